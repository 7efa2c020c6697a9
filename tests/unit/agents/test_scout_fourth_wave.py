# ruff: noqa: E501
"""The mechanisms the fourth corpus wave asked for (issue #3), each on the smallest page showing it:
optional rows that are different fields rather than a list, rating captions that need a scale, counts
named by the part of the page their link leads to, and class words about the look naming nothing."""

from __future__ import annotations

import pytest
from parsel import Selector

from agents.heuristics.names import name_from_class
from agents.heuristics.nodevalues import rating_caption
from tests.unit.agents.conftest import spec_and_records

URL = "https://shop.example/search/"

ITEMS = [
    ("Trail Runner 2 Headlamp", 4.5, 1204, "2K+", 39.99),
    ("Summit Stove Mini", 4.1, 87, None, 54.00),
    ("Ridge 40L Pack", 4.7, 3310, "500+", 129.00),
    ("Drift Insulated Bottle", 4.4, 912, None, 24.50),
    ("Canyon Trekking Poles", 3.9, 45, "100+", 79.95),
]


def _card(index: int, title: str, rating: float, reviews: int, bought: str | None, price: float) -> str:
    url = f"/p/{index}-{title.lower().replace(' ', '-')}"
    extra = f'<div class="row"><span class="muted">{bought} bought in past month</span></div>' if bought else ""
    return f"""<div class="result" data-sku="SKU{index:04d}"><h2><a href="{url}">{title}</a></h2>
<div class="reviews"><div class="row"><span aria-label="{rating} out of 5 stars"><i class="icon icon-star"><span class="alt">{rating} out of 5 stars</span></i></span><span><a href="{url}#customerReviews"><span class="link-underline">{reviews:,}</span></a></span></div>{extra}</div>
<div class="offer"><span class="amount">${price:.2f}</span><span aria-label="FREE delivery Tue, Apr 7 on $35 of items shipped by us">FREE delivery Tue, Apr 7</span></div></div>"""


def _page() -> str:
    cards = "\n".join(_card(i, *item) for i, item in enumerate(ITEMS))
    return f'<html lang="en"><head><title>Search</title></head><body><main><h1>Results</h1><div class="results">{cards}</div></main></body></html>'


def test_an_optional_row_of_another_kind_is_a_field_not_a_list() -> None:
    spec, records = spec_and_records(_page(), URL)
    fields = {f.name: f for f in spec.fields}
    assert not any(f.many for f in spec.fields), [f.name for f in spec.fields if f.many]
    assert [r["rating"] for r in records] == [4.5, 4.1, 4.7, 4.4, 3.9]
    counts = [r.get(n) for r in records for n in fields if n.endswith("count")]
    assert counts == [1204, 87, 3310, 912, 45]


def test_a_count_is_named_by_the_part_of_the_page_its_link_leads_to() -> None:
    spec, _records = spec_and_records(_page(), URL)
    assert "review_count" in {f.name for f in spec.fields}


def test_a_delivery_caption_is_no_rating() -> None:
    spec, records = spec_and_records(_page(), URL)
    ratings = [f for f in spec.fields if f.type == "rating"]
    assert len(ratings) == 1, [(f.name, f.selector, f.attribute) for f in ratings]
    assert all(isinstance(r["rating"], float) and r["rating"] < 5 for r in records)


@pytest.mark.parametrize(
    ("caption", "rating"),
    [
        ("4.5 out of 5 stars", True),
        ("Rated 8.7/10", True),
        ("4 stars", True),
        ("3.5 of 5", True),
        ("FREE delivery Tue, Apr 7 on $35 of items", False),
        ("Photo 3 of 12", False),
        ("12,345", False),
    ],
)
def test_a_rating_caption_needs_a_scale_or_stars(caption: str, rating: bool) -> None:
    element = Selector(text=f'<span aria-label="{caption}">x</span>').css("span")[0].root
    assert bool(rating_caption(element)) is rating


@pytest.mark.parametrize(
    "token",
    ["s-underline-text", "text-truncate", "line-clamp-2", "a-text-strikethrough", "a-link-normal", "s-link-style"],
)
def test_class_words_about_the_look_name_nothing(token: str) -> None:
    assert name_from_class(token) is None


def test_tags_linking_to_their_own_folders_stay_a_list() -> None:
    quotes = [
        ("Logic will get you from A to Z.", ["imagination", "logic"]),
        ("A day without sunshine is like night.", ["humor"]),
        ("Never trust anything that can think for itself.", []),
        ("Good friends, good books and a sleepy conscience.", ["books", "friends", "life"]),
        ("Try not to become a man of success.", ["success", "value"]),
    ]
    cards = "".join(
        f'<div class="quote"><span class="text">{t}</span><span>by <small class="author">A. Writer {i % 2}</small></span><div class="tags">Tags: '
        + "".join(f'<a class="tag" href="/tag/{tag}/page/1/">{tag}</a>' for tag in tags)
        + "</div></div>"
        for i, (t, tags) in enumerate(quotes)
    )
    page = f'<html lang="en"><head><title>Quotes</title></head><body><main><h1>Quotes</h1><div class="col">{cards}</div></main></body></html>'
    spec, records = spec_and_records(page, URL)
    (tags,) = [f for f in spec.fields if f.many]
    assert [r.get(tags.name) or [] for r in records] == [q[1] for q in quotes]
