"""Test hooks carrying each record's own id, and card names kept in an empty link's ``title``.

Vinted-style grids write ``data-testid="item-5012873341--brand"`` on every part of a card: the
hook is the template's, the number is the record's. The part after the id names the place
(``[data-testid$="--brand"]``). The same cards name the item only in an empty overlay link's
``title``, as a summary "Name, brand: B, size: S, £P": the title is the part before the first
labelled fact.
"""

from __future__ import annotations

from lxml import html as lxml_html

from agents.heuristics import datamarkers
from agents.heuristics.cardlinks import summary_cut
from agents.heuristics.recordhooks import holds_record_id, record_free_hook
from tests.unit.agents.conftest import spec_and_records

URL = "https://closet.example/catalog?q=jacket"
ITEMS = [
    (5012873341, "Trucker jacket vintage", "Levi's", "M", 18),
    (5013092217, "Oversized denim jacket", "Zara", "S", 9),
    (4998217760, "Rider sherpa jacket", "Lee", "L", 32),
    (5010554902, "Cropped denim jacket", "H&amp;M", "UK 10", 7),
    (4987123045, "Dark blue 90s jacket", "Wrangler", "XL", 21),
    (4991234567, "Patchwork chore coat", "Carhartt", "M", 40),
]


def _card(item_id: int, name: str, brand: str, size: str, price: int, hooked: bool = True) -> str:
    def hook(part: str) -> str:
        return f' data-testid="item-{item_id}{part}"' if hooked else ""

    summary = f"{name}, brand: {brand}, size: {size}, £{price}.00"
    return (
        f'<div class="grid__cell"><div{hook("")}>'
        f'<img src="/img/{item_id}.webp" alt="">'
        f'<a href="/items/{item_id}"{hook("--overlay")} title="{summary}"></a>'
        f'<p class="box__line"{hook("--brand")}>{brand}</p>'
        f'<p class="box__line"{hook("--size")}>{size}</p>'
        f'<p class="box__line"{hook("--price")}>£{price}.00</p>'
        "</div></div>"
    )


def _grid(hooked: bool = True) -> str:
    cards = "".join(_card(*item, hooked=hooked) for item in ITEMS)
    return (
        '<html><body><header><a href="/">Closet</a></header>'
        f'<main><h1>Search results</h1><div class="grid">{cards}</div></main></body></html>'
    )


def test_a_hook_holding_a_record_id_gives_its_record_free_part() -> None:
    assert record_free_hook("data-testid", "item-5012873341--description-title") == (
        "data-testid$",
        "--description-title",
    )
    assert record_free_hook("data-testid", "product-item-id-5012873341") == ("data-testid^", "product-item-id-")
    assert record_free_hook("data-testid", "5012873341") is None  # nothing but the id: no hook at all


def test_hooks_without_a_record_id_stay_whole() -> None:
    for value in ("event-badge", "h2-title", "col-12", "mp3player-title"):
        element = lxml_html.fromstring(f'<span data-testid="{value}">x</span>')
        assert datamarkers.test_id(element) == ("data-testid", value)


def test_a_bare_record_id_falls_back_to_the_next_hook() -> None:
    element = lxml_html.fromstring('<span data-testid="5012873341" data-qa="price">x</span>')
    assert datamarkers.test_id(element) == ("data-qa", "price")


def test_parts_whose_hooks_carry_the_record_id_are_fields_of_every_card() -> None:
    spec, records = spec_and_records(_grid(), URL)
    assert len(records) == len(ITEMS)
    for (_, _, brand, size, _), record in zip(ITEMS, records, strict=True):
        assert {brand.replace("&amp;", "&"), size} <= set(map(str, record.values()))
    selectors = " ".join(f.selector for f in spec.fields)
    assert '$="--brand"' in selectors and "5012873341" not in selectors


def test_the_title_is_the_name_before_the_summary_of_labelled_facts() -> None:
    _, records = spec_and_records(_grid(), URL)
    assert [r.get("title") for r in records] == [name for _, name, *_ in ITEMS]


def test_a_summary_needs_the_same_first_label_and_two_facts() -> None:
    assert summary_cut(["Coat, brand: A, size: M", "Hat, brand: B, size: S"]) == ", brand:"
    assert summary_cut(["Dune, part two: the return", "Alien, director's cut: 1979"]) is None
    assert summary_cut(["Coat, brand: A, size: M", "Hat, size: S, brand: B"]) is None


def test_an_overlong_hook_value_is_no_hook_and_costs_nothing() -> None:
    hostile = "a1" * 20_000 + "!"  # would make the id pattern backtrack for minutes
    assert record_free_hook("data-testid", hostile) is None
    assert not holds_record_id(hostile)
