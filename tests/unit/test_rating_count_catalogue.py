"""A catalogue of ratings and counts as 2024–25 list pages print them, in many languages, and the
figure a person writes down for each: what the export shows once the Scout has typed the column and
the engine has read the value.

Each shape is written from how shops, marketplaces, review sites, video and Q&A platforms print
them in their cards, not copied from any site. The card holding it goes through the Scout's own
slot collection and typing (``collect_slots``, ``name_and_type``), then through the engine's
extraction with the selector the Scout chose, as ``sdp export`` does.
"""

from __future__ import annotations

import html
from typing import NamedTuple

import pytest
from parsel import Selector

from agents.heuristics.dom import is_inside
from agents.heuristics.fieldcss import best_selector, slot_reading
from agents.heuristics.fieldnames import name_and_type
from agents.heuristics.templateslots import collect_slots
from agents.heuristics.valuetypes import kind_from_values
from pipeline.core.extract import iter_records
from pipeline.core.normalize import normalize_value
from pipeline.core.numbertext import parse_count, parse_price, parse_rating
from pipeline.core.schemas import FieldSpec, FieldType, ScraperSpec

URL = "https://list.test/items/"


class Shown(NamedTuple):
    markup: str  # the card's element holding the value, as the page writes it
    value: float | None  # what a person writes down (None: the card says there is none)


def _text(text: str) -> str:
    return f'<span class="meta-line">{html.escape(text)}</span>'


RATINGS: list[Shown] = [
    # Said in words, with their scale, in the languages shops write.
    Shown(_text("4.5 out of 5 stars"), 4.5),
    Shown(_text("4,5 von 5 Sternen"), 4.5),
    Shown(_text("4,5 sur 5 étoiles"), 4.5),
    Shown(_text("4,5 de 5 estrellas"), 4.5),
    Shown(_text("4,5 su 5 stelle"), 4.5),
    Shown(_text("4,4 van 5 sterren"), 4.4),
    Shown(_text("Rated 4.50 out of 5"), 4.5),
    Shown(_text("Bewertet mit 4.50 von 5"), 4.5),
    Shown(_text("Noté 4.50 sur 5"), 4.5),
    Shown(_text("Beoordeling: 4,4 van 5 sterren"), 4.4),
    Shown(_text("Rated 4.3 out of 5 stars based on 1234 reviews."), 4.3),
    Shown(_text("4.9 out of 5 stars, 1,234 reviews"), 4.9),
    Shown(_text("Рейтинг: 4,8 из 5"), 4.8),
    Shown(_text("Оценка 4,7"), 4.7),
    Shown(_text("Ocena: 4,8/5"), 4.8),
    Shown(_text("5つ星のうち4.2"), 4.2),
    Shown(_text("5点中4.41点"), 4.41),  # Yahoo!ショッピング's "4.41 points out of 5"
    Shown(_text("평점 4.5"), 4.5),
    Shown(_text("評分 4.5"), 4.5),
    Shown(_text("4.5分"), 4.5),
    Shown(_text("Average rating: 4.2"), 4.2),
    Shown(_text("Note 1,5"), 1.5),  # a German school grade, 1 the best: the figure is what is written down
    Shown(_text("4.1 · 120 Ratings"), 4.1),
    Shown(_text("4.5 (12 reviews)"), 4.5),
    # Glyphs and scales.
    Shown(_text("★★★★☆"), 4.0),
    Shown(_text("★★★★½"), 4.5),
    Shown(_text("★★★☆☆"), 3.0),
    Shown(_text("4.7 ★"), 4.7),
    Shown(_text("★ 4.7"), 4.7),
    Shown(_text("⭐ 4.8"), 4.8),
    Shown(_text("4.5/5"), 4.5),
    Shown(_text("9.1/10"), 9.1),
    Shown(_text("8,7 / 10"), 8.7),
    Shown(_text("Scored 8.7"), 8.7),
    Shown(_text("4.2"), 4.2),
    # A rating and its count in one text: the rating is the first figure.
    Shown(_text("4.6 (1,234)"), 4.6),
    Shown(_text("4.92 (128)"), 4.92),
    Shown(_text("4.6 · 1.2K reviews"), 4.6),
    Shown(_text("★ 4.92 · 128 reviews"), 4.92),
    Shown(_text("4,8 (126 avis)"), 4.8),
    # Written only in an attribute: a class, a data attribute, an accessible name, an image's alt.
    Shown('<span class="stars stars-4-5"></span>', 4.5),
    Shown('<i class="a-icon a-icon-star a-star-4-5"></i>', 4.5),
    Shown('<span class="star-rating--4.5"></span>', 4.5),
    Shown('<div class="rating rating-45"></div>', 4.5),
    Shown('<p class="star-rating Three"></p>', 3.0),
    Shown('<span class="rating" data-rating="4.5"></span>', 4.5),
    Shown('<span class="rating" data-rating="4,5"></span>', 4.5),
    Shown('<div class="stars" role="img" aria-label="Rating: 4.3 out of 5"></div>', 4.3),
    Shown('<div class="stars" aria-label="Rated 4.5 stars out of five stars"></div>', 4.5),
    Shown('<img src="/i/stars.svg" alt="4.5 stars">', 4.5),
    Shown('<img src="/i/stars.svg" alt="Rated 4 out of 5 stars">', 4.0),
    # Glyphs rounding the exact score their accessible name states: the stated score wins.
    Shown('<span class="stars" role="img" aria-label="5点中4.41点">★★★★☆</span>', 4.41),
    Shown('<span class="stars" role="img" aria-label="Rated 4.6 out of 5">★★★★★</span>', 4.6),
]

