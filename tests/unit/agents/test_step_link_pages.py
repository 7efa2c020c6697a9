"""A pager no finder reads (no "next" word, no marked current page) is still followed when the
first page links its own address one step on and the site answers that with new records."""

from __future__ import annotations

from parsel import Selector

from agents.heuristics.pagination import find_pagination
from agents.heuristics.steplinks import step_link
from agents.steplinkprobe import step_link_pages
from pipeline.core.extract import extract_records, next_page_url
from pipeline.core.pagingspec import PaginationSpec
from pipeline.core.schemas import FieldSpec, ScraperSpec
from tests.unit.servedpages import ServedPages

HOST = "http://lists.test"


def _page(names: list[str], pager: str) -> bytes:
    rows = "".join(f'<li class="hit"><h3><a href="/item/{n}">{n}</a></h3><p>{n} notes</p></li>' for n in names)
    header = '<header><a href="/">Home</a><a href="/all?page=2">Two</a></header>'
    return f"<html><body>{header}<main><ul class='hits'>{rows}</ul>{pager}</main></body></html>".encode()


def _spec(start: str, pagination: PaginationSpec | None = None) -> ScraperSpec:
    return ScraperSpec(
        start_url=start,
        record_selector="ul.hits li.hit",
        fields=(FieldSpec(name="title", type="title", selector="h3 a"),),
        key_fields=("title",),
        pagination=pagination or PaginationSpec(),
    )


def _names(start: int) -> list[str]:
    return [f"Item {n}" for n in range(start, start + 3)]


def _numbers(links: list[tuple[str, str]]) -> str:
    """A numbered pager in a container no class names a pager, with no current page marked."""
    return '<div class="results-nav">' + "".join(f'<a href="{h}">{t}</a>' for h, t in links) + "</div>"


def _probe(site: ServedPages, url: str) -> PaginationSpec | None:
    found = step_link_pages(site.fetch(url), _spec(url), site)  # type: ignore[arg-type]
    return found.spec if found is not None else None


def test_a_numbered_offset_pager_without_marks_is_counted_by_its_step() -> None:
    url = f"{HOST}/search/"
    pager = _numbers([("?start=0", "1"), ("?start=3", "2"), ("?start=6", "3")])
    site = ServedPages({url: _page(_names(1), pager), f"{url}?start=3": _page(_names(4), pager)})
    assert find_pagination(Selector(text=site.pages[url].decode()), url).spec.kind == "none"
    spec = _probe(site, url)
    assert spec is not None and (spec.kind, spec.param, spec.start, spec.step) == ("offset", "start", 0, 3)
    assert site.asked == [url, f"{url}?start=3"]  # one request
    assert next_page_url(b"", f"{url}?start=3", _spec(url, spec), page_number=2) == f"{url}?start=6"


def test_page_links_writing_the_pagers_own_parameters_are_asked_as_written() -> None:
    url = f"{HOST}/advisories/"
    pager = _numbers([("?page=2&sort=date&q=", "2"), ("?page=3&sort=date&q=", "3")])
    second = f"{url}?page=2&sort=date&q="
    site = ServedPages({url: _page(_names(1), pager), second: _page(_names(4), pager)})
    assert find_pagination(Selector(text=site.pages[url].decode()), url).spec.kind == "none"
    spec = _probe(site, url)
    assert spec is not None and (spec.kind, spec.param, spec.start, spec.max_pages) == ("page_param", "page", 1, 3)
    assert next_page_url(b"", second, _spec(url, spec), page_number=2) == f"{url}?page=3&sort=date&q="


def test_empty_filters_a_page_link_adds_are_the_first_pages_state() -> None:
    url = f"{HOST}/events/?q=shoes"
    second = f"{HOST}/events/?q=shoes&date=&severity=&page=2"
    found = step_link(Selector(text=_page(_names(1), _numbers([(second, "2")])).decode()), url)
    assert found is not None and found.url == second and found.pagination is not None


