"""A link and the text after it, set off by a mark: two values written as one line.

Bylines and seller lines put a name link first and a fact after it, parted by a mark in the
text that follows the link: "Sold by <a>bookish_bea</a> · Leeds", "by <a>Sheila.R</a> » Wed Feb
12, 2025", "<a>Ana Reis</a> | Lisbon". The markup itself draws the line between the two: the
name is the link's text, the fact is the text after it. Where every sampled record is built so,
the line is cut at the mark (``FieldSpec.text_before`` / ``text_after``), even when both parts
are words (``compound`` otherwise cuts two values of one kind apart only where they differ in
kind). A caption before the link ("Sold by") is left out of the name as ``leadins`` reads it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from agents.heuristics.dom import HtmlElement, child_elements, full_text, tag_of
from agents.heuristics.leadins import joined_lead_cut
from agents.heuristics.partkinds import KIND_NAMES, kind_of
from agents.heuristics.slotparts import cut_part, is_filled, names_the_record, without_empty
from agents.heuristics.slots import Slot
from agents.heuristics.textowner import is_noise
from pipeline.core.cleantext import clean_text

#: Marks a byline or a seller line parts its link from the fact after it with.
TAIL_MARKS = ("·", "•", "»", "›", "|", "—", "–")
#: A line of a name and a fact is short; a longer one is a sentence with a link in it.
MAX_LINE_CHARS = 120
#: A caption before the link is a word or three ("by", "Sold by", "Posted by").
MAX_LEAD_WORDS = 3


@dataclass(frozen=True)
class _Line:
    """One record's line: the caption before the link, the link's text, the mark after it."""

    lead: str
    name: str
    mark: str


def linked_tail_parts(slot: Slot, texts: list[str]) -> list[Slot] | None:
    """The link's text and the fact after its mark, one slot each, when every record's line is a
    link followed by one same mark; None otherwise."""
    if len(texts) < 2 or any(len(t) > MAX_LINE_CHARS for t in texts) or names_the_record(slot):
        return None
    lines = [_line(found[0].element, found[0].value) for found in slot.per_record.values() if found]
    if len(lines) < 2 or any(line is None for line in lines):
        return None
    marks = {line.mark for line in lines if line}
    leads = {line.lead.casefold() for line in lines if line}
    if len(marks) != 1 or len(leads) != 1 or len({line.name for line in lines if line}) < 2:
        return None  # one name on every record is the page's, not the record's
    mark = marks.pop()
    name = without_empty(cut_part(slot, before=mark))
    # "Sold by bookish_bea": the selling words are no part of the name (``leadins``).
    led = joined_lead_cut(name, name.first_values())
    if led:
        name = without_empty(cut_part(slot, after=led[0].text_after, before=mark))
    tail = without_empty(cut_part(slot, after=mark))
    tail = replace(tail, part_name=KIND_NAMES.get(kind_of(tail.first_values())))
    if not is_filled(name) or len(tail.per_record) < len(lines):
        return None
    return [name, tail]


def _line(element: HtmlElement, value: str) -> _Line | None:
    """``element`` read as a caption, one link, then a mark and a text; None if it is built otherwise."""
    children = [c for c in child_elements(element) if not is_noise(c)]
    worded = [c for c in children if full_text(c)]
    if len(worded) != 1 or tag_of(worded[0]) != "a":
        return None  # icons may stand beside the link; no other text may
    link = worded[0]
    name, after = full_text(link), clean_text(link.tail or "")
    lead = clean_text(" ".join([element.text or "", *(full_text(c) for c in children[: children.index(link)])]))
    mark = after[:1]
    if not name or mark not in TAIL_MARKS or not after[1:].strip() or any(m in name for m in TAIL_MARKS):
        return None
    if len(lead.split()) > MAX_LEAD_WORDS or any(m in lead for m in TAIL_MARKS):
        return None
    if clean_text(f"{lead} {name} {after}") != value:
        return None  # the slot reads the line otherwise (a hidden part, a badge): leave it whole
    return _Line(lead, name, mark)
