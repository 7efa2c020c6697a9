"""Fields of the twelfth wave's cards: photo carousels, an icon link beside a name, a stretched card
link named by its aria-label, and rare fields that are clearly data (an old price, a standfirst)."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from agents.heuristics.nodevalues import rating_caption
from agents.heuristics.siblings import is_repeated_list, sibling_mode
from agents.heuristics.templateslots import collect_slots
from agents.heuristics.usefulslots import is_useful
from tests.unit.agents.conftest import list_page, spec_and_records

NAMES = ["Alfama", "Baixa", "Chiado", "Belem", "Graca", "Estrela", "Lapa", "Campo", "Areeiro", "Alvalade"]


def _element(markup: str) -> lxml_html.HtmlElement:
    return lxml_html.fragment_fromstring(markup)


def _stay(n: int) -> str:
    slides = "".join(
        f'<div role="group" aria-roledescription="slide" aria-label="{i} of 5">'
        f'<a href="/rooms/{n}"><picture><img src="/im/{n}-{i}.jpg" alt=""></picture></a></div>'
        for i in range(1, 6)
    )
    return (
        f'<div class="card"><div role="group" aria-roledescription="carousel">{slides}</div>'
        f'<a href="/rooms/{n}"><h3>Flat in {NAMES[n]}</h3></a><span>€{100 + n * 7} night</span></div>'
    )


def test_a_photo_carousel_is_one_field_and_its_slide_labels_are_no_ratings() -> None:
    spec, records = spec_and_records(list_page("".join(_stay(n) for n in range(8))), "https://stays.example/s/")
    assert len(records) == 8
    images = [f for f in spec.fields if f.type == "image"]
    assert len(images) <= 1, [(f.name, f.selector) for f in images]
    assert all(f.many for f in images)
    assert not [f for f in spec.fields if f.type == "rating"], [(f.name, f.selector) for f in spec.fields]


@pytest.mark.parametrize(
    ("caption", "rating"),
    [("1 of 5", False), ("Photo 3 / 5", False), ("Rated 4 of 5", True), ("4 out of 5", True), ("3.5 of 5", True)],
)
def test_the_place_of_a_slide_is_no_rating(caption: str, rating: bool) -> None:
    assert bool(rating_caption(_element(f'<div aria-label="{caption}"><img src="/a.jpg"></div>'))) is rating


def test_bare_pictures_side_by_side_in_every_card_are_one_list() -> None:
    cards = [
        _element(f'<div><span><a href="/p/{n}"><img src="/p/{n}-{i}.jpg"></a></span></div>')
        for n in range(5)
        for i in range(1, 5)
    ]
    runs = [[c[0] for c in cards[k : k + 4]] for k in range(0, 20, 4)]
    assert is_repeated_list(runs)


def _package(n: int, typed: bool) -> str:
    icon = f'<a href="/package/@types/pkg{n}"><img src="/types.svg" alt="DefinitelyTyped icon"></a>' if typed else ""
    return (
        f'<section><div><a href="/package/pkg{n}"><h3>pkg-{NAMES[n].lower()}</h3></a>{icon}</div>'
        f"<p>A library number {n} for dates</p>"
        f'<div><a href="/~user{n % 3}">user{n % 3}</a></div></section>'
    )


def test_an_icon_only_link_beside_a_name_does_not_make_the_name_a_list() -> None:
    runs = [[_element('<a href="/package/a"><h3>a</h3></a>')] for _ in range(5)]
    runs[2].append(_element('<a href="/package/@types/a"><img src="/t.svg"></a>'))
    assert sibling_mode(runs) == "positional"
    page = list_page("".join(_package(n, typed=n == 3) for n in range(8)), '<main id="main">{}</main>')
    _spec, records = spec_and_records(page, "https://pkgs.example/search?q=date")
    assert [r["title"] for r in records] == [f"pkg-{name.lower()}" for name in NAMES[:8]]
    assert records[0]["url"] == "https://pkgs.example/package/pkg0"


def _story(n: int, comments: bool) -> str:
    count = f'<a href="/tech/{n}#comments" aria-label="{n} comments"><span>{n * 11}</span></a>' if comments else ""
    return (
        f'<li><div class="card"><a href="/tech/2025/story-{n}" aria-label="Story number {n} about {NAMES[n]}"></a>'
        f'<img src="/img/{n}.jpg" alt=""><span class="kicker">Tech</span>'
        f'<time datetime="2025-03-{10 + n}T06:00:00Z">{n}h ago</time>{count}</div></li>'
    )


def test_an_empty_card_link_named_after_its_record_is_its_url_and_title() -> None:
    page = list_page("".join(_story(n, comments=n % 3 == 0) for n in range(9)), "<main><ul>{}</ul></main>")
    _spec, records = spec_and_records(page, "https://herald.example/uk/technology")
    assert [r["url"] for r in records] == [f"https://herald.example/tech/2025/story-{n}" for n in range(9)]
    assert records[4]["title"] == "Story number 4 about Graca"


@pytest.mark.parametrize("label", ["Save to favourites", "Save {name} to favourites"])
def test_an_empty_icon_link_named_for_what_it_does_stays_an_action(label: str) -> None:
    cards = "".join(
        f'<div class="card"><a href="/save/{n}" aria-label="{label.format(name=NAMES[n])}"></a>'
        f'<h3><a href="/item/{n}">Item {NAMES[n]}</a></h3><span>${10 + n}.00</span></div>'
        for n in range(8)
    )
    spec, _records = spec_and_records(list_page(cards), "https://shop.example/")
    assert [f.name for f in spec.fields if f.type == "url"] == ["url"]


def _product(n: int, old: str | None, fee: bool) -> str:
    was = f'<span class="{old}"><span>Previous price</span> <span>£ {150 + n}</span></span>' if old is not None else ""
    badge = '<span class="badge">Top seller</span>' if old is not None else ""
    delivery = f"<span>£ {n + 2}</span>" if fee else ""  # a rare price nothing marks as old
    return (
        f'<div class="product"><a href="/p/{n}"><h3>{NAMES[n % 10]} shelf {n}</h3></a>{badge}'
        f'<span class="now">£ {100 + n}</span>{was}{delivery}</div>'
    )


@pytest.mark.parametrize("marked_by", ["previous", ""])
def test_a_price_marked_as_the_previous_one_is_kept_on_a_few_products(marked_by: str) -> None:
    cards = "".join(_product(n, old=marked_by if n in (3, 11, 17) else None, fee=n in (5, 13, 20)) for n in range(24))
    spec, records = spec_and_records(list_page(cards), "https://hus.example/cat/shelves/")
    found = [str(r[f.name]) for f in spec.fields for r in records if r.get(f.name) is not None]
    assert any("153" in value for value in found), [f.name for f in spec.fields]
    assert "Top seller" not in found  # a rare badge stays out
    # ...and so does a rare price that nothing marks as the one before a sale (a delivery fee).
    slots = collect_slots([_element(_product(n, None, fee=n in (5, 13, 20))) for n in range(24)])
    fees = [s for s in slots if s.kind == "text" and s.first_values()[0] == "£ 7"]
    assert fees and not is_useful(fees[0], 24)


STANDFIRSTS = [
    "Ministers back down after a campaign by artists and authors, with a consultation promising an opt-out",
    "Thousands of people in Nairobi and Manila label the data chatbots learn from, and many say it is unpaid",
]


def _front_card(n: int) -> str:
    standfirst = f'<div class="standfirst">{STANDFIRSTS[n // 5]}</div>' if n in (0, 5) else ""
    byline = '<span class="byline">Zoe Kiernan</span>' if n in (2, 7) else ""
    return (
        f'<li><a href="/tech/{n}"><h3>Headline {n} on {NAMES[n % 10]}</h3></a>{standfirst}{byline}'
        f'<time datetime="2025-03-{10 + n}T06:00:00Z">{n}h ago</time></li>'
    )


def test_a_standfirst_on_two_cards_is_kept_and_a_rare_short_text_is_not() -> None:
    page = list_page("".join(_front_card(n) for n in range(12)), "<main><ul>{}</ul></main>")
    _spec, records = spec_and_records(page, "https://herald.example/uk/technology")
    values = [v for r in records for v in r.values()]
    assert STANDFIRSTS[0] in values and STANDFIRSTS[1] in values
    assert "Zoe Kiernan" not in values
