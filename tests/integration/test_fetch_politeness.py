"""The Scout's fetcher is as polite as the crawls: one request per delay per site, robots.txt obeyed."""

from __future__ import annotations

import http.server
import threading
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest

from agents.fetch import Fetcher
from config.settings import CrawlSettings
from pipeline.core.exceptions import FetchFailed
from pipeline.core.retry import retry_after_of


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


def _rate_limited_server(retry_after: str) -> http.server.ThreadingHTTPServer:
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            status = 404 if self.path == "/robots.txt" else 429
            self.send_response(status)
            if status == 429:
                self.send_header("Retry-After", retry_after)
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.mark.parametrize("header", ["120", "http-date"])
def test_a_429_carries_the_wait_the_site_asked_for(header: str) -> None:
    value = (
        format_datetime(datetime.now(UTC) + timedelta(seconds=120), usegmt=True) if header == "http-date" else header
    )
    server = _rate_limited_server(value)
    try:
        with Fetcher(CrawlSettings(download_delay_s=0)) as fetcher, pytest.raises(FetchFailed) as failure:
            fetcher.fetch(f"http://127.0.0.1:{server.server_address[1]}/list")
    finally:
        server.shutdown()
        server.server_close()
    assert failure.value.transient and failure.value.status == 429
    assert failure.value.retry_after is not None and 100 <= failure.value.retry_after <= 120
    # The onboarding's retry waits at least that long (a Retry-After is a floor for the backoff).
    assert retry_after_of(failure.value) == failure.value.retry_after
