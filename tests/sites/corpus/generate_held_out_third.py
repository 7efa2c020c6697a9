"""Held-out sites of the third wave (issue #3). FROZEN: never open these pages, their expected
records or their results while tuning the Scout (see the corpus README).

Run ``uv run python tests/sites/corpus/generate_held_out_third.py`` to rebuild them. They were
written, and frozen, before the Scout was tuned on the open sites of ``generate_third.py``.
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, esc, slug

HELD: dict[str, Callable[[], None]] = {}


def held(func: Callable[[], None]) -> Callable[[], None]:
    """Register a held-out site builder."""
    HELD[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


# ---------------------------------------------------------------------------------------------------
# spanpedia: a wiki article with a sortable wikitable (one row a record), footnote markers,
# data-sort-value cells, flag icons, a navbox table at the bottom.
# ---------------------------------------------------------------------------------------------------

# (name, span m, year, location, country)
BRIDGES = [
    ("Çanakkale 1915 Bridge", 2023, 2022, "Gelibolu–Lapseki", "Turkey"),
    ("Akashi Kaikyō Bridge", 1991, 1998, "Kobe–Awaji", "Japan"),
    ("Yangsigang Yangtze River Bridge", 1700, 2019, "Wuhan", "China"),
    ("Nansha Bridge", 1688, 2019, "Dongguan", "China"),
    ("Xihoumen Bridge", 1650, 2009, "Zhoushan", "China"),
    ("Great Belt Bridge", 1624, 1998, "Korsør–Nyborg", "Denmark"),
    ("Osman Gazi Bridge", 1550, 2016, "Gulf of İzmit", "Turkey"),
    ("Yi Sun-sin Bridge", 1545, 2012, "Gwangyang–Yeosu", "South Korea"),
    ("Runyang Yangtze River Bridge", 1490, 2005, "Zhenjiang", "China"),
    ("Humber Bridge", 1410, 1981, "Kingston upon Hull", "United Kingdom"),
    ("Jiangyin Yangtze River Bridge", 1385, 1999, "Jiangyin", "China"),
    ("Tsing Ma Bridge", 1377, 1997, "Hong Kong", "China"),
    ("Hardanger Bridge", 1310, 2013, "Hardanger", "Norway"),
    ("Verrazzano-Narrows Bridge", 1298, 1964, "New York City", "United States"),
    ("Golden Gate Bridge", 1280, 1937, "San Francisco", "United States"),
    ("Högakustenbron", 1210, 1997, "Kramfors", "Sweden"),
    ("Mackinac Bridge", 1158, 1957, "Mackinaw City", "United States"),
    ("Hålogaland Bridge", 1145, 2018, "Narvik", "Norway"),
    ("Minami Bisan-Seto Bridge", 1100, 1988, "Sakaide", "Japan"),
    ("Fatih Sultan Mehmet Bridge", 1090, 1988, "Istanbul", "Turkey"),
    ("Bosphorus Bridge", 1074, 1973, "Istanbul", "Turkey"),
    ("George Washington Bridge", 1067, 1931, "New York City", "United States"),
    ("25 de Abril Bridge", 1013, 1966, "Lisbon", "Portugal"),
    ("Forth Road Bridge", 1006, 1964, "Edinburgh", "United Kingdom"),
    ("Severn Bridge", 988, 1966, "Aust–Chepstow", "United Kingdom"),
    ("Tacoma Narrows Bridge", 853, 1950, "Tacoma", "United States"),
]


def _wiki(name: str) -> str:
    return f"/wiki/{name.replace(' ', '_')}"


def _bridge_row(rank: int, bridge: tuple[Any, ...]) -> str:
    name, span, year, location, country = bridge
    note = (
        f'<sup id="cite_ref-{rank}" class="reference"><a href="#cite_note-{rank}">&#91;{rank}&#93;</a></sup>'
        if rank % 3 == 0
        else ""
    )
    feet = round(span * 3.28084)
    return f"""<tr>
