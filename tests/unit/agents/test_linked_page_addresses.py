"""A list whose script pager makes the Scout ask the site for page 2 asks it as the page's numbered links
print it: their parameter (``?p=2``, ``?seite=2``, a name no table holds) and their form of the address
(``/shop?page=2`` from ``/shop/``), not a guessed ``?page=2`` a server answers with a 404. A block of
numbered links ending in a picture-only link (an ``<svg>`` arrow, no words) leads on by itself."""

from __future__ import annotations

import pytest

from agents.heuristics.linkedpages import linked_next_page, picture_next
from agents.heuristics.pagerrefusals import note_codes
from agents.pageprobe import probe_param_pages
from agents.scout import analyze_page
from pipeline.core.extract import make_selector
from pipeline.core.pagingspec import PaginationSpec
from pipeline.core.schemas import FieldSpec, ScraperSpec
from tests.unit.servedpages import ServedPages, crawl

HOST = "https://lamps.test"
ARROW = '<svg viewBox="0 0 8 8"><use href="#chevron-right"></use></svg>'
BARE_ARROW = '<svg viewBox="0 0 8 8" width="8"><path d="M0 0L8 4L0 8z"/></svg>'
BACK_ARROW = '<svg viewBox="0 0 8 8"><use href="#chevron-left"></use></svg>'
NAMES = ["Brass", "Walnut", "Linen", "Copper", "Oak", "Marble", "Velvet", "Cedar", "Slate", "Amber"]


def _cards(page: int, count: int = 7, wrapper: str = "lamps") -> str:
    cards = "".join(
        f'<article class="lamp"><h3><a href="/lamp/{page}-{i}">{NAMES[i]} lamp {page}.{i}</a></h3>'
        f"<p>{20 + i}.50 EUR</p></article>"
        for i in range(count)
    )
    return f'<section class="{wrapper}">{cards}</section>'


def _page(cards: str, pager: str) -> bytes:
    body = f'<main>{cards}<button type="button" class="js-more">Load more</button></main><footer>{pager}</footer>'
    return f"<html><head><title>Lamps</title></head><body>{body}</body></html>".encode()


def _ul_pager(link: str, current: int) -> str:
    """``<ul>``: 1 2 3 and an arrow; the current page a span, no pager class."""
    items = "".join(
        f"<li><span>{n}</span></li>" if n == current else f'<li><a href="{link.format(n)}">{n}</a></li>'
        for n in (1, 2, 3)
    )
    onward = f'<li><a href="{link.format(current + 1)}">{ARROW}</a></li>' if current < 3 else ""
    return f"<ul>{items}{onward}</ul>"


def _div_pager(link: str, current: int) -> str:
    """``<div>``: the next two numbers and a bare arrow, a "previous" arrow on later pages."""
    back = f'<a href="{link.format(current - 1)}">{BACK_ARROW}</a>' if current > 1 else ""
    numbers = "".join(f'<a href="{link.format(n)}">{n}</a>' for n in (current + 1, current + 2))
    return f"<div>{back}{numbers}<a href='{link.format(current + 1)}'>{BARE_ARROW}</a></div>"


def _spec(url: str) -> ScraperSpec:
    return ScraperSpec(
        start_url=url,
        record_selector="section.lamps article.lamp",
        fields=(FieldSpec(name="title", type="title", selector="h3 a"),),
        key_fields=("title",),
        pagination=PaginationSpec(),
    )


def _site(start: str, link: str, pager: object = _ul_pager, **later: str) -> ServedPages:
    """Page 1 at ``start``; pages 2 to 4 (empty) only at the address ``link`` prints them."""
    pages = {start: _page(_cards(1), pager(link, 1))}  # type: ignore[operator]
    for n in (2, 3):
        pages[link.format(n)] = _page(later.get(f"cards{n}", _cards(n)), pager(link, n))  # type: ignore[operator]
    pages[link.format(4)] = _page('<section class="lamps"><p>No more lamps.</p></section>', "")  # past the last
    return ServedPages(pages)


@pytest.mark.parametrize(
    ("link", "pager"),
    [
        (f"{HOST}/lamps/?p={{}}", _div_pager),
        (f"{HOST}/lamps/?seite={{}}", _div_pager),
        (f"{HOST}/lamps/?blatt={{}}", _ul_pager),  # a name no table of page parameters holds
        (f"{HOST}/lamps?page={{}}", _ul_pager),  # the folder without its slash
        (f"{HOST}/lamps/?sort=new&page={{}}", _ul_pager),
    ],
)
def test_the_probe_asks_page_2_as_the_numbered_links_print_it(link: str, pager: object) -> None:
    start = f"{HOST}/lamps/" + ("?sort=new" if "sort=" in link else "")
    site = _site(start, link, pager)
    spec = _spec(start)
    refusals: list[str] = []
    found = probe_param_pages(site.fetch(start), spec, site, refusals=refusals)  # type: ignore[arg-type]
    assert found is not None, refusals
    assert refusals == []
    titles = {r["title"] for r in crawl(spec.model_copy(update={"pagination": found.spec}), site)}
    assert {"Brass lamp 2.0", "Brass lamp 3.0"} <= titles


