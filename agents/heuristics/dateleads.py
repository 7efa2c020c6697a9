"""Dates written after the same few words in every record, read without those words.

"Prochain RDV le 12 mars", "Next available Mar 14", "Updated on 3 March 2025": the words before
the date are the same in every record and say what the date is; the date changes. Read whole,
the text is no date the engine parses; with the words stripped as a caption, it is. A word after
the date in every record closes the same phrase ("最短 3/16(日) お届け", earliest delivery on the
16th): the date is read before it. A one-word
lead ("published 4.1.0") is ``phrases.fixed_lead``'s, for the parts of a split text.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agents.heuristics import values
from agents.heuristics.slots import Occurrence, Slot

#: A lead of one to four words, then the rest ("Prochain RDV le" + "12 mars").
_LEAD = re.compile(r"^((?:[^\W\d_][\w'’.-]*\s+){1,4}?)(\d.*|[^\W\d_]{3,}\.? \d.*)$")
#: A word closing the date in every record ("最短 3/16(日) お届け": "earliest … delivery").
_TAIL = re.compile(r"\s([^\W\d_][^\d\s]{0,19})$")
#: Records that must show the slot before its lead counts as fixed.
MIN_LEAD_RECORDS = 2


def with_date_leads(slots: list[Slot]) -> list[Slot]:
    """``slots`` with each single text slot whose values are one fixed lead then a varying date
    read without the lead (``strip_label``), its values the dates alone."""
    return [_without_date_lead(s) or s for s in slots]


def _without_date_lead(slot: Slot) -> Slot | None:
    if slot.kind != "text" or slot.many or slot.strip_label or len(slot.per_record) < MIN_LEAD_RECORDS:
        return None
    texts = slot.first_values()
    if all(_is_date(t) for t in texts):
        return None  # already a date
    lead = shared_date_lead(texts)
    if lead is None:
        return None
    rests = [t[len(lead) :].strip() for t in texts]
    tail = None if all(_is_date(r) for r in rests) else shared_tail(rests)
    rests = [_without_tail(r, tail) for r in rests]
    if len(set(rests)) < 2 or not all(_is_date(r) for r in rests):
        return None
    per_record = {
        number: [
            Occurrence(o.element, _without_tail(o.value[len(lead) :].strip(), tail)) if i == 0 else o
            for i, o in enumerate(found)
        ]
        for number, found in slot.per_record.items()
    }
    return replace(slot, label=slot.label or lead, strip_label=lead, text_before=tail, per_record=per_record)


def shared_tail(texts: list[str]) -> str | None:
    """The one word every text ends with, after a space ("お届け" of "3/16(日) お届け")."""
    tails = {m.group(1) if (m := _TAIL.search(t)) else None for t in texts}
    return tails.pop() if len(tails) == 1 else None


def _without_tail(text: str, tail: str | None) -> str:
    return text[: -len(tail)].strip() if tail and text.endswith(tail) else text


def shared_date_lead(texts: list[str]) -> str | None:
    """The lead words every text starts with, when every text has them and they are the same."""
    leads = {m.group(1).strip() if (m := _LEAD.match(" ".join(t.split()))) else None for t in texts}
    if len(leads) != 1:
        return None
    lead = leads.pop()
    return lead if lead and all(t.startswith(lead) for t in texts) else None


def _is_date(text: str) -> bool:
    return values.is_date(text) or values.is_yearless_date(text)
