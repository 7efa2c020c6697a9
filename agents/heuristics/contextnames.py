"""Names read from a value's surroundings: its column header, the caption before it, its
tooltip, its unit, the wrapper holding only it, the list it belongs to.
"""

from __future__ import annotations

import itertools
import re

from parsel import Selector

from agents.heuristics import values
from agents.heuristics.classtokens import semantic_classes
from agents.heuristics.dom import HtmlElement, full_text, is_inside, tag_of
from agents.heuristics.fieldcandidates import chain_from
from agents.heuristics.names import name_from_element, name_from_label, slugify
from agents.heuristics.namewords import keyword_name
from agents.heuristics.slots import Slot
from agents.heuristics.textowner import visible_text

#: Wrappers of a picture looked at for what it shows: "flagicon > span > img".
PICTURE_WRAPPER_DEPTH = 3
#: Captions of a date saying which moment it is ("Updated", "Asked", "Sold").
_DATE_VERB = re.compile(r"[a-z]{2,12}ed")
#: Pictures that are not the record's image: who posted it, whose brand, which country.
_OTHER_PICTURES = frozenset({"avatar", "logo", "flag", "icon", "badge"})
#: Links of a wrapper looked at before naming a value by it.
MAX_WRAPPER_LINKS = 50
#: Share of values that must carry the same unit ("342 comments") for the unit to name them.
UNIT_SHARE = 0.6


def date_name(element: HtmlElement) -> str:
    """``Updated <relative-time>`` -> updated; "Posted", "Published" or nothing -> date."""
    previous, parent = element.getprevious(), element.getparent()
    lead = (previous.tail if previous is not None else parent.text if parent is not None else "") or ""
    words = lead.split()
    caption = words[-1].strip(":").lower() if words else ""
    if _DATE_VERB.fullmatch(caption):
        return keyword_name(caption) or caption
    return "date"


def image_name(element: HtmlElement) -> str:
    """``image``, unless the picture or its wrapper says it is something else: an avatar, a
    logo, a flag (``span.flagicon > img``)."""
    words = picture_words(element)
    words.update(re.split(r"[^a-z]+", (element.get("alt") or "").lower()))
    return next((kind for kind in sorted(_OTHER_PICTURES) if any(w.startswith(kind) for w in words)), "image")


def picture_words(element: HtmlElement) -> set[str]:
    """The class words of a picture and of the wrappers holding only it (``span.author-avatar >
    img``): what the markup calls the picture."""
    # Wrappers of the picture alone: a record's own class (``ds_collapse_flag``) says nothing
    # about the picture in it.
    ancestors = list(element.iterancestors())[:PICTURE_WRAPPER_DEPTH]
    wrappers = list(itertools.takewhile(lambda e: not full_text(e), ancestors))
    marks = [element, *wrappers]
    return {w for e in marks for t in semantic_classes(e) for w in re.split(r"[^a-z]+", t.lower()) if w}


def constant_text_name(slot: Slot) -> str | None:
    """A link always reading "Reviews" is the reviews link; varying link texts name nothing."""
    texts = {full_text(occ[0].element) for occ in slot.per_record.values()}
    if len(texts) != 1:
        return None
    text = texts.pop()
    name = slugify(text, limit=20) if 0 < len(text) <= 20 and not values.ENGLISH_ACTION_TEXT.match(text) else ""
    return name if name and not re.search(r"\d", name) else None


def keyword_name_around(slot: Slot, records: list[Selector]) -> str | None:
    """A field word (price, salary, author…) on the element or on a wrapper of this value only:
    ``div.salary-snippet-container > div[data-testid=attribute_snippet_testid]`` is the salary."""
    for name in (name_from_element(slot.sample_element()), ancestor_name(slot, records)):
        if name and keyword_name(name) not in (None, "title", "url"):
            return name  # the title and url are the record's main fields, chosen apart
    return None


def ancestor_name(slot: Slot, records: list[Selector]) -> str | None:
    """The class of the closest ancestor that wraps this value only (``p.cost > b``)."""
    number = next(iter(slot.per_record))
    record = records[number].root
    element = slot.sample_element()
    for ancestor in reversed(chain_from(record, element)[:-1]):
        if len(visible_text(ancestor)) > 2 * len(visible_text(element)) + 12 or _holds_other_link(ancestor, element):
            return None
        if name := name_from_element(ancestor):
            return name
    return None


