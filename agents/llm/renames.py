"""What the model may say about field names, and the rules its suggestions must pass to be applied.

The reply is data, validated by pydantic: per field, a name, a type among ``FieldType`` and a
reason. Nothing in it can add a field, a selector or code. A suggestion is applied only when:

* it names a field of the spec (suggestions about other fields are ignored);
* the new name matches ``^[a-z][a-z0-9_]{0,62}$`` and no two fields end up with the same name
  (a clash sends every field involved back to its heuristic name);
* the new type suits how the field is read: only a field read from an attribute or JSON can
  become a ``url`` or ``image``, a link stays a link, and a list stays ``tags`` or ``text``.

Key fields and the sample records follow the renames; the spec is validated again at the end.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import get_args

from pydantic import BaseModel, ConfigDict, Field

from pipeline.core.schemas import FieldSpec, FieldType, PageProfile, ScraperSpec
from pipeline.core.specparts import PairedJson

NAME_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,62}$")
FIELD_TYPES: tuple[str, ...] = get_args(FieldType)
_LINK_TYPES = ("url", "image")
_LIST_TYPES = ("tags", "text")
_REASON_CHARS = 100


class FieldSuggestion(BaseModel):
    """A better name and type for one field of the record."""

    model_config = ConfigDict(extra="forbid")

    field: str = Field(description="The field's current name, exactly as given.")
    name: str = Field(description="A better name: lowercase snake_case, ^[a-z][a-z0-9_]{0,62}$, unique.")
    type: FieldType = Field(description="The kind of value the field holds.")
    reason: str = Field(description="One short line: why this name and type.")


class NamingReply(BaseModel):
    """Names and types for the fields of records scraped from one web page."""

    model_config = ConfigDict(extra="forbid")

    fields: list[FieldSuggestion] = Field(description="One entry per field given, in any order.")


@dataclass
class Renaming:
    """The result of applying a reply: the profile, what changed and what was refused (for notes)."""

    profile: PageProfile
    changes: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)


def type_refusal(spec: FieldSpec, new_type: str) -> str | None:
    """Why ``spec`` cannot take ``new_type``, or None when it can."""
    if new_type == spec.type:
        return None
    if new_type not in FIELD_TYPES:
        return f"type {new_type!r} is not one of {', '.join(FIELD_TYPES)}"
    if spec.many and new_type not in _LIST_TYPES:
        return f"{spec.name!r} collects a list: it stays 'tags' or 'text'"
    if spec.type in _LINK_TYPES and spec.attribute in ("href", "src") and new_type not in _LINK_TYPES:
        return f"{spec.name!r} reads the link in @{spec.attribute}: it stays 'url' or 'image'"
    if new_type in _LINK_TYPES and spec.attribute is None and spec.json_path is None:
        return f"{spec.name!r} reads visible text, which is not a link: it cannot become {new_type!r}"
    return None


def apply_suggestions(profile: PageProfile, suggestions: Sequence[FieldSuggestion]) -> Renaming:
    """``profile`` with every suggestion that passes the rules applied; the rest ignored."""
    result = Renaming(profile)
    current = {spec.name: spec for spec in profile.spec.fields}
    wanted: dict[str, FieldSuggestion] = {}
    for suggestion in suggestions:
        if suggestion.field not in current:
            result.refused.append(f"no field {suggestion.field[:64]!r}")
        elif suggestion.field in wanted:
            result.refused.append(f"a second suggestion for {suggestion.field!r}")
        else:
            wanted[suggestion.field] = suggestion
    names = {old: old for old in current}
    types: dict[str, FieldType] = {old: spec.type for old, spec in current.items()}
    for old, suggestion in wanted.items():
        if NAME_PATTERN.fullmatch(suggestion.name):
            names[old] = suggestion.name
        else:
            result.refused.append(f"name {suggestion.name[:64]!r} for {old!r} is not snake_case")
        refusal = type_refusal(current[old], suggestion.type)
        if refusal is None:
            types[old] = suggestion.type
        else:
            result.refused.append(refusal)
    result.refused.extend(_settle_clashes(names))
    fields = tuple(
        spec.model_copy(
            update={"name": names[spec.name], "type": types[spec.name], "paired": _renamed_key(spec, names)}
        )
        for spec in profile.spec.fields
    )
    spec = ScraperSpec.model_validate(
        {
            **profile.spec.model_dump(),
            "fields": [f.model_dump() for f in fields],
            "key_fields": [names[key] for key in profile.spec.key_fields],
        }
    )
    records = tuple({names.get(key, key): value for key, value in record.items()} for record in profile.sample_records)
    for old, spec_field in current.items():
        if (names[old], types[old]) != (old, spec_field.type):
            reason = _one_line(wanted[old].reason)
            result.changes.append(f"{old} ({spec_field.type}) → {names[old]} ({types[old]}): {reason}")
    result.profile = profile.model_copy(update={"spec": spec, "sample_records": records})
    return result


def _renamed_key(spec: FieldSpec, names: dict[str, str]) -> PairedJson | None:
    """A paired field's JSON stays keyed by its link field, under that field's new name."""
    if spec.paired is None:
        return None
    return spec.paired.model_copy(update={"key_field": names[spec.paired.key_field]})


def _settle_clashes(names: dict[str, str]) -> list[str]:
    """Send every field whose new name another field also ends up with back to its old name."""
    refused: list[str] = []
    while True:
        counts = Counter(names.values())
        clashing = [old for old, new in names.items() if counts[new] > 1 and new != old]
        if not clashing:
            return refused
        for old in clashing:
            refused.append(f"name {names[old]!r} for {old!r} clashes with another field")
            names[old] = old


def _one_line(text: str) -> str:
    """The model's reason, made safe to show: printable, one line, short."""
    flat = " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())
    return flat if len(flat) <= _REASON_CHARS else flat[: _REASON_CHARS - 1] + "…"
