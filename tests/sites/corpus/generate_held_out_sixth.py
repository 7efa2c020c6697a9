"""Held-out sites of the sixth wave (issue #3). FROZEN: never open these pages, their expected
records or their results while tuning the Scout (see the corpus README).

Run ``uv run python tests/sites/corpus/generate_held_out_sixth.py`` to rebuild them. They were
written, and frozen, before the Scout was ever run on them: a Discogs-like record marketplace
listing, a Kickstarter-like project discovery grid, a LinkedIn-like people search and a Listen
Notes-like podcast directory.

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
FROZEN.update({"groovebin", "backerloop", "proconnect", "castatlas", "pkgyard", "frameshelf", "patchtrail"})


def held(func: Callable[[], None]) -> Callable[[], None]:
    """Register a held-out site builder."""
    HELD[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _digest(text: str, size: int = 8) -> str:
    """A stable hex token standing in for ids and hashes."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:size]


def _amount(value: float, symbol: str, *, decimals: bool = True) -> str:
    """``1234.5`` → ``€1,234.50`` (no decimals for yen and whole pledges)."""
    return f"{symbol}{value:,.2f}" if decimals else f"{symbol}{round(value):,}"


def _write_pages(s: Site, base: str, query: Callable[[int], str], pages: list[str]) -> None:
    """Page 1 at ``base/index.html`` (and under its own query), the next ones as ``base/@query``."""
    for number, text in enumerate(pages, 1):
        if number == 1:
            s.list_page(f"{base}/index.html", text)
            s.write(f"{base}/@{query(1)}", text)
        else:
            s.list_page(f"{base}/@{query(number)}", text)


# ---------------------------------------------------------------------------------------------------
# groovebin: a Discogs-like marketplace listing. One ``table.mpitems`` per page; each row has a lazy
# cover, the item link "Artist - Title (Format)", label and catalogue number after ``span.mplabel``
# captions, the media condition with a tooltip glossary, the sleeve condition ("Generic", "No
# Cover"), a mobile copy of the price, the seller with "99.8%" and "1,234 ratings" (or "New
# seller"), "Ships From:", the price in the seller's currency with a ``data-pricevalue``, "+€8.00
# shipping" and "about $31.42 total" in the visitor's currency; facets with counts, a per-page
# selector and a "1 – 10 of 26" pager with "Next ›".
# ---------------------------------------------------------------------------------------------------

GROOVE_BASE = "/sell/list"
GROOVE_QUERY = "format=Vinyl&genre=Jazz"
CURRENCIES = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "CAD": "CA$", "AUD": "A$"}
TO_USD = {"USD": 1.0, "EUR": 1.09, "GBP": 1.27, "JPY": 0.0067, "CAD": 0.74, "AUD": 0.66}
CONDITION_HELP = {
    "Mint (M)": "Absolutely perfect in every way. Certainly never been played, possibly even still sealed.",
    "Near Mint (NM or M-)": "A nearly perfect record. A NM or M- record has more than likely never been played.",
    "Very Good Plus (VG+)": "Generally worth 50% of the Near Mint value. Shows some signs that it was played and otherwise handled.",
    "Very Good (VG)": "Generally worth 25% of the Near Mint value. Many of the defects found in a VG+ record will be more pronounced.",
    "Good Plus (G+)": "Generally worth 10-15% of the Mint value. Good does not mean Bad!",
    "Good (G)": "Generally worth 10-15% of the Mint value. The record can be played through without skipping.",
}
M, NM, VGP, VG, GP, G = (
    "Mint (M)",
    "Near Mint (NM or M-)",
    "Very Good Plus (VG+)",
    "Very Good (VG)",
    "Good Plus (G+)",
    "Good (G)",
)
# seller → (rating % or None for a new seller, ratings, ships from, shipping in the seller's currency)
SELLERS: dict[str, tuple[float | None, int, str, float | None]] = {
    "vinylvault_hh": (99.8, 12480, "Germany", 8.0),
    "crateseeker": (100.0, 842, "United States", 6.5),
    "jazzhaus-records": (99.5, 3311, "Netherlands", 9.5),
    "tokyo_disc_union": (99.9, 45210, "Japan", 2200),
    "groove-merchant-sf": (99.7, 1580, "United States", 5.0),
    "ra_collector": (None, 0, "Canada", None),
    "oxfordvinyl": (98.9, 610, "United Kingdom", 4.2),
    "fillmore_finds": (99.6, 2207, "United States", 6.0),
    "spiralscratch_au": (100.0, 389, "Australia", 18.0),
    "beatsandbrass": (99.2, 1204, "France", 11.0),
    "second_spin_leeds": (None, 0, "United Kingdom", 3.5),
    "capetown_crates": (99.4, 215, "South Africa", 22.0),
}
# (item id, artist, title, format, label, cat#, media, sleeve, seller, price, currency, seller's note)
RECORDS: list[tuple[Any, ...]] = [
    (
        2893417702,
        "Miles Davis",
        "Kind Of Blue",
        "LP, Album, RE, 180",
        "Columbia",
        "CS 8163",
        NM,
        VGP,
        "vinylvault_hh",
        24.99,
        "EUR",
        "Still in shrink with hype sticker. Plays perfectly.",
    ),
    (
        3011820455,
        "John Coltrane",
        "A Love Supreme",
        "LP, Album, RE, Gat",
        "Impulse!",
        "A-77",
        VGP,
        VGP,
        "crateseeker",
        38.0,
        "USD",
        "",
    ),
    (
        2957731190,
        "Bill Evans Trio",
        "Sunday At The Village Vanguard",
        "LP, Album, Mono",
        "Riverside Records",
        "RLP 376",
        VG,
        VG,
        "jazzhaus-records",
        145.0,
        "EUR",
        "Original deep groove pressing. Light surface noise on side B, no skips. Ring wear on cover.",
    ),
    (
        3020118843,
        "Thelonious Monk",
        "Brilliant Corners",
        "LP, Album, RE",
        "Riverside Records",
        "RLP 12-226",
        NM,
        NM,
        "tokyo_disc_union",
        4800,
        "JPY",
        "Japanese pressing with obi and insert.",
    ),
    (
        2988412036,
        "Alice Coltrane",
        "Journey In Satchidananda",
        "LP, Album, RE, 180",
        "Impulse!",
        "AS-9203",
        M,
        M,
        "groove-merchant-sf",
        32.99,
        "USD",
        "Sealed.",
    ),
    (
        3004551278,
        "Sun Ra And His Arkestra",
        "Lanquidity",
        "LP, Album, RE",
        "Philly Jazz",
        "PJ 666",
        VGP,
        "Generic",
        "ra_collector",
        55.0,
        "CAD",
        "Vinyl only, in a plain white sleeve.",
    ),
    (
        2871265309,
        "Charles Mingus",
        "Mingus Ah Um",
        "LP, Album, Mono",
        "Columbia",
        "CL 1370",
        GP,
        G,
        "oxfordvinyl",
        18.0,
        "GBP",
        "Well loved. Crackle throughout but plays through. Seam split on cover.",
    ),
    (
        2994380127,
        "Herbie Hancock",
        "Head Hunters",
        "LP, Album, Pit",
        "Columbia",
        "KC 32731",
        VGP,
        VG,
        "fillmore_finds",
        29.5,
        "USD",
        "",
    ),
    (
        3015562784,
        "Pharoah Sanders",
        "Karma",
        "LP, Album, RE, Gat",
        "Impulse!",
        "AS-9181",
        NM,
        VGP,
        "spiralscratch_au",
        62.0,
        "AUD",
        "Gatefold has light shelf wear.",
    ),
    (
        2902337451,
        "Ornette Coleman",
        "The Shape Of Jazz To Come",
        "LP, Album, RE",
        "Atlantic",
        "SD 1317",
        VGP,
        VGP,
        "beatsandbrass",
        30.0,
        "EUR",
        "",
    ),
    (
        3022410065,
        "The Dave Brubeck Quartet",
        "Time Out",
        "LP, Album, RE, 180",
        "Columbia",
        "CS 8192",
        NM,
        NM,
        "vinylvault_hh",
        21.5,
        "EUR",
        "",
    ),
    (
        2966031782,
        "Art Blakey & The Jazz Messengers",
        "Moanin'",
        "LP, Album, RE",
        "Blue Note",
        "BST 84003",
        VGP,
        VGP,
        "crateseeker",
        26.0,
        "USD",
        "Liberty era reissue, VAN GELDER stamped.",
    ),
    (
        2947718263,
        "Nina Simone",
        "Wild Is The Wind",
        "LP, Album",
        "Philips",
        "PHS 600-207",
        VG,
        VGP,
        "beatsandbrass",
        48.0,
        "EUR",
        "",
    ),
    (
        3009271548,
        "Ahmad Jamal",
        "At The Pershing: But Not For Me",
        "LP, Album, Mono",
        "Argo (6)",
        "LP-628",
        VGP,
        VG,
        "tokyo_disc_union",
        12800,
        "JPY",
        "US original. Cleaned on an ultrasonic machine.",
    ),
    (
        2999140376,
        "Wayne Shorter",
        "Speak No Evil",
        "LP, Album, RE, 180",
        "Blue Note",
        "B0025716-01",
        M,
        M,
        "groove-merchant-sf",
        34.99,
        "USD",
        "Sealed. Tone Poet series.",
    ),
    (
        3018843920,
        "Cannonball Adderley",
        "Somethin' Else",
        "CD, Album, RE, RM",
        "Blue Note",
        "7243 4 95329 2 9",
        NM,
        NM,
        "second_spin_leeds",
        7.99,
        "GBP",
        "Jewel case has a small crack.",
    ),
    (
        2912650437,
        "Yusef Lateef",
        "Eastern Sounds",
        "LP, Album, RE",
        "Prestige",
        "OJC-612",
        VGP,
        VGP,
        "jazzhaus-records",
        19.0,
        "EUR",
        "",
    ),
    (
        2975508814,
        "Eric Dolphy",
        "Out To Lunch!",
        "LP, Album, RE, 180",
        "Blue Note",
        "B0024290-01",
        NM,
        VGP,
        "oxfordvinyl",
        27.5,
        "GBP",
        "",
    ),
    (
        2858194402,
        "Chet Baker",
        "Chet Baker Sings",
        "LP, Album, Mono",
        "Pacific Jazz",
        "PJ-1222",
        G,
        "Fair (F)",
        "fillmore_finds",
        85.0,
        "USD",
        "First pressing. Heavy wear, priced accordingly.",
    ),
    (
        3002716659,
        "Abdullah Ibrahim",
        "Mannenberg - 'Is Where It's Happening'",
        "LP, Album",
        "The Sun",
        "SRK 786134",
        VGP,
        "No Cover",
        "capetown_crates",
        64.0,
        "USD",
        "Record only.",
    ),
    (
        3013389271,
        "Hiroshi Suzuki",
        "Cat",
        "LP, Album, RE",
        "Nippon Columbia",
        "YX-7031",
        NM,
        NM,
        "tokyo_disc_union",
        6500,
        "JPY",
        "",
    ),
    (
        2983306148,
        "Various",
        "Spiritual Jazz: Esoteric, Modal And Deep Jazz From The Underground 1968-77",
        "2xLP, Comp",
        "Jazzman",
        "JMANLP 022",
        NM,
        NM,
        "spiralscratch_au",
        58.0,
        "AUD",
        "",
    ),
    (
        3006724591,
        "Don Cherry",
        "Brown Rice",
        "LP, Album",
        "Horizon (3)",
        "SP-717",
        VGP,
        VGP,
        "ra_collector",
        72.0,
        "CAD",
        "",
    ),
    (
        2991177360,
        "Stan Getz / João Gilberto",
        "Getz / Gilberto",
        "LP, Album, RE, 180",
        "Verve Records",
        "V6-8545",
        NM,
        NM,
        "crateseeker",
        28.0,
        "USD",
        "",
    ),
    (
        2969902735,
        "Joe Henderson",
        "Mode For Joe",
        "LP, Album, RE, Gat",
        "Blue Note",
        "BST 84227",
        VG,
        VGP,
        "oxfordvinyl",
        22.0,
        "GBP",
        "",
    ),
    (
        3016650482,
        "Various",
        "Blue Note Trip: Lookin' Back / Movin' On",
        "2xCD, Comp, Mixed",
        "Blue Note",
        "0946 3 74744 2 8",
        NM,
        NM,
        "jazzhaus-records",
        14.0,
        "EUR",
        "",
    ),
]


def _groove_title(item: tuple[Any, ...]) -> str:
    return f"{item[1]} - {item[2]} ({item[3]})"


def _groove_release(item: tuple[Any, ...]) -> str:
    return f"/release/{item[0] // 1000 + 110000}-{slug(item[1])}-{slug(item[2])}"


def _groove_price(value: float, code: str) -> str:
    return _amount(value, CURRENCIES[code], decimals=code != "JPY")


def _condition(value: str) -> str:
    help_text = CONDITION_HELP.get(value)
    if help_text is None:
        return esc(value)
    return f'{esc(value)}<span class="has-tooltip" role="button" tabindex="0"><i class="icon icon-info-circle muted" role="img" aria-hidden="true"></i><span class="tooltip multi-line" role="tooltip"><span class="tooltip-inner"><b>{esc(value)}</b>: {esc(help_text)}</span></span></span>'


def _groove_row(item: tuple[Any, ...]) -> str:
    item_id, artist, _title, _fmt, label, catno, media, sleeve, seller, price, code, note = item
    rating, ratings, ships_from, shipping = SELLERS[seller]
    shown = _groove_price(price, code)
    shipping_html = (
        f'<span class="item_shipping">+{_groove_price(shipping, code)} shipping</span>'
        if shipping is not None
        else '<span class="item_shipping"><a href="/sell/cart/" class="muted">+ shipping</a></span>'
    )
    total_usd = (price + (shipping or 0)) * TO_USD[code]
    word = " total" if shipping is not None else ""
    converted = (
        f'<span class="converted_price">about ${total_usd:,.2f}{word}</span>'
        if code != "USD"
        else f'<span class="converted_price">${total_usd:,.2f}{word}</span>'
        if shipping is not None
        else ""
    )
    seller_rating = (
        f'<li><span class="star_rating" title="{rating:.1f}" aria-label="Rated {rating:.1f} out of 100"><i class="icon icon-star" role="img" aria-hidden="true"></i><i class="icon icon-star" role="img" aria-hidden="true"></i><i class="icon icon-star" role="img" aria-hidden="true"></i><i class="icon icon-star" role="img" aria-hidden="true"></i><i class="icon icon-star" role="img" aria-hidden="true"></i></span> <strong>{rating:.1f}%</strong>, <a class="section_link" href="/sell/seller_feedback/{seller}">{ratings:,} ratings</a></li>'
        if rating is not None
        else '<li><span class="mplabel new_seller">New seller</span></li>'
    )
    note_html = f'\n          <p class="hide_mobile">{esc(note)}</p>' if note else ""
    anv = artist if artist != "Various" else "Various Artists"
    return f"""
      <tr class="shortcut_navigable " data-release-id="{item_id // 1000 + 110000}" data-item-id="{item_id}">
        <td class="item_picture as_float">
          <a href="{_groove_release(item)}" class="thumbnail_link" aria-label="{esc(anv)} - {esc(item[2])}"><img class="marketplace_image lazy" src="/images/spacer.gif" data-src="https://i.groovebin.example/R-{item_id // 1000 + 110000}-150.jpg" alt="{esc(item[2])} album cover" width="150" height="150"></a>
        </td>
        <td class="item_description">
          <strong><a href="/sell/item/{item_id}" class="item_description_title" data-followable="true">{esc(_groove_title(item))}</a></strong>
          <p class="hide_mobile label_and_cat"><span class="mplabel">Label:</span> <a href="/label/{_digest(label, 6)}-{slug(label)}">{esc(label)}</a><br><span class="mplabel">Cat#:</span> <span class="item_catno">{esc(catno)}</span></p>
          <p class="item_release_link hide_mobile"><a class="item_release_link" href="{_groove_release(item)}">See all versions</a></p>
          <p class="item_condition">
            <span class="mplabel condition-label-desktop">Media:</span><span class="mplabel condition-label-mobile">M:</span>
            <span>{_condition(media)}</span>
            <br><span class="mplabel condition-label-desktop">Sleeve:</span><span class="mplabel condition-label-mobile">S:</span>
            <span class="item_sleeve_condition">{esc(sleeve)}</span>
          </p>{note_html}
          <p class="hide_desktop mobile_price"><span class="price">{shown}</span> {shipping_html}</p>
        </td>
        <td class="seller_info">
          <ul>
            <li><div class="seller_block"><span class="mplabel seller_label">Seller:</span> <strong><a href="/seller/{seller}/profile">{esc(seller)}</a></strong></div></li>
            {seller_rating}
            <li><span class="mplabel">Ships From:</span>{esc(ships_from)}</li>
          </ul>
        </td>
        <td class="item_price hide_mobile">
          <span class="price" data-currency="{code}" data-pricevalue="{price:.2f}">{shown}</span>
          {shipping_html}
          {converted}
        </td>
        <td class="item_add_to_cart hide_mobile">
          <form method="post" action="/sell/cart/"><input type="hidden" name="add" value="{item_id}"><button type="submit" class="button button-green cart-button">Add to Cart</button></form>
          <span class="mplabel item_status">Available</span>
          <a class="button button-white" href="/sell/item/{item_id}#offers" rel="nofollow">Make Offer</a>
        </td>
      </tr>"""


