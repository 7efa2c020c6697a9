"""Pages that differ by one query parameter, seen alike by the spider, the Builder and replay."""

from __future__ import annotations

from typing import Any

import pytest
import scrapy
from scrapy.http import TextResponse
from scrapy.utils.test import get_crawler

from pipeline.core.extract import next_page_url, record_key
from pipeline.core.pagingspec import PaginationSpec
from pipeline.core.schemas import FieldSpec, ScraperSpec
from pipeline.core.specparts import JsonSourceSpec
from spiders.base import GeneratedSpider

FILMS = "http://films.test/films/"
YEARS = PaginationSpec(
    kind="param_values", param="year", values=("2015", "2014", "2013"), max_pages=3, value_in_key=True
)


def _films(**pagination: Any) -> ScraperSpec:
    return ScraperSpec(
        start_url=FILMS,
        fields=(FieldSpec(name="title", type="title", json_path="title"),),
        json_source=JsonSourceSpec(location="endpoint", endpoint=f"{FILMS}?ajax=true&year=2015"),
        key_fields=("title",),
        pagination=YEARS.model_copy(update=pagination),
    )


def test_the_shared_engine_pages_over_each_listed_value() -> None:
    spec = _films()
    # What the Builder and replay ask, not only the spider: the same value pages, in the same order.
    assert next_page_url(b"[]", f"{FILMS}?ajax=true&year=2015", spec, page_number=1) == f"{FILMS}?ajax=true&year=2014"
    assert next_page_url(b"[]", f"{FILMS}?ajax=true&year=2014", spec, page_number=2) == f"{FILMS}?ajax=true&year=2013"
    assert next_page_url(b"[]", f"{FILMS}?ajax=true&year=2013", spec, page_number=3) is None
    assert next_page_url(b"[]", f"{FILMS}?ajax=true&year=2015", _films(max_pages=1), page_number=1) is None


def test_the_same_film_in_two_years_is_two_records() -> None:
    spec = _films()
    film = {"title": "Spotlight"}
    in_2015 = record_key(film, spec, page_url=f"{FILMS}?ajax=true&year=2015")
    assert in_2015 != record_key(film, spec, page_url=f"{FILMS}?ajax=true&year=2014")
    assert in_2015 == record_key(film, spec, page_url=f"{FILMS}?year=2015&ajax=true")  # the value, not the URL
    # Without a natural key the content fingerprint is told apart by the year as well.
    unkeyed = spec.model_copy(update={"key_fields": ()})
    assert record_key(film, unkeyed, page_url=f"{FILMS}?year=2015") != record_key(film, unkeyed, page_url=f"{FILMS}")


def test_a_value_list_source_stored_before_values_were_keyed_keeps_its_keys() -> None:
    stored = _films(value_in_key=False)  # a spec written before the flag: its records keep the keys they have
    film = {"title": "Spotlight"}
    assert record_key(film, stored, page_url=f"{FILMS}?year=2015") == record_key(
        film, stored, page_url=f"{FILMS}?year=2014"
    )
    assert ScraperSpec.model_validate(stored.model_dump(exclude={"pagination": {"value_in_key"}})) == stored


@pytest.mark.parametrize("kind", ["page_param", "none"])
def test_every_other_source_keeps_the_keys_it_stored(kind: str) -> None:
    spec = ScraperSpec(
        start_url="http://shop.test/",
        record_selector="li",
        fields=(FieldSpec(name="title"), FieldSpec(name="price", type="price")),
        key_fields=("title",),
        pagination=PaginationSpec(kind=kind, param="page" if kind == "page_param" else None),
    )
    record = {"title": "Spotlight", "price": {"amount": 3.0, "currency": "EUR"}}
    # The keys the crawls stored before the page's value took part in any identity.
    assert record_key(record, spec, page_url="http://shop.test/?page=2") == "a955410f3d6bc4266fde6c8d0652b311"
    unkeyed = spec.model_copy(update={"key_fields": ()})
    assert record_key(record, unkeyed, page_url="http://shop.test/?page=2") == "1bc1ad32ef5cd7a68f3dd9d42026e801"


def test_the_spider_keeps_a_film_of_two_years_twice() -> None:
    spec = _films()
    cls = type("Films", (GeneratedSpider,), {"name": "films", "spec": spec.model_dump(mode="json")})
    spider: Any = cls.from_crawler(get_crawler(cls))
    keys = []
    for year in ("2015", "2014"):
        url = f"{FILMS}?ajax=true&year={year}"
        response = TextResponse(url, body=b'[{"title": "Spotlight"}]', encoding="utf-8", request=scrapy.Request(url))
        keys += [item["_sdp"]["key"] for item in spider.parse_page(response, page_number=1) if isinstance(item, dict)]
    assert len(set(keys)) == 2
