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
from pipeline.core.db.models import BronzePage, Crawl, EntityRedaction, ScraperVersion, SilverEntity, Source
from pipeline.core.exceptions import ConfigurationError
from pipeline.core.extract import Record, extract_records, record_key
from pipeline.core.schema_registry import Schema, schema_for
from pipeline.core.silver import content_hash, upsert_entity
from pipeline.core.validation import keep_invalid, validate_record

_hashes = select(SilverEntity.entity_key, SilverEntity.content_hash)
_redacted = select(EntityRedaction.entity_key)


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
    schema = schema_for(session, source.id, spec)
    query = select(BronzePage).where(BronzePage.source_id == source.id, BronzePage.status < 400)
    if since is not None:
        query = query.where(BronzePage.fetched_at >= since)
    report = ReplayReport()
    url_field = next((f.name for f in spec.fields if f.type == "url"), None)
    seen_urls: set[str] = set()
    redactor = redaction.redactor_for(session, source.id, get_settings().privacy)
    # Two queries up front instead of two per record: what each key holds now, and which keys have
    # redaction rows (a record nothing was redacted from needs no row, and none to delete).
    known = dict(session.execute(_hashes.where(SilverEntity.source_id == source.id)).tuples().all())
    redacted_keys = set(session.scalars(_redacted.where(EntityRedaction.source_id == source.id)))
    for page in session.scalars(query.order_by(BronzePage.id.desc())):
        if page.url in seen_urls:
            continue  # only the latest fetch of each URL speaks for it
        seen_urls.add(page.url)
        try:
            body = read_body(session, page)
        except CorruptBlob as exc:
            report.unreadable.append(str(exc))
            continue
        report.pages += 1
        for record in extract_records(body, page.final_url, spec):
            report.records += 1
            key = record_key(record, spec)  # before redaction, as the spiders compute it
            clean, redacted = redactor.apply(record)
            _apply(session, source, version, page, clean, key, url_field, dry_run, report, schema, known)
            if not dry_run and (redacted or key in redacted_keys):
                redaction.record_hits(session, source.id, key, redacted)
                redacted_keys.add(key)
    return report


def _apply(
    session: Session,
    source: Source,
    version: ScraperVersion,
    page: BronzePage,
    record: Record,
    key: str,
    url_field: str | None,
    dry_run: bool,
    report: ReplayReport,
    schema: Schema | None = None,
    known: dict[str, str] | None = None,
) -> None:
    url = str((record.get(url_field) if url_field else None) or page.final_url)
    problems = validate_record(record, schema) if schema is not None else []
    if problems:
        report.invalid += 1  # kept aside, never in Silver (see invalid_entities)
        if not dry_run:
            assert schema is not None
            keep_invalid(
                session,
                source_id=source.id,
                entity_key=key,
                url=url,
                data=dict(record),
                problems=problems,
                schema=schema,
                crawl_id=page.crawl_id,
                bronze_page_id=page.id,
                version_id=version.id,
            )
        return
    if known is not None and known.get(key) == content_hash(record):
        report.unchanged += 1  # decided without a query
        return
    current = (
        None
        if known is not None and key not in known
        else session.scalar(
            select(SilverEntity).where(SilverEntity.source_id == source.id, SilverEntity.entity_key == key)
        )
    )
    if current is not None and current.content_hash == content_hash(record):
        report.unchanged += 1
        return
    if current is None:
        report.new += 1
    else:
        report.changed += 1
        if len(report.changes) < 20:
            before = open_silver(current.data)
            report.changes.append(
                {
                    "entity_id": current.id,
                    "fields": {
                        k: {"before": before.get(k), "after": v} for k, v in record.items() if before.get(k) != v
                    },
                }
            )
    if dry_run:
        return
    upsert_entity(
        session,
        source_id=source.id,
        entity_key=key,
        url=url,
        data=dict(record),
        bronze_page_id=page.id,
        version_id=version.id,
        crawl_id=page.crawl_id,
        parser_version=version.parser_version,
        seen_at=page.fetched_at,
    )
    if known is not None:
        known[key] = content_hash(record)
