"""Records that live in JSON: a page's inline script (``__NEXT_DATA__``, ``var data = [...]``) or
the JSON endpoint behind "load more" and infinite scroll.

JavaScript literals are parsed with chompjs (data only, never evaluated) and navigated with JMESPath.
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import quote, unquote, urljoin

import chompjs
import jmespath
from jmespath.exceptions import JMESPathError
from parsel import Selector

from pipeline.core.cleantext import clean_text
from pipeline.core.jscall import call_result
from pipeline.core.money import money
from pipeline.core.normalize import Value, normalize_value
from pipeline.core.schemas import FieldSpec
from pipeline.core.specparts import JsonSourceSpec, UrlPart
from pipeline.core.textparts import text_part

#: Scripts larger than this are not scanned with a pattern (keeps a hostile page from stalling us).
MAX_SCRIPT_CHARS = 5_000_000
#: A root-relative path ("/job/…", not "//host/…" or "/\\host/…"), and what of it a link keeps unescaped:
#: RFC 3986 path characters, never "?" or "#" (a value must not start the link's query or fragment).
_SITE_PATH = re.compile(r"/[^/\\?#]")
_PATH_CHARS = "/:@!$'()*+,;=~"
#: A "%" that starts no escape ("100%"): escaped itself, so no value can smuggle one in half-written.
_BARE_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")


def load_records(body: str | bytes, page: Selector | None, source: JsonSourceSpec) -> list[dict[str, Any]]:
    """The records of the first document (endpoint answer, or matching script) that holds any."""
    if source.location == "endpoint":
        text = body.decode("utf-8", errors="replace") if isinstance(body, bytes) else body
        try:
            return records_in(json.loads(text), source)
        except (ValueError, RecursionError):  # RecursionError: arrays nested a million deep
            return []
    if page is None or not source.script_selector:
        return []
    # A page may carry several matching scripts (JSON-LD often does): the first with records wins.
    # A selector ending in ::attr(data-items) reads JSON kept in an element's data attribute.
    for match in page.css(source.script_selector):
        script = match.get() if isinstance(match.root, str) else match.xpath("string()").get("")
        document = _parse_script(script, source.script_pattern)
        records = records_in(document, source) if document is not None else []
        if records:
            return records
    return []


def _parse_script(script: str, pattern: str | None) -> Any:
    text = script.strip()
    if not text or len(text) > MAX_SCRIPT_CHARS:
        return None
    if pattern:
        match = re.search(pattern, text, re.DOTALL)
        if match is None:
            return None
        text = match.group(1)
    if text.lstrip("( \t\r\n").startswith("function") and (result := call_result(text)) is not None:
        return result  # Nuxt 2's state: a function's result, its parameters substituted
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        pass
    try:
        return chompjs.parse_js_object(text)
    except ValueError:
        return None


def records_in(document: Any, source: JsonSourceSpec) -> list[dict[str, Any]]:
    try:
        found = jmespath.search(source.records_path, document)
    except JMESPathError:
        return []
    if not isinstance(found, list):
        return []
    return [item for item in found if isinstance(item, dict)]


def field_value(record: dict[str, Any], field: FieldSpec, base_url: str) -> Value:
    """The Silver value of ``field`` in one JSON record."""
    try:
        raw = jmespath.search(field.json_path or field.name, record)
    except JMESPathError:
        return None
    if field.url_parts is not None and field.url_template is not None:
        raw = parts_link(field.url_template, field.url_parts, record)
    elif field.url_template is not None:
        raw = _templated(field.url_template, raw)
    value = normalize_json(field, raw, base_url)
    if field.currency and isinstance(value, dict) and value.get("currency") is None:
        return {**value, "currency": field.currency}  # "49.00" in a shop whose pages say USD
    return value


def _templated(template: str, raw: Any) -> str | list[str] | None:
    """The link(s) ``template`` makes of a record's value: the value, escaped as one path segment
    (``/``, ``?``, ``#``, ``&``, ``=`` and ``%`` escaped too), in place of the template's one ``{}``.
    The template fixes the host (see ``URL_TEMPLATE``), so no value can point a link elsewhere.

    A value that is a path of the site ("/job/Oslo/Engineer_R-7", which the page shows behind
    "/en-US/careers") keeps its slashes when ``{}`` ends a template with no query or fragment: it
    then follows the prefix's path, its ``?`` and ``#`` escaped, and cannot climb out of the prefix.
    """
    prefix, _, suffix = template.partition("{}")
    items = raw if isinstance(raw, list) else [raw]
    links = [_filled(prefix, segment, suffix) for segment in map(template_segment, items) if segment]
    if not links:
        return None
    return links if isinstance(raw, list) else links[0]


def parts_link(template: str, parts: tuple[UrlPart, ...], record: dict[str, Any]) -> str | None:
    """The link ``template`` makes of a record's values, each escaped whole as one path segment in
    its named place (None when one is missing, or would be a "." or ".." segment)."""
    values: dict[str, str] = {}
    for part in parts:
        try:
            segment = template_segment(jmespath.search(part.json_path, record))
        except JMESPathError:
            return None
        if part.last_segment:
            segment = segment.rpartition("/")[2]
        if not segment or segment in (".", ".."):
            return None
        values[part.name] = quote(segment, safe="")
    return re.sub(r"\{([a-z][a-z0-9_]*)\}", lambda m: values.get(m.group(1), m.group(0)), template)


def _filled(prefix: str, value: str, suffix: str) -> str:
    if not suffix and "?" not in prefix and "#" not in prefix and is_site_path(value):
        return f"{prefix.rstrip('/')}{quote(_BARE_PERCENT.sub('%25', value), safe=_PATH_CHARS + '%')}"
    return f"{prefix}{quote(value, safe='')}{suffix}"


def is_site_path(text: str) -> bool:
    """``text`` is a path of the site's own ("/job/Oslo/…"): rooted, not "//host/…" or "/\\host/…"
    (another host), and without a ``.`` or ``..`` segment to climb with, however a server may read it:
    escaped ("%2e%2e", "..%2f"), after a backslash, or carrying a parameter ("..;x")."""
    if not _SITE_PATH.match(text):
        return False
    return all(part.split(";")[0] not in (".", "..") for part in re.split(r"[/\\]", unquote(text)))


def template_segment(raw: Any) -> str:
    """What of a value can fill a template: a text or a whole number ("" for anything else)."""
    if isinstance(raw, str):
        return raw.strip()
    return str(raw) if isinstance(raw, int) and not isinstance(raw, bool) else ""


def normalize_json(field: FieldSpec, raw: Any, base_url: str) -> Value:
    if isinstance(raw, str) and (field.text_after or field.text_before):
        # cut as the markup's texts are
        raw = text_part(
            raw, field.text_after, field.text_before, from_end=field.text_from_end, skip=field.text_after_skip
        )
    if raw is None or raw in ("", []):
        return None
    if isinstance(raw, bool):
        if field.flag_labels is not None:
            return field.flag_labels[0] if raw else field.flag_labels[1]  # what the page shows for it
        return str(raw).lower()
    if isinstance(raw, (int, float)):
        if field.type == "price":
            return {"amount": float(raw), "currency": None}
        if field.type == "number" and isinstance(raw, int):
            return raw  # a count stays a count, as in the markup
        if field.type in ("number", "rating"):
            return float(raw)
        return normalize_value(field.type, str(raw), base_url=base_url, date_order=field.date_order)
    if isinstance(raw, list):
        items = [clean_text(str(x)) for x in raw if isinstance(x, (str, int, float)) and str(x).strip()]
        if field.type in ("url", "image"):
            items = [urljoin(base_url, x) for x in items]
        return items or None
    if isinstance(raw, dict):
        price = money(raw) if field.type == "price" else None
        if price is not None:
            return price
        return clean_text(json.dumps(raw, ensure_ascii=False, sort_keys=True))
    return normalize_value(
        field.type,
        str(raw),
        base_url=base_url,
        date_order=field.date_order,
        currency=field.currency,
        mixed_dates=field.mixed_dates,
        thousands_dot=field.thousands_dot,
    )
