"""Data tables: rows under a header row naming their columns are a list however few; one list
shown twice in tables of the same columns is taken once; rows of one of several alike tables
are named through their table's place."""

from __future__ import annotations

from lxml import html
from parsel import Selector

from agents.heuristics.anchors import build_selector
from agents.heuristics.assemble import build_profile
from agents.heuristics.tableheads import data_table_bonus, is_drawn_header

PLANETS = [("Mercury", "0.39", "88"), ("Venus", "0.72", "225"), ("Earth", "1.00", "365"), ("Mars", "1.52", "687")]
MOONS = [("Io", "Jupiter", "1.77"), ("Europa", "Jupiter", "3.55"), ("Titan", "Saturn", "15.9")]


def _chrome() -> str:
    return (
        "<nav><ul>" + "".join(f"<li><a href='/s{n}'>Section {n}</a></li>" for n in range(5)) + "</ul></nav>"
        "<div class='intro'><p>Welcome to the observatory's reference pages about the solar system.</p>"
        "<p>Tables below are updated every season by volunteers.</p></div>"
    )


def _planet_table(ident: str, classed: bool) -> str:
    def cell(name: str, value: str) -> str:
        return f"<td class='{name}'>{value}</td>" if classed else f"<td>{value}</td>"

    rows = "".join(
        f"<tr>{cell('planet', p)}{cell('distance', d)}{cell('period', y)}"
        f"<td><a href='#edit'>edit</a> <a href='#remove'>remove</a></td></tr>"
        for p, d, y in PLANETS
    )
    head = "<thead><tr><th>Planet</th><th>Distance (AU)</th><th>Period (days)</th><th>Action</th></tr></thead>"
    return f"<table id='{ident}' class='sortable'>{head}<tbody>{rows}</tbody></table>"


def test_one_list_shown_in_two_tables_is_taken_once() -> None:
    page = (
        f"<html><body>{_chrome()}<h4>Plain</h4>{_planet_table('plain', False)}"
        f"<h4>With classes</h4>{_planet_table('styled', True)}</body></html>"
    )
    profile = build_profile(page, "https://example.org/planets")
    assert profile.record_count == len(PLANETS)
    firsts = [next(iter(r.values())) for r in profile.sample_records]
    assert firsts == [p for p, _d, _y in PLANETS]


def _moon_table(rows: list[tuple[str, str, str]], bold: bool = False) -> str:
    names = ("Moon", "Planet", "Orbit (days)")
    if bold:
        head = "<tbody><tr>" + "".join(f"<td><b>{n}</b></td>" for n in names) + "</tr>"
    else:
        head = "<thead><tr>" + "".join(f"<th>{n}</th>" for n in names) + "</tr></thead><tbody>"
    body = "".join(f"<tr><td>{m}</td><td>{p}</td><td>{o}</td></tr>" for m, p, o in rows)
    return f"<table class='grid grid-lined'>{head}{body}</tbody></table>"


def test_first_of_alike_tables_is_the_list() -> None:
    others = [("Phobos", "Mars", "0.32"), ("Deimos", "Mars", "1.26"), ("Triton", "Neptune", "5.88")]
    page = (
        f"<html><body>{_chrome()}<div class='main'><h2>Moons</h2>{_moon_table(MOONS)}"
        f"<h2>More moons</h2>{_moon_table(others, bold=True)}</div></body></html>"
    )
    profile = build_profile(page, "https://example.org/moons")
    assert profile.record_count == len(MOONS)
    assert [next(iter(r.values())) for r in profile.sample_records] == [m for m, _p, _o in MOONS]


def test_rows_under_a_header_row_weigh_more() -> None:
    tree = html.fromstring(f"<html><body>{_moon_table(MOONS)}{_moon_table(MOONS, bold=True)}</body></html>")
    marked, drawn = tree.xpath("//table")
    assert data_table_bonus(marked.xpath(".//tbody/tr")) > data_table_bonus(drawn.xpath(".//tbody/tr")[1:]) > 1
    assert is_drawn_header(drawn.xpath(".//tr")[0])
    assert not is_drawn_header(drawn.xpath(".//tr")[1])
    assert data_table_bonus(tree.xpath("//body")) == 1.0


def test_rows_of_one_of_alike_tables_are_named_through_its_place() -> None:
    body = f"<html><body><div class='main'>{_moon_table(MOONS)}{_moon_table(MOONS[:2])}</div></body></html>"
    page = Selector(text=body)
    rows = page.root.xpath("//table[1]/tbody/tr")
    built = build_selector(page, rows)
    assert built is not None
    assert [n.root for n in page.css(built[0])] == rows
