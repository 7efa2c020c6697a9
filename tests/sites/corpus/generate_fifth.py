"""Fifth wave of open corpus sites (issue #3): copies of how more well-known site families mark up
their lists: a Steam-like store search (each result one ``<a>``), a Goodreads-like Listopia table
(ratings as "4.34 avg rating — 9,385,123 ratings"), an IMDb-like chart (numbered titles, hashed
classes, a JSON-LD ItemList), a Booking-like hotel result list (``data-testid`` hooks, review
scores) and a Trustpilot-like review page (stars only in an image's ``alt``).

Run ``uv run python tests/sites/corpus/generate_fifth.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**. They
were written, and measured, before the heuristics were changed for them.
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc, money, slug

FIFTH: dict[str, Callable[[], None]] = {}


def fifth(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    FIFTH[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


CURRENT = ' aria-current="page"'


def _thousands(value: int) -> str:
    return f"{value:,}"


# ---------------------------------------------------------------------------------------------------
# steamvault: a Steam-like store search: every result is one <a class="search_result_row"> holding
# divs (capsule image, span.title, platform icons, release date "17 Sep, 2020", a review summary only
# in a tooltip attribute, a discount block with "-50%", the struck original and the final price);
# free games show "Free To Play", unreleased ones "To be announced"; a tag filter sidebar with counts,
# "Showing 1 - 12 of 28" and a pager of links ?page=N with "&gt;".
# ---------------------------------------------------------------------------------------------------

# (app id, title, release date or None, final price or None (free), original price or None)
GAMES: list[tuple[int, str, date | None, float | None, float | None]] = [
    (1145360, "Hades", date(2020, 9, 17), 12.49, 24.99),
    (646570, "Slay the Spire", date(2019, 1, 23), 24.99, None),
    (588650, "Dead Cells", date(2018, 8, 6), 9.89, 24.99),
    (1942280, "Brotato", date(2023, 6, 23), 4.99, None),
    (250900, "The Binding of Isaac: Rebirth", date(2014, 11, 4), 14.99, None),
    (2379780, "Balatro", date(2024, 2, 20), 14.99, None),
    (1794680, "Vampire Survivors", date(2022, 10, 20), 4.99, None),
    (367520, "Hollow Knight", date(2017, 2, 24), 7.49, 14.99),
    (632360, "Risk of Rain 2", date(2020, 8, 11), 24.99, None),
    (1282100, "Remnant II", date(2023, 7, 25), 29.99, 49.99),
    (2218750, "Halls of Torment", date(2024, 9, 24), 4.99, None),
    (1966720, "Lethal Company", date(2023, 10, 23), 9.99, None),
    (2344520, "Deep Rock Galactic: Survivor", date(2024, 2, 14), 10.49, 14.99),
    (1092790, "Inscryption", date(2021, 10, 19), 8.99, 19.99),
    (1150690, "OMORI", date(2020, 12, 25), 19.99, None),
    (1105670, "Warframe 1999 Prologue", None, None, None),
    (262060, "Darkest Dungeon®", date(2016, 1, 19), 4.99, 24.99),
    (1091500, "Cyber Shadow", date(2021, 1, 26), 19.99, None),
    (230410, "Warframe", date(2013, 3, 25), None, None),
    (2161700, "Persona 3 Reload", date(2024, 2, 1), 34.99, 69.99),
    (1229490, "Ultrakill", date(2020, 9, 3), 24.99, None),
    (1366540, "Dyson Sphere Program", date(2021, 1, 21), 15.99, 19.99),
    (2420110, "Horizon Forbidden West™ Complete Edition", date(2024, 3, 21), 35.99, 59.99),
    (1868140, "DAVE THE DIVER", date(2023, 6, 28), 13.99, 19.99),
    (1637320, "Dome Keeper", date(2022, 9, 27), 17.99, None),
    (2198150, "Tiny Glade", date(2024, 9, 23), 14.99, None),
    (1451940, "NEEDY STREAMER OVERLOAD", date(2022, 1, 21), 11.99, 14.99),
    (1172470, "Apex Legends™", date(2020, 11, 4), None, None),
]
STEAM_TAGS = [
    ("Roguelike", 6213),
    ("Action", 4102),
    ("Indie", 5871),
    ("Pixel Graphics", 2209),
    ("2D", 3388),
    ("Singleplayer", 5720),
    ("Difficult", 1984),
    ("Free to Play", 812),
]


def _steam_url(app: int, title: str) -> str:
    name = "".join(c if c.isalnum() else "_" for c in title).strip("_")
    return f"/app/{app}/{name}/?snr=1_7_7_151_150_1"


def _steam_price(final: float | None, original: float | None, released: bool) -> str:
    if final is None:
        text = "Free To Play" if released else ""
        return f'<div class="discount_block search_discount_block no_discount empty" data-price-final="0" data-bundlediscount="0" data-discount="0"><div class="discount_prices"><div class="discount_final_price free">{text}</div></div></div>'
    cents = round(final * 100)
    if original is None:
        return f'<div class="discount_block search_discount_block no_discount" data-price-final="{cents}" data-bundlediscount="0" data-discount="0"><div class="discount_prices"><div class="discount_final_price">{money(final)}</div></div></div>'
    pct = round((1 - final / original) * 100)
    return f'<div class="discount_block search_discount_block" data-price-final="{cents}" data-bundlediscount="0" data-discount="{pct}" role="link" aria-label="{pct}% off. {money(original)} normally, discounted to {money(final)}"><div class="discount_pct">-{pct}%</div><div class="discount_prices"><div class="discount_original_price">{money(original)}</div><div class="discount_final_price">{money(final)}</div></div></div>'


def _steam_row(page: int, game: tuple[int, str, date | None, float | None, float | None]) -> str:
    app, title, day, final, original = game
    released = f"{day.day} {day:%b}, {day.year}" if day else "To be announced"
    share = 70 + (app % 29)
    reviews = 1200 + (app * 7) % 240000
    summary = "Overwhelmingly Positive" if share >= 95 else "Very Positive" if share >= 80 else "Mostly Positive"
    platforms = (
        '<span class="platform_img win"></span>'
        + ('<span class="platform_img mac"></span>' if app % 3 == 0 else "")
        + ('<span class="platform_img linux"></span>' if app % 4 == 0 else "")
    )
    review = (
        f'<span class="search_review_summary positive" data-tooltip-html="{summary}&lt;br&gt;{share}% of the {_thousands(reviews)} user reviews for this game are positive.">\n\t\t\t\t\t\t\t\t\t\t</span>'
        if day
        else ""
    )
    return f"""
<a href="https://store.steamvault.example{_steam_url(app, title)}" data-ds-appid="{app}" data-ds-itemkey="App_{app}" data-ds-tagids="[1716,3871,492,1695,4667,4182,21]" data-ds-crtrids="[{app % 9000 + 33000}]" onmouseover="GameHover( this, event, 'global_hover', {{&quot;type&quot;:&quot;app&quot;,&quot;id&quot;:{app},&quot;public&quot;:1,&quot;v6&quot;:1}} );" onmouseout="HideGameHover( this, event, 'global_hover' )" class="search_result_row ds_collapse_flag " data-search-page="{page}" data-gpnav="item">
\t<div class="col search_capsule"><img src="https://shared.steamvault-static.example/store_item_assets/steam/apps/{app}/capsule_sm_120.jpg?t=1715722799" srcset="https://shared.steamvault-static.example/store_item_assets/steam/apps/{app}/capsule_sm_120.jpg?t=1715722799 1x, https://shared.steamvault-static.example/store_item_assets/steam/apps/{app}/capsule_231x87.jpg?t=1715722799 2x"></div>
\t<div class="responsive_search_name_combined">
\t\t<div class="col search_name ellipsis">
\t\t\t<span class="title">{esc(title)}</span>
\t\t\t<div>
\t\t\t\t{platforms}
\t\t\t</div>
\t\t</div>
\t\t<div class="col search_released responsive_secondrow">
\t\t\t{released}\t\t</div>
\t\t<div class="col search_reviewscore responsive_secondrow">
\t\t\t{review}
\t\t</div>
\t\t<div class="col search_price_discount_combined responsive_secondrow" data-price-final="{round((final or 0) * 100)}">
\t\t\t{_steam_price(final, original, day is not None)}
\t\t</div>
\t</div>
\t<div style="clear: left;"></div>
</a>"""


def _steam_page(number: int, pages: int, first: int, games: list[Any], total: int) -> str:
    def link(n: int, text: str, css: str = "") -> str:
        return f'<a{css} href="https://store.steamvault.example/search/?term=roguelike&amp;page={n}" onclick="SearchLinkClick( this ); return false;">{text}</a>'

    pager = []
    if number > 1:
        pager.append(link(number - 1, "&lt;", ' class="pagebtn"'))
    for n in range(1, pages + 1):
        pager.append(f"<span>{n}</span>" if n == number else link(n, str(n)))
    if number < pages:
        pager.append(link(number + 1, "&gt;", ' class="pagebtn"'))
    tags = "".join(
        f'<div class="tab_filter_control_row " data-param="tags" data-value="{400 + i}" data-loc="{name}" data-clientside="0"><span class="tab_filter_control tab_filter_control_include " data-param="tags" data-value="{400 + i}" data-loc="{name}" data-clientside="0"><span><span class="tab_filter_control_checkbox"></span><span class="tab_filter_control_label">{name}</span><span class="tab_filter_control_count" style="">{_thousands(count)}</span></span></span></div>'
        for i, (name, count) in enumerate(STEAM_TAGS)
    )
    rows = "".join(_steam_row(number, g) for g in games)
    return f"""<!DOCTYPE html>
