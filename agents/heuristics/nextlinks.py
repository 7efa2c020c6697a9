"""Find the link to the next page and a selector that finds it again: rel=next, or an anchor that
says "next" (``saysnext``) leading on within this list, not each card's "read more" nor a
sidebar's "More" to another list.
"""

from __future__ import annotations

import re
import weakref
from itertools import islice

from parsel import Selector

from agents.heuristics.dom import HtmlElement, full_text
from agents.heuristics.nextmarks import leads_to_list_page
from agents.heuristics.nextselectors import anchors_for
from agents.heuristics.nextwords import ONWARD, PAGED_HREF
from agents.heuristics.pageurls import advances
from agents.heuristics.saysnext import says_next, steps_calendar, usable

#: Links with one text to this many addresses are each card's "read more", not a pager's "next".
_READ_MORE_CARDS = 3
_ONLY_MORE = re.compile(r"^(?:load |show |see )?more\W*$", re.IGNORECASE)

_REL_NEXT_ANCHOR = 'a[rel~="next"]'
#: Links and anchors read at most for a rel naming "next" in capitals.
_MAX_REL_LINKS = 5_000
#: What a page's links say, read once per page; a cache keyed weakly goes with the page, not
#: keeping the last few documents alive.
_ADDRESSES_PER_PAGE: weakref.WeakKeyDictionary[HtmlElement, dict[str, frozenset[str]]] = weakref.WeakKeyDictionary()


def rel_next(page: Selector, url: str) -> tuple[str, str] | None:
    """The anchor or head link whose rel names "next", however cased (``rel="Next"``: HTML reads
    rel's words case-blind, a selector reads them as written)."""
    spellings = dict.fromkeys(["next", *_rel_next_spellings(page.root)])
    for css in (f'{tag}[rel~="{said}"]' for tag in ("a", "link") for said in spellings):
        href = first_href(page, css)
        if href and advances(url, href):
            return css, href
    return None


def _rel_next_spellings(root: HtmlElement) -> list[str]:
    """The ways the page writes "next" in a rel other than in lower case ("Next", "NEXT")."""
    found = []
    for element in islice(root.iter("a", "link"), _MAX_REL_LINKS):
        rel = element.get("rel") or ""
        found += [word for word in rel.split() if word.lower() == "next" and word != "next"]
    return found


def first_href(page: Selector, css: str) -> str | None:
    for raw in page.css(css).xpath("@href").getall():
        href = raw.strip()
        if href and not href.startswith(("#", "javascript:")):
            return href
    return None


def next_link(
    page: Selector, url: str, *, calendar: bool = False, elsewhere_more: bool = False
) -> tuple[str, str] | None:
    """The link to the next page and a selector finding it; with ``calendar``, the arrow that
    steps a date picker on instead (left to the last, after a bar of day tabs); with
    ``elsewhere_more``, a bare "More" leading off this list's pages (a sidebar's "More »" to a
    category), which is only taken after a numbered pager."""
    anchors = [a for a in page.root.iter("a") if usable(a) and says_next(a, url) and steps_calendar(a) == calendar]
    anchors = [a for a in anchors if not read_more(page, a, url) and more_elsewhere(a, url) == elsewhere_more]
    # A bare "More" is also a section's link to its full page ("More" trending coins above the
    # table): any link that says "next" outright goes first.
    anchors.sort(key=lambda a: bool(_ONLY_MORE.match(full_text(a))) and not a.get("aria-label"))
    for anchor in anchors:
        href = (anchor.get("href") or "").strip()
        if not advances(url, href):
            continue
        for css in anchors_for(anchor):
            if first_href(page, css) == href:
                return _or_rel_next(page, css), href
    return None


def read_more(page: Selector, anchor: HtmlElement, url: str) -> bool:
    """``anchor`` says "onward" or "next" as links to several addresses do: each card's "read
    more" ("Dalej", "weiter »", "Tovább"). A pager's link leads to one page, however often it is
    shown; an "onward" word is shared by two cards already, a plainer "next" by a run of them.
    The pager's own "Tovább" among the cards' is the one leading to a page of this list."""
    text = full_text(anchor)
    if not text:
        return False
    addresses = len(_said_addresses(page.root).get(text, ()))
    if addresses < (2 if ONWARD.match(text) else _READ_MORE_CARDS):
        return False
    return not leads_to_list_page(anchor, (anchor.get("href") or "").strip(), url)


def _said_addresses(root: HtmlElement) -> dict[str, frozenset[str]]:
    """The addresses the page's links lead to, by their text; read once per page, however many
    of its links say "next", and let go with the page."""
    addresses = _ADDRESSES_PER_PAGE.get(root)
    if addresses is None:
        addresses = _ADDRESSES_PER_PAGE[root] = _read_said_addresses(root)
    return addresses


def _read_said_addresses(root: HtmlElement) -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for a in root.iter("a"):
        if usable(a) and (text := full_text(a)):
            found.setdefault(text, set()).add((a.get("href") or "").strip())
    return {text: frozenset(hrefs) for text, hrefs in found.items() if len(hrefs) > 1}


def more_elsewhere(anchor: HtmlElement, url: str) -> bool:
    """A bare "More" (no label saying what) leading off this list's pages: a sidebar's or a
    section's link to a whole category, which a pager's "More" to ``?page=2`` is not."""
    if not _ONLY_MORE.match(full_text(anchor)) or anchor.get("aria-label"):
        return False
    href = (anchor.get("href") or "").strip()
    return not PAGED_HREF.search(href) and not leads_to_list_page(anchor, href, url)


def _or_rel_next(page: Selector, css: str) -> str:
    """``css`` or, when it finds the link by its words and this page has no rel=next link, also a
    later page's rel=next: the first page's "Show past dates" is often followed by "Older dates"
    (rel=next) on the pages after it. A class or label marking the link stays on every page."""
    if ":contains(" not in css or page.css(_REL_NEXT_ANCHOR):
        return css
    return f"{css}, {_REL_NEXT_ANCHOR}"
