"""What a crawl slot's Scrapy process runs: one crawl, or several side by side.

Starting a crawl process (Scrapy, Twisted and SQLAlchemy imports) costs more than a short crawl,
so a slot may run several due crawls in one process: one reactor, one ``Crawler`` per crawl row.
Each crawl keeps everything a process of its own would give it: its scraper version, loaded by
id and verified by hash; its own Scrapy settings (the source's robots.txt policy and pace, the
onboarding page cache, page and time limits); Bronze pages and Silver entities tagged with its
crawl id; its stats, verdict and log lines on its own row. Scrapy gives every crawler its own
engine, downloader (so politeness per domain), extensions and stats. What the crawls share is
the interpreter, the reactor and the memory of the process, so the memory limit is the process's.

A crawl that cannot start (a hash that does not match, code that does not import, a spider that
fails to open) is closed as failed on its own row; the others run on.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from scrapy.crawler import Crawler, CrawlerProcess
from scrapy.settings import Settings as ScrapySettings
from scrapy.utils.reactor import install_reactor
from sqlalchemy.exc import OperationalError
from twisted.python.failure import Failure

from config.settings import Settings, get_settings
from pipeline.core.classify import paced_delay
from pipeline.core.consent import scrapy_overrides
from pipeline.core.crawls import LOG_TAIL_CHARS, close_crawl
from pipeline.core.db.engine import session_scope
from pipeline.core.db.models import Crawl
from pipeline.core.registry import load_verified
from spiders.loader import load_spider
from spiders.pagecache import settings_for_run
from spiders.settings import browser_settings, crawl_settings

logger = logging.getLogger(__name__)


#: Stats key of a crawl that never started because of its stored code: a permanent failure, not the site's.
START_ERROR = "sdp/start_error"


class MissingCrawl(LookupError):
    """A crawl id with no row (or no version) to run: a caller's mistake, not a crawl's failure."""


class CrawlLog(logging.Handler):
    """The log lines of one crawl, for its row's ``log_tail``.

    Alone in its process a crawl owns every record; beside others, the records Scrapy tagged
    with its crawler or its spider (``extra={"spider": …}``).
    """

    def __init__(self, crawler: Crawler | None, level: str) -> None:
        super().__init__(level)
        self.crawler = crawler
        self.lines: deque[str] = deque(maxlen=500)
        self.setFormatter(logging.Formatter("%(asctime)s [%(name)s] %(levelname)s: %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        if self.crawler is None or self._ours(record):
            self.lines.append(self.format(record))

    def _ours(self, record: logging.LogRecord) -> bool:
        assert self.crawler is not None
        spider = getattr(record, "spider", None)
        return getattr(record, "crawler", None) is self.crawler or (
            spider is not None and spider is self.crawler.spider
        )

    def text(self) -> str:
        return "\n".join(self.lines)[-LOG_TAIL_CHARS:]


@dataclass
class SlotCrawl:
    """One crawl of the process: its row, its crawler, and why it failed if Scrapy could not run it."""

    crawl_id: int
    crawler: Crawler
    max_pages: int
    log: CrawlLog
    failure: str | None = None

    def failed(self, failure: Failure) -> None:
        """Errback of this crawl alone: the others go on."""
        self.failure = f"the spider could not run: {failure.getErrorMessage()}"


def run_crawls(crawl_ids: Sequence[int], *, dry_run: bool, max_pages: int | None) -> dict[int, bool]:
    """Run the crawls side by side in this process and close their rows; whether each succeeded.

    Raises MissingCrawl when an id names no crawl with a version, and OperationalError when the
    database cannot be read: the crawls not yet closed are then the caller's to close.
    """
    settings = get_settings()
    install_reactor(ScrapySettings()["TWISTED_REACTOR"])  # the one every crawler verifies (asyncio)
    process = CrawlerProcess(install_root_handler=False)  # process-wide only: each crawler has its settings
    results: dict[int, bool] = {}
    crawls: list[SlotCrawl] = []
    shared = len(crawl_ids) > 1
    with tempfile.TemporaryDirectory(prefix="sdp-spider-") as folder:
        for crawl_id in crawl_ids:
            try:
                crawls.append(
                    _plan(crawl_id, settings, dry_run=dry_run, max_pages=max_pages, folder=Path(folder), shared=shared)
                )
            except (MissingCrawl, OperationalError):
                raise  # a wrong id, or the database away: nothing to blame on this crawl
            except Exception as exc:  # this crawl only: a bad hash, code that does not import
                error = f"the crawl could not start: {exc}"
                results[crawl_id] = _close(crawl_id, {START_ERROR: str(exc)}, error, "")
        for crawl in crawls:
            logging.getLogger().addHandler(crawl.log)
            process.crawl(crawl.crawler, max_pages=crawl.max_pages).addErrback(crawl.failed)
        try:
            process.start()
        finally:
            for crawl in crawls:
                logging.getLogger().removeHandler(crawl.log)
    for crawl in crawls:
        stats = _json_safe(_stats_of(crawl.crawler))
        stats |= {"sdp/process_pid": os.getpid(), "sdp/process_crawls": len(crawl_ids)}
        results[crawl.crawl_id] = _close(crawl.crawl_id, stats, crawl.failure or _verdict(stats), crawl.log.text())
    return results


def _plan(
    crawl_id: int, settings: Settings, *, dry_run: bool, max_pages: int | None, folder: Path, shared: bool
) -> SlotCrawl:
    """The crawler of one crawl row, with that source's settings and its verified spider."""
    with session_scope() as session:
        crawl = session.get(Crawl, crawl_id)
        if crawl is None or crawl.version_id is None:
            raise MissingCrawl(f"crawl {crawl_id} does not exist or has no scraper version")
        version = load_verified(session, crawl.version_id)
        code, code_hash, source_id = version.code, version.code_hash, crawl.source_id
        pages = max_pages or settings.crawl.max_pages
        scrapy_settings = (
            crawl_settings(settings, max_pages=pages)
            | {
                "SDP_CRAWL_ID": crawl_id,
                "SDP_SOURCE_ID": source_id,
                "SDP_VERSION_ID": version.id,
                "SDP_DRY_RUN": dry_run,
            }
            | scrapy_overrides(session, source_id)  # the source's robots.txt and pace
        )
        # Slower after rate limits or blocks, until a run succeeds (the Doctor's treatment).
        scrapy_settings["DOWNLOAD_DELAY"] = paced_delay(session, source_id, scrapy_settings.get("DOWNLOAD_DELAY", 0))
        # Onboarding: the pages the Scout and the Builder fetched moments ago are not fetched again.
        scrapy_settings |= settings_for_run(session, source_id=source_id, run_id=crawl.run_id)
    spider_cls = load_spider(code, code_hash, folder)
    if spider_cls.spec.get("render") == "browser":
        scrapy_settings |= browser_settings(settings)
    crawler = Crawler(spider_cls, scrapy_settings)
    return SlotCrawl(crawl_id, crawler, pages, CrawlLog(crawler if shared else None, settings.logging.level))


