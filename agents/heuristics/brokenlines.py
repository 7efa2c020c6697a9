"""A value on a line of its own before a ``<br>``, with other values on the lines after it.

A forum's last-post cell writes ``<span>03-12-2025, 11:05 PM<br><a>Last Post</a>: <a>name</a></span>``:
the bare date, a line break, then links. Read whole, the element's text runs the date into the
poster's name, a text no field holds, and on another record a longer name tips the balance of
``owns_text`` the other way, so the date never gets a place of its own. The leading line is a
value (the spider reads it with ``::text``, ``fieldcss``) and the links after the break keep
their own slots. A text whose later lines are bare text too (an address over lines, a verse)
stays one value, as does a caption before its value ("Phone:<br>…").
"""

from __future__ import annotations

from agents.heuristics import values
from agents.heuristics.dom import HtmlElement, child_elements, full_text, tag_of
from pipeline.core.cleantext import clean_text

#: A leading line that is a value (a date, a name, a price), not the first line of a paragraph.
MAX_LEAD_CHARS = 60
#: Elements that hold a value of their own whatever their markup.
_VALUE_TAGS = frozenset({"a", "time", "data"})


def line_before_break(element: HtmlElement) -> str | None:
    """The element's own first text when a ``<br>`` right after it ends the line and the next line
    opens with a value in an element (a link, a classed span); None otherwise, or when that text
    is a caption ("Posted:") or reads like prose."""
    children = child_elements(element)
    lead = clean_text(element.text or "")
    if len(children) < 2 or not lead or len(lead) > MAX_LEAD_CHARS or values.is_label(lead):
        return None
    first, after = children[0], children[1]
    if tag_of(first) != "br" or clean_text(first.tail or ""):
        return None  # the next line opens with bare text: one text written over lines
    return lead if _is_value(after) else None


def _is_value(element: HtmlElement) -> bool:
    """A link, a time, or an element a class or itemprop marks as holding something, showing text;
    plain emphasis is a word of a line of text."""
    if not full_text(element):
        return False
    return tag_of(element) in _VALUE_TAGS or bool(element.get("class") or element.get("itemprop"))
