"""A list read from a JSON endpoint, paged as the page's own pager pages it.

A page whose script draws its records from an endpoint (``fetch("/api/products" + location.search)``)
often keeps a server-drawn pager in its markup: "Next ›", an icon labelled "Next page", numbers.
The endpoint's own address names no page (``/api/products``), so nothing about it says how to
ask for page 2, while the pager's link to ``?page=2`` says which parameter the page reads. That
parameter is put on the endpoint's address and asked once; it is taken only when the answer holds
records of the list's shape, most of them new; the endpoint's own query (``?category=lamps``) stays
as the survey read it. A pager that moves the page's path (``/catalog/page/2/``) names no parameter
the endpoint could take: it is noted, not guessed. Nor is an endpoint paged whose address lacks a
filter of the page's (``/catalog/?category=lamps`` over ``/api/products``): its pages would list other
records (``agents.heuristics.endpointfilters``). Parameters that only track the click (``utm_source``)
are read past on both sides.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urljoin, urlsplit

from parsel import Selector

from agents.datasurvey import rendered_text
from agents.fetch import FetchedPage, Fetcher
from agents.firstpage import asked_page_two
from agents.heuristics.endpointfilters import uncarried_filters
from agents.heuristics.pagerrefusals import refusal_note
from agents.heuristics.pagination import find_pagination
from agents.heuristics.paginationfinding import PaginationFinding
from agents.heuristics.trackingquery import is_tracking_parameter
from agents.heuristics.urlpaging import OFFSET_NAMES
from agents.jsonscout import shown_text
from agents.probeprotocol import ProbeCall, page_probe
from pipeline.core.exceptions import FetchFailed
from pipeline.core.extract import extract_records, make_selector, next_page_url
from pipeline.core.pagingspec import PaginationSpec
from pipeline.core.schemas import ScraperSpec
from pipeline.core.valuepages import with_query_param

#: Query parameters read at most from either address.
_MAX_PARAMS = 30
#: A page number or an offset has few digits; an id or a timestamp has more.
_MAX_DIGITS = 6
#: A record's value this long, shown on the page, is its own (a name), not a number or a flag.
_MIN_SHOWN = 4


@page_probe(data="endpoint")
def endpoint_pages(call: ProbeCall) -> PaginationFinding | None:
    """The endpoint of ``spec`` paged by the parameter the page's pager moves, when the endpoint
    answers it with new records; None otherwise, with a note in ``refusals`` when the page shows a
    pager (two requests at most, and one render when the script draws the records)."""
    first, spec, fetcher, known, said = call
    source = spec.json_source
    assert source is not None and source.endpoint is not None  # page_probe(data="endpoint") asked
    html = make_selector(first.body, first.final_url)
    pager = _pager(html, first.final_url)
    endpoint = None
    if pager is None:
        return None
    if pager.spec.kind == "none":
        endpoint = _fetched(fetcher, source.endpoint)
        drawn = _drawn_pager(first, spec, endpoint, fetcher) if endpoint is not None else None
        if drawn is None:
            return None
        html, pager = drawn
    markup = spec.model_copy(update={"start_url": first.final_url, "pagination": pager.spec})  # the page's own pager
    try:
        following = next_page_url(html, first.final_url, markup, page_number=1)
    except ValueError:  # a pager link to "http://[oops/"
        return None
    step = _moved_param(first.final_url, following) if following is not None else None
    what = following or pager.note
    if step is None:
        said.append(refusal_note("endpoint-unpaged", what, pager.note))
        return None
    name, value = step
    lacked = uncarried_filters(first.final_url, source.endpoint, name)
    if lacked:
        said.append(refusal_note("endpoint-unfiltered", source.endpoint, f"the page asks {'&'.join(lacked)}"))
        return None
    asked = with_query_param(source.endpoint, name, str(value))
    endpoint = endpoint or _fetched(fetcher, source.endpoint)
    if endpoint is None:
        said.append(refusal_note("page2-failed", source.endpoint, "the endpoint's first page"))
        return None
    answered = asked_page_two(endpoint, spec, fetcher, (asked, f"the page's pager leads to {what}"), known, said)
    if answered is None:
        return None
    current = _param_value(source.endpoint, name) or _param_value(first.final_url, name)
    note = f"pagination: the endpoint paged by ?{name}= as the page's pager is ({what}); {asked} answers"
    return PaginationFinding(_pagination(name, value, current), f"{note} {answered.fresh} new records")


def _fetched(fetcher: Fetcher, url: str) -> FetchedPage | None:
    try:
        return fetcher.fetch(url)
    except FetchFailed:
        return None


def _drawn_pager(
    first: FetchedPage, spec: ScraperSpec, endpoint: FetchedPage, fetcher: Fetcher
) -> tuple[Selector, PaginationFinding] | None:
    """The page as Chromium draws it and the pager found there, when the page as served shows none
    of the endpoint's records: the script that draws them often draws their pager too."""
    records = extract_records(endpoint.body, endpoint.final_url, spec)[:1]
    said = [v for r in records for v in r.values() if isinstance(v, str) and len(v) >= _MIN_SHOWN]
    shown = shown_text(make_selector(first.body, first.final_url))
    if not said or any(value in shown for value in said):
        return None  # the server drew the records, and would have drawn their pager
    drawn = rendered_text(fetcher, first.final_url)
    if drawn is None:
        return None
    html = make_selector(drawn, first.final_url)
    pager = _pager(html, first.final_url)
    return (html, pager) if pager is not None and pager.spec.kind != "none" else None


def _pager(html: Selector, url: str) -> PaginationFinding | None:
    """The page's own pager; None when a link of it is no address at all ("http://[oops/")."""
    try:
        return find_pagination(html, url)
    except ValueError:
        return None


def _moved_param(url: str, following: str) -> tuple[str, int] | None:
    """The one query parameter ``following`` moves on from ``url`` to a small number (``?page=2``,
    ``?start=20``), the path otherwise the same; None when the path moves or more than one changes."""
    try:
        here, there = urlsplit(url), urlsplit(urljoin(url, following))
    except ValueError:
        return None
    if here.netloc.lower() != there.netloc.lower() or here.path.rstrip("/") != there.path.rstrip("/"):
        return None
    before = dict(_untracked(here.query))
    after = _untracked(there.query)
    moved = [(name, value) for name, value in after if before.get(name) != value]
    dropped = [name for name in before if name not in dict(after)]
    if len(moved) != 1 or dropped:
        return None
    name, value = moved[0]
    if not value.isdecimal() or len(value) > _MAX_DIGITS:
        return None
    return name, int(value)


def _untracked(query: str) -> list[tuple[str, str]]:
    """The query's parameters, but those that only track the click (a pager may keep or drop them)."""
    return [(n, v) for n, v in parse_qsl(query, keep_blank_values=True)[:_MAX_PARAMS] if not is_tracking_parameter(n)]


def _param_value(url: str, name: str) -> int | None:
    found = dict(parse_qsl(urlsplit(url).query)[:_MAX_PARAMS]).get(name, "")
    return int(found) if found.isdecimal() and len(found) <= _MAX_DIGITS else None


def _pagination(name: str, value: int, current: int | None) -> PaginationSpec:
    """``?page=2`` after a first page naming none (or ``page=1``) counts pages; ``?start=20`` after
    ``start=0`` (or none) moves an offset by the difference."""
    if OFFSET_NAMES.match(name):
        start = current or 0
        if value - start > 1:
            return PaginationSpec(kind="offset", param=name, start=start, step=value - start)
    return PaginationSpec(kind="page_param", param=name, start=value - 1)
