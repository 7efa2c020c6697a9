"""Selector candidates for values that only their place tells apart where class names are
hashed: the wrapper's place among its look-alike siblings, or the run of items after a caption."""

from __future__ import annotations

from agents.heuristics.dom import HtmlElement, css_string, tag_of
from agents.heuristics.labels import label_of
from agents.heuristics.selectorsteps import nth, nth_last, step
from pipeline.core.cleantext import clean_text

#: Containers too common to anchor a place on (any card has several ``div``s and ``span``s).
GENERIC_TAGS = frozenset({"div", "span"})


def wrapper_places(chain: list[HtmlElement]) -> list[str]:
    """``ul:nth-of-type(2) > li``, ``li:nth-last-of-type(1) > div > div``: the value's wrappers
    (nearest first) that have siblings of their tag, each by its place, then the path below it.
    With hashed classes a card's second list (skills after a meta line) or its last chip (a job
    type after an optional salary) is found by nothing else."""
    found: list[str] = []
    for i in range(len(chain) - 2, -1, -1):
        node = chain[i]
        parent = node.getparent()
        if tag_of(node) in GENERIC_TAGS or parent is None:
            continue
        if not any(s is not node and tag_of(s) == tag_of(node) for s in parent):
            continue
        rest = " > ".join(step(e) for e in chain[i + 1 :])
        found += [f"{nth(node)} > {rest}", f"{nth_last(node)} > {rest}"]
    return found


def caption_run(element: HtmlElement) -> list[str]:
    """``span:contains("Available sizes:") ~ span``: every item of a run after its caption, where
    ``+`` reads the first item only. For a single value it reads the same as ``+``."""
    label, strip = label_of(element)
    previous = element.getprevious()
    if not label or strip or '"' in label or "\\" in label or previous is None:
        return []
    if not isinstance(previous.tag, str) or clean_text(previous.text_content()) != label:
        return []
    return [f"{tag_of(previous)}:contains({css_string(label)}) ~ {step(element)}"]
