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
#: Sets of records a candidate copy is set on, at most, each one pass over the readable paths.
MAX_MASKS = 20
_WORD = re.compile(r"[^\W_]+")
Words = tuple[str, ...]


def copied_paths(
    paths: list[str], records: list[dict[str, Any]], value_at: Callable[[dict[str, Any], str], Any]
) -> set[str]:
    """The ``paths`` whose values are, record by record, the slug of another path's readable text."""
    sample = records[:SAMPLE]
    texts = {p: [value_at(r, p) for r in sample] for p in paths}
    texts = {p: v for p, v in texts.items() if all(isinstance(x, str) or x is None for x in v)}
    readable = [p for p, v in texts.items() if any(isinstance(x, str) and " " in x.strip() for x in v)]
    # Each readable path's words, record by record, looked up by tuple: one pass over the readable
    # paths per set of records the candidates are set on (few), not one per pair of paths.
    words = {p: [_words(x) if isinstance(x, str) else None for x in texts[p]] for p in readable}
    by_mask: dict[tuple[int, ...], list[str]] = {}
    for path, values in texts.items():
        if path not in readable and any(isinstance(v, str) and re.search(r"[-_]", v) for v in values):
            mask = tuple(i for i, v in enumerate(values) if isinstance(v, str) and v)
            by_mask.setdefault(mask, []).append(path)
    copies: set[str] = set()
    for mask, candidates in list(by_mask.items())[:MAX_MASKS]:
        copies.update(_copies(mask, candidates, texts, words))
    return copies


def _copies(
    mask: tuple[int, ...], candidates: list[str], texts: dict[str, list[Any]], words: dict[str, list[Words | None]]
) -> list[str]:
    """The ``candidates`` (set on the records ``mask``) whose words are a readable path's on every
    record both are set on, at least MIN_PAIRED of them."""
    originals: set[tuple[tuple[int, ...], tuple[Words, ...]]] = set()
    for of in words.values():
        paired = tuple(i for i in mask if of[i] is not None)
        if len(paired) >= MIN_PAIRED:
            originals.add((paired, tuple(of[i] or () for i in paired)))
    patterns = {paired for paired, _ in originals}
    found: list[str] = []
    for path in candidates:
        values = texts[path]
        slugged = {i: _words(values[i]) for i in mask if not re.search(r"\s|/", values[i])}
        if any(
            all(i in slugged for i in paired) and (paired, tuple(slugged[i] for i in paired)) in originals
            for paired in patterns
        ):
            found.append(path)
    return found


def _words(text: str) -> Words:
    """The words of ``text``, case-folded and without accents ("Café-Noir" and "cafe noir" agree)."""
    bare = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    return tuple(_WORD.findall(bare.casefold()))
