"""What a first view asks of a counter a script fills, three suspected mis-asks checked: a variable named
for a date (``{start: startDate}``, FullCalendar's range) is no offset; a cursor (an opaque token the server
hands back) is sent empty, never as 0; a post's ``?p=123`` in an endpoint is no page number."""

from __future__ import annotations

import json

import pytest
from parsel import Selector

from agents.firstview import may_count, names_page_number
from agents.namedjson import named_json_files
from agents.requestdata import data_call_urls
from agents.scriptcalls import appended_filled, called_urls
from agents.survey import probed_pages, survey_page
from agents.valuechoices import choice_pagination
from pipeline.core.extract import make_selector
from tests.unit.servedpages import UnloadedScripts

SITE = "https://events.example"
PAGE = f"{SITE}/whats-on/"
YEARS = "".join(f'<a class="year-link" href="#" id="{y}">{y}</a>' for y in (2015, 2014, 2013, 2012))


def _page(script: str, body: str = "") -> Selector:
    return Selector(text=f"<html><body><main>{body}</main><script>{script}</script></body></html>")


# --- a variable named for a date is no counter ------------------------------------------------------


@pytest.mark.parametrize(
    "script",
    [
        "$.getJSON('/api/events', {start: startDate}, draw);",
        "$.getJSON('/api/events', {from: range.from_date, page: 1}, draw);",
        "$.ajax({url: '/api/events', data: {start: view.startTime}, success: draw});",
    ],
    ids=["start-date", "from-date-beside-a-page", "start-time"],
)
def test_an_offset_given_a_variable_named_for_a_date_asks_no_query(script: str) -> None:
    assert data_call_urls(script, [script]) == []


@pytest.mark.parametrize(
    ("script", "asked"),
    [
        ("$.getJSON('/api/events', {start: startIndex}, draw);", "/api/events?start=0"),
        ("$.getJSON('/api/events', {page: state.currentPage}, draw);", "/api/events?page=1"),
        ("$.getJSON('/api/events', {offset: n}, draw);", "/api/events?offset=0"),
    ],
    ids=["start-index", "current-page", "short-name"],
)
def test_a_counter_no_script_sets_is_still_asked_as_a_first_view(script: str, asked: str) -> None:
    assert data_call_urls(script, [script]) == [asked]


def test_an_appended_date_is_no_offset_in_a_request_call_or_a_named_file() -> None:
    page = _page('fetch("/api/events?start=" + startDate); App.load("/api/days.json?from=" + this.fromDate);')
    assert called_urls(page, PAGE) == []  # no choices name the parameter: nothing to ask
    assert named_json_files(page, PAGE) == [f"{SITE}/api/days.json"]  # the unknown value is left out
    assert appended_filled(page, "/api/events?start=", appended="+ offset") == ["/api/events?start=0"]


def test_a_names_words_say_whether_it_may_count() -> None:
    assert [may_count(n) for n in ("page", "startIndex", "state.offset", "n", "obj['page']")] == [True] * 5
    assert [may_count(n) for n in ("startDate", "from_time", "range.startAt", "searchTerm")] == [False] * 4


# --- a cursor is sent empty ---------------------------------------------------------------------------


def test_a_cursor_is_asked_without_a_token() -> None:
    page = _page("")
    for drop in (False, True):
        assert appended_filled(page, "/api/feed?cursor=", drop_unknown=drop) == ["/api/feed?cursor="]
    script = "$.getJSON('/api/feed', {cursor: nextCursor, limit: 20}, draw);"
    assert data_call_urls(script, [script]) == ["/api/feed?cursor=&limit=20"]


def test_a_feed_that_refuses_a_cursor_of_0_is_read_from_its_first_page() -> None:
    items = [{"id": n, "title": f"Open-air cinema night number {n}", "venue": f"Park {n}"} for n in range(1, 9)]
    shell = (
        b"<html><head><title>What's on</title><script src='https://cdn.invalid.example/app.js'></script></head>"
        b"<body><header><a href='/'>Home</a></header><main><h1>What's on</h1><div id='app'></div></main>"
        b"<script>var cursor = null; App.load('/api/feed.json?cursor=' + cursor);</script></body></html>"
    )
    # the feed answers its first page without a token; "0" is no token it handed out (no answer)
    site = UnloadedScripts({PAGE: shell, f"{SITE}/api/feed.json?cursor=": json.dumps({"items": items}).encode()})
    first = site.fetch(PAGE)
    profile = probed_pages(first, survey_page(first, site), site)
    assert [r["title"] for r in profile.sample_records] == [i["title"] for i in items]
    assert f"{SITE}/api/feed.json?cursor=0" not in site.asked


# --- a post's ?p=123 is no page number ---------------------------------------------------------------


def test_a_posts_id_beside_a_choice_leaves_the_choices_as_the_pages() -> None:
    html = make_selector(f"<nav class='years'>{YEARS}</nav>".encode(), PAGE)
    paged = choice_pagination(html, f"{SITE}/?p=123&ajax=true&year=2015")
    assert paged is not None and (paged.kind, paged.param, paged.values) == (
        "param_values",
        "year",
        ("2015", "2014", "2013", "2012"),
    )
    assert choice_pagination(html, f"{SITE}/?p=1&ajax=true&year=2015") is None  # a first view's page
    assert choice_pagination(html, f"{SITE}/?page=123&ajax=true&year=2015") is None


def test_only_the_ambiguous_p_needs_a_first_views_number() -> None:
    assert names_page_number("page", "7") and names_page_number("p", "1") and names_page_number("p", "0")
    assert not names_page_number("p", "123") and not names_page_number("page", "two")
