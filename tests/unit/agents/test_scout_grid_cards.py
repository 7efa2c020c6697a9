"""Product grids of hashed classes: extras of two kinds beside the cards, and prices in two styles.

Ad cards and a promotion tile share no mark: each is left out by its own ``:not``, or the cards are
named by a ``data-*`` attribute only they carry. A regular price and a sale price at one place,
told apart only by style classes, are one price on every card.
"""

from __future__ import annotations

from parsel import Selector

from agents.heuristics.anchors import build_selector
from tests.unit.agents.conftest import list_page, spec_and_records

URL = "https://shop.example/men/jackets/"
NAMES = [
    "Retro Down Jacket",
    "Trucker Denim Jacket",
    "Detroit Work Jacket",
    "Puffer Winter Jacket",
    "Fleece Zip Jacket",
    "Rain Shell Jacket",
    "Quilted Liner Jacket",
    "Wool Overshirt Jacket",
    "Field Cargo Jacket",
    "Harrington Jacket",
]
#: Atomic style classes, as a CSS-in-JS build writes them.
TEXT, REGULAR, SALE, STRUCK = "sDq_FX lystZ1", "FxZV-M HlZ_Tf", "dgII7d Km7l2y", "FxZV-M _65i7kZ r9BRio"


def _price(i: int) -> str:
    if i % 3 == 0:  # a regular card: the price alone, in the regular style
        return f'<p class="pVrzNP"><span class="{TEXT} {REGULAR}">£{100 + i}.00</span></p>'
    return (
        f'<p class="pVrzNP"><span class="{TEXT} {SALE}">£{50 + i}.00</span></p>'
        f'<p class="_4F506m"><span class="{TEXT} {REGULAR}">Originally: </span>'
        f'<span class="{TEXT} {STRUCK}">£{100 + i}.00</span></p>'
    )


def _card(i: int, name: str, *, kind: str = "SHOPPABLE", mark: str = "") -> str:
    return (
        f'<article class="z5x6ht JT3_zV" data-card-type="{kind}"><a class="_LM" href="/p/{i}-{i * 7}.html">'
        f'{mark}<h3 class="{TEXT}">{name}</h3><section class="EJ4MLB">{_price(i)}</section></a></article>'
    )


def _promotion_tile() -> str:
    return (
        '<article class="z5x6ht JT3_zV _9bD4Ef" data-card-type="PROMOTION"><a class="_LM" href="/campaigns/edit/">'
        f'<p class="{TEXT}">The Outerwear Edit</p><span class="{TEXT}">Shop now</span></a></article>'
    )


def _grid() -> str:
    ad = '<span class="z-flag" data-testid="sponsored-label">Sponsored</span>'
    cards = [_card(i, n) for i, n in enumerate(NAMES)]
    cards.insert(2, _card(90, "Sponsored Parka Jacket", kind="SPONSORED", mark=ad))
    cards.insert(5, _promotion_tile())
    cards.insert(8, _card(91, "Sponsored Gilet Jacket", kind="SPONSORED", mark=ad))
    return list_page("".join(cards))


def test_a_data_attribute_only_the_cards_carry_leaves_out_ads_and_a_promotion_tile() -> None:
    spec, records = spec_and_records(_grid(), URL)
    assert [r["title"] for r in records] == NAMES
    assert "data-card-type" in spec.record_selector


def test_extras_of_two_kinds_are_left_out_one_filter_at_a_time() -> None:
    # Ad cards marked by a caption, a promotion tile by a class: no one ":not" removes all three.
    ad = '<span class="ad-caption">Sponsored</span>'
    cards = [
        f'<li class="tile"><a href="/p/{i}">{n}</a><span class="cost">${20 + i}</span></li>'
        for i, n in enumerate(NAMES)
    ]
    cards.insert(1, f'<li class="tile">{ad}<a href="/p/90">Paid Parka</a><span class="cost">$9</span></li>')
    cards.insert(4, '<li class="tile tile-promo"><a href="/edit">The Outerwear Edit</a></li>')
    cards.insert(7, f'<li class="tile">{ad}<a href="/p/91">Paid Gilet</a><span class="cost">$8</span></li>')
    page = Selector(text=list_page("".join(cards), '<main><ul class="grid">{}</ul></main>'))
    members = [li.root for li in page.css("li.tile") if li.css("a[href^='/p/']") and not li.css(".ad-caption")]
    built = build_selector(page, members)
    assert built is not None
    assert [n.root for n in page.css(built[0])] == members


def test_a_regular_price_and_a_sale_price_in_different_styles_are_one_price() -> None:
    spec, records = spec_and_records(_grid(), URL)
    prices = [f.name for f in spec.fields if f.type == "price"]
    current = next(n for n in prices if any(r[n] == {"amount": 100.0, "currency": "GBP"} for r in records[:1]))
    expected = [float(100 + i if i % 3 == 0 else 50 + i) for i in range(len(NAMES))]
    assert [r[current]["amount"] if isinstance(r[current], dict) else None for r in records] == expected
