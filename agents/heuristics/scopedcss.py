"""A field's selector narrowed to one template variant's records (``cardvariants``): each of its
alternatives put under the variant's scope.

The alternatives are split at top-level commas only: a comma inside quoted text
(``dt:contains("Seller, type") + dd``), an attribute's brackets or a pseudo-class's parentheses
(``:is(h2, h3)``) belongs to its alternative. An alternative opening on ``:scope`` (the record itself)
takes the scope in its place: ``:scope > dl > dd`` under ``article.card`` is ``article.card > dl > dd``.
"""

from __future__ import annotations

import re

_OPENING = {"(": ")", "[": "]"}
#: ``:scope`` opening an alternative, as a whole pseudo-class (not ``:scoped-x``).
_LEADING_SCOPE = re.compile(r"^:scope(?![\w-])")


def top_level_parts(css: str) -> list[str]:
    """The comma-separated alternatives of ``css``, stripped, not split inside quotes or brackets."""
    parts: list[str] = []
    closing: list[str] = []
    quote = ""
    start = 0
    escaped = False
    for i, char in enumerate(css):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif quote:
            quote = "" if char == quote else quote
        elif char in "\"'":
            quote = char
        elif char in _OPENING:
            closing.append(_OPENING[char])
        elif closing and char == closing[-1]:
            closing.pop()
        elif char == "," and not closing:
            parts.append(css[start:i].strip())
            start = i + 1
    parts.append(css[start:].strip())
    return parts


def scoped(scope: str, css: str) -> str:
    """``css`` with each alternative under ``scope``."""
    return ", ".join(
        scope + part[len(":scope") :] if _LEADING_SCOPE.match(part) else f"{scope} {part}"
        for part in top_level_parts(css)
    )
