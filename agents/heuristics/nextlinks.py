"""Find the link to the next page by what it says: rel=next, an anchor reading "Next", "›" or
"Older posts" (or speaking it to screen readers), or one its class marks next; and a selector
that finds it again.

"Older" leads on whichever way its arrow points: a newest-first blog's "« Older Entries" sits on
the left, where the arrow points back in time, not back to a previous page.
"""

from __future__ import annotations

import re
import weakref

from parsel import Selector

from agents.heuristics.classtokens import anchor_classes, semantic_classes
from agents.heuristics.dom import (
    VISIBLE_TEXT_XPATH,
    HtmlElement,
    css_string,
    full_text,
    icon_title_css,
    icon_titles,
    tag_of,
)
from agents.heuristics.loadmore import LOAD_MORE_TEXT
from agents.heuristics.nextmarks import leads_to_list_page
from agents.heuristics.pageurls import PAGE_WORDS_PATTERN, advances
from pipeline.core.cleantext import clean_text
from pipeline.core.screenreader import for_screen_readers

#: "Next" (and its forms) in other languages; never a word that also says "more" or "onward", which
#: a card's "read more" link may say alone ("Dalej", "Далее": see ``_ONWARD``).
_FOREIGN_NEXT = (
    r"siguientes?|successiva|seguente|próxim[oa]|proxim[oa]|seguinte|següent|volgende|następn[aey]|"
    r"следующ(?:ая|ие)|наступн[аі]|следваща|nästa|næste|neste|seuraava|další|ďalšia|"
    r"következő|επόμεν[ηο]|următoare(?:a)?|sonraki|järgmine|nākamā|sljedeć[ae]|sledeć[ae]|naslednja|"
    r"následující|berikutnya|selanjutnya|seterusnya|tiếp theo|trang sau|다음|ถัดไป|अगला|次|"
    # Lithuanian, Icelandic, Serbian, Macedonian, Tagalog, Welsh, Albanian, Basque, Azerbaijani,
    # Kazakh, Uzbek, Swahili, Georgian, Armenian, Bengali, Marathi, Nepali, Tamil, Telugu, Khmer, Lao
    r"kitas|sekantis|næsta|следећа|следна|susunod|nesaf|tjetra|tjetër|hurrengoa|növbəti|келесі|keyingi|"
    r"inayofuata|შემდეგი|հաջորդ|পরবর্তী|पुढील|अर्को|அடுத்து|తదుపరి|បន្ទាប់|ຕໍ່ໄປ"
)
#: "Next" in the right-to-left scripts, whose pages point it left ("التالي «", "« הבא").
_RTL_NEXT = r"التالي|التالية|الصفحة التالية|הבא|הבאה|לעמוד הבא|بعدی|صفحه بعد|اگلا|اگلا صفحہ"
_LEFT_ARROWS = r"[«‹←]"
_PAGE_WORD = (
    r"p[aá]gina|pàgina|strona|страница|сторінка|сторінку|sida|síða|side|sivu|strana|stránka|oldal|σελίδα|"
    r"sayfa|halaman|trang|pagină|lehekülg|leht|puslapis|lapa|stran|stranica|страна|faqja|tudalen|pahina|orria"
)
#: The arrows a next link may end with: "Next ›", "Next ▸", "Next ⇒", "次へ＞".
_ARROWS = r"[›»→>❯▸▶►⇒➔➜➝⟶〉＞]+"
#: An arrow before the words ("» Next", "› Weiter"); a left-pointing one is read by ``PREV_TEXT``.
_LEADING_ARROW = r"(?:[›»→❯]\s*)?"
_NEXT_TEXT = re.compile(
    # A wiki's pager names the page it leads to: "Next page (Harbor Seal)".
    rf"^{_LEADING_ARROW}"
    r"(?:next(?:\s+\d{1,4})?(?: page| results| items| entries| posts| »| ›)?(?:\s+\([^()]{1,80}\))?|more|load more|"
    # A newest-first blog points its way back in time left: "« Older Entries", "← Older posts".
    r"(?:[«‹←]\s*)?older(?: posts| entries| articles)?|"
    r"(?:(?:show|see|view|load|browse) )?(?:past|earlier|older) (?:dates|shows|events|concerts|gigs|posts|entries)|"
    r"vergangene (?:termine|veranstaltungen|konzerte)|ältere (?:termine|beiträge|einträge)|"
    r"(?:dates|événements|concerts) passée?s|articles plus anciens|"
    r"(?:fechas|eventos|conciertos) pasad[oa]s|"
    r"suivant(?:e)?|page suivante|weiter|nächste(?: seite)?|siguiente|próxima|successiv[oa]|"
    r"avanti|volgende|следующая|次へ|下一页|›|»|→|>|>>|⟩|❯|"
    # Abbreviated in a narrow pager: "Suiv. »", "Próx. ›", "Sig."; German's "vor »" only with its arrow.
    r"suiv\.|próx\.|sig\.|vor(?=\s*[›»→>❯])|"
    # "Next" and "Next page" in other languages: the word alone, or with the word for page either side.
    rf"{_FOREIGN_NEXT}|(?:{_PAGE_WORD}) (?:{_FOREIGN_NEXT})|(?:{_FOREIGN_NEXT}) (?:{_PAGE_WORD})|"
    rf"(?:{_LEFT_ARROWS}\s*)?(?:{_RTL_NEXT})(?:\s*{_LEFT_ARROWS}+)?|"
    # Japanese "次のページへ", "次ページ", "次の20件" (the next twenty); Douban's "后页".
    r"次のページへ?|次ページ|次の\s*\d{1,4}\s*件|后页|後頁|下一頁|下页|下頁|다음 페이지)"
    rf"(?:\s*{_ARROWS})?$",
    re.IGNORECASE,
)
PREV_TEXT = re.compile(
    r"prev|previous|newer|back|précédent|zurück|vorherige|anterior|precedente|‹|«|←|<|first|last",
    re.IGNORECASE,
)
#: "Older episodes →", "Next chapter": next in other words, taken only where the link goes to a numbered page.
#: "Later flights" / "Spätere Verbindungen" / "Plus tard" move a timetable's window on (``?from=20:00``);
#: a newest-first list's "Later posts" goes back to newer ones, so those nouns are left out.
_WORDY_NEXT = re.compile(
    r"^(?:(?:next(?! day)|older)(?: \w+){1,2}|"
    r"(?:later|spätere?|latere|plus tard)(?! (?:posts|entries|articles|comments|stories|news)\b)(?: \w+){0,2})"
    r"(?:\s*[›»→>❯]+)?$",
    re.IGNORECASE,
)
#: The label of an icon-only next button: "Next page", "Go to next page", "Goto next page".
_NEXT_LABEL = re.compile(r"^(?:go[ -]?to )?next", re.IGNORECASE)
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
#: A link to a numbered page or an offset of a list: ``?page=2``, ``/page/2/``, ``-p2.html``, ``?start=20``.
PAGED_HREF = re.compile(
    rf"[?&;](?:page|p|pg|paged|{PAGE_WORDS_PATTERN}|pn|page_?number|start|offset|skip|from)=\d|"
    rf"/(?:page|p|pg|{PAGE_WORDS_PATTERN})/?\d{{1,4}}/?(?:[?#]|$)|"
    rf"(?:[-_]p(?:age)?-?|/(?:{PAGE_WORDS_PATTERN})[-_]?)\d{{1,4}}(?:\.\w+)?/?(?:[?#]|$)",
    re.IGNORECASE,
)
#: The names an icon font (Material Icons, Material Symbols) draws as a forward arrow: its link
#: holds "chevron_right" as text and shows "›".
_FORWARD_ICON = re.compile(
    r"\b(?:chevron_right|navigate_next|arrow_forward(?:_ios)?|keyboard_arrow_right|arrow_right(?:_alt)?)\b"
)
_ICON_FONT = re.compile(r"material-(?:icons|symbols)", re.IGNORECASE)
#: "Onward" ("Dalej", "Далее", "Вперёд"): a pager's next link, but also a card's "read more" link,
#: so taken only where every link saying it goes to one address.
_ONWARD = re.compile(
    r"^(?:dalej|далее|далі|вперёд|вперед|напред|naprej|tiếp|lanjut|avançar|ileri|înainte|tovább)(?:\s*[›»→>❯]+)?$",
    re.IGNORECASE,
)
#: A link showing only an arrow or a chevron, either way: what it says is in its label.
_ARROW_ONLY = re.compile(r"^[‹«←<›»→>❮❯◀▶◂▸\s]+$")
#: What an arrow's label says when it leads back, in the languages whose arrows point either way.
_PREVIOUS_LABEL = re.compile(
    rf"{PREV_TEXT.pattern}|السابق|السابقة|הקודם|הקודמת|قبلی|پیشین|پچھلا|предыдущ|попередн|poprzedni|předchozí|"
    r"önceki|προηγούμεν|vorige|föregående|forrige|edellinen|előző|前の|上一",
    re.IGNORECASE,
)
#: A next link's words before the note naming where it leads ("Next page" of "Next page (Harbor
#: Seal)"): the note changes from page to page, the words do not.
_NOTED_NEXT = re.compile(r"^(.*?\S)\s+\([^()]{1,80}\)$")
#: Links with one text to this many addresses are each card's "read more", not a pager's "next".
_READ_MORE_CARDS = 3
_ONLY_MORE = re.compile(r"^(?:load |show |see )?more\W*$", re.IGNORECASE)
_NEXT_MARK = re.compile(r"(?:^|[-_\s])next(?:$|[-_\s])|(?:^|[-_\s])(?:older|suivant|weiter)", re.IGNORECASE)


