"""Records that a page's script draws from the JSON the page carries.

A shop may hold a whole category as JSON (in a data attribute or a script) and let its bundle draw
the first few cards, then more per "More" click or scroll: the HTML as fetched shows none of them,
and the cards' links are built by the bundle from the record's id ("/product/" + item.id), out of
sight of a reader of the page. Only the rendered page shows those links, and only for the records
it has drawn so far, so a link is measured over those.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from itertools import islice
from typing import Any

from pipeline.core.cleantext import clean_text
from pipeline.core.schemas import FieldSpec

#: A key naming a record (``id``, ``slug``, ``product_id``, ``itemId``, ``handle``).
_ID_KEY = re.compile(r"(?:^|_)(?:id|slug|handle|uuid)$|[a-z](?:Id|ID|Slug|Uuid)$", re.IGNORECASE)
#: A text this long, told apart from the other records', names one record where the page shows it.
MIN_TELLING_CHARS = 8
#: How deep, and how many values per level, a record's texts are looked for.
MAX_DEPTH = 3
MAX_VALUES = 50
#: Records looked for in a page's text, at most.
MAX_LOOKED = 500
#: A record's texts looked for, at most (its first: a name, a title), and the characters of the
#: page's text they are looked for in: each one is a search of that text.
MAX_TEXTS = 20
MAX_SHOWN_CHARS = 200_000


def named_by_id(records: list[dict[str, Any]], segment_keys: Sequence[str]) -> bool:
    """The records carry a key naming each one (an id or a slug) that could stand in a link."""
    return bool(records) and any(_ID_KEY.search(key) for key in segment_keys)


def has_link(fields: Sequence[FieldSpec]) -> bool:
    return any(f.type == "url" for f in fields)


def shown_records(records: list[dict[str, Any]], shown: str) -> list[int]:
    """Indexes of the records whose own text (one of its first MAX_TEXTS strings, nested ones too, that
    no other record has) the first MAX_SHOWN_CHARS of ``shown`` hold."""
    shown_cf = clean_text(shown[:MAX_SHOWN_CHARS]).casefold()
    if not shown_cf:
        return []
    looked = records[:MAX_LOOKED]
    texts = [list(islice(_texts(r), MAX_TEXTS)) for r in looked]
    counts = Counter(t for own in texts for t in set(own))
    return [i for i, own in enumerate(texts) if any(counts[t] == 1 and t in shown_cf for t in own)]


def _texts(value: Any, depth: int = 0) -> Iterator[str]:
    """The record's texts, nested ones too (``{"event": {"name": …}}``), in order: read lazily."""
    if isinstance(value, str):
        text = clean_text(value).casefold()
        # a link or a path is no text shown
        if len(text) >= MIN_TELLING_CHARS and not text.startswith(("http://", "https://", "/")):
            yield text
        return
    if depth >= MAX_DEPTH:
        return
    inner = value.values() if isinstance(value, dict) else value if isinstance(value, list) else ()
    for v in islice(inner, MAX_VALUES):
        yield from _texts(v, depth + 1)
