"""Month and day with a slash before a Japanese or Korean weekday in brackets ("3/16(日)"): the
month first, as those pages write it, and the weekday's year."""

from __future__ import annotations

from pipeline.core.datemarkers import plain_date
from pipeline.core.normalize import normalize_value


def test_a_slashed_month_day_before_a_cjk_weekday_reads_month_first() -> None:
    assert plain_date("最短 3/16(日) お届け") == "最短 March 16(Sun) お届け"
    assert plain_date("12/3（수）") == "December 3(Wed)"


def test_slashes_without_a_weekday_or_with_a_year_are_left_alone() -> None:
    assert plain_date("3/16 お届け") == "3/16 お届け"
    assert plain_date("2025/3/16(日)") == "2025/3/16(Sun)"


def test_the_weekday_picks_the_year() -> None:
    assert str(normalize_value("date", "最短 3/16(日) お届け", base_url="")).startswith("2025-03-16")
    assert str(normalize_value("date", "3/16(月)", base_url="")).startswith("2026-03-16")
