"""A rendered list whose pager a script drives gets the address its script reaches (real Chromium):
the pager probe's ``?page=2`` is not the site's address (``?pg=2``), and the page, its records and
maybe its pager exist only once the script ran; the page is served as a file (application/octet-stream,
a static host's type for "/catalogue")."""

from __future__ import annotations

import base64
import http.server
from collections.abc import Iterator

import pytest

from agents.fetch import Fetcher
from agents.renderclick import click_through
from agents.survey import probed_pages, survey_page
from pipeline.core.exceptions import FetchFailed
from pipeline.core.extract import extract_records
from pipeline.core.schemas import PageProfile
from pipeline.core.valuepages import param_page_url
from tests.unit.agents.test_render_never_idle import serve, settings

WORDS = ("Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliet", "Kilo", "Lima")
NAMES = [f"Gadget {word}" for word in WORDS]
PER_PAGE = 4
#: Titles nowhere in the served HTML: the cards are drawn from an encoded payload, four a page.
DRAW = (
    "<script>var page = parseInt(new URLSearchParams(location.search).get('pg') || '1', 10);"
    f" var all = atob('{base64.b64encode('|'.join(NAMES).encode()).decode()}').split('|');"
    " var list = document.querySelector('ul.products');"
    " function draw() { list.innerHTML = ''; all.slice((page - 1) * 4, page * 4).forEach(function (name, i) {"
    " var li = document.createElement('li'); li.className = 'product';"
    " li.innerHTML = \"<h2><a href='/g/\" + name.split(' ')[1].toLowerCase() + \"'>\" + name + '</a></h2>'"
    " + \"<span class='price'>$\" + (10 + i) + '.00</span>'; list.appendChild(li); }); }"
    " draw();</script>"
)
#: What the "Next" button's script does: load the next page's address, write it, or draw in place.
GO_ON = {
    "loads": "location.search = '?pg=' + (page + 1);",
    "writes": "page += 1; draw(); history.pushState({}, '', '?pg=' + page);",
    "in-place": "page += 1; draw();",
}
#: The pager: in the HTML served, or drawn by the script.
SERVED_PAGER = "<nav class='pagination'><button class='next'>Next</button></nav>"
DRAWN_PAGER = (
    "<script>var nav = document.createElement('nav'); nav.className = 'pagination';"
    " nav.innerHTML = \"<button class='next'>Next</button>\"; document.querySelector('main').appendChild(nav);</script>"
)


def catalogue_page(go_on: str, drawn: bool) -> bytes:
    """The catalogue page: its "Next" button does what ``GO_ON[go_on]`` says; its pager is ``drawn``
    by the script, or served."""
    pager = DRAWN_PAGER if drawn else SERVED_PAGER
    script = f"<script>document.querySelector('button.next').onclick = function () {{ {GO_ON[go_on]} }};</script>"
    return (
        "<!doctype html><html><head><title>Gadgets</title></head><body><main><h1>Gadgets</h1>"
        f"<ul class='products'></ul>{'' if drawn else pager}</main>{DRAW}{pager if drawn else ''}{script}</body></html>"
    ).encode()


class _Catalogue(http.server.BaseHTTPRequestHandler):
    """``/catalogue`` (and its ``?pg=2``, ``?pg=3``) as a static host serves a name without an extension;
    any other query is no page of this server (HTTP 404)."""

    body = b""

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        path, _, query = self.path.partition("?")
        if path == "/catalogue" and query in ("", "pg=2", "pg=3"):
            status, kind, body = 200, "application/octet-stream", self.body
        else:
            status, kind, body = 404, "text/html", b"<html><body><p>Not found</p></body></html>"
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def catalogue(request: pytest.FixtureRequest) -> Iterator[str]:
    go_on, drawn = request.param
    handler = type("Catalogue", (_Catalogue,), {"body": catalogue_page(go_on, drawn)})
    with serve(handler) as root:  # type: ignore[arg-type]
        yield root + "/catalogue"


def _scouted(url: str, fetcher: Fetcher) -> PageProfile:
    page = fetcher.fetch(url)
    return probed_pages(page, survey_page(page, fetcher), fetcher)


