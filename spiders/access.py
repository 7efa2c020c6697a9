"""Downloader middlewares that reach a source the way it must be reached: a proxy, or Firecrawl.

The proxy and the Firecrawl key are secrets, so they never go into Scrapy's settings (which Scrapy
logs at start-up): the middlewares read them from the product's settings and the source's access
record when the spider opens.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any, NoReturn
from urllib.parse import urlsplit

import httpx
from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse, Response

from config.settings import get_settings
from pipeline.core.access import resolve_access
from pipeline.core.db.engine import session_scope
from pipeline.core.exceptions import PipelineError
from pipeline.core.firecrawl import parse_scrape_answer, scrape_request


def _source_access(crawler: Crawler) -> tuple[str, str | None]:
    source_id = crawler.settings.getint("SDP_SOURCE_ID")
    with session_scope() as session:
        access = resolve_access(session, source_id or None, get_settings())
    return access.fetcher, access.proxy


class SourceProxyMiddleware:
    """Sends every request of the source through its proxy (Scrapy's HttpProxyMiddleware does the rest)."""

    def __init__(self, proxy: str | None) -> None:
        self.proxy = proxy

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SourceProxyMiddleware:
        fetcher, proxy = _source_access(crawler)
        return cls(proxy if fetcher == "http" else None)

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        if self.proxy and "proxy" not in request.meta:
            request.meta["proxy"] = self.proxy


class FirecrawlMiddleware:
    """Fetches each page through Firecrawl and hands Scrapy the page, as if it came from the site.

    It answers in ``process_request``, so Scrapy's download slots do not see these requests: the
    politeness delay per site is kept here instead.
    """

    def __init__(self, crawler: Crawler, enabled: bool) -> None:
        self.crawler = crawler
        self.enabled = enabled
        self.settings = get_settings().firecrawl
        self.delay_s = crawler.settings.getfloat("DOWNLOAD_DELAY")
        self._next_turn: dict[str, float] = {}
        self._client: httpx.AsyncClient | None = None
        crawler.signals.connect(self._close, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FirecrawlMiddleware:
        fetcher, _ = _source_access(crawler)
        return cls(crawler, enabled=fetcher == "firecrawl")

    async def process_request(self, request: Request, spider: Spider | None = None) -> Response | None:
        if not self.enabled or request.meta.get("playwright"):
            return None
        try:
            endpoint, headers, body = scrape_request(request.url, self.settings)
        except PipelineError as exc:
            self._give_up(request, exc)
        await self._wait_turn(request.url)
        if self._client is None:
            self._client = httpx.AsyncClient(timeout=self.settings.timeout_s + 10)
        try:
            answer = await self._client.post(endpoint, json=body, headers=headers)
            page = parse_scrape_answer(
                request.url, answer.status_code, answer.content, answer.headers.get("retry-after")
            )
        except httpx.HTTPError as exc:
            self._give_up(request, f"cannot reach Firecrawl at {self.settings.api_url}: {type(exc).__name__}")
        except PipelineError as exc:
            self._give_up(request, exc)
        return HtmlResponse(
            url=request.url,
            status=page.status,
            headers={"Content-Type": page.content_type, "X-Fetched-Via": "firecrawl", "X-Final-Url": page.final_url},
            body=page.html.encode("utf-8"),
            encoding="utf-8",
            request=request,
        )

    async def _wait_turn(self, url: str) -> None:
        site = urlsplit(url).netloc
        now = time.monotonic()
        turn = max(now, self._next_turn.get(site, now))
        self._next_turn[site] = turn + self.delay_s
        if turn > now:
            await asyncio.sleep(turn - now)

    def _give_up(self, request: Request, reason: Any) -> NoReturn:
        stats = self.crawler.stats
        if stats is not None:
            stats.inc_value("sdp/firecrawl_errors")
            stats.set_value("sdp/fetch_error", str(reason))
        raise IgnoreRequest(f"Firecrawl could not fetch {request.url}: {reason}")

    async def _close(self) -> None:
        if self._client is not None:
            await self._client.aclose()
