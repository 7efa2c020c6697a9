"""Pages the Scout reaches: day tabs whose bar also links another view, "Show past dates" links,
a later page's rel=next link when the first page's link is gone there, and the listed days after
a day whose page is missing."""

from __future__ import annotations

from typing import Any

import scrapy
from lxml import html
from parsel import Selector
from scrapy.exceptions import IgnoreRequest
from scrapy.http import TextResponse
from scrapy.utils.test import get_crawler
from twisted.python.failure import Failure

from agents.heuristics.pagination import find_pagination
from agents.heuristics.saysnext import says_next
from pipeline.core.extract import next_page_url
from pipeline.core.pagingspec import PaginationSpec
from pipeline.core.schemas import FieldSpec, ScraperSpec
from pipeline.core.valuepages import value_page_url
from spiders.base import GeneratedSpider

BASE = "https://listings.test"


def _page(body: str, url: str) -> Selector:
    return Selector(text=f"<html><body>{body}<main>{_rows()}</main></body></html>", base_url=url, type="html")


def _rows() -> str:
    return "".join(f'<article class="row"><h3>Show {n}</h3></article>' for n in range(1, 6))


def _spec(url: str, pagination: PaginationSpec) -> ScraperSpec:
    title = FieldSpec(name="title", type="title", selector="h3")
    return ScraperSpec(start_url=url, record_selector="article.row", fields=(title,), pagination=pagination)


def _day_bar(extra: str) -> str:
    days = "".join(
        f'<li><a href="/tv/?date=2025-03-{day}&amp;time=prime"{" aria-current=page" if day == 14 else ""}>'
        f"{label}</a></li>"
        for day, label in ((14, "Today"), (15, "Tomorrow"), (16, "Sun 16.03."))
    )
    return f'<nav class="days"><ul>{days}{extra}</ul></nav>'


def test_day_tabs_are_pages_though_the_bar_also_links_a_week_view() -> None:
    url = f"{BASE}/tv/?date=2025-03-14&time=prime"
    found = find_pagination(_page(_day_bar('<li><a href="/tv/week/">Week</a></li>'), url), url)
    assert found.spec.kind == "param_values" and found.spec.param == "date"
    spec = _spec(url, found.spec)
    assert value_page_url(spec, 1) == f"{BASE}/tv/?date=2025-03-15&time=prime"
    assert value_page_url(spec, 2) == f"{BASE}/tv/?date=2025-03-16&time=prime"


def test_a_bar_mostly_of_other_pages_is_a_menu_not_tabs() -> None:
    url = f"{BASE}/tv/?date=2025-03-14&time=prime"
    menu = "".join(f'<li><a href="/{name}/">{name}</a></li>' for name in ("news", "films", "series", "sport"))
    found = find_pagination(_page(_day_bar(menu), url), url)
    assert found.spec.kind == "none"


def _anchor(markup: str) -> html.HtmlElement:
    return html.fragment_fromstring(markup)


def test_past_and_older_dates_say_next() -> None:
    for text in ("Show past dates", "Past events", "Earlier shows", "Vergangene Termine", "Dates passées"):
        assert says_next(_anchor(f'<a href="/tour/past">{text}</a>')), text
    for text in ("Past", "Upcoming dates", "Previous events"):
        assert not says_next(_anchor(f'<a href="/tour/past">{text}</a>')), text


def test_a_later_pages_rel_next_is_followed_when_the_first_link_is_gone() -> None:
    url = f"{BASE}/tour"
    first = _page('<div class="more-past"><a class="button" href="/tour/past">Show past dates</a></div>', url)
    found = find_pagination(first, url)
    assert found.spec.kind == "next_link"
    spec = _spec(url, found.spec)
    assert next_page_url(first, url, spec, page_number=1) == f"{BASE}/tour/past"
    past = f"{BASE}/tour/past"
    second = _page(
        '<div class="more-past"><a class="button" href="/tour">Upcoming dates</a> '
        '<a class="button" href="/tour/past?page=2" rel="next">Older dates</a></div>',
        past,
    )
    assert next_page_url(second, past, spec, page_number=2) == f"{BASE}/tour/past?page=2"
    last = _page('<div class="more-past"><a class="button" href="/tour/past" rel="prev">Newer dates</a></div>', past)
    assert next_page_url(last, f"{past}?page=2", spec, page_number=3) is None


def _day_spider(max_pages: int = 4) -> Any:
    days = ("2025-03-14", "2025-03-15", "2025-03-16", "2025-03-17")
    pagination = PaginationSpec(kind="param_values", param="date", values=days, max_pages=4, value_in_key=True)
    spec = _spec(f"{BASE}/tv/?date=2025-03-14", pagination)
    cls = type("Days", (GeneratedSpider,), {"name": "days", "spec": spec.model_dump(mode="json")})
    return cls.from_crawler(get_crawler(cls), max_pages=max_pages)


def _failed(url: str, page_number: int) -> Failure:
    failure = Failure(IgnoreRequest("404"))
    failure.request = scrapy.Request(url, cb_kwargs={"page_number": page_number})  # type: ignore[attr-defined]
    return failure


def test_a_missing_day_page_does_not_end_the_listed_days() -> None:
    spider = _day_spider()
    url = f"{BASE}/tv/?date=2025-03-14"
    response = TextResponse(url, body=_page("", url).get().encode(), encoding="utf-8", request=scrapy.Request(url))
    [request] = [r for r in spider.parse_page(response, page_number=1) if isinstance(r, scrapy.Request)]
    assert request.url == f"{BASE}/tv/?date=2025-03-15" and request.errback is not None
    [skipped] = request.errback(_failed(request.url, 2))
    assert skipped.url == f"{BASE}/tv/?date=2025-03-16" and skipped.cb_kwargs == {"page_number": 3}
    assert list(spider._skip_missing_value(_failed(f"{BASE}/tv/?date=2025-03-17", 4))) == []  # the last value
    assert list(_day_spider(max_pages=2)._skip_missing_value(_failed(request.url, 2))) == []  # a test crawl's cap
