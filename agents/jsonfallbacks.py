"""A JSON value the page shows in place of another when that one is missing: ``name || handle``.

An app shows an account's display name, or its handle when it has none; a product's short title,
or its full name. The rendered page tells: where the record has the first value, an element shows
it whole; where it lacks it, an element shows a sibling value whole that the other records' elements
mostly do not (they show it only inside a longer text, '@handle'). The field then reads ``first || other``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from agents.jsonleaves import leaf_paths
from agents.jsonscout import path_value
from pipeline.core.cleantext import clean_text
from pipeline.core.schemas import FieldSpec

#: Share of the records with the first value whose element shows it whole, at least.
MIN_SHOWN_SHARE = 0.8
#: Share of those records' other values (each once: an account posts often) shown whole too, under this
#: (a profile's own handle shows whole in its header).
MAX_ALSO_SHOWN_SHARE = 0.5
MAX_ELEMENTS = 20_000
_NAMED = ("author", "title", "text")


def fallback_fields(fields: Sequence[FieldSpec], records: list[dict[str, Any]], root: Any) -> tuple[FieldSpec, ...]:
    """``fields``, each name-like field missing in some records read as ``first || sibling`` where the
    rendered page (``root``: an lxml element) shows the sibling in its place."""
    candidates = [f for f in fields if f.type in _NAMED and f.json_path and _plain(f.json_path)]
    missing = {f.name: [r for r in records if _text(r, f.json_path or "") == ""] for f in candidates}
    if not any(missing.values()):
        return tuple(fields)
    shown = _whole_texts(root)
    found: dict[str, str] = {}
    for field in candidates:
        path = field.json_path or ""
        if missing[field.name] and (other := _stand_in(path, records, missing[field.name], shown)):
            found[field.name] = f"{path} || {other}"
    return tuple(f.model_copy(update={"json_path": found[f.name]}) if f.name in found else f for f in fields)


def _stand_in(path: str, records: list[dict[str, Any]], lacking: list[dict[str, Any]], shown: set[str]) -> str | None:
    """The sibling leaf of ``path`` that the page shows whole for the records lacking it, and only there."""
    having = [r for r in records if _text(r, path)]
    if len(having) < 2 or sum(_text(r, path) in shown for r in having) < MIN_SHOWN_SHARE * len(having):
        return None
    parent = path.rpartition(".")[0]
    siblings = {p for p in leaf_paths(lacking[0]) if p.rpartition(".")[0] == parent and p != path and _plain(p)}
    for sibling in sorted(siblings):
        if not all(_text(r, sibling) in shown for r in lacking):
            continue
        others = {_text(r, sibling) for r in having} - {""}
        if others and sum(v in shown for v in others) < MAX_ALSO_SHOWN_SHARE * len(others):
            return sibling
    return None


def _plain(path: str) -> bool:
    return all(part.isidentifier() for part in path.split("."))


def _text(record: dict[str, Any], path: str) -> str:
    value = path_value(record, path)
    return clean_text(value).casefold() if isinstance(value, str) else ""


def _whole_texts(root: Any) -> set[str]:
    """The whole texts of the page's small elements (a name, a label), casefolded."""
    texts: set[str] = set()
    for count, element in enumerate(root.iter()):
        if count >= MAX_ELEMENTS:
            break
        if isinstance(element.tag, str) and element.tag not in ("script", "style") and len(element) < 8:
            text = clean_text(element.text_content() or "").casefold()
            if 0 < len(text) <= 300:
                texts.add(text)
    return texts
