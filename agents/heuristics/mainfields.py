"""Choose a record's title and its own link among the slots of its template.

The title is the text of a heading (words before a rank, the widest, the linked one), else a
text named title or name, else a unique linked text; the record's link is the one of its title,
else its first unique link.
"""

from __future__ import annotations

import re

from agents.heuristics import values
from agents.heuristics.classtokens import semantic_classes
from agents.heuristics.dom import HtmlElement, tag_of
from agents.heuristics.names import keyword_name, name_from_element
from agents.heuristics.slots import Slot

#: Share of numbers above which a heading's text is a rank or a count, not the title.
NUMERIC_SHARE = 0.8
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_TITLE_WORDS = frozenset({"title", "name", "headline"})


def _heading_within_record(slot: Slot) -> bool:
    return any(step.split(".")[0].split("[")[0].split("~")[0] in _HEADINGS for step in slot.key)


def _full_title_of(text_slot: Slot, slots: list[Slot]) -> Slot:
    """The link's title attribute when the visible text is a truncated copy of it."""
    for slot in slots:
        if slot.kind != "title" or slot.key != text_slot.key:
            continue
        pairs = [
            (occ[0].value, text_slot.per_record[n][0].value)
            for n, occ in slot.per_record.items()
            if n in text_slot.per_record
        ]
        truncated = [t.startswith(v.rstrip(".… ")) for t, v in pairs]
        if pairs and len(slot.per_record) >= len(text_slot.per_record) and all(truncated):
            return slot
    return text_slot


def main_title(slots: list[Slot]) -> Slot | None:
    """The slot holding the record's title, or None when nothing reads like one."""
    texts = [s for s in slots if s.kind == "text" and not s.many]
    headed = [s for s in texts if s.kind == "text" and _heading_within_record(s)]
    if headed:
        return _full_title_of(max(headed, key=_title_rank), slots)
    named = [s for s in texts if (name_from_element(s.sample_element()) or "") in ("title", "name")]
    if named:
        return named[0]
    unique = [s for s in texts if len(set(s.first_values())) == len(s.first_values()) > 0]
    titled = [s for s in unique if (link := _link_of(s.sample_element())) is not None and _says_title(link)]
    if titled:
        return _full_title_of(titled[0], slots)
    linked = [s for s in unique if tag_of(s.sample_element()) == "a"]
    if linked:
        return _full_title_of(linked[0], slots)
    return None


def _title_rank(slot: Slot) -> tuple[bool, int, bool]:
    """Among texts of a heading: words over a rank ("1." before the name), then the widest, then
    the one in a link."""
    numeric = values.share([values.is_number(v) for v in slot.first_values()]) >= NUMERIC_SHARE
    return (not numeric, len(slot.per_record), _link_of(slot.sample_element()) is not None)


def _link_of(element: HtmlElement) -> HtmlElement | None:
    """The link showing ``element``: itself, or the link around it (``<a><strong>name``)."""
    parent = element.getparent()
    if tag_of(element) == "a":
        return element
    return parent if parent is not None and tag_of(parent) == "a" else None


def _says_title(link: HtmlElement) -> bool:
    """A link classed as the record's name or title (``a.rel-name``), not an author's name."""
    for token in semantic_classes(link):
        words = [w for w in re.split(r"[-_]+", token.lower()) if w]
        if _TITLE_WORDS & set(words) and not any(keyword_name(w) not in (None, "title") for w in words):
            return True
    return False


def main_link(slots: list[Slot], title: Slot | None) -> Slot | None:
    """The slot holding the record's own link: the title's, else the first unique one."""
    links = [s for s in slots if s.kind == "href" and not s.many]
    if title is not None:
        for link in links:
            shorter = min(len(link.key), len(title.key))
            if link.key[:shorter] == title.key[:shorter]:
                return link  # the heading's link, or the link wrapping the heading
    unique = [s for s in links if len(set(s.first_values())) == len(s.first_values())]
    return unique[0] if unique else None
