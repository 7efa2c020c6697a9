"""A link naming the page it leads to in words: "Page 2 »", "Página 2 ›", "Seite 2", "Strona 2",
"Sayfa 2", "Pagina 2 →", "Page 2 of 5".

Such a link says no "next" word, yet it says where it goes: the page after this one, when its
number is this page's number plus one and its address is a page of this list (``?page=2``,
``/list/page/2/``, ``/list/2/``) or this list's folder with one new file naming that number (a
forum's ``/foro/2-20.html``, a shop's ``/catalogo/p-2.html``). A record's name holds the word
"page" as readily ("Page 3 Boutique"), but not with this page's number plus one to this list's
next page.

Its text changes from page to page ("Page 3 »" on page 2): a selector finds it again by its arrow
or by its page word, never by its whole text (``page_word_selectors``).
"""

from __future__ import annotations

import re
import weakref
from itertools import islice
from urllib.parse import parse_qsl, urljoin, urlsplit

from agents.heuristics.dom import HtmlElement, full_text
from agents.heuristics.nextmarks import leads_to_list_page
from agents.heuristics.nextwords import NEXT_MARK, PAGED_HREF
from agents.heuristics.pagedpaths import numbered_sibling
from agents.heuristics.pageurls import PAGE_PARAM_NAMES, PAGE_WORDS_PATTERN

#: The word for "page" a pager's link writes before the number.
_WORD = (
    r"page|p[aá]gina|pàgina|seite|strona|sayfa|side|sida|sivu|oldal|trang|halaman|strana|stran|stránka|"
    r"страница|сторінка"
)
_ARROW = r"[›»→>❯▸▶►⇒]"
#: "Page 2 »", "» Seite 2", "Page 2 of 5", "Página 2 de 7": the word, the number, at most a page count.
_PAGE_NUMBER_TEXT = re.compile(
    rf"^(?:{_ARROW}\s*)?(?P<word>{_WORD})\s+(?P<number>\d{{1,4}})"
    rf"(?:\s*(?:of|von|de|di|z|из|van|/)\s*\d{{1,5}})?(?:\s*(?P<arrow>{_ARROW}+))?$",
    re.IGNORECASE,
)
#: This page's own number in its path: ``/page/3/``, ``/seite-3``, ``/p3``.
_PATH_PAGE = re.compile(rf"/(?:page|p|pg|{PAGE_WORDS_PATTERN})[-_/]?(\d{{1,4}})/?$", re.IGNORECASE)
_MAX_URL = 2000
#: Links read at most to count a page's worded page links, and the count per page, let go with it.
_MAX_LINKS = 3000
_WORDED_PER_PAGE: weakref.WeakKeyDictionary[HtmlElement, int] = weakref.WeakKeyDictionary()
_BY_WORD = re.compile(rf'a:contains\("(?:{_WORD}) "\)', re.IGNORECASE)
#: A new file in the list's folder: one segment, short, naming the number alone (``2-20.html``).
_MAX_SEGMENT = 40


def page_number_named(text: str) -> int | None:
    """The page number a link's text names with the word for page ("Page 2 »" → 2), else None."""
    found = _PAGE_NUMBER_TEXT.match(text.strip()) if len(text) <= 60 else None
    return int(found.group("number")) if found else None


def names_next_page(anchor: HtmlElement, text: str, href: str, url: str) -> bool:
    """Whether ``anchor`` (text ``text``, address ``href``, on the page at ``url``) names the page after
    this one and leads to a page of this list."""
    number = page_number_named(text)
    if number is None or not url or len(href) > _MAX_URL or len(url) > _MAX_URL:
        return False
    if number != current_page(url) + 1:
        return False
    if not _lone_or_marked(anchor, text):
        return False  # "Seite 1 | Seite 2 | Seite 3": a numbered row, read by its current page's mark
    if PAGED_HREF.search(href) or numbered_sibling(url, href) or leads_to_list_page(anchor, href, url):
        return True
    return _new_file_naming(url, href, number)


def current_page(url: str) -> int:
    """This page's number as its address names it (a page parameter or a page in its path); 1 when none."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return 1
    for name, value in parse_qsl(parts.query):
        if name.lower() in PAGE_PARAM_NAMES and value.isdecimal() and len(value) <= 4:
            return max(int(value), 1)
    found = _PATH_PAGE.search(parts.path)
    return int(found.group(1)) if found else 1


def page_word_selectors(anchor: HtmlElement, text: str, container: str) -> list[str]:
    """Selectors finding a "Page 2 »" link again on the next pages, where it reads "Page 3 »": by its
    arrow, then by its page word (its whole text changes)."""
    found = _PAGE_NUMBER_TEXT.match(text.strip())
    if found is None:
        return []
    selectors = []
    if arrow := found.group("arrow"):
        selectors.append(f'{container} a:contains("{arrow}")'.strip())
    selectors.append(f'{container} a:contains("{found.group("word")} ")'.strip())
    return selectors


def _lone_or_marked(anchor: HtmlElement, text: str) -> bool:
    """The link points on (an arrow, a class marking "next") or is the page's one link naming a page
    in words: in a row of them, a selector by the word would find the previous page first on page 2."""
    found = _PAGE_NUMBER_TEXT.match(text.strip())
    if (found is not None and found.group("arrow")) or NEXT_MARK.search(anchor.get("class") or ""):
        return True
    root = anchor.getroottree().getroot()
    count = _WORDED_PER_PAGE.get(root)
    if count is None:
        links = islice(root.iter("a"), _MAX_LINKS)
        count = _WORDED_PER_PAGE[root] = sum(1 for a in links if page_number_named(full_text(a)) is not None)
    return count <= 1


def by_page_word(css: str) -> bool:
    """``css`` finds a link by its page word alone (``a:contains("Seite ")``): one whose number a count
    of pages follows more surely, where the address names it (``?page=2``)."""
    return bool(_BY_WORD.search(css))


def _new_file_naming(url: str, href: str, number: int) -> bool:
    """``href`` is one new file or folder in this page's folder naming ``number`` (``/foro/`` →
    ``/foro/2-20.html``, ``/catalogo/`` → ``/catalogo/p-2.html``), on the same host."""
    try:
        here, there = urlsplit(url), urlsplit(urljoin(url, href))
    except ValueError:
        return False
    if here.netloc.lower() != there.netloc.lower():
        return False
    folder = here.path[: here.path.rfind("/") + 1] or "/"
    if folder == "/" or not there.path.startswith(folder):
        return False
    tail = there.path[len(folder) :].rstrip("/")
    if not tail or "/" in tail or len(tail) > _MAX_SEGMENT:
        return False
    return bool(re.search(rf"(?<!\d){number}(?!\d)", tail))
