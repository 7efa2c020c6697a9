"""A list page's JSON-LD array of events (``MusicEvent``, ``TheaterEvent``…), read as its records."""

from __future__ import annotations

import json

from parsel import Selector

from agents.heuristics.structured import read_structured
from tests.unit.agents.conftest import list_page, spec_and_records

URL = "http://tickets.test/search?q=jazz"
EVENTS = [
    ("Kamasi Washington Live", "Thalia Hall", "2025-10-12"),
    ("Samara Joy in Concert", "Symphony Center", "2025-10-14"),
    ("Snarky Puppy Somni Tour", "The Riviera Theatre", "2025-10-17"),
    ("Robert Glasper Trio", "Metro", "2025-10-23"),
    ("Esperanza Spalding Band", "Park West", "2025-10-25"),
]


def _page() -> str:
    data = [
        {
            "@context": "https://schema.org",
            "@type": "MusicEvent",
            "name": name,
            "url": f"http://tickets.test/event/{n}",
            "startDate": day,
            "location": {"@type": "Place", "name": venue},
        }
        for n, (name, venue, day) in enumerate(EVENTS)
    ]
    cards = "".join(
        f'<li class="sc-58d66e86-1 QWaFcN"><div class="sc-b5eec0e3-3 UxCpDq">'
        f'<span class="sc-b5eec0e3-4 GWiBAx">{venue}</span></div>'
        f'<div class="sc-b5eec0e3-5 WcKIYy"><span class="sc-20448fb2-0 NTknqv">{name}</span></div>'
        f'<a class="sc-12bb485a-1 IjoTGT" href="/event/{n}">Find tickets</a></li>'
        for n, (name, venue, _) in enumerate(EVENTS)
    )
    script = f'<script type="application/ld+json">{json.dumps(data)}</script>'
    page = list_page(cards, wrapper='<main><ul class="sc-a4b9d2e1-0 hQpRtz">{}</ul></main>')
    return page.replace("</body>", f"{script}</body>")


def test_repeated_music_events_are_the_list_items_with_their_date_and_venue() -> None:
    data = read_structured(Selector(text=_page()))
    assert len(data.items) == len(EVENTS)
    assert data.items[0]["startDate"] == "2025-10-12"
    hints = data.value_hints()
    assert (hints["Thalia Hall"], hints["Kamasi Washington Live"], hints["2025-10-12"]) == ("venue", "title", "date")


def test_the_events_name_the_venue_the_markup_shows() -> None:
    spec, records = spec_and_records(_page(), URL)
    names = {f.name for f in spec.fields}
    assert "venue" in names
    assert [r["venue"] for r in records] == [venue for _, venue, _ in EVENTS]
