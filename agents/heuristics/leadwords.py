"""Short status lines that open with a bold word, read as one value.

``<p><strong>Open</strong> until 22:00</p>`` / ``<p><strong>Closed</strong> · Opens 07:00</p>``: the
bold word is one of a few states (Open, Closed, Open 24 hours), the words after it say when. Read
apart, the bold word looks like a highlighted search term and the rest is a tail that misses the
closed stores; the line as a whole ("Open until 22:00") is the value, so the wrapper is read.
"""

from __future__ import annotations

import re

from agents.heuristics.dom import HtmlElement, full_text, is_element, tag_of
from agents.heuristics.slots import Slot
from agents.heuristics.wrapperreads import read_at_wrappers, wrapper_reads

#: Tags that make a word bold. Not a plain span: a badge span before another ("Keynote" "en") is
#: a value of its own, and ``em`` / ``mark`` highlight words rather than state them.
_LEAD_TAGS = frozenset({"strong", "b"})
#: A status line is short ("Closed · Opens 07:00").
MAX_LINE_WORDS = 8
#: The lead word is a word or two ("Open", "Closing soon")...
MAX_LEAD_WORDS = 2
#: ...among a handful of states, fewer than half the records' count.
MAX_LEAD_STATES = 4
#: Records that must show the line before it is read whole.
MIN_LINE_RECORDS = 3
_DIGIT = re.compile(r"\d")


def wrapper_read_leads(slots: list[Slot]) -> list[Slot]:
    """``slots`` with each bold lead word of a short status line turned into the whole line's
    text, and the slots inside that line (the words after the lead) left out."""
    lines = wrapper_reads(slots, _as_line)
    if not lines:
        return slots
    read = [line.key for line in lines.values()]
    out: list[Slot] = []
    for slot in slots:
        if id(slot) in lines:
            out.append(lines[id(slot)])  # the line takes the lead's place
        elif slot.kind not in ("text", "tail") or not any(_within(slot.key, key) for key in read):
            out.append(slot)
    return out


def _within(key: tuple[str, ...], line: tuple[str, ...]) -> bool:
    return len(key) > len(line) and key[: len(line)] == line


def _as_line(slot: Slot) -> Slot | None:
    if slot.kind != "text" or slot.many or slot.label or len(slot.key) < 2 or len(slot.per_record) < MIN_LINE_RECORDS:
        return None
    leads = [occ[0].value for occ in slot.per_record.values()]
    states = set(leads)
    if not 2 <= len(states) <= min(MAX_LEAD_STATES, len(leads) // 2):
        return None
    if any(_DIGIT.search(v) or len(v.split()) > MAX_LEAD_WORDS or v.endswith(":") for v in leads):
        return None
    wrappers: list[HtmlElement] = []
    for occurrences in slot.per_record.values():
        wrapper = _line_of(occurrences[0].element)
        if wrapper is None:
            return None
        wrappers.append(wrapper)
    line = read_at_wrappers(slot, wrappers)
    if line.first_values() == leads:
        return None  # nothing after the lead anywhere: the bold word is the value itself
    return line


def _line_of(lead: HtmlElement) -> HtmlElement | None:
    """The wrapper of ``lead`` when ``lead`` opens it (only empty elements before it, no text of
    the wrapper's own) and the wrapper is a short line of words holding no link."""
    wrapper = lead.getparent()
    if wrapper is None or tag_of(lead) not in _LEAD_TAGS or (wrapper.text or "").strip():
        return None
    for child in wrapper:
        if child is lead:
            break
        if is_element(child) and (full_text(child) or (child.tail or "").strip()):
            return None
    text = full_text(wrapper)
    if len(text.split()) > MAX_LINE_WORDS or any(True for _ in wrapper.iter("a")):
        return None
    return wrapper
