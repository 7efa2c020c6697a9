"""Seventh wave of open corpus sites (issue #3): copies of how five more well-known site families mark
up their lists: MediaWiki's full-text search results (``searchmatch`` highlights, a size / words /
timestamp data line, "next 20" offset links), a Magento 2 (Luma) category page (price boxes with
``data-price-amount``, "Special Price" / "Regular Price" / "As low as", percent-width rating bars,
add-to-cart forms, ``?p=N`` toolbar pagination), an Eventbrite-like event search (cards rendered twice
for mobile and desktop, "Sat, Mar 14 • 7:30 PM", organisers with follower counts, promoted cards), a
Rotten-Tomatoes-like browse grid (scores only in custom elements and their attributes, "Streaming Mar 3,
2025") and an Indeed-like job search (hashed classes, salary snippets, "Posted 3 days ago" after a
screen-reader copy, company ratings, sponsored jobs).

Run ``uv run python tests/sites/corpus/generate_seventh.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**. They
were written, and measured, before any heuristic was changed for them.
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc, money, slug

SEVENTH: dict[str, Callable[[], None]] = {}


def seventh(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    SEVENTH[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _plain(marked: str) -> str:
    """The text a reader sees of a snippet whose highlights are written ``[[word]]``."""
    return marked.replace("[[", "").replace("]]", "")


def _highlight(marked: str) -> str:
    """``[[word]]`` → MediaWiki's ``<span class="searchmatch">word</span>`` (the rest escaped)."""
    return esc(marked).replace("[[", '<span class="searchmatch">').replace("]]", "</span>")


# ---------------------------------------------------------------------------------------------------
# tidewiki: MediaWiki (Vector 2022) Special:Search full-text results for "lighthouse": li.mw-search-result
# with a heading link whose words are split by searchmatch spans, "(redirect from …)" and
# "(section …)" alternatives, a snippet cut mid-sentence (empty on some), thumbnails on some, the data
# line "54 KB (6,123 words) - 10:52, 27 February 2024"; sister-project results beside them, "View
# (previous 20 | next 20) (20 | 50 | 100 | 250 | 500)" with offset links (page 2's "previous 20" is
# offset=0, a second address of page 1), profile tabs and the wiki's menus.
# ---------------------------------------------------------------------------------------------------

# (title with [[matches]], snippet with [[matches]] or "", KB, words, edited, alt: ("redirect"|"section", text) or None, thumb)
WIKI: list[tuple[str, str, int, int, datetime, tuple[str, str] | None, bool]] = [
    (
        "[[Lighthouse]]",
        "A [[lighthouse]] is a tower, building, or other type of physical structure designed to emit light from a system of lamps and lenses and to serve as a beacon for navigational aid",
        54,
        6123,
        datetime(2024, 2, 27, 10, 52),
        None,
        True,
    ),
    (
        "List of [[lighthouses]] in Scotland",
        "This is a list of [[lighthouses]] in Scotland. The Northern [[Lighthouse]] Board is responsible for the operation of most of them; harbour lights are managed by the local",
        88,
        2410,
        datetime(2024, 1, 14, 18, 3),
        None,
        False,
    ),
    (
        "Skerrymore [[Lighthouse]]",
        "Skerrymore [[Lighthouse]] is an active [[lighthouse]] on a rock 12 miles (19 km) west of the Isle of Tiree. Completed in 1844, it is the tallest",
        31,
        3377,
        datetime(2024, 3, 3, 14, 5),
        None,
        True,
    ),
    (
        "Northern [[Lighthouse]] Board",
        "The Northern [[Lighthouse]] Board (NLB) is the general [[lighthouse]] authority for Scotland and the Isle of Man. It was established in 1786",
        42,
        4810,
        datetime(2023, 12, 19, 9, 41),
        None,
        True,
    ),
    (
        "[[Lighthouse]] keeper",
        "A [[lighthouse]] keeper or lightkeeper is a person responsible for tending and caring for a [[lighthouse]], particularly the light and lens in the days when oil lamps",
        23,
        2954,
        datetime(2024, 2, 2, 7, 16),
        ("redirect", "Lightkeeper"),
        False,
    ),
    (
        "Fresnel lens",
        "developed by the French physicist Augustin-Jean Fresnel for use in [[lighthouses]]. It has been called 'the invention that saved a million ships'",
        118,
        13902,
        datetime(2024, 2, 29, 21, 37),
        ("section", "Lighthouse lenses"),
        True,
    ),
    (
        "Eddystone [[Lighthouse]]",
        "The Eddystone [[Lighthouse]] is a [[lighthouse]] on the dangerous Eddystone Rocks, 9 statute miles (14 km) south of Rame Head in Cornwall, England",
        37,
        4402,
        datetime(2024, 1, 8, 12, 0),
        None,
        True,
    ),
    (
        "Bell Rock [[Lighthouse]]",
        "The Bell Rock [[Lighthouse]], off the coast of Angus, Scotland, is the world's oldest surviving sea-washed [[lighthouse]]. It was built between 1807 and 1810",
        29,
        3105,
        datetime(2023, 11, 30, 16, 22),
        None,
        False,
    ),
    (
        "Automation of [[lighthouses]]",
        "",
        8,
        903,
        datetime(2023, 10, 5, 8, 47),
        ("redirect", "Lighthouse automation"),
        False,
    ),
    (
        "Trinity House",
        "general [[lighthouse]] authority for England, Wales, the Channel Islands and Gibraltar. Trinity House also acts as a deep sea pilotage authority",
        51,
        5640,
        datetime(2024, 2, 21, 11, 9),
        None,
        True,
    ),
    (
        "Stevenson family (engineers)",
        "designed most of the [[lighthouses]] of Scotland over a period of 150 years. Robert Stevenson, his sons David, Alan and Thomas",
        19,
        2087,
        datetime(2024, 1, 27, 19, 58),
        None,
        False,
    ),
    (
        "Muckle Flugga [[Lighthouse]]",
        "Muckle Flugga is a small rocky island north of Unst in the Shetland Islands. Its [[lighthouse]], completed in 1854, was known as North Unst",
        14,
        1630,
        datetime(2023, 9, 12, 13, 31),
        None,
        True,
    ),
    (
        "[[Lighthouse]] of Alexandria",
        "The [[Lighthouse]] of Alexandria, sometimes called the Pharos of Alexandria, was a [[lighthouse]] built by the Ptolemaic Kingdom of Ancient Egypt",
        76,
        8921,
        datetime(2024, 3, 1, 6, 12),
        None,
        True,
    ),
    (
        "Light characteristic",
        "A light characteristic is all of the properties that make a particular navigational light identifiable. Graphical and textual descriptions",
        27,
        3318,
        datetime(2023, 12, 2, 15, 44),
        ("section", "Lighthouse"),
        False,
    ),
    (
        "Flannan Isles [[Lighthouse]]",
        "The Flannan Isles [[Lighthouse]] is located near the highest point on Eilean Mòr, one of the Flannan Isles. It is best known for the unexplained disappearance",
        33,
        3842,
        datetime(2024, 2, 14, 22, 6),
        None,
        True,
    ),
    (
        "Lightvessel",
        "A lightvessel, or lightship, is a ship that acts as a [[lighthouse]]. They are used in waters that are too deep or otherwise unsuitable for [[lighthouse]]",
        24,
        2788,
        datetime(2023, 8, 23, 10, 30),
        None,
        False,
    ),
    ("Sector light", "", 6, 671, datetime(2023, 7, 17, 17, 2), None, False),
    (
        "Ardnamurchan [[Lighthouse]]",
        "Ardnamurchan [[Lighthouse]] is a historic [[lighthouse]] located on the Ardnamurchan Point in Lochaber, in the Scottish Highlands. It was built in 1849",
        16,
        1502,
        datetime(2024, 1, 3, 9, 15),
        None,
        True,
    ),
    (
        "Hook [[Lighthouse]]",
        "Hook [[Lighthouse]] is a building situated at Hook Head, at the tip of the Hook Peninsula in County Wexford, in the Republic of Ireland",
        21,
        2390,
        datetime(2023, 12, 28, 20, 49),
        None,
        True,
    ),
    (
        "Commissioners of Irish Lights",
        "The Commissioners of Irish Lights (CIL) is the general [[lighthouse]] authority for the island of Ireland",
        18,
        1944,
        datetime(2023, 11, 11, 11, 11),
        None,
        False,
    ),
    (
        "Smeaton's Tower",
        "Smeaton's Tower is a memorial to civil engineer John Smeaton, designer of the third and most notable Eddystone [[Lighthouse]]",
        22,
        2501,
        datetime(2024, 2, 9, 8, 28),
        None,
        True,
    ),
    (
        "Sumburgh Head [[Lighthouse]]",
        "Sumburgh Head [[Lighthouse]] is a [[lighthouse]] at the southern tip of the Shetland Mainland. It was the first [[lighthouse]] in Shetland",
        12,
        1387,
        datetime(2023, 10, 26, 14, 54),
        None,
        False,
    ),
    (
        "Pharos (disambiguation)",
        "Pharos may refer to: [[Lighthouse]] of Alexandria, Pharos Island",
        2,
        198,
        datetime(2023, 6, 30, 18, 40),
        None,
        False,
    ),
    (
        "Cape Wrath [[Lighthouse]]",
        "Cape Wrath [[Lighthouse]] is an active [[lighthouse]] situated at Cape Wrath, Sutherland, the most northwesterly point in Great Britain",
        15,
        1701,
        datetime(2024, 2, 18, 7, 3),
        None,
        True,
    ),
    (
        "[[Lighthouse]] tender",
        "A [[lighthouse]] tender is a ship specifically designed to maintain, support, or tend to [[lighthouses]], lightvessels and buoys",
        17,
        1890,
        datetime(2023, 9, 4, 16, 37),
        ("redirect", "Buoy tender"),
        False,
    ),
    ("Corsewall [[Lighthouse]]", "", 9, 1014, datetime(2023, 8, 8, 12, 20), None, False),
    (
        "Dubh Artach",
        "Dubh Artach is an isolated basalt rock in the Atlantic Ocean, 18 miles (29 km) south west of Mull. The [[lighthouse]] was built by Thomas and David Stevenson",
        25,
        2867,
        datetime(2024, 1, 19, 13, 13),
        None,
        True,
    ),
    (
        "Lens (optics)",
        "and the Fresnel lens, which was invented for [[lighthouses]] and allows a lens of short focal length without the weight of a conventional lens",
        96,
        11406,
        datetime(2024, 3, 2, 23, 58),
        ("section", "History"),
        False,
    ),
]
WIKI_QUERY = "search=lighthouse&title=Special:Search&profile=advanced&fulltext=1&ns0=1"


CURRENT_CLASS = ' class="current"'


def _wiki_title(marked: str) -> str:
    return _plain(marked)


def _wiki_href(title: str) -> str:
    return "/wiki/" + title.replace(" ", "_").replace("'", "%27")


def _wiki_result(position: int, item: tuple[Any, ...]) -> str:
    marked, snippet, kb, words, edited, alt, thumb = item
    title = _wiki_title(marked)
    href = _wiki_href(title)
    alt_html = ""
    if alt and alt[0] == "redirect":
        alt_html = f' <span class="searchalttitle">(redirect from <a href="/w/index.php?title={esc(alt[1].replace(" ", "_"))}&amp;redirect=no" class="mw-redirect" title="{esc(alt[1])}">{esc(alt[1])}</a>)</span>'
    elif alt:
        alt_html = f' <span class="searchalttitle">(section <a href="{href}#{esc(alt[1].replace(" ", "_"))}" title="{esc(title)}">{esc(alt[1])}</a>)</span>'
    stamp = f"{edited:%H:%M}, {edited.day} {edited:%B %Y}"
    body = f"""<div class="mw-search-result-heading"><a href="{href}" title="{esc(title)}" data-serp-pos="{position}">{_highlight(marked)}</a>{alt_html}   </div><div class="searchresult">{_highlight(snippet)}</div>
<div class="mw-search-result-data">{kb} KB ({words:,} words) - {stamp}</div>"""
    if thumb:
        return f"""<li class="mw-search-result mw-search-result-ns-0 searchresult-with-quickview"><table class="searchResultImage"><tr><td class="searchResultImage-thumbnail"><a href="/wiki/File:{slug(title).title().replace("-", "_")}.jpg" class="mw-file-description"><img alt="" src="//upload.tidewiki.example/thumb/{position % 9}/{slug(title)}.jpg/120px-{slug(title)}.jpg" decoding="async" loading="lazy" width="120" height="90" class="mw-file-element"></a></td><td class="searchResultImage-text">{body}</td></tr></table></li>"""
    return f'<li class="mw-search-result mw-search-result-ns-0">{body}</li>'


