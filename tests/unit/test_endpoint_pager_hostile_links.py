"""A page drawing its list from a JSON endpoint, whose server-drawn pager links to an odd address
("?page=²", a broken host) or whose own address says "?page=①": the Scout still proposes the list,
with no pager, rather than failing ``sdp add`` with a ValueError."""

from __future__ import annotations

import json

import pytest

from agents.survey import probed_pages, survey_page
from tests.unit.test_endpoint_pager_pages import API, SHOP, ServedJson

PRODUCTS = [{"id": 7000 + k, "name": f"Walnut side table {k}", "price": f"{40 + k}.50"} for k in range(12)]


@pytest.mark.parametrize(("href", "query"), [("?page=²", ""), ("?page=2", "?page=①"), ("http://[oops/?page=2", "")])
def test_odd_pager_address_leaves_the_list_unpaged(href: str, query: str) -> None:
    page = f"{SHOP}/catalog/{query}"
    html = (
        "<html><head><title>Catalog</title></head><body><main><h1>Tables</h1><div id='grid'></div>"
        f"<nav class='pagination'><a href='{href}' aria-label='Next page'><svg viewBox='0 0 8 8'>"
        "<path d='M0 0l4 4-4 4'/></svg></a></nav></main>"
        "<script>fetch('/api/products').then(r => r.json()).then(draw)</script></body></html>"
    )
    site = ServedJson({page: html.encode(), API: json.dumps({"products": PRODUCTS}).encode()})
    first = site.fetch(page)
    profile = probed_pages(first, survey_page(first, site), site)
    assert profile.spec.mode == "list"
    assert profile.spec.pagination.kind == "none"
    assert profile.sample_records[0]["name"] == "Walnut side table 0"
