"""The full stop that closes a bold, italic or linked part of a line: "<b>Title.</b> <i>Venue</i>, 2024."

A reference list writes each entry as one sentence of parts, each closed by a full stop: the
authors, the title in bold or a link, the venue in italics. The stop ends the part, as a comma
would, and is no part of the title ("Refinement Types for Smart Contract Upgrades"). A title
ending in "?" or "!" keeps its mark, and one ending in an abbreviation ("et al.", "Inc.") keeps
its stop: where the sampled values hold one, their stops may belong to them, and all are kept.
The part must be followed by more of its entry's line (text, or inline parts before any block):
a bold line alone is a heading, and a title link above a citation block ends its own line. A
plain inline part (a ``span``) counts where the page names it the entry's title
(``<span class="title">``, ``itemprop="name"``): a summary or a note in a span is a sentence and
keeps its stop.
"""

from __future__ import annotations

import re

from agents.heuristics.dom import HtmlElement, full_text, tag_of
from agents.heuristics.names import name_from_element
from agents.heuristics.slotparts import cut_part
from agents.heuristics.slots import Slot

#: Tags a reference writes a part in: bold, italics, a citation, a link.
_PART_TAGS = frozenset({"b", "strong", "i", "em", "cite", "a"})
#: Tags that keep a line going: parts of a sentence, not blocks.
INLINE_TAGS = frozenset({"b", "strong", "i", "em", "u", "cite", "a", "span", "small", "sup", "sub", "abbr"})
#: Where the engine cuts: at the stop before a space or at the end (``textparts``).
STOP = ". "
#: Share of the values whose lone full stop must close them ("Title." rather than "Title?").
MIN_STOPPED_SHARE = 0.6
#: What may close a part's own words.
_CLOSING_MARKS = (".", "?", "!")
#: A word before the stop that makes it an abbreviation's: one letter ("A."), a dotted word
#: ("U.S."), or a short title or company word.
_ABBREVIATED = re.compile(
    r"^\(?(?:[^\W\d_]|[^\W\d_.]+\.[^\W\d_.]+|al|etc|inc|ltd|co|corp|jr|sr|st|vs|no|vol|eds?|pp)$", re.I
)
#: The last word is looked at, up to this long.
MAX_WORD_CHARS = 24
#: Wrappers climbed to find the text that follows a part inside its entry.
MAX_LEVELS = 3


def without_closing_stops(slots: list[Slot], records: list[HtmlElement]) -> list[Slot]:
    """``slots`` with each part closed by a full stop read without it."""
    return [cut_part(s, before=STOP) if _closes_with_stop(s, records) else s for s in slots]


def _closes_with_stop(slot: Slot, records: list[HtmlElement]) -> bool:
    """Whether every value of ``slot`` is a bold, italic or linked part of a line, closed by a lone
    full stop in most records and by "?" or "!" in the others, with no stop inside."""
    if slot.kind != "text" or slot.many or slot.text_after or slot.text_before or slot.strip_label:
        return False
    occurrences = [(number, found[0]) for number, found in slot.per_record.items() if found]
    if not occurrences or not all(_is_part(o.element) for _, o in occurrences):
        return False
    texts = [o.value.strip() for _, o in occurrences]
    if not all(t.endswith(_CLOSING_MARKS) and STOP not in t for t in texts):
        return False  # a stop inside: sentences, not parts
    stopped = [t for t in texts if _lone_stop(t)]
    if len(stopped) < MIN_STOPPED_SHARE * len(texts) or any(_abbreviated(t) for t in stopped):
        return False
    return all(_text_follows(o.element, records[number]) for number, o in occurrences)


def _is_part(element: HtmlElement) -> bool:
    """Whether ``element`` writes a part of a reference: bold, italics, a citation or a link, or an
    inline element the page names the title."""
    tag = tag_of(element)
    return tag in _PART_TAGS or (tag in INLINE_TAGS and name_from_element(element) == "title")


def _lone_stop(text: str) -> bool:
    """Whether ``text`` ends in one full stop ("Title.", never "Title..." or "Title?.")."""
    return text.endswith(".") and len(text) > 1 and text[-2] not in ".?!…"


def _abbreviated(text: str) -> bool:
    """Whether the stop closing ``text`` is an abbreviation's ("et al.", "Acme Inc.")."""
    words = text[:-1].split()
    return bool(words) and len(words[-1]) <= MAX_WORD_CHARS and bool(_ABBREVIATED.match(words[-1]))


def _text_follows(element: HtmlElement, record: HtmlElement) -> bool:
    """Whether more of the entry's line follows ``element`` inside ``record``: text after it, up
    to the first block (a title link over a citation block ends its own line)."""
    node = element
    for _ in range(MAX_LEVELS):
        if (node.tail or "").strip():
            return True
        for sibling in node.itersiblings():
            if not isinstance(sibling.tag, str):
                continue
            if tag_of(sibling) not in INLINE_TAGS:
                return False
            if full_text(sibling):
                return True
        parent = node.getparent()
        if parent is None or parent is record or tag_of(parent) not in INLINE_TAGS:
            return False
        node = parent
    return False
