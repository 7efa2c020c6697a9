"""One duration in its two written forms: ISO 8601 in JSON-LD, words on the page."""

from __future__ import annotations

import pytest

from agents.durations import duration_minutes, is_iso_duration


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("PT20M", 20.0),
        ("PT3H20M", 200.0),
        ("PT200M", 200.0),
        ("P1DT2H", 1560.0),
        ("3 hrs 20 mins", 200.0),
        ("1 hour and 5 minutes", 65.0),
        ("2h 28m", 148.0),
        ("PT", None),  # no number: no duration
        ("20 mins to read the manual", None),  # a sentence around a duration is not one
        ("Serves 4", None),
    ],
)
def test_minutes_of_a_duration_in_either_form(text: str, minutes: float | None) -> None:
    assert duration_minutes(text) == minutes


def test_only_the_iso_form_is_iso() -> None:
    assert is_iso_duration("PT20M") and not is_iso_duration("20 mins") and not is_iso_duration("P")
