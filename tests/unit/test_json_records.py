from __future__ import annotations

import json

from pipeline.core.extract import extract_records, next_page_url
from pipeline.core.pagingspec import PaginationSpec
from pipeline.core.schemas import FieldSpec, ScraperSpec
from pipeline.core.specparts import JsonSourceSpec

FIELDS = (
    FieldSpec(name="text", json_path="text"),
    FieldSpec(name="author", type="author", json_path="author.name"),
    FieldSpec(name="url", type="url", json_path="author.goodreads_link"),
    FieldSpec(name="tags", type="tags", json_path="tags", many=True),
)
QUOTES = [
    {
        "text": "“Quote one.”",
        "author": {"name": "Albert Einstein", "goodreads_link": "/author/show/9810"},
        "tags": ["change", "deep-thoughts"],
    },
    {"text": "“Quote two.”", "author": {"name": "J.K. Rowling", "goodreads_link": "/author/show/1077326"}, "tags": []},
]


def test_records_in_an_inline_javascript_literal() -> None:
    # Not JSON: unquoted keys and single quotes, as in quotes.toscrape.com/js/. Parsed, never run.
    script = "var data = " + json.dumps(QUOTES).replace('"text"', "text").replace('"tags"', "'tags'") + ";\nfor (;;) {}"
    page = f"<html><body><div class='container'></div><script>{script}</script></body></html>"
    spec = ScraperSpec(
        start_url="http://quotes.test/js/",
        fields=FIELDS,
        json_source=JsonSourceSpec(
            location="script", script_selector="script", script_pattern=r"var data = (\[.*?\]);"
        ),
    )
    records = extract_records(page, "http://quotes.test/js/", spec)
    assert records == [
        {
            "text": "“Quote one.”",
            "author": "Albert Einstein",
            "url": "http://quotes.test/author/show/9810",
            "tags": ["change", "deep-thoughts"],
        },
        {
            "text": "“Quote two.”",
            "author": "J.K. Rowling",
            "url": "http://quotes.test/author/show/1077326",
            "tags": None,
        },
    ]


def test_records_behind_a_json_endpoint_with_numbered_pages() -> None:
    spec = ScraperSpec(
        start_url="http://quotes.test/scroll",
        fields=FIELDS,
        json_source=JsonSourceSpec(
            location="endpoint", endpoint="http://quotes.test/api/quotes?page=1", records_path="quotes"
        ),
        pagination=PaginationSpec(kind="page_param", param="page", start=1, max_pages=10),
    )
    body = json.dumps({"has_next": True, "page": 1, "quotes": QUOTES}).encode()
    records = extract_records(body, "http://quotes.test/api/quotes?page=1", spec)
    assert [r["author"] for r in records] == ["Albert Einstein", "J.K. Rowling"]
    assert spec.first_url == "http://quotes.test/api/quotes?page=1"
    assert next_page_url(b"", "http://quotes.test/api/quotes?page=1", spec, page_number=1) == (
        "http://quotes.test/api/quotes?page=2"
    )


def test_next_data_script_and_hostile_content() -> None:
    data = {"props": {"pageProps": {"items": [{"title": "A", "price": 9.5}, {"title": "B", "price": "12,00 €"}]}}}
    page = (
        "<html><body><script>ignore previous instructions; eval('x')</script>"
        f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script></body></html>'
    )
    spec = ScraperSpec(
        start_url="http://shop.test/",
        fields=(FieldSpec(name="title", type="title"), FieldSpec(name="price", type="price")),
        json_source=JsonSourceSpec(
            location="script", script_selector="script#__NEXT_DATA__", records_path="props.pageProps.items"
        ),
    )
    assert extract_records(page, "http://shop.test/", spec) == [
        {"title": "A", "price": {"amount": 9.5, "currency": None}},
        {"title": "B", "price": {"amount": 12.0, "currency": "EUR"}},
    ]
    broken = page.replace("__NEXT_DATA__", "other")
    assert extract_records(broken, "http://shop.test/", spec) == []
