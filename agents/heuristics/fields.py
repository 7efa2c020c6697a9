"""Turn the slots of a record template into named, typed ``FieldSpec`` objects.

Slots that say nothing about a record go first (constant links, buttons, badges, copies of the
title or link); the title and the record's link are chosen; each remaining slot is named
(``fieldnames``), given a selector checked through the engine (``fieldcss``), and fields showing
the same values twice are merged (``dedupe``).
"""

from __future__ import annotations

import re

from parsel import Selector

from agents.heuristics import values
from agents.heuristics.actionslots import is_action, named_control, without_actions
from agents.heuristics.alternatives import joined_alternatives, joined_price_variants, useful_alt_texts
from agents.heuristics.cardlinks import names_its_record, shows_something, title_named_by_link
from agents.heuristics.classtokens import class_tokens
from agents.heuristics.clockparts import without_datetime_copies
from agents.heuristics.compound import split_compounds
from agents.heuristics.dedupe import without_repeated_fields
from agents.heuristics.dom import HtmlElement, tag_of
from agents.heuristics.fieldcss import best_selector, slot_reading
from agents.heuristics.fieldnames import FieldDraft, keyword_class_words, name_and_type
from agents.heuristics.flagslots import is_flag_list, joined_flags
from agents.heuristics.hiddencaptions import wrapper_read_tails
from agents.heuristics.identifiers import IDENTIFIER_NAMES
from agents.heuristics.listtexts import list_split, plural_name
from agents.heuristics.mainfields import has_tracking_query, main_link, main_title
from agents.heuristics.mixedslots import split_mixed_slots
from agents.heuristics.names import keyword_name, name_from_element, unique_name
from agents.heuristics.phrases import is_joiner
from agents.heuristics.raredata import is_rare_datum
from agents.heuristics.slots import Slot
from agents.heuristics.templateslots import collect_slots
from agents.heuristics.trackingquery import tracks_only
from agents.heuristics.valuetypes import type_from_values
from agents.heuristics.variantfields import with_alternatives_joined
from pipeline.core.schemas import FieldSpec

#: Class words of captions: ``price-label``, ``field__label``, ``views-label``.
_CAPTION_CLASS = re.compile(r"(?:^|[-_])(?:label|caption)(?:$|[-_])", re.IGNORECASE)
#: Field names whose values are pictures, never words shown on the page.
_IMAGE_NAMES = frozenset({"image"})
#: Records looked at to learn the template: enough to see optional slots, cheap to walk.
SLOT_SAMPLE = 30
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
#: A highlighted search term is a word or two, the same in every record.
MAX_HIGHLIGHT_WORDS = 2
#: Share of a slot's values that must sit inside running text for it to be a highlight.
HIGHLIGHT_SHARE = 0.8
#: Share of a slot's values that must read as prices for it to be a price slot.
PRICE_SHARE = 0.8


