"""Where an absent value is: the ``no_column_absent`` losses of ``lossshape``, one level down.

A value is *absent* when no column answers its field and no extracted text of its record holds it.
This says where such values sit in the site's served pages (``pagetext.locate``), so that a held-out
set can say whether the Scout misses values it could read, and how, without naming a site or field:

* per **value** (each counted ``no_column_absent`` value) and per **field** (a field no column
  answers whose matched values are mostly absent: its values' most common place);
* a field's **kind** (``expected_type``, a bool apart) and whether it is **dense** (carried by at least
  80 % of the expected records) or **sparse**;
* the **place**: visible text, an attribute (by bucket), a script, or nowhere as written; for visible
  text, whether an element's whole text is the value (signs aside) or the value is part of a longer
  text, and whether it is **near the title**: an element whose text equals the record's title (the
  short text field with the most distinct values) has an ancestor within 4 levels whose text holds the
  value — an approximation of "inside the record's card", which only the Scout knows.

A list's items are looked for one by one; the list is where most of them are. The counts come back as
one flat ``{name: count}`` (``SHAPE_KEYS`` order is the report's), summed over sites by the bench.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from tests.bench.lossshape import inside_text
from tests.bench.pagetext import BUCKETS, PLACES, Page, Where, locate, majority, spellings

Record = dict[str, Any]
Fold = Callable[[str], str]
Kind = Callable[[Any], str]

KINDS = ("text", "number", "url", "items", "date", "month-day", "bool")
DENSE_SHARE = 0.8
#: Names a title goes by; without one, the most distinct short text with the most words stands in.
_TITLES = ("title", "name", "headline")


def value_kind(value: Any, kind: Kind) -> str:
    """The field kinds reported: ``expected_type``'s, with a bool apart."""
    return "bool" if isinstance(value, bool) else kind(value)


def title_key(expected: Sequence[Record], kind: Kind) -> str | None:
    """The field most like a record's title: one named so, else a short text carried by most records,
    mostly distinct, of the most words."""
    best: tuple[bool, bool, float, str] | None = None
    for key in sorted({k for r in expected for k in r}):
        values = [r[key] for r in expected if key in r]
        if value_kind(values[0], kind) != "text" or len(values) < DENSE_SHARE * len(expected):
            continue
        words = sum(len(str(v).split()) for v in values) / len(values)
        if words > 20:  # a description, not a title
            continue
        rank = (key in _TITLES, len({str(v) for v in values}) >= DENSE_SHARE * len(values), words, key)
        best = rank if best is None or rank > best else best
    return best[3] if best else None


def locate_value(value: Any, kind: Kind, pages: Sequence[Page], fold: Fold, title: str = "") -> Where:
    """Where one expected value is; a list, where most of its items are."""
    if isinstance(value, list):
        return majority([locate_value(v, kind, pages, fold, title) for v in value if v is not None])
    return locate(spellings(value, value_kind(value, kind), fold), pages, title, fold)


def absent_places(
    expected: Sequence[Record],
    got: Sequence[Record],
    matches: Mapping[int, int],
    mapping: Mapping[str, str],
    pages: Sequence[Page],
    kind: Kind,
    fold: Fold,
) -> tuple[dict[str, list[tuple[int, Where]]], Counter[str]]:
    """Each absent value's place by field, with its expected record's index, and how many values of
    each field sit inside an extracted text instead."""
    titled = title_key(expected, kind)
    places: dict[str, list[tuple[int, Where]]] = {}
    inside: Counter[str] = Counter()
    for i, j in sorted(matches.items()):
        title = fold(str(expected[i].get(titled, ""))) if titled else ""
        for key, value in expected[i].items():
            if key in mapping:
                continue
            if inside_text(value, got[j], fold):
                inside[key] += 1
                continue
            where = locate_value(value, kind, pages, fold, "" if key == titled else title)
            places.setdefault(key, []).append((i, where))
    return places, inside


def absent_fields(
    places: Mapping[str, list[tuple[int, Where]]], inside: Counter[str]
) -> dict[str, tuple[list[int], Where]]:
    """The absent fields (mostly not inside a longer text): their absent values' records and their place."""
    return {
        key: ([i for i, _ in found], majority([w for _, w in found]))
        for key, found in places.items()
        if len(found) > inside[key]
    }


def absent_shape(
    expected: Sequence[Record],
    got: Sequence[Record],
    matches: Mapping[int, int],
    mapping: Mapping[str, str],
    pages: Sequence[Page],
    kind: Kind,
    fold: Fold,
) -> dict[str, int]:
    """Count the absent fields and values by kind, density and place (see the module docstring)."""
    if not pages:
        return {}
    return shape_of(expected, *absent_places(expected, got, matches, mapping, pages, kind, fold), kind)


def shape_of(
    expected: Sequence[Record], places: Mapping[str, list[tuple[int, Where]]], inside: Counter[str], kind: Kind
) -> dict[str, int]:
    """``absent_shape``'s counts from ``absent_places``."""
    out: Counter[str] = Counter()
    for found in places.values():
        for _, where in found:
            _count(out, "values", where)
    for key, (_, where) in absent_fields(places, inside).items():
        carried = [r[key] for r in expected if key in r]
        field_kind = value_kind(carried[0], kind)
        density = "dense" if len(carried) >= DENSE_SHARE * len(expected) else "sparse"
        out["fields"] += 1
        out[f"fields_{field_kind}"] += 1
        out[f"fields_{field_kind}_{density}"] += 1
        _count(out, "fields", where)
    return dict(out)


def _count(out: Counter[str], unit: str, where: Where) -> None:
    out[f"{unit}_{where.place}"] += 1
    if where.place == "attribute":
        out[f"{unit}_attribute_{where.bucket}"] += 1
    if where.place == "visible":
        out[f"{unit}_visible_{'whole' if where.whole else 'part'}"] += 1
        out[f"{unit}_visible_near_title"] += where.near_title


def describe(shape: Mapping[str, float]) -> str:
    """One report line: the absent fields by kind and density, then fields/values by place."""
    fields = int(shape.get("fields", 0))
    if not fields and not shape.get("values"):
        return "no absent value"

    def both(name: str) -> str:
        return f"{int(shape.get(f'fields_{name}', 0))}/{int(shape.get(f'values_{name}', 0))}"

    kinds = ", ".join(
        f"{k} {int(shape[f'fields_{k}'])} ({int(shape.get(f'fields_{k}_dense', 0))} dense)"
        for k in KINDS
        if shape.get(f"fields_{k}")
    )
    buckets = ", ".join(f"{b} {both(f'attribute_{b}')}" for b in BUCKETS if shape.get(f"values_attribute_{b}"))
    names = {"visible": "visible text", "attribute": "attribute", "script": "script", "nowhere": "nowhere"}
    where = []
    for place in PLACES:
        part = f"{names[place]} {both(place)}"
        if place == "visible":
            part += f" (whole {both('visible_whole')}, in a longer text {both('visible_part')};"
            part += f" near the title {both('visible_near_title')})"
        if place == "attribute" and buckets:
            part += f" ({buckets})"
        where.append(part)
    return f"absent fields {fields} ({kinds or 'none'}); where, fields/values: {', '.join(where)}"
