"""A detail page whose only data is JSON-LD of an Event subtype (MusicEvent) reads that entity."""

from __future__ import annotations

import json

from agents.jsonld import jsonld_candidates

URL = "https://tickets.example/event/kamasi-washington-chicago"


def _page(kind: str) -> str:
    entity = {
        "@context": "https://schema.org",
        "@type": kind,
        "name": "Kamasi Washington",
        "startDate": "2025-10-12T19:30:00-05:00",
        "location": {"@type": "Place", "name": "Thalia Hall"},
        "offers": {"@type": "Offer", "price": "45.00", "priceCurrency": "USD"},
    }
    return (
        '<html><head><script type="application/ld+json">'
        f"{json.dumps(entity)}</script></head><body><div id=root></div></body></html>"
    )


def test_a_music_event_is_a_main_entity_like_an_event() -> None:
    for kind in ("Event", "MusicEvent", "TheaterEvent"):
        [candidate, *_] = jsonld_candidates(_page(kind), URL)
        names = {f.name for f in candidate.fields}
        assert {"title", "price"} <= names, kind


def test_a_type_merely_containing_a_main_type_word_is_not_one() -> None:
    assert jsonld_candidates(_page("EventReservationSet"), URL) == []
