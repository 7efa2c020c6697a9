"""Fifteenth wave of HELD-OUT corpus sites (issue #3), frozen before anybody measured the Scout on them.

* **waxledger** — a record database's release page (one record).
* **mercatello** — an Italian classifieds site's search results.
* **larchpoint** — a SaaS company's blog on a CMS-hosted theme.

Run ``uv run python tests/sites/corpus/generate_held_out_fifteenth.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``). Every site here is **frozen**: never open its pages, expected
records or per-field results while working on the Scout.
"""

# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate import FROZEN, ROOT, Site, chunks, esc, slug

FROZEN |= {"waxledger", "mercatello", "larchpoint"}

FIFTEENTH: dict[str, Callable[[], None]] = {}


def fifteenth(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    FIFTEENTH[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _hex(seed: str, length: int) -> str:
    """A stable pseudo-random hex string (ids, hashes, tokens)."""
    return hashlib.sha256(seed.encode()).hexdigest()[:length]


def _number(seed: str, low: int, high: int) -> int:
    """A stable pseudo-random integer in [low, high]."""
    return low + int(_hex(seed, 8), 16) % (high - low + 1)


def _json_script(value: object) -> str:
    """JSON as sites inline it in a script: compact, with ``</`` kept out of the HTML parser's way."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).replace("</", "<\\/")


# ---------------------------------------------------------------------------------------------------
# waxledger (FROZEN): a Discogs-like release page, 2024–25 React markup with CSS-module classes
# ---------------------------------------------------------------------------------------------------

WX_ID = 4417853
WX_ARTIST = "Marta Quell"
WX_TITLE = "Tidewater Hymns"
WX_PATH = f"/release/{WX_ID}-Marta-Quell-Tidewater-Hymns/"
WX_IMG = "https://i.waxledger.example/img"
WX_TRACKS = [
    ("A1", "Salt Road", "5:12"),
    ("A2", "Lamento Da Maré", "6:48"),
    ("A3", "Harbour Lights (Interlude)", "1:57"),
    ("A4", "The Ninth Wave", "7:21"),
    ("B1", "Cais Do Sodré, 4 A.M.", "5:40"),
    ("B2", "Tidewater Hymn", "8:03"),
    ("B3", "Fog Over Belém", "4:26"),
    ("B4", "Return", "6:15"),
]
WX_CREDITS = [
    ("Double Bass", "Rui Palmeiro"),
    ("Drums", "Ines Carvalhal"),
    ("Portuguese Guitar", "Tomás Vidigal"),
    ("Tenor Saxophone, Composed By", "Marta Quell"),
    ("Mastered By", "Joel Hartigan"),
    ("Recorded By, Mixed By", "Sara Lobo"),
    ("Design", "Atelier Quinta"),
]
WX_VERSIONS = [
    ("Tidewater Hymns", "Vinyl, LP, Album, Limited Edition, Clear", "Halyard Records", "HAL-027", "Portugal", "2024"),
    ("Tidewater Hymns", "Vinyl, LP, Album", "Halyard Records", "HAL-027B", "Portugal", "2024"),
    ("Tidewater Hymns", "CD, Album, Digipak", "Halyard Records", "HALCD-027", "Portugal", "2024"),
    ("Tidewater Hymns", "File, FLAC, Album", "Halyard Records", "none", "Portugal", "2024"),
    ("Tidewater Hymns", "Vinyl, LP, Album, Reissue", "Blue Lantern", "BL-2291", "Europe", "2025"),
]
WX_MORE = [
    ("Marta Quell", "Estuary", "Halyard Records", 2021),
    ("Marta Quell Quartet", "Live At Hot Clube", "Halyard Records", 2022),
    ("Marta Quell", "Night Ferry / Alfama", "Halyard Records", 2023),
    ("Marta Quell & Rui Palmeiro", "Two Rivers", "Sete Ondas", 2019),
]


def _wx_header() -> str:
    return """<header class="_header_1w9ka_1" role="banner"><div class="_inner_1w9ka_9">
  <a class="_logo_1w9ka_20" href="/" aria-label="Waxledger home"><svg viewBox="0 0 120 28" aria-hidden="true"><path d="M0 0h120v28H0z"/></svg></a>
  <form class="_search_1w9ka_44" action="/search/" role="search"><label class="_hidden_3jq4v_1" for="search_q">Search</label><input id="search_q" name="q" type="search" placeholder="Search artists, albums and more..." autocomplete="off"><select name="type" aria-label="Search type"><option value="all">All</option><option value="release">Releases</option><option value="artist">Artists</option><option value="label">Labels</option></select><button type="submit" aria-label="Search">Search</button></form>
  <nav class="_nav_1w9ka_70" aria-label="Main"><ul><li><button type="button" aria-expanded="false">Explore</button><ul class="_menu_1w9ka_88" hidden><li><a href="/search/?type=all">Explore All</a></li><li><a href="/search/?genre_exact=Jazz">Jazz</a></li><li><a href="/search/?genre_exact=Rock">Rock</a></li><li><a href="/search/?genre_exact=Electronic">Electronic</a></li></ul></li><li><button type="button" aria-expanded="false">Marketplace</button><ul class="_menu_1w9ka_88" hidden><li><a href="/sell/list">All Items</a></li><li><a href="/sell/vinyl">Vinyl</a></li><li><a href="/sell/cd">CDs</a></li><li><a href="/sell/post">Start Selling</a></li></ul></li><li><button type="button" aria-expanded="false">Community</button><ul class="_menu_1w9ka_88" hidden><li><a href="/forum">Forum</a></li><li><a href="/groups">Groups</a></li><li><a href="/lists">Lists</a></li></ul></li></ul></nav>
  <div class="_account_1w9ka_120"><a href="/login?return_to=%2Frelease%2F4417853">Log In</a><a class="_register_1w9ka_131" href="/users/create">Register</a><a href="/sell/cart" aria-label="Cart (0)">Cart</a></div>
</div></header>"""


def _wx_info() -> str:
    return f"""<div class="info_LD8Ql">
  <h1 class="title_1q3xW"><span class="link_15cpV"><a href="/artist/2210947-Marta-Quell" hreflang="en" class="link_1ctor">{esc(WX_ARTIST)}</a></span>\u200e – {esc(WX_TITLE)}</h1>
  <table class="table_1fWaB"><tbody>
    <tr><th scope="row"><h2>Label:</h2></th><td><a href="/label/981233-Halyard-Records-2" hreflang="en" class="link_1ctor">Halyard Records</a>\u200e – HAL-027</td></tr>
    <tr><th scope="row"><h2>Format:</h2></th><td><a href="/search/?format_exact=Vinyl" hreflang="en" class="link_1ctor">Vinyl</a>, LP, Album, Limited Edition, <span class="format_item_3SAJn">Clear</span></td></tr>
    <tr><th scope="row"><h2>Country:</h2></th><td><a href="/search/?country=Portugal" hreflang="en" class="link_1ctor">Portugal</a></td></tr>
    <tr><th scope="row"><h2>Released:</h2></th><td><a href="/search/?decade=2020&amp;year=2024" hreflang="en" class="link_1ctor"><time dateTime="2024-03-14">14 Mar 2024</time></a></td></tr>
    <tr><th scope="row"><h2>Genre:</h2></th><td><a href="/genre/jazz" hreflang="en" class="link_1ctor">Jazz</a>, <a href="/genre/folk-world-country" hreflang="en" class="link_1ctor">Folk, World, &amp; Country</a></td></tr>
    <tr><th scope="row"><h2>Style:</h2></th><td><a href="/style/contemporary-jazz" hreflang="en" class="link_1ctor">Contemporary Jazz</a>, <a href="/style/fado" hreflang="en" class="link_1ctor">Fado</a></td></tr>
  </tbody></table>
</div>"""


def _wx_tracklist() -> str:
    rows = "".join(
        f'<tr data-track-position="{pos}" class="trackList_3VXIj"><td class="trackPos_2RCje">{pos}</td><td class="artist_3zAQD"></td><td class="trackTitle_CTKp4"><span class="trackTitle_CTKp4">{esc(title)}</span></td><td class="duration_2t4qr"><span>{length}</span></td></tr>'
        for pos, title, length in WX_TRACKS
    )
    return f"""<section id="release-tracklist" class="section_9nUx6"><header class="header_W2hzl"><h2>Tracklist</h2><button type="button" class="toggle_2v2Pb">Hide Credits</button></header>
<div class="content_1TFzi"><table class="tracklist_3QGRS"><tbody>{rows}</tbody></table></div></section>"""


def _wx_credits() -> str:
    items = "".join(
        f'<li><span class="role_2xRmy">{esc(role)}</span> – <a href="/artist/{_number(name, 100000, 9999999)}-{slug(name).title()}" class="link_1ctor">{esc(name)}</a></li>'
        for role, name in WX_CREDITS
    )
    return f"""<section id="release-companies" class="section_9nUx6"><header class="header_W2hzl"><h2>Companies, etc.</h2></header><div class="content_1TFzi"><ul class="list_1Zo9b">
<li><span>Phonographic Copyright (p)</span> – <a href="/label/981233-Halyard-Records-2">Halyard Records</a></li><li><span>Copyright (c)</span> – <a href="/label/981233-Halyard-Records-2">Halyard Records</a></li><li><span>Pressed By</span> – <a href="/label/1129-GZ-Media">GZ Media</a></li><li><span>Recorded At</span> – <a href="/label/2219984-Estudio-Valentim-De-Carvalho">Estúdio Valentim De Carvalho</a></li></ul></div></section>
<section id="release-credits" class="section_9nUx6"><header class="header_W2hzl"><h2>Credits <span class="count_1xaKy">(7)</span></h2></header><div class="content_1TFzi"><ul class="list_1Zo9b">{items}</ul></div></section>
<section id="release-notes" class="section_9nUx6"><header class="header_W2hzl"><h2>Notes</h2></header><div class="content_1TFzi"><p>Limited edition of 500 copies on clear vinyl, with a printed inner sleeve and a download code.</p><p>Recorded live to two-track in Paço de Arcos, October 2023.</p></div></section>
<section id="release-barcodes" class="section_9nUx6"><header class="header_W2hzl"><h2>Barcode and Other Identifiers</h2></header><div class="content_1TFzi"><ul class="list_1Zo9b"><li><span>Barcode</span>: <span>5 609330 270271</span></li><li><span>Matrix / Runout (Side A)</span>: <span>HAL-027-A GZ 24 ✳</span></li><li><span>Matrix / Runout (Side B)</span>: <span>HAL-027-B GZ 24</span></li></ul></div></section>"""


def _wx_sidebar() -> str:
    more = "".join(
        f'<li class="card_2Rz1k"><a href="/release/{_number(title, 1000000, 9999999)}-{slug(artist).title()}-{slug(title).title()}" class="link_1ctor"><img src="{WX_IMG}/{_hex(title, 12)}.jpg" alt="{esc(artist)} - {esc(title)} album cover" loading="lazy" width="150" height="150"><div class="title_2H0kR">{esc(title)}</div><div class="artist_1t4Ln">{esc(artist)}</div><div class="meta_3rOQ9">{esc(label)} · {year}</div></a></li>'
        for artist, title, label, year in WX_MORE
    )
    return f"""<aside class="side_3mJ3L">
<section id="release-marketplace" class="section_9nUx6"><header class="header_W2hzl"><h3>Marketplace</h3></header><div class="content_1TFzi"><p class="forSale_1oKSr"><a href="/sell/release/{WX_ID}?ev=rb">24 For Sale</a> from <span class="price_2Wkos">$31.50</span></p><a class="button_2SWjt buttonGreen_3ZbGF" href="/sell/release/{WX_ID}?ev=rb">Buy a copy</a><a class="button_2SWjt" href="/sell/post/{WX_ID}">Sell a copy</a></div></section>
<section id="release-stats" class="section_9nUx6"><header class="header_W2hzl"><h3>Statistics</h3></header><div class="content_1TFzi"><div class="items_3gMeU"><ul>
<li><span class="name_1Xpne">Have:</span><a href="/release/stats/{WX_ID}" class="link_1ctor">1,874</a></li>
<li><span class="name_1Xpne">Want:</span><a href="/release/stats/{WX_ID}" class="link_1ctor">2,309</a></li>
<li><span class="name_1Xpne">Avg Rating:</span><span>4.38 / 5</span></li>
<li><span class="name_1Xpne">Ratings:</span><a href="/release/stats/{WX_ID}" class="link_1ctor">212</a></li>
<li><span class="name_1Xpne">Last Sold:</span><a href="/sell/history/{WX_ID}" class="link_1ctor"><time dateTime="2025-02-11">11 Feb 25</time></a></li>
<li><span class="name_1Xpne">Low:</span><span>$24.99</span></li><li><span class="name_1Xpne">Median:</span><span>$38.00</span></li><li><span class="name_1Xpne">High:</span><span>$64.95</span></li>
</ul></div><div class="buttons_1G_mP"><button type="button">Add to Collection</button><button type="button">Add to Wantlist</button></div></div></section>
<div class="adContainer_3xHcs" id="div-gpt-ad-release-right" data-ad-unit="/2187/release/right_rail" style="min-height:250px"><span class="adLabel_2uP1v">Advertisement</span></div>
<section id="release-videos" class="section_9nUx6"><header class="header_W2hzl"><h3>Videos <span class="count_1xaKy">(3)</span></h3></header><div class="content_1TFzi"><ul class="videos_2Mu4G"><li><a href="#">Marta Quell - Salt Road (Official Audio)</a><span>5:14</span></li><li><a href="#">Marta Quell - Tidewater Hymn (live)</a><span>8:31</span></li><li><a href="#">Lamento Da Maré</a><span>6:50</span></li></ul></div></section>
<section id="release-lists" class="section_9nUx6"><header class="header_W2hzl"><h3>Lists</h3></header><div class="content_1TFzi"><ul><li><a href="/lists/Best-Of-2024-Jazz/1510422">Best Of 2024: Jazz</a></li><li><a href="/lists/Fado-Meets-Jazz/1488201">Fado Meets Jazz</a></li></ul></div></section>
<section id="release-contributors" class="section_9nUx6"><header class="header_W2hzl"><h3>Contributors</h3></header><div class="content_1TFzi"><ul><li><a href="/user/halyard_rec">halyard_rec</a></li><li><a href="/user/tejo_digger">tejo_digger</a></li></ul></div></section>
<section id="release-more" class="section_9nUx6"><header class="header_W2hzl"><h3>More By Marta Quell</h3></header><div class="content_1TFzi"><ul class="cards_3YzUe">{more}</ul></div></section>
</aside>"""


def _wx_versions() -> str:
    rows = "".join(
        f'<tr class="row_1Omm6"><td class="image_1PI2u"><img src="{WX_IMG}/{_hex(cat, 12)}.jpg" alt="" width="48" height="48" loading="lazy"></td><td class="title_1MsSA"><a href="/release/{_number(cat, 1000000, 9999999)}-Marta-Quell-Tidewater-Hymns" class="link_1ctor">{esc(title)}</a><span class="format_2sp5D">({esc(fmt)})</span></td><td class="label_2VtGb"><a href="/label/{_number(label, 1000, 999999)}">{esc(label)}</a></td><td class="catno_3h8oS">{esc(cat)}</td><td class="country_1YGLZ">{esc(country)}</td><td class="year_3w9F3">{year}</td></tr>'
        for title, fmt, label, cat, country, year in WX_VERSIONS
    )
    return f"""<section id="release-versions" class="section_9nUx6"><header class="header_W2hzl"><h2>Explore versions <span class="count_1xaKy">(5)</span></h2><a href="/master/3381920-Marta-Quell-Tidewater-Hymns">View in Master Release</a></header>
<div class="content_1TFzi"><table class="versions_1tGz3"><thead><tr><th></th><th>Title (Format)</th><th>Label</th><th>Cat#</th><th>Country</th><th>Year</th></tr></thead><tbody>{rows}</tbody></table></div></section>"""


def _wx_reviews() -> str:
    return """<section id="release-reviews" class="section_9nUx6"><header class="header_W2hzl"><h2>Reviews <span class="count_1xaKy">(2)</span></h2><a href="/release/reviews/4417853">Write a review</a></header><div class="content_1TFzi">
<div class="review_3vA2p"><div class="header_1pQ3z"><a href="/user/tejo_digger">tejo_digger</a><span class="rating_2r5Wc" aria-label="Rating: 5 of 5 stars">★★★★★</span><time dateTime="2024-05-02">May 2, 2024</time></div><p>Beautiful pressing, dead quiet. The title track alone is worth it.</p></div>
<div class="review_3vA2p"><div class="header_1pQ3z"><a href="/user/lpsnob77">lpsnob77</a><span class="rating_2r5Wc" aria-label="Rating: 4 of 5 stars">★★★★☆</span><time dateTime="2024-09-18">Sep 18, 2024</time></div><p>Side B is the stronger one. Clear vinyl has slight surface noise on my copy.</p></div>
</div></section>"""


def _wx_schema() -> str:
    return _json_script(
        {
            "@context": "http://schema.org",
            "@type": "MusicRelease",
            "@id": f"https://www.waxledger.example/release/{WX_ID}-Marta-Quell-Tidewater-Hymns",
            "name": WX_TITLE,
            "musicReleaseFormat": "http://schema.org/VinylFormat",
            "description": "Limited edition of 500 copies on clear vinyl, with a printed inner sleeve and a download code.",
            "datePublished": 2024,
            "catalogNumber": "HAL-027",
            "recordLabel": [{"@type": "Organization", "name": "Halyard Records"}],
            "releaseOf": {
                "@type": "MusicAlbum",
                "name": WX_TITLE,
                "byArtist": [{"@type": "MusicGroup", "name": WX_ARTIST}],
                "datePublished": 2024,
                "aggregateRating": {"@type": "AggregateRating", "ratingValue": 4.38, "ratingCount": 212},
            },
            "genre": ["Jazz", "Folk, World, & Country"],
            "offers": {"@type": "AggregateOffer", "priceCurrency": "USD", "lowPrice": 31.5, "offerCount": 24},
            "image": f"{WX_IMG}/{_hex('cover', 16)}.jpg",
        }
    )


@fifteenth
def build_waxledger() -> None:
    s = Site(
        "waxledger",
        kind="detail page: a record release (Discogs 2024–25 React release page, CSS-module classes, label/format/genre table of th h2 'Label:' + td, artist inside the h1, stats sidebar, versions table, JSON-LD MusicRelease)",
        start=WX_PATH.lstrip("/"),
        description="A Discogs-like release page: a OneTrust banner, header with search and menus, breadcrumbs; the cover gallery and div.info with h1 'Artist ‎– Title' (the artist a link) and a table of th > h2 'Label:' / td rows (label link + ' ‎– HAL-027', format words, country, a <time> release date, genre and style links joined by commas, one genre holding commas itself); tracklist, companies, credits, notes and identifier lists; a versions table of five related releases (same labels and catalogue numbers), reviews with their own dates and ratings; a sidebar with the marketplace offer, statistics ('Have:', 'Want:', 'Avg Rating: 4.38 / 5', 'Ratings:', 'Last Sold:', Low/Median/High prices), an ad slot, videos, lists and 'More By' cards; a JSON-LD MusicRelease and the footer.",
    )
    crumbs = f'<nav class="breadcrumbs_2ZnuO" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/artist/2210947-Marta-Quell">{esc(WX_ARTIST)}</a></li><li><a href="/master/3381920-Marta-Quell-Tidewater-Hymns">{esc(WX_TITLE)}</a></li><li aria-current="page">HAL-027</li></ol></nav>'
    gallery = f'<div class="image_3rzgk"><button type="button" class="gallery_1pM3k" aria-label="Open image gallery"><picture><img src="{WX_IMG}/{_hex("cover", 16)}.jpg" alt="{esc(WX_ARTIST)} - {esc(WX_TITLE)} album cover" width="150" height="150"></picture><span class="more_1Yuzw">More images</span></button></div>'
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(WX_ARTIST)} - {esc(WX_TITLE)} | Releases | Waxledger</title>
<meta name="description" content="View credits, reviews, tracks and shop for the 2024 Vinyl release of &quot;{esc(WX_TITLE)}&quot; on Waxledger.">
<meta property="og:title" content="{esc(WX_ARTIST)} - {esc(WX_TITLE)}"><meta property="og:type" content="music.album"><meta property="og:image" content="{WX_IMG}/{_hex("cover", 16)}.jpg">
<link rel="canonical" href="https://www.waxledger.example/release/{WX_ID}-Marta-Quell-Tidewater-Hymns">
<link rel="stylesheet" href="https://static.waxledger.example/release-page/main.7c1e0a.css">
<script type="application/ld+json" id="release_schema">{_wx_schema()}</script>
</head><body><div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container"><div id="onetrust-policy"><p id="onetrust-policy-text">We use cookies and similar technologies to run this site, measure traffic and show you relevant ads. <a href="/help/doc/privacy-policy">Privacy Policy</a></p></div><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookie Settings</button><button id="onetrust-reject-all-handler">Reject All</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div></div>
<div id="app"><div class="shell_1Mc25">{_wx_header()}
<main class="main_2FbVC" id="page_content">{crumbs}
<div class="adContainer_3xHcs" id="div-gpt-ad-release-top" data-ad-unit="/2187/release/leaderboard" style="min-height:90px"><span class="adLabel_2uP1v">Advertisement</span></div>
<div class="body_32Bo9"><div class="main_3dHXx"><div class="head_2VQtk">{gallery}{_wx_info()}</div>
{_wx_tracklist()}
{_wx_credits()}
{_wx_versions()}
{_wx_reviews()}
</div>{_wx_sidebar()}</div></main>
<footer class="footer_3VbTd"><div class="columns_1hK2a"><section><h4>Waxledger</h4><ul><li><a href="/about">About Us</a></li><li><a href="/careers">Careers</a></li><li><a href="/help">Help Center</a></li></ul></section><section><h4>Marketplace</h4><ul><li><a href="/sell/list">Browse</a></li><li><a href="/sell/post">Start Selling</a></li><li><a href="/shipping">Shipping</a></li></ul></section><section><h4>Community</h4><ul><li><a href="/forum">Forum</a></li><li><a href="/guidelines">Database Guidelines</a></li></ul></section></div><p class="copy_2m1Zq">© 2025 Waxledger® <a href="/help/doc/privacy-policy">Privacy Policy</a> <a href="/help/doc/terms">Terms of Service</a> <a href="#" id="ot-sdk-btn">Cookie Settings</a></p></footer>
</div></div>
<script>window.__DATA__ = {{"releaseId":{WX_ID},"masterId":3381920,"viewer":null,"currency":"USD"}};</script>
<script src="https://static.waxledger.example/release-page/main.7c1e0a.js" defer></script>
</body></html>"""
    s.list_page(WX_PATH.lstrip("/") + "index.html", page)
    s.expect(
        {
            "title": WX_TITLE,
            "artist": WX_ARTIST,
            "label": "Halyard Records",
            "catalog_number": "HAL-027",
            "format": "Vinyl, LP, Album, Limited Edition, Clear",
            "country": "Portugal",
            "released": "2024-03-14",
            "genres": ["Jazz", "Folk, World, & Country"],
            "styles": ["Contemporary Jazz", "Fado"],
            "rating": 4.38,
            "rating_count": 212,
        }
    )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# mercatello (FROZEN): a Subito-like Italian classifieds search, 2024–25 Next.js + CSS-module markup
# ---------------------------------------------------------------------------------------------------

MT_SEARCH = "/annunci-lombardia/vendita/biciclette/milano/"
MT_IMG = "https://images.mercatello.example/sbt-ads-images-pro/images"
MT_MONTHS = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]


@dataclass
class Annuncio:
    """One classified ad of the search."""

    title: str
    price: int | None
    town: str
    province: str
    day: date
    time: str
    shipping: bool = False
    sold: bool = False
    photos: int = 4

    @property
    def ad_id(self) -> int:
        return _number(self.title, 540_000_000, 589_999_999)

    @property
    def url(self) -> str:
        return f"/biciclette/{slug(self.title)}-{slug(self.town)}-{self.ad_id}.htm"


MT_ADS = [
    Annuncio("Bici da corsa Bianchi Via Nirone 7 taglia 55", 650, "Milano", "MI", date(2025, 3, 14), "19:42", True),
    Annuncio(
        'Mountain bike Scott Aspect 930 29" taglia L', 480, "Sesto San Giovanni", "MI", date(2025, 3, 14), "18:05"
    ),
    Annuncio("Bicicletta elettrica pieghevole Fiido D11", 590, "Milano", "MI", date(2025, 3, 14), "11:37", True),
    Annuncio("City bike donna Atala con cestino", 120, "Monza", "MB", date(2025, 3, 13), "21:14"),
    Annuncio("Gravel Specialized Diverge E5 2022 taglia 54", 1250, "Milano", "MI", date(2025, 3, 13), "17:56", True),
    Annuncio("Bici bambino 16 pollici Decathlon Btwin", 45, "Rho", "MI", date(2025, 3, 13), "09:20"),
    Annuncio("Fixed gear Cinelli Gazzetta della Strada", 720, "Milano", "MI", date(2025, 3, 12), "22:48", True, True),
    Annuncio(
        "Bici vintage Legnano anni '70 da restaurare", None, "Cinisello Balsamo", "MI", date(2025, 3, 12), "16:02"
    ),
    Annuncio("E-bike Haibike Trekking 4 motore Yamaha", 1890, "Milano", "MI", date(2025, 3, 12), "10:31"),
    Annuncio("Bici olandese Gazelle Miss Grace 7 marce", 340, "Legnano", "MI", date(2025, 3, 11), "20:19", True),
    Annuncio("Mountain bike Cube Attention SL taglia M", 560, "Milano", "MI", date(2025, 3, 11), "14:44"),
    Annuncio("Brompton C Line Explore 6 marce nera", 1150, "Milano", "MI", date(2025, 3, 10), "23:07", True),
    Annuncio("Bicicletta uomo Graziella pieghevole", 90, "Bollate", "MI", date(2025, 3, 10), "12:26"),
    Annuncio("Bici da corsa Pinarello FP Uno alluminio", 780, "Monza", "MB", date(2025, 3, 10), "08:55", True),
    Annuncio("Cargo bike Urban Arrow Family con copertura", 3400, "Milano", "MI", date(2025, 3, 9), "19:13"),
    Annuncio("Bici BMX Mongoose Legion L40", 210, "San Donato Milanese", "MI", date(2025, 3, 9), "15:38", True),
    Annuncio("Bici da donna Bottecchia 26 pollici", 150, "Milano", "MI", date(2025, 3, 8), "18:22"),
    Annuncio("Telaio Colnago Master acciaio taglia 56", 900, "Pavia", "PV", date(2025, 3, 8), "10:04", True, True),
    Annuncio("Monopattino e bici elettrica bimbo Lombardo", 260, "Milano", "MI", date(2025, 3, 7), "21:51"),
    Annuncio("Trek FX 3 Disc ibrida taglia M", 690, "Milano", "MI", date(2025, 3, 6), "13:17", True),
    Annuncio("Bici corsa Wilier Cento1 carbonio Ultegra", 1600, "Varese", "VA", date(2025, 3, 5), "20:40", True),
    Annuncio("Mountain bike junior 24 pollici Rockrider", 130, "Milano", "MI", date(2025, 3, 4), "17:09"),
    Annuncio("Bici pieghevole Dahon Mariner D8", 380, "Lodi", "LO", date(2025, 3, 3), "09:48", True),
    Annuncio("Single speed Bombtrack Arise grigia", 450, "Milano", "MI", date(2025, 3, 1), "16:33"),
    Annuncio("Ricambi bici: ruote Campagnolo Zonda", 230, "Milano", "MI", date(2025, 2, 28), "22:02", True),
    Annuncio(
        "Bicicletta elettrica Askoll eb4 ricondizionata", 620, "Sesto San Giovanni", "MI", date(2025, 2, 27), "11:50"
    ),
    Annuncio("Bici d'epoca Bianchi Celeste freni a bacchetta", None, "Milano", "MI", date(2025, 2, 26), "18:27"),
    Annuncio("Bici da corsa Canyon Endurace CF 7 taglia S", 1350, "Como", "CO", date(2025, 2, 25), "14:15", True),
]
MT_PAGES = chunks(MT_ADS, [10, 10, 8])


def _mt_price(amount: int) -> str:
    return f"{amount:,}".replace(",", ".") + " €"


def _mt_when(ad: Annuncio) -> str:
    return f"{ad.day.day} {MT_MONTHS[ad.day.month - 1]} alle {ad.time}"


def _mt_card(ad: Annuncio, *, promoted: bool = False) -> str:
    shipping = (
        '<span class="index-module_sbt-text-atom__ifYVU index-module_token-caption__TaQWv size-normal index-module_weight-book__WdOfA index-module_shipping__4ygOA">Spedizione disponibile</span>'
        if ad.shipping
        else ""
    )
    sold = '<span class="index-module_badge__ByXzY index-module_sold-badge__vf1Jv">Venduto</span>' if ad.sold else ""
    price = (
        f'<p class="index-module_price__N7M2x SmallCard-module_price__yERv7 index-module_small__4SyUf">{_mt_price(ad.price)}{sold}{shipping}</p>'
        if ad.price is not None
        else f'<div class="SmallCard-module_price-empty__Kc0sw">{sold}{shipping}</div>'
    )
    badge = '<span class="index-module_badge__ByXzY index-module_vetrina__L3m9q">In evidenza</span>' if promoted else ""
    return f"""<div class="items__item item-card item-card--small BigCard-module_card__Exzqv{" items__item--promoted" if promoted else ""}"><a href="{ad.url}" class="SmallCard-module_link__hOkzY">
<div class="SmallCard-module_container__cSGQ4 SmallCard-module_grid__w0e0G"><div class="SmallCard-module_picture-group__asLo2"><figure class="CardImage-module_photo-wrapper__2xG9N"><img src="{MT_IMG}/{_hex(ad.title, 2)}/{_hex(ad.title, 32)}.jpg?rule=card-mobile-new-small-auto" alt="{esc(ad.title)}" class="CardImage-module_photo__WMsiO" loading="lazy"></figure><div class="index-module_counter__bfyoc"><svg class="index-module_icon__CmcPe" aria-hidden="true"><use href="#camera"></use></svg><span>{ad.photos}</span></div>{badge}</div>
<div class="SmallCard-module_upper-data-group__2e0nF"><h2 class="index-module_sbt-text-atom__ifYVU index-module_token-h6__FGmXw size-normal index-module_weight-semibold__p5-q6 ItemTitle-module_item-title__VuKDo SmallCard-module_item-title__1y5U3">{esc(ad.title)}</h2><button type="button" class="SmallCard-module_favorite__aQkS9" aria-label="Aggiungi ai preferiti"><svg aria-hidden="true"><use href="#heart"></use></svg></button></div>
<div class="SmallCard-module_lower-data-group__Dy3Ma"><div class="index-module_container__zrC59 index-module_horizontal__2Vbpe"><span class="index-module_sbt-text-atom__ifYVU index-module_token-caption__TaQWv size-normal index-module_weight-book__WdOfA index-module_town__2H3jy">{esc(ad.town)}</span><span class="index-module_sbt-text-atom__ifYVU index-module_token-caption__TaQWv size-normal index-module_weight-book__WdOfA city">({ad.province})</span><span class="index-module_sbt-text-atom__ifYVU index-module_token-caption__TaQWv size-normal index-module_weight-book__WdOfA index-module_date__Fmf-4">{_mt_when(ad)}</span></div>{price}</div>
</div></a></div>"""


def _mt_adv(slot: str) -> str:
    return f'<div class="items__item items__item--adv"><div class="adv-slot Adv-module_container__fT2fL" id="apn_listing_{slot}" data-adv-slot="{slot}"><span class="Adv-module_label__3hUuk">Pubblicità</span><div id="div-gpt-ad-{slot}" style="min-height:250px"></div></div></div>'


def _mt_pagination(page: int, total: int) -> str:
    def href(number: int) -> str:
        return MT_SEARCH if number == 1 else f"{MT_SEARCH}?o={number}"

    prev = (
        f'<a href="{href(page - 1)}" class="index-module_button__1qExA index-module_button-page__Aq2pv" aria-label="Pagina precedente"><svg aria-hidden="true"><use href="#chevron-left"></use></svg></a>'
        if page > 1
        else '<button type="button" class="index-module_button__1qExA index-module_button-page__Aq2pv" disabled aria-label="Pagina precedente"><svg aria-hidden="true"><use href="#chevron-left"></use></svg></button>'
    )
    numbers = "".join(
        f'<span class="index-module_button__1qExA index-module_button-page__Aq2pv index-module_selected__oWqLn" aria-current="page">{n}</span>'
        if n == page
        else f'<a href="{href(n)}" class="index-module_button__1qExA index-module_button-page__Aq2pv">{n}</a>'
        for n in range(1, total + 1)
    )
    nxt = (
        f'<a href="{href(page + 1)}" class="index-module_button__1qExA index-module_button-page__Aq2pv" aria-label="Pagina successiva">Successiva<svg aria-hidden="true"><use href="#chevron-right"></use></svg></a>'
        if page < total
        else ""
    )
    return f'<nav class="pagination-container index-module_pagination__MY6Ge" aria-label="Paginazione">{prev}{numbers}{nxt}</nav>'


def _mt_next_data(ads: list[Annuncio], page: int) -> str:
    items = [
        {
            "item": {
                "urn": f"id:ad:{ad.ad_id}:list:{_number(ad.title + 'l', 100000000, 999999999)}",
                "subject": ad.title,
                "date": f"{ad.day.isoformat()} {ad.time}:00",
                "geo": {
                    "town": {"value": ad.town},
                    "city": {"shortName": ad.province},
                    "region": {"value": "Lombardia"},
                },
                "features": {"/price": {"values": [{"key": str(ad.price)}]}} if ad.price is not None else {},
                "urls": {"default": f"https://www.mercatello.example{ad.url}"},
            }
        }
        for ad in ads
    ]
    return _json_script(
        {
            "props": {"pageProps": {"initialState": {"items": {"list": items, "total": len(MT_ADS), "page": page}}}},
            "page": "/[[...listing]]",
            "buildId": "mt-7.148.0",
        }
    )


def _mt_page(page: int, ads: list[Annuncio]) -> str:
    cards: list[str] = []
    if page == 1:
        cards += [_mt_card(MT_ADS[4], promoted=True), _mt_card(MT_ADS[11], promoted=True)]
    for index, ad in enumerate(ads):
        if index in (3, 7):
            cards.append(_mt_adv(f"{page}_{index}"))
        cards.append(_mt_card(ad))
    title = "Biciclette in vendita a Milano" + ("" if page == 1 else f" - Pagina {page}")
    return f"""<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} - Mercatello</title>
