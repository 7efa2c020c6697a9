"""A numbered page's address is the list's own with a page word and a number glued on: an item's name
with a number (``iphone-15``, ``soup-2``, ``v2``) is no page, nor another file whose name starts with the
list's (``/newsletter2.html`` beside ``/news.html``)."""

from __future__ import annotations

import pytest

from agents.heuristics.pagedpaths import numbered_sibling


@pytest.mark.parametrize(
    ("here", "there"),
    [
        ("/phones/", "/phones/iphone-15"),
        ("/cameras/", "/cameras/canon-5"),
        ("/tshirts/", "/tshirts/v2"),
        ("/recipes/", "/recipes/soup-2"),
        ("/tshirts/", "/tshirts/tee-2"),
        ("/news.html", "/newsletter2.html"),
        ("/news.html", "/news2.html"),
    ],
)
def test_an_items_address_with_a_number_is_no_numbered_page(here: str, there: str) -> None:
    assert not numbered_sibling(f"https://e.example{here}", there)


@pytest.mark.parametrize(
    ("here", "there"),
    [
        ("/tshirts/", "/tshirts/p2"),
        ("/news/", "/news/page2.html"),
        ("/news.html", "/news_p2.html"),
        ("/news.html", "/news-2.html"),
        ("/gallery/", "/gallery/2.html"),
        ("/jobs/", "/jobs/l/2"),
        ("/kat/", "/kat/strona-2"),
        ("/s/mug/", "/s/mug/_Desde_49"),
        ("/lamps/", "/lamps/pg-3/"),
    ],
)
def test_a_page_word_and_number_after_the_lists_address_is_a_numbered_page(here: str, there: str) -> None:
    assert numbered_sibling(f"https://e.example{here}", there)


@pytest.mark.parametrize(
    ("here", "there"),
    [
        ("/news/", "/news/index_2.html"),
        ("/news/index.html", "/news/index_2.html"),
        ("/news/index.html", "/news/index2.html"),
        ("/news/", "/news/list_2.html"),
        ("/list.html", "/list2.html"),
        ("/forum/forumdisplay.php", "/forum/forumdisplay2.php"),
        ("/shop/shoes", "/shop/shoes/o2"),
        ("/shop/shoes", "/shop/shoes/pn2"),
        ("/cars", "/cars/pagenum/2"),
    ],
)
def test_a_cms_index_or_list_page_number_is_a_numbered_page(here: str, there: str) -> None:
    assert numbered_sibling(f"https://e.example{here}", there)
