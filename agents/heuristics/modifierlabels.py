"""Labels a slot took from a class modifier that says how the value is laid out, not what it is.

Siblings told apart by a class extending another (``flex flex-col`` beside ``flex flex-row``,
``card__badge--bottom-left``) carry the extension as their label. Where the extended class is a
stylesheet utility or the extension only names a look or a place (``col``, ``none``,
``bottom left``), the label tells the slots apart but must not name the field.
"""

from __future__ import annotations

import re

from agents.heuristics.classtokens import is_utility
from agents.heuristics.namewords import naming_words
from agents.heuristics.slots import Slot

_MODIFIER_MARK = "%modifier:"


def is_layout_label(slot: Slot) -> bool:
    """Whether the slot's label is a layout modifier of a class on its path (see module doc)."""
    if not slot.label:
        return False
    for step in slot.key:
        place, _, modifier = step.partition(_MODIFIER_MARK)
        if not modifier or re.sub(r"[-_]", " ", modifier) != slot.label:
            continue
        base = re.sub(r"\{.*\}", "", place).partition(".")[2]
        if _is_utility_variant(base, modifier) or not naming_words(re.split(r"[-_]+", modifier.lower())):
            return True
    return False


def _is_utility_variant(base: str, modifier: str) -> bool:
    """``flex`` + ``none``: a one-word utility and its variant; a namespaced class (``z-flag``)
    that merely starts like a utility prefix is a component, its modifier a name."""
    return base.isalpha() and is_utility(base) and is_utility(f"{base}-{modifier}")
