"""A list a script draws from a JSON endpoint, on a page whose address filters it (``?category=lamps``):
the endpoint is paged keeping its own query, moving only the pager's parameter; one whose address
lacks the page's filter would list other records, and is not paged; a parameter that only tracks
the click (``utm_source``, ``fbclid``, ``gclid``) blocks nothing."""

from __future__ import annotations

import json

import pytest

from agents.fetch import FetchedPage, RenderedFetch
from agents.heuristics.endpointfilters import uncarried_filters
from agents.heuristics.pagerrefusals import note_codes
from agents.survey import probed_pages, survey_page
from pipeline.core.exceptions import FetchFailed
from pipeline.core.schemas import PageProfile
from tests.unit.servedpages import ServedPages, crawl
from tests.unit.test_endpoint_pager_pages import SHOP, ServedJson

PER_PAGE = 10
PAGES = 3


def _items(kind: str, number: int) -> bytes:
    first = (number - 1) * PER_PAGE + 1
    items = [
        {"sku": f"{kind[:2].upper()}-{k:04d}", "title": f"Brass {kind} model {k}", "price": f"{90 + k}.00"}
        for k in range(first, first + PER_PAGE)
    ]
    return json.dumps({"data": {"items": items if number <= PAGES else []}}).encode()


def _page(script: str, pager: str) -> bytes:
    return (
        "<html><head><title>Lighting</title></head><body><header><a href='/'>Home</a></header>"
        f"<main><h1>Our range</h1><ul id='results'></ul>{pager}</main><script>{script}</script></body></html>"
    ).encode()


def _site(page: str, script: str, pager: str, lists: dict[str, str]) -> ServedJson:
    """``page`` with ``script`` and ``pager``; ``lists``: each endpoint's address and what it lists,
    answering ``?page=N`` (after its own query) with that list's page N (JSON under ``/api/products``)."""
    pages = {page: _page(script, pager)}
    for endpoint, kind in lists.items():
        pages[endpoint] = _items(kind, 1)
        joiner = "&" if "?" in endpoint else "?"
        for number in range(2, PAGES + 2):
            pages[f"{endpoint}{joiner}page={number}"] = _items(kind, number)
    return ServedJson(pages)


def _scouted(site: ServedJson, page: str) -> PageProfile:
    first = site.fetch(page)
    return probed_pages(first, survey_page(first, site), site)


KEPT = [
    (  # the pager drops the newsletter's tag; the endpoint names the category as the page does
        f"{SHOP}/catalog/?category=lamps&page=1&utm_source=newsletter&utm_medium=email",
        f"{SHOP}/api/products?category=lamps",
        '<nav class="pagination"><a href="?category=lamps&amp;page=2" aria-label="Next page">›</a></nav>',
    ),
    (  # the category sits in the page's path; an ad click's id on the page, the endpoint's own query
        f"{SHOP}/shop/lamps/?gclid=Cj0KCQ",
        f"{SHOP}/api/products/search?type=lamps&in_stock=1",
        '<div class="pager"><span>1</span><a href="?page=2" title="Next">Next</a></div>',
    ),
    (  # the filter's value carried in the endpoint's path; a social click's id
        f"{SHOP}/catalog/?category=lamps&fbclid=IwAR2x",
        f"{SHOP}/api/products/category/lamps",
        '<ul class="page-numbers"><li><a class="next" href="?category=lamps&amp;page=2">»</a></li></ul>',
    ),
    (  # no tracking at all: only the page parameter moves
        f"{SHOP}/catalog/?category=lamps&page=1",
        f"{SHOP}/api/products?category=lamps",
        '<nav class="pagination"><a href="?category=lamps&amp;page=2" rel="next">Next page</a></nav>',
    ),
]


@pytest.mark.parametrize(("page", "endpoint", "pager"), KEPT, ids=["utm", "gclid", "fbclid-path", "untracked"])
def test_the_endpoint_is_paged_with_its_own_query_whatever_tracks_the_click(
    page: str, endpoint: str, pager: str
) -> None:
    script = f"fetch('{endpoint.removeprefix(SHOP)}').then(r => r.json()).then(draw)"
    site = _site(page, script, pager, {endpoint: "lamp"})
    profile = _scouted(site, page)
    assert profile.spec.pagination.kind == "page_param"
    titles = {r["title"] for r in crawl(profile.spec, site)}
    assert len(titles) == PAGES * PER_PAGE
    assert all("lamp" in t for t in titles)
    paged = [url for url in site.asked if "/api/" in url and "page=" in url]
    assert paged and all(url.startswith(endpoint) for url in paged)  # its own query kept, page moved after it


LACKING = [
    (  # the script adds the page's query, which the Scout cannot read: it read the bare endpoint
        f"{SHOP}/catalog/?category=lamps",
        "fetch('/api/products' + location.search).then(r => r.json()).then(draw)",
        '<nav class="pagination"><a href="?category=lamps&amp;page=2" aria-label="Next page">›</a></nav>',
        f"{SHOP}/api/products",
    ),
    (  # the endpoint read names another brand than the page's
        f"{SHOP}/catalog/?brand=aurora&page=1&utm_campaign=spring",
        "$.getJSON('/api/products?brand=zenith', draw)",
        '<div class="pager"><a href="?brand=aurora&amp;page=2" title="Next">Next</a></div>',
        f"{SHOP}/api/products?brand=zenith",
    ),
]


