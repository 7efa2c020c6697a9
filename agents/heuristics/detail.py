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
from agents.heuristics.detailfields import (
    MIN_DESCRIPTION_CHARS,
    Found,
    find_author,
    find_date,
    find_description,
    find_image,
    find_rating,
)
from agents.heuristics.detailprices import find_prices
from agents.heuristics.dom import (
    DomIndex,
    HtmlElement,
    css_ident,
    css_string,
    full_text,
    in_chrome,
    is_chrome,
    tag_of,
)
from agents.heuristics.fieldcss import best_selector
from agents.heuristics.itemprops import item_properties
from agents.heuristics.names import name_from_element, name_from_label, unique_name
from agents.heuristics.pairs import label_value_pairs
from agents.heuristics.slots import Occurrence, Slot
from agents.heuristics.structured import detail_scope
from pipeline.core.schemas import FieldSpec, FieldType

#: A value beside the title (a company, a place, a brand) is this short.
MAX_BESIDE_CHARS = 80
#: A line of a price box ("Regular Price $36.00") is this short.
MAX_PRICE_LINE_CHARS = 40
#: A heading that announces the description below it ("Product Description", "About this item").
_DESCRIPTION_HEADING = re.compile(
    r"^(?:(?:product|item|book|job|property|course) )?(?:description|details|overview|synopsis|summary)$"
    r"|^about (?:this|the) \w+$|^beschreibung$|^description du produit$|^descripción$",
    re.IGNORECASE,
)
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_HEADINGS_BELOW = " | ".join(f".//{h}" for h in _HEADINGS)
_HEADING_CHILDREN = " | ".join(f"./{h}" for h in _HEADINGS)


@dataclass
class DetailDesign:
    record_selector: str
    fields: tuple[FieldSpec, ...]
    notes: list[str] = field(default_factory=list)


def main_heading(index: DomIndex) -> HtmlElement | None:
    headings = [e for e in index.elements if tag_of(e) == "h1" and full_text(e)]
    own = [e for e in headings if not in_chrome(e)]
    if own:
        return own[0]
    named = [e for e in index.root.xpath("//*[@itemprop='name' or @itemprop='headline']") if not in_chrome(e)]
    if named:
        return named[0]
    # A heading inside a header block (a job board's ``div#header > h1.app-title``); a site's name
    # in its banner is a link home, and a sidebar, a form or navigation never holds the page's title.
    titles = [e for e in headings if not e.xpath(".//a") and _chrome_is_a_header(e)]
    return titles[0] if titles else None


def _chrome_is_a_header(element: HtmlElement) -> bool:
    chrome = next(a for a in (element, *element.iterancestors()) if is_chrome(a))
    marks = f"{chrome.get('id') or ''} {chrome.get('class') or ''}".lower()
    return tag_of(chrome) == "header" or "header" in marks


def main_container(heading: HtmlElement) -> HtmlElement:
    """The entity's container: microdata scope, article, main, else the heading's wide parent."""
    lineage = list(heading.iterancestors())
    for test in (_is_entity_scope, lambda e: tag_of(e) == "article", _is_main):
        for ancestor in lineage:
            if test(ancestor):
                return ancestor
    below_body = [a for a in lineage if tag_of(a) not in ("html", "body")]
    return below_body[-1] if below_body else lineage[0] if lineage else heading


def _is_entity_scope(element: HtmlElement) -> bool:
    return element.get("itemscope") is not None and bool(element.get("itemtype"))


def _is_main(element: HtmlElement) -> bool:
    return (
        tag_of(element) == "main"
        or element.get("role") == "main"
        or element.get("id") in ("main", "content", "main-content")
    )


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
    sides = [b for b in skip if heading not in set(b.iter()) and not _is_price_line(b)]
    blocked = {id(e) for block in sides for e in block.iter()}
    prices = find_prices(container, blocked)
    found: list[tuple[str, FieldType, Found | None]] = [
        ("title", "title", (heading, None)),
        ("price", "price", prices.price),
        ("price_max", "price", prices.price_max),
        ("original_price", "price", prices.original_price),
        ("date", "date", find_date(container, blocked)),
        ("author", "author", find_author(container, blocked)),
        ("image", "image", find_image(container, blocked)),
        ("rating", "rating", find_rating(container, blocked)),
        ("text", "text", find_description(container, heading, blocked)),
    ]
    taken: set[str] = set()
    fields: list[FieldSpec] = []
    for name, field_type, where in found:
        if where is not None and (spec := _field(record, where, name, field_type, taken)):
            fields.append(spec)
    if "text" not in taken and (described := announced_description(record, container, blocked)):
        fields.append(FieldSpec(name=unique_name("text", taken), type="text", selector=described))
    read = {id(where[0]) for _, _, where in found if where is not None}  # ``found`` keeps them alive
    fields.extend(_named_fields(record, container, heading, blocked, taken, read))
    if len(fields) < 2:
        return None  # a heading and a line beside it are no entity (a list page before its script runs)
    for name, element in _beside_heading(heading, blocked):
        # "4 reviews" beside the title in a ``div.product-rating`` is a count of reviews, not a rating.
        text = full_text(element)
        unit = values.unit_of(text) if values.is_number(text) else None
        kind: FieldType = "number" if unit else "text"
        named = unit or name
        if named not in taken and (spec := _field(record, (element, None), named, kind, taken)):
            fields.append(spec)
    notes = [f"detail page: main entity in {css!r}, title from <{tag_of(heading)}>"]
    return DetailDesign(css, tuple(fields), notes)


