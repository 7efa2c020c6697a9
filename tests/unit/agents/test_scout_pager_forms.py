"""Pager forms: a form whose submit reads "Next" pages the list by the GET URL its fields make; a
POST one is kept only when the server answers that URL with new records; a search box is no pager,
and a form posting to another host is never followed."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest
import scrapy
from parsel import Selector
from pydantic import ValidationError
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from agents.fetch import FetchedPage
from agents.formprobe import refused_post_form
from agents.heuristics.pagination import find_pagination
from pipeline.core.exceptions import FetchFailed
from pipeline.core.extract import next_page_url
from pipeline.core.pagingspec import PaginationSpec
from pipeline.core.schemas import FieldSpec, ScraperSpec
from spiders.base import GeneratedSpider

BASE = "https://finder.test"
SEARCH_BOX = (
    '<form class="top" action="/search" method="get"><input type="text" name="q" value="{query}">'
    '<input type="hidden" name="page" value="2"><button type="submit">{button}</button></form>'
)


def _html(titles: list[str], pager: str, top: str = "") -> str:
    items = "".join(f'<li class="hit"><h3><a href="/r/{t}">{t}</a></h3><p>About {t}</p></li>' for t in titles)
    return f"<html><body>{top}<ul class='hits'>{items}</ul>{pager}</body></html>"


def _page(body: str, url: str) -> Selector:
    return Selector(text=body, base_url=url, type="html")


def _spec(url: str, pagination: PaginationSpec) -> ScraperSpec:
    title = FieldSpec(name="title", type="title", selector="h3 a")
    return ScraperSpec(
        start_url=url, record_selector="li.hit", fields=(title,), key_fields=("title",), pagination=pagination
    )


def _get_pager(start: int) -> str:
    return (
        '<form class="pager" method="get" action="/search?ignored=1">'
        '<input type="hidden" name="q" value="brass lamps"><input type="hidden" name="start" '
        f'value="{start}"><input type="file" name="upload"><input type="password" name="pin" value="1234">'
        '<input type="checkbox" name="fresh"><select name="sort"><option value="new">New</option>'
        '<option value="top" selected>Top</option></select>'
        '<button type="submit" name="go" value="next">Next page</button></form>'
    )


def test_a_get_form_whose_button_reads_next_pages_by_its_fields() -> None:
    url = f"{BASE}/search?q=brass+lamps"
    page = _page(_html(["a", "b"], _get_pager(10)), url)
    found = find_pagination(page, url).spec
    assert found.kind == "next_form"
    spec = _spec(url, found)
    # Hidden fields, the chosen option and the button's own name=value, in page order; no file,
    # password or unchecked box, and the action's own query is replaced, as a browser does.
    assert next_page_url(page, url, spec, page_number=1) == f"{BASE}/search?q=brass+lamps&start=10&sort=top&go=next"
    # The crawl reads the form again on the next page, whose values moved on.
    second = f"{BASE}/search?q=brass+lamps&start=10&sort=top&go=next"
    later = _page(_html(["c", "d"], _get_pager(20)), second)
    assert next_page_url(later, second, spec, page_number=2) == f"{BASE}/search?q=brass+lamps&start=20&sort=top&go=next"


def _post_pager(offset: int, previous: bool = False) -> str:
    fields = (
        f'<input type="hidden" name="q" value="otters"><input type="hidden" name="s" value="{offset}">'
        '<input type="hidden" name="v" value="l">'
    )
    form = '<div class="nav"><form action="/html/" method="post"><input type="submit" value="{}">{}</form></div>'
    return (form.format("Previous", fields) if previous else "") + form.format("Next", fields)


@dataclass
class _Site:
    pages: dict[str, str]
    asked: list[str] = field(default_factory=list)

    def fetch(self, url: str, *, render: bool = False) -> FetchedPage:
        self.asked.append(url)
        if url not in self.pages:
            raise FetchFailed(f"404 {url}")
        return FetchedPage(url, url, 200, {"content-type": "text/html"}, self.pages[url].encode())


def _post_case(answer: str | None) -> tuple[FetchedPage, ScraperSpec, _Site, str]:
    url = f"{BASE}/html/?q=otters"
    body = _html(["a", "b", "c"], _post_pager(3))
    found = find_pagination(_page(body, url), url).spec
    assert found.kind == "next_form"
    spec = _spec(url, found)
    target = next_page_url(body, url, spec, page_number=1)
    assert target == f"{BASE}/html/?q=otters&s=3&v=l"
    site = _Site({url: body} | ({target: answer} if answer is not None else {}))
    first = FetchedPage(url, url, 200, {"content-type": "text/html"}, body.encode())
    return first, spec, site, target


def test_a_post_form_is_kept_only_when_its_get_url_answers_new_records() -> None:
    first, spec, site, target = _post_case(_html(["d", "e", "f"], _post_pager(6, previous=True)))
    assert refused_post_form(first, spec, site) is None
    assert site.asked == [target]
    # Page 2 holds a "Previous" form first: the crawl still submits the "Next" one.
    second = site.pages[target]
    assert next_page_url(second, target, spec, page_number=2) == f"{BASE}/html/?q=otters&s=6&v=l"


@pytest.mark.parametrize(
    "answer",
    [
        None,  # the server refuses GET (405, 404)
        "<html><body><h1>Search</h1><p>Type a query.</p></body></html>",  # its search page: no records
        _html(["a", "b", "c"], _post_pager(3)),  # the first page again: nothing new
    ],
)
def test_a_post_form_whose_get_url_fails_is_no_pager(answer: str | None) -> None:
    first, spec, site, _target = _post_case(answer)
    refused = refused_post_form(first, spec, site)
    assert refused is not None
    assert refused.spec.kind == "none"


def test_a_get_form_is_not_asked_again() -> None:
    url = f"{BASE}/search?q=brass+lamps"
    body = _html(["a", "b"], _get_pager(10))
    spec = _spec(url, find_pagination(_page(body, url), url).spec)
    site = _Site({})
    first = FetchedPage(url, url, 200, {"content-type": "text/html"}, body.encode())
    assert refused_post_form(first, spec, site) is None
    assert site.asked == []


@pytest.mark.parametrize("button", ["Search", "Go", "→", "›"])
def test_a_search_box_at_the_top_is_no_pager(button: str) -> None:
    url = f"{BASE}/search?q=lamps"
    top = SEARCH_BOX.format(query="lamps", button=button)
    assert find_pagination(_page(_html(["a", "b"], "", top), url), url).spec.kind == "none"
    # An empty query box is a form to fill, whatever its button reads.
    empty = SEARCH_BOX.format(query="", button="Weiter")
    assert find_pagination(_page(_html(["a", "b"], "", empty), url), url).spec.kind == "none"
    # With a pager form lower down, that one is the pager.
    paged = find_pagination(_page(_html(["a", "b"], _get_pager(10), top), url), url).spec
    assert paged.kind == "next_form"
    assert "Next page" in (paged.next_selector or "")


def test_a_form_posting_to_another_host_is_never_followed() -> None:
    url = f"{BASE}/search?q=lamps"
    elsewhere = _get_pager(10).replace('action="/search?ignored=1"', 'action="https://tracker.test/collect"')
    assert find_pagination(_page(_html(["a", "b"], elsewhere), url), url).spec.kind == "none"
    scripted = _get_pager(10).replace('action="/search?ignored=1"', 'action="javascript:go()"')
    assert find_pagination(_page(_html(["a", "b"], scripted), url), url).spec.kind == "none"
    # A later page that turns the form elsewhere ends the crawl instead of leaving the site.
    spec = _spec(url, PaginationSpec(kind="next_form", next_selector='form button:contains("Next page")'))
    assert next_page_url(_html(["c"], elsewhere), url, spec, page_number=2) is None


def test_a_form_pagination_needs_the_selector_of_its_control() -> None:
    with pytest.raises(ValidationError, match="next_form"):
        PaginationSpec(kind="next_form")
    with pytest.raises(ValidationError, match="next_form"):
        PaginationSpec(kind="next_form", next_selector="  ")


def test_the_spider_follows_the_form_page_after_page() -> None:
    url = f"{BASE}/search?q=brass+lamps"
    spec = _spec(url, PaginationSpec(kind="next_form", next_selector='form button:contains("Next page")'))
    cls = type("Finder", (GeneratedSpider,), {"name": "finder", "spec": spec.model_dump(mode="json")})
    spider: Any = cls.from_crawler(get_crawler(cls))
    body = _html(["a", "b"], _get_pager(10)).encode()
    response = HtmlResponse(url, body=body, encoding="utf-8", request=scrapy.Request(url))
    asked = [r.url for r in spider.parse_page(response, page_number=1) if isinstance(r, scrapy.Request)]
    assert asked == [f"{BASE}/search?q=brass+lamps&start=10&sort=top&go=next"]


def test_the_buttons_own_formaction_and_formmethod_win_over_the_forms() -> None:
    url = f"{BASE}/search?q=lamps"
    pager = _get_pager(10).replace(
        '<button type="submit" name="go" value="next">',
        '<button type="submit" name="go" value="next" formaction="/results/page-2" formmethod="get">',
    )
    spec = _spec(url, PaginationSpec(kind="next_form", next_selector='form button:contains("Next page")'))
    dialog = pager.replace('method="get"', 'method="dialog"', 1)  # the form alone would ask for nothing
    asked = next_page_url(_html(["a"], dialog), url, spec, page_number=1)
    assert asked == f"{BASE}/results/page-2?q=brass+lamps&start=10&sort=top&go=next"
    offsite = pager.replace('formaction="/results/page-2"', 'formaction="https://tracker.test/collect"')
    assert next_page_url(_html(["a"], offsite), url, spec, page_number=1) is None
