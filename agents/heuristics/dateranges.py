"""A date range in one text: two dates a person writes down as a start and an end.

"Open 03/03/2025 to 03/17/2025", "Runs Mar 3, 2025 – Mar 9, 2025", "from 3 March 2025 until
14 April 2025": job boards, offers and exhibitions print when a thing opens and closes as one
line. Kept whole, the line is no date the engine parses; cut at its range mark it is two, each
typed and normalised. A range whose end is a day alone ("Nov 3 – 8") is one stay, kept whole
(``joins``); so is a column where any record shows something else than two full dates.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agents.heuristics import values
from agents.heuristics.dateleads import shared_date_lead
from agents.heuristics.names import slugify
from agents.heuristics.slotparts import cut_part, is_filled
from agents.heuristics.slots import Slot
from pipeline.core.monthnames import in_english
from pipeline.core.yearless import MONTH, WEEKDAY

#: Marks between the two ends: words keep their spaces in the cut ("Toronto", "October" hold
#: "to"), a hyphen too ("2025-03-03" holds one); a dash needs none, as no date holds one.
_MARKS = (" to ", " until ", " till ", " through ", " thru ", "–", "—", " - ")
_DASHES = frozenset({"–", "—"})
#: Longer than two dates and a lead, a text is prose mentioning dates.
MAX_RANGE_CHARS = 80
#: A caption naming a range is a word or three ("Open", "Sale runs from"); a longer lead makes a
#: sentence of terms ("Offer valid for delivery from … until …"), copied as the sentence it is.
MAX_LEAD_WORDS = 3
#: Lead words naming each end ("Open" … closes); a lead of other words names both ends by itself.
_PAIRED = {
    "open": ("open_date", "close_date"),
    "opens": ("open_date", "close_date"),
    "valid": ("valid_from", "valid_until"),
    "available": ("available_from", "available_until"),
}
#: Lead words saying only that a range follows: its ends are the start and the end.
_BARE_LEADS = frozenset({"from", "between", "runs", "run", "running", "dates", "date", "on", "held", "when"})
START, END = "start_date", "end_date"
#: How a date begins: a number, a month or a weekday; not a word before it ("Closed 03/01/2025").
_DATE_START = re.compile(rf"^(?:\d|{MONTH}(?![^\W\d_])|{WEEKDAY}(?![^\W\d_]))", re.IGNORECASE)


def date_range_parts(slot: Slot, texts: list[str]) -> list[Slot] | None:
    """The start and the end of a range every text writes as two full dates after an optional
    shared lead, named from the lead; None where any text is not such a range."""
    if any(len(t) > MAX_RANGE_CHARS for t in texts):
        return None
    bare = [" ".join(t.split()) for t in texts]
    # Without the lead if need be: "Mar 3 – Mar 9" on a page of March ranges starts with "Mar".
    for lead in dict.fromkeys((_lead(bare), "")):
        if len(lead.split()) > MAX_LEAD_WORDS:
            return None
        ranges = [t[len(lead) :].strip() for t in bare]
        marks = {_mark(r) for r in ranges}
        if len(marks) == 1 and (mark := marks.pop()) is not None and len(set(ranges)) >= 2:
            return _ends(slot, lead, mark)
    return None


def _ends(slot: Slot, lead: str, mark: str) -> list[Slot] | None:
    start_name, end_name = _names(lead)
    start = cut_part(slot, after=lead or None, before=mark, name=start_name)
    end = cut_part(slot, after=mark, name=end_name)
    if not (is_filled(start) and is_filled(end)):
        return None
    return [replace(start, label=lead or None), end]


def _lead(texts: list[str]) -> str:
    """The words every text starts with before its first date ("Open", "Offer valid from"), with
    a range word after them ("from", "between") that ``shared_date_lead`` leaves to the date."""
    lead = shared_date_lead(texts) or ""
    nexts = {t[len(lead) :].split(maxsplit=1)[0].lower() if t[len(lead) :].strip() else "" for t in texts}
    if lead and len(nexts) == 1 and (word := nexts.pop()) in _BARE_LEADS:
        return texts[0][: len(lead) + texts[0][len(lead) :].lower().index(word) + len(word)]
    return lead


def _mark(text: str) -> str | None:
    """The one range mark between two full dates in ``text``, if it is such a range."""
    for mark in _MARKS:
        head, _, tail = text.partition(mark)
        if text.count(mark) == 1 and _is_full_date(head) and _is_full_date(tail):
            return mark.strip() if mark.strip() in _DASHES else mark
    return None


def _is_full_date(text: str) -> bool:
    """A day of a month, with or without its year, and nothing before it: no age ("3 days ago"),
    no bare day ("8")."""
    bare = text.strip()
    dated = values.is_date(bare) or values.is_yearless_date(bare)
    return dated and not values.is_relative_date(bare) and bool(_DATE_START.match(in_english(bare)))


def _names(lead: str) -> tuple[str, str]:
    words = lead.lower().rstrip(":").split()
    if not words or all(w in _BARE_LEADS for w in words):
        return START, END
    if paired := next((_PAIRED[w] for w in words if w in _PAIRED), None):
        return paired
    stem = slugify(" ".join([w for w in words if w not in _BARE_LEADS][-2:]))
    return (f"{stem}_start", f"{stem}_end") if stem else (START, END)
