"""Tell the slots of a record template that hold data from those that say nothing about a record.

Captions, joiners ("by"), badges, highlighted search words, icon-only links and the same link or
picture in every record are decoration; a rare price filling the gap of the usual one is data.
"""

from __future__ import annotations

import re

from agents.heuristics import values
from agents.heuristics.actionslots import is_action, named_control
from agents.heuristics.admincontrols import is_owner_control
from agents.heuristics.cardlinks import names_its_record, shows_something
from agents.heuristics.dom import HtmlElement, full_text, is_element, tag_of
from agents.heuristics.fieldnames import keyword_class_words
from agents.heuristics.headedcolumns import is_headed_column
from agents.heuristics.idlelabels import is_caption_classed
from agents.heuristics.labels import is_list_sibling
from agents.heuristics.labelslots import is_caption_slot
from agents.heuristics.legalnotes import is_tax_note
from agents.heuristics.markcolumns import is_mark_column
from agents.heuristics.namedmarks import is_named_mark
from agents.heuristics.names import name_from_element
from agents.heuristics.namewords import keyword_name
from agents.heuristics.phrases import is_joiner
from agents.heuristics.pictureruns import are_slide_counters
from agents.heuristics.priceleads import is_price_lead
from agents.heuristics.raredata import is_rare_datum, is_stock_status
from agents.heuristics.recordactions import is_enlargement, is_record_action
from agents.heuristics.sidepictures import is_side_picture_file
from agents.heuristics.slots import Slot
from agents.heuristics.unitparts import BASE_QUANTITY_NAME

#: Field names whose values are pictures, never words shown on the page.
_IMAGE_NAMES = frozenset({"image"})
#: A slot filled in fewer records than this share is an accident of a few records, not a field;
#: a sale price shown on a quarter of a shop's products is still one.
MIN_FIELD_COVERAGE = 0.2
#: ...and it must come back in at least this many records to be a template's slot at all.
MIN_FIELD_RECORDS = 2
#: Fewer records than this showing one value may share it by chance.
MIN_CONSTANT_RECORDS = 3
#: Inline tags marking a word inside running text (a search term, an emphasis).
_INLINE_TAGS = frozenset({"span", "mark", "em", "b", "strong"})
#: "Berlin, Germany", "Austin, TX": a place, never a badge.
_PLACE = re.compile(r"^[A-ZÀ-Þ][\w .'-]{1,40}, [A-ZÀ-Þ][\w .'-]{1,40}$")
#: A letter of a word (running text holds some; the commas between parts do not).
_WORD = re.compile(r"[^\W\d_]")
#: A badge naming the seller's standing ("Super Sprzedawca", "Top Rated Seller", "Superhost"): who
#: sells is a fact of the offer, which a shopper weighs, not decoration. "Best seller" and "Top
#: seller" (or "Best-seller", "Top-Seller") praise the product, as plain badges do.
_SELLER_STANDING = re.compile(
    r"(?<!best[\s-])(?<!top[\s-])\bseller\b|superhost|\b(?:sprzedawca|verkäufer|händler|vendedor|vendeur|"
    r"venditore|verkoper|satıcı)\b",
    re.IGNORECASE,
)
#: A code written in letters that a microdata ``content`` shares across records: a currency
#: ("USD"), a language ("en-GB"), a schema.org state ("https://schema.org/InStock"). Each is a
#: fact of every record (its price is in dollars), unlike a shared id or address.
_SHARED_CODE = re.compile(r"^(?:[A-Za-z]{2,20}(?:[-_][A-Za-z]{2,8})?|https?://schema\.org/[A-Z][A-Za-z]+)$")
#: A highlighted search term is a word or two, the same in every record.
MAX_HIGHLIGHT_WORDS = 2
#: Share of a slot's values that must sit inside running text for it to be a highlight.
HIGHLIGHT_SHARE = 0.8
#: Share of a slot's values that must read as prices for it to be a price slot.
PRICE_SHARE = 0.8


def is_useful(slot: Slot, records: int) -> bool:
    return useless_reason(slot, records) is None


def useless_reason(slot: Slot, records: int) -> str | None:
    """Why ``slot`` says nothing about a record (a short name: "sparse", "constant", "caption", ...),
    or None when it is data."""
    if slot.part_name == BASE_QUANTITY_NAME and _is_common(slot, records):
        # "/ 1 kg" after every unit price, the same in all: what the price is for, in the records
        # of its price part (cut from the same text), which is kept where it is common enough.
        return None
    return _useless_reason(slot, records)


