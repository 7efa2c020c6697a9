"""An index of links: the content of a category page, an A–Z index, a tag's page, a sitemap.

Each entry is one short link, as a menu's are, but the index is the page's content: it sits in the
page's content region (not in its header, navigation, sidebar or footer), it is long, and its
entries are filed under letter headings ("A", "B", "0–9", "D cont.") — a menu has few entries and
files them under section names, if under anything. A list read this way is not penalised as a menu.
"""

from __future__ import annotations

import re

from agents.heuristics.dom import DomIndex, HtmlElement, full_text, is_element, tag_of
from agents.heuristics.sitechrome import in_chrome

#: An index lists at least this many entries; a menu seldom does under letter headings.
MIN_INDEX_ENTRIES = 8
#: Entries read of a long index: its filing shows in its first ones.
INDEX_SAMPLE = 60
#: Ancestors looked through for the heading an entry is filed under (a -> li -> ul, preceded by h3).
MAX_HEADING_STEPS = 4
#: Share of the entries filed under letter headings for the whole list to be an A–Z index.
FILED_SHARE = 0.8
#: An entry is one link when its link holds this share of its text.
LINK_TEXT_SHARE = 0.9
#: An entry of an index is a title, not a paragraph.
MAX_ENTRY_CHARS = 200
_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6", "dt"})
#: "A", "Ä", "0–9", "#", "Ch", and a letter carried on from the page before ("D cont.", "D (Forts.)").
_LETTER_HEADING = re.compile(r"^[^\s\w]?\w{1,2}(?:\s*[-–—]\s*\w{1,2})?[^\s\w]?(?:\s+\S{1,8})?$|^[#*@&]$")


def is_letter_index(members: list[HtmlElement], index: DomIndex) -> bool:
    """Whether ``members`` are the entries of an A–Z index in the page's content: one link each,
    many, filed under at least two letter headings, outside the site's chrome."""
    sample = one_link_entries(members, index, MIN_INDEX_ENTRIES)
    if sample is None:
        return False
    headings = [_filed_under(m) for m in sample]
    letters = [h for h in headings if h is not None and _LETTER_HEADING.match(full_text(h))]
    distinct = {id(h) for h in letters}
    return len(distinct) >= 2 and len(letters) >= FILED_SHARE * len(sample)


def one_link_entries(members: list[HtmlElement], index: DomIndex, fewest: int) -> list[HtmlElement] | None:
    """The first ``INDEX_SAMPLE`` of ``members`` when there are ``fewest`` or more outside the site's
    chrome and each is one link; None otherwise: what any index of links is made of."""
    if len(members) < fewest or in_chrome(members[0]):
        return None
    sample = members[:INDEX_SAMPLE]
    return sample if all(is_one_link(m, index) for m in sample) else None


def is_one_link(member: HtmlElement, index: DomIndex) -> bool:
    """The entry is one link (``<li><a>Title</a></li>``, or the ``<a>`` itself) and nothing else."""
    text = index.text_of(member)
    if not 0 < text <= MAX_ENTRY_CHARS or index.link_len.get(member, 0) < LINK_TEXT_SHARE * text:
        return False
    return sum(1 for a in member.iter("a") if a.get("href")) == 1


def _filed_under(member: HtmlElement) -> HtmlElement | None:
    """The heading just before the entry or one of its near ancestors (its list, the list's block)."""
    node: HtmlElement | None = member
    for _ in range(MAX_HEADING_STEPS):
        if node is None:
            return None
        previous = node.getprevious()
        while previous is not None and not is_element(previous):
            previous = previous.getprevious()
        if previous is not None and tag_of(previous) in _HEADINGS:
            return previous
        node = node.getparent()
    return None


def files_by_initial(headings: list[str], records: list[str]) -> bool:
    """Whether each record sits under its own initial ("A" over "Adiantum", "0–9" over "3D
    printing"): an index's filing letter, which repeats what the record says, not a value of it."""
    pairs = [(h, r) for h, r in zip(headings, records, strict=True) if r and h.strip()]
    return bool(pairs) and all(_LETTER_HEADING.match(h) and _under_initial(h, r) for h, r in pairs)


def _under_initial(heading: str, record: str) -> bool:
    key = heading.split(maxsplit=1)[0].strip("#*@&-–—()[]").casefold()
    first = record.lstrip("\"'“‘(¡¿[").casefold()[:1]
    if not key or not first:
        return True  # "#" files what starts with no letter
    if len(key) >= 3 and key[1] in "-–—":
        return key[0] <= first <= key[-1]  # a range: "0–9", "A–C"
    if not key[0].isalpha():
        return False  # "12 March" over "18:00 Talk" is a day, no initial
    return first == key[0] or not first.isalpha()
