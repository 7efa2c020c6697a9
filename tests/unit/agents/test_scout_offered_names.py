# ruff: noqa: E501
"""A value its classes leave unnamed takes the name the record offers around it: "by" before a
person, "2 comments" in an aria-label, the icon beside a count, the path section of a list of
links, the shape of a month or a weekday; never a framework's marker (``data-view-component``)."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html  # type: ignore[import-untyped]

from agents.heuristics.amountnames import review_count_name
from agents.heuristics.leadingids import identifier_name
from agents.heuristics.names import name_from_element
from agents.heuristics.offerednames import (
    aria_count_name,
    counted_words_name,
    follows_by,
    icon_count_name,
    icon_name,
    reading_time_name,
    section_name,
    shape_name,
)
from tests.unit.agents.conftest import list_page, spec_and_records

URL = "https://code.example/harbour/beacon/issues"


def _element(markup: str, css: str) -> lxml_html.HtmlElement:
    return lxml_html.fragment_fromstring(markup, create_parent="div").cssselect(css)[0]


def test_by_before_a_person_names_the_author() -> None:
    markup = '<span>#12 opened <time>3 days ago</time> by <a href="/u/ana">ana</a></span>'
    assert follows_by(_element(markup, "a"))
    assert not follows_by(_element('<span>opened <time>3 days ago</time> <a href="/u/ana">ana</a></span>', "a"))


def test_an_aria_label_or_an_icon_names_a_count() -> None:
    labelled = '<a href="/i/2" aria-label="2 comments"><svg class="octicon octicon-comment"></svg> <span>2</span></a>'
    assert aria_count_name(_element(labelled, "span")) == "comments"
    bare = '<a href="/i/2"><svg class="octicon octicon-comment"></svg><span>2</span></a>'
    assert icon_count_name(_element(bare, "span")) == "comments"
    arrow = '<a href="/i/2"><i class="fa fa-chevron"></i><span>2</span></a>'
    assert icon_count_name(_element(arrow, "span")) is None


def test_an_icon_link_or_an_action_names_the_count_in_it() -> None:
    watched = '<a href="/film/anora/members/" class="has-icon icon-watched icon-16"><span class="icon"></span><span class="label">1.9M</span></a>'
    assert icon_count_name(_element(watched, "span.label")) == "watched"
    liked = '<a href="/film/anora/likes/" class="has-icon icon-like"><span class="icon"></span><span class="label">742K</span></a>'
    assert icon_count_name(_element(liked, "span.label")) == "likes"
    button = '<button aria-label="Add to favourites"><span class="web_ui__Icon__icon"><svg></svg></span><span class="caption">12</span></button>'
    assert aria_count_name(_element(button, "span.caption")) == "favourites"


def test_a_used_symbol_names_the_text_beside_it() -> None:
    markup = '<div class="flex"><svg aria-hidden="true"><use href="#location"></use></svg><span class="line-clamp-1">The Frontline Club · London</span></div>'
    assert icon_name(_element(markup, "span")) == "location"


@pytest.mark.parametrize(
    ("hrefs", "expected"),
    [
        (["/harbour/beacon/labels/bug", "/harbour/beacon/labels/docs"], "labels"),
        (["/t/python", "/t/aws"], None),  # a one-letter section says nothing
        (["/labels/bug", "/labels/bug"], None),  # the same link every time
        (["/products/a", "/products/b"], None),  # a generic word
    ],
)
def test_the_path_section_of_a_list_of_links_names_it(hrefs: list[str], expected: str | None) -> None:
    assert section_name(hrefs) == expected


def test_shapes_and_phrases_name_what_nothing_else_does() -> None:
    assert shape_name(["OCT", "Nov", "dec"]) == "month"
    assert shape_name(["Sun", "Tue", "Fri"]) == "weekday"
    assert shape_name(["7:30 PM", "20:00"]) == "time"
    assert shape_name(["Sun", "Oct"]) is None
    assert reading_time_name(["9 min read", "12 minute read"]) == "reading_time"
    assert counted_words_name("octicon star", ["1,204 stars today", "688 stars today"]) == "stars_today"
    assert counted_words_name("Stars", ["1,204 stars today"]) is None  # a caption in words stays
    assert identifier_name(["#2291 opened", "No. 12 ·"]) == "number"


def test_a_rating_count_hook_is_the_review_count() -> None:
    hooked = _element('<span data-test="mms-customer-rating-count">(321)</span>', "span")
    assert review_count_name(hooked, ["(321)"]) == "review_count"
    rating = _element('<span data-test="mms-customer-rating">4</span>', "span")
    assert review_count_name(rating, ["4"]) is None


def test_a_framework_marker_names_nothing() -> None:
    chip = _element('<a data-view-component="true" class="IssueLabel" href="/labels/bug">bug</a>', "a")
    assert name_from_element(chip) != "view"
    own = _element('<span data-consumer-name-typography="true">Ana</span>', "span")
    assert name_from_element(own) == "consumer_name"


ISSUES = [
    (2291, "Live reload stops inside a symlinked folder", "tomasz-wilk", ["bug", "cli"], 0),
    (2290, "Support lastmod from git history", "aiko-n", ["enhancement"], 2),
    (2288, "Shortcode reference shows removed attributes", "pbaranski", ["docs", "good first issue"], 1),
    (2285, "Build time regressed on large sites", "oscar-l", ["bug"], 7),
    (2284, "Theme scaffold writes a tab", "devika-r", ["bug", "theme"], 0),
    (2281, "Per-section pagination sizes", "jules-moreau", ["enhancement", "cli"], 3),
]


def _row(number: int, title: str, login: str, labels: list[str], comments: int) -> str:
    chips = "".join(
        f'<a data-view-component="true" class="IssueLabel d-inline-flex" href="/harbour/beacon/labels/{label}">{label}</a>'
        for label in labels
    )
    talk = (
        f'<a class="Link--muted" href="/harbour/beacon/issues/{number}" aria-label="{comments} comments">'
        f'<svg aria-hidden="true" class="octicon octicon-comment"></svg> <span class="text-small">{comments}</span></a>'
        if comments
        else ""
    )
    return (
        f'<div class="Box-row" id="issue_{number}"><a class="Link--primary h4" href="/harbour/beacon/issues/{number}">{title}</a>'
        f'<span class="lh-default">{chips}</span>'
        f'<div class="d-flex mt-1 text-small"><span class="opened-by">#{number} opened '
        f'<relative-time datetime="2025-03-17T08:02:51Z">3 days ago</relative-time> by <a class="Link--muted" href="/u/{login}">{login}</a></span></div>'
        f'<div class="flex-shrink-0 col-2"><span class="ml-2">{talk}</span></div></div>'
    )


def test_an_issue_list_names_its_fields_as_a_person_would() -> None:
    html = list_page("".join(_row(*issue) for issue in ISSUES), '<main><div class="Box">{}</div></main>')
    spec, records = spec_and_records(html, URL)
    names = {f.name for f in spec.fields}
    assert {"number", "author", "labels", "comments"} <= names, spec.fields
    assert [r["author"] for r in records] == [issue[2] for issue in ISSUES]
    assert [r["labels"] for r in records] == [issue[3] for issue in ISSUES]
    assert "views" not in names and not any(n.startswith("text") for n in names), names
