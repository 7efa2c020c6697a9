"""Review of round 30's engine change: hand-made inputs the new rules read wrongly."""

from __future__ import annotations

from pipeline.core.datetext import parse_date
from pipeline.core.normalize import normalize_value
from pipeline.core.relativedates import age_of


def test_a_korean_word_starting_with_jeon_is_no_age() -> None:
    # "창업 30년 전통" is "a 30-year tradition since founding", "24시간 전화상담" "24-hour phone advice":
    # 전 opens 전통 / 전화 here, it is not "ago".
    assert age_of("창업 30년 전통") is None
    assert age_of("24시간 전화상담") is None
    assert parse_date("창업 30년 전통") is None


def test_a_year_then_qian_opening_a_word_is_no_age() -> None:
    # "2020年前三季度" is "the first three quarters of 2020", "2019年前半" "the first half of 2019".
    assert age_of("2020年前三季度营收") is None
    assert age_of("2019年前半") is None


def test_an_age_past_year_one_reads_as_no_date_and_never_crashes() -> None:
    # OverflowError today ("5000 years ago" crashed before this round too; CJK ages add the path).
    # "5000년 전" names no age at all now (a count of years that big is a calendar year, as "2019년 전 세계"):
    # it stays the text it is, like any text that is no date.
    assert normalize_value("date", "5000년 전", base_url="https://example.com/") == "5000년 전"
    assert normalize_value("date", "5000 years ago", base_url="https://example.com/") is None
