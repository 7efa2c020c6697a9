"""A badge nested at the end of a name: ``<div>Primavera Sound <span class="tag">Festival</span></div>``.

Cards mark some names with a short tag in a child element after the name: "Festival", "New",
"Sold out", "Pro". Read whole, the name takes the tag's word ("Primavera Sound Festival"), which
no record of the name holds. Where the child is the element's last, adds no text after it, says a
word or two without digits, and is a badge (its class calls it one, or other records of the slot
show the very same word), the value is the text before it; the spider reads the element's own
text (``::text``, ``fieldcss``). Emphasis (``<b>``, ``<em>``) is a word of the name, never a badge.

A call to act nested at the end of a linked value is left out too, though every record shows it:
``<a title="Voir le plan">12 rue Garibaldi 69006 Lyon <span class="map-link">Voir le plan</span></a>``.
The same words after each address say what clicking does (the link's own title says it, or the
child's class calls it a link), not where the business is.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from agents.heuristics import values
from agents.heuristics.classtokens import class_words
from agents.heuristics.dom import HtmlElement, child_elements, full_text, tag_of
from agents.heuristics.slots import Occurrence, Slot
from agents.heuristics.textowner import is_highlight
from pipeline.core.cleantext import clean_text

#: A badge says a word or two.
MAX_BADGE_CHARS = 20
#: Class words calling an element a badge.
BADGE_CLASS_WORDS = frozenset({"badge", "tag", "pill", "chip", "label", "flag", "sticker", "ribbon"})
#: Records that must show the same trailing word for it to be a badge without such a class.
MIN_REPEATS = 2
#: Class words calling a child of a value a link of its own ("map-link", "cta").
_LINK_CLASS_WORDS = frozenset({"link", "cta", "action"})
#: A call to act says a few words ("Voir le plan", "Show on map").
_ACTION_TEXT = re.compile(r"^[^\W\d_][^\W\d_'’-]*(?: [^\W\d_][^\W\d_'’-]*){1,3}$")
_BADGE_TEXT = re.compile(r"^[^\W\d_][^\W\d_'’-]*(?: [^\W\d_][^\W\d_'’-]*)?$")


def without_trailing_badges(slots: list[Slot]) -> list[Slot]:
    """``slots`` with each text value read without a badge nested at its end."""
    return [_trimmed(s) or s for s in slots]


def _trimmed(slot: Slot) -> Slot | None:
    if slot.kind != "text" or slot.many or slot.attribute or slot.text_after or slot.text_before:
        return None
    found = {n: _trailing_badge(occ[0].element, occ[0].value) for n, occ in slot.per_record.items() if occ}
    badges = {n: b for n, b in found.items() if b is not None}
    if not badges:
        return None
    repeated = Counter(text for text, _named in badges.values())
    kept = {n: text for n, (text, named) in badges.items() if named or repeated[text] >= MIN_REPEATS}
    everywhere = len(kept) == len(slot.per_record)
    if not kept or (everywhere and not _calls_to_act(slot, kept)):
        # A word at the end of every value is part of what they say ("… Hall"), unless it is the
        # link's call to act ("… Voir le plan" after every address).
        return None
    if not everywhere and not all(_BADGE_TEXT.match(text) for text in kept.values()):
        return None  # a badge says a word or two; longer words are a call to act or the value's own
    per_record = {
        n: [Occurrence(o.element, _before(o.value, kept[n])) if i == 0 and n in kept else o for i, o in enumerate(occ)]
        for n, occ in slot.per_record.items()
    }
    return replace(slot, per_record=per_record)


def _calls_to_act(slot: Slot, kept: dict[int, str]) -> bool:
    """The same words after every value, in a child the enclosing link's title or aria-label names
    or whose class calls it a link, while the values before it differ: a call to act."""
    if len(set(kept.values())) != 1 or len({o[0].value for o in slot.per_record.values() if o}) < MIN_REPEATS:
        return False
    for occurrences in slot.per_record.values():
        element = occurrences[0].element
        caption = child_elements(element)[-1]
        link = next((a for a in (element, *element.iterancestors()) if tag_of(a) == "a"), None)
        names = {(link.get(a) or "").strip().lower() for a in ("title", "aria-label")} if link is not None else set()
        if full_text(caption).lower() not in names and not class_words(caption) & _LINK_CLASS_WORDS:
            return False
    return True


def _trailing_badge(element: HtmlElement, value: str) -> tuple[str, bool] | None:
    """The badge's text at the end of ``element`` and whether its class names it a badge."""
    children = child_elements(element)
    if len(children) != 1 or not clean_text(element.text or ""):
        return None
    badge = children[-1]
    text = full_text(badge)
    if clean_text(badge.tail or "") or not text or len(text) > MAX_BADGE_CHARS:
        return None
    if not (_BADGE_TEXT.match(text) or _ACTION_TEXT.match(text)):
        return None
    if is_highlight(badge) or not value.endswith(text) or value == text or values.is_currency(text):
        return None  # "2,480<span>円</span>": the sign of an amount is part of it
    return text, bool(class_words(badge) & BADGE_CLASS_WORDS)


def _before(value: str, badge: str) -> str:
    return value[: -len(badge)].rstrip(" \u00a0·•|-–—,")
