"""List items built of pieces: each item of the list is one value, not its pieces side by side.

A preprint server writes each author as ``<span class="author"><span class="given-names">Hannah
R.</span> <span class="surname">Osei</span></span>``, joined by ", "; a bibliography does the same
with ``given``/``family``. Walked leaf by leaf, the pieces make two lists of their own (the given
names, the surnames) that pair up only by position. Where every item of a repeated element holds
one piece of each such list and nothing else but spaces and commas, the item's text is the
value: one list of full names. Only a person's name is so built: each piece capitalised words or
initials, and no piece a qualifier whose every value recurs beside other companions (a skill's
level, "Python Expert", "Go Expert": two lists, not one).
"""

from __future__ import annotations

import re
from dataclasses import replace

from agents.heuristics import values
from agents.heuristics.dom import HtmlElement, child_elements, full_text
from agents.heuristics.slots import Key, Occurrence, Slot, with_groups_joined
from agents.heuristics.textowner import is_noise, visible_text

#: A whole item stays short: a name, a place, a phrase; longer items are texts of their own.
MAX_ITEM_CHARS = 80
#: What may stand between the parts of one name: spaces and a comma ("Osei, Hannah R.").
_BETWEEN = re.compile(r"^[\s,]*$")
#: A lower-case word of a name is a particle ("van", "de", "al"), never longer.
MAX_PARTICLE_CHARS = 3
#: Initials: "R.", "J.-P.".
_INITIALS = re.compile(r"^(?:\w\.-?)+$")


def joined_item_pieces(slots: list[Slot]) -> list[Slot]:
    """``slots`` with the lists of pieces that build each item of one list joined into the list
    of those items (see the module)."""
    groups: dict[Key, list[Slot]] = {}
    for slot in slots:
        if _is_piece_list(slot):
            groups.setdefault(slot.key[:-1], []).append(slot)
    return with_groups_joined(slots, groups.values(), lambda members: _items_of(members) if len(members) >= 2 else None)


def _is_piece_list(slot: Slot) -> bool:
    """A list's text read below its repeated item (the item's step is the list's ``*``)."""
    return slot.kind == "text" and slot.many and len(slot.key) >= 2 and slot.key[-2].endswith("*")


def _items_of(members: list[Slot]) -> Slot | None:
    """The list of the items ``members`` build, if every item holds one piece of each member."""
    if {tuple(sorted(m.per_record)) for m in members} != {tuple(sorted(members[0].per_record))}:
        return None  # a piece missing from a whole record: the lists are not built together
    per_record: dict[int, list[Occurrence]] = {}
    companions: dict[tuple[int, str], set[str]] = {}  # (member, piece) -> the items it is part of
    for number in members[0].per_record:
        items: dict[int, tuple[HtmlElement, list[HtmlElement]]] = {}
        for place, member in enumerate(members):
            for occurrence in member.per_record[number]:
                parent = occurrence.element.getparent()
                if parent is None:
                    return None
                items.setdefault(id(parent), (parent, []))[1].append(occurrence.element)
                companions.setdefault((place, occurrence.value), set()).add(visible_text(parent))
        found: list[Occurrence] = []
        for parent, pieces in items.values():
            value = _item_value(parent, pieces, len(members))
            if value is None:
                return None
            found.append(Occurrence(parent, value))
        per_record[number] = found
    if any(_qualifies(place, companions) for place in range(len(members))):
        return None
    first = min(members, key=lambda m: m.order)
    return replace(first, key=first.key[:-1], label=None, strip_label=None, per_record=per_record)


def _item_value(parent: HtmlElement, pieces: list[HtmlElement], kinds: int) -> str | None:
    """The item's text when it is made of exactly one piece of each kind, words each (no figure,
    no price), with nothing but spaces and punctuation between them."""
    if len(pieces) != kinds:
        return None
    shown = [c for c in child_elements(parent) if not is_noise(c) and visible_text(c)]
    if len(shown) != len(pieces) or any(not any(c is p for p in pieces) for c in shown):
        return None  # another element holds text of the item: a value beside the pieces
    texts = [visible_text(p) for p in pieces]
    if any(values.is_number(t) or values.is_price(t) or values.is_date(t) for t in texts):
        return None  # "Python" and "5 yrs": a name and a figure are two values
    if not all(_is_name_part(t) for t in texts):
        return None
    if not all(_BETWEEN.match(t or "") for t in [parent.text, *(c.tail for c in shown)]):
        return None
    if any(not c.tail for c in shown[:-1]):
        return None  # touching pieces read as one word ("SofiaAlvarenga"): no selector parts them
    value = visible_text(parent)
    if not value or len(value) > MAX_ITEM_CHARS or value != full_text(parent):
        return None
    return value


def _is_name_part(text: str) -> bool:
    """Capitalised words ("Kühl", "O'Neil", "山田": an uncased script counts) or initials ("R."),
    with lower-case particles ("van", "de") beside them: a part of a person's name."""
    words = text.split()
    capitalised = [w[0].isalpha() and not w[0].islower() for w in words]
    particles = [w.isalpha() and w.islower() and len(w) <= MAX_PARTICLE_CHARS for w in words]
    return any(capitalised) and all(c or p for c, p in zip(capitalised, particles, strict=True))


def _qualifies(place: int, companions: dict[tuple[int, str], set[str]]) -> bool:
    """Whether every piece at ``place`` is a word recurring in several different items: a level or a
    grade beside the word it qualifies, which varies apart from it; a name's parts come and go with
    the person (initials excepted: "J." goes with many surnames)."""
    found = [(piece, items) for (at, piece), items in companions.items() if at == place]
    words = [(piece, items) for piece, items in found if not all(_INITIALS.match(w) for w in piece.split())]
    return bool(found) and len(words) == len(found) and all(len(items) > 1 for _piece, items in words)
