"""Review 28: bounded month-name reading, calendar versions, past year-less posts, lines of elements."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from lxml import html

from agents.heuristics.values import is_date
from pipeline.core import datetext
from pipeline.core.datetext import parse_date
from pipeline.core.monthnames import in_english
from pipeline.core.normalize import normalize_value
from pipeline.core.showntext import shown_lines
from tests.unit.growth import assert_linear

_PROSE = "Wenn Sie mar einen Garten haben, gen wir Sie gern mag. " * 1500  # ~80 KB, month-like words


def _prose(length: int) -> str:
    return _PROSE[:length]


def test_long_prose_is_no_date_and_is_read_in_linear_time() -> None:
    assert parse_date(_PROSE) is None
    assert_linear(_prose, parse_date, len(_PROSE) // 4)


def test_long_text_holding_a_date_is_no_date() -> None:
    assert parse_date("Am 14. März 2025 " + "lange Rede " * 30) is None
    assert parse_date("Am 14. März 2025 schrieb er") is not None


def test_month_name_reads_only_what_stands_near_it() -> None:
    # The year far after "mag" (a short name needing a year right after it) no longer dates it.
    assert in_english("mag" + " " * 40 + "2025") == "mag" + " " * 40 + "2025"
    assert in_english("7 maart 2026") == "7 March 2026"
    assert in_english("Dez 2025") == "December 2025"


def test_in_english_of_long_prose_is_linear() -> None:
    assert in_english(_PROSE) == _PROSE
    assert_linear(_prose, in_english, len(_PROSE) // 4)


@pytest.mark.parametrize(
    "text", ["2024.8.30", "IntelliJ IDEA 2024.3.1", "2023.10.1", "v2024.03.14", "Version 2025.03.01"]
)
def test_calendar_versions_are_no_dates(text: str) -> None:
    assert not is_date(text)


@pytest.mark.parametrize("text", ["2025. 3. 14.", "2025.03.14", "2025.3.14.", "2025/3/14", "2025-3-2"])
def test_year_first_dates_stay_dates(text: str) -> None:
    assert is_date(text)


def test_yearless_date_in_a_column_of_ages_is_a_past_day(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(datetext, "utcnow", lambda: datetime(2026, 12, 6, tzinfo=UTC))
    value = normalize_value("text", "12 mars", base_url="", mixed_dates=True)
    assert value == "2026-03-12T00:00:00+00:00"
    # A date field (an event's day) still reads the nearest year.
    assert normalize_value("date", "12 mars", base_url="") == "2027-03-12T00:00:00+00:00"


def test_yearless_past_day_with_weekday(monkeypatch: pytest.MonkeyPatch) -> None:
    # Sat 14 March is 2026 (ahead of 6 Dec 2025, nearer) or 2020: the post is 2020's.
    now = datetime(2025, 12, 6, tzinfo=UTC)
    assert parse_date("Sat, 14 Mar", now=now) == "2026-03-14T00:00:00+00:00"
    assert parse_date("Sat, 14 Mar", now=now, past=True) == "2020-03-14T00:00:00+00:00"


def test_lines_keep_elements_apart() -> None:
    element = html.fragment_fromstring("<p><span>Garten</span><span>Küche</span></p>")
    assert shown_lines(element) == "Garten Küche"


def test_lines_still_break_where_the_source_does() -> None:
    element = html.fragment_fromstring("<p>\n  Frühjahrsputz\n  <b>Ehrenamt</b>\n  Garten\n</p>")
    assert shown_lines(element) == "Frühjahrsputz\nEhrenamt\nGarten"