COUNTS: list[Shown] = [
    # Rounded for display, in the magnitude words of each language.
    Shown(_text("1.2K"), 1200),
    Shown(_text("1.2k views"), 1200),
    Shown(_text("12.3M"), 12_300_000),
    Shown(_text("12K+ sold"), 12_000),
    Shown(_text("10K+ bought in past month"), 10_000),
    Shown(_text("12,5 k abonnés"), 12_500),
    Shown(_text("12,3 тыс."), 12_300),
    Shown(_text("12 тыс. просмотров"), 12_000),
    Shown(_text("1,2 млн просмотров"), 1_200_000),
    Shown(_text("1,2 tys. wyświetleń"), 1_200),
    Shown(_text("1,2 mln wyświetleń"), 1_200_000),
    Shown(_text("1.2万"), 12_000),
    Shown(_text("12万"), 120_000),
    Shown(_text("3.5億"), 350_000_000),
    Shown(_text("1.2萬次觀看"), 12_000),
    Shown(_text("1.2만"), 12_000),
    Shown(_text("3,4 mil"), 3_400),
    Shown(_text("3,4 mil visualizações"), 3_400),
    Shown(_text("1,2 M de visualizaciones"), 1_200_000),
    Shown(_text("3 millones de vistas"), 3_000_000),
    Shown(_text("1,2 Millionen Aufrufe"), 1_200_000),
    Shown(_text("1.2 million views"), 1_200_000),
    Shown(_text("1,2 Mio."), 1_200_000),
    Shown(_text("3,4 Mrd."), 3_400_000_000),
    Shown(_text("12 Tsd."), 12_000),
    Shown(_text("2.3 lakh"), 230_000),
    Shown(_text("1.5 crore views"), 15_000_000),
    Shown(_text("1,2 rb"), 1_200),
    # Exact, grouped as each language groups thousands.
    Shown(_text("1,234"), 1234),
    Shown(_text("1 234"), 1234),
    Shown(_text(f"1{chr(0x202F)}234 avis"), 1234),
    Shown(_text("1.234 Bewertungen"), 1234),
    Shown(_text("(1.287)"), 1287),
    Shown(_text("(1,234件)"), 1234),
    # Counted with their noun, in brackets, capped.
    Shown(_text("(128)"), 128),
    Shown(_text("128 reviews"), 128),
    Shown(_text("Bewertungen (128)"), 128),
    Shown(_text("128 avis"), 128),
    Shown(_text("128件のレビュー"), 128),
    Shown(_text("리뷰 128"), 128),
    Shown(_text("+99"), 99),
    Shown(_text("999+"), 999),
    Shown(_text("1 answer"), 1),
    Shown(_text("2 answers"), 2),
    Shown(_text("1 234 просмотра"), 1234),
    Shown(_text("92%"), 92),  # a critics' score: a share, as written
    Shown(_text("1.2K+"), 1200),
]

#: Shapes still read wrong, kept here so that a fix shows: two counts in one text are split by the
#: Scout's compound rules over several records, not typed as one number here.
GAPS: list[Shown] = [
    Shown(_text("1,234 Ratings & 98 Reviews"), 1234),
]


