"""One field for one value written two ways in different records of a list.

A regular card shows its price plainly and a card on sale shows it in ``<ins>`` beside the struck
one; a card's ``<time>`` is second or third in its line as optional values come and go. Each way is
a slot of its own; never meeting in one record, they are one field, read by one selector when one
fits both (``time``), else by the two side by side. So are two ways of showing the price before a
sale: a shop's card says "MSRP: $42.00" under the maker's list price and "Was: $39.95" under its own
former one, never both on one card; either is the price the sale is measured from.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsel import Selector

from agents.heuristics.amountnames import is_struck_price
from agents.heuristics.detailprices import OLD_PRICE_CAPTIONS
from agents.heuristics.fieldcss import best_selector
from agents.heuristics.fieldnames import FieldDraft
from agents.heuristics.priceranges import TOP_END_SUFFIX
from pipeline.core.schemas import FieldSpec

#: A label saying its price is the one before a sale: "Was:", "MSRP", "Compare at".
_FORMER_CAPTION = re.compile(rf"^\s*{OLD_PRICE_CAPTIONS}\s*:?\s*$", re.IGNORECASE)


def with_alternatives_joined(drafts: list[FieldDraft], sample: list[Selector]) -> list[FieldDraft]:
    """One field for two variants of the template that never meet in one record: the plain price
    of a regular card and the sale price of a card on sale (beside its struck-out price); the
    ``<time>`` of a card, second or third in its line as optional values come and go."""
    kept: list[FieldDraft] = []
    for draft in drafts:
        partner = next((i for i, k in enumerate(kept) if _alternatives(k, draft)), None)
        if partner is None:
            kept.append(draft)
            continue
        first, spec = kept[partner], draft.spec
        slot = replace(first.slot, per_record={**first.slot.per_record, **draft.slot.per_record})
        # One selector right on both variants ("time") when there is one, else the two side by side.
        selector = best_selector(sample, slot) or f"{first.spec.selector}, {spec.selector}"
        joined = first.spec.model_copy(
            update={
                "selector": selector,
                "confidence": min(1.0, round((first.spec.confidence or 0) + (spec.confidence or 0), 2)),
            }
        )
        kept[partner] = FieldDraft(slot, joined)
    return kept


def _alternatives(kept: FieldDraft, draft: FieldDraft) -> bool:
    """Two single prices (both current or both former ones) or two dates read alike, never in the
    same record."""
    a, b = kept.spec, draft.spec
    return (
        a.type == b.type
        and (_alike_prices(kept, draft) or a.type == "date")
        and not (a.many or b.many)
        and a.attribute == b.attribute
        and not set(kept.slot.per_record) & set(draft.slot.per_record)
    )


def _alike_prices(kept: FieldDraft, draft: FieldDraft) -> bool:
    """Two prices of one role: neither the price before a sale (a current price never alternates
    with a struck one), or both it under two marks ("MSRP:" here, "Was:" there)."""
    a, b = kept.spec, draft.spec
    if a.type != "price" or _range_end(a, b):
        return False
    if "old" not in a.name + b.name:
        return not (_former(kept) or _former(draft))
    return _former(kept) and _former(draft)


def _former(draft: FieldDraft) -> bool:
    """The price before a sale: struck, classed so (``price--rrp``) or labelled so ("Was:")."""
    label = draft.slot.label or ""
    return "old" in draft.spec.name or is_struck_price(draft.slot) or bool(_FORMER_CAPTION.match(label))


def _range_end(*specs: FieldSpec) -> bool:
    """A range's top end ("… – 24,90 €") is no variant of any other price, even where it never
    meets one (a unit price shown only on products without variants)."""
    return any(spec.name.endswith(TOP_END_SUFFIX) for spec in specs)
