"""The icon a fact's item shows, as what the fact is: ``<li><svg><use href="#icon-bed"/></svg>3</li>`` counts bedrooms.

Property and car cards print bare figures ("3", "2", "120 m²") as look-alike items, each led by
an icon: a bed, a bath, a ruler. The figure alone says nothing; a reader tells the facts apart by
their icons. An icon says what it shows by a sprite reference, an icon font's class, an ``alt``,
an ``aria-label`` or ``title`` (on the icon or on the item), an svg ``<title>`` or its picture's
file name; an inline svg saying nothing is still told apart from the others by its drawing. A
count beside an icon-only link or button (``<a title="Replies"><i class="fa fa-reply"></i></a>
<span>12</span>``: a post's action bar) is shown by that control's name or icon.
``factlists`` places each figure by its icon rather than by its position, so a card without a
bathroom count keeps its area in the area's field.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from urllib.parse import urlsplit

from agents.heuristics.dom import HtmlElement, full_text, icon_titles, is_element, tag_of
from agents.heuristics.drawnicons import drawn_icon
from agents.heuristics.names import slugify
from agents.heuristics.offerednames import icon_name
from agents.heuristics.unitparts import unit_word_name

#: Wrappers of a value looked through for its item's icon (``li > span.value``).
WRAPPER_DEPTH = 2
#: A caption naming an icon is a word or a few ("Bedrooms", "Floor area"), never a figure.
MAX_CAPTION_CHARS = 30
_ICON_TAGS = frozenset({"svg", "i", "img", "span"})
#: Controls that may show nothing but an icon beside the value they count.
_CONTROL_TAGS = frozenset({"a", "button"})
_CAPTION = re.compile(r"^[^\W\d_][^\d:]{0,29}$")
#: A picture's file name as an icon's word: ``/icons/bed.svg``, ``ic_bath-24.png``.
_FILE_WORD = re.compile(r"^(?:icons?|ico|ic)?[-_]?(?P<word>[a-z]{3,20})(?:[-_]\w*)?$")
#: Icons whose word is not the fact's usual name: a bathtub counts bathrooms, a ruler the size.
_ICON_FACTS = {
    "bathtub": "bathrooms",
    "shower": "bathrooms",
    "toilet": "bathrooms",
    "wc": "bathrooms",
    "bedroom": "bedrooms",
    "bedrooms": "bedrooms",
    "bathroom": "bathrooms",
    "bathrooms": "bathrooms",
    "car": "parking",
    "garage": "parking",
    "parking": "parking",
    "area": "size",
    "ruler": "size",
    "surface": "size",
    "square_foot": "size",
    "expand": "size",
    "floor_area": "size",
    "living_area": "size",
    "door": "rooms",
    "room": "rooms",
    "guests": "guests",
    "users": "guests",
    "people": "guests",
    "user": "guests",
    "person": "guests",
}


@dataclass(frozen=True)
class ItemIcon:
    """An item's icon: ``identity`` compares items, ``word`` says what it shows (if it says)."""

    identity: str
    word: str | None


def item_icon(element: HtmlElement) -> ItemIcon | None:
    """The icon shown in the item holding ``element`` (the value, or a wrapper showing nothing
    but its text), before or beside the value; None where the item shows none."""
    text = full_text(element)
    node: HtmlElement | None = element
    for _ in range(WRAPPER_DEPTH + 1):
        if node is None or full_text(node) != text:
            break
        if found := _icon_in(node, element):
            return found
        node = node.getparent()
    return None


def icon_fact_name(icon: ItemIcon) -> str | None:
    """The field an icon's figures fill: "bed" → bedrooms, "bathtub" → bathrooms, "Parking" → parking."""
    if not icon.word:
        return None
    slug = slugify(icon.word)
    return unit_word_name(slug) or _ICON_FACTS.get(slug) or slug or None


def _icon_in(node: HtmlElement, value: HtmlElement) -> ItemIcon | None:
    if caption := _caption(node):
        return ItemIcon(f"word:{caption}", caption)
    for child in node:
        if not is_element(child) or child is value or full_text(child) or value in child.iterdescendants():
            continue
        if tag_of(child) in _CONTROL_TAGS:
            if found := _control_icon(child):
                return found
            continue
        if tag_of(child) not in _ICON_TAGS:
            continue
        if word := _caption(child) or _titled(child) or icon_name(child) or icon_name(node) or _file_word(child):
            return ItemIcon(f"word:{word}", word)
        if drawing := next((d for svg in child.iter("svg") if (d := drawn_icon(svg))), None):
            return ItemIcon(f"drawn:{zlib.crc32(drawing.encode()):08x}", None)
    return None


def _control_icon(control: HtmlElement) -> ItemIcon | None:
    """The icon of a control showing nothing but one (``a[title=Replies] > i.fa-reply``), by its
    name, else by what its icon says or draws; None for a control holding no icon."""
    icons = [c for c in control.iter() if c is not control and tag_of(c) in _ICON_TAGS]
    if not icons:
        return None
    if (
        word := _caption(control)
        or _titled(control)
        or icon_name(control)
        or next(filter(None, map(_caption, icons)), None)
    ):
        return ItemIcon(f"word:{word}", word)
    if drawing := next((d for svg in control.iter("svg") if (d := drawn_icon(svg))), None):
        return ItemIcon(f"drawn:{zlib.crc32(drawing.encode()):08x}", None)
    return None


def _caption(element: HtmlElement) -> str | None:
    for attribute in ("aria-label", "title", "alt"):
        said = " ".join((element.get(attribute) or "").split())
        if said and len(said) <= MAX_CAPTION_CHARS and _CAPTION.match(said):
            return said.lower()
    return None


def _titled(icon: HtmlElement) -> str | None:
    said = next(iter(icon_titles(icon)), "")
    return said.lower() if said and _CAPTION.match(said) else None


def _file_word(icon: HtmlElement) -> str | None:
    if tag_of(icon) != "img":
        return None
    stem = urlsplit((icon.get("src") or "").strip()).path.rsplit("/", 1)[-1].rsplit(".", 1)[0].lower()
    match = _FILE_WORD.match(stem)
    return match["word"] if match else None
