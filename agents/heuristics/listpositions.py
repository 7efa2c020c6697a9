"""Values a card keeps in attributes for the page's scripts, never shown: no field.

Card lists number their cards for analytics and lazy loading (``data-ordinal="1"``, ``data-pos``,
``data-idx``, ``data-gtm-position``): the first card says 1 (or 0), the next 2, the next page goes
on from 25. The number says where the card stands on this page, not what the record is; it changes
when the list is sorted again, and a reader never sees it. Where a list shows its ranks (a chart's
"1."), the shown text keeps them; an attribute whose name says what it counts (``comment-count``,
``data-rank``) keeps its numbers, however they run.

Cards also carry their database id (``data-eid="800062695007040"``, the number their link ends
in), a category code (``data-cat="music"``) and a tracking beacon
(``data-beacon="pos:1;type:item;sid:shop"``): codes for scripts, which the card never shows. A
code shown in the card ("Music" under the title) is the card's own text, kept there. A shop's
``data-brand="Roborock"`` only repeats the first word of the name every card shows ("Roborock Q7
Max+"): the name is the column a reader writes.
"""

from __future__ import annotations

import re
from itertools import pairwise

from agents.heuristics.attributes import names_a_field, names_a_lookup_code
from agents.heuristics.dom import HtmlElement, full_text
from agents.heuristics.slots import Slot

#: Records needed before counting up can be told from chance.
MIN_COUNTED_RECORDS = 3
#: Share of records that may show the code by chance (a "promoted" card saying "Promoted").
MAX_SHOWN_SHARE = 0.2
#: A place in a list: a whole number of a few digits.
_PLACE = re.compile(r"^\d{1,6}$")
#: A database id: a whole number too long for a count a card would show unrounded.
_ID_NUMBER = re.compile(r"^\d{5,20}$")
#: A slug of words in lower case joined by dashes or underscores (``home-garden``, ``cat_12``).
_SLUG = re.compile(r"^[a-z][a-z0-9]{1,30}(?:[-_][a-z0-9]{1,30}){1,5}$")
#: A lower-case word: a code only where the attribute's name says it files the record (``data-cat="music"``);
#: elsewhere it may be the record's own value (``data-user="quietfox"``, ``data-language="en"``).
_WORD = re.compile(r"^[a-z][a-z0-9]{1,30}$")
#: Words of an attribute name saying it holds the group a script files the record under, or a tracker.
_GROUP_WORDS = frozenset(
    {"cat", "cats", "category", "categories", "genre", "kind", "section", "vertical", "department", "dept"}
    | {"channel", "segment", "group", "beacon", "tracker", "list", "placement", "slot"}
)
#: Key-value pairs for a tracker (``pos:1;type:item;sid:shop``, ``list=home|slot=3``).
_PAIRS = re.compile(r"^[\w.-]{1,30}[:=][^;|&,\s]{0,60}(?:[;|&,][\w.-]{1,30}[:=][^;|&,\s]{0,60}){1,10};?$")
#: A letter: a name, not a number shown inside a sentence ("w 31 sklepach").
_WORDS = re.compile(r"[^\W\d_]")
#: Link attributes the record's id may show in: its link's address ends in it.
_ADDRESS_ATTRIBUTES = ("href", "src", "data-src", "data-href", "data-link", "data-url")


def without_positions(slots: list[Slot]) -> list[Slot]:
    """``slots`` without the script attributes counting the records in order or coding them."""
    return [s for s in slots if not (counts_records(s) or holds_script_codes(s) or repeats_name_heads(s))]


def counts_records(slot: Slot) -> bool:
    """Whether ``slot`` holds one whole number per record that goes up by one from each record to
    the next one holding it (by one per record between them, where a card without it stands in
    between: a sponsored card may or may not be counted)."""
    if slot.kind != "data" or slot.many or len(slot.per_record) < MIN_COUNTED_RECORDS:
        return False
    if names_a_field(slot.attribute or ""):
        return False
    numbered: list[tuple[int, int]] = []
    for record, found in sorted(slot.per_record.items()):
        value = found[0].value.strip() if len(found) == 1 else ""
        if not _PLACE.match(value):
            return False
        numbered.append((record, int(value)))
    return all(b - a in (1, later - earlier) for (earlier, a), (later, b) in pairwise(numbered))


def repeats_name_heads(slot: Slot) -> bool:
    """Whether ``slot`` is a ``data-*`` attribute whose words open a longer text of the record in
    (nearly) every record, and stand alone in none: a brand a product's shown name starts with."""
    if slot.kind != "data" or slot.many or len(slot.per_record) < MIN_COUNTED_RECORDS:
        return False
    heads = 0
    for found in slot.per_record.values():
        value = " ".join(found[0].value.split())
        if not _WORDS.search(value):
            return False
        texts = [" ".join(full_text(e).split()) for e in _record_of(found[0].element, len(slot.key)).iter()]
        if value in texts:
            return False  # shown as a value of its own
        heads += any(t.startswith(f"{value} ") for t in texts)
    return heads >= (1 - MAX_SHOWN_SHARE) * len(slot.per_record)


def holds_script_codes(slot: Slot) -> bool:
    """Whether ``slot`` is a ``data-*`` attribute holding, in every record, a code the record never
    shows (a few may, by chance): tracking pairs, a lower-case slug (a single word only under a name
    that files the record: ``data-cat``), or a long number its links carry (its id). A name
    saying a field (``data-price``) or a looked-up code (``data-sku``) keeps it."""
    attribute = slot.attribute or ""
    if slot.kind != "data" or slot.many or not slot.per_record:
        return False
    if names_a_field(attribute) or names_a_lookup_code(attribute):
        return False
    files = bool(_GROUP_WORDS & set(re.split(r"[-_:.]+", attribute.lower())))
    shown = 0
    for found in slot.per_record.values():
        element, value = found[0].element, found[0].value.strip()
        record = _record_of(element, len(slot.key))
        if not _is_code(value, record, files=files):
            return False
        shown += _shown(value, record)
    return shown <= MAX_SHOWN_SHARE * len(slot.per_record)


def _is_code(value: str, record: HtmlElement, *, files: bool) -> bool:
    if _PAIRS.match(value) or _SLUG.match(value) or (files and _WORD.match(value)):
        return True
    return bool(_ID_NUMBER.match(value)) and any(value in _addresses(e) for e in record.iter())


def _addresses(element: HtmlElement) -> str:
    if not isinstance(element.tag, str):
        return ""
    return " ".join(element.get(a) or "" for a in _ADDRESS_ATTRIBUTES)


def _shown(value: str, record: HtmlElement) -> bool:
    """Whether the record's text holds the value, case aside (a slug's dashes as spaces)."""
    text = " ".join(full_text(record).split()).casefold()
    wanted = value.casefold()
    return wanted in text or wanted.replace("-", " ").replace("_", " ") in text


def _record_of(element: HtmlElement, depth: int) -> HtmlElement:
    """The record ``depth`` levels above ``element`` (the slot's key has one step per level)."""
    record = element
    for _ in range(depth):
        parent = record.getparent()
        if parent is None:
            break
        record = parent
    return record
