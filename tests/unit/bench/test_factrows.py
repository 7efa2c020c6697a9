"""The bench says why the fact-row rule left a row of facts as one list (``factrows``), in shape only."""

from __future__ import annotations

from lxml.html import fragment_fromstring

from agents.heuristics.droptrace import Run
from agents.heuristics.factlists import place_verdict
from agents.heuristics.slots import Occurrence, Slot
from tests.bench.dropshape import describe_differences, read_page
from tests.bench.factrows import describe, row_verdict
from tests.bench.scout_corpus import fold

UNITS = ["beds", "baths", "cars"]


def _page(facts: str, records: int = 6) -> str:
    cards = "".join(
        f'<article class="card"><h2><a href="/h/{i}">House number {i} on Elm</a></h2>'
        f'<p class="price">${100000 + i * 1000}</p><ul class="facts">{facts.format(i=i)}</ul></article>'
        for i in range(records)
    )
    return f"<html><body><main>{cards}</main></body></html>"


def _verdicts(body: str) -> dict[str, str]:
    view = read_page(body, "http://x.test/", fold)
    assert view.profile is not None and view.run is not None
    return {
        f.name: row_verdict([s for s, n in view.run.kept if n == f.name], view.run, view.facts, bool(f.split))
        for f in view.profile.spec.fields
    }


def test_a_row_of_long_items_read_as_one_list_is_told_by_its_length_guard() -> None:
    facts = "".join(f"<li>{{i}} {u} with a very long explanation of it all here</li>" for u in UNITS)
    said = _verdicts(_page(facts))
    assert said["facts"] == "an item too long, worded items"
    assert said["title"] == "one element, not a list"


def test_the_runs_guards_are_named_in_order() -> None:
    assert place_verdict([[f"count:{k}" for k in range(7)]] * 3) == (None, "more than 6 items")
    assert place_verdict([["w:a", "w:b"], ["w:c"], ["w:d"]]) == (None, "too few full-length runs")
    assert place_verdict([["w:a", "w:b"], ["w:b", "w:a"]])[1] == "a fact at two places"
    assert place_verdict([["count:bed", "w:x"], ["count:bed", "w:x"]])[1] == "under two places vary"
    assert place_verdict([["price", "w:a"], ["price", "w:b"], ["price", "w:c"]])[1] == "lined up"


def _slot(rows: list[str]) -> Slot:
    per_record = {}
    for n, row in enumerate(rows):
        items = list(fragment_fromstring(f"<ul>{row}</ul>"))
        per_record[n] = [Occurrence(e, e.text_content()) for e in items]
    return Slot(key=(), kind="text", many=True, per_record=per_record)


def test_bare_items_whose_icons_tell_the_places_apart() -> None:
    icons = '<li><svg><use href="#bed"/></svg>{0}</li><li><svg><use href="#bath"/></svg>{1}</li>'
    rows = [icons.format(n, n + 1) for n in range(4)]
    slot = _slot(rows)
    run = Run([], seen=[slot])
    assert row_verdict([slot], run, {id(slot): (slot, "too few records")}, False) == (
        "too few records, bare items, icons differ by place"
        " [svg>use[href=#aaa] inside the value, known word ×4 | svg>use[href=#aaaa] inside the value, known word ×4]"
    )
    same = _slot([f"<li><i class='dot'></i>{n}</li><li><i class='dot'></i>{n + 1}</li>" for n in range(4)])
    run = Run([], seen=[same])
    assert row_verdict([same], run, {id(same): (same, "a fact at two places")}, False).endswith("icons alike")
    worded = _slot([f"<li>{n} beds</li><li>{n} baths</li>" for n in range(4)])
    run = Run([], seen=[worded])
    assert row_verdict([worded], run, {}, False) == "no slot seen"


def test_the_line_counts_verdicts_and_keeps_the_differences_line_as_it_was() -> None:
    head = "in the page spec, not read here: another value there: the value's own element, read otherwise; "
    how = "a list where one value is written: one of its items (first, same length, alike, bare, numbers"
    shape = {
        f"{head}{how} · fact rule: too few records, bare items, no icon)": 2,
        f"{head}{how} · fact rule: not lined up, worded items)": 1,
    }
    assert describe(shape) == "3 fields: too few records, bare items, no icon 2; not lined up, worded items 1"
    assert f"{how}) 3" in describe_differences(shape)
    assert describe({}) == "no row of facts read as one list"
