"""A list a script draws from a JSON endpoint whose address names no page, under a server-drawn pager
(an icon link labelled "Next page", "Nächste Seite", "下一页" to ``?page=2``): the endpoint is asked with
the pager's parameter and followed when it answers new records; otherwise a note says why not."""

from __future__ import annotations

import json

import pytest

from agents.fetch import FetchedPage
from agents.heuristics.pagerrefusals import note_codes
from agents.survey import probed_pages, survey_page
from pipeline.core.exceptions import FetchFailed
from pipeline.core.schemas import PageProfile
from tests.unit.servedpages import ServedPages, crawl

SHOP = "https://shop.example"
PAGE = f"{SHOP}/catalog/"
API = f"{SHOP}/api/products"
PAGES = 3
PER_PAGE = 12


class ServedJson(ServedPages):
    """The site, its endpoint answering JSON."""

    def fetch(self, url: str, *, render: bool = False) -> FetchedPage:
        self.asked.append(url)
        if url not in self.pages:
            raise FetchFailed(f"404 {url}")
        kind = "application/json" if url.startswith(API) else "text/html"
        return FetchedPage(url, url, 200, {"content-type": kind}, self.pages[url])

    def render(self, url: str) -> FetchedPage:
        raise FetchFailed(f"no browser here to render {url}")


def _products(number: int) -> list[dict[str, object]]:
    first = (number - 1) * PER_PAGE + 1
    return [
        {"id": 7000 + k, "name": f"Walnut side table {k}", "price": f"{40 + k}.50", "url": f"/p/walnut-table-{k}"}
        for k in range(first, first + PER_PAGE)
    ]


def _page(pager: str) -> bytes:
    return (
        "<html><head><title>Catalog</title></head><body><header><a href='/'>Home</a></header>"
        "<main><h1>Tables</h1><div id='grid'></div>"
        f"{pager}</main><script>fetch('/api/products' + location.search).then(r => r.json()).then(draw)</script>"
        "</body></html>"
    ).encode()


def _site(pager: str, *, endpoint_pages: bool = True) -> ServedJson:
    pages = {PAGE: _page(pager.format(n=2)), API: json.dumps({"products": _products(1)}).encode()}
    for number in range(2, PAGES + 1):
        pages[f"{PAGE}?page={number}"] = _page(pager.format(n=number + 1) if number < PAGES else "")
        answer = _products(number) if endpoint_pages else _products(1)  # a server ignoring ?page= answers page 1
        pages[f"{API}?page={number}"] = json.dumps({"products": answer}).encode()
    pages[f"{API}?page={PAGES + 1}"] = b'{"products": []}'
    return ServedJson(pages)


def _scouted(site: ServedJson) -> PageProfile:
    first = site.fetch(PAGE)
    return probed_pages(first, survey_page(first, site), site)


@pytest.mark.parametrize(
    "pager",
    [
        '<nav class="pagination"><span>Page 1 of 3</span><a href="?page={n}" aria-label="Next page">'
        '<svg viewBox="0 0 8 8"><path d="M0 0l4 4-4 4"/></svg></a></nav>',
        '<div class="pager"><a href="?page={n}" title="Nächste Seite"><i class="icon icon-right"></i></a></div>',
        '<div class="paginacion"><a href="?page={n}" aria-label="Página siguiente"><svg><use href="#c"/></svg>'
        "</a></div>",
        '<div class="pages"><a href="?page={n}" aria-label="下一页"><i class="iconfont"></i></a></div>',
    ],
)
def test_an_endpoint_list_is_paged_as_its_pages_icon_pager_is(pager: str) -> None:
    site = _site(pager)
    profile = _scouted(site)
    names = {r["name"] for r in crawl(profile.spec, site)}
    assert len(names) == PAGES * PER_PAGE  # every page's tables, not the first twelve
    assert f"{API}?page=2" in site.asked
    assert any("the endpoint paged by ?page=" in note for note in profile.notes)


def test_an_endpoint_ignoring_the_pagers_parameter_is_refused_with_a_note() -> None:
    site = _site('<div class="pager"><a href="?page={n}" aria-label="Next page"><svg/></a></div>', endpoint_pages=False)
    profile = _scouted(site)
    assert len(crawl(profile.spec, site)) == PER_PAGE
    assert "page2-repeats" in note_codes(profile.notes)


def test_a_pager_moving_the_path_is_noted_not_guessed() -> None:
    site = _site('<div class="pager"><a href="/catalog/page/{n}/" aria-label="Next page"><svg/></a></div>')
    profile = _scouted(site)
    assert profile.spec.pagination.kind == "none"
    assert "endpoint-unpaged" in note_codes(profile.notes)
    assert not any("?page=" in url for url in site.asked)


def test_an_endpoint_list_without_a_pager_says_so() -> None:
    profile = _scouted(_site(""))
    assert profile.spec.pagination.kind == "none"
    assert note_codes(profile.notes) == ["no-pager"]
