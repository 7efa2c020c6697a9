"""A line of facts at fixed places, one repeated mark between them, cut into one part per place.

Job boards, car and home listings, shops and registries print a record's facts on one line:
"Berlin, Germany · Full-time · Remote" (Greenhouse, Lever), "2019 · 84,000 km · Diesel · Manual"
(AutoScout24, leboncoin), "Broché · 352 pages · Gallimard" (Fnac), "東京都渋谷区｜正社員｜リモート可"
(doda). Every record holds the same number of marks, and each place holds one fact, so the n-th
part is cut after the n-th mark (``FieldSpec.text_after_skip``). A list of like words ("Action ·
Comedy · Drama") is no line of facts: its words move from place to place, so the places must
share no value; and a line of two parts is left to the splits that know their kinds (``compound``).
A line of facts sits beside the record's name: the text that names the record ("Apple · iPhone 15 ·
128 GB" in a ``div.name``, or the first text that differs on every card where nothing else names it)
is the name, kept whole (``line_name``).
"""

from __future__ import annotations

from agents.heuristics.mainfields import main_title
from agents.heuristics.metalines import DOT_MARKS
from agents.heuristics.partkinds import KIND_NAMES, kind_of
from agents.heuristics.slotparts import cut_part, is_filled, names_the_record
from agents.heuristics.slots import Slot
from agents.heuristics.unitparts import measure_name

#: Marks between the facts, spaced (or full-width, which Japanese and Chinese write unspaced) so
#: that "Jean-Paul", "4/5" and "ジョン・スミス" hold none.
FACT_MARKS = (*DOT_MARKS, " | ", " / ", "｜", "／")
#: Marks kept whole in the spec, as their stripped glyph also occurs inside values ("1/2").
_INNER_MARKS = frozenset({" / "})
#: A line of facts is short; a longer text is prose or a list.
MAX_LINE_CHARS = 90
#: Places a line needs to be read here (two are left to ``compound``'s kind-aware splits).
MIN_PLACES = 3
#: Places the engine's cuts are given at most (``FieldSpec.text_after_skip`` ≤ 8).
MAX_PLACES = 8


def fact_line_parts(slot: Slot, texts: list[str]) -> list[Slot] | None:
    """One slot per place of a line of facts, or None when ``texts`` are not such lines."""
    if any(len(t) > MAX_LINE_CHARS for t in texts) or names_the_record(slot):
        return None
    mark = _shared_mark(texts)
    if mark is None:
        return None
    columns = [[p.strip() for p in column] for column in zip(*(t.split(mark) for t in texts), strict=True)]
    if any(not all(column) for column in columns) or not _apart(columns):
        return None
    literal = _literal(mark, texts)
    last = len(columns) - 1
    parts = [
        cut_part(
            slot,
            after=literal if place else None,
            before=literal if place < last else None,
            skip=max(place - 1, 0),
            name=measure_name(column) or KIND_NAMES.get(kind_of(column)),
        )
        for place, column in enumerate(columns)
    ]
    return parts if all(is_filled(p) for p in parts) else None


def line_name(slots: list[Slot]) -> Slot | None:
    """The slot naming the record (``mainfields.main_title``), else its first text that differs on
    every record; None where none does."""
    title = main_title(slots)
    if title is not None:
        return title
    texts = [s for s in slots if s.kind == "text" and not s.many]
    unique = [s for s in texts if len(set(shown := s.first_values())) == len(shown) > 1]
    return min(unique, key=lambda s: s.order, default=None)


def _shared_mark(texts: list[str]) -> str | None:
    """The one mark every text holds as often, two to seven times, beside no other mark."""
    held = [m for m in FACT_MARKS if any(m in t for t in texts)]
    if len(held) != 1:
        return None
    mark = held[0]
    counts = {t.count(mark) for t in texts}
    if len(counts) != 1 or not MIN_PLACES - 1 <= counts.pop() <= MAX_PLACES - 1:
        return None
    return mark


def _apart(columns: list[list[str]]) -> bool:
    """No value at two places: facts of different kinds, not a list of like words; and at least one
    place repeats a value, or the places differ in kind or in holding figures (not free words everywhere)."""
    seen: dict[str, int] = {}
    for place, column in enumerate(columns):
        for value in column:
            if seen.setdefault(value.casefold(), place) != place:
                return False
    repeated = any(len(set(column)) < len(column) for column in columns)
    figured = {all(any(c.isdigit() for c in value) for value in column) for column in columns}
    return repeated or len(figured) > 1 or len({kind_of(column) for column in columns}) > 1


def _literal(mark: str, texts: list[str]) -> str:
    """The mark as the spec stores it: its glyph alone where only the marks hold it, so that a
    missing space on the next page does not lose the cut; spaced where values may hold it too."""
    glyph = mark.strip()
    if mark in _INNER_MARKS or any(t.count(glyph) != t.count(mark) for t in texts):
        return mark
    return glyph
