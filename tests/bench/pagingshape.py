"""How far a several-page list was followed, summed over a set of sites (a shape, naming no site).

``lossshape`` says how many expected values were lost as "about one page's worth of a list of several pages"; this
module says why, one level down, for a held-out set as much as for an open one:

* **pager** — what the deployed spec pages by (``sdp show``'s ``pagination:`` line: ``none``, ``next_link``,
  ``numbered``, ``offset``…), so "no pager recognised" parts from "a pager recognised but not followed";
* **reach** — how far down the expected list the last matched record sits (``Score.reach``): a list whose records
  come from N pages and whose reach is about 1/N was read on its first page only;
* **pages requested** — how many distinct pages (HTML or JSON, not assets) the site served during ``sdp add``,
  counted by the local server itself, so "a pager followed whose pages gave no records" shows too;
* **pager hints** — for a list given no pager, what its first page offers a person or a script to reach page 2
  (``pager_hints``): plain links to a numbered page, controls drawn without an address ("Load more" buttons,
  ``href="#"`` page numbers), page parameters in its scripts, or a form with a page field.
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Protocol
from urllib.parse import parse_qsl, urljoin, urlsplit

from lxml import html as lxml_html

from tests.bench.pagercheck import ADDRESS_CHANGES, LINK_CHECKS, PASSES
from tests.bench.pageroute import ROUTES, URL_SHAPES, PageRoute
from tests.conftest import _QuietHandler

#: Files a browser or the Scout may fetch beside the pages themselves; never a list page.
_ASSET_SUFFIXES = frozenset(
    ".css .js .mjs .map .png .jpg .jpeg .gif .svg .webp .avif .ico .woff .woff2 .ttf .otf .mp4 .webm .pdf".split()  # noqa: SIM905
)
_NOT_PAGES = frozenset({"/robots.txt", "/sitemap.xml", "/favicon.ico"})
_PAGER_LINE = re.compile(r"^\s*pagination:\s*(\S+)", re.MULTILINE)
#: A note of the Scout's on its pagination, as ``sdp show`` lists it under ``notes:``: "- pagination: none
#: [no-pager] …", "- pagination: refused [page2-repeats] …" (``agents.heuristics.pagerrefusals``).
_NOTE_CODE = re.compile(r"^\s*-\s*pagination: (?:none|refused) \[([a-z0-9-]+)\]", re.MULTILINE)
#: What a list's decision is counted as when the Scout left no note on its pagination.
NO_NOTE = "no note"
#: Query parameters that number or offset a list's pages.
_PAGE_PARAMS = frozenset(
    "page p pg paged pagenum page_number start offset from skip first cursor after pagefrom updated-max".split()  # noqa: SIM905
)
_PAGE_PATH = re.compile(r"/(?:page|p|seite|pagina)[/-]?\d+/?$", re.IGNORECASE)
_ONWARD_WORDS = re.compile(r"^\W*(?:next|more|load more|show more|older|weiter|suivant|siguiente|2)\b", re.IGNORECASE)
_SCRIPT_PAGE_PARAM = re.compile(r"[?&](?:page|p|pg|offset|start|cursor|skip|from)=", re.IGNORECASE)
#: The kinds ``pager_hints`` tells apart, in the order they are reported.
PAGER_HINTS = ("page_links", "scripted_controls", "script_parameters", "page_forms")


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


def pager_codes(show_output: str) -> tuple[str, ...]:
    """The codes of the Scout's pagination notes ``sdp show`` prints, in order, each once."""
    return tuple(dict.fromkeys(_NOTE_CODE.findall(show_output)))


def decision_code(codes: Sequence[str]) -> str:
    """The reason a list was given no next page, as its notes name it: the last one (a probe's answer about
    page 2 comes after what the page itself offered), or ``NO_NOTE``."""
    return codes[-1] if codes else NO_NOTE


