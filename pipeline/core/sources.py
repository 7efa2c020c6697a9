"""Source lifecycle services used by the CLI, the API and the workers alike."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from pipeline.core import audit
from pipeline.core.datetext import utcnow
from pipeline.core.db.models import BronzeBlob, BronzePage, Source
from pipeline.core.exceptions import ConfigurationError, SourceExists, SourceNotFound
from pipeline.core.schedule import next_run, validate_schedule
from pipeline.core.urls import default_source_name, validate_source_url

Priority = Literal["high", "normal", "low"]
_NAME = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,63}$")


def validate_name(name: str) -> str:
    if not _NAME.match(name):
        raise ConfigurationError(
            f"Source name {name!r} is not valid: use 1-64 lowercase letters, digits, '.', '_' or '-'."
        )
    return name


def parse_labels(pairs: Sequence[str]) -> dict[str, str]:
    labels: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise ConfigurationError(f"Label {pair!r} is not KEY=VALUE, e.g. --label team=pricing.")
        labels[key.strip()] = value.strip()
    return labels


def create_source(
    session: Session,
    *,
    url: str,
    name: str | None = None,
    schedule: str = "1d",
    priority: Priority = "normal",
    labels: dict[str, str] | None = None,
    actor: str = "cli",
) -> Source:
    """Register a source (not yet ready: onboarding deploys its first version)."""
    clean_url = validate_source_url(url)
    clean_name = validate_name(name or default_source_name(clean_url))
    canonical_schedule = validate_schedule(schedule)
    if session.scalar(select(Source.id).where(Source.name == clean_name)) is not None:
        raise SourceExists(f"A source named {clean_name!r} already exists; choose another --name or remove it first.")
    source = Source(
        name=clean_name,
        url=clean_url,
        schedule=canonical_schedule,
        priority=priority,
        labels=labels or {},
        active=True,
        ready=False,
    )
    session.add(source)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="source.created",
        source_name=clean_name,
        message=f"Source {clean_name} created for {clean_url}",
        details={"url": clean_url, "schedule": canonical_schedule, "priority": priority},
    )
    return source


def get_source(session: Session, name: str) -> Source:
    source = session.scalar(select(Source).where(Source.name == name))
    if source is None:
        known = session.scalars(select(Source.name).order_by(Source.name).limit(10)).all()
        hint = (
            f" Known sources: {', '.join(known)}."
            if known
            else " There are no sources yet; add one with `sdp add URL`."
        )
        raise SourceNotFound(f"No source named {name!r}.{hint}")
    return source


def list_sources(session: Session) -> Sequence[Source]:
    return session.scalars(select(Source).order_by(Source.name)).all()


def mark_ready(session: Session, source: Source) -> None:
    source.ready = True
    source.next_run_at = next_run(source.schedule, utcnow())


def set_active(session: Session, source: Source, active: bool, *, actor: str = "cli") -> None:
    source.active = active
    if active and source.ready:
        source.next_run_at = next_run(source.schedule, utcnow())
    verb = "activated" if active else "deactivated"
    audit.record(
        session, actor=actor, action=f"source.{verb}", source_name=source.name, message=f"Source {source.name} {verb}"
    )


def purge_source(session: Session, source: Source, *, actor: str = "cli", reason: str = "purged") -> None:
    """Delete the source, its versions, tasks, crawls, Bronze and Silver data; the audit log stays."""
    name = source.name
    session.delete(source)
    session.flush()
    orphans = select(BronzeBlob.sha256).where(~BronzeBlob.sha256.in_(select(BronzePage.body_sha256)))
    session.execute(delete(BronzeBlob).where(BronzeBlob.sha256.in_(orphans)))
    audit.record(
        session,
        actor=actor,
        action="source.purged",
        source_name=name,
        message=f"Source {name} and all its data deleted ({reason})",
    )


def claim_due_sources(session: Session, *, limit: int = 100) -> list[Source]:
    """Sources whose time has come, each moved to its next slot so no other beat claims it too.

    On PostgreSQL two beats cannot pick the same row (``FOR UPDATE SKIP LOCKED``); SQLite
    serialises writers, and the embedded default runs one beat.
    """
    now = utcnow()
    query = (
        select(Source)
        .where(Source.active.is_(True), Source.ready.is_(True), Source.next_run_at <= now)
        .order_by(Source.next_run_at)
        .limit(limit)
    )
    if session.bind is not None and session.bind.dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    due = list(session.scalars(query).all())
    for source in due:
        source.next_run_at = next_run(source.schedule, now)
    return due
