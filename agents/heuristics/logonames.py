"""A logo's alt text read as the name it shows: "Forbright Bank logo" -> "Forbright Bank".

Cards of banks, employers, airlines or shops often write the company's name only in its logo's
alt text ("Acme logo", "Logo Acme", "Acme-Logo", "Logo von Acme", "Logo de Acme"). The word
"logo" says what the picture is, not whom it names: the field keeps the name and cuts the word
(``text_before`` / ``strip_label``, which the engine applies to the attribute it reads).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from agents.heuristics.slots import Occurrence, Slot
from pipeline.core.textparts import text_part

#: "Acme logo", "Acme Logo", "Acme-Logo": the name, then the word after a space or a hyphen.
_NAME_THEN_LOGO = re.compile(r"^(?P<name>\S.*?\S)(?P<mark>\s+logo|\s*-\s*logo)$", re.IGNORECASE)
#: "Logo Acme", "Logo: Acme", "Logo of Acme", "Logo von Acme", "Logo de Acme": the word first.
_LOGO_THEN_NAME = re.compile(
    r"^(?P<mark>logo(?:\s+(?:of|for|von|der|des|de|du|di|del|van|dla))?)[\s:–—-]+(?P<name>\S.*)$", re.IGNORECASE
)


def logo_names(slots: list[Slot]) -> list[Slot]:
    """``slots`` with each logo alt slot reading the names its logos show."""
    return [_named(s) if s.kind == "alt" and not (s.text_before or s.strip_label) else s for s in slots]


def _named(slot: Slot) -> Slot:
    """The slot cut to the name, when every value of it is a logo's alt text of one form."""
    values = [o.value.strip() for found in slot.per_record.values() for o in found]
    if not values:
        return slot
    if all(_NAME_THEN_LOGO.match(v) for v in values):
        marks = {_mark(_NAME_THEN_LOGO, v) for v in values}
        if len(marks) == 1:
            before = marks.pop()
            return replace(_cut(slot, lambda v: text_part(v, None, before)), text_before=before)
    if all(_LOGO_THEN_NAME.match(v) for v in values):
        marks = {_mark(_LOGO_THEN_NAME, v) for v in values}
        if len(marks) == 1:
            label = marks.pop()
            return replace(_cut(slot, lambda v: _without_prefix(v, label)), strip_label=label)
    return slot


def _mark(pattern: re.Pattern[str], value: str) -> str:
    """The words marking the logo, spaced and cased alike ("-logo", " logo", "logo von")."""
    match = pattern.match(value)
    mark = match.group("mark") if match else ""
    if mark.strip().startswith("-"):
        return "-logo"
    return (" " if mark[:1].isspace() else "") + " ".join(mark.lower().split())


def _without_prefix(value: str, label: str) -> str:
    """What the engine's ``strip_label`` leaves of ``value``."""
    return value[len(label) :].lstrip(" :\u00a0-–—").strip()


def _cut(slot: Slot, cut: Callable[[str], str]) -> Slot:
    per_record = {
        n: [Occurrence(o.element, cut(o.value.strip())) for o in found] for n, found in slot.per_record.items()
    }
    return replace(slot, per_record=per_record)
