"""The one unlinked name among a list of linked names: "<a>Ana Ruiz</a>, <span>Me</span>, <a>Bo Chen</a>".

A person page of a bibliography lists each work's authors as links to their pages, all but the
page's own person, written without a link (nothing to link to) in the same wrapper, between the
same separators. The template walk sees a list (the linked names) and a lone text beside it; they
are one list of the same role, read from the wrappers that hold each name whole.
"""

from __future__ import annotations

from dataclasses import replace

from agents.heuristics.dom import HtmlElement, full_text, tag_of
from agents.heuristics.slots import Occurrence, Slot

#: A name is this short: a lone text of more words is no name of the list.
MAX_NAME_WORDS = 6


def with_unlinked_names(slots: list[Slot]) -> list[Slot]:
    """``slots`` with each lone unlinked name joined to the list of linked names it stands among."""
    for lone in [s for s in slots if _is_lone_text(s)]:
        for listed in [s for s in slots if s.many and s.kind == "text" and not _reads_part(s)]:
            joined = _joined(listed, lone)
            if joined is not None:
                slots = [joined if s is listed else s for s in slots if s is not lone]
                break
    return slots


def _is_lone_text(slot: Slot) -> bool:
    return slot.kind == "text" and not slot.many and not _reads_part(slot) and bool(slot.per_record)


def _reads_part(slot: Slot) -> bool:
    return bool(slot.text_after or slot.text_before or slot.strip_label or slot.part_name)


def _joined(listed: Slot, lone: Slot) -> Slot | None:
    """The list of ``listed`` with ``lone`` among it, each value read from its wrapper; None unless
    in every record the lone name's wrapper stands among the linked names' wrappers (or, where it
    is the only name, is built as it is elsewhere)."""
    per_record: dict[int, list[Occurrence]] = {}
    alone: list[int] = []
    shapes: set[tuple[int, _Shape]] = set()
    for number in set(listed.per_record) | set(lone.per_record):
        names = [o.element for o in listed.per_record.get(number, [])]
        own = [o.element for o in lone.per_record.get(number, [])]
        if not own:
            per_record[number] = listed.per_record[number]
            continue
        if not names:
            alone.append(number)
            continue
        items = _items(names + own)
        if items is None or not _alike(items, own):
            return None
        shapes.update((_depth(o, i), _shape(i)) for o, i in zip(own, items[len(names) :], strict=True))
        per_record[number] = [Occurrence(item, full_text(item)) for item in _in_page_order(items)]
    if len(shapes) != 1:
        return None  # never beside linked names, or beside them in two ways
    depth, shape = next(iter(shapes))
    for number in alone:
        items = [_climbed(o.element, depth) for o in lone.per_record[number]]
        if any(
            i is None or _shape(i) != shape or full_text(i) != o.value
            for i, o in zip(items, lone.per_record[number], strict=True)
        ):
            return None
        per_record[number] = [Occurrence(i, full_text(i)) for i in items if i is not None]
    return replace(listed, per_record=dict(sorted(per_record.items())))


_Shape = tuple[str, str | None, str | None]


def _shape(item: HtmlElement) -> _Shape:
    return tag_of(item), item.get("class"), item.get("itemprop")


def _depth(element: HtmlElement, item: HtmlElement) -> int:
    return next(n for n, node in enumerate([element, *element.iterancestors()]) if node is item)


def _climbed(element: HtmlElement, levels: int) -> HtmlElement | None:
    node: HtmlElement | None = element
    for _ in range(levels):
        node = node.getparent() if node is not None else None
    return node


def _items(elements: list[HtmlElement]) -> list[HtmlElement] | None:
    """The children of the elements' nearest shared wrapper that hold them, one each."""
    parent = _shared_parent(elements)
    if parent is None:
        return None
    items: list[HtmlElement] = []
    for element in elements:
        node = element
        while node.getparent() is not parent:
            node = node.getparent()
        if any(node is item for item in items):
            return None
        items.append(node)
    return items


def _shared_parent(elements: list[HtmlElement]) -> HtmlElement | None:
    ancestors = [list(e.iterancestors()) for e in elements]
    for candidate in ancestors[0]:
        if all(any(candidate is a for a in chain) for chain in ancestors[1:]):
            return candidate
    return None


def _alike(items: list[HtmlElement], own: list[HtmlElement]) -> bool:
    """Whether the wrappers are built alike (tag, classes, itemprop), each holding one name whole,
    the linked ones a link and the lone one none."""
    if len({_shape(i) for i in items}) != 1:
        return False
    lone_items = items[len(items) - len(own) :]
    for item, element in zip(lone_items, own, strict=True):
        if full_text(item) != full_text(element) or item.xpath(".//a") or tag_of(element) == "a":
            return False
    linked = items[: len(items) - len(own)]
    return all(i.xpath(".//a[@href]") for i in linked) and all(
        0 < len(full_text(i).split()) <= MAX_NAME_WORDS for i in items
    )


def _in_page_order(items: list[HtmlElement]) -> list[HtmlElement]:
    parent = items[0].getparent()
    order = {id(child): n for n, child in enumerate(parent)} if parent is not None else {}
    return sorted(items, key=lambda i: order.get(id(i), 0))
