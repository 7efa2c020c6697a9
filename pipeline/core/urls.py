"""Validation of the URLs users give us, and the parts of a URL the product reasons about."""

from __future__ import annotations

import re
from urllib.parse import SplitResult, urljoin, urlsplit, urlunsplit

from pipeline.core.exceptions import InvalidURL

_HOST = re.compile(
    r"^(localhost|[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*|\d{1,3}(\.\d{1,3}){3}|\[[0-9a-f:.]+\])$",
    re.IGNORECASE,
)


def validate_source_url(url: str) -> str:
    """Return ``url`` normalised, or raise InvalidURL saying what is wrong and what is expected."""
    candidate = url.strip()
    parts = urlsplit(candidate)
    if parts.scheme not in ("http", "https"):
        raise InvalidURL(
            f"{url!r} is not a web address: give a full http:// or https:// URL, e.g. https://example.com/products"
        )
    try:
        port = parts.port
    except ValueError:
        raise InvalidURL(f"{url!r} has an invalid port number.") from None
    host = parts.hostname or ""
    if not host or not _HOST.match(host if ":" not in host else f"[{host}]"):
        raise InvalidURL(f"{url!r} has no valid host name, e.g. https://example.com/")
    del port
    path = parts.path or "/"
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, parts.query, ""))


def default_source_name(url: str) -> str:
    """A readable name from the host and first path segment: ``shop.example.com/books`` → ``shop-example-com-books``."""
    parts = urlsplit(url)
    host = (parts.hostname or "source").removeprefix("www.")
    first = next((seg for seg in parts.path.split("/") if seg), "")
    raw = f"{host}-{first}" if first and "." not in first else host
    if parts.port:
        raw = f"{raw}-{parts.port}"
    name = re.sub(r"[^a-z0-9]+", "-", raw.lower()).strip("-")
    return name[:64] or "source"


def origin_of(url: str) -> str:
    """``scheme://host:port`` of ``url``: the unit robots.txt and politeness are kept for."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "", "", ""))


def on_same_site(target: str, page_url: str) -> bool:
    """Whether ``target`` is an http(s) address on ``page_url``'s host and port that does not step down
    from https to http; False for a malformed address (``http://[oops/``), which a hostile page may give."""
    try:
        there, here = urlsplit(target), urlsplit(page_url)
        _ = there.port, here.port  # a port out of range or not a number raises here
    except ValueError:
        return False
    if there.scheme not in ("http", "https") or there.netloc.lower() != here.netloc.lower():
        return False
    return not (here.scheme == "https" and there.scheme == "http")


def resolved_parts(base: str, href: str) -> SplitResult | None:
    """``href`` resolved against ``base`` and split, or None for a malformed address
    (``http://[oops/``), which a hostile page may give."""
    try:
        return urlsplit(urljoin(base, href))
    except ValueError:
        return None
