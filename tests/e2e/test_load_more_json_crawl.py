"""A "load more" button that fetches JSON, crawled end to end through the real CLI.

The page shows six products and ``<button data-next-url="/collections/lamps/products.json?limit=6&page=2">``;
the JSON names each product's handle (its page is ``/products/{handle}``) and bare amounts ("109.00").
The crawl reads the endpoint from its first page (the page's own six, once each) until an empty page,
with the links and the currency the markup shows.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Site, serve
from tests.e2e.conftest import assert_ok, sdp
from tests.e2e.test_practice_sites import _PracticeHandler

pytestmark = pytest.mark.slow
PAGE_SIZE = 6
MAKERS = ("Ferro Studio", "Oakum", "Hale & Wick", "Pellucid")
PRODUCTS = [
    {
        "id": 5000 + n,
        "title": f"{name} Lamp",
        "handle": f"{name.lower()}-lamp",
        "vendor": MAKERS[n % len(MAKERS)],
        "tags": ["lighting"],
        "variants": [{"id": 6000 + n, "title": "Default Title", "price": f"{90 + 7 * n}.00", "sku": f"LH-{n}"}],
        "images": [{"id": 7000 + n, "src": f"https://cdn.example.test/files/{n}.jpg", "width": 1600}],
    }
    for n, name in enumerate(
        ("Orbit", "Drum", "Mushroom", "Arc", "Pleat", "Sconce", "Globe", "Cordless", "Rattan", "Angle", "Tripod",
         "Fluted", "Bauhaus", "Opal", "Cone")
    )
]  # fmt: skip


def _card(product: dict[str, Any]) -> str:
    return (
        '<li class="grid__item"><div class="card">'
        f'<h3 class="card__heading"><a href="/products/{product["handle"]}">{product["title"]}</a></h3>'
        f'<div class="card__vendor">{product["vendor"]}</div>'
        f'<span class="price-item">${product["variants"][0]["price"]}</span></div></li>'
    )


def _write(root: Path) -> None:
    folder = root / "collections" / "lamps"
    folder.mkdir(parents=True)
    cards = "".join(_card(p) for p in PRODUCTS[:PAGE_SIZE])
    (folder / "index.html").write_text(
        "<!doctype html><html><head><title>Lamps</title></head><body><main><h1>Lamps</h1>"
        f'<ul id="product-grid" class="grid">{cards}</ul>'
        '<button type="button" class="button load-more"'
        f' data-next-url="/collections/lamps/products.json?limit={PAGE_SIZE}&amp;page=2">Load more</button>'
        "</main></body></html>",
        encoding="utf-8",
    )
    for page in range(1, 5):
        batch = PRODUCTS[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
        name = f"products.json@limit={PAGE_SIZE}&page={page}"
        (folder / name).write_text(json.dumps({"products": batch}), encoding="utf-8")


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[Site]:
    root = tmp_path / "shop"
    root.mkdir()
    _write(root)
    yield from serve(root, _PracticeHandler)


def test_the_json_behind_load_more_is_crawled_from_its_first_page(shop: Site) -> None:
    assert_ok(sdp("add", shop.page("collections/lamps/"), "--name", "lamps"))
    records = assert_ok(sdp("export", "lamps", "--format", "json")).json()
    data = [r["data"] for r in records]
    assert len(data) == len(PRODUCTS)  # the page's six once, then the button's nine
    assert {d["title"] for d in data} == {p["title"] for p in PRODUCTS}
    assert {r["url"] for r in records} == {shop.page(f"products/{p['handle']}") for p in PRODUCTS}
    prices = {d["title"]: d["price"] for d in data}
    assert prices["Cone Lamp"] == {"amount": 188.0, "currency": "USD"}
    assert {d["vendor"] for d in data} == set(MAKERS)
