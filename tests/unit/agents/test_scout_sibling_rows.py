"""Sibling rows of a card that tell their fields apart by what they hold, not by their classes.

A Yelp-like line ``$$ • Capitol Hill`` (only hashed classes) is a price tier and a neighbourhood,
with a separator between them that is no value; a screen-reader sentence "Rating 4.8 out of 5
stars with 10,342 reviews" is the only written rating; badges that all carry the same extending
class (``badge badge-simple``) are one list whether a card shows one or two; rows with only hashed
classes keep their place by their inner shape when an optional row (a badge, an ad's missing
status line) comes and goes.
"""

from __future__ import annotations

from lxml import html as lxml_html

from agents.heuristics.dom import HtmlElement
from agents.heuristics.slots import Slot
from agents.heuristics.templateslots import collect_slots
from agents.heuristics.textowner import is_rating_caption, is_separator
from agents.heuristics.values import is_price_level

PLACES = [
    ("Menya Kouji", "$$", "Capitol Hill"),
    ("Hakata Hideaway", "$", "Fremont"),
    ("Kizuna Noodle Bar", "$$$", "Ballard"),
    ("Tonkotsu Taro", "$$", None),
    ("Shio and Smoke", None, "Belltown"),
    ("Yuzu Broth Co.", "$$", "Wallingford"),
]


def _records(cards: list[str]) -> list[HtmlElement]:
    root = lxml_html.fromstring(f"<html><body><ul>{''.join(cards)}</ul></body></html>")
    return list(root.iter("li"))


def _slot_holding(slots: list[Slot], value: str, kind: str = "text") -> Slot:
    return next(
        s for s in slots if s.kind == kind and any(o.value == value for occ in s.per_record.values() for o in occ)
    )


def _values(slot: Slot) -> list[str]:
    return [o.value for occ in slot.per_record.values() for o in occ]


def _place_card(name: str, price: str | None, area: str | None, separator: str) -> str:
    parts = [
        f'<span class="css-1pq7x2">{price}</span>' if price else "",
        f'<span class="css-4ar3a7">{area}</span>' if area else "",
    ]
    line = separator.join(p for p in parts if p)
    return (
        f'<li class="css-9kd2m1"><h3 class="css-h3n4m5"><a href="/biz/{name.lower().replace(" ", "-")}">{name}</a></h3>'
        f'<div class="css-l1n3e8">{line}</div></li>'
    )


def test_a_price_tier_in_currency_glyphs_is_a_kind_of_value_of_its_own() -> None:
    assert is_price_level("$$") and is_price_level("€€€") and is_price_level(" $ ")
    assert not is_price_level("$5") and not is_price_level("Capitol Hill") and not is_price_level("$$$$$")
    # A bare separator between the spans: the tier and the area are two fields, not one list.
    slots = collect_slots(_records([_place_card(n, p, a, " · ") for n, p, a in PLACES]))
    _assert_tier_and_area_apart(slots)


def _assert_tier_and_area_apart(slots: list[Slot]) -> None:
    """Two places, each mostly its own kind: a card showing only its area may line up with the
    others' tier, as places are counted from one end."""
    tier, area = _slot_holding(slots, "$$"), _slot_holding(slots, "Capitol Hill")
    assert tier is not area and not tier.many and not area.many
    assert sum(is_price_level(v) for v in _values(tier)) >= len(PLACES) - 2
    assert {"Fremont", "Ballard", "Wallingford"} <= set(_values(area))


def test_a_separator_element_is_neither_a_value_nor_a_sibling_item() -> None:
    separator = '<span class="css-u7l0gb" aria-hidden="true">•</span>'
    slots = collect_slots(_records([_place_card(n, p, a, separator) for n, p, a in PLACES]))
    assert not any("•" in v for s in slots for v in _values(s))
    _assert_tier_and_area_apart(slots)


def test_a_dash_in_a_cell_keeps_its_place() -> None:
    cell, span = (lxml_html.fromstring(f"<{tag}>—</{tag}>") for tag in ("td", "span"))
    assert not is_separator(cell)  # "—" in a table: the value is missing, the column stays
    assert is_separator(span)
    assert not is_separator(lxml_html.fromstring("<span>A / B</span>"))


def _product_card(name: str, rating: str, reviews: str) -> str:
    return (
        f'<li class="sku-item"><h4 class="sku-title"><a href="/site/{name.lower()}.p">{name}</a></h4>'
        f'<div class="ratings-reviews"><a class="c-ratings-reviews-link" href="/site/reviews/{name.lower()}">'
        f'<p class="visually-hidden">Rating {rating} out of 5 stars with {reviews} reviews</p>'
        f'<div class="c-stars" aria-hidden="true"><svg class="star"></svg></div>'
        f'<span class="c-reviews">({reviews})</span></a></div></li>'
    )


