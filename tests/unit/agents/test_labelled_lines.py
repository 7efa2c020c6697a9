"""Rows opening with the same labels in every holder are the lines of one record each, not records."""

from __future__ import annotations

from lxml import html

from agents.heuristics.labelledlines import are_labelled_lines

NAMES = ["Harbour pilot", "Lock keeper", "Ferry purser"]


def _rows(html_text: str) -> list[html.HtmlElement]:
    return html.fromstring(f"<div>{html_text}</div>").xpath("//tr | //li")


def test_label_cells_shown_once_in_each_table_are_lines() -> None:
    tables = "".join(
        f"<h3>{n}</h3><table><tbody><tr><th>Employer</th><td>Port {k}</td></tr>"
        f"<tr><th>Hours</th><td>{30 + k}</td></tr></tbody></table>"
        for k, n in enumerate(NAMES)
    )
    assert are_labelled_lines(_rows(tables))


def test_items_opening_with_a_label_are_lines() -> None:
    lists = "".join(
        f"<h3>{n}</h3><ul><li>Employer: Port {k}</li><li>Hours: {30 + k}</li></ul>" for k, n in enumerate(NAMES)
    )
    assert are_labelled_lines(_rows(lists))


def test_rows_opening_with_times_are_records() -> None:
    """A day's talks at 10:00 and 11:30, day after day: the same first cells, but no labels."""
    tables = "".join(
        f"<h3>Day {k}</h3><table><tr><td>10:00</td><td>{n}</td></tr><tr><td>11:30</td><td>Talk</td></tr></table>"
        for k, n in enumerate(NAMES)
    )
    assert not are_labelled_lines(_rows(tables))


def test_a_label_shown_twice_in_one_holder_makes_records() -> None:
    """A price list: each row a "Size:" of its own, several to a table."""
    tables = "".join("<table><tr><th>Size</th><td>S</td></tr><tr><th>Size</th><td>M</td></tr></table>" for _ in NAMES)
    assert not are_labelled_lines(_rows(tables))


def test_holders_showing_other_labels_make_records() -> None:
    tables = "".join(
        f"<table><tr><th>{n}</th><td>Port {k}</td></tr><tr><th>{n} deputy</th><td>{k}</td></tr></table>"
        for k, n in enumerate(NAMES)
    )
    assert not are_labelled_lines(_rows(tables))