<meta name="description" content="Biciclette usate e nuove in vendita a Milano: bici da corsa, mountain bike, e-bike e city bike. Scopri gli annunci su Mercatello.">
<link rel="canonical" href="https://www.mercatello.example{MT_SEARCH}{"" if page == 1 else f"?o={page}"}">
<link rel="stylesheet" href="/_next/static/css/8c1f2b7a9e3d4c05.css">
</head><body>
<div id="didomi-host" data-nosnippet="true"><div class="didomi-popup-container" role="dialog" aria-label="Il valore della tua privacy"><h2 class="didomi-popup-title">Il valore della tua privacy</h2><p class="didomi-popup-notice-text">Noi e i nostri 812 partner utilizziamo cookie e altre tecnologie per memorizzare e accedere a informazioni sul tuo dispositivo, per mostrarti annunci personalizzati e misurarne le prestazioni.</p><div class="didomi-buttons"><button id="didomi-notice-learn-more-button" type="button">Scopri di più</button><button id="didomi-notice-disagree-button" type="button">Rifiuta</button><button id="didomi-notice-agree-button" type="button">Accetta</button></div></div></div>
<div id="__next"><div class="layout-module_layout__Y7mpm">
<header class="index-module_header__GbP2x"><div class="index-module_inner__1DzKf"><a href="/" class="index-module_logo__3lQbB" aria-label="Mercatello.it"><svg aria-hidden="true"><use href="#logo"></use></svg></a>
<form class="index-module_search__0v9tN" action="/annunci-italia/vendita/usato/" role="search"><input name="q" type="search" placeholder="Cosa cerchi?" aria-label="Cosa cerchi?"><select name="category" aria-label="Categoria"><option>Tutte le categorie</option><option selected>Biciclette</option><option>Sports</option><option>Auto</option></select><input name="where" value="Milano" aria-label="Dove?"><button type="submit">Cerca</button></form>
<nav class="index-module_user-nav__5EoQv"><a href="/preferiti">Preferiti</a><a href="/messaggi">Messaggi</a><a href="/areariservata/login">Accedi</a><a href="/insertion-form/" class="index-module_button-primary__Yp6UA">Inserisci annuncio</a></nav></div></header>
<main class="index-module_main__2uUhV">
<nav class="Breadcrumbs-module_breadcrumbs__bIq_4" aria-label="breadcrumbs"><ol><li><a href="/annunci-italia/vendita/usato/">Annunci in Italia</a></li><li><a href="/annunci-lombardia/vendita/usato/">Lombardia</a></li><li><a href="/annunci-lombardia/vendita/biciclette/">Biciclette</a></li><li aria-current="page">Milano</li></ol></nav>
<div class="index-module_listing-header__cRzbq"><h1 class="index-module_sbt-text-atom__ifYVU index-module_token-h4__Vs9lY">Biciclette in vendita a Milano</h1><p class="index-module_results__UZ2oF">{len(MT_ADS)} risultati</p>
<button type="button" class="index-module_save-search__yGJ1b"><svg aria-hidden="true"><use href="#bell"></use></svg>Salva ricerca</button></div>
<div class="index-module_container__a2xY0"><aside class="filters-module_filters__kT3bh"><form>
<fieldset><legend>Ordina per</legend><select name="order" aria-label="Ordina per"><option value="datedesc" selected>Più recenti</option><option value="priceasc">Prezzo più basso</option><option value="pricedesc">Prezzo più alto</option></select></fieldset>
<fieldset><legend>Tipo di annuncio</legend><label><input type="radio" name="t" value="s" checked>In vendita</label><label><input type="radio" name="t" value="k">Cerco</label><label><input type="radio" name="t" value="g">Regalo</label></fieldset>
<fieldset><legend>Prezzo</legend><input name="ps" inputmode="numeric" placeholder="Min €"><input name="pe" inputmode="numeric" placeholder="Max €"></fieldset>
<fieldset><legend>Tipo bicicletta</legend><label><input type="checkbox" name="bct" value="1">Bici da corsa (9)</label><label><input type="checkbox" name="bct" value="2">Mountain bike (5)</label><label><input type="checkbox" name="bct" value="3">Bici elettriche (5)</label><label><input type="checkbox" name="bct" value="4">City bike (6)</label></fieldset>
<label class="index-module_toggle__3u7hP"><input type="checkbox" name="shp" value="true">Solo con spedizione disponibile</label>
<label class="index-module_toggle__3u7hP"><input type="checkbox" name="qso" value="true">Cerca solo nel titolo</label>
<button type="submit">Applica filtri</button></form></aside>
<section class="index-module_listing__oPb3q"><div class="items visible-list ListingItems-module_items__x9Ep1">{"".join(cards)}</div>
{_mt_pagination(page, len(MT_PAGES))}</section></div>
<section class="index-module_seo-links__Vd1Zt"><h2>Ricerche correlate</h2><ul><li><a href="/annunci-lombardia/vendita/biciclette/milano/?q=bici+da+corsa">Bici da corsa Milano</a></li><li><a href="/annunci-lombardia/vendita/biciclette/milano/?q=bici+elettrica">Bici elettrica Milano</a></li><li><a href="/annunci-lombardia/vendita/biciclette/monza-e-della-brianza/">Biciclette Monza e Brianza</a></li><li><a href="/annunci-lombardia/vendita/biciclette/varese/">Biciclette Varese</a></li></ul></section>
</main>
<footer class="index-module_footer__2nWJk"><div class="index-module_columns__3b1mU"><div><h3>Mercatello</h3><ul><li><a href="/chi-siamo">Chi siamo</a></li><li><a href="/lavora-con-noi">Lavora con noi</a></li><li><a href="/press">Press</a></li></ul></div><div><h3>Assistenza</h3><ul><li><a href="/assistenza">Centro assistenza</a></li><li><a href="/sicurezza">Consigli per la sicurezza</a></li><li><a href="/regole">Regole di pubblicazione</a></li></ul></div><div><h3>Per le aziende</h3><ul><li><a href="/pro">Mercatello Pro</a></li><li><a href="/pubblicita">Pubblicità</a></li></ul></div></div>
<p class="index-module_legal__Q1vXo">Mercatello S.r.l. – P.IVA 01234560967 · <a href="/privacy">Informativa sulla privacy</a> · <a href="/cookie">Cookie policy</a> · <a href="/termini">Condizioni generali</a></p></footer>
</div></div>
<script id="__NEXT_DATA__" type="application/json">{_mt_next_data(ads, page)}</script>
<script src="/_next/static/chunks/main-3f9e0d1c2b.js" defer></script>
</body></html>"""


@fifteenth
def build_mercatello() -> None:
    s = Site(
        "mercatello",
        kind="classifieds search (Subito 2024–25, Italian, Next.js CSS-module classes, town + '(MI)' + '12 mar alle 18:42' spans, '1.250 €', 'Spedizione disponibile' inside the price, 'Venduto' badges, promoted duplicates, ad slots, ?o=N pages)",
        start=MT_SEARCH.lstrip("/"),
        description="A Subito-like search (bikes in Milan, Italian): a Didomi consent popup, header search, breadcrumbs, h1 and '28 risultati', a filter column; div.items of div.items__item cards, each one a.SmallCard-module_link to /biciclette/<slug>-<id>.htm holding an image with the title as alt, a photo counter, h2.ItemTitle-module_item-title, spans for the town, '(MI)' and '12 mar alle 18:42' (no year), and p.index-module_price '1.250 €' that also holds 'Venduto' and 'Spedizione disponibile' spans (two ads without a price: only the badges); two 'In evidenza' promoted cards on page 1 repeating listed ads with the same markup, 'Pubblicità' ad slots among the cards; a pager of numbered links to ?o=2 and ?o=3 with 'Successiva'; related-search links, the footer and __NEXT_DATA__ holding the ads again.",
    )
    for page, ads in enumerate(MT_PAGES, start=1):
        target = MT_SEARCH.lstrip("/") + ("index.html" if page == 1 else f"@o={page}")
        s.list_page(target, _mt_page(page, ads))
    for ad in MT_ADS:
        s.expect(
            {
                "title": ad.title,
                "url": ad.url,
                "price": ad.price,
                "currency": "EUR" if ad.price is not None else None,
                "town": ad.town,
                "province": ad.province,
                "date": f"--{ad.day.month:02d}-{ad.day.day:02d}",
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# larchpoint (FROZEN): a SaaS blog on a Webflow template (CMS Collection List, w-dyn-* classes)
# ---------------------------------------------------------------------------------------------------

LP_SITE_ID = "65f1b2c9d4e3a81f0c7b2d10"
LP_LIST_ID = "3f9a2c1b"
LP_CDN = f"https://cdn.prod.website-files.com/{LP_SITE_ID}"
LP_AUTHORS = {
    "Dana Whitlock": "Head of Product",
    "Oren Castellanos": "Staff Engineer",
    "Priya Raghunathan": "Customer Success Lead",
    "Mikko Lehtonen": "Co-founder & CEO",
    "Beatriz Salgado": "Developer Advocate",
}


@dataclass
class Post:
    """One blog post of the CMS collection."""

    title: str
    category: str
    day: date
    author: str
    minutes: int
    summary: str | None

    @property
    def url(self) -> str:
        return f"/blog/{slug(self.title)}"


LP_POSTS = [
    Post(
        "Introducing Larchpoint Flows: automations without the glue code",
        "Product",
        date(2025, 3, 11),
        "Dana Whitlock",
        5,
        "Flows lets you chain triggers, approvals and webhooks in one visual editor, with versioning built in.",
    ),
    Post(
        "How we cut our p99 API latency by 62%",
        "Engineering",
        date(2025, 3, 4),
        "Oren Castellanos",
        11,
        "A tour of the connection-pool, caching and query-planning changes behind our fastest quarter yet.",
    ),
    Post(
        "Northwind Freight runs 40 warehouses on Larchpoint",
        "Customers",
        date(2025, 2, 26),
        "Priya Raghunathan",
        7,
        "How a mid-size logistics firm replaced four spreadsheets and a legacy WMS in eleven weeks.",
    ),
    Post(
        "Our Series B, and what comes next",
        "Company",
        date(2025, 2, 18),
        "Mikko Lehtonen",
        4,
        "We raised $38M led by Tidewell Ventures. Here is where the money goes and what stays the same.",
    ),
    Post("Designing audit logs people actually read", "Product", date(2025, 2, 11), "Dana Whitlock", 8, None),
    Post(
        "Postgres row-level security in a multi-tenant SaaS",
        "Engineering",
        date(2025, 2, 4),
        "Oren Castellanos",
        14,
        "Policies, session variables and the three foot-guns we stepped on so you don't have to.",
    ),
    Post(
        "Webhooks v2: retries, signatures and replay",
        "Product",
        date(2025, 1, 28),
        "Beatriz Salgado",
        6,
        "Every delivery is now signed, retried with backoff for 72 hours and replayable from the dashboard.",
    ),
    Post(
        "What 1,200 onboarding calls taught us",
        "Customers",
        date(2025, 1, 21),
        "Priya Raghunathan",
        9,
        "Patterns from a year of kickoff calls, and the checklist we now send before the first one.",
    ),
    Post(
        "Shipping a TypeScript SDK people enjoy",
        "Engineering",
        date(2025, 1, 14),
        "Beatriz Salgado",
        10,
        "Generated types, hand-written ergonomics and a release process that keeps both honest.",
    ),
    Post(
        "Larchpoint is now SOC 2 Type II compliant",
        "Company",
        date(2025, 1, 7),
        "Mikko Lehtonen",
        3,
        "Our audit period closed with zero exceptions. The report is available to customers on request.",
    ),
    Post(
        "2024 in review: the year in numbers",
        "Company",
        date(2024, 12, 19),
        "Mikko Lehtonen",
        6,
        "4.1 billion automation runs, 212 releases and one very long migration.",
    ),
    Post(
        "Role-based access control, rebuilt from scratch",
        "Product",
        date(2024, 12, 10),
        "Dana Whitlock",
        7,
        "Custom roles, scoped API keys and a permissions preview that shows exactly what a user will see.",
    ),
    Post(
        "Zero-downtime schema migrations at 3,000 writes per second",
        "Engineering",
        date(2024, 12, 3),
        "Oren Castellanos",
        13,
        "Expand, backfill, contract: the tooling we built to make every migration boring.",
    ),
    Post(
        "Brightwater Clinics automates patient intake",
        "Customers",
        date(2024, 11, 26),
        "Priya Raghunathan",
        6,
        "Intake forms, insurance checks and reminders now run without a single manual hand-off.",
    ),
    Post("A field guide to idempotency keys", "Engineering", date(2024, 11, 19), "Beatriz Salgado", 9, None),
    Post(
        "New in the dashboard: saved views and bulk edit",
        "Product",
        date(2024, 11, 12),
        "Dana Whitlock",
        4,
        "Filter once, save the view, share it with your team and edit a thousand records in one go.",
    ),
    Post(
        "Why we moved our job queue off Redis",
        "Engineering",
        date(2024, 11, 5),
        "Oren Castellanos",
        12,
        "Durability, visibility and cost: the trade-offs that pushed us to a Postgres-backed queue.",
    ),
    Post(
        "Meet the team: Lisbon office edition",
        "Company",
        date(2024, 10, 29),
        "Mikko Lehtonen",
        5,
        "Twelve people, one rooftop and far too many pastéis de nata.",
    ),
    Post(
        "Cedar & Finch scales holiday fulfilment 4x",
        "Customers",
        date(2024, 10, 22),
        "Priya Raghunathan",
        7,
        "A two-person ops team handled Black Friday volume without hiring a single temp.",
    ),
    Post(
        "Approvals: human-in-the-loop for every Flow",
        "Product",
        date(2024, 10, 15),
        "Dana Whitlock",
        5,
        "Pause any automation for a sign-off in Slack, email or the Larchpoint app.",
    ),
    Post(
        "Observability on a budget: our OpenTelemetry setup",
        "Engineering",
        date(2024, 10, 8),
        "Beatriz Salgado",
        11,
        "Traces, metrics and logs for under $400 a month, and the sampling rules that make it work.",
    ),
    Post(
        "We're hiring: Senior Platform Engineer",
        "Company",
        date(2024, 10, 1),
        "Mikko Lehtonen",
        2,
        "Remote within Europe, with an office in Lisbon if you want one.",
    ),
    Post(
        "Rate limiting that is fair to every tenant",
        "Engineering",
        date(2024, 9, 24),
        "Oren Castellanos",
        10,
        "Token buckets per tenant, per key and per route, and how we explain limits in error messages.",
    ),
    Post(
        "The Larchpoint API now supports GraphQL",
        "Product",
        date(2024, 9, 17),
        "Beatriz Salgado",
        6,
        "Query exactly the fields you need, with the same auth, limits and audit trail as REST.",
    ),
    Post("Halvorsen Legal goes paperless in 30 days", "Customers", date(2024, 9, 10), "Priya Raghunathan", 5, None),
    Post(
        "Lessons from our first 100 customers",
        "Company",
        date(2024, 9, 3),
        "Mikko Lehtonen",
        8,
        "What we got wrong about pricing, onboarding and support, and what we changed.",
    ),
]
LP_PAGES = chunks(LP_POSTS, [9, 9, 8])


def _lp_date(day: date) -> str:
    return f"{day:%B} {day.day}, {day.year}"


def _lp_image(seed: str, alt: str = "", cls: str = "blog-image") -> str:
    name = f"{_hex(seed, 24)}_{slug(seed)[:40]}"
    return f'<img src="{LP_CDN}/{name}.webp" loading="lazy" alt="{esc(alt)}" sizes="(max-width: 479px) 92vw, (max-width: 767px) 95vw, (max-width: 991px) 45vw, 30vw" srcset="{LP_CDN}/{name}-p-500.webp 500w, {LP_CDN}/{name}-p-800.webp 800w, {LP_CDN}/{name}.webp 1200w" class="{cls}">'


def _lp_card(post: Post) -> str:
    summary = (
        f'<p class="blog-summary">{esc(post.summary)}</p>'
        if post.summary
        else '<p class="blog-summary w-dyn-bind-empty"></p>'
    )
    return f"""<div role="listitem" class="blog-item w-dyn-item"><a href="{post.url}" class="blog-card w-inline-block"><div class="blog-image-wrapper">{_lp_image(post.title)}<div class="featured-badge w-condition-invisible">Featured</div></div>
