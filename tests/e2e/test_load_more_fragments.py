""" "Load more" buttons whose URL answers an HTML *fragment* (the next records and the next button,
no page around them), onboarded end to end through `sdp add`: the spider must follow the button
and read the records of every fragment, not only those of the first page."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import SITES, serve
from tests.e2e.conftest import assert_ok, sdp

pytestmark = pytest.mark.slow
EVENTS = SITES / "corpus" / "townhall-events"


def export(name: str) -> list[dict[str, Any]]:
    records = assert_ok(sdp("export", name, "--format", "json")).json()
    assert isinstance(records, list)
    return records


def test_htmx_fragments_of_the_corpus_events_site() -> None:
    expected = json.loads((EVENTS / "expected.json").read_text(encoding="utf-8"))
    for site in serve(EVENTS):
        added = assert_ok(sdp("add", site.page("whats-on/"), "--name", "events"))
        assert "✓ crawl" in added.out
        records = export("events")
        titles = sorted(str(v) for r in records for v in r["data"].values() if isinstance(v, str))
        for want in expected:  # the first page's ten and the eighteen of the two fragments
            assert want["title"] in titles, want["title"]
        assert len(records) == len(expected)
        last = next(r for r in records if "Vintage Fair" in r["data"].values())
        assert site.page("whats-on/2026/04/vintage-fair/") in last["data"].values()
        dates = [v for v in last["data"].values() if isinstance(v, str) and v.startswith("2026-04-19T")]
        assert dates == ["2026-04-19T10:00:00+01:00"]  # 10:00 in London (BST): the page's own offset is kept


def _row(n: int) -> str:
    return (
        f'<tr class="result"><td class="name"><a href="/parts/{n}">Part number {n}</a></td>'
        f'<td class="stock">{n * 3} in stock</td><td class="price">${n}.50</td></tr>'
    )


def _button(page: int) -> str:
    # Relative to the document (the first page), as the script that fetches it resolves it.
    return f'<button class="more" data-url="rows/{page}.html">Show more</button>'


def test_table_rows_behind_a_data_url_button(tmp_path: Path) -> None:
    root = tmp_path / "site"
    (root / "rows").mkdir(parents=True)
    rows = "".join(_row(n) for n in range(1, 9))
    (root / "index.html").write_text(
        "<!doctype html><html><head><title>Parts</title></head><body>"
        '<nav class="menu"><a href="/">Home</a> <a href="/about">About</a></nav><main><h1>Spare parts</h1>'
        '<table class="results"><thead><tr><th>Part</th><th>Stock</th><th>Price</th></tr></thead>'
        f"<tbody id=rows>{rows}</tbody></table>{_button(2)}</main></body></html>",
        encoding="utf-8",
    )
    (root / "rows" / "2.html").write_text("".join(_row(n) for n in range(9, 17)) + _button(3), encoding="utf-8")
    (root / "rows" / "3.html").write_text("".join(_row(n) for n in range(17, 21)), encoding="utf-8")
    for site in serve(root):
        assert_ok(sdp("add", site.url, "--name", "parts"))
        records = export("parts")
        names = {v for r in records for v in r["data"].values() if isinstance(v, str) and v.startswith("Part number")}
        assert names == {f"Part number {n}" for n in range(1, 21)}
        prices = sorted(v["amount"] for r in records for v in r["data"].values() if isinstance(v, dict))
        assert prices == [n + 0.5 for n in range(1, 21)]
