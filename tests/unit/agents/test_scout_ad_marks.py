"""Ad marks judged kind by kind, percentages beside prices, and short copies of a field.

A "promo" class on a deal line is no ad mark; a "Sponsored" caption beats a class word that many
cards carry; "8%" under a price class is a discount, not a price; "Smith J, et al." beside the
whole author list is a short view of it, not a field of its own.
"""

from __future__ import annotations

from tests.unit.agents.conftest import PRODUCT_NAMES as NAMES
from tests.unit.agents.conftest import list_page, spec_and_records

URL = "https://shop.example/c/widgets"


def _card(i: int, name: str, *, inner: str = "", classes: str = "cell") -> str:
    return (
        f'<div class="{classes}"><div class="box">{inner}<a class="name" href="/p/{100 + i}">{name}</a>'
        f'<span class="cost">${20 + i}.50</span><span class="stock">{3 + i} left</span></div></div>'
    )


def _titles(records: list[dict[str, object]]) -> list[object]:
    return [r["title"] for r in records]


def test_a_promo_deal_line_on_regular_cards_does_not_hide_the_captioned_ads() -> None:
    # Newegg: a "Limited time offer" line (p.item-promo) on several regular cells; the ads say "Sponsored".
    deal = '<p class="item-promo"><i class="item-promo-icon"></i>Limited time offer, ends 12/01</p>'
    ad = '<div class="ad-flag"><span class="flag-text">Sponsored</span></div>'
    cards = _card(90, "Gold Plated Whisk", inner=ad) + "".join(
        _card(i, n, inner=deal if i in (1, 4, 6) else "") for i, n in enumerate(NAMES)
    )
    cards += _card(91, "Diamond Spatula", inner=ad)
    spec, records = spec_and_records(list_page(cards), URL)
    assert _titles(records) == NAMES
    assert "promo" not in spec.record_selector  # left out by its caption, not by the deal line


def test_a_single_deal_card_is_a_record_not_an_ad() -> None:
    # A promotion text is a deal: its "promo" class sits on the line, not on the card.
    deal = '<div class="promo-banner">Limited time offer: free engraving</div>'
    cards = "".join(_card(i, n, inner=deal if i == 2 else "") for i, n in enumerate(NAMES))
    _spec, records = spec_and_records(list_page(cards), URL)
    assert _titles(records) == NAMES


def test_a_promo_class_on_the_card_itself_still_marks_an_ad() -> None:
    cards = _card(90, "Gold Plated Whisk", classes="cell cell--promo") + "".join(
        _card(i, n) for i, n in enumerate(NAMES)
    )
    _spec, records = spec_and_records(list_page(cards), URL)
    assert _titles(records) == NAMES


def test_a_sponsored_caption_beats_an_ad_class_word_on_every_card() -> None:
    # Every card holds an ad-slot observer (a class word of the ad kind); only the ads say "Sponsored".
    watcher = '<div class="ad-slot-observer"></div>'
    ad = '<span class="flag-text">Sponsored</span>'
    cards = _card(90, "Gold Plated Whisk", inner=watcher + ad) + "".join(
        _card(i, n, inner=watcher) for i, n in enumerate(NAMES)
    )
    spec, records = spec_and_records(list_page(cards), URL)
    assert _titles(records) == NAMES
    assert "ad-slot-observer" not in spec.record_selector


def test_a_percentage_under_a_price_class_is_a_discount_number() -> None:
    # "price-save-percent": the share taken off, beside the price; never a second price.
    cards = "".join(
        f'<li class="product"><a class="name" href="/p/{i}">{n}</a><ul class="price">'
        f'<li class="price-current">${100 + 9 * i}.99</li><li class="price-save">'
        f'<span class="price-save-percent">{"-" if i % 2 else ""}{5 + i}%</span></li></ul></li>'
        for i, n in enumerate(NAMES)
    )
    spec, records = spec_and_records(list_page(cards, '<ul class="grid">{}</ul>'), URL)
    field = next(f for f in spec.fields if f.selector.endswith("price-save-percent"))
    assert (field.name, field.type) == ("discount", "number")
    assert [f.name for f in spec.fields if f.type == "price"] == ["price"]
    assert [r[field.name] for r in records[:3]] == [5, -6, 7]


def test_a_short_view_of_a_field_is_dropped_and_the_full_copy_kept() -> None:
    # A literature search: authors and abstract printed twice, whole and cut short for small screens.
    people = ["Moreau L", "Ibarra T", "Okoye N", "Lindgren P", "Sato K", "Haddad R", "Novak E"]
    topics = ["sleep timing", "meal frequency", "light exposure", "shift work", "fasting windows", "night snacks"]

    def article(i: int, topic: str) -> str:
        authors = ", ".join(people[i : i + 3]) + "."
        abstract = (
            f"We studied {topic} in a cohort of {120 + i * 13} adults over two years and report "
            f"how {topic} relates to weight, glucose and blood pressure in daily life number {i}."
        )
        return (
            f'<article class="doc"><a class="doc-title" href="/{3000 + i}/">Effects of {topic} on health</a>'
            f'<span class="authors full-authors">{authors}</span>'
            f'<span class="authors short-authors">{people[i]}, et al.</span>'
            f'<div class="full-snippet">{abstract}</div><div class="short-snippet">{abstract[:70]}</div></article>'
        )

    cards = "".join(article(i, t) for i, t in enumerate(topics))
    spec, records = spec_and_records(list_page(cards), URL)
    values = [v for v in records[0].values() if isinstance(v, str)]
    assert ["Moreau L", "Ibarra T", "Okoye N"] in records[0].values()  # the whole list, split into names
    assert any(v.startswith("We studied sleep timing") and v.endswith("number 0.") for v in values)
    assert not any(v.endswith("et al.") for v in values)
    assert not any(".short-" in f.selector for f in spec.fields)
