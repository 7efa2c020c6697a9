"""The keys of JSON records that the page's own script reads to show them; the others are not shown.

A page that writes its records out in an inline script names each value it shows (``t.name``,
``product.sale_price``, ``d['author']['name']``): property names survive even minified code. When one
variable of the page's scripts reads several of the records' keys, it is the code that shows them,
and a leaf that no such read reaches (an id, a slug, coordinates, a link to another site) is data the
page never shows a reader. A leaf the page's text shows stays all the same (it may be written out
by code elsewhere), and so do a link read through a template and a flag read as labels.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from agents.jsonfieldtypes import FIRST_ITEM, path_operands
from agents.jsonscout import shown_share
from pipeline.core.cleantext import clean_text
from pipeline.core.schemas import FieldSpec

#: A variable reads the records when it reads this many of their top-level keys, at least.
MIN_READ_KEYS = 3
#: Fields kept at least: fewer and the reads are not trusted.
MIN_KEPT = 2
MAX_SCRIPT_CHARS = 500_000
#: A leaf whose values the page's text shows this often is kept, read or not.
MIN_SHOWN_SHARE = 0.5
_CHAIN = re.compile(r"(?<![\w$.])([A-Za-z_$][\w$]*)((?:\s*(?:\.[A-Za-z_$][\w$]*|\[\s*['\"][\w$-]{1,60}['\"]\s*\]))+)")
_STEP = re.compile(r"\.([A-Za-z_$][\w$]*)|\[\s*['\"]([\w$-]{1,60})['\"]\s*\]")
#: The keys a multiselect reads (``{amount: price, currency: currency}``).
_SELECTED = re.compile(r":\s*([A-Za-z_]\w*)")
_PLAIN = re.compile(r"[A-Za-z_]\w*(?:\[0\])?(?:\.[A-Za-z_]\w*(?:\[0\])?)*")


def read_fields(
    fields: Sequence[FieldSpec], records: list[dict[str, Any]], scripts: Sequence[str], shown: str = ""
) -> tuple[FieldSpec, ...]:
    """``fields`` without the leaves that the records' reader in ``scripts`` never reads (and ``shown``,
    the page's text, never holds); ``fields`` as they are when no script reads the records."""
    reads = record_reads(records, scripts)
    if not reads:
        return tuple(fields)
    shown_cf = clean_text(shown).casefold()
    kept = tuple(f for f in fields if _kept(f, reads, records, shown_cf))
    return kept if len(kept) >= MIN_KEPT else tuple(fields)


def record_reads(records: list[dict[str, Any]], scripts: Sequence[str]) -> list[tuple[str, ...]]:
    """The key chains read from the variables that read at least MIN_READ_KEYS of the records' keys."""
    top = {k for r in records[:50] for k in r if isinstance(k, str)}
    chains: dict[str, list[tuple[str, ...]]] = {}
    for script in scripts:
        for match in _CHAIN.finditer(script[:MAX_SCRIPT_CHARS]):
            keys = tuple(a or b for a, b in _STEP.findall(match.group(2)))
            chains.setdefault(match.group(1), []).append(keys)
    return [
        chain
        for found in chains.values()
        if len({c[0] for c in found if c and c[0] in top}) >= MIN_READ_KEYS
        for chain in found
        if chain
    ]


def _kept(field: FieldSpec, reads: list[tuple[str, ...]], records: list[dict[str, Any]], shown_cf: str) -> bool:
    path = field.json_path
    if not path or field.url_template is not None or field.flag_labels is not None:
        return True
    if any(_is_read(keys, reads) for keys in _leaf_keys(path)):
        return True
    plain = _PLAIN.fullmatch(path) is not None
    return bool(shown_cf) and plain and shown_share(records, path, shown_cf) >= MIN_SHOWN_SHARE


def _leaf_keys(path: str) -> list[tuple[str, ...]]:
    """The key chains a field's path reads (each key of a multiselect, each side of ``a || b``)."""
    parent, brace, selection = path.partition("{")
    if brace:
        base = _keys(parent)
        return [(*base, key) for key in _SELECTED.findall(selection)]
    return [_keys(part) for part in path_operands(path)]


def _keys(path: str) -> tuple[str, ...]:
    return tuple(k.strip() for k in path.replace(FIRST_ITEM, "").split(".") if k.strip())


def _is_read(keys: tuple[str, ...], reads: list[tuple[str, ...]]) -> bool:
    """A chain reads the leaf, or reads an object holding it (handed on under another name)."""
    return any(chain[: len(keys)] == keys or keys[: len(chain)] == chain for chain in reads)
