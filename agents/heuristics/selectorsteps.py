"""The steps selector candidates are written from: an element by its class, or by its place
among its siblings of the same tag."""

from __future__ import annotations

import re

from agents.heuristics.classtokens import anchor_classes, module_classes
from agents.heuristics.dom import HtmlElement, css_string, tag_of
from agents.heuristics.moduleclasses import module_step
from agents.heuristics.stateclasses import without_states
from agents.heuristics.statewords import without_state_classes

#: The start of a same-site link naming its page kind: ``item?`` of ``item?id=3960``, ``/t/`` of
#: ``/t/some-topic/123``.
_SECTION = re.compile(r"^/?[A-Za-z][\w.-]{0,30}[?/]")


def step(element: HtmlElement) -> str:
    """``li.tag``, ``div[class*="Card_title"]`` or the bare tag: one element of a path; never by a
    state word of the records (``dl.row-item``, not ``dl.topic_read``, see ``stateclasses``), nor by
    a class naming a state (``span.color--available``, see ``statewords``)."""
    classes = without_state_classes(without_states(anchor_classes(element)))
    if classes:
        return f"{tag_of(element)}.{classes[0]}"
    modules = module_classes(element)
    return module_step(tag_of(element), modules[0]) if modules else tag_of(element)


def anchored(element: HtmlElement) -> bool:
    """Whether a class names ``element`` (a readable one, not a state, or a CSS module's stable stem)."""
    return bool(without_state_classes(anchor_classes(element)) or module_classes(element))


def nth(element: HtmlElement) -> str:
    """``p:nth-of-type(2)``: the place among the siblings of the same tag, counted from the start."""
    tag = tag_of(element)
    position = 1 + sum(1 for s in element.itersiblings(preceding=True) if tag_of(s) == tag)
    return f"{tag}:nth-of-type({position})"


def nth_last(element: HtmlElement) -> str:
    """``p:nth-last-of-type(2)``: the place counted from the end, which an optional first sibling
    (an urgency badge, a missing salary chip) does not shift."""
    tag = tag_of(element)
    position = 1 + sum(1 for s in element.itersiblings() if tag_of(s) == tag)
    return f"{tag}:nth-last-of-type({position})"


def section_prefix(element: HtmlElement) -> str | None:
    """The start of a same-site link naming its page kind: ``item?`` of ``item?id=3960``, ``/t/``
    of ``/t/some-topic/123``; None for other elements and links."""
    href = (element.get("href") or "").strip() if tag_of(element) == "a" else ""
    match = _SECTION.match(href)
    return match.group(0) if match and '"' not in match.group(0) else None


def section_link(prefix: str) -> str:
    """``a[href^="/t/"]``: the links to pages of one kind."""
    return f"a[href^={css_string(prefix)}]"
