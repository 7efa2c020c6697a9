"""Design the spec of a detail page: the one main entity (a product, an article, a job…).

The container is the element that holds the page's main heading and content (microdata scope,
``article``, ``main``…). Fields are looked for inside it, away from repeated blocks such as
"related products" or comments, and every one is checked through the extraction engine: the
common fields here (``detailfields``, ``detailprices``), those the page names (``detailnamed``),
those beside and under the title (``detailtitlerow``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from parsel import Selector

from agents.heuristics import values
from agents.heuristics.anchors import unique_selector
from agents.heuristics.besideheading import MAX_BESIDE_CHARS, MAX_ROW_VALUES, beside_heading
from agents.heuristics.contentframe import CHROME_TYPES, framing_element
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
from agents.heuristics.detailnamed import named_fields
from agents.heuristics.detailparts import is_fact_line
from agents.heuristics.detailprices import find_prices
from agents.heuristics.detailsections import announced_description, lead_only, section_heading
from agents.heuristics.detailspec import field_spec
from agents.heuristics.detailtitlerow import beside_title_fields, facts_fields
from agents.heuristics.dom import DomIndex, HtmlElement, full_text, is_inside, tag_of
from agents.heuristics.exactcounts import with_exact_counts
from agents.heuristics.itemowned import owned_body, owned_short_properties
from agents.heuristics.labelledgroups import labelled_groups
from agents.heuristics.names import unique_name
from agents.heuristics.offernames import offer_names
from agents.heuristics.shownnames import shown_title
from agents.heuristics.statuslines import status_lines
from agents.heuristics.summarylines import summary_under_title
from agents.heuristics.titleversions import with_title_version
from agents.heuristics.websitelinks import named_links, with_website
from pipeline.core.extract import page_base_url
from pipeline.core.numbertext import parse_rating
from pipeline.core.schemas import FieldSpec, FieldType

#: A line of a price box ("Regular Price $36.00") is this short.
MAX_PRICE_LINE_CHARS = 40


@dataclass
class DetailDesign:
    """The spec of a detail page's one record: its container, its fields, and why."""

    record_selector: str
    fields: tuple[FieldSpec, ...]
    notes: list[str] = field(default_factory=list)


def design_detail(
    page: Selector, index: DomIndex, skip: list[HtmlElement], *, frames: bool = True
) -> DetailDesign | None:
    """A one-record spec for the page's main entity, or None when there is no such entity.

    ``skip`` are repeated blocks (related items, comments) whose content is not the entity's;
    ``frames=False`` keeps a heading and a lead beside a content frame as the entity.
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
    owned = owned_short_properties(container) | owned_body(container)
    blocked = {id(e) for block in sides for e in block.iter()} - owned
    prices = find_prices(container, blocked)
    rating = find_rating(container, blocked)
    count = find_review_count(rating[0], container, blocked) if rating and _reads(rating) else None
    found: list[tuple[str, FieldType, Found | None]] = [
        ("title", "title", (shown_title(heading, container), None)),
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
        if where is not None and (spec := field_spec(record, where, name, field_type, taken, label)):
            fields.append(lead_only(record, spec, container, where[0]) if name == "text" else spec)
    if "text" not in taken and (described := announced_description(record, container, blocked)):
        fields.append(FieldSpec(name=unique_name("text", taken), type="text", selector=described))
    body = next((where[0] for name, _, where in found if name == "text" and where is not None), None)
    summary = summary_under_title(heading, container, blocked, body)
    if summary is not None and (spec := field_spec(record, (summary, None), "summary", "text", taken)):
        fields.append(spec)
    read = {id(where[0]): kind for _, kind, where in found if where is not None}  # ``found`` keeps them alive
    fields.extend(named_fields(record, container, heading, blocked, taken, read))
    stock = find_availability(container, blocked) if "availability" not in taken else None
    if (
        stock is not None
        and id(stock[0]) not in read
        and (spec := field_spec(record, stock, "availability", "text", taken))
    ):
        fields.append(spec)
    fields.extend(labelled_groups(record, container, blocked, taken))
    for name, element in status_lines(container, blocked):
        if (
            name not in taken
            and id(element) not in read
            and (spec := field_spec(record, (element, None), name, "text", taken))
        ):
            fields.append(spec)
    if len(fields) < 2:
        return None  # a heading and a line beside it are no entity (a list page before its script runs)
    beside = beside_heading(heading, blocked)
    fields.extend(beside_title_fields(record, fields[0], heading, beside, taken, read))
    held = [e for _, e in beside] + [where[0] for _, _, where in found if where is not None]
    fields.extend(facts_fields(record, fields[0], heading, blocked, taken, held))
    fields = with_website(record, container, blocked, fields, taken)
    fields = named_links(record, container, blocked, fields, taken)
    fields = with_title_version(record, fields, container, taken)
    if offers := offer_names(record, container, taken):
        fields.append(offers)
    if frames and _only_beside_frame(page, container, fields):
        return None
    notes = [f"detail page: main entity in {css!r}, title from <{tag_of(heading)}>"]
    return DetailDesign(css, tuple(with_exact_counts(record, fields)), notes)


def _only_beside_frame(page: Selector, container: HtmlElement, fields: list[FieldSpec]) -> bool:
    """A heading and a lead paragraph (an icon) whose only companion is the iframe holding the
    page's content: the page's chrome around another document, no entity of its own."""
    if any(f.type not in CHROME_TYPES for f in fields):
        return False
    frame = framing_element(page.root, page_base_url(page, page.root.base_url or ""))
    return frame is not None and is_inside(frame, container)


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
