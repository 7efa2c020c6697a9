"""Whether an element's classes name site chrome, read word by word within each compound class.

A chrome word ("header", "tabs", "language", "share") marks a class as chrome when it names what
the class is: ``site-header``, ``main-nav``, ``wp-block-navigation``, ``cookie-banner``. After the
name of a content part in the same class, it only qualifies that part: ``card-header`` is the top
of a card, ``table-header-cell`` a column caption, ``product-tabs`` the product's own tabs,
``hprt-table-long-language`` a room table laid out for long languages. None of them is chrome.
"""

from __future__ import annotations

import re

#: Words of a class that name chrome, matched whole within a compound class.
_WORDS = (
    r"nav|navbar|navigation|menu|breadcrumbs?|footer|header|masthead|sidebar|pagination|pager|dropdown|"
    r"tabs|social|share|cookies?|banner|topbar|toolbar|skip|language|locale|legal|subnav|megamenu"
)
CHROME_WORDS = re.compile(rf"(?:^|[-_\s])(?:{_WORDS})(?:$|[-_\s])", re.IGNORECASE)
_CHROME_SEGMENT = re.compile(_WORDS, re.IGNORECASE)
#: Names of the parts of a page's content: a chrome word after one of them qualifies it.
_CONTENT_PARTS = frozenset(
    {
        "table",
        "card",
        "tile",
        "product",
        "products",
        "item",
        "post",
        "entry",
        "article",
        "story",
        "comment",
        "review",
        "listing",
        "offer",
        "room",
        "recipe",
        "chart",
        "row",
        "cell",
    }
)
_SEGMENT = re.compile(r"[-_]+")


def chrome_word(marks: str) -> str | None:
    """The chrome word that the id and classes ``marks`` (space-separated) are named by, if any:
    "header" for ``site-header``, None for ``card-header``."""
    if not CHROME_WORDS.search(marks):
        return None  # the common case, in one regex call
    for token in marks.split():
        if word := _class_chrome_word(token):
            return word
    return None


def _class_chrome_word(token: str) -> str | None:
    after_content = False
    for segment in _SEGMENT.split(token.lower()):
        if segment in _CONTENT_PARTS:
            after_content = True
        elif not after_content and _CHROME_SEGMENT.fullmatch(segment):
            return segment
    return None
