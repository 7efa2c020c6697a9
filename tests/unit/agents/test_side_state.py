"""A framework page's state holds lists beside the page's own: its menu tree, items viewed before.

Those lists are as regular as the page's records and often longer; tried first, a thirty-category
menu stood in for the twelve products a script draws, or for those an endpoint answers.
"""

from __future__ import annotations

import json
from typing import cast

import pytest

from agents.fetch import FetchedPage, Fetcher
from agents.sidestate import names_side_state
from agents.survey import survey_page
from pipeline.core.exceptions import ConfigurationError, FetchFailed

URL = "https://shop.example/lamps"
MENU = [
    {"id": n, "name": f"Department number {n:02d}", "slug": f"department-{n:02d}", "url": f"/c/{n}"} for n in range(30)
]
LAMPS = [
    {"sku": f"LMP-{n:03d}", "title": f"Brass reading lamp model {n:02d}", "price": 40 + n, "url": f"/p/lamp-{n}"}
    for n in range(12)
]


@pytest.mark.parametrize(
    "path",
    [
        "props.pageProps.navigation",
        "header.megaMenu.items",
        "state.mainNavigation",
        "recentlyViewedProducts",
        "footer_links",
        "layout.menu[0].children",
    ],
)
def test_paths_naming_chrome_or_a_side_list_are_side_state(path: str) -> None:
    assert names_side_state(path)


@pytest.mark.parametrize(
    "path",
    [
        "props.pageProps.products",
        "searchResults.listings",
        "data.items",
        "@",
        "hits",
        # a page's own records under an account or a locale, or named like chrome only in part
        "props.pageProps.user.posts",
        "state.session.orders",
        "data.settings.items",
        "props.pageProps.messages",
        "props.pageProps.locale.stores",
        "headerItems",
    ],
)
def test_paths_of_the_pages_own_records_are_not(path: str) -> None:
    assert not names_side_state(path)


class _Site:
    """The site's answers: ``json`` for its endpoint; nothing rendered (no browser here)."""

    def __init__(self, answers: dict[str, object]) -> None:
        self.answers = answers

    def fetch(self, url: str) -> FetchedPage:
        if url not in self.answers:
            raise FetchFailed(f"{url} answered 404")
        body = json.dumps(self.answers[url]).encode()
        return FetchedPage(url=url, final_url=url, status=200, headers={"content-type": "application/json"}, body=body)

    def render(self, url: str) -> FetchedPage:
        raise FetchFailed("no browser in this test")


def _shell(state: dict[str, object], script: str = "") -> str:
    return (
        "<html><body><header><a href='/'>Lamp Shop</a></header><main><h1>Lamps</h1><div id='grid'></div></main>"
        f'<script id="__APP_STATE__" type="application/json">{json.dumps(state)}</script>'
        f"<script>{script}</script></body></html>"
    )


def _surveyed(html: str, answers: dict[str, object] | None = None) -> list[dict[str, object]]:
    page = FetchedPage(url=URL, final_url=URL, status=200, headers={}, body=html.encode())
    profile = survey_page(page, cast(Fetcher, _Site(answers or {})))
    return list(profile.sample_records)


def test_the_records_a_script_draws_win_over_a_longer_menu_tree_beside_them() -> None:
    records = _surveyed(_shell({"navigation": MENU, "catalog": {"products": LAMPS}}))
    assert any("Brass reading lamp" in str(v) for v in records[0].values())


def test_an_endpoint_the_page_calls_wins_over_the_menu_tree_in_its_state() -> None:
    call = "fetch('/api/lamps.json').then(r => r.json()).then(draw);"
    records = _surveyed(_shell({"navigation": MENU}, call), {"https://shop.example/api/lamps.json": LAMPS})
    assert any("Brass reading lamp" in str(v) for v in records[0].values())


def test_a_menu_tree_is_still_read_when_the_page_holds_nothing_else() -> None:
    records = _surveyed(_shell({"navigation": MENU}))
    assert any("Department number" in str(v) for v in records[0].values())


def _cards(heading: str, names: list[str]) -> str:
    cards = "".join(
        f'<li class="card"><h3><a href="/p/{n.lower().replace(" ", "-")}">{n}</a></h3>'
        f'<p class="price">${20 + i}.00</p><p class="note">Ships within {i + 2} days</p></li>'
        for i, n in enumerate(names)
    )
    return f'<section class="rail"><h2>{heading}</h2><ul class="cards">{cards}</ul></section>'


RAIL = [f"Walnut side table {n:02d}" for n in range(8)]
PRODUCT = {
    "@context": "https://schema.org",
    "@type": "Product",
    "name": "Brass task lamp",
    "sku": "BTL-204",
    "description": "A brass task lamp with a weighted base and an adjustable arm.",
    "offers": {"@type": "Offer", "price": "189.00", "priceCurrency": "EUR"},
}


