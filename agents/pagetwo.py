"""The ways to page 2 the param-page probe (``pageprobe.probe_param_pages``) asks, in turn.

A page that loads more by script is asked for its second page first as the site itself writes
that address: as its numbered links print page 2 (another parameter, another form of the
address: ``linkedpages``), then as its script writes it (``writtenpages``), and last as guessed
from page 1's own address: the next offset when it names one (``?start=0``), else the next number
of the page parameter it names (``?p=1``), else ``?page=2``.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

from parsel import Selector

from agents.heuristics.lastpage import MAX_DIGITS, last_page_number
from agents.heuristics.linkedpages import linked_next_page
from agents.heuristics.pageurls import PAGE_PARAM_NAMES, pages_to_last
from agents.heuristics.urlpaging import offset_pagination
from agents.heuristics.writtenpages import written_pagination
from pipeline.core.pagingspec import DEFAULT_MAX_PAGES, PaginationSpec
from pipeline.core.valuepages import with_query_param

#: The page parameter guessed where page 1's address names none.
PARAM = "page"


def page_two_candidates(html: Selector, url: str, pagination: PaginationSpec) -> list[PaginationSpec]:
    """The ways to page 2 the probe asks, in turn: as the page's numbered links print it (another
    parameter, another form of the address: ``linkedpages``), as its script writes it
    (``writtenpages``), then ``pagination``, the guess from page 1's own address."""
    found = []
    linked = linked_next_page(html, url)
    if linked is not None:
        onward = str(linked.current + 1)
        own_form = with_query_param(url, linked.param, onward) == with_query_param(linked.address, linked.param, onward)
        pages = pages_to_last(last_page_number(html, linked.param, linked.current), linked.current)
        found.append(
            PaginationSpec(
                kind="page_param",
                param=linked.param,
                start=linked.current,
                max_pages=pages,
                endpoint=None if own_form else linked.address,
            )
        )
    written = written_pagination(html, url, pagination)
    return [*found, *([written] if written is not None else []), pagination]


def guessed_pagination(url: str, records: int, last: int | None) -> PaginationSpec:
    """The next offset when the URL names one, else the next ``?page=``."""
    offset = offset_pagination(url, records)
    if offset is not None:
        return offset.model_copy(update={"max_pages": DEFAULT_MAX_PAGES})
    param, here = named_page(url) or (PARAM, "")
    current = int(here) if here.isdigit() else 1
    return PaginationSpec(kind="page_param", param=param, start=current, max_pages=pages_to_last(last, current))


def named_page(url: str) -> tuple[str, str] | None:
    """The page-number parameter the page's own address names (``?p=1``) and its value."""
    for name, value in parse_qsl(urlsplit(url).query):
        if name.lower() in PAGE_PARAM_NAMES and value.isascii() and value.isdigit() and len(value) <= MAX_DIGITS:
            return name, value
    return None
