"""Where the Scout's candidate groups left the group holding a list's titles (``titlegroup``), in shape only."""

from __future__ import annotations

from tests.bench.scout_corpus import fold
from tests.bench.titlegroup import says_detail, titles_group

URL = "http://site.invalid/list/"
TITLES = [f"Walnut serving tray number {n}" for n in range(1, 7)]


def test_the_titles_cards_are_the_best_group() -> None:
    cards = "".join(
        f"<li class='card'><h3><a href='/t/{n}'>{t}</a></h3><p>Oak and brass, ${n}.00</p></li>"
        for n, t in enumerate(TITLES)
    )
    body = f"<html><body><ul>{cards}</ul></body></html>"
    assert (
        titles_group(body, URL, {fold(t) for t in TITLES}, fold)
        == "the titles' group ranks 1, the best, holds all titles"
    )


def test_titles_in_one_paragraph_are_no_group() -> None:
    body = f"<html><body><p>{' and '.join(TITLES)}</p><ul>" + "<li>x</li>" * 3 + "</ul></body></html>"
    shape = titles_group(body, URL, {fold(t) for t in TITLES}, fold)
    assert shape == "no group holds the titles; titles in 1 elements, one parent"


def test_what_says_one_entity_on_a_page_read_as_a_detail_page() -> None:
    ld = '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Product", "name": "Tray"}'
    body = (
        f'<html><head><meta property="og:type" content="product">{ld}</script></head><body><h1>Tray</h1></body></html>'
    )
    assert says_detail(body, URL) == "JSON-LD Product and og:type product, no list designed"
    assert says_detail("<html><body><h1>Tray</h1><p>Oak.</p></body></html>", URL) == "no entity said, no list designed"
