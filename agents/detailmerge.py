"""One entity from two descriptions of it: the page's JSON-LD and its markup.

Neither is complete on its own: a shop's JSON-LD names the SKU and brand but not the struck price
shown beside the price; a newspaper's names the headline, section and modification date but not
the article itself. The merged spec reads each field from the source that has it: markup fields
by CSS, JSON-LD fields by a JMESPath into the page's ``application/ld+json`` scripts (the engine
reads a markup field with a ``json_path`` from those scripts), so the spider follows both.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from agents.durations import duration_minutes, is_iso_duration
from pipeline.core.cleantext import clean_text
from pipeline.core.extract import extract_records
from pipeline.core.schemas import FieldSpec, PageProfile, ScraperSpec

#: Markup fields worth adding to a JSON-LD entity whatever their length: what the finders name.
MARKUP_KINDS = ("text", "price", "price_max", "original_price", "rating", "date", "author")
#: Other markup values are added when this short: a spec row's value, not a block of text.
MAX_LABELLED_CHARS = 60
#: A markup text adds to a JSON-LD description only when it is this much longer (the article body).
BODY_GAIN = 1.5
#: Types a JSON-LD value has where the markup may show only a sentence around it.
_TYPED = ("rating", "price", "date", "number")
#: A text this long found inside another is a copy of it (a description quoted in the body).
MIN_QUOTED_CHARS = 40
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
#: JSON-LD values the page shows anyway, in its own form: a second copy adds nothing.
_SHOWN_TYPES = ("title", "image", "url")


def merge_entity(entity: PageProfile, markup: PageProfile, page_text: str, *, entity_leads: bool) -> PageProfile | None:
    """The union of the two descriptions, led by ``entity`` (JSON-LD) or by ``markup``; None when
    the other source adds nothing or the merged spec does not read the page."""
    source = entity.spec.json_source
    if source is None or markup.spec.mode != "detail" or not markup.sample_records or not entity.sample_records:
        return None
    shown, declared = markup.sample_records[0], entity.sample_records[0]
    scripted = tuple(_from_script(f, source.records_path, source.script_selector or "") for f in entity.spec.fields)
    if entity_leads:
        taken = [f for f in markup.spec.fields if _adds_to(f, shown.get(f.name), entity.spec.fields, declared)]
        record = markup.spec.record_selector
        scripted = _durations_as_shown(entity.spec.fields, scripted, markup.spec.fields, declared, shown, record)
        fields = (*scripted, *(m for f in taken if (m := _page_wide(f, shown.get(f.name), record))))
        spec = ScraperSpec(start_url=markup.spec.start_url, mode="detail", record_selector="html", fields=fields)
    else:
        added = [
            s
            for f, s in zip(entity.spec.fields, scripted, strict=True)
            if _adds_to(f, declared.get(f.name), markup.spec.fields, shown)
            and f.type not in _SHOWN_TYPES
            and not str(declared.get(f.name)).startswith(("http://", "https://", "/"))  # the page links for itself
        ]
        typed = {f.name: s for f, s in zip(entity.spec.fields, scripted, strict=True) if f.type in _TYPED}
        # A rating shown only as a sentence ("Rated 4.50 out of 5 based on 2 ratings") is read as a number.
        own = tuple(typed[f.name] if f.type == "text" and f.name in typed else f for f in markup.spec.fields)
        spec = markup.spec.model_copy(update={"fields": (*own, *added)})
    base = entity if entity_leads else markup
    if spec.fields == base.spec.fields:
        return None
    records = extract_records(page_text, markup.final_url, spec)
    if len(records) != 1:
        return None
    kept = tuple(f for f in spec.fields if records[0].get(f.name) not in (None, "", []))
    spec = spec.model_copy(update={"fields": kept})
    other = "markup" if entity_leads else "JSON-LD"
    names = ", ".join(f.name for f in kept if f.name not in {g.name for g in base.spec.fields})
    note = f"the entity's fields completed from its {other}: {names}"
    return base.model_copy(
        update={
            "spec": spec,
            "sample_records": ({f.name: records[0][f.name] for f in kept},),
            "record_count": 1,
            "notes": (*base.notes, note),
        }
    )


def _durations_as_shown(
    declared_fields: tuple[FieldSpec, ...],
    scripted: tuple[FieldSpec, ...],
    markup_fields: tuple[FieldSpec, ...],
    declared: Mapping[str, object],
    shown: Mapping[str, object],
    container: str,
) -> tuple[FieldSpec, ...]:
    """A duration the JSON-LD writes in ISO 8601 ("PT200M") and the page shows as a person reads
    it ("3 hrs 20 mins") is read from the page: the export says what the reader sees."""
    on_page = {f.name: f for f in markup_fields}
    kept = []
    for field, script in zip(declared_fields, scripted, strict=True):
        markup, value, written = on_page.get(field.name), shown.get(field.name), declared.get(field.name)
        as_shown = markup is not None and is_iso_duration(written) and _same(written, value)
        page_field = _page_wide(markup, value, container) if markup is not None and as_shown else None
        kept.append(page_field or script)
    return tuple(kept)


def _from_script(field: FieldSpec, records_path: str, script_selector: str) -> FieldSpec:
    """A JSON-LD field as a markup spec reads it: the entity's path, then the field's."""
    return field.model_copy(
        update={"selector": script_selector, "json_path": f"{records_path} | [0] | {field.json_path}"}
    )


def _adds_to(field: FieldSpec, value: object, others: tuple[FieldSpec, ...], record: Mapping[str, object]) -> bool:
    """Whether ``field`` says something the other source does not: a new name and a new value."""
    names = {f.name for f in others}
    if field.name in names or value in (None, "", []):
        return False
    if field.name == "text" and "description" in names:
        # An article body beside a one-line description: the body is what the reader came for.
        described = record.get("description")
        return isinstance(value, str) and len(value) > BODY_GAIN * len(str(described or ""))
    return not any(_same(value, other) for other in record.values())


def _same(a: object, b: object) -> bool:
    if (minutes := duration_minutes(a)) is not None and is_iso_duration(a) != is_iso_duration(b):
        return minutes == duration_minutes(b)  # "PT20M" declared, "20 mins" shown: one duration
    if isinstance(a, dict) and isinstance(b, dict):
        return a.get("amount") == b.get("amount")
    if isinstance(b, list) and not isinstance(a, list):
        return any(_same(a, item) for item in b)  # "Italian" shown, ["Italian"] declared
    if isinstance(a, str) and isinstance(b, str) and _ISO_DAY.match(a) and _ISO_DAY.match(b):
        return a[:10] == b[:10]  # "March 2, 2026" shown, "2026-03-02T09:00" declared: one date
    if isinstance(a, str) and isinstance(b, str):
        left, right = clean_text(a).casefold(), clean_text(b).casefold()
        if min(len(left), len(right)) < MIN_QUOTED_CHARS:
            return left == right  # "Orbit" the brand is no copy of "Orbit Coffee Grinder" the title
        return left in right or right in left
    return a == b


def _page_wide(field: FieldSpec, value: object, container: str) -> FieldSpec | None:
    """A markup field read from the whole page (the record is ``html``), inside its container:
    what the finders name, or a short labelled value ("Servings 6 servings", "Volume 45 L")."""
    short = isinstance(value, int | float) or (isinstance(value, str) and len(value) <= MAX_LABELLED_CHARS)
    if (field.name not in MARKUP_KINDS and not short) or field.scope != "record" or "," in field.selector:
        return None
    selector = f"{container} {field.selector}".strip() if field.selector else container
    return field.model_copy(update={"selector": selector})
