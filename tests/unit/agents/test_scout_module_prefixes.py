"""CSS-module class names keep a readable prefix (``price__B9LP``), and a card's flags are data."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html
from parsel import Selector

from agents.heuristics.assemble import build_profile
from agents.heuristics.classtokens import class_words, module_prefix
from pipeline.core.extract import extract_field, extract_records
from pipeline.core.schemas import FieldSpec, ScraperSpec

URL = "https://shop.example/search?q=tee"


@pytest.mark.parametrize(
    ("token", "prefix"),
    [
        ("price__B9LP", "price__"),
        ("styles_title__3xKp9", "styles_title__"),
        ("Card-module__title--a1B2c", "Card-module__title--"),
        ("PropertyPrice_price__VL65t", "PropertyPrice_price__"),
        ("tileBadge__hBJAN", "tileBadge__"),
        ("card__title", None),  # BEM: block and element, no hash
        ("card__mainTitle", None),
        ("card__item2", None),
        ("card__HERO", None),
        ("block__element--large", None),
        ("card__1234", None),
    ],
)
def test_a_module_class_keeps_its_readable_prefix(token: str, prefix: str | None) -> None:
    assert module_prefix(token) == prefix


def test_a_bare_local_name_is_matched_only_where_a_class_starts() -> None:
    from agents.heuristics.moduleclasses import module_css  # the module is new: fail alone without it

    page = Selector(
        '<div><span class="oldprice__B9LP">£9.00</span><span class="big price__B9LP">£7.00</span>'
        '<span class="price__B9LP">£5.00</span></div>'
    )
    probe = FieldSpec(name="price", type="text", selector=f"span{module_css('price__')}", many=True)
    assert extract_field(page, probe, "") == ["£7.00", "£5.00"]


def test_a_camel_case_module_class_gives_its_words() -> None:
    element = lxml_html.fromstring('<span class="originalPrice_jEWt1 box">x</span>')
    assert {"original", "price", "originalprice", "box"} <= class_words(element)


def _card(n: int) -> str:
    price = 10 + n
    flags = "".join(
        [
            '<div class="newIn_P0oLk">New in</div>' if n in (0, 3, 6) else "",
            '<div class="lowStock_W2eRt">Low stock</div>' if n in (1, 3, 7) else "",
        ]
    )
    if n % 3 == 1:
        amount = (
            f'<span class="wasPrice_k3Jd9"><span class="amount__R4tY">£{price + 8}.00</span></span>'
            f'<span class="nowPrice_U7iOp"><span class="srText_Xy1Zq">Now</span> £{price}.00</span>'
        )
    else:
        amount = f'<span class="amount__R4tY">£{price}.00</span>'
    return (
        f'<article class="tile_Ab3xZ"><a class="tileLink_Q2w9E" href="/p/{n}-tee">'
        f'<div class="media_K8rTq"><img src="/img/{n}.jpg" alt="">{flags}</div>'
        f'<h2 class="tileTitle_Mn4pL">Relaxed cotton tee number {n}</h2>'
        f'<p class="priceBox_Zx81Q">{amount}</p></a>'
        '<div class="promo_Jk8Lp">Free delivery</div>'
        '<button type="button" class="bagButton_T5yHu">Add to bag</button></article>'
    )


def _spec_and_records() -> tuple[ScraperSpec, list[dict[str, object]]]:
    cards = "".join(_card(n) for n in range(10))
    page = f'<html><body><main><section class="grid_UkT3x">{cards}</section></main></body></html>'
    profile = build_profile(page, URL)
    return profile.spec, [dict(r) for r in extract_records(page, URL, profile.spec)]


def test_the_current_price_is_told_from_the_struck_one_of_the_same_module_class() -> None:
    spec, records = _spec_and_records()
    prices = [r["price"] for r in records]
    assert [p["amount"] if isinstance(p, dict) else p for p in prices] == [10 + n for n in range(10)]
    assert not any("[class*=" in f.selector and "price__" in f.selector for f in spec.fields)


def test_flags_shown_on_some_cards_are_one_list_of_badges() -> None:
    spec, records = _spec_and_records()
    badges = next(f for f in spec.fields if f.name == "badges")
    assert badges.many
    expected = [[t for t, on in (("New in", n in (0, 3, 6)), ("Low stock", n in (1, 3, 7))) if on] for n in range(10)]
    assert [r["badges"] or [] for r in records] == expected


def test_words_on_every_card_are_no_flag() -> None:
    _spec, records = _spec_and_records()
    shown = {v for r in records for v in r.values() if isinstance(v, str)}
    assert not {"Free delivery", "Add to bag"} & shown
    assert not any("Free delivery" in (r.get("badges") or []) for r in records)
