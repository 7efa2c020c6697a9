"""Crawl records: opened before the subprocess starts, closed with its stats and verdict."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from pipeline.core.datetext import utcnow
from pipeline.core.db.models import Crawl, ScraperVersion, Source

LOG_TAIL_CHARS = 8000


def open_crawl(
    session: Session, source: Source, version: ScraperVersion, *, run_id: str, purpose: str = "production"
) -> Crawl:
    crawl = Crawl(source_id=source.id, version_id=version.id, run_id=run_id, purpose=purpose, status="running")
    session.add(crawl)
    session.flush()
    return crawl


def close_crawl(
    session: Session, crawl: Crawl, *, stats: dict[str, Any], error: str | None, log_tail: str = ""
) -> Crawl:
    """Record the outcome; a crawl that produced no items is a failure, whatever Scrapy says."""
    crawl.stats = stats
    crawl.items = int(stats.get("item_scraped_count", 0))
    crawl.pages = int(stats.get("sdp/pages_parsed", 0))
    if error is None and crawl.items == 0:
        error = "the crawl extracted no records"
    crawl.error = error
    crawl.status = "failed" if error else "succeeded"
    crawl.log_tail = log_tail[-LOG_TAIL_CHARS:]
    crawl.finished_at = utcnow()
    return crawl
