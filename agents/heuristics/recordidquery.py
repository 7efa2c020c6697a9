"""A record link whose query names the record's own id: the query is part of the link.

A shop's card often carries its product's id in a data attribute (``<div data-id="MOB3F2">``)
and links to an item page whose query repeats it (``/phone/p/itm91c?pid=MOB3F2&srno=s_1_4``).
The path names the item, the parameter its variant or offer: colours and sizes of one item share
its path, so the link without its query may lead to another record's page. A card rendered from
the page's JSON state may carry no id of its own: the state then names it (``"modelId": "8799448"``
for ``/p/boot/_/R-p-32546?mc=8799448&c=green``). Such a query is kept
whole, tracking parameters and all, as the page writes it, unless it carries a visitor's session or
credentials (``sid``, ``token``): those never go into a stored link.
"""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import parse_qsl, urlsplit

from agents.heuristics.dom import HtmlElement
from agents.heuristics.slots import Slot
from agents.heuristics.stateids import page_state_ids
from agents.heuristics.trackingquery import is_tracking_parameter

#: Attributes holding a record's own id: ``id``, ``data-id``, ``data-product-id``, ``data-sku``.
_ID_ATTRIBUTE = re.compile(r"^(?:id|data-(?:[\w-]*[-_])?(?:id|sku|pid))$", re.IGNORECASE)
#: Ids of the click or the view, not of the record (``data-tracking-id``, ``data-impression-id``).
_CLICK_ATTRIBUTE = re.compile(r"track|impression|-ref", re.IGNORECASE)
#: Parameters carrying a visitor's session or credentials (``sid``, ``jsessionid``, ``token``, ``api_key``).
_SECRET_PARAMETER = re.compile(
    r"^(?:sid|session|session_?id|jsessionid|phpsessid|aspsessionid\w*|token|access_?token|auth\w*|api_?key|key"
    r"|signature|sig|ticket|password|pwd)$",
    re.IGNORECASE,
)
#: Shorter values ("1", "en") name nothing in particular.
MIN_RECORD_ID = 4
#: Records needed before ids of the page's state tell them apart.
MIN_STATE_RECORDS = 3
#: Elements of one record looked at for its ids: a card holds a few dozen at most.
MAX_ELEMENTS = 400


def query_names_record(slot: Slot, roots: list[HtmlElement]) -> bool:
    """Whether in every record the link's query holds a parameter whose value is an id the record
    carries in an attribute of its own (``data-id``, ``data-product-id``, ``id``), or, a different
    one in each record, an id the page's JSON state keeps (``"modelId": "8799448"``). Ids of the
    click are no record's (``?trackingId=`` over ``data-tracking-id``): a tracking name on either
    side is passed over."""
    queries = _record_query_ids(slot, len(roots))
    if queries is None:
        return False
    if all(values & _record_ids(roots[n]) for n, values in queries.items()):
        return True
    return _names_state_ids(list(queries.values()), roots)


def _record_query_ids(slot: Slot, count: int) -> dict[int, set[str]] | None:
    """The id-like values of each record's link query, by record; None when a record has none or
    its query carries a visitor's session or key."""
    if not slot.per_record:
        return None
    queries: dict[int, set[str]] = {}
    for n, found in slot.per_record.items():
        if not found or n >= count:
            return None
        try:
            pairs = parse_qsl(urlsplit(found[0].value.strip()).query)
        except ValueError:  # "http://[bad/…": no address at all
            return None
        if any(_SECRET_PARAMETER.match(name) for name, _ in pairs):
            return None  # a visitor's session or key is never kept in a stored link
        queries[n] = {v for name, v in pairs if _is_id_like(v) and not is_tracking_parameter(name)}
        if not queries[n]:
            return None
    return queries


def _names_state_ids(queries: list[set[str]], roots: list[HtmlElement]) -> bool:
    """Whether every record's query holds an id of the page's state that no other record's holds:
    an id on every link names the list's context (a store, a search), not each record."""
    if len(queries) < MIN_STATE_RECORDS or not roots:
        return False
    state = page_state_ids(roots[0])
    named = [values & state for values in queries]
    counts = Counter(v for values in named for v in values)
    return all(any(counts[v] == 1 for v in values) for values in named)


def _record_ids(root: HtmlElement) -> set[str]:
    ids: set[str] = set()
    for i, element in enumerate(root.iter()):
        if i >= MAX_ELEMENTS:
            break
        if not isinstance(element.tag, str):
            continue
        attributes = element.attrib.items()
        ids.update(
            v.strip() for name, v in attributes if _ID_ATTRIBUTE.match(name) and not _CLICK_ATTRIBUTE.search(name)
        )
    return {v for v in ids if _is_id_like(v)}


def _is_id_like(value: str) -> bool:
    return len(value) >= MIN_RECORD_ID and any(c.isdigit() for c in value)
