"""A real page's chrome never outweighs a small list of its own.

Around a short table, a handful of quotes or a frame, a real page carries a mega-menu, footer link
columns, a cookie dialog, a "You may also like" rail and the app's menu tree in a script. The site's
chrome is no part of what the page is about: a list's share of the page is measured without it,
the rows of a table naming its columns are the page's list beside a rail, a frame stays the page's
content beside a dialog and a rail, and a rail alone in the markup leaves the records to the scripts.
"""

from __future__ import annotations

import json
from typing import cast

from agents.fetch import FetchedPage, Fetcher, RenderedFetch
from agents.heuristics.contentframe import content_frame
from agents.heuristics.dom import build_index
from agents.heuristics.records import MIN_LIST_SCORE, find_record_groups
from agents.scout import analyze_page
from agents.survey import survey_page
from pipeline.core.exceptions import FetchFailed
from pipeline.core.extract import make_selector

URL = "https://stats.example/teams/"

_MENU_WORDS = [
    "Sofas", "Armchairs", "Dining tables", "Bookcases", "Beds", "Wardrobes", "Cushions", "Rugs", "Mirrors",
    "Wall art", "Candles", "Vases", "Plant pots", "Barbecues", "Garden tools", "Lawn mowers", "Dresses", "Tops",
    "Jeans", "Coats and jackets", "Knitwear", "Skirts", "Shirts", "Trousers", "Suits", "Hoodies", "Laptops",
    "Monitors", "Keyboards", "Printers", "Tablets", "Routers", "Headphones", "Soundbars", "Televisions",
]  # fmt: skip
_FOOTER_WORDS = [
    "Help centre", "Contact us", "Delivery information", "Returns and refunds", "Order tracking", "Size guide",
    "About us", "Careers", "Press office", "Sustainability", "Investors", "Terms and conditions",
    "Privacy policy", "Cookie policy", "Accessibility statement", "Modern slavery statement",
]  # fmt: skip


def _links(words: list[str]) -> str:
    return "".join(f'<li><a href="/c/{w.lower().replace(" ", "-")}">{w}</a></li>' for w in words)


HEADER = (
    '<header class="site-header" role="banner"><a href="/">Northmere</a>'
    f'<nav class="mega-menu" aria-label="Main"><ul>{_links(_MENU_WORDS)}</ul></nav></header>'
)
FOOTER = (
    f'<footer class="site-footer" role="contentinfo"><ul>{_links(_FOOTER_WORDS)}</ul>'
    "<p>© 2025 Northmere Ltd. All rights reserved. Registered in England and Wales.</p></footer>"
    '<div class="cookie-consent" role="dialog"><h2>We value your privacy</h2><p>We and our partners use cookies'
    " and similar technologies to keep this site secure, remember your preferences, measure how it is used and"
    " show you personalised advertising. Select Accept all to agree or Reject all to refuse.</p></div>"
)
_CARD = (
    '<li class="slide"><article class="product-card"><a href="/p/{slug}"><img src="/i/{slug}.jpg" alt=""></a>'
    '<h3><a href="/p/{slug}">{name}</a></h3><p class="price">${price}</p><p>Free delivery on orders over $50</p>'
    "</article></li>"
)
RAIL = (
    '<section class="product-recommendations"><h2>You may also like</h2><ul>'
    + "".join(
        _CARD.format(slug=f"walnut-side-table-{n}", name=f"Walnut Side Table No. {n}", price=f"{40 + 7 * n}.99")
        for n in range(8)
    )
    + "</ul></section>"
)


def _page(content: str) -> str:
    return f"<!doctype html><html><head><title>Page</title></head><body>{HEADER}{content}{RAIL}{FOOTER}</body></html>"


INTRO = (
    "<h1>Hockey Teams: Forms, Searching and Pagination</h1><p>Browse through a database of team stats since 1990."
    " Practice building a scraper that handles common website interface components.</p>"
)
TEAMS = "".join(
    f"<tr><td>{name}</td><td>{year}</td><td>{wins}</td><td>{losses}</td></tr>"
    for name, year, wins, losses in [
        ("Boston Bruins", 1990, 44, 24),
        ("Buffalo Sabres", 1990, 31, 30),
        ("Calgary Flames", 1990, 46, 26),
        ("Chicago Blackhawks", 1990, 49, 23),
    ]
)
TABLE = f"<table><tr><th>Team</th><th>Year</th><th>Wins</th><th>Losses</th></tr>{TEAMS}</table>"


def test_a_stats_table_under_an_intro_is_the_pages_list_beside_a_rail() -> None:
    # Unlinked rows that hold less than most of the content (the intro says more): a table naming its
    # columns, with no price of the page's own beside it, is still what the page lists.
    profile = analyze_page(_page(f'<div id="page">{INTRO}<p>{INTRO}</p>{TABLE}</div>'), URL)
    assert profile.spec.mode == "list"
    assert profile.record_count == 4
    assert "Boston Bruins" in profile.sample_records[0].values()


