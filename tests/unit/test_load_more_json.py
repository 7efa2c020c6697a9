"""A "load more" button whose target answers JSON (Shopify's ``products.json?page=2``).

The markup shows the first records; the button names the JSON the theme's script fetches for the
rest. The Scout reads the endpoint from its first page instead (it holds the markup's records), under
the markup's field names: each field is the JSON path agreeing with it, a link the JSON only implies
is a ``url_template``, and a bare amount takes the currency the markup's prices show.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import pytest
from pydantic import ValidationError

from agents.codegen import render_spider
from agents.fetch import FetchedPage
from agents.jsonmatch import markup_candidate
from agents.jsonscout import propose_fields
from agents.pageprobe import json_pages
from agents.survey import followed_json
from pipeline.core.codecheck import check_spider_code, spec_literal
from pipeline.core.exceptions import FetchFailed
from pipeline.core.extract import Record, extract_records, next_page_url, record_key
from pipeline.core.jsondata import field_value
from pipeline.core.pagingspec import PaginationSpec
from pipeline.core.schemas import FieldSpec, PageProfile, ScraperSpec
from pipeline.core.specparts import JsonSourceSpec

SHOP = "http://shop.test"
PAGE = f"{SHOP}/collections/lamps"
LOAD_MORE = "/collections/lamps/products.json?limit=4&page=2"
VENDORS = ("Ferro", "Oakum", "Pellucid")


def _product(n: int) -> dict[str, Any]:
    old = "199.00" if n % 3 == 1 else None
    return {
        "id": 8000 + n,
        "title": f"Lamp number {n}",
        "handle": f"lamp-number-{n}",
        "vendor": VENDORS[n % 3],
        "variants": [
            {
                "id": 9000 + n,
                "title": "Default Title",
                "price": f"{100 + n}.00",
                "compare_at_price": old,
            }
        ],
        "images": [{"id": 7000 + n, "src": f"https://cdn.test/files/{n}.jpg"}],
    }


PRODUCTS = [_product(n) for n in range(1, 11)]  # 4 on the page, 4 + 2 more behind the button


def _card(product: dict[str, Any]) -> str:
    variant = product["variants"][0]
    old = f'<s class="old">${variant["compare_at_price"]}</s>' if variant["compare_at_price"] else ""
    return (
        f'<li class="card"><h3><a href="/products/{product["handle"]}">{product["title"]}</a></h3>'
        f'<div class="vendor">{product["vendor"]}</div><span class="price">${variant["price"]}</span>{old}</li>'
    )


def _html(products: list[dict[str, Any]]) -> bytes:
    cards = "".join(_card(p) for p in products)
    button = f'<button class="load-more" data-next-url="{LOAD_MORE.replace("&", "&amp;")}">Load more</button>'
    return f"<html><body><ul class=grid>{cards}</ul>{button}</body></html>".encode()


def _answer(products: list[dict[str, Any]]) -> bytes:
    return json.dumps({"products": products}).encode()


def _pages(first_page: list[dict[str, Any]] | None = None) -> dict[str, bytes]:
    endpoint = f"{SHOP}/collections/lamps/products.json?limit=4&page="
    return {
        PAGE: _html(PRODUCTS[:4]),
        f"{endpoint}1": _answer(PRODUCTS[:4] if first_page is None else first_page),
        f"{endpoint}2": _answer(PRODUCTS[4:8]),
        f"{endpoint}3": _answer(PRODUCTS[8:]),
        f"{endpoint}4": _answer([]),
    }


@dataclass
class _Site:
    pages: dict[str, bytes]
    asked: list[str] = field(default_factory=list)

    def fetch(self, url: str, *, render: bool = False) -> FetchedPage:
        self.asked.append(url)
        if url not in self.pages:
            raise FetchFailed(f"404 {url}")
        kind = "application/json" if self.pages[url][:1] == b"{" else "text/html"
        return FetchedPage(url, url, 200, {"content-type": kind}, self.pages[url])


MARKUP = ScraperSpec(
    start_url=PAGE,
    record_selector="li.card",
    fields=(
        FieldSpec(name="title", type="title", selector="h3 a"),
        FieldSpec(name="url", type="url", selector="h3 a", attribute="href"),
        FieldSpec(name="vendor", selector="div.vendor"),
        FieldSpec(name="price", type="price", selector="span.price"),
        FieldSpec(name="old_price", type="price", selector="s.old"),
    ),
    key_fields=("url",),
    pagination=PaginationSpec(kind="next_link", next_selector="button.load-more", next_attribute="data-next-url"),
)


def _markup_profile(site: _Site, spec: ScraperSpec = MARKUP) -> tuple[FetchedPage, PageProfile]:
    page = site.fetch(PAGE)
    records = extract_records(page.body, PAGE, spec)
    profile = PageProfile(url=PAGE, final_url=PAGE, spec=spec, sample_records=tuple(records), record_count=len(records))
    return page, profile


def _crawl(spec: ScraperSpec, site: _Site) -> list[Record]:
    """What the spider does: pages from the spec's first URL until an empty (or repeated) page."""
    url: str | None = spec.first_url
    records: list[Record] = []
    number = 1
    while url is not None and number <= spec.pagination.max_pages:
        body = site.fetch(url).body
        found = extract_records(body, url, spec)
        if not found:
            break
        records += found
        url = next_page_url(body, url, spec, page_number=number)
        number += 1
    return records


