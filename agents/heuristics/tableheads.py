"""The header row of a data table, and what it says about the rows under it.

A row of column names (``<thead>`` cells, a first row of ``<th>`` cells, or a first row whose
cells are all bold) over rows of data cells is the plainest evidence of a list a page can give:
someone named the columns. Three rows under such a header are a list as surely as thirty cards.
"""

from __future__ import annotations

from agents.heuristics.dom import HtmlElement, child_elements, full_text, tag_of

#: A header names at least this many columns; one name is a caption.
MIN_COLUMNS = 2
#: The header row is among a table's first rows (after a caption or a title row).
MAX_HEADER_ROW = 3
#: Bonus of rows under a header of ``<th>`` cells: the markup itself names the columns.
MARKED_HEADER_BONUS = 2.0
#: Bonus of rows under a first row of bold cells: a header drawn, not marked up.
BOLD_HEADER_BONUS = 1.5
_BOLD_TAGS = frozenset({"b", "strong"})


def nearest_table(element: HtmlElement) -> HtmlElement | None:
    """The table holding ``element`` (itself when it is one)."""
    return next((a for a in (element, *element.iterancestors()) if tag_of(a) == "table"), None)


def table_rows(table: HtmlElement) -> list[HtmlElement]:
    """The table's own rows (not those of tables nested in its cells), in page order."""
    found: list[HtmlElement] = table.xpath("./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr")
    return found


def _cells(row: HtmlElement) -> list[HtmlElement]:
    return [c for c in child_elements(row) if tag_of(c) in ("th", "td")]


def is_bold_row(row: HtmlElement) -> bool:
    """A row of two or more cells each holding one bold text and nothing else: a drawn header."""
    cells = _cells(row)
    if len(cells) < MIN_COLUMNS or any(tag_of(c) != "td" for c in cells):
        return False
    for cell in cells:
        inner = child_elements(cell)
        if len(inner) != 1 or tag_of(inner[0]) not in _BOLD_TAGS or (cell.text or "").strip():
            return False
        if not full_text(inner[0]) or (inner[0].tail or "").strip():
            return False
    return True


def header_row(table: HtmlElement) -> tuple[HtmlElement, str] | None:
    """The table's header row and how it is marked ("th" or "bold"), or None."""
    for n, row in enumerate(table_rows(table)[:MAX_HEADER_ROW]):
        cells = _cells(row)
        named = [c for c in cells if full_text(c)]
        if len(named) >= MIN_COLUMNS and all(tag_of(c) == "th" for c in cells):
            return row, "th"
        if n == 0 and is_bold_row(row):
            return row, "bold"
    return None


def header_names(table: HtmlElement) -> str:
    """The column names of the table's header row joined ("" when it has none)."""
    found = header_row(table)
    return "|".join(full_text(c) for c in _cells(found[0])) if found else ""


def is_drawn_header(row: HtmlElement) -> bool:
    """Whether ``row`` is its table's header drawn as a first row of bold cells."""
    table = nearest_table(row.getparent()) if row.getparent() is not None else None
    found = header_row(table) if table is not None else None
    return found is not None and found[0] is row and found[1] == "bold"


def data_table_bonus(members: list[HtmlElement]) -> float:
    """How much a header row over ``members`` (table rows of data cells) adds to their score:
    1.0 unless every table holding them names its columns."""
    if not members or tag_of(members[0]) != "tr":
        return 1.0
    if any(len([c for c in _cells(m) if tag_of(c) == "td"]) < MIN_COLUMNS for m in members):
        return 1.0
    kinds = set()
    for table in {id(t): t for m in members if (t := nearest_table(m)) is not None}.values():
        found = header_row(table)
        if found is None or any(m is found[0] for m in members):
            return 1.0
        kinds.add(found[1])
    if not kinds:
        return 1.0
    return BOLD_HEADER_BONUS if "bold" in kinds else MARKED_HEADER_BONUS


def table_heading(element: HtmlElement, headers: dict[HtmlElement, str]) -> str:
    """The header row of a table, or of the table holding a row: rows of two tables are one list
    only when the tables share it (a list split over tables of one kind), never a list and a
    table beside it that happens to sit under the same ancestors; two tables are alike only then."""
    table = nearest_table(element)
    if table is None:
        return ""
    if table not in headers:
        headers[table] = _marked_header(table)
    return headers[table]


def _marked_header(table: HtmlElement) -> str:
    """The texts of the table's first row of header cells only ("" when it has none)."""
    for row in table.xpath("./tr | ./thead/tr | ./tbody/tr")[:MAX_HEADER_ROW]:
        cells = _cells(row)
        if len(cells) >= MIN_COLUMNS and all(tag_of(c) == "th" for c in cells):
            return "|".join(full_text(c) for c in cells)
    return ""
