"""Rendering in the real Chromium survives what real pages do while they load: redirect, rewrite their
URL, open dialogs and popups, throw, load from dead hosts; a download or a crash fails clearly."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator

import pytest
from playwright.sync_api import Error as PlaywrightError

from agents import render as render_module
from agents.fetch import Fetcher
from agents.render import render
from agents.survey import survey_page
from config.settings import CrawlSettings
from pipeline.core.exceptions import FetchFailed
from tests.unit.agents.test_render_never_idle import BUDGET_S, _Handler, serve, settings

#: The render budget of pages whose render ends on its own: room for a runner under load, where a redirect
#: chain in Chromium alone can take longer than ``BUDGET_S`` (which only the late, slow list needs).
ROOMY_S = 30.0
#: The budget of a page whose load never ends: the render waits it out, so it is spent in full; on a loaded
#: runner the first document may take more than ``BUDGET_S`` to arrive.
UNENDING_S = 10.0

LIST = (
    "<html><head><title>Gadgets</title></head><body><h1>Gadgets</h1><ul>"
    + "".join(f"<li class='item'>Gadget {n}</li>" for n in range(1, 6))
    + "</ul></body></html>"
)
HEAD_REDIRECTS = {
    "/replace.html": "<script>location.replace('/app/list.html');</script>",
    "/href.html": "<script>location.href = '/app/list.html';</script>",
    "/meta.html": "<meta http-equiv='refresh' content='0;url=/app/list.html'>",
    # A redirect after a moment, once the first document is loaded.
    "/later.html": "<script>setTimeout(() => location.replace('/app/list.html'), 300);</script>",
}
SCRIPTED = {
    "/push.html": "<script>history.pushState({}, '', '/app/list');</script>",
    "/replacestate.html": "<script>history.replaceState({}, '', '/app/list?view=all');</script>",
    "/hash.html": "<script>location.hash = '#/list';</script>",
    "/alert.html": "<script>alert('Welcome!'); confirm('Cookies?'); prompt('Your name?');</script>",
    "/unload.html": "<script>window.addEventListener('beforeunload', e => { e.preventDefault(); e.returnValue = ''; });"
    " location.replace('/app/list.html');</script>",
    "/popup.html": "<script>window.open('/app/list.html', '_blank');</script>",
    "/throws.html": "<script>throw new Error('broken bundle');</script><script>undefinedFunction();</script>",
    "/dead-cdn.html": "<script src='https://cdn.example.invalid/x.js'></script>"
    "<link rel='stylesheet' href='https://fonts.example.invalid/a.css'>",
    "/download-on-load.html": "<script>location.href = '/export.csv';</script>",
}
#: Scripts at the end of a list page's body.
AT_THE_END = {
    # Stops the trackers still loading: the document's DOMContentLoaded never reaches Playwright.
    "/stop.html": "<script>window.stop();</script>",
    # Sends the browser to an address answering no document (HTTP 204): the page stays as it is.
    "/nowhere.html": "<script>location.href = '/no-content';</script>",
    # Once it is drawn, polls forever and sends the browser to a list that is slow to answer.
    "/late-slow.html": "<script>setInterval(() => fetch('/api/ping'), 200);"
    " setTimeout(() => location.href = '/slow/list.html', 300);</script>",
}
ITEMS_DRAWN = (
    "<script>document.addEventListener('DOMContentLoaded', () => { const ul = document.querySelector('ul');"
    " for (let n = 1; n <= 5; n++) { const li = document.createElement('li'); li.className = 'item';"
    " li.textContent = 'Gadget ' + n; ul.appendChild(li); } });</script>"
)


class _NavHandler(_Handler):
    def do_GET(self) -> None:
        path = self.path.split("?")[0]
        if path in ("/app/list.html", "/slow/list.html"):
            if path.startswith("/slow/"):
                time.sleep(BUDGET_S + 0.5)
            self._answer(200, "text/html; charset=utf-8", LIST.encode())
        elif path in AT_THE_END:
            body = LIST.replace("</body>", AT_THE_END[path] + "</body>")
            self._answer(200, "text/html; charset=utf-8", body.encode())
        elif path == "/api/ping":
            self._answer(200, "application/json", b"{}")
        elif path == "/no-content":
            self.send_response(204)
            self.end_headers()
        elif path in HEAD_REDIRECTS:
            body = f"<html><head>{HEAD_REDIRECTS[path]}</head><body>Loading…</body></html>"
            self._answer(200, "text/html; charset=utf-8", body.encode())
        elif path in SCRIPTED:
            body = f"<html><head>{SCRIPTED[path]}</head><body><h1>Gadgets</h1><ul></ul>{ITEMS_DRAWN}</body></html>"
            self._answer(200, "text/html; charset=utf-8", body.encode())
        elif path in ("/moved", "/found"):
            self.send_response(301 if path == "/moved" else 302)
            self.send_header("Location", "/found" if path == "/moved" else "/app/list.html")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path in ("/jobs", "/app/list.aspx", "/data.bin"):
            self.send_response(200)  # as a static host serves a name it has no type for
            self.send_header("Content-Type", "application/octet-stream")
            body = b"PK\x03\x04\x00\x00" if path == "/data.bin" else LIST.encode()
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif path == "/start":
            self.send_response(302)
            self.send_header("Location", "/app/list.aspx")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path in ("/export.csv", "/report"):
            self.send_response(200)
            self.send_header("Content-Type", "text/csv" if path == "/export.csv" else "text/html")
            self.send_header("Content-Disposition", "attachment; filename=export.csv")
            self.send_header("Content-Length", "8")
            self.end_headers()
            self.wfile.write(b"a,b\n1,2\n")
        else:
            self._answer(404, "text/html", b"<html><body>Not found</body></html>")


@pytest.fixture
def nav_site() -> Iterator[str]:
    with serve(_NavHandler) as root:
        yield root


@pytest.mark.parametrize("page", sorted(HEAD_REDIRECTS))
def test_a_page_that_redirects_as_it_loads_renders_where_it_lands(nav_site: str, page: str) -> None:
    rendered = render(nav_site + page, settings(ROOMY_S))
    assert rendered.html.count('class="item"') == 5
    assert rendered.final_url == nav_site + "/app/list.html"
    assert rendered.url == nav_site + page


def test_an_http_redirect_chain_renders_where_it_lands(nav_site: str) -> None:
    rendered = render(nav_site + "/moved", settings(ROOMY_S))
    assert rendered.html.count('class="item"') == 5
    assert rendered.final_url == nav_site + "/app/list.html"


@pytest.mark.parametrize(
    ("page", "lands"),
    [("/push.html", "/app/list"), ("/replacestate.html", "/app/list?view=all"), ("/hash.html", "/hash.html#/list")],
)
def test_a_page_that_rewrites_its_url_renders_and_reports_it(nav_site: str, page: str, lands: str) -> None:
    rendered = render(nav_site + page, settings(ROOMY_S))
    assert rendered.html.count('class="item"') == 5
    assert rendered.final_url == nav_site + lands


@pytest.mark.parametrize("page", ["/stop.html", "/nowhere.html"])
def test_a_page_whose_load_never_ends_as_playwright_expects_still_renders(nav_site: str, page: str) -> None:
    rendered = render(nav_site + page, settings(UNENDING_S))
    assert rendered.html.count('class="item"') == 5
    assert rendered.final_url == nav_site + page


def test_the_final_url_is_that_of_the_document_read(nav_site: str) -> None:
    rendered = render(nav_site + "/late-slow.html", settings())  # the list answers after the budget
    assert rendered.html.count('class="item"') == 5
    assert "setInterval" not in rendered.html
    assert rendered.final_url == nav_site + "/slow/list.html"


@pytest.mark.parametrize("page", ["/alert.html", "/unload.html", "/popup.html", "/throws.html", "/dead-cdn.html"])
def test_dialogs_popups_errors_and_dead_hosts_do_not_stop_the_render(nav_site: str, page: str) -> None:
    rendered = render(nav_site + page, settings(ROOMY_S))
    assert rendered.html.count('class="item"') == 5


@pytest.mark.parametrize(("page", "lands"), [("/jobs", "/jobs"), ("/start", "/app/list.aspx")])
def test_a_page_served_under_a_file_type_renders(nav_site: str, page: str, lands: str) -> None:
    rendered = render(nav_site + page, settings(ROOMY_S))
    assert rendered.html.count('class="item"') == 5
    assert rendered.final_url == nav_site + lands


@pytest.mark.parametrize("page", ["/export.csv", "/report", "/download-on-load.html", "/data.bin"])
def test_a_download_fails_clearly(nav_site: str, page: str) -> None:
    with pytest.raises(FetchFailed, match=r"is a download \(a file\), not a page") as raised:
        render(nav_site + page, settings(ROOMY_S))
    assert not raised.value.transient


def test_a_closed_browser_is_tried_once_more(nav_site: str, monkeypatch: pytest.MonkeyPatch) -> None:
    real, calls = render_module._render_once, []

    def closed_once(*args: object, **kwargs: object) -> render_module.RenderedPage:
        calls.append(1)
        if len(calls) == 1:
            raise PlaywrightError("Target page, context or browser has been closed")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(render_module, "_render_once", closed_once)
    rendered = render(nav_site + "/app/list.html", settings(ROOMY_S))
    assert rendered.html.count('class="item"') == 5
    assert len(calls) == 2


def test_a_browser_that_keeps_crashing_fails_clearly(nav_site: str, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []

    def crashes(*args: object, **kwargs: object) -> render_module.RenderedPage:
        calls.append(1)
        raise PlaywrightError("Page crashed")

    monkeypatch.setattr(render_module, "_render_once", crashes)
    with pytest.raises(FetchFailed, match=r"Chromium crashed twice while rendering .*: Page crashed"):
        render(nav_site + "/app/list.html", settings(ROOMY_S))
    assert len(calls) == 2


APP = (
    # The endpoint's address is put together as the script runs: only rendering finds the records.
    "<!doctype html><html><head><title>Jobs</title></head><body><div id='root'></div><script>"
    "fetch(['', 'api', 'jobs'].join('/')).then(r => r.json())"
    ".then(jobs => { document.getElementById('root').innerHTML ="
    " '<ul>' + jobs.map(j => '<li class=\"job\"><h3>' + j.title + '</h3><p>' + j.city + '</p></li>').join('')"
    " + '</ul>'; });</script></body></html>"
)
JOBS = [{"title": f"Engineer {n}", "city": city} for n, city in enumerate(["Oslo", "Gdansk", "Aberdeen", "Bergen"])]


class _AppHandler(_Handler):
    def do_GET(self) -> None:
        if self.path == "/jobs":  # an app shell under a name a static host has no type for
            body = APP.encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/octet-stream")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path == "/api/jobs":
            self._answer(200, "application/json", json.dumps(JOBS).encode())
        else:
            self._answer(404, "text/html", b"<html><body>Not found</body></html>")


def test_the_scout_reads_an_app_shell_served_under_a_file_type() -> None:
    with serve(_AppHandler) as root, Fetcher(CrawlSettings(render_timeout_s=5, download_delay_s=0)) as fetcher:
        profile = survey_page(fetcher.fetch(root + "/jobs"), fetcher)
    assert profile.record_count == len(JOBS)
    assert {r["title"] for r in profile.sample_records} == {j["title"] for j in JOBS}
