"""An Article whose body is a list: a "Best X of 2025" roundup, a listicle.

A page declaring one main entity (JSON-LD, ``og:type``) is a detail page, and its lists are side
blocks: a product's reviews, a story's related links. A roundup declares an Article too, yet the
article is the list of the things it compares: the cards hold most of its text. Only writing can
be made of other items; a Product's or a JobPosting's page stays one entity whatever it lists.
"""

from __future__ import annotations

from agents.heuristics.dom import DomIndex, HtmlElement
from agents.heuristics.relatedlists import Fence, others_block
from agents.heuristics.structured import StructuredData


def is_article_body(
    index: DomIndex,
    structured: StructuredData,
    members: list[HtmlElement],
    fence: Fence,
    content: HtmlElement,
    share: float,
) -> bool:
    """Whether ``members`` are the body of the Article the page declares: they hold ``share`` of
    the main ``content``'s text or more, and are not the article's reviews or comments."""
    list_text = sum(index.text_of(m) for m in members)
    return (
        structured.says_article
        and list_text >= share * max(1, index.text_of(content))
        and others_block(members, fence) is None
    )
