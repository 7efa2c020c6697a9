"""Dates written without a year ("Sat, Mar 14", "14 Mar"): the engine dates them by rule, the
Scout types them as dates."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from agents.heuristics import values
from agents.heuristics.valuetypes import type_from_values
from pipeline.core.datetext import parse_date
from pipeline.core.yearless import find_yearless

# Years away from the clock of whoever runs the tests, so that the parser's silent "this year"
# can never pass for the rule.
EARLY_JANUARY = datetime(2031, 1, 2, 12, tzinfo=UTC)
LATE_DECEMBER = datetime(2031, 12, 30, 12, tzinfo=UTC)
WINTER = datetime(2031, 12, 4, tzinfo=UTC)


def test_without_a_weekday_the_date_nearest_the_extraction_time_wins() -> None:
    assert parse_date("Dec 30", now=EARLY_JANUARY) == "2030-12-30T00:00:00+00:00"
    assert parse_date("Jan 3", now=LATE_DECEMBER) == "2032-01-03T00:00:00+00:00"
    assert parse_date("14 Mar", now=EARLY_JANUARY) == "2031-03-14T00:00:00+00:00"
    assert parse_date("March 3", now=WINTER) == "2032-03-03T00:00:00+00:00"


def test_a_weekday_picks_the_year_whose_calendar_fits() -> None:
    # 14 March 2026 is a Saturday; in 2031 and 2032 it is a Friday and a Sunday.
    assert parse_date("Sat, Mar 14", now=datetime(2027, 12, 4, tzinfo=UTC)) == "2026-03-14T00:00:00+00:00"
    # 14 March 2031 is a Friday: the year nearest the visit that fits, not the nearest date.
    assert parse_date("Fri 14 March", now=WINTER) == "2031-03-14T00:00:00+00:00"
    assert parse_date("Mar 14 (Fri)", now=WINTER) == "2031-03-14T00:00:00+00:00"


def test_a_weekday_no_nearby_year_fits_falls_back_to_the_nearest_date() -> None:
    # No 29 February from 2025 to 2037 is a Monday (2028 a Tuesday, 2032 a Sunday, 2036 a Friday).
    assert parse_date("Mon, Feb 29", now=WINTER) == "2032-02-29T00:00:00+00:00"
    assert parse_date("Fri, Feb 29", now=WINTER) == "2036-02-29T00:00:00+00:00"
    assert parse_date("Feb 29", now=datetime(2030, 1, 10, tzinfo=UTC)) == "2028-02-29T00:00:00+00:00"


def test_times_in_a_yearless_text_are_kept() -> None:
    assert parse_date("Fri 14 March • 8:00 PM", now=WINTER) == "2031-03-14T20:00:00+00:00"
    assert parse_date("Dec 30, 7:30 PM", now=EARLY_JANUARY) == "2030-12-30T19:30:00+00:00"


def test_a_written_year_is_kept_as_written() -> None:
    assert parse_date("Dec 30", now=EARLY_JANUARY) == "2030-12-30T00:00:00+00:00"
    assert parse_date("Dec 30, 2031", now=EARLY_JANUARY) == "2031-12-30T00:00:00+00:00"
    assert parse_date("Sat, Mar 14 2020", now=WINTER) == "2020-03-14T00:00:00+00:00"
    assert parse_date("Mar 14 '26", now=WINTER) == "2026-03-14T00:00:00+00:00"
    assert parse_date("14/03/2026", now=WINTER, order="day_first") == "2026-03-14T00:00:00+00:00"


def test_only_a_month_and_day_without_a_year_is_yearless() -> None:
    assert find_yearless("Sat, Mar 14 • 7:30 PM") is not None
    assert find_yearless("Sat, Mar 14 • 7:30 PM").weekday == 5  # type: ignore[union-attr]
    assert find_yearless("14 March").weekday is None  # type: ignore[union-attr]
    assert find_yearless("March 14, 2026") is None
    assert find_yearless("March") is None


@pytest.mark.parametrize(
    "text",
    [
        "Sat, Mar 14",
        "Mar 14",
        "14 Mar",
        "March 3",
        "Tue 17 March • 8:00 PM",
        "Mar 14 (Sat)",
        "14th of March",
        "14 maart",
        "3. März",
    ],
)
def test_the_scout_reads_a_month_and_day_as_a_date(text: str) -> None:
    assert values.is_yearless_date(text)


@pytest.mark.parametrize(
    "text",
    [
        "May",
        "May Chen",
        "March of the Penguins",
        "Mar 14 - Mar 20",
        "We met on 3 Mar and talked about the plans for the spring",
        "Sat, Mar 14 • 7:30 PM + 2 more",
        "August 32",
        "Mar 14, 2026",  # dated: ``is_date`` reads it
    ],
)
def test_the_scout_leaves_names_titles_ranges_and_sentences_alone(text: str) -> None:
    assert not values.is_yearless_date(text)


def test_a_column_of_yearless_dates_is_typed_date() -> None:
    assert type_from_values(["Sat, Mar 14", "Sun, Mar 15", "Tue, Mar 17", "Fri, Mar 20"]) == "date"
    assert type_from_values(["14 maart", "15 maart", "2 april"]) == "date"


def test_a_column_with_month_words_but_no_dates_stays_text() -> None:
    assert values.is_yearless_date("Mar 14")
    assert type_from_values(["May", "June Carter", "March of the Penguins"]) == "text"
    assert type_from_values(["Mar 14 - Mar 20", "Apr 2 - Apr 9", "May 1 - May 3"]) == "text"


def test_a_weekday_finds_its_year_even_when_the_nearest_fitting_one_is_four_years_away() -> None:
    """14 March is never a Monday from 2023 to 2029: 2022 is the nearest year that fits."""
    assert parse_date("Mon, Mar 14", now=datetime(2026, 3, 1, tzinfo=UTC)) == "2022-03-14T00:00:00+00:00"
