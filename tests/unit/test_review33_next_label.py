"""Review of round 33: an icon link's label that starts with "Next" and goes on names a story or a
product as readily as a pager; it counts only where the link leads to a page of this list."""

from __future__ import annotations

import pytest
from lxml.html import fromstring

from agents.heuristics.saysnext import says_next

URL = "https://shop.example/tshirts/"


@pytest.mark.parametrize(
    "html",
    [
        '<a href="/p/555" title="Next Boys Slim Jeans"><img src="x.jpg" alt=""></a>',
        '<a href="/news/other-story" aria-label="Next story"><svg></svg></a>',
        '<a href="/p/777" aria-label="Next-gen console bundle"><img src="a.jpg"></a>',
        '<a href="/p/123-next-level-3600" title="Next Level Apparel 3600 Tee"><img src="x.jpg"></a>',
    ],
)
def test_a_label_going_on_past_next_to_another_page_is_no_pager(html: str) -> None:
    assert not says_next(fromstring(html), URL)


@pytest.mark.parametrize(
    "html",
    [
        '<a href="#" aria-label="Next"><svg></svg></a>',
        '<a href="javascript:void(0)" aria-label="Next page"><svg></svg></a>',
        '<a aria-label="Next »"><svg></svg></a>',
        '<a href="/browse?cursor=Zm9v" aria-label="Next"><svg></svg></a>',
        '<a href="/zz/list-b.aspx" aria-label="Nächste Seite"><svg></svg></a>',
        '<a href="/other/place" aria-label="Go to next page"><svg></svg></a>',
        '<a href="/other/place" aria-label="Next" title="Next page"><svg></svg></a>',
        '<a href="/tshirts/page/2/" aria-label="Next set of results"><svg></svg></a>',
        '<a href="#" aria-label="Next set of results"><svg></svg></a>',
        '<a href="/other/place" aria-label="Next">›</a>',
    ],
)
def test_a_whole_next_label_or_a_longer_one_to_this_list_is_a_pager(html: str) -> None:
    assert says_next(fromstring(html), URL)
