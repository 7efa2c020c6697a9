"""Selectors that find a page's next link again on the pages after it: its class, its label or
title, its picture's name, or its text inside its container, the most stable first.
"""

from __future__ import annotations

import re
import weakref

from agents.heuristics.classtokens import anchor_classes, semantic_classes
from agents.heuristics.dom import VISIBLE_TEXT_XPATH, HtmlElement, css_string, full_text, icon_title_css, tag_of
from agents.heuristics.nextphrases import label_says_next
from agents.heuristics.nextwords import NEXT_LABEL, NEXT_MARK, NEXT_TEXT, PREV_TEXT, reads_next
from agents.heuristics.pagewordlinks import page_word_selectors
from agents.heuristics.saysnext import picture_names, pictures_next, screen_reader_text
from pipeline.core.cleantext import clean_text

#: A next link's words before the note naming where it leads ("Next page" of "Next page (Harbor
#: Seal)"): the note changes from page to page, the words do not.
_NOTED_NEXT = re.compile(r"^(.*?\S)\s+\([^()]{1,80}\)$")
#: The labels and titles of a page's links saying "previous", read once per page; a cache keyed
#: weakly goes with the page, not keeping the last few documents alive.
_PREVIOUS_PER_PAGE: weakref.WeakKeyDictionary[HtmlElement, frozenset[tuple[str, str]]] = weakref.WeakKeyDictionary()


def anchors_for(anchor: HtmlElement) -> list[str]:
    """Selectors for a next link, from the most stable anchor to its text in its container."""
    found = class_marked_anchors(anchor, NEXT_MARK)
    for attribute in ("aria-label", "title"):
        if (said := anchor.get(attribute)) and _names_next(anchor, attribute, said):
            found.append(f"a[{attribute}={css_string(said)}]")
    for tag, attribute, name in picture_names(anchor):
        if pictures_next(name) and '"' not in name:
            found.append(_picture_selector(tag, attribute, name))
    # A state-styled mark ("is-next", "js-next") names the link too: it is how an icon-only
    # chevron among page links, which says nothing, is told apart from them.
    found += [f"a.{c}" for c in anchor_classes(anchor) if NEXT_MARK.search(c) and f"a.{c}" not in found]
    container = _container_anchor(anchor)
    if named := page_word_selectors(anchor, full_text(anchor), container):
        # "Page 2 »" reads "Page 3 »" on page 2: its whole text finds nothing there.
        return [*found, *named, *(f"a.{c}" for c in semantic_classes(anchor))]
    # ``:contains`` reads the raw string, where "<span>Next</span>›" is "Next›": besides the
    # spaced text, try the screen-reader text and each text piece (checked against the href after).
    texts = [full_text(anchor), screen_reader_text(anchor)]
    if (noted := _NOTED_NEXT.match(texts[0])) and reads_next(noted.group(1)):
        texts.insert(0, noted.group(1))
    texts += [t for t in (clean_text(str(n)) for n in anchor.xpath(VISIBLE_TEXT_XPATH)) if t]
    # "Next&nbsp;»" reads "Next »" but holds a no-break space, which ``:contains`` compares as
    # written: its word saying next finds it too.
    texts += [word for text in texts[:1] for word in text.split() if word != text and reads_next(word)]
    for text in dict.fromkeys(texts):
        if text and '"' not in text and "\\" not in text:
            found.append(f"{container} a:contains({css_string(text)})".strip())
            found.append(f"a:contains({css_string(text)})")
    # A bare class ("a.btn") last: the "Previous" button of the next page may share it.
    found += [f"a.{c}" for c in semantic_classes(anchor)]
    return found


def class_marked_anchors(anchor: HtmlElement, mark: re.Pattern[str]) -> list[str]:
    """Selectors for a pager link by a class ``mark`` finds on it (``a.next``) or on its parent
    (``li.next > a``): the most stable anchors, shared by the next and previous link finders."""
    found = [f"a.{c}" for c in semantic_classes(anchor) if mark.search(c)]
    parent = anchor.getparent()
    if parent is not None:
        found += [f"{tag_of(parent)}.{c} > a" for c in semantic_classes(parent) if mark.search(c)]
    return found


def _picture_selector(tag: str, attribute: str, name: str) -> str:
    """``a:has(svg[aria-label="Next"])``, or ``a:has(svg > title:contains("Next page"))`` for an
    icon's ``<title>`` child."""
    return icon_title_css("a", name) if attribute == "title" else f"a:has({tag}[{attribute}={css_string(name)}])"


def _names_next(anchor: HtmlElement, attribute: str, said: str) -> bool:
    """Whether the label or title ``said`` marks the next link: it says "next" itself, and no link
    saying "previous" carries it too. A title naming the page the pager belongs to ("Category:
    Ferns" on both "previous page" and "next page") finds the previous link first on later pages."""
    if not reads_next(said) and not NEXT_LABEL.match(said) and not label_says_next(said):
        return False
    return (attribute, said) not in _previous_link_marks(anchor.getroottree().getroot())


def _previous_link_marks(root: HtmlElement) -> frozenset[tuple[str, str]]:
    """The labels and titles of the page's links that say "previous" ("‹ Prev", "newer posts");
    read once per page, however many links say "next", and let go with the page."""
    marks = _PREVIOUS_PER_PAGE.get(root)
    if marks is None:
        marks = _PREVIOUS_PER_PAGE[root] = _read_previous_link_marks(root)
    return marks


def _read_previous_link_marks(root: HtmlElement) -> frozenset[tuple[str, str]]:
    marks: set[tuple[str, str]] = set()
    for a in root.iter("a"):
        text = full_text(a)
        if PREV_TEXT.search(text) and not NEXT_TEXT.match(text):
            marks.update((attribute, value) for attribute in ("aria-label", "title") if (value := a.get(attribute)))
    return frozenset(marks)


def _container_anchor(anchor: HtmlElement) -> str:
    for ancestor in list(anchor.iterancestors())[:4]:
        classes = semantic_classes(ancestor)
        if classes:
            return f"{tag_of(ancestor)}.{classes[0]}"
        if tag_of(ancestor) == "nav":
            return "nav"
    return ""
