"""Check that a JSON endpoint pages by the token its answer names (kind=cursor).

``agents.heuristics.cursorpaging`` guesses where the token is and which parameter sends it back;
a guess is taken only once the page it leads to answers with records the first page lacks (a
server that ignores an unknown parameter answers the first page again, a static one not at all).
"""

from __future__ import annotations

import json

from agents.fetch import Fetcher
from agents.heuristics.cursorpaging import cursor_candidates
from pipeline.core.cursorpages import cursor_page_url
from pipeline.core.exceptions import FetchFailed
from pipeline.core.extract import extract_records, record_key
from pipeline.core.pagingspec import PaginationSpec
from pipeline.core.schemas import ScraperSpec

#: Guesses fetched, at most (each is a request to the site).
MAX_TRIES = 3


def cursor_pagination(
    body: bytes, url: str, spec: ScraperSpec, fetcher: Fetcher, scripts: list[str] | None = None
) -> PaginationSpec | None:
    """``kind="cursor"`` when the JSON ``body`` (the answer at ``url``, read by ``spec``) names a next
    page that brings new records, else None. ``scripts``: the page's code, which may name the parameter."""
    if spec.json_source is None:
        return None
    try:
        document = json.loads(body.decode("utf-8", "replace"))
    except (ValueError, RecursionError):
        return None
    seen = {record_key(r, spec) for r in extract_records(body, url, spec)}
    if not seen:
        return None
    tried: set[str] = set()
    for path, param in cursor_candidates(document, spec.json_source.records_path, scripts or []):
        pagination = PaginationSpec(kind="cursor", cursor_path=path, param=param)
        following = cursor_page_url(body, url, pagination)
        if following is None or following in tried:
            continue
        if len(tried) >= MAX_TRIES:
            break
        tried.add(following)
        try:
            answer = fetcher.fetch(following)
        except FetchFailed:
            continue
        if any(record_key(r, spec) not in seen for r in extract_records(answer.body, answer.final_url, spec)):
            return pagination
    return None
