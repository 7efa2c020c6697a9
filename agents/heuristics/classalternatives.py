"""One value written in two elements of one class: a plain span on some cards, a link on others.

A marketplace names the seller of each offer at one place of the card: ``<span class="seller__name">
Shop</span>`` where the shop sells itself, ``<a class="seller__name" href="/v/…">Partner</a>`` where a
partner does (each maybe under a wrapper hooked apart, ``data-test=seller-name`` and
``…=partner-link``). The class is the same, the tag (and the wrapper) differ with whether there is a
page to link to, so the template holds two slots. Slots of one class at the same depth that never
meet in one record and together fill nearly every record are that one value, joined; values may
vary (a partner's name), unlike the fixed badges ``alternatives`` joins by place.

A list's featured first card titles its story in an ``h2.post__title`` where the others have an
``h3.post__title``: the class is the same, the heading level says only how big it is drawn. Slots
whose keys differ only in the level of such a classed heading are likewise one value.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from agents.heuristics.slots import Key, Occurrence, Slot, with_groups_joined

#: Joined slots must fill at least this share of the records between them: one value every
#: record has, written two ways.
MIN_JOINED_SHARE = 0.8
#: A key step's class part (``.seller__name`` of ``span.seller__name``): a tag, then classes.
_CLASSED_STEP = re.compile(r"^[a-z][a-z0-9-]*((?:\.[A-Za-z_][\w-]*)+)$")
#: A heading step named by a class (``h3.post__title``): its level apart from the rest.
_CLASSED_HEADING = re.compile(r"^h[1-6](?=\.[A-Za-z_])")


def joined_class_alternatives(slots: list[Slot], records: int) -> list[Slot]:
    """``slots`` with the text slots of one class, at one depth and never in one record, joined."""
    groups: dict[tuple[int, str], list[Slot]] = defaultdict(list)
    for slot in slots:
        if slot.kind == "text" and not slot.many and slot.key and (classes := _class_part(slot.key)):
            groups[(len(slot.key), classes)].append(slot)
    return with_groups_joined(slots, groups.values(), lambda members: _joined(members, records))


def joined_heading_levels(slots: list[Slot], records: int) -> list[Slot]:
    """``slots`` with the slots whose keys differ only in the level of a classed heading, never
    in one record, joined (a featured card's ``h2`` title and the others' ``h3``)."""
    groups: dict[tuple[object, ...], list[Slot]] = defaultdict(list)
    for slot in slots:
        if slot.key and not slot.many and any(_CLASSED_HEADING.match(step) for step in slot.key):
            levelled = tuple(_CLASSED_HEADING.sub("h", step) for step in slot.key)
            groups[(slot.kind, slot.attribute, levelled)].append(slot)
    return with_groups_joined(slots, groups.values(), lambda members: _joined(members, records))


def _class_part(key: Key) -> str | None:
    found = _CLASSED_STEP.match(key[-1])
    return found.group(1) if found else None


def _joined(members: list[Slot], records: int) -> Slot | None:
    if len(members) < 2 or len({m.key for m in members}) < len(members):
        return None
    seen: set[int] = set()
    for member in members:
        if seen & set(member.per_record):
            return None  # two of them in one record are two values
        seen |= set(member.per_record)
    if len(seen) < MIN_JOINED_SHARE * records:
        return None
    per_record: dict[int, list[Occurrence]] = {}
    for member in members:
        per_record.update(member.per_record)
    first = max(members, key=lambda m: len(m.per_record))
    return replace(first, per_record=dict(sorted(per_record.items())))
