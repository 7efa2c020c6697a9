"""Review 31: words joined across inline edges where a shop's page shows two values."""

from __future__ import annotations

from lxml import html

from pipeline.core.normalize import normalize_value
from pipeline.core.showntext import shown_text


def _price(markup: str) -> object:
    return normalize_value("price", shown_text(html.fromstring(markup)), base_url="https://shop.example/")


def test_cents_in_a_classed_span_stay_cents() -> None:
    # Before inlineseams: "12 99 kr" read 12.99; a span styled as raised cents is no part of the whole.
    assert _price("<div class='price'>12<span class='cents'>99</span> kr</div>") == {"amount": 12.99, "currency": "SEK"}


def test_dollar_cents_in_a_classed_span_stay_cents() -> None:
    assert _price("<div class='price'>$12<span class='price__cents'>99</span></div>") == {
        "amount": 12.99,
        "currency": "USD",
    }


def test_rating_and_count_spaced_by_margin_stay_apart() -> None:
    # JSX drops the whitespace, a Tailwind margin draws the gap: "4.5120 reviews" is no text a visitor sees.
    text = shown_text(html.fromstring("<div>4.5<span class='ml-1 text-gray-500'>120 reviews</span></div>"))
    assert text == "4.5 120 reviews"


def test_brand_span_before_its_model_stays_apart() -> None:
    text = shown_text(html.fromstring("<div class='title'><span class='brand'>Nike</span>Air Max 90</div>"))
    assert text == "Nike Air Max 90"
