"""The main entity of a page as its JSON-LD describes it (schema.org Product, Article, JobPosting…).

Shops that render in the browser often ship a skeleton page whose only complete data is the
JSON-LD for search engines; it is also the steadiest source where it is complete.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from parsel import Selector

from agents.heuristics.structured import EVENT_TYPES
from agents.jsonscout import JsonCandidate
from pipeline.core.schemas import FieldSpec, FieldType
from pipeline.core.specparts import JsonSourceSpec

SCRIPT_SELECTOR = 'script[type="application/ld+json"]'
#: schema.org types that are a page's subject, not its furniture (breadcrumbs, organisation, site).
MAIN_TYPES = (
    "Product",
    "Article",
    "NewsArticle",
    "BlogPosting",
    "JobPosting",
    "Event",
    "Recipe",
    "Book",
    "Movie",
    "Course",
    "LocalBusiness",
    "Restaurant",
    "Hotel",
    "SoftwareApplication",
    "VideoObject",
    "Dataset",
    "RealEstateListing",
    "Vehicle",
    "Car",
    "Review",
    "Question",
)
_OFFER = "(offers[0] || offers)"
#: https://developers.google.com/search/docs/appearance/structured-data/merchant-listing (strikethrough price)
_STRUCK = (
    f"([{_OFFER}.priceSpecification][] | [?contains(to_string(priceType), 'StrikethroughPrice')"
    " || contains(to_string(priceType), 'ListPrice')] | [0].price)"
)


def _priced(amount: str) -> str:
    """A JMESPath giving "45.00 GBP": the amount and the offer's currency, as the engine reads prices."""
    return f"join(' ', [to_string({amount}), {_OFFER}.priceCurrency || ''])"


_SPECIAL: tuple[tuple[str, str, FieldType, tuple[str, ...]], ...] = (
    # (field name, JMESPath inside the entity, type, keys the path consumes)
    ("title", "name || headline || title", "title", ("name", "headline", "title")),
    (
        "price",
        f"join(' ', [to_string({_OFFER}.price || {_OFFER}.lowPrice), {_OFFER}.priceCurrency || ''])",
        "price",
        ("offers",),
    ),
    # An AggregateOffer's dearest variant, and the struck price Google asks shops to declare.
    ("price_max", f"{_OFFER}.highPrice && {_priced(f'{_OFFER}.highPrice')}", "price", ("offers",)),
    ("original_price", f"{_STRUCK} && {_priced(_STRUCK)}", "price", ("offers",)),
    ("image", "(image[0] || image).url || image[0] || image", "image", ("image",)),
    ("rating", "aggregateRating.ratingValue", "rating", ("aggregateRating",)),
    ("review_count", "aggregateRating.reviewCount || aggregateRating.ratingCount", "number", ("aggregateRating",)),
    ("author", "author[0].name || author.name || author", "author", ("author",)),
    ("brand", "brand.name || brand", "text", ("brand",)),
    ("company", "hiringOrganization.name || hiringOrganization", "text", ("hiringOrganization",)),
    ("calories", "nutrition.calories", "text", ("nutrition",)),
    # Google's recipe guide lists the count first and the sentence last: ["6", "6 servings"].
    ("servings", "recipeYield[-1] || recipeYield", "text", ("recipeYield",)),
    ("gtin", "gtin13 || gtin || gtin12 || gtin14 || gtin8", "text", ("gtin13", "gtin", "gtin12", "gtin14", "gtin8")),
)
#: The parts of a schema.org PostalAddress, in the order an address line says them.
_ADDRESS_PARTS = ("streetAddress", "addressLocality", "postalCode", "addressCountry")
#: schema.org properties whose names read better in plain words.
_PLAIN_NAMES = {"recipeIngredient": "ingredients", "recipeInstructions": "instructions", "articleBody": "text"}
_DATE_KEYS = re.compile(r"date|time$|^start|^end|validThrough", re.IGNORECASE)
_SKIP = {
    "@context",
    "@type",
    "@id",
    "mainEntityOfPage",
    "potentialAction",
    "isPartOf",
    "publisher",
    "breadcrumb",
    "review",
    "gtin",
    "gtin12",
    "gtin14",
    "gtin8",
    # About the document, not its subject: no one lists an article's word count or language.
    "wordCount",
    "commentCount",
    "thumbnailUrl",
    "inLanguage",
    "isAccessibleForFree",
    "copyrightYear",
    "copyrightHolder",
    "speakable",
}


def jsonld_candidates(body: str | bytes, url: str) -> list[JsonCandidate]:
    """One candidate per main entity found in the page's JSON-LD, richest first."""
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    page = Selector(text=text, base_url=url, type="html")  # a JSON body would make parsel pick type "json"
    found: list[JsonCandidate] = []
    for text in page.css(SCRIPT_SELECTOR).xpath("string()").getall():
        try:
            document = json.loads(text)
        except (ValueError, RecursionError):  # broken, or nested a million deep
            continue
        for path, entity in _main_entities(document):
            fields = entity_fields(entity)
            if len(fields) >= 2:
                source = JsonSourceSpec(location="script", script_selector=SCRIPT_SELECTOR, records_path=path)
                found.append(JsonCandidate(source=source, fields=fields, records=1))
    return sorted(found, key=lambda c: len(c.fields), reverse=True)