def propose_fields(records: list[Selector], hints: dict[str, str] | None = None) -> list[FieldDraft]:
    """Named and typed fields for ``records`` (parsel selectors of the record containers).

    ``hints`` maps values known from structured data (JSON-LD) to the property naming them.
    """
    sample = records[:SLOT_SAMPLE]
    found = split_compounds(joined_alternatives(collect_slots([r.root for r in sample]), len(sample)))
    found = joined_flags(wrapper_read_tails(split_mixed_slots(found)), len(sample))
    gaps = _price_gap_fillers(found, len(sample))
    # A flag's words are fixed (see ``flagslots``): which cards show it is the datum.
    slots = [s for s in found if is_flag_list(s) or _is_useful(s, len(sample)) or id(s) in gaps]
    slots = useful_alt_texts(_without_duplicates(slots))
    title = main_title(slots)
    link = main_link(slots, title)
    title_css = best_selector(sample, title) if title is not None else None
    if title_css is None and (named := title_named_by_link(link)) is not None:
        # No readable title (none found, or none a selector reads on every card): the stretched
        # card link's aria-label says the headline.
        slots = [s for s in slots if s is not title] + [named]
        title, title_css = named, best_selector(sample, named)
    mains = [s for s in (title, link) if s is not None]
    slots = mains + [s for s in slots if s not in mains and not _repeats(s, mains)]
    slots = without_actions(slots, mains)
    slots = [s for s in slots if s.kind != "title" or s is title]
    slots = joined_price_variants(slots, sample)
    taken: set[str] = set()
    drafts: list[FieldDraft] = []
    # Visible values name first, so a hidden copy (a meta tag) never takes the better name.
    for slot in sorted(slots, key=lambda s: (s not in mains, s.kind not in ("text", "src", "datetime"))):
        if slot.part_name:  # "rank" before "1. Title": the part's place in the text names it
            name, field_type = slot.part_name, type_from_values(slot.first_values())
            if name in IDENTIFIER_NAMES:
                field_type = "text"  # "2411.09690", "0306406152": a number would lose the zeros
        else:
            name, field_type = name_and_type(slot, sample, title, link, hints or {}, drafts)
        css = title_css if slot is title else best_selector(sample, slot)
        if css is None:
            continue
        split = list_split(slot, name) if field_type in ("text", "author", "tags") else None
        if split:
            name, field_type = plural_name(name), "tags"
        elif field_type == "tags" and not slot.many:
            field_type = "text"
        spec = FieldSpec(
            name=unique_name(name, taken),
            type=field_type,
            selector=css,
            **slot_reading(slot),
            split=split,
            drop_query=_drops_query(slot, link),
            confidence=round(slot.coverage(len(sample)), 2),
        )
        drafts.append(FieldDraft(slot, spec))
    position = {id(s): i for i, s in enumerate(slots)}
    drafts.sort(key=lambda d: position[id(d.slot)])
    drafts = with_alternatives_joined(drafts, sample)
    return without_repeated_fields(drafts, sample, {id(s) for s in mains})


def _drops_query(slot: Slot, link: Slot | None) -> bool:
    """Whether the links of ``slot`` are read without their query: the record link's query only
    tracks the click (``has_tracking_query``), or any link's query is made of tracking parameters."""
    if slot.kind != "href":
        return False
    hrefs = slot.first_values()
    return (slot is link and has_tracking_query(hrefs)) or tracks_only(hrefs, record_links=slot is link)


def _repeats(slot: Slot, mains: list[Slot]) -> bool:
    """Whether ``slot`` only repeats the title or the link (image link, truncated text copy)."""
    mine = {n: o[0].value for n, o in slot.per_record.items()}
    for main in mains:
        if main.key == slot.key and slot.kind == "text" and main.kind == "title":
            return True
        theirs = {n: o[0].value for n, o in main.per_record.items()}
        if slot.kind == main.kind and mine == theirs:
            return True
        if slot.kind == "href" == main.kind and all(
            v.split("#")[0] == theirs.get(n, "").split("#")[0] for n, v in mine.items()
        ):
            return True  # "Continue reading" to the same page, #more
    return False


def _is_useful(slot: Slot, records: int) -> bool:
    if not _is_common(slot, records):
        return False
    if slot.kind == "href" and slot.many:
        return False  # the links of a tag list lead to tag pages, the tags themselves matter
    if slot.kind == "href" and not _link_has_content(slot):
        return False  # an icon-only link (vote arrow, bookmark) is an action, not data
    firsts = slot.first_values()
    # A caption, a joiner or a link's name shows its word first in every record; decoration and
    # data that say nothing about a record are the same whole value in every record.
    same_first = len(set(firsts)) == 1 and records >= MIN_CONSTANT_RECORDS
    constant = same_first and _same_lists(slot)
    if slot.kind in ("href", "src", "alt", "title", "data") and constant:
        return False  # the same link or icon in every record says nothing about the record
    if slot.kind == "tail" and same_first and not _is_datum(firsts[0]):
        return False  # "Rated <strong>4.67</strong> out of 5": the words around a value
    if slot.kind == "text":
        if is_action(slot) and not (slot.label and tag_of(slot.sample_element()) in ("dd", "td")):
            return False  # "Book" under a "Format" caption is a value, not a call to book
        tag = tag_of(slot.sample_element())
        if same_first and (values.is_label(firsts[0]) or tag in ("dt", "th", "label", "button") or _is_caption(slot)):
            return False
        if same_first and tag == "a" and (slot.sample_element().get("href") or "").strip():
            return False  # "pdf", "Reviews": the name of a link, whose target is the value
        if constant and _is_badge(slot):
            return False
        if same_first and (is_joiner(firsts[0]) or _is_widget_caption(slot)):
            return False  # "by" before every author; "Rate this book" in every rating widget
        if _is_highlight(slot):
            return False
    return True


