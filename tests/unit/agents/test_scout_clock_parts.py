"""A clock time shown beside a date is its own field, even where a ``time[datetime]`` holds it."""

from __future__ import annotations

from agents.heuristics.clockparts import is_zoned_clock, shared_zone
from tests.unit.agents.conftest import list_page, spec_and_records

URL = "https://events.example/group/events/"
EVENTS = [
    ("Lakehouse night", 20, "18:30", "6:30 PM"),
    ("dbt mesh", 25, "12:30", "12:30 PM"),
    ("Quality clinic", 27, "18:00", "6:00 PM"),
    ("Streaming at scale", 28, "18:30", "6:30 PM"),
    ("First pipeline", 29, "10:00", "10:00 AM"),
    ("Polars live", 30, "19:00", "7:00 PM"),
]


def _card(n: int, title: str, day: int, iso: str, shown: str, text: str) -> str:
    return (
        f'<li class="event"><a class="card-link" href="/group/events/{n}/">{title}</a>'
        f'<time datetime="2025-03-{day}T{iso}:00+00:00">{text.format(day=day, shown=shown)}</time>'
        f'<span class="attendees">{n * 11 + 3} attendees</span></li>'
    )


def _records(text: str) -> list[dict[str, object]]:
    cards = "".join(_card(n, t, d, i, s, text) for n, (t, d, i, s) in enumerate(EVENTS))
    return spec_and_records(list_page(f"<ul>{cards}</ul>"), URL)[1]


def test_the_clock_after_the_day_is_the_time_without_its_zone() -> None:
    records = _records("Thu, Mar {day} · {shown} GMT")
    assert [r["time"] for r in records] == [s for *_, s in EVENTS]
    assert [str(r["date"])[:10] for r in records] == [f"2025-03-{d}" for _, d, *_ in EVENTS]


def test_a_time_element_showing_only_the_clock_keeps_it() -> None:
    records = _records("{shown}")
    assert [r["time"] for r in records] == [s for *_, s in EVENTS]


def test_zones_are_cut_only_where_every_record_shares_one() -> None:
    assert is_zoned_clock("6:30 PM GMT") and is_zoned_clock("19:30 CET")
    assert not is_zoned_clock("6:30 PM") and not is_zoned_clock("Room 12:30 B")
    assert shared_zone(["6:30 PM GMT", "7:00 PM GMT"]) == "GMT"
    assert shared_zone(["6:30 PM GMT", "7:00 PM BST"]) is None
