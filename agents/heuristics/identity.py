"""Which field tells a source's records apart: the natural key Silver merges on."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from pipeline.core.extract import Record
from pipeline.core.schemas import FieldSpec

#: Types of field that can name a record, most stable first. Prices, counts and dates repeat or
#: change between crawls, so they never identify one.
NAMING_TYPES = ("url", "title", "text")


def natural_key(
    fields: Iterable[FieldSpec], records: Sequence[Record], types: Sequence[str] | None = NAMING_TYPES
) -> tuple[str, ...]:
    """The first field present and distinct in every record, or () to key on content fingerprints.

    ``types`` ranks the field types allowed to be the key; None allows any, links and titles
    first (records read from JSON often carry a plain ``id``). Call it with the records of every
    sample page: an author's link is distinct on the first page of quotes and repeats on the next.
    """
    if len(records) < 2:
        return ()

    def rank(field: FieldSpec) -> tuple[int, bool]:
        # The record's own link ("url") before an author's ("author_url"); else the page's order.
        kind = (0 if field.type in ("url", "title") else 1) if types is None else types.index(field.type)
        return (kind, field.name != field.type)

    usable = [f for f in fields if not f.many and (types is None or f.type in types)]
    for field in sorted(usable, key=rank):
        values = [repr(r.get(field.name)) for r in records if r.get(field.name) not in (None, "", [])]
        if len(values) == len(records) and len(set(values)) == len(values):
            return (field.name,)
    return ()
