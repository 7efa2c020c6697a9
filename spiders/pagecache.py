"""Scrapy's HTTP cache over the pages an onboarding run has already fetched (``pipeline.core.runpages``).

Enabled by ``settings_for_run`` only for the crawls of an onboarding run that kept pages: the
validation crawl and the first extraction then take the Scout's and the Builder's pages from Bronze
instead of fetching them a second time. Nothing is stored through the cache; Bronze's recorder
keeps every response of the crawl, reused ones included, so lineage is complete either way.
"""

from __future__ import annotations

from typing import Any

from scrapy import Request, Spider
from scrapy.http import Headers, Response
from scrapy.responsetypes import responsetypes
from scrapy.settings import BaseSettings
from sqlalchemy.orm import Session

from pipeline.core import runpages
from pipeline.core.db.engine import session_scope

STORAGE = "spiders.pagecache.RunPageStorage"


def settings_for_run(session: Session, *, source_id: int, run_id: str) -> dict[str, Any]:
    """Scrapy settings turning the cache on when the run kept pages within the reuse window."""
    pages = runpages.reusable(session, source_id=source_id, run_id=run_id)
    if not pages:
        return {}
    return {
        "HTTPCACHE_ENABLED": True,
        "HTTPCACHE_STORAGE": STORAGE,
        "HTTPCACHE_POLICY": "scrapy.extensions.httpcache.DummyPolicy",
        "SDP_REUSABLE_PAGES": pages,
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
