"""The engine's ``FieldSpec.drawn``: star icons counted, a star bar measured, hostile markup bounded."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from agents.codegen import render_spider
from pipeline.core.codecheck import spec_literal
from pipeline.core.extract import extract_records
from pipeline.core.schemas import FieldSpec, ScraperSpec
from pipeline.core.specparts import DrawnValue
from pipeline.core.spectransform import apply
from spiders.eject import runtime_modules
from tests.unit.growth import assert_linear

URL = "http://127.0.0.1:8000/"
SVG_ICONS = DrawnValue(shape="icons", full="icon-star", half="icon-star-half", empty="icon-star-empty")


def _spec(field: FieldSpec) -> ScraperSpec:
    return ScraperSpec(start_url=URL, record_selector="li", fields=(FieldSpec(name="title", selector="h2"), field))


def _ratings(body: str, field: FieldSpec) -> list[object]:
    return [r["rating"] for r in extract_records(f"<ul>{body}</ul>", URL, _spec(field))]


def _card(title: str, inner: str) -> str:
    return f"<li><h2>{title}</h2><div class='stars'>{inner}</div></li>"


def test_svg_icons_count_full_half_and_empty() -> None:
    row = '<svg class="icon icon-star"></svg>' * 4 + '<svg class="icon icon-star-half"></svg>'
    empty = '<svg class="icon icon-star"></svg>' * 3 + '<svg class="icon icon-star-empty"></svg>' * 2
    field = FieldSpec(name="rating", type="rating", selector="div.stars svg", drawn=SVG_ICONS)
    assert _ratings(_card("A", row) + _card("B", empty) + _card("C", ""), field) == [4.5, 3.0, None]
    unrated = '<svg class="icon icon-star-empty"></svg>' * 5
    assert _ratings(_card("D", unrated), field) == [None]  # only empty icons: nobody rated it yet


def test_font_awesome_and_span_states() -> None:
    fa = DrawnValue(shape="icons", full="fa-star", half="fa-star-half-o", empty="fa-star-o")
    row = '<i class="fa fa-star"></i>' * 3 + '<i class="fa fa-star-half-o"></i><i class="fa fa-star-o"></i>'
    assert _ratings(_card("A", row), FieldSpec(name="rating", type="rating", selector="i.fa", drawn=fa)) == [3.5]
    # "star empty" bears the full word too: empty wins, as half does.
    spans = DrawnValue(shape="icons", full="star", half="half", empty="empty")
    row = '<span class="star">★</span>' * 2 + '<span class="star half">★</span>' + '<span class="star empty">★</span>'
    field = FieldSpec(name="rating", type="rating", selector="span.star", drawn=spans)
    assert _ratings(_card("A", row), field) == [2.5]


def test_width_bar_is_a_share_of_the_scale() -> None:
    bar = DrawnValue(shape="width")
    field = FieldSpec(name="rating", type="rating", selector="span.stars-fill", drawn=bar)
    cards = [
        _card(str(w), f'<span class="stars-fill" style="color: red; width: {w}">★★★★★</span>')
        for w in ("90%", "87.5 %", "0%", "100%!important")
    ]
    assert _ratings("".join(cards), field) == [4.5, 4.38, None, 5.0]  # an empty bar: not rated yet
    ten = FieldSpec(name="rating", type="rating", selector="span", drawn=DrawnValue(shape="width", scale=10))
    assert _ratings(_card("A", '<span style="width:45%"></span>'), ten) == [4.5]


@pytest.mark.parametrize(
    "style", ["width: calc(100% - 2px)", "width: 300%", "width: 90px", "max-width: 90%", "width:" + "9" * 5000 + "%"]
)
def test_a_width_that_is_no_plain_share_gives_no_value(style: str) -> None:
    field = FieldSpec(name="rating", type="rating", selector="span", drawn=DrawnValue(shape="width"))
    assert _ratings(_card("A", f'<span style="{style}"></span>'), field) == [None]


def test_ten_thousand_icons_give_no_value_in_linear_time() -> None:
    field = FieldSpec(name="rating", type="rating", selector="div.stars svg", drawn=SVG_ICONS)
    assert _ratings(_card("A", '<svg class="icon-star"></svg>' * 10_000), field) == [None]
    assert_linear(lambda n: _card("A", '<svg class="icon-star"></svg>' * n), lambda card: _ratings(card, field), 2_500)


def test_icons_of_no_known_state_give_no_value() -> None:
    field = FieldSpec(name="rating", type="rating", selector="div.stars svg", drawn=SVG_ICONS)
    assert _ratings(_card("A", '<svg class="heart"></svg>' * 3), field) == [None]


def test_drawn_options_are_checked() -> None:
    with pytest.raises(ValidationError):
        DrawnValue(shape="icons")  # no full word
    with pytest.raises(ValidationError):
        DrawnValue(shape="width", full="star")
    with pytest.raises(ValidationError):
        DrawnValue(shape="icons", full="star", empty="star")
    with pytest.raises(ValidationError):
        DrawnValue(shape="icons", full='x"] , script')
    with pytest.raises(ValidationError):
        DrawnValue(shape="width", scale=0)
    with pytest.raises(ValidationError):
        FieldSpec(name="rating", selector="span", attribute="title", drawn=DrawnValue(shape="width"))


def test_drawn_survives_the_spider_literal_eject_and_transforms() -> None:
    spec = _spec(FieldSpec(name="rating", type="rating", selector="div.stars svg", drawn=SVG_ICONS))
    code = render_spider("stars", spec)
    assert ScraperSpec.model_validate(spec_literal(code)) == spec  # what `sdp edit` and export read back
    assert "drawnvalues.py" in runtime_modules()  # an ejected project carries the engine's reader
    moved = apply(spec, {"replace": [[".stars", ".rating"]]})
    assert moved.fields[1].drawn == SVG_ICONS and moved.fields[1].selector == "div.rating svg"
