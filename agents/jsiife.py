"""State that a script hands over through a function call: Nuxt 2's ``window.__NUXT__``.

Nuxt 2 writes ``window.__NUXT__=(function(a,b,c){return {...jobs:[{location:a}]...}}("Remote",…))``:
values used twice become parameters. ``pipeline.core.jscall`` reads the returned object with the
call's arguments put in place of its parameters (nothing is run), and the crawl reads it the same
way: the pattern handed over captures the call from ``function`` on. Should the arguments not parse,
the object is read as it stands and the paths whose values are parameters are left out of the fields
rather than stored as "a".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice
from typing import Any

import chompjs

from pipeline.core.jscall import call_result

#: State objects read per script: a page hands over its state once or twice.
MAX_STATES = 5
_IIFE = re.compile(
    r"(?:\bwindow\.|\bself\.|\b(?:var|let|const)\s+)([A-Za-z_$][\w$]*)\s*=\s*((?:\(\s*)?function\s*\(([^)]{0,2000})\)\s*\{\s*return\s*)(?=[\[{])"
)


def iife_documents(text: str) -> Iterator[tuple[str, Any, frozenset[str]]]:
    """``(pattern, document, parameter names left in it)`` for each state object a function call returns."""
    for match in islice(_IIFE.finditer(text), MAX_STATES):
        assignment = re.escape(text[match.start() : match.start(2)].strip())
        assignment = re.sub(r"(?:\\ )+", r"\\s*", assignment)
        substituted = call_result(text[match.start(2) :])
        if substituted is not None:
            yield assignment + r"\s*((?:\(\s*)?function.*)", substituted, frozenset()
            continue
        try:
            document: Any = chompjs.parse_js_object(text[match.end() :])
        except ValueError:
            continue
        params = frozenset(p.strip() for p in match.group(3).split(",") if p.strip())
        head = re.escape(text[match.start() : match.end()].strip())
        yield re.sub(r"(?:\\ )+", r"\\s*", head) + r"\s*(.*)", document, params


def holds_parameter(value: Any, params: frozenset[str]) -> bool:
    """The value (or an item of it) is a bare parameter name that chompjs read as a string."""
    if isinstance(value, str):
        return value in params or value == "void 0"
    if isinstance(value, list):
        return any(holds_parameter(v, params) for v in value)
    return False
