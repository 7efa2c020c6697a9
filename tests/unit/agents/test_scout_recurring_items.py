"""A value listing items, told by its parts standing alone as other records' whole values."""

from __future__ import annotations

from agents.heuristics.listtexts import recurring_items_split
from tests.unit.agents.conftest import list_page, spec_and_records

URL = "http://sights.test/things-to-do"
CATEGORIES = [
    "Historic Sites • Churches & Cathedrals",
    "Historic Walking Areas",
    "Churches & Cathedrals",
    "Bodies of Water",
    "Art Museums",
    "Historic Sites • Churches & Cathedrals",
    "Breweries",
    "Bodies of Water • Parks",
    "Historic Sites • Religious Sites",
]


def _cards(texts: list[str]) -> str:
    return list_page(
        "".join(
            f'<article class="xQz"><a class="bQm" href="/sight/{n}">'
            f'<h3 class="kLp">Sight number {n} of the town</h3></a>'
            f'<div class="zRt">{text}</div><span class="wVb">({100 + n * 7} reviews)</span></article>'
            for n, text in enumerate(texts)
        )
    )


def test_items_standing_alone_elsewhere_split_a_value_without_a_list_word() -> None:
    spec, records = spec_and_records(_cards(CATEGORIES), URL)
    [field] = [f for f in spec.fields if f.split]
    assert (field.split, field.type) == (" • ", "tags")
    assert records[0][field.name] == ["Historic Sites", "Churches & Cathedrals"]
    assert records[2][field.name] == ["Churches & Cathedrals"]


def test_parts_always_in_one_place_are_a_line_of_two_fields() -> None:
    places = ["12 Main St · Chicago", "Chicago", "4 Lake Rd · Evanston", "Evanston", "9 Elm Ave · Chicago"]
    assert recurring_items_split(places) is None


def test_titles_whose_parts_stand_alone_nowhere_are_not_split() -> None:
    titles = ["Belfry | Bruges", "Old Market | Ghent", "Town Hall", "Canal Tour | Bruges", "Windmills"]
    assert recurring_items_split(titles) is None


def test_one_listed_text_is_not_enough() -> None:
    assert recurring_items_split(["Parks • Gardens", "Parks", "Gardens", "Bridges"]) is None
    assert recurring_items_split(["Parks • Gardens", "Gardens • Parks", "Parks", "Gardens"]) == " • "
