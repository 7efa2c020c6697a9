"""A place with how the work is done in brackets after it: "Berlin, Germany (Remote)".

Job boards (LinkedIn, Indeed, Glassdoor, Workable) print a posting's place and its workplace in one
text: "San Francisco, CA (Hybrid)", "Paris, France (On-site)". Brackets after a name usually qualify
it ("Lyon (69)", "Apple (AAPL)") and are kept whole (``delimited``); here they hold a value of their
own, a few words drawn from a small set that many records share. The bracketed words are read so
where they are workplace words ("Remote", "Hybrid", "Télétravail"), or where the text before them is
a place line (``placelines``) and the same few words come back across the records. Neither part
holds a figure, and the place varies.
"""

from __future__ import annotations

import re

from agents.heuristics.placelines import is_place_line
from agents.heuristics.slotparts import cut_part, is_filled, names_the_record
from agents.heuristics.slots import Slot

#: Where the place ends and the aside begins, and where the aside ends.
OPEN, CLOSE = " (", ")"
#: An aside is a word or two ("On-site", "Home office").
MAX_ASIDE_WORDS = 3
#: How the work is done, as job boards of several languages caption it.
_WORKPLACE = re.compile(
    r"(?:fully\s+|100\s*%\s+)?remote|hybrid|on[-\s]?site|in[-\s]office|office|home\s*office|mobiles?\s+arbeiten"
    r"|remoto|h[ií]brido|presencial|teletrabajo|t[ée]l[ée]travail|hybride|sur\s+site|en\s+pr[ée]sentiel"
    r"|telelavoro|ibrido|in\s+sede|thuiswerken|op\s+locatie|zdalnie|hybrydowo|stacjonarnie",
    re.IGNORECASE,
)


def place_aside_parts(slot: Slot, texts: list[str]) -> list[Slot] | None:
    """The place and the bracketed workplace of each text, or None."""
    if names_the_record(slot) or len(texts) < 2:
        return None
    split = [_split(t) for t in texts]
    if any(s is None for s in split):
        return None
    places, asides = zip(*(s for s in split if s is not None), strict=True)
    if len(set(places)) < 2 or not _are_asides(list(places), list(asides)):
        return None
    place = cut_part(slot, before=OPEN, name="location")
    aside = cut_part(slot, after=OPEN, before=CLOSE, name="workplace")
    return [place, aside] if is_filled(place) and is_filled(aside) else None


def _split(text: str) -> tuple[str, str] | None:
    """ "Berlin, Germany (Remote)" → ("Berlin, Germany", "Remote"): one pair of brackets, at the end."""
    text = text.strip()
    if text.count(OPEN) != 1 or text.count("(") != 1 or text.count(CLOSE) != 1 or not text.endswith(CLOSE):
        return None
    place, aside = text[: -len(CLOSE)].split(OPEN)
    if not place.strip() or any(c.isdigit() for c in place + aside):
        return None
    if not 0 < len(aside.split()) <= MAX_ASIDE_WORDS:
        return None
    return place.strip(), aside.strip()


def _are_asides(places: list[str], asides: list[str]) -> bool:
    """Workplace words, or a few words shared across the records after a place line."""
    if all(_WORKPLACE.fullmatch(a) for a in asides):
        return True
    return is_place_line(places) and len(set(asides)) < len(asides) / 2
