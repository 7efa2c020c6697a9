"""Infinite scroll over HTML fragments: the URL a script fetches and inserts into the list, and the
htmx element that loads the next page when scrolled into view.

A shop shows its first records; an inline script asks ``/ajax/items?offset=N`` (from the value it
starts at, by the step it adds) and inserts the answer, bare cards, into the grid until an answer is
empty. An htmx list's last card instead names the next page (``hx-trigger="revealed"``).
"""

from __future__ import annotations

import pytest
from parsel import Selector
from pydantic import ValidationError

from agents.heuristics.loadmore import load_more_button
from agents.pageprobe import probe_param_pages
from agents.scriptpaging import paged_calls
from pipeline.core.extract import next_page_url
from pipeline.core.pagingspec import PaginationSpec
from pipeline.core.schemas import FieldSpec, ScraperSpec
from pipeline.core.valuepages import param_page_url
from tests.unit.servedpages import ServedPages, crawl

SHOP = "https://shop.test"
PAGE = f"{SHOP}/scroll"
SCROLL_SCRIPT = """
<script>
  let offset = 8;
  const grid = document.getElementById('grid');
  function more() {
    fetch(`/ajax/items?offset=${offset}`).then(r => r.text()).then(html => {
      if (!html.trim()) { return; }
      grid.insertAdjacentHTML('beforeend', html);
      offset += 8;
    });
  }
  window.addEventListener('scroll', more);
</script>"""


def _card(n: int) -> str:
    return f'<div class="item"><a href="/p/{n}"><span class="name">Garden tool {n}</span></a><b>${10 + n}</b></div>'


def _list_page(script: str = SCROLL_SCRIPT) -> bytes:
    cards = "".join(_card(n) for n in range(10))
    return f'<html><body><h1>Tools</h1><div id="grid" class="grid">{cards}</div>{script}</body></html>'.encode()


def _fragment(first: int, last: int) -> bytes:
    """Ten cards from ``first`` (two repeating the batch before), as the server answers them."""
    return "".join(_card(n) for n in range(first, min(first + 10, last))).encode()


_Site = ServedPages


def _shop(total: int = 26) -> _Site:
    pages = {PAGE: _list_page()}
    for offset in range(0, 48, 8):
        pages[f"{SHOP}/ajax/items?offset={offset}"] = _fragment(offset, total)
    return _Site(pages)


SPEC = ScraperSpec(
    start_url=PAGE,
    record_selector="div#grid > div.item",
    fields=(
        FieldSpec(name="title", type="title", selector="span.name"),
        FieldSpec(name="url", type="url", selector="a", attribute="href"),
        FieldSpec(name="price", type="price", selector="b"),
    ),
    key_fields=("url",),
)


def test_the_script_s_fragment_url_is_read_with_its_first_value_and_step() -> None:
    [call] = paged_calls(Selector(text=_list_page().decode()), PAGE)
    assert (call.url, call.param, call.start, call.step, call.counts_pages) == (
        f"{SHOP}/ajax/items?offset=8",
        "offset",
        8,
        8,
        False,
    )


def test_a_page_slot_is_read_where_it_is_not_where_its_name_ends_another() -> None:
    script = (
        "<script>let page = 2; const perPage = 12; function more() {"
        " fetch(`/ajax/items?per_page=${perPage}&page=${page}`).then(r => r.text())"
        ".then(html => grid.insertAdjacentHTML('beforeend', html)); page++; }</script>"
    )
    [call] = paged_calls(Selector(text=_list_page(script).decode()), PAGE)
    assert (call.url, call.param, call.start) == (f"{SHOP}/ajax/items?per_page=12&page=2", "page", 2)


def test_a_page_number_appended_to_a_string_counts_up_by_one() -> None:
    script = (
        '<script>var page = 2; function next() { $.get("/more?page=" + page, function (html) {'
        " $('#grid').append(html); page++; }); }</script>"
    )
    [call] = paged_calls(Selector(text=_list_page(script).decode()), PAGE)
    assert (call.url, call.param, call.start, call.step, call.counts_pages) == (
        f"{SHOP}/more?page=2",
        "page",
        2,
        1,
        True,
    )


