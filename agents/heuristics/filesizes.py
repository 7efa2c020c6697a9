"""File sizes as a directory listing rounds them: "88K", "1.2M", "3.4G", kept as shown.

Listings (``ls -h``, web server indexes, download pages) print a file's size rounded to one
binary unit: "1.2M" is some 1,258,291 bytes, not 1,200,000, and the exact count is nowhere on
the page. Read as a number, the column would hold a precision the page never gave, in a unit
nobody wrote. A number column that its header names a size, and whose values carry such a unit
letter, keeps its text.
"""

from __future__ import annotations

import re
from itertools import islice

from parsel import Selector

from pipeline.core.extract import iter_records
from pipeline.core.schemas import ScraperSpec

#: A field name saying the column holds sizes: "size", "file_size", "filesize".
_SIZE_NAME = re.compile(r"^(?:file_?)?size(?:_\d)?$")
#: A size rounded to a unit letter, as listings print it: "88K", "1.2M", "3.4 G", "5.1MB".
_ROUNDED_SIZE = re.compile(r"^\d{1,4}(?:[.,]\d{1,2})?\s?[KMGT](?:i?B)?$")
#: Records whose texts are looked at.
SAMPLE = 60


def is_rounded_size(text: str) -> bool:
    """ "88K", "1.2M", "3.4 GB": a size rounded to a unit letter."""
    return bool(_ROUNDED_SIZE.match(text.strip()))


def with_sizes_as_shown(spec: ScraperSpec, page: Selector, url: str) -> ScraperSpec:
    """``spec`` with every number field named a size whose texts are rounded sizes read as text."""
    sized = [f for f in spec.fields if f.type == "number" and _SIZE_NAME.match(f.name)]
    if not sized:
        return spec
    probe = spec.model_copy(update={"fields": tuple(f.model_copy(update={"type": "text"}) for f in sized)})
    texts: dict[str, list[str]] = {f.name: [] for f in sized}
    for record in islice(iter_records(page, probe, url=url), SAMPLE):
        for name, found in texts.items():
            if isinstance(value := record.get(name), str):
                found.append(value)
    rounded = {name for name, found in texts.items() if any(is_rounded_size(t) for t in found)}
    if not rounded:
        return spec
    fields = tuple(f.model_copy(update={"type": "text"}) if f.name in rounded else f for f in spec.fields)
    return spec.model_copy(update={"fields": fields})
