"""Give every field a type its values can have in Silver, so that no record is refused for one field.

Silver checks each record against the source's schema: a date must normalise to a timezone-aware timestamp, a
URL to an absolute http(s) address. A field typed by its name ("reading-time" says date) whose
values do not fit ("7 min read", "Available now", ``tel:…``) would make every record invalid and
the whole list would be kept aside. Such a field keeps its values, typed as text.
"""

from __future__ import annotations

from pipeline.core.extract import Record
from pipeline.core.schemas import FieldType, ScraperSpec
from pipeline.core.validation_rules import FieldCheck, value_problem

#: Types whose normalisation can leave a value Silver refuses (a date left as written, a
#: ``mailto:`` address); the others normalise to their type or to nothing.
_FRAGILE: frozenset[FieldType] = frozenset({"date", "url", "image"})


def misfits(spec: ScraperSpec, records: list[Record]) -> dict[str, str]:
    """Per field whose type some extracted value does not have, the first such value."""
    found: dict[str, str] = {}
    for field in spec.fields:
        if field.type not in _FRAGILE:
            continue
        check = FieldCheck(field.type)
        for record in records:
            value = record.get(field.name)
            if value in (None, "", []):
                continue
            if value_problem(check, value) is not None:
                found[field.name] = repr(value)[:60]
                break
    return found


def fit_types(spec: ScraperSpec, records: list[Record], notes: list[str] | None = None) -> ScraperSpec:
    """``spec`` with every field whose values do not all have its type read as text instead."""
    wrong = misfits(spec, records)
    if not wrong:
        return spec
    fields = []
    for field in spec.fields:
        if field.name in wrong:
            fields.append(field.model_copy(update={"type": "text"}))
            if notes is not None:
                notes.append(f"{field.name}: read as text, as some values are not a {field.type} ({wrong[field.name]})")
        else:
            fields.append(field)
    return spec.model_copy(update={"fields": tuple(fields)})
