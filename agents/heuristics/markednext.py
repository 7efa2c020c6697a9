"""A link its class, label or icon marks "next", wherever it leads: what ``agents.markednextprobe``
asks the site about when the pager rules turned it down for leading off the list's path.

``says_next`` takes a link only its class marks "next" (``a.next``, ``li.next > a``,
``a.pager__next``) only where it leads to a page of this list, since the same class marks a
teaser's "Next story →" or an "Up next" video. Real pagers also move to a path of another shape
(``/forum/12-2.html`` from ``/forum/``), say "page 2" in a language the word tables lack
("Σελίδα 2 ›"), or show an arrow icon whose label is unread. A pager may also show one picture
whose label no table reads ("Weitere Hotels", "Continuar") leading to a numbered address
(``/hotel-search/paris/21-40/page-2``): the only picture link of a pager's block that does not say
"previous", and its last, is its way forward. Such a link is found here, short of words as a
pager's link is and outside the records, and only the site's answer decides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice
from urllib.parse import urldefrag, urljoin

from parsel import Selector

from agents.heuristics.dom import HtmlElement, full_text, tag_of
from agents.heuristics.nextphrases import label_says_next
from agents.heuristics.nextwords import NEXT_MARK, PREV_TEXT, reads_next
from agents.heuristics.recordnodes import record_elements
from agents.heuristics.saysnext import (
    picture_names,
    says_next,
    says_previous,
    screen_reader_text,
    steps_calendar,
    usable,
)
from pipeline.core.extract import page_base_url
from pipeline.core.urls import on_same_site

#: Links read at most, as the finders do.
_MAX_LINKS = 3_000
#: A pager's link says little ("Σελίδα 2 ›", "Trang kế", "Next page"); a teaser names its story.
_MAX_CHARS = 40
_MAX_WORDS = 4
#: An icon drawing a forward arrow: ``fa-chevron-right``, ``icon-arrow-next``, ``bi-caret-right``.
_FORWARD_ICON_CLASS = re.compile(
    r"(?:chevron|angle|arrow|caret|triangle)s?[-_]?(?:right|forward|next)|(?:^|[-_\s])next(?:$|[-_\s])",
    re.IGNORECASE,
)
#: The names an icon font draws as a forward arrow, written as the icon's text.
_FORWARD_ICON_TEXT = re.compile(r"^(?:chevron_right|navigate_next|arrow_forward(?:_ios)?|keyboard_arrow_right)$")
#: What an icon-only link shows besides its icon: nothing, or an arrow.
_ARROWS_ONLY = re.compile(r"^[›»→>❯▸▶\s]*$")
#: Parents whose class marks the link they wrap (``<li class="next"><a>``, ``<span class="next">``).
_WRAPPERS = ("li", "span")
#: Elements of a link looked through for its icon.
MAX_ICON_PARTS = 8
#: A block holding a pager, by its class, id or label: ``div.pagination``, ``nav#paging``, ``ul.pager``.
_PAGER_BLOCK = re.compile(r"paginat|pager|paging|page-?nav|(?:^|[-_\s])pages(?:$|[-_\s])", re.IGNORECASE)
#: Ancestors of a picture link looked through for its pager block, and links read in that block.
_PAGER_DEPTH = 3
_MAX_PAGER_LINKS = 60
#: A page number or an offset in an address: a few digits.
_PAGE_NUMBER = re.compile(r"(?<!\d)\d{1,4}(?!\d)")


@dataclass(frozen=True)
class MarkedNext:
    """The marked link's address (resolved, without its fragment) and what marks it."""

    url: str
    anchor: HtmlElement
    note: str


def marked_next(page: Selector, url: str, record_selector: str = "", *, unread: bool = False) -> MarkedNext | None:
    """The first link on ``page`` (at ``url``) a class, a label or a forward icon marks "next",
    outside the records, on this site and not to this page; ``unread``: only one ``says_next``
    turns down (the pager rules took or refused the others for their own reasons)."""
    base = page_base_url(page, url)
    inside = record_elements(page, record_selector)
    here = urldefrag(url)[0]
    for anchor in islice(page.root.iter("a"), _MAX_LINKS):
        if not usable(anchor) or any(a in inside for a in anchor.iterancestors()):
            continue
        note = _mark(anchor)
        if note is None or (unread and says_next(anchor, url)):
            continue
        try:
            target = urldefrag(urljoin(base, (anchor.get("href") or "").strip()))[0]
        except ValueError:
            continue
        if target != here and on_same_site(target, url):
            return MarkedNext(target, anchor, note)
    return None


