"""Design the spec of a detail page: the one main entity (a product, an article, a job…).

The container is the element that holds the page's main heading and content (microdata scope,
``article``, ``main``…). Fields are looked for inside it, away from repeated blocks such as
"related products" or comments, and every one is checked through the extraction engine.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from parsel import Selector

from agents.heuristics import values
from agents.heuristics.anchors import unique_selector
from agents.heuristics.besideheading import MAX_BESIDE_CHARS, MAX_ROW_VALUES, SHAPE_NAMES, SHAPE_TYPES, beside_heading
from agents.heuristics.detailanchors import anchored_selector, is_anchored
from agents.heuristics.detailfacts import FACT_TYPES, facts_under_title
from agents.heuristics.detailfields import (
    Found,
    find_author,
    find_availability,
    find_date,
    find_description,
    find_image,
    find_rating,
    find_review_count,
)
from agents.heuristics.detailheading import main_container, main_heading
from agents.heuristics.detailparts import (
    COUNT_MARK,
    chip_runs,
    classed_pairs,
    is_fact_line,
    listed_under_headings,
    marks_after,
    value_items,
)
from agents.heuristics.detailprices import find_prices
from agents.heuristics.detailsections import (
    announced_description,
    chips_field,
    lead_only,
    list_field,
    listed_value_field,
    section_heading,
)
from agents.heuristics.dom import (
    DomIndex,
    HtmlElement,
    css_string,
    full_text,
    in_chrome,
    is_inside,
    tag_of,
)
from agents.heuristics.fieldcss import best_selector
from agents.heuristics.itemprops import item_properties
from agents.heuristics.names import name_from_label, slugify, unique_name
from agents.heuristics.pairs import label_value_pairs
from agents.heuristics.slots import Occurrence, Slot
from agents.heuristics.structured import detail_scope
from pipeline.core.normalize import parse_rating
from pipeline.core.schemas import FieldSpec, FieldType

#: A separator left at the end of a value ("Lisbon, Portugal /"): the next value's, not this one's.
_TRAILING_SEPARATOR = re.compile(r" [/|·•]$")
#: A count written short: "4.5K", "2.5M" (a capital letter: "2.5 m" is a length).
_COMPACT_COUNT = re.compile(r"^\d{1,3}(?:\.\d{1,2})?[KMB]$")
#: A line of a price box ("Regular Price $36.00") is this short.
MAX_PRICE_LINE_CHARS = 40
#: Label/value pairs read as fields, at most: a long spec sheet has a few dozen; a page of thousands
#: (a hostile or generated one) would cost a selector search each.
MAX_LABELLED_PAIRS = 80
#: ...of which lists ("Writers": two linked names), whose selector search reads the whole page.
MAX_LABELLED_LISTS = 12
#: A section heading's "[edit]" link (MediaWiki), "[show]", "[hide]": an action, not a value.
_ACTION_MARK = re.compile(r"^\[[^\[\]]{1,20}\]$")


@dataclass
class DetailDesign:
    record_selector: str
    fields: tuple[FieldSpec, ...]
    notes: list[str] = field(default_factory=list)


def design_detail(page: Selector, index: DomIndex, skip: list[HtmlElement]) -> DetailDesign | None:
    """A one-record spec for the page's main entity, or None when there is no such entity.

    ``skip`` are repeated blocks (related items, comments) whose content is not the entity's.
    """
    heading = main_heading(index)
    if heading is None:
        return None
    container = main_container(heading)
    css = unique_selector(page, container)
    if css is None:
        return None
    record = page.css(css)[0]
    title = full_text(heading)
    sides = [
        b
        for b in skip
        if heading not in set(b.iter())
        and not _is_price_line(b)
        and not is_fact_line(b)
        and not _titled(b, title)
        and not _beside_title(b, heading)
    ]
    blocked = {id(e) for block in sides for e in block.iter()}
    prices = find_prices(container, blocked)
    rating = find_rating(container, blocked)
    count = find_review_count(rating[0], container, blocked) if rating and _reads(rating) else None
    found: list[tuple[str, FieldType, Found | None]] = [
        ("title", "title", (heading, None)),
        ("price", "price", prices.price),
        ("price_max", "price", prices.price_max),
        ("original_price", "price", prices.original_price),
        ("date", "date", find_date(container, blocked)),
        ("author", "author", find_author(container, blocked)),
        ("image", "image", find_image(container, blocked)),
        ("rating", "rating", rating),
        ("review_count", "number", count),
        ("text", "text", find_description(container, heading, blocked)),
    ]
    taken: set[str] = set()
    fields: list[FieldSpec] = []
    for name, field_type, where in found:
        label = section_heading(where[0]) if where is not None and field_type == "text" else None
        if where is not None and (spec := _field(record, where, name, field_type, taken, label)):
            fields.append(lead_only(record, spec, container, where[0]) if name == "text" else spec)
    if "text" not in taken and (described := announced_description(record, container, blocked)):
        fields.append(FieldSpec(name=unique_name("text", taken), type="text", selector=described))
    read = {id(where[0]): kind for _, kind, where in found if where is not None}  # ``found`` keeps them alive
    fields.extend(_named_fields(record, container, heading, blocked, taken, read))
    stock = find_availability(container, blocked) if "availability" not in taken else None
    if (
        stock is not None
        and id(stock[0]) not in read
        and (spec := _field(record, stock, "availability", "text", taken))
    ):
        fields.append(spec)
    if len(fields) < 2:
        return None  # a heading and a line beside it are no entity (a list page before its script runs)
    beside = beside_heading(heading, blocked)
    for name, element in beside:
        # "4 reviews" beside the title in a ``div.product-rating`` is a count of reviews, not a rating.
        text = full_text(element)
        unit = values.unit_of(text) if values.is_number(text) else None
        kind: FieldType = "number" if unit else SHAPE_TYPES.get(name, "text")
        named = unit or name
        if named in taken or id(element) in read:
            continue
        if name in SHAPE_NAMES and (placed := _after_title(record, fields[0], heading, element)):
            fields.append(FieldSpec(name=unique_name(named, taken), type=kind, selector=placed))
        elif spec := _field(record, (element, None), named, kind, taken):
            fields.append(spec)
    held = [e for _, e in beside] + [where[0] for _, _, where in found if where is not None]
    fields.extend(_facts_fields(record, fields[0], heading, blocked, taken, held))
    notes = [f"detail page: main entity in {css!r}, title from <{tag_of(heading)}>"]
    return DetailDesign(css, tuple(fields), notes)


def _facts_fields(
    record: Selector,
    title: FieldSpec,
    heading: HtmlElement,
    blocked: set[int],
    taken: set[str],
    held: list[HtmlElement],
) -> Iterator[FieldSpec]:
    """The facts of the row under the title that no class named ("Lisbon, Portugal /", "Hybrid"
    in hashed divs), each found from the title where it can be, read before its separator."""
    for name, element, separator in facts_under_title(heading, blocked):
        if any(e is element or is_inside(e, element) or is_inside(element, e) for e in held):
            continue  # named by its class beside the title, or read as the date, the price…
        if name != "category" and name in taken:
            continue
        kind: FieldType = FACT_TYPES.get(name) or SHAPE_TYPES.get(name, "text")
        if kind == "text" and (placed := _after_title(record, title, heading, element)):
            yield FieldSpec(name=unique_name(name, taken), type=kind, selector=placed, text_before=separator)
        elif spec := _field(record, (element, None), name, kind, taken):
            yield spec


def _after_title(record: Selector, title: FieldSpec, heading: HtmlElement, element: HtmlElement) -> str | None:
    """``h1.title + ul > li:nth-of-type(2)``: an unlabelled value in the row after the title, found
    from the title, so the place holds on the site's other pages."""
    row = element.getparent()
    if row is None or row.getparent() is not heading.getparent() or "::" in title.selector or "," in title.selector:
        return None
    if not any(s is row for s in heading.itersiblings()):
        return None  # CSS reaches only what follows the title
    joint = "+" if heading.getnext() is row else "~"
    place = sum(1 for s in element.itersiblings(preceding=True) if tag_of(s) == tag_of(element)) + 1
    css = f"{title.selector} {joint} {tag_of(row)} > {tag_of(element)}:nth-of-type({place})"
    found = record.css(css)
    return css if found and found[0].root is element else None


