"""A price reads in the page's own currency: "$" on an Argentine page is a peso, "円" is a yen,
cents in a superscript are cents, and an amount inside a sentence leaves the sentence text."""

from __future__ import annotations

from lxml import html

from agents.heuristics import values
from agents.heuristics.pagecurrency import data_currency, region_currency
from agents.heuristics.pricepieces import joined_pieces
from agents.heuristics.textowner import owns_text
from agents.heuristics.valuetypes import kind_from_values
from agents.scout import analyze_page
from pipeline.core.cleantext import join_texts
from pipeline.core.extract import extract_records, make_selector
from pipeline.core.numbertext import parse_currency, parse_number, parse_price


def test_a_shared_sign_reads_as_the_pages_currency() -> None:
    assert parse_price("$25.000", "ARS") == {"amount": 25000.0, "currency": "ARS"}
    assert parse_price("$25.000") == {"amount": 25000.0, "currency": "USD"}
    assert parse_price("US$ 25", "ARS") == {"amount": 25.0, "currency": "USD"}  # written out, it stays
    assert parse_price("12 €", "ARS") == {"amount": 12.0, "currency": "EUR"}  # no sign of the peso
    assert parse_price("¥1,200", "CNY") == {"amount": 1200.0, "currency": "CNY"}
    assert parse_price("1 299 kr", "DKK") == {"amount": 1299.0, "currency": "DKK"}
    assert parse_price("24", "ARS") == {"amount": 24.0, "currency": "ARS"}


def test_yen_and_yuan_signs_after_the_amount() -> None:
    assert parse_price("2,480円") == {"amount": 2480.0, "currency": "JPY"}
    assert parse_price("3,280 円 ~") == {"amount": 3280.0, "currency": "JPY"}
    assert parse_price("99元") == {"amount": 99.0, "currency": "CNY"}
    assert values.is_price("2,480円") and values.is_single_value("2,480 円")
    assert values.is_currency("円") and values.is_currency("kr") and not values.is_currency("New")


def test_yen_and_yuan_signs_before_a_number_end_a_word() -> None:
    assert not values.is_price("公元2024年") and not values.is_price("单元3")  # AD 2024, unit 3
    assert parse_currency("多元化 5") is None and parse_currency("公元2024年") is None
    assert parse_currency("25 元") == "CNY" and parse_currency("1,980円") == "JPY"
    assert parse_price("公元2024年 售价 12元") == {"amount": 12.0, "currency": "CNY"}


def test_split_cents_after_a_whole_with_thousands() -> None:
    assert parse_number("$ 45.999 50") == 45999.5
    assert parse_price("$ 1,299 99") == {"amount": 1299.99, "currency": "USD"}
    assert parse_number("1 299 kr") == 1299.0  # three digits are thousands, not cents
    assert join_texts(["$", "45.999", "50"]) == "$45.999 50"


def test_a_currency_sign_in_its_own_element_touches_its_amount() -> None:
    assert join_texts(["$", "25.000"]) == "$25.000"
    assert join_texts(["Mismo precio en 6 cuotas de ", "$", "4.167"]) == "Mismo precio en 6 cuotas de $4.167"
    assert join_texts(["12", "€"]) == "12 €"
    assert join_texts(["US$", "12"]) == "US$ 12"


def test_superscript_cents_join_their_whole() -> None:
    classed = html.fromstring(
        '<span class="amount"><span class="symbol">$</span><span class="amount__fraction">45.999</span>'
        '<span class="amount__cents">50</span></span>'
    )
    assert joined_pieces(classed) == "$45.999,50"
    assert owns_text(classed)
    sup = html.fromstring("<span class='p'>$1,299<sup>99</sup></span>")
    assert joined_pieces(sup) == "$1,299.99" and owns_text(sup)


def test_a_space_before_set_apart_cents_is_left_out_of_the_amount() -> None:
    assert joined_pieces(html.fromstring("<span>$45.999 <sup>50</sup></span>")) == "$45.999,50"
    assert joined_pieces(html.fromstring("<span>$12 <span class=price-cents>99</span></span>")) == "$12.99"


def test_the_region_or_the_data_names_the_currency() -> None:
    assert region_currency("es-AR") == "ARS" and region_currency("en_CA") == "CAD"
    assert region_currency("da") == "DKK" and region_currency("zh-CN") == "CNY"
    assert region_currency("es") is None and region_currency(None) is None
    page = make_selector('<html><script>{"price": 12, "currency_id": "MXN"}</script></html>', "https://x.test/")
    assert data_currency(page) == "MXN"
    mixed = make_selector(
        '<html><script>{"a": {"currency": "EUR"}, "b": {"currency": "USD"}}</script></html>', "https://x.test/"
    )
    assert data_currency(mixed) is None


def _shop(lang: str, prices: list[str], script: str = "") -> str:
    cards = "".join(
        f'<li class="card"><a class="name" href="/p/{n}">Phone model {n} with case</a>'
        f'<span class="price"><span class="sign">$</span><span class="whole">{price}</span></span>'
        f'<span class="ship">Envío gratis</span></li>'
        for n, price in enumerate(prices)
    )
    return f'<html lang="{lang}"><body><ul class="results">{cards}</ul>{script}</body></html>'


