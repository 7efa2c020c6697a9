"""A list of names after a joining word: "with Paper Moths, Juno Vale", "feat. Ana, Bo".

Concert listings name the support acts after "with", tracks their guests after "feat.", talks
their co-speakers after "with" or "&": the same word leads every record's line and the names
after it change. The word is no part of any value, so it is stripped (``strip_label``), and the
names are a list: the engine parts them on the comma (``joined_list_split``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from agents.heuristics.slots import Occurrence, Slot

#: Words that lead a list of people: support acts, guests (music writes them in English everywhere).
LIST_LEADS = (
    "with",
    "feat.",
    "featuring",
    "ft.",
    "support:",
    "special guests:",
    "special guest:",
    "w/",
)
#: What follows the lead: a capitalised name (or a digit: "with 2Cellos").
_NAME_START = re.compile(r"^[A-Z0-9ÀÁÂÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÖØÙÚÛÜÝ]")
#: A name is short: a band, a person.
MAX_NAME_WORDS = 6
#: Records whose line must start with the lead before it counts as fixed.
MIN_LED_RECORDS = 2
#: The comma parting the names.
NAME_SEPARATOR = ", "


def with_list_leads(slot: Slot, texts: list[str]) -> list[Slot] | None:
    """``slot`` read without the joining word every text starts with, when what follows is names
    that vary; None when the texts are no such list."""
    if len(texts) < MIN_LED_RECORDS:
        return None
    lead = _shared_lead(texts)
    if lead is None:
        return None
    rests = [_after(t, lead) for t in texts]
    if len(set(rests)) < 2 or not all(_are_names(r) for r in rests):
        return None
    per_record = {
        number: [Occurrence(o.element, _after(o.value, lead)) if i == 0 else o for i, o in enumerate(found)]
        for number, found in slot.per_record.items()
    }
    return [replace(slot, strip_label=f"{lead} " if lead[-1].isalpha() else lead, per_record=per_record)]


def joined_list_split(slot: Slot) -> str | None:
    """The comma parting the names of a slot read after a list's joining word, when some record
    names two or more."""
    lead = (slot.strip_label or "").strip().casefold()
    if lead not in LIST_LEADS:
        return None
    return NAME_SEPARATOR if any(NAME_SEPARATOR in t for t in slot.first_values()) else None


def _shared_lead(texts: list[str]) -> str | None:
    for lead in LIST_LEADS:
        if all(_NAME_START.match(_after(t, lead)) for t in texts):
            return lead
    return None


def _after(text: str, lead: str) -> str:
    """The text after ``lead`` and a space, or "" when it does not start with them."""
    stripped = text.strip()
    if not stripped.casefold().startswith(lead) or len(stripped) == len(lead) or not stripped[len(lead)].isspace():
        return ""
    return stripped[len(lead) :].strip()


def _are_names(text: str) -> bool:
    return all(0 < len(n.split()) <= MAX_NAME_WORDS for n in text.removesuffix(".").split(NAME_SEPARATOR))
