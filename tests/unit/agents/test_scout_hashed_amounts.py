"""Hashed classes (CSS modules, styled-components): sale prices, counts and captions told apart by
what they read and by their data attributes, never by a class word.

A discount block's struck price and final price share one slot key once their classes say
nothing; so do a price and the place beside it. The higher price shown first, or one captioned
"Regular Price", is the price before the sale. "14 Comments" before a screen-reader tail is the
comment count; "From shop" before a short shop name leaves the name its own value.
"""

from __future__ import annotations

from lxml import html as lxml_html

from agents.heuristics.attributeanchors import attribute_anchors
from agents.heuristics.fieldcandidates import candidates, chain_from
from tests.unit.agents.conftest import spec_and_records

URL = "https://store.example/search/"
GAMES = ["Hades", "Dead Cells", "Brotato", "Balatro", "Noita", "Inscryption", "Celeste", "Tunic"]


def _page(cards: str) -> str:
    return (
        '<html><body><header class="css-0a0a0a0a0a"><a href="/">Store</a></header>'
        f'<main><div class="css-1b1b1b1b1b">{cards}</div></main></body></html>'
    )


def _game(i: int, name: str) -> str:
    sale = i % 2 == 0
    prices = (
        f'<div class="css-2c2c2c2c2c">-50%</div><div class="css-3d3d3d3d3d">'
        f'<div class="css-4e4e4e4e4e">${20 + i}.99</div><div class="css-5f5f5f5f5f">${10 + i}.49</div></div>'
        if sale
        else f'<div class="css-3d3d3d3d3d"><div class="css-5f5f5f5f5f">${10 + i}.49</div></div>'
    )
    return (
        f'<a class="css-6a6a6a6a6a" href="/app/{i}/"><div class="css-7b7b7b7b7b"><span class="css-8c8c8c8c8c">'
        f'{name}</span></div><div class="css-9d9d9d9d9d">{prices}</div></a>'
    )


def test_a_struck_price_shown_first_is_the_price_before_the_sale() -> None:
    _, records = spec_and_records(_page("".join(_game(i, n) for i, n in enumerate(GAMES))), URL)
    assert [r.get("price") for r in records] == [{"amount": float(f"{10 + i}.49"), "currency": "USD"} for i in range(8)]
    olds = [r.get("old_price") for r in records]
    assert olds == [{"amount": float(f"{20 + i}.99"), "currency": "USD"} if i % 2 == 0 else None for i in range(8)]


def _brake(i: int, name: str) -> str:
    if i % 3 == 0:
        box = (
            '<span class="css-aa11aa11aa"><span class="css-bb22bb22bb">'
            '<span class="css-cc33cc33cc">Special Price</span>'
            f'<span data-price-type="finalPrice" class="css-dd44dd44dd"><span class="css-ee55ee55ee">${100 + i}.00'
            '</span></span></span></span><span class="css-ff66ff66ff"><span class="css-bb22bb22bb">'
            '<span class="css-cc33cc33cc">Regular Price</span><span data-price-type="oldPrice" class="css-dd44dd44dd">'
            f'<span class="css-ee55ee55ee">${150 + i}.00</span></span></span></span>'
        )
    else:
        box = (
            f'<span class="css-bb22bb22bb"><span data-price-type="finalPrice" class="css-dd44dd44dd">'
            f'<span class="css-ee55ee55ee">${100 + i}.00</span></span></span>'
        )
    return (
        f'<li class="css-1a2b3c4d5e"><a class="css-2b3c4d5e6f" href="/p/{i}.html"><img src="/i/{i}.jpg" alt=""></a>'
        f'<strong class="css-3c4d5e6f7a"><a href="/p/{i}.html">{name} disc brake</a></strong>'
        f'<div class="css-4d5e6f7a8b">{box}</div></li>'
    )


