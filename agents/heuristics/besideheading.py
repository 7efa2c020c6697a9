"""Values the page shows beside the main heading of a detail page, named by their classes:
``div.company-name`` and ``div.location`` beside ``h1.app-title``, a row of Lever's categories;
or, in a row of unlabelled values, by their shape: a year, a running time, a rating-board code.
"""

from __future__ import annotations

import re

from agents.heuristics import values
from agents.heuristics.datamarkers import test_id
from agents.heuristics.dom import HtmlElement, full_text, tag_of
from agents.heuristics.names import name_from_class, name_from_element
from pipeline.core.schemas import FieldType

#: A value beside the title (a company, a place, a brand) is this short.
MAX_BESIDE_CHARS = 80
#: A row of values beside the title (location, team, commitment, workplace) has at most this many.
MAX_ROW_VALUES = 6
#: An unlabelled value named by its shape is this short ("PG-13", "2h 28m", "2019").
MAX_SHAPED_CHARS = 20
#: A class styling a link as a button: ``s-btn``, ``btn-primary``, ``button``.
_BUTTON_CLASS = re.compile(r"(?:^|[\s_-])(?:btn|button)(?:$|[\s_-])", re.IGNORECASE)
#: Values a row shows without a label, named by what they look like.
_SHAPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("year", re.compile(r"^\(?(?:1[89]|20)\d\d\)?$")),
    (
        "duration",
        re.compile(
            r"^(?:\d{1,2} ?(?:h|hr|hrs|hours?)(?: ?\d{1,2} ?(?:m|min|mins|minutes?))?|\d{1,3} ?(?:m|min|mins|minutes))$"
        ),
    ),
    (
        "certificate",
        re.compile(
            r"^(?:G|PG|PG-1[23]|R|NC-17|NR|X|U|UA|12A|15A|16\+|18\+|TV-(?:Y7-FV|Y7|Y|G|PG|14|MA)"
            r"|FSK ?(?:0|6|12|16|18)|Unrated|Not Rated|Approved|Passed)$"
        ),
    ),
    # A floor area: "1,150 sq. ft", "85 m²", "120 sqm", "2.5 acres".
    (
        "size",
        re.compile(
            r"^\d[\d,.]*\s?(?:sq\.? ?(?:ft|feet|m|metres|meters|yds?)\.?|square (?:feet|foot|metres|meters)|"
            r"sqft|sqm|ft²|ft2|m²|m2|acres?|ha|hectares?)$",
            re.IGNORECASE,
        ),
    ),
)
SHAPE_NAMES = frozenset(name for name, _ in _SHAPES)
#: The type of a value named by its shape, where it is not text.
SHAPE_TYPES: dict[str, FieldType] = {"year": "number"}
#: What a lone value beside the title is, by its tag, where nothing else names it.
_TAG_NAMES = {"address": "address", "time": "date"}
#: Children of a row's item that only draw: an icon beside the item's text ("🛏 3 beds").
_ICON_TAGS = frozenset({"svg", "img", "i", "span", "picture"})
#: Tags a value of a row may hold inside it: a link, a text style.
_NOT_INLINE = "descendant::*[not(self::a or self::span or self::b or self::strong or self::em or self::time)]"


def beside_heading(heading: HtmlElement, blocked: set[int]) -> list[tuple[str, HtmlElement]]:
    """Short values that the title's own block names by class: ``div.company-name`` and
    ``div.location`` beside ``h1.app-title``."""
    found = []
    # Indeed's ``div.title-container > h1``: a wrapper holding the heading alone is the heading.
    title = heading
    while (parent := heading.getparent()) is not None and _holds_only(parent, heading):
        heading = parent
    for sibling in (*heading.itersiblings(preceding=True), *heading.itersiblings()):
        if not isinstance(sibling.tag, str) or id(sibling) in blocked:
            continue
        if heading is not title and (sibling.get("itemscope") is not None or len(sibling) <= 2):
            continue  # beside the wrapper, only a row of values: a nested item (the rating's summary) is more
        if sibling.xpath("self::*[h2 or h3 or h4 or h5 or h6]"):
            continue  # a section under a heading of its own: a label:value pair
        if sibling.xpath("descendant-or-self::*[self::input or self::button or self::select or self::label]"):
            continue  # a form's controls
        if _only_links(sibling) or _only_buttons(sibling):
            continue  # "Jump to Recipe", "Print Recipe": actions, not values
        # Lever's ``div.posting-categories``: a row of class-named values (location, team, commitment).
        shaped = _shaped_values(sibling)
        row = shaped or (
            (_row_values(sibling) or _hooked_values(sibling)) if len(sibling) > 2 else [(_lone_name(sibling), sibling)]
        )
        for name, element in row:
            text = full_text(element)
            if text and len(text) <= MAX_BESIDE_CHARS and name:
                found.append((name, element))
    return found


