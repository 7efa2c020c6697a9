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
"""

from __future__ import annotations

import re
from dataclasses import replace

from agents.heuristics import values
from agents.heuristics.slots import Slot
from agents.heuristics.valuetypes import CLOCK

#: "6:30 PM GMT", "19:30 CET": a clock (``CLOCK``), a space, a zone's capitals (not "PM" itself).
_ZONED = re.compile(r"^(\d{1,2}[:.h][0-5]\d(?:\s?(?i:[ap]\.?m\.?))?) (?!(?:AM|PM)$)([A-Z]{2,5})$")
#: Share of a slot's values that must be clock times for it to be the time shown.
CLOCK_SHARE = 0.8


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
    """``slots`` without the texts of an element whose ``datetime`` is read, or of the elements
    inside it (they say the instant again), but for a clock shown there: kept, and named the time
    where nothing else names it."""
    datetimes = {s.key for s in slots if s.kind == "datetime"}
    kept: list[Slot] = []
    for slot in slots:
        if slot.kind != "text" or not any(slot.key[: len(key)] == key for key in datetimes):
            kept.append(slot)
        elif shows_clock(slot):
            kept.append(slot if slot.part_name else replace(slot, part_name="time"))
    return kept