def _close(crawl_id: int, stats: dict[str, Any], error: str | None, log_tail: str) -> bool:
    """Record one crawl's outcome; a database error here leaves the row for the parent to close."""
    try:
        with session_scope() as session:
            crawl = session.get(Crawl, crawl_id)
            assert crawl is not None
            close_crawl(session, crawl, stats=stats, error=error, log_tail=log_tail)
            return crawl.status == "succeeded"
    except Exception:
        logger.exception("The outcome of crawl %s was not recorded", crawl_id)
        return False


def _stats_of(crawler: Crawler) -> dict[str, Any]:
    try:
        return crawler.stats.get_stats()
    except RuntimeError:  # the crawl never started, so it has no stats collector
        return {}


def _json_safe(stats: dict[str, Any]) -> dict[str, Any]:
    safe: dict[str, Any] = json.loads(
        json.dumps(stats, default=lambda v: v.isoformat() if isinstance(v, datetime) else str(v))
    )
    return safe


def _verdict(stats: dict[str, Any]) -> str | None:
    reason = stats.get("finish_reason")
    if reason not in (None, "finished", "closespider_pagecount"):
        return f"the crawl stopped early: {reason}"
    if stats.get("log_count/ERROR", 0) and not stats.get("item_scraped_count"):
        return "the spider raised errors and extracted nothing"
    if not stats.get("response_received_count"):
        return "no page could be fetched"
    return None