def pager_hints(page: str, url: str) -> frozenset[str]:
    """What a first page offers to reach its second (``PAGER_HINTS``): read from the markup alone, as a person
    scanning the page would, never from what the Scout made of it."""
    try:
        root = lxml_html.fromstring(page)
    except (ValueError, lxml_html.etree.ParserError):
        return frozenset()
    hints: set[str] = set()
    host = urlsplit(url).netloc
    for anchor in root.iter("a", "button"):
        href = (anchor.get("href") or "").strip()
        words = " ".join(anchor.text_content().split()) or anchor.get("aria-label") or ""
        if anchor.tag == "a" and href and not href.startswith(("#", "javascript:")):
            target = urlsplit(urljoin(url, href))
            if target.netloc == host and (
                _PAGE_PATH.search(target.path) or any(k.lower() in _PAGE_PARAMS for k, _ in parse_qsl(target.query))
            ):
                hints.add("page_links")
        elif _ONWARD_WORDS.match(words) or anchor.get("data-page") is not None:
            hints.add("scripted_controls")
    if any(_SCRIPT_PAGE_PARAM.search(script.text or "") for script in root.iter("script")):
        hints.add("script_parameters")
    for form in root.iter("form"):
        names = {(field.get("name") or "").lower() for field in form.iter("input", "select")}
        if names & _PAGE_PARAMS:
            hints.add("page_forms")
    return frozenset(hints)


class PagedResult(Protocol):
    """What the shape reads of one site's result."""

    list_pages: int
    pager: str
    pages_requested: int
    pager_hints: frozenset[str]
    pager_codes: tuple[str, ...]
    error: str | None

    page_route: PageRoute | None

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
    # A probe may have fetched page 2 and turned it down (its records did not match, or repeated page 1's).
    probed = sum(1 for r in stopped if r.pager == "none" and r.pages_requested > 1)
    one_request = sum(1 for r in stopped if r.pager != "none" and r.pages_requested <= 1)
    followed = len(stopped) - no_pager - one_request
    unpaged = [r for r in stopped if r.pager == "none"]
    hints = Counter(h for r in unpaged for h in r.pager_hints)
    offered = ", ".join(f"{h} {hints[h]}" for h in PAGER_HINTS)
    bare = sum(1 for r in unpaged if not r.pager_hints)
    return (
        f"{len(paged)} lists of several pages, pager {', '.join(f'{k} {n}' for k, n in kinds.most_common())};"
        f" read on their first page only: {len(stopped)} (no pager {no_pager}, of which {probed} with more pages"
        f" requested; a pager but one page requested"
        f" {one_request}, a pager and more pages requested {followed}); what the first page of those with no pager"
        f" offers: {offered}, none of these {bare}"
    )


def note_shape(results: Sequence[PagedResult]) -> str:
    """One line: the lists of several pages read on their first page only, counted by the Scout's own reason
    (``decision_code``), then by every reason its notes name (a list counted under each); no list named."""
    stopped = [r for r in results if r.list_pages > 1 and not r.error and first_page_only(r)]
    if not stopped:
        return "no list read on its first page only"
    decided = Counter(decision_code(r.pager_codes) for r in stopped)
    named = Counter(code for r in stopped for code in r.pager_codes)
    by_decision = ", ".join(f"{k} {n}" for k, n in sorted(decided.items(), key=lambda kv: (-kv[1], kv[0])))
    every = ", ".join(f"{k} {n}" for k, n in sorted(named.items(), key=lambda kv: (-kv[1], kv[0]))) or "none"
    return f"{len(stopped)} lists read on their first page only, by decision: {by_decision}; codes named: {every}"


def _tally(
    routes: list[PageRoute], label: str, kinds: tuple[str, ...], of: Callable[[PageRoute], Iterable[str]]
) -> str:
    counts = {k: sum(1 for r in routes if k in of(r)) for k in kinds}
    return f"{label} " + ", ".join(f"{k} {n}" for k, n in counts.items())


def route_summary(routes: list[PageRoute]) -> str:
    """The routes of a set of lists, summed (no list named)."""
    if not routes:
        return "none"
    links = [r for r in routes if r.route == "anchor"]
    kinds = ", ".join(f"{k} {sum(1 for r in routes if r.route == k)}" for k in ROUTES)
    found = [r for r in routes if r.body]
    body = ", ".join(f"{k} {sum(1 for r in found if r.body == k)}" for k in ("page", "json", "fragment"))
    parts = [f"{len(routes)} lists: {kinds}; page 2 is {body}"]
    if links:
        siblings = ", ".join(
            f"{label} {sum(1 for r in links if low <= r.siblings <= high)}"
            for label, low, high in (("0", 0, 0), ("1-3", 1, 3), ("4+", 4, 10**6))
        )
        parts.append(
            "links: "
            + "; ".join(
                (
                    _tally(
                        links,
                        "text",
                        ("digit", "word_en", "word_other", "glyph", "label", "image", "empty"),
                        lambda r: r.text_kinds,
                    ),
                    f"rel=next {sum(r.rel_next for r in links)}",
                    _tally(links, "container", ("named", "list_or_nav", "neither"), lambda r: (r.container,)),
                    f"other links of its URL shape {siblings}",
                    _tally(links, "URL", URL_SHAPES, lambda r: (r.url_shape,)),
                    f"same path as page 1 {sum(r.same_path for r in links)}",
                )
            )
        )
    return "; ".join(parts)


