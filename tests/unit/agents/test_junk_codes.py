"""Columns no reader writes down: a card's id, category code and tracking beacon kept in ``data-*``
attributes, a price's lead-in word in a span of its own, the day and month spans of a
``<time datetime>``, a star picture or glyph row beside the rating read already, a "Download
citation" link. What the cards do show stays."""

from __future__ import annotations

from agents.heuristics.assemble import build_profile
from pipeline.core.extract import Record, extract_records

URL = "https://events.example/london/"
EVENTS = [
    ("Jazz Jam", "800062695007040", "music", "Vortex Jazz Club", "4.41", "★★★★☆", 8),
    ("Comedy Cellar", "800022071981485", "comedy", "The Harrison", "3.92", "★★★★☆", 5),
    ("Gin Festival", "800058444837382", "food-drink", "Tobacco Dock", "4.80", "★★★★★", 49),
    ("Print Workshop", "800024055722220", "workshops", "Print Club", "2.75", "★★★☆☆", 35),
    ("Folk Night", "800051854780970", "music", "Cecil Sharp House", "4.05", "★★★★☆", 12),
    ("Wedding Fair", "800072604889156", "fairs", "Alexandra Palace", "3.40", "★★★☆☆", 15),
]


def _page(cards: str) -> str:
    return f'<html><body><main><h1>Events</h1><ul class="event-list">{cards}</ul></main></body></html>'


def _columns(page: str) -> dict[str, list[object]]:
    records: list[Record] = extract_records(page, URL, build_profile(page, URL).spec)
    return {name: [r.get(name) for r in records] for name in records[0]}


def _values(columns: dict[str, list[object]]) -> list[str]:
    return [str(v) for values in columns.values() for v in values]


def _event_cards(attributes: str, extra: str = "") -> str:
    cards = []
    for n, (title, eid, cat, venue, *_rest) in enumerate(EVENTS):
        slug = title.lower().replace(" ", "-")
        shown = attributes.format(eid=eid, cat=cat, n=n, venue=venue)
        cards.append(
            f'<li class="event-card" {shown}><h3 class="title"><a href="/london/{slug}/{eid}">{title}</a></h3>'
            f'<div class="venue">{venue}</div>{extra.format(cat=cat.title())}</li>'
        )
    return _page("".join(cards))


def test_a_cards_id_category_code_and_beacon_are_no_columns() -> None:
    attributes = 'data-eid="{eid}" data-cat="{cat}" data-beacon="pos:{n};type:item;sid:shop{n}"'
    values = _values(_columns(_event_cards(attributes)))
    assert "Vortex Jazz Club" in values
    assert not any(v in values for v in ("800062695007040", "music", "pos:0;type:item;sid:shop0"))


def test_a_data_value_in_words_stays() -> None:
    values = _values(_columns(_event_cards('data-host="{venue} Ltd"')))
    assert "Vortex Jazz Club Ltd" in values


def test_a_priced_lead_word_is_no_column() -> None:
    cards = "".join(
        f'<li class="offer"><h3 class="name"><a href="/p/{n}">{title}</a></h3><div class="cost">'
        f'<span class="price-from">od </span><span class="price">{price},99 zł</span></div></li>'
        for n, (title, *_rest, price) in enumerate(EVENTS)
    )
    columns = _columns(_page(cards))
    assert "od" not in _values(columns)
    prices = [{"amount": 8.99, "currency": "PLN"}, {"amount": 5.99, "currency": "PLN"}]
    assert any(values[:2] == prices for values in columns.values())


def test_the_spans_of_a_datetime_are_no_columns() -> None:
    days = [("Fr", "14"), ("So", "09"), ("Mo", "03"), ("Di", "25"), ("Mi", "19"), ("Do", "06")]
    cards = "".join(
        f'<li class="post"><h2><a href="/p/{n}">{title}</a></h2><time class="datetime" datetime="2025-03-{day}">'
        f'<span class="day-word">{word}</span> <span class="day">{day}</span> <span class="mon">Mär</span> '
        f'<span class="yr">2025</span></time><p>{venue} hosts it.</p></li>'
        for n, ((title, _e, _c, venue, *_r), (word, day)) in enumerate(zip(EVENTS, days, strict=True))
    )
    columns = _columns(_page(cards))
    values = _values(columns)
    assert not any(v in values for v in ("Fr", "So", "Mär"))
    assert any(str(v).startswith("2025-03-14") for v in values)


