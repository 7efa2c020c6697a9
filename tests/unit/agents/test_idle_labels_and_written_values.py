"""Values a card writes as words: flags classed as labels that label nothing ("Express" over the
picture, "Free delivery" before a button), a delivery range with its unit ("1 - 3 Werktage"), the
quantity a unit price is given for ("100 g"), a place after a preposition ("of Phoenix, AZ") and a
delivery day inside a phrase ("最短 3/16(日) お届け")."""

from __future__ import annotations

from agents.heuristics.idlelabels import labels_something
from agents.heuristics.joins import without_joins
from agents.heuristics.moduleclasses import module_prefix
from pipeline.core.extract import make_selector
from tests.unit.agents.conftest import PRODUCT_NAMES, list_page, spec_and_records

URL = "https://shop.example/category"


def _column(records: list[dict[str, object]], value: object) -> str | None:
    """The field holding ``value`` in the first record that has it."""
    return next((name for r in records for name, v in r.items() if v == value), None)


def _flag_card(n: int) -> str:
    flagged = n % 2 == 0
    buy = '<span class="label label--express">Express</span>' if flagged else ""
    free = '<span class="free-delivery-label"><i class="icon-truck"></i>Free delivery</span>' if flagged else ""
    return (
        f'<div class="product"><div class="product__photo">'
        f'<a href="/p/{n}"><img src="/i/{n}.jpg" alt=""></a>{buy}</div>'
        f'<h3 class="product__name"><a href="/p/{n}">{PRODUCT_NAMES[n % 9]} {n}</a></h3>'
        f'<div class="product__price"><span class="price">{10 + n},99 zł</span>'
        f'<span class="shops">in {n + 2} shops</span>{free}'
        f'<a class="btn btn-primary" href="/p/{n}#offers">Compare prices</a></div></div>'
    )


def test_label_classed_flags_that_label_nothing_are_values() -> None:
    _spec, records = spec_and_records(list_page("".join(_flag_card(n) for n in range(12))), URL)
    assert _column(records, "Express") is not None
    assert _column(records, "Free delivery") is not None
    assert sum(r.get(_column(records, "Express") or "") == "Express" for r in records) == 6


def test_a_label_before_its_value_stays_a_caption() -> None:
    cards = "".join(
        f'<div class="product"><h3><a href="/p/{n}">{PRODUCT_NAMES[n % 9]} {n}</a></h3>'
        + ('<span class="price-label">Sale price</span>' if n % 2 else "")
        + f'<span class="price">${10 + n}.00</span></div>'
        for n in range(12)
    )
    _spec, records = spec_and_records(list_page(cards), URL)
    assert _column(records, "Sale price") is None


def test_labels_something_reads_what_follows_and_what_counts() -> None:
    root = make_selector(
        '<div><p><span class="label" id="a">Views</span> 120</p>'
        '<p><b>120</b><span class="label" id="b">followers</span></p>'
        '<p><img src="x.jpg"><span class="label" id="c">New</span></p>'
        '<p><span class="x-label" id="d">Free</span><button>Add to cart</button></p>'
        '<li><span class="fact__value">D-Netz (Telekom)</span><span class="fact__label" id="e">Netz</span></li>'
        '<div><span>in 3 shops</span><span class="free-label" id="f">Free</span><a class="btn">Compare</a></div></div>',
        URL,
    ).root
    found = {e.get("id"): labels_something(e) for e in root.iter("span") if e.get("id")}
    assert found == {"a": True, "b": True, "c": False, "d": False, "e": True, "f": False}


def test_a_dash_between_counts_of_one_unit_is_a_range() -> None:
    texts = ["Lieferzeit: 1 - 3 Werktage", "Lieferzeit: 5 - 7 Werktage"]
    assert without_joins([" - "], texts) == []
    assert without_joins([" - "], ["4.5 - 128 reviews", "3.9 - 12 reviews"]) == [" - "]
    assert without_joins([" - "], ["7 - 3 days", "9 - 2 days"]) == [" - "]