<td>{rank}</td>
<td><a href="{_wiki(name)}" title="{esc(name)}">{esc(name)}</a>{note}</td>
<td data-sort-value="{span}">{span:,}&#160;m ({feet:,}&#160;ft)</td>
<td>{year}</td>
<td>{esc(location)}</td>
<td><span class="flagicon"><span class="mw-image-border" typeof="mw:File"><img alt="" src="//upload.wikimedia.example/flags/{slug(country)}.svg.png" decoding="async" width="23" height="15" class="mw-file-element"></span></span>&#160;<a href="/wiki/{country.replace(" ", "_")}" title="{esc(country)}">{esc(country)}</a></td>
</tr>"""


@held
def build_spanpedia() -> None:
    s = Site(
        "spanpedia",
        kind="wiki list article (sortable wikitable)",
        start="wiki/List_of_longest_suspension_bridge_spans/",
        description="Held out.",
    )
    rows = "\n".join(_bridge_row(i, b) for i, b in enumerate(BRIDGES, 1))
    refs = "".join(
        f'<li id="cite_note-{i}"><b><a href="#cite_ref-{i}">^</a></b> <span class="reference-text"><cite class="citation web">"Bridge data sheet {i}". <i>Structurae</i>. Retrieved 4 March 2026.</cite></span></li>'
        for i in range(3, 27, 3)
    )
    page = f"""<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled" lang="en" dir="ltr">