<div class="blog-card-content"><div class="blog-meta"><div fs-cmsfilter-field="category" class="blog-category-tag">{esc(post.category)}</div><div class="meta-dot"></div><div class="blog-date">{_lp_date(post.day)}</div></div>
<h3 class="blog-title">{esc(post.title)}</h3>{summary}
<div class="author-wrapper">{_lp_image(post.author, "", "author-image")}<div class="author-text"><div class="author-name">{esc(post.author)}</div><div class="read-time-wrapper"><div class="read-time">{post.minutes}</div><div class="read-time-text">min read</div></div></div></div>
<div class="read-more-link"><div>Read article</div><img src="{LP_CDN}/65f1b2c9d4e3a81f0c7b2d44_arrow-right.svg" loading="lazy" alt="" class="arrow-icon"></div></div></a></div>"""


def _lp_pagination(page: int, total: int) -> str:
    prev = (
        f'<a href="?{LP_LIST_ID}_page={page - 1}" aria-label="Previous Page" class="w-pagination-previous pagination-button"><svg class="w-pagination-previous-icon" height="12px" width="12px" viewBox="0 0 12 12"><path fill="none" stroke="currentColor" fill-rule="evenodd" d="M8 10L4 6l4-4"></path></svg><div class="w-inline-block">Previous</div></a>'
        if page > 1
        else ""
    )
    nxt = (
        f'<a href="?{LP_LIST_ID}_page={page + 1}" aria-label="Next Page" class="w-pagination-next pagination-button"><div class="w-inline-block">Next</div><svg class="w-pagination-next-icon" height="12px" width="12px" viewBox="0 0 12 12"><path fill="none" stroke="currentColor" fill-rule="evenodd" d="M4 2l4 4-4 4"></path></svg></a>'
        if page < total
        else ""
    )
    return f'<div role="navigation" aria-label="List" class="w-pagination-wrapper pagination">{prev}{nxt}<div aria-label="Page {page} of {total}" role="navigation" class="w-page-count page-count">{page} / {total}</div></div>'


def _lp_page(page: int, posts: list[Post]) -> str:
    featured = LP_POSTS[0]
    hero = (
        f"""<section class="section featured-section"><div class="container"><div class="featured-post-list w-dyn-list"><div role="list" class="w-dyn-items"><div role="listitem" class="w-dyn-item"><a href="{featured.url}" class="featured-post-card w-inline-block"><div class="featured-image-wrapper">{_lp_image(featured.title, "", "featured-image")}</div><div class="featured-content"><div class="eyebrow">Latest</div><div class="blog-category-tag">{esc(featured.category)}</div><h2 class="featured-title">{esc(featured.title)}</h2><p class="featured-summary">{esc(featured.summary or "")}</p><div class="blog-date">{_lp_date(featured.day)}</div></div></a></div></div></div></div></section>"""
        if page == 1
        else ""
    )
    cards = "".join(_lp_card(post) for post in posts)
    published = "Tue Mar 11 2025 09:14:22 GMT+0000 (Coordinated Universal Time)"
    return f"""<!DOCTYPE html><!--  This site was created in Webflow. https://webflow.com  --><!--  Last Published: {published}  -->
