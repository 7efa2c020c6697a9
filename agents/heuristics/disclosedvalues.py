"""A disclosure button standing where other records show a value: its text is that value.

A job card shows its one city ("Denver, Colorado") in a span, or, for a job in several places, a
button "Multiple Locations" that unfolds a hidden list of the cities (``aria-controls`` /
``aria-expanded``); a shop card shows "Blue" or a "3 colours" button over its swatches. The button
is no call to act: its words are what the card says in that place, as a person copying the card
writes them. Where the two alternate at one place, never in the same record, and the element
around them shows nothing else (the unfolded list is hidden), that element is read instead, one
field holding the value or the button's words.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from agents.heuristics.dom import HtmlElement, tag_of
from agents.heuristics.slots import Key, Slot
from agents.heuristics.wrapperreads import read_at_wrappers
from pipeline.core.extract import element_text

#: Attributes that make a button unfold something rather than act.
_DISCLOSES = ("aria-controls", "aria-expanded")


def with_disclosed_values(slots: list[Slot]) -> list[Slot]:
    """``slots`` with each value slot and the disclosure button alternating with it at one place
    replaced by one slot reading the element around them."""
    places: dict[Key, list[Slot]] = defaultdict(list)
    for slot in slots:
        if slot.kind == "text" and not slot.many and len(slot.key) >= 2 and not slot.label:
            places[slot.key[:-1]].append(slot)
    replaced: dict[int, Slot | None] = {}
    for members in places.values():
        buttons = [s for s in members if _discloses(s)]
        shown = [s for s in members if not _discloses(s)]
        if len(buttons) != 1 or len(shown) != 1:
            continue
        joined = _joined(shown[0], buttons[0])
        if joined is not None:
            replaced[id(shown[0])], replaced[id(buttons[0])] = joined, None
    kept = [replaced.get(id(s), s) for s in slots]
    return [s for s in kept if s is not None]


def _discloses(slot: Slot) -> bool:
    """Whether every element of ``slot`` is a button unfolding something."""
    elements = [found[0].element for found in slot.per_record.values() if found]
    return bool(elements) and all(_is_disclosure(e) for e in elements)


def _is_disclosure(element: HtmlElement) -> bool:
    is_button = tag_of(element) == "button" or element.get("role") == "button"
    opens_menu = element.get("aria-haspopup") not in (None, "false")  # "Share", "⋯": a menu of actions
    return is_button and not opens_menu and any(element.get(a) is not None for a in _DISCLOSES)


def _joined(value: Slot, button: Slot) -> Slot | None:
    """The wrapper read in the records of both, when they never meet in one record, the value
    varies, and each wrapper shows its one value and nothing else."""
    if set(value.per_record) & set(button.per_record) or len(set(value.first_values())) < 2:
        return None
    both = dict(sorted({**value.per_record, **button.per_record}.items()))
    wrappers: list[HtmlElement] = []
    for found in both.values():
        wrapper = found[0].element.getparent()
        if wrapper is None or element_text(wrapper) != found[0].value or next(wrapper.iter("a"), None) is not None:
            return None  # the wrapper shows more, or unfolds links (a share menu), not a value
        wrappers.append(wrapper)
    return read_at_wrappers(replace(value, per_record=both), wrappers)
