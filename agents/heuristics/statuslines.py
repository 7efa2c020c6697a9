"""Short status lines a shop shows around the price with no label: a badge ("Bestseller"), the
stock left ("Only 3 left and in 8 baskets"), and the discount beside a struck price ("20% off").

Etsy writes each in a ``data-selector`` div above the title; their words say what they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from agents.heuristics.dom import HtmlElement, full_text, tag_of
from agents.heuristics.oldprices import marks_old_price
from agents.heuristics.sitechrome import in_chrome
from agents.heuristics.textowner import is_noise

#: "Only 3 left", "Only 1 left in stock", "Only 3 left and in 8 baskets".
_FEW_LEFT = re.compile(r"^only \d{1,4} (?:left|remaining)\b[\w\s,]{0,40}$", re.IGNORECASE)
#: "20% off", "-20%", "Save 20%".
_DISCOUNT = re.compile(r"^(?:-\s?\d{1,2}\s?%|\d{1,2}\s?% off|save \d{1,2}\s?%)$", re.IGNORECASE)
#: A badge says one or two words ("Bestseller", "Star Seller").
_BADGE_WORDS = re.compile(r"^[^\W\d_][^\W\d_'-]{1,20}(?: [^\W\d_][^\W\d_'-]{1,20})?$")
_BADGE_CLASS = re.compile(r"(?:^|[\s_-])badge(?:$|[\s_-])", re.IGNORECASE)
#: Elements of the container looked at.
MAX_STATUS_SCAN = 20_000
#: Siblings of a discount looked at for the struck price beside it.
MAX_PRICE_NEIGHBOURS = 3


def status_lines(container: HtmlElement, blocked: set[int]) -> Iterator[tuple[str, HtmlElement]]:
    """(name, element) of the first badge, the first "only N left" line and the first discount
    beside a struck price in the container, outside the blocked blocks and the page's chrome."""
    seen: set[str] = set()
    for element in islice(container.iter(), MAX_STATUS_SCAN):
        if not isinstance(element.tag, str) or id(element) in blocked or tag_of(element) == "a":
            continue
        name = _status_of(element)
        if name is None or name in seen or in_chrome(element, container) or element.xpath("ancestor::a"):
            continue
        seen.add(name)
        yield name, element


def _status_of(element: HtmlElement) -> str | None:
    if any(isinstance(c.tag, str) and full_text(c) for c in element) or is_noise(element):
        return None  # the line itself, not its wrapper
    text = full_text(element)
    if _FEW_LEFT.match(text):
        return "availability"
    if _DISCOUNT.match(text) and _beside_struck_price(element):
        return "discount"
    if _BADGE_WORDS.match(text) and _BADGE_CLASS.search(str(element.get("class") or "")):
        return "badge"
    return None


def _beside_struck_price(element: HtmlElement) -> bool:
    neighbours = [
        *islice(element.itersiblings(preceding=True), MAX_PRICE_NEIGHBOURS),
        *islice(element.itersiblings(), MAX_PRICE_NEIGHBOURS),
    ]
    return any(isinstance(n.tag, str) and marks_old_price(n) for n in neighbours)