def _useless_reason(slot: Slot, records: int) -> str | None:
    if not _is_common(slot, records):
        return "sparse"  # an accident of a few records
    if is_owner_control(slot) or is_side_picture_file(slot) or is_mark_column(slot):
        # The author's "Edit Post" pencil, hidden from visitors; the poster's avatar or the brand's
        # logo, whose words say who and which; a "*" after some hubs, whose meaning is in its title.
        return "owner control, side picture or mark"
    if slot.kind == "href" and slot.many:
        return "tag links"  # the links of a tag list lead to tag pages, the tags themselves matter
    if (slot.kind == "href" and not _link_has_content(slot)) or is_enlargement(slot) or is_record_action(slot):
        # An icon-only link (vote arrow, bookmark) is an action, not data; so is "comment" to each
        # record's comment page; the thumbnail's link to its own file only shows it bigger.
        return "icon link or record action"
    firsts = slot.first_values()
    # A caption, a joiner or a link's name shows its word first in every record; decoration and
    # data that say nothing about a record are the same whole value in every record.
    same_first = len(set(firsts)) == 1 and records >= MIN_CONSTANT_RECORDS
    constant = same_first and _same_lists(slot)
    if (constant and _says_nothing_when_shared(slot.kind, firsts[0])) or _one_icon_caption(slot):
        return "constant"  # the same link, icon or id in every record says nothing about the record
    if _is_terms_of_sale(slot) or (slot.kind == "tail" and same_first and not _is_datum(firsts[0])):
        return "words around a value"  # "Rated <strong>4.67</strong> out of 5"; "inkl. 7 % MwSt."
    if slot.kind == "text":
        return _useless_text(slot, records, same_first, constant)
    return None


def _useless_text(slot: Slot, records: int, same_first: bool, constant: bool) -> str | None:
    """Why a text slot is no value: a call to act, a caption, a link's name, a badge, a joiner, a highlight."""
    firsts = slot.first_values()
    if is_action(slot) and not (slot.label and tag_of(slot.sample_element()) in ("dd", "td")):
        return "action"  # "Book" under a "Format" caption is a value, not a call to book
    tag = tag_of(slot.sample_element())
    captions = same_first and (values.is_label(firsts[0]) or tag in ("dt", "th", "label", "button"))
    if captions or (same_first and _is_caption(slot)) or is_caption_slot(slot, constant):
        return "caption"  # "Laufzeit:" / "Vertrag:" before the term; "mtl." after every price
    if _is_link_name(slot, constant if slot.many else same_first):
        return "link name"  # "pdf", "Reviews": the name of a link, whose target is the value
    if constant and _is_badge(slot) and not _is_varying_position(slot, records) and not _is_place_part(slot):
        # "Featured" in ``span.post-card-featured``: a flag
        return None if is_named_mark(slot, records) else "constant badge"
    if same_first and (is_joiner(firsts[0]) or _is_widget_caption(slot) or is_price_lead(slot)):
        return "joiner or lead"  # "by" before every author; "Rate this book" in every rating widget; "ab" 5,90 €
    if _is_highlight(slot) or are_slide_counters(firsts):
        return "highlight or slide counter"  # "1/22" over the photos: the carousel's first slide of its count
    return None


def _is_terms_of_sale(slot: Slot) -> bool:
    """ "inkl. 19 % MwSt.", "zzgl. Versandkosten" beside every price: the legal terms of the sale,
    whose tax rate may differ between products, not a fact of the product (``legalnotes``)."""
    return slot.kind in ("text", "tail") and all(is_tax_note(v) for v in slot.first_values())


def _says_nothing_when_shared(kind: str, value: str) -> bool:
    """A link, picture, tooltip or ``data-*`` value the same in every record belongs to the page;
    so does a microdata ``content`` (``<meta itemprop="blogId" content="7308…">`` in every post),
    unless it is a code or a datum the records share (``_is_shared_code``)."""
    if kind == "content":
        return not (_is_shared_code(value) or _is_datum(value))
    return kind in ("href", "src", "alt", "title", "data")


def _is_shared_code(text: str) -> bool:
    """ "USD", "en-GB", "https://schema.org/InStock": a code every record of the page may share
    (its price's currency, its state), as it may share a date or a price (``_is_datum``); an id
    ("7308815527164401932") or a link shared by all records is the page's own."""
    return bool(_SHARED_CODE.match(text.strip()))


def _one_icon_caption(slot: Slot) -> bool:
    """Icons captioned alike in every record (a row of "Yes" ticks): what they mark is the datum."""
    return slot.kind == "icon" and len({o.value for found in slot.per_record.values() for o in found}) < 2


def _is_link_name(slot: Slot, same: bool) -> bool:
    """The same words in every record naming a link to each record's own page ("pdf", "Reviews"):
    the target is the value. A captioned link ("Licence: Open Government Licence") or one leading
    to one same page from every record (a licence, an author) names the value itself; a list
    counts as the same only when its whole list is (the searched hashtag first, others after), and
    links numbered 2, 3, 4 are the pages of a record (a topic's page jumps). One same page opening
    in a window of its own ("Return Policy: Standard Return Policy") is a document beside the list,
    the same for every record, captioned or not; a value (an author, a licence) is browsed in place."""
    if tag_of(slot.sample_element()) != "a":
        return False
    if same and _names_a_link(slot) and _opens_apart(slot):
        return True
    if slot.label:
        return False
    if slot.many and all(v.isdigit() for found in slot.per_record.values() for v in (o.value for o in found)):
        return True
    return same and bool((slot.sample_element().get("href") or "").strip()) and not _names_a_link(slot)


