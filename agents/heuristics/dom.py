"""DOM facts shared by the Scout heuristics: a capped walk of the tree and per-element text sizes.

Everything here works on raw lxml elements for speed; parsel ``Selector`` objects are only built
for the handful of records whose fields are checked through the extraction engine.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from urllib.parse import urlsplit

# lxml ships no type stubs (lxml-stubs is not a project dependency): this module is the one
# place that imports it, so the rest of the heuristics share one typed name for elements.
from lxml.html import HtmlElement  # type: ignore[import-untyped]

from agents.heuristics.pagememo import per_page, remembering
from pipeline.core.cleantext import clean_text
from pipeline.core.extract import element_text
from pipeline.core.showntext import SHOWN_XPATH, Hidden, page_hidden

__all__ = ["HtmlElement"]

#: Work is capped so a 1 MB page stays well under half a second; records sit near the top of a
#: document far more often than after its first 30 000 elements.
MAX_ELEMENTS = 30_000

#: Characters of a candidate record read to see whether it shows a price or a date.
TEXT_HEAD_CHARS = 600

#: Subtrees whose text never shows on the page (or is vector art), so they never hold a field.
HIDDEN_TAGS = frozenset(
    {"script", "style", "noscript", "template", "svg", "head", "iframe", "object", "canvas", "math"}
)

#: Heading elements, h1 to h6.
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})

#: Same text rule as ``pipeline.core.extract.node_text``, so proposed values match extraction.
VISIBLE_TEXT_XPATH = SHOWN_XPATH

_CSS_IDENT = re.compile(r"^-?[_a-zA-Z][_a-zA-Z0-9-]*$")

#: The class tokens of the page being analysed (``analysing``). A few judgements need the
#: whole page: a family of generated classes (``dcr-1x5kxg4``, ``atm_9s_1txwivl``) is told from
#: words by its many members, which a single token cannot show.
_PAGE_CLASSES: ContextVar[frozenset[str]] = ContextVar("page_classes", default=frozenset())
#: What the page being analysed hides, learnt in one walk: its elements' texts are read by the
#: thousand, each otherwise searching its subtree and its ancestors for hidden ones.
_PAGE_HIDDEN: ContextVar[Hidden | None] = ContextVar("page_hidden", default=None)


@dataclass
class DomIndex:
    """The capped list of visible elements of a page and cheap per-element measures."""

    root: HtmlElement
    elements: list[HtmlElement] = field(default_factory=list)
    text_len: dict[HtmlElement, int] = field(default_factory=dict)
    link_len: dict[HtmlElement, int] = field(default_factory=dict)
    truncated: bool = False

    texts: dict[HtmlElement, str] = field(default_factory=dict)
    #: A content region's text less its chrome's (``flatindex``), walked once for all its groups.
    chrome_free_text: dict[HtmlElement, int] = field(default_factory=dict)

    def text_of(self, element: HtmlElement) -> int:
        return self.text_len.get(element, 0)

    def text_head(self, element: HtmlElement, limit: int = TEXT_HEAD_CHARS) -> str:
        """The start of the element's text: enough to see a price or a date in a record without
        reading a whole section when a candidate group is a page region."""
        if self.text_of(element) <= limit:
            return self.full_text(element)
        parts: list[str] = []
        size = 0
        for piece in element.itertext():
            parts.append(piece)
            size += len(piece)
            if size >= limit:
                break
        return clean_text(" ".join(parts))

    def full_text(self, element: HtmlElement) -> str:
        """``full_text``, computed once per element: groups share members and samples."""
        text = self.texts.get(element)
        if text is None:
            text = self.texts[element] = full_text(element)
        return text


def is_element(node: object) -> bool:
    """True for real elements (lxml also yields comments and processing instructions)."""
    return isinstance(node, HtmlElement) and isinstance(node.tag, str)


def previous_element(element: HtmlElement) -> HtmlElement | None:
    """The element sibling just before ``element``, comments and processing instructions skipped."""
    return next((s for s in element.itersiblings(preceding=True) if isinstance(s.tag, str)), None)


def next_element(element: HtmlElement) -> HtmlElement | None:
    """The element sibling just after ``element``, comments and processing instructions skipped."""
    return next((s for s in element.itersiblings() if isinstance(s.tag, str)), None)


def is_inside(element: HtmlElement, outer: HtmlElement) -> bool:
    """Whether ``outer`` is one of ``element``'s ancestors."""
    return any(a is outer for a in element.iterancestors())


def innermost(elements: list[HtmlElement]) -> list[HtmlElement]:
    """The elements that hold none of the others, in their order ("£24.00", not "£24.00 £28.00")."""
    ids = {id(e) for e in elements}  # ids are stable while ``elements`` holds them
    return [e for e in elements if not any(id(d) in ids for d in e.iterdescendants())]


def has_link(element: HtmlElement) -> bool:
    return next(iter(element.iter("a")), None) is not None


#: Attributes holding an address the heuristics split and join.
_ADDRESS_ATTRIBUTES = ("href", "src", "action")


def drop_malformed_addresses(root: HtmlElement) -> None:
    """Take out the addresses no request could be made to (``href="http://[oops/"``): the many
    heuristics that split a link's path would each raise on one, and the list around it would be
    lost. The engine reads such an address as no value."""
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        for attribute in _ADDRESS_ATTRIBUTES:
            value = element.get(attribute)
            if value is not None and "[" in value:
                try:
                    urlsplit(value.strip())
                except ValueError:
                    del element.attrib[attribute]