def route_shape(results: Sequence[PagedResult]) -> str:
    """One line: how the first page leads to page 2, summed over the several-page lists read on their first page
    only and, apart, over those followed; and for those whose page 2 a probe fetched and turned down, whether page
    2 shows as many records as page 1 and whether it leads with (or repeats) page 1's."""
    paged = [r for r in results if r.list_pages > 1 and not r.error and r.page_route is not None]
    stopped = [r.page_route for r in paged if first_page_only(r) and r.page_route]
    followed = [r.page_route for r in paged if not first_page_only(r) and r.page_route]
    down = [r.page_route for r in paged if first_page_only(r) and r.pager == "none" and r.pages_requested > 1]
    found = [r for r in down if r and r.body]
    sizes = ", ".join(
        f"{k} {n}"
        for k, n in (
            ("as many records as page 1", sum(1 for r in found if r.page2_count == r.page1_count)),
            ("fewer", sum(1 for r in found if r.page2_count < r.page1_count)),
            ("more", sum(1 for r in found if r.page2_count > r.page1_count)),
            ("leading with page-1 records", sum(r.leads_with_page1 for r in found)),
            ("repeating some", sum(r.repeats_page1 for r in found)),
        )
    )
    return (
        f"read on the first page only: {route_summary(stopped)}; of these, page 2 requested and turned down"
        f" {len(down)}, page 2 found for {len(found)}: {sizes} | followed: {route_summary(followed)}"
    )


#: What the probe's code says of a page 2 whose link passed the link tests (any other code is said as it is).
_PROBE_VERDICTS = {
    "page2-repeats": "page 2 repeats page 1",
    "page2-mostly-page1": "page 2 repeats page 1",
    "page2-empty": "page 2's records not like page 1's",
    "page2-failed": "page 2 not answered",
    "page2-json": "page 2 is JSON",
    "no-follow": "no way on from page 2",
    "no-keys": "page 1's records have no keys",
}


def link_verdict(result: PagedResult) -> str:
    """Why a list read on its first page only, with a route to page 2, stopped: the Scout's link test turning down
    the link (``pagercheck``), the probe's verdict on page 2 when the link passes them, or the route's kind."""
    route = result.page_route
    assert route is not None
    if route.route != "anchor" or not route.link_check:
        return f"no link to page 2 ({route.route}, then {decision_code(result.pager_codes)})"
    if route.link_check != PASSES:
        return route.link_check
    if result.pager != "none":
        return f"{PASSES}, a pager given ({result.pager})"
    code = decision_code(result.pager_codes)
    return f"{PASSES}, then {_PROBE_VERDICTS.get(code, code)}"


def check_shape(results: Sequence[PagedResult]) -> str:
    """One line: for the lists read on their first page only whose route to page 2 was found, how page 2's address
    differs from page 1's and which of the Scout's tests turned the way down; counts only, no list named."""
    paged = [r for r in results if r.list_pages > 1 and not r.error and first_page_only(r)]
    found = [r for r in paged if r.page_route and r.page_route.route != "not_found"]
    if not found:
        return "no list read on its first page only with a route to page 2"
    changes = Counter(r.page_route.address_change for r in found if r.page_route)
    verdicts = Counter(link_verdict(r) for r in found)
    order = {v: n for n, v in enumerate(LINK_CHECKS)}
    ranked = sorted(verdicts.items(), key=lambda kv: (order.get(kv[0].split(",")[0], len(order)), kv[0]))
    looks = Counter(
        f"{link_verdict(r)} [{r.page_route.link_look}]" for r in found if r.page_route and r.page_route.link_look
    )
    return (
        f"{len(found)} lists with a route to page 2; address: "
        + ", ".join(f"{k} {changes[k]}" for k in ADDRESS_CHANGES)
        + "; turned down by: "
        + ", ".join(f"{k} {n}" for k, n in ranked)
        + ("; the links: " + ", ".join(f"{k} {n}" for k, n in sorted(looks.items())) if looks else "")
    )
