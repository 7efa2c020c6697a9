"""Where a detail page's entity is: its main heading, and the container around it."""

from __future__ import annotations

from agents.heuristics.dom import DomIndex, HtmlElement, full_text, tag_of
from agents.heuristics.sitechrome import in_chrome, is_chrome

#: A heading repeated in the document's title names the page's entity when it is this long.
MIN_TITLE_CHARS = 8
#: Elements an ``itemprop`` names the entity with; ``meta`` and ``link`` show nothing, and ``head`` is no heading.
_NAMED = "//body//*[(@itemprop='name' or @itemprop='headline') and not(self::meta or self::link) and normalize-space()]"


def main_heading(index: DomIndex) -> HtmlElement | None:
    headings = [e for e in index.elements if tag_of(e) == "h1" and full_text(e)]
    own = [e for e in headings if not in_chrome(e)]
    if own:
        return own[0]
    # Stack Overflow's ``div#content div#question-header > h1``: a block named "header" inside the
    # main content is the entity's own header, not the site's banner.
    mains = [e for e in headings if _header_of_main(e)]
    if mains:
        return mains[0]
    named = [e for e in index.root.xpath(_NAMED) if not in_chrome(e)]
    if named:
        return named[0]
    # A heading inside a header block (a job board's ``div#header > h1.app-title``); a site's name
    # in its banner is a link home, and a sidebar, a form or navigation never holds the page's title.
    titles = [e for e in headings if not e.xpath(".//a") and _chrome_is_a_header(e)]
    return titles[0] if titles else _titled_heading(index)


def _titled_heading(index: DomIndex) -> HtmlElement | None:
    """With no ``h1``, the first ``h2`` that the document's title repeats: Lever's posting headline
    ("Senior Data Engineer" in "Fernwave - Senior Data Engineer"), a theme that demotes the title."""
    title = " ".join(index.root.xpath("string(//head/title)").split()).casefold()
    if not title:
        return None
    for element in index.elements:
        if tag_of(element) != "h2" or element.xpath(".//a"):
            continue
        if in_chrome(element) and not _chrome_is_a_header(element):
            continue  # a sidebar's or a menu's heading; a posting's own header block is its headline
        text = full_text(element).casefold()
        if len(text) >= MIN_TITLE_CHARS and text in title:
            return element
    return None


def _chrome_is_a_header(element: HtmlElement) -> bool:
    chrome = next(a for a in (element, *element.iterancestors()) if is_chrome(a))
    marks = f"{chrome.get('id') or ''} {chrome.get('class') or ''}".lower()
    return tag_of(chrome) == "header" or "header" in marks


def _header_of_main(heading: HtmlElement) -> bool:
    """Whether the heading's only chrome is a block named "header" (not a ``header`` tag, the
    banner's) inside the page's main content (``main``, ``div#content``, a microdata item)."""
    chrome = [a for a in (heading, *heading.iterancestors()) if is_chrome(a)]
    if len(chrome) != 1 or tag_of(chrome[0]) == "header":
        return False
    marks = f"{chrome[0].get('id') or ''} {chrome[0].get('class') or ''}".lower()
    return "header" in marks and any(
        _is_main(a) or _is_entity_scope(a) or tag_of(a) == "article" for a in chrome[0].iterancestors()
    )


def main_container(heading: HtmlElement) -> HtmlElement:
    """The entity's container: microdata scope, article, main, else the heading's wide parent."""
    lineage = list(heading.iterancestors())
    for test in (_is_entity_scope, lambda e: tag_of(e) == "article", _is_main):
        for ancestor in lineage:
            if test(ancestor):
                return ancestor
    below_body = [a for a in lineage if tag_of(a) not in ("html", "body")]
    return below_body[-1] if below_body else lineage[0] if lineage else heading


def _is_entity_scope(element: HtmlElement) -> bool:
    return element.get("itemscope") is not None and bool(element.get("itemtype"))


def _is_main(element: HtmlElement) -> bool:
    return (
        tag_of(element) == "main"
        or element.get("role") == "main"
        or element.get("id") in ("main", "content", "main-content")
    )
