"""The route from a list's first page to its second, read off the served files (a shape, naming no site).

``pagingshape`` says a list was read on its first page only; this module says how that first page leads to page 2,
so that a held-out set can point at a cause with none of its sites read. The file holding page 2's records is the
one holding the first expected record that page 1's file lacks; the start page then refers to it through an
``<a href>`` (whose shape is described: text kind, rel=next, pager container, sibling links, URL shape), a
``<link rel=next>``, a form, a script or an attribute (``data-*``, ``hx-get``…), or not at all. Page 2's body is
told apart too (a page, JSON, or an HTML fragment), and whether it repeats page 1's records.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urljoin, urlsplit

from lxml import html as lxml_html

from agents.heuristics.pageurls import PAGE_PARAM_NAMES
from agents.heuristics.urlpaging import OFFSET_NAMES
from tests.bench.pagercheck import PAGER_WORDS, address_change, describe_link, furthest_link
from tests.bench.pagetext import read_texts

_BASE = "http://site.invalid/"
_PAGER_NAME = re.compile(r"pag|navigation|seite|paging|pgn|nav-links", re.IGNORECASE)
_PATH_PAGE_N = re.compile(r"/(?:page|p|pg|seite|pagina|strona|sida)/\d+/?$", re.IGNORECASE)
_PATH_BARE_N = re.compile(r"/\d+/?$")
_PATH_GLUED_N = re.compile(r"[^/\d]\d+(?:\.\w{2,5})?/?$")
#: How page 2's URL is numbered, in the order reported.
URL_SHAPES = ("known_param", "unknown_param", "path_page_n", "path_bare_n", "path_glued", "other")
#: Route kinds, in the order they are preferred and reported.
ROUTES = ("anchor", "link_next", "form", "script", "attribute", "unreferenced", "not_found")


@dataclass(frozen=True)
class PageRoute:
    """How one first page leads to page 2, in shape only."""

    route: str
    body: str = ""  # page, json or fragment
    text_kinds: frozenset[str] = frozenset()  # digit, word_en, word_other, glyph, label, image, empty
    rel_next: bool = False
    container: str = ""  # named (class/id/role/aria-label says pager), list_or_nav, neither
    siblings: int = 0  # other links on page 1 with the same URL shape
    url_shape: str = ""  # known_param, unknown_param, path_page_n, path_bare_n, path_glued, other
    same_path: bool = False
    page1_count: int = 0
    page2_count: int = 0
    leads_with_page1: bool = False  # page 2's first records are page 1's (pinned)
    repeats_page1: bool = False
    address_change: str = ""  # pagercheck.ADDRESS_CHANGES
    link_check: str = ""  # pagercheck.LINK_CHECKS: the Scout's test turning the link down (anchor routes)
    link_look: str = ""  # pagercheck.describe_link: that link's words and address, in shape only


def served_file(root: Path, url: str) -> Path | None:
    """The file the corpus server answers ``url`` with (``tests.conftest._QuietHandler``'s mapping)."""
    parts = urlsplit(url)
    path = unquote(parts.path)
    local = root.joinpath(*[p for p in path.split("/") if p and p not in (".", "..")])
    if parts.query:
        local = Path(f"{local}{'/' if path.endswith('/') else ''}@{parts.query}")
    try:
        if local.is_dir():
            local = local / "index.html"
        return local.resolve() if local.is_file() else None
    except OSError:  # a name too long: no file
        return None


def _body(path: Path, text: str) -> str:
    start = text.lstrip()[:1]
    if path.suffix == ".json" or start in ("{", "["):
        return "json"
    return "page" if re.search(r"<html|<body", text[:5000], re.IGNORECASE) else "fragment"


class _Records:
    """Which served files hold which expected records (by their telling texts)."""

    def __init__(self, texts: Mapping[Path, str], expected: list[dict[str, Any]]) -> None:
        self.texts = dict(texts)
        self.stacks = {f: file_haystack(t) for f, t in self.texts.items()}
        self.needles = record_needles(expected)

    def holds(self, path: Path, index: int) -> bool:
        # Most of a record's texts, not one: a unique category name may also sit in a filter sidebar.
        needles = self.needles[index]
        return 2 * sum(1 for n in needles if n in self.stacks[path]) >= len(needles) > 0

    def count(self, path: Path) -> int:
        return sum(1 for i in range(len(self.needles)) if self.holds(path, i))

    def mentions(self, path: Path) -> list[int]:
        """The records the file holds, in the order it mentions them, each as often as it is mentioned (by its
        first telling text the file holds; a record mentioned twice in a row counted once)."""
        stack = self.stacks[path]
        found: list[tuple[int, int]] = []
        for i in range(len(self.needles)):
            if self.holds(path, i):
                needle = next(n for n in self.needles[i] if n in stack)
                found += [(m.start(), i) for m in re.finditer(re.escape(needle), stack)]
        seq = [i for _, i in sorted(found)]
        return [i for n, i in enumerate(seq) if n == 0 or seq[n - 1] != i]

    def block(self, path: Path, first: int) -> int:
        """How many records the file shows as its list from its first mention of record ``first``: the walk
        goes on over records not seen yet, at most two past the highest so far, and stops at the second stray
        in a row (a record seen already or far ahead: an archive, a promoted card, a sidebar)."""
        seq = self.mentions(path)
        if first not in seq:
            return 0
        seen: set[int] = set()
        strays = 0
        for i in seq[seq.index(first) :]:
            if i not in seen and first <= i <= max(seen, default=first - 1) + 2:
                seen.add(i)
                strays = 0
            elif (strays := strays + 1) > 1:
                break
        return next(n for n in range(len(seen) + 1) if first + n not in seen)


def find_route(
    root: Path, start: str, expected: list[dict[str, Any]], texts: Mapping[Path, str] | None = None
) -> PageRoute:
    """Find page 2's file among the site's files (``texts``: ``pagetext.read_texts`` of ``root``, read once by the
    bench) and classify how the start page refers to it."""
    start_file = served_file(root, urljoin(_BASE, start))
    records = _Records(read_texts(root) if texts is None else texts, expected)
    if start_file is None or not records.needles:
        return PageRoute("not_found")
    holders = [f for f in records.stacks if records.holds(f, 0)]
    page1 = start_file if start_file in holders else max(holders, key=records.count, default=None)
    if page1 is None:
        return PageRoute("not_found")
    share = records.block(page1, 0)  # page 2's first record: the first past page 1's own row
    mine = {i for i in range(len(expected)) if records.holds(page1, i)}
    for beyond in (share, share + 1):  # one record of page 1 whose texts it writes otherwise forgiven
        candidates = [
            f
            for f in records.stacks
            if f != page1 and beyond < len(expected) and records.holds(f, beyond) and records.block(f, beyond) >= 2
        ]
        # A file showing only page 1's records is page 1 again (its JSON twin, ``?page=1``), not page 2.
        candidates = [f for f in candidates if not {i for i in range(len(expected)) if records.holds(f, i)} <= mine]
        if candidates:
            break
    if not candidates:
        return PageRoute("not_found")
    routes = [_route(root, start, records.texts[start_file], f) for f in candidates]
    route = min(routes, key=lambda r: ROUTES.index(r.route))
    page2 = candidates[routes.index(route)]
    shown = records.mentions(page2)
    return replace(
        route,
        body=_body(page2, records.texts[page2]),
        page1_count=beyond,
        page2_count=records.block(page2, beyond),
        leads_with_page1=bool(shown) and shown[0] < beyond,
        repeats_page1=any(i < beyond for i in shown),
        address_change=address_change(urljoin(_BASE, start), urljoin(_BASE, "/" + _target_url(root, page2))),
    )


def _route(root: Path, start: str, page: str, target: Path) -> PageRoute:
    """How the start page's markup refers to ``target`` (the first of ``ROUTES`` that holds)."""
    url = urljoin(_BASE, start)
    try:
        doc = lxml_html.fromstring(page)
    except (ValueError, lxml_html.etree.ParserError):
        return PageRoute("unreferenced")

    def leads(href: str | None) -> bool:
        href = (href or "").strip()
        return (
            bool(href) and not href.startswith(("#", "javascript:")) and served_file(root, urljoin(url, href)) == target
        )

    anchors = [a for a in doc.iter("a") if leads(a.get("href"))]
    if anchors:
        furthest = furthest_link(page, url, leads)
        check, look = (furthest[0], describe_link(furthest[1], url)) if furthest else ("", "")
        return replace(anchor_shape(doc, url, anchors), link_check=check, link_look=look)
    if any("next" in (e.get("rel") or "").lower().split() and leads(e.get("href")) for e in doc.iter("link")):
        return PageRoute("link_next")
    target_url = _target_url(root, target)
    path, _, query = target_url.partition("?")
    keys = {k.lower() for k, _ in parse_qsl(query)}
    for form in doc.iter("form"):
        action = urlsplit(urljoin(url, form.get("action") or start)).path
        names = {(f.get("name") or "").lower() for f in form.iter("input", "select", "button")}
        if action.rstrip("/") == ("/" + path).rstrip("/") and keys and keys <= names | {""}:
            return PageRoute("form")
    stem = re.sub(r"[-_/]?\d+/?$", "", path).rstrip("/")
    same = urlsplit(url).path.strip("/") == path.strip("/")

    def mentions(text: str) -> bool:
        if query and any(f"{k}=" in text.lower() or f'"{k}"' in text.lower() for k in keys):
            return same or stem.rsplit("/", 1)[-1] in text
        return bool(stem) and stem.rsplit("/", 1)[-1] in text and (not same or bool(query))

    scripts = [s.text or "" for s in doc.iter("script") if not s.get("src")]
    for s in doc.iter("script"):
        local = served_file(root, urljoin(url, s.get("src") or "")) if s.get("src") else None
        if local is not None:
            scripts.append(local.read_text(encoding="utf-8", errors="replace"))
    if any(mentions(s) for s in scripts):
        return PageRoute("script")
    attributes = (v for e in doc.iter() for k, v in e.attrib.items() if k not in ("href", "src", "class", "id"))
    if any(leads(v) or ("/" in v and mentions(v)) for v in attributes):
        return PageRoute("attribute")
    return PageRoute("unreferenced")


def _target_url(root: Path, target: Path) -> str:
    """The root-relative URL (no leading slash) the server answers with ``target``."""
    rel = target.relative_to(root.resolve()).as_posix()
    path, at, query = rel.partition("@")
    path = path[: -len("index.html")] if path.endswith("index.html") else path
    return f"{path}?{query}" if at else path


def anchor_shape(doc: Any, url: str, anchors: list[Any]) -> PageRoute:
    """The shape of the links to page 2: their texts, rel, container, sibling links and URL."""
    href = urljoin(url, anchors[0].get("href"))
    shape = _url_shape(href)
    others = {
        urljoin(url, a.get("href")).split("#")[0]
        for a in doc.iter("a")
        if a.get("href") and a not in anchors and _url_shape(urljoin(url, a.get("href"))) == shape
    } - {href.split("#")[0]}
    containers = {_container(a) for a in anchors}
    here, there = urlsplit(url), urlsplit(href)
    return PageRoute(
        "anchor",
        text_kinds=frozenset(_text_kind(a) for a in anchors),
        rel_next=any("next" in (a.get("rel") or "").lower().split() for a in anchors),
        container=next(c for c in ("named", "list_or_nav", "neither") if c in containers),
        siblings=len(others),
        url_shape=url_kind(url, href),
        same_path=_norm(here.path) == _norm(there.path),
    )


def _norm(path: str) -> str:
    return re.sub(r"/index\.html?$", "/", path).rstrip("/")


def _url_shape(url: str) -> str:
    parts = urlsplit(url)
    return re.sub(r"\d+", "N", parts.path) + "?" + "&".join(sorted(k for k, _ in parse_qsl(parts.query)))


def url_kind(start: str, href: str) -> str:
    """What in page 2's URL numbers it, relative to the start page's URL."""
    here, there = urlsplit(start), urlsplit(href)
    now, then = dict(parse_qsl(here.query)), dict(parse_qsl(there.query))
    changed = {k for k in then if now.get(k) != then[k]}
    if any(k.lower() in PAGE_PARAM_NAMES or OFFSET_NAMES.match(k) for k in changed):
        return "known_param"
    moved = _norm(here.path) != _norm(there.path)
    if moved and _PATH_PAGE_N.search(there.path):
        return "path_page_n"
    if moved and _PATH_BARE_N.search(there.path):
        return "path_bare_n"
    if moved and _PATH_GLUED_N.search(there.path):
        return "path_glued"
    return "unknown_param" if changed else "other"


def _text_kind(anchor: Any) -> str:
    text = " ".join(anchor.text_content().split())
    if not text:
        if anchor.get("aria-label") or anchor.get("title"):
            return "label"
        return "image" if anchor.find(".//img") is not None or anchor.find(".//svg") is not None else "empty"
    if re.fullmatch(r"\W*\d+\W*", text):
        return "digit"
    words = re.findall(r"[^\W\d_]+", text.lower())
    if not words:
        return "glyph"
    return "word_en" if set(words) & PAGER_WORDS else "word_other"


def _container(anchor: Any) -> str:
    kind = "neither"
    node = anchor.getparent()
    for _ in range(4):
        if node is None or not isinstance(node.tag, str):
            break
        names = " ".join(node.get(k) or "" for k in ("class", "id", "role", "aria-label"))
        if _PAGER_NAME.search(names):
            return "named"
        if node.tag in ("nav", "ul", "ol"):
            kind = "list_or_nav"
        node = node.getparent()
    return kind


def file_haystack(text: str) -> str:
    """A file's text as records' texts are searched in it: entities and JSON escapes decoded, spaces folded."""
    decoded = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), html.unescape(text))
    return " ".join(decoded.replace("\\/", "/").replace('\\"', '"').split())


def record_needles(expected: list[dict[str, Any]]) -> list[list[str]]:
    """Per expected record, up to three texts that tell it apart from every other record (its title, its URL…)."""
    values = [list(dict.fromkeys(_needle(v) for v in sorted(_strings(record), key=_plainness))) for record in expected]
    seen: dict[str, int] = {}
    for texts in values:
        for text in set(texts):
            seen[text] = seen.get(text, 0) + 1
    return [[t for t in texts if len(t) >= 5 and seen[t] == 1][:3] for texts in values]


def _strings(record: dict[str, Any]) -> list[str]:
    return [v for v in record.values() if isinstance(v, str)]


def _plainness(value: str) -> int:
    """Titles first (words), then addresses, then codes and dates (which a page may write otherwise)."""
    if value.startswith(("http://", "https://", "/")):
        return 1
    return 0 if " " in value.strip() else 2


def _needle(value: str) -> str:
    if value.startswith(("http://", "https://", "/")):
        parts = urlsplit(value)
        return parts.path.rstrip("/").rsplit("/", 1)[-1] + (f"?{parts.query}" if parts.query else "")
    return " ".join(value.split())[:40]
