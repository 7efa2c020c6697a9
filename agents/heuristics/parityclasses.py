"""Class words that mark a record's parity: ``trow1`` / ``trow2``, ``row-a`` / ``row-b``, ``odd`` / ``even``.

Forum and table templates stripe their rows by writing one class on every other record and
another on the rest, often on each cell rather than on the row. Such a word says where the record
stands in the list, never which field an element holds: the third cell of an odd row and the
third of an even one are the same column. Told by what the words do, not by their spelling:
across the records in page order each comes and goes at nearly every step, and the two stand in
for each other on elements of one tag. An optional part shown on every other record by chance
(a sale price, an "Affected versions" line) comes and goes too, but nothing stands in for it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from itertools import pairwise

from agents.heuristics.dom import HtmlElement

#: Records needed before words coming and going can be told from chance.
MIN_RECORDS = 6
#: Share of neighbouring records whose carrying the word differs: stripes change at every step,
#: and a separator row (stickies, a day heading) may restart the count once.
MIN_FLIP_SHARE = 0.8
#: Share of the records carrying exactly one word of the pair.
MIN_EITHER_SHARE = 0.9
#: Class words read per element: a template writes a few; thousands are a hostile page's.
MAX_ELEMENT_CLASSES = 64
#: Words flipping that are paired up: a page striped on its cells flips a few; more is noise.
MAX_FLIPPING = 40


def parity_classes(records: list[HtmlElement]) -> frozenset[str]:
    """Pairs of classes of ``records`` (in page order) taking turns: one on a record, the other on
    the next, on elements of one tag. A state (read, hot, sold out) clusters or comes at random;
    a stripe flips."""
    if len(records) < MIN_RECORDS:
        return frozenset()
    tags: dict[str, set[str]] = defaultdict(set)
    modifiers: set[str] = set()
    carried: list[set[str]] = []
    for record in records:
        words: set[str] = set()
        for element in record.iter():
            if isinstance(element.tag, str):
                tokens = (element.get("class") or "").split()[:MAX_ELEMENT_CLASSES]
                present = set(tokens)
                modifiers.update(t for t in tokens if any(base in present for base in _bases(t)))
                for token in tokens:
                    words.add(token)
                    tags[token].add(str(element.tag))
        carried.append(words)
    steps = len(records) - 1
    flipping = sorted(
        t
        for t in tags
        if t not in modifiers and sum((t in a) != (t in b) for a, b in pairwise(carried)) >= MIN_FLIP_SHARE * steps
    )[:MAX_FLIPPING]
    found: set[str] = set()
    for i, first in enumerate(flipping):
        for second in flipping[i + 1 :]:
            either = sum((first in words) != (second in words) for words in carried)
            if either >= MIN_EITHER_SHARE * len(records) and tags[first] & tags[second]:
                found.update((first, second))
    return frozenset(found)


def _bases(token: str) -> Iterator[str]:
    """The words ``token`` would modify: ``avail`` for ``avail--in`` or ``avail_in`` (a modifier says
    the value of its base, never a stripe)."""
    for at, char in enumerate(token):
        if char in "-_" and at and token[at - 1] not in "-_":
            yield token[:at]