def test_the_endpoint_is_read_from_its_first_page_under_the_markups_fields() -> None:
    site = _Site(_pages())
    page, markup = _markup_profile(site)
    profile = followed_json(page, markup, site)  # type: ignore[arg-type]
    assert profile is not None
    spec = profile.spec
    assert spec.json_source == JsonSourceSpec(
        location="endpoint", endpoint=f"{SHOP}/collections/lamps/products.json?limit=4&page=1", records_path="products"
    )
    assert spec.pagination.kind == "page_param" and spec.pagination.param == "page" and spec.pagination.start == 1
    assert spec.start_url == PAGE and spec.field_names() == ["title", "url", "vendor", "price", "old_price"]
    paths = {f.name: (f.json_path, f.url_template, f.currency) for f in spec.fields}
    assert paths == {
        "title": ("title", None, None),
        "url": ("handle", "/products/{}", None),
        "vendor": ("vendor", None, None),
        "price": ("variants[0].price", None, "USD"),
        "old_price": ("variants[0].compare_at_price", None, "USD"),
    }
    # The page's own records, read from the JSON, are what the markup showed.
    assert list(profile.sample_records) == list(markup.sample_records)
    # And the crawl reaches every record once: the page's (from page 1), then the button's.
    crawled = _crawl(spec, site)
    assert [r["title"] for r in crawled] == [p["title"] for p in PRODUCTS]
    assert len({record_key(r, spec) for r in crawled}) == len(PRODUCTS)
    assert crawled[9]["url"] == f"{SHOP}/products/lamp-number-10"
    assert crawled[6]["old_price"] == {"amount": 199.0, "currency": "USD"} and crawled[5]["old_price"] is None


def test_an_endpoint_whose_first_page_lacks_the_pages_records_is_not_taken() -> None:
    # Page 1 of the endpoint is not what the page shows: reading it would lose the page's records.
    site = _Site(_pages(first_page=PRODUCTS[4:8]))
    page, markup = _markup_profile(site)
    assert followed_json(page, markup, site) is None  # type: ignore[arg-type]


def test_a_target_answering_html_is_left_to_the_markup_after_one_request() -> None:
    pages = _pages()
    pages[f"{SHOP}/collections/lamps/products.json?limit=4&page=2"] = _html(PRODUCTS[4:8])
    site = _Site(pages)
    page, markup = _markup_profile(site)
    assert json_pages(page, markup.spec, site) is None  # type: ignore[arg-type]
    assert site.asked == [PAGE, f"{SHOP}{LOAD_MORE}"]  # the page, then the target once: no first page asked


def test_an_offset_target_restarts_at_offset_zero() -> None:
    html = _html(PRODUCTS[:4]).replace(b"limit=4&amp;page=2", b"limit=4&amp;offset=4")
    endpoint = f"{SHOP}/collections/lamps/products.json?limit=4&offset="
    site = _Site({PAGE: html, f"{endpoint}4": _answer(PRODUCTS[4:8]), f"{endpoint}0": _answer(PRODUCTS[:4])})
    found = json_pages(site.fetch(PAGE), MARKUP, site)  # type: ignore[arg-type]
    assert found is not None and found.first.url == f"{endpoint}0"
    assert (found.pagination.kind, found.pagination.param, found.pagination.start) == ("offset", "offset", 0)
    assert found.pagination.step == 4


