"""One field for one value written two ways in different records of a list.

A regular card shows its price plainly and a card on sale shows it in ``<ins>`` beside the struck
one; a card's ``<time>`` is second or third in its line as optional values come and go. Each way is
a slot of its own; never meeting in one record, they are one field, read by one selector when one
fits both (``time``), else by the two side by side. So are two ways of showing the price before a
sale: a shop's card says "MSRP: $42.00" under the maker's list price and "Was: $39.95" under its own
former one, never both on one card; either is the price the sale is measured from. So are two
ways of writing a card's text: a post's teaser beside its picture (``div.text-with-image p``) or
alone (``div.text > p``), named alike by their places and holding the same kind of text.
"""

from __future__ import annotations

import re
from dataclasses import replace
from statistics import median

from parsel import Selector

from agents.heuristics.amountnames import is_struck_price
from agents.heuristics.detailprices import OLD_PRICE_CAPTIONS
from agents.heuristics.dom import tag_of
from agents.heuristics.fieldcss import agreement, best_selector
from agents.heuristics.fieldnames import FieldDraft
from agents.heuristics.priceranges import TOP_END_SUFFIX
from pipeline.core.schemas import FieldSpec

#: The suffix ``unique_name`` gives a second field of one name ("description_2").
_NAME_COUNTER = re.compile(r"_\d+$")
#: Names given where a place says nothing of its role: two such texts share no role by their names.
_UNNAMED = frozenset({"text"})
#: Words a text's values hold (the median) from which it is prose: a teaser, not a name or a place.
PROSE_WORDS = 8
#: Share of its records in which a text must read differently to be a value rather than a badge.
DISTINCT_SHARE = 0.5

#: A label saying its price is the one before a sale: "Was:", "MSRP", "Compare at".
_FORMER_CAPTION = re.compile(rf"^\s*{OLD_PRICE_CAPTIONS}\s*:?\s*$", re.IGNORECASE)


def with_alternatives_joined(drafts: list[FieldDraft], sample: list[Selector]) -> list[FieldDraft]:
    """One field for two variants of the template that never meet in one record: the plain price
    of a regular card and the sale price of a card on sale (beside its struck-out price); the
    ``<time>`` of a card, second or third in its line as optional values come and go; a teaser
    beside a picture or alone."""
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
        if spec.type == "text" and agreement(sample, slot, selector) < 1.0:
            kept.append(draft)  # no selector reads each variant's text alone: two fields stay apart
            continue
        joined = first.spec.model_copy(
            update={
                "selector": selector,
                "confidence": min(1.0, round((first.spec.confidence or 0) + (spec.confidence or 0), 2)),
            }
        )
        kept[partner] = FieldDraft(slot, joined)
    return kept


def _alternatives(kept: FieldDraft, draft: FieldDraft) -> bool:
    """Two single prices (both current or both former ones), two dates read alike or two texts of
    one role, never in the same record."""
    a, b = kept.spec, draft.spec
    return (
        a.type == b.type
        and (_alike_prices(kept, draft) or a.type == "date" or _alike_texts(kept, draft))
        and not (a.many or b.many)
        and a.attribute == b.attribute
        and not set(kept.slot.per_record) & set(draft.slot.per_record)
    )


def _alike_texts(kept: FieldDraft, draft: FieldDraft) -> bool:
    """Two texts of one role in two variants of a card, read from elements of one tag: both short
    and named alike by their places, or both prose (a teaser) in one box of the card or named alike."""
    a, b = kept, draft
    if a.spec.type != "text" or a.slot.kind != "text" or b.slot.kind != "text":
        return False
    if tag_of(a.slot.sample_element()) != tag_of(b.slot.sample_element()) or _is_prose(a) != _is_prose(b):
        return False
    if not (_varies(a) and _varies(b)):
        return False  # a badge's few words ("Featured", "Members only") are flags of their own
    name = _NAME_COUNTER.sub("", a.spec.name)
    if name == _NAME_COUNTER.sub("", b.spec.name) and name not in _UNNAMED:
        return True
    return _is_prose(a) and len(a.slot.key) > 1 < len(b.slot.key) and a.slot.key[0] == b.slot.key[0]


def _varies(draft: FieldDraft) -> bool:
    """Whether the text changes from record to record, as a field's value does (mostly distinct)."""
    shown = draft.slot.first_values()
    return len(set(shown)) >= max(2, DISTINCT_SHARE * len(shown))


def _is_prose(draft: FieldDraft) -> bool:
    """Whether the text reads as sentences (a teaser, a summary) rather than a short value."""
    return median(len(v.split()) for v in draft.slot.first_values()) >= PROSE_WORDS


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
