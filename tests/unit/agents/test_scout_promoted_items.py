"""Items of the list's own template with one thing more: an editor's "promoted" class and a star
icon keep an item a record; a bare "Ad" word in a card of its own row makes it an ad, even where a
regular card's "Add to compare" holds the same letters."""

from __future__ import annotations

from tests.unit.agents.conftest import list_page, spec_and_records

URL = "https://help.example/sections/billing"
TITLES = [
    "How do I change my plan?",
    "Where is my invoice?",
    "Why was my card declined?",
    "Can I pay by bank transfer?",
    "How are taxes worked out?",
    "What happens when a trial ends?",
    "How do refunds reach me?",
]


def _article(i: int, title: str, promoted: bool = False) -> str:
    star = (
        '<svg class="icon-star" viewBox="0 0 12 12" title="Promoted article"><path d="M1 1h9v9z"/></svg>'
        if promoted
        else ""
    )
    state = " item-promoted" if promoted else ""
    return f'<li class="doc-item{state}">{star}<a class="doc-link" href="/articles/{100 + i}">{title}</a></li>'


def test_promoted_items_under_a_star_icon_are_records() -> None:
    # A help centre's pinned articles: the same item plus a state class and a text-less icon.
    items = "".join(_article(i, t, promoted=i < 2) for i, t in enumerate(TITLES))
    _spec, records = spec_and_records(list_page(items, '<main><ul class="docs">{}</ul></main>'), URL)
    assert [r["title"] for r in records] == TITLES


def test_a_promoted_class_with_a_promoted_caption_marks_an_ad() -> None:
    # A paid placement says so in words: "Promoted" beside the same class is an ad.
    def item(i: int, title: str, promoted: bool = False) -> str:
        state, caption = (" item-promoted", '<span class="note">Promoted</span>') if promoted else ("", "")
        return f'<li class="doc-item{state}"><a class="doc-link" href="/articles/{100 + i}">{title}</a>{caption}</li>'

    items = item(99, "Try our partner's budgeting app", promoted=True) + "".join(
        item(i, t) for i, t in enumerate(TITLES)
    )
    _spec, records = spec_and_records(list_page(items, '<main><ul class="docs">{}</ul></main>'), URL)
    assert [r["title"] for r in records] == TITLES


PHONES = [
    ("Nova Edge 5G", "12,999"),
    ("Zephyr Pro 5G", "17,499"),
    ("Orbit Lite 5G", "10,999"),
    ("Kite Max 5G", "15,999"),
    ("Pulse One 5G", "13,499"),
    ("Tidal S 5G", "11,299"),
]


def _phone(i: int, name: str, price: str, ad: bool = False) -> str:
    label = '<div class="q7x"><span>Ad</span></div>' if ad else ""
    return (
        f'<div class="r1 c12"><div class="k9" data-id="P{i}"><a class="z3" href="/p/{i}?pid=P{i}">'
        f'<label class="m2"><input type="checkbox"><span>Add to compare</span></label>'
        f'<div class="w4">{label}<div class="t8">{name}</div></div><div class="p5">₹{price}</div></a></div></div>'
    )


def test_an_ad_word_among_look_alike_cards_each_in_its_own_row_is_left_out() -> None:
    # Each card sits alone in a row: the ad's "Ad" word is told apart from "Add to compare" by its wrapper.
    cards = "".join(_phone(i, n, p) for i, (n, p) in enumerate(PHONES[:3]))
    cards += _phone(90, "Sponsored Phone 5G", "9,999", ad=True)
    cards += "".join(_phone(i, n, p) for i, (n, p) in enumerate(PHONES[3:], start=3))
    spec, records = spec_and_records(
        list_page(cards, '<main><div class="list">{}</div></main>'), "https://shop.example/search?q=5g"
    )
    assert [r["text"] for r in records] == [n for n, _ in PHONES]
    assert ":not(:has(" in spec.record_selector
