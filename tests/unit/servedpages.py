"""A site of fixed pages for Scout tests: fetching a page not on it fails as a 404 does."""

from __future__ import annotations

from dataclasses import dataclass, field

from agents.fetch import FetchedPage
from pipeline.core.exceptions import FetchFailed


@dataclass
class ServedPages:
    pages: dict[str, bytes]
    asked: list[str] = field(default_factory=list)

    def fetch(self, url: str, *, render: bool = False) -> FetchedPage:
        self.asked.append(url)
        if url not in self.pages:
            raise FetchFailed(f"404 {url}")
        return FetchedPage(url, url, 200, {"content-type": "text/html"}, self.pages[url])
