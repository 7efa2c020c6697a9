"""The list's own address moved one step along its pages, as a plain link on the first page.

A last resort when no finder read a pager (no "next" word, no marked current page): most pagers
still link the next page by this list's address with its page number or offset moved on —
``?page=2``, ``?start=12`` past ``?start=0``, ``/page/2/``, ``-p2.html`` — often writing the
filters they carry on every page link (``?page=2&sort=date``, empty ``&q=&date=``). Only such a
link is read here; whether it really leads on is for the caller to ask the site
(``agents.steplinkprobe``).

A link that changes anything else (``?sort=price``, ``?per_page=50``) is no step, nor is a page
link whose other parameters no other page link shares: a pager writes its state on every page
link. Links in the site's header and footer are skipped, and only the first ``MAX_LINKS`` links
are read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urljoin, urlsplit

from parsel import Selector

from agents.heuristics.dom import HtmlElement, full_text
from agents.heuristics.lastpage import last_page_number
from agents.heuristics.offsetpages import offset_page_links
from agents.heuristics.pageurls import PAGE_PARAM_NAMES, PAGE_WORDS_PATTERN, pages_to_last, same_query
from agents.heuristics.pathsteps import BARE_STEP_HREF, bare_path_step
from agents.heuristics.saysnext import says_next
from agents.heuristics.trackingquery import TRACKING_PARAMETERS
from agents.heuristics.urlpaging import MAX_OFFSET, MAX_STEP, OFFSET_NAMES
from agents.heuristics.wordedsteps import worded_step
from pipeline.core.extract import page_base_url
from pipeline.core.pagingspec import PaginationSpec
from pipeline.core.urls import on_same_site
from pipeline.core.valuepages import with_query_param

#: Links read at most: a pager sits among the first few thousand links of any page.
MAX_LINKS = 3_000
#: A link naming a page or an offset in its query or its path: the only links parsed.
_STEP_HREF = re.compile(
    rf"[?&;](?:page|p|pg|paged|{PAGE_WORDS_PATTERN}|pn|page_?number|start|offset|skip|from)=\d|"
    rf"(?:/(?:page|p|pg|{PAGE_WORDS_PATTERN})|[-_](?:page|p|pg))[-/_]?\d{{1,5}}(?:/|\.\w{{2,5}})?(?:[?#]|$)",
    re.IGNORECASE,
)
#: A path that ends on a page number: ``/news/page/2/``, ``/p/2``, ``/shoes/seite-2.html``, ``/shoes-p2.html``.
_PATH_PAGE = re.compile(
    rf"^(?P<base>.*?)(?P<mark>/(?:page|p|pg|{PAGE_WORDS_PATTERN})[-/_]?|[-_](?:page|p)[-_]?)"
    r"(?P<number>\d{1,5})(?P<tail>/?|\.\w{2,5})$",
    re.IGNORECASE,
)
#: A pager link's text: "2", "Page 2", "11-20".
_PAGE_NUMBER_TEXT = re.compile(r"^(?:page\s*)?\d{1,5}(?:\s*[-–]\s*\d{1,5})?$", re.IGNORECASE)
#: Names that number other things too: WordPress's ``?p=2`` is a post, a shop's ``/p/2`` a product.
_AMBIGUOUS_NAMES = frozenset({"p", "pg", "pn"})
#: Links to the next page (and other page links) compared at most: a pager holds a few.
_MAX_NEXT_LINKS = 20
_CHROME_ROLES = frozenset({"banner", "contentinfo"})
_SECTIONING = frozenset({"article", "main", "section", "aside"})


@dataclass(frozen=True)
class StepLink:
    """The next page's address as the first page links it, and how a crawl goes on from there:
    a page number or an offset it counts (``pagination``), or, for a page number in the path,
    the link it follows (``pagination`` None: the caller finds a selector for it)."""

    url: str
    pagination: PaginationSpec | None
    note: str


def step_link(page: Selector, url: str, record_selector: str = "") -> StepLink | None:
    """The first page's link to its second by a moved page number or offset, if it has one; else
    its one link saying "next" in words to this list's address with a query value moved on
    (``record_selector``: the records, whose own links are no pager)."""
    links = _paged_links(page, url)
    found = (_query_step(page, url, links) or _path_step(url, links) or _bare_step(url, links)) if links else None
    if found is None and (numbered := offset_page_links(page, url)) is not None:
        # "[2]" → "?ofs=20": an offset no name above says, read from the page numbers it steps with.
        target, spec = numbered
        return StepLink(target, spec, f"offset {spec.param!r} from {spec.start} by {spec.step} (page numbers)")
    if found is None:
        frames: dict[HtmlElement, tuple[bool, bool]] = {}
        worded = worded_step(page, url, record_selector, lambda anchor: _in_site_frame(anchor, frames))
        if worded is not None:  # "Later flights" → ?hours=15-18: followed as a link, never counted
            anchor, target = worded
            return StepLink(target, None, f"{full_text(anchor)!r} to this list with its query moved on")
    return found


def _paged_links(page: Selector, url: str) -> list[tuple[HtmlElement, str]]:
    """(anchor, absolute address) of the page's same-site links naming a page or an offset."""
    base, found = page_base_url(page, url), []
    frames: dict[HtmlElement, tuple[bool, bool]] = {}
    for count, anchor in enumerate(page.root.iter("a")):
        if count >= MAX_LINKS:
            break
        href = (anchor.get("href") or "").strip()
        if not (_STEP_HREF.search(href) or BARE_STEP_HREF.search(href)) or _in_site_frame(anchor, frames):
            continue
        try:
            target = urljoin(base, href)
        except ValueError:  # "http://[oops/": no address
            continue
        if on_same_site(target, url):
            found.append((anchor, target))
    return found


