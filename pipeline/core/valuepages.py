"""Pages that differ by one parameter's value: ``?year=2015``, ``?year=2014``… (kind=param_values).

A page that lists its years, categories or tabs as controls and loads each one by script shows one
choice at a time; the crawl asks for every listed value in turn, starting from the spec's first URL.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

from pipeline.core.extract import with_query_param
from pipeline.core.schemas import ScraperSpec


def value_page_url(spec: ScraperSpec, page_number: int) -> str | None:
    """The URL of page ``page_number + 1``: the first URL with the next value not yet asked for."""
    pagination = spec.pagination
    if pagination.kind != "param_values" or not pagination.param:
        return None
    first = spec.first_url
    asked = dict(parse_qsl(urlsplit(first).query, keep_blank_values=True)).get(pagination.param)
    remaining = [value for value in pagination.values if value != asked]
    if page_number > len(remaining) or page_number >= pagination.max_pages:
        return None
    return with_query_param(first, pagination.param, remaining[page_number - 1])
