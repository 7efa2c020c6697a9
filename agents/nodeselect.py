"""CSS selectors for the nodes of a page: a field's element seen from its record, and the next link.

Relocation proposes several selectors per match, simplest first; the extraction engine decides which
one holds across records.
"""

from __future__ import annotations

import re
from typing import Any

from parsel import Selector

from pipeline.core.extract import node_text
from pipeline.core.schemas import PaginationSpec

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