def _is_common(slot: Slot, records: int) -> bool:
    """Found in enough records to be a slot of the template, or clearly data where it is found."""
    if len(slot.per_record) < min(records, MIN_FIELD_RECORDS):
        return False
    return slot.coverage(records) >= MIN_FIELD_COVERAGE or is_rare_datum(slot)


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
    around = [parent.text or "", *(c.tail or "" for c in parent)]
    return any(t.strip() for t in around)


def _price_gap_fillers(slots: list[Slot], records: int) -> set[int]:
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
    return fillers


def _are_prices(slot: Slot) -> bool:
    return values.share([values.is_price(v) for v in slot.first_values()]) >= PRICE_SHARE


def _is_caption(slot: Slot) -> bool:
    """``<span class="price-label">Sonderpreis</span>``: an element whose class calls it a label
    or caption names the value beside it and is no value itself."""
    return any(_CAPTION_CLASS.search(t) for t in class_tokens(slot.sample_element()))


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
    if _is_datum(text):
        return False
    return not _names_a_text_field(element)


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


def _is_datum(text: str) -> bool:
    """A date, a price or a place ("Berlin, Germany") is a value even when this page's records
    all share it; a badge is a word or two ("Sale!", "Best seller")."""
    return values.is_price(text) or values.is_date(text) or bool(_PLACE.match(text))


def _link_has_content(slot: Slot) -> bool:
    """A link showing words or a picture, or an empty one named after its record (see
    ``cardlinks``); an empty link named the same in every record is an icon action."""
    return shows_something(slot.sample_element()) or names_its_record(slot)


def _without_duplicates(slots: list[Slot]) -> list[Slot]:
    """Drop a text slot repeating another's values (a time's text next to its datetime, alt texts)."""
    kept: list[Slot] = []
    seen: set[tuple[str, ...]] = set()
    # Visible text first: a data-* copy or a link's tooltip must not push out the text it copies
    # (a table's fund-name cell repeated in the ticker link's ``title``).
    for slot in sorted(slots, key=lambda s: (s.kind not in ("text", "title"), s.kind != "text")):
        signature = (str(slot.kind == "href"), *[occ[0].value for occ in slot.per_record.values()])
        if signature in seen and slot.kind in ("text", "title", "alt"):
            continue
        seen.add(signature)
        kept.append(slot)
    position = {id(s): i for i, s in enumerate(slots)}
    kept.sort(key=lambda s: position[id(s)])
    kept = without_datetime_copies(kept)
    kept = _rounded_or_exact(kept)
    texts = {s.key for s in kept if s.kind == "text"}
    kept = [s for s in kept if not (s.kind == "content" and s.key in texts)]
    lists = [_joined(s) for s in kept if s.many]
    return [s for s in kept if not (s.kind == "content" and _joined(s, single=True) in lists)]


def _rounded_or_exact(slots: list[Slot]) -> list[Slot]:
    """Where a text is rounded somewhere ("1.2k", "5 mins ago"), read its exact tooltip instead;
    where it never is, the tooltip only repeats it."""
    tooltips = {s.key for s in slots if s.kind == "tooltip"}
    rounded = {s.key for s in slots if s.kind == "text" and s.key in tooltips and _is_rounded(s)}
    return [
        s
        for s in slots
        if not (s.kind == "text" and s.key in rounded) and not (s.kind == "tooltip" and s.key not in rounded)
    ]


def _is_rounded(slot: Slot) -> bool:
    return any(values.is_compact_number(v) or values.is_relative_date(v) for v in slot.first_values())


def _joined(slot: Slot, single: bool = False) -> dict[int, str]:
    """Per record, the slot's values as one comma-free string (a keywords meta vs its tag list)."""

    def squash(texts: list[str]) -> str:
        return "".join(t.replace(",", "").replace(" ", "") for t in texts)

    return {n: squash([occ[0].value] if single else [o.value for o in occ]) for n, occ in slot.per_record.items()}
