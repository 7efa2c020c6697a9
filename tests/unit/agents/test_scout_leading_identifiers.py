# ruff: noqa: E501
"""An identifier leading a meta line ("#2291 opened <relative-time> by <a>login</a>") is the
record's number, though the rest of the line's own text is words around its children."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html  # type: ignore[import-untyped]

from agents.heuristics.leadingids import leading_identifier
from tests.unit.agents.conftest import list_page, spec_and_records

URL = "https://code.example/harbour/beacon/issues"

ISSUES = [
    (2291, "Live reload stops inside a symlinked folder", "2025-03-17T08:02:51Z", "3 hours ago", "tomasz-wilk"),
    (2290, "Support lastmod from git history", "2025-03-16T21:47:09Z", "13 hours ago", "aiko-n"),
    (2288, "Shortcode reference shows removed attributes", "2025-03-16T10:15:33Z", "yesterday", "pbaranski"),
    (2285, "Build time regressed on large sites", "2025-03-15T09:00:00Z", "2 days ago", "oscar-l"),
    (2284, "Theme scaffold writes a tab", "2025-03-14T12:30:00Z", "3 days ago", "devika-r"),
    (2281, "Per-section pagination sizes", "2025-03-13T16:45:00Z", "4 days ago", "jules-moreau"),
]


def _row(number: int, title: str, moment: str, shown: str, login: str) -> str:
    return (
        f'<div class="Box-row" id="issue_{number}"><a class="Link--primary h4" href="/harbour/beacon/issues/{number}">{title}</a>'
        f'<div class="d-flex mt-1 text-small"><span class="opened-by">#{number} opened '
        f'<relative-time datetime="{moment}">{shown}</relative-time> by <a class="Link--muted" href="/u/{login}">{login}</a></span></div></div>'
    )


def _element(markup: str) -> lxml_html.HtmlElement:
    return lxml_html.fragment_fromstring(markup)


@pytest.mark.parametrize(
    "markup",
    [
        '<span>#2291 opened <time>3 days ago</time> by <a href="/u/a">a</a></span>',
        '<span><svg></svg> No. 123 · <a href="/u/a">a</a></span>',
        '<span>№ 45 <a href="/u/a">a</a></span>',
        '<span>Issue #12 was opened by <a href="/u/a">a</a></span>',
        '<span>PR #7 by <a href="/u/a">a</a></span>',
        "<span>Ticket 4821 <b>urgent</b></span>",
    ],
)
def test_an_identifier_leading_a_line_is_its_number(markup: str) -> None:
    found = leading_identifier(_element(markup))
    assert len(found) == 1 and found[0][0] == "own"


@pytest.mark.parametrize(
    "markup",
    [
        '<span>#1 Best Seller <a href="/c">in Books</a></span>',  # a badge, not a sentence going on
        '<span><a href="/u/a">a</a> opened #2291</span>',  # the identifier does not lead the line
        "<span>Opened <time>3 days ago</time></span>",
        "<span>#2291 opened</span>",  # no children: its element owns the text
    ],
)
def test_no_identifier_lead(markup: str) -> None:
    assert leading_identifier(_element(markup)) == []


def test_the_number_of_every_issue_is_read_from_its_meta_line() -> None:
    html = list_page("".join(_row(*issue) for issue in ISSUES), '<main><div class="Box">{}</div></main>')
    spec, records = spec_and_records(html, URL)
    numbers = [f for f in spec.fields if f.type == "number"]
    assert numbers, spec.fields
    assert [r[numbers[0].name] for r in records] == [issue[0] for issue in ISSUES]
