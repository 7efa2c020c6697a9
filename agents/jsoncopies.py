"""Leaves of JSON records that are a machine's copy of another leaf: a slug of the name beside it.

APIs carry a record's name twice, once for the reader ("Albert Einstein", "Mona Pullover Hoodie")
and once for their URLs and lookups ("Albert-Einstein", "mona-pullover-hoodie"). The copy is no
column a reader wants; the page links with it, which ``agents.jsonlinks`` reads from the records
themselves.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any

#: Records both leaves must be set on, at least, for one to count as the other's copy.
MIN_PAIRED = 3
SAMPLE = 50
_WORD = re.compile(r"[^\W_]+")


def copied_paths(
    paths: list[str], records: list[dict[str, Any]], value_at: Callable[[dict[str, Any], str], Any]
) -> set[str]:
    """The ``paths`` whose values are, record by record, the slug of another path's readable text."""
    sample = records[:SAMPLE]
    texts = {p: [value_at(r, p) for r in sample] for p in paths}
    texts = {p: v for p, v in texts.items() if all(isinstance(x, str) or x is None for x in v)}
    readable = [p for p, v in texts.items() if any(isinstance(x, str) and " " in x.strip() for x in v)]
    copies: set[str] = set()
    for path, values in texts.items():
        if path in readable or not any(isinstance(v, str) and re.search(r"[-_]", v) for v in values):
            continue
        if any(_slug_of(values, texts[other]) for other in readable):
            copies.add(path)
    return copies


def _slug_of(copies: list[Any], originals: list[Any]) -> bool:
    pairs = [(c, o) for c, o in zip(copies, originals, strict=True) if isinstance(c, str) and c and isinstance(o, str)]
    if len(pairs) < MIN_PAIRED:
        return False
    return all(not re.search(r"\s|/", c) and _words(c) == _words(o) for c, o in pairs)


def _words(text: str) -> list[str]:
    """The words of ``text``, case-folded and without accents ("Café-Noir" and "cafe noir" agree)."""
    bare = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    return _WORD.findall(bare.casefold())
