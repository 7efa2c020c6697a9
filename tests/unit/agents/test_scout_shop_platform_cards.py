"""Cards of self-hosted shop platforms: a lone sale price, stacked star icons, an unrated bar,
names cut short, badges classed by their label, a "regular" price beside the sale's."""

from __future__ import annotations

from tests.unit.agents.conftest import PRODUCT_NAMES, list_page, spec_and_records

URL = "http://127.0.0.1:8000/catalog/"


def _fields(html: str) -> tuple[dict[str, str], list[dict[str, object]]]:
    spec, records = spec_and_records(html, URL)
    return {f.name: f.selector for f in spec.fields}, records


def test_one_old_price_on_the_page_is_still_the_price_before_the_sale() -> None:
    cards = "".join(
        f'<div class="item"><h2 class="title"><a href="/p/{i}">{name}</a></h2><div class="prices">'
        + ('<span class="price old-price">$61.00</span>' if i == 3 else "")
        + f'<span class="price actual-price">${20 + i}.00</span></div></div>'
        for i, name in enumerate(PRODUCT_NAMES)
    )
    fields, records = _fields(list_page(cards))
    old = next(name for name, css in fields.items() if "old-price" in css)
    assert [r.get(old) for r in records][3] is not None
    assert sum(r.get(old) is not None for r in records) == 1


def _stack(full: bool) -> str:
    solid = '<i class="fa-solid fa-star fa-stack-1x"></i>' if full else ""
    return f'<span class="fa-stack">{solid}<i class="fa-regular fa-star fa-stack-1x"></i></span>'


def test_font_awesome_stacked_stars_count_their_solid_layers() -> None:
    stars = [4, 5, 3, 4, 2, 5]
    cards = "".join(
        f'<div class="thumb"><h4><a href="/p/{i}">{name}</a></h4><span class="price">${30 + i}.00</span>'
        f'<div class="rating">{"".join(_stack(n < s) for n in range(5))}</div>'
        '<button title="Add to cart"><i class="fa-solid fa-cart-shopping"></i></button></div>'
        for i, (name, s) in enumerate(zip(PRODUCT_NAMES, stars, strict=False))
    )
    _, records = _fields(list_page(cards))
    assert [r.get("rating") for r in records] == [4.0, 5.0, 3.0, 4.0, 2.0, 5.0]


def test_an_empty_star_bar_is_no_rating() -> None:
    widths = [80, 0, 100, 60, 0, 40]
    cards = "".join(
        f'<div class="item"><h2><a href="/p/{i}">{name}</a></h2><span class="price">${30 + i}.00</span>'
        f'<div class="rating"><div style="width: {w}%"></div></div></div>'
        for i, (name, w) in enumerate(zip(PRODUCT_NAMES, widths, strict=False))
    )
    _, records = _fields(list_page(cards))
    assert [r.get("rating") for r in records] == [4.0, None, 5.0, 3.0, None, 2.0]


def test_a_name_cut_short_is_read_whole_from_the_photo_alt() -> None:
    names = [
        "Pleated linen summer skirt with side pockets",
        "Canvas tote",
        "Recycled wool cardigan with horn buttons",
        "Suede loafers",
        "Silk scarf",
        "Waxed cotton field jacket in olive green",
    ]
    cards = "".join(
        f'<article class="product"><a class="thumbnail" href="/p/{i}"><img src="/i/{i}.jpg" alt="{name}"></a>'
        f'<h2 class="product-title"><a href="/p/{i}">{name if len(name) <= 30 else name[:27] + "..."}</a></h2>'
        f'<span class="price">€{30 + i}.00</span></article>'
        for i, name in enumerate(names)
    )
    _, records = _fields(list_page(cards))
    assert [r.get("title") for r in records] == names


def test_flags_classed_by_their_label_are_one_list_with_the_discount() -> None:
    flags = [["-15%", "New"], ["New"], [], ["-40%"], ["Sold out"], ["-€5.00", "New"], ["New"], []]
    classes = {"New": "new", "Sold out": "sold-out"}
    cards = "".join(
        f'<article class="product"><h2 class="product-title"><a href="/p/{i}">{name}</a></h2>'
        f'<span class="price">€{30 + i}.00</span><ul class="card-badges">'
        + "".join(f'<li class="card-badge {classes.get(f, "sale")}">{f}</li>' for f in run)
        + "</ul></article>"
        for i, (name, run) in enumerate(zip(PRODUCT_NAMES, flags, strict=False))
    )
    fields, records = _fields(list_page(cards))
    listed = [name for name, css in fields.items() if "card-badge" in css]
    assert len(listed) == 1
    assert [r.get(listed[0]) or [] for r in records] == flags


def test_a_regular_price_beside_the_sale_price_is_the_old_one() -> None:
    cards = "".join(
        f'<article class="product"><h2><a href="/p/{i}">{name}</a></h2><div class="prices">'
        + (f'<span class="regular-price" aria-label="Regular price">€{50 + i}.00</span>' if i % 2 == 0 else "")
        + f'<span class="price" aria-label="Price">€{30 + i}.00</span></div></article>'
        for i, name in enumerate(PRODUCT_NAMES)
    )
    fields, _ = _fields(list_page(cards))
    assert fields.get("price") == "span.price"
    assert "regular-price" in fields.get("old_price", "")


def test_a_lone_regular_price_is_the_price() -> None:
    cards = "".join(
        f'<article class="product"><h2><a href="/p/{i}">{name}</a></h2><div class="price__regular">'
        f'<span class="price-item price-item--regular">€{30 + i}.00</span></div></article>'
        for i, name in enumerate(PRODUCT_NAMES)
    )
    fields, _ = _fields(list_page(cards))
    assert "old_price" not in fields and "price-item" in fields.get("price", "")
