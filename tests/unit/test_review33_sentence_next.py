"""A label's sentence with "next" in it names a film or a product as readily as a pager: it makes the
next link only where the link leads to a page of this list."""

from __future__ import annotations

import pytest
from lxml.html import fromstring
from parsel import Selector

from agents.heuristics.nextlinks import next_link
from agents.heuristics.saysnext import says_next

URL = "https://movies.example/list/"


@pytest.mark.parametrize(
    "link",
    [
        '<a href="/title/tt0110729" title="The Next Karate Kid (1994)"><img src="p.jpg" alt="The Next Karate Kid"></a>',
        '<a href="/title/tt1458175" title="The Next Three Days"><img src="p.jpg"></a>',
        '<a href="/shop/jeans-555" title="Boys Slim Jeans by Next"><img src="x.jpg"></a>',
        '<a href="/shop/tee-9" aria-label="Add to basket: Next Level tee"><svg></svg></a>',
        '<a href="/shop/chaqueta-9" title="Chaqueta de la próxima temporada"><img src="x.jpg"></a>',
        '<a href="/artikel/9" title="Die nächste Generation Laufschuhe"><img src="x.jpg"></a>',
        '<a href="/news/9" aria-label="Read next article"><svg></svg></a>',
    ],
)
def test_a_sentence_label_to_an_item_is_no_next_link(link: str) -> None:
    assert not says_next(fromstring(link), URL)


@pytest.mark.parametrize("href", ["/list/?page=2", "/list/page/2/", "/list/2"])
def test_a_sentence_label_to_this_lists_next_page_still_says_next(href: str) -> None:
    link = f'<a href="{href}" aria-label="Go to the next page"><svg></svg></a>'
    assert says_next(fromstring(link), URL)


def test_a_movie_card_titled_next_does_not_beat_the_real_pager() -> None:
    titles = ["Heat", "The Next Karate Kid", "Alien", "Up"]
    cards = "".join(
        f'<li><a href="/title/tt{i}" title="{t}"><img src="p{i}.jpg"></a><h3><a href="/title/tt{i}">{t}</a></h3></li>'
        for i, t in enumerate(titles)
    )
    html = f'<html><body><ul>{cards}</ul><div class="pager"><a href="/list/?page=2">Next ›</a></div></body></html>'
    found = next_link(Selector(text=html), URL)
    assert found is not None and found[1] == "/list/?page=2"
