"""A value written before a status badge nested at its end: ``<p>3.3.0b2 <span class="badge">pre-release</span></p>``.

A release's version, a listing's name or a ticket's title may carry a badge in a child element
after it on some records ("pre-release", "yanked", "Sold out", "New"), marked as one by its class.
Read whole, the two run together ("3.3.0b2 pre-release"): a text no field holds, and on records
without the badge the element is a plain leaf with the value alone. Such an element owns no text
as one value: its own text before the badge is its value (the spider reads it with ``::text``,
``fieldcss``), and the badge, a fact of the record, is a slot of its own. ``trailingbadges`` trims
a trailing word the element does own (no badge class, the same word on several records).
"""

from __future__ import annotations

import re

from agents.heuristics import values
from agents.heuristics.classtokens import class_words
from agents.heuristics.dom import HtmlElement, child_elements, full_text
from pipeline.core.cleantext import clean_text

#: Class words calling an element a badge. "label" is left out: it names captions as often.
BADGE_CLASS_WORDS = frozenset({"badge", "pill", "chip", "tag", "sticker", "ribbon"})
#: A badge says a word or two.
MAX_BADGE_CHARS = 20
#: Words without digits, hyphenated or not ("pre-release", "Sold out").
_WORD = r"[^\W\d_]+(?:[-'’][^\W\d_]+)*"
_BADGE_TEXT = re.compile(rf"^{_WORD}(?: {_WORD})?$")


def text_before_badge(element: HtmlElement) -> str | None:
    """The element's own text when its one child is a badge after it (nothing follows the badge);
    None otherwise, or when that text is a caption ("Status:")."""
    children = child_elements(element)
    lead = clean_text(element.text or "")
    if len(children) != 1 or not lead or values.is_label(lead):
        return None
    badge = children[0]
    if clean_text(badge.tail or "") or not class_words(badge) & BADGE_CLASS_WORDS:
        return None
    text = full_text(badge)
    if not text or len(text) > MAX_BADGE_CHARS or not _BADGE_TEXT.match(text):
        return None
    return lead
