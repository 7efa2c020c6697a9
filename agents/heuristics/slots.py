"""Collect the "slots" of a record template: the places that hold text, a link, an image or a date.

Each record is walked once. A node's slot key is its path from the record, one step per level
(``tag.firstclass``, ``tag[itemprop]``, ``tag[test-id]``, or ``tag{Label}`` when a label names
it: see ``slotsteps``), so the same slot in different records gets the same key even when optional elements come and
go. Siblings with the same step are a list (tags, authors: one multi-valued slot) or positions
(table cells, "3 bd · 2 ba": one slot each): ``siblings`` decides; rows of a card without
usable classes are placed by their inner shape when an optional row shifts them. Besides text, a node may hold
a link, an image, a datetime, an exact tooltip, a microdata ``content`` or ``data-*`` values.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from agents.heuristics import values
from agents.heuristics.attributes import data_values
from agents.heuristics.dom import HtmlElement, full_text, is_element, tag_of
from agents.heuristics.labels import Labeller
from agents.heuristics.nodevalues import (
    Found,
    attribute_values,
    exact_tooltip,
    link_values,
    own_number,
    rating_caption,
    tail_value,
    value_children,
)
from agents.heuristics.placesteps import by_link_section
from agents.heuristics.shapes import is_layout_part
from agents.heuristics.siblings import shape_places, sibling_mode
from agents.heuristics.slotsteps import (
    Step,
    extended_steps,
    marked_step,
    marked_steps,
    run_labels,
    stable_classes,
    step_of,
)
from agents.heuristics.textowner import is_noise, is_rating_caption, is_separator, owns_text, visible_value
from agents.heuristics.valueplaces import value_places
from agents.heuristics.variants import Marker
from pipeline.core.normalize import clean_text

#: Nodes walked per record; a record template with more is a page section, not a record.
MAX_NODES_PER_RECORD = 400
#: Wrappers that only mark a value as new (``<ins>`` of a sale price): the value keeps its slot,
#: so the sale price of one record and the plain price of the next are one field.
_TRANSPARENT_TAGS = frozenset({"ins"})
#: A caption must come back in this share of the records to be a label rather than content.
MIN_LABEL_SHARE = 0.3
Key = tuple[Step, ...]


@dataclass
class Occurrence:
    """One value of one slot in one record."""

    element: HtmlElement
    value: str


@dataclass
class Slot:
    """A place in the record template, with what each sampled record holds there."""

    key: Key
    kind: str  # text | tail | href | src | alt | datetime | content | class | title
    attribute: str | None = None
    label: str | None = None
    strip_label: str | None = None
    #: One value of a text holding two (``compound``): the part after / before these literals.
    text_after: str | None = None
    text_before: str | None = None
    #: The name the part's place in the text gives it ("rank" before "1. Title"), if any.
    part_name: str | None = None
    many: bool = False
    order: int = 0
    per_record: dict[int, list[Occurrence]] = field(default_factory=dict)

    def first_values(self) -> list[str]:
        return [occ[0].value for occ in self.per_record.values() if occ]

    def coverage(self, records: int) -> float:
        return len(self.per_record) / records if records else 0.0

    def sample_element(self) -> HtmlElement:
        return next(iter(self.per_record.values()))[0].element


@dataclass
class _Node:
    element: HtmlElement
    key: Key
    label: str | None
    strip: bool
    text_owner: bool
    text_free: bool


def _walk(
    record: HtmlElement,
    labeller: Labeller,
    marked: dict[Step, Marker] | None = None,
    stable: frozenset[str] | None = None,
) -> list[_Node]:
    """The nodes of ``record`` with raw keys (sibling positions as ``step~i/n``); siblings of a
    ``marked`` step are told apart by their mark (``li.meta%modifier:time``)."""
    marked = marked or {}
    nodes: list[_Node] = []
    stack: list[tuple[HtmlElement, Key, bool, str | None]] = [(record, (), True, None)]
    while stack and len(nodes) < MAX_NODES_PER_RECORD:
        element, key, text_free, inherited = stack.pop()
        label, strip = labeller.label(record, element)
        is_owner = text_free and (strip or owns_text(element))
        nodes.append(_Node(element, key, label or inherited, strip, is_owner, text_free))
        # "Origin: <span>France</span>": the caption of a container names what it holds.
        passed_on = label if label and not strip else inherited
        children = [c for c in value_children(element) if _holds_value(c)]
        if text_free and not is_owner:
            children = _with_icons_before_values(element, children)
        labels = run_labels(children, [labeller.label(record, c) for c in children])
        steps = [step_of(c, label, stable) for c, label in zip(children, labels, strict=True)]
        steps = by_link_section(children, extended_steps(children, labels, steps, stable, marked))
        if marked:
            steps = [marked_step(c, step, marked) for c, step in zip(children, steps, strict=True)]
        totals: dict[Step, int] = defaultdict(int)
        for step in steps:
            totals[step] += 1
        seen: dict[Step, int] = defaultdict(int)
        pending = []
        for child, step in zip(children, steps, strict=True):
            seen[step] += 1
            position = f"~{seen[step]}/{totals[step]}"
            child_key = key if _transparent(child) else (*key, step + position)
            pending.append((child, child_key, text_free and not is_owner, passed_on))
            marker = marked.get(step.partition("%")[0])
            if marker and "%" in step and (mark := marker(child)) and mark.label and not labels[len(pending) - 1]:
                pending[-1] = (child, child_key, text_free and not is_owner, mark.label)
        stack.extend(reversed(pending))
    return nodes


def _holds_value(element: HtmlElement) -> bool:
    """Whether a child may hold a value: not noise (unless the only written rating), not a mark
    between values ("•")."""
    return (not is_noise(element) or is_rating_caption(element)) and not is_separator(element)


def _with_icons_before_values(element: HtmlElement, children: list[HtmlElement]) -> list[HtmlElement]:
    """``children`` and, in document order, the inline ``<svg>`` icons of ``element`` that a bare
    value follows ("<svg/> 4.38M"): the icon is the value's anchor, its tail the value."""
    kept = set(children)  # the proxies stay alive while ``children`` holds them, so identity holds
    icons = [c for c in element if is_element(c) and tag_of(c) == "svg" and tail_value(c)]
    if not icons:
        return children
    kept.update(icons)
    return [c for c in element if c in kept]


