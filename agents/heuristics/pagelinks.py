"""Whether a link after a marked current item leads to the next page of the same list.

A site marks the current item of many strips, not only of its pager: a repository's tabs
("Code", "Issues 41"), a breadcrumb, a menu (``li[aria-current] + li a`` → ``/issues``). The link
after it is a next page only when it reads as one (a page number "2", a range "11-20", "Next")
or leads to this list's path with another page number or offset.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urljoin, urlsplit

from parsel import Selector

from agents.heuristics.dom import HtmlElement, full_text
from agents.heuristics.saysnext import says_next

#: A pager's link text: "2", "11-20", "Page 3", "Seite 3", "p. 4".
_PAGE_TEXT = re.compile(r"^(?:(?:page|seite|página|pagina|p\.?)\s*)?\d{1,6}(?:\s*[-–—]\s*\d{1,6})?$", re.IGNORECASE)
#: Path segments after the list's own path that name a page: ``page/2``, ``p2``, ``2``.
_MAX_PAGE_SEGMENTS = 2


def leads_to_next_page(anchor: HtmlElement, url: str, href: str) -> bool:
    """Whether ``anchor`` (linking ``href``) is a pager's link: it reads as a page number or as
    "next", or its address is this page's with another number."""
    text = full_text(anchor) or " ".join(filter(None, [anchor.get("aria-label"), anchor.get("title")]))
    if _PAGE_TEXT.match(text) or says_next(anchor):
        return True
    return _same_list(url, href)


def _same_list(url: str, href: str) -> bool:
    here, there = urlsplit(url), urlsplit(urljoin(url, href))
    if here.netloc.lower() != there.netloc.lower():
        return False
    if here.path == there.path:
        now, then = dict(parse_qsl(here.query)), dict(parse_qsl(there.query))
        return any(v.isdigit() and now.get(k) != v for k, v in then.items())
    if re.sub(r"\d+", "#", here.path) == re.sub(r"\d+", "#", there.path):
        return True  # /news/page/2/ → /news/page/3/, /shoes-p2.html → /shoes-p3.html
    base = here.path.rstrip("/") + "/"
    rest = there.path[len(base) :].strip("/") if there.path.startswith(base) else ""
    return bool(rest) and rest.count("/") < _MAX_PAGE_SEGMENTS and any(c.isdigit() for c in rest)


def found_link_leads_on(page: Selector, css: str, url: str, href: str) -> bool:
    """Whether the link ``css`` finds (the first leading to ``href``) is a pager's link."""
    for found in page.css(css):
        anchor = found.root
        if isinstance(anchor, HtmlElement) and (anchor.get("href") or "").strip() == href:
            return leads_to_next_page(anchor, url, href)
    return False
