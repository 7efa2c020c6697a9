"""Read page numbers and offsets in URLs: whether a link goes past this page, and the
``?page=3`` or ``?skip=10`` pagination a next URL implies.

A link that only resizes the page ("fewer | more | all": ``?show=25``) or goes no further than
the current page goes nowhere.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urljoin, urlsplit

from parsel import Selector

from agents.heuristics.lastpage import last_page_number
from agents.heuristics.paginationfinding import PaginationFinding
from agents.heuristics.urlpaging import MAX_OFFSET, MAX_STEP, OFFSET_NAMES, is_size_param
from pipeline.core.pagingspec import DEFAULT_MAX_PAGES, PaginationSpec
from pipeline.core.valuepages import with_query_param

#: The word "page" as sites of other languages write it in their addresses: ``?strona=2``,
#: ``/trang-2/``, ``/sayfa/2``. In a path only a segment of its own ("/trang-2", "/trang2",
#: "/trang/2"): inside a slug it is another word ("le-hoi-nha-trang-2025", "journee-mondiale-sida-2024").
PAGE_WORDS = (
    "seite", "pagina", "strona", "strana", "stran", "sayfa", "oldal", "trang", "sivu", "sida", "halaman", "puslapis",
)  # fmt: skip
PAGE_WORDS_PATTERN = "|".join(PAGE_WORDS)
_PAGE_PARAMS = (
    "page", "p", "pg", "paged", *PAGE_WORDS, "pageNumber", "page_number", "pn",
    # Java, ASP.NET and PHP sites' names: ?pageNo=2, ?pageNum=2, ?page_no=2, ?currentPage=2.
    "pageNo", "page_no", "pageNum", "page_num", "currentPage",
)  # fmt: skip
#: The page-number parameter names, lower-cased.
PAGE_PARAM_NAMES = frozenset(name.lower() for name in _PAGE_PARAMS)
_PAGE_PARAM_IN_HREF = re.compile(rf"[?&;](?:{'|'.join(_PAGE_PARAMS)})=\d", re.IGNORECASE)


def advances(url: str, href: str) -> bool:
    """False for a link back to this page, one that only resizes it (``fewer | more | all``:
    ``?skip=0&show=25``), or one whose page number or offset is not past this page's."""
    here, there = urlsplit(url), urlsplit(urljoin(url, href))
    if (here.netloc.lower(), here.path) != (there.netloc.lower(), there.path):
        return True  # another path (/page/2/): nothing to compare
    now, then = dict(parse_qsl(here.query)), dict(parse_qsl(there.query))
    changed = {k for k in now.keys() | then.keys() if now.get(k) != then.get(k)}
    if all(is_size_param(k, then.get(k) or now.get(k, "")) for k in changed):
        return False  # also when nothing changed: the same page again
    for name in changed:
        value = then.get(name, "")
        if value.isdecimal() and (name.lower() in PAGE_PARAM_NAMES or OFFSET_NAMES.match(name)):
            # A page that names no number may be page 0 or 1 (Drupal counts from 0): only 0 is no further.
            # (isdecimal, not isdigit: "²" is a digit int() cannot read.)
            return int(value) > (int(now[name]) if now.get(name, "").isdecimal() else 0)
    return True


def page_param(url: str, next_url: str, page: Selector) -> PaginationFinding | None:
    """``?page=3`` when the next URL only bumps a page number of the current one."""
    here = dict(parse_qsl(urlsplit(url).query))
    there = dict(parse_qsl(urlsplit(next_url).query))
    if urlsplit(url).path != urlsplit(next_url).path:
        return None
    # Names are matched whatever their case (``pagenumber``, ``PageNo``), and read as the URL writes them.
    written = {key.lower(): key for key in there}
    for name in (written[n.lower()] for n in _PAGE_PARAMS if n.lower() in written):
        value = there.get(name, "")
        if not value.isdecimal():  # "²" is a digit int() cannot read
            continue
        current = int(here[name]) if here.get(name, "").isdecimal() else 1
        others = {k: v for k, v in there.items() if k != name}
        if int(value) == current + 1 and others == {k: v for k, v in here.items() if k != name}:
            pages = pages_to_last(last_page_number(page, name, current), current)
            spec = PaginationSpec(kind="page_param", param=name, start=current, max_pages=pages)
            return PaginationFinding(spec, f"pagination: query parameter {name!r} from page {current}")
    return None


def offset_param(url: str, next_url: str, page: Selector) -> PaginationFinding | None:
    """``?skip=10`` when the next URL only moves an offset of the current one (from 0 when it names
    none): the step is how far it moves, the page's record count."""
    here = dict(parse_qsl(urlsplit(url).query))
    there = dict(parse_qsl(urlsplit(next_url).query))
    if urlsplit(url).path != urlsplit(next_url).path:
        return None
    for name, value in there.items():
        if not OFFSET_NAMES.match(name) or not value.isdigit() or int(value) > MAX_OFFSET:
            continue
        current = int(here[name]) if here.get(name, "").isdigit() else 0
        step = int(value) - current
        others = {k: v for k, v in there.items() if k != name}
        if not 0 < step <= MAX_STEP or others != {k: v for k, v in here.items() if k != name}:
            continue
        if not same_query(with_query_param(url, name, value), next_url):
            # The crawl would ask its parameters in another order than the pager links them, which
            # a static mirror or a signed URL may not answer: follow the links instead.
            return None
        pages = pages_to_last(last_page_number(page, name, current), current, step)
        spec = PaginationSpec(kind="offset", param=name, start=current, step=step, max_pages=pages)
        return PaginationFinding(spec, f"pagination: offset {name!r} from {current} by {step}")
    return None


def same_query(asked: str, linked: str, *, keep_blank_values: bool = False) -> bool:
    """The same path and parameters in the same order (``0,5`` and ``0%2C5`` alike); empty
    parameters (``&q=``) count only with ``keep_blank_values``."""
    one, two = urlsplit(asked), urlsplit(linked)
    return one.path == two.path and parse_qsl(one.query, keep_blank_values=keep_blank_values) == parse_qsl(
        two.query, keep_blank_values=keep_blank_values
    )


def pages_to_last(last: int | None, current: int, step: int = 1) -> int:
    """Pages a crawl reads from ``current`` to the ``last`` page number or offset the pager shows,
    by ``step``; the default cap when it shows none past this page (``lastpage``): the crawl stops
    by itself where a page past the last is empty or repeats one."""
    if not last or last <= current:
        return DEFAULT_MAX_PAGES
    return max(1, min(10_000, (last - current) // step + 1))


def numbered_param(page: Selector, url: str) -> PaginationFinding | None:
    """Numbered page links without a marked current page: take the link to page N+1."""
    for href in page.xpath("//a/@href").getall():
        if not _PAGE_PARAM_IN_HREF.search(href):
            continue  # most links of a big page name no page: skip parsing them
        found = page_param(url, urljoin(url, href.strip()), page)
        if found is not None:
            return found
    return None
