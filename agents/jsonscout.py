"""Find records that a page carries as data rather than as markup.

Pages rendered by JavaScript usually ship their records inside a script (``__NEXT_DATA__``,
``window.__INITIAL_STATE__ = {...}``, ``var data = [...]``) or fetch them from a JSON endpoint.
Taking that data directly is faster and sturdier than rendering the page in a browser.
Scripts are parsed as data with chompjs; nothing from the page is ever executed.
"""

from __future__ import annotations

import functools
import json
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

import chompjs
from parsel import Selector
from pydantic import ValidationError

from agents.candidate import same_value
from agents.jsiife import holds_parameter, iife_documents
from agents.jsonattrs import attribute_documents
from agents.jsonprices import joined_prices
from agents.scriptcalls import called_urls
from pipeline.core.extract import Record, node_text
from pipeline.core.jsondata import field_value
from pipeline.core.money import money
from pipeline.core.normalize import Value, clean_text
from pipeline.core.schemas import FieldSpec, FieldType, JsonSourceSpec

#: A list needs this many records of one shape to count as the page's data, not configuration.
MIN_RECORDS = 3
#: Share of records that must carry a key for it to become a field.
MIN_KEY_SHARE = 0.6
MAX_FIELDS = 20
MAX_SCRIPT_CHARS = 5_000_000
#: Endpoints fetched to check, at most (each is a request to the site).
MAX_ENDPOINTS = 5
#: A leaf inside a list's first object is proposed when the markup shows this share of its values...
MIN_SHOWN_SHARE = 0.5
#: ...counting values this long only ("1", "true" are everywhere).
MIN_SHOWN_CHARS = 3
_FIRST = "[0]"
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_ASSIGNMENT = re.compile(r"(?:\b(?:var|let|const)\s+|\bwindow\.|\bself\.)([A-Za-z_$][\w$]*)\s*=\s*(?=[\[{])")
_ENDPOINT = re.compile(
    r"""["'`]((?:https?://[^"'`\s]+|/)[^"'`\s]*(?:/api/|\.json|/graphql|[?&](?:page|p|offset)=)[^"'`\s]*)["'`]"""
)
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$")
_NAME_HINTS: tuple[tuple[str, FieldType], ...] = (
    ("price", "price"),
    ("cost", "price"),
    ("amount", "price"),
    ("date", "date"),
    ("time", "date"),
    ("published", "date"),
    ("posted", "date"),
    ("created", "date"),
    ("updated", "date"),
    ("rating", "rating"),
    ("stars", "rating"),
    ("score", "number"),
    ("author", "author"),
    ("by", "author"),
    ("image", "image"),
    ("img", "image"),
    ("photo", "image"),
    ("thumbnail", "image"),
    ("logo", "image"),
    ("avatar", "image"),
    ("url", "url"),
    ("link", "url"),
    ("href", "url"),
    ("title", "title"),
    ("name", "title"),
    ("headline", "title"),
    ("tags", "tags"),
    ("categories", "tags"),
)


@dataclass(frozen=True)
class JsonCandidate:
    source: JsonSourceSpec
    fields: tuple[FieldSpec, ...]
    records: int


