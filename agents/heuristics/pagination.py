"""Find how to reach the next page of a list: rel=next, a "next" link, or a page number parameter."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import parse_qsl, urljoin, urlsplit

from parsel import Selector

from agents.heuristics.classtokens import semantic_classes
from agents.heuristics.dom import VISIBLE_TEXT_XPATH, HtmlElement, css_string, full_text, tag_of
from pipeline.core.normalize import clean_text
from pipeline.core.schemas import PaginationSpec
from pipeline.core.screenreader import for_screen_readers

_NEXT_TEXT = re.compile(
    r"^(?:next(?: page| results| »| ›)?|more|load more|older(?: posts| entries| articles)?|"
    r"suivant(?:e)?|page suivante|weiter|nächste(?: seite)?|siguiente|próxima|successiv[oa]|"
    r"avanti|volgende|следующая|次へ|下一页|›|»|→|>|>>|⟩|❯)(?:\s*[›»→>❯]+)?$",
    re.IGNORECASE,
)
_PREV_TEXT = re.compile(
    r"prev|previous|newer|back|précédent|zurück|vorherige|anterior|precedente|‹|«|←|<|first|last",
    re.IGNORECASE,
)
_ONLY_MORE = re.compile(r"^(?:load |show |see )?more\W*$", re.IGNORECASE)
_NEXT_MARK = re.compile(r"(?:^|[-_\s])next(?:$|[-_\s])|(?:^|[-_\s])(?:older|suivant|weiter)", re.IGNORECASE)
_PAGE_PARAMS = ("page", "p", "pg", "paged", "pagina", "seite", "pageNumber", "page_number", "pn")
_PAGE_PARAM_IN_HREF = re.compile(rf"[?&;](?:{'|'.join(_PAGE_PARAMS)})=\d", re.IGNORECASE)
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
            param = _page_param(url, urljoin(url, href), page)
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
        if href:
            return css, href
    return None


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
    """In numbered pagination, the link just after the current page: ``li.active + li a``."""
    for container in page.root.xpath("//*[self::ul or self::ol or self::nav or self::div][.//a]"):
        classes = semantic_classes(container)
        if not classes or not re.search(r"pag|pager|pages", " ".join(classes), re.IGNORECASE):
            continue
        scope = f"{tag_of(container)}.{classes[0]}"
        current = container.xpath(_CURRENT)
        if not current:
            continue
        marked = current[0]
        for css in _after_selectors(scope, marked):
            href = _first_href(page, css)
            if href:
                return css, href
    return None


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


LOAD_MORE_TEXT = re.compile(
    r"^(?:load|show|see|view|get|display) (?:\d+ )?more(?: \w+){0,2}$|^more(?: (?!details)\w+s)?$|"
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
