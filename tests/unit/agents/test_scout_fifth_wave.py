# ruff: noqa: E501
"""The mechanisms the fifth corpus wave asked for (issue #3), each on the smallest page showing it:
React's comment-split text, ad cards marked only inside, ratings said in words, the furniture of a
byline or a rating widget, nested microdata entities, prices copied in cents, pictures inside
records whose class names something else, and page frames whose class says they have a header."""

from __future__ import annotations

from agents.heuristics.phrases import is_joiner, is_rating_phrase
from agents.scout import analyze_page
from tests.unit.agents.conftest import list_page, spec_and_records

URL = "https://list.example/items/"
NAMES = ["Harbour Lights", "North Wind", "Salt and Stone", "Paper Moons", "The Quiet Field", "Orchard Days"]


def test_a_value_after_a_react_comment_is_read() -> None:
    # React SSR writes "<b>Date of experience<!-- -->:</b> <!-- -->February 3, 2026".
    cards = "".join(
        f'<article class="review"><h2><a href="/r/{i}">{name}</a></h2><p class="body">A long enough review text about {name}, number {i}.</p>'
        f'<p class="meta"><b>Date of experience<!-- -->:</b> <!-- -->February {i + 3}, 2026</p></article>'
        for i, name in enumerate(NAMES)
    )
    _spec, records = spec_and_records(list_page(cards), URL)
    assert [str(r.get("date_of_experience", ""))[:10] for r in records] == [f"2026-02-{i + 3:02d}" for i in range(6)]


def test_an_ad_card_marked_only_by_an_inner_caption_is_left_out() -> None:
    def card(i: int, name: str, ad: bool = False) -> str:
        label = '<span data-testid="ad-label">Ad</span>' if ad else ""
        return f'<div class="card"><h3>{label}<a href="/hotel/{i}">{name}</a></h3><span class="price">€ {100 + i * 7}</span></div>'

    cards = "".join(card(i, n) for i, n in enumerate(NAMES))
    cards = cards.replace('<div class="card">', card(99, "Hotel Sponsored Lumen", ad=True) + '<div class="card">', 1)
    spec, records = spec_and_records(list_page(cards), URL)
    assert ":has(" in spec.record_selector
    assert [r["title"] for r in records] == NAMES


def test_a_rating_in_words_is_a_rating() -> None:
    cards = "".join(
        f'<tr><td class="number">{i + 1}</td><td><a class="bookTitle" href="/book/{i}">{name}</a><br>'
        f'<span class="minirating">{3.5 + i / 10:.2f} avg rating &mdash; {1000 + i * 37:,} ratings</span></td></tr>'
        for i, name in enumerate(NAMES)
    )
    spec, records = spec_and_records(list_page(cards, '<main><table class="tableList">{}</table></main>'), URL)
    ratings = [f.name for f in spec.fields if f.type == "rating"]
    assert ratings == ["rating"]
    assert [r["rating"] for r in records] == [3.5, 3.6, 3.7, 3.8, 3.9, 4.0]


def test_rating_phrases_and_joiners() -> None:
    assert is_rating_phrase("4.34 avg rating — 9,385,123 ratings")
    assert is_rating_phrase("Scored 8.6")
    assert is_rating_phrase("4.5 out of 5 stars")
    assert not is_rating_phrase("35,123 people voted")
    assert not is_rating_phrase("12 ratings")
    assert is_rating_phrase("4.5 of 5 bubbles") and is_rating_phrase("IMDb rating: 9.3")
    assert not is_rating_phrase("Page 2 of 5") and not is_rating_phrase("Lesson 3 of 10")
    assert is_joiner(" by ") and not is_joiner("Byron")


def test_the_furniture_of_a_byline_and_a_rating_widget_is_no_field() -> None:
    cards = "".join(
        f'<li class="book"><a class="title" href="/book/{i}">{name}</a> <span class="by">by</span> '
        f'<a class="authorName" href="/author/{i}"><span>Author {name.split()[0]}</span></a>'
        f'<div class="myRating">Rate this book</div><div class="clearRating">Clear rating</div></li>'
        for i, name in enumerate(NAMES)
    )
    _spec, records = spec_and_records(list_page(cards, '<main><ul class="books">{}</ul></main>'), URL)
    values = {str(v) for r in records for v in r.values()}
    assert not values & {"by", "Rate this book", "Clear rating"}


def test_a_name_inside_a_nested_author_entity_is_the_author() -> None:
    cards = "".join(
        f'<tr itemscope itemtype="http://schema.org/Book"><td><a itemprop="url" href="/book/{i}"><span itemprop="name">{name}</span></a> by '
        f'<span itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href="/author/{i}"><span itemprop="name">Writer {i}</span></a></span></td></tr>'
        for i, name in enumerate(NAMES)
    )
    spec, records = spec_and_records(list_page(cards, '<main><table class="list">{}</table></main>'), URL)
    fields = {f.name: f for f in spec.fields}
    assert [f.name for f in spec.fields if f.type == "title"] == ["title"]
    assert fields["author"].type == "author"
    assert [r["author"] for r in records] == [f"Writer {i}" for i in range(6)]
    assert "author_url" not in fields  # the author's page leads on from the name shown


