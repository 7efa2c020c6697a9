"""The general mechanisms behind the platform fixtures, each on the smallest page that shows it:
repeated items as one list, one field per value shown twice, values split over inline pieces."""

from __future__ import annotations

from pathlib import Path

from agents.scout import analyze_page
from pipeline.core.extract import extract_records

DEMO = Path(__file__).resolve().parents[2] / "sites" / "demo" / "index.html"


def test_demo_site_tasting_notes_are_one_list_field() -> None:
    body = DEMO.read_bytes()
    profile = analyze_page(body, "http://127.0.0.1:8000/")
    records = extract_records(body, profile.url, profile.spec)
    assert profile.spec.field_names() == [
        "title",
        "url",
        "image",
        "origin",
        "price",
        "rating",
        "roasted",  # "Roasted <time>": the caption names the date
        "tasting_notes",
    ]
    notes = next(f for f in profile.spec.fields if f.name == "tasting_notes")
    assert notes.many and notes.type == "tags"
    assert [r["tasting_notes"] for r in records] == [
        ["floral", "citrus"],
        ["caramel", "red apple"],
        ["blackcurrant", "juicy"],
        ["cocoa", "spice"],
    ]
    assert records[0]["url"] == "http://127.0.0.1:8000/coffee/ethiopia-yirgacheffe.html"


def _cards(template: str, count: int = 5) -> str:
    return (
        "<html><body><main><ul class='results'>"
        + "".join(template.format(i=i) for i in range(count))
        + "</ul></main></body></html>"
    )


def test_authors_of_a_fixed_count_are_one_list_not_author_2() -> None:
    # Every book here has exactly two authors: a constant count must not make them columns.
    body = _cards(
        "<li class='book'><h3><a href='/b/{i}'>Book number {i} about things</a></h3>"
        "<ul class='authors'><li><a href='/author/a{i}'>Ann Writer {i}</a></li>"
        "<li><a href='/author/b{i}'>Bo Coauthor {i}</a></li></ul></li>"
    )
    profile = analyze_page(body, "https://books.example/")
    records = extract_records(body, profile.url, profile.spec)
    assert profile.spec.field_names() == ["title", "url", "authors"]
    assert records[1]["authors"] == ["Ann Writer 1", "Bo Coauthor 1"]


def test_the_same_link_twice_is_one_url_field() -> None:
    body = _cards(
        "<li class='card'><a class='thumb' href='/p/{i}'><img src='/img/{i}.jpg'></a>"
        "<h2><a href='/p/{i}'>Product number {i} in the shop</a></h2>"
        "<p class='price'>${i}.50</p><a class='more' href='/p/{i}'>View details</a></li>"
    )
    profile = analyze_page(body, "https://shop.example/")
    assert profile.spec.field_names() == ["title", "url", "image", "price"]


def test_price_split_over_inline_pieces_is_one_price() -> None:
    body = _cards(
        "<li class='result'><h3><a href='/p/{i}'>Kettle model {i} stainless steel</a></h3>"
        "<span class='a-price'><span class='a-offscreen'>$1{i}.99</span><span aria-hidden='true'>"
        "<span class='a-price-symbol'>$</span><span class='a-price-whole'>1{i}<span class='a-price-decimal'>.</span>"
        "</span><span class='a-price-fraction'>99</span></span></span></li>"
    )
    profile = analyze_page(body, "https://shop.example/")
    records = extract_records(body, profile.url, profile.spec)
    assert profile.spec.field_names() == ["title", "url", "price"]
    assert records[3]["price"] == {"amount": 13.99, "currency": "USD"}


def test_a_data_attribute_is_a_field_only_where_the_page_shows_nothing_else() -> None:
    body = _cards(
        "<li class='row' data-sku='SKU-{i}X' data-author='Writer {i}' data-testid='row'>"
        "<h3><a href='/p/{i}'>Item number {i} of the list</a></h3><span class='author'>Writer {i}</span></li>"
    )
    profile = analyze_page(body, "https://list.example/")
    records = extract_records(body, profile.url, profile.spec)
    assert profile.spec.field_names() == ["title", "url", "author", "sku"]  # data-author repeats the byline
    assert records[0]["sku"] == "SKU-0X"