@pytest.mark.parametrize(
    "script",
    [
        # JSON the script builds elements from: the data scout's business, not a fragment.
        "<script>let page = 1; fetch(`/api/items?page=${page}`).then(r => r.json()).then(d => render(d));</script>",
        # Another host's URL is never followed.
        "<script>let offset = 8; fetch(`https://ads.test/feed?offset=${offset}`).then(r => r.text())"
        ".then(h => box.insertAdjacentHTML('beforeend', h));</script>",
    ],
)
def test_no_fragment_url_without_markup_inserted_from_this_site(script: str) -> None:
    assert paged_calls(Selector(text=_list_page(script).decode()), PAGE) == []


def test_the_fragments_become_the_list_s_following_pages() -> None:
    site = _shop()
    page = site.fetch(PAGE)
    found = probe_param_pages(page, SPEC, site)  # type: ignore[arg-type]
    assert found is not None
    paging = found.spec
    assert (paging.kind, paging.param, paging.start, paging.step) == ("offset", "offset", 0, 8)
    assert paging.endpoint == f"{SHOP}/ajax/items?offset=8"
    # The fragments are bare cards: the record selector read at their top level (as the Builder fits it).
    spec = SPEC.model_copy(update={"pagination": paging, "record_selector": "div.item"})
    records = crawl(spec, site)
    assert [r["title"] for r in records] == [f"Garden tool {n}" for n in range(26)]
    assert site.asked[-1] == f"{SHOP}/ajax/items?offset=32"  # empty: the end


def test_a_fragment_url_that_brings_nothing_new_is_no_pagination() -> None:
    site = _shop()
    site.pages[f"{SHOP}/ajax/items?offset=8"] = _fragment(0, 10)
    assert probe_param_pages(site.fetch(PAGE), SPEC, site) is None  # type: ignore[arg-type]


def test_an_endpoint_replaces_the_page_s_own_url_for_the_following_pages() -> None:
    paging = PaginationSpec(kind="page_param", param="p", start=1, endpoint=f"{SHOP}/frag?p=2&sort=new")
    spec = SPEC.model_copy(update={"pagination": paging})
    assert param_page_url(spec, PAGE, 1) == f"{SHOP}/frag?p=2&sort=new"
    assert param_page_url(spec, f"{SHOP}/frag?p=2&sort=new", 2) == f"{SHOP}/frag?p=3&sort=new"
    with pytest.raises(ValidationError):
        PaginationSpec(kind="next_link", next_selector="a.next", endpoint=f"{SHOP}/frag")
    with pytest.raises(ValidationError):
        PaginationSpec(kind="page_param", param="p", endpoint="javascript:alert(1)")
    with pytest.raises(ValidationError):  # no parameter to count: it would never page
        PaginationSpec(kind="page_param", endpoint=f"{SHOP}/frag")


@pytest.mark.parametrize("endpoint", ["https://elsewhere.example/frag?p=2", "http://shop.test/frag?p=2"])
def test_an_endpoint_off_the_sources_site_is_never_asked(endpoint: str) -> None:
    paging = PaginationSpec(kind="page_param", param="p", start=1, endpoint=endpoint)
    spec = SPEC.model_copy(update={"pagination": paging})
    assert param_page_url(spec, PAGE, 1) is None


def _testimonials(cards: range, last: str) -> str:
    items = [f'<div class="quote"><p>Great service number {n}, would recommend.</p></div>' for n in cards]
    items[-1] = items[-1].replace('<div class="quote">', f'<div class="quote" {last}>')
    return "".join(items)


def test_an_htmx_card_loaded_when_revealed_names_the_next_page() -> None:
    revealed = 'hx-get="/api/quotes?page=2" hx-trigger="revealed" hx-swap="afterend"'
    html = f"<html><body><div class=quotes>{_testimonials(range(10), revealed)}</div></body></html>"
    found = load_more_button(Selector(text=html), f"{SHOP}/quotes")
    assert found is not None
    assert (found.spec.kind, found.spec.next_attribute) == ("next_link", "hx-get")
    spec = ScraperSpec(
        start_url=f"{SHOP}/quotes",
        record_selector="div.quote",
        fields=(FieldSpec(name="text", type="text", selector="p"),),
        pagination=found.spec,
    )
    assert next_page_url(html, f"{SHOP}/quotes", spec, page_number=1) == f"{SHOP}/api/quotes?page=2"
    # The fragment's last card names the page after it, relative to the list page.
    fragment = _testimonials(range(10, 20), 'hx-get="/api/quotes?page=3" hx-trigger="intersect once"')
    assert next_page_url(fragment, f"{SHOP}/api/quotes?page=2", spec, page_number=2) == f"{SHOP}/api/quotes?page=3"


