"""A year written alone ("2025", "(2024)") is a year, not a day: the parser fills in no month and
day of its own (dateutil would take the run's), and the Scout reads such a slot as a year."""

from __future__ import annotations

import pytest

from agents.heuristics.valuetypes import are_bare_years
from pipeline.core.datetext import parse_date


@pytest.mark.parametrize("text", ["2025", "(2024)", "c. 1998", "Spring 2025"])
def test_a_year_without_a_month_is_no_date(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("text", "day"),
    [("2025-03-14", "2025-03-14"), ("14/03/2025", "2025-03-14"), ("14 March 2025", "2025-03-14")],
)
def test_dates_with_a_month_still_read(text: str, day: str) -> None:
    assert (parse_date(text) or "").startswith(day)


def test_a_month_of_a_year_keeps_its_month() -> None:
    assert (parse_date("March 2025") or "").startswith("2025-03")


def test_bare_years_are_told_from_dates() -> None:
    assert are_bare_years(["2025", "(2024)", " 1999 "])
    assert not are_bare_years(["2025", "March 2025"])
    assert not are_bare_years([])
