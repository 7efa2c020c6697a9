"""Site chrome: the navigation, header, footer, sidebar and menus around a page's content.

Judged on the element itself (its tag, role, id and class words) and on its ancestors; a wrapper
whose class sounds like chrome but which holds most of the page is its frame, not chrome; and a
"menu" of priced things without links of their own (a restaurant's dishes) is content.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from itertools import islice

from agents.heuristics.chromeclasses import chrome_word
from agents.heuristics.dom import HIDDEN_TAGS, DomIndex, HtmlElement, child_elements, is_element, tag_of
from agents.heuristics.purchaseforms import is_purchase_form
from agents.heuristics.values import is_price

#: Regions of a page that hold site chrome rather than content.
CHROME_TAGS = frozenset({"nav", "header", "footer", "aside", "form", "menu", "dialog"})
#: A form holding more elements than this wraps the page's content rather than being a search
#: box or a filter panel.
FORM_WRAPPER_ELEMENTS = 300
#: Elements counted per subtree when judging whether a wrapper holds most of the page.
FRAME_COUNT_CAP = 2_000
#: A wrapper holds most of the page when it has this many times the elements of its siblings.
FRAME_SHARE = 4
#: Wrappers of wrappers looked through below ``body`` (``body > div#page > div#inner``).
MAX_FRAME_DEPTH = 4
#: A wrapper beside more visible siblings than this is one region among others.
MAX_FRAME_SIBLINGS = 8
#: A menu classed as chrome is a list of priced things (a restaurant's dishes) with this many prices...
MIN_PRICED_ITEMS = 3
#: ...among the elements read of it.
MENU_ELEMENTS = 3_000
#: Elements walked in a content region when measuring its text outside chrome.
MAX_REGION_ELEMENTS = 5_000
_BARE_AMOUNT = re.compile(r"\d{1,6}(?:[.,]\d{1,2})?")
SECTIONING_TAGS = frozenset({"article", "main", "section", "aside", "nav"})
#: A dialog over the page (cookie consent, newsletter sign-up) is the site's, not the page's content.
CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "menu", "menubar", "search", "dialog", "alertdialog"})
#: A tab set's panels, the set itself, its panels' wrapper or the container around both (PyPI's
#: ``tabs-container > vertical-tabs > vertical-tabs__panel > [role=tabpanel]``): looked for three
#: levels down at most, as every element inside the set asks again.
_HOLDS_TAB_PANELS = (
    "boolean(self::*[@role='tabpanel'] | *[@role='tabpanel'] | */*[@role='tabpanel'] | */*/*[@role='tabpanel'])"
)
#: Marks that name no region: state classes of a page's frame ("with_header", "has-sidebar",
#: "no-footer") say what the page has around its content, and script hooks ("js-navigation-item",
#: id "js-issues-toolbar") say which script drives an element (keyboard navigation over a list's
#: rows), so neither makes its element a header, a menu or a toolbar.
_STATE_CLASS = re.compile(r"(?:^|(?<=\s))(?:with|has|no|without|show|hide|js)[-_]\S+", re.IGNORECASE)


def is_chrome(element: HtmlElement) -> bool:
    """Navigation, header, footer, sidebar… judged on the element itself."""
    tag = tag_of(element)
    if tag in ("html", "body"):
        return False  # the page itself, whatever its classes say (A/B-test flags name features: "…_banner_…")
    if tag in ("header", "footer"):
        # An article's own header (headline, byline) is content, not the site's banner.
        return not any(tag_of(a) in SECTIONING_TAGS for a in element.iterancestors())
    if tag == "form":
        # Craigslist wraps its results in its search form; a booking form holds the entity's offers.
        return _is_small(element) and not is_purchase_form(element)
    if tag in CHROME_TAGS:
        return True
    if (element.get("role") or "").lower() in CHROME_ROLES:
        return True
    marks = f"{element.get('id') or ''} {element.get('class') or ''}"
    word = chrome_word(_STATE_CLASS.sub(" ", marks))
    if word in ("header", "banner") and any(tag_of(a) in ("main", "article") for a in element.iterancestors()):
        return False  # the main content's own header (a repository's name, owner and counters)
    if word == "tabs" and element.xpath(_HOLDS_TAB_PANELS):
        return False  # a tab set's panels hold the content; only its tab list (no panel) is chrome
    if word == "menu" and _is_priced_list(element):
        return False  # a restaurant's menu: dishes and their prices, not links to other pages
    return word is not None and not _frames_the_page(element)


@functools.lru_cache(maxsize=64)  # asked again for every element inside the same menu
def _is_priced_list(element: HtmlElement) -> bool:
    """Whether ``element`` lists things at their prices rather than links: a navigation menu's
    items are links, a food menu's dishes carry prices and have no pages of their own."""
    prices = links = 0
    for descendant in islice(element.iterdescendants(), MENU_ELEMENTS):
        if not is_element(descendant):
            continue
        if tag_of(descendant) == "a" and descendant.get("href"):
            links += 1
        elif _shows_price(descendant):
            prices += 1
    return prices >= MIN_PRICED_ITEMS and links * 2 < prices


