"""An app shell: a page whose body shows nothing until its scripts have run.

A single-page app sends an empty mount element (``<div id="root"></div>``, ``<app-root>``, or one
holding only a splash logo) and the scripts that fill it; besides, its body holds at most a
<noscript> notice or a "Loading…" line. The head may still carry meta tags, but they describe
the site (its name, its logo), not the records the scripts will show.
"""

from __future__ import annotations

from parsel import Selector

from pipeline.core.extract import node_text

#: Text a shell's body may show before its scripts run ("Loading…"); a real page says more.
MAX_SHELL_TEXT = 40
#: An element the app fills: a container with an id, or a custom element, with no text inside (a splash
#: logo or a spinner may wait there until the app replaces it: bsky.app's ``#root > #splash > svg``).
_MOUNT_XPATH = (
    "//body//*[not(normalize-space())][(@id and (self::div or self::main or self::section)) or contains(name(), '-')]"
)
#: Scripts a browser runs (not JSON or templates held in a <script>).
_CODE_XPATH = "//script[not(@type) or contains(@type, 'javascript') or @type='module'][@src or normalize-space()]"


def is_app_shell(page: Selector) -> bool:
    """Whether ``page`` is an empty mount element and scripts, with (almost) no text of its own."""
    body = page.css("body")
    if not body or len(node_text(body[0])) > MAX_SHELL_TEXT:
        return False
    return bool(page.xpath(_MOUNT_XPATH)) and bool(page.xpath(_CODE_XPATH))
