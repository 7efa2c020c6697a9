"""Which stage of the list-field pipeline dropped a slot: an optional recorder, for benches and tests.

The Scout's list fields come from slots (``templateslots``) narrowed by a chain of filters
(``fields.propose_fields``) and then by the spec's own checks (``assemble``). Under ``recording()``
each narrowing step reports the slots (or fields) it left out, by stage name, so a bench can say
where a value the Scout could see was lost. Without a recorder every report is one ``None`` check:
nothing is kept and no decision changes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

from agents.heuristics.dom import HtmlElement
from agents.heuristics.slots import Slot
from pipeline.core.schemas import FieldSpec


class Drafted(Protocol):
    """A field draft: the slot it reads and its spec (``fieldnames.FieldDraft``)."""

    @property
    def slot(self) -> Slot: ...
    @property
    def spec(self) -> FieldSpec: ...


T = TypeVar("T")
D = TypeVar("D", bound=Drafted)
#: A stage's name, or a function naming the stage per dropped slot (``usefulslots.useless_reason``).
Stage = str | Callable[[Slot], str]


@dataclass
class Drop:
    """One slot a stage left out; ``step`` orders the drops of one run."""

    stage: str
    slot: Slot
    step: int


@dataclass
class Run:
    """One ``propose_fields`` call: its sampled records, every slot seen, the drops and what was kept."""

    records: list[HtmlElement]
    seen: list[Slot] = field(default_factory=list)
    drops: list[Drop] = field(default_factory=list)
    #: The slots that became fields, with the field's name.
    kept: list[tuple[Slot, str]] = field(default_factory=list)

    def see(self, slots: Iterable[Slot]) -> None:
        known = {id(s) for s in self.seen}
        self.seen.extend(s for s in slots if id(s) not in known)


@dataclass
class DropRecorder:
    """What the stages reported: one ``Run`` per slot pipeline, and the fields dropped after it by name."""

    runs: list[Run] = field(default_factory=list)
    #: (stage, field name) for fields left out of a spec after the slot pipeline.
    field_drops: list[tuple[str, str]] = field(default_factory=list)


_RECORDER: ContextVar[DropRecorder | None] = ContextVar("drop_recorder", default=None)


@contextmanager
def recording() -> Iterator[DropRecorder]:
    """Record every drop made inside the block."""
    recorder = DropRecorder()
    token = _RECORDER.set(recorder)
    try:
        yield recorder
    finally:
        _RECORDER.reset(token)


def _run() -> Run | None:
    recorder = _RECORDER.get()
    return recorder.runs[-1] if recorder is not None and recorder.runs else None


def begin(records: Sequence[HtmlElement], slots: list[Slot]) -> list[Slot]:
    """Open a run over ``records`` whose slots were found as ``slots`` (returned as they are)."""
    recorder = _RECORDER.get()
    if recorder is not None:
        run = Run(list(records))
        run.see(slots)
        recorder.runs.append(run)
    return slots


def _slot(item: Any) -> Slot:
    return item if isinstance(item, Slot) else item.slot  # a FieldDraft reads its slot


def narrowed(stage: Stage, before: Sequence[Any], after: list[T]) -> list[T]:
    """``after``, the list a stage made of ``before`` (slots or drafts); the slots it left out are
    recorded under ``stage``, and the new ones it made (a join, a split) are seen."""
    run = _run()
    if run is None:
        return after
    kept = {id(_slot(x)) for x in after}
    for item in before:
        slot = _slot(item)
        if id(slot) not in kept:
            name = stage if isinstance(stage, str) else stage(slot)
            run.drops.append(Drop(name, slot, len(run.drops)))
    run.see(_slot(x) for x in after)
    return after


def staged(slots: list[Slot], *steps: tuple[str, Callable[[list[Slot]], list[Slot]]]) -> list[Slot]:
    """``slots`` through each step in turn, each step's drops recorded under its name."""
    for name, step in steps:
        slots = narrowed(name, slots, step(slots))
    return slots


def kept(drafts: list[D]) -> list[D]:
    """``drafts``, the (slot, spec) pairs the slot pipeline made fields of, recorded as kept."""
    run = _run()
    if run is not None:
        run.kept = [(d.slot, d.spec.name) for d in drafts]
    return drafts


def fields_narrowed(stage: str, before: Iterable[Any], after: Iterable[Any]) -> None:
    """Fields (anything with a ``name``) in ``before`` and not in ``after`` were dropped by ``stage``."""
    recorder = _RECORDER.get()
    if recorder is None:
        return
    names = {f.name for f in after}
    recorder.field_drops.extend((stage, f.name) for f in before if f.name not in names)