def test_a_size_chart_beside_a_price_and_a_rail_still_leaves_a_product_page() -> None:
    sizes = [("XS", 80, 66), ("S", 86, 71), ("M", 94, 79), ("L", 102, 87), ("XL", 110, 95), ("XXL", 118, 103)]
    rows = "".join(f"<tr><td>{s}</td><td>{c}</td><td>{w}</td></tr>" for s, c, w in sizes)
    chart = f"<table><tr><th>Size</th><th>Chest</th><th>Waist</th></tr>{rows}</table>"
    product = f'<main><h1>Linen Overshirt</h1><p class="price">$89.00</p>{chart}</main>'
    profile = analyze_page(_page(product), "https://shop.example/p/linen-overshirt")
    assert profile.spec.mode == "detail"


QUOTES = "".join(
    f'<div class="quote"><p>“{text}”</p><p>by {author}</p></div>'
    for text, author in [
        ("The world as we have created it is a process of our thinking.", "Albert Einstein"),
        ("It is our choices that show what we truly are, far more than our abilities.", "J.K. Rowling"),
        ("There are only two ways to live your life: as though nothing is a miracle.", "Albert Einstein"),
        ("The person who does not read good novels must be intolerably stupid.", "Jane Austen"),
        ("Imperfection is beauty, madness is genius and it is better to be absurd.", "Marilyn Monroe"),
    ]
)


def test_unlinked_quotes_holding_the_content_are_the_list_whatever_chrome_surrounds_them() -> None:
    # Their share of the page is measured without the mega-menu, the footer and the cookie dialog.
    profile = analyze_page(_page(f"<h1>Quotes to Scrape</h1><div class='quotes'>{QUOTES}</div>"), URL)
    assert profile.spec.mode == "list"
    assert profile.record_count == 5


def _rows_score(body: str) -> float:
    index = build_index(make_selector(f"<html><body>{body}</body></html>", URL).root)
    rail = next(index.root.iter("section"), None)
    return next(g.score for g in find_record_groups(index, leaving_out=rail) if g.members[0].tag == "tr")


def test_a_small_tables_score_beside_a_rail_is_its_share_of_the_content_not_of_the_chrome() -> None:
    content = f"<main>{INTRO}{TABLE}</main>"
    alone = _rows_score(content)
    assert alone >= MIN_LIST_SCORE
    assert _rows_score(f"{HEADER}{content}{RAIL}{FOOTER}") == alone


FRAMED = (
    '<div id="page"><h1>Turtles All the Way Down: Frames and iFrames</h1><p>Some older sites might still use'
    " frames to break up their pages. Modern ones might be using iFrames to expose data. Learn about turtles as"
    " you scrape content inside frames, and follow each family's link to read about it in the frame.</p>"
    '<iframe src="?frame=i" style="width:100%; height:900px"></iframe></div>'
)
COOKIES = FOOTER[FOOTER.index('<div class="cookie-consent"') :]


def _framed(around: str) -> str:
    return f"<html><body>{HEADER}{FRAMED}{around}</body></html>"


def test_a_frame_stays_the_pages_content_beside_a_cookie_dialog() -> None:
    root = make_selector(_framed(COOKIES), URL).root
    assert content_frame(root, URL) == URL + "?frame=i"


def test_a_frame_stays_the_pages_content_beside_a_rail_of_other_items() -> None:
    root = make_selector(_framed(RAIL), URL).root
    assert content_frame(root, URL) == URL + "?frame=i"


def test_a_frame_beside_an_article_of_the_pages_own_is_not_its_content() -> None:
    story = "<p>The turtles of the northern lakes are a family of their own.</p>" * 6
    article = f"<div class='story'>{story}</div>"
    root = make_selector(_framed(article), URL).root
    assert content_frame(root, URL) is None


MENU_TREE = [{"id": n, "name": f"Department number {n}", "url": f"/c/department-{n}"} for n in range(30)]
SHELL = _page(
    '<div class="container"><div class="row header-box"><h1><a href="/">Quotes to Scrape</a></h1>'
    '<p><a href="/login">Login</a></p></div><div class="quotes"></div><div id="loading"><h5>Loading...</h5></div>'
    "</div>"
    f'<script id="__APP_STATE__" type="application/json">{json.dumps({"navigation": MENU_TREE})}</script>'
)
DRAWN = "".join(
    f'<div class="quote"><span class="text">“Quote number {n} about thinking”</span>'
    f'<a class="author" href="/author/person-{n}">Person {n}</a></div>'
    for n in range(10)
)


class _Site:
    """Nothing to fetch; the browser shows the quotes a script draws into the page."""

    def __init__(self) -> None:
        self.rendered: list[str] = []

    def fetch(self, url: str) -> FetchedPage:
        raise FetchFailed(f"{url} answered 404")

    def render(self, url: str) -> RenderedFetch:
        self.rendered.append(url)
        body = SHELL.replace('<div class="quotes"></div>', f'<div class="quotes">{DRAWN}</div>').encode()
        return RenderedFetch(url=url, final_url=url, status=200, headers={}, body=body)


def test_a_rail_alone_in_the_markup_beside_a_menu_tree_leaves_the_records_to_the_rendered_page() -> None:
    site = _Site()
    page = FetchedPage(url=URL, final_url=URL, status=200, headers={}, body=SHELL.encode())
    profile = survey_page(page, cast(Fetcher, site))
    assert site.rendered == [URL]
    assert any("Quote number 0" in str(v) for v in profile.sample_records[0].values())
