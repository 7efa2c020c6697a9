"""Tabs that split one list over pages: ``?day=1 | ?day=2 | ?day=3``, ``?letter=A | ?letter=B``.

A schedule shows one day at a time, an A–Z index one letter: a bar of links to the same path that
differ only in one query value, one of them marked current (``aria-current``, ``active``) and that
one the page itself. The crawl asks for each tab's value in turn (``kind="param_values"``).
Sort and view switches (``?sort=new``) show the same records again and are no pages; a category
bar on a site with a pager is left to the pager, which ``pagination`` tries first.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urljoin, urlsplit

from parsel import Selector

from agents.heuristics.dom import HtmlElement, tag_of
from agents.heuristics.paginationfinding import PaginationFinding
from agents.heuristics.urlpaging import is_paging_param
from pipeline.core.pagingspec import PaginationSpec

#: Parameters that reorder, re-present or translate the same records: their tabs are no pages.
SAME_RECORDS = re.compile(
    r"^(?:sort|sort_?by|order|order_?by|dir|direction|view|layout|display|format|lang|locale|language|"
    r"currency|mode|theme|density|style|tz|timezone|ref|utm_\w{1,20})$",
    re.IGNORECASE,
)
_CURRENT_CLASSES = frozenset({"active", "current", "is-current", "is-active", "selected"})
#: A bar of more tabs than this is a list of links (an index of everything), not pages of one list.
MAX_TABS = 60
MIN_TABS = 2


def tab_pages(page: Selector, url: str) -> PaginationFinding | None:
    """``param_values`` pagination over a bar of tabs that each show part of the page's list."""
    here = urlsplit(url)
    for container in page.root.iter("nav", "div", "ul", "ol", "p", "section", "header"):
        links = _tab_links(container)
        if not MIN_TABS <= len(links) <= MAX_TABS:
            continue
        found = _split_param(_own_path_links(links, url), url)
        if found is None:
            continue
        name, tab_values, current = found
        if not _is_this_page(here.query, name, current, tab_values):
            continue
        asked = dict(parse_qsl(here.query, keep_blank_values=True)).get(name)
        # value_page_url skips the value the first URL names; a URL naming none is the current tab's.
        listed = tuple(v for v in tab_values if asked is not None or v != current)
        spec = PaginationSpec(
            kind="param_values", param=name, values=listed, max_pages=len(tab_values), value_in_key=True
        )
        return PaginationFinding(spec, f"pagination: {len(tab_values)} tabs of {name!r}, {name}={current} current")
    return None


def _tab_links(container: HtmlElement) -> list[HtmlElement]:
    """The links that are ``container``'s tabs: its children, or the one link in each child."""
    links = []
    for child in container:
        if not isinstance(child.tag, str):
            continue
        if tag_of(child) == "a":
            links.append(child)
            continue
        inner = child.xpath(".//a[@href]")
        if len(inner) != 1 or tag_of(child) not in ("li", "span", "div"):
            return []
        links.append(inner[0])
    return [link for link in links if link.get("href")]


def _own_path_links(links: list[HtmlElement], url: str) -> list[HtmlElement]:
    """The tabs that go to this page's own path. A day bar often ends in one view of another page
    ("Week", "Calendar"): such links are dropped while they stay fewer than the tabs themselves."""
    here = urlsplit(url)
    own = [link for link in links if _path_of(link, url) == (here.netloc.lower(), here.path)]
    return own if len(own) > len(links) - len(own) else links


def _path_of(link: HtmlElement, url: str) -> tuple[str, str]:
    there = urlsplit(urljoin(url, (link.get("href") or "").strip()))
    return there.netloc.lower(), there.path


def _split_param(links: list[HtmlElement], url: str) -> tuple[str, list[str], str] | None:
    """(parameter, the tabs' values in order, the current tab's value) when the links go to one
    path and differ in one parameter only, each naming its own value, and one tab is current."""
    here = urlsplit(url)
    parts = [urlsplit(urljoin(url, (link.get("href") or "").strip())) for link in links]
    if {(p.netloc.lower(), p.path) for p in parts} != {(here.netloc.lower(), here.path)}:
        return None  # tabs lead to this page's own path, or they are a menu
    queries = [dict(parse_qsl(p.query, keep_blank_values=True)) for p in parts]
    if any(len(q) != len(parse_qsl(p.query, keep_blank_values=True)) for q, p in zip(queries, parts, strict=True)):
        return None  # a repeated parameter: no single value per tab
    names = set(queries[0])
    if any(set(q) != names for q in queries):
        return None
    varying = [n for n in names if len({q[n] for q in queries}) > 1]
    if len(varying) != 1:
        return None
    name = varying[0]
    tab_values = [q[name] for q in queries]
    if len(set(tab_values)) != len(tab_values) or is_paging_param(name) or SAME_RECORDS.match(name):
        return None
    others = {k: v for k, v in queries[0].items() if k != name}
    if others != {k: v for k, v in parse_qsl(here.query, keep_blank_values=True) if k != name}:
        return None  # the crawl asks the page's own URL with each value: the rest must match
    marked = [v for link, v in zip(links, tab_values, strict=True) if _is_current(link)]
    return (name, tab_values, marked[0]) if len(marked) == 1 and all(tab_values) else None


def _is_current(link: HtmlElement) -> bool:
    for element in (link, link.getparent()):
        if element is None:
            continue
        if element.get("aria-current") in ("page", "true", "date") or element.get("aria-selected") == "true":
            return True
        if _CURRENT_CLASSES & set((element.get("class") or "").split()):
            return True
    return False


def _is_this_page(query: str, name: str, current: str, tab_values: list[str]) -> bool:
    """The page is the current tab: its URL names that value, or no value of the tabs."""
    asked = dict(parse_qsl(query, keep_blank_values=True)).get(name)
    return asked == current or (asked is None and current in tab_values)
