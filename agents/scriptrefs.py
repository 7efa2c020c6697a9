"""The literal a script reference stands for, read from the page's own scripts and markup.

A request call often names its URL by reference, set in another inline script:
``fetch(SR.careers.moreUrl + '?page=' + page)`` after ``SR.careers = {"moreUrl": "/api/more"}``
(or ``window.SR.careers.moreUrl = '/api/more'``, or ``var moreUrl = '/api/more'``). Only string
literals are read: a reference given anything else, or two different literals, stands for nothing
known before the script runs. A counter may likewise start from a page attribute
(``var page = parseInt(button.getAttribute('data-page'), 10)`` beside ``<button data-page="1">``).
The scripts are read as text, never run.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import islice

from parsel import Selector

_NAME = r"[A-Za-z_$][\w$]{0,59}"
#: A dotted reference, as a request call joins it to a query: ``SR.careers.moreUrl``.
REFERENCE = rf"{_NAME}(?:\.{_NAME}){{0,5}}"
_GLOBALS = ("window", "self", "globalThis")
#: Longest object literal read for a reference's member.
_MAX_OBJECT = 50_000
#: Assignments of one name read per script: a page's own settings are set a handful of times.
_MAX_ASSIGNMENTS = 20
#: Characters of object literals walked for one reference over all scripts: the walk is plain
#: Python, and a hostile page could otherwise make every reference walk megabytes.
_WALK_BUDGET = 200_000
_STRING = re.compile(r"""(["'`])((?:(?!\1)[^\\\n]|\\.){0,2000})\1""")
_SCALAR = re.compile(r"-?\d{1,15}(?:\.\d{1,10})?(?![\w.])|(?:true|false|null)(?![\w$])")
_ENDS_VALUE = re.compile(r"\s*(?:[;,)}\]]|$)")


def reference_literal(scripts: Sequence[str], reference: str, *, scalars: bool = False) -> str | None:
    """The one string literal the scripts give ``reference`` (directly, or as a member of an object
    literal given to the reference's head); None when they give none or several. With ``scalars``, a
    number, ``true`` or ``false`` given counts too (as written; ``null`` as an empty text)."""
    parts = reference.split(".")
    if parts[0] in _GLOBALS:
        parts = parts[1:]
    if not parts:
        return None
    budget = [_WALK_BUDGET]
    found = {value for script in scripts for value in _literals(script, parts, budget, scalars)}
    return found.pop() if len(found) == 1 else None


def _literals(script: str, parts: list[str], budget: list[int], scalars: bool) -> Iterator[str]:
    """Each literal ``script`` gives the reference ``parts``, at any head it assigns."""
    for cut in range(len(parts), 0, -1):
        head, members = parts[:cut], parts[cut:]
        if head[-1] not in script:
            continue  # a substring test is C-fast, the assignment regex scans a megabyte state slowly
        target = r"\s*\.\s*".join(re.escape(p) for p in head)
        assignment = re.compile(rf"(?<![\w$.])(?:(?:{'|'.join(_GLOBALS)})\s*\.\s*)?{target}\s*=(?![=>])\s*")
        for match in islice(assignment.finditer(script), _MAX_ASSIGNMENTS):
            if budget[0] <= 0:
                return
            value = _member_value(script, match.end(), members, budget, scalars)
            if value is not None:
                yield value


def _member_value(text: str, start: int, members: list[str], budget: list[int], scalars: bool) -> str | None:
    """The string literal at ``text[start:]``, followed through the object literals ``members`` name
    (the characters walked taken from ``budget``); with ``scalars``, a number or constant too."""
    for member in members:
        if text[start : start + 1] != "{":
            return None
        found = _member_start(text, start, member, budget)
        if found is None:
            return None
        start = found
    scalar = _SCALAR.match(text, start) if scalars else None
    if scalar is not None and _ENDS_VALUE.match(text, scalar.end()):
        return "" if scalar.group(0) == "null" else scalar.group(0)
    literal = _STRING.match(text, start)
    if literal is None or "${" in literal.group(2) or not _ENDS_VALUE.match(text, literal.end()):
        return None  # not a plain literal: a template, or one joined to something else
    value = literal.group(2).replace("\\/", "/")
    return None if "\\" in value else value


def _member_start(text: str, start: int, member: str, budget: list[int]) -> int | None:
    """Where the value of ``member`` starts in the object literal opening at ``text[start]``."""
    end = min(len(text), start + _MAX_OBJECT, start + max(budget[0], 0))
    budget[0] -= end - start  # charged in full: a walk stops early only where it finds the member
    return _walk_to_member(text, start, end, member)


def _walk_to_member(text: str, index: int, end: int, member: str) -> int | None:
    """The walk of ``_member_start`` over ``text[index:end]``."""
    depth, expects_key = 0, False
    while index < end:
        char = text[index]
        if char in "\"'`":
            string = _STRING.match(text, index)
            if string is None:
                return None
            colon = re.compile(r"\s*:\s*").match(text, string.end())
            if depth == 1 and expects_key and colon is not None and string.group(2) == member:
                return colon.end()
            expects_key, index = False, string.end()
            continue
        if depth == 1 and expects_key:
            key = re.compile(rf"({_NAME})\s*:\s*").match(text, index)
            if key is not None and key.group(1) == member:
                return key.end()
        if char in "{[(":
            depth += 1
            expects_key = depth == 1
        elif char in "}])":
            depth -= 1
            if depth <= 0:
                return None
        elif char == "," and depth == 1:
            expects_key = True
        elif not char.isspace():
            expects_key = False
        index += 1
    return None


def attribute_number(page: Selector, script: str, variable: str) -> int | None:
    """The number ``variable`` starts from when the script reads it from a data attribute
    (``getAttribute('data-page')``, ``dataset.page``) that the page's elements hold, all alike."""
    name = re.escape(variable)
    read = re.search(
        rf"(?<![\w$.]){name}\s*=(?![=>])\s*(?:parseInt\s*\(|Number\s*\(|\+)?\s*{REFERENCE}\s*\.\s*"
        rf"""(?:getAttribute\s*\(\s*["'](data-[\w-]{{1,40}})["']\s*\)|dataset\s*\.\s*({_NAME}))""",
        script,
    )
    if read is None:
        return None
    attribute = read.group(1) or "data-" + re.sub(r"([A-Z])", lambda m: "-" + m.group(1).lower(), read.group(2))
    values = {v.strip() for v in page.xpath("//*/@*[name()=$a]", a=attribute).getall()}
    if len(values) != 1:
        return None
    value = values.pop()
    return int(value) if re.fullmatch(r"\d{1,7}", value) else None
