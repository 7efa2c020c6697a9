"""Records kept as JSON in a data attribute (``data-items='[...]'``) are a JSON source like a script."""

from __future__ import annotations

import json

from agents.jsonscout import script_candidates
from pipeline.core.extract import extract_records
from pipeline.core.schemas import ScraperSpec

URL = "http://shop.test/laptops"
LAPTOPS = [
    {"id": 31, "title": "Asus VivoBook", "price": "295.99", "stars": 3},
    {"id": 32, "title": "Prestigio SmartBook", "price": "299.00", "stars": 2},
    {"id": 33, "title": "Lenovo V110", "price": "321.94", "stars": 4},
]


def _page(attributes: str) -> str:
    return f'<html><body><div class="items" {attributes}></div><div class="pager"></div></body></html>'


def _escaped(value: object) -> str:
    return json.dumps(value).replace("&", "&amp;").replace('"', "&quot;")


def test_a_data_attribute_holding_a_record_list_is_read_as_json() -> None:
    page = _page(f'data-options="{_escaped({"autoplay": True})}" data-items="{_escaped(LAPTOPS)}"')
    [best] = script_candidates(page, URL)
    spec = ScraperSpec(start_url=URL, fields=best.fields, json_source=best.source)
    records = extract_records(page, URL, spec)
    assert [(r["title"], r["price"], r["stars"]) for r in records] == [
        ("Asus VivoBook", {"amount": 295.99, "currency": None}, 3.0),
        ("Prestigio SmartBook", {"amount": 299.0, "currency": None}, 2.0),
        ("Lenovo V110", {"amount": 321.94, "currency": None}, 4.0),
    ]


def test_hostile_or_broken_attributes_give_nothing_and_do_not_crash() -> None:
    deep = "[" * 100_000 + "]" * 100_000  # past what a parser recurses into
    walled = {"items": LAPTOPS, "next": json.loads("[" * 900 + "]" * 900)}  # parses, too deep to walk safely
    hostile = f'data-deep="{deep}" data-broken="[{{&quot;id&quot;: 1,]" data-walled="{_escaped(walled)}"'
    assert script_candidates(_page(hostile + ' data-text="[not json"'), URL) == []
    # The page's real list, beside them, is still found.
    [found] = script_candidates(_page(f'{hostile} data-items="{_escaped(LAPTOPS)}"'), URL)
    assert found.records == 3 and found.source.script_selector == "div[data-items]::attr(data-items)"
