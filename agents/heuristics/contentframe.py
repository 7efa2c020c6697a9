"""A page whose content is another document: one same-site iframe holding what the page is for.

Older sites (and some sandboxes and embedded apps) serve the records in a frame: the outer page
has its menu, a heading, a line of lead text and one ``<iframe src="?frame=list">``. What a reader
sees there is the frame's document, which has its own URL: its relative links resolve against
that URL, not the outer page's. Widgets do not count: an embedded video or map comes from another
site, and a tracking frame is hidden or a pixel wide.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from agents.heuristics.dom import HtmlElement, tag_of
from agents.heuristics.relatedlists import names_other_items
from pipeline.core.schemas import FieldType

#: Text outside the page's chrome that still leaves the frame its only content: a heading and a
#: lead paragraph or two. An article beside a frame (comments, a form) says more.
MAX_COMPANION_CHARS = 500
#: A frame this many pixels wide or high (or less) is a tracker or a placeholder, not content.
MAX_PIXEL_SIZE = 2

#: What a page's own chrome shows around a frame, read as a detail's fields: a heading, a lead
#: text, an icon. A price, a date or a rating beside them make an entity of the page's own.
CHROME_TYPES: frozenset[FieldType] = frozenset({"title", "text", "image"})
#: Page chrome: the menus, the banner and the footer around the content.
_CHROME_TAGS = frozenset({"nav", "header", "footer", "aside", "dialog"})
_CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog"})
_CHROME_NAME = re.compile(r"(?:^|[-_\s])(?:nav|navbar|menu|header|footer|masthead)(?:$|[-_\s])", re.IGNORECASE)
#: Text never shown as the page's own.
_UNSHOWN_TAGS = frozenset({"script", "style", "noscript", "template", "head", "title"})
_HIDING_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_SIZE_STYLE = re.compile(r"(?:^|;)\s*(width|height)\s*:\s*(\d+(?:\.\d+)?)\s*(?:px)?\s*(?:;|$)", re.IGNORECASE)


def content_frame(root: HtmlElement, base_url: str) -> str | None:
    """The absolute URL of the one shown, same-site iframe that is ``root``'s only substantial
    content, or None. ``base_url``: what the page's relative links resolve against."""
    frame = framing_element(root, base_url)
    return None if frame is None else _frame_url(frame, base_url)


def framing_element(root: HtmlElement, base_url: str) -> HtmlElement | None:
    """The iframe element ``content_frame`` names, or None."""
    frames = [f for f in root.iter("iframe") if _shown(f) and not _in_chrome(f) and _frame_url(f, base_url)]
    if len(frames) != 1:
        return None
    return frames[0] if _companion_chars(root) <= MAX_COMPANION_CHARS else None


def _frame_url(frame: HtmlElement, base_url: str) -> str | None:
    """The frame's address when it is a web page of the same site, else None."""
    src = (frame.get("src") or "").strip()
    if not src or src.startswith(("#", "javascript:", "data:", "about:")):
        return None
    try:
        url = urljoin(base_url, src)
        parts, base = urlsplit(url), urlsplit(base_url)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not _same_site(parts.hostname, base.hostname):
        return None
    return url if url.split("#", 1)[0] != base_url.split("#", 1)[0] else None


def _same_site(host: str | None, base: str | None) -> bool:
    """The same host, ``www.`` or not."""
    if not host or not base:
        return False
    return host.removeprefix("www.") == base.removeprefix("www.")


def _shown(frame: HtmlElement) -> bool:
    """Not hidden, and larger than a tracking pixel."""
    if frame.get("hidden") is not None or frame.get("aria-hidden") == "true":
        return False
    style = frame.get("style") or ""
    if _HIDING_STYLE.search(style):
        return False
    sizes = [frame.get("width"), frame.get("height"), *(m.group(2) for m in _SIZE_STYLE.finditer(style))]
    return not any(_is_pixel(size) for size in sizes if size)


def _is_pixel(size: str) -> bool:
    try:
        return float(size.strip().removesuffix("px")) <= MAX_PIXEL_SIZE
    except ValueError:
        return False


def _in_chrome(element: HtmlElement) -> bool:
    return any(_is_chrome(a) for a in element.iterancestors())


def _is_chrome(element: HtmlElement) -> bool:
    """The page's chrome around a frame: its menus, banner and footer, a dialog over the page (cookie
    consent) and a rail of other items ("You may also like"), none of which is the page's own content."""
    if tag_of(element) in _CHROME_TAGS or element.get("role") in _CHROME_ROLES:
        return True
    names = f"{element.get('id') or ''} {element.get('class') or ''}"
    return bool(_CHROME_NAME.search(names)) or names_other_items(element)


def _companion_chars(root: HtmlElement) -> int:
    """Characters of text the page shows outside its chrome and its links (menus, pagers)."""
    total = 0
    stack = [root]
    while stack:
        element = stack.pop()
        tag = tag_of(element)
        if element is not root:
            total += len((element.tail or "").strip())  # the parent's text, after this element
        if tag and tag not in _UNSHOWN_TAGS and tag != "a" and not _is_chrome(element):
            total += len((element.text or "").strip())
            stack.extend(element)
    return total
