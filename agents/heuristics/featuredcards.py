"""A featured first record: the lead story or top product drawn bigger than the rest of its list.

Blogs, news fronts and shops open their list with one card in richer markup (``post
post--featured``: a cover image, a category, an excerpt, an ``h2`` where the others have an
``h3``). Its shape is far from the template, as an ad's is, so it falls out as an outlier and the
selector then leaves it out by its modifier class. It is a record all the same when it is the
list's first member, carries every class the other records share, and shows the template's own
text and link slots, the heading level aside. Ads, promotion tiles and sign-up boxes in the card
markup show other slots (a caption, a form) and stay out.
"""

from __future__ import annotations

import re

from agents.heuristics.classtokens import class_tokens
from agents.heuristics.dom import HtmlElement
from agents.heuristics.shapes import Shape, shape_of

#: Share of the template's text and link slots the featured card must show too.
HELD_SLOT_SHARE = 0.8
#: Fewer slots than this in the template say too little of a record to tell a card by them.
MIN_TEMPLATE_SLOTS = 2

_HEADING_STEP = re.compile(r"/h[1-6](?=/|#|@|$)")


def with_featured_first(members: list[HtmlElement], kept: list[HtmlElement], template: Shape) -> list[HtmlElement]:
    """``kept`` with the list's first member put back when it is a featured version of the records."""
    if not members or not kept or members[0] is kept[0] or any(m is members[0] for m in kept):
        return kept
    first = members[0]
    return [first, *kept] if is_featured_version(first, kept, template) else kept


def is_featured_version(card: HtmlElement, records: list[HtmlElement], template: Shape) -> bool:
    """Whether ``card`` carries the records' shared classes and shows most of their template's
    text and link slots (an ``h2`` standing for their ``h3``)."""
    shared = set(class_tokens(records[0])).intersection(*(class_tokens(r) for r in records[1:]))
    if not shared <= set(class_tokens(card)):
        return False
    slots = {_levelled(p) for p in template if "#" in p or "@" in p}
    if len(slots) < MIN_TEMPLATE_SLOTS:
        return False
    shown = {_levelled(p) for p in shape_of(card)}
    return len(slots & shown) >= HELD_SLOT_SHARE * len(slots)


def _levelled(path: str) -> str:
    """``/h3/a#text`` -> ``/h/a#text``: a heading is a heading whatever its level."""
    return _HEADING_STEP.sub("/h", path)
