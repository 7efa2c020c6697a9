"""Values the page shows beside the main heading of a detail page, named by their classes:
``div.company-name`` and ``div.location`` beside ``h1.app-title``, a row of Lever's categories.
"""

from __future__ import annotations

from agents.heuristics.dom import HtmlElement, full_text, tag_of
from agents.heuristics.names import name_from_class, name_from_element

#: A value beside the title (a company, a place, a brand) is this short.
MAX_BESIDE_CHARS = 80
#: A row of values beside the title (location, team, commitment, workplace) has at most this many.
MAX_ROW_VALUES = 6


def beside_heading(heading: HtmlElement, blocked: set[int]) -> list[tuple[str, HtmlElement]]:
    """Short values that the title's own block names by class: ``div.company-name`` and
    ``div.location`` beside ``h1.app-title``."""
    found = []
    for sibling in (*heading.itersiblings(preceding=True), *heading.itersiblings()):
        if not isinstance(sibling.tag, str) or id(sibling) in blocked:
            continue
        if sibling.xpath("self::*[h2 or h3 or h4 or h5 or h6]"):
            continue  # a section under a heading of its own: a label:value pair
        if sibling.xpath("descendant-or-self::*[self::input or self::button or self::select or self::label]"):
            continue  # a form's controls
        if _only_links(sibling):
            continue  # "Jump to Recipe", "Print Recipe": actions, not values
        # Lever's ``div.posting-categories``: a row of class-named values (location, team, commitment).
        row = _row_values(sibling) if len(sibling) > 2 else [(name_from_element(sibling), sibling)]
        for name, element in row:
            text = full_text(element)
            if text and len(text) <= MAX_BESIDE_CHARS and name:
                found.append((name, element))
    return found


def _only_links(element: HtmlElement) -> bool:
    links = element.xpath("descendant-or-self::a")
    return len(links) >= 2 and not element.xpath(".//text()[normalize-space() and not(ancestor::a)]")


def _row_values(row: HtmlElement) -> list[tuple[str | None, HtmlElement]]:
    """The children of a row of short values, each a leaf of its own, named by the class that only
    it has (``posting-category … location``); none when the row is more than values."""
    children = [c for c in row if isinstance(c.tag, str)]
    if len(children) > MAX_ROW_VALUES or any(len(c) or tag_of(c) == "a" for c in children):
        return []
    tokens = [str(c.get("class") or "").split() for c in children]
    found: list[tuple[str | None, HtmlElement]] = []
    for child, own in zip(children, tokens, strict=True):
        others = {t for other in tokens if other is not own for t in other}
        names = [(t, n) for t in own if t not in others and (n := name_from_class(t))]
        plain = [n for t, n in names if t.isalpha()]  # "location", not "sort-by-team"
        found.append((plain[-1] if plain else names[-1][1] if names else name_from_element(child), child))
    return found
