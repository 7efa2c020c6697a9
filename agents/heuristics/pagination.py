"""Find how to reach the next page of a list: rel=next, a "next" link, a page number or an offset parameter.

A candidate that only resizes the page ("fewer | more | all": ``?show=25``) or goes no further than
the current page is no next page.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import parse_qsl, urljoin, urlsplit

from parsel import Selector

from agents.heuristics.classtokens import semantic_classes
from agents.heuristics.dom import VISIBLE_TEXT_XPATH, HtmlElement, css_string, full_text, tag_of
from agents.heuristics.urlpaging import MAX_OFFSET, MAX_STEP, OFFSET_NAMES, is_size_param
from pipeline.core.normalize import clean_text
from pipeline.core.schemas import PaginationSpec
from pipeline.core.screenreader import for_screen_readers
from pipeline.core.valuepages import with_query_param

_NEXT_TEXT = re.compile(
    r"^(?:next(?:\s+\d{1,4})?(?: page| results| items| entries| posts| »| ›)?|more|load more|"
    r"older(?: posts| entries| articles)?|"
    r"suivant(?:e)?|page suivante|weiter|nächste(?: seite)?|siguiente|próxima|successiv[oa]|"
    r"avanti|volgende|следующая|次へ|下一页|›|»|→|>|>>|⟩|❯)(?:\s*[›»→>❯]+)?$",
    re.IGNORECASE,
)
_PREV_TEXT = re.compile(
    r"prev|previous|newer|back|précédent|zurück|vorherige|anterior|precedente|‹|«|←|<|first|last",
    re.IGNORECASE,
)
#: "Older episodes →", "Next chapter": next in other words, taken only where the link goes to a numbered page.
_WORDY_NEXT = re.compile(r"^(?:next(?! day)|older)(?: \w+){1,2}(?:\s*[›»→>❯]+)?$", re.IGNORECASE)
#: A link to a numbered page or an offset of a list: ``?page=2``, ``/page/2/``, ``-p2.html``, ``?start=20``.
_PAGED_HREF = re.compile(
    r"[?&;](?:page|p|pg|paged|pagina|seite|pn|page_?number|start|offset|skip|from)=\d|"
    r"/(?:page|p|pg|seite|pagina)/?\d{1,4}/?(?:[?#]|$)|[-_]p(?:age)?-?\d{1,4}(?:\.\w+)?/?(?:[?#]|$)",
    re.IGNORECASE,
)
_ONLY_MORE = re.compile(r"^(?:load |show |see )?more\W*$", re.IGNORECASE)
_NEXT_MARK = re.compile(r"(?:^|[-_\s])next(?:$|[-_\s])|(?:^|[-_\s])(?:older|suivant|weiter)", re.IGNORECASE)
_PAGE_PARAMS = ("page", "p", "pg", "paged", "pagina", "seite", "pageNumber", "page_number", "pn")
_PAGE_NAMES_LOWER = frozenset(name.lower() for name in _PAGE_PARAMS)
_PAGE_PARAM_IN_HREF = re.compile(rf"[?&;](?:{'|'.join(_PAGE_PARAMS)})=\d", re.IGNORECASE)
#: What an unlinked current page reads in a pager: "3", or the range of records it shows ("1-10").
_PAGE_LABEL = re.compile(r"^\d{1,6}(?:\s*[-–—]\s*\d{1,6})?$")
_MARK_TAGS = ("span", "b", "strong", "em")
_PAGER_WORDS = re.compile(r"pag|pager|pages", re.IGNORECASE)
_CURRENT = (
    ".//*[@aria-current='page' or contains(concat(' ', normalize-space(@class), ' '), ' active ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' current ')"
    " or contains(@class, 'is-current') or contains(@class, 'selected')]"
)


@dataclass
class PaginationFinding:
    spec: PaginationSpec
    note: str


def find_pagination(page: Selector, url: str) -> PaginationFinding:
    """The best way to the next page, with a note saying what was found."""
    if page.type != "html":  # parsel reads a JSON "page" (an endpoint added directly) as JSON
        return PaginationFinding(PaginationSpec(kind="none"), "pagination: none (the page is not HTML)")
    elsewhere: tuple[str, str] | None = None
    for finder in (_rel_next, _next_link, _after_current):
        found = finder(page, url)
        if found is not None and not _same_host(url, found[1]):
            # A head's absolute rel=next may name the site's canonical host (a CMS configured
            # for another address); the visible link on this host comes first.
            elsewhere = elsewhere or found
            continue
        if found is not None:
            css, href = found
            next_url = urljoin(url, href)
            param = _page_param(url, next_url, page) or _offset_param(url, next_url, page)
            if param is not None and finder is _after_current:
                return param
            return PaginationFinding(
                PaginationSpec(kind="next_link", next_selector=css),
                f"pagination: next link {css!r} -> {href}",
            )
    numbered = _numbered_param(page, url)
    if numbered is not None:
        return numbered
    load_more = _load_more_button(page, url)
    if load_more is not None:
        return load_more
    if elsewhere is not None:
        css, href = elsewhere
        return PaginationFinding(
            PaginationSpec(kind="next_link", next_selector=css), f"pagination: next link {css!r} -> {href}"
        )
    return PaginationFinding(PaginationSpec(kind="none"), "pagination: none found (single page)")


def _same_host(url: str, href: str) -> bool:
    return urlsplit(urljoin(url, href)).netloc.lower() == urlsplit(url).netloc.lower()


def _rel_next(page: Selector, url: str) -> tuple[str, str] | None:
    for css in ('a[rel~="next"]', 'link[rel~="next"]'):
        href = _first_href(page, css)
        if href and _advances(url, href):
            return css, href
    return None


def _advances(url: str, href: str) -> bool:
    """False for a link back to this page, one that only resizes it (``fewer | more | all``:
    ``?skip=0&show=25``), or one whose page number or offset is not past this page's."""
    here, there = urlsplit(url), urlsplit(urljoin(url, href))
    if (here.netloc.lower(), here.path) != (there.netloc.lower(), there.path):
        return True  # another path (/page/2/): nothing to compare
    now, then = dict(parse_qsl(here.query)), dict(parse_qsl(there.query))
    changed = {k for k in now.keys() | then.keys() if now.get(k) != then.get(k)}
    if all(is_size_param(k, then.get(k) or now.get(k, "")) for k in changed):
        return False  # also when nothing changed: the same page again
    for name in changed:
        value = then.get(name, "")
        if value.isdigit() and (name.lower() in _PAGE_NAMES_LOWER or OFFSET_NAMES.match(name)):
            # A page that names no number may be page 0 or 1 (Drupal counts from 0): only 0 is no further.
            return int(value) > (int(now[name]) if now.get(name, "").isdigit() else 0)
    return True


