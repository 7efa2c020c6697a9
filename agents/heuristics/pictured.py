"""A person's name beside their picture: the byline of an opinion card, a seller beside an avatar.

News fronts show the author on a few cards only (the opinion pieces), in classes that say
nothing, with the writer's portrait beside the name; the portrait's ``alt`` is the name again.
A short name that an image of its own record is captioned with, in most records holding it, is
the person pictured: data wherever it shows, however few cards show it.
"""

from __future__ import annotations

import re

from agents.heuristics.dom import HtmlElement
from agents.heuristics.slots import Slot
from pipeline.core.cleantext import clean_text

#: Records whose image must repeat the name: one match may be a coincidence.
MIN_PICTURED_RECORDS = 2
#: Share of the slot's records whose image repeats the name ("Editorial" has no portrait).
PICTURED_SHARE = 0.5
#: A name: one to four words of letters (initials, hyphens and apostrophes allowed), no digits.
_NAME = re.compile(r"^[^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*){0,3}$")


def is_pictured_name(slot: Slot) -> bool:
    """Whether ``slot`` holds short names that an image of the same record is captioned with
    (``<img alt="Zoe Kiernan">`` beside "Zoe Kiernan") in most of the records holding it."""
    if slot.kind != "text" or slot.many or not slot.per_record:
        return False
    found = [occurrences[0] for occurrences in slot.per_record.values() if occurrences]
    if not all(_NAME.match(o.value.strip()) and not any(c.isdigit() for c in o.value) for o in found):
        return False
    pictured = sum(_pictured(o.element, o.value, len(slot.key)) for o in found)
    return pictured >= MIN_PICTURED_RECORDS and pictured >= PICTURED_SHARE * len(found)


def _pictured(element: HtmlElement, name: str, levels: int) -> bool:
    """Whether an image in the record around ``element`` (``levels`` steps up) has ``name`` as
    its ``alt``."""
    ancestors = list(element.iterancestors())
    if not ancestors or levels < 1:
        return False
    record = ancestors[min(levels, len(ancestors)) - 1]
    wanted = clean_text(name).casefold()
    return any(clean_text(img.get("alt") or "").casefold() == wanted for img in record.iter("img"))