def _named_fields(
    record: Selector,
    container: HtmlElement,
    heading: HtmlElement,
    blocked: set[int],
    taken: set[str],
    read: set[int],
) -> Iterator[FieldSpec]:
    """The entity's other values, each named by the page: a microdata property, a label. A labelled
    value already read ("Tickets: £12 – £18" as the price) is not read twice."""
    scope = container if container.get("itemscope") is not None else detail_scope(heading)
    for name, element, attribute, field_type in item_properties(scope, blocked) if scope is not None else ():
        if name not in taken and (spec := _field(record, (element, attribute), name, field_type, taken)):
            yield spec
    for label, element in label_value_pairs(container, blocked):
        base = name_from_label(label)
        if (
            id(element) not in read
            and base
            and base not in taken
            and (spec := _field(record, (element, None), base, _pair_type(element), taken, label))
        ):
            yield spec


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
    if not value:
        return None
    slot = Slot(key=(), kind="text" if attribute is None else attribute, attribute=attribute)
    slot.per_record[0] = [Occurrence(element, value)]
    if label and full_text(element).lower().startswith(label.lower()):
        slot.strip_label = label
    css = best_selector([record], slot)
    if css is None:
        return None
    if field_type == "author" and values.BYLINE.match(value) and not slot.strip_label:
        slot.strip_label = value.split()[0]
    return FieldSpec(
        name=unique_name(name, taken),
        type=field_type,
        selector=css,
        attribute=attribute,
        strip_label=slot.strip_label,
    )


def _is_price_line(block: HtmlElement) -> bool:
    """ "MSRP: $149.00", "Was: $129.00", "Now: $99.00": a price box's lines repeat like records, but
    they are the entity's prices; a related product always links to its page."""
    text = full_text(block)
    return len(text) <= MAX_PRICE_LINE_CHARS and values.is_price(text) and not block.xpath(".//a")


def _beside_heading(heading: HtmlElement, blocked: set[int]) -> list[tuple[str, HtmlElement]]:
    """Short values that the title's own block names by class: ``div.company-name`` and
    ``div.location`` beside ``h1.app-title``."""
    found = []
    for sibling in (*heading.itersiblings(preceding=True), *heading.itersiblings()):
        if not isinstance(sibling.tag, str) or id(sibling) in blocked or len(sibling) > 2:
            continue
        if sibling.xpath("self::*[h2 or h3 or h4 or h5 or h6]"):
            continue  # a section under a heading of its own: a label:value pair
        if sibling.xpath("descendant-or-self::*[self::input or self::button or self::select or self::label]"):
            continue  # a form's controls
        text = full_text(sibling)
        if text and len(text) <= MAX_BESIDE_CHARS and (name := name_from_element(sibling)):
            found.append((name, sibling))
    return found


def announced_description(record: Selector, container: HtmlElement, blocked: set[int]) -> str | None:
    """A selector for the block after a "Description" heading, which may sit alone in a wrapper
    of its own: ``#product_description + p`` on ``<div id=product_description><h2>…</h2></div><p>``."""
    # Not visible(): section headings repeat ("Product Description", "Product Information" in
    # alike wrappers) and Oscar's sit in a "sub-header", which the chrome test takes for a page
    # header. The heading's words are the test here; only the block it announces must be clear.
    for heading in container.xpath(_HEADINGS_BELOW):
        if not _DESCRIPTION_HEADING.match(full_text(heading)):
            continue
        anchor = heading
        while anchor.getnext() is None and anchor.getparent() is not None and anchor.getparent() is not container:
            anchor = anchor.getparent()
        target = _section_body(anchor, blocked)
        if target is None:
            continue
        for css in _announcement_selectors(anchor, heading, target):
            found = record.css(css)
            if found and found[0].root is target:
                return css
    return None


def _section_body(anchor: HtmlElement, blocked: set[int]) -> HtmlElement | None:
    for sibling in anchor.itersiblings():
        if not isinstance(sibling.tag, str):
            continue
        if tag_of(sibling) in _HEADINGS or sibling.xpath(_HEADING_CHILDREN):
            return None  # the next section began
        if id(sibling) not in blocked and len(full_text(sibling)) >= MIN_DESCRIPTION_CHARS:
            return sibling
    return None


def _announcement_selectors(anchor: HtmlElement, heading: HtmlElement, target: HtmlElement) -> list[str]:
    follows = f"{'+' if anchor.getnext() is target else '~'} {tag_of(target)}"
    said = f"{tag_of(heading)}:contains({css_string(full_text(heading))})"
    found = []
    if (ident := anchor.get("id") or "") and css_ident(ident):
        found.append(f"#{ident} {follows}")
    found.append(f"{said} {follows}" if anchor is heading else f"{tag_of(anchor)}:has({said}) {follows}")
    return found


def _pair_type(element: HtmlElement) -> FieldType:
    text = full_text(element)
    if values.is_price(text):
        return "price"
    if values.is_date(text):
        return "date"
    return "number" if values.is_number(text) and not values.unit_of(text) else "text"