def _holds_other_link(ancestor: HtmlElement, element: HtmlElement) -> bool:
    """Whether the wrapper also holds a link the value is not in: the record's title or another
    field sits in it, so its class names the group, not this value (a description under the title)."""
    own = {id(a) for a in (element, *element.iterancestors()) if tag_of(a) == "a"}
    links = itertools.islice(ancestor.iterdescendants("a"), MAX_WRAPPER_LINKS)
    return any(id(a) not in own and not is_inside(a, element) and visible_text(a) for a in links)


def column_name(slot: Slot, *, whole_cell: bool = True) -> str | None:
    """The header of a table column for a cell (``<th>Population</th>`` -> population). Unless
    the value is the cell's main one (the title), it must fill its cell for the header to name it:
    the category under a topic's title is not the "Topic"."""
    element = slot.sample_element()
    cell = (
        element
        if tag_of(element) in ("td", "th")
        else next((a for a in element.iterancestors() if tag_of(a) in ("td", "th")), None)
    )
    if cell is None or (whole_cell and visible_text(cell) != visible_text(element)):
        return None
    row = cell.getparent()
    table = next((a for a in cell.iterancestors() if tag_of(a) == "table"), None)
    if row is None or table is None:
        return None
    position = [c for c in row if tag_of(c) in ("td", "th")].index(cell)
    for header_row in table.iter("tr"):
        cells = [c for c in header_row if tag_of(c) in ("td", "th")]
        if cells and all(tag_of(c) == "th" for c in cells) and position < len(cells):
            return name_from_label(full_text(cells[position]))
    return None


def unit_name(texts: list[str]) -> str | None:
    """``"3 beds"`` -> beds, ``"1 vote"``/``"5 votes"`` -> votes: the unit names the count;
    ``"54 KB"``, ``"1.2 MB"`` -> size."""
    if texts and values.share([values.is_data_size(t) for t in texts]) >= UNIT_SHARE:
        return "size"
    units = [u for u in (values.unit_of(t) for t in texts) if u]
    if len(units) < UNIT_SHARE * len(texts) or any(values.is_price(t) for t in texts):
        return None  # "comment" without a count is the same field as "342 comments"
    stems = {u.rstrip("s") for u in units}
    return slugify(max(units, key=len)) if len(stems) == 1 else None


def anchor_name(element: HtmlElement, texts: list[str]) -> str | None:
    """``<a href="/dp/B0…#customerReviews">12,345</a>``: the part of the page a count links to
    names it (review_count); the fragment's last word, in the singular, plus ``_count``."""
    link = next((a for a in (element, *element.iterancestors()) if tag_of(a) == "a"), None)
    fragment = (link.get("href") or "").partition("#")[2] if link is not None else ""
    words = [w for w in slugify(fragment).split("_") if w.isalpha() and len(w) > 2]
    if not words or not texts or not all(values.is_number(t) or values.is_compact_number(t) for t in texts):
        return None
    word = words[-1]
    return f"{word[:-1] if word.endswith('s') else word}_count"


def caption_name(element: HtmlElement) -> str | None:
    """``<span title="reputation score">1,234</span>``: a tooltip in words names the value."""
    caption = (element.get("title") or "").strip()
    if tag_of(element) == "a" or not caption or re.search(r"\d", caption) or len(caption.split()) > 3:
        return None
    return name_from_label(caption)


def list_container(item: HtmlElement) -> HtmlElement | None:
    """The element holding the repeated items: the parent of the nearest element among siblings
    of its own kind (``<ul>`` of ``<li><a>`` items)."""
    node: HtmlElement | None = item
    while node is not None and (parent := node.getparent()) is not None:
        alike = [c for c in parent if c.tag == node.tag and c.get("class") == node.get("class")]
        if len(alike) > 1:
            return parent
        node = parent
    return None


def title_name(slot: Slot) -> str:
    """The title's column header ("Country", "Topic"), unless it only says title ("Rank & Title")."""
    header = column_name(slot, whole_cell=False) if slot.kind == "text" else None
    if header is None or {"title", "name"} & set(header.split("_")):
        return "title"
    return header
