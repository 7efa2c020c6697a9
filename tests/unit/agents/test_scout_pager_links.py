"""Pager links the Scout reads: page-size links are no next page, an unlinked label marks the
current page, and links that move an offset by one page make offset pagination."""

from __future__ import annotations

from parsel import Selector

from agents.heuristics.pagination import find_pagination
from agents.heuristics.urlpaging import is_size_param, offset_pagination
from agents.scout import analyze_page
from pipeline.core.extract import next_page_url
from pipeline.core.pagingspec import PaginationSpec
from pipeline.core.schemas import FieldSpec, ScraperSpec

BASE = "https://catalogue.test"


def _spec(url: str, pagination: PaginationSpec) -> ScraperSpec:
    title = FieldSpec(name="title", type="title", selector="h3")
    return ScraperSpec(start_url=url, record_selector="li", fields=(title,), pagination=pagination)


def _page(body: str, url: str) -> Selector:
    return Selector(text=f"<html><body>{body}</body></html>", base_url=url, type="html")


def _sizes(query: str) -> str:
    return (
        f'<p class="perpage">Per page: <a href="/films?{query}&amp;n=5">fewer</a> | '
        f'<a href="/films?{query}&amp;n=50">more</a> | <a href="/films?{query}&amp;n=all">all</a></p>'
    )


def test_a_link_that_only_resizes_the_page_is_no_next_page() -> None:
    url = f"{BASE}/films?offset=0&n=20"
    sizes = (
        '<p>Show <a href="/films?offset=0&amp;n=5">fewer</a> | <a href="/films?offset=0&amp;n=50">more</a>'
        ' | <a href="/films?offset=0&amp;n=all">all</a></p>'
    )
    assert is_size_param("n", "50") is False  # "n" alone names nothing: the rule below is what rejects "more"
    page = _page(sizes.replace("n=", "limit="), url.replace("n=", "limit="))
    assert find_pagination(page, url.replace("n=", "limit=")).spec.kind == "none"
    shown = _page(sizes.replace("n=", "show="), url.replace("n=", "show="))
    assert find_pagination(shown, url.replace("n=", "show=")).spec.kind == "none"


def test_a_next_link_that_goes_no_further_is_no_next_page() -> None:
    url = f"{BASE}/films?page=3"
    same = _page('<a href="/films?page=3">Next</a>', url)
    assert find_pagination(same, url).spec.kind == "none"
    back = _page('<a class="next" href="/films?page=2">More</a>', url)
    assert find_pagination(back, url).spec.kind == "none"
    # A page that names no number may be page 0 (Drupal counts from 0): ?page=1 is further, ?page=0 is not.
    first = f"{BASE}/films"
    assert find_pagination(_page('<a rel="next" href="?page=1">Next</a>', first), first).spec.kind == "next_link"
    assert find_pagination(_page('<a href="?page=0">Next</a>', first), first).spec.kind == "none"
    ahead = _page('<a href="/films?page=3&amp;per_page=50">more</a> <a href="/films?page=4">Next</a>', url)
    found = find_pagination(ahead, url).spec
    assert found.kind == "next_link"
    assert next_page_url(ahead, url, _spec(url, found), page_number=1) == (f"{BASE}/films?page=4")


def test_show_asks_for_a_page_size_only_with_a_number() -> None:
    assert is_size_param("show", "25") and is_size_param("show", "all") and is_size_param("limit", "x")
    assert not is_size_param("show", "comments")
    assert offset_pagination(f"{BASE}/list?skip=0&show=25", 7) == PaginationSpec(
        kind="offset", param="skip", start=0, step=25
    )


def _numbered(current: int, tag: str) -> str:
    links = [f'<a href="/archive/{n}">{n}</a>' if n != current else f"<{tag}>{n}</{tag}>" for n in range(1, 5)]
    return f'<div class="pages">Page: {" ".join(links)}</div>'


def test_an_unlinked_label_among_page_links_is_the_current_page() -> None:
    for tag in ("span", "b", "strong", "em"):
        url = f"{BASE}/archive/2"
        page = _page(_numbered(2, tag), url)
        found = find_pagination(page, url).spec
        assert found.kind == "next_link", tag
        spec = _spec(url, found)
        assert next_page_url(page, url, spec, page_number=1) == f"{BASE}/archive/3"
        third = _page(_numbered(3, tag), f"{BASE}/archive/3")
        assert next_page_url(third, f"{BASE}/archive/3", spec, page_number=2) == f"{BASE}/archive/4"
        last = _page(_numbered(4, tag), f"{BASE}/archive/4")
        assert next_page_url(last, f"{BASE}/archive/4", spec, page_number=3) is None


