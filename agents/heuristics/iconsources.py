"""Icons read by their alt: the picture's address says nothing more.

An issue list shows each issue's type and priority as a small icon whose ``alt`` is the word
("Bug", "Major"); a directory listing marks a folder with an icon alt "[DIR]". Once that alt is a
field, the icon's address is the same datum again, spelled as a file name: one icon per word, the
same few icons over and over. A photo differs: each record has its own, so its address stays.
"""

from __future__ import annotations

from agents.heuristics.slots import Slot

#: Records an icon must show in before its repeats say it is an icon, not a photo.
MIN_ICON_RECORDS = 3
#: Most distinct addresses per record holding one: a vocabulary of icons, each used again and again.
#: Album covers repeat too (two tracks of one album), but most records show a cover of their own.
MAX_ICON_SHARE = 0.5


def without_icon_sources(slots: list[Slot]) -> list[Slot]:
    """``slots`` without the image addresses of icons whose alt is kept as a field: the same
    element's ``alt`` is a slot too, each address goes with one alt, and addresses repeat."""
    alts = [s for s in slots if s.kind == "alt"]
    return [s for s in slots if not (s.kind == "src" and any(_alt_says_it(s, alt) for alt in alts))]


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