@pytest.mark.parametrize(("page", "script", "pager", "endpoint"), LACKING, ids=["location-search", "other-brand"])
def test_an_endpoint_lacking_the_pages_filter_is_not_paged(page: str, script: str, pager: str, endpoint: str) -> None:
    site = _site(page, script, pager, {endpoint: "fan"})  # the endpoint lists ceiling fans, the page lamps
    profile = _scouted(site, page)
    assert profile.spec.pagination.kind == "none"
    assert "endpoint-unfiltered" in note_codes(profile.notes)
    assert not any("/api/" in url and "page=" in url for url in site.asked)  # refused before asking


def test_only_filters_count() -> None:
    endpoint = f"{SHOP}/api/products?category=lamps"
    assert uncarried_filters(f"{SHOP}/c/?category=lamps&sort=price&view=grid&per_page=48&q=", endpoint) == []
    assert uncarried_filters(f"{SHOP}/c/?category=lamps&utm_source=x&fbclid=1&gclid=2", endpoint) == []
    assert uncarried_filters(f"{SHOP}/c/?category=lamps&color=red", endpoint) == ["color=red"]
    assert uncarried_filters(f"{SHOP}/c/?category=chairs", endpoint) == ["category=chairs"]
    assert uncarried_filters(f"{SHOP}/c/?category=lamps&pg=3", endpoint, "pg") == []
    assert uncarried_filters(f"{SHOP}/c/?in_stock=1", f"{SHOP}/api/products?page=1") == ["in_stock=1"]


class ServedDrawn(ServedJson):
    """The site as served and, for its catalogue pages, as Chromium draws them: the lamps the script
    fetched with the page's own query, which the Scout could not read."""

    def __init__(self, pages: dict[str, bytes], drawn: dict[str, bytes]) -> None:
        super().__init__(pages)
        self.drawn = drawn

    def fetch(self, url: str, *, render: bool = False) -> FetchedPage:
        return self.render(url) if render else super().fetch(url)

    def render(self, url: str) -> RenderedFetch:
        self.asked.append(url)
        if url not in self.drawn:
            raise FetchFailed(f"404 {url}")
        return RenderedFetch(url, url, 200, {"content-type": "text/html"}, self.drawn[url])


def _drawn(number: int, address: str) -> bytes:
    lamps = json.loads(_items("lamp", number))["data"]["items"]
    cards = "".join(
        f"<li class='card'><h3><a href='/p/{i['sku']}'>{i['title']}</a></h3><b class='price'>{i['price']}</b></li>"
        for i in lamps
    )
    onward = f"<a class='next' href='{address}&amp;page={number + 1}'>Next</a>" if number < PAGES else ""
    return _page("", f"<nav class='pagination'>{onward}</nav>").replace(b"</ul>", f"{cards}</ul>".encode())


def test_an_unfiltered_endpoint_gives_way_to_the_pages_as_drawn() -> None:
    page = f"{SHOP}/catalog/?category=lamps"
    script = "fetch('/api/products' + location.search).then(r => r.json()).then(draw)"
    served = _site(page, script, f"<nav class='pagination'><a class='next' href='{page}&amp;page=2'>Next</a></nav>", {})
    served.pages[f"{SHOP}/api/products"] = _items("fan", 1)  # the endpoint as read: every product, fans first
    addresses = [page, *(f"{page}&page={n}" for n in range(2, PAGES + 1))]
    site = ServedDrawn(served.pages, {a: _drawn(n, page) for n, a in enumerate(addresses, start=1)})
    profile = _scouted(site, page)
    assert profile.spec.render == "browser"
    titles = {r["title"] for r in crawl(profile.spec, ServedPages(site.drawn))}
    assert len(titles) == PAGES * PER_PAGE
    assert all("lamp" in t for t in titles)


@pytest.mark.parametrize(
    "tracking",
    ["srsltid=AfmBOoq1x", "gad_source=1&gclid=Cj0KCQ", "_gl=1*1x2y*_ga*MTI3", "gbraid=0A&wbraid=Cj0K", "ttclid=E.C"],
)
def test_a_click_id_the_pager_keeps_is_no_filter(tracking: str) -> None:
    # Google Shopping's ``srsltid``, an ad's ``gad_source``: a pager keeping them asks the same lamps
    page, endpoint = f"{SHOP}/catalog/?category=lamps&{tracking}", f"{SHOP}/api/products?category=lamps"
    kept = tracking.replace("&", "&amp;")
    pager = f'<nav class="pagination"><a href="?category=lamps&amp;{kept}&amp;page=2">Next</a></nav>'
    script = f"fetch('{endpoint.removeprefix(SHOP)}').then(r => r.json()).then(draw)"
    profile = _scouted(_site(page, script, pager, {endpoint: "lamp"}), page)
    assert profile.spec.pagination.kind == "page_param", profile.notes
    assert uncarried_filters(page, endpoint, "page") == []
