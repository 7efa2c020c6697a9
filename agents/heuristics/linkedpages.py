"""The next page's address as a block of numbered links prints it.

A probe asking the site for page 2 (``agents.pageprobe``) guesses its address: ``page=2`` on page
1's own address. The page's numbered links may print it otherwise: another parameter (``?p=2``,
``?seite=2``, a name no table holds), another form of the same path (``/shop?page=2`` from
``/shop/``, ``/list/?page=2`` from ``/list/index.html``), or the parameters in another order. A
server, a static mirror or a cache keyed on the form it links answers the guess with an error.

The form is read here from a block of numbered links: each link's text its number, each address
page 1's but for one parameter holding that number. The block needs no pager class, its numbers
mark it. Its link to the number after page 1's (the "2", or a picture without text after the
numbers) names the parameter and the form; only the site's answer decides (new records).

``picture_next`` reads such a block's last link showing only a picture (``<svg>``, ``<img>``),
to the number after page 1's, as the list's next page: the only way on some pagers show.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice
from urllib.parse import parse_qsl, urldefrag, urljoin, urlsplit

from parsel import Selector

from agents.heuristics.dom import HtmlElement, full_text
from agents.heuristics.lastpage import MAX_DIGITS, last_page_number
from agents.heuristics.pageurls import PAGE_PARAM_NAMES, pages_to_last
from agents.heuristics.paginationfinding import PaginationFinding
from agents.heuristics.saysnext import says_previous, usable
from pipeline.core.extract import page_base_url
from pipeline.core.pagingspec import PaginationSpec
from pipeline.core.valuepages import with_query_param

#: Links read at most, as the finders do.
_MAX_LINKS = 3_000
#: Links to page 2 weighed at most for the one whose parameter names a page.
_MAX_CANDIDATES = 20
#: Ancestors of a link looked through for the block holding its numbered neighbours.
_BLOCK_DEPTH = 3
#: A pager's block holds a few dozen links; a page's whole body is no block.
_MAX_BLOCK_LINKS = 60
#: Numbered links a block shows at least besides the current page's (``1 [2] [3]``).
MIN_NUMBERED = 2
_INDEX_FILE = re.compile(r"/(?:index|default)\.(?:html?|php|aspx?|jsp)$", re.IGNORECASE)
#: What a picture-only link shows besides its picture: nothing, or an arrow.
_ARROWS_ONLY = re.compile(r"^[›»→>❯▸▶\s]*$")
#: An address that can move a page number: a query holding a digit. Most links of a big page hold
#: none, and are passed over before being parsed.
_NUMBERED_QUERY = re.compile(r"\?.*\d")


@dataclass(frozen=True)
class LinkedPage:
    """The page-number parameter a block of numbered links moves, page 1's number in it, and page
    1's address as that block writes it (the parameter set to page 1's number); the link to the
    number after page 1's, and the block of numbered links holding it."""

    param: str
    current: int
    address: str
    anchor: HtmlElement
    block: HtmlElement


def linked_next_page(page: Selector, url: str) -> LinkedPage | None:
    """The link to the number after page 1's in a block of numbered links (``linked_pages``): the first
    whose parameter names a page (``?page=``, ``?seite=``) before a filter's or a calendar's numbers
    (``?stars=2``, ``?day=2``), else the first found in the page's order; None when no block shows one."""
    found = list(islice(linked_pages(page, url), _MAX_CANDIDATES))
    return next((f for f in found if f.param.lower() in PAGE_PARAM_NAMES), found[0] if found else None)


def picture_next(page: Selector, url: str) -> LinkedPage | None:
    """A block of numbered links whose last link shows only a picture (no words, no label saying
    "previous") and leads to the number after page 1's: the block's way on."""
    for found in linked_pages(page, url):
        anchor = found.anchor
        if full_text(anchor) and not _ARROWS_ONLY.match(full_text(anchor)):
            continue
        if next(anchor.iterdescendants("svg", "img"), None) is None:
            continue
        label = " ".join(filter(None, [anchor.get("aria-label"), anchor.get("title")]))
        if not says_previous(label) and _links(found.block)[-1] is anchor:
            return found
    return None


