"""The render budget is the page's: a Chromium slow to start (a loaded worker) does not leave the page a
timeout of a millisecond."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import SimpleNamespace
from typing import Any

import playwright.sync_api
import pytest

from agents.render import render
from config.settings import CrawlSettings

#: Longer than the whole budget below: without the launch left out, nothing is left for the page.
SLOW_START_S = 6.0


class _Page(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = b"<html><body><ul><li>Oak tray</li><li>Elm bowl</li></ul></body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


@contextmanager
def serve() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Page)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_a_slow_browser_start_leaves_the_page_its_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    real = playwright.sync_api.sync_playwright

    @contextmanager
    def slow_to_start() -> Iterator[Any]:
        with real() as driver:
            launch = driver.chromium.launch

            def late_launch(**options: Any) -> Any:
                time.sleep(SLOW_START_S)
                return launch(**options)

            yield SimpleNamespace(chromium=SimpleNamespace(launch=late_launch))

    monkeypatch.setattr(playwright.sync_api, "sync_playwright", slow_to_start)
    with serve() as root:
        page = render(f"{root}/", CrawlSettings(render_timeout_s=5))
    assert "Oak tray" in page.html and "Elm bowl" in page.html


def test_a_slow_driver_start_leaves_the_page_its_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    real = playwright.sync_api.sync_playwright

    @contextmanager
    def slow_driver() -> Iterator[Any]:
        time.sleep(SLOW_START_S)  # Playwright's node driver starting on a loaded worker
        with real() as driver:
            yield driver

    monkeypatch.setattr(playwright.sync_api, "sync_playwright", slow_driver)
    with serve() as root:
        page = render(f"{root}/", CrawlSettings(render_timeout_s=5))
    assert "Oak tray" in page.html and "Elm bowl" in page.html
