"""A date column that shows the date plainly in most records and, in recent ones, a relative date
("3 hours ago", "Yesterday") inside a child element whose ``title`` holds the full date: one date
field reading both. And all-numeric dates written with dashes ("03-14-2025") are dates, read
month first or day first as the column's own values say."""

from __future__ import annotations

import re

import pytest

from agents.heuristics import values
from agents.heuristics.dateorder import order_of_values
from tests.unit.agents.conftest import list_page, spec_and_records

URL = "https://tickets.example/queue"

#: (ticket, subject, reporter, shown activity markup, the day it stands for)
TICKETS = [
    (901, "Printer prints blank pages", "mira", "<span title='11-29-2024, 09:40 AM'>2 hours ago</span>", "2024-11-29"),
    (902, "VPN keeps dropping", "tomas", "<span title='11-29-2024, 06:05 AM'>5 hours ago</span>", "2024-11-29"),
    (903, "New starter needs a laptop", "ines", "<span title='11-28-2024'>Yesterday</span>, 04:12 PM", "2024-11-28"),
    (904, "Shared drive is read-only", "karl", "11-26-2024, 02:31 PM", "2024-11-26"),
    (905, "Badge reader at the back door", "lena", "11-25-2024, 10:02 AM", "2024-11-25"),
    (906, "Monitor flickers after update", "omar", "11-21-2024, 08:47 AM", "2024-11-21"),
    (907, "Calendar invites arrive twice", "sofia", "11-18-2024, 05:55 PM", "2024-11-18"),
    (908, "Projector remote missing", "piet", "11-14-2024, 01:20 PM", "2024-11-14"),
]


def _day_first(shown: str) -> str:
    """The same markup as a European board writes it: "29-11-2024" for "11-29-2024"."""
    return re.sub(r"\b(\d\d)-(\d\d)-(\d{4})", r"\2-\1-\3", shown)


def _queue(day_first: bool = False) -> str:
    cards = "".join(
        f"<li class='ticket'><a class='subject' href='/ticket/{number}'>{subject}</a>"
        f"<span class='reporter'>{reporter}</span>"
        f"<div class='activity'>{_day_first(shown) if day_first else shown}<br>"
        f"<a href='/ticket/{number}#last'>Last reply</a></div></li>"
        for number, subject, reporter, shown, _ in TICKETS
    )
    return list_page(cards, "<main><ul class='queue'>{}</ul></main>")


def test_dates_written_with_dashes_are_dates() -> None:
    assert values.is_date("03-14-2025")
    assert values.is_date("11-29-2024, 09:40 AM")
    assert values.is_date("14-03-2025 18:05")
    assert not values.is_date("555-12-2024")  # no day or month has three digits
    assert not values.is_date("03-14-25")  # a two-digit year with dashes is as likely a code
    assert not values.is_date("1-2-3")


def test_dashed_dates_tell_their_order_like_slashed_ones() -> None:
    assert order_of_values(["11-29-2024, 09:40 AM"]) == "month_first"
    assert order_of_values(["29-11-2024"]) == "day_first"


@pytest.mark.parametrize("day_first", [False, True])
def test_a_date_column_mixing_plain_and_relative_dates_reads_both(day_first: bool) -> None:
    spec, records = spec_and_records(_queue(day_first), URL)
    dates = [f for f in spec.fields if f.type == "date"]
    assert len(dates) == 1, spec.fields
    assert dates[0].date_order == ("day_first" if day_first else "month_first")
    got = {str(r.get("url")).rsplit("/", 1)[-1]: r.get(dates[0].name) for r in records}
    for number, _, _, _, day in TICKETS:
        assert str(got[str(number)])[:10] == day, (number, got)
