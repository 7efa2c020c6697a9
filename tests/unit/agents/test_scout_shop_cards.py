"""Shop cards: a variable product's price range, a photo with its hover swap, component hooks."""

from __future__ import annotations

from lxml import html as lxml_html

from agents.heuristics.assemble import build_profile
from agents.heuristics.classtokens import is_hashed
from agents.heuristics.dom import analysing, build_index
from agents.heuristics.siblings import sibling_mode
from agents.heuristics.stylable import is_state_class
from pipeline.core.extract import extract_records
from pipeline.core.schemas import ScraperSpec

URL = "https://shop.example/shop/"
RANGES = {1: (8.9, 24.9), 4: (12.5, 30.0), 7: (5.0, 9.5)}
SALES = {2: (19.0, 15.0), 5: (40.0, 32.0)}


def _price(n: int) -> str:
    amount = '<span class="amount"><bdi>${:.2f}</bdi></span>'.format
    if n in RANGES:
        low, high = RANGES[n]
        return f'{amount(low)} <span aria-hidden="true">&ndash;</span> {amount(high)}'
    if n in SALES:
        old, new = SALES[n]
        return f"<del>{amount(old)}</del> <ins>{amount(new)}</ins>"
    return amount(10 + n)


def _shop_page() -> str:
    cards = "".join(
        f'<li class="product"><a class="product-link" href="/product/item-{n}/">'
        f'<img src="/img/{n}.jpg" alt=""><h2 class="product-title">Roasted coffee blend {n}</h2>'
        f'<span class="price">{_price(n)}</span></a>'
        f'<a class="button" href="?add-to-cart={n}">Add to cart</a></li>'
        for n in range(12)
    )
    return f'<html><body><main><ul class="products">{cards}</ul></main></body></html>'


def _spec_and_records(page: str) -> tuple[ScraperSpec, list[dict[str, object]]]:
    spec = build_profile(page, URL).spec
    return spec, [dict(r) for r in extract_records(page, URL, spec)]


def _amount(value: object) -> object:
    return value["amount"] if isinstance(value, dict) else value


def test_the_top_end_of_a_price_range_is_a_column_of_its_own() -> None:
    spec, records = _spec_and_records(_shop_page())
    assert "price_max" in {f.name for f in spec.fields}
    assert [_amount(r["price_max"]) for r in records] == [RANGES[n][1] if n in RANGES else None for n in range(12)]
    lows = [RANGES[n][0] if n in RANGES else SALES[n][1] if n in SALES else 10 + n for n in range(12)]
    assert [_amount(r["price"]) for r in records] == lows
    assert [_amount(r["old_price"]) for r in records] == [SALES[n][0] if n in SALES else None for n in range(12)]


def _runs(markup: str) -> list[list[lxml_html.HtmlElement]]:
    root = lxml_html.fromstring(markup)
    return [list(p) for p in root.xpath("//p")]


def test_prices_joined_by_a_dash_or_to_are_two_places_and_a_second_lone_price_is_read_from_its_start() -> None:
    ranged = "<div><p><b>$8</b> – <b>$24</b></p><p><b>$9</b></p><p><b>$5</b> to <b>$7</b></p><p><b>$3</b></p></div>"
    assert sibling_mode(_runs(ranged)) == "positional"
    loose = "<div><p><b>$8</b> <i>or</i> <b>$24</b> with the bundle</p><p><b>$9</b></p><p><b>$3</b></p></div>"
    assert sibling_mode(_runs(loose)) == "single"
    struck = '<div><p><b>$8</b> – <b class="old-price">$24</b></p><p><b>$9</b></p><p><b>$3</b></p></div>'
    assert sibling_mode(_runs(struck)) == "positional"


def _gallery_page(alt_of_second: str | None = None) -> str:
    cards = "".join(
        f'<div class="card"><a class="card-media" href="/p/vase-{n}">'
        f'<picture><img src="/photo/{n}-front.jpg" alt="Stoneware vase {n}" width="300" height="300"></picture>'
        f'<picture><img src="/photo/{n}-back.jpg" alt="{alt_of_second or f"Stoneware vase {n}"}" '
        'width="300" height="300" loading="lazy"></picture></a>'
        f'<h3 class="card-name"><a href="/p/vase-{n}">Stoneware vase {n}</a></h3>'
        f'<span class="card-price">${20 + n}.00</span></div>'
        for n in range(10)
    )
    return f'<html><body><main><div class="gallery">{cards}</div></main></body></html>'


def test_a_photo_and_its_hover_swap_stacked_in_one_box_are_one_picture() -> None:
    spec, records = _spec_and_records(_gallery_page())
    images = [f for f in spec.fields if f.type == "image"]
    assert len(images) == 1
    assert [r[images[0].name] for r in records] == [f"https://shop.example/photo/{n}-front.jpg" for n in range(10)]


def test_two_pictures_of_different_alt_texts_stay_two() -> None:
    spec, _ = _spec_and_records(_gallery_page(alt_of_second="Glaze detail"))
    assert len([f for f in spec.fields if f.type == "image"]) == 2


def test_a_makers_logo_beside_the_photo_gives_no_picture_column() -> None:
    spec, _ = _spec_and_records(_gallery_page(alt_of_second="Maker's logo"))
    assert len([f for f in spec.fields if f.type == "image"]) == 1


def _hooked_page() -> str:
    cards = "".join(
        f'<li class="sF3ApwS"><div data-hook="product-item-root" class="sHY9lYb oZgqY2S---imageRatio-5-1-1">'
        f'<a href="/product-page/lamp-{n}" class="sA1e5ZH" data-hook="product-item-link">'
        f'<h3 class="sHGZ4zO oDs3Hm3---typography-11-runningText" data-hook="product-item-name">Brass lamp {n}</h3>'
        f'<div data-hook="product-item-price-wrapper" class="sp5jg7t">'
        f'<span data-hook="product-item-price-to-pay" class="s0rnXBa oFZ5Jnr---priority-7-primary">${30 + n}.00</span>'
        f'</div></a><p data-hook="product-item-tagline" class="sq7Rt2a oDs3Hm3---typography-11-runningText">'
        f"{'Hand-finished brass' if n % 2 else 'Made to order'} lamp</p></div></li>"
        for n in range(10)
    )
    return f'<html><body><main><ul class="sBnB6sh" data-hook="product-list">{cards}</ul></main></body></html>'


def test_component_hooks_anchor_and_name_the_fields_of_hashed_cards() -> None:
    spec, records = _spec_and_records(_hooked_page())
    by_name = {f.name: f for f in spec.fields}
    assert by_name["title"].selector == '[data-hook="product-item-name"]'
    assert 'data-hook="product-item-price-to-pay"' in by_name["price"].selector
    assert "tagline" in by_name
    assert not any("typography" in f.name or "running" in f.name for f in spec.fields)
    assert [_amount(r["price"]) for r in records] == [30 + n for n in range(10)]


def test_stylable_states_and_their_namespaces_are_generated() -> None:
    assert is_state_class("oDs3Hm3---priority-7-primary")
    assert is_state_class("oZgqY2S---imageRatio-5-1-1")
    assert not is_state_class("card--large")
    root = lxml_html.fromstring(_hooked_page())
    with analysing(build_index(root)):
        assert is_hashed("oDs3Hm3---typography-11-runningText")
        assert is_hashed("oDs3Hm3")
        assert is_hashed("sHGZ4zO")
        assert not is_hashed("mainNav")
