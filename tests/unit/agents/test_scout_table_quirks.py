# ruff: noqa: E501
"""A CoinMarketCap-like price table (issue #3): styled-components names that happen to be lower
case, tracking markers on every cell, "24h %" headers, and a section's "More" link above the
table's real pager."""

from __future__ import annotations

from agents.scout import analyze_page
from pipeline.core.extract import extract_records
from tests.unit.agents.conftest import list_page, spec_and_records

URL = "https://coins.example/"
COINS = [
    ("Bitcoin", "BTC", "67,123.45", 0.41),
    ("Ethereum", "ETH", "3,512.08", -0.88),
    ("Tether", "USDT", "1.00", 0.01),
    ("Solana", "SOL", "171.20", -2.30),
    ("Cardano", "ADA", "0.4612", 1.10),
    ("Polkadot", "DOT", "7.08", -0.12),
]


def _change(value: float) -> str:
    # styled-components writes the component id, then a generated name: mixed case or not.
    name = "ivvJzO" if value >= 0 else "cmnujh"
    caret = "up" if value >= 0 else "down"
    return (
        f'<td><span class="sc-a59753b0-0 {name}"><span class="icon-Caret-{caret}"></span>{abs(value):.2f}%</span></td>'
    )


def _page() -> str:
    rows = "".join(
        f'<tr><td><p class="sc-71024e3e-0 jBOvmG" data-sensors-click="true">{i + 1}</p></td>'
        f'<td><a href="/currencies/{name.lower()}/"><p class="coin-item-name" data-sensors-click="true">{name}</p><p class="coin-item-symbol">{symbol}</p></a></td>'
        f"<td><span>${price}</span></td>{_change(change)}</tr>"
        for i, (name, symbol, price, change) in enumerate(COINS)
    )
    head = "<tr><th><p>#</p></th><th><p>Name</p></th><th><p>Price</p></th><th><p>24h %</p></th></tr>"
    return (
        '<html><body><nav><a href="/">Home</a></nav><main><section><h2>Trending</h2><a href="/trending/">More</a></section>'
        f'<table class="cmc-table"><thead>{head}</thead><tbody>{rows}</tbody></table>'
        '<ul class="pagination"><li class="page active"><a href="/">1</a></li><li class="page"><a href="/?page=2">2</a></li>'
        '<li class="next"><a aria-label="Next page" href="/?page=2"><span class="icon-Chevron-right"></span></a></li></ul></main></body></html>'
    )


def test_every_row_of_a_change_column_is_read_whatever_its_colour_class() -> None:
    html = _page()
    profile = analyze_page(html, URL)
    records = [dict(r) for r in extract_records(html, URL, profile.spec)]
    # Every row has its change; the sign is only a caret icon, which no text says (not read yet).
    assert [abs(r["change_24h"]) for r in records] == [abs(c) for *_rest, c in COINS]


def test_tracking_markers_name_nothing() -> None:
    profile = analyze_page(_page(), URL)
    assert not [f.name for f in profile.spec.fields if "sensors" in f.name or "click" in f.name]


def test_the_pager_wins_over_a_sections_more_link() -> None:
    profile = analyze_page(_page(), URL)
    assert profile.spec.pagination.kind == "next_link"
    assert profile.spec.pagination.next_selector == "li.next > a"


def test_a_recipe_time_with_a_screen_reader_unit_reads_as_shown() -> None:
    cards = "".join(
        f'<article class="recipe"><h3><a href="/r/{n}">Dish number {n}</a></h3>'
        f'<span class="total-time"><span class="value">{10 + n}</span> minutes'
        f'<span class="sr-only">mins</span></span><p class="summary">A quick supper for {n} people.</p></article>'
        for n in range(1, 7)
    )
    _, records = spec_and_records(list_page(cards), "http://recipes.test/")
    assert len(records) == 6
    assert records[0]["minutes"] == 11  # not "11 minutes mins", which is no number


def test_a_file_size_keeps_its_unit_and_is_called_size() -> None:
    sizes = ["54 KB", "1.2 MB", "980 bytes", "3 GB", "12 KB", "700 KB"]
    cards = "".join(
        f'<li class="file"><a href="/f/{n}">Report part {n}</a> <span class="meta">{size}</span></li>'
        for n, size in enumerate(sizes)
    )
    spec, records = spec_and_records(list_page(cards, "<ul class='files'>{}</ul>"), "http://files.test/")
    assert "size" in spec.field_names()
    assert [r["size"] for r in records] == sizes