def script_candidates(body: str | bytes, url: str) -> list[JsonCandidate]:
    """Record lists found in the page's scripts (and its elements' JSON data attributes), best first.

    A "page" that is itself JSON (a user may add the endpoint's URL) is its own endpoint.
    """
    raw = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    if raw.lstrip()[:1] in ("[", "{"):
        itself = endpoint_candidate(raw.encode("utf-8"), url)
        if itself is not None:
            return [itself]
    page = Selector(text=raw, type="html", base_url=url)  # parsel would read a JSON body as JSON
    shown = functools.cache(lambda: shown_text(page))  # read once, and only for a page holding records
    found: list[JsonCandidate] = []
    for index, script in enumerate(page.css("script")):
        text = script.xpath("string()").get() or ""
        if not text.strip() or len(text) > MAX_SCRIPT_CHARS or "ld+json" in (script.attrib.get("type") or ""):
            continue
        selector = _script_selector(script, index)
        for pattern, document, params in _documents(text):
            for path, records in _record_lists(document):
                fields = _literal_fields(propose_fields(records, shown()), records, params)
                if fields:
                    source = JsonSourceSpec(
                        location="script", script_selector=selector, script_pattern=pattern, records_path=path
                    )
                    found.append(JsonCandidate(source=source, fields=fields, records=len(records)))
    for selector, document in attribute_documents(page):  # data-items='[...]': read like a script
        for path, records in _record_lists(document):
            fields = propose_fields(records, shown())
            if fields:
                source = JsonSourceSpec(location="script", script_selector=selector, records_path=path)
                found.append(JsonCandidate(source=source, fields=fields, records=len(records)))
    return sorted(found, key=lambda c: c.records * len(c.fields), reverse=True)


def endpoint_urls(body: str | bytes, url: str) -> list[str]:
    """URLs of JSON endpoints the page's scripts mention (fetch them to check)."""
    html = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    page = Selector(text=html, type="html", base_url=url)
    urls: list[str] = []
    for text in page.css("script").xpath("string()").getall():
        for match in _ENDPOINT.finditer(text[:MAX_SCRIPT_CHARS]):
            raw = match.group(1).replace("${page}", "1").replace("{page}", "1")
            first = "0" if re.search(r"[?&](?:offset|start|skip)=$", raw) else "1"  # an offset counts from 0
            candidate = urljoin(url, raw + first if raw.endswith("=") else raw)
            if candidate not in urls:
                urls.append(candidate)
    # Then the URLs handed to fetch()/$.ajax() whatever their path ("/films/?ajax=true&year=" + year).
    urls += [u for u in called_urls(page, url) if u not in urls]
    return urls[:MAX_ENDPOINTS]


def shown_text(page: Selector) -> str:
    """What the page shows a reader: its body's text, without scripts (which hold the data itself)."""
    body = page.css("body")
    return node_text(body[0]) if body else ""


def endpoint_candidate(body: bytes, endpoint: str, shown: str | None = None) -> JsonCandidate | None:
    """The record list behind a JSON endpoint, if its answer holds one; ``shown``: the text of the
    page that calls it (see ``propose_fields``)."""
    try:
        document = json.loads(body.decode("utf-8", "replace"))
    except (ValueError, RecursionError):
        return None
    for path, records in _record_lists(document):
        fields = propose_fields(records, shown)
        if fields:
            return JsonCandidate(
                source=JsonSourceSpec(location="endpoint", endpoint=endpoint, records_path=path),
                fields=fields,
                records=len(records),
            )
    return None


def _script_selector(script: Selector, index: int) -> str:
    script_id = script.attrib.get("id")
    if script_id and re.fullmatch(r"[A-Za-z_][\w-]*", script_id):
        return f"script#{script_id}"
    return "script"


def _documents(text: str) -> Iterator[tuple[str | None, Any, frozenset[str]]]:
    stripped = text.strip()
    if stripped[:1] in "[{":
        try:
            yield None, json.loads(stripped), frozenset()
            return
        except ValueError:
            pass
    for match in _ASSIGNMENT.finditer(text):
        prefix = re.escape(text[match.start() : match.end()].strip())
        try:
            document: Any = chompjs.parse_js_object(text[match.end() :])
        except ValueError:
            continue
        yield prefix.replace(r"\ ", r"\s*") + r"\s*(.*)", document, frozenset()
    yield from iife_documents(text)


def _literal_fields(
    fields: tuple[FieldSpec, ...], records: list[dict[str, Any]], params: frozenset[str]
) -> tuple[FieldSpec, ...]:
    """Fields whose values are written out in the data (not a function's parameters)."""
    if not params:
        return fields
    kept = tuple(f for f in fields if not any(holds_parameter(_get(r, f.json_path or ""), params) for r in records))
    return kept if len(kept) >= 2 else ()