def _in_site_frame(anchor: HtmlElement, known: dict[HtmlElement, tuple[bool, bool]]) -> bool:
    """Inside the site's own header or footer (not an article's), where no list's pager sits.

    ``known``: (in a site frame, in a sectioning element) of the elements already walked, so that
    thousands of links a thousand elements deep cost one walk of their ancestors, not one each."""
    chain, element = [], anchor.getparent()
    while element is not None and element not in known:
        chain.append(element)
        element = element.getparent()
    framed, sectioned = known[element] if element is not None else (False, False)
    for ancestor in reversed(chain):  # from the outermost down, each read under its parent's state
        tag = ancestor.tag if isinstance(ancestor.tag, str) else ""
        if ancestor.get("role") in _CHROME_ROLES:
            framed = True
        elif tag in ("header", "footer"):
            framed = not sectioned
        sectioned = sectioned or tag in _SECTIONING
        known[ancestor] = (framed, sectioned)
    return framed


def _query(address: str) -> dict[str, str]:
    return dict(parse_qsl(urlsplit(address).query, keep_blank_values=True))


def _stepped(name: str) -> str | None:
    """ "page" or "offset" for a parameter numbering a list's pages, else None."""
    if name.lower() in PAGE_PARAM_NAMES:
        return "page"
    return "offset" if OFFSET_NAMES.match(name) else None


def _query_step(page: Selector, url: str, links: list[tuple[HtmlElement, str]]) -> StepLink | None:
    # "/listings" and "/listings/" are one list: a server adds or drops the slash.
    here, path = _query(url), urlsplit(url).path.rstrip("/")
    # The pager's page links for each parameter: (anchor, address, number, the other parameters).
    by_name: dict[str, list[tuple[HtmlElement, str, int, dict[str, str]]]] = {}
    for anchor, target in links:
        if urlsplit(target).path.rstrip("/") != path:
            continue
        query = _query(target)
        for name, value in query.items():
            number = _read_number(value)
            if number is not None and _stepped(name):
                others = {k: v for k, v in query.items() if k != name}
                by_name.setdefault(name, []).append((anchor, target, number, others))
    for name, found in by_name.items():
        kind = _stepped(name)
        if kind is None:
            continue
        named = _read_number(here.get(name, ""))
        if kind == "page":
            current = named if named is not None else (0 if _counts_from_zero(found) else 1)
            step = 1
        else:
            current = named or 0
            ahead = [number for _a, _t, number, _o in found if number > current]
            step = min(ahead) - current if ahead else 0
        if not 0 < step <= MAX_STEP:
            continue
        numbered = len(_pager_numbers(found)) >= 2 or name.lower() not in _AMBIGUOUS_NAMES
        nexts = [f for f in found if f[2] == current + step and (numbered or _reads_as_pager(f[0]))]
        state = {k: v for k, v in here.items() if k != name}
        for _anchor, target, _number, others in nexts[:_MAX_NEXT_LINKS]:
            if _pager_state(others, state, [f[3] for f in found if f[1] != target][:_MAX_NEXT_LINKS]):
                return _counted(page, url, target, name, kind, current, step)
    return None


