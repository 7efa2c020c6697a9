"""The unit word after a number ("12 km", "18.4k views"), and whether a column's unit words count different things.

``valuetypes`` types a column as a number only when its numbers share one unit.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import takewhile

from agents.heuristics import values
from pipeline.core.numbertext import parse_number

_TRAILING_WORD = re.compile(r"\d[\d.,]*\s*([^\d\s%.,:]+)[.:]?$")


def _singular(unit: str) -> str:
    """ "comments" and "comment", "replies" and "reply": one unit, whatever the count before it."""
    return re.sub(r"s$", "", re.sub(r"ies$", "y", unit.lower()))


#: Letters two inflected forms of one unit word share at least ("godziny" and "godzin", "Kommentar"
#: and "Kommentare"); shorter words must be one the start of the other.
STEM_CHARS = 4


def _stem_of(word: str, stems: list[str]) -> str | None:
    """The stem among ``stems`` that ``word`` inflects, if any."""
    for stem in stems:
        shared = sum(1 for _ in takewhile(lambda pair: pair[0] == pair[1], zip(stem, word, strict=False)))
        if shared >= min(STEM_CHARS, len(stem), len(word)):
            return stem
    return None


def unit_words_apart(counted: list[tuple[str, str]]) -> bool:
    """Two unit words of different stems, each after two numbers or more ("24 godziny", "48 godzin"
    beside "3 dni", "7 dni"; "2 hours" beside "3 days"): the numbers count different things, and
    the number alone would make "3" days read as fewer than "24" hours. Forms of one word
    ("1 Kommentar", "3 Kommentare") are one unit; a single odd word is let pass, and so is a word
    found only after 1 (``counted`` pairs each text with its unit word): the singular of an
    irregular plural ("1 person" beside "8 people", "1 rok" beside "5 lat")."""
    stems: list[str] = []
    counts: Counter[str] = Counter()
    plural: set[str] = set()
    for text, word in counted:
        stem = _stem_of(word, stems)
        if stem is None:
            stems.append(stem := word)
        counts[stem] += 1
        if parse_number(text) != 1:
            plural.add(stem)
    return sum(1 for stem, n in counts.items() if n >= 2 and stem in plural) >= 2


def unit_word(text: str) -> str:
    """The unit word after a number, singular: "views" after "412" and after "18.4k" alike, since
    a count rounded for display ("18.4k views") is the same count as the exact ones beside it."""
    compact = values.COMPACT_NUMBER.match(text.strip())
    if compact is not None:
        rest = text.strip()[compact.end() :].strip().rstrip(".:")
        return _singular(rest) if rest and " " not in rest else ""
    return _singular(m.group(1)) if (m := _TRAILING_WORD.search(text)) else ""
