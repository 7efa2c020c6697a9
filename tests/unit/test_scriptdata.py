"""Data a page's scripts carry or request: called URLs, Nuxt's function-call state, scripted paging."""

from __future__ import annotations

import json

import pytest
from parsel import Selector

from agents.heuristics.pagination import find_pagination
from agents.jsonscout import endpoint_candidate, endpoint_urls, script_candidates
from agents.pageprobe import probe_param_pages, scripted_paging
from pipeline.core.extract import extract_records
from pipeline.core.schemas import FieldSpec, ScraperSpec
from tests.unit.servedpages import ServedPages


def test_a_url_handed_to_ajax_is_an_endpoint_whatever_its_path() -> None:
    page = """<a href="#" class="year-link" id="2015">2015</a><a href="#" class="year-link" id="2014">2014</a>
    <a href="#" class="year-link" id="2013">2013</a><a href="/about">About</a>
    <script>$(".year-link").click(function(){ var year = $(this).attr("id");
      $.ajax({url: "/films/?ajax=true&year=" + year, success: show}); });
      fetch("/search?offset=" + offset); $.getScript("/static/app.js");</script>"""
    assert set(endpoint_urls(page, "http://films.test/films/")) == {
        "http://films.test/films/?ajax=true&year=2015",  # the first choices a visitor can click
        "http://films.test/films/?ajax=true&year=2014",
        "http://films.test/search?offset=0",
    }


def test_an_offset_endpoint_starts_at_the_first_record() -> None:
    page = "<script>fetch('/api/v2/events/?limit=10&offset=' + offset)</script>"
    assert endpoint_urls(page, "http://hall.test/") == ["http://hall.test/api/v2/events/?limit=10&offset=0"]


NUXT = """<div id="__nuxt"></div><script>window.__NUXT__=(function(a,b,c){return {layout:"default",
data:[{jobs:[{id:1,title:"Data Engineer",company:{name:"Tidepool"},location:a,url:"\\u002Fjobs\\u002F1",tags:[b]},
{id:2,title:"Django Developer",company:{name:"Quillmark"},location:c,url:"\\u002Fjobs\\u002F2",tags:[b]},
{id:3,title:"ML Engineer",company:{name:"Orbital"},location:a,url:"\\u002Fjobs\\u002F3",tags:[b]}]}],
fetch:{},serverRendered:true}}("Remote (EU)","python","Remote (UK)"));</script>"""


def test_nuxt_state_returned_by_a_function_call_is_read_without_invented_values() -> None:
    [best] = script_candidates(NUXT, "http://jobs.test/")
    assert best.source.records_path == "data[0].jobs"
    spec = ScraperSpec(start_url="http://jobs.test/", fields=best.fields, json_source=best.source)
    records = extract_records(NUXT, "http://jobs.test/", spec)
    assert [r["title"] for r in records] == ["Data Engineer", "Django Developer", "ML Engineer"]
    assert records[0]["url"] == "http://jobs.test/jobs/1" and records[1]["company"] == "Quillmark"
    # location and tags are the call's arguments (a, b, c): read as their values, never as "a".
    assert [r["location"] for r in records] == ["Remote (EU)", "Remote (UK)", "Remote (EU)"]
    assert all(r["tags"] == ["python"] for r in records)


_Site = ServedPages


def _shop(names: list[str], control: str) -> bytes:
    cards = "".join(f'<div class="card"><a class="title" href="/p/{n}">{n}</a></div>' for n in names)
    return f'<html><body><div class="row items">{cards}</div>{control}</body></html>'.encode()


SPEC = ScraperSpec(
    start_url="http://shop.test/laptops",
    record_selector="div.card",
    fields=(FieldSpec(name="title", type="title", selector="a.title"),),
    key_fields=("title",),
)
MORE = '<a href="javascript:" class="btn more">More</a>'
BUTTONS = (
    '<div class="pager"><button class="page-link active" data-id="1">1</button>'
    '<button data-id="2">2</button><button data-id="3">3</button></div>'
)


