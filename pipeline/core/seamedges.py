"""The element edges between two text nodes: which elements open or close on the way from one to the next.

``inlineseams`` asks this to tell whether two texts meet inside a word: only across inline edges
that all open or all close, or (for ideographs) across elements side by side with no text between.
"""

from __future__ import annotations

from typing import Any

#: A line-break opportunity: no space, nor any text, of its own ("super<wbr>califragilistic").
_NO_BOX = frozenset({"wbr"})


def side_by_side(before: Any, node: Any) -> tuple[list[Any], list[Any]] | None:
    """The elements closed, then those opened, between the text nodes ``before`` and ``node``
    (elements side by side with no text between); None when an element is passed whole (an image,
    an icon, a ``<br>``), text lies between, or they do not meet within ``_MAX_EDGES``."""
    slot, last = _slot(before), _slot(node)
    closed: list[Any] = []
    opened: list[Any] = []
    for _ in range(_MAX_EDGES):
        step, slot = _next_slot(slot)
        if step is not None:
            if opened and not step[0]:
                return None
            (opened if step[0] else closed).append(step[1])
        if slot[0] is last[0] and slot[1] == last[1]:
            return (closed, opened) if closed and opened else None
        if slot[0] is None or _slot_text(slot):
            return None
    return None


def edges_between(before: Any, node: Any) -> list[Any] | None:
    """The elements whose edges lie between the text nodes ``before`` and ``node``, when they all
    open or all close; None when both kinds do (elements side by side, or one passed whole),
    or when text not shown lies between."""
    slot, last = _slot(before), _slot(node)
    edges: list[Any] = []
    opening: bool | None = None
    for _ in range(_MAX_EDGES):
        step, slot = _next_slot(slot)
        if step is not None and step[1].tag not in _NO_BOX:  # a <wbr> is passed whole: no box, no edge
            if opening is not None and step[0] != opening:
                return None
            opening = step[0]
            edges.append(step[1])
        if slot[0] is last[0] and slot[1] == last[1]:
            return edges
        if slot[0] is None or _slot_text(slot):
            return None  # out of the document, or text not shown between them
    return None


def _next_slot(slot: tuple[Any, bool]) -> tuple[tuple[bool, Any] | None, tuple[Any, bool]]:
    """The text slot after ``slot`` in document order, and the edge passed to reach it: (True,
    element) at its opening, (False, element) at its closing, None past a comment."""
    element, tail = slot
    if not tail and len(element):
        child = element[0]
        return ((True, child), (child, False)) if isinstance(child.tag, str) else (None, (child, True))
    if not tail:
        return (False, element), (element, True)
    following = element.getnext()
    if following is not None:
        return ((True, following), (following, False)) if isinstance(following.tag, str) else (None, (following, True))
    parent = element.getparent()
    return (None, (None, True)) if parent is None else ((False, parent), (parent, True))


#: Edges walked between two text nodes before giving up: inline markup nests a few deep.
_MAX_EDGES = 12


def _slot(node: Any) -> tuple[Any, bool]:
    """Where a text node sits: (its element, True) after the element, (its element, False) inside."""
    return node.getparent(), bool(node.is_tail)


def _slot_text(slot: tuple[Any, bool]) -> str:
    element, tail = slot
    return str((element.tail if tail else element.text) or "")
