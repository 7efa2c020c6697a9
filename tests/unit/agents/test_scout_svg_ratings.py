"""A rating drawn as an ``<svg>`` whose only words are its accessible name ("4.5 of 5 bubbles")."""

from __future__ import annotations

from lxml import html as lxml_html

from agents.heuristics.dom import HtmlElement, tag_of
from agents.heuristics.nodevalues import picture_name, rating_caption, value_children

BUBBLES = (
    '<svg viewBox="0 0 128 24" aria-labelledby="r1"><title id="r1">4.5 of 5 bubbles</title>'
    '<path d="M 12 0z"></path></svg>'
)


def _element(markup: str) -> HtmlElement:
    return lxml_html.fragment_fromstring(markup, create_parent="div")[0]


def test_an_svg_title_is_its_rating_read_as_the_drawing_text() -> None:
    assert rating_caption(_element(BUBBLES)) == [("rating", None, "4.5 of 5 bubbles")]


def test_an_svg_aria_label_is_its_rating() -> None:
    svg = _element('<svg role="img" aria-label="Rated 4 out of 5 stars"><path d="M0 0z"></path></svg>')
    assert rating_caption(svg) == [("rating", "aria-label", "Rated 4 out of 5 stars")]


def test_an_svg_labelled_by_its_own_description_is_named_by_it() -> None:
    svg = _element('<svg aria-labelledby="d1"><desc id="d1">3.5 of 5 stars</desc><path d="M0 0z"></path></svg>')
    assert picture_name(svg) == (None, "3.5 of 5 stars")
    assert rating_caption(svg) == [("rating", None, "3.5 of 5 stars")]


def test_a_hidden_or_unnamed_svg_is_no_rating() -> None:
    assert rating_caption(_element('<svg aria-hidden="true"><title>4 of 5 stars</title></svg>')) == []
    assert rating_caption(_element('<svg><path d="M0 0z"></path></svg>')) == []
    assert rating_caption(_element("<svg><title>Save to a trip</title></svg>")) == []


def test_the_slot_walker_enters_a_rating_svg_only() -> None:
    row = _element(f'<div>{BUBBLES}<span>(12,345)</span><svg aria-hidden="true"><path d="M0 0z"></path></svg></div>')
    assert [tag_of(c) for c in value_children(row)] == ["svg", "span"]
