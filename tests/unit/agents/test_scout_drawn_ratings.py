"""The Scout reads a rating the cards only draw: star icons counted, a star bar measured."""

from __future__ import annotations

from parsel import Selector

from agents.heuristics.drawnratings import drawn_rating_field
from pipeline.core.schemas import FieldSpec
from tests.unit.agents.conftest import spec_and_records

URL = "http://127.0.0.1:8000/recipes/"
TITLES = ("Chicken Parmesan", "Lasagna Soup", "Beef Chili", "Salmon Bowl", "Tomato Tart", "Pea Risotto")


def _page(cards: list[str]) -> str:
    body = "".join(
        f'<article class="card"><h2 class="card__title"><a href="/r/{i}">{t}</a></h2>{inner}'
        f'<p class="card__summary">A dish number {i} for weeknights, with {t.lower()} at its heart.</p></article>'
        for i, (t, inner) in enumerate(zip(TITLES, cards, strict=True))
    )
    return f"<html><body><main><h1>Recipes</h1><section class='grid'>{body}</section></main></body></html>"


def _svg_row(full: int, half: bool) -> str:
    icons = ['<svg class="icon icon-star rating__icon"><use href="#s"/></svg>'] * full
    icons += ['<svg class="icon icon-star-half rating__icon"><use href="#h"/></svg>'] * half
    icons += ['<svg class="icon icon-star-empty rating__icon"><use href="#e"/></svg>'] * (5 - full - half)
    return f'<div class="recipe-star-rating">{"".join(icons)}</div>'


def _fa_row(full: int, half: bool) -> str:
    icons = ['<i class="fa fa-star"></i>'] * full + ['<i class="fa fa-star-half-o"></i>'] * half
    icons += ['<i class="fa fa-star-o"></i>'] * (5 - full - half)
    return f'<div class="stars">{"".join(icons)}</div>'


def _bar(percent: int) -> str:
    return f'<div class="stars-outer"><span class="stars-fill" style="width: {percent}%"></span></div>'


def _rating(html: str) -> tuple[FieldSpec | None, list[object]]:
    spec, records = spec_and_records(html, URL)
    field = next((f for f in spec.fields if f.name == "rating"), None)
    return field, [r.get("rating") for r in records]


def test_svg_icon_rows_are_counted() -> None:
    rows = [_svg_row(4, True), _svg_row(5, False), _svg_row(3, False), "", _svg_row(4, False), _svg_row(2, True)]
    field, ratings = _rating(_page(rows))
    assert field is not None and field.drawn is not None and field.drawn.shape == "icons"
    assert field.type == "rating" and field.drawn.full == "icon-star" and field.drawn.half == "icon-star-half"
    assert ratings == [4.5, 5.0, 3.0, None, 4.0, 2.5]


def test_font_awesome_rows_are_counted() -> None:
    rows = [_fa_row(4, True), _fa_row(3, False), _fa_row(5, False), _fa_row(2, True), _fa_row(4, False), ""]
    field, ratings = _rating(_page(rows))
    assert field is not None and field.drawn is not None
    assert (field.drawn.full, field.drawn.half, field.drawn.empty) == ("fa-star", "fa-star-half-o", "fa-star-o")
    assert ratings == [4.5, 3.0, 5.0, 2.5, 4.0, None]


def test_star_bars_are_measured() -> None:
    field, ratings = _rating(_page([_bar(p) for p in (90, 80, 100, 70, 96, 60)]))
    assert field is not None and field.drawn is not None and field.drawn.shape == "width"
    assert field.selector == "span.stars-fill"
    assert ratings == [4.5, 4.0, 5.0, 3.5, 4.8, 3.0]


def test_a_written_rating_wins_over_its_icons() -> None:
    rows = [
        f'<div class="rating">{_svg_row(f, h)}<span class="rating__value">{f + 0.5 * h}</span></div>'
        for f, h in ((4, True), (5, False), (3, False), (4, False), (2, True), (3, True))
    ]
    spec, records = spec_and_records(_page(rows), URL)
    assert all(f.drawn is None for f in spec.fields)
    written = [f.name for f in spec.fields if f.type == "rating"]
    assert len(written) == 1 and [r[written[0]] for r in records] == [4.5, 5.0, 3.0, 4.0, 2.5, 3.5]


def test_a_bar_whose_percentage_is_read_gets_no_drawn_field() -> None:
    records = [
        Selector(text=f'<div class="rating-result"><span style="width:{p}%"><span>{p}%</span></span></div>')
        for p in (92, 88, 70)
    ]
    counted = FieldSpec(name="ratings", type="number", selector="div.rating-result span")
    assert drawn_rating_field([Selector(root=r.root) for r in records], [counted]) is None
    assert drawn_rating_field([Selector(root=r.root) for r in records], []) is not None


def test_the_same_row_on_every_card_is_no_rating() -> None:
    field, _ = _rating(_page([_svg_row(0, False)] * 6))  # an empty "rate this" widget
    assert field is None or field.drawn is None


def test_two_icons_or_stateless_icons_are_no_rating() -> None:
    two = [f'<div class="stars">{"<svg class=icon-star></svg>" * 2}</div>'] * 3 + ["", "", ""]
    dots = [f'<div class="dots">{"<span class=dot></span>" * n}</div>' for n in (3, 4, 5, 3, 4, 5)]
    for rows in (two, dots):
        spec, _ = spec_and_records(_page(rows), URL)
        assert all(f.drawn is None for f in spec.fields)


def test_ten_thousand_icons_are_no_rating_row() -> None:
    huge = '<div class="stars">' + '<svg class="icon-star"></svg>' * 10_000 + "</div>"
    records = [Selector(text=huge), Selector(text=huge.replace("icon-star", "icon-star-empty", 3))]
    assert drawn_rating_field(records, []) is None
