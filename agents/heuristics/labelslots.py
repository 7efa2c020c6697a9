"""Slots that caption a value beside them rather than hold one.

``<span>Laufzeit:</span> <span>24 Monate</span>`` / ``<span>Vertrag:</span> <span>monatlich
kündbar</span>``: the caption changes with the value, so it is no constant word, yet every one of
them ends in a colon and names the value after it. ``<span>9,99 €</span><span>mtl.</span>``: the
same unit word after every price says how the price is counted, not something of the record.
``<div>6</div><div>min read</div>``: the same words after a bare number in every record are the
number's unit; they name the number (reading_time, views) and are no field of their own.
``<span>定休日</span><span>無休</span>``, ``<li><i>夜</i><span>￥1,000～￥1,999</span></li>``: one same
word heading a pair whose other half changes from record to record names that half, as a colon
would; the word is the caption, the other half the value.
"""

from __future__ import annotations

import re

from agents.heuristics import values
from agents.heuristics.dom import HtmlElement, child_elements, full_text, is_element
from agents.heuristics.labels import is_list_sibling
from agents.heuristics.slots import Slot
from agents.heuristics.splitcaptions import captions_a_value

#: A unit after a price: a short word or a "per …" phrase ("mtl.", "/night", "per month", "pro Jahr").
_UNIT = re.compile(r"^(?:[^\W\d_]{1,8}\.?|/ ?[^\W\d_]+|(?:per|pro|par|je|a|an?) [^\W\d_]+\.?)$", re.IGNORECASE)
#: The unit of a count, a word or three in lower case: "min read", "views", "comments" (a
#: capitalised "Capitol Hill" after a score is a value of its own).
_COUNT_UNIT = re.compile(r"^(?=[^\W\d_])[^\W\d_A-ZÀ-Þ]{1,12}\.?(?: [^\W\d_]{1,12}\.?){0,2}$")
#: A caption heading a pair: a word or a few, no figures or colon ("定休日", "夜", "Closed on").
_PAIR_CAPTION = re.compile(r"^[^\W\d_][^\d:：]{0,19}$")
#: A bare whole count a unit may follow: "6", "1,204", "3.4K" (never a score such as "4.5").
_BARE_NUMBER = re.compile(r"^(?:\d{1,3}(?:[.,]\d{3})+|\d{1,7}|\d+(?:[.,]\d)?[KkMm])$")


def is_caption_slot(slot: Slot, constant: bool) -> bool:
    """Whether ``slot`` only captions its neighbour: labels ending in a colon before a value in
    every record, or (``constant``: one same value everywhere) a unit word after a price."""
    if slot.kind != "text" or slot.many:
        return False
    occurrences = [occ[0] for occ in slot.per_record.values()]
    if all(values.is_label(o.value) for o in occurrences):
        return all(_neighbour(o.element, after=True) for o in occurrences)
    if len({o.value for o in occurrences}) == 1 and all(captions_a_value(o.element) for o in occurrences):
        # "<span>Level</span><span>: </span><span>Beginner</span>": the name, not a value; a name
        # changing record by record ("<span>Alice</span>: <span>quote</span>") is the record's.
        return True
    if not constant:
        return False
    if _heads_pairs(slot):
        return True
    if _is_count_unit(slot):
        return True
    if not _UNIT.match(occurrences[0].value):
        return False
    return all(values.is_price(_neighbour(o.element, after=False)) for o in occurrences)


def _heads_pairs(slot: Slot) -> bool:
    """The same short word, no figure, first of two elements that alone fill their parent, the
    second holding a value that varies from record to record: a caption and its value."""
    occurrences = [occ[0] for occ in slot.per_record.values()]
    if not _PAIR_CAPTION.match(occurrences[0].value) or values.is_currency(occurrences[0].value):
        return False  # "USD" before each amount is the amount's currency, a value
    partners = [_pair_partner(o.element) for o in occurrences]
    shown = [full_text(p) for p in partners if p is not None]
    return len(shown) == len(partners) and all(shown) and len(set(shown)) > 1


def _pair_partner(element: HtmlElement) -> HtmlElement | None:
    """The other element of a pair ``element`` leads: its parent holds the two and no bare text."""
    parent = element.getparent()
    if parent is None or child_elements(element) or (parent.text or "").strip():
        return None
    children = child_elements(parent)
    if len(children) != 2 or children[0] is not element or any((c.tail or "").strip() for c in children):
        return None
    return None if is_list_sibling(element, children[1]) else children[1]


def _is_count_unit(slot: Slot) -> bool:
    """One same wording without a digit right after a bare number in every record ("min read")."""
    occurrences = [occ[0] for occ in slot.per_record.values()]
    if not _COUNT_UNIT.match(occurrences[0].value):
        return False
    return all(_BARE_NUMBER.match(_neighbour(o.element, after=False)) for o in occurrences)


def unit_after(slot: Slot) -> str | None:
    """The unit words one same in every record right after a bare number slot's element ("6" then
    "min read"): read with the number, they say what it counts."""
    if slot.kind != "text" or slot.many:
        return None
    occurrences = [occ[0] for occ in slot.per_record.values()]
    if not all(_BARE_NUMBER.match(o.value) for o in occurrences):
        return None
    units = {_neighbour(o.element, after=True) for o in occurrences}
    unit = units.pop() if len(units) == 1 else ""
    return unit if _COUNT_UNIT.match(unit) else None


def _neighbour(element: HtmlElement, *, after: bool) -> str:
    """The text of the nearest sibling element after (or before) ``element``; "" when none."""
    sibling = element.getnext() if after else element.getprevious()
    while sibling is not None and not is_element(sibling):
        sibling = sibling.getnext() if after else sibling.getprevious()
    return full_text(sibling) if sibling is not None else ""
