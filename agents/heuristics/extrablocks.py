"""The block around look-alikes of the records: a "You may also like" carousel cut into the grid.

Shops and news sites drop a carousel or a "Recently viewed" rail between the rows of their grid,
in the very card markup of the records, so no class of the cards tells them apart. The block
around them does: the largest ancestor of such a card that holds no record (``section.related``,
``ul.carousel``) names what the record selector must leave out, as ``:not(.related *)``.
"""

from __future__ import annotations

from agents.heuristics.classtokens import anchor_classes, stable_id
from agents.heuristics.dom import HtmlElement, css_ident

#: Ancestors of a look-alike walked up at most before its block is given up on.
MAX_BLOCK_DEPTH = 8


class RecordBlocks:
    """The elements around the records and their classes, gathered once for all look-alikes."""

    def __init__(self, members: list[HtmlElement]) -> None:
        # The elements themselves, not their ids: lxml hands out new proxies once old ones are gone.
        self.around = {a for m in members for a in m.iterancestors()}
        self.classes = {c for a in self.around for c in (a.get("class") or "").split()}

    def nots(self, extra: HtmlElement) -> set[str]:
        """``:not(… *)`` filters naming the blocks around ``extra`` that hold no record: by an
        id, or by a class no block around a record carries."""
        found: set[str] = set()
        node = extra.getparent()
        for _ in range(MAX_BLOCK_DEPTH):
            if node is None or node in self.around:
                break
            if (ident := stable_id(node)) and css_ident(ident):
                found.add(f":not(#{ident} *)")
            found.update(f":not(.{c} *)" for c in anchor_classes(node) if c not in self.classes and css_ident(c))
            node = node.getparent()
        return found


def block_nots(members: list[HtmlElement], extra: HtmlElement) -> set[str]:
    """``RecordBlocks(members).nots(extra)``, for one look-alike."""
    return RecordBlocks(members).nots(extra)
