"""A page whose list a jQuery call fetches with its query handed over as a data object
(``$.getJSON("/api/jobs", {q: filters.q, page: page}, draw)``), jQuery itself on a host that cannot be
reached: the endpoint is asked as the call would ask it, the object's members joined as the query
(``$.param``), each value read from a literal, from the object the page's scripts set, or — a page
counter — as the first view asks it; a value known only once the script runs asks nothing new."""

from __future__ import annotations

import json
from typing import Any

import pytest

from agents.builder import build_spider
from agents.requestdata import data_call_urls, object_members
from agents.scriptcalls import called_urls
from agents.survey import probed_pages, survey_page
from agents.valuechoices import choice_pagination
from pipeline.core.exceptions import NoRecordsFound
from pipeline.core.extract import make_selector
from pipeline.core.schemas import PageProfile
from tests.unit.servedpages import UnloadedScripts, crawl

SITE = "https://jobs.example"
PAGE = f"{SITE}/jobs/"
UNREACHABLE = '<script src="https://cdn.invalid.example/jquery.min.js"></script>'
JOBS = [
    {"id": 300 + n, "title": f"Senior backend engineer, payments team {n}", "company": f"Firm {n}", "city": "Leeds"}
    for n in range(1, 11)
]
MORE = [
    {"id": 400 + n, "title": f"Data analyst, growth marketing squad {n}", "company": f"Firm {n}", "city": "York"}
    for n in range(1, 4)
]
#: The page's own script: a state object, and a loader asking the endpoint with it (jQuery's idiom).
STATE_SCRIPT = """
$(function ($) {
  var state = { category: -1, remote: false, q: "", sort: "newest", page: 1 };
  function load(page) {
    state.page = page;
    $.getJSON("/api/jobs", { category: state.category, remote: state.remote, q: state.q,
                             sort: state.sort, page: page }, function (data) {
      var html = "";
      $.each(data.jobs, function (i, job) { html += "<li>" + job.title + "</li>"; });
      $("#jobs").html(html);
    });
  }
  load(1);
});
"""
STATE_QUERY = "category=-1&remote=false&q=&sort=newest&page=1"


def _shell(script: str) -> bytes:
    """The page as served: the site's chrome around an empty list, jQuery on another host."""
    return (
        f"<html><head><title>Jobs</title>{UNREACHABLE}</head><body>"
        "<header><nav><a href='/'>Home</a> <a href='/jobs/'>Jobs</a> <a href='/post'>Post a job</a></nav></header>"
        "<main><h1>Open positions</h1><ul id='jobs'></ul></main><footer>Jobs Example</footer>"
        f"<script>{script}</script></body></html>"
    ).encode()


def _site(page: bytes, answers: dict[str, Any]) -> UnloadedScripts:
    served = {PAGE: page} | {SITE + path: json.dumps(doc).encode() for path, doc in answers.items()}
    return UnloadedScripts(served, is_json=lambda url: url != PAGE)


def _scouted(site: UnloadedScripts) -> PageProfile:
    first = site.fetch(PAGE)
    return probed_pages(first, survey_page(first, site), site)


def _called(script: str) -> list[str]:
    return called_urls(make_selector(_shell(script), PAGE), PAGE)


# --- the URL a call asks -------------------------------------------------------------------------------


def test_a_data_objects_members_are_joined_as_the_query_from_the_state_the_scripts_set() -> None:
    assert _called(STATE_SCRIPT) == [f"{SITE}/api/jobs?{STATE_QUERY}", f"{SITE}/api/jobs"]


