"""Data tables: measures beside magnitudes, a city and its country, cells under a rowspan, a
directory listing's names, links and rounded sizes, dashes in empty cells."""

from __future__ import annotations

from agents.heuristics.pairedlists import is_fixed_pair
from pipeline.core.normalize import normalize_value
from pipeline.core.numbertext import parse_number
from tests.unit.agents.conftest import spec_and_records

URL = "https://lists.example/towers/"
TOWERS = [
    ("Harbour Spire", "Osaka", "Japan", "634", "32", "2012"),
    ("Canal Needle", "Lyon", "France", "604", "–", "2010"),
    ("Pearl Mast", "Nagoya", "Japan", "468", "15", "1994"),
    ("Hill Beacon", "Porto", "Portugal", "435", "–", "2007"),
    ("River Tower", "Kobe", "Japan", "421", "6", "1995"),
    ("Bay Lantern", "Nice", "France", "415", "–", "1991"),
]


def _tower_row(rank: int, tower: tuple[str, ...], place: str) -> str:
    name, _, _, metres, floors, year = tower
    return (
        f"<tr><td>{rank}</td><td><a href='/wiki/{name.replace(' ', '_')}'>{name}</a></td>{place}"
        f"<td data-sort-value='{metres}'>{metres}&#160;m ({int(metres) * 3}&#160;ft)</td>"
        f"<td>{floors}</td><td>{year}</td></tr>"
    )


def _towers(spanned: bool = False) -> str:
    rows = []
    for rank, tower in enumerate(TOWERS, start=1):
        city, country = tower[1], tower[2]
        links = f"<a href='/wiki/{city}'>{city}</a>, <a href='/wiki/{country}'>{country}</a>"
        place = f"<td><img src='/flag/{country}.png' alt=''> {links}</td>"
        if spanned and rank == 4:
            place = place.replace("<td>", "<td rowspan='2'>", 1)
        if spanned and rank == 5:
            place = ""  # under the cell above, which spans two rows
        rows.append(_tower_row(rank, tower, place))
    head = "<tr><th>Rank</th><th>Name</th><th>Location</th><th>Height</th><th>Floors</th><th>Year</th></tr>"
    table = f"<table class='wikitable'><tbody>{head}{''.join(rows)}</tbody></table>"
    return f"<html><body><h1>Towers</h1>{table}</body></html>"


def test_a_spaced_lower_case_unit_is_a_measure_and_a_magnitude_sticks_to_its_number() -> None:
    assert parse_number("634 m (2,080 ft)") == 634.0
    assert parse_number("2700 K") == 2700.0
    assert parse_number("1.2M") == 1_200_000.0
    assert parse_number("18.4K") == 18_400.0
    assert parse_number("$1.8 B") == 1_800_000_000.0
    assert parse_number("$1.82T") == 1_820_000_000_000.0


def test_heights_in_metres_are_read_as_metres() -> None:
    _, records = spec_and_records(_towers(), URL)
    assert [634, 604, 468, 435, 421, 415] in [[r.get(f) for r in records] for f in records[0]]


def test_a_lone_dash_in_a_cell_is_no_value() -> None:
    assert normalize_value("text", "–", base_url=URL) is None
    assert normalize_value("text", " - ", base_url=URL) is None
    assert normalize_value("text", "-3", base_url=URL) == "-3"


def test_a_two_link_place_whose_last_link_repeats_is_a_city_and_a_country() -> None:
    spec, records = spec_and_records(_towers(), URL)
    columns = {name: [r.get(name) for r in records] for name in spec.field_names()}
    assert [t[1] for t in TOWERS] in columns.values()
    assert [t[2] for t in TOWERS] in columns.values()


def test_tags_of_varying_number_or_without_repeats_are_no_pair() -> None:
    assert is_fixed_pair([["Osaka", "Japan"], ["Kobe", "Japan"], ["Lyon", "France"], ["Nice", "France"]], 4)
    assert not is_fixed_pair([["a", "b"], ["c", "d"], ["e", "f"], ["g", "h"]], 4)  # nothing repeats
    assert not is_fixed_pair([["a", "x"], ["b", "x", "y"], ["c", "x"], ["d", "x"]], 4)  # lengths vary


def test_cells_under_a_rowspan_are_read_by_their_column() -> None:
    spec, records = spec_and_records(_towers(spanned=True), URL)
    columns = {name: [r.get(name) for r in records] for name in spec.field_names()}
    assert [2012, 2010, 1994, 2007, 1995, 1991] in columns.values()
    floors = ["32", None, "15", None, "6", None]
    assert floors in columns.values() or [32, None, 15, None, 6, None] in columns.values()


FILES = [
    ("[DIR]", "0.9/", "2023-01-18 10:42", "-"),
    ("[DIR]", "1.0/", "2023-04-03 16:15", "-"),
    ("[TXT]", "CHANGES.txt", "2024-11-02 14:05", "88K"),
    ("[   ]", "KEYS", "2024-06-21 09:17", "14K"),
    ("[TXT]", "NOTICE.txt", "2024-01-08 13:26", "833"),
    ("[   ]", "tool-1.2.tar.gz", "2024-02-12 19:30", "4.6M"),
    ("[   ]", "tool-1.2.tar.gz.asc", "2024-02-12 19:30", "833"),
    ("[   ]", "tool-2.0.zip", "2024-09-17 12:44", "1.2G"),
]


def _listing(up: str = "") -> str:
    rows = up + "".join(
        f"<tr><td><img src='/icons/x.gif' alt='{icon}'></td><td><a href='{name}'>{name}</a></td>"
        f"<td align='right'>{when}  </td><td align='right'>{size}</td><td>&nbsp;</td></tr>"
        for icon, name, when, size in FILES
    )
    head = (
        "<tr><th><img src='/icons/blank.gif' alt='[ICO]'></th><th><a href='?C=N;O=D'>Name</a></th>"
        "<th><a href='?C=M;O=A'>Last modified</a></th><th><a href='?C=S;O=A'>Size</a></th>"
        "<th><a href='?C=D;O=A'>Description</a></th></tr>"
    )
    return f"<html><body><h1>Index of /dist/tool</h1><table>{head}{rows}</table></body></html>"


def test_a_listing_keeps_the_link_whose_text_spells_its_address() -> None:
    spec, records = spec_and_records(_listing(), "https://files.example/dist/tool/")
    links = [r.get(f.name) for f in spec.fields if f.type == "url" for r in records]
    assert "https://files.example/dist/tool/0.9/" in links
    assert "https://files.example/dist/tool/KEYS" in links


def test_sizes_a_listing_rounds_are_kept_as_shown() -> None:
    spec, records = spec_and_records(_listing(), "https://files.example/dist/tool/")
    assert [r.get("size") for r in records] == [None, None, "88K", "14K", "833", "4.6M", "833", "1.2G"]
    assert next(f for f in spec.fields if f.name == "size").type == "text"


def test_the_row_leading_up_to_the_parent_folder_is_no_entry() -> None:
    up = (
        "<tr><td><img src='/icons/back.gif' alt='[PARENTDIR]'></td><td><a href='/dist/'>Parent Directory</a></td>"
        "<td>&nbsp;</td><td align='right'>  - </td><td>&nbsp;</td></tr>"
    )
    _, records = spec_and_records(_listing(up), "https://files.example/dist/tool/")
    assert len(records) == len(FILES)
    assert all("Parent Directory" not in map(str, r.values()) for r in records)
