"""Records of one list split over nested sections: a job board's outline of departments.

A department's own openings sit right under its ``section`` (after its ``<h3>``); the openings of
its sub-departments sit one level deeper, in nested sections each opening with an ``<h4>``. The
parent chains of the two differ only by those wrappers, so grouping by parent chain alone makes
two lists of one. Here they are one again: same tag and anchor class, the shorter chain found
within the longer, every extra step an element that opens with a heading.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from agents.heuristics.dom import HEADING_TAGS, HIDDEN_TAGS, HtmlElement, is_element, tag_of

#: Nested records must sit in at least this many sub-sections: one lone section holding items
#: of the same template ("Related") is an aside beside the list, an outline has several.
MIN_SUBSECTIONS = 2
#: Table rows and tables are grouped by their header rows (``records._across_headings``).
TABLE_TAGS = frozenset({"tr", "table"})


def opens_with_heading(element: HtmlElement) -> bool:
    """Whether the first visible child element of ``element`` is a heading (``h1``–``h6``)."""
    for child in element:
        if is_element(child) and tag_of(child) not in HIDDEN_TAGS:
            return tag_of(child) in HEADING_TAGS
    return False


def outline_step(element: HtmlElement, parent_outline: str, step: str) -> str:
    """The element's chain with the steps of elements opening with a heading left out."""
    return parent_outline if opens_with_heading(element) else f"{parent_outline}/{step}"


def across_nesting(
    parts: Iterable[tuple[str, list[HtmlElement]]],
    chains: dict[HtmlElement, str],
    outlines: dict[HtmlElement, str],
    position: dict[HtmlElement, int],
) -> list[list[HtmlElement]]:
    """Members of ``parts`` (parent chain, members) under a chain with the same members nested in
    heading sections below it, all together in page order: one group per shorter chain."""
    buckets: dict[tuple[str, str], dict[str, list[HtmlElement]]] = defaultdict(lambda: defaultdict(list))
    for parent_chain, members in parts:
        for member in members:
            parent = member.getparent()
            if parent is None or tag_of(member) in TABLE_TAGS:
                continue
            step = chains[member].rpartition("/")[2]
            buckets[(outlines[parent], step)][parent_chain].append(member)
    found = []
    for by_chain in buckets.values():
        for outer, members in by_chain.items():
            nested = [m for inner, part in by_chain.items() if _nests_in(outer, inner) for m in part]
            if len({m.getparent() for m in nested}) >= MIN_SUBSECTIONS:  # elements, not ids: kept alive
                found.append(sorted([*members, *nested], key=lambda m: position[m]))
    return found


def _nests_in(outer: str, inner: str) -> bool:
    """Whether chain ``inner`` is chain ``outer`` with steps added. Both chains have the same
    outline (steps of heading sections left out), so the added steps open with a heading."""
    if len(inner) <= len(outer):
        return False
    steps = iter(inner.split("/"))
    return all(step in steps for step in outer.split("/"))