<html class=" responsive" lang="en">
<head>
\t<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
\t<meta name="viewport" content="width=device-width,initial-scale=1">
\t<title>Steam Vault Search</title>
\t<link href="https://store.steamvault-static.example/public/shared/css/motiva_sans.css?v=-yZgCk0Nu7kH" rel="stylesheet" type="text/css">
\t<link href="https://store.steamvault-static.example/public/css/v6/search.css?v=8Ao4ZFQsQuSB" rel="stylesheet" type="text/css">
\t<script type="text/javascript">var g_SNR = '1_7_7_151_150_1'; var g_bUseNewFilterSidebar = true;</script>
</head>
<body class="v6 search_page responsive_page">
<div class="responsive_page_frame with_header">
\t<div id="global_header">
\t\t<div class="content">
\t\t\t<div class="logo"><span id="logo_holder"><a href="https://store.steamvault.example/?snr=1_4_4__global-header"><img src="https://store.steamvault-static.example/public/shared/images/header/logo_steam.svg?t=962016" width="176" height="44" alt="Link to the Steam Vault Homepage"></a></span></div>
\t\t\t<div class="supernav_container">
\t\t\t\t<a class="menuitem supernav supernav_active" href="https://store.steamvault.example/?snr=1_4_4__global-header">STORE</a>
\t\t\t\t<a class="menuitem supernav" href="https://steamvaultcommunity.example/">COMMUNITY</a>
\t\t\t\t<a class="menuitem " href="https://store.steamvault.example/about/?snr=1_4_4__global-header">ABOUT</a>
\t\t\t\t<a class="menuitem " href="https://help.steamvault.example/en/">SUPPORT</a>
\t\t\t</div>
\t\t</div>
\t</div>
\t<div class="responsive_page_content">
\t\t<div id="store_header"><div class="content"><div id="store_controls"><div class="store_header_btn_gray store_header_btn" id="wishlist_link"><a class="store_header_btn_content" href="https://store.steamvault.example/wishlist/">Wishlist</a></div></div>
\t\t\t<div id="store_nav_area"><div class="store_nav"><div class="tab  flyout_tab"><a class="pulldown_desktop" href="https://store.steamvault.example/?snr=1_4_4__12">Your Store</a></div><div class="tab  flyout_tab"><a class="pulldown_desktop" href="https://store.steamvault.example/explore/new/?snr=1_4_4__12">New &amp; Noteworthy</a></div><div class="tab  flyout_tab"><a class="pulldown_desktop" href="https://store.steamvault.example/genre/?snr=1_4_4__12">Categories</a></div><div class="tab "><a class="pulldown_desktop" href="https://store.steamvault.example/pointsshop/?snr=1_4_4__12">Points Shop</a></div><div class="tab "><a class="pulldown_desktop" href="https://store.steamvault.example/news/?snr=1_4_4__12">News</a></div><div class="tab "><a class="pulldown_desktop" href="https://store.steamvault.example/labs/?snr=1_4_4__12">Labs</a></div></div></div>
\t\t</div></div>
\t\t<div class="page_content_ctn" id="search_results_page">
\t\t\t<div class="page_content">
\t\t\t\t<div class="leftcol large">
\t\t\t\t\t<form name="searchform" id="advsearchform" onsubmit="return false;">
\t\t\t\t\t\t<div class="searchbar"><div class="searchbar_left"><input type="text" name="term" id="term" value="roguelike" placeholder="enter search term or tag"><button class="btnv6_blue_hoverfade btn_medium" type="submit"><span>Search</span></button></div>
\t\t\t\t\t\t<div class="searchbar_right"><span>Sort by</span> <input type="hidden" id="sort_by" name="sort_by" value="_ASC"><a class="trigger" id="sort_by_trigger" href="javascript:DSelectNoop()">Relevance</a></div></div>
\t\t\t\t\t</form>
\t\t\t\t\t<div id="search_results_filtered_warning_persistent" class="search_results_filtered_warning"><div>{_thousands(total + 3)} results match your search. 3 titles have been excluded based on your preferences.</div></div>
\t\t\t\t\t<div id="search_results" class="search_results">
\t\t\t\t\t\t<div id="search_result_container" data-panel="{{&quot;maintainX&quot;:true}}">
\t\t\t\t\t\t\t<div id="search_resultsRows">{rows}
\t\t\t\t\t\t\t</div>
\t\t\t\t\t\t\t<div class="search_pagination">
\t\t\t\t\t\t\t\t<div class="search_pagination_left">
\t\t\t\t\t\t\t\t\tshowing {first + 1} - {first + len(games)} of {total}\t\t\t\t\t\t\t\t</div>
\t\t\t\t\t\t\t\t<div class="search_pagination_right">
\t\t\t\t\t\t\t\t\t{" ".join(pager)}
\t\t\t\t\t\t\t\t</div>
\t\t\t\t\t\t\t\t<div style="clear: left;"></div>
\t\t\t\t\t\t\t</div>
\t\t\t\t\t\t</div>
\t\t\t\t\t</div>
\t\t\t\t</div>
\t\t\t\t<div class="rightcol">
\t\t\t\t\t<div class="block search_collapse_block" data-collapse-name="price"><div class="block_header"><div>Narrow by Price</div></div><div class="block_content block_content_inner"><div class="range_container"><input type="range" class="range_input" id="price_range" min="0" max="13" step="1" value="13"><div class="range_display">Any Price</div></div></div></div>
\t\t\t\t\t<div class="block search_collapse_block" data-collapse-name="tags"><div class="block_header"><div>Narrow by tag</div></div><div class="block_content block_content_inner" id="TagFilter_Container">{tags}</div></div>
\t\t\t\t</div>
\t\t\t</div>
\t\t</div>
\t</div>
\t<div id="footer"><div class="footer_content"><div class="rule"></div><div id="footer_text"><div>&copy; 2026 Valve-alike Corporation. All rights reserved. All trademarks are property of their respective owners in the US and other countries.</div><div class="valve_links"><a href="https://store.steamvault.example/privacy_agreement/?snr=1_44_44_">Privacy Policy</a> &nbsp; | &nbsp;<a href="https://store.steamvault.example/legal/?snr=1_44_44_">Legal</a> &nbsp;| &nbsp;<a href="https://store.steamvault.example/subscriber_agreement/?snr=1_44_44_">Subscriber Agreement</a> &nbsp;| &nbsp;<a href="https://store.steamvault.example/steam_refunds/?snr=1_44_44_">Refunds</a></div></div></div></div>
</div>
</body>
</html>"""


@fifth
def build_steamvault() -> None:
    s = Site(
        "steamvault",
        kind="store search results (Steam-like, each result one <a>, discount blocks)",
        start="search/",
        description="A Steam-like store search: every result is one a.search_result_row of divs: span.title, release dates '17 Sep, 2020', a review summary only in a tooltip attribute, '-50%' discount blocks with the struck original and the final price, 'Free To Play' and unannounced games; absolute links to the store's own host, a tag filter sidebar with counts and a pager of ?page=N links.",
    )
    pages = chunks(GAMES, [12, 12, 4])
    first = 0
    for number, games in enumerate(pages, 1):
        text = _steam_page(number, len(pages), first, games, len(GAMES))
        # The store links every page to itself on its own host; the local copy serves them at the root.
        text = text.replace("https://store.steamvault.example/search/", "/search/").replace(
            "https://store.steamvault.example/app/", "/app/"
        )
        s.list_page("search/index.html" if number == 1 else f"search/@term=roguelike&page={number}", text)
        if number == 1:
            s.write("search/@term=roguelike&page=1", text)
        first += len(games)
    for app, title, day, final, original in GAMES:
        s.expect(
            {
                "title": title,
                "url": _steam_url(app, title),
                "date": day.isoformat() if day else None,
                "price": final,
                "currency": "USD" if final is not None else None,
                "original_price": original,
                "discount": -round((1 - final / original) * 100)
                if final is not None and original is not None
                else None,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# shelfworthy: a Goodreads-like Listopia page: one table.tableList of tr[itemscope itemtype=Book] rows:
# td.number, a cover, a.bookTitle > span[itemprop=name] (series in brackets), an author microdata
# block, "4.34 avg rating — 9,385,123 ratings" in one span.minirating after star spans, "score:
# 3,456,789, and 35,123 people voted" links, Want-to-Read forms; list tabs, a related-lists sidebar,
# a div.pagination with "« previous", em.current and "next »" over ?page=N.
# ---------------------------------------------------------------------------------------------------

# (book id, title, author, avg rating, ratings, score, voters)
READS: list[tuple[int, str, str, float, int, int, int]] = [
    (2767052, "The Hunger Games (The Hunger Games, #1)", "Suzanne Collins", 4.34, 9385123, 3456781, 35123),
    (3, "Harry Potter and the Sorcerer's Stone (Harry Potter, #1)", "J.K. Rowling", 4.47, 10412876, 3310245, 33781),
    (19063, "The Book Thief", "Markus Zusak", 4.39, 2456031, 2984116, 30488),
    (41865, "Twilight (Twilight, #1)", "Stephenie Meyer", 3.65, 6598412, 2412057, 24977),
    (11870085, "The Fault in Our Stars", "John Green", 4.13, 5122987, 1895520, 19702),
    (968, "The Da Vinci Code (Robert Langdon, #2)", "Dan Brown", 3.92, 2281460, 1544890, 16018),
    (2429135, "The Girl with the Dragon Tattoo (Millennium, #1)", "Stieg Larsson", 4.17, 3223341, 1433672, 14910),
    (6148028, "Catching Fire (The Hunger Games, #2)", "Suzanne Collins", 4.34, 3601877, 1398810, 14573),
    (7260188, "Mockingjay (The Hunger Games, #3)", "Suzanne Collins", 4.10, 3307214, 1301443, 13577),
    (37435, "The Secret Life of Bees", "Sue Monk Kidd", 4.07, 1288014, 1215009, 12689),
    (77203, "The Kite Runner", "Khaled Hosseini", 4.34, 3175233, 1199234, 12514),
    (
        15881,
        "Harry Potter and the Chamber of Secrets (Harry Potter, #2)",
        "J.K. Rowling",
        4.43,
        4011986,
        1154321,
        12088,
    ),
    (43641, "Water for Elephants", "Sara Gruen", 4.10, 1621987, 1087552, 11397),
    (128029, "A Thousand Splendid Suns", "Khaled Hosseini", 4.42, 1487330, 1063004, 11130),
    (22557272, "The Girl on the Train", "Paula Hawkins", 3.96, 3010556, 998701, 10472),
    (2657, "Life of Pi", "Yann Martel", 3.93, 1643208, 946115, 9928),
    (19288043, "Gone Girl", "Gillian Flynn", 4.14, 3401127, 921880, 9701),
    (4667024, "The Help", "Kathryn Stockett", 4.48, 2870411, 904231, 9507),
    (6186357, "The Maze Runner (The Maze Runner, #1)", "James Dashner", 4.03, 1578120, 866034, 9111),
    (13335037, "Divergent (Divergent, #1)", "Veronica Roth", 4.15, 3946071, 845210, 8896),
    (6288, "The Road", "Cormac McCarthy", 3.99, 859432, 801774, 8441),
    (10964, "Outlander (Outlander, #1)", "Diana Gabaldon", 4.25, 1129801, 774018, 8154),
    (256683, "City of Bones (The Mortal Instruments, #1)", "Cassandra Clare", 4.08, 1883406, 742117, 7822),
    (30119, "Where the Sidewalk Ends", "Shel Silverstein", 4.30, 398021, 690223, 7281),
    (5107, "The Catcher in the Rye", "J.D. Salinger", 3.80, 3612908, 651870, 6878),
    (18405, "Gone with the Wind", "Margaret Mitchell", 4.31, 1245532, 633118, 6685),
]
LIST_PATH = "/list/show/7.Best_Books_of_the_21st_Century/"


def _read_url(book: int, title: str) -> str:
    return f"/book/show/{book}.{slug(title.split(' (', maxsplit=1)[0]).replace('-', '_').title()}"


def _author_url(name: str) -> str:
    return f"https://www.shelfworthy.example/author/show/{sum(map(ord, name)) * 37}.{name.replace(' ', '_').replace('.', '_')}"


def _stars(rating: float) -> str:
    spans = []
    for n in range(1, 6):
        fill = "p10" if rating >= n else "p6" if rating > n - 1 else "p0"
        spans.append(f'<span size="12x12" class="staticStar {fill}"></span>')
    return "".join(spans)


def _read_row(rank: int, item: tuple[int, str, str, float, int, int, int]) -> str:
    book, title, author, rating, ratings, score, voters = item
    url = _read_url(book, title)
    return f"""
<tr itemscope itemtype="http://schema.org/Book">
  <td valign="top" class="number">{rank}</td>
  <td width="5%" valign="top">
    <div id="{book}" class="u-anchorTarget"></div>
        <div class="js-tooltipTrigger tooltipTrigger" data-resource-type="Book" data-resource-id="{book}">
      <a title="{esc(title)}" href="{url}">
        <img alt="{esc(title)}" class="bookCover" itemprop="image" src="https://i.sw-assets.example/images/S/compressed.photo.shelfworthy.example/books/1{book % 99999:05d}i/{book}._SY75_.jpg" />
</a>    </div>

  </td>
  <td width="100%" valign="top">
    <a class="bookTitle" itemprop="url" href="{url}">
        <span itemprop='name' role='heading' aria-level='4'>{esc(title)}</span>
</a>    <br/>
    <span class='by'>by</span>
<span itemprop='author' itemscope='' itemtype='http://schema.org/Person'>
<div class='authorName__container'>
<a class="authorName" itemprop="url" href="{_author_url(author)}"><span itemprop="name">{esc(author)}</span></a>
</div>
</span>

    <br/>
    <div>
      <span class="greyText smallText uitext">
            <span class="minirating"><span class="stars staticStars notranslate">{_stars(rating)}</span> {rating:.2f} avg rating &mdash; {_thousands(ratings)} ratings</span>
      </span>
    </div>

    <div style="margin-top: 5px">
      <span class="smallText uitext">
        <a href="#" onclick="Lightbox.showBoxByID(&#39;score_explanation&#39;, 300); return false;">score: {_thousands(score)}</a>,
        and
        <a id="loading_link_{book}" href="#" onclick="new Ajax.Request(&#39;/list/list_book/{book}?list_id=7&#39;, {{asynchronous:true, evalScripts:true}}); return false;">{_thousands(voters)} people voted</a>
      </span>
    </div>
    <div class="wtrButtonContainer wtrSignedOut" id="1_book_{book}">
      <div class="wtrUp wtrLeft">
        <form action="/shelf/add_to_shelf" accept-charset="UTF-8" method="post"><input type="hidden" name="book_id" value="{book}" /><input type="hidden" name="name" value="to-read" /><button class="wtrToRead" type="submit"><span class="progressTrigger">Want to Read</span></button></form>
      </div>
      <div class="ratingStars wtrRating"><div class="starsErrorTooltip hidden">Error rating book. Refresh and try again.</div><div class="myRating uitext greyText">Rate this book</div><div class="clearRating uitext">Clear rating</div></div>
    </div>
  </td>
