"""Values only a few records show that are still data, not an accident of a few cards.

A field needs to be found in a fair share of the records to be a slot of the template; below that
it is usually a badge or a stray line. Two kinds of value are data wherever they appear: the price
before a sale (IKEA's "Previous price" on four products of a page, a struck ``<s>`` price) and a
paragraph of a record's own (the Guardian's standfirst on its two big cards). A stock status
("Sold out", "Out of stock") is data too: it is why those few records differ from the rest, and
so is the new value beside a struck one (a delayed flight's expected time).
"""

from __future__ import annotations

import re

from agents.heuristics import values
from agents.heuristics.classtokens import class_words
from agents.heuristics.detailprices import OLD_PRICE_CAPTIONS
from agents.heuristics.dom import HtmlElement, tag_of, text_before_child
from agents.heuristics.oldprices import STRUCK_TAGS, is_struck_amount, marks_old_price
from agents.heuristics.pictured import is_pictured_name
from agents.heuristics.priceranges import closes_range
from agents.heuristics.slots import Slot

#: The whole words of an item that cannot be had now, in the languages of the web's big shops.
_STOCK_STATUS = re.compile(
    r"^(?:(?:temporarily |currently )?(?:sold[ -]out|out of stock|unavailable|not available)"
    r"|(?:momentan |derzeit )?(?:ausverkauft|nicht (?:verfügbar|lieferbar)|vergriffen)"
    r"|(?:temporairement )?(?:épuisée?s?|en rupture(?: de stock)?|indisponibles?)"
    r"|agotados?|sin (?:stock|existencias)|esauriti?|non disponibili?|uitverkocht|niet (?:leverbaar|beschikbaar)"
    r"|esgotados?|indisponível|wyprzedane|slutsåld|utsolgt|udsolgt|loppuunmyyty)[.!]?$",
    re.IGNORECASE,
)
#: Records a rare value must still be found in.
MIN_RARE_RECORDS = 2
#: A paragraph of a record's own is at least this long, in characters and in words.
MIN_PROSE_CHARS = 60
MIN_PROSE_WORDS = 8
#: Class words of the price before a sale beside those ``marks_old_price`` knows.
_OLD_PRICE_CLASS_WORDS = frozenset({"previous", "prev", "strikeout", "struck", "regular"})
#: The whole caption of the price before a sale, beside it in a wrapper of their own.
_OLD_PRICE_CAPTION = re.compile(OLD_PRICE_CAPTIONS, re.IGNORECASE)


def is_rare_datum(slot: Slot) -> bool:
    """A value only a few records show that is still clearly data, not an accident of a few
    cards: a price marked as the one before a sale (IKEA's "Previous price" on four products of
    a page, a struck ``<s>`` price) or closing a range ("8,90 € – 24,90 €"), a paragraph of its
    own in each record that has one (the Guardian's standfirst on its two big cards) or a name
    shown with its person's portrait (the byline of an opinion card). A badge, a bare byline or a
    duration is neither. A price struck or classed as the old one is data even where only one
    product of the first page is on sale."""
    if slot.kind != "text" or slot.many or not slot.per_record:
        return False
    firsts = slot.first_values()
    if len(slot.per_record) < MIN_RARE_RECORDS or _are_struck_amounts(slot):
        return _is_struck_price(slot)
    if all(is_stock_status(v) for v in firsts):
        return True
    if all(values.is_price(v) for v in firsts):
        elements = [occ[0].element for occ in slot.per_record.values()]
        levels = len(slot.key)
        return all(_marked_old(e, levels) for e in elements) or all(closes_range(e, levels - 1) for e in elements)
    if all(_replaces_struck(occ[0].element) for occ in slot.per_record.values()):
        return True
    return _are_own_paragraphs(slot) or is_pictured_name(slot)


def _is_struck_price(slot: Slot) -> bool:
    """A price struck through or classed as the old one (``<del>``, ``span.old-price``): the mark
    says what it is, however few records show it; a caption or a range's end alone does not."""
    if _are_struck_amounts(slot):
        return True
    if not all(values.is_price(v) for v in slot.first_values()):
        return False
    return all(marks_old_price(occ[0].element) for occ in slot.per_record.values())


def _are_struck_amounts(slot: Slot) -> bool:
    """ "<del>64,99</del>" beside the price, in a shop that writes no currency sign: the price
    before the sale as surely as a struck "64,99 €"."""
    return all(is_struck_amount(occ[0].element, occ[0].value) for occ in slot.per_record.values() if occ)


def _replaces_struck(element: HtmlElement) -> bool:
    """``<del>18:00</del> <span>18:40</span>``: the value right after a struck one is what it
    changed to (a delayed flight's new time), shown only where something changed."""
    before = element.getprevious()
    while before is not None and not isinstance(before.tag, str):
        before = before.getprevious()  # a comment between them
    if before is None or (before.tail or "").strip():
        return False
    return tag_of(before) in STRUCK_TAGS or "line-through" in (before.get("style") or "")


def is_stock_status(text: str) -> bool:
    """Whether the text says the item cannot be had now ("Sold out", "Ausverkauft", "Épuisé")."""
    return bool(_STOCK_STATUS.match(" ".join(text.split())))


def _marked_old(element: HtmlElement, levels: int) -> bool:
    """Whether a price, or a wrapper of it inside the record, is struck through, classed as the
    old price, or captioned so ("Previous price", "Was", "RRP" before it)."""
    child = element
    for wrapper in [element, *list(element.iterancestors())[: max(levels - 1, 0)]]:
        if marks_old_price(wrapper) or class_words(wrapper) & _OLD_PRICE_CLASS_WORDS:
            return True
        if wrapper is not element and _OLD_PRICE_CAPTION.fullmatch(text_before_child(wrapper, child).strip(" :\u00a0")):
            return True  # "Previous price £190", not "£655 total before taxes"
        child = wrapper
    return False


def _are_own_paragraphs(slot: Slot) -> bool:
    """Long texts of several words, each different, none a link's name: prose that belongs to
    its record (a summary), not a label or a teaser repeated across cards."""
    firsts = slot.first_values()
    if len(set(firsts)) != len(firsts):
        return False
    if any(len(v) < MIN_PROSE_CHARS or len(v.split()) < MIN_PROSE_WORDS for v in firsts):
        return False
    return not any(o[0].element.xpath("ancestor-or-self::a") for o in slot.per_record.values())