@pytest.mark.parametrize(
    ("control", "last"),
    [(MORE, 50), (BUTTONS, 3), ('<style></style><div class="items-scroll"><p>a</p><p>b</p><p>c</p></div>', 50)],
)
def test_records_loaded_by_script_are_reached_through_the_page_number(control: str, last: int) -> None:
    site = _Site(
        {
            "http://shop.test/laptops": _shop(["A", "B", "C"], control),
            "http://shop.test/laptops?page=2": _shop(["D", "E", "F"], control),
        }
    )
    first = site.fetch("http://shop.test/laptops")
    found = probe_param_pages(first, SPEC, site)  # type: ignore[arg-type]
    assert found is not None
    assert (found.spec.kind, found.spec.param, found.spec.start, found.spec.max_pages) == (
        "page_param",
        "page",
        1,
        last,
    )


def test_a_server_that_ignores_the_page_number_gets_no_pagination() -> None:
    same = _shop(["A", "B", "C"], MORE)
    site = _Site({"http://shop.test/laptops": same, "http://shop.test/laptops?page=2": same})
    assert probe_param_pages(site.fetch("http://shop.test/laptops"), SPEC, site) is None  # type: ignore[arg-type]


def test_a_page_without_a_scripted_control_is_not_probed() -> None:
    site = _Site({"http://shop.test/laptops": _shop(["A", "B", "C"], '<a href="/about">More about us</a>')})
    assert scripted_paging(Selector(text=site.pages["http://shop.test/laptops"].decode())) is None
    assert probe_param_pages(site.fetch("http://shop.test/laptops"), SPEC, site) is None  # type: ignore[arg-type]
    assert site.asked == ["http://shop.test/laptops"]


def test_a_json_url_added_directly_is_its_own_endpoint() -> None:
    body = '[{"title": "Spotlight", "awards": 2}, {"title": "Room", "awards": 1}, {"title": "Amy", "awards": 1}]'
    url = "http://films.test/films/?ajax=true&year=2015"
    [itself] = script_candidates(body, url)
    assert (itself.source.location, itself.source.endpoint) == ("endpoint", url)
    spec = ScraperSpec(start_url=url, fields=itself.fields, json_source=itself.source)
    assert [r["title"] for r in extract_records(body, url, spec)] == ["Spotlight", "Room", "Amy"]
    assert endpoint_urls(body, url) == []
    assert find_pagination(Selector(text=body), url).spec.kind == "none"  # parsel reads it as JSON


def test_an_iso_timestamp_is_a_date_whatever_its_key() -> None:
    events = [{"name": f"Gig {i}", "starts_at": f"2024-06-0{i}T21:00:00+01:00", "venue": "Hall"} for i in range(1, 4)]
    found = endpoint_candidate(json.dumps({"results": events}).encode(), "http://hall.test/api/events")
    assert found is not None
    assert {f.name: f.type for f in found.fields} == {"name": "title", "starts_at": "date", "venue": "text"}


def test_a_page_whose_url_names_an_offset_is_probed_at_the_next_offset() -> None:
    first_url = "http://shop.test/search?q=lamp&start=0"
    site = _Site(
        {
            first_url: _shop(["A", "B", "C"], ""),
            "http://shop.test/search?q=lamp&start=3": _shop(["D", "E", "F"], ""),
        }
    )
    found = probe_param_pages(site.fetch(first_url), SPEC, site)  # type: ignore[arg-type]
    assert found is not None
    assert (found.spec.kind, found.spec.param, found.spec.start, found.spec.step) == ("offset", "start", 0, 3)
    assert "start=3 answers 3 new records" in found.note
    # The records the survey already read are used as they are: the same finding, the same requests.
    again = _Site(dict(site.pages))
    known = [{"title": t} for t in ("A", "B", "C")]
    assert probe_param_pages(again.fetch(first_url), SPEC, again, known) == found  # type: ignore[arg-type]
    assert again.asked == [first_url, "http://shop.test/search?q=lamp&start=3"]
