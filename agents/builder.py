"""The Builder: turn the Scout's profile into a spec checked on 2–3 pages, then into spider code."""

from __future__ import annotations

from dataclasses import dataclass, field

from agents.codegen import render_spider
from agents.fetch import FetchedPage, Fetcher
from agents.heuristics.dateorder import with_date_orders
from agents.heuristics.fragments import fit_fragments
from agents.heuristics.headedcolumns import is_headed_field
from agents.heuristics.identity import NAMING_TYPES, natural_key
from agents.heuristics.laterfields import later_fields
from agents.heuristics.mixeddates import with_mixed_dates
from agents.heuristics.raredata import MIN_RARE_RECORDS
from agents.heuristics.titleversions import fit_title_versions
from agents.heuristics.typefit import fit_types
from pipeline.core.exceptions import BuildError, FetchFailed, NoRecordsFound
from pipeline.core.extract import Record, extract_records, make_selector, next_page_url
from pipeline.core.schemas import FieldSpec, PageProfile, ScraperSpec
from pipeline.core.valuepages import COUNTED_KINDS

#: Pages the selectors are checked on: enough to catch a class that only the first page uses.
SAMPLE_PAGES = 3
#: A field found in fewer sample records than this is noise (an ad, a one-off badge) and is dropped...
MIN_FIELD_CONFIDENCE = 0.2
#: ...unless it comes back in this many records and this share: a sale's struck-out price is
#: occasional by nature (6 products of 32), yet the same field on every page.
MIN_RECURRING_RECORDS = 4
MIN_RECURRING_CONFIDENCE = 0.1


@dataclass(frozen=True)
class BuildResult:
    spec: ScraperSpec
    code: str
    sample_urls: tuple[str, ...]
    sample_records: tuple[Record, ...]
    field_confidence: dict[str, float] = field(default_factory=dict)


def sample_pages(first: FetchedPage, spec: ScraperSpec, fetcher: Fetcher) -> list[FetchedPage]:
    """The first page plus up to SAMPLE_PAGES-1 following pages, by the spec's pagination (the next
    links, numbers, offsets or listed values the crawl will follow)."""
    pages = [first]
    seen = {first.final_url, first.url}
    while len(pages) < SAMPLE_PAGES:
        current = pages[-1]
        if spec.pagination.kind in COUNTED_KINDS and not extract_records(current.body, current.final_url, spec):
            break  # past the last numbered page or offset
        nxt = next_page_url(current.body, current.final_url, spec, page_number=len(pages))
        if nxt is None or nxt in seen:
            break
        seen.add(nxt)
        try:
            pages.append(fetcher.fetch(nxt, render=spec.render == "browser"))
        except FetchFailed:
            break  # a broken later page is a crawl problem, not a reason to refuse the build
    return pages


def _records_of(pages: list[FetchedPage], spec: ScraperSpec) -> list[Record]:
    return [record for page in pages for record in extract_records(page.body, page.final_url, spec)]


def measure_confidence(spec: ScraperSpec, records: list[Record]) -> dict[str, float]:
    """Share of sample records that yield a value, per field."""
    total = len(records)
    return {
        f.name: (sum(1 for r in records if r.get(f.name) not in (None, "", [])) / total if total else 0.0)
        for f in spec.fields
    }


def _is_kept(confidence: float, records: int) -> bool:
    if confidence >= MIN_FIELD_CONFIDENCE:
        return True
    return confidence >= MIN_RECURRING_CONFIDENCE and round(confidence * records) >= MIN_RECURRING_RECORDS


def sets_only_true(field: FieldSpec, records: list[Record]) -> bool:
    """A JSON flag its API sets only where true (``"best_picture": true`` on one film a year): rare by nature."""
    values = [r.get(field.name) for r in records if r.get(field.name) not in (None, "")]
    return field.json_path is not None and bool(values) and all(v == "true" for v in values)


