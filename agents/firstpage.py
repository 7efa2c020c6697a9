"""What every pagination probe starts from: the first page's records and their keys.

A probe fetches one more page and keeps the pager only when that page brings records the first
page lacks, so it needs the first page's record keys, and gives up when there are none.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from agents.fetch import FetchedPage, Fetcher
from agents.heuristics.pagerrefusals import answer_refusal, refusal_note
from pipeline.core.exceptions import FetchFailed
from pipeline.core.extract import Record, extract_records, record_key
from pipeline.core.schemas import ScraperSpec


def first_page_keys(
    first: FetchedPage, spec: ScraperSpec, known: Sequence[Record] | None
) -> tuple[Sequence[Record], set[str]]:
    """The first page's records (``known`` when the caller has them, else extracted) and their keys."""
    records = known if known is not None else extract_records(first.body, first.final_url, spec)
    return records, {record_key(r, spec) for r in records}


@dataclass(frozen=True)
class PageTwo:
    """Page 2 as the site answered a link, with how many records the first page had and how many are new."""

    answer: FetchedPage
    first_records: int
    fresh: int


def asked_page_two(
    first: FetchedPage,
    spec: ScraperSpec,
    fetcher: Fetcher,
    link: tuple[str, str],
    known: Sequence[Record] | None,
    said: list[str],
) -> PageTwo | None:
    """Page 2 at ``link`` (its address, and the note saying what led to it) when it answers records the
    first page lacks, most of them new; None otherwise, with a note in ``said`` (one request at most)."""
    url, note = link
    records, seen = first_page_keys(first, spec, known)
    if not seen:
        said.append(refusal_note("no-keys", url, note))
        return None
    try:
        answer = fetcher.fetch(url, render=spec.render == "browser")  # as page 1 was read
    except FetchFailed:
        said.append(refusal_note("page2-failed", url, note))
        return None
    answered = extract_records(answer.body, answer.final_url, spec)
    fresh = sum(1 for r in answered if record_key(r, spec) not in seen)
    refused = answer_refusal(url, len(answered), fresh, note)
    if refused is not None:
        said.append(refused)
        return None  # the same records again, or mostly the first page's: no next page
    return PageTwo(answer, len(records), fresh)
