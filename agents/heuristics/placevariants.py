"""A fixed wording at a field's place is a value of that field: "Online event" where other cards
name their venue.

A card of an online event shows ``<span>Online event</span>`` where a card of an event in a hall
shows ``<span class="line-clamp-1">Thoughtworks London · London</span>``: under one parent, at the
same position, never together in one record. Two slots by their keys, the fixed wording alone
looks like a badge and would be dropped; it is the field's value for the records lacking the
varying one, so it joins that slot.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from agents.heuristics import values
from agents.heuristics.classtokens import semantic_class_words
from agents.heuristics.dom import HtmlElement, is_element
from agents.heuristics.slots import Key, Slot


def joined_place_variants(slots: list[Slot]) -> list[Slot]:
    """``slots`` with each fixed wording at the place of a varying text joined to that text's slot."""
    places: dict[tuple[Key, str], list[Slot]] = defaultdict(list)
    for slot in slots:
        if slot.kind == "text" and not slot.many and slot.key and slot.per_record:
            places[(slot.key[:-1], _tag(slot.key[-1]))].append(slot)
    joined: dict[int, Slot] = {}
    absorbed: set[int] = set()
    for members in places.values():
        varying = [m for m in members if len(set(m.first_values())) > 1]
        for main in varying:
            # A wording that could be either of two fields' belongs to neither.
            others = [
                o for o in members if _is_wording(o) and _alternative(main, o) and _alternatives_of(o, varying) == 1
            ]
            if not others:
                continue
            per_record = dict(main.per_record)
            for other in others:
                if set(per_record) & set(other.per_record):
                    continue  # two wordings in one record: not one field's alternatives
                per_record.update(other.per_record)
                absorbed.add(id(other))
            joined[id(main)] = replace(main, per_record=dict(sorted(per_record.items())))
    return [joined.get(id(s), s) for s in slots if id(s) not in absorbed]


def _alternative(main: Slot, other: Slot) -> bool:
    """A fixed wording never beside ``main`` in a record, at its position in the parent, with
    the same label (or none), that is not a caption, nor words where ``main`` holds amounts."""
    wording = set(other.first_values())
    if len(wording) != 1 or set(main.per_record) & set(other.per_record):
        return False
    text = next(iter(wording))
    if (main.label, main.strip_label) != (other.label, other.strip_label) or values.is_label(text):
        return False
    if all(_has_digit(v) for v in main.first_values()) and not _has_digit(text):
        return False  # "New" where another card shows "-20%": a badge where an amount is missing
    return _positions(main) == _positions(other) and not _named_apart(main, other)


def _named_apart(main: Slot, other: Slot) -> bool:
    """Whether the template names the two places apart: ``span.post-card-access`` and
    ``span.post-card-featured`` are two fields that happen to take turns at one spot, where a
    bare ``<span>`` beside ``span.line-clamp-1`` is one field written two ways."""
    mine, theirs = _class_names(main), _class_names(other)
    return bool(mine) and bool(theirs) and not mine & theirs


def _class_names(slot: Slot) -> set[str]:
    """The meaningful words the slot's semantic classes say on every record (utilities and hashes
    say none; ``free-ship`` and ``ship`` share one)."""
    named = [semantic_class_words(occurrences[0].element) for occurrences in slot.per_record.values() if occurrences]
    return set.intersection(*named) if named else set()


def _is_wording(slot: Slot) -> bool:
    """Whether ``slot`` is a fixed wording: one text repeated on several records ("送料無料"). A text
    seen once ("Rescheduled from 2 Feb") is a note of its own, not another way to write a field."""
    return len(slot.per_record) >= 2 and len(set(slot.first_values())) == 1


def _alternatives_of(wording: Slot, varying: list[Slot]) -> int:
    """How many varying fields ``wording`` could stand in for. Only a field at its position counts:
    a price beside the shipping line ("2,480円" · "送料別") leaves "送料無料" to the shipping."""
    return sum(1 for main in varying if main is not wording and _alternative(main, wording))


def _has_digit(text: str) -> bool:
    return any(c.isdigit() for c in text)


def _positions(slot: Slot) -> set[int]:
    """Where the slot's elements sit among their parents' element children."""
    return {_position(occurrences[0].element) for occurrences in slot.per_record.values() if occurrences}


def _position(element: HtmlElement) -> int:
    parent = element.getparent()
    if parent is None:
        return 0
    siblings = [c for c in parent if is_element(c)]
    return next(i for i, c in enumerate(siblings) if c is element)


def _tag(step: str) -> str:
    return re.split(r"[.\[{%~*]", step, maxsplit=1)[0]
