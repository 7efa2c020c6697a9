"""A list that continues backwards: a dated calendar or archive opened on the current period.

A meetings calendar, an events archive or a changelog by month often starts on this month, and
its "Next" link goes on to a later period that holds nothing yet ("No meetings have been published
for April"), while the records lie behind "Previous". So when the page has a previous link, the
next page is fetched once: if it brings no record the first page lacks (or fails, or there is no
next link at all) and the previous page does bring new records, the crawl follows the previous
chain instead. A list whose next page holds records keeps its next link: that is the list's
direction, whatever lies behind. Two requests at most.
"""

from __future__ import annotations

from urllib.parse import urljoin

from agents.fetch import Fetcher
from agents.firstpage import first_page_keys
from agents.heuristics.paginationfinding import PaginationFinding
from agents.heuristics.prevlinks import previous_link
from agents.probeprotocol import ProbeCall, page_probe
from pipeline.core.exceptions import FetchFailed
from pipeline.core.extract import extract_records, make_selector, next_page_url, page_base_url, record_key
from pipeline.core.pagingspec import PaginationSpec
from pipeline.core.schemas import ScraperSpec
from pipeline.core.urls import on_same_site


@page_probe(data="markup", replaces=("none", "next_link"))
def backward_pages(call: ProbeCall) -> PaginationFinding | None:
    """The previous chain as the spec's pagination, when the next page (if any) brings no new
    records and the previous one does; None otherwise (it says no refusals).

    ``known``: every record of the first page, when the caller has them (else they are extracted).
    """
    first, spec, fetcher, known, _ = call
    html = make_selector(first.body, first.final_url)
    found = previous_link(html, first.final_url)
    if found is None:
        return None
    css, href = found
    before = urljoin(page_base_url(html, first.final_url), href)
    if not on_same_site(before, first.final_url):
        return None  # a page's links may point anywhere: only the page's own site is asked
    known, seen = first_page_keys(first, spec, known)
    if not seen:
        return None
    rendered = spec.render == "browser"
    after = next_page_url(html, first.final_url, spec, page_number=1)
    if after is not None and not on_same_site(after, first.final_url):
        after = None
    if after is not None and after != before and _fresh(after, spec, fetcher, seen, rendered=rendered):
        return None  # the next page goes on with the list: it is the way on
    fresh = _fresh(before, spec, fetcher, seen, rendered=rendered)
    if not fresh:
        return None
    empty = f"the next page {after} brings no new records" if after else "no next page"
    pagination = PaginationSpec(kind="next_link", next_selector=css, max_pages=spec.pagination.max_pages)
    return PaginationFinding(pagination, f"pagination: previous link {css!r} ({empty}; {href} has {fresh} new)")


def _fresh(url: str, spec: ScraperSpec, fetcher: Fetcher, seen: set[str], *, rendered: bool) -> int:
    """How many records the page at ``url`` holds that are not in ``seen`` (0 when it fails)."""
    try:
        page = fetcher.fetch(url, render=rendered)
    except FetchFailed:
        return 0
    return sum(1 for r in extract_records(page.body, page.final_url, spec) if record_key(r, spec) not in seen)
