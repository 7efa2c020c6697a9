"""The slots of a record template: a place that holds text, a link, an image or a date, and the
values each sampled record holds there (``templateslots`` collects them)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from agents.heuristics.dom import HtmlElement
from agents.heuristics.slotsteps import Step

Key = tuple[Step, ...]


@dataclass
class Occurrence:
    """One value of one slot in one record."""

    element: HtmlElement
    value: str


@dataclass
class Slot:
    """A place in the record template, with what each sampled record holds there."""

    key: Key
    kind: str  # text | tail | href | src | alt | datetime | content | class | title
    attribute: str | None = None
    label: str | None = None
    strip_label: str | None = None
    #: One value of a text holding two (``compound``): the part after / before these literals.
    text_after: str | None = None
    text_before: str | None = None
    #: The cuts read from the text's end (``FieldSpec.text_from_end``): "Name, after Name, 1617".
    text_from_end: bool = False
    #: Occurrences of ``text_after`` passed over first (``FieldSpec.text_after_skip``).
    text_after_skip: int = 0
    #: The name the part's place in the text gives it ("rank" before "1. Title"), if any.
    part_name: str | None = None
    many: bool = False
    #: CSS naming the records of one template variant the slot is read in (``cardvariants``):
    #: ``article.card.card--large``, ``article.card:not(.card--large)``; its selectors start with it.
    scope: str | None = None
    #: The slots of one place each that this list joins (``flagslots``): its selector may be theirs, united.
    parts: list[Slot] = field(default_factory=list)
    order: int = 0
    per_record: dict[int, list[Occurrence]] = field(default_factory=dict)

    def first_values(self) -> list[str]:
        return [occ[0].value for occ in self.per_record.values() if occ]

    def coverage(self, records: int) -> float:
        return len(self.per_record) / records if records else 0.0

    def sample_element(self) -> HtmlElement:
        return next(iter(self.per_record.values()))[0].element


def with_groups_joined(
    slots: list[Slot], groups: Iterable[list[Slot]], join: Callable[[list[Slot]], Slot | None]
) -> list[Slot]:
    """``slots`` with each group that ``join`` makes one slot replaced by it, in its first member's place."""
    merged: dict[int, Slot | None] = {}
    for members in groups:
        joined = join(members)
        if joined is not None:
            merged.update({id(m): None for m in members})
            merged[id(members[0])] = joined
    kept: list[Slot] = []
    for slot in slots:
        if id(slot) not in merged:
            kept.append(slot)
        elif (joined := merged[id(slot)]) is not None:
            kept.append(joined)
    return kept
