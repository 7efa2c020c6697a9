"""Pages that differ by one query parameter: a page number, an offset, or each listed value.

``?page=3`` (kind=page_param), ``?offset=40`` (kind=offset: the page size added each time) and
``?year=2015``, ``?year=2014``… (kind=param_values: a page that lists its years, categories or tabs
as controls and loads each one by script shows one choice at a time; the crawl asks for every
listed value in turn, starting from the spec's first URL).
"""

from __future__ import annotations

from urllib.parse import parse_qsl, unquote_plus, urlencode, urlsplit, urlunsplit

from pipeline.core.schemas import ScraperSpec
from pipeline.core.urls import on_same_site

#: Kinds whose page past the last is empty or repeats it: there, not at a missing link, they stop.
#: (A listed value ends by itself; a year with no films does not end the list.) A cursor page that
#: brings nothing new ends its list too, whatever token it names.
COUNTED_KINDS = ("page_param", "offset", "cursor")


def with_query_param(url: str, name: str, value: str) -> str:
    """``url`` asking ``name=value``: in the place ``name`` had (a static site or a cache keys on the
    exact query: ``?skip=10&show=10`` is not ``?show=10&skip=10``), else last; any repeat dropped.

    The other parameters keep their bytes as the page wrote them (``ids=0,5`` stays unescaped,
    ``q=a+b`` keeps its plus): a server that keys on the written query answers only that form.
    """
    parts = urlsplit(url)
    written = [segment for segment in parts.query.split("&") if segment]
    names = [unquote_plus(segment.split("=", 1)[0]) for segment in written]
    at = names.index(name) if name in names else len(written)
    before = [s for s, n in zip(written[:at], names[:at], strict=True) if n != name]
    after = [s for s, n in zip(written[at:], names[at:], strict=True) if n != name]
    query = "&".join([*before, urlencode([(name, value)]), *after])
    return urlunsplit(parts._replace(query=query))


def param_page_url(spec: ScraperSpec, url: str, page_number: int) -> str | None:
    """The URL of page ``page_number + 1`` when pages differ by one parameter, else None.

    ``url`` is the current page's: a numbered or offset page keeps its other parameters. A pagination
    with an ``endpoint`` asks that URL instead (the list page is page 1, the fragments follow).
    """
    pagination = spec.pagination
    if not pagination.param or page_number >= pagination.max_pages:
        return None
    if pagination.endpoint and not on_same_site(pagination.endpoint, spec.start_url):
        return None  # a spec edited by hand may name any address: pages come from the source's own site
    base = pagination.endpoint or url  # a script's fragment URL, else the current page's
    if pagination.kind == "page_param":
        return with_query_param(base, pagination.param, str(pagination.start + page_number))
    if pagination.kind == "offset" and pagination.step:
        return with_query_param(base, pagination.param, str(pagination.start + pagination.step * page_number))
    if pagination.kind == "param_values":
        return value_page_url(spec, page_number)
    return None


def value_page_url(spec: ScraperSpec, page_number: int) -> str | None:
    """The URL of page ``page_number + 1``: the first URL with the next value not yet asked for."""
    pagination = spec.pagination
    if pagination.kind != "param_values" or not pagination.param:
        return None
    first = spec.first_url
    asked = _query_value(first, pagination.param)
    remaining = [value for value in pagination.values if value != asked]
    if page_number > len(remaining) or page_number >= pagination.max_pages:
        return None
    return with_query_param(first, pagination.param, remaining[page_number - 1])


def page_choice(spec: ScraperSpec, page_url: str) -> str | None:
    """The listed value a ``param_values`` page was asked for ("" when its URL names none); None
    for any other kind of source, whose pages do not tell records apart, and for a source stored
    before values were keyed (``value_in_key`` unset), whose stored records keep their keys."""
    pagination = spec.pagination
    if pagination.kind != "param_values" or not pagination.param or not pagination.value_in_key:
        return None
    return _query_value(page_url, pagination.param) or ""


def _query_value(url: str, name: str) -> str | None:
    return dict(parse_qsl(urlsplit(url).query, keep_blank_values=True)).get(name)
