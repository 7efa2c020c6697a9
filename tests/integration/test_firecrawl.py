"""The Firecrawl fetch backend against a local server that speaks Firecrawl's API."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pydantic import SecretStr

from agents.fetch import Fetcher
from config.settings import CrawlSettings, FirecrawlSettings
from pipeline.core.exceptions import ConfigurationError, FetchFailed
from tests.conftest import SITES
from tests.fakes.firecrawl_server import USER_AGENT, FakeFirecrawl, firecrawl_server

KEY = "fc-test-key-0123456789"


def blocking_site(root: Path) -> Iterator[str]:
    """Static files for Firecrawl's client only: plain clients get 403, like a bot wall."""

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, directory=str(root), **kwargs)  # type: ignore[arg-type]

        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            if self.headers.get("User-Agent") != USER_AGENT:
                self.send_error(403, "Bots are not welcome")
                return
            super().do_GET()

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def walled_site() -> Iterator[str]:
    yield from blocking_site(SITES / "demo")


@pytest.fixture
def firecrawl() -> Iterator[FakeFirecrawl]:
    with firecrawl_server(KEY) as server:
        yield server


def fetcher(firecrawl: FakeFirecrawl, key: str = KEY, version: str = "v2") -> Fetcher:
    settings = FirecrawlSettings(api_url=firecrawl.url, api_key=SecretStr(key), api_version=version)  # type: ignore[arg-type]
    return Fetcher(CrawlSettings(download_delay_s=0), fetcher="firecrawl", firecrawl=settings)


def test_a_site_that_refuses_plain_clients_is_fetched_through_firecrawl(
    walled_site: str, firecrawl: FakeFirecrawl
) -> None:
    with Fetcher(CrawlSettings(download_delay_s=0)) as plain, pytest.raises(FetchFailed, match="HTTP 403"):
        plain.fetch(walled_site)
    with fetcher(firecrawl) as through:
        page = through.fetch(walled_site + "page2.html")
    assert page.status == 200
    assert "Brazil Cerrado" in page.text
    assert page.final_url == walled_site + "page2.html"
    sent = firecrawl.requests[-1]
    assert sent["path"] == "/v2/scrape"
    assert sent["body"] == {
        "url": walled_site + "page2.html",
        "formats": ["rawHtml"],
        "onlyMainContent": False,
        "timeout": 60000,
    }


def test_the_v1_api_is_spoken_too(walled_site: str, firecrawl: FakeFirecrawl) -> None:
    with fetcher(firecrawl, version="v1") as through:
        assert through.fetch(walled_site).status == 200
    assert firecrawl.requests[-1]["path"] == "/v1/scrape"


def test_a_wrong_key_is_a_configuration_error_that_never_shows_the_key(
    walled_site: str, firecrawl: FakeFirecrawl
) -> None:
    with fetcher(firecrawl, key="fc-wrong-secret-999") as through, pytest.raises(ConfigurationError) as caught:
        through.fetch(walled_site)
    assert "SDP_FIRECRAWL_API_KEY" in str(caught.value)
    assert "fc-wrong-secret-999" not in str(caught.value)


def test_no_key_at_all_says_which_setting_to_set(walled_site: str) -> None:
    plain_settings = CrawlSettings(download_delay_s=0)
    with Fetcher(plain_settings, fetcher="firecrawl") as through, pytest.raises(ConfigurationError, match="API_KEY"):
        through.fetch(walled_site)


@pytest.mark.parametrize(("status", "transient"), [(429, True), (500, True), (402, False)])
def test_firecrawl_failures_say_whether_a_retry_can_help(
    walled_site: str, firecrawl: FakeFirecrawl, status: int, transient: bool
) -> None:
    firecrawl.fail_with = status
    with fetcher(firecrawl) as through, pytest.raises(FetchFailed) as caught:
        through.fetch(walled_site)
    assert caught.value.transient is transient
    if status == 429:
        assert "retry after 7s" in str(caught.value)


def test_the_site_status_seen_by_firecrawl_is_the_page_status(walled_site: str, firecrawl: FakeFirecrawl) -> None:
    with fetcher(firecrawl) as through, pytest.raises(FetchFailed, match=r"HTTP 404 \(through Firecrawl\)"):
        through.fetch(walled_site + "missing.html")
