"""Turn the slots of a record template into named, typed ``FieldSpec`` objects.

Names come from what a person reading the page would call the value: its label (``Origin:``),
its column header, its itemprop or class (``product-price`` -> price), its role in the record
(the heading is the title, its link the url), and only then from the kind of value it holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsel import Selector

from agents.heuristics import values
from agents.heuristics.dom import HtmlElement, full_text, tag_of
from agents.heuristics.fieldcss import best_selector, chain_from
from agents.heuristics.names import (
    keyword_name,
    name_from_class,
    name_from_element,
    name_from_itemprop,
    name_from_label,
    semantic_classes,
    slugify,
    unique_name,
)
from agents.heuristics.slots import Slot, collect_slots
from pipeline.core.schemas import FieldSpec, FieldType

#: Records looked at to learn the template: enough to see optional slots, cheap to walk.
SLOT_SAMPLE = 30
#: A slot filled in fewer records than this is an accident of one record, not a field.
MIN_FIELD_COVERAGE = 0.3
#: Share of values that must look like a price (date, rating…) for the field to get that type.
TYPE_SHARE = 0.6
#: Tag lists hold short words; longer repeated texts are a list of sentences, not tags.
MAX_TAG_CHARS = 40
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_TYPED_NAMES: dict[str, FieldType] = {
    "price": "price",
    "date": "date",
    "author": "author",
    "rating": "rating",
    "tags": "tags",
    "image": "image",
    "url": "url",
    "title": "title",
}


@dataclass
class FieldDraft:
    """A field being designed: the slot it reads and the spec it becomes."""

    slot: Slot
    spec: FieldSpec


def propose_fields(records: list[Selector], hints: dict[str, str] | None = None) -> list[FieldDraft]:
    """Named and typed fields for ``records`` (parsel selectors of the record containers).

    ``hints`` maps values known from structured data (JSON-LD) to the property naming them.
    """
    sample = records[:SLOT_SAMPLE]
    slots = [s for s in collect_slots([r.root for r in sample]) if _is_useful(s, len(sample))]
    slots = _without_duplicates(slots)
    title = _main_title(slots)
    link = _main_link(slots, title)
    mains = [s for s in (title, link) if s is not None]
    slots = mains + [s for s in slots if s not in mains and not _repeats(s, mains)]
    slots = [s for s in slots if s.kind != "title" or s is title]
    taken: set[str] = set()
    drafts: list[FieldDraft] = []
    # Visible values name first, so a hidden copy (a meta tag) never takes the better name.
    for slot in sorted(slots, key=lambda s: (s not in mains, s.kind not in ("text", "src", "datetime"))):
        name, field_type = _name_and_type(slot, sample, title, link, hints or {}, drafts)
        css = best_selector(sample, slot)
        if css is None:
            continue
        if field_type == "tags" and not slot.many:
            field_type = "text"
        spec = FieldSpec(
            name=unique_name(name, taken),
            type=field_type,
            selector=css,
            attribute=slot.attribute,
            many=slot.many,
            strip_label=slot.strip_label,
            confidence=round(slot.coverage(len(sample)), 2),
        )
        drafts.append(FieldDraft(slot, spec))
    position = {id(s): i for i, s in enumerate(slots)}
    return sorted(drafts, key=lambda d: position[id(d.slot)])


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
    if slot.coverage(records) < MIN_FIELD_COVERAGE:
        return False
    if slot.kind == "href" and slot.many:
        return False  # the links of a tag list lead to tag pages, the tags themselves matter
    if slot.kind == "href" and not _link_has_content(slot):
        return False  # an icon-only link (vote arrow, bookmark) is an action, not data
    firsts = slot.first_values()
    constant = len(set(firsts)) == 1 and records >= 3
    if slot.kind in ("href", "src", "title") and constant:
        return False  # the same link or icon in every record says nothing about the record
    if slot.kind == "text":
        if all(values.ACTION_TEXT.match(v) for v in firsts):
            return False
        tag = tag_of(slot.sample_element())
        if constant and (values.is_label(firsts[0]) or tag in ("dt", "th", "label", "button")):
            return False
    return True


def _link_has_content(slot: Slot) -> bool:
    element = slot.sample_element()
    return bool(full_text(element)) or bool(element.xpath(".//img"))


def _without_duplicates(slots: list[Slot]) -> list[Slot]:
    """Drop a text slot repeating another's values (a time's text next to its datetime, alt texts)."""
    kept: list[Slot] = []
    seen: dict[tuple[str, ...], Slot] = {}
    for slot in slots:
        signature = (str(slot.kind == "href"), *[occ[0].value for occ in slot.per_record.values()])
        if signature in seen and slot.kind in ("text", "title"):
            continue
        seen.setdefault(signature, slot)
        kept.append(slot)
    times = {s.key for s in kept if s.kind == "datetime"}
    kept = [s for s in kept if not (s.kind == "text" and s.key in times)]
    texts = {s.key for s in kept if s.kind == "text"}
    kept = [s for s in kept if not (s.kind == "content" and s.key in texts)]
    lists = [_joined(s) for s in kept if s.many]
    return [s for s in kept if not (s.kind == "content" and _joined(s, single=True) in lists)]


def _joined(slot: Slot, single: bool = False) -> dict[int, str]:
    """Per record, the slot's values as one comma-free string (a keywords meta vs its tag list)."""

    def squash(texts: list[str]) -> str:
        return "".join(t.replace(",", "").replace(" ", "") for t in texts)

    return {n: squash([occ[0].value] if single else [o.value for o in occ]) for n, occ in slot.per_record.items()}


