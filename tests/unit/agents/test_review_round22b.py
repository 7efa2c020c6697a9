"""Review of the step-link pager (steplinks, steplinkprobe): hostile pages and common misfires."""

from __future__ import annotations

import pytest
from parsel import Selector

from agents import steplinkprobe
from agents.heuristics.steplinks import step_link
from agents.steplinkprobe import step_link_pages
from pipeline.core.pagingspec import PaginationSpec
from pipeline.core.schemas import FieldSpec, ScraperSpec
from tests.unit.servedpages import ServedPages

HOST = "http://lists.test"


def _page(names: list[str], pager: str) -> bytes:
    rows = "".join(f'<li class="hit"><h3><a href="/item/{n}">{n}</a></h3><p>{n} notes</p></li>' for n in names)
    return f"<html><body><main><ul class='hits'>{rows}</ul>{pager}</main></body></html>".encode()


def _spec(start: str) -> ScraperSpec:
    return ScraperSpec(
        start_url=start,
        record_selector="ul.hits li.hit",
        fields=(FieldSpec(name="title", type="title", selector="h3 a"),),
        key_fields=("title",),
        pagination=PaginationSpec(),
    )


def _names(start: int) -> list[str]:
    return [f"Item {n}" for n in range(start, start + 3)]


@pytest.mark.parametrize(
    ("url", "pager"),
    [
        (f"{HOST}/all", '<a href="?page=2">2</a><a href="http://[oops/">x</a>'),  # last_linked_number
        (f"{HOST}/all", '<a href="?page=2&start=\u00b2">2</a><a href="?page=3">3</a>'),  # "²".isdigit()
        (f"{HOST}/all?page=\u00b2", '<a href="?page=2">2</a><a href="?page=3">3</a>'),
        (f"{HOST}/all", '<a href="?page=2&start=' + "9" * 5000 + '">2</a><a href="?page=3">3</a>'),
        (f"{HOST}/all", '<a href="?page=2">2</a><a href="?page=' + "9" * 5000 + '">last</a>'),
    ],
)
def test_hostile_numbers_and_addresses_do_not_crash(url: str, pager: str) -> None:
    step_link(Selector(text=_page(_names(1), pager).decode()), url)


def test_a_tag_name_holding_a_colon_builds_no_broken_selector() -> None:
    url = f"{HOST}/news/"
    one = '<div class="nums"><p:q class="on"></p:q><a href="/news/page/2/">2</a><a href="/news/page/3/">3</a></div>'
    two = '<div class="nums"><a href="/news/">1</a><span>2</span><a href="/news/page/3/">3</a></div>'
    site = ServedPages({url: _page(_names(1), one), f"{url}page/2/": _page(_names(4), two)})
    step_link_pages(site.fetch(url), _spec(url), site)  # type: ignore[arg-type]


def test_sibling_selectors_are_not_run_on_a_page_of_thousands_of_page_links(monkeypatch: pytest.MonkeyPatch) -> None:
    # libxml2 walks every following sibling for "span + a": 4,000 pager items took 7.3 s a selector.
    url = f"{HOST}/news/"
    items = "".join(
        f'<li class="i{n % 7}"><span>{n}</span><a class="pg" href="/news/page/{n}/">{n}</a></li>' for n in range(4000)
    )
    one = f'<div class="a"><div class="b"><div class="c"><ul class="d">{items}</ul></div></div></div>'
    site = ServedPages({url: _page(_names(1), one), f"{url}page/2/": _page(_names(4), one.replace("/page/2/", "/"))})
    run: list[str] = []
    first_link = steplinkprobe.first_link

    def recorded(page: Selector, css: str, base: str) -> str | None:
        run.append(css)
        return first_link(page, css, base)

    monkeypatch.setattr(steplinkprobe, "first_link", recorded)
    step_link_pages(site.fetch(url), _spec(url), site)  # type: ignore[arg-type]
    assert run  # selectors were tried
    assert not [css for css in run if " + " in css]


def test_recent_posts_linked_by_wordpress_ids_are_no_pager() -> None:
    url = f"{HOST}/blog/"
    recent = '<aside class="recent"><a href="/blog/?p=2">Hello world</a><a href="/blog/?p=3">On bikes</a></aside>'
    assert step_link(Selector(text=_page(_names(1), recent).decode()), url) is None


def test_a_post_pages_neighbours_are_no_pages_of_its_comments() -> None:
    url = f"{HOST}/?p=2"
    nav = '<nav class="post-nav"><a href="/?p=1">Hello world</a><a href="/?p=3">On bikes</a></nav>'
    assert step_link(Selector(text=_page(_names(1), nav).decode()), url) is None


def test_products_under_p_in_the_path_are_no_pager() -> None:
    url = f"{HOST}/shoes/"
    products = '<div class="more"><a href="/shoes/p/2">Red shoe</a><a href="/shoes/p/3">Blue shoe</a></div>'
    assert step_link(Selector(text=_page(_names(1), products).decode()), url) is None


def test_thousands_of_page_links_deep_in_the_page_are_no_pager() -> None:
    # How long this takes is a benchmark's business (timed tests fail on a loaded machine); here the deep page
    # must still be read to its end and give no pager.
    url = f"{HOST}/news/"
    links = "".join(f'<a href="/news/page/{n}/x">{n}</a>' for n in range(3000))  # none leads on
    deep = "<div>" * 1000 + links + "</div>" * 1000
    page = Selector(text=_page(_names(1), deep).decode())
    assert step_link(page, url) is None


def test_a_pager_in_an_articles_header_is_still_read_and_the_sites_is_not() -> None:
    url = f"{HOST}/all"
    article = '<article><header><a href="/all?page=2">2</a><a href="/all?page=3">3</a></header></article>'
    assert step_link(Selector(text=_page(_names(1), article).decode()), url) is not None
    banner = '<div role="banner"><div><a href="/all?page=2">2</a><a href="/all?page=3">3</a></div></div>'
    assert step_link(Selector(text=_page(_names(1), banner).decode()), url) is None
