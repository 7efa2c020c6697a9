"""One value of one class found at two depths of the card: a rare record wraps it once more.

A listing names each card's town in ``<span class="city">``, right under ``div.info`` on most cards
and inside a ``div.row`` beside a distance on the few that show one. The template walk keys slots
by their path, so the rare place is a slot of its own, too rare to keep; and the common slot, which
holds no value on those cards, then steers its selector away from them (``div.info > span.city``),
so the value is lost there and on every later page where the wrapper shows. The class names the
value wherever it sits: a slot whose element carries the same classed step as a common, varying
slot, never in the same record and holding values of the same kind, is that slot's value in
its records, joined to it when one selector then reads the whole on every sampled record.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsel import Selector

from agents.heuristics.classtokens import class_tokens, semantic_classes
from agents.heuristics.dom import HtmlElement, tag_of
from agents.heuristics.fieldcss import agreement, best_selector
from agents.heuristics.namewords import meaningful_words
from agents.heuristics.oldprices import marks_old_price
from agents.heuristics.partkinds import kind_of
from agents.heuristics.slots import Slot
from agents.heuristics.usefulslots import MIN_FIELD_COVERAGE


def joined_class_depths(slots: list[Slot], sample: list[Selector]) -> list[Slot]:
    """``slots`` with each rare slot of a common slot's classed last step, at another path and
    never in one record with it, joined to it where one selector reads them both right."""
    records = len(sample)
    kept = list(slots)
    for main in sorted(slots, key=lambda s: -len(s.per_record)):
        if not _is_main(main, records) or not any(k is main for k in kept):
            continue
        found = [s for s in kept if _is_rare_variant(main, s, records) and not _is_other_value(main, s, kept)]
        # Two of them in one record ("From $149" and "To $219"): which is the value is not told.
        rare = [s for s in found if not any(o is not s and set(o.per_record) & set(s.per_record) for o in found)]
        if not rare:
            continue
        per_record = dict(main.per_record)
        for other in rare:
            per_record.update(other.per_record)
        joined = replace(main, per_record=dict(sorted(per_record.items())))
        css = best_selector(sample, joined)
        if css is None or agreement(sample, joined, css) < 1.0:
            continue
        absorbed = {id(s) for s in rare}
        kept = [joined if k is main else k for k in kept if id(k) not in absorbed]
    return kept


def _is_main(slot: Slot, records: int) -> bool:
    """A single text slot of the template under a class, common and varying: a field's usual place."""
    return (
        slot.kind == "text"
        and not slot.many
        and _classed(slot)
        and slot.coverage(records) >= MIN_FIELD_COVERAGE
        and len(set(slot.first_values())) > 1
    )


def _is_rare_variant(main: Slot, other: Slot, records: int) -> bool:
    """Same read (kind, attribute, label, cut) and classed step as ``main`` at another path, in
    records ``main`` lacks, too rare to be a slot of its own, holding values of ``main``'s kind."""
    if other is main or other.kind != main.kind or other.many or other.key == main.key or not other.per_record:
        return False
    if other.key[-1] != main.key[-1] or other.coverage(records) >= MIN_FIELD_COVERAGE:
        return False
    read = (other.attribute, other.label, other.strip_label, other.text_after, other.text_before, other.part_name)
    if read != (main.attribute, main.label, main.strip_label, main.text_after, main.text_before, main.part_name):
        return False
    if set(other.per_record) & set(main.per_record):
        return False  # both in one record: two values, not one at two depths
    return kind_of(other.first_values()) == kind_of(main.first_values())


def _is_other_value(main: Slot, other: Slot, slots: list[Slot]) -> bool:
    """Whether ``other`` is another value than ``main``'s in its records: wrapped in a step its
    path adds that names the price before a sale (``div.was > span.price`` on the one sale card),
    or beside another value of ``main``'s kind there (``strong.now``, the sale's price)."""
    main_steps = {_step(a) for a in main.sample_element().iterancestors()}
    depth = len(other.key)
    for found in other.per_record.values():
        added = [a for a in list(found[0].element.iterancestors())[:depth] if _step(a) not in main_steps]
        if any(marks_old_price(a) for a in added):
            return True
    kind = kind_of(main.first_values())
    if kind == "text":
        return False  # any card shows other words beside its town
    return any(
        kind_of([o.value for o in s.per_record[record]]) == kind
        for s in slots
        if s is not other and s is not main and s.kind in ("text", "tail")
        for record in other.per_record
        if s.per_record.get(record)
    )


def _step(element: HtmlElement) -> tuple[str, frozenset[str]]:
    return tag_of(element), frozenset(class_tokens(element))


def _classed(slot: Slot) -> bool:
    """Whether the slot's last step names its element by a class saying what it holds
    (``span.city``): not a bare tag, a place among alike siblings, or a class saying how it looks
    (``a-size-base``, ``text-sm``), which any two values of a card may share."""
    step = slot.key[-1] if slot.key else ""
    if "." not in step or any(mark in step for mark in ("~", "*", "%", "{", "[")):
        return False
    name = step.split(".", 1)[1]
    element = slot.sample_element()
    return name in semantic_classes(element) and bool(meaningful_words(re.split(r"[^a-z]+", name.lower())))
