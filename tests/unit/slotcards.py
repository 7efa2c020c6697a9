"""Cards as a list page holds them, and what the Scout's slot rules keep of them."""

from __future__ import annotations

from lxml import html

from agents.heuristics.slots import Slot
from agents.heuristics.templateslots import collect_slots
from agents.heuristics.usefulslots import is_useful


def useful_slots(cards: list[str]) -> list[tuple[Slot, bool]]:
    """The slots of ``cards`` (each the inside of an ``li.card``), each with whether it is kept."""
    root = html.fromstring(f"<ul>{''.join(f'<li class=card>{c}</li>' for c in cards)}</ul>")
    records = list(root.iterchildren("li"))
    return [(s, is_useful(s, len(records))) for s in collect_slots(records)]


def kept(cards: list[str], value: str, kind: str = "text") -> bool:
    """Whether the first ``kind`` slot holding ``value`` is kept; fails when no slot holds it."""
    found = [useful for slot, useful in useful_slots(cards) if slot.kind == kind and value in slot.first_values()]
    assert found, f"no {kind} slot holds {value!r}"
    return found[0]