def record_links(page: Selector, url: str, record_selector: str) -> set[str]:
    """The addresses the records' own links lead to: a "Next story" teaser leads to one of them."""
    base = page_base_url(page, url)
    found = set()
    for record in record_elements(page, record_selector):
        for a in record.iter("a"):
            try:
                found.add(urldefrag(urljoin(base, (a.get("href") or "").strip()))[0])
            except ValueError:
                continue
    return found


def _mark(anchor: HtmlElement) -> str | None:
    """What marks ``anchor`` "next" (a class, a label, a forward icon), or None; a link saying
    "previous", stepping a calendar, or naming something at length is no pager's next link."""
    text = full_text(anchor)
    if len(text) > _MAX_CHARS or len(text.split()) > _MAX_WORDS:
        return None
    label = " ".join(p for p in (anchor.get("aria-label"), anchor.get("title"), screen_reader_text(anchor)) if p)
    note = _class_mark(anchor) or _label_mark(label) or _icon_mark(anchor, text) or _pager_picture(anchor, text)
    if note is None or PREV_TEXT.search(f"{text} {label}") or steps_calendar(anchor):
        return None
    return note


def _class_mark(anchor: HtmlElement) -> str | None:
    """``a.next``, ``a#next-page``, ``li.next > a``, ``span.pager__next > a``."""
    marks = [anchor.get("class") or "", anchor.get("id") or ""]
    parent = anchor.getparent()
    if parent is not None and tag_of(parent) in _WRAPPERS:
        marks.append(parent.get("class") or "")
    found = next((m.strip() for m in marks if NEXT_MARK.search(m)), None)
    return f'class "{found[:_MAX_CHARS]}"' if found is not None else None


def _label_mark(label: str) -> str | None:
    """A label the tables read as next ("Next story", "Go to the next page"), wherever it leads."""
    if label and (reads_next("", label) or label_says_next(label)):
        return f'label "{label[:_MAX_CHARS]}"'
    return None


def _icon_mark(anchor: HtmlElement, text: str) -> str | None:
    """A link showing only a forward icon (``<i class="fa fa-chevron-right">``, Material's
    "chevron_right"), whatever its label says."""
    if not (_ARROWS_ONLY.match(text) or _FORWARD_ICON_TEXT.match(text)):
        return None
    for icon in islice(anchor.iterdescendants("i", "span", "svg", "img"), MAX_ICON_PARTS):
        classes = icon.get("class") or ""
        if _FORWARD_ICON_CLASS.search(classes) or _FORWARD_ICON_TEXT.match(full_text(icon)):
            return f'icon "{(classes or full_text(icon)).strip()[:_MAX_CHARS]}"'
    return None


def _pager_picture(anchor: HtmlElement, text: str) -> str | None:
    """A link showing only a labelled picture, to a numbered address, the last picture link of its
    pager block and the only one there not saying "previous", whatever its label says."""
    label = _picture_label(anchor, text)
    if not label or says_previous(label) or not _PAGE_NUMBER.search(anchor.get("href") or ""):
        return None
    for block in islice(anchor.iterancestors(), _PAGER_DEPTH):
        marks = " ".join(block.get(a) or "" for a in ("class", "id", "aria-label"))
        if not _PAGER_BLOCK.search(marks):
            continue
        pictured = [
            a for a in islice(block.iter("a"), _MAX_PAGER_LINKS) if usable(a) and _picture_label(a, full_text(a))
        ]
        onward = [a for a in pictured if not says_previous(_picture_label(a, full_text(a)))]
        if onward == [anchor] and pictured[-1] is anchor:
            return f'picture labelled "{label[:_MAX_CHARS]}" in a pager'
        return None
    return None


def _picture_label(anchor: HtmlElement, text: str) -> str:
    """What a link showing only a picture (an image, an svg, an icon) and at most an arrow is called:
    its label, its screen-reader text or its picture's name; "" for any other link."""
    if not _ARROWS_ONLY.match(text):
        return ""
    parts = list(islice(anchor.iterdescendants("img", "svg", "i"), MAX_ICON_PARTS))
    if not parts:
        return ""
    said = [anchor.get("aria-label"), anchor.get("title"), screen_reader_text(anchor)]
    said += [name for _, _, name in picture_names(anchor)]
    return " ".join(p.strip() for p in said if p and p.strip())