def _export(markup: str, *others: str) -> tuple[FieldType, list[object]]:
    """The type the Scout gives the cards' value and what the engine exports for each card: three
    cards showing ``markup``, or ``markup`` then ``others``."""
    cells = [markup, *others] if others else [markup] * 3
    rows = "".join(
        f'<li class="item"><h3><a href="/p/{n}">Product number {n}</a></h3><div class="meta">{cell}</div></li>'
        for n, cell in enumerate(cells)
    )
    page = Selector(text=f'<html lang="en"><body><ul class="items">{rows}</ul></body></html>')
    records = page.css("li.item")
    meta = records[0].css("div.meta")[0].root
    slot = next(
        s
        for s in collect_slots([r.root for r in records])
        if s.kind != "src" and (is_inside(s.sample_element(), meta) or s.sample_element() is meta)
    )
    _, field_type = name_and_type(slot, records, None, None, {}, [])
    css = best_selector(records, slot)
    assert css is not None
    field = FieldSpec(name="value", type=field_type, selector=css, **slot_reading(slot))
    spec = ScraperSpec(start_url=URL, record_selector="li.item", fields=(field,))
    return field_type, [record.get("value") for record in iter_records(page, spec, url=URL)]


@pytest.mark.parametrize("shown", RATINGS, ids=lambda s: s.markup)
def test_a_printed_rating_exports_as_its_score(shown: Shown) -> None:
    field_type, exported = _export(shown.markup)
    assert field_type in ("rating", "number")  # a bare "4.2" is a number unless its element says rating
    assert exported[0] == shown.value


@pytest.mark.parametrize("shown", COUNTS, ids=lambda s: s.markup)
def test_a_printed_count_exports_as_its_figure(shown: Shown) -> None:
    field_type, exported = _export(shown.markup)
    assert (field_type, exported[0]) == ("number", shown.value)


@pytest.mark.xfail(strict=True, reason="two counts in one text")
@pytest.mark.parametrize("shown", GAPS, ids=lambda s: s.markup)
def test_known_gaps(shown: Shown) -> None:
    assert _export(shown.markup) == ("number", [shown.value] * 3)


@pytest.mark.xfail(strict=True, reason="the engine reads each value alone: no field says its dots group thousands")
def test_known_gap_dots_grouping_a_bare_count() -> None:
    """ "1.234" beside "987" on a German page: the Scout types the column a count (no rating has
    three decimals beside whole numbers), but the engine still reads 1.234."""
    assert _export(_text("1.234"), _text("987"), _text("12")) == ("number", [1234, 987, 12])


def test_no_reviews_yet_is_no_rating() -> None:
    """A card nobody has rated says so where the stars would be: no score, not a zero."""
    field_type, _ = _export(_text("No reviews yet"), _text("4.5 out of 5 stars"), _text("3.9 out of 5 stars"))
    assert field_type == "rating"
    assert normalize_value("rating", "No reviews yet", base_url=URL) is None


def test_a_row_of_glyphs_all_alike_says_no_rating() -> None:
    """ "★★★★★" or "☆☆☆☆☆" is the backdrop an overlay fills to the rating; a row mixing them says it."""
    assert parse_rating("★★★★★") is None and parse_rating("☆☆☆☆☆") is None
    assert _export(_text("★★★★☆"), _text("★★★☆☆"), _text("★★★★½")) == ("rating", [4.0, 3.0, 4.5])


def test_shapes_near_a_count_or_a_score_stay_what_they_are() -> None:
    """An age ("18+"), minutes ("5分"), metres and kelvins, a carousel's place keep their meaning."""
    assert kind_from_values(["18+", "16+", "12+"]) == "text"
    assert kind_from_values(["5分", "12分", "8分"]) != "rating"
    assert parse_count("634 m") == 634 and parse_count("2700 K") == 2700 and parse_count("5 t") == 5
    assert parse_rating("stars-35") == 3.5 and parse_rating("rating-10") != 1.0  # tenths, but not "10"


def test_a_myriad_before_the_yen_counts() -> None:
    """ "3,980万円" is 39.8 million yen, as Japanese property and car listings print prices."""
    assert parse_price("3,980万円") == {"amount": 39_800_000.0, "currency": "JPY"}
    assert parse_price("12억원") == {"amount": 1_200_000_000.0, "currency": "KRW"}
    assert kind_from_values(["3,980万円", "1,280万円", "980万円"]) == "price"
