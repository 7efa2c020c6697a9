"""Rare price slots that fill the gap of the usual price: a bundle's "From $149.00" among
products with a plain or a special price is the price of the records no usual price slot covers.
"""

from __future__ import annotations

from agents.heuristics import values
from agents.heuristics.slots import Slot
from agents.heuristics.unitparts import BASE_QUANTITY_NAME
from agents.heuristics.usefulslots import MIN_FIELD_COVERAGE, MIN_FIELD_RECORDS

#: Share of a slot's values that must read as prices for it to be a price slot.
PRICE_SHARE = 0.8


def price_gap_fillers(slots: list[Slot], records: int) -> set[int]:
    """Rare price slots showing the price of records that no usual price slot covers: a bundle's
    "From $149.00" among products with a plain or a special price. Each is a variant of the price,
    joined to it later (``_with_alternatives_joined``), not an accident of a few records. Only the
    first such slot of those records counts: "To $219.00" after it is not the price."""
    prices = [s for s in slots if s.kind == "text" and not s.many and _are_prices(s)]
    # Only a price its markup calls one ("p.price-from span.price"): "$24.99 (3 new offers)" in
    # a plain row of a card without a price is another offer, not the card's price.
    rare = [
        s
        for s in prices
        if (s.coverage(records) < MIN_FIELD_COVERAGE or len(s.per_record) < MIN_FIELD_RECORDS)
        and any("price" in step.lower() for step in s.key)
    ]
    covered = {n for s in prices if s not in rare for n in s.per_record}
    fillers: set[int] = set()
    for slot in rare:
        if covered and not covered & set(slot.per_record):
            fillers.add(id(slot))
            covered |= set(slot.per_record)
            # "/ 100 g" cut from the same "15,80 € / 100 g": the quantity goes with its price.
            fillers |= {id(s) for s in slots if s.part_name == BASE_QUANTITY_NAME and _cut_beside(s, slot)}
    return fillers


def _cut_beside(part: Slot, price: Slot) -> bool:
    """Whether ``part`` is cut from the same text as ``price``, right after it."""
    same_text = part.key == price.key and part.attribute == price.attribute
    return same_text and price.text_before is not None and part.text_after == price.text_before


def _are_prices(slot: Slot) -> bool:
    return values.share([values.is_price(v) for v in slot.first_values()]) >= PRICE_SHARE
