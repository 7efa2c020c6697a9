"""How far a several-page list was followed, summed over a set of sites (a shape, naming no site).

``lossshape`` says how many expected values were lost as "about one page's worth of a list of several pages"; this
module says why, one level down, for a held-out set as much as for an open one:

* **pager** — what the deployed spec pages by (``sdp show``'s ``pagination:`` line: ``none``, ``next_link``,
  ``numbered``, ``offset``…), so "no pager recognised" parts from "a pager recognised but not followed";
* **reach** — how far down the expected list the last matched record sits (``Score.reach``): a list whose records
  come from N pages and whose reach is about 1/N was read on its first page only;
* **pages requested** — how many distinct pages (HTML or JSON, not assets) the site served during ``sdp add``,
  counted by the local server itself, so "a pager followed whose pages gave no records" shows too.
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Protocol

from tests.conftest import _QuietHandler

#: Files a browser or the Scout may fetch beside the pages themselves; never a list page.
_ASSET_SUFFIXES = frozenset(
    ".css .js .mjs .map .png .jpg .jpeg .gif .svg .webp .avif .ico .woff .woff2 .ttf .otf .mp4 .webm .pdf".split()  # noqa: SIM905
)
_NOT_PAGES = frozenset({"/robots.txt", "/sitemap.xml", "/favicon.ico"})
_PAGER_LINE = re.compile(r"^\s*pagination:\s*(\S+)", re.MULTILINE)


@dataclass
class RequestLog:
    """The distinct pages one served site was asked for (thread-safe: the server answers in threads)."""

    targets: set[str] = field(default_factory=set)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, target: str) -> None:
        path = target.split("?", 1)[0].split("#", 1)[0]
        if path in _NOT_PAGES or PurePosixPath(path).suffix.lower() in _ASSET_SUFFIXES:
            return
        with self.lock:
            self.targets.add(target.split("#", 1)[0])

    def __len__(self) -> int:
        with self.lock:
            return len(self.targets)


def recording_handler(log: RequestLog) -> type[_QuietHandler]:
    """A static-file handler that notes each page it is asked for in ``log``."""

    class Recording(_QuietHandler):
        def send_head(self):  # type: ignore[no-untyped-def]  # SimpleHTTPRequestHandler's own signature
            log.add(self.path)
            return super().send_head()

    return Recording


def pager_kind(show_output: str) -> str:
    """The pagination kind ``sdp show`` prints (``none`` when it prints none)."""
    found = _PAGER_LINE.search(show_output)
    return found.group(1) if found else "none"


class PagedResult(Protocol):
    """What the shape reads of one site's result."""

    list_pages: int
    pager: str
    pages_requested: int
    error: str | None

    @property
    def reach(self) -> float: ...


def first_page_only(result: PagedResult) -> bool:
    """The last matched record lies within the first page's share of the list (a stray card allowed)."""
    return result.list_pages > 1 and result.reach <= 1 / result.list_pages + 0.1


def paging_shape(results: Sequence[PagedResult]) -> str:
    """One line: the several-page lists of a set, what pager each was given, and why the ones read on their first
    page alone stopped there."""
    paged = [r for r in results if r.list_pages > 1 and not r.error]
    if not paged:
        return "no list of several pages"
    kinds = Counter(r.pager for r in paged)
    stopped = [r for r in paged if first_page_only(r)]
    no_pager = sum(1 for r in stopped if r.pager == "none")
    one_request = sum(1 for r in stopped if r.pager != "none" and r.pages_requested <= 1)
    followed = len(stopped) - no_pager - one_request
    return (
        f"{len(paged)} lists of several pages, pager {', '.join(f'{k} {n}' for k, n in kinds.most_common())};"
        f" read on their first page only: {len(stopped)} (no pager {no_pager}, a pager but one page requested"
        f" {one_request}, a pager and more pages requested {followed})"
    )