@pytest.mark.parametrize(
    ("script", "asked"),
    [
        ("var page = 1; $.get('/api/jobs', {city: 'New York', page: page}, draw);", "/api/jobs?city=New+York&page=1"),
        ("$.get('/api/jobs?v=2', {offset: offset, tag: \"c++\"}, draw);", "/api/jobs?v=2&offset=0&tag=c%2B%2B"),
        (
            "$.ajax({ url: '/api/jobs', dataType: 'json', data: { limit: 20, 'sort-by': 'date' }, success: draw });",
            "/api/jobs?limit=20&sort-by=date",
        ),
        ("var F = { kind: null }; $.getJSON('/api/jobs', { kind: F.kind, page }, draw);", "/api/jobs?kind=&page=1"),
        (
            "$.getJSON('/api/jobs', { /* filters, none */ page: 1, // the first view\n q: 'it, remote' }, draw);",
            "/api/jobs?page=1&q=it%2C+remote",
        ),
    ],
    ids=["literal-and-counter", "offset-beside-a-query", "ajax-settings", "null-and-shorthand", "commented"],
)
def test_each_value_is_read_as_the_first_view_sends_it(script: str, asked: str) -> None:
    assert data_call_urls(script, [script]) == [asked]


@pytest.mark.parametrize(
    "script",
    [
        "$.getJSON('/api/jobs', { q: $('#q').val(), page: 1 }, draw);",  # what the visitor types
        "$.getJSON('/api/jobs', { sort: order }, draw);",  # a variable no script gives a value
        "$.ajax({ url: '/api/jobs', type: 'POST', data: { page: 1 } });",  # not a GET
    ],
    ids=["input-value", "unknown-variable", "post"],
)
def test_a_value_known_only_once_the_script_runs_asks_no_query(script: str) -> None:
    assert data_call_urls(script, [script]) == []


def test_an_object_literals_members_are_read_in_order() -> None:
    members = [("a", "1"), ("b c", "x.y"), ("d", "d"), ("e", "f(1, 2)")]
    assert object_members("{a: 1, 'b c': x.y, d, e: f(1, 2),}") == members
    assert object_members("{...rest}") is None


# --- the survey and the spider ----------------------------------------------------------------------


def test_a_page_whose_list_a_jquery_call_fetches_reads_the_endpoint_with_its_query() -> None:
    site = _site(_shell(STATE_SCRIPT), {f"/api/jobs?{STATE_QUERY}": {"total": 13, "jobs": JOBS}})
    profile = _scouted(site)
    assert profile.spec.json_source is not None
    assert profile.spec.json_source.endpoint == f"{SITE}/api/jobs?{STATE_QUERY}"
    assert [r["title"] for r in profile.sample_records] == [job["title"] for job in JOBS]


def test_the_built_spider_pages_by_the_queries_page_number() -> None:
    answers = {
        f"/api/jobs?{STATE_QUERY}": {"total": 13, "jobs": JOBS},
        f"/api/jobs?{STATE_QUERY[:-1]}2": {"total": 13, "jobs": MORE},
        f"/api/jobs?{STATE_QUERY[:-1]}3": {"total": 13, "jobs": []},
    }
    site = _site(_shell(STATE_SCRIPT), answers)
    built = build_spider("jobs", _scouted(site), site)
    assert [r["title"] for r in crawl(built.spec, site)] == [job["title"] for job in JOBS + MORE]


def test_filter_choices_beside_a_page_number_are_views_of_one_list_not_its_pages() -> None:
    buttons = "".join(f"<button data-cause='{cause}'>{cause}</button>" for cause in ("any", "health", "hunger"))
    html = make_selector(f"<div class='cause-filter'>{buttons}</div>".encode(), PAGE)
    assert choice_pagination(html, f"{SITE}/api/jobs?cause=any&page=1") is None
    chosen = choice_pagination(html, f"{SITE}/api/jobs?cause=any")
    assert chosen is not None and chosen.kind == "param_values"


def test_a_call_whose_query_cannot_be_known_still_finds_no_records() -> None:
    script = STATE_SCRIPT.replace("q: state.q", "q: $('#q').val()")
    with pytest.raises(NoRecordsFound):
        _scouted(_site(_shell(script), {f"/api/jobs?{STATE_QUERY}": {"jobs": JOBS}}))