def test_a_star_picture_beside_its_read_rating_is_no_column() -> None:
    cards = "".join(
        f'<li class="review"><h3><a href="/r/{n}">{title}</a></h3><div class="stat"><img class="stars" '
        f'src="/img/stars-{rating[0]}-0.svg" alt="" data-rating="{rating[0]}.0"></div><p>{venue} was fine.</p></li>'
        for n, (title, _e, _c, venue, rating, *_r) in enumerate(EVENTS)
    )
    values = _values(_columns(_page(cards)))
    assert not any("stars-" in v for v in values)
    assert "4.0" in values or "4" in values


def test_a_glyph_row_beside_the_exact_rating_is_no_column() -> None:
    cards = "".join(
        f'<li class="item"><h3><a href="/i/{n}">{title}</a></h3><a class="reviews" href="/i/{n}/reviews">'
        f'<span class="stars" role="img">{glyphs}</span><span class="rate">{rating}</span></a></li>'
        for n, (title, _e, _c, _v, rating, glyphs, _p) in enumerate(EVENTS)
    )
    columns = _columns(_page(cards))
    assert any(values[:2] in ([4.41, 3.92], ["4.41", "3.92"]) for values in columns.values())
    assert not any(values[:2] in ([4.0, 4.0], ["4.0", "4.0"]) for values in columns.values())


def test_a_download_citation_link_is_no_column() -> None:
    cards = "".join(
        f'<li class="paper"><a class="title" href="/content/{eid}v1">{title}</a><div class="by">{venue}</div>'
        f'<div class="extras"><a href="/highwire/citation/{eid[-7:]}/download" title="Download citation" '
        f'data-icon-position="">Download citation</a></div></li>'
        for title, eid, _c, venue, *_r in EVENTS
    )
    assert not any("/citation/" in v for v in _values(_columns(_page(cards))))


PRODUCTS = [
    ("Roborock", "Q7 Max+ Czarny"),
    ("Xiaomi", "Robot Vacuum S10"),
    ("Roborock", "S8 Pro Ultra"),
    ("iRobot", "Roomba Combo j7+"),
    ("Dreame", "L10s Ultra Gen 2"),
    ("Xiaomi", "Robot Vacuum X20+"),
]


def _product_cards(title_with_brand: bool) -> str:
    return _page(
        "".join(
            f'<li class="row" data-brand="{brand}"><h3><a href="/p/{n}">'
            f'{f"{brand} {model}" if title_with_brand else model}</a></h3><span class="price">{n + 100} zł</span></li>'
            for n, (brand, model) in enumerate(PRODUCTS)
        )
    )


def test_a_brand_the_shown_name_starts_with_is_no_column() -> None:
    values = _values(_columns(_product_cards(title_with_brand=True)))
    assert "Roborock Q7 Max+ Czarny" in values
    assert "Roborock" not in values


def test_a_brand_the_name_leaves_out_stays() -> None:
    assert "Roborock" in _values(_columns(_product_cards(title_with_brand=False)))


def test_glyph_links_titled_with_an_action_are_no_columns() -> None:
    cards = "".join(
        f'<li class="job"><h3><a href="/jobs/{eid}">{title}</a></h3><div class="org">{venue}</div>'
        f'<div class="actions"><a class="action-edit" href="/edit/{eid}" title="Edit job">✏️</a>'
        f'<a class="action-report" href="/report/{eid}" title="Report job">⚠️</a></div></li>'
        for title, eid, _c, venue, *_r in EVENTS
    )
    values = _values(_columns(_page(cards)))
    assert "Vortex Jazz Club" in values
    assert not any("/edit/" in v or "/report/" in v for v in values)
