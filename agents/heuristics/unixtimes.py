"""A unix time kept on one of a list's elements: one instant, not a list of them.

``<span class="timestamp" data-datetime-unix="…">Mar 27, 14:02</span> - <span class="timestamp">15:40
</span>``: the start and the end of an incident are two spans of one class, a list by their place,
yet only the start carries the instant. A slot of such an attribute holding one value in every
record is the record's date, read from the first element carrying it, not a list of one. The texts
inside that element ("27", "14:02") show the same instant in parts, and are left out.
"""

from __future__ import annotations

from dataclasses import replace

from agents.heuristics import values
from agents.heuristics.attributes import is_unix_time
from agents.heuristics.dom import full_text
from agents.heuristics.slots import Slot

#: Share of a text slot's values that must be full dates for it to date the records already.
FULL_DATE_SHARE = 0.8
#: The text of an element holding an instant, when it shows that instant ("Mar 27, 14:02"): short.
MAX_SHOWN_CHARS = 40


def single_unix_times(slots: list[Slot]) -> list[Slot]:
    """``slots`` with each list slot of a unix-time attribute that holds one value a record read
    as a single value, and without the texts shown inside the elements carrying the instant; where
    the record shows a full date already (a ``datetime``), the unix time only repeats it and goes."""
    if any(_full_date(s) for s in slots):
        return [s for s in slots if not (s.kind == "data" and s.attribute and _all_unix_times(s))]
    instants = {id(s) for s in slots if _one_instant(s)}
    holders = {
        id(o.element)
        for s in slots
        if id(s) in instants and s.key  # on the record itself, the instant is beside its texts
        for found in s.per_record.values()
        for o in found
        if len(full_text(o.element)) <= MAX_SHOWN_CHARS
    }
    kept = [s for s in slots if not (holders and _shown_inside(s, holders))]
    return [replace(s, many=False) if id(s) in instants else s for s in kept]


def _shown_inside(slot: Slot, holders: set[int]) -> bool:
    """Whether each record's text of ``slot`` is shown inside an element holding an instant (the
    first, where a record shows two: a start and an end in alike elements)."""
    if slot.kind != "text" or not slot.per_record:
        return False
    elements = [found[0].element for found in slot.per_record.values() if found]
    return all(any(id(a) in holders for a in e.iterancestors()) for e in elements)


def _one_instant(slot: Slot) -> bool:
    if slot.kind != "data" or not slot.per_record:
        return False
    return _all_unix_times(slot) and all(len(found) == 1 for found in slot.per_record.values())


def _all_unix_times(slot: Slot) -> bool:
    attribute = slot.attribute or ""
    return bool(slot.per_record) and all(is_unix_time(attribute, v) for v in slot.first_values())


def _full_date(slot: Slot) -> bool:
    """A slot showing each record's date with its year: a ``datetime``, or dates written out
    (not ages, "3 hours ago", which a unix time says exactly)."""
    if slot.kind == "datetime":
        return True
    texts = slot.first_values()
    dated = [values.is_date(t) and not values.is_relative_date(t) for t in texts]
    return slot.kind == "text" and bool(texts) and values.share(dated) >= FULL_DATE_SHARE
