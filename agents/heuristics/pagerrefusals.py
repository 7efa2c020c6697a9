"""Why a list was given no way to its next page, as notes ``sdp show`` prints.

Read only once every finder has come back empty (``agents.heuristics.pagination``): it walks the
candidates a person would see — links saying "next" or "more", links a class marks "next", "Load
more" controls — and says which rule turned each down. It changes no decision and fetches nothing;
the probes that ask the site for page 2 (``agents.pageprobe``, ``agents.steplinkprobe``,
``agents.clickprobe``) add their own refusals with ``refusal_note``.

Every note starts ``pagination: none [code]`` (the headline) or ``pagination: refused [code]`` (one
candidate), the code a stable word from ``CODES`` so a benchmark can count the reasons.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice
from urllib.parse import urljoin, urlsplit

from parsel import Selector

from agents.heuristics.dom import HtmlElement, full_text
from agents.heuristics.loadmore import LOAD_MORE_TEXT, URL_ATTRIBUTES
from agents.heuristics.nextlinks import first_href, more_elsewhere, read_more
from agents.heuristics.nextselectors import anchors_for
from agents.heuristics.pageurls import advances
from agents.heuristics.recordnodes import record_elements
from agents.heuristics.saysnext import says_next, steps_calendar, usable

#: The reasons, by code: what a benchmark counts and a person reads.
CODES = {
    "no-pager": "no link or button on the page says it leads to a next page",
    "in-records": "it sits inside the record cards, where each card's link says the same",
    "read-more": "the same words lead to several addresses (each card's 'read more'), not one next page",
    "not-onward": "it goes no further than this page (the same page, an earlier one, or another page size)",
    "other-host": "it leads to another host",
    "leaves-list": "only its class says 'next', and it leads off the list's pages (a story, an item)",
    "no-selector": "no selector finds it again on this page",
    "per-record": "each record has its own, naming different targets: a record's control, no pager",
    "scripted": "it names no URL: a script loads the next records (the site is asked for ?page=2)",
    "page2-failed": "the site did not answer page 2",
    "page2-empty": "page 2 gave no records of the same shape",
    "page2-repeats": "page 2 repeats page 1's records",
    "page2-mostly-page1": "most of page 2's records are page 1's",
    "off-site": "the link leaves the site",
    "no-keys": "page 1's records have no keys to tell page 2's apart",
    "no-follow": "page 2 has new records, but no count or selector leads on from it as from page 1",
    "offset-unsized": "the address names an offset, but no page size to move it by",
    "page2-json": "page 2 answers JSON, which the page's selectors cannot read",
    "in-place": "clicking it loads the next records in place, at no address a crawl can ask",
    "endpoint-unpaged": "the records come from a JSON endpoint, and the page's pager moves no parameter to ask it by",
    "endpoint-unfiltered": "the records come from a JSON endpoint whose address lacks the page's filters: "
    "its pages list other records than the page's",
}
_CODE = re.compile(r"^pagination: (?:none|refused) \[([a-z0-9-]+)\]")
#: Candidates reported at most: a page of "read more" links says the same thing a hundred times.
_MAX_NOTES = 4
#: Links read at most, as the finders do.
_MAX_LINKS = 3_000
#: A class or id marking a link "next" (``a.next``, ``li.next-page``).
_NEXT_CLASS = re.compile(r"(?:^|[-_\s])next(?:$|[-_\s])", re.IGNORECASE)
#: Elements inside a "Load more" control at most ("<button><svg><path/></svg><span>Load more</span></button>").
_MAX_CONTROL_PARTS = 12
#: A note quotes a selector or an address this long at most.
_MAX_QUOTED = 120


def refusal_note(code: str, what: str, detail: str = "") -> str:
    """``pagination: refused [code] what: reason`` (``detail`` said after the reason)."""
    reason = CODES[code] + (f" ({detail})" if detail else "")
    return f"pagination: refused [{code}] {_quoted(what)}: {reason}"


def note_codes(notes: list[str] | tuple[str, ...]) -> list[str]:
    """The codes of the pagination notes among ``notes``, in order."""
    return [found.group(1) for note in notes if (found := _CODE.match(note))]


def why_no_pager(page: Selector, url: str, record_selector: str = "") -> list[str]:
    """A headline ``pagination: none [code] …`` and one note per candidate turned down (a few)."""
    records = record_elements(page, record_selector)
    refused: list[str] = []
    for anchor in islice(page.root.iter("a"), _MAX_LINKS):
        note = _link_refusal(page, anchor, url, records)
        if note is not None and note not in refused:
            refused.append(note)
    refused += _control_refusals(page, records)
    if not refused:
        return [f"pagination: none [no-pager] {CODES['no-pager']}"]
    head = note_codes(refused)[0]
    more = f"; {len(refused)} candidates turned down" if len(refused) > 1 else ""
    shown = refused[:_MAX_NOTES]
    return [f"pagination: none [{head}] no candidate was taken{more}", *shown]


def _link_refusal(page: Selector, anchor: HtmlElement, url: str, records: set[HtmlElement]) -> str | None:
    """Why a link saying "next" (or marked so) was not the next page; None for any other link."""
    if not usable(anchor):
        return None
    href = (anchor.get("href") or "").strip()
    if not says_next(anchor, url):
        marks = f"{anchor.get('class') or ''} {anchor.get('id') or ''}"
        return refusal_note("leaves-list", href) if _NEXT_CLASS.search(marks) else None
    inside = any(a in records for a in anchor.iterancestors())
    if read_more(page, anchor, url):
        return refusal_note("in-records" if inside else "read-more", f"{full_text(anchor)!r} -> {href}")
    if not _same_host(url, href):
        return refusal_note("other-host", href)
    if more_elsewhere(anchor, url) or steps_calendar(anchor):
        return None  # taken by its own finder when on this host
    if not advances(url, href):
        return refusal_note("not-onward", href)
    if not any(first_href(page, css) == href for css in anchors_for(anchor)):
        return refusal_note("no-selector", href)
    return None


def _control_refusals(page: Selector, records: set[HtmlElement]) -> list[str]:
    """ "Load more" controls: naming no URL (a script's), or one on every record."""
    found: list[str] = []
    controls = [c for c in _small_controls(page) if LOAD_MORE_TEXT.match(full_text(c))]
    outer = set(controls)
    for control in controls:
        if any(a in outer for a in control.iterancestors()):
            continue  # "<button><span>Load more</span></button>": the control itself, once
        if control.tag == "a" and usable(control):
            continue  # a link: read with the links
        text = f"{full_text(control)!r} ({control.tag})"
        named = any(_names_url(control.get(a) or "") for a in URL_ATTRIBUTES)
        if not named:
            note = refusal_note("scripted", text)
        else:
            inside = any(a in records for a in control.iterancestors())
            note = refusal_note("in-records" if inside else "per-record", text)
        if note not in found:
            found.append(note)
    return found


def _small_controls(page: Selector) -> Iterator[HtmlElement]:
    """The buttons, links, divs and spans few enough elements deep to be a control: what
    ``loadmore.load_more_controls`` reads, without reading every wrapper's whole text again."""
    for element in page.root.iter("button", "a", "div", "span"):
        if next(islice(element.iterdescendants(), _MAX_CONTROL_PARTS, None), None) is None:
            yield element


def _names_url(value: str) -> bool:
    value = value.strip()
    return bool(value) and not value.startswith(("#", "javascript:"))


def _same_host(url: str, href: str) -> bool:
    try:
        return urlsplit(urljoin(url, href)).netloc.lower() == urlsplit(url).netloc.lower()
    except ValueError:
        return False


def _quoted(text: str) -> str:
    return text if len(text) <= _MAX_QUOTED else text[: _MAX_QUOTED - 1] + "…"


def answer_refusal(what: str, records: int, fresh: int, detail: str = "") -> str | None:
    """Why page 2 (``what``, as asked) is no next page, given its ``records`` and how many of them
    are ``fresh`` (not page 1's); None when it is one. ``detail``: what led to asking it."""
    if not records:
        return refusal_note("page2-empty", what, detail)
    if not fresh:
        return refusal_note("page2-repeats", what, detail)
    if fresh * 2 < records:
        return refusal_note("page2-mostly-page1", what, "; ".join(filter(None, [f"{fresh} of {records} new", detail])))
    return None
