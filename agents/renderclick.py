"""Click a list's pager control in Chromium and see where it leads.

A pager a script drives (a "Next" button, numbered buttons, neither naming a URL) often sends the
browser to the next page's address (``location.search = '?pg=2'``) or writes it (``history.pushState``):
the address the crawl can ask, which no guess (``?page=2``) need match. The page is loaded as
``agents.render`` loads it, the control is picked from its DOM as drawn (``pick``: the DOM's HTML and
address to the control's XPath, or None), clicked once, and the page read again once it settled.

Chromium asks every address itself, with a browser's own headers (``Sec-Fetch-*``), as ``agents.render``
does; only a page it saved as a file (an HTML page a static host serves as ``application/octet-stream``)
is asked again and shown, after the load or the click (``renderload.reopened_as_page``).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from typing import TYPE_CHECKING

from agents.renderload import ms_left, navigate, reopened_as_page, settle
from config.settings import CHROMIUM_ARGS, CrawlSettings
from pipeline.core.exceptions import ConfigurationError, FetchFailed

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


def click_through(
    url: str,
    settings: CrawlSettings,
    pick: Callable[[str, str], str | None],
    allowed: Callable[[str], bool] = lambda _address: True,
) -> ClickedPage | None:
    """Load ``url``, click the control ``pick`` names in its DOM, and read the page then; None when
    ``pick`` names none or the control cannot be clicked. FetchFailed when the page will not load,
    or when the click leads to an address ``allowed`` (robots.txt) turns down: it is not asked."""
    try:
        from playwright.sync_api import Error as PlaywrightError  # noqa: PLC0415 - optional at run time
        from playwright.sync_api import sync_playwright  # noqa: PLC0415
    except ImportError as exc:  # pragma: no cover - a broken install
        raise ConfigurationError("Playwright is not installed; run `uv sync`.") from exc
    deadline = time.monotonic() + settings.render_timeout_s
    downloads: list[str] = []
    try:
        with sync_playwright() as playwright:
            launching = time.monotonic()
            browser = playwright.chromium.launch(
                executable_path=settings.chromium_executable(), args=list(CHROMIUM_ARGS)
            )
            try:
                page = browser.new_page(user_agent=settings.user_agent)
                deadline += time.monotonic() - launching  # the page's budget, as ``agents.render`` keeps it
                page.on("download", lambda download: downloads.append(download.url))
                response = navigate(page, url, deadline, downloads)
                if response is not None and response.status >= 400:
                    raise FetchFailed(f"{url} answered HTTP {response.status} in Chromium.", status=response.status)
                settle(page, deadline)
                xpath = pick(page.content(), page.url)
                if xpath is None:
                    return None
                refused: list[str] = []
                page.route("**/*", lambda route: _guard(route, allowed, refused))
                clicked = _clicked(page, xpath, downloads, time.monotonic() + settings.render_timeout_s)
                if refused:
                    raise FetchFailed(f"robots.txt disallows {refused[0]}, where the click leads.", transient=False)
                return clicked
            finally:
                browser.close()
    except PlaywrightError as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise FetchFailed(f"Clicking through {url} in Chromium failed: {reason}") from None


def _clicked(page: Page, xpath: str, downloads: list[str], deadline: float) -> ClickedPage | None:
    """Click the element at ``xpath`` and read the page once it settled (None: it cannot be clicked);
    a next page the browser saved as a file is opened again as a page (FetchFailed: a real file)."""
    from playwright.sync_api import Error as PlaywrightError  # noqa: PLC0415

    before, documents = page.url, []
    downloads.clear()
    page.on("domcontentloaded", lambda _page: documents.append(1))
    try:
        page.locator(f"xpath={xpath}").first.click(timeout=ms_left(deadline, NAVIGATION_WAIT_S))
    except PlaywrightError:
        return None  # hidden, covered or gone: nothing a click shows
    with suppress(PlaywrightError):  # no new address: the records, if any, came in place
        page.wait_for_url(lambda address: address != before, timeout=ms_left(deadline, NAVIGATION_WAIT_S))
    if downloads:  # the click led to a page served as a file: Chromium stayed on page 1
        reopened_as_page(page, downloads[-1], deadline, downloads)
    settle(page, deadline)
    html = page.content()  # first: it waits for a navigation under way, which moves page.url
    return ClickedPage(url=page.url, html=html, loaded=bool(documents))


def _guard(route: Route, allowed: Callable[[str], bool], refused: list[str]) -> None:
    """A navigation of the page's own frame to an address ``allowed`` turns down is not sent (noted
    in ``refused``); every request else goes as the browser sends it."""
    request = route.request
    if request.is_navigation_request() and request.frame.parent_frame is None and not allowed(request.url):
        refused.append(request.url)
        route.abort("blockedbyclient")
        return
    route.fallback()
