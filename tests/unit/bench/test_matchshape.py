"""Why most of a list's records went unmatched (``matchshape``): what was exported, where the titles are on page
1, and what the Scout makes of it — in shape only, and withheld per site for a frozen one."""

from __future__ import annotations

from lxml.html import fromstring

from tests.bench.matchshape import _another_list, describe, match_shape
from tests.bench.scout_corpus import SiteResult, expected_type, fold, public_result, score

TITLES = [f"Walnut serving tray number {n}" for n in range(1, 9)]
EXPECTED = [{"title": t, "price": 10.0 + n} for n, t in enumerate(TITLES)]
URL = "http://site.invalid/shop/"


def cards(titles: list[str]) -> str:
    return "".join(
        f'<li class="card"><h3>{t}</h3><span class="price">${10 + n}.00</span></li>' for n, t in enumerate(titles)
    )


def page(body: str) -> tuple[str, str]:
    return f"<html><body><ul class='grid'>{body}</ul></body></html>", URL


def test_a_site_matching_half_its_records_or_more_is_not_told() -> None:
    assert match_shape(EXPECTED, 8, 4, page(cards(TITLES)), expected_type, fold) == ""


def test_nothing_exported_from_a_page_showing_the_titles_the_scout_reads() -> None:
    shape = match_shape(EXPECTED, 0, 0, page(cards(TITLES)), expected_type, fold)
    assert shape == "nothing exported; titles visible; Scout: a list of 5+ showing the titles"


def test_another_list_read_and_titles_drawn_by_a_script() -> None:
    others = [f"Category link number {n}" for n in range(1, 9)]
    script = "<script>var items = %s;</script>" % [t for t in TITLES]
    shape = match_shape(EXPECTED, 8, 0, page(cards(others) + script), expected_type, fold)
    assert shape == (
        "none matching, as many; titles in a script; Scout: a list of 5+ showing none of the titles,"
        " titles shown once or less; no group holds the titles; titles in no element"
    )


def test_another_list_is_placed_against_the_titles_and_their_cards() -> None:
    nav = "<nav><ul>" + "".join(f"<li><a href='/c/{n}'>Category {n}</a></li>" for n in range(6)) + "</ul></nav>"
    flat = "<div class='list'>" + "".join(f"<h3>{t}</h3><p>Oak, ${n}</p>" for n, t in enumerate(TITLES)) + "</div>"
    root = fromstring(f"<html><body>{nav}{flat}</body></html>")
    titles = {fold(t) for t in TITLES}
    assert _another_list(root, root.cssselect("nav li"), titles, fold) == "records in site chrome, titles side by side"
    assert (
        _another_list(root, root.cssselect("div.list p"), titles, fold)
        == "records in the titles' block, titles side by side"
    )
    mixed = "".join(f"<div class='{('card', 'hero')[n == 0]}'><h3>{t}</h3></div>" for n, t in enumerate(TITLES))
    root = fromstring(f"<html><body><main>{mixed}</main><section><b>x</b><b>y</b></section></body></html>")
    assert (
        _another_list(root, root.cssselect("section b"), titles, fold) == "records elsewhere, titles in unlike blocks"
    )


def test_the_line_counts_shapes_and_a_frozen_result_withholds_its_own() -> None:
    shapes = ["nothing exported; titles visible; Scout: a detail page"] * 2 + ["", "x; y; Scout: refused"]
    assert (
        describe(shapes) == "3 sites: nothing exported; titles visible; Scout: a detail page 2, x; y; Scout: refused 1"
    )
    assert describe(["", ""]) == "every list matched half its records or more"
    result = score(EXPECTED, [], URL)
    frozen = SiteResult("s", "k", True, result, 1.0, match_shape=shapes[0])
    assert "match_shape" not in public_result(frozen, [])
