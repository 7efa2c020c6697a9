"""Tell the slots of a record template that hold data from those that say nothing about a record.

Captions, joiners ("by"), badges (``slotbadges``), highlighted search words (``slothighlights``),
icon-only links and link names (``slotlinknames``) and the same link or picture in every record
are decoration; a rare price filling the gap of the usual one is data (``pricegaps``).
"""

from __future__ import annotations

import re

from agents.heuristics import values
from agents.heuristics.actionslots import is_action
from agents.heuristics.admincontrols import is_owner_control
from agents.heuristics.dom import tag_of
from agents.heuristics.headedcolumns import is_headed_column
from agents.heuristics.idlelabels import is_caption_classed
from agents.heuristics.labelslots import is_caption_slot
from agents.heuristics.legalnotes import is_tax_note
from agents.heuristics.markcolumns import is_mark_column
from agents.heuristics.namedmarks import is_named_mark
from agents.heuristics.names import name_from_element
from agents.heuristics.namewords import keyword_name
from agents.heuristics.phrases import is_joiner
from agents.heuristics.pictureruns import are_slide_counters
from agents.heuristics.priceleads import is_price_lead
from agents.heuristics.raredata import is_rare_datum
from agents.heuristics.recordactions import is_enlargement, is_record_action
from agents.heuristics.sidepictures import is_side_picture_file
from agents.heuristics.slotbadges import is_badge, is_datum, is_place_part, is_varying_position
from agents.heuristics.slothighlights import is_highlight
from agents.heuristics.slotlinknames import is_link_name, link_has_content
from agents.heuristics.slots import Slot
from agents.heuristics.unitparts import BASE_QUANTITY_NAME

#: A slot filled in fewer records than this share is an accident of a few records, not a field;
#: a sale price shown on a quarter of a shop's products is still one.
MIN_FIELD_COVERAGE = 0.2
#: ...and it must come back in at least this many records to be a template's slot at all.
MIN_FIELD_RECORDS = 2
#: Fewer records than this showing one value may share it by chance.
MIN_CONSTANT_RECORDS = 3
#: A code written in letters that a microdata ``content`` shares across records: a currency
#: ("USD"), a language ("en-GB"), a schema.org state ("https://schema.org/InStock", "used"). Each is
#: a fact of every record (its price is in dollars), unlike a shared id or address.
_SHARED_CODE = re.compile(r"^(?:[A-Za-z]{2,20}(?:[-_][A-Za-z]{2,8})?|https?://schema\.org/[A-Z][A-Za-z]+)$")
#: Microdata properties that say how the page lists its records (NodeBB's ``itemListOrder``
#: "descending" in every topic), settings of the list, never facts of one record.
_LIST_SETTINGS = frozenset({"itemlistorder", "numberofitems"})


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
    if (slot.kind == "href" and not link_has_content(slot)) or is_enlargement(slot) or is_record_action(slot):
        # An icon-only link (vote arrow, bookmark) is an action, not data; so is "comment" to each
        # record's comment page; the thumbnail's link to its own file only shows it bigger.
        return "icon link or record action"
    firsts = slot.first_values()
    # A caption, a joiner or a link's name shows its word first in every record; decoration and
    # data that say nothing about a record are the same whole value in every record.
    same_first = len(set(firsts)) == 1 and records >= MIN_CONSTANT_RECORDS
    constant = same_first and _same_lists(slot)
    if (constant and _says_nothing_when_shared(slot, firsts[0])) or _one_icon_caption(slot):
        return "constant"  # the same link, icon or id in every record says nothing about the record
    if _is_terms_of_sale(slot) or (slot.kind == "tail" and same_first and not is_datum(firsts[0])):
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
    if is_link_name(slot, constant if slot.many else same_first):
        return "link name"  # "pdf", "Reviews": the name of a link, whose target is the value
    if constant and is_badge(slot) and not is_varying_position(slot, records) and not is_place_part(slot):
        # "Featured" in ``span.post-card-featured``: a flag
        return None if is_named_mark(slot, records) else "constant badge"
    if same_first and (is_joiner(firsts[0]) or _is_widget_caption(slot) or is_price_lead(slot)):
        return "joiner or lead"  # "by" before every author; "Rate this book" in every rating widget; "ab" 5,90 €
    if is_highlight(slot) or are_slide_counters(firsts):
        return "highlight or slide counter"  # "1/22" over the photos: the carousel's first slide of its count
    return None


def _is_terms_of_sale(slot: Slot) -> bool:
    """ "inkl. 19 % MwSt.", "zzgl. Versandkosten" beside every price: the legal terms of the sale,
    whose tax rate may differ between products, not a fact of the product (``legalnotes``)."""
    return slot.kind in ("text", "tail") and all(is_tax_note(v) for v in slot.first_values())


def _says_nothing_when_shared(slot: Slot, value: str) -> bool:
    """A link, picture, tooltip or ``data-*`` value the same in every record belongs to the page;
    so does a microdata ``content`` (``<meta itemprop="blogId" content="7308…">`` in every post),
    unless it is a code or a datum the records share (``_is_shared_code``) and no setting of the list."""
    if slot.kind == "content":
        if _is_list_setting(slot):
            return True
        return not (_is_shared_code(value) or is_datum(value))
    return slot.kind in ("href", "src", "alt", "title", "data")


def _is_shared_code(text: str) -> bool:
    """ "USD", "en-GB", "https://schema.org/InStock": a code every record of the page may share
    (its price's currency, its state), as it may share a date or a price (``is_datum``); an id
    ("7308815527164401932") or a link shared by all records is the page's own."""
    return bool(_SHARED_CODE.match(text.strip()))


def _is_list_setting(slot: Slot) -> bool:
    """``<meta itemprop="itemListOrder" content="descending">`` in every record: how the list is
    ordered, decided by what the property is, not by how its value is written."""
    props = (slot.sample_element().get("itemprop") or "").lower().split()
    return any(p in _LIST_SETTINGS for p in props)


def _one_icon_caption(slot: Slot) -> bool:
    """Icons captioned alike in every record (a row of "Yes" ticks): what they mark is the datum."""
    return slot.kind == "icon" and len({o.value for found in slot.per_record.values() for o in found}) < 2


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