def _transparent(element: HtmlElement) -> bool:
    """A wrapper adding no step to the keys below it: a sale price's ``<ins>``, or a one-row
    table laying a thumbnail beside the text of some records only (MediaWiki search results)."""
    return tag_of(element) in _TRANSPARENT_TAGS or is_layout_part(element)


def _resolve_positions(walks: list[list[_Node]]) -> None:
    """Resolve ``~i/n`` sibling positions: one step, one step per position, or a list (``*``).

    Level by level from the record down, so that siblings are compared only with the siblings
    under the same resolved place: the two spans of a rating row and the six of a category row
    are two runs, not one run that varies in length.
    """
    nodes = [node for walk in walks for node in walk]
    owner = {id(node): number for number, walk in enumerate(walks) for node in walk}
    for depth in range(max((len(n.key) for n in nodes), default=0)):
        # Sibling runs by place, one run per parent element (two prices each with one <bdi>).
        groups: dict[Key, dict[tuple[int, int], list[HtmlElement]]] = defaultdict(dict)
        for node in nodes:
            if len(node.key) == depth + 1 and "~" in node.key[-1] and not _transparent(node.element):
                place = (*node.key[:depth], node.key[-1].partition("~")[0])
                run = (owner[id(node)], id(node.element.getparent()))
                groups[place].setdefault(run, []).append(node.element)
        modes = {place: sibling_mode(list(runs.values())) for place, runs in groups.items()}
        shaped = _shaped_places(groups, modes)
        for node in nodes:
            if len(node.key) > depth and "~" in node.key[depth]:
                base, _, position = node.key[depth].partition("~")
                mode = modes.get((*node.key[:depth], base))
                index, _, total = position.partition("/")
                row = _shaped_row(node.element, shaped) if shaped else None
                step = (
                    f"{base}~{row + 1}"
                    if row is not None
                    else base
                    if mode in (None, "single")
                    else f"{base}~{index}"
                    if mode == "positional"
                    else f"{base}~r{int(total) - int(index) + 1}"  # counted from the last sibling
                    if mode == "from-right"
                    else f"{base}*"
                )
                node.key = (*node.key[:depth], step, *node.key[depth + 1 :])


