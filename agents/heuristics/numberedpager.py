"""In numbered pagination, find the link just after the current page: after the page a pager
marks current (``li.active``, ``aria-current="page"``, a framework's ``pagination__link--current``
or ``ant-pagination-item-active``) or the one page label it leaves unlinked."""

from __future__ import annotations

import re
from itertools import islice

from parsel import Selector

from agents.heuristics.classtokens import semantic_classes
from agents.heuristics.dom import HtmlElement, css_string, full_text, tag_of
from agents.heuristics.nextlinks import first_href
from agents.heuristics.nextwords import PREV_TEXT
from agents.heuristics.pagelinks import found_link_leads_on
from agents.heuristics.pageurls import advances
from agents.heuristics.saysnext import says_next

#: What an unlinked current page reads in a pager: "3", or the range of records it shows ("1-10").
_PAGE_LABEL = re.compile(r"^\d{1,6}(?:\s*[-–—]\s*\d{1,6})?$")
_MARK_TAGS = ("span", "b", "strong", "em")
#: Elements a pager is drawn in: a list or a box, and in older pages a paragraph or a table.
_CONTAINERS = "//*[self::ul or self::ol or self::nav or self::div or self::p or self::table or self::section][.//a]"
#: Elements holding a bare row of numbered links, and how many of them are looked at.
_NUMBER_ROWS = "//*[self::dd or self::div or self::p or self::span or self::td or self::li][a[@href]]"
MAX_NUMBER_ROWS = 2_000
_PAGER_WORDS = re.compile(r"pag|pager|pages", re.IGNORECASE)
#: Candidates for the current page's mark, which ``_current_mark`` reads token by token.
_CURRENT = (
    ".//*[@aria-current='page' or @aria-current='true' or contains(@class, 'active')"
    " or contains(@class, 'current') or contains(@class, 'selected')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' on ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' cur ')]"
)
#: A class marking the current page: "active", "current", or a framework's prefixed or modifier
#: form of them ("is-active", "pagination__link--current", "ant-pagination-item-active"); loosely,
#: one leading with the word ("current-page", "active-item") or the short "on" / "cur" of East
#: Asian sites' pagers.
_CURRENT_CLASS = re.compile(r"^(?:(?:is-)?(?:current|active)|selected|[-\w]*[-_](?:current|active|selected))$")
_LOOSE_CURRENT_CLASS = re.compile(r"^(?:on|cur|(?:current|active|selected)[-_][-\w]*)$")


def after_current(page: Selector, url: str) -> tuple[str, str] | None:
    """In numbered pagination, the link just after the current page: ``li.active + li a``, or
    after the one page label left unlinked (``<span>1-10</span> <a>11-20</a>``, ``<b>1</b>``)."""
    for container in page.root.xpath(_CONTAINERS):
        scope = _pager_scope(container)
        if scope is None:
            continue
        marked = [(e, mark) for e in container.xpath(_CURRENT) if (mark := _current_mark(e))]
        # A pager marking its page the usual way is read by that mark before a looser one.
        current = [e for e, mark in marked if mark == "usual"] or [e for e, _ in marked]
        if current and ("." in scope or "[aria-label" in scope):
            selectors = _after_selectors(scope, current[0])
        elif _page_links_only(container):
            # A menu marks its current item too: a container named only by its id or role must
            # hold page links.
            selectors = _after_selectors(scope, current[0]) if current else _after_unlinked(scope, container)
        else:
            continue
        for css in selectors:
            href = first_href(page, css)
            if href and advances(url, href) and found_link_leads_on(page, css, url, href):
                return css, href
    return None


def _pager_scope(container: HtmlElement) -> str | None:
    """A selector for a pager container (its class or id names pages), None for any other element."""
    classes = semantic_classes(container)
    if classes and _PAGER_WORDS.search(" ".join(classes)):
        return f"{tag_of(container)}.{classes[0]}"
    label = container.get("aria-label") or ""
    if _PAGER_WORDS.search(label) and '"' not in label:
        return f"{tag_of(container)}[aria-label={css_string(label)}]"  # <nav aria-label="Pagination">
    ident = container.get("id") or ""
    named = bool(_PAGER_WORDS.search(ident))
    if named or tag_of(container) == "nav" or container.get("role") == "navigation":
        if re.fullmatch(r"[A-Za-z][-\w]*", ident):
            return f"{tag_of(container)}#{ident}"
        return "nav" if tag_of(container) == "nav" else f'{tag_of(container)}[role="navigation"]'
    return None