def test_a_caption_word_before_the_number_still_makes_a_rating_caption() -> None:
    for sentence in (
        "Rating 4.8 out of 5 stars",
        "Average rating: 4.2 out of 5",
        "Customer Rating 3.9 of 5",
        "Rated 4 / 5",
    ):
        assert is_rating_caption(lxml_html.fromstring(f'<p class="sr-only">{sentence}</p>')), sentence
    assert not is_rating_caption(lxml_html.fromstring('<p class="sr-only">Rating guide for 5 out of 10 shops</p>'))
    products = [("Boom", "4.8", "10,342"), ("Flip", "4.7", "612"), ("Clip", "4.6", "2,105"), ("Wave", "4.2", "88")]
    slots = collect_slots(_records([_product_card(*p) for p in products]))
    rating = _slot_holding(slots, "Rating 4.8 out of 5 stars with 10,342 reviews", kind="rating")
    assert len(rating.per_record) == len(products)


def _video_card(title: str, badges: list[str]) -> str:
    shown = "".join(f'<div class="badge badge-simple"><p class="label">{b}</p></div>' for b in badges)
    return (
        f'<li class="video"><h3 class="video-title"><a href="/watch?v={title[:4]}">{title}</a></h3>'
        f'<div class="badges">{shown}</div></li>'
    )


def test_siblings_sharing_one_extending_class_stay_one_list() -> None:
    videos = [
        ("Sourdough for beginners", ["HDR"]),
        ("Thirty days of bread", ["CC"]),
        ("Live Q and A", ["HDR", "CC"]),
        ("Why is my loaf flat", ["New"]),
        ("Starter from scratch", []),
        ("Crumb shots", ["New", "HDR"]),
    ]
    slots = collect_slots(_records([_video_card(t, b) for t, b in videos]))
    badges = [s for s in slots if s.kind == "text" and set(_values(s)) & {"HDR", "CC", "New"}]
    assert len(badges) == 1 and badges[0].many
    assert sorted(_values(badges[0])) == sorted(b for _, shown in videos for b in shown)


def test_siblings_told_apart_by_their_extending_class_are_fields() -> None:
    rows = [("Alpha", "Berlin", "Full-time"), ("Beta", "Paris", "Part-time"), ("Gamma", "Rome", "Contract")]
    cards = [
        f'<li class="job"><div class="views-field views-field-title">{t}</div>'
        f'<div class="views-field views-field-city">{c}</div><div class="views-field views-field-type">{k}</div></li>'
        for t, c, k in rows
    ]
    slots = collect_slots(_records(cards))
    assert _slot_holding(slots, "Berlin") is not _slot_holding(slots, "Full-time")
    assert not _slot_holding(slots, "Berlin").many


def _hashed_card(name: str, rating: str, snippet: str, badge: bool, status: bool) -> str:
    """A card whose rows all wrap their content in one more ``div`` (only hashed classes)."""
    rows = [
        f'<h3 class="css-h3n4m5"><a href="/biz/{name.lower()}">{name}</a></h3>',
        '<span class="css-s1a2b3">Hot and New</span>' if badge else "",
        f'<div class="css-st4rs1" role="img" aria-label="{rating} star rating"></div>'
        f'<span class="css-v4lu3x">{rating}</span>',
        '<span class="css-0p3n2x">Open</span><span class="css-0p3n3x">until 10 PM</span>' if status else "",
        f'<p class="css-p4r4gr">{snippet}</p>',
    ]
    wrapped = "".join(f'<div class="css-r0w001"><div class="css-r0w002">{row}</div></div>' for row in rows if row)
    return f'<li class="css-c4rd01"><div class="css-c0l001">{wrapped}</div></li>'


def test_rows_without_usable_classes_keep_their_place_when_an_optional_row_comes_and_goes() -> None:
    cards = [
        ("Menya", "4.5", "Rich broth and a long line at the weekend…", False, True),
        ("Hakata", "4.3", "Thin noodles cooked exactly as you ask…", False, True),
        ("Shio", "4.7", "A pop-up turned brick and mortar…", True, True),
        ("Kizuna", "4.6", "A short menu done really well…", False, True),
        ("Nirvana", "4.1", "Hand-pulled noodles, order ahead online…", False, False),  # an ad: no status row
        ("Taro", "4.2", "Huge portions and a spicy miso with real heat…", True, True),
    ]
    slots = collect_slots(_records([_hashed_card(*card) for card in cards]))
    for value in ("4.5", "Rich broth and a long line at the weekend…", "Open"):
        slot = _slot_holding(slots, value)
        expected = [c for c in cards if c[4]] if value == "Open" else cards
        assert len(slot.per_record) == len(expected), value
    rating = _slot_holding(slots, "4.5 star rating", kind="rating")
    assert len(rating.per_record) == len(cards)
