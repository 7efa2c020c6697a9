"""Name and type one slot of a record template the way a person reading the page would.

Names come from the value's label (``Origin:``), its column header, its itemprop or class
(``product-price`` -> price), its role in the record (the heading is the title, its link the
url), the container of a list (``ul.tasting-notes``), and only then from the kind of value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from parsel import Selector

from agents.heuristics import values, valuetypes
from agents.heuristics.amountnames import other_price_name, percent_name, refit_amount, review_count_name
from agents.heuristics.attributes import data_name, is_unix_time
from agents.heuristics.classtokens import semantic_classes
from agents.heuristics.contextnames import (
    ancestor_name,
    anchor_name,
    caption_name,
    column_name,
    constant_text_name,
    date_name,
    image_name,
    keyword_name_around,
    title_name,
    unit_name,
)
from agents.heuristics.dom import HtmlElement, full_text, is_inside
from agents.heuristics.identifiers import captioned_identifier_kind
from agents.heuristics.kindnames import name_from_kind, version_name
from agents.heuristics.labels import icon_caption
from agents.heuristics.labelslots import unit_after
from agents.heuristics.leadingids import identifier_name
from agents.heuristics.listnames import hinted_name, list_name_and_type, plural
from agents.heuristics.minutenames import duration_name, reading_minutes_name
from agents.heuristics.modifierlabels import is_layout_label
from agents.heuristics.names import (
    literal_class_name,
    name_from_class,
    name_from_element,
    name_from_itemprop,
    name_from_label,
    slugify,
)
from agents.heuristics.namewords import keyword_name
from agents.heuristics.offerednames import counted_words_name, offered_name, reading_time_name
from agents.heuristics.phrases import are_rating_phrases, shared_lead, shared_number_label
from agents.heuristics.profilenames import names_linked_profile
from agents.heuristics.slots import Slot
from agents.heuristics.valuetypes import CLOCK, TYPE_SHARE, are_counts, are_ranges, type_from_values
from pipeline.core.normalize import normalize_value
from pipeline.core.schemas import FieldSpec, FieldType

#: What an address or a file name looks like: one word, with a slash or a dot in it, and a letter:
#: "1/24" (a photo counter), "3.5" or "12/03" are a count, a number or a day, never an address.
_URL_SHAPED = re.compile(r"^(?=\S*[^\W\d_])[^\s/.]*[/.]\S*$")
#: A value written as an address: with a scheme, from the site's root, or a "www." host.
_ADDRESS = re.compile(r"^(?:[a-z][a-z0-9+.-]*://|/|www\.)", re.IGNORECASE)
#: Whole numbers this long in a data-* attribute are identifiers, kept as written.
MIN_ID_DIGITS = 8
#: Names of a value's look, not of what it is (``span.label``, a typography "caption"): they give
#: way to a name the record offers (the icon beside the count, "by" before the person).
_GIVING_WAY = frozenset({"label", "caption", "value", "text"})
#: A whole number in brackets, as a rating's count of reviews is written: "(127)", "(1.287)".
_BRACKETED_COUNT = re.compile(r"^\(\s*\d[\d.,\u202f\u00a0 ]*\)$")
_TYPED_NAMES: dict[str, FieldType] = {
    "price": "price",
    "date": "date",
    "author": "author",
    "rating": "rating",
    "tags": "tags",
    "image": "image",
    "url": "url",
    "title": "title",
    "salary": "price",
}


@dataclass
class FieldDraft:
    """A field being designed: the slot it reads and the spec it becomes."""

    slot: Slot
    spec: FieldSpec


def name_and_type(
    slot: Slot,
    records: list[Selector],
    title: Slot | None,
    link: Slot | None,
    hints: dict[str, str],
    named: list[FieldDraft],
) -> tuple[str, FieldType]:
    if slot is title:
        return title_name(slot), "title"
    if slot is link:
        return "url", "url"
    element = slot.sample_element()
    if slot.kind == "src":
        return image_name(element), "image"
    if slot.kind == "alt" or names_linked_profile(slot):
        return _alt_name_and_type(slot)
    if slot.kind == "datetime" or (slot.kind == "tooltip" and type_from_values(slot.first_values()) == "date"):
        return date_name(element), "date"
    if slot.kind == "class":
        return "rating", "rating" if reads_rating_words() else "text"  # "star-rating Three"
    if slot.kind == "rating":
        return "rating", "rating"
    if slot.kind == "own":
        # "#2291 opened …": the identifier leading the line is the record's number.
        return identifier_name(slot.first_values()) or name_from_kind("number", slot), "number"
    if slot.kind == "data" and slot.attribute:
        return _data_name_and_type(slot.attribute, slot.first_values())
    if slot.kind == "content":
        name = name_from_itemprop((element.get("itemprop") or "").split()[0]) or "value"
        return name, _TYPED_NAMES.get(name, type_from_values(slot.first_values()))
    if slot.kind == "text" and (other := other_price_name(slot)):
        return other, "price"  # "<del>$129.00</del>", "Save $30": the price before the sale, a saving
    if slot.kind in ("href", "title"):
        base = (
            _inner_name(element, named)
            or name_from_element(element)
            or constant_text_name(slot)  # a link always reading "pdf" is the pdf link
            or _neighbour_name(element, named)
            or ancestor_name(slot, records)
            or "link"
        )
        return (base if base.endswith("url") else f"{base}_url"), "url"
    return _text_name_and_type(slot, records, hints)


def _placed_by_modifier(slot: Slot, element: HtmlElement) -> bool:
    """``div.meta--bottom > span.blog-author``: the wrapper's BEM modifier, which told the slot
    apart, says where it sits; the class of the element inside says what it holds."""
    if not slot.label or not keyword_name(name_from_element(element) or ""):
        return False
    modifiers = [step.partition("%modifier:")[2] for step in slot.key[:-1]]
    return any(re.sub(r"[-_]", " ", m) == slot.label for m in modifiers if m)


def _unit_after_name(slot: Slot, firsts: list[str]) -> str | None:
    """``<div>6</div><div>min read</div>``: the unit after a bare number names it (reading_time, views)."""
    unit = unit_after(slot)
    if unit is None:
        return None
    said = [f"{value} {unit}" for value in firsts]
    return reading_time_name(said) or unit_name(said)


def _alt_name_and_type(slot: Slot) -> tuple[str, FieldType]:
    if names_linked_profile(slot):
        return "author", "author"  # an avatar's alt or title naming the profile it links to
    if are_rating_phrases(slot.first_values()):
        return "rating", "rating"  # <img alt="Rated 4 out of 5 stars">
    kind = image_name(slot.sample_element())
    return (kind if kind != "image" else "image_alt"), "text"  # a logo's alt names the agent, the brand


@cache
def reads_rating_words() -> bool:
    """Whether the engine turns "star-rating Three" into 3.0; until it does, the class is kept as
    text so that no rating is lost to a None."""
    return normalize_value("rating", "star-rating Three", base_url="") == 3.0


def _data_name_and_type(attribute: str, texts: list[str]) -> tuple[str, FieldType]:
    """``data-score="15234"`` -> (score, number); a keyword name keeps its type only when the
    values fit it; a unix time under a name saying so (``data-timestamp="1710412345000"``) is a date."""
    name = data_name(attribute)
    guessed = type_from_values(texts)
    if all(t.startswith(("http://", "https://", "/")) for t in texts):
        return name if name.endswith("url") else f"{name}_url", "url"
    keyword = _TYPED_NAMES.get(keyword_name(name) or "")
    if all(is_unix_time(attribute, t) for t in texts):
        return name, "date"  # data-datetime-unix="1743084120000": an instant, read in UTC
    if guessed == "number" and all(len(t) >= MIN_ID_DIGITS and t.isdigit() for t in texts):
        return name, "text"  # a post id (7712345678) is a label, not a quantity
    return name, keyword if keyword in (guessed, "author") else guessed


def _inner_name(element: HtmlElement, named: list[FieldDraft]) -> str | None:
    """``<a class=badge-wrapper><span class=category-name>Support</span></a>``: the link is the
    category's; a link's own class names its look, the text in it names what it leads to."""
    text = full_text(element)
    for draft in named:
        inner = draft.slot.sample_element()
        inside = inner is element or is_inside(inner, element)
        if inside and draft.slot.kind == "text" and full_text(inner) == text and draft.spec.type != "title":
            return draft.spec.name
    return None


def _neighbour_name(element: HtmlElement, named: list[FieldDraft]) -> str | None:
    """``by <small class=author>X</small> <a>(about)</a>``: the link belongs to the author."""
    parent = element.getparent()
    for draft in named:
        other = draft.slot.sample_element()
        beside = other is element or (parent is not None and other.getparent() is parent)
        if beside and draft.slot.kind == "text" and draft.spec.name not in ("title", "text", "number"):
            return draft.spec.name
    return None


def _text_name_and_type(slot: Slot, records: list[Selector], hints: dict[str, str]) -> tuple[str, FieldType]:
    if slot.many:
        return list_name_and_type(slot, hints)
    firsts = slot.first_values()
    guessed = valuetypes.kind_from_values(firsts)  # "3 days ago" names a date, though it is kept as text
    element = slot.sample_element()
    label = None if _placed_by_modifier(slot, element) or is_layout_label(slot) else slot.label
    around = keyword_name_around(slot, records)
    name = (
        (label and (counted_words_name(label, firsts) or name_from_label(label)))
        or column_name(slot)
        or (caption_name(element) if slot.attribute != "title" else None)  # a title read is the value
        or reading_minutes_name(slot, firsts)  # "9 мин" under "reading-time", not "min" nor a date
        or unit_name(firsts)
        or captioned_identifier_kind(firsts)  # "arXiv:2411.09812" names its scheme
        or reading_time_name(firsts)
        or _unit_after_name(slot, firsts)
        or duration_name(firsts, around)  # "45 мин" under "episode-time": how long, not when
        or review_count_name(element, firsts)
        or _fitting(around, guessed)
        or version_name(firsts, slot.strip_label)
        or name_from_element(element)
        or _section_name(slot)
        or hinted_name(firsts, hints)
        or ancestor_name(slot, records)
        or anchor_name(element, firsts)
    )
    if (name is None or name in _GIVING_WAY) and not are_rating_phrases(firsts):  # a rating phrase is named below
        name = offered_name(element, firsts) or name  # "by" before a person, "2 comments" in an aria-label
    if name is None:
        name = name_from_kind(guessed, slot)
    typed = _TYPED_NAMES.get(name) or keyword_name(name)
    field_type: FieldType = _TYPED_NAMES.get(typed or "", guessed) if typed else guessed
    if _is_icon_count(slot) or (field_type == "rating" and (are_counts(firsts) or _are_bracketed_counts(firsts))):
        return _count_name(slot, name), "number"  # GitHub's star icon counts stargazers
    _strip_shared_lead(slot, firsts)
    if not slot.strip_label and (label := shared_number_label(firsts)):
        slot.strip_label = label  # "score: 3,456,781" in a link, which takes no caption of its own
        return slugify(label.rstrip(":")) or name, "number"
    if field_type == "text" and guessed == "text" and are_rating_phrases(firsts):
        return ("rating" if keyword_name(name) != "rating" else name), "rating"  # "4.34 avg rating — 9,385 ratings"
    name, field_type = _unaddressed(name, field_type, guessed, slot)
    name, field_type = refit_amount(name, field_type, guessed, slot)
    later = frozenset(o.value for occurrences in slot.per_record.values() for o in occurrences[1:])
    if field_type == "price" and are_ranges(firsts, later):
        field_type = "text"  # salary ranges: one amount would drop the other
    if (
        field_type == "date"
        and guessed != "date"
        and values.share([bool(CLOCK.match(v)) for v in firsts]) >= TYPE_SHARE
    ):
        return "time", "text"  # "19:30" under a "time" class: the day is elsewhere (a heading)
    if field_type == "date" and valuetypes.are_relative_dates(firsts):
        field_type = "text"  # "2 days ago" would be turned into a made-up calendar date
    if field_type == "date" and valuetypes.are_bare_years(firsts):
        return "year", guessed  # "2025" under itemprop=datePublished: a year, no day
    if field_type == "date" and guessed != "date" and typed and (literal := literal_class_name(element)):
        return literal, guessed  # "reading-time" holding "7 min read": a duration, not a date
    if field_type == "author" and all(values.BYLINE.match(v) for v in firsts):
        slot.strip_label = firsts[0].split()[0]
    return name, field_type


def _unaddressed(name: str, field_type: FieldType, guessed: FieldType, slot: Slot) -> tuple[str, FieldType]:
    """An image or link name over values that are no address: they keep the kind they read as.
    "searchResultImage-text" around a snippet is the prose beside the picture; "$24.00" in
    "div.product-list-thumb-price" is a price, whatever word ("thumb") the class starts with, as
    values read as amounts or dates are never an address unless written as one."""
    firsts = slot.first_values()
    if field_type not in ("image", "url"):
        return name, field_type
    if guessed == "number" and firsts and all(v.rstrip().endswith("%") for v in firsts):
        return percent_name(slot.sample_element(), firsts), "number"  # "-6%" on a thumbnail: a discount
    if guessed == "number":
        return name, field_type  # a bare count in a picture's box counts its pictures ("8" photos)
    if guessed == "text" and all(_URL_SHAPED.match(v) for v in firsts):
        return name, field_type
    if guessed != "text" and any(_ADDRESS.match(v) for v in firsts):
        return name, field_type
    return literal_class_name(slot.sample_element()) or name_from_kind(guessed, slot), guessed


def _strip_shared_lead(slot: Slot, firsts: list[str]) -> None:
    """ "Posted 3 days ago": the caption most values start with is stripped where it shows."""
    if not slot.strip_label and (lead := shared_lead(firsts)):
        slot.strip_label = lead


def _section_name(slot: Slot) -> str | None:
    """A link told apart from its siblings by the section it leads to (``/company/acme``): the
    section names it."""
    sections = [step.rsplit("@", 1)[1] for step in slot.key if "@" in step]
    return name_from_class(sections[-1]) if sections else None


def _fitting(name: str | None, guessed: FieldType) -> str | None:
    """A keyword name from a wrapper ("priceContainer"), unless the values say otherwise: "Offers
    over" beside the price is its qualifier, not a price."""
    kind = _TYPED_NAMES.get(keyword_name(name) or "") if name else None
    if kind in ("price", "date", "rating") and guessed == "text":
        return None
    return name


def _is_icon_count(slot: Slot) -> bool:
    element = slot.sample_element()
    return slot.label is not None and icon_caption(element) == slot.label


def _count_name(slot: Slot, name: str) -> str:
    """An icon caption as a count ("star" -> stars); else the class word read as a rating
    ("score"), which already names a count."""
    if slot.label:
        return plural(slugify(slot.label))
    if _are_bracketed_counts(slot.first_values()):
        return "review_count"  # "4.6 ★★★★½ (127)": the count in brackets after a rating is of its reviews
    return next(iter(keyword_class_words(slot.sample_element())), "") or name


def _are_bracketed_counts(texts: list[str]) -> bool:
    """ "(127)", "(1.287)" in most records ("Rate it" where no one has yet)."""
    return bool(texts) and values.share([bool(_BRACKETED_COUNT.match(t)) for t in texts]) >= TYPE_SHARE


def keyword_class_words(element: HtmlElement) -> list[str]:
    """Words of the element's classes that name a field ("score" of ``div.score.unvoted``)."""
    return [slugify(w) for t in semantic_classes(element) for w in re.split(r"[-_]+", t) if keyword_name(w)]
