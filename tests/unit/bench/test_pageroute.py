"""The route to page 2 (``pageroute``): page 2's file is found by the records it holds, and the start page's way
to it is told apart (a link and its shape, ``<link rel=next>``, a form, a script, an attribute, nothing); the
report sums the routes over a set and a frozen site's own route stays out of ``--json``."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench.pageroute import PageRoute, find_route, url_kind
from tests.bench.pagingshape import route_shape
from tests.bench.scout_corpus import SiteResult, public_result, score

TITLES = [f"Walnut serving tray number {n}" for n in range(1, 9)]
EXPECTED = [{"title": t, "url": f"/item/{n}"} for n, t in enumerate(TITLES, 1)]


def cards(numbers: range | list[int]) -> str:
    return "".join(f'<li><a href="/item/{n}">{TITLES[n - 1]}</a></li>' for n in numbers)


def site(tmp_path: Path, page1_extra: str, files: dict[str, str], page1: str = "") -> Path:
    root = tmp_path / "site"
    (root / "shop").mkdir(parents=True)
    body = page1 or f"<ul>{cards(range(1, 5))}</ul>"
    (root / "shop" / "index.html").write_text(f"<html><body>{body}{page1_extra}</body></html>", encoding="utf-8")
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


PAGE2 = f"<html><body><ul>{cards(range(5, 9))}</ul></body></html>"


def test_a_numbered_link_in_a_pager_is_described_in_shape(tmp_path: Path) -> None:
    pager = '<nav class="pagination"><a href="/shop/">1</a> <a href="/shop/?page=2">2</a> <a href="/shop/?page=3">3</a>'
    root = site(tmp_path, pager + '<a rel="next" href="?page=2">Next »</a></nav>', {"shop/@page=2": PAGE2})
    route = find_route(root, "shop/", EXPECTED)
    assert route.route == "anchor" and route.body == "page"
    assert route.text_kinds == {"digit", "word_en"} and route.rel_next and route.container == "named"
    assert route.url_shape == "known_param" and route.same_path and route.siblings == 1
    assert (route.page1_count, route.page2_count, route.leads_with_page1) == (4, 4, False)


@pytest.mark.parametrize(
    ("extra", "kind"),
    [
        ('<div><a href="/shop/p2.html" aria-label="Suivante"></a></div>', "label"),
        ('<div><a href="/shop/p2.html">Volgende</a></div>', "word_other"),
        ('<div><a href="/shop/p2.html">»</a></div>', "glyph"),
        ('<div><a href="/shop/p2.html"><img src="/next.png"></a></div>', "image"),
    ],
)
def test_a_links_text_is_told_by_kind(tmp_path: Path, extra: str, kind: str) -> None:
    route = find_route(site(tmp_path, extra, {"shop/p2.html": PAGE2}), "shop/", EXPECTED)
    assert route.text_kinds == {kind} and route.container == "neither" and route.url_shape == "path_glued"


@pytest.mark.parametrize(
    ("extra", "files", "route", "body"),
    [
        ("", {"shop/@page=2": PAGE2}, "unreferenced", "page"),
        ('<link rel="next" href="/shop/?page=2">', {"shop/@page=2": PAGE2}, "link_next", "page"),
        (
            "<script>fetch('/api/items?page=' + n).then(r => r.json())</script>",
            {"api/items@page=2": '{"items": [' + ",".join(f'{{"title": "{t}"}}' for t in TITLES[4:]) + "]}"},
            "script",
            "json",
        ),
        (
            '<button hx-get="/shop/more/2/">Load more</button>',
            {"shop/more/2/index.html": cards(range(5, 9))},
            "attribute",
            "fragment",
        ),
        (
            '<form action="/shop/"><input name="page" value="2"><button>Go</button></form>',
            {"shop/@page=2": PAGE2},
            "form",
            "page",
        ),
    ],
)
def test_routes_other_than_a_link(tmp_path: Path, extra: str, files: dict[str, str], route: str, body: str) -> None:
    found = find_route(site(tmp_path, extra, files), "shop/", EXPECTED)
    assert (found.route, found.body) == (route, body)


def test_a_page_two_that_leads_with_page_ones_records_is_told(tmp_path: Path) -> None:
    pinned = f"<html><body><ul>{cards([1, 2])}{cards(range(5, 9))}</ul></body></html>"
    route = find_route(site(tmp_path, '<a href="?page=2">2</a>', {"shop/@page=2": pinned}), "shop/", EXPECTED)
    assert route.leads_with_page1 and route.repeats_page1 and route.page2_count == 4


def test_an_archive_below_the_list_does_not_stretch_page_one(tmp_path: Path) -> None:
    page1 = f"<ul>{cards(range(1, 5))}</ul><aside>{cards([1, 2, 5])}</aside>"
    files = {"shop/@page=2": PAGE2}
    route = find_route(site(tmp_path, '<a href="?page=2">2</a>', files, page1=page1), "shop/", EXPECTED)
    assert (route.page1_count, route.page2_count) == (4, 4)


def test_no_page_two_file_is_not_found(tmp_path: Path) -> None:
    assert find_route(site(tmp_path, "", {}), "shop/", EXPECTED).route == "not_found"


@pytest.mark.parametrize(
    ("href", "kind"),
    [
        ("/list/?page=2", "known_param"),
        ("/list/?start=20", "known_param"),
        ("/list/?pagina=2", "known_param"),
        ("/list/?ofs=20", "unknown_param"),
        ("/list/page/2/", "path_page_n"),
        ("/list/2/", "path_bare_n"),
        ("/list-p2.html", "path_glued"),
        ("/list,2", "path_glued"),
        ("/search?updated-max=2025-02-12", "unknown_param"),
        ("/older.html", "other"),
    ],
)
def test_page_twos_url_is_told_by_what_numbers_it(href: str, kind: str) -> None:
    assert url_kind("http://h/list/", "http://h" + href) == kind


def paged(route: PageRoute | None, part: int, requested: int, frozen: bool = True) -> SiteResult:
    got = [dict(r) for r in EXPECTED[: len(EXPECTED) // part]]
    result = score(EXPECTED, [{"entity_id": str(n), "url": "", "data": r} for n, r in enumerate(got)], "http://h/", 2)
    return SiteResult("s", "k", frozen, result, 1.0, list_pages=2, pages_requested=requested, page_route=route)


def test_the_report_sums_routes_and_a_frozen_sites_route_stays_withheld() -> None:
    link = PageRoute("anchor", "page", frozenset({"digit"}), container="named", url_shape="known_param")
    script = PageRoute("script", "json", page1_count=4, page2_count=4, leads_with_page1=True, repeats_page1=True)
    results = [paged(link, 2, 1), paged(script, 2, 2), paged(link, 1, 2)]
    line = route_shape(results)
    assert line.startswith("read on the first page only: 2 lists: anchor 1, link_next 0, form 0, script 1,")
    assert "page 2 is page 1, json 1, fragment 0" in line and "text digit 1, word_en 0" in line
    assert "turned down 1, page 2 found for 1: as many records as page 1 1, fewer 0, more 0" in line
    assert "leading with page-1 records 1, repeating some 1 | followed: 1 lists: anchor 1" in line
    assert (
        "page_route" not in public_result(results[0], []) and public_result(paged(link, 2, 1, False), [])["page_route"]
    )
