"""Structured data a page declares about itself: JSON-LD, microdata and Open Graph.

It is evidence, not the spec: the engine reads the DOM with CSS, so JSON-LD values only help to
find and name the records that the HTML also shows. Script content is parsed as data, never run.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from parsel import Selector

from agents.heuristics.dom import HtmlElement
from pipeline.core.cleantext import clean_text

#: A JSON-LD block larger than this is not worth parsing for hints (and could be hostile).
MAX_JSONLD_CHARS = 1_000_000
#: Bound on nodes visited in one JSON-LD document, nested or not.
MAX_JSONLD_NODES = 5_000
#: schema.org's kinds of Event (https://schema.org/Event#subtypes): one event each, like ``event``.
EVENT_TYPES = frozenset(
    {
        "event",
        "musicevent",
        "theaterevent",
        "sportsevent",
        "comedyevent",
        "danceevent",
        "festival",
        "screeningevent",
        "exhibitionevent",
        "educationevent",
        "businessevent",
        "socialevent",
        "childrensevent",
        "foodevent",
        "literaryevent",
        "visualartsevent",
        "saleevent",
        "courseinstance",
    }
)
#: schema.org types that describe one main entity: the page is probably a detail page. Repeated,
#: they are the records of a list.
DETAIL_TYPES = EVENT_TYPES | {
    "product",
    "article",
    "newsarticle",
    "blogposting",
    "jobposting",
    "recipe",
    "book",
    "movie",
    "course",
    "realestatelisting",
    "vehicle",
    "car",
    "softwareapplication",
    "review",
    "techarticle",
    "report",
    "scholarlyarticle",
    "localbusiness",
    "restaurant",
    "hotel",
}
#: Kinds of DETAIL_TYPES that are writing about things, not one thing: a "Best X of 2025" roundup is
#: an Article whose body is the list of the things it compares.
ARTICLE_TYPES = frozenset(
    {"article", "newsarticle", "blogposting", "techarticle", "report", "scholarlyarticle", "review"}
)
#: ``@id`` endings of the site's own organisation node (Yoast, Rank Math and most SEO plugins).
_OWNER_IDS = ("#organization", "#organisation")
_PROPERTY_NAMES = {
    "name": "title",
    "headline": "title",
    "url": "url",
    "price": "price",
    "datePublished": "date",
    "startDate": "date",
    "location": "venue",
    "author": "author",
    "image": "image",
    "ratingValue": "rating",
    "sku": "sku",
    "brand": "brand",
    "description": "description",
}


@dataclass
class StructuredData:
    """What the page says about itself, reduced to flat string properties."""

    types: Counter[str] = field(default_factory=Counter)
    items: list[dict[str, str]] = field(default_factory=list)
    entity: dict[str, str] | None = None
    entity_type: str | None = None
    open_graph: dict[str, str] = field(default_factory=dict)
    microdata: Counter[str] = field(default_factory=Counter)

    def value_hints(self) -> dict[str, str]:
        """Value -> field name, for naming DOM slots that show JSON-LD values."""
        hints: dict[str, str] = {}
        for item in self.items:
            for prop, value in item.items():
                if prop in _PROPERTY_NAMES and value and len(value) <= 200:
                    hints.setdefault(value, _PROPERTY_NAMES[prop])
        return hints

    def item_names(self) -> frozenset[str]:
        return frozenset(i["name"] for i in self.items if len(i.get("name", "")) >= 4)

    @property
    def says_article(self) -> bool:
        """Whether the one main entity the page declares is a piece of writing (an Article)."""
        og_type = self.open_graph.get("og:type", "").lower()
        if self.entity_type is not None:
            return self.entity_type.lower() in ARTICLE_TYPES
        return og_type == "article"

    @property
    def says_detail(self) -> bool:
        og_type = self.open_graph.get("og:type", "").lower()
        return (self.entity is not None and not self.items) or og_type in (
            "product",
            "article",
            "book",
            "og:product",
            "video.movie",
            "profile",
        )


def detail_scope(element: HtmlElement) -> HtmlElement | None:
    """The microdata item of one main entity (``itemtype=…/Product``) that holds ``element``."""
    for scope in element.iterancestors():
        kind = (scope.get("itemtype") or "").strip().rstrip("/").rsplit("/", 1)[-1].lower()
        if scope.get("itemscope") is not None and kind in DETAIL_TYPES:
            return scope
    return None


def read_structured(page: Selector) -> StructuredData:
    data = StructuredData()
    nodes = [
        n for text in page.xpath('//script[contains(@type, "ld+json")]/text()').getall() for n in _jsonld_nodes(text)
    ]
    for node in nodes:
        for kind in _types(node):
            data.types[kind] += 1
    data.items = _list_items(nodes)
    detail_nodes = [
        n for n in nodes if any(t.lower() in DETAIL_TYPES for t in _types(n)) and not is_site_owner(n, nodes)
    ]
    if len(detail_nodes) == 1 and not data.items:
        data.entity = _flatten(detail_nodes[0])
        data.entity_type = _types(detail_nodes[0])[0]
    for meta in page.xpath("//meta[@property or @name]"):
        key = (meta.attrib.get("property") or meta.attrib.get("name") or "").strip().lower()
        if key.startswith(("og:", "product:", "article:")):
            data.open_graph.setdefault(key, clean_text(meta.attrib.get("content", "")))
    for itemtype in page.xpath("//*[@itemscope]/@itemtype").getall():
        data.microdata[itemtype.strip()] += 1
    return data


def is_site_owner(node: dict[str, Any], nodes: list[dict[str, Any]]) -> bool:
    """Whether ``node`` is the business running the site (``@id`` ``…/#organization``, the WebSite's
    publisher) rather than what this page is about: it says who runs a menu or a careers page, and
    is the page's subject only as the WebPage's ``mainEntity``/``about`` or when its url is the page's."""
    node_id = _text(node.get("@id"))
    # Types are compared folded, as everywhere here: "Website" and "Webpage" are common misspellings.
    publishers = {_reference(n.get("publisher")) for n in nodes if "website" in _folded_types(n)}
    if not node_id.lower().endswith(_OWNER_IDS) and (not node_id or node_id not in publishers):
        return False
    pages = [n for n in nodes if any(t.endswith("page") for t in _folded_types(n))]
    subjects = {_reference(p.get(key)) for p in pages for key in ("mainEntity", "about")}
    page_urls = {_address(p.get(key)) for p in pages for key in ("url", "@id")} - {""}
    return node_id not in subjects and _address(node.get("url")) not in page_urls


