"""Pages a script loads: "load more" without a URL, numbered buttons, infinite scroll.

The page shows a first batch of records and a control (or nothing at all, for infinite scroll)
whose script asks the server for the next batch. Most such servers also answer the plain
``?page=2`` of the same URL (Laravel, Django, Rails and WordPress paginators all do), so when the
page shows that kind of control, ``?page=2`` is fetched once and kept only if it brings records
the first page lacks; when the page's numbered links print page 2 otherwise (``?p=2``, another
form of the address), that address is asked first. A page whose own URL names an offset
(``?start=0``, ``?offset=0&limit=20``) is probed at the next offset the same way. Nothing is
assumed: no new records, no pagination.

A "load more" button (or next link) may instead name the JSON its script fetches
(``data-next-url="/collections/lamps/products.json?page=2"``): that target is fetched once and, when
it answers JSON paged by a number or an offset, so is the endpoint's first page (``json_pages``).

Before any of that, the URL an infinite-scroll script fetches and inserts as markup is followed
when the script can be read (``agents.fragmentprobe``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from parsel import Selector

from agents.fetch import FetchedPage, Fetcher
from agents.fragmentprobe import fragment_pages
from agents.heuristics.dom import HtmlElement, full_text
from agents.heuristics.lastpage import GAP_TEXT, LAST_TEXT, MAX_DIGITS, PagerMark, last_shown
from agents.heuristics.loadmore import LOAD_MORE_TEXT, URL_ATTRIBUTES, load_more_controls
from agents.heuristics.nextwords import reads_next
from agents.heuristics.pagerrefusals import answer_refusal, refusal_note
from agents.heuristics.paginationfinding import PaginationFinding
from agents.heuristics.saysnext import says_next
from agents.heuristics.urlpaging import OFFSET_NAMES, url_pagination
from agents.pagetwo import guessed_pagination, named_page, page_two_candidates
from agents.probeprotocol import ProbeCall, page_probe
from pipeline.core.exceptions import FetchFailed
from pipeline.core.extract import extract_records, make_selector, next_page_url, record_key
from pipeline.core.pagingspec import DEFAULT_MAX_PAGES, PaginationSpec
from pipeline.core.schemas import ScraperSpec
from pipeline.core.valuepages import param_page_url, with_query_param

_PAGER_CLASS = re.compile(r"pag|pager", re.IGNORECASE)
_NUMBER_ATTRIBUTES = ("data-id", "data-page", "data-page-number", "data-p", "data-index", "value")
#: Ancestors of a "Next" button looked through for a pager's class or id.
_PAGER_DEPTH = 3
#: A class or id naming a pager itself, not any "page" of the layout ("page-content", "homepage")
#: around a carousel's "Next": the probe is taken on this word alone.
_PAGER_NAME = re.compile(r"paginat|paging|pager|page-?nav|page-?numbers?|page-?links", re.IGNORECASE)
_SCROLL_MARK = re.compile(r"(?:^|[-_])(?:infinite|endless)(?:[-_]|$)|(?:^|[-_])scroll$", re.IGNORECASE)


def scripted_paging(page: Selector, url: str = "") -> tuple[str, int | None] | None:
    """What on the page loads more records by script, and the last page number it shows, if any
    (``url``: the page's own address, which may name its page number)."""
    if any(not _names_url(element) for element in load_more_controls(page)):
        return "a 'load more' control without a URL", None
    buttons = _button_pager(page)
    if buttons is not None:
        return "numbered page buttons without links", last_shown(buttons)
    if _unlinked_next(page, url) is not None:
        return "a 'Next' button without a URL", None
    for element in page.root.iter():
        tokens = f"{element.get('class') or ''} {element.get('id') or ''}".split()
        marks = [t for t in tokens if _SCROLL_MARK.search(t)] + [a for a in element.attrib if "infinite" in a]
        if marks and len(element) >= 3:
            return f"an infinite-scroll list ({marks[0]})", None
    return None


@page_probe()
def probe_param_pages(call: ProbeCall) -> PaginationFinding | None:
    """``?page=N+1`` (or the next ``?offset=``) as the spec's pagination, when the page loads more by
    script (or its URL names an offset) and the server answers that URL with records the first page
    lacks; None otherwise (one request; one more for each other form of the address the page shows:
    its numbered links', ``linkedpages``, and its script's, ``writtenpages``).

    ``known``: every record of the first page, when the caller has them (else they are extracted);
    ``refusals``: where a note says why a candidate was turned down (``pagerrefusals``).
    """
    first, spec, fetcher, known, said = call
    fragments = fragment_pages(first, spec, fetcher, known, refusals=said)  # the script's own URL, when it can be read
    if fragments is not None:
        return fragments
    html = make_selector(first.body, first.final_url)
    offset_named = any(OFFSET_NAMES.match(name) for name, _ in parse_qsl(urlsplit(first.final_url).query))
    found = scripted_paging(html, first.final_url)
    if found is None and not offset_named:
        return None
    evidence, last = found or ("the page's URL names an offset", None)
    rendered = spec.render == "browser"
    if rendered:  # the records exist only in the browser's DOM
        try:
            first = fetcher.fetch(first.final_url, render=True)
        except FetchFailed:
            said.append(refusal_note("page2-failed", evidence, "page 1 would not render"))
            return None
    if known is None:
        known = extract_records(first.body, first.final_url, spec)
    pagination = guessed_pagination(first.final_url, len(known), last)
    if found is None and pagination.kind != "offset":
        said.append(refusal_note("offset-unsized", first.final_url))
        return None  # an offset without a page size, and no control that loads more
    seen = {record_key(r, spec) for r in known}
    if not seen:
        said.append(refusal_note("no-keys", first.final_url))
        return None
    turned, asked_already = [], set()
    for candidate in page_two_candidates(html, first.final_url, pagination):  # the site's own forms first
        following = param_page_url(spec.model_copy(update={"pagination": candidate}), first.final_url, 1)
        if following is None or following in asked_already:
            continue
        asked_already.add(following)
        try:
            answer = fetcher.fetch(following, render=rendered)
        except FetchFailed:
            turned.append(refusal_note("page2-failed", following, evidence))
            continue
        records = extract_records(answer.body, answer.final_url, spec)
        fresh = [r for r in records if record_key(r, spec) not in seen]
        if not fresh:
            turned.extend(filter(None, [answer_refusal(following, len(records), 0, evidence)]))
            continue
        whole = candidate.kind == "offset" or candidate.endpoint  # the query says more than the number
        asked = following.split("?", 1)[-1] if whole else f"{candidate.param}={candidate.start + 1}"
        return PaginationFinding(candidate, f"pagination: {evidence}; ?{asked} answers {len(fresh)} new records")
    said.extend(turned)
    return None


def scripted_control(page: Selector, url: str) -> tuple[str, HtmlElement] | None:
    """The control a person clicks for the next records, when its script loads them (it names no
    URL): a "Next" button, page 2's button, else "load more"; and what it is (``scripted_paging``)."""
    onward = _unlinked_next(page, url)
    if onward is not None:
        return "a 'Next' button without a URL", onward
    for container in _pager_containers(page):
        for control in container.xpath(".//button | .//a | .//span | .//li"):
            if _button_mark(control) == PagerMark("number", 2):
                return "numbered page buttons without links", control
    more = next((element for element in load_more_controls(page) if not _names_url(element)), None)
    return ("a 'load more' control without a URL", more) if more is not None else None


def _unlinked_next(page: Selector, url: str) -> HtmlElement | None:
    """A button reading "Next" that names no URL (its script asks the next page), in a pager or on
    a page whose address names its page number (``?page=1``): the same address one page on is
    then the next page."""
    named = named_page(url) is not None
    for control in page.root.iter("button", "a"):
        if _names_url(control) or control.get("disabled") is not None or control.get("aria-disabled") == "true":
            continue
        if next(control.iterdescendants("button", "a"), None) is not None:
            continue  # a control holding controls reads as them: its text would be read at each level
        label = " ".join(filter(None, [control.get("aria-label"), control.get("title")]))
        if not reads_next(full_text(control), label) or LOAD_MORE_TEXT.match(full_text(control)):
            continue  # a "More" button is a load-more control, read as one
        if named or _in_pager(control):
            return control
    return None


def _in_pager(element: HtmlElement) -> bool:
    """Whether a near ancestor's class or id names a pager ("paginator", "pagination")."""
    for ancestor in islice(element.iterancestors(), _PAGER_DEPTH):
        if _PAGER_NAME.search(f"{ancestor.get('class') or ''} {ancestor.get('id') or ''}"):
            return True
    return False


def _names_url(element: HtmlElement) -> bool:
    href = (element.get("href") or "").strip()
    if href and not href.startswith(("#", "javascript:")):
        return True
    return any((element.get(attribute) or "").strip() for attribute in URL_ATTRIBUTES)


def _button_pager(page: Selector) -> list[PagerMark] | None:
    """The marks of a pager whose numbers are buttons (``<button data-id="2">2</button>``)."""
    for container in _pager_containers(page):
        marks = [m for c in container.xpath(".//button | .//a | .//span | .//li") if (m := _button_mark(c))]
        if len({m.number for m in marks if m.kind == "number"}) >= 2:
            return marks
    return None


def _pager_containers(page: Selector) -> Iterator[HtmlElement]:
    for container in page.root.xpath("//*[self::ul or self::ol or self::nav or self::div]"):
        if _PAGER_CLASS.search(f"{container.get('class') or ''} {container.get('id') or ''}"):
            yield container


def _button_mark(control: HtmlElement) -> PagerMark | None:
    """A page number's button, a gap ("…"), "Next" or "Last"; None for anything else, and for an
    element holding controls (they are read themselves)."""
    text = full_text(control)
    if text.isascii() and text.isdigit() and len(text) <= MAX_DIGITS:
        if _names_url(control) or control.xpath(".//a[@href]"):
            return None
        values = {(control.get(a) or "").strip() for a in _NUMBER_ATTRIBUTES} - {""}
        return PagerMark("number", int(text)) if text in values or _scripted_number(control) else None
    if control.xpath(".//button | .//a | .//span | .//li"):
        return None
    said = " ".join(filter(None, [text, control.get("aria-label"), control.get("title")]))
    if GAP_TEXT.match(text):
        return PagerMark("gap")
    if LAST_TEXT.search(said):
        # ASCII digits: "²".isdigit() holds and int() refuses it
        numbers = [v for a in _NUMBER_ATTRIBUTES if (v := (control.get(a) or "").strip()).isascii() and v.isdigit()]
        return PagerMark("last", int(numbers[0])) if numbers and len(numbers[0]) <= MAX_DIGITS else None
    return PagerMark("onward") if says_next(control) else None


def _scripted_number(control: HtmlElement) -> bool:
    """Whether a page number without a URL is a control a script reacts to: a button, a link
    without an address (Ant Design's ``<a rel="nofollow">2</a>``), an element made focusable or
    given a control's role, or a list item holding the number alone (Element UI's ``li.number``);
    not a bare ``<span>`` of "Page <span>1</span> of <span>3</span>"."""
    if control.tag == "button":
        return True
    if control.xpath(".//button | .//a"):
        return False  # the control inside is read itself
    if control.tag == "a" or control.get("tabindex") is not None or control.get("onclick") is not None:
        return True
    return control.get("role") in ("button", "link") or (control.tag == "li" and len(control) == 0)


@dataclass(frozen=True)
class JsonPages:
    """The JSON endpoint a page's pagination target belongs to: its first page, the target (the
    second page, for a "load more"), and how the crawl pages through it from the first."""

    first: FetchedPage
    following: FetchedPage
    pagination: PaginationSpec


def json_pages(first: FetchedPage, spec: ScraperSpec, fetcher: Fetcher) -> JsonPages | None:
    """The endpoint behind the markup's next link or "load more" target, when that target answers
    JSON numbered by a page or an offset; None otherwise (two requests at most)."""
    if spec.mode != "list" or spec.json_source is not None or spec.pagination.kind != "next_link":
        return None
    if spec.render == "browser":
        return None  # a rendered page's own requests are read while rendering (datasurvey.rendered_profile)
    target = next_page_url(first.body, first.final_url, spec, page_number=1)
    if target is None:
        return None
    try:
        following = fetcher.fetch(target)
    except FetchFailed:
        return None
    document = _json_document(following)
    if document is None:
        return None  # an HTML page or fragment: the markup's selectors read it
    paging = _from_first(url_pagination(following.final_url, _record_guess(document)))
    if paging is None:
        return None
    param, start = paging.param or "", paging.start
    try:
        opening = fetcher.fetch(with_query_param(following.final_url, param, str(start)))
    except FetchFailed:
        return None
    return JsonPages(opening, following, paging) if _json_document(opening) is not None else None


def _json_document(page: FetchedPage) -> dict[str, Any] | list[Any] | None:
    """The JSON object or list ``page`` answers; None for anything else (HTML, a fragment)."""
    if page.body.lstrip()[:1] not in (b"{", b"["):
        return None
    try:
        document = json.loads(page.body.decode("utf-8", "replace"))
    except (ValueError, RecursionError):
        return None
    return document if isinstance(document, (dict, list)) else None


def _record_guess(document: dict[str, Any] | list[Any]) -> int:
    """Records a JSON answer holds, for an offset's step when the URL names no page size."""
    lists = [document] if isinstance(document, list) else [v for v in document.values() if isinstance(v, list)]
    return max((len(found) for found in lists), default=0)


def _from_first(paging: PaginationSpec) -> PaginationSpec | None:
    """``paging`` (read from the second page's URL) restarted at the endpoint's first page."""
    if paging.kind == "page_param" and paging.start >= 1:
        return paging.model_copy(update={"start": paging.start - 1, "max_pages": DEFAULT_MAX_PAGES})
    if paging.kind == "offset" and paging.start >= paging.step >= 1:
        return paging.model_copy(update={"start": paging.start - paging.step, "max_pages": DEFAULT_MAX_PAGES})
    return None
