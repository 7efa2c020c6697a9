"""A list read from an endpoint no page parameter moves, paged as its pages are: rendered, one by one.

A page whose script fetches its records (``fetch("/data/jobs-1.json")``) is read from that endpoint,
with no browser (``datasurvey.rendered_profile``), and its pager's parameter is put on the endpoint's
address (``agents.endpointpageprobe``). An endpoint whose address says nothing of the page (a file per
page on a static host, a signed address) answers no such guess, while the page's own pager leads to
page 2 all the same: page 2, rendered, draws its own records. An endpoint read without the page's
filters (``/api/products`` under ``/catalog/?category=lamps``) lists other records than the page draws.
So when the endpoint could not be paged, or would page another list, the list is read as Chromium
draws it and paged as its rendered pager is, once page 2 (asked the way page 1 was read: rendered)
shows records page 1 lacks. One render of each page at most.
"""

from __future__ import annotations

from agents.fetch import FetchedPage, Fetcher
from agents.heuristics.pagerrefusals import answer_refusal, note_codes, refusal_note
from agents.scout import analyze_page
from pipeline.core.exceptions import ConfigurationError, FetchFailed
from pipeline.core.extract import extract_records, next_page_url, record_key
from pipeline.core.schemas import PageProfile

#: What the endpoint probe says when the page's pager could not be put on the endpoint, or the
#: endpoint lacks the page's filters.
_ENDPOINT_REFUSALS = ("page2-failed", "endpoint-unpaged", "endpoint-unfiltered")


def rendered_pages(page: FetchedPage, profile: PageProfile, fetcher: Fetcher) -> PageProfile | None:
    """``profile``'s list read from the rendered pages and paged by their pager, when its endpoint could
    not be paged and page 2, rendered, shows records page 1 lacks; None otherwise (notes say why)."""
    spec = profile.spec
    source = spec.json_source
    if spec.mode != "list" or spec.pagination.kind != "none" or source is None or not source.endpoint:
        return None
    if not any(code in _ENDPOINT_REFUSALS for code in note_codes(profile.notes)):
        return None  # the page shows no pager the endpoint failed to follow: nothing to ask
    try:
        first = fetcher.render(page.final_url)
        markup = analyze_page(first.body, first.final_url)
    except (FetchFailed, ConfigurationError, ValueError):
        return None
    drawn = markup.spec.model_copy(update={"render": "browser", "start_url": spec.start_url})
    following = next_page_url(first.body, first.final_url, drawn, page_number=1)
    if drawn.mode != "list" or following is None:
        return None
    seen = {record_key(r, drawn) for r in extract_records(first.body, first.final_url, drawn)}
    why = "the endpoint's own address names no page; page 2 rendered"
    try:
        answer = fetcher.fetch(following, render=True)  # as page 1 was read
    except (FetchFailed, ConfigurationError):
        return _noted(profile, refusal_note("page2-failed", following, why))
    records = extract_records(answer.body, answer.final_url, drawn)
    fresh = sum(1 for r in records if record_key(r, drawn) not in seen)
    refused = answer_refusal(following, len(records), fresh, why) if seen else refusal_note("no-keys", following)
    if refused is not None:
        return _noted(profile, refused)
    notes = tuple(n for n in markup.notes if not n.startswith("pagination: none"))
    said = (
        "the records appear only once JavaScript has run, from an endpoint no page parameter moves: "
        f"crawled with Chromium, page by page; {following} shows {fresh} new records"
    )
    return markup.model_copy(
        update={"url": profile.url, "final_url": profile.final_url, "spec": drawn, "notes": (*notes, said)}
    )


def _noted(profile: PageProfile, note: str) -> PageProfile:
    return profile.model_copy(update={"notes": (*profile.notes, note)})
