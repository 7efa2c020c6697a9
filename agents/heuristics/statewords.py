"""Class words that name a record's state by their meaning: ``color--available`` on a card in
stock and ``color--unavailable`` on a sold-out one, ``is-active`` beside ``is-inactive``.

Such a class ends in a state word (available, in stock, sold out, active, enabled, …), and the
next record in the other state carries its opposite at the same place: a selector written with it
reads the records of one state only. Where a class every record shares (``icon-with-text``) or the
place itself anchors the value, that is the step to write. Unlike ``stateclasses``, which sees a
state by its sharing among the sampled records, this needs no record in the other state to be
sampled: a sold-out card is often the last of a page.
"""

from __future__ import annotations

import re

from agents.heuristics.classtokens import anchor_classes
from agents.heuristics.dom import HtmlElement, tag_of

#: The state words, written as one (``in-stock`` and ``instock`` alike); each ends a class name.
_STATE_WORDS = frozenset(
    {
        "available",
        "unavailable",
        "instock",
        "outofstock",
        "soldout",
        "backorder",
        "preorder",
        "active",
        "inactive",
        "enabled",
        "disabled",
        "expired",
    }
)
#: Words a state is written in at most ("out", "of", "stock").
_MAX_STATE_WORDS = 3
_WORD_SPLIT = re.compile(r"[^a-z]+")


def is_state_class(token: str) -> bool:
    """Whether ``token`` ends in a state word: ``color--available``, ``out-of-stock``,
    ``is_active``; not ``available-sizes`` (a place named after what it holds) or ``availability``."""
    words = [w for w in _WORD_SPLIT.split(token.lower()) if w]
    return any("".join(words[-k:]) in _STATE_WORDS for k in range(1, min(_MAX_STATE_WORDS, len(words)) + 1))


def without_state_classes(classes: list[str]) -> list[str]:
    """``classes`` without those ending in a state word (possibly none left)."""
    return [c for c in classes if not is_state_class(c)]


def state_steps(element: HtmlElement) -> list[str]:
    """``span.color--available``: ``element`` by a class naming its record's state, which reads
    the records in that state only (a last resort)."""
    return [f"{tag_of(element)}.{c}" for c in anchor_classes(element) if is_state_class(c)]
