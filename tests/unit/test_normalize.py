from __future__ import annotations

import json

import pytest

from pipeline.core.cleantext import clean_text
from pipeline.core.datetext import parse_date
from pipeline.core.normalize import normalize_value
from pipeline.core.numbertext import parse_number, parse_price


@pytest.mark.parametrize(
    ("raw", "amount", "currency"),
    [
        ("€24.90", 24.9, "EUR"),
        ("24,90 €", 24.9, "EUR"),
        ("$1,234.50", 1234.5, "USD"),
        ("1.234,50 EUR", 1234.5, "EUR"),
        ("£51.77", 51.77, "GBP"),
        ("CHF 1'200.00", 1200.0, "CHF"),
        ("1 299 kr", 1299.0, "SEK"),
        ("Price: 15", 15.0, None),
    ],
)
def test_prices_become_amount_and_currency(raw: str, amount: float, currency: str | None) -> None:
    assert parse_price(raw) == {"amount": amount, "currency": currency}


def test_text_without_a_number_is_no_price() -> None:
    assert parse_price("Sold out") is None


@pytest.mark.parametrize(
    ("raw", "value"), [("4.5 out of 5", 4.5), ("Rating: 4,7", 4.7), ("1,234", 1234.0), ("-3", -3.0)]
)
def test_numbers(raw: str, value: float) -> None:
    assert parse_number(raw) == value


def test_dates_are_timezone_aware_in_their_own_offset_else_utc() -> None:
    assert parse_date("2026-09-02") == "2026-09-02T00:00:00+00:00"
    assert parse_date("2026-09-02T10:00:00+02:00") == "2026-09-02T10:00:00+02:00"
    assert parse_date("March 3, 2025") == "2025-03-03T00:00:00+00:00"


def test_urls_are_made_absolute_and_text_is_cleaned() -> None:
    assert normalize_value("url", "/a/b.html", base_url="http://x.test/list/") == "http://x.test/a/b.html"
    assert normalize_value("text", "  two\n\u00a0 words ", base_url="") == "two words"
    assert normalize_value("tags", ["a ", " ", "b"], base_url="") == ["a", "b"]
    assert normalize_value("text", "   ", base_url="") is None


@pytest.mark.parametrize(
    ("raw", "value"),
    [("star-rating Three", 3.0), ("Rated 4.5 out of 5", 4.5), ("stars-4-5", 4.5), ("rating-4", 4.0), ("Five", 5.0)],
)
def test_ratings_in_words_and_classes(raw: str, value: float) -> None:
    assert normalize_value("rating", raw, base_url="") == value


def test_relative_dates_resolve_against_the_extraction_time() -> None:
    from datetime import UTC, datetime

    now = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
    assert parse_date("3 days ago", now=now) == "2026-11-23T12:00:00+00:00"
    assert parse_date("posted an hour ago", now=now) == "2026-11-26T11:00:00+00:00"
    assert parse_date("yesterday", now=now) == "2026-11-25T12:00:00+00:00"


def test_numbers_that_are_not_dates_are_not_dates() -> None:
    assert parse_date("4.5 stars") is None
    assert parse_date("Page 3 of 7") is None
    assert parse_date("12/03/2025") == "2025-12-03T00:00:00+00:00"


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("1.2k", 1200.0),
        ("15.2k stars", 15200.0),
        ("2.5M", 2_500_000.0),
        ("$1.51T", 1.51e12),
        ("12 kg", 12.0),
        ("3 min", 3.0),
        ("$ 12 99", 12.99),
        ("1 299 kr", 1299.0),
    ],
)
def test_compact_numbers_and_split_cents(raw: str, value: float) -> None:
    assert parse_number(raw) == value


def test_list_items_are_typed_too() -> None:
    assert normalize_value("url", ["/a", "b"], base_url="http://x.test/d/") == ["http://x.test/a", "http://x.test/d/b"]
    assert normalize_value("number", ["1.2k", "n/a", "7"], base_url="") == [1200.0, 7.0]


def test_rating_words_count_only_in_class_like_text() -> None:
    assert normalize_value("rating", "One of the best books, 4.5/5", base_url="") == 4.5


@pytest.mark.parametrize(
    ("raw", "value"), [("1.4E7", 14_000_000), ("2.5e-3 mg", 0.0025), ("6.02E+23", 6.02e23), ("468.0", 468)]
)
def test_scientific_notation_as_data_exports_print_it(raw: str, value: float) -> None:
    assert normalize_value("number", raw, base_url="https://example.com/") == pytest.approx(value)


def test_whole_numbers_are_integers_so_exports_print_31_not_31_point_0() -> None:
    assert json.dumps(
        [normalize_value("number", t, base_url="https://x/") for t in ("31", "1,234", "1.2k", "4.5")]
    ) == ("[31, 1234, 1200, 4.5]")


def test_invisible_format_marks_are_no_part_of_a_value() -> None:
    # A direction mark before a table value, a soft hyphen, a zero-width space, a byte-order mark.
    assert clean_text("\u200e6.4 ounces") == "6.4 ounces"
    assert clean_text("Schiff\u00adfahrt\u200b \ufeffGmbH") == "Schifffahrt GmbH"
    assert clean_text("family 👨\u200d👩\u200d👧") == "family 👨\u200d👩\u200d👧"  # the joiner holds the emoji


def test_a_pictograph_leading_a_value_is_its_icon_not_its_text() -> None:
    assert clean_text("🌏 Worldwide") == "Worldwide"
    assert normalize_value("price", "💰 $80,000", base_url="") == {"amount": 80000.0, "currency": "USD"}
    assert clean_text("👨\u200d💻 Software Engineer") == "Software Engineer"  # a joined sequence is one icon
    assert clean_text("Paris 🌏") == "Paris 🌏"  # only a leading icon goes
    assert clean_text("🔥🔥") == "🔥🔥"  # pictographs alone are the value
    for text in ("🔥 🔥 Hot deal", "👍 👍", "★★★★☆ 4.0", "🌏  Worldwide"):
        assert clean_text(clean_text(text)) == clean_text(text)  # cleaning a clean text changes nothing
    assert clean_text("🔥 🔥 Hot deal") == "Hot deal"
