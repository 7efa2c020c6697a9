"""Plain-HTTP fetching for the Scout and the Builder (the crawl itself runs in Scrapy)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol
from urllib.robotparser import RobotFileParser

import httpx

from agents.render import render as render_in_browser
from agents.renderclick import ClickedPage, click_through
from config.settings import CrawlSettings, FirecrawlSettings, get_settings
from pipeline.core.exceptions import FetchFailed
from pipeline.core.extract import decode_html
from pipeline.core.firecrawl import scrape as scrape_with_firecrawl
from pipeline.core.retry import parse_retry_after
from pipeline.core.urls import origin_of

MAX_BODY_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class FetchedPage:
    url: str
    final_url: str
    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def text(self) -> str:
        return decode_html(self.body, self.headers.get("content-type"))


@dataclass(frozen=True)
class RenderedFetch(FetchedPage):
    """A page rendered by the browser; ``json_responses`` are the JSON answers it loaded."""

    json_responses: tuple[tuple[str, bytes], ...] = ()


class PageStore(Protocol):
    """Where a Fetcher keeps what it fetched and looks first (an onboarding run's pages)."""

    def get(self, url: str) -> FetchedPage | None: ...

    def put(self, page: FetchedPage) -> None: ...

    def last_request(self, origin: str) -> float | None:
        """When (epoch seconds) an earlier step last asked ``origin`` for a page, if any did."""
        ...


@dataclass
class Fetcher:
    """Fetches pages politely: a real user agent, timeouts, robots.txt, a size cap.

    ``fetcher`` and ``proxy`` are a source's own choices; unset, the crawl settings decide. With a
    ``store``, a page already kept there is not fetched again, and every page fetched is kept.
    """

    settings: CrawlSettings
    obey_robots: bool | None = None
    fetcher: str | None = None
    proxy: str | None = None
    firecrawl: FirecrawlSettings | None = None
    store: PageStore | None = None
    _robots: dict[str, RobotFileParser] = field(default_factory=dict)
    _last_request: dict[str, float] = field(default_factory=dict)
    #: Pages already rendered in this run: the survey's steps ask Chromium for page 1 more than once.
    _rendered: dict[str, RenderedFetch] = field(default_factory=dict)

    def __post_init__(self) -> None:
        proxy = self.proxy or (self.settings.proxy_url.get_secret_value() if self.settings.proxy_url else None)
        self._client = httpx.Client(
            proxy=proxy,
            follow_redirects=True,
            timeout=self.settings.fetch_timeout_s,
            headers={"User-Agent": self.settings.user_agent, "Accept": "text/html,application/xhtml+xml,*/*;q=0.8"},
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def fetch(self, url: str, *, render: bool = False) -> FetchedPage:
        """GET ``url`` (in Chromium when ``render``); raise FetchFailed with one clear sentence on failure."""
        if render:
            return self.render(url)
        if not self._allowed(url):
            raise FetchFailed(
                f"robots.txt of {origin_of(url)} disallows {url}; set the source's policy to ignore "
                "robots.txt only if you have the right to.",
                transient=False,
            )
        kept = self._kept(url)
        if kept is not None:
            return kept
        page = self._fetch(url)
        self._keep(page)
        return page

    def _kept(self, url: str) -> FetchedPage | None:
        return self.store.get(url) if self.store is not None else None

    def _keep(self, page: FetchedPage) -> None:
        if self.store is not None:
            self.store.put(page)

    def _fetch(self, url: str) -> FetchedPage:
        self._wait_turn(url)
        if (self.fetcher or self.settings.fetcher) == "firecrawl":
            return self._through_firecrawl(url)
        try:
            with self._client.stream("GET", url) as response:
                body = bytearray()
                for chunk in response.iter_bytes():
                    body.extend(chunk)
                    if len(body) > MAX_BODY_BYTES:
                        raise FetchFailed(f"{url} is larger than {MAX_BODY_BYTES // 2**20} MiB.", transient=False)
        except httpx.TimeoutException:
            raise FetchFailed(f"{url} did not answer within {self.settings.fetch_timeout_s:g}s.") from None
        except httpx.HTTPError as exc:
            raise FetchFailed(f"Cannot reach {url}: {_reason(exc)}.") from None
        if response.status_code >= 400:
            raise FetchFailed(
                f"{url} answered HTTP {response.status_code}.",
                transient=response.status_code in (408, 425, 429) or response.status_code >= 500,
                status=response.status_code,
                retry_after=parse_retry_after(response.headers.get("retry-after")),
            )
        return FetchedPage(
            url=url,
            final_url=str(response.url),
            status=response.status_code,
            headers={k.lower(): v for k, v in response.headers.items()},
            body=bytes(body),
        )

    def _through_firecrawl(self, url: str) -> FetchedPage:
        page = scrape_with_firecrawl(url, self.firecrawl or get_settings().firecrawl, client=self._client)
        if page.status >= 400:
            raise FetchFailed(
                f"{url} answered HTTP {page.status} (through Firecrawl).",
                transient=page.status in (408, 425, 429) or page.status >= 500,
                status=page.status,
            )
        body = page.html.encode("utf-8")
        if len(body) > MAX_BODY_BYTES:
            raise FetchFailed(f"{url} is larger than {MAX_BODY_BYTES // 2**20} MiB.", transient=False)
        content_type = page.content_type if "charset" in page.content_type else f"{page.content_type}; charset=utf-8"
        return FetchedPage(
            url=url, final_url=page.final_url, status=page.status, headers={"content-type": content_type}, body=body
        )

    def render(self, url: str) -> RenderedFetch:
        """The page as Chromium builds it, with the JSON its scripts fetched along the way (rendered
        once per Fetcher: a run's later steps read the same page)."""
        if not self._allowed(url):
            raise FetchFailed(f"robots.txt of {origin_of(url)} disallows {url}.", transient=False)
        if (kept := self._rendered.get(url)) is not None:
            return kept
        self._wait_turn(url)
        page = render_in_browser(url, self.settings)
        self._rendered[url] = RenderedFetch(
            url=url,
            final_url=page.final_url,
            status=200,
            headers={"content-type": "text/html; charset=utf-8"},
            body=page.html.encode("utf-8"),
            json_responses=page.json_responses,
        )
        return self._rendered[url]

    def click(self, url: str, pick: Callable[[str, str], str | None]) -> ClickedPage | None:
        """``url`` in Chromium once the control ``pick`` names in its DOM was clicked (``renderclick``);
        robots.txt decides both ``url`` and the address the click leads to."""
        if not self._allowed(url):
            raise FetchFailed(f"robots.txt of {origin_of(url)} disallows {url}.", transient=False)
        self._wait_turn(url)
        return click_through(url, self.settings, pick, self._allowed)

    def _wait_turn(self, url: str) -> None:
        """Politeness: at most one request per ``download_delay_s`` to each site, as the crawls do."""
        origin = origin_of(url)
        last = self._last_request.get(origin)
        if last is None and self.store is not None:
            earlier = self.store.last_request(origin)  # an earlier step of the same run, maybe in another process
            last = time.monotonic() - (time.time() - earlier) if earlier is not None else None
        if last is not None:
            time.sleep(max(0.0, last + self.settings.download_delay_s - time.monotonic()))
        self._last_request[origin] = time.monotonic()

    def _allowed(self, url: str) -> bool:
        if not (self.settings.obey_robots_txt if self.obey_robots is None else self.obey_robots):
            return True
        origin = origin_of(url)
        parser = self._robots.get(origin)
        if parser is None:
            parser = RobotFileParser()
            robots = self._robots_txt(f"{origin}/robots.txt")
            parser.parse(robots.text.splitlines() if robots is not None and robots.status == 200 else [])
            self._robots[origin] = parser
        return parser.can_fetch(self.settings.user_agent, url)

    def _robots_txt(self, url: str) -> FetchedPage | None:
        """The site's robots.txt as answered (kept like a page, so later steps need not ask again)."""
        kept = self._kept(url)
        if kept is not None:
            return kept
        self._wait_turn(url)  # robots.txt is a request like any other, as in Scrapy
        try:
            response = self._client.get(url)
        except httpx.HTTPError:
            return None
        page = FetchedPage(
            url=url,
            final_url=str(response.url),
            status=response.status_code,
            headers={k.lower(): v for k, v in response.headers.items()},
            body=response.content,
        )
        self._keep(page)
        return page


def _reason(exc: httpx.HTTPError) -> str:
    text = str(exc) or type(exc).__name__
    lowered = text.lower()
    if "connection refused" in lowered or "errno 111" in lowered:
        return "connection refused"
    if (
        "name or service not known" in lowered
        or "nodename nor servname" in lowered
        or "temporary failure in name resolution" in lowered
    ):
        return "the host name does not resolve"
    return text.splitlines()[0]
