"""The bench scores a price read as ``{amount, currency}`` against a written price in any currency
the product knows, and keeps a number with a unit or a word apart from a price."""

from __future__ import annotations

import pytest

from tests.bench.scout_corpus import agree, flatten, priced_text

BASE = "http://shop.test/"


@pytest.mark.parametrize(
    ("written", "amount", "currency"),
    [
        ("12,50 zł", 12.5, "PLN"),
        ("1 299 Kč", 1299.0, "CZK"),
        ("PLN 12.50", 12.5, "PLN"),
        ("₺45", 45.0, "TRY"),
        ("129,99 lei", 129.99, "RON"),
        ("$12.50", 12.5, "USD"),
    ],
)
def test_a_written_price_agrees_with_the_amount_read(written: str, amount: float, currency: str) -> None:
    read = flatten({"price": {"amount": amount, "currency": currency}})
    assert agree(written, read["price"], BASE) == 1.0


@pytest.mark.parametrize("written", ["12,50 kg", "12,50 items", "Size 12,50", "12,50 zł or 13 €"])
def test_a_number_with_a_unit_or_a_word_is_no_price(written: str) -> None:
    assert not priced_text(written)
    assert agree(written, 12.5, BASE) == 0.0


def test_another_amount_does_not_agree() -> None:
    assert agree("12,50 zł", 13.0, BASE) == 0.0
