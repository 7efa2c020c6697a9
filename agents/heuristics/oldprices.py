"""The price before a sale, told by its markup: struck through, or classed or labelled so.

``<del>``, ``data-a-strike="true"``, ``span.old-price``, ``compare-at-price`` and ``text-decoration:
line-through`` mark it wherever they are. "Regular" names it only beside another price: PrestaShop's
``<span class="regular-price" aria-label="Regular price">€42.50</span>`` before the sale's
``span.price``, where a shop's only price may be classed ``price--regular`` when nothing is on sale.
"""

from __future__ import annotations

import re

from agents.heuristics import values
from agents.heuristics.classtokens import class_words
from agents.heuristics.dom import HtmlElement, full_text, is_element, tag_of

#: Tags striking a value through: the price before a sale.
STRUCK_TAGS = frozenset({"del", "s", "strike"})
#: Class words of the price before a sale.
_OLD_PRICE_WORDS = frozenset(
    {"old", "was", "former", "previous", "strike", "strikethrough", "crossed", "compare", "rrp", "original", "before"}
)
#: An accessible name of the price before a sale, where beside another price.
_REGULAR_LABEL = re.compile(r"^\s*(?:regular|usual|normal)\s+price\s*:?\s*$", re.IGNORECASE)
#: Siblings looked at for the other price.
MAX_PRICE_SIBLINGS = 4


def marks_old_price(element: HtmlElement) -> bool:
    """``<del>``, ``data-a-strike="true"``, ``span.old-price``, ``compare-at-price``,
    ``text-decoration: line-through``, or a regular price beside the sale's: the price before a sale."""
    if tag_of(element) in STRUCK_TAGS or "line-through" in (element.get("style") or ""):
        return True
    if any("strike" in name for name in element.attrib):
        return True
    words = class_words(element)
    if words & _OLD_PRICE_WORDS:
        return True
    regular = "regular" in words or bool(_REGULAR_LABEL.match(str(element.get("aria-label") or "")[:60]))
    return regular and _beside_other_price(element)


def _beside_other_price(element: HtmlElement) -> bool:
    """A sibling after ``element`` showing a price of its own (the sale's)."""
    for count, sibling in enumerate(element.itersiblings()):
        if count >= MAX_PRICE_SIBLINGS:
            return False
        if is_element(sibling) and values.is_price(full_text(sibling)) and values.is_single_value(full_text(sibling)):
            return True
    return False
