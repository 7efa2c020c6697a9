"""Fields that copy another field: its value inside constant words, or a modified date twin.

A card says its title again in the label of a control: a hidden "View Fintech Dashboard" in the
overlay link, "Quick view for Blue Mug", "Add Blue Mug to cart". Every value is another field's
inside the same words, which name what a control does, not a value: the field is a copy.

WordPress themes print ``time.updated`` beside ``time.entry-date.published`` (and hide it with
CSS); most posts are never edited after the day they went out, so it says the published day
again. A date marked as the modified one (class ``updated`` / ``modified``, ``itemprop=
dateModified``) that falls on another date field's day nearly everywhere is that date again; one
that differs on more records is a real "updated" date and stays.
"""

from __future__ import annotations

import re

from agents.heuristics import values
from agents.heuristics.fieldnames import FieldDraft
from pipeline.core.normalize import Value

#: A copy is told on this many records at least: two could share their words by chance.
MIN_RECORDS = 3
#: The words around the copied value are a control's label, a few words at most.
MAX_WRAPPING_CHARS = 40
#: A modified date on the other date's day on this share of the records is no date of its own.
SAME_DAY_SHARE = 0.9
_MODIFIED_CLASS = re.compile(r"(?:^|\s)(?:updated|modified|date-?modified|updated-?date)(?:$|\s)", re.IGNORECASE)
#: The words of a control's label around the value: a verb of what the control does ("View X",
#: "Add X to cart"), whole words apart from the value ("r/pics" is a name, "Release notes of X" a
#: link of its own).
_CONTROL_WORDS = re.compile(
    r"^(?:(?:quick\s*)?view|see|show|open|visit|go to|add|buy|shop|order|save|share|compare|select|choose|"
    r"read more about|learn more about|more about|details (?:for|of))\b",
    re.IGNORECASE,
)
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


def wraps_another(mine: list[Value], theirs: list[Value]) -> bool:
    """Whether every value of ``mine`` is the value of ``theirs`` on the same record inside the
    same constant words ("View X", "X to cart"), and ``theirs`` differs between records."""
    pairs = [(a, b) for a, b in zip(mine, theirs, strict=True) if a is not None]
    if len(pairs) < MIN_RECORDS:
        return False
    wrappings: set[tuple[str, str]] = set()
    for a, b in pairs:
        if (
            not isinstance(a, str)
            or not isinstance(b, str)
            or not b.strip()
            or values.is_address(a)
            or values.is_address(b)
        ):
            return False
        start = a.find(b)
        if start < 0 or a == b:
            return False
        wrappings.add((a[:start], a[start + len(b) :]))
        if len(wrappings) > 1:
            return False
    before, after = next(iter(wrappings))
    apart = (not before or before[-1].isspace()) and (not after or not after[0].isalnum())
    return (
        apart
        and len(before) + len(after) <= MAX_WRAPPING_CHARS
        and bool(_CONTROL_WORDS.match(before.strip() or after.strip(" ,")))
        and len({b for _, b in pairs}) > 1
    )


def is_modified_twin(draft: FieldDraft, other: FieldDraft, mine: list[Value], theirs: list[Value]) -> bool:
    """Whether ``draft`` is the modified date beside ``other``'s date and falls on its day on
    nearly every record holding both."""
    if draft.spec.type != "date" or other.spec.type != "date" or not _marked_modified(draft) or _marked_modified(other):
        return False
    both = [(a, b) for a, b in zip(mine, theirs, strict=True) if isinstance(a, str) and isinstance(b, str)]
    held = [a for a in mine if a is not None]
    if len(both) < MIN_RECORDS or len(both) < SAME_DAY_SHARE * len(held):
        return False
    same = sum(1 for a, b in both if _day(a) is not None and _day(a) == _day(b))
    return same >= SAME_DAY_SHARE * len(both)


def _marked_modified(draft: FieldDraft) -> bool:
    """Whether the elements ``draft`` reads say they hold the modified date."""
    elements = [occurrences[0].element for occurrences in draft.slot.per_record.values() if occurrences]
    return bool(elements) and all(
        _MODIFIED_CLASS.search(str(e.get("class") or "")) or (e.get("itemprop") or "").strip() == "dateModified"
        for e in elements
    )


def _day(value: str) -> str | None:
    match = _ISO_DAY.match(value)
    return match.group(0) if match else None
