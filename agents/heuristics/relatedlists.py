"""Lists that a page labels as other items: "Related products", "You may also like", up-sells.

A product or article page shows its one entity and, below it, cards of other items. When those
cards carry more text than the entity's own short description, text shares cannot tell them from
a list page's records; the words the page puts on the block can. Shops and CMSs name the block in
its heading or in its container's class (WooCommerce ``section.related``, Magento ``.upsell``,
Shopify ``product-recommendations``), and a list page never labels its own records that way.

Reviews and comments are other items too once a page is known to show one entity (they are the
records of a review page, so they never decide list or detail): ``others_block``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from agents.heuristics.dom import HtmlElement, full_text, is_inside, tag_of

#: How far above the records their block's label is looked for when nothing bounds the block.
MAX_LABEL_DEPTH = 4
#: How far it is looked for when the block is bounded by the page's other parts (the main heading,
#: other lists): a carousel's heading sits six levels above its cards (viewport, column, row…).
MAX_BOUNDED_DEPTH = 8
#: A heading longer than this is content, not a block's label.
MAX_LABEL_CHARS = 80

_RELATED_HEADING = re.compile(
    r"\b(?:related|similar|recommended|recently viewed"
    r"|you (?:may|might|will) (?:also )?(?:like|love|enjoy|be interested)"
    r"|also (?:like|bought|viewed|purchased)|(?:frequently )?bought together|more (?:from|like|by|to explore)"
    r"|other (?:products|items|stories|articles|events)|complete the look|pairs? (?:well )?with)\b",
    re.IGNORECASE,
)
_RELATED_CLASS = re.compile(
    r"(?:^|[-_])(?:related|upsells?|up-sells?|cross-?sells?|crosssells?|recommendations?|recommended|similar"
    r"|recently-viewed|also-bought|also-viewed)(?:$|[-_])",
    re.IGNORECASE,
)
_OTHERS_HEADING = re.compile(
    r"\b(?:reviews?|comments?|testimonials?|questions (?:and|&) answers|q ?& ?a|discussion|replies)\b",
    re.IGNORECASE,
)
_OTHERS_CLASS = re.compile(
    r"(?:^|[-_])(?:reviews?|comments?|testimonials?|replies|answers)(?:$|[-_])",
    re.IGNORECASE,
)
_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
#: Regions beside a list whose headings title themselves, not the list (a sidebar, a menu).
_ASIDE_TAGS = frozenset({"aside", "nav", "menu", "form"})


#: Whether a block around some records would hold more than them (the page's main heading,
#: another list's records): such a block is the page's, not theirs.
Fence = Callable[[HtmlElement], bool]


class PageLists:
    """Where the page's lists lie: how many records of each list every element holds.

    Built once per page, so that each list's block can be bounded by the main heading and the
    other lists in one lookup per level, however many lists the page has.
    """

    def __init__(self, lists: Sequence[Sequence[HtmlElement]], heading: HtmlElement | None) -> None:
        self._sizes = [len(records) for records in lists]
        self._held: dict[int, dict[int, int]] = {}
        self._members: dict[int, set[int]] = {}
        self._alive: dict[int, HtmlElement] = {}  # keeps every element counted here, so ids stay theirs
        for number, records in enumerate(lists):
            for record in records:
                self._members.setdefault(id(record), set()).add(number)
                for holder in (record, *record.iterancestors()):
                    self._alive[id(holder)] = holder
                    counts = self._held.setdefault(id(holder), {})
                    counts[number] = counts.get(number, 0) + 1
        lineage = (heading, *heading.iterancestors()) if heading is not None else ()
        self._heading = {id(a): a for a in lineage}

    def fence(self, records: Sequence[HtmlElement]) -> Fence:
        """Whether a block around ``records`` would hold the main heading or another list's records
        (lists inside the records, or holding them, are theirs)."""
        own: set[int] = set()
        for record in records:
            own.update(self._held.get(id(record), {}))
            for holder in (record, *record.iterancestors()):
                own.update(self._members.get(id(holder), ()))

        def too_big(block: HtmlElement) -> bool:
            return id(block) in self._heading or any(n not in own for n in self._held.get(id(block), {}))

        return too_big

    def holds_a_list(self, element: HtmlElement, number: int) -> bool:
        """Whether ``element`` holds every record of a list of two or more other than list ``number``."""
        counts = self._held.get(id(element), {})
        return any(n != number and size >= 2 and counts.get(n) == size for n, size in enumerate(self._sizes))


def labelled_as_related(members: list[HtmlElement], fence: Fence | None = None) -> bool:
    """Whether the records' block names them as other items than the page's own.

    With a ``fence`` the block grows until it would hold the page's main heading or another list
    (a wrapper that large is the page's, not the records'), else it stops at ``MAX_LABEL_DEPTH``.
    """
    return related_block(members, fence) is not None


def related_block(
    members: list[HtmlElement], fence: Fence | None = None, *, one_per_wrapper: bool = False
) -> HtmlElement | None:
    """The block that names the records as other items ("You may also like"), or None.

    With ``one_per_wrapper`` the records may sit one to a wrapper (a carousel's ``li`` slides around
    its ``article`` cards): the block is looked for from the nearest element holding them all, and
    only the heading nearest the first record labels it.
    """
    if one_per_wrapper:
        return _labelled(members, _common_block(members), fence, _RELATED_HEADING, _RELATED_CLASS, 0)
    return _labelled(members, _own_block(members), fence, _RELATED_HEADING, _RELATED_CLASS, MAX_LABEL_DEPTH)


def names_other_items(block: HtmlElement) -> bool:
    """Whether ``block`` says it holds other items than the page's own: classed so (``section.related``,
    ``product-recommendations``) or topped by a heading reading so ("You may also like")."""
    if _names(block, _RELATED_CLASS):
        return True
    first = next((c for c in block if isinstance(c.tag, str)), None)
    if first is None or first.tag not in _HEADINGS:
        return False
    text = full_text(first)
    return len(text) <= MAX_LABEL_CHARS and bool(_RELATED_HEADING.search(text))


def _own_block(members: list[HtmlElement]) -> HtmlElement | None:
    """The first record's parent when it holds every record (one above all of them is the page's)."""
    block = members[0].getparent() if members else None
    return block if block is not None and all(is_inside(m, block) for m in members[1:]) else None


def _common_block(members: list[HtmlElement]) -> HtmlElement | None:
    """The nearest element holding every record, at most ``MAX_LABEL_DEPTH`` levels above the first."""
    block = members[0].getparent() if members else None
    for _ in range(MAX_LABEL_DEPTH):
        if block is None or all(is_inside(m, block) for m in members[1:]):
            return block
        block = block.getparent()
    return None


def others_block(members: list[HtmlElement], fence: Fence | None = None) -> HtmlElement | None:
    """The block that labels the records as other items, reviews or comments (on a detail page),
    or None. Records classed as reviews or comments (``li.review``) are their own block."""
    block = related_block(members, fence)
    if block is None and members and all(_names(m, _OTHERS_CLASS) for m in members):
        return members[0].getparent()
    return (
        block
        if block is not None
        else _labelled(members, _own_block(members), fence, _OTHERS_HEADING, _OTHERS_CLASS, 0)
    )


def _labelled(
    members: list[HtmlElement],
    block: HtmlElement | None,
    fence: Fence | None,
    heading: re.Pattern[str],
    marks: re.Pattern[str],
    nearest_from: int,
) -> HtmlElement | None:
    """The block around ``members``, from ``block`` up, classed ``marks`` or with a ``heading`` before
    them, if any.

    From ``nearest_from`` levels up, only the records' nearest heading labels them: an earlier one
    titles another part of the block (a "Reviews" tab heading above the entity's spec rows).
    """
    if block is None:
        return None
    for level in range(MAX_BOUNDED_DEPTH if fence is not None else MAX_LABEL_DEPTH):
        if block is None or block.tag in ("body", "main", "html") or (fence is not None and fence(block)):
            return None
        if _names(block, marks) or _heading_says(block, members[0], heading, nearest=level >= nearest_from):
            return block
        block = block.getparent()
    return None


def _names(block: HtmlElement, pattern: re.Pattern[str]) -> bool:
    marks = f"{block.get('class') or ''} {block.get('id') or ''}".split()
    return any(pattern.search(mark) for mark in marks)


def _heading_says(block: HtmlElement, first: HtmlElement, pattern: re.Pattern[str], nearest: bool = False) -> bool:
    """A heading inside the block, before the first record, reading "Related products".

    With ``nearest``, only the last heading before the first record counts, and never one in a
    sidebar or a menu (a "Related topics" box beside a list page's results).
    """
    said = False
    for element in block.iter():
        if element is first:
            return said
        if element.tag in _HEADINGS and not (nearest and _aside(element, block)):
            text = full_text(element)
            said = len(text) <= MAX_LABEL_CHARS and bool(pattern.search(text))
            if said and not nearest:
                return True
    return False


def _aside(element: HtmlElement, block: HtmlElement) -> bool:
    """Whether ``element`` sits in a sidebar, a menu or a form inside ``block``."""
    for ancestor in element.iterancestors():
        if ancestor is block:
            return False
        if tag_of(ancestor) in _ASIDE_TAGS or ancestor.get("role") in ("complementary", "navigation"):
            return True
    return False
