"""A crawl of an onboarding run, as one more step of that run (``pipeline.core.runpages``).

Scrapy's HTTP cache is turned on by ``settings_for_run`` only for the crawls of an onboarding run
that kept pages: the validation crawl and the first extraction then take the Scout's and the
Builder's pages from Bronze instead of fetching them a second time. Nothing is stored through the
cache; Bronze's recorder keeps every response of the crawl, reused ones included, so lineage is
complete either way. The first request the crawl does send waits for the run's last one plus the
delay (``RunPaceMiddleware``): Scrapy paces a crawl's own requests, not those of the steps before.
"""

from __future__ import annotations

import time
from typing import Any

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Headers, Response
from scrapy.responsetypes import responsetypes
from scrapy.settings import BaseSettings
from scrapy.utils.defer import maybe_deferred_to_future
from sqlalchemy.orm import Session

from pipeline.core import runpages
from pipeline.core.db.engine import session_scope
from pipeline.core.urls import origin_of

STORAGE = "spiders.pagecache.RunPageStorage"


def settings_for_run(session: Session, *, source_id: int, run_id: str) -> dict[str, Any]:
    """Scrapy settings pacing the crawl after the run's earlier steps, and reusing the pages they kept."""
    fetched = runpages.run_fetches(session, source_id=source_id, run_id=run_id)
    paced = {"SDP_RUN_LAST_REQUESTS": {origin: at.timestamp() for origin, at in fetched.last_requests.items()}}
    if not fetched.reusable:
        return paced
    return paced | {
        "HTTPCACHE_ENABLED": True,
        "HTTPCACHE_STORAGE": STORAGE,
        "HTTPCACHE_POLICY": "scrapy.extensions.httpcache.DummyPolicy",
        "SDP_REUSABLE_PAGES": fetched.reusable,
    }


class RunPageStorage:
    """A read-only cache storage: a request for a page the run kept is answered from Bronze."""

    def __init__(self, settings: BaseSettings) -> None:
        # URL -> Bronze page id, looked up once by ``settings_for_run`` before the crawl starts.
        self._pages: dict[str, int] = {str(k): int(v) for k, v in settings.getdict("SDP_REUSABLE_PAGES").items()}

    def open_spider(self, spider: Spider) -> None:
        """Nothing to open: the pages are known from the settings."""

    def close_spider(self, spider: Spider) -> None:
        self._pages = {}

    def retrieve_response(self, spider: Spider, request: Request) -> Response | None:
        # A browser request needs the page's scripts run; only a plain GET can be answered by bytes.
        if request.method != "GET" or request.meta.get("playwright"):
            return None
        page_id = self._pages.get(request.url)
        if page_id is None:
            return None
        with session_scope() as session:
            kept = runpages.load(session, page_id)
        if kept is None:
            return None
        headers = Headers(kept.headers)
        response_class = responsetypes.from_args(headers=headers, url=kept.final_url, body=kept.body)
        return response_class(url=kept.final_url, status=kept.status, headers=headers, body=kept.body)

    def store_response(self, spider: Spider, request: Request, response: Response) -> None:
        """Nothing to do: Bronze's recorder keeps every response of the crawl."""


class RunPaceMiddleware:
    """Holds a crawl's first request to each site until the run's last one is a delay old.

    Placed after the cache (900): a page the run kept never waits, since it is not a request.
    """

    def __init__(self, last_requests: dict[str, float], delay_s: float) -> None:
        self._not_before = {origin: at + delay_s for origin, at in last_requests.items()}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RunPaceMiddleware:
        last_requests = crawler.settings.getdict("SDP_RUN_LAST_REQUESTS")
        if not last_requests:
            raise NotConfigured("not a crawl of an onboarding run that has fetched pages")
        return cls({str(k): float(v) for k, v in last_requests.items()}, crawler.settings.getfloat("DOWNLOAD_DELAY"))

    async def process_request(self, request: Request, spider: Spider | None = None) -> None:
        # After the first request to a site, Scrapy's download slot keeps the pace on its own.
        wait = self._not_before.pop(origin_of(request.url), 0.0) - time.time()
        if wait > 0:
            # Imported here: importing the reactor installs one, and Scrapy must choose which first.
            from twisted.internet import reactor, task  # noqa: PLC0415

            await maybe_deferred_to_future(task.deferLater(reactor, wait))
