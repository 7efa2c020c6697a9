"""Tables showing again the rows an earlier table of the same columns showed.

A page may show one list twice (a plain and a styled copy, a demo of two layouts, the same data
split differently): a table whose every row, under the same column names, was already shown by
tables above it adds no record. Its rows are left out of every candidate group, so the list is
taken once, from where it is first shown.
"""

from __future__ import annotations

from agents.heuristics.dom import HtmlElement, child_elements, full_text, tag_of
from agents.heuristics.regroup import Group
from agents.heuristics.tableheads import header_names, nearest_table, table_rows


def repeated_tables(root: HtmlElement) -> set[int]:
    """Ids of the tables whose data rows all repeat rows of earlier tables with the same header."""
    shown: dict[str, set[str]] = {}
    repeated: set[int] = set()
    for table in root.iter("table"):
        names = header_names(table)
        if not names:
            continue
        rows = {_row_text(r) for r in table_rows(table) if any(tag_of(c) == "td" for c in child_elements(r))}
        rows.discard("")
        earlier = shown.setdefault(names, set())
        if rows and rows <= earlier:
            repeated.add(id(table))
        earlier |= rows
    return repeated


def without_repeated_tables(groups: list[Group], repeated: set[int]) -> list[Group]:
    """The groups with the rows of repeated tables left out; a group left with fewer than two
    members is no list."""
    if not repeated:
        return groups
    kept = []
    for group in groups:
        if group.members and tag_of(group.members[0]) in ("tr", "table"):
            group.members = [m for m in group.members if id(nearest_table(m)) not in repeated]
        if len(group.members) >= 2:
            kept.append(group)
    return kept


def _row_text(row: HtmlElement) -> str:
    """The row's cell texts, blank when fewer than two cells hold text (a spacer, a note)."""
    cells = [full_text(c) for c in child_elements(row) if tag_of(c) in ("td", "th")]
    filled = [c for c in cells if c]
    return "|".join(cells) if len(filled) >= 2 else ""
