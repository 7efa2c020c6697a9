"""Find "Load more" controls: what they read, where they keep the URL their script fetches, and
the pagination a button naming the next page gives.

An htmx element fetched when it scrolls into view (``hx-trigger="revealed"`` or ``intersect``,
usually the last record: ``hx-get="/items?page=2" hx-swap="afterend"``) is infinite scroll's
"load more": each answer's last element names the page after it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain
from urllib.parse import parse_qsl, urljoin, urlsplit

from parsel import Selector

from agents.heuristics.classtokens import semantic_classes
from agents.heuristics.dom import HtmlElement, full_text, tag_of
from agents.heuristics.paginationfinding import PaginationFinding
from pipeline.core.pagingspec import PaginationSpec
from pipeline.core.urls import on_same_site

#: The arrow or ellipsis a "load more" control may end with ("Load more jobs ↓", "Show more…").
_TRAILING_MARK = r"(?:\s*[↓⬇▾▼›»→>❯…]+)?"
#: The thing a control brings more of ("Produkte", "de produits", "resultados"): a word or two,
#: never a record's own "details" or "info", which a link on every card offers.
_OBJECT = r"(?: (?!(?:de |di )?(?:details?|détails|detalles|dettagli|detalhes|infos?|informationen)\b)[^\W\d_]+){0,2}"
#: "Load more" and "Show more" as other languages write them whole: "Показать ещё", "Pokaż więcej",
#: "Daha fazla göster", "加载更多", "もっと見る", "더보기", "Xem thêm".
_FOREIGN_MORE = (
    r"(?:показать|загрузить) (?:ещё|еще)|(?:pokaż|załaduj|wczytaj) więcej|(?:zobrazit|načíst) další|"
    r"(?:zobraziť|načítať) ďalšie|daha fazla(?: göster| yükle)?|(?:visa|ladda) fler|(?:vis|indlæs) flere|"
    r"(?:näytä|lataa) lisää|(?:mutass|tölts be) többet|(?:εμφάνιση|φόρτωση) περισσότερων|"
    r"(?:عرض|تحميل) المزيد|(?:הצג|טען) עוד|(?:nhiều hơn|xem thêm|tải thêm)|(?:ดู|โหลด)เพิ่มเติม|"
    r"(?:muat|lihat|tampilkan) lebih banyak|और देखें|加载更多|查看更多|显示更多|載入更多|顯示更多|もっと見る|"
    r"さらに(?:表示|読み込む)|더\s?보기"
)
LOAD_MORE_TEXT = re.compile(
    rf"^(?:load|show|see|view|get|display) (?:\d+ )?more(?: \w+){{0,2}}{_TRAILING_MARK}$|"
    rf"^more(?: (?!details)\w+s)?{_TRAILING_MARK}$|"
    # The verb last (German, Dutch): "Mehr Produkte anzeigen", "Weitere Ergebnisse laden", "Meer laden".
    rf"^(?:mehr|weitere|meer){_OBJECT} (?:laden|anzeigen|ansehen|tonen|bekijken|weergeven){_TRAILING_MARK}$|"
    # The verb first: "Voir plus de produits", "Ver más productos", "Toon meer", "Mostra altri prodotti".
    r"^(?:voir|afficher|charger|ver|mostrar|cargar|carregar|toon|laad|bekijk|mostra|carica|vedi|visualizza|lade|zeige) "
    rf"(?:plus|más|mais|meer|mehr|weitere|altri|altre|di più){_OBJECT}{_TRAILING_MARK}$|"
    rf"^(?:{_FOREIGN_MORE}){_TRAILING_MARK}$",
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
    "data-endpoint",
)


#: htmx triggers that fire when the element scrolls into view.
_SCROLL_TRIGGER = re.compile(r"(?:^|[\s,])(?:revealed|intersect)\b", re.IGNORECASE)
#: Swaps that add the answer beside or around the element: the list grows (``innerHTML``, htmx's
#: default, fills the element itself, as a lazily loaded widget does).
_GROWING_SWAP = re.compile(r"^(?:afterend|beforeend|outerhtml|beforebegin)\b", re.IGNORECASE)
#: Query parameters that count pages, records or a cursor: what a next page's URL names.
_PAGING_PARAM = re.compile(
    r"^(?:page|p|pg|paged|page_?num(?:ber)?|offset|start|skip|from|cursor|after|before|next|since|max_id)$",
    re.IGNORECASE,
)


def load_more_controls(page: Selector) -> Iterator[HtmlElement]:
    """The page's buttons and links reading "Load more", "Show more results", in page order."""
    return (e for e in page.root.iter("button", "a", "div", "span") if LOAD_MORE_TEXT.match(full_text(e)))


def load_more_button(page: Selector, url: str) -> PaginationFinding | None:
    """A "Load more" button (no href) whose attribute names the next page, as htmx and most themes do.

    Only a value that reads as a URL is taken; the crawl then requests it like a next link.
    """
    for element in chain(load_more_controls(page), scroll_loaders(page, url)):
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


def scroll_loaders(page: Selector, url: str) -> Iterator[HtmlElement]:
    """htmx elements that fetch a same-site URL when scrolled into view and grow the list with the
    answer (or name a page, offset or cursor in that URL), in page order."""
    for element in page.root.xpath("//*[@hx-trigger or @data-hx-trigger]"):
        trigger = element.get("hx-trigger") or element.get("data-hx-trigger") or ""
        target = (element.get("hx-get") or element.get("data-hx-get") or "").strip()
        if not _SCROLL_TRIGGER.search(trigger) or not target or not on_same_site(urljoin(url, target), url):
            continue
        swap = (element.get("hx-swap") or element.get("data-hx-swap") or "").strip()
        try:
            paged = any(_PAGING_PARAM.match(name) for name, _ in parse_qsl(urlsplit(target).query))
        except ValueError:
            continue
        if _GROWING_SWAP.match(swap) or paged:
            yield element
