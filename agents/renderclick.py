"""Click a list's pager control in Chromium and see where it leads.

A pager a script drives (a "Next" button, numbered buttons, neither naming a URL) often sends the
browser to the next page's address (``location.search = '?pg=2'``) or writes it (``history.pushState``):
the address the crawl can ask, which no guess (``?page=2``) need match. The page is loaded as
``agents.render`` loads it, the control is picked from its DOM as drawn (``pick``: the DOM's HTML and
address to the control's XPath, or None), clicked once, and the page read again once it settled.

Every document the page loads is asked through one route, so that an HTML page a static host
serves as a file (``application/octet-stream``) is shown, not saved (``htmlsniff``).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from typing import TYPE_CHECKING

from agents.renderload import ms_left, navigate, settle
from config.settings import CHROMIUM_ARGS, CrawlSettings
from pipeline.core.exceptions import ConfigurationError, FetchFailed
from pipeline.core.htmlsniff import shown_as_page

if TYPE_CHECKING:
    from playwright.sync_api import Page, Route

#: The longest a click gets to start a navigation before the page is read as it is.
NAVIGATION_WAIT_S = 3.0


@dataclass(frozen=True)
class ClickedPage:
    """The page after the click: the address the browser shows, its DOM, and whether the click
    loaded a new document (not only rewrote the address, as ``history.pushState`` does)."""

    url: str
    html: str
    loaded: bool


def click_through(url: str, settings: CrawlSettings, pick: Callable[[str, str], str | None]) -> ClickedPage | None:
    """Load ``url``, click the control ``pick`` names in its DOM, and read the page then; None when
    ``pick`` names none or the control cannot be clicked. FetchFailed when the page will not load."""
    try:
        from playwright.sync_api import Error as PlaywrightError  # noqa: PLC0415 - optional at run time
        from playwright.sync_api import sync_playwright  # noqa: PLC0415
    except ImportError as exc:  # pragma: no cover - a broken install
        raise ConfigurationError("Playwright is not installed; run `uv sync`.") from exc
    deadline = time.monotonic() + settings.render_timeout_s
    downloads: list[str] = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=settings.chromium_executable(), args=list(CHROMIUM_ARGS)
            )
            try:
                page = browser.new_page(user_agent=settings.user_agent)
                page.route("**/*", lambda route: _shown(route, settings.render_timeout_s))
                page.on("download", lambda download: downloads.append(download.url))
                response = navigate(page, url, deadline, downloads)
                if response is not None and response.status >= 400:
                    raise FetchFailed(f"{url} answered HTTP {response.status} in Chromium.", status=response.status)
                settle(page, deadline)
                xpath = pick(page.content(), page.url)
                return None if xpath is None else _clicked(page, xpath, time.monotonic() + settings.render_timeout_s)
            finally:
                browser.close()
    except PlaywrightError as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise FetchFailed(f"Clicking through {url} in Chromium failed: {reason}") from None


def _clicked(page: Page, xpath: str, deadline: float) -> ClickedPage | None:
    """Click the element at ``xpath`` and read the page once it settled (None: it cannot be clicked)."""
    from playwright.sync_api import Error as PlaywrightError  # noqa: PLC0415

    before, documents = page.url, []
    page.on("domcontentloaded", lambda _page: documents.append(1))
    try:
        page.locator(f"xpath={xpath}").first.click(timeout=ms_left(deadline, NAVIGATION_WAIT_S))
    except PlaywrightError:
        return None  # hidden, covered or gone: nothing a click shows
    with suppress(PlaywrightError):  # no new address: the records, if any, came in place
        page.wait_for_url(lambda address: address != before, timeout=ms_left(deadline, NAVIGATION_WAIT_S))
    settle(page, deadline)
    html = page.content()  # first: it waits for a navigation under way, which moves page.url
    return ClickedPage(url=page.url, html=html, loaded=bool(documents))


def _shown(route: Route, limit_s: float) -> None:
    """A document of the page's own frame, fulfilled as a page when a static host serves it as a file;
    every other request as Playwright would send it."""
    from playwright.sync_api import Error as PlaywrightError  # noqa: PLC0415

    request = route.request
    if request.method != "GET" or not request.is_navigation_request() or request.frame.parent_frame is not None:
        route.fallback()
        return
    try:
        answer = route.fetch(max_redirects=0, timeout=limit_s * 1000)
    except PlaywrightError:
        route.fallback()  # unreachable: the browser says so as it would have
        return
    route.fulfill(response=answer, headers=shown_as_page(answer.headers, answer.body()))