def _first_href(page: Selector, css: str) -> str | None:
    for raw in page.css(css).xpath("@href").getall():
        href = raw.strip()
        if href and not href.startswith(("#", "javascript:")):
            return href
    return None


def _usable(anchor: HtmlElement) -> bool:
    href = (anchor.get("href") or "").strip()
    return bool(href) and not href.startswith(("#", "javascript:"))


def _next_link(page: Selector, url: str) -> tuple[str, str] | None:
    anchors = [a for a in page.root.iter("a") if _usable(a) and _says_next(a)]
    # A bare "More" is also a section's link to its full page ("More" trending coins above the
    # table): any link that says "next" outright goes first.
    anchors.sort(key=lambda a: bool(_ONLY_MORE.match(full_text(a))) and not a.get("aria-label"))
    for anchor in anchors:
        href = (anchor.get("href") or "").strip()
        if not _advances(url, href):
            continue
        for css in _anchors_for(anchor):
            if _first_href(page, css) == href:
                return css, href
    return None


def _screen_reader_text(anchor: HtmlElement) -> str:
    """Text an icon link speaks to screen readers (``<span class="sr-only">Next</span>›``)."""
    parts = [full_text(e) for e in anchor.iterdescendants() if for_screen_readers(e)]
    return " ".join(p for p in parts if p)


def _says_next(anchor: HtmlElement) -> bool:
    text = full_text(anchor)
    spoken = _screen_reader_text(anchor)
    label = " ".join(filter(None, [anchor.get("aria-label"), anchor.get("title"), spoken]))
    if _PREV_TEXT.search(f"{text} {label}") and not _NEXT_TEXT.match(text):
        return False
    if _NEXT_TEXT.match(text) or _NEXT_TEXT.match(label.strip()) or re.match(r"(?i)^(?:go to )?next", label):
        return True
    if spoken and _NEXT_TEXT.match(spoken) and not _PREV_TEXT.search(spoken):
        return True
    if (_WORDY_NEXT.match(text) or LOAD_MORE_TEXT.match(text)) and _PAGED_HREF.search(anchor.get("href") or ""):
        return True  # "Older episodes →", "Load more recipes" to /page/2/: a next link no class names
    marks = [anchor.get("class") or "", anchor.get("id") or ""]
    parent = anchor.getparent()
    if parent is not None and tag_of(parent) == "li":
        marks.append(parent.get("class") or "")
    return any(_NEXT_MARK.search(m) for m in marks) and not _PREV_TEXT.search(text)


