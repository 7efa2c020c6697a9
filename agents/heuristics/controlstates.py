"""Calls to act that tell a record's state: "Tickets" beside a greyed-out "Sold out".

A "Tickets" or "Notify me" button is a call to act, and is left out of the fields; but where the
same place of other records holds the control greyed out (``aria-disabled``, a ``*-disabled``
class, a ``disabled`` button) or a state ("Sold out", "Cancelled"), the controls of all records
together say which can be had: one status field, and the enabled control's link (the ticket
shop's page) is the record's data too.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agents.heuristics import values
from agents.heuristics.classtokens import class_words
from agents.heuristics.dom import HtmlElement, full_text, tag_of
from agents.heuristics.raredata import is_stock_status
from agents.heuristics.slots import Key, Slot

#: Words of an event or an offer that will not take place, beside the stock words of ``raredata``.
_CALLED_OFF = re.compile(
    r"^(?:cancell?ed|postponed|abgesagt|verschoben|annulée?|report[ée]e?|cancelad[oa]|aplazad[oa]|"
    r"annullat[oa]|rinviat[oa]|geannuleerd|uitgesteld)[.!]?$",
    re.IGNORECASE,
)
#: Class words of a control that cannot be used now.
_DISABLED_CLASS_WORDS = frozenset({"disabled", "inactive"})
#: Wrappers looked at around a text for the control it names ("Tickets" in a ``span`` of the ``a``).
CONTROL_DEPTH = 2
#: The joined controls must fill at least this share of the records between them.
MIN_STATES_SHARE = 0.5


def is_state_control(element: HtmlElement) -> bool:
    """A control greyed out, or one whose words are a state ("Sold out", "Cancelled")."""
    for node in [element, *list(element.iterancestors())[:CONTROL_DEPTH]]:
        if (node.get("aria-disabled") or "").strip().lower() == "true" or node.get("disabled") is not None:
            return True
        if class_words(node) & _DISABLED_CLASS_WORDS:
            return True
    text = " ".join(full_text(element).split())
    return is_stock_status(text) or bool(_CALLED_OFF.match(text))


def holds_states(slot: Slot) -> bool:
    """A single text whose records hold usable controls in some and states in others."""
    if slot.kind != "text" or slot.many:
        return False
    elements = [occ[0].element for occ in slot.per_record.values() if occ]
    usable = [e for e in elements if not is_state_control(e)]
    return 0 < len(usable) < len(elements) and not any(_is_stock_action(e) for e in usable)


def _is_stock_action(element: HtmlElement) -> bool:
    """ "Add to cart", "Buy now": the shop's one button, greyed out where an item is sold out.
    The state is the datum there, and "Sold out" alone tells it; the button says nothing more."""
    return bool(values.ENGLISH_ACTION_TEXT.match(full_text(element)))


def joined_control_states(slots: list[Slot], records: int) -> list[Slot]:
    """``slots`` with each slot of states joined to the controls at its place in other records
    (the same wrapper, never in one record together), as one slot named status."""
    kept = list(slots)
    for states in [s for s in slots if _all_states(s)]:
        partners = [p for p in kept if p is not states and _is_partner(p, states)]
        if not partners:
            continue
        per_record = dict(states.per_record)
        for partner in partners:
            per_record.update(partner.per_record)
        if len(per_record) < MIN_STATES_SHARE * records:
            continue
        joined = replace(partners[0], per_record=dict(sorted(per_record.items())), part_name="status")
        kept = [joined if k is partners[0] else k for k in kept if k is not states and k not in partners[1:]]
    return kept


def _all_states(slot: Slot) -> bool:
    if slot.kind != "text" or slot.many or not slot.key:
        return False
    return all(is_state_control(occ[0].element) for occ in slot.per_record.values() if occ)


def _is_partner(slot: Slot, states: Slot) -> bool:
    """A usable control at the states' place (the same wrapper) in records without a state."""
    if slot.kind != "text" or slot.many or _parent(slot.key) != _parent(states.key):
        return False
    if set(slot.per_record) & set(states.per_record):
        return False
    occurrences = [occ[0] for occ in slot.per_record.values() if occ]
    return all(
        is_control(o.element) and not is_state_control(o.element) and not _is_stock_action(o.element)
        for o in occurrences
    )


def is_control(element: HtmlElement) -> bool:
    """A link or a button, or a text inside one (``a > span.button-text``)."""
    for node in [element, *list(element.iterancestors())[:CONTROL_DEPTH]]:
        if tag_of(node) in ("a", "button") or node.get("role") == "button":
            return True
    return False


def _parent(key: Key) -> Key:
    return key[:-1]
