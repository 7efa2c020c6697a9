"""A class naming one element in every record, preferred to a place among its siblings.

A slot's records are those where the template walk found its value; a record whose line was
split otherwise (a shorter line owned by its parts, ``textowner``) holds nothing in the slot,
though the element is there. A selector counting places (``p:nth-of-type(4)``) may then read
"right" by accident, empty where an optional sibling before it is missing, and wrong on the next
page. Where the element's own class picks exactly one element in every record, reads every value
the slot holds, and reads values of the same kind where the slot saw none, the class names the
element: it is kept, not the place.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from parsel import Selector

from agents.heuristics.partkinds import kind_of
from agents.heuristics.slots import Slot
from pipeline.core.extract import extract_field
from pipeline.core.schemas import FieldSpec

#: The field reading a slot as its spec will, by the selector given.
Probe = Callable[[str], FieldSpec]
#: A selector counting an element's place among its siblings.
_PLACE = re.compile(r":nth-(?:last-)?(?:of-type|child)\(")
#: One step of a tag and its classes ("p.listing-card__seller"), perhaps reading its own text.
_CLASS_STEP = re.compile(r"^[a-z][a-z0-9]*(?:\.-?[_a-zA-Z][\w-]*)+(?:::text)?$")


def class_over_place(
    records: list[Selector], slot: Slot, probe: Probe, scored: list[tuple[str, list[bool]]], chosen: str
) -> str:
    """``chosen``, or where it counts places, an earlier class candidate of ``scored`` (each with
    its hits per record) naming the element as well; ``probe`` reads the slot as its field will."""
    if not _PLACE.search(chosen):
        return chosen
    for css, found in scored:
        if _CLASS_STEP.match(css) and _names_the_element(records, slot, probe, css, found):
            return css
    return chosen


def _names_the_element(records: list[Selector], slot: Slot, probe: Probe, css: str, found: list[bool]) -> bool:
    held = [n for n in range(len(found)) if slot.per_record.get(n)]
    gaps = [n for n in range(len(found)) if not slot.per_record.get(n)]
    if not gaps or len(gaps) > len(held) or not all(found[n] for n in held):
        return False  # the class misreads a value the slot holds: it names another element
    element = css.removesuffix("::text")
    try:
        if any(len(records[n].css(element)) != 1 for n in range(len(found))):
            return False
        read = [extract_field(records[n], probe(css), "") for n in gaps]
    except Exception:  # a selector the engine cannot run names nothing
        return False
    extra = [v for v in read if isinstance(v, str) and v]
    # Values where the slot saw none must be of its kind: a date where it holds towns is another field.
    return not extra or kind_of(extra) == kind_of(slot.first_values())
