"""Names of the amounts and counts around a record's price and rating.

Beside a price a shop shows the price before the sale (struck out, classed ``old-price``), what
the sale takes off ("Save $30", "-8%"), and under the stars the number of reviews ("(10,342)").
Each keeps a name of its own, so that none is taken for the price or the rating.
"""

from __future__ import annotations

import math
import re

from agents.heuristics.classtokens import semantic_classes
from agents.heuristics.datamarkers import test_id
from agents.heuristics.dom import HtmlElement, tag_of
from agents.heuristics.names import literal_class_name, name_from_element
from agents.heuristics.oldprices import STRUCK_TAGS, is_struck_amount, marks_old_price
from agents.heuristics.ratingwords import SCORE_ON_SCALE
from agents.heuristics.slots import Slot
from agents.heuristics.valuetypes import TYPE_SHARE, type_from_values
from pipeline.core.numbertext import parse_number
from pipeline.core.schemas import FieldType

#: Wrappers looked at for a mark of the price before a sale.
STRUCK_MARK_DEPTH = 3
#: A share written taken off a price: "-6%", "−12 %".
_TAKEN_OFF = re.compile(r"^[-\u2212]\s?\d+(?:[.,]\d+)?\s?%$")
#: Class words of a percentage taken off a price.
_SAVING_WORDS = frozenset({"save", "saving", "savings", "discount", "off", "sale", "reduction", "reduced"})
#: Captions of what a sale takes off: "Save $30", "You save: £5.00", "Savings $12.50".
_SAVING_CAPTION = re.compile(r"^(?:you\s+save|save|savings?)\b\s*:?", re.IGNORECASE)
#: A class of its own naming reviews (``c-reviews``, ``review-count``, ``num-reviews``): the count
#: of reviews, whatever rating widget wraps it.
_REVIEW_COUNT_CLASS = re.compile(r"(?:^|[-_])(?:num[-_]?)?reviews?(?:[-_]?(?:count|total|number))?$", re.IGNORECASE)
#: A test hook or class counting ratings or reviews (``mms-customer-rating-count``,
#: ``rating-count``, ``reviewCount``): "rating" alone is the rating, a count of them is not.
_COUNT_HOOK = re.compile(r"(?:^|[-_])(?:ratings?|reviews?)[-_]?(?:count|total)$", re.IGNORECASE)
_SCORE_ON_SCALE = re.compile(SCORE_ON_SCALE, re.IGNORECASE)


def other_price_name(slot: Slot) -> str | None:
    """The name of an amount beside the price that is not the price: "saving" for "Save $30",
    "old_price" for ``<del>$129.00</del> <ins>$99.00</ins>``."""
    if is_saving(slot):
        return "saving"  # even inside an old-price wrapper: a saving is never the price before the sale
    return "old_price" if is_struck_price(slot) else None


def is_struck_price(slot: Slot) -> bool:
    """``<del>$129.00</del>``, ``span.old-price > span``: the price before the sale."""
    element = slot.sample_element()
    struck = any(step.split(".")[0].split("[")[0] in STRUCK_TAGS for step in slot.key) or any(
        tag_of(a) in STRUCK_TAGS for a in element.iterancestors()
    )
    marked = any(marks_old_price(e) for e in [element, *list(element.iterancestors())[:STRUCK_MARK_DEPTH]])
    if not (struck or marked):
        return False
    if type_from_values(slot.first_values()) == "price":
        return True
    # "<del>64,99</del>" beside the price of a shop that writes no currency sign
    return all(is_struck_amount(occ[0].element, occ[0].value) for occ in slot.per_record.values() if occ)


def is_saving(slot: Slot) -> bool:
    """An amount captioned "Save", "You save" or "Savings", by its label or in its own text: what
    the sale takes off, never the price nor the price before the sale."""
    firsts = slot.first_values()
    captions = [slot.label] if slot.label else firsts
    amounts = [v.rstrip() for v in firsts]
    return (
        bool(captions)
        and all(_SAVING_CAPTION.match(c) for c in captions)
        and type_from_values(firsts) == "price"
        and not all(v.endswith("%") for v in amounts)  # "Save 20%" is a share, named apart
    )


def review_count_name(element: HtmlElement, texts: list[str]) -> str | None:
    """``<span class="c-reviews">(10,342)</span>`` inside ``a.c-ratings-reviews``: whole numbers
    under a class of their own naming reviews are the review count; the innermost class naming a
    field wins over the rating its wrapper names."""
    numbers = [parse_number(t) for t in texts]
    if not numbers or any(n is None or not math.isfinite(n) or not n.is_integer() for n in numbers):
        return None
    hook = test_id(element)
    named = any(_REVIEW_COUNT_CLASS.search(token) for token in semantic_classes(element)) or bool(
        hook and _COUNT_HOOK.search(hook[1])
    )
    return "review_count" if named else None


def refit_amount(name: str, field_type: FieldType, guessed: FieldType, slot: Slot) -> tuple[str, FieldType]:
    """A price or rating name whose values are no amount of it; a price named for its role."""
    firsts, element = slot.first_values(), slot.sample_element()
    if field_type == "price" and firsts and all(v.rstrip().endswith("%") for v in firsts):
        return percent_name(element, firsts), "number"  # "8%" under "price-save-percent": a share, never an amount
    if field_type == "rating" and firsts and _share_on_scale(firsts) >= TYPE_SHARE:
        return name, field_type  # "4 sur 5" in div.stars: its element says a whole score is one
    if field_type in ("price", "rating") and guessed not in ("price", "rating", "number"):
        # A "price" class holding "Free" or "On request" is text; "price-for-x-nights" holding
        # "2 nights, 2 adults" is not the price either, and must not take the price's name.
        return literal_class_name(element) or name, "text"
    return (_price_role_name(name, slot) if field_type == "price" else name), field_type


def percent_name(element: HtmlElement, texts: list[str]) -> str:
    """A percentage beside the prices: the discount when its class speaks of saving or every value
    is written taken off ("-6%"), else what its class says ("price-change-percent")."""
    words = {w for t in semantic_classes(element) for w in re.split(r"[^a-z]+", t.lower())}
    if words & _SAVING_WORDS:
        return "discount"
    if named := literal_class_name(element):
        return named
    return "discount" if texts and all(_TAKEN_OFF.match(t.strip()) for t in texts) else "percent"


def _price_role_name(name: str, slot: Slot) -> str:
    """ "price" for a price column whose name came from a class saying the value of the first
    record: ``pill pill-free`` there, ``pill pill-paid`` and ``pill pill-sold-out`` elsewhere."""
    own = {name_from_element(occurrences[0].element) for occurrences in slot.per_record.values()}
    return "price" if name == name_from_element(slot.sample_element()) and len(own) > 1 else name


def _share_on_scale(texts: list[str]) -> float:
    return sum(bool(_SCORE_ON_SCALE.fullmatch(t.strip())) for t in texts) / len(texts)
