"""A list a script draws from an endpoint whose address names no page (``/data/jobs-1.json``, one file a
page as a static host keeps them), under a pager of links (``?page=2``, ``/jobs/page/2/``): the endpoint
answers no page parameter, so the list is read as Chromium draws it and paged as its pages are, each
page asked rendered as page 1 was; a rendered page 2 that repeats page 1 changes nothing."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from agents.fetch import FetchedPage, RenderedFetch
from agents.firstpage import asked_page_two
from agents.heuristics.pagerrefusals import note_codes
from agents.renderedpages import rendered_pages
from agents.survey import probed_pages, survey_page
from pipeline.core.exceptions import FetchFailed
from pipeline.core.schemas import PageProfile
from tests.unit.servedpages import ServedPages, crawl

SITE = "https://careers.example"
PAGES = 3
PER_PAGE = 8
CITIES = ("Berlin", "Lisbon", "Oslo", "Porto")


def _jobs(number: int) -> list[dict[str, object]]:
    first = (number - 1) * PER_PAGE + 1
    return [
        {"id": 300 + k, "title": f"Backend engineer no. {k}", "city": CITIES[k % 4], "url": f"/job/{300 + k}"}
        for k in range(first, first + PER_PAGE)
    ]


def _card(job: dict[str, object]) -> str:
    heading = f"<h2><a href='{job['url']}'>{job['title']}</a></h2>"
    return f"<li class='job'>{heading}<span class='city'>{job['city']}</span></li>"


def _pager(link: Callable[[int], str], number: int) -> str:
    items = "".join(
        f"<a href='{link(k)}'>{k}</a>" if k != number else f"<span class='current'>{k}</span>"
        for k in range(1, PAGES + 1)
    )
    onward = f"<a class='next' rel='next' href='{link(number + 1)}'>Next</a>" if number < PAGES else ""
    return f"<nav class='pagination'>{items}{onward}</nav>"


def _page(number: int, link: Callable[[int], str], drawn: bool) -> bytes:
    """Page ``number`` as served (an empty list, the script that fetches its own file) or as drawn."""
    cards = "".join(_card(j) for j in _jobs(number)) if drawn else ""
    return (
        "<html><head><title>Careers</title></head><body><header><a href='/'>Home</a></header>"
        f"<main><h1>Open positions</h1><ul class='jobs'>{cards}</ul>{_pager(link, number)}</main>"
        f"<script>fetch('/data/jobs-{number}.json').then(r => r.json()).then(draw)</script></body></html>"
    ).encode()


class ServedRendered(ServedPages):
    """The site: pages as served, pages as Chromium draws them, and one JSON file a page."""

    def __init__(self, link: Callable[[int], str], *, repeat: bool = False) -> None:
        pages: dict[str, bytes] = {}
        self.drawn: dict[str, bytes] = {}
        self.rendered: list[str] = []
        for number in range(1, PAGES + 1):
            address = SITE + link(number)
            pages[address] = _page(number, link, drawn=False)
            self.drawn[address] = _page(1 if repeat else number, link, drawn=True)
            pages[f"{SITE}/data/jobs-{number}.json"] = json.dumps({"jobs": _jobs(number)}).encode()
        super().__init__(pages)
        self.start = SITE + link(1)

    def fetch(self, url: str, *, render: bool = False) -> FetchedPage:
        if render:
            return self.render(url)
        self.asked.append(url)
        if url not in self.pages:
            raise FetchFailed(f"404 {url}")
        kind = "application/json" if url.endswith(".json") else "text/html"
        return FetchedPage(url, url, 200, {"content-type": kind}, self.pages[url])

    def render(self, url: str) -> RenderedFetch:
        self.rendered.append(url)
        if url not in self.drawn:
            raise FetchFailed(f"404 {url}")
        number = 1 + next(i for i, address in enumerate(self.drawn) if address == url)
        data = f"{SITE}/data/jobs-{number}.json"
        page = (url, url, 200, {"content-type": "text/html"}, self.drawn[url])
        return RenderedFetch(*page, json_responses=((data, self.pages[data]),))


class AsCrawled(ServedPages):
    """The site as the crawl of a rendered spec asks it: every page in Chromium."""

    def __init__(self, site: ServedRendered) -> None:
        super().__init__(site.drawn)


def _query(number: int) -> str:
    return "/jobs" if number == 1 else f"/jobs?page={number}"


def _path(number: int) -> str:
    return "/jobs/" if number == 1 else f"/jobs/page/{number}/"


def _scouted(site: ServedRendered) -> PageProfile:
    first = site.fetch(site.start)
    return probed_pages(first, survey_page(first, site), site)


def _site(link: Callable[[int], str], *, repeat: bool = False) -> ServedRendered:
    return ServedRendered(link, repeat=repeat)


@pytest.mark.parametrize("link", [_query, _path], ids=["query", "path"])
def test_a_list_from_an_endpoint_per_page_is_read_rendered_page_by_page(link: Callable[[int], str]) -> None:
    site = _site(link)
    profile = _scouted(site)
    assert profile.spec.render == "browser"
    titles = {r["title"] for r in crawl(profile.spec, AsCrawled(site))}
    assert titles == {j["title"] for n in range(1, PAGES + 1) for j in _jobs(n)}  # every page's jobs, not 8
    assert SITE + link(2) in site.rendered  # page 2 asked as page 1 was read: rendered


def test_a_rendered_page_two_repeating_page_one_keeps_the_endpoint() -> None:
    site = _site(_query, repeat=True)
    profile = _scouted(site)
    assert profile.spec.render != "browser"
    assert profile.spec.pagination.kind == "none"
    assert "page2-repeats" in note_codes(profile.notes)
    assert len(crawl(profile.spec, site)) == PER_PAGE


def test_an_endpoint_list_without_a_pager_is_not_rendered() -> None:
    site = _site(_query)
    for pages in (site.pages, site.drawn):
        for address in [a for a in pages if not a.endswith(".json")]:
            pages[address] = pages[address].split(b"<nav")[0] + b"</main></body></html>"
    first = site.fetch(SITE + "/jobs")
    profile = probed_pages(first, survey_page(first, site), site)
    assert profile.spec.pagination.kind == "none"
    assert profile.spec.render != "browser"
    before = len(site.rendered)
    assert rendered_pages(first, profile, site) is None
    assert len(site.rendered) == before  # no pager the endpoint failed to follow: no browser asked


def test_page_two_of_a_rendered_list_is_asked_rendered() -> None:
    site = _site(_query)
    first = site.render(SITE + "/jobs")
    spec = survey_page(first, site).spec.model_copy(update={"render": "browser"})
    said: list[str] = []
    asked = asked_page_two(first, spec, site, (f"{SITE}/jobs?page=2", "a pager link"), None, said)
    assert asked is not None, said
    assert asked.fresh == PER_PAGE  # page 2's own jobs, drawn: the served page shows none