@pytest.mark.parametrize(
    "widget",
    [
        # A widget filled in place when it comes into view: no page of the list.
        '<div class="cart" hx-get="/cart/summary" hx-trigger="revealed"></div>',
        # Another host.
        '<div class="more" hx-get="https://other.test/items?page=2" hx-trigger="revealed" hx-swap="afterend"></div>',
        # Loaded on a click, and reading no "load more": not scrolling.
        '<div class="more" hx-get="/items?page=2" hx-trigger="click" hx-swap="afterend"></div>',
    ],
)
def test_other_htmx_elements_are_no_next_page(widget: str) -> None:
    html = f"<html><body><div class=quotes>{_testimonials(range(10), '')}</div>{widget}</body></html>"
    assert load_more_button(Selector(text=html), f"{SHOP}/quotes") is None


BUILT_SCRIPT = """
<code id="moreItemsPath" hidden><!--"/frag/items"--></code>
<script>
  var grid = document.getElementById('grid');
  var path = JSON.parse(document.getElementById("moreItemsPath").textContent.replace(/^\\s*<!--|-->\\s*$/g, ""));
  function more() {
    var params = new URLSearchParams(window.location.search);
    params.set("skip", String(grid.querySelectorAll(":scope > div").length));
    fetch(path + "?" + params.toString()).then(function (r) { return r.text(); })
      .then(function (html) { grid.insertAdjacentHTML("beforeend", html); });
  }
</script>"""


def test_a_url_joined_from_a_path_on_the_page_and_the_page_s_query_is_followed() -> None:
    url = f"{PAGE}?q=rake&sort=new"
    site = _Site({url: _list_page(BUILT_SCRIPT)})
    for skip, first in ((10, 10), (20, 20), (30, 26)):  # what the count of cards shown asks
        site.pages[f"{SHOP}/frag/items?q=rake&sort=new&skip={skip}"] = _fragment(first, 26)
    [call] = paged_calls(Selector(text=_list_page(BUILT_SCRIPT).decode()), url)
    assert (call.param, call.start, call.step) == ("skip", None, None)  # the records shown, left to the probe
    found = probe_param_pages(site.fetch(url), SPEC.model_copy(update={"start_url": url}), site)  # type: ignore[arg-type]
    assert found is not None
    assert (found.spec.kind, found.spec.start, found.spec.step) == ("offset", 0, 10)
    assert found.spec.endpoint == f"{SHOP}/frag/items?q=rake&sort=new&skip=10"


def test_a_query_set_to_a_value_known_only_when_running_is_not_guessed() -> None:
    script = BUILT_SCRIPT.replace('params.set("skip"', 'params.set("token", window.sessionToken); params.set("skip"')
    assert paged_calls(Selector(text=_list_page(script).decode()), f"{PAGE}?q=rake") == []


def test_a_page_counted_up_before_its_fetch_is_asked_after_the_list_page() -> None:
    """``let page = 1`` and ``page++`` before each fetch: page 1 answers the list's own records."""
    script = """<script>let page = 1; const grid = document.getElementById('grid');
  function more() { page++; fetch(`/ajax/page?page=${page}`).then(r => r.text())
    .then(html => grid.insertAdjacentHTML('beforeend', html)); }
  window.addEventListener('scroll', more);</script>"""
    pages = {PAGE: _list_page(script)}
    for number in range(1, 5):  # the fourth empty: the end
        pages[f"{SHOP}/ajax/page?page={number}"] = _fragment(10 * (number - 1), 26)
    site = _Site(pages)
    found = probe_param_pages(site.fetch(PAGE), SPEC, site)  # type: ignore[arg-type]
    assert found is not None
    assert site.asked[1:] == [f"{SHOP}/ajax/page?page=1", f"{SHOP}/ajax/page?page=2"]
    assert (found.spec.kind, found.spec.param, found.spec.start) == ("page_param", "page", 1)
    assert found.spec.endpoint == f"{SHOP}/ajax/page?page=2"
    spec = SPEC.model_copy(update={"pagination": found.spec, "record_selector": "div.item"})
    assert [r["title"] for r in crawl(spec, site)] == [f"Garden tool {n}" for n in range(26)]
