"""Click redirects in record links: the query keys of links that carry another address.

An ad server counts the click before the shop's page, so an ad card's own link goes through a
redirect whose query holds the whole target (``/s2/?R2=https%3A…``); a login or filter link carries
only a path back (``?next=/``), on regular records too. ``sponsored`` marks the first kind as ads,
``adsections`` tells an ad section from the list by the keys its links share.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import parse_qsl, urljoin, urlsplit

from agents.heuristics.dom import HtmlElement, css_ident, css_string

#: A query value that is an address of its own: the target of a click redirect.
_REDIRECT_TARGET = re.compile(r"^(?:https?:)?/", re.IGNORECASE)
#: ...and one that only an ad server's redirect carries: a whole address on the web.
_ABSOLUTE_TARGET = re.compile(r"^https?://", re.IGNORECASE)


def redirect_keys(element: HtmlElement) -> set[str]:
    """``a[href*="redirect_url="]``: the query keys of links that carry another address."""
    return {
        css
        for link in element.iter("a")
        for css in _query_key_selectors((link.get("href") or "").strip(), _REDIRECT_TARGET.match)
    }


def links_through_redirect(member: HtmlElement) -> bool:
    """Whether the record's own link (its first) goes through a click redirect carrying the target
    in its query (``/s2/?R2=https%3A…``): an ad counted by the ad server before the shop's page."""
    link = record_link(member)
    return link is not None and bool(offsite_redirect_keys(link))


def record_link(member: HtmlElement) -> HtmlElement | None:
    """The record's own link: its first link to a page."""
    return next((a for a in member.iter("a") if (a.get("href") or "").strip().startswith(("http", "/"))), None)


def offsite_redirect_keys(link: HtmlElement) -> set[str]:
    """``a[href*="R2="]``: the query keys of ``link`` carrying a whole address on another host
    than the link's own. A path (``?next=/``, ``?returnUrl=/cart``) or the site's own address
    is where a login or a filter sends the reader back, on regular records too."""
    href = _absolute(link.base_url or "", (link.get("href") or "").strip())
    own = _host(href)
    return _query_key_selectors(
        href, lambda value: bool(_ABSOLUTE_TARGET.match(value)) and _host(value) not in ("", own)
    )


def _query_key_selectors(href: str, is_target: Callable[[str], object]) -> set[str]:
    """``a[href*="key="]`` for the query keys of ``href`` whose values ``is_target`` accepts."""
    try:
        query = urlsplit(href).query
    except ValueError:
        return set()
    return {
        f"a[href*={css_string(f'{key}=')}]" for key, value in parse_qsl(query) if is_target(value) and css_ident(key)
    }


def _absolute(base: str, href: str) -> str:
    try:
        return urljoin(base, href)
    except ValueError:
        return href


def _host(url: str) -> str:
    """``https://www.shop.example/x`` -> ``shop.example``; empty for a path or a broken address."""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    return host.lower().removeprefix("www.")
