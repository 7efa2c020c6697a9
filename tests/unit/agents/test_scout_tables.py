"""The Scout on data tables: an IMDb-like chart (values written around links, widgets in cells)
and a Wikipedia-like sortable table (footnote markers inside cells, a totals row)."""

from __future__ import annotations

from collections.abc import Callable

from pipeline.core.extract import extract_records
from pipeline.core.schemas import PageProfile

Profiler = Callable[[str, str], PageProfile]
Body = Callable[[str], bytes]


def records_of(profile: PageProfile, body: bytes) -> list[dict[str, object]]:
    return [dict(r) for r in extract_records(body, profile.url, profile.spec)]


def test_imdb_like_chart_table(profile_of: Profiler, page_body: Body) -> None:
    url = "https://www.imdb.com/chart/top/"
    profile = profile_of("imdb_chart.html", url)
    records = records_of(profile, page_body("imdb_chart.html"))
    spec = profile.spec
    assert spec.record_selector == "tbody.lister-list > tr"
    assert len(records) == 10
    # "Rank & Title" heads the title column: the title is still "title", the rank its own field.
    assert spec.field_names() == ["title", "url", "image", "rank", "year", "imdb_rating"]
    first = records[0]
    assert first["title"] == "The Shawshank Redemption"
    assert first["url"] == "https://www.imdb.com/title/tt0111161/"  # without the position-tracking ref_
    assert (first["rank"], first["year"], first["imdb_rating"]) == (1.0, 1994.0, 9.2)
    last = records[-1]
    assert (last["title"], last["rank"], last["year"], last["imdb_rating"]) == (
        "Il buono, il brutto, il cattivo",
        10.0,
        1966.0,
        8.8,
    )
    # The "Your Rating" widget (1–10 popover, "NOT YET RELEASED", "Seen") is no field.
    assert not {"Seen", "NOT YET RELEASED"} & {str(v) for r in records for v in r.values()}
    assert spec.key_fields == ("url",)
    assert spec.pagination.kind == "none"


def test_wikipedia_like_sortable_table_with_footnotes(profile_of: Profiler, page_body: Body) -> None:
    url = "https://en.wikipedia.org/wiki/List_of_largest_cities"
    profile = profile_of("wikipedia_table.html", url)
    records = records_of(profile, page_body("wikipedia_table.html"))
    spec = profile.spec
    # The header row (all <th>) and the "Total (top 10)" row are not cities.
    assert spec.record_selector == "table.wikitable tr:has(> td):not(.sortbottom)"
    assert len(records) == 10
    names = spec.field_names()
    assert names[:2] == ["city", "url"]  # the title is named by its column header
    # "Area (km<sup>2</sup>)": the raised 2 is part of the word shown, "km2"
    assert {"rank", "flag", "country", "population", "area_km2", "density_km2"} <= set(names)
    first = records[0]
    assert (first["city"], first["url"]) == ("Tokyo", "https://en.wikipedia.org/wiki/Tokyo")
    assert (first["rank"], first["country"]) == (1.0, "Japan")  # the country's page: no column
    assert first["population"] == 37115035.0  # "37,115,035[2]": the footnote marker is no digit of it
    assert (first["area_km2"], first["density_km2"]) == (2194.0, 16917.0)
    delhi = records[1]
    assert delhi["city"] == "Delhi"  # "Delhi[a]" on the page
    last = records[-1]
    assert (last["rank"], last["city"], last["country"], last["population"]) == (10.0, "Osaka", "Japan", 18967459.0)
    assert spec.key_fields == ("url",)
    assert spec.pagination.kind == "none"
