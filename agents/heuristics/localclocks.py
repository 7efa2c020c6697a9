"""Tell a date read from a UTC attribute whose element shows the local clock (``FieldSpec.local_clock``).

``<time datetime="2025-03-19T00:00:00Z">Tue, 03/18/2025 - 19:00</time>``: the attribute is read as the
date (it is exact and needs no date order), and its text is dropped as a copy of it. But the text
says the day and clock of the place the page describes: an evening event in Chicago falls on the
next UTC day. When, on (nearly) every sampled record, the element's text gives a full date and clock
that differ from the attribute's UTC ones by an offset in use, and on some record by more than zero,
the field is marked so that the engine writes each value in the offset its clock implies
(``pipeline.core.localclock``).
"""

from __future__ import annotations

from datetime import timedelta

from parsel import Selector

from agents.heuristics.dateorder import order_of_language, order_of_values, page_language
from pipeline.core.datetext import parse_date
from pipeline.core.extract import iter_records
from pipeline.core.localclock import shown_offset
from pipeline.core.schemas import DateOrder, FieldSpec, ScraperSpec

#: Records read to learn whether the clocks shown are local ones.
SAMPLE_RECORDS = 60
#: How far the offsets of one place's clocks may differ: summer time moves them by an hour.
SUMMER_SHIFT = timedelta(hours=1)
#: Share of the records showing both a timestamp and a text whose text must fit an offset in use.
FIT_SHARE = 0.8


def with_local_clocks(spec: ScraperSpec, page: Selector, url: str) -> ScraperSpec:
    """``spec`` with ``local_clock`` set on each date field read from an attribute whose element's
    text shows the local date and clock of that instant (see the module docstring)."""
    candidates = [f for f in spec.fields if _reads_a_timestamp(f)]
    if not candidates:
        return spec
    probes = []
    for number, field in enumerate(candidates):
        probes.append(field.model_copy(update={"name": f"stamp{number}", "type": "text"}))
        probes.append(field.model_copy(update={"name": f"shown{number}", "type": "text", "attribute": None}))
    probe = spec.model_copy(update={"fields": tuple(probes)})
    pairs: list[list[tuple[str, str]]] = [[] for _ in candidates]
    for count, record in enumerate(iter_records(page, probe, url=url)):
        if count >= SAMPLE_RECORDS:
            break
        for number, found in enumerate(pairs):
            stamp, shown = record.get(f"stamp{number}"), record.get(f"shown{number}")
            if isinstance(stamp, str) and isinstance(shown, str):
                found.append((stamp, shown))
    language = order_of_language(page_language(page))
    local = {f.name for f, found in zip(candidates, pairs, strict=True) if shows_local_clocks(found, language)}
    fields = tuple(f.model_copy(update={"local_clock": True}) if f.name in local else f for f in spec.fields)
    return spec.model_copy(update={"fields": fields})


def shows_local_clocks(pairs: list[tuple[str, str]], language_order: DateOrder | None = None) -> bool:
    """Whether the texts of ``pairs`` (timestamp, text shown) give the local clocks of their
    timestamps: nearly all fit an offset in use, some offset is not zero, and they are one place's
    offsets (at most an hour apart)."""
    if not pairs:
        return False
    order = order_of_values(shown for _, shown in pairs) or language_order
    offsets = [shown_offset(parse_date(stamp) or "", shown, order) for stamp, shown in pairs]
    fitting = [o for o in offsets if o is not None]
    if len(fitting) < FIT_SHARE * len(pairs) or not any(fitting):
        return False
    # One place's offsets: its standard and summer time. Clocks that imply offsets hours apart are
    # no local clock (a 12-hour "7:00" without AM/PM, a text naming another time than the stamp).
    return max(fitting) - min(fitting) <= SUMMER_SHIFT


def _reads_a_timestamp(field: FieldSpec) -> bool:
    plain = not (field.json_path or field.tail or field.split or field.drawn or field.paired or field.many)
    return field.type == "date" and bool(field.attribute) and plain and field.scope == "record"
