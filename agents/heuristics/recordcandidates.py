"""Candidate record groups of a page: elements sharing a tag (and a class, when classes tell
siblings apart) under parents of the same ancestry, rows of tables with different header rows
together, and the records of an outline of nested sections.
"""

from __future__ import annotations

from collections import defaultdict

from agents.heuristics.classtokens import anchor_classes, class_tokens, semantic_classes
from agents.heuristics.dom import DomIndex, HtmlElement, tag_of
from agents.heuristics.nesting import across_nesting, outline_step
from agents.heuristics.regroup import Group
from agents.heuristics.tablebodies import is_record_body
from agents.heuristics.tableheads import table_heading

#: Two items already make a list; one more is needed before a bare count earns trust (``recordscores``).
MIN_RECORDS = 2
#: Tags that never are records of their own.
NOT_RECORD_TAGS = frozenset(
    {
        "br",
        "hr",
        "option",
        "optgroup",
        "input",
        "source",
        "track",
        "col",
        "colgroup",
        "param",
        "area",
        "wbr",
        "meta",
        "link",
        "img",
        "picture",
        "label",
        "button",
        "select",
        "textarea",
        "html",
        "body",
        "head",
        "title",
        "thead",
        "tbody",
        "tfoot",
        "b",
        "i",
        "em",
        "strong",
        "small",
        "sup",
        "sub",
        "abbr",
        "time",
        "th",
    }
)


def candidate_groups(index: DomIndex) -> tuple[list[Group], set[int]]:
    """Candidate groups, and the ids of those mixing tables of different header rows."""
    chains: dict[HtmlElement, str] = {}
    outlines: dict[HtmlElement, str] = {}
    headers: dict[HtmlElement, str] = {}
    by_key: dict[tuple[str, str, str], list[HtmlElement]] = defaultdict(list)
    for element in index.elements:
        parent = element.getparent()
        parent_chain = chains.get(parent, "") if parent is not None else ""
        # Utilities lay a step out ("mt-12" under a section's heading) and name nothing it holds.
        classes = semantic_classes(element)
        step = tag_of(element) + (f".{classes[0]}" if classes else "")
        chains[element] = f"{parent_chain}/{step}"
        outlines[element] = outline_step(element, outlines.get(parent, "") if parent is not None else "", step)
        if (tag_of(element) not in NOT_RECORD_TAGS or is_record_body(element)) and index.text_of(element) > 0:
            heading = table_heading(element, headers) if tag_of(element) in ("tr", "table") else ""
            by_key[(parent_chain, tag_of(element), heading)].append(element)
    candidates: list[Group] = []
    for members in by_key.values():
        if len(members) < MIN_RECORDS:
            continue
        candidates.append(Group(members=members))
        candidates.extend(_class_subgroups(members))
    mixed: set[int] = set()
    position = {element: n for n, element in enumerate(index.elements)}
    for members in _across_headings(by_key, position):
        group = Group(members=members)
        candidates.append(group)
        mixed.add(id(group))
    parts = ((chain, members) for (chain, _tag, _heading), members in by_key.items())
    candidates.extend(Group(members=m) for m in across_nesting(parts, chains, outlines, position))
    return candidates, mixed


def _across_headings(
    by_key: dict[tuple[str, str, str], list[HtmlElement]], position: dict[HtmlElement, int]
) -> list[list[HtmlElement]]:
    """Rows (or tables) under the same ancestors but of tables with different header rows, all
    together, in page order: the group ancestry alone would have made."""
    merged: dict[tuple[str, str], list[list[HtmlElement]]] = defaultdict(list)
    for (chain, tag, _heading), members in by_key.items():
        if tag in ("tr", "table"):
            merged[(chain, tag)].append(members)
    found = []
    for parts in merged.values():
        if len(parts) > 1 and sum(len(part) for part in parts) >= MIN_RECORDS:
            found.append(sorted((m for part in parts for m in part), key=lambda m: position[m]))
    return found


def _class_subgroups(members: list[HtmlElement]) -> list[Group]:
    """Split ``li`` siblings into ``li.card`` and ``li.ad`` when classes tell them apart. Build
    hashes tell them apart as well within one page, where they are all the classes there are."""
    by_class: dict[str, list[HtmlElement]] = defaultdict(list)
    for member in members:
        for token in (anchor_classes(member) or class_tokens(member))[:3]:
            by_class[token].append(member)
    seen: set[tuple[int, ...]] = {tuple(id(m) for m in members)}
    subgroups = []
    for token_members in by_class.values():
        key = tuple(id(m) for m in token_members)
        if len(token_members) >= MIN_RECORDS and key not in seen:
            seen.add(key)
            subgroups.append(Group(members=token_members))
    return subgroups