</tr>"""


def _reads_page(number: int, pages: int, first: int, items: list[Any]) -> str:
    links = []
    links.append(
        f'<a class="previous_page" rel="prev" href="{LIST_PATH}?page={number - 1}">« previous</a>'
        if number > 1
        else '<span class="previous_page disabled">« previous</span>'
    )
    for n in range(1, pages + 1):
        links.append(
            f'<em class="current">{n}</em>'
            if n == number
            else f'<a rel="{"next" if n == number + 1 else "prev" if n == number - 1 else ""}" href="{LIST_PATH}?page={n}">{n}</a>'
        )
    links.append(
        f'<a class="next_page" rel="next" href="{LIST_PATH}?page={number + 1}">next »</a>'
        if number < pages
        else '<span class="next_page disabled">next »</span>'
    )
    rows = "".join(_read_row(first + i + 1, item) for i, item in enumerate(items))
    related = "".join(
        f'<div class="listRow"><a class="listTitle" href="/list/show/{n}.{name.replace(" ", "_")}">{name}</a><div class="listFullDetails">{books:,} books &mdash; {voters:,} voters</div></div>'
        for n, name, books, voters in (
            (1, "Best Books Ever", 75214, 232118),
            (264, "Books That Everyone Should Read At Least Once", 34210, 121560),
            (12, "Best Young Adult Books", 8113, 57601),
            (453, "Best Fantasy Books of the 21st Century", 4120, 19876),
        )
    )
    return f"""<!DOCTYPE html>
<html class="desktop
">
<head>
  <title>Best Books of the 21st Century (26 books)</title>

<meta content='26 books based on 95312 votes: The Hunger Games by Suzanne Collins, Harry Potter and the Sorcerer&#39;s Stone by J.K. Rowling, The Book Thief by Markus Zusak...' name='description'>
<meta content='telephone=no' name='format-detection'>
<link href='https://www.shelfworthy.example{LIST_PATH}' rel='canonical'>
  <script type="text/javascript"> var ue_t0=window.ue_t0||+new Date();</script>
  <link rel="stylesheet" media="all" href="https://s.sw-assets.example/assets/goodreads-7b3b4bde6b.css" />
  <meta name="csrf-param" content="authenticity_token" />
<meta name="csrf-token" content="6ty0N3Ubw9Y8Ke+K5QWdM9Eo1g==" />
</head>
<body class="">
<div data-react-class="ReactComponents.StoresInitializer" data-react-props="{{}}"></div>
<div class="content" id="bodycontainer" style="">
  <div class="siteHeader">
    <div data-react-class="ReactComponents.HeaderStoreConnector" data-react-props="{{&quot;myBooksUrl&quot;:&quot;/review/list?ref=nav_mybooks&quot;,&quot;browseUrl&quot;:&quot;/book?ref=nav_brws&quot;}}"><header class="Header" role="banner"><div class="siteHeader__topLine"><a href="/" title="Shelfworthy Home" class="siteHeader__logo" aria-label="Shelfworthy Home"></a><nav class="siteHeader__primaryNavInline"><ul role="menu" class="siteHeader__menuList"><li class="siteHeader__topLevelItem siteHeader__topLevelItem--home"><a href="/" class="siteHeader__topLevelLink">Home</a></li><li class="siteHeader__topLevelItem"><a href="/review/list?ref=nav_mybooks" class="siteHeader__topLevelLink">My Books</a></li><li class="siteHeader__topLevelItem"><a href="/book?ref=nav_brws" class="siteHeader__topLevelLink">Browse ▾</a></li><li class="siteHeader__topLevelItem"><a href="/group?ref=nav_comm" class="siteHeader__topLevelLink">Community ▾</a></li></ul></nav><form class="searchBox searchBox--navbar" action="/search" accept-charset="UTF-8" method="get"><input class="searchBox__input searchBox__input--navbar" placeholder="Search books" type="text" name="q"><button class="searchBox__button searchBox__button--navbar" type="submit">Search</button></form></div></header></div>
  </div>
  <div class="mainContentContainer ">
      <div class="mainContent ">
        <div class="mainContentFloat ">
          <div id="flashContainer"></div>
<div class="leftContainer">
  <div class="breadcrumbs"><a href="/list">Lists</a> &gt; </div>
  <h1>Best Books of the 21st Century</h1>
  <div class="mediumText">
    Must have been published from 2000 until now.
  </div>
  <div class="listNavigation"><a class="actionLinkLite" href="{LIST_PATH}">All Votes</a> | <a class="actionLinkLite" href="/list/book/7">Add Books To This List</a></div>
  <div class="stacked">
    <div style="float: right">
      <div class="pagination">{" ".join(links)}</div>
    </div>
    <div style="clear: both"></div>
    <table class="tableList js-dataTooltip" width="100%">{rows}
    </table>
    <div style="float: right; margin-top: 10px">
      <div class="pagination">{" ".join(links)}</div>
    </div>
  </div>
  <div class="clear"></div>
</div>
<div class="rightContainer">
  <div class="clearFloats bigBox"><div class="h2Container gradientHeaderContainer"><h2 class="brownBackground">Lists with This Book</h2></div><div class="bigBoxBody"><div class="bigBoxContent containerWithHeaderContent">{related}</div></div></div>
  <div class="clearFloats bigBox"><div class="h2Container gradientHeaderContainer"><h2 class="brownBackground">List Stats</h2></div><div class="bigBoxBody"><div class="bigBoxContent containerWithHeaderContent"><div class="stat">95,312 voters</div><div class="stat">Created by <a href="/user/show/1">Otis Chandler</a></div><div class="stat">Tags: <a href="/list/tag/21st-century">21st-century</a>, <a href="/list/tag/best">best</a></div></div></div></div>
</div>

        </div>
        <div class="clear"></div>
      </div>
      <div class="clear"></div>
    </div>
  <div class="clear"></div>
  <footer class="responsiveSiteFooter"><div class="responsiveSiteFooter__contents"><div class="responsiveSiteFooter__linksGroup"><h3 class="responsiveSiteFooter__heading">Company</h3><ul><li><a href="/about/us">About us</a></li><li><a href="/jobs">Careers</a></li><li><a href="/about/terms">Terms</a></li><li><a href="/about/privacy">Privacy</a></li></ul></div><div class="responsiveSiteFooter__linksGroup"><h3 class="responsiveSiteFooter__heading">Work with us</h3><ul><li><a href="/author/program">Authors</a></li><li><a href="/advertisers">Advertise</a></li><li><a href="/news?content_type=author_blogs">Authors &amp; ads blog</a></li></ul></div><small class="responsiveSiteFooter__copyright">© 2026 Shelfworthy, Inc.</small></div></footer>
