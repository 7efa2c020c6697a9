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
    stamps = []
    with Fetcher(CrawlSettings(download_delay_s=0.3)) as fetcher:
        for name in ("a", "b", "c"):
            fetcher.fetch(f"{url}{name}.html")
            stamps.append(time.monotonic())
    gaps = [later - earlier for earlier, later in zip(stamps, stamps[1:], strict=False)]
    assert all(gap >= 0.3 for gap in gaps), gaps


def test_robots_txt_is_obeyed_unless_the_policy_says_otherwise(site_dir: tuple[Path, str]) -> None:
    root, url = site_dir
    (root / "robots.txt").write_text("User-agent: *\nDisallow: /private/\n", encoding="utf-8")
    (root / "private").mkdir()
    (root / "private" / "index.html").write_text("<p>secret</p>", encoding="utf-8")
    settings = CrawlSettings(download_delay_s=0)
    with Fetcher(settings) as fetcher, pytest.raises(FetchFailed, match="robots.txt .* disallows"):
        fetcher.fetch(f"{url}private/index.html")
    with Fetcher(settings, obey_robots=False) as fetcher:
        assert b"secret" in fetcher.fetch(f"{url}private/index.html").body
