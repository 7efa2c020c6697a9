"""Crawl process entry point: ``python -m spiders.run CRAWL_ID [CRAWL_ID …] [--dry-run] [--max-pages N]``.

Runs the stored scraper versions of the given crawl rows (each verified by its hash) side by side
in this one Scrapy process (``spiders.slot``), writes Bronze and Silver as pages and items
arrive, and records each crawl's stats and verdict on its own row.
Exit status: 0 when every crawl succeeded, 1 when one failed, 2 on bad arguments.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys

from config.logging import configure_logging
from config.settings import get_settings
from pipeline.core.sentry import flush_reports, init_sentry
from spiders.slot import MissingCrawl, run_crawls
from spiders.spare import WAIT_FLAG, signal_ready


def run(crawl_ids: list[int], *, dry_run: bool, max_pages: int | None) -> int:
    configure_logging(get_settings().logging)
    init_sentry(get_settings(), "crawl")
    try:
        results = run_crawls(crawl_ids, dry_run=dry_run, max_pages=max_pages)
    except MissingCrawl as exc:
        print(exc, file=sys.stderr)
        return 2
    return 0 if all(results.values()) else 1


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
    parser.add_argument("crawl_ids", type=int, nargs="+", metavar="CRAWL_ID")
    parser.add_argument("--dry-run", action="store_true", help="validate: write no Bronze or Silver")
    parser.add_argument("--max-pages", type=int, default=None)
    arguments = sys.argv[1:] if argv is None else argv
    if arguments == [WAIT_FLAG]:  # a spare (spiders.spare): load everything, then wait for work
        _preload_scrapy_components()
        signal_ready()
        line = sys.stdin.readline()
        if not line.strip():
            return 0  # not needed after all
        arguments = line.split()
    args = parser.parse_args(arguments)
    return run(args.crawl_ids, dry_run=args.dry_run, max_pages=args.max_pages)


if __name__ == "__main__":
    status = main()
    # Everything is committed and closed by now. A normal exit would spend most of a second
    # tearing down Scrapy and Twisted objects the process is about to drop anyway, and onboarding
    # runs two crawls back to back.
    flush_reports()
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)
