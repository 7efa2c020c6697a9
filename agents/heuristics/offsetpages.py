"""Page-number links over an offset of any name, where nothing marks the current page.

A last resort of ``steplinks``, which the caller checks by asking the site (``agents.steplinkprobe``).

cgit's ``[1] [2] [3]`` pager links ``/``, ``/?ofs=20`` and ``/?ofs=40``: the current page is told
only by a class (``current``), which a hashed build renames, and ``ofs`` is no offset name the
other finders know. The links say it themselves: page N's link sets one query parameter to
(N − 1) × the page size, the same size on every link, and changes nothing else. That parameter
pages the list, from this page's offset by that size.
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import islice
from urllib.parse import parse_qsl, urljoin, urlsplit

from parsel import Selector

from agents.heuristics.dom import full_text
from agents.heuristics.pageurls import pages_to_last, same_query
from agents.heuristics.urlpaging import MAX_OFFSET, MAX_STEP
from pipeline.core.pagingspec import PaginationSpec
from pipeline.core.valuepages import with_query_param

#: A page-number link's text: "2", "[2]", "(2)".
_PAGE_NUMBER = re.compile(r"^[\[(]?\s*(\d{1,4})\s*[\])]?$")
#: Page links a pager shows (more is a list of something else).
MAX_PAGE_LINKS = 40
#: Links read at most: a pager sits among the first few thousand links of any page.
MAX_LINKS = 3_000


def offset_page_links(page: Selector, url: str) -> tuple[str, PaginationSpec] | None:
    """The next page's address and the ``offset`` pagination page-number links say (see the
    module docstring), or None."""
    here = urlsplit(url)
    now = dict(parse_qsl(here.query))
    labelled: dict[str, dict[int, tuple[int, str]]] = defaultdict(dict)
    anchors = islice(page.root.iter("a"), MAX_LINKS)
    links = [a for a in anchors if _PAGE_NUMBER.match(full_text(a))][:MAX_PAGE_LINKS]
    for link in links:
        href = (link.get("href") or "").strip()
        try:
            target = urljoin(url, href)
        except ValueError:  # "http://[oops/": no address
            continue
        there = urlsplit(target)
        if not href or (there.netloc.lower(), there.path) != (here.netloc.lower(), here.path):
            continue
        then = dict(parse_qsl(there.query))
        changed = [k for k in now.keys() | then.keys() if now.get(k) != then.get(k)]
        if len(changed) == 1 and (value := then.get(changed[0], "")).isdigit() and len(value) <= len(str(MAX_OFFSET)):
            labelled[changed[0]][int(_number(full_text(link)))] = (int(value), target)
    for name, values in labelled.items():
        found = _finding(url, name, values, now.get(name, ""))
        if found is not None:
            return found
    return None


def _number(text: str) -> str:
    match = _PAGE_NUMBER.match(text)
    return match.group(1) if match else "0"


def _finding(
    url: str, name: str, links: dict[int, tuple[int, str]], current_value: str
) -> tuple[str, PaginationSpec] | None:
    """The pagination when page N's link sets ``name`` to (N − 1) × one step, on two links or more."""
    values = {number: value for number, (value, _) in links.items()}
    steps = {value // (number - 1) for number, value in values.items() if number > 1}
    if len(values) < 2 or len(steps) != 1 or (step := steps.pop()) < 2 or step > MAX_STEP:
        return None
    if any(value != (number - 1) * step for number, value in values.items()):
        return None
    current = int(current_value) if current_value.isdigit() else 0
    following = next((href for value, href in links.values() if value == current + step), None)
    if current % step or current > MAX_OFFSET or following is None:
        return None
    if not same_query(with_query_param(url, name, str(current + step)), following):
        return None  # the crawl would ask its parameters otherwise than the pager links them
    pages = pages_to_last(max(values.values()), current, step)
    return following, PaginationSpec(kind="offset", param=name, start=current, step=step, max_pages=pages)
