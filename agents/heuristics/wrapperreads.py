"""A slot read as the element around it: the step rules that widen a slot to its wrapper share.

A value is sometimes read whole from the element around the one a slot found: the wrapper of a
tail after a caption only screen readers hear (``hiddencaptions``), the line a bold lead word opens
(``leadwords``). Each rule says which wrapper; here the slot moves up one level to read it, and
each place keeps one text slot.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from agents.heuristics.dom import HtmlElement
from agents.heuristics.slots import Occurrence, Slot
from pipeline.core.extract import element_text


def wrapper_reads(slots: list[Slot], rewrite: Callable[[Slot], Slot | None]) -> dict[int, Slot]:
    """What ``rewrite`` turns slots of ``slots`` into, by the id of the slot replaced, where no text
    slot is at the new key yet (the first slot rewritten to a key takes it)."""
    taken = {s.key for s in slots if s.kind == "text"}
    found: dict[int, Slot] = {}
    for slot in slots:
        rewritten = rewrite(slot)
        if rewritten is not None and rewritten.key not in taken:
            taken.add(rewritten.key)
            found[id(slot)] = rewritten
    return found


def read_at_wrappers(slot: Slot, wrappers: Sequence[HtmlElement]) -> Slot:
    """``slot`` one level up, a text slot reading whole the wrapper of each of its records
    (``wrappers``, in the order of ``slot.per_record``)."""
    per_record = {
        number: [Occurrence(wrapper, element_text(wrapper))]
        for number, wrapper in zip(slot.per_record, wrappers, strict=True)
    }
    return replace(slot, key=slot.key[:-1], kind="text", per_record=per_record)
