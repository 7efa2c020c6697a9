"""State handed over through a function call, read as data: Nuxt 2's ``window.__NUXT__``.

Nuxt 2 writes ``(function(a,b){return {jobs:[{location:a,tags:[b]}]}}("Remote (EU)","python"))``:
values used more than once become parameters. The call is never run: the arguments are parsed as
data (chompjs), each bare parameter name in the returned object is replaced by its argument's
JSON, and the result is parsed as data too.
"""

from __future__ import annotations

import json
import re
from typing import Any

import chompjs

_HEAD = re.compile(r"\(?\s*function\s*\(([^)]{0,2000})\)\s*\{\s*return\b\s*")
_STRING = r'"[^"\\]*(?:\\.[^"\\]*)*"|\'[^\'\\]*(?:\\.[^\'\\]*)*\'|`[^`\\]*(?:\\.[^`\\]*)*`'
_TOKENS = re.compile(
    rf"(?P<string>{_STRING})|(?P<void>\bvoid\s+0\b)|(?P<number>\d[\w$.]*)|(?P<name>[A-Za-z_$][\w$]*)",
    re.DOTALL,
)
_BRACKETS = re.compile(rf"{_STRING}|[{{}}\[\]()]", re.DOTALL)
_KEY_COLON = re.compile(r"\s*:")
_OPENERS = {"{": "}", "[": "]", "(": ")"}
MAX_CALL_CHARS = 5_000_000


def call_result(text: str) -> Any:
    """The value ``(function(params){return <value>}(args))`` returns, or None if it is not one."""
    head = _HEAD.match(text)
    if head is None or len(text) > MAX_CALL_CHARS:
        return None
    params = [p.strip() for p in head.group(1).split(",") if p.strip()]
    body_end = _closing(text, text.rfind("{", 0, head.end()))
    if body_end is None:
        return None
    args_start = re.compile(r"\s*\)?\s*\(").match(text, body_end + 1)
    args_end = _closing(text, args_start.end() - 1) if args_start else None
    if args_start is None or args_end is None:
        return None
    try:
        args: Any = chompjs.parse_js_object("[" + _substituted(text[args_start.end() : args_end], {}) + "]")
    except ValueError:
        return None
    if not isinstance(args, list):
        return None
    values = {name: json.dumps(args[i] if i < len(args) else None) for i, name in enumerate(params)}
    returned = _substituted(text[head.end() : body_end], values).strip().rstrip(";")
    try:
        return chompjs.parse_js_object(returned)
    except ValueError:
        return None


def _closing(text: str, start: int) -> int | None:
    """Index of the bracket closing the one at ``start`` (string literals skipped)."""
    if start < 0 or text[start : start + 1] not in _OPENERS:
        return None
    stack: list[str] = []
    for token in _BRACKETS.finditer(text, start):
        char = token.group()
        if char in _OPENERS:
            stack.append(_OPENERS[char])
        elif char in ")]}":
            if not stack or stack.pop() != char:
                return None
            if not stack:
                return token.start()
    return None


def _substituted(code: str, values: dict[str, str]) -> str:
    """``code`` with each bare parameter in a value position replaced by its JSON, and keys quoted."""

    def replace(token: re.Match[str]) -> str:
        text, kind = token.group(), token.lastgroup
        if kind == "void":
            return "null"
        if kind != "name":
            return text
        before = _previous_char(code, token.start())
        if before in ("{", ",") and _KEY_COLON.match(code, token.end()):
            return json.dumps(text)  # a quoted key: chompjs reads ``{a:null}`` as the text "null"
        return values[text] if text in values and before != "." else text

    return _TOKENS.sub(replace, code)


def _previous_char(code: str, index: int) -> str:
    """The last character before ``index`` that is not white space."""
    while index > 0 and code[index - 1].isspace():
        index -= 1
    return code[index - 1] if index > 0 else ""
