"""A list whose script draws both its records (from ``/api/items`` + the page's own query) and its pager
(an icon link labelled "Next page" to ``?page=2``): nothing in the HTML served shows either, so the
pager is read from the page as Chromium draws it, and the endpoint is paged by the parameter it moves
(real Chromium, one test: it is slow)."""

from __future__ import annotations

import http.server
import json

from agents.fetch import Fetcher
from agents.survey import probed_pages, survey_page
from pipeline.core.extract import extract_records
from pipeline.core.valuepages import param_page_url
from tests.unit.agents.test_render_never_idle import serve, settings

WORDS = ("Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliet", "Kilo", "Lima")
NAMES = [f"Gadget {word}" for word in WORDS]
PER_PAGE = 4
PAGE = (
    b"<!doctype html><html><head><title>Gadgets</title></head><body><main><h1>Gadgets</h1>"
    b"<ul class='products'></ul><div id='pager'></div></main>"
    b"<script>var page = parseInt(new URLSearchParams(location.search).get('page') || '1', 10);"
    b" fetch('/api/items' + location.search).then(function (r) { return r.json(); }).then(function (d) {"
    b" var list = document.querySelector('ul.products');"
    b" d.items.forEach(function (it) { var li = document.createElement('li'); li.className = 'product';"
    b' li.innerHTML = "<h2><a href=\'" + it.url + "\'>" + it.title + "</a></h2><span class=\'price\'>$"'
    b" + it.price + '.00</span>'; list.appendChild(li); });"
    b" if (d.items.length) { document.getElementById('pager').innerHTML = \"<nav class='pagination'><a href='?page=\""
    b" + (page + 1) + \"' aria-label='Next page'><svg viewBox='0 0 8 8'><path d='M0 0l4 4-4 4'/></svg></a></nav>\"; }"
    b" });</script></body></html>"
)


class _Shop(http.server.BaseHTTPRequestHandler):
    """``/list`` (any query: the script reads it) and ``/api/items?page=N``, four gadgets a page."""

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        path, _, query = self.path.partition("?")
        status, kind, body = 404, "text/html", b"<html><body><p>Not found</p></body></html>"
        if path == "/list":
            status, kind, body = 200, "text/html; charset=utf-8", PAGE
        elif path == "/api/items" and query in ("", "page=1", "page=2", "page=3", "page=4"):
            number = int(query.partition("=")[2] or 1)
            shown = NAMES[(number - 1) * PER_PAGE : number * PER_PAGE]
            items = [
                {"id": 100 + NAMES.index(n), "title": n, "price": 10 + NAMES.index(n), "url": f"/g/{n[7:]}"}
                for n in shown
            ]
            status, kind, body = 200, "application/json", json.dumps({"items": items}).encode()
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def test_an_endpoint_list_is_paged_by_the_pager_its_script_draws() -> None:
    with serve(_Shop) as root, Fetcher(settings(budget_s=20)) as fetcher:  # type: ignore[arg-type]
        page = fetcher.fetch(root + "/list")
        spec = probed_pages(page, survey_page(page, fetcher), fetcher).spec
        titles: list[object] = []
        for number in range(len(NAMES) // PER_PAGE):
            address = param_page_url(spec, spec.first_url, number) if number else spec.first_url  # as the crawl asks
            assert address is not None
            answer = fetcher.fetch(address)
            titles += [r["title"] for r in extract_records(answer.body, answer.final_url, spec)]
    assert titles == NAMES  # every gadget, not the first four
