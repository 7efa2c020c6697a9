"""Table cells read by their column where a cell above spans several rows.

A cell with ``rowspan="2"`` stands in the rows under it too, and those rows leave it out: their
cells after it sit one place further left than the column they belong to. ``td:nth-of-type(5)``
then reads the sixth column there. Counted from the end of the row, a cell right of every
spanning cell keeps its place in every row, so such a field reads ``td:nth-last-of-type(…)``.
(A cell left of it or under it has no such place; the engine reads rows, not the grid.)
"""

from __future__ import annotations

import re
from collections import Counter

from parsel import Selector

from agents.heuristics.dom import HtmlElement, child_elements, tag_of
from pipeline.core.schemas import ScraperSpec

#: A field read from one cell of the row by its place from the start: "td:nth-of-type(5) > a".
_FROM_START = re.compile(r"^td:nth-of-type\((\d{1,2})\)((?:[ >:].*)?)$")


def with_columns_from_end(spec: ScraperSpec, page: Selector) -> ScraperSpec:
    """``spec`` with the fields that a spanning cell above would shift read from the row's end."""
    rows: list[HtmlElement] = [r.root for r in page.css(spec.record_selector)] if spec.record_selector else []
    if not rows or any(tag_of(r) != "tr" for r in rows):
        return spec
    grid = _grid(rows)
    if grid is None:
        return spec
    width, last_spanned = grid
    fields = []
    for field in spec.fields:
        place = _FROM_START.match(field.selector) if field.scope == "record" else None
        if place is not None and last_spanned < int(place.group(1)) <= width:
            selector = f"td:nth-last-of-type({width - int(place.group(1)) + 1}){place.group(2)}"
            field = field.model_copy(update={"selector": selector})  # noqa: PLW2901
        fields.append(field)
    return spec.model_copy(update={"fields": tuple(fields)})


def _grid(rows: list[HtmlElement]) -> tuple[int, int] | None:
    """The rows' width in cells and the last column a cell spanning rows stands in; None unless
    some rows are short of cells and only those under such a cell are, and no cell spans columns."""
    cells = [[c for c in child_elements(r) if tag_of(c) in ("td", "th")] for r in rows]
    if any(c.get("colspan", "1").strip() not in ("", "1") for row in cells for c in row):
        return None
    if any(tag_of(c) != "td" for row in cells for c in row):
        return None
    width = Counter(len(row) for row in cells).most_common(1)[0][0]
    spanned = [i + 1 for row in cells if len(row) == width for i, c in enumerate(row) if _spans_rows(c)]
    short = [row for row in cells if len(row) < width]
    if not spanned or not short or any(len(row) > width for row in cells):
        return None
    if len(short) > sum(_rows_spanned(c) - 1 for row in cells for c in row if _spans_rows(c)):
        return None  # short rows that no spanning cell explains: a table of another shape
    return width, max(spanned)


def _rows_spanned(cell: HtmlElement) -> int:
    value = cell.get("rowspan", "1").strip()
    return int(value) if value.isdecimal() and 0 < len(value) <= 3 else 1


def _spans_rows(cell: HtmlElement) -> bool:
    return _rows_spanned(cell) > 1
