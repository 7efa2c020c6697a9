"""Find a site's fields again after a redesign, by the values the spider extracted last time.

The last good run's records (re-extracted from its Bronze pages) say what each field held. Those
values are looked for in the new page — in the text of elements, in their attributes, after a
leading label — then each record's container is the largest element around its anchor value that
holds no other record's anchor, and each field gets the simplest selector that finds the known
value in most containers, or in the row right after (a record split across two rows), or in the
row right before (a date or heading row put above each record, read as a ``preceding`` field).
Everything is checked through the one extraction engine.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from parsel import Selector

from agents.candidate import same_value
from agents.nodeselect import (
    class_names,
    contains,
    depth,
    heading_index,
    heading_selectors,
    next_control,
    next_element,
    read_field,
    relative_selectors,
    row_above,
    sibling_selectors,
    specificity,
    tag_name,
    wrap,
)
from pipeline.core.extract import Record, make_selector, node_text, page_base_url
from pipeline.core.normalize import Value, normalize_value
from pipeline.core.recordparts import PrecedingIndex
from pipeline.core.schemas import FieldScope, FieldSpec, ScraperSpec

_LABELLED = re.compile(r"^(.{1,40}?)\s*[:\-–—]\s+(.+)$|^(.{1,40}?):\s*(.+)$", re.DOTALL)
_SKIP_TAGS = {"script", "style", "noscript", "template", "head", "title", "link"}  # body <meta>: microdata
_TEXT_ATTRIBUTES = ("content", "datetime", "title", "value", "aria-label", "alt")
#: Known records used as evidence; more adds time, not certainty.
MAX_KNOWN = 12


@dataclass
class Relocation:
    spec: ScraperSpec | None
    found: dict[str, float] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)
    records_matched: int = 0
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Match:
    node: Selector
    attribute: str | None
    label: str | None


def _elements(page: Selector) -> list[Selector]:
    return [n for n in page.xpath("//body//*") if isinstance(n.root.tag, str) and tag_name(n) not in _SKIP_TAGS]


def _matches(node: Selector, spec_field: FieldSpec, value: Value, base_url: str, text: str) -> Iterable[_Match]:
    many = spec_field.many and isinstance(value, list)
    wanted = spec_field.type

    def hit(raw: str) -> bool:
        got = normalize_value(wanted, raw, base_url=base_url)
        if many and isinstance(value, list):
            return isinstance(got, list) and all(any(same_value(g, v) for v in value) for g in got) and bool(got)
        return got is not None and same_value(got, value)

    if wanted in ("url", "image") or spec_field.attribute:
        for name, raw in node.attrib.items():
            if raw and hit(raw):
                yield _Match(node, name, None)
        if wanted in ("url", "image"):
            return
    places = [(None, text)] + [
        (a, node.attrib.get(a) or "")
        for a in [a for a in node.attrib if a.startswith("data-")] + list(_TEXT_ATTRIBUTES)
    ]
    for attribute, raw in places:
        if not raw or len(raw) >= 400:
            continue
        if hit(raw):
            yield _Match(node, attribute, None)
            continue
        label, rest = _split_label(raw)
        if label is not None and hit(rest):
            yield _Match(node, attribute, label)


def _split_label(text: str) -> tuple[str | None, str]:
    """``("Origin", "Ethiopia")`` for "Origin: Ethiopia"; ``(None, text)`` when there is no label."""
    labelled = _LABELLED.match(text)
    if not labelled:
        return None, text
    label = labelled.group(1) or labelled.group(3)
    rest = labelled.group(2) or labelled.group(4)
    return (label.strip(), rest) if label and rest else (None, text)


def relocate(
    spec: ScraperSpec,
    body: str | bytes,
    url: str,
    known: list[Record],
    *,
    container_hint: str | None = None,
) -> Relocation:
    """A spec whose selectors find ``known`` values in the new page, or ``spec=None`` with notes."""
    page = make_selector(body, url)
    base_url = page_base_url(page, url)
    known = [r for r in known if any(v not in (None, "", []) for v in r.values())][:MAX_KNOWN]
    if not known:
        return Relocation(None, notes=["no known values from a good run to look for"])
    elements = [(n, node_text(n)) for n in _elements(page)]
    matches: dict[str, list[list[_Match]]] = {}
    for spec_field in spec.fields:
        per_record: list[list[_Match]] = []
        for record in known:
            value = record.get(spec_field.name)
            if value in (None, "", []):
                per_record.append([])
                continue
            per_record.append([m for n, t in elements for m in _matches(n, spec_field, value, base_url, t)])
        matches[spec_field.name] = per_record
    anchor = _anchor_field(spec, known, matches)
    if anchor is None:
        return Relocation(None, notes=["none of the known values is on the new page"])
    containers = _containers(page, spec, matches[anchor], container_hint)
    located = [(i, c) for i, c in enumerate(containers) if c is not None]
    if len(located) < min(2, len(known)):
        return Relocation(None, notes=[f"the records could not be told apart around field {anchor}"])
    record_selector = (
        container_hint
        if container_hint
        else _container_selector(page, [c for _, c in located])
        if spec.mode == "list"
        else spec.record_selector
    )
    if not record_selector:
        return Relocation(None, notes=["the record containers share no tag or class"])
    new_fields: list[FieldSpec] = []
    found: dict[str, float] = {}
    headings = heading_index(page)
    for spec_field in spec.fields:
        best, share = _field_selector(spec_field, located, known, matches[spec_field.name], base_url, headings)
        found[spec_field.name] = share
        new_fields.append(best or spec_field)
    missing = [name for name, share in found.items() if share == 0.0]
    pagination = next_control(page, url, spec.pagination)
    candidate = ScraperSpec.model_validate(
        spec.model_copy(
            update={"record_selector": record_selector, "fields": tuple(new_fields), "pagination": pagination}
        ).model_dump()
    )
    notes = [f"records anchored on {anchor}: {len(located)} of {len(known)} known records found"]
    if missing:
        notes.append(f"not found on the new page: {', '.join(missing)}")
    return Relocation(candidate, found=found, missing=missing, records_matched=len(located), notes=notes)


def _anchor_field(spec: ScraperSpec, known: list[Record], matches: dict[str, list[list[_Match]]]) -> str | None:
    def score(name: str) -> tuple[int, int, int]:
        per_record = matches[name]
        # An anchor must tell records apart: count the distinct values found, not the records (a
        # company's logo on three job ads, or known records from another page, would pass for more).
        found = len({repr(r.get(name)) for r, m in zip(known, per_record, strict=True) if m})
        distinct = len({repr(r.get(name)) for r in known if r.get(name) not in (None, "", [])})
        return (found, distinct, -sum(len(m) for m in per_record))

    ranked = sorted((f.name for f in spec.fields), key=score, reverse=True)
    best = ranked[0] if ranked else None
    return best if best and score(best)[0] > 0 else None


def _deepest(options: list[_Match]) -> Selector:
    return max(options, key=lambda m: depth(m.node)).node


def _containers(
    page: Selector, spec: ScraperSpec, anchors: list[list[_Match]], hint: str | None
) -> list[Selector | None]:
    points = [_deepest(m) if m else None for m in anchors]
    if hint:
        boxes = page.css(hint)
        return [next((b for b in boxes if contains(b, p)), None) if p is not None else None for p in points]
    if spec.mode == "detail":
        body = page.css("body")
        return [body[0] if body and p is not None else None for p in points]
    ancestors = [set(p.root.iterancestors()) | {p.root} if p is not None else set() for p in points]
    result: list[Selector | None] = []
    for i, point in enumerate(points):
        if point is None:
            result.append(None)
            continue
        others: set[Any] = set()
        for j, seen in enumerate(ancestors):
            if j != i:
                others |= seen
        box = point.root
        parent = box.getparent()
        while parent is not None and parent not in others and str(parent.tag).lower() != "body":
            box, parent = parent, parent.getparent()
        result.append(None if box in others else wrap(box))
    return result


def _container_selector(page: Selector, boxes: list[Selector]) -> str | None:
    tags = {tag_name(b) for b in boxes}
    if len(tags) != 1:
        return None
    tag = tags.pop()
    shared = set.intersection(*(set(class_names(b)) for b in boxes))
    candidates = [f"{tag}.{c}" for c in sorted(shared)] + [tag]
    parents = [b.root.getparent() for b in boxes]
    if all(p is not None for p in parents):
        wrapped = [wrap(p) for p in parents]
        parent_tags = {tag_name(p) for p in wrapped}
        parent_classes = set.intersection(*(set(class_names(p)) for p in wrapped))
        if len(parent_tags) == 1:
            ptag = parent_tags.pop()
            for c in sorted(parent_classes):
                candidates += [f"{ptag}.{c} > {x}" for x in candidates[: len(shared) + 1]]
    wanted = {b.root for b in boxes}

    def cost(selector: str) -> tuple[int, int, int, int]:
        chosen = {n.root for n in page.css(selector)}
        return (len(wanted - chosen), len(chosen - wanted), -specificity(selector), len(selector))

    best = min(candidates, key=cost)
    return best if cost(best)[0] == 0 else None


def _field_selector(
    spec_field: FieldSpec,
    located: list[tuple[int, Selector]],
    known: list[Record],
    per_record: list[list[_Match]],
    base_url: str,
    headings: PrecedingIndex,
) -> tuple[FieldSpec | None, float]:
    options: Counter[tuple[str, str | None, str | None, FieldScope]] = Counter()
    options[(spec_field.selector, spec_field.attribute, spec_field.strip_label, spec_field.scope)] += 0
    with_value = [(i, box) for i, box in located if known[i].get(spec_field.name) not in (None, "", [])]
    if not with_value:
        return None, 0.0
    boxes = [box for _, box in located]
    for i, box in with_value:
        after, before = next_element(box), row_above(box, boxes)
        for match in _innermost(per_record[i]):
            scope: FieldScope = "record"
            if contains(box, match.node):
                selectors = relative_selectors(box, match.node)
            elif after is not None and contains(after, match.node):
                selectors = sibling_selectors(after, match.node)
            elif before is not None and contains(before, match.node):
                selectors, scope = heading_selectors(before, match.node), "preceding"
            else:
                continue
            for selector in selectors:
                options[(selector, match.attribute, match.label, scope)] += 1
    best: tuple[tuple[int, bool, int, int], FieldSpec] | None = None
    for (selector, attribute, label, scope), _ in options.most_common(40):
        if spec_field.drawn is not None and (attribute or label or scope != "record"):
            continue  # drawn icons or a bar are read from the elements alone (FieldSpec.drawn)
        candidate = spec_field.model_copy(
            update={"selector": selector, "attribute": attribute, "strip_label": label, "scope": scope}
        )
        hits = sum(
            1
            for i, box in with_value
            if same_value(read_field(candidate, box, headings, base_url), known[i].get(spec_field.name))
        )
        # On a tie the record's own element wins over a row above it: it cannot belong to a neighbour.
        rank = (hits, scope == "record", specificity(selector) - (1 if label else 0), -len(selector))
        if hits and (best is None or rank > best[0]):
            best = (rank, candidate)
    if best is None:
        return None, 0.0
    return best[1], round(best[0][0] / len(with_value), 3)


def _innermost(options: list[_Match]) -> list[_Match]:
    """Drop a match that merely contains another (a wrapper's text holds its child's value too)."""
    return [m for m in options if not any(o.node.root is not m.node.root and contains(m.node, o.node) for o in options)]
