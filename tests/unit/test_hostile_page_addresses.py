"""A hostile page's broken or off-site addresses in pager forms, cursor links and script sources
are refused, never raised on; a picture's size attribute that int() cannot read is no crash."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest
from lxml import html
from parsel import Selector
from pydantic import ValidationError

from agents import jsonscout
from agents.bundles import MAX_BUNDLE_FETCHES, bundle_texts
from agents.fetch import FetchedPage
from agents.heuristics.formpager import next_form
from agents.heuristics.regroup import _is_record_picture
from pipeline.core.cursorpages import cursor_page_url
from pipeline.core.exceptions import FetchFailed
from pipeline.core.formpages import form_page_url
from pipeline.core.pagingspec import PaginationSpec
from pipeline.core.urls import on_same_site

PAGE = "https://search.example/results?q=swifts"


def _next_control(action: str) -> object:
    form = f'<form action="{action}"><input type=hidden name=s value=30><input type=submit value="Next"></form>'
    return Selector(text=form).css("input[type=submit]")[0].root


@pytest.mark.parametrize("action", ["http://[oops/next", "https://search.example:99999/next"])
def test_a_pager_form_with_a_broken_action_asks_nothing(action: str) -> None:
    assert form_page_url(_next_control(action), PAGE, PAGE) is None
    page = Selector(text=f'<form action="{action}"><input type=hidden name=s value=30><input type=submit value=Next>')
    assert next_form(page, PAGE) is None


def test_a_pager_form_never_steps_down_to_http() -> None:
    assert form_page_url(_next_control("http://search.example/results"), PAGE, PAGE) is None
    assert form_page_url(_next_control("/results"), PAGE, PAGE) == "https://search.example/results?s=30"


@pytest.mark.parametrize("link", ["http://[oops/feed", "http://api.example/feed?page=2", "//elsewhere.example/feed"])
def test_a_cursor_link_that_is_broken_or_leaves_the_site_ends_the_crawl(link: str) -> None:
    pagination = PaginationSpec(kind="cursor", cursor_path="links.next")
    assert cursor_page_url(f'{{"links": {{"next": "{link}"}}}}', "https://api.example/feed", pagination) is None


def test_a_cursor_link_on_the_site_is_followed() -> None:
    pagination = PaginationSpec(kind="cursor", cursor_path="links.next")
    body = '{"links": {"next": "/feed?page=2"}}'
    assert cursor_page_url(body, "https://api.example/feed", pagination) == "https://api.example/feed?page=2"


def test_same_site_is_one_host_and_port_over_http_or_https() -> None:
    assert on_same_site("https://Shop.example/a", "https://shop.example/b")
    assert on_same_site("https://shop.example/a", "http://shop.example/b")  # stepping up is fine
    assert not on_same_site("http://shop.example/a", "https://shop.example/b")
    assert not on_same_site("https://shop.example:8443/a", "https://shop.example/b")
    assert not on_same_site("https://user@shop.example/a", "https://shop.example/b")
    assert not on_same_site("javascript:alert(1)", "https://shop.example/b")
    assert not on_same_site("http://[::1/a", "https://shop.example/b")


@dataclass
class _FailingFetcher:
    asked: list[str] = field(default_factory=list)

    def fetch(self, url: str, *, render: bool = False) -> FetchedPage:
        self.asked.append(url)
        raise FetchFailed(f"{url} answered HTTP 404.")


def test_bundles_are_asked_a_bounded_number_of_times_and_broken_sources_skipped() -> None:
    scripts = "".join(f'<script src="/static/chunk-{n}.js"></script>' for n in range(200))
    page = Selector(text=f'<html><body><div id="root"></div><script src="http://[oops/a.js"></script>{scripts}')
    fetcher = _FailingFetcher()
    assert bundle_texts(page, "https://app.example/", fetcher) == []  # type: ignore[arg-type]
    assert len(fetcher.asked) == MAX_BUNDLE_FETCHES
    assert fetcher.asked[0] == "https://app.example/static/chunk-199.js"  # the last-loaded first


@pytest.mark.parametrize("width", ["²", "1" * 5000, "0" * 5000])
def test_a_picture_size_int_cannot_read_is_no_crash(width: str) -> None:
    assert _is_record_picture(html.fromstring(f'<img src="cover.jpg" width="{width}">')) is True


def test_a_tiny_picture_is_still_no_record_picture() -> None:
    assert _is_record_picture(html.fromstring('<img src="dot.gif" width="1" height="1">')) is False


def test_a_cursor_path_must_be_jmespath() -> None:
    with pytest.raises(ValidationError, match="no JMESPath"):
        PaginationSpec(kind="cursor", cursor_path="meta.[")
    assert PaginationSpec(kind="cursor", cursor_path="data.pageInfo.endCursor", param="after").cursor_path


def test_leaves_are_ranked_on_a_sample_of_a_long_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each leaf's values are searched in the page's text: a long answer of deep records must not
    make that records x leaves x text long."""
    sizes: list[int] = []
    real = jsonscout.shown_share

    def counting(records: list[dict[str, Any]], path: str, shown_cf: str) -> float:
        sizes.append(len(records))
        return real(records, path, shown_cf)

    monkeypatch.setattr(jsonscout, "shown_share", counting)
    deep = [{f"a{i}": {f"b{j}": {"c": f"value {n} {i} {j}"} for j in range(5)} for i in range(6)} for n in range(400)]
    assert len(jsonscout.propose_fields(deep, "value 1 0 0 and more words")) == jsonscout.MAX_FIELDS
    assert sizes and max(sizes) <= jsonscout.SHOWN_SAMPLE
