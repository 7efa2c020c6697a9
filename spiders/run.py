"""Crawl subprocess entry point: ``python -m spiders.run CRAWL_ID [--dry-run] [--max-pages N]``.

Runs one stored scraper version (verified by its hash) in this process only, writes Bronze and
Silver as pages and items arrive, and records the stats and verdict on the crawl row.
Exit status: 0 when the crawl succeeded, 1 when it failed, 2 on bad arguments.
"""

from __future__ import annotations

import argparse
import importlib.util
import inspect
import json
import logging
import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import Any

from scrapy.crawler import CrawlerProcess

from config.logging import configure_logging
from config.settings import get_settings
from pipeline.core.classify import paced_delay
from pipeline.core.consent import scrapy_overrides
from pipeline.core.crawls import close_crawl
from pipeline.core.db.engine import session_scope
from pipeline.core.db.models import Crawl
from pipeline.core.registry import load_verified
from spiders.base import GeneratedSpider
from spiders.pagecache import settings_for_run
from spiders.settings import browser_settings, crawl_settings
from spiders.spare import WAIT_FLAG


def _load_module(code: str, code_hash: str, folder: Path) -> ModuleType:
    path = folder / f"sdp_spider_{code_hash[:16]}.py"
    path.write_text(code, encoding="utf-8")
    spec = importlib.util.spec_from_file_location(path.stem, path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load spider module from {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _spider_class(module: ModuleType) -> type[GeneratedSpider]:
    for _, value in inspect.getmembers(module, inspect.isclass):
        if issubclass(value, GeneratedSpider) and value is not GeneratedSpider:
            return value
    raise ImportError("the stored code defines no GeneratedSpider subclass")


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


def run(crawl_id: int, *, dry_run: bool, max_pages: int | None) -> int:
    settings = get_settings()
    configure_logging(settings.logging)
    with session_scope() as session:
        crawl = session.get(Crawl, crawl_id)
        if crawl is None or crawl.version_id is None:
            print(f"crawl {crawl_id} does not exist or has no scraper version", file=sys.stderr)
            return 2
        version = load_verified(session, crawl.version_id)
        code, code_hash, source_id, version_id = version.code, version.code_hash, crawl.source_id, version.id
        policy = scrapy_overrides(session, source_id)  # the source's robots.txt and pace
        pages = max_pages or settings.crawl.max_pages
        scrapy_settings = (
            crawl_settings(settings, max_pages=pages)
            | {
                "SDP_CRAWL_ID": crawl_id,
                "SDP_SOURCE_ID": source_id,
                "SDP_VERSION_ID": version_id,
                "SDP_DRY_RUN": dry_run,
            }
            | policy
        )
        # Slower after rate limits or blocks, until a run succeeds (the Doctor's treatment).
        scrapy_settings["DOWNLOAD_DELAY"] = paced_delay(session, source_id, scrapy_settings.get("DOWNLOAD_DELAY", 0))
        # Onboarding: the pages the Scout and the Builder fetched moments ago are not fetched again.
        scrapy_settings |= settings_for_run(session, source_id=source_id, run_id=crawl.run_id)
    with tempfile.TemporaryDirectory(prefix="sdp-spider-") as folder:
        spider_cls = _spider_class(_load_module(code, code_hash, Path(folder)))
        if spider_cls.spec.get("render") == "browser":
            scrapy_settings |= browser_settings(settings)
        process = CrawlerProcess(scrapy_settings, install_root_handler=False)
        crawler = process.create_crawler(spider_cls)
        process.crawl(crawler, max_pages=pages)
        process.start()
    stats = _json_safe(crawler.stats.get_stats() if crawler.stats else {})
    error = _verdict(stats)
    with session_scope() as session:
        crawl = session.get(Crawl, crawl_id)
        assert crawl is not None
        close_crawl(session, crawl, stats=stats, error=error)
        return 0 if crawl.status == "succeeded" else 1


def _preload_scrapy_components() -> None:
    """Import the components Scrapy loads by name when a crawl starts (a second or more of its start-up).

    Only modules: nothing is instantiated and no reactor is installed, so a browser crawl can
    still choose the asyncio reactor. A component whose optional dependency is missing is skipped.
    """
    from scrapy.settings import default_settings  # noqa: PLC0415 - only a spare needs it

    modules: set[str] = set()
    for name in dir(default_settings):
        value = getattr(default_settings, name)
        paths = [*value, *value.values()] if isinstance(value, dict) else [value]
        modules.update(p.rpartition(".")[0] for p in paths if isinstance(p, str) and p.startswith("scrapy."))
    for module in sorted(modules):
        try:
            importlib.import_module(module)
        except ImportError:
            continue


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m spiders.run", description=__doc__)
    parser.add_argument("crawl_id", type=int)
    parser.add_argument("--dry-run", action="store_true", help="validate: write no Bronze or Silver")
    parser.add_argument("--max-pages", type=int, default=None)
    arguments = sys.argv[1:] if argv is None else argv
    if arguments == [WAIT_FLAG]:  # a spare (spiders.spare): load everything, then wait for work
        _preload_scrapy_components()
        line = sys.stdin.readline()
        if not line.strip():
            return 0  # not needed after all
        arguments = line.split()
    args = parser.parse_args(arguments)
    return run(args.crawl_id, dry_run=args.dry_run, max_pages=args.max_pages)


if __name__ == "__main__":
    status = main()
    # Everything is committed and closed by now. A normal exit would spend most of a second
    # tearing down Scrapy and Twisted objects the process is about to drop anyway, and onboarding
    # runs two crawls back to back.
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)
