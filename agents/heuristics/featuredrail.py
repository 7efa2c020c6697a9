"""A featured rail among grouped records: a "Popular" section that repeats records of the others.

Menus, catalogues and directories open with a section under its own heading ("Popular",
"Most ordered", "Staff picks") that shows again, in the same markup, items listed in their own
sections further down. Read with the rest, each such item comes out twice, once with the rail's
heading as its group. When every record of one group repeats a record of another group word for
word, the group is a rail: the record selector leaves out its block, so each item keeps its own
section. A group that is partly new is a section of its own and stays.
"""

from __future__ import annotations

from parsel import Selector

from agents.heuristics.anchors import select_ids
from agents.heuristics.dom import HtmlElement, css_ident, css_string, full_text, tag_of
from agents.heuristics.grouping import spanned_parts
from pipeline.core.schemas import FieldSpec

#: Records a rail shows at least: one repeated card is a coincidence, not a rail.
MIN_RAIL_RECORDS = 2
#: Attributes that style or script a block rather than name it.
_UNNAMING_ATTRIBUTES = frozenset({"class", "style", "role", "tabindex", "hidden", "dir", "lang"})


def without_featured_rail(
    page: Selector, css: str, nodes: list[HtmlElement], heading: FieldSpec | None, span: int
) -> tuple[str, list[HtmlElement], list[str]]:
    """The record selector without a featured rail's block (``:not(#popular *)``), when the
    records' groups hold one and a selector leaves out exactly its records; else unchanged."""
    if heading is None or heading.scope != "preceding" or not heading.selector:
        return css, nodes, []
    groups = _groups(page, nodes, heading.selector)
    rails = [g for g in groups if _repeats_others(g, groups, span)]
    if len(rails) != 1:
        return css, nodes, []
    rail = set(rails[0])
    regular = [n for n in nodes if n not in rail]
    block = _rail_block(rails[0], regular)
    if block is None:
        return css, nodes, []
    wanted = [id(n) for n in regular]
    for name in _block_names(block):
        candidate = f"{css}:not({name} *)"
        if select_ids(page, candidate) == wanted:
            note = f"{len(rail)} records of a featured group repeat records of other groups: left out ({name!r})"
            return candidate, regular, [note]
    return css, nodes, []


def _groups(page: Selector, nodes: list[HtmlElement], heading_css: str) -> list[list[HtmlElement]]:
    """The records after each heading, in page order (records before any heading form no group)."""
    order = {e: i for i, e in enumerate(page.root.iter())}
    ends = sorted((max(order[d] for d in h.root.iter()), i) for i, h in enumerate(page.css(heading_css)))
    groups: dict[int, list[HtmlElement]] = {}
    for node in nodes:
        before = [i for end, i in ends if end < order[node]]
        if before:
            groups.setdefault(before[-1], []).append(node)
    return list(groups.values())


def _repeats_others(group: list[HtmlElement], groups: list[list[HtmlElement]], span: int) -> bool:
    if len(group) < MIN_RAIL_RECORDS:
        return False
    others = {_content(n, span) for g in groups if g is not group for n in g}
    return all(_content(n, span) in others for n in group)


def _content(start: HtmlElement, span: int) -> tuple[str, ...]:
    """What a record shows: its text and the addresses of its links and images."""
    parts = spanned_parts(start, span)
    shown = [full_text(p) for p in parts]
    shown += [(e.get("href") or e.get("src") or "").strip() for p in parts for e in p.iter("a", "img")]
    return tuple(shown)


def _rail_block(rail: list[HtmlElement], regular: list[HtmlElement]) -> HtmlElement | None:
    """The largest element holding every record of the rail and none of the others."""
    others = {a for n in regular for a in (n, *n.iterancestors())}
    block = rail[0]
    while not all(_holds(block, n) for n in rail):
        parent = block.getparent()
        if parent is None:
            return None
        block = parent
    if block in others:
        return None
    while (parent := block.getparent()) is not None and parent not in others:
        block = parent
    return block


def _holds(block: HtmlElement, node: HtmlElement) -> bool:
    return node is block or any(a is block for a in node.iterancestors())


def _block_names(block: HtmlElement) -> list[str]:
    """Selectors naming ``block`` among its look-alikes: its id, an attribute value its siblings of
    the same tag do not share. Never its place: on the next page the first section is another."""
    tag = tag_of(block)
    names = []
    ident = (block.get("id") or "").strip()
    if ident and css_ident(ident):
        names.append(f"#{ident}")
    siblings = [*block.itersiblings(preceding=True), *block.itersiblings()]
    alike = [s for s in siblings if isinstance(s.tag, str) and s.tag == block.tag]
    for attribute, value in block.attrib.items():
        if attribute in _UNNAMING_ATTRIBUTES or attribute == "id" or not css_ident(attribute) or not value.strip():
            continue
        if all(s.get(attribute) != value for s in alike):
            names.append(f"{tag}[{attribute}={css_string(value)}]")
    return names
