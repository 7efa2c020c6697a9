"""Whether an element sits in the body text of an article or a description.

A job ad's description ends with "Work location: Hybrid", "Application deadline: 31/03/2025";
a blog post's paragraphs hold "Nice to have: Terraform". Those lines are part of the text a
reader reads, not facts of the entity: a detail page's facts stand in blocks of their own
(definition lists, spec tables, a short list of facts near the title, an "Item details" section),
whose neighbours are other facts, not paragraphs of sentences.
"""

from __future__ import annotations

import re

from agents.heuristics.dom import HtmlElement, full_text, tag_of

#: Wrappers climbed from a "Label: value" line to find the body text holding it.
PROSE_DEPTH = 3
#: A paragraph of prose says at least this many words...
MIN_PROSE_WORDS = 12
#: ...and a body text holds at least this many such paragraphs side by side.
MIN_PROSE_PARAGRAPHS = 2
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def in_prose_body(element: HtmlElement, container: HtmlElement) -> bool:
    """Whether ``element`` is a line of a block of prose: one of its near wrappers (the element
    itself, its list, the block) holds two or more paragraphs of sentences as its own children."""
    node = element.getparent()
    for _ in range(PROSE_DEPTH):
        if node is None:
            return False
        if sum(1 for child in node if _is_prose(child)) >= MIN_PROSE_PARAGRAPHS:
            return True
        if node is container:
            return False
        node = node.getparent()
    return False


def _is_prose(element: HtmlElement) -> bool:
    if not isinstance(element.tag, str) or tag_of(element) != "p":
        return False
    text = full_text(element)
    return len(text.split()) >= MIN_PROSE_WORDS and bool(_SENTENCE_END.search(text))