def _named_fields(
    record: Selector,
    container: HtmlElement,
    heading: HtmlElement,
    blocked: set[int],
    taken: set[str],
    read: dict[int, FieldType],
) -> Iterator[FieldSpec]:
    """The entity's other values, each named by the page: a microdata property, a label. A labelled
    value already read ("Tickets: £12 – £18" as the price) is not read twice."""
    scope = container if container.get("itemscope") is not None else detail_scope(heading)
    for name, element, attribute, field_type in item_properties(scope, blocked) if scope is not None else ():
        if name not in taken and (spec := _field(record, (element, attribute), name, field_type, taken)):
            yield spec
    shown: list[HtmlElement] = []  # values read whole: chips inside them are no list of their own
    pairs = [*label_value_pairs(container, blocked), *classed_pairs(container, blocked)][:MAX_LABELLED_PAIRS]
    lists = 0
    for label, element in pairs:
        items = value_items(element) if lists < MAX_LABELLED_LISTS else []
        lists += bool(items)
        # A list is named as the page words it: "Stars" lists people, it rates nothing.
        base = (slugify(label) if items else None) or name_from_label(label)
        if (
            not _read_already(element, read)
            and not any(is_inside(element, v) for v in shown)  # "20" + "mins" inside "Prep Time 20 mins"
            and label != full_text(heading)  # the recipe card's own "<h2>title</h2>" above its rating
            and not _in_navigation(element, container)  # a navbox's "Hebrides: <links>" row
            and not _ACTION_MARK.match(full_text(element))
            and base
            and base not in taken
            and (
                spec := (_listed(record, label, element, items, base, taken) if items else None)
                or _field(record, (element, None), base, _pair_type(element), taken, label)
            )
        ):
            shown.append(element)
            yield spec
    for label, titled, listed in listed_under_headings(container, blocked, heading):
        if (base := name_from_label(label)) and base not in taken and (spec := list_field(record, titled, listed)):
            shown.append(listed)
            yield spec.model_copy(update={"name": unique_name(base, taken)})
    for chip, links in chip_runs(container, blocked):
        first = links[0]
        if in_chrome(first, container) or _in_navigation(first, container) or any(is_inside(first, v) for v in shown):
            continue
        if spec := chips_field(record, chip, links):
            yield spec.model_copy(update={"name": unique_name(spec.name, taken)})


