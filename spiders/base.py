"""The base class of every generated spider: it interprets the spec embedded in the module."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, ClassVar

import scrapy
from parsel import Selector
from scrapy.http import Response, TextResponse
from twisted.python.failure import Failure

from pipeline.core.extract import (
    Record,
    extract_records,
    is_json_response,
    iter_records,
    make_selector,
    next_page_url,
    record_key,
)
from pipeline.core.htmlsniff import is_page_saved_as_file, shown_as_page
from pipeline.core.schemas import ScraperSpec
from pipeline.core.settling import COUNT_NODES, GROWTH_WAIT_S, IDLE_WAIT_S, QUIET_S
from pipeline.core.valuepages import COUNTED_KINDS, value_page_url

if TYPE_CHECKING:
    from playwright.async_api import Page, Route

#: Key under which each item carries its provenance; the Silver pipeline pops it.
META_KEY = "_sdp"


class GeneratedSpider(scrapy.Spider):
    """Follows the spec: start URL, record selector, fields, pagination."""

    spec: ClassVar[dict[str, Any]]

    def __init__(self, *args: Any, max_pages: int | str | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.scraper_spec = ScraperSpec.model_validate(self.spec)
        self.max_pages = int(max_pages) if max_pages else self.scraper_spec.pagination.max_pages
        self._seen_keys: set[str] = set()

    async def start(self) -> AsyncIterator[scrapy.Request]:
        # Scrapy 2.13+ asks start(); a spider defining only start_requests() would crawl nothing.
        yield scrapy.Request(
            self.scraper_spec.first_url, callback=self.parse, cb_kwargs={"page_number": 1}, meta=self._render_meta()
        )

    def _render_meta(self) -> dict[str, Any]:
        return render_meta() if self.scraper_spec.render == "browser" else {}

    def parse(self, response: Response, page_number: int = 1) -> Iterator[Any]:  # pragma: no cover - overridden
        yield from self.parse_page(response, page_number=page_number)

    def parse_page(self, response: Response, *, page_number: int = 1) -> Iterator[Any]:
        if saved_as_file(response) and response.request is not None:
            # Asked once more, shown as a page: only then is the navigation routed around Chromium's own
            # network stack (its fingerprint is what a site behind a bot check knows).
            meta = {k: v for k, v in response.meta.items() if k != "playwright_suggested_filename"}
            meta["playwright_page_init_callback"] = show_html_served_as_file
            yield response.request.replace(meta=meta, dont_filter=True)
            return
        spec = self.scraper_spec
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value("sdp/pages_parsed")
        if not isinstance(response, TextResponse):
            return  # a binary response: nothing to parse, Bronze still keeps it
        page = None if is_json_response(spec) else _html(response)
        records = self._records(response, page)
        url_field = _record_url_field(spec)
        keys = [record_key(record, spec, page_url=response.url) for record in records]
        repeated = bool(keys) and page_number > 1 and self._seen_keys.issuperset(keys)
        self._seen_keys.update(keys)
        for record, key in zip(records, keys, strict=True):
            yield {
                **record,
                META_KEY: {
                    "key": key,
                    "page_url": response.url,
                    "url": (record.get(url_field) if url_field else None) or response.url,
                    "bronze_page_id": response.meta.get("sdp_bronze_page_id"),
                },
            }
        # A numbered (or offset) page past the last one is empty, or (many servers clamp the number)
        # repeats the last page: that, not a link, is where page_param and offset stop.
        counted = spec.pagination.kind in COUNTED_KINDS
        if page_number >= self.max_pages or (counted and (repeated or not records)):
            return
        following = next_page_url(page or response.body, response.url, spec, page_number=page_number)
        if following:
            yield response.follow(
                following,
                callback=self.parse,
                cb_kwargs={"page_number": page_number + 1},
                meta=self._render_meta(),
                errback=self._skip_missing_value if spec.pagination.kind == "param_values" else None,
            )

    def _skip_missing_value(self, failure: Failure) -> Iterator[scrapy.Request]:
        """A listed value whose page fails (a day tab answering 404) does not end the list: the
        next value's URL does not depend on that page, so ask it."""
        request: scrapy.Request = failure.request  # type: ignore[attr-defined]
        page_number = int(request.cb_kwargs.get("page_number", 1))
        self.logger.warning(
            "Page %d (%s) failed: %s; asking the next listed value", page_number, request.url, failure.value
        )
        following = value_page_url(self.scraper_spec, page_number) if page_number < self.max_pages else None
        if following:
            yield scrapy.Request(
                following,
                callback=self.parse,
                cb_kwargs={"page_number": page_number + 1},
                meta=self._render_meta(),
                errback=self._skip_missing_value,
            )

    def _records(self, response: TextResponse, page: Selector | None) -> list[Record]:
        if page is None:
            return extract_records(response.body, response.url, self.scraper_spec)
        return list(iter_records(page, self.scraper_spec, url=response.url, body=response.body))


