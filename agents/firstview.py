"""What a visitor's first view asks of a list's page counter: page 1, from the first record.

A script that builds its data URL from a counter (``"/items?page=" + page``, ``{offset: start}``)
gives the counter no value the page's text shows; its first request asks page 1 (a page number),
0 (an offset, a start) or no token at all (a cursor: an opaque token the server hands back, which
a first request leaves empty). A variable whose name says it holds a date, a time, a text or an id
(``{start: startDate}``, FullCalendar's range) is no counter, whatever the parameter it fills.
Shared by the readers of request calls (``agents.scriptcalls``, ``agents.requestdata``,
``agents.namedjson``).
"""

from __future__ import annotations

import re

#: A parameter numbering pages.
PAGE_NAMES = re.compile(r"^(?:page|p|pg|paged|page_?num(?:ber)?|pagenumber|pn|current_?page)$", re.IGNORECASE)
#: A parameter counting records from the first.
OFFSET_NAMES = re.compile(r"^(?:offset|start|skip|from)$", re.IGNORECASE)
#: A parameter sending back a token the server named (``cursor``, ``pageToken``): empty at first.
CURSOR_NAMES = re.compile(r"^(?:cursor|page_?token)$", re.IGNORECASE)
#: The words of a variable's name that say it holds no counter (``startDate``, ``from_time``, ``searchTerm``).
_OTHER_KINDS = frozenset(
    "date dates time day month year week hour stamp timestamp at ts iso term query text str string name id key".split()  # noqa: SIM905
)
_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
#: ``p`` numbers pages on some sites and names a post or a product on others (WordPress's ``?p=123``):
#: a page number only as a first view asks it.
_AMBIGUOUS = frozenset({"p"})


def first_value(param: str) -> str | None:
    """What a first view gives ``param``: 1 for a page number, 0 for an offset, "" (no token yet) for
    a cursor; None for a value of another kind."""
    if PAGE_NAMES.match(param):
        return "1"
    if OFFSET_NAMES.match(param):
        return "0"
    if CURSOR_NAMES.match(param):
        return ""
    return None


def may_count(variable: str) -> bool:
    """Whether ``variable`` (a script's name, ``state.startDate``) may hold a counter: False when a
    word of its last name says it holds a date, a time, a text or an id."""
    last = re.split(r"[.\[\]\"']+", variable.strip(".[]\"' "))[-1]
    return not any(word.lower() in _OTHER_KINDS for word in _WORD.findall(last))


def names_page_number(name: str, value: str) -> bool:
    """Whether ``name=value`` (an endpoint's parameter) is a page number: a page parameter holding a
    number, the ambiguous ``p`` only at a first view's page (0 or 1)."""
    if not PAGE_NAMES.match(name) or not (value.isascii() and value.isdigit()):
        return False
    return name.lower() not in _AMBIGUOUS or int(value) <= 1
