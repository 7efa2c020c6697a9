"""The JSON files a page names literally, where its list's data may wait when its markup has none.

A page can draw its list with a script from another host (a CDN the crawler, or Chromium, cannot
reach) while the page itself names the file the script would read: ``fetch("data/listings.json")``,
``<div data-src="/api/items.json">``, ``<link rel="preload" as="fetch" href="...">``, a config object
``{"endpoint": "/feeds/x.json"}``, ``"/api/items.json?page=" + n``, or two constants joined
(``BASE + PATH``). The file is read from the page's own host only; whether it is the list (not the
app's settings, translations or menu) is for ``agents.datasurvey`` to judge from its content.
The page is read as text, never run.
"""

from __future__ import annotations

import re
from itertools import islice
from urllib.parse import urljoin

from parsel import Selector

from agents.scriptcalls import appended_filled
from agents.scriptrefs import REFERENCE, reference_literal
from pipeline.core.urls import on_same_site

#: Files tried, at most (each is a request to the site).
MAX_FILES = 4
MAX_SCRIPT_CHARS = 2_000_000
#: Literals and joins read per script: a page names its data files a handful of times.
MAX_MATCHES = 100
#: Distinct references resolved per page (each a walk of the page's scripts).
MAX_REFERENCES = 12
_PATH = r"[\w.~%/:@-]{1,300}?\.json"
_QUERY = r"(?:\?[^\"'`\s<>]{0,200})?"
#: A string literal naming a JSON file, absolute, rooted or relative, and what the script appends.
_LITERAL = re.compile(rf"""(?P<q>["'`])(?P<path>(?:https?://)?{_PATH}{_QUERY})(?P=q)(?P<tail>\s*\+\s*[\w$.]+)?""")
#: A whole value that is the address of a JSON file.
_ADDRESS = re.compile(rf"(?:https?://)?{_PATH}{_QUERY}")
_STRING = r"""(?:"[^"\\\n]{0,300}"|'[^'\\\n]{0,300}')"""
#: Two pieces joined into one address: references set elsewhere, or literals.
_JOIN = re.compile(rf"(?<![\w$.])(?P<a>{REFERENCE}|{_STRING})\s*\+\s*(?P<b>{REFERENCE}|{_STRING})")
#: The same, as a template literal: ``${BASE}/items.json``.
_TEMPLATE = re.compile(r"`(?P<body>[^`\n]{0,300}\.json[^`\n]{0,200})`")
_SLOT = re.compile(rf"\$\{{\s*({REFERENCE})\s*\}}")
_DATA_ATTRIBUTES = "//*[not(self::script)]/@*[starts-with(name(), 'data-')]"
_PRELOADS = "//link[contains(concat(' ', normalize-space(@rel), ' '), ' preload') or contains(@rel, 'prefetch')]"


def named_json_files(page: Selector, url: str) -> list[str]:
    """Absolute URLs of the JSON files ``page`` names, on its own host, in the order named: the
    preloaded fetches, the data attributes, then the inline scripts."""
    named: dict[str, None] = {}
    for raw in [*_preloads(page), *_attribute_paths(page), *_script_paths(page)]:
        address = urljoin(url, raw.strip())
        if on_same_site(address, url):
            named.setdefault(address.split("#")[0])
    return list(named)[:MAX_FILES]


def _preloads(page: Selector) -> list[str]:
    """What ``<link rel="preload" as="fetch">`` asks for ahead of the script, whatever its path."""
    links = page.xpath(_PRELOADS)
    return [str(link.attrib.get("href", "")) for link in links if link.attrib.get("as", "fetch") == "fetch"]


def _attribute_paths(page: Selector) -> list[str]:
    """Data attributes whose whole value is the address of a JSON file (``data-src="/api/items.json"``)."""
    values = (str(v).strip() for v in page.xpath(_DATA_ATTRIBUTES).getall())
    return [v for v in values if _ADDRESS.fullmatch(v)]


def _script_paths(page: Selector) -> list[str]:
    """The JSON files inline scripts name as literals, joins of two pieces, or templates."""
    scripts = [t[:MAX_SCRIPT_CHARS] for t in page.css("script:not([src])").xpath("string()").getall() if t.strip()]
    resolved: dict[str, str | None] = {}

    def piece(text: str) -> str | None:
        if text[:1] in "\"'":
            return text[1:-1]
        if text not in resolved and len(resolved) < MAX_REFERENCES:
            resolved[text] = reference_literal(scripts, text)
        return resolved.get(text)

    found: list[str] = []
    pieces: set[str] = set()  # the literals an address is joined from, no addresses of their own
    for script in scripts:
        for match in islice(_JOIN.finditer(script), MAX_MATCHES):
            a, b = piece(match.group("a")), piece(match.group("b"))
            joined = a + b if a is not None and b is not None else ""
            if _ADDRESS.fullmatch(joined):
                found.append(joined)
                pieces.update((a or "", b or ""))
        for match in islice(_TEMPLATE.finditer(script), MAX_MATCHES):
            body = _SLOT.sub(lambda m: piece(m.group(1)) or "${", match.group("body"))
            if "${" not in body and _ADDRESS.fullmatch(body):
                found.append(body)
    for script in scripts:
        for match in islice(_LITERAL.finditer(script), MAX_MATCHES):
            if script[max(0, match.start() - 20) : match.start()].rstrip().endswith("+"):
                continue  # the end of an address joined from pieces, read whole above
            path = match.group("path")
            if "${" not in path and path not in pieces:
                tail = match.group("tail") or ""
                found.extend(appended_filled(page, path, drop_unknown=True, appended=tail) if tail else [path])
    return found
