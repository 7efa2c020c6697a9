"""The markup's own fields, found in the JSON its "load more" fetches.

A page shows a first batch of records; its "load more" control fetches the rest as JSON. Pairing
the page's records with the answer's by the values they share tells which JSON path holds each
field, so the endpoint can be read from its first page under the page's names and types.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any
from urllib.parse import unquote

from pydantic import ValidationError

from agents.candidate import same_value
from agents.jsonleaves import SHALLOW_DEPTH, leaf_paths
from agents.jsonscout import JsonCandidate, path_value, record_lists
from pipeline.core.extract import Record
from pipeline.core.jsondata import field_value, template_segment
from pipeline.core.normalize import Value
from pipeline.core.schemas import FieldSpec
from pipeline.core.specparts import JsonSourceSpec
from pipeline.core.urls import origin_of

#: Share of the markup's sampled values the JSON must give back for its records to replace the markup's.
MIN_REPRODUCED = 0.6
#: A path stands for a markup field when it agrees on this share of the paired records where either has a value.
MIN_PATH_AGREEMENT = 0.8
#: JSON records (from the first) and leaf paths compared with the markup, at most.
MAX_PAIRED_RECORDS = 60
MAX_LEAVES = 120
#: Places of a value inside the first link tried as the template's hole.
MAX_TEMPLATE_TRIES = 4


def markup_candidate(
    body: bytes, endpoint: str, fields: Sequence[FieldSpec], shown: Sequence[Record]
) -> JsonCandidate | None:
    """The markup's ``fields`` read from a JSON answer holding the records the markup ``shown``
    (a "load more" endpoint's first page), under the markup's names and types.

    Records are paired by the values they share; each field takes the JSON path whose values equal
    the markup's on the pairs. A link the JSON only implies (``/products/`` + its ``handle``) becomes a
    ``url_template``, and a price without a currency takes the one the markup's prices show. None
    unless every shown record is in the answer and most of the markup's values come back.
    """
    try:
        document = json.loads(body.decode("utf-8", "replace"))
    except (ValueError, RecursionError):
        return None
    own = [f for f in fields if f.scope == "record"]
    for path, records in record_lists(document):
        mapped = _mapped_fields(own, list(shown), records, endpoint)
        if mapped:
            source = JsonSourceSpec(location="endpoint", endpoint=endpoint, records_path=path)
            return JsonCandidate(source=source, fields=mapped, records=len(records))
    return None


def _mapped_fields(
    fields: list[FieldSpec], shown: list[Record], records: list[dict[str, Any]], endpoint: str
) -> tuple[FieldSpec, ...]:
    records = records[:MAX_PAIRED_RECORDS]  # the page's records come first; a hostile answer stays cheap
    paths = list(dict.fromkeys(path for record in records for path in leaf_paths(record, SHALLOW_DEPTH)))[:MAX_LEAVES]
    values = {(f.name, p): [field_value(r, _reader(f, p), endpoint) for r in records] for f in fields for p in paths}
    pairs = _pairs(fields, shown, paths, values)
    if not shown or len(pairs) < len(shown):
        return ()  # a record the markup shows and the JSON lacks would be lost
    chosen = _agreeing_paths(fields, shown, pairs, paths, values)
    used = set(chosen.values())
    readers = {name: _reader(next(f for f in fields if f.name == name), p) for name, p in chosen.items()}
    for f in fields:
        if f.name not in readers and f.type in ("url", "image"):
            linked = _link_template(f, shown, pairs, records, [p for p in paths if p not in used], endpoint)
            if linked is not None:
                readers[f.name] = linked
    readers = {name: _with_currency(reader, shown) for name, reader in readers.items()}
    given = sum(1 for i, _ in pairs for f in fields if _filled(shown[i].get(f.name)))
    agreeing = sum(
        1
        for i, j in pairs
        for name, reader in readers.items()
        if _filled(shown[i].get(name)) and same_value(field_value(records[j], reader, endpoint), shown[i][name])
    )
    if len(readers) < 2 or not given or agreeing / given < MIN_REPRODUCED:
        return ()
    return tuple(readers[f.name] for f in fields if f.name in readers)


def _reader(field: FieldSpec, path: str) -> FieldSpec:
    return FieldSpec(name=field.name, type=field.type, json_path=path, many=field.many)


def _filled(value: object) -> bool:
    return value not in (None, "", [])


def _pairs(
    fields: list[FieldSpec], shown: list[Record], paths: list[str], values: dict[tuple[str, str], list[Value]]
) -> list[tuple[int, int]]:
    """(markup record, JSON record) pairs: each shown record with the one JSON record sharing most of
    its values, when no other shares as many (a vendor alone fits several)."""
    count = len(next(iter(values.values()), []))
    pairs: list[tuple[int, int]] = []
    for i, record in enumerate(shown):
        filled = [f for f in fields if _filled(record.get(f.name))]
        scores = [
            sum(1 for f in filled if any(same_value(values[f.name, p][j], record[f.name]) for p in paths))
            for j in range(count)
        ]
        best = max(scores, default=0)
        winners = [j for j, score in enumerate(scores) if score == best]
        if best and len(winners) == 1 and all(j != winners[0] for _, j in pairs):
            pairs.append((i, winners[0]))
    return pairs


def _agreeing_paths(
    fields: list[FieldSpec],
    shown: list[Record],
    pairs: list[tuple[int, int]],
    paths: list[str],
    values: dict[tuple[str, str], list[Value]],
) -> dict[str, str]:
    """Each markup field's JSON path: the one agreeing with it most, each path used once."""
    ranked: list[tuple[int, int, int, str, str]] = []
    for order, f in enumerate(fields):
        holding = [(i, j) for i, j in pairs if _filled(shown[i].get(f.name))]
        for rank, p in enumerate(paths):
            agree = sum(1 for i, j in holding if same_value(values[f.name, p][j], shown[i][f.name]))
            # A value the JSON has where the markup shows none disagrees too (a price where none is struck out).
            extra = sum(1 for i, j in pairs if not _filled(shown[i].get(f.name)) and _filled(values[f.name, p][j]))
            if agree and agree >= min(2, len(holding)) and agree >= MIN_PATH_AGREEMENT * (len(holding) + extra):
                ranked.append((-agree, order, rank, f.name, p))
    chosen: dict[str, str] = {}
    for _agree, _order, _rank, name, path in sorted(ranked):
        if name not in chosen and path not in chosen.values():
            chosen[name] = path
    return chosen


def _link_template(
    field: FieldSpec,
    shown: list[Record],
    pairs: list[tuple[int, int]],
    records: list[dict[str, Any]],
    paths: list[str],
    endpoint: str,
) -> FieldSpec | None:
    """``field`` read as a JSON value inside a constant link, when every paired markup link is the
    same prefix and suffix around that record's value (``/products/`` + ``handle``)."""
    holding = [(i, j) for i, j in pairs if isinstance(shown[i].get(field.name), str)]
    if len(holding) < 2:
        return None
    first, origin = holding[0][0], origin_of(endpoint)
    for path in paths:
        segments = [template_segment(path_value(records[j], path)) for _, j in holding]
        if not all(segments) or len(set(segments)) < len(segments):
            continue  # a value missing, or one shared: it does not name the record
        link = unquote(str(shown[first][field.name]))
        start = link.find(segments[0])
        for _ in range(MAX_TEMPLATE_TRIES):
            if start < 0:
                break
            prefix, suffix = link[:start], link[start + len(segments[0]) :]
            if origin and prefix.startswith(f"{origin}/"):
                prefix = prefix[len(origin) :]  # the endpoint's own site: a path, joined to whichever host serves it
            reader = _templated_reader(field, path, f"{prefix}{{}}{suffix}")
            if reader is not None and all(
                same_value(field_value(records[j], reader, endpoint), shown[i][field.name]) for i, j in holding
            ):
                return reader
            start = link.find(segments[0], start + 1)
    return None


def _templated_reader(field: FieldSpec, path: str, template: str) -> FieldSpec | None:
    try:
        return FieldSpec(name=field.name, type=field.type, json_path=path, many=field.many, url_template=template)
    except ValidationError:
        return None  # a template that would not fix the host (or has braces of its own)


def _with_currency(reader: FieldSpec, shown: list[Record]) -> FieldSpec:
    """A price field taking the one currency the markup's prices show, for amounts that name none."""
    if reader.type != "price":
        return reader
    codes = {v.get("currency") for r in shown if isinstance(v := r.get(reader.name), dict)}
    code = next(iter(codes)) if len(codes) == 1 else None
    if not isinstance(code, str) or not re.fullmatch(r"[A-Z]{3}", code):
        return reader
    return reader.model_copy(update={"currency": code})
