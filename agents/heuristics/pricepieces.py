"""Join a price a site writes in pieces (sign, whole, cents apart) into the text the eye reads."""

from __future__ import annotations

import re

from agents.heuristics.classtokens import class_words
from agents.heuristics.dom import HtmlElement, child_elements, full_text, is_element, tag_of

#: Class words of the cents of a price set in an element of their own ("price__cents").
_CENTS_WORDS = frozenset({"cents", "cent", "fraction", "fractional", "decimal", "decimals"})
_TWO_DIGITS = re.compile(r"\d{2}")
#: The whole amount the cents follow ("45.999" of "$45.999").
_TRAILING_NUMBER = re.compile(r"\d[\d.,'\u00a0\u202f]*$")


def joined_pieces(element: HtmlElement) -> str:
    """The pieces of a value side by side, as the eye reads them: "$" "12" "." "99" is "$12.99".
    Cents set apart after the whole (``<sup>50</sup>``, ``span.price__cents``) take the decimal
    mark the whole does not group its thousands with: "45.999" "50" is "45.999,50"."""
    parts: list[str] = [element.text or ""]
    for child in element:
        if is_element(child):
            before = "".join(parts)
            if _is_cents(child, before):
                # The mark goes right after the digits: a space before the cents ("$12 <sup>99</sup>")
                # is layout, not part of the amount.
                whole = before.rstrip()
                trailing = _TRAILING_NUMBER.search(whole)
                parts = [whole, "," if trailing and "." in trailing.group() else "."]
            parts.append(joined_pieces(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _is_cents(piece: HtmlElement, before: str) -> bool:
    """Two digits alone in a superscript or a cents-classed element, right after a whole amount."""
    if child_elements(piece) or not _TWO_DIGITS.fullmatch(full_text(piece)) or not before.rstrip()[-1:].isdigit():
        return False
    return tag_of(piece) == "sup" or bool(class_words(piece) & _CENTS_WORDS)
