"""A link marked "next" that leads off the list's path, followed when the site shows it leads on.

The pager rules turn down a link only its class (or an unread label, or a forward icon) marks
"next" when it leads off the list's own path: the same class marks a teaser's "Next story →". When
no finder gave the list a pager, that link (``agents.heuristics.markednext``) is fetched once and
taken only when it answers records of the list's shape, most of them new, as
``agents.steplinkprobe`` does for a plain page-2 link: a story or a video answers none. A link to
one of the records is refused unasked. The crawl then follows a selector whose first link is that
link on the first page and, on page 2, the link the same finder reads there (or none, on a last page).
"""

from __future__ import annotations

from itertools import islice
from urllib.parse import urldefrag

from parsel import Selector

from agents.fetch import FetchedPage
from agents.firstpage import asked_page_two
from agents.heuristics.classtokens import semantic_classes
from agents.heuristics.dom import HtmlElement
from agents.heuristics.markednext import MAX_ICON_PARTS, MarkedNext, marked_next, record_links
from agents.heuristics.nextwords import NEXT_MARK
from agents.heuristics.pagerrefusals import refusal_note
from agents.heuristics.paginationfinding import PaginationFinding
from agents.pagerselect import css_tag, first_link, pager_scope
from agents.probeprotocol import ProbeCall, page_probe
from pipeline.core.extract import make_selector, page_base_url
from pipeline.core.pagingspec import PaginationSpec

#: Ancestors of the link whose classes may scope its selector (``div.pages a.next``).
_SCOPE_DEPTH = 4
#: A label quoted in a selector is this short, and holds nothing a CSS string would need escaped.
_MAX_LABEL = 60


@page_probe(data="markup", render="served")  # a rendered list's pager is read from its rendered DOM
def marked_next_pages(call: ProbeCall) -> PaginationFinding | None:
    """The pagination a marked "next" link off the list's path implies, when the site answers it
    with new records of the list's shape; None otherwise (one request at most)."""
    first, spec, fetcher, known, said = call
    html = make_selector(first.body, first.final_url)
    found = marked_next(html, first.final_url, spec.record_selector, unread=True)
    if found is None:
        return None
    if found.url in record_links(html, first.final_url, spec.record_selector):
        said.append(refusal_note("leaves-list", found.url, f"{found.note}; one of the records' links"))
        return None
    asked = asked_page_two(first, spec, fetcher, (found.url, found.note), known, said)
    if asked is None:
        return None
    answer, fresh = asked.answer, asked.fresh
    css = _followed_selector(html, first, answer, found, spec.record_selector)
    if css is None:
        said.append(refusal_note("no-follow", found.url, found.note))
        return None
    note = f"pagination: link marked next ({found.note}) off the list's path; {found.url} answers {fresh} new records"
    return PaginationFinding(PaginationSpec(kind="next_link", next_selector=css), note)


def _followed_selector(
    page: Selector, first: FetchedPage, answer: FetchedPage, found: MarkedNext, record_selector: str
) -> str | None:
    """A selector whose first link is ``found`` on the first page and, on page 2, the link the same
    finder reads there (none when page 2 marks none): the crawl asks each page only once."""
    second = make_selector(answer.body, answer.final_url)
    further = marked_next(second, answer.final_url, record_selector)
    if further is not None and further.url in (first.final_url, first.url, answer.final_url, answer.url):
        return None  # page 2's marked link leads back: no way on
    for css in _candidates(found.anchor):
        if _first_link(page, css, first.final_url) != found.url:
            continue
        if _first_link(second, css, answer.final_url) == (further.url if further is not None else None):
            return css
    return None


def _candidates(anchor: HtmlElement) -> list[str]:
    """Selectors for the marked link: by its "next" class or its wrapper's, by ``rel="next"``, by
    its label, by its icon; each also scoped by the pager around it (``div.pages a.next``)."""
    own: list[str] = []
    classes = sorted(semantic_classes(anchor), key=lambda c: not NEXT_MARK.search(c))
    own += [f"a.{c}" for c in classes]
    parent = anchor.getparent()
    if parent is not None:
        own += [f"{css_tag(parent)}.{c} > a" for c in semantic_classes(parent) if NEXT_MARK.search(c)]
    if "next" in (anchor.get("rel") or "").split():
        own.append('a[rel~="next"]')
    for attribute in ("aria-label", "title"):
        value = (anchor.get(attribute) or "").strip()
        if value and len(value) <= _MAX_LABEL and not any(ch in value for ch in '"\\\n'):
            own.append(f'a[{attribute}="{value}"]')
    for icon in islice(anchor.iterdescendants("i", "span", "svg", "img"), MAX_ICON_PARTS):
        own += [f"a:has({css_tag(icon)}.{c})" for c in semantic_classes(icon)]
        alt = (icon.get("alt") or "").strip() if css_tag(icon) == "img" else ""
        if alt and len(alt) <= _MAX_LABEL and not any(ch in alt for ch in '"\\\n'):
            own.append(f'a:has(img[alt="{alt}"])')  # an image button named only by its picture
    scopes = [s for s in map(pager_scope, islice(anchor.iterancestors(), _SCOPE_DEPTH)) if s]
    return list(dict.fromkeys(own + [f"{scope} {css}" for scope in scopes for css in own]))


def _first_link(page: Selector, css: str, url: str) -> str | None:
    """The address of the first link ``css`` finds that names one (resolved, without its fragment)."""
    found = first_link(page, css, page_base_url(page, url))
    return urldefrag(found)[0] if found is not None else None
