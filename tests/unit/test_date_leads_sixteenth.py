"""A date after the same few words in every record ("Prochain RDV le 12 mars") is read as a
date, the words stripped as its caption."""

from __future__ import annotations

from lxml import html

from agents.heuristics.dateleads import with_date_leads
from agents.heuristics.slots import Slot
from agents.heuristics.templateslots import collect_slots


def _slot(texts: list[str]) -> Slot:
    cards = "".join(f'<li><h2>Dr {i}</h2><button class="next">{t}</button></li>' for i, t in enumerate(texts))
    records = list(html.fromstring(f"<ul>{cards}</ul>").iterchildren("li"))
    slots = with_date_leads(collect_slots(records))
    return next(s for s in slots if "button" in s.key[-1])


def test_a_fixed_lead_before_dates_is_stripped() -> None:
    slot = _slot(["Prochain RDV le 12 mars", "Prochain RDV le 18 mars", "Prochain RDV le 3 avril"])
    assert slot.strip_label == "Prochain RDV le"
    assert slot.first_values() == ["12 mars", "18 mars", "3 avril"]


def test_numbered_names_keep_their_words() -> None:
    slot = _slot(["Room 12", "Room 14", "Room 3"])
    assert slot.strip_label is None
    assert slot.first_values() == ["Room 12", "Room 14", "Room 3"]
