"""Name a value by what it is when nothing around it names it: a rank, a year, a quote, a version."""

from __future__ import annotations

import re
from collections.abc import Mapping
from itertools import pairwise

from agents.heuristics import values
from agents.heuristics.slots import Slot
from pipeline.core.numbertext import parse_number
from pipeline.core.schemas import FieldType

#: Years of a film, a book, a building: four digits, maybe in brackets ("(1994)").
_YEAR = re.compile(r"^\(?(?:1[6-9]|20)\d\d\)?$")
#: A text wholly inside quotation marks: someone's words.
_QUOTED = re.compile(r"^[“\"«„‘'].{8,}[”\"»“’']$", re.DOTALL)
#: A release number: three parts, maybe a pre-release tag ("4.1.0", "v2.0.0-rc.1"); not an address.
_VERSION = re.compile(r"^v?\d+\.\d+\.\d+(?:[-+][\w.]+)?$")
#: Fewer records than this in a row do not make a ranking.
MIN_RANKED_RECORDS = 3
#: Unnamed text this long on average is prose: a summary or a description, not a label.
MIN_DESCRIPTION_CHARS = 60


def version_name(texts: list[str], label: str | None) -> str | None:
    """ "4.1.0", "v2.30.1-beta": release numbers, as package registries, release pages and app
    stores show them, whatever class ("dark-gray") they are set in. "1.11.13" alone may be a
    date; a column of them is not when some cannot be ("4.1.0")."""
    bare = [t[len(label) :].strip() if label and t.lower().startswith(label.lower()) else t for t in texts]
    versions = bare and all(_VERSION.match(t) for t in bare) and not all(values.is_date(t) for t in bare)
    return "version" if versions else None


def name_from_kind(guessed: FieldType, slot: Slot) -> str:
    """The last resort: what the value is (a price, a date, a rank, a year), or "description"
    for prose."""
    texts = slot.first_values()
    if guessed not in ("text", "number"):
        return guessed
    if guessed == "number" and _is_rank(slot):
        return "rank"
    if guessed == "number" and all(_YEAR.match(t) for t in texts):
        return "year"
    if guessed == "text" and all(_QUOTED.match(t) for t in texts):
        return "quote"  # “It is better to be hated for what you are…”: words quoted whole
    if guessed == "number":
        return "number"  # a count nothing names is still a number, not "text"
    average = sum(len(t) for t in texts) / max(1, len(texts))
    return "description" if average >= MIN_DESCRIPTION_CHARS else "text"


def _is_rank(slot: Slot) -> bool:
    """1., 2., 3.… down the page (``is_ranking``)."""
    return is_ranking({number: parse_number(occ[0].value) for number, occ in slot.per_record.items() if occ})


def is_ranking(ranks: Mapping[int, float | None]) -> bool:
    """Whether the numbers of records (record number -> number) rank them: each is its record's
    place plus one offset, down the page; or it counts again from 1 where a new section starts,
    as Product Hunt's Today (1–10) and Yesterday (1–5) or a chart per category do. Each run holds
    two records or more and one at least ``MIN_RANKED_RECORDS``, so the same number everywhere
    ("1. Bundesliga") is no ranking."""
    known = {place: rank for place, rank in ranks.items() if rank is not None}
    if len(ranks) < MIN_RANKED_RECORDS or len(known) < len(ranks):
        return False
    runs = [1]
    for (place, rank), (next_place, next_rank) in pairwise(sorted(known.items())):
        if next_rank - rank == next_place - place:
            runs[-1] += 1
        elif next_rank == 1:
            runs.append(1)
        else:
            return False
    return min(runs) >= 2 and max(runs) >= MIN_RANKED_RECORDS
