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
#: Properties holding an item's body text (schema.org CreativeWork).
_BODY_PROPERTIES = frozenset({"text", "articleBody", "description"})


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


def owned_body(scope: HtmlElement) -> set[int]:
    """Ids of the item's own body text (``itemprop`` text, articleBody or description, longer
    than a short property) with its descendants: a question's post is laid out like the answers'
    posts, and once class names are hashed nothing else tells it from theirs."""
    if scope.get("itemscope") is None:
        return set()
    for count, element in enumerate(scope.iterdescendants()):
        if count >= MAX_OWNED_SCAN:
            break
        if not isinstance(element.tag, str) or (element.get("itemprop") or "").strip() not in _BODY_PROPERTIES:
            continue
        if _owner(element) is scope and len(full_text(element)) > MAX_OWNED_CHARS:
            return {id(e) for e in element.iter()}
    return set()


def _owner(element: HtmlElement) -> HtmlElement | None:
    return next((a for a in element.iterancestors() if a.get("itemscope") is not None), None)
