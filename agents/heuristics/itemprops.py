"""The properties a detail page's microdata item declares (``itemprop="reviewCount"``, ``gtin13``…).

The detail finders already read the well-known ones (name, price, image, rating, description);
these are the rest of the item's own properties, with the names schema.org gives them. Properties
of a nested item (a review, a related product) belong to that item, not to the page's entity; the
item's offer and aggregate rating are parts of the entity, so their properties count.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from agents.heuristics.dom import HtmlElement
from agents.heuristics.names import name_from_itemprop
from pipeline.core.schemas import FieldType

#: Read by the detail finders, or meaningless alone (the scale of a rating, a currency code).
_ALREADY_READ = frozenset(
    {
        "name",
        "headline",
        "price",
        "image",
        "ratingValue",
        "description",
        "author",
        "datePublished",
        "dateCreated",
        "bestRating",
        "worstRating",
        "priceCurrency",
    }
)
#: Nested items whose properties describe the entity itself.
_ENTITY_PARTS = frozenset({"offers", "aggregateRating"})
_COUNTS = frozenset({"reviewCount", "ratingCount", "numberOfItems", "numberOfPages", "numberOfRooms"})
_DATES = re.compile(r"^date|Date$|^(?:start|end)Date|validThrough|uploadDate")


def item_properties(scope: HtmlElement, blocked: set[int]) -> Iterator[tuple[str, HtmlElement, str | None, FieldType]]:
    """(field name, element, attribute to read, type) for each other property of the item ``scope``."""
    seen: set[str] = set()
    for element in scope.iterdescendants():
        prop = (element.get("itemprop") or "").strip()
        if not re.fullmatch(r"[A-Za-z]\w{0,40}", prop) or prop in _ALREADY_READ or prop in _ENTITY_PARTS:
            continue
        if prop in seen or id(element) in blocked or element.tag == "link" or _owner(element) is not scope:
            continue
        seen.add(prop)
        attribute = "content" if element.get("content") else "datetime" if element.get("datetime") else None
        field_type: FieldType = "number" if prop in _COUNTS else "date" if _DATES.search(prop) else "text"
        if name := name_from_itemprop(prop):
            yield name, element, attribute, field_type


def _owner(element: HtmlElement) -> HtmlElement | None:
    """The item a property belongs to, seeing through the entity's offer and aggregate rating."""
    for ancestor in element.iterancestors():
        if ancestor.get("itemscope") is None:
            continue
        if (ancestor.get("itemprop") or "").strip() in _ENTITY_PARTS:
            continue
        return ancestor
    return None
