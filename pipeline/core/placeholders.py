"""Placeholder texts: what a page prints where a value is not set ("Unresolved", "Unassigned").

An issue list shows ``<em>Unresolved</em>`` in the resolution cell of an open issue and
``<em>Unassigned</em>`` where nobody took it; other apps grey out "Not set" or "N/A" in a
``span.placeholder`` / ``span.text-muted``. The words alone are no proof ("Unknown" may be an artist's
name, "None" a product's): only such words set apart as a placeholder, in an italic or a placeholder-
classed element of their own and outside any link, are read as no value.
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.core.cleantext import clean_text

#: The words a placeholder says, case-folded: the value is not set.
_PLACEHOLDER_WORDS = frozenset(
    {
        "unresolved",
        "unassigned",
        "not assigned",
        "unknown",
        "not set",
        "unset",
        "none",
        "n/a",
        "no resolution",
    }
)
#: Elements a page sets a placeholder in: the italic of a greyed-out "not set".
_PLACEHOLDER_TAGS = frozenset({"em", "i"})
#: Class words of an element marked as a placeholder or an empty value.
_PLACEHOLDER_CLASS_WORDS = frozenset({"empty", "none", "placeholder", "unassigned", "unset", "muted"})


def says_not_set(element: Any, text: str) -> bool:
    """Whether ``text`` (the clean text read from ``element``) is a placeholder for a value that is
    not set: placeholder words, all of them inside one placeholder-marked element that is not in a link."""
    if text.casefold() not in _PLACEHOLDER_WORDS or not isinstance(getattr(element, "tag", None), str):
        return False
    for candidate in element.iter():
        if not isinstance(candidate.tag, str) or not _marks_placeholder(candidate):
            continue
        if clean_text(candidate.text_content()) == text:
            return not _in_link(candidate)
    return False


def _marks_placeholder(element: Any) -> bool:
    if element.tag.lower() in _PLACEHOLDER_TAGS:
        return True
    words = {w.lower() for w in re.split(r"[\s_-]+", element.get("class") or "") if w}
    return bool(words & _PLACEHOLDER_CLASS_WORDS)


def _in_link(element: Any) -> bool:
    return element.tag.lower() == "a" or any(a.tag == "a" for a in element.iterancestors())