def _groove_pager(page: int, pages: int, first: int, last: int, total: int, where: str) -> str:
    def link(number: int) -> str:
        return f"{GROOVE_BASE}/?{GROOVE_QUERY}&amp;page={number}"

    items = []
    if page > 1:
        items.append(f'<li><a class="pagination_previous" href="{link(page - 1)}" rel="prev">‹ Previous</a></li>')
    for number in range(1, pages + 1):
        if number == page:
            items.append(f'<li><span class="pagination_current" aria-current="page">{number}</span></li>')
        else:
            items.append(f'<li><a class="pagination_page" href="{link(number)}">{number}</a></li>')
    if page < pages:
        items.append(f'<li><a class="pagination_next" href="{link(page + 1)}" rel="next">Next ›</a></li>')
    selected = ' class="selected"'
    per_page = " ".join(
        f'<a href="{GROOVE_BASE}/?{GROOVE_QUERY}&amp;limit={n}"{selected if n == 25 else ""}>{n}</a>'
        for n in (25, 50, 100, 250)
    )
    return f"""
    <div class="pagination {where}">
      <strong class="pagination_total">{first} – {last} of {total}</strong>
      <form class="pagination_sort" action="{GROOVE_BASE}/" method="get"><label for="sort_{where}">Sort</label> <select id="sort_{where}" name="sort"><option value="listed,desc" selected>Listed Newest</option><option value="listed,asc">Listed Oldest</option><option value="price,asc">Price Lowest</option><option value="price,desc">Price Highest</option><option value="condition,desc">Condition (M to P)</option><option value="seller,asc">Seller A-Z</option></select></form>
      <div class="pagination_per_page">Show {per_page}</div>
      <ul class="pagination_page_links">{"".join(items)}</ul>
    </div>"""


def _groove_page(page: int, pages: int, rows: str, first: int, last: int) -> str:
    total = len(RECORDS)
    facet = "".join(
        f'<li><a href="{GROOVE_BASE}/?{GROOVE_QUERY}&amp;style={slug(name)}"><span class="facet_name">{name}</span> <small class="facets_count">{count:,}</small></a></li>'
        for name, count in (
            ("Hard Bop", 9412),
            ("Modal", 4177),
            ("Free Jazz", 3825),
            ("Cool Jazz", 3104),
            ("Soul-Jazz", 2980),
            ("Fusion", 2611),
            ("Spiritual Jazz", 1245),
        )
    )
    conditions = "".join(
        f'<li><a href="{GROOVE_BASE}/?{GROOVE_QUERY}&amp;condition={slug(name)}"><span class="facet_name">{name}</span> <small class="facets_count">{count:,}</small></a></li>'
        for name, count in ((M, 2410), (NM, 8831), (VGP, 12904), (VG, 5120), (GP, 1377), (G, 402))
    )
    origins = "".join(
        f'<li><a href="{GROOVE_BASE}/?{GROOVE_QUERY}&amp;ships_from={slug(name)}"><span class="facet_name">{name}</span> <small class="facets_count">{count:,}</small></a></li>'
        for name, count in (
            ("United States", 11803),
            ("Germany", 6240),
            ("United Kingdom", 4118),
            ("Japan", 3397),
            ("France", 2016),
            ("Netherlands", 1732),
        )
    )
    return f"""<!DOCTYPE html>
<html class="no-js" lang="en">
<head>
  <meta charset="utf-8">
  <title>Jazz Vinyl Records For Sale | Groovebin Marketplace</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="Shop for Jazz Vinyl records, CDs and more at the Groovebin Marketplace.">
  <link rel="canonical" href="https://www.groovebin.example{GROOVE_BASE}?{GROOVE_QUERY}{"" if page == 1 else f"&amp;page={page}"}">
  <link rel="stylesheet" href="/assets/marketplace.8c1f2e.css">
  <script>window.dsdata = {{"currency": "USD", "loggedIn": false, "page": "marketplace_list"}};</script>
</head>
<body class="marketplace theme-light">
  <div id="site_header" class="header_container">
    <a class="logo" href="/" title="Groovebin"><img src="/images/groovebin-logo.svg" alt="Groovebin" width="120" height="30"></a>
    <form id="site_search" action="/search/" method="get" role="search"><input type="search" name="q" placeholder="Search artists, albums and more..." aria-label="Search"><button type="submit" aria-label="Search"><i class="icon icon-search" aria-hidden="true"></i></button></form>
    <ul class="site_nav">
      <li><a href="/search/?type=all">Explore</a></li>
      <li class="active"><a href="/sell/list">Marketplace</a></li>
      <li><a href="/community">Community</a></li>
      <li><a href="/login?return_to=%2Fsell%2Flist">Log In</a></li>
      <li><a href="/users/create">Register</a></li>
      <li class="cart"><a href="/sell/cart/" aria-label="Cart, 0 items"><i class="icon icon-cart" aria-hidden="true"></i> <span class="cart_count">0</span></a></li>
    </ul>
  </div>
  <div id="page" class="marketplace_list">
    <div class="marketplace_banner"><i class="icon icon-shield" aria-hidden="true"></i> <strong>Shop with confidence.</strong> Every order is covered by the Groovebin Buyer Protection. <a href="/help/buyer-protection">Learn more</a></div>
    <div class="breadcrumbs"><a href="/sell/list">Marketplace</a> » <a href="{GROOVE_BASE}/?genre=Jazz">Jazz</a> » Vinyl</div>
    <h1 class="marketplace_title">Jazz Vinyl For Sale</h1>
    <div class="marketplace_flex">
      <div id="marketplace_filters" class="filters_pane">
        <h2 class="filter_title">Filters</h2>
        <div class="filter_section"><h3>Style</h3><ul class="facets_nav">{facet}</ul></div>
        <div class="filter_section"><h3>Media Condition</h3><ul class="facets_nav">{conditions}</ul></div>
        <div class="filter_section"><h3>Ships From</h3><ul class="facets_nav">{origins}</ul></div>
        <div class="filter_section"><h3>Currency</h3><ul class="facets_nav"><li><a href="{GROOVE_BASE}/?{GROOVE_QUERY}&amp;currency=USD">USD</a></li><li><a href="{GROOVE_BASE}/?{GROOVE_QUERY}&amp;currency=EUR">EUR</a></li><li><a href="{GROOVE_BASE}/?{GROOVE_QUERY}&amp;currency=GBP">GBP</a></li><li><a href="{GROOVE_BASE}/?{GROOVE_QUERY}&amp;currency=JPY">JPY</a></li></ul></div>
      </div>
      <div id="pjax_container" class="marketplace_results">
        {_groove_pager(page, pages, first, last, total, "top")}
        <table class="table_block mpitems push_down table_responsive">
          <thead>
            <tr><th class="hide_mobile"></th><th>Item</th><th class="hide_mobile">Seller</th><th class="hide_mobile">Price</th><th class="hide_mobile"></th></tr>
          </thead>
          <tbody>{rows}
          </tbody>
        </table>
        {_groove_pager(page, pages, first, last, total, "bottom")}
        <p class="currency_notice muted">Prices shown in the seller's currency. Converted prices ("about") are shown in USD and are approximate. <a href="/settings/currency">Change currency</a></p>
      </div>
    </div>
  </div>
  <div id="site_footer">
    <ul class="footer_links"><li><a href="/about">About Groovebin</a></li><li><a href="/help">Help</a></li><li><a href="/developers">API</a></li><li><a href="/jobs">Careers</a></li><li><a href="/help/privacy-policy">Privacy Policy</a></li><li><a href="/help/terms-of-service">Terms of Service</a></li></ul>
    <p class="copyright">© 2026 Groovebin</p>
  </div>
  <script src="/assets/lazyload.3b8a11.js" defer></script>
  <script src="/assets/marketplace.8c1f2e.js" defer></script>
</body>
</html>"""


