"""Badges whose class spells their own words: one list of labels, not fields told apart.

A shop's flags (``<li class="badge new">New</li>``, ``<li class="badge sold-out">Sold
out</li>``, ``<li class="badge sale">-15%</li>``) share a base class and differ by a modifier.
Fields told apart by a modifier carry a class naming the field (``salary-snippet``,
``meta--time``) beside a value of their own; a badge's modifier is its label written as a class,
so the modifier says the value, and the items are one list of labels, even where one of them
(the discount) reads as a number.
"""

from __future__ import annotations

import re

from agents.heuristics.classtokens import semantic_classes
from agents.heuristics.dom import HtmlElement, full_text

#: Share of the distinct modifiers that must spell their items' words.
SPELLED_SHARE = 0.5
#: Distinct modifiers needed: one spelled class is a coincidence.
MIN_SPELLED = 2
#: Letters a text needs before a class spelling it counts as spelled ("a" ends many words).
MIN_SPELLED_CHARS = 2
#: A label is a word or a few: longer items are values, not badges.
MAX_LABEL_CHARS = 30


def _letters(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.casefold())


def are_spelled_labels(runs: list[list[HtmlElement]]) -> bool:
    """Whether siblings sharing a base class differ by modifiers that, for most of them, spell the
    item's own words (``new`` on "New", ``sold_out`` on "Sold Out")."""
    items = [e for run in runs for e in run]
    if not items or any(len(full_text(e)) > MAX_LABEL_CHARS for e in items):
        return False
    shared = set.intersection(*(set(semantic_classes(e)) for e in items))
    if not shared:
        return False  # no base class: not one kind of item
    spelled: dict[str, bool] = {}
    for element in items:
        own = set(semantic_classes(element)) - shared
        if len(own) != 1:
            return False  # one modifier per item, the label's
        modifier = next(iter(own))
        says = _letters(full_text(element))
        spelled[modifier] = spelled.get(modifier, False) or (bool(says) and _letters(modifier) == says)
    hits = sum(spelled.values())
    return hits >= MIN_SPELLED and hits >= SPELLED_SHARE * len(spelled)


def spells_own_text(modifier: str, element: HtmlElement) -> bool:
    """Whether ``modifier`` ends in the element's own words: ``tag-class-espresso`` on a chip
    reading "espresso", ``sold_out`` on "Sold out". Such a class is the value written again, so
    it tells no field apart. A text holding more than words ("Cost $10" under ``field-cost``) is a
    caption and its value: the class names the field, not the value."""
    text = full_text(element)
    says = _letters(text)
    if re.sub(r"[\W_]", "", text.casefold()) != says:
        return False
    return len(says) >= MIN_SPELLED_CHARS and _letters(modifier).endswith(says)
