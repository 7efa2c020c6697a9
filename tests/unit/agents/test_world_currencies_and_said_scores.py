"""Currencies shops in Africa, South Asia and Latin America write ("87 900 FCFA", "KSh 1,299",
"Rs. 499", "S/ 129.90"), and a score with a fraction on its scale in any language ("3.7 sur 5"),
where a whole "1 von 5" stays a carousel's place."""

from __future__ import annotations

import pytest

from agents.heuristics import values
from agents.heuristics.pagecurrency import region_currency
from agents.heuristics.valuetypes import kind_from_values
from agents.jsoncurrency import shown_currency
from agents.scout import analyze_page
from pipeline.core.extract import extract_records
from pipeline.core.numbertext import parse_currency, parse_price, parse_rating
from pipeline.core.schemas import FieldSpec


@pytest.mark.parametrize(
    ("raw", "amount", "currency"),
    [
        ("87 900 FCFA", 87900.0, "XOF"),
        ("12 500 F CFA", 12500.0, "XOF"),
        ("4 000 CFA", 4000.0, "XOF"),
        ("KSh 1,299", 1299.0, "KES"),
        ("Ksh 850", 850.0, "KES"),
        ("GH₵ 45.00", 45.0, "GHS"),
        ("TSh 12,000", 12000.0, "TZS"),
        ("USh 35,000", 35000.0, "UGX"),
        ("₦12,500", 12500.0, "NGN"),
        ("Rs. 1,299", 1299.0, "INR"),
        ("Rp 125.000", 125000.0, "IDR"),
        ("RM 49.90", 49.9, "MYR"),
        ("S/ 129.90", 129.9, "PEN"),
        ("₱1,299", 1299.0, "PHP"),
        ("฿350", 350.0, "THB"),
        ("৳ 1,250", 1250.0, "BDT"),
        ("120 DH", 120.0, "MAD"),
        ("250 ج.م", 250.0, "EGP"),
        ("XAF 15 000", 15000.0, "XAF"),
        ("1 299 złotych", 1299.0, "PLN"),
    ],
)
def test_currency_signs_of_shops_around_the_world(raw: str, amount: float, currency: str) -> None:
    assert parse_price(raw) == {"amount": amount, "currency": currency}


def test_cfa_francs_and_rupees_read_as_the_pages_region_pays() -> None:
    assert region_currency("fr-CI") == "XOF" and region_currency("fr-SN") == "XOF"
    assert region_currency("fr-CM") == "XAF" and region_currency("fr_GA") == "XAF"
    assert region_currency("en-PK") == "PKR"
    assert parse_currency("87 900 FCFA", "XAF") == "XAF" and parse_currency("87 900 FCFA") == "XOF"
    assert parse_currency("Rs. 499", "PKR") == "PKR" and parse_currency("Rs. 499", "EUR") == "INR"


def test_a_sign_of_letters_is_a_word_of_its_own() -> None:
    assert parse_currency("Mrs Smith, 12") is None and parse_currency("FORMAT 12") is None
    assert parse_currency("12 okres") is None  # no krona inside a Polish word
    assert parse_currency("£5 per pen") == "GBP" and parse_currency("PEN 129") == "PEN"
    assert parse_price("2 x 5 000 FCFA") == {"amount": 5000.0, "currency": "XOF"}


def test_the_scout_sees_the_new_signs_as_prices() -> None:
    assert values.is_price("87 900 FCFA") and values.is_price("KSh 1,299") and values.is_price("Rs. 1,299")
    assert values.is_price("₱1,299") and values.is_price("S/ 129.90") and values.is_price("RM 49.90")
    assert not values.is_price("3 rm 12") and not values.is_price("rs 12")  # lower case: no sign


def test_a_catalogue_in_cfa_francs_names_its_currency() -> None:
    cards = "".join(
        f'<div class="card"><a class="name" href="/p/{n}">Smartphone modèle {n} double SIM</a>'
        f'<div class="prc">{price} FCFA</div></div>'
        for n, price in enumerate(["87 900", "104 400", "62 400", "149 000", "54 900"])
    )
    page = f'<html lang="fr-CM"><body><main class="grid">{cards}</main></body></html>'
    spec = analyze_page(page, "https://shop.test/smartphones/").spec
    price = next(f for f in spec.fields if f.type == "price")
    records = list(extract_records(page, "https://shop.test/smartphones/", spec))
    assert records[0][price.name] == {"amount": 87900.0, "currency": "XAF"}


@pytest.mark.parametrize("text", ["3.7 sur 5", "4,5 von 5", "4,5 de 5", "3,8 su 5", "4,2 van 5", "8.6 sur 10"])
def test_a_score_with_a_fraction_on_its_scale_is_a_rating(text: str) -> None:
    assert values.is_rating(text)
    assert parse_rating(text) == float(text.split(maxsplit=1)[0].replace(",", "."))


@pytest.mark.parametrize("text", ["1 von 5", "2 de 5", "3 sur 5", "1.5 de 5,5 kg", "3.7 sur 50"])
def test_a_whole_place_in_a_row_of_slides_is_no_rating(text: str) -> None:
    assert not values.is_rating(text)


def test_a_column_of_fractional_scores_is_a_rating_column() -> None:
    assert kind_from_values(["3.7 sur 5", "4.9 sur 5", "4.1 sur 5", "3.9 sur 5", "4.6 sur 5"]) == "rating"
    assert kind_from_values(["1 von 5", "2 von 5", "3 von 5", "4 von 5", "5 von 5"]) != "rating"


def _cards(box: str, texts: list[str]) -> str:
    cards = "".join(
        f'<div class="card"><a class="name" href="/p/{n}">Smartphone modèle {n} double SIM</a>'
        f'<div class="prc">{9 + n} 900 FCFA</div><div class="{box}">{text}</div></div>'
        for n, text in enumerate(texts)
    )
    return f'<html lang="fr"><body><main class="grid">{cards}</main></body></html>'


def test_a_whole_score_in_an_element_named_for_stars_is_a_rating() -> None:
    page = _cards("stars", ["4 sur 5", "3 sur 5", "5 sur 5", "4 sur 5", "2 sur 5"])
    spec = analyze_page(page, "https://shop.test/").spec
    rating = next(f for f in spec.fields if f.selector == "div.stars")
    assert rating.type == "rating"
    assert [r[rating.name] for r in extract_records(page, "https://shop.test/", spec)][:2] == [4.0, 3.0]


def test_a_slide_counter_stays_no_rating() -> None:
    page = _cards("slide-counter", ["1 von 5", "1 von 4", "1 von 6", "1 von 5", "1 von 3"])
    spec = analyze_page(page, "https://shop.test/").spec
    assert all(f.type != "rating" for f in spec.fields)


def test_a_bare_json_price_takes_the_cfa_franc_or_rupee_shown_beside_it() -> None:
    records = [{"price": 87900}, {"price": 104400}]
    price = FieldSpec(name="price", type="price", json_path="price")
    [read] = shown_currency([price], records, "Tecno Spark 87 900 FCFA Infinix Hot 104 400 FCFA", [0, 1])
    assert read.currency == "XOF"
    [read] = shown_currency([price], records, "Phone Rs. 87,900 Phone Rs. 104,400", [0, 1])
    assert read.currency == "INR"
