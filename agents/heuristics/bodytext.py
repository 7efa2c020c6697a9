"""Whether a page's main content holds prose of its own: an article, a description, a README.

A page with a long text outside its one repeated block (a file table, a spec table, comments)
is about one entity, and the block is a part of it. Prose paragraphs often open with an inline
element (``<p><strong>tablesift</strong> finds…``, ``<p><a>Acme</a> makes…``), so a block's text
is read with its inline children's, never only the text before its first child.
"""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

from agents.heuristics.dom import HtmlElement, is_element, tag_of
from agents.heuristics.sitechrome import in_chrome
from agents.heuristics.sitenotices import is_site_notice
from pipeline.core.cleantext import clean_text
from pipeline.core.inlineseams import INLINE_TAGS as PHRASING_TAGS

#: A text block this long outside the records is an article or a description.
BODY_TEXT_CHARS = 200
#: Elements that flow inside a line of text: their words belong to the paragraph around them; a line
#: break ends a word (``inlineseams``) but not the paragraph.
PARAGRAPH_TAGS = PHRASING_TAGS | {"br", "wbr"}
#: Links of a list read to see whether they lead into the page's own address.
MAX_PART_LINKS = 200
#: Inline elements nested deeper than this are read no further (hostile pages nest thousands).
MAX_INLINE_DEPTH = 8


def prose_text(block: HtmlElement) -> str:
    """The text ``block`` writes itself: its own words and those of its inline children (bold,
    links, code), not those of its block children (a nested list, a div of its own)."""
    return clean_text(" ".join(_prose_parts(block, MAX_INLINE_DEPTH)))


def _prose_parts(element: HtmlElement, depth: int) -> list[str]:
    parts = [element.text or ""]
    for child in element:
        if depth > 0 and is_element(child) and tag_of(child) in PARAGRAPH_TAGS:
            parts.extend(_prose_parts(child, depth - 1))
        parts.append(child.tail or "")
    return parts


def has_body_text(content: HtmlElement, members: list[HtmlElement], *, inline_openings: bool = True) -> bool:
    """Whether the content holds a long text block outside the list (an article, a description);
    a footer's legal notice or a cookie banner's text is no article, in a footer or not.
    ``inline_openings``: a paragraph's words in its inline children count (else only those
    before its first child, the plain prose a page writes around a list of other pages)."""
    inside = {id(e) for m in members for e in m.iter()}
    for paragraph in content.iter("p", "div", "section"):
        if id(paragraph) in inside:
            continue
        text = prose_text(paragraph) if inline_openings else clean_text(paragraph.text or "")
        if len(text) < BODY_TEXT_CHARS:
            continue
        if not in_chrome(paragraph, stop=content) and not is_site_notice(text):
            return True
    return False


def are_page_parts(members: list[HtmlElement], url: str) -> bool:
    """Whether the records are parts of the page's entity: anchors on the page itself (a hotel's
    rooms, ``#RD1094``), or rows of a table whose every link leads into the page's own address (a
    repository's files, ``/acme/tool/blob/…`` on ``/acme/tool``; a book's chapters). Cards linking
    deeper are other pages: a board at ``/acme/`` lists its jobs at ``/acme/jobs/4417823004``."""
    page = urlsplit(url)
    base = page.path.rstrip("/") + "/"
    links = [h for m in members for h in m.xpath(".//a/@href")][:MAX_PART_LINKS]
    if base == "/" or not links:
        return False
    rows = all(tag_of(m) == "tr" for m in members)
    for href in links:
        there = urlsplit(urljoin(url, str(href).strip()))
        same_page = there.path == page.path or there.path.rstrip("/") + "/" == base
        inside = rows and there.path.startswith(base)
        if there.netloc.lower() != page.netloc.lower() or not (same_page or inside):
            return False
    return True
