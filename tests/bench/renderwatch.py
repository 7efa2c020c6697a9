"""Why Chromium's render of page 1 shows none of the titles a JSON file holds: what the page asked for, in shape.

``titlesource`` says ``in a JSON file named literally, rendered: titles not shown``; this renders page 1 again with
the network and the console watched and says (counts and codes, no address, word or value):

* ``JSON file requested, status N`` (the served file holding the titles), ``requested at another path`` (a file of
  its name elsewhere: a relative path resolved against another folder) or ``JSON file not requested``;
* requests in all, to another host, failed (Chromium's error codes, ``net::ERR_…``), by resource type;
* console errors and uncaught page errors: their count and the first one's shape (``linkshape.text_shape``);
* ``shown after a scroll`` when scrolling to the end brings the titles.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

from tests.bench.linkshape import text_shape
from tests.bench.pagetext import page_of

Fold = Callable[[str], str]
#: How long the page is left to settle after its document loaded, and after a scroll.
SETTLE_S = 4.0
_ERROR_SHAPE_CHARS = 80


@dataclass
class Watched:
    """What the render asked for and said."""

    requests: list[tuple[str, str]] = field(default_factory=list)  # (url, resource type)
    statuses: dict[str, int] = field(default_factory=dict)
    failed: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def summary(watched: Watched, page1: str, served: str, shown: str) -> str:
    """One line from what was watched; ``served``: the JSON file's path as served; ``shown``: the titles' fate."""
    host = urlsplit(page1).netloc
    paths = {url: unquote(urlsplit(url).path) for url, _ in watched.requests}
    name = served.rsplit("/", 1)[-1]
    asked = [url for url, path in paths.items() if path == served]
    if asked:
        status = watched.statuses.get(asked[0])
        said = f"JSON file requested, status {status if status is not None else 'none'}"
    elif any(path.rsplit("/", 1)[-1] == name for path in paths.values()):
        said = "JSON file requested at another path"
    else:
        said = "JSON file not requested"
    kinds = Counter(kind for _, kind in watched.requests)
    others = sum(1 for url, _ in watched.requests if urlsplit(url).netloc not in (host, ""))
    failed = Counter(watched.failed)
    parts = [
        said,
        f"{len(watched.requests)} requests ({', '.join(f'{k} {n}' for k, n in sorted(kinds.items()))})",
        f"{others} to another host",
        f"{len(watched.failed)} failed{_counted(failed)}",
        f"{len(watched.errors)} console/page errors"
        + (f", first: {text_shape(watched.errors[0])[:_ERROR_SHAPE_CHARS]}" if watched.errors else ""),
        shown,
    ]
    return "; ".join(parts)


def _counted(counts: Counter[str]) -> str:
    return f" ({', '.join(f'{k} {n}' for k, n in sorted(counts.items()))})" if counts else ""


def _failure_code(text: str | None) -> str:
    text = (text or "").strip()
    return text if text.startswith("net::ERR_") and text.replace("_", "").replace(":", "").isalnum() else "other"


def watch_render(url: str, served: str, titles: set[str], fold: Fold) -> str:
    """Render ``url`` in Chromium as ``agents.render`` does, watched (see the module docstring)."""
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    from config.settings import CHROMIUM_ARGS, CrawlSettings

    settings = CrawlSettings()
    watched = Watched()
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=settings.chromium_executable(), args=list(CHROMIUM_ARGS)
            )
            try:
                page = browser.new_page(user_agent=settings.user_agent)
                page.on("request", lambda r: watched.requests.append((r.url, r.resource_type)))
                page.on("response", lambda r: watched.statuses.setdefault(r.url, r.status))
                page.on("requestfailed", lambda r: watched.failed.append(_failure_code(r.failure)))
                page.on("console", lambda m: watched.errors.append(m.text) if m.type == "error" else None)
                page.on("pageerror", lambda e: watched.errors.append(str(e)))
                page.goto(url, wait_until="domcontentloaded", timeout=30_000)
                _wait(page, SETTLE_S)
                shown = _shows(page.content(), titles, fold)
                state = "titles shown" if shown else "titles not shown"
                if not shown:
                    page.evaluate("window.scrollTo(0, document.body ? document.body.scrollHeight : 0)")
                    _wait(page, SETTLE_S)
                    if _shows(page.content(), titles, fold):
                        state = "titles shown after a scroll"
            finally:
                browser.close()
    except PlaywrightError as exc:
        return f"watched render failed ({type(exc).__name__})"
    return summary(watched, url, served, state)


def _wait(page: object, seconds: float) -> None:
    ends = time.monotonic() + seconds
    while time.monotonic() < ends:
        page.wait_for_timeout(250)  # type: ignore[attr-defined]


def _shows(html: str, titles: set[str], fold: Fold) -> bool:
    shown = page_of(html, fold).visible
    return any(t in shown for t in titles)
