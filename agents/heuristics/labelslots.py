"""Slots that caption a value beside them rather than hold one.

``<span>Laufzeit:</span> <span>24 Monate</span>`` / ``<span>Vertrag:</span> <span>monatlich
kündbar</span>``: the caption changes with the value, so it is no constant word, yet every one of
them ends in a colon and names the value after it. ``<span>9,99 €</span><span>mtl.</span>``: the
same unit word after every price says how the price is counted, not something of the record.
"""

from __future__ import annotations

import re

from agents.heuristics import values
from agents.heuristics.dom import HtmlElement, full_text, is_element
from agents.heuristics.slots import Slot

#: A unit after a price: a short word or a "per …" phrase ("mtl.", "/night", "per month", "pro Jahr").
_UNIT = re.compile(r"^(?:[^\W\d_]{1,8}\.?|/ ?[^\W\d_]+|(?:per|pro|par|je|a|an?) [^\W\d_]+\.?)$", re.IGNORECASE)


def is_caption_slot(slot: Slot, constant: bool) -> bool:
    """Whether ``slot`` only captions its neighbour: labels ending in a colon before a value in
    every record, or (``constant``: one same value everywhere) a unit word after a price."""
    if slot.kind != "text" or slot.many:
        return False
    occurrences = [occ[0] for occ in slot.per_record.values()]
    if all(values.is_label(o.value) for o in occurrences):
        return all(_neighbour(o.element, after=True) for o in occurrences)
    if not constant:
        return False
    if not _UNIT.match(occurrences[0].value):
        return False
    return all(values.is_price(_neighbour(o.element, after=False)) for o in occurrences)


def _neighbour(element: HtmlElement, *, after: bool) -> str:
    """The text of the nearest sibling element after (or before) ``element``; "" when none."""
    sibling = element.getnext() if after else element.getprevious()
    while sibling is not None and not is_element(sibling):
        sibling = sibling.getnext() if after else sibling.getprevious()
    return full_text(sibling) if sibling is not None else ""
