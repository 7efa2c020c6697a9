"""The parts of a source line, cut by their place: "A Smith, B Jones… - Journal of X, 2014 - publisher.com".

A search result's grey line joins its authors, its venue (with the year) and its host with one
delimiter, twice on most records and once on those missing a trailing part (a citation has no
host). The parts line up from the left: the first is the authors on every record, the second the
venue. Each part is proposed as a literal cut (``text_after`` / ``text_before``) only when the
engine's ``text_part`` reads exactly that part on every record holding it and nothing on the
others. ``text_after`` cuts after the first occurrence, so the part after the second delimiter
(the host) has no such cut: it is reported ``uncut``, and the whole line is kept beside the parts.
A line of more parts ("Intro | Feeding the starter | Shaping | Baking") is a list, not a source line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agents.heuristics.identifiers import Cut, reads_exactly

#: Delimiters joining the parts of a source line, spaced so that "Jean-Paul" holds none.
SOURCE_DELIMITERS = (" - ", " — ", " – ", " · ", " • ", " | ")
#: A source line's parts: its authors, its venue, its host; a record may lack the last.
MAX_PARTS = 3
#: Share of the records holding every part: the delimiter's count there is the line's shape.
FULL_SHARE = 0.5
#: A comma list of short names: "HR Ottersen, JM Bates, SK Lindqvist…" (linear: no nesting).
_NAME = re.compile(r"^[^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*){0,3}$")
_ELLIPSIS = "…."
#: "Journal of X, 2014": a venue, then its year at the end of the part.
_VENUE_YEAR = re.compile(r"^(?P<venue>\S.{0,200}?), (?P<year>(?:1[6-9]|20)\d\d)$")
_YEAR = re.compile(r"^(?:1[6-9]|20)\d\d$")


@dataclass(frozen=True)
class SourceLine:
    """The cuts of a source line's parts, and whether a part (the host) is left without one."""

    cuts: list[Cut]
    uncut: bool


def source_line_cuts(texts: list[str]) -> SourceLine | None:
    """The parts of ``texts`` (one per record) joined by a delimiter found twice on most of them
    and once at least on each, never more (a line has at most three parts), when the first two
    parts read exactly by literal cuts."""
    for delimiter in SOURCE_DELIMITERS:
        counts = [t.count(delimiter) for t in texts]
        most = max(counts)
        if most != MAX_PARTS - 1 or min(counts) < 1 or counts.count(most) < FULL_SHARE * len(texts):
            continue  # more parts than a source line's three: a list ("Intro | Shaping | Baking | …")
        parts = [[p.strip() for p in t.split(delimiter)] for t in texts]
        if any(not p for row in parts for p in row):
            return None  # an empty part: the delimiter is no separator here
        return _line(texts, parts, delimiter)
    return None


def _line(texts: list[str], parts: list[list[str]], delimiter: str) -> SourceLine | None:
    first = [row[0] for row in parts]
    middle = [row[1] for row in parts]
    lead = Cut("authors" if all(_is_name_list(f) for f in first) else None, None, delimiter)
    if not _reads(texts, lead, first):
        return None
    # A comma list ("A Smith, B Jones…") is several values: the field splits it (``listtexts``).
    cuts = [lead]
    venue_year = _venue_and_year(texts, middle, delimiter)
    if venue_year:
        cuts += venue_year
    elif _reads(texts, source := Cut("source", delimiter, delimiter), middle):
        cuts.append(source)
    else:
        return None
    return SourceLine(cuts, uncut=True)  # the part after the second delimiter: no literal reaches it


def _venue_and_year(texts: list[str], middle: list[str], delimiter: str) -> list[Cut] | None:
    """ "Journal of X, 2014" as two cuts, when literals read both on every record (a record whose
    part is a bare year, a book's, has no venue: the venue's cut must read nothing there)."""
    matches = [_VENUE_YEAR.match(m) for m in middle]
    if not any(matches):
        return None
    venues = [m["venue"] if m else "" for m in matches]
    years = [m["year"] if m else part if _YEAR.match(part) else "" for m, part in zip(matches, middle, strict=True)]
    venue = Cut("venue", delimiter, ", ")
    year = Cut("year", ", ", delimiter)
    return [venue, year] if _reads(texts, venue, venues) and _reads(texts, year, years) else None


def _reads(texts: list[str], cut: Cut, wanted: list[str]) -> bool:
    return reads_exactly(texts, cut.after, cut.before, wanted)


def _is_name_list(text: str) -> bool:
    names = [n.strip().rstrip(_ELLIPSIS).strip() for n in text.split(",")]
    return all(_NAME.match(n) for n in names if n) and any(names)