def _reference(value: Any) -> str:
    """The ``@id`` a property points to (``{"@id": "…#organization"}``), or its text."""
    if isinstance(value, list):
        value = value[0] if value else None
    return _text(value.get("@id") if isinstance(value, dict) else value)


def _address(value: Any) -> str:
    """A url without its fragment and trailing slash, to compare pages."""
    return _text(value).split("#", 1)[0].rstrip("/")


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _jsonld_nodes(text: str) -> list[dict[str, Any]]:
    if len(text) > MAX_JSONLD_CHARS:
        return []
    try:
        document = json.loads(text)
    except (ValueError, RecursionError):
        return []
    found: list[dict[str, Any]] = []
    stack: list[Any] = [document]
    while stack and len(found) < MAX_JSONLD_NODES:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(reversed(node))
        elif isinstance(node, dict):
            if "@graph" in node:
                stack.append(node["@graph"])
            if "@type" in node:
                found.append(node)
    return found


def _types(node: dict[str, Any]) -> list[str]:
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return [k.rsplit("/", 1)[-1] for k in kinds if isinstance(k, str)]


def _folded_types(node: dict[str, Any]) -> list[str]:
    return [t.lower() for t in _types(node)]


def _list_items(nodes: list[dict[str, Any]]) -> list[dict[str, str]]:
    items: list[dict[str, str]] = []
    for node in nodes:
        if "ItemList" in _types(node):
            elements = node.get("itemListElement")
            for entry in elements if isinstance(elements, list) else []:
                if isinstance(entry, dict):
                    inner = entry.get("item")
                    merged = {**entry, **inner} if isinstance(inner, dict) else dict(entry)
                    items.append(_flatten(merged))
    if not items:
        repeated = Counter(t for n in nodes for t in _types(n) if t.lower() in DETAIL_TYPES)
        for kind, count in repeated.items():
            if count >= 2:
                items.extend(_flatten(n) for n in nodes if kind in _types(n))
    return items


def _flatten(node: dict[str, Any]) -> dict[str, str]:
    """The useful properties of a JSON-LD node as strings (nested offers, authors, ratings)."""
    flat: dict[str, str] = {}
    for key in ("name", "headline", "url", "sku", "description", "datePublished", "startDate"):
        if isinstance(node.get(key), str | int | float):
            flat[key] = clean_text(str(node[key]))
    if "url" not in flat and isinstance(node.get("item"), str):
        flat["url"] = node["item"]
    flat.update(_first_text(node.get("image"), "image", ("url", "contentUrl")))
    flat.update(_first_text(node.get("author"), "author", ("name",)))
    flat.update(_first_text(node.get("brand"), "brand", ("name",)))
    flat.update(_first_text(node.get("location"), "location", ("name",)))  # an event's Place
    offers = node.get("offers")
    offer = offers[0] if isinstance(offers, list) and offers else offers
    if isinstance(offer, dict):
        for key in ("price", "lowPrice", "priceCurrency"):
            if isinstance(offer.get(key), str | int | float):
                flat.setdefault("price" if key == "lowPrice" else key, str(offer[key]))
    rating = node.get("aggregateRating")
    if isinstance(rating, dict) and isinstance(rating.get("ratingValue"), str | int | float):
        flat["ratingValue"] = str(rating["ratingValue"])
    return flat


def _first_text(value: Any, name: str, keys: tuple[str, ...]) -> dict[str, str]:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, str):
        return {name: value}
    if isinstance(value, dict):
        for key in keys:
            if isinstance(value.get(key), str):
                return {name: value[key]}
    return {}
