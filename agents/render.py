"""Render a page in the system Chromium (Playwright) when its HTML lacks what a browser shows.

While the page loads, the JSON answers of the requests it makes are kept: when they hold the
records, the source can read that endpoint directly and needs no browser at all.

Navigation waits for the document only: many real pages never go network-idle (a beacon, a
polling widget, a long-poll held open) and some never fire ``load`` (a tracker that never
answers); Playwright's docs discourage waiting for network idle. Once the document is there, the
page gets the rest of the budget, bounded, to settle; what it has drawn by then is what it shows
(``agents.renderload``). A browser that crashes or closes under the page is started once more.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from agents.renderload import navigate, settle
from config.settings import CHROMIUM_ARGS, CrawlSettings
from pipeline.core.exceptions import ConfigurationError, FetchFailed

MAX_JSON_BYTES = 5 * 1024 * 1024
#: What Playwright says when the browser, or the page's renderer, died under it.
_CRASHED = ("crash", "has been closed", "target closed")


@dataclass(frozen=True)
class RenderedPage:
    url: str
    final_url: str
    html: str
    json_responses: tuple[tuple[str, bytes], ...] = field(default=())


def render(url: str, settings: CrawlSettings) -> RenderedPage:
    """Load ``url`` in headless Chromium and return the DOM as the browser built it."""
    try:
        from playwright.sync_api import Error as PlaywrightError  # noqa: PLC0415 - optional at run time
    except ImportError as exc:  # pragma: no cover - a broken install
        raise ConfigurationError("Playwright is not installed; run `uv sync`.") from exc
    deadline = time.monotonic() + settings.render_timeout_s  # the retry shares it: one budget per render
    for attempt in (1, 2):
        try:
            return _render_once(url, settings, deadline)
        except PlaywrightError as exc:
            reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            if "Executable doesn't exist" in reason or "executable" in reason.lower():
                raise ConfigurationError(
                    f"Chromium could not be started ({reason}). Install it (apt-get install chromium) "
                    "or set SDP_CRAWL_BROWSER_PATH."
                ) from None
            said = reason.replace(url, "").lower()  # the address may hold "crash" ("crashcourse.example")
            if not any(sign in said for sign in _CRASHED):
                raise FetchFailed(f"Rendering {url} in Chromium failed: {reason}") from None
            if attempt == 2:
                raise FetchFailed(f"Chromium crashed twice while rendering {url}: {reason}") from None
    raise AssertionError("unreachable")  # pragma: no cover


def _render_once(url: str, settings: CrawlSettings, deadline: float) -> RenderedPage:
    """One browser, one page, done by ``deadline`` (``time.monotonic``): ``render`` without the retry."""
    from playwright.sync_api import Error as PlaywrightError  # noqa: PLC0415
    from playwright.sync_api import sync_playwright  # noqa: PLC0415

    captured: list[tuple[str, bytes]] = []
    downloads: list[str] = []
    launching = time.monotonic()  # the driver's own start counts too: a node process, slow on a loaded worker
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=settings.chromium_executable(), args=list(CHROMIUM_ARGS))
        try:
            page = browser.new_page(user_agent=settings.user_agent)
            # The budget is the page's: a worker under load may take seconds to start Playwright's driver and
            # Chromium and open a tab (Playwright bounds each itself), which would leave the page a timeout of
            # a millisecond.
            deadline += time.monotonic() - launching

            def keep_json(response: object) -> None:
                content_type = response.headers.get("content-type", "")  # type: ignore[attr-defined]
                if "json" in content_type and len(captured) < 20:
                    try:
                        body: bytes = response.body()  # type: ignore[attr-defined]
                    except PlaywrightError:
                        return
                    if len(body) <= MAX_JSON_BYTES:
                        captured.append((response.url, body))  # type: ignore[attr-defined]

            page.on("response", keep_json)
            page.on("download", lambda download: downloads.append(download.url))
            response = navigate(page, url, deadline, downloads)
            if response is not None and response.status >= 400:
                raise FetchFailed(
                    f"{url} answered HTTP {response.status} in Chromium.",
                    transient=response.status in (408, 425, 429) or response.status >= 500,
                    status=response.status,
                )
            settle(page, deadline)
            html = page.content()  # first: it waits for a navigation under way, which moves page.url
            return RenderedPage(url=url, final_url=page.url, html=html, json_responses=tuple(captured))
        finally:
            browser.close()