def test_a_page_number_in_the_path_is_followed_after_the_unlinked_current_page() -> None:
    url = f"{HOST}/news/"
    one = '<div class="nums"><span>1</span><a href="/news/page/2/">2</a><a href="/news/page/3/">3</a></div>'
    two = '<div class="nums"><a href="/news/">1</a><span>2</span><a href="/news/page/3/">3</a></div>'
    site = ServedPages({url: _page(_names(1), one), f"{url}page/2/": _page(_names(4), two)})
    assert find_pagination(Selector(text=site.pages[url].decode()), url).spec.kind == "none"
    spec = _probe(site, url)
    assert spec is not None and (spec.kind, spec.next_selector) == ("next_link", "div.nums span + a")
    assert next_page_url(site.pages[f"{url}page/2/"], f"{url}page/2/", _spec(url, spec), page_number=2) == (
        f"{url}page/3/"
    )


def test_a_shop_page_suffix_is_read_as_its_page_number() -> None:
    url = f"{HOST}/garden/shoes.html"
    found = step_link(Selector(text=_page(_names(1), _numbers([("shoes-p2.html", "2")])).decode()), url)
    assert found is not None and found.url == f"{HOST}/garden/shoes-p2.html"


def test_sort_and_page_size_links_are_no_steps_and_ask_nothing() -> None:
    url = f"{HOST}/shop/"
    pager = _numbers([("?sort=price", "Price"), ("?per_page=50", "50"), ("/other/?page=2", "2")])
    site = ServedPages({url: _page(_names(1), pager)})
    assert _probe(site, url) is None
    assert site.asked == [url]  # a page with no step link costs no request


def test_a_page_link_carrying_a_sort_no_other_page_link_carries_is_no_step() -> None:
    url = f"{HOST}/shop/"
    pager = _numbers([("?page=2&sort=price", "2"), ("?page=3", "3")])
    assert step_link(Selector(text=_page(_names(1), pager).decode()), url) is None


def test_a_page_two_answering_the_same_records_is_no_pager() -> None:
    url = f"{HOST}/shop/"
    pager = _numbers([("?page=2", "2")])
    site = ServedPages({url: _page(_names(1), pager), f"{url}?page=2": _page(_names(1), pager)})
    assert _probe(site, url) is None


def test_a_page_two_repeating_the_first_pages_ids_is_no_pager() -> None:
    url = f"{HOST}/shop/"
    pager = _numbers([("?page=2", "2")])
    repeated = [*_names(1), *_names(1)[:2], "Item 9"]
    site = ServedPages({url: _page(_names(1), pager), f"{url}?page=2": _page(repeated, pager)})
    assert len(extract_records(site.pages[f"{url}?page=2"], f"{url}?page=2", _spec(url))) == 6
    assert _probe(site, url) is None


def test_a_page_link_to_another_host_is_never_fetched() -> None:
    url = f"{HOST}/shop/"
    site = ServedPages({url: _page(_names(1), _numbers([("http://169.254.169.254/shop/?page=2", "2")]))})
    assert _probe(site, url) is None and site.asked == [url]


def test_a_pager_counting_from_zero_starts_at_zero() -> None:
    url = f"{HOST}/catalog"
    pager = _numbers([("?page=1", "2"), ("?page=2", "3")])
    found = step_link(Selector(text=_page(_names(1), pager).decode()), url)
    assert found is not None and found.pagination is not None
    assert (found.url, found.pagination.start, found.pagination.endpoint) == (f"{url}?page=1", 0, None)


def test_a_lone_numbered_link_reading_a_title_is_no_pager() -> None:
    url = f"{HOST}/blog/"
    lone = '<aside class="recent"><a href="/blog/?p=2">Hello world</a></aside>'
    assert step_link(Selector(text=_page(_names(1), lone).decode()), url) is None
    assert step_link(Selector(text=_page(_names(1), lone.replace("Hello world", "2")).decode()), url) is not None


def test_offsets_that_do_not_move_by_one_page_size_are_followed_as_links() -> None:
    url = f"{HOST}/jobs/"
    one = '<div class="more"><a class="more-link" href="/jobs/?offset=3">Load more jobs</a></div>'
    two = '<div class="more"><a class="more-link" href="/jobs/?offset=5">Load more jobs</a></div>'
    site = ServedPages({url: _page(_names(1), one), f"{url}?offset=3": _page(_names(4)[:2], two)})
    spec = _probe(site, url)
    assert spec is not None and (spec.kind, spec.next_selector) == ("next_link", "a.more-link")


