"""A meta line of look-alike items set off by bullets: ``<span class="card_metaItem
card_metaItem-platform"><span class="bullet">•</span> PlayStation 5</span>``. A single-dash class
extension names each item's field, the leading bullet is no part of the value, and a caption
every value starts with before a short code ("Rated M") is stripped."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from agents.heuristics.dom import HtmlElement
from agents.heuristics.names import carries_hash, name_from_class
from agents.heuristics.phrases import shared_lead
from agents.heuristics.textowner import owns_text, visible_value
from agents.heuristics.variants import _extension, mark_of
from tests.unit.agents.conftest import spec_and_records

_GAMES = [
    ("Tidebreaker", "M", "PlayStation 5"),
    ("Paper Lanterns", "E", "Nintendo Switch"),
    ("Ironclad Tactics", "T", "PC"),
    ("Neon Drift", "E10+", "Xbox Series X"),
    ("Quiet Orchard", None, "PC"),
    ("Hollow Crown", "M", "PlayStation 5"),
    ("Star Fields Forever", "T", "Nintendo Switch"),
    ("Lumen Lake", "E", "Xbox Series X"),
]


def _element(markup: str) -> HtmlElement:
    return lxml_html.fragment_fromstring(markup)


def _item(kind: str, value: str) -> str:
    return f'<span class="card_metaItem card_metaItem-{kind}"><span class="u-bullet">•</span> {value}</span>'


def _card(rank: int, title: str, certificate: str | None, platform: str) -> str:
    rated = _item("certificate", f"Rated {certificate}") if certificate else ""
    slug = title.lower().replace(" ", "-")
    return (
        f'<div class="card"><a class="card_link" href="/game/{slug}/">'
        f'<h3 class="card_title">{title}</h3>'
        f'<div class="card_meta"><span class="card_date">Mar {rank + 2}, 2025</span>{rated}'
        f"{_item('platform', platform)}</div>"
        f'<p class="card_summary">The story of {title.lower()}, told over many long evenings.</p>'
        "</a></div>"
    )


def _page() -> str:
    cards = "".join(_card(i, *game) for i, game in enumerate(_GAMES))
    return f"<html><body><h1>Best games</h1><main><div class='grid'>{cards}</div></main></body></html>"


def test_single_dash_class_extension_marks_the_field() -> None:
    mark = mark_of(_element(_item("platform", "PC")))
    assert mark is not None and mark.label == "platform"


def test_place_or_state_extension_is_no_field() -> None:
    mark = mark_of(_element('<span class="views-row views-row-odd">x</span>'))
    assert mark is None or mark.label is None


def test_element_owns_the_short_value_after_a_classed_bullet() -> None:
    assert owns_text(_element(_item("certificate", "Rated M")))


def test_leading_bullet_is_never_part_of_the_value() -> None:
    assert visible_value(_element(_item("certificate", "Rated M"))) == "Rated M"
    assert visible_value(_element(_item("platform", "Nintendo Switch"))) == "Nintendo Switch"


def test_shared_lead_before_short_codes_is_a_caption() -> None:
    assert shared_lead(["Rated M", "Rated E10+", "Rated T", "Rated PG-13"]) == "Rated"


def test_lead_before_codes_is_kept_unless_every_value_has_it() -> None:
    assert shared_lead(["Rated M", "Rated T", "Rated E", "Unrated"]) is None
    assert shared_lead(["Room 12", "Room 14", "Room 3"]) is None  # names ending in a number


def test_meta_items_become_certificate_and_platform_fields() -> None:
    spec, records = spec_and_records(_page(), "http://games.test/browse/")
    names = {f.name for f in spec.fields}
    assert {"certificate", "platform"} <= names, names
    assert [r.get("platform") for r in records] == [g[2] for g in _GAMES]
    assert [r.get("certificate") for r in records] == [g[1] for g in _GAMES]


def test_a_class_mark_ending_in_a_build_hash_names_nothing() -> None:
    for markup in (
        '<div class="content merchant merchant--1o6Ci"><a href="/s">Shop</a></div>',
        '<div class="content price price-wrapper--dyAdw"><span>2,480</span></div>',
    ):
        mark = mark_of(_element(markup))
        assert mark is not None and mark.label is None
    mark = mark_of(_element('<li class="meta-item meta-item--time">3 h</li>'))
    assert mark is not None and mark.label == "time"


@pytest.mark.parametrize("word", ["Title", "Large", "Promo", "Badge"])
def test_a_capitalised_modifier_is_a_word_not_a_build_hash(word: str) -> None:
    assert not carries_hash(word)
    assert not carries_hash(f"product--{word}")
    mark = mark_of(_element(f'<span class="chip chip--{word}">x</span>'))
    assert mark is not None and mark.label == word
    assert name_from_class("product--Title") == "title"


@pytest.mark.parametrize("build_hash", ["dyAdw", "IJW7n", "1o6Ci", "7x6ym"])
def test_a_short_build_hash_after_its_block_is_a_hash(build_hash: str) -> None:
    assert carries_hash(build_hash)
    assert carries_hash(f"wrapper--{build_hash}")


def test_style_variant_after_a_doubled_mark_is_no_field() -> None:
    mark = mark_of(_element('<div class="stats-item stats-item__emphasized"><span>5</span> votes</div>'))
    assert mark is None or mark.label is None


def test_a_brand_before_model_codes_is_part_of_the_name_and_a_colour_class_no_field() -> None:
    assert shared_lead(["Honda CR-V", "Honda HR-V", "Honda ZR-V"]) is None  # "CR-V" alone is no model
    assert shared_lead(["Rated M", "Rated T", "Rated E"]) == "Rated"
    assert _extension(["badge", "badge-success"]) is None  # the same status in another colour
    assert _extension(["meta-item", "meta-item-certificate"]) == "certificate"
