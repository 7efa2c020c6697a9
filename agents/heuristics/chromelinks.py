"""Link columns of the site's chrome.

A site's header and footer carry lists as regular as any records: a mega-menu's columns (a
heading over eight category links, hidden until its department is hovered), a footer's headed link
columns. They are the site's navigation, never the page's records, however many there are.
"""

from __future__ import annotations

from itertools import chain, islice

from agents.heuristics.dom import DomIndex, HtmlElement, tag_of
from agents.heuristics.sitechrome import is_chrome

#: Roles of the site's landmarks: its banner, its navigation, its footer, a dialog over the page.
LANDMARK_ROLES = frozenset({"navigation", "banner", "contentinfo", "menu", "menubar", "dialog", "alertdialog"})
#: Members whose text is links in this share are link columns (a heading over links at most).
LINK_COLUMN_SHARE = 0.7
#: Ancestors looked through for a landmark or a hidden panel (pages can nest thousands deep).
MAX_ANCESTORS = 40


def is_chrome_link_column(member: HtmlElement, index: DomIndex) -> bool:
    """Whether ``member`` is a column of the site's navigation: inside a hidden panel of the chrome
    (a collapsed submenu), or mostly links inside the site's header, navigation, footer or a dialog."""
    landmark = hidden = False
    for ancestor in islice(chain((member,), member.iterancestors()), MAX_ANCESTORS):
        tag = tag_of(ancestor)
        if tag in ("main", "article"):
            return False  # the page's content, whatever navigation it holds (an article's contents)
        if tag == "body":
            break
        hidden = hidden or (not landmark and _hides(ancestor))
        landmark = landmark or _is_landmark(ancestor)
    if not landmark:
        return False
    if hidden:
        return True
    text = index.text_of(member)
    return text > 0 and index.link_len.get(member, 0) >= LINK_COLUMN_SHARE * text


def _is_landmark(element: HtmlElement) -> bool:
    """The site's header, navigation or footer by tag or role, or a dialog: not a class name."""
    tag = tag_of(element)
    if tag in ("nav", "dialog"):
        return True
    if tag in ("header", "footer"):
        return is_chrome(element)  # an article's own header is content
    return (element.get("role") or "").lower() in LANDMARK_ROLES


def _hides(element: HtmlElement) -> bool:
    style = (element.get("style") or "").replace(" ", "").lower()
    return (
        element.get("hidden") is not None
        or (element.get("aria-hidden") or "").lower() == "true"
        or "display:none" in style
    )
