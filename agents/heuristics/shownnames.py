"""The name a detail page shows for its entity, where its main heading is a screen-reader copy.

GitHub, Stack Overflow and many shops keep an ``h1.sr-only`` ("lumen-data/tablesift") for screen
readers and show the name elsewhere (``strong[itemprop=name]`` "tablesift"). The hidden heading
still tells where the entity is; its title is the name shown.
"""

from __future__ import annotations

from agents.heuristics.dom import HtmlElement, full_text
from agents.heuristics.sitechrome import in_chrome
from pipeline.core.screenreader import for_screen_readers

#: What opens a screen-reader suffix of a heading (" - job post").
_DASHES = frozenset("-–—|")
#: Elements looked through for the shown name, in page order.
MAX_CANDIDATES = 400


def shown_title(heading: HtmlElement, container: HtmlElement) -> HtmlElement:
    """The element showing the entity's name: the heading itself unless it is hidden from sight,
    then the entity's visible ``itemprop=name`` within the hidden heading's words, or a visible
    element repeating them."""
    if not _hidden(heading, container):
        return _without_suffix(heading)
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


def _without_suffix(heading: HtmlElement) -> HtmlElement:
    """The heading's first span when a second one only adds a suffix for screen readers
    (``<span>Senior Data Engineer</span><span> - job post</span>``): the document's title
    repeats the first and not the suffix."""
    children = [c for c in heading if isinstance(c.tag, str)]
    if len(children) != 2 or (heading.text or "").strip() or any((c.tail or "").strip() for c in children):
        return heading
    name, suffix = children
    said = full_text(suffix)
    if said[:1] not in _DASHES or len(name) or len(suffix):
        return heading
    title = " ".join(heading.getroottree().getroot().xpath("string(//head/title)").split()).casefold()
    shown = full_text(name).casefold()
    return name if shown and shown in title and full_text(heading).casefold() not in title else heading


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
