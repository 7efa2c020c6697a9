"""Links of a record that act on it or enlarge its picture: neither is a field.

"comment" to ``comment.php?pid=7`` in every record names what the reader can do, the same words
each time, with only the record's id changing in the address; a link around the thumbnail to
the picture file itself shows the picture bigger, which the image field already gives.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlsplit

from agents.heuristics.actionslots import named_control
from agents.heuristics.dom import HtmlElement, full_text, tag_of
from agents.heuristics.slots import Slot

#: Words of a link acting on its record ("comment", "Add a comment", "Write a review", "edit"), or
#: handing it to the reader's tools ("Download citation", "Cite this", "Share").
_ACTION_WORDS = re.compile(
    r"^(?:(?:add|post|leave|write) (?:a |your )?)?(?:comment|reply|review|edit|delete|remove|rate|vote|quote|"
    r"report|bookmark|(?:download |export )?citations?|cite|share|print)"
    r"(?: (?:on )?(?:this|it|now))?(?: (?:job|post|listing|item|entry|article|comment|review))?\s*[»›→…]*$",
    re.IGNORECASE,
)
#: File endings of pictures, in a link's path or in one of its query values (``?file=1.jpg``).
_PICTURE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|bmp|tiff?)$", re.IGNORECASE)
#: A record id in an address: a run of digits.
_DIGITS = re.compile(r"\d+")
#: A letter of a word: a link without one shows a glyph or an emoji.
_LETTER = re.compile(r"[^\W\d_]")
#: Fewer records than this may share words by chance.
MIN_RECORDS = 3


def is_record_action(slot: Slot) -> bool:
    """A link (its text or its target) reading one same action word in every record, leading to
    addresses that differ between records only by a number (the record's id)."""
    if slot.many or len(slot.per_record) < MIN_RECORDS:
        return False
    links = [named_control(occ[0].element, len(slot.key) - 1, ("a",)) for occ in slot.per_record.values()]
    if any(link is None for link in links):
        return False
    texts = {_link_words(link) for link in links if link is not None}
    if len(texts) != 1 or not _ACTION_WORDS.match(texts.pop()):
        return False
    hrefs = [(link.get("href") or "").strip() for link in links if link is not None]
    if not all(hrefs) or len(set(hrefs)) < len(hrefs):
        return False
    return len({_DIGITS.sub("#", h) for h in hrefs}) == 1


def _link_words(link: HtmlElement) -> str:
    """The link's text, or where it shows a glyph alone ("✏️", "⚠️") the words of its tooltip."""
    text = " ".join(full_text(link).split())
    if _LETTER.search(text):
        return text
    return " ".join((link.get("title") or link.get("aria-label") or text).split())


def is_enlargement(slot: Slot) -> bool:
    """A link wrapping only a picture and leading to a picture file (that same picture, or a
    bigger copy of it), in every record: the picture shown bigger, not a page of the record."""
    if slot.kind != "href" or slot.many or not slot.per_record:
        return False
    return all(_enlarges(occ[0].element) for occ in slot.per_record.values())


def _enlarges(link: HtmlElement) -> bool:
    if tag_of(link) != "a" or full_text(link):
        return False
    pictures = link.xpath(".//img")
    if len(pictures) != 1:
        return False
    href = (link.get("href") or "").strip()
    src = (pictures[0].get("src") or "").strip()
    same = src == href or src.startswith((f"{href}&", f"{href}?"))  # the thumbnail asks for a size
    return bool(href) and (same or _names_picture_file(href))


def _names_picture_file(href: str) -> bool:
    parts = urlsplit(href)
    return bool(_PICTURE_FILE.search(parts.path)) or any(
        _PICTURE_FILE.search(value) for _key, value in parse_qsl(parts.query)
    )
