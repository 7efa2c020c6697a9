"""Whole-euro amounts written "549,-" are prices (in the euro where the page's region pays in
it), a "former" price is the price before a sale, and a field's selector steps over a class that
names the record's state ("color--available" on a card in stock, "color--unavailable" when sold out)."""

from __future__ import annotations

from lxml import html

from agents.heuristics import values
from agents.heuristics.fieldcandidates import candidates
from agents.heuristics.oldprices import marks_old_price
from agents.heuristics.pagecurrency import unsigned_currency
from agents.heuristics.statewords import is_state_class
from agents.heuristics.valuetypes import kind_from_values
from agents.scout import analyze_page
from pipeline.core.extract import extract_records, make_selector
from pipeline.core.numbertext import parse_price


def test_a_dash_for_the_cents_makes_a_whole_amount_a_price() -> None:
    for text in ("549,-", "1.149,-", "1.149,–", "25,--", "Tweede kans vanaf 479,-"):
        assert values.is_price(text), text
    for text in ("5,-10", "12.34,-", "1,5", "2024"):
        assert not values.is_price(text), text
    assert kind_from_values(["549,-", "1.149,-", "899,-", "1.299,–"]) == "price"


def test_a_whole_amount_with_dotted_thousands_reads_whole() -> None:
    assert parse_price("1.149,-") == {"amount": 1149.0, "currency": None}
    assert parse_price("€ 1.149,--") == {"amount": 1149.0, "currency": "EUR"}
    assert parse_price("549,–", "EUR") == {"amount": 549.0, "currency": "EUR"}


def test_a_former_price_is_the_price_before_a_sale() -> None:
    assert marks_old_price(html.fromstring('<span class="sales-price__former-price">649,-</span>'))
    assert marks_old_price(html.fromstring('<span class="previous-price">£20</span>'))
    assert not marks_old_price(html.fromstring('<span class="sales-price__current">549,-</span>'))


def test_class_names_ending_in_a_state_word() -> None:
    for token in ("color--available", "stock-unavailable", "out-of-stock", "is_active", "badge--sold-out", "instock"):
        assert is_state_class(token), token
    for token in ("available-sizes", "availability", "stock", "interactive", "product-card"):
        assert not is_state_class(token), token


def test_a_value_under_a_stable_wrapper_is_not_found_by_its_state_class() -> None:
    card = html.fromstring(
        '<div class="card"><a href="/p/1">Lamp</a><div class="card__delivery"><span class="icon-line">'
        '<svg class="icon"></svg><span class="tone--available">Morgen bezorgd</span></span></div></div>'
    )
    value = card.xpath(".//span[@class='tone--available']")[0]
    found = candidates(card, value)
    assert not any("available" in css for css in found[:-1])
    assert found[-1] == "span.tone--available"  # a last resort only


def _dutch_shop(lang: str, sold_out_at: int, script: str = "") -> str:
    prices = ["549,-", "1.149,-", "899,-", "1.299,-", "649,-", "749,-", "999,-", "1.049,-"]
    cards = "".join(
        f'<div class="tile" data-id="{n}"><a class="tile__name" href="/product/{n}/laptop-{n}.html">'
        f"Laptop model {n} with a fast chip</a>"
        f'<div class="tile__price"><strong class="price-now">{prices[n % len(prices)]}</strong></div>'
        f'<div class="tile__delivery"><span class="icon-line"><svg class="icon"></svg>'
        + (
            '<span class="tone--unavailable">Tijdelijk uitverkocht</span>'
            if n == sold_out_at
            else f'<span class="tone--available">{"Morgen" if n % 2 else "Vrijdag"} gratis bezorgd</span>'
        )
        + "</span></div></div>"
        for n in range(16)
    )
    return f'<html lang="{lang}"><body><div class="grid">{cards}</div>{script}</body></html>'


def test_a_dutch_shops_bare_amounts_are_euros_and_sold_out_cards_keep_their_delivery_line() -> None:
    page = _dutch_shop("nl-NL", sold_out_at=15)
    url = "https://winkel.test/laptops"
    spec = analyze_page(page, url).spec
    price = next(f for f in spec.fields if f.type == "price")
    assert price.currency == "EUR"
    records = list(extract_records(page, url, spec))
    assert records[1][price.name] == {"amount": 1149.0, "currency": "EUR"}
    delivery = next(f for f in spec.fields if "bezorgd" in str(records[0].get(f.name)))
    assert records[15][delivery.name] == "Tijdelijk uitverkocht"


def test_bare_amounts_take_a_currency_only_where_the_page_says_it() -> None:
    assert unsigned_currency(make_selector(_dutch_shop("nl-NL", 15), "https://x.test/")) == "EUR"
    assert unsigned_currency(make_selector(_dutch_shop("en-US", 15), "https://x.test/")) is None
    assert unsigned_currency(make_selector(_dutch_shop("nl", 15), "https://x.test/")) is None
    priced = _dutch_shop("en", 15, '<script>{"offers": {"priceCurrency": "DKK"}}</script>')
    assert unsigned_currency(make_selector(priced, "https://x.test/")) == "DKK"
