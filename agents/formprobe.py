"""Check a POST pager form before crawling it by GET.

A pager form's fields make a GET URL (``pipeline.core.formpages``); that is what a browser sends
for a GET form, but a POST form's server may answer it with anything (its search page, an error).
So the Scout asks that URL once and keeps the form only when the answer holds records of the same
list that the first page lacks; otherwise the list is crawled as one page (or as the next pager
found, for ``agents.pageprobe``).
"""

from __future__ import annotations

from collections.abc import Sequence

from agents.fetch import FetchedPage, Fetcher
from agents.heuristics.formpager import posts
from agents.heuristics.paginationfinding import PaginationFinding
from pipeline.core.exceptions import FetchFailed
from pipeline.core.extract import Record, extract_records, make_selector, next_page_url, record_key
from pipeline.core.pagingspec import PaginationSpec
from pipeline.core.schemas import ScraperSpec


def refused_post_form(
    first: FetchedPage, spec: ScraperSpec, fetcher: Fetcher, known: Sequence[Record] | None = None
) -> PaginationFinding | None:
    """No pagination, with a note why, when ``spec`` pages by a POST form whose GET URL does not
    answer new records of the list; None when the spec keeps its pagination.

    ``known``: every record of the first page, when the caller has them (else they are extracted).
    """
    if spec.mode != "list" or spec.pagination.kind != "next_form":
        return None
    rendered = spec.render == "browser"
    try:
        if rendered:  # the form and the records exist only in the browser's DOM
            first, known = fetcher.fetch(first.final_url, render=True), None
        if not posts(make_selector(first.body, first.final_url), spec.pagination):
            return None
        target = next_page_url(first.body, first.final_url, spec, page_number=1)
        answer = fetcher.fetch(target, render=rendered) if target is not None else None
    except FetchFailed:
        answer, target = None, None
    if answer is not None:
        shown = known if known is not None else extract_records(first.body, first.final_url, spec)
        seen = {record_key(r, spec) for r in shown}
        if any(record_key(r, spec) not in seen for r in extract_records(answer.body, answer.final_url, spec)):
            return None
    asked = f" ({target})" if target else ""
    note = f"pagination: none (the 'Next' form posts, and its fields asked by GET{asked} bring no new records)"
    return PaginationFinding(PaginationSpec(kind="none"), note)
