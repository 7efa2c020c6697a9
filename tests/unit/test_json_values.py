"""Values JSON-backed pages hand over: price objects, Nuxt's call arguments, one page per listed choice."""

from __future__ import annotations

from typing import Any

import pytest
import scrapy
from parsel import Selector
from scrapy.http import TextResponse
from scrapy.utils.test import get_crawler

from agents.jsonscout import propose_fields, script_candidates
from agents.valuechoices import choice_pagination
from pipeline.core.extract import extract_records
from pipeline.core.jscall import call_result
from pipeline.core.jsondata import field_value
from pipeline.core.pagingspec import PaginationSpec
from pipeline.core.schemas import FieldSpec, ScraperSpec
from pipeline.core.specparts import JsonSourceSpec
from spiders.base import GeneratedSpider


def _names(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"name": f"Item {i}", **record} for i, record in enumerate(records)]


@pytest.mark.parametrize(
    ("price", "expected"),
    [
        ({"amount": 1450, "currency": "EUR"}, {"amount": 1450.0, "currency": "EUR"}),
        ({"amount": "12.50", "currencyCode": "USD"}, {"amount": 12.5, "currency": "USD"}),  # Shopify MoneyV2
        ({"value": "1.249,00", "currency": "€"}, {"amount": 1249.0, "currency": "EUR"}),
    ],
)
def test_a_price_object_is_one_price_with_its_currency(price: dict[str, Any], expected: dict[str, Any]) -> None:
    records = _names([{"price": price}, {"price": price}, {"price": price}])
    fields = propose_fields(records)
    assert [(f.name, f.type) for f in fields] == [("name", "title"), ("price", "price")]
    assert field_value(records[0], fields[1], "http://shop.test/") == expected  # as a price in the markup


def test_a_schema_org_offer_price_and_its_currency_make_one_field() -> None:
    records = _names([{"offers": {"price": "19.99", "priceCurrency": "GBP"}, "sku": f"s{i}"} for i in range(3)])
    fields = propose_fields(records)
    assert [f.name for f in fields if f.type == "price"] == ["price"]
    price = next(f for f in fields if f.name == "price")
    assert field_value(records[0], price, "http://shop.test/") == {"amount": 19.99, "currency": "GBP"}


def test_a_price_beside_its_currency_key_is_read_with_it() -> None:
    records = _names([{"price": 12 + i, "priceCurrency": "USD", "sku": f"s{i}"} for i in range(3)])
    fields = propose_fields(records)
    assert [f.name for f in fields] == ["name", "price", "sku"]  # no separate price_currency column
    assert [field_value(r, fields[1], "http://shop.test/") for r in records] == [
        {"amount": 12.0, "currency": "USD"},
        {"amount": 13.0, "currency": "USD"},
        {"amount": 14.0, "currency": "USD"},
    ]


def test_a_time_zone_key_is_text_not_a_date() -> None:
    starts = ("2025-03-14T17:00:00.000Z", "2025-03-14T23:30:00.000Z", "2025-03-15T09:00:00.000Z")
    records = _names([{"event": {"start_at": s, "timezone": "Europe/Berlin"}, "tz": "CET"} for s in starts])
    fields = {f.name: f for f in propose_fields(records)}
    assert fields["event_start_at"].type == "date"
    assert fields["event_timezone"].type == "text" and fields["tz"].type == "text"
    assert field_value(records[0], fields["event_timezone"], "http://events.test/") == "Europe/Berlin"


def test_a_function_call_returns_its_object_with_the_arguments_in_place() -> None:
    state = 'function(a,b,c){return {a:a,"b":[b,"a"],c:void 0,d:c,e:null,f:{g:true}}}(1,"two",void 0));'
    assert call_result(state) == {"a": 1, "b": ["two", "a"], "c": None, "d": None, "e": None, "f": {"g": True}}
    assert call_result("function(a){ doSomething(a); return {a:a} }(1)") is None  # code, not state
    assert call_result('{"a": 1}') is None


NUXT = """<div id="__nuxt"></div><script>window.__NUXT__=(function(a,b,c,d){return {layout:"default",
data:[{jobs:[{id:1,title:"Data Engineer",location:a,salary:"€60k",url:"\\u002Fjobs\\u002F1",tags:[b,c]},
{id:2,title:"Django Developer",location:c,salary:d,url:"\\u002Fjobs\\u002F2",tags:[b]},
{id:3,title:"ML Engineer",location:a,salary:"€80k",url:"\\u002Fjobs\\u002F3",tags:[b]}]}],
error:null}}("Remote (EU)","python","Remote (UK)",void 0));</script>"""


