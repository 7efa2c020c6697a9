"""A slot widened to its wrapper reads the wrapper whole, one level up, and each place keeps one text slot."""

from __future__ import annotations

from dataclasses import replace

from lxml import html

from agents.heuristics.slots import Occurrence, Slot
from agents.heuristics.wrapperreads import read_at_wrappers, wrapper_reads

CARDS = [html.fromstring(f'<p class="status"><b>Open</b> until {hour}:00</p>') for hour in (20, 22)]


def _lead_slot(key: tuple[str, ...]) -> Slot:
    per_record = {n: [Occurrence(card[0], "Open")] for n, card in enumerate(CARDS)}
    return Slot(key=key, kind="tail", per_record=per_record)


def test_a_slot_read_at_its_wrappers_is_a_text_slot_one_level_up() -> None:
    lead = _lead_slot(("p.status", "b"))
    line = read_at_wrappers(lead, CARDS)
    assert (line.key, line.kind) == (("p.status",), "text")
    assert line.first_values() == ["Open until 20:00", "Open until 22:00"]
    assert [occ[0].element for occ in line.per_record.values()] == CARDS


def test_a_place_a_text_slot_holds_is_not_taken_and_the_first_rewrite_wins() -> None:
    held = Slot(key=("p.status",), kind="text")
    first, second, third = _lead_slot(("div", "b")), _lead_slot(("div", "i")), _lead_slot(("p.status", "b"))

    def up(slot: Slot) -> Slot | None:
        return None if slot is held else replace(slot, key=slot.key[:-1], kind="text")

    rewritten = wrapper_reads([held, first, second, third], up)
    assert list(rewritten) == [id(first)]
    assert rewritten[id(first)].key == ("div",)
