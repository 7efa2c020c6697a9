"""Ratings said in a sentence, status lines around a price, and labelled groups read as lists."""

from __future__ import annotations

from lxml import html
from parsel import Selector

from agents.heuristics.detailparts import chip_runs
from agents.heuristics.labelledgroups import labelled_groups
from agents.heuristics.ratingbadges import SAID_RATING
from agents.heuristics.statuslines import status_lines


def test_a_rating_said_inside_a_sentence() -> None:
    assert SAID_RATING.match("Company rating 4.1 out of 5 stars")
    assert SAID_RATING.match("4.9 out of 5 stars, 1,234 reviews")
    assert not SAID_RATING.match("Free delivery 4 out of 5")


_LISTING = """<div><div><span class="wt-badge wt-badge--small"><span class="wt-icon"></span>Bestseller</span></div>
<div><p class="wt-text-title-small">Only 3 left and in 8 baskets</p></div>
<div><p class="price">£24.00</p><p class="wt-text-strikethrough"><del>£30.00</del></p><p>20% off</p></div>
<p>20% off everything this weekend</p>
<label for="variation-selector-0">Size</label><select id="variation-selector-0"><option value="" selected>Select an
option</option><option value="1">16 inches</option><option value="2">18 inches</option></select>
<div role="group" aria-label="Job type"><h3>Job type</h3><ul><li><button><span>Full-time</span></button></li>
<li><button><span>Permanent</span></button></li></ul></div>
<ul class="tags"><li><a class="post-tag" href="/t/python">python</a></li>
<li><a class="post-tag" href="/t/polars">polars</a></li>
<li><a class="post-tag" href="/t/dataframe">dataframe</a></li></ul></div>"""


def test_status_lines_around_the_price() -> None:
    root = html.fromstring(_LISTING)
    found = {name: el.text_content().strip() for name, el in status_lines(root, set())}
    assert found == {"badge": "Bestseller", "availability": "Only 3 left and in 8 baskets", "discount": "20% off"}


def test_labelled_selects_and_groups_are_lists() -> None:
    root = html.fromstring(_LISTING)
    record = Selector(root=root)
    specs = {
        s.name: [m.root.text_content().strip() for m in record.css(s.selector)]
        for s in labelled_groups(record, root, set(), set())
    }
    assert specs["size"] == ["16 inches", "18 inches"]
    assert specs["job_type"] == ["Full-time", "Permanent"]


def test_tag_links_one_to_an_item_are_chips() -> None:
    root = html.fromstring(_LISTING)
    runs = chip_runs(root, set())
    assert [[a.text_content() for a in links] for _, links in runs] == [["python", "polars", "dataframe"]]
