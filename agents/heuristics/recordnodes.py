"""The elements a spec's record selector finds on a page: what the pager rules read links against
(a link inside a record is that record's, not the list's pager)."""

from __future__ import annotations

from cssselect import SelectorError
from parsel import Selector

from agents.heuristics.dom import HtmlElement


def record_elements(page: Selector, record_selector: str) -> set[HtmlElement]:
    """The records' elements; none for no selector or one parsel cannot read."""
    if not record_selector:
        return set()
    try:
        return {node.root for node in page.css(record_selector)}
    except (SelectorError, ValueError):  # a selector parsel cannot read finds no records here either
        return set()
