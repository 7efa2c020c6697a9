"""A rendered list's pager asked the way a person asks it: by clicking it in Chromium.

A pager a script drives names no URL; ``agents.pageprobe`` asks the likeliest address (``?page=2``),
but the script may send the browser to another (``?pg=2``, ``?p=2&sort=new``), and on a rendered list
(``render == "browser"``) the pager itself is often drawn by the script, absent from the HTML served.
So the control (a "Next" button, page 2's button, "load more") is clicked once in the page as drawn
(``agents.renderclick``), and the address the browser then shows is the list's pagination when it
moves a page number or an offset of page 1's address and shows records page 1 lacks. An address the
script only wrote (``history.pushState``) is asked once more, directly: a crawl can only ask addresses.
Records loaded in place, at page 1's address, give no pagination (a note says so).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urldefrag

from parsel import Selector

from agents.heuristics.pagerrefusals import answer_refusal, refusal_note
from agents.heuristics.pageurls import offset_param, page_param
from agents.heuristics.paginationfinding import PaginationFinding
from agents.pageprobe import scripted_control
from agents.probeprotocol import ProbeCall, page_probe
from pipeline.core.exceptions import ConfigurationError, FetchFailed
from pipeline.core.extract import extract_records, make_selector, record_key


@dataclass(frozen=True)
class _Opened:
    """Page 1 as drawn when its control was picked: what the control is, the page's address, its DOM
    and its record keys."""

    evidence: str
    url: str
    page: Selector
    seen: frozenset[str]


@page_probe(render="browser")
def clicked_pages(call: ProbeCall) -> PaginationFinding | None:
    """The pagination the address after a click on a rendered list's pager implies, when that page
    shows new records; None otherwise (one browser load and a click; one more load for an address
    the script only wrote). ``refusals``: where a note says why the click was turned down."""
    first, spec, fetcher, known, said = call
    opened: list[_Opened] = []

    def pick(html: str, url: str) -> str | None:
        page = make_selector(html, url)
        found = scripted_control(page, url)
        if found is None:
            return None
        records = known if known is not None else extract_records(html, url, spec)
        opened.append(_Opened(found[0], url, page, frozenset(record_key(r, spec) for r in records)))
        return str(found[1].getroottree().getpath(found[1]))

    try:
        clicked = fetcher.click(first.final_url, pick)
    except (FetchFailed, ConfigurationError) as exc:  # robots.txt, a file, a browser that failed
        said.extend(refusal_note("page2-failed", o.evidence, f"the click led nowhere: {exc}") for o in opened)
        return None
    if clicked is None or not opened:
        return None
    one = opened[0]
    if not one.seen:
        said.append(refusal_note("no-keys", one.url, one.evidence))
        return None
    if urldefrag(clicked.url)[0] == urldefrag(one.url)[0]:
        said.append(refusal_note("in-place", one.evidence))
        return None
    why = f"{one.evidence}, clicked"
    html, address = clicked.html, clicked.url
    if not clicked.loaded:  # the script wrote the address: does the site answer it?
        try:
            direct = fetcher.fetch(clicked.url, render=True)
        except FetchFailed:
            said.append(refusal_note("page2-failed", clicked.url, why))
            return None
        html, address = direct.text, direct.final_url
    records = extract_records(html, address, spec)
    fresh = sum(1 for r in records if record_key(r, spec) not in one.seen)
    refused = answer_refusal(clicked.url, len(records), fresh, why)
    if refused is not None:
        said.append(refused)
        return None
    found = page_param(one.url, clicked.url, one.page) or offset_param(one.url, clicked.url, one.page)
    if found is None:
        said.append(refusal_note("no-follow", clicked.url, why))
        return None
    note = f"pagination: {one.evidence}; clicking it leads to {clicked.url}, which shows {fresh} new records"
    return PaginationFinding(found.spec, note)