def _in_heading(slot: Slot) -> bool:
    element = slot.sample_element()
    return tag_of(element) in _HEADINGS or (
        any(tag_of(a) in _HEADINGS for a in element.iterancestors() if a is not None) and _heading_within_record(slot)
    )


def _heading_within_record(slot: Slot) -> bool:
    return any(step.split(".")[0].split("[")[0].split("~")[0] in _HEADINGS for step in slot.key)


def _full_title_of(text_slot: Slot, slots: list[Slot]) -> Slot:
    """The link's title attribute when the visible text is a truncated copy of it."""
    for slot in slots:
        if slot.kind != "title" or slot.key != text_slot.key:
            continue
        pairs = [
            (occ[0].value, text_slot.per_record[n][0].value)
            for n, occ in slot.per_record.items()
            if n in text_slot.per_record
        ]
        truncated = [t.startswith(v.rstrip(".… ")) for t, v in pairs]
        if pairs and len(slot.per_record) >= len(text_slot.per_record) and all(truncated):
            return slot
    return text_slot


def _main_title(slots: list[Slot]) -> Slot | None:
    texts = [s for s in slots if s.kind == "text" and not s.many]
    headed = [s for s in texts if s.kind == "text" and _heading_within_record(s)]
    if headed:
        return _full_title_of(max(headed, key=lambda s: len(s.per_record)), slots)
    named = [s for s in texts if (name_from_element(s.sample_element()) or "") in ("title", "name")]
    if named:
        return named[0]
    linked = [
        s
        for s in texts
        if s.kind == "text"
        and tag_of(s.sample_element()) == "a"
        and len(set(s.first_values())) == len(s.first_values()) > 0
    ]
    if linked:
        return _full_title_of(linked[0], slots)
    return None


def _main_link(slots: list[Slot], title: Slot | None) -> Slot | None:
    links = [s for s in slots if s.kind == "href" and not s.many]
    if title is not None:
        for link in links:
            shorter = min(len(link.key), len(title.key))
            if link.key[:shorter] == title.key[:shorter]:
                return link  # the heading's link, or the link wrapping the heading
    unique = [s for s in links if len(set(s.first_values())) == len(s.first_values())]
    return unique[0] if unique else None


def _name_and_type(
    slot: Slot,
    records: list[Selector],
    title: Slot | None,
    link: Slot | None,
    hints: dict[str, str],
    named: list[FieldDraft],
) -> tuple[str, FieldType]:
    if slot is title:
        return (_column_name(slot) if slot.kind == "text" else None) or "title", "title"
    if slot is link:
        return "url", "url"
    element = slot.sample_element()
    if slot.kind == "src":
        return "image", "image"
    if slot.kind == "datetime":
        return "date", "date"
    if slot.kind == "class":
        return "rating", "text"  # "star-rating Three": the engine reads no number from words
    if slot.kind == "rating":
        return "rating", "rating"
    if slot.kind == "content":
        name = name_from_itemprop((element.get("itemprop") or "").split()[0]) or "value"
        return name, _TYPED_NAMES.get(name, _type_from_values(slot.first_values()))
    if slot.kind in ("href", "title"):
        base = (
            name_from_element(element)
            or _neighbour_name(element, named)
            or _constant_text_name(slot)
            or _ancestor_name(slot, records)
            or "link"
        )
        return (base if base.endswith("url") else f"{base}_url"), "url"
    return _text_name_and_type(slot, records, hints)


