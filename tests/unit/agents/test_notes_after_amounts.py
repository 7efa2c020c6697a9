"""A note in a child after a price or a date ("570 € <span>Negotiable</span>") on some records: the
amount is a value of its own, read from the element's own text on every record."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html  # type: ignore[import-untyped]

from agents.heuristics.badgedtexts import text_before_badge
from agents.heuristics.textowner import owns_text
from tests.unit.agents.conftest import list_page, spec_and_records

URL = "https://ads.example/bikes/"

ADS = [
    ("Trail bike 29 inch", "570 €", "Negotiable", 570.0),
    ("City bike with basket", "2.080 €", None, 2080.0),
    ("Gravel frame size M", "760 €", "Negotiable", 760.0),
    ("Kids bike 16 inch", "180 €", None, 180.0),
    ("Folding bike, light", "1.040 €", "Negotiable", 1040.0),
    ("Road bike carbon", "1.700 €", None, 1700.0),
    ("Mountain bike helmet", "45 €", None, 45.0),
    ("Electric cargo bike", "3.250 €", "Negotiable", 3250.0),
]


def _ad(number: int, title: str, price: str, note: str | None, _amount: float) -> str:
    shown = f'{price}<span class="k9x2qz">{note}</span>' if note else price
    return (
        f'<div class="ad-card"><a class="ad-link" href="/ad/{number}/"><h4 class="ad-title">{title}</h4></a>'
        f'<p class="ad-price">{shown}</p><p class="ad-place">Lisbon, district {number}</p></div>'
    )


@pytest.mark.parametrize(
    ("markup", "lead"),
    [
        ('<p>570 €<span class="k9x2qz">Negotiable</span></p>', "570 €"),
        ('<p>$1,250 <span class="p7">Firm price</span></p>', "$1,250"),
        ('<p>12 Mar 2025 <span class="q1">Updated</span></p>', "12 Mar 2025"),
    ],
)
def test_a_note_after_a_price_or_a_date_is_no_part_of_it(markup: str, lead: str) -> None:
    element = lxml_html.fragment_fromstring(markup)
    assert text_before_badge(element) == lead
    assert not owns_text(element)


@pytest.mark.parametrize(
    "markup",
    [
        '<p>€24.90 <span class="u">per kg</span></p>',  # a unit goes on with the amount
        '<p>12.50 <span class="c">EUR</span></p>',  # the amount's currency
        '<p>12 <span class="c">Comments</span></p>',  # a bare count and its word
        '<p>Lisbon <span class="c">Negotiable</span></p>',  # no amount before it
        '<p>570 € <span class="c"><b>Negotiable</b></span></p>',  # not a leaf
    ],
)
def test_other_words_after_an_amount_stay_with_it(markup: str) -> None:
    assert text_before_badge(lxml_html.fragment_fromstring(markup)) is None


def test_the_price_reads_alone_on_ads_with_and_without_the_note() -> None:
    cards = "".join(_ad(n, *ad) for n, ad in enumerate(ADS))
    spec, records = spec_and_records(list_page(cards), URL)
    price = next(f for f in spec.fields if f.type == "price")
    got = [r.get(price.name) for r in records]
    assert got == [{"amount": amount, "currency": "EUR"} for *_shown, amount in ADS]
