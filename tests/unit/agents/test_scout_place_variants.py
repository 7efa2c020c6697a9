# ruff: noqa: E501
"""A fixed wording at a field's place ("Online event" where other cards name their venue) is a
value of that field: the two slots sit at the same place of the card and never meet."""

from __future__ import annotations

from agents.heuristics.templateslots import collect_slots
from pipeline.core.extract import make_selector
from tests.unit.agents.conftest import list_page, spec_and_records

URL = "https://meet.example/data-eng/events/"

EVENTS = [
    ("Lakehouse Night", "Thoughtworks London · London"),
    ("dbt Mesh in practice", None),
    ("Data Quality Clinic", "The Frontline Club · London"),
    ("Streaming at scale", "Monzo HQ · London"),
    ("Office hours", None),
    ("Orchestrators compared", "Google Academy · London"),
    ("Lineage by default", "Canada Square · London"),
    ("Vector search meetup", None),
]


def _card(number: int, title: str, venue: str | None) -> str:
    place = (
        f'<svg class="h-4" aria-hidden="true"><use href="#location"></use></svg><span class="line-clamp-1">{venue}</span>'
        if venue
        else '<svg class="h-4" aria-hidden="true"><use href="#video"></use></svg><span>Online event</span>'
    )
    return (
        f'<li class="list-none"><div class="card"><a class="absolute" href="/data-eng/events/{300 + number}/">{title}</a>'
        f'<h3 class="ds-font-title-3">{title}</h3><div class="flex items-center gap-1">{place}</div>'
        f'<span class="attendees">{20 + number} attendees</span></div></li>'
    )


def _page() -> str:
    return list_page("".join(_card(n, *e) for n, e in enumerate(EVENTS)), '<main><ul class="events">{}</ul></main>')


def test_the_online_wording_joins_the_venue_slot() -> None:
    records = [r.root for r in make_selector(_page(), URL).css("ul.events > li")]
    texts = [s for s in collect_slots(records) if s.kind == "text" and s.key[-1].startswith("span")]
    venues = [s for s in texts if "Online event" in s.first_values()]
    assert len(venues) == 1
    assert len(venues[0].per_record) == len(EVENTS)


def test_every_event_has_its_venue_or_online() -> None:
    spec, records = spec_and_records(_page(), URL)
    venue = next(f.name for f in spec.fields if records[0].get(f.name) == "Thoughtworks London · London")
    assert [r.get(venue) for r in records] == [v or "Online event" for _t, v in EVENTS]


def test_a_wording_beside_the_field_in_one_record_is_not_joined() -> None:
    cards = "".join(_card(n, *e) for n, e in enumerate(EVENTS)).replace(
        '<span class="line-clamp-1">Monzo HQ · London</span>',
        '<span class="line-clamp-1">Monzo HQ · London</span><span>Online event</span>',
    )
    records = [
        r.root
        for r in make_selector(list_page(cards, '<main><ul class="events">{}</ul></main>'), URL).css("ul.events > li")
    ]
    venues = [
        s for s in collect_slots(records) if s.kind == "text" and "Thoughtworks London · London" in s.first_values()
    ]
    assert len(venues[0].per_record) == 5


def test_a_badge_where_other_cards_show_an_amount_is_not_joined() -> None:
    cards = "".join(
        f'<li><a class="name" href="/p/{n}">Lamp {n}</a><div class="tags">'
        + (f'<span class="discount">-{10 + n}%</span>' if n % 2 else "<span>New</span>")
        + "</div></li>"
        for n in range(8)
    )
    records = [
        r.root
        for r in make_selector(list_page(cards, '<main><ul class="shop">{}</ul></main>'), URL).css("ul.shop > li")
    ]
    discounts = [s for s in collect_slots(records) if s.kind == "text" and "-11%" in s.first_values()]
    assert len(discounts[0].per_record) == 4
