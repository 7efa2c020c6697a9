"""Hashtag lists read without their "#" mark.

``<a href="/tags/bookbinding">#<span>bookbinding</span></a>``: the "#" says the word is a
hashtag, as "@" says a word is a login; the tag is the word. Stripped as the list's caption, each
item reads "bookbinding".
"""

from __future__ import annotations

import re
from dataclasses import replace

from agents.heuristics.slots import Occurrence, Slot

#: "#bookbinding", "# bookbinding": the mark, then a word that is not a number ("#1" is a rank).
_HASHTAG = re.compile(r"^#\s?[^\W\d_][\w-]*$")


def without_hash_marks(slots: list[Slot]) -> list[Slot]:
    """``slots`` with each list of hashtags read without the "#" before every item."""
    return [_unmarked(s) or s for s in slots]


def _unmarked(slot: Slot) -> Slot | None:
    if slot.kind != "text" or not slot.many or slot.strip_label:
        return None
    if not all(_HASHTAG.match(o.value.strip()) for found in slot.per_record.values() for o in found):
        return None
    per_record = {
        number: [Occurrence(o.element, o.value.strip()[1:].strip()) for o in found]
        for number, found in slot.per_record.items()
    }
    return replace(slot, strip_label="#", per_record=per_record)
