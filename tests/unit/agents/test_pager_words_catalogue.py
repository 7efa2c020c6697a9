"""A catalogue of list pages whose way to page 2 is an anchor as the web writes it in many
languages and forms, followed over pages 1–3: the Scout (as ``scout_url`` runs it) reads page 1,
its pagination must lead to page 2 and, read again there, to page 3, and the engine must read the
records of pages 2 and 3 with the fields it reads on page 1.

The anchor leads on by its **word** ("Weiter", "Suivant", "Siguiente", "Avanti", "Próxima",
"Volgende", "Nästa", "Dalej", "Další", "Следующая", "Sonraki", "Επόμενη", "التالي", "下一页",
"次へ", "다음", "Tiếp", "ถัดไป" …, with arrows and chevrons, or only an icon whose ``aria-label``,
``title``, ``alt`` or hidden text says it), by a **label** ("Seite 2", "Page 2", "Mehr anzeigen",
"Load more", "Ältere Beiträge", "Entradas anteriores", "Voir plus"), or by a **page number glued
into its address** (``/page2``, ``-p2.html``, ``/p/2``, ``_2.html``, ``?p=2``, ``&start=20``,
``/2/``, ``?offset=20``) beside links that say nothing a table of words knows. Some pages 2 differ
from page 1: fewer records, an extra heading and notice, a sponsored card, one more wrapper.

Every page is the whole of a list page, chrome and all, whose other links mislead a rule that
takes any anchor with a number or a "next"-like word: a language switcher with the current
language marked, breadcrumbs, each card's "read more" link in the page's language (German
"Weiter", Hungarian "Tovább", Vietnamese "Xem thêm", Korean "더보기" say it too), each card's
comment count, a "next article" teaser, a sidebar's "more" link to a category, an archive by year
and month, a tag cloud with counts and a footer's "Top 10". Products link ``/p/<id>``, posts
``?p=<id>``, so a page number under those names must be told from them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import pytest
from parsel import Selector

from agents.fetch import FetchedPage
from agents.heuristics.saysnext import says_next
from agents.survey import probed_pages, surveyed
from pipeline.core.exceptions import FetchFailed
from pipeline.core.extract import Record, extract_records, next_page_url
from pipeline.core.schemas import PageProfile
from tests.unit.servedpages import ServedPages

SITE = "https://site.test"
LAST = 4

Url = Callable[[int], str]
Pager = Callable[[int, Url], str]  # (page n, url of page k) -> the pager page n shows


class Chrome(NamedTuple):
    """The words of a site's chrome in its language."""

    read: str  # each card's "read more"
    comments: str  # "{} comments"
    more: str  # a sidebar's link to a whole category
    home: str
    page: str  # "Page {}" in a breadcrumb
    teaser: str  # a "next article" teaser
    popular: str


