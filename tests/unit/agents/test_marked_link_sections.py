"""Links told apart by their marks keep them, whether a record shows them side by side or alone:
a thread title after an optional prefix link is one slot in every row."""

from __future__ import annotations

from lxml import html

from agents.heuristics.dom import HtmlElement
from agents.heuristics.placesteps import by_link_section
from agents.heuristics.templateslots import collect_slots
from agents.heuristics.variants import mark_of


def _row(number: int) -> str:
    """A row whose classes are all build hashes; some titles have a prefix link before them."""
    prefix = f'<a href="/forum/printing.12/?prefix={number % 3}"><span>Help</span></a> ' if number % 2 else ""
    return (
        f'<div class="css-8d0c2a7e41"><div class="css-3b7f9e2a10">{prefix}'
        f'<a href="/threads/thread-{number}.{400 + number}/">Thread {number} on first layers</a></div>'
        f'<div class="css-6a1d0e9b33"><a href="/members/user-{number}.{70 + number}/">user{number}</a></div></div>'
    )


def _records() -> list[HtmlElement]:
    page = html.fromstring(f"<main>{''.join(_row(n) for n in range(10))}</main>")
    return [e for e in page if e.tag == "div"]


def test_a_title_after_an_optional_prefix_link_is_one_slot() -> None:
    records = _records()
    titles = [
        s for s in collect_slots(records) if s.kind == "text" and any(v.startswith("Thread") for v in s.first_values())
    ]
    assert len(titles) == 1
    assert titles[0].coverage(len(records)) == 1.0


def test_links_told_apart_by_their_marks_keep_the_step() -> None:
    links = list(html.fromstring(_row(1)).iter("a"))[:2]
    assert by_link_section(links, ["a", "a"], {"a": mark_of}) == ["a", "a"]


def test_links_without_marks_are_told_apart_by_their_section() -> None:
    links = list(html.fromstring(_row(1)).iter("a"))[:2]
    assert by_link_section(links, ["a", "a"]) == ["a@forum", "a@threads"]
