"""Icons read by their alt: the picture's address says nothing more.

An issue list shows each issue's type and priority as a small icon whose ``alt`` is the word
("Bug", "Major"); a directory listing marks a folder with an icon alt "[DIR]". Once that alt is a
field, the icon's address is the same datum again, spelled as a file name: one icon per word, the
same few icons over and over. A photo differs: each record has its own, so its address stays.

Stars are such icons too: a review's ``<img src="stars-sm-4-0.svg" data-rating="4.0">`` once its
rating is read from the same image, and a row of "★★★★☆" glyphs drawn beside the exact "4.41":
the row rounds the number the record already shows.
"""

from __future__ import annotations

from agents.heuristics import values
from agents.heuristics.slots import Slot
from pipeline.core.numbertext import parse_number, parse_rating

#: Records an icon must show in before its repeats say it is an icon, not a photo.
MIN_ICON_RECORDS = 3
#: Most distinct addresses per record holding one: a vocabulary of icons, each used again and again.
#: Album covers repeat too (two tracks of one album), but most records show a cover of their own.
MAX_ICON_SHARE = 0.5
#: Kinds of slot a rating is read as: the rating an image says, or its alt.
_RATING_KINDS = ("rating", "alt")
#: The highest rating a row of stars draws; a drawn row is within one star of the number.
MAX_STARS = 5.0


def without_icon_sources(slots: list[Slot]) -> list[Slot]:
    """``slots`` without the image addresses of icons whose alt or rating is kept as a field (the
    same element's ``alt`` or rating is a slot too, each address goes with one caption, and
    addresses repeat), and without star rows drawing a rating another slot reads exactly."""
    said = [s for s in slots if s.kind in _RATING_KINDS]
    numbers = [s for s in slots if s.kind == "text" and not s.many and _are_ratings(s)]
    return [
        s
        for s in slots
        if not (s.kind == "src" and any(_alt_says_it(s, alt) for alt in said))
        and not any(_rounds(s, exact) for exact in numbers if exact is not s)
    ]


def _alt_says_it(src: Slot, alt: Slot) -> bool:
    pairs: dict[str, str] = {}
    for number, occurrences in src.per_record.items():
        captions = alt.per_record.get(number)
        if not occurrences or not captions or captions[0].element is not occurrences[0].element:
            return False
        address, caption = occurrences[0].value, captions[0].value
        if pairs.setdefault(address, caption) != caption:
            return False  # one address, two words: the picture says something of its own
    return len(src.per_record) >= MIN_ICON_RECORDS and len(pairs) <= MAX_ICON_SHARE * len(src.per_record)


def _are_ratings(slot: Slot) -> bool:
    """Plain numbers no higher than five in every record ("4.41"): a rating, not a glyph row."""
    numbers = [parse_number(v) for v in slot.first_values()]
    glyphs = any(values.STAR_GLYPHS.match(v) for v in slot.first_values())
    return bool(numbers) and not glyphs and all(n is not None and 0 <= n <= MAX_STARS for n in numbers)


def _rounds(drawn: Slot, exact: Slot) -> bool:
    """Whether ``drawn`` is a row of star glyphs in each record within one star of the number
    ``exact`` reads in the same record, which holds it wherever the row is drawn."""
    if drawn.kind != "text" or drawn.many or len(drawn.per_record) < MIN_ICON_RECORDS:
        return False
    for number, occurrences in drawn.per_record.items():
        text = occurrences[0].value
        stars = parse_rating(text) if values.STAR_GLYPHS.match(text) else None
        shown = exact.per_record.get(number)
        said = parse_number(shown[0].value) if shown else None
        if stars is None or said is None or abs(stars - said) >= 1:
            return False
    return True
