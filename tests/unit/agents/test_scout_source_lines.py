# ruff: noqa: E501
"""A source line cut by place (issue #3): "Name - Venue, 2014 - host", with the delimiter twice on most
records and once where the host is missing. The parts line up from the left; each cut reads exactly its
part on every record or nothing, and the whole line stays beside them while the host has no cut."""

from __future__ import annotations

from agents.heuristics.bylines import source_line_cuts
from pipeline.core.textparts import text_part
from tests.unit.agents.conftest import list_page, spec_and_records
from tests.unit.growth import assert_linear

URL = "https://papers.example/search?q=tides"
TITLES = [
    "Tidal Pools at Dusk",
    "Salt Marsh Survey",
    "Kelp in Cold Water",
    "Estuary Sediments",
    "Dune Grasses",
    "Rip Currents",
]


def _page(lines: list[str]) -> str:
    cards = "".join(
        f'<div class="hit"><h3 class="hit-title"><a href="/paper/{i}">{title}</a></h3><div class="hit-source">{line}</div>'
        f'<p class="hit-text">{title} is studied over {i + 2} seasons of fieldwork.</p></div>'
        for i, (title, line) in enumerate(zip(TITLES, lines, strict=True))
    )
    return list_page(cards)


def _column(records: list[dict[str, object]], value: object) -> str:
    """The field holding ``value`` on the first record."""
    return next(name for name, v in records[0].items() if v == value)


def test_the_author_venue_and_year_of_a_source_line_are_fields_and_the_line_stays() -> None:
    lines = [
        "R Okafor - Coastal Letters, 2014 - tidepress.example",
        "M Lindqvist - Marine Notes, 2016 - seajournals.example",
        "T Haas - Coastal Letters, 2019",  # a citation: no host
        "A Brandt - Shore Reviews, 2021 - tidepress.example",
        "K Aalto - Marine Notes, 2012 - seajournals.example",
        "P Nowak - Dune Studies, 2018 - sandbooks.example",
    ]
    spec, records = spec_and_records(_page(lines), URL)
    author, venue, year = _column(records, "R Okafor"), _column(records, "Coastal Letters"), _column(records, 2014)
    assert [r[author] for r in records] == ["R Okafor", "M Lindqvist", "T Haas", "A Brandt", "K Aalto", "P Nowak"]
    assert [r[venue] for r in records] == [
        "Coastal Letters",
        "Marine Notes",
        "Coastal Letters",
        "Shore Reviews",
        "Marine Notes",
        "Dune Studies",
    ]
    assert [r[year] for r in records] == [2014, 2016, 2019, 2021, 2012, 2018]
    whole = _column(records, lines[0])  # the host has no literal cut: the whole line keeps it
    assert [r[whole] for r in records] == lines
    assert next(f for f in spec.fields if f.name == venue).text_after == " - "


def test_a_part_missing_on_a_book_gives_no_wrong_venue() -> None:
    lines = [
        "R Okafor - Coastal Letters, 2014 - tidepress.example",
        "M Lindqvist - 1980 - sandbooks.example",  # a book: a year, no venue
        "T Haas - Coastal Letters, 2019",
        "A Brandt - Shore Reviews, 2021 - tidepress.example",
        "K Aalto - Marine Notes, 2012 - seajournals.example",
        "P Nowak - Dune Studies, 2018 - sandbooks.example",
    ]
    _spec, records = spec_and_records(_page(lines), URL)
    source = _column(records, "Coastal Letters, 2014")  # the middle part, whole: "venue" would read the book wrong
    assert [r[source] for r in records] == [
        "Coastal Letters, 2014",
        "1980",
        "Coastal Letters, 2019",
        "Shore Reviews, 2021",
        "Marine Notes, 2012",
        "Dune Studies, 2018",
    ]
    assert all(v != "1980 - sandbooks.example" for r in records for v in r.values())
    author = _column(records, "R Okafor")
    assert [r[author] for r in records][1] == "M Lindqvist"


def test_every_cut_reads_its_part_or_nothing() -> None:
    texts = [
        "A Smith, B Jones… - Journal of Tides, 2014 - tidepress.example",
        "C Lee - 1999 - books.example",
        "D Kim, E Park - Sea Letters, 2020",
        "F Roth - 2005",
        "G Diaz, H Moss - Journal of Tides, 2011 - tidepress.example",
    ]
    line = source_line_cuts(texts)
    assert line is not None and line.uncut
    parts = {
        "authors": ["A Smith, B Jones…", "C Lee", "D Kim, E Park", "F Roth", "G Diaz, H Moss"],  # split later
        "source": ["Journal of Tides, 2014", "1999", "Sea Letters, 2020", "2005", "Journal of Tides, 2011"],
    }
    for cut in line.cuts:
        assert [text_part(t, cut.after, cut.before) for t in texts] == parts[str(cut.name)], cut
    assert [c.name for c in line.cuts] == ["authors", "source"]


def test_lines_without_the_shape_are_left_alone() -> None:
    assert source_line_cuts(["A - B", "C - D", "E - F"]) is None  # once everywhere: ``delimited``'s case
    assert source_line_cuts(["A - B - C", "D - E - F", "no delimiter"]) is None  # a record without the delimiter
    assert source_line_cuts(["A -  - C", "D -  - F", "G - H - I"]) is None  # an empty part


def test_hostile_lines_are_read_in_linear_time() -> None:
    def lines(n: int) -> list[str]:
        return ["A" + ", B" * n + " - " + "x, " * n + "1999 - host"] * 3

    assert_linear(lines, source_line_cuts, 7_500)