_REL_NEXT_ANCHOR = 'a[rel~="next"]'
#: What a page's links say, read once per page; a cache keyed weakly goes with the page, not
#: keeping the last few documents alive.
_ADDRESSES_PER_PAGE: weakref.WeakKeyDictionary[HtmlElement, dict[str, frozenset[str]]] = weakref.WeakKeyDictionary()
_PREVIOUS_PER_PAGE: weakref.WeakKeyDictionary[HtmlElement, frozenset[tuple[str, str]]] = weakref.WeakKeyDictionary()


def rel_next(page: Selector, url: str) -> tuple[str, str] | None:
    for css in (_REL_NEXT_ANCHOR, 'link[rel~="next"]'):
        href = first_href(page, css)
        if href and advances(url, href):
            return css, href
    return None


def first_href(page: Selector, css: str) -> str | None:
    for raw in page.css(css).xpath("@href").getall():
        href = raw.strip()
        if href and not href.startswith(("#", "javascript:")):
            return href
    return None


def usable(anchor: HtmlElement) -> bool:
    href = (anchor.get("href") or "").strip()
    return bool(href) and not href.startswith(("#", "javascript:"))


def next_link(
    page: Selector, url: str, *, calendar: bool = False, elsewhere_more: bool = False
) -> tuple[str, str] | None:
    """The link to the next page and a selector finding it; with ``calendar``, the arrow that
    steps a date picker on instead (left to the last, after a bar of day tabs); with
    ``elsewhere_more``, a bare "More" leading off this list's pages (a sidebar's "More »" to a
    category), which is only taken after a numbered pager."""
    anchors = [a for a in page.root.iter("a") if usable(a) and says_next(a, url) and steps_calendar(a) == calendar]
    anchors = [a for a in anchors if not read_more(page, a, url) and more_elsewhere(a, url) == elsewhere_more]
    # A bare "More" is also a section's link to its full page ("More" trending coins above the
    # table): any link that says "next" outright goes first.
    anchors.sort(key=lambda a: bool(_ONLY_MORE.match(full_text(a))) and not a.get("aria-label"))
    for anchor in anchors:
        href = (anchor.get("href") or "").strip()
        if not advances(url, href):
            continue
        for css in anchors_for(anchor):
            if first_href(page, css) == href:
                return _or_rel_next(page, css), href
    return None


