"""Record links that a JSON API implies but does not give.

Single-page apps fetch records that carry a slug or an id, never a link: the script builds the
href (``"/products/" + p.slug``, `` `/products/${p.slug}` ``). The link is read back as a template
filled with that key's value (or several leaves' values, ``agents.jsonlinkparts``), found in the links
the rendered page shows, or else in a literal path prefix joined to a key in the page's own scripts.
Scripts are only read, never run.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

from pydantic import ValidationError

from agents.jsonlinkparts import parts_field
from agents.jsonscout import path_value
from pipeline.core.jsondata import field_value, is_site_path, template_segment
from pipeline.core.schemas import FieldSpec

#: Share of the records whose link the rendered page must show for a template to be taken.
MIN_LINKED_SHARE = 0.8
MAX_LINKS = 2000
#: Records whose paths are looked for among the page's links (each value is compared with every link).
MAX_SAMPLED = 200
MAX_SCRIPT_CHARS = 2_000_000
#: A value that can stand as one path segment (a slug, a handle, an id).
_SEGMENT = re.compile(r"[\w.~-]{1,200}")
_VAR = r"[A-Za-z_$][\w$]{0,30}"
_KEY = r"([A-Za-z_$][\w$]{0,40})"
_PATH = r"(/[\w./~-]{0,100})"
#: "/products/" + p.slug  and  `/products/${p.slug}` (the suffix: literal path characters up to the backtick).
_CONCAT = re.compile(rf"""["']{_PATH}["']\s{{0,3}}\+\s{{0,3}}{_VAR}\.{_KEY}""")
_TEMPLATE = re.compile(rf"`{_PATH}\$\{{\s{{0,3}}{_VAR}\.{_KEY}\s{{0,3}}\}}([\w./~-]{{0,40}})`")


def linked_field(
    fields: Sequence[FieldSpec],
    records: list[dict[str, Any]],
    base_url: str,
    hrefs: Sequence[str] | None,
    scripts: Sequence[str],
    drawn: Sequence[int] | None = None,
) -> FieldSpec | None:
    """A ``url`` field read from a slug/id key through a link template, when no field gives the link.

    ``hrefs``: the links of the rendered page (None when it was not rendered); a template must
    give most records' links among them. Without them, a literal in ``scripts`` joined to a key is taken.
    ``drawn``: the indexes of the only records the rendered page shows (its script draws a few at a
    time), over which the share of links is measured instead.
    """
    if not records or _has_link(fields, records, base_url, hrefs):
        return None
    keys = segment_keys(records)
    name = _free_name("url", {f.name for f in fields})
    if hrefs:
        paths = [_site_path(h, base_url) for h in hrefs[:MAX_LINKS]]
        found = _href_template(keys, records, paths, drawn) if keys else None
        return _reader(name, *found) if found else parts_field(name, records, paths)
    if not keys:
        return None
    for key, template in _script_templates(scripts):
        if key in keys and (reader := _reader(name, key, template)) is not None:
            return reader
    return None


def prefixed_paths(
    fields: Sequence[FieldSpec], records: list[dict[str, Any]], base_url: str, hrefs: Sequence[str] | None
) -> tuple[FieldSpec, ...]:
    """``fields``, a link field whose values are paths of the site ("/job/Oslo/…") given the prefix
    the rendered page shows them behind ("/en-US/careers/job/Oslo/…") as its ``url_template``.

    The app joins its base path to the API's path; the page's links show that base, the API does not.
    """
    if not hrefs or not records or _has_link(fields, records, base_url, hrefs):
        return tuple(fields)
    paths = [_site_path(h, base_url) for h in hrefs[:MAX_LINKS]]
    sampled = records[:MAX_SAMPLED]
    found = list(fields)
    for at, field in enumerate(fields):
        if field.type != "url" or not field.json_path or field.url_template is not None or field.many:
            continue
        values = [path_value(r, field.json_path) for r in sampled]
        rooted = [v for v in values if isinstance(v, str) and is_site_path(v)]
        prefix = _shown_prefix(rooted, paths, len(sampled))
        if prefix is not None and (templated := _reader(field.name, field.json_path, f"{prefix}{{}}")):
            found[at] = field.model_copy(update={"url_template": templated.url_template})
            break
    return tuple(found)


def _shown_prefix(values: list[str], paths: list[str], records: int) -> str | None:
    """The one path prefix that most of the ``records``' ``values`` are shown behind among ``paths``:
    a path of the site with no query or fragment, which the value could not follow."""
    counts: Counter[str] = Counter()
    for value in dict.fromkeys(values):
        counts.update({p[: -len(value)] for p in paths if p.endswith(value) and _path_prefix(p[: -len(value)])})
    if not counts:
        return None
    prefix, count = counts.most_common(1)[0]
    return prefix if count >= max(2, MIN_LINKED_SHARE * records) else None


def _path_prefix(text: str) -> bool:
    return is_site_path(text) and "?" not in text and "#" not in text


def href_list(page: Any) -> list[str]:
    """The links of a parsed page (a parsel Selector), as written."""
    return [h.strip() for h in page.css("a[href]::attr(href)").getall() if h.strip()][:MAX_LINKS]


def _has_link(
    fields: Sequence[FieldSpec], records: list[dict[str, Any]], base_url: str, hrefs: Sequence[str] | None
) -> bool:
    """A field already gives the records' links (the rendered page shows them, when it was rendered)."""
    links = [f for f in fields if f.type == "url"]
    if not links or not hrefs:
        return bool(links)
    shown = {_site_path(h, base_url) for h in hrefs}
    for field in links:
        values = [field_value(r, field, base_url) for r in records]
        hits = sum(1 for v in values if isinstance(v, str) and _site_path(v, base_url) in shown)
        if 2 * hits >= len(records):
            return True
    return False


def segment_keys(records: list[dict[str, Any]]) -> dict[str, list[str]]:
    """Top-level keys whose values tell every record apart and fit in one path segment."""
    keys: dict[str, list[str]] = {}
    for key in records[0]:
        if not isinstance(key, str) or not re.fullmatch(r"[A-Za-z_][\w]{0,60}", key):
            continue
        values = [template_segment(r.get(key)) for r in records]
        if all(values) and len(set(values)) == len(values) and all(_SEGMENT.fullmatch(v) for v in values):
            keys[key] = values
    return keys


def _href_template(
    keys: dict[str, list[str]], records: list[dict[str, Any]], paths: list[str], drawn: Sequence[int] | None = None
) -> tuple[str, str] | None:
    """(key, template) giving the most records' links among ``paths``; a text key wins a tie with a number.
    ``drawn``: the records to measure over (at least two), when the page shows only those."""
    among = list(drawn) if drawn is not None and len(drawn) >= 2 else range(len(records))
    best: tuple[int, bool, str, str] | None = None
    for key, values in keys.items():
        counts: Counter[str] = Counter()
        for at in among:
            counts.update({t for p in paths for t in _templates_in(p, values[at])})
        if not counts:
            continue
        template, count = counts.most_common(1)[0]
        textual = isinstance(records[0].get(key), str)
        if count >= max(2, MIN_LINKED_SHARE * len(among)) and (best is None or (count, textual) > best[:2]):
            best = (count, textual, key, template)
    return (best[2], best[3]) if best else None


def _templates_in(path: str, value: str) -> set[str]:
    """Each way ``path`` holds ``value`` as a whole segment: the path with ``{}`` in its place."""
    found: set[str] = set()
    start = path.find(value)
    while start >= 0 and len(found) < 4:
        end = start + len(value)
        before_ok = start > 0 and path[start - 1] in "/="
        after_ok = end == len(path) or path[end] in "/?#.&"
        if before_ok and after_ok:
            found.add(f"{path[:start]}{{}}{path[end:]}")
        start = path.find(value, start + 1)
    return found


def _script_templates(scripts: Sequence[str]) -> list[tuple[str, str]]:
    """(key, template) for each literal path joined to a variable's key in the scripts."""
    found: list[tuple[str, str]] = []
    for script in scripts:
        text = script[:MAX_SCRIPT_CHARS]
        found += [(m.group(2), f"{m.group(1)}{{}}") for m in _CONCAT.finditer(text)]
        found += [(m.group(2), f"{m.group(1)}{{}}{m.group(3)}") for m in _TEMPLATE.finditer(text)]
    return [f for f in dict.fromkeys(found) if f[1] != "/{}"]  # a bare "/" + x is no record's page


def _site_path(href: str, base_url: str) -> str:
    """A link as a path when it is on the page's own host (a template must fix the host), else absolute."""
    absolute = unquote(urljoin(base_url, href))
    parts, base = urlsplit(absolute), urlsplit(base_url)
    if parts.netloc != base.netloc:
        return absolute
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _reader(name: str, key: str, template: str) -> FieldSpec | None:
    try:
        return FieldSpec(name=name, type="url", json_path=key, url_template=template)
    except ValidationError:
        return None  # a template that would not fix the host


def _free_name(name: str, used: set[str]) -> str:
    suffix = 2
    candidate = name
    while candidate in used:
        candidate, suffix = f"{name}_{suffix}", suffix + 1
    return candidate
