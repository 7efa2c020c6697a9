"""State words of records (read, hot, sticky) and class variants (a staff member's coloured name)
are no places of the template: rows in every state give the same fields."""

from __future__ import annotations

from lxml import html

from agents.heuristics.assemble import build_profile
from agents.heuristics.dom import HtmlElement
from agents.heuristics.selectorsteps import step
from agents.heuristics.slotsteps import stable_classes, step_of
from agents.heuristics.stateclasses import analysing_states, class_variants, state_classes
from pipeline.core.extract import extract_records

STATES = ["global_read", "sticky_read", "topic_read", "topic_read", "topic_read_hot", "topic_read"]
STATES += ["topic_read"] * 6
STARTERS = ["Admin", "Mod", "ana", "ben", "cleo", "dan", "eve", "fay", "gus", "hal", "ivy", "jon"]
LAST = ["Admin", "zed", "Mod", "yan", "ana", "xia", "Mod", "wes", "vic", "Admin", "uma", "tom"]
STAFF = {"Admin", "Mod"}


def _user(name: str, number: int) -> str:
    kind = "username-coloured" if name in STAFF else "username"
    return f'<a href="./memberlist.php?mode=viewprofile&amp;u={100 + number}" class="{kind}">{name}</a>'


def _row(number: int) -> str:
    return f"""
    <li class="row bg{1 + number % 2}">
      <dl class="row-item {STATES[number]}">
        <dt><div class="list-inner">
          <a href="./viewtopic.php?t={4000 + number}" class="topictitle">Topic number {number} about games</a>
          <div class="topic-poster">by {_user(STARTERS[number], number)} &raquo;
            <time datetime="2025-03-{number + 1:02d}T10:00:00+00:00">Mar {number + 1}</time></div>
        </div></dt>
        <dd class="posts">{number * 3} <dfn>Replies</dfn></dd>
        <dd class="views">{number * 97 + 11} <dfn>Views</dfn></dd>
        <dd class="lastpost"><span><dfn>Last post </dfn>by {_user(LAST[number], number + 50)}
          <a href="./viewtopic.php?p={9000 + number}" title="Go to last post">&rarr;</a>
          <br><time datetime="2025-04-{number + 1:02d}T10:00:00+00:00">Apr {number + 1}</time></span></dd>
      </dl>
    </li>"""


PAGE = (
    "<html><head><title>Board games</title></head><body><div class='forumbg'><ul class='topiclist topics'>"
    + "".join(_row(n) for n in range(len(STATES)))
    + "</ul></div></body></html>"
)


def _rows() -> list[HtmlElement]:
    return list(html.fromstring(PAGE).iter("li"))


def test_state_words_beside_a_class_every_record_has() -> None:
    states = state_classes(_rows())
    assert {"topic_read", "topic_read_hot", "sticky_read", "global_read", "bg1", "bg2"} <= states
    assert not {"row", "row-item", "topictitle", "username", "username-coloured"} & states


def test_a_modifier_beside_its_base_names_a_place() -> None:
    cards = [
        html.fromstring(
            '<div class="card"><span class="meta">a</span>'
            + ('<span class="meta meta--location">Oslo</span>' if n % 3 else "")
            + '<span class="price">9</span><span class="card-date">May</span><span class="card-seller">Bo</span>'
            + ('<span class="price-old">12</span>' if n % 2 else "")
            + "</div>"
        )
        for n in range(6)
    ]
    assert "meta--location" not in state_classes(cards)
    variants = class_variants(cards)
    assert "price-old" not in variants  # beside a price: a field of its own
    assert not {"card-date", "card-seller"} & set(variants)  # parts of the card, not cards


def test_slot_steps_skip_states_and_join_variants() -> None:
    rows = _rows()
    stable = stable_classes(rows)
    assert "topic_read" not in stable
    steps = {step_of(next(r.iter("dl")), None, stable) for r in rows}
    assert steps == {"dl.row-item"}
    names = {step_of(a, None, stable) for r in rows for a in r.iter("a") if "username" in (a.get("class") or "")}
    assert names == {"a.username"}


def test_selector_steps_skip_states() -> None:
    rows = _rows()
    hot = next(r for r in rows if "topic_read_hot" in html.tostring(r, encoding="unicode"))
    with analysing_states(rows):
        assert step(next(hot.iter("dl"))) == "dl.row-item"
    assert step(next(hot.iter("dl"))) == "dl.topic_read_hot"  # outside an analysis: as before


def test_rows_in_every_state_give_their_fields() -> None:
    url = "https://board.example/viewforum.php?f=7"
    spec = build_profile(PAGE, url).spec
    assert not any(s in f.selector for f in spec.fields for s in ("topic_read", "sticky_read", "global_read"))
    records = [dict(r) for r in extract_records(PAGE.encode(), url, spec)]
    assert len(records) == len(STATES)
    values = [set(map(str, r.values())) for r in records]
    for number, found in enumerate(values):
        assert f"Topic number {number} about games" in found
        assert {STARTERS[number], LAST[number]} <= found  # the starter's and the last poster's names
