"""Captions written apart from their colon: ``<span>Level</span><span>: </span><span>Beginner</span>``.

Moodle's course custom fields, Drupal's inline field labels and many templates print a field's
name, the colon and the value as three siblings (or the colon as the caption's tail:
``<b>Fee</b>: <span>£149.00</span>``). A person reads "Level: Beginner" as one labelled value:
the caption names the value after it and the colon is only the mark between them, so neither is
a value of the record, and the value is found by its caption, not by its place among the others.
"""

from __future__ import annotations

import re

from agents.heuristics.dom import (
    HtmlElement,
    child_elements,
    full_text,
    is_element,
    next_element,
    previous_element,
    tag_of,
)

#: A caption is a short name: a word or a few, no figures ("Start date", "Fee", "Skill level").
MAX_CAPTION_CHARS = 30
#: The mark between a caption and its value: a colon alone (full-width too), spaces around it.
_COLON = re.compile(r"^\s*[:：]\s*$")
_CAPTION = re.compile(r"^[^\W\d_][^\d:：]{0,29}$")


def is_colon_mark(element: HtmlElement) -> bool:
    """Whether ``element`` shows a colon and nothing else (``<span>: </span>``)."""
    return is_element(element) and not child_elements(element) and bool(_COLON.match(element.text_content()))


def _is_caption(element: HtmlElement) -> bool:
    """A short name without links or figures, in an element holding no other element."""
    if child_elements(element) or tag_of(element) == "a" or any(True for _ in element.iter("a")):
        return False
    return bool(_CAPTION.match(full_text(element)))


def caption_before(value: HtmlElement) -> HtmlElement | None:
    """The caption naming ``value`` across a colon: the element before a colon mark just before
    ``value``, or the element just before it whose tail is the colon. None otherwise."""
    previous = previous_element(value)
    if previous is None or (value.getprevious() is not previous and _text_between(previous, value)):
        return None
    if is_colon_mark(previous) and not (previous.tail or "").strip():
        caption = previous_element(previous)
        if caption is not None and not (caption.tail or "").strip() and _is_caption(caption):
            return caption
        return None
    if _COLON.match(previous.tail or "") and _is_caption(previous):
        return previous
    return None


def _text_between(previous: HtmlElement, value: HtmlElement) -> bool:
    """Whether comments or processing instructions between two siblings carry text of their own."""
    node = previous.getnext()
    while node is not None and node is not value:
        if (node.tail or "").strip():
            return True
        node = node.getnext()
    return False


def split_caption(value: HtmlElement) -> str | None:
    """The caption text naming ``value`` across a colon (see ``caption_before``)."""
    caption = caption_before(value)
    return full_text(caption) if caption is not None else None


def captions_a_value(element: HtmlElement) -> bool:
    """Whether ``element`` is such a caption: a value after its colon names it as its own."""
    after = next_element(element)
    if after is None:
        return False
    if is_colon_mark(after):
        after = next_element(after)
    return after is not None and bool(full_text(after)) and caption_before(after) is element