def test_a_price_copied_in_cents_into_a_data_attribute_is_one_field() -> None:
    cards = "".join(
        f'<a class="search_result_row" href="/app/{i}/"><span class="title">{name}</span>'
        f'<div class="search_price" data-price-final="{1099 + i * 100}"><div class="final_price">${10.99 + i:.2f}</div></div></a>'
        for i, name in enumerate(NAMES)
    )
    spec, records = spec_and_records(list_page(cards, '<main><div id="rows">{}</div></main>'), URL)
    assert [f.name for f in spec.fields if f.attribute == "data-price-final"] == []
    assert [r["price"]["amount"] for r in records] == [10.99 + i for i in range(6)]  # type: ignore[index]


def test_a_picture_is_not_named_by_its_records_class() -> None:
    cards = "".join(
        f'<a class="row ds_collapse_flag" href="/app/{i}/"><div class="capsule"><img src="/img/{i}.jpg"></div><div class="name"><span class="title">{name}</span></div>'
        f'<div class="released">{i + 1} Mar, 2024</div><div class="price">${5 + i}.99</div></a>'
        for i, name in enumerate(NAMES)
    )
    spec, _records = spec_and_records(list_page(cards, '<main><div id="rows">{}</div></main>'), URL)
    assert [f.name for f in spec.fields if f.type == "image"] == ["image"]


def test_a_page_frame_that_has_a_header_is_no_header() -> None:
    cards = "".join(
        f'<div class="game"><a href="/app/{i}/">{name}</a><span class="price">${5 + i}.99</span></div>'
        for i, name in enumerate(NAMES)
    )
    page = list_page(cards, '<div class="responsive_page_frame with_header"><div class="content">{}</div></div>')
    profile = analyze_page(page, URL)
    assert not any("penalised" in note for note in profile.notes), profile.notes


def test_a_letter_avatar_is_no_field() -> None:
    people = ["Hannah Whitfield", "Tomasz K.", "Priya Raman", "Michael O'Brien", "Sandra Müller", "James Carter"]
    cards = "".join(
        f'<article class="review"><div class="avatar"><span class="initials">{"".join(w[0] for w in who.split())[:2].upper()}</span></div>'
        f'<a class="consumer" href="/users/{i}"><span class="name">{who}</span></a><h2><a href="/reviews/{i}">{name}</a></h2><p class="text">Review text number {i} about {name}.</p></article>'
        for i, (who, name) in enumerate(zip(people, NAMES, strict=True))
    )
    _spec, records = spec_and_records(list_page(cards), URL)
    assert "Hannah Whitfield" in records[0].values()
    assert "HW" not in records[0].values(), records[0]


def test_stars_shown_only_as_an_images_alt_are_a_rating() -> None:
    cards = "".join(
        f'<article class="review"><div class="stars"><img src="/stars-{i % 5 + 1}.svg" alt="Rated {i % 5 + 1} out of 5 stars"></div>'
        f'<h2><a href="/reviews/{i}">{name}</a></h2><p class="text">Review text number {i} about {name}.</p></article>'
        for i, name in enumerate(NAMES)
    )
    spec, records = spec_and_records(list_page(cards), URL)
    assert [f.name for f in spec.fields if f.type == "rating"] == ["rating"]
    assert [r["rating"] for r in records] == [1.0, 2.0, 3.0, 4.0, 5.0, 1.0]


def test_a_boolean_data_marker_names_a_value_behind_hashed_classes() -> None:
    cards = "".join(
        f'<article class="card_card__lQWDv"><h2 class="typography_heading-s__f7029"><a href="/reviews/{i}">{name}</a></h2>'
        f'<span class="typography_heading-xxs__QKBS8" data-consumer-name-typography="true">Reviewer {name.split()[-1]}</span>'
        f'<p class="typography_body-l__KUYFJ" data-expanded="true">Review text number {i} about {name}.</p></article>'
        for i, name in enumerate(NAMES)
    )
    spec, _records = spec_and_records(list_page(cards), URL)
    names = [f.name for f in spec.fields]
    assert "consumer_name" in names, names
    assert "expanded" not in " ".join(names)


def test_a_link_reading_a_caption_and_a_count_is_that_count() -> None:
    cards = "".join(
        f'<li class="entry"><a class="title" href="/book/{i}">{name}</a>'
        f'<span class="small"><a href="#" onclick="return false;">score: {3456 + i * 101:,}</a></span></li>'
        for i, name in enumerate(NAMES)
    )
    spec, records = spec_and_records(list_page(cards, '<main><ul class="entries">{}</ul></main>'), URL)
    assert "score" in {f.name for f in spec.fields}
    assert [r["score"] for r in records] == [3456 + i * 101 for i in range(6)]
