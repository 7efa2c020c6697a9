"""Loading one page in Chromium for ``agents.render``: navigate, wait for the document, let it settle.

Navigation waits for the response only, then for the document it leads to, a little at a time, so
that a download the page starts instead (a file at the address, or a script that sends the browser
to one) is seen at once rather than after the whole budget. A page that sends the browser on (a
script or a meta refresh in its head) is followed: Playwright waits for the document it lands on.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from pipeline.core.exceptions import FetchFailed
from pipeline.core.htmlsniff import shown_as_page
from pipeline.core.settling import COUNT_NODES, GROWTH_WAIT_S, IDLE_WAIT_S, QUIET_S

if TYPE_CHECKING:
    from playwright.sync_api import Page, Response, Route

#: How often a navigation that has not reached its document yet looks for a download.
POLL_S = 0.25


def download_failure(url: str) -> FetchFailed:
    return FetchFailed(
        f"{url} is a download (a file), not a page: the browser saves it instead of showing it. "
        "Add the address of the page that lists the records.",
        transient=False,
    )


def navigate(page: Page, url: str, deadline: float, downloads: list[str]) -> Response | None:
    """Go to ``url`` and wait (bounded) for its document; ``downloads`` is filled by the page's
    download handler. Raise FetchFailed when the address, or the page as it loads, is a download."""
    from playwright.sync_api import Error as PlaywrightError  # noqa: PLC0415
    from playwright.sync_api import TimeoutError as PlaywrightTimeoutError  # noqa: PLC0415

    try:
        response = page.goto(url, wait_until="commit", timeout=ms_left(deadline))
    except PlaywrightTimeoutError:
        raise
    except PlaywrightError as exc:
        if "Download is starting" not in str(exc) and not downloads:
            raise
        response = reopened_as_page(page, url, deadline, downloads)
    while True:
        try:
            page.wait_for_load_state("domcontentloaded", timeout=ms_left(deadline, POLL_S))
        except PlaywrightTimeoutError:
            if downloads:
                raise download_failure(url) from None
            if _parsed(page):  # Playwright never heard of it: a navigation the page began went nowhere
                return response
            if time.monotonic() >= deadline:
                raise
            continue
        if downloads and page.url == url:  # the page sent the browser to a file, and shows nothing else
            raise download_failure(url) from None
        return response


def reopened_as_page(page: Page, url: str, deadline: float, downloads: list[str]) -> Response | None:
    """The address the browser saved as a file, opened again as a page when what it answers is an HTML
    document served under a file's type (``application/octet-stream``: a static host's default for a
    name without a known extension, "/jobs" or "list.aspx"), which plain HTTP reads as the page it is.
    An attachment, or a body that is no HTML, stays a download: FetchFailed."""
    from playwright.sync_api import Error as PlaywrightError  # noqa: PLC0415

    for _ in range(10):  # the download's event may come just after goto gave up
        if downloads:
            break
        page.wait_for_timeout(50)
    target = downloads[-1] if downloads else url  # where the redirects, if any, led

    def as_page(route: Route) -> None:
        answer = route.fetch(max_redirects=0, timeout=ms_left(deadline))
        route.fulfill(response=answer, headers=shown_as_page(answer.headers, answer.body()))

    page.route(lambda address: address == target, as_page)
    downloads.clear()
    try:
        return page.goto(target, wait_until="commit", timeout=ms_left(deadline))
    except PlaywrightError as exc:
        if "Download is starting" in str(exc) or downloads:
            raise download_failure(url) from None
        raise


def _parsed(page: Page) -> bool:
    """The document is parsed (``readyState`` past "loading") though its DOMContentLoaded went unseen.

    A script or a meta refresh that sends the browser to an address answering no document (HTTP 204,
    a file) and ``window.stop()`` leave the page as it was, but Playwright still waits for the
    navigation that never comes.
    """
    from playwright.sync_api import Error as PlaywrightError  # noqa: PLC0415

    try:
        return bool(answer_within(page, "document.readyState !== 'loading'", POLL_S))
    except PlaywrightError:  # the document is being replaced, or its script never yields: wait on
        return False


def settle(page: Page, deadline: float) -> None:
    """Wait (bounded) until the page is loaded and network-idle, else until its DOM stops growing.

    Running out of time here is no failure: the page is shown as it is drawn by then.
    """
    from playwright.sync_api import Error as PlaywrightError  # noqa: PLC0415
    from playwright.sync_api import TimeoutError as PlaywrightTimeoutError  # noqa: PLC0415

    try:
        page.wait_for_load_state("load", timeout=ms_left(deadline))
        page.wait_for_load_state("networkidle", timeout=ms_left(deadline, IDLE_WAIT_S))
        return
    except PlaywrightTimeoutError:
        pass  # it polls, streams or beacons forever, or a resource never answers: read what it drew
    stop = min(deadline, time.monotonic() + GROWTH_WAIT_S)
    try:
        count, quiet_since = page.evaluate(COUNT_NODES), time.monotonic()
        while time.monotonic() < stop and time.monotonic() - quiet_since < QUIET_S:
            page.wait_for_timeout(100)
            now = page.evaluate(COUNT_NODES)
            if now != count:
                count, quiet_since = now, time.monotonic()
    except PlaywrightError:
        return


def answer_within(page: Page, expression: str, limit_s: float) -> object:
    """What ``expression`` gives in the page, or Playwright's TimeoutError after ``limit_s``: unlike
    ``page.evaluate``, which waits for ever on a script that never yields (``for (;;) {}``)."""
    wrapped = f"(() => ({{ value: {expression} }}))()"  # truthy whatever the value: answered at once
    answer = page.wait_for_function(wrapped, timeout=max(1.0, limit_s * 1000))
    return answer.json_value()["value"]


def ms_left(deadline: float, cap_s: float | None = None) -> float:
    """Milliseconds until ``deadline`` (at most ``cap_s``); at least 1, as 0 means no timeout to Playwright."""
    left = deadline - time.monotonic()
    if cap_s is not None:
        left = min(left, cap_s)
    return max(1.0, left * 1000)