<head>
<meta charset="UTF-8">
<title>List of longest suspension bridge spans - Spanpedia</title>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=site.styles&amp;only=styles&amp;skin=vector-2022">
</head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-List_of_longest_suspension_bridge_spans rootpage-List_of_longest_suspension_bridge_spans skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start"><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-wordmark">Spanpedia</span></a></div><div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box"><form action="/w/index.php" id="searchform"><input type="search" name="search" placeholder="Search Spanpedia" aria-label="Search Spanpedia"><input type="submit" value="Go"></form></div><nav class="vector-user-links" aria-label="Personal tools"><ul><li id="pt-createaccount"><a href="/w/index.php?title=Special:CreateAccount">Create account</a></li><li id="pt-login"><a href="/w/index.php?title=Special:UserLogin">Log in</a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner">
<div class="vector-main-menu-container"><nav id="mw-panel" aria-label="Main menu"><ul><li id="n-mainpage-description"><a href="/wiki/Main_Page">Main page</a></li><li id="n-contents"><a href="/wiki/Contents">Contents</a></li><li id="n-currentevents"><a href="/wiki/Current_events">Current events</a></li><li id="n-randompage"><a href="/wiki/Special:Random">Random article</a></li><li id="n-aboutsite"><a href="/wiki/About">About Spanpedia</a></li></ul></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body" role="main">
<header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">List of longest suspension bridge spans</span></h1></header>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading">
<div id="siteSub" class="noprint">From Spanpedia, the free encyclopedia</div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<p>This <b>list of longest suspension bridge spans</b> ranks suspension bridges by the length of their main span, the distance between the towers. Only completed bridges carrying road traffic are listed.</p>
<meta property="mw:PageProp/toc">
<h2><span class="mw-headline" id="Completed_bridges">Completed bridges</span></h2>
<table class="wikitable sortable jquery-tablesorter" style="text-align:left">
<caption>Suspension bridges by main span</caption>
<thead><tr><th class="headerSort" tabindex="0" role="columnheader button" title="Sort ascending">Rank</th><th class="headerSort" tabindex="0" role="columnheader button" title="Sort ascending">Name</th><th class="headerSort" tabindex="0" role="columnheader button" title="Sort ascending">Main span</th><th class="headerSort" tabindex="0" role="columnheader button" title="Sort ascending">Opened</th><th class="headerSort" tabindex="0" role="columnheader button" title="Sort ascending">Location</th><th class="headerSort" tabindex="0" role="columnheader button" title="Sort ascending">Country</th></tr></thead>
<tbody>
{rows}
</tbody></table>
<h2><span class="mw-headline" id="References">References</span></h2>
<div class="reflist"><ol class="references">{refs}</ol></div>
<div role="navigation" class="navbox" aria-labelledby="Bridges"><table class="nowraplinks navbox-inner"><tbody><tr><th scope="col" class="navbox-title" colspan="2"><div id="Bridges">Bridges</div></th></tr><tr><th scope="row" class="navbox-group">Types</th><td class="navbox-list"><div><ul><li><a href="/wiki/Arch_bridge">Arch</a></li><li><a href="/wiki/Beam_bridge">Beam</a></li><li><a href="/wiki/Cable-stayed_bridge">Cable-stayed</a></li><li><a href="/wiki/Suspension_bridge">Suspension</a></li><li><a href="/wiki/Truss_bridge">Truss</a></li></ul></div></td></tr><tr><th scope="row" class="navbox-group">Lists</th><td class="navbox-list"><div><ul><li><a href="/wiki/List_of_longest_bridges">Longest</a></li><li><a href="/wiki/List_of_highest_bridges">Highest</a></li><li><a href="/wiki/List_of_tallest_bridges">Tallest</a></li></ul></div></td></tr></tbody></table></div>
</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Help:Category">Categories</a>: <ul><li><a href="/wiki/Category:Suspension_bridges">Suspension bridges</a></li><li><a href="/wiki/Category:Lists_of_bridges">Lists of bridges</a></li></ul></div></div>
</div>
</main></div>
</div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 2 March 2026, at 18:04<span class="anonymous-show">&#160;(UTC)</span>.</li><li id="footer-info-copyright">Text is available under the <a rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons Attribution-ShareAlike License 4.0</a>.</li></ul><ul id="footer-places"><li id="footer-places-privacy"><a href="/wiki/Privacy_policy">Privacy policy</a></li><li id="footer-places-about"><a href="/wiki/About">About Spanpedia</a></li><li id="footer-places-disclaimers"><a href="/wiki/General_disclaimer">Disclaimers</a></li></ul></footer>
</body>
</html>"""
    s.list_page("wiki/List_of_longest_suspension_bridge_spans/index.html", page)
    for name, span, year, location, country in BRIDGES:
        s.expect(
            {
                "name": name,
                "url": _wiki(name),
                "main_span_m": span,
                "opened": year,
                "location": location,
                "country": country,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# rosecity-list: a plain classifieds list as served to clients without JavaScript (static
# search results): li > a > title, price, location; prices and locations missing on some.
# ---------------------------------------------------------------------------------------------------

CL = "https://portland.rosecitylist.example"
# (title, price, location, section)
ADS = [
    ("Trek FX 3 hybrid bike 56cm", 450, "SE Portland", "bik"),
    ("Mid century teak dresser", 375, "Sellwood", "fuo"),
    ("Free firewood – you haul", 0, "Gresham", "zip"),
    ("KitchenAid Artisan stand mixer red", 180, "Beaverton", "app"),
    ("Patagonia Nano Puff jacket men's M", 85, None, "clo"),
    ("Solid oak dining table with 6 chairs", 600, "Lake Oswego", "fuo"),
    ("Weber Spirit II gas grill", 220, "Hillsboro", "for"),
    ("Moving boxes (about 40)", None, "NE Alberta", "zip"),
    ("Fender Player Stratocaster 2021", 640, "Downtown", "msg"),
    ("Toddler bike with training wheels", 35, "St Johns", "bik"),
    ("Dyson V8 cordless vacuum", 140, "Tigard", "app"),
    ("Set of 4 Michelin tires 225/65R17", 320, "Milwaukie", "pts"),
    ("Vintage Pyrex mixing bowls", 60, None, "atq"),
    ("IKEA Kallax shelf 4x4 white", 70, "Pearl District", "fuo"),
    ("Cannondale Topstone gravel bike", 1150, "N Portland", "bik"),
    ("Queen mattress and box spring", 150, "Gresham", "fuo"),
    ("Canon EOS R6 body", 1300, "Downtown", "ele"),
    ("Raised garden bed kits (2)", 90, "Vancouver WA", "grd"),
    ("Snowboard Burton Custom 158 with bindings", 275, "Hood River", "spo"),
    ("Herman Miller Aeron chair size B", 495, "Beaverton", "fuo"),
    ("Upright piano – free to good home", 0, "SW Portland", "zip"),
    ("Road bike shoes Shimano 43", 45, None, "bik"),
    ("Cast iron skillet set", 55, "Sellwood", "hsh"),
    ("2014 Subaru Outback 2.5i 118k miles", 11900, "Salem", "cto"),
    ("Camping tent 4 person REI", 120, "Hillsboro", "spo"),
    ("Nintendo Switch OLED with 3 games", 260, "Tigard", "vgm"),
    ("Bookshelf solid walnut", 210, None, "fuo"),
    ("Kayak 10ft with paddle", 300, "Lake Oswego", "boa"),
]


def _ad_url(index: int, ad: tuple[Any, ...]) -> str:
    title, _price, _location, section = ad
    return f"{CL}/mlt/{section}/d/portland-{slug(title)[:40].rstrip('-')}/{7781230455 + index * 97}.html"


def _ad(index: int, ad: tuple[Any, ...]) -> str:
    title, price, location, _section = ad
    price_div = f'<div class="price">${price:,}</div>' if price is not None else ""
    location_div = (
        f'<div class="location">\n                    {esc(location)}\n                </div>' if location else ""
    )
    return f"""        <li class="cl-static-search-result" title="{esc(title)}">
            <a href="{_ad_url(index, ad)}">
                <div class="title">{esc(title)}</div>

                <div class="details">
                    {price_div}
                    {location_div}
                </div>
            </a>
        </li>"""


@held
def build_rosecity_list() -> None:
    s = Site(
        "rosecity-list",
        kind="plain classifieds list (static search results)",
        start="search/sss/",
        description="Held out.",
    )
    rows = "\n".join(_ad(i, a) for i, a in enumerate(ADS))
    page = f"""<!DOCTYPE html>
