"""Subtotal and total rows among a table's records.

Reports, rankings and order lists close each group of rows (a region, a month) with a row that
sums it: its first cell, spread over the columns the records name and count in, reads "Subtotal
North", "Total", "Zwischensumme", "小計". Such a row is built like the records around it and passes
every likeness test, yet it is no record: a person copying the table leaves it out.
"""

from __future__ import annotations

import re

from agents.heuristics.dom import HtmlElement, child_elements, full_text, tag_of

#: What a totals row opens with, in the languages the Scout meets.
_TOTAL_WORDS = re.compile(
    r"^(?:(?:sub|grand)[\s-]?totals?|totals?|sum|summe|zwischensumme|gesamt(?:summe)?|sous[\s-]total|"
    r"total\s+g[ée]n[ée]ral|totale|subtotale|totaal|subtotaal|razem|suma|итого|всего|合計|小計|总计|合计|小计|"
    r"المجموع|الإجمالي)\b",
    re.IGNORECASE,
)


def is_total_row(row: HtmlElement) -> bool:
    """Whether table row ``row`` sums the rows above it: its first cell with text opens with a
    totals word and spreads over several columns (``colspan``), where a record names one."""
    if tag_of(row) != "tr":
        return False
    cells = [c for c in child_elements(row) if tag_of(c) in ("td", "th")]
    first = next((c for c in cells if full_text(c)), None)
    if first is None or not _TOTAL_WORDS.match(full_text(first)):
        return False
    return _spread(first) > 1


def without_total_rows(members: list[HtmlElement]) -> list[HtmlElement]:
    """``members`` less the totals rows among them (all of them when every one reads as one)."""
    kept = [m for m in members if not is_total_row(m)]
    return kept or members


def _spread(cell: HtmlElement) -> int:
    try:
        return int(cell.get("colspan") or 1)
    except ValueError:
        return 1
