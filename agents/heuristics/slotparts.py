"""One part of a slot's text as a slot of its own: the cuts ``compound`` and its kin make.

A part keeps the whole text's element and selector; ``FieldSpec.text_after`` / ``text_before``
say where it starts and ends, and each record's value is that part of its text, as the engine
will read it (``pipeline.core.textparts``).
"""

from __future__ import annotations

from dataclasses import replace

from agents.heuristics.dom import HEADING_TAGS, tag_of
from agents.heuristics.identifiers import Cut
from agents.heuristics.slots import Occurrence, Slot
from pipeline.core.textparts import text_part

_NAMING_TAGS = frozenset({"a", *HEADING_TAGS})


def cut_part(
    slot: Slot,
    *,
    after: str | None = None,
    before: str | None = None,
    name: str | None = None,
    from_end: bool = False,
    skip: int = 0,
) -> Slot:
    """The part of ``slot``'s text between ``after`` (past ``skip`` of them) and ``before``, named ``name``."""
    per_record = {
        number: [
            Occurrence(o.element, text_part(o.value, after, before, from_end=from_end, skip=skip)) for o in occurrences
        ]
        for number, occurrences in slot.per_record.items()
    }
    cuts = replace(slot, text_after=after, text_before=before, text_from_end=from_end, text_after_skip=skip)
    return replace(cuts, per_record=per_record, part_name=name)


def held_part(slot: Slot, cut: Cut) -> Slot:
    """A part some records lack (a DOI): those records hold nothing in its slot."""
    return without_empty(cut_part(slot, after=cut.after, before=cut.before, name=cut.name))


def without_empty(part: Slot) -> Slot:
    """``part`` without the values its cut left empty (and the records left with none)."""
    per_record = {n: held for n, found in part.per_record.items() if (held := [o for o in found if o.value])}
    return replace(part, per_record=per_record)


def without_records(part: Slot, numbers: set[int]) -> Slot:
    """``part`` without the records ``numbers``."""
    return replace(part, per_record={n: found for n, found in part.per_record.items() if n not in numbers})


def is_filled(slot: Slot) -> bool:
    """Whether every value of ``slot`` holds some text."""
    return all(o.value for occurrences in slot.per_record.values() for o in occurrences)


def names_the_record(slot: Slot) -> bool:
    """A heading's or a link's text, whose brackets belong to the name: "Heat (1995)"."""
    element = slot.sample_element()
    return tag_of(element) in _NAMING_TAGS or any(tag_of(a) in _NAMING_TAGS for a in element.iterancestors())
