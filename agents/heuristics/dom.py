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
from itertools import islice

# lxml ships no type stubs (lxml-stubs is not a project dependency): this module is the one
# place that imports it, so the rest of the heuristics share one typed name for elements.
from lxml.html import HtmlElement  # type: ignore[import-untyped]

from agents.heuristics.chromeclasses import CHROME_WORDS, chrome_word
from agents.heuristics.purchaseforms import is_purchase_form
from pipeline.core.cleantext import clean_text
from pipeline.core.extract import element_text

__all__ = ["CHROME_WORDS", "HtmlElement"]

#: Work is capped so a 1 MB page stays well under half a second; records sit near the top of a
#: document far more often than after its first 30 000 elements.
MAX_ELEMENTS = 30_000

#: Characters of a candidate record read to see whether it shows a price or a date.
TEXT_HEAD_CHARS = 600

#: Subtrees whose text never shows on the page (or is vector art), so they never hold a field.
HIDDEN_TAGS = frozenset(
    {"script", "style", "noscript", "template", "svg", "head", "iframe", "object", "canvas", "math"}
)

#: Regions of a page that hold site chrome rather than content.
CHROME_TAGS = frozenset({"nav", "header", "footer", "aside", "form", "menu"})
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
SECTIONING_TAGS = frozenset({"article", "main", "section", "aside", "nav"})
#: Heading elements, h1 to h6.
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "menu", "menubar", "search"})
#: Marks that name no region: state classes of a page's frame ("with_header", "has-sidebar",
#: "no-footer") say what the page has around its content, and script hooks ("js-navigation-item",
#: id "js-issues-toolbar") say which script drives an element (keyboard navigation over a list's
#: rows), so neither makes its element a header, a menu or a toolbar.
_STATE_CLASS = re.compile(r"(?:^|(?<=\s))(?:with|has|no|without|show|hide|js)[-_]\S+", re.IGNORECASE)

#: Same text rule as ``pipeline.core.extract.node_text``, so proposed values match extraction.
VISIBLE_TEXT_XPATH = ".//text()[not(ancestor::script or ancestor::style or ancestor::noscript or ancestor::template)]"

_CSS_IDENT = re.compile(r"^-?[_a-zA-Z][_a-zA-Z0-9-]*$")

#: The class tokens of the page being analysed (``analysing``). A few judgements need the
#: whole page: a family of generated classes (``dcr-1x5kxg4``, ``atm_9s_1txwivl``) is told from
#: words by its many members, which a single token cannot show.
_PAGE_CLASSES: ContextVar[frozenset[str]] = ContextVar("page_classes", default=frozenset())


@dataclass
class DomIndex:
    """The capped list of visible elements of a page and cheap per-element measures."""

    root: HtmlElement
    elements: list[HtmlElement] = field(default_factory=list)
    text_len: dict[HtmlElement, int] = field(default_factory=dict)
    link_len: dict[HtmlElement, int] = field(default_factory=dict)
    truncated: bool = False

    texts: dict[HtmlElement, str] = field(default_factory=dict)

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


def is_inside(element: HtmlElement, outer: HtmlElement) -> bool:
    """Whether ``outer`` is one of ``element``'s ancestors."""
    return any(a is outer for a in element.iterancestors())


def innermost(elements: list[HtmlElement]) -> list[HtmlElement]:
    """The elements that hold none of the others, in their order ("£24.00", not "£24.00 £28.00")."""
    ids = {id(e) for e in elements}  # ids are stable while ``elements`` holds them
    return [e for e in elements if not any(id(d) in ids for d in e.iterdescendants())]


def has_link(element: HtmlElement) -> bool:
    return next(iter(element.iter("a")), None) is not None


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
    ``page_classes``; the page analysed before (none, usually) is back afterwards."""
    token = _PAGE_CLASSES.set(frozenset(t for e in index.elements for t in (e.get("class") or "").split()))
    try:
        yield
    finally:
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


def full_text(element: HtmlElement) -> str:
    """Visible text of ``element`` exactly as the extraction engine reads it."""
    return element_text(element)


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
    if word == "header" and any(tag_of(a) in ("main", "article") for a in element.iterancestors()):
        return False  # the main content's own header (a repository's name, owner and counters)
    return word is not None and not _frames_the_page(element)


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


def css_ident(value: str) -> bool:
    """Whether ``value`` can be written bare in a CSS selector (class or id)."""
    return bool(_CSS_IDENT.match(value))


def css_string(value: str) -> str:
    """``value`` as a quoted CSS string."""
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'
