"""A date keeps the offset of the place it describes: an attribute's own offset as written, a UTC
attribute in the offset of the local clock its element shows (``localclock``)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from pipeline.core.datetext import parse_date
from pipeline.core.extract import extract_records
from pipeline.core.localclock import shown_offset, with_shown_offset
from pipeline.core.schemas import FieldSpec, ScraperSpec
from pipeline.core.validation_rules import FieldCheck, value_problem

URL = "https://events.example/events"


def test_an_offset_the_text_gives_is_kept() -> None:
    assert parse_date("2025-03-14T23:30:00+01:00") == "2025-03-14T23:30:00+01:00"
    assert parse_date("2025-06-01T05:30:00+05:30") == "2025-06-01T05:30:00+05:30"
    assert parse_date("2025-03-19T00:00:00Z") == "2025-03-19T00:00:00+00:00"
    assert parse_date("March 14, 2025") == "2025-03-14T00:00:00+00:00"  # naive: UTC as before


@pytest.mark.parametrize(
    ("value", "shown", "order", "written"),
    [
        ("2025-03-19T00:00:00Z", "Tue, 03/18/2025 - 19:00", None, "2025-03-18T19:00:00-05:00"),
        ("2025-03-14T18:00:00+00:00", "14.03.2025 23:45", "day_first", "2025-03-14T23:45:00+05:45"),
        ("2025-03-19T00:00:37Z", "Mar 18, 2025 7:00 PM", None, "2025-03-18T19:00:37-05:00"),  # shown to the minute
        ("2025-03-19T00:00:00Z", "Mar 19, 2025 00:00", None, "2025-03-19T00:00:00Z"),  # the clock is UTC's
        ("2025-03-19T00:00:00Z", "Tue, 03/18/2025", None, "2025-03-19T00:00:00Z"),  # no clock: no offset
        ("2025-03-19T00:00:00Z", "03/17/2025 - 19:00", None, "2025-03-19T00:00:00Z"),  # beyond 14 hours
        ("2025-03-14T18:00:00Z", "14.03.2025 23:44", "day_first", "2025-03-14T18:00:00Z"),  # no offset in use
        ("2025-03-14T23:30:00+01:00", "15.03.2025 04:30", "day_first", "2025-03-14T23:30:00+01:00"),  # not UTC
        ("2025-03-19T00:00:00Z", "3 hours ago", None, "2025-03-19T00:00:00Z"),
        # Another time than the attribute's: 11:45 h behind UTC is no offset any place keeps.
        ("2025-03-19T00:00:00Z", "Updated Mar 18, 2025 at 12:15", None, "2025-03-19T00:00:00Z"),
        ("2025-03-19T00:00:00Z", "Mar 18, 2025 12:30", None, "2025-03-19T00:00:00Z"),  # -11:30: none either
        ("2025-03-19T00:00:00Z", "Mar 18, 2025 14:30", None, "2025-03-18T14:30:00-09:30"),  # Marquesas
        ("2025-03-19T00:00:00Z", "Mar 18, 2025 21:30", None, "2025-03-18T21:30:00-02:30"),  # Newfoundland, summer
        ("2025-03-18T12:00:00Z", "Mar 19, 2025 01:45", None, "2025-03-19T01:45:00+13:45"),  # Chatham, summer
    ],
)
def test_a_utc_value_takes_the_offset_its_shown_clock_implies(
    value: str, shown: str, order: str | None, written: str
) -> None:
    assert with_shown_offset(value, shown, order) == written  # type: ignore[arg-type]


def test_the_offset_is_the_shown_clock_minus_utc() -> None:
    assert shown_offset("2025-03-19T00:00:00Z", "Tue, 03/18/2025 - 19:00") == timedelta(hours=-5)
    assert shown_offset("2025-03-19T00:00:00Z", "Tue, 03/18/2025") is None


def _spec(local_clock: bool) -> ScraperSpec:
    return ScraperSpec(
        start_url=URL,
        record_selector="li",
        fields=(
            FieldSpec(name="title", type="title", selector="a"),
            FieldSpec(name="date", type="date", selector="time", attribute="datetime", local_clock=local_clock),
        ),
    )


def test_the_engine_reads_the_clock_of_the_element_whose_attribute_it_reads() -> None:
    html = (
        '<ul><li><a href="/a">Lecture</a><time datetime="2025-03-19T00:00:00Z">Tue, 03/18/2025 - 19:00</time>'
        '<time datetime="2025-03-19T01:30:00Z">20:30</time></li>'
        '<li><a href="/b">Fair</a><time datetime="2025-03-21T15:00:00Z">Fri, 03/21/2025 - 10:00</time></li>'
        '<li><a href="/c">Talk</a><time datetime="2025-03-22T15:00:00Z"></time></li></ul>'
    )
    dates = [r["date"] for r in extract_records(html, URL, _spec(local_clock=True))]
    assert dates == ["2025-03-18T19:00:00-05:00", "2025-03-21T10:00:00-05:00", "2025-03-22T15:00:00+00:00"]
    utc = [r["date"] for r in extract_records(html, URL, _spec(local_clock=False))]
    assert utc[0] == "2025-03-19T00:00:00+00:00"


def test_a_local_clock_reads_an_attribute() -> None:
    with pytest.raises(ValueError, match="local_clock"):
        FieldSpec(name="date", type="date", selector="time", local_clock=True)
    with pytest.raises(ValueError, match="local_clock"):
        FieldSpec(name="date", type="date", selector="time", attribute="datetime", tail=True, local_clock=True)


def test_silver_takes_any_offset_but_no_zone_at_all() -> None:
    check = FieldCheck("date")
    assert value_problem(check, "2025-03-18T19:00:00-05:00") is None
    assert value_problem(check, "2025-03-18T19:00:00") == "'2025-03-18T19:00:00' has no time zone"
