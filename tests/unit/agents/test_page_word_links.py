"""Pagers that say no "next" word: a link naming the next page's number with the word for page
("Page 2 »", "Seite 2", "Página 2 ›"), a "Load more" holding page 2 in ``data-endpoint``, and a
canonical host's rel=next moving only this list's page number."""

from __future__ import annotations

import pytest
from parsel import Selector

from agents.heuristics.pagination import find_pagination
from agents.scout import analyze_page
from tests.unit.servedpages import ServedPages, crawl

LIST = "http://shop.test/list/"


def _cards(start: int) -> str:
    return "".join(
        f'<li class="card"><h3><a href="/item/{n}-fine-lamp">Fine brass lamp number {n}</a></h3>'
        f'<span class="price">{n}.50 EUR</span></li>'
        for n in range(start, start + 6)
    )


def _page(pager: str, start: int = 1, head: str = "") -> str:
    return f"<html><head>{head}</head><body><ul class='items'>{_cards(start)}</ul>{pager}</body></html>"


@pytest.mark.parametrize(
    ("text", "href"),
    [
        ("Page 2 »", "/list/page/2/"),
        ("Página 2 ›", "/list/page/2/"),
        ("Seite 2", "/list/seite/2/"),
        ("Strona 2", "/list/2/"),
        ("Pagina 2 →", "/list/page/2/"),
        ("Page 2 of 5", "/list/page/2/"),
    ],
)
def test_a_link_naming_the_next_page_in_words_is_the_next_link(text: str, href: str) -> None:
    found = find_pagination(Selector(text=_page(f'<div class="pager"><a href="{href}">{text}</a></div>')), LIST)
    assert found.spec.kind == "next_link"
    assert (
        Selector(text=_page(f'<div class="pager"><a href="{href}">{text}</a></div>'))
        .css(found.spec.next_selector or "")
        .xpath("@href")
        .get()
        == href
    )


def test_a_page_word_link_to_a_page_parameter_is_counted() -> None:
    found = find_pagination(Selector(text=_page('<div><a href="?sayfa=2">Sayfa 2</a></div>')), LIST)
    assert (found.spec.kind, found.spec.param) == ("page_param", "sayfa")


def test_a_page_word_link_naming_another_number_or_a_record_is_no_next_link() -> None:
    skipping = find_pagination(Selector(text=_page('<div><a href="/list/page/3/">Page 3 »</a></div>')), LIST)
    record = find_pagination(Selector(text=_page('<div><a href="/about/team">Page 2 »</a></div>')), LIST)
    assert skipping.spec.kind == record.spec.kind == "none"


def test_a_class_marked_page_word_link_to_a_new_file_of_the_list_folder_is_the_next_link() -> None:
    forum = "http://board.test/foro/"
    pager = '<div class="nav"><a class="next" href="/foro/2-20.html">Página 2 »</a></div>'
    found = find_pagination(Selector(text=_page(pager)), forum)
    assert (found.spec.kind, found.spec.next_selector) == ("next_link", "a.next")
    catalogue = find_pagination(Selector(text=_page('<a class="next" href="p-2.html">Page 2</a>')), forum)
    assert catalogue.spec.next_selector == "a.next"


def test_a_row_of_page_word_links_is_left_to_the_numbered_pager() -> None:
    row = '<div class="pages"><a href="/list/seite/2/">Seite 2</a> <a href="/list/seite/3/">Seite 3</a></div>'
    found = find_pagination(Selector(text=_page(row)), LIST)
    assert "Seite " not in (found.spec.next_selector or "")


def test_page_word_links_are_followed_to_the_last_page() -> None:
    pages = {
        LIST: _page('<p class="pager"><a href="/list/page/2/">Page 2 »</a></p>', 1),
        "http://shop.test/list/page/2/": _page(
            '<p class="pager"><a href="/list/">« Page 1</a> <a href="/list/page/3/">Page 3 »</a></p>', 7
        ),
        "http://shop.test/list/page/3/": _page('<p class="pager"><a href="/list/page/2/">« Page 2</a></p>', 13),
    }
    site = ServedPages({url: body.encode() for url, body in pages.items()})
    profile = analyze_page(pages[LIST], LIST)
    assert profile.spec.pagination.kind == "next_link"
    assert len(crawl(profile.spec, site)) == 18


def test_a_load_more_button_naming_page_two_in_data_endpoint_is_followed() -> None:
    button = '<button class="load-more" data-endpoint="/list/page/2/">Load more</button>'
    found = find_pagination(Selector(text=_page(button)), LIST)
    assert (found.spec.next_selector, found.spec.next_attribute) == ("button.load-more[data-endpoint]", "data-endpoint")


def test_a_canonical_hosts_rel_next_moving_the_page_number_is_counted_on_this_host() -> None:
    head = '<link rel="next" href="https://www.shop.test/list/?page=2">'
    found = find_pagination(Selector(text=_page('<button class="more">Show more</button>', head=head)), LIST)
    assert (found.spec.kind, found.spec.param, found.spec.start) == ("page_param", "page", 1)


@pytest.mark.parametrize("rel", ["Next", "NEXT", "prev Next"])
def test_a_head_rel_next_written_in_capitals_is_the_next_link(rel: str) -> None:
    head = f'<link rel="{rel}" href="/list/page/2/">'
    found = find_pagination(Selector(text=_page('<button class="more">Load more</button>', head=head)), LIST)
    assert found.spec.kind == "next_link"
    assert (
        Selector(text=_page("", head=head)).css(found.spec.next_selector or "").xpath("@href").get() == "/list/page/2/"
    )
