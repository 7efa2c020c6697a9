"""A link saying "next" in words to this list's own address with a query value moved on.

A timetable, a day's programme or a feed often pages by a value no page word names: "Later
flights" to ``?hours=15-18``, "Older entries" to ``?before=2025-03-01``, "Weiter" to
``?von=20:00``. The words say it leads on and the address says it stays on this list (the same
path, only a query value changed or added), so it is a pager's link even though the address
shows no page number. Taken only when it is the one such link on the page, outside the records
(a card's "Next episode" sits in each card) and the site's header and footer, and when its words
lead to one address only. A link to the next item ("Next article »" to ``?id=124``, "Nächster
Beitrag" to ``?p=8``) leads to another page of the site, not to this list's next page: words naming
one item, or a moved query key naming one, keep it out. Whether it really leads on is for the
caller to ask the site (``agents.steplinkprobe``), which keeps it only when the answer holds new
records of the same shape.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import islice
from urllib.parse import parse_qsl, urljoin, urlsplit

from parsel import Selector

from agents.heuristics.dom import HtmlElement, full_text
from agents.heuristics.nextwords import reads_next
from agents.heuristics.pageurls import advances
from agents.heuristics.recordnodes import record_elements
from agents.heuristics.saysnext import WORDY_NEXT, steps_calendar, usable
from pipeline.core.extract import page_base_url

#: Links read at most, as the other finders do.
_MAX_LINKS = 3_000
#: Longest address read: a query of a few values, not a blob.
_MAX_URL = 2_000
#: One item, not a page of them: "Next article", "Previous post", "Nächster Beitrag", "Article
#: suivant", "Siguiente entrada", "Volgend bericht". Plurals ("Older entries", "Next 20 items")
#: and page words ("Next page") stay a pager's.
_ITEM_NOUN = re.compile(
    r"\b(?:article|post|topic|story|episode|chapter|product|photo|picture|image|item|thread|question|entry|"
    r"recipe|video|artikel|beitrag|thema|kapitel|produkt|foto|bild|eintrag|rezept|sujet|épisode|chapitre|"
    r"produit|billet|recette|vidéo|artículo|entrada|tema|episodio|capítulo|producto|receta|vídeo|aflevering|"
    r"bericht|hoofdstuk|onderwerp|recept)\b",
    re.IGNORECASE,
)
#: A query key naming one item: ``id``, ``post_id``, ``articleId``, phpBB's ``t``, WordPress's ``p``.
_ITEM_KEY = re.compile(r"^(?i:id|t|p|post|article|topic|story)$|(?i:[_-]id)$|[a-z0-9](?:Id|ID)$")


def worded_step(
    page: Selector, url: str, record_selector: str = "", framed: Callable[[HtmlElement], bool] | None = None
) -> tuple[HtmlElement, str] | None:
    """(the anchor, its absolute address) of the page's one link saying "next" in words to this
    path with a query value moved on; None when there is none or more than one address.

    ``record_selector``: the records, whose own links are no pager; ``framed``: whether a link
    sits in the site's header or footer."""
    records, base = record_elements(page, record_selector), page_base_url(page, url)
    found: dict[str, HtmlElement] = {}
    by_text: dict[str, set[str]] = {}
    for anchor in islice(page.root.iter("a"), _MAX_LINKS):
        if not usable(anchor):
            continue
        text = full_text(anchor)
        href = (anchor.get("href") or "").strip()
        target = _same_list_target(url, base, href)
        if text:
            by_text.setdefault(text, set()).add(target or href)
        if target is None or not _says_onward(text) or steps_calendar(anchor) or _names_an_item(text, url, target):
            continue
        if any(a in records for a in anchor.iterancestors()) or (framed is not None and framed(anchor)):
            continue
        found.setdefault(target, anchor)
    if len(found) != 1:
        return None  # none, or two ways on ("Later flights" to ?hours=15-18 and to ?day=2): no one pager
    target, anchor = next(iter(found.items()))
    return (anchor, target) if len(by_text.get(full_text(anchor), ())) <= 1 else None


def _says_onward(text: str) -> bool:
    """ "Later flights", "Older entries", "Weiter": next in the link's own words, not a class."""
    return bool(WORDY_NEXT.match(text)) or reads_next(text)


def _names_an_item(text: str, url: str, target: str) -> bool:
    """Whether the link leads to the next item, not page: its words name one ("Next article"),
    or a query key it moves on does (``?id=123`` → ``?id=124``)."""
    if _ITEM_NOUN.search(text):
        return True
    now, then = dict(parse_qsl(urlsplit(url).query)), dict(parse_qsl(urlsplit(target).query))
    return any(_ITEM_KEY.search(key) for key in now.keys() | then.keys() if now.get(key) != then.get(key))


def _same_list_target(url: str, base: str, href: str) -> str | None:
    """The absolute address of ``href`` when it is this page's path with its query moved on
    (a value changed or added, not only a page size); None otherwise."""
    if not href or len(href) > _MAX_URL or len(url) > _MAX_URL:
        return None
    try:
        target = urljoin(base, href)
        here, there = urlsplit(url), urlsplit(target)
    except ValueError:  # "http://[oops/": no address
        return None
    if (here.netloc.lower(), here.path.rstrip("/")) != (there.netloc.lower(), there.path.rstrip("/")):
        return None
    now, then = dict(parse_qsl(here.query)), dict(parse_qsl(there.query))
    if not then or now == then or not advances(url, target):
        return None
    return target.split("#", 1)[0]
