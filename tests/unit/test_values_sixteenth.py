"""Values read as a person reads them: a currency code is a word of its own, spaced digits that are
no thousands are a phone number, a price is the number beside its currency, hidden text is not
read, and a hashtag or mention split over elements stays one word."""

from __future__ import annotations

from agents.heuristics import values
from agents.heuristics.dom import analysing, build_index, full_text
from agents.heuristics.valuetypes import kind_from_values
from pipeline.core.cleantext import join_texts
from pipeline.core.extract import extract_records, make_selector, node_text
from pipeline.core.numbertext import parse_price
from pipeline.core.schemas import FieldSpec, ScraperSpec


def test_a_word_ending_in_a_currency_code_is_no_price() -> None:
    for text in ("Conventionné secteur 1", "Hauteur 80 cm", "Chauffeur 2"):
        assert not values.is_price(text), text
    for text in ("EUR 12", "12 EUR", "CHF12", "120 kr", "R$ 10", "€12", "1 234,00 EUR"):
        assert values.is_price(text), text
    assert kind_from_values(["Conventionné secteur 1", "Conventionné secteur 2", "Non conventionné"]) == "text"


def test_spaced_digits_that_are_no_thousands_are_text() -> None:
    assert kind_from_values(["0345 677 9540", "0345 677 9541", "020 7946 0123"]) == "text"
    assert kind_from_values(["+44 20 7946 0958", "+44 161 496 0000"]) == "text"
    assert kind_from_values(["06 12 34 56 78", "07 98 76 54 32"]) == "text"
    # Thousands grouped by threes stay numbers and prices, in every language that spaces them.
    assert kind_from_values(["1 234", "12 500", "3 456 789"]) == "number"
    assert kind_from_values(["1 234 avis", "12 500 avis", "300 avis"]) == "number"
    assert kind_from_values(["1 234,56", "2 000,10"]) == "number"
    assert kind_from_values(["12 500 €", "1 200 €"]) == "price"


def test_a_price_is_the_number_beside_its_currency() -> None:
    assert parse_price("ab dem 25. Monat 14,99 €") == {"amount": 14.99, "currency": "EUR"}
    assert parse_price("2 x $5") == {"amount": 5.0, "currency": "USD"}
    assert parse_price("3 for £10") == {"amount": 10.0, "currency": "GBP"}
    assert parse_price("€12.50 (was €15)") == {"amount": 12.5, "currency": "EUR"}
    assert parse_price("$ 12 99") == {"amount": 12.99, "currency": "USD"}
    assert parse_price("EUR 1.249") == {"amount": 1249.0, "currency": "EUR"}
    assert parse_price("24") == {"amount": 24.0, "currency": None}


PLAN = """<html><body><div class="plan">
<p class="billing">billed annually<span hidden>billed monthly</span><span style="Display: None">, $12</span></p>
<p class="monthly" hidden>$12 <b>per month</b></p>
</div></body></html>"""


def test_text_hidden_inside_the_element_read_is_left_out() -> None:
    page = make_selector(PLAN, "https://plans.example/")
    assert node_text(page.css("p.billing")[0]) == "billed annually"
    # The element read may itself be hidden: a spec that chose it reads it whole.
    assert node_text(page.css("p.monthly")[0]) == "$12 per month"
    assert node_text(page.css("span[hidden]")[0]) == "billed monthly"


def test_a_spec_leaves_out_the_same_hidden_text_as_one_element_read() -> None:
    """The records of a spec learn what the page hides in one walk: the same values."""
    fields = (
        FieldSpec(name="billing", selector="p.billing"),
        FieldSpec(name="monthly", selector="p.monthly"),
        FieldSpec(name="other", selector="span[hidden]"),
        FieldSpec(name="plan", selector=""),
    )
    spec = ScraperSpec(start_url="https://plans.example/", record_selector="div.plan", fields=fields)
    [record] = extract_records(PLAN, "https://plans.example/", spec)
    assert record == {
        "billing": "billed annually",
        "monthly": "$12 per month",
        "other": "billed monthly",
        "plan": "billed annually",
    }


def test_a_hashtag_or_mention_split_over_elements_is_one_word() -> None:
    nodes = ["Question for the ", "#", "bookbinding", " folks, ", "@", "ingrid", " swore by it"]
    assert join_texts(nodes) == "Question for the #bookbinding folks, @ingrid swore by it"
    assert join_texts(["(", "#", "tag", ")"]) == "(#tag)"
    assert join_texts(["C#", "Java"]) == "C# Java"
    assert join_texts(["a #", " b"]) == "a # b"


def test_the_scout_reads_hidden_text_as_the_engine_does_on_its_page_and_on_others() -> None:
    """The page analysed learns what it hides in one walk; an element of another page (a copy,
    a second sample) is still looked up on its own."""
    page, other = (make_selector(PLAN, "https://plans.example/").root for _ in range(2))
    with analysing(build_index(page)):
        for root in (page, other):
            assert full_text(root.cssselect("p.billing")[0]) == "billed annually"
            assert full_text(root.cssselect("p.monthly")[0]) == "$12 per month"
            assert full_text(root.cssselect("div.plan")[0]) == "billed annually"
