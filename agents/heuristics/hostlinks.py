"""Links written without a scheme: ``www.example.com/rooms/123`` is a page on another host.

Microdata and ``content`` attributes often hold a URL with its ``https://`` left off. Resolved
against the page like a relative path, it turns into ``https://site/search/www.example.com/…``, a
page that does not exist. A value starting with ``www.`` or with a host name (dotted labels
ending in a top-level domain, then a path) names a host; ``index.html/…`` or ``page.php?id=3``
end in a file's extension, so they stay relative paths.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

_HOST_FIRST = re.compile(
    r"(?:www\d?\.[a-z0-9-]+|(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?P<tld>[a-z]{2,24}))(?::\d{1,5})?(?:[/?#]|$)",
    re.IGNORECASE,
)
#: Last labels that name a file, not a domain.
_FILE_EXTENSIONS = frozenset(
    {"htm", "html", "xhtml", "shtml", "php", "asp", "aspx", "jsp", "cgi", "pl", "py", "rb", "json", "xml", "txt"}
    | {"csv", "pdf", "jpg", "jpeg", "png", "gif", "webp", "svg", "css", "js"}
)


def is_schemeless_host_url(value: str) -> bool:
    """Whether ``value`` is an absolute link with its scheme left off (``www.example.com/a``)."""
    value = value.strip()
    match = _HOST_FIRST.match(value)
    if match is None:
        return False
    tld = match.group("tld")
    return tld is None or tld.lower() not in _FILE_EXTENSIONS


def with_scheme(value: str) -> str:
    """``www.example.com/a`` → ``https://www.example.com/a``: the scheme such a link is served with."""
    return "https://" + value.strip()


def path_of(link: str) -> str:
    """The path of a link, a scheme-less one read as absolute: what two links to one page share."""
    absolute = with_scheme(link) if is_schemeless_host_url(link) else link.strip()
    return urlsplit(absolute).path.rstrip("/") or "/"
