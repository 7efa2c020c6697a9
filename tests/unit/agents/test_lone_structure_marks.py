"""A structure mark is for look-alike siblings: an element alone of its step at its place keeps
one slot, whichever optional children it holds in one record or another."""

from __future__ import annotations

from lxml import html

from agents.heuristics.dom import HtmlElement
from agents.heuristics.templateslots import collect_slots

#: Every class a build hash, as CSS modules write them.
TITLE_WRAP = "css-0f3a9c21d7"
TITLE = "css-7b1e44a0c9"
PREFIX = "css-c2d9e01f5a"


def _row(number: int) -> str:
    """A thread row: "[Solved]" before some titles, a "jump to new post" icon link before others,
    and a last-post line whose parts differ too."""
    prefix = f'<span class="{PREFIX}"><strong>[Solved]</strong></span> ' if number % 4 == 1 else ""
    jump = f'<a href="/t/{number}?new"><img src="/jump.png" alt="Go to new post"></a> ' if number % 3 == 0 else ""
    last = (
        f'<span>Yesterday<br><a href="/u/{number}">user{number}</a></span>'
        if number % 2
        else f'<span><time datetime="2025-03-0{1 + number % 9}">{number} hours ago</time><br>'
        f'<a href="/u/{number}">user{number}</a></span>'
    )
    return (
        f'<li class="css-5e5e5e5e5e"><div><span class="{TITLE_WRAP}">{jump}{prefix}'
        f'<span class="{TITLE}"><a href="/t/{number}">Thread number {number} about amps</a></span></span>'
        f'<div><a href="/u/{100 + number}">starter{number}</a></div></div>'
        f"<p>{last}</p></li>"
    )


def _records() -> list[HtmlElement]:
    page = html.fromstring(f"<ul>{''.join(_row(n) for n in range(12))}</ul>")
    return list(page.iter("li"))


def test_a_title_under_a_lone_wrapper_is_one_slot_in_every_record() -> None:
    records = _records()
    slots = collect_slots(records)
    titles = [s for s in slots if s.kind == "text" and any("Thread number" in v for v in s.first_values())]
    assert len(titles) == 1
    assert titles[0].coverage(len(records)) == 1.0


def test_the_prefix_beside_the_title_stays_a_slot_of_its_own() -> None:
    records = _records()
    slots = collect_slots(records)
    prefixes = [s for s in slots if s.kind == "text" and s.first_values()[:1] == ["[Solved]"]]
    assert len(prefixes) == 1
    assert not any("Thread number" in v for v in prefixes[0].first_values())


def test_a_lone_line_of_varying_parts_keeps_its_poster_in_one_slot() -> None:
    records = _records()
    slots = collect_slots(records)
    posters = [s for s in slots if s.kind == "text" and any(v.startswith("user") for v in s.first_values())]
    assert len(posters) == 1
    assert posters[0].coverage(len(records)) == 1.0