def _neighbour_name(element: HtmlElement, named: list[FieldDraft]) -> str | None:
    """``by <small class=author>X</small> <a>(about)</a>``: the link belongs to the author."""
    parent = element.getparent()
    for draft in named:
        other = draft.slot.sample_element()
        beside = other is element or (parent is not None and other.getparent() is parent)
        if beside and draft.slot.kind == "text" and draft.spec.name not in ("title", "text"):
            return draft.spec.name
    return None


def _constant_text_name(slot: Slot) -> str | None:
    """A link always reading "Reviews" is the reviews link; varying link texts name nothing."""
    texts = {full_text(occ[0].element) for occ in slot.per_record.values()}
    if len(texts) != 1:
        return None
    text = texts.pop()
    name = slugify(text, limit=20) if 0 < len(text) <= 20 and not values.ACTION_TEXT.match(text) else ""
    return name if name and not re.search(r"\d", name) else None


def _text_name_and_type(slot: Slot, records: list[Selector], hints: dict[str, str]) -> tuple[str, FieldType]:
    firsts = slot.first_values()
    guessed = _type_from_values(firsts)
    name = (
        (name_from_label(slot.label) if slot.label else None)
        or name_from_element(slot.sample_element())
        or _hinted_name(firsts, hints)
        or _ancestor_name(slot, records)
        or _column_name(slot)
        or _unit_name(firsts)
    )
    if slot.many:
        short = all(len(v) <= MAX_TAG_CHARS for v in firsts)
        return (name or "tags", "tags" if short else "text")
    if name is None:
        name = guessed if guessed not in ("text", "number") else "text"
    typed = _TYPED_NAMES.get(name) or keyword_name(name)
    field_type: FieldType = _TYPED_NAMES.get(typed or "", guessed) if typed else guessed
    if field_type in ("price", "rating") and guessed not in ("price", "rating", "number"):
        field_type = "text"  # a "price" class holding "Free" or "On request"
    if field_type == "date" and values.share([values.is_relative_date(v) for v in firsts]) > 0.3:
        field_type = "text"  # "2 days ago" would be turned into a made-up calendar date
    if field_type == "author" and all(values.BYLINE.match(v) for v in firsts):
        slot.strip_label = firsts[0].split()[0]
    return name, field_type


def _type_from_values(texts: list[str]) -> FieldType:
    for check, field_type in (
        (values.is_price, "price"),
        (values.is_rating, "rating"),
        (values.is_date, "date"),
        (values.is_number, "number"),
        (lambda t: bool(values.BYLINE.match(t)), "author"),
    ):
        if texts and values.share([check(t) for t in texts]) >= TYPE_SHARE:
            return field_type  # type: ignore[return-value]
    return "text"


def _hinted_name(texts: list[str], hints: dict[str, str]) -> str | None:
    named = [hints[t] for t in texts if t in hints]
    return named[0] if named and len(named) >= len(texts) / 2 else None


def _ancestor_name(slot: Slot, records: list[Selector]) -> str | None:
    """The class of the closest ancestor that wraps this value only (``p.cost > b``)."""
    number = next(iter(slot.per_record))
    record = records[number].root
    element = slot.sample_element()
    for ancestor in reversed(chain_from(record, element)[:-1]):
        if len(full_text(ancestor)) > 2 * len(full_text(element)) + 12:
            return None
        for token in semantic_classes(ancestor):
            if name := name_from_class(token):
                return name
    return None


def _column_name(slot: Slot) -> str | None:
    """The header of a table column for a cell (``<th>Population</th>`` -> population)."""
    element = slot.sample_element()
    cell = (
        element
        if tag_of(element) in ("td", "th")
        else next((a for a in element.iterancestors() if tag_of(a) in ("td", "th")), None)
    )
    if cell is None:
        return None
    row = cell.getparent()
    table = next((a for a in cell.iterancestors() if tag_of(a) == "table"), None)
    if row is None or table is None:
        return None
    position = [c for c in row if tag_of(c) in ("td", "th")].index(cell)
    for header_row in table.iter("tr"):
        cells = [c for c in header_row if tag_of(c) in ("td", "th")]
        if cells and all(tag_of(c) == "th" for c in cells) and position < len(cells):
            return name_from_label(full_text(cells[position]))
    return None


def _unit_name(texts: list[str]) -> str | None:
    units = {values.unit_of(t) for t in texts}
    if len(units) == 1 and (unit := units.pop()) and not values.is_price(texts[0]):
        return slugify(unit)
    return None
