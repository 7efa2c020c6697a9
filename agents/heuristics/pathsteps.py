"""A page number a list's path carries with no word marking it.

Many sites number later pages by a bare number, or a letter or two, added at the end of the first
page's path or moved there: ``/news/`` → ``/news/2/``, ``/list.htm`` → ``/list-2.htm``,
``/forum,12.html`` → ``/forum,12,2.html``, ``/jiaju/`` → ``/jiaju/o2/``, ``/news/list_12_1.html``
→ ``/news/list_12_2.html`` (Chinese and Polish CMSs, classifieds, static site generators).

Such a path names other things as well (a product ``/p/42``, a day ``/2025/03/02/``), so a link is
taken for the next page only when the pager shows it: two or more links of its form read as page
numbers ("2", "3"), or the link itself says "next" or "load more"; page numbers never start with
a 0 (a date's "03" does) and stay below 1000 (a year's "2025" does not). A "More" in each of a
list's cards leads to a post (``/blog/2/``), never on: such a word counts only outside a repeated
card. Whether the link leads on is for the caller to ask the site (``agents.steplinkprobe``).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from agents.heuristics.dom import HtmlElement, full_text
from agents.heuristics.loadmore import LOAD_MORE_TEXT
from agents.heuristics.saysnext import says_next

#: A link whose path ends on such a number: the only links read here.
BARE_STEP_HREF = re.compile(r"[/_,-][a-z]{0,2}[1-9]\d{0,2}(?:/|\.\w{2,5})?(?:[?#]|$)", re.IGNORECASE)
#: A path's stem ending on a number after a separator and at most two letters ("/o2", "_12_1", ",2").
_NUMBERED = re.compile(r"^(?P<base>.*?[/_,-])(?P<mark>[a-z]{0,2})(?P<number>[1-9]\d{0,2})$", re.IGNORECASE)
_TAIL = re.compile(r"(?:/|\.\w{2,5})$")
#: A pager link's text: "2", "Page 2".
_PAGE_TEXT = re.compile(r"^(?:page\s*)?\d{1,3}$", re.IGNORECASE)


def _split(path: str) -> tuple[str, str]:
    """(stem, tail): ``/news/list-2.htm`` → (``/news/list-2``, ``.htm``), ``/jiaju/o2/`` → (``/jiaju/o2``, ``/``)."""
    tail = _TAIL.search(path)
    return (path[: tail.start()], tail.group()) if tail else (path, "")


def _form_and_number(here: str, there: str) -> tuple[str, int, int] | None:
    """(the numbered form, this page's number, the number ``there`` names) when ``there`` is this
    path with a page number added (this page is page 1) or moved; None otherwise."""
    (stem, tail), (other, other_tail) = _split(here), _split(there)
    found = _NUMBERED.match(other)
    if found is None or other_tail != tail:
        return None
    form = f"{found['base']}{found['mark'].lower()}"
    own = _NUMBERED.match(stem)
    if own is not None and f"{own['base']}{own['mark'].lower()}" == form:
        return form, int(own["number"]), int(found["number"])
    if found["base"][:-1] == stem:  # "/list" + "-" + "2": the first page names no number
        return form, 1, int(found["number"])
    return None


def bare_path_step(url: str, links: list[tuple[HtmlElement, str]]) -> tuple[str, int] | None:
    """(the next page's address, its number) when this page links its path with the page number
    one past its own, and the pager shows that link (see the module)."""
    here = urlsplit(url)
    forms: dict[str, set[int]] = {}
    steps: list[tuple[HtmlElement, str, str, int, int]] = []
    for anchor, target in links:
        there = urlsplit(target)
        if there.query != here.query or there.netloc != here.netloc:
            continue
        found = _form_and_number(here.path, there.path)
        if found is None:
            continue
        form, current, number = found
        steps.append((anchor, target, form, current, number))
        if _PAGE_TEXT.match(full_text(anchor)):
            # this page's own number counts once it is numbered in the form: page 2 of 3 links only "3"
            forms.setdefault(form, {current} if current > 1 else set()).add(number)
    for anchor, target, form, current, number in steps:
        if number != current + 1:
            continue
        if len(forms.get(form, ())) >= 2 or _says_onward(anchor):
            return target, number
    return None


def _says_onward(anchor: HtmlElement) -> bool:
    onward = says_next(anchor) or bool(LOAD_MORE_TEXT.match(full_text(anchor)))
    return onward and not _in_repeated_card(anchor)


def _in_repeated_card(anchor: HtmlElement) -> bool:
    """Whether ``anchor`` stands in one of a run of like elements (cards), two more of which hold a
    link of the same words ("More" under each post)."""
    words = " ".join(full_text(anchor).split())
    node, parent = anchor, anchor.getparent()
    while parent is not None:
        alike = [s for s in parent if s is not node and s.tag == node.tag]
        if sum(any(" ".join(full_text(a).split()) == words for a in s.iter(anchor.tag)) for s in alike) >= 2:
            return True
        node, parent = parent, parent.getparent()
    return False
