"""Class words that number a sibling's position: ``tag-list0``, ``tag-list1``, ``item-3``.

Templates that loop over a list often write the loop counter into each item's class (Joomla's
tag layout writes ``tag-list0``, ``tag-list1``, …). Such a class says where an item stands in
its list, not which field it holds: the second tag of one article and the second of the next
are no more alike than their first ones. It must not key the items to a slot per position;
whether the run is a list or fixed places is for the siblings' values to tell (``siblings``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import islice

from agents.heuristics.classtokens import class_tokens, is_utility
from agents.heuristics.dom import HtmlElement, tag_of

#: The furthest place a counter of two digits numbers.
MAX_PLACE = 100
#: A word, then the number: ``tag-list0``, ``item-3``, ``row_12``, ``col2`` (a counter, not an id).
_NUMBERED = re.compile(r"^([A-Za-z][A-Za-z_-]{0,40}?)(\d{1,2})$")


def run_counters(records: list[HtmlElement]) -> frozenset[str]:
    """The classes running as counters in ``records`` (see ``index_classes``): a lone item's
    ``tag-list0`` is the same counter where other records number two tags or more."""
    found: set[str] = set()
    for record in records:
        for element in record.iter():
            if isinstance(element.tag, str) and element.get("class"):
                found.update(index_classes(element, class_tokens(element)))
    return frozenset(found)


def index_classes(element: HtmlElement, tokens: list[str]) -> frozenset[str]:
    """The ``tokens`` (classes of ``element``) numbering its place among the siblings of its tag,
    counted from 0 or 1, where a neighbouring sibling carries the same word numbered by its own place:
    a counter runs, not a class that happens to end in the right digit. Utilities (``mb-2``) set
    a look whatever the place: never counters."""
    numbered = [(m.group(1), int(m.group(2)), t) for t in tokens if (m := _NUMBERED.match(t)) and not is_utility(t)]
    if not numbered:
        return frozenset()
    # A counter of at most two digits stands at most a hundred places in: no need to look further
    # back, and the next or previous sibling is enough to see it run (long lists stay linear).
    before = list(islice(_same_tag(element, element.itersiblings(preceding=True)), MAX_PLACE + 1))
    place = len(before)
    if place > MAX_PLACE:
        return frozenset()
    after = next(_same_tag(element, element.itersiblings()), None)
    others = ([(place - 1, before[0])] if before else []) + ([(place + 1, after)] if after is not None else [])
    found: set[str] = set()
    for stem, number, token in numbered:
        start = number - place
        if start not in (0, 1):
            continue
        if any(f"{stem}{i + start}" in class_tokens(s) for i, s in others):
            found.add(token)
    return frozenset(found)


def _same_tag(element: HtmlElement, siblings: Iterable[HtmlElement]) -> Iterator[HtmlElement]:
    """The ``siblings`` of ``element``'s own tag (comments and other tags skipped)."""
    tag = tag_of(element)
    return (s for s in siblings if isinstance(s.tag, str) and tag_of(s) == tag)
