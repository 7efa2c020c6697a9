"""Render a page in the system Chromium (Playwright) when its HTML lacks what a browser shows.

While the page loads, the JSON answers of the requests it makes are kept: when they hold the
records, the source can read that endpoint directly and needs no browser at all.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from config.settings import CHROMIUM_ARGS, CrawlSettings
from pipeline.core.exceptions import ConfigurationError, FetchFailed

MAX_JSON_BYTES = 5 * 1024 * 1024


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
    timeout_ms = int(settings.render_timeout_s * 1000)
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
                page.goto(url, wait_until="networkidle", timeout=timeout_ms)
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
