"""A sparse table column its header names ("Flag Date" on two rows of 25) is a field for the Scout
and the Builder; an unnamed or symbol-headed column holding as little stays out."""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from lxml import html as lxml_html

from agents.builder import build_spider
from agents.fetch import FetchedPage, Fetcher
from agents.heuristics.dom import HtmlElement
from agents.heuristics.headedcolumns import heads_one_column
from agents.scout import analyze_page
from tests.unit.agents.conftest import list_page, spec_and_records

URL = "https://pkgs.example/search/?q=yaml"
NAMES = [f"yaml-tool-{i}" for i in range(25)]
FLAGGED = {4: "2025-02-11", 17: "2025-01-03"}


def _table(extra_head: str = "", extra_cell: str = "") -> str:
    head = f"<thead><tr><th>Name</th><th>Version</th><th>Updated</th><th>Flag Date</th>{extra_head}</tr></thead>"
    rows = "".join(
        f'<tr><td><a href="/pkg/{name}/">{name}</a></td><td>{i}.{i % 4}.0-1</td>'
        f"<td>2024-{1 + i % 12:02d}-{1 + i % 27:02d}</td><td>{FLAGGED.get(i, '')}</td>"
        f"{extra_cell.format(mark='new' if i in FLAGGED else '')}</tr>"
        for i, name in enumerate(NAMES)
    )
    return list_page(f'<table class="results">{head}<tbody>{rows}</tbody></table>')


def _column(records: list[dict[str, object]], value: str) -> str | None:
    """The name of the field holding ``value`` in some record."""
    return next((k for r in records for k, v in r.items() if isinstance(v, str) and v.startswith(value)), None)


def test_a_column_its_header_names_is_a_field_though_two_rows_of_25_fill_it() -> None:
    spec, records = spec_and_records(_table(), URL)
    field = next((f for f in spec.fields if f.name == "flag_date"), None)
    assert field is not None and field.type == "date", spec.fields
    dated = {str(r["title"]): str(r["flag_date"])[:10] for r in records if r.get("flag_date")}
    assert dated == {NAMES[i]: day for i, day in FLAGGED.items()}


def test_a_sparse_column_under_an_empty_header_cell_stays_out() -> None:
    _, records = spec_and_records(_table("<th></th>", "<td>{mark}</td>"), URL)
    assert _column(records, "new") is None


def test_a_sparse_column_under_a_symbol_only_header_stays_out() -> None:
    _, records = spec_and_records(_table("<th>\u25b2</th>", "<td>{mark}</td>"), URL)
    assert _column(records, "new") is None


def _cells(markup: str) -> list[HtmlElement]:
    root = lxml_html.fromstring(markup)
    return [c for c in root.iter("td") if (c.text or "").strip()]


def test_a_value_in_a_row_spanning_other_columns_lines_up_with_no_header() -> None:
    head = "<table><tr><th>Name</th><th>Note</th><th>Size</th></tr>"
    aligned = head + "<tr><td>a</td><td>x</td><td>1</td></tr><tr><td>b</td><td>y</td><td>2</td></tr></table>"
    assert heads_one_column([c for c in _cells(aligned) if c.text in ("x", "y")])
    spanning = head + '<tr><td colspan="2">x</td><td>1</td></tr><tr><td colspan="2">y</td><td>2</td></tr></table>'
    assert not heads_one_column([c for c in _cells(spanning) if c.text in ("x", "y")])
    one = head + "<tr><td>a</td><td>x</td><td>1</td></tr><tr><td>b</td><td></td><td>2</td></tr></table>"
    assert not heads_one_column([c for c in _cells(one) if c.text == "x"])  # one filled cell may be a stray


@dataclass
class _OnePage:
    """A fetcher serving one page for every address."""

    body: bytes

    def fetch(self, url: str, render: bool = False) -> FetchedPage:
        return FetchedPage(url=url, final_url=url, status=200, headers={}, body=self.body)


def test_the_builder_keeps_a_headed_column_below_the_recurring_share() -> None:
    body = _table().encode()
    profile = analyze_page(body, URL)
    built = build_spider("pkgs", profile, cast(Fetcher, _OnePage(body)))
    assert "flag_date" in {f.name for f in built.spec.fields}
    assert built.field_confidence["flag_date"] < 0.1
