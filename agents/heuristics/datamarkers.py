"""Attributes naming what an element holds: test hooks (``data-testid``, or any attribute used as
one, see ``partattributes``) and boolean ``data-*`` markers."""

from __future__ import annotations

import re

from agents.heuristics.dom import HtmlElement
from agents.heuristics.partattributes import part_attribute
from agents.heuristics.recordhooks import holds_record_id, record_free_hook

#: Attributes sites add for their own tests; the value names the element for good.
#: Wix writes ``data-hook`` ("product-item-name", "product-item-price-to-pay") where its classes are hashed.
TEST_ID_ATTRIBUTES = ("data-testid", "data-test-id", "data-test", "data-qa", "data-cy", "data-hook")
#: Hooks a component library writes on every part of a component, wrappers too, where a wrapper's
#: hook names the state it shows ("price-with-discount" where other cards have
#: "price-to-pay-wrapper"): on a wrapper it names a layout, on a value the value.
COMPONENT_HOOKS = frozenset({"data-hook"})


def test_id(element: HtmlElement) -> tuple[str, str] | None:
    """(attribute, value) of the element's test hook (``data-testid="company-name"``): written by
    the site's developers to find this very element again, so both a stable anchor and a name.
    A hook carrying its record's id gives the part the template writes, with the attribute its
    match operator ends (``data-testid$``, see ``recordhooks``); so ``[{attribute}={value}]``
    always selects it."""
    for attribute in TEST_ID_ATTRIBUTES:
        if not (value := (element.get(attribute) or "").strip()):
            continue
        if not holds_record_id(value):
            return attribute, value
        if remainder := record_free_hook(attribute, value):
            return remainder
    # Not a test hook by name, but one by use: ``data-ui="job-title"`` on each card's title.
    return part_attribute(element)


def place_hook(element: HtmlElement) -> tuple[str, str] | None:
    """The element's test hook as the step of its place in a record: a component hook only on an
    element holding a value of its own (text, no wrapper of other elements)."""
    hook = test_id(element)
    if hook is None or hook[0] not in COMPONENT_HOOKS:
        return hook
    wrapper = any(isinstance(c.tag, str) for c in element) and not (element.text or "").strip()
    return None if wrapper else hook


#: Boolean ``data-*`` flags of a state ("data-expanded", "data-is-open"): no name of a value.
_STATE_WORDS = frozenset(
    {"expanded", "visible", "hidden", "active", "selected", "open", "disabled", "loaded", "lazy", "ready"}
    | {"initialized", "sticky", "fixed", "current", "collapsed", "checked", "enabled", "focused"}
)
#: Words of a marker about the look or the code, dropped from its name.
_MARKER_NOISE = frozenset({"typography", "js", "has", "is", "paper", "text"})
#: Markers for the site's tools, not its content: ``data-sensors-click``, ``data-nosnippet``; and
#: for its editor and animations (Squarespace's ``data-rte-preserve-empty``, ``data-no-animation``).
_TOOLING_WORDS = frozenset(
    {"click", "track", "tracking", "analytics", "sensors", "gtm", "impression", "nosnippet", "noindex", "hydrate"}
    | {"rte", "wysiwyg", "editor", "preserve", "animation", "animations", "aos", "parallax"}
)


#: Boolean markers a front-end framework writes on what it renders (GitHub's ViewComponent
#: ``data-view-component``, React's ``data-reactroot``, Vue's scoped ``data-v-1a2b3c4d``): the code's
#: bookkeeping, never what the element holds (``data-view-component`` would name a field "views").
_FRAMEWORK_MARKER = re.compile(
    r"^data-(?:view-component|reactroot|react[a-z-]{0,30}|v-[0-9a-f]{6,10}|catalyst|turbo[a-z-]{0,30})$"
)


def marker_words(element: HtmlElement) -> list[str]:
    """Words of a boolean ``data-*`` marker naming what the element holds: Trustpilot marks its
    reviewer's name ``data-consumer-name-typography="true"`` where its classes are hashed."""
    for attribute, value in element.attrib.items():
        if not attribute.startswith("data-") or value.strip().lower() not in ("", "true"):
            continue
        if _FRAMEWORK_MARKER.match(attribute):
            continue
        words = [w for w in re.split(r"[-_]+", attribute[5:].lower()) if w]
        kept = [w for w in words if w not in _MARKER_NOISE]
        if kept and not (_STATE_WORDS | _TOOLING_WORDS) & set(words):
            return kept
    return []
