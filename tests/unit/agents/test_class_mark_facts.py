"""Facts shown as bare figures whose icon CSS draws from the item's own class (``::before``): no
``<i>``, ``<img>`` or ``<svg>`` in the markup, the class words the items do not share tell the places
apart (``feature-bed`` beside ``feature-bath``), name the fact where the word is known and the
column where it is not, and anchor each fact's selector; items of one class stay a list."""

from __future__ import annotations

from collections.abc import Callable

from lxml import html as lxml_html  # type: ignore[import-untyped]

from agents.heuristics.classmarks import class_marks, figure_marks
from agents.scout import analyze_page
from pipeline.core.extract import extract_records

URL = "https://homes.example/buy?city=lyon"
Card = Callable[[int], str]


def _page(card: Card, numbers: range | list[int]) -> str:
    cards = "".join(
        f'<article class="listing"><h2><a href="/home/{n}">Rue number {n}, Lyon</a></h2>'
        f'<p class="price">€ {200 + n * 11}.000</p>{card(n)}</article>'
        for n in numbers
    )
    return (
        '<html lang="en"><head><title>Homes</title></head><body><header><a href="/">Home</a></header>'
        f'<main><div class="results">{cards}</div></main></body></html>'
    )


def _read(card: Card, later: list[int]) -> tuple[dict[str, str], list[dict[str, object]]]:
    """The fields' selectors by name from a first page of twelve cards, and the records of a later page."""
    spec = analyze_page(_page(card, range(1, 13)), URL).spec
    records = [dict(r) for r in extract_records(_page(card, later), URL + "&page=2", spec)]
    return {f.name: f.selector for f in spec.fields}, records


def _beds(n: int) -> int:
    return 1 + n % 4


def _baths(n: int) -> int:
    return 1 + n % 2


def _bem_card(n: int) -> str:
    """BEM marks of known words; a plot (from card 25 on) shows no bedrooms, card 26 no bathrooms."""
    bed = f'<span class="listing__fact listing__icon--bed">{_beds(n)}</span>' if n != 25 else ""
    bath = f'<span class="listing__fact listing__icon--bath">{_baths(n)}</span>' if n != 26 else ""
    return f'<div class="listing__facts">{bed}{bath}<span class="listing__fact listing__icon--car">{n % 3}</span></div>'


def _item_card(n: int) -> str:
    """The mark on the item, the figure in a child: ``li.feature-item.feature-bed > strong``."""
    return (
        '<ul class="features">'
        f'<li class="feature-item feature-bed"><strong>{_beds(n)}</strong></li>'
        f'<li class="feature-item feature-bath"><strong>{_baths(n)}</strong></li>'
        f'<li class="feature-item feature-area"><strong>{40 + n * 9}</strong></li></ul>'
    )


def _foreign_card(n: int) -> str:
    """Marks in words no vocabulary here knows, and a last fact with no mark but its unit."""
    return (
        '<div class="kenmerken">'
        f'<span class="kenmerk icoon-slaapkamers">{_beds(n)}</span>'
        f'<span class="kenmerk icoon-badkamers">{_baths(n)}</span>'
        f'<span class="kenmerk">{60 + n * 7} m²</span></div>'
    )


def _tagged_card(n: int) -> str:
    """A row of marked facts and a list of tags of one class."""
    tags = ["Pool", "Garden", "Lift", "Sea view", "Terrace"][n % 3 : n % 3 + 2 + n % 2]
    tag_list = "".join(f'<li class="tag">{t}</li>' for t in tags)
    return (
        f'<div class="meta"><span class="meta-item has-icon bed">{_beds(n)}</span>'
        f'<span class="meta-item has-icon bath">{_baths(n)}</span></div><ul class="tags">{tag_list}</ul>'
    )


def test_bem_marks_name_the_facts_and_anchor_them() -> None:
    selectors, records = _read(_bem_card, [20, 21, 25, 26])
    assert selectors["bedrooms"] == "span.listing__icon--bed"
    assert selectors["bathrooms"] == "span.listing__icon--bath"
    assert selectors["parking"] == "span.listing__icon--car"
    assert [r.get("bedrooms") for r in records] == [1, 2, None, 3]
    assert [r.get("bathrooms") for r in records] == [1, 2, 2, None]
    assert [r.get("parking") for r in records] == [2, 0, 1, 2]


def test_a_mark_on_the_item_anchors_the_figure_inside_it() -> None:
    selectors, records = _read(_item_card, [30, 31])
    assert selectors["bedrooms"].startswith("li.feature-bed")
    assert selectors["size"].startswith("li.feature-area")
    assert [(r.get("bedrooms"), r.get("bathrooms"), r.get("size")) for r in records] == [(3, 1, 310), (4, 2, 319)]


def test_unknown_mark_words_still_tell_the_places_apart() -> None:
    selectors, records = _read(_foreign_card, [40, 41])
    assert selectors["slaapkamers"] == "span.icoon-slaapkamers"
    assert selectors["badkamers"] == "span.icoon-badkamers"
    assert [(r.get("slaapkamers"), r.get("badkamers")) for r in records] == [(1, 1), (2, 2)]


def test_tags_of_one_class_stay_a_list_beside_marked_facts() -> None:
    selectors, records = _read(_tagged_card, [50, 52])
    assert selectors["bedrooms"] == "span.bed"
    tags = next(name for name, css in selectors.items() if css.startswith("li.tag"))
    assert [r.get(tags) for r in records] == [["Lift", "Sea view"], ["Garden", "Lift"]]
    assert [(r.get("bedrooms"), r.get("bathrooms")) for r in records] == [(3, 1), (1, 1)]


def _runs(markup: str) -> list[list[lxml_html.HtmlElement]]:
    rows = lxml_html.fragment_fromstring(markup, create_parent="div")
    return [[e for e in row if isinstance(e.tag, str)] for row in rows]


def test_marks_are_the_class_words_the_row_does_not_share() -> None:
    runs = _runs(
        '<p><b class="card__feature-bed__icon">3</b><b class="card__feature-bath__icon">2</b></p>'
        '<p><b class="card__feature-bed__icon">4</b><b class="card__feature-bath__icon">1</b></p>'
    )
    marks = class_marks(runs)
    assert [marks[id(e)].word for run in runs for e in run] == ["bed", "bath", "bed", "bath"]


def test_a_mark_twice_in_a_run_or_on_one_record_is_no_place() -> None:
    states = _runs(
        '<p><b class="size">38</b><b class="size size--soldout">39</b><b class="size size--soldout">40</b></p>'
        '<p><b class="size size--soldout">41</b><b class="size">42</b></p>'
    )
    assert class_marks(states) == {}
    alike = _runs('<p><b class="n">3</b><b class="n">2</b></p><p><b class="n">4</b><b class="n">1</b></p>')
    assert class_marks(alike) == {}
    once = _runs(
        '<p><b class="n n--ab">3</b><b class="n n--cd">2</b></p><p><b class="n n--ef">4</b><b class="n n--gh">1</b></p>'
    )
    assert class_marks(once) == {}


def test_only_a_figure_alone_takes_its_mark() -> None:
    runs = _runs(
        '<p><b class="n n--fuel">Diesel</b><b class="n n--bed">3</b><b class="n n--area">90 m²</b></p>'
        '<p><b class="n n--fuel">Petrol</b><b class="n n--bed">2</b><b class="n n--area">75 m²</b></p>'
    )
    assert len(class_marks(runs)) == 6
    assert [m.word for m in figure_marks(runs).values()] == ["bed", "bed"]
