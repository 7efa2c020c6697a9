"""An identifier leading a record's meta line: "#2291 opened <time>3 days ago</time> by <a>octocat</a>".

The line's own text around its children is a sentence nobody owns, yet its lead ("#2291",
"No. 123", "№ 45", "Issue #12", "PR #7", "Ticket 4821") is the record's number: a value, read as
the element's own first text (the engine's ``::text``), typed as a number. The lead must open the
line (no text before it) and the sentence must go on in words after it ("opened", "by", "·"), so
that a badge ("#1 Best Seller") or a plain title ("Issue 12: …") is not taken for one.
"""

from __future__ import annotations

import re

from agents.heuristics.dom import HtmlElement, child_elements, full_text, is_element
from agents.heuristics.nodevalues import Found
from agents.heuristics.textowner import is_noise
from pipeline.core.cleantext import clean_text

#: "#2291", "No. 123", "№ 45", "Issue #12", "PR #7", "Ticket 4821", then the rest of the first text.
_LEAD = re.compile(
    r"^(?:#|№ ?|No\. ?|(?:issue|pr|pull request|ticket|bug|case|task|story|incident|request) #?)"
    r"\d{1,9}(?P<rest>(?: .{0,60})?)$",
    re.IGNORECASE,
)
#: What may follow the identifier in its text: nothing, a mark, or lower-case words of a sentence.
_SENTENCE_GOES_ON = re.compile(r"^(?:[·•|–—-] ?)?(?:[a-z][\w'’]{0,20}(?: [a-z][\w'’]{0,20}){0,3})?$")


def leading_identifier(element: HtmlElement) -> Found:
    """``("own", None, text)`` for a line whose own first text is an identifier and the first
    words of its sentence ("#2291 opened"), before the children carrying the rest; else nothing."""
    lead = _opening_text(element)
    match = _LEAD.match(lead)
    if match is None or not _SENTENCE_GOES_ON.match(match.group("rest").strip()):
        return []
    return [("own", None, lead)]


def identifier_name(texts: list[str]) -> str | None:
    """ "number" when every value is an identifier leading its line ("#2291 opened", "No. 123")."""
    return "number" if texts and all(_LEAD.match(t) for t in texts) else None


def _opening_text(element: HtmlElement) -> str:
    """The element's own first text when it opens the line: no child before it shows text (an
    icon shows none); "" when a child's text comes first or the element has no child."""
    if not child_elements(element):
        return ""
    if text := clean_text(element.text or ""):
        return text
    for child in (c for c in element if is_element(c)):  # an icon's tail too: "<svg/> #12 opened"
        if not is_noise(child) and full_text(child):
            return ""
        if text := clean_text(child.tail or ""):
            return text
    return ""
