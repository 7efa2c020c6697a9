"""JSON kept in an element's data attribute: ``<div data-items='[{"id": 31, ...}]'>``.

Some pages hand their records to a script through an attribute instead of a ``<script>``
(webscraper.io's AJAX pages keep the laptops in ``data-items``); read as data, the records need no
browser. The attribute's value is parsed as JSON only, with caps: it is page content.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from itertools import islice
from typing import Any

from lxml import etree  # type: ignore[import-untyped]
from parsel import Selector

from agents.heuristics.anchors import unique_selector

#: An attribute larger than this is not read (the same cap as a script's).
MAX_ATTRIBUTE_CHARS = 5_000_000
#: JSON-looking attributes parsed per page.
MAX_ATTRIBUTES = 20
#: Records nest a few levels; an attribute nesting deeper is hostile, and is skipped whole.
MAX_DEPTH = 64
_NAME = re.compile(r"^data-[a-z0-9][a-z0-9_-]{0,60}$")
_TAG = re.compile(r"^[a-z][a-z0-9-]{0,30}$")
#: Data attributes whose value opens a JSON list or object (only its start is looked at).
_JSON_LIKE = etree.XPath(
    "//@*[starts-with(name(), 'data-')]"
    "[starts-with(normalize-space(substring(., 1, 64)), '[') or starts-with(normalize-space(substring(., 1, 64)), '{')]"
)


def attribute_documents(page: Selector) -> Iterator[tuple[str, Any]]:
    """``(selector, document)`` for each data attribute holding a JSON list or object; the
    selector (``div[data-items]::attr(data-items)``) finds the attribute's value again."""
    for value in islice(_JSON_LIKE(page.root), MAX_ATTRIBUTES):
        element, name = value.getparent(), str(value.attrname)
        if not _NAME.match(name) or len(value) > MAX_ATTRIBUTE_CHARS or not isinstance(element.tag, str):
            continue
        document = _parsed(str(value))
        css = _one_element(page, element, name)
        if document is not None and css is not None:
            yield f"{css}::attr({name})", document


def _one_element(page: Selector, element: Any, name: str) -> str | None:
    """A selector finding ``element`` alone: the engine reads the first match, and islands of one
    framework repeat ``div[data-props]`` (a menu's before the products')."""
    tag = element.tag if _TAG.match(element.tag) else ""
    generic = f"{tag}[{name}]"
    if len(page.css(generic)) == 1:
        return generic
    found = unique_selector(page, element)
    return f"{found}[{name}]" if found is not None else None


def _parsed(text: str) -> Any:
    try:
        document = json.loads(text)
    except (ValueError, RecursionError):  # RecursionError: arrays nested a million deep
        return None
    return document if _shallow(document) else None


def _shallow(document: Any) -> bool:
    """Whether no value of ``document`` nests deeper than MAX_DEPTH (walked without recursion)."""
    stack = [(document, 0)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DEPTH:
            return False
        if isinstance(value, dict):
            stack.extend((child, depth + 1) for child in value.values())
        elif isinstance(value, list):
            stack.extend((child, depth + 1) for child in value)
    return True
