"""'Free' in a column of prices is a price of nothing, not a reason to read the prices as text."""

from __future__ import annotations

from agents.heuristics.valuetypes import is_zero_price, kind_from_values
from agents.scout import analyze_page


def test_free_among_prices_keeps_the_price_type() -> None:
    assert kind_from_values(["Free", "Free", "£7.49", "Free", "Free", "Free"]) == "price"
    assert kind_from_values(["Gratis", "Kostenlos", "4,99 €", "Gratis"]) == "price"
    assert kind_from_values(["Gratuit", "Gratuit", "2,99 €"]) == "price"


def test_free_alone_or_among_words_is_text() -> None:
    assert kind_from_values(["Free", "Free", "Free"]) == "text"  # no price shows it is a price column
    assert kind_from_values(["Free", "New", "Bestseller", "Free"]) == "text"  # a badge among badges
    assert kind_from_values(["Free shipping", "Free shipping", "£3.99 shipping"]) == "text"  # no zero price


def test_only_the_whole_value_is_a_zero_price() -> None:
    assert is_zero_price("Free") and is_zero_price(" FREE ") and is_zero_price("Gratis!")
    assert not is_zero_price("Free shipping") and not is_zero_price("Free trial")


APPS = [
    ("Chat Pal", "Free"),
    ("Tune Box", "Free"),
    ("Block Craft", "£7.49"),
    ("Date Spark", "Free"),
    ("Cloud Safe", "Free"),
    ("Word Hunt", "£1.99"),
]


def test_a_chart_of_mostly_free_apps_reads_its_prices() -> None:
    rows = "".join(
        f'<div role="listitem" class="row"><a class="row-link" href="/apps/details?id={n}">'
        f'<span class="name">{name}</span><span class="dev">Studio {n}</span>'
        f'<span class="cost"><span>{price}</span></span></a></div>'
        for n, (name, price) in enumerate(APPS)
    )
    profile = analyze_page(
        f"<html><body><main><div role=list>{rows}</div></main></body></html>", "https://apps.example/"
    )
    [cost] = [f for f in profile.spec.fields if f.selector.startswith("span.cost")]
    assert cost.type == "price"
    paid = [r[cost.name] for r in profile.sample_records if r[cost.name] is not None]
    assert {"amount": 7.49, "currency": "GBP"} in paid
