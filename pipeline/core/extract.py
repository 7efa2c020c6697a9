"""Apply a ``ScraperSpec`` to a page: the one parser used by the Builder, the spiders and replay.

Keeping a single implementation means a spec validated by the Builder extracts exactly the same
records in the crawl, and replaying Bronze later reproduces them.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from functools import lru_cache
from typing import Any
from urllib.parse import urljoin

from lxml import etree  # type: ignore[import-untyped]
from parsel import Selector
from parsel.csstranslator import css2xpath
from w3lib.encoding import html_to_unicode

from pipeline.core.cursorpages import cursor_page_url
from pipeline.core.drawnvalues import drawn_text
from pipeline.core.fingerprint import canonical_json
from pipeline.core.formpages import form_page_url
from pipeline.core.jsondata import MAX_SCRIPT_CHARS, field_value, load_records
from pipeline.core.localclock import with_shown_offset
from pipeline.core.normalize import Value, normalize_value
from pipeline.core.pairedjson import PairedRecords, page_pairs, paired_value
from pipeline.core.placeholders import says_not_set
from pipeline.core.recordparts import PrecedingIndex, record_roots
from pipeline.core.schemas import FieldSpec, ScraperSpec
from pipeline.core.showntext import LINE_BREAK, Hidden, scripts_hidden, shown_lines, shown_text
from pipeline.core.textparts import split_text, tail_text, text_part
from pipeline.core.valuepages import page_choice, param_page_url

Record = dict[str, Value]


def decode_html(body: bytes, content_type: str | None = None) -> str:
    """Decode a page the way browsers and Scrapy do: header, BOM, then ``<meta charset>``."""
    _, text = html_to_unicode(content_type, body)
    return str(text)


def make_selector(body: str | bytes, url: str) -> Selector:
    text = decode_html(body) if isinstance(body, bytes) else body
    return Selector(text=text, base_url=url, type="html")


def node_text(node: Selector) -> str:
    """The visible text of ``node``, whitespace-normalised."""
    return shown_text(node.root)


def element_text(element: Any, hidden: Hidden | None = None) -> str:
    """What a field reading ``element`` holds: its shown text, without screen-reader copies.
    ``hidden``: what its page hides (``showntext.page_hidden``), when it is in that page."""
    return shown_text(element, hidden)


@lru_cache(maxsize=2048)
def _compiled_css(selector: str) -> etree.XPath:
    """``selector`` translated as ``Selector.css`` does, compiled once (not once per record)."""
    query = css2xpath(selector)
    try:
        return etree.XPath(query, smart_strings=False)
    except etree.XPathError as exc:
        raise ValueError(f"XPath error: {exc} in {query}") from None


def _select(root: Any, selector: str) -> list[Any]:
    """What ``Selector(root).css(selector)`` matches, as lxml nodes and strings (no wrappers)."""
    if not selector:
        return [root]
    if not hasattr(root, "xpath"):
        return []  # a text result has nothing inside it
    try:
        result = _compiled_css(selector)(root)
    except etree.XPathError as exc:
        raise ValueError(f"XPath error: {exc} in {css2xpath(selector)}") from None
    return result if isinstance(result, list) else [result]


def _raw_value(
    root: Any, field: FieldSpec, matches: list[Any] | None = None, hidden: Hidden | None = None
) -> str | list[str] | None:
    if matches is None:
        matches = _select(root, field.selector)
    if field.drawn is not None:  # star icons counted or a bar measured: no text is read
        return drawn_text(matches, field.drawn)
    if field.attribute:
        values = [m.attrib.get(field.attribute, "") for m in matches]
    elif field.tail:
        values = [tail_text(m) for m in matches]
    elif field.split == LINE_BREAK:  # one item a line in the source, shown side by side
        values = [shown_lines(m, hidden) for m in matches]
    else:
        values = [_shown_value(m, hidden) for m in matches]
    if field.strip_label:
        values = [_strip_label(v, field.strip_label) for v in values]
    if field.text_after or field.text_before:
        after, before, skip = field.text_after, field.text_before, field.text_after_skip
        values = [text_part(v, after, before, from_end=field.text_from_end, skip=skip) for v in values]
    values = [v for v in values if v and v.strip()]
    if field.split:  # the parts of one text (each text's, for a field that reads many)
        return split_text(values if field.many else values[:1], field.split) or None
    if not values:
        return None
    return values if field.many else values[0]


def _shown_value(element: Any, hidden: Hidden | None) -> str:
    """The shown text of ``element``, or nothing when it is a placeholder saying the value is not
    set (``<em>Unresolved</em>``, see ``placeholders``)."""
    text = shown_text(element, hidden)
    return "" if says_not_set(element, text) else text


def _strip_label(text: str, label: str) -> str:
    stripped = text.strip()
    if stripped.lower().startswith(label.lower()):
        return stripped[len(label) :].lstrip(" :\u00a0-–—").strip()
    return stripped


def extract_field(node: Selector, field: FieldSpec, base_url: str) -> Value:
    return _field_value(node.root, field, base_url)


def _field_value(
    root: Any, field: FieldSpec, base_url: str, matches: list[Any] | None = None, hidden: Hidden | None = None
) -> Value:
    if matches is None:
        matches = _select(root, field.selector)
    raw = _raw_value(root, field, matches, hidden)
    if raw is None:
        return None
    value = normalize_value(
        field.type,
        raw,
        base_url=base_url,
        date_order=field.date_order,
        drop_query=field.drop_query,
        currency=field.currency,
        mixed_dates=field.mixed_dates,
        thousands_dot=field.thousands_dot,
    )
    if field.local_clock and field.type == "date" and isinstance(value, str):
        value = _in_shown_offset(value, matches, field, hidden)
    return value


def _in_shown_offset(value: str, matches: list[Any], field: FieldSpec, hidden: Hidden | None) -> str:
    """A UTC date in the offset of the clock its element shows (``localclock``): the element whose
    attribute was read."""
    element = next((m for m in matches if hasattr(m, "attrib") and (m.attrib.get(field.attribute) or "").strip()), None)
    return value if element is None else with_shown_offset(value, shown_text(element, hidden), field.date_order)


def page_base_url(page: Selector, url: str) -> str:
    """The URL relative links resolve against: ``<base href>`` when the page sets one."""
    base_href = page.xpath("//base/@href").get()
    if not base_href:
        return url
    try:
        return urljoin(url, base_href.strip())
    except ValueError:  # <base href="http://[::1">: no address, so the page's own
        return url


def iter_records(page: Selector, spec: ScraperSpec, *, url: str, body: str | bytes = "") -> Iterator[Record]:
    """Yield one record per container (or JSON record) that yields at least one field."""
    if spec.json_source is not None:
        yield from _iter_json_records(page, spec, url=url, body=body)
        return
    base_url = page_base_url(page, url)
    nodes = _select(page.root, spec.record_selector)
    own = [f for f in spec.fields if f.scope == "record" and not f.json_path]
    # A markup record completed by the page's JSON-LD: those fields read the scripts, once a page.
    scripted = {
        f.name: _script_value(page.root, f, base_url)
        for f in spec.fields
        if f.json_path and f.scope == "record" and f.paired is None
    }
    # What the cards lack, from the page's inline JSON record naming the same link: indexed once a page.
    pairs = {f.name: page_pairs(page, body, f.paired) for f in spec.fields if f.paired is not None}
    # A preceding field's selector finds the heading; the heading's own text (or attribute) is read.
    above = [(f, f.model_copy(update={"selector": ""})) for f in spec.fields if f.scope == "preceding"]
    headings = PrecedingIndex(page.root, _select) if above else None
    hidden = scripts_hidden(page.root)
    # A spanning record is read from detached copies, which the page's sets do not hold.
    inside = hidden if spec.record_span <= 1 else None
    for node, root in zip(nodes, record_roots(nodes, spec.record_span), strict=True):
        matched: dict[str, list[Any]] = {}  # fields sharing a selector (a link's text and href) select once
        record = {f.name: _field_value(root, f, base_url, _matches(root, f.selector, matched), inside) for f in own}
        record.update(scripted)  # a detail spec's one record: JSON-LD values alone still make it
        if not any(value not in (None, "", []) for value in record.values()):
            continue
        record.update(_paired_values(record, spec, pairs, base_url))
        for field, reader in above:
            heading = headings.before(field.selector, node) if headings else None
            record[field.name] = _field_value(heading, reader, base_url, None, hidden) if heading is not None else None
        yield {f.name: record[f.name] for f in spec.fields}


def _paired_values(record: Record, spec: ScraperSpec, pairs: dict[str, PairedRecords], base_url: str) -> Record:
    values: Record = {}
    for field in spec.fields:
        if field.paired is not None:
            found = pairs[field.name].find(record.get(field.paired.key_field))
            values[field.name] = paired_value(found, field, base_url) if found is not None else None
    return values


def _script_value(page_root: Any, field: FieldSpec, base_url: str) -> Value:
    """In a markup spec, a field with a ``json_path`` reads JSON: the first of the page's scripts
    matching its ``selector`` (``script[type="application/ld+json"]``) where the path finds a value."""
    for script in _select(page_root, field.selector):
        text = "".join(script.itertext()) if hasattr(script, "itertext") else str(script)
        if len(text) > MAX_SCRIPT_CHARS:
            continue
        try:
            document = json.loads(text)
        except (ValueError, RecursionError):
            continue  # broken or hostile (nested a million deep): this script gives nothing
        value = field_value(document, field, base_url)
        if value not in (None, "", []):
            return value
    return None


def _matches(root: Any, selector: str, matched: dict[str, list[Any]]) -> list[Any]:
    if selector not in matched:
        matched[selector] = _select(root, selector)
    return matched[selector]


def _iter_json_records(page: Selector | None, spec: ScraperSpec, *, url: str, body: str | bytes) -> Iterator[Record]:
    assert spec.json_source is not None
    base_url = page_base_url(page, url) if page is not None else url
    for item in load_records(body, page, spec.json_source):
        record = {f.name: field_value(item, f, base_url) for f in spec.fields}
        if any(value not in (None, "", []) for value in record.values()):
            yield record


def is_json_response(spec: ScraperSpec) -> bool:
    return spec.json_source is not None and spec.json_source.location == "endpoint"


def extract_records(body: str | bytes, url: str, spec: ScraperSpec) -> list[Record]:
    if is_json_response(spec):
        return list(_iter_json_records(None, spec, url=url, body=body))
    return list(iter_records(make_selector(body, url), spec, url=url, body=body))


def next_page_url(body: str | bytes | Selector, url: str, spec: ScraperSpec, *, page_number: int) -> str | None:
    """The URL of the page after ``page_number`` (1-based), or None at the end or at the cap."""
    pagination = spec.pagination
    if pagination.kind == "none" or page_number >= pagination.max_pages:
        return None
    if pagination.kind == "next_link" and pagination.next_selector:
        page = body if isinstance(body, Selector) else make_selector(body, url)
        # A "load more" URL (data-url, hx-get) is fetched by script from the first page, which stays
        # the document: a relative one resolves against it, not against the fragment it came in.
        scripted = pagination.next_attribute != "href" and page_number > 1
        base = spec.start_url if scripted else page_base_url(page, url)
        for raw_href in page.css(pagination.next_selector).xpath(f"@{pagination.next_attribute}").getall():
            href = raw_href.strip()
            if href and not href.startswith(("#", "javascript:")):
                return urljoin(base, href)
        return None
    if pagination.kind == "next_form" and pagination.next_selector:
        page = body if isinstance(body, Selector) else make_selector(body, url)
        base = page_base_url(page, url)
        found = (form_page_url(control.root, base, url) for control in page.css(pagination.next_selector))
        return next((u for u in found if u), None)
    if pagination.kind == "cursor":  # the token the JSON answer names (a page of markup names none)
        return None if isinstance(body, Selector) else cursor_page_url(body, url, pagination)
    return param_page_url(spec, url, page_number)  # ?page=N, ?offset=N, each listed ?year=


def record_key(record: Record, spec: ScraperSpec, *, page_url: str = "") -> str:
    """A stable identity for a record: its natural key, or a fingerprint of its content.

    A ``param_values`` source's records are also told apart by the value their page was asked
    for (the same film in two years): pass the ``page_url`` the record came from.
    """
    if spec.key_fields and all(record.get(k) not in (None, "") for k in spec.key_fields):
        material: object = {k: record[k] for k in spec.key_fields}
    else:
        material = record
    choice = page_choice(spec, page_url)
    if choice is not None:  # only such sources: every other source's stored keys stay as they were
        material = {"choice": choice, "record": material}
    digest = hashlib.sha256(canonical_json(material).encode())
    return digest.hexdigest()[:32]
