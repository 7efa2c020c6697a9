"""A web component's button (``<x-button>``) reading one same call to act on every card is a
button like ``<button>``: its words are an action, no data, whatever the phrase."""

from __future__ import annotations

from lxml.html import fromstring

from agents.heuristics.actionslots import is_action
from agents.heuristics.slots import Occurrence, Slot


def _slot(markup: str, records: int = 6) -> Slot:
    elements = [fromstring(f'<div class="car">{markup}</div>')[0] for _ in range(records)]
    per_record = {n: [Occurrence(e, e.text_content())] for n, e in enumerate(elements)}
    return Slot(key=("div.car", elements[0].tag), kind="text", per_record=per_record)


def test_a_web_component_button_reading_one_phrase_is_an_action() -> None:
    assert is_action(_slot('<lot-button class="contact-cta">Check availability</lot-button>'))
    assert is_action(_slot('<md-filled-button class="cta">Request a quote</md-filled-button>'))


def test_a_component_that_is_no_button_is_no_action() -> None:
    assert not is_action(_slot('<lot-badge class="cta">Check availability</lot-badge>'))
    assert not is_action(_slot('<span class="cta">Check availability</span>'))
