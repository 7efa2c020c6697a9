"""A table column that its header names is a field, however few of its cells are filled.

A slot found in only a few records is usually an accident of those records (a badge, a stray
line). In a table whose header row names each column, the header says otherwise: "Flag Date",
"Notes", "Resolution" or "Discount" is a field a person writes down even where most rows leave it
empty. The value must fill its cell, and every cell must line up under a header cell that names it
in words; an unnamed column (a checkbox, a sort arrow, a spacer) or one named only by a symbol
stays decoration.
"""

from __future__ import annotations

import re

from parsel import Selector

from agents.heuristics.dom import HtmlElement, child_elements, full_text, tag_of
from agents.heuristics.names import name_from_label
from agents.heuristics.slots import Slot
from agents.heuristics.tableheads import header_row, nearest_table
from agents.heuristics.textowner import visible_text
from pipeline.core.schemas import FieldSpec

#: Records a sparse column must still be filled in: one filled cell may be a stray note.
MIN_HEADED_RECORDS = 2
#: A header naming a column holds a word ("Flag Date"), not a symbol ("#", "▲").
_WORD = re.compile(r"[^\W\d_]{2,}")


def is_headed_column(slot: Slot) -> bool:
    """Whether every value of the slot fills a data cell lined up under one same header cell of
    its table that names the column in words."""
    if slot.kind != "text" or slot.many:
        return False
    return heads_one_column([occurrences[0].element for occurrences in slot.per_record.values()])


def is_headed_field(field: FieldSpec, record_selector: str, pages: list[Selector]) -> bool:
    """Whether a field's values on ``pages`` (the records ``record_selector`` finds) fill cells of
    one column a header names: a sparse column is a field on every page it is measured on. Only a
    text read whole from the record's own markup is looked at."""
    reads_part = field.attribute or field.json_path or field.tail or field.many or field.text_after or field.text_before
    if reads_part or field.drawn is not None or field.paired is not None or field.scope != "record":
        return False
    filled: list[HtmlElement] = []
    for page in pages:
        try:
            records = page.css(record_selector)
            found = [record.css(field.selector)[:1] if field.selector else [record] for record in records]
        except Exception:
            return False  # a selector parsel cannot read says nothing about columns
        filled += [m[0].root for m in found if m and isinstance(m[0].root, HtmlElement) and full_text(m[0].root)]
    return heads_one_column(filled)


def heads_one_column(elements: list[HtmlElement]) -> bool:
    """Whether enough values each fill a data cell lined up under one same named header cell."""
    if len(elements) < MIN_HEADED_RECORDS:
        return False
    headers = {_header_over(element) for element in elements}
    return len(headers) == 1 and None not in headers


def _header_over(element: HtmlElement) -> str | None:
    """The text of the header cell naming the column of the ``td`` the value fills, or None when
    the value does not fill a data cell, its row does not line up with the header row, or the
    header cell names nothing in words."""
    cell = element if tag_of(element) == "td" else next((a for a in element.iterancestors() if tag_of(a) == "td"), None)
    if cell is None or visible_text(cell) != visible_text(element):
        return None
    row, table = cell.getparent(), nearest_table(cell)
    found = header_row(table) if table is not None else None
    if row is None or found is None or found[0] is row or tag_of(row) != "tr":
        return None
    cells, heads = _cells(row), _cells(found[0])
    if _width(cells) != _width(heads):
        return None  # a row of other columns (a group heading, a detail row) lines up with nothing
    start = _width(cells[: cells.index(cell)])
    head = _cell_at(heads, start)
    if head is None or _span(head) != _span(cell):
        return None
    text = " ".join(full_text(head).split())
    return text if _WORD.search(text) and name_from_label(text) else None


def _cells(row: HtmlElement) -> list[HtmlElement]:
    return [c for c in child_elements(row) if tag_of(c) in ("td", "th")]


def _span(cell: HtmlElement) -> int:
    raw = (cell.get("colspan") or "1").strip()
    return int(raw) if raw.isdigit() and int(raw) > 0 else 1


def _width(cells: list[HtmlElement]) -> int:
    return sum(_span(c) for c in cells)


def _cell_at(cells: list[HtmlElement], column: int) -> HtmlElement | None:
    """The cell starting at ``column`` (counting spans), or None when a wider cell covers it."""
    start = 0
    for cell in cells:
        if start == column:
            return cell
        start += _span(cell)
    return None
