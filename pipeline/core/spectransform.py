"""Selector transformations: what a repair changed in a spec, in a form another spec can reuse.

A transform is plain data (it is stored in the Knowledge Base and editable by people)::

    {"replace": [[".tea", ".product-tile"], ["li", "section"]],     # selector atoms, everywhere
     "record_selector": "div.grid > section.tile",                 # optional override
     "fields": {"price": {"selector": "", "attribute": "data-price", "strip_label": null}}}

It only ever yields CSS selectors, attribute names and labels inside a ``ScraperSpec``: the spider
code is still rendered from the template and checked by the AST allow-list, so a lesson can never
widen what code may run.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError

from pipeline.core.exceptions import ConfigurationError
from pipeline.core.schemas import FieldSpec, ScraperSpec

ATOM = re.compile(r"^[.#]?[A-Za-z_][\w-]*$")
_TOKENS = re.compile(r"\[[^\]]*\]|::?[\w-]+(?:\([^)]*\))?|[.#]?[A-Za-z_][\w-]*|\s*[>+~,]\s*|\s+|.")
_ATTRIBUTE = re.compile(r"^[A-Za-z_:][\w:.-]{0,63}$")
MAX_SELECTOR = 500
#: Field options cutting one value out of a text (``FieldSpec.text_after`` / ``text_before``).
_CUTS = ("text_after", "text_before")
#: Where the cut is made: at the last occurrence of its literals (``FieldSpec.text_from_end``).
_CUT_FLAGS = ("text_from_end",)
#: Which occurrence of ``text_after`` the value starts after (``FieldSpec.text_after_skip``).
_CUT_PLACES = ("text_after_skip",)
MAX_SKIP = 8  # FieldSpec.text_after_skip's bound
MAX_CUT = 80
_FIELD_KEYS = frozenset({"selector", "attribute", "strip_label", *_CUTS, *_CUT_FLAGS, *_CUT_PLACES})
Transform = dict[str, Any]


def tokens(selector: str) -> list[str]:
    return _TOKENS.findall(selector or "")


def replace_atoms(selector: str, pairs: dict[str, str]) -> str:
    return "".join(pairs.get(token, token) for token in tokens(selector))


def atom_pairs(old: str, new: str) -> dict[str, str] | None:
    """Atom-by-atom differences of two selectors of the same shape; None when the shapes differ."""
    a, b = tokens(old), tokens(new)
    if len(a) != len(b):
        return None
    pairs: dict[str, str] = {}
    for x, y in zip(a, b, strict=True):
        if x == y:
            continue
        if not (ATOM.match(x) and ATOM.match(y)):
            return None
        pairs[x] = y
    return pairs


def _field_view(field: FieldSpec, cuts: bool = False) -> dict[str, Any]:
    """What a transform may set on a field; the cut of a text holding two values only where the fix
    has one or drops one (``cuts``), so that lessons about other fields leave cuts alone."""
    view = {"selector": field.selector, "attribute": field.attribute, "strip_label": field.strip_label}
    view.update(
        {key: getattr(field, key) for key in (*_CUTS, *_CUT_FLAGS, *_CUT_PLACES) if cuts or getattr(field, key)}
    )
    return view


def _has_cut(field: FieldSpec) -> bool:
    return any(getattr(field, key) for key in _CUTS)


def derive(old: ScraperSpec, new: ScraperSpec) -> tuple[str, Transform]:
    """What changed between ``old`` and ``new`` (a label) and the transform turning one into the other."""
    pairs: dict[str, str] = {}
    for a, b in [(old.record_selector, new.record_selector)] + [
        (f.selector, g.selector) for f, g in _same_fields(old, new)
    ]:
        found = atom_pairs(a, b)
        if found and all(pairs.get(k, v) == v for k, v in found.items()):
            pairs.update(found)
    transform: Transform = {"replace": sorted([k, v] for k, v in pairs.items())}
    trial = apply(old, transform)
    if trial.record_selector != new.record_selector:
        transform["record_selector"] = new.record_selector
    fields = {
        g.name: _field_view(g, cut)
        for f, g in _same_fields(apply(old, transform), new)
        if _field_view(f, cut := _has_cut(f) or _has_cut(g)) != _field_view(g, cut)
    }
    if fields:
        transform["fields"] = fields
    return _label(old, new, pairs, transform), transform


def _same_fields(old: ScraperSpec, new: ScraperSpec) -> list[tuple[FieldSpec, FieldSpec]]:
    by_name = {f.name: f for f in new.fields}
    return [(f, by_name[f.name]) for f in old.fields if f.name in by_name]


def _label(old: ScraperSpec, new: ScraperSpec, pairs: dict[str, str], transform: Transform) -> str:
    labels: list[str] = []
    if any(k.startswith(".") and v.startswith(".") for k, v in pairs.items()):
        labels.append("class renamed")
    if any(not k.startswith((".", "#")) and not v.startswith((".", "#")) for k, v in pairs.items()):
        labels.append("tag changed")
    if "record_selector" in transform and len(tokens(new.record_selector)) > len(tokens(old.record_selector)):
        labels.append("wrapper added")
    for f, g in _same_fields(old, new):
        if g.attribute and g.attribute != f.attribute and g.type not in ("url", "image"):
            labels.append("moved into attribute")
        if g.strip_label != f.strip_label and g.strip_label:
            labels.append("label reworded")
    if not labels:
        labels.append("restructured")
    return ", ".join(dict.fromkeys(labels))


def apply(spec: ScraperSpec, transform: Transform) -> ScraperSpec:
    """``spec`` with ``transform`` applied; fields the transform does not know are only renamed atoms."""
    pairs = {str(k): str(v) for k, v in transform.get("replace", [])}
    overrides: dict[str, dict[str, Any]] = transform.get("fields", {}) or {}
    fields = []
    for field in spec.fields:
        update: dict[str, Any] = {"selector": replace_atoms(field.selector, pairs)}
        override = overrides.get(field.name, {})
        if "text_after" in override:
            update["text_after_skip"] = 0  # a skip counts one literal's occurrences: a new one starts afresh
        update.update(override)
        fields.append(field.model_copy(update=update))
    pagination = spec.pagination
    if pagination.next_selector:
        pagination = pagination.model_copy(update={"next_selector": replace_atoms(pagination.next_selector, pairs)})
    record_selector = transform.get("record_selector") or replace_atoms(spec.record_selector, pairs)
    try:
        return ScraperSpec.model_validate(
            spec.model_copy(
                update={"record_selector": record_selector, "fields": tuple(fields), "pagination": pagination}
            ).model_dump()
        )
    except ValidationError as exc:
        raise ConfigurationError(f"The transform does not give a valid spec: {exc.errors()[0]['msg']}") from exc


def check_transform(value: object) -> None:
    """Refuse anything but the documented shape (it is stored and later applied to other specs)."""
    if not isinstance(value, dict):
        raise ConfigurationError(f"A lesson transform must be an object, got {type(value).__name__}.")
    unknown = set(value) - {"replace", "record_selector", "fields"}
    if unknown:
        raise ConfigurationError(
            f"Unknown transform key(s) {', '.join(sorted(unknown))}; use replace, record_selector, fields."
        )
    for pair in value.get("replace", []):
        if not (
            isinstance(pair, list | tuple)
            and len(pair) == 2
            and all(isinstance(p, str) and ATOM.match(p) for p in pair)
        ):
            raise ConfigurationError(
                f"Transform replace entry {pair!r} must be two selector atoms like ['.old', '.new']."
            )
    record_selector = value.get("record_selector")
    if record_selector is not None and not (
        isinstance(record_selector, str) and 0 < len(record_selector) <= MAX_SELECTOR
    ):
        raise ConfigurationError(f"Transform record_selector {record_selector!r} must be a CSS selector.")
    fields = value.get("fields", {})
    if not isinstance(fields, dict):
        raise ConfigurationError("Transform fields must map a field name to its selector, attribute and strip_label.")
    for name, spec in fields.items():
        _check_field(name, spec)


def _check_field(name: str, spec: object) -> None:
    """One field's entry of a transform: known keys only, each of its documented shape."""
    if not isinstance(spec, dict) or set(spec) - _FIELD_KEYS:
        raise ConfigurationError(
            f"Transform field {name!r} may only set selector, attribute, strip_label, text_after, text_before,"
            " text_from_end and text_after_skip."
        )
    for key in _CUT_FLAGS:
        if not isinstance(spec.get(key, False), bool):
            raise ConfigurationError(f"Transform field {name!r} has a bad {key} {spec[key]!r}: true or false.")
    for key in _CUT_PLACES:
        skip = spec.get(key, 0)
        if isinstance(skip, bool) or not (isinstance(skip, int) and 0 <= skip <= MAX_SKIP):
            raise ConfigurationError(f"Transform field {name!r} has a bad {key} {skip!r}: a whole number 0-{MAX_SKIP}.")
    for key in _CUTS:
        cut = spec.get(key)
        if cut is not None and not (isinstance(cut, str) and 0 < len(cut) <= MAX_CUT):
            raise ConfigurationError(f"Transform field {name!r} has a bad {key} {cut!r}: a literal of 1-80 characters.")
    selector, attribute, label = spec.get("selector", ""), spec.get("attribute"), spec.get("strip_label")
    if not isinstance(selector, str) or len(selector) > MAX_SELECTOR:
        raise ConfigurationError(f"Transform field {name!r} has a bad selector {selector!r}.")
    if attribute is not None and not (isinstance(attribute, str) and _ATTRIBUTE.match(attribute)):
        raise ConfigurationError(f"Transform field {name!r} has a bad attribute {attribute!r}.")
    if label is not None and not (isinstance(label, str) and len(label) <= 100):
        raise ConfigurationError(f"Transform field {name!r} has a bad strip_label {label!r}.")
