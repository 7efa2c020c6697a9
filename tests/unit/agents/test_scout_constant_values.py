"""A value every record on the first page shares is still a value, unless it is a badge."""

from __future__ import annotations

from tests.unit.agents.conftest import list_page, spec_and_records

URL = "http://jobs.test/"


def _jobs(extra: str, count: int = 5) -> str:
    return list_page(
        "".join(
            f'<div class="job"><h3><a href="/jobs/{n}">Senior engineer {n}</a></h3>{extra}'
            f'<p class="team">Team {n}</p></div>'
            for n in range(1, count + 1)
        )
    )


def test_a_place_all_records_share_is_their_location() -> None:
    spec, records = spec_and_records(_jobs('<p class="loc">Berlin, Germany</p>'), URL)
    assert "location" in spec.field_names()
    assert {r["location"] for r in records} == {"Berlin, Germany"}


def test_a_date_all_records_share_is_their_date() -> None:
    spec, records = spec_and_records(_jobs('<span class="meta">12 March 2024</span>'), URL)
    dates = [f.name for f in spec.fields if f.type == "date"]
    assert len(dates) == 1
    assert {r[dates[0]] for r in records} == {"2024-03-12T00:00:00+00:00"}


def test_a_badge_all_records_share_is_no_field() -> None:
    spec, _ = spec_and_records(_jobs('<span class="pill">Hot!</span>'), URL)
    assert spec.field_names() == ["title", "url", "team"]
