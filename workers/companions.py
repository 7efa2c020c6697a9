"""A crawl slot's companions: queued crawls it takes to run in its own Scrapy process, beside its crawl.

A companion is a crawl row that is PENDING (its message is on its way) and could start now: its
site has a free politeness slot and a closed circuit breaker, and its spider needs no browser (a
Chromium per crawler would cost more memory than the process start it saves). Taking it is
the same conditional UPDATE a worker starting the crawl from its own message makes, so exactly
one of them runs it; the message that arrives later finds the row running or finished and does
nothing. The companion holds its site's slot in its own name (``task:<id>``), renewed with its
lease: a slot that dies frees both when the leases run out, and the reaper queues the crawl again.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import case, select

from config.settings import get_settings
from pipeline.core import breakers, limits, registry, taskstate
from pipeline.core.db.engine import session_scope
from pipeline.core.db.models import CircuitBreaker, Source, Task, TaskState
from workers import claims
from workers.lease import slot_holder
from workers.tracking import Step

#: Candidates read per companion wanted: some are skipped (their site is busy, a browser spider).
CANDIDATES_PER_COMPANION = 4
_PRIORITY = case({"high": 0, "normal": 1, "low": 2}, value=Source.priority, else_=1)


@dataclass(frozen=True)
class Companion:
    """A crawl taken by a slot: its started step and the site slot it holds."""

    step: Step
    domain: str
    slot: int


def take(count: int, *, among: Collection[int] | None = None) -> list[Companion]:
    """Up to ``count`` queued crawls, highest priority and oldest first, started under this worker.

    ``among``: only these task ids (``sdp run --once`` runs only the crawls it queued).
    """
    settings = get_settings().worker
    query = (
        select(Task.id, Task.run_id, Source.id, Source.name, Source.url, Source.crawls_per_domain)
        .join(Source, Source.id == Task.source_id)
        .where(Task.kind == "crawl", Task.name == "crawl", Task.state == TaskState.PENDING)
        .order_by(_PRIORITY, Task.id)
        .limit(count * CANDIDATES_PER_COMPANION)
    )
    if among is not None:
        if not among:
            return []
        query = query.where(Task.id.in_(list(among)))
    with session_scope() as session:
        rows = session.execute(query).all()
    taken: list[Companion] = []
    for task_id, run_id, source_id, name, url, per_domain in rows:
        if len(taken) == count:
            break
        domain = limits.domain_key(url)
        if not _may_join(source_id, domain):
            continue
        slot = limits.acquire(
            domain, per_domain or settings.crawls_per_domain, holder=slot_holder(task_id), ttl_s=settings.lease_s
        )
        if slot is None:
            continue  # its site is being crawled: its own message will wait for the slot
        step = Step(task_id, "crawl", "crawl", source_id, name, run_id, taskstate.worker_identity())
        with session_scope() as session:
            started = claims.start(session, task_id, worker=step.worker, lease_s=settings.lease_s, only_pending=True)
            if started:
                step.started(session)
        if started:
            taken.append(Companion(step, domain, slot))
        else:  # a worker started it from its message meanwhile
            limits.release(domain, slot, holder=slot_holder(task_id))
    return taken


def release(companions: list[Companion]) -> None:
    """Give back the site slots the companions hold."""
    for companion in companions:
        limits.release(companion.domain, companion.slot, holder=slot_holder(companion.step.task_id))


def _may_join(source_id: int, domain: str) -> bool:
    """A closed breaker (an open one is for the crawl's own message to wait on) and no browser."""
    with session_scope() as session:
        breaker = session.get(CircuitBreaker, domain)
        if breaker is not None and breaker.state != breakers.CLOSED:
            return False
        source = session.get(Source, source_id)
        version = registry.production_version(session, source) if source is not None else None
        return version is None or version.spec.get("render") != "browser"
