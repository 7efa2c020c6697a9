"""Concurrency limits every worker respects, kept in the database, and machine backpressure.

A limit is a key with N numbered slots (``crawl`` for the whole fleet, ``domain:example.com``
for politeness, ``llm:openai`` per provider). Taking a slot is an INSERT of ``(key, n)``: the
primary key makes two workers unable to hold the same slot, on SQLite and PostgreSQL alike.
A holder renews ``expires_at`` while it works; a dead holder's slot frees itself on expiry.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from urllib.parse import urlsplit

import psutil
from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from config.settings import WorkerSettings
from pipeline.core.datetext import utcnow
from pipeline.core.db.engine import session_scope
from pipeline.core.db.models import LimitSlot

GLOBAL_CRAWLS = "crawl"


def domain_key(url: str) -> str:
    return f"domain:{(urlsplit(url).hostname or url).lower()}"


def acquire(key: str, limit: int, *, holder: str, ttl_s: float) -> int | None:
    """Take a free slot of ``key`` (one of ``limit``); its number, or None when all are held."""
    now = utcnow()
    with session_scope() as session:
        session.execute(delete(LimitSlot).where(LimitSlot.key == key, LimitSlot.expires_at < now))
    for slot in range(limit):
        try:
            with session_scope() as session:
                session.add(LimitSlot(key=key, slot=slot, holder=holder, expires_at=now + timedelta(seconds=ttl_s)))
            return slot
        except IntegrityError:
            continue
    return None


def release(key: str, slot: int, *, holder: str) -> None:
    with session_scope() as session:
        session.execute(
            delete(LimitSlot).where(LimitSlot.key == key, LimitSlot.slot == slot, LimitSlot.holder == holder)
        )


def renew(session: Session, *, holder: str, ttl_s: float) -> None:
    """Keep every slot ``holder`` has from expiring while it still works."""
    session.execute(
        update(LimitSlot).where(LimitSlot.holder == holder).values(expires_at=utcnow() + timedelta(seconds=ttl_s))
    )


def held(session: Session, key: str) -> int:
    query = select(func.count()).select_from(LimitSlot).where(LimitSlot.key == key, LimitSlot.expires_at >= utcnow())
    return int(session.scalar(query) or 0)


@dataclass(frozen=True)
class Pressure:
    """Why new work should wait, or ``reason`` None when there is room."""

    reason: str | None
    cpu_percent: float
    memory_percent: float


def machine_pressure(settings: WorkerSettings) -> Pressure:
    """Throttle new crawls before the machine is overloaded (CPU over a short sample, memory now)."""
    cpu = psutil.cpu_percent(interval=0.2)
    memory = psutil.virtual_memory().percent
    reason = None
    if memory > settings.max_memory_percent:
        reason = f"memory at {memory:.0f}% (limit {settings.max_memory_percent:.0f}%)"
    elif cpu > settings.max_cpu_percent:
        reason = f"CPU at {cpu:.0f}% (limit {settings.max_cpu_percent:.0f}%)"
    return Pressure(reason, cpu, memory)


def enqueue_budget(settings: WorkerSettings, *, queued: int, running: int) -> int:
    """How many crawls beat may enqueue now: none when the backlog is over the limit.

    Twice what the fleet runs at once (each slot runs up to ``crawls_per_slot`` crawls), so a
    slot that finishes finds work queued, and companions to take with it.
    """
    if queued >= settings.max_queue_depth:
        return 0
    capacity = settings.crawl_slots * settings.crawls_per_slot
    return max(0, min(settings.max_queue_depth - queued, capacity * 2 - running - queued))