def _anchors_for(anchor: HtmlElement) -> list[str]:
    """Selectors for a next link, from the most stable anchor to its text in its container."""
    found = [f"a.{c}" for c in semantic_classes(anchor) if _NEXT_MARK.search(c)]
    parent = anchor.getparent()
    if parent is not None:
        found += [f"{tag_of(parent)}.{c} > a" for c in semantic_classes(parent) if _NEXT_MARK.search(c)]
    if label := anchor.get("aria-label"):
        found.append(f"a[aria-label={css_string(label)}]")
    if title := anchor.get("title"):
        found.append(f"a[title={css_string(title)}]")
    container = _container_anchor(anchor)
    # ``:contains`` reads the raw string, where "<span>Next</span>›" is "Next›": besides the
    # spaced text, try the screen-reader text and each text piece (checked against the href after).
    texts = [full_text(anchor), _screen_reader_text(anchor)]
    texts += [t for t in (clean_text(str(n)) for n in anchor.xpath(VISIBLE_TEXT_XPATH)) if t]
    for text in dict.fromkeys(texts):
        if text and '"' not in text and "\\" not in text:
            found.append(f"{container} a:contains({css_string(text)})".strip())
            found.append(f"a:contains({css_string(text)})")
    # A bare class ("a.btn") last: the "Previous" button of the next page may share it.
    found += [f"a.{c}" for c in semantic_classes(anchor)]
    return found


def _container_anchor(anchor: HtmlElement) -> str:
    for ancestor in list(anchor.iterancestors())[:4]:
        classes = semantic_classes(ancestor)
        if classes:
            return f"{tag_of(ancestor)}.{classes[0]}"
        if tag_of(ancestor) == "nav":
            return "nav"
    return ""


def _after_current(page: Selector, url: str) -> tuple[str, str] | None:
    """In numbered pagination, the link just after the current page: ``li.active + li a``, or
    after the one page label left unlinked (``<span>1-10</span> <a>11-20</a>``, ``<b>1</b>``)."""
    for container in page.root.xpath("//*[self::ul or self::ol or self::nav or self::div][.//a]"):
        scope = _pager_scope(container)
        if scope is None:
            continue
        current = container.xpath(_CURRENT)
        if current and ("." in scope or "[aria-label" in scope):
            selectors = _after_selectors(scope, current[0])
        elif _page_links_only(container):
            # A menu marks its current item too: a container named only by its id or role must
            # hold page links.
            selectors = _after_selectors(scope, current[0]) if current else _after_unlinked(scope, container)
        else:
            continue
        for css in selectors:
            href = _first_href(page, css)
            if href and _advances(url, href):
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
        if not (_PAGE_LABEL.match(text) or _says_next(link) or _PREV_TEXT.search(text)):
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
    if not _PAGE_LABEL.match(full_text(following[0])) and not _says_next(following[0]):
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


def _after_selectors(scope: str, marked: HtmlElement) -> list[str]:
    tag = tag_of(marked)
    found = []
    if marked.get("aria-current") == "page":
        found.append(f'{scope} [aria-current="page"] + a')
        found.append(f'{scope} li:has([aria-current="page"]) + li a')
    for cls in ("active", "current", "is-current", "selected"):
        if cls in (marked.get("class") or "").split():
            found.append(f"{scope} {tag}.{cls} + {tag} a" if tag == "li" else f"{scope} {tag}.{cls} + a")
    return found


#: The arrow or ellipsis a "load more" control may end with ("Load more jobs ↓", "Show more…").
_TRAILING_MARK = r"(?:\s*[↓⬇▾▼›»→>❯…]+)?"
LOAD_MORE_TEXT = re.compile(
    rf"^(?:load|show|see|view|get|display) (?:\d+ )?more(?: \w+){{0,2}}{_TRAILING_MARK}$|"
    rf"^more(?: (?!details)\w+s)?{_TRAILING_MARK}$|"
    r"^(?:mehr (?:laden|anzeigen)|voir plus|afficher plus|cargar más|ver más|carica altri|meer laden)$",
    re.IGNORECASE,
)
#: Where "load more" buttons keep the URL their script fetches (htmx, Unpoly, plain data attributes).
URL_ATTRIBUTES = (
    "data-url",
    "data-href",
    "data-next",
    "data-next-url",
    "data-next-page",
    "data-load-more-url",
    "data-ajax-url",
    "hx-get",
    "data-hx-get",
    "up-href",
    "ic-get-from",
    "data-load-url",
    "data-more-url",
    "data-page-url",
    "data-next-href",
    "data-ajax-href",
)


