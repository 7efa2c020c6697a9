"""A date the page writes in parts: a weekday, a day and a month (and a year) in sibling elements.

Event listings draw the date as a block, ``<div class="date"><div>FRI</div><div>14</div><div>MAR</div>
</div>``, and calendars and tour widgets alike keep each part in its own element for styling. Each
part alone is no value a person writes down ("14", "MAR"); together they are the record's date.
So sibling slots holding one part each are read as one: the element around them, whose text is the
parts in order ("FRI 14 MAR"), which the engine dates (a yearless one by its weekday, ``yearless``).
"""

from __future__ import annotations

import re
from collections import defaultdict

from agents.heuristics import values
from agents.heuristics.dom import HtmlElement
from agents.heuristics.slots import Key, Occurrence, Slot
from pipeline.core.extract import element_text
from pipeline.core.monthnames import in_english
from pipeline.core.yearless import MONTH, WEEKDAY

_WEEKDAY = re.compile(WEEKDAY + r",?", re.IGNORECASE)
_MONTH = re.compile(MONTH + r",?", re.IGNORECASE)
_DAY = re.compile(r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th|\.)?")
#: The parts a date needs: without a day or a month, sibling words are something else; and a year
#: or a weekday, without which the engine could only guess the year from the extraction time.
_NEEDED = frozenset({"day", "month"})
_DATING = frozenset({"weekday", "year"})


def joined_date_parts(slots: list[Slot]) -> list[Slot]:
    """``slots`` with each run of sibling slots holding a weekday, a day, a month or a year (a day,
    a month and a weekday or a year at least) replaced by one slot reading the element around them."""
    siblings: dict[Key, list[Slot]] = defaultdict(list)
    for slot in slots:
        if len(slot.key) >= 2 and _plain_text(slot):
            siblings[slot.key[:-1]].append(slot)
    replaced: dict[int, Slot | None] = {}
    for parent_key, group in siblings.items():
        parts = _date_parts(group)
        if parts is None:
            continue
        joined = _joined(parent_key, parts)
        if joined is None:
            continue
        for index, part in enumerate(parts):
            replaced[id(part)] = joined if index == 0 else None
    kept = [replaced.get(id(s), s) for s in slots]
    return [s for s in kept if s is not None]


def _plain_text(slot: Slot) -> bool:
    """A single text read whole: no label, cut or list, which a joined read would lose."""
    cut = slot.strip_label or slot.text_after or slot.text_before or slot.part_name
    return slot.kind == "text" and not slot.many and not cut and bool(slot.per_record)


def date_part(value: str) -> str | None:
    """Which part of a date ``value`` is on its own: weekday, day, month or year."""
    text = value.strip()
    if _WEEKDAY.fullmatch(text):
        return "weekday"
    if _DAY.fullmatch(text):
        return "day"
    if values.YEAR.fullmatch(text):
        return "year"
    # "MRZ", "mars": a foreign month name the engine reads once it stands beside a day.
    if _MONTH.fullmatch(text) or _MONTH.fullmatch(in_english(f"1 {text}").removeprefix("1 ")):
        return "month"
    return None


def _date_parts(group: list[Slot]) -> list[Slot] | None:
    """The slots of ``group`` holding one part each in every record, one slot per part, when they
    include a day and a month; else None."""
    by_part: dict[str, list[Slot]] = defaultdict(list)
    for slot in group:
        kinds = {date_part(occurrences[0].value) for occurrences in slot.per_record.values()}
        if len(kinds) == 1 and (kind := kinds.pop()) is not None:
            by_part[kind].append(slot)
    if (
        not by_part.keys() >= _NEEDED
        or not _DATING & by_part.keys()
        or any(len(found) > 1 for found in by_part.values())
    ):
        return None
    return sorted((found[0] for found in by_part.values()), key=lambda s: s.order)


def _joined(parent_key: Key, parts: list[Slot]) -> Slot | None:
    """One slot reading the element around ``parts``, when in every record it holds them alone,
    so that its text is the date and nothing more; else None."""
    per_record: dict[int, list[Occurrence]] = {}
    for number in sorted({n for part in parts for n in part.per_record}):
        found = [part.per_record[number][0] for part in parts if number in part.per_record]
        parents = {id(o.element.getparent()): o.element.getparent() for o in found}
        if len(parents) != 1:
            return None
        parent: HtmlElement = next(iter(parents.values()))
        text = element_text(parent)
        if not _only_parts(text, [o.value for o in found]):
            return None
        per_record[number] = [Occurrence(parent, text)]
    return Slot(key=parent_key, kind="text", order=min(p.order for p in parts), per_record=per_record)


def _only_parts(text: str, parts: list[str]) -> bool:
    """Whether ``text`` is made of ``parts`` and nothing else (a comma or dot aside)."""
    words = sorted(re.sub(r"[,.]", " ", text).split())
    return words == sorted(w for part in parts for w in re.sub(r"[,.]", " ", part).split())
