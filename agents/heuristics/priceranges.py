"""A price range shown as two amounts: "8,90 € – 24,90 €" on a product with variants.

Shops (WooCommerce, Shopify, Magento) print a variable product's price as its lowest and highest
amounts, each in the price markup of a plain price, joined by a dash or "to" ("bis", "à"). The
first is the price the other records show; the second, the range's top end, is a column of its
own (``price_max``), never a second price of a list nor a price before a sale.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from agents.heuristics import values
from agents.heuristics.dom import HtmlElement, full_text, is_element, is_inside
from agents.heuristics.oldprices import STRUCK_TAGS, marks_old_price

if TYPE_CHECKING:  # slots imports siblings, which imports this module
    from agents.heuristics.slots import Slot

#: Characters between two amounts beyond which they are two figures, not one range.
MAX_JOINER_CHARS = 12
#: The suffix naming a range's top end after its start's field (``price`` -> ``price_max``).
TOP_END_SUFFIX = "_max"


def are_range_runs(runs: list[list[HtmlElement]]) -> bool:
    """Whether sibling prices are the two ends of ranges: in some record a second price follows
    the first, joined to it by a dash or "to", and in none is the second struck through."""
    pairs = [run[:2] for run in runs if len(run) >= 2]
    return bool(pairs) and all(len(run) <= 2 for run in runs) and all(is_range_end(end, start) for start, end in pairs)


def is_range_end(end: HtmlElement, start: HtmlElement) -> bool:
    """``end`` is a price that a dash or "to" joins to the earlier sibling price ``start``."""
    if _is_struck(end) or _is_struck(start):
        return False
    if not (values.is_price(full_text(start)) and values.is_price(full_text(end))):
        return False
    between = _text_between(start, end)
    return between is not None and bool(values.RANGE_JOINER.match(between))


def range_start(end: HtmlElement) -> HtmlElement | None:
    """The earlier sibling price that ``end`` closes the range of, if it is a range's top end."""
    for sibling in end.itersiblings(preceding=True):
        if is_element(sibling) and values.is_price(full_text(sibling)):
            return sibling if is_range_end(end, sibling) else None
    return None


def _is_struck(element: HtmlElement) -> bool:
    return element.tag in STRUCK_TAGS or marks_old_price(element)


def _text_between(start: HtmlElement, end: HtmlElement) -> str | None:
    """The text after ``start`` and before its later sibling ``end``; None when it runs long."""
    parts = [start.tail or ""]
    for sibling in start.itersiblings():
        if sibling is end:
            text = " ".join(parts).strip()
            return text if len(text) <= MAX_JOINER_CHARS else None
        parts.append((full_text(sibling) if is_element(sibling) else "") + " " + (sibling.tail or ""))
    return None


def closes_range(element: HtmlElement, levels: int) -> bool:
    """Whether a price, or a wrapper of it up to ``levels`` up, is a range's top end."""
    return _start_of(element, levels) is not None


def _start_of(element: HtmlElement, levels: int) -> HtmlElement | None:
    """The start of the range that ``element``, or a wrapper of it up to ``levels`` up, closes."""
    wrappers = [element, *list(element.iterancestors())[:levels]]
    return next((start for w in wrappers if (start := range_start(w)) is not None), None)


def tops_range(slot: Slot) -> bool:
    """Whether the text slot ``slot`` reads a range's top end in every record showing it."""
    found = [occurrences[0].element for occurrences in slot.per_record.values() if occurrences]
    return slot.kind == "text" and bool(found) and all(closes_range(e, len(slot.key)) for e in found)


def range_start_name(slot: Slot, named: list[tuple[str, Slot]]) -> str | None:
    """The name of the field holding the start of the ranges whose top end ``slot`` reads, when
    in every record it is a range's top end (then it is named ``<that name>_max``)."""
    found: set[str] = set()
    for record, occurrences in slot.per_record.items():
        start = _start_of(occurrences[0].element, len(slot.key))
        if start is None:
            return None
        owners = {
            name
            for name, other in named
            if other is not slot
            and (shown := other.per_record.get(record))
            and (shown[0].element is start or is_inside(shown[0].element, start))
        }
        if len(owners) != 1:
            return None
        found |= owners
    return found.pop() if len(found) == 1 else None
