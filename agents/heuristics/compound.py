"""Two values written as one text, split into one slot each.

Pages often print two facts in one text node: a rank before a title ("1. The Shawshank
Redemption"), a rating before its count ("4.34 avg rating — 9,385,123 ratings"), a byline after
a quote ("“…” Author: André Gide"). Each part becomes a slot read with ``FieldSpec.text_after``
/ ``text_before``, so the spider cuts the text exactly as the Scout did. A slot is split only
when every sampled record holds the same shape, and each part is checked like any other value
(``fieldcss``): nothing is cut that the engine would not cut the same way.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from agents.heuristics import values
from agents.heuristics.phrases import is_rating_phrase
from agents.heuristics.slots import Occurrence, Slot
from pipeline.core.extract import text_part

#: "1. Title", "12) Title": a whole number, its mark, a space, then words.
_RANK_PREFIX = re.compile(r"^(\d{1,5})([.)])\s+\S")
#: Ranks down a page: this many records at least, each its place plus one offset.
MIN_RANKED_RECORDS = 3
#: "… Author: Name": a caption of one to three words after the text it follows.
_INNER_LABEL = re.compile(r"\s((?:[A-Z][\w'-]*)(?: [\w'-]+){0,2}):\s+\S")
#: Separators between two values; a bare hyphen is left out (ranges, names, minus signs).
SEPARATORS = (" — ", " – ", " · ", " • ", " | ", " / ")
#: Values longer than this are prose, whose dashes join clauses, not values.
MAX_COMPOUND_CHARS = 80


def split_compounds(slots: list[Slot]) -> list[Slot]:
    """``slots`` with each single text that holds two values replaced by one slot per value."""
    out: list[Slot] = []
    for slot in slots:
        out.extend(_parts(slot) if slot.kind == "text" and not slot.many and not slot.strip_label else [slot])
    return out


def _parts(slot: Slot) -> list[Slot]:
    texts = slot.first_values()
    if len(texts) < 2:
        return [slot]
    for split in (_ranked, _labelled_tail, _separated):
        parts = split(slot, texts)
        if parts:
            return parts
    return [slot]


def _ranked(slot: Slot, texts: list[str]) -> list[Slot] | None:
    """ "1. Title": the rank (its record's place plus one offset, down the page) and the rest."""
    matches = [_RANK_PREFIX.match(t) for t in texts]
    if len(texts) < MIN_RANKED_RECORDS or not all(matches):
        return None
    marks = {m.group(2) for m in matches if m}
    offsets = {int(m.group(1)) - number for m, number in zip(matches, slot.per_record, strict=True) if m}
    if len(marks) != 1 or len(offsets) != 1 or any(values.is_date(t) for t in texts):
        return None  # "1. März 2024" is a date; the same "1." everywhere is no rank
    cut = f"{marks.pop()} "
    return [_part(slot, before=cut, name="rank"), _part(slot, after=cut)]


def _labelled_tail(slot: Slot, texts: list[str]) -> list[Slot] | None:
    """ "“…” Author: André Gide": the text, and the value its inner caption names."""
    labels = [m.group(1) if (m := _INNER_LABEL.search(t)) else None for t in texts]
    if None in labels or len({label.lower() for label in labels if label}) != 1:
        return None
    cut = f"{labels[0]}:"
    head = _part(slot, before=cut)
    tail = replace(_part(slot, after=cut), label=labels[0])
    return [head, tail] if _filled(head) and _filled(tail) else None


def _separated(slot: Slot, texts: list[str]) -> list[Slot] | None:
    """ "4.34 avg rating — 9,385,123 ratings", "Posted by ana · 3 hours ago": one separator, once
    in every value, between two values of which one at least is a number, a date or a rating."""
    if any(len(t) > MAX_COMPOUND_CHARS for t in texts):
        return None
    for separator in SEPARATORS:
        if not all(t.count(separator) == 1 for t in texts):
            continue
        halves = [t.split(separator) for t in texts]
        if all(_typed(a) or _typed(b) for a, b in halves) and not all(_same_kind(a, b) for a, b in halves):
            head, tail = _part(slot, before=separator.strip()), _part(slot, after=separator.strip())
            return [head, tail] if _filled(head) and _filled(tail) else None
    return None


def _typed(text: str) -> bool:
    text = text.strip()
    checks: tuple[Callable[[str], bool], ...] = (
        values.is_number,
        values.is_compact_number,
        values.is_date,
        values.is_relative_date,
        values.is_rating,
        is_rating_phrase,
    )
    return any(check(text) for check in checks)


def _same_kind(a: str, b: str) -> bool:
    """Two prices ("£12 – £18") or two dates: a range, kept whole as one value."""
    a, b = a.strip(), b.strip()
    return (values.is_price(a) and values.is_price(b)) or (values.is_date(a) and values.is_date(b))


def _part(slot: Slot, *, after: str | None = None, before: str | None = None, name: str | None = None) -> Slot:
    per_record = {
        number: [Occurrence(o.element, text_part(o.value, after, before)) for o in occurrences]
        for number, occurrences in slot.per_record.items()
    }
    return replace(slot, per_record=per_record, text_after=after, text_before=before, part_name=name)


def _filled(slot: Slot) -> bool:
    return all(o.value for occurrences in slot.per_record.values() for o in occurrences)
