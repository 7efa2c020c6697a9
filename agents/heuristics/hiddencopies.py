"""Text hidden from screen readers because it only draws what other text says.

``aria-hidden`` text is on screen, so it usually is a value (a price a site repeats for screen
readers in words). Two kinds are not: a glyph standing for a state the page also writes out
("▲" beside a hidden "moved up 1 place", "●" for no change), and a short form of a name shown
in full beside it ("HAR" after "Harrowgate Rovers", the short name a narrow screen shows). The
glyph is a picture, the short form a copy; neither is a value of its own.
"""

from __future__ import annotations

import unicodedata

from agents.heuristics import values
from agents.heuristics.dom import HtmlElement, child_elements, full_text, is_element

#: Unicode categories of drawn marks: geometric shapes, arrows, dingbats, maths signs.
_GLYPH_CATEGORIES = frozenset({"So", "Sm"})
#: A short form is a few letters ("HAR", "Man Utd" is a name of its own).
MAX_SHORT_FORM_CHARS = 5


def is_hidden_copy(element: HtmlElement) -> bool:
    """Whether ``element`` is aria-hidden and holds only a drawn glyph, or only the short form of
    a name a sibling shows in full."""
    if (element.get("aria-hidden") or "").strip().lower() != "true" or child_elements(element):
        return False
    text = full_text(element)
    return bool(text) and (_is_glyph(text) or _shortens_a_sibling(element, text))


def _is_glyph(text: str) -> bool:
    """Drawn marks only ("●", "▲", "→"); stars stay, since they may be the only rating shown."""
    if values.STAR_GLYPHS.match(text):
        return False
    marks = [c for c in text if not c.isspace()]
    return all(unicodedata.category(c) in _GLYPH_CATEGORIES for c in marks)


def _shortens_a_sibling(element: HtmlElement, text: str) -> bool:
    """ "HAR" beside "Harrowgate Rovers": upper-case letters that begin a sibling's longer text
    and follow in it in order."""
    short = text.replace(" ", "")
    if not (2 <= len(short) <= MAX_SHORT_FORM_CHARS and short.isalpha() and short.isupper()):
        return False
    parent = element.getparent()
    if parent is None:
        return False
    for sibling in parent:
        if sibling is element or not is_element(sibling):
            continue
        full = full_text(sibling)
        if len(full) > len(short) + 2 and full[:1].upper() == short[0] and _in_order(short, full.upper()):
            return True
    return False


def _in_order(letters: str, text: str) -> bool:
    rest = iter(text)
    return all(letter in rest for letter in letters)
