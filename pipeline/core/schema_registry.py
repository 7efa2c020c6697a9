"""Source schemas: each field's Silver type and whether it is required or sensitive, versioned.

The first schema is inferred from the spider's spec when a version is deployed; a later version
that extracts other fields gets a schema of its own (edits kept for the fields that stay). People
edit a schema as YAML (`sdp schema edit`); every edit is stored as a new version.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, get_args

import yaml
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from config.settings import get_settings
from pipeline.core import audit
from pipeline.core.db.models import ScraperVersion, Source, SourceSchema
from pipeline.core.exceptions import SchemaInvalid
from pipeline.core.schemas import FieldType, ScraperSpec

FIELD_TYPES: tuple[str, ...] = get_args(FieldType)


@dataclass(frozen=True)
class FieldRule:
    type: str
    required: bool = False
    sensitive: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {"type": self.type, "required": self.required, "sensitive": self.sensitive}


@dataclass(frozen=True)
class Schema:
    """What validation checks; ``number`` is None for a schema not stored (a replay of another version)."""

    number: int | None
    fields: dict[str, FieldRule]
    natural_key: tuple[str, ...]

    def sensitive_fields(self) -> list[str]:
        return [name for name, rule in self.fields.items() if rule.sensitive]


def _rules(raw: dict[str, Any]) -> dict[str, FieldRule]:
    return {
        name: FieldRule(str(rule["type"]), bool(rule.get("required")), bool(rule.get("sensitive")))
        for name, rule in raw.items()
    }


def as_schema(row: SourceSchema) -> Schema:
    return Schema(row.number, _rules(row.fields), tuple(row.natural_key))


def infer(spec: ScraperSpec, *, previous: Schema | None = None) -> Schema:
    """The schema a spec implies: key fields and fields every sample record had are required.

    Choices a person made in ``previous`` win for fields that keep their name and type.
    """
    threshold = get_settings().quality.required_confidence
    fields: dict[str, FieldRule] = {}
    for field in spec.fields:
        kept = previous.fields.get(field.name) if previous else None
        if kept is not None and kept.type == field.type:
            fields[field.name] = kept
        else:
            required = field.name in spec.key_fields or field.confidence >= threshold
            fields[field.name] = FieldRule(field.type, required=required)
    return Schema(None, fields, tuple(spec.key_fields))


def _matches(schema: Schema, spec: ScraperSpec) -> bool:
    extracted = {f.name: f.type for f in spec.fields}
    return {n: r.type for n, r in schema.fields.items()} == extracted and schema.natural_key == spec.key_fields


def active_row(session: Session, source_id: int) -> SourceSchema | None:
    return session.scalar(
        select(SourceSchema)
        .where(SourceSchema.source_id == source_id, SourceSchema.active.is_(True))
        .order_by(SourceSchema.number.desc())
        .limit(1)
    )


def schema_for(session: Session, source_id: int, spec: ScraperSpec) -> Schema:
    """The schema records extracted with ``spec`` are checked against (the active one when it fits)."""
    row = active_row(session, source_id)
    current = as_schema(row) if row is not None else None
    if current is not None and _matches(current, spec):
        return current
    return infer(spec, previous=current)


def schema_for_version(session: Session, version_id: int) -> Schema:
    version = session.get(ScraperVersion, version_id)
    if version is None:
        raise SchemaInvalid(f"Scraper version id {version_id} does not exist.")
    return schema_for(session, version.source_id, ScraperSpec.model_validate(version.spec))


def _store(
    session: Session, source: Source, schema: Schema, *, actor: str, reason: str, run_id: str | None = None
) -> SourceSchema:
    number = (session.scalar(select(func.max(SourceSchema.number)).where(SourceSchema.source_id == source.id)) or 0) + 1
    for older in session.scalars(
        select(SourceSchema).where(SourceSchema.source_id == source.id, SourceSchema.active.is_(True))
    ):
        older.active = False
    row = SourceSchema(
        source_id=source.id,
        number=number,
        fields={name: rule.as_dict() for name, rule in schema.fields.items()},
        natural_key=list(schema.natural_key),
        created_by=actor,
        reason=reason,
        active=True,
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="schema.created",
        source_name=source.name,
        run_id=run_id,
        message=f"Schema version {number} of {source.name}: {reason}",
        details={"schema": number},
    )
    return row


def ensure_for_version(
    session: Session, version: ScraperVersion, *, actor: str, run_id: str | None = None
) -> SourceSchema | None:
    """On deploy: store a schema when the source has none, or when the version extracts other fields."""
    spec = ScraperSpec.model_validate(version.spec)
    row = active_row(session, version.source_id)
    current = as_schema(row) if row is not None else None
    if current is not None and _matches(current, spec):
        return None
    source = session.get(Source, version.source_id)
    assert source is not None
    reason = (
        f"inferred from version {version.number}"
        if current is None
        else f"follows version {version.number}, which extracts other fields"
    )
    return _store(session, source, infer(spec, previous=current), actor=actor, reason=reason, run_id=run_id)


def history(session: Session, source: Source) -> list[SourceSchema]:
    return list(
        session.scalars(
            select(SourceSchema).where(SourceSchema.source_id == source.id).order_by(SourceSchema.number)
        ).all()
    )


def current_or_infer(session: Session, source: Source) -> SourceSchema:
    """The active schema; a source deployed before schemas existed gets one from production now."""
    row = active_row(session, source.id)
    if row is not None:
        return row
    version = session.scalar(
        select(ScraperVersion).where(ScraperVersion.source_id == source.id, ScraperVersion.status == "production")
    )
    if version is None:
        raise SchemaInvalid(f"Source {source.name!r} has no schema yet: it has no deployed version.")
    stored = ensure_for_version(session, version, actor="system")
    assert stored is not None
    return stored


def to_yaml(row: SourceSchema, source_name: str) -> str:
    header = (
        f"# Schema version {row.number} of {source_name}. Types: {', '.join(FIELD_TYPES)}.\n"
        "# required: records without a value are kept aside as invalid; sensitive: encrypted at rest.\n"
        "# natural_key comes from the spider (change it with `sdp edit`). Saving stores a new version.\n"
    )
    body = {"natural_key": list(row.natural_key), "fields": row.fields}
    return header + yaml.safe_dump(body, sort_keys=False, default_flow_style=None)


def from_yaml(text: str, current: Schema) -> Schema:
    """Parse and check an edited document; raises SchemaInvalid naming the bad entry."""
    try:
        document = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise SchemaInvalid(f"The schema is not valid YAML ({exc}); nothing stored.") from None
    if not isinstance(document, dict) or not isinstance(document.get("fields"), dict):
        raise SchemaInvalid("The schema needs a 'fields:' mapping of field name to {type, required, sensitive}.")
    key = document.get("natural_key", list(current.natural_key)) or []
    if tuple(key) != current.natural_key:
        raise SchemaInvalid(
            f"natural_key {key!r} differs from the spider's {list(current.natural_key)!r}; "
            "change key_fields with `sdp edit NAME` instead."
        )
    fields: dict[str, FieldRule] = {}
    for name, rule in document["fields"].items():
        if name not in current.fields:
            known = ", ".join(current.fields)
            raise SchemaInvalid(f"Field {name!r} is not extracted by the spider (fields: {known}).")
        if not isinstance(rule, dict) or set(rule) - {"type", "required", "sensitive"}:
            raise SchemaInvalid(f"Field {name!r}: give a mapping with type, required and sensitive only.")
        kind = rule.get("type", current.fields[name].type)
        if kind not in FIELD_TYPES:
            raise SchemaInvalid(f"Field {name!r}: type {kind!r} is unknown; use one of {', '.join(FIELD_TYPES)}.")
        flags = {flag: rule.get(flag, getattr(current.fields[name], flag)) for flag in ("required", "sensitive")}
        for flag, value in flags.items():
            if not isinstance(value, bool):
                raise SchemaInvalid(f"Field {name!r}: {flag} must be true or false, not {value!r}.")
        fields[name] = FieldRule(str(kind), flags["required"], flags["sensitive"])
    missing = [name for name in current.fields if name not in fields]
    if missing:
        raise SchemaInvalid(f"Field(s) {', '.join(missing)} removed; every extracted field needs an entry.")
    return Schema(None, fields, current.natural_key)


def save_edit(session: Session, source: Source, text: str, *, actor: str) -> SourceSchema | None:
    """Store an edited document as a new version; None when it changes nothing."""
    row = current_or_infer(session, source)
    current = as_schema(row)
    edited = from_yaml(text, current)
    if edited.fields == current.fields:
        return None
    changed = sorted(name for name, rule in edited.fields.items() if current.fields[name] != rule)
    return _store(session, source, edited, actor=actor, reason=f"edited: {', '.join(changed)}")