_CHROME: dict[str, Chrome] = {
    "en": Chrome("Read more", "{} comments", "More »", "Home", "Page {}", "Next article ›", "Popular"),
    "de": Chrome("weiter »", "{} Kommentare", "Mehr »", "Startseite", "Seite {}", "Nächster Artikel ›", "Beliebt"),
    "fr": Chrome("Lire la suite »", "{} commentaires", "Voir tout »", "Accueil", "Page {}", "Article suivant ›",
                 "Populaires"),
    "es": Chrome("Leer más", "{} comentarios", "Ver todo »", "Inicio", "Página {}", "Artículo siguiente ›",
                 "Populares"),
    "it": Chrome("Continua »", "{} commenti", "Vedi tutti »", "Home", "Pagina {}", "Articolo successivo ›",
                 "Più letti"),
    "pt": Chrome("Leia mais", "{} comentários", "Ver tudo »", "Início", "Página {}", "Próximo artigo ›",
                 "Mais lidos"),
    "nl": Chrome("Lees verder »", "{} reacties", "Alles bekijken »", "Home", "Pagina {}", "Volgend artikel ›",
                 "Populair"),
    "sv": Chrome("Läs mer", "{} kommentarer", "Visa alla »", "Hem", "Sida {}", "Nästa artikel ›", "Populärt"),
    "pl": Chrome("Czytaj dalej", "{} komentarzy", "Więcej »", "Strona główna", "Strona {}", "Następny artykuł ›",
                 "Popularne"),
    "cs": Chrome("Číst dále", "{} komentářů", "Více »", "Úvod", "Strana {}", "Další článek ›", "Populární"),
    "ru": Chrome("Далее", "{} комментариев", "Все статьи »", "Главная", "Страница {}", "Следующая статья ›",
                 "Популярное"),
    "uk": Chrome("Детальніше", "{} коментарів", "Усі »", "Головна", "Сторінка {}", "Наступна стаття ›",
                 "Популярне"),
    "tr": Chrome("Devamını oku", "{} yorum", "Tümü »", "Anasayfa", "Sayfa {}", "Sonraki yazı ›", "Popüler"),
    "el": Chrome("Διαβάστε περισσότερα", "{} σχόλια", "Όλα »", "Αρχική", "Σελίδα {}", "Επόμενο άρθρο ›",
                 "Δημοφιλή"),
    "ar": Chrome("اقرأ المزيد", "{} تعليقات", "المزيد «", "الرئيسية", "صفحة {}", "المقال التالي ‹", "الأكثر قراءة"),
    "he": Chrome("קרא עוד", "{} תגובות", "עוד «", "דף הבית", "עמוד {}", "הכתבה הבאה ‹", "פופולרי"),
    "fa": Chrome("ادامه مطلب", "{} دیدگاه", "بیشتر «", "خانه", "صفحه {}", "نوشته بعدی ‹", "پربازدید"),
    "zh": Chrome("阅读全文", "{} 条评论", "更多 >>", "首页", "第{}页", "下一篇 >", "热门"),
    "ja": Chrome("続きを読む", "コメント {} 件", "もっと見る »", "ホーム", "{}ページ目", "次の記事 ›", "人気記事"),
    "ko": Chrome("더보기", "댓글 {}", "전체보기 »", "홈", "{}페이지", "다음 글 ›", "인기글"),
    "vi": Chrome("Xem thêm", "{} bình luận", "Xem tất cả »", "Trang chủ", "Trang {}", "Bài tiếp theo ›",
                 "Đọc nhiều"),
    "th": Chrome("อ่านต่อ", "{} ความคิดเห็น", "ดูทั้งหมด »", "หน้าแรก", "หน้า {}", "บทความถัดไป ›", "ยอดนิยม"),
    "hi": Chrome("और पढ़ें", "{} टिप्पणियाँ", "सभी देखें »", "होम", "पृष्ठ {}", "अगला लेख ›", "लोकप्रिय"),
    "id": Chrome("Baca selengkapnya", "{} komentar", "Lihat semua »", "Beranda", "Halaman {}", "Artikel berikutnya ›",
                 "Terpopuler"),
    "hu": Chrome("Tovább »", "{} hozzászólás", "Összes »", "Főoldal", "{}. oldal", "Következő cikk ›", "Népszerű"),
    "ro": Chrome("Citește mai mult", "{} comentarii", "Vezi toate »", "Acasă", "Pagina {}", "Articolul următor ›",
                 "Populare"),
    "da": Chrome("Læs mere", "{} kommentarer", "Se alle »", "Forside", "Side {}", "Næste artikel ›", "Populære"),
    "fi": Chrome("Lue lisää", "{} kommenttia", "Näytä kaikki »", "Etusivu", "Sivu {}", "Seuraava artikkeli ›",
                 "Suosituimmat"),
    "lt": Chrome("Skaityti daugiau", "{} komentarai", "Visi »", "Pradžia", "Puslapis {}", "Kitas straipsnis ›",
                 "Populiariausi"),
    "sl": Chrome("Preberi več", "{} komentarjev", "Vse »", "Domov", "Stran {}", "Naslednji članek ›", "Priljubljeno"),
    "sr": Chrome("Опширније", "{} коментара", "Све »", "Почетна", "Страна {}", "Следећи чланак ›", "Популарно"),
    "is": Chrome("Lesa meira", "{} athugasemdir", "Sjá allt »", "Forsíða", "Síða {}", "Næsta grein ›", "Vinsælt"),
    "tl": Chrome("Magbasa pa", "{} komento", "Tingnan lahat »", "Home", "Pahina {}", "Susunod na artikulo ›",
                 "Sikat"),
    "cy": Chrome("Darllen mwy", "{} sylw", "Gweld y cyfan »", "Hafan", "Tudalen {}", "Erthygl nesaf ›", "Poblogaidd"),
    "sq": Chrome("Lexo më shumë", "{} komente", "Të gjitha »", "Kryefaqja", "Faqja {}", "Artikulli tjetër ›",
                 "Më të lexuarat"),
    "ca": Chrome("Llegir més", "{} comentaris", "Veure-ho tot »", "Inici", "Pàgina {}", "Article següent ›",
                 "Populars"),
    "eu": Chrome("Irakurri gehiago", "{} iruzkin", "Guztiak »", "Hasiera", "{}. orria", "Hurrengo artikulua ›",
                 "Ezagunenak"),
    "et": Chrome("Loe edasi", "{} kommentaari", "Kõik »", "Avaleht", "Lehekülg {}", "Järgmine artikkel ›",
                 "Populaarsed"),
}  # fmt: skip
_LANGS = ("de", "en", "fr", "es", "it")


class Case(NamedTuple):
    lang: str
    url: Url  # the path (and query) of page n
    pager: Pager
    kind: str = "news"  # the records' layout: news, shop, forum, ads
    flags: frozenset[str] = frozenset()  # fewer2, chrome2, sponsored2, wrap2: how page 2 differs


# ------------------------------------------------------------------------------------------ records


def _ids(case: Case, n: int) -> list[int]:
    count = 5 if "fewer2" in case.flags and n == 2 else 8
    return [30000 + 100 * n + i for i in range(1, count + 1)]


_A = ["Oak", "Brass", "Linen", "Copper", "Walnut", "Marble", "Velvet", "Cedar", "Slate", "Amber", "Ivory", "Cobalt"]
_B = ["table", "lamp", "shelf", "stool", "mirror", "rug", "vase", "clock", "bench", "chair", "desk", "lantern"]


