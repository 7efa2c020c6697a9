"""Find how to reach the next page of a list: rel=next, a "next" link, a page number or an offset parameter.

The finders are tried in turn (``nextlinks``, ``numberedpager``, ``pageurls``, ``loadmore``,
``nextbuttons``: a "Next" button naming its URL in an attribute or its ``onclick``, ``formpager``:
a form whose submit reads "Next", ``pageselect``: a "Page [1 ▾] of 3" drop-down, page radio
buttons or a jump menu, then ``tabpages``: day or letter tabs that split the list, when
no pager is found, and last a bare row of parts "1 2 3" with one marked current). A date
picker's "Next week" arrow is no pager: a bar of day tabs beside it wins, and it is taken last.
A bare "More" leading off the list's pages (a sidebar's link to a category) is taken only after a
numbered pager and a "Load more" control. A candidate that only resizes the page ("fewer | more |
all": ``?show=25``) or goes no further than the current page is no next page.
"""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

from parsel import Selector

from agents.heuristics.formpager import next_form
from agents.heuristics.linkedpages import picture_pagination
from agents.heuristics.loadmore import load_more_button
from agents.heuristics.nextbuttons import next_button
from agents.heuristics.nextlinks import next_link, rel_next
from agents.heuristics.numberedpager import after_current, numbers_row
from agents.heuristics.pageselect import jump_menu, page_select
from agents.heuristics.pageurls import numbered_param, offset_param, page_param
from agents.heuristics.pagewordlinks import by_page_word
from agents.heuristics.paginationfinding import PaginationFinding
from agents.heuristics.tabpages import tab_pages
from pipeline.core.pagingspec import PaginationSpec


def find_pagination(page: Selector, url: str) -> PaginationFinding:
    """The best way to the next page, with a note saying what was found."""
    if page.type != "html":  # parsel reads a JSON "page" (an endpoint added directly) as JSON
        return PaginationFinding(PaginationSpec(kind="none"), "pagination: none (the page is not HTML)")
    elsewhere: tuple[str, str] | None = None
    for finder in (rel_next, next_link, after_current):
        found = finder(page, url)
        if found is not None and not _same_host(url, found[1]):
            # A head's absolute rel=next may name the site's canonical host (a CMS configured
            # for another address); the visible link on this host comes first.
            elsewhere = elsewhere or found
            continue
        if found is not None:
            css, href = found
            next_url = urljoin(url, href)
            param = page_param(url, next_url, page) or offset_param(url, next_url, page)
            if param is not None and (finder is after_current or by_page_word(css)):
                return param
            return PaginationFinding(
                PaginationSpec(kind="next_link", next_selector=css),
                f"pagination: next link {css!r} -> {href}",
            )
    numbered = numbered_param(page, url) or picture_pagination(page, url)
    if numbered is not None:
        return numbered
    for control in (load_more_button, _more_elsewhere, next_button, next_form, page_select, jump_menu):
        found_by_control = control(page, url)
        if found_by_control is not None:
            return found_by_control
    tabs = tab_pages(page, url)
    if tabs is not None:
        return tabs
    calendar = next_link(page, url, calendar=True)
    if calendar is not None and _same_host(url, calendar[1]):
        css, href = calendar
        return PaginationFinding(
            PaginationSpec(kind="next_link", next_selector=css), f"pagination: next day or week {css!r} -> {href}"
        )
    if elsewhere is not None:
        return _on_another_host(page, url, *elsewhere)
    series = numbers_row(page, url)
    if series is not None:
        css, href = series
        return PaginationFinding(
            PaginationSpec(kind="next_link", next_selector=css), f"pagination: next part {css!r} -> {href}"
        )
    return PaginationFinding(PaginationSpec(kind="none"), "pagination: none found (single page)")


def _on_another_host(page: Selector, url: str, css: str, href: str) -> PaginationFinding:
    """A next link naming another host (a head's rel=next on the canonical host): counted on this host
    where it only moves this list's page number or offset (a copy served elsewhere, a CMS set up for
    another address), else followed where it leads."""
    counted = page_param(url, urljoin(url, href), page) or offset_param(url, urljoin(url, href), page)
    if counted is not None:
        return counted
    return PaginationFinding(
        PaginationSpec(kind="next_link", next_selector=css), f"pagination: next link {css!r} -> {href}"
    )


def _more_elsewhere(page: Selector, url: str) -> PaginationFinding | None:
    """A bare "More" leading off this list's pages: a sidebar's link to a category as often as a
    pager's, so taken only when no numbered pager and no "Load more" control was found."""
    found = next_link(page, url, elsewhere_more=True)
    if found is None or not _same_host(url, found[1]):
        return None
    css, href = found
    return PaginationFinding(
        PaginationSpec(kind="next_link", next_selector=css), f"pagination: 'more' link {css!r} -> {href}"
    )


def _same_host(url: str, href: str) -> bool:
    try:
        return urlsplit(urljoin(url, href)).netloc.lower() == urlsplit(url).netloc.lower()
    except ValueError:  # "http://[oops/": no address, on no host
        return False
