"""How a value a field reads from the right element differs from the written one (``readdiffer``), and the report
line counting those differences, naming no value."""

from __future__ import annotations

from typing import Any

import pytest

from tests.bench.dropshape import ANOTHER_VALUE, describe_differences, describe_elsewhere
from tests.bench.readdiffer import how_read_differs
from tests.bench.scout_corpus import expected_type, fold


@pytest.mark.parametrize(
    ("written", "read", "difference"),
    [
        ("Oak, Walnut", ["Oak", "Walnut"], "a list where one value is written: its items together"),
        ("Berlin", ["Berlin", "Full-time"], "a list where one value is written: one of its items"),
        ("Berlin", ["Hamburg", "Full-time"], "a list where one value is written: neither"),
        (["oak", "walnut"], "oak", "one value where a list is written"),
        ("12.50 kr", {"amount": 12.5, "currency": "SEK"}, "a structured value: one number"),
        ("$10 - $20", {"amount": 10.0, "currency": "USD"}, "a structured value: several numbers"),
        ("Free", {"amount": 0.0, "currency": None}, "a structured value: the written text holds no number"),
        ("12 min read", 12, "a number made of a text"),
        (4.5, "4.5 out of 5 (120 reviews)", "a text where a number is written"),
        (1250, 12.5, "another number"),
        ("Spring 2024", "2024-03-01T00:00:00+00:00", "a date made of a text"),
        ("2024-03-05", "last week", "a text where a date is written"),
        ("2024-03-05", "2024-03-04T23:00:00+00:00", "another date"),
        ("https://h/item/1", "https://h/item/1/reviews", "another address"),
        ("Walnut serving tray, large", "Walnut serving tray", "a part of the written text"),
        ("Berlin", "Location: Berlin", "the written text and more"),
        ("Berlin", "Hamburg", "another text"),
    ],
)
def test_the_read_value_is_told_apart_from_the_written_one(written: Any, read: Any, difference: str) -> None:
    assert how_read_differs(written, read, expected_type, fold) == difference


def test_the_line_counts_differences_and_the_where_line_still_reads_the_kind() -> None:
    own = "the value's own element, read otherwise"
    shape = {
        f"{ANOTHER_VALUE}: {own}; a number made of a text": 2,
        f"{ANOTHER_VALUE}: {own}; the written text and more": 1,
        f"{ANOTHER_VALUE}: a different slot": 1,
        "never a slot": 3,
    }
    assert describe_differences(shape) == ("4 fields: a number made of a text 2, the written text and more 1, untold 1")
    assert describe_elsewhere(shape).startswith(f"4 fields: {own} 3, a part of the read element 0,")
    assert describe_differences({"never a slot": 1}) == "no field reading another value there"
