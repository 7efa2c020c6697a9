"""Page numbers a list's path carries with no word marking them (``agents.heuristics.pathsteps``)."""

from __future__ import annotations

import pytest
from parsel import Selector

from agents.heuristics.steplinks import step_link

SITE = "https://site.test"


def _pager(links: list[tuple[str, str]], current: str = "<b>1</b>") -> Selector:
    anchors = " ".join(f'<a href="{href}">{text}</a>' for href, text in links)
    return Selector(
        text=f'<html><body><main><ul><li>x</li></ul><div class="paging">{current} {anchors}</div></main></body></html>'
    )


@pytest.mark.parametrize(
    ("first", "form"),
    [
        ("/blog", "/blog/{}"),
        ("/archives/", "/archives/{}/"),
        ("/news/list.htm", "/news/list-{}.htm"),
        ("/ogloszenia,12.html", "/ogloszenia,12,{}.html"),
        ("/jiaju/", "/jiaju/o{}/"),
        ("/news/list_12_1.html", "/news/list_12_{}.html"),
    ],
)
def test_a_bare_page_number_in_the_path_is_the_next_page(first: str, form: str) -> None:
    page = _pager([(form.format(k), str(k)) for k in (2, 3, 4)])
    found = step_link(page, SITE + first)
    assert found is not None and found.url == SITE + form.format(2)


def test_page_two_of_three_finds_page_three_by_its_own_number() -> None:
    page = _pager([("/news/list.htm", "1"), ("/news/list-3.htm", "3")], current="<b>2</b>")
    found = step_link(page, SITE + "/news/list-2.htm")
    assert found is not None and found.url == SITE + "/news/list-3.htm"


def test_a_show_more_link_to_a_numbered_path_is_the_next_page() -> None:
    page = Selector(
        text='<html><body><main><a class="button" href="/furniture/2/">Show more results</a></main></body></html>'
    )
    found = step_link(page, SITE + "/furniture/")
    assert found is not None and found.url == SITE + "/furniture/2/"


@pytest.mark.parametrize(
    ("url", "links"),
    [
        ("/2025/03/", [(f"/2025/03/{d:02d}/", str(d)) for d in range(1, 8)]),  # a calendar's days
        ("/archive/", [(f"/archive/{y}/", str(y)) for y in (2023, 2024, 2025)]),  # years
        ("/shop/", [("/shop/2", "Brass lamp"), ("/shop/3", "Oak stool")]),  # products, no page numbers
        ("/news/", [("/news/2/", "2")]),  # one number alone
    ],
)
def test_numbers_that_are_no_pager_are_no_step(url: str, links: list[tuple[str, str]]) -> None:
    assert step_link(_pager(links), SITE + url) is None
