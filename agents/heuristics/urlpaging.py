"""Pagination a data URL names itself: ``?page=1``, ``?offset=0&limit=20``, ``?start=0``, ``?skip=0``.

The endpoint a page's script calls (or the one a user adds) says how it pages in its own query: a
page number is counted up one at a time, an offset by the page's size, which the URL names
(``limit=20``, ``per_page=20``, ``take=20``) or, failing that, the first answer shows (its records).
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlsplit

from pipeline.core.pagingspec import PaginationSpec

PAGE_PARAMS = ("page", "p", "pg", "page_number", "pageNumber")
OFFSET_NAMES = re.compile(r"^(?:offset|start|skip|from)$", re.IGNORECASE)
_SIZE_NAMES = re.compile(
    r"^(?:limit|per_?page|page_?size|size|count|rows|num|take|max|max_?results|hits_?per_?page)$", re.IGNORECASE
)
#: Names that ask for a page size only when their value is a number or "all" (arXiv's ``?show=25``).
_SHOWN_NAMES = re.compile(r"^(?:show|display)$", re.IGNORECASE)
_SIZE_ORDER = (
    "limit", "perpage", "pagesize", "take", "hitsperpage", "maxresults", "size", "rows", "show", "display", "max",
    "num", "count",
)  # fmt: skip
#: An offset this large is no first page, and a page size this large is no page.
MAX_OFFSET = 1_000_000
MAX_STEP = 10_000


def is_paging_param(name: str) -> bool:
    """A page number, an offset or a page size: how many, never which records (no choice of values)."""
    return name in PAGE_PARAMS or bool(OFFSET_NAMES.match(name) or _SIZE_NAMES.match(name))


def is_size_param(name: str, value: str) -> bool:
    """``name=value`` asks for how many records a page shows (``limit=20``, ``show=25``, ``show=all``)."""
    if _SIZE_NAMES.match(name):
        return True
    return bool(_SHOWN_NAMES.match(name)) and (value.isdigit() or value.lower() == "all")


def url_pagination(url: str, records: int) -> PaginationSpec:
    """How the data at ``url`` pages, judged from its query; ``records``: what its first answer holds."""
    query = parse_qsl(urlsplit(url).query)
    for name, value in query:
        if name in PAGE_PARAMS and value.isdigit():
            return PaginationSpec(kind="page_param", param=name, start=int(value))
    offset = offset_pagination(url, records)
    return offset if offset is not None else PaginationSpec(kind="none")


def offset_pagination(url: str, records: int) -> PaginationSpec | None:
    """``kind="offset"`` when ``url`` names a numeric offset; the step is the size it asks for, else
    the ``records`` its answer holds (None when neither gives a page size)."""
    query = parse_qsl(urlsplit(url).query)
    # The surest size first: "count" or "num" are often flags (?count=1&offset=0&limit=20).
    named = [(k.lower().replace("_", ""), int(v)) for k, v in query if is_size_param(k, v) and v.isdigit()]
    sizes = [v for _rank, v in sorted((_SIZE_ORDER.index(k), v) for k, v in named if 0 < v <= MAX_STEP)]
    for name, value in query:
        if not OFFSET_NAMES.match(name) or not value.isdigit() or int(value) > MAX_OFFSET:
            continue
        step = sizes[0] if sizes else min(records, MAX_STEP)
        if step >= 1:
            return PaginationSpec(kind="offset", param=name, start=int(value), step=step)
    return None
