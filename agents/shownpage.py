"""The text a page shows as its own content: the body without the site's chrome.

Which values of a JSON record list the page shows decides which fields are kept (``jsonunshown``)
and whether the page shows the records at all (``jsondrawn``, ``designchoice``). The site's
navigation, header, footer, side rails and cookie banners say the same words on every page ("Size
guide", "Sale", "Accessories"): read as the page's text, they make a bare JSON value such as a
product attribute's name ("Size") look shown. Chrome is told by ``sitechrome.is_chrome``; a region
holding the page's ``main`` element is never left out, whatever its classes say.
"""

from __future__ import annotations

import copy

from parsel import Selector

from agents.heuristics.dom import HtmlElement, child_elements
from agents.heuristics.sitechrome import is_chrome
from pipeline.core.extract import node_text


def content_text(page: Selector) -> str:
    """What the page shows a reader as its content: its body's text without scripts (which hold
    the data itself) and without site chrome."""
    body = page.css("body")
    if not body:
        return ""
    # A copy of the whole document, so that what the text reader looks up (its styles) is there.
    document = copy.deepcopy(body[0].root.getroottree().getroot())
    copied = document if document.tag == "body" else next(document.iter("body"), None)
    if copied is None:
        return node_text(body[0])
    for element in chrome_regions(copied):
        element.drop_tree()
    return node_text(Selector(root=copied, type="html"))


def chrome_regions(body: HtmlElement) -> list[HtmlElement]:
    """The outermost chrome elements under ``body`` (none of them holding ``main``)."""
    found: list[HtmlElement] = []
    stack = list(reversed(child_elements(body)))
    while stack:
        element = stack.pop()
        if is_chrome(element) and not any(True for _ in element.iter("main")):
            found.append(element)
            continue
        stack.extend(reversed(child_elements(element)))
    return found
