# ruff: noqa: E501
"""Links that change something for the reader, and captions named like a price that hold none
(issue #3): neither may take a column or a name from the record's real data."""

from __future__ import annotations

from agents.scout import analyze_page
from pipeline.core.extract import extract_records

URL = "https://news.example/"
TITLES = [
    "Show HX: a build system in Make",
    "Rust in the kernel",
    "Postgres 18 released",
    "Why we left the cloud",
    "A tiny JIT",
    "Notes on SQLite",
]


def test_a_hide_link_is_no_field_even_when_it_leads_elsewhere() -> None:
    rows = "".join(
        f'<tr class="athing" id="{4000 + i}"><td class="title"><span class="rank">{i + 1}.</span></td>'
        f'<td class="title"><span class="titleline"><a href="https://site{i}.example/post">{t}</a></span></td></tr>'
        f'<tr><td class="subtext"><span class="score">{100 + i} points</span> by <a href="user?id=u{i}" class="hnuser">u{i}</a> '
        f'<span class="age"><a href="item?id={4000 + i}">{i + 1} hours ago</a></span> | <a href="hide?id={4000 + i}&amp;goto=news">hide</a> | '
        f'<a href="item?id={4000 + i}">{10 + i}&nbsp;comments</a></td></tr>'
        for i, t in enumerate(TITLES)
    )
    html = (
        f"<html><body><center><table id='hnmain'><tr><td><table>{rows}</table></td></tr></table></center></body></html>"
    )
    profile = analyze_page(html, URL)
    records = [dict(r) for r in extract_records(html, URL, profile.spec)]
    assert [r["title"] for r in records] == TITLES
    links = [v for r in records for v in r.values() if isinstance(v, str) and "hide?" in v]
    assert links == []


def test_a_caption_named_like_the_price_leaves_the_name_to_the_price() -> None:
    cards = "".join(
        f'<div data-testid="property-card"><h3><a data-testid="title-link" href="/hotel/{i}.html">Hotel {t}</a></h3>'
        f'<div data-testid="price-for-x-nights">{i + 1} nights, 2 adults</div>'
        f'<span data-testid="price-and-discounted-price">€ {300 + i * 11}</span></div>'
        for i, t in enumerate(TITLES)
    )
    html = f"<html><body><main><div class='results'>{cards}</div></main></body></html>"
    profile = analyze_page(html, URL)
    records = [dict(r) for r in extract_records(html, URL, profile.spec)]
    assert [r["price"] for r in records] == [{"amount": 300.0 + i * 11, "currency": "EUR"} for i in range(6)]
    assert "price_for_nights" in records[0]
