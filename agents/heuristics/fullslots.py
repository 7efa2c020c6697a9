"""Which of a text and the attribute spelling it out a column reads (``fullvalues`` finds them).

Where a text is rounded, cut or partial in some records ("1.2k", "CONF", "Packagin", "3 weeks",
"Thu 16:20"), the column reads the attribute in every record (the title, a sort key), as a person
copying the list writes the whole value; where the text never is, the attribute only repeats it
and is dropped. An age's class word (cgit's ``age-weeks``) then only says how old the date read
is, and a relative text inside an element whose date is read ("1 hour ago" in a ``<time>``) says
that date again: both are left out.
"""

from __future__ import annotations

from agents.heuristics import values
from agents.heuristics.clockparts import shows_clock
from agents.heuristics.datetimepieces import inside_dated
from agents.heuristics.fullvalues import is_full_date, is_partial_date, shows_less
from agents.heuristics.slots import Key, Slot


def rounded_or_exact(slots: list[Slot]) -> list[Slot]:
    """Where a text shows less than its attribute somewhere, read the attribute instead; where it
    never does, the attribute only repeats it. A class word on an age so replaced goes too."""
    tooltips: dict[Key, list[Slot]] = {}
    for slot in slots:
        if slot.kind == "tooltip":
            tooltips.setdefault(slot.key, []).append(slot)
    rounded = {
        s.key
        for s in slots
        if s.kind == "text" and s.key in tooltips and (_is_rounded(s) or any(_cut(s, t) for t in tooltips[s.key]))
    }
    ages = {s.key for s in slots if s.kind == "text" and s.key in rounded and _shows_ages(s)}
    return [
        s
        for s in slots
        if not (s.kind == "text" and s.key in rounded)
        and not (s.kind == "tooltip" and s.key not in rounded)
        and not (s.kind == "variant" and s.key in ages)
    ]


def _is_rounded(slot: Slot) -> bool:
    return any(values.is_compact_number(v) or values.is_relative_date(v) for v in slot.first_values())


def _cut(text: Slot, tooltip: Slot) -> bool:
    """Whether in some record ``text`` shows less than the attribute ``tooltip`` reads. A text the
    same in every record beside an attribute that varies ("Add to list" over "Add to list: Dune
    Parka") is a caption of the record's name, not a value shown cut; a date still is one."""
    if len(set(text.first_values())) == 1 < len(set(tooltip.first_values())) and not _shows_ages(text):
        return False
    for number, occurrences in text.per_record.items():
        whole = tooltip.per_record.get(number)
        if occurrences and whole and shows_less(occurrences[0].value, whole[0].value):
            return True
    return False


def _shows_ages(slot: Slot) -> bool:
    return any(is_partial_date(v) for v in slot.first_values())


def without_shown_date_copies(slots: list[Slot]) -> list[Slot]:
    """``slots`` without the texts inside an element whose date is read that show that date again,
    relative or partial ("1 hour ago", "March 7" in ``<time datetime=… title=…>``); a clock shown
    there stays a field of its own (``clockparts``)."""
    dated = {
        id(o.element)
        for s in slots
        if s.kind == "datetime" or (s.kind == "tooltip" and all(is_full_date(v) for v in s.first_values()))
        for occurrences in s.per_record.values()
        for o in occurrences
    }
    if not dated:
        return slots
    return [s for s in slots if not _shown_copy(s, dated)]


def _shown_copy(slot: Slot, dated: set[int]) -> bool:
    if slot.kind != "text" or slot.many or slot.part_name or shows_clock(slot):
        return False
    return inside_dated(slot, dated) and all(is_partial_date(t) or is_full_date(t) for t in slot.first_values())