@pytest.mark.parametrize("catalogue", [("loads", False)], indirect=True, ids=["served"])
def test_a_rendered_list_whose_next_button_loads_another_address_is_crawled_through_it(catalogue: str) -> None:
    with Fetcher(settings(budget_s=20)) as fetcher:
        profile = _scouted(catalogue, fetcher)
        spec = profile.spec
        assert spec.render == "browser"
        assert (spec.pagination.kind, spec.pagination.param, spec.pagination.start) == ("page_param", "pg", 1)
        titles: list[object] = []
        for number in range(len(NAMES) // PER_PAGE):
            address = param_page_url(spec, catalogue, number) if number else catalogue  # as the crawl asks them
            assert address is not None
            page = fetcher.fetch(address, render=True)
            titles += [next(iter(r.values())) for r in extract_records(page.body, page.final_url, spec)]
    assert titles == NAMES
    # ``?page=2``, the probe's guess, is no page of this site: the note stays, the click's address is kept
    assert any(note.startswith("pagination: refused [page2-failed]") for note in profile.notes)


@pytest.mark.parametrize("catalogue", [("loads", True), ("writes", True)], indirect=True, ids=["drawn", "pushed"])
def test_a_pager_the_script_draws_is_clicked_and_an_address_it_only_writes_is_asked(catalogue: str) -> None:
    with Fetcher(settings(budget_s=20)) as fetcher:
        spec = _scouted(catalogue, fetcher).spec
    assert spec.render == "browser"
    assert (spec.pagination.kind, spec.pagination.param, spec.pagination.start) == ("page_param", "pg", 1)


@pytest.mark.parametrize("catalogue", [("in-place", True)], indirect=True, ids=["in-place"])
def test_records_a_click_draws_in_place_give_no_pagination_and_a_note_says_why(catalogue: str) -> None:
    with Fetcher(settings(budget_s=20)) as fetcher:
        profile = _scouted(catalogue, fetcher)
    assert profile.spec.render == "browser" and profile.spec.pagination.kind == "none"
    assert any(note.startswith("pagination: refused [in-place]") for note in profile.notes)


class _Shielded(_Catalogue):
    """``/catalogue`` served as HTML, but only to a browser's own navigation (``Sec-Fetch-Mode:
    navigate``), as a bot shield answers: any other client gets HTTP 403."""

    def do_GET(self) -> None:
        if self.headers.get("Sec-Fetch-Mode") != "navigate":
            self.send_response(403)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = self.body
        self.send_response(200 if self.path.partition("?")[0] == "/catalogue" else 404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def test_the_click_is_asked_with_the_browsers_own_requests() -> None:
    handler = type("Shielded", (_Shielded,), {"body": catalogue_page("loads", False)})
    with serve(handler) as root:
        clicked = click_through(root + "/catalogue", settings(budget_s=10), lambda _html, _url: "//button")
    assert clicked is not None and clicked.loaded
    assert clicked.url == root + "/catalogue?pg=2"


class _Guarded(_Catalogue):
    """The catalogue, whose robots.txt turns down its further pages; it notes every address asked."""

    asked: list[str]

    def do_GET(self) -> None:
        self.asked.append(self.path)
        if self.path != "/robots.txt":
            super().do_GET()
            return
        body = b"User-agent: *\nDisallow: /catalogue?pg=\n"
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def test_a_click_leading_where_robots_txt_forbids_is_not_followed() -> None:
    asked: list[str] = []
    handler = type("Guarded", (_Guarded,), {"body": catalogue_page("loads", False), "asked": asked})
    with (
        serve(handler) as root,
        Fetcher(settings(budget_s=10)) as fetcher,
        pytest.raises(FetchFailed, match=r"robots\.txt disallows"),
    ):
        fetcher.click(root + "/catalogue", lambda _html, _url: "//button")
    assert "/catalogue" in asked and not any("pg=" in path for path in asked)


def test_the_scout_says_robots_txt_turned_the_click_down() -> None:
    handler = type("Guarded", (_Guarded,), {"body": catalogue_page("loads", False), "asked": []})
    with serve(handler) as root, Fetcher(settings(budget_s=20)) as fetcher:
        profile = _scouted(root + "/catalogue", fetcher)
    assert profile.spec.pagination.kind == "none"
    assert any(n.startswith("pagination: refused [page2-failed]") and "robots.txt" in n for n in profile.notes)