def load_more_controls(page: Selector) -> Iterator[HtmlElement]:
    """The page's buttons and links reading "Load more", "Show more results", in page order."""
    return (e for e in page.root.iter("button", "a", "div", "span") if LOAD_MORE_TEXT.match(full_text(e)))


def _load_more_button(page: Selector, url: str) -> PaginationFinding | None:
    """A "Load more" button (no href) whose attribute names the next page, as htmx and most themes do.

    Only a value that reads as a URL is taken; the crawl then requests it like a next link.
    """
    for element in load_more_controls(page):
        for attribute in URL_ATTRIBUTES:
            value = (element.get(attribute) or "").strip()
            if not value or value.startswith(("#", "javascript:")) or not re.match(r"^(?:https?://|/|\?|\w)", value):
                continue
            tag = tag_of(element)
            candidates = [f"{tag}.{c}[{attribute}]" for c in semantic_classes(element)] + [f"{tag}[{attribute}]"]
            for css in candidates:
                found = {v.strip() for v in page.css(css).xpath(f"@{attribute}").getall()}
                if found == {value}:  # one target: a button on every record ("More info") is no pager
                    spec = PaginationSpec(kind="next_link", next_selector=css, next_attribute=attribute)
                    return PaginationFinding(spec, f"pagination: 'load more' button {css!r} -> {urljoin(url, value)}")
    return None


def _page_param(url: str, next_url: str, page: Selector) -> PaginationFinding | None:
    """``?page=3`` when the next URL only bumps a page number of the current one."""
    here = dict(parse_qsl(urlsplit(url).query))
    there = dict(parse_qsl(urlsplit(next_url).query))
    if urlsplit(url).path != urlsplit(next_url).path:
        return None
    for name in _PAGE_PARAMS:
        value = there.get(name, "")
        if not value.isdigit():
            continue
        current = int(here[name]) if here.get(name, "").isdigit() else 1
        others = {k: v for k, v in there.items() if k != name}
        if int(value) == current + 1 and others == {k: v for k, v in here.items() if k != name}:
            last = _last_page(page, name)
            spec = PaginationSpec(
                kind="page_param",
                param=name,
                start=current,
                max_pages=max(1, min(10_000, last - current + 1)) if last else 50,
            )
            return PaginationFinding(spec, f"pagination: query parameter {name!r} from page {current}")
    return None


def _offset_param(url: str, next_url: str, page: Selector) -> PaginationFinding | None:
    """``?skip=10`` when the next URL only moves an offset of the current one (from 0 when it names
    none): the step is how far it moves, the page's record count."""
    here = dict(parse_qsl(urlsplit(url).query))
    there = dict(parse_qsl(urlsplit(next_url).query))
    if urlsplit(url).path != urlsplit(next_url).path:
        return None
    for name, value in there.items():
        if not OFFSET_NAMES.match(name) or not value.isdigit() or int(value) > MAX_OFFSET:
            continue
        current = int(here[name]) if here.get(name, "").isdigit() else 0
        step = int(value) - current
        others = {k: v for k, v in there.items() if k != name}
        if not 0 < step <= MAX_STEP or others != {k: v for k, v in here.items() if k != name}:
            continue
        if not _same_query(with_query_param(url, name, value), next_url):
            # The crawl would ask its parameters in another order than the pager links them, which
            # a static mirror or a signed URL may not answer: follow the links instead.
            return None
        last = _last_page(page, name)
        pages = max(1, min(10_000, (last - current) // step + 1)) if last and last > current else 50
        spec = PaginationSpec(kind="offset", param=name, start=current, step=step, max_pages=pages)
        return PaginationFinding(spec, f"pagination: offset {name!r} from {current} by {step}")
    return None


def _same_query(asked: str, linked: str) -> bool:
    """The same path and parameters in the same order (``0,5`` and ``0%2C5`` alike)."""
    one, two = urlsplit(asked), urlsplit(linked)
    return one.path == two.path and parse_qsl(one.query) == parse_qsl(two.query)


def _numbered_param(page: Selector, url: str) -> PaginationFinding | None:
    """Numbered page links without a marked current page: take the link to page N+1."""
    for href in page.xpath("//a/@href").getall():
        if not _PAGE_PARAM_IN_HREF.search(href):
            continue  # most links of a big page name no page: skip parsing them
        found = _page_param(url, urljoin(url, href.strip()), page)
        if found is not None:
            return found
    return None


def _last_page(page: Selector, name: str) -> int | None:
    numbers = []
    for href in page.xpath("//a/@href").getall():
        value = dict(parse_qsl(urlsplit(href).query)).get(name, "")
        if value.isdigit():
            numbers.append(int(value))
    return max(numbers) if numbers else None