def _page_links_only(container: HtmlElement) -> bool:
    """Every link of ``container`` is a page number, a range of records, or a next/previous link."""
    links = container.xpath(".//a[@href]")
    if not links or len(links) > 40:
        return False
    for link in links:
        text = full_text(link) or " ".join(filter(None, [link.get("aria-label"), link.get("title")]))
        if not (_PAGE_LABEL.match(text) or says_next(link) or PREV_TEXT.search(text)):
            return False
    return True


def _after_unlinked(scope: str, container: HtmlElement) -> list[str]:
    """Selectors for the link after the page label a pager leaves unlinked: that label is the
    current page (arXiv's ``<span>1-10</span>``, a ``<b>1</b>`` in a table cell)."""
    marks = [
        e
        for e in container.iterdescendants(*_MARK_TAGS)
        if _PAGE_LABEL.match(full_text(e)) and not e.xpath("ancestor-or-self::a | .//a")
    ]
    if len(marks) != 1:
        return []  # none, or several bare numbers: no one current page
    mark = marks[0]
    following = mark.xpath("following::a[@href][1]")
    if not following or container not in following[0].iterancestors():
        return []
    if not _PAGE_LABEL.match(full_text(following[0])) and not says_next(following[0]):
        return []
    tag, found = tag_of(mark), []
    sibling = mark.getnext()
    if sibling is not None and tag_of(sibling) == "a":
        found.append(f"{scope} {tag} + a")
    parent = mark.getparent()
    if parent is not None and parent is not container:
        item = tag_of(parent)
        found.append(f"{scope} {item}:has(> {tag}) + {item} a")
    return found


def _current_mark(element: HtmlElement) -> str | None:
    """ "usual" where ``element`` marks the current page as most pagers do (``aria-current``,
    ``active``, ``pagination__link--current``), "loose" for a class that leads with the word
    ("current-page", "active-item") or the short "on" / "cur", None where it marks nothing."""
    if element.get("aria-current") in ("page", "true"):
        return "usual"
    tokens = (element.get("class") or "").split()
    if any(_CURRENT_CLASS.match(t) or "is-current" in t or "selected" in t for t in tokens):
        return "usual"
    return "loose" if any(_LOOSE_CURRENT_CLASS.match(t) for t in tokens) else None


def _after_selectors(scope: str, marked: HtmlElement) -> list[str]:
    tag = tag_of(marked)
    found = []
    for state in ("page", "true"):
        if marked.get("aria-current") == state:
            found.append(f'{scope} [aria-current="{state}"] + a')
            found.append(f'{scope} li:has([aria-current="{state}"]) + li a')
            if tag != "a":  # the pager's item itself marked: <li aria-current="page"><span>1</span></li>
                found.append(f'{scope} {tag}[aria-current="{state}"] + {tag} a')
    for cls in (marked.get("class") or "").split():
        if (_CURRENT_CLASS.match(cls) or _LOOSE_CURRENT_CLASS.match(cls)) and re.fullmatch(r"[A-Za-z][-\w]*", cls):
            found.append(f"{scope} {tag}.{cls} + {tag} a" if tag == "li" else f"{scope} {tag}.{cls} + a")
            parent = marked.getparent()
            if tag != "li" and parent is not None and tag_of(parent) == "li":  # <li><a class="on">1</a></li>
                found.append(f"{scope} li:has(> {tag}.{cls}) + li a")
    return found


def numbers_row(page: Selector, url: str) -> tuple[str, str] | None:
    """The link after the current one in a row of links reading only 1, 2, 3… that marks one of
    them current, whatever the row is called: parts of one series ("From the same series 1 2 3"
    in a details row, "Part 1 2 3" under an article) are pages of one list to a reader. Taken
    last, when no pager the page names as one is found."""
    for container in islice(page.root.xpath(_NUMBER_ROWS), MAX_NUMBER_ROWS):
        classes = semantic_classes(container)
        links = container.xpath("./a[@href]")
        if not classes or not _counts_from_one(links) or len(links) != len(container.xpath(".//a")):
            continue
        current = [a for a in links if _current_mark(a) == "usual"]
        if len(current) != 1:
            continue
        for css in _after_selectors(f"{tag_of(container)}.{classes[0]}", current[0]):
            href = first_href(page, css)
            if href and advances(url, href) and found_link_leads_on(page, css, url, href):
                return css, href
    return None


def _counts_from_one(links: list[HtmlElement]) -> bool:
    """Whether the links read 1, 2, 3… in order, two at least."""
    texts = [full_text(a) for a in links]
    return len(texts) >= 2 and texts == [str(n) for n in range(1, len(texts) + 1)]
