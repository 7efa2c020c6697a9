"""European list cards: numbers with different units, foreign ages and day words, euro pay ranges."""

from __future__ import annotations

from parsel import Selector

from agents.heuristics import values
from agents.heuristics.compound import split_compounds
from agents.heuristics.templateslots import collect_slots
from agents.heuristics.unitparts import are_distinct_measures, measure_name
from agents.heuristics.valuetypes import type_from_values
from tests.unit.agents.conftest import spec_and_records

URL = "https://annonces.example/recherche"
NAMES = ["Studio calme", "Duplex lumineux", "Loft atelier", "Deux pièces", "Trois pièces", "Maison de ville"]


def _page(rows: str) -> str:
    return f'<html><head><title>Annonces</title></head><body><main><ul class="ads">{rows}</ul></main></body></html>'


def _slots(html: str, css: str) -> list[object]:
    return list(split_compounds(collect_slots([r.root for r in Selector(text=html).css(css)])))


def test_two_numbers_of_different_units_are_two_values() -> None:
    params = ["1 pièce · 21 m²", "3 pièces · 68 m²", "2 pièces · 42 m²", "4 pièces · 87 m²", "3 pièces · 61 m²"]
    rows = "".join(
        f'<li class="ad"><a href="/ad/{i}">{name}</a><p class="params">{text}</p></li>'
        for i, (name, text) in enumerate(zip(NAMES, params, strict=False))
    )
    spec, records = spec_and_records(_page(rows), URL)
    by_name = {f.name: f for f in spec.fields}
    assert "rooms" in by_name and "size" in by_name, list(by_name)
    assert [r["rooms"] for r in records] == [1, 3, 2, 4, 3]
    assert [r["size"] for r in records] == [21, 68, 42, 87, 61]


def test_a_range_repeating_its_unit_stays_whole() -> None:
    assert not are_distinct_measures([["3 km", "5 km"], ["8 km", "9 km"]])
    assert are_distinct_measures([["2 bd", "3 bd"], ["1 ba", "2 ba"], ["850 sqft", "1,640 sqft"]])
    assert measure_name(["3 Zimmer", "2 Zimmer"]) == "rooms"
    assert measure_name(["68 m²", "42 m²"]) == "size"


def test_units_in_any_alphabet_make_a_count() -> None:
    assert values.is_number("3 pièces") and values.unit_of("68 m²") == "m²"


def test_foreign_ages_and_day_words_are_relative_dates() -> None:
    for text in ("vor 3 Tagen", "il y a 2 jours", "hace 2 días", "3 dagen geleden", "2 giorni fa", "há 3 dias"):
        assert values.is_relative_date(text) and values.is_date(text), text
    for text in ("Aujourd'hui, 14:32", "Hier, 21:05", "heute", "gestern", "ayer", "gisteren", "oggi", "ieri"):
        assert values.is_relative_date(text), text
    assert not values.is_relative_date("hier klicken")
    assert type_from_values(["vor 3 Tagen", "vor 2 Tagen", "vor 5 Tagen", "heute"]) == "text"


def test_foreign_month_dates_are_dates() -> None:
    assert values.is_date("3 de março de 2024") and values.is_date("1er avril 2025") and values.is_date("12. Okt. 2024")
    assert values.is_yearless_date("3 de marzo") and values.is_yearless_date("12 mars")


def test_a_euro_pay_range_with_its_period_is_a_range() -> None:
    for text in ("58.000 € – 72.000 € / Jahr", "18 € – 20 € / Stunde", "45 000 € - 55 000 € par an"):
        assert values.is_price_range(text), text
    assert not values.is_price_range("1.299,00 €")
