"""The gate every new scraper version passes: a real test extraction, in its own process, writing nothing."""

from __future__ import annotations

from config.settings import get_settings
from pipeline.core.crawls import open_crawl
from pipeline.core.db.engine import session_scope
from pipeline.core.db.models import ScraperVersion
from spiders.runner import CrawlOutcome, run_crawl_process

#: Pages the validation crawl may fetch: enough to prove pagination, cheap enough to be quick.
VALIDATION_PAGES = 2


def validation_crawl(version_id: int, run_id: str) -> CrawlOutcome:
    """Run ``version_id`` as a dry-run crawl; the outcome says whether it extracted records."""
    with session_scope() as session:
        version = session.get(ScraperVersion, version_id)
        assert version is not None, f"scraper version {version_id} vanished"
        crawl_id = open_crawl(session, version.source, version, run_id=run_id, purpose="validation").id
    return run_crawl_process(
        crawl_id, timeout_s=get_settings().crawl.timeout_s, dry_run=True, max_pages=VALIDATION_PAGES
    )