def _record_url_field(spec: ScraperSpec) -> str | None:
    """The field holding each record's own link: one named so, else the first URL field."""
    urls = [f.name for f in spec.fields if f.type == "url"]
    return next((n for n in urls if n in ("url", "link", "href", "permalink")), urls[0] if urls else None)


def _html(response: TextResponse) -> Selector:
    """The page as HTML, whatever its Content-Type says: servers label pages ``application/json``
    or ``text/plain`` (Scrapy then hands over a JSON or text selector, where CSS finds nothing)."""
    if response.selector.type in ("html", "xml"):
        return response.selector
    return make_selector(response.text, response.url)


def saved_as_file(response: Response) -> bool:
    """Chromium saved the rendered page as a file (scrapy-playwright answers with the download's body,
    unrendered): a page served as ``application/octet-stream``, not yet asked with
    ``show_html_served_as_file``."""
    if response.request is None:
        return False  # a response built by hand (a test, a contract) has no meta to read
    meta = response.meta
    return (
        bool(meta.get("playwright"))
        and meta.get("playwright_suggested_filename") is not None
        and "playwright_page_init_callback" not in meta
        and is_page_saved_as_file(
            {k.decode().lower(): (response.headers.get(k) or b"").decode("latin-1") for k in response.headers},
            response.body,
        )
    )


async def show_html_served_as_file(page: Page, request: scrapy.Request) -> None:
    """scrapy-playwright's page init callback: the page at ``request.url`` is shown, not saved, when its
    server gives it a file's type (``application/octet-stream``: a static host's default for a name
    without a known extension, "/catalogue"), which Chromium downloads ("Download is starting")."""
    if request.method != "GET":
        return  # a form's POST keeps scrapy-playwright's own handling of its method and body
    target = request.url.rstrip("/")

    async def as_page(route: Route) -> None:
        asked = route.request
        if asked.url.rstrip("/") != target or not asked.is_navigation_request() or asked.frame.parent_frame:
            await route.fallback()  # scrapy-playwright's handler (registered first) takes every other request
            return
        # The navigation goes with Scrapy's headers, as scrapy-playwright's own handler sends it (its
        # default PLAYWRIGHT_PROCESS_REQUEST_HEADERS); the encodings are left to Playwright's client.
        browser = await asked.all_headers()
        sent = {str(name).lower(): str(value) for name, value in request.headers.to_unicode_dict().items()}
        for name in ("user-agent", "referer"):
            if name in browser:
                sent.setdefault(name, browser[name])
        sent.pop("accept-encoding", None)
        # A redirect is fulfilled as is: Chromium follows it, and its target is no longer routed.
        answer = await route.fetch(headers=sent, max_redirects=0)
        await route.fulfill(response=answer, headers=shown_as_page(answer.headers, await answer.body()))

    await page.route("**", as_page)


async def settled(page: Page) -> None:
    """Wait (bounded) until ``page`` is network-idle, else until its DOM stops growing, as the Scout does
    (``pipeline.core.settling``): scrapy-playwright hands over the DOM at ``load``, before a script that
    fetches the records has drawn them."""
    from playwright.async_api import Error as PlaywrightError  # noqa: PLC0415 - optional at run time

    try:
        await page.wait_for_load_state("networkidle", timeout=IDLE_WAIT_S * 1000)
        return
    except PlaywrightError:
        pass  # it polls or streams forever: read what it drew once it stops growing
    stop = time.monotonic() + GROWTH_WAIT_S
    try:
        count, quiet_since = await page.evaluate(COUNT_NODES), time.monotonic()
        while time.monotonic() < stop and time.monotonic() - quiet_since < QUIET_S:
            await page.wait_for_timeout(100)
            now = await page.evaluate(COUNT_NODES)
            if now != count:
                count, quiet_since = now, time.monotonic()
    except PlaywrightError:
        return


def render_meta() -> dict[str, Any]:
    """A rendered request's meta: in Chromium, read once the page settled."""
    from scrapy_playwright.page import PageMethod  # type: ignore[import-untyped]  # noqa: PLC0415

    return {"playwright": True, "playwright_page_methods": [PageMethod(settled)]}
