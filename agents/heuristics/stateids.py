"""Ids a page's own data gives its records: ``"modelId": "8799448"`` in a script's JSON state.

A storefront rendered from a JSON state (``window.__STATE__ = {…}``, ``__NEXT_DATA__``, JSON-LD)
names each product, model and variant by an id under a key saying so (``id``, ``productId``,
``sku``). A value found there is an id of the page's data, not a token the link made up: a record
link's query holding one selects what the record is (``/p/boot/_/R-p-32546?mc=8799448``). Ids of
the click, the view or the visit (``impressionId``, ``trackingId``, ``searchId``) are no record's.
"""

from __future__ import annotations

import re

from agents.heuristics.dom import HtmlElement

#: ``"key": "value"`` or ``key: 123`` in JSON or a JavaScript object literal; shorter values
#: ("1", "en") name nothing in particular, longer ones are texts or addresses. A key starts a word:
#: tried inside every long word (a base64 blob), the match backtracks for seconds.
_KEYED_VALUE = re.compile(
    r"""(?<![\w$-])["']?([A-Za-z_$][\w$-]{0,40})["']?\s*:\s*(?:"([^"\\\s]{4,64})"|(\d{4,20})\b)"""
)
#: Keys of an id: ``id``, ``productId``, ``model_id``, ``sku``, ``variantSKU``, ``pid``.
_ID_KEY = re.compile(r"(?:^|[a-z\d_-])(?:id|Id|ID|sku|Sku|SKU)$|^(?:id|sku|pid)$")
#: Keys of the click, the view or the visit, not of a record.
_CLICK_KEY = re.compile(r"track|impression|click|session|request|search|query|trace|visit|^ref", re.IGNORECASE)
#: Characters of one page's scripts searched: a bundle of megabytes names its records early, if at all.
MAX_SCRIPT_CHARS = 2_000_000


def page_state_ids(root: HtmlElement) -> frozenset[str]:
    """The values the scripts of the page holding ``root`` keep under an id's key."""
    ids: set[str] = set()
    budget = MAX_SCRIPT_CHARS
    for script in root.getroottree().iter("script"):
        text = (script.text or "")[:budget]
        budget -= len(text)
        for match in _KEYED_VALUE.finditer(text):
            key = match.group(1)
            if _ID_KEY.search(key) and not _CLICK_KEY.search(key):
                ids.add(match.group(2) or match.group(3))
        if budget <= 0:
            break
    return frozenset(ids)
