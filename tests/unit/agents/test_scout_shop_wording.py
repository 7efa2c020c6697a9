"""Words a shop or a blog writes around its values, in several languages.

The legal line beside a price ("inkl. 19 % MwSt.") is terms of sale, no field; WooCommerce's
translated "Bewertet mit 4.50 von 5" is the rating once, not a rating and a text; "min read" after
a bare number is that number's unit and names it. Client-First's ``margin-top``, an editor's
``data-rte-preserve-empty`` and a wrapper's BEM ``--bottom`` name nothing.
"""

from __future__ import annotations

import pytest

from agents.heuristics import values
from agents.heuristics.legalnotes import is_tax_note
from agents.heuristics.phrases import is_rating_phrase
from tests.unit.agents.conftest import list_page, spec_and_records

URL = "https://shop.example/produkte/"
NAMES = ["Espresso Milano", "Hausröstung Nr. 7", "Yirgacheffe Filter", "Schwarzwald Entkoffeiniert", "Ruanda Huye"]
PRICES = ["12,90 €", "8,90 €", "14,50 €", "11,90 €", "15,50 €"]
SCORES = ["4.75", "4.50", "4.86", "4.10", "4.67"]


def _products(extra: list[str]) -> str:
    cards = "".join(
        f'<li class="product"><a href="/produkt/{i}/" class="product-link"><h2 class="product-title">{name}</h2>'
        f'<span class="price">{PRICES[i]}</span></a>{extra[i]}</li>'
        for i, name in enumerate(NAMES)
    )
    return list_page(cards, '<main><ul class="products">{}</ul></main>')


@pytest.mark.parametrize(
    "text",
    ["incl. VAT", "excl. VAT", "plus shipping", "inkl. 7 % MwSt.", "zzgl. Versandkosten", "TVA incluse",
     "incl. btw", "IVA incluido", "IVA inclusa", "inkl. moms", "Preis inkl. gesetzl. MwSt."],
)  # fmt: skip
def test_a_tax_or_shipping_line_is_a_legal_note(text: str) -> None:
    assert is_tax_note(text)


@pytest.mark.parametrize("text", ["Free shipping", "+ €4.95 shipping", "€27 taxes and charges", "Tax", "Shipping"])
def test_an_amount_or_an_offer_is_no_legal_note(text: str) -> None:
    assert not is_tax_note(text)


def test_the_tax_line_beside_every_price_is_no_column() -> None:
    rates = ["7", "7", "19", "7", "19"]
    extra = [f'<p class="tax-info">inkl. {r} % MwSt.</p>' for r in rates]
    spec, records = spec_and_records(_products(extra), URL)
    assert len(records) == len(NAMES)
    assert not [f.name for f in spec.fields if f.selector and "tax-info" in f.selector]
    assert not any("MwSt" in str(v) for r in records for v in r.values())


@pytest.mark.parametrize(
    "text",
    ["Bewertet mit 4.50 von 5", "Noté 4.50 sur 5", "Valorado con 4.50 de 5", "Valutato 4.50 su 5",
     "Gewaardeerd 4.50 uit 5", "4,5 von 5 Sternen", "4,5 sur 5 étoiles"],
)  # fmt: skip
def test_translated_ratings_read_as_ratings(text: str) -> None:
    assert is_rating_phrase(text)
    assert values.is_rating(text)


@pytest.mark.parametrize("text", ["1 von 5", "Seite 2 von 10", "3 de 5"])
def test_a_place_in_a_carousel_is_no_rating(text: str) -> None:
    assert not is_rating_phrase(text)
    assert not values.is_rating(text)


def test_a_translated_woocommerce_rating_is_one_rating_column() -> None:
    extra = [
        f'<div class="star-rating" role="img" aria-label="Bewertet mit {s} von 5">'
        f'<span style="width:90%">Bewertet mit <strong class="rating">{s}</strong> von 5</span></div>'
        for s in SCORES
    ]
    spec, records = spec_and_records(_products(extra), URL)
    assert [f.type for f in spec.fields].count("rating") == 1
    assert not any("Bewertet" in str(v) for r in records for v in r.values())
    [rating] = [f.name for f in spec.fields if f.type == "rating"]
    assert [r[rating] for r in records] == [float(s) for s in SCORES]


def _posts(extra: list[str]) -> str:
    titles = ["Closing the books", "Introducing workflows", "Accruals done right", "Vendor master files"]
    cards = "".join(
        f'<div class="blog-item"><a href="/blog/{i}" class="blog-title-link"><h3 class="heading-style-h5">{t}</h3></a>'
        f'<div class="margin-top margin-xsmall"><p class="text-size-regular">Summary number {i} of this post, '
        f"told in a sentence or two.</p></div>{extra[i]}</div>"
        for i, t in enumerate(titles)
    )
    return list_page(cards, '<main><div class="blog-list">{}</div></main>')


def test_a_unit_after_a_bare_number_names_it_and_is_no_column() -> None:
    minutes = ["6", "4", "8", "12"]
    extra = [
        f'<div class="meta"><div class="text-size-small">{m}</div><div class="text-size-small">min read</div></div>'
        for m in minutes
    ]
    spec, records = spec_and_records(_posts(extra), URL)
    assert not any(v == "min read" for r in records for v in r.values())
    assert "reading_time" in [f.name for f in spec.fields]
    assert [str(r["reading_time"]) for r in records] == minutes


def test_a_client_first_utility_class_names_no_field() -> None:
    spec, _records = spec_and_records(_posts([""] * 4), URL)
    assert not any(f.name.startswith(("margin", "text_size", "heading_style")) for f in spec.fields)


def test_an_editor_flag_names_no_field() -> None:
    extra = [
        f'<div><p class="" data-rte-preserve-empty="true">Excerpt {i}: the post told short.</p></div>' for i in range(4)
    ]
    _spec, records = spec_and_records(_posts(extra), URL)
    [column] = sorted({n for r in records for n, v in r.items() if "the post told short" in str(v)})
    assert "rte" not in column
    assert "preserve" not in column


def test_a_wrapper_modifier_gives_way_to_the_semantic_class_inside() -> None:
    authors = ["Eleanor Marlow", "Tom Finch", "Eleanor Marlow", "Ada Stone"]
    extra = [
        f'<div class="meta-section meta-section--top"><time class="post-date">March {i + 1}, 2025</time></div>'
        f'<div class="meta-section meta-section--bottom"><span class="post-author">{a}</span></div>'
        for i, a in enumerate(authors)
    ]
    _spec, records = spec_and_records(_posts(extra), URL)
    [column] = sorted({n for r in records for n, v in r.items() if v in authors})
    assert column == "author"