def test_a_link_template_is_learned_only_when_every_markup_link_fits() -> None:
    _, markup = _markup_profile(_Site(_pages()))
    shown = [dict(r) for r in markup.sample_records]
    shown[2]["url"] = f"{SHOP}/special/lamp-number-3"  # one link that is not /products/ + handle
    found = markup_candidate(_answer(PRODUCTS[:4]), f"{SHOP}/x.json?page=1", MARKUP.fields, shown)
    assert found is not None
    assert "url" not in [f.name for f in found.fields]
    assert all(f.url_template is None for f in found.fields)


def test_markup_fields_found_nowhere_in_the_json_are_left_out_and_too_few_found_means_no_candidate() -> None:
    shown: list[Record] = [
        {"title": f"Other lamp {n}", "url": f"{SHOP}/p/{n}", "vendor": "Nobody", "price": None, "old_price": None}
        for n in range(4)
    ]
    assert markup_candidate(_answer(PRODUCTS[:4]), f"{SHOP}/x.json", MARKUP.fields, shown) is None


def test_leaves_of_a_lists_first_object_are_proposed_when_the_markup_shows_them() -> None:
    records = PRODUCTS[:4]
    shown = " ".join(f"{p['title']} ${p['variants'][0]['price']}" for p in records)
    paths = [f.json_path for f in propose_fields(records, shown)]
    assert "variants[0].price" in paths
    assert "variants[0].id" not in paths and "images[0].src" not in paths  # not on the page
    assert not any("[0]" in (p or "") for p in (f.json_path for f in propose_fields(records)))
    price = next(f for f in propose_fields(records, shown) if f.json_path == "variants[0].price")
    assert (price.name, price.type) == ("variants_price", "price")


@pytest.mark.parametrize(
    "template", ["//{}", "{}", "http://{}/", "/a/{}/{}", "https://shop.test{}", "/\\{}", "/p/{}?q={x}", "/p/"]
)
def test_a_template_must_fix_the_host_and_hold_one_hole(template: str) -> None:
    with pytest.raises(ValidationError):
        FieldSpec(name="url", type="url", json_path="handle", url_template=template)


@pytest.mark.parametrize(
    ("value", "link"),
    [
        ("lamp-1", f"{SHOP}/products/lamp-1"),
        (" lamp 1 ", f"{SHOP}/products/lamp%201"),
        ("//evil.test/x", f"{SHOP}/products/%2F%2Fevil.test%2Fx"),
        ("https://evil.test", f"{SHOP}/products/https%3A%2F%2Fevil.test"),
        ("../../admin?x=1#y", f"{SHOP}/products/..%2F..%2Fadmin%3Fx%3D1%23y"),
        (42, f"{SHOP}/products/42"),
        (True, None),
        ({"a": 1}, None),
        (4.5, None),
        ("", None),
    ],
)
def test_a_templated_value_is_one_escaped_segment_on_the_templates_host(value: object, link: str | None) -> None:
    spec_field = FieldSpec(name="url", type="url", json_path="handle", url_template="/products/{}")
    assert field_value({"handle": value}, spec_field, f"{SHOP}/collections/lamps/products.json?page=1") == link


@pytest.mark.parametrize(
    ("template", "value", "link"),
    [
        ("/en-US/careers{}", "/job/Oslo/Engineer_R-7", f"{SHOP}/en-US/careers/job/Oslo/Engineer_R-7"),
        ("/en-US/careers/{}", "/job/Oslo/Engineer_R-7", f"{SHOP}/en-US/careers/job/Oslo/Engineer_R-7"),
        ("/{}", "/job/a b?ref=list", f"{SHOP}/job/a%20b%3Fref=list"),
        ("/{}", "//evil.test/x", f"{SHOP}/%2F%2Fevil.test%2Fx"),
        ("/{}", "/\\evil.test/x", f"{SHOP}/%2F%5Cevil.test%2Fx"),
        ("/{}", "/job/100%/caf%C3%A9", f"{SHOP}/job/100%25/caf%C3%A9"),
    ],
)
def test_a_value_that_is_a_path_of_the_site_keeps_its_slashes(template: str, value: str, link: str) -> None:
    spec_field = FieldSpec(name="url", type="url", json_path="path", url_template=template)
    assert field_value({"path": value}, spec_field, f"{SHOP}/api/jobs?offset=0") == link


