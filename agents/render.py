"""Render a page in the system Chromium (Playwright) when its HTML lacks what a browser shows.

While the page loads, the JSON answers of the requests it makes are kept: when they hold the
records, the source can read that endpoint directly and needs no browser at all.

Navigation waits for the document only: many real pages never go network-idle (a beacon, a
polling widget, a long-poll held open) and some never fire ``load`` (a tracker that never
answers); Playwright's docs discourage waiting for network idle. Once the document is there, the
page gets the rest of the budget, bounded, to settle; what it has drawn by then is what it shows.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from config.settings import CHROMIUM_ARGS, CrawlSettings
from pipeline.core.exceptions import ConfigurationError, FetchFailed

if TYPE_CHECKING:
    from playwright.sync_api import Page

MAX_JSON_BYTES = 5 * 1024 * 1024
#: The longest a loaded page gets to go network-idle (no request for 500 ms).
IDLE_WAIT_S = 5.0
#: When it does not, the longest it then gets for its DOM to stop growing, and the quiet spell that says so.
GROWTH_WAIT_S = 3.0
QUIET_S = 0.5
_COUNT_NODES = "document.getElementsByTagName('*').length"


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
        from playwright.sync_api import sync_playwright  # noqa: PLC0415
    except ImportError as exc:  # pragma: no cover - a broken install
        raise ConfigurationError("Playwright is not installed; run `uv sync`.") from exc
    captured: list[tuple[str, bytes]] = []
    deadline = time.monotonic() + settings.render_timeout_s
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=settings.chromium_executable(), args=list(CHROMIUM_ARGS)
            )
            try:
                page = browser.new_page(user_agent=settings.user_agent)

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
                response = page.goto(url, wait_until="domcontentloaded", timeout=_ms_left(deadline))
                if response is not None and response.status >= 400:
                    raise FetchFailed(
                        f"{url} answered HTTP {response.status} in Chromium.",
                        transient=response.status in (408, 425, 429) or response.status >= 500,
                        status=response.status,
                    )
                _settle(page, deadline)
                return RenderedPage(url=url, final_url=page.url, html=page.content(), json_responses=tuple(captured))
            finally:
                browser.close()
    except PlaywrightError as exc:
        reason = str(exc).strip().splitlines()[0]
        if "Executable doesn't exist" in reason or "executable" in reason.lower():
            raise ConfigurationError(
                f"Chromium could not be started ({reason}). Install it (apt-get install chromium) "
                "or set SDP_CRAWL_BROWSER_PATH."
            ) from None
        raise FetchFailed(f"Rendering {url} in Chromium failed: {reason}") from None


def _settle(page: Page, deadline: float) -> None:
    """Wait (bounded) until the page is loaded and network-idle, else until its DOM stops growing.

    Running out of time here is no failure: the page is shown as it is drawn by then.
    """
    from playwright.sync_api import Error as PlaywrightError  # noqa: PLC0415
    from playwright.sync_api import TimeoutError as PlaywrightTimeoutError  # noqa: PLC0415

    try:
        page.wait_for_load_state("load", timeout=_ms_left(deadline))
        page.wait_for_load_state("networkidle", timeout=_ms_left(deadline, IDLE_WAIT_S))
        return
    except PlaywrightTimeoutError:
        pass  # it polls, streams or beacons forever, or a resource never answers: read what it drew
    stop = min(deadline, time.monotonic() + GROWTH_WAIT_S)
    try:
        count, quiet_since = page.evaluate(_COUNT_NODES), time.monotonic()
        while time.monotonic() < stop and time.monotonic() - quiet_since < QUIET_S:
            page.wait_for_timeout(100)
            now = page.evaluate(_COUNT_NODES)
            if now != count:
                count, quiet_since = now, time.monotonic()
    except PlaywrightError:
        return


def _ms_left(deadline: float, cap_s: float | None = None) -> float:
    """Milliseconds until ``deadline`` (at most ``cap_s``); at least 1, as 0 means no timeout to Playwright."""
    left = deadline - time.monotonic()
    if cap_s is not None:
        left = min(left, cap_s)
    return max(1.0, left * 1000)
