"""Numbers that would lose digits stay as written (issue #3): an arXiv id "2411.09690" read as a
number becomes 2411.0969, a postcode "02139" becomes 2139. Such columns are text."""

from __future__ import annotations

from agents.heuristics.valuetypes import type_from_values
from tests.unit.agents.conftest import spec_and_records

URL = "https://preprints.example/list/cs.DL/recent"
PAPERS = [
    ("2411.09812", "Tracing Retractions Through Citation Networks"),
    ("2411.09755", "Entity Linking for Historical Newspaper Archives"),
    ("2411.09690", "A Benchmark of Table Extraction from Scanned Reports"),
    ("2411.09500", "Measuring Link Rot in Scholarly References"),
    ("2411.09410", "Author Disambiguation at Scale"),
]


def test_values_a_number_would_cut_short_are_text() -> None:
    assert type_from_values(["2411.09812", "2411.09690", "2411.09755"]) == "text"
    assert type_from_values(["02139", "10001", "94110"]) == "text"
    assert type_from_values(["1,204", "612", "987"]) == "number"  # counts stay numbers
    assert type_from_values(["3.5", "12.25", "0.75"]) == "number"


def test_an_identifier_column_keeps_every_digit() -> None:
    rows = "".join(
        f'<li class="paper"><a class="abs" href="/abs/{pid}">{title}</a> <span class="pid">{pid}</span></li>'
        for pid, title in PAPERS
    )
    page = f'<html><head><title>Recent</title></head><body><main><ol class="papers">{rows}</ol></main></body></html>'
    spec, records = spec_and_records(page, URL)
    ids = {pid for pid, _ in PAPERS}
    column = next(f.name for f in spec.fields if records[0].get(f.name) in ids)
    assert [r[column] for r in records] == [pid for pid, _ in PAPERS]  # "2411.09690", not 2411.0969
