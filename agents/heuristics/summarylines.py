"""The summary a detail page writes right under its title block, apart from its long body: a
package's one-line description, an article's standfirst, a product's tagline.

The title block is the widest block around the main heading that still says little (the name, an
install command, a date); the summary is the one paragraph making up the block right after it.
A byline, a date or a fact are too short to be one, and a paragraph of the body the page's text
is read from is that text's opening, not a summary.
"""

from __future__ import annotations

from agents.heuristics.dom import HtmlElement, full_text, is_inside
from agents.heuristics.pairs import is_label_pair
from agents.heuristics.sitenotices import is_site_notice

#: A title block says at most this much: the name and a few short lines beside it.
MAX_TITLE_BLOCK_CHARS = 200
#: A summary says a sentence: at least this many words, at most this many characters.
MIN_SUMMARY_WORDS = 6
MAX_SUMMARY_CHARS = 300
#: Elements that make a paragraph a control or a command, not a summary.
_CONTROLS = ".//button | .//input | .//select | .//textarea | .//code"


def summary_under_title(
    heading: HtmlElement, container: HtmlElement, blocked: set[int], body: HtmlElement | None
) -> HtmlElement | None:
    """The paragraph summing the entity up right after its title block, outside ``body`` (the text read)."""
    block = _title_block(heading, container)
    after = next((s for s in block.itersiblings() if isinstance(s.tag, str)), None)
    if after is None or id(after) in blocked:
        return None
    paragraphs = after.xpath("descendant-or-self::p")
    if len(paragraphs) != 1:
        return None
    paragraph = paragraphs[0]
    text = full_text(paragraph)
    if text != full_text(after) or len(text.split()) < MIN_SUMMARY_WORDS or len(text) > MAX_SUMMARY_CHARS:
        return None
    if body is not None and (paragraph is body or is_inside(paragraph, body) or is_inside(body, paragraph)):
        return None
    if paragraph.xpath(_CONTROLS) or is_label_pair(paragraph) or is_site_notice(text):
        return None
    return paragraph


def _title_block(heading: HtmlElement, container: HtmlElement) -> HtmlElement:
    block = heading
    for ancestor in heading.iterancestors():
        if ancestor is container or len(full_text(ancestor)) > MAX_TITLE_BLOCK_CHARS:
            break
        block = ancestor
    return block
