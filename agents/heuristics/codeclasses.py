"""Class words that hold a value: a code the template writes into a class family.

Flag and language sprites name their picture by a code (``flag-icon-ad`` for Andorra beside
``flag-icon-ae`` and ``flag-icon-af``; ``lang-en``, ``lang-de``): the family's last part changes from
record to record, so it is the record's value, not a mark of its kind, even where the code happens
to spell a word that marks something else ("ad").
"""

from __future__ import annotations

import re

from agents.heuristics.dom import HtmlElement, page_classes

#: ``stem-xx``: a family member ending in a short code (ISO 3166 and 639 codes are two letters).
_CODED = re.compile(r"^(.+[-_])([a-z]{2})$", re.IGNORECASE)
#: Other codes of the family the page must show: one more could be a modifier pair ("btn-sm").
MIN_OTHER_CODES = 2


def is_coded_value(token: str, node: HtmlElement) -> bool:
    """Whether ``token`` (a class of ``node``) is one code of a family whose other members, with
    other codes, stand elsewhere on the page."""
    match = _CODED.match(token)
    if match is None:
        return False
    stem, code = match.group(1), match.group(2).lower()
    others = {
        found.group(2).lower()
        for other in _classes_around(node)
        if (found := _CODED.match(other)) is not None and found.group(1) == stem
    }
    return len(others - {code}) >= MIN_OTHER_CODES


def _classes_around(node: HtmlElement) -> frozenset[str]:
    """The page's class tokens: those of the page being analysed, else read from ``node``'s tree."""
    known = page_classes()
    if known:
        return known
    root = node.getroottree().getroot()
    return frozenset(t for e in root.iter() if isinstance(e.tag, str) for t in (e.get("class") or "").split())