def picture_pagination(page: Selector, url: str) -> PaginationFinding | None:
    """``?name=N+1`` when a block of numbered links ends in a picture-only link to it (``picture_next``)
    written in page 1's own form (another form is left to the probes, which ask the site)."""
    found = picture_next(page, url)
    if found is None:
        return None
    onward = str(found.current + 1)
    if with_query_param(url, found.param, onward) != with_query_param(found.address, found.param, onward):
        return None
    pages = pages_to_last(last_page_number(page, found.param, found.current), found.current)
    spec = PaginationSpec(kind="page_param", param=found.param, start=found.current, max_pages=pages)
    note = f"pagination: query parameter {found.param!r} from page {found.current} (a picture after numbered links)"
    return PaginationFinding(spec, note)


def linked_pages(page: Selector, url: str) -> Iterator[LinkedPage]:
    """Each link whose address is page 1's (``url``) with one parameter set to the number after page
    1's, in a block holding at least ``MIN_NUMBERED`` links numbered by that parameter."""
    base = page_base_url(page, url)
    for anchor in islice(page.root.iter("a"), _MAX_LINKS):
        moved = _moved(anchor, base, url)
        if moved is None:
            continue
        name, value, target = moved
        current = _number(dict(parse_qsl(urlsplit(url).query)).get(name, "")) or 1
        block = _block(anchor, name) if value == current + 1 else None
        if block is not None:
            yield LinkedPage(name, current, with_query_param(target, name, str(current)), anchor, block)


def _block(anchor: HtmlElement, name: str) -> HtmlElement | None:
    """The nearest ancestor of ``anchor`` holding ``MIN_NUMBERED`` links (itself or others) whose text
    is the number their address gives ``name``; None when none does within a few levels."""
    for block in islice(anchor.iterancestors(), _BLOCK_DEPTH):
        links = _links(block)
        if len(links) > _MAX_BLOCK_LINKS:
            return None
        numbered = {n for a in links if (n := _number(full_text(a))) is not None and _names(a, name) == n}
        if len(numbered) >= MIN_NUMBERED:
            return block
    return None


def _links(block: HtmlElement) -> list[HtmlElement]:
    return [a for a in islice(block.iter("a"), _MAX_BLOCK_LINKS + 1) if usable(a)]


def _names(anchor: HtmlElement, name: str) -> int | None:
    """The number ``anchor``'s address gives ``name``, if any."""
    try:
        query = urlsplit((anchor.get("href") or "").strip()).query
    except ValueError:  # "http://[bad/": no address, no number
        return None
    return _number(dict(parse_qsl(query)).get(name, ""))


def _moved(anchor: HtmlElement, base: str, url: str) -> tuple[str, int, str] | None:
    """``(name, number, address)`` when ``anchor`` leads to page 1's path (in any of its forms) with the
    same parameters, in any order, but one: ``name``, holding a number."""
    href = (anchor.get("href") or "").strip()
    if not _NUMBERED_QUERY.search(href) or not usable(anchor):
        return None
    try:
        target = urldefrag(urljoin(base, href))[0]
    except ValueError:
        return None
    here, there = urlsplit(url), urlsplit(target)
    if here.netloc.lower() != there.netloc.lower() or _path(here.path) != _path(there.path):
        return None
    now, then = dict(parse_qsl(here.query)), dict(parse_qsl(there.query))
    changed = [k for k in then if now.get(k) != then[k]]
    if len(changed) != 1 or set(now) - set(then):
        return None
    number = _number(then[changed[0]])
    return (changed[0], number, target) if number is not None else None


def _path(path: str) -> str:
    """A path as one folder: ``/list/``, ``/list`` and ``/list/index.html`` alike."""
    return _INDEX_FILE.sub("/", path).rstrip("/")


def _number(text: str) -> int | None:
    """``text`` as a page number: ASCII digits only ("²" is a digit int() cannot read), a few of them."""
    text = text.strip()
    return int(text) if text.isascii() and text.isdigit() and len(text) <= MAX_DIGITS else None
