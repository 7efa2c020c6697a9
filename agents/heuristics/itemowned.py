"""The short properties a page's microdata item declares inside blocks that repeat like records.

Stack Overflow's question card (asker, reputation) repeats like the answers' cards, and its
``answerCount`` sits in the answers' header: blocks left out as other items. Where the detail
page's container is the item itself, a short property the item owns directly
(``div.user-details[itemprop=author]`` of the Question) is the entity's value all the same.
"""

from __future__ import annotations

from agents.heuristics.dom import HtmlElement, full_text

#: An own property read through a repeated block says little: a name and its counters, a count.
MAX_OWNED_CHARS = 80
#: Descendants of the item looked at.
MAX_OWNED_SCAN = 20_000


def owned_short_properties(scope: HtmlElement) -> set[int]:
    """Ids of the elements of each short property that ``scope`` (an ``itemscope``) owns directly,
    with their descendants; none when ``scope`` is no item."""
    if scope.get("itemscope") is None:
        return set()
    found: set[int] = set()
    for count, element in enumerate(scope.iterdescendants()):
        if count >= MAX_OWNED_SCAN:
            break
        if not isinstance(element.tag, str) or not (element.get("itemprop") or "").strip():
            continue
        if _owner(element) is scope and 0 < len(full_text(element)) <= MAX_OWNED_CHARS:
            found.update(id(e) for e in element.iter())
    return found


def _owner(element: HtmlElement) -> HtmlElement | None:
    return next((a for a in element.iterancestors() if a.get("itemscope") is not None), None)