def _is_common(slot: Slot, records: int) -> bool:
    """Found in enough records to be a slot of the template, or clearly data where it is found:
    a rare datum, a named mark, or a column a table's header names (a "Flag Date" set on a few rows)."""
    if len(slot.per_record) < min(records, MIN_FIELD_RECORDS):
        return is_rare_datum(slot)
    if slot.coverage(records) >= MIN_FIELD_COVERAGE or is_rare_datum(slot) or is_named_mark(slot, records):
        return True
    return is_headed_column(slot)


def _same_lists(slot: Slot) -> bool:
    """Whether a list slot holds one same whole list in every record: every card's first
    category may be the searched word ("Ramen") while the categories after it differ."""
    return not slot.many or len({tuple(o.value for o in occ) for occ in slot.per_record.values()}) == 1


def _is_highlight(slot: Slot) -> bool:
    """The searched word marked inside each result's title or snippet ("Cape Wrath
    <span class=searchmatch>Lighthouse</span>"): a fragment of running text, the same word or
    two in every record, which the text around it already holds."""
    occurrences = [occ for found in slot.per_record.values() for occ in found]
    if slot.label or tag_of(occurrences[0].element) not in _INLINE_TAGS:
        return False
    words = {re.sub(r"s$", "", o.value.lower()) for o in occurrences}
    if len(words) > MAX_HIGHLIGHT_WORDS or any(len(o.value.split()) > MAX_HIGHLIGHT_WORDS for o in occurrences):
        return False
    return values.share([_in_running_text(o.element) for o in occurrences]) >= HIGHLIGHT_SHARE


def _in_running_text(element: HtmlElement) -> bool:
    parent = element.getparent()
    if parent is None:
        return False
    # Words, not the commas between an address's parts ("<span>Rye Lane</span>, <span>London</span>").
    around = [parent.text or "", *(c.tail or "" for c in parent)]
    return any(_WORD.search(t) for t in around)


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


def _is_caption(slot: Slot) -> bool:
    """``<span class="price-label">Sonderpreis</span>``: an element whose class calls it a label
    or caption names the value beside it and is no value itself; one that names nothing (a
    ``label--buy-now`` over the picture) is a flag (``idlelabels``)."""
    return any(is_caption_classed(found[0].element) for found in slot.per_record.values() if found)


def _is_widget_caption(slot: Slot) -> bool:
    """The same words without a digit in every record, under a class that names a rating: the
    caption of a widget to rate the item ("Rate this book", "Clear rating"), not its rating."""
    text = slot.first_values()[0]
    return not re.search(r"\d", text) and keyword_name(name_from_element(slot.sample_element()) or "") == "rating"


def _is_badge(slot: Slot) -> bool:
    """The same words in every record that has them ("Sale!", "Seen"), naming no link to one
    same place (a category), outside a table's column, and under no name that says the value can change (availability,
    status): decoration. A column is data even when this page's rows all hold one value."""
    element = slot.sample_element()
    if _names_a_link(slot) or slot.label:
        return False
    if tag_of(element) == "td":
        return False
    text = slot.first_values()[0]
    if _is_datum(text) or _SELLER_STANDING.search(text):
        return False
    return not _names_a_text_field(element)


def _is_varying_position(slot: Slot, records: int) -> bool:
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


def _is_place_part(slot: Slot) -> bool:
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


def _names_a_link(slot: Slot) -> bool:
    """Whether the slot's text is the whole name of a link, inside the record, to one same real
    address in every record (``<a href="/search?cflt=ramen"><span>Ramen</span></a>``): the name
    of the category or brand every record shows, not decoration. A link to each record's own
    page ("See availability") is a call to act, whatever it reads."""
    targets: set[str] = set()
    for occurrences in slot.per_record.values():
        link = named_control(occurrences[0].element, len(slot.key) - 1, ("a",))
        href = (link.get("href") or "").strip() if link is not None else ""
        if not href or href.startswith(("#", "javascript:")):
            return False
        targets.add(href)
    return len(targets) == 1


def _opens_apart(slot: Slot) -> bool:
    """Whether every record's link opens in a new window (``target="_blank"``)."""
    for occurrences in slot.per_record.values():
        link = named_control(occurrences[0].element, len(slot.key) - 1, ("a",))
        if link is None or (link.get("target") or "").strip().lower() != "_blank":
            return False
    return True


def _is_datum(text: str) -> bool:
    """A date, a price, a place ("Berlin, Germany") or a stock status ("Sold out") is a value even
    when this page's records all share it; a badge is a word or two ("Sale!", "Best seller")."""
    return values.is_price(text) or values.is_date(text) or bool(_PLACE.match(text)) or is_stock_status(text)


def _link_has_content(slot: Slot) -> bool:
    """A link showing words or a picture, or an empty one named after its record (see
    ``cardlinks``); an empty link named the same in every record is an icon action."""
    return shows_something(slot.sample_element()) or names_its_record(slot)