def test_a_bold_number_in_a_pager_cell_is_the_current_page() -> None:
    def cells(current: int) -> str:
        tds = [
            f'<td><a href="/search/{n}"><i class="ico"></i>{n}</a></td>'
            if n != current
            else f'<td><i class="ico"></i><b>{n}</b></td>'
            for n in range(1, 4)
        ]
        return f'<div id="pager" role="navigation"><table><tr>{"".join(tds)}</tr></table></div>'

    url = f"{BASE}/search/1"
    found = find_pagination(_page(cells(1), url), url).spec
    assert found.kind == "next_link"
    spec = _spec(url, found)
    assert next_page_url(_page(cells(1), url), url, spec, page_number=1) == f"{BASE}/search/2"
    assert next_page_url(_page(cells(2), url), f"{BASE}/search/2", spec, page_number=2) == f"{BASE}/search/3"


def test_an_unlinked_item_of_a_menu_or_several_bare_numbers_mark_no_page() -> None:
    url = f"{BASE}/about"
    menu = '<nav id="site"><a href="/">Home</a> <b>About</b> <a href="/contact">Contact</a></nav>'
    assert find_pagination(_page(menu, url), url).spec.kind == "none"
    numbers = '<div class="pages"><span>1</span> <span>2</span> <a href="/archive/3">3</a></div>'
    assert find_pagination(_page(numbers, url), url).spec.kind == "none"


def _ranges(offset: int, total: int = 26, size: int = 10, *, offset_first: bool = False) -> str:
    parts = []
    for start in range(0, total, size):
        label = f"{start + 1}-{min(start + size, total)}"
        query = f"skip={start}&amp;show={size}" if offset_first else f"show={size}&amp;skip={start}"
        href = f"/papers/recent?{query}"
        parts.append(f"<span>{label}</span>" if start == offset else f'<a href="{href}">{label}</a>')
    return f'<div class="paging">Total of {total} entries : {" ".join(parts)}</div>'


def test_links_that_move_an_offset_by_one_page_are_offset_pagination() -> None:
    url = f"{BASE}/papers/recent?show=10&skip=0"
    page = _page(_ranges(0) + _sizes("skip=0").replace("/films", "/papers/recent").replace("n=", "show="), url)
    assert find_pagination(page, url).spec == PaginationSpec(kind="offset", param="skip", start=0, step=10, max_pages=3)
    later = f"{BASE}/papers/recent?show=10&skip=10"
    assert find_pagination(_page(_ranges(10), later), later).spec == PaginationSpec(
        kind="offset", param="skip", start=10, step=10, max_pages=2
    )
    # No offset in the page's own URL: it is the first page, offset 0.
    bare = f"{BASE}/results"
    pager = (
        '<ul class="pagination"><li class="active"><span>1</span></li><li><a href="/results?from=20">2</a></li></ul>'
    )
    assert find_pagination(_page(pager, bare), bare).spec == PaginationSpec(
        kind="offset", param="from", start=0, step=20, max_pages=2
    )


def test_offset_pages_keep_the_order_of_the_pagers_parameters() -> None:
    # A server that reads its URL as a file name (or a cache) wants ?skip=10&show=10, as the pager links it.
    url = f"{BASE}/papers/recent?skip=0&show=10"
    page = _page(_ranges(0, offset_first=True), url)
    found = find_pagination(page, url).spec
    assert found.kind == "offset"
    spec = _spec(url, found)
    assert next_page_url(page, url, spec, page_number=1) == f"{BASE}/papers/recent?skip=10&show=10"
    later = f"{BASE}/papers/recent?skip=20&show=10"
    assert next_page_url(_page(_ranges(20, offset_first=True), later), later, spec, page_number=3) is None  # the last


def test_the_scout_pages_a_listing_by_its_offset_pager() -> None:
    url = f"{BASE}/papers/recent?show=10&skip=0"
    items = "".join(
        f'<li class="paper"><h3><a href="/abs/{n:04d}">Paper number {n} on catalogues</a></h3>'
        f'<p class="authors">Author {n}, Writer {n + 1}</p><span class="when">2024-05-{n + 1:02d}</span></li>'
        for n in range(10)
    )
    sizes = _sizes("skip=0").replace("/films", "/papers/recent").replace("n=", "show=")
    html = f"<html><body><h1>Recent</h1>{_ranges(0)}{sizes}<ul class='papers'>{items}</ul>{_ranges(0)}</body></html>"
    profile = analyze_page(html, url)
    assert profile.record_count == 10
    assert profile.spec.pagination == PaginationSpec(kind="offset", param="skip", start=0, step=10, max_pages=3)


