"""Where an expected value sits when the spec's field reads another value in the title's record.

``dropshape`` counts a field ``another value there`` when the spec has it and reads something else in the
record showing the title. This says, in shape only, how the element holding the expected value stands to the
element the field reads:

* ``the value's own element, read otherwise``: the field reads the very element showing the value, and makes
  another value of it (a type, a cut or a normalisation that misses);
* ``a part of the read element``: the field reads an element holding the value's (a container read whole);
* ``value within the read text``: the read text contains it, shown elsewhere too (a longer text read whole);
* ``another record template``: the record's class set differs from most records' (a featured or odd card,
  whose slot the field's selector, made on the common cards, misses);
* ``a sibling of the read element``: both have the same parent (the next ``<span>`` of a row);
* ``a different slot``: elsewhere in the record (a badge, a link, a label: another role).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from agents.heuristics.dom import HtmlElement
from pipeline.core.extract import _select
from pipeline.core.fieldspec import FieldSpec
from tests.bench.pagetext import found_in

Fold = Callable[[str], str]
SAME = "the value's own element, read otherwise"
PART = "a part of the read element"
WITHIN = "value within the read text"
TEMPLATE = "another record template"
SIBLING = "a sibling of the read element"
SLOT = "a different slot"
UNREAD = "read element not found"
#: The kinds, in the order they are tested and reported.
KINDS = (SAME, PART, WITHIN, TEMPLATE, SIBLING, SLOT, UNREAD)


def read_elements(parts: Sequence[HtmlElement], fields: Sequence[FieldSpec]) -> list[HtmlElement]:
    """The elements the fields read in the record's parts: the first one giving a value (each, for a field reading
    many), as ``extract`` reads them; strings and a selector lxml cannot run give none."""
    found: list[HtmlElement] = []
    for part in parts:
        for spec in fields:
            try:
                matches: list[Any] = _select(part, spec.selector)
            except ValueError:
                continue
            elements = [m for m in matches if isinstance(m, HtmlElement)]
            giving = [
                m for m in elements if (m.get(spec.attribute) if spec.attribute else m.text_content()) not in (None, "")
            ]
            found += [m for m in (giving if spec.many else giving[:1]) if m not in found]
    return found


def _classes(element: HtmlElement) -> frozenset[str]:
    return frozenset((element.get("class") or "").split())


def _inside(element: HtmlElement, top: HtmlElement) -> bool:
    return element is top or any(a is top for a in element.iterancestors())


def where_instead(
    parts: Sequence[HtmlElement],
    records: Sequence[Sequence[HtmlElement]],
    reads: Sequence[HtmlElement],
    holders: Sequence[HtmlElement],
    texts: Sequence[str],
    fold: Fold,
) -> str:
    """How the expected value's elements (``holders``) stand to the elements the field reads (``reads``) in the
    title's record (``parts``, one of ``records``): one of ``KINDS``."""
    if not reads:
        return UNREAD
    if any(h is r for h in holders for r in reads):
        return SAME
    if any(_inside(h, r) for h in holders for r in reads):
        return PART
    if any(found_in(texts, fold(r.text_content())) is not None for r in reads):
        return WITHIN
    common = Counter(_classes(r[0]) for r in records if r).most_common(1)
    if parts and common and _classes(parts[0]) != common[0][0]:
        return TEMPLATE
    if any(h.getparent() is not None and h.getparent() is r.getparent() for h in holders for r in reads):
        return SIBLING
    return SLOT
