"""Marks a template names for themselves: rare, yet a place of the template.

A blog card shows ``<span class="post-card-featured">Featured</span>`` on a few posts and
``<span class="post-card-access">Members only</span>`` on a few others. Each is written by the
template at a place it names with a word of its own (featured, access), not by a site editor
dropping a generic ``span.badge`` on a card: which cards show it is a fact about them (featured
or not, open or gated), however few they are. A generic badge ("New", "Sale!" in a ``badge``
class), a class every line of the card shares, a layout word (``badge--bottom-left``) or a field's
own word (``byline``: a field, held to the usual coverage) names no such place. A mark shown on
exactly the records another field fills ("Sale" on the products with a struck price) repeats it.
"""

from __future__ import annotations

import re

from agents.heuristics.classtokens import semantic_class_words
from agents.heuristics.dom import HtmlElement, is_element
from agents.heuristics.namewords import keyword_name
from agents.heuristics.raredata import is_stock_status
from agents.heuristics.slots import Slot

#: A named mark shown on this share of the records is a field, though a plain slot needs more.
MIN_NAMED_COVERAGE = 0.1
#: ...and one shown on this share or more says nothing about one record (a constant on all).
MAX_NAMED_SHARE = 0.9
#: Records a named mark must come back in.
MIN_NAMED_RECORDS = 2
#: Words of decoration's generic wrappers: they say that something is a badge, not what.
_MARK_WORDS = frozenset(
    {"badge", "badges", "tag", "tags", "label", "labels", "chip", "chips", "pill", "pills", "flag", "flags"}
    | {"ribbon", "sticker", "marker", "icon", "meta", "wrapper", "inner", "content", "container"}
)
#: Words placing an element on the card: where it is drawn, not what it is.
_PLACE_WORDS = frozenset({"top", "bottom", "left", "right", "center", "centre", "middle", "start", "end", "corner"})
#: A mark says something in words: a placeholder ("-", "—", "…") in an empty slot does not.
_WORDED = re.compile(r"[^\W\d_]")
#: Class words long enough to be words, not codes ("x", "md").
MIN_WORD_CHARS = 3


def is_named_mark(slot: Slot, records: int) -> bool:
    """Whether the slot's element carries, on every record showing it, a class word of its own
    (none of its siblings' classes has it) naming its place, on some records but not all."""
    shown = len(slot.per_record)
    if slot.kind != "text" or slot.many or shown < MIN_NAMED_RECORDS or records <= 0:
        return False
    if not MIN_NAMED_COVERAGE <= shown / records < MAX_NAMED_SHARE:
        return False
    if not all(_WORDED.search(value) for value in slot.first_values()):
        return False  # a placeholder dash in an empty slot ("-", "–") marks nothing
    shared: set[str] | None = None
    for occurrences in slot.per_record.values():
        own = own_class_words(occurrences[0].element) if occurrences else set()
        shared = own if shared is None else shared & own
        if not shared:
            return False
    return bool(shared)


def own_class_words(element: HtmlElement) -> set[str]:
    """The meaningful words of the element's semantic classes that no sibling's classes hold:
    ``post-card-featured`` beside ``post-card-primary-tag`` -> {featured}."""
    words = _class_words(element)
    parent = element.getparent()
    if parent is not None:
        for sibling in parent:
            if sibling is not element and is_element(sibling):
                words -= _class_words(sibling)
    return words


def _class_words(element: HtmlElement) -> set[str]:
    return {
        w
        for w in semantic_class_words(element)
        if len(w) >= MIN_WORD_CHARS and w not in _MARK_WORDS and w not in _PLACE_WORDS and keyword_name(w) is None
    }


def without_echoed_marks(slots: list[Slot], records: int) -> list[Slot]:
    """``slots`` without the fixed named marks shown on exactly the records a varying text of
    another slot fills: "Sale" over each product with a struck price says what that price says."""
    filled = {frozenset(s.per_record) for s in slots if s.kind == "text" and len(set(s.first_values())) > 1}
    return [s for s in slots if not (_is_fixed_mark(s, records) and frozenset(s.per_record) in filled)]


def _is_fixed_mark(slot: Slot, records: int) -> bool:
    texts = set(slot.first_values())
    return len(texts) == 1 and not is_stock_status(texts.pop()) and is_named_mark(slot, records)
