"""Rows striped on their cells (``td.rowA`` on one row, ``td.rowB`` on the next) and a title
classed by its read state (``span.topic_new`` / ``span.topic_old``): the stripe and the state are
no places of the template, so every column is one field read on every row."""

from __future__ import annotations

from lxml import html

from agents.heuristics.assemble import build_profile
from agents.heuristics.dom import HtmlElement
from agents.heuristics.parityclasses import parity_classes
from agents.heuristics.selectorsteps import step
from agents.heuristics.slotsteps import stable_classes, step_of
from agents.heuristics.stateclasses import analysing_states
from pipeline.core.extract import extract_records

URL = "https://board.example/forumdisplay.php?fid=3"
ROWS = 12
#: Unread threads cluster at the top, as a board sorted by its last post shows them.
UNREAD = {0, 1, 2, 5}
STARTERS = ["ana", "ben", "cleo", "dan", "eve", "fay", "gus", "hal", "ivy", "jon", "kim", "lou"]


def _row(number: int) -> str:
    cell = f"rowcell{'AB'[number % 2]} display_{'sticky' if number < 2 else 'normal'}"
    state = "new" if number in UNREAD else "old"
    jump = f'<a href="showthread.php?tid={500 + number}&amp;action=newpost"><img src="jump.png" alt=""></a> '
    solved = '<span style="color: green"><strong>[Solved]</strong></span> ' if number % 4 == 3 else ""
    return f"""
    <tr class="thread_row">
      <td class="{cell}"><span class="status_icon" title="Thread">&nbsp;</span></td>
      <td class="{cell}"><div><span>{jump if number in UNREAD else ""}{solved}<span class="topic_{state}">
        <a href="showthread.php?tid={500 + number}">Thread number {number} about amplifiers</a></span></span>
        <div class="starter"><a href="member.php?uid={20 + number}">{STARTERS[number]}</a></div></div></td>
      <td class="{cell}"><a href="javascript:whoPosted({500 + number});">{number * 3 + 1}</a></td>
      <td class="{cell}">{number * 41 + 7}</td>
    </tr>"""


PAGE = (
    "<html><head><title>Amplifiers</title></head><body><table class='threads'>"
    "<tr><td class='head' colspan='4'>Amplifiers</td></tr>"
    + "".join(_row(n) for n in range(ROWS))
    + "</table></body></html>"
)


def _rows() -> list[HtmlElement]:
    return [r for r in html.fromstring(PAGE).iter("tr") if r.get("class") == "thread_row"]


def test_words_on_every_other_record_are_stripes() -> None:
    stripes = parity_classes(_rows())
    assert stripes == {"rowcellA", "rowcellB"}  # not the read state, which clusters


def test_a_state_that_clusters_or_a_short_list_is_no_stripe() -> None:
    rows = [html.fromstring(f'<div><span class="{"hot" if n < 4 else "cold"}">{n}</span></div>') for n in range(8)]
    assert parity_classes(rows) == frozenset()
    short = [html.fromstring(f'<div><span class="{"a" if n % 2 else "b"}">{n}</span></div>') for n in range(4)]
    assert parity_classes(short) == frozenset()


def test_an_optional_part_or_a_modifier_on_every_other_record_is_no_stripe() -> None:
    """A sale price on every other card by chance: nothing stands in for it on the others; an
    ``avail--in`` / ``avail--out`` modifier beside its base says the value, not the place."""
    cards = [
        html.fromstring(
            f'<div><span class="price">{n}</span>'
            + ('<s class="was-price">99</s>' if n % 2 else "")
            + f'<span class="avail avail--{"in" if n % 2 else "out"}">x</span></div>'
        )
        for n in range(8)
    ]
    assert parity_classes(cards) == frozenset()


def test_slot_steps_and_selector_steps_skip_stripes() -> None:
    rows = _rows()
    stable = stable_classes(rows)
    cells = {step_of(td, None, stable) for r in rows for td in r.iter("td")}
    assert cells == {"td.display_"}  # no class every row carries beside the stripe: the family's place
    with analysing_states(rows):
        assert {step(td) for r in rows for td in r.iter("td")} == {"td.display_sticky", "td.display_normal"}


def test_a_family_word_keys_its_prefix_apart_from_a_bare_sibling() -> None:
    rows = _rows()
    stable = stable_classes(rows)
    titles = {step_of(s, None, stable) for r in rows for s in r.iter("span") if "topic_" in (s.get("class") or "")}
    assert titles == {"span.topic_"}  # one place for read and unread titles, not the "[Solved]" span's


def test_every_row_gives_one_column_per_field() -> None:
    spec = build_profile(PAGE, URL).spec
    assert not any(s in f.selector for f in spec.fields for s in ("rowcellA", "rowcellB"))
    records = [dict(r) for r in extract_records(PAGE.encode(), URL, spec)]
    assert len(records) == ROWS
    columns = {name for r in records for name, value in r.items() if value not in (None, "", [])}
    for number, record in enumerate(records):
        found = set(map(str, record.values()))
        assert f"Thread number {number} about amplifiers" in found
        assert {STARTERS[number], str(number * 3 + 1), str(number * 41 + 7)} <= found
    full = {name for name in columns if all(r.get(name) not in (None, "", []) for r in records)}
    assert {"title", "url"} <= full
