"""Where classes are build hashes, that a value carries an attribute at all (``span[title]``)
tells it from the other elements of its tag in the record, whatever the attribute says."""

from __future__ import annotations

from lxml import html
from parsel import Selector

from agents.heuristics.fieldcandidates import candidates
from agents.heuristics.fieldcss import best_selector
from agents.heuristics.presenceanchors import presence_anchors
from agents.heuristics.templateslots import collect_slots

SYSTEMS = [["Linux"], ["Windows", "Mac"], ["Linux", "Windows", "Mac"], ["Mac"], ["Windows"], ["Linux", "Mac"]]


def _card(number: int, systems: list[str]) -> str:
    extra = f'<span class="css-4d3c2b1a00">{number} stars</span>' if number % 2 else ""
    items = "".join(f'<span title="{s}" class="css-aa00bb11cc">{s}</span>' for s in systems)
    return (
        f'<li class="css-0f0f0f0f0f"><h3><a href="/p/tool-{number}/">Tool {number}</a></h3>'
        f'<div class="css-1a2b3c4d5e">{extra}<span class="css-9e8d7c6b5a">{number * 1000 + 7} downloads</span></div>'
        f'<div class="css-5e4d3c2b1a">{items}</div></li>'
    )


def _records() -> list[Selector]:
    page = Selector(text=f"<ul>{''.join(_card(n, s) for n, s in enumerate(SYSTEMS))}</ul>")
    return page.css("li")


def test_an_attribute_only_the_list_items_carry_anchors_them() -> None:
    card = html.fromstring(_card(1, ["Windows", "Mac"]))
    item = card.xpath(".//span[@title]")[0]
    assert presence_anchors(card, item) == ["span[title]"]
    assert "span[title]" in candidates(card, item)


def test_an_attribute_other_elements_of_the_tag_carry_anchors_nothing() -> None:
    card = html.fromstring('<li><span title="a">x</span><div><span title="b">y</span></div></li>')
    assert presence_anchors(card, card.xpath(".//span")[0]) == []


def test_classes_and_ids_anchor_nothing() -> None:
    card = html.fromstring('<li><span id="n1" class="css-1">x</span><span>y</span></li>')
    assert presence_anchors(card, card.xpath(".//span")[0]) == []


def test_a_list_after_an_optional_sibling_block_is_read_by_its_attribute() -> None:
    records = _records()
    slots = collect_slots([r.root for r in records])
    systems = next(s for s in slots if s.kind == "text" and s.many and "Linux" in s.first_values())
    assert best_selector(records, systems) == "span[title]"
