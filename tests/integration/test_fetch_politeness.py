"""The Scout's fetcher is as polite as the crawls: one request per delay per site, robots.txt obeyed."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from agents.fetch import Fetcher
from config.settings import CrawlSettings
from pipeline.core.exceptions import FetchFailed


def test_requests_to_one_site_are_spaced_by_the_delay(site_dir: tuple[Path, str]) -> None:
    root, url = site_dir
    for name in ("a", "b", "c"):
        (root / f"{name}.html").write_text(f"<p>{name}</p>", encoding="utf-8")
    with Fetcher(CrawlSettings(download_delay_s=0.3)) as fetcher:
        fetcher.fetch(f"{url}a.html")  # the first request (and robots.txt) starts the clock
        started = time.monotonic()
        fetcher.fetch(f"{url}b.html")
        fetcher.fetch(f"{url}c.html")
        assert time.monotonic() - started >= 0.55  # two more turns of 0.3 s, minus clock slack


def test_robots_txt_is_obeyed_unless_the_policy_says_otherwise(site_dir: tuple[Path, str]) -> None:
    root, url = site_dir
    (root / "robots.txt").write_text("User-agent: *\nDisallow: /private/\n", encoding="utf-8")
    (root / "private").mkdir()
    (root / "private" / "index.html").write_text("<p>secret</p>", encoding="utf-8")
    settings = CrawlSettings(download_delay_s=0)
    with Fetcher(settings) as fetcher, pytest.raises(FetchFailed, match=r"robots\.txt .* disallows"):
        fetcher.fetch(f"{url}private/index.html")
    with Fetcher(settings, obey_robots=False) as fetcher:
        assert b"secret" in fetcher.fetch(f"{url}private/index.html").body
