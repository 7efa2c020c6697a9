"""A link a class, a label or an icon marks "next" that leads off the list's path (a forum's
``/forum/12-2.html``, a page word no table holds) is asked once and followed when the site answers
new records of the list's shape; a "Next story" teaser answers none and stays refused."""

from __future__ import annotations

import pytest
from parsel import Selector

from agents.heuristics.pagerrefusals import note_codes
from agents.heuristics.pagination import find_pagination
from agents.markednextprobe import marked_next_pages
from agents.survey import probed_pages, surveyed
from pipeline.core.pagingspec import PaginationSpec
from pipeline.core.schemas import FieldSpec, ScraperSpec
from tests.unit.servedpages import ServedPages, crawl

HOST = "http://club.test"


def _page(topics: list[int], pager: str, link: str = "/forum/topic/{n}-night-sky.html") -> bytes:
    rows = "".join(
        f'<li class="topic"><h3><a href="{link.format(n=n)}">Topic number {n} on the sky</a></h3>'
        f"<p>{n} replies</p></li>"
        for n in topics
    )
    aside = '<aside><a href="/">Home</a><a href="/rules.html">Forum rules</a></aside>'
    return f"<html><body>{aside}<main><ul class='topics'>{rows}</ul>{pager}</main></body></html>".encode()


def _spec(url: str) -> ScraperSpec:
    return ScraperSpec(
        start_url=url,
        record_selector="ul.topics li.topic",
        fields=(FieldSpec(name="title", type="title", selector="h3 a"),),
        key_fields=("title",),
        pagination=PaginationSpec(),
    )


def _topics(page: int) -> list[int]:
    return list(range(10 * page, 10 * page + 5))


def _forum(url: str, link: str) -> ServedPages:
    """Three pages whose pager is only an ``a.next`` in Irish ("Leathanach 2 ›") to ``12-N.html``."""

    def pager(n: int) -> str:
        back = f'<a class="prev" href="/forum/12-{n - 1}.html">‹</a>' if n > 1 else ""
        on = f'<a class="next" href="/forum/12-{n + 1}.html">Leathanach {n + 1} ›</a>' if n < 3 else ""
        return f'<div class="pages">{back}<span>Leathanach {n} de 3</span>{on}</div>'

    return ServedPages(
        {
            url: _page(_topics(1), pager(1), link),
            f"{HOST}/forum/12-2.html": _page(_topics(2), pager(2), link),
            f"{HOST}/forum/12-3.html": _page(_topics(3), pager(3), link),
        }
    )


@pytest.mark.parametrize(
    ("start", "link"),
    [
        ("/forum/", "/forum/topic/{n}-night-sky.html"),
        ("/forum/12-1.html", "/forum/3-{n}.html"),  # topics shaped like the pages, numbered as low
    ],
)
def test_a_class_marked_next_in_an_unread_language_is_followed_to_page_3(start: str, link: str) -> None:
    url = f"{HOST}{start}"
    site = _forum(url, link)
    assert find_pagination(Selector(text=site.pages[url].decode(), base_url=url), url).spec.kind == "none"
    found = marked_next_pages(site.fetch(url), _spec(url), site)  # type: ignore[arg-type]
    assert found is not None and found.spec.kind == "next_link" and found.spec.next_selector
    assert site.asked == [url, f"{HOST}/forum/12-2.html"]  # one request
    spec = _spec(url).model_copy(update={"pagination": found.spec})
    site.asked.clear()
    titles = [r["title"] for r in crawl(spec, site)]
    assert titles == [f"Topic number {n} on the sky" for p in (1, 2, 3) for n in _topics(p)]
    assert site.asked[-1] == f"{HOST}/forum/12-3.html"


def test_the_survey_takes_the_marked_link_after_the_pager_rules_refused_it() -> None:
    url = f"{HOST}/forum/"
    site = _forum(url, "/forum/topic/{n}-night-sky.html")
    page = site.fetch(url)
    first, _ = surveyed(page, site)  # type: ignore[arg-type]
    assert first.spec.pagination.kind == "none"
    paged = probed_pages(page, first, site)  # type: ignore[arg-type]
    assert paged.spec.pagination.kind == "next_link"
    assert "marked next" in paged.notes[-1]


def test_a_next_story_teaser_marked_next_gets_no_pager_and_a_refusal() -> None:
    url = f"{HOST}/news/"
    teaser = '<div class="teaser"><a class="next" href="/stories/the-comet-returns.html">Next story ›</a></div>'
    story = b"<html><body><article><h1>The comet returns</h1><p>It came back.</p></article></body></html>"
    site = ServedPages({url: _page(_topics(1), teaser), f"{HOST}/stories/the-comet-returns.html": story})
    refusals: list[str] = []
    assert marked_next_pages(site.fetch(url), _spec(url), site, refusals=refusals) is None  # type: ignore[arg-type]
    assert note_codes(refusals) == ["page2-empty"]
    page = site.fetch(url)
    first, _ = surveyed(page, site)  # type: ignore[arg-type]
    assert probed_pages(page, first, site).spec.pagination.kind == "none"  # type: ignore[arg-type]


def test_a_teaser_to_one_of_the_records_is_refused_unasked() -> None:
    url = f"{HOST}/news/"
    teaser = '<div class="teaser"><a class="next" href="/forum/topic/10-night-sky.html">Up next ›</a></div>'
    site = ServedPages({url: _page(_topics(1), teaser)})
    refusals: list[str] = []
    assert marked_next_pages(site.fetch(url), _spec(url), site, refusals=refusals) is None  # type: ignore[arg-type]
    assert note_codes(refusals) == ["leaves-list"] and site.asked == [url]


def test_an_icon_link_with_an_unread_label_is_taken_after_the_probe() -> None:
    url = f"{HOST}/katalogo/"

    def pager(n: int) -> str:
        if n == 3:
            return '<nav class="paging"><a href="/katalogo/pagxo-2/" aria-label="Antaŭa"><i class="ic-l"></i></a></nav>'
        icon = '<i class="icon-chevron-right"></i>'
        return f'<nav class="paging"><a href="/katalogo/pagxo-{n + 1}/" aria-label="Sekva paĝo">{icon}</a></nav>'

    pages = {url: _page(_topics(1), pager(1))}
    pages |= {f"{HOST}/katalogo/pagxo-{n}/": _page(_topics(n), pager(n)) for n in (2, 3)}
    site = ServedPages(pages)
    assert find_pagination(Selector(text=pages[url].decode(), base_url=url), url).spec.kind == "none"
    found = marked_next_pages(site.fetch(url), _spec(url), site)  # type: ignore[arg-type]
    assert found is not None and found.spec.kind == "next_link"
    assert site.asked == [url, f"{HOST}/katalogo/pagxo-2/"]
    spec = _spec(url).model_copy(update={"pagination": found.spec})
    assert len(crawl(spec, site)) == 15
