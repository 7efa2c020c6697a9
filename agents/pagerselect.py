"""Selector parts the pager probes share (``agents.steplinkprobe``, ``agents.markednextprobe``): an
element's tag as a selector writes it, the pager block around a link, and the first link a selector
finds."""

from __future__ import annotations

from urllib.parse import urljoin

from cssselect import SelectorError
from parsel import Selector

from agents.heuristics.classtokens import semantic_classes
from agents.heuristics.dom import HtmlElement, css_ident, tag_of


def css_tag(element: HtmlElement) -> str:
    """The element's tag as a selector writes it: "*" for a name CSS cannot write bare (``<p:q>``)."""
    tag = tag_of(element)
    return tag if css_ident(tag) else "*"


def pager_scope(element: HtmlElement) -> str | None:
    """``element`` as a selector's scope: by its first semantic class, its id, or as a ``nav``; else None."""
    classes = semantic_classes(element)
    if classes:
        return f"{css_tag(element)}.{classes[0]}"
    ident = element.get("id") or ""
    if ident.replace("-", "").replace("_", "").isalnum() and ident[:1].isalpha():
        return f"{css_tag(element)}#{ident}"
    return "nav" if tag_of(element) == "nav" else None


def first_link(page: Selector, css: str, base: str) -> str | None:
    """The address (resolved against ``base``) of the first link ``css`` finds that names one."""
    try:
        hrefs = page.css(css).xpath("@href").getall()
    except (SelectorError, ValueError):  # a class parsel cannot read finds nothing
        return None
    for raw in hrefs:
        href = raw.strip()
        if href and not href.startswith(("#", "javascript:")):
            try:
                return urljoin(base, href)
            except ValueError:
                return None
    return None
