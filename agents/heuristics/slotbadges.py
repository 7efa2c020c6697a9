"""Whether the same words in every record are a badge ("Sale!", "Featured") or a datum the
records share: a date, a price, a place, a stock status, a seller's standing, a part of a
compound value, or a field whose name says it can change.
"""

from __future__ import annotations

import re

from agents.heuristics import values
from agents.heuristics.dom import HtmlElement, full_text, is_element, tag_of
from agents.heuristics.fieldnames import keyword_class_words
from agents.heuristics.labels import is_list_sibling
from agents.heuristics.names import name_from_element
from agents.heuristics.namewords import keyword_name
from agents.heuristics.raredata import is_stock_status
from agents.heuristics.slotlinknames import names_a_link
from agents.heuristics.slots import Slot

#: Field names whose values are pictures, never words shown on the page.
_IMAGE_NAMES = frozenset({"image"})
#: "Berlin, Germany", "Austin, TX": a place, never a badge.
_PLACE = re.compile(r"^[A-ZÀ-Þ][\w .'-]{1,40}, [A-ZÀ-Þ][\w .'-]{1,40}$")
#: A badge naming the seller's standing ("Super Sprzedawca", "Top Rated Seller", "Superhost"): who
#: sells is a fact of the offer, which a shopper weighs, not decoration. "Best seller" and "Top
#: seller" (or "Best-seller", "Top-Seller") praise the product, as plain badges do.
_SELLER_STANDING = re.compile(
    r"(?<!best[\s-])(?<!top[\s-])\bseller\b|superhost|\b(?:sprzedawca|verkäufer|händler|vendedor|vendeur|"
    r"venditore|verkoper|satıcı)\b",
    re.IGNORECASE,
)


def is_badge(slot: Slot) -> bool:
    """The same words in every record that has them ("Sale!", "Seen"), naming no link to one
    same place (a category), outside a table's column, and under no name that says the value can change (availability,
    status): decoration. A column is data even when this page's rows all hold one value."""
    element = slot.sample_element()
    if names_a_link(slot) or slot.label:
        return False
    if tag_of(element) == "td":
        return False
    text = slot.first_values()[0]
    if is_datum(text) or _SELLER_STANDING.search(text):
        return False
    return not _names_a_text_field(element)


def is_varying_position(slot: Slot, records: int) -> bool:
    """One of a run of like siblings read by position (an address's street, town and county lines)
    whose other positions vary, filled in every record: a part of a compound value, a column
    even when this page's records all share it ("London" after each street). An item of a list
    (``li``: "ULEZ" after a car's specs on some cards) is a fact of its own, which may be a badge."""
    if "~" not in slot.key[-1] or len(slot.per_record) < records or tag_of(slot.sample_element()) == "li":
        return False
    others: set[str] = set()
    for occurrences in slot.per_record.values():
        element = occurrences[0].element
        parent = element.getparent()
        if parent is None:
            return False
        others.update(
            full_text(c) for c in parent if c is not element and is_element(c) and is_list_sibling(c, element)
        )
    return len(others) > 1


def is_place_part(slot: Slot) -> bool:
    """``<a>Rioja</a>, <span>Spain</span>``: a part of a line reading as a place ("Rioja, Spain")
    in every record, the country every record of this page shares beside a region that varies.
    The slot must be a whole part between the commas: "Shipping" opening "Shipping Get it by Wed,
    Dec 10" is a caption inside a line that merely holds a comma."""
    for occurrences in slot.per_record.values():
        element = occurrences[0].element
        parent = element.getparent()
        line = " ".join(full_text(parent).split()) if parent is not None else ""
        if not _PLACE.match(line) or " ".join(full_text(element).split()) not in line.split(", "):
            return False
    return True


def _names_a_text_field(element: HtmlElement) -> bool:
    """Whether the element's name or class words name a field that can change and hold text
    (availability, status, location): an image's words ("thumbnail") rescue no text, and "Now
    playing" over every video's thumbnail is decoration."""
    names = [keyword_name(name_from_element(element) or ""), *map(keyword_name, keyword_class_words(element))]
    return any(name and name not in _IMAGE_NAMES for name in names)


def is_datum(text: str) -> bool:
    """A date, a price, a place ("Berlin, Germany") or a stock status ("Sold out") is a value even
    when this page's records all share it; a badge is a word or two ("Sale!", "Best seller")."""
    return values.is_price(text) or values.is_date(text) or bool(_PLACE.match(text)) or is_stock_status(text)
