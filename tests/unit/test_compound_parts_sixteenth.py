# ruff: noqa: E501
"""Texts holding two values, or one value and a word that is none: a "City, Country" place line,
a category with an optional code after a mark, a list of names after "with", a badge nested at
the end of a name."""

from __future__ import annotations

from agents.heuristics.countries import is_country
from agents.heuristics.optionaltails import is_episode_code
from agents.heuristics.placelines import is_place_line
from tests.unit.agents.conftest import spec_and_records

URL = "https://listings.example/events/"
NAMES = ["Quiet Harbour", "North Wind", "Salt and Stone", "Paper Moons", "Orchard Days", "Lantern Row"]


def _page(cards: list[str]) -> str:
    items = "".join(
        f'<li class="event"><h3><a href="/events/e{i}">{name}</a></h3>{card}</li>'
        for i, (name, card) in enumerate(zip(NAMES, cards, strict=True))
    )
    return f'<html><head><title>Events</title></head><body><nav><a href="/">Home</a></nav><main><ul class="events">{items}</ul></main></body></html>'


def _column(records: list[dict[str, object]], value: object) -> str:
    """The field holding ``value`` in the first record."""
    return next(k for k, v in records[0].items() if v == value)


def test_a_city_and_country_line_is_read_as_two_values() -> None:
    places = [
        "Lyon, France",
        "Chicago, IL, United States",
        "Porto, Portugal",
        "Leeds, United Kingdom",
        "Graz, Austria",
        "Kyoto, Japan",
    ]
    cards = [f'<p class="where">{p}</p>' for p in places]
    spec, records = spec_and_records(_page(cards), URL)
    names = {f.name for f in spec.fields}
    assert {"city", "country"} <= names
    assert [r["city"] for r in records] == ["Lyon", "Chicago", "Porto", "Leeds", "Graz", "Kyoto"]
    assert [r["country"] for r in records] == [
        "France",
        "United States",
        "Portugal",
        "United Kingdom",
        "Austria",
        "Japan",
    ]


def test_a_street_address_or_a_name_pair_is_no_place_line() -> None:
    assert is_country("Deutschland") and is_country("united states") and not is_country("IL")
    assert not is_place_line(["12 Main St, Leeds, United Kingdom", "3 High St, York, United Kingdom"])
    assert not is_place_line(["Smith, John", "Doe, Jane", "Ruiz, Ana"])


def test_a_category_keeps_its_optional_code_apart() -> None:
    lines = ["Krimi | S2 E5", "Doku", "Krimi | D 2024", "Show | S18 E4", "Satire", "Reality | S5 E2"]
    cards = [f'<span class="sub">{line}</span>' for line in lines]
    _spec, records = spec_and_records(_page(cards), URL)
    head = _column(records, "Krimi")
    assert [r[head] for r in records] == ["Krimi", "Doku", "Krimi", "Show", "Satire", "Reality"]
    tail = _column(records, "S2 E5")
    assert [r.get(tail) for r in records] == ["S2 E5", None, "D 2024", "S18 E4", None, "S5 E2"]
    assert is_episode_code("S03E04") and is_episode_code("Staffel 2, Folge 5") and not is_episode_code("D 2024")


def test_names_after_a_joining_word_are_a_list() -> None:
    lines = [
        "with Paper Birds",
        "with Paper Birds, Juno Hale",
        "with Cold Quay",
        "with Fern Lane",
        "with Cold Quay, Tilde",
        "with Maple",
    ]
    cards = [f'<div class="support">{line}</div>' for line in lines]
    _spec, records = spec_and_records(_page(cards), URL)
    column = _column(records, ["Paper Birds"])
    assert records[1][column] == ["Paper Birds", "Juno Hale"]
    assert records[4][column] == ["Cold Quay", "Tilde"]


def test_a_badge_nested_at_the_end_of_a_name_is_left_out() -> None:
    venues = ["Harbour Hall", "Riverside Sounds", "Old Mill", "Garden Arena", "Pier Club", "Fox Room"]
    cards = [
        f'<div class="venue">{v} <span class="venue-tag">Festival</span></div>'
        if i == 1
        else f'<div class="venue">{v}</div>'
        for i, v in enumerate(venues)
    ]
    _spec, records = spec_and_records(_page(cards), URL)
    column = _column(records, "Harbour Hall")
    assert [r[column] for r in records] == venues
