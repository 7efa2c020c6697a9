"""Flat indexes of pages as content: a wiki's list of all its pages is its records, though each entry
is one short link as a menu's are and no letter heading files them; menus in the chrome, in the
content beside richer records, or repeating their links stay menus; and a pager's "Next page
(Title)" link is found by its words, not by the title that changes from page to page."""

from __future__ import annotations

from parsel import Selector

from agents.heuristics.dom import build_index
from agents.heuristics.flatindex import is_flat_index
from agents.heuristics.pagination import find_pagination
from pipeline.core.extract import next_page_url
from pipeline.core.schemas import FieldSpec, ScraperSpec
from tests.unit.agents.conftest import spec_and_records

SITE = "https://tides.test"
TITLES = [
    "Anchor Inn",
    "Barnacle Coin",
    "Blue Tang",
    "Captain Orla",
    "Coral Garden",
    "Crab Pot",
    "Diving Bell",
    "Dock Festival",
    "Driftwood",
    "Dugong",
    "Eelgrass Meadow",
    "Fishing Rod",
    "Foghorn Point",
    "Giant Clam",
    "Glass Float",
    "Gray Whale",
    "Harbor Seal",
    "Kelp Forest",
]
CHROME = ("Main page", "Recent changes", "Random page", "Help", "Discord server", "Manual of style")


def _entries(titles: list[str]) -> str:
    return "".join(f'<li><a href="/wiki/{t.replace(" ", "_")}" title="{t}">{t}</a></li>' for t in titles)


def _menu(names: tuple[str, ...]) -> str:
    return "".join(f'<li><a href="/wiki/{n.replace(" ", "_")}">{n}</a></li>' for n in names)


def _pager(previous: str | None, following: str | None) -> str:
    links = [
        f'<a href="/w/index.php?title=Special:AllPages&amp;from={t.replace(" ", "+")}" title="Special:AllPages">'
        f"{word} page ({t})</a>"
        for word, t in (("Previous", previous), ("Next", following))
        if t
    ]
    return f'<div class="allpages-pager">{" | ".join(links)}</div>'


def _all_pages(titles: list[str], pager: str = "") -> str:
    """A wiki's all-pages list: a header menu, a form, the flat list of titles, a footer of links."""
    return (
        '<html lang="en"><head><title>All pages</title></head><body>'
        f'<header><nav class="main-menu"><ul>{_menu(CHROME)}</ul></nav></header>'
        '<main id="content"><h1>All pages</h1><div id="body-text">'
        '<form action="/w/index.php"><label>Display pages starting at: <input name="from"></label>'
        "<button>Go</button></form>"
        f'{pager}<div class="allpages-body"><ul class="allpages-chunk">{_entries(titles)}</ul></div>{pager}'
        "</div></main>"
        f"<footer><ul>{_menu(('Privacy policy', 'About the wiki', 'Disclaimers'))}</ul></footer></body></html>"
    )


def test_a_flat_list_of_all_pages_is_the_records() -> None:
    _spec, records = spec_and_records(_all_pages(TITLES), f"{SITE}/w/index.php?title=Special:AllPages")
    assert [r["title"] for r in records] == TITLES
    assert records[0]["url"] == f"{SITE}/wiki/Anchor_Inn"


def _entries_of(html: str, xpath: str) -> bool:
    page = Selector(text=html, type="html")
    return is_flat_index(page.root.xpath(xpath), build_index(page.root))


def test_menus_stay_menus_wherever_they_are() -> None:
    assert _entries_of(_all_pages(TITLES), "//main//li")
    # The same links in the site's navigation, or too few of them, are a menu.
    nav = f"<html><body><nav><ul>{_entries(TITLES)}</ul></nav><main><h1>Tides</h1><p>Hello.</p></main></body></html>"
    assert not _entries_of(nav, "//nav//li")
    assert not _entries_of(_all_pages(TITLES[:8]), "//main//li")
    # In the content beside the records it is a small part of (a shop's departments), a menu.
    cards = "".join(
        f'<article class="card"><h2><a href="/p/{n}">Lamp model {n}</a></h2><p>A brass lamp with a linen shade, '
        f"dimmable, for a desk or a bedside table.</p><span>£{n}4.00</span></article>"
        for n in range(1, 13)
    )
    shop = f"<html><body><main><ul>{_entries(TITLES)}</ul>{cards}</main></body></html>"
    assert not _entries_of(shop, "//main/ul/li")
    # Links that repeat one text, or that lead to other sites (a blogroll), are no index of pages.
    same = "".join(f'<li><a href="/wiki/T{n}">Read more</a></li>' for n in range(len(TITLES)))
    assert not _entries_of(f"<html><body><main><ul>{same}</ul></main></body></html>", "//li")
    away = "".join(f'<li><a href="https://site{n}.test/">{t}</a></li>' for n, t in enumerate(TITLES))
    assert not _entries_of(f"<html><body><main><ul>{away}</ul></main></body></html>", "//li")


def test_a_next_page_link_naming_its_first_title_is_found_by_its_words() -> None:
    url = f"{SITE}/w/index.php?title=Special:AllPages&from="
    first = Selector(text=_all_pages(TITLES, _pager(None, "Harbor Seal")), base_url=url, type="html")
    found = find_pagination(first, url)
    assert found.spec.kind == "next_link", found.note
    title = FieldSpec(name="title", type="title", selector="a")
    spec = ScraperSpec(start_url=url, record_selector="li", fields=(title,), pagination=found.spec)
    second_url = f"{SITE}/w/index.php?title=Special:AllPages&from=Harbor+Seal"
    second = Selector(text=_all_pages(TITLES, _pager("Anchor Inn", "Sea Otter")), base_url=second_url, type="html")
    assert next_page_url(second, second_url, spec, page_number=2) == (
        f"{SITE}/w/index.php?title=Special:AllPages&from=Sea+Otter"
    )


def test_links_a_template_wrote_around_one_word_are_no_index() -> None:
    phrased = "".join(f'<li><a href="/city-{n}/">City {n} homes for sale</a></li>' for n in range(20))
    assert not _entries_of(f"<html><body><main><ul>{phrased}</ul></main></body></html>", "//li")
    subpages = "".join(f'<li><a href="/wiki/Help:{t}">Help:{t.replace("_", " ")}</a></li>' for t in TITLES)
    assert _entries_of(f"<html><body><main><ul>{subpages}</ul></main></body></html>", "//li")
