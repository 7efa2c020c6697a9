"""A date column written plainly in some records and relatively in others, its full date then in a
child element's attribute.

Forum and tracker software prints an old post's date as text ("03-12-2025, 11:05 PM") and a
recent one relatively, the exact date kept in a tooltip or a ``datetime``: ``<span title="03-14-2025">
Yesterday</span>, 07:42 PM``. The plain text and the child's attribute are two slots that never
meet in one record; neither alone is right on every record, so neither gets a selector, and the
column a person writes down ("last post") is lost. Read together, the element's own text where it
writes the date and the child's attribute where it does not, they are one date field: a union of
``child::attr(title)`` and ``element::text`` read as text, the attribute first in document order.
"""

from __future__ import annotations

from dataclasses import replace

from parsel import Selector

from agents.heuristics import values
from agents.heuristics.dom import HtmlElement
from agents.heuristics.fieldcandidates import candidates
from agents.heuristics.fieldcss import MIN_AGREEMENT, VERIFY_SAMPLE, agreement
from agents.heuristics.fullvalues import is_full_date
from agents.heuristics.slots import Slot

#: Candidates of each half combined into ``a, b`` unions: the best few, as each costs a check.
UNION_CANDIDATES = 6


def joined_tooltip_dates(slots: list[Slot], records: list[Selector]) -> tuple[list[Slot], dict[int, str]]:
    """``slots`` with each plain date text and the dated attribute of a child of the same element
    in the other records joined into one slot, and the union selector reading it (by slot id)."""
    chosen: dict[int, str] = {}
    for plain in [s for s in slots if _plain_dates(s)]:
        for dated in [s for s in slots if _dated_child(s, plain)]:
            joined = replace(plain, per_record={**plain.per_record, **dated.per_record})
            css = _union(records, joined, plain, dated)
            if css is None:
                continue
            slots = [joined if s is plain else s for s in slots if s is not dated]
            chosen[id(joined)] = css
            break
    return slots, chosen


def _plain_dates(slot: Slot) -> bool:
    """A text slot whose every value is a full date, none relative to the visit."""
    texts = slot.first_values()
    return (
        slot.kind == "text"
        and not slot.many
        and bool(texts)
        and all(is_full_date(t) and not values.is_relative_date(t) for t in texts)
    )


def _dated_child(slot: Slot, plain: Slot) -> bool:
    """A full date read from an attribute of an element inside one like ``plain``'s, in records
    where ``plain`` has no value."""
    if slot.kind not in ("tooltip", "datetime") or not slot.attribute or slot.many:
        return False
    if set(slot.per_record) & set(plain.per_record) or not all(is_full_date(t) for t in slot.first_values()):
        return False
    mark = _mark(plain.sample_element())
    return all(
        (parent := o.element.getparent()) is not None and _mark(parent) == mark
        for occurrences in slot.per_record.values()
        for o in occurrences
    )


def _mark(element: HtmlElement) -> tuple[str, str]:
    return str(element.tag), element.get("class") or ""


def _union(records: list[Selector], joined: Slot, plain: Slot, dated: Slot) -> str | None:
    """``child::attr(a), element::text`` right on (nearly) every sample record, if any."""
    sample = [r.root for r in records[:VERIFY_SAMPLE]]
    firsts = []
    for slot, suffix in ((dated, f"::attr({dated.attribute})"), (plain, "::text")):
        number, occurrences = next((n, o) for n, o in sorted(slot.per_record.items()) if o)
        found = candidates(records[number].root, occurrences[0].element, sample)[:UNION_CANDIDATES]
        firsts.append([f"{css}{suffix}" for css in found if css])
    for attribute in firsts[0]:
        for text in firsts[1]:
            css = f"{attribute}, {text}"
            if agreement(records, joined, css) >= MIN_AGREEMENT:
                return css
    return None
