"""A record's caption "Name (Year)": its name and the year it came out, two values.

Film, book and album lists caption each record "Anora (2024)", "Mickey 17 (2025)". Brackets after
a name usually belong to it ("Lyon (69)", "Heat (1995)" as a disambiguated title), so a link's or a
heading's text is kept whole (``compound``), unless the record itself names the thing bare, in a
picture's ``alt`` ("Anora") or a ``data-*-name`` attribute: the page has said the year is no part
of the name, so the caption is the name, then its year. A text beside the record's name ("Sean
Baker (2024)", "Vinyl, LP, Album (1959)") is cut as it stands. The year is the bracketed number at
the end, whatever numbers the name holds. A year with an aside in brackets after it ("2019 (69 reg)",
a car's plate code beside its year) is the year alone: the aside qualifies it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agents.heuristics.dom import HtmlElement
from agents.heuristics.slotparts import cut_part, names_the_record
from agents.heuristics.slots import Slot
from pipeline.core.cleantext import clean_text

#: Where the name ends and the year begins, and where the year ends.
OPEN, CLOSE = "(", ")"
#: "(2024)": a year of a work (1800 to 2099), alone in the brackets that end the caption.
_YEAR_TAIL = re.compile(r"^(?:1[89]|20)\d\d\)$")
#: "2019 (69 reg)", "2021 (facelift)": a year, then a short aside in brackets ending the text.
_YEAR_ASIDE = re.compile(r"^(?:1[89]|20)\d\d \([^()]{1,24}\)$")
#: Attributes naming the record bare: ``data-film-name``, ``data-name``, ``data-title``.
_NAME_ATTRIBUTE = re.compile(r"^data-(?:[\w-]+-)?(?:name|title)$")
#: Share of the records whose bare name must be found in the record, and at least this many.
NAMED_SHARE = 0.5
MIN_NAMED_RECORDS = 2


def name_and_year(slot: Slot, texts: list[str], *, naming: bool = True) -> bool:
    """Whether every text of ``slot`` is "Name (Year)" and, where the text names the record
    (``naming``: a link or a heading), the records name the thing bare."""
    names = [_name(t) for t in texts]
    if any(name is None for name in names):
        return False
    if not naming:
        return True  # "Sean Baker (2024)" beside the title: a maker or a format, then its year
    found = [
        _named_bare(occurrences[0].element, _name(occurrences[0].value) or "", len(slot.key))
        for occurrences in slot.per_record.values()
        if occurrences
    ]
    return sum(found) >= max(MIN_NAMED_RECORDS, NAMED_SHARE * len(found))


def year_with_aside(slot: Slot, texts: list[str]) -> list[Slot] | None:
    """ "2019 (69 reg)" in every record: the year, without its aside; never the record's name."""
    if names_the_record(slot) or not all(_YEAR_ASIDE.match(t.strip()) for t in texts):
        return None
    year = cut_part(slot, before=f" {OPEN}", name="year")
    return [replace(year, label=year.part_name)]


def _name(text: str) -> str | None:
    """The name before the one bracketed year ending ``text`` ("Mickey 17 (2025)" → "Mickey 17")."""
    if text.count(OPEN) != 1 or text.count(CLOSE) != 1:
        return None
    name, _, tail = text.partition(f" {OPEN}")
    return name.strip() if name.strip() and _YEAR_TAIL.match(tail.strip()) else None


def _named_bare(element: HtmlElement, name: str, levels: int) -> bool:
    """Whether the record around ``element`` (``levels`` steps up) names ``name`` bare: a picture's
    alt or a ``data-*-name`` attribute holding exactly it."""
    ancestors = list(element.iterancestors())
    if not ancestors or levels < 1 or not name:
        return False
    record = ancestors[min(levels, len(ancestors)) - 1]
    wanted = clean_text(name).casefold()
    for node in record.iter():
        if not isinstance(node.tag, str):
            continue
        for attribute, value in node.attrib.items():
            said = attribute == "alt" or bool(_NAME_ATTRIBUTE.match(attribute))
            if said and clean_text(value).casefold() == wanted:
                return True
    return False
