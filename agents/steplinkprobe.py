"""A pager no finder read, followed when the site shows it leads on.

When the Scout found no way to the next page but the first page links its own address one step
along its pages (``?page=2``, ``?start=12``, ``/page/2/``: ``agents.heuristics.steplinks``), that
link is fetched once and taken only when it answers records the first page lacks, most of them
new: a link that answers the same records (a server ignoring the parameter) or repeats the first
page's ids leads nowhere. The crawl then counts pages or offsets when the count asks page 2 as the
first page links it and page 3 as page 2 does; otherwise (a page number in the path, offsets that
move by no one size, parameters written in another form) it follows a selector that finds page 2
on the first page and page 2's own link on (or none, on a last page) in the answer already
fetched. One request at most, none when the page has no such link.
"""

from __future__ import annotations

from itertools import islice
from urllib.parse import urljoin

from parsel import Selector

from agents.fetch import FetchedPage
from agents.firstpage import asked_page_two
from agents.heuristics.classtokens import semantic_classes
from agents.heuristics.dom import HtmlElement
from agents.heuristics.pagerrefusals import refusal_note
from agents.heuristics.paginationfinding import PaginationFinding
from agents.heuristics.steplinks import MAX_LINKS, StepLink, step_link
from agents.pagerselect import css_tag, first_link, pager_scope
from agents.probeprotocol import ProbeCall, page_probe
from pipeline.core.extract import make_selector, page_base_url
from pipeline.core.pagingspec import PaginationSpec
from pipeline.core.schemas import ScraperSpec
from pipeline.core.urls import on_same_site
from pipeline.core.valuepages import param_page_url

#: What a pager leaves its current page as, unlinked: ``<span>2</span>``, ``<b>2</b>``.
_MARK_TAGS = ("span", "strong", "b", "em")
#: An offset moving further than this many times the first page's records is no page size.
_MAX_STEP_PER_RECORD = 4
#: Selectors tried at most (each is run over both pages).
_MAX_SELECTORS = 80
#: Element pairs a sibling selector (``span + a``) may walk on a page: libxml2 walks every
#: following sibling of each element it starts from, so 4,000 pager items cost 2.5 s a selector.
_MAX_SIBLING_PAIRS = 50_000
#: Ancestors of the page-2 link looked through for a pager's mark of its current page.
_PAGER_DEPTH = 4


@page_probe(data="markup", render="served")  # a rendered list's pager is read from its rendered DOM
def step_link_pages(call: ProbeCall) -> PaginationFinding | None:
    """The pagination a plain page-2 link implies, when the site answers it with new records; None
    otherwise (one request at most).

    ``known``: every record of the first page, when the caller has them (else they are extracted);
    ``refusals``: where a note says why the link was turned down (``pagerrefusals``).
    """
    first, spec, fetcher, known, said = call
    html = make_selector(first.body, first.final_url)
    found = step_link(html, first.final_url, spec.record_selector)
    if found is None:
        return None
    if not on_same_site(found.url, first.final_url):
        said.append(refusal_note("off-site", found.url, found.note))
        return None
    asked = asked_page_two(first, spec, fetcher, (found.url, found.note), known, said)
    if asked is None:
        return None
    answer, fresh = asked.answer, asked.fresh
    pagination = _followed_pagination(found, spec, asked.first_records, (first, html), answer)
    if pagination is None:
        said.append(refusal_note("no-follow", found.url, found.note))
        return None
    return PaginationFinding(pagination, f"pagination: {found.note}; {found.url} answers {fresh} new records")


def _followed_pagination(
    found: StepLink, spec: ScraperSpec, records: int, opening: tuple[FetchedPage, Selector], answer: FetchedPage
) -> PaginationSpec | None:
    """How the crawl goes on from the first page: counting, when the count asks the pages as they
    are linked, else by a selector that finds each page's link on, else counting anyway."""
    first, html = opening
    second = make_selector(answer.body, answer.final_url)
    further = step_link(second, answer.final_url, spec.record_selector)  # page 2's own link on (None on the last page)
    counted = found.pagination
    if counted is not None and counted.kind == "offset" and counted.step > _MAX_STEP_PER_RECORD * records:
        counted = None  # "?from=2025" moves no offset by a page of records: followed only as a link
    if counted is not None:
        counting = spec.model_copy(update={"pagination": counted})
        if _counts_as_linked(counting, first, answer, further):
            return counted
    css = _followed_selector(html, first.final_url, second, answer.final_url, found.url, further)
    if css is not None:
        return PaginationSpec(kind="next_link", next_selector=css)
    return counted  # a server answers its parameters however they are written