def _shaped_places(
    groups: dict[Key, dict[tuple[int, int], list[HtmlElement]]], modes: dict[Key, str]
) -> dict[int, int]:
    """Rows of a card without usable classes, which are places rather than a list: each
    row's place by its inner shape, where an optional row shifts the others (see
    ``siblings.shape_places``)."""
    placed: dict[int, int] = {}
    for place, runs in groups.items():
        if modes[place] not in ("positional", "from-right", "list") or not re.fullmatch(r"[a-z][a-z0-9-]*", place[-1]):
            continue
        # By the kind of value each row holds, where every kind has one place ("4,512 Want to
        # read" beside "1,890 Have read" is two counts, not a list); else by each row's inner shape.
        found = value_places(list(runs.values()))
        if found is None and modes[place] != "list":
            found = shape_places(list(runs.values()))
        if found is None:
            continue
        for run, places in zip(runs.values(), found, strict=True):
            placed.update((id(element), index) for element, index in zip(run, places, strict=True))
    return placed


def _shaped_row(element: HtmlElement, shaped: dict[int, int]) -> int | None:
    """The shape place of the row holding ``element`` (or being it), if it has one."""
    for row in (element, *element.iterancestors()):
        if id(row) in shaped:
            return shaped[id(row)]
    return None


def collect_slots(records: list[HtmlElement]) -> list[Slot]:
    """Every slot found in ``records``, in template order."""
    survey = Labeller(None)
    for record in records:
        _walk(record, survey)
    needed = max(2.0, MIN_LABEL_SHARE * len(records)) if len(records) > 2 else 1.0
    labeller = Labeller({place for place, count in survey.seen.items() if count >= needed})
    stable = stable_classes(records)
    marked = marked_steps(records, stable)
    walks = [_walk(r, labeller, marked, stable) for r in records]
    _resolve_positions(walks)
    slots: dict[tuple[Key, str, str | None], Slot] = {}
    for number, nodes in enumerate(walks):
        for order, node in enumerate(nodes):
            for kind, attribute, value in _values_of(node):
                slot = slots.get((node.key, kind, attribute if kind == "data" else None))
                if slot is None:
                    slot = Slot(key=node.key, kind=kind, attribute=attribute, order=order)
                    slot.label = node.label
                    slot.strip_label = node.label if node.strip else None
                    slot.many = any(step.endswith("*") for step in node.key)
                    slots[(node.key, kind, attribute if kind == "data" else None)] = slot
                slot.per_record.setdefault(number, []).append(Occurrence(node.element, value))
    merged = _merge_split_owners(list(slots.values()))
    # data-* attributes sit on the record's own element but read after what the page shows.
    return sorted(merged, key=lambda s: (s.kind == "data", s.order, s.kind))


