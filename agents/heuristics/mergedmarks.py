"""Structure marks that name one place of the template, though an optional child changes them.

Where every class is hashed, ``variants`` tells look-alike siblings apart by what they are made
of: the tags of their children. A card's info block made of ``div``s and a ``span`` reads
``structure:div,span``; on the cards that add an optional line (an "Onsale: …" ``<p>``) the same
block reads ``structure:div,p,span``, and every field inside it would become a column of its own,
found on those cards only. Two marks of one step that never meet at the same place of a record
(under the same path of steps), one's tags within the other's, are one place seen with and
without the optional child: they are merged. A bare ``div`` is the step at every depth, so a
record's outer ``div`` and its info block do meet in a record, but not at one place.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from agents.heuristics.dom import HtmlElement
from agents.heuristics.variants import Mark, Marker

_STRUCTURE = "structure:"


@dataclass(frozen=True)
class _Shape:
    """A structure mark read back: its children's tags and what its own text is (bare, words…)."""

    tags: frozenset[str]
    kind: str

    def nests_with(self, other: _Shape) -> bool:
        return self.kind == other.kind and (self.tags <= other.tags or other.tags <= self.tags)


def _shape(identity: str) -> _Shape | None:
    if not identity.startswith(_STRUCTURE):
        return None
    tags, _, kind = identity.removeprefix(_STRUCTURE).rpartition(":")
    return _Shape(frozenset(tags.split(",")), kind)


def merged_marker(marker: Marker, placed: list[list[HtmlElement]]) -> Marker:
    """``marker`` with the structure marks of one place merged (see the module docstring), learnt
    from the step's elements at each place of each sampled record. The commonest mark of a place
    names it."""
    canonical = merged_identities(
        [{m.identity for e in elements if (m := marker(e)) is not None} for elements in placed]
    )
    if not canonical:
        return marker

    def merged(element: HtmlElement) -> Mark | None:
        mark = marker(element)
        if mark is None or mark.identity not in canonical:
            return mark
        return Mark(canonical[mark.identity], mark.label)

    return merged


def merged_identities(placed: list[set[str]]) -> dict[str, str]:
    """Structure marks mapped to the commonest mark of their place: marks whose tags nest and
    which never meet at one place of a record, given the marks found at each."""
    counts: Counter[str] = Counter()
    met: dict[str, set[str]] = defaultdict(set)
    for identities in placed:
        counts.update(identities)
        for identity in identities:
            met[identity] |= identities - {identity}
    places: list[list[str]] = []
    canonical: dict[str, str] = {}
    for identity in sorted(counts, key=lambda i: (-counts[i], i)):
        if (shape := _shape(identity)) is None:
            continue
        for place in places:
            head = _shape(place[0])
            if head is not None and shape.nests_with(head) and not met[identity] & set(place):
                place.append(identity)
                canonical[identity] = place[0]
                break
        else:
            places.append([identity])
    return canonical
