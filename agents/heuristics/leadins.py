"""The text after a bold lead-in that changes from record to record: one value, whichever the lead-in.

Statuspage writes ``<strong>Resolved</strong> - The billing page is available again.`` on one
incident and ``<strong>Postmortem</strong> - Our postmortem is now available…`` on the next. The
lead-in is the record's state, not a caption (``labels.Labeller.badge_places``), so the text is
one slot; where every lead-in is parted from the text by one same mark (" - ", ": "), the value
is read after that mark (``FieldSpec.text_after``).
"""

from __future__ import annotations

import re

from agents.heuristics.dom import HtmlElement, child_elements, full_text, leading_text
from agents.heuristics.labels import Key, plain_path
from agents.heuristics.slots import Occurrence, Slot

#: The mark between a lead-in and the text it leads: a dash, a colon or a bar with spaces.
_MARK = re.compile(r"^(\s*[-–—:|]\s+)\S")


def cut_lead_ins(slots: list[Slot], records: list[HtmlElement], places: set[Key]) -> None:
    """Read the text slots at ``places`` after the mark parting each record's lead-in from it."""
    if not places:
        return
    for slot in slots:
        if slot.kind != "text" or slot.many or slot.label or slot.text_after:
            continue
        occurrences = [occ[0] for number, occ in slot.per_record.items() if occ]
        if not occurrences or any(
            plain_path(records[n], occ[0].element) not in places for n, occ in slot.per_record.items() if occ
        ):
            continue
        marks = {_mark_after_lead_in(o) for o in occurrences}
        if len(marks) != 1 or (mark := marks.pop()) is None:
            continue
        slot.text_after = mark
        for found in slot.per_record.values():
            found[:] = [Occurrence(o.element, o.value.split(mark, 1)[-1].strip()) for o in found]


def _mark_after_lead_in(occurrence: Occurrence) -> str | None:
    """ " - " of "Resolved - The billing page…", when the value begins with its element's bold lead-in."""
    children = child_elements(occurrence.element)
    if not children or leading_text(occurrence.element):
        return None
    lead = full_text(children[0])
    if not lead or not occurrence.value.startswith(lead):
        return None
    match = _MARK.match(occurrence.value[len(lead) :])
    return match.group(1) if match else None
