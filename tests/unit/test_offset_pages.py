"""Offset pagination: found in a data URL's query, followed by the spider with page_param's stop rules."""

from __future__ import annotations

import json
from typing import Any

import pytest
import scrapy
from parsel import Selector
from scrapy.http import TextResponse
from scrapy.utils.test import get_crawler

from agents.heuristics.urlpaging import offset_pagination, url_pagination
from agents.valuechoices import choice_pagination
from pipeline.core.extract import next_page_url
from pipeline.core.pagingspec import PaginationSpec
from pipeline.core.schemas import FieldSpec, ScraperSpec
from pipeline.core.specparts import JsonSourceSpec
from spiders.base import GeneratedSpider

API = "http://shop.test/api/products"


def test_an_offset_in_the_url_pages_by_the_size_it_asks_for_else_by_the_records_it_got() -> None:
    assert url_pagination(f"{API}?limit=20&offset=0", 20) == PaginationSpec(
        kind="offset", param="offset", start=0, step=20
    )
    assert url_pagination(f"{API}?start=0", 10) == PaginationSpec(kind="offset", param="start", start=0, step=10)
    assert url_pagination(f"{API}?skip=0&take=25", 3) == PaginationSpec(kind="offset", param="skip", start=0, step=25)
    assert url_pagination(f"{API}?page=1&per_page=20", 20).kind == "page_param"  # a page number, counted by one
    # Not an offset: a date, a cursor; no page size known.
    assert url_pagination(f"{API}?start=2024-01-01", 10).kind == "none"
    assert url_pagination(f"{API}?cursor=abc", 10).kind == "none"
    assert url_pagination(f"{API}?offset=0", 0).kind == "none"


def _spec(max_pages: int = 50) -> ScraperSpec:
    return ScraperSpec(
        start_url="http://shop.test/catalogue/",
        fields=(FieldSpec(name="name", type="title", json_path="name"),),
        json_source=JsonSourceSpec(location="endpoint", endpoint=f"{API}?limit=2&offset=0", records_path="items"),
        key_fields=("name",),
        pagination=PaginationSpec(kind="offset", param="offset", start=0, step=2, max_pages=max_pages),
    )


def test_the_next_page_is_the_offset_plus_one_page_size() -> None:
    spec = _spec()
    assert next_page_url(b"", f"{API}?limit=2&offset=0", spec, page_number=1) == f"{API}?limit=2&offset=2"
    assert next_page_url(b"", f"{API}?limit=2&offset=2", spec, page_number=2) == f"{API}?limit=2&offset=4"
    assert next_page_url(b"", f"{API}?limit=2&offset=2", _spec(max_pages=2), page_number=2) is None
    with pytest.raises(ValueError, match="offset"):
        PaginationSpec(kind="offset", param="offset")  # no step: no next page


def _follow(spider: GeneratedSpider, offset: int, names: list[str], number: int) -> list[str]:
    url = f"{API}?limit=2&offset={offset}"
    body = json.dumps({"items": [{"name": n} for n in names]})
    response = TextResponse(url, body=body.encode(), encoding="utf-8", request=scrapy.Request(url))
    return [r.url for r in spider.parse_page(response, page_number=number) if isinstance(r, scrapy.Request)]


def _spider(max_pages: int | None = None) -> GeneratedSpider:
    spec = _spec()
    cls = type("Shop", (GeneratedSpider,), {"name": "shop", "spec": spec.model_dump(mode="json")})
    spider: Any = cls.from_crawler(get_crawler(cls), max_pages=max_pages)
    return spider  # type: ignore[no-any-return]


def test_the_crawl_stops_at_an_empty_page_a_repeated_page_or_the_cap() -> None:
    spider = _spider()
    assert _follow(spider, 0, ["Lamp", "Rug"], 1) == [f"{API}?limit=2&offset=2"]
    assert _follow(spider, 2, ["Vase"], 2) == [f"{API}?limit=2&offset=4"]
    assert _follow(spider, 4, [], 3) == []  # past the last record
    clamped = _spider()
    assert _follow(clamped, 0, ["Lamp", "Rug"], 1) == [f"{API}?limit=2&offset=2"]
    assert _follow(clamped, 2, ["Lamp", "Rug"], 2) == []  # the server ignores the offset: nothing new
    assert _follow(_spider(max_pages=1), 0, ["Lamp", "Rug"], 1) == []


def test_a_page_size_select_is_no_list_of_choices() -> None:
    sizes = Selector(text='<select name="limit"><option>10</option><option>20</option><option>50</option></select>')
    assert choice_pagination(sizes, f"{API}?limit=20&offset=0") is None


def test_the_page_size_is_the_surest_size_parameter() -> None:
    # "count=1" is a flag here; "limit" says how many records a page holds.
    pagination = offset_pagination("http://api.test/items?count=1&offset=0&limit=20", 20)
    assert pagination is not None and pagination.step == 20
