"""Highlighted search words: the searched word marked inside each result's title or snippet,
a fragment of running text the same in every record, which the text around it already holds.
"""

from __future__ import annotations

import re

from agents.heuristics import values
from agents.heuristics.dom import HtmlElement, tag_of
from agents.heuristics.slots import Slot

#: Inline tags marking a word inside running text (a search term, an emphasis).
_INLINE_TAGS = frozenset({"span", "mark", "em", "b", "strong"})
#: A letter of a word (running text holds some; the commas between parts do not).
_WORD = re.compile(r"[^\W\d_]")
#: A highlighted search term is a word or two, the same in every record.
MAX_HIGHLIGHT_WORDS = 2
#: Share of a slot's values that must sit inside running text for it to be a highlight.
HIGHLIGHT_SHARE = 0.8


def is_highlight(slot: Slot) -> bool:
    """The searched word marked inside each result's title or snippet ("Cape Wrath
    <span class=searchmatch>Lighthouse</span>"): a fragment of running text, the same word or
    two in every record, which the text around it already holds."""
    occurrences = [occ for found in slot.per_record.values() for occ in found]
    if slot.label or tag_of(occurrences[0].element) not in _INLINE_TAGS:
        return False
    words = {re.sub(r"s$", "", o.value.lower()) for o in occurrences}
    if len(words) > MAX_HIGHLIGHT_WORDS or any(len(o.value.split()) > MAX_HIGHLIGHT_WORDS for o in occurrences):
        return False
    return values.share([_in_running_text(o.element) for o in occurrences]) >= HIGHLIGHT_SHARE


def _in_running_text(element: HtmlElement) -> bool:
    parent = element.getparent()
    if parent is None:
        return False
    # Words, not the commas between an address's parts ("<span>Rye Lane</span>, <span>London</span>").
    around = [parent.text or "", *(c.tail or "" for c in parent)]
    return any(_WORD.search(t) for t in around)