def _merge_split_owners(slots: list[Slot]) -> list[Slot]:
    """One place of the template owns its text in every record: where an element owns it in
    some records and its child in the others ("Subjects: <span>A</span>; B" beside "Subjects:
    <span>A</span>"), the child's text is the element's, read whole minus its label, so both
    are the element's slot. Each child value must start the element's text, beside no other
    value ("owner /" of "owner / name", "A" of "A; B")."""
    texts = {s.key: s for s in slots if s.kind == "text" and not s.many}
    dropped: set[int] = set()
    for child in sorted(texts.values(), key=lambda s: -len(s.key)):
        # The record itself is no place of one value: its pieces are the record's fields.
        parent = texts.get(child.key[:-1]) if len(child.key) > 1 else None
        if parent is None or id(parent) in dropped or id(child) in dropped or not child.per_record:
            continue
        if set(parent.per_record) & set(child.per_record) or all(values.is_label(v) for v in child.first_values()):
            continue  # both own text in one record: two values; or the child is the caption
        label = parent.strip_label or child.label
        under = [s for s in slots if s.kind == "text" and _below(s.key, parent.key)]
        whole = _whole_values(child, label, tag_of(parent.sample_element()), under)
        if not whole:
            continue
        for number, occurrence in whole.items():
            parent.per_record[number] = [occurrence]
        parent.per_record = dict(sorted(parent.per_record.items()))
        for number, occurrences in parent.per_record.items():
            if number not in whole:
                occurrences[0].value = _without_label(occurrences[0].value, label)
        if label and any(_starts_with(full_text(o[0].element), label) for o in parent.per_record.values()):
            parent.strip_label = label
            parent.label = parent.label or label
        parent.order = min(parent.order, child.order)
        for slot in under:
            for number in whole:
                slot.per_record.pop(number, None)
            if not slot.per_record:
                dropped.add(id(slot))
    return [s for s in slots if id(s) not in dropped]


def _below(key: Key, parent: Key) -> bool:
    return len(key) > len(parent) and key[: len(parent)] == parent


def _whole_values(child: Slot, label: str | None, tag: str, under: list[Slot]) -> dict[int, Occurrence] | None:
    """Per record of ``child``, its parent element's whole text minus ``label``, if each child
    value starts it and nothing else below the parent holds a value there but a caption (the
    rest is text no element owns: "; Other (cs.XX)", " name" after "owner /"); else None."""
    whole: dict[int, Occurrence] = {}
    for number, occurrences in child.per_record.items():
        parent = occurrences[0].element.getparent()
        if len(occurrences) != 1 or parent is None or tag_of(parent) != tag:
            return None
        text = _without_label(visible_value(parent), label)
        value = clean_text(occurrences[0].value)
        if not value or not text.startswith(value) or _holds_other_values(parent, number, child, under):
            return None
        whole[number] = Occurrence(parent, text)
    return whole


def _holds_other_values(parent: HtmlElement, number: int, child: Slot, under: list[Slot]) -> bool:
    """Whether another slot below ``parent`` holds a value of record ``number`` inside it."""
    inside = {id(e) for e in parent.iterdescendants()}
    return any(
        id(o.element) in inside and not values.is_label(o.value)
        for slot in under
        if slot is not child
        for o in slot.per_record.get(number, [])
    )


def _starts_with(text: str, label: str) -> bool:
    return clean_text(text).lower().startswith(label.lower())


def _without_label(text: str, label: str | None) -> str:
    text = clean_text(text)
    if label and text.lower().startswith(label.lower()):
        return text[len(label) :].lstrip(" :\u00a0-–—").strip()
    return text


def _values_of(node: _Node) -> Found:
    """What one node holds: (kind, attribute or None for its text, value)."""
    element = node.element
    if node.text_owner and is_noise(element):
        return [("rating", None, full_text(element))]  # eBay's "4.5 out of 5 stars." for screen readers
    found = rating_caption(element)
    if node.text_owner:
        found.extend(_text_values(node))
    elif node.text_free:
        found.extend(own_number(element))
    if node.text_free and node.key and (tail := tail_value(element)):
        found.append(("tail", None, tail))  # "<svg/> 4.38M": a bare value in a line nobody owns
    found.extend(link_values(element))
    found.extend(attribute_values(element))
    found.extend(("data", attribute, value) for attribute, value in data_values(element, on_record=not node.key))
    return found


def _text_values(node: _Node) -> Found:
    element, found = node.element, Found()
    if not values.STAR_GLYPHS.match(full_text(element) or "x"):
        text = visible_value(element)
        if node.strip and node.label and text.lower().startswith(node.label.lower()):
            text = text[len(node.label) :].lstrip(" :\u00a0-–—").strip()
        if text:
            found.append(("text", None, text))
    if tag_of(element) != "a" and (exact := exact_tooltip(element)):
        found.append(("tooltip", "title", exact))
    return found
