"""Bronze recording: every response is stored exactly as received before any callback sees it."""

from __future__ import annotations

from typing import Any

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response

from pipeline.core.bronze import store_page
from pipeline.core.db.engine import session_scope


class BronzeRecorderMiddleware:
    """Downloader middleware storing each response in Bronze and tagging the request with its id."""

    def __init__(self, *, source_id: int, crawl_id: int) -> None:
        self.source_id = source_id
        self.crawl_id = crawl_id

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> BronzeRecorderMiddleware:
        crawl_id = crawler.settings.getint("SDP_CRAWL_ID")
        if not crawl_id or crawler.settings.getbool("SDP_DRY_RUN"):
            raise NotConfigured("SDP_CRAWL_ID not set or dry run: Bronze is not recorded")
        return cls(source_id=crawler.settings.getint("SDP_SOURCE_ID"), crawl_id=crawl_id)

    def process_response(self, request: Request, response: Response, spider: Spider | None = None) -> Response:
        headers: dict[str, Any] = {
            key.decode("latin-1").lower(): [v.decode("latin-1") for v in values]
            for key, values in response.headers.items()
        }
        with session_scope() as session:
            page = store_page(
                session,
                source_id=self.source_id,
                crawl_id=self.crawl_id,
                url=request.url,
                final_url=response.url,
                status=response.status,
                headers=headers,
                body=response.body,
            )
            request.meta["sdp_bronze_page_id"] = page.id
        return response
