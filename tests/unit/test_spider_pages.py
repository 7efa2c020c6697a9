"""The generated spider's page loop: where a numbered crawl stops."""

from __future__ import annotations

from typing import Any

import scrapy
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from pipeline.core.pagingspec import PaginationSpec
from pipeline.core.schemas import FieldSpec, ScraperSpec
from spiders.base import META_KEY, GeneratedSpider

URL = "http://shop.test/laptops"


def _spider() -> GeneratedSpider:
    spec = ScraperSpec(
        start_url=URL,
        record_selector="div.card",
        fields=(FieldSpec(name="title", type="title", selector="a.title", attribute="title"),),
        key_fields=("title",),
        pagination=PaginationSpec(kind="page_param", param="page", start=1, max_pages=50),
    )
    cls = type("Shop", (GeneratedSpider,), {"name": "shop", "spec": spec.model_dump(mode="json")})
    crawler = get_crawler(cls)
    spider: Any = cls.from_crawler(crawler)
    return spider  # type: ignore[no-any-return]


def _page(url: str, titles: list[str]) -> HtmlResponse:
    cards = "".join(f'<div class="card"><a class="title" title="{t}">{t}</a></div>' for t in titles)
    body = f"<html><body>{cards}</body></html>".encode()
    return HtmlResponse(url, body=body, encoding="utf-8", request=scrapy.Request(url))


def _follow(spider: GeneratedSpider, response: HtmlResponse, number: int) -> list[str]:
    out = list(spider.parse_page(response, page_number=number))
    return [r.url for r in out if isinstance(r, scrapy.Request)]


def test_a_numbered_page_that_repeats_the_last_one_ends_the_crawl() -> None:
    spider = _spider()
    assert _follow(spider, _page(URL, ["A", "B", "C"]), 1) == [f"{URL}?page=2"]
    assert _follow(spider, _page(f"{URL}?page=2", ["C", "D", "E"]), 2) == [f"{URL}?page=3"]  # some are new
    # The server clamps ?page=3 to its last page: the same records again, so no ?page=4.
    assert _follow(spider, _page(f"{URL}?page=3", ["D", "E"]), 3) == []


def test_each_item_links_to_its_own_page_not_to_another_url_field() -> None:
    spec = ScraperSpec(
        start_url=URL,
        record_selector="div.job",
        fields=(
            FieldSpec(name="company_site", type="url", selector="a.company", attribute="href"),
            FieldSpec(name="url", type="url", selector="a.title", attribute="href"),
        ),
    )
    cls = type("Jobs", (GeneratedSpider,), {"name": "jobs", "spec": spec.model_dump(mode="json")})
    spider: Any = cls.from_crawler(get_crawler(cls))
    body = b'<div class="job"><a class="company" href="https://acme.test/">Acme</a>'
    body += b'<a class="title" href="/jobs/1">Dev</a></div>'
    response = HtmlResponse(URL, body=body, encoding="utf-8", request=scrapy.Request(URL))
    [item] = [i for i in spider.parse_page(response, page_number=1) if isinstance(i, dict)]
    assert item[META_KEY]["url"] == "http://shop.test/jobs/1"
