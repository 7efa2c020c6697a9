"""The code an app shell loads from its own site, where its API calls are written.

A single-page app's HTML holds no data and no endpoint: its bundle (``/static/js/main.<hash>.js``,
``/assets/index-<hash>.js``) fetches ``/api/v2/products?page=1`` or sends ``cursor`` back. Reading
that code (never running it) finds the endpoint without a browser, and the parameter a cursor goes
back as. Only scripts of the page's own site are read, a few and not too large.
"""

from __future__ import annotations

from urllib.parse import urljoin

from parsel import Selector

from agents.fetch import Fetcher
from pipeline.core.exceptions import FetchFailed
from pipeline.core.urls import on_same_site

#: Scripts read, at most, and the size of one read.
MAX_BUNDLES = 3
MAX_BUNDLE_BYTES = 3_000_000
#: Scripts asked for, at most (each is a request to the site), when some fail or run too large.
MAX_BUNDLE_FETCHES = 2 * MAX_BUNDLES
#: Scripts a browser runs, by their source (not JSON or templates).
_SOURCES_XPATH = "//script[@src][not(@type) or contains(@type, 'javascript') or @type='module']/@src"


def bundle_texts(page: Selector, url: str, fetcher: Fetcher) -> list[str]:
    """The text of the page's own external scripts (the app's bundle), the last-loaded first: a
    vendor chunk comes before the app's code, which calls the API."""
    sources = [joined for src in page.xpath(_SOURCES_XPATH).getall() if (joined := _joined(url, src))]
    own = [s for s in dict.fromkeys(sources) if on_same_site(s, url)]
    texts: list[str] = []
    for source in list(reversed(own))[:MAX_BUNDLE_FETCHES]:
        if len(texts) >= MAX_BUNDLES:
            break
        try:
            fetched = fetcher.fetch(source)
        except FetchFailed:
            continue
        if len(fetched.body) <= MAX_BUNDLE_BYTES:
            texts.append(fetched.body.decode("utf-8", "replace"))
    return texts


def _joined(url: str, src: str) -> str | None:
    """``src`` resolved against the page; None when blank or no address (``http://[oops/``)."""
    try:
        return urljoin(url, src.strip()) if src.strip() else None
    except ValueError:
        return None
