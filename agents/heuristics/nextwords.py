"""The words that say a link leads to the next page ("Next", "›", "Older posts", "Weiter",
"次へ"), those that say it leads back, and the addresses of numbered pages.

"Older" leads on whichever way its arrow points: a newest-first blog's "« Older Entries" sits on
the left, where the arrow points back in time, not back to a previous page.
"""

from __future__ import annotations

import re

from agents.heuristics.pageurls import PAGE_WORDS_PATTERN

#: "Next" (and its forms) in other languages; never a word that also says "more" or "onward", which
#: a card's "read more" link may say alone ("Dalej", "Далее": see ``ONWARD``).
_FOREIGN_NEXT = (
    r"siguientes?|successiva|seguente|próxim[oa]|proxim[oa]|seguinte|següent|volgende|następn[aey]|"
    r"следующ(?:ая|ие)|наступн[аі]|следваща|nästa|næste|neste|seuraava|další|ďalšia|"
    r"következő|επόμεν[ηο]|următoare(?:a)?|sonraki|järgmine|nākamā|sljedeć[ae]|sledeć[ae]|naslednja|"
    r"následující|berikutnya|selanjutnya|seterusnya|tiếp theo|trang sau|trang tiếp(?: theo)?|다음|ถัดไป|अगला|अगले|"
    r"अगला (?:पृष्ठ|पेज)|次|"
    # Lithuanian, Icelandic, Serbian, Macedonian, Tagalog, Welsh, Albanian, Basque, Azerbaijani,
    # Kazakh, Uzbek, Swahili, Georgian, Armenian, Bengali, Marathi, Nepali, Tamil, Telugu, Khmer, Lao
    r"kitas|sekantis|næsta|следећа|следна|susunod|nesaf|tjetra|tjetër|hurrengoa|növbəti|келесі|keyingi|"
    r"inayofuata|შემდეგი|հաջորդ|পরবর্তী|पुढील|अर्को|அடுத்து|తదుపరి|បន្ទាប់|ຕໍ່ໄປ"
)
#: "Next" in the right-to-left scripts, whose pages point it left ("التالي «", "« הבא").
_RTL_NEXT = r"التالي|التالية|الصفحة التالية|הבא|הבאה|לעמוד הבא|הדף הבא|העמוד הבא|بعدی|صفحه بعد|اگلا|اگلا صفحہ"
_LEFT_ARROWS = r"[«‹←]"
_PAGE_WORD = (
    r"p[aá]gina|pàgina|strona|страница|сторінка|сторінку|sida|síða|side|sivu|strana|stránka|oldal|σελίδα|"
    r"sayfa|halaman|trang|pagină|lehekülg|leht|puslapis|lapa|stran|stranica|страна|faqja|tudalen|pahina|orria"
)
#: The arrows a next link may end with: "Next ›", "Next ▸", "Next ⇒", "次へ＞".
_ARROWS = r"[›»→>❯▸▶►⇒➔➜➝⟶〉＞]+"
#: An arrow before the words ("» Next", "› Weiter"); a left-pointing one is read by ``PREV_TEXT``.
_LEADING_ARROW = r"(?:[›»→❯]\s*)?"
NEXT_TEXT = re.compile(
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
    r"suiv\.|próx\.|sig\.|succ\.|vor(?=\s*[›»→>❯])|"
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
#: The label of an icon-only next button: "Next page", "Go to next page", "Goto next page".
NEXT_LABEL = re.compile(r"^(?:go[ -]?to )?next", re.IGNORECASE)
_GO_TO = re.compile(r"^(?:go[ -]?to )?(?:the )?", re.IGNORECASE)
#: A link to a numbered page or an offset of a list: ``?page=2``, ``/page/2/``, ``-p2.html``, ``?start=20``.
PAGED_HREF = re.compile(
    rf"[?&;](?:page|p|pg|paged|{PAGE_WORDS_PATTERN}|pn|page_?number|start|offset|skip|from)=\d|"
    rf"/(?:page|p|pg|{PAGE_WORDS_PATTERN})/?\d{{1,4}}/?(?:[?#]|$)|"
    rf"(?:[-_]p(?:age)?-?|/(?:{PAGE_WORDS_PATTERN})[-_]?)\d{{1,4}}(?:\.\w+)?/?(?:[?#]|$)",
    re.IGNORECASE,
)
#: "Onward" ("Dalej", "Далее", "Вперёд"): a pager's next link, but also a card's "read more" link,
#: so taken only where every link saying it goes to one address.
ONWARD = re.compile(
    r"^(?:dalej|ďalej|далее|далі|вперёд|вперед|напред|naprej|tiếp|lanjut|avançar|ileri|înainte|tovább)(?:\s*[›»→>❯]+)?$",
    re.IGNORECASE,
)
NEXT_MARK = re.compile(r"(?:^|[-_\s])next(?:$|[-_\s])|(?:^|[-_\s])(?:older|suivant|weiter)", re.IGNORECASE)


def reads_next(text: str, label: str = "") -> bool:
    """``text`` (or the ``label`` spoken for it) reads "Next", "Weiter", "›", "Next page", and nothing
    in them reads "Previous"."""
    if PREV_TEXT.search(f"{text} {label}") and not NEXT_TEXT.match(text):
        return False
    return bool(NEXT_TEXT.match(text) or NEXT_TEXT.match(label.strip()) or NEXT_LABEL.match(label))


def whole_next_label(label: str) -> bool:
    """``label`` is a next phrase and nothing more: "Next", "Next page", "Go to next page", "Next »"."""
    return bool(NEXT_TEXT.match(_GO_TO.sub("", label.strip(), count=1)))
