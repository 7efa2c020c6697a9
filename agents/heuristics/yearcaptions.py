"""A record's caption "Name (Year)": its name and the year it came out, two values.

Film, book and album lists caption each record "Anora (2024)", "Mickey 17 (2025)". Brackets after
a name usually belong to it ("Lyon (69)", "Heat (1995)" as a disambiguated title), so a link's or a
heading's text is kept whole (``compound``); but where the record itself names the thing bare, in a
picture's ``alt`` ("Anora") or a ``data-*-name`` attribute, the page has said the year is no part
of the name: the caption is the name, then its year. The year is the bracketed number at the end,
whatever numbers the name holds.
"""

from __future__ import annotations

import re

from agents.heuristics.dom import HtmlElement
from agents.heuristics.slots import Slot
from pipeline.core.cleantext import clean_text

#: Where the name ends and the year begins, and where the year ends.
OPEN, CLOSE = "(", ")"
#: "(2024)": a year of a work (1800 to 2099), alone in the brackets that end the caption.
_YEAR_TAIL = re.compile(r"^(?:1[89]|20)\d\d\)$")
#: Attributes naming the record bare: ``data-film-name``, ``data-name``, ``data-title``.
_NAME_ATTRIBUTE = re.compile(r"^data-(?:[\w-]+-)?(?:name|title)$")
#: Share of the records whose bare name must be found in the record, and at least this many.
NAMED_SHARE = 0.5
MIN_NAMED_RECORDS = 2


def name_and_year(slot: Slot, texts: list[str]) -> bool:
    """Whether every text of ``slot`` is "Name (Year)" and the records name the thing bare."""
    names = [_name(t) for t in texts]
    if any(name is None for name in names):
        return False
    found = [
        _named_bare(occurrences[0].element, _name(occurrences[0].value) or "", len(slot.key))
        for occurrences in slot.per_record.values()
        if occurrences
    ]
    return sum(found) >= max(MIN_NAMED_RECORDS, NAMED_SHARE * len(found))


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
