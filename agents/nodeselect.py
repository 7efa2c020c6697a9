"""CSS selectors for the nodes of a page: a field's element seen from its record (or from the rows
around it), and the next link.

Relocation proposes several selectors per match, simplest first; the extraction engine decides which
one holds across records (``read_field`` reads a candidate exactly as the engine will).
"""

from __future__ import annotations

import re
from typing import Any

from parsel import Selector

from agents.heuristics.formpager import next_form
from pipeline.core.extract import extract_field, node_text
from pipeline.core.normalize import Value
from pipeline.core.pagingspec import PaginationSpec
from pipeline.core.recordparts import PrecedingIndex
from pipeline.core.schemas import FieldSpec

_CLASS = re.compile(r"^[A-Za-z_][\w-]*$")
_NEXT_WORDS = {"next", "next page", "older", "more", "›", "»", "→", "next ›", "next »", "next →"}


def class_names(node: Selector) -> list[str]:
    return [c for c in (node.attrib.get("class") or "").split() if _CLASS.match(c)]


def tag_name(node: Selector) -> str:
    return str(node.root.tag).lower()


def simple_selectors(node: Selector) -> list[str]:
    tag = tag_name(node)
    classes = class_names(node)
    found = [f"{tag}.{c}" for c in classes] + [tag]
    if len(classes) > 1:
        found.insert(0, tag + "".join(f".{c}" for c in classes))
    return found


def contains(ancestor: Selector, node: Selector) -> bool:
    root = ancestor.root
    current = node.root
    while current is not None:
        if current is root:
            return True
        current = current.getparent()
    return False


def depth(node: Selector) -> int:
    return sum(1 for _ in node.root.iterancestors())


def wrap(element: Any) -> Selector:
    return Selector(root=element, type="html")


def relative_selectors(box: Selector, node: Selector) -> list[str]:
    if node.root is box.root:
        return [""]
    own = simple_selectors(node)
    parent = node.root.getparent()
    found = list(own)
    if parent is not None and parent is not box.root:
        for p in simple_selectors(wrap(parent))[:3]:
            found += [f"{p} > {o}" for o in own[:3]]
    return found


def next_element(box: Selector) -> Selector | None:
    """The element right after a record: where a record split across two rows keeps its other half."""
    for sibling in box.root.itersiblings():
        if isinstance(sibling.tag, str):
            return wrap(sibling)
    return None


def previous_element(box: Selector) -> Selector | None:
    """The element right before a record: where a redesign may put the record's date or heading row."""
    for sibling in box.root.itersiblings(preceding=True):
        if isinstance(sibling.tag, str):
            return wrap(sibling)
    return None


def heading_selectors(row: Selector, node: Selector) -> list[str]:
    """Page-wide selectors of ``node`` in the row above a record, most specific first.

    They are read as a ``preceding`` field: the last match before each record, so the same selector
    serves a heading above every record and one above each group of records.
    """
    own = simple_selectors(node)
    if node.root is row.root:
        return own
    rows = [s for s in simple_selectors(row) if "." in s][:2]
    return [f"{r} {o}" for r in rows for o in own[:3]] + own


def row_above(box: Selector, boxes: list[Selector]) -> Selector | None:
    """The element above a record, unless it is a record itself (whose values are its own)."""
    before = previous_element(box)
    if before is None or any(before.root is other.root for other in boxes):
        return None
    if tag_name(before) == tag_name(box) and set(class_names(before)) == set(class_names(box)):
        return None  # a record whose anchor value was not found is still a record
    return before


def heading_index(page: Selector) -> PrecedingIndex:
    """Where ``preceding`` fields of ``page`` find their heading, as the extraction engine does."""
    return PrecedingIndex(page.root, lambda root, selector: [n.root for n in wrap(root).css(selector)])


def read_field(spec_field: FieldSpec, box: Selector, headings: PrecedingIndex, base_url: str) -> Value:
    """What the extraction engine reads for ``spec_field`` in the record ``box``."""
    if spec_field.scope == "record":
        return extract_field(box, spec_field, base_url)
    heading = headings.before(spec_field.selector, box.root)
    if heading is None:
        return None
    return extract_field(wrap(heading), spec_field.model_copy(update={"selector": ""}), base_url)


def sibling_selectors(after: Selector, node: Selector) -> list[str]:
    rows = [s for s in simple_selectors(after) if "." in s][:2] or simple_selectors(after)[:1]
    if node.root is after.root:
        return [f":scope + {r}" for r in rows]
    return [f":scope + {r} {o}" for r in rows for o in simple_selectors(node)[:3]]


def specificity(selector: str) -> int:
    """Prefer a class to a bare tag, and a bare tag to the whole record (whose text mixes fields)."""
    if not selector:
        return 0
    last = selector.replace(">", " ").split()[-1]
    if "." in last or "[" in last:
        return 3
    return 2 if "." in selector or "[" in selector else 1


def next_control(page: Selector, url: str, pagination: PaginationSpec) -> PaginationSpec:
    """``pagination`` with its next link or pager form's "Next" control found again on a redesigned
    ``page`` (at ``url``) when its selector no longer finds one; unchanged otherwise."""
    if pagination.kind != "next_form":
        return next_link(page, pagination)
    if pagination.next_selector and page.css(pagination.next_selector):
        return pagination
    found = next_form(page, url)
    return pagination if found is None else pagination.model_copy(update={"next_selector": found.spec.next_selector})


def next_link(page: Selector, pagination: PaginationSpec) -> PaginationSpec:
    if pagination.kind != "next_link" or (
        pagination.next_selector and page.css(pagination.next_selector).xpath(f"@{pagination.next_attribute}").get()
    ):
        return pagination
    for link in page.css("a[href]"):
        text = node_text(link).casefold()
        rel = (link.attrib.get("rel") or "").casefold()
        if "next" in rel.split() or text in _NEXT_WORDS or text.startswith("next"):
            selector = 'a[rel="next"]' if "next" in rel.split() else simple_selectors(link)[0]
            if selector == "a":
                parent = link.root.getparent()
                if parent is not None:
                    selector = f"{simple_selectors(wrap(parent))[0]} > a"
            return pagination.model_copy(update={"next_selector": selector, "next_attribute": "href"})
    return pagination
