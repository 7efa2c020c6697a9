"""Record selectors that still match when the next page is an HTML *fragment*.

A "Load more" button (htmx ``hx-get``, ``data-url``) often fetches only the next records and the
next button, without the list or the page around them. A selector scoped by that list
(``ol#events > li.event``) finds nothing there, so the crawl would stop after the first page.
Dropping scopes from the left (``li.event``) keeps the selector right on the first page and makes
it match the fragment too. The Builder tries this on the sample pages it fetched.
"""

from __future__ import annotations

from parsel import Selector

from pipeline.core.extract import extract_records, make_selector
from pipeline.core.schemas import ScraperSpec

_COMBINATORS = frozenset(" >+~")
_OPENERS = {"(": ")", "[": "]", '"': '"', "'": "'"}

Page = tuple[str | bytes, str]


def compounds(css: str) -> list[str] | None:
    """``main ol#e > li.x`` -> ``["main", " ", "ol#e", ">", "li.x"]``: compound selectors and the
    combinators between them; None for a union (``a, b``), which is left as it is."""
    parts: list[str] = []
    current: list[str] = []
    closing: list[str] = []
    pending: str | None = None
    for char in css.strip():
        if closing:
            current.append(char)
            if char == closing[-1]:
                closing.pop()
            elif char in _OPENERS and closing[-1] not in "\"'":
                closing.append(_OPENERS[char])
            continue
        if char == ",":
            return None
        if char in _COMBINATORS:
            if current:
                parts.append("".join(current))
                current = []
            pending = char if char != " " or pending in (None, " ") else pending
            continue
        if pending is not None and parts:
            parts.append(pending)
        pending = None
        current.append(char)
        if char in _OPENERS:
            closing.append(_OPENERS[char])
    if current:
        parts.append("".join(current))
    return parts


def looser(css: str) -> list[str]:
    """The selector with its leftmost scopes dropped, one at a time, loosest last. A part that
    follows a sibling combinator (``h2 + ul``) is never cut from its sibling."""
    parts = compounds(css)
    if not parts:
        return []
    return [_join(parts[start:]) for start in range(2, len(parts), 2) if parts[start - 1] not in "+~"]


def _join(parts: list[str]) -> str:
    out = parts[0]
    for combinator, compound in zip(parts[1::2], parts[2::2], strict=True):
        out += f" {compound}" if combinator == " " else f" {combinator} {compound}"
    return out


def _matches(page: Selector, css: str) -> list[str] | None:
    """Where the matches are (lxml proxies come and go, so ``id()`` would not say which)."""
    try:
        nodes = [node.root for node in page.css(css)]
    except Exception:  # a selector parsel cannot run
        return None
    return [str(node.getroottree().getpath(node)) for node in nodes if hasattr(node, "getroottree")]


def fit_fragments(spec: ScraperSpec, pages: list[Page]) -> ScraperSpec | None:
    """A spec whose record selector also finds the records of later pages that the current one
    misses (fragments), while matching exactly the same records on the first page; None when no
    later page is missed or no looser selector does both."""
    if spec.json_source is not None or len(pages) < 2:
        return None
    missed = [(body, url) for body, url in pages[1:] if not extract_records(body, url, spec)]
    if not missed:
        return None
    body, url = pages[0]
    first = make_selector(body, url)
    wanted = _matches(first, spec.record_selector)
    if not wanted:
        return None
    for css in looser(spec.record_selector):
        if _matches(first, css) != wanted:
            continue
        candidate = spec.model_copy(update={"record_selector": css})
        if all(extract_records(b, u, candidate) for b, u in missed):
            return candidate
    return None
