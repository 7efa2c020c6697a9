"""The engine reads ages, day words and counts as pages in other languages write them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from pipeline.core.datetext import parse_date
from pipeline.core.normalize import normalize_value
from pipeline.core.relativedates import age_of, days_back

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("vor 3 Tagen", "2026-11-23T12:00:00+00:00"),
        ("il y a 2 jours", "2026-11-24T12:00:00+00:00"),
        ("hace 2 días", "2026-11-24T12:00:00+00:00"),
        ("3 dagen geleden", "2026-11-23T12:00:00+00:00"),
        ("2 giorni fa", "2026-11-24T12:00:00+00:00"),
        ("vor einer Woche", "2026-11-19T12:00:00+00:00"),
        ("vor 2 Stunden", "2026-11-26T10:00:00+00:00"),
        ("Aujourd'hui, 14:32", "2026-11-26T12:00:00+00:00"),
        ("Hier, 21:05", "2026-11-25T12:00:00+00:00"),
        ("gestern", "2026-11-25T12:00:00+00:00"),
        ("ayer", "2026-11-25T12:00:00+00:00"),
        ("3 days ago", "2026-11-23T12:00:00+00:00"),
    ],
)
def test_ages_and_day_words_resolve_against_the_visit(raw: str, expected: str) -> None:
    assert parse_date(raw, now=NOW) == expected


def test_a_day_word_counts_only_as_the_whole_value() -> None:
    assert days_back("hier klicken") is None and days_back("Heute") == 0


def test_a_dotted_count_groups_thousands() -> None:
    base = "https://x.example/"
    assert normalize_value("number", "(1.284 Bewertungen)", base_url=base) == 1284
    assert normalize_value("number", ["(1.284 Bewertungen)", "(612 Bewertungen)"], base_url=base) == [1284, 612]
    assert normalize_value("number", "1.284 meters", base_url=base) == 1.284


def test_a_measure_unit_is_no_million() -> None:
    assert normalize_value("number", "68 m²", base_url="https://x.example/") == 68


def test_a_bare_number_is_never_an_image() -> None:
    assert normalize_value("image", "8", base_url="https://x.example/") is None
    assert normalize_value("image", "/img/8.jpg", base_url="https://x.example/") == "https://x.example/img/8.jpg"


def test_a_cjk_age_ends_at_its_before_word() -> None:
    assert age_of("3年前に自作") == timedelta(days=3 * 365)  # a kana particle ends the word
    assert age_of("3日前・山田") == timedelta(days=3)
    assert age_of("3일 전.") == timedelta(days=3)
    assert age_of("30년 전통") is None  # "a 30-year tradition"
    assert age_of("5年前半") is None


def test_a_year_before_nian_qian_is_no_age() -> None:
    assert age_of("2019年前") is None  # "before 2019"
    assert age_of("300年前") is None
    assert age_of("2019年前 3日前") == timedelta(days=3)
    assert age_of("200年前") == timedelta(days=200 * 365)


def test_an_age_before_year_one_is_no_date() -> None:
    assert parse_date("5000 years ago", now=NOW) is None
    assert parse_date("9999년 전", now=NOW) is None
    assert normalize_value("date", "9999 years ago", base_url="https://example.com/") is None


def test_a_cjk_age_may_be_followed_by_its_verb() -> None:
    # Chinese boards write "posted 3 days ago" as one word: the age ends before the verb.
    assert age_of("3天前发布") == timedelta(days=3)
    assert age_of("2小时前更新") == timedelta(hours=2)
    assert age_of("5分钟前回复") == timedelta(minutes=5)
    assert age_of("30日前後") is None  # "about 30 days"
    assert age_of("3年前期") is None


def test_a_korean_calendar_year_before_jeon_is_no_age() -> None:
    assert age_of("2019년 전 세계 판매량") is None  # "worldwide sales in 2019"
    assert age_of("3년 전") == timedelta(days=3 * 365)
