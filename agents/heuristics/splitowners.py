"""Merge the split owners of a text: where an element owns a place's text in some records and
its child in the others, the child's values are the element's, read whole minus its label."""

from __future__ import annotations

from agents.heuristics import values
from agents.heuristics.dom import HtmlElement, full_text, tag_of
from agents.heuristics.slots import Key, Occurrence, Slot
from agents.heuristics.textowner import visible_value
from pipeline.core.cleantext import clean_text


def merge_split_owners(slots: list[Slot]) -> list[Slot]:
    """One place of the template owns its text in every record: where an element owns it in
    some records and its child in the others ("Subjects: <span>A</span>; B" beside "Subjects:
    <span>A</span>"), the child's text is the element's, read whole minus its label, so both
    are the element's slot. Each child value must start the element's text, beside no other
    value ("owner /" of "owner / name", "A" of "A; B")."""
    texts = {s.key: s for s in slots if s.kind == "text" and not s.many}
    dropped: set[int] = set()
    for child in sorted(texts.values(), key=lambda s: -len(s.key)):
        # The record itself is no place of one value: its pieces are the record's fields.
        parent = texts.get(child.key[:-1]) if len(child.key) > 1 else None
        if parent is None or id(parent) in dropped or id(child) in dropped or not child.per_record:
            continue
        if set(parent.per_record) & set(child.per_record) or all(values.is_label(v) for v in child.first_values()):
            continue  # both own text in one record: two values; or the child is the caption
        label = parent.strip_label or child.label
        under = [s for s in slots if s.kind == "text" and _below(s.key, parent.key)]
        whole = _whole_values(child, label, tag_of(parent.sample_element()), under)
        if not whole:
            continue
        for number, occurrence in whole.items():
            parent.per_record[number] = [occurrence]
        parent.per_record = dict(sorted(parent.per_record.items()))
        for number, occurrences in parent.per_record.items():
            if number not in whole:
                occurrences[0].value = _without_label(occurrences[0].value, label)
        if label and any(_starts_with(full_text(o[0].element), label) for o in parent.per_record.values()):
            parent.strip_label = label
            parent.label = parent.label or label
        parent.order = min(parent.order, child.order)
        for slot in under:
            for number in whole:
                slot.per_record.pop(number, None)
            if not slot.per_record:
                dropped.add(id(slot))
    return [s for s in slots if id(s) not in dropped]


def _below(key: Key, parent: Key) -> bool:
    return len(key) > len(parent) and key[: len(parent)] == parent


def _whole_values(child: Slot, label: str | None, tag: str, under: list[Slot]) -> dict[int, Occurrence] | None:
    """Per record of ``child``, its parent element's whole text minus ``label``, if each child
    value starts it and nothing else below the parent holds a value there but a caption (the
    rest is text no element owns: "; Other (cs.XX)", " name" after "owner /"); else None."""
    whole: dict[int, Occurrence] = {}
    for number, occurrences in child.per_record.items():
        parent = occurrences[0].element.getparent()
        if len(occurrences) != 1 or parent is None or tag_of(parent) != tag:
            return None
        text = _without_label(visible_value(parent), label)
        value = clean_text(occurrences[0].value)
        if not value or not text.startswith(value) or _holds_other_values(parent, number, child, under):
            return None
        whole[number] = Occurrence(parent, text)
    return whole


def _holds_other_values(parent: HtmlElement, number: int, child: Slot, under: list[Slot]) -> bool:
    """Whether another slot below ``parent`` holds a value of record ``number`` inside it."""
    inside = {id(e) for e in parent.iterdescendants()}
    return any(
        id(o.element) in inside and not values.is_label(o.value)
        for slot in under
        if slot is not child
        for o in slot.per_record.get(number, [])
    )


def _starts_with(text: str, label: str) -> bool:
    return clean_text(text).lower().startswith(label.lower())


def _without_label(text: str, label: str | None) -> str:
    text = clean_text(text)
    if label and text.lower().startswith(label.lower()):
        return text[len(label) :].lstrip(" :\u00a0-–—").strip()
    return text
