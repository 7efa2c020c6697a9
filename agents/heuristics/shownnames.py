"""The name a detail page shows for its entity, where its main heading is a screen-reader copy.

GitHub, Stack Overflow and many shops keep an ``h1.sr-only`` ("lumen-data/tablesift") for screen
readers and show the name elsewhere (``strong[itemprop=name]`` "tablesift"). The hidden heading
still tells where the entity is; its title is the name shown.
"""

from __future__ import annotations

from agents.heuristics.dom import HtmlElement, full_text, in_chrome
from pipeline.core.screenreader import for_screen_readers

#: Elements looked through for the shown name, in page order.
MAX_CANDIDATES = 400


def shown_title(heading: HtmlElement, container: HtmlElement) -> HtmlElement:
    """The element showing the entity's name: the heading itself unless it is hidden from sight,
    then the entity's visible ``itemprop=name`` within the hidden heading's words, or a visible
    element repeating them."""
    if not _hidden(heading, container):
        return heading
    words = full_text(heading).casefold()
    scope = _scope_of(heading)
    for element in container.xpath(".//*[@itemprop='name']")[:MAX_CANDIDATES]:
        text = full_text(element).casefold()
        if text and text in words and _scope_of(element) is scope and _shown(element, container):
            return element
    for element in container.xpath(".//h1 | .//h2 | .//strong | .//span | .//a")[:MAX_CANDIDATES]:
        if element is not heading and full_text(element).casefold() == words and _shown(element, container):
            return element
    return heading


def _hidden(element: HtmlElement, container: HtmlElement) -> bool:
    node: HtmlElement | None = element
    while node is not None and node is not container:
        if for_screen_readers(node):
            return True
        node = node.getparent()
    return False


def _shown(element: HtmlElement, container: HtmlElement) -> bool:
    return not _hidden(element, container) and not in_chrome(element, stop=container)


def _scope_of(element: HtmlElement) -> HtmlElement | None:
    """The microdata item the element belongs to: its nearest ``itemscope`` ancestor."""
    return next((a for a in element.iterancestors() if a.get("itemscope") is not None), None)
