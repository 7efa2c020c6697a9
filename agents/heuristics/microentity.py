"""A page whose one entity is marked only by microdata: no heading names it, no JSON-LD holds it.

quotes.toscrape.com's ``/random`` shows one quote, ``<div class="quote" itemscope
itemtype="http://schema.org/CreativeWork">`` with ``itemprop`` text, author and keywords, and no
``<h1>`` but the site's name. The item's properties are the fields, each read by its
``[itemprop=…]`` selector: the site's own names for its values, stable from page to page.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from parsel import Selector

from agents.heuristics.anchors import unique_selector
from agents.heuristics.dom import HtmlElement, css_string, full_text, tag_of
from agents.heuristics.fieldcandidates import candidates
from agents.heuristics.hostlinks import is_schemeless_host_url
from agents.heuristics.names import name_from_itemprop, unique_name
from agents.heuristics.valuetypes import type_from_values
from pipeline.core.schemas import FieldSpec, FieldType

#: An item with fewer properties says too little to be a page's entity.
MIN_PROPERTIES = 2
#: Properties read from one item: a page's entity has a few dozen at most.
MAX_PROPERTIES = 40
#: Where a property's value sits when it is not the element's text.
_VALUE_ATTRIBUTES = {"meta": "content", "link": "href", "a": "href", "img": "src", "time": "datetime"}
_TYPES: dict[str, FieldType] = {
    "title": "title",
    "price": "price",
    "date": "date",
    "updated": "date",
    "author": "author",
    "image": "image",
    "url": "url",
    "rating": "rating",
    "tags": "tags",
}


def design_from_microdata(page: Selector) -> tuple[str, tuple[FieldSpec, ...]] | None:
    """The record selector and fields of the page's one top-level microdata item, or None."""
    items = [e for e in page.root.iter() if _is_item(e) and next(_outer_items(e), None) is None]
    items = [item for item in items if len(_own_properties(item)) >= MIN_PROPERTIES]
    if len(items) != 1:
        return None  # none, or several side by side: a list, which the list design reads
    item = items[0]
    css = unique_selector(page, item)
    if css is None:
        return None
    properties = _own_properties(item)[:MAX_PROPERTIES]
    counts = Counter(prop for prop, _ in properties)
    taken: set[str] = set()
    fields: list[FieldSpec] = []
    for prop, element in properties:
        if any(f"[itemprop={css_string(prop)}]" == f.selector.split(" ")[0] for f in fields):
            continue  # one field per property, read from its first element (or all, for a list)
        owned = [e for p, e in properties if p == prop]
        if (field := _field(prop, element, counts[prop] > 1, taken)) is not None:
            checked = _checked(item, field, owned)
            if checked is not None:
                fields.append(checked)
    return (css, tuple(fields)) if len(fields) >= MIN_PROPERTIES else None


def _checked(item: HtmlElement, field: FieldSpec, owned: list[HtmlElement]) -> FieldSpec | None:
    """``field`` if its selector reads the item's own property and not a nested item's (a brand's
    ``name`` before the product's); else a selector found for the element itself, or None."""
    found = [m.root for m in Selector(root=item).css(field.selector)]
    if field.many:
        return field if found == owned else None
    target = owned[0] if " " not in field.selector else None  # a nested item's name: checked below
    if found and (target is None or found[0] is target):
        return field
    for css in candidates(item, owned[0]):
        matches = Selector(root=item).css(css) if css else []
        if matches and matches[0].root is owned[0]:
            return field.model_copy(update={"selector": css})
    return None


def _is_item(element: HtmlElement) -> bool:
    return isinstance(element.tag, str) and element.get("itemscope") is not None


def _outer_items(element: HtmlElement) -> Iterator[HtmlElement]:
    return (a for a in element.iterancestors() if a.get("itemscope") is not None)


def _own_properties(item: HtmlElement) -> list[tuple[str, HtmlElement]]:
    """(itemprop, element) of ``item`` itself, not of the items nested in it (which count as
    one property each: an author ``Person`` is the author)."""
    found: list[tuple[str, HtmlElement]] = []
    for element in item.iterdescendants():
        if not isinstance(element.tag, str) or not (props := (element.get("itemprop") or "").split()):
            continue
        if next(_outer_items(element)) is item:
            found.append((props[0], element))
    return found


def _field(prop: str, element: HtmlElement, many: bool, taken: set[str]) -> FieldSpec | None:
    selector = f"[itemprop={css_string(prop)}]"
    if _is_item(element):  # a nested item: the author Person's name, the Offer's price, else its text
        for inner_prop in ("name", "price"):
            if inner := element.xpath(f".//*[@itemprop='{inner_prop}']"):
                selector, element = f"{selector} [itemprop='{inner_prop}']", inner[0]
                prop = "price" if inner_prop == "price" else prop
                break
    attribute = _VALUE_ATTRIBUTES.get(tag_of(element))
    if tag_of(element) == "a" and prop != "url" and full_text(element):
        attribute = None  # <a itemprop="author" href="/u/ana">Ana</a>: the name, not the page
    value = (element.get(attribute) or "") if attribute else full_text(element)
    if not value.strip():
        return None
    name = name_from_itemprop(prop) or "value"
    field_type = _TYPES.get(name) or type_from_values([value])
    if field_type == "url" and attribute and is_schemeless_host_url(value):
        field_type = "text"  # "www.example.com/a": read as a link, it would become a path below the page
    if many and field_type != "image":
        field_type = "tags"  # ingredients, keywords: every element of the property
    return FieldSpec(
        name=unique_name(name, taken),
        type=field_type,
        selector=selector,
        attribute=attribute,
        many=field_type == "tags" and many,
    )
