"""What stands beside a detail page's values without being one: reference marks after a wiki
value ("1844[1]"), the key facts a property or product page repeats like records, captions
that only a class marks as labels, and lists of features under a heading.
"""

from __future__ import annotations

import re

from agents.heuristics.dom import HEADING_TAGS, HtmlElement, full_text, tag_of
from agents.heuristics.pairs import is_label_pair
from agents.heuristics.textowner import is_noise

#: A fact line ("BEDROOMS ×3", "SKU: CK-350") is this short; a card of another item is longer.
MAX_FACT_CHARS = 80
#: A count written with a multiplication sign beside an icon: "×3", "x 2".
COUNT_MARK = re.compile(r"^[×xX] ?\d{1,4}$")
#: Reference marks are looked for among this many descendants of a value.
MAX_MARK_SCAN = 200
#: A list of features holds this many short items, each at most this long.
MIN_LIST_ITEMS = 2
MAX_LIST_ITEMS = 30
MAX_ITEM_CHARS = 60
#: The tail of a value after its first reference mark when it holds nothing else: "[2]", "[2][3]".
_ONLY_MARKS = re.compile(r"^(?:\s?\[[^\[\]]{1,12}\])+[\s.,;]*$")
#: Elements looked at for class-labelled pairs, and the most pairs taken.
MAX_PAIR_SCAN = 20_000
MAX_CLASSED_PAIRS = 25
#: A caption longer than this is a sentence, not a label.
MAX_LABEL_CHARS = 30
#: A class naming a caption: ``wprm-recipe-details-label``, ``spec__label``, ``label``.
_LABEL_CLASS = re.compile(r"(?:^|[-_])label$", re.IGNORECASE)
_CONTROLS = "descendant-or-self::*[self::select or self::input or self::textarea or self::button]"


def marks_after(element: HtmlElement, value: str) -> str | None:
    """The literal that starts the value's first reference mark, when all before it is the value:
    "[" in "48 m (157 ft) [2]" (MediaWiki's ``sup.reference``), so the engine keeps the text before it."""
    for count, node in enumerate(element.iterdescendants("sup")):
        if count >= MAX_MARK_SCAN:
            break
        if not is_noise(node):
            continue
        mark = full_text(node)
        opener, at = mark[:1], value.find(mark)
        # Only marks may follow: a body with footnotes all through it is read whole.
        if opener and not opener.isalnum() and 0 < value.find(opener) == at and _ONLY_MARKS.match(value[at:]):
            return opener
        return None
    return None


def is_fact_line(block: HtmlElement) -> bool:
    """A labelled value repeated like a record ("PROPERTY TYPE Terraced", a ``th``+``td`` row):
    the entity's key facts, not a list of other items, which link to their pages."""
    if len(full_text(block)) > MAX_FACT_CHARS or block.xpath(".//a") or tag_of(block) in HEADING_TAGS:
        return False  # repeated headings title other items (reviews), though each heads a short line
    if is_label_pair(block) or classed_pair_at(block) is not None:
        return True
    terms, details = block.xpath(".//dt"), block.xpath(".//dd")
    return len(terms) == 1 and len(details) == 1 and tag_of(block) != "dl"


def classed_pairs(container: HtmlElement, blocked: set[int]) -> list[tuple[str, HtmlElement]]:
    """(label, value) where a class says which child is the label: WP Recipe Maker's
    ``<span class="wprm-recipe-details-label">Prep Time</span><span>20 mins</span>``, captions
    that CSS upper-cases and that carry no colon."""
    found: list[tuple[str, HtmlElement]] = []
    for count, element in enumerate(container.iterdescendants()):
        if count >= MAX_PAIR_SCAN or len(found) >= MAX_CLASSED_PAIRS:
            break
        if isinstance(element.tag, str) and id(element) not in blocked and (pair := classed_pair_at(element)):
            found.append(pair)
    return found


def classed_pair_at(element: HtmlElement) -> tuple[str, HtmlElement] | None:
    """(label, value) when ``element`` holds two children, the first a caption classed as a label."""
    children = [c for c in element if isinstance(c.tag, str)]
    if len(children) != 2 or (element.text or "").strip():
        return None
    label, value = children
    if len(label) or not any(_LABEL_CLASS.search(t) for t in str(label.get("class") or "").split()):
        return None
    text = full_text(label).rstrip(":").strip()
    if text and len(text) <= MAX_LABEL_CHARS and full_text(value) and not value.xpath(_CONTROLS):
        return text, value
    return None


def listed_under_headings(container: HtmlElement, blocked: set[int]) -> list[tuple[str, HtmlElement, HtmlElement]]:
    """(label, heading, list) for a heading followed by a list of short items: a property's "Key
    features", a product's "Highlights". Items that link (menus) or are sentences (duties) are not."""
    found: list[tuple[str, HtmlElement, HtmlElement]] = []
    for heading in container.iter("h2", "h3", "h4"):
        if len(found) >= MAX_CLASSED_PAIRS:
            break
        if id(heading) in blocked:
            continue
        listed = heading.getnext()
        label = full_text(heading)
        if listed is None or tag_of(listed) not in ("ul", "ol") or not label or len(label) > MAX_LABEL_CHARS:
            continue
        items = [full_text(li) for li in listed if tag_of(li) == "li"]
        if not MIN_LIST_ITEMS <= len(items) <= MAX_LIST_ITEMS or listed.xpath(".//a") or listed.xpath(_CONTROLS):
            continue
        if all(0 < len(t) <= MAX_ITEM_CHARS and not t.endswith(".") for t in items):
            found.append((label, heading, listed))
    return found
