"""Relative CSS selectors for one slot of a record, checked on sample records through the engine."""

from __future__ import annotations

import re
from typing import TypedDict

from parsel import Selector

from agents.heuristics.classmarks import mark_anchors
from agents.heuristics.classplaces import class_over_place
from agents.heuristics.dom import HtmlElement, full_text
from agents.heuristics.factfilters import fact_filters
from agents.heuristics.fieldcandidates import candidates
from agents.heuristics.scopedcss import scoped
from agents.heuristics.shownonly import hides_some, with_shown_only
from agents.heuristics.slots import Slot
from agents.heuristics.stateclasses import analysing_states
from pipeline.core.cleantext import clean_text, prints_missing
from pipeline.core.extract import extract_field
from pipeline.core.placeholders import says_not_set
from pipeline.core.schemas import FieldSpec
from pipeline.core.textparts import text_part

#: Records used to check a selector; the template shows in a dozen, and each check costs a query.
VERIFY_SAMPLE = 12
#: Candidates of each variant combined into ``a, b`` unions: the best few, as each costs a check.
UNION_CANDIDATES = 8
#: An anchor in what an element holds or is hooked by (an icon, a unit, a test id), not its class or place.
_ANCHOR_MARK = re.compile(r":has\(|:contains\(|\[")
#: A selector right on this share of records is kept when no selector is right on all of them.
MIN_AGREEMENT = 0.8


def expected(slot: Slot, number: int) -> str | list[str] | None:
    occurrences = slot.per_record.get(number)
    if not occurrences:
        return None
    cleaned = [_without_label(clean_text(o.value), slot.strip_label) for o in occurrences]
    # As the engine reads it: a template's "None", a dash, a placeholder ("<em>Unresolved</em>") are no value.
    unset = [
        prints_missing(text) or (slot.attribute is None and slot.kind != "tail" and says_not_set(o.element, text))
        for o, text in zip(occurrences, cleaned, strict=True)
    ]
    if slot.many:
        return [text for text, no_value in zip(cleaned, unset, strict=True) if not no_value] or None
    return None if unset[0] else cleaned[0]


def _without_label(text: str, label: str | None) -> str:
    """What the engine reads once it strips the slot's label ("By Ana Ruiz" -> "Ana Ruiz")."""
    if label and text.lower().startswith(label.lower()):
        return text[len(label) :].lstrip(" :\u00a0-–—").strip()
    return text


class SlotReading(TypedDict):
    """How the engine reads a slot's value once its selector finds the element: the spec options a
    field and the probe checking its selector share."""

    attribute: str | None
    many: bool
    strip_label: str | None
    text_after: str | None
    text_before: str | None
    text_from_end: bool
    text_after_skip: int
    tail: bool


def slot_reading(slot: Slot) -> SlotReading:
    return SlotReading(
        attribute=slot.attribute,
        many=slot.many,
        strip_label=slot.strip_label,
        text_after=slot.text_after,
        text_before=slot.text_before,
        text_from_end=slot.text_from_end,
        text_after_skip=slot.text_after_skip,
        tail=slot.kind == "tail",
    )


def hits(records: list[Selector], slot: Slot, css: str) -> list[bool] | None:
    """Per sample record, whether ``css`` yields exactly the slot's value (or nothing where it has
    none); None when the selector cannot run."""
    probe = FieldSpec(name="probe", type="text", selector=css, **slot_reading(slot))
    found = []
    for number, record in enumerate(records[:VERIFY_SAMPLE]):
        try:
            got = extract_field(record, probe, "")
        except Exception:
            return None
        found.append(got == expected(slot, number))
    return found


def agreement(records: list[Selector], slot: Slot, css: str) -> float:
    """Share of sample records on which ``css`` yields exactly the slot's value (or nothing)."""
    found = hits(records, slot, css)
    return sum(found) / len(found) if found else 0.0


def best_selector(records: list[Selector], slot: Slot) -> str | None:
    """The first candidate right on every sample record, else a union of two candidates for two
    variants of the template (a plain price, a sale price in ``<ins>``), else the best one above
    the bar. Paths step through no state word of the records (read, hot, sticky)."""
    with analysing_states([r.root for r in records[:VERIFY_SAMPLE]]):
        return _best_selector(records, slot)


