"""Whether a link that only its class marks "next" (``a.next``, ``li.next > a``, ``a.is-next``)
leads to the next page of this list.

A class naming "next" marks a pager's link, but also a related story's teaser ("Next story →"),
a post's "Next post: <title>", an "Up next" video, a "next-event" widget or a carousel's arrow.
A pager's link leads to a page of the list it sits on: the same path with a page number, offset
or cursor, or a path differing only by a number (``/page/2/``, ``/liste/2``, ``/page2/``) or adding one
(``/news/page2.html``, ``/jobs/l/2``: ``pagedpaths``). The
others lead to an item: a story, a video, an event, often shaped like the records' own links.
"""

from __future__ import annotations

import re
import weakref
from itertools import islice
from urllib.parse import parse_qsl, urljoin, urlsplit

from agents.heuristics.dom import HtmlElement, full_text
from agents.heuristics.pagedpaths import numbered_sibling

#: A query parameter naming a page, an offset or a cursor: ``?page=2``, ``?start=20``, Blogger's
#: ``?updated-max=…``, Mastodon's ``?max_id=…``, Reddit's ``?after=t3_…``, ``?pageToken=…``.
_PAGING_NAME = re.compile(
    r"page|cursor|offset|start|skip|after|before|since|until|max|token|continue|next|from|^p$|^pg$|^pn$",
    re.IGNORECASE,
)
#: A path's page number (``/page/2``, ``/page2``, ``-p2``, ``/2``) or any other number in it.
_NUMBER = re.compile(r"(?:(?<![a-z])(?:page|seite|pagina|pg|p))?[-_/]?\d+", re.IGNORECASE)
_SLASHES = re.compile(r"/{2,}")
_NUMBERS = re.compile(r"\d+")
#: A page number has few digits; the records' numbers beside a pager's are this far above its.
_MAX_PAGE_DIGITS = 4
_MAX_DIGITS = 18
_RECORD_FLOOR = 100
_RECORD_FACTOR = 10
#: The records' address shapes, read once per page and let go with it.
_PER_PAGE: weakref.WeakKeyDictionary[HtmlElement, dict[str, frozenset[int]]] = weakref.WeakKeyDictionary()
#: Addresses and query names read at most: a page's address is short, a hostile one is not.
_MAX_URL = 2000
_MAX_PARAMS = 30
#: Links read to learn the records' address shape, and how many distinct addresses make one.
_MAX_LINKS = 3000
_RECORD_LINKS = 3
#: A record's name: two words or more ("Lamp 11 in brass"), not a page number or a lone word.
_WORDS = re.compile(r"[^\W\d_]{2,}")
#: A pager's own words around its numbers: "Go to page 2", "Seite 3", "2 of 5".
_PAGE_LINK_TEXT = re.compile(
    r"\b(?:page|pages|seite|p[aá]gina|strona|страница|sida|side|sivu)\b|\d\s*(?:of|/)\s*\d", re.IGNORECASE
)


def leads_to_list_page(anchor: HtmlElement, href: str, url: str = "") -> bool:
    """Whether ``href`` (the address of ``anchor``, on the page at ``url`` or the document's
    own address) is a page of this list, and not an address shaped like the records' links.
    Without the page's address only the records' shape is compared."""
    url = url or anchor.base or ""
    if len(href) > _MAX_URL or len(url) > _MAX_URL:
        return False
    try:
        here, there = urlsplit(url), urlsplit(urljoin(url, href))
    except ValueError:  # "http://[bad/": no address a page could be at
        return False
    names = [name for name, _ in islice(parse_qsl(there.query, keep_blank_values=True), _MAX_PARAMS)]
    if url:
        if here.netloc.lower() != there.netloc.lower():
            return False
        paged = any(_PAGING_NAME.search(name) for name in names)
        if not paged and _path_shape(here.path) != _path_shape(there.path) and not numbered_sibling(url, href):
            return False
    records = _record_numbers(anchor.getroottree().getroot()).get(_shape(there.path, names))
    return records is None or (bool(url) and _next_page_number(here.path, there.path, records))


def _next_page_number(here: str, there: str, records: frozenset[int]) -> bool:
    """``/jobs/2`` from ``/jobs`` (page 1) or ``/jobs/7`` from ``/jobs/6``, beside records at
    ``/jobs/4820``: a small number one past this page's, where the records' numbers are far larger."""
    found, current = _NUMBERS.findall(there), _NUMBERS.findall(here)
    if not found or len(current) > len(found) or len(found[-1]) > _MAX_PAGE_DIGITS:
        return False
    number = int(found[-1])
    page = int(current[-1]) if len(current) == len(found) else 1
    if len(current) == len(found) and current[:-1] != found[:-1]:
        return False
    return number == page + 1 and bool(records) and min(records) >= max(_RECORD_FLOOR, _RECORD_FACTOR * number)


def _path_shape(path: str) -> str:
    """``path`` without its numbers: ``/news/page/2/`` and ``/news/`` read ``/news``."""
    return _SLASHES.sub("/", _NUMBER.sub("", path.lower())).rstrip("/-_")


def _shape(path: str, names: list[str]) -> str:
    """An address's shape: its path with numbers as ``#`` and its query's names."""
    return re.sub(r"\d+", "#", path) + "?" + "&".join(sorted(names))


def _record_numbers(root: HtmlElement) -> dict[str, frozenset[int]]:
    """Read once per page, however many links a class marks "next"; the cache goes with the page."""
    found = _PER_PAGE.get(root)
    if found is None:
        found = _PER_PAGE[root] = _read_record_numbers(root)
    return found


def _read_record_numbers(root: HtmlElement) -> dict[str, frozenset[int]]:
    """The shapes of addresses that several links naming an item lead to ("Lamp 11 in brass" →
    ``/items/lamp-1-1``), with the last number of each path: the records' links, not a pager's
    numbers or arrows."""
    seen: dict[str, set[str]] = {}
    numbers: dict[str, set[int]] = {}
    for a in islice(root.iter("a"), _MAX_LINKS):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:")) or len(href) > _MAX_URL:
            continue
        text = full_text(a)[:200]
        if len(_WORDS.findall(text)) < 2 or _PAGE_LINK_TEXT.search(text):
            continue
        try:
            there = urlsplit(urljoin(a.base or "", href))
        except ValueError:
            continue
        names = [name for name, _ in islice(parse_qsl(there.query, keep_blank_values=True), _MAX_PARAMS)]
        shape = _shape(there.path, names)
        seen.setdefault(shape, set()).add(href)
        numbers.setdefault(shape, set()).update(int(n[:_MAX_DIGITS]) for n in _NUMBERS.findall(there.path)[-1:])
    return {shape: frozenset(numbers[shape]) for shape, hrefs in seen.items() if len(hrefs) >= _RECORD_LINKS}
