"""Numbers of a page that groups thousands with dots ("84.000 km" on a German or Spanish car list):
the Scout marks the field (``FieldSpec.thousands_dot``) from the page's language and its numbers,
and the engine then reads 84000, not 84; a page or a field that writes decimals keeps them."""

from __future__ import annotations

from pipeline.core.localnumbers import without_thousands_dots
from pipeline.core.normalize import normalize_value
from tests.unit.agents.conftest import list_page, spec_and_records

URL = "https://cars.example/search/"
NAMES = ["Golf", "Polo", "Passat", "Tiguan", "Touran", "Arteon"]
KM = ["84.000", "23.500", "132.000", "9.800", "61.200", "147.000"]
WHOLE = [84000, 23500, 132000, 9800, 61200, 147000]


def _page(lang: str, mileages: list[str], extra: str = "") -> str:
    cards = "".join(
        f'<li class="car"><h3><a href="/c/{i}">{n}</a></h3><span class="mileage">{km} km</span></li>'
        for i, (n, km) in enumerate(zip(NAMES, mileages, strict=True))
    )
    return list_page(f'<ul class="cars">{cards}</ul>{extra}').replace('lang="en"', f'lang="{lang}"')


def _mileages(html: str) -> tuple[bool, list[object]]:
    spec, records = spec_and_records(html, URL)
    field = next(f for f in spec.fields if f.selector.endswith("mileage"))
    return field.thousands_dot, [r.get(field.name) for r in records]


def test_the_engine_reads_grouped_dots_only_where_the_field_says_so() -> None:
    assert normalize_value("number", "84.000 km", base_url=URL) == 84
    assert normalize_value("number", "84.000 km", base_url=URL, thousands_dot=True) == 84000
    assert normalize_value("number", ["1.234.567", "987"], base_url=URL, thousands_dot=True) == [1234567, 987]
    assert normalize_value("number", "1.5 km", base_url=URL, thousands_dot=True) == 1.5


def test_only_a_number_whose_dots_each_set_off_three_digits_is_regrouped() -> None:
    assert without_thousands_dots("84.000 km") == "84000 km"
    assert without_thousands_dots("(1.284)") == "(1284)"
    assert without_thousands_dots("1.2345") == "1.2345"
    assert without_thousands_dots("v1.234.5") == "v1.234.5"
    assert without_thousands_dots("1.234,50 €") == "1.234,50 €"


def test_a_german_car_list_reads_its_mileages_whole() -> None:
    assert _mileages(_page("de", KM)) == (True, WHOLE)


def test_the_page_numbers_tell_the_grouping_where_the_language_does_not() -> None:
    extra = '<p class="total">1.284.512 Angebote</p>'
    assert _mileages(_page("", KM, extra)) == (True, WHOLE)


def test_an_english_page_keeps_its_decimals() -> None:
    assert _mileages(_page("en", KM))[0] is False


def test_a_page_grouping_thousands_with_commas_keeps_its_decimals() -> None:
    extra = '<p class="total">1,284,512 offers</p>'
    assert _mileages(_page("de", KM, extra))[0] is False


def test_a_field_holding_a_decimal_keeps_its_decimals() -> None:
    distances = ["1.5", "23.500", "2.25", "9.800", "0.75", "14.000"]
    flagged, read = _mileages(_page("de", distances))
    assert flagged is False and read[0] == 1.5
