"""Which markup carries a bare fact's icon, in shape only, for rows whose icons ``itemicons`` does not read.

``factrows`` says ``bare items, icons differ by place``; this says how each such item's icon is written, so that a
held-out set can point at the markup to read with no value of it named: the icon's tag, its attribute names, its
class tokens in shape (letters → ``a``, digits → ``9``, ``-``/``_`` kept: ``i[class=aaa aaa-aaa]``), a picture's
file in shape (``img[src=…/aaaa.svg]``), a sprite reference (``svg>use[href=#aaa]``), a background picture
(``span[style=background-image]``), an icon-only control (``a[class=aaa href title]>i`` — a link or button
showing nothing but an icon) or ``::before via class only`` (an empty element, or the item itself, with a
class and nothing else); where it sits (``inside the value``, ``beside the value in its wrapper`` — a sibling in
the item —, ``just before the value`` or ``just before its wrapper``); and whether its words
(class tokens, file name, symbol, split at ``-``/``_``) hold one ``itemicons`` knows (``known word``) and whether
``itemicons.item_icon`` reads an icon there at all (``read``/``unread``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from agents.heuristics.itemicons import _ICON_FACTS, item_icon
from agents.heuristics.unitparts import unit_word_name

_XLINK = "{http://www.w3.org/1999/xlink}href"
_ICONISH = frozenset({"i", "span", "svg", "img", "use", "em", "b"})
#: A link or button beside a count may show nothing but an icon (a post's action bar).
_CONTROLS = frozenset({"a", "button"})
_WORD = re.compile(r"[a-z]+")


def shape(text: str) -> str:
    """``text`` with each letter as ``a`` and each digit as ``9`` (other signs kept): ``fa-bed2`` → ``aa-aaa9``."""
    return re.sub(r"\d", "9", re.sub(r"[^\W\d_]", "a", text))


def icon_markup(item: HtmlElement) -> str:
    """How the icon beside or in ``item`` (a bare fact's element) is written, in shape (see the module docstring)."""
    found = _icon_element(item)
    if found is None:
        return f"no icon element{_known(_words_of(item))}"
    icon, place = found
    return f"{_describe(icon)} {place}{_known(_words_of(icon))}{'' if item_icon(item) else ', unread'}"


def _icon_element(item: HtmlElement) -> tuple[HtmlElement, str] | None:
    """The icon carrying element: an empty icon-ish child of the item (or of its wrapper), the empty element just
    before it, else the item itself when only its class can draw one (``::before``)."""
    text = (item.text_content() or "").strip()
    node: HtmlElement | None = item
    for _ in range(3):
        if node is None or (node.text_content() or "").strip() != text:
            break
        for child in node:
            if isinstance(child.tag, str) and child is not item and _empty_icon(child) and item not in child.iter():
                return child, "inside the value" if node is item else "beside the value in its wrapper"
        before = node.getprevious()
        if before is not None and isinstance(before.tag, str) and _empty_icon(before):
            return before, "just before the value" if node is item else "just before its wrapper"
        node = node.getparent()
    return (item, "on the item") if item.get("class") else None


def _empty_icon(element: HtmlElement) -> bool:
    if (element.text_content() or "").strip():
        return False
    return element.tag in _ICONISH or (element.tag in _CONTROLS and any(e.tag in _ICONISH for e in element.iter()))


def _describe(icon: HtmlElement) -> str:
    if icon.tag in _CONTROLS:
        inner = next((e for e in icon.iterdescendants() if e.tag in _ICONISH), None)
        return f"{icon.tag}[{_attributes(icon)}]>{_describe(inner) if inner is not None else ''}"
    if icon.tag == "svg" or icon.find(".//use") is not None:
        use = next(icon.iter("use"), None)
        if use is not None:
            href = use.get("href") or use.get(_XLINK) or ""
            path, _, symbol = href.rpartition("#")
            where = "…/file" if path else ""
            return f"svg>use[href={where}#{shape(symbol)}]"
        if icon.tag == "svg":
            return f"svg[{_attributes(icon)}] drawn inline"
    if icon.tag == "img":
        src = urlsplit(icon.get("src") or "").path.rsplit("/", 1)[-1]
        return f"img[src=…/{shape(src.rsplit('.', 1)[0])}{'.' + src.rsplit('.', 1)[1] if '.' in src else ''}]"
    if "background" in (icon.get("style") or ""):
        return f"{icon.tag}[style=background-image]"
    if icon.get("class") and len([n for n in icon.attrib if n != "class"]) == 0:
        return f"{icon.tag}[class={shape(' '.join((icon.get('class') or '').split()))}] ::before via class only"
    return f"{icon.tag}[{_attributes(icon)}]"


def _attributes(element: HtmlElement) -> str:
    names = []
    for name in sorted(element.attrib):
        shown = name.rsplit("}", 1)[-1]
        names.append(f"class={shape(' '.join((element.get(name) or '').split()))}" if shown == "class" else shown)
    return " ".join(names)


def _words_of(icon: HtmlElement) -> list[str]:
    said = [e.get("class") or "" for e in (icon.iter() if icon.tag in _CONTROLS else [icon]) if isinstance(e.tag, str)]
    for use in icon.iter("use"):
        said.append((use.get("href") or use.get(_XLINK) or "").rpartition("#")[2])
    if icon.tag == "img":
        said.append(urlsplit(icon.get("src") or "").path.rsplit("/", 1)[-1].rsplit(".", 1)[0])
    return [w for text in said for w in _WORD.findall(text.lower())]


def _known(words: Iterable[str]) -> str:
    return ", known word" if any(w in _ICON_FACTS or unit_word_name(w) for w in words) else ", no known word"
