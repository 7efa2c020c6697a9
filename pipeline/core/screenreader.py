"""Text kept for screen readers only: ``<span class="sr-only">mins</span>`` beside "20 minutes".

A value reads what a person sees. A screen-reader copy inside it ("Posted Posted 3 days ago",
"20 minutes mins") is left out, unless it is all the element says (a rating whose only written
form is "4.5 out of 5 stars" beside a row of star icons): then it is the value.

Pages built with CSS modules name nothing in their classes, so two class-free signs count too:
an inline style that clips the element to nothing (what every ``sr-only`` rule does), and a
spelled-out copy beside the visible abbreviation the page hides from screen readers
(``20<span> minutes</span> <span aria-hidden="true">mins</span>``).

Screen-reader text is a phrase: a caption, a label, a copy of a value shown beside it. A block
holding a paragraph of sentences under such a class is the page's content that a responsive
layout hides on a narrow screen (The Events Calendar's ``tribe-common-a11y-hidden`` description),
not a label: it is read like any other text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from lxml import etree  # type: ignore[import-untyped]

from pipeline.core.cleantext import join_texts
from pipeline.core.inlineseams import glued_texts, open_seams
from pipeline.core.responsive import sighted_on_desktop

#: Class words of text kept for screen readers only, in any case (``srOnly``, ``VisuallyHidden``).
_SCREEN_READER_WORDS = (
    r"sr-?only|screen-?reader(?:-?only|-?text)?|screenreader|visually-?hidden|a11y-?hidden|assistive-?text"
)
#: Classes of text kept for screen readers only. A design system may prefix its own
#: (``wt-screen-reader-only``, ``u-srOnly``) and a CSS module or styled component hashes its own
#: (``visuallyHidden_n2oUq``, ``styles_srOnly__x1Y2z``, ``VisuallyHidden-c11n-8__sc-hbofjb-0``);
#: ``not-sr-only`` undoes it.
SCREEN_READER_CLASS = re.compile(
    rf"(?:^|\s)(?:a-offscreen|(?![\w-]*not-sr-only)(?:[\w-]*?[-_])?(?:{_SCREEN_READER_WORDS})(?:[-_][\w-]*)?)(?:$|\s)",
    re.IGNORECASE,
)
#: Inline styles that hide an element from sight but not from screen readers: clipped to nothing,
#: or one pixel square taken out of the flow.
_CLIPPED_STYLE = re.compile(r"clip:rect\((?:0|1px)|clip-path:inset\(50%\)")
_PIXEL_BOX = re.compile(r"position:absolute")
_ONE_PIXEL = re.compile(r"(?:^|;)width:(?:0|1px)(?:;|$)")
#: The visible abbreviation is short ("mins", "bds", "sqft"); its spelled-out copy a word or two.
_MAX_ABBREVIATION = 12
_MAX_SPELLED_OUT = 30
#: A paragraph of prose says at least this many words and ends a sentence.
MIN_PROSE_WORDS = 8
_PROSE_WORD = re.compile(r"[^\W\d_]{2,}")
_SENTENCE_END = re.compile(r"[.!?…](?:\s|$)")
#: Classes of icon fonts whose ligatures are words (Material Icons / Symbols, Font Awesome…).
_ICON_CLASS = re.compile(r"icon|material|symbol|(?:^|\s)fa[srlbd]?(?:\s|-|$)", re.IGNORECASE)

# Substrings every such class or style holds, and the hidden abbreviations: one cheap XPath call
# finds the candidates, so the elements without a copy (nearly all) cost little more than before;
# the patterns then decide.
_CANDIDATES = etree.XPath(
    ".//*[@class][contains(@class, 'sr-only') or contains(@class, 'creen-reader') or contains(@class, 'creenreader')"
    " or contains(@class, 'isually') or contains(@class, 'offscreen') or contains(@class, 'a11y')"
    " or contains(@class, 'ssistive') or contains(@class, 'srOnly') or contains(@class, 'SrOnly')]"
    " | .//*[@style][contains(@style, 'clip') or contains(@style, '1px')]"
    " | .//*[@aria-hidden='true']",
    smart_strings=False,
)


def for_screen_readers(element: Any) -> bool:
    """Whether the element's class or inline style hides its text from sight and keeps it for screen
    readers; ``sr-only md:not-sr-only`` is shown on a desktop, and a block of paragraphs is content."""
    classes = str(element.get("class") or "")
    if SCREEN_READER_CLASS.search(classes):
        return not sighted_on_desktop(classes) and not holds_prose(element)
    return _clipped(element)


def holds_prose(element: Any) -> bool:
    """Whether one of the element's own children is a ``<p>`` paragraph of prose: a sentence of
    ``MIN_PROSE_WORDS`` words or more. A phrase for screen readers is never written as one."""
    for child in element.iterchildren("p"):
        text = " ".join(str(t) for t in child.itertext())
        if len(_PROSE_WORD.findall(text)) >= MIN_PROSE_WORDS and _SENTENCE_END.search(text.rstrip() + " "):
            return True
    return False


def _clipped(element: Any) -> bool:
    style = re.sub(r"\s+", "", str(element.get("style") or "")).lower()
    if not style:
        return False
    return bool(_CLIPPED_STYLE.search(style)) or bool(_PIXEL_BOX.search(style) and _ONE_PIXEL.search(style))


def spelled_out_copies(hidden: Any) -> list[Any]:
    """The screen-reader copies of an abbreviation hidden from screen readers (``aria-hidden``):
    the leaf beside it, or at the end of the element before it, whose text spells it out
    ("minutes" beside "mins", "bedrooms" beside "bds")."""
    short = _letters(_own_text(hidden))
    if not short or len(short) > _MAX_ABBREVIATION or len(hidden) or _is_icon(hidden):
        return []
    copies = []
    for sibling in (hidden.getprevious(), hidden.getnext()):
        if sibling is None or not isinstance(sibling.tag, str) or sibling.get("aria-hidden") == "true":
            continue
        leaf = sibling if not len(sibling) else sibling[-1] if sibling is hidden.getprevious() else sibling[0]
        if not isinstance(leaf.tag, str) or len(leaf):
            continue
        text = _own_text(leaf)
        # A copy spells a word out; "3 bedrooms" beside an icon named "bed" is the value itself.
        if len(text) <= _MAX_SPELLED_OUT and not any(c.isdigit() for c in text) and _abbreviates(short, _letters(text)):
            copies.append(leaf)
    return copies


def _is_icon(element: Any) -> bool:
    """An icon font's ligature ("bed", "star" in ``<i class="material-icons">``): a picture, not
    an abbreviation."""
    return element.tag == "i" or bool(_ICON_CLASS.search(str(element.get("class") or "")))


def _own_text(element: Any) -> str:
    return " ".join(str(element.text or "").split())


def _letters(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalpha())


def _abbreviates(short: str, long: str) -> bool:
    """Whether ``short`` is ``long`` written short: the same first letter, and its letters in order."""
    if not short or len(short) > len(long) or short[0] != long[0]:
        return False
    rest = iter(long)
    return all(letter in rest for letter in short)


def _copies_in(root: Any) -> set[Any]:
    found: set[Any] = set()
    for element in _CANDIDATES(root):
        if element.get("aria-hidden") == "true":
            found.update(spelled_out_copies(element))
        elif for_screen_readers(element):
            found.add(element)
    return found


def text_without_copies(root: Any, texts: Callable[[Any], list[Any]]) -> str | None:
    """The text of ``root`` without the screen-reader copies inside it; None when it holds none,
    or when they are all of its text. ``texts``: the caller's text-node XPath, with smart strings."""
    copies = _copies_in(root)
    if not copies:
        return None
    nodes = [node for node in texts(root) if not _inside_copy(node, root, copies)]
    shown = [str(node) for node in nodes]
    text = join_texts(glued_texts(nodes, for_screen_readers) if open_seams(shown) else shown)
    return text or None


def _inside_copy(node: Any, root: Any, copies: set[Any]) -> bool:
    """Whether a text node lies in a screen-reader copy between itself and ``root``."""
    element = node.getparent()
    if element is None:
        return False
    if node.is_tail:  # a tail belongs to the element's parent, after the element
        element = element.getparent()
    while element is not None and element is not root:
        if element in copies:
            return True
        element = element.getparent()
    return False
