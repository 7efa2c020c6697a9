"""Find "Load more" controls: what they read, where they keep the URL their script fetches, and
the pagination a button naming the next page gives."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urljoin

from parsel import Selector

from agents.heuristics.classtokens import semantic_classes
from agents.heuristics.dom import HtmlElement, full_text, tag_of
from agents.heuristics.paginationfinding import PaginationFinding
from pipeline.core.pagingspec import PaginationSpec

#: The arrow or ellipsis a "load more" control may end with ("Load more jobs ↓", "Show more…").
_TRAILING_MARK = r"(?:\s*[↓⬇▾▼›»→>❯…]+)?"
#: The thing a control brings more of ("Produkte", "de produits", "resultados"): a word or two,
#: never a record's own "details" or "info", which a link on every card offers.
_OBJECT = r"(?: (?!(?:de |di )?(?:details?|détails|detalles|dettagli|detalhes|infos?|informationen)\b)[^\W\d_]+){0,2}"
LOAD_MORE_TEXT = re.compile(
    rf"^(?:load|show|see|view|get|display) (?:\d+ )?more(?: \w+){{0,2}}{_TRAILING_MARK}$|"
    rf"^more(?: (?!details)\w+s)?{_TRAILING_MARK}$|"
    # The verb last (German, Dutch): "Mehr Produkte anzeigen", "Weitere Ergebnisse laden", "Meer laden".
    rf"^(?:mehr|weitere|meer){_OBJECT} (?:laden|anzeigen|ansehen|tonen|bekijken|weergeven){_TRAILING_MARK}$|"
    # The verb first: "Voir plus de produits", "Ver más productos", "Toon meer", "Mostra altri prodotti".
    r"^(?:voir|afficher|charger|ver|mostrar|cargar|carregar|toon|laad|bekijk|mostra|carica|vedi|visualizza|lade|zeige) "
    rf"(?:plus|más|mais|meer|mehr|weitere|altri|altre|di più){_OBJECT}{_TRAILING_MARK}$",
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


def load_more_button(page: Selector, url: str) -> PaginationFinding | None:
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
