"""A list page's only list being a rail of other items: the page's own records are elsewhere.

A "You may also like" rail or a "Recommended for you" carousel a server renders around an app
(or under a page whose records a script fetches) is a list, but never the page's own: the page
labels it as other items (``relatedlists``). Read alone, it would stand for the page's records and
keep the Scout from the data the page's scripts fetch.
"""

from __future__ import annotations

from parsel import Selector

from agents.heuristics.dom import HtmlElement
from agents.heuristics.relatedlists import PageLists, related_block
from pipeline.core.schemas import PageProfile

#: Records a list needs before its block's label is looked for.
MIN_SIDE_RECORDS = 2


def side_list_block(html: Selector, profile: PageProfile) -> HtmlElement | None:
    """The block labelling the records of the list ``profile`` reads from ``html`` as other items,
    or None (a detail profile, a list read from JSON, a list the page does not label so)."""
    spec = profile.spec
    if spec.mode != "list" or spec.json_source is not None or not spec.record_selector:
        return None
    try:
        members = [node.root for node in html.css(spec.record_selector)]
    except ValueError:  # a selector parsel cannot read (the Scout's own are always readable)
        return None
    members = [m for m in members if isinstance(m, HtmlElement)]
    if len(members) < MIN_SIDE_RECORDS:
        return None
    return related_block(members, PageLists([members], None).fence(members), one_per_wrapper=True)
