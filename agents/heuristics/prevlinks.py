"""Find the link to the previous page of a list: rel=prev, an anchor reading "Previous" ("‹",
"Précédent", "Previous month: February 2025"), or one its class marks prev; and a selector that
finds it again on each page of the chain.

A list usually starts on its first page, where there is nothing before; a dated calendar or
archive starts on the current period instead, and its records lie behind "Previous"
(``agents.periodprobe`` decides when that chain is the list).
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from parsel import Selector

from agents.heuristics.classtokens import semantic_classes
from agents.heuristics.dom import HtmlElement, css_string, full_text, icon_title_css, icon_titles
from agents.heuristics.nextlinks import first_href
from agents.heuristics.nextselectors import class_marked_anchors
from agents.heuristics.saysnext import says_next
from pipeline.core.screenreader import for_screen_readers

#: What a previous link reads first: "Previous", "Prev", "‹ Previous month", "Précédent", "Zurück".
_PREVIOUS_TEXT = re.compile(
    r"^(?:[‹«←<❮]+\s*)?(?:(?:go[ -]?to )?(?:the )?prev(?:ious)?\b|précédente?\b|vorherige[nrs]?\b|zurück\b|"
    r"anterior\b|precedente\b|vorige\b|предыдущ|前へ|上一页)|^[‹«←<❮]+$",
    re.IGNORECASE,
)
_PREVIOUS_MARK = re.compile(r"(?:^|[-_])prev(?:ious)?(?:$|[-_])", re.IGNORECASE)
_REL_PREVIOUS = ('a[rel~="prev"]', 'a[rel~="previous"]')


def previous_link(page: Selector, url: str) -> tuple[str, str] | None:
    """The link to the page before this one and a selector finding it; None when there is none."""
    for css in _REL_PREVIOUS:
        href = first_href(page, css)
        if href and _elsewhere(url, href):
            return css, href
    for anchor in page.root.iter("a"):
        href = (anchor.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:")) or not _elsewhere(url, href):
            continue
        if not says_previous(anchor) or says_next(anchor):
            continue
        for css in _anchors_for(anchor):
            if first_href(page, css) == href:
                return css, href
    return None


def says_previous(anchor: HtmlElement) -> bool:
    """``anchor`` reads "Previous" (in its text, its label or to screen readers) or its class,
    or that of its list item or wrapper, marks it prev."""
    spoken = " ".join(full_text(e) for e in anchor.iterdescendants() if for_screen_readers(e))
    said = [full_text(anchor), anchor.get("aria-label") or "", anchor.get("title") or "", spoken]
    said += _icon_names(anchor)
    if any(_PREVIOUS_TEXT.match(text.strip()) for text in said):
        return True
    marks = [*semantic_classes(anchor), anchor.get("id") or ""]
    parent = anchor.getparent()
    if parent is not None:
        marks += semantic_classes(parent)
    return any(_PREVIOUS_MARK.search(mark) for mark in marks)


def _elsewhere(url: str, href: str) -> bool:
    """``href`` names another page than ``url`` (not a fragment of it)."""
    try:
        here, there = urlsplit(url), urlsplit(urljoin(url, href))
    except ValueError:
        return False
    return (here.netloc.lower(), here.path, here.query) != (there.netloc.lower(), there.path, there.query)


def _anchors_for(anchor: HtmlElement) -> list[str]:
    """Selectors for a previous link, from its class to its words in its container."""
    found = class_marked_anchors(anchor, _PREVIOUS_MARK)
    for attribute in ("aria-label", "title"):
        label = anchor.get(attribute)
        if label and '"' not in label and "\\" not in label:
            found.append(f"a[{attribute}={css_string(label)}]")
    text = full_text(anchor)
    if _PREVIOUS_TEXT.match(text):
        # "Previous", not the period it names ("Previous month: February 2025"); "‹" when that is all.
        words = [w for w in text.split() if '"' not in w and "\\" not in w]
        worded = [w for w in words if any(c.isalpha() for c in w)]
        found += [f"a:contains({css_string(w)})" for w in (worded or words)[:1]]
    found += [icon_title_css("a", name) for name in _icon_names(anchor) if _PREVIOUS_TEXT.match(name)]
    return found


def _icon_names(anchor: HtmlElement) -> list[str]:
    """The titles of the icons of an anchor that says nothing itself (``<svg><title>Previous page``)."""
    return [] if full_text(anchor) else [n for n in icon_titles(anchor) if '"' not in n and "\\" not in n]
