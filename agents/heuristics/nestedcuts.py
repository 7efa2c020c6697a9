"""A fact of a line that is itself two values, cut again and read out of the whole line.

A line of facts may hold a fact of two values: "4.6 (1,203) · $$ · Italian restaurant" (Google
Maps), "★ 4.6 (1,203 reviews) · $$ · Italian" (Yelp), "Hardcover · 352 pages · Penguin, 2019". Each
fact is offered to the splits of one text as if it were the whole text; a part they find is kept
only where one cut of the engine's (``FieldSpec.text_after`` past ``text_after_skip`` of them, then
``text_before``, or both read from the end) reads exactly that part out of the whole line on every
record; the fact stays whole beside them where one of its values has no such cut, so that no record
gets a value the Scout did not see and none is lost.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace

from agents.heuristics.slots import Slot
from pipeline.core.textparts import text_part

#: One split of a text into its values (``compound``'s kind).
Split = Callable[[Slot, list[str]], list[Slot] | None]
#: Occurrences of a cut's literal passed over at most (``FieldSpec.text_after_skip`` ≤ 8).
MAX_SKIP = 8
#: One cut of the whole text: after, how many of it to pass over, before, read from the end.
Cut = tuple[str | None, int, str | None, bool]


def recut(slot: Slot, parts: list[Slot], splits: Sequence[Split]) -> list[Slot]:
    """``parts`` of ``slot``'s line, each fact of two values replaced by its values (see above)."""
    out: list[Slot] = []
    for part in parts:
        out.extend(_values_of(slot, part, splits) or [part])
    return out


def _values_of(slot: Slot, part: Slot, splits: Sequence[Split]) -> list[Slot] | None:
    """The values of one fact, each cut out of the whole line, or None where a split finds none
    or the engine could not read one of them."""
    if part.text_from_end or part.strip_label:
        return None  # a fact read from the end or less a caption: its values are not the line's
    texts = part.first_values()
    for split in splits:
        values = split(part, texts)
        if not values:
            continue
        placed = [found for value in values if (found := _placed(slot, part, value)) is not None]
        if not placed:
            return None
        # "Movement Ecology, 2014" after authors holding a varying number of commas: the venue is
        # read, the year not; the fact stays whole beside its venue, so that the year is not lost.
        return placed if len(placed) == len(values) else [*placed, part]
    return None


def _placed(slot: Slot, part: Slot, value: Slot) -> Slot | None:
    """``value`` (cut out of ``part``) with the cut that reads it out of the whole text, if any."""
    for after, skip, before, from_end in _cuts(part, value):
        if _reads(slot, value, after, before, skip=skip, from_end=from_end):
            return replace(value, text_after=after, text_before=before, text_after_skip=skip, text_from_end=from_end)
    return None


def _cuts(part: Slot, value: Slot) -> Iterator[Cut]:
    """Cuts of the whole text that may read ``value``: the fact's own start where the value opens
    the fact, else the value's own literal past some of its occurrences earlier in the line."""
    before = value.text_before if value.text_before is not None else part.text_before
    if value.text_after is None:
        yield part.text_after, part.text_after_skip, before, False
        return
    if value.text_from_end:
        yield value.text_after, 0, value.text_before, True
    for skip in range(MAX_SKIP + 1):
        yield value.text_after, skip, before, False


def _reads(slot: Slot, value: Slot, after: str | None, before: str | None, *, skip: int, from_end: bool) -> bool:
    """Whether the cut reads ``value``'s text out of every record's whole text (nothing where the
    value left a record out)."""
    for number, found in slot.per_record.items():
        held = [o.value for o in value.per_record.get(number, []) if o.value]
        read = [text_part(o.value, after, before, from_end=from_end, skip=skip) for o in found]
        if [r for r in read if r] != held:
            return False
    return True