def _wiki_nav(offset: int, total: int) -> str:
    base = f"/w/index.php?{WIKI_QUERY.replace('&', '&amp;')}"
    prev = (
        f'<a href="{base}&amp;offset={offset - 20}" title="Previous 20 results" class="mw-prevlink">previous 20</a>'
        if offset
        else "previous 20"
    )
    nxt = (
        f'<a href="{base}&amp;offset={offset + 20}" title="Next 20 results" class="mw-nextlink">next 20</a>'
        if offset + 20 < total
        else "next 20"
    )
    nums = " | ".join(
        f'<a href="{base}&amp;limit={n}&amp;offset={offset}" title="Show {n} results per page" class="mw-numlink">{n}</a>'
        for n in (20, 50, 100, 250, 500)
    )
    return f"View ({prev}  |  {nxt}) ({nums})"


def _wiki_page(offset: int, items: list[Any], total: int) -> str:
    results = "\n".join(_wiki_result(offset + i, item) for i, item in enumerate(items))
    sister = ""
    if offset == 0:
        sister = """<div id="mw-interwiki-results"><p id="mw-search-interwiki-header">Results from sister projects</p><ul class="iw-results"><li class="iw-resultset" data-iw-resultset-pos="0" data-iw-resultset-source="wiktionary"><div class="iw-result__header"><span class="iw-result__icon"></span><strong>Dictionary definitions from Wiktionary</strong></div><div class="iw-result__content"><ul><li class="iw-result"><div class="iw-result__title"><a href="https://en.wiktionary.example/wiki/lighthouse" title="wikt:lighthouse"><span class="searchmatch">lighthouse</span></a></div><div class="searchresult">English Etymology From light + house. Noun <span class="searchmatch">lighthouse</span> (plural <span class="searchmatch">lighthouses</span>) A tower containing a strong light</div></li></ul></div><div class="iw-result__footer"><a href="https://en.wiktionary.example/w/index.php?search=lighthouse&amp;fulltext=1">More from Wiktionary</a></div></li><li class="iw-resultset" data-iw-resultset-pos="1" data-iw-resultset-source="commons"><div class="iw-result__header"><span class="iw-result__icon"></span><strong>Media from Commons</strong></div><div class="iw-result__content"><ul><li class="iw-result"><div class="iw-result__title"><a href="https://commons.tidewiki.example/wiki/Category:Lighthouses" title="commons:Category:Lighthouses">Category:<span class="searchmatch">Lighthouses</span></a></div><div class="searchresult">Media in category <span class="searchmatch">Lighthouses</span>: 1,204 files</div></li></ul></div><div class="iw-result__footer"><a href="https://commons.tidewiki.example/w/index.php?search=lighthouse&amp;fulltext=1">More from Commons</a></div></li></ul></div>"""
    create = '<p class="mw-search-exists">There is a page named "<b><a href="/wiki/Lighthouse" title="Lighthouse">Lighthouse</a></b>" on this wiki. See also the other search results found.</p>'
    menu = "".join(
        f'<li id="n-{slug(t)}" class="mw-list-item"><a href="{h}"><span>{t}</span></a></li>'
        for t, h in (
            ("Main page", "/wiki/Main_Page"),
            ("Contents", "/wiki/Tidewiki:Contents"),
            ("Current events", "/wiki/Portal:Current_events"),
            ("Random article", "/wiki/Special:Random"),
            ("About Tidewiki", "/wiki/Tidewiki:About"),
            ("Contact us", "/wiki/Tidewiki:Contact_us"),
            ("Help", "/wiki/Help:Contents"),
            ("Recent changes", "/wiki/Special:RecentChanges"),
        )
    )
    profiles = "".join(
        f'<li{CURRENT_CLASS if p == "advanced" else ""}><a href="/w/index.php?search=lighthouse&amp;title=Special:Search&amp;profile={p}&amp;fulltext=1" title="{h}">{t}</a></li>'
        for p, t, h in (
            ("default", "Content pages", "Search in content pages"),
            ("images", "Multimedia", "Search for images"),
            ("all", "Everything", "Search all of the content"),
            ("advanced", "Advanced", "Search in custom namespaces"),
        )
    )
    return f"""<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled skin-theme-clientpref-day" lang="en" dir="ltr">
<head>
<meta charset="UTF-8">
<title>Search results for "lighthouse" - Tidewiki</title>
<script>document.documentElement.className="client-js";RLCONF={{"wgCanonicalNamespace":"Special","wgCanonicalSpecialPageName":"Search","wgPageName":"Special:Search","wgTitle":"Search","wgIsArticle":false,"wgAction":"view","wgUserName":null,"wgContentLanguage":"en"}};RLSTATE={{"mediawiki.special":"ready","mediawiki.special.search.styles":"ready","skins.vector.styles":"ready"}};</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=mediawiki.special.search.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="robots" content="noindex,follow">
</head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns--1 ns-special mw-special-Search page-Special_Search rootpage-Special_Search skin-vector-2022 action-view">
<div class="mw-page-container"><div class="mw-page-container-inner">
<header class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown"><input type="checkbox" id="vector-main-menu-dropdown-checkbox" class="vector-dropdown-checkbox" aria-label="Main menu"><label for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label"><span class="vector-icon mw-ui-icon-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content"><div id="p-navigation" class="vector-menu mw-portlet"><div class="vector-menu-heading">Navigation</div><div class="vector-menu-content"><ul class="vector-menu-content-list">{menu}</ul></div></div></div></div></nav><a href="/wiki/Main_Page" class="mw-logo"><img class="mw-logo-icon" src="/static/images/icons/tidewiki.svg" alt="" aria-hidden="true" height="50" width="50"><span class="mw-logo-container">Tidewiki</span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-show-thumbnail vector-search-box"><form action="/w/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button"><input type="hidden" name="title" value="Special:Search"><input class="cdx-text-input__input" type="search" name="search" placeholder="Search Tidewiki" aria-label="Search Tidewiki" autocapitalize="sentences" title="Search Tidewiki [f]" accesskey="f" id="searchInput" value="lighthouse"><button class="cdx-button cdx-search-input__end-button">Search</button></form></div><nav class="vector-user-links" aria-label="Personal tools"><ul><li id="pt-createaccount" class="mw-list-item"><a href="/w/index.php?title=Special:CreateAccount&amp;returnto=Special%3ASearch"><span>Create account</span></a></li><li id="pt-login" class="mw-list-item"><a href="/w/index.php?title=Special:UserLogin&amp;returnto=Special%3ASearch" accesskey="o"><span>Log in</span></a></li></ul></nav></div></header>
<div class="mw-content-container"><main id="content" class="mw-body" role="main">
<header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading" class="firstHeading mw-first-heading">Search results</h1></header>
<div id="bodyContent" class="vector-body">
<div id="mw-content-text" class="mw-body-content"><div class="mw-search-form-wrapper"><form id="search" method="get" action="/w/index.php"><div id="mw-search-top-table"><div class="oo-ui-layout oo-ui-fieldLayout"><input type="search" name="search" value="lighthouse" class="oo-ui-inputWidget-input"><button type="submit" class="oo-ui-inputWidget-input oo-ui-buttonElement-button"><span class="oo-ui-labelElement-label">Search</span></button></div></div><div class="mw-search-visualclear"></div><div class="mw-search-profile-tabs"><div class="search-types"><ul>{profiles}</ul></div><div class="results-info" data-mw-num-results-offset="{offset}" data-mw-num-results-total="{total}">Results <strong>{offset + 1} – {offset + len(items)}</strong> of <strong>{total}</strong></div><div class="mw-search-visualclear"></div></div></form></div>
{create if offset == 0 else ""}
<div class="mw-search-interwiki">{sister}</div>
<div class="searchresults mw-searchresults-has-iw">
<h2>Page title and text matches</h2>
<p class="mw-search-pager-top">{_wiki_nav(offset, total)}</p>
<ul class="mw-search-results" start="{offset + 1}">
{results}
</ul>
<p class="mw-search-pager-bottom">{_wiki_nav(offset, total)}</p>
</div><div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr" href="https://tidewiki.example/wiki/Special:Search">https://tidewiki.example/wiki/Special:Search</a>"</div></div>
</div></main></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-places"><li id="footer-places-privacy"><a href="/wiki/Tidewiki:Privacy_policy">Privacy policy</a></li><li id="footer-places-about"><a href="/wiki/Tidewiki:About">About Tidewiki</a></li><li id="footer-places-disclaimers"><a href="/wiki/Tidewiki:General_disclaimer">Disclaimers</a></li><li id="footer-places-mobileview"><a href="//m.tidewiki.example/w/index.php?search=lighthouse&amp;title=Special%3ASearch&amp;fulltext=1&amp;mobileaction=toggle_view_mobile" class="noprint stopMobileRedirectToggle">Mobile view</a></li></ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img src="/w/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer>
</div></div>
</body>
</html>"""