def _type_of(node: dict[str, Any]) -> str:
    kind = node.get("@type")
    return " ".join(kind) if isinstance(kind, list) else str(kind or "")


def _main_entities(document: Any) -> Iterator[tuple[str, dict[str, Any]]]:
    """(JMESPath that yields a one-element list, entity) for every main entity."""

    def is_main(node: Any) -> str | None:
        if not isinstance(node, dict):
            return None
        kind = _type_of(node)
        if any(t.lower() in EVENT_TYPES for t in kind.split()):
            return "Event"  # MusicEvent, Festival: schema.org's kinds of event are each one event
        return next((t for t in MAIN_TYPES if re.search(rf"\b{t}\b", kind)), None)

    if isinstance(document, dict) and isinstance(document.get("@graph"), list):
        for node in document["@graph"]:
            kind = is_main(node)
            if kind:
                yield f'"@graph"[?contains("@type", \'{kind}\')] | [:1]', node
    elif isinstance(document, dict) and is_main(document):
        yield "[@]", document
    elif isinstance(document, list):
        for node in document:
            kind = is_main(node)
            if kind:
                yield f"[?contains(\"@type\", '{kind}')] | [:1]", node


def entity_fields(entity: dict[str, Any]) -> tuple[FieldSpec, ...]:
    """Fields for a schema.org entity: the well-known properties first, then its other plain values."""
    import jmespath  # noqa: PLC0415 - jmespath is only needed here and in the engine

    fields: list[FieldSpec] = []
    consumed: set[str] = set()
    for name, path, field_type, keys in _SPECIAL:
        if any(key in entity for key in keys) and jmespath.search(path, entity) not in (None, "", []):
            fields.append(FieldSpec(name=name, type=field_type, json_path=path))
            consumed.update(keys)
    if "address" not in consumed and (address := address_path(entity.get("address"))):
        fields.append(FieldSpec(name="address", type="text", json_path=address))
        consumed.add("address")
    used = {f.name for f in fields}
    for key, value in entity.items():
        if key in consumed or key in _SKIP or key.startswith("@") or not re.fullmatch(r"[A-Za-z_]\w*", key):
            continue
        name = _PLAIN_NAMES.get(key) or re.sub(r"(?<!^)(?=[A-Z])", "_", key).lower()
        if name in used or not re.fullmatch(r"[a-z][a-z0-9_]{0,62}", name):
            continue
        if (list_path := _list_path(key, value)) is not None:
            fields.append(FieldSpec(name=name, type="tags", json_path=list_path, many=True))
        elif isinstance(value, (str, int, float)) and not isinstance(value, bool) and value != "":
            kind: FieldType = "date" if _DATE_KEYS.search(key) else "url" if key == "url" else "text"
            fields.append(FieldSpec(name=name, type=kind, json_path=f'"{key}"'))
        elif isinstance(value, dict) and isinstance(value.get("name"), str) and value["name"].strip():
            fields.append(FieldSpec(name=name, type="text", json_path=f'"{key}".name'))  # one Person
        else:
            continue
        used.add(name)
    return tuple(fields)


def address_path(value: Any) -> str | None:
    """A JMESPath writing a PostalAddress as one line, "street, locality, postcode, country": the
    parts this entity fills, each left out when a part before it already says it (a street address
    written in full, locality and postcode included)."""
    first = value[0] if isinstance(value, list) and value else value
    if not isinstance(first, dict):
        return None
    root = "(address[0] || address)" if isinstance(value, list) else "address"
    said: list[str] = []
    paths: list[str] = []
    for key in _ADDRESS_PARTS:
        part = first.get(key)
        text = str(part.get("name") or "") if isinstance(part, dict) else str(part or "")
        text = text.strip()
        if not text or isinstance(part, bool | list) or any(text.lower() in s.lower() for s in said):
            continue
        said.append(text)
        paths.append(f'{root}."{key}".name' if isinstance(part, dict) else f'{root}."{key}"')
    if not paths:
        return None
    return f"join(', ', map(&to_string(@), [{', '.join(paths)}][?@]))"


def _list_path(key: str, value: Any) -> str | None:
    """A JMESPath to a list of texts: ingredients, keywords, or the ``text`` of each HowToStep."""
    if not isinstance(value, list) or not value:
        return None
    if all(isinstance(item, str) and item.strip() for item in value):
        return f'"{key}"'
    if all(isinstance(item, dict) and isinstance(item.get("text"), str) for item in value):
        return f'"{key}"[].text'
    if all(isinstance(item, dict) and isinstance(item.get("name"), str) and item["name"].strip() for item in value):
        return f'"{key}"[].name'  # people or organisations: a director's, the cast's names
    return None
