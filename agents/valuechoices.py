"""Pagination over a parameter's listed values: the page's controls name every choice the script loads.

scrapethissite's Oscars page lists ``<a class="year-link" id="2015">`` … ``id="2010"`` and loads
``?ajax=true&year=2015`` when one is clicked. The endpoint the Scout found answers for one year; the
crawl asks it for each year the controls list (``PaginationSpec(kind="param_values")``).
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

from parsel import Selector

from agents.firstview import PAGE_NAMES, names_page_number
from agents.heuristics.urlpaging import is_paging_param
from agents.scriptcalls import named_control_values
from pipeline.core.pagingspec import PaginationSpec

#: More choices than this is not a list of tabs or years (a crawl would hammer the site).
MAX_VALUES = 200


def choice_pagination(page: Selector, endpoint: str) -> PaginationSpec | None:
    """``param_values`` pagination when ``endpoint`` asks for one of the choices a control group on
    ``page`` names (the group's class, attributes or parent name the parameter), else None; an endpoint
    asked with a page number is paged by it: its filters' choices are views of one list, not its pages
    (a post's ``?p=123`` is no page number: ``firstview.names_page_number``)."""
    query = parse_qsl(urlsplit(endpoint).query, keep_blank_values=True)
    if any(names_page_number(name, value) for name, value in query):
        return None
    for name, value in query:
        if PAGE_NAMES.match(name) or is_paging_param(name):
            continue  # a page number, offset or page size (a "20 per page" select) is no choice of records
        values = named_control_values(page, name)
        if value in values and len(values) <= MAX_VALUES:
            return PaginationSpec(
                kind="param_values", param=name, values=tuple(values), max_pages=len(values), value_in_key=True
            )
    return None