</div>
</body>
</html>"""


@fifth
def build_shelfworthy() -> None:
    s = Site(
        "shelfworthy",
        kind="book list with votes (Goodreads Listopia-like table, mixed rating text)",
        start=LIST_PATH.lstrip("/"),
        description="A Goodreads-like Listopia page: tr[itemtype=Book] rows with td.number, a.bookTitle > span[itemprop=name] (series in brackets), an author microdata block, '4.34 avg rating — 9,385,123 ratings' in one span after star spans, 'score: 3,456,781, and 35,123 people voted' links, Want-to-Read forms; the pager repeated above and below the table, a related-lists sidebar.",
    )
    pages = chunks(READS, [10, 10, 6])
    first = 0
    for number, items in enumerate(pages, 1):
        text = _reads_page(number, len(pages), first, items)
        base = LIST_PATH.strip("/")
        s.list_page(f"{base}/index.html" if number == 1 else f"{base}/@page={number}", text)
        if number == 1:
            s.write(f"{base}/@page=1", text)
        first += len(items)
    for book, title, author, rating, ratings, score, voters in READS:
        s.expect(
            {
                "title": title,
                "url": _read_url(book, title),
                "author": author,
                "rating": rating,
                "rating_count": ratings,
                "score": score,
                "votes": voters,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# reelrank: an IMDb-like chart page: ul.ipc-metadata-list of li.ipc-metadata-list-summary-item with
# styled-components classes (sc-b189961a-0 iqHBGn), the rank inside the title ("1. The Godfather"),
# three unlabelled metadata spans (year, runtime "2h 55m", certificate, missing on some), the rating
# "9.2" and the vote count "(2.1M)" in spans of a ratingGroup, "Rate" buttons; a JSON-LD ItemList
# with the same films (name, url, aggregateRating, duration) and a __NEXT_DATA__ blob; one page.
# ---------------------------------------------------------------------------------------------------

# (title id, title, year, runtime minutes, certificate or None, rating, votes text)
FILMS: list[tuple[int, str, int, int, str | None, float, str]] = [
    (111161, "The Shawshank Redemption", 1994, 142, "R", 9.3, "3M"),
    (68646, "The Godfather", 1972, 175, "R", 9.2, "2.1M"),
    (468569, "The Dark Knight", 2008, 152, "PG-13", 9.0, "3M"),
    (71562, "The Godfather Part II", 1974, 202, "R", 9.0, "1.4M"),
    (50083, "12 Angry Men", 1957, 96, "Approved", 9.0, "903K"),
    (167260, "The Lord of the Rings: The Return of the King", 2003, 201, "PG-13", 9.0, "2M"),
    (108052, "Schindler's List", 1993, 195, "R", 9.0, "1.5M"),
    (110912, "Pulp Fiction", 1994, 154, "R", 8.9, "2.3M"),
    (120737, "The Lord of the Rings: The Fellowship of the Ring", 2001, 178, "PG-13", 8.9, "2.1M"),
    (60196, "The Good, the Bad and the Ugly", 1966, 161, "R", 8.8, "828K"),
    (109830, "Forrest Gump", 1994, 142, "PG-13", 8.8, "2.3M"),
    (167261, "The Lord of the Rings: The Two Towers", 2002, 179, "PG-13", 8.8, "1.8M"),
    (137523, "Fight Club", 1999, 139, "R", 8.8, "2.4M"),
    (1375666, "Inception", 2010, 148, "PG-13", 8.8, "2.6M"),
    (80684, "Star Wars: Episode V - The Empire Strikes Back", 1980, 124, "PG", 8.7, "1.4M"),
    (133093, "The Matrix", 1999, 136, "R", 8.7, "2.1M"),
    (99685, "Goodfellas", 1990, 145, "R", 8.7, "1.3M"),
    (73486, "One Flew Over the Cuckoo's Nest", 1975, 133, "R", 8.7, "1.1M"),
    (114369, "Se7en", 1995, 127, "R", 8.6, "1.8M"),
    (47478, "Seven Samurai", 1954, 207, "Not Rated", 8.6, "367K"),
    (102926, "The Silence of the Lambs", 1991, 118, "R", 8.6, "1.6M"),
    (38650, "It's a Wonderful Life", 1946, 130, "PG", 8.6, "495K"),
    (317248, "City of God", 2002, 130, "R", 8.6, "808K"),
    (816692, "Interstellar", 2014, 169, "PG-13", 8.7, "2.2M"),
    (245429, "Spirited Away", 2001, 125, None, 8.6, "876K"),
]


def _votes(text: str) -> int:
    """ "3M" -> 3000000, "903K" -> 903000: the count a person reads off the chart."""
    scale = {"K": 1_000, "M": 1_000_000}[text[-1]]
    return round(float(text[:-1]) * scale)


def _film_url(film: int, rank: int) -> str:
    return f"/title/tt{film:07d}/?ref_=chttp_t_{rank}"


def _runtime(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    return f"{hours}h {rest}m" if rest else f"{hours}h"


def _film_item(rank: int, item: tuple[int, str, int, int, str | None, float, str]) -> str:
    film, title, year, minutes, certificate, rating, votes = item
    cert = (
        f'<span class="sc-b189961a-8 hCbzGp cli-title-metadata-item">{esc(certificate)}</span>' if certificate else ""
    )
    return f"""<li class="ipc-metadata-list-summary-item sc-10233bc-0 TwzGn cli-parent"><div class="ipc-metadata-list-summary-item__c"><div class="ipc-metadata-list-summary-item__tc"><span aria-disabled="false" class="ipc-metadata-list-summary-item__t"></span><div class="sc-b189961a-0 iqHBGn cli-children"><div class="ipc-title ipc-title--base ipc-title--title ipc-title-link-no-icon ipc-title--on-textPrimary sc-b189961a-9 bnSrml cli-title with-margin"><a href="{_film_url(film, rank)}" class="ipc-title-link-wrapper" tabindex="0"><h3 class="ipc-title__text">{rank}. {esc(title)}</h3></a></div><div class="sc-b189961a-7 btCcOY cli-title-metadata"><span class="sc-b189961a-8 hCbzGp cli-title-metadata-item">{year}</span><span class="sc-b189961a-8 hCbzGp cli-title-metadata-item">{_runtime(minutes)}</span>{cert}</div><span class="sc-b189961a-1 kcRAsW"><div class="sc-e2dbc1a3-0 jeHPdh sc-b189961a-2 bglYHz cli-ratings-container" data-testid="ratingGroup--container"><span aria-label="IMDb rating: {rating}" class="ipc-rating-star ipc-rating-star--base ipc-rating-star--imdb ratingGroup--imdb-rating" data-testid="ratingGroup--imdb-rating"><svg width="24" height="24" xmlns="http://www.w3.org/2000/svg" class="ipc-icon ipc-icon--star-inline" viewBox="0 0 24 24" fill="currentColor" role="presentation"><path d="M12 20.1l5.82 3.682c1.066.675 2.37-.322 2.09-1.584l-1.543-6.926 5.146-4.667c.94-.85.435-2.465-.799-2.567l-6.773-.602L13.29.89a1.38 1.38 0 0 0-2.581 0l-2.65 6.53-6.774.602C.052 8.126-.453 9.74.486 10.59l5.147 4.666-1.542 6.926c-.28 1.262 1.023 2.26 2.09 1.585L12 20.099z"></path></svg><span class="ipc-rating-star--rating">{rating}</span><span class="ipc-rating-star--voteCount">&nbsp;(<!-- -->{votes}<!-- -->)</span></span><button aria-label="Rate {esc(title)}" class="ipc-rate-button sc-e2dbc1a3-1 jbMwoZ ratingGroup--user-rating ipc-rate-button--unrated ipc-rate-button--base" data-testid="rate-button"><span class="ipc-rating-star ipc-rating-star--base ipc-rating-star--rate"><svg width="24" height="24" xmlns="http://www.w3.org/2000/svg" class="ipc-icon ipc-icon--star-border-inline" viewBox="0 0 24 24" fill="currentColor" role="presentation"><path d="M22.724 8.217l-6.786-.587-2.65-6.245c-.477-1.137-2.103-1.137-2.58 0l-2.65 6.258-6.772.574c-1.234.098-1.739 1.636-.8 2.446l5.146 4.46-1.542 6.618c-.28 1.202 1.023 2.153 2.09 1.51l5.818-3.508 5.819 3.522c1.065.643 2.37-.308 2.089-1.51l-1.542-6.632 5.145-4.46c.94-.81.45-2.348-.785-2.446z"></path></svg><span class="ipc-rating-star--rate">Rate</span></span></button></div></span></div></div></div><div class="ipc-metadata-list-summary-item__cc"></div><div class="sc-10233bc-1 dOuwgC cli-post-element"><button class="ipc-icon-button cli-info-icon ipc-icon-button--base ipc-icon-button--onAccent2" title="See more information about {esc(title)}" role="button" tabindex="0" aria-label="See more information about {esc(title)}" aria-disabled="false"><svg width="24" height="24" xmlns="http://www.w3.org/2000/svg" class="ipc-icon ipc-icon--info" viewBox="0 0 24 24" fill="currentColor" role="presentation"><path fill="none" d="M0 0h24v24H0V0z"></path></svg></button></div></li>"""


def _reel_page() -> str:
    ld = {
        "@type": "ItemList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "item": {
                    "@type": "Movie",
                    "url": f"https://www.reelrank.example/title/tt{film:07d}/",
                    "name": title,
                    "aggregateRating": {
                        "@type": "AggregateRating",
                        "bestRating": 10,
                        "worstRating": 1,
                        "ratingValue": rating,
                    },
                    "contentRating": certificate,
                    "duration": f"PT{minutes // 60}H{minutes % 60}M",
                },
            }
            for film, title, year, minutes, certificate, rating, votes in FILMS
        ],
        "name": "Top 250 Movies",
        "description": "As rated by regular Reelrank voters.",
        "@context": "https://schema.org",
    }
    next_data = {
        "props": {
            "pageProps": {
                "pageData": {
                    "chartTitles": {
                        "edges": [
                            {
                                "currentRank": rank,
                                "node": {
                                    "id": f"tt{f[0]:07d}",
                                    "titleText": {"text": f[1]},
                                    "releaseYear": {"year": f[2]},
                                },
                            }
                            for rank, f in enumerate(FILMS, 1)
                        ]
                    }
                }
            }
        },
        "page": "/chart/top",
        "buildId": "ZQ0Fh7YxY3aN0v8NM6V8K",
    }
    items = "".join(_film_item(rank, f) for rank, f in enumerate(FILMS, 1))
    more = "".join(
        f'<div class="ipc-poster-card ipc-poster-card--base ipc-poster-card--dynamic-width ipc-sub-grid-item ipc-sub-grid-item--span-2" role="group"><div class="ipc-poster-card__poster"><a class="ipc-lockup-overlay ipc-focusable" href="/chart/{path}/?ref_=chttp_ql_{i}" aria-label="View {esc(name)}"></a></div><a class="ipc-poster-card__title ipc-poster-card__title--clamp-2 ipc-poster-card__title--clickable" href="/chart/{path}/?ref_=chttp_ql_{i}"><span data-testid="title">{esc(name)}</span></a></div>'
        for i, (path, name) in enumerate(
            (
                ("moviemeter", "Most Popular Movies"),
                ("toptv", "Top 250 TV Shows"),
                ("tvmeter", "Most Popular TV Shows"),
                ("boxoffice", "Top Box Office (US)"),
            ),
            1,
        )
    )
    return f"""<!DOCTYPE html><html lang="en-US" xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/><script>if(typeof uet === 'function'){{ uet('bb', 'LoadTitle', {{wb: 1}}); }}</script><title>Reelrank Top 250 Movies</title><meta name="description" content="As rated by regular Reelrank voters."/><meta property="og:title" content="Reelrank Top 250 Movies"/><meta property="og:type" content="website"/><meta property="og:url" content="https://www.reelrank.example/chart/top/"/><meta property="og:image" content="https://m.media-reelrank.example/images/M/MV5BNjk2OGIwNDgtYjc3Mi00YmY0LWE1MmItOTQ1NWNhNTgyZmRkXkEyXkFqcGc@._V1_FMjpg_UX1000_.jpg"/><script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script><link rel="canonical" href="https://www.reelrank.example/chart/top/"/><link rel="stylesheet" href="https://m.media-reelrank.example/images/S/sash/a2b4c6.css"/></head><body id="styleguide-v2" class="fixed"><div id="__next"><main role="main" class="ipc-page-background ipc-page-background--base sc-b8a9cd6d-0 kZoTBj"><div class="ipc-page-wrapper ipc-page-wrapper--base"><nav id="imdbHeader" class="ipc-page-content-container ipc-page-content-container--center _3x17Igk9XRXcaKrcG3_MXQ navbar__inner" aria-label="Main"><a href="/" aria-label="Home" class="ipc-icon-link _3sesWXAoRPgr6ib5zMCWlT" id="home_img_holder"><svg id="home_img" class="ipc-logo" xmlns="http://www.w3.org/2000/svg" width="64" height="32" viewBox="0 0 64 32" version="1.1"><g fill="#F5C518"><rect x="0" y="0" width="100%" height="100%" rx="4"></rect></g></svg></a><label role="button" for="imdbHeader-navDrawerOpen" class="ipc-button ipc-button--single-padding ipc-button--default-height ipc-button--core-baseAlt ipc-button--theme-baseAlt ipc-button--on-textPrimary ipc-text-button" aria-label="Open Navigation Drawer"><span class="ipc-button__text">Menu</span></label><div class="_3ynKWqE_n4NO1ua-oVbRRd navbar__flyout--breakpoint-m" role="menu"><a class="ipc-list__item" href="/calendar/?ref_=nv_mv_cal" role="menuitem"><span class="ipc-list-item__text">Release Calendar</span></a><a class="ipc-list__item" href="/chart/top/?ref_=nv_mv_250" role="menuitem"><span class="ipc-list-item__text">Top 250 Movies</span></a><a class="ipc-list__item" href="/chart/moviemeter/?ref_=nv_mv_mpm" role="menuitem"><span class="ipc-list-item__text">Most Popular Movies</span></a><a class="ipc-list__item" href="/feature/genre/?ref_=nv_ch_gr" role="menuitem"><span class="ipc-list-item__text">Browse Movies by Genre</span></a><a class="ipc-list__item" href="/chart/boxoffice/?ref_=nv_ch_cht" role="menuitem"><span class="ipc-list-item__text">Top Box Office</span></a></div><a class="ipc-button ipc-button--single-padding ipc-button--default-height ipc-button--core-baseAlt ipc-button--theme-baseAlt ipc-button--on-textPrimary ipc-text-button imdb-header__signin-text" href="/registration/signin/?ref_=nv_generic_lgin"><span class="ipc-button__text">Sign In</span></a></nav><section class="ipc-page-section ipc-page-section--base sc-1e7f96be-0 cAsNsW"><div class="ipc-page-grid ipc-page-grid--bias-left"><div class="ipc-page-grid__item ipc-page-grid__item--span-2"><div class="sc-a1e81754-1 bBqHzs"><hgroup class="ipc-title ipc-title--base ipc-title--title ipc-title--on-textPrimary"><h1 class="ipc-title__text">Reelrank Top 250 Movies</h1></hgroup><div class="ipc-title__description">As rated by regular Reelrank voters.</div></div><div class="sc-e3ac1175-0 kzjFZt"><div class="sc-e3ac1175-1 iOsXCI"><span class="sc-e3ac1175-2 fWnGzN">250 Titles</span></div><div class="sc-e3ac1175-3 hMTvNj"><label class="ipc-simple-select__label" for="sort-by-selector">Sort by</label><select id="sort-by-selector" class="ipc-simple-select__input" data-testid="sort-by-selector"><option value="RANKING" selected="">Ranking</option><option value="IMDB_RATING">IMDb rating</option><option value="RELEASE_DATE">Release date</option><option value="NUM_VOTES">Number of ratings</option><option value="ALPHABETICAL">Alphabetical</option><option value="POPULARITY">Popularity</option><option value="RUNNING_TIME">Runtime</option></select></div></div><ul class="ipc-metadata-list ipc-metadata-list--dividers-between sc-a1e81754-0 dHaCOW compact-list-view ipc-metadata-list--base" role="presentation">{items}</ul></div><div class="ipc-page-grid__item ipc-page-grid__item--span-1"><div class="ipc-page-section ipc-page-section--none"><div class="sc-6c0ba0f7-0 ad-slot" data-testid="inline20-ad"><div id="inline20_wrapper" class="ad-placeholder"><span class="sc-d5ea4b9d-1 kxyAeM">Sponsored</span><iframe title="Advertisement" id="inline20" width="300" height="250" src="about:blank"></iframe></div></div></div><section class="ipc-page-section ipc-page-section--base"><div class="ipc-title ipc-title--base ipc-title--section-title ipc-title--on-textPrimary"><h3 class="ipc-title__text">More to explore</h3></div><div class="ipc-sub-grid ipc-sub-grid--page-span-1 ipc-sub-grid--wraps-at-above-l">{more}</div></section><section class="ipc-page-section ipc-page-section--base"><div class="ipc-title ipc-title--base ipc-title--section-title"><h3 class="ipc-title__text">Charts</h3></div><ul class="ipc-inline-list sc-chart-links baseAlt"><li class="ipc-inline-list__item"><a class="ipc-link ipc-link--base" href="/chart/top-english-movies/?ref_=chttp_ql_7">Top Rated English Movies</a></li><li class="ipc-inline-list__item"><a class="ipc-link ipc-link--base" href="/chart/bottom/?ref_=chttp_ql_8">Lowest Rated Movies</a></li></ul></section></div></div></section><footer class="imdb-footer VUGIPjGgHtzvbHiU19iTQ"><div class="imdb-footer__links"><ul class="ipc-inline-list baseAlt"><li class="ipc-inline-list__item"><a class="ipc-link ipc-link--base" href="https://help.reelrank.example/">Help</a></li><li class="ipc-inline-list__item"><a class="ipc-link ipc-link--base" href="https://help.reelrank.example/article/site-index">Site Index</a></li><li class="ipc-inline-list__item"><a class="ipc-link ipc-link--base" href="https://pro.reelrank.example/">ReelrankPro</a></li><li class="ipc-inline-list__item"><a class="ipc-link ipc-link--base" href="/conditions">Conditions of Use</a></li><li class="ipc-inline-list__item"><a class="ipc-link ipc-link--base" href="/privacy">Privacy Policy</a></li></ul></div><p class="imdb-footer__copyright _2-iNNCFskmr4l2OFN2DRsf">© 1990-2026 by Reelrank.example, Inc.</p></footer></div></main></div><script id="__NEXT_DATA__" type="application/json">{json.dumps(next_data, ensure_ascii=False)}</script></body></html>"""


@fifth
def build_reelrank() -> None:
    s = Site(
        "reelrank",
        kind="ranked chart (IMDb-like: rank inside the title, hashed classes, JSON-LD ItemList)",
        start="chart/top/",
        description="An IMDb-like chart: li.ipc-metadata-list-summary-item with styled-components classes, 'N. Title' headings, three unlabelled metadata spans (year, '2h 22m', certificate missing on one), rating '9.3' and '(3M)' votes in a ratingGroup, Rate buttons; a JSON-LD ItemList and a __NEXT_DATA__ blob with part of the data, an ad slot and a 'More to explore' grid; one page.",
    )
    s.list_page("chart/top/index.html", _reel_page())
    for rank, (film, title, year, minutes, certificate, rating, votes) in enumerate(FILMS, 1):
        s.expect(
            {
                "rank": rank,
                "title": title,
                "url": f"/title/tt{film:07d}/",
                "year": year,
                "runtime": _runtime(minutes),
                "certificate": certificate,
                "rating": rating,
                "votes": _votes(votes),
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# staylist: a Booking-like hotel result list: div[data-testid=property-card] cards with hashed
# classes, a title link with a long query string, the address and "1.2 km from centre", a review
# block "Scored 8.6" / "8.6" / "Fabulous" / "2,345 reviews" ("New to Staylist" on new places), room
# names, "Only 2 rooms left", "Free cancellation", "2 nights, 2 adults", a struck price beside the
# current one ("€ 520" / "€ 412") with a screen-reader sentence, "+€ 26 taxes and charges"; an "Ad"
# card with the same markup, a map teaser, filters with counts, a pager of links over &offset=N.
# ---------------------------------------------------------------------------------------------------

# (slug, name, district, km from centre, score or None, reviews, price, original or None, rooms left or None)
STAYS: list[tuple[str, str, str, float, float | None, int, int, int | None, int | None]] = [
    ("malte-opera", "Hôtel Malte - Astotel", "2nd arr., Paris", 1.2, 8.6, 2345, 412, 520, None),
    ("les-jardins-du-marais", "Les Jardins du Marais", "11th arr., Paris", 2.1, 8.2, 6310, 356, None, 3),
    ("citizenm-paris-gare-de-lyon", "citizenM Paris Gare de Lyon", "12th arr., Paris", 2.9, 8.9, 4120, 389, None, None),
    ("generator-paris", "Generator Paris", "10th arr., Paris", 2.6, 7.8, 12004, 164, 198, 2),
    ("le-pavillon-de-la-reine", "Le Pavillon de la Reine & Spa", "3rd arr., Paris", 1.6, 9.3, 1187, 1290, None, None),
    ("hotel-des-grands-boulevards", "Hôtel des Grands Boulevards", "2nd arr., Paris", 1.3, 8.8, 2034, 498, None, 1),
    ("ibis-paris-bastille-opera", "ibis Paris Bastille Opera 11th", "11th arr., Paris", 2.4, 7.6, 3561, 212, 244, None),
    ("maison-souquet", "Maison Souquet", "9th arr., Paris", 2.8, 9.4, 402, 1105, None, None),
    ("hotel-adele-jules", "Hôtel Adèle & Jules", "9th arr., Paris", 1.9, 9.2, 1266, 534, 610, None),
    ("pullman-paris-tour-eiffel", "Pullman Paris Tour Eiffel", "15th arr., Paris", 4.3, 8.3, 5498, 640, None, None),
    ("hotel-providence", "Hôtel Providence", "10th arr., Paris", 2.2, 9.0, 811, 587, None, 2),
    (
        "okko-hotels-paris-gare-de-l-est",
        "OKKO Hotels Paris Gare de l'Est",
        "10th arr., Paris",
        2.5,
        8.7,
        3902,
        318,
        356,
        None,
    ),
    ("hotel-rochechouart", "Hotel Rochechouart - Orso Hotels", "9th arr., Paris", 3.0, 8.4, 2977, 301, None, None),
    ("the-hoxton-paris", "The Hoxton, Paris", "2nd arr., Paris", 1.4, 8.9, 3188, 476, None, None),
    ("hotel-beaurepaire", "Hôtel Beaurepaire", "10th arr., Paris", 2.0, None, 0, 246, None, 4),
    ("mama-shelter-paris-east", "Mama Shelter Paris East", "20th arr., Paris", 5.1, 8.1, 8864, 198, 236, None),
    ("hotel-henriette", "Hôtel Henriette", "13th arr., Paris", 3.6, 8.8, 1649, 262, None, None),
    ("le-marais-boutique", "Le Marais Boutique Apartments", "4th arr., Paris", 1.1, 9.1, 214, 455, None, 1),
    ("hotel-caron-de-beaumarchais", "Hôtel Caron de Beaumarchais", "4th arr., Paris", 1.0, 9.0, 1733, 432, 488, None),
    ("novotel-paris-les-halles", "Novotel Paris Les Halles", "1st arr., Paris", 0.6, 8.5, 4875, 566, None, None),
    ("hotel-du-temps", "Hôtel du Temps", "9th arr., Paris", 2.7, 9.1, 955, 398, None, None),
    (
        "st-christophers-inn-gare-du-nord",
        "St Christopher's Inn Gare du Nord",
        "10th arr., Paris",
        3.1,
        7.4,
        9231,
        142,
        None,
        5,
    ),
    ("hotel-madame-reve", "Madame Rêve", "1st arr., Paris", 0.4, 9.0, 677, 1460, None, None),
    ("hotel-emile", "Hôtel Emile", "4th arr., Paris", 1.5, None, 0, 287, 329, None),
]
STAY_QUERY = "aid=304142&amp;label=gen173nr-1FCAEoggI46AdIM1gEaE2IAQGYAQm4ARfIAQzYAQHoAQH4AQKIAgGoAgO4AqGb&amp;ucfs=1&amp;arphpl=1&amp;checkin=2026-05-14&amp;checkout=2026-05-16&amp;group_adults=2&amp;req_adults=2&amp;no_rooms=1&amp;group_children=0&amp;req_children=0"
WORDS = [(9.0, "Wonderful"), (8.6, "Excellent"), (8.0, "Very Good"), (7.0, "Good"), (0.0, "Review score")]
AD_STAY = ("hotel-lumen-paris-louvre", "Hôtel Lumen Paris Louvre", "1st arr., Paris", 0.7, 8.7, 1530, 702, None, None)


def _stay_url(slug_: str, position: int) -> str:
    return f"/hotel/fr/{slug_}.en-gb.html?{STAY_QUERY}&amp;hpos={position}&amp;hapos={position}&amp;sr_order=popularity&amp;from=searchresults"


def _score_word(score: float) -> str:
    return next(word for floor, word in WORDS if score >= floor)


def _stay_card(position: int, stay: tuple[Any, ...], ad: bool = False) -> str:
    slug_, name, district, km, score, reviews, price, original, left = stay
    url = _stay_url(slug_, position)
    review = (
        f'<div data-testid="review-score" class="a3b8729ab1 d86cee9b25"><div class="a3b8729ab1 e6208ee469 cb2cbb3ccb" aria-hidden="true">Scored {score} </div><div class="a3b8729ab1 d86cee9b25"><div class="ac4a7896c7">{score}</div></div><div class="a3b8729ab1 e6208ee469 cb2cbb3ccb"><div class="a3b8729ab1 e6208ee469 cb2cbb3ccb">{_score_word(score)}</div><div class="abf093bdfe f45d8e4c32 d935416c47">{_thousands(reviews)} reviews</div></div></div>'
        if score is not None
        else '<div class="abf093bdfe b058f54b9a"><span class="bc946a29db">New to Staylist</span></div>'
    )
    struck = (
        f'<span class="abf093bdfe c73ff05531 e84eb96b1f" aria-hidden="true">€ {original}</span><span class="bc946a29db">Original price € {original}. Current price € {price}.</span>'
        if original
        else ""
    )
    scarcity = (
        f'<div class="b7d3eb6716" data-testid="availability-cta-scarcity">Only {left} room{"s" if left > 1 else ""} left at this price on our site</div>'
        if left
        else ""
    )
    label = '<span class="c7e27b2ac4 bdc8d74a9e" data-testid="ad-label">Ad</span>' if ad else ""
    stars = "".join(
        '<span class="fcd9eec8fb d31eda6efc c25361c37f" aria-hidden="true"><svg viewBox="0 0 24 24" width="12px" height="12px"><path d="M23.555 8.729a1.505 1.505 0 0 0-1.406-.98h-6.087a.5.5 0 0 1-.472-.334l-2.185-6.193a1.5 1.5 0 0 0-2.81 0l-.005.016-2.18 6.177a.5.5 0 0 1-.471.334H1.85A1.5 1.5 0 0 0 .887 10.4l5.184 4.3a.5.5 0 0 1 .155.543l-2.178 6.531a1.5 1.5 0 0 0 2.31 1.684l5.346-3.92a.5.5 0 0 1 .591 0l5.344 3.919a1.5 1.5 0 0 0 2.312-1.683l-2.178-6.535a.5.5 0 0 1 .155-.543l5.194-4.306a1.5 1.5 0 0 0 .433-1.661z"></path></svg></span>'
        for _ in range(3 + position % 3)
    )
    return f"""
