"""Records made of more than one element, and values taken from the heading above a record.

Two layouts put a record's values outside the element the record selector matches:

* **spans** — a story's title row followed by its subtext row, a ``<dt>`` and its ``<dd>``: the
  record is the matched element and the next ``record_span - 1`` sibling elements, read as one
  element (a detached copy wrapping copies of the parts, so field selectors see a single tree);
* **preceding values** — a day heading above a group of event cards: a field with
  ``scope="preceding"`` is read from the last element matching its selector that ends before the
  record starts.

The Scout and the spiders both go through this module, so a spec means the same in both.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from copy import deepcopy
from typing import Any

#: Tag of the element wrapping the parts of a spanning record (never in a page, never selected).
WRAPPER_TAG = "div"

Select = Callable[[Any, str], list[Any]]


def record_root(
    node: Any, span: int, starts: frozenset[int] = frozenset(), parts: frozenset[tuple[str, str]] | None = None
) -> Any:
    """``node`` itself, or a detached element holding copies of ``node`` and its next sibling
    elements (``span`` in all), stopping early at the start of another record (``starts``: ids)
    or, when ``parts`` is given, at a sibling of a kind (``_part_kind``) not among them."""
    if span <= 1:
        return node
    return _wrapped(_parts_of(node, span, starts, parts))


def _parts_of(node: Any, span: int, starts: frozenset[int], parts: frozenset[tuple[str, str]] | None) -> list[Any]:
    """The elements of the page ``record_root`` reads the record from, in order."""
    found = [node]
    part = _next_element(node)
    while len(found) < span and part is not None and id(part) not in starts:
        if parts is not None and _part_kind(part) not in parts:
            break
        found.append(part)
        part = _next_element(part)
    return found


def _wrapped(parts: list[Any]) -> Any:
    wrapper = parts[0].makeelement(WRAPPER_TAG, {})
    for part in parts:
        piece = deepcopy(part)
        piece.tail = None
        wrapper.append(piece)
    return wrapper


def _next_element(node: Any) -> Any:
    following = node.getnext()
    while following is not None and not isinstance(following.tag, str):
        following = following.getnext()
    return following


def _part_kind(node: Any) -> tuple[str, str]:
    return str(node.tag), " ".join(sorted(str(node.get("class") or "").split()))


def record_roots(nodes: list[Any], span: int) -> list[Any]:
    """The element to read each record from (see ``record_root``)."""
    if span <= 1:
        return list(nodes)
    return [_wrapped(parts) for parts in record_parts(nodes, span)]


def record_parts(nodes: list[Any], span: int) -> list[list[Any]]:
    """The elements of the page each record is read from: its node and the siblings its span
    takes in. The last record under each parent has no next start to stop at: it stops at a
    sibling of a kind that stands between no two records (the pager after the last post is no
    optional excerpt of it)."""
    starts = frozenset(id(n) for n in nodes)
    if span <= 1:
        return [[n] for n in nodes]
    parts: set[tuple[str, str]] = set()
    last: dict[Any, Any] = {}
    for node in nodes:
        last[node.getparent()] = node
    for node in nodes:
        if last[node.getparent()] is node:
            continue
        part = _next_element(node)
        while part is not None and id(part) not in starts:
            parts.add(_part_kind(part))
            part = _next_element(part)
    ends = {id(n) for n in last.values()}
    known = frozenset(parts) if parts else None
    return [_parts_of(n, span, starts, known if id(n) in ends else None) for n in nodes]


class PrecedingIndex:
    """For one page: which element matching a selector comes last before a given element."""

    def __init__(self, root: Any, select: Select) -> None:
        self._root = root
        self._select = select
        self._positions: dict[Any, int] | None = None
        self._cache: dict[str, tuple[list[int], list[Any]]] = {}

    def _position(self, element: Any) -> int:
        if self._positions is None:
            self._positions = {e: i for i, e in enumerate(self._root.iter())}
        return self._positions.get(element, -1)

    def _ends(self, selector: str) -> tuple[list[int], list[Any]]:
        """Matches of ``selector`` as (end positions, elements), in document order of their ends."""
        if selector not in self._cache:
            matches = [m for m in self._select(self._root, selector) if hasattr(m, "iter")]
            ends = sorted((self._position(_last_descendant(m)), i) for i, m in enumerate(matches))
            self._cache[selector] = ([end for end, _ in ends], [matches[i] for _, i in ends])
        return self._cache[selector]

    def before(self, selector: str, element: Any) -> Any | None:
        """The last match of ``selector`` ending before ``element`` starts (never an ancestor)."""
        ends, matches = self._ends(selector)
        at = bisect_right(ends, self._position(element) - 1)
        return matches[at - 1] if at else None


def _last_descendant(element: Any) -> Any:
    last = element
    for last in element.iter():  # noqa: B007 - the loop only walks to the end
        pass
    return last
