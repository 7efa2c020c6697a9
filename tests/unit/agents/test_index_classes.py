"""A loop counter written into each item's class (``tag-list0``, ``tag-list1``) numbers the
item's place in its run: tags so numbered are one list, not a column per place."""

from __future__ import annotations

from lxml import html

from agents.heuristics.indexclasses import index_classes
from tests.unit.slotcards import useful_slots

TAGS = [["Rust", "Async"], ["Go"], ["Rust", "Web", "Wasm"], ["Python", "Data"], ["Go", "Web"], ["Python"], []]
IDS = {"Rust": 4, "Async": 9, "Go": 2, "Web": 11, "Wasm": 15, "Python": 3, "Data": 7}


def _cards(item_attributes: str) -> list[str]:
    return [
        f'<h3><a href="/news/{i}">Story {i}</a></h3>'
        + (
            '<ul class="tags list-inline">'
            + "".join(
                f'<li class="list-inline-item tag-{IDS[t]} tag-list{n}"{item_attributes}>'
                f'<a href="/tags/{t.lower()}" class="btn-sm btn-info">{t}</a></li>'
                for n, t in enumerate(row)
            )
            + "</ul>"
            if row
            else ""
        )
        for i, row in enumerate(TAGS)
    ]


def _tag_slots(cards: list[str]) -> list[tuple[str, ...]]:
    return [slot.key for slot, _ in useful_slots(cards) if slot.kind == "text" and "Rust" in slot.first_values()]


def test_counted_tags_are_one_list() -> None:
    slots = [s for s, _ in useful_slots(_cards("")) if s.kind == "text" and "Rust" in s.first_values()]
    assert len(slots) == 1 and slots[0].many, [s.key for s in slots]
    assert [o.value for o in slots[0].per_record[2]] == ["Rust", "Web", "Wasm"]


def test_counted_tags_sharing_an_itemprop_are_one_list() -> None:
    keys = _tag_slots(_cards(' itemprop="keywords"'))
    assert len(keys) == 1, keys
    assert not any("tag-list" in step for slot, _ in useful_slots(_cards(' itemprop="keywords"')) for step in slot.key)


def test_a_class_ending_in_a_digit_that_does_not_run_is_no_counter() -> None:
    root = html.fromstring('<ul><li class="chip v1">a</li><li class="chip v1">b</li><li class="chip-3">c</li></ul>')
    first, _, third = list(root.iterchildren("li"))
    assert index_classes(first, ["chip", "v1"]) == frozenset()
    assert index_classes(third, ["chip-3"]) == frozenset()


def test_counters_running_from_one_are_counters() -> None:
    root = html.fromstring('<ul><li class="item item1">a</li><li class="item item2">b</li></ul>')
    second = list(root.iterchildren("li"))[1]
    assert index_classes(second, ["item", "item2"]) == frozenset({"item2"})


def test_numbered_places_of_different_kinds_stay_columns() -> None:
    homes = [(3, 2, "1,640"), (4, 3, "2,100"), (2, 1, "980"), (5, 4, "3,020"), (3, 2, "1,450"), (4, 2, "1,800")]
    cards = [
        f'<h3><a href="/home/{i}">Home {i}</a></h3><ul class="facts">'
        f'<li class="fact fact-1">{bd} bd</li><li class="fact fact-2">{ba} ba</li>'
        f'<li class="fact fact-3">{sq} sqft</li></ul>'
        for i, (bd, ba, sq) in enumerate(homes)
    ]
    texts = {slot.first_values()[0] for slot, _ in useful_slots(cards) if slot.kind == "text"}
    assert {"3 bd", "2 ba", "1,640 sqft"} <= texts


def test_a_counter_runs_through_a_long_list_and_stops_where_two_digits_do() -> None:
    # Each item looks back a hundred places at most (8,000 items: 2.8 s against 147 s when every item
    # counted its whole list): the counter still reads to its last two-digit place.
    items = "".join(f'<li class="row{i % 100}">x</li>' for i in range(300))
    root = html.fromstring(f"<ul>{items}</ul>")
    found = [bool(index_classes(li, (li.get("class") or "").split())) for li in root.iter("li")]
    assert all(found[:100])
    assert not any(found[101:])