def drop_comments(root: HtmlElement) -> None:
    """Take comments out of the tree, keeping the text after them where it was.

    React renders ``Reviews<!-- --> <!-- -->12,483`` and ``<b>Date<!-- -->:</b> <!-- -->May 2``:
    the text of one line split over comment tails, which the heuristics (reading an element's
    ``text`` and its children's ``tail``) would miss. The engine reads the same text either way.
    """
    for comment in [c for c in root.iter() if not isinstance(c.tag, str)]:
        parent = comment.getparent()
        if parent is None:
            continue
        tail = comment.tail or ""
        previous = comment.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
        parent.remove(comment)  # lxml drops an element's tail with it: moved above first


def tag_of(element: HtmlElement) -> str:
    return element.tag.lower() if isinstance(element.tag, str) else ""


def child_elements(element: HtmlElement) -> list[HtmlElement]:
    return [c for c in element if is_element(c) and tag_of(c) not in HIDDEN_TAGS]


def build_index(root: HtmlElement, limit: int = MAX_ELEMENTS) -> DomIndex:
    """Walk ``root`` depth-first (no recursion: pages can nest thousands deep), capped at ``limit``."""
    index = DomIndex(root=root)
    stack = [root]
    while stack:
        element = stack.pop()
        if len(index.elements) >= limit:
            index.truncated = True
            break
        index.elements.append(element)
        stack.extend(reversed(child_elements(element)))
    _measure_text(index)
    return index


def page_classes() -> frozenset[str]:
    """The class tokens of the page being analysed (``analysing``); none outside an analysis."""
    return _PAGE_CLASSES.get()


@contextmanager
def analysing(index: DomIndex) -> Iterator[None]:
    """Within the block, ``index``'s page is the page being analysed: its classes are
    ``page_classes`` and ``full_text`` knows what it hides, and ``pagememo.per_page`` judgements
    are remembered; the page analysed before (none, usually) is back afterwards."""
    token = _PAGE_CLASSES.set(frozenset(t for e in index.elements for t in (e.get("class") or "").split()))
    hidden = _PAGE_HIDDEN.set(page_hidden(index.root))
    try:
        with remembering():
            yield
    finally:
        _PAGE_HIDDEN.reset(hidden)
        _PAGE_CLASSES.reset(token)


def _measure_text(index: DomIndex) -> None:
    # Children come after their parent in document order, so a reversed pass sees them first.
    for element in reversed(index.elements):
        own = _visible_len(element.text)
        links = 0
        for child in element:
            own += _visible_len(child.tail)
            if is_element(child):
                own += index.text_len.get(child, 0)
                links += index.link_len.get(child, 0)
        index.text_len[element] = own
        index.link_len[element] = own if tag_of(element) == "a" else links


def _visible_len(text: str | None) -> int:
    return len(text.strip()) if text else 0


def own_text(element: HtmlElement) -> str:
    """Text written directly in ``element`` (not in its children), whitespace-normalised."""
    parts = [element.text or ""]
    parts.extend(child.tail or "" for child in element)
    return clean_text(" ".join(parts))


def text_before_child(wrapper: HtmlElement, child: HtmlElement) -> str:
    """The text ``wrapper`` shows before its child ``child``, whitespace-normalised: a caption
    ("Was:", "Previous price") beside the value it names."""
    parts = [wrapper.text or ""]
    for sibling in wrapper:
        if sibling is child:
            break
        parts += [full_text(sibling) if is_element(sibling) else "", sibling.tail or ""]
    return clean_text(" ".join(parts))


def leading_text(element: HtmlElement) -> str:
    """Text before the first child element: where inline labels such as ``Origin:`` live."""
    return clean_text(element.text or "")


@per_page  # a record's texts are read by many judgements: each element is read a dozen times
def full_text(element: HtmlElement) -> str:
    """Visible text of ``element`` exactly as the extraction engine reads it."""
    hidden = _PAGE_HIDDEN.get()
    return element_text(element, hidden if hidden is not None and hidden.holds(element) else None)


def icon_titles(element: HtmlElement) -> list[str]:
    """The ``<title>`` of each ``<svg>`` icon in ``element`` (itself one, or inside it): no text of
    the element (a tooltip at most), but what names an icon-only control ("Next page", "Search")."""
    titles = (next((c for c in svg if is_element(c) and tag_of(c) == "title"), None) for svg in element.iter("svg"))
    return [said for t in titles if t is not None and (said := clean_text(t.text_content()))]


def icon_title_css(tag: str, title: str) -> str:
    """A selector for the ``tag`` element showing the icon titled ``title``: an element, not an
    attribute, so it is found by its words."""
    return f"{tag}:has(svg > title:contains({css_string(title)}))"


def css_ident(value: str) -> bool:
    """Whether ``value`` can be written bare in a CSS selector (class or id)."""
    return bool(_CSS_IDENT.match(value))


def css_string(value: str) -> str:
    """``value`` as a quoted CSS string (line breaks escaped: a raw one ends the string)."""
    # Hex escapes throughout: cssselect reads "\\c" as a form feed, never as a backslash and a "c".
    escaped = value.replace("\\", "\\5c ").replace('"', "\\22 ").replace("\x00", "\ufffd")
    escaped = escaped.replace("\n", "\\a ").replace("\r", "\\d ").replace("\f", "\\c ")
    return f'"{escaped}"'
