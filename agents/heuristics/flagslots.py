"""Flags over a card ("More colours", "Selling fast", "New", "Sold out"): one list of badges.

A flag's words never change, so a slot holding it looks like decoration: the same text in every
record that has it. What varies is whether a card shows it, and that is the datum. A shop's card
often has a corner for such flags, each with a class of its own: several flag slots under one
wrapper of the template are the items of one list field, ``badges``. Flags scattered over the
card ("TOP" over the picture, "PayLivery" beside the price) are items of that list too, however
few cards show each one, where each sits in a box the page calls a badge, a stamp or a sticker by
a class or test id word (``badgeboxes``); once such a box is found, a flag named after its own
words (an icon's alt, ``div.fast-delivery``) joins them rather than becoming a field named after
its only value.

Not every constant text is a flag: words on every card ("Add to cart", "Free delivery"), or on
nearly every one, say nothing about a card; calls to act, captions, joiners, separators and
words for screen readers are no data either; and slots that never meet in one record while
together filling (nearly) every record are one value written two ways ("In stock" / "Sold out"),
which ``alternatives`` joins as one field. A flag's own modifier class (``diet-v`` on "V",
``badge--new`` on "New") only repeats its words: it captions nothing, and the flag stays a flag.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from agents.heuristics import values
from agents.heuristics.actionslots import is_action
from agents.heuristics.badgeboxes import in_badge_box, in_box_named_after_it
from agents.heuristics.dom import HtmlElement, full_text, tag_of
from agents.heuristics.idlelabels import is_caption_classed
from agents.heuristics.phrases import is_joiner
from agents.heuristics.slots import Key, Occurrence, Slot, with_groups_joined
from agents.heuristics.textowner import is_noise

#: The name of the joined list field.
FLAGS_NAME = "badges"
#: A flag shown on this share of the records or more says nothing about one of them.
MAX_FLAG_SHARE = 0.9
#: A flag must come back in this many records to be a slot of the template at all...
MIN_FLAG_RECORDS = 2
#: ...and the flags of one place must show on this share of the records between them.
MIN_FLAGGED_SHARE = 0.2
#: Flags are a few words: "Selling fast", "Back in stock", "Only 3 left".
MAX_FLAG_WORDS = 4
MAX_FLAG_CHARS = 30
#: Elements whose text names or labels something else, or acts: never a flag.
_NO_FLAG_TAGS = frozenset({"a", "button", "label", "dt", "th", "td", "dd", "option", "select", "input", "legend"})
#: What a label and a flag's text may differ by and still say the same: case, spaces, joiners.
_LABEL_WORDS = re.compile(r"[\s_-]+")


def joined_flags(slots: list[Slot], records: int) -> list[Slot]:
    """``slots`` with the flag slots under one wrapper of the template (two or more, with
    different words), or in badge boxes anywhere on the card (``_card_flags``), replaced by one
    list slot named ``badges`` where the first of them was."""
    places: dict[Key, list[Slot]] = defaultdict(list)
    for slot in slots:
        if _is_flag(slot, records):
            places[slot.key[:-1]].append(slot)
    groups = list(places.values())
    card = _card_flags(groups)
    if card and _flag_list(card, records) is not None:
        taken = {id(m) for m in card}
        groups = [card, *(g for g in groups if not any(id(m) in taken for m in g))]
    return with_groups_joined(slots, groups, lambda members: _flag_list(members, records))


def _card_flags(places: list[list[Slot]]) -> list[Slot]:
    """The flags of the places holding one in a badge box (``badgeboxes``), then those named
    after their own words (an icon's alt, a modifier class: "Fast delivery" in
    ``div.fast-delivery``) once such a box is found: one list, wherever each sits on the card.
    A place's other flags come along, being items of the same list."""
    if not any(in_badge_box(m) for place in places for m in place):
        return []
    return [m for place in places if any(in_badge_box(m) or _named_after_words(m) for m in place) for m in place]


def _named_after_words(slot: Slot) -> bool:
    """A flag whose caption or box class only spells its words: a field named after its value."""
    return (slot.label is not None and _echoes(slot.label, slot.first_values()[0])) or in_box_named_after_it(slot)


def is_flag_list(slot: Slot) -> bool:
    """Whether ``slot`` is a list of flags joined here (data, though each flag's words are fixed)."""
    return slot.many and slot.part_name == FLAGS_NAME


def _is_flag(slot: Slot, records: int) -> bool:
    """One same short text, shown on some records and not on (nearly) all, by an element that
    neither acts, nor captions, nor hides from sight."""
    if slot.kind != "text" or slot.many or slot.strip_label or not slot.key:
        return False
    texts = set(slot.first_values())
    if len(texts) != 1 or not MIN_FLAG_RECORDS <= len(slot.per_record) < MAX_FLAG_SHARE * records:
        return False
    text = texts.pop()
    if slot.label and not _echoes(slot.label, text):
        return False  # captioned: a value the page names, not a flag
    if not _reads_as_flag(text):
        return False
    element = slot.sample_element()
    if tag_of(element) in _NO_FLAG_TAGS or _in_control(element) or is_caption_classed(element):
        return False
    shown = not any(is_noise(occurrences[0].element) for occurrences in slot.per_record.values())
    return shown and not is_action(slot)


def _echoes(label: str, text: str) -> bool:
    """Whether a label repeats the text it would caption: a modifier class naming the flag it
    styles (``diet-v`` on "V", ``badge--new`` on "New") is no caption of another value."""
    return _LABEL_WORDS.sub("", label).casefold() == _LABEL_WORDS.sub("", text).casefold()


def _reads_as_flag(text: str) -> bool:
    """A few words with a letter, and no value of their own (a price, a date, a caption)."""
    if len(text) > MAX_FLAG_CHARS or len(text.split()) > MAX_FLAG_WORDS or not re.search(r"[^\W\d_]", text):
        return False
    if values.is_label(text) or values.is_separator(text) or is_joiner(text):
        return False
    return not (values.is_price(text) or values.is_date(text))


def _in_control(element: HtmlElement) -> bool:
    """Whether the text is the name of a link or button around it (a call to act)."""
    for ancestor in element.iterancestors():
        if tag_of(ancestor) in ("a", "button"):
            return full_text(ancestor) == full_text(element)
    return False


def _flag_list(members: list[Slot], records: int) -> Slot | None:
    """The members as one list slot, in the order the page shows them in each record."""
    if len(members) < 2 or len({m.first_values()[0] for m in members}) < 2:
        return None
    flagged: dict[int, list[Occurrence]] = defaultdict(list)
    for member in members:
        for number, occurrences in member.per_record.items():
            flagged[number].append(occurrences[0])
    if len(flagged) < MIN_FLAGGED_SHARE * records:
        return None
    together = any(len(found) > 1 for found in flagged.values())
    if not together and len(flagged) >= MAX_FLAG_SHARE * records:
        return None  # one of two states on every card: a value written two ways, not flags
    per_record = {n: sorted(found, key=lambda o: _position(o.element)) for n, found in sorted(flagged.items())}
    places = {m.key[:-1] for m in members}
    parts = members if len(places) > 1 else []
    return replace(members[0], many=True, label=None, part_name=FLAGS_NAME, per_record=per_record, parts=parts)


def _position(element: HtmlElement) -> tuple[int, ...]:
    """Where ``element`` is in its document: its index under each ancestor, from the top."""
    place: list[int] = []
    node: HtmlElement | None = element
    while node is not None and (parent := node.getparent()) is not None:
        place.append(parent.index(node))
        node = parent
    return tuple(reversed(place))
