"""Class words that number a sibling's position: ``tag-list0``, ``tag-list1``, ``item-3``.

Templates that loop over a list often write the loop counter into each item's class (Joomla's
tag layout writes ``tag-list0``, ``tag-list1``, …). Such a class says where an item stands in
its list, not which field it holds: the second tag of one article and the second of the next
are no more alike than their first ones. It must not key the items to a slot per position;
whether the run is a list or fixed places is for the siblings' values to tell (``siblings``).
"""

from __future__ import annotations

import re

from agents.heuristics.classtokens import class_tokens, is_utility
from agents.heuristics.dom import HtmlElement, child_elements, tag_of

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
    parent = element.getparent()
    siblings = [s for s in child_elements(parent) if tag_of(s) == tag_of(element)] if parent is not None else []
    place = next((i for i, s in enumerate(siblings) if s is element), 0)
    found: set[str] = set()
    # The next or previous sibling is enough to see the counter run (and keeps long lists linear).
    others = [(i, siblings[i]) for i in (place - 1, place + 1) if 0 <= i < len(siblings)]
    for stem, number, token in numbered:
        start = number - place
        if start not in (0, 1):
            continue
        if any(f"{stem}{i + start}" in class_tokens(s) for i, s in others):
            found.add(token)
    return frozenset(found)
