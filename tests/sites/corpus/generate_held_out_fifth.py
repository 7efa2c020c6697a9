"""Held-out sites of the fifth wave (issue #3). FROZEN: never open these pages, their expected
records or their results while tuning the Scout (see the corpus README).

Run ``uv run python tests/sites/corpus/generate_held_out_fifth.py`` to rebuild them. They were
written, and frozen, before the Scout was ever run on them: an auction house's lot list, a
MusicBrainz-like discography (one table per release type) and a French prefecture's press-release
archive on the State design system (DSFR).

The corpus server maps a query string to the file ``<path>@<query>``, so the pages keep the real
sites' ``?page=N`` links.
"""

# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from generate import FROZEN, ROOT, Site, chunks, esc, slug

HELD: dict[str, Callable[[], None]] = {}
# Frozen from the start: written before the Scout ever ran on them.
FROZEN.update({"ashcombe-auctions", "halcyon-discography", "prefecture-armorique"})


def held(func: Callable[[], None]) -> Callable[[], None]:
    """Register a held-out site builder."""
    HELD[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _pounds(amount: int) -> str:
    return f"£{amount:,}"


# ---------------------------------------------------------------------------------------------------
# ashcombe-auctions: an auction house's online catalogue of one sale (Bonhams/Lyon & Turnbull-like
# BEM markup): lot tiles with "Lot 12", an optional maker line, "Estimate £3,000 - £5,000", then
# "Sold for £6,350 inc. premium", "Unsold" or "Withdrawn"; a "sale highlights" strip repeating
# three lots, a consignment promo tile inside the grid, a sort/filter form, lots-per-page and a
# page form (GET ?page=N), specialist contacts, a register-to-bid box and a long footer.
# ---------------------------------------------------------------------------------------------------

SALE_ID = 28741
SALE_BASE = f"/auction/{SALE_ID}"

# (lot, title, maker or None, estimate (low, high) or None (on request), sold-for or None, withdrawn)
LOTS: list[tuple[Any, ...]] = [
    (1, "A George III mahogany bracket clock", "John Ellicott, London", (3000, 5000), 6350, False),
    (2, "A Regency brass-inlaid rosewood card table", None, (1500, 2500), 2160, False),
    (3, "A pair of Chinese famille rose export porcelain vases, Qianlong period", None, (4000, 6000), None, False),
    (4, "A Victorian walnut and marquetry credenza", None, (800, 1200), 1020, False),
    (5, "An 18ct gold open-face pocket watch with chronograph", "Patek Philippe, Geneva", (6000, 9000), 11430, False),
    (6, "A William and Mary oyster-veneered chest on stand", None, (5000, 8000), None, True),
    (7, "Portrait of a lady in a blue silk dress", "Attributed to Allan Ramsay (1713-1784)", (2000, 3000), 4064, False),
    (8, "A set of six George II silver table spoons", "Paul de Lamerie", (1200, 1800), 1524, False),
    (9, "A Louis XV ormolu-mounted kingwood commode", None, None, 38100, False),
    (10, "A Scottish longcase clock, painted dial", "Thomas Reid, Edinburgh", (700, 1000), None, False),
    (11, "A Meissen porcelain figure of a harlequin", "Modelled by J.J. Kändler", (2500, 3500), 3302, False),
    (12, "An Arts and Crafts oak settle", "Liberty & Co.", (600, 900), 762, False),
    (13, "A Georgian mahogany partners' desk", None, (3000, 5000), 3810, False),
    (14, "Highland cattle in a misty glen", "Peter Graham RA (1836-1921)", (8000, 12000), None, False),
    (15, "A Victorian silver-gilt christening mug", "Hunt & Roskell", (400, 600), 508, False),
    (16, "A pair of Regency giltwood convex mirrors", None, (2000, 3000), 2794, False),
    (17, "An Art Deco diamond and platinum brooch", "Cartier, Paris", (15000, 20000), 27940, False),
    (18, "A Sheraton revival satinwood display cabinet", None, (1000, 1500), None, True),
    (19, "A Japanese Meiji period bronze koro", "Signed Genryusai Seiya", (3000, 4000), 5588, False),
    (20, "A George IV mahogany library bookcase", None, (4000, 6000), 4318, False),
    (21, "A bracket clock in a tortoiseshell case", "Daniel Quare, London", (10000, 15000), 12700, False),
    (22, "A Victorian papier-mâché tilt-top table", None, (500, 800), None, False),
    (23, "A Continental silver centrepiece, circa 1880", None, (2500, 3500), 2540, False),
    (24, "The Thames at Richmond", "English School, 19th century", (300, 500), 889, False),
    (25, "A Queen Anne walnut bureau", None, (2000, 3000), 2286, False),
    (26, "A Swiss musical box, playing eight airs", "Nicole Frères", (1800, 2500), 2032, False),
]
HIGHLIGHTS = (5, 9, 17)


def _lot_url(lot: tuple[Any, ...]) -> str:
    return f"{SALE_BASE}/lot/{lot[0]}/{slug(lot[1])}/"


def _lot_tile(lot: tuple[Any, ...]) -> str:
    number, title, maker, estimate, sold, withdrawn = lot
    url = _lot_url(lot)
    maker_html = f'\n              <p class="lot-tile__maker">{esc(maker)}</p>' if maker else ""
    shown = f"{_pounds(estimate[0])} - {_pounds(estimate[1])}" if estimate else "Estimate on request"
    if withdrawn:
        state, result = (
            "withdrawn",
            '<div class="lot-tile__result lot-tile__result--withdrawn"><span class="lot-tile__status">Withdrawn</span></div>',
        )
    elif sold is not None:
        state = "sold"
        result = f'<div class="lot-tile__result lot-tile__result--sold"><span class="lot-tile__result-label">Sold for</span> <span class="lot-tile__price" data-currency="GBP">{_pounds(sold)}</span> <span class="lot-tile__premium-note" title="Prices include buyer\'s premium">inc. premium</span></div>'
    else:
        state, result = (
            "unsold",
            '<div class="lot-tile__result lot-tile__result--unsold"><span class="lot-tile__status">Unsold</span></div>',
        )
    estimate_html = (
        f'<div class="lot-tile__estimate"><span class="lot-tile__estimate-label">Estimate</span> <span class="lot-tile__estimate-value">{shown}</span></div>'
        if estimate
        else f'<div class="lot-tile__estimate lot-tile__estimate--on-request"><span class="lot-tile__estimate-value">{shown}</span></div>'
    )
    return f"""
        <li class="lots-grid__item">
          <article class="lot-tile lot-tile--{state}" data-lot-id="{SALE_ID}-{number}" data-lot-number="{number}">
            <a class="lot-tile__image-link" href="{url}" tabindex="-1" aria-hidden="true">
              <picture class="lot-tile__picture"><source type="image/webp" srcset="https://img.ashcombe.example/sale/{SALE_ID}/lot/{number}/w400.webp 1x, https://img.ashcombe.example/sale/{SALE_ID}/lot/{number}/w800.webp 2x"><img class="lot-tile__image" src="https://img.ashcombe.example/sale/{SALE_ID}/lot/{number}/w400.jpg" alt="{esc(title)}" loading="lazy" width="300" height="300"></picture>
            </a>
            <div class="lot-tile__body">
              <span class="lot-tile__number">Lot {number}</span>
              <h3 class="lot-tile__title"><a class="lot-tile__link" href="{url}">{esc(title)}</a></h3>{maker_html}
              {estimate_html}
              {result}
            </div>
            <div class="lot-tile__actions">
              <button class="btn btn--icon lot-tile__watch js-watch-lot" type="button" data-lot="{SALE_ID}-{number}" aria-label="Add lot {number} to your watchlist"><svg class="icon icon--heart" aria-hidden="true" width="18" height="18"><use href="/static/icons.svg#heart"></use></svg></button>
            </div>
          </article>
        </li>"""


PROMO_TILE = """
        <li class="lots-grid__item lots-grid__item--promo">
          <aside class="promo-tile promo-tile--valuation">
            <a class="promo-tile__link" href="/sell/free-auction-valuation/?utm_source=catalogue&amp;utm_medium=tile">
              <span class="promo-tile__eyebrow">Selling?</span>
              <h3 class="promo-tile__title">Free auction valuations</h3>
              <p class="promo-tile__text">Our specialists value clocks, silver and furniture every Tuesday. Consign now for our June Fine Interiors sale.</p>
              <span class="btn btn--secondary">Book a valuation</span>
            </a>
          </aside>
        </li>"""


def _sale_page(page: int, pages: int, tiles: str) -> str:
    lots_here = {1: "1 - 10", 2: "11 - 20", 3: "21 - 26"}[page]
    options = "".join(
        f'<option value="{n}"{" selected" if n == page else ""}>{n}</option>' for n in range(1, pages + 1)
    )
    prev = (
        f'<a class="pager__prev" href="{SALE_BASE}/?page={page - 1}" rel="prev">‹ Previous</a>'
        if page > 1
        else '<span class="pager__prev pager__prev--disabled" aria-disabled="true">‹ Previous</span>'
    )
    nxt = (
        f'<a class="pager__next" href="{SALE_BASE}/?page={page + 1}" rel="next">Next ›</a>'
        if page < pages
        else '<span class="pager__next pager__next--disabled" aria-disabled="true">Next ›</span>'
    )
    highlights = "".join(
        f'<li class="highlights__item"><a href="{_lot_url(LOTS[n - 1])}"><figure><img src="https://img.ashcombe.example/sale/{SALE_ID}/lot/{n}/w800.jpg" alt="" loading="lazy"><figcaption><span class="highlights__lot">Lot {n}</span> {esc(LOTS[n - 1][1])}</figcaption></figure></a></li>'
        for n in HIGHLIGHTS
    )
    return f"""<!DOCTYPE html>
<html lang="en-GB" class="no-js">
<head>
  <meta charset="utf-8">
  <title>Fine Clocks, Furniture &amp; Works of Art | Sale {SALE_ID} | Ashcombe &amp; Gray Auctioneers</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="Browse 26 lots in Fine Clocks, Furniture &amp; Works of Art, Wednesday 11 March 2026 at Ashcombe &amp; Gray, Bath.">
  <link rel="canonical" href="https://www.ashcombe.example{SALE_BASE}/{"" if page == 1 else f"?page={page}"}">
  <link rel="stylesheet" href="/static/css/main.4f9a1c.css">
  <script>document.documentElement.className = document.documentElement.className.replace('no-js', 'js');</script>
  <script async src="https://www.googletagmanager.example/gtm.js?id=GTM-AG7731"></script>
</head>
<body class="page page--sale">
  <a class="skip-link" href="#main">Skip to content</a>
  <div class="notice-bar" role="region" aria-label="Notice">Our Bath saleroom is open for viewing Mon-Fri 9am-5pm. <a href="/visit/">Plan your visit</a></div>
  <header class="site-header">
    <div class="site-header__inner container">
      <a class="site-header__logo" href="/"><img src="/static/img/ashcombe-gray-logo.svg" alt="Ashcombe &amp; Gray Auctioneers" width="180" height="48"></a>
      <form class="site-search" action="/search/" method="get" role="search"><label class="visually-hidden" for="q">Search lots</label><input id="q" name="q" type="search" placeholder="Search lots, artists, makers"><button type="submit">Search</button></form>
      <nav class="site-nav" aria-label="Main">
        <ul class="site-nav__list">
          <li class="site-nav__item site-nav__item--active"><a href="/auctions/">Auctions</a></li>
          <li class="site-nav__item"><a href="/results/">Results</a></li>
          <li class="site-nav__item"><a href="/departments/">Departments</a></li>
          <li class="site-nav__item"><a href="/sell/">Sell</a></li>
          <li class="site-nav__item"><a href="/buy/">How to buy</a></li>
          <li class="site-nav__item"><a href="/news/">News</a></li>
        </ul>
      </nav>
      <div class="site-header__account"><a href="/account/login/?next={SALE_BASE}/">Log in</a> | <a href="/account/register/">Register</a></div>
    </div>
  </header>
  <main id="main" class="container">
    <nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/auctions/">Auctions</a></li><li><a href="/auctions/past/">Past auctions</a></li><li aria-current="page">Sale {SALE_ID}</li></ol></nav>
    <section class="sale-header">
      <p class="sale-header__status sale-header__status--closed">Auction closed</p>
      <h1 class="sale-header__title">Fine Clocks, Furniture &amp; Works of Art</h1>
      <dl class="sale-header__facts">
        <div><dt>Sale</dt><dd>{SALE_ID}</dd></div>
        <div><dt>Date</dt><dd><time datetime="2026-03-11T10:30:00+00:00">Wednesday 11 March 2026, 10:30 GMT</time></dd></div>
        <div><dt>Location</dt><dd>The Octagon Saleroom, Bath</dd></div>
        <div><dt>Lots</dt><dd>26</dd></div>
      </dl>
      <p class="sale-header__note">Results include buyer's premium of 27% (inclusive of VAT). Withdrawn lots are shown for reference.</p>
      <div class="sale-header__actions"><a class="btn btn--primary" href="/catalogues/{SALE_ID}.pdf">Download catalogue (PDF, 14 MB)</a> <a class="btn btn--secondary" href="{SALE_BASE}/results.csv">Download results</a></div>
    </section>
    <section class="highlights" aria-labelledby="highlights-title">
      <h2 id="highlights-title" class="highlights__title">Sale highlights</h2>
      <ul class="highlights__list">{highlights}</ul>
    </section>
    <div class="sale-layout">
      <aside class="sale-layout__sidebar filters" aria-label="Filter lots">
        <form class="filters__form" action="{SALE_BASE}/" method="get">
          <fieldset class="filters__group"><legend>Department</legend>
            <label class="checkbox"><input type="checkbox" name="department" value="clocks"> Clocks &amp; Watches <span class="count">(7)</span></label>
            <label class="checkbox"><input type="checkbox" name="department" value="furniture"> Furniture <span class="count">(11)</span></label>
            <label class="checkbox"><input type="checkbox" name="department" value="silver"> Silver <span class="count">(4)</span></label>
            <label class="checkbox"><input type="checkbox" name="department" value="ceramics"> Ceramics &amp; Asian Art <span class="count">(3)</span></label>
            <label class="checkbox"><input type="checkbox" name="department" value="pictures"> Pictures <span class="count">(3)</span></label>
          </fieldset>
          <fieldset class="filters__group"><legend>Result</legend>
            <label class="radio"><input type="radio" name="status" value="" checked> All lots</label>
            <label class="radio"><input type="radio" name="status" value="sold"> Sold</label>
            <label class="radio"><input type="radio" name="status" value="unsold"> Unsold</label>
          </fieldset>
          <fieldset class="filters__group"><legend>Estimate (£)</legend>
            <label>From <input type="number" name="est_min" min="0" step="100" placeholder="0"></label>
            <label>To <input type="number" name="est_max" min="0" step="100" placeholder="Any"></label>
          </fieldset>
          <button class="btn btn--primary" type="submit">Apply filters</button>
        </form>
        <div class="sidebar-box sidebar-box--contacts">
          <h2 class="sidebar-box__title">Specialists</h2>
          <ul class="contacts">
            <li class="contact"><img src="/media/staff/h-marlowe.jpg" alt="" width="56" height="56"><p class="contact__name">Henrietta Marlowe</p><p class="contact__role">Head of Furniture</p><p class="contact__phone"><a href="tel:+441225400112">+44 (0)1225 400 112</a></p></li>
            <li class="contact"><img src="/media/staff/d-okafor.jpg" alt="" width="56" height="56"><p class="contact__name">David Okafor</p><p class="contact__role">Clocks &amp; Watches</p><p class="contact__phone"><a href="tel:+441225400118">+44 (0)1225 400 118</a></p></li>
          </ul>
        </div>
        <div class="sidebar-box sidebar-box--bid">
          <h2 class="sidebar-box__title">Bid with us</h2>
          <p>Register to bid in the room, by telephone, by commission bid or live online.</p>
          <a class="btn btn--secondary" href="/account/register/?sale={SALE_ID}">Register to bid</a>
        </div>
      </aside>
      <section class="sale-layout__main lots" aria-labelledby="lots-title">
        <h2 id="lots-title" class="visually-hidden">Lots</h2>
        <form class="lots-toolbar" action="{SALE_BASE}/" method="get">
          <p class="lots-toolbar__count">Showing lots {lots_here} of 26</p>
          <label>Sort by <select name="sort" onchange="this.form.submit()"><option value="lot" selected>Lot number</option><option value="est_desc">Estimate: high to low</option><option value="est_asc">Estimate: low to high</option><option value="price_desc">Price realised</option></select></label>
          <label>Lots per page <select name="per_page" onchange="this.form.submit()"><option value="10" selected>10</option><option value="50">50</option><option value="100">100</option></select></label>
          <div class="lots-toolbar__view" role="group" aria-label="View"><a class="is-active" href="{SALE_BASE}/?view=grid" aria-current="true">Grid</a> <a href="{SALE_BASE}/?view=list">List</a></div>
        </form>
        <ul class="lots-grid">{tiles}
        </ul>
        <nav class="pager" aria-label="Pagination">
          {prev}
          <form class="pager__form" action="{SALE_BASE}/" method="get">
            <label for="pager-page">Page</label>
            <select id="pager-page" name="page" onchange="this.form.submit()">{options}</select>
            <span class="pager__total">of {pages}</span>
            <noscript><button type="submit">Go</button></noscript>
          </form>
          {nxt}
        </nav>
      </section>
    </div>
    <section class="related-sales">
      <h2>Upcoming sales</h2>
      <ul class="related-sales__list">
        <li class="sale-card"><a href="/auction/28790/"><span class="sale-card__date">14 April 2026</span> <span class="sale-card__title">Silver &amp; Objects of Vertu</span></a></li>
        <li class="sale-card"><a href="/auction/28802/"><span class="sale-card__date">29 April 2026</span> <span class="sale-card__title">Modern British &amp; Scottish Pictures</span></a></li>
        <li class="sale-card"><a href="/auction/28815/"><span class="sale-card__date">10 June 2026</span> <span class="sale-card__title">Fine Interiors</span></a></li>
      </ul>
    </section>
  </main>
  <footer class="site-footer">
    <div class="container site-footer__inner">
      <div class="site-footer__col"><h2>Ashcombe &amp; Gray</h2><address>The Octagon, Milsom Street<br>Bath BA1 1BN<br><a href="tel:+441225400100">+44 (0)1225 400 100</a></address></div>
      <div class="site-footer__col"><h2>Buying &amp; selling</h2><ul><li><a href="/buy/">How to buy</a></li><li><a href="/sell/">How to sell</a></li><li><a href="/buy/fees/">Buyer's premium &amp; fees</a></li><li><a href="/terms/">Conditions of sale</a></li></ul></div>
      <div class="site-footer__col"><h2>Newsletter</h2><form action="/newsletter/" method="post"><label for="nl-email">Email</label> <input id="nl-email" type="email" name="email" required> <button type="submit">Sign up</button></form></div>
      <p class="site-footer__legal">© 2026 Ashcombe &amp; Gray Ltd. Registered in England No. 04418812. <a href="/privacy/">Privacy</a> · <a href="/cookies/">Cookies</a> · <a href="/accessibility/">Accessibility</a></p>
    </div>
  </footer>
  <div class="cookie-banner" id="cookie-banner" role="dialog" aria-label="Cookies" hidden><p>We use cookies to remember your watchlist and to measure how the site is used.</p><button type="button" class="btn btn--primary js-cookies-accept">Accept all</button> <button type="button" class="btn btn--secondary js-cookies-reject">Reject non-essential</button></div>
  <script src="/static/js/main.7d21e0.js" defer></script>
</body>
</html>"""


@held
def build_ashcombe_auctions() -> None:
    s = Site(
        "ashcombe-auctions",
        kind="auction lot list (estimate ranges, hammer prices, unsold and withdrawn lots)",
        start="auction/28741/",
        description="Held out.",
    )
    pages = chunks(LOTS, [10, 10, 6])
    for number, lots in enumerate(pages, 1):
        tiles = [_lot_tile(lot) for lot in lots]
        if number == 1:
            tiles.insert(6, PROMO_TILE)
        text = _sale_page(number, len(pages), "".join(tiles))
        if number == 1:
            s.list_page(f"{SALE_BASE[1:]}/index.html", text)
            s.write(f"{SALE_BASE[1:]}/@page=1", text)
        else:
            s.list_page(f"{SALE_BASE[1:]}/@page={number}", text)
    for lot in LOTS:
        number, title, maker, estimate, sold, _withdrawn = lot
        s.expect(
            {
                "lot": number,
                "title": title,
                "url": _lot_url(lot),
                "maker": maker,
                "estimate": f"{_pounds(estimate[0])} - {_pounds(estimate[1])}" if estimate else None,
                "price": float(sold) if sold is not None else None,
                "currency": "GBP" if sold is not None else None,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# halcyon-discography: a MusicBrainz-like artist overview: the discography is one `table.tbl` per
# release type under an <h3> ("Album", "Single", "EP", "Album + Live"...), with the same columns in
# each (a merge checkbox, year, title, artist credit, a star rating only some rows have, release
# count); odd/even rows, artist credits of several links with join phrases, a year missing on one
# row; a Wikipedia extract above, a sidebar of artist facts, tags and external links.
# ---------------------------------------------------------------------------------------------------

MB = "https://beta.tunebrainz.example"
ARTIST = ("The Halcyon Drift", "3f1c8a52-7d4e-4b1a-9c0e-5a2d6b8e4f17")
GUESTS = {
    "Mara Vell": "a0d7e912-44c1-4f5e-b8a3-1e6c2f9d7b30",
    "Oskar Lind": "5c9e2b14-8f3a-4d6c-a1b7-2e4f9c0d8a61",
    "Low Tide Choir": "e81b4c7d-2a95-4f03-b6d1-9c3e7a5f2b48",
}

# (type, year or None, title, guest artists (join phrase, name), rating or None, releases)
RELEASE_GROUPS: list[tuple[Any, ...]] = [
    ("Album", 2001, "Saltwater Radio", [], 3.85, 6),
    ("Album", 2003, "Lanterns for the Undertow", [], 4.2, 9),
    ("Album", 2006, "Quiet Machinery", [], 3.6, 4),
    ("Album", 2009, "A Map of Small Weather", [], 4.05, 5),
    ("Album", 2012, "Glasshouse Tapes", [(" & ", "Mara Vell")], None, 3),
    ("Album", 2015, "Northern Static", [], 3.45, 4),
    ("Album", 2019, "The Long Exposure", [], 4.4, 7),
    ("Album", 2024, "Harbour Lights, Burning", [], 3.9, 2),
    ("Single", 2000, "Estuary", [], None, 1),
    ("Single", 2001, "Tin Roof Summer", [], 3.5, 2),
    ("Single", 2003, "Undertow", [], 4.0, 3),
    ("Single", 2006, "Clockwork Hearts", [], None, 2),
    ("Single", 2009, "Small Weather", [(" feat. ", "Oskar Lind")], 3.75, 2),
    ("Single", 2012, "Paper Boats", [(" & ", "Mara Vell")], None, 1),
    ("Single", 2019, "Long Exposure (Radio Edit)", [], None, 1),
    ("Single", 2024, "Burning", [], 4.15, 1),
    ("EP", 1999, "Foghorn Demos", [], None, 1),
    ("EP", 2004, "Night Ferry EP", [], 3.95, 2),
    ("EP", 2010, "Weathervane", [], None, 1),
    ("EP", None, "Cassette Sessions Vol. 2", [], None, 1),
    ("EP", 2021, "Reprises", [(" with ", "Low Tide Choir")], 3.3, 1),
    ("Album + Compilation", 2011, "Tidelines: Singles 2000–2010", [], 3.8, 3),
    ("Album + Compilation", 2017, "B-Sides from the Undertow", [], None, 1),
    ("Album + Live", 2007, "Live at the Thekla", [], 4.25, 2),
    ("Album + Live", 2020, "Kitchen Concerts", [], None, 1),
    ("Single + Remix", 2013, "Paper Boats (Oskar Lind Remix)", [(" & ", "Mara Vell")], None, 1),
]


def _rg_id(title: str) -> str:
    h = hashlib.sha1(title.encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


def _rg_url(group: tuple[Any, ...]) -> str:
    return f"/release-group/{_rg_id(group[2])}"


def _credit_html(guests: list[tuple[str, str]]) -> str:
    name, mbid = ARTIST
    parts = [f'<a href="/artist/{mbid}" title="{esc(name)}"><bdi>{esc(name)}</bdi></a>']
    for join, guest in guests:
        parts.append(f'{esc(join)}<a href="/artist/{GUESTS[guest]}" title="{esc(guest)}"><bdi>{esc(guest)}</bdi></a>')
    return "".join(parts)


def _credit_names(guests: list[tuple[str, str]]) -> list[str]:
    """The credited artists, as a person would list them (the join phrases sit between links)."""
    return [ARTIST[0], *(guest for _join, guest in guests)]


def _stars(rating: float | None) -> str:
    if rating is None:
        return '<span class="inline-rating"><span class="star-rating small-star" tabindex="-1"></span></span>'
    return f'<span class="inline-rating"><span class="star-rating small-star" tabindex="-1"><span class="current-rating" style="width:{round(rating * 20)}%">{rating:g}</span></span></span>'


def _rg_row(group: tuple[Any, ...], index: int) -> str:
    _type, year, title, guests, rating, releases = group
    parity = "odd" if index % 2 == 0 else "even"
    return f"""<tr class="{parity}"><td class="pos"><input type="checkbox" name="add-to-merge" value="{int(_rg_id(title)[:6], 16) % 900000 + 100000}"></td><td class="c">{year if year else ""}</td><td><a href="{_rg_url(group)}"><bdi>{esc(title)}</bdi></a></td><td>{_credit_html(guests)}</td><td class="c">{_stars(rating)}</td><td class="c">{releases}</td></tr>"""


def _discography() -> str:
    out: list[str] = []
    types = list(dict.fromkeys(g[0] for g in RELEASE_GROUPS))
    for kind in types:
        rows = "\n".join(_rg_row(g, i) for i, g in enumerate(g for g in RELEASE_GROUPS if g[0] == kind))
        out.append(
            f"""<h3>{esc(kind)}</h3>
<table class="tbl mergeable-table">
<thead><tr><th class="pos"><input type="checkbox"></th><th class="year c">Year</th><th>Title</th><th>Artist</th><th class="rating c">Rating</th><th class="count c">Releases</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>"""
        )
    return "\n".join(out)


def _mb_page() -> str:
    name, mbid = ARTIST
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(name)} - TuneBrainz</title>
<link rel="stylesheet" type="text/css" href="/static/build/common-9c1d2e7f.css">
<link rel="search" type="application/opensearchdescription+xml" title="TuneBrainz: Artist" href="/static/search_plugins/opensearch/tunebrainz_artist.xml">
<link rel="canonical" href="{MB}/artist/{mbid}">
<script type="application/ld+json">{{"@context":"https://schema.org/","@id":"{MB}/artist/{mbid}","@type":"MusicGroup","name":"{esc(name)}","foundingDate":"1998","foundingLocation":{{"@type":"Place","@id":"{MB}/area/9f1b7a0c-1f5e-4d8e-9b5a-0a2c6e7d1b44","name":"Bristol"}},"genre":["https://tunebrainz.example/genre/dream-pop"]}}</script>
<noscript><link rel="stylesheet" type="text/css" href="/static/build/no-javascript-2b8f44.css"></noscript>
</head>
<body>
<div class="header">
  <a class="logo" href="/" title="TuneBrainz"><img src="/static/images/layout/header-logo.svg" class="server-logo" alt="TuneBrainz"></a>
  <div class="right">
    <div class="top">
      <ul class="menu" tabindex="-1">
        <li class="tunebrainz" tabindex="-1"><span class="menu-header">TuneBrainz&#xA0;▾</span><ul><li><a href="/doc/About">About</a></li><li><a href="https://tunebrainz.example/sponsors">Sponsors</a></li><li><a href="/doc/Communication/ChatBrainz">Chat</a></li></ul></li>
        <li class="products" tabindex="-1"><span class="menu-header">Products&#xA0;▾</span><ul><li><a href="/doc/TuneBrainz_Picard">Picard</a></li><li><a href="/doc/TuneBrainz_API">Web service</a></li></ul></li>
        <li class="search" tabindex="-1"><span class="menu-header">Search&#xA0;▾</span><ul><li><a href="/search/edits">Search edits</a></li><li><a href="/tags">Tags</a></li><li><a href="/cdstub/browse">Top CD stubs</a></li></ul></li>
        <li class="editing" tabindex="-1"><span class="menu-header">Editing&#xA0;▾</span><ul><li><a href="/artist/create">Add artist</a></li><li><a href="/release/add">Add release</a></li><li><a href="/edit/open">Vote on edits</a></li></ul></li>
        <li class="documentation" tabindex="-1"><span class="menu-header">Documentation&#xA0;▾</span><ul><li><a href="/doc/Beginners_Guide">Beginners guide</a></li><li><a href="/doc/Style">Style guidelines</a></li><li><a href="/doc/Frequently_Asked_Questions">FAQs</a></li></ul></li>
      </ul>
      <ul class="menu"><li><a href="/login?returnto=%2Fartist%2F{mbid}">Log in</a></li><li><a href="/register?returnto=%2Fartist%2F{mbid}">Create account</a></li></ul>
    </div>
    <div class="bottom">
      <form action="/search" method="get" class="search-form"><input type="text" id="headerid-query" name="query" placeholder="Search" required><select id="headerid-type" name="type"><option value="artist" selected>Artist</option><option value="release_group">Release group</option><option value="release">Release</option><option value="recording">Recording</option><option value="work">Work</option><option value="label">Label</option></select><input type="hidden" name="method" value="indexed"><button type="submit"><img src="/static/images/icons/search.svg" alt="Search"></button></form>
    </div>
  </div>
</div>
<div class="banner server-details"><p>This is a beta test server. Changes made here affect the main database.</p></div>
<div id="page" class="fullwidth">
<div id="content">
  <div class="artistheader">
    <h1><a href="/artist/{mbid}"><bdi>{esc(name)}</bdi></a> <span class="comment">(<bdi>Bristol dream pop band</bdi>)</span></h1>
    <p class="subheader"><span class="prefix">~</span> Group</p>
  </div>
  <div class="tabs"><ul class="tabs">
    <li class="sel"><a href="/artist/{mbid}">Overview</a></li><li><a href="/artist/{mbid}/releases">Releases</a></li><li><a href="/artist/{mbid}/recordings">Recordings</a></li><li><a href="/artist/{mbid}/works">Works</a></li><li><a href="/artist/{mbid}/events">Events</a></li><li><a href="/artist/{mbid}/relationships">Relationships</a></li><li><a href="/artist/{mbid}/aliases">Aliases</a></li><li><a href="/artist/{mbid}/tags">Tags</a></li><li><a href="/artist/{mbid}/ratings">Ratings</a></li><li><a href="/artist/{mbid}/details">Details</a></li>
  </ul></div>
  <div class="wikipedia-extract">
    <h2 class="wikipedia">Wikipedia</h2>
    <div class="wikipedia-extract-body wikipedia-extract-collapse"><p><b>The Halcyon Drift</b> are an English dream pop band formed in Bristol in 1998 by Nell Abernethy (vocals, guitar) and Tom Iredale (bass, keyboards). Their second album, <i>Lanterns for the Undertow</i> (2003), reached number 31 on the UK Albums Chart.</p></div>
    <a href="https://en.wikipedia.example/wiki/The_Halcyon_Drift">Continue reading at Wikipedia…</a> <small>Wikipedia content provided under the terms of the <a href="https://creativecommons.org/licenses/by-sa/3.0/">Creative Commons BY-SA license</a></small>
  </div>
  <h2 class="discography">Discography</h2>
  <div class="filter-toggle"><p>Showing official release groups by this artist. <a href="/artist/{mbid}?all=1">Show all release groups instead</a>, or <a href="/artist/{mbid}?va=1">show various artists release groups</a>.</p></div>
  <form action="/release-group/merge_queue" method="post">
{_discography()}
    <div class="row"><span class="buttons"><button type="submit">Add selected release groups for merging</button></span></div>
  </form>
</div>
<div id="sidebar">
  <div class="cover-art"><img src="https://coverartarchive.example/artist/{mbid}/front-250.jpg" alt=""></div>
  <h2 class="artist-information">Artist information</h2>
  <dl class="properties">
    <dt>Type:</dt><dd class="type">Group</dd>
    <dt>Founded:</dt><dd>1998</dd>
    <dt>Founded in:</dt><dd><a href="/area/9f1b7a0c-1f5e-4d8e-9b5a-0a2c6e7d1b44"><bdi>Bristol</bdi></a>, <a href="/area/7c1d6e2a-5b3f-4e8a-9d1c-3f2b0a6e8d55"><bdi>England</bdi></a>, <a href="/area/8a754a16-0027-3a29-b6d7-2b40ea0481ed"><bdi>United Kingdom</bdi></a></dd>
    <dt>Area:</dt><dd><a href="/area/8a754a16-0027-3a29-b6d7-2b40ea0481ed"><bdi>United Kingdom</bdi></a></dd>
    <dt>ISNI code:</dt><dd><a href="https://isni.example/0000000123945871">0000 0001 2394 5871</a></dd>
  </dl>
  <h2 class="rating">Rating</h2>
  <p><span class="inline-rating"><span class="star-rating" tabindex="-1"><span class="current-rating" style="width:78%">3.9</span></span></span> (<a href="/artist/{mbid}/ratings">see all ratings</a>)</p>
  <h2 class="genres">Genres</h2>
  <div class="genre-list"><p><a href="/genre/dream-pop"><bdi>dream pop</bdi></a>, <a href="/genre/shoegaze"><bdi>shoegaze</bdi></a>, <a href="/genre/indie-rock"><bdi>indie rock</bdi></a></p></div>
  <h2 class="tags">Tags</h2>
  <div id="sidebar-tags"><p><a href="/tag/british"><bdi>british</bdi></a>, <a href="/tag/bristol"><bdi>bristol</bdi></a>, <a href="/tag/female%20vocalists"><bdi>female vocalists</bdi></a></p><p><a href="/artist/{mbid}/tags">See all tags</a></p></div>
  <h2 class="external-links">External links</h2>
  <ul class="external_links">
    <li class="home-favicon"><a href="https://halcyondrift.example/">halcyondrift.example</a></li>
    <li class="bandcamp-favicon"><a href="https://halcyondrift.bandcamp.example/">Bandcamp</a></li>
    <li class="discogs-favicon"><a href="https://www.discogs.example/artist/188244">Discogs</a></li>
    <li class="wikidata-favicon"><a href="https://www.wikidata.example/wiki/Q7740213">Wikidata</a></li>
  </ul>
  <h2 class="editing">Editing</h2>
  <ul class="links"><li><a href="/artist/{mbid}/edit">Edit</a></li><li><a href="/artist/merge_queue?add-to-merge={mbid}">Merge artist</a></li><li><a href="/artist/{mbid}/open_edits">Open edits</a></li><li><a href="/artist/{mbid}/edits">Editing history</a></li></ul>
  <h2 class="subscriptions">Subscriptions</h2>
  <ul class="links"><li><a href="/artist/{mbid}/subscribers">4 users are subscribed to this artist</a></li></ul>
  <p class="lastupdate">Last updated on 2026-02-27 11:04 UTC</p>
</div>
</div>
<div id="footer">
  <p class="left"><a href="https://tunebrainz.example/donate" class="donate-link">Donate</a> | <a href="//wiki.tunebrainz.example/" class="internal">Wiki</a> | <a href="https://community.tunebrainz.example/" class="internal">Forums</a> | <a href="https://tickets.tunebrainz.example/" class="internal">Bug tracker</a> | <a href="https://blog.tunebrainz.example/" class="internal">Blog</a></p>
  <p class="right">Brought to you by <a href="https://metabrainz.example/" class="internal">The MetaTune Foundation</a> and our <a href="https://metabrainz.example/sponsors" class="internal">sponsors</a> and <a href="https://metabrainz.example/supporters" class="internal">supporters</a>.</p>
</div>
<script src="/static/build/runtime-3d19b2.js"></script><script src="/static/build/common-9c1d2e7f.js"></script>
</body>
</html>"""


@held
def build_halcyon_discography() -> None:
    s = Site(
        "halcyon-discography",
        kind="discography (MusicBrainz-like: one table per release type under an h3, star ratings)",
        start=f"artist/{ARTIST[1]}/",
        description="Held out.",
    )
    s.list_page(f"artist/{ARTIST[1]}/index.html", _mb_page())
    for group in RELEASE_GROUPS:
        kind, year, title, guests, rating, releases = group
        s.expect(
            {
                "title": title,
                "url": _rg_url(group),
                "year": year,
                "type": kind,
                "artists": _credit_names(guests),
                "rating": rating,
                "releases": releases,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# prefecture-armorique: a French prefecture's press-release archive on the State design system
# (DSFR): horizontal `fr-card`s with a type badge, a theme tag, an optional summary, "Publié le
# 5 mars 2026" and sometimes "Mis à jour le …" beside it; an "À la une" tile repeating the newest
# release, a side menu of years, theme checkboxes with counts, a press-contact callout, a sort
# select, the DSFR pagination (?page=N), the follow/newsletter block, footer, display-settings modal
# and consent banner.
# ---------------------------------------------------------------------------------------------------

FR_MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
FR_MONTH_PATH = [
    "Janvier",
    "Fevrier",
    "Mars",
    "Avril",
    "Mai",
    "Juin",
    "Juillet",
    "Aout",
    "Septembre",
    "Octobre",
    "Novembre",
    "Decembre",
]
PRESS = "/Publications/Communiques-de-presse"

# (published, updated or None, type, theme, title, summary or None)
RELEASES: list[tuple[Any, ...]] = [
    (
        date(2026, 3, 27),
        None,
        "Communiqué de presse",
        "Environnement",
        "Vigilance sécheresse : le niveau d'alerte est levé sur le bassin de l'Aven",
        "Les débits des cours d'eau étant revenus au-dessus des seuils de vigilance, les mesures de restriction des usages de l'eau prennent fin ce vendredi.",
    ),
    (
        date(2026, 3, 26),
        None,
        "Invitation presse",
        "Sécurité routière",
        "Lancement de la campagne de prévention « Deux-roues motorisés » au lycée maritime de Kerlann",
        None,
    ),
    (
        date(2026, 3, 24),
        date(2026, 3, 25),
        "Communiqué de presse",
        "Sécurité civile",
        "Tempête Ophélia : point de situation à 18 heures",
        "Plus de 4 200 foyers restent privés d'électricité. Les équipes d'Enedis sont mobilisées et la cellule de crise préfectorale reste activée.",
    ),
    (
        date(2026, 3, 20),
        None,
        "Communiqué de presse",
        "Élections",
        "Élections municipales : dépôt des déclarations de candidature pour le second tour",
        "Les déclarations de candidature sont reçues en préfecture et dans les sous-préfectures jusqu'au mardi 17 heures.",
    ),
    (
        date(2026, 3, 18),
        None,
        "Communiqué de presse",
        "Agriculture",
        "Influenza aviaire : le niveau de risque abaissé à « modéré »",
        "Les mesures de mise à l'abri des volailles sont allégées dans l'ensemble des communes du département.",
    ),
    (
        date(2026, 3, 16),
        None,
        "Dossier de presse",
        "Économie et emploi",
        "Bilan 2025 du plan « France Relance » en Armorique",
        "Plus de 1 300 entreprises et 86 collectivités ont bénéficié d'un soutien de l'État, pour un montant total de 212 millions d'euros.",
    ),
    (
        date(2026, 3, 13),
        None,
        "Communiqué de presse",
        "Ordre public",
        "Interdiction temporaire de la vente d'alcool à emporter dans le centre-ville de Port-Guéric",
        None,
    ),
    (
        date(2026, 3, 11),
        date(2026, 3, 12),
        "Communiqué de presse",
        "Santé",
        "Épidémie de grippe : les recommandations de l'Agence régionale de santé",
        "L'ARS rappelle l'importance des gestes barrières et invite les personnes fragiles à se faire vacciner.",
    ),
    (
        date(2026, 3, 9),
        None,
        "Communiqué de presse",
        "Sécurité routière",
        "Baromètre de la sécurité routière : février 2026",
        "Deux personnes ont perdu la vie sur les routes du département en février, contre cinq l'an dernier à la même période.",
    ),
    (
        date(2026, 3, 6),
        None,
        "Communiqué de presse",
        "Environnement",
        "Arrêté de protection de biotope de la presqu'île de Lanvaux",
        "Le préfet a signé l'arrêté protégeant les habitats du gravelot à collier interrompu.",
    ),
    (
        date(2026, 3, 4),
        None,
        "Invitation presse",
        "Économie et emploi",
        "Visite du préfet sur le chantier du futur port de plaisance de Saint-Aldric",
        None,
    ),
    (
        date(2026, 3, 2),
        None,
        "Communiqué de presse",
        "Sécurité civile",
        "Exercice de sécurité civile au terminal méthanier de Porz-Meur",
        "Un exercice grandeur nature simulant une fuite de gaz aura lieu mercredi matin. La population ne doit pas s'inquiéter de la présence des secours.",
    ),
    (
        date(2026, 2, 27),
        None,
        "Communiqué de presse",
        "Agriculture",
        "Calamités agricoles : ouverture de la procédure pour les pertes de fourrage de 2025",
        "Les exploitants peuvent déposer leur demande d'indemnisation en ligne jusqu'au 30 avril.",
    ),
    (
        date(2026, 2, 25),
        None,
        "Communiqué de presse",
        "Élections",
        "Élections municipales : les listes de candidats pour le premier tour sont publiées",
        None,
    ),
    (
        date(2026, 2, 23),
        date(2026, 2, 24),
        "Communiqué de presse",
        "Ordre public",
        "Fermeture administrative d'un établissement de nuit à Kerlann",
        "L'établissement est fermé pour une durée de deux mois à la suite de plusieurs rixes.",
    ),
    (
        date(2026, 2, 20),
        None,
        "Communiqué de presse",
        "Santé",
        "Qualité des eaux de baignade : le bilan de la saison 2025",
        "94 % des sites de baignade du département présentent une eau de qualité excellente ou bonne.",
    ),
    (
        date(2026, 2, 18),
        None,
        "Dossier de presse",
        "Sécurité routière",
        "Bilan de l'accidentalité routière 2025",
        "Le nombre de personnes tuées sur les routes du département est en baisse de 18 % par rapport à 2024.",
    ),
    (
        date(2026, 2, 16),
        None,
        "Communiqué de presse",
        "Environnement",
        "Algues vertes : lancement du troisième plan de lutte",
        None,
    ),
    (
        date(2026, 2, 13),
        None,
        "Communiqué de presse",
        "Économie et emploi",
        "Dotation de soutien à l'investissement local : l'appel à projets 2026 est ouvert",
        "Les collectivités peuvent déposer leurs dossiers sur la plateforme Démarches simplifiées jusqu'au 31 mars.",
    ),
    (
        date(2026, 2, 11),
        None,
        "Invitation presse",
        "Sécurité civile",
        "Cérémonie de remise de médailles aux sapeurs-pompiers volontaires",
        None,
    ),
    (
        date(2026, 2, 9),
        None,
        "Communiqué de presse",
        "Agriculture",
        "Fièvre catarrhale ovine : campagne de vaccination gratuite prolongée",
        "L'État prend en charge les doses de vaccin pour les ovins et les bovins jusqu'à la fin du mois de mai.",
    ),
    (
        date(2026, 2, 6),
        None,
        "Communiqué de presse",
        "Ordre public",
        "Mesures de police à l'occasion du match Armorique FC – Stade Brestois",
        "La vente et le transport de fumigènes sont interdits du samedi 8 heures au dimanche 8 heures.",
    ),
    (
        date(2026, 2, 4),
        None,
        "Communiqué de presse",
        "Santé",
        "Monoxyde de carbone : les bons gestes pour éviter les intoxications",
        None,
    ),
    (
        date(2026, 2, 2),
        None,
        "Communiqué de presse",
        "Environnement",
        "Ouverture de la consultation publique sur le schéma d'aménagement des eaux de l'Aven",
        "Le public peut consulter le projet et formuler ses observations du 2 février au 6 mars 2026.",
    ),
]
THEMES = [
    "Agriculture",
    "Économie et emploi",
    "Élections",
    "Environnement",
    "Ordre public",
    "Santé",
    "Sécurité civile",
    "Sécurité routière",
]


def _fr_date(day: date) -> str:
    return f"{'1er' if day.day == 1 else day.day} {FR_MONTHS[day.month - 1]} {day.year}"


def _release_url(release: tuple[Any, ...]) -> str:
    published, title = release[0], release[4]
    name = slug(title)
    return f"{PRESS}/{published.year}/{FR_MONTH_PATH[published.month - 1]}/{name[0].upper()}{name[1:]}"


def _release_card(release: tuple[Any, ...], index: int) -> str:
    published, updated, kind, theme, title, summary = release
    desc = f'\n              <p class="fr-card__desc">{esc(summary)}</p>' if summary else ""
    details = f'<p class="fr-card__detail fr-icon-calendar-line">Publié le {_fr_date(published)}</p>'
    if updated:
        details += (
            f'\n                <p class="fr-card__detail fr-icon-refresh-line">Mis à jour le {_fr_date(updated)}</p>'
        )
    image = (
        f'\n          <div class="fr-card__header"><div class="fr-card__img"><img class="fr-responsive-img fr-ratio-3x2" src="/var/armorique/storage/images/_aliases/card/media/images/actualites/{published:%Y%m%d}-{index}.jpg" alt=""></div></div>'
        if index % 3 != 2
        else ""
    )
    return f"""
      <li class="fr-col-12">
        <div class="fr-card fr-enlarge-link fr-card--horizontal fr-card--horizontal-tier" id="card-{published:%Y%m%d}{index}">
          <div class="fr-card__body">
            <div class="fr-card__content">
              <h3 class="fr-card__title"><a href="{_release_url(release)}">{esc(title)}</a></h3>{desc}
              <div class="fr-card__start">
                <ul class="fr-badges-group"><li><p class="fr-badge fr-badge--sm fr-badge--blue-ecume">{esc(kind)}</p></li></ul>
                <ul class="fr-tags-group"><li><p class="fr-tag fr-tag--sm">{esc(theme)}</p></li></ul>
              </div>
              <div class="fr-card__end">
                {details}
              </div>
            </div>
          </div>{image}
        </div>
      </li>"""


def _fr_pagination(page: int, pages: int) -> str:
    def link(cls: str, label: str, target: int | None, current: bool = False) -> str:
        if current:
            return f'<li><a class="fr-pagination__link" aria-current="page" title="Page {target}">{label}</a></li>'
        if target is None:
            return f'<li><a class="fr-pagination__link {cls}" aria-disabled="true" role="link">{label}</a></li>'
        return f'<li><a class="fr-pagination__link {cls}" href="{PRESS}/?page={target}" title="Page {target}">{label}</a></li>'

    items = [
        link("fr-pagination__link--first", "Première page", 1 if page > 1 else None),
        link(
            "fr-pagination__link--prev fr-pagination__link--lg-label", "Page précédente", page - 1 if page > 1 else None
        ),
    ]
    items += [link("", str(n), n, current=n == page) for n in range(1, pages + 1)]
    items += [
        link(
            "fr-pagination__link--next fr-pagination__link--lg-label",
            "Page suivante",
            page + 1 if page < pages else None,
        ),
        link("fr-pagination__link--last", "Dernière page", pages if page < pages else None),
    ]
    return f'<nav role="navigation" class="fr-pagination fr-mt-6w" aria-label="Pagination"><ul class="fr-pagination__list">{"".join(items)}</ul></nav>'


def _prefecture_page(page: int, pages: int, cards: str) -> str:
    newest = RELEASES[0]
    counts = {theme: sum(1 for r in RELEASES if r[3] == theme) for theme in THEMES}
    themes = "".join(
        f'<div class="fr-fieldset__element"><div class="fr-checkbox-group fr-checkbox-group--sm"><input type="checkbox" id="theme-{slug(t)}" name="thematique[]" value="{slug(t)}"><label class="fr-label" for="theme-{slug(t)}">{esc(t)} ({counts[t]})</label></div></div>'
        for t in THEMES
    )
    return f"""<!DOCTYPE html>
<html lang="fr" data-fr-scheme="system">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
  <title>Communiqués de presse{"" if page == 1 else f" - Page {page}"} / Communiqués de presse / Publications / Accueil - Les services de l'État en Armorique</title>
  <meta name="description" content="Retrouvez les communiqués, invitations et dossiers de presse de la préfecture de l'Armorique.">
  <meta name="theme-color" content="#000091">
  <link rel="apple-touch-icon" href="/extension/ezdsfr/design/standard/images/favicon/apple-touch-icon.png">
  <link rel="stylesheet" href="/extension/ezdsfr/design/standard/stylesheets/dsfr.min.css?v=1.11.2">
  <link rel="stylesheet" href="/extension/ezdsfr/design/standard/stylesheets/utility/icons/icons.min.css?v=1.11.2">
  <link rel="stylesheet" href="/var/armorique/cache/public/stylesheets/6d2f0e1a9b7c.css">
</head>
<body>
  <div class="fr-skiplinks"><nav role="navigation" aria-label="Accès rapide" class="fr-container"><ul class="fr-skiplinks__list"><li><a class="fr-link" href="#contenu">Contenu</a></li><li><a class="fr-link" href="#header-navigation">Menu</a></li><li><a class="fr-link" href="#header-search">Recherche</a></li><li><a class="fr-link" href="#footer">Pied de page</a></li></ul></nav></div>
  <header role="banner" class="fr-header">
    <div class="fr-header__body"><div class="fr-container"><div class="fr-header__body-row">
      <div class="fr-header__brand fr-enlarge-link">
        <div class="fr-header__brand-top">
          <div class="fr-header__logo"><p class="fr-logo">Préfet<br>de l'Armorique</p></div>
          <div class="fr-header__navbar"><button class="fr-btn--search fr-btn" data-fr-opened="false" aria-controls="modal-search" title="Rechercher">Rechercher</button><button class="fr-btn--menu fr-btn" data-fr-opened="false" aria-controls="modal-menu" aria-haspopup="menu" id="button-menu" title="Menu">Menu</button></div>
        </div>
        <div class="fr-header__service"><a href="/" title="Accueil - Les services de l'État en Armorique"><p class="fr-header__service-title">Les services de l'État en Armorique</p></a></div>
      </div>
      <div class="fr-header__tools">
        <div class="fr-header__tools-links"><ul class="fr-btns-group"><li><a class="fr-btn fr-icon-mail-line" href="/Contactez-nous">Nous contacter</a></li><li><a class="fr-btn fr-icon-calendar-line" href="/Prendre-un-rendez-vous">Prendre un rendez-vous</a></li><li><button class="fr-btn fr-icon-theme-fill" aria-controls="fr-theme-modal" data-fr-opened="false">Paramètres d'affichage</button></li></ul></div>
        <div class="fr-header__search fr-modal" id="modal-search"><div class="fr-container fr-container-lg--fluid"><button class="fr-btn--close fr-btn" aria-controls="modal-search" title="Fermer">Fermer</button>
          <form class="fr-search-bar" id="header-search" role="search" action="/Rechercher" method="get"><label class="fr-label" for="search-input">Rechercher</label><input class="fr-input" placeholder="Rechercher" type="search" id="search-input" name="SearchText"><button class="fr-btn" title="Rechercher" type="submit">Rechercher</button></form>
        </div></div>
      </div>
    </div></div></div>
    <div class="fr-header__menu fr-modal" id="modal-menu" aria-labelledby="button-menu"><div class="fr-container">
      <nav class="fr-nav" id="header-navigation" role="navigation" aria-label="Menu principal">
        <ul class="fr-nav__list">
          <li class="fr-nav__item"><button class="fr-nav__btn" aria-expanded="false" aria-controls="menu-actions">Actions de l'État</button><div class="fr-collapse fr-menu" id="menu-actions"><ul class="fr-menu__list"><li><a class="fr-nav__link" href="/Actions-de-l-Etat/Environnement">Environnement</a></li><li><a class="fr-nav__link" href="/Actions-de-l-Etat/Securite-et-protection-de-la-population">Sécurité et protection de la population</a></li><li><a class="fr-nav__link" href="/Actions-de-l-Etat/Agriculture-et-peche">Agriculture et pêche</a></li></ul></div></li>
          <li class="fr-nav__item"><button class="fr-nav__btn" aria-expanded="false" aria-controls="menu-demarches">Démarches</button><div class="fr-collapse fr-menu" id="menu-demarches"><ul class="fr-menu__list"><li><a class="fr-nav__link" href="/Demarches/Titres-de-sejour">Titres de séjour</a></li><li><a class="fr-nav__link" href="/Demarches/Permis-de-conduire">Permis de conduire</a></li></ul></div></li>
          <li class="fr-nav__item"><a class="fr-nav__link" href="/Actualites">Actualités</a></li>
          <li class="fr-nav__item"><a class="fr-nav__link" href="/Publications" aria-current="true">Publications</a></li>
          <li class="fr-nav__item"><a class="fr-nav__link" href="/Services-de-l-Etat">Services de l'État</a></li>
        </ul>
      </nav>
    </div></div>
  </header>
  <main id="contenu" role="main" class="fr-container fr-mb-8w">
    <nav role="navigation" class="fr-breadcrumb" aria-label="vous êtes ici :"><button class="fr-breadcrumb__button" aria-expanded="false" aria-controls="breadcrumb-1">Voir le fil d'Ariane</button><div class="fr-collapse" id="breadcrumb-1"><ol class="fr-breadcrumb__list"><li><a class="fr-breadcrumb__link" href="/">Accueil</a></li><li><a class="fr-breadcrumb__link" href="/Publications">Publications</a></li><li><a class="fr-breadcrumb__link" aria-current="page">Communiqués de presse</a></li></ol></div></nav>
    <div class="fr-grid-row fr-grid-row--gutters">
      <div class="fr-col-12 fr-col-md-4">
        <nav class="fr-sidemenu" role="navigation" aria-labelledby="fr-sidemenu-title"><div class="fr-sidemenu__inner"><button class="fr-sidemenu__btn" aria-controls="fr-sidemenu-wrapper" aria-expanded="false">Dans cette rubrique</button><div class="fr-collapse" id="fr-sidemenu-wrapper"><div class="fr-sidemenu__title" id="fr-sidemenu-title">Communiqués de presse</div><ul class="fr-sidemenu__list">
          <li class="fr-sidemenu__item fr-sidemenu__item--active"><a class="fr-sidemenu__link" href="{PRESS}/2026" aria-current="page">2026</a></li>
          <li class="fr-sidemenu__item"><a class="fr-sidemenu__link" href="{PRESS}/2025">2025</a></li>
          <li class="fr-sidemenu__item"><a class="fr-sidemenu__link" href="{PRESS}/2024">2024</a></li>
          <li class="fr-sidemenu__item"><a class="fr-sidemenu__link" href="{PRESS}/Archives">Archives</a></li>
        </ul></div></div></nav>
        <form class="fr-mt-4w" action="{PRESS}/" method="get">
          <fieldset class="fr-fieldset" id="filtre-thematique"><legend class="fr-fieldset__legend fr-text--regular">Thématiques</legend>{themes}</fieldset>
          <fieldset class="fr-fieldset"><legend class="fr-fieldset__legend fr-text--regular">Période</legend>
            <div class="fr-fieldset__element"><div class="fr-input-group"><label class="fr-label" for="date-debut">Du <span class="fr-hint-text">Format attendu : JJ/MM/AAAA</span></label><input class="fr-input" type="date" id="date-debut" name="date_debut"></div></div>
            <div class="fr-fieldset__element"><div class="fr-input-group"><label class="fr-label" for="date-fin">Au</label><input class="fr-input" type="date" id="date-fin" name="date_fin"></div></div>
          </fieldset>
          <button class="fr-btn fr-btn--secondary" type="submit">Filtrer</button>
        </form>
        <div class="fr-callout fr-icon-information-line fr-mt-4w">
          <h2 class="fr-callout__title">Contact presse</h2>
          <p class="fr-callout__text">Bureau de la communication interministérielle<br>Tél. : 02 97 00 41 12<br><a href="mailto:pref-communication@armorique.gouv.example">pref-communication@armorique.gouv.example</a></p>
        </div>
      </div>
      <div class="fr-col-12 fr-col-md-8">
        <h1>Communiqués de presse</h1>
        <p class="fr-text--lead">Retrouvez l'ensemble des communiqués, invitations et dossiers de presse diffusés par la préfecture de l'Armorique.</p>
        <div class="fr-tile fr-enlarge-link fr-tile--horizontal fr-mb-4w" id="a-la-une">
          <div class="fr-tile__body"><div class="fr-tile__content">
            <p class="fr-tile__detail">À la une</p>
            <h2 class="fr-tile__title"><a href="{_release_url(newest)}">{esc(newest[4])}</a></h2>
          </div></div>
          <div class="fr-tile__header"><div class="fr-tile__pictogram"><svg aria-hidden="true" class="fr-artwork" viewBox="0 0 80 80" width="80px" height="80px"><use class="fr-artwork-major" href="/extension/ezdsfr/design/standard/artwork/pictograms/environment/environment.svg#artwork-major"></use></svg></div></div>
        </div>
        <div class="fr-grid-row fr-grid-row--middle fr-mb-2w">
          <p class="fr-col fr-mb-0" role="status"><strong>{len(RELEASES)} résultats</strong></p>
          <div class="fr-col-auto fr-select-group fr-mb-0"><label class="fr-label" for="tri">Trier par</label><select class="fr-select" id="tri" name="tri" form="form-tri"><option value="date_desc" selected>Date de publication (la plus récente)</option><option value="date_asc">Date de publication (la plus ancienne)</option><option value="titre">Titre</option></select></div>
        </div>
        <ul class="fr-grid-row fr-grid-row--gutters fr-raw-list">{cards}
        </ul>
        {_fr_pagination(page, pages)}
        <div class="fr-share fr-mt-6w"><p class="fr-share__title">Partager la page</p><ul class="fr-btns-group"><li><a class="fr-btn--facebook fr-btn" title="Partager sur Facebook - nouvelle fenêtre" href="https://www.facebook.example/sharer.php?u=https%3A%2F%2Fwww.armorique.gouv.example%2FPublications%2FCommuniques-de-presse" target="_blank" rel="noopener">Partager sur Facebook</a></li><li><a class="fr-btn--linkedin fr-btn" title="Partager sur LinkedIn - nouvelle fenêtre" href="https://www.linkedin.example/shareArticle?url=https%3A%2F%2Fwww.armorique.gouv.example%2FPublications%2FCommuniques-de-presse" target="_blank" rel="noopener">Partager sur LinkedIn</a></li><li><a class="fr-btn--mail fr-btn" href="mailto:?subject=Communiqu%C3%A9s%20de%20presse" title="Partager par email">Partager par email</a></li></ul></div>
      </div>
    </div>
  </main>
  <div class="fr-follow"><div class="fr-container"><div class="fr-grid-row">
    <div class="fr-col-12 fr-col-md-8"><div class="fr-follow__newsletter"><div><h2 class="fr-h5">Abonnez-vous à notre lettre d'information</h2><p class="fr-text--sm">Recevez chaque mois l'actualité des services de l'État en Armorique.</p></div><div><form action="/Lettre-d-information" method="post"><div class="fr-input-group"><label class="fr-label" for="newsletter-email">Votre adresse électronique (ex. : nom@domaine.fr)</label><input class="fr-input" type="email" id="newsletter-email" name="email" autocomplete="email"></div><button class="fr-btn" type="submit" title="S'abonner à notre lettre d'information">S'abonner</button></form></div></div></div>
    <div class="fr-col-12 fr-col-md-4"><div class="fr-follow__social"><h2 class="fr-h5">Suivez-nous<br> sur les réseaux sociaux</h2><ul class="fr-btns-group"><li><a class="fr-btn--facebook fr-btn" title="Facebook - nouvelle fenêtre" href="https://www.facebook.example/prefet.armorique" target="_blank" rel="noopener">Facebook</a></li><li><a class="fr-btn--twitter-x fr-btn" title="X - nouvelle fenêtre" href="https://x.example/prefet_armorique" target="_blank" rel="noopener">X</a></li></ul></div></div>
  </div></div></div>
  <footer class="fr-footer" role="contentinfo" id="footer">
    <div class="fr-container">
      <div class="fr-footer__body">
        <div class="fr-footer__brand fr-enlarge-link"><a href="/" title="Retour à l'accueil du site - Les services de l'État en Armorique"><p class="fr-logo">Préfet<br>de l'Armorique</p></a></div>
        <div class="fr-footer__content">
          <p class="fr-footer__content-desc">Préfecture de l'Armorique – 1, place du Général-de-Gaulle – 56000 Port-Guéric. Accueil du public du lundi au vendredi de 8 h 45 à 12 h 00.</p>
          <ul class="fr-footer__content-list"><li class="fr-footer__content-item"><a class="fr-footer__content-link" target="_blank" rel="noopener" href="https://www.info.gouv.example">info.gouv.fr</a></li><li class="fr-footer__content-item"><a class="fr-footer__content-link" target="_blank" rel="noopener" href="https://www.service-public.example">service-public.fr</a></li><li class="fr-footer__content-item"><a class="fr-footer__content-link" target="_blank" rel="noopener" href="https://www.legifrance.gouv.example">legifrance.gouv.fr</a></li><li class="fr-footer__content-item"><a class="fr-footer__content-link" target="_blank" rel="noopener" href="https://www.data.gouv.example">data.gouv.fr</a></li></ul>
        </div>
      </div>
      <div class="fr-footer__bottom">
        <ul class="fr-footer__bottom-list"><li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="/Plan-du-site">Plan du site</a></li><li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="/Accessibilite">Accessibilité : partiellement conforme</a></li><li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="/Mentions-legales">Mentions légales</a></li><li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="/Donnees-personnelles">Données personnelles</a></li><li class="fr-footer__bottom-item"><button class="fr-footer__bottom-link" aria-controls="fr-consent-modal" data-fr-opened="false">Gestion des cookies</button></li></ul>
        <div class="fr-footer__bottom-copy"><p>Sauf mention explicite de propriété intellectuelle détenue par des tiers, les contenus de ce site sont proposés sous <a href="https://github.example/etalab/licence-ouverte/blob/master/LO.md" target="_blank" rel="noopener">licence etalab-2.0</a></p></div>
      </div>
    </div>
  </footer>
  <dialog id="fr-theme-modal" class="fr-modal" role="dialog" aria-labelledby="fr-theme-modal-title"><div class="fr-container fr-container--fluid fr-container-md"><div class="fr-grid-row fr-grid-row--center"><div class="fr-col-12 fr-col-md-6 fr-col-lg-4"><div class="fr-modal__body"><div class="fr-modal__header"><button class="fr-btn--close fr-btn" aria-controls="fr-theme-modal">Fermer</button></div><div class="fr-modal__content"><h1 id="fr-theme-modal-title" class="fr-modal__title">Paramètres d'affichage</h1><div id="fr-display" class="fr-form-group fr-display"><fieldset class="fr-fieldset"><legend class="fr-fieldset__legend fr-text--regular">Choisissez un thème pour personnaliser l'apparence du site.</legend><div class="fr-fieldset__element"><div class="fr-radio-group fr-radio-rich"><input value="light" type="radio" id="fr-radios-theme-light" name="fr-radios-theme"><label class="fr-label" for="fr-radios-theme-light">Thème clair</label></div></div><div class="fr-fieldset__element"><div class="fr-radio-group fr-radio-rich"><input value="dark" type="radio" id="fr-radios-theme-dark" name="fr-radios-theme"><label class="fr-label" for="fr-radios-theme-dark">Thème sombre</label></div></div><div class="fr-fieldset__element"><div class="fr-radio-group fr-radio-rich"><input value="system" type="radio" id="fr-radios-theme-system" name="fr-radios-theme"><label class="fr-label" for="fr-radios-theme-system">Système <span class="fr-hint-text">Utilise les paramètres système</span></label></div></div></fieldset></div></div></div></div></div></div></dialog>
  <div class="fr-consent-banner"><h2 class="fr-h6">À propos des cookies sur armorique.gouv.fr</h2><div class="fr-consent-banner__content"><p class="fr-text--sm">Bienvenue ! Nous utilisons des cookies pour améliorer votre expérience et les services disponibles sur ce site. Pour en savoir plus, visitez la page <a href="/Donnees-personnelles">Données personnelles et cookies</a>.</p></div><ul class="fr-consent-banner__buttons fr-btns-group fr-btns-group--right fr-btns-group--inline-reverse fr-btns-group--inline-sm"><li><button class="fr-btn" title="Autoriser tous les cookies">Tout accepter</button></li><li><button class="fr-btn" title="Refuser tous les cookies">Tout refuser</button></li><li><button class="fr-btn fr-btn--secondary" data-fr-opened="false" aria-controls="fr-consent-modal" title="Personnaliser les cookies">Personnaliser</button></li></ul></div>
  <script type="module" src="/extension/ezdsfr/design/standard/javascript/dsfr.module.min.js?v=1.11.2"></script>
  <script nomodule src="/extension/ezdsfr/design/standard/javascript/dsfr.nomodule.min.js?v=1.11.2"></script>
</body>
</html>"""


@held
def build_prefecture_armorique() -> None:
    s = Site(
        "prefecture-armorique",
        kind="press-release archive (French, DSFR cards, French long dates, updated dates)",
        start="Publications/Communiques-de-presse/",
        description="Held out.",
    )
    pages = chunks(list(enumerate(RELEASES)), [10, 10, 4])
    base = PRESS[1:]
    for number, items in enumerate(pages, 1):
        cards = "".join(_release_card(release, index) for index, release in items)
        text = _prefecture_page(number, len(pages), cards)
        if number == 1:
            s.list_page(f"{base}/index.html", text)
            s.write(f"{base}/@page=1", text)
        else:
            s.list_page(f"{base}/@page={number}", text)
    for release in RELEASES:
        published, _updated, kind, theme, title, summary = release
        s.expect(
            {
                "title": title,
                "url": _release_url(release),
                "date": published.isoformat(),
                "type": kind,
                "category": theme,
                "summary": summary,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the held-out sites of this wave (output names only, never their content)."""
    for name, build in HELD.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(f"{name:20} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}")


if __name__ == "__main__":
    main()