def read_more(page: Selector, anchor: HtmlElement, url: str) -> bool:
    """``anchor`` says "onward" or "next" as links to several addresses do: each card's "read
    more" ("Dalej", "weiter »", "Tovább"). A pager's link leads to one page, however often it is
    shown; an "onward" word is shared by two cards already, a plainer "next" by a run of them.
    The pager's own "Tovább" among the cards' is the one leading to a page of this list."""
    text = full_text(anchor)
    if not text:
        return False
    addresses = len(_said_addresses(page.root).get(text, ()))
    if addresses < (2 if _ONWARD.match(text) else _READ_MORE_CARDS):
        return False
    return not leads_to_list_page(anchor, (anchor.get("href") or "").strip(), url)


def _said_addresses(root: HtmlElement) -> dict[str, frozenset[str]]:
    """The addresses the page's links lead to, by their text; read once per page, however many
    of its links say "next", and let go with the page."""
    addresses = _ADDRESSES_PER_PAGE.get(root)
    if addresses is None:
        addresses = _ADDRESSES_PER_PAGE[root] = _read_said_addresses(root)
    return addresses


def _read_said_addresses(root: HtmlElement) -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for a in root.iter("a"):
        if usable(a) and (text := full_text(a)):
            found.setdefault(text, set()).add((a.get("href") or "").strip())
    return {text: frozenset(hrefs) for text, hrefs in found.items() if len(hrefs) > 1}


