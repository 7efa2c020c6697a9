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


#: An amount written without its currency: "64,99", "1.299,00", "169.00" (two decimals).
_BARE_AMOUNT = re.compile(r"^\d{1,3}(?:[.,\s]\d{3})*[.,]\d{2}$|^\d+[.,]\d{2}$")


def is_struck_amount(element: HtmlElement, text: str) -> bool:
    """A struck amount written without its currency ("<del>64,99</del>") beside the price read
    there (``itemprop=price``, a class naming the price, a written price): the price before the
    sale, which a shop writing no currency sign anywhere strikes as a bare number."""
    if not _BARE_AMOUNT.match(text.strip()) or not (tag_of(element) in STRUCK_TAGS or marks_old_price(element)):
        return False
    siblings = [
        *list(element.itersiblings(preceding=True))[:MAX_PRICE_SIBLINGS],
        *list(element.itersiblings())[:MAX_PRICE_SIBLINGS],
    ]
    return any(is_element(s) and _shows_price(s) for s in siblings)


def _shows_price(element: HtmlElement) -> bool:
    """The price itself: marked ``itemprop=price``, or classed a price and holding digits, or a written price."""
    if "price" in (element.get("itemprop") or "").split():
        return True
    text = full_text(element)
    if "price" in class_words(element) and any(c.isdigit() for c in text):
        return not marks_old_price(element)
    return values.is_price(text) and values.is_single_value(text)


def _beside_other_price(element: HtmlElement) -> bool:
    """A sibling after ``element`` showing a price of its own (the sale's)."""
    for count, sibling in enumerate(element.itersiblings()):
        if count >= MAX_PRICE_SIBLINGS:
            return False
        if is_element(sibling) and values.is_price(full_text(sibling)) and values.is_single_value(full_text(sibling)):
            return True
    return False
