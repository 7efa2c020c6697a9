"""A row of facts read place by place, lined up by kind instead: a car's unlabelled spec list.

Where the items of a row are not called a list and their count varies, ``slotkeys`` reads them
by position (``li~1``, ``li~2`` …): an electric car without an engine size then shows its power
as the engine, its gearbox as the power. Joined back into one run per record, the items are
handed to ``factlists``, which lines them up by kind (a year, "32,000 miles", "Manual",
"Petrol") and gives each fact a field of its own; a row it turns down stays read by position.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from agents.heuristics.factlists import fact_slots
from agents.heuristics.factwords import word_fact
from agents.heuristics.slots import Occurrence, Slot

#: A step read by its place among look-alike siblings, counted from the start. Places counted from
#: the end (``~r2``) are kept: ``slotkeys`` found the runs line up from their last item.
_PLACED = re.compile(r"^(?P<base>.+)~\d+$")
#: Places a row of facts has at least.
MIN_PLACES = 2
#: Places a row read place by place may have: each was a field already, longer rows than a
#: list's (``factlists.MAX_FACTS``) are taken.
MAX_PLACED_FACTS = 10


def split_placed_facts(slots: list[Slot]) -> list[Slot]:
    """``slots`` with each run of place-read items that is a row of facts replaced by one slot
    per fact, lined up by kind."""
    groups: dict[tuple[str, ...], list[Slot]] = defaultdict(list)
    for slot in slots:
        if (place := _place(slot)) is not None:
            groups[place].append(slot)
    replaced: dict[int, list[Slot]] = {}
    for members in groups.values():
        if len(members) < MIN_PLACES or (split := fact_slots(_joined(members), MAX_PLACED_FACTS)) is None:
            continue
        if not _moved_by_kind(members, split):
            continue
        replaced[id(members[0])] = split
        replaced.update({id(m): [] for m in members[1:]})
    return [s for slot in slots for s in replaced.get(id(slot), [slot])]


def _place(slot: Slot) -> tuple[str, ...] | None:
    """The row a slot read by place belongs to: its key with the place left out."""
    if slot.kind != "text" or slot.many or slot.label or slot.strip_label or slot.part_name or slot.parts:
        return None
    if slot.text_after or slot.text_before or slot.scope or not slot.key:
        return None
    found = _PLACED.match(slot.key[-1])
    return (*slot.key[:-1], found["base"]) if found else None


def _joined(members: list[Slot]) -> Slot:
    """One list slot holding each record's items in the order the page shows them."""
    runs: dict[int, list[Occurrence]] = defaultdict(list)
    for member in members:
        for number, occurrences in member.per_record.items():
            runs[number].extend(occurrences[:1])
    for run in runs.values():
        run.sort(key=_position)
    first = min(members, key=lambda m: m.order)
    base = first.key[-1].rpartition("~")[0]
    return replace(first, key=(*first.key[:-1], base + "*"), many=True, per_record=dict(runs))


def _position(occurrence: Occurrence) -> int:
    parent = occurrence.element.getparent()
    return parent.index(occurrence.element) if parent is not None else 0


def _moved_by_kind(members: list[Slot], split: list[Slot]) -> bool:
    """Whether every item the split moves off its place says by itself which fact it is (a figure,
    a word of a vocabulary, the one text its column always holds): a plain name ("Xbox Series X")
    lined up by a guess stays where its place put it."""
    placed = {id(o.element): place for place, m in enumerate(members) for run in m.per_record.values() for o in run}
    for column, slot in enumerate(split):
        texts = {" ".join(o.value.split()) for run in slot.per_record.values() for o in run}
        for run in slot.per_record.values():
            for o in run:
                text = " ".join(o.value.split())
                if placed.get(id(o.element)) == column or len(texts) == 1:
                    continue
                if not any(c.isdigit() for c in text) and word_fact(text) is None:
                    return False
    return True
