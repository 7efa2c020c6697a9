"""Data paged by an offset: ``?limit=4&offset=0``, then ``offset=4``, ``offset=8``… until a page is empty.

tests/sites/offsetapi: a catalogue whose script fetches its products four at a time from
``/api/products?limit=4&offset=N``; the page's HTML shows none of them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from tests.conftest import SITES, Site, serve
from tests.e2e.conftest import assert_ok, sdp
from tests.e2e.test_practice_sites import _PracticeHandler

pytestmark = pytest.mark.slow
PRODUCTS = json.loads((SITES / "offsetapi" / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture
def shop() -> Iterator[Site]:
    yield from serve(SITES / "offsetapi", _PracticeHandler)


def _products(records: list[dict[str, Any]]) -> set[tuple[str, float]]:
    return {(r["data"]["name"], float(r["data"]["price"]["amount"])) for r in records}


def test_every_offset_page_the_script_would_fetch_is_crawled(shop: Site) -> None:
    added = assert_ok(sdp("add", shop.page("catalogue/"), "--name", "homeware")).out
    assert "checked on 3 page(s)" in added
    records = assert_ok(sdp("export", "homeware", "--format", "json")).json()
    assert len(records) == len(PRODUCTS)
    assert _products(records) == {(p["name"], p["price"]) for p in PRODUCTS}
    assert {r["url"] for r in records} == {shop.page(f"products/{100 + i}") for i in range(len(PRODUCTS))}


def test_an_offset_endpoint_added_directly_is_paged_too(shop: Site) -> None:
    records = assert_ok(sdp("add", shop.page("api/products?offset=0&limit=4"), "--name", "products")).out
    assert "checked on 3 page(s)" in records
    exported = assert_ok(sdp("export", "products", "--format", "json")).json()
    assert _products(exported) == {(p["name"], p["price"]) for p in PRODUCTS}
