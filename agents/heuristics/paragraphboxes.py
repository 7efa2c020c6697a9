"""A record's text written as paragraphs in a box of its own: the value is all of them.

A course catalogue prints each course's summary as the paragraphs its editor wrote
(``<div class="summary"><p>Start Arabic from scratch…</p><p>The exam fee is included.</p></div>``):
one paragraph on one course, two on the next. A person reads the summary as both paragraphs. The
paragraphs of a changelog entry share their box with a sub-heading and a list of fixes on long
entries: there the box is the entry's body and its first paragraph is the lead (``siblings``
reads such runs from their first). So the paragraphs are read together only where, in every
record, the box holds them and nothing else.
"""

from __future__ import annotations

from agents.heuristics.dom import HtmlElement, child_elements, own_text, tag_of
from agents.heuristics.slots import Occurrence, Slot
from agents.heuristics.textowner import visible_value


def join_paragraph_boxes(slots: list[Slot]) -> None:
    """Re-point a single text slot of ``<p>`` runs at their box, read whole, where some record
    holds several paragraphs and every record's box holds its paragraphs only."""
    for slot in slots:
        if slot.kind != "text" or slot.many or slot.strip_label or slot.text_after or slot.text_before:
            continue
        if not any(len(found) > 1 for found in slot.per_record.values()):
            continue
        boxes = {number: _box(found) for number, found in slot.per_record.items()}
        if any(box is None for box in boxes.values()):
            continue
        for number, box in boxes.items():
            if box is not None:
                slot.per_record[number] = [Occurrence(box, visible_value(box))]


def _box(found: list[Occurrence]) -> HtmlElement | None:
    """The one parent of a record's paragraphs, where it holds those paragraphs and no other
    element or text; else None."""
    parents = {id(o.element.getparent()): o.element.getparent() for o in found}
    if len(parents) != 1:
        return None
    box = next(iter(parents.values()))
    if box is None or own_text(box):
        return None
    children = child_elements(box)
    mine = {id(o.element) for o in found}
    if any(tag_of(c) != "p" or id(c) not in mine for c in children) or len(children) != len(found):
        return None
    return box
