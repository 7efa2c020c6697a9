"""The internals of a JSON API that its rendered page never shows a reader, left out.

An API answers with more than its page shows: opaque ids (a DID, a content hash, an ``at://`` URI)
and the viewer's own flags (``viewer.threadMuted``). Once the page has been rendered, a leaf that is
mostly such tokens or true/false values, none of which the page shows, is no column a reader wants.
A flag the page shows as a label (``labelled_flags``), a web link or picture, and a link filled from
the data stay.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from agents.jsonleaves import readable
from agents.jsonscout import path_value, shown_share
from pipeline.core.cleantext import clean_text
from pipeline.core.schemas import FieldSpec

#: Fields kept at least: a candidate of fewer is no candidate (see ``propose_fields``).
MIN_KEPT = 2


def shown_fields(fields: Sequence[FieldSpec], records: list[dict[str, Any]], shown: str) -> tuple[FieldSpec, ...]:
    """``fields`` without the opaque ids and bare flags whose values ``shown`` (the rendered page's
    text) never holds."""
    shown_cf = clean_text(shown).casefold()
    if not shown_cf or not records:
        return tuple(fields)
    kept = tuple(f for f in fields if not _internal(f, records, shown_cf))
    return kept if len(kept) >= MIN_KEPT else tuple(fields)


def _internal(field: FieldSpec, records: list[dict[str, Any]], shown_cf: str) -> bool:
    if not field.json_path or field.flag_labels is not None or field.url_template is not None:
        return False
    if field.type in ("date", "price", "number", "rating"):
        return False  # a timestamp is long and unspaced too, and the page shows it reformatted
    if readable(records, field.json_path, path_value) or _followable(records, field):
        return False
    return shown_share(records, field.json_path, shown_cf) == 0.0


def _followable(records: list[dict[str, Any]], field: FieldSpec) -> bool:
    """A link or a picture the reader can open (web addresses, never shown as text), not an ``at://`` id."""
    if field.type not in ("url", "image"):
        return False
    values = [v for r in records[:50] if isinstance(v := path_value(r, field.json_path or ""), str) and v]
    web = [v for v in values if v.startswith(("http://", "https://", "/"))]
    return 2 * len(web) > len(values)