<html data-wf-domain="www.larchpoint.example" data-wf-page="65f1b2c9d4e3a81f0c7b2d3e" data-wf-site="{LP_SITE_ID}" lang="en"><head><meta charset="utf-8"><title>Blog | Larchpoint</title><meta content="Product news, engineering deep-dives and customer stories from the Larchpoint team." name="description"><meta content="Blog | Larchpoint" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="{LP_CDN}/css/larchpoint.webflow.shared.4e7c1a9b2.min.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){{var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}}(window,document);</script>
<link href="{LP_CDN}/65f1b2c9d4e3a81f0c7b2d20_favicon.png" rel="shortcut icon" type="image/x-icon">
<script async="" src="https://cdn.jsdelivr.net/npm/@finsweet/attributes-cmsfilter@1/cmsfilter.js"></script>
<script async="" src="https://cdn.jsdelivr.net/npm/@finsweet/cookie-consent@1/fs-cc.js" fs-cc-mode="opt-in"></script>
<style>.w-condition-invisible{{display:none!important}}</style></head>
<body class="body">
<div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container"><div class="fs-cc-banner_text">By clicking “Accept”, you agree to the storing of cookies on your device to enhance site navigation, analyze site usage, and assist in our marketing efforts. View our <a href="/privacy-policy" class="fs-cc-banner_text-link">Privacy Policy</a> for more information.</div><div class="fs-cc-banner_buttons-wrapper"><a fs-cc="open-preferences" href="#" class="fs-cc-banner_text-link">Preferences</a><a fs-cc="deny" href="#" class="fs-cc-banner_button fs-cc-button-alt w-button">Deny</a><a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">Accept</a></div></div></div>
<div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav"><div class="nav-container w-container"><a href="/" class="brand w-nav-brand" aria-label="home"><img src="{LP_CDN}/65f1b2c9d4e3a81f0c7b2d22_larchpoint-logo.svg" loading="lazy" alt="Larchpoint" class="logo"></a>
<nav role="navigation" class="nav-menu w-nav-menu"><div data-hover="true" data-delay="0" class="nav-dropdown w-dropdown"><div class="nav-dropdown-toggle w-dropdown-toggle"><div class="w-icon-dropdown-toggle"></div><div>Product</div></div><nav class="nav-dropdown-list w-dropdown-list"><a href="/product/flows" class="nav-dropdown-link w-dropdown-link">Flows</a><a href="/product/approvals" class="nav-dropdown-link w-dropdown-link">Approvals</a><a href="/product/api" class="nav-dropdown-link w-dropdown-link">API</a></nav></div><a href="/pricing" class="nav-link w-nav-link">Pricing</a><a href="/customers" class="nav-link w-nav-link">Customers</a><a href="/blog" aria-current="page" class="nav-link w-nav-link w--current">Blog</a><a href="/careers" class="nav-link w-nav-link">Careers</a></nav>
<div class="nav-buttons"><a href="https://app.larchpoint.example/login" class="nav-link-secondary">Log in</a><a href="/demo" class="button-small w-button">Book a demo</a></div><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<main class="main-wrapper">
<section class="section blog-hero"><div class="container"><h1 class="heading-xlarge">The Larchpoint Blog</h1><p class="paragraph-large">Product news, engineering deep-dives and stories from the teams who build with us.</p></div></section>
{hero}
<section class="section blog-list-section"><div class="container">
<form fs-cmsfilter-element="filters" class="blog-filters w-form" aria-label="Filter posts"><label class="filter-radio w-radio"><input type="radio" name="category" value="" checked class="w-form-formradioinput w-radio-input"><span class="w-form-label">All</span></label><label class="filter-radio w-radio"><input type="radio" name="category" value="Product" fs-cmsfilter-field="category" class="w-form-formradioinput w-radio-input"><span class="w-form-label">Product</span></label><label class="filter-radio w-radio"><input type="radio" name="category" value="Engineering" fs-cmsfilter-field="category" class="w-form-formradioinput w-radio-input"><span class="w-form-label">Engineering</span></label><label class="filter-radio w-radio"><input type="radio" name="category" value="Customers" fs-cmsfilter-field="category" class="w-form-formradioinput w-radio-input"><span class="w-form-label">Customers</span></label><label class="filter-radio w-radio"><input type="radio" name="category" value="Company" fs-cmsfilter-field="category" class="w-form-formradioinput w-radio-input"><span class="w-form-label">Company</span></label></form>
<div fs-cmsfilter-element="list" class="blog-collection-list-wrapper w-dyn-list"><div role="list" class="blog-collection-list w-dyn-items">{cards}</div>
{_lp_pagination(page, len(LP_PAGES))}</div>
</div></section>
<section class="section cta-section"><div class="container"><div class="cta-card"><h2 class="heading-large">Automate the busywork</h2><p>Start a 14-day free trial. No credit card required.</p><div class="button-row"><a href="https://app.larchpoint.example/signup" class="button w-button">Start free trial</a><a href="/demo" class="button-secondary w-button">Book a demo</a></div></div></div></section>
<section class="section newsletter-section"><div class="container"><div class="newsletter-wrapper"><h3>Get the newsletter</h3><p>One email a month. Product updates and the best of the blog.</p><div class="newsletter-form-block w-form"><form id="wf-form-Newsletter" name="wf-form-Newsletter" data-name="Newsletter" method="get" class="newsletter-form" data-wf-page-id="65f1b2c9d4e3a81f0c7b2d3e" data-wf-element-id="9b1e4c2a-77f0-3e11-b2d4-0c8f1a5e6d21"><input class="text-field w-input" maxlength="256" name="Email" data-name="Email" placeholder="you@company.com" type="email" id="Email" required=""><input type="submit" data-wait="Please wait..." class="button w-button" value="Subscribe"></form><div class="w-form-done" tabindex="-1" role="region" aria-label="Newsletter success"><div>Thank you! Your submission has been received!</div></div><div class="w-form-fail" tabindex="-1" role="region" aria-label="Newsletter failure"><div>Oops! Something went wrong while submitting the form.</div></div></div></div></div></section>
</main>
<footer class="footer"><div class="container"><div class="footer-grid"><div class="footer-brand"><img src="{LP_CDN}/65f1b2c9d4e3a81f0c7b2d22_larchpoint-logo.svg" loading="lazy" alt="Larchpoint" class="footer-logo"><p>Workflow automation for operations teams.</p></div><div class="footer-column"><div class="footer-title">Product</div><a href="/product/flows" class="footer-link">Flows</a><a href="/product/approvals" class="footer-link">Approvals</a><a href="/pricing" class="footer-link">Pricing</a><a href="/changelog" class="footer-link">Changelog</a></div><div class="footer-column"><div class="footer-title">Company</div><a href="/about" class="footer-link">About</a><a href="/careers" class="footer-link">Careers</a><a href="/blog" aria-current="page" class="footer-link w--current">Blog</a><a href="/press" class="footer-link">Press</a></div><div class="footer-column"><div class="footer-title">Resources</div><a href="https://docs.larchpoint.example" class="footer-link">Docs</a><a href="/security" class="footer-link">Security</a><a href="https://status.larchpoint.example" class="footer-link">Status</a></div></div>
<div class="footer-bottom"><div>© 2025 Larchpoint Labs, Lda. All rights reserved.</div><div class="footer-legal"><a href="/privacy-policy" class="footer-link-small">Privacy Policy</a><a href="/terms" class="footer-link-small">Terms</a><a fs-cc="open-preferences" href="#" class="footer-link-small">Cookie preferences</a></div></div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site={LP_SITE_ID}" type="text/javascript" integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script>
<script src="{LP_CDN}/js/webflow.schunk.36b8fb49256177c8.js" type="text/javascript"></script><script src="{LP_CDN}/js/webflow.7d1c2f9a.js" type="text/javascript"></script>
</body></html>"""


@fifteenth
def build_larchpoint() -> None:
    s = Site(
        "larchpoint",
        kind="blog cards on a Webflow template (CMS Collection List: div.w-dyn-item > a.blog-card.w-inline-block, w-condition-invisible and w-dyn-bind-empty, read time as a number div + 'min read', Finsweet filter and cookie banner, ?<id>_page=N pagination with 'Page 1 of 3')",
        start="blog/",
        description="A SaaS company's blog on Webflow: the Finsweet cookie banner, a w-nav navbar with a dropdown, a hero, a one-item 'Latest' collection list repeating the newest post on page 1, a Finsweet CMS filter form of category radios; div.w-dyn-list > div.w-dyn-items of div.w-dyn-item each one a.blog-card.w-inline-block to /blog/<slug> with a lazy srcset image, a hidden 'Featured' badge (w-condition-invisible), the category tag, 'March 4, 2025', h3.blog-title, p.blog-summary (empty with w-dyn-bind-empty on three), an author block (avatar with empty alt, name, a number div + 'min read'), 'Read article'; a w-pagination-wrapper with Previous/Next links to ?3f9a2c1b_page=N and '1 / 3'; a CTA card, a newsletter w-form with its done/fail messages and a footer of link columns.",
    )
    for page, posts in enumerate(LP_PAGES, start=1):
        s.list_page("blog/index.html" if page == 1 else f"blog/@{LP_LIST_ID}_page={page}", _lp_page(page, posts))
    s.write(
        f"blog/@{LP_LIST_ID}_page=1", _lp_page(1, LP_PAGES[0])
    )  # "Previous" on page 2 asks for ?…_page=1, as Webflow does
    for post in LP_POSTS:
        s.expect(
            {
                "title": post.title,
                "url": post.url,
                "category": post.category,
                "date": post.day.isoformat(),
                "author": post.author,
                "reading_time": post.minutes,
                "summary": post.summary,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in FIFTEENTH.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(f"{name:20} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}")


if __name__ == "__main__":
    main()
