"""A key fact found by its unit, not its place: ``div:contains("m²")`` among a flat's key facts.

Property and car cards list their facts as look-alike siblings ("2,5 Zimmer" · "54,3 m²" ·
"1. Geschoss") whose classes are one build hash. Some cards leave a fact out, which shifts the
others: counted by place, the size of a flat without a floor lands in the floor's column. The
unit each fact is written with does not shift, so the fact is found among its siblings by it.
"""

from __future__ import annotations

import re

from agents.heuristics.datamarkers import test_id
from agents.heuristics.dom import HtmlElement, child_elements, css_string, full_text, tag_of
from agents.heuristics.selectorsteps import anchored, nth, nth_last, step

#: A figure, then the unit word it is written with: "54,3 m²", "2,5 Zimmer", "1. Geschoss", "3 beds".
_UNIT_FACT = re.compile(r"^[-+]?\d[\d.,]*\.?\s*([^\W\d_][^\W\d_²³]{0,13}[²³]?)$")


def unit_anchors(element: HtmlElement) -> list[str]:
    """``div[data-testid="keyfacts"] > div:contains("m²")``: ``element`` among its look-alike
    siblings by the unit its figure is written with, under a parent a test id or a class names;
    none where a sibling of the same tag shows the unit too."""
    where, alike = _facts_around(element)
    match = _UNIT_FACT.match(full_text(element))
    if where is None or match is None or any(match.group(1) in full_text(c) for c in alike):
        return []
    return [f"{where} > {tag_of(element)}:contains({css_string(match.group(1))})"]


def named_places(element: HtmlElement) -> list[str]:
    """``div[data-testid="keyfacts"] > div:nth-of-type(5)``: a fact with no unit ("EG", a floor)
    by its place under that named parent, which an optional part of the card before the facts
    (a tag chip) does not shift, as it shifts a path from the record."""
    where, _alike = _facts_around(element)
    return [f"{where} > {nth(element)}", f"{where} > {nth_last(element)}"] if where else []


def _facts_around(element: HtmlElement) -> tuple[str | None, list[HtmlElement]]:
    """The named parent's step and the look-alike siblings of ``element``, when one of them
    holds a figure too (a fact beside it); (None, []) otherwise."""
    parent = element.getparent()
    where = _named(parent) if parent is not None else None
    if parent is None or where is None:
        return None, []
    alike = [c for c in child_elements(parent) if tag_of(c) == tag_of(element) and c is not element]
    return (where, alike) if any(re.search(r"\d", full_text(c)) for c in alike) else (None, [])


def _named(parent: HtmlElement) -> str | None:
    """The parent's step by its test id or its class, if either names it."""
    if hook := test_id(parent):
        return f"{tag_of(parent)}[{hook[0]}={css_string(hook[1])}]"
    return step(parent) if anchored(parent) else None