def _listed(
    record: Selector, label: str, value: HtmlElement, items: list[HtmlElement], name: str, taken: set[str]
) -> FieldSpec | None:
    """A labelled value that lists several ("Writers" and two linked names), as a list of them."""
    spec = listed_value_field(record, label, value, items)
    return spec.model_copy(update={"name": unique_name(name, taken)}) if spec is not None else None


def _caption_selector(record: Selector, label: str, value: HtmlElement) -> str | None:
    """``span:contains("Prep Time") + span``, ``span:has(+ span:contains("Metascore"))``: a
    labelled value found by its caption, which holds on the site's other pages where a row
    before it may be missing, and needs no class."""
    said = label.rstrip(":").strip()
    before = next((s for s in value.itersiblings(preceding=True) if isinstance(s.tag, str)), None)
    after = next((s for s in value.itersiblings() if isinstance(s.tag, str)), None)
    ways = []
    if before is not None and full_text(before).rstrip(":").strip() == said:
        ways.append(f"{tag_of(before)}:contains({css_string(full_text(before))}) + {tag_of(value)}")
    if after is not None and full_text(after) == said:  # "74" before its caption "Metascore"
        ways.append(f"{tag_of(value)}:has(+ {tag_of(after)}:contains({css_string(said)}))")
    for css in ways:
        found = record.css(css)
        if found and found[0].root is value:
            return css
    return None


def _in_navigation(element: HtmlElement, container: HtmlElement) -> bool:
    """Inside a ``nav`` or a ``role=navigation`` block below the container (a wiki's navbox); tab
    panels, which the chrome test takes for site chrome by their class, hold the entity's values."""
    for ancestor in (element, *element.iterancestors()):
        if ancestor is container:
            return False
        if tag_of(ancestor) == "nav" or (ancestor.get("role") or "").lower() == "navigation":
            return True
    return False


