"""The steps selector candidates are written from: an element by its class, or by its place
among its siblings of the same tag."""

from __future__ import annotations

from agents.heuristics.classtokens import anchor_classes, module_classes
from agents.heuristics.dom import HtmlElement, tag_of
from agents.heuristics.moduleclasses import module_step
from agents.heuristics.stateclasses import without_states


def step(element: HtmlElement) -> str:
    """``li.tag``, ``div[class*="Card_title"]`` or the bare tag: one element of a path; never by a
    state word of the records (``dl.row-item``, not ``dl.topic_read``, see ``stateclasses``)."""
    classes = without_states(anchor_classes(element))
    if classes:
        return f"{tag_of(element)}.{classes[0]}"
    modules = module_classes(element)
    return module_step(tag_of(element), modules[0]) if modules else tag_of(element)


def anchored(element: HtmlElement) -> bool:
    """Whether a class names ``element`` (a readable one or a CSS module's stable stem)."""
    return bool(anchor_classes(element) or module_classes(element))


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