def more_elsewhere(anchor: HtmlElement, url: str) -> bool:
    """A bare "More" (no label saying what) leading off this list's pages: a sidebar's or a
    section's link to a whole category, which a pager's "More" to ``?page=2`` is not."""
    if not _ONLY_MORE.match(full_text(anchor)) or anchor.get("aria-label"):
        return False
    href = (anchor.get("href") or "").strip()
    return not PAGED_HREF.search(href) and not leads_to_list_page(anchor, href, url)


def _or_rel_next(page: Selector, css: str) -> str:
    """``css`` or, when it finds the link by its words and this page has no rel=next link, also a
    later page's rel=next: the first page's "Show past dates" is often followed by "Older dates"
    (rel=next) on the pages after it. A class or label marking the link stays on every page."""
    if ":contains(" not in css or page.css(_REL_NEXT_ANCHOR):
        return css
    return f"{css}, {_REL_NEXT_ANCHOR}"


def _screen_reader_text(anchor: HtmlElement) -> str:
    """Text an icon link speaks to screen readers (``<span class="sr-only">Next</span>›``)."""
    parts = [full_text(e) for e in anchor.iterdescendants() if for_screen_readers(e)]
    return " ".join(p for p in parts if p)


def reads_next(text: str, label: str = "") -> bool:
    """``text`` (or the ``label`` spoken for it) reads "Next", "Weiter", "›", "Next page", and nothing
    in them reads "Previous"."""
    if PREV_TEXT.search(f"{text} {label}") and not _NEXT_TEXT.match(text):
        return False
    return bool(_NEXT_TEXT.match(text) or _NEXT_TEXT.match(label.strip()) or _NEXT_LABEL.match(label))


def _shown_text(anchor: HtmlElement) -> str:
    """The anchor's text with an icon font's forward arrow read as the "›" it shows."""
    text = full_text(anchor)
    if any(_ICON_FONT.search(icon.get("class") or "") for icon in anchor.iterdescendants("i", "span")):
        return _FORWARD_ICON.sub("›", text)
    return text


def _picture_names(anchor: HtmlElement) -> list[tuple[str, str, str]]:
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


def _picture_selector(tag: str, attribute: str, name: str) -> str:
    """``a:has(svg[aria-label="Next"])``, or ``a:has(svg > title:contains("Next page"))`` for an
    icon's ``<title>`` child."""
    return icon_title_css("a", name) if attribute == "title" else f"a:has({tag}[{attribute}={css_string(name)}])"


def _pictures_next(name: str) -> bool:
    return bool(_NEXT_TEXT.match(name)) and not PREV_TEXT.search(name)


def says_next(anchor: HtmlElement, url: str = "") -> bool:
    """Whether ``anchor`` (on the page at ``url``, or the document's own address) says it leads
    to the next page: in words, a label, a picture's name, or a class marking it "next"."""
    text = _shown_text(anchor)
    spoken = _screen_reader_text(anchor)
    label = " ".join(filter(None, [anchor.get("aria-label"), anchor.get("title"), spoken]))
    if _ARROW_ONLY.match(text) and label:
        # "‹" named "الصفحة التالية": a right-to-left page points "next" left, and "previous" right
        if _PREVIOUS_LABEL.search(label):
            return False
        if reads_next("", label):
            return True
    if PREV_TEXT.search(f"{text} {label}") and not _NEXT_TEXT.match(text):
        return False
    if reads_next(text, label) or _ONWARD.match(text):
        return True
    if spoken and _NEXT_TEXT.match(spoken) and not PREV_TEXT.search(spoken):
        return True
    if any(_pictures_next(name) for _, _, name in _picture_names(anchor)):
        return True  # only a whole "Next": a product photo's alt may start with the word
    if (_WORDY_NEXT.match(text) or LOAD_MORE_TEXT.match(text)) and PAGED_HREF.search(anchor.get("href") or ""):
        return True  # "Older episodes →", "Load more recipes" to /page/2/: a next link no class names
    marks = [anchor.get("class") or "", anchor.get("id") or ""]
    parent = anchor.getparent()
    if parent is not None and tag_of(parent) == "li":
        marks.append(parent.get("class") or "")
    if not any(_NEXT_MARK.search(m) for m in marks) or PREV_TEXT.search(text):
        return False
    # A class marking "next" also marks a teaser's "Next story →" or an "Up next" video: a link
    # (a control without an address is judged by where its script leads) must lead to this list.
    href = (anchor.get("href") or "").strip()
    return not usable(anchor) or bool(PAGED_HREF.search(href)) or leads_to_list_page(anchor, href, url)


