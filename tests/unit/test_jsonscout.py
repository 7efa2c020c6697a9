from __future__ import annotations

import json

from agents.jsonscout import endpoint_candidate, endpoint_urls, script_candidates
from pipeline.core.extract import extract_records
from pipeline.core.schemas import ScraperSpec

PRODUCTS = [
    {
        "id": i,
        "title": f"Lamp {i}",
        "price": 10 + i,
        "image": f"/img/{i}.jpg",
        "url": f"/p/{i}",
        "brand": {"name": "Lumo", "country": "DK"},
        "tags": ["light", "home"],
    }
    for i in range(1, 6)
]


def _spec(url: str, candidate: object) -> ScraperSpec:
    return ScraperSpec(start_url=url, fields=candidate.fields, json_source=candidate.source)  # type: ignore[attr-defined]


def test_state_assigned_in_a_script_is_found_with_named_typed_fields() -> None:
    state = {"config": {"theme": "dark", "flags": [1, 2, 3]}, "catalog": {"products": PRODUCTS}}
    page = (
        f"<html><body><div id=app></div><script>window.__INITIAL_STATE__ = {json.dumps(state)};</script></body></html>"
    )
    [best, *_] = script_candidates(page, "http://shop.test/")
    assert best.source.records_path == "catalog.products"
    types = {f.name: f.type for f in best.fields}
    assert types["title"] == "title" and types["price"] == "price" and types["image"] == "image"
    assert types["url"] == "url" and types["brand"] == "text" and types["tags"] == "tags"
    first = extract_records(page, "http://shop.test/", _spec("http://shop.test/", best))[0]
    assert first["title"] == "Lamp 1" and first["url"] == "http://shop.test/p/1"
    assert first["price"] == {"amount": 11.0, "currency": None} and first["tags"] == ["light", "home"]


def test_lists_of_a_few_scalars_are_not_records() -> None:
    page = "<script>var cfg = {sizes: [1, 2, 3], names: ['a', 'b']};</script>"
    assert script_candidates(page, "http://x.test/") == []


def test_endpoints_mentioned_by_scripts() -> None:
    page = (
        "<script>fetch(`/api/items?page=${page}`); $.get('/static/app.js'); load('https://cdn.test/data.json')</script>"
    )
    assert endpoint_urls(page, "http://x.test/list") == ["http://x.test/api/items?page=1", "https://cdn.test/data.json"]
    body = json.dumps({"meta": {"total": 5}, "results": PRODUCTS}).encode()
    found = endpoint_candidate(body, "http://x.test/api/items?page=1")
    assert found is not None and found.source.records_path == "results" and found.records == 5
    assert endpoint_candidate(b"<html>not json</html>", "http://x.test/api") is None
