"""Counts written with dots for thousands ("(1.287)" beside "(987)"), and multi-buy deals
("Any 3 for £5") that a price column would cut down to one amount."""

from __future__ import annotations

from agents.heuristics.valuetypes import are_counts, is_deal, kind_from_values
from pipeline.core.localnumbers import dotted_count
from pipeline.core.numbertext import parse_count


def test_dotted_numbers_beside_whole_counts_are_counts() -> None:
    assert are_counts(["(1.287)", "(987)", "(3.412)", "Jetzt bewerten", "(612)", "(2.210)"])


def test_three_decimals_alone_or_beside_small_numbers_are_not_counts() -> None:
    assert not are_counts(["(1.287)", "(3.412)"])  # no whole count says the dots group thousands
    assert not are_counts(["4.125", "3.5", "4"])
    assert not are_counts(["Jetzt bewerten", "Noch keine", "(987)"])  # too few numbers


def test_a_bracketed_dotted_number_reads_as_a_count() -> None:
    assert parse_count("(1.287)") == 1287
    assert dotted_count("(12.500)") == 12500
    assert dotted_count("(1.5)") is None
    assert dotted_count("1.287") is None  # unbracketed and without a counted noun: left to the parser


def test_a_column_of_multi_buy_deals_stays_text() -> None:
    offers = [
        "£1.45 Clubcard Price",
        "£2.75 Clubcard Price",
        "£2.75 Clubcard Price",
        "Any 3 for £5 Clubcard Price",
        "Any 3 for £4.50",
        "£1.50 Clubcard Price",
    ]
    assert kind_from_values(offers) == "text"


def test_a_rare_deal_among_prices_leaves_a_price_column() -> None:
    assert kind_from_values(["£1.45", "£2", "2 for £5", "£3", "£4", "£1", "£2", "£3", "£3"]) == "price"


def test_deals_are_told_from_sizes_and_counts() -> None:
    for deal in ("Any 3 for £5", "2 für 5 €", "3 pour 2", "3 per 2", "2x1", "Buy 2 get 1 free"):
        assert is_deal(deal), deal
    for other in ("1x2 m", "4x3 m", "12 x 330ml", "available for 30 days", "1 for 2 people", "£4.50"):
        assert not is_deal(other), other