def test_a_price_captioned_regular_price_after_the_special_price_is_the_price_before() -> None:
    brakes = "".join(_brake(i, n) for i, n in enumerate(GAMES))
    spec, records = spec_and_records(_page(f'<ol class="css-5e6f7a8b9c">{brakes}</ol>'), URL)
    assert [r.get("price") for r in records] == [{"amount": 100.0 + i, "currency": "USD"} for i in range(8)]
    olds = [r.get("old_price") for r in records]
    assert olds == [{"amount": 150.0 + i, "currency": "USD"} if i % 3 == 0 else None for i in range(8)]
    assert all("css-" not in f.selector for f in spec.fields)


def test_a_data_attribute_word_anchors_a_value_whose_classes_are_hashed() -> None:
    root = lxml_html.fromstring(_brake(0, "Hades"))
    element = root.xpath('.//span[@data-price-type="oldPrice"]/span')[0]
    assert 'span[data-price-type="oldPrice"] span' in candidates(root, element)
    assert not attribute_anchors(chain_from(root, root.xpath(".//strong/a")[0]))


PLACES = ["SE Portland", "Beaverton", "NE Alberta", "Sellwood", "Gresham", "Hillsboro", "Tigard", "Camas"]


def test_a_price_and_the_place_beside_it_are_two_fields() -> None:
    cards = "".join(
        f'<li class="css-7a7a7a7a7a"><a href="/d/item-{i}.html"><div class="css-8b8b8b8b8b">Road bike number {i}'
        f'</div><div class="css-9c9c9c9c9c">{"" if i == 5 else f"<div class=css-0d0d0d0d0d>${100 * (i + 1)}</div>"}'
        f'<div class="css-1e1e1e1e1e">{place}</div></div></a></li>'
        for i, place in enumerate(PLACES)
    )
    _, records = spec_and_records(_page(f'<ol class="css-2f2f2f2f2f">{cards}</ol>'), URL)
    assert [r.get("price") for r in records] == [
        None if i == 5 else {"amount": 100.0 * (i + 1), "currency": "USD"} for i in range(8)
    ]
    assert any([r.get(name) for r in records] == PLACES for name in records[0])


def test_a_comment_count_before_a_screen_reader_tail_is_the_count() -> None:
    posts = "".join(
        f'<article class="css-3a3a3a3a3a"><h2 class="css-4b4b4b4b4b"><a href="/2026/03/{i + 1}/story-{i}/">'
        f"Harbour story number {i} makes the news</a></h2><p>Summary of story {i}, told at some length here.</p>"
        f'<footer class="css-5c5c5c5c5c"><span class="css-6d6d6d6d6d"><a href="/2026/03/{i + 1}/story-{i}/#comments">'
        f'{3 * i + 2} Comments<span class="css-7e7e7e7e7e"> on Harbour story number {i} makes the news</span>'
        "</a></span></footer></article>"
        for i in range(8)
    )
    spec, records = spec_and_records(_page(posts), URL)
    counts = [f.name for f in spec.fields if f.type == "number"]
    assert counts, spec.fields
    assert [r.get(counts[0]) for r in records] == [3 * i + 2 for i in range(8)]


SHOPS = ["LetteredLane", "FernAndFungi", "ClayAndKilnStudio", "PurrAndPour", "BlueHeronPottery", "KilnKids"]


def test_a_short_name_after_a_caption_child_is_one_value_in_every_record() -> None:
    cards = "".join(
        f'<li class="css-8f8f8f8f8f"><a href="/listing/{i}/mug"><h3 class="css-9a9a9a9a9a">Handmade mug number {i}'
        f'</h3><p class="css-0b0b0b0b0b"><span class="css-1c1c1c1c1c">From shop </span>{shop}</p></a></li>'
        for i, shop in enumerate(SHOPS)
    )
    _, records = spec_and_records(_page(f'<ol class="css-2d2d2d2d2d">{cards}</ol>'), URL)
    assert any([r.get(name) for r in records] == SHOPS for name in records[0])
