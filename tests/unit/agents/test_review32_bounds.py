"""Reproducers for the review of 9ccdb8f..c6dfbbf (+ 63ca90c). Each test FAILS at c6dfbbf.

Run: pytest tests/unit/agents/test_review32_bounds.py
"""

from __future__ import annotations

import json
from typing import Any

from agents.scout import analyze_page
from pipeline.core.extract import extract_records

URL = "https://shop.test/list/"
NAV = ["News", "World", "Business", "Tech", "Science", "Culture"]


def _page(main: str) -> str:
    menu = "".join(f'<li><a href="/{n.lower()}/">{n}</a></li>' for n in NAV)
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>List</title></head><body>'
        f'<header><a class="logo" href="/">Site</a><nav><ul class="menu">{menu}</ul></nav></header>'
        f'<main>{main}</main><footer class="site-footer"><p>© 2025 Site Ltd.</p></footer></body></html>'
    )


def _records(body: str) -> list[dict[str, Any]]:
    profile = analyze_page(body.encode(), URL)
    return [json.loads(json.dumps(dict(r), default=str)) for r in extract_records(body.encode(), URL, profile.spec)]


# --- 1. rowspan varying spans: the last record swallows the block after it -------------------

POSTS = [
    "Why sourdough starters need a rest day",
    "The quiet comeback of the paper map",
    "Rail strike talks resume after weekend pause",
    "A field guide to urban foxes",
    "Inside the last typewriter repair shop",
    "City council delays vote on cycle lanes",
    "Five winter soups that freeze well",
]
AUTHORS = ["Jane Doe", "Marcus Reid", "Priya Nair", "Tom Becker", "Ana Lima", "Sam Oakes", "Lea Vogel"]


def test_pager_paragraph_after_the_last_post_is_no_excerpt_of_it() -> None:
    runs = "".join(
        f'<h2><a href="/posts/{i}/">{t}</a></h2><div class="byline"><span class="author">{AUTHORS[i]}</span>'
        f' · <time datetime="2025-03-{10 + i}">{10 + i} March 2025</time></div>'
        + (f"<p>What the post says about {t.lower()}, in a line or two.</p>" if i % 2 == 1 else "")
        for i, t in enumerate(POSTS)
    )
    body = _page(f'<div class="posts">{runs}<p class="older"><a href="/page/2/">Older posts »</a></p></div>')
    records = _records(body)
    assert len(records) == len(POSTS)
    # c6dfbbf: the last post (no excerpt) gets description "Older posts »"
    assert not any("Older posts" in str(v) for v in records[-1].values()), records[-1]


# --- 2. classdepths: a wrapped old price on a sale card joins the price -------------------------

PRODUCTS = ["Copper Kettle", "Walnut Tray", "Linen Apron", "Stoneware Mug", "Oak Ladle"]
PRODUCTS += ["Wool Throw", "Glass Carafe", "Cast Iron Pan", "Bamboo Board", "Enamel Colander"]
PRICES = [34.0, 22.5, 18.0, 12.95, 9.5, 64.0, 27.0, 45.0, 15.0, 31.0]


def _price_amount(value: Any) -> float | None:
    return value.get("amount") if isinstance(value, dict) else None


def test_wrapped_was_price_of_one_sale_card_is_not_its_price() -> None:
    def card(i: int, name: str) -> str:
        if i == 2:  # one card on sale: the old price wrapped in div.was, the price in strong.now
            price = (
                f'<div class="was"><span class="price">${PRICES[i]:.2f}</span></div><strong class="now">$13.00</strong>'
            )
        else:
            price = f'<span class="price">${PRICES[i]:.2f}</span>'
        return (
            f'<li class="product"><a href="/p/{i}"><img src="/img/{i}.jpg" alt="{name}"></a>'
            f'<div class="info"><h3 class="name"><a href="/p/{i}">{name}</a></h3>{price}</div></li>'
        )

    body = _page('<ul class="products">' + "".join(card(i, p) for i, p in enumerate(PRODUCTS)) + "</ul>")
    sale = next(r for r in _records(body) if r.get("title") == "Linen Apron")
    # c6dfbbf: price == 18.0 (the old price, via the joined selector 'span.price'); 9ccdb8f: None
    assert _price_amount(sale.get("price")) != 18.0, sale


# --- 3. labelledlines: a timetable's sessions collapse into one record per day ------------------

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
CLASSES = [
    ["Yoga", "Spin", "Pilates"],
    ["Boxing", "Yoga", "Zumba"],
    ["Spin", "Barre", "Yoga"],
    ["Pilates", "Boxing", "Spin"],
    ["Zumba", "Yoga", "Barre"],
    ["Yoga", "Barre", "Spin"],
]
TRAINERS = ["Ana Lima", "Tom Becker", "Sam Oakes"]