def test_a_two_page_list_whose_second_page_links_no_further_page_is_counted() -> None:
    url = f"{HOST}/news/"
    one = '<div class="nums"><span>1</span><a href="/news/p/2">2</a></div>'
    two = '<div class="nums"><a href="/news/">1</a><span>2</span></div>'
    site = ServedPages({url: _page(_names(1), one), f"{url}p/2": _page(_names(4), two)})
    spec = _probe(site, url)
    assert spec is not None and (spec.kind, spec.next_selector) == ("next_link", "div.nums span + a")


def test_a_list_served_with_a_trailing_slash_still_pages_by_its_links() -> None:
    url = f"{HOST}/listings/"
    pager = _numbers([("/listings?page=2", "2"), ("/listings?page=3", "3")])
    site = ServedPages({url: _page(_names(1), pager), f"{HOST}/listings?page=2": _page(_names(4), pager)})
    spec = _probe(site, url)
    assert spec is not None and (spec.kind, spec.endpoint) == ("page_param", f"{HOST}/listings?page=2")
    assert next_page_url(b"", f"{HOST}/listings?page=2", _spec(url, spec), page_number=2) == f"{HOST}/listings?page=3"


def test_a_path_pager_is_followed_by_the_class_of_its_links_wrapper() -> None:
    url = f"{HOST}/"
    one = '<div class="links"><div class="nav-earlier"><a href="/page/2/">Earlier writing</a></div></div>'
    two = (
        '<div class="links"><div class="nav-earlier"><a href="/page/3/">Earlier writing</a></div>'
        '<div class="nav-later"><a href="/">Later writing</a></div></div>'
    )
    site = ServedPages({url: _page(_names(1), one), f"{HOST}/page/2/": _page(_names(4), two)})
    spec = _probe(site, url)
    assert spec is not None and (spec.kind, spec.next_selector) == ("next_link", "div.nav-earlier > a")


def test_a_pager_marking_its_linked_current_page_by_a_class_is_followed_after_it() -> None:
    url = f"{HOST}/forums/bikes.12/"

    def pager(current: int) -> str:
        items = "".join(
            f'<li class="nav-num{" nav-num--on" if n == current else ""}">'
            f'<a href="/forums/bikes.12/{f"page-{n}/" if n > 1 else ""}">{n}</a></li>'
            for n in (1, 2, 3)
        )
        return f'<ul class="nav-nums">{items}</ul>'

    site = ServedPages({url: _page(_names(1), pager(1)), f"{url}page-2/": _page(_names(4), pager(2))})
    spec = _probe(site, url)
    assert spec is not None and (spec.kind, spec.next_selector) == ("next_link", "ul.nav-nums li.nav-num--on + li a")


def test_a_year_in_an_offset_named_parameter_is_no_page_size() -> None:
    url = f"{HOST}/events/"
    pager = _numbers([("?from=2024", "2024"), ("?from=2025", "2025")])
    site = ServedPages({url: _page(_names(1), pager), f"{url}?from=2024": _page(_names(4), pager)})
    assert step_link(Selector(text=site.pages[url].decode()), url) is not None
    assert _probe(site, url) is None  # asked once, but no page size and no link to follow on


def test_a_page_link_in_the_sites_header_is_no_pager_of_the_list() -> None:
    url = f"{HOST}/all"  # the header of every page links "/all?page=2"
    assert step_link(Selector(text=_page(_names(1), "").decode()), url) is None


def test_a_pager_marking_its_current_page_on_a_button_is_followed_after_that_cell() -> None:
    url = f"{HOST}/cards/ID-7"

    def pager(current: int) -> str:
        cells = "".join(
            f'<div class="cell"><button aria-current="true">{n}</button></div>'
            if n == current
            else f'<div class="cell"><a href="/cards/ID-7{f"/Page-{n}" if n > 1 else ""}">{n}</a></div>'
            for n in (1, 2, 3)
        )
        return f'<div class="tools">{cells}</div>'

    site = ServedPages({url: _page(_names(1), pager(1)), f"{url}/Page-2": _page(_names(4), pager(2))})
    spec = _probe(site, url)
    assert spec is not None and spec.next_selector == "div.tools div:has([aria-current]) + div a"
