"""A date written only in an attribute of an element that shows no text.

jQuery timeago and the forums built on it (NodeBB, many themes of others) render
``<a class="timeago" href="…" title="2025-03-11T16:42:11.398Z"></a>`` on the server and let a
script write "3 hours ago" into it in the browser. In the page as served the element is empty:
its ``title`` is the only written form of the date, so it is a value of the record read from the
attribute, as a ``datetime`` is. An empty element whose tooltip says anything else ("Last post",
"Open in a new tab") holds no value.
"""

from __future__ import annotations

from agents.heuristics.dom import HtmlElement, full_text
from agents.heuristics.fullvalues import CUT_ATTRIBUTES, is_full_date
from pipeline.core.cleantext import clean_text


def unshown_date(element: HtmlElement) -> tuple[str, str] | None:
    """``(attribute, date)`` of an element showing no text whose tooltip is a whole date; None
    otherwise (a ``datetime`` is read as such)."""
    if element.get("datetime") is not None or full_text(element):
        return None
    for attribute in CUT_ATTRIBUTES:
        value = clean_text(element.get(attribute) or "")
        if value and is_full_date(value):
            return attribute, value
    return None