def test_nuxt_fields_passed_as_arguments_are_crawled_with_their_values() -> None:
    [best] = script_candidates(NUXT, "http://jobs.test/")
    assert {"location", "tags", "salary"} <= {f.name for f in best.fields}
    spec = ScraperSpec(start_url="http://jobs.test/", fields=best.fields, json_source=best.source)
    records = extract_records(NUXT, "http://jobs.test/", spec)
    assert [r["location"] for r in records] == ["Remote (EU)", "Remote (UK)", "Remote (EU)"]
    assert [r["tags"] for r in records] == [["python", "Remote (UK)"], ["python"], ["python"]]
    assert [r["salary"] for r in records] == ["€60k", None, "€80k"]  # void 0: no salary, not "d"


FILMS = """<a href="#" class="year-link" id="2015">2015</a><a href="#" class="year-link" id="2014">2014</a>
<a href="#" class="year-link" id="2013">2013</a><nav><a href="#" class="tab">News</a><a href="#" class="tab">About</a>
<a href="#" class="tab">Help</a></nav>"""


def test_an_endpoint_for_one_listed_choice_is_paged_over_every_choice() -> None:
    pagination = choice_pagination(Selector(text=FILMS), "http://films.test/films/?ajax=true&year=2015")
    assert pagination == PaginationSpec(
        kind="param_values", param="year", values=("2015", "2014", "2013"), max_pages=3, value_in_key=True
    )
    # A value no control group names is no choice list; a page number is numbered paging.
    assert choice_pagination(Selector(text=FILMS), "http://films.test/films/?ajax=true&year=1999") is None
    assert choice_pagination(Selector(text=FILMS), "http://films.test/films/?page=2015") is None


def _films_spider(max_pages: int = 3) -> GeneratedSpider:
    spec = ScraperSpec(
        start_url="http://films.test/films/",
        fields=(FieldSpec(name="title", type="title", json_path="title"),),
        json_source=JsonSourceSpec(location="endpoint", endpoint="http://films.test/films/?ajax=true&year=2015"),
        key_fields=("title",),
        pagination=PaginationSpec(kind="param_values", param="year", values=("2015", "2014", "2013"), max_pages=3),
    )
    cls = type("Films", (GeneratedSpider,), {"name": "films", "spec": spec.model_dump(mode="json")})
    spider: Any = cls.from_crawler(get_crawler(cls), max_pages=max_pages)
    return spider  # type: ignore[no-any-return]


def _follow(spider: GeneratedSpider, url: str, body: str, number: int) -> list[str]:
    response = TextResponse(url, body=body.encode(), encoding="utf-8", request=scrapy.Request(url))
    return [r.url for r in spider.parse_page(response, page_number=number) if isinstance(r, scrapy.Request)]


def test_the_crawl_asks_for_every_listed_value_in_turn() -> None:
    spider = _films_spider()
    first = "http://films.test/films/?ajax=true&year=2015"
    assert _follow(spider, first, '[{"title": "Spotlight"}]', 1) == ["http://films.test/films/?ajax=true&year=2014"]
    # A year without films does not end the list; the last value does.
    assert _follow(spider, "http://films.test/films/?ajax=true&year=2014", "[]", 2) == [
        "http://films.test/films/?ajax=true&year=2013"
    ]
    assert _follow(spider, "http://films.test/films/?ajax=true&year=2013", '[{"title": "Her"}]', 3) == []
    assert _follow(_films_spider(max_pages=1), first, '[{"title": "Spotlight"}]', 1) == []  # a test crawl's cap


def test_a_stored_spec_from_before_still_validates_and_pages_the_same() -> None:
    stored = {"start_url": "http://x.test/", "record_selector": "li", "fields": [{"name": "title"}],
              "pagination": {"kind": "page_param", "param": "page", "start": 1, "max_pages": 5}}  # fmt: skip
    spec = ScraperSpec.model_validate(stored)
    assert spec.pagination.values == () and spec.pagination.kind == "page_param"
    with pytest.raises(ValueError, match="param_values"):
        PaginationSpec(kind="param_values", param="year")


def test_a_json_field_is_cut_as_a_markup_field_is() -> None:
    field = FieldSpec(name="count", type="number", json_path="summary", text_after="—")
    assert field_value({"summary": "4.34 avg rating — 9,385,123 ratings"}, field, "") == 9385123