def _title(rid: int) -> str:
    k = (rid // 100 - 301) * 8 + rid % 100
    return f"{_A[k % 12]} {_B[(k // 12 + k) % 12]} {k}"


def _slug(rid: int) -> str:
    return _title(rid).lower().replace(" ", "-")


def _news(case: Case, n: int, rid: int) -> str:
    c = _CHROME[case.lang]
    href = f"/artikel/{rid}-{_slug(rid)}" if "wp-ids" not in case.flags else f"/?p={rid}"
    day = 28 - (rid % 100) - 2 * (n - 1)
    return (
        f'<article class="teaser post-{rid}"><h2 class="teaser__title"><a href="{href}">{_title(rid)}</a></h2>'
        f'<time datetime="2025-03-{day:02d}">{day:02d}.03.2025</time>'
        f'<p class="teaser__lead">A few lines on the {_title(rid).lower()} and how it was restored.</p>'
        f'<a class="more-link" href="{href}">{c.read}</a> '
        f'<a class="comments-link" href="{href}#comments">{c.comments.format(rid % 9 + 1)}</a></article>'
    )


def _shop(case: Case, n: int, rid: int) -> str:
    c = _CHROME[case.lang]
    return (
        f'<li class="product-tile"><a class="product-tile__image" href="/p/{rid}"><img src="/img/{rid}.jpg" '
        f'alt="{_title(rid)}"></a><h3 class="product-tile__name"><a href="/p/{rid}">{_title(rid)}</a></h3>'
        f'<span class="price">{rid % 90 + 10},99 €</span><a class="btn" href="/p/{rid}">{c.read}</a></li>'
    )


def _forum(case: Case, n: int, rid: int) -> str:
    user = ["maria_k", "tom.h", "lightfan", "j_ortega", "annika", "pkumar", "elm_street"][rid % 7]
    return (
        f'<tr class="topic-row"><td class="topic"><a class="topic-title" href="/t/{rid}-{_slug(rid)}">{_title(rid)}'
        f'</a><span class="mini-pages"><a href="/t/{rid}-{_slug(rid)}/2">2</a> <a href="/t/{rid}-{_slug(rid)}/3">3'
        f'</a></span><div class="by"><a href="/u/{user}">{user}</a></div></td><td class="replies">{rid % 40}</td>'
        f'<td class="views">{rid % 900 + 40}</td></tr>'
    )


def _ads(case: Case, n: int, rid: int) -> str:
    where = ["Leeds", "Lyon", "Graz", "Porto"][rid % 4]
    return (
        f'<div class="ad-card" data-id="{rid}"><a class="ad-card__title" href="/anzeige/{rid}.html">{_title(rid)}'
        f'</a><span class="ad-card__price">{rid % 400 + 20} €</span><span class="ad-card__place">{where}</span>'
        f'<a class="ad-card__save" href="/merken/{rid}" rel="nofollow">♡</a></div>'
    )


_CARD = {"news": _news, "shop": _shop, "forum": _forum, "ads": _ads}
_WRAP = {
    "news": '<div class="teaser-list">{}</div>',
    "shop": '<ul class="product-grid">{}</ul>',
    "forum": '<table class="topics"><thead><tr><th>Topic</th><th>Replies</th><th>Views</th></tr></thead>'
    "<tbody>{}</tbody></table>",
    "ads": '<div class="ad-results">{}</div>',
}
_SPONSORED = {
    "news": '<article class="teaser teaser--ad"><span class="label">Anzeige</span><h2 class="teaser__title">'
    '<a href="https://ads.example/c?id=9">Umzug? Jetzt Angebot sichern</a></h2></article>',
    "shop": '<li class="product-tile product-tile--promo"><a href="/aktion/fruehling"><img src="/img/promo.jpg" '
    'alt="Frühlingsaktion"><span>Bis zu 40 % Rabatt</span></a></li>',
    "forum": '<tr class="topic-row sponsored"><td class="topic"><a class="topic-title" '
    'href="https://ads.example/c?id=9">Sponsored: tools for restorers</a></td><td></td><td></td></tr>',
    "ads": '<div class="ad-card ad-card--top"><span class="badge">Top</span><a class="ad-card__title" '
    'href="https://ads.example/c?id=9">Removals – free quote</a></div>',
}


# ------------------------------------------------------------------------------------------- pagers


def _numbers(n: int, url: Url, *, item: str = "{}", current: str = '<span class="current">{}</span>') -> list[str]:
    """The page-number links around page ``n``: the current one unlinked."""
    return [current.format(k) if k == n else item.format(f'<a href="{_amp(url(k))}">{k}</a>') for k in range(1, 5)]


def _word(
    nxt: str,
    prev: str = "",
    *,
    numbers: bool = True,
    wrap: str = '<nav class="pagination" aria-label="Pagination">{}</nav>',
    item: str = "{}",
    current: str = '<span class="current">{}</span>',
) -> Pager:
    """A pager: ``prev`` and ``nxt`` (an anchor's attributes and inner markup, split by ``|``)
    around the page numbers (none without ``numbers``)."""

    def edge(spec: str, href: str) -> str:
        attrs, inner = spec.split("|", 1)
        return item.format(f'<a href="{_amp(href)}" {attrs}>{inner}</a>'.replace(" >", ">"))

    def pager(n: int, url: Url) -> str:
        parts = [edge(prev, url(n - 1))] if n > 1 and prev else []
        parts += _numbers(n, url, item=item, current=current) if numbers else []
        parts += [edge(nxt, url(n + 1))] if n < LAST else []
        return wrap.format(" ".join(parts))

    return pager


def _labels(label: str, *, current: str = '<span class="current">{}</span>', nxt: str = "") -> Pager:
    """Page links reading ``label`` ("Seite {}"), the current one unlinked, and an optional next link."""

    def pager(n: int, url: Url) -> str:
        parts = [
            current.format(label.format(k)) if k == n else f'<a href="{_amp(url(k))}">{label.format(k)}</a>'
            for k in range(1, LAST + 1)
        ]
        parts += [f'<a href="{_amp(url(n + 1))}">{nxt}</a>'] if nxt and n < LAST else []
        return f'<div class="paging">{" | ".join(parts)}</div>'

    return pager


def _button(label: str, cls: str = "btn btn-more", wrap: str = '<div class="more-wrap">{}</div>') -> Pager:
    """One link to the next page (a "load more" or "older posts" link), nothing else."""

    def pager(n: int, url: Url) -> str:
        return wrap.format(f'<a class="{cls}" href="{_amp(url(n + 1))}">{label}</a>' if n < LAST else "")

    return pager


def _data_button(label: str) -> Pager:
    """A "load more" button with no link, naming the next page in the attribute its script reads."""

    def pager(n: int, url: Url) -> str:
        button = f'<button type="button" class="btn-more" data-url="{_amp(url(n + 1))}">{label}</button>'
        return f'<div class="load-more">{button if n < LAST else ""}</div>'

    return pager


def _older_newer(older: str, newer: str) -> Pager:
    """WordPress's older themes: "older" on the left (``nav-previous``) leads to page n + 1."""

    def pager(n: int, url: Url) -> str:
        left = f'<a href="{_amp(url(n + 1))}">{older}</a>' if n < LAST else ""
        right = f'<a href="{_amp(url(n - 1))}">{newer}</a>' if n > 1 else ""
        return (
            '<nav class="navigation posts-navigation"><div class="nav-links">'
            f'<div class="nav-previous">{left}</div><div class="nav-next">{right}</div></div></nav>'
        )

    return pager


def _amp(url: str) -> str:
    return url.replace("&", "&amp;")


_CHEVRON = '<svg class="icon" aria-hidden="true" viewBox="0 0 24 24"><path d="M9 6l6 6-6 6"></path></svg>'
_CHEVRON_BACK = '<svg class="icon" aria-hidden="true" viewBox="0 0 24 24"><path d="M15 6l-6 6 6 6"></path></svg>'
_BOOT = {
    "wrap": '<nav aria-label="Seitennavigation"><ul class="pagination">{}</ul></nav>',
    "item": '<li class="page-item">{}</li>',
    "current": '<li class="page-item active" aria-current="page"><span class="page-link">{}</span></li>',
}


# --------------------------------------------------------------------------------------------- urls


def _q(base: str, name: str = "page", *, first: int = 2, step: int = 1) -> Url:
    sep = "&" if "?" in base else "?"
    return lambda n: f"{base}{sep}{name}={first + step * (n - 2)}" if n > 1 else base


def _path(base: str, form: str) -> Url:
    return lambda n: base if n == 1 else form.format(n)


def _C(lang: str, url: Url, pager: Pager, kind: str = "news", flags: str = "") -> Case:
    return Case(lang, url, pager, kind, frozenset(flags.split()))


_BLOG = _path("/blog/", "/blog/page/{}/")
CATALOGUE: dict[str, Case] = {
    # --- the word: text with an arrow
    "de-weiter-raquo-cards-say-weiter": _C("de", _BLOG, _word("class=next|Weiter »", "class=prev|« Zurück")),
    "fr-suivant-rsaquo": _C("fr", _q("/actualites"), _word("|Suivant ›", "|‹ Précédent")),
    "es-siguiente-raquo-shop": _C("es", _q("/tienda/muebles", "pagina"), _word("|Siguiente »", "|« Anterior"), "shop"),
    "it-avanti-raquo": _C("it", _path("/notizie/", "/notizie/pagina/{}/"), _word("|Avanti »", "|« Indietro")),
    "pt-proxima-rsaquo-bootstrap": _C(
        "pt", _q("/noticias"), _word("class=page-link|Próxima ›", "class=page-link|‹ Anterior", **_BOOT)
    ),
    "nl-volgende-ads": _C("nl", _q("/advertenties/meubels"), _word("|Volgende »", "|« Vorige"), "ads"),
    "sv-nasta-forum": _C("sv", _q("/forum/restaurering"), _word("|Nästa »", "|« Föregående"), "forum"),
    "pl-dalej-cards-czytaj-dalej": _C(
        "pl", _q("/aktualnosci", "strona"), _word("|Dalej »", "|« Wstecz", numbers=False)
    ),
    "cs-dalsi-raquo": _C("cs", _q("/clanky", "strana"), _word("|Další »", "|« Předchozí", numbers=False)),
    "ru-sleduyushchaya-rarr": _C("ru", _q("/novosti"), _word("|Следующая →", "|← Предыдущая")),
    "ru-vperyod-raquo-forum": _C(
        "ru", _q("/forum/restavraciya"), _word("|Вперёд »", "|« Назад", numbers=False), "forum"
    ),
    "uk-nastupna-rarr": _C("uk", _q("/novyny"), _word("|Наступна →", "|← Попередня", numbers=False)),
    "tr-sonraki-rsaquo-shop": _C("tr", _q("/urunler/mobilya", "sayfa"), _word("|Sonraki ›", "|‹ Önceki"), "shop"),
    "el-epomeni-raquo": _C("el", _q("/eidiseis"), _word("|Επόμενη »", "|« Προηγούμενη", numbers=False)),
    "ar-rtl-altali-laquo": _C("ar", _BLOG, _word("class=next|التالي «", "class=prev|» السابق", numbers=False)),
    "he-rtl-haba-laquo": _C("he", _q("/news"), _word("|הבא «", "|» הקודם", numbers=False)),
    "fa-rtl-badi-laquo": _C("fa", _BLOG, _word("|بعدی «", "|» قبلی", numbers=False)),
    "zh-xiayiye-gt-dede": _C(
        "zh",
        _path("/news/list_12_1.html", "/news/list_12_{}.html"),
        _word(
            "|下一页 >",
            "|< 上一页",
            wrap='<div class="dede_pages"><ul class="pagelist">{}</ul></div>',
            item="<li>{}</li>",
            current='<li class="thisclass">{}</li>',
        ),
    ),
    "ja-tsugi-e-raquo": _C("ja", _q("/blog"), _word("|次へ »", "|« 前へ")),
    "ko-daeum-cards-deobogi": _C("ko", _q("/board/list", "page"), _word("|다음 ›", "|‹ 이전", numbers=False), "forum"),
    "vi-tiep-raquo-cards-xem-them": _C(
        "vi", _path("/tin-tuc/", "/tin-tuc/trang-{}/"), _word("|Tiếp »", "|« Trước", numbers=False)
    ),
    "th-thatpai-raquo": _C("th", _q("/khao"), _word("|ถัดไป »", "|« ก่อนหน้า", numbers=False)),
    "hi-agla-raquo": _C("hi", _q("/samachar"), _word("|अगला »", "|« पिछला", numbers=False)),
    "hu-kovetkezo-cards-tovabb": _C("hu", _q("/hirek", "oldal"), _word("|Következő »", "|« Előző")),
    "hu-tovabb-pager-cards-tovabb": _C(
        "hu", _q("/cikkek", "oldal"), _word("class=next|Tovább »", "|« Vissza", numbers=False)
    ),
    "ro-urmatoarea-raquo": _C("ro", _q("/stiri", "pagina"), _word("|Următoarea »", "|« Anterioara", numbers=False)),
    # --- the word in the language, where no table of "next" held it
    "lt-kitas-raquo": _C("lt", _q("/naujienos", "psl"), _word("|Kitas »", "|« Ankstesnis", numbers=False)),
    "sl-naprej-raquo": _C("sl", _q("/novice", "stran"), _word("|Naprej »", "|« Nazaj", numbers=False)),
    "sr-sledeca-cyrillic": _C("sr", _q("/vesti", "strana"), _word("|Следећа »", "|« Претходна", numbers=False)),
    "is-naesta-sida": _C("is", _q("/frettir", "sida"), _word("|Næsta síða »", "|« Fyrri síða", numbers=False)),
    "tl-susunod": _C("tl", _q("/balita", "pahina"), _word("|Susunod »", "|« Nakaraan", numbers=False)),
    "cy-nesaf": _C("cy", _q("/newyddion", "tudalen"), _word("|Nesaf »", "|« Blaenorol", numbers=False)),
    "sq-tjetra": _C("sq", _q("/lajme", "faqja"), _word("|Tjetra »", "|« Para", numbers=False)),
    "et-jargmine-lehekulg": _C(
        "et", _q("/uudised", "lk"), _word("|Järgmine lehekülg »", "|« Eelmine lehekülg", numbers=False)
    ),
    # --- the word only in an icon's label, title, alt or hidden text
    "de-chevron-aria-label-naechste-seite": _C(
        "de",
        _q("/magazin"),
        _word(f'aria-label="Nächste Seite"|{_CHEVRON}', f'aria-label="Vorherige Seite"|{_CHEVRON_BACK}'),
    ),
    "fr-rsaquo-visually-hidden-page-suivante": _C(
        "fr",
        _path("/blog/", "/blog/page/{}/"),
        _word(
            'class=page-link|<span class="visually-hidden">Page suivante</span><span aria-hidden="true">›</span>',
            'class=page-link|<span class="visually-hidden">Page précédente</span><span aria-hidden="true">‹</span>',
            **_BOOT,
        ),
    ),
    "es-fa-icon-title-pagina-siguiente-shop": _C(
        "es",
        _q("/catalogo"),
        _word(
            'title="Página siguiente"|<i class="fa fa-angle-right"></i>',
            'title="Página anterior"|<i class="fa fa-angle-left"></i>',
        ),
        "shop",
    ),
    "it-img-alt-successiva": _C(
        "it",
        _q("/annunci", "pag"),
        _word(
            '|<img src="/img/freccia-destra.png" alt="Pagina successiva">',
            '|<img src="/img/freccia-sinistra.png" alt="Pagina precedente">',
        ),
        "ads",
    ),
    "ru-sr-only-sleduyushchaya-stranica": _C(
        "ru",
        _q("/katalog"),
        _word(
            f'class=page-link|<span class="sr-only">Следующая страница</span>{_CHEVRON}',
            f'class=page-link|<span class="sr-only">Предыдущая страница</span>{_CHEVRON_BACK}',
            **_BOOT,
        ),
        "shop",
    ),
    "ja-svg-title-tsugi-no-peji": _C(
        "ja",
        _path("/news/", "/news/page/{}/"),
        _word(
            'class=pager-next|<svg viewBox="0 0 24 24"><title>次のページ</title><path d="M9 6l6 6-6 6"></path></svg>',
            'class=pager-prev|<svg viewBox="0 0 24 24"><title>前のページ</title><path d="M15 6l-6 6 6 6"></path></svg>',
        ),
    ),
    "zh-aria-label-xiayiye-arrow": _C(
        "zh", _q("/list", "pn"), _word('aria-label="下一页"|→', 'aria-label="上一页"|←'), "ads"
    ),
    "nl-aria-label-volgende-pagina-chevron": _C(
        "nl",
        _q("/nieuws"),
        _word(f'aria-label="Volgende pagina"|{_CHEVRON}', f'aria-label="Vorige pagina"|{_CHEVRON_BACK}'),
    ),
    "pl-title-nastepna-strona-raquo": _C(
        "pl", _q("/ogloszenia", "strona"), _word('title="Następna strona"|»', 'title="Poprzednia strona"|«'), "ads"
    ),
    "tr-aria-label-sonraki-sayfa": _C(
        "tr",
        _q("/haberler", "sayfa"),
        _word(f'aria-label="Sonraki sayfa"|{_CHEVRON}', f'aria-label="Önceki sayfa"|{_CHEVRON_BACK}'),
    ),
    "ar-rtl-left-chevron-aria-label": _C(
        "ar",
        _q("/akhbar", "safha"),
        _word('aria-label="الصفحة التالية"|‹', 'aria-label="الصفحة السابقة"|›', numbers=False),
        "ads",
    ),
    "ja-tsugi-no-20-ken-start": _C(
        "ja", _q("/search?q=isu", "start", first=8, step=8), _word("|次の8件 »", "|« 前の8件", numbers=False), "shop"
    ),
    # --- a label: the page, "more", "older"
    "ko-deobogi-pager-cards-deobogi-shop": _C("ko", _q("/shop/list", "pg"), _button("더보기"), "shop"),
    "vi-xem-them-pager-cards-xem-them": _C("vi", _path("/tin-tuc/", "/tin-tuc/trang-{}/"), _button("Xem thêm")),
    "de-seite-n-labels": _C("de", _q("/ratgeber", "seite"), _labels("Seite {}")),
    "en-page-n-labels-forum": _C("en", _q("/forum/general"), _labels("Page {}"), "forum"),
    "es-pagina-n-labels": _C("es", _q("/noticias"), _labels("Página {}")),
    "de-mehr-anzeigen-shop": _C("de", _q("/moebel/tische"), _button("Mehr anzeigen"), "shop"),
    "de-weitere-artikel-laden": _C("de", _BLOG, _button("Weitere Artikel laden")),
    "en-load-more": _C("en", _q("/stories"), _button("Load more")),
    "fr-voir-plus-ads": _C("fr", _q("/annonces/meubles"), _button("Voir plus"), "ads"),
    "ru-pokazat-eshche": _C("ru", _q("/obyavleniya"), _button("Показать ещё"), "ads"),
    "zh-jiazai-gengduo": _C("zh", _q("/articles"), _button("加载更多")),
    "zh-jiazai-gengduo-button-data-url": _C("zh", _q("/zixun"), _data_button("加载更多")),
    "ko-deobogi-button-data-url-shop": _C("ko", _q("/goods/list"), _data_button("더보기 ↓"), "shop"),
    "et-naita-rohkem-no-table-word": _C("et", _q("/uudised"), _button("Näita rohkem")),
    "ru-bitrix-dalee-pager-cards-dalee": _C(
        "ru",
        _q("/novosti/", "PAGEN_1"),
        _word("|Далее", "|Назад", numbers=False, wrap='<div class="modern-page-navigation">{}</div>'),
    ),
    "ja-motto-miru-shop": _C("ja", _q("/items"), _button("もっと見る"), "shop"),
    "de-aeltere-beitraege": _C("de", _path("/", "/page/{}/"), _older_newer("« Ältere Beiträge", "Neuere Beiträge »")),
    "en-older-posts": _C("en", _path("/", "/page/{}/"), _older_newer("← Older posts", "Newer posts →")),
    "es-entradas-anteriores": _C(
        "es", _path("/", "/page/{}/"), _older_newer("← Entradas anteriores", "Entradas más recientes →")
    ),
    "fr-articles-plus-anciens": _C(
        "fr", _path("/", "/page/{}/"), _older_newer("← Articles plus anciens", "Articles plus récents →")
    ),
    "pt-posts-mais-antigos": _C(
        "pt", _path("/", "/page/{}/"), _older_newer("← Posts mais antigos", "Posts mais recentes →")
    ),
    "nl-oudere-berichten": _C(
        "nl", _path("/", "/page/{}/"), _older_newer("← Oudere berichten", "Nieuwere berichten →")
    ),
    "it-articoli-meno-recenti": _C(
        "it", _path("/", "/page/{}/"), _older_newer("← Articoli meno recenti", "Articoli più recenti →")
    ),
    "pl-starsze-wpisy": _C("pl", _path("/", "/page/{}/"), _older_newer("← Starsze wpisy", "Nowsze wpisy →")),
    # --- a page number glued into the address, beside links no table of words reads
    "glued-page2-numbers": _C("de", _path("/nachrichten", "/nachrichten/page{}"), _word("|»", numbers=True)),
    "glued-dash-p2-html-shop": _C("fr", _path("/meubles.html", "/meubles-p{}.html"), _word("|›"), "shop"),
    "glued-p-slash-2-beside-product-p-ids": _C("en", _path("/lamps", "/lamps/p/{}"), _word("|»"), "shop"),
    "glued-underscore-2-html": _C("zh", _path("/news/index.html", "/news/index_{}.html"), _word("|»»")),
    "glued-query-p-beside-wp-post-ids": _C("en", _q("/", "p"), _word("|»"), "news", "wp-ids"),
    "glued-start-20-joomla": _C("it", _q("/blog?view=category", "start", first=8, step=8), _word("|»")),
    "glued-bare-number-dir": _C("de", _path("/archiv/", "/archiv/{}/"), _word("|»")),
    "glued-offset-20-ads": _C("en", _q("/ads?cat=furniture", "offset", first=8, step=8), _word("|»"), "ads"),
    "glued-page-path-basque-word": _C(
        "eu", _path("/albisteak/", "/albisteak/page/{}/"), _word("|Hurrengoa »", numbers=False)
    ),
    "glued-strona-path-icon-only": _C(
        "pl", _path("/poradniki", "/poradniki/strona/{}"), _word(f"|{_CHEVRON}", numbers=False)
    ),
    # --- page 2 differs from page 1
    "fewer-on-page2-weiter": _C("de", _q("/kleinanzeigen"), _word("|Weiter »", "|« Zurück"), "ads", "fewer2"),
    "chrome-on-page2-suivant": _C("fr", _BLOG, _word("|Suivant »", "|« Précédent"), "news", "chrome2"),
    "sponsored-on-page2-siguiente-shop": _C(
        "es", _q("/tienda"), _word("|Siguiente ›", "|‹ Anterior"), "shop", "sponsored2"
    ),
    "wrapper-on-page2-volgende": _C("nl", _q("/blog"), _word("|Volgende ›", "|‹ Vorige"), "news", "wrap2"),
    "fewer-on-page2-glued-p2": _C("cs", _path("/inzeraty", "/inzeraty/p{}"), _word("|»"), "ads", "fewer2"),
    "chrome-on-page2-mehr-anzeigen": _C("de", _q("/produkte"), _button("Mehr anzeigen"), "shop", "chrome2"),
    "sponsored-on-page2-labels": _C("en", _q("/board"), _labels("Page {}"), "forum", "sponsored2"),
    "wrapper-on-page2-sledujici": _C(
        "cs", _q("/zpravy", "strana"), _word("|Další »", "|« Předchozí"), "news", "wrap2 chrome2"
    ),
}


# ---------------------------------------------------------------------------------------- the page


def _chrome_top(case: Case, n: int, path: str) -> str:
    c = _CHROME[case.lang]
    others = [lang for lang in _LANGS if lang != case.lang][:3]
    switcher = "".join(
        f'<li><a href="/{lang}{path}" hreflang="{lang}" lang="{lang}">{lang.upper()}</a></li>' for lang in others
    )
    crumbs = f'<li aria-current="page">{c.page.format(n)}</li>' if n > 1 else ""
    return (
        f'<header class="site-header"><a class="logo" href="/">Site</a><nav class="main-menu" aria-label="Menu">'
        f'<ul><li class="active"><a href="/">{c.home}</a></li><li><a href="/kategorie/moebel/">Möbel</a></li>'
        '<li><a href="/kategorie/leuchten/">Leuchten</a></li><li><a href="/kontakt/">Kontakt</a></li></ul></nav>'
        f'<ul class="lang-switcher"><li class="active current"><span>{case.lang.upper()}</span></li>{switcher}</ul>'
        '<div class="hero-slider"><a href="#slide-1">1</a> <a href="#slide-2">2</a> <a href="#slide-3">3</a></div>'
        "</header>"
        f'<nav class="breadcrumb" aria-label="breadcrumb"><ol><li><a href="/">{c.home}</a> › </li>'
        f'<li><a href="{case.url(1)}">Journal</a></li>{crumbs}</ol></nav>'
    )


def _sidebar(case: Case) -> str:
    c = _CHROME[case.lang]
    return (
        f'<aside class="sidebar"><section class="widget widget-popular"><h3>{c.popular}</h3><ol>'
        '<li><a href="/artikel/4711-the-oak-table-story">The oak table story</a> (2)</li>'
        '<li><a href="/artikel/4712-ten-lamps">10 lamps for dark evenings</a> (3)</li></ol>'
        f'<a class="more" href="/kategorie/beliebt/">{c.more}</a></section>'
        '<section class="widget widget-archive"><h3>Archiv</h3><ul><li><a href="/2025/03/">03/2025</a></li>'
        '<li><a href="/2025/02/">02/2025</a></li><li><a href="/2024/">2024</a></li></ul></section>'
        '<section class="widget widget-tags"><a href="/tag/eiche/">Eiche (12)</a> <a href="/tag/messing/">Messing (2)'
        '</a> <a href="/tag/leinen/">Leinen (3)</a></section>'
        f'<div class="post-teaser next-post"><a class="next" href="/artikel/4713-a-walnut-desk">{c.teaser}</a></div>'
        "</aside>"
    )


def _page(case: Case, n: int) -> bytes:
    path = case.url(n)
    ids = _ids(case, n)
    cards = [_CARD[case.kind](case, n, rid) for rid in ids]
    if "sponsored2" in case.flags and n == 2:
        cards.insert(3, _SPONSORED[case.kind])
    records = _WRAP[case.kind].format("".join(cards))
    if "wrap2" in case.flags and n > 1:
        records = f'<div class="paged-results" data-page="{n}">{records}</div>'
    extra = (
        f'<h2 class="page-of">{_CHROME[case.lang].page.format(n)} / {LAST}</h2><div class="notice">'
        f'<a href="{case.url(1)}">{_CHROME[case.lang].home}</a> · <a href="/newsletter/">Newsletter</a></div>'
        if "chrome2" in case.flags and n > 1
        else ""
    )
    pager = case.pager(n, case.url)
    dir_ = ' dir="rtl"' if case.lang in ("ar", "he", "fa") else ""
    return (
        f'<!DOCTYPE html><html lang="{case.lang}"{dir_}><head><meta charset="utf-8"><title>Journal – {n}</title>'
        f'</head><body class="archive{" paged" if n > 1 else ""}">{_chrome_top(case, n, path)}'
        f'<div class="layout"><main id="content"><h1 class="archive-title">Journal</h1>{extra}{records}{pager}</main>'
        f'{_sidebar(case)}</div><footer class="site-footer"><a href="/top-10/">Top 10</a> '
        '<a href="/impressum/">Impressum</a> <a href="/datenschutz/">Datenschutz</a> © 2025</footer></body></html>'
    ).encode()


def _canonical(url: str) -> str:
    parts = urlsplit(url.replace("&amp;", "&"))
    query = sorted(parse_qsl(parts.query, keep_blank_values=True))
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))