def steps_calendar(anchor: HtmlElement) -> bool:
    """Whether the link says it goes to the next day, week, month or year."""
    spoken = _screen_reader_text(anchor)
    said = [full_text(anchor), anchor.get("aria-label") or "", anchor.get("title") or "", spoken]
    return any(_CALENDAR_STEP.match(text.strip()) for text in said)


def anchors_for(anchor: HtmlElement) -> list[str]:
    """Selectors for a next link, from the most stable anchor to its text in its container."""
    found = [f"a.{c}" for c in semantic_classes(anchor) if _NEXT_MARK.search(c)]
    parent = anchor.getparent()
    if parent is not None:
        found += [f"{tag_of(parent)}.{c} > a" for c in semantic_classes(parent) if _NEXT_MARK.search(c)]
    for attribute in ("aria-label", "title"):
        if (said := anchor.get(attribute)) and _names_next(anchor, attribute, said):
            found.append(f"a[{attribute}={css_string(said)}]")
    for tag, attribute, name in _picture_names(anchor):
        if _pictures_next(name) and '"' not in name:
            found.append(_picture_selector(tag, attribute, name))
    # A state-styled mark ("is-next", "js-next") names the link too: it is how an icon-only
    # chevron among page links, which says nothing, is told apart from them.
    found += [f"a.{c}" for c in anchor_classes(anchor) if _NEXT_MARK.search(c) and f"a.{c}" not in found]
    container = _container_anchor(anchor)
    # ``:contains`` reads the raw string, where "<span>Next</span>›" is "Next›": besides the
    # spaced text, try the screen-reader text and each text piece (checked against the href after).
    texts = [full_text(anchor), _screen_reader_text(anchor)]
    if (noted := _NOTED_NEXT.match(texts[0])) and reads_next(noted.group(1)):
        texts.insert(0, noted.group(1))
    texts += [t for t in (clean_text(str(n)) for n in anchor.xpath(VISIBLE_TEXT_XPATH)) if t]
    # "Next&nbsp;»" reads "Next »" but holds a no-break space, which ``:contains`` compares as
    # written: its word saying next finds it too.
    texts += [word for text in texts[:1] for word in text.split() if word != text and reads_next(word)]
    for text in dict.fromkeys(texts):
        if text and '"' not in text and "\\" not in text:
            found.append(f"{container} a:contains({css_string(text)})".strip())
            found.append(f"a:contains({css_string(text)})")
    # A bare class ("a.btn") last: the "Previous" button of the next page may share it.
    found += [f"a.{c}" for c in semantic_classes(anchor)]
    return found


def _names_next(anchor: HtmlElement, attribute: str, said: str) -> bool:
    """Whether the label or title ``said`` marks the next link: it says "next" itself, and no link
    saying "previous" carries it too. A title naming the page the pager belongs to ("Category:
    Ferns" on both "previous page" and "next page") finds the previous link first on later pages."""
    if not reads_next(said) and not _NEXT_LABEL.match(said):
        return False
    return (attribute, said) not in _previous_link_marks(anchor.getroottree().getroot())


def _previous_link_marks(root: HtmlElement) -> frozenset[tuple[str, str]]:
    """The labels and titles of the page's links that say "previous" ("‹ Prev", "newer posts");
    read once per page, however many links say "next", and let go with the page."""
    marks = _PREVIOUS_PER_PAGE.get(root)
    if marks is None:
        marks = _PREVIOUS_PER_PAGE[root] = _read_previous_link_marks(root)
    return marks


def _read_previous_link_marks(root: HtmlElement) -> frozenset[tuple[str, str]]:
    marks: set[tuple[str, str]] = set()
    for a in root.iter("a"):
        text = full_text(a)
        if PREV_TEXT.search(text) and not _NEXT_TEXT.match(text):
            marks.update((attribute, value) for attribute in ("aria-label", "title") if (value := a.get(attribute)))
    return frozenset(marks)


def _container_anchor(anchor: HtmlElement) -> str:
    for ancestor in list(anchor.iterancestors())[:4]:
        classes = semantic_classes(ancestor)
        if classes:
            return f"{tag_of(ancestor)}.{classes[0]}"
        if tag_of(ancestor) == "nav":
            return "nav"
    return ""