def _best_selector(records: list[Selector], slot: Slot) -> str | None:
    number, element = _first_occurrence(slot)
    best: tuple[float, str, list[bool]] | None = None
    scored: list[tuple[str, list[bool]]] = []

    def probe(css: str) -> FieldSpec:
        return FieldSpec(name="probe", type="text", selector=css, **slot_reading(slot))

    sample = [r.root for r in records[:VERIFY_SAMPLE]]
    for css in _slot_candidates(records[number].root, element, slot, sample):
        found = hits(records, slot, css)
        if not found:
            continue
        scored.append((css, found))
        score = sum(found) / len(found)
        if score == 1.0:
            return class_over_place(records, slot, probe, scored, css)
        if best is None or score > best[0]:
            best = (score, css, found)
    if slot.parts and (joined := _union_of_parts(records, slot)) is not None:
        return joined
    if best is None:
        return None
    union = _union_selector(records, slot, best[2])
    if union is not None:
        return union
    return class_over_place(records, slot, probe, scored, best[1]) if best[0] >= MIN_AGREEMENT else None


def _slot_candidates(record: HtmlElement, element: HtmlElement, slot: Slot, sample: list[HtmlElement]) -> list[str]:
    """Candidates for the slot's element; reading only its own first text (``::text``) where a
    value leaves out something inside it: "4 Comments" without "on <title>" for screen readers,
    a title without the "New Listing" badge before it."""
    found = candidates(record, element, sample)
    if filters := [*mark_anchors(slot), *fact_filters(slot, sample)]:
        # A split fact: by its marks before the items' class or place, which read another fact where it is missing.
        first = next((i for i, css in enumerate(found) if not _ANCHOR_MARK.search(css)), len(found))
        found = [*found[:first], *filters, *found[first:]]
    if slot.scope:  # one template variant's records only (``cardvariants``)
        found = [scoped(slot.scope, css) for css in found if css]
    if slot.kind == "text" and hides_some(sample):
        found = with_shown_only(found)  # a label printed in every card, hidden where it does not apply
    return [f"{css}::text" for css in found if css] if _reads_own_text(slot) else found


def _reads_own_text(slot: Slot) -> bool:
    """Whether the element's whole text reads otherwise than the value, once the slot's label and
    cut are applied to both: an "Origin:" caption in a child is stripped either way, a hidden
    "Posted" copy before "Posted 3 days ago" is not."""
    if slot.kind not in ("text", "own"):
        return False
    label = slot.strip_label
    return any(
        _without_label(clean_text(o.value), label)
        != _cut(_without_label(clean_text(full_text(o.element)), label), slot)
        for occ in slot.per_record.values()
        for o in occ
    )


def _cut(text: str, slot: Slot) -> str:
    """What the engine reads of ``text`` for a slot holding one part of it (``compound``)."""
    if not (slot.text_after or slot.text_before):
        return text
    return text_part(text, slot.text_after, slot.text_before, from_end=slot.text_from_end, skip=slot.text_after_skip)


def _first_occurrence(slot: Slot) -> tuple[int, HtmlElement]:
    return next((n, occ[0].element) for n, occ in sorted(slot.per_record.items()) if occ)


def _union_selector(records: list[Selector], slot: Slot, found: list[bool]) -> str | None:
    """``a, b``: ``a`` written for a record the best single selector reads right, ``b`` for one it
    reads wrong, each variant's candidates in their usual order (most robust first)."""
    held = [n for n in range(len(found)) if slot.per_record.get(n)]
    right = next((n for n in held if found[n]), None)
    wrong = next((n for n in held if not found[n]), None)
    if right is None or wrong is None:
        return None
    ours = slot.per_record[right][0].element
    sample = [r.root for r in records[:VERIFY_SAMPLE]]
    mine = _slot_candidates(records[right].root, ours, slot, sample)[:UNION_CANDIDATES]
    theirs = _slot_candidates(records[wrong].root, _other_variant(slot, wrong, ours), slot, sample)[:UNION_CANDIDATES]
    for first in mine:
        for second in theirs:
            if first != second and agreement(records, slot, f"{first}, {second}") == 1.0:
                return f"{first}, {second}"
    return None


def _other_variant(slot: Slot, number: int, ours: HtmlElement) -> HtmlElement:
    """The element of record ``number`` to write the second half of a union from: in a list
    ("More colours" then "Selling fast"), its first item of another kind than ``ours``."""
    occurrences = slot.per_record[number]
    if slot.many:
        mark = (ours.tag, ours.get("class"))
        return next(
            (o.element for o in occurrences if (o.element.tag, o.element.get("class")) != mark), occurrences[0].element
        )
    return occurrences[0].element


def _union_of_parts(records: list[Selector], slot: Slot) -> str | None:
    """``a, b, c``: a list joined from places of their own (flags scattered over a card) read
    through each place's own selector, when the union reads the whole list on every record."""
    found = [best_selector(records, part) for part in slot.parts]
    if any(css is None for css in found):
        return None
    union = ", ".join(dict.fromkeys(css for css in found if css))
    return union if agreement(records, slot, union) == 1.0 else None
