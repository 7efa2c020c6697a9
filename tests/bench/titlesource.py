"""Where a list's titles are in what a site serves, when page 1 as served shows none of them: in shape only.

``matchshape`` says ``titles nowhere on page 1``; this says where they are instead, by the served file holding most
of them (no file, address or value is named):

* ``in another page`` (an HTML file) ``linked from the nav/header``, ``linked in the content`` or ``not linked``
  (no anchor of page 1 leads to it);
* ``in a JSON file`` (or ``in an HTML fragment``: markup without a page around it) whose path page 1 or a script it
  loads ``named literally``, ``named by a prefix`` (its folder, or its name's start before a number: a template) or
  ``not named``;
* ``in a JS file``, or ``nowhere served``;

and, page 1 rendered in Chromium (``agents.render.render``, ``CrawlSettings``' defaults): ``rendered: titles shown``,
``rendered: titles not shown`` or ``render failed``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urljoin, urlsplit

import lxml.html
from lxml.html import HtmlElement

from tests.bench.pagetext import _unescaped, page_of

Fold = Callable[[str], str]
#: Elements whose anchors are the site's navigation rather than its content.
_CHROME = frozenset({"nav", "header", "footer", "aside"})
_FIGURE = re.compile(r"\d")


def title_source(
    texts: Mapping[Path, str], root: Path, first_page: tuple[str, str], titles: set[str], fold: Fold
) -> str:
    """Where the served files hold the most titles, and how page 1 leads there (see the module docstring)."""
    body, url = first_page
    found = holding_file(texts, root, titles, fold)
    if found is None:
        return "nowhere served"
    kind, _, served = found
    if kind == 0:
        return f"in another page {_linked(body, url, served)}"
    if kind == 2:
        return f"in a JSON file {_named(body, url, served, texts, root)}"
    if kind == 1:
        return f"in an HTML fragment {_named(body, url, served, texts, root)}"
    return "in a JS file"


def holding_file(texts: Mapping[Path, str], root: Path, titles: set[str], fold: Fold) -> tuple[int, Path, str] | None:
    """The served file holding the most titles: its kind (``_kind``), path and path as served; None if none."""
    best: tuple[int, int, Path] | None = None
    for path, text in texts.items():
        kind = _kind(path, text)
        shown = page_of(text, fold).visible if kind in (0, 1) else fold(_unescaped(text))
        held = sum(1 for t in titles if t in shown)
        if held and (best is None or (held, -kind) > (best[0], -best[1])):
            best = (held, kind, path)
    if best is None:
        return None
    _, kind, path = best
    return kind, path, "/" + path.resolve().relative_to(root.resolve()).as_posix().split("@", 1)[0]


def _kind(path: Path, text: str) -> int:
    """0 an HTML page, 1 an HTML fragment, 2 a JSON document, 3 a script (the order a tie is broken in)."""
    name = path.name.split("@", 1)[0].lower()
    if name.endswith((".js", ".mjs")):
        return 3
    if name.endswith(".json") or text.lstrip()[:1] in ("{", "["):
        return 2
    return 0 if re.search(r"<(?:html|body|!doctype)", text[:4000], re.IGNORECASE) else 1


def _path_of(href: str, url: str) -> str:
    path = unquote(urlsplit(urljoin(url, href)).path) or "/"
    return path + "index.html" if path.endswith("/") else path


def _linked(body: str, url: str, served: str) -> str:
    """Whether an anchor of page 1 leads to the page served at ``served``, and from where."""
    try:
        root = lxml.html.document_fromstring(body.encode("utf-8", "replace"))
    except (ValueError, lxml.etree.ParserError):
        return "not linked"
    targets = {served, served.removesuffix("index.html"), served.removesuffix(".html")}
    anchors = [a for a in root.iter("a") if a.get("href") and _path_of(a.get("href", ""), url) in targets]
    anchors += [a for a in root.iter("a") if a.get("href") and _path_of(a.get("href", "") + "/", url) in targets]
    if not anchors:
        return "not linked"
    inside = any(not _in_chrome(a) for a in anchors)
    return "linked in the content" if inside else "linked from the nav/header"


def _in_chrome(element: HtmlElement) -> bool:
    return any(str(a.tag) in _CHROME for a in element.iterancestors())


def _named(body: str, url: str, served: str, texts: Mapping[Path, str], root: Path) -> str:
    """How page 1 (its markup, inline scripts) or an external script it loads names the JSON file's path."""
    said = [body]
    try:
        page = lxml.html.document_fromstring(body.encode("utf-8", "replace"))
        for script in page.iter("script"):
            if src := script.get("src"):
                file = (root / _path_of(src, url).lstrip("/")).resolve()
                said.append(texts.get(file, ""))
    except (ValueError, lxml.etree.ParserError):
        pass
    text = unquote("\n".join(said)).replace("\\/", "/")
    path = PurePosixPath(served)
    if served.lstrip("/") in text or str(path.with_suffix("")).lstrip("/") in text:
        return "named literally"
    folder = str(path.parent).strip("/")
    stem = _FIGURE.split(path.name, maxsplit=1)[0].rstrip("-_=@.")
    if (folder and f"{folder}/" in text) or (len(stem) >= 3 and stem in text and stem != path.name):
        return "named by a prefix"
    return "not named"


def rendered(url: str, titles: set[str], fold: Fold) -> str:
    """Whether page 1 rendered in Chromium shows the titles."""
    from agents.render import render
    from config.settings import CrawlSettings
    from pipeline.core.exceptions import PipelineError

    try:
        html = render(url, CrawlSettings()).html
    except PipelineError:
        return "render failed"
    shown = page_of(html, fold).visible
    return "rendered: titles shown" if any(t in shown for t in titles) else "rendered: titles not shown"
