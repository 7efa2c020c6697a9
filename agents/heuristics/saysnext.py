"""Whether an anchor says it leads to the next page: in its words, a label or screen-reader text,
a picture's name, an icon font's arrow, or a class marking it "next"; and whether it steps a
calendar on instead.
"""

from __future__ import annotations

import re

from agents.heuristics.dom import HtmlElement, full_text, icon_titles, tag_of
from agents.heuristics.loadmore import LOAD_MORE_TEXT
from agents.heuristics.nextmarks import leads_to_list_page
from agents.heuristics.nextphrases import OLDER_POSTS, label_says_next
from agents.heuristics.nextwords import (
    NEXT_MARK,
    NEXT_TEXT,
    ONWARD,
    PAGED_HREF,
    PREV_TEXT,
    reads_next,
    whole_next_label,
)
from agents.heuristics.pagedpaths import numbered_sibling
from agents.heuristics.pagewordlinks import names_next_page
from pipeline.core.cleantext import clean_text
from pipeline.core.screenreader import for_screen_readers

#: "Older episodes →", "Next chapter": next in other words, taken only where the link goes to a numbered page.
#: "Later flights" / "Spätere Verbindungen" / "Plus tard" move a timetable's window on (``?from=20:00``);
#: a newest-first list's "Later posts" goes back to newer ones, so those nouns are left out.
WORDY_NEXT = re.compile(
    r"^(?:(?:next(?! day)|older)(?: \w+){1,2}|"
    r"(?:later|spätere?|latere|plus tard)(?! (?:posts|entries|articles|comments|stories|news)\b)(?: \w+){0,2})"
    r"(?:\s*[›»→>❯]+)?$",
    re.IGNORECASE,
)
#: An arrow of a date picker or a calendar, not a pager: "Next week", "Go to next day", "Semaine
#: suivante", "Nächster Monat". It steps through a calendar by its own unit, which may skip the
#: days a day bar lists (or lead past the last one).
_CALENDAR_STEP = re.compile(
    r"^(?:(?:go[ -]?to )?(?:the )?(?:next|following) (?:day|week|weekend|month|year)s?|"
    r"(?:nächste[nrs]?|folgende[nrs]?) (?:tag|woche|wochenende|monat|jahr)|"
    r"(?:jour|semaine|mois|année|an) suivante?|(?:día|semana|mes|año) siguiente|"
    r"(?:próxim[oa]) (?:dia|semana|mês|ano)|(?:giorno|settimana|mese|anno) successiv[oa]|"
    r"volgende (?:dag|week|maand|jaar))\b",
    re.IGNORECASE,
)
#: The names an icon font (Material Icons, Material Symbols) draws as a forward arrow: its link
#: holds "chevron_right" as text and shows "›".
_FORWARD_ICON = re.compile(
    r"\b(?:chevron_right|navigate_next|arrow_forward(?:_ios)?|keyboard_arrow_right|arrow_right(?:_alt)?)\b"
)
_ICON_FONT = re.compile(r"material-(?:icons|symbols)", re.IGNORECASE)
#: A link showing only an arrow or a chevron, either way: what it says is in its label.
_ARROW_ONLY = re.compile(r"^[‹«←<›»→>❮❯◀▶◂▸\s]+$")
#: What an arrow's label says when it leads back, in the languages whose arrows point either way.
_PREVIOUS_LABEL = re.compile(
    rf"{PREV_TEXT.pattern}|السابق|السابقة|הקודם|הקודמת|قبلی|پیشین|پچھلا|предыдущ|попередн|poprzedni|předchozí|"
    r"önceki|προηγούμεν|vorige|föregående|forrige|edellinen|előző|前の|上一",
    re.IGNORECASE,
)


def says_previous(label: str) -> bool:
    """``label`` says the link leads back ("Previous", "Zurück", "السابق", "上一页")."""
    return bool(_PREVIOUS_LABEL.search(label))


def usable(anchor: HtmlElement) -> bool:
    href = (anchor.get("href") or "").strip()
    return bool(href) and not href.startswith(("#", "javascript:"))


def screen_reader_text(anchor: HtmlElement) -> str:
    """Text an icon link speaks to screen readers (``<span class="sr-only">Next</span>›``)."""
    parts = [full_text(e) for e in anchor.iterdescendants() if for_screen_readers(e)]
    return " ".join(p for p in parts if p)


def _shown_text(anchor: HtmlElement) -> str:
    """The anchor's text with an icon font's forward arrow read as the "›" it shows."""
    text = full_text(anchor)
    if any(_ICON_FONT.search(icon.get("class") or "") for icon in anchor.iterdescendants("i", "span")):
        return _FORWARD_ICON.sub("›", text)
    return text


def picture_names(anchor: HtmlElement) -> list[tuple[str, str, str]]:
    """(tag, attribute, name) of the pictures an anchor without text shows: an ``<img alt="Next">``
    button of an older pager, or an ``<svg aria-label="Next">`` icon; the attribute is "title"
    for an icon named by its ``<title>`` child (``<svg><title>Next page</title>…</svg>``)."""
    if full_text(anchor):
        return []
    found = []
    for picture in anchor.iterdescendants("img", "svg"):
        attribute = "alt" if tag_of(picture) == "img" else "aria-label"
        if name := clean_text(picture.get(attribute) or ""):
            found.append((tag_of(picture), attribute, name))
        elif tag_of(picture) == "svg" and (names := icon_titles(picture)):
            found.append(("svg", "title", names[0]))
    return found


