"""Marketplace cards: ad captions in more languages, ads known by their click redirect, a fixed
"Sold by" lead before the seller, and a badge naming the seller's standing.

Allegro writes "Sponsorowane", Mercado Libre "Promocionado", Rakuten a bare "PR" over cards with
the results' own markup; an ad's title link may go through the ad server's redirect with the
shop's address in its query. "Vendido por Samsung" is the seller Samsung; "Super Sprzedawca"
on some offers says who sells, which a shopper weighs, unlike a "Best seller" flag.
"""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from agents.heuristics.sponsored import ad_mark_selectors, is_sponsored
from tests.unit.agents.conftest import PRODUCT_NAMES as NAMES
from tests.unit.agents.conftest import list_page, spec_and_records

URL = "https://market.example/c/headphones"
SELLERS = ["Acme", "Northwind", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay", "Wonka", "Stark"]


def _card(i: int, name: str, *, href: str = "", inner: str = "", tail: str = "") -> str:
    link = href or f"/p/{100 + i}"
    return (
        f'<div class="cell"><div class="box">{inner}<a class="name" href="{link}">{name}</a>'
        f'<span class="cost">${20 + i}.50</span><span class="stock">{3 + i} left</span>{tail}</div></div>'
    )


def _titles(records: list[dict[str, object]]) -> list[object]:
    return [r["title"] for r in records]


@pytest.mark.parametrize(
    "caption", ["Sponsorowane", "Promowane", "Promocionado", "Sponsorlu", "PR", "【PR】", "広告", "スポンサー", "광고"]
)
def test_an_ad_caption_in_more_languages_marks_an_ad(caption: str) -> None:
    card = lxml_html.fromstring(f'<div class="card"><span>{caption}</span><a href="/p/1">TV</a></div>')
    assert is_sponsored(card)


@pytest.mark.parametrize("text", ["Pr", "PR Agentur", "Project"])
def test_pr_is_an_ad_mark_only_as_a_whole_caption_in_capitals(text: str) -> None:
    card = lxml_html.fromstring(f'<div class="card"><span>{text}</span><a href="/p/1">TV</a></div>')
    assert not is_sponsored(card)


def test_cards_whose_record_link_goes_through_a_click_redirect_are_ads() -> None:
    redirect = "https://rd.market.example/s2/?R2=https%3A%2F%2Fitem.market.example%2Fpromo-{}%2F&D2=3.9"
    cards = _card(90, "Gold Plated Whisk", href=redirect.format(1))
    cards += "".join(_card(i, n) for i, n in enumerate(NAMES))
    cards += _card(91, "Diamond Spatula", href=redirect.format(2))
    _spec, records = spec_and_records(list_page(cards), URL)
    assert _titles(records) == NAMES


@pytest.mark.parametrize(
    "href",
    [
        "/p/{}?next=/",
        "/p/{}?returnUrl=/cart",
        "/p/{}?ref=/search",
        "https://market.example/p/{}?back=https%3A%2F%2Fmarket.example%2Fc%2Fheadphones",
    ],
)
def test_a_link_sending_back_to_the_site_is_no_click_redirect(href: str) -> None:
    cards = "".join(_card(i, n, href=href.format(i) if i in (2, 5) else "") for i, n in enumerate(NAMES))
    _spec, records = spec_and_records(list_page(cards), URL)
    assert _titles(records) == NAMES


def test_an_ad_s_redirect_selector_comes_from_its_record_link_only() -> None:
    redirect = "https://rd.market.example/s2/?R2=https%3A%2F%2Fitem.market.example%2Fpromo%2F"
    seller = '<a href="/seller/9?from=https%3A%2F%2Fpartner.example%2F">Shop</a>'
    cards = _card(90, "Gold Plated Whisk", href=redirect, tail=seller)
    cards += "".join(_card(i, n) for i, n in enumerate(NAMES))
    root = lxml_html.fromstring(list_page(cards))
    ad = root.xpath('//div[@class="cell"]')[0]
    assert ad_mark_selectors(ad) == ['a[href*="R2="]']


@pytest.mark.parametrize(
    "texts",
    [
        ["Camiseta de algodón", "Camiseta de lino", "Camiseta de seda"],
        ["Caja de 12 unidades", "Caja de 24 unidades", "Caja de 6 unidades"],
        ["Made by hand in Spain", "Made by hand in Italy", "Made by hand in Peru"],
    ],
)
def test_words_before_of_or_made_by_are_no_seller_lead(texts: list[str]) -> None:
    cards = "".join(_card(i, n, tail=f'<span class="detail">{texts[i % 3]}</span>') for i, n in enumerate(NAMES))
    _spec, records = spec_and_records(list_page(cards), URL)
    assert all(texts[i % 3] in r.values() for i, r in enumerate(records)), records


@pytest.mark.parametrize(
    "lead", ["Sold by", "Vendido por", "Verkauft von", "Vendu par", "Venduto da", "Sold and shipped by"]
)
def test_a_fixed_lead_ending_in_a_joiner_is_cut_from_the_seller(lead: str) -> None:
    cards = "".join(
        _card(i, n, tail=f'<span class="seller">{lead} {s}</span>')
        for i, (n, s) in enumerate(zip(NAMES, SELLERS, strict=True))
    )
    _spec, records = spec_and_records(list_page(cards), URL)
    assert [r.get("seller") for r in records] == SELLERS


def test_a_badge_naming_the_seller_s_standing_is_kept() -> None:
    badge = '<span class="q7x_3z">Top Rated Seller</span>'
    cards = "".join(_card(i, n, inner=badge if i % 2 else "") for i, n in enumerate(NAMES))
    spec, records = spec_and_records(list_page(cards), URL)
    kept = [f.name for f in spec.fields if [r.get(f.name) for r in records][1] == "Top Rated Seller"]
    assert kept, [f.name for f in spec.fields]
    assert [records[i][kept[0]] for i in range(len(NAMES))] == [
        "Top Rated Seller" if i % 2 else None for i in range(len(NAMES))
    ]


@pytest.mark.parametrize("flag", ["Best seller", "Best-seller", "Top-Seller"])
def test_a_best_seller_flag_praises_the_product_and_stays_decoration(flag: str) -> None:
    badge = f'<span class="q7x_3z">{flag}</span>'
    cards = "".join(_card(i, n, inner=badge if i % 2 else "") for i, n in enumerate(NAMES))
    _spec, records = spec_and_records(list_page(cards), URL)
    assert not any(flag in r.values() for r in records)


def test_a_delivery_promise_keeps_its_words() -> None:
    days = ["Mon, Dec 8", "Tue, Dec 9", "Wed, Dec 10"]
    cards = "".join(_card(i, n, tail=f'<span class="eta">Get it by {days[i % 3]}</span>') for i, n in enumerate(NAMES))
    _spec, records = spec_and_records(list_page(cards), URL)
    assert [r.get("eta") for r in records] == [f"Get it by {days[i % 3]}" for i in range(len(NAMES))]