def _read_already(element: HtmlElement, read: dict[int, FieldType]) -> bool:
    """Whether a labelled value holds one read as such ("Regular Price $149.00", the original
    price); a range labelled "Pay range" is still copied whole beside its low end read as a price."""
    if id(element) in read:
        return True
    kind = _pair_type(element)
    return any(read.get(id(e)) == kind for e in element.iterdescendants())


def _field(
    record: Selector,
    found: Found,
    name: str,
    field_type: FieldType,
    taken: set[str],
    label: str | None = None,
) -> FieldSpec | None:
    element, attribute = found
    value = (element.get(attribute) or "").strip() if attribute else full_text(element)
    if label and value.lower().startswith(label.lower()) and attribute is None:
        value = value[len(label) :].lstrip(" :\u00a0-–—").strip()
    before = marks_after(element, value) if attribute is None else None
    if before is None and attribute is None and (separator := _TRAILING_SEPARATOR.search(value)):
        before = separator.group()
    if before is not None:
        value = value[: value.index(before)].strip()
    if not value:
        return None
    slot = Slot(key=(), kind="text" if attribute is None else attribute, attribute=attribute, text_before=before)
    slot.per_record[0] = [Occurrence(element, value)]
    if label and full_text(element).lower().startswith(label.lower()):
        slot.strip_label = label
    css = best_selector([record], slot)
    if css is None:
        return None
    if not is_anchored(css):  # a bare path (hashed classes): a caption or a named wrapper holds better
        css = (label and _caption_selector(record, label, element)) or anchored_selector(record, element) or css
    if field_type == "author" and values.BYLINE.match(value) and not slot.strip_label:
        slot.strip_label = value.split()[0]
    return FieldSpec(
        name=unique_name(name, taken),
        type=field_type,
        selector=css,
        attribute=attribute,
        strip_label=slot.strip_label,
        text_before=before,
    )


def _reads(rating: Found) -> bool:
    """Whether the rating found says a figure: five drawn stars ("★★★★★") say none, and the count
    beside them is left to the rules that read what stands beside the title."""
    element, attribute = rating
    return parse_rating(element.get(attribute) or "" if attribute else full_text(element)) is not None


def _beside_title(block: HtmlElement, heading: HtmlElement) -> bool:
    """A short row right beside the title, or an item of it ("2019 · PG-13 · 2h 28m", the year and
    the certificate linking to their pages): the entity's own values, though they repeat like records."""
    row = block if block.getparent() is heading.getparent() else block.getparent()
    return (
        row is not None
        and row is not heading
        and row.getparent() is heading.getparent()
        and len(row) <= MAX_ROW_VALUES
        and len(full_text(row)) <= MAX_BESIDE_CHARS
    )


def _titled(block: HtmlElement, title: str) -> bool:
    """A block under a heading that repeats the page's title is the entity's own card (WP Recipe
    Maker's recipe box in a blog post), though it sits among ads that repeat like records."""
    return any(full_text(h) == title for h in block.iter("h2", "h3", "h4"))


def _is_price_line(block: HtmlElement) -> bool:
    """ "MSRP: $149.00", "Was: $129.00", "Now: $99.00": a price box's lines repeat like records, but
    they are the entity's prices; a related product always links to its page."""
    text = full_text(block)
    return len(text) <= MAX_PRICE_LINE_CHARS and values.is_price(text) and not block.xpath(".//a")


def _pair_type(element: HtmlElement) -> FieldType:
    text = full_text(element)
    if (mark := marks_after(element, text)) is not None:
        text = text[: text.index(mark)].strip()  # "1844 [1]": a year and a reference mark
    if values.is_price(text) and not values.is_price_range(text):
        return "price"  # a range ("€62,000 - €78,000 a year") is copied whole
    if values.is_date(text):
        return "date"
    if COUNT_MARK.match(text) or _COMPACT_COUNT.match(text):
        return "number"  # "×3" beside a bed icon, "4.5K" user reviews
    # "45 L", "1.6 kg": a measure is copied with its unit, as text; "1,284" and "12%" are numbers.
    return "number" if values.is_number(text) and not re.search(r"[^\W\d_]", text) else "text"
