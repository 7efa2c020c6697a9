"""A clock time shown beside a day: a field of its own, even where a ``datetime`` attribute holds it.

``<time datetime="2025-03-20T18:30:00+00:00">Thu, Mar 20 · 6:30 PM GMT</time>``: the attribute is
read as the date, and its visible text is dropped as a copy of it. Yet a person copying the event
writes the day in one column and the time shown ("6:30 PM") in another; the attribute's instant,
in UTC or another offset, is not how the page says it. So a clock (the whole text, or its part
after the day) stays beside the datetime. A time-zone word the clock carries in every record
("GMT") is cut off, as no column of times repeats it; zones that vary (GMT in winter, BST in
summer) cannot be cut by a literal, and such a part is left out as before.

The same holds for the parts a ``<time datetime="2025-03-14">`` draws in spans of their own
("Fr", "14", "Mär", "2025"): each a piece of the date the attribute holds whole, none a column.
Only such pieces: a card wrapped whole in an element with a ``datetime`` (``<relative-time>``)
keeps its title and venue.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agents.heuristics import values
from agents.heuristics.dateparts import date_part
from agents.heuristics.slots import Slot
from agents.heuristics.valuetypes import CLOCK

#: "6:30 PM GMT", "19:30 CET": a clock (``CLOCK``), a space, a zone's capitals (not "PM" itself).
_ZONED = re.compile(r"^(\d{1,2}[:.h][0-5]\d(?:\s?(?i:[ap]\.?m\.?))?) (?!(?:AM|PM)$)([A-Z]{2,5})$")
#: Share of a slot's values that must be clock times for it to be the time shown.
CLOCK_SHARE = 0.8
#: A word inside a ``<time>`` no longer than this is a piece of its date ("Fr", "Mär.", "Donnerstag").
MAX_PIECE_CHARS = 10


def is_zoned_clock(text: str) -> bool:
    """A clock time with a zone word after it ("6:30 PM GMT")."""
    return _ZONED.match(text.strip()) is not None


def shared_zone(texts: list[str]) -> str | None:
    """The zone word every one of ``texts`` ends a clock with ("GMT"), else None."""
    zones = {found.group(2) if (found := _ZONED.match(t.strip())) else None for t in texts}
    return zones.pop() if len(zones) == 1 else None


def shows_clock(slot: Slot) -> bool:
    """Whether a text slot reads clock times ("6:30 PM", "19:30") in (nearly) every record."""
    firsts = slot.first_values()
    return slot.kind == "text" and bool(firsts) and values.share([bool(CLOCK.match(v)) for v in firsts]) >= CLOCK_SHARE


def without_datetime_copies(slots: list[Slot]) -> list[Slot]:
    """``slots`` without the texts of an element whose ``datetime`` is read, or the pieces of the
    date inside it (they say the instant again), but for a clock shown there: kept, and named the
    time where nothing else names it."""
    datetimes = {s.key: s.sample_element().tag == "time" for s in slots if s.kind == "datetime"}
    kept: list[Slot] = []
    for slot in slots:
        within = [timed for key, timed in datetimes.items() if slot.key[: len(key)] == key]
        piece = slot.key in datetimes or _dates(slot, short=any(within))
        if slot.kind != "text" or not within or not piece:
            kept.append(slot)
        elif shows_clock(slot):
            kept.append(slot if slot.part_name else replace(slot, part_name="time"))
    return kept


def _dates(slot: Slot, *, short: bool) -> bool:
    """Whether every value of ``slot`` says a date or a piece of one ("14", "Mär", "14 Mar"), or
    (``short``: inside a ``<time>``) is a word as short as a weekday in any language ("Fr")."""
    texts = [" ".join(v.split()) for v in slot.first_values()]
    return bool(texts) and all(
        date_part(t) or values.is_date(t) or values.is_yearless_date(t) or CLOCK.match(t) or _piece(t, short=short)
        for t in texts
    )


def _piece(text: str, *, short: bool) -> bool:
    return short and len(text) <= MAX_PIECE_CHARS and " " not in text