def test_a_next_link_that_counts_what_it_shows_is_the_next_page() -> None:
    """ "Next 15 »", "Next 20 results": the count of the coming page, in a pager no class names."""
    url = f"{BASE}/screener/etfs.html"
    for text in ("Next 15 &raquo;", "next 20 results", "Next 10"):
        page = _page(f'<div><span>&laquo; Prev</span> <a href="/screener/etfs-p2.html">{text}</a></div>', url)
        found = find_pagination(page, url).spec
        assert found.kind == "next_link", text
        assert next_page_url(page, url, _spec(url, found), page_number=1) == f"{BASE}/screener/etfs-p2.html"


def test_next_in_other_words_is_the_next_page_where_it_leads_to_a_numbered_page() -> None:
    url = f"{BASE}/episodes/"
    for text in ("Older episodes &rarr;", "Load more recipes", "Next chapter", "Load more episodes ↓"):
        pager = f'<nav class="k3x9"><a href="/episodes/">1</a> <a href="/episodes/page/2/">{text}</a></nav>'
        found = find_pagination(_page(pager, url), url).spec
        assert found.kind == "next_link", text
        assert next_page_url(_page(pager, url), url, _spec(url, found), page_number=1) == f"{BASE}/episodes/page/2/"
    # The same words to a page of another kind are no pager: a section's link to its archive.
    aside = '<aside><a href="/episodes/archive/">Older episodes</a></aside>'
    assert find_pagination(_page(aside, url), url).spec.kind == "none"


def test_a_pager_named_by_its_aria_label_marks_its_current_page() -> None:
    """A site menu marks its current item too; the pager named "Pagination" is the one to read."""
    url = f"{BASE}/shows/"
    menu = '<nav><a href="/">Home</a> <a href="/shows/" aria-current="page">Shows</a> <a href="/about/">About</a></nav>'
    pager = (
        '<nav aria-label="Pagination"><a href="/shows/" aria-current="page">1</a>'
        ' <a href="/shows/2/">2</a> <a href="/shows/3/">3</a></nav>'
    )
    page = _page(menu + pager, url)
    found = find_pagination(page, url).spec
    assert found.kind == "next_link"
    assert next_page_url(page, url, _spec(url, found), page_number=1) == f"{BASE}/shows/2/"


def test_next_in_other_words_to_an_article_is_no_next_page() -> None:
    """ "Next article →" to /p/48213 names the next item, not a page of the list; "Next day
    delivery" is a promise, not a link onwards."""
    url = f"{BASE}/blog/"
    for link in ('<a href="/p/48213">Next article &rarr;</a>', '<a href="/delivery/p-2">Next day delivery</a>'):
        assert find_pagination(_page(link, url), url).spec.kind == "none", link


def test_an_icon_buttons_goto_label_says_next() -> None:
    """ "Goto next page" on an icon-only button is its only word for next."""
    url = f"{BASE}/stocks/most-active/"
    buttons = (
        '<a class="icon-btn k3x9" href="/stocks/most-active/?count=10&amp;offset=0" aria-label="Goto previous page">'
        '<svg aria-hidden="true"></svg></a> '
        '<a class="icon-btn k3x9" href="/stocks/most-active/?count=10&amp;offset=10" aria-label="{label}">'
        '<svg aria-hidden="true"></svg></a>'
    )
    for label in ("Goto next page", "Go to next page", "Go-to next page"):
        page = _page(buttons.format(label=label), url)
        found = find_pagination(page, url).spec
        assert found.kind != "none", label
        assert next_page_url(page, url, _spec(url, found), page_number=1) == f"{url}?count=10&offset=10", label


def test_a_later_time_window_is_the_next_page_and_an_earlier_one_is_not() -> None:
    """A timetable's "Later flights" moves its window on (``&from=20:00``); "Earlier flights" goes back."""
    url = f"{BASE}/departures/"
    earlier = '<a href="/departures/?from=14:00">Earlier flights</a>'
    for text in ("Later flights", "Later departures ›", "Spätere Verbindungen", "Plus tard"):
        page = _page(f'<nav>{earlier} <a href="/departures/?date=2025-03-14&amp;from=20:00">{text}</a></nav>', url)
        found = find_pagination(page, url).spec
        assert found.kind == "next_link", text
        assert next_page_url(page, url, _spec(url, found), page_number=1) == f"{url}?date=2025-03-14&from=20:00"
    earlier_only = _page('<nav><a href="/departures/?date=2025-03-14&amp;from=14:00">Earlier flights</a></nav>', url)
    assert find_pagination(earlier_only, url).spec.kind == "none"
    # A newest-first blog's "Later posts" leads back to newer ones; "Later today" leads to no page.
    for link in ('<a href="/blog/page/1/">Later posts</a>', '<a href="/news/">Later today</a>'):
        assert find_pagination(_page(link, f"{BASE}/blog/page/2/"), f"{BASE}/blog/page/2/").spec.kind == "none", link
