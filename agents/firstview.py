"""What a visitor's first view asks of a list's page counter: page 1, from the first record.

A script that builds its data URL from a counter (``"/items?page=" + page``, ``{offset: start}``)
gives the counter no value the page's text shows; its first request asks page 1 (a page number) or
0 (an offset, a start, a cursor). Shared by the readers of request calls (``agents.scriptcalls``,
``agents.requestdata``, ``agents.namedjson``).
"""

from __future__ import annotations

import re

#: A parameter numbering pages.
PAGE_NAMES = re.compile(r"^(?:page|p|pg|paged|page_?num(?:ber)?|pagenumber|pn|current_?page)$", re.IGNORECASE)
#: A parameter counting records from the first (or a cursor a first request leaves at its start).
OFFSET_NAMES = re.compile(r"^(?:offset|start|skip|from|cursor)$", re.IGNORECASE)


def first_value(param: str) -> str | None:
    """What a first view gives ``param``: 1 for a page number, 0 for an offset or a cursor; None
    for a value of another kind."""
    if PAGE_NAMES.match(param):
        return "1"
    if OFFSET_NAMES.match(param):
        return "0"
    return None