def _record_lists(document: Any, path: str = "", depth: int = 0) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """Every list of similar objects in ``document``, with its JMESPath, largest first."""
    if depth > 8:
        return
    if isinstance(document, list):
        objects = [item for item in document if isinstance(item, dict)]
        if len(objects) >= MIN_RECORDS and len(objects) >= 0.8 * len(document):
            yield (path or "@"), objects
        elif path and len(document) < MIN_RECORDS:  # a wrapper (Nuxt's ``data: [{jobs: [...]}]``)
            for position, item in enumerate(document):
                yield from _record_lists(item, f"{path}[{position}]", depth + 1)
        return
    if isinstance(document, dict):
        children = sorted(document.items(), key=lambda kv: -len(json.dumps(kv[1], default=str)))
        for key, value in children:
            if isinstance(key, str) and re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key):
                yield from _record_lists(value, f"{path}.{key}" if path else key, depth + 1)


def propose_fields(records: list[dict[str, Any]], shown: str | None = None) -> tuple[FieldSpec, ...]:
    """Fields for the keys most records share (one level of nesting is flattened: author.name).

    ``shown``: the text the page's markup shows. A leaf inside the first object of a list
    (``variants[0].price``, ``images[0].src``) is proposed only when the markup shows its values:
    such lists hold a product's variants or a post's media, mostly internals besides the one shown.
    """
    counts: Counter[str] = Counter()
    for record in records:
        counts.update(_leaf_paths(record))
    fields: list[FieldSpec] = []
    used: set[str] = set()
    shown_cf = clean_text(shown).casefold() if shown else ""
    for path, count in counts.most_common():
        share = count / len(records)
        if share < MIN_KEY_SHARE or len(fields) >= MAX_FIELDS:
            continue
        if _FIRST in path and not (shown_cf and _shown_share(records, path, shown_cf) >= MIN_SHOWN_SHARE):
            continue
        name = _field_name(path, used)
        sample = next((_get(r, path) for r in records if _get(r, path) not in (None, "", [])), None)
        field_type = _field_type(path, sample)
        fields.append(
            FieldSpec(
                name=name, type=field_type, json_path=path, many=isinstance(sample, list), confidence=round(share, 3)
            )
        )
        used.add(name)
    return joined_prices(tuple(fields)) if len(fields) >= 2 else ()


def _leaf_paths(record: dict[str, Any]) -> Iterator[str]:
    for key, value in record.items():
        if not _NAME.fullmatch(str(key)) or value in (None, ""):
            continue
        if money(value) is not None:
            yield str(key)  # {"amount": 1450, "currency": "EUR"} is one price, not two fields
        elif isinstance(value, dict):
            yield from (f"{key}.{sub}" for sub in _scalar_keys(value))
        elif isinstance(value, (str, int, float)) or (
            isinstance(value, list) and all(isinstance(x, str) for x in value)
        ):
            yield str(key)
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            # The first variant's price, the first image's src: what a card shows of a list.
            if money(value[0]) is not None:
                yield f"{key}{_FIRST}"
            else:
                yield from (f"{key}{_FIRST}.{sub}" for sub in _scalar_keys(value[0]))


def _scalar_keys(document: dict[str, Any]) -> Iterator[str]:
    for sub, leaf in document.items():
        if _NAME.fullmatch(str(sub)) and isinstance(leaf, (str, int, float)):
            yield str(sub)


def _shown_share(records: list[dict[str, Any]], path: str, shown_cf: str) -> float:
    """Share of the records' values at ``path`` (long enough to mean something) found in ``shown_cf``."""
    texts = [_as_text(_get(r, path)) for r in records]
    telling = [t for t in texts if len(t) >= MIN_SHOWN_CHARS]
    return sum(1 for t in telling if t in shown_cf) / len(telling) if telling else 0.0