@seventh
def build_tidewiki() -> None:
    s = Site(
        "tidewiki",
        kind="wiki search results (MediaWiki Special:Search: searchmatch highlights, size/words/timestamp data line, offset links)",
        start=f"w/index.php?{WIKI_QUERY}",
        description="MediaWiki (Vector 2022) full-text search results: li.mw-search-result with heading links split by searchmatch spans, '(redirect from …)' / '(section …)' alternatives, snippets cut mid-sentence (empty on some), thumbnails on some, the data line '54 KB (6,123 words) - 10:52, 27 February 2024'; sister-project results, profile tabs, 'View (previous 20 | next 20) (20 | 50 | 100 | 250 | 500)' with offset links (page 2's 'previous 20' is offset=0, a second address of page 1).",
    )
    total = len(WIKI)
    pages = chunks(WIKI, [20, total - 20])
    for number, items in enumerate(pages):
        offset = number * 20
        text = _wiki_page(offset, items, total)
        if number == 0:
            s.list_page(f"w/index.php@{WIKI_QUERY}", text)
            s.write(f"w/index.php@{WIKI_QUERY}&offset=0", text)
        else:
            s.list_page(f"w/index.php@{WIKI_QUERY}&offset={offset}", text)
    for marked, snippet, kb, words, edited, _alt, _thumb in WIKI:
        title = _wiki_title(marked)
        s.expect(
            {
                "title": title,
                "url": _wiki_href(title),
                "snippet": _plain(snippet) or None,
                "size": f"{kb} KB",
                "words": words,
                "date": edited.date().isoformat(),
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# brakeworks: a Magento 2 (Luma) category page: li.product-item > div.product-item-info with a lazy
# photo, strong.product-item-name, a review summary (rating-result with a percent in `title` and a
# width style, "3 Reviews" / "1 Review", nothing when unreviewed), a price box whose amounts are in
# span.price and again in data-price-amount: "Special Price" beside the struck "Regular Price", "As low
# as" on configurable products (swatches filled by script from text/x-magento-init), "From … To …" on
# bundles; add-to-cart forms with form_key / uenc, wish-list and compare links with data-post JSON,
# "Out of stock" instead of the form on some; a layered navigation with counts, a compare sidebar, a
# toolbar (amount, sorter, limiter) above and below the grid, and ?p=N pages.
# ---------------------------------------------------------------------------------------------------

# (name, product id, kind "simple"|"configurable"|"bundle", price, old price or bundle "to" price, rating %, reviews, in stock, swatches)
PARTS: list[tuple[str, int, str, float, float | None, int | None, int, bool, tuple[str, ...]]] = [
    ("Shimano XT M8120 4-Piston Disc Brake", 2041, "simple", 119.00, 149.00, 92, 14, True, ()),
    ("SRAM Code RSC Hydraulic Brake", 2044, "configurable", 189.00, None, 88, 9, True, ("Black", "Silver")),
    ("Hope Tech 4 V4 Brake Set", 2047, "simple", 289.00, None, 96, 22, True, ()),
    ("Magura MT5 Trail Brake", 2050, "configurable", 129.00, None, 84, 6, True, ("Black", "Blue", "Red")),
    ("Clarks M2 Hydraulic Disc Brake Set", 2053, "simple", 64.99, 79.99, 70, 3, True, ()),
    ("TRP DH-R EVO Brake", 2056, "simple", 234.00, None, None, 0, False, ()),
    ("Shimano Deore M6120 Brake Bundle", 2059, "bundle", 149.00, 219.00, 86, 5, True, ()),
    ("Galfer Wave Disc Rotor 180mm", 2062, "configurable", 39.95, None, 90, 31, True, ("160mm", "180mm", "203mm")),
    ("SwissStop EXOTherm2 Rotor", 2065, "simple", 58.00, 64.00, 94, 8, True, ()),
    ("Shimano RT-MT800 Ice-Tech Rotor", 2068, "simple", 54.99, None, 80, 1, True, ()),
    ("Hayes Dominion A4 Brake", 2071, "simple", 249.00, None, 98, 12, True, ()),
    ("SRAM Centerline X Rotor", 2074, "configurable", 34.00, None, None, 0, True, ("160mm", "180mm", "200mm", "220mm")),
    ("Jagwire Pro Brake Bleed Kit", 2077, "simple", 44.95, None, 76, 17, True, ()),
    ("Shimano J05A Resin Pads (Pair)", 2080, "simple", 18.99, 22.99, 82, 46, True, ()),
    ("Galfer Pro Brake Pads G1554T", 2083, "simple", 29.95, None, 88, 11, True, ()),
    (
        "Hope Brake Lever Blade Kit",
        2086,
        "configurable",
        26.00,
        None,
        100,
        2,
        True,
        ("Black", "Silver", "Purple", "Orange"),
    ),
    ("Magura Royal Blood Mineral Oil 100ml", 2089, "simple", 12.49, None, 92, 58, True, ()),
    ("TRP Slate T4 Brake Set", 2092, "bundle", 199.00, 259.00, None, 0, True, ()),
    ("Shimano Brake Hose Kit SM-BH90", 2095, "simple", 21.50, None, 72, 4, False, ()),
    ("Formula Cura 4 Brake", 2098, "simple", 179.00, 209.00, 86, 7, True, ()),
    ("SRAM Guide RE Brake", 2101, "simple", 129.00, None, 78, 19, True, ()),
    ("Hope Floating Rotor 203mm", 2104, "configurable", 79.00, None, 96, 13, True, ("Black", "Silver")),
    ("Tektro HD-M275 Mechanical Disc Brake", 2107, "simple", 32.00, None, 64, 26, True, ()),
    ("Park Tool DT-2 Rotor Truing Set", 2110, "simple", 59.95, None, None, 0, True, ()),
    ("Avid BB7 Road S Brake Caliper", 2113, "simple", 72.00, 89.00, 90, 40, True, ()),
    ("Shimano Adaptor SM-MA-F203P/PM", 2116, "simple", 14.99, None, 84, 9, True, ()),
    ("Magura HC3 Lever Blade", 2119, "simple", 49.00, None, 94, 6, False, ()),
    ("Hayes Dominion T4 Brake", 2122, "simple", 269.00, None, 92, 3, True, ()),
    ("Clarks Sintered Pads VX840C", 2125, "simple", 15.99, None, 74, 12, True, ()),
    ("SRAM Level TLM Brake", 2128, "configurable", 99.00, 119.00, 82, 15, True, ("Black", "Gloss White")),
]
FORM_KEY = "Xq7mB2fLk9pZ3wRt"
CATEGORY = "bike-parts/brakes"


def _part_href(name: str) -> str:
    return f"/{slug(name)}.html"


def _amount(value: float) -> str:
    return f"{value:g}"


def _part_price(pid: int, kind: str, price: float, other: float | None) -> str:
    def wrapper(label: str, ident: str, amount: float, ptype: str, outer: str) -> str:
        return f'<span class="{outer}"><span class="price-container price-final_price tax weee"><span class="price-label">{label}</span>\n        <span id="{ident}-{pid}" data-price-amount="{_amount(amount)}" data-price-type="{ptype}" class="price-wrapper "><span class="price">{money(amount)}</span></span>\n        </span></span>'

    if kind == "bundle":
        inner = f'<p class="price-from"><span class="price-container price-final_price tax weee"><span class="price-label">From</span><span id="from-{pid}" data-price-amount="{_amount(price)}" data-price-type="minPrice" class="price-wrapper "><span class="price">{money(price)}</span></span></span></p><p class="price-to"><span class="price-container price-final_price tax weee"><span class="price-label">To</span><span id="to-{pid}" data-price-amount="{_amount(other or price)}" data-price-type="maxPrice" class="price-wrapper "><span class="price">{money(other or price)}</span></span></span></p>'
    elif kind == "configurable":
        inner = wrapper("As low as", "product-price", price, "finalPrice", "normal-price")
        if other:
            inner += wrapper("Regular Price", "old-price", other, "oldPrice", "old-price sly-old-price no-display")
    elif other:
        inner = wrapper("Special Price", "product-price", price, "finalPrice", "special-price") + wrapper(
            "Regular Price", "old-price", other, "oldPrice", "old-price"
        )
    else:
        inner = f'<span class="price-container price-final_price tax weee">\n        <span id="product-price-{pid}" data-price-amount="{_amount(price)}" data-price-type="finalPrice" class="price-wrapper "><span class="price">{money(price)}</span></span>\n        </span>'
    return f'<div class="price-box price-final_price" data-role="priceBox" data-product-id="{pid}" data-price-box="product-id-{pid}">{inner}</div>'


def _part_card(index: int, item: tuple[Any, ...]) -> str:
    name, pid, kind, price, other, rating, reviews, stock, swatches = item
    href = _part_href(name)
    uenc = f"aHR0cHM6Ly93d3cuYnJha2V3b3Jrcy5leGFtcGxlL2Jpa2UtcGFydHMvYnJha2VzLmh0bWw{pid % 7},"
    summary = ""
    if rating is not None:
        summary = f"""<div class="product-reviews-summary short">
                <div class="rating-summary">
            <span class="label"><span>Rating:</span></span>
            <div class="rating-result" id="rating-result_{pid}" title="{rating}%">
                <span style="width:{rating}%">
                    <span>{rating}%</span>
                </span>
            </div>
        </div>
        <div class="reviews-actions">
        <a class="action view" href="{href}#reviews">{reviews}&nbsp;<span>{"Review" if reviews == 1 else "Reviews"}</span></a>
    </div>
</div>"""
    swatch = ""
    if swatches:
        options = {str(49 + n): {"label": s, "type": 1 if "mm" not in s else 0} for n, s in enumerate(swatches)}
        code = "rotor_size" if "mm" in swatches[0] else "color"
        swatch = f"""<div class="swatch-opt-{pid}" data-role="swatch-option-{pid}"></div>
<script type="text/x-magento-init">{json.dumps({f"[data-role=swatch-option-{pid}]": {"Magento_Swatches/js/swatch-renderer": {"selectorProduct": ".product-item-details", "onlySwatches": True, "enableControlLabel": False, "numberToShow": 16, "jsonConfig": {"attributes": {"93": {"id": "93", "code": code, "options": [{"id": k, "label": v["label"], "products": [str(pid * 10 + i)]} for i, (k, v) in enumerate(options.items())]}}, "productId": str(pid)}, "jsonSwatchConfig": {"93": options}}}})}</script>"""
    if stock:
        action = f"""<form data-role="tocart-form" data-product-sku="BW-{pid}" action="/checkout/cart/add/uenc/{uenc}/product/{pid}/" data-mage-init='{{"catalogAddToCart": {{}}}}' method="post">
                <input type="hidden" name="product" value="{pid}">
                <input type="hidden" name="uenc" value="{uenc}">
                <input name="form_key" type="hidden" value="{FORM_KEY}">
                <button type="submit" title="Add to Cart" class="action tocart primary" disabled><span>Add to Cart</span></button>
            </form>"""
    else:
        action = '<div class="stock unavailable"><span>Out of stock</span></div>'
    post = esc(json.dumps({"action": "/wishlist/index/add/", "data": {"product": pid, "uenc": uenc}}))
    compare = esc(json.dumps({"action": "/catalog/product_compare/add/", "data": {"product": str(pid), "uenc": uenc}}))
    return f"""<li class="item product product-item">
    <div class="product-item-info" id="product-item-info_{pid}" data-container="product-grid">
        <a href="{href}" class="product photo product-item-photo" tabindex="-1">
            <span class="product-image-container product-image-container-{pid}" style="width:240px;"><span class="product-image-wrapper" style="padding-bottom: 125%;"><img class="product-image-photo" src="/media/catalog/product/cache/8f3a2c1d/b/w/bw-{pid}.jpg" loading="lazy" width="240" height="300" alt="{esc(name)}"></span></span>
        </a>
        <div class="product details product-item-details">
            <strong class="product name product-item-name">
                <a class="product-item-link" href="{href}">
                    {esc(name)}                </a>
            </strong>
            {summary}
            {_part_price(pid, kind, price, other)}
            {swatch}
            <div class="product-item-inner">
                <div class="product actions product-item-actions">
                    <div class="actions-primary">
            {action}
                    </div>
                    <div data-role="add-to-links" class="actions-secondary">
                        <a href="#" class="action towishlist" title="Add to Wish List" aria-label="Add to Wish List" data-post="{post}" data-action="add-to-wishlist" role="button"><span>Add to Wish List</span></a>
                        <a href="#" class="action tocompare" title="Add to Compare" aria-label="Add to Compare" data-post="{compare}" role="button"><span>Add to Compare</span></a>
                    </div>
                </div>
            </div>
        </div>
    </div>
</li>"""


def _part_toolbar(page: int, pages: int, first: int, count: int, total: int, bottom: bool) -> str:
    def link(n: int) -> str:
        return f"/{CATEGORY}.html" if n == 1 else f"/{CATEGORY}.html?p={n}"

    items = []
    if page > 1:
        items.append(
            f'<li class="item pages-item-previous"><a class="action  previous" href="{link(page - 1)}" title="Previous"><span class="label">Page</span><span>Previous</span></a></li>'
        )
    for n in range(1, pages + 1):
        if n == page:
            items.append(
                f'<li class="item current"><strong class="page"><span class="label">You\'re currently reading page</span><span>{n}</span></strong></li>'
            )
        else:
            items.append(
                f'<li class="item"><a href="{link(n)}" class="page"><span class="label">Page</span><span>{n}</span></a></li>'
            )
    if page < pages:
        items.append(
            f'<li class="item pages-item-next"><a class="action  next" href="{link(page + 1)}" title="Next"><span class="label">Page</span><span>Next</span></a></li>'
        )
    pager = f'<div class="pages"><strong class="label pages-label" id="paging-label">Page</strong><ul class="items pages-items" aria-labelledby="paging-label">{"".join(items)}</ul></div>'
    sorter = '<div class="toolbar-sorter sorter"><label class="sorter-label" for="sorter">Sort By</label><select id="sorter" data-role="sorter" class="sorter-options"><option value="position" selected="selected">Position</option><option value="name">Product Name</option><option value="price">Price</option></select><a title="Set Descending Direction" href="#" class="action sorter-action sort-asc" data-role="direction-switcher" data-value="desc"><span>Set Descending Direction</span></a></div>'
    limiter = '<div class="field limiter"><label class="label" for="limiter"><span>Show</span></label><div class="control"><select id="limiter" data-role="limiter" class="limiter-options"><option value="12" selected="selected">12</option><option value="24">24</option><option value="36">36</option></select></div><span class="limiter-text">per page</span></div>'
    modes = '<div class="modes"><strong class="modes-label" id="modes-label">View as</strong><strong title="Grid" class="modes-mode active mode-grid" data-value="grid"><span>Grid</span></strong><a class="modes-mode mode-list" title="List" href="?product_list_mode=list" data-role="mode-switcher" data-value="list" aria-label="List"><span>List</span></a></div>'
    amount = f'<p class="toolbar-amount" id="toolbar-amount">Items <span class="toolbar-number">{first + 1}</span>-<span class="toolbar-number">{first + count}</span> of <span class="toolbar-number">{total}</span></p>'
    body = f"{modes}{amount}{pager}{limiter}" if bottom else f"{modes}{amount}{sorter}"
    return f'<div class="toolbar toolbar-products" data-mage-init=\'{{"productListToolbarForm":{{"mode":"product_list_mode","direction":"product_list_dir","order":"product_list_order","limit":"product_list_limit","modeDefault":"grid","directionDefault":"asc","orderDefault":"position","limitDefault":12,"url":"/{CATEGORY}.html","formKey":"{FORM_KEY}","post":false}}}}\'>{body}</div>'


def _parts_page(page: int, pages: int, first: int, items: list[Any], total: int) -> str:
    cards = "\n".join(_part_card(first + i, item) for i, item in enumerate(items))
    filters = "".join(
        f'<li class="item"><a href="/{CATEGORY}.html?{key}">{label}<span class="count">{count}<span class="filter-count-label">items</span></span></a></li>'
        for key, label, count in (
            ("price=0-50", '<span class="price">$0.00</span> - <span class="price">$49.99</span>', 11),
            ("price=50-100", '<span class="price">$50.00</span> - <span class="price">$99.99</span>', 8),
            ("price=100-", '<span class="price">$100.00</span> and above', 11),
            ("manufacturer=41", "Shimano", 7),
            ("manufacturer=42", "SRAM", 5),
            ("manufacturer=43", "Hope", 4),
        )
    )
    nav = "".join(
        f'<li class="level0 nav-{n} category-item level-top parent"><a href="/{slug(t)}.html" class="level-top"><span>{t}</span></a></li>'
        for n, t in enumerate(("Bikes", "Bike Parts", "Clothing", "Accessories", "Workshop", "Sale"), 1)
    )
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8"/>
<meta name="title" content="Brakes - Bike Parts"/>
<meta name="robots" content="INDEX,FOLLOW"/>
<title>Brakes - Bike Parts | Brakeworks</title>
<link rel="stylesheet" type="text/css" media="all" href="/static/version1741700000/frontend/Magento/luma/en_US/css/styles-m.css" />
<script type="text/javascript" src="/static/version1741700000/frontend/Magento/luma/en_US/requirejs/require.js"></script>
<link rel="canonical" href="https://www.brakeworks.example/{CATEGORY}.html{"" if page == 1 else f"?p={page}"}" />
</head>
<body data-container="body" data-mage-init='{{"loaderAjax": {{}}, "loader": {{ "icon": "/static/version1741700000/frontend/Magento/luma/en_US/images/loader-2.gif"}}}}' id="html-body" class="page-with-filter page-products categorypath-bike-parts-brakes category-brakes catalog-category-view page-layout-2columns-left">
<div class="cookie-status-message" id="cookie-status">The store will not work correctly when cookies are disabled.</div>
<div class="page-wrapper"><header class="page-header"><div class="panel wrapper"><div class="panel header"><a class="action skip contentarea" href="#contentarea"><span>Skip to Content</span></a><ul class="header links"><li class="greet welcome" data-bind="scope: 'customer'"><span class="not-logged-in" data-bind="html: ''">Default welcome msg!</span></li><li class="authorization-link" data-label="or"><a href="/customer/account/login/referer/aHR0cHM6Ly93d3cuYnJha2V3b3Jrcy5leGFtcGxlLw%2C%2C/">Sign In</a></li><li><a href="/customer/account/create/">Create an Account</a></li></ul></div></div><div class="header content"><span data-action="toggle-nav" class="action nav-toggle"><span>Toggle Nav</span></span><a class="logo" href="/" title="Brakeworks" aria-label="store logo"><img src="/static/version1741700000/frontend/Magento/luma/en_US/images/logo.svg" title="Brakeworks" alt="Brakeworks" width="170" height="41" /></a><div data-block="minicart" class="minicart-wrapper"><a class="action showcart" href="/checkout/cart/" data-bind="scope: 'minicart_content'"><span class="text">My Cart</span><span class="counter qty empty"><span class="counter-number"></span><span class="counter-label"></span></span></a></div><div class="block block-search"><form class="form minisearch" id="search_mini_form" action="/catalogsearch/result/" method="get"><label class="label" for="search" data-role="minisearch-label"><span>Search</span></label><input id="search" type="text" name="q" value="" placeholder="Search entire store here..." class="input-text" maxlength="128" role="combobox" aria-haspopup="false" aria-autocomplete="both" autocomplete="off" aria-expanded="false"/><button type="submit" title="Search" class="action search" aria-label="Search"><span>Search</span></button></form></div></div></header>
<div class="sections nav-sections"><nav class="navigation" data-action="navigation"><ul data-mage-init='{{"menu":{{"responsive":true, "expanded":true, "position":{{"my":"left top","at":"left bottom"}}}}}}'>{nav}</ul></nav></div>
<div class="breadcrumbs"><ul class="items"><li class="item home"><a href="/" title="Go to Home Page">Home</a></li><li class="item category12"><a href="/bike-parts.html" title="">Bike Parts</a></li><li class="item category41"><strong>Brakes</strong></li></ul></div>
<main id="maincontent" class="page-main"><a id="contentarea" tabindex="-1"></a>
<div class="page-title-wrapper"><h1 class="page-title" id="page-title-heading" aria-labelledby="page-title-heading toolbar-amount"><span class="base" data-ui-id="page-title-wrapper">Brakes</span></h1></div>
<div class="page messages"><div data-placeholder="messages"></div></div>
<div class="columns"><div class="column main"><input name="form_key" type="hidden" value="{FORM_KEY}" />
{_part_toolbar(page, pages, first, len(items), total, bottom=False)}
<div class="products wrapper grid products-grid">
<ol class="products list items product-items">
{cards}
</ol>
</div>
{_part_toolbar(page, pages, first, len(items), total, bottom=True)}
<script type="text/x-magento-init">{{"[data-role=tocart-form], .form.map.checkout": {{"catalogAddToCart": {{"product_sku": "BW"}}}}}}</script>
</div>
<div class="sidebar sidebar-main"><div class="block filter" id="layered-filter-block" data-mage-init='{{"collapsible":{{"openedState": "active", "collapsible": true, "active": false, "collateral": {{ "openedState": "filter-active", "element": "body" }} }}}}'><div class="block-title filter-title" data-count="0"><strong data-role="title">Shop By</strong></div><div class="block-content filter-content"><strong role="heading" aria-level="2" class="block-subtitle filter-subtitle">Shopping Options</strong><dl class="filter-options" id="narrow-by-list"><dt role="heading" aria-level="3" class="filter-options-title">Price</dt><dd class="filter-options-content"><ol class="items">{filters}</ol></dd></dl></div></div></div>
<div class="sidebar sidebar-additional"><div class="block block-compare" data-bind="scope: 'compareProducts'" data-role="compare-products-sidebar"><div class="block-title"><strong id="block-compare-heading" role="heading" aria-level="2">Compare Products</strong></div><div class="empty">You have no items to compare.</div></div><div class="block block-wishlist" data-bind="scope: 'wishlist'"><div class="block-title"><strong role="heading" aria-level="2">My Wish List</strong></div><div class="empty">You have no items in your wish list.</div></div></div>
</div></main>
<footer class="page-footer"><div class="footer content"><div class="block newsletter"><div class="title"><strong>Newsletter</strong></div><form class="form subscribe" action="/newsletter/subscriber/new/" method="post"><input name="email" type="email" id="newsletter" placeholder="Enter your email address"/><button class="action subscribe primary" title="Subscribe" type="submit"><span>Subscribe</span></button></form></div><ul class="footer links"><li class="nav item"><a href="/about-us/">About us</a></li><li class="nav item"><a href="/customer-service/">Customer Service</a></li><li class="nav item"><a href="/search/term/popular/">Search Terms</a></li><li class="nav item"><a href="/privacy-policy-cookie-restriction-mode/">Privacy and Cookie Policy</a></li><li class="nav item"><a href="/catalogsearch/advanced/" data-action="advanced-search">Advanced Search</a></li><li class="nav item"><a href="/contact/">Contact Us</a></li></ul></div></footer>
<small class="copyright"><span>Copyright © 2013-present Brakeworks, Inc. All rights reserved.</span></small>
</div>
</body>
</html>"""


@seventh
def build_brakeworks() -> None:
    s = Site(
        "brakeworks",
        kind="product catalogue (Magento 2 Luma category: price boxes, Special/Regular Price, As low as, rating percent bars, ?p=N)",
        start=f"{CATEGORY}.html",
        description="A Magento 2 Luma category page: li.product-item > div.product-item-info, lazy photos, strong.product-item-name, review summaries (rating-result with the percent in title and a width style, '3 Reviews' / '1 Review', nothing when unreviewed), price boxes with amounts in span.price and data-price-amount: 'Special Price' beside the struck 'Regular Price', 'As low as' on configurable products (swatches only in text/x-magento-init JSON), 'From … To …' on bundles; add-to-cart forms with form_key/uenc, wish-list and compare links with data-post JSON, 'Out of stock' on some; layered navigation with counts, compare and wish-list sidebars, a toolbar above and below the grid, ?p=N pages.",
    )
    pages = chunks(PARTS, [12, 12, 6])
    first = 0
    for number, items in enumerate(pages, 1):
        text = _parts_page(number, len(pages), first, items, len(PARTS))
        s.list_page(f"{CATEGORY}.html" if number == 1 else f"{CATEGORY}.html@p={number}", text)
        first += len(items)
    for name, _pid, kind, price, other, rating, reviews, _stock, _sw in PARTS:
        s.expect(
            {
                "title": name,
                "url": _part_href(name),
                "price": price,
                "currency": "USD",
                "original_price": other if other and kind == "simple" else None,
                "rating": rating,
                "review_count": reviews if rating is not None else None,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# gatherly: an Eventbrite-like event search: each li holds the event twice, a horizontal card for small
# screens and a vertical one for desktop (CSS hides one), with hashed module classes and Typography
# classes that carry a colour ("#3a3247"); an urgency badge ("Almost full", "Sales end soon") above some
# titles, "Sat, Mar 14 • 7:30 PM" (with "+ 2 more" on recurring events), the venue, "Free" / "From
# $25.00" / "Check ticket price on event", the organiser and "1.2k followers"; event links carry a
# constant ?aff= and data-event-* attributes; "Promoted" cards (same markup) every page, a category
# strip, "1 of 3" between previous / next links (?page=N).
# ---------------------------------------------------------------------------------------------------

# (title, event id, start, venue, price: None=free, -1=not shown, else "From"; organiser, followers text, badge, more dates)
EVENTS: list[tuple[str, int, datetime, str, float | None, str, str, str | None, int]] = [
    (
        "Oakland Night Market: Spring Opening",
        824117350027,
        datetime(2026, 3, 14, 17, 0),
        "Jack London Square",
        None,
        "Night Markets Collective",
        "12.4k",
        "Going fast",
        0,
    ),
    (
        "Jazz at the Sound Room: Tia Fuller Quartet",
        830552911873,
        datetime(2026, 3, 14, 19, 30),
        "Sound Room",
        25.00,
        "Sound Room Oakland",
        "3.1k",
        None,
        0,
    ),
    (
        "Intro to Wheel Throwing (Beginner Pottery)",
        819006442215,
        datetime(2026, 3, 15, 10, 0),
        "Clay Space Studio",
        68.00,
        "Clay Space",
        "845",
        "Almost full",
        3,
    ),
    (
        "Lake Merritt Sunday Run Club",
        790114553801,
        datetime(2026, 3, 15, 8, 0),
        "Lake Merritt Boathouse",
        None,
        "Lakeside Runners",
        "2.2k",
        None,
        0,
    ),
    (
        "Startup Pitch Night East Bay #42",
        833420018894,
        datetime(2026, 3, 17, 18, 30),
        "Oakstop",
        15.00,
        "East Bay Founders",
        "5.6k",
        "Sales end soon",
        0,
    ),
    (
        "Comedy Underground: Tuesday Showcase",
        801992776530,
        datetime(2026, 3, 17, 20, 0),
        "Luka's Taproom & Lounge",
        12.00,
        "Comedy Underground SF",
        "9.8k",
        None,
        5,
    ),
    (
        "Natural Wine Tasting & Cheese Pairing",
        827551084422,
        datetime(2026, 3, 19, 18, 0),
        "Ordinaire Wine Bar",
        45.00,
        "Ordinaire",
        "1.9k",
        None,
        0,
    ),
    (
        "Community Tree Planting Day",
        828803116745,
        datetime(2026, 3, 21, 9, 0),
        "Arroyo Viejo Park",
        None,
        "Urban Canopy Oakland",
        "687",
        None,
        0,
    ),
    (
        "Salsa & Bachata Social",
        816672390018,
        datetime(2026, 3, 21, 21, 0),
        "Rockridge Dance Hall",
        -1,
        "Ritmo Latino Events",
        "22k",
        None,
        0,
    ),
    (
        "Bay Area Vintage Flea",
        835117422019,
        datetime(2026, 3, 22, 10, 0),
        "Oakland Museum Plaza",
        5.00,
        "Bay Vintage Markets",
        "14.1k",
        "Going fast",
        0,
    ),
    (
        "Python for Data Journalism Workshop",
        821440095537,
        datetime(2026, 3, 24, 18, 0),
        "Oakland Public Library - Main",
        None,
        "Data Desk Bay Area",
        "1.1k",
        None,
        0,
    ),
    (
        "Silent Disco Under the Stars",
        829925113406,
        datetime(2026, 3, 27, 20, 30),
        "Chabot Space & Science Center",
        35.00,
        "Chabot Space & Science Center",
        "31.2k",
        "Almost full",
        0,
    ),
    (
        "Plant Swap & Propagation Clinic",
        812337654091,
        datetime(2026, 3, 28, 11, 0),
        "Temescal Alley",
        None,
        "Green Thumbs East Bay",
        "930",
        None,
        0,
    ),
    (
        "Ramen Making Masterclass",
        834008127745,
        datetime(2026, 3, 28, 17, 0),
        "The Kitchen at Uptown",
        89.00,
        "Umami Cooking School",
        "4.4k",
        None,
        2,
    ),
    (
        "Women in Tech Breakfast",
        826130498802,
        datetime(2026, 3, 31, 8, 30),
        "Kapor Center",
        -1,
        "Women Who Code East Bay",
        "7.7k",
        None,
        0,
    ),
    (
        "Oakland Roots vs. Sacramento Republic",
        837761200913,
        datetime(2026, 4, 4, 19, 0),
        "Oakland Coliseum",
        22.50,
        "Oakland Roots SC",
        "18.9k",
        "Sales end soon",
        0,
    ),
    (
        "Beginner Bouldering Session",
        808845122370,
        datetime(2026, 4, 5, 14, 0),
        "Great Western Power Co.",
        30.00,
        "Touchstone Climbing",
        "6.3k",
        None,
        7,
    ),
    (
        "Poetry Open Mic at the Lantern",
        831290765544,
        datetime(2026, 4, 7, 19, 0),
        "The Lantern Café",
        None,
        "Lantern Readings",
        "512",
        None,
        0,
    ),
    (
        "Spring Craft Beer Festival",
        838004126677,
        datetime(2026, 4, 11, 12, 0),
        "Oakland Marina",
        55.00,
        "East Bay Beer Guild",
        "25.6k",
        "Going fast",
        0,
    ),
    (
        "Sound Bath & Guided Meditation",
        822781940033,
        datetime(2026, 4, 12, 18, 30),
        "Namaste Studio Oakland",
        28.00,
        "Namaste Studio",
        "2.8k",
        None,
        0,
    ),
    (
        "Free Bike Repair Clinic",
        809911324450,
        datetime(2026, 4, 18, 10, 0),
        "Bikes 4 Life",
        None,
        "Bikes 4 Life",
        "1.3k",
        None,
        0,
    ),
    (
        "Indie Game Dev Meetup",
        836602348819,
        datetime(2026, 4, 22, 18, 30),
        "Oakstop",
        None,
        "East Bay Game Devs",
        "743",
        None,
        0,
    ),
    (
        "Afrobeat Dance Party",
        832259810026,
        datetime(2026, 4, 25, 22, 0),
        "The New Parish",
        20.00,
        "Afro Nation Bay",
        "11.5k",
        None,
        0,
    ),
    (
        "Watercolor in the Park",
        818844275561,
        datetime(2026, 4, 26, 13, 0),
        "Mosswood Park",
        18.00,
        "Paint Out Oakland",
        "389",
        None,
        0,
    ),
]
PROMOTED = [
    (
        "SF Wine & Food Experience 2026",
        839900112233,
        datetime(2026, 4, 18, 13, 0),
        "Fort Mason Center",
        95.00,
        "Taste Events Co.",
        "88.2k",
        None,
        0,
    ),
    (
        "Tech Career Fair: Bay Area Spring Edition",
        839900445566,
        datetime(2026, 3, 26, 11, 0),
        "Oakland Marriott City Center",
        None,
        "CareerLink Events",
        "40.7k",
        None,
        0,
    ),
    (
        "Bay Area Home & Garden Show",
        839900778899,
        datetime(2026, 4, 10, 10, 0),
        "Alameda County Fairgrounds",
        12.00,
        "Golden State Expos",
        "9.1k",
        "Going fast",
        0,
    ),
]
EB = "Typography_root__487rx"


def _event_href(title: str, event: int, promoted: bool = False) -> str:
    return f"/e/{slug(title)}-tickets-{event}?aff={'ebdsspromoted' if promoted else 'ebdssbdestsearch'}"


def _event_when(start: datetime, more: int) -> str:
    text = (
        f"{start:%a}, {start:%b} {start.day} • {start.hour % 12 or 12}:{start:%M} {'PM' if start.hour >= 12 else 'AM'}"
    )
    return f"{text} + {more} more" if more else text


def _event_price(price: float | None) -> str:
    if price is None:
        return "Free"
    if price < 0:
        return "Check ticket price on event"
    return f"From {money(price)}"


def _event_card(item: tuple[Any, ...], promoted: bool, vertical: bool) -> str:
    title, event, start, venue, price, organiser, followers, badge, more = item
    href = _event_href(title, event, promoted)
    paid = "free" if price is None else "paid"
    link_attrs = f'href="{href}" rel="noopener" target="_blank" class="event-card-link " aria-label="View {esc(title)}" data-event-id="{event}" data-event-location="Oakland, CA" data-event-paid-status="{paid}" data-event-bucket-label="Popular events" data-event-category="community"'
    badge_html = (
        f'<p class="{EB} #c5162e Typography_body-sm-bold__487rx Typography_align-match-parent__487rx" style="--TypographyColor: #c5162e;">{badge}</p>'
        if badge
        else ""
    )
    promo = (
        f'<div class="DiscoverVerticalEventCard-module__promoted___8kNMe"><p class="{EB} #585163 Typography_body-md-bold__487rx Typography_align-match-parent__487rx" style="--TypographyColor: #585163;">Promoted</p><button class="PromotedInfoIcon-module__button___ePzl2" aria-label="Promoted information"><i class="eds-vector-image eds-icon--small" data-spec="icon" aria-hidden="true"><svg viewBox="0 0 24 24"><path d="M12 2C6.5 2 2 6.5 2 12s4.5 10 10 10 10-4.5 10-10S17.5 2 12 2zm1 15h-2v-6h2v6zm0-8h-2V7h2v2z"></path></svg></i></button></div>'
        if promoted
        else ""
    )
    followers_html = f'<div class="{EB} #3a3247 Typography_body-md-bold__487rx Typography_align-match-parent__487rx" style="--TypographyColor: #3a3247;"><p class="{EB} #3a3247 Typography_body-md-bold__487rx Typography_align-match-parent__487rx" style="--TypographyColor: #3a3247;">{esc(organiser)}</p><div class="organizer-stats"><p class="{EB} #585163 Typography_body-sm__487rx Typography_align-match-parent__487rx" style="--TypographyColor: #585163;"><span>{followers} followers</span></p></div></div>'
    image = f'<a {link_attrs} tabindex="-1"><div class="event-card-image__aspect-container" style="--image-aspect-ratio: 2;"><img class="event-card-image" src="https://img.gatherly-static.example/{event}/original.jpg?w={512 if vertical else 200}&amp;auto=format%2Ccompress&amp;q=75&amp;sharp=10&amp;s=3f9e" alt="{esc(title)}" loading="lazy"></div></a>'
    details = f"""<section class="event-card-details"><div class="Stack_root__1ksk7" style="--Space: 4px;">{badge_html}<a {link_attrs}><h3 class="{EB} #3a3247 Typography_body-lg__487rx event-card__clamp-line--two Typography_align-match-parent__487rx" style="--TypographyColor: #3a3247;">{esc(title)}</h3></a><p class="{EB} #3a3247 Typography_body-md-bold__487rx Typography_align-match-parent__487rx" style="--TypographyColor: #3a3247;">{_event_when(start, more)}</p><p class="{EB} #585163 Typography_body-md__487rx event-card__clamp-line--one Typography_align-match-parent__487rx" style="--TypographyColor: #585163;">{esc(venue)}</p><div class="DiscoverVerticalEventCard-module__priceWrapper___usWo6"><p class="{EB} #3a3247 Typography_body-md-bold__487rx Typography_align-match-parent__487rx" style="--TypographyColor: #3a3247;">{_event_price(price)}</p></div>{followers_html}{promo}</div></section>"""
    actions = f'<div class="event-card-actions"><span class="share-action"><button aria-label="Share this event: {esc(title)}" class="eds-btn--button eds-btn--none eds-btn--icon-only" type="button"><i class="eds-vector-image eds-icon--small"><svg viewBox="0 0 24 24"><path d="M18 16v2H6v-2H4v4h16v-4z"></path></svg></i></button></span><span class="like-action"><button aria-label="Save this event: {esc(title)}" data-event-id="{event}" class="eds-btn--button eds-btn--none eds-btn--icon-only" type="button"><i class="eds-vector-image eds-icon--small"><svg viewBox="0 0 24 24"><path d="M12 21l-8-8c-2-2-2-6 0-8s6-2 8 0c2-2 6-2 8 0s2 6 0 8z"></path></svg></i></button></span></div>'
    if vertical:
        return f'<div class="Container_root__4i85v NestedActionContainer_root__1jtfr event-card event-card__vertical vertical-event-card__action-visibility" data-testid="event-card-vertical">{image}{details}{actions}</div>'
    return f'<div class="small-card-mobile eds-l-pad-all-2"><div class="Container_root__4i85v NestedActionContainer_root__1jtfr event-card event-card__horizontal horizontal-event-card__action-visibility" data-testid="event-card-horizontal">{details}{image}{actions}</div></div>'


def _event_li(item: tuple[Any, ...], promoted: bool = False) -> str:
    return f'<li><div class="SearchResultPanelContentEventCard-module__card___Xno0V"><div data-testid="search-event" class="Stack_root__1ksk7" style="--Space: 16px;">{_event_card(item, promoted, False)}<div class="large-card-desktop">{_event_card(item, promoted, True)}</div></div></div></li>'


def _events_page(page: int, pages: int, items: list[Any]) -> str:
    base = "/d/ca--oakland/all-events/"
    cards = [_event_li(item) for item in items]
    cards.insert(1 if page == 1 else 4, _event_li(PROMOTED[page - 1], promoted=True))
    prev = (
        f'<a href="{base}?page={page - 1}" data-testid="page-prev" aria-label="Previous page" class="eds-btn eds-btn--button eds-btn--neutral eds-btn--icon-only"><i class="eds-vector-image eds-icon--small"><svg viewBox="0 0 24 24"><path d="M14 18l-6-6 6-6 1.4 1.4-4.6 4.6 4.6 4.6z"></path></svg></i></a>'
        if page > 1
        else '<button disabled data-testid="page-prev" aria-label="Previous page" class="eds-btn eds-btn--button eds-btn--neutral eds-btn--icon-only eds-btn--disabled"><i class="eds-vector-image eds-icon--small"><svg viewBox="0 0 24 24"><path d="M14 18l-6-6 6-6"></path></svg></i></button>'
    )
    nxt = (
        f'<a href="{base}?page={page + 1}" data-testid="page-next" aria-label="Next page" class="eds-btn eds-btn--button eds-btn--neutral eds-btn--icon-only"><i class="eds-vector-image eds-icon--small"><svg viewBox="0 0 24 24"><path d="M10 6l6 6-6 6-1.4-1.4 4.6-4.6-4.6-4.6z"></path></svg></i></a>'
        if page < pages
        else '<button disabled data-testid="page-next" aria-label="Next page" class="eds-btn eds-btn--button eds-btn--neutral eds-btn--icon-only eds-btn--disabled"><i class="eds-vector-image eds-icon--small"><svg viewBox="0 0 24 24"><path d="M10 6l6 6-6 6"></path></svg></i></button>'
    )
    cats = "".join(
        f'<li class="category-browse__item"><a href="/d/ca--oakland/{slug(c)}--events/" class="category-browse__link"><i class="eds-vector-image eds-icon--small"></i><span>{c}</span></a></li>'
        for c in (
            "Music",
            "Nightlife",
            "Performing & Visual Arts",
            "Holidays",
            "Dating",
            "Hobbies",
            "Business",
            "Food & Drink",
        )
    )
    state = json.dumps(
        {
            "search_data": {
                "events": {"pagination": {"page_number": page, "page_count": pages, "page_size": 10}, "aggs": {}}
            },
            "location": {"slug": "ca--oakland", "place_name": "Oakland"},
        }
    )
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>Things To Do in Oakland, CA | Gatherly</title>
<meta name="description" content="Looking for something to do in Oakland? Whether you're a local, new in town or just cruising through we've got loads of great tips and events.">
<link rel="canonical" href="https://www.gatherly.example/d/ca--oakland/all-events/">
<link rel="stylesheet" href="https://cdn.gatherly-static.example/search/_next/static/css/3c1f8e5b2a.css">
</head>
<body class="eds-g-theme--eventbrite">
<div id="root"><div class="eds-structure eds-structure--min-height"><header class="global-header"><a href="/" class="logo" aria-label="Gatherly home"><svg viewBox="0 0 200 36"><path d="M0 0h200v36H0z"></path></svg></a><nav class="global-header__nav"><ul><li><a href="/d/local/events/">Find Events</a></li><li><a href="/organizer/overview/">Create Events</a></li><li><a href="/help/">Help Center</a></li><li><a href="/signin/">Log In</a></li><li><a href="/signup/">Sign Up</a></li></ul></nav></header>
<main class="search-main-content"><div class="search-results-panel-content"><div class="SearchResultPanelContent-module__wrapper___g2x0b"><h1 class="Typography_root__487rx #3a3247 Typography_heading-md__487rx">Events in Oakland, CA</h1><ul class="category-browse">{cats}</ul>
<section class="search-results-panel-content__events"><ul class="SearchResultPanelContentEventCardList-module__eventList___2wk-D">
{"".join(cards)}
</ul></section>
<footer class="search-results-panel-content__footer"><nav aria-label="Pagination" class="Pagination-module__search-pagination___y4Y5p"><ul class="eds-pagination"><li>{prev}</li><li data-testid="pagination-parent" class="eds-pagination__navigation-minimal"><span>{page}</span> of <span>{pages}</span></li><li>{nxt}</li></ul></nav></footer>
</div></div></main>
<footer class="global-footer"><ul class="global-footer__links"><li><a href="/about/">About</a></li><li><a href="/blog/">Blog</a></li><li><a href="/help/">Help</a></li><li><a href="/careers/">Careers</a></li><li><a href="/press/">Press</a></li><li><a href="/security/">Security</a></li></ul><p>© 2026 Gatherly</p></footer>
</div></div>
<script>window.__SERVER_DATA__ = {state};</script>
</body>
</html>"""


@seventh
def build_gatherly() -> None:
    s = Site(
        "gatherly",
        kind="event search (Eventbrite-like: each card twice for mobile and desktop, 'Sat, Mar 14 • 7:30 PM', organiser followers, promoted cards)",
        start="d/ca--oakland/all-events/",
        description="An Eventbrite-like event search: each li holds the event twice (a horizontal mobile card and a vertical desktop card), hashed module classes and Typography classes carrying a colour ('#3a3247'), urgency badges ('Almost full', 'Sales end soon'), 'Sat, Mar 14 • 7:30 PM' with '+ 2 more' on recurring events, the venue, 'Free' / 'From $25.00' / 'Check ticket price on event', the organiser and '1.2k followers'; links with a constant ?aff= and data-event-* attributes; one 'Promoted' card a page with the same markup, a category strip, '1 of 3' between previous/next icon links (?page=N).",
    )
    pages = chunks(EVENTS, [10, 10, 4])
    for number, items in enumerate(pages, 1):
        text = _events_page(number, len(pages), items)
        s.list_page(
            "d/ca--oakland/all-events/index.html" if number == 1 else f"d/ca--oakland/all-events/@page={number}", text
        )
        if number == 1:
            s.write("d/ca--oakland/all-events/@page=1", text)
    for title, event, start, venue, price, organiser, followers, _badge, _more in EVENTS:
        count = float(followers.removesuffix("k")) * (1000 if followers.endswith("k") else 1)
        s.expect(
            {
                "title": title,
                "url": _event_href(title, event),
                "date": start.date().isoformat(),
                "time": f"{start.hour % 12 or 12}:{start:%M} {'PM' if start.hour >= 12 else 'AM'}",
                "venue": venue,
                "price": price if price is not None and price >= 0 else None,
                "currency": "USD" if price is not None and price >= 0 else None,
                "organizer": organiser,
                "followers": round(count),
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# freshmeter: a Rotten-Tomatoes-like browse grid: div.flex-container[data-qa=discovery-media-list-item]
# tiles of custom elements: <tile-dynamic>, <rt-img> posters, a <score-pairs-deprecated> whose scores
# live in attributes (criticsscore="93", audiencescore="91", sentiments, certified flags) and again in
# <rt-text slot=criticsScore>93%</rt-text> children (empty when there is no score yet), the title span and
# "Streaming Mar 3, 2025" / "Opened Mar 3, 2025" / "Released Mar 3, 2025"; watch-list buttons, video
# trailer buttons, an ad unit between tiles, a "Popular in theaters" carousel of the same tiles above
# the grid, filter pills, and a "Load more" link to ?page=N.
# ---------------------------------------------------------------------------------------------------

# (title, slug, critics or None, audience or None, certified, label, day)
FILMS: list[tuple[str, str, int | None, int | None, bool, str, date]] = [
    ("Anora", "anora", 93, 91, True, "Streaming", date(2025, 3, 17)),
    ("The Brutalist", "the_brutalist", 93, 79, True, "Streaming", date(2025, 2, 18)),
    ("Companion", "companion_2025", 94, 82, True, "Streaming", date(2025, 2, 18)),
    ("Mickey 17", "mickey_17", 78, 72, False, "Opened", date(2025, 3, 7)),
    (
        "Captain America: Brave New World",
        "captain_america_brave_new_world",
        48,
        78,
        False,
        "Streaming",
        date(2025, 3, 25),
    ),
    ("Flow", "flow_2024", 97, 92, True, "Streaming", date(2025, 2, 4)),
    ("Novocaine", "novocaine_2025", 81, 87, True, "Opened", date(2025, 3, 14)),
    ("Heart Eyes", "heart_eyes", 79, 84, False, "Streaming", date(2025, 3, 4)),
    ("The Monkey", "the_monkey", 77, 55, False, "Streaming", date(2025, 3, 11)),
    ("Paddington in Peru", "paddington_in_peru", 93, 90, True, "Opened", date(2025, 2, 14)),
    ("Plankton: The Movie", "plankton_the_movie", 82, 63, False, "Streaming", date(2025, 3, 7)),
    ("Black Bag", "black_bag", 96, 84, True, "Opened", date(2025, 3, 14)),
    ("Nosferatu", "nosferatu_2024", 85, 73, True, "Streaming", date(2025, 1, 21)),
    ("The Electric State", "the_electric_state", 15, 61, False, "Streaming", date(2025, 3, 14)),
    ("Conclave", "conclave", 93, 86, True, "Streaming", date(2024, 11, 22)),
    ("Opus", "opus_2025", None, None, False, "Released", date(2025, 3, 14)),
    ("A Complete Unknown", "a_complete_unknown", 82, 96, True, "Streaming", date(2025, 2, 25)),
    ("Wicked", "wicked_2024", 88, 95, True, "Streaming", date(2024, 12, 31)),
    ("Sing Sing", "sing_sing", 98, 97, True, "Streaming", date(2024, 8, 23)),
    ("Dog Man", "dog_man", 76, 85, False, "Streaming", date(2025, 3, 11)),
    ("Last Breath", "last_breath_2025", 90, 92, True, "Opened", date(2025, 2, 28)),
    ("Kinda Pregnant", "kinda_pregnant", 27, None, False, "Streaming", date(2025, 2, 5)),
    ("Bob Trevino Likes It", "bob_trevino_likes_it", 96, 95, False, "Streaming", date(2025, 3, 18)),
    ("Presence", "presence_2024", 88, 55, True, "Streaming", date(2025, 2, 11)),
    ("The Alto Knights", "the_alto_knights", None, None, False, "Opens", date(2025, 3, 21)),
    ("Love Hurts", "love_hurts_2025", 19, 68, False, "Streaming", date(2025, 2, 25)),
]
CAROUSEL = [
    ("Snow White", "snow_white_2025", 43, 73, False, "Opened", date(2025, 3, 21)),
    ("Mickey 17", "mickey_17", 78, 72, False, "Opened", date(2025, 3, 7)),
    ("Black Bag", "black_bag", 96, 84, True, "Opened", date(2025, 3, 14)),
]


def _sentiment(score: int | None) -> str:
    return "" if score is None else ("positive" if score >= 60 else "negative")


def _film_tile(item: tuple[Any, ...], carousel: bool = False) -> str:
    title, key, critics, audience, certified, label, day = item
    crit_icon = (
        "" if critics is None else ("certified-fresh" if certified else ("fresh" if critics >= 60 else "rotten"))
    )
    aud_icon = "" if audience is None else ("popcorn-upright" if audience >= 60 else "popcorn-spilled")
    crit_text = "" if critics is None else f"{critics}%"
    aud_text = "" if audience is None else f"{audience}%"
    scores = f"""<score-pairs-deprecated audiencesentiment="{_sentiment(audience)}" audiencescore="{audience if audience is not None else ""}" criticsscore="{critics if critics is not None else ""}" criticssentiment="{_sentiment(critics)}"{" criticscertified" if certified else ""} mediatype="Movie" size="small" skeleton="panel">
    <rt-img slot="criticsScoreIcon" src="https://www.freshmeter.example/assets/pizza-pie/images/icons/tomatometer/{crit_icon or "empty"}.svg" alt="Critics Score Icon" loading="lazy"></rt-img>
    <rt-text slot="criticsScore" context="label" size="1">{crit_text}</rt-text>
    <rt-img slot="audienceScoreIcon" src="https://www.freshmeter.example/assets/pizza-pie/images/icons/audience/aud_score-{aud_icon or "empty"}.svg" alt="Audience Score Icon" loading="lazy"></rt-img>
    <rt-text slot="audienceScore" context="label" size="1">{aud_text}</rt-text>
</score-pairs-deprecated>"""
    link = f"/m/{key}"
    return f"""<div class="flex-container" data-qa="discovery-media-list-item">
<tile-dynamic data-qa="discovery-media-list-item"{' orientation="landscape"' if carousel else ""} isvideo="true">
    <button class="js-videoButton" data-ems-id="{key}" data-content-type="PROMO" data-disable-ads="" data-mpx-id="{2380000000 + len(key) * 7919}" data-public-id="{key[:6]}Trl" data-title="{esc(title)}" data-track="poster" data-type="Movie" slot="imageAction">
        <rt-img slot="image" src="https://resizing.freshmeter.example/{key}/206x305/poster.jpg" alt="{esc(title)}" loading="lazy"></rt-img>
        <span class="sr-only">Watch the trailer for {esc(title)}</span>
        <rt-button theme="transparent" slot="playButton" class="tile-play-button"><rt-icon icon="play-fill"></rt-icon></rt-button>
    </button>
    <div slot="caption" data-track="scores">
        <a href="{link}" data-qa="discovery-media-list-item-caption" data-track="scores">
            {scores}
            <span data-qa="discovery-media-list-item-title" class="p--small">
                {esc(title)}
            </span>
            <span data-qa="discovery-media-list-item-start-date" class="smaller">
                {label} {day:%b} {day.day}, {day.year}
            </span>
        </a>
        <watchlist-button mediaemsid="{key}" medianame="{esc(title)}" mediatype="Movie" mediaurl="{link}" size="s" state="unchecked" data-qa="discovery-media-list-item-watchlist-button"><span slot="text">Watchlist</span></watchlist-button>
    </div>
</tile-dynamic>
</div>"""


def _films_page(page: int, pages: int, items: list[Any]) -> str:
    base = "/browse/movies_at_home/sort:popular"
    tiles = [_film_tile(item) for item in items]
    tiles.insert(
        6,
        '<div class="discovery-tiles__ad" data-qa="discovery-tiles-ad"><ad-unit hidden unit-display="desktop" unit-type="tile" show-ad-link><div slot="ad-inject"></div><span slot="ad-label">Advertise With Us</span></ad-unit></div>',
    )
    carousel = ""
    if page == 1:
        carousel = f'<section class="discovery__carousel" data-qa="section:popular-in-theaters"><h2 class="unset" data-qa="carousel-title"><rt-text context="heading" size="1.25">Popular in Theaters</rt-text></h2><tiles-carousel-responsive skeleton="panel">{"".join(_film_tile(item, carousel=True) for item in CAROUSEL)}</tiles-carousel-responsive></section>'
    more = (
        f'<div class="discovery__actions"><a href="{base}?page={page + 1}" class="button--link" data-qa="dlp-load-more-button" data-next-page="{page + 1}">Load more</a></div>'
        if page < pages
        else ""
    )
    pills = "".join(
        f'<filter-chip label="{t}" value="{v}" data-qa="filter-{v}"><rt-button theme="light" size="s">{t}</rt-button></filter-chip>'
        for t, v in (
            ("Genre", "genre"),
            ("Rating", "rating"),
            ("Release", "release"),
            ("Tomatometer", "critics"),
            ("Audience score", "audience"),
            ("Certified fresh", "certified"),
            ("Affiliates", "affiliates"),
            ("Sort: Most popular", "sort"),
        )
    )
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr" xmlns:fb="http://www.facebook.com/2008/fbml" xmlns:og="http://opengraphprotocol.org/schema/">
<head prefix="og: http://ogp.me/ns# flixstertomatoes: http://ogp.me/ns/apps/flixstertomatoes#">
<meta charset="utf-8">
<title>Best Movies to Watch at Home ({date(2025, 3, 20):%B %Y}) | Freshmeter</title>
<meta name="description" content="Discover the best movies to watch at home, on streaming and on demand.">
<link rel="canonical" href="https://www.freshmeter.example/browse/movies_at_home/sort:popular">
<script id="mps-page-integration">window.mpscall = {{"cag[score]":"","cag[certified_fresh]":"","cat":"browse|movies_at_home","field[env]":"production","path":"/browse/movies_at_home/sort:popular","site":"freshmeter-web","title":"Movies at home","type":"browse"}};</script>
<script type="application/ld+json">{json.dumps({"@context": "http://schema.org", "@type": "ItemList", "itemListElement": {"@type": "ItemList", "numberOfItems": len(items), "itemListElement": [{"@type": "ListItem", "position": n + 1, "url": f"https://www.freshmeter.example/m/{item[1]}"} for n, item in enumerate(items)]}})}</script>
</head>
<body class="body no-touch js-mptd-layout" data-AdsGlobalSkin="true">
<div id="emptyPlaceholder"></div>
<div id="main_container" class="container">
<rt-header-manager></rt-header-manager>
<rt-header aria-label="navigation bar" class="navbar" data-qa="header-nav-bar"><a class="logo-wrap" href="/" data-qa="header-logo" slot="logo"><img src="https://www.freshmeter.example/assets/pizza-pie/images/logos/fm-logo.svg" alt="Freshmeter" class="fm-logo"></a><nav slot="nav-dropdowns"><a href="/browse/movies_in_theaters/sort:popular" data-qa="header:link-movies-in-theaters">Movies in theaters</a><a href="/browse/movies_at_home/sort:popular" data-qa="header:link-movies-at-home">Movies at home</a><a href="/browse/tv_series_browse/sort:popular" data-qa="header:link-tv">TV shows</a><a href="/news/" data-qa="header:link-news">News</a></nav></rt-header>
<div id="header-main" class="header-main"></div>
<main id="main-page-content" class="container">
<div class="discovery">
<div class="discovery__header"><h1 class="discovery__title" data-qa="discovery-title">Movies at Home</h1><p class="discovery__subtitle"><span data-qa="discovery-subtitle">Popular</span></p></div>
<filters-list data-qa="filters-list" class="discovery__filters">{pills}</filters-list>
{carousel}
<div class="discovery-grids-container" data-qa="discovery-grids-container">
<div class="discovery-tiles__wrap" data-qa="discovery-media-list">
{"".join(tiles)}
</div>
{more}
</div>
</div>
</main>
<footer-manager></footer-manager>
<rt-footer class="footer"><nav slot="links"><a href="/help_desk">Help</a><a href="/about">About Freshmeter</a><a href="/critics">Critic Submission</a><a href="/licensing">Licensing</a><a href="/policies/privacy">Privacy Policy</a></nav><p slot="copyright">Copyright © Fandangle. All rights reserved.</p></rt-footer>
</div>
</body>
</html>"""


@seventh
def build_freshmeter() -> None:
    s = Site(
        "freshmeter",
        kind="film browse grid (Rotten-Tomatoes-like: scores in custom elements and their attributes, 'Streaming Mar 3, 2025')",
        start="browse/movies_at_home/sort:popular",
        description="A Rotten-Tomatoes-like browse grid: div.flex-container[data-qa=discovery-media-list-item] tiles of custom elements (tile-dynamic, rt-img, a score-pairs-deprecated whose scores are attributes criticsscore / audiencescore and again rt-text slot children, empty when unscored), the title span and 'Streaming Mar 17, 2025' / 'Opened …' / 'Released …' / 'Opens …'; trailer buttons with screen-reader text, watch-list custom elements, an ad unit between tiles, a 'Popular in Theaters' carousel of the same tiles above the grid on page 1, filter chips, a JSON-LD ItemList of URLs only, and a 'Load more' link to ?page=N.",
    )
    pages = chunks(FILMS, [12, 12, 2])
    for number, items in enumerate(pages, 1):
        text = _films_page(number, len(pages), items)
        s.list_page(
            "browse/movies_at_home/sort:popular/index.html"
            if number == 1
            else f"browse/movies_at_home/sort:popular@page={number}",
            text,
        )
    for title, key, critics, audience, _cert, _label, day in FILMS:
        s.expect(
            {
                "title": title,
                "url": f"/m/{key}",
                "critics_score": critics,
                "audience_score": audience,
                "date": day.isoformat(),
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# jobsift: an Indeed-like job search: ul > li > div.cardOutline.tapItem cards of hashed classes
# (css-… eu4oa1w0) around a layout table; h2.jobTitle > a.jcs-JobTitle (data-jk, role=button,
# aria-label "full details of …") > span[title]; a "new" label on some; the company name and its
# rating (a number beside a star, missing on some), the location ("Hybrid work in Austin, TX"), salary
# and job-type chips of the same markup ("$50,000 - $60,000 a year", "From $22 an hour", "Estimated
# $51.8K - $65.5K a year", missing on some), "Easily apply", bullet snippets, "Posted" twice (a
# screen-reader copy, then "Posted 3 days ago" / "Just posted" / "Today" / "30+ days ago"); sponsored
# jobs (a /pagead/clk link and "Sponsored") with the same markup, empty mosaic li's, a job-alert box,
# and pagination by &start=N.
# ---------------------------------------------------------------------------------------------------

# (title, jk, company, rating, location, salary, job type, posted, easily apply, new)
JOBS: list[tuple[str, str, str, float | None, str, str | None, str | None, str, bool, bool]] = [
    (
        "Data Analyst",
        "8a7b2c4d5e6f7a8b",
        "Lone Star Health Partners",
        3.8,
        "Austin, TX 78701",
        "$50,000 - $60,000 a year",
        "Full-time",
        "3 days ago",
        True,
        False,
    ),
    (
        "Business Intelligence Analyst",
        "1c2d3e4f5a6b7c8d",
        "Capitol Credit Union",
        4.1,
        "Hybrid work in Austin, TX 78758",
        "$68,000 - $82,000 a year",
        "Full-time",
        "Just posted",
        False,
        True,
    ),
    (
        "Junior Data Analyst",
        "9f8e7d6c5b4a3f2e",
        "Bluebonnet Logistics",
        None,
        "Austin, TX",
        "From $22 an hour",
        "Full-time",
        "Today",
        True,
        True,
    ),
    (
        "Marketing Data Analyst",
        "2b3c4d5e6f7a8b9c",
        "Hill Country Outfitters",
        3.5,
        "Remote in Austin, TX",
        None,
        "Full-time",
        "5 days ago",
        True,
        False,
    ),
    (
        "Senior Data Analyst - Product",
        "3c4d5e6f7a8b9c0d",
        "Tessellate Software",
        4.4,
        "Austin, TX 78704",
        "$105,000 - $130,000 a year",
        "Full-time",
        "1 day ago",
        False,
        False,
    ),
    (
        "Data Analyst II",
        "4d5e6f7a8b9c0d1e",
        "State of Texas Comptroller",
        3.9,
        "Austin, TX 78774",
        "$4,800 - $6,200 a month",
        "Full-time",
        "30+ days ago",
        False,
        False,
    ),
    (
        "Healthcare Data Analyst",
        "5e6f7a8b9c0d1e2f",
        "St. Ives Medical Group",
        3.2,
        "Round Rock, TX 78665",
        "Estimated $51.8K - $65.5K a year",
        None,
        "8 days ago",
        True,
        False,
    ),
    (
        "Operations Analyst",
        "6f7a8b9c0d1e2f3a",
        "Riverside Grocers",
        3.6,
        "Austin, TX 78745",
        "$28.50 an hour",
        "Part-time",
        "2 days ago",
        True,
        False,
    ),
    (
        "Data Analyst (SQL, Tableau)",
        "7a8b9c0d1e2f3a4b",
        "Pecan Street Analytics",
        None,
        "Hybrid work in Austin, TX",
        "$70,000 - $85,000 a year",
        "Contract",
        "4 days ago",
        True,
        False,
    ),
    (
        "Financial Data Analyst",
        "8b9c0d1e2f3a4b5c",
        "Longhorn Capital",
        4.0,
        "Austin, TX 78701",
        None,
        "Full-time",
        "12 days ago",
        False,
        False,
    ),
    (
        "Research Data Analyst",
        "9c0d1e2f3a4b5c6d",
        "University of Central Texas",
        4.2,
        "Austin, TX 78712",
        "$58,000 - $66,000 a year",
        "Full-time",
        "6 days ago",
        False,
        False,
    ),
    (
        "Supply Chain Data Analyst",
        "0d1e2f3a4b5c6d7e",
        "Bluebonnet Logistics",
        None,
        "Buda, TX 78610",
        "Up to $75,000 a year",
        "Full-time",
        "Just posted",
        True,
        True,
    ),
    (
        "Product Analyst",
        "1e2f3a4b5c6d7e8f",
        "Quillfeather",
        4.6,
        "Remote in Austin, TX",
        "$90,000 - $115,000 a year",
        "Full-time",
        "9 days ago",
        False,
        False,
    ),
    (
        "Data Quality Analyst",
        "2f3a4b5c6d7e8f9a",
        "Meridian Insurance",
        3.4,
        "Austin, TX 78759",
        "Estimated $60.2K - $76.3K a year",
        "Full-time",
        "15 days ago",
        False,
        False,
    ),
    (
        "Entry Level Data Analyst",
        "3a4b5c6d7e8f9a0b",
        "Cedar Park ISD",
        3.9,
        "Cedar Park, TX 78613",
        "$45,000 a year",
        "Full-time",
        "Today",
        True,
        True,
    ),
    (
        "People Analytics Analyst",
        "4b5c6d7e8f9a0b1c",
        "Tessellate Software",
        4.4,
        "Austin, TX 78704",
        None,
        "Full-time",
        "20 days ago",
        False,
        False,
    ),
    (
        "Data Analyst - Claims",
        "5c6d7e8f9a0b1c2d",
        "Meridian Insurance",
        3.4,
        "Hybrid work in Austin, TX 78759",
        "$31 - $36 an hour",
        "Temporary",
        "3 days ago",
        True,
        False,
    ),
    (
        "GIS Data Analyst",
        "6d7e8f9a0b1c2d3e",
        "City of Pflugerville",
        4.0,
        "Pflugerville, TX 78660",
        "$62,400 - $74,900 a year",
        "Full-time",
        "11 days ago",
        False,
        False,
    ),
    (
        "Sales Operations Analyst",
        "7e8f9a0b1c2d3e4f",
        "Armadillo Robotics",
        4.3,
        "Austin, TX 78741",
        None,
        None,
        "30+ days ago",
        True,
        False,
    ),
    (
        "Data Analyst Intern (Summer 2026)",
        "8f9a0b1c2d3e4f5a",
        "Longhorn Capital",
        4.0,
        "Austin, TX 78701",
        "$25 an hour",
        "Internship",
        "7 days ago",
        True,
        False,
    ),
    (
        "Clinical Data Analyst",
        "9a0b1c2d3e4f5a6b",
        "Lone Star Health Partners",
        3.8,
        "Austin, TX 78705",
        "$72,000 - $88,000 a year",
        "Full-time",
        "2 days ago",
        False,
        False,
    ),
    (
        "Pricing Analyst",
        "0b1c2d3e4f5a6b7c",
        "Riverside Grocers",
        3.6,
        "San Marcos, TX 78666",
        None,
        "Full-time",
        "18 days ago",
        True,
        False,
    ),
    (
        "Data Visualization Analyst",
        "1c2d3e4f5a6b7c8e",
        "Pecan Street Analytics",
        None,
        "Remote in Austin, TX",
        "$80,000 - $95,000 a year",
        "Full-time",
        "1 day ago",
        True,
        False,
    ),
    (
        "Data Analyst, Trust & Safety",
        "2d3e4f5a6b7c8d9f",
        "Quillfeather",
        4.6,
        "Austin, TX 78702",
        "Estimated $74.1K - $93.8K a year",
        "Full-time",
        "25 days ago",
        False,
        False,
    ),
]
SPONSORED_JOBS = [
    (
        "Data Analyst - Remote",
        "f0e1d2c3b4a59687",
        "DataCorp Staffing",
        3.1,
        "Remote",
        "$40 - $55 an hour",
        "Contract",
        "Employer Active 2 days ago",
        True,
        False,
    ),
    (
        "Analytics Associate",
        "e1d2c3b4a5968778",
        "Summit Consulting Group",
        3.7,
        "Austin, TX",
        "$60,000 - $70,000 a year",
        "Full-time",
        "Employer Active 1 day ago",
        True,
        False,
    ),
    (
        "Reporting Analyst",
        "d2c3b4a596877869",
        "NovaCare Health",
        3.3,
        "Georgetown, TX 78626",
        None,
        "Full-time",
        "Employer Active 5 days ago",
        False,
        False,
    ),
    (
        "Data Analyst (Entry Level)",
        "c3b4a5968778695a",
        "TalentBridge",
        2.9,
        "Austin, TX",
        "$20 - $24 an hour",
        "Full-time",
        "Employer Active 3 days ago",
        True,
        False,
    ),
]
JOB_QUERY = "q=data+analyst&l=Austin%2C+TX"


def _job_href(jk: str, sponsored: bool = False) -> str:
    if sponsored:
        return f"/pagead/clk?mo=r&amp;ad=-6NYlbfkN0D{jk[:10]}&amp;p=1&amp;fvj=0&amp;vjs=3"
    return f"/rc/clk?jk={jk}&amp;fccid={jk[::-1]}&amp;vjs=3"


def _job_card(item: tuple[Any, ...], sponsored: bool = False) -> str:
    title, jk, company, rating, location, salary, job_type, posted, easy, new = item
    new_html = '<div class="new topLeft holisticNewBlue desktop"><span class="label">new</span></div>' if new else ""
    rating_html = (
        f'<span data-testid="holistic-rating" class="css-1y9hqah e37uo190"><span aria-hidden="true" class="css-ppxtlp e1wnkr790">{rating}</span><svg xmlns="http://www.w3.org/2000/svg" focusable="false" role="img" fill="currentColor" viewBox="0 0 16 16" aria-hidden="true" class="css-1ndhx8u eac13zx0"><path d="M8 1l2 4.5 5 .5-3.8 3.3 1.1 4.9L8 11.8 3.7 14.2l1.1-4.9L1 6l5-.5z"></path></svg><span class="css-1b6omqv esbq1260">{rating} out of 5 stars</span></span>'
        if rating is not None
        else ""
    )
    chips = []
    if salary:
        chips.append(
            f'<li class="css-1u873d1 eu4oa1w0"><div class="metadata salary-snippet-container css-5zy3wz eu4oa1w0"><div data-testid="attribute_snippet_testid" class="css-1cvo3fd eu4oa1w0">{esc(salary)}</div></div></li>'
        )
    if job_type:
        chips.append(
            f'<li class="css-1u873d1 eu4oa1w0"><div class="metadata css-5zy3wz eu4oa1w0"><div data-testid="attribute_snippet_testid" class="css-1cvo3fd eu4oa1w0">{job_type}</div></div></li>'
        )
    easy_html = (
        '<div class="jobMetaDataGroup css-qspwa8 eu4oa1w0"><div class="iaIcon"><span class="iaTextBlack css-1u6wn3i e1wnkr790">Easily apply</span></div></div>'
        if easy
        else ""
    )
    sponsored_html = (
        '<span class="sponsoredJob css-1vw0g9y e1wnkr790"><span class="sponsoredGray">Sponsored</span></span>'
        if sponsored
        else ""
    )
    date_html = (
        f'<span data-testid="myJobsStateDate" class="css-10pe3me eu4oa1w0">{posted}</span>'
        if posted.startswith("Employer")
        else f'<span data-testid="myJobsStateDate" class="date css-10pe3me eu4oa1w0"><span class="visually-hidden">Posted</span>{"" if posted == "Just posted" else "Posted "}{posted}</span>'
    )
    bullets = "".join(
        f"<li>{b}</li>"
        for b in (
            f"Partner with stakeholders at {esc(company)} to turn data into decisions.",
            "Proficiency in SQL and Excel; Tableau or Power BI preferred.",
        )[: 1 + len(title) % 2]
    )
    classes = f"cardOutline tapItem dd-privacy-allow result job_{jk} {'sponsoredJob sponTapItem' if sponsored else ''} resultWithShelf desktop"
    return f"""<li class="css-5lfssm eu4oa1w0"><div class="{classes}"><div class="slider_container css-8xisqv eu4oa1w0"><div class="slider_list css-bkasv9 eu4oa1w0"><div class="slider_item css-kyg8or eu4oa1w0"><div class="job_seen_beacon"><table class="mainContentTable css-131ju4w eu4oa1w0" cellpadding="0" cellspacing="0" role="presentation"><tbody><tr><td class="resultContent css-1qwrrf0 eu4oa1w0">{new_html}<div class="css-dekpa e37uo190"><h2 class="jobTitle css-198pbd eu4oa1w0" tabindex="-1"><a id="job_{jk}" data-mobtk="1ho{jk[:6]}k" data-jk="{jk}" data-hiring-event="false" data-hide-spinner="true" role="button" aria-label="full details of {esc(title)}" class="jcs-JobTitle css-jspxzf eu4oa1w0" href="{_job_href(jk, sponsored)}"><span title="{esc(title)}" id="jobTitle-{jk}">{esc(title)}</span></a></h2></div>
<div class="company_location css-17fky0v e37uo190"><div class="css-1afmp4o e37uo190"><span data-testid="company-name" class="css-1h7lukg eu4oa1w0">{esc(company)}</span>{rating_html}<div data-testid="text-location" class="css-1restlb eu4oa1w0">{esc(location)}</div></div></div>
<div class="heading6 tapItem-gutter css-1rgici5 eu4oa1w0"><ul class="metadataContainer css-1xkrdy6 eu4oa1w0">{"".join(chips)}</ul></div>{easy_html}</td></tr></tbody></table></div>
<div class="underShelfFooter"><div class="heading6 tapItem-gutter result-footer"><div class="css-9446fg eu4oa1w0" data-testid="jobsnippet_footer"><ul style="list-style-type:circle;margin-top: 0px;margin-bottom: 0px;padding-left:20px;">{bullets}</ul></div>{date_html}{sponsored_html}</div></div></div></div></div></div></li>"""


def _jobs_page(page: int, pages: int, items: list[Any]) -> str:
    base = f"/jobs?{JOB_QUERY}"
    cards = [_job_card(item) for item in items]
    cards.insert(0, _job_card(SPONSORED_JOBS[(page - 1) * 2 % len(SPONSORED_JOBS)], sponsored=True))
    cards.insert(6, _job_card(SPONSORED_JOBS[((page - 1) * 2 + 1) % len(SPONSORED_JOBS)], sponsored=True))
    cards.insert(
        5, '<li class="css-5lfssm eu4oa1w0"><div id="mosaic-afterFifthJobResult" class="mosaic-zone"></div></li>'
    )
    cards.insert(
        9,
        '<li class="css-5lfssm eu4oa1w0"><div id="mosaic-afterTenthJobResult" class="mosaic-zone"><div class="jobsearch-JobAlertForm"><h3>Be the first to see new data analyst jobs in Austin, TX</h3><form action="/alert" method="post"><label for="alertemail">My email:</label><input id="alertemail" name="email" type="email"><button type="submit">Activate</button></form></div></div></li>',
    )

    def link(n: int) -> str:
        return base if n == 1 else f"{base}&amp;start={(n - 1) * 10}"

    pager = []
    if page > 1:
        pager.append(
            f'<li class="css-227srf eu4oa1w0"><a data-testid="pagination-page-prev" aria-label="Previous Page" class="css-akkh0a e8ju0x50" href="{link(page - 1)}"><svg viewBox="0 0 24 24" aria-hidden="true" class="css-1xqhio eac13zx0"><path d="M15.41 7.41 14 6l-6 6 6 6 1.41-1.41L10.83 12z"></path></svg></a></li>'
        )
    for n in range(1, pages + 1):
        if n == page:
            pager.append(
                f'<li class="css-227srf eu4oa1w0"><a data-testid="pagination-page-current" aria-current="page" class="css-6emzbf e8ju0x50">{n}</a></li>'
            )
        else:
            pager.append(
                f'<li class="css-227srf eu4oa1w0"><a data-testid="pagination-page-{n}" aria-label="{n}" class="css-akkh0a e8ju0x50" href="{link(n)}">{n}</a></li>'
            )
    if page < pages:
        pager.append(
            f'<li class="css-227srf eu4oa1w0"><a data-testid="pagination-page-next" aria-label="Next Page" class="css-akkh0a e8ju0x50" href="{link(page + 1)}"><svg viewBox="0 0 24 24" aria-hidden="true" class="css-1xqhio eac13zx0"><path d="M10 6 8.59 7.41 13.17 12l-4.58 4.59L10 18l6-6z"></path></svg></a></li>'
        )
    filters = "".join(
        f'<li class="yosegi-FilterPill-item"><button class="yosegi-FilterPill" id="filter-{v}" aria-haspopup="listbox" type="button"><span class="yosegi-FilterPill-pillLabel">{t}</span><svg viewBox="0 0 24 24" class="yosegi-FilterPill-dropdownPillIcon"><path d="M7 10l5 5 5-5z"></path></svg></button></li>'
        for t, v in (
            ("Date posted", "dateposted"),
            ("Pay", "salary"),
            ("Remote", "remotejob"),
            ("Job type", "jobtype"),
            ("Location", "loc"),
            ("Company", "cmp"),
            ("Experience level", "explvl"),
            ("Education", "edu"),
        )
    )
    data = json.dumps(
        {
            "metaData": {
                "mosaicProviderJobCardsModel": {
                    "tier": {"type": "DEFAULT"},
                    "pageNumber": page,
                    "numberOfJobs": len(JOBS),
                }
            }
        }
    )
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<title>Data Analyst Jobs, Employment in Austin, TX | Jobsift.example</title>
<meta name="description" content="{len(JOBS) * 12} Data Analyst jobs available in Austin, TX on Jobsift.example. Apply to Data Analyst, Business Intelligence Analyst, Junior Data Analyst and more!">
<link rel="canonical" href="https://www.jobsift.example/q-data-analyst-l-austin,-tx-jobs.html">
<link rel="stylesheet" href="/s/e0a3b6f/jobsearch-all.css">
</head>
<body class="jobsearch-Serp jobsearch-Serp--desktop">
<div id="gnav-main-container"><header class="gnav-Header"><a href="/" class="gnav-Logo" aria-label="Jobsift Home"><svg viewBox="0 0 110 30"><path d="M0 0h110v30H0z"></path></svg></a><nav class="gnav-Nav"><ul><li><a href="/" aria-current="page">Find jobs</a></li><li><a href="/companies">Company reviews</a></li><li><a href="/career/salaries">Find salaries</a></li></ul><a href="/account/login" class="gnav-SignIn">Sign in</a><a href="/hire" class="gnav-Employers">Employers / Post Job</a></nav></header></div>
<div id="jobsearch-Main" class="jobsearch-Main"><form id="jobsearch" action="/jobs" method="get" class="jobsearch-SearchForm"><input name="q" value="data analyst" aria-label="search: Job title, keywords, or company"><input name="l" value="Austin, TX" aria-label="Edit location"><button type="submit" class="yosegi-InlineWhatWhere-primaryButton">Find jobs</button></form>
<div class="jobsearch-FilterRow"><ul class="yosegi-FilterPill-list">{filters}</ul></div>
<div class="jobsearch-LeftPane"><div class="jobsearch-JobCountAndSortPane"><div class="jobsearch-JobCountAndSortPane-jobCount css-13jafh6 eu4oa1w0"><span>{len(JOBS) * 12} jobs</span><span class="css-1hs6w8u">Upload your resume - Let employers find you</span></div><div class="jobsearch-SortPane"><span>Sort by: <b>relevance</b> - <a href="/jobs?{JOB_QUERY.replace("&", "&amp;")}&amp;sort=date" rel="nofollow">date</a></span></div></div>
<div id="mosaic-provider-jobcards" class="mosaic mosaic-provider-jobcards mosaic-provider-hydrated"><ul class="css-zu9cdh eu4oa1w0">
{"".join(cards)}
</ul></div>
<nav role="navigation" aria-label="pagination" class="css-jbuxu0 ecydgvn0"><ul class="css-1g90gv6 eu4oa1w0">{"".join(pager)}</ul></nav>
</div>
<div id="jobsearch-ViewjobPaneWrapper" class="jobsearch-ViewJobLayout"><div class="fastviewjob jobsearch-ViewJobLayout--embedded"><div class="jobsearch-JobComponent-loading">Select a job to see its details.</div></div></div>
</div>
<footer class="icl-GlobalFooter"><ul class="icl-GlobalFooter-items"><li><a href="/hire">Hiring Lab</a></li><li><a href="/career-advice">Career Advice</a></li><li><a href="/browsejobs">Browse Jobs</a></li><li><a href="/companies/browse">Browse Companies</a></li><li><a href="/career/salaries">Salaries</a></li><li><a href="/legal">Cookies, Privacy and Terms</a></li></ul><p>© 2026 Jobsift</p></footer>
<script>window.mosaic = window.mosaic || {{}}; window.mosaic.providerData = window.mosaic.providerData || {{}}; window.mosaic.providerData["mosaic-provider-jobcards"]={data};</script>
</body>
</html>"""


@seventh
def build_jobsift() -> None:
    s = Site(
        "jobsift",
        kind="job search (Indeed-like: hashed classes, salary snippets, 'Posted 3 days ago', company ratings, sponsored jobs, &start=N)",
        start=f"jobs?{JOB_QUERY}",
        description="An Indeed-like job search: li > div.cardOutline.tapItem cards of hashed classes around a layout table; h2.jobTitle > a.jcs-JobTitle[role=button][data-jk] > span[title], a 'new' label on some; company name and a rating beside a star (with '3.8 out of 5 stars' copy; missing on some), locations like 'Hybrid work in Austin, TX 78758', salary and job-type chips of the same markup ('$50,000 - $60,000 a year', 'From $22 an hour', 'Estimated $51.8K - $65.5K a year', missing on some), 'Easily apply', bullet snippets, 'Posted' twice (screen-reader copy, then 'Posted 3 days ago' / 'Just posted' / 'Today' / '30+ days ago'); two sponsored jobs a page (/pagead/clk links, 'Sponsored', 'Employer Active …'), empty mosaic li's and a job-alert box, &start=N pagination.",
    )
    pages = chunks(JOBS, [10, 10, 4])
    for number, items in enumerate(pages, 1):
        text = _jobs_page(number, len(pages), items)
        s.list_page(f"jobs@{JOB_QUERY}" if number == 1 else f"jobs@{JOB_QUERY}&start={(number - 1) * 10}", text)
    for title, jk, company, rating, location, salary, job_type, posted, _easy, _new in JOBS:
        s.expect(
            {
                "title": title,
                "url": _job_href(jk).replace("&amp;", "&"),
                "company": company,
                "rating": rating,
                "location": location,
                "salary": salary,
                "job_type": job_type,
                "posted": posted,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in SEVENTH.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind']:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
