"""A date read from a UTC ``datetime`` whose element shows the local clock is written in that offset."""

from __future__ import annotations

from agents.heuristics.localclocks import shows_local_clocks
from tests.unit.agents.conftest import list_page, spec_and_records

URL = "https://university.example/events"
#: Title, UTC instant, the local (UTC-5) day and clock shown.
EVENTS = [
    ("Lecture on rivers", "2025-03-19T00:00:00Z", "03/18/2025 - 19:00"),
    ("Poster session", "2025-03-19T18:00:00Z", "03/19/2025 - 13:00"),
    ("Wind ensemble", "2025-03-21T00:30:00Z", "03/20/2025 - 19:30"),
    ("Career fair", "2025-03-21T15:00:00Z", "03/21/2025 - 10:00"),
    ("Film night", "2025-03-26T01:00:00Z", "03/25/2025 - 20:00"),
    ("Open studio", "2025-03-27T17:00:00Z", "03/27/2025 - 12:00"),
]


def _records(shown_utc: bool) -> list[dict[str, object]]:
    cards = "".join(
        f'<article class="event"><h2><a href="/events/{n}">{title}</a></h2>'
        f'<div class="when"><time datetime="{stamp}">'
        f"{(stamp[5:7] + '/' + stamp[8:10] + '/' + stamp[:4] + ' - ' + stamp[11:16]) if shown_utc else shown}"
        f'</time></div><p class="venue">Hall {n + 1}</p></article>'
        for n, (title, stamp, shown) in enumerate(EVENTS)
    )
    return spec_and_records(list_page(cards), URL)[1]


def test_the_date_is_the_day_the_page_shows() -> None:
    records = _records(shown_utc=False)
    dates = [str(r["date"]) for r in records]
    assert [d[:10] for d in dates] == [f"{s[6:10]}-{s[:2]}-{s[3:5]}" for *_, s in EVENTS]
    assert all(d.endswith("-05:00") for d in dates)


def test_a_clock_shown_in_utc_leaves_the_date_in_utc() -> None:
    records = _records(shown_utc=True)
    assert [str(r["date"]) for r in records] == [s.replace("Z", "+00:00") for _, s, _ in EVENTS]


def test_nearly_every_text_must_fit_an_offset_in_use() -> None:
    pairs = [(stamp, shown) for _, stamp, shown in EVENTS]
    assert shows_local_clocks(pairs)
    assert not shows_local_clocks([(stamp, "Tuesday") for stamp, _ in pairs])
    assert not shows_local_clocks([(stamp, "03/18/2025 - 19:07") for stamp, _ in pairs])
    assert not shows_local_clocks([])


def test_clocks_implying_offsets_hours_apart_are_no_local_clocks() -> None:
    """Tokyo's evening events on a 12-hour clock without PM ("7:00" for 19:00) fit -03:00, its
    mornings +09:00: each fits some offset in use, but no one place's."""
    twelve_hour = [
        ("2025-03-19T10:00:00Z", "03/19/2025 - 7:00"),
        ("2025-03-20T01:00:00Z", "03/20/2025 - 10:00"),
        ("2025-03-21T11:30:00Z", "03/21/2025 - 8:30"),
        ("2025-03-22T03:00:00Z", "03/22/2025 - 12:00"),
        ("2025-03-23T09:00:00Z", "03/23/2025 - 6:00"),
        ("2025-03-24T00:00:00Z", "03/24/2025 - 9:00"),
    ]
    assert not shows_local_clocks(twelve_hour)
    summer = [("2025-03-08T18:00:00Z", "03/08/2025 - 12:00"), ("2025-03-10T17:00:00Z", "03/10/2025 - 12:00")]
    assert shows_local_clocks(summer * 3)  # Chicago before and after the clocks change