<div data-testid="property-card" class="c066246e13" role="listitem"><div class="c066246e13 d8aec464ca"><div class="a5922b8ca1"><div class="e952b01718"><a href="{url}" data-testid="property-card-desktop-single-image" class="bd77474a8e" tabindex="-1" aria-hidden="true" target="_blank"><img class="f9671d49b1" src="https://cf.staylist-static.example/xdata/images/hotel/square240/{400000 + position * 7919}.webp?k=4c6e8a&amp;o=" alt="{esc(name)}" width="200" height="200" loading="lazy"></a></div><div class="a8d8d27c96"><button type="button" aria-label="Save the property" class="a83ed08757 c21c56c305 f38b6daa18 d691166b09 ab98298258" data-testid="wishlist-button"><span class="fcd9eec8fb bf9a32efa5" aria-hidden="true"><svg viewBox="0 0 128 128" width="1em" height="1em"><path d="M64 112.8a5.6 5.6 0 0 1-3.8-1.5c-5.4-5-10.6-9.6-15.2-13.6C25 80.1 12 68.8 12 49.3 12 31.4 25.1 16 42.6 16A31.3 31.3 0 0 1 64 25a31.3 31.3 0 0 1 21.4-9C102.9 16 116 31.4 116 49.3c0 19.5-13 30.8-33 48.4-4.6 4-9.8 8.6-15.2 13.6a5.6 5.6 0 0 1-3.8 1.5z"></path></svg></span></button></div></div><div class="c1edfbabcb"><div class="c624d7469d a0e60936ad a3214e5942 b0db0e8ada"><div class="c624d7469d f034cf5568 c69ad9b0c2 b9a1c3cac1 a6fa1b8d61"><div class="c624d7469d a0e60936ad a3214e5942"><div class="b87c397a13 cd2da4a54b"><div class="c624d7469d f034cf5568 dab7c5c6fa a937b09340 a3214e5942 a6c4ac8f4a"><div class="c624d7469d a0e60936ad a3214e5942"><h3 class="aab71f8e4e">{label}<a data-testid="title-link" href="{url}" class="a78ca197d0" target="_blank"><div data-testid="title" class="f6431b446c a15b38c233">{esc(name)}</div></a></h3><div class="cf5e23e3d7"><div class="b3f3c831be" data-testid="rating-stars" aria-label="{3 + position % 3} out of 5">{stars}</div></div></div><div class="abf093bdfe ecc6a9ed89"><span class="aee5343fdb"><a href="{url}&amp;map=1" class="a83ed08757 f88a5204c2 ebe7f5d51f" target="_blank"><span class="aee5343fdb"><span class="aee5343fdb def9bc142a" data-testid="address">{esc(district)}</span></span></a><span aria-hidden="true" class="bc946a29db"> · </span><span class="f419a93f12"><span data-testid="distance">{km} km from centre</span></span></span></div></div></div></div><div class="c624d7469d f034cf5568 dab7c5c6fa a937b09340"><a href="{url}#tab-reviews" class="a83ed08757 f88a5204c2 d3d19338e2" target="_blank">{review}</a></div></div><div class="c624d7469d a0e60936ad a3214e5942 b0db0e8ada"><div class="c624d7469d d6f6eca3cb"><div data-testid="recommended-units" class="f5f1feed47"><div class="d3e8e3d21a" data-testid="recommended-units-room"><h4 class="abf093bdfe e8f7c070a7" role="link" tabindex="0">{"Superior Double Room" if position % 2 else "Classic Double or Twin Room"}</h4><div class="abf093bdfe"><span>1 double bed</span></div><ul class="ba51609c35"><li class="a6a38de85e"><div class="abf093bdfe d068504c75"><div class="c624d7469d a0e60936ad a3214e5942"><span class="fcd9eec8fb bf9a32efa5" aria-hidden="true"></span><div class="abf093bdfe d068504c75"><strong>Free cancellation</strong></div></div></div></li></ul>{scarcity}</div></div><div class="c624d7469d b2d4c6e7b2 a3214e5942"><div data-testid="availability-rate-information" class="a6a7b09284"><div class="abf093bdfe f45d8e4c32" data-testid="price-for-x-nights">2 nights, 2 adults</div><div class="c624d7469d a0e60936ad dab7c5c6fa e62ff06ad0">{struck}<span class="f6431b446c fbfd7c1165 e84eb96b1f" data-testid="price-and-discounted-price" aria-hidden="true">€ {price}</span><span class="bc946a29db">Price € {price}</span></div><div class="abf093bdfe f45d8e4c32" data-testid="taxes-and-charges">+€ {round(price * 0.065)} taxes and charges</div></div><div class="da8b337763"><a href="{url}" class="a83ed08757 c21c56c305 bf0537ecb5 ab98298258 d2529514af af7297d90d c082d89982" target="_blank"><span class="e4adce92df">See availability</span></a></div></div></div></div></div></div></div></div>"""


def _stays_page(number: int, pages: int, first: int, stays: list[Any], total: int) -> str:
    base = "/searchresults.en-gb.html?ss=Paris&amp;checkin=2026-05-14&amp;checkout=2026-05-16&amp;group_adults=2&amp;no_rooms=1"

    def page_link(n: int) -> str:
        return base if n == 1 else f"{base}&amp;offset={(n - 1) * 10}"

    cards = [_stay_card(first + i + 1, stay) for i, stay in enumerate(stays)]
    if number == 1:
        cards.insert(3, _stay_card(0, AD_STAY, ad=True))
    pager = "".join(
        f'<li class="b16a89683f{" cedc7f1b0e" if n == number else ""}"><a href="{page_link(n)}" aria-label=" {n}" class="a83ed08757 a2028338ea"{CURRENT if n == number else ""}>{n}</a></li>'
        for n in range(1, pages + 1)
    )
    previous = (
        f'<a href="{page_link(number - 1)}" aria-label="Previous page" class="a83ed08757 c21c56c305 f38b6daa18">‹</a>'
        if number > 1
        else '<button aria-label="Previous page" disabled="" class="a83ed08757 c21c56c305 f38b6daa18">‹</button>'
    )
    following = (
        f'<a href="{page_link(number + 1)}" aria-label="Next page" class="a83ed08757 c21c56c305 f38b6daa18">›</a>'
        if number < pages
        else '<button aria-label="Next page" disabled="" class="a83ed08757 c21c56c305 f38b6daa18">›</button>'
    )
    filters = "".join(
        f'<div data-filters-item="{key}" class="e1f4d0f8a0"><label class="a2a8cf9a40"><input type="checkbox" name="{key}" class="ef785aa7f4"><span class="c2c3d6ee5d">{label}</span><span class="b57676d8bc" data-testid="filters-group-count">{count}</span></label></div>'
        for key, label, count in (
            ("fc=2", "Free cancellation", 1412),
            ("mealplan=1", "Breakfast included", 866),
            ("review_score=90", "Wonderful: 9+", 402),
            ("review_score=80", "Very Good: 8+", 1270),
            ("class=4", "4 stars", 689),
            ("distance=1000", "Less than 1 km", 341),
        )
    )
    return f"""<!DOCTYPE html>
