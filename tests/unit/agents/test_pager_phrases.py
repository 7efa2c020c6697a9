"""Next links said in a label's sentence, a blog's "older posts" in other languages, words missing from the
next-word table, and page numbers glued into an address (``/news/page2.html``, ``/jobs/l/2``): each found as
the way to page 2 of a hand-written list, and the look-alikes (a calendar's arrow, a story's link) left alone."""

from __future__ import annotations

import pytest
from lxml import html
from parsel import Selector

from agents.heuristics.pagedpaths import numbered_sibling
from agents.heuristics.pagerrefusals import note_codes, why_no_pager
from agents.heuristics.pagination import find_pagination

URL = "https://shop.example/shop/lamps/"


def _page(pager: str) -> str:
    cards = "".join(
        f'<article class="card"><h2><a href="/shop/item-{4810 + i}-brass-lamp">Brass lamp model {i}</a></h2>'
        f'<p class="price">€{20 + i},00</p></article>'
        for i in range(10)
    )
    return (
        '<html><body><nav class="menu"><a href="/">Home</a> <a href="/shop/">Shop</a></nav>'
        f'<main><h1>Lamps</h1><div class="grid">{cards}</div>{pager}</main>'
        '<footer><a href="/privacy">Privacy</a></footer></body></html>'
    )


def _next(pager: str, url: str = URL) -> str:
    found = find_pagination(Selector(text=_page(pager)), url)
    return found.note.rsplit("-> ", 1)[-1] if found.spec.kind == "next_link" else ""


_ICON = '<svg viewBox="0 0 8 8"><path d="M0 0L8 4"/></svg>'


@pytest.mark.parametrize(
    "label",
    [
        "Zur nächsten Seite",
        "Przejdź do następnej strony",
        "Ir a la página siguiente",
        "Aller à la page suivante",
        "Ga naar de volgende pagina",
        "Перейти на следующую страницу",
        "Show next page",
    ],
)
@pytest.mark.parametrize("attribute", ["aria-label", "title"])
def test_an_icon_link_whose_label_says_next_page_in_a_sentence_is_the_next_link(label: str, attribute: str) -> None:
    pager = f'<nav class="pages"><a href="/shop/lamps/page/2/" {attribute}="{label}">{_ICON}</a></nav>'
    assert _next(pager) == "/shop/lamps/page/2/"


@pytest.mark.parametrize("label", ["Zur nächsten Woche", "Zur vorherigen Seite", "Nächstes Bild anzeigen"])
def test_a_label_naming_a_week_a_picture_or_the_previous_page_is_no_next_link(label: str) -> None:
    pager = f'<div class="tools"><a href="/shop/lamps/page/2/" aria-label="{label}">{_ICON}</a></div>'
    assert _next(pager) == ""


@pytest.mark.parametrize(
    "words",
    [
        "Entradas anteriores",
        "« Posts mais antigos",
        "Oudere berichten",
        "Starsze wpisy",
        "Предыдущие записи",
        "古い投稿",
    ],
)
def test_a_blogs_older_posts_in_other_languages_leads_to_its_numbered_page(words: str) -> None:
    pager = f'<div class="nav-links"><a href="/shop/lamps/page/2/">{words}</a></div>'
    assert _next(pager) == "/shop/lamps/page/2/"


def test_older_posts_saying_previous_to_a_story_is_no_next_link() -> None:
    pager = '<div class="nav-links"><a href="/2024/03/kiln-firing-notes/">Entradas anteriores</a></div>'
    assert _next(pager) == ""


@pytest.mark.parametrize("words", ["Trang tiếp", "הדף הבא", "अगला पृष्ठ", "Succ.", "Ďalej"])
def test_next_words_missing_from_the_table(words: str) -> None:
    pager = f'<div class="pages"><span>1</span> <a href="/shop/lamps/2/">{words}</a></div>'
    assert _next(pager) == "/shop/lamps/2/"


@pytest.mark.parametrize("href", ["/shop/lamps/page2.html", "/shop/lamps/l/2", "/shop/lamps/2.html", "/shop/lamps/,2"])
def test_a_link_only_its_class_marks_next_to_a_glued_page_number_is_the_next_link(href: str) -> None:
    pager = f'<ul class="pager"><li class="next"><a href="{href}"><i class="icon-right"></i></a></li></ul>'
    assert _next(pager) == href
    assert "leaves-list" not in note_codes(why_no_pager(Selector(text=_page(pager)), URL))


def test_a_link_only_its_class_marks_next_to_an_item_is_still_no_next_link() -> None:
    pager = '<div class="teaser"><a class="next" href="/shop/item-4900-desk-lamp">Desk lamp</a></div>'
    assert _next(pager) == ""


@pytest.mark.parametrize("words", ["Mehr laden", "Pokaż więcej", "Ver más"])
def test_a_load_more_link_to_a_glued_page_number_is_the_next_link(words: str) -> None:
    assert _next(f'<div class="more"><a href="/shop/lamps/page2.html">{words}</a></div>') == "/shop/lamps/page2.html"


@pytest.mark.parametrize(
    ("here", "there", "paged"),
    [
        ("/news/", "/news/page2.html", True),
        ("/news/index.html", "/news/page2.html", True),
        ("/news.html", "/news_p2.html", True),
        ("/jobs/", "/jobs/l/2", True),
        ("/s/mug/", "/s/mug/_Desde_49", True),
        ("/kat/", "/kat/strona-2", True),
        ("/blog/", "/blog/2024/", False),
        ("/shop/", "/shop/item-4811-brass-lamp", False),
        ("/shop/", "/shop/p/48113", False),
        ("/shop/", "/shop/", False),
        ("/news.html", "/news.php", False),
    ],
)
def test_numbered_sibling(here: str, there: str, paged: bool) -> None:
    assert numbered_sibling(f"https://e.example{here}", there) is paged
    anchor = html.fromstring(f'<a href="{there}">x</a>')
    assert numbered_sibling("", anchor.get("href") or "") is False