def _read_number(value: str) -> int | None:
    """An ASCII page number or offset up to ``MAX_OFFSET`` ("²" and "٢" are digits to ``isdigit``)."""
    if not (value.isascii() and value.isdigit()) or len(value) > len(str(MAX_OFFSET)):
        return None  # a 5,000-digit string is past what int() reads
    return int(value) if int(value) <= MAX_OFFSET else None


def _pager_numbers(found: list[tuple[HtmlElement, str, int, dict[str, str]]]) -> set[int]:
    """The numbers of links reading as a pager's ("2", "Page 2"), not a post's title (``?p=2``)."""
    return {number for anchor, _t, number, _o in found if _PAGE_NUMBER_TEXT.match(full_text(anchor))}


def _reads_as_pager(anchor: HtmlElement) -> bool:
    """A lone link under an ambiguous name is a pager's only when it reads as one ("2", "Next")."""
    return bool(_PAGE_NUMBER_TEXT.match(full_text(anchor))) or says_next(anchor)


def _counts_from_zero(found: list[tuple[HtmlElement, str, int, dict[str, str]]]) -> bool:
    """Page links numbered one below the page they show (Drupal's ``?page=1`` reads "2")."""
    return any(full_text(anchor) == str(number + 1) for anchor, _t, number, _o in found)


def _pager_state(others: dict[str, str], state: dict[str, str], siblings: list[dict[str, str]]) -> bool:
    """The link's other parameters are this page's, up to empty ones and tracking, or the state
    every other page link of the pager writes too (``&sort=date`` on each)."""
    changed = {k for k in others.keys() | state.keys() if others.get(k, "") != state.get(k, "")}
    changed = {k for k in changed if k.lower() not in TRACKING_PARAMETERS and not k.lower().startswith("utm_")}
    if not changed:
        return True
    return bool(siblings) and all(all(s.get(k, "") == others.get(k, "") for k in changed) for s in siblings)


def _counted(page: Selector, url: str, target: str, name: str, kind: str, current: int, step: int) -> StepLink:
    """The page number or offset a crawl counts from this page, asked on the link's own address
    when it is not this page's with the number moved (it writes the pager's own parameters)."""
    own = same_query(with_query_param(url, name, str(current + step)), target, keep_blank_values=True)
    endpoint = None if own else target
    pages = pages_to_last(last_page_number(page, name, current), current, step)
    if kind == "page":
        spec = PaginationSpec(kind="page_param", param=name, start=current, max_pages=pages, endpoint=endpoint)
        return StepLink(target, spec, f"query parameter {name!r} from page {current}")
    spec = PaginationSpec(kind="offset", param=name, start=current, step=step, max_pages=pages, endpoint=endpoint)
    return StepLink(target, spec, f"offset {name!r} from {current} by {step}")


def _path_step(url: str, links: list[tuple[HtmlElement, str]]) -> StepLink | None:
    """A link to this path with a page number one past this page's: ``/news/`` → ``/news/page/2/``."""
    here = urlsplit(url)
    own = _PATH_PAGE.match(here.path)
    numbers = {
        m["number"]
        for a, t in links
        if (m := _PATH_PAGE.match(urlsplit(t).path)) and _PAGE_NUMBER_TEXT.match(full_text(a))
    }
    for anchor, target in links:
        there = urlsplit(target)
        found = _PATH_PAGE.match(there.path)
        if found is None or _query(target) != _query(url):
            continue
        if own is not None and (own["base"], own["mark"].lower()) == (found["base"], found["mark"].lower()):
            current = int(own["number"])
        elif own is None and _page_one(here.path, found["base"], found["tail"]):
            current = 1
        else:
            continue
        sure = len(numbers) >= 2 or found["mark"].strip("/-_").lower() not in _AMBIGUOUS_NAMES
        if int(found["number"]) == current + 1 and (sure or _reads_as_pager(anchor)):
            return StepLink(target, None, f"page {current + 1} in the path ({there.path})")
    return None


def _bare_step(url: str, links: list[tuple[HtmlElement, str]]) -> StepLink | None:
    """A link to this path with a page number no word marks: ``/news/`` → ``/news/2/``."""
    found = bare_path_step(url, links)
    if found is None:
        return None
    target, number = found
    return StepLink(target, None, f"page {number} in the path ({urlsplit(target).path})")


def _page_one(path: str, base: str, tail: str) -> bool:
    """``path`` is the first page of the pages ``base`` + page number + ``tail`` name: ``/news/``
    for ``/news/page/2/``, ``/shoes.html`` for ``/shoes-p2.html``."""
    bare = path.rstrip("/")
    if tail.startswith("."):
        bare = bare.removesuffix(tail)
    return bare == base.rstrip("/")
