"""A malformed address on a hostile page ("http://[::1" is no URL: urlsplit raises) reads as no
address: the Scout and the engine carry on instead of crashing."""

from __future__ import annotations

from parsel import Selector

from agents.heuristics.mainfields import _section
from agents.heuristics.pagination import _same_host
from agents.heuristics.websitelinks import _host
from pipeline.core.extract import page_base_url

BROKEN = "http://[::1"
URL = "https://shop.example/list"


def test_a_malformed_base_href_leaves_links_on_the_page_url() -> None:
    page = Selector(text=f'<html><head><base href="{BROKEN}"></head><body></body></html>', type="html")
    assert page_base_url(page, URL) == URL


def test_a_malformed_link_is_on_no_host_and_in_no_section() -> None:
    assert _same_host(URL, BROKEN) is False
    assert _host(BROKEN) is None
    assert _section(BROKEN) == ""
    assert _same_host(URL, "/list?page=2") is True
