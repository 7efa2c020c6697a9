"""Lists that a page labels as other items: "Related products", "You may also like", up-sells.

A product or article page shows its one entity and, below it, cards of other items. When those
cards carry more text than the entity's own short description, text shares cannot tell them from
a list page's records; the words the page puts on the block can. Shops and CMSs name the block in
its heading or in its container's class (WooCommerce ``section.related``, Magento ``.upsell``,
Shopify ``product-recommendations``), and a list page never labels its own records that way.
"""

from __future__ import annotations

import re

from agents.heuristics.dom import HtmlElement, full_text, is_inside

#: How far above the records their block's label is looked for.
MAX_LABEL_DEPTH = 4
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
_HEADINGS = ("h2", "h3", "h4", "h5", "h6")


def labelled_as_related(members: list[HtmlElement]) -> bool:
    """Whether the records' block names them as other items than the page's own."""
    if not members:
        return False
    block = members[0].getparent()
    for _ in range(MAX_LABEL_DEPTH):
        if block is None or block.tag in ("body", "main", "html"):
            return False
        if not all(is_inside(m, block) for m in members):
            return False  # above the records' common block: the page's, not theirs
        if _names_related(block) or _heading_says_related(block, members[0]):
            return True
        block = block.getparent()
    return False


def _names_related(block: HtmlElement) -> bool:
    marks = f"{block.get('class') or ''} {block.get('id') or ''}".split()
    return any(_RELATED_CLASS.search(mark) for mark in marks)


def _heading_says_related(block: HtmlElement, first: HtmlElement) -> bool:
    """A heading inside the block, before the first record, reading "Related products"."""
    for element in block.iter():
        if element is first:
            return False
        if element.tag in _HEADINGS:
            text = full_text(element)
            if len(text) <= MAX_LABEL_CHARS and _RELATED_HEADING.search(text):
                return True
    return False
