"""Lineage and replay: where an entity came from, and re-parsing stored pages with a newer parser."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from config.settings import get_settings
from pipeline.core import redaction, registry
from pipeline.core.bronze import CorruptBlob, read_body
from pipeline.core.crypto import open_silver
from pipeline.core.db.models import (
    BronzeBlob,
    BronzePage,
    Crawl,
    EntityRedaction,
    ScraperVersion,
    SilverEntity,
    Source,
)
from pipeline.core.exceptions import ConfigurationError
from pipeline.core.extract import Record, extract_records, record_key
from pipeline.core.schema_registry import schema_for
from pipeline.core.schemas import ScraperSpec
from pipeline.core.silver import content_hash
from pipeline.core.silver_batch import Pending, SilverBatch
from pipeline.core.validation import keep_invalid, validate_record

_hashes = select(SilverEntity.entity_key, SilverEntity.content_hash)
_redacted = select(EntityRedaction.entity_key)
#: Pages whose blobs are loaded at once, and records merged per batch (one SELECT + bulk insert each).
_PAGES_PER_BATCH = 100
_RECORDS_PER_BATCH = 500
_CHANGES_SHOWN = 20


def lineage(session: Session, entity_id: int) -> dict[str, Any]:
    """entity → crawl → scraper version → Bronze page → source, as one document."""
    entity = session.get(SilverEntity, entity_id)
    if entity is None:
        raise ConfigurationError(f"No entity with id {entity_id}; `sdp export NAME` shows entity ids.")
    source = session.get(Source, entity.source_id)
    version = session.get(ScraperVersion, entity.version_id) if entity.version_id else None
    page = session.get(BronzePage, entity.bronze_page_id) if entity.bronze_page_id else None
    crawl = session.get(Crawl, entity.crawl_id) if entity.crawl_id else None
    return {
        "entity": {
            "id": entity.id,
            "key": entity.entity_key,
            "url": entity.url,
            "data": open_silver(entity.data),
            "first_seen_at": entity.first_seen_at.isoformat(),
            "last_seen_at": entity.last_seen_at.isoformat(),
            "changed_at": entity.changed_at.isoformat(),
            "revision": entity.revision,
            "labels": entity.labels or {},
            "extracted_at": entity.extracted_at.isoformat() if entity.extracted_at else None,
            "processed_at": entity.processed_at.isoformat() if entity.processed_at else None,
        },
        "parse": {"parser_version": entity.parser_version, "crawl_id": entity.crawl_id},
        # Which privacy rules changed the record before Silver: counts per field, never the values.
        "redaction": redaction.summary(redaction.hits_for(session, entity.source_id, entity.entity_key)),
        "scraper_version": None
        if version is None
        else {
            "number": version.number,
            "status": version.status,
            "code_sha256": version.code_hash,
            "created_by": version.created_by,
            "reason": version.reason,
        },
        "bronze_page": None
        if page is None
        else {
            "id": page.id,
            "url": page.url,
            "final_url": page.final_url,
            "status": page.status,
            "body_sha256": page.body_sha256,
            "fetched_at": page.fetched_at.isoformat(),
        },
        "crawl": None
        if crawl is None
        else {
            "id": crawl.id,
            "run_id": crawl.run_id,
            "status": crawl.status,
            "started_at": crawl.started_at.isoformat(),
            "pages": crawl.pages,
            "items": crawl.items,
        },
        "source": None if source is None else {"name": source.name, "url": source.url},
    }


@dataclass
class ReplayReport:
    pages: int = 0
    records: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    invalid: int = 0
    unreadable: list[str] = field(default_factory=list)
    changes: list[dict[str, Any]] = field(default_factory=list)


def replay(
    session: Session, source: Source, *, version_number: int | None, since: datetime | None, dry_run: bool
) -> ReplayReport:
    """Re-parse the Bronze pages of ``source`` with a version's spec; nothing is fetched."""
    version = registry.version_by_number(session, source, version_number)
    spec = registry.spec_of(version)
    query = select(BronzePage).where(BronzePage.source_id == source.id, BronzePage.status < 400)
    if since is not None:
        query = query.where(BronzePage.fetched_at >= since)
    latest: dict[str, BronzePage] = {}
    for page in session.scalars(query.order_by(BronzePage.id.desc())):
        latest.setdefault(page.url, page)  # only the latest fetch of each URL speaks for it
    run = _Replay(session, source, version, spec, dry_run)
    pages = list(latest.values())
    for start in range(0, len(pages), _PAGES_PER_BATCH):
        run.pages(pages[start : start + _PAGES_PER_BATCH])
    run.finish()
    return run.report


