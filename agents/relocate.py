"""Find a site's fields again after a redesign, by the values the spider extracted last time.

The last good run's records (re-extracted from its Bronze pages) say what each field held. Those
values are looked for in the new page — in the text of elements, in their attributes, after a
leading label — then each record's container is the largest element around its anchor value that
holds no other record's anchor, and each field gets the simplest selector that finds the known
value in most containers. Everything is checked through the one extraction engine.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from parsel import Selector

from agents.candidate import same_value
from pipeline.core.extract import Record, extract_field, make_selector, node_text, page_base_url
from pipeline.core.normalize import Value, normalize_value
from pipeline.core.schemas import FieldSpec, PaginationSpec, ScraperSpec

_LABELLED = re.compile(r"^(.{1,40}?)\s*[:\-–—]\s+(.+)$|^(.{1,40}?):\s*(.+)$", re.DOTALL)
_CLASS = re.compile(r"^[A-Za-z_][\w-]*$")
_SKIP_TAGS = {"script", "style", "noscript", "template", "head", "title", "meta", "link"}
_TEXT_ATTRIBUTES = ("content", "datetime", "title", "value", "aria-label", "alt")
_NEXT_WORDS = {"next", "next page", "older", "more", "›", "»", "→", "next ›", "next »", "next →"}
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


def _classes(node: Selector) -> list[str]:
    return [c for c in (node.attrib.get("class") or "").split() if _CLASS.match(c)]


def _tag(node: Selector) -> str:
    return str(node.root.tag).lower()


def _simple_selectors(node: Selector) -> list[str]:
    tag = _tag(node)
    classes = _classes(node)
    found = [f"{tag}.{c}" for c in classes] + [tag]
    if len(classes) > 1:
        found.insert(0, tag + "".join(f".{c}" for c in classes))
    return found


def _elements(page: Selector) -> list[Selector]:
    return [n for n in page.xpath("//body//*") if isinstance(n.root.tag, str) and _tag(n) not in _SKIP_TAGS]


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
    if text and len(text) < 400:
        if hit(text):
            yield _Match(node, None, None)
        else:
            labelled = _LABELLED.match(text)
            if labelled:
                label = labelled.group(1) or labelled.group(3)
                rest = labelled.group(2) or labelled.group(4)
                if rest and hit(rest):
                    yield _Match(node, None, label.strip())
    for attribute in [a for a in node.attrib if a.startswith("data-")] + list(_TEXT_ATTRIBUTES):
        value_text = node.attrib.get(attribute)
        if value_text and hit(value_text):
            yield _Match(node, attribute, None)


def _contains(ancestor: Selector, node: Selector) -> bool:
    root = ancestor.root
    current = node.root
    while current is not None:
        if current is root:
            return True
        current = current.getparent()
    return False


def _depth(node: Selector) -> int:
    return sum(1 for _ in node.root.iterancestors())


def _wrap(element: Any) -> Selector:
    return Selector(root=element, type="html")


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
    for spec_field in spec.fields:
        best, share = _field_selector(spec_field, located, known, matches[spec_field.name], base_url)
        found[spec_field.name] = share
        new_fields.append(best or spec_field)
    missing = [name for name, share in found.items() if share == 0.0]
    pagination = _pagination(page, spec.pagination)
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
        distinct = len({repr(r.get(name)) for r in known if r.get(name) not in (None, "", [])})
        return (sum(1 for m in per_record if m), distinct, -sum(len(m) for m in per_record))

    ranked = sorted((f.name for f in spec.fields), key=score, reverse=True)
    best = ranked[0] if ranked else None
    return best if best and score(best)[0] > 0 else None


def _deepest(options: list[_Match]) -> Selector:
    return max(options, key=lambda m: _depth(m.node)).node


def _containers(
    page: Selector, spec: ScraperSpec, anchors: list[list[_Match]], hint: str | None
) -> list[Selector | None]:
    points = [_deepest(m) if m else None for m in anchors]
    if hint:
        boxes = page.css(hint)
        return [next((b for b in boxes if _contains(b, p)), None) if p is not None else None for p in points]
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
        result.append(None if box in others else _wrap(box))
    return result


def _container_selector(page: Selector, boxes: list[Selector]) -> str | None:
    tags = {_tag(b) for b in boxes}
    if len(tags) != 1:
        return None
    tag = tags.pop()
    shared = set.intersection(*(set(_classes(b)) for b in boxes))
    candidates = [f"{tag}.{c}" for c in sorted(shared)] + [tag]
    parents = [b.root.getparent() for b in boxes]
    if all(p is not None for p in parents):
        wrapped = [_wrap(p) for p in parents]
        parent_tags = {_tag(p) for p in wrapped}
        parent_classes = set.intersection(*(set(_classes(p)) for p in wrapped))
        if len(parent_tags) == 1:
            ptag = parent_tags.pop()
            for c in sorted(parent_classes):
                candidates += [f"{ptag}.{c} > {x}" for x in candidates[: len(shared) + 1]]
    wanted = {b.root for b in boxes}

    def cost(selector: str) -> tuple[int, int, int, int]:
        chosen = {n.root for n in page.css(selector)}
        return (len(wanted - chosen), len(chosen - wanted), -_specificity(selector), len(selector))

    best = min(candidates, key=cost)
    return best if cost(best)[0] == 0 else None


def _relative_selectors(box: Selector, match: _Match) -> list[str]:
    node = match.node
    if node.root is box.root:
        return [""]
    own = _simple_selectors(node)
    parent = node.root.getparent()
    found = list(own)
    if parent is not None and parent is not box.root:
        for p in _simple_selectors(_wrap(parent))[:3]:
            found += [f"{p} > {o}" for o in own[:3]]
    return found


def _field_selector(
    spec_field: FieldSpec,
    located: list[tuple[int, Selector]],
    known: list[Record],
    per_record: list[list[_Match]],
    base_url: str,
) -> tuple[FieldSpec | None, float]:
    options: Counter[tuple[str, str | None, str | None]] = Counter()
    options[(spec_field.selector, spec_field.attribute, spec_field.strip_label)] += 0
    with_value = [(i, box) for i, box in located if known[i].get(spec_field.name) not in (None, "", [])]
    if not with_value:
        return None, 0.0
    for i, box in with_value:
        for match in _innermost(per_record[i]):
            if _contains(box, match.node):
                for selector in _relative_selectors(box, match):
                    options[(selector, match.attribute, match.label)] += 1
    best: tuple[tuple[int, int, int], FieldSpec] | None = None
    for (selector, attribute, label), _ in options.most_common(40):
        candidate = spec_field.model_copy(update={"selector": selector, "attribute": attribute, "strip_label": label})
        hits = sum(
            1
            for i, box in with_value
            if same_value(extract_field(box, candidate, base_url), known[i].get(spec_field.name))
        )
        rank = (hits, _specificity(selector) - (1 if label else 0), -len(selector))
        if hits and (best is None or rank > best[0]):
            best = (rank, candidate)
    if best is None:
        return None, 0.0
    return best[1], round(best[0][0] / len(with_value), 3)


def _innermost(options: list[_Match]) -> list[_Match]:
    """Drop a match that merely contains another (a wrapper's text holds its child's value too)."""
    return [
        m for m in options if not any(o.node.root is not m.node.root and _contains(m.node, o.node) for o in options)
    ]


def _specificity(selector: str) -> int:
    """Prefer a class to a bare tag, and a bare tag to the whole record (whose text mixes fields)."""
    if not selector:
        return 0
    last = selector.replace(">", " ").split()[-1]
    if "." in last or "[" in last:
        return 3
    return 2 if "." in selector or "[" in selector else 1


def _pagination(page: Selector, pagination: PaginationSpec) -> PaginationSpec:
    if pagination.kind != "next_link" or (
        pagination.next_selector and page.css(pagination.next_selector).xpath("@href").get()
    ):
        return pagination
    for link in page.css("a[href]"):
        text = node_text(link).casefold()
        rel = (link.attrib.get("rel") or "").casefold()
        if "next" in rel.split() or text in _NEXT_WORDS or text.startswith("next"):
            selector = 'a[rel="next"]' if "next" in rel.split() else _simple_selectors(link)[0]
            if selector == "a":
                parent = link.root.getparent()
                if parent is not None:
                    selector = f"{_simple_selectors(_wrap(parent))[0]} > a"
            return pagination.model_copy(update={"next_selector": selector})
    return pagination
