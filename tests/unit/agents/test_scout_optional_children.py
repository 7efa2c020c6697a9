"""An optional child that changes what a hashed block is made of, but not which block it is.

Where every class is a styled-components hash, look-alike ``div``s are told apart by the tags of
their children. An event card's info block made of ``div``s and a ``span`` gains a ``<p>`` on
the cards announcing an on-sale date; it is still the info block, and its fields stay in their
columns on every card.
"""

from __future__ import annotations

from agents.heuristics.mergedmarks import merged_identities
from tests.unit.agents.conftest import spec_and_records

URL = "https://tickets.example/search?q=jazz"
EVENTS = [
    ("Kamasi Washington", "Thalia Hall", "Sun", None),
    ("Samara Joy", "Symphony Center", "Tue", "Presale"),
    ("Snarky Puppy", "The Riviera Theatre", "Fri", "Sold Out"),
    ("Kenny G", "Chicago Theatre", "Sat", "Presale"),
    ("Cecile McLorin Salvant", "City Winery", "Sun", None),
    ("Robert Glasper", "Metro", "Wed", "Presale"),
    ("Esperanza Spalding", "Park West", "Thu", None),
    ("Brad Mehldau", "Old Town School", "Fri", "Rescheduled"),
]


def _event(number: int, name: str, venue: str, weekday: str, badge: str | None) -> str:
    badge_html = (
        f'<div class="sc-32e584cb-0 xcajPm"><span class="sc-3f316719-1 kiLyEW" data-testid="event-badge">{badge}</span>'
        "</div>"
        if badge
        else ""
    )
    onsale = (
        '<p class="sc-839d5fb6-0 pWypNC">Onsale: <span>Thu · Sep 4 · 10:00 AM</span></p>' if badge == "Presale" else ""
    )
    return (
        '<li class="sc-58d66e86-1 QWaFcN" data-testid="event-list-item"><div class="sc-58d66e86-3 VRLmmW">'
        f'<div class="sc-bdd0c36a-0 DwihJl" aria-hidden="true"><span>OCT</span><span>{10 + number}</span></div>'
        '<div class="sc-b5eec0e3-0 HdRLrz">'
        f'<div class="sc-b5eec0e3-1 fbKjKV"><span class="sc-b5eec0e3-2 MomyxR">{weekday}</span>'
        f'<span aria-hidden="true"> · </span><span class="sc-b5eec0e3-2 MomyxR">{7 + number % 3}:30 PM</span></div>'
        f'<div class="sc-b5eec0e3-3 UxCpDq"><span class="sc-b5eec0e3-4 GWiBAx">{venue}</span></div>'
        f'<div class="sc-b5eec0e3-5 WcKIYy"><span class="sc-20448fb2-0 NTknqv">{name}</span></div>'
        f"{badge_html}{onsale}</div>"
        f'<div class="sc-014f982f-0 UqEtYO" data-testid="event-price">'
        f"<span>From</span> <span>${40 + number}</span></div>"
        f'<div class="sc-12bb485a-0 HHFDQL"><a href="/event/{number}" data-testid="event-list-link">'
        "<span>Find tickets</span></a></div></div></li>"
    )


def _page() -> str:
    events = "".join(_event(i, *event) for i, event in enumerate(EVENTS))
    return (
        '<html><body><header class="sc-1a2b3c4d-0 aBcDe"><a href="/">Tickets</a></header><main>'
        f'<h1>Results for jazz</h1><ul class="sc-3aaf09ac-0 lgKHLy" data-testid="eventList">{events}</ul>'
        "</main></body></html>"
    )


def test_marks_that_never_meet_and_nest_name_one_place() -> None:
    records = [
        {"structure:span:bare", "structure:div,span:bare"},
        {"structure:span:bare", "structure:div,p,span:bare"},
        {"structure:span:bare", "structure:div,span:bare"},
    ]
    assert merged_identities(records) == {"structure:div,p,span:bare": "structure:div,span:bare"}


def test_marks_that_meet_in_a_record_stay_apart() -> None:
    records = [{"structure:span:bare", "structure:a,span:bare"}, {"structure:span:bare", "structure:a,span:bare"}]
    assert merged_identities(records) == {}


def test_an_optional_line_keeps_every_field_of_its_block_in_one_column() -> None:
    _, records = spec_and_records(_page(), URL)
    assert len(records) == len(EVENTS)
    names = {e[0] for e in EVENTS}
    columns = {key for record in records for key, value in record.items() if isinstance(value, str) and value in names}
    assert len(columns) == 1  # the names of the Presale events are not a column of their own
    (title,) = columns
    assert [r.get(title) for r in records] == [e[0] for e in EVENTS]
    badges = [e[3] for e in EVENTS]
    assert any([r.get(k) for r in records] == badges for k in records[0])
