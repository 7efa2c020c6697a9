"""A listing's way up, which is no entry: the "Parent Directory" or "../" row of a file index.

A directory listing (a web server's index, a file browser, a repository tree) opens with a row
leading to the folder holding the one shown. Built like the entries, it is navigation: every
entry's link leads into the page's own folder, that row's leads out of it, to an ancestor of the
page. Such a row is left out of the records by its link.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from parsel import Selector

from agents.heuristics.dom import HtmlElement, css_string
from pipeline.core.schemas import ScraperSpec
from pipeline.core.urls import resolved_parts

#: Share of the records whose links lead inside the page's folder for the list to be a listing.
INSIDE_SHARE = 0.9
#: Records needed before the pattern counts.
MIN_RECORDS = 4
#: Rows leading up a listing shows at most (one "Parent Directory").
MAX_UP_ROWS = 1
#: Longest link written into a selector.
MAX_HREF_CHARS = 200


def without_parent_rows(spec: ScraperSpec, page: Selector, url: str) -> ScraperSpec:
    """``spec`` whose records leave out the row leading up to the page's parent folder, if any."""
    if not spec.record_selector or "," in spec.record_selector or spec.json_source is not None:
        return spec
    rows: list[HtmlElement] = [r.root for r in page.css(spec.record_selector)]
    if len(rows) < MIN_RECORDS:
        return spec
    folder = urlsplit(url)
    if not folder.path.endswith("/"):
        return spec
    up: list[str] = []
    inside = 0
    for row in rows:
        hrefs = [h.strip() for h in row.xpath(".//a/@href") if h.strip()]
        parts = [resolved_parts(url, h) for h in hrefs]
        targets = [t for t in parts if t is not None and t.netloc == folder.netloc]
        if not targets or len(targets) != len(hrefs):
            continue
        paths = {t.path for t in targets}
        if all(p != folder.path and p.startswith(folder.path) for p in paths):
            inside += 1
        elif len(hrefs) == 1 and all(p.endswith("/") and folder.path.startswith(p) and p != folder.path for p in paths):
            up.append(hrefs[0])
    if not up or len(up) > MAX_UP_ROWS or inside < INSIDE_SHARE * (len(rows) - len(up)):
        return spec
    href = up[0]
    if len(href) > MAX_HREF_CHARS:
        return spec
    selector = f"{spec.record_selector}:not(:has(a[href={css_string(href)}]))"
    return spec.model_copy(update={"record_selector": selector})