def test_a_product_declared_in_json_ld_wins_over_the_rail_and_menu_tree_around_its_skeleton() -> None:
    # A script-drawn product page: its markup an empty mount, a "You may also like" rail, the app's menu tree.
    html = (
        f'<html><head><script type="application/ld+json">{json.dumps(PRODUCT)}</script></head><body>'
        "<main><div id='product-root'></div></main>"
        + _cards("You may also like", RAIL)
        + f'<script id="__APP_STATE__" type="application/json">{json.dumps({"navigation": MENU})}</script>'
        "</body></html>"
    )
    [record] = _surveyed(html)
    assert record["title"] == "Brass task lamp"


def test_a_list_labelled_like_a_rail_wins_over_the_menu_tree_in_the_state() -> None:
    # A feed titled "Recommended stories" is the page's own list: the app's menu tree never replaces it.
    html = (
        "<html><body><main>"
        + _cards("Recommended stories", [f"A story about data number {n:02d}" for n in range(9)])
        + "</main>"
        f'<script id="__APP_STATE__" type="application/json">{json.dumps({"navigation": MENU})}</script>'
        "</body></html>"
    )
    records = _surveyed(html)
    assert records
    assert all(str(r["title"]).startswith("A story about data") for r in records)


def test_a_short_table_wins_over_the_menu_tree_its_mega_menu_shows() -> None:
    # The page shows the tree's names in its (hidden) mega-menu panel, and lists four people of its own.
    panel = "".join(f'<li><a href="{m["url"]}">{m["name"]}</a></li>' for m in MENU)
    people = "".join(
        f"<tr><td>Surname{n}</td><td>Given{n}</td><td>person{n}@mail.example</td><td>${50 + n}.00</td></tr>"
        for n in range(4)
    )
    html = (
        f'<html><body><header><nav><ul class="mega" hidden>{panel}</ul></nav></header><main><h1>People</h1>'
        "<table><tr><th>Last name</th><th>First name</th><th>Email</th><th>Due</th></tr>"
        f"{people}</table></main>"
        f'<script id="__APP_STATE__" type="application/json">{json.dumps({"navigation": MENU})}</script>'
        "</body></html>"
    )
    records = _surveyed(html)
    assert len(records) == 4
    assert "Surname0" in records[0].values()


def test_records_in_the_pages_state_win_over_a_site_wide_json_ld_beside_a_rail() -> None:
    # A dealer's inventory drawn from __NEXT_DATA__, a "Recently viewed" rail, the dealer as a LocalBusiness.
    dealer = {
        "@context": "https://schema.org",
        "@type": "LocalBusiness",
        "name": "Harbour Motors",
        "telephone": "+1 555 0100",
        "address": {"@type": "PostalAddress", "streetAddress": "1 Quay St", "addressLocality": "Portland"},
        "url": "https://shop.example/",
        "openingHours": "Mo-Sa 09:00-18:00",
    }
    seen = "".join(
        f'<li class="card"><a href="/inventory/seen-{n}"><h3>2015 Honda Civic {n}</h3></a>'
        f'<span class="price">${9000 + 100 * n:,}</span></li>'
        for n in range(8)
    )
    cars = [
        {
            "id": n,
            "title": f"Subaru Outback {n}",
            "price": 15000 + 700 * n,
            "mileage": 40000 + 1234 * n,
            "url": f"/car-{n}",
        }
        for n in range(12)
    ]
    html = (
        f'<html><head><script type="application/ld+json">{json.dumps(dealer)}</script></head><body>'
        f"<main><div id='inventory-root'></div>"
        f'<section class="recently-viewed"><h2>Recently viewed</h2><ul>{seen}</ul></section></main>'
        f'<script id="__NEXT_DATA__" type="application/json">{json.dumps({"props": {"vehicles": cars}})}</script>'
        "</body></html>"
    )
    records = _surveyed(html)
    assert len(records) == 10  # the sample of the 12
    assert str(records[0]["title"]) == "Subaru Outback 0"


class _NoBrowser(_Site):
    """A machine where Chromium is not set up: rendering is a configuration error."""

    def render(self, url: str) -> FetchedPage:
        raise ConfigurationError("Chromium could not be started: set SDP_CRAWL_BROWSER_PATH")


def test_a_menu_tree_is_still_read_where_no_browser_is_set_up() -> None:
    page = FetchedPage(url=URL, final_url=URL, status=200, headers={}, body=_shell({"navigation": MENU}).encode())
    profile = survey_page(page, cast(Fetcher, _NoBrowser({})))
    assert any("Department number" in str(v) for v in profile.sample_records[0].values())
