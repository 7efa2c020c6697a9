"""One value out of a text holding two: the engine's side of ``FieldSpec.text_after`` / ``text_before``
(with ``text_after_skip`` and ``text_from_end``).

The cuts are plain literals, found case-insensitively by ``re.escape`` (linear on any page text),
so the Scout, the spiders, replay and JSON sources all cut a text the same way.
"""

from __future__ import annotations

import re
import unicodedata

from pipeline.core.cleantext import clean_text

#: What a part loses at an end where it was cut: spaces and the separators between two values.
_PART_EDGES = " \t\n\u00a0:|·•–—,;/"


def text_part(text: str, after: str | None, before: str | None, *, from_end: bool = False, skip: int = 0) -> str:
    """The part of ``text`` after the literal ``after`` (nothing without it), then before ``before``.

    Separators left at a cut go too ("4.34 avg rating — " → "4.34 avg rating"); an end that was not
    cut keeps them ("/path/" stays whole), and a hyphen always stays, as it may be a minus sign.
    ``from_end`` cuts at each literal's last occurrence instead, reading the text from its end: a
    text without ``after`` is all tail, one without ``before`` has no head ("c. 1550" beside
    "Jacob Matham, after Hendrick Goltzius, 1617": the date alone, no maker). ``skip`` passes over
    that many occurrences of ``after`` first: the third fact of "2019 · 84,000 km · Diesel · Manual".
    """
    if from_end:
        return _from_end(text, after, before)
    if after:
        found = next(iter(list(re.finditer(re.escape(after), text, re.IGNORECASE))[skip:]), None)
        if found is None:
            return ""
        text = text[found.end() :].lstrip(_PART_EDGES)
    if before and (found := _before(before, text)):
        text = text[: found.start()].rstrip(_PART_EDGES)
    return text.strip()


def _from_end(text: str, after: str | None, before: str | None) -> str:
    if after and (found := _last(after, text)):
        text = text[found.end() :].lstrip(_PART_EDGES)
    if before:
        found = _last(before, text)
        text = text[: found.start()].rstrip(_PART_EDGES) if found else ""
    return text.strip()


def _last(literal: str, text: str) -> re.Match[str] | None:
    """The last occurrence of ``literal`` in ``text`` (case-insensitive), if any."""
    return next(reversed(list(re.finditer(re.escape(literal), text, re.IGNORECASE))), None)


def _before(literal: str, text: str) -> re.Match[str] | None:
    """Where ``literal`` ends the part. One that ends in a space also ends it at the very end of the
    text, where nothing follows the mark: ". " after "doi: 10.1/xyz." as after "doi: 10.1/xyz. Epub"."""
    found = re.search(re.escape(literal), text, re.IGNORECASE)
    if found is None and literal != literal.rstrip():
        found = re.search(re.escape(literal.rstrip()) + r"\s*$", text, re.IGNORECASE)
    return found


def split_text(texts: list[str], separator: str) -> list[str]:
    """The parts of each text that lists several values: "Flanagan A, Bechtold DA, Pot GK." on ", "
    gives three names; the full stop that ends the list, or the ellipsis of a list cut short
    ("HR Ottersen, JM Bates…"), is not the last one's."""
    parts: list[str] = []
    for text in texts:
        listed = text.strip().removesuffix("…").removesuffix("...").rstrip()
        if separator.strip() in (",", ";"):
            listed = listed.removesuffix(".")
        parts.extend(part.strip() for part in listed.split(separator) if part.strip())
    return parts


def tail_text(element: object) -> str:
    """The bare text right after ``element`` up to the next element (lxml's ``tail``), without the
    separators around it: "4.38M" of ``<svg/> 4.38M <span>•</span>``. What ``FieldSpec.tail`` reads.
    A comment is no element: React writes ``<!-- -->`` between two pieces of one shown text
    ("<time/> · <!-- -->9 min read"), so the text after it is read on."""
    tail = getattr(element, "tail", None)
    raw = tail if isinstance(tail, str) else ""
    following = _next_sibling(element)
    while following is not None and not isinstance(getattr(following, "tag", None), str):
        raw += getattr(following, "tail", None) or ""  # a comment or a processing instruction
        following = _next_sibling(following)
    text = clean_text(raw).strip(_PART_EDGES)
    # "<a>Name</a> - what it is": a hyphen with a space after it sets the value off ("-5" has none);
    # before a number, a sign or a currency it is a minus ("- 3.2%", "- $5.00").
    rest = text[2:].lstrip(_PART_EDGES)
    return rest if text.startswith("- ") and not _opens_number(rest) else text


def _opens_number(text: str) -> bool:
    """A digit, a sign ("+", "−") or a currency glyph (Unicode's Sc: "$", "€", "£") opens ``text``."""
    return bool(text) and (text[0].isdigit() or text[0] in "+\u2212" or unicodedata.category(text[0]) == "Sc")


def _next_sibling(node: object) -> object | None:
    following = getattr(node, "getnext", None)
    return following() if callable(following) else None
