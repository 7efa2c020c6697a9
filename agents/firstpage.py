"""What every pagination probe starts from: the first page's records and their keys.

A probe fetches one more page and keeps the pager only when that page brings records the first
page lacks, so it needs the first page's record keys, and gives up when there are none.
"""

from __future__ import annotations

from collections.abc import Sequence

from agents.fetch import FetchedPage
from pipeline.core.extract import Record, extract_records, record_key
from pipeline.core.schemas import ScraperSpec


def first_page_keys(
    first: FetchedPage, spec: ScraperSpec, known: Sequence[Record] | None
) -> tuple[Sequence[Record], set[str]]:
    """The first page's records (``known`` when the caller has them, else extracted) and their keys."""
    records = known if known is not None else extract_records(first.body, first.final_url, spec)
    return records, {record_key(r, spec) for r in records}
