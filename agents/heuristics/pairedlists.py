"""A list of two items that is two fields: a city and its country, a town and its region.

A table cell showing "Tokyo, Japan" as two links reads like a list of tags, but tags vary in
number from record to record and no place among them means anything. When every record that
holds the list holds exactly two items, and the second repeats across records (several towers
stand in China) while the first varies more, the two are two fields: the first item and the last.
"""

from __future__ import annotations

from itertools import islice

from parsel import Selector

from agents.heuristics.countries import is_country
from pipeline.core.extract import Record, iter_records
from pipeline.core.schemas import FieldSpec, ScraperSpec

#: Records holding the list needed before its shape counts as a pattern.
MIN_RECORDS = 4
#: Share of the records that must hold the list.
HELD_SHARE = 0.75
#: Records re-read to check that the two new selectors find the two items.
CHECKED_RECORDS = 60


def with_pairs_split(spec: ScraperSpec, page: Selector, url: str, records: list[Record]) -> ScraperSpec:
    """``spec`` with every list field that is a fixed pair read as two fields (see the module)."""
    fields: list[FieldSpec] = []
    changed = False
    taken = {f.name for f in spec.fields}
    for field in spec.fields:
        pair = _as_pair(field, records, taken)
        if pair is not None and _reads_the_items(spec, field, pair, page, url):
            fields.extend(pair)
            taken |= {p.name for p in pair}
            changed = True
        else:
            fields.append(field)
    return spec.model_copy(update={"fields": tuple(fields)}) if changed else spec


def is_fixed_pair(lists: list[list[str]], records: int) -> bool:
    """Two items in every list, held by most records, the second repeating where the first varies."""
    if len(lists) < max(MIN_RECORDS, HELD_SHARE * records) or any(len(items) != 2 for items in lists):
        return False
    firsts = {items[0] for items in lists}
    lasts = {items[1] for items in lists}
    return len(lasts) < len(lists) and len(lasts) < len(firsts)


def _as_pair(field: FieldSpec, records: list[Record], taken: set[str]) -> tuple[FieldSpec, FieldSpec] | None:
    if not field.many or field.split or field.json_path or field.scope != "record" or not field.selector:
        return None
    lists = [v for r in records if isinstance(v := r.get(field.name), list) and v]
    texts = [[str(item) for item in items] for items in lists]
    if not is_fixed_pair(texts, len(records)):
        return None
    countries = sum(1 for items in texts if is_country(items[1]))
    first_name, last_name = ("city", "country") if countries == len(texts) else (field.name, f"{field.name}_2")
    first_name = first_name if first_name == field.name or first_name not in taken else field.name
    last_name = last_name if last_name not in taken else f"{field.name}_2"
    if last_name in taken:
        return None
    base = {"many": False, "type": "text" if field.type == "tags" else field.type}
    return (
        field.model_copy(update={**base, "name": first_name, "selector": f"{field.selector}:nth-of-type(1)"}),
        field.model_copy(update={**base, "name": last_name, "selector": f"{field.selector}:nth-last-of-type(1)"}),
    )


def _reads_the_items(
    spec: ScraperSpec, field: FieldSpec, pair: tuple[FieldSpec, FieldSpec], page: Selector, url: str
) -> bool:
    """Whether the two selectors read the list's first and last item on every record: the items
    may sit in one parent each, where ``:nth-of-type`` would count something else."""
    names = ("probe_list", "probe_first", "probe_last")
    probes = (field, *pair)
    probe = spec.model_copy(
        update={"fields": tuple(p.model_copy(update={"name": n}) for p, n in zip(probes, names, strict=True))}
    )
    for record in islice(iter_records(page, probe, url=url), CHECKED_RECORDS):
        items = record.get(names[0])
        if not isinstance(items, list) or not items:
            continue
        if [record.get(names[1]), record.get(names[2])] != [items[0], items[-1]]:
            return False
    return True
