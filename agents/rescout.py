"""A fresh Scout of the live page, held to the source's known schema.

When relocation cannot follow a redesign (the records moved into a script's JSON, or behind a JSON
endpoint, or the markup changed beyond recognition), the Scout looks at the live page from scratch.
Its proposal only counts as a repair once its fields are renamed and retyped to the source's own
schema, by which of them reproduce the values the source extracted last time: downstream consumers
keep their columns, and a proposal that reproduces nothing known is dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from agents.candidate import Page, same_value
from agents.heuristics.urlpaging import url_pagination
from agents.jsonscout import endpoint_candidate, endpoint_urls, script_candidates
from agents.scout import analyze_page
from pipeline.core.cursorpages import cursor_page_url
from pipeline.core.exceptions import FetchFailed, PipelineError
from pipeline.core.extract import Record, extract_records
from pipeline.core.pagingspec import PaginationSpec
from pipeline.core.schemas import FieldSpec, ScraperSpec
from pipeline.core.specparts import JsonSourceSpec

#: Known records compared per proposal; more adds time, not certainty.
MAX_KNOWN = 12

FetchPage = Callable[[str], Page]
Extract = Callable[[ScraperSpec], list[Record]]


@dataclass(frozen=True)
class Proposal:
    origin: str
    spec: ScraperSpec
    #: Fields of the source the proposal cannot fill.
    unmapped: tuple[str, ...]


def rescout(
    spec: ScraperSpec, page: Page, known: list[Record], *, fetch: FetchPage | None = None
) -> Iterator[Proposal]:
    """Proposals from the live page's JSON data and markup, each mapped onto ``spec``'s fields."""
    known = [r for r in known if any(v not in (None, "", []) for v in r.values())][:MAX_KNOWN]
    if not known:
        return
    for candidate in script_candidates(page.body, page.url):
        found = _json_spec(spec, candidate.fields, candidate.source)
        mapped = held_to_schema(spec, found, _reader(page), known)
        if mapped is not None:
            yield Proposal(f"a fresh Scout: JSON in a script ({candidate.source.records_path})", *mapped)
    if fetch is not None:
        for url in endpoint_urls(page.body, page.url):
            try:
                answer = fetch(url)
            except (FetchFailed, PipelineError):
                continue
            endpoint = endpoint_candidate(answer.body, answer.url)
            if endpoint is None:
                continue
            found = _json_spec(spec, endpoint.fields, endpoint.source)
            found = found.model_copy(update={"pagination": _endpoint_pagination(spec.pagination, found, answer)})
            mapped = held_to_schema(spec, found, _reader(answer), known)
            if mapped is not None:
                yield Proposal(f"a fresh Scout: the JSON endpoint {answer.url}", *mapped)
    try:
        markup = analyze_page(page.body, page.url).spec
    except (PipelineError, ValueError):
        return
    mapped = held_to_schema(spec, markup, _reader(page), known)
    if mapped is not None:
        yield Proposal("a fresh Scout: the page's markup", *mapped)


def _reader(page: Page) -> Extract:
    return lambda spec: extract_records(page.body, page.url, spec)


def _json_spec(spec: ScraperSpec, fields: tuple[FieldSpec, ...], source: JsonSourceSpec) -> ScraperSpec:
    pagination = spec.pagination if source.location == "script" else PaginationSpec(kind="none")
    return ScraperSpec(start_url=spec.start_url, fields=fields, json_source=source, pagination=pagination)


def _endpoint_pagination(old: PaginationSpec, found: ScraperSpec, answer: Page) -> PaginationSpec:
    """How the endpoint's answers page: by the source's own token while the new answer still names
    its next page there, else by what the endpoint's URL names (``?page=1``, ``?offset=0``)."""
    if old.kind == "cursor" and cursor_page_url(answer.body, answer.url, old) is not None:
        return old
    named = url_pagination(answer.url, len(extract_records(answer.body, answer.url, found)))
    return named.model_copy(update={"max_pages": old.max_pages})  # the source's own page cap stands


def held_to_schema(
    old: ScraperSpec, new: ScraperSpec, extract: Extract, known: list[Record]
) -> tuple[ScraperSpec, tuple[str, ...]] | None:
    """``new`` with its fields renamed and retyped to ``old``'s, paired by the known values they give.

    Each pair is scored under the old field's type (a JSON string "1,204" is the number it was),
    and pairs are taken best first so a strong match is never lost to an earlier weak one.
    """
    read: dict[tuple[str, bool], list[Record]] = {}
    votes: list[tuple[int, int, int]] = []
    for i, old_field in enumerate(old.fields):
        wanted = [k.get(old_field.name) for k in known if k.get(old_field.name) not in (None, "", [])]
        if not wanted:
            continue
        kind = (old_field.type, old_field.many)
        if kind not in read:
            read[kind] = extract(_retyped(new, old_field))
        for j, new_field in enumerate(new.fields):
            column = [r.get(new_field.name) for r in read[kind]]
            hits = sum(1 for w in wanted if any(same_value(v, w) for v in column))
            if hits:
                votes.append((hits, -i, j))
    chosen: dict[int, int] = {}
    for _, minus_i, j in sorted(votes, reverse=True):
        i = -minus_i
        if i not in chosen and j not in chosen.values():
            chosen[i] = j
    if not chosen:
        return None
    fields = tuple(
        new.fields[chosen[i]].model_copy(update={"name": f.name, "type": f.type, "many": f.many})
        for i, f in enumerate(old.fields)
        if i in chosen
    )
    names = {f.name for f in fields}
    spec = ScraperSpec.model_validate(
        new.model_copy(
            update={
                "fields": fields,
                "key_fields": tuple(k for k in old.key_fields if k in names),
                "start_url": old.start_url,
                "mode": old.mode if new.json_source is not None else new.mode,
            }
        ).model_dump()
    )
    return spec, tuple(f.name for f in old.fields if f.name not in names)


def _retyped(new: ScraperSpec, old_field: FieldSpec) -> ScraperSpec:
    fields = tuple(g.model_copy(update={"type": old_field.type, "many": old_field.many}) for g in new.fields)
    return new.model_copy(update={"fields": fields})
