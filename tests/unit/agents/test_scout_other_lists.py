"""A rail of other items ("You may also like") on a list page ranks behind the page's own list.

The rail's cards carry a picture, a title link and a price each, so they outscore a plain table of
members or a list of short search results by their looks; the page labels them as other items (a
heading, a ``recommendations`` class) and never labels its own records so. A rail alone on a page
around an app is no list of the page's own either: the Scout still looks for the data the app fetches.
"""

from __future__ import annotations

from lxml import html

from agents.heuristics.otherlists import beside_rail
from agents.heuristics.regroup import Group
from agents.heuristics.relatedlists import PageLists, related_block
from agents.scout import analyze_page

URL = "https://club.example/members/"

_SLIDE = (
    '<li class="slide"><article class="card"><a class="card-media" href="/p/{slug}"><img src="/i/{slug}.jpg" alt="">'
    '</a><h3 class="card-title"><a href="/p/{slug}">{name}</a></h3><p class="card-price"><span>${price}</span></p>'
    '<p class="card-note">Free delivery on orders over $50</p></article></li>'
)
SLIDES = "".join(
    _SLIDE.format(slug=name.lower().replace(" ", "-"), name=name, price=price)
    for name, price in [
        ("Linen Cushion Cover in Sage", "24.99"),
        ("Oak Serving Board Large", "38.50"),
        ("Stoneware Mug Set of Four", "29.00"),
        ("Woven Seagrass Basket", "41.99"),
        ("Brass Candle Holder Pair", "19.50"),
        ("Wool Throw in Charcoal", "64.00"),
        ("Glass Carafe with Tumbler", "22.00"),
        ("Rattan Mirror Round", "89.99"),
    ]
)


def _rail(heading: str = "You may also like", classes: str = "widget") -> str:
    return (
        f'<section class="{classes}"><h2>{heading}</h2><div class="slider"><ul class="slider-track">{SLIDES}'
        "</ul></div></section>"
    )


MEMBERS = "".join(
    f"<tr><td>{last}</td><td>{first}</td><td>${dues}</td></tr>"
    for last, first, dues in [("Okafor", "Ada", "50.00"), ("Lindqvist", "Per", "51.00"), ("Moreau", "Lea", "100.00")]
)


def _members_page(rail: str) -> str:
    return f"""<!doctype html><html><head><title>Members</title></head><body><div class="content"><h3>Members</h3>
<table><thead><tr><th>Last name</th><th>First name</th><th>Dues</th></tr></thead><tbody>{MEMBERS}</tbody></table>
</div>{rail}</body></html>"""


def test_a_rail_headed_as_other_items_ranks_behind_the_pages_table() -> None:
    profile = analyze_page(_members_page(_rail()), URL)
    assert profile.spec.mode == "list"
    assert profile.record_count == 3
    assert "tr" in profile.spec.record_selector


def test_a_rail_classed_as_recommendations_ranks_behind_the_pages_table() -> None:
    profile = analyze_page(_members_page(_rail("Trending now", "product-recommendations")), URL)
    assert profile.record_count == 3


def test_an_unlabelled_block_of_cards_is_not_demoted() -> None:
    # "Our shop" names no other items: the cards keep their rank over the three rows.
    profile = analyze_page(_members_page(_rail("Our shop")), URL)
    assert profile.record_count == 8


def test_the_label_is_found_above_cards_that_sit_one_to_a_slide() -> None:
    root = html.fromstring(f"<html><body><main><p>Welcome</p></main>{_rail()}</body></html>")
    cards = root.xpath("//article")
    block = related_block(cards, PageLists([cards], None).fence(cards), one_per_wrapper=True)
    assert block is not None and block.tag == "section"


def test_the_groups_beside_a_rail_leave_out_its_slides_and_their_parts() -> None:
    root = html.fromstring(_members_page(_rail()))
    slides, cards, titles, rows = (root.xpath(f"//{path}") for path in ("li", "article", "article/h3", "tbody/tr"))
    groups = [Group(members=m, score=10.0) for m in (slides, cards, titles, rows)]
    assert [g.members for g in beside_rail(groups, cards, 2.0) or []] == [rows]
    assert beside_rail(groups, rows, 2.0) is None  # the table is not labelled as other items


def test_a_product_pages_rail_still_tells_it_is_a_detail_page() -> None:
    # Its bullets beside the rail are the entity's lines, not a list of the page's own.
    bullets = "".join(f"<li>{t}</li>" for t in ("Solid oak top", "Steel legs", "Seats six", "Ships flat-packed"))
    page = f"""<!doctype html><html><head><title>Oak Table</title></head><body><main><h1>Oak Dining Table</h1>
<p class="price">$640.00</p><ul>{bullets}</ul></main>{_rail()}</body></html>"""
    profile = analyze_page(page, "https://shop.example/p/oak-table")
    assert profile.spec.mode == "detail"
    assert profile.sample_records[0]["title"] == "Oak Dining Table"