@pytest.mark.parametrize(
    "cards2",
    [
        _cards(2, count=3),  # a short page 2
        _cards(2, wrapper="lamps lamps--page-2"),  # the wrapper's classes change
        _cards(1, count=1).replace("</section>", "") + _cards(2).replace('<section class="lamps">', ""),  # featured
        _cards(2).replace("<article", '<article class="ad">Sponsored</article><article', 1),  # an ad card
    ],
)
def test_later_pages_differing_as_real_ones_do_are_still_followed(cards2: str) -> None:
    link = f"{HOST}/lamps/?p={{}}"
    site = _site(f"{HOST}/lamps/", link, _div_pager, cards2=cards2)
    found = probe_param_pages(site.fetch(f"{HOST}/lamps/"), _spec(f"{HOST}/lamps/"), site)  # type: ignore[arg-type]
    assert found is not None and found.spec.param == "p"


def test_a_numbered_block_leading_to_the_same_records_is_still_turned_down() -> None:
    # "View 1 2 3" toggles how the same lamps are shown: asked, ?view=2 answers page 1's records.
    start = f"{HOST}/lamps/"
    toggle = "".join(f'<a href="/lamps/?view={n}">{n}</a>' for n in (1, 2, 3))
    site = ServedPages(
        {start: _page(_cards(1), f"<div>{toggle}</div>"), f"{start}?view=2": _page(_cards(1), f"<div>{toggle}</div>")}
    )
    refusals: list[str] = []
    assert probe_param_pages(site.fetch(start), _spec(start), site, refusals=refusals) is None  # type: ignore[arg-type]
    assert "page2-repeats" in note_codes(refusals)


def test_the_link_to_the_next_number_is_read_from_a_block_without_a_pager_class() -> None:
    url = f"{HOST}/lamps/index.html"
    html = make_selector(_page(_cards(1), _ul_pager("/lamps/?blatt={}", 1)), url)
    found = linked_next_page(html, url)
    assert found is not None
    assert (found.param, found.current, found.address) == ("blatt", 1, f"{HOST}/lamps/?blatt=1")


def test_a_picture_after_the_numbers_is_the_way_on_and_a_picture_back_is_not() -> None:
    url = f"{HOST}/lamps/?blatt=2"
    html = make_selector(_page(_cards(2), _div_pager("/lamps/?blatt={}", 2)), url)
    found = picture_next(html, url)
    assert found is not None and found.anchor.get("href") == "/lamps/?blatt=3"
    only_back = f'<div><a href="/lamps/?blatt=1">{BACK_ARROW}</a><a href="/about">About</a></div>'
    assert picture_next(make_selector(_page(_cards(2), only_back), url), url) is None


@pytest.mark.parametrize("arrow", [ARROW, BARE_ARROW, f'<img src="/i/arrow.png" alt="">{""}'])
def test_a_list_paged_by_numbers_and_a_picture_gets_the_numbers_parameter(arrow: str) -> None:
    numbers = "".join(f'<a href="/lamps/?blatt={n}">{n}</a>' for n in (2, 3))
    body = _page(_cards(1), f"<nav><span>1</span>{numbers}<a href='/lamps/?blatt=2'>{arrow}</a></nav>")
    profile = analyze_page(body, f"{HOST}/lamps/")
    assert profile.spec.pagination.kind == "page_param"
    assert (profile.spec.pagination.param, profile.spec.pagination.start) == ("blatt", 1)


def test_a_rating_filter_of_numbered_links_before_the_pager_is_not_taken_for_it() -> None:
    # "Stars: 1 2 3 4 5" filters the lamps: ?stars=2 answers other lamps, new records, yet no page 2.
    start, link = f"{HOST}/lamps/", f"{HOST}/lamps/?p={{}}"
    stars = "<div class='rating'>" + "".join(f'<a href="/lamps/?stars={n}">{n}</a>' for n in range(1, 6)) + "</div>"
    site = _site(start, link, _div_pager)
    site.pages[start] = site.pages[start].replace(b"<main>", f"<main>{stars}".encode())
    site.pages[f"{start}?stars=2"] = _page(_cards(7), "")
    found = probe_param_pages(site.fetch(start), _spec(start), site)  # type: ignore[arg-type]
    assert found is not None and found.spec.param == "p"


def test_an_address_urlsplit_cannot_read_in_a_numbered_block_is_passed_over() -> None:
    url = f"{HOST}/lamps/"
    numbers = "".join(f'<a href="/lamps/?p={n}">{n}</a>' for n in (2, 3)) + '<a href="http://[lamps/?p=4">4</a>'
    found = linked_next_page(make_selector(_page(_cards(1), f"<nav>{numbers}</nav>"), url), url)
    assert found is not None and found.param == "p"
