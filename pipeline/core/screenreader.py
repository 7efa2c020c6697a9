"""Text kept for screen readers only: ``<span class="sr-only">mins</span>`` beside "20 minutes".

A value reads what a person sees. A screen-reader copy inside it ("Posted Posted 3 days ago",
"20 minutes mins") is left out, unless it is all the element says (a rating whose only written
form is "4.5 out of 5 stars" beside a row of star icons): then it is the value.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from lxml import etree  # type: ignore[import-untyped]

from pipeline.core.normalize import join_texts

#: Classes of text kept for screen readers only; a design system may prefix its own
#: (``wt-screen-reader-only``, ``u-sr-only``).
SCREEN_READER_CLASS = re.compile(
    r"(?:^|\s)(?:a-offscreen|(?:[a-z0-9]{1,12}-)?(?:sr-only|screen-reader-only|screen-reader-text|screenreader|"
    r"visually-hidden|visuallyhidden|a11y-hidden|assistive-text))(?:$|\s)"
)

# Substrings every such class holds: one cheap XPath call finds the candidates, so the elements
# without a copy (nearly all) cost little more than before; the pattern then decides.
_CANDIDATES = etree.XPath(
    ".//*[@class][contains(@class, 'sr-only') or contains(@class, 'screen-reader') or contains(@class, 'screenreader')"
    " or contains(@class, 'visually') or contains(@class, 'offscreen') or contains(@class, 'a11y-hidden')"
    " or contains(@class, 'assistive-text')]",
    smart_strings=False,
)


def for_screen_readers(element: Any) -> bool:
    """Whether the element's class hides its text from sight and keeps it for screen readers."""
    return bool(SCREEN_READER_CLASS.search(str(element.get("class") or "")))


def text_without_copies(root: Any, texts: Callable[[Any], list[Any]]) -> str | None:
    """The text of ``root`` without the screen-reader copies inside it; None when it holds none,
    or when they are all of its text. ``texts``: the caller's text-node XPath, with smart strings."""
    if not any(for_screen_readers(element) for element in _CANDIDATES(root)):
        return None
    shown = [str(node) for node in texts(root) if not _inside_copy(node, root)]
    text = join_texts(shown)
    return text or None


def _inside_copy(node: Any, root: Any) -> bool:
    """Whether a text node lies in a screen-reader copy between itself and ``root``."""
    element = node.getparent()
    if element is None:
        return False
    if node.is_tail:  # a tail belongs to the element's parent, after the element
        element = element.getparent()
    while element is not None and element is not root:
        if isinstance(element.tag, str) and for_screen_readers(element):
            return True
        element = element.getparent()
    return False