def _counts_as_linked(spec: ScraperSpec, first: FetchedPage, answer: FetchedPage, further: StepLink | None) -> bool:
    """The crawl's count asks page 2 as the first page links it, and page 3 as page 2 links it
    (when page 2 links one): a static mirror or a signed address answers only what was linked,
    and a list whose offsets do not move by one page size (10, then 19) is no count."""
    if param_page_url(spec, first.final_url, 1) != answer.url:
        return False
    return further is None or param_page_url(spec, answer.final_url, 2) == further.url


def _followed_selector(
    page: Selector, url: str, following: Selector, second_url: str, second: str, further: StepLink | None
) -> str | None:
    """A selector whose first link is page 2 on the first page and, on page 2, its own link on
    (none when page 2 links no page past it)."""
    base = page_base_url(following, second_url)
    cheap = _sibling_pairs(page) <= _MAX_SIBLING_PAIRS and _sibling_pairs(following) <= _MAX_SIBLING_PAIRS
    for css in _candidates(page, url, second):
        if " + " in css and not cheap:
            continue
        if first_link(page, css, page_base_url(page, url)) != second:
            continue
        on_second = first_link(following, css, base)
        if (on_second is None and further is None) or (further is not None and on_second == further.url):
            return css
    return None


def _sibling_pairs(page: Selector) -> int:
    """The pairs of an element and a later sibling on the page: what a ``+`` selector may walk."""
    return sum(len(element) * (len(element) - 1) // 2 for element in page.root.iter())


def _candidates(page: Selector, url: str, second: str) -> list[str]:
    """Selectors for the page-2 link: after the item marked as this page, by the link's own marks
    (``a[rel~="next"]``, its classes or its wrapper's), after the page a pager leaves unlinked."""
    base = page_base_url(page, url)
    anchors = [a for a in islice(page.root.iter("a"), MAX_LINKS) if _resolves_to(a, base, second)][:3]
    found: list[str] = []
    for anchor in anchors:
        found += _after_marked_item(anchor)
        found += ['a[rel~="next"]'] if "next" in (anchor.get("rel") or "").split() else []
        found += [f"a.{c}" for c in semantic_classes(anchor)]
        parent = anchor.getparent()
        if parent is not None:  # "<div class="nav-previous"><a>Older posts</a></div>"
            found += [f"{css_tag(parent)}.{c} > a" for c in semantic_classes(parent)]
    for anchor in anchors:
        parent = anchor.getparent()
        item = css_tag(parent) if parent is not None else "li"
        scopes = [pager_scope(a) for a in list(anchor.iterancestors())[:_PAGER_DEPTH]]
        for scope in filter(None, scopes):
            for mark in _MARK_TAGS:
                found += [f"{scope} {mark} + a", f"{scope} {item}:has(> {mark}) + {item} a"]
            # aria-current="page" or "true", on the item's link or on a button in its place
            found += [f"{scope} [aria-current] + a", f"{scope} {item}:has([aria-current]) + {item} a"]
    return list(dict.fromkeys(found))[:_MAX_SELECTORS]


def _after_marked_item(anchor: HtmlElement) -> list[str]:
    """``li.pageNav-page--current + li a``: the item before page 2's holds page 1, and the class
    it has that page 2's item lacks marks the current page on every page."""
    parent = anchor.getparent()
    if parent is None or parent.getparent() is None:
        return []
    found, sibling = [], anchor.getprevious()
    if sibling is not None:  # "<a class="on">1</a><a>2</a>"
        own = set(semantic_classes(anchor))
        scope = pager_scope(parent) or ""
        found += [f"{scope} {css_tag(sibling)}.{c} + a".strip() for c in semantic_classes(sibling) if c not in own]
    item, before = css_tag(parent), parent.getprevious()
    if before is not None and css_tag(before) == item:
        own = set(semantic_classes(parent))
        scope = pager_scope(parent.getparent()) or ""
        found += [f"{scope} {item}.{c} + {item} a".strip() for c in semantic_classes(before) if c not in own]
    return found


def _resolves_to(anchor: HtmlElement, base: str, address: str) -> bool:
    href = (anchor.get("href") or "").strip()
    try:
        return bool(href) and urljoin(base, href) == address
    except ValueError:
        return False
