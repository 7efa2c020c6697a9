"""One reading for what two rules read alike: the caption a wrapper shows before a price, the
words that name the price before a sale, the tag path from an anchor, the record holding a copy,
the parts every record holds."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from agents.heuristics.anchors import _tag_path
from agents.heuristics.detailprices import find_prices
from agents.heuristics.dom import build_index, full_text, text_before_child
from agents.heuristics.raredata import _marked_old
from agents.heuristics.regroup import Group, prefer_records_shown_once
from agents.heuristics.structurefilters import part_filters, record_parts


def _element(markup: str) -> lxml_html.HtmlElement:
    return lxml_html.fragment_fromstring(markup)


def test_the_text_before_a_child_is_what_the_wrapper_shows() -> None:
    wrapper = _element(
        '<div>Now <span>Was<span class="sr-only"> the price</span></span><script>var shown = 1;</script>'
        " : <b>£9</b></div>"
    )
    assert text_before_child(wrapper, wrapper[2]) == "Now Was :"


def test_a_caption_with_a_screen_reader_addition_still_marks_the_old_price() -> None:
    box = _element(
        '<div><h1>Desk lamp</h1><p><span>Was<span class="sr-only"> the price</span>:</span> <span>$40.00</span></p>'
        '<p class="now"><span>$30.00</span></p></div>'
    )
    prices = find_prices(box, set())
    assert prices.price is not None and full_text(prices.price[0]) == "$30.00"
    assert prices.original_price is not None and full_text(prices.original_price[0]) == "$40.00"


@pytest.mark.parametrize("caption", ["MSRP", "UVP:", "Original price", "statt", "Reg."])
def test_a_caption_a_detail_page_knows_marks_a_rare_old_price_on_a_list(caption: str) -> None:
    card = _element(f"<div><h3>Shelf</h3><span><span>{caption}</span> <span>£ 150</span></span></div>")
    price = card[1][1]
    assert _marked_old(price, 2)


@pytest.mark.parametrize("caption", ["Previous price", "Old price:"])
def test_a_caption_a_list_knows_marks_the_old_price_on_a_detail_page(caption: str) -> None:
    box = _element(
        f"<div><h1>Desk lamp</h1><p><span>{caption}</span> <span>$40.00</span></p>"
        '<p class="now"><span>$30.00</span></p></div>'
    )
    prices = find_prices(box, set())
    assert prices.original_price is not None and full_text(prices.original_price[0]) == "$40.00"


def test_a_tag_path_stops_at_any_anchor_or_only_at_a_named_one() -> None:
    page = _element(
        '<div id="results"><div><div><section><ul><li><a href="/a">A</a></li></ul></section></div></div></div>'
    )
    item = page.find(".//li")
    assert _tag_path(item) == "ul > li"
    assert _tag_path(item, named_only=True) == "div#results > div > div > section > ul > li"
    deep = _element(f'<div id="results">{"<div>" * 6}<p>Deep</p>{"</div>" * 6}</div>').find(".//p")
    assert _tag_path(deep, named_only=True) is None  # past six bare steps: a path too loose to hold
    assert _tag_path(deep) == "div#results > div > div > div > div > div > div > p"


def _cards(copies: list[int]) -> lxml_html.HtmlElement:
    cards = "".join(
        "<div>" + "".join(f'<a href="/e/{n}"><h3>Event {n}</h3></a>' for _ in range(count)) + "</div>"
        for n, count in enumerate(copies)
    )
    return lxml_html.fromstring(f"<html><body><main>{cards}</main></body></html>")


def test_cards_written_twice_are_the_records_and_an_odd_card_holding_itself_counts_as_shown_once() -> None:
    root = _cards([3, 2, 2, 2, 2, 0])
    cards = root.findall(".//main/div")
    copies = root.findall(".//main/div/a")
    outer = Group(members=cards)
    # The odd last card is one of the inner group's members itself: its own holder, shown once.
    best = Group(members=[*copies, cards[-1]])
    ranked = prefer_records_shown_once([best, outer], build_index(root))
    assert ranked[0] is outer


def test_the_parts_every_record_holds_filter_the_extras_that_lack_them() -> None:
    records = [_element(f'<li data-id="{n}"><h2>Item {n}</h2><img src="/{n}.jpg"></li>') for n in range(3)]
    pager = _element('<li><a href="/p/2">2</a></li>')
    parts = record_parts(records)
    assert parts.attributes == {"data-id"} and parts.child_tags == {"h2", "img"}
    assert parts.fewest_cells is None  # no table rows
    assert part_filters(parts, [pager]) == ["[data-id]", ":has(h2)", ":has(img)", ":has(> h2)", ":has(> img)"]
