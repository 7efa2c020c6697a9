"""Utility classes and constant columns: what a page's styling says about its fields, and what not."""

from __future__ import annotations

from agents.scout import analyze_page
from pipeline.core.extract import extract_records

URL = "https://cafes.example/"


def _table(rows: int) -> str:
    cells = "".join(
        f'<tr><td class="n"><a href="/p/{i}">Café crème n°{i}</a></td><td class="p">£{i}.50</td>'
        '<td class="o">Zürich, Genève</td></tr>'
        for i in range(1, rows + 1)
    )
    return (
        f'<html><head><title>Cafés</title></head><body><h1>Cafés</h1><table class="list">{cells}</table></body></html>'
    )


def test_a_table_column_holding_one_value_on_this_page_is_still_a_field() -> None:
    page = _table(8)
    profile = analyze_page(page.encode(), URL)
    records = extract_records(page, URL, profile.spec)
    assert len(records) == 8
    assert all("Zürich, Genève" in record.values() for record in records)


def test_a_ui_kit_size_class_does_not_name_a_field() -> None:
    cards = "".join(
        f'<div class="s-result-item" data-asin="B0{i:08d}"><h2><a class="a-link-normal" href="/dp/B0{i:08d}">'
        f'<span class="a-size-base-plus">Product number {i} with a long title</span></a></h2>'
        f'<a class="a-link-normal" href="/dp/B0{i:08d}#customerReviews">'
        f'<span class="a-size-base">{i * 13 + 7:,}</span></a>'
        f'<span class="a-price"><span class="a-offscreen">${i + 10}.99</span></span></div>'
        for i in range(1, 13)
    )
    page = f"<html><head><title>Results</title></head><body><div class='s-main-slot'>{cards}</div></body></html>"
    profile = analyze_page(page.encode(), "https://shop.example/s?k=x")
    names = {f.name for f in profile.spec.fields}
    assert not any(name.startswith("size") for name in names), names
    records = extract_records(page, "https://shop.example/s?k=x", profile.spec)
    assert [r["title"] for r in records][:2] == [
        "Product number 1 with a long title",
        "Product number 2 with a long title",
    ]
