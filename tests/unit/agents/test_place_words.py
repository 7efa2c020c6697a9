"""Plain words no vocabulary knows are still one field per place when each place keeps its own set.

A furniture card's "Oak", "Matte", "Wall" items, a coffee's "Washed", "Light roast" chips: no word
list names them, yet every place repeats words of its own and no word turns up at two places, so
each place is a field, named by what marks it (a caption attribute, a class of its own) where
anything does. A card leaving out its first place keeps the others in their fields. Tags (a
varying number of words from one pool, or a row its classes call tags) stay one list.
"""

from __future__ import annotations

from agents.heuristics.placewords import own_word_sets, place_labels
from tests.unit.agents.conftest import list_page, spec_and_records

WOODS = ["Oak", "Ash", "Walnut", "Oak", "Ash", "Oak", "Walnut", "Ash"]
FINISHES = ["Matte", "Gloss", "Matte", "Satin", "Gloss", "Matte", "Satin", "Matte"]
MOUNTS = ["Wall", "Floor", "Floor", "Wall", "Floor", "Wall", "Wall", "Floor"]
NAMES = ["Shelf", "Cabinet", "Bench", "Stool", "Desk", "Dresser", "Console", "Sideboard"]


def _furniture(i: int) -> str:
    items = "".join(f"<li>{w}</li>" for w in (WOODS[i], FINISHES[i], MOUNTS[i]))
    return (
        f'<div class="card"><h3><a href="/items/{i}">{NAMES[i]} model {i}</a></h3>'
        f'<p class="price">€{120 + i * 35}</p><ul class="key-facts">{items}</ul></div>'
    )


def _columns(html: str) -> tuple[dict[str, str], list[dict[str, object]]]:
    spec, records = spec_and_records(list_page(html), "https://shop.example/list")
    return {f.name: f.type for f in spec.fields}, records


def _column_of(records: list[dict[str, object]], values: list[str]) -> str | None:
    return next((name for name in records[0] if [r.get(name) for r in records] == values), None)


def test_bare_words_of_a_set_per_place_are_one_field_each() -> None:
    fields, records = _columns("".join(_furniture(i) for i in range(len(WOODS))))
    assert "tags" not in fields.values()
    assert _column_of(records, WOODS) and _column_of(records, FINISHES) and _column_of(records, MOUNTS)


PROCESSES = ["Washed", "Natural", "Honey", "Washed", "Natural", "Washed", "Honey", "Natural"]
ROASTS = ["Light roast", "Dark roast", "Light roast", "Medium roast", "Dark roast", "Light roast", "Medium roast"]
ROASTS.append("Dark roast")
ORIGINS = ["Kenya", "Brazil", "Peru", "Kenya", "Ethiopia", "Brazil", "Peru", "Ethiopia"]


def _coffee(i: int) -> str:
    spans = "".join(f'<span class="badge">{v}</span>' for v in (f"{PROCESSES[i]} process", ROASTS[i]))
    return (
        f'<article class="bean"><h2><a href="/coffee/{i}">{ORIGINS[i]} lot number {i}</a></h2>'
        f'<span class="cost">${14 + i}.00</span><div class="badges">{spans}</div></article>'
    )


def test_worded_chips_of_a_set_per_place_are_one_field_each() -> None:
    fields, records = _columns("".join(_coffee(i) for i in range(len(PROCESSES))))
    assert "tags" not in fields.values()
    assert _column_of(records, [f"{p} process" for p in PROCESSES]) and _column_of(records, ROASTS)


def _labelled_furniture(i: int) -> str:
    facts = [("wood", WOODS[i]), ("finish", FINISHES[i]), ("mount", MOUNTS[i])]
    items = "".join(f'<li class="fact"><span class="fact-{k}">{v}</span></li>' for k, v in facts)
    return (
        f'<div class="card"><h3><a href="/items/{i}">{NAMES[i]} model {i}</a></h3>'
        f'<p class="price">€{120 + i * 35}</p><ul class="facts">{items}</ul></div>'
    )


