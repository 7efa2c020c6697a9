"""Sources that plain HTTP cannot reach: one behind a proxy, one behind a bot wall (Firecrawl)."""

from __future__ import annotations

import http.server
import json
import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conftest import SITES
from tests.e2e.conftest import assert_ok, assert_one_line_error, sdp
from tests.fakes.firecrawl_server import USER_AGENT, firecrawl_server
from tests.fakes.http_proxy import VIA, http_proxy

pytestmark = pytest.mark.slow
EXPECTED = json.loads((SITES / "demo" / "expected.json").read_text(encoding="utf-8"))


def guarded_site(allow: Callable[[http.server.BaseHTTPRequestHandler], bool]) -> Iterator[str]:
    """The demo site, answering 403 to every request ``allow`` refuses."""

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, directory=str(SITES / "demo"), **kwargs)  # type: ignore[arg-type]

        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            if not allow(self):
                self.send_error(403, "Forbidden")
                return
            super().do_GET()

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def exported_names(name: str) -> set[str]:
    records = assert_ok(sdp("export", name, "--format", "json")).json()
    return {value for record in records for value in record["data"].values() if isinstance(value, str)}


def test_a_source_behind_a_proxy_is_scouted_and_crawled_through_it(sdp_home: Path) -> None:
    with http_proxy() as proxy:
        for site in guarded_site(lambda handler: handler.headers.get("Via") == VIA):
            assert_one_line_error(sdp("add", site, "--name", "direct"), code=1, says="403")

            added = assert_ok(sdp("add", site, "--name", "private", "--proxy", proxy.url_with_credentials))
            assert "✓ crawl" in added.out
            assert {item["name"] for item in EXPECTED} <= exported_names("private")
            assert any(path.endswith("page3.html") for path in proxy.forwarded)  # the crawl went through it too

            shown = assert_ok(sdp("access", "private"))
            assert "http://***@127.0.0.1" in shown.out
            assert proxy.password not in shown.out + shown.err
    # The password is stored sealed, never in clear, and appears in no log or audit line.
    raw = (sdp_home / "sdp.db").read_bytes()
    assert proxy.password.encode() not in raw
    logs = assert_ok(sdp("logs", "private"))
    assert proxy.password not in logs.out + logs.err


def test_a_site_that_blocks_bots_is_onboarded_through_firecrawl(sdp_home: Path) -> None:
    key = "fc-e2e-secret-key-42"
    with firecrawl_server(key) as firecrawl:
        env = {"SDP_FIRECRAWL_API_URL": firecrawl.url, "SDP_FIRECRAWL_API_KEY": key}
        for site in guarded_site(lambda handler: handler.headers.get("User-Agent") == USER_AGENT):
            added = assert_ok(sdp("add", site, "--name", "walled", "--fetcher", "firecrawl", env=env))
            assert "✓ crawl" in added.out
            assert {item["name"] for item in EXPECTED} <= exported_names("walled")
            scraped = {request["body"]["url"] for request in firecrawl.requests}  # type: ignore[index]
            assert site + "page3.html" in scraped
    # Bronze keeps the page as the site served it (through Firecrawl), under the page's own URL.
    with sqlite3.connect(sdp_home / "sdp.db") as db:
        urls = {row[0] for row in db.execute("SELECT url FROM bronze_pages")}
    assert site + "page2.html" in urls
    assert not any("scrape" in url for url in urls)
    assert key not in (sdp_home / "sdp.db").read_bytes().decode("latin-1")


def test_a_bad_proxy_or_fetcher_is_refused_before_anything_is_stored(sdp_home: Path) -> None:
    assert_one_line_error(
        sdp("add", "http://127.0.0.1:9/", "--name", "bad", "--proxy", "ftp://user:pw-123@host:21"),
        code=2,
        says="write it as http://",
    )
    assert "bad" not in assert_ok(sdp("list")).out
    refused = sdp("add", "http://127.0.0.1:9/", "--name", "bad", "--fetcher", "carrier-pigeon")
    assert refused.code == 2
