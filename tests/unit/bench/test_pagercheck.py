"""Why the true link to page 2 was not taken (``pagercheck``): how page 2's address differs from page 1's, and
which of the Scout's own link tests turns the link down, run in process on hand-made first pages; the report
counts both for the lists read on their first page only, naming none."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from tests.bench.pagercheck import PASSES, address_change, describe_link, furthest_link, link_check, tail_shape
from tests.bench.pageroute import PageRoute, find_route
from tests.bench.pagingshape import check_shape
from tests.bench.scout_corpus import SiteResult, public_result, score

TITLES = [f"Walnut serving tray number {n}" for n in range(1, 9)]
EXPECTED = [{"title": t, "url": f"/item/{n}"} for n, t in enumerate(TITLES, 1)]
URL = "http://site.invalid/shop/"


def cards(numbers: range) -> str:
    return "".join(f'<li class="card"><a href="/item/{n}">{TITLES[n - 1]}</a></li>' for n in numbers)


@pytest.mark.parametrize(
    ("page1", "page2", "change"),
    [
        ("/shop/page/1/", "/shop/page/2/", "only a number changed in the path"),
        ("/shop/", "/shop/page2.html", "a number glued to a path word"),
        ("/shop.html", "/shop_p2.html", "a number glued to a path word"),
        ("/shop/", "/shop/2/", "a new path segment"),
        ("/shop/index.html", "/shop/page/2/", "a new path segment"),
        ("/shop/", "/shop/?page=2", "a query parameter added"),
        ("/shop/?page=1", "/shop/?page=2", "a query value changed"),
        ("/shop/", "/archive/older.html", "another host or path"),
    ],
)
def test_page_twos_address_change_is_named(page1: str, page2: str, change: str) -> None:
    assert address_change("http://h" + page1, "http://h" + page2) == change


def page(links: str, body: str = "") -> str:
    return f"<html><body><ul>{body or cards(range(1, 5))}</ul>{links}</body></html>"


def to_page2(href: str | None) -> bool:
    return (href or "").strip() in ("/shop/page2.html", "/archive/older.html", "http://other.invalid/shop/page2.html")


@pytest.mark.parametrize(
    ("links", "check"),
    [
        ('<div><a href="/shop/page2.html">Weitergehen zum Katalog</a></div>', "link text not a next word"),
        ('<nav><a href="/shop/">1</a><a href="/shop/page2.html">2</a></nav>', "a page number, not a next word"),
        (
            '<a class="next" href="/archive/older.html">Walnut tray</a>',
            "a class says next, but it leads off the list path",
        ),
        ('<a href="/shop/page2.html" aria-label="Next week">›</a>', "reads as a calendar step"),
        ('<a href="http://other.invalid/shop/page2.html">Next page</a>', "leads to another host"),
        ('<a href="/shop/page2.html">Next page</a>', PASSES),
    ],
)
def test_the_scouts_own_link_tests_name_the_one_saying_no(links: str, check: str) -> None:
    assert link_check(page(links), URL, to_page2) == check


def test_a_cards_read_more_to_page_two_is_several_addresses() -> None:
    body = "".join(
        f'<li><a href="/item/{n}">{TITLES[n - 1]}</a> <a href="/item/{n}#r">weiter »</a></li>' for n in (1, 2, 3)
    )
    links = '<li><a href="/archive/older.html">weiter »</a></li>'
    assert link_check(page("", body + links), URL, to_page2) == "its words lead to several addresses"


def test_the_link_getting_furthest_is_reported_and_none_is_empty() -> None:
    links = '<nav><a href="/shop/page2.html">2</a><a href="/shop/page2.html">Next page</a></nav>'
    assert link_check(page(links), URL, to_page2) == PASSES
    assert link_check(page(""), URL, to_page2) == ""


def test_find_route_carries_the_address_change_and_the_link_check(tmp_path: Path) -> None:
    root = tmp_path / "site"
    (root / "shop").mkdir(parents=True)
    (root / "shop" / "index.html").write_text(page('<a href="page2.html">Weiter zum Katalog</a>'), encoding="utf-8")
    (root / "shop" / "page2.html").write_text(page("", cards(range(5, 9))), encoding="utf-8")
    route = find_route(root, "shop/", EXPECTED)
    assert route.route == "anchor"
    assert (route.address_change, route.link_check) == ("a number glued to a path word", "link text not a next word")


def paged(route: PageRoute, codes: tuple[str, ...] = (), frozen: bool = True) -> SiteResult:
    got = [dict(r) for r in EXPECTED[:4]]
    result = score(EXPECTED, [{"entity_id": str(n), "url": "", "data": r} for n, r in enumerate(got)], "http://h/", 2)
    return SiteResult(
        "s", "k", frozen, result, 1.0, list_pages=2, pages_requested=2, pager_codes=codes, page_route=route
    )


def test_the_report_counts_changes_and_verdicts_naming_no_list() -> None:
    glued = "a number glued to a path word"
    results = [
        paged(PageRoute("anchor", "page", address_change=glued, link_check="link text not a next word")),
        paged(PageRoute("anchor", "page", address_change=glued, link_check=PASSES), ("page2-repeats",)),
        paged(PageRoute("script", "json", address_change="a query parameter added")),
        paged(PageRoute("not_found")),
    ]
    line = check_shape(results)
    assert line.startswith("3 lists with a route to page 2; address: only a number changed in the path 0,")
    assert f"{glued} 2, a new path segment 0, a query parameter added 1," in line
    verdicts = "link text not a next word 1, passes the link checks, then page 2 repeats page 1 1, no link to page 2"
    assert f"turned down by: {verdicts} (script, then no note) 1" in line
    assert "page_route" not in public_result(results[0], [])


@pytest.mark.parametrize(
    ("page1", "page2", "tail"),
    [
        ("/shop/", "/shop/page/2/", "/‹page›/N"),
        ("/shop/", "/shop/listing/2/", "/‹word›/N"),
        ("/shop/", "/shop/page2.html", "/‹page›N.ext"),
        ("/shop/", "/shop/?page=2", "?‹page›=N"),
        ("/shop/?q=tray", "/shop/?q=tray&cursor=abc", "?‹word›=‹word›"),
        ("/shop/", "/archive/older.html", "elsewhere /‹word›/‹word›.ext"),
        ("/shop/", "/shop/", "unchanged"),
    ],
)
def test_the_tail_of_page_twos_address_is_told_in_tokens_only(page1: str, page2: str, tail: str) -> None:
    assert tail_shape("http://h" + page1, "http://h" + page2) == tail


@pytest.mark.parametrize(
    ("link", "look"),
    [
        ('<a href="/shop/page/2/">Weiter zum Katalog</a>', "3 words, other words; address /‹page›/N"),
        ('<a href="/shop/page/2/">Próxima página</a>', "2 words, other words, not ASCII; address /‹page›/N"),
        ('<a href="/shop/2/" rel="next">Show more items »</a>', "3 words, saying items/more/show, a sign, rel=next"),
        ('<a href="/shop/2/" aria-label="Next"><svg></svg></a>', "no text, a picture, a label; address /N"),
        ('<a href="/shop/2/">»</a>', "signs only; address /N"),
    ],
)
def test_a_turned_down_link_is_described_by_its_shape_not_its_words(link: str, look: str) -> None:
    found = furthest_link(page(link), URL, lambda href: bool(href) and href.startswith("/shop/"))
    assert found is not None
    assert describe_link(found[1], URL).startswith(look)


def test_the_report_shows_each_turned_down_links_look() -> None:
    look = "3 words, other words; address /‹word›/N"
    route = PageRoute("anchor", "page", address_change="a new path segment", link_check="link text not a next word")
    line = check_shape([paged(replace(route, link_look=look)), paged(replace(route, link_look=look))])
    assert line.endswith(f"; the links: link text not a next word [{look}] 2")
