"""A row of facts under a detail page's title, each a field, named by what it says.

Job boards, film pages and articles put a short row of facts right under the title, each
separated from the next by a slash, a bar or a bullet: Lever's "Lisbon, Portugal / Engineering –
Data Platform / Full-time / Hybrid", Indeed's "Company · Berlin · Full-time", IMDb's "2019 ·
PG-13 · 2h 28m". Where the page's classes name the facts (``div.location``) ``besideheading``
reads them; where the classes say nothing (hashed by a build) the row is still a row of facts,
and each fact is named by its value: a contract type, a way of working, a place, a year.
"""

from __future__ import annotations

import re

from agents.heuristics import values
from agents.heuristics.besideheading import MAX_BESIDE_CHARS, MAX_ROW_VALUES, shape_name
from agents.heuristics.dom import HtmlElement, full_text, tag_of
from pipeline.core.schemas import FieldType

#: Rows looked for among the elements right after the title.
MAX_ROWS_AFTER_TITLE = 2
#: An item of a list under the title (no separators written) is this short to be a fact.
MAX_LISTED_FACT_CHARS = 40
#: A separator written at the end of a fact: "Lisbon, Portugal /", "Full-time ·".
TRAILING_SEPARATOR = re.compile(r"\s[/|·•–—]$")
#: Contract types, in the words job boards use.
_EMPLOYMENT = re.compile(
    r"^(?:full[- ]?time|part[- ]?time|contract(?:or)?|temporary|temp|internship|intern|freelance|permanent|"
    r"fixed[- ]term|seasonal|volunteer|apprenticeship|casual|per diem)$",
    re.IGNORECASE,
)
#: Ways of working.
_WORKPLACE = re.compile(r"^(?:remote|fully remote|hybrid|on[- ]?site|in[- ]office|office[- ]based)$", re.IGNORECASE)
#: A place: capitalised words, then one or two more parts after commas ("Lisbon, Portugal", "Austin, TX").
_PLACE = re.compile(r"^[A-ZÀ-Þ][^\d,/]{1,40}(?:, [A-ZÀ-Þ][^\d,/]{1,40}){1,2}$")
#: Facts read as another type than text (the engine then reads "By Ana Reis" as the name).
FACT_TYPES: dict[str, FieldType] = {"year": "number", "date": "date", "author": "author"}
#: Tags a fact may hold inside it: a link, a text style, a time.
_NOT_INLINE = "descendant::*[not(self::a or self::span or self::b or self::strong or self::em or self::time)]"


def facts_under_title(heading: HtmlElement, blocked: set[int]) -> list[tuple[str, HtmlElement, str | None]]:
    """(name, element, separator after it) for each fact of a row right after the title."""
    found: list[tuple[str, HtmlElement, str | None]] = []
    rows = [s for s in heading.itersiblings() if isinstance(s.tag, str)][:MAX_ROWS_AFTER_TITLE]
    for row in rows:
        if id(row) in blocked:
            continue
        facts = _facts(row)
        for element in facts:
            text = full_text(element)
            separator = match.group() if (match := TRAILING_SEPARATOR.search(text)) else None
            said = text[: -len(separator)].strip() if separator else text
            if said and not values.is_price(said):
                found.append((fact_name(said), element, separator))
        if facts:
            break
    return found


def fact_name(text: str) -> str:
    """What a fact is by its value: "Full-time" a contract type, "Hybrid" a way of working,
    "Lisbon, Portugal" a place, "2019" a year, "2h 28m" a running time, "By Ana Reis" an author;
    else a category."""
    if shaped := shape_name(text):
        return shaped
    if values.BYLINE.match(text):
        return "author"
    if _EMPLOYMENT.match(text):
        return "employment_type"
    if _WORKPLACE.match(text):
        return "workplace"
    if values.is_date(text):
        return "date"
    if _PLACE.match(text):
        return "location"
    return "category"


def _facts(row: HtmlElement) -> list[HtmlElement]:
    """The facts of ``row``: two to six short children, each of inline content only, told apart by
    separators (at their ends, between them) or as the items of a list; none when the row is more
    than facts (a form, actions, a paragraph)."""
    children = [c for c in row if isinstance(c.tag, str)]
    lead = (row.text or "").strip()
    if not 2 <= len(children) <= MAX_ROW_VALUES or (lead and not values.is_separator(lead)):
        return []
    if any(c.xpath(_NOT_INLINE) or len(full_text(c)) > MAX_BESIDE_CHARS for c in children):
        return []
    if row.xpath("descendant-or-self::*[self::input or self::button or self::select or self::form]"):
        return []
    said = [c for c in children if full_text(c) and not values.is_separator(full_text(c))]
    if len(said) < 2 or all(tag_of(c) == "a" for c in said):
        return []  # links only: actions or a menu ("Apply", "Share")
    if tag_of(row) in ("ul", "ol"):
        short = all(len(full_text(c)) <= MAX_LISTED_FACT_CHARS for c in said)
        return said if short and all(tag_of(c) == "li" for c in children) else []
    return said if _separated(children, said) else []


def _separated(children: list[HtmlElement], said: list[HtmlElement]) -> bool:
    """Whether a separator stands after every fact but the last: at its end ("Full-time /"), in
    the text after it, or as an element of its own (``<span>·</span>``)."""
    for element in said[:-1]:
        after = children[children.index(element) + 1] if element is not children[-1] else None
        tail = (element.tail or "").strip()
        if TRAILING_SEPARATOR.search(full_text(element)) or (tail and values.is_separator(tail)):
            continue
        if after is not None and after not in said and values.is_separator(full_text(after)):
            continue
        return False
    return True
