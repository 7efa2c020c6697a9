"""One slot holding two values of a record, told apart by what they read rather than by class.

Where class names say nothing (CSS modules, styled-components), two sibling values of a record
share one slot key: the struck price before a sale and the price after it ("$24.99" "$12.49"),
a price and the place beside it ("$650" "SE Portland"). Read as one slot, only the first would
be kept, and it is the wrong one half the time. Each becomes a slot of its own:

* two prices, the higher first or captioned as the price before ("Regular Price", "Was"): the
  higher is the price before the sale, the other the price (a record with one price shows
  only its price);
* a price beside a text that is no amount: the price, and the text.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agents.heuristics import values
from agents.heuristics.detailprices import OLD_PRICE_CAPTIONS
from agents.heuristics.dom import HtmlElement, full_text
from agents.heuristics.slots import Occurrence, Slot
from pipeline.core.numbertext import parse_number

#: Records that must show both values before a slot is split: one pair may be an accident.
MIN_PAIRED_RECORDS = 2
#: The name a price before the sale takes when no class or strike names it.
OLD_PRICE_NAME = "old_price"
#: Captions of the price before a sale ("Regular Price", "Was", "RRP"): the one list of them.
_OLD_CAPTION = re.compile(rf"^{OLD_PRICE_CAPTIONS}\b", re.IGNORECASE)
#: Wrappers above an amount whose earlier siblings may caption it (``span.label + span > span``).
CAPTION_DEPTH = 2


def split_mixed_slots(slots: list[Slot]) -> list[Slot]:
    """``slots`` with each single-valued text slot holding two values per record split in two."""
    out: list[Slot] = []
    for slot in slots:
        out.extend(_split(slot) or [slot])
    return out


def _split(slot: Slot) -> list[Slot] | None:
    if slot.kind != "text" or slot.many or slot.label or slot.strip_label or slot.part_name:
        return None
    found = [occ for occ in slot.per_record.values() if occ]
    if any(len(occ) > 2 for occ in found) or sum(len(occ) == 2 for occ in found) < MIN_PAIRED_RECORDS:
        return None
    return _sale_prices(slot) or _price_and_text(slot)


def _sale_prices(slot: Slot) -> list[Slot] | None:
    """``$24.99 $12.49`` in some records, ``$4.99`` in others: the price and the price before it."""
    occurrences = [o for occ in slot.per_record.values() for o in occ]
    if not all(values.is_price(o.value) for o in occurrences):
        return None
    before: dict[int, int] = {}
    for number, occ in slot.per_record.items():
        if len(occ) == 2:
            place = _old_place(occ)
            if place is None:
                return None  # two prices not in sale order: two offers, or a range
            before[number] = place
    price = replace(
        slot,
        per_record={n: [occ[1 - before[n]] if n in before else occ[0]] for n, occ in slot.per_record.items() if occ},
    )
    old = replace(
        slot,
        part_name=OLD_PRICE_NAME,
        order=slot.order + 1,
        per_record={n: [slot.per_record[n][place]] for n, place in before.items()},
    )
    return [price, old]


def _price_and_text(slot: Slot) -> list[Slot] | None:
    """``$650 SE Portland``, ``Gresham`` alone: a price and a text, each at most once a record."""
    prices: dict[int, list[Occurrence]] = {}
    texts: dict[int, list[Occurrence]] = {}
    for number, occ in slot.per_record.items():
        amounts = [o for o in occ if values.is_price(o.value)]
        words = [o for o in occ if not values.is_price(o.value)]
        if len(amounts) > 1 or len(words) > 1 or len(amounts) + len(words) != len(occ):
            return None
        if amounts:
            prices[number] = amounts
        if words:
            texts[number] = words
    if len(prices) < MIN_PAIRED_RECORDS or len(texts) < MIN_PAIRED_RECORDS:
        return None
    return [replace(slot, per_record=prices), replace(slot, order=slot.order + 1, per_record=texts)]


def _old_place(pair: list[Occurrence]) -> int | None:
    """Which of two prices is the one before the sale: the higher, where it comes first (struck,
    then the sale price) or a caption calls it the price before ("Special Price" $119 "Regular
    Price" $149)."""
    first, second = (parse_number(o.value) for o in pair)
    if first is None or second is None or first == second:
        return None
    higher = 0 if first > second else 1
    return higher if higher == 0 or _captioned_old(pair[higher].element) else None


def _captioned_old(element: HtmlElement) -> bool:
    """Whether a sibling before the amount, or before one of its near wrappers, says "Was"."""
    node: HtmlElement | None = element
    for _ in range(CAPTION_DEPTH + 1):
        if node is None:
            return False
        previous = node.getprevious()
        if previous is not None and _OLD_CAPTION.match(full_text(previous)):
            return True
        node = node.getparent()
    return False