class _Site(ServedPages):
    """A server that answers a page's URL whatever order its parameters come in."""

    def __init__(self, case: Case) -> None:
        super().__init__({})
        self.numbers = {}
        for n in range(1, LAST + 1):
            self.pages[SITE + case.url(n)] = _page(case, n)
            self.numbers[_canonical(SITE + case.url(n))] = SITE + case.url(n)

    numbers: dict[str, str]

    def fetch(self, url: str, *, render: bool = False) -> FetchedPage:
        self.asked.append(url)
        found = url if url in self.pages else self.numbers.get(_canonical(url))
        if found is None:
            raise FetchFailed(f"404 {url}")
        return FetchedPage(url, url, 200, {"content-type": "text/html"}, self.pages[found])


def _scout(site: _Site, url: str) -> PageProfile:
    """What ``agents.survey.scout_url`` proposes for ``url``, with ``site`` as the fetcher."""
    page = site.fetch(url)
    profile, _ = surveyed(page, site)  # type: ignore[arg-type]
    return probed_pages(page, profile, site)  # type: ignore[arg-type]


def _filled(record: Record) -> frozenset[str]:
    return frozenset(k for k, v in record.items() if v not in (None, "", [], {}))


def _of(records: list[Record], rid: int) -> Record | None:
    return next((r for r in records if any(str(rid) in str(v) for v in r.values())), None)


_XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=_XFAIL[name])) if name in _XFAIL else name
        for name in sorted(CATALOGUE)
    ],
)
def test_pages_two_and_three_are_reached_and_read_like_page_one(name: str) -> None:
    case = CATALOGUE[name]
    site = _Site(case)
    first = SITE + case.url(1)
    profile = _scout(site, first)
    spec = profile.spec
    note = "; ".join(n for n in profile.notes if "pag" in n) or spec.pagination.kind
    url, body = first, site.pages[first]
    seen: set[str] = set()  # the fields page 1 fills
    core: frozenset[str] | None = None  # those every record of page 1 fills
    for n in (1, 2, 3):
        records = extract_records(body, url, spec)
        for rid in _ids(case, n):
            record = _of(records, rid)
            assert record is not None, f"page {n}: record {rid} not read ({note})"
            if n == 1:
                seen |= _filled(record)
                core = _filled(record) if core is None else core & _filled(record)
                continue
            assert _filled(record) <= seen, f"page {n}: {record}"
            assert _filled(record) >= (core or set()), f"page {n}: {record}"
        if n == 3:
            break
        following = next_page_url(body, url, spec, page_number=n)
        assert following is not None, f"no way from page {n} to page {n + 1} ({note})"
        assert _canonical(following) == _canonical(SITE + case.url(n + 1)), note
        url, body = following, site.fetch(following).body


@pytest.mark.parametrize(
    ("anchor", "says"),
    [
        ('<a href="/akhbar?safha=2" aria-label="الصفحة التالية">‹</a>', True),
        ('<a href="/news?page=2" title="לעמוד הבא">«</a>', True),
        ('<a href="/news?page=2" aria-label="Nächste Seite">›</a>', True),
        ('<a href="/akhbar?safha=1" aria-label="الصفحة السابقة">›</a>', False),
        ('<a href="/news?page=1" title="הקודם">»</a>', False),
        ('<a href="/news?page=9" aria-label="Last page">»</a>', False),
        ('<a href="/news?page=1" aria-label="Предыдущая страница">‹</a>', False),
    ],
)
def test_an_arrow_leads_the_way_its_label_says(anchor: str, says: bool) -> None:
    """A right-to-left page points "next" left: an arrow alone says nothing its label does not."""
    link = Selector(text=f"<html><body>{anchor}</body></html>").css("a")[0].root
    assert says_next(link, SITE + "/news") is says
