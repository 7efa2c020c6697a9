"""Is an answer served under a file's type really an HTML page? Shared by the Scout's renderer and the
crawl's browser: Chromium saves an ``application/octet-stream`` answer (a static host's default for a
name without a known extension, "/jobs" or "list.aspx") instead of showing it, though plain HTTP reads
it as the page it is."""

from __future__ import annotations

import re
from collections.abc import Mapping

#: The types a server gives a file it cannot name (Chromium saves such an answer rather than show it).
FILE_TYPES = re.compile(r"\s*(?:application|binary)/octet-stream\s*(?:;|$)|\s*$", re.IGNORECASE)
#: An HTML document's first tags (searched in its first KiB only).
HTML_START = re.compile(rb"<(?:!doctype\s+html|html|head|body)[\s>]", re.IGNORECASE)


def is_page_saved_as_file(headers: Mapping[str, str], body: bytes) -> bool:
    """True when ``headers`` (lower-case names) give a file's type, or none, to an answer that is not an
    attachment and whose body starts like an HTML document: a page to show as ``text/html``."""
    if headers.get("content-disposition", "").lower().startswith("attachment"):
        return False
    return bool(FILE_TYPES.match(headers.get("content-type", ""))) and HTML_START.search(body[:1024]) is not None


def shown_as_page(headers: Mapping[str, str], body: bytes) -> dict[str, str]:
    """``headers`` to fulfil the answer with: ``content-type: text/html`` where it is a page saved as a file
    (``is_page_saved_as_file``), else as they are."""
    shown = dict(headers)
    if is_page_saved_as_file(headers, body):
        shown["content-type"] = "text/html"
    return shown
