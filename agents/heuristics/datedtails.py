"""A name and its date in one caption, after a comma: "Rembrandt van Rijn, c. 1665".

Catalogues (museums, archives, auction lots, print rooms) caption a work with its maker and its
date, in that order, after a comma. The maker may hold commas of its own ("Jacob Matham, after
Hendrick Goltzius, 1617"), so the caption is cut at its last comma (``FieldSpec.text_from_end``),
and a caption with no maker known is the date alone ("c. 1550"). The date is a year as a
catalogue writes it: "1642", "c. 1665", "1660 - 1665", "1650s", "17th century".

A caption the page's microdata declares one property's value (``<span itemprop="publisher">
Northlight Press, 2016</span>``) is left whole: the page says the text is that one thing; a line
of facts ending in one ("Hardcover · 352 pages · Penguin, 2019") is cut by its places first
(``factlines``), and its last fact then by its comma (``nestedcuts``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from agents.heuristics import values
from agents.heuristics.dom import HtmlElement
from agents.heuristics.factlines import fact_line_parts
from agents.heuristics.slotparts import cut_part, names_the_record, without_empty
from agents.heuristics.slots import Slot

#: Where the name ends and the date begins: the last comma of the caption.
COMMA = ", "
_APPROXIMATE = r"(?:(?:c|ca|circa|about|before|after|approx)\.?\s*)?"
_ONE_DATE = rf"{_APPROXIMATE}(?:\d{{3,4}}s?|\d{{1,2}}(?:st|nd|rd|th) century)(?:\s*(?:BCE?|AD|CE))?"
#: A catalogue's date: one year-like value, or a range of two.
DATE_TAIL = re.compile(rf"^{_ONE_DATE}(?:\s*(?:[-–—/]|to|or)\s*{_ONE_DATE})?$", re.IGNORECASE)
#: Share of the captions that must name someone before their date.
MIN_NAMED_SHARE = 0.6
#: A caption is short; a longer text is prose.
MAX_CAPTION_CHARS = 80


def dated_parts(slot: Slot, texts: list[str]) -> list[Slot] | None:
    """ "Jacob Matham, after Hendrick Goltzius, 1617": the maker and the date, cut at the last
    comma; a caption that is a date alone has no maker."""
    if any(len(t) > MAX_CAPTION_CHARS for t in texts) or names_the_record(slot) or not name_and_date(texts):
        return None
    if declared_whole([occ[0].element for occ in slot.per_record.values() if occ]):
        return None
    if fact_line_parts(slot, texts):
        return None  # "Hardcover · 352 pages · Penguin, 2019": the comma is inside the line's last fact
    name = without_empty(cut_part(slot, before=COMMA, from_end=True))
    date = cut_part(slot, after=COMMA, name="date", from_end=True)
    return [name, replace(date, label=date.part_name)]


def name_and_date(texts: list[str]) -> bool:
    """Whether every text ends in a catalogue date after its last comma or is such a date alone,
    most with a name (words, not a second date) before it; not a full date ("March 3, 2024")."""
    named = 0
    for text in texts:
        head, comma, tail = text.strip().rpartition(COMMA)
        if not DATE_TAIL.match(tail.strip()):
            return False
        if comma:
            if not any(c.isalpha() for c in head) or DATE_TAIL.match(head.strip()) or values.is_date(text):
                return False
            named += 1
    return named >= max(2, MIN_NAMED_SHARE * len(texts))


def declared_whole(elements: list[HtmlElement]) -> bool:
    """Whether every caption is an element whose ``itemprop`` names the property its text is."""
    return bool(elements) and all((e.get("itemprop") or "").strip() for e in elements)