class _Replay:
    """One replay: what each key holds now, the batch being merged, and the report."""

    def __init__(self, session: Session, source: Source, version: ScraperVersion, spec: ScraperSpec, dry_run: bool):
        self.session, self.source, self.version, self.spec, self.dry_run = session, source, version, spec, dry_run
        self.schema = schema_for(session, source.id, spec)
        self.url_field = next((f.name for f in spec.fields if f.type == "url"), None)
        self.redactor = redaction.redactor_for(session, source.id, get_settings().privacy)
        self.report = ReplayReport()
        # Two queries up front instead of two per record: what each key holds now, and which keys have
        # redaction rows (a record nothing was redacted from needs no row, and none to delete).
        self.known: dict[str, str] = {
            k: h for k, h in session.execute(_hashes.where(SilverEntity.source_id == source.id))
        }
        self.redacted_keys = set(session.scalars(_redacted.where(EntityRedaction.source_id == source.id)))
        self.batch = SilverBatch(session, source.id)

    def pages(self, pages: list[BronzePage]) -> None:
        # The batch's blobs in one query; read_body then finds each in the session.
        digests = {page.body_sha256 for page in pages}
        blobs = self.session.scalars(select(BronzeBlob).where(BronzeBlob.sha256.in_(digests))).all()
        for page in pages:
            try:
                body = read_body(self.session, page)
            except CorruptBlob as exc:
                self.report.unreadable.append(str(exc))
                continue
            self.report.pages += 1
            for record in extract_records(body, page.final_url, self.spec):
                self.record(page, record)
        del blobs
        self.finish()

    def record(self, page: BronzePage, record: Record) -> None:
        self.report.records += 1
        key = record_key(record, self.spec)  # before redaction, as the spiders compute it
        clean, redacted = self.redactor.apply(record)
        self.apply(page, clean, key)
        if not self.dry_run and (redacted or key in self.redacted_keys):
            redaction.record_hits(self.session, self.source.id, key, redacted)
            self.redacted_keys.add(key)

    def apply(self, page: BronzePage, record: Record, key: str) -> None:
        url = str((record.get(self.url_field) if self.url_field else None) or page.final_url)
        problems = validate_record(record, self.schema) if self.schema is not None else []
        if problems:
            self.report.invalid += 1  # kept aside, never in Silver (see invalid_entities)
            if not self.dry_run:
                assert self.schema is not None
                keep_invalid(
                    self.session,
                    source_id=self.source.id,
                    entity_key=key,
                    url=url,
                    data=dict(record),
                    problems=problems,
                    schema=self.schema,
                    crawl_id=page.crawl_id,
                    bronze_page_id=page.id,
                    version_id=self.version.id,
                )
            return
        digest = content_hash(record)
        if self.known.get(key) == digest:
            self.report.unchanged += 1  # decided without a query
            return
        if self.dry_run:
            self._preview(key, record)
            return
        if key in self.batch:
            self.finish()  # merged one by one in effect: the second copy sees the first
        self.batch.add(
            Pending(
                entity_key=key,
                url=url,
                data=dict(record),
                bronze_page_id=page.id,
                version_id=self.version.id,
                crawl_id=page.crawl_id,
                parser_version=self.version.parser_version,
                seen_at=page.fetched_at,
                digest=digest,
            )
        )
        self.known[key] = digest
        if len(self.batch) >= _RECORDS_PER_BATCH:
            self.finish()

    def _preview(self, key: str, record: Record) -> None:
        if key not in self.known:
            self.report.new += 1
            return
        self.report.changed += 1
        if len(self.report.changes) < _CHANGES_SHOWN:
            current = self.session.scalar(
                select(SilverEntity).where(SilverEntity.source_id == self.source.id, SilverEntity.entity_key == key)
            )
            assert current is not None
            self._note_change(current.id, open_silver(current.data), record)

    def finish(self) -> None:
        """Merge the pending batch and count what it did."""
        for merged in self.batch.flush():
            if merged.outcome == "new":
                self.report.new += 1
            elif merged.outcome == "unchanged":
                self.report.unchanged += 1
            else:
                self.report.changed += 1
                if len(self.report.changes) < _CHANGES_SHOWN and merged.before is not None:
                    assert merged.entity_id is not None
                    self._note_change(merged.entity_id, merged.before, merged.after)

    def _note_change(self, entity_id: int, before: dict[str, Any], record: dict[str, Any]) -> None:
        fields = {k: {"before": before.get(k), "after": v} for k, v in record.items() if before.get(k) != v}
        self.report.changes.append({"entity_id": entity_id, "fields": fields})