<html lang="en-gb" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Staylist.example | Hotels in Paris. Book your hotel now!</title>
<link rel="canonical" href="https://www.staylist.example/city/fr/paris.en-gb.html">
<link rel="stylesheet" href="https://cf.staylist-static.example/static/css/main_cloudfront/2d6a0b.css">
<script>window.b_search_config = {{"ss":"Paris","dest_type":"city","nr_results":{total}}};</script>
</head>
<body>
<div id="b2searchresultsPage">
<header class="bui-header bui-header--logo-large"><nav class="bui-header__bar"><a href="/index.en-gb.html" class="bui-header__logo" aria-label="Staylist.example"><img src="https://cf.staylist-static.example/static/img/logo.svg" alt="Staylist.example"></a><ul class="bui-header__main-nav"><li><a href="/index.en-gb.html" aria-current="page" class="bui-tab__link">Stays</a></li><li><a href="/flights/index.en-gb.html" class="bui-tab__link">Flights</a></li><li><a href="/cars/index.en-gb.html" class="bui-tab__link">Car rental</a></li><li><a href="/attractions/index.en-gb.html" class="bui-tab__link">Attractions</a></li><li><a href="/taxi/index.en-gb.html" class="bui-tab__link">Airport taxis</a></li></ul><a href="/sign-in" class="bui-button bui-button--secondary">Sign in</a></nav></header>
<div class="bui-container">
<nav class="bui-breadcrumb" aria-label="Breadcrumb"><ol class="bui-breadcrumb__list"><li class="bui-breadcrumb__item"><a href="/index.en-gb.html" class="bui-breadcrumb__link">Home</a></li><li class="bui-breadcrumb__item"><a href="/country/fr.en-gb.html" class="bui-breadcrumb__link">France</a></li><li class="bui-breadcrumb__item"><a href="/region/fr/ile-de-france.en-gb.html" class="bui-breadcrumb__link">Ile de France</a></li><li class="bui-breadcrumb__item"><a href="/city/fr/paris.en-gb.html" class="bui-breadcrumb__link">Paris</a></li><li class="bui-breadcrumb__item" aria-current="page">Search results</li></ol></nav>
<div class="af5895d4b2">
<div class="b2b5147b20" data-testid="filters-sidebar"><div class="d8a0b20b8e" data-testid="map-trigger"><a href="/searchresults.en-gb.html?ss=Paris&amp;map=1" class="a83ed08757 c21c56c305">Show on map</a></div><h2 class="c2c3d6ee5d">Filter by:</h2><div data-filters-group="popular"><h3 class="a3332d346a">Popular filters</h3>{filters}</div></div>
<div class="d4924c9e74" role="list">
<h1 aria-live="assertive" class="f6431b446c d5f78961c3">Paris: {_thousands(total)} properties found</h1>
<div class="e1f827110f" data-testid="sorters-dropdown-trigger"><button type="button" class="a83ed08757 faefc93c6b">Sort by: Our top picks</button></div>
<div class="b9d3f6e1a7" data-testid="genius-banner">Genius discounts may be available. <a href="/genius.en-gb.html">Sign in to see them</a></div>
{"".join(cards)}
<div class="b3f3c831be" data-testid="pagination"><nav aria-label="pagination" class="f32a99c8d1"><div class="c8b8b5d0d8">{previous}</div><div class="b16a89683f"><ol class="ef2dbaeb17">{pager}</ol></div><div class="c8b8b5d0d8">{following}</div></nav></div>
</div>
</div>
</div>
<footer class="bui-footer"><ul class="bui-footer__links"><li><a href="/content/about.en-gb.html">About Staylist.example</a></li><li><a href="/content/terms.en-gb.html">Terms &amp; Conditions</a></li><li><a href="/content/privacy.en-gb.html">Privacy &amp; cookies</a></li><li><a href="https://partner.staylist.example/">List your property</a></li></ul><p class="bui-footer__copyright">Copyright © 1996–2026 Staylist.example™. All rights reserved.</p></footer>
</div>
</body>
</html>"""


@fifth
def build_staylist() -> None:
    s = Site(
        "staylist",
        kind="hotel search results (Booking-like: data-testid hooks, review scores, an Ad card)",
        start="searchresults.en-gb.html",
        description="A Booking-like result list: div[data-testid=property-card] with hashed classes, title links with long query strings, address and '1.2 km from centre', 'Scored 8.6' / '8.6' / 'Excellent' / '2,345 reviews' or 'New to Staylist', struck prices with screen-reader sentences, '2 nights, 2 adults', '+€ 27 taxes and charges', 'Only 2 rooms left'; an Ad card with the same markup, filters with counts, a numbered pager of &offset=N links.",
    )
    pages = chunks(STAYS, [10, 10, 4])
    first = 0
    query = "ss=Paris&checkin=2026-05-14&checkout=2026-05-16&group_adults=2&no_rooms=1"
    for number, stays in enumerate(pages, 1):
        text = _stays_page(number, len(pages), first, stays, len(STAYS))
        if number == 1:
            s.list_page("searchresults.en-gb.html", text)
            s.write(f"searchresults.en-gb.html@{query}", text)
        else:
            s.list_page(f"searchresults.en-gb.html@{query}&offset={(number - 1) * 10}", text)
        first += len(stays)
    for slug_, name, district, km, score, reviews, price, original, _left in STAYS:
        s.expect(
            {
                "title": name,
                "url": f"/hotel/fr/{slug_}.en-gb.html",
                "location": district,
                "distance": f"{km} km from centre",
                "rating": score,
                "rating_text": _score_word(score) if score is not None else None,
                "review_count": reviews if score is not None else None,
                "price": price,
                "currency": "EUR",
                "original_price": original,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# trustmark: a Trustpilot-like company review page: article cards with CSS-module classes
# (styles_reviewCard__hcAvl), the reviewer (name, "3 reviews", country code) in an aside, the stars
# only as an image's alt "Rated 4 out of 5 stars", <time datetime> shown as "Mar 2, 2026", the title
# as a link to the review, the text, "Date of experience: February 27, 2026", "Useful" and "Share"
# buttons, and on some reviews a company reply with its own <time> and text; a business header with
# a TrustScore and a five-row rating distribution, a "People also looked at" carousel, numbered
# pagination links (?page=N) with "Next page".
# ---------------------------------------------------------------------------------------------------

# (review id, reviewer, reviews by them, country, stars, posted, experienced, title, text, reply or None)
REVIEWS: list[tuple[str, str, int, str, int, date, date, str, str, str | None]] = [
    (
        "65e3a1f0c7d2a91b4f0e8d11",
        "Hannah Whitfield",
        3,
        "GB",
        5,
        date(2026, 3, 2),
        date(2026, 2, 27),
        "Fast delivery, great packaging",
        "Ordered on Thursday evening and the parcel was on my doorstep by Saturday morning. Tracking updates were clear the whole way.",
        None,
    ),
    (
        "65e39b22a8f1c44d7e1a0c52",
        "Tomasz K.",
        1,
        "PL",
        1,
        date(2026, 3, 1),
        date(2026, 2, 20),
        "Parcel lost, no answer for a week",
        "My parcel was marked as delivered but never arrived. I have written to support three times and only received automated replies.",
        "Hi Tomasz, we are sorry to hear this. We have opened a claim with the courier and will contact you by email within 48 hours.",
    ),
    (
        "65e2f018b3c9d87a1e4f6b23",
        "Priya Raman",
        12,
        "GB",
        4,
        date(2026, 2, 28),
        date(2026, 2, 26),
        "Good value, slightly slow",
        "Cheaper than the alternatives I looked at. Collection was a day later than promised but the driver was friendly.",
        None,
    ),
    (
        "65e2c7d4e9a1b03f5c8d2e74",
        "Michael O'Brien",
        7,
        "IE",
        5,
        date(2026, 2, 28),
        date(2026, 2, 25),
        "Sent a bike to Dublin without any fuss",
        "Booking a large item was easy and the price included insurance. The box arrived in perfect condition.",
        None,
    ),
    (
        "65e1a3b7c2d8e45f9a0b1c85",
        "Sandra Müller",
        2,
        "DE",
        2,
        date(2026, 2, 27),
        date(2026, 2, 19),
        "Label printing kept failing",
        "The website would not generate my label on two different browsers. It worked in the app in the end, but it cost me an hour.",
        "Hello Sandra, thank you for the feedback. A fix for label printing in Firefox was released on 26 February.",
    ),
    (
        "65e18e42d7f3a69b2c5e0d96",
        "James Carter",
        1,
        "US",
        5,
        date(2026, 2, 26),
        date(2026, 2, 24),
        "Cheapest way to ship to the UK",
        "Compared five services for a 4 kg box to London. Parcelwise was the cheapest and it arrived in four days.",
        None,
    ),
    (
        "65e0f5a9e1b4c78d3f6a2ea7",
        "Aoife Byrne",
        4,
        "IE",
        4,
        date(2026, 2, 25),
        date(2026, 2, 22),
        "Easy drop-off at the local shop",
        "The drop-off point is five minutes from my house and the staff scanned the QR code without printing anything.",
        None,
    ),
    (
        "65e0c6b1f2c5d89e4a7b3fb8",
        "Rob Hughes",
        21,
        "GB",
        3,
        date(2026, 2, 24),
        date(2026, 2, 18),
        "Fine, but customer service is slow",
        "The delivery itself was fine. I had a question about customs forms and waited four days for an answer.",
        None,
    ),
    (
        "65dfb7c3a3d6e90f5b8c4ac9",
        "Laura Bianchi",
        1,
        "IT",
        5,
        date(2026, 2, 23),
        date(2026, 2, 21),
        "Perfect for my small shop",
        "I send about thirty parcels a week from my Etsy shop. Bulk upload from CSV saves me a lot of time.",
        None,
    ),
    (
        "65df8d14b4e7f01a6c9d5bda",
        "Dan Thompson",
        5,
        "GB",
        1,
        date(2026, 2, 22),
        date(2026, 2, 10),
        "Damaged item, claim rejected",
        "The vase arrived in pieces despite the fragile sticker. The claim was refused because the packaging was 'insufficient'.",
        "Hi Dan, we're sorry your item was damaged. Our claims team will review the decision again if you reply with photos of the inner packaging.",
    ),
    (
        "65de9e25c5f8a12b7d0e6ceb",
        "Fatima Zahra",
        2,
        "FR",
        4,
        date(2026, 2, 21),
        date(2026, 2, 19),
        "Quick and reasonably priced",
        "Envoi de Paris à Manchester en trois jours, prix correct. The website in English was easy to follow.",
        None,
    ),
    (
        "65de6f36d6a9b23c8e1f7dfc",
        "Chris Newman",
        9,
        "GB",
        5,
        date(2026, 2, 20),
        date(2026, 2, 19),
        "Next-day delivery actually next day",
        "Booked at 4pm, collected at 6pm, delivered before noon the next day. Can't ask for more.",
        None,
    ),
    (
        "65dd5047e7b0c34d9f2a8e0d",
        "Elena Petrova",
        1,
        "BG",
        4,
        date(2026, 2, 19),
        date(2026, 2, 14),
        "Good service to Sofia",
        "The parcel took six days to reach Sofia, which is what was quoted. Customs paperwork was filled in automatically.",
        None,
    ),
    (
        "65dd2158f8c1d45e0a3b9f1e",
        "Gareth Jones",
        3,
        "GB",
        5,
        date(2026, 2, 18),
        date(2026, 2, 16),
        "Brilliant for returns",
        "I use it for all my online returns now. Printing at the post office counter is a nice touch.",
        None,
    ),
    (
        "65dc1269a9d2e56f1b4cae2f",
        "Sophie Martin",
        6,
        "CA",
        3,
        date(2026, 2, 17),
        date(2026, 2, 3),
        "Slow to Canada",
        "Shipping to Toronto took almost three weeks. It did arrive and tracking was accurate, just slow.",
        None,
    ),
    (
        "65dbe37ab0e3f67a2c5dbf30",
        "Ben Adeyemi",
        2,
        "GB",
        4,
        date(2026, 2, 16),
        date(2026, 2, 13),
        "Does what it says",
        "No complaints. Booking, collection and delivery all went to plan.",
        None,
    ),
    (
        "65dab48bc1f4a78b3d6ec041",
        "Kate Sullivan",
        1,
        "AU",
        2,
        date(2026, 2, 15),
        date(2026, 2, 2),
        "Hidden surcharge at checkout",
        "The price went up by £11 at the last step for a 'remote area' fee that was not shown on the quote page.",
        "Hi Kate, remote-area surcharges are listed on our pricing page, but we agree the quote should show them earlier. We're working on it.",
    ),
    (
        "65da859cd2a5b89c4e7fd152",
        "Ollie Grant",
        14,
        "GB",
        5,
        date(2026, 2, 14),
        date(2026, 2, 12),
        "Used it for years, never let me down",
        "I have sent well over a hundred parcels with them and only ever had one delay. Recommended.",
        None,
    ),
    (
        "65d956ade3b6c90d5f80e263",
        "Maria Santos",
        1,
        "PT",
        4,
        date(2026, 2, 13),
        date(2026, 2, 9),
        "Good communication",
        "Emails and texts at every step. The driver called ahead when he was running late.",
        None,
    ),
    (
        "65d927bef4c7d01e6091f374",
        "Lewis Patel",
        4,
        "GB",
        1,
        date(2026, 2, 12),
        date(2026, 2, 5),
        "Collection never happened",
        "Waited in all day for a collection that never came. Had to rebook and lose another day.",
        None,
    ),
    (
        "65d8f8c005d8e12f71a20485",
        "Nina Johansson",
        2,
        "SE",
        5,
        date(2026, 2, 11),
        date(2026, 2, 8),
        "Smooth from Stockholm",
        "Sent Christmas presents late but they arrived in time. Very happy.",
        None,
    ),
    (
        "65d7c9d116e9f23082b31596",
        "Harry Evans",
        8,
        "GB",
        4,
        date(2026, 2, 10),
        date(2026, 2, 6),
        "Solid, if unspectacular",
        "Reliable and cheap. The app could be better but the service itself is good.",
        None,
    ),
]
REVIEW_BASE = "/review/www.parcelwise.co.uk/"
MONTHS_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _initials(name: str) -> str:
    return "".join(part[0] for part in name.replace("'", "").split()[:2]).upper()


def _review_card(item: tuple[Any, ...]) -> str:
    rid, who, count, country, stars, posted, lived, title, text, reply = item
    reply_html = (
        f"""<div class="styles_wrapper__WD_1K styles_companyReply__4uHcY"><div class="styles_replyInfo__FKbSg"><div class="avatar_avatar__OMHbv avatar_small__0BVxh"><img src="https://consumersiteimages.trustmark.example/business-units/parcelwise-logo.jpg" alt="" width="32" height="32"></div><div class="styles_replyCompany__ro_yX"><p class="typography_body-m__xgxZ_ typography_appearance-default__AAY17 typography_weight-heavy__E1LTj">Reply from Parcelwise</p><time datetime="{posted.isoformat()}T16:02:11.000Z" class="typography_body-m__xgxZ_ typography_appearance-subtle__8_H2l styles_replyDate__Iem0_">{MONTHS_SHORT[posted.month - 1]} {posted.day}, {posted.year}</time></div></div><p class="typography_body-m__xgxZ_ typography_appearance-default__AAY17 styles_message__shHhX" data-service-review-business-reply-text-typography="true">{esc(reply)}</p></div>"""
        if reply
        else ""
    )
    return f"""
