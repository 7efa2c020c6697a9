"""Which of the Scout's own pager tests turns down the true link to page 2, and how page 2's address differs.

``pageroute`` finds the link on page 1 that leads to page 2's file; this runs the Scout's link tests on it, in
process and in the order the next-link finder applies them (``agents.heuristics.nextlinks.next_link``,
``pagerrefusals``), and names the first that says no, generically (no site, address or text is named):

* ``link text not a next word`` / ``a page number, not a next word`` (``saysnext``: words, labels, pictures,
  ``nextphrases``, ``pagedpaths``), ``a class says next, but it leads off the list path`` (``leaves-list``);
* ``reads as a calendar step``, ``its words lead to several addresses`` (each card's "read more"),
  ``leads to another host``, ``a bare 'more' leading off the list``, ``goes no further than page 1``
  (``pageurls.advances``), ``no selector finds it again``;
* ``passes the link checks``: page 2 itself was turned down (the probe's code says why).

The address change is read off the two URLs: ``ADDRESS_CHANGES``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import parse_qsl, urljoin, urlsplit

from parsel import Selector

from agents.heuristics.dom import HtmlElement, full_text
from agents.heuristics.nextlinks import first_href, more_elsewhere, read_more
from agents.heuristics.nextselectors import anchors_for
from agents.heuristics.pageurls import PAGE_PARAM_NAMES, advances
from agents.heuristics.saysnext import says_next, steps_calendar, usable
from pipeline.core.extract import make_selector
from tests.bench.linkshape import link_shape

#: How page 2's address differs from page 1's, in the order reported.
ADDRESS_CHANGES = (
    "only a number changed in the path",
    "a number glued to a path word",
    "a new path segment",
    "a query parameter added",
    "a query value changed",
    "another host or path",
)
#: The link tests, in the order the Scout applies them; the last: none said no.
LINK_CHECKS = (
    "link text not a next word",
    "a page number, not a next word",
    "a class says next, but it leads off the list path",
    "reads as a calendar step",
    "its words lead to several addresses",
    "leads to another host",
    "a bare 'more' leading off the list",
    "goes no further than page 1",
    "no selector finds it again",
    "passes the link checks",
)
PASSES = LINK_CHECKS[-1]
_NEXT_CLASS = re.compile(r"(?:^|[-_\s])next(?:$|[-_\s])", re.IGNORECASE)
_INDEX_FILE = re.compile(r"/(?:index|default)\.(?:html?|php|aspx?|jsp)$", re.IGNORECASE)
_EXTENSION = re.compile(r"\.[a-z]{2,5}$", re.IGNORECASE)
_GLUED = re.compile(r"[^\W\d_][-_,]?\d|\d[-_,]?[^\W\d_]")


def _path(path: str) -> str:
    return _INDEX_FILE.sub("/", path).rstrip("/")


def address_change(page1: str, page2: str) -> str:
    """How the absolute URL ``page2`` differs from ``page1``: one of ``ADDRESS_CHANGES``."""
    here, there = urlsplit(page1), urlsplit(page2)
    if here.netloc.lower() != there.netloc.lower():
        return ADDRESS_CHANGES[5]
    old, new = _path(here.path), _path(there.path)
    if old == new:
        now = dict(parse_qsl(here.query))
        then = dict(parse_qsl(there.query))
        if set(then) - set(now):
            return ADDRESS_CHANGES[3]
        return ADDRESS_CHANGES[4] if then != now else ADDRESS_CHANGES[5]
    if re.sub(r"\d+", "N", old) == re.sub(r"\d+", "N", new):
        return ADDRESS_CHANGES[0]
    base = _EXTENSION.sub("", old)
    if new.startswith(base) and new != base:
        tail = _EXTENSION.sub("", new[len(base) :])
        if not re.search(r"\d", tail):
            return ADDRESS_CHANGES[5]
        if not tail.startswith("/") or any(_GLUED.search(part) for part in tail.split("/")):
            return ADDRESS_CHANGES[1]
        return ADDRESS_CHANGES[2]
    return ADDRESS_CHANGES[5]


def _first_no(page: Selector, anchor: HtmlElement, url: str) -> str:
    """The first of the Scout's link tests that turns ``anchor`` down (``PASSES`` when none does)."""
    href = (anchor.get("href") or "").strip()
    if not says_next(anchor, url):
        if _NEXT_CLASS.search(f"{anchor.get('class') or ''} {anchor.get('id') or ''}"):
            return LINK_CHECKS[2]
        return LINK_CHECKS[1] if re.fullmatch(r"\W*\d+\W*", full_text(anchor)) else LINK_CHECKS[0]
    if steps_calendar(anchor):
        return LINK_CHECKS[3]
    if read_more(page, anchor, url):
        return LINK_CHECKS[4]
    if urlsplit(urljoin(url, href)).netloc.lower() != urlsplit(url).netloc.lower():
        return LINK_CHECKS[5]
    if more_elsewhere(anchor, url):
        return LINK_CHECKS[6]
    if not advances(url, href):
        return LINK_CHECKS[7]
    if not any(first_href(page, css) == href for css in anchors_for(anchor)):
        return LINK_CHECKS[8]
    return PASSES


