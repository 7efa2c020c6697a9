"""The URL a jQuery request call asks when it hands its query over as a data object.

``$.getJSON("/jobs/search", {q: filters.q, type: filters.type, page: page}, draw)`` asks
``/jobs/search?q=&type=-1&page=1``: jQuery joins the object's members to the URL (``$.param``), in
the object's order; ``$.ajax({url: "/jobs/search", data: {...}})`` does the same for a GET. A
value is read from a literal, from the literal a reference is given in the page's scripts
(``var filters = {q: "", type: -1}``, ``agents.scriptrefs``), or — a page number or an offset no
script gives one value — as a visitor's first view asks it (1, 0). A value known only once the
script runs (a field's input, a computed value, a variable named for a date or a text:
``{start: startDate}``) leaves the call without its query. The scripts are read as text, never run.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import islice
from urllib.parse import quote

from agents.firstview import first_value, may_count
from agents.scriptrefs import REFERENCE, reference_literal

#: ``$.getJSON("/path", {`` or ``$.get('/path', {``: a URL literal, then the data object.
_CALL_WITH_DATA = re.compile(
    r"""\$\.(?:getJSON|get)\s*\(\s*(?P<q>["'])(?P<url>(?:https?://|/|\./|\?)?[^"'`\s<>]{1,300})(?P=q)\s*,\s*(?=\{)"""
)
#: ``$.ajax({`` (its ``url``, ``data`` and ``type`` are members of the settings object).
_AJAX = re.compile(r"\$\.ajax\s*\(\s*(?=\{)")
_KEY = re.compile(r"""\s*(?:(?P<q>["'])(?P<quoted>[^"'\\\n]{1,60})(?P=q)|(?P<bare>[\w$]{1,60}))\s*(?::|$)""")
#: A string literal (escapes read) or a comment, which no bracket or comma inside counts; a comment
#: never closed runs to the end (else each ``/*`` in ``/*a/*a…`` would scan the rest: quadratic).
_SKIPPED = re.compile(r"""(["'`])(?:\\.|(?!\1)[^\\])*\1|//[^\n]*|/\*.*?(?:\*/|\Z)""", re.DOTALL)
_STRING = re.compile(r"""(["'])([^"'\\\n]{0,300})\1""")
_NUMBER = re.compile(r"-?\d{1,15}(?:\.\d{1,10})?")
_CONSTANTS = {"true": "true", "false": "false", "null": "", "undefined": ""}
#: Longest object literal read, in characters: a data object or a call's settings are short.
MAX_OBJECT = 20_000
#: Members of one object read: a query has a handful of parameters.
MAX_MEMBERS = 40
#: Calls read per script, and references looked up per page (each a walk of the scripts).
MAX_CALLS = 20
MAX_REFERENCES = 24


def data_call_urls(script: str, scripts: Sequence[str]) -> list[str]:
    """The URLs (as written: relative or absolute) that ``script``'s jQuery calls ask with their data
    object joined as the query, in order; ``scripts``: the page's inline scripts, which give references
    their values."""
    resolved: dict[str, str | None] = {}
    found: list[str] = []
    for url, data in islice(_calls(script), MAX_CALLS):
        members = object_members(data)
        query = _query(members, scripts, resolved) if members else None
        if query is not None:
            asked = url.split("#", 1)[0]  # jQuery joins the query before the hash, which no request sends
            found.append(asked + ("&" if "?" in asked else "?") + query if query else asked)
    return found


def _calls(script: str) -> Iterator[tuple[str, str]]:
    """``(url, data object's text)`` of each GET call in ``script`` handed a data object."""
    # Calls tried, not only calls read, are bounded: each unclosed ``{`` walks MAX_OBJECT characters.
    for match in islice(_CALL_WITH_DATA.finditer(script), MAX_CALLS):
        data = _object_at(script, match.end())
        if data is not None:
            yield match.group("url"), data
    for match in islice(_AJAX.finditer(script), MAX_CALLS):
        settings = _object_at(script, match.end())
        members = dict(object_members(settings) or []) if settings is not None else {}
        url, data = _string(members.get("url", "")), members.get("data", "")
        method = _string(members.get("type", members.get("method", '"GET"')))
        if url and data.startswith("{") and (method or "").upper() == "GET":
            yield url, data


def object_members(text: str) -> list[tuple[str, str]] | None:
    """``(key, value's text)`` of each member of the object literal ``text`` (``{a: 1, "b": x.y, c}``),
    in order; None when a member is not ``key: value`` or a shorthand name."""
    text = _SKIPPED.sub(lambda m: m.group(0) if m.group(1) else " ", text)  # the comments go
    if not text.startswith("{") or not text.endswith("}"):
        return None
    members: list[tuple[str, str]] = []
    for part in islice(_split_top(text[1:-1]), MAX_MEMBERS + 1):
        if not part.strip():
            continue  # a trailing comma
        key = _KEY.match(part)
        if key is None or len(members) >= MAX_MEMBERS:
            return None
        name = key.group("quoted") or key.group("bare")
        value = part[key.end() :].strip() if part[key.end() - 1 : key.end()] == ":" else name
        members.append((name, value))
    return members


def _object_at(text: str, start: int) -> str | None:
    """The object literal opening at ``text[start]``, whole (brackets balanced; strings and comments
    skipped)."""
    depth = 0
    for index, char in _code(text, start, min(len(text), start + MAX_OBJECT)):
        if char in "{[(":
            depth += 1
        elif char in "}])":
            depth -= 1
            if depth == 0:
                return text[start : index + 1]
    return None


def _split_top(body: str) -> Iterator[str]:
    """``body`` cut at its commas outside brackets, strings and comments."""
    depth, start = 0, 0
    for index, char in _code(body, 0, len(body)):
        if char in "{[(":
            depth += 1
        elif char in "}])":
            depth -= 1
        elif char == "," and depth == 0:
            yield body[start:index]
            start = index + 1
    yield body[start:]


def _code(text: str, index: int, end: int) -> Iterator[tuple[int, str]]:
    """``(index, character)`` of ``text[index:end]`` outside string literals and comments."""
    while index < end:
        skipped = _SKIPPED.match(text, index, end)
        if skipped is not None:
            index = skipped.end()
            continue
        yield index, text[index]
        index += 1


def _string(text: str) -> str | None:
    literal = _STRING.fullmatch(text.strip())
    return literal.group(2) if literal else None


def _query(members: list[tuple[str, str]], scripts: Sequence[str], resolved: dict[str, str | None]) -> str | None:
    """The members as ``$.param`` writes them (``a=1&b=&c=x+y``); None when a value is not known."""
    pairs = []
    for key, text in dict(members).items():  # a key given twice keeps its place and its last value, as in JS
        value = _value(key, text, scripts, resolved)
        if value is None:
            return None
        pairs.append(f"{_encoded(key)}={_encoded(value)}")
    return "&".join(pairs)


def _value(key: str, text: str, scripts: Sequence[str], resolved: dict[str, str | None]) -> str | None:
    """The value ``text`` stands for before the script runs, or None when it cannot be known."""
    known = _scalar(text)
    if known is not None:
        return known
    if not re.fullmatch(REFERENCE, text):
        return None
    if text not in resolved and len(resolved) < MAX_REFERENCES:
        resolved[text] = reference_literal(scripts, text, scalars=True)
    value = resolved.get(text)
    if value is not None:
        return value
    if not may_count(text):
        return None  # a date, a text or an id the script sets as it runs (``{start: startDate}``)
    first = first_value(key)  # a counter no script gives one value
    return first if first is not None else first_value(text.rsplit(".", 1)[-1])


def _scalar(text: str) -> str | None:
    """The value of a literal: a plain string, a number, ``true``, ``false``, ``null``."""
    string = _string(text)
    if string is not None:
        return string
    if _NUMBER.fullmatch(text):
        return text
    return _CONSTANTS.get(text)


def _encoded(text: str) -> str:
    """``encodeURIComponent``, spaces as ``+`` (what ``$.param`` sends)."""
    return quote(text, safe="-_.!~*'()").replace("%20", "+")
