"""An HTML page served as application/octet-stream (a static host's type for "/catalogue") is shown by
the crawl's browser, not saved: the sniffing rule and the page init callback the spider gives it."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

import pytest
import scrapy

from pipeline.core.htmlsniff import is_page_saved_as_file
from spiders.base import show_html_served_as_file

PAGE = b"<!DOCTYPE html>\n<html><head><title>Gadgets</title></head><body></body></html>"


@pytest.mark.parametrize(
    ("headers", "body", "shown"),
    [
        ({"content-type": "application/octet-stream"}, PAGE, True),
        ({}, b"  <html lang='en'><body>", True),
        ({"content-type": "binary/octet-stream; charset=x"}, b"<HEAD>\n<title>t</title>", True),
        ({"content-type": "application/octet-stream", "content-disposition": "attachment; f=a.html"}, PAGE, False),
        ({"content-type": "application/octet-stream"}, b"PK\x03\x04 zip bytes <html>"[:8], False),
        ({"content-type": "application/octet-stream"}, b"x" * 1024 + PAGE, False),  # past the first KiB
        ({"content-type": "application/pdf"}, PAGE, False),
        ({"content-type": "text/html"}, PAGE, False),  # already a page: nothing to change
    ],
)
def test_a_page_saved_as_file_is_told_by_its_type_and_first_tags(
    headers: dict[str, str], body: bytes, shown: bool
) -> None:
    assert is_page_saved_as_file(headers, body) is shown


@dataclass
class FakeFrame:
    parent_frame: FakeFrame | None = None


@dataclass
class FakeRequest:
    url: str
    navigation: bool = True
    frame: FakeFrame = field(default_factory=FakeFrame)

    def is_navigation_request(self) -> bool:
        return self.navigation

    async def all_headers(self) -> dict[str, str]:
        return {"user-agent": "HeadlessChrome", "accept-encoding": "gzip, zstd", "referer": "http://h/"}


@dataclass
class FakeAnswer:
    headers: dict[str, str]
    content: bytes

    async def body(self) -> bytes:
        return self.content


@dataclass
class FakeRoute:
    request: FakeRequest
    answer: FakeAnswer
    done: list[tuple[str, Any]] = field(default_factory=list)
    sent: dict[str, Any] = field(default_factory=dict)

    async def fallback(self) -> None:
        self.done.append(("fallback", None))

    async def fetch(self, **kwargs: Any) -> FakeAnswer:
        self.sent = kwargs
        return self.answer

    async def fulfill(self, *, response: FakeAnswer, headers: dict[str, str]) -> None:
        self.done.append(("fulfill", headers))


@dataclass
class FakePage:
    handlers: list[Any] = field(default_factory=list)

    async def route(self, _pattern: str, handler: Any) -> None:
        self.handlers.append(handler)


def _routed(route: FakeRoute, url: str = "http://h/catalogue", method: str = "GET") -> list[tuple[str, Any]]:
    page = FakePage()

    async def go() -> None:
        request = scrapy.Request(url, method=method, headers={"User-Agent": "sdp-bot/1"})
        await show_html_served_as_file(page, request)  # type: ignore[arg-type]
        for handler in page.handlers:
            await handler(route)

    asyncio.run(go())
    return route.done


OCTET = FakeAnswer({"content-type": "application/octet-stream", "content-length": "80"}, PAGE)


def test_the_start_page_served_as_octet_stream_is_fulfilled_as_html() -> None:
    route = FakeRoute(FakeRequest("http://h/catalogue"), OCTET)
    assert _routed(route) == [("fulfill", {"content-type": "text/html", "content-length": "80"})]
    # fetched with Scrapy's headers over the browser's, as scrapy-playwright sends a navigation
    assert route.sent["headers"] == {"user-agent": "sdp-bot/1", "referer": "http://h/"}
    assert route.sent["max_redirects"] == 0


def test_an_attachment_or_a_real_file_is_fulfilled_unchanged() -> None:
    attached = FakeAnswer({**OCTET.headers, "content-disposition": "attachment"}, PAGE)
    assert _routed(FakeRoute(FakeRequest("http://h/catalogue"), attached)) == [("fulfill", attached.headers)]
    archive = FakeAnswer(OCTET.headers, b"PK\x03\x04")
    assert _routed(FakeRoute(FakeRequest("http://h/catalogue"), archive)) == [("fulfill", archive.headers)]


def test_every_other_request_falls_back_to_scrapy_playwright() -> None:
    for other in (
        FakeRequest("http://h/app.js", navigation=False),
        FakeRequest("http://h/other"),
        FakeRequest("http://h/catalogue", frame=FakeFrame(parent_frame=FakeFrame())),  # an iframe
    ):
        assert _routed(FakeRoute(other, OCTET)) == [("fallback", None)]


def test_a_posted_form_keeps_scrapy_playwright_handling() -> None:
    page = FakePage()
    asyncio.run(show_html_served_as_file(page, scrapy.Request("http://h/catalogue", method="POST")))  # type: ignore[arg-type]
    assert page.handlers == []


def test_only_a_rendered_page_chromium_saved_as_a_file_is_asked_again_as_a_page() -> None:
    from scrapy import Request
    from scrapy.http import Response

    from spiders.base import saved_as_file

    def answer(meta: dict[str, object], kind: str = "application/octet-stream") -> Response:
        request = Request("http://h/catalogue", meta=meta)
        return Response(request.url, headers={"Content-Type": kind}, body=b"<!doctype html><html>", request=request)

    downloaded = {"playwright": True, "playwright_suggested_filename": "catalogue"}
    assert saved_as_file(answer(downloaded))
    assert not saved_as_file(answer({"playwright": True}))  # shown by the browser: nothing to ask again
    assert not saved_as_file(answer({**downloaded, "playwright_page_init_callback": print}))  # asked once already
    assert not saved_as_file(answer(downloaded, "application/pdf"))
    assert not saved_as_file(Response("http://h/catalogue", body=b"<html>"))  # no request: nothing to read