@held
def build_groovebin() -> None:
    s = Site(
        "groovebin",
        kind="record marketplace listing (Discogs-like table rows, condition tooltips, seller ratings, prices in sellers' currencies)",
        start="sell/list/",
        description="Held out.",
    )
    pages = chunks(RECORDS, [10, 10, 6])
    texts, first = [], 1
    for number, items in enumerate(pages, 1):
        rows = "".join(_groove_row(item) for item in items)
        last = first + len(items) - 1
        texts.append(_groove_page(number, len(pages), rows, first, last))
        first = last + 1
    _write_pages(s, GROOVE_BASE[1:], lambda n: f"{GROOVE_QUERY}&page={n}", texts)
    for item in RECORDS:
        item_id, _artist, _title, _fmt, label, catno, media, sleeve, seller, price, code, _note = item
        rating, _ratings, ships_from, _shipping = SELLERS[seller]
        s.expect(
            {
                "title": _groove_title(item),
                "url": f"/sell/item/{item_id}",
                "label": label,
                "catno": catno,
                "media_condition": media,
                "sleeve_condition": sleeve,
                "seller": seller,
                "seller_rating": rating,
                "ships_from": ships_from,
                "price": price,
                "currency": code,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# backerloop: a Kickstarter-like discovery grid (the classic React cards). Each card carries the whole
# project as HTML-escaped JSON in ``data-project``; the card shows a lazy image, the title in an
# ``h3`` and the blurb inside one link, "by Creator", a progress bar, "$186,420" with a nested
# "pledged", "466% funded", "23" + "days to go" (or hours), the category and location links and a
# "Project We Love" badge on some. A featured project repeats one card above the grid, an editorial
# tile sits in the grid, and a "Load more" link leads to ``?page=N``.
# ---------------------------------------------------------------------------------------------------

BACKER_BASE = "/discover/categories/games"
BACKER_QUERY = "sort=magic&seed=2851234"
BACKER_REF = "discovery_category"
PLEDGE_SYMBOLS = {
    "USD": "$",
    "GBP": "£",
    "EUR": "€",
    "CAD": "CA$",
    "AUD": "AU$",
    "JPY": "¥",
    "NZD": "NZ$",
    "HKD": "HK$",
}
TABLETOP = "Tabletop Games"
# (title, blurb, creator, location, category, goal, pledged, currency, time left, project we love)
PROJECTS: list[tuple[Any, ...]] = [
    (
        "Ashfall: The Cinder Kingdoms",
        "A 1-4 player area-control game of volcanic empires, with 90 sculpted miniatures and a modular lava board.",
        "Emberlight Games",
        "Portland, OR",
        TABLETOP,
        40000,
        186420,
        "USD",
        "23 days to go",
        True,
    ),
    (
        "Tidepool Tactics",
        "A cozy 15-minute tile-laying game about building the liveliest rock pool on the beach.",
        "Little Gull Studio",
        "Brighton, UK",
        TABLETOP,
        8000,
        21377,
        "GBP",
        "9 days to go",
        True,
    ),
    (
        "Dungeon Cartographers' Guild",
        "Draw, explore and betray: a roll-and-write dungeon crawl for 1-100 players.",
        "Quillfeather Press",
        "Minneapolis, MN",
        TABLETOP,
        15000,
        48912,
        "USD",
        "31 days to go",
        False,
    ),
    (
        "Lanterns of Hollow Vale",
        "A narrative cooperative campaign game with a branching storybook and 40 hours of play.",
        "Mossgate Interactive",
        "Toronto, Canada",
        TABLETOP,
        60000,
        71205,
        "CAD",
        "5 days to go",
        True,
    ),
    (
        "Sky Harbor Express",
        "Carry cargo between floating islands in a pick-up-and-deliver railway game for 2-5 players.",
        "Brass Compass Games",
        "Stuttgart, Germany",
        TABLETOP,
        25000,
        19860,
        "EUR",
        "18 days to go",
        False,
    ),
    (
        "Goblin Bake-Off",
        "A party card game of sabotage, soufflés and questionable ingredients.",
        "Pie Hole Games",
        "Austin, TX",
        "Playing Cards",
        5000,
        62540,
        "USD",
        "14 hours to go",
        False,
    ),
    (
        "Verdant Grove: Expansions & Reprint",
        "Bring home the award-winning plant-collecting game, plus the new Botanica and Terrarium expansions.",
        "Greenhouse Table Co.",
        "Seattle, WA",
        TABLETOP,
        30000,
        412038,
        "USD",
        "11 days to go",
        True,
    ),
    (
        "Moonrakers of the Salt Sea",
        "Smuggle, bluff and haggle your way across a moonlit archipelago.",
        "Cutlass & Quill",
        "Melbourne, Australia",
        TABLETOP,
        20000,
        33718,
        "AUD",
        "27 days to go",
        False,
    ),
    (
        "Hexfront 1944",
        "A hex-and-counter wargame of the Ardennes offensive with solitaire rules and a 22 x 34 inch map.",
        "Ridgeback Simulations",
        "Columbus, OH",
        TABLETOP,
        12000,
        14077,
        "USD",
        "2 days to go",
        False,
    ),
    (
        "Paper Bestiary",
        "Cut, fold and play: a print-and-play monster battler with 120 creatures.",
        "Origami Owl Games",
        "Kyoto, Japan",
        TABLETOP,
        500000,
        1184300,
        "JPY",
        "20 days to go",
        False,
    ),
    (
        "Starfall Salvage",
        "A deck-building space salvage game where your ship is your deck.",
        "Vector Nine",
        "Denver, CO",
        TABLETOP,
        25000,
        9812,
        "USD",
        "38 days to go",
        False,
    ),
    (
        "The Quiet Library",
        "A solo journaling game about an archive that remembers its readers.",
        "Hazel Wren",
        "Edinburgh, UK",
        TABLETOP,
        1500,
        14932,
        "GBP",
        "4 days to go",
        True,
    ),
    (
        "Bramble & Burrow",
        "Animal neighbours trade, build and gossip in a gentle worker-placement game for families.",
        "Thistledown Games",
        "Asheville, NC",
        TABLETOP,
        18000,
        27455,
        "USD",
        "16 days to go",
        False,
    ),
    (
        "Neon Syndicate: Heist Night",
        "A real-time cooperative heist game played against a 20-minute soundtrack.",
        "Glitchpunk Collective",
        "Los Angeles, CA",
        "Live Games",
        35000,
        58120,
        "USD",
        "7 days to go",
        False,
    ),
    (
        "Kingdoms of Clay",
        "Sculpt your city from modelling clay, then defend it from the rising river.",
        "Potter's Wheel Games",
        "Lyon, France",
        TABLETOP,
        10000,
        12640,
        "EUR",
        "25 days to go",
        False,
    ),
    (
        "Fjord & Fire",
        "Viking longship racing with a dice-drafting twist and a tide that changes every round.",
        "Nordlys Spill",
        "Tallinn, Estonia",
        TABLETOP,
        40000,
        52309,
        "EUR",
        "12 days to go",
        False,
    ),
    (
        "Cat Café Chaos",
        "Seat the customers, feed the cats, clean up after the cats.",
        "Whisker Works",
        "San Diego, CA",
        "Playing Cards",
        8000,
        112880,
        "USD",
        "19 hours to go",
        True,
    ),
    (
        "Mycelium",
        "A two-player abstract game of spreading fungal networks under the forest floor.",
        "Sporeprint Games",
        "Vancouver, Canada",
        TABLETOP,
        12000,
        16540,
        "CAD",
        "29 days to go",
        False,
    ),
    (
        "Rail Baron's Ledger",
        "An 18xx-style economic train game you can finish in 90 minutes.",
        "Crossties Publishing",
        "Chicago, IL",
        TABLETOP,
        45000,
        51902,
        "USD",
        "3 days to go",
        False,
    ),
    (
        "Witchwood Tarot Duel",
        "A tarot-powered trick-taking duel with 78 illustrated cards.",
        "Nightjar Arts",
        "Manchester, UK",
        "Playing Cards",
        6000,
        9288,
        "GBP",
        "22 days to go",
        False,
    ),
    (
        "Outpost: Red Dust",
        "Terraform Mars one greenhouse at a time in this solo-friendly engine builder.",
        "Ares Tabletop",
        "Phoenix, AZ",
        TABLETOP,
        20000,
        17230,
        "USD",
        "34 days to go",
        False,
    ),
    (
        "Tiny Tavern Tales",
        "A storytelling RPG-lite for kids aged 7 and up, with dice, maps and 12 adventures.",
        "Acorn & Ink",
        "Wellington, New Zealand",
        TABLETOP,
        15000,
        23744,
        "NZD",
        "15 days to go",
        False,
    ),
    (
        "Harbourmaster",
        "Dock, unload and trade in the busiest port of 1890s Hamburg.",
        "Speicherstadt Spiele",
        "Hamburg, Germany",
        TABLETOP,
        30000,
        88415,
        "EUR",
        "6 days to go",
        True,
    ),
    (
        "Grim Gardens",
        "Grow carnivorous plants and feed them your opponents' gnomes.",
        "Bad Seed Games",
        "Richmond, VA",
        TABLETOP,
        10000,
        10406,
        "USD",
        "1 day to go",
        False,
    ),
    (
        "Skyward Monks",
        "Climb the mountain monastery in a push-your-luck dice game for 2-6 players.",
        "Cloudstep Games",
        "Hong Kong",
        TABLETOP,
        80000,
        96310,
        "HKD",
        "26 days to go",
        False,
    ),
    (
        "Orbital Gardens",
        "A 1,000-piece jigsaw of a space-station greenhouse, with a hidden-object mystery.",
        "Zero-G Games",
        "Houston, TX",
        "Puzzles",
        22000,
        30150,
        "USD",
        "13 days to go",
        False,
    ),
    (
        "Sunken Cathedral",
        "A cooperative dive into a drowned city where the rules change as the water rises.",
        "Deepwell Studio",
        "Dublin, Ireland",
        TABLETOP,
        15000,
        44021,
        "EUR",
        "8 days to go",
        True,
    ),
    (
        "Pocket Pirates",
        "A 9-card micro game that fits in your wallet.",
        "Wallet Games Co.",
        "Boise, ID",
        "Playing Cards",
        2000,
        19655,
        "USD",
        "21 hours to go",
        False,
    ),
]
FEATURED = 6  # "Verdant Grove" is featured above the grid on page 1


def _project_url(project: tuple[Any, ...]) -> str:
    return f"/projects/{slug(project[2]).replace('-', '')}/{slug(project[0])}?ref={BACKER_REF}"


def _pledged(project: tuple[Any, ...]) -> str:
    return _amount(project[6], PLEDGE_SYMBOLS[project[7]], decimals=False)


def _percent(project: tuple[Any, ...]) -> int:
    return int(project[6] * 100 // project[5])


def _project_json(index: int, project: tuple[Any, ...]) -> str:
    title, blurb, creator, location, category, goal, pledged, code, _left, loved = project
    pid = int(_digest(title, 7), 16)
    data = {
        "id": pid,
        "photo": {
            "key": f"assets/0{pid % 97:02d}/{pid}/{_digest(title, 12)}_original.jpg",
            "full": f"https://ksr-ugc.backerloop.example/assets/{pid}/original.jpg?w=560",
        },
        "name": title,
        "blurb": blurb,
        "goal": float(goal),
        "pledged": float(pledged),
        "state": "live",
        "slug": slug(title),
        "country": {
            "USD": "US",
            "GBP": "GB",
            "EUR": "DE",
            "CAD": "CA",
            "AUD": "AU",
            "JPY": "JP",
            "NZD": "NZ",
            "HKD": "HK",
        }[code],
        "currency": code,
        "currency_symbol": "$" if "$" in PLEDGE_SYMBOLS[code] else PLEDGE_SYMBOLS[code],
        "staff_pick": loved,
        "backers_count": pledged // (60 + index * 3),
        "percent_funded": round(pledged * 100 / goal, 4),
        "creator": {"id": int(_digest(creator, 7), 16), "name": creator, "slug": slug(creator).replace("-", "")},
        "location": {"displayable_name": location, "type": "Town"},
        "category": {"name": category, "parent_name": "Games", "slug": f"games/{slug(category)}"},
        "urls": {"web": {"project": f"https://www.backerloop.example{_project_url(project).split('?')[0]}"}},
    }
    return esc(json.dumps(data, ensure_ascii=False, separators=(",", ":")))


def _project_card(index: int, project: tuple[Any, ...]) -> str:
    title, blurb, creator, location, category, _goal, _pledged_value, _code, left, loved = project
    url = esc(_project_url(project))
    amount, unit = left.split(" ", 1)
    pid = int(_digest(title, 7), 16)
    badge = (
        '<span class="flex items-center mb2 absolute top3 left3 bg-white px2 py1 radius4px"><svg class="svg-icon__icon--small-k icon-14 fill-ksr-green-700" aria-hidden="true"><use xlink:href="#icon--small-k"></use></svg><span class="ml1 type-12 ksr-green-700 medium">Project We Love</span></span>'
        if loved
        else ""
    )
    width = min(_percent(project), 100)
    return f"""
        <div class="js-react-proj-card grid-col-12 grid-col-6-sm grid-col-4-lg" data-pid="{pid}" data-ref="{BACKER_REF}" data-project="{_project_json(index, project)}">
          <div class="bg-white black relative border-grey-500 border-bottom h100p flex flex-column">
            <div class="relative self-start w100p">
              <a href="{url}" class="block img-placeholder w100p" tabindex="-1" aria-hidden="true"><img alt="Project image" class="absolute w100p h100p top0 left0 fit-cover" loading="lazy" src="https://ksr-ugc.backerloop.example/assets/{pid}/original.jpg?w=560&amp;h=315&amp;fit=crop&amp;auto=format" srcset="https://ksr-ugc.backerloop.example/assets/{pid}/original.jpg?w=1120&amp;h=630&amp;fit=crop&amp;auto=format 2x"></a>
              {badge}
            </div>
            <div class="pt2 px3 pt4-sm px4-sm flex-grow-1">
              <div class="clamp-5 navy-500 mb3 hover-target">
                <a href="{url}" class="soft-black mb3 keyboard-focusable" data-pid="{pid}">
                  <h3 class="type-18 light hover-target__text relative z1 mb1">{esc(title)}</h3>
                  <p class="type-13 keep-hover">{esc(blurb)}</p>
                </a>
              </div>
              <div class="type-13 flex"><div class="mb3"><a class="soft-black keyboard-focusable" href="/profile/{slug(creator).replace("-", "")}">by {esc(creator)}</a></div></div>
            </div>
            <div class="pb3 pt3 px3-sm px4">
              <div class="mb2">
                <div class="w100p bg-grey-400 mb2" role="progressbar" aria-valuenow="{_percent(project)}" aria-valuemin="0" aria-valuemax="100"><div class="bg-ksr-green-700" style="width: {width}%; height: 3px;"></div></div>
                <div class="flex flex-wrap">
                  <div class="mr4 type-16 ksr-green-700 medium">{_pledged(project)} <span class="block type-16 navy-500 light">pledged</span></div>
                  <div class="mr4 ksr-green-700"><span class="block type-16 navy-500 medium">{_percent(project)}% funded</span></div>
                  <div class="ksr-green-700"><span class="type-16 navy-500 medium">{amount}</span> <span class="block type-16 navy-500 light">{unit}</span></div>
                </div>
              </div>
              <div class="type-13 flex items-center mt2"><a class="grey-dark mr3 nowrap type-12" href="/discover/categories/games/{slug(category)}?ref=category">{esc(category)}</a><a class="grey-dark mr3 nowrap type-12" href="/discover/places/{slug(location)}?ref=category">{esc(location)}</a></div>
            </div>
          </div>
        </div>"""


_EDITORIAL_TILE = """
        <div class="grid-col-12 grid-col-6-sm grid-col-4-lg editorial-tile">
          <div class="bg-green-100 h100p flex flex-column p4">
            <span class="type-12 ksr-green-700 medium caps">From the Backerloop Magazine</span>
            <a href="/articles/how-to-run-a-tabletop-campaign-that-ships-on-time?ref=discovery_category_editorial" class="soft-black">
              <h3 class="type-18 light mt2 mb1">How to run a tabletop campaign that ships on time</h3>
              <p class="type-13">Six creators on freight, factories and stretch goals they would never add again.</p>
            </a>
            <span class="type-12 navy-500 mt3">Read the story →</span>
          </div>
        </div>"""


def _backer_page(page: int, pages: int, cards: str) -> str:
    featured = PROJECTS[FEATURED]
    hero = (
        f"""
    <section class="featured-project grid-container mb6" aria-labelledby="featured-title">
      <h2 id="featured-title" class="type-14 caps medium mb3">Featured project</h2>
      <div class="grid-row">
        <a class="grid-col-12 grid-col-8-md block" href="{esc(_project_url(featured))}"><img class="w100p" alt="Project image" src="https://ksr-ugc.backerloop.example/assets/featured/{slug(featured[0])}.jpg?w=1024" loading="eager"></a>
        <div class="grid-col-12 grid-col-4-md">
          <h3 class="type-28 light"><a class="soft-black" href="{esc(_project_url(featured))}">{esc(featured[0])}</a></h3>
          <p class="type-16 navy-600">{esc(featured[1])}</p>
          <p class="type-13">by {esc(featured[2])}</p>
          <p class="type-14 ksr-green-700 medium">{_percent(featured)}% funded</p>
        </div>
      </div>
    </section>"""
        if page == 1
        else ""
    )
    more = (
        f'<div class="load_more center mt6 mb6"><a class="bttn bttn-green bttn-medium keyboard-focusable" href="{BACKER_BASE}/?{BACKER_QUERY.replace("&", "&amp;")}&amp;page={page + 1}" rel="next">Load more</a></div>'
        if page < pages
        else '<p class="center type-14 navy-500 mt6 mb6">You’ve reached the end of this category.</p>'
    )
    categories = "".join(
        f'<li><a class="navy-700 type-14" href="/discover/categories/games/{slug(name)}?ref=category">{name}</a></li>'
        for name in (
            "Computer Games",
            "Gaming Hardware",
            "Live Games",
            "Mobile Games",
            "Playing Cards",
            "Puzzles",
            TABLETOP,
            "Video Games",
        )
    )
    return f"""<!DOCTYPE html>
<html lang="en" class="no-touch">
<head>
  <meta charset="utf-8">
  <title>Games projects — Backerloop</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta property="og:title" content="Discover Games projects on Backerloop">
  <meta name="csrf-token" content="Qm9ndXMgdG9rZW4gZm9yIHRoZSBjb3JwdXM">
  <link rel="stylesheet" href="https://ksr-static.backerloop.example/assets/application-6e2f8b0d.css">
</head>
<body class="discover" data-user-country="US">
  <svg xmlns="http://www.w3.org/2000/svg" style="display:none"><symbol id="icon--small-k" viewBox="0 0 14 14"><title>Project We Love</title><path d="M5 3h2v3l2-3h2l-2 4 2 4H9L7 8v3H5z"></path></symbol></svg>
  <header id="global-header" class="bg-white border-bottom border-grey-500">
    <nav class="flex items-center justify-between px3 py2" aria-label="Main">
      <a class="keyboard-focusable" href="/discover?ref=nav">Discover</a>
      <a class="keyboard-focusable" href="/learn?ref=nav">Start a project</a>
      <a class="logo" href="/?ref=nav"><img src="https://ksr-static.backerloop.example/images/backerloop-logo.svg" alt="Backerloop" width="140" height="18"></a>
      <form action="/discover/advanced" method="get" role="search"><label class="hide" for="term">Search for projects or categories</label><input id="term" name="term" type="search" placeholder="Search for projects or categories"></form>
      <a class="keyboard-focusable" href="/login?ref=nav">Log in</a>
    </nav>
  </header>
  <main role="main" id="main-content">
    <div class="discover-header grid-container pt6 pb4">
      <p class="type-16 navy-600">Show me <a class="ksr-green-700" href="/discover/categories/games?ref=discover_select">Games</a> projects on <a href="/discover/advanced?sort=magic" class="ksr-green-700">Earth</a> sorted by <a href="/discover/categories/games?sort=magic" class="ksr-green-700">Magic</a></p>
      <h1 class="type-28 light mt2">Games</h1>
      <p class="type-14 navy-500">Explore <b>1,284 projects</b>, 412 of them live, with 96 Projects We Love this month.</p>
      <ul class="subcategories flex flex-wrap list-none mt3">{categories}</ul>
    </div>{hero}
    <section class="grid-container" aria-label="Projects">
      <div id="projects" class="grid-row flex flex-wrap" data-page="{page}">{cards}
      </div>
      {more}
    </section>
    <section class="newsletter bg-grey-100 py6 mt6"><div class="grid-container center"><h2 class="type-24 light">Projects We Love, in your inbox</h2><p class="type-14">Every Thursday: new games, comics and gadgets from independent creators.</p><form action="/newsletters/projects-we-love" method="post"><input type="email" name="email" placeholder="Email address" aria-label="Email address"><button class="bttn bttn-green" type="submit">Sign me up</button></form></div></section>
  </main>
  <footer class="bg-white border-top border-grey-500 py6">
    <ul class="flex flex-wrap list-none"><li><a href="/about">About us</a></li><li><a href="/charter">Our charter</a></li><li><a href="/stats">Stats</a></li><li><a href="/press">Press</a></li><li><a href="/jobs">Jobs</a></li><li><a href="/help">Help Center</a></li><li><a href="/rules">Our Rules</a></li><li><a href="/terms-of-use">Terms of Use</a></li><li><a href="/privacy">Privacy Policy</a></li></ul>
    <p class="type-12 navy-500">Backerloop, PBC © 2026</p>
  </footer>
  <script src="https://ksr-static.backerloop.example/assets/discover-bundle-1f04c2aa.js" defer></script>
</body>
</html>"""


@held
def build_backerloop() -> None:
    s = Site(
        "backerloop",
        kind="crowdfunding discovery grid (Kickstarter-like cards, project JSON in an attribute, pledged / % funded / days to go, 'Load more')",
        start="discover/categories/games/",
        description="Held out.",
    )
    pages = chunks(list(enumerate(PROJECTS)), [12, 12, 4])
    texts = []
    for number, items in enumerate(pages, 1):
        cards = [_project_card(index, project) for index, project in items]
        if number == 1:
            cards.insert(7, _EDITORIAL_TILE)
        texts.append(_backer_page(number, len(pages), "".join(cards)))
    _write_pages(s, BACKER_BASE[1:], lambda n: f"{BACKER_QUERY}&page={n}", texts)
    for project in PROJECTS:
        title, blurb, creator, location, category, _goal, pledged, code, left, _loved = project
        s.expect(
            {
                "title": title,
                "url": _project_url(project),
                "blurb": blurb,
                "creator": creator,
                "pledged": pledged,
                "currency": code,
                "percent_funded": _percent(project),
                "time_left": left,
                "category": category,
                "location": location,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# proconnect: a LinkedIn-like people search ("cartographer"). Each result is an ``li`` of BEM-ish
# ``entity-result__*`` blocks with Ember comments (``<!---->``) around every text; the name twice
# (``aria-hidden`` and a visually-hidden "View X’s profile"), links with a ``miniProfileUrn``
# query, the degree as "• 2nd" beside "2nd degree connection", the headline, the location, a
# "Current: … / Past: … / Skills: …" summary with the keyword in ``<strong>``, mutual-connection or
# follower insights, Connect / Message / Follow buttons, Premium badges and an #OPENTOWORK frame; an
# out-of-network "LinkedIn Member" with no link, a feedback prompt inside the list, a promoted card
# and a "People also viewed" rail of names and headlines, and numbered ``&page=N`` links.
# ---------------------------------------------------------------------------------------------------

PEOPLE_BASE = "/search/results/people"
PEOPLE_QUERY = "keywords=cartographer&origin=SWITCH_SEARCH_VERTICAL"
MEMBER = "LinkedIn Member"
# (name, degree or None, headline, location, (summary label, summary) or None, insight or None, flags)
PEOPLE: list[tuple[Any, ...]] = [
    (
        "Mara Okonkwo",
        "2nd",
        "Senior Cartographer at Northway Mapping | Terrain & relief design",
        "Leeds, England, United Kingdom",
        ("Current", "Senior Cartographer at Northway Mapping"),
        "Tom Ashby and 14 other mutual connections",
        {"premium"},
    ),
    (
        "Jonas Lindqvist",
        "3rd+",
        "Cartographer & GIS Developer",
        "Stockholm, Stockholm County, Sweden",
        ("Current", "Cartographer at Kartverk Nord AB"),
        None,
        set(),
    ),
    (
        "Priya Raman",
        "2nd",
        "Lead Cartographer | Web maps, vector tiles, MapLibre",
        "Bengaluru, Karnataka, India",
        ("Current", "Lead Cartographer at Tessellate Labs"),
        "Anika Patel is a mutual connection",
        set(),
    ),
    (
        "Daniel Ferreira",
        "1st",
        "Freelance cartographer and illustrator — hand-drawn maps for books and games",
        "Lisbon, Portugal",
        ("Skills", "Cartography, Adobe Illustrator, Procreate"),
        None,
        {"message"},
    ),
    (
        "Hannah Brooks",
        "2nd",
        "Cartographer at the Coastal Survey Office",
        "Plymouth, England, United Kingdom",
        ("Current", "Hydrographic Cartographer at Coastal Survey Office"),
        "Oliver Price and Sam Greene are mutual connections",
        set(),
    ),
    (MEMBER, None, "Cartographer at Meridian Atlas Ltd", "Greater Edinburgh Area", None, None, set()),
    (
        "Samuel Oduya",
        "3rd+",
        "GIS Analyst | Cartography | Remote Sensing",
        "Nairobi County, Kenya",
        ("Past", "Junior Cartographer at Rift Valley Geodata"),
        None,
        set(),
    ),
    (
        "Claire Dubois",
        "2nd",
        "Cartographe / Cartographer – Atlas & éditions scolaires",
        "Paris, Île-de-France, France",
        ("Current", "Cartographe at Éditions Lumière"),
        "Julien Moreau and 2 other mutual connections",
        set(),
    ),
    (
        "Ethan Walsh",
        "2nd",
        "Cartographer II at Summit County GIS",
        "Breckenridge, Colorado, United States",
        ("Current", "Cartographer II at Summit County GIS"),
        "Rachel Kim and 3 other mutual connections",
        set(),
    ),
    (
        "Yuki Tanaka",
        "3rd+",
        "Map designer and cartographer. Making the world legible.",
        "Tokyo, Japan",
        ("Current", "Cartographer at Kaido Maps"),
        None,
        {"premium"},
    ),
    (
        "Olivia Grant",
        "2nd",
        "Open to work | Cartographer | ArcGIS Pro, QGIS, Python",
        "Toronto, Ontario, Canada",
        ("Past", "Cartography Intern at Maple Geomatics"),
        "Ben Carter is a mutual connection",
        {"open"},
    ),
    (
        "Rafael Mendes",
        "2nd",
        "Senior Cartographer – National Atlas Programme",
        "Brasília, Federal District, Brazil",
        ("Current", "Senior Cartographer at Instituto Cartográfico Central"),
        "Lucas Almeida and 6 other mutual connections",
        set(),
    ),
    (
        "Fiona MacLeod",
        "1st",
        "Cartographer & Map Librarian",
        "Glasgow, Scotland, United Kingdom",
        ("Current", "Map Librarian at University of the Clyde"),
        None,
        {"message"},
    ),
    (
        "Ahmed El-Sayed",
        "3rd+",
        "Cartographer | Geospatial data visualisation",
        "Cairo, Egypt",
        ("Current", "Cartographer at Nile Delta Surveys"),
        None,
        set(),
    ),
    (
        "Grace Liu",
        "2nd",
        "Product Cartographer at Wayfarer Maps · Writing about maps every Tuesday",
        "San Francisco Bay Area",
        ("Current", "Product Cartographer at Wayfarer Maps"),
        "8,412 followers",
        {"premium", "follow"},
    ),
    (
        "Lukas Brandt",
        "2nd",
        "Kartograf / Cartographer bei Alpenkarte GmbH",
        "Munich, Bavaria, Germany",
        ("Current", "Kartograf at Alpenkarte GmbH"),
        "Anna Schmidt and 9 other mutual connections",
        set(),
    ),
    (
        "Isabel Ortega",
        "3rd+",
        "Cartographer and data journalist",
        "Madrid, Community of Madrid, Spain",
        ("Current", "Graphics Editor at Diario Visual"),
        None,
        set(),
    ),
    (
        "Noah Bennett",
        "2nd",
        "Cartographer, US Forest Mapping Service",
        "Missoula, Montana, United States",
        ("Current", "Cartographer at US Forest Mapping Service"),
        "Rachel Kim is a mutual connection",
        set(),
    ),
    (
        "Amara Nwosu",
        "2nd",
        "Cartography student | MSc Geographic Information Science",
        "Lagos, Lagos State, Nigeria",
        ("Skills", "Cartography, QGIS, Remote Sensing"),
        "Chidi Eze and 1 other mutual connection",
        {"open"},
    ),
    (
        "Tomáš Novák",
        "3rd+",
        "Cartographer (orienteering maps)",
        "Brno, South Moravia, Czechia",
        ("Current", "Mapper at O-Mapy Studio"),
        None,
        set(),
    ),
    (
        "Sophie Turner",
        "2nd",
        "Head of Cartography at Atlas & Co. Publishing",
        "London, England, United Kingdom",
        ("Current", "Head of Cartography at Atlas & Co. Publishing"),
        "Tom Ashby and 22 other mutual connections",
        {"premium"},
    ),
    (
        "Mateo Rossi",
        "2nd",
        "Cartographer · Wayfinding · Transit diagrams",
        "Milan, Lombardy, Italy",
        ("Current", "Cartographer at Linea Design"),
        "Giulia Conti is a mutual connection",
        set(),
    ),
    (
        "Chloe Martin",
        "3rd+",
        "Retired cartographer. 35 years at the Ordnance Atlas.",
        "Southampton, England, United Kingdom",
        ("Past", "Principal Cartographer at Ordnance Atlas"),
        None,
        set(),
    ),
    (
        "Kwame Mensah",
        "2nd",
        "Cartographer | Land Administration | Drone mapping",
        "Accra, Greater Accra Region, Ghana",
        ("Current", "Cartographer at Ghana Land Survey Consult"),
        "Ama Owusu and 4 other mutual connections",
        set(),
    ),
    (
        "Emily Zhang",
        "1st",
        "Senior GIS Cartographer at Pacific Northwest Transit",
        "Portland, Oregon, United States",
        ("Current", "Senior GIS Cartographer at Pacific Northwest Transit"),
        None,
        {"message"},
    ),
]
ALSO_VIEWED = [
    ("Martin Heale", "Chief Surveyor at Northway Mapping"),
    ("Ines Carvalho", "Cartographic Editor | Atlases & school maps"),
    ("Gareth Lloyd", "GIS Manager at Welsh Water Data"),
    ("Mara Okonkwo", "Senior Cartographer at Northway Mapping | Terrain & relief design"),
]


def _profile(name: str) -> str:
    return f"/in/{slug(name)}-{_digest(name, 6)}"


def _urn(name: str) -> str:
    return f"urn%3Ali%3Afs_miniProfile%3AACoAA{_digest('urn' + name, 18).upper()}"


def _keyword(text: str) -> str:
    """Bold the search keyword the way the result summary does."""
    out = esc(text)
    for word in ("Cartographer", "cartographer", "Cartography", "cartography"):
        out = out.replace(word, f"<strong>{word}</strong>")
    return out


def _person(person: tuple[Any, ...]) -> str:
    name, degree, headline, location, summary, insight, flags = person
    member = name == MEMBER
    href = "" if member else f"{_profile(name)}?miniProfileUrn={_urn(name)}"
    photo = (
        '<div class="EntityPhoto-circle-3-ghost-person ivm-view-attr__ghost-entity" aria-hidden="true"></div>'
        if member or ("open" not in flags and len(name) % 3 == 0)
        else f'<img width="48" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" data-delayed-url="https://media.proconnect.example/dms/image/{_digest(name, 10)}/profile-displayphoto-shrink_100_100/0/" loading="lazy" height="48" alt="{esc(name)}" class="presence-entity__image ivm-view-attr__img--centered EntityPhoto-circle-3 lazy-image ember-view">'
    )
    frame = '<span class="ivm-view-attr__frame-badge">#OPENTOWORK</span>' if "open" in flags else ""
    image = (
        f'<div class="ivm-image-view-model"><div class="ivm-view-attr__img-wrapper">{photo}{frame}</div></div>'
        if member
        else f'<a class="app-aware-link scale-down" aria-hidden="true" tabindex="-1" href="{href}"><div class="ivm-image-view-model"><div class="ivm-view-attr__img-wrapper">{photo}{frame}</div></div></a>'
    )
    if member:
        title = f'<span class="entity-result__title-text t-16"><span dir="ltr"><span aria-hidden="true"><!---->{MEMBER}<!----></span><span class="visually-hidden"><!---->{MEMBER}<!----></span></span></span>'
    else:
        title = f'<span class="entity-result__title-text t-16"><a class="app-aware-link " href="{href}" data-test-app-aware-link=""><span dir="ltr"><span aria-hidden="true"><!---->{esc(name)}<!----></span><span class="visually-hidden"><!---->View {esc(name)}’s profile<!----></span></span></a></span>'
    badges = ""
    if degree:
        badges += f'<span class="entity-result__badge t-14 t-normal t-black--light"><div class="entity-result__badge-text"><span aria-hidden="true"><!---->• {degree}<!----></span><span class="visually-hidden"><!---->{degree} degree connection<!----></span></div></span>'
    if "premium" in flags:
        badges += '<span class="entity-result__badge--premium"><li-icon type="linkedin-bug" class="premium-icon" size="small" aria-hidden="true"><svg viewBox="0 0 16 16" width="16" height="16"><path d="M14 2H2v12h12z"></path></svg></li-icon><span class="visually-hidden">Premium member</span></span>'
    summary_html = (
        f'\n            <p class="entity-result__summary entity-result__summary--2-lines t-12 t-black--light mb1"><!---->{summary[0]}: {_keyword(summary[1])}<!----></p>'
        if summary
        else ""
    )
    insight_html = (
        f'\n            <div class="entity-result__insights t-12"><div class="display-flex align-items-center t-roman"><div class="entity-result__simple-insight-text-container"><span class="entity-result__simple-insight-text entity-result__simple-insight-text--small"><!---->{esc(insight)}<!----></span></div></div></div>'
        if insight
        else ""
    )
    first = name.split()[0]
    if member:
        action = ""
    elif "message" in flags:
        action = f'<a class="artdeco-button artdeco-button--2 artdeco-button--secondary" href="/messaging/thread/new/?recipient={_digest(name, 10)}" aria-label="Message {esc(name)}"><span class="artdeco-button__text">Message</span></a>'
    elif "follow" in flags:
        action = f'<button aria-label="Follow {esc(name)}" class="artdeco-button artdeco-button--2 artdeco-button--secondary ember-view" type="button"><li-icon type="add" size="small" aria-hidden="true"></li-icon><span class="artdeco-button__text">Follow</span></button>'
    else:
        action = f'<button aria-label="Invite {esc(first)} {esc(name.split()[-1])} to connect" class="artdeco-button artdeco-button--2 artdeco-button--secondary ember-view" type="button"><span class="artdeco-button__text">Connect</span></button>'
    return f"""
        <li class="reusable-search__result-container">
          <div class="entity-result" data-chameleon-result-urn="urn:li:member:{int(_digest(name, 8), 16)}" data-view-name="search-entity-result-universal-template">
            <div class="entity-result__item">
              <div class="entity-result__universal-image"><div class="display-flex align-items-center">{image}</div></div>
              <div class="entity-result__content entity-result__divider pt3 pb3 t-12 t-black--light">
                <div class="mb1">
                  <div class="t-roman t-sans"><div class="display-flex"><span class="entity-result__title-line entity-result__title-line--2-lines">{title}{badges}</span></div></div>
                  <div class="entity-result__primary-subtitle t-14 t-black t-normal"><!---->{esc(headline)}<!----></div>
                  <div class="entity-result__secondary-subtitle t-14 t-normal"><!---->{esc(location)}<!----></div>
                </div>{summary_html}{insight_html}
              </div>
              <div class="entity-result__actions entity-result__divider">{action}</div>
            </div>
          </div>
        </li>"""


_FEEDBACK = """
        <li class="reusable-search__result-container search-results__feedback">
          <div class="artdeco-card p4 display-flex justify-space-between align-items-center">
            <p class="t-14 t-bold">Are these results helpful?</p>
            <p class="t-12 t-black--light">Your feedback helps us improve search results</p>
            <div><button class="artdeco-button artdeco-button--circle artdeco-button--muted" aria-label="Yes, these results are helpful"><li-icon type="thumbs-up-outline" size="small"></li-icon></button><button class="artdeco-button artdeco-button--circle artdeco-button--muted" aria-label="No, these results are not helpful"><li-icon type="thumbs-down-outline" size="small"></li-icon></button></div>
          </div>
        </li>"""


def _people_pager(page: int, pages: int) -> str:
    def link(number: int) -> str:
        return f"{PEOPLE_BASE}/?{PEOPLE_QUERY}&amp;page={number}"

    prev = (
        f'<a class="artdeco-pagination__button artdeco-pagination__button--previous artdeco-button artdeco-button--muted artdeco-button--tertiary" href="{link(page - 1)}" aria-label="Previous"><li-icon type="chevron-left-icon" aria-hidden="true"></li-icon><span class="artdeco-button__text">Previous</span></a>'
        if page > 1
        else '<button disabled class="artdeco-pagination__button artdeco-pagination__button--previous artdeco-button artdeco-button--muted artdeco-button--tertiary" aria-label="Previous" type="button"><span class="artdeco-button__text">Previous</span></button>'
    )
    nxt = (
        f'<a class="artdeco-pagination__button artdeco-pagination__button--next artdeco-button artdeco-button--muted artdeco-button--tertiary" href="{link(page + 1)}" aria-label="Next"><span class="artdeco-button__text">Next</span><li-icon type="chevron-right-icon" aria-hidden="true"></li-icon></a>'
        if page < pages
        else '<button disabled class="artdeco-pagination__button artdeco-pagination__button--next artdeco-button artdeco-button--muted artdeco-button--tertiary" aria-label="Next" type="button"><span class="artdeco-button__text">Next</span></button>'
    )
    items = "".join(
        f'<li data-test-pagination-page-btn="{n}" class="artdeco-pagination__indicator artdeco-pagination__indicator--number{" active selected" if n == page else ""} ember-view">'
        + (
            f'<button aria-current="true" aria-label="Page {n}" type="button"><span>{n}</span></button>'
            if n == page
            else f'<a aria-label="Page {n}" href="{link(n)}"><span>{n}</span></a>'
        )
        + "</li>"
        for n in range(1, pages + 1)
    )
    return f'<div class="artdeco-pagination artdeco-pagination--has-controls ember-view pv5 ph2">{prev}<ul class="artdeco-pagination__pages artdeco-pagination__pages--number">{items}</ul>{nxt}</div>'


def _people_page(page: int, pages: int, results: str) -> str:
    also = "".join(
        f'<li class="pv-browsemap-section__member-container"><a class="ember-view" href="{_profile(name)}?trk=people-also-viewed"><span class="t-16 t-black t-bold">{esc(name)}</span><span class="t-14 t-black--light t-normal">{esc(headline)}</span></a></li>'
        for name, headline in ALSO_VIEWED
    )
    filters = "".join(
        f'<li class="search-reusables__primary-filter"><button class="artdeco-pill artdeco-pill--slate artdeco-pill--choice artdeco-pill--2 search-reusables__filter-pill-button" type="button" aria-label="{label} filter.">{label}<li-icon type="caret-filled-down-small" aria-hidden="true"></li-icon></button></li>'
        for label in ("Connections", "Locations", "Current company", "Industry", "Open to", "Service categories")
    )
    return f"""<!DOCTYPE html>
<html lang="en" class="theme theme--mercado artdeco ember-application">
<head>
  <meta charset="utf-8">
  <title>“cartographer” | Search | ProConnect</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="robots" content="noindex">
  <link rel="stylesheet" href="https://static.proconnect.example/sc/h/5q1rt0mx2kcvz8uh4i0kbe9yb">
</head>
<body dir="ltr" class="render-mode-BIGPIPE nav-v2 ember-application boot-complete icons-loaded">
  <a class="skip-link" href="#main">Skip to main content</a>
  <header id="global-nav" class="global-nav global-nav--jobs-search">
    <div class="global-nav__content">
      <a class="global-nav__branding" href="/feed/?nis=true"><li-icon type="app-linkedin-bug-color-icon" aria-hidden="true"></li-icon><span class="a11y-text">ProConnect</span></a>
      <div id="global-nav-search" class="global-nav__search"><input class="search-global-typeahead__input" placeholder="Search" role="combobox" aria-label="Search" type="text" value="cartographer"></div>
      <nav class="global-nav__nav" aria-label="Primary Navigation"><ul class="global-nav__primary-items">
        <li class="global-nav__primary-item"><a class="app-aware-link global-nav__primary-link" href="/feed/?nis=true"><span class="t-12 global-nav__primary-link-text">Home</span></a></li>
        <li class="global-nav__primary-item"><a class="app-aware-link global-nav__primary-link" href="/mynetwork/"><span class="t-12 global-nav__primary-link-text">My Network</span></a></li>
        <li class="global-nav__primary-item"><a class="app-aware-link global-nav__primary-link" href="/jobs/"><span class="t-12 global-nav__primary-link-text">Jobs</span></a></li>
        <li class="global-nav__primary-item"><a class="app-aware-link global-nav__primary-link" href="/messaging/"><span class="t-12 global-nav__primary-link-text">Messaging</span></a></li>
        <li class="global-nav__primary-item"><a class="app-aware-link global-nav__primary-link" href="/notifications/"><span class="notification-badge__count">3</span><span class="t-12 global-nav__primary-link-text">Notifications</span></a></li>
      </ul></nav>
    </div>
  </header>
  <div class="application-outlet">
    <section class="search-reusables__filters-bar-grouping" aria-label="Search filters">
      <ul class="search-reusables__filter-list"><li class="search-reusables__primary-filter"><button class="artdeco-pill artdeco-pill--slate artdeco-pill--choice artdeco-pill--selected" aria-pressed="true" type="button">People</button></li>{filters}<li><button class="artdeco-pill artdeco-pill--slate" type="button">All filters</button></li></ul>
    </section>
    <div class="scaffold-layout scaffold-layout--list-detail">
      <main id="main" class="scaffold-layout__main" aria-label="Search results">
        <div class="search-results-container">
          <h2 class="pb2 t-black--light t-14"><!---->About 1,240 results<!----></h2>
          <div class="artdeco-card pb2">
            <ul class="reusable-search__entity-result-list list-style-none" role="list">{results}
            </ul>
          </div>
          {_people_pager(page, pages)}
        </div>
      </main>
      <aside class="scaffold-layout__aside" aria-label="Promoted and more">
        <section class="ad-banner-container artdeco-card p3">
          <p class="t-12 t-black--light">Promoted</p>
          <a class="ad-banner-link" href="https://ads.proconnect.example/click?ad=cartoprint-7731&amp;li_fat_id=aa31"><img src="https://media.proconnect.example/ads/cartoprint.png" alt="CartoPrint Pro" width="64" height="64"><span class="t-14 t-bold">Print museum-grade maps</span><span class="t-12">CartoPrint Pro: archival inks, folded or framed, shipped in 48 hours.</span><span class="artdeco-button artdeco-button--secondary">Learn more</span></a>
        </section>
        <section class="artdeco-card p3 mt2 pv-browsemap-section">
          <h2 class="t-16 t-black t-bold">People also viewed</h2>
          <ul class="list-style-none">{also}</ul>
        </section>
        <section class="artdeco-card p3 mt2 premium-upsell"><p class="t-14">See who’s viewed your profile in the last 90 days</p><a class="artdeco-button artdeco-button--premium" href="/premium/products/?upsellOrderOrigin=premium_search_rail">Try Premium for €0</a></section>
        <footer class="global-footer-compact"><ul><li><a href="/about/">About</a></li><li><a href="/accessibility/">Accessibility</a></li><li><a href="/help/">Help Center</a></li><li><a href="/legal/privacy-policy">Privacy &amp; Terms</a></li><li><a href="/ad/start">Advertising</a></li></ul><p>ProConnect Corporation © 2026</p></footer>
      </aside>
    </div>
  </div>
  <script src="https://static.proconnect.example/sc/h/9x7m3gq1n2b8vbo0d4e8q5r0l" defer></script>
</body>
</html>"""


@held
def build_proconnect() -> None:
    s = Site(
        "proconnect",
        kind="people search (LinkedIn-like: Ember comments, hidden name copies, degree badges, tracking queries on profile links)",
        start="search/results/people/",
        description="Held out.",
    )
    pages = chunks(PEOPLE, [10, 10, 5])
    texts = []
    for number, people in enumerate(pages, 1):
        results = [_person(person) for person in people]
        if number == 1:
            results.insert(6, _FEEDBACK)
        texts.append(_people_page(number, len(pages), "".join(results)))
    _write_pages(s, PEOPLE_BASE[1:], lambda n: f"{PEOPLE_QUERY}&page={n}", texts)
    for person in PEOPLE:
        name, degree, headline, location, summary, _insight, _flags = person
        s.expect(
            {
                "name": name,
                "url": None if name == MEMBER else _profile(name),
                "degree": degree,
                "headline": headline,
                "location": location,
                "current": summary[1] if summary and summary[0] == "Current" else None,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# castatlas: a Listen-Notes-like directory of the best podcasts in a genre. Ranked cards ("#1") with
# a lazy cover, the title link, "By <publisher>", "LISTEN SCORE 84" and "GLOBAL RANK Top 0.05%"
# badges whose meaning is only in ``title`` tooltips ("N/A" on small shows), "612 episodes",
# "Latest:" as "2 days ago" (the day in ``datetime`` and a tooltip) or "Apr 2, 2026", genre chips,
# an "E" explicit badge; a sponsored card with the same classes on each page, a "Trending now"
# strip repeating four shows, curated-list and related-genre sidebars, and relative ``?page=N``
# links ("Next page →").
# ---------------------------------------------------------------------------------------------------

CAST_BASE = "/best-history-podcasts-125"
CAST_TODAY = date(2026, 4, 11)
SCORE_TIP = "Listen Score shows the estimated popularity of a podcast compared to all other RSS-based public podcasts in the world on a scale from 0 to 100."
RANK_TIP = "Global Rank shows the position of this podcast among all RSS-based public podcasts in the world."
H = "History"
# (title, publisher, listen score or None, global rank or None, episodes, latest (day, shown or None for relative, relative text), genres, explicit, description)
PODCASTS: list[tuple[Any, ...]] = [
    (
        "The Long Ago Hour",
        "Marrow Street Audio",
        84,
        "0.05%",
        612,
        (date(2026, 4, 9), "2 days ago"),
        [H, "Society & Culture"],
        False,
        "Two historians, one question a week: how did people actually live? From Roman baths to Victorian music halls.",
    ),
    (
        "Empires in Twelve Episodes",
        "Northgate Podcasts",
        79,
        "0.1%",
        288,
        (date(2026, 4, 10), "21 hours ago"),
        [H],
        False,
        "Each season tells the rise and fall of one empire in exactly twelve episodes.",
    ),
    (
        "Dead Kings Talking",
        "Hollow Oak Media",
        76,
        "0.1%",
        1043,
        (date(2026, 4, 7), "4 days ago"),
        [H, "Comedy"],
        True,
        "Comedians interview the worst monarchs in history, played by other comedians. Historically accurate-ish.",
    ),
    (
        "Hidden Archives",
        "Emma Castellan",
        71,
        "0.5%",
        154,
        (date(2026, 4, 2), None),
        [H, "True Crime"],
        False,
        "Forgotten court records, police files and letters, read aloud and explained.",
    ),
    (
        "Revolutions Retold",
        "Quarterdeck Audio",
        70,
        "0.5%",
        402,
        (date(2026, 3, 30), None),
        [H],
        False,
        "The English, American, French, Haitian and Russian revolutions, day by day.",
    ),
    (
        "The Medieval Table",
        "Hearth & Horn",
        None,
        None,
        96,
        (date(2026, 3, 21), None),
        [H, "Arts"],
        False,
        "Cooking and eating in the Middle Ages, with recipes you can try at home.",
    ),
    (
        "Ancient Engineers",
        "Lintel Media",
        68,
        "1%",
        211,
        (date(2026, 4, 8), "3 days ago"),
        [H, "Science"],
        False,
        "Aqueducts, pyramids and siege engines: how the ancient world built things that still stand.",
    ),
    (
        "Ships & Shipwrecks",
        "Saltmarsh Studios",
        66,
        "1%",
        133,
        (date(2026, 3, 14), None),
        [H],
        False,
        "Maritime history from the Mary Rose to the Edmund Fitzgerald.",
    ),
    (
        "A History of Food in 100 Meals",
        "Larder Audio",
        65,
        "1%",
        100,
        (date(2025, 12, 18), None),
        [H, "Arts", "Food"],
        False,
        "A finished series: one hundred meals that changed what the world eats.",
    ),
    (
        "Spies of the Cold War",
        "Iron Curtain Productions",
        64,
        "1.5%",
        178,
        (date(2026, 4, 6), "5 days ago"),
        [H, "Government"],
        True,
        "Defectors, dead drops and double agents, from Berlin to Havana.",
    ),
    (
        "The Silk Road Diaries",
        "Caravan Sound",
        62,
        "1.5%",
        87,
        (date(2026, 3, 27), None),
        [H, "Education"],
        False,
        "Travellers' accounts from two thousand years of trade between China and the Mediterranean.",
    ),
    (
        "Women Who Drew the Map",
        "Compass Rose Collective",
        61,
        "2%",
        64,
        (date(2026, 4, 1), None),
        [H],
        False,
        "Explorers, surveyors and cartographers history forgot to credit.",
    ),
    (
        "Our Town Before Us",
        "Bellfield Local History Society",
        None,
        None,
        41,
        (date(2026, 2, 18), None),
        [H, "Society & Culture"],
        False,
        "Oral histories recorded by volunteers in a small market town.",
    ),
    (
        "Battlefield Walks",
        "Fieldcraft Media",
        60,
        "2%",
        256,
        (date(2026, 4, 10), "15 hours ago"),
        [H],
        False,
        "Recorded on location: a guide walks you across a battlefield as it happened.",
    ),
    (
        "Lost Languages",
        "Rosetta Audio",
        58,
        "2.5%",
        73,
        (date(2026, 3, 9), None),
        [H, "Education"],
        False,
        "Scripts nobody could read, and the people who cracked them.",
    ),
    (
        "The Plague Year",
        "Quarantine Tapes",
        57,
        "2.5%",
        52,
        (date(2026, 1, 30), None),
        [H, "Health & Fitness"],
        False,
        "Pandemics from Athens to 1918, told through diaries and city records.",
    ),
    (
        "Pharaohs After Dark",
        "Nile Night Audio",
        55,
        "3%",
        119,
        (date(2026, 4, 4), "1 week ago"),
        [H],
        False,
        "Tomb robbers, palace plots and the private lives of Egypt's rulers.",
    ),
    (
        "Inventions That Failed",
        "Patent Pending Podcasts",
        54,
        "3%",
        161,
        (date(2026, 3, 25), None),
        [H, "Technology"],
        True,
        "Airships, pneumatic mail and the steam-powered horse: bold ideas that went nowhere.",
    ),
    (
        "The Vikings Unboxed",
        "Longhouse Audio",
        52,
        "3.5%",
        90,
        (date(2026, 3, 29), None),
        [H],
        False,
        "Archaeologists open one Viking-age find per episode.",
    ),
    (
        "Echoes of Rome",
        "Forum Media",
        51,
        "4%",
        330,
        (date(2026, 4, 9), "2 days ago"),
        [H, "Education"],
        False,
        "The Roman Republic and Empire in chronological order, from the founding myth to 1453.",
    ),
    (
        "Maps & Legends",
        "Compass Rose Collective",
        49,
        "4%",
        58,
        (date(2026, 3, 2), None),
        [H, "Education"],
        False,
        "The stories behind famous maps, and the mistakes printed on them.",
    ),
    (
        "History on the Rocks",
        "Two Glasses Productions",
        47,
        "5%",
        205,
        (date(2026, 4, 5), "6 days ago"),
        [H, "Comedy"],
        True,
        "Two friends, two cocktails, one historical scandal.",
    ),
    (
        "The Tudor Court",
        "Wolsey & Co.",
        None,
        None,
        34,
        (date(2026, 2, 27), None),
        [H],
        False,
        "Henry VIII's courtiers, one at a time.",
    ),
    (
        "Street Names Explained",
        "Corner Plaque Audio",
        45,
        "5%",
        77,
        (date(2026, 3, 18), None),
        [H, "Places & Travel"],
        False,
        "Who were the people our streets are named after?",
    ),
]
TRENDING = (2, 6, 13, 19)


def _cast_url(podcast: tuple[Any, ...]) -> str:
    token = _digest(podcast[0] + podcast[1], 11)
    return f"/podcasts/{slug(podcast[0])}-{slug(podcast[1])}-{token}/"


def _shown_day(day: date) -> str:
    return f"{day:%b} {day.day}, {day.year}"


def _latest(latest: tuple[date, str | None]) -> str:
    day, relative = latest
    assert relative is None or (CAST_TODAY - day).days <= 7, day
    hour = (
        12 + 24 * (CAST_TODAY - day).days - int(relative.split()[0])
        if relative and "hours" in relative
        else (day.day * 7) % 10
    )
    moment = f"{day.isoformat()}T{hour:02d}:{(day.day * 13) % 60:02d}:00Z"
    full = f"{day:%a}, {day:%d} {day:%b} {day.year}"
    if relative:
        return f'<time datetime="{moment}" title="{full}">{relative}</time>'
    return f'<time datetime="{moment}">{_shown_day(day)}</time>'


def _cast_card(rank: int, podcast: tuple[Any, ...]) -> str:
    title, publisher, score, global_rank, episodes, latest, genres, explicit, description = podcast
    url = _cast_url(podcast)
    cover = f"https://cdn-images.castatlas.example/podcasts/{_digest(title, 10)}-thumb.300x300.jpg"
    score_html = (
        f'<span class="ln-badge ln-badge-score" data-toggle="tooltip" title="{SCORE_TIP}"><span class="ln-badge-label">Listen Score</span> <span class="ln-badge-value">{score}</span></span>'
        if score is not None
        else '<span class="ln-badge ln-badge-score ln-badge-na" data-toggle="tooltip" title="Listen Score is not available for podcasts with few listeners."><span class="ln-badge-label">Listen Score</span> <span class="ln-badge-value">N/A</span></span>'
    )
    rank_html = (
        f'<span class="ln-badge ln-badge-rank" data-toggle="tooltip" title="{RANK_TIP}"><span class="ln-badge-label">Global Rank</span> <span class="ln-badge-value">Top {global_rank}</span></span>'
        if global_rank
        else ""
    )
    chips = "".join(
        f'<a class="ln-genre-chip" href="{CAST_BASE if genre == H else f"/best-{slug(genre)}-podcasts-{100 + len(genre) * 7}"}/">{esc(genre)}</a>'
        for genre in genres
    )
    explicit_html = (
        '<span class="ln-explicit-badge" title="Explicit content" aria-label="Explicit">E</span>' if explicit else ""
    )
    return f"""
          <div class="ln-channel-card" data-rank="{rank}" data-channel-id="{_digest(title + publisher, 11)}">
            <div class="ln-channel-card-rank">#{rank}</div>
            <a class="ln-channel-card-cover" href="{url}" aria-hidden="true" tabindex="-1"><img class="lazyload" src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 1 1'%3E%3C/svg%3E" data-src="{cover}" alt="" width="120" height="120"></a>
            <div class="ln-channel-card-body">
              <h2 class="ln-channel-card-title"><a href="{url}">{esc(title)}</a> {explicit_html}</h2>
              <div class="ln-channel-card-publisher">By <a href="/search/?q={slug(publisher).replace("-", "+")}&amp;scope=podcast&amp;only_in=author">{esc(publisher)}</a></div>
              <div class="ln-channel-card-badges">{score_html} {rank_html}</div>
              <div class="ln-channel-card-meta"><span class="ln-meta-item"><i class="ln-icon ln-icon-episodes" aria-hidden="true"></i>{episodes:,} episodes</span><span class="ln-meta-dot" aria-hidden="true">·</span><span class="ln-meta-item">Latest: {_latest(latest)}</span><span class="ln-meta-dot" aria-hidden="true">·</span><span class="ln-meta-item">English</span></div>
              <div class="ln-channel-card-genres">{chips}</div>
              <p class="ln-channel-card-description">{esc(description)}</p>
              <div class="ln-channel-card-actions"><button class="btn btn-sm ln-add-to-playlist" type="button" data-channel="{_digest(title + publisher, 11)}">+ Add to playlist</button><a class="btn btn-sm btn-link" href="{url}rss/" rel="nofollow">RSS</a></div>
            </div>
          </div>"""


_SPONSORED_CAST = [
    ("The Founder's Ledger", "Brightpath Ventures", "How great companies almost failed. New episodes every Monday."),
    ("Mindful Money", "Penny & Pine", "A calmer way to think about saving, spending and giving."),
    ("Beyond the Score", "Allegro Audio", "Film composers on the music you never noticed."),
]


def _sponsored_card(number: int) -> str:
    title, publisher, text = _SPONSORED_CAST[number - 1]
    return f"""
          <div class="ln-channel-card ln-channel-card-sponsored" data-ad-slot="list-{number}">
            <div class="ln-channel-card-rank"><span class="ln-sponsored-label">Sponsored</span></div>
            <a class="ln-channel-card-cover" href="https://ads.castatlas.example/c/?slot=list-{number}&amp;cid={_digest(title, 8)}" rel="sponsored nofollow" aria-hidden="true" tabindex="-1"><img class="lazyload" data-src="https://cdn-images.castatlas.example/ads/{_digest(title, 10)}.jpg" alt="" width="120" height="120"></a>
            <div class="ln-channel-card-body">
              <h2 class="ln-channel-card-title"><a href="https://ads.castatlas.example/c/?slot=list-{number}&amp;cid={_digest(title, 8)}" rel="sponsored nofollow">{esc(title)}</a></h2>
              <div class="ln-channel-card-publisher">By {esc(publisher)}</div>
              <p class="ln-channel-card-description">{esc(text)}</p>
              <div class="ln-channel-card-actions"><a class="btn btn-sm btn-primary" href="https://ads.castatlas.example/c/?slot=list-{number}&amp;cid={_digest(title, 8)}" rel="sponsored nofollow">Listen now</a> <a class="ln-ad-about" href="/podcast-ads/">Podcast Ads by CastAtlas</a></div>
            </div>
          </div>"""


def _cast_page(page: int, pages: int, cards: str) -> str:
    trending = "".join(
        f'<li class="ln-trending-item"><a href="{_cast_url(PODCASTS[i])}"><img class="lazyload" data-src="https://cdn-images.castatlas.example/podcasts/{_digest(PODCASTS[i][0], 10)}-thumb.300x300.jpg" alt="{esc(PODCASTS[i][0])}" width="80" height="80"><span>{esc(PODCASTS[i][0])}</span></a></li>'
        for i in TRENDING
    )
    prev = f'<a class="btn btn-outline ln-page-prev" href="?page={page - 1}">← Previous page</a>' if page > 1 else ""
    nxt = f'<a class="btn btn-outline ln-page-next" href="?page={page + 1}">Next page →</a>' if page < pages else ""
    numbers = " ".join(
        f'<span class="ln-page-current">{n}</span>'
        if n == page
        else f'<a class="ln-page-number" href="?page={n}">{n}</a>'
        for n in range(1, pages + 1)
    )
    related = "".join(
        f'<li><a href="/best-{slug(name)}-podcasts-{number}/">{name}</a></li>'
        for name, number in (
            ("Ancient History", 126),
            ("Military History", 130),
            ("Local History", 131),
            ("True Crime", 135),
            ("Society & Culture", 122),
        )
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>The 24 Best History Podcasts (2026) | CastAtlas</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="Best History podcasts we could find (Updated April 2026). Ranked by Listen Score.">
  <link rel="canonical" href="https://www.castatlas.example{CAST_BASE}/{"" if page == 1 else f"?page={page}"}">
  <link rel="stylesheet" href="/static/css/ln-main.2d91e7.css">
  <script async src="https://www.googletagmanager.example/gtag/js?id=G-CA4417"></script>
</head>
<body class="ln-page ln-best-podcasts">
  <nav class="navbar ln-navbar" aria-label="Main">
    <a class="navbar-brand" href="/"><img src="/static/img/castatlas-logo.svg" alt="CastAtlas" width="128" height="28"></a>
    <form class="ln-search-form" action="/search/" method="get" role="search"><input type="search" name="q" placeholder="Search 3.4M podcasts &amp; 190M episodes…" aria-label="Search podcasts"><button type="submit">Search</button></form>
    <ul class="navbar-nav"><li><a href="/best-podcasts/">Best Podcasts</a></li><li><a href="/podcast-api/">Podcast API</a></li><li><a href="/podcast-ads/">Advertise</a></li><li><a href="/login/">Log in</a></li></ul>
  </nav>
  <div class="container ln-container">
    <ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/best-podcasts/">Best Podcasts</a></li><li aria-current="page">History</li></ol>
    <header class="ln-page-header">
      <h1>Best History Podcasts <small>(2026)</small></h1>
      <p class="ln-page-intro">Best History podcasts we could find (Updated April 2026), ranked by <a href="/listen-score/" title="{SCORE_TIP}">Listen Score</a>. Page {page} of {pages}.</p>
      <div class="ln-page-filters"><label>Region <select name="region"><option selected>Worldwide</option><option>United States</option><option>United Kingdom</option></select></label> <label>Language <select name="language"><option selected>Any language</option><option>English</option></select></label> <label><input type="checkbox" name="safe_mode"> Hide explicit shows</label></div>
    </header>
    <section class="ln-trending" aria-labelledby="trending-title"><h2 id="trending-title" class="ln-section-title">Trending now in History</h2><ul class="ln-trending-list">{trending}</ul></section>
    <div class="row">
      <div class="col-md-8">
        <div class="ln-channel-list">{cards}
        </div>
        <nav class="ln-pagination" aria-label="Pages">{prev} <span class="ln-page-numbers">{numbers}</span> {nxt}</nav>
      </div>
      <aside class="col-md-4 ln-sidebar">
        <section class="ln-sidebar-box"><h3>Related genres</h3><ul>{related}</ul></section>
        <section class="ln-sidebar-box"><h3>Curated lists</h3><ul><li><a href="/curated-podcasts/history-for-the-school-run-8Ak21/">History for the school run</a> <small>12 podcasts</small></li><li><a href="/curated-podcasts/deep-dives-into-the-ancient-world-3Lq90/">Deep dives into the ancient world</a> <small>18 podcasts</small></li><li><a href="/curated-podcasts/history-with-a-laugh-7Tx02/">History with a laugh</a> <small>9 podcasts</small></li></ul></section>
        <section class="ln-sidebar-box ln-newsletter"><h3>Get the best new podcasts</h3><p>One email a week with podcasts picked by our editors.</p><form action="/newsletter/" method="post"><input type="email" name="email" placeholder="you@example.com" aria-label="Email"><button class="btn btn-primary" type="submit">Subscribe</button></form></section>
      </aside>
    </div>
  </div>
  <footer class="ln-footer"><ul><li><a href="/about/">About</a></li><li><a href="/api/">API</a></li><li><a href="/privacy/">Privacy</a></li><li><a href="/terms/">Terms</a></li><li><a href="/contact/">Contact</a></li></ul><p>© 2026 CastAtlas, Inc. Made with ❤ for podcast listeners.</p></footer>
  <script src="/static/js/lazysizes.min.js" async></script>
</body>
</html>"""


@held
def build_castatlas() -> None:
    s = Site(
        "castatlas",
        kind="podcast directory (Listen-Notes-like ranked cards, scores in tooltip badges, relative and absolute dates, sponsored cards)",
        start="best-history-podcasts-125/",
        description="Held out.",
    )
    pages = chunks(list(enumerate(PODCASTS, 1)), [9, 9, 6])
    texts = []
    for number, items in enumerate(pages, 1):
        cards = [_cast_card(rank, podcast) for rank, podcast in items]
        cards.insert(3 if number != 2 else 5, _sponsored_card(number))
        texts.append(_cast_page(number, len(pages), "".join(cards)))
    _write_pages(s, CAST_BASE[1:], lambda n: f"page={n}", texts)
    for rank, podcast in enumerate(PODCASTS, 1):
        title, publisher, score, global_rank, episodes, latest, genres, _explicit, _description = podcast
        s.expect(
            {
                "rank": rank,
                "title": title,
                "url": _cast_url(podcast),
                "publisher": publisher,
                "listen_score": score,
                "global_rank": f"Top {global_rank}" if global_rank else None,
                "episodes": episodes,
                "latest_episode": latest[0].isoformat(),
                "genres": genres,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# pkgyard: an npm-like package search. Each result is a ``section`` of hashed classes: the name in
# an ``h3`` inside the package link, an "exact match" badge on one, the description, keyword chips
# linking to ``keywords:`` searches, the publisher's avatar and name, then "published 4.2.1 •" and a
# relative age ("3 days ago", "a year ago") whose moment is only in a ``title``; a deprecated
# package, sponsored "Featured" results, a sort menu, and ``?page=N&perPage=10&q=…`` page links.
# ---------------------------------------------------------------------------------------------------

PKG_BASE = "/search"
PKG_TERM = "markdown"
PKG_QUERY = f"perPage=10&q={PKG_TERM}"
# (name, description, keywords, publisher, version, published (ISO moment), shown age, deprecated)
PACKAGES: list[tuple[Any, ...]] = [
    (
        "markdown",
        "A sensible Markdown parser for javascript",
        ["markdown", "text processing", "ast"],
        "dominic",
        "0.5.0",
        "2013-07-26T18:21:40.136Z",
        "13 years ago",
        False,
    ),
    (
        "markdown-it-lite",
        "Markdown parser, done right. 100% CommonMark support, extensions, syntax plugins & high speed",
        ["markdown", "parser", "commonmark", "markdown-it"],
        "vitaly",
        "14.1.0",
        "2025-03-19T19:39:29.960Z",
        "a year ago",
        False,
    ),
    (
        "marked-down",
        "A markdown parser built for speed",
        ["markdown", "markup", "html"],
        "tjsquared",
        "15.0.7",
        "2026-03-02T14:02:11.512Z",
        "a month ago",
        False,
    ),
    (
        "remarkable-md",
        "Markdown parser, done right. Commonmark support, extensions, syntax plugins, high speed - all in one.",
        ["markdown", "md", "commonmark", "parser"],
        "jonschlinkert",
        "2.0.1",
        "2020-05-18T09:12:44.020Z",
        "6 years ago",
        False,
    ),
    (
        "md-to-react",
        "Render Markdown as React components, with plugins for GFM, math and syntax highlighting",
        ["react", "markdown", "component", "remark"],
        "wooorm",
        "9.0.3",
        "2026-04-08T07:55:02.871Z",
        "3 days ago",
        False,
    ),
    (
        "markdown-toc-gen",
        "Generate a markdown TOC (table of contents) with Remarkable.",
        ["markdown", "toc", "table of contents"],
        "doowb",
        "1.2.0",
        "2022-10-04T16:20:31.004Z",
        "4 years ago",
        False,
    ),
    (
        "showdown-classic",
        "A Markdown to HTML converter written in Javascript",
        ["markdown", "converter", "html"],
        "tivie",
        "2.1.0",
        "2024-06-12T11:47:19.300Z",
        "2 years ago",
        False,
    ),
    (
        "markdown-table-fmt",
        "Generate a markdown (GFM) table",
        ["table", "markdown", "gfm", "text", "align"],
        "wooorm",
        "3.0.4",
        "2026-01-22T20:08:57.115Z",
        "3 months ago",
        False,
    ),
    (
        "mdlint-cli",
        "Command-line interface for linting Markdown files",
        ["markdown", "lint", "cli", "commonmark"],
        "davidanson",
        "0.44.0",
        "2026-04-10T22:31:05.644Z",
        "14 hours ago",
        False,
    ),
    (
        "markdown-pdf-old",
        "Markdown to PDF converter (deprecated: use md-to-pdf)",
        ["markdown", "pdf", "phantomjs"],
        "alanshaw",
        "11.0.0",
        "2019-11-30T08:03:12.777Z",
        "6 years ago",
        True,
    ),
    (
        "gray-matter-lite",
        "Parse front-matter from a string or file. Fast, reliable and easy to use.",
        ["front-matter", "yaml", "markdown", "parse"],
        "jonschlinkert",
        "4.0.3",
        "2023-04-24T12:14:52.690Z",
        "3 years ago",
        False,
    ),
    (
        "md-escape",
        "Escape markdown special characters in a string",
        ["markdown", "escape", "string"],
        "kemitchell",
        "2.0.0",
        "2025-11-09T15:40:26.218Z",
        "5 months ago",
        False,
    ),
    (
        "markdown-link-check-x",
        "Extracts links from markdown texts and checks whether each link is alive (200 OK) or dead.",
        ["markdown", "link", "check", "ci"],
        "tcort",
        "3.13.7",
        "2026-03-27T10:19:48.503Z",
        "15 days ago",
        False,
    ),
    (
        "prettier-md-plugin",
        "Format Markdown tables, lists and code blocks with Prettier",
        ["prettier", "markdown", "formatter", "plugin"],
        "fisker",
        "1.4.2",
        "2025-08-14T06:25:33.061Z",
        "8 months ago",
        False,
    ),
    (
        "md-slides",
        "Turn a markdown file into a slide deck with speaker notes",
        ["markdown", "slides", "presentation"],
        "yhatt",
        "4.1.1",
        "2026-02-06T18:52:10.390Z",
        "2 months ago",
        False,
    ),
    (
        "markdown-escape-html",
        "Escape HTML inside markdown code spans, safely",
        ["markdown", "html", "xss", "sanitize"],
        "kemitchell",
        "1.1.0",
        "2021-09-03T13:30:04.912Z",
        "5 years ago",
        False,
    ),
    (
        "docsmith-md",
        "Static documentation sites from a folder of markdown",
        ["markdown", "documentation", "static site", "generator"],
        "docsmith",
        "0.9.12",
        "2026-04-07T09:05:41.226Z",
        "4 days ago",
        False,
    ),
    (
        "mdx-lite",
        "A tiny MDX compiler: markdown with JSX components, no bundler needed",
        ["mdx", "markdown", "jsx", "compiler"],
        "johno",
        "0.3.5",
        "2025-12-01T17:44:00.553Z",
        "4 months ago",
        False,
    ),
    (
        "markdown-spellcheck-cli",
        "Spell-check markdown files, skipping code blocks and front-matter",
        ["markdown", "spelling", "cli"],
        "lukeapage",
        "1.3.1",
        "2024-02-20T21:16:37.089Z",
        "2 years ago",
        False,
    ),
    (
        "emoji-md",
        "Replace :shortcodes: in markdown with emoji",
        ["markdown", "emoji", "shortcode"],
        "muan",
        "3.0.0",
        "2023-09-11T08:58:19.734Z",
        "3 years ago",
        False,
    ),
    (
        "md-frontmatter-ts",
        "Typed front-matter for markdown content collections",
        ["markdown", "frontmatter", "typescript", "zod"],
        "ariel",
        "2.2.0",
        "2026-03-30T12:00:03.000Z",
        "12 days ago",
        False,
    ),
    (
        "markdown-it-footnotes",
        "Footnotes for markdown-it-lite: [^1] references and inline notes",
        ["markdown-it", "plugin", "footnotes", "markdown"],
        "vitaly",
        "4.0.0",
        "2024-11-05T19:22:45.610Z",
        "a year ago",
        False,
    ),
]
PKG_FEATURED = [
    ("mdcms-cloud", "Headless CMS for markdown teams. Free tier for open source.", "mdcms"),
    ("docubox", "Hosted docs from your markdown repo, with search and versioning.", "docubox-inc"),
]


def _pkg_result(package: tuple[Any, ...], exact: bool) -> str:
    name, description, keywords, publisher, version, moment, age, deprecated = package
    chips = "".join(
        f'<li class="dib mr2"><a class="f6 fw5 black-60 bg-black-05 br2 pv1 ph2 _357d4b13 no-underline" href="/search?q=keywords:{esc(keyword.replace(" ", "%20"))}">{esc(keyword)}</a></li>'
        for keyword in keywords
    )
    badges = (
        '<span class="ml2 f6 fw6 ph2 br2 white bg-dark-blue d6d2ab0c" title="This result is an exact match for your search">exact match</span>'
        if exact
        else ""
    )
    if deprecated:
        badges += '<span class="ml2 f6 fw6 ph2 br2 white bg-dark-red a0d3c6bc" title="This package has been deprecated by its author">DEPRECATED</span>'
    return f"""
      <section class="ef4d7c63 flex-l pl1-ns pt3 pb2 ph1 bb b--black-10">
        <div class="w-80-l">
          <div class="flex flex-row items-end pr3">
            <a target="_self" href="/package/{name}" class="_6b0b9a60 no-underline"><h3 class="db7ee1ac fw6 f4 black-90 dib lh-solid ma0 no-underline hover-black">{esc(name)}</h3></a>{badges}
          </div>
          <p class="_8fbbd57d f5 black-60 mt1 mb0 lh-copy">{esc(description)}</p>
          <ul class="bb4a9bd5 list ma0 pl0 pv1" aria-label="Keywords">{chips}</ul>
          <div class="flex flex-row flex-wrap items-center">
            <a class="e98ba1cc flex items-center" href="/~{publisher}" aria-hidden="true" tabindex="-1"><img src="/npm-avatar/eyJhdmF0YXJVUkwiOiJodHRwczovL3MuZ3JhdmF0YXIuZXhhbXBsZS8{_digest(publisher, 12)}" alt="" width="20" height="20" class="br2 mr2" loading="lazy"></a>
            <a class="e98ba1cc link b black-80 mr2 _7d1c5a5f" href="/~{publisher}">{esc(publisher)}</a>
            <span class="_66c2abad f6 dark-gray">published {version} • <span title="{moment}">{age}</span></span>
          </div>
        </div>
        <div class="w-20-l f6 black-50 tr-l _1e1c4c7c"><button class="_2c0d1c40 bn bg-transparent" type="button" aria-label="Copy install command for {esc(name)}">npm i {esc(name)}</button></div>
      </section>"""


def _pkg_featured(entry: tuple[str, str, str]) -> str:
    name, text, publisher = entry
    return f"""
      <section class="ef4d7c63 flex-l pl1-ns pt3 pb2 ph1 bb b--black-10 _0f0a4d7a" data-featured="true">
        <div class="w-80-l">
          <div class="flex flex-row items-end pr3"><a target="_self" href="/package/{name}?utm_source=search&amp;utm_medium=featured" class="_6b0b9a60 no-underline"><h3 class="db7ee1ac fw6 f4 black-90 dib lh-solid ma0">{name}</h3></a><span class="ml2 f6 fw6 ph2 br2 black-70 bg-light-yellow" title="Featured packages are paid placements">Featured</span></div>
          <p class="_8fbbd57d f5 black-60 mt1 mb0 lh-copy">{esc(text)}</p>
          <div class="flex flex-row flex-wrap items-center"><a class="e98ba1cc link b black-80 mr2" href="/~{publisher}">{publisher}</a></div>
        </div>
      </section>"""


def _pkg_page(page: int, pages: int, results: str, total: int) -> str:
    def link(number: int) -> str:
        return f"{PKG_BASE}/?page={number}&amp;{PKG_QUERY}"

    numbers = "".join(
        f'<li class="dib"><span class="b black-90 ph2" aria-current="page">{n}</span></li>'
        if n == page
        else f'<li class="dib"><a class="_20ab8a6f link ph2 black-60" href="{link(n)}">{n}</a></li>'
        for n in range(1, pages + 1)
    )
    prev = (
        f'<li class="dib"><a class="_20ab8a6f link ph2 black-60" href="{link(page - 1)}" aria-label="Previous page">«</a></li>'
        if page > 1
        else ""
    )
    nxt = (
        f'<li class="dib"><a class="_20ab8a6f link ph2 black-60" href="{link(page + 1)}" aria-label="Next page">»</a></li>'
        if page < pages
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{PKG_TERM} - pkgyard search</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href="https://static-production.pkgyard.example/styles.5b3c8f9a1d.css">
</head>
<body>
  <div id="app">
    <div class="_4cc7a9b2 bg-white">
      <header class="_0b2bd7d1 flex items-center ph3 pv2 bb b--black-10">
        <a class="_3e1a6c2f" href="/" aria-label="pkgyard Homepage"><svg viewBox="0 0 780 250" width="54" height="21" aria-hidden="true"><path d="M240 250h100v-50h100V0H240z"></path></svg></a>
        <form id="search" class="_13c93d41 flex-grow-1 ml3" method="GET" action="/search" role="search"><label class="visually-hidden" for="search-input">Search packages</label><input id="search-input" type="search" name="q" value="{PKG_TERM}" placeholder="Search packages" autocomplete="off"><button type="submit" class="_0da775bb">Search</button></form>
        <nav class="ml3"><a href="/signup">Sign Up</a> <a href="/login">Sign In</a></nav>
      </header>
      <main id="main" class="_5c23ec8b ph3">
        <div class="flex justify-between items-center pv3">
          <h2 class="_0d2164ff f4 fw6 black-80 ma0">{total} packages found</h2>
          <div class="_2a3e8f1c f6">Sort by: <a href="/search?q={PKG_TERM}&amp;ranking=optimal" class="b">Default</a> · <a href="/search?q={PKG_TERM}&amp;ranking=popularity">Most downloaded this week</a> · <a href="/search?q={PKG_TERM}&amp;ranking=maintenance">Recently published</a></div>
        </div>
        <div class="d0963384">{results}
        </div>
        <nav class="_77a8c2d4 tc pv4" aria-label="Pagination"><ul class="list pl0">{prev}{numbers}{nxt}</ul></nav>
      </main>
      <footer class="_7f23f8b9 bt b--black-10 pv4 ph3 f6"><ul class="list pl0 flex"><li class="mr3"><a href="/support">Help</a></li><li class="mr3"><a href="/advisories">Advisories</a></li><li class="mr3"><a href="/status">Status</a></li><li class="mr3"><a href="/policies/terms">Terms of Use</a></li><li class="mr3"><a href="/policies/privacy">Privacy</a></li></ul></footer>
    </div>
  </div>
  <script>window.__context__ = {{"context": {{"total": {total}, "page": {page}, "perPage": 10, "q": "{PKG_TERM}"}}, "chunks": {{"search": ["search/search.2f1a7c.js"]}}}}</script>
  <script src="https://static-production.pkgyard.example/search/search.2f1a7c.js" integrity="sha512-{_digest(str(page), 40)}" crossorigin="anonymous" defer></script>
</body>
</html>"""


@held
def build_pkgyard() -> None:
    s = Site(
        "pkgyard",
        kind="package search results (npm-like: hashed classes, keyword chips, 'published 1.2.3 •' with the age only relative, featured results)",
        start="search/",
        description="Held out.",
    )
    pages = chunks(PACKAGES, [10, 10, 2])
    texts = []
    for number, packages in enumerate(pages, 1):
        results = [_pkg_result(package, package[0] == PKG_TERM) for package in packages]
        if number < len(pages):
            results.insert(0, _pkg_featured(PKG_FEATURED[number - 1]))
        texts.append(_pkg_page(number, len(pages), "".join(results), len(PACKAGES)))
    _write_pages(s, PKG_BASE[1:], lambda n: f"page={n}&{PKG_QUERY}", texts)
    for name, description, keywords, publisher, version, moment, _age, _deprecated in PACKAGES:
        s.expect(
            {
                "name": name,
                "url": f"/package/{name}",
                "description": description,
                "keywords": keywords,
                "publisher": publisher,
                "version": version,
                "date": moment[:10],
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# frameshelf: a Letterboxd-like ranked list of films. The list is a grid of posters: each ``li``
# holds a ``div.film-poster`` whose film name, year, slug and link exist only in ``data-*``
# attributes and the poster's ``alt``; the rank is a ``p.list-number``; the list owner's star
# rating ("★★★½") and a "liked" heart sit below some posters. A list header (owner, likes,
# comments), "Similar lists" in the sidebar, and ``/page/N/`` links ("Newer" / "Older").
# ---------------------------------------------------------------------------------------------------

SHELF_BASE = "/noirnotebook/list/fifty-essential-films-noir"
# (title, year, owner's rating in half stars or None, liked)
FILMS: list[tuple[Any, ...]] = [
    ("Double Indemnity", 1944, 10, True),
    ("The Maltese Falcon", 1941, 9, True),
    ("Out of the Past", 1947, 10, True),
    ("The Third Man", 1949, 10, True),
    ("Touch of Evil", 1958, 9, False),
    ("Sunset Boulevard", 1950, 10, True),
    ("The Big Sleep", 1946, 8, False),
    ("Laura", 1944, 8, True),
    ("In a Lonely Place", 1950, 9, True),
    ("Kiss Me Deadly", 1955, 7, False),
    ("Gun Crazy", 1950, 8, False),
    ("Detour", 1945, 7, False),
    ("The Night of the Hunter", 1955, 10, True),
    ("Sweet Smell of Success", 1957, 9, True),
    ("The Killers", 1946, None, False),
    ("Pickup on South Street", 1953, 8, False),
    ("Mildred Pierce", 1945, 7, False),
    ("The Big Heat", 1953, 9, False),
    ("Night and the City", 1950, 9, True),
    ("The Asphalt Jungle", 1950, 8, False),
    ("Ace in the Hole", 1951, 9, True),
    ("Scarlet Street", 1945, None, False),
    ("The Lady from Shanghai", 1947, 7, False),
    ("Nightmare Alley", 1947, 8, True),
    ("Criss Cross", 1949, 6, False),
]


def _stars(halves: int) -> str:
    return "★" * (halves // 2) + ("½" if halves % 2 else "")


def _film_slug(title: str, year: int) -> str:
    # Remakes share a title: the slug carries the year only where the site needs it.
    return slug(title) + (f"-{year}" if title in {"The Killers", "Nightmare Alley", "Scarlet Street"} else "")


def _poster(rank: int, film: tuple[Any, ...]) -> str:
    title, year, halves, liked = film
    film_slug = _film_slug(title, year)
    film_id = int(_digest(film_slug, 5), 16)
    rating = f'<span class="rating -micro -darker rated-{halves}">{_stars(halves)}</span>' if halves else ""
    heart = (
        '<span class="like liked-micro has-icon icon-liked icon-16"><span class="icon"></span></span>' if liked else ""
    )
    viewing = f'<p class="poster-viewingdata">{rating}{heart}</p>' if rating or heart else ""
    return f"""
        <li class="poster-container numbered-list-item" data-owner-rating="{halves or 0}">
          <div class="really-lazy-load poster film-poster film-poster-{film_id} linked-film-poster" data-component-class="globals.comps.FilmPosterComponent" data-film-id="{film_id}" data-film-name="{esc(title)}" data-poster-url="/film/{film_slug}/image-150/" data-film-release-year="{year}" data-new-list-with-film-action="/list/new/with/{film_slug}/" data-remove-from-watchlist-action="/film/{film_slug}/remove-from-watchlist/" data-add-to-watchlist-action="/film/{film_slug}/add-to-watchlist/" data-rate-action="/film/{film_slug}/rate/" data-film-slug="{film_slug}" data-target-link="/film/{film_slug}/" data-target-link-target="" data-cache-busting-key="{_digest(title, 8)}" data-show-menu="true">
            <div><img src="https://s.frameshelf.example/static/img/empty-poster-125.AiuBHVCI.png" class="image" width="125" height="187" alt="{esc(title)}"><span class="frame"><span class="frame-title"></span></span></div>
          </div>
          {viewing}
          <p class="list-number">{rank}</p>
        </li>"""


def _shelf_page(page: int, pages: int, posters: str) -> str:
    def link(number: int) -> str:
        return f"{SHELF_BASE}/" if number == 1 else f"{SHELF_BASE}/page/{number}/"

    newer = (
        '<div class="paginate-nextprev paginate-disabled"><span class="previous">Newer</span></div>'
        if page == 1
        else f'<div class="paginate-nextprev"><a class="previous" href="{link(page - 1)}">Newer</a></div>'
    )
    older = (
        f'<div class="paginate-nextprev"><a class="next" href="{link(page + 1)}">Older</a></div>'
        if page < pages
        else '<div class="paginate-nextprev paginate-disabled"><span class="next">Older</span></div>'
    )
    numbers = "".join(
        f'<li class="paginate-page paginate-current"><span>{n}</span></li>'
        if n == page
        else f'<li class="paginate-page"><a href="{link(n)}">{n}</a></li>'
        for n in range(1, pages + 1)
    )
    similar = "".join(
        f'<li class="listitem"><a class="list-link" href="/{owner}/list/{slug(name)}/"><span class="list-name">{esc(name)}</span> <small>{count} films</small></a></li>'
        for owner, name, count in (
            ("marlowe", "Neo-noir after Chinatown", 64),
            ("femmefatale", "Best of Barbara Stanwyck", 31),
            ("rko_nights", "B-movie noir on a budget", 112),
        )
    )
    return f"""<!DOCTYPE html>
<html lang="en" class="no-mobile">
<head>
  <meta charset="utf-8">
  <title>‎Fifty essential films noir, a list of films by Vera Lindgren • Frameshelf</title>
  <meta name="description" content="Fifty essential films noir. The ones I rewatch every November, ranked. Ratings are mine.">
  <link rel="stylesheet" href="https://s.frameshelf.example/static/css/main.min.3c9f1a2b.css">
</head>
<body class="list-page lists-page film-list">
  <header id="header" class="site-header js-hide-in-app"><section><h1 class="site-logo"><a href="/" class="logo replace">Frameshelf — Your life in film</a></h1><nav class="main-nav"><ul class="navitems"><li class="navitem"><a href="/sign-in/">Sign in</a></li><li class="navitem"><a href="/create-account/">Create account</a></li><li class="navitem"><a href="/films/">Films</a></li><li class="navitem"><a href="/lists/">Lists</a></li><li class="navitem"><a href="/members/">Members</a></li><li class="navitem"><a href="/journal/">Journal</a></li></ul></nav></section></header>
  <div id="content" class="site-body">
    <div class="content-wrap">
      <div class="cols-2 overflow">
        <section class="section col-17 col-main">
          <header class="list-title-intro">
            <div class="person-summary"><a class="avatar -a24" href="/noirnotebook/"><img src="https://a.frameshelf.example/avatar/noirnotebook-0-48-0-48-crop.jpg" alt="Vera Lindgren" width="24" height="24"></a> List by <a class="name" href="/noirnotebook/"><span itemprop="name">Vera Lindgren</span></a></div>
            <p class="list-date">Updated <time datetime="2026-03-01T20:14:00Z">Mar 1, 2026</time></p>
            <h1 class="title-1 prettify">Fifty essential films noir</h1>
            <div class="body-text -prose"><p>The ones I rewatch every November, ranked. Ratings are mine. Twenty-five here; the rest live in part two.</p></div>
          </header>
          <div class="list-actions"><a class="like-link-target" href="/noirnotebook/list/fifty-essential-films-noir/likes/"><span class="like-count">1,482 likes</span></a> · <a href="{SHELF_BASE}/#comments">86 comments</a></div>
          <ul class="js-list-entries poster-list -p125 -grid film-list numbered-list">{posters}
          </ul>
          <div class="pagination">{newer}{older}<div class="paginate-pages"><ul>{numbers}</ul></div></div>
        </section>
        <aside class="sidebar">
          <section class="section"><h2 class="section-heading">Similar lists</h2><ul class="list-set">{similar}</ul></section>
          <section class="section"><h2 class="section-heading">Tags</h2><ul class="tags clear"><li><a href="/lists/tag/film-noir/">film noir</a></li><li><a href="/lists/tag/1940s/">1940s</a></li><li><a href="/lists/tag/ranked/">ranked</a></li></ul></section>
          <div class="banner banner-250"><a href="/pro/?utm_source=list_sidebar">Go Pro: remove ads, see stats</a></div>
        </aside>
      </div>
    </div>
  </div>
  <footer id="footer" class="site-footer"><ul class="footer-nav"><li><a href="/about/">About</a></li><li><a href="/pro/">Pro</a></li><li><a href="/journal/">News</a></li><li><a href="/api-beta/">API</a></li><li><a href="/legal/terms-of-use/">Terms</a></li></ul><p class="copyright">© Frameshelf Limited. Film data from TMDb.</p></footer>
  <script src="https://s.frameshelf.example/static/js/main.min.8c2e1f7d.js"></script>
</body>
</html>"""


@held
def build_frameshelf() -> None:
    s = Site(
        "frameshelf",
        kind="ranked film list (Letterboxd-like poster grid: names, years and links only in data attributes and alt text)",
        start=f"{SHELF_BASE[1:]}/",
        description="Held out.",
    )
    pages = chunks(list(enumerate(FILMS, 1)), [10, 10, 5])
    for number, films in enumerate(pages, 1):
        text = _shelf_page(number, len(pages), "".join(_poster(rank, film) for rank, film in films))
        s.list_page(
            f"{SHELF_BASE[1:]}/index.html" if number == 1 else f"{SHELF_BASE[1:]}/page/{number}/index.html", text
        )
    for rank, (title, year, halves, _liked) in enumerate(FILMS, 1):
        s.expect(
            {
                "rank": rank,
                "title": title,
                "url": f"/film/{_film_slug(title, year)}/",
                "year": year,
                "rating": halves / 2 if halves else None,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# patchtrail: a GitHub-like issue list (open issues of one repository). Each issue is a
# ``div.js-issue-row`` of Primer utility classes: a checkbox, an octicon with an aria-label, the
# title link, coloured label links with CSS custom properties, "#4321 opened <relative-time> by user"
# (the moment in ``datetime``, the text "Apr 8, 2026" or "3 days ago"), an optional milestone, an
# assignee avatar stack and a comment count only when there are comments; pinned issues repeat two
# rows above the list, a header of counts ("25 Open", "1,204 Closed"), and a "Previous 1 2 3 Next"
# pager of ``?page=N&q=is:issue+is:open`` links.
# ---------------------------------------------------------------------------------------------------

REPO = "/lumen-labs/lumenkit"
ISSUE_QUERY = "q=is:issue+is:open"
ISSUE_TODAY = date(2026, 4, 11)
LABEL_COLOURS = {
    "bug": (215, 58, 74),
    "enhancement": (162, 238, 239),
    "documentation": (0, 117, 202),
    "good first issue": (112, 87, 255),
    "help wanted": (0, 134, 114),
    "needs triage": (251, 202, 4),
    "performance": (233, 115, 47),
    "a11y": (191, 212, 242),
    "breaking change": (179, 24, 24),
    "question": (216, 118, 227),
}
# (number, title, labels, author, opened (day, shown relative or None), comments, milestone, assignee)
ISSUES: list[tuple[Any, ...]] = [
    (
        4388,
        "Tooltip flickers when the trigger is inside a scroll container",
        ["bug", "needs triage"],
        "okafor-dev",
        (date(2026, 4, 10), "yesterday"),
        2,
        None,
        None,
    ),
    (
        4385,
        'Add a `placement="auto"` option to Popover',
        ["enhancement"],
        "mirela-v",
        (date(2026, 4, 9), "2 days ago"),
        0,
        "v3.2",
        None,
    ),
    (
        4381,
        "DatePicker: keyboard focus lost after selecting a month",
        ["bug", "a11y"],
        "jhkwon",
        (date(2026, 4, 8), "3 days ago"),
        7,
        "v3.1.2",
        "tessa-b",
    ),
    (
        4377,
        "Docs: theming guide still references the removed `tokens.json`",
        ["documentation", "good first issue"],
        "paulo-reis",
        (date(2026, 4, 6), None),
        1,
        None,
        None,
    ),
    (
        4372,
        "Select with 5,000 options freezes Safari for ~2s",
        ["performance", "bug"],
        "annika-l",
        (date(2026, 4, 3), None),
        12,
        "v3.2",
        "tessa-b",
    ),
    (
        4369,
        "Question: how do I render a Dialog into a shadow root?",
        ["question"],
        "ferdinand-m",
        (date(2026, 4, 2), None),
        4,
        None,
        None,
    ),
    (
        4361,
        "Table: sticky header overlaps the first row in Firefox 137",
        ["bug"],
        "s-nakamura",
        (date(2026, 3, 30), None),
        3,
        "v3.1.2",
        None,
    ),
    (
        4358,
        "Support `prefers-reduced-motion` in Toast animations",
        ["enhancement", "a11y", "help wanted"],
        "grace-oduya",
        (date(2026, 3, 28), None),
        5,
        None,
        None,
    ),
    (
        4350,
        'RFC: drop the legacy `size="xs"` variant in v4',
        ["breaking change", "enhancement"],
        "tessa-b",
        (date(2026, 3, 24), None),
        31,
        "v4.0",
        "tessa-b",
    ),
    (
        4347,
        "Menu items with icons are misaligned in RTL",
        ["bug", "good first issue"],
        "omar-haddad",
        (date(2026, 3, 22), None),
        0,
        None,
        None,
    ),
    (
        4339,
        "Combobox announces the wrong option count to VoiceOver",
        ["a11y", "bug"],
        "jhkwon",
        (date(2026, 3, 18), None),
        9,
        "v3.1.2",
        "jhkwon",
    ),
    (
        4335,
        "Allow custom empty state in DataGrid",
        ["enhancement"],
        "lucia-ferri",
        (date(2026, 3, 16), None),
        2,
        "v3.2",
        None,
    ),
    (
        4330,
        "Typo in the Slider docs: `step` default is 1, not 0.1",
        ["documentation", "good first issue"],
        "kiran-p",
        (date(2026, 3, 13), None),
        0,
        None,
        None,
    ),
    (
        4326,
        "Tabs: `onChange` fires twice when clicking the active tab",
        ["bug"],
        "b-ostrowski",
        (date(2026, 3, 11), None),
        6,
        None,
        None,
    ),
    (
        4318,
        "Bundle size grew 18 kB between 3.0 and 3.1",
        ["performance", "needs triage"],
        "annika-l",
        (date(2026, 3, 6), None),
        14,
        None,
        "mirela-v",
    ),
    (
        4311,
        "Add a Drawer component",
        ["enhancement", "help wanted"],
        "daniel-e",
        (date(2026, 3, 2), None),
        23,
        "v3.3",
        None,
    ),
    (
        4305,
        "Form validation messages are not linked with aria-describedby",
        ["a11y", "bug"],
        "grace-oduya",
        (date(2026, 2, 26), None),
        3,
        "v3.1.2",
        None,
    ),
    (
        4298,
        "Dark theme: focus ring invisible on the primary Button",
        ["bug", "a11y"],
        "yuki-s",
        (date(2026, 2, 21), None),
        8,
        None,
        None,
    ),
    (4290, "Export the `useId` hook", ["enhancement", "question"], "petra-n", (date(2026, 2, 17), None), 1, None, None),
    (
        4276,
        "Migrate the docs site off the deprecated MDX v1 loader",
        ["documentation"],
        "mirela-v",
        (date(2026, 2, 9), None),
        4,
        "v3.2",
        "mirela-v",
    ),
    (
        4264,
        "Pagination renders NaN pages when `total` is 0",
        ["bug", "good first issue"],
        "kiran-p",
        (date(2026, 1, 30), None),
        2,
        None,
        None,
    ),
    (
        4251,
        "Virtualised List jumps when items change height",
        ["bug", "performance"],
        "s-nakamura",
        (date(2026, 1, 21), None),
        17,
        "v3.3",
        None,
    ),
    (
        4233,
        "Provide CSS-only builds without the runtime",
        ["enhancement"],
        "ferdinand-m",
        (date(2026, 1, 8), None),
        11,
        None,
        None,
    ),
    (
        4207,
        "Date formats ignore the `locale` prop in DateRangePicker",
        ["bug"],
        "lucia-ferri",
        (date(2025, 12, 15), None),
        5,
        None,
        None,
    ),
    (
        4180,
        "Icons: publish the SVG sprite as a separate package",
        ["enhancement", "help wanted"],
        "omar-haddad",
        (date(2025, 11, 27), None),
        0,
        "v4.0",
        None,
    ),
]
PINNED = (8, 15)


def _issue_url(issue: tuple[Any, ...]) -> str:
    return f"{REPO}/issues/{issue[0]}"


def _issue_label(name: str) -> str:
    r, g, b = LABEL_COLOURS[name]
    return f'<a id="label-{_digest(name, 6)}" href="{REPO}/labels/{name.replace(" ", "%20")}" data-name="{esc(name)}" style="--label-r:{r};--label-g:{g};--label-b:{b};--label-h:0;--label-s:0;--label-l:50;" data-view-component="true" class="IssueLabel hx_IssueLabel width-fit mb-1 mr-1"><span class="css-truncate css-truncate-target width-fit">{esc(name)}</span></a>'


def _issue_row(issue: tuple[Any, ...]) -> str:
    number, title, labels, author, (day, relative), comments, milestone, assignee = issue
    assert relative is None or (ISSUE_TODAY - day).days <= 3, day
    moment = f"{day.isoformat()}T{(number * 7) % 24:02d}:{number % 60:02d}:{(number * 3) % 60:02d}Z"
    shown = relative or f"{day:%b} {day.day}, {day.year}"
    milestone_html = (
        f'<span class="issue-meta-section css-truncate issue-milestone ml-2 d-none d-md-inline"><a class="milestone-link Link--muted css-truncate tooltipped tooltipped-n" aria-label="{esc(milestone)}" href="{REPO}/milestone/{int(_digest(milestone, 2), 16) % 20}"><svg aria-hidden="true" height="16" viewBox="0 0 16 16" width="16" class="octicon octicon-milestone"><path d="M7.75 0a.75.75 0 0 1 .75.75V3h3.634c.414 0 .814.147 1.13.414l2.07 1.75a1.75 1.75 0 0 1 0 2.672z"></path></svg><span class="css-truncate-target">{esc(milestone)}</span></a></span>'
        if milestone
        else ""
    )
    assignee_html = (
        f'<div class="AvatarStack AvatarStack--right ml-2 flex-1 flex-shrink-0"><div class="AvatarStack-body tooltipped tooltipped-sw tooltipped-align-right-1" aria-label="Assigned to {assignee}"><a class="avatar avatar-user" aria-label="{assignee}’s assigned issues" href="{REPO}/issues?q=assignee%3A{assignee}+is%3Aopen"><img class="from-avatar avatar-user" src="https://avatars.patchtrail.example/u/{int(_digest(assignee, 6), 16)}?s=40&amp;v=4" width="20" height="20" alt="@{assignee}"></a></div></div>'
        if assignee
        else '<span class="ml-2 flex-1 flex-shrink-0"></span>'
    )
    comments_html = (
        f'<a href="{_issue_url(issue)}" class="Link--muted" aria-label="{comments} comment{"s" if comments != 1 else ""}"><svg aria-hidden="true" height="16" viewBox="0 0 16 16" width="16" class="octicon octicon-comment v-align-middle"><path d="M1 2.75C1 1.784 1.784 1 2.75 1h10.5c.966 0 1.75.784 1.75 1.75v7.5A1.75 1.75 0 0 1 13.25 12H9.06z"></path></svg> <span class="text-small text-bold">{comments}</span></a>'
        if comments
        else ""
    )
    return f"""
      <div id="issue_{number}" class="Box-row Box-row--focus-gray p-0 mt-0 js-navigation-item js-issue-row" data-id="{int(_digest(str(number), 9), 16)}">
        <div class="d-flex Box-row--drag-hide position-relative">
          <label class="flex-shrink-0 py-2 pl-3 d-none d-md-block"><input type="checkbox" data-check-all-item="" class="js-issues-list-check" name="issues[]" value="{number}" aria-labelledby="issue_{number}_link" autocomplete="off"></label>
          <div class="flex-shrink-0 pt-2 pl-3"><span class="tooltipped tooltipped-e" aria-label="Open issue"><svg class="octicon octicon-issue-opened open" viewBox="0 0 16 16" version="1.1" width="16" height="16" aria-hidden="true"><path d="M8 9.5a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3Z"></path></svg></span></div>
          <div class="flex-auto min-width-0 p-2 pr-3 pr-md-2">
            <a id="issue_{number}_link" class="Link--primary v-align-middle no-underline h4 js-navigation-open markdown-title" data-hovercard-type="issue" data-hovercard-url="{_issue_url(issue)}/hovercard" href="{_issue_url(issue)}">{esc(title)}</a>
            <span class="lh-default d-block d-md-inline">{"".join(_issue_label(label) for label in labels)}</span>
            <div class="d-flex mt-1 text-small color-fg-muted">
              <span class="opened-by">#{number} opened <relative-time datetime="{moment}" class="no-wrap" title="{day:%b} {day.day}, {day.year}, {moment[11:16]} GMT">{shown}</relative-time> by <a class="Link--muted" title="Open issues created by {author}" data-hovercard-type="user" data-hovercard-url="/users/{author}/hovercard" href="{REPO}/issues?q=is%3Aissue+is%3Aopen+author%3A{author}">{author}</a></span>{milestone_html}
            </div>
          </div>
          <div class="flex-shrink-0 col-4 col-md-3 pt-2 text-right pr-3 no-wrap d-flex hide-sm">
            <span class="ml-2 flex-1 flex-shrink-0"></span>
            {assignee_html}
            <span class="ml-2 flex-1 flex-shrink-0">{comments_html}</span>
          </div>
        </div>
      </div>"""


def _issues_page(page: int, pages: int, rows: str) -> str:
    def link(number: int) -> str:
        return f"{REPO}/issues?page={number}&amp;{ISSUE_QUERY}"

    prev = (
        f'<a class="previous_page" rel="prev" href="{link(page - 1)}" aria-label="Previous Page">Previous</a>'
        if page > 1
        else '<span class="previous_page disabled" aria-hidden="true">Previous</span>'
    )
    nxt = (
        f'<a class="next_page" rel="next" href="{link(page + 1)}" aria-label="Next Page">Next</a>'
        if page < pages
        else '<span class="next_page disabled" aria-hidden="true">Next</span>'
    )
    numbers = "".join(
        f'<em class="current" data-total-pages="{pages}" aria-current="page">{n}</em>'
        if n == page
        else f'<a href="{link(n)}" aria-label="Page {n}">{n}</a>'
        for n in range(1, pages + 1)
    )
    pinned = "".join(
        f'<li class="pinned-issue-item Box d-flex flex-column p-3"><a class="Link--primary text-bold" href="{_issue_url(ISSUES[i])}">{esc(ISSUES[i][1])}</a><span class="color-fg-muted text-small">#{ISSUES[i][0]} opened by {ISSUES[i][3]}</span></li>'
        for i in PINNED
    )
    return f"""<!DOCTYPE html>
<html lang="en" data-color-mode="auto" data-light-theme="light" data-dark-theme="dark">
<head>
  <meta charset="utf-8">
  <title>Issues · lumen-labs/lumenkit · Patchtrail</title>
  <meta name="viewport" content="width=device-width">
  <meta name="description" content="Accessible React components for product teams. Contribute to lumen-labs/lumenkit development by creating an account on Patchtrail.">
  <link crossorigin="anonymous" media="all" rel="stylesheet" href="https://assets.patchtrail.example/assets/primer-6b0f9a2c1d3e.css">
</head>
<body class="logged-out env-production page-responsive">
  <div class="position-relative js-header-wrapper"><a href="#start-of-content" class="px-2 py-4 color-bg-accent-emphasis color-fg-on-emphasis show-on-focus js-skip-to-content">Skip to content</a>
    <header class="HeaderMktg header-logged-out js-details-container js-header" role="banner"><div class="container-xl d-flex flex-items-center p-responsive"><a class="mr-lg-3 color-fg-inherit flex-order-2" href="/" aria-label="Homepage">Patchtrail</a><nav aria-label="Global"><ul class="d-lg-flex list-style-none"><li><a class="HeaderMenu-link" href="/features">Product</a></li><li><a class="HeaderMenu-link" href="/solutions">Solutions</a></li><li><a class="HeaderMenu-link" href="/pricing">Pricing</a></li></ul></nav><a href="/login?return_to=%2Flumen-labs%2Flumenkit%2Fissues" class="HeaderMenu-link">Sign in</a> <a href="/signup" class="HeaderMenu-link HeaderMenu-link--sign-up">Sign up</a></div></header>
  </div>
  <div id="start-of-content" class="show-on-focus"></div>
  <div class="application-main" data-commit-hovercards-enabled="">
    <main id="js-repo-pjax-container">
      <div id="repository-container-header" class="pt-3 hide-full-screen">
        <div class="d-flex flex-nowrap flex-justify-end mb-3 px-3 px-md-4 px-lg-5"><div class="flex-auto min-width-0 width-fit"><div class="d-flex flex-wrap flex-items-center wb-break-word f3 text-normal"><span class="author flex-self-stretch"><a class="url fn" rel="author" data-hovercard-type="organization" href="/lumen-labs">lumen-labs</a></span><span class="mx-1 flex-self-stretch color-fg-muted">/</span><strong itemprop="name" class="mr-2 flex-self-stretch"><a href="{REPO}">lumenkit</a></strong><span class="Label Label--secondary v-align-middle mr-1">Public</span></div></div>
          <ul class="pagehead-actions flex-shrink-0 d-none d-md-inline"><li><a href="/login?return_to=%2Flumen-labs%2Flumenkit" class="btn-sm btn" aria-label="You must be signed in to star a repository"><svg class="octicon octicon-star" height="16" width="16" aria-hidden="true"></svg> Star <span class="Counter js-social-count" title="18,244">18.2k</span></a></li><li><a class="btn-sm btn" href="/login?return_to=%2Flumen-labs%2Flumenkit" aria-label="You must be signed in to fork"><svg class="octicon octicon-repo-forked" height="16" width="16" aria-hidden="true"></svg> Fork <span class="Counter" title="1,907">1.9k</span></a></li></ul>
        </div>
        <nav class="js-repo-nav js-sidenav-container-pjax js-responsive-underlinenav overflow-hidden UnderlineNav px-3 px-md-4 px-lg-5" aria-label="Repository"><ul class="UnderlineNav-body list-style-none"><li class="d-inline-flex"><a class="UnderlineNav-item" href="{REPO}">Code</a></li><li class="d-inline-flex"><a class="UnderlineNav-item selected" aria-current="page" href="{REPO}/issues">Issues <span class="Counter" title="{len(ISSUES)}">{len(ISSUES)}</span></a></li><li class="d-inline-flex"><a class="UnderlineNav-item" href="{REPO}/pulls">Pull requests <span class="Counter" title="14">14</span></a></li><li class="d-inline-flex"><a class="UnderlineNav-item" href="{REPO}/discussions">Discussions</a></li><li class="d-inline-flex"><a class="UnderlineNav-item" href="{REPO}/actions">Actions</a></li></ul></nav>
      </div>
      <div class="container-xl clearfix new-discussion-timeline px-3 px-md-4 px-lg-5">
        <div class="repository-content">
          <div class="js-check-all-container">
            <div class="d-flex flex-justify-between mb-md-3 flex-column-reverse flex-md-row flex-items-end"><div class="subnav-search-context"><form class="subnav-search width-full" role="search" action="{REPO}/issues" method="get"><input type="text" name="q" class="form-control subnav-search-input input-contrast width-full js-issues-search" value="is:issue is:open " aria-label="Search all issues"></form></div><div class="d-flex flex-justify-between"><a class="btn" href="{REPO}/labels">Labels <span class="Counter">10</span></a> <a class="btn" href="{REPO}/milestones">Milestones <span class="Counter">5</span></a> <a class="btn btn-primary" href="/login?return_to=%2Flumen-labs%2Flumenkit%2Fissues%2Fnew">New issue</a></div></div>
            {f'<div class="pinned-issues-container mb-3"><h2 class="h4 mb-2">Pinned issues</h2><ol class="d-flex list-style-none">{pinned}</ol></div>' if page == 1 else ""}
            <div class="Box mt-3 Box--responsive hx_Box--firstRowRounded0" id="js-issues-toolbar" data-pjax="">
              <div class="Box-header d-flex flex-justify-between">
                <div class="table-list-header-toggle states flex-auto pl-0"><a class="btn-link selected" href="{REPO}/issues?q=is%3Aopen+is%3Aissue"><svg class="octicon octicon-issue-opened" height="16" width="16" aria-hidden="true"></svg> {len(ISSUES)} Open</a> <a class="btn-link" href="{REPO}/issues?q=is%3Aissue+is%3Aclosed"><svg class="octicon octicon-check" height="16" width="16" aria-hidden="true"></svg> 1,204 Closed</a></div>
                <div class="table-list-header-toggle no-wrap d-flex flex-auto flex-justify-end"><details class="details-reset details-overlay d-inline-block position-relative px-3"><summary class="btn-link">Author</summary></details><details class="details-reset details-overlay d-inline-block position-relative px-3"><summary class="btn-link">Label</summary></details><details class="details-reset details-overlay d-inline-block position-relative px-3"><summary class="btn-link">Milestones</summary></details><details class="details-reset details-overlay d-inline-block position-relative px-3"><summary class="btn-link">Assignee</summary></details><details class="details-reset details-overlay d-inline-block position-relative pl-3"><summary class="btn-link">Sort</summary></details></div>
              </div>
              <div aria-label="Issues" role="group" class="js-navigation-container js-active-navigation-container">{rows}
              </div>
            </div>
            <div class="d-flex d-md-block flex-items-center flex-column"><div role="navigation" aria-label="Pagination" class="paginate-container d-none d-sm-flex flex-sm-justify-center"><div class="pagination">{prev}{numbers}{nxt}</div></div></div>
            <div class="protip mt-4 text-center color-fg-muted"><svg class="octicon octicon-light-bulb" height="16" width="16" aria-hidden="true"></svg> <strong>ProTip!</strong> Exclude everything labeled <code>bug</code> with <a href="{REPO}/issues?q=is%3Aissue+is%3Aopen+-label%3Abug">-label:bug</a>.</div>
          </div>
        </div>
      </div>
    </main>
  </div>
  <footer class="footer pt-8 pb-6 f6 color-fg-muted p-responsive" role="contentinfo"><ul class="list-style-none d-flex flex-wrap"><li class="mr-3"><a href="/site/terms">Terms</a></li><li class="mr-3"><a href="/site/privacy">Privacy</a></li><li class="mr-3"><a href="/security">Security</a></li><li class="mr-3"><a href="https://www.patchtrailstatus.example/">Status</a></li><li class="mr-3"><a href="https://docs.patchtrail.example/">Docs</a></li></ul><p>© 2026 Patchtrail, Inc.</p></footer>
  <script crossorigin="anonymous" type="application/javascript" src="https://assets.patchtrail.example/assets/element-registry-4b1c7e9a.js" defer></script>
</body>
</html>"""


@held
def build_patchtrail() -> None:
    s = Site(
        "patchtrail",
        kind="issue tracker list (GitHub-like: Primer utility classes, label links, 'opened <relative-time> by', comment counts only when there are comments)",
        start=f"{REPO[1:]}/issues/",
        description="Held out.",
    )
    pages = chunks(ISSUES, [10, 10, 5])
    for number, issues in enumerate(pages, 1):
        text = _issues_page(number, len(pages), "".join(_issue_row(issue) for issue in issues))
        if number == 1:
            s.list_page(f"{REPO[1:]}/issues/index.html", text)
            s.write(f"{REPO[1:]}/issues@page=1&{ISSUE_QUERY}", text)
        else:
            s.list_page(f"{REPO[1:]}/issues@page={number}&{ISSUE_QUERY}", text)
    for issue in ISSUES:
        number, title, labels, author, (day, _relative), comments, milestone, _assignee = issue
        s.expect(
            {
                "number": number,
                "title": title,
                "url": _issue_url(issue),
                "labels": labels,
                "author": author,
                "date": day.isoformat(),
                "comments": comments or None,
                "milestone": milestone,
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
