"""Lineage and replay: where an entity came from, and re-parsing stored pages with a newer parser."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from config.settings import get_settings
from pipeline.core import redaction, registry
from pipeline.core.crypto import open_silver
from pipeline.core.db.models import BronzePage, Crawl, ScraperVersion, SilverEntity, Source
from pipeline.core.exceptions import ConfigurationError
from pipeline.core.replay_merge import ReplayMerge, ReplayReport
from pipeline.core.replay_pages import bodies, latest_pages
from pipeline.core.replay_parse import PageParser
from pipeline.core.replay_pool import Parsing, worker_count
from pipeline.core.schema_registry import schema_for
from pipeline.core.validation_rules import Checks

__all__ = ["ReplayReport", "lineage", "replay"]


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


def replay(
    session: Session,
    source: Source,
    *,
    version_number: int | None,
    since: datetime | None,
    dry_run: bool,
    workers: int | None = None,
) -> ReplayReport:
    """Re-parse the Bronze pages of ``source`` with a version's spec; nothing is fetched.

    Pages are parsed, keyed, redacted and validated in ``workers`` processes (None: as many as the
    page count and the CPUs warrant; 0: in this process); the merge into Silver stays here, in this
    session's transaction, in page order, newest page first.
    """
    version = registry.version_by_number(session, source, version_number)
    spec = registry.spec_of(version)
    pages = latest_pages(session, source.id, since)
    schema = schema_for(session, source.id, spec)
    redactor = redaction.redactor_for(session, source.id, get_settings().privacy)
    parser = PageParser(spec, redactor, Checks.of(schema))
    with Parsing(parser, worker_count(len(pages)) if workers is None else workers) as parse:
        merge = ReplayMerge(session, version, schema, dry_run=dry_run)  # while the workers start
        by_id = {page.id: page for page in pages}
        for parsed in parse(bodies(session, pages, merge.report.unreadable)):
            merge.page(by_id[parsed.page_id], parsed.records)
    merge.flush()
    return merge.report
