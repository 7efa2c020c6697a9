"""A class that only says how a value looks or where it sits (``smallerfont``, ``bottom left``,
``flex-col``) never names a field: the value's type, its wrapper or a better class does."""

from __future__ import annotations

from agents.heuristics.names import name_from_class
from agents.heuristics.namewords import naming_words
from tests.unit.agents.conftest import list_page, spec_and_records

URL = "https://games.example/browse/"
GAMES = [("Ironroot Dominion", "2018", "Build rail networks and mills across a sprawling valley in two eras.")]
GAMES += [
    (f"Game {n}", str(2000 + n), f"A long description of game number {n} with enough words to read as prose.")
    for n in range(1, 6)
]


def test_look_words_name_nothing_but_stay_beside_a_content_word() -> None:
    assert naming_words(["smallerfont"]) == []
    assert naming_words(["bottom", "left"]) == []
    assert naming_words(["time", "left"]) == ["time", "left"]
    assert name_from_class("smallerfont") is None
    assert name_from_class("dull") is None
    assert name_from_class("card__badge") == "badge"
    assert name_from_class("card-location") == "location"


def _game_rows() -> str:
    return "".join(
        f'<tr><td class="objectname"><a class="primary" href="/game/{i}">{t}</a> '
        f'<span class="smallerfont dull">({y})</span><p class="smallefont dull">{d}</p></td></tr>'
        for i, (t, y, d) in enumerate(GAMES)
    )


def test_a_typography_class_gives_way_to_the_value_type() -> None:
    spec, records = spec_and_records(list_page(f"<table>{_game_rows()}</table>"), URL)
    names = [f.name for f in spec.fields]
    assert "year" in names and "description" in names, names
    assert not {"smallerfont", "smallefont", "objectname"} & set(names)
    assert records[0]["year"] == 2018


def test_a_layout_modifier_does_not_name_the_field() -> None:
    cards = "".join(
        f'<article class="card"><h2><a href="/p/{i}">Product {i}</a></h2>'
        f'<div class="flex flex-col"><span>Tagline number {i} for this one</span></div>'
        f'<div class="flex flex-none"><span>{10 + i}</span></div></article>'
        for i in range(6)
    )
    spec, _ = spec_and_records(list_page(cards), URL)
    names = [f.name for f in spec.fields]
    assert not {"col", "none", "cols"} & set(names), names
