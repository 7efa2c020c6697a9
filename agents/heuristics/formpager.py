"""Find a pager form: a form whose submit control reads "Next" ("Weiter", "More results", "›"),
the way some search pages page instead of with a link.

Its fields make the next page's GET URL (``pipeline.core.formpages``); the spec keeps a selector of
the control, so that the crawl reads the form again on each page. A form the user must fill (a
query box left empty) or a search box with an arrow button is no pager.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from parsel import Selector

from agents.heuristics.classtokens import semantic_classes
from agents.heuristics.dom import HtmlElement, css_string, full_text, tag_of
from agents.heuristics.loadmore import LOAD_MORE_TEXT
from agents.heuristics.nextwords import PAGED_HREF, PREV_TEXT, reads_next
from agents.heuristics.pageurls import advances
from agents.heuristics.paginationfinding import PaginationFinding
from pipeline.core.extract import page_base_url
from pipeline.core.formpages import SUBMIT_XPATH, form_page_url, submitted_form
from pipeline.core.pagingspec import PaginationSpec

#: Controls a user types into: a form showing one is a search or entry form, unless each holds a value.
_ENTRY_TYPES = {"text", "search", "email", "tel", "url", "number", ""}
_WORD = re.compile(r"[^\W\d_]")
_NEXT_CLASS = re.compile(r"(?:^|[-_])next(?:$|[-_])", re.IGNORECASE)
_SEARCH_MARK = re.compile(r"search|such|recherche|busca|cerca|zoek", re.IGNORECASE)


def next_form(page: Selector, url: str) -> PaginationFinding | None:
    """The pagination of the first form whose "next" submit control asks for a later page of this
    site, with a selector finding that control again; None when the page has no such form."""
    base = page_base_url(page, url)
    for control in _submit_controls(page):
        form = submitted_form(control)
        if form is None or not _reads_next(control) or not _pager_form(form, control):
            continue
        target = form_page_url(control, base, url)
        if target is None or not advances(url, target):
            continue
        if not _says_next_in_words(control) and not PAGED_HREF.search(target):
            continue  # "More" or a bare class: taken only where the query names a page or an offset
        for css in _selectors_for(control):
            found = page.css(css)
            if found and found[0].root is control:
                method = (form.get("method") or "get").strip().upper()
                spec = PaginationSpec(kind="next_form", next_selector=css)
                return PaginationFinding(spec, f"pagination: {method} form submitted by {css!r} -> {target}")
    return None


def posts(page: Selector, pagination: PaginationSpec) -> bool:
    """The first form ``pagination`` submits is a POST form (asked by GET, which needs checking)."""
    if pagination.kind != "next_form" or not pagination.next_selector:
        return False
    for found in page.css(pagination.next_selector):
        form = submitted_form(found.root)
        if form is not None:
            return (form.get("method") or "get").strip().lower() == "post"
    return False


def _submit_controls(page: Selector) -> Iterator[HtmlElement]:
    return (c for c in page.root.iter("button", "input") if c.xpath(SUBMIT_XPATH))


def _label(control: HtmlElement) -> str:
    return " ".join(filter(None, (control.get(a) for a in ("aria-label", "title", "alt")))).strip()


def _text(control: HtmlElement) -> str:
    return full_text(control) if tag_of(control) == "button" else " ".join((control.get("value") or "").split())


def _reads_next(control: HtmlElement) -> bool:
    text, label = _text(control), _label(control)
    if reads_next(text, label) or LOAD_MORE_TEXT.match(text):
        return True
    marks = " ".join([control.get("class") or "", control.get("id") or ""]).split()
    return any(_NEXT_CLASS.search(m) for m in marks) and not PREV_TEXT.search(f"{text} {label}")


def _says_next_in_words(control: HtmlElement) -> bool:
    """The control says "Next" in words, not by an arrow, a class or a bare "More"."""
    text, label = _text(control), _label(control)
    worded = (t for t in (text, label) if _WORD.search(t) and not LOAD_MORE_TEXT.match(t))
    return any(reads_next(t) for t in worded)


def _pager_form(form: HtmlElement, control: HtmlElement) -> bool:
    """``form`` asks for nothing to be typed: no empty entry box, no search box, and, where it
    shows an entry box at all, a control saying "Next" in words (a search box's "→" is no pager)."""
    if form.get("role") == "search" or form.xpath(".//textarea | .//input[@type='search']"):
        return False
    entries = [
        i
        for i in form.iter("input")
        if (i.get("type") or "").strip().lower() in _ENTRY_TYPES and i.get("disabled") is None
    ]
    if any(not (i.get("value") or "").strip() for i in entries):
        return False
    if entries and _SEARCH_MARK.search(" ".join([*semantic_classes(form), form.get("id") or ""])):
        return False
    return not entries or _says_next_in_words(control)


def _selectors_for(control: HtmlElement) -> list[str]:
    """Selectors for the control, from its label to its class; each names "next" somehow, since a
    "Previous" form beside it often shares the form's and the button's classes."""
    tag, found = tag_of(control), []
    value = control.get("value")
    if tag == "input" and value and _usable(value):
        found.append(f"form input[type={css_string(control.get('type') or 'submit')}][value={css_string(value)}]")
    for attribute in ("aria-label", "title", "alt"):
        label = control.get(attribute)
        if label and _usable(label):
            found.append(f"form {tag}[{attribute}={css_string(label)}]")
    text = full_text(control) if tag == "button" else ""
    if text and _usable(text):
        found.append(f"form button:contains({css_string(text)})")
    found += [f"form {tag}.{c}" for c in semantic_classes(control) if _NEXT_CLASS.search(c)]
    return found


def _usable(text: str) -> bool:
    return '"' not in text and "\\" not in text and "\n" not in text
