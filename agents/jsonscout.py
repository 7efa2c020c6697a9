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
from urllib.parse import urljoin

import chompjs
from parsel import Selector

from agents.heuristics.sidepictures import are_avatar_addresses
from agents.heuristics.valuetypes import are_relative_dates
from agents.jsiife import holds_parameter, iife_documents
from agents.jsonattrs import attribute_documents
from agents.jsonfieldtypes import FIRST_ITEM as _FIRST
from agents.jsonfieldtypes import field_name, field_type
from agents.jsonleaves import leaf_paths, ranked_paths
from agents.jsonoptional import optional_key
from agents.jsonprices import joined_prices
from agents.scriptcalls import called_urls
from agents.shownpage import content_text
from pipeline.core.cleantext import clean_text
from pipeline.core.schemas import FieldSpec
from pipeline.core.specparts import JsonSourceSpec

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
#: Records whose values are looked for in the page's text to rank the leaves (each a search of it).
SHOWN_SAMPLE = 50
_ASSIGNMENT = re.compile(r"(?:\b(?:var|let|const)\s+|\bwindow\.|\bself\.)([A-Za-z_$][\w$]*)\s*=\s*(?=[\[{])")
_ENDPOINT = re.compile(
    r"""["'`]((?:https?://[^"'`\s]+|/)[^"'`\s]*(?:/api/|\.json|/graphql|[?&](?:page|p|offset)=)[^"'`\s]*)["'`]"""
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
            for path, records in record_lists(document):
                fields = _literal_fields(propose_fields(records, shown()), records, params)
                if fields:
                    source = JsonSourceSpec(
                        location="script", script_selector=selector, script_pattern=pattern, records_path=path
                    )
                    found.append(JsonCandidate(source=source, fields=fields, records=len(records)))
    for selector, document in attribute_documents(page):  # data-items='[...]': read like a script
        for path, records in record_lists(document):
            fields = propose_fields(records, shown())
            if fields:
                source = JsonSourceSpec(location="script", script_selector=selector, records_path=path)
                found.append(JsonCandidate(source=source, fields=fields, records=len(records)))
    return sorted(found, key=lambda c: c.records * len(c.fields), reverse=True)


def endpoint_urls(body: str | bytes, url: str, bundles: Sequence[str] = ()) -> list[str]:
    """URLs of JSON endpoints the page's scripts mention (fetch them to check); ``bundles``: the text
    of the external scripts an app shell loads from its own site (``agents.bundles``)."""
    html = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    page = Selector(text=html, type="html", base_url=url)
    urls: list[str] = []
    for text in [*page.css("script").xpath("string()").getall(), *bundles]:
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
    """What the page shows a reader as its content: its body's text, without scripts (which hold
    the data itself) and without the site's chrome (``shownpage``)."""
    return content_text(page)


def endpoint_candidate(
    body: bytes, endpoint: str, shown: str | None = None, min_fields: int = 2
) -> JsonCandidate | None:
    """The record list behind a JSON endpoint, if its answer holds one; ``shown``: the text of the
    page that calls it (see ``propose_fields``); ``min_fields``: fields a record needs to count."""
    try:
        document = json.loads(body.decode("utf-8", "replace"))
    except (ValueError, RecursionError):
        return None
    for path, records in record_lists(document):
        fields = propose_fields(records, shown, min_fields)
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
    kept = tuple(
        f for f in fields if not any(holds_parameter(path_value(r, f.json_path or ""), params) for r in records)
    )
    return kept if len(kept) >= 2 else ()


def record_lists(document: Any, path: str = "", depth: int = 0) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """Every list of similar objects in ``document``, with its JMESPath, largest first."""
    if depth > 8:
        return
    if isinstance(document, list):
        objects = [item for item in document if isinstance(item, dict)]
        if len(objects) >= MIN_RECORDS and len(objects) >= 0.8 * len(document):
            yield (path or "@"), objects
        elif path and len(document) < MIN_RECORDS:  # a wrapper (Nuxt's ``data: [{jobs: [...]}]``)
            for position, item in enumerate(document):
                yield from record_lists(item, f"{path}[{position}]", depth + 1)
        return
    if isinstance(document, dict):
        children = sorted(document.items(), key=lambda kv: -len(json.dumps(kv[1], default=str)))
        for key, value in children:
            if isinstance(key, str) and re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key):
                yield from record_lists(value, f"{path}.{key}" if path else key, depth + 1)


def propose_fields(
    records: list[dict[str, Any]], shown: str | None = None, min_fields: int = 2
) -> tuple[FieldSpec, ...]:
    """Fields for the keys most records share (nested objects are walked: author.name, post.record.text).

    ``shown``: the text the page's markup shows. A leaf inside the first object of a list
    (``variants[0].price``, ``images[0].src``) is proposed only when the markup shows its values:
    such lists hold a product's variants or a post's media, mostly internals besides the one shown.
    Past MAX_FIELDS, the leaves the markup shows and those a reader can use are kept first;
    fewer than ``min_fields`` propose none.
    """
    counts: Counter[str] = Counter()
    for record in records:
        counts.update(leaf_paths(record))
    shown_cf = clean_text(shown).casefold() if shown else ""
    eligible: list[str] = []
    for path, count in counts.most_common():
        share = count / len(records)
        if share < MIN_KEY_SHARE and not optional_key(records, path, path_value):
            continue
        if _FIRST in path and not (shown_cf and shown_share(records, path, shown_cf) >= MIN_SHOWN_SHARE):
            continue
        if are_avatar_addresses([path_value(r, path) for r in records[:SHOWN_SAMPLE]]):
            continue  # the poster's picture: who posted is read from their name
        eligible.append(path)
    share_of = (lambda path: shown_share(records[:SHOWN_SAMPLE], path, shown_cf)) if shown_cf else None
    fields: list[FieldSpec] = []
    used: set[str] = set()
    for path in ranked_paths(eligible, MAX_FIELDS, records, path_value, share_of):
        name = field_name(path, used)
        sample = next((path_value(r, path) for r in records if path_value(r, path) not in (None, "", [])), None)
        kind = field_type(path, sample)
        if kind == "date" and are_relative_dates([v for r in records if isinstance(v := path_value(r, path), str)]):
            kind = "text"  # "Posted 3 days ago" would be turned into a made-up calendar date
        share = counts[path] / len(records)
        fields.append(
            FieldSpec(name=name, type=kind, json_path=path, many=isinstance(sample, list), confidence=round(share, 3))
        )
        used.add(name)
    return joined_prices(tuple(fields)) if len(fields) >= min_fields else ()


def shown_share(records: list[dict[str, Any]], path: str, shown_cf: str) -> float:
    """Share of the records' values at ``path`` (long enough to mean something) found in ``shown_cf``."""
    texts = [_as_text(path_value(r, path)) for r in records]
    telling = [t for t in texts if len(t) >= MIN_SHOWN_CHARS]
    return sum(1 for t in telling if t in shown_cf) / len(telling) if telling else 0.0


def _as_text(value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return ""
    return clean_text(str(value)).casefold()


def path_value(record: dict[str, Any], path: str) -> Any:
    value: Any = record
    for part in path.split("."):
        first = part.endswith(_FIRST)
        key = part.removesuffix(_FIRST)
        value = value.get(key) if isinstance(value, dict) else None
        if first:
            value = value[0] if isinstance(value, list) and value else None
    return value