def test_places_are_named_by_a_class_of_their_own() -> None:
    fields, records = _columns("".join(_labelled_furniture(i) for i in range(len(WOODS))))
    assert "tags" not in fields.values()
    assert (_column_of(records, WOODS), _column_of(records, FINISHES)) == ("wood", "finish")


SHAPES = ["Round", "Square", "Round", "Oval", "Square", "Round", "Oval", "Square"]
GLAZES = ["Celadon", "Tenmoku", "Shino", "Celadon", "Shino", "Tenmoku", "Celadon", "Shino"]


def _bowl(i: int) -> str:
    facts = [SHAPES[i], GLAZES[i]]
    if i in (2, 5):
        del facts[0]  # no shape given: the glaze keeps its own field
    spans = "".join(f'<span class="fact">{f}</span>' for f in facts)
    return (
        f'<div class="item"><a href="/bowls/{i}"><h4>Bowl from the kiln {i}</h4></a>'
        f'<b class="amount">£{30 + i * 4}</b><p class="facts">{spans}</p></div>'
    )


def test_a_card_leaving_out_the_first_place_keeps_the_others_in_their_fields() -> None:
    fields, records = _columns("".join(_bowl(i) for i in range(len(SHAPES))))
    assert "tags" not in fields.values()
    shapes = [None if i in (2, 5) else s for i, s in enumerate(SHAPES)]
    assert _column_of(records, shapes) and _column_of(records, GLAZES)


GENRES = [["Rock", "Live"], ["Jazz"], ["Rock", "Studio"], ["Folk"], ["Jazz", "Live"], ["Rock"], ["Folk", "Studio"]]
GENRES += [["Jazz", "Live"]]


def _album(i: int) -> str:
    tags = "".join(f'<span class="badge">{g}</span>' for g in GENRES[i])
    return (
        f'<div class="album"><h3><a href="/albums/{i}">Recorded session number {i}</a></h3>'
        f'<span class="year-made">{1990 + i}</span><div class="badges">{tags}</div></div>'
    )


def test_a_varying_count_of_words_stays_one_list() -> None:
    fields, records = _columns("".join(_album(i) for i in range(len(GENRES))))
    lists = [name for name, kind in fields.items() if kind == "tags"]
    assert len(lists) == 1
    assert [r[lists[0]] for r in records] == GENRES


def test_places_of_their_own_sets_against_a_pool_of_words() -> None:
    rows = [["w:oak", "w:matte"], ["w:ash", "w:gloss"], ["w:oak", "w:gloss"], ["w:ash", "w:matte"]]
    full = [[0, 1]] * 4
    assert own_word_sets(rows, full)
    assert not own_word_sets([*rows, ["w:oak"], ["w:ash"]], [*full, [0], [0]])  # cut at the end: a count
    assert own_word_sets([*rows, ["w:gloss"]], [*full, [1]])
    assert not own_word_sets([*rows, ["w:pine"]], [*full, [0]])  # a word no full row shows
    names = [["w:oak", "w:rome"], ["w:ash", "w:oslo"], ["w:oak", "w:lima"], ["w:ash", "w:bonn"]]
    assert not own_word_sets(names, full)  # a place of names, no set


def test_places_are_named_by_a_caption_or_a_class_of_their_own() -> None:
    from lxml.html import fragment_fromstring

    row = fragment_fromstring(
        '<ul><li class="spec spec-fuel">Diesel</li><li class="spec spec-body">Saloon</li>'
        '<li class="spec"><span title="Fuel type">x</span></li><li class="spec">y</li></ul>'
    )
    items = list(row)
    assert place_labels([[items[0]], [items[1]]]) == ["fuel", "body"]
    assert place_labels([[items[2][0]], [items[3]]]) == ["fuel_type", None]