def _hooked_values(row: HtmlElement) -> list[tuple[str | None, HtmlElement]]:
    """The children of a row that a test id names (Indeed's ``div[data-testid=inlineHeader-workplace]``),
    where the children are more than leaves; none when the row is more than values."""
    items = [c for c in row if isinstance(c.tag, str)]
    if len(items) > MAX_ROW_VALUES:
        return []
    return [(name_from_element(c), c) for c in items if test_id(c) is not None]


def _only_buttons(element: HtmlElement) -> bool:
    """Links styled as buttons and nothing else ("Ask Question" in ``a.s-btn``): actions."""
    links = element.xpath("descendant-or-self::a")
    return (
        bool(links)
        and all(_BUTTON_CLASS.search(str(a.get("class") or "")) for a in links)
        and not element.xpath(".//text()[normalize-space() and not(ancestor::a)]")
    )


def _holds_only(parent: HtmlElement, heading: HtmlElement) -> bool:
    """Whether ``parent`` holds ``heading`` and nothing else that says something."""
    children = [c for c in parent if isinstance(c.tag, str)]
    return children == [heading] and not (parent.text or "").strip() and not (heading.tail or "").strip()


def _only_links(element: HtmlElement) -> bool:
    links = element.xpath("descendant-or-self::a")
    return len(links) >= 2 and not element.xpath(".//text()[normalize-space() and not(ancestor::a)]")


def _lone_name(element: HtmlElement) -> str | None:
    """A lone value's name: its itemprop, test id or class, else its tag's meaning (``address``,
    ``time``), which holds where a build hashed the classes."""
    return name_from_element(element) or _TAG_NAMES.get(tag_of(element))


def _row_values(row: HtmlElement) -> list[tuple[str | None, HtmlElement]]:
    """The children of a row of short values, each a leaf of its own (or an icon beside a leaf:
    ``li > svg + p "3 beds"``), named by the class that only it has (``posting-category …
    location``), else by its shape or unit; none when the row is more than values."""
    items = [c for c in row if isinstance(c.tag, str)]
    if len(items) > MAX_ROW_VALUES:
        return []
    leaves = [item if not len(item) else _icon_leaf(item) for item in items]
    children = [leaf for leaf in leaves if leaf is not None]
    if len(children) < len(items) or any(len(c) or tag_of(c) == "a" for c in children):
        return []
    tokens = [str(c.get("class") or "").split() for c in children]
    found: list[tuple[str | None, HtmlElement]] = []
    for child, own in zip(children, tokens, strict=True):
        others = {t for other in tokens if other is not own for t in other}
        names = [(t, n) for t in own if t not in others and (n := name_from_class(t))]
        plain = [n for t, n in names if t.isalpha()]  # "location", not "sort-by-team"
        text = full_text(child)
        fallback = shape_name(text) or name_from_element(child) or values.unit_of(text)
        found.append((plain[-1] if plain else names[-1][1] if names else fallback, child))
    return found


def _icon_leaf(item: HtmlElement) -> HtmlElement | None:
    """The one text leaf of an item that is an icon beside it (``li > svg + p "1 bath"``): the
    item's value, as if the item were a leaf; None when the item holds more."""
    if (item.text or "").strip():
        return None
    texts = []
    for child in item:
        if not isinstance(child.tag, str):
            continue
        if (child.tail or "").strip():
            return None
        if full_text(child):
            texts.append(child)
        elif tag_of(child) not in _ICON_TAGS:
            return None
    return texts[0] if len(texts) == 1 and not len(texts[0]) else None


def shape_name(text: str) -> str | None:
    """What an unlabelled value is by its shape: "2019" a year, "2h 28m" a duration, "PG-13" a certificate."""
    if len(text) > MAX_SHAPED_CHARS:
        return None
    return next((name for name, shape in _SHAPES if shape.match(text)), None)


def _shaped_values(row: HtmlElement) -> list[tuple[str | None, HtmlElement]]:
    """A row of a few short items beside the title ("2019 · PG-13 · 2h 28m"), some of them links,
    each named by its shape; none unless every item has a known shape but at most one."""
    children = [c for c in row if isinstance(c.tag, str)]
    if not 2 <= len(children) <= MAX_ROW_VALUES or any(c.xpath(_NOT_INLINE) for c in children):
        return []
    named = [(shape_name(full_text(c)), c) for c in children]
    known = [(n, c) for n, c in named if n]
    if len(known) < len(children) - 1 or len(known) < 2 or len({n for n, _ in known}) < len(known):
        return []
    return list(known)
