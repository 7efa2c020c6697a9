"""Follow the HTML fragments an inline script fetches as the list's next pages.

An infinite-scroll or "load more" script (``agents.scriptpaging``) asks a URL of its own
(``/ajax/products?offset=10``) and inserts the answer, bare records without the page around them,
into the list. That URL is asked once at the script's first value; when the answer is markup whose
records (read by the list page's record selector, loosened to the fragment's top level) include
some the first page lacks, it becomes the spec's pagination: page 1 is the list page, the following
pages that URL at the script's step, until an answer is empty or repeats (records a batch repeats
are the same records and are dropped by their key).
"""

from __future__ import annotations

from agents.fetch import FetchedPage, Fetcher
from agents.firstpage import first_page_keys
from agents.heuristics.fragments import fit_fragments
from agents.heuristics.pagerrefusals import answer_refusal, refusal_note
from agents.heuristics.paginationfinding import PaginationFinding
from agents.probeprotocol import ProbeCall, page_probe
from agents.scriptpaging import PagedCall, paged_calls
from pipeline.core.exceptions import FetchFailed
from pipeline.core.extract import extract_records, make_selector, record_key
from pipeline.core.pagingspec import DEFAULT_MAX_PAGES, PaginationSpec
from pipeline.core.schemas import ScraperSpec
from pipeline.core.valuepages import with_query_param

#: Script calls tried (one request each): a page's own paging call is one of its first.
MAX_TRIED = 2


@page_probe(data="markup", render="served")  # the rendered page's own requests are read while rendering
def fragment_pages(opening: ProbeCall) -> PaginationFinding | None:
    """The script's fragment URL as the spec's pagination, when its answer brings new records;
    None otherwise (at most MAX_TRIED calls, two requests each when the first answers the list page).
    ``refusals``: where a note says why each URL asked was turned down (``pagerrefusals``): only
    when no call is taken."""
    first, spec, fetcher, known, refusals = opening
    calls = paged_calls(make_selector(first.body, first.final_url), first.final_url)
    if not calls:
        return None
    known, seen = first_page_keys(first, spec, known)
    if not seen:
        return None
    said: list[str] = []
    for call in calls[:MAX_TRIED]:
        found = _followed(first, spec, fetcher, call, seen, len(known), said)
        if found is not None:
            return found
    refusals.extend(said)
    return None


def _followed(
    first: FetchedPage,
    spec: ScraperSpec,
    fetcher: Fetcher,
    call: PagedCall,
    seen: set[str],
    shown: int,
    said: list[str],
) -> PaginationFinding | None:
    # Without a first value in the script: the page after the list page, or the records it shows.
    value = call.start if call.start is not None else (2 if call.counts_pages else shown)
    found = _asked(first, spec, fetcher, call, seen, value, said)
    if found is None and value == (1 if call.counts_pages else 0):
        # The script's first value is the list page itself (``let page = 1`` counted up before each
        # fetch): its records are the list's own, the next value brings the new ones.
        later = value + (call.step or (1 if call.counts_pages else shown))
        found = _asked(first, spec, fetcher, call, seen, later, said)
    return found


def _asked(
    first: FetchedPage,
    spec: ScraperSpec,
    fetcher: Fetcher,
    call: PagedCall,
    seen: set[str],
    value: int,
    said: list[str],
) -> PaginationFinding | None:
    """The pagination of the script's URL asked at ``value``, when its answer brings new records
    (else a note in ``said`` says why not)."""
    asked = with_query_param(call.url, call.param, str(value))
    why = "a script fetches it into the list"
    try:
        answer = fetcher.fetch(asked)
    except FetchFailed:
        said.append(refusal_note("page2-failed", asked, why))
        return None
    if answer.body.lstrip()[:1] in (b"{", b"["):
        said.append(refusal_note("page2-json", asked, why))
        return None  # JSON: the data scout reads it
    pages: list[tuple[str | bytes, str]] = [(first.body, first.final_url), (answer.body, answer.final_url)]
    reading = fit_fragments(spec, pages) or spec
    records = extract_records(answer.body, answer.final_url, reading)
    fresh = [r for r in records if record_key(r, reading) not in seen]
    if not fresh:
        said.extend(filter(None, [answer_refusal(asked, len(records), 0, why)]))
        return None
    step = call.step or (1 if call.counts_pages else len(records))
    if call.counts_pages and step == 1:
        paging = PaginationSpec(
            kind="page_param", param=call.param, start=value - 1, max_pages=DEFAULT_MAX_PAGES, endpoint=asked
        )
    else:
        paging = PaginationSpec(
            kind="offset", param=call.param, start=value - step, step=step, max_pages=DEFAULT_MAX_PAGES, endpoint=asked
        )
    return PaginationFinding(
        paging,
        f"pagination: a script fetches {asked} (then +{step}) into the list; it answers {len(fresh)} new records",
    )