<html>
<head>
    <title>portland for sale  - rosecitylist</title>
    <meta name="description" content="portland for sale  - rosecitylist">
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <link rel="canonical" href="{CL}/search/sss">
    <style>
        body {{ font-family: sans-serif; }}
        .cl-static-search-result {{ margin: 4px 0; }}
    </style>
</head>
<body>
    <div class="cl-static-header">
        <a href="{CL}">RL</a> &gt; <a href="{CL}/search/sss">for sale</a>
    </div>
    <div class="cl-static-search-form">
        <form action="/search/sss" method="get"><input type="text" name="query" placeholder="search for sale"><button type="submit">search</button></form>
    </div>
    <section class="cl-static-search-results-section">
        <h1>for sale</h1>
    <ol class="cl-static-search-results">
        <li class="cl-static-hub-links">
            <div>see also</div>
            <a href="{CL}/search/fua">furniture - by owner</a>
            <a href="{CL}/search/bia">bikes - by owner</a>
            <a href="{CL}/search/ela">electronics - by owner</a>
        </li>
{rows}
    </ol>
    </section>
    <div class="cl-static-footer">
        <a href="https://www.rosecitylist.example/about/help">help</a>
        <a href="https://www.rosecitylist.example/about/scams">safety</a>
        <a href="https://www.rosecitylist.example/about/privacy.policy">privacy</a>
        <a href="https://www.rosecitylist.example/about/terms.of.use">terms</a>
        <span>&copy; 2026 rosecitylist</span>
    </div>
</body>
</html>"""
    s.list_page("search/sss/index.html", page)
    for index, ad in enumerate(ADS):
        title, price, location, _section = ad
        s.expect(
            {
                "title": title,
                "url": _ad_url(index, ad),
                "price": price,
                "currency": "USD" if price is not None else None,
                "location": location,
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
