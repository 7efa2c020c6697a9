"""A card line of two facts, "M · Very good", split into one field per place.

Marketplace cards print size and condition on one line joined by a dot, and repeat them with
their labels in an empty overlay link's ``title`` ("Name, brand: B, condition: C, size: S, £P").
Both parts are words, so only the summary proves the line holds two facts, and it names them.
"""

from __future__ import annotations

from agents.heuristics.cardlinks import labelled_facts
from tests.unit.agents.conftest import list_page, spec_and_records

URL = "https://closet.example/catalog?q=jacket"
ITEMS = [
    ("Trucker jacket vintage", "Levi's", "M", "Very good", 18),
    ("Oversized denim jacket", "Zara", "S", "Good", 9),
    ("Rider sherpa jacket", "Lee", "L", "Very good", 32),
    ("Cropped denim jacket", "Mango", "UK 10", "New without tags", 7),
    ("Dark blue 90s jacket", "Wrangler", "XL", "Good", 21),
    ("Patchwork chore coat", "Carhartt", "M", "Satisfactory", 40),
]


def _card(number: int, name: str, brand: str, size: str, condition: str, price: int, summary: bool) -> str:
    title = f"{name}, brand: {brand}, condition: {condition}, size: {size}, £{price}.00" if summary else name
    return (
        f'<div class="box"><a class="box__overlay" href="/items/{number}" title="{title}"></a>'
        f'<p class="box__brand">{brand}</p><p class="box__line">{size} · {condition}</p>'
        f'<p class="box__price">£{price}.00</p></div>'
    )


def _page(summary: bool = True) -> str:
    return list_page("".join(_card(n, *item, summary=summary) for n, item in enumerate(ITEMS, start=1)))


def test_a_summary_lists_its_labelled_facts_with_their_values() -> None:
    facts = labelled_facts("Trucker jacket, brand: Levi's, condition: Very good, size: M, £18.00")
    assert facts == {"brand": "Levi's", "condition": "Very good", "size": "M"}
    assert labelled_facts("Dune, part two: the return") == {}  # one "word:" is no summary


def test_a_dotted_line_is_split_into_the_places_its_summary_names() -> None:
    spec, records = spec_and_records(_page(), URL)
    names = {f.name for f in spec.fields}
    assert {"size", "condition"} <= names
    for (_, _, size, condition, _), record in zip(ITEMS, records, strict=True):
        assert (record["size"], record["condition"]) == (size, condition)


def test_a_dotted_line_without_a_summary_stays_whole() -> None:
    _, records = spec_and_records(_page(summary=False), URL)
    assert "M · Very good" in records[0].values()
    assert not any("size" in record or "condition" in record for record in records)