def _as_text(value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return ""
    return clean_text(str(value)).casefold()


def _get(record: dict[str, Any], path: str) -> Any:
    value: Any = record
    for part in path.split("."):
        first = part.endswith(_FIRST)
        key = part.removesuffix(_FIRST)
        value = value.get(key) if isinstance(value, dict) else None
        if first:
            value = value[0] if isinstance(value, list) and value else None
    return value


def _field_name(path: str, used: set[str]) -> str:
    head, _, leaf = path.replace(_FIRST, "").partition(".")
    raw = head if leaf in ("", "name", "value", "text", "title") else f"{head}_{leaf}"
    name = re.sub(r"(?<!^)(?=[A-Z])", "_", raw).lower()
    name = re.sub(r"[^a-z0-9_]", "_", name).strip("_") or "value"
    if not name[0].isalpha():
        name = f"f_{name}"
    base, suffix = name[:60], 2
    while name in used:
        name, suffix = f"{base}_{suffix}", suffix + 1
    return name


def _field_type(path: str, sample: Any) -> FieldType:
    head, _, leaf = path.replace(_FIRST, "").lower().replace("_", "").partition(".")
    # author.name is the author; author.link is a URL: the leaf names the value unless it is generic.
    key = head if leaf in ("", "name", "value", "text", "title") else leaf
    if money(sample) is not None:
        return "price"
    if isinstance(sample, list):
        return "tags"
    for hint, field_type in _NAME_HINTS:
        if hint in key:
            if field_type in ("url", "image") and not (isinstance(sample, str) and "/" in sample):
                continue
            return field_type
    if isinstance(sample, str) and re.match(r"^(https?:)?/", sample):
        return "url"
    if isinstance(sample, str) and _ISO_DATE.match(sample):  # starts_at, createdOn: the value says it
        return "date"
    if isinstance(sample, (int, float)):
        return "number"
    return "text"


# --- The markup's own fields, found in the JSON its "load more" fetches --------------------------

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
    for path, records in _record_lists(document):
        mapped = _mapped_fields(own, list(shown), records, endpoint)
        if mapped:
            source = JsonSourceSpec(location="endpoint", endpoint=endpoint, records_path=path)
            return JsonCandidate(source=source, fields=mapped, records=len(records))
    return None


def _mapped_fields(
    fields: list[FieldSpec], shown: list[Record], records: list[dict[str, Any]], endpoint: str
) -> tuple[FieldSpec, ...]:
    records = records[:MAX_PAIRED_RECORDS]  # the page's records come first; a hostile answer stays cheap
    paths = list(dict.fromkeys(path for record in records for path in _leaf_paths(record)))[:MAX_LEAVES]
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
    first, origin = holding[0][0], _origin(endpoint)
    for path in paths:
        segments = [_template_segment(_get(records[j], path)) for _, j in holding]
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


def _template_segment(value: Any) -> str:
    if isinstance(value, str):
        return value.strip()
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else ""


def _templated_reader(field: FieldSpec, path: str, template: str) -> FieldSpec | None:
    try:
        return FieldSpec(name=field.name, type=field.type, json_path=path, many=field.many, url_template=template)
    except ValidationError:
        return None  # a template that would not fix the host (or has braces of its own)


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""


def _with_currency(reader: FieldSpec, shown: list[Record]) -> FieldSpec:
    """A price field taking the one currency the markup's prices show, for amounts that name none."""
    if reader.type != "price":
        return reader
    codes = {v.get("currency") for r in shown if isinstance(v := r.get(reader.name), dict)}
    code = next(iter(codes)) if len(codes) == 1 else None
    if not isinstance(code, str) or not re.fullmatch(r"[A-Z]{3}", code):
        return reader
    return reader.model_copy(update={"currency": code})