def _headed_fields(spec: ScraperSpec, pages: list[FetchedPage], confidence: dict[str, float], records: int) -> set[str]:
    """The rare fields (below the kept share) that fill a column their table's header names: a
    "Flag Date" set on a few rows is a field by the header's word (``headedcolumns``)."""
    rare = [f for f in spec.fields if not _is_kept(confidence[f.name], records)]
    if not rare or spec.json_source is not None or spec.record_span > 1:
        return set()
    selectors = [make_selector(p.body, p.final_url) for p in pages]
    return {f.name for f in rare if is_headed_field(f, spec.record_selector, selectors)}


def _kept_by_pooled_reading(field: FieldSpec, later: tuple[FieldSpec, ...], records: list[Record]) -> bool:
    """A later field the Scout kept on the records of every sample page, by its own rules for rare
    data (a stock status on 3 products of 31): its share was judged on these very records, and
    it is still found in as many of them as the Scout asks of a rare value."""
    found = sum(1 for r in records if r.get(field.name) not in (None, "", []))
    return any(f.name == field.name for f in later) and found >= MIN_RARE_RECORDS


def _key_across_pages(spec: ScraperSpec, kept: tuple[FieldSpec, ...], records: list[Record]) -> tuple[str, ...]:
    """The natural key judged on every sample page: a link distinct on page 1 may repeat on page 2."""
    if spec.mode != "list":
        return tuple(k for k in spec.key_fields if k in {f.name for f in kept})
    return natural_key(kept, records, types=None if spec.json_source is not None else NAMING_TYPES)


def build_spider(source_name: str, profile: PageProfile, fetcher: Fetcher) -> BuildResult:
    """Check the profile's selectors across sample pages and render the spider module."""
    spec = profile.spec
    source = spec.json_source
    rendered = spec.render == "browser"
    first = fetcher.fetch(
        source.endpoint if source is not None and source.endpoint else profile.final_url, render=rendered
    )
    pages = sample_pages(first, spec, fetcher)
    spec = fit_fragments(spec, [(p.body, p.final_url) for p in pages]) or spec  # "load more" fragments
    later: tuple[FieldSpec, ...] = ()
    if source is None:  # a date on page 2 may tell "03/04" apart where page 1 could not
        selectors = [(make_selector(p.body, p.final_url), p.final_url) for p in pages]
        spec = with_date_orders(with_mixed_dates(spec, selectors), selectors)
        spec = fit_title_versions(spec, [page for page, _ in selectors])
        # A field the first page shows too rarely (a stock status on one card) but later pages show too.
        later = later_fields(spec, [(p.body, p.final_url) for p in pages])
        spec = spec.model_copy(update={"fields": spec.fields + later}) if later else spec
    records = _records_of(pages, spec)
    fitted = fit_types(spec, records)
    if fitted is not spec:  # a later page holds a value the first did not: read it as Silver accepts it
        spec, records = fitted, _records_of(pages, fitted)
    if not records:
        raise NoRecordsFound(
            f"The selectors proposed for {profile.url} extract no records; the page may need a browser "
            "or hold no repeated data."
        )
    confidence = measure_confidence(spec, records)
    headed = _headed_fields(spec, pages, confidence, len(records))
    kept = tuple(
        f.model_copy(update={"confidence": round(confidence[f.name], 3)})
        for f in spec.fields
        if _is_kept(confidence[f.name], len(records))
        or sets_only_true(f, records)
        or f.name in headed
        or _kept_by_pooled_reading(f, later, records)
    )
    if not kept:
        raise BuildError(f"No field of {profile.url} is present in at least {MIN_FIELD_CONFIDENCE:.0%} of records.")
    kept_names = {f.name for f in kept}
    checked = spec.model_copy(
        update={
            "fields": kept,
            "key_fields": _key_across_pages(spec, kept, records),
            "start_url": profile.url,
        }
    )
    checked = ScraperSpec.model_validate(checked.model_dump())
    return BuildResult(
        spec=checked,
        code=render_spider(source_name, checked),
        sample_urls=tuple(p.final_url for p in pages),
        sample_records=tuple({k: v for k, v in r.items() if k in kept_names} for r in records[:5]),
        field_confidence={name: round(value, 3) for name, value in confidence.items()},
    )
