"""Values wave thirty's shops lost: a delivery time in hours or days, the quantity every unit price
shares, badges taking turns on a few cards, an instalment line in emphasis, a label shown only
where it applies, a struck amount without a currency sign, a seller in a span or a link."""

from __future__ import annotations

from agents.heuristics.names import slugify
from agents.heuristics.valuetypes import kind_from_values
from tests.unit.agents.conftest import PRODUCT_NAMES, list_page, spec_and_records

URL = "https://shop.example/category"
DELIVERY = ["24 godziny", "24 godziny", "48 godzin", "24 godziny", "3 dni", "24 godziny", "48 godzin", "7 dni"]


def _column(records: list[dict[str, object]], value: object) -> str | None:
    """The field holding ``value`` in the first record that has it."""
    return next((name for r in records for name, v in r.items() if v == value), None)


def test_numbers_after_unit_words_of_different_stems_stay_text() -> None:
    assert kind_from_values(["24 godziny"] * 13 + ["48 godzin"] * 5 + ["3 dni", "7 dni"]) == "text"
    assert kind_from_values(["2 hours", "4 hours", "3 days", "5 days", "1 hour"]) == "text"
    # forms of one word, or one odd word, still count one thing
    assert kind_from_values(["1 Kommentar", "3 Kommentare", "12 Kommentare", "4 Kommentare"]) == "number"
    assert kind_from_values(["24 godziny"] * 6 + ["48 godzin"] * 3 + ["3 dni"]) == "number"


def test_a_name_keeps_the_letters_no_decomposition_reaches() -> None:
    assert slugify("Wysyłka w:") == "wysylka_w"
    assert slugify("Größe") == "grosse"


def _coffee_card(n: int) -> str:
    tags = ("promo", "promocja"), ("new", "nowość"), ("bestseller", "bestseller")
    kind, word = tags[n % 3]
    tag = f'<div class="tags"><span class="{kind}">{word}</span></div>' if n % 5 in (0, 2) else ""
    return (
        f'<div class="product"><a class="prodimage" href="/p/{n}" title="x">{tag}'
        f'<span class="img-wrap"><img src="/i/{n}.jpg" alt=""></span></a>'
        f'<div class="inner"><a class="prodname" href="/p/{n}">'
        f'<span class="productname">{PRODUCT_NAMES[n % 9]} {n}</span></a>'
        f'<div class="price"><em>{40 + n},00 zł</em></div>'
        f'<div class="price-unit"><span>{160 + n},00 zł / 1 kg</span></div>'
        f'<div class="delivery"><span class="first">Wysyłka w:</span> '
        f'<span class="second">{DELIVERY[n % 8]}</span></div>'
        "</div></div>"
    )


def test_the_quantity_every_unit_price_shares_is_kept() -> None:
    spec, records = spec_and_records(list_page("".join(_coffee_card(n) for n in range(20))), URL)
    unit = _column(records, "1 kg")
    assert unit is not None and all(r[unit] == "1 kg" for r in records)
    assert next(f for f in spec.fields if f.name == unit).type == "text"


def test_three_badges_taking_turns_on_a_few_cards_are_one_field() -> None:
    _spec, records = spec_and_records(list_page("".join(_coffee_card(n) for n in range(20))), URL)
    column = _column(records, "promocja")
    assert column is not None
    assert [r[column] for r in records[:6]] == ["promocja", None, "bestseller", None, None, "bestseller"]
    assert records[7][column] == "nowość"


def _swim_card(n: int) -> str:
    sold_out = n % 6 == 5
    free = '<div class="label label-dark">Frete grátis</div>' if n % 2 == 0 else ""
    stock = (
        '<div class="label label-stock">Sem estoque</div>'
        if sold_out
        else '<div class="label label-stock" style="display:none;">Sem estoque</div>'
    )
    count = 2 + n % 3
    return (
        f'<div class="item"><div class="labels">{free if not sold_out else ""}{stock}</div>'
        f'<a href="/produtos/{n}/"><div class="item-name">{PRODUCT_NAMES[n % 9]} {n}</div>'
        f'<div class="item-price">R${100 + n},90</div>'
        '<div class="installments"><span class="js-installments">'
        f'<strong class="installment-amount">{count}</strong>x de '
        f'<strong class="installment-price">R${50 + n},30</strong> sem juros</span></div></a></div>'
    )


def test_an_instalment_line_in_classed_emphasis_is_one_text() -> None:
    spec, records = spec_and_records(list_page("".join(_swim_card(n) for n in range(16))), URL)
    column = _column(records, "2x de R$50,30 sem juros")
    assert column is not None and records[1][column] == "3x de R$51,30 sem juros"
    assert next(f for f in spec.fields if f.name == column).type == "text"
    assert _column(records, {"amount": 2.0, "currency": "BRL"}) is None


def test_a_label_hidden_where_it_does_not_apply_is_a_value_where_shown() -> None:
    _spec, records = spec_and_records(list_page("".join(_swim_card(n) for n in range(16))), URL)
    column = _column(records, "Sem estoque")
    assert column is not None
    assert [r[column] for r in records[:6]] == [
        "Frete grátis",
        None,
        "Frete grátis",
        None,
        "Frete grátis",
        "Sem estoque",
    ]


def _kettle_card(n: int) -> str:
    struck = f'<del class="list-price">{70 + n},99</del>' if n % 6 == 0 else ""
    partner = f'data-test="partner-link">Verkoop door <a class="seller__name" href="/v/{n}/">Partner {n}</a>'
    shop = 'data-test="seller-name">Verkoop door <span class="seller__name">winkelbaan</span>'
    seller = f'<div class="product-seller" {partner if n % 3 == 2 else shop}</div>'

    return (
        f'<li class="product-item"><a class="product-title" href="/p/{n}/">{PRODUCT_NAMES[n % 9]} {n}</a>'
        f'<div class="product-prices"><div class="price-block">{struck}<meta itemprop="price" content="{50 + n}.99">'
        f'<span class="promo-price">{50 + n} <sup class="promo-price__fraction">99</sup></span></div></div>'
        f"{seller}</li>"
    )


def test_a_struck_amount_without_a_currency_beside_the_price_is_the_old_price() -> None:
    spec, records = spec_and_records(list_page("".join(_kettle_card(n) for n in range(24)), "<ul>{}</ul>"), URL)
    column = _column(records, {"amount": 70.99, "currency": None})
    assert column is not None and records[6][column] == {"amount": 76.99, "currency": None}
    assert next(f for f in spec.fields if f.name == column).type == "price"


def test_a_seller_in_a_span_or_a_link_of_one_class_is_one_field() -> None:
    _spec, records = spec_and_records(list_page("".join(_kettle_card(n) for n in range(16)), "<ul>{}</ul>"), URL)
    column = _column(records, "winkelbaan")
    assert column is not None
    assert [r[column] for r in records[:4]] == ["winkelbaan", "winkelbaan", "Partner 2", "winkelbaan"]