def _shows_price(element: HtmlElement) -> bool:
    """A price in the element's own words: "£7.50", or a bare "8.5" in an element classed as a price."""
    text = (element.text or "").strip()
    if not text or not any(c.isdigit() for c in text):
        return False
    return is_price(text) or (
        _BARE_AMOUNT.fullmatch(text) is not None and "price" in (element.get("class") or "").lower()
    )


def _frames_the_page(element: HtmlElement) -> bool:
    """Whether ``element`` is a wrapper holding most of the page (``body > div#a-page``).

    Checked only for elements whose classes sound like chrome: a page's frame keeps its classes
    on the wrapper too, and a header or a menu never holds most of the page beside small siblings.
    """
    node = element
    for _ in range(MAX_FRAME_DEPTH):
        parent = node.getparent()
        if parent is None:
            return False
        siblings = [c for c in islice(_visible_children(parent), MAX_FRAME_SIBLINGS + 2) if c is not node]
        if len(siblings) > MAX_FRAME_SIBLINGS:
            return False
        rest = min(FRAME_COUNT_CAP, sum(_count_elements(s, FRAME_COUNT_CAP) for s in siblings))
        needed = FRAME_SHARE * max(1, rest)
        if _count_elements(node, needed) < needed:
            return False
        if tag_of(parent) in ("html", "body"):
            return True
        node = parent
    return False


def _count_elements(element: HtmlElement, cap: int) -> int:
    """The element and its descendants, counted up to ``cap``."""
    return sum(1 for _ in islice(element.iter(), cap))


def _visible_children(element: HtmlElement) -> Iterator[HtmlElement]:
    """``child_elements`` lazily: a parent may hold thousands of children."""
    return (c for c in element if is_element(c) and tag_of(c) not in HIDDEN_TAGS)


def _is_small(element: HtmlElement) -> bool:
    return sum(1 for _ in islice(element.iterdescendants(), FORM_WRAPPER_ELEMENTS)) < FORM_WRAPPER_ELEMENTS


def in_chrome(element: HtmlElement, stop: HtmlElement | None = None) -> bool:
    """True when ``element`` or an ancestor (below ``stop``) is site chrome."""
    node: HtmlElement | None = element
    while node is not None and node is not stop:
        if is_chrome(node):
            return True
        if tag_of(node) in ("main", "article"):
            return False
        node = node.getparent()
    return False


def text_outside_chrome(region: HtmlElement, index: DomIndex) -> int:
    """The text of ``region`` less that of the site chrome inside it (menus, banner, footer, dialogs,
    forms, toolbars), measured once per region: a page of many lists asks it for each of them."""
    known = index.chrome_free_text.get(region)
    if known is None:
        known = index.chrome_free_text[region] = _measured_outside_chrome(region, index)
    return known


def _measured_outside_chrome(region: HtmlElement, index: DomIndex) -> int:
    text = index.text_of(region)
    stack = child_elements(region)
    walked = 0
    while stack and walked < MAX_REGION_ELEMENTS:
        walked += 1
        element = stack.pop()
        if is_chrome(element):
            text -= index.text_of(element)
        else:
            stack.extend(child_elements(element))
    return max(0, text)
