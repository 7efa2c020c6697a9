"""Review of round 30's Scout change: hand-made inputs the new pager rules read wrongly."""

from __future__ import annotations

import pytest
from lxml.html import fromstring
from parsel import Selector

from agents.heuristics.lastpage import last_page_number
from agents.heuristics.nextwords import PAGED_HREF
from agents.heuristics.pagination import find_pagination
from agents.heuristics.saysnext import says_next

_POSTS = "".join(
    f'<article><h2><a href="/blog/post-{i}">Post {i}</a></h2><p>Text of post {i} here.</p></article>' for i in range(8)
)


def test_a_foreign_last_link_still_leaves_the_window_open() -> None:
    # "1 2 3 4 5 Следующая Последняя" ("Next", "Last" to page 42): the pager shows a window, not
    # five pages; the worded links are now "other" and the crawl would be capped at page 5.
    numbers = "".join(f'<a href="?page={i}">{i}</a> ' for i in range(1, 6))
    html = f'<div class="pager">{numbers}<a href="?page=2">Следующая</a> <a href="?page=42">Последняя</a></div>'
    assert last_page_number(Selector(text=html), "page", 1) in (None, 42)


def test_a_worded_link_inside_the_shown_pages_leaves_the_last_page_shown() -> None:
    # A worded link to a page the numbers show ("Tovább" to page 2, a menu's "Two") caps nothing.
    numbers = "".join(f'<a href="?page={i}">{i}</a> ' for i in range(1, 4))
    html = f'<nav><a href="/all?page=2">Two</a></nav><div>{numbers}<a href="?page=2">Tovább</a></div>'
    assert last_page_number(Selector(text=html), "page", 1) == 3


def test_a_sidebar_more_link_never_beats_a_load_more_button() -> None:
    html = (
        f"<html><body><main>{_POSTS}"
        '<button class="load-more" hx-get="/blog/feed?page=2">Load more</button></main>'
        '<aside><h3>Categories</h3><a href="/category/travel">More</a></aside></body></html>'
    )
    found = find_pagination(Selector(text=html), "https://ex.com/blog/")
    assert "category/travel" not in found.note
    assert found.spec.next_attribute == "hx-get"


def test_a_read_more_to_an_article_about_nha_trang_is_no_next_link() -> None:
    # "trang" (Vietnamese "page") is also the city Nha Trang: "-trang-2025" is no page number.
    link = fromstring('<a href="/du-lich/le-hoi-nha-trang-2025">Xem thêm</a>')
    assert not says_next(link, "https://vn.example/tin-tuc/")


@pytest.mark.parametrize(
    ("href", "paged"),
    [
        ("/du-lich/le-hoi-nha-trang-2025", False),
        ("/journee-mondiale-sida-2024", False),
        ("/blog/mein-seite-2/", False),
        ("/tin-tuc/trang-2/", True),
        ("/haberler/sayfa/2", True),
        ("/wiadomosci/strona2.html", True),
        ("/shoes-p2.html", True),
    ],
)
def test_a_page_word_in_a_path_is_a_segment_of_its_own(href: str, paged: bool) -> None:
    assert bool(PAGED_HREF.search(href)) is paged
