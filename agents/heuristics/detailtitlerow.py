"""The values in the rows beside and under a detail page's title, which no label names: a
company and a place named by their classes, a year and a running time by their shape, the
facts of the row under the title ("Lisbon, Portugal /", "Hybrid").

Where it can, each is found from the title (``h1.title + ul > li:nth-of-type(2)``), a place that
holds on the site's other pages where the values' own classes are hashed or missing.
"""

from __future__ import annotations

from collections.abc import Iterator

from parsel import Selector

from agents.heuristics import values
from agents.heuristics.besideheading import SHAPE_NAMES, SHAPE_TYPES
from agents.heuristics.detailfacts import FACT_TYPES, facts_under_title
from agents.heuristics.detailspec import field_spec
from agents.heuristics.dom import HtmlElement, full_text, is_inside, tag_of
from agents.heuristics.names import unique_name
from pipeline.core.schemas import FieldSpec, FieldType


def beside_title_fields(
    record: Selector,
    title: FieldSpec,
    heading: HtmlElement,
    beside: list[tuple[str, HtmlElement]],
    taken: set[str],
    read: dict[int, FieldType],
) -> Iterator[FieldSpec]:
    """The values ``beside`` the title (``besideheading``), each named by its class or its shape;
    a value already ``read`` as another field, or a name already ``taken``, is passed over."""
    for name, element in beside:
        # "4 reviews" beside the title in a ``div.product-rating`` is a count of reviews, not a rating.
        text = full_text(element)
        unit = values.unit_of(text) if values.is_number(text) else None
        kind: FieldType = "number" if unit else SHAPE_TYPES.get(name, "text")
        named = unit or name
        if named in taken or id(element) in read:
            continue
        if name in SHAPE_NAMES and (placed := _after_title(record, title, heading, element)):
            yield FieldSpec(name=unique_name(named, taken), type=kind, selector=placed)
        elif spec := field_spec(record, (element, None), named, kind, taken):
            yield spec


def facts_fields(
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
        elif spec := field_spec(record, (element, None), name, kind, taken):
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
