"""The Scout on minified pages: no whitespace between tags (an HTML minifier, React or Next
server rendering), so texts that sat on lines of their own now touch."""

from __future__ import annotations

from lxml import html as lxml_html  # type: ignore[import-untyped]

from agents.heuristics.dom import HtmlElement
from agents.heuristics.textowner import owns_text
from tests.unit.agents.conftest import list_page, spec_and_records

_QUESTIONS = [
    ("Why is my loop slow?", 3, "votes", 1, "answer"),
    ("Merge two lists by key", 1, "vote", 0, "answers"),
    ("Read a CSV without a header", 12, "votes", 4, "answers"),
    ("Parse dates in a column", 0, "votes", 2, "answers"),
    ("Sort a dict by value", 7, "votes", 3, "answers"),
    ("Strip accents from text", 2, "votes", 1, "answer"),
]


def _element(markup: str) -> HtmlElement:
    return lxml_html.fragment_fromstring(markup)


def _stat(count: int, unit: str) -> str:
    return f'<div class="stat"><span class="stat-number">{count}</span><span class="stat-unit">{unit}</span></div>'


def _questions_page() -> str:
    cards = "".join(
        f'<div class="question"><div class="stats">{_stat(votes, vote_unit)}{_stat(answers, answer_unit)}</div>'
        f'<h3><a href="/questions/{i}">{title}</a></h3></div>'
        for i, (title, votes, vote_unit, answers, answer_unit) in enumerate(_QUESTIONS, start=1)
    )
    return list_page(cards)


def test_touching_number_and_unit_spans_are_one_value() -> None:
    # "3" and "votes" touch in the markup; the stylesheet spaces them: "3 votes" is one count.
    assert owns_text(_element(_stat(3, "votes")))


def test_minified_counts_are_one_field_each_named_by_their_unit() -> None:
    spec, records = spec_and_records(_questions_page(), "http://ask.test/questions")
    names = spec.field_names()
    assert {"votes", "answers"} <= set(names), names
    assert not any(name.endswith("_2") for name in names), names
    assert (records[2]["votes"], records[2]["answers"]) == (12.0, 4.0)