def test_timetable_rows_keyed_by_time_are_sessions_not_fields_of_a_day() -> None:
    records = _records(_timetable_times(["07:00", "12:30", "18:00"]))
    # c6dfbbf: 6 records (one per day, fields f_07_00, f_12_30, f_18_00); 9ccdb8f: 18 sessions
    assert len(records) == 18, [sorted(r) for r in records[:2]]


def _timetable_times(times: list[str]) -> str:
    days = ""
    for d, day in enumerate(DAYS):
        rows = "".join(
            f'<tr><th>{times[k]}</th><td><a href="/classes/{c.lower()}-{d}{k}">{c}</a>'
            f" with {TRAINERS[(d + k) % 3]}</td></tr>"
            for k, c in enumerate(CLASSES[d])
        )
        days += f'<div class="day"><h3>{day}</h3><table class="slots"><tbody>{rows}</tbody></table></div>'
    return _page(f'<div class="week">{days}</div>')


def test_timetable_items_opening_with_a_part_of_day_are_sessions() -> None:
    parts = ["Morning", "Lunchtime", "Evening"]
    days = ""
    for d, day in enumerate(DAYS):
        items = "".join(
            f'<li>{parts[k]}: <a href="/classes/{c.lower()}-{d}{k}">{c}</a> with {TRAINERS[(d + k) % 3]}</li>'
            for k, c in enumerate(CLASSES[d])
        )
        days += f'<div class="day"><h3>{day}</h3><ul class="slots">{items}</ul></div>'
    records = _records(_page(f'<div class="week">{days}</div>'))
    # c6dfbbf: 6 day records with fields morning/lunchtime/evening; 9ccdb8f: 18 sessions
    assert len(records) == 18, [sorted(r) for r in records[:2]]


# --- 4. usefulslots._SHARED_CODE: a shared lower-case condition is dropped ----------------------


def _microdata_shop(condition: str) -> str:
    cards = "".join(
        f'<li class="product" itemscope itemtype="https://schema.org/Product">'
        f'<a itemprop="url" href="/p/{i}"><span itemprop="name">{p}</span></a>'
        f'<div itemprop="offers" itemscope itemtype="https://schema.org/Offer">'
        f'<meta itemprop="itemCondition" content="{condition}"><meta itemprop="priceCurrency" content="EUR">'
        f'<span itemprop="price" content="{PRICES[i]}">{PRICES[i]:.2f} €</span></div></li>'
        for i, p in enumerate(PRODUCTS[:8])
    )
    return _page(f'<ul class="products">{cards}</ul>')


def test_a_used_condition_every_offer_shares_is_kept_as_new_is() -> None:
    kept = {c: any(c in r.values() for r in _records(_microdata_shop(c))) for c in ("new", "used", "refurbished")}
    # 63ca90c: {'new': True, 'used': False, 'refurbished': False}; before it all True
    assert kept == {"new": True, "used": True, "refurbished": True}, kept


def test_timetable_items_labelled_by_room_each_linking_to_its_class_are_sessions() -> None:
    rooms = ["Studio", "Hall", "Pool"]
    days = ""
    for d, day in enumerate(DAYS):
        items = "".join(
            f'<li>{rooms[k]}: <a href="/classes/{c.lower()}-{d}{k}">{c}</a> with {TRAINERS[(d + k) % 3]}</li>'
            for k, c in enumerate(CLASSES[d])
        )
        days += f'<div class="day"><h3>{day}</h3><ul class="slots">{items}</ul></div>'
    records = _records(_page(f'<div class="week">{days}</div>'))
    # each row links to a page of its own and the day links nowhere: the rows are the records
    assert len(records) == 18, [sorted(r) for r in records[:2]]


def _sale_card_price(price_html: str) -> Any:
    def card(i: int, name: str) -> str:
        price = price_html if i == 2 else f'<span class="price">${PRICES[i]:.2f}</span>'
        return (
            f'<li class="product"><a href="/p/{i}"><img src="/img/{i}.jpg" alt="{name}"></a>'
            f'<div class="info"><h3 class="name"><a href="/p/{i}">{name}</a></h3>{price}</div></li>'
        )

    body = _page('<ul class="products">' + "".join(card(i, p) for i, p in enumerate(PRODUCTS)) + "</ul>")
    return next(r for r in _records(body) if r.get("title") == "Linen Apron").get("price")


def test_a_price_wrapped_in_an_old_price_step_alone_is_not_the_price() -> None:
    # no sale price beside it: the wrapper's class alone says it is the price before the sale
    assert _price_amount(_sale_card_price('<div class="was-price"><span class="price">$18.00</span></div>')) != 18.0


def test_a_wrapped_price_beside_another_price_is_not_joined() -> None:
    # the wrapper says nothing, but the card shows another price outside it: which is the price is not told
    price = '<div class="deal"><span class="price">$18.00</span></div><strong class="now">$13.00</strong>'
    assert _price_amount(_sale_card_price(price)) != 18.0