def pictures_next(name: str) -> bool:
    return bool(NEXT_TEXT.match(name)) and not PREV_TEXT.search(name)


def says_next(anchor: HtmlElement, url: str = "") -> bool:
    """Whether ``anchor`` (on the page at ``url``, or the document's own address) says it leads
    to the next page: in words, a label, a picture's name, or a class marking it "next"."""
    text = _shown_text(anchor)
    spoken = screen_reader_text(anchor)
    parts = [part for part in (anchor.get("aria-label"), anchor.get("title"), spoken) if part]
    label = " ".join(parts)
    href = (anchor.get("href") or "").strip()
    if _ARROW_ONLY.match(text) and label:
        # "‹" named "الصفحة التالية": a right-to-left page points "next" left, and "previous" right
        if _PREVIOUS_LABEL.search(label):
            return False
        if _label_reads_next(anchor, parts, href, url):
            return True
    if _said_at_length(text, label, url or anchor.base or "", href) and _goes_to_list(anchor, href, url):
        return True
    if PREV_TEXT.search(f"{text} {label}") and not NEXT_TEXT.match(text):
        return False
    if reads_next(text) or _label_reads_next(anchor, parts, href, url) or ONWARD.match(text):
        return True
    # "Page 2 »", "Seite 2": the next page's number with the word for page, to a page of this list
    if spoken_or_named(anchor, text, spoken, href, url):
        return True
    if any(pictures_next(name) for _, _, name in picture_names(anchor)):
        return True  # only a whole "Next": a product photo's alt may start with the word
    if WORDY_NEXT.match(text) and PAGED_HREF.search(href):
        return True  # "Older episodes →" to /page/2/: a next link no class names ("Next Level Hoodie" is a name)
    if LOAD_MORE_TEXT.match(text) and _numbered_page(url or anchor.base or "", href):
        return True  # "Load more recipes" to /page/2/ or /recipes/page2.html
    marks = [anchor.get("class") or "", anchor.get("id") or ""]
    parent = anchor.getparent()
    if parent is not None and tag_of(parent) == "li":
        marks.append(parent.get("class") or "")
    if not any(NEXT_MARK.search(m) for m in marks) or PREV_TEXT.search(text):
        return False
    # A class marking "next" also marks a teaser's "Next story →" or an "Up next" video: a link
    # (a control without an address is judged by where its script leads) must lead to this list.
    return not usable(anchor) or bool(PAGED_HREF.search(href)) or leads_to_list_page(anchor, href, url)


def spoken_or_named(anchor: HtmlElement, text: str, spoken: str, href: str, url: str) -> bool:
    """Screen-reader text reading "Next", or a text naming the next page's number in words."""
    if spoken and NEXT_TEXT.match(spoken) and not PREV_TEXT.search(spoken):
        return True
    return names_next_page(anchor, text, href, url or anchor.base or "")


def steps_calendar(anchor: HtmlElement) -> bool:
    """Whether the link says it goes to the next day, week, month or year."""
    spoken = screen_reader_text(anchor)
    said = [full_text(anchor), anchor.get("aria-label") or "", anchor.get("title") or "", spoken]
    return any(_CALENDAR_STEP.match(text.strip()) for text in said)


def _said_at_length(text: str, label: str, url: str, href: str) -> bool:
    """An icon's label in a sentence ("Go to the next page", "Zur nächsten Seite"), or a blog's "older
    posts" in words saying "previous" ("Entradas anteriores") to a numbered page."""
    if (not text or _ARROW_ONLY.match(text)) and label_says_next(label) and not _PREVIOUS_LABEL.search(label):
        return True
    return bool(OLDER_POSTS.match(text)) and _numbered_page(url, href)


def _label_reads_next(anchor: HtmlElement, parts: list[str], href: str, url: str) -> bool:
    """An icon's label reads next: a whole next phrase ("Next", "Next page", "Next »") wherever the
    link goes; a label going on past "Next" names a story or a product as readily ("Next story",
    "Next Boys Slim Jeans"), so it counts only where the link leads to a page of this list."""
    if not reads_next("", " ".join(parts)):
        return False
    whole = any(whole_next_label(part) for part in [" ".join(parts), *parts])
    return whole or _goes_to_list(anchor, href, url)


def _goes_to_list(anchor: HtmlElement, href: str, url: str) -> bool:
    """A label's sentence names a film or a product as readily as a pager ("The Next Karate Kid",
    "Boys Slim Jeans by Next"): it counts where the link leads to a page of this list (or is a
    control without an address, judged by where its script leads)."""
    if not usable(anchor):
        return True
    if here := url or anchor.base or "":
        return leads_to_list_page(anchor, href, here)
    return bool(PAGED_HREF.search(href)) and leads_to_list_page(anchor, href)


def _numbered_page(url: str, href: str) -> bool:
    """``href`` names a page number or an offset (``?page=2``, ``/page/2/``), or is this page's address
    with one glued on (``/news/page2.html``, ``/jobs/l/2``)."""
    return bool(PAGED_HREF.search(href)) or numbered_sibling(url, href)
