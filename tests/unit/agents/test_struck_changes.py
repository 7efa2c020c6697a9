"""A struck value outside a price says it changed: it keeps the place of the unstruck value of the
other records, and the new value beside it is data even on a few records. A price column is
named for its role, not after the class of its first value."""

from __future__ import annotations

from agents.scout import analyze_page
from pipeline.core.extract import extract_records
from tests.unit.agents.conftest import list_page
from tests.unit.slotcards import kept, useful_slots

DELAYED = {2, 7}


def _flight(i: int) -> str:
    scheduled = f"{6 + i:02d}:05"
    if i in DELAYED:
        time = (
            f'<del class="scheduled"><time datetime="2025-03-14T{scheduled}:00+01:00">{scheduled}</time></del> '
            f'<span class="expected">{6 + i:02d}:40</span>'
        )
    else:
        time = f'<time class="scheduled" datetime="2025-03-14T{scheduled}:00+01:00">{scheduled}</time>'
    return f'<div class="when">{time}</div><a class="city" href="/f/{i}">City {i}</a><span class="gate">B{i}</span>'


#: Two delayed flights of twelve: fewer than a field needs, were the new time not data.
FLIGHTS = [_flight(i) for i in range(12)]


def test_a_struck_time_keeps_the_place_of_the_plain_time() -> None:
    times = [s for s, _ in useful_slots(FLIGHTS) if s.kind == "text" and "06:05" in s.first_values()]
    assert len(times) == 1 and len(times[0].per_record) == len(FLIGHTS)


def test_the_new_value_beside_a_struck_one_is_kept_on_a_few_records() -> None:
    assert kept(FLIGHTS, "08:40")


def test_a_struck_price_is_still_the_price_before_the_sale() -> None:
    cards = [
        f'<a class="t" href="/p/{i}">Item {i}</a><span class="price">'
        + (f"<del><span>${i + 30}.00</span></del> <ins><span>${i + 20}.00</span></ins>" if i % 2 else "")
        + ("" if i % 2 else f"<span>${i + 20}.00</span>")
        + "</span>"
        for i in range(8)
    ]
    struck = [s for s, _ in useful_slots(cards) if s.kind == "text" and "$31.00" in s.first_values()]
    assert struck and any(step.startswith("del") for step in struck[0].key)


def test_the_flights_read_their_times_on_every_row() -> None:
    html = list_page("".join(f'<li class="flight">{f}</li>' for f in FLIGHTS), "<main><ul>{}</ul></main>")
    profile = analyze_page(html, "https://air.example/departures/")
    records = [dict(r) for r in extract_records(html, "https://air.example/departures/", profile.spec)]
    times = [f.name for f in profile.spec.fields if f.type == "text" and records[0].get(f.name) == "06:05"]
    assert times and all(r[times[0]] for r in records)
    assert {r.get("expected") for r in records} >= {"08:40", "13:40"}


def test_a_price_column_is_named_price_not_after_its_first_pill() -> None:
    pills = ["Free", "€12", "Sold Out", "€35", "Free", "€8", "€18", "Free"]
    kinds = {"Free": "free", "Sold Out": "sold-out"}
    cards = "".join(
        f'<li class="event"><a class="title" href="/e/{i}">Event {i}</a><span class="host">Host {i}</span>'
        f'<div class="pill pill-{kinds.get(p, "paid")}">{p}</div></li>'
        for i, p in enumerate(pills)
    )
    profile = analyze_page(list_page(cards, "<main><ul>{}</ul></main>"), "https://events.example/")
    [price] = [f for f in profile.spec.fields if f.type == "price"]
    assert price.name == "price"