def _tea_card(n: int) -> str:
    status = "Ausverkauft" if n % 5 == 4 else f"Lieferzeit: {1 + n % 2} - {3 + n % 2} Werktage"
    quantity = "1 l" if n % 4 == 3 else "100 g"
    return (
        f'<div class="productbox"><div class="productbox-title"><a href="/tee-{n}">Tee Nummer {n}</a></div>'
        f'<div class="price">{5 + n},90 €</div>'
        f'<div class="base_price"><span class="price-note-label">Grundpreis: </span>'
        f'<span class="value">{10 + n},80 € / {quantity}</span></div>'
        f'<div class="delivery-status"><span class="status status-{0 if n % 5 == 4 else 2}">'
        f'<span class="fas fa-truck status-icon"></span>{status}</span></div></div>'
    )


def test_delivery_ranges_and_base_quantities_are_kept_as_written() -> None:
    spec, records = spec_and_records(list_page("".join(_tea_card(n) for n in range(12))), URL)
    delivery = _column(records, "Ausverkauft")
    assert delivery is not None and str(records[0][delivery]).endswith("1 - 3 Werktage")
    unit = _column(records, "100 g")
    assert unit is not None and records[3][unit] == "1 l"
    assert next(f for f in spec.fields if f.name == unit).type == "text"


def test_a_preposition_before_a_reviewers_place_is_left_out() -> None:
    places = ["Phoenix, AZ", "El Paso, TX", "Columbus, OH", "Reno, NV", "Tulsa, OK", "Savannah, GA"]
    cards = "".join(
        f'<div class="review"><strong class="review-name">Reviewer{n}</strong>'
        f'<span class="review-place">of {places[n % 6]}</span>'
        f'<p class="review-text">Review text number {n} says the box came late again and the food was cold.</p></div>'
        for n in range(12)
    )
    _spec, records = spec_and_records(list_page(cards), URL)
    column = _column(records, "El Paso, TX")
    assert column is not None and records[0][column] == "Phoenix, AZ"


def test_component_module_classes_with_a_part_keep_the_part() -> None:
    assert module_prefix("SearchResultItemDelivery_SearchResultItemDelivery__date__M6kbb") == (
        "SearchResultItemDelivery_SearchResultItemDelivery__date__"
    )
    assert module_prefix("Card_title__3xKp9") == "Card_title__"


def _delivery_card(n: int) -> str:
    day = 15 + n % 3
    weekday = "土日月"[n % 3]
    dated = n % 4 != 3
    line = f'<span class="Delivery_Delivery__date__M6kbb">最短 3/{day}({weekday}) お届け</span>' if dated else ""
    return (
        f'<li class="Item_Item__x1Yz2"><a class="Item_Item__link__Ab3dE" href="/item/{n}">'
        f'<span class="Item_Item__name__Qw3rT">ランニングシューズ {n}</span></a>'
        f'<p class="Item_Item__price__Zx9cV">{12000 + n * 10}円</p>'
        f'<div class="Delivery_Delivery__rH20P">'
        f'<span class="Delivery_Delivery__badge__Kp2mN">優良配送</span>{line}</div></li>'
    )


def test_a_delivery_day_inside_its_phrase_is_a_date() -> None:
    page = list_page("".join(_delivery_card(n) for n in range(12)), '<main><ul class="List_List__a9Bc1">{}</ul></main>')
    spec, records = spec_and_records(page, "https://shopping.example/search?p=shoes")
    dated = [f for f in spec.fields if f.type == "date"]
    assert len(dated) == 1, [(f.name, f.type) for f in spec.fields]
    assert str(records[0][dated[0].name]).startswith("2025-03-15")
    assert records[3][dated[0].name] is None


def test_a_date_between_fixed_words_is_read_between_them() -> None:
    cards = "".join(
        f'<div class="item"><a class="item-name" href="/item/{n}">シューズ モデル {n}</a>'
        f'<p class="item-price">{12000 + n * 10}円</p>'
        f'<span class="item-delivery">最短 3/{15 + n % 3}({"土日月"[n % 3]}) お届け</span></div>'
        for n in range(12)
    )
    spec, records = spec_and_records(list_page(cards), "https://shopping.example/search?p=shoes")
    field = next(f for f in spec.fields if f.selector == "span.item-delivery")
    assert (field.type, field.strip_label, field.text_before) == ("date", "最短", "お届け")
    assert str(records[1][field.name]).startswith("2025-03-16")