@pytest.mark.parametrize(
    ("template", "value", "link"),
    [
        ("https://h.test/item?id={}", "/x&admin=1#frag", "https://h.test/item?id=%2Fx%26admin%3D1%23frag"),
        ("https://h.test/p/{}/detail", "/x?y#", "https://h.test/p/%2Fx%3Fy%23/detail"),
        ("/p/{}#reviews", "/x/y", f"{SHOP}/p/%2Fx%2Fy#reviews"),
        ("/en/careers{}", "/x#frag", f"{SHOP}/en/careers/x%23frag"),
        ("/en/careers{}", "/../../logout", f"{SHOP}/en/careers%2F..%2F..%2Flogout"),
        ("/en/careers{}", "/job/./x", f"{SHOP}/en/careers%2Fjob%2F.%2Fx"),
        ("/en/careers{}", "/%2e%2e/%2E./logout", f"{SHOP}/en/careers%2F%252e%252e%2F%252E.%2Flogout"),
        ("/en/careers{}", "/a/..%2flogout", f"{SHOP}/en/careers%2Fa%2F..%252flogout"),
        ("/en/careers{}", "/..;/admin", f"{SHOP}/en/careers%2F..%3B%2Fadmin"),
        ("/en/careers{}", "/a/..\\x", f"{SHOP}/en/careers%2Fa%2F..%5Cx"),
    ],
)
def test_a_path_value_can_neither_change_the_links_query_nor_climb_out_of_its_prefix(
    template: str, value: str, link: str
) -> None:
    """Slashes are kept only where ``{}`` ends a template without a query or fragment; there the
    value's own "?" and "#" are escaped, and a value with a dot segment is one escaped segment."""
    spec_field = FieldSpec(name="url", type="url", json_path="path", url_template=template)
    assert field_value({"path": value}, spec_field, f"{SHOP}/api/jobs?offset=0") == link


def test_a_list_of_values_gives_a_list_of_links() -> None:
    spec_field = FieldSpec(name="links", type="url", json_path="handles", many=True, url_template="/products/{}")
    assert field_value({"handles": ["a", "b/c", 3]}, spec_field, SHOP) == [
        f"{SHOP}/products/a",
        f"{SHOP}/products/b%2Fc",
        f"{SHOP}/products/3",
    ]


def test_a_bare_amount_takes_the_fields_currency_and_a_named_one_keeps_its_own() -> None:
    price = FieldSpec(name="price", type="price", json_path="price", currency="USD")
    assert field_value({"price": "49.00"}, price, SHOP) == {"amount": 49.0, "currency": "USD"}
    assert field_value({"price": 49}, price, SHOP) == {"amount": 49.0, "currency": "USD"}
    assert field_value({"price": "€49.00"}, price, SHOP) == {"amount": 49.0, "currency": "EUR"}
    assert field_value({"price": None}, price, SHOP) is None
    with pytest.raises(ValidationError):
        FieldSpec(name="price", type="price", currency="usd")


def test_specs_stored_before_the_options_stay_valid_and_unchanged() -> None:
    stored = {"name": "url", "type": "url", "json_path": "url"}
    loaded = FieldSpec.model_validate(stored)
    assert loaded.url_template is None and loaded.currency is None
    assert FieldSpec.model_validate(loaded.model_dump()) == loaded


def test_a_spider_carries_the_options_and_its_spec_reads_the_json_alike() -> None:
    site = _Site(_pages())
    page, markup = _markup_profile(site)
    profile = followed_json(page, markup, site)  # type: ignore[arg-type]
    assert profile is not None
    code = render_spider("lamps", profile.spec)
    check_spider_code(code)
    embedded = ScraperSpec.model_validate(spec_literal(code))
    assert embedded == profile.spec
    url = f"{SHOP}/collections/lamps/products.json?limit=4&page=3"
    assert extract_records(site.pages[url], url, embedded) == extract_records(site.pages[url], url, profile.spec)
