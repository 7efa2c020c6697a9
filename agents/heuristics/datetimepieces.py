"""The pieces of a date shown inside an element whose ``datetime`` attribute is read.

``<time datetime="2025-03-14"><span>March 14 @ 7:00 pm</span> - <span>9:00 pm</span></time>``
(The Events Calendar, and many event plugins like it): the attribute says the day, read as the
date; the pieces inside say it again, with the clock the event starts at and the one it ends at.
A person copying the event writes the day once, the start time as shown, and maybe the end. So a
piece holding a day and then a clock keeps only its clock, named the time: read as a date, its
day would only repeat the attribute, with a year guessed from the reading day (the attribute's
own year, or the page's, is right there). A lone clock after a range mark that follows another
piece is where the event ends, not when it starts.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agents.heuristics import values
from agents.heuristics.dom import HtmlElement, full_text
from agents.heuristics.slotparts import cut_part, without_empty
from agents.heuristics.slots import Slot
from agents.heuristics.valuetypes import CLOCK

#: What joins a day to its clock in one piece: "March 14 @ 7:00 pm", "Sat, Mar 14 · 19:30".
_JOINED_CLOCK = re.compile(
    r"^(?P<day>.*\S)\s*(?P<joiner>@|·|•|\||\bat\b)\s*(?P<clock>\d{1,2}[:.h][0-5]\d(?:\s?[ap]\.?m\.?)?)$",
    re.IGNORECASE,
)
#: Marks between the start and the end of a range ("7:00 pm - 9:00 pm", "19:30 to 22:00").
_RANGE_MARKS = frozenset({"-", "–", "—", "to", "until", "till"})
#: Share of a slot's records whose piece must read so.
PIECE_SHARE = 0.8
#: Ancestors climbed from a piece to the element holding the datetime (a span in a span in a time).
MAX_PIECE_DEPTH = 3
START_NAME = "time"
END_NAME = "end_time"


def clock_pieces(slots: list[Slot]) -> list[Slot]:
    """``slots`` with the pieces of a read ``datetime`` element cut to their clocks: a day and a
    clock ("March 14 @ 7:00 pm") to the clock, the start time; a lone clock closing a range to
    the end time."""
    dated = {id(o.element) for s in slots if s.kind == "datetime" for occ in s.per_record.values() for o in occ}
    if not dated:
        return slots
    out: list[Slot] = []
    for slot in slots:
        if slot.kind != "text" or slot.many or slot.part_name or not inside_dated(slot, dated):
            out.append(slot)
        elif (start := _start_clock(slot)) is not None:
            out.append(start)
        elif _closes_range(slot):
            out.append(replace(slot, part_name=END_NAME))
        else:
            out.append(slot)
    return out


def inside_dated(slot: Slot, dated: set[int]) -> bool:
    """Whether each of the slot's elements lies below an element whose ``datetime`` is read."""
    elements = [occ[0].element for occ in slot.per_record.values() if occ]
    return bool(elements) and all(_below(e, dated) for e in elements)


def _below(element: HtmlElement, dated: set[int]) -> bool:
    node = element.getparent()
    for _ in range(MAX_PIECE_DEPTH):
        if node is None:
            return False
        if id(node) in dated:
            return True
        node = node.getparent()
    return False


def _start_clock(slot: Slot) -> Slot | None:
    """The clock of a day-and-clock piece, cut after the one joiner every such piece uses; a piece
    of a day alone (an all-day event) has no time."""
    texts = slot.first_values()
    joined = [_JOINED_CLOCK.match(t.strip()) for t in texts]
    joiners = {m.group("joiner").lower() for m in joined if m}
    if len(joiners) != 1 or values.share([m is not None for m in joined]) < PIECE_SHARE:
        return None
    if not all(_is_day(m.group("day")) for m in joined if m):
        return None
    if not all(m is not None or _is_day(t) for m, t in zip(joined, texts, strict=True)):
        return None
    joiner = joiners.pop()
    cut = f" {joiner} " if joiner.isalpha() else joiner
    # the cut takes the first one: it must be the one before the clock (the word "at", not the
    # letters of "Sat" or "Saturday")
    if any(t.lower().count(cut) != 1 for t, m in zip(texts, joined, strict=True) if m):
        return None
    return without_empty(cut_part(slot, after=cut, name=START_NAME))


def _is_day(text: str) -> bool:
    return values.is_date(text) or values.is_yearless_date(text)


def _closes_range(slot: Slot) -> bool:
    """Whether the slot's lone clocks follow a range mark after another piece ("… - 9:00 pm")."""
    occurrences = [occ[0] for occ in slot.per_record.values() if occ]
    flags = [bool(CLOCK.match(o.value.strip())) and _after_range_mark(o.element) for o in occurrences]
    return bool(flags) and values.share(flags) >= PIECE_SHARE


def _after_range_mark(element: HtmlElement) -> bool:
    before = element.getprevious()
    if before is None or not full_text(before):
        return False
    return (before.tail or "").strip().lower() in _RANGE_MARKS
