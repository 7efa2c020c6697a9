"""A word with an optional code after a mark: "Krimi | S47 E3" beside "Krimi" alone.

Listings print a category with a detail some records lack: a genre and the episode ("Krimi |
S3 E4"), a type and a year ("Doku | D 2024"), a section and a count. ``compound`` cuts a text
only where every record holds the same shape; here the mark is missing where the detail is.
The line is still two values when the part before the mark is a word or two without digits in
every record and the part after it holds a digit in nearly all that have one: the first part is
read up to the mark (the whole text where there is none), the second after it (nothing where
there is none).
"""

from __future__ import annotations

import re

from agents.heuristics.partkinds import KIND_NAMES, KIND_SHARE, kind_of
from agents.heuristics.slotparts import cut_part, names_the_record, without_empty
from agents.heuristics.slots import Slot

#: Marks that never occur inside a value (a hyphen or a slash may: "Spider-Man", "1/2").
TAIL_MARKS = (" | ", " · ", " • ", " — ", " – ")
#: The first part is a category: a word or two ("Krimi", "Science Fiction").
MAX_HEAD_WORDS = 3
#: Records that must show the second part before it counts as one.
MIN_TAILED = 2
#: A detail line is short; a longer text with a dash is a sentence.
MAX_LINE_CHARS = 60
#: "S3 E4", "S03E04", "St. 3 F. 4", "Season 3, Episode 4": a series episode's code.
EPISODE_CODE = re.compile(
    r"^(?:S\s?\d{1,3}\s?[|/·,]?\s?E\s?\d{1,4}|St\.?\s?\d{1,3},?\s?F(?:olge|\.)?\s?\d{1,4}|"
    r"Season \d{1,3},? Episode \d{1,4}|Staffel \d{1,3},? Folge \d{1,4})$",
    re.IGNORECASE,
)


def head_and_tail(slot: Slot, texts: list[str]) -> list[Slot] | None:
    """The category and the optional detail after it, or None when the texts are no such line."""
    if names_the_record(slot) or any(len(t) > MAX_LINE_CHARS for t in texts):
        return None
    for mark in TAIL_MARKS:
        if any(t.count(mark) > 1 for t in texts):
            continue
        tails = [t.split(mark, 1)[1].strip() for t in texts if mark in t]
        if not MIN_TAILED <= len(tails) < len(texts):
            continue  # in every text: a line of fixed shape, which ``compound`` cuts by kinds
        heads = [t.split(mark, 1)[0].strip() for t in texts]
        if not all(_is_category(h) for h in heads) or not _are_details(tails):
            return None
        literal = mark.strip()
        head = cut_part(slot, before=literal)
        tail = without_empty(cut_part(slot, after=literal, name=_detail_name(tails)))
        return [head, tail]
    return None


def is_episode_code(text: str) -> bool:
    """Whether ``text`` is a series episode's code ("S3 E4", "Staffel 2, Folge 5")."""
    return bool(EPISODE_CODE.match(text.strip()))


def _is_category(text: str) -> bool:
    return bool(text) and len(text.split()) <= MAX_HEAD_WORDS and not any(c.isdigit() for c in text)


def _are_details(tails: list[str]) -> bool:
    """A digit in nearly every detail: a code, a year, a count; words after a mark are a phrase."""
    return sum(any(c.isdigit() for c in t) for t in tails) >= KIND_SHARE * len(tails)


def _detail_name(tails: list[str]) -> str | None:
    if sum(is_episode_code(t) for t in tails) >= KIND_SHARE * len(tails):
        return "episode"
    return KIND_NAMES.get(kind_of(tails))