def furthest_link(body: str, url: str, leads: Callable[[str], bool]) -> tuple[str, HtmlElement] | None:
    """Of the links of page 1 (``body`` at ``url``) whose href ``leads`` to page 2, the one getting furthest through
    the Scout's tests and the test turning it down (``PASSES`` when it passes them all); None when none is read."""
    page = make_selector(body, url)
    anchors = [a for a in page.root.iter("a") if usable(a) and leads(a.get("href"))]
    if not anchors:
        return None
    return max(((_first_no(page, a, url), a) for a in anchors), key=lambda pair: LINK_CHECKS.index(pair[0]))


def link_check(body: str, url: str, leads: Callable[[str], bool]) -> str:
    """The test turning down the link to page 2 getting furthest (``furthest_link``); "" when none is read."""
    found = furthest_link(body, url, leads)
    return found[0] if found else ""


#: English words a pager's link may say, named when a link's text holds them (a vocabulary, no site's words).
PAGER_WORDS = frozenset(
    {
        "next", "more", "older", "newer", "previous", "prev", "load", "show", "see", "view",
        "page", "continue", "forward", "earlier", "later", "posts", "entries", "results", "items", "all",
        "go",
    }
)  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+")


def describe_link(anchor: HtmlElement, url: str) -> str:
    """A link's look in shape only: how many words its text has, the pager words among them (``PAGER_WORDS``),
    whether the words are in Latin letters, a number or a sign in it, a label, rel=next; then how its address
    extends page 1's (``tail_shape``), and its finer shape (``linkshape``: text, picture, place, number step)."""
    text = " ".join(full_text(anchor).split())
    words = _WORD.findall(text.lower())
    if not text:
        said = ["no text"] + (
            ["a picture"] if anchor.find(".//img") is not None or anchor.find(".//svg") is not None else []
        )
    elif not words:
        said = ["signs only"]
    else:
        known = sorted(set(words) & PAGER_WORDS)
        said = [f"{len(words)} words" if len(words) < 4 else "4+ words"]
        said.append(f"saying {'/'.join(known)}" if known else f"other words{'' if text.isascii() else ', not ASCII'}")
        said += ["a number"] * bool(re.search(r"\d", text)) + ["a sign"] * bool(re.search(r"[^\w\s]", text))
    said += ["a label"] * bool(anchor.get("aria-label") or anchor.get("title"))
    said += ["rel=next"] * ("next" in (anchor.get("rel") or "").lower().split())
    tail = tail_shape(url, urljoin(url, (anchor.get("href") or "").strip()))
    try:
        finer = link_shape(anchor, url)
    except Exception as exc:  # a bench line's failure is reported as its shape
        finer = f"shape not read ({type(exc).__name__})"
    return f"{', '.join(said)}; address {tail}; {finer}"


def tail_shape(page1: str, page2: str) -> str:
    """How page 2's address extends page 1's, words and numbers as tokens: ``/‹page›/N`` (a page word, then a
    number), ``/‹word›/N``, ``?‹page›=N``, ``-N.ext``; a path not extending page 1's is ``elsewhere /…``."""
    here, there = urlsplit(page1), urlsplit(page2)
    old, new = _path(here.path), _path(there.path)
    extends = new.startswith(old)
    tail = new[len(old) :] if extends else new
    ext = _EXTENSION.search(tail)
    tail = tail[: ext.start()] if ext else tail
    before = parse_qsl(here.query)
    added = [f"{k}={v}" for k, v in parse_qsl(there.query) if (k, v) not in before]
    shaped = _tokens(tail) + (".ext" if ext else "") + (f"?{'&'.join(map(_tokens, added))}" if added else "")
    return ("" if extends else "elsewhere ") + (shaped or "unchanged")


def _tokens(text: str) -> str:
    """``text`` with each number as ``N`` and each word as ``‹page›`` (a page or offset name) or ``‹word›``."""

    def word(found: re.Match[str]) -> str:
        name = found[0].lower()
        return "‹page›" if name in PAGE_PARAM_NAMES or name in ("offset", "start") else "‹word›"

    return re.sub(r"\d+", "N", _WORD.sub(word, text))
