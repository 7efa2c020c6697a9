"""A flat index of pages: an all-pages list, a tag list, a sitemap, with no headings to file it by.

Each entry is one short link, as a menu's are, but the list is what the page is for: it sits in
the page's content region (``main``, ``article``, ``[role=main]``, ``#content``, a wiki's
``#mw-content-text``), it is long, its links lead to as many pages of the same site as it has
entries, each under its own text, and it holds most of the text of that region outside its
chrome. A menu in the content (a shop's departments above its products, a "see also" box beside
an article) is a small part of what is around it, repeats targets or texts, or leads elsewhere.
"""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlsplit

from agents.heuristics.dom import DomIndex, HtmlElement, is_inside, tag_of
from agents.heuristics.linkindex import one_link_entries
from agents.heuristics.sitechrome import text_outside_chrome

#: A flat index lists at least this many pages; content menus (departments, "see also") list fewer.
MIN_FLAT_ENTRIES = 15
#: Share of the entries with a text and a target of their own: an index names each page once.
DISTINCT_SHARE = 0.9
#: Share of the content region's text (its chrome aside) that the index holds: it is the content.
CONTENT_SHARE = 0.5
#: A word in this share of the entries is the list's boilerplate ("homes for sale" after each city).
BOILERPLATE_SHARE = 0.5
#: Landmark tags and ids of the page's main content, the innermost one being the region.
_LANDMARK_TAGS = frozenset({"main", "article"})
_LANDMARK_IDS = frozenset({"main", "content", "main-content", "maincontent", "mw-content-text"})
_NOT_PAGES = ("javascript:", "mailto:", "tel:", "#")
_WORD = re.compile(r"\w+")


def is_flat_index(members: list[HtmlElement], index: DomIndex) -> bool:
    """Whether ``members`` are the entries of a flat index that is the page's content: many single
    links to distinct pages of one site under distinct texts, most of the content region's text."""
    sample = one_link_entries(members, index, MIN_FLAT_ENTRIES)
    if sample is None:
        return False
    hrefs = [_href_of(m) for m in sample]
    targets = [_page_target(h) for h in hrefs]
    if any(t is None for t in targets) or len({t[0] for t in targets if t is not None} - {""}) > 1:
        return False  # a fragment, a script, or links to several other sites: a blogroll, a menu
    texts = {index.full_text(m).casefold() for m in sample}
    wanted = DISTINCT_SHARE * len(sample)
    if len(texts) < wanted or len({t[1] for t in targets if t is not None}) < wanted:
        return False
    if not _varied([index.full_text(m) for m in sample]):
        return False  # "City 3 homes for sale", "City 4 homes for sale": links a template wrote
    region = _content_region(members[0], members[-1], index)
    listed = sum(index.text_of(m) for m in members)
    return listed >= CONTENT_SHARE * text_outside_chrome(region, index)


def _varied(texts: list[str]) -> bool:
    """Whether most entries say more of their own than of words nearly all of them repeat: an
    index names pages, a link block written by a template varies one word of a phrase."""
    words = [{w.casefold() for w in _WORD.findall(text)} for text in texts]
    seen = Counter(w for entry in words for w in entry)
    common = {w for w, n in seen.items() if n >= BOILERPLATE_SHARE * len(words)}
    templated = sum(1 for entry in words if len(entry & common) > len(entry - common))
    return templated < BOILERPLATE_SHARE * len(words)


def _href_of(member: HtmlElement) -> str:
    if tag_of(member) == "a":
        return (member.get("href") or "").strip()
    link = next((a for a in member.iter("a") if a.get("href")), None)
    return (link.get("href") or "").strip() if link is not None else ""


def _page_target(href: str) -> tuple[str, str] | None:
    """(host, path and query) of a link to a page, or None when it leads to no page."""
    if not href or href.lower().startswith(_NOT_PAGES):
        return None
    try:
        parts = urlsplit(href)
    except ValueError:
        return None  # a malformed URL ("http://[") is no page
    if parts.scheme not in ("", "http", "https"):
        return None
    return parts.netloc.lower(), f"{parts.path}?{parts.query}"


def _content_region(first: HtmlElement, last: HtmlElement, index: DomIndex) -> HtmlElement:
    """The innermost landmark of the main content around the entries ``first`` to ``last`` (not
    the ``article`` of one record holding the first), else the whole page."""
    for ancestor in first.iterancestors():
        if not is_inside(last, ancestor):
            continue
        if (
            tag_of(ancestor) in _LANDMARK_TAGS
            or (ancestor.get("role") or "").lower() == "main"
            or ancestor.get("id") in _LANDMARK_IDS
        ):
            return ancestor
    return index.root
