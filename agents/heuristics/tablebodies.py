"""A table body per record: the title row and the meta row of one topic in a ``tbody`` of their own.

A ``tbody`` usually only wraps all of a table's rows, or a section of alike rows under a heading
row ("March 2025"), so it is no record candidate. Forums and trackers also write one ``tbody`` per
record, with two to four rows of different make in it (the title row, the row of its author and
date, a details row): each body is then a record, as a ``<dt>`` and its ``<dd>`` are one.
"""

from __future__ import annotations

import itertools

from agents.heuristics.dom import HtmlElement, full_text, has_link, tag_of
from agents.heuristics.rowspan import MAX_SPAN, SAME_TEMPLATE
from agents.heuristics.shapes import jaccard, shape_of

#: Bodies a table needs before each can be a record.
MIN_BODIES = 2


def is_record_body(body: HtmlElement) -> bool:
    """Whether ``body`` (a ``tbody``) holds one record: one of several bodies of its table, each of
    two to ``MAX_SPAN`` rows built differently from one another, opening with no heading row."""
    table = body.getparent()
    if tag_of(body) != "tbody" or table is None or tag_of(table) != "table":
        return False
    if sum(1 for child in table if tag_of(child) == "tbody") < MIN_BODIES:
        return False
    rows = [row for row in body if tag_of(row) == "tr" and full_text(row)]
    if not 2 <= len(rows) <= MAX_SPAN or _is_heading_row(rows[0]):
        return False
    shapes = [shape_of(row) for row in rows]
    # Alike rows are records of a section; a record's rows each hold other parts of it.
    return all(jaccard(a, b) < SAME_TEMPLATE for a, b in itertools.combinations(shapes, 2))


def _is_heading_row(row: HtmlElement) -> bool:
    """A section's heading row: one cell, or header cells only, and no link."""
    cells = [cell for cell in row if tag_of(cell) in ("td", "th")]
    if has_link(row):
        return False
    return len(cells) <= 1 or all(tag_of(cell) == "th" for cell in cells)