<div class="styles_cardWrapper__LcCPA styles_show__HUXRb styles_reviewCard__9HxJJ"><article class="paper_paper__1PY90 paper_outline__lwsUX card_card__lQWDv card_noPadding__D8PcU styles_reviewCard__hcAvl" data-service-review-card-paper="true"><div class="styles_reviewCardInner__EwDq2"><aside class="styles_consumerInfoWrapper__KP3Ra" aria-label="Info for {esc(who)}"><div class="styles_consumerDetailsWrapper__p2wdr"><div class="avatar_avatar__OMHbv avatar_medium__d7S4g" style="background-color:rgba(245, 195, 65, 1)" data-consumer-avatar="true"><span class="typography_heading-xxs__QKBS8 typography_appearance-default__AAY17 avatar_avatarName__xFtzT">{_initials(who)}</span></div><a href="/users/{rid[::-1][:24]}" name="consumer-profile" class="link_internal__7XN06 link_wrapper__5ZJEx styles_consumerDetails__ZFieb" data-consumer-profile-link="true"><span class="typography_heading-xxs__QKBS8 typography_appearance-default__AAY17" data-consumer-name-typography="true">{esc(who)}</span><div class="styles_consumerExtraDetails__fxS4S" data-consumer-reviews-count="{count}"><span class="typography_body-m__xgxZ_ typography_appearance-subtle__8_H2l" data-consumer-reviews-count-typography="true">{count} review{"s" if count > 1 else ""}</span><div class="typography_body-m__xgxZ_ typography_appearance-subtle__8_H2l styles_detailsIcon__Fo_ua" data-consumer-country-typography="true"><svg xmlns="http://www.w3.org/2000/svg" fill="currentColor" viewBox="0 0 16 16" width="14px" height="14px" class="icon_icon__ECGRl" role="img" aria-label="Location"><path fill-rule="evenodd" clip-rule="evenodd" d="M3.404 1.904A6.5 6.5 0 0 1 14.5 6.5v.01c0 .194 0 .396-.029.627l-.004.03-.023.095c-.267 2.493-1.844 4.601-3.293 6.056a18.723 18.723 0 0 1-2.634 2.19 11.015 11.015 0 0 1-.234.154l-.013.01-.004.002h-.002L8 15.25l-.261.426h-.002l-.004-.003-.014-.009a13.842 13.842 0 0 1-.233-.152 18.72 18.72 0 0 1-2.635-2.19C3.4 11.866 1.821 9.758 1.552 7.264L1.53 7.17l-.004-.03a4.865 4.865 0 0 1-.029-.627V6.5a6.5 6.5 0 0 1 1.904-4.596Z"></path></svg><span class="typography_body-m__xgxZ_ typography_appearance-subtle__8_H2l">{country}</span></div></div></a></div></aside><section class="styles_reviewContentwrapper__zH_9M"><div class="styles_reviewHeader__iU9Px" data-service-review-rating="{stars}"><div class="star-rating_starRating__4rrcf star-rating_medium__iN6Ty"><img src="https://cdn.trustmark.example/brand-assets/4.1.0/stars/stars-{stars}.svg" alt="Rated {stars} out of 5 stars"></div><div class="typography_body-m__xgxZ_ typography_appearance-subtle__8_H2l styles_datesWrapper__RCEKH"><time datetime="{posted.isoformat()}T{9 + stars}:{(len(title) * 7) % 60:02d}:05.000Z" class="" data-service-review-date-time-ago="true">{MONTHS_SHORT[posted.month - 1]} {posted.day}, {posted.year}</time></div></div><div class="styles_reviewContent__0Q2Tg" aria-hidden="false" data-review-content="true"><a href="/reviews/{rid}" class="link_internal__7XN06 typography_appearance-default__AAY17 typography_color-inherit__TlgPO link_link__IZzHN link_notUnderlined__szqki" rel="nofollow" target="_self" data-review-title-typography="true"><h2 class="typography_heading-s__f7029 typography_appearance-default__AAY17" data-service-review-title-typography="true">{esc(title)}</h2></a><p class="typography_body-l__KUYFJ typography_appearance-default__AAY17 typography_color-black__5LYEn" data-service-review-text-typography="true">{esc(text)}</p><p class="typography_body-m__xgxZ_ typography_appearance-default__AAY17" data-service-review-date-of-experience-typography="true"><b class="typography_body-m__xgxZ_ typography_appearance-default__AAY17 typography_weight-heavy__E1LTj" weight="heavy">Date of experience<!-- -->:</b> <!-- -->{lived:%B} {lived.day}, {lived.year}</p></div></section><div class="styles_reviewFooter__H8R0t"><div class="styles_actions__F6Pym"><button class="button_button__T34Lr button_m__lq0nA button_appearance-ghost__bc7G8 button_squared__21GoE styles_usefulButton__Ef2Gv" type="button" data-review-useful-button="true"><span class="typography_body-m__xgxZ_">Useful</span></button><button class="button_button__T34Lr button_m__lq0nA button_appearance-ghost__bc7G8 button_squared__21GoE" type="button" data-review-share-button="true"><span class="typography_body-m__xgxZ_">Share</span></button></div></div>{reply_html}</div></article></div>"""


def _trust_page(number: int, pages: int, items: list[Any]) -> str:
    def link(n: int) -> str:
        return REVIEW_BASE if n == 1 else f"{REVIEW_BASE}?page={n}"

    buttons = "".join(
        f'<a aria-label="{n}" href="{link(n)}" name="pagination-button-{n}" class="link_internal__7XN06 button_button__T34Lr button_m__lq0nA button_appearance-outline__vYcdF button_squared__21GoE link_button___108l pagination-link_item__mkuN3{" pagination-link_current__Hb2Vh" if n == number else ""}"{CURRENT if n == number else ""} rel="{"next" if n == number + 1 else "prev" if n == number - 1 else "nofollow"}"><span class="typography_heading-xxs__QKBS8 typography_appearance-inherit__D7XqR">{n}</span></a>'
        for n in range(1, pages + 1)
    )
    previous = (
        f'<a aria-label="Previous page" href="{link(number - 1)}" name="pagination-button-previous" rel="prev" class="link_internal__7XN06 button_button__T34Lr pagination-link_previous__WMHkf"><span class="typography_heading-xxs__QKBS8">Previous page</span></a>'
        if number > 1
        else '<span aria-disabled="true" name="pagination-button-previous" class="button_button__T34Lr button_disabled__1nCaV pagination-link_previous__WMHkf"><span class="typography_heading-xxs__QKBS8">Previous page</span></span>'
    )
    following = (
        f'<a aria-label="Next page" href="{link(number + 1)}" name="pagination-button-next" rel="next" class="link_internal__7XN06 button_button__T34Lr button_m__lq0nA button_appearance-outline__vYcdF pagination-link_next__SDNU4"><span class="typography_heading-xxs__QKBS8">Next page</span></a>'
        if number < pages
        else '<span aria-disabled="true" name="pagination-button-next" class="button_button__T34Lr button_disabled__1nCaV pagination-link_next__SDNU4"><span class="typography_heading-xxs__QKBS8">Next page</span></span>'
    )
    distribution = "".join(
        f'<label class="styles_row__SjEQn" data-star-rating="{word}"><input type="checkbox" class="checkbox_input__Tp37B" name="stars" value="{stars}"><p class="typography_body-m__xgxZ_ styles_cell__q0kbD styles_labelCell__Eq0Sv" data-rating-label-typography="true">{stars}-star</p><div class="styles_cell__q0kbD styles_barCell__NYmfQ"><div class="styles_bar__xYdc_"><div class="styles_barValue__HjdAl" style="width:{share}%"></div></div></div><p class="typography_body-m__xgxZ_ styles_cell__q0kbD styles_percentageCell__cHAnb" data-rating-distribution-row-percentage-typography="true">{share}%</p></label>'
        for stars, word, share in ((5, "five", 68), (4, "four", 14), (3, "three", 4), (2, "two", 3), (1, "one", 11))
    )
    similar = "".join(
        f'<a href="/review/{host}" class="link_internal__7XN06 styles_linkWrapper__K8PwD" data-similar-business-card="true"><div class="styles_card__J7MQ8"><p class="typography_heading-xs__jSwUz styles_displayName__x1fmi">{name}</p><p class="typography_body-s__aY15Q">{host}</p><div class="styles_rating__VRWh3"><img src="https://cdn.trustmark.example/brand-assets/4.1.0/stars/stars-{stars}.svg" alt="TrustScore {score} out of 5"><span class="typography_body-s__aY15Q">{score}</span><span class="typography_body-s__aY15Q">({reviews} reviews)</span></div></div></a>'
        for name, host, stars, score, reviews in (
            ("ShipHero UK", "shiphero.example", "4.5", "4.6", "18,204"),
            ("ParcelPlanet", "parcelplanet.example", "4", "4.1", "9,877"),
            ("SendNow", "sendnow.example", "3.5", "3.6", "2,115"),
            ("Courierly", "courierly.example", "4.5", "4.4", "31,560"),
        )
    )
    cards = "".join(_review_card(r) for r in items)
    return f"""<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>Parcelwise Reviews | Read Customer Service Reviews of www.parcelwise.co.uk{f" | {number} of {pages}" if number > 1 else ""}</title><meta name="description" content="Do you agree with Parcelwise's TrustScore? Voice your opinion today and hear what 12,483 customers have already said."/><link rel="canonical" href="https://uk.trustmark.example{link(number)}"/>{f'<link rel="next" href="https://uk.trustmark.example{link(number + 1)}"/>' if number < pages else ""}<link rel="stylesheet" href="https://cdn.trustmark.example/consumersite/_next/static/css/5a0bd8f0e1a3c4d2.css"/></head><body><div id="__next"><div class="styles_wrapper__2JOo2"><header class="styles_header__Ad2jn"><nav class="styles_nav__rLmF2"><a href="/" class="link_internal__7XN06 styles_logo__d52Bs" aria-label="Trustmark homepage"><img src="https://cdn.trustmark.example/brand-assets/4.1.0/logo-white.svg" alt="Trustmark" width="112" height="28"/></a><form action="/search" class="styles_searchForm__fBQm5"><input type="search" name="query" placeholder="Search for a company or category" class="styles_input__EM6Hy"/></form><ul class="styles_menu__6iNjo"><li><a href="/review" class="link_internal__7XN06">Write a review</a></li><li><a href="/categories" class="link_internal__7XN06">Categories</a></li><li><a href="/blog" class="link_internal__7XN06">Blog</a></li><li><a href="/users/connect" class="link_internal__7XN06">Log in</a></li><li><a href="https://business.trustmark.example" class="link_external__xxZeN">For businesses</a></li></ul></nav></header><main class="styles_main__yKtHr"><section class="styles_businessInformation__4tbaB"><div class="styles_businessUnitHeader__Qn6bs"><nav aria-label="breadcrumb" class="styles_breadcrumb__SKx2_"><ol><li><a href="/categories/shopping_fashion">Shopping &amp; Fashion</a></li><li><a href="/categories/courier_service">Courier Service</a></li><li aria-current="page">Parcelwise</li></ol></nav><div class="styles_summary__gEFdQ"><img src="https://consumersiteimages.trustmark.example/business-units/parcelwise-logo.jpg" alt="Parcelwise logo" width="140" height="140" class="business-profile-image_image__V14jr"/><h1 class="typography_default__hIMlQ typography_appearance-default__AAY17 title_title__i9V__"><span class="typography_display-s__qOjh6 title_displayName__TtDDM">Parcelwise<!-- --> </span><span class="styles_reviewsAndRating__Syz6V"><span class="typography_body-l__KUYFJ styles_text__W4hWi">Reviews<!-- --> <!-- -->12,483</span><span class="typography_body-l__KUYFJ styles_separator__B1t5J"> • </span><span class="typography_body-l__KUYFJ styles_text__W4hWi">Excellent</span></span></h1><div class="styles_rating__uyC6m"><img src="https://cdn.trustmark.example/brand-assets/4.1.0/stars/stars-4.5.svg" alt="TrustScore 4.3 out of 5"/><p class="typography_body-l__KUYFJ typography_appearance-default__AAY17" data-rating-typography="true">4.3</p></div><a href="https://www.parcelwise.co.uk?utm_medium=company_profile&amp;utm_source=trustmark&amp;utm_campaign=domain_click" class="link_external__xxZeN styles_websiteUrl__dHr_V" target="_blank" rel="noopener">www.parcelwise.co.uk</a></div></div></section><div class="styles_mainContent__nFxAv"><section class="styles_reviewsContainer__3_GQw"><div class="styles_reviewListHeader__MXpY9"><h2 class="typography_heading-m__T_L_X">Reviews</h2><div class="styles_container__z2XKR" data-reviews-overview-section="true"><div class="styles_header__yrrqf"><p class="typography_heading-m__T_L_X">4.3</p><p class="typography_body-m__xgxZ_">12,483 total</p></div><div class="styles_ratingDistribution__mhCHP">{distribution}</div></div><div class="styles_filtersAndSorting__XjcPq"><button class="button_button__T34Lr" type="button" name="filter-button">Filter</button><button class="button_button__T34Lr" type="button" name="sort-button">Most recent</button></div></div>{cards}<nav rel="nav" aria-label="Pagination" class="pagination_pagination___F1qS" data-pagination-container="true">{previous}{buttons}{following}</nav></section><aside class="styles_sideColumn__Sd_8E"><section class="styles_card__hHVTT"><h2 class="typography_heading-xs__jSwUz">Company details</h2><p class="typography_body-m__xgxZ_">Parcelwise compares couriers and books collections and drop-offs for parcels within the UK and worldwide.</p><ul class="styles_contactInfoElements__YqWmc"><li><a href="mailto:help@parcelwise.co.uk" class="link_external__xxZeN">help@parcelwise.co.uk</a></li><li>Bristol, United Kingdom</li></ul></section><section class="styles_card__hHVTT"><h2 class="typography_heading-xs__jSwUz">People also looked at</h2><div class="styles_carousel__nW1UZ">{similar}</div></section></aside></div></main><footer class="styles_footer__ilg3M"><div class="styles_footerLinks__Au8pC"><ul><li><a href="/about">About us</a></li><li><a href="/jobs">Jobs</a></li><li><a href="/contact">Contact</a></li><li><a href="/legal/terms-of-use">Terms &amp; Conditions</a></li><li><a href="/legal/privacy-policy">Privacy Policy</a></li></ul></div><p class="typography_body-xs__FxlLP">© 2026 Trustmark A/S. All rights reserved.</p></footer></div></div></body></html>"""


@fifth
def build_trustmark() -> None:
    s = Site(
        "trustmark",
        kind="company reviews (Trustpilot-like: stars in an image alt, company replies)",
        start=REVIEW_BASE.lstrip("/"),
        description="A Trustpilot-like review page: article cards with CSS-module classes, reviewer name, '3 reviews' and country code in an aside, stars only as an image alt 'Rated 4 out of 5 stars', <time> 'Mar 2, 2026', a title linking to the review, the text, 'Date of experience: February 27, 2026', company replies with their own time and text on some; a TrustScore header with a five-row rating distribution, a 'People also looked at' carousel, numbered ?page=N links.",
    )
    pages = chunks(REVIEWS, [8, 8, 6])
    base = REVIEW_BASE.strip("/")
    for number, items in enumerate(pages, 1):
        text = _trust_page(number, len(pages), items)
        s.list_page(f"{base}/index.html" if number == 1 else f"{base}/@page={number}", text)
    for rid, who, count, country, stars, posted, lived, title, text, _reply in REVIEWS:
        s.expect(
            {
                "title": title,
                "url": f"/reviews/{rid}",
                "author": who,
                "author_reviews": count,
                "country": country,
                "rating": stars,
                "date": posted.isoformat(),
                "text": text,
                "experience_date": lived.isoformat(),
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in FIFTH.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind']:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
