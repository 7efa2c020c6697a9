"""A site of fixed pages for Scout tests: fetching a page not on it fails as a 404 does."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from agents.fetch import FetchedPage, RenderedFetch
from pipeline.core.exceptions import FetchFailed
from pipeline.core.extract import Record, extract_records, next_page_url, record_key
from pipeline.core.schemas import ScraperSpec


@dataclass
class ServedPages:
    pages: dict[str, bytes]
    asked: list[str] = field(default_factory=list)

    def fetch(self, url: str, *, render: bool = False) -> FetchedPage:
        self.asked.append(url)
        if url not in self.pages:
            raise FetchFailed(f"404 {url}")
        return FetchedPage(url, url, 200, {"content-type": "text/html"}, self.pages[url])


@dataclass
class UnloadedScripts(ServedPages):
    """A site whose scripts never load (their host is unreachable): Chromium draws each page as served
    and fetches nothing; ``is_json`` tells the JSON answers from the pages."""

    is_json: Callable[[str], bool] = lambda url: url.endswith(".json")

    def fetch(self, url: str, *, render: bool = False) -> FetchedPage:
        if render:
            return self.render(url)
        self.asked.append(url)
        if url not in self.pages:
            raise FetchFailed(f"404 {url}")
        kind = "application/json" if self.is_json(url) else "text/html"
        return FetchedPage(url, url, 200, {"content-type": kind}, self.pages[url])

    def render(self, url: str) -> RenderedFetch:
        if url not in self.pages:
            raise FetchFailed(f"404 {url}")
        return RenderedFetch(url, url, 200, {"content-type": "text/html"}, self.pages[url], json_responses=())


def crawl(spec: ScraperSpec, site: ServedPages) -> list[Record]:
    """What the spider does: pages until an empty one, each record once (by its key)."""
    url: str | None = spec.first_url
    kept: dict[str, Record] = {}
    number = 1
    while url is not None and number <= spec.pagination.max_pages:
        body = site.fetch(url).body
        found = extract_records(body, url, spec)
        if not found:
            break
        kept.update((record_key(r, spec), r) for r in found)
        url = next_page_url(body, url, spec, page_number=number)
        number += 1
    return list(kept.values())
