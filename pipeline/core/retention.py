"""Bronze retention per source: pages older than the source's limit are deleted, then unused blobs.

A source's ``retention_days`` wins (0: keep forever); NULL falls back to ``storage.retention_days``
(empty: keep forever). A page that a Silver entity still links to as its evidence is kept, however
old, so ``sdp lineage`` and ``sdp replay`` keep working for every current entity; it goes once a
newer page has replaced it as the entity's evidence. ``sdp privacy delete`` is the way to remove
a subject's data regardless of age.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from config.settings import Settings
from pipeline.core import audit, blobstore
from pipeline.core.datetext import utcnow
from pipeline.core.db.models import BronzeBlob, BronzePage, SilverEntity, Source
from pipeline.core.exceptions import ConfigurationError

FOREVER = 0
_BATCH = 500


@dataclass
class SourceRetention:
    source: str
    days: int | None
    pages: int = 0
    kept_as_evidence: int = 0


@dataclass
class RetentionReport:
    dry_run: bool
    sources: list[SourceRetention] = field(default_factory=list)
    blobs: int = 0
    files: int = 0

    @property
    def pages(self) -> int:
        return sum(item.pages for item in self.sources)


def effective_days(source: Source, settings: Settings) -> int | None:
    """Days Bronze pages of ``source`` are kept; None: forever."""
    days = source.retention_days if source.retention_days is not None else settings.storage.retention_days
    return None if days in (None, FOREVER) else days


def parse_days(value: str) -> int | None:
    """``30`` → 30, ``forever`` → 0, ``default`` → None (the setting's value)."""
    text = value.strip().lower()
    if text == "forever":
        return FOREVER
    if text == "default":
        return None
    if text.isdigit() and int(text) >= 1:
        return int(text)
    raise ConfigurationError(f"Retention {value!r} is not a number of days (1 or more), 'forever' or 'default'.")


def set_retention(session: Session, source: Source, days: int | None, *, actor: str = "cli") -> None:
    source.retention_days = days
    shown = "the default" if days is None else "forever" if days == FOREVER else f"{days} days"
    audit.record(
        session,
        actor=actor,
        action="source.retention_set",
        source_name=source.name,
        message=f"Bronze retention of {source.name} set to {shown}",
        details={"retention_days": days},
    )


def apply_retention(
    session: Session, settings: Settings, *, dry_run: bool = False, now: datetime | None = None, actor: str = "cli"
) -> RetentionReport:
    """Delete expired Bronze pages of every source and the blobs no page uses any more."""
    now = now or utcnow()
    report = RetentionReport(dry_run=dry_run)
    evidence = select(SilverEntity.bronze_page_id).where(SilverEntity.bronze_page_id.is_not(None))
    for source in session.scalars(select(Source).order_by(Source.name)).all():
        days = effective_days(source, settings)
        item = SourceRetention(source=source.name, days=days)
        report.sources.append(item)
        if days is None:
            continue
        old = (BronzePage.source_id == source.id, BronzePage.fetched_at < now - timedelta(days=days))
        item.kept_as_evidence = (
            session.scalar(select(func.count()).select_from(BronzePage).where(*old, BronzePage.id.in_(evidence))) or 0
        )
        expired = select(BronzePage.id).where(*old, BronzePage.id.not_in(evidence))
        if dry_run:
            item.pages = session.scalar(select(func.count()).select_from(expired.subquery())) or 0
            continue
        while ids := session.scalars(expired.limit(_BATCH)).all():
            session.execute(delete(BronzePage).where(BronzePage.id.in_(ids)))
            item.pages += len(ids)
        if item.pages:
            audit.record(
                session,
                actor=actor,
                action="bronze.retention",
                source_name=source.name,
                message=f"Retention: {item.pages} Bronze page(s) of {source.name} older than {days} days deleted",
                details={"pages": item.pages, "days": days, "kept_as_evidence": item.kept_as_evidence},
            )
    report.blobs = delete_orphan_blobs(session, dry_run=dry_run)
    return report


def run_retention(settings: Settings, *, dry_run: bool = False, actor: str = "cli") -> RetentionReport:
    """Retention in its own transaction, then the Bronze folder swept of files no row names.

    Files go only after the rows' deletion is committed (and when older than an hour: a writer
    stores the file before its row), so a rolled-back transaction never loses a body.
    """
    from pipeline.core.db.engine import session_scope  # noqa: PLC0415 - keeps the module importable alone

    with session_scope(settings) as session:
        report = apply_retention(session, settings, dry_run=dry_run, actor=actor)
    with session_scope(settings) as session:
        report.files = blobstore.sweep_folder(session, settings, dry_run=dry_run)
    return report


def delete_orphan_blobs(session: Session, *, dry_run: bool = False) -> int:
    """Blob rows no Bronze page references (after retention, a purge or an erasure); chunks cascade."""
    digests = session.scalars(
        select(BronzeBlob.sha256).where(BronzeBlob.sha256.not_in(select(BronzePage.body_sha256)))
    ).all()
    if not dry_run:
        for start in range(0, len(digests), _BATCH):
            session.execute(delete(BronzeBlob).where(BronzeBlob.sha256.in_(digests[start : start + _BATCH])))
    return len(digests)