PRICES = ["299.999", "219.999", "449.999", "1.149.999", "649.999"]


def test_dollar_signs_of_an_argentine_shop_are_pesos() -> None:
    page = _shop("es-AR", PRICES)
    spec = analyze_page(page, "https://shop.test/celulares").spec
    price = next(f for f in spec.fields if f.type == "price")
    assert price.currency == "ARS"
    records = list(extract_records(page, "https://shop.test/celulares", spec))
    assert records[0][price.name] == {"amount": 299999.0, "currency": "ARS"}


def test_an_american_shop_keeps_no_local_currency() -> None:
    spec = analyze_page(_shop("en-US", ["29.99", "19.99", "44.50", "11.00", "64.99"]), "https://shop.test/").spec
    assert all(f.currency is None for f in spec.fields)


def test_yen_after_the_amount_stays_in_the_price() -> None:
    cards = "".join(
        f'<div class="item"><a class="title" href="/i/{n}">Wireless earphones model {n}</a>'
        f'<div class="price"><span class="value">{p}<span class="unit">円</span>{tail}</span></div></div>'
        for n, (p, tail) in enumerate(
            [("2,480", ""), ("6,980", ""), ("3,280", '<span class="from">~</span>'), ("1,980", ""), ("980", "")]
        )
    )
    page = f'<html lang="ja"><body><div class="items">{cards}</div></body></html>'
    spec = analyze_page(page, "https://mall.test/search").spec
    assert [f.type for f in spec.fields if f.selector.startswith("span.value")] == ["price"]
    assert not any(f.selector.startswith("span.unit") for f in spec.fields)  # no column of "円"
    records = list(extract_records(page, "https://mall.test/search", spec))
    price = next(f.name for f in spec.fields if f.type == "price")
    assert records[0][price] == {"amount": 2480.0, "currency": "JPY"}


def test_a_fixed_wording_joins_the_field_at_its_position_only() -> None:
    shipping = ["送料無料", "送料別", "送料無料", "送料込", "送料無料", "送料無料"]
    cards = "".join(
        f'<div class="item"><a class="title" href="/i/{n}">Wireless earphones model {n}</a>'
        f'<div class="price"><span class="value">{1980 + 500 * n:,}<span class="unit">円</span></span>'
        f'<span class="{"free-ship" if ship == "送料無料" else "ship"}">{ship}</span></div></div>'
        for n, ship in enumerate(shipping)
    )
    page = f'<html lang="ja"><body><div class="items">{cards}</div></body></html>'
    spec = analyze_page(page, "https://mall.test/search").spec
    records = list(extract_records(page, "https://mall.test/search", spec))
    columns = [[r.get(f.name) for r in records] for f in spec.fields]
    assert shipping in columns  # "送料無料" is the shipping of the cards showing it, not a badge


def test_an_amount_inside_a_sentence_is_text() -> None:
    assert kind_from_values(["Mismo precio en 12 cuotas de $25.000", "Mismo precio en 6 cuotas de $36.667"]) == "text"
    assert kind_from_values(["or 4 interest-free payments of $25 with Afterpay", "or 4 payments of $9"]) == "text"
    captioned = (["from $12", "from $9"], ["ab 12 €", "ab 9 €"], ["$12 / month", "$9 / month"], ["Was $30", "Was $20"])
    for prices in captioned:
        assert kind_from_values(prices) == "price", prices
    assert kind_from_values(["Starting at just $12.99 per month", "Price: $12"]) == "price"
    assert kind_from_values(["current price Now $19.90, Was $24.97", "current price Options from $44.86"]) == "price"


def test_a_note_seen_once_at_a_fields_position_is_no_wording_of_that_field() -> None:
    support = ["with Paper Moths", "with Juno Vale", None, "with Iris Fold", "with Paper Moths, Juno Vale", "with Kite"]
    venues = ["The Leadmill", "King Tut's", "Rough Trade", "The Joiners", "Brudenell", "Night & Day"]
    rows = "".join(
        f'<div class="event"><a class="data" href="/e/{n}"><div class="title">'
        f'<div class="venue">{venue}</div><div class="location">Leeds, United Kingdom</div>'
        + (f'<div class="lineup">{line}</div>' if line else '<div class="note">Rescheduled from 2 Feb</div>')
        + "</div></a></div>"
        for n, (venue, line) in enumerate(zip(venues, support, strict=True))
    )
    page = f"<html><body><div class='events'>{rows}</div></body></html>"
    spec = analyze_page(page, "https://band.test/tour").spec
    records = list(extract_records(page, "https://band.test/tour", spec))
    shown = {str(v) for r in records for k, v in r.items() if "lineup" in k or "support" in k}
    assert shown and not any("Rescheduled" in v for v in shown)  # the note stays out of the support line
