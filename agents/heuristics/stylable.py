"""Stylable's generated classes (Wix and the sites built on its components).

Stylable writes a component's state as ``<namespace>---<state>-<length>-<value>``
(``oDs3Hm3---priority-7-primary``, the number the value's length as the writer counted it) beside the element's
own class, a short hash of the same make (``sHGZ4zO``). Both change with each build: the state
class is a look ("typography", "priority"), its namespace and the hashes beside it are no words.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: A state class: namespace, three dashes, the state's name, its value's length, the value.
_STATE_CLASS = re.compile(r"^(?P<ns>[A-Za-z][A-Za-z0-9]{3,15})---[A-Za-z][A-Za-z0-9]*-\d+-\S+$")
#: A token shaped like a namespace: a lower-case letter, then letters and digits mixed.
_NAMESPACE_SHAPED = re.compile(r"^[a-z][A-Za-z0-9]{4,10}$")
#: Capitals a hash of letters only needs before it reads as no camel-case word ("sSBPVNO").
MIN_HASH_CAPITALS = 3
#: Namespace sets remembered: one per page analysed.
PAGE_CACHE_SIZE = 4


def is_state_class(token: str) -> bool:
    """``oDs3Hm3---priority-7-primary``, ``oZgqY2S---imageRatio-5-1-1``: a Stylable state."""
    return _STATE_CLASS.match(token) is not None


def is_stylable_hash(token: str, page_tokens: frozenset[str]) -> bool:
    """Whether ``token`` is a namespace of the page's state classes, or a hash of the same make
    (as long as one, a capital and a digit or several capitals in it) on a page that has them."""
    namespaces = _namespaces(page_tokens)
    if not namespaces or not _NAMESPACE_SHAPED.match(token):
        return False
    if token in namespaces:
        return True
    capitals = sum(c.isupper() for c in token)
    hash_like = capitals >= 1 and (any(c.isdigit() for c in token) or capitals >= MIN_HASH_CAPITALS)
    return hash_like and len(token) in {len(n) for n in namespaces}


@lru_cache(maxsize=PAGE_CACHE_SIZE)
def _namespaces(page_tokens: frozenset[str]) -> frozenset[str]:
    return frozenset(m["ns"] for t in page_tokens if (m := _STATE_CLASS.match(t)))
