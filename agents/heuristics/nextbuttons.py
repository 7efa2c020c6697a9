"""Find a "Next" control that is no link: a ``<button>`` (or an ``<a href="#">``) whose script goes
to the next page, named in an attribute (``data-href="/shoes?page=2"``, ``data-url``) or in its
``onclick`` (``location.href='?page=2'``).

An attribute is read by the crawl on every page, as a "load more" button's is. An ``onclick`` is
no attribute a crawl can read a URL from, so it is taken only where its URL moves this page's
page number or offset one step on: the pages are then counted.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice
from urllib.parse import urljoin

from parsel import Selector

from agents.heuristics.classtokens import semantic_classes
from agents.heuristics.dom import HtmlElement, css_string, full_text, icon_title_css, icon_titles, tag_of
from agents.heuristics.loadmore import URL_ATTRIBUTES
from agents.heuristics.nextwords import PAGED_HREF
from agents.heuristics.pageurls import advances, offset_param, page_param
from agents.heuristics.paginationfinding import PaginationFinding
from agents.heuristics.saysnext import says_next, steps_calendar
from pipeline.core.pagingspec import PaginationSpec
from pipeline.core.urls import on_same_site

#: Controls looked at: a pager's "Next" is among the first few of a page.
MAX_CONTROLS = 200
#: A pager wraps its controls closely: the button, its item, the list, the pager's box.
_PAGER_LEVELS = 4
_PAGER_MARK = re.compile(r"pag(?:ination|er|ing)", re.IGNORECASE)
#: ``location.href = '…'``, ``window.location='…'``, ``location.assign('…')`` in an ``onclick``.
_ONCLICK_URL = re.compile(
    r"""\blocation(?:\.href)?\s*=\s*(['"])(?P<url>[^'"]+)\1|\blocation\.(?:assign|replace)\(\s*(['"])(?P<called>[^'"]+)\3"""
)
_ADDRESSLESS = "not(@href) or starts-with(normalize-space(@href), '#') or starts-with(@href, 'javascript:')"
#: Buttons, anchors without an address, and a pager's plain element carrying one in an attribute.
_CONTROLS = (
    f"//button | //a[{_ADDRESSLESS}] | "
    f"//*[self::span or self::li or self::div][{' or '.join(f'@{a}' for a in URL_ATTRIBUTES)}]"
)


def next_button(page: Selector, url: str) -> PaginationFinding | None:
    """The pagination a "Next" button names: the URL attribute its script reads, or the page
    number or offset its ``onclick`` moves on; None when the page has no such button."""
    for control in islice(_next_controls(page), MAX_CONTROLS):
        for attribute in URL_ATTRIBUTES:
            value = (control.get(attribute) or "").strip()
            target = _next_page_url(page, url, value, control)
            if target is None:
                continue
            for css in _selectors(control, attribute):
                found = {v.strip() for v in page.css(css).xpath(f"@{attribute}").getall()}
                if found == {value}:  # one target: each record's own button names its record
                    spec = PaginationSpec(kind="next_link", next_selector=css, next_attribute=attribute)
                    return PaginationFinding(spec, f"pagination: 'next' button {css!r} -> {target}")
        counted = _onclick_pages(page, url, control)
        if counted is not None:
            return counted
    return None


def _next_controls(page: Selector) -> Iterator[HtmlElement]:
    """Buttons and address-less anchors that say "Next" (in words, a label, an arrow or a class)."""
    for control in page.root.xpath(_CONTROLS):
        if control.get("disabled") is not None or control.get("aria-disabled") == "true":
            continue
        if says_next(control) and not steps_calendar(control):
            yield control


def _next_page_url(page: Selector, url: str, value: str, control: HtmlElement) -> str | None:
    """``value`` resolved, where it is this list one page on: a numbered page or an offset that
    counts on, an address shaped like a list's page (``/page/2/``), or any address of a control in
    the list's pager. A slider's or a form's "Next" (``/featured/autumn``, ``/signup/step-2``)
    leads elsewhere, not to the list's next page."""
    if not value or value.startswith(("#", "javascript:")) or not re.match(r"^(?:https?://|/|\?|\w)", value):
        return None
    target = _joined(url, value)
    if target is None or not on_same_site(target, url) or not advances(url, value):
        return None
    if PAGED_HREF.search(value) or page_param(url, target, page) or offset_param(url, target, page):
        return target
    return target if _in_pager(control) else None


def _in_pager(control: HtmlElement) -> bool:
    """Whether ``control`` or a near ancestor is marked as the list's pager ("pagination",
    "pager", "paging", an ``aria-label`` saying so): its "Next" leads to the list's next page."""
    element: HtmlElement | None = control
    for _ in range(_PAGER_LEVELS):
        if element is None:
            return False
        marks = " ".join(element.get(a) or "" for a in ("class", "id", "aria-label"))
        if _PAGER_MARK.search(marks):
            return True
        element = element.getparent()
    return False


def _joined(url: str, value: str) -> str | None:
    """``value`` resolved against ``url``; None where the page wrote a malformed address."""
    try:
        return urljoin(url, value)
    except ValueError:  # "http://[bad/": an address no request could be made to
        return None


def _onclick_pages(page: Selector, url: str, control: HtmlElement) -> PaginationFinding | None:
    match = _ONCLICK_URL.search(control.get("onclick") or "")
    if match is None:
        return None
    target = _joined(url, match.group("url") or match.group("called"))
    if target is None or not on_same_site(target, url) or not advances(url, target):
        return None
    found = page_param(url, target, page) or offset_param(url, target, page)
    if found is None:
        return None
    return PaginationFinding(found.spec, f"{found.note} (a 'next' button's onclick -> {target})")


def _selectors(control: HtmlElement, attribute: str) -> list[str]:
    """Selectors for the control by what marks it next: its classes, its label, its text."""
    tag = tag_of(control)
    found = [f"{tag}.{c}[{attribute}]" for c in semantic_classes(control)]
    for said in ("aria-label", "title"):
        if (label := control.get(said)) and '"' not in label:
            found.append(f"{tag}[{said}={css_string(label)}][{attribute}]")
    text = full_text(control)
    if text and '"' not in text and "\\" not in text:
        found.append(f"{tag}[{attribute}]:contains({css_string(text)})")
    elif not text:  # an icon-only control: the icon's title names it
        found += [icon_title_css(f"{tag}[{attribute}]", t) for t in icon_titles(control) if '"' not in t][:1]
    found.append(f"{tag}[{attribute}]")
    return found
