"""Test hooks whose value changes from record to record: the record's own id, not a template place.

A hook names a place of the template only when it comes back in record after record. BigCommerce's
Cornerstone writes ``data-test="card-77"`` on one card's ``article`` and ``card-86`` on the next:
the same place, a different value in each record. Such a value is no step of a slot key (each
record would get keys of its own, and no field would span two records) and no anchor of a field.
``recordhooks`` reads ids of three digits or more from one value alone; short ids (``card-7``,
``card-86``) and slugs (``product-oak-table``) are told only by comparing the records.
"""

from __future__ import annotations

from collections import defaultdict

from agents.heuristics.datamarkers import test_id
from agents.heuristics.dom import HtmlElement, child_elements, tag_of
from agents.heuristics.recordhooks import record_free_hook

#: A hook in fewer than this share of the records may be one record's own (a hook on most records
#: names a place, whatever else sits beside it).
MAX_RECORD_SHARE = 0.5
#: One record's own hooks must be this many at one place, each in one record only: a single
#: optional part (``sale-badge`` on one card) is no id.
MIN_OWN_VALUES = 2
#: Elements looked at per record: a bound on hostile pages (the slot walk keeps fewer).
MAX_ELEMENTS_PER_RECORD = 500

Hook = tuple[str, str]
#: Where a hook sits in a record: its attribute and the element's path of tags, each with its place
#: among its siblings of that tag (an optional part's hook beside an id is at a place of its own).
_Place = tuple[str, str]


def record_hooks(records: list[HtmlElement]) -> frozenset[Hook]:
    """The (attribute, value) test hooks that are records' own: at a place where two values or
    more each show in one record only, the values there in fewer than half of the records (a slug
    two records happen to share is still theirs)."""
    if len(records) < 2:
        return frozenset()
    seen: dict[_Place, dict[Hook, set[int]]] = defaultdict(lambda: defaultdict(set))
    for number, record in enumerate(records):
        for element, path in _elements(record):
            if hook := test_id(element):
                seen[(hook[0].rstrip("^$"), path)][hook].add(number)
    own: set[Hook] = set()
    for values in seen.values():
        if sum(1 for records_with in values.values() if len(records_with) == 1) < MIN_OWN_VALUES:
            continue
        own.update(hook for hook, records_with in values.items() if _own(hook, len(records_with), len(records)))
    return frozenset(own)


def _own(hook: Hook, records_with: int, records: int) -> bool:
    """Whether a hook at a place of records' own ids is one too: in fewer than half of the records,
    or in one only where it is already the record-free part of a longer id (``card-`` of
    ``card-112``, which every card with such an id shares)."""
    if hook[0].endswith(("^", "$")):
        return records_with == 1
    return records_with < MAX_RECORD_SHARE * records


def shared_hook(hook: Hook, own: frozenset[Hook]) -> Hook | None:
    """``hook`` as a step of the template: as it is, or for one of the records' ``own`` hooks its
    record-free part (``card-`` of ``card-86``, read with any run of digits as the id), else None."""
    if hook not in own:
        return hook
    if hook[0].endswith(("^", "$")):
        return None  # already the record-free part of a longer id, yet one record's own
    return record_free_hook(hook[0], hook[1], short_ids=True)


def _elements(record: HtmlElement) -> list[tuple[HtmlElement, str]]:
    """The record's elements below it with their paths (``div1/span3``), in document order, capped."""
    found: list[tuple[HtmlElement, str]] = []
    stack = _children(record, "")
    while stack and len(found) < MAX_ELEMENTS_PER_RECORD:
        element, path = stack.pop()
        found.append((element, path))
        stack.extend(_children(element, path))
    return found


def _children(element: HtmlElement, path: str) -> list[tuple[HtmlElement, str]]:
    """The element's children with their paths, last first (for a stack)."""
    counts: dict[str, int] = defaultdict(int)
    found = []
    for child in child_elements(element):
        tag = tag_of(child)
        counts[tag] += 1
        found.append((child, f"{path}/{tag}{counts[tag]}"))
    return found[::-1]
