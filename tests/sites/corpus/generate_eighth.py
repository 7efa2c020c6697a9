"""Eighth wave of open corpus sites (issue #3): copies of how five more well-known site families mark
up their lists: Craigslist's server-rendered search page (the static ``li.cl-static-search-result`` list
that stands in for the script-built gallery, a JSON-LD ItemList of the same posts without their links),
a Newegg category grid (``div.item-cell > div.item-container``, brand logos, egg ratings in a class
word, prices split into ``$<strong>…</strong><sup>…</sup>``, sponsored cells, ``/Page-2`` paths), PubMed's
search results (``article.full-docsum`` with highlighted terms, author lists, a journal citation line,
PMIDs, "Free PMC article.", snippets, ``&page=N``), a Discourse ``/latest`` list as served to crawlers
(``table.topic-list``, poster avatars whose roles live in a ``title``, raw view counts, a date-only
activity cell, ``?page=N`` "next page" links) and a Ghost blog on the Casper theme (a tag page:
``article.post-card``, the tag's own header card with the same classes, primary tags, ``<time>``,
"5 min read", members-only and featured marks, ``/page/2/``).

Run ``uv run python tests/sites/corpus/generate_eighth.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**. They
were written, and measured, before any heuristic was changed for them.
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

EIGHTH: dict[str, Callable[[], None]] = {}


def eighth(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    EIGHTH[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _plain(marked: str) -> str:
    """The text a reader sees of a string whose highlights are written ``[[word]]``."""
    return marked.replace("[[", "").replace("]]", "")


def _bold(marked: str) -> str:
    """``[[word]]`` → PubMed's ``<b>word</b>`` highlight (the rest escaped)."""
    return esc(marked).replace("[[", "<b>").replace("]]", "</b>")


# ---------------------------------------------------------------------------------------------------
# cascade-list: Craigslist's search page as the server sends it (2024). The result gallery is built by
# script from a JSON API; the HTML itself holds the static fallback list, complete and unpaginated:
# ol.cl-static-search-results with a "see also" li.cl-static-hub-links first, then one
# li.cl-static-search-result[title] per post: a > div.title + div.details > div.price + div.location
# (the price div absent when the owner gave none, the location div empty on some). A JSON-LD ItemList
# repeats the posts (name, offer price, city-level address, no link); the header, the search form, the
# noscript banner and the footer around it.
# ---------------------------------------------------------------------------------------------------

CL_HOST = "https://portland.cascadelist.example"
# (title, subarea, town slug, post id, price or None, location shown ("" when empty), JSON-LD locality)
BIKES: list[tuple[str, str, str, int, int | None, str, str]] = [
    ("Trek FX 3 Disc Hybrid - Medium - Great Commuter", "mlt", "portland", 7801452291, 650, "SE Portland", "Portland"),
    ("Specialized Rockhopper 29er hardtail, size L", "wsc", "beaverton", 7801448830, 425, "Beaverton", "Beaverton"),
    ("Vintage Schwinn Le Tour road bike 1978", "mlt", "portland", 7801447102, 180, "NE Alberta", "Portland"),
    ('Kids 20" Cannondale Trail bike', "clc", "lake-oswego", 7801445517, 140, "Lake Oswego", "Lake Oswego"),
    ("Surly Long Haul Trucker 56cm - touring ready", "mlt", "portland", 7801441986, 1100, "Sellwood", "Portland"),
    ("Rad Power RadCity 5 Plus electric bike", "clk", "vancouver", 7801440263, 1250, "Vancouver WA", "Vancouver"),
    ("Wahoo KICKR Snap bike trainer", "mlt", "portland", 7801438754, 275, "", "Portland"),
    ("Yuba Spicy Curry cargo bike (no battery)", "mlt", "portland", 7801436020, 1800, "N Williams", "Portland"),
    ("Strider balance bike - free to a good home", "mlt", "gresham", 7801433412, None, "Gresham", "Gresham"),
    ("Giant Escape 3 - like new, barely ridden", "wsc", "hillsboro", 7801431168, 300, "Hillsboro", "Hillsboro"),
    ("Brompton M6L folding bike, black", "mlt", "portland", 7801429873, 1450, "Pearl District", "Portland"),
    ("Bianchi Via Nirone 7 road bike 55cm Celeste", "wsc", "tigard", 7801427315, 520, "Tigard", "Tigard"),
    ("Electra Townie 7D cruiser bike", "clc", "milwaukie", 7801425540, 260, "Milwaukie", "Milwaukie"),
    ("Santa Cruz Hightower C 2021 XL", "clc", "oregon-city", 7801423002, 2900, "Oregon City", "Oregon City"),
    ("Kuat hitch bike rack for 2 bikes", "mlt", "portland", 7801420648, 90, "St Johns", "Portland"),
    ("Fixie / single speed 54cm flip flop hub", "mlt", "portland", 7801418791, 120, "SE Division", "Portland"),
    ("Women's Trek Verve 2 small", "wsc", "aloha", 7801416234, None, "Aloha", "Aloha"),
    ("Kona Rove ST gravel bike 52cm", "mlt", "portland", 7801414470, 850, "Hawthorne", "Portland"),
    ("Burley Rock N Roll tandem", "clk", "camas", 7801412008, 700, "Camas", "Camas"),
    ("Mongoose Legion L100 BMX", "mlt", "gresham", 7801409655, 150, "Gresham", "Gresham"),
    ("Cannondale CAAD12 105 - 54cm", "wsc", "beaverton", 7801407231, 975, "", "Beaverton"),
    ("Salsa Fargo adventure bike 2019 Medium", "mlt", "portland", 7801405590, 1350, "Woodstock", "Portland"),
    ("Old Peugeot 10 speed - project bike", "mlt", "portland", 7801402117, 60, "portland", "Portland"),
    ("Thule Chariot Cross 2 kids trailer", "clc", "west-linn", 7801399846, 450, "West Linn", "West Linn"),
    ("Marin Four Corners touring bike Medium", "mlt", "portland", 7801397402, 600, "Kenton", "Portland"),
    ("Specialized Turbo Vado 4.0 e-bike", "wsc", "tualatin", 7801395113, 2200, "Tualatin", "Tualatin"),
    ("Mavic Ksyrium road wheelset 700c", "mlt", "portland", 7801392680, 200, "NW 23rd", "Portland"),
    ("Nishiki Colorado 1990 vintage MTB", "clk", "vancouver", 7801390254, 95, "Hazel Dell", "Vancouver"),
]
CL_QUERY = "purveyor=owner"


def _cl_href(title: str, sub: str, town: str, pid: int) -> str:
    words = slug(title).split("-")[:7]
    return f"{CL_HOST}/{sub}/bik/d/{town}-{'-'.join(words)}/{pid}.html"


def _cl_result(item: tuple[Any, ...]) -> str:
    title, sub, town, pid, price, location, _city = item
    price_html = f'\n                <div class="price">${price:,}</div>' if price is not None else ""
    return f"""<li class="cl-static-search-result" title="{esc(title)}">
        <a href="{_cl_href(title, sub, town, pid)}">
            <div class="title">{esc(title)}</div>

            <div class="details">{price_html}
                <div class="location">
                    {esc(location)}
                </div>
            </div>
        </a>
    </li>"""


def _cl_page() -> str:
    results = "\n    ".join(_cl_result(item) for item in BIKES)
    ld_items = []
    for position, (title, _sub, _town, pid, price, _loc, city) in enumerate(BIKES):
        offer: dict[str, Any] = {
            "@type": "Offer",
            "availableAtOrFrom": {
                "@type": "Place",
                "address": {
                    "@type": "PostalAddress",
                    "addressLocality": city,
                    "addressRegion": "WA" if city in {"Vancouver", "Camas"} else "OR",
                    "addressCountry": "",
                    "postalCode": "",
                    "streetAddress": "",
                },
                "geo": {
                    "@type": "GeoCoordinates",
                    "latitude": round(45.4 + (pid % 37) / 100, 4),
                    "longitude": round(-122.9 + (pid % 53) / 100, 4),
                },
            },
        }
        if price is not None:
            offer |= {"price": f"{price:.2f}", "priceCurrency": "USD"}
        ld_items.append(
            {
                "@type": "ListItem",
                "position": str(position),
                "item": {
                    "@type": "Product",
                    "name": title,
                    "offers": offer,
                    "image": [f"https://images.cascadelist.example/00{pid % 9}0{pid % 7}_{pid:x}Kq_0CI0t2_600x450.jpg"],
                    "description": "",
                },
            }
        )
    ld_results = json.dumps(
        {"@type": "ItemList", "@context": "https://schema.org", "itemListElement": ld_items}, separators=(",", ":")
    )
    ld_page = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "SearchResultsPage",
            "breadcrumb": {
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "portland", "item": f"{CL_HOST}/"},
                    {"@type": "ListItem", "position": 2, "name": "for sale", "item": f"{CL_HOST}/search/sss"},
                    {
                        "@type": "ListItem",
                        "position": 3,
                        "name": "bicycles - by owner",
                        "item": f"{CL_HOST}/search/bia?{CL_QUERY}",
                    },
                ],
            },
        },
        separators=(",", ":"),
    )
    hubs = "\n".join(
        f'<a class="cl-link" href="{CL_HOST}/search/{code}">{esc(text)}</a>'
        for code, text in (
            ("bia", "bicycles - all"),
            ("bid", "bicycles - by dealer"),
            ("bip", "bicycle parts - by owner"),
            ("sss?query=bike+rack", "bike racks"),
            ("sss?query=helmet", "helmets"),
        )
    )
    footer = "".join(
        f'<li><a href="{h}">{t}</a></li>'
        for t, h in (
            ("© 2024 cascadelist", "https://www.cascadelist.example/about/"),
            ("help", "https://www.cascadelist.example/about/help/"),
            ("safety", "https://www.cascadelist.example/about/scams"),
            ("privacy", "https://www.cascadelist.example/about/privacy.policy"),
            ("feedback", "https://forums.cascadelist.example/?forumID=2"),
            ("terms", "https://www.cascadelist.example/about/terms.of.use"),
            ("about", "https://www.cascadelist.example/about/"),
            ("cl app", "https://www.cascadelist.example/about/mobile"),
            ("mobile", "/search/bia?purveyor=owner&lang=en&cc=us&mobile=1"),
        )
    )
    return f"""<!DOCTYPE html>
<html>
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width,initial-scale=1">
	<title>portland bicycles - by owner - cascadelist</title>
	<meta name="description" content="portland bicycles - by owner - cascadelist">
	<link rel="canonical" href="{CL_HOST}/search/bia?{CL_QUERY}">
	<link rel="alternate" href="{CL_HOST}/search/bia?{CL_QUERY}" hreflang="x-default">
	<link rel="preconnect" href="https://www.cascadelist.example/static/www/">
	<link rel="stylesheet" media="all" href="https://www.cascadelist.example/static/www/c9d1e0f7b4a6a0c35e2b8f7d0f1a94c2a3d1b6e8.css">
	<script type="application/ld+json" id="ld_searchpage_data" >{ld_page}</script>
	<script type="application/ld+json" id="ld_searchpage_results" >{ld_results}</script>
	<script>
		var areaAbbrev = "pdx", areaId = 9, areaCountry = "US", pageType = "search", searchPath = "bia", searchFilters = {{"purveyor":"owner"}};
		var staticPath = "https://www.cascadelist.example/static/www/", cl = window.cl || {{}}; cl.init = cl.init || [];
	</script>
</head>
<body class="search no-js">
	<div class="cl-content">
		<header class="cl-header" role="banner">
			<div class="cl-breadcrumbs">
				<a class="cl-home-link" href="https://www.cascadelist.example/" aria-label="cascadelist home">CL</a>
				<span class="cl-breadcrumb"><a class="cl-link" href="{CL_HOST}/">portland</a></span>
				<span class="cl-breadcrumb"><a class="cl-link" href="{CL_HOST}/search/sss">for sale</a></span>
				<span class="cl-breadcrumb"><a class="cl-link" href="{CL_HOST}/search/bia">bicycles</a></span>
				<span class="cl-breadcrumb cl-current">by owner</span>
			</div>
			<div class="cl-header-actions">
				<a class="cl-goto-post" href="https://post.cascadelist.example/c/pdx">post</a>
				<a class="cl-goto-account" href="https://accounts.cascadelist.example/login/home">account</a>
				<a class="cl-favorites" href="{CL_HOST}/favorites" title="favorites"><span class="icom-favorite"></span><span class="cl-favorites-count"></span></a>
			</div>
		</header>
		<main>
			<noscript>
				<div class="cl-noscript-banner">This page works best with JavaScript enabled. Showing a simplified list of results.</div>
			</noscript>
			<form class="cl-search-query-form" action="{CL_HOST}/search/bia" method="get">
				<input type="hidden" name="purveyor" value="owner">
				<input class="cl-search-query" type="search" name="query" placeholder="search bicycles" autocomplete="off" value="">
				<button type="submit" class="cl-search-button">search</button>
			</form>
			<div class="cl-search-results" data-search-path="bia"></div>
<ol class="cl-static-search-results">
    <li class="cl-static-hub-links">
        <div>see also</div>
        {hubs}
    </li>
    {results}
</ol>
		</main>
		<footer class="cl-footer">
			<ul class="cl-footer-links">{footer}</ul>
		</footer>
	</div>
	<script src="https://www.cascadelist.example/static/www/4f8a0b9e1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f.js" crossorigin="anonymous"></script>
	<script>cl.init.push(function() {{ cl.searchResults.load({{ apiUrl: "https://sapi.cascadelist.example/web/v8/postings/search/full?batch=9-0-360-0-0&cc=US&lang=en&purveyor=owner&searchPath=bia" }}); }});</script>
</body>
</html>"""


@eighth
def build_cascade_list() -> None:
    s = Site(
        "cascade-list",
        kind="classifieds search (Craigslist static fallback: cl-static-search-result list, JSON-LD ItemList without links, one page)",
        start=f"search/bia?{CL_QUERY}",
        description="Craigslist's search page as the server sends it (2024): the result gallery is script-built from a JSON API, the HTML holds the static fallback, complete and unpaginated: ol.cl-static-search-results with a 'see also' li.cl-static-hub-links first, then li.cl-static-search-result[title] > a (absolute post links) > div.title + div.details > div.price ('$1,250', absent when no price) + div.location (whitespace-padded, empty on some); a JSON-LD ItemList of the same posts with offer prices and city-level addresses but no links; breadcrumbs, a search form, a noscript banner, footer links.",
    )
    s.list_page(f"search/bia@{CL_QUERY}", _cl_page())
    for title, sub, town, pid, price, location, _city in BIKES:
        s.expect(
            {
                "title": title,
                "url": _cl_href(title, sub, town, pid),
                "price": price,
                "currency": "USD" if price is not None else None,
                "location": location or None,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# chipcellar: a Newegg category grid (2024): div.item-cells-wrap of div.item-cell > div.item-container
# with an image link, div.item-info (div.item-branding: the brand only as a logo's title/alt, an egg
# rating as a class word "rating rating-4-5" with aria-label "rated 4.5 out of 5" and "(1,234)"),
# a.item-title, a ul.item-features (the list view's specs) of "<strong>Label:</strong> value" rows, p.item-promo on
# some), then div.item-action > ul.price: empty or filled li.price-was / li.price-save, li.price-current
# "$<strong>599</strong><sup>.99</sup>" (with "(3 Offers)" on some), li.price-ship; Add to cart and
# Compare controls. Sponsored cells with the same classes, a "Sponsored Products" swiper above, a
# facet sidebar with counts, "Page 1/3" pagers of buttons and links to …/Page-2?Tid=7709, and a
# window.__initialState__ blob holding part of the data.
# ---------------------------------------------------------------------------------------------------

NE_HOST = "https://www.chipcellar.example"
NE_PATH = "GPUs-Video-Graphics-Cards/SubCategory/ID-48"
NE_QUERY = "Tid=7709"
NE_BRANDS = {
    "MSI": 1312,
    "ASUS": 1315,
    "GIGABYTE": 1314,
    "ZOTAC": 1996,
    "SAPPHIRE": 1561,
    "XFX": 1622,
    "PowerColor": 1436,
    "ASRock": 1209,
    "PNY": 1443,
    "Intel": 1157,
    "EVGA": 1402,
}
# (brand, title, item number "14-137-870", rating or None, reviews, price, was or None, shipping, promo, offers)
GPUS: list[tuple[str, str, str, float | None, int, float, float | None, str, str | None, int | None]] = [
    (
        "MSI",
        "MSI Ventus GeForce RTX 4070 SUPER 12GB GDDR6X PCI Express 4.0 ATX Video Card RTX 4070 SUPER 12G VENTUS 2X OC",
        "14-137-870",
        4.5,
        97,
        599.99,
        None,
        "Free Shipping",
        None,
        None,
    ),
    (
        "ASUS",
        "ASUS TUF Gaming GeForce RTX 4070 Ti SUPER 16GB GDDR6X PCI Express 4.0 Video Card TUF-RTX4070TIS-O16G-GAMING",
        "14-126-694",
        5.0,
        212,
        829.99,
        849.99,
        "Free Shipping",
        "Limited time offer, ends 12/01",
        None,
    ),
    (
        "GIGABYTE",
        "GIGABYTE Radeon RX 7800 XT GAMING OC 16G Graphics Card, 3x WINDFORCE Fans, 16GB 256-bit GDDR6, GV-R78XTGAMING OC-16GD Video Card",
        "14-932-653",
        4.5,
        184,
        479.99,
        519.99,
        "Free Shipping",
        None,
        None,
    ),
    (
        "SAPPHIRE",
        "SAPPHIRE PULSE Radeon RX 7600 8GB GDDR6 PCI Express 4.0 ATX Video Card 11324-01-20G",
        "14-202-431",
        4.0,
        351,
        259.99,
        269.99,
        "Free Shipping",
        "Free Game w/ purchase, limited offer",
        None,
    ),
    (
        "ZOTAC",
        "ZOTAC GAMING GeForce RTX 4060 Ti 8GB Twin Edge OC DLSS 3 8GB GDDR6 128-bit Video Card ZT-D40610H-10M",
        "14-500-554",
        4.0,
        78,
        379.99,
        None,
        "Free Shipping",
        None,
        2,
    ),
    (
        "XFX",
        "XFX Speedster MERC310 Radeon RX 7900 XTX Black Edition 24GB GDDR6 PCI Express 4.0 Video Card RX-79XMERCB9",
        "14-150-876",
        4.5,
        1023,
        899.99,
        999.99,
        "Free Shipping",
        None,
        None,
    ),
    (
        "PNY",
        "PNY GeForce RTX 4060 8GB XLR8 Gaming VERTO EPIC-X RGB Triple Fan Graphics Card DLSS 3 VCG40608TFXXPB1",
        "14-133-876",
        None,
        0,
        299.99,
        None,
        "$4.99 Shipping",
        None,
        None,
    ),
    (
        "ASRock",
        "ASRock Challenger Arc A750 8GB GDDR6 PCI Express 4.0 Video Card A750 CL 8GO",
        "14-930-082",
        4.0,
        420,
        179.99,
        199.99,
        "Free Shipping",
        None,
        None,
    ),
    (
        "PowerColor",
        "PowerColor Hellhound Radeon RX 7700 XT 12GB GDDR6 PCI Express 4.0 ATX Video Card RX7700XT 12G-L/OC",
        "14-131-831",
        4.5,
        143,
        399.99,
        None,
        "Free Shipping",
        None,
        None,
    ),
    (
        "Intel",
        "Intel Arc B580 Limited Edition 12GB GDDR6 PCI Express 4.0 x8 Graphics Card 31P06HB0BA",
        "14-883-006",
        4.5,
        56,
        249.99,
        None,
        "Free Shipping",
        "OUT OF STOCK",
        None,
    ),
    (
        "MSI",
        "MSI Gaming GeForce RTX 3060 12GB 15 Gbps GDRR6 192-Bit HDMI/DP PCIe 4 Torx Twin Fan Ampere OC Graphics Card RTX 3060 Ventus 2X 12G OC",
        "14-137-632",
        4.5,
        2871,
        284.99,
        299.99,
        "Free Shipping",
        None,
        None,
    ),
    (
        "GIGABYTE",
        "GIGABYTE GeForce RTX 4090 GAMING OC 24G Graphics Card, 3x WINDFORCE Fans, 24GB 384-bit GDDR6X, GV-N4090GAMING OC-24GD Video Card",
        "14-932-549",
        4.0,
        612,
        2099.99,
        None,
        "Free Shipping",
        None,
        3,
    ),
    (
        "ASUS",
        "ASUS Dual GeForce RTX 4060 OC Edition 8GB GDDR6 PCI Express 4.0 Video Card DUAL-RTX4060-O8G",
        "14-126-660",
        4.5,
        389,
        309.99,
        None,
        "Free Shipping",
        None,
        None,
    ),
    (
        "SAPPHIRE",
        "SAPPHIRE NITRO+ Radeon RX 7900 GRE 16GB GDDR6 PCI Express 4.0 ATX Video Card 11325-02-20G",
        "14-202-438",
        5.0,
        87,
        569.99,
        599.99,
        "Free Shipping",
        "Limited time offer, ends 12/01",
        None,
    ),
    (
        "ZOTAC",
        "ZOTAC GAMING GeForce RTX 4070 Twin Edge OC DLSS 3 12GB GDDR6X 192-bit Video Card ZT-D40700H-10M",
        "14-500-550",
        4.0,
        130,
        549.99,
        None,
        "$9.99 Shipping",
        None,
        None,
    ),
    (
        "XFX",
        "XFX Speedster SWFT 210 Radeon RX 7600 8GB GDDR6 PCI Express 4.0 Video Card RX-76PSWFTFY",
        "14-150-880",
        4.0,
        265,
        239.99,
        259.99,
        "Free Shipping",
        None,
        None,
    ),
    (
        "MSI",
        "MSI Gaming X Slim GeForce RTX 4070 Ti SUPER 16GB GDDR6X PCI Express 4.0 Video Card RTX 4070 Ti SUPER 16G GAMING X SLIM",
        "14-137-858",
        4.5,
        64,
        869.99,
        None,
        "Free Shipping",
        None,
        None,
    ),
    (
        "PowerColor",
        "PowerColor Fighter AMD Radeon RX 6600 8GB GDDR6 PCI Express 4.0 Video Card AXRX 6600 8GBD6-3DH",
        "14-131-809",
        4.5,
        1504,
        199.99,
        219.99,
        "Free Shipping",
        "Free Game w/ purchase, limited offer",
        None,
    ),
    (
        "ASRock",
        "ASRock Phantom Gaming Radeon RX 7900 XT 20GB GDDR6 PCI Express 4.0 Video Card RX7900XT PG 20GO",
        "14-930-088",
        None,
        0,
        679.99,
        729.99,
        "Free Shipping",
        None,
        None,
    ),
    (
        "GIGABYTE",
        "GIGABYTE GeForce RTX 4060 Ti AERO OC 16G Graphics Card, 3x WINDFORCE Fans, 16GB 128-bit GDDR6, GV-N406TAERO OC-16GD Video Card",
        "14-932-644",
        4.5,
        41,
        489.99,
        None,
        "Free Shipping",
        None,
        None,
    ),
    (
        "ASUS",
        "ASUS ROG Strix GeForce RTX 4080 SUPER 16GB GDDR6X PCI Express 4.0 Video Card ROG-STRIX-RTX4080S-O16G-GAMING",
        "14-126-688",
        4.5,
        158,
        1199.99,
        1249.99,
        "Free Shipping",
        None,
        2,
    ),
    (
        "PNY",
        "PNY GeForce RTX 4070 12GB VERTO Dual Fan Graphics Card DLSS 3 VCG407012DFXPB1",
        "14-133-861",
        4.0,
        93,
        529.99,
        None,
        "Free Shipping",
        None,
        None,
    ),
    (
        "SAPPHIRE",
        "SAPPHIRE PURE Radeon RX 7700 XT 12GB GDDR6 PCI Express 4.0 ATX Video Card 11335-03-20G",
        "14-202-433",
        5.0,
        27,
        419.99,
        None,
        "Free Shipping",
        None,
        None,
    ),
    (
        "EVGA",
        "EVGA GeForce RTX 3060 XC GAMING 12GB GDDR6 PCI Express 4.0 Video Card 12G-P5-3657-KR",
        "14-487-537",
        4.5,
        1312,
        329.99,
        None,
        "$4.99 Shipping",
        None,
        None,
    ),
    (
        "Intel",
        "Intel Arc A770 Limited Edition 16GB GDDR6 PCI Express 4.0 Graphics Card 21P01J00BA",
        "14-883-001",
        4.0,
        733,
        289.99,
        329.99,
        "Free Shipping",
        None,
        None,
    ),
    (
        "MSI",
        "MSI Gaming Radeon RX 7600 XT 16GB GDDR6 PCI Express 4.0 Video Card RX 7600 XT GAMING X 16G",
        "14-137-862",
        4.0,
        52,
        329.99,
        None,
        "Free Shipping",
        None,
        None,
    ),
    (
        "ZOTAC",
        "ZOTAC GAMING GeForce GTX 1650 OC 4GB GDDR6 128-bit Gaming Graphics Card ZT-T16520F-10L",
        "14-500-492",
        4.5,
        2210,
        149.99,
        169.99,
        "Free Shipping",
        None,
        None,
    ),
    (
        "XFX",
        "XFX Speedster QICK 319 Radeon RX 6750 XT CORE 12GB GDDR6 PCI Express 4.0 Video Card RX-675XYJFDP",
        "14-150-867",
        4.5,
        988,
        309.99,
        349.99,
        "Free Shipping",
        None,
        None,
    ),
]
# Sponsored cells: (brand, title, item number, rating, reviews, price, was)
NE_ADS: list[tuple[str, str, str, float, int, float, float | None]] = [
    (
        "GIGABYTE",
        "GIGABYTE AORUS GeForce RTX 4080 SUPER MASTER 16G Graphics Card GV-N408SAORUS M-16GD",
        "14-932-671",
        4.5,
        22,
        1229.99,
        None,
    ),
    (
        "ASUS",
        "ASUS Prime GeForce RTX 4070 SUPER OC Edition 12GB GDDR6X Video Card PRIME-RTX4070S-O12G",
        "14-126-699",
        4.5,
        118,
        619.99,
        649.99,
    ),
    (
        "PowerColor",
        "PowerColor Red Devil Radeon RX 7900 XTX 24GB GDDR6 Video Card RX7900XTX 24G-E/OC",
        "14-131-815",
        4.5,
        301,
        979.99,
        None,
    ),
    (
        "MSI",
        "MSI SUPRIM X GeForce RTX 4090 24GB GDDR6X Video Card RTX 4090 SUPRIM X 24G",
        "14-137-762",
        5.0,
        412,
        2199.99,
        None,
    ),
]


def _ne_item_id(number: str) -> str:
    return "N82E168" + number.replace("-", "")


def _ne_href(title: str, number: str, sponsored: bool = False) -> str:
    words = slug(title).split("-")[:12]
    item = _ne_item_id(number)
    tail = f"&cm_sp=SP-_-{number}-_-0-_-1-_-{item}-_-gpu-_-rtx-_-1" if sponsored else ""
    return f"{NE_HOST}/{'-'.join(words)}/p/{item}?Item={item}{tail}"


def _ne_rating(rating: float | None, reviews: int, href: str) -> str:
    if rating is None:
        return ""
    shown = f"{rating:g}"
    cls = f"rating-{shown.replace('.', '-')}"
    return f'<a class="item-rating" href="{href}#IsFeedbackTab" title="Rating + {shown}"><i class="rating {cls}" aria-label="rated {shown} out of 5"></i><span class="item-rating-num">({reviews:,})</span></a>'


def _ne_price(price: float, was: float | None, ship: str, offers: int | None) -> str:
    whole, cents = f"{price:,.2f}".split(".")
    was_html = f'<span class="price-was-data">{money(was)}</span>' if was else ""
    save = (
        f'<span class="price-save-endtime price-save-endtime-current"></span><span class="price-save-label">Save: </span><span class="price-save-dollar"></span><span class="price-save-percent">{round((was - price) / was * 100)}%</span>'
        if was
        else ""
    )
    offers_html = f'<a class="price-current-num" href="#">({offers} Offers)</a>' if offers else ""
    return f"""<ul class="price ">
            <li class="price-was">{was_html}</li>
            <li class="price-map "></li>
            <li class="price-current ">$<strong>{whole}</strong><sup>.{cents}</sup> {offers_html}<span class="price-current-range"><abbr title="to">–</abbr></span></li>
            <li class="price-save ">{save}</li>
            <li class="price-note"></li>
            <li class="price-ship">{ship}</li>
        </ul>"""


def _ne_features(title: str, number: str) -> str:
    memory = next((w for w in title.split() if w.endswith("GB") and w[:-2].isdigit()), None)
    memory = memory or next((w + "B" for w in title.split() if w.endswith("G") and w[:-1].isdigit()), "8GB")
    ports = "3 x DisplayPort 1.4a" if "GeForce" in title else "2 x DisplayPort 2.1"
    return f"""<ul class="item-features">
            <li><strong>Memory Size:</strong> {memory}</li>
            <li><strong>DisplayPort:</strong> {ports}</li>
            <li><strong>HDMI:</strong> 1 x HDMI 2.1a</li>
            <li><strong>Model #: </strong>{esc(title.rsplit(" Video Card ", maxsplit=1)[-1].rsplit(" Graphics Card ", maxsplit=1)[-1])}</li>
            <li><strong>Item #: </strong>{_ne_item_id(number)}</li>
            <li><strong>Return Policy: </strong><a href="{NE_HOST}/promotions/nepro/22-0333/index.html?cm_sp=link-_-return-_-policy" target="_blank">Standard Return Policy</a></li>
        </ul>"""


def _ne_cell(position: int, item: tuple[Any, ...], sponsored: bool = False) -> str:
    brand, title, number, rating, reviews, price, was, ship, promo, offers = item
    href = _ne_href(title, number, sponsored)
    item_id = _ne_item_id(number)
    img = f"https://c1.chipcellarimages.example/productimage/nb300/{number}-V01.jpg"
    promo_html = f'<p class="item-promo"><i class="item-promo-icon"></i>{esc(promo)}</p>' if promo else ""
    sponsored_html = (
        '<div class="item-sponsored"><span class="item-sponsored-text">Sponsored</span><i class="fas fa-info-circle" title="This is a sponsored product"></i></div>'
        if sponsored
        else ""
    )
    out_of_stock = promo == "OUT OF STOCK"
    button = (
        f'<button class="btn btn-mini" title="Auto Notify {esc(title)}" type="button">Auto Notify <i class="fas fa-caret-right"></i></button>'
        if out_of_stock
        else f'<button class="btn btn-primary btn-mini" title="Add {esc(title)} to cart" type="button">Add to cart <i class="fas fa-caret-right"></i></button>'
    )
    return f"""<div class="item-cell" id="item_cell_{number}_{position}_0">
    <div class="item-container position-relative{" is-sponsored" if sponsored else ""}">
        {sponsored_html}<a href="{href}" class="item-img"><img src="{img}" title="{esc(title)}" alt="{esc(title)}" class="checkedimg"><div class="item-badges"></div></a>
        <div class="item-info">
            <div class="item-branding has-brand-store"><a href="{NE_HOST}/{brand}/BrandStore/ID-{NE_BRANDS[brand]}" class="item-brand"><img src="https://c1.chipcellarimages.example/Brandimage_70x28/Brand{NE_BRANDS[brand]}.gif" title="{esc(brand)}" alt="{esc(brand)}"></a>{_ne_rating(rating, reviews, href)}</div>
            <a href="{href}" class="item-title" title="View Details">{esc(title)}</a>
            {_ne_features(title, number)}
            {promo_html}
        </div>
        <div class="item-action">
            {_ne_price(price, was, ship, offers)}
            <div class="item-operate">
                <div class="item-button-area">{button}</div>
                <div class="item-compare-box"><label class="form-checkbox"><input type="checkbox" autocomplete="off" name="CompareItem_{item_id}" value="{item_id}"><span class="form-checkbox-title">Compare</span><span class="form-checkmark"></span></label></div>
            </div>
        </div>
        <div class="item-stock" id="stock_{number}"></div>
    </div>
</div>"""


def _ne_pager(page: int, pages: int) -> str:
    def link(n: int) -> str:
        return f"/{NE_PATH}?{NE_QUERY}" if n == 1 else f"/{NE_PATH}/Page-{n}?{NE_QUERY}"

    cells = []
    if page == 1:
        cells.append(
            '<div class="btn-group-cell"><button class="btn" title="Previous" aria-label="Previous" disabled=""><i class="fas fa-caret-left"></i></button></div>'
        )
    else:
        cells.append(
            f'<div class="btn-group-cell"><a class="btn" href="{link(page - 1)}" title="Previous" aria-label="Previous"><i class="fas fa-caret-left"></i></a></div>'
        )
    for n in range(1, pages + 1):
        if n == page:
            cells.append(
                f'<div class="btn-group-cell"><button class="btn is-current" aria-label="page {n}" title="{n}" aria-current="true">{n}</button></div>'
            )
        else:
            cells.append(
                f'<div class="btn-group-cell"><a class="btn" href="{link(n)}" aria-label="page {n}" title="{n}">{n}</a></div>'
            )
    if page == pages:
        cells.append(
            '<div class="btn-group-cell"><button class="btn" title="Next" aria-label="Next" disabled=""><i class="fas fa-caret-right"></i></button></div>'
        )
    else:
        cells.append(
            f'<div class="btn-group-cell"><a class="btn" href="{link(page + 1)}" title="Next" aria-label="Next"><i class="fas fa-caret-right"></i></a></div>'
        )
    return f'<div class="list-tool-pagination"><span class="list-tool-pagination-text">Page<!-- --> <strong>{page}<!-- -->/<!-- -->{pages}</strong></span><div class="btn-group "><div class="btn-group-inner">{"".join(cells)}</div></div></div>'


def _ne_page(page: int, pages: int, items: list[Any], ads: dict[int, tuple[Any, ...]]) -> str:
    cells: list[str] = []
    for n, item in enumerate(items):
        if n in ads:
            brand, title, number, rating, reviews, price, was = ads[n]
            cells.append(
                _ne_cell(
                    len(cells),
                    (brand, title, number, rating, reviews, price, was, "Free Shipping", None, None),
                    sponsored=True,
                )
            )
        cells.append(_ne_cell(len(cells), item))
    swiper = "".join(
        f'<div class="swiper-slide"><div class="item-container"><a href="{_ne_href(t, num, True)}" class="item-img"><img src="https://c1.chipcellarimages.example/productimage/nb300/{num}-V01.jpg" alt="{esc(t)}" title="{esc(t)}"></a><a href="{_ne_href(t, num, True)}" class="item-title">{esc(t)}</a><ul class="price"><li class="price-current">$<strong>{f"{p:,.2f}".split(".")[0]}</strong><sup>.{f"{p:.2f}".split(".")[1]}</sup></li></ul></div></div>'
        for _b, t, num, _r, _c, p, _w in NE_ADS
    )
    facets = "".join(
        f'<div class="filter-box-item"><label class="form-checkbox"><input type="checkbox" autocomplete="off"><span class="form-checkbox-title">{esc(b)}<span class="filter-box-num">({n})</span></span><span class="form-checkmark"></span></label></div>'
        for b, n in (
            ("ASUS", 142),
            ("GIGABYTE", 118),
            ("MSI", 131),
            ("ZOTAC", 64),
            ("SAPPHIRE", 47),
            ("XFX", 39),
            ("PowerColor", 41),
            ("ASRock", 33),
        )
    )
    chipsets = "".join(
        f'<div class="filter-box-item"><label class="form-checkbox"><input type="checkbox" autocomplete="off"><span class="form-checkbox-title">{esc(c)}<span class="filter-box-num">({n})</span></span><span class="form-checkmark"></span></label></div>'
        for c, n in (
            ("NVIDIA GeForce RTX 4090", 26),
            ("NVIDIA GeForce RTX 4080 SUPER", 31),
            ("NVIDIA GeForce RTX 4070 SUPER", 58),
            ("AMD Radeon RX 7900 XTX", 22),
            ("AMD Radeon RX 7800 XT", 19),
            ("Intel Arc B580", 6),
        )
    )
    state = json.dumps(
        {
            "Products": [
                {
                    "ItemCell": {
                        "Item": number,
                        "ItemNumber": _ne_item_id(number),
                        "Description": {"Title": title, "BulletDescription": None},
                        "FinalPrice": price,
                        "Review": {"Rating": int(rating or 0), "HumanRating": reviews},
                        "Instock": promo != "OUT OF STOCK",
                    },
                    "ItemManufactory": {"Manufactory": brand},
                }
                for brand, title, number, rating, reviews, price, _was, _ship, promo, _offers in items
            ],
            "PageInfo": {"PageNumber": page, "TotalCount": len(GPUS), "PageCount": pages, "SubCategoryId": 48},
        },
        separators=(",", ":"),
    )
    canonical = f"{NE_HOST}/{NE_PATH}" + ("" if page == 1 else f"/Page-{page}")
    return f"""<!DOCTYPE html>
<html lang="en-us">
<head>
<meta charset="utf-8">
<title>GPUs / Video Graphics Cards | Chipcellar.example</title>
<meta name="description" content="Shop GPUs / Video Graphics Cards at Chipcellar.example. Fast shipping, top-rated customer service.">
<link rel="canonical" href="{canonical}">
<link rel="stylesheet" href="https://c1.chipcellarimages.example/WebResource/Themes/Nest/css/list.min.css">
<script>window.__chipcellar_locale__ = "en-us";</script>
</head>
<body class="page-subcategory">
<div id="app">
<div class="page-header-wrap"><header class="header-v2"><div class="header2020-inner"><div class="header2020-left"><a class="header2020-logo" href="{NE_HOST}/" title="Chipcellar"><img src="https://c1.chipcellarimages.example/WebResource/Themes/Nest/logos/logo_424x210.png" alt="Chipcellar"></a></div><div class="header2020-search"><form role="search" action="{NE_HOST}/p/pl"><input type="search" name="d" placeholder="Search" title="Search Site" autocomplete="off"><button class="ico ico-search" title="Search" type="submit"></button></form></div><div class="header2020-right"><a class="nav-complex" href="https://secure.chipcellar.example/identity/signin"><div class="nav-complex-title">Sign in / Register</div></a><a class="nav-complex" href="https://secure.chipcellar.example/orders/list"><div class="nav-complex-title">Returns &amp; Orders</div></a><a class="nav-complex" href="https://secure.chipcellar.example/shop/cart" title="Shopping Cart"><i class="fas fa-shopping-cart"></i><span class="nav-complex-title">Cart</span></a></div></div></header>
<div class="header2020-nav"><a href="{NE_HOST}/todays-deals">Today's Best Deals</a><a href="{NE_HOST}/tools/custom-pc-builder">PC Builder</a><a href="{NE_HOST}/promotions/gaming">Gaming</a><a href="{NE_HOST}/Components-Storage/Store/ID-1">Components</a></div></div>
<div class="page-content"><div class="page-section"><div class="page-section-inner">
<ol class="breadcrumb"><li><a href="{NE_HOST}/">Home</a></li><li><a href="{NE_HOST}/Components-Storage/Store/ID-1">Components &amp; Storage</a></li><li><a href="{NE_HOST}/Video-Cards-Video-Devices/Category/ID-38">Video Cards &amp; Video Devices</a></li><li class="is-current"><h1 class="page-title-text">GPUs / Video Graphics Cards</h1></li></ol>
<div class="row has-side-left has-side-right">
<div class="row-side"><div class="filter is-active"><dl class="filter-box"><dt class="filter-box-title"><span class="filter-box-label">Useful Links</span></dt><dd class="filter-box-body"><ul><li><a href="{NE_HOST}/tools/custom-pc-builder">Build Your Own PC</a></li><li><a href="{NE_HOST}/gpu-benchmarks">GPU Benchmarks</a></li></ul></dd></dl><dl class="filter-box"><dt class="filter-box-title"><span class="filter-box-label">Brand</span></dt><dd class="filter-box-body">{facets}</dd></dl><dl class="filter-box"><dt class="filter-box-title"><span class="filter-box-label">GPU</span></dt><dd class="filter-box-body">{chipsets}</dd></dl></div></div>
<div class="row-body"><div class="row-body-inner">
<div class="swiper-wrapper-sponsored"><div class="swiper-title">Sponsored Products</div><div class="swiper-container"><div class="swiper-wrapper">{swiper}</div></div></div>
<div class="list-tool-bar"><div class="list-tool"><div class="list-tool-sort"><label>Sort By:</label><select class="form-select"><option selected>Featured Items</option><option>Lowest Price</option><option>Highest Price</option><option>Best Selling</option><option>Best Rating</option><option>Most Reviews</option></select></div><div class="list-tool-view"><span>View:</span><button class="btn is-active"><i class="fas fa-th"></i></button><button class="btn"><i class="fas fa-list"></i></button></div><div class="list-tool-show"><label>Show:</label><select class="form-select"><option>36</option><option>60</option><option>96</option></select></div>{_ne_pager(page, pages)}</div></div>
<div class="list-wrap"><div class="item-cells-wrap border-cells items-grid-view four-cells expulsion-one-cell">
{"".join(cells)}
</div></div>
<div class="list-tool-bar is-bottom">{_ne_pager(page, pages)}</div>
</div></div>
</div></div></div></div>
<footer class="footer-v2"><div class="footer-inner"><ul class="footer-links"><li><a href="https://kb.chipcellar.example/">Help Center</a></li><li><a href="{NE_HOST}/info/shipping">Shipping Info</a></li><li><a href="{NE_HOST}/info/returns">Returns</a></li><li><a href="{NE_HOST}/corporate/about">About Chipcellar</a></li><li><a href="{NE_HOST}/corporate/privacy">Privacy Policy</a></li></ul><p class="footer-copyright">© 2000-2024 Chipcellar Inc. All rights reserved.</p></div></footer>
</div>
<script>window.__initialState__ = {state};</script>
<script src="https://c1.chipcellarimages.example/WebResource/Scripts/Nest/list.bundle.min.js" defer></script>
</body>
</html>"""


@eighth
def build_chipcellar() -> None:
    s = Site(
        "chipcellar",
        kind="product catalogue (Newegg category grid: item-cell/item-container, egg ratings in a class word, split prices, sponsored cells, /Page-N paths)",
        start=f"{NE_PATH}?{NE_QUERY}",
        description="A Newegg category grid (2024): div.item-cells-wrap of div.item-cell > div.item-container with an image link, the brand only as a logo's title/alt, egg ratings as a class word ('rating rating-4-5', aria-label 'rated 4.5 out of 5') and '(1,234)', a.item-title, a ul.item-features (the list view's specs) of '<strong>Label:</strong> value' rows, promos ('Limited time offer, ends 12/01', 'OUT OF STOCK'); ul.price with empty or filled li.price-was / li.price-save ('8%'), li.price-current '$<strong>599</strong><sup>.99</sup>' with '(3 Offers)' on some, li.price-ship; Add to cart and Compare; sponsored cells with the same classes (links with &cm_sp=), a 'Sponsored Products' swiper, a facet sidebar with counts, 'Page 1/3' pagers of buttons and links to …/Page-2?Tid=7709 (absolute product links, root-relative pager links), a window.__initialState__ blob.",
    )
    pages = chunks(GPUS, [10, 10, 8])
    ads = [{0: NE_ADS[0], 6: NE_ADS[1]}, {3: NE_ADS[2]}, {4: NE_ADS[3]}]
    for page, items in enumerate(pages, 1):
        text = _ne_page(page, len(pages), items, ads[page - 1])
        s.list_page(f"{NE_PATH}@{NE_QUERY}" if page == 1 else f"{NE_PATH}/Page-{page}@{NE_QUERY}", text)
    for brand, title, number, rating, reviews, price, was, ship, _promo, _offers in GPUS:
        s.expect(
            {
                "title": title,
                "url": _ne_href(title, number),
                "brand": brand,
                "rating": rating,
                "review_count": reviews if rating is not None else None,
                "price": price,
                "currency": "USD",
                "original_price": was,
                "shipping": ship,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# medtrove: PubMed's search results (2024) for "chrononutrition" between 2023 and 2024: a
# div.search-results-chunk of article.full-docsum, each with a selector checkbox, a position number,
# Cite / Share buttons with data-* URLs, a.docsum-title whose matched words are <b>, a citation block
# of span.docsum-authors (full list ending in "." and a short "et al." copy), the journal citation
# ("Nutrients. 2024 Mar 12;16(6):812. doi: 10.3390/nu16060812.", with a short "Nutrients. 2024." copy),
# "PMID: <span class=docsum-pmid>…</span>", "Free PMC article." and "Review." labels, a snippet with
# highlights (a full and a short copy; empty when there is no abstract); a results-amount header, a
# timeline table, filter checkboxes, a "Page 1 of 3" form with first / previous / next / last links,
# &page=N pages and a "Show more" button.
# ---------------------------------------------------------------------------------------------------

PM_QUERY = "term=chrononutrition&filter=years.2023-2024"
# (pmid, title with [[matches]], authors, journal, date/volume part, doi or None, epub note or None,
#  free full text, publication type or None, snippet with [[matches]] or "")
PAPERS: list[tuple[int, str, list[str], str, str, str | None, str | None, bool, str | None, str]] = [
    (
        39541218,
        "[[Chrononutrition]] and cardiometabolic health: an overview of epidemiological evidence and key future research directions.",
        ["Flanagan A", "Bechtold DA", "Pot GK", "Johnston JD"],
        "Nutrients",
        "2024 Nov 8;16(22):3812",
        "10.3390/nu16223812",
        None,
        True,
        "Review",
        "[[Chrononutrition]] is an emerging field that examines the timing, frequency and regularity of food intake in relation to the circadian system. Here we summarise observational studies linking late eating to cardiometabolic risk",
    ),
    (
        39502876,
        "Late dinner timing and glycaemic variability in shift workers: a randomised crossover trial.",
        ["Okafor CN", "Lindqvist E", "Haddad R", "Moreno-Pérez J", "Tanaka H"],
        "Chronobiol Int",
        "2024 Nov 20:1-14",
        "10.1080/07420528.2024.2428611",
        "Online ahead of print",
        False,
        "Randomized Controlled Trial",
        "Night-shift nurses ate a standard dinner at 18:00 or at 23:00 for two weeks each. Late dinner increased 24-h glucose variability, a finding relevant to [[chrononutrition]] guidance for shift workers",
    ),
    (
        39478830,
        "Time-restricted eating, [[chrononutrition]] and the gut microbiome: a systematic review.",
        ["Ruiz-Ojeda FJ", "Almeida C", "Weiss S"],
        "Clin Nutr",
        "2024 Dec;43(12):2710-2724",
        "10.1016/j.clnu.2024.10.018",
        "Epub 2024 Oct 24",
        False,
        "Systematic Review",
        "We identified 31 human studies of time-restricted eating that measured the gut microbiome. Diurnal oscillation of microbial taxa was restored in most",
    ),
    (
        39455102,
        "Breakfast skipping and chronotype in adolescents: results from the HELENA-2 cohort.",
        ["Papadaki A", "De Henauw S", "Kovács E"],
        "Eur J Nutr",
        "2024 Oct;63(7):2599-2610",
        "10.1007/s00394-024-03476-2",
        "Epub 2024 Aug 19",
        True,
        None,
        "Evening chronotypes skipped breakfast more often (OR 1.84). Our findings support adding [[chrononutrition]] measures to adolescent dietary surveys",
    ),
    (
        39421567,
        "Meal timing and sleep quality in older adults: a cross-sectional analysis of the [[chrononutrition]] profile questionnaire.",
        ["Hwang J", "Kim S", "Lee YJ", "Park H"],
        "Sleep Med",
        "2024 Oct;122:145-152",
        "10.1016/j.sleep.2024.08.011",
        "Epub 2024 Aug 13",
        False,
        None,
        "",
    ),
    (
        39387294,
        "Circadian clocks in metabolic tissues: mechanisms linking feeding time to obesity.",
        ["Bass J", "Panda S"],
        "Cell Metab",
        "2024 Sep 3;36(9):1921-1940",
        "10.1016/j.cmet.2024.07.015",
        None,
        False,
        "Review",
        "Feeding at the wrong circadian time uncouples peripheral clocks from the central pacemaker. We review how [[chrononutrition]] interventions realign tissue clocks",
    ),
    (
        39356418,
        "Validation of the [[Chrononutrition]] Profile - Questionnaire in a Brazilian population.",
        ["Souza RV", "Crispim CA", "Pereira JL"],
        "Chronobiol Int",
        "2024 Sep;41(9):1180-1191",
        "10.1080/07420528.2024.2391577",
        "Epub 2024 Aug 21",
        False,
        "Validation Study",
        "The [[Chrononutrition]] Profile - Questionnaire (CP-Q) showed good test-retest reliability (ICC 0.71 to 0.92) in 412 adults",
    ),
    (
        39329951,
        "Eating window and weight loss: secondary analysis of a 12-month behavioural intervention.",
        [
            "Lowe DA",
            "Wu N",
            "Rohdin-Bibby L",
            "Moore AH",
            "Kelly N",
            "Liu YE",
            "Philip E",
            "Vittinghoff E",
            "Heymsfield SB",
            "Olgin JE",
        ],
        "JAMA Netw Open",
        "2024 Sep 3;7(9):e2432114",
        "10.1001/jamanetworkopen.2024.32114",
        None,
        True,
        None,
        "Participants whose daily eating window shrank by at least 2 hours lost more weight, independent of energy intake; [[chrononutrition]] may add to calorie-focused advice",
    ),
    (
        39301742,
        "[[Chrononutrition]] in pregnancy: associations of night eating with gestational diabetes.",
        ["Loy SL", "Chan JKY", "Godfrey KM", "Yap F"],
        "Diabetologia",
        "2024 Aug;67(8):1602-1613",
        "10.1007/s00125-024-06160-5",
        "Epub 2024 May 22",
        True,
        None,
        "Women who ate more than half of their daily energy after 19:00 had a higher risk of gestational diabetes",
    ),
    (
        39278450,
        "Dietary protein timing and muscle protein synthesis across the day: a narrative review.",
        ["Aoyama S", "Shibata S"],
        "Nutrients",
        "2024 Aug 14;16(16):2703",
        "10.3390/nu16162703",
        None,
        True,
        "Review",
        "Protein eaten at breakfast appears to support muscle mass better than protein eaten at dinner, a [[chrononutrition]] effect observed in mice and humans",
    ),
    (
        39244913,
        "Social jetlag, meal irregularity and cardiometabolic markers in university students.",
        ["Zerón-Rugerio MF", "Izquierdo-Pulido M"],
        "Appetite",
        "2024 Jul 1;198:107361",
        "10.1016/j.appet.2024.107361",
        "Epub 2024 Apr 16",
        False,
        None,
        "Greater eating jetlag was associated with higher BMI and waist circumference, independent of diet quality",
    ),
    (
        39210066,
        "A [[chrononutrition]] perspective on Ramadan fasting: circadian misalignment and metabolic outcomes.",
        ["Faris MAE", "Jahrami HA", "BaHammam AS"],
        "Front Nutr",
        "2024 Jul 9;11:1398744",
        "10.3389/fnut.2024.1398744",
        None,
        True,
        "Review",
        "Ramadan fasting moves eating to the night. We discuss its effects on the timing of sleep, melatonin and cortisol, and the metabolic outcomes reported so far",
    ),
    (
        39187521,
        "Evening carbohydrate intake and next-morning glucose tolerance in healthy adults.",
        ["Morgan LM", "Shi JW", "Hampton SM", "Frost G"],
        "Br J Nutr",
        "2024 Jun 28;131(12):2065-2074",
        "10.1017/S0007114524000783",
        "Epub 2024 Apr 2",
        False,
        None,
        "",
    ),
    (
        39150384,
        "Mistimed eating and liver clock disruption in non-alcoholic fatty liver disease.",
        ["Marjot T", "Tomlinson JW", "Hodson L", "Ray DW"],
        "J Hepatol",
        "2024 Jun;80(6):941-953",
        "10.1016/j.jhep.2024.02.011",
        "Epub 2024 Feb 29",
        False,
        "Review",
        "[[Chrononutrition]] offers a low-cost way to realign the hepatic clock; trials of early time-restricted eating in fatty liver disease are under way",
    ),
    (
        39112876,
        "[[Chrononutrition]] behaviours in night-shift healthcare workers during the COVID-19 pandemic.",
        [
            "Gupta CC",
            "Centofanti S",
            "Dorrian J",
            "Coates AM",
            "Stepien JM",
            "Kennaway D",
            "Wittert G",
            "Heilbronn L",
            "Catcheside P",
            "Noakes M",
            "Banks S",
        ],
        "BMC Public Health",
        "2024 May 21;24(1):1367",
        "10.1186/s12889-024-18829-3",
        None,
        True,
        None,
        "Most participants ate during the night shift; snacking between 01:00 and 05:00 was common and rarely planned",
    ),
    (
        39076605,
        "Effects of early versus late time-restricted eating on blood pressure: a pilot randomised trial.",
        [
            "Jamshed H",
            "Steger FL",
            "Bryan DR",
            "Richman JS",
            "Warriner AH",
            "Hanick CJ",
            "Martin CK",
            "Salvy SJ",
            "Peterson CM",
        ],
        "Hypertension",
        "2024 May;81(5):1093-1102",
        "10.1161/HYPERTENSIONAHA.123.22519",
        "Epub 2024 Mar 6",
        False,
        "Randomized Controlled Trial",
        "Early time-restricted eating lowered morning systolic pressure by 5 mm Hg compared with late eating",
    ),
    (
        39043290,
        "The [[Chrononutrition]] Index: development of a score of meal timing, regularity and night eating.",
        ["Veronda AC", "Irish LA"],
        "Nutrients",
        "2024 Apr 18;16(8):1195",
        "10.3390/nu16081195",
        None,
        True,
        None,
        "We propose a 0 to 100 score combining first and last eating times, eating window, meal regularity and night eating, validated against 7-day food records",
    ),
    (
        39011577,
        "Caffeine timing, sleep and appetite: an update for [[chrononutrition]] research.",
        ["Gardiner C", "Weakley J", "Burke LM", "Roach GD", "Sargent C", "Maniar N", "Townshend A", "Halson SL"],
        "Sleep Med Rev",
        "2024 Apr;74:101893",
        "10.1016/j.smrv.2023.101893",
        "Epub 2023 Dec 28",
        False,
        "Review",
        "Caffeine within six hours of bedtime shortened total sleep time by about 45 minutes in the studies we pooled",
    ),
    (
        38988143,
        "Circadian variation of postprandial triglycerides after identical meals.",
        ["Grant CL", "Coates AM", "Dorrian J"],
        "Am J Clin Nutr",
        "2024 Mar;119(3):712-721",
        "10.1016/j.ajcnut.2023.12.019",
        "Epub 2024 Jan 10",
        False,
        None,
        "",
    ),
    (
        38950467,
        "Night eating syndrome and [[chrononutrition]]: a scoping review.",
        ["Kucukgoncu S", "Midura M", "Tek C"],
        "Eat Weight Disord",
        "2024 Feb 27;29(1):17",
        "10.1007/s40519-024-01641-2",
        None,
        True,
        "Review",
        "Night eating syndrome combines evening hyperphagia with nocturnal awakenings to eat; we map 64 studies and the gaps in [[chrononutrition]] research they leave",
    ),
    (
        38912398,
        "Late-night snacking and next-day cognitive performance in young adults.",
        ["Beccuti G", "Monagheddu C", "Evangelista A", "Ciccone G", "Broglio F", "Soldati L", "Bo S"],
        "Nutr Metab Cardiovasc Dis",
        "2024 Jan;34(1):88-96",
        "10.1016/j.numecd.2023.09.018",
        "Epub 2023 Oct 5",
        False,
        None,
        "Students who snacked after 23:00 scored lower on morning attention tests",
    ),
    (
        38879035,
        "[[Chrononutrition]] and type 2 diabetes: from mechanisms to clinical practice.",
        ["Henry CJ", "Kaur B", "Quek RYC"],
        "Lancet Diabetes Endocrinol",
        "2023 Dec;11(12):937-950",
        "10.1016/S2213-8587(23)00226-9",
        "Epub 2023 Oct 17",
        False,
        "Review",
        "Glucose tolerance is lower in the evening. We translate [[chrononutrition]] findings into practical advice on meal timing for people with type 2 diabetes",
    ),
    (
        38840112,
        "Timing of the largest meal and body mass index in the UK Biobank.",
        ["Dashti HS", "Scheer FAJL", "Saxena R", "Garaulet M"],
        "Int J Obes (Lond)",
        "2023 Nov;47(11):1087-1095",
        "10.1038/s41366-023-01371-7",
        "Epub 2023 Aug 30",
        True,
        None,
        "Having the largest meal in the evening was associated with a 0.4 kg/m2 higher BMI",
    ),
    (
        38811469,
        "Feeding rhythms and the circadian regulation of metabolism in mice lacking Bmal1 in adipocytes.",
        ["Paschos GK", "Ibrahim S", "Song WL", "Kunieda T", "FitzGerald GA"],
        "Mol Metab",
        "2023 Oct;76:101785",
        "10.1016/j.molmet.2023.101785",
        "Epub 2023 Aug 2",
        True,
        None,
        "",
    ),
    (
        38776320,
        "Parents' and children's meal timing during school holidays: a [[chrononutrition]] diary study.",
        ["Nicholls R", "Elliott-Sale K", "Sale C"],
        "Public Health Nutr",
        "2023 Sep;26(9):1821-1830",
        "10.1017/S1368980023001106",
        "Epub 2023 Jun 1",
        False,
        None,
        "Breakfast moved later by 68 minutes on average during holidays and the daily eating window lengthened",
    ),
    (
        38745518,
        "Daylight saving time transitions and eating behaviour: a natural experiment.",
        ["Zhang R", "Tomasi D", "Volkow ND"],
        "Chronobiol Int",
        "2023 Aug;40(8):1041-1050",
        None,
        "Epub 2023 Jul 14",
        False,
        None,
        "Dinner times did not follow the clock change for three days, shortening the overnight fast",
    ),
    (
        38712094,
        "[[Chrononutrition]] for athletes: nutrient timing around training and sleep.",
        ["Halson SL", "Shaw G", "Versey N", "Miller DJ", "Sargent C", "Roach GD"],
        "Sports Med",
        "2023 Jul;53(Suppl 1):67-82",
        "10.1007/s40279-023-01867-x",
        "Epub 2023 May 9",
        False,
        "Review",
        "Carbohydrate and protein before sleep can support recovery; we review the [[chrononutrition]] evidence for athletes who train early or late",
    ),
]


def _pm_citation(item: tuple[Any, ...]) -> str:
    _pmid, _title, _authors, journal, part, doi, note, *_rest = item
    text = f"{journal}. {part}."
    if doi:
        text += f" doi: {doi}."
    if note:
        text += f" {note}."
    return text


def _pm_docsum(position: int, page: int, item: tuple[Any, ...]) -> str:
    pmid, title, authors, journal, part, _doi, _note, free, ptype, snippet = item
    year = part[:4]
    short_authors = authors[0] + (", et al." if len(authors) > 1 else ".")
    labels = ""
    if free:
        labels += '\n      <span class="free-resources spaced-citation-item citation-part">Free PMC article.</span>'
    if ptype:
        labels += f'\n      <span class="publication-type spaced-citation-item citation-part">{esc(ptype)}.</span>'
    short_snippet = snippet[:160].rsplit(" ", 1)[0] if len(snippet) > 160 else snippet
    return f"""<article class="full-docsum" data-rel-pos="{position}">
  <div class="item-selector-wrap selectors-and-actions{" first-selector" if position == 1 else ""}">
    <input aria-labelledby="result-selector-label" class="search-result-selector" id="select-{pmid}" name="search-result-selector-{pmid}" type="checkbox" value="{pmid}">
    <label class="search-result-position" for="select-{pmid}"><span class="position-number">{position}</span></label>
    <div class="result-actions-bar side-bar">
      <div class="cite dropdown-block">
        <button aria-haspopup="true" class="cite-search-result trigger result-action-trigger citation-dialog-trigger" data-ga-category="save_share" data-ga-action="cite" data-ga-label="open" data-all-citations-url="/{pmid}/citations/" data-citation-style="nlm" data-pubmed-format-link="/{pmid}/export/">
          <svg class="cite-icon" role="img" aria-hidden="true"><use xlink:href="/static/img/svg-sprites.svg#cite"></use></svg>
          <span class="action-label">Cite</span>
        </button>
      </div>
      <div class="share dropdown-block">
        <button aria-haspopup="true" class="share-search-result trigger result-action-trigger share-dialog-trigger" data-twitter-url="http://twitter.com/intent/tweet?text={esc(_plain(title)[:60])}%20https%3A//medtrove.example/{pmid}/" data-facebook-url="http://www.facebook.com/sharer/sharer.php?u=https%3A//medtrove.example/{pmid}/" data-permalink-url="https://medtrove.example/{pmid}/">
          <svg class="share-icon" role="img" aria-hidden="true"><use xlink:href="/static/img/svg-sprites.svg#share"></use></svg>
          <span class="action-label">Share</span>
        </button>
      </div>
    </div>
  </div>
  <div class="docsum-wrap">
    <div class="docsum-content">
      <a class="docsum-title" href="/{pmid}/" ref="linksrc=docsum_link&amp;article_id={pmid}&amp;ordinalpos={position}&amp;page={page}" data-ga-category="result_click" data-ga-action="{position}" data-ga-label="{pmid}" data-full-article-url="from_term=chrononutrition&amp;from_filter=years.2023-2024&amp;from_pos={position}" data-article-id="{pmid}">
        {_bold(title)}
      </a>
      <div class="docsum-citation full-citation">
        <span class="docsum-authors full-authors">{esc(", ".join(authors))}.</span>
        <span class="docsum-authors short-authors">{esc(short_authors)}</span>
        <span class="docsum-journal-citation full-journal-citation">{esc(_pm_citation(item))}</span>
        <span class="docsum-journal-citation short-journal-citation">{esc(journal)}. {year}.</span>
        <span class="citation-part">PMID: <span class="docsum-pmid">{pmid}</span></span>{labels}
        <span class="in-clipboard-label" hidden="hidden">Item in Clipboard</span>
      </div>
      <div class="docsum-snippet">
        <div class="full-view-snippet">
          {_bold(snippet)}
        </div>
        <div class="short-view-snippet">
          {_bold(short_snippet)}
        </div>
      </div>
    </div>
  </div>
</article>"""


def _pm_page(page: int, pages: int, items: list[Any], first: int, total: int) -> str:
    docsums = "\n".join(_pm_docsum(first + n + 1, page, item) for n, item in enumerate(items))

    def link(n: int) -> str:
        return f"/?{PM_QUERY.replace('&', '&amp;')}&amp;page={n}"

    disabled = ' disabled-icon" aria-disabled="true'
    prev_cls = disabled if page == 1 else ""
    next_cls = disabled if page == pages else ""
    top = f"""<div class="top-pagination">
  <a href="{link(1)}" class="button-wrapper first-page-btn{prev_cls}" data-ga-category="pagination" data-ga-action="first_page" aria-label="Navigate to the first page of results."><svg class="first-page-icon" role="img" aria-hidden="true"><use xlink:href="/static/img/svg-sprites.svg#first-page"></use></svg></a>
  <a href="{link(max(page - 1, 1))}" class="button-wrapper prev-page-btn{prev_cls}" data-ga-category="pagination" data-ga-action="prev_page" aria-label="Navigate to the previous page of results."><svg class="prev-page-icon" role="img" aria-hidden="true"><use xlink:href="/static/img/svg-sprites.svg#prev-page"></use></svg></a>
  <label class="page-number-wrapper" for="page-number-input">Page
    <input class="page-number" id="page-number-input" type="number" name="page" min="1" max="{pages}" value="{page}" data-current-page="{page}" data-ga-category="pagination" data-ga-action="page_number">
  </label>
  <label class="of-total-pages">of {pages}</label>
  <a href="{link(min(page + 1, pages))}" class="button-wrapper next-page-btn{next_cls}" data-ga-category="pagination" data-ga-action="next_page" aria-label="Navigate to the next page of results." data-page-number="{min(page + 1, pages)}"><svg class="next-page-icon" role="img" aria-hidden="true"><use xlink:href="/static/img/svg-sprites.svg#next-page"></use></svg></a>
  <a href="{link(pages)}" class="button-wrapper last-page-btn{next_cls}" data-ga-category="pagination" data-ga-action="last_page" aria-label="Navigate to the last page of results."><svg class="last-page-icon" role="img" aria-hidden="true"><use xlink:href="/static/img/svg-sprites.svg#last-page"></use></svg></a>
</div>"""
    more = (
        f'<button class="load-button next-page" type="button" data-ga-category="pagination" data-ga-action="show_more" data-next-page-url="{link(page + 1)}" aria-label="Load {min(10, total - first - len(items))} more results">Show more</button>'
        if page < pages
        else '<div class="end-of-list">End of results</div>'
    )
    years = "".join(f"<tr><td>{y}</td><td>{n}</td></tr>" for y, n in ((2023, 9), (2024, 18)))
    filters = "".join(
        f'<li><input type="checkbox" class="filter-checkbox" id="id_filter_{v}" name="filter" value="{v}" data-ga-category="filter" data-ga-action="{v}"><label for="id_filter_{v}">{t}</label></li>'
        for v, t in (
            ("simsearch1.fha", "Abstract"),
            ("simsearch2.ffrft", "Free full text"),
            ("simsearch3.fft", "Full text"),
            ("pubt.clinicaltrial", "Clinical Trial"),
            ("pubt.meta-analysis", "Meta-Analysis"),
            ("pubt.randomizedcontrolledtrial", "Randomized Controlled Trial"),
            ("pubt.review", "Review"),
            ("pubt.systematicreview", "Systematic Review"),
        )
    )
    ids = ",".join(str(item[0]) for item in items)
    return f"""<!DOCTYPE html>
<html lang="en">
<head itemscope itemtype="http://schema.org/WebPage" prefix="og: http://ogp.me/ns#">
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>chrononutrition - Search Results - MedTrove</title>
<meta name="description" content="chrononutrition - Search Results - MedTrove">
<meta name="ncbi_app" content="medtrove">
<meta name="ncbi_pdid" content="searchresult">
<meta name="ncbi_term" content="chrononutrition">
<meta name="ncbi_filters" content="years.2023-2024">
<meta name="ncbi_resultcount" content="{total}">
<meta name="ncbi_pageno" content="{page}">
<link rel="stylesheet" href="https://cdn.medtrove.example/core/uswds/2.5/css/uswds.min.css">
<link rel="stylesheet" href="/static/CACHE/css/output.9b1c8e4f2a6d.css" type="text/css">
<link rel="search" type="application/opensearchdescription+xml" href="/opensearch.xml" title="MedTrove">
</head>
<body>
<section class="usa-banner"><div class="usa-accordion"><header class="usa-banner-header"><div class="usa-grid usa-banner-inner"><img src="/static/img/us_flag.svg" alt="US Flag"><p>An official website of the National Library of Medicine (demo)</p><button class="usa-accordion-button usa-banner-button" aria-expanded="false" aria-controls="gov-banner-top" type="button"><span class="usa-banner-button-text">Here's how you know</span></button></div></header></div></section>
<div class="usa-overlay"></div>
<header class="ncbi-header" role="banner" data-section="Header"><div class="usa-grid"><div class="usa-width-one-whole"><div class="ncbi-header__logo"><a href="https://www.medtrove-ncbi.example/" class="logo" aria-label="NCBI Logo"><img src="/static/img/ncbi-logos/nih-nlm-ncbi--white.svg" alt="NIH NLM Logo"></a></div><div class="ncbi-header__account"><a id="account_login" href="https://account.medtrove-ncbi.example/?back_url=https%3A%2F%2Fmedtrove.example%2F%3Fterm%3Dchrononutrition" class="usa-button header-button">Log in</a></div></div></div></header>
<main class="search-page" id="search-page">
<div class="inner-wrap">
<form class="search-form" action="/" method="get" id="search-form"><div class="search-input"><label for="id_term" class="usa-sr-only">Search: </label><input type="search" id="id_term" name="term" value="chrononutrition" class="term-input tt-input" autocomplete="off" placeholder="" required=""><button class="search-btn" type="submit"><span class="usa-sr-only">Search</span><svg class="search-icon" role="img" aria-hidden="true"><use xlink:href="/static/img/svg-sprites.svg#search"></use></svg></button></div><div class="search-links"><a class="search-option advanced-link" href="/advanced/">Advanced</a><a class="search-option create-alert-link" href="https://account.medtrove-ncbi.example/?back_url=%2Falert">Create alert</a><a class="search-option create-rss-link" href="#">Create RSS</a></div></form>
<div class="search-results-wrapper">
<div class="results-amount-container"><div class="results-amount"><h3><span class="value">{total}</span> results</h3></div><div class="search-options"><button class="save-results-panel-trigger" type="button">Save</button><button class="email-results-panel-trigger" type="button">Email</button><div class="more-actions"><button class="more-actions-trigger" type="button">Send to</button></div><div class="sort-selector"><label for="id_sort">Sort by:</label><select id="id_sort" name="sort"><option value="" selected>Best match</option><option value="date">Most recent</option><option value="pubdate">Publication date</option><option value="fauth">First author</option><option value="jour">Journal</option></select></div><div class="format-selector"><label for="id_format">Display options</label></div></div></div>
<div class="search-filters-and-results">
<aside class="search-filters" id="search-filters" aria-label="Filters"><div class="timeline-filter"><h3 class="title">Results by year</h3><table class="timeline-table"><caption class="usa-sr-only">Table representation of search results timeline featuring number of search results per year.</caption><thead><tr><th>Year</th><th>Number of Results</th></tr></thead><tbody>{years}</tbody></table><button class="reset-timeline-btn" type="button">Reset</button></div><div class="filters-group"><h3 class="title">Text availability</h3><h3 class="title">Article type</h3><ul class="choice-group">{filters}</ul></div></aside>
<section class="search-results-list" aria-label="Search results">
{top}
<div class="search-results" id="search-results" data-ga-category="search_results">
<div class="search-results-chunks">
<div class="search-results-chunk results-chunk" data-chunk-ids="{ids}" data-page-number="{page}" data-chunk-first-item-index="{first + 1}">
<div class="search-results-page-number"><span class="value">Page {page}</span></div>
{docsums}
</div>
</div>
</div>
<div class="bottom-pagination">{more}</div>
</section>
</div>
</div>
</div>
</main>
<footer class="ncbi-footer ncbi-dark-background"><div class="usa-grid"><div class="ncbi-footer__social"><a href="https://twitter.com/medtrove" class="footer-icon" title="Twitter"><svg role="img" aria-hidden="true"><use xlink:href="/static/img/svg-sprites.svg#twitter"></use></svg></a></div><ul class="ncbi-footer__links"><li><a href="/help/">User Guide</a></li><li><a href="https://www.medtrove-ncbi.example/policies/">Policies</a></li><li><a href="https://www.medtrove-ncbi.example/accessibility/">Accessibility</a></li><li><a href="https://www.medtrove-ncbi.example/privacy/">Privacy</a></li></ul></div></footer>
<script type="text/javascript" src="/static/CACHE/js/output.5e2f0c1a9b7d.js"></script>
<script type="text/javascript">window.searchResults = {{"resultCount": {total}, "pageNumber": {page}, "pagesCount": {pages}, "term": "chrononutrition", "filters": ["years.2023-2024"]}};</script>
</body>
</html>"""


@eighth
def build_medtrove() -> None:
    s = Site(
        "medtrove",
        kind="literature search results (PubMed: full-docsum articles, author lists, journal citation line, PMIDs, highlighted snippets, &page=N)",
        start=f"?{PM_QUERY}",
        description="PubMed's search results (2024): article.full-docsum with a selector checkbox and position number, Cite / Share buttons with data-* URLs, a.docsum-title whose matched words are <b>, span.docsum-authors twice (the full list ending in '.' and 'Okafor CN, et al.'), span.docsum-journal-citation twice ('Nutrients. 2024 Mar 12;16(6):812. doi: 10.3390/nu16060812.' with 'Epub …' / 'Online ahead of print.', and 'Nutrients. 2024.'), 'PMID: <span class=docsum-pmid>…</span>', 'Free PMC article.' and publication-type labels, full and short snippet copies with highlights (empty without an abstract); a results count, a 'Results by year' table, filter checkboxes, first / previous / next / last links around a 'Page N of 3' input, &page=N pages (page 1 also at &page=1), a 'Show more' button.",
    )
    pages = chunks(PAPERS, [10, 10, 7])
    first = 0
    for number, items in enumerate(pages, 1):
        text = _pm_page(number, len(pages), items, first, len(PAPERS))
        if number == 1:
            s.list_page(f"@{PM_QUERY}", text)
            s.write(f"@{PM_QUERY}&page=1", text)
        else:
            s.list_page(f"@{PM_QUERY}&page={number}", text)
        first += len(items)
    for pmid, title, authors, journal, part, doi, _note, _free, _ptype, snippet in PAPERS:
        s.expect(
            {
                "title": _plain(title),
                "url": f"/{pmid}/",
                "authors": authors,
                "journal": journal,
                "year": int(part[:4]),
                "pmid": str(pmid),
                "doi": doi,
                "snippet": _plain(snippet) or None,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# rackroom-community: Discourse's /latest as served to crawlers and browsers without JavaScript
# (2024, app/views/list/list.erb): a schema.org ItemList around table.topic-list; each
# tr.topic-list-item has td.main-link (meta name/url/position, a.title.raw-link.raw-topic-link with an
# absolute URL, a category badge (none for Uncategorized), div.discourse-tags of a.discourse-tag joined
# by ",&nbsp;"), a pinned topic's p.excerpt, td.posters of avatar links whose img title is
# "username - Original Poster" / "… - Frequent Poster" / "… - Most Recent Poster", td.replies and
# td.views with raw numbers in titled spans, and an unclassed cell with the last activity as a date
# ("November 24, 2024"). "next page" / "previous page" links to /latest?page=N, the crawler layout's
# header, nav and "Powered by Discourse" footer.
# ---------------------------------------------------------------------------------------------------

DC_HOST = "https://forum.rackroom.example"
DC_CATEGORIES = {
    "Networking": ("networking", 5, "0088CC"),
    "Storage & NAS": ("storage-nas", 6, "F7941D"),
    "Self-Hosting": ("self-hosting", 7, "3AB54A"),
    "Hardware": ("hardware", 8, "BF1E2E"),
    "Proxmox": ("virtualization/proxmox", 14, "E45735"),
    "Site Feedback": ("site-feedback", 2, "808281"),
    "Lounge": ("lounge", 9, "A461EF"),
    "Uncategorized": ("uncategorized", 1, "0088CC"),
}
# (id, title, category, tags, posters [(username, description)], replies, views, last activity, pinned excerpt)
TOPICS: list[tuple[int, str, str, list[str], list[tuple[str, str]], int, int, date, str | None]] = [
    (
        12,
        "Welcome to Rackroom Community – read this first",
        "Uncategorized",
        [],
        [("system", "Original Poster, Most Recent Poster")],
        0,
        4871,
        date(2024, 2, 3),
        "A friendly place to talk about homelabs, networking and self-hosting. Please search before posting, tag your topics and be kind. &hellip;",
    ),
    (
        4411,
        "Proxmox 8.3 upgrade broke my ZFS pool import",
        "Proxmox",
        ["zfs", "upgrade"],
        [("kvmkate", "Original Poster"), ("pve_tom", "Frequent Poster"), ("nullroute", "Most Recent Poster")],
        23,
        1187,
        date(2024, 11, 24),
        None,
    ),
    (
        4409,
        "VLAN tagging on a cheap managed switch – trunk to OPNsense",
        "Networking",
        ["vlan", "opnsense", "switching"],
        [("lanparty", "Original Poster"), ("packetpusher", "Frequent Poster"), ("lanparty", "Most Recent Poster")],
        17,
        642,
        date(2024, 11, 24),
        None,
    ),
    (
        4402,
        "Show us your rack: November 2024 edition",
        "Lounge",
        ["show-and-tell"],
        [
            ("rackrat", "Original Poster"),
            ("blinkenlights", "Frequent Poster"),
            ("dustyfan", "Frequent Poster"),
            ("ssdslinger", "Most Recent Poster"),
        ],
        58,
        3904,
        date(2024, 11, 24),
        None,
    ),
    (
        4415,
        "Is a UPS worth it for a single NAS?",
        "Storage & NAS",
        ["ups", "power"],
        [("quietbox", "Original Poster"), ("voltwatcher", "Most Recent Poster")],
        9,
        311,
        date(2024, 11, 23),
        None,
    ),
    (
        4398,
        "Immich vs PhotoPrism in 2024 – which one did you keep?",
        "Self-Hosting",
        ["photos", "docker"],
        [("shutterbug", "Original Poster"), ("selfhostsam", "Frequent Poster"), ("kvmkate", "Most Recent Poster")],
        41,
        2768,
        date(2024, 11, 23),
        None,
    ),
    (
        4413,
        "Mini PC with 2x 2.5GbE for a router build",
        "Hardware",
        ["mini-pc", "router"],
        [("tinytux", "Original Poster"), ("packetpusher", "Most Recent Poster")],
        12,
        507,
        date(2024, 11, 23),
        None,
    ),
    (
        4417,
        "Cloudflare Tunnel or WireGuard for remote access?",
        "Networking",
        ["wireguard", "cloudflare", "vpn"],
        [("remoteraj", "Original Poster"), ("nullroute", "Most Recent Poster")],
        6,
        198,
        date(2024, 11, 22),
        None,
    ),
    (
        4390,
        "Drive prices are finally coming down – where do you buy?",
        "Storage & NAS",
        [],
        [("ssdslinger", "Original Poster"), ("quietbox", "Frequent Poster"), ("dealhunter", "Most Recent Poster")],
        33,
        1956,
        date(2024, 11, 22),
        None,
    ),
    (
        4419,
        "Dark mode for the forum?",
        "Site Feedback",
        ["feature-request"],
        [("nightowl", "Original Poster"), ("admin_ana", "Most Recent Poster")],
        4,
        143,
        date(2024, 11, 22),
        None,
    ),
    (
        4385,
        "Home Assistant on a VM or on bare metal?",
        "Self-Hosting",
        ["home-assistant", "proxmox"],
        [("smarthomesue", "Original Poster"), ("pve_tom", "Frequent Poster"), ("smarthomesue", "Most Recent Poster")],
        27,
        1402,
        date(2024, 11, 21),
        None,
    ),
    (
        4412,
        "Noctua fan swap made my switch quieter but hotter",
        "Hardware",
        ["cooling", "switching"],
        [("dustyfan", "Original Poster"), ("blinkenlights", "Most Recent Poster")],
        8,
        276,
        date(2024, 11, 21),
        None,
    ),
    (
        4380,
        "TrueNAS SCALE apps after the move to Docker",
        "Storage & NAS",
        ["truenas", "docker"],
        [("zfsfan", "Original Poster"), ("selfhostsam", "Frequent Poster"), ("zfsfan", "Most Recent Poster")],
        36,
        2215,
        date(2024, 11, 21),
        None,
    ),
    (
        4416,
        "Pi-hole stopped resolving after router firmware update",
        "Networking",
        ["dns", "pihole"],
        [("blockedads", "Original Poster"), ("lanparty", "Most Recent Poster")],
        11,
        389,
        date(2024, 11, 20),
        None,
    ),
    (
        4405,
        "Cheapest way to get 10GbE between two machines",
        "Networking",
        ["10gbe", "sfp"],
        [("fibrefred", "Original Poster"), ("packetpusher", "Frequent Poster"), ("tinytux", "Most Recent Poster")],
        19,
        873,
        date(2024, 11, 20),
        None,
    ),
    (
        4371,
        "Backups: what does your 3-2-1 look like?",
        "Storage & NAS",
        ["backup", "restic"],
        [
            ("zfsfan", "Original Poster"),
            ("quietbox", "Frequent Poster"),
            ("remoteraj", "Frequent Poster"),
            ("ssdslinger", "Most Recent Poster"),
        ],
        64,
        4130,
        date(2024, 11, 19),
        None,
    ),
    (
        4408,
        "LXC vs VM for Jellyfin with GPU passthrough",
        "Proxmox",
        ["jellyfin", "gpu-passthrough"],
        [("mediamike", "Original Poster"), ("kvmkate", "Most Recent Poster")],
        14,
        655,
        date(2024, 11, 19),
        None,
    ),
    (
        4420,
        "Power draw of my whole lab: 140 W idle",
        "Hardware",
        ["power"],
        [("voltwatcher", "Original Poster, Most Recent Poster")],
        0,
        57,
        date(2024, 11, 19),
        None,
    ),
    (
        4366,
        "Nextcloud is slow – tuning tips that actually helped",
        "Self-Hosting",
        ["nextcloud", "performance"],
        [("selfhostsam", "Original Poster"), ("shutterbug", "Frequent Poster"), ("nightowl", "Most Recent Poster")],
        29,
        2587,
        date(2024, 11, 18),
        None,
    ),
    (
        4399,
        "Used enterprise server or new mini PCs?",
        "Hardware",
        ["buying-advice"],
        [("rackrat", "Original Poster"), ("tinytux", "Frequent Poster"), ("dealhunter", "Most Recent Poster")],
        47,
        3312,
        date(2024, 11, 18),
        None,
    ),
    (
        4414,
        "Traefik labels not picked up after compose v2 upgrade",
        "Self-Hosting",
        ["traefik", "docker"],
        [("yamlyak", "Original Poster"), ("selfhostsam", "Most Recent Poster")],
        7,
        244,
        date(2024, 11, 17),
        None,
    ),
    (
        4392,
        "Proxmox Backup Server on the same host – bad idea?",
        "Proxmox",
        ["backup"],
        [("pve_tom", "Original Poster"), ("zfsfan", "Frequent Poster"), ("kvmkate", "Most Recent Poster")],
        21,
        1120,
        date(2024, 11, 17),
        None,
    ),
    (
        4403,
        "Wi-Fi 7 access points: anyone running them yet?",
        "Networking",
        ["wifi"],
        [("airwaves", "Original Poster"), ("lanparty", "Most Recent Poster")],
        13,
        702,
        date(2024, 11, 16),
        None,
    ),
    (
        4418,
        "Off-topic: what's on your workbench this weekend?",
        "Lounge",
        [],
        [("blinkenlights", "Original Poster"), ("rackrat", "Frequent Poster"), ("fibrefred", "Most Recent Poster")],
        16,
        421,
        date(2024, 11, 16),
        None,
    ),
    (
        4377,
        "Replacing a failed disk in a mirrored vdev, step by step",
        "Storage & NAS",
        ["zfs", "howto"],
        [("zfsfan", "Original Poster"), ("quietbox", "Most Recent Poster")],
        10,
        1893,
        date(2024, 11, 15),
        None,
    ),
    (
        4395,
        "Uptime Kuma notifications to Matrix",
        "Self-Hosting",
        ["monitoring", "matrix"],
        [("yamlyak", "Original Poster"), ("nightowl", "Most Recent Poster")],
        5,
        233,
        date(2024, 11, 15),
        None,
    ),
    (
        4360,
        "Rack rails that fit a 600 mm deep cabinet",
        "Hardware",
        ["rack"],
        [("rackrat", "Original Poster"), ("dustyfan", "Frequent Poster"), ("voltwatcher", "Most Recent Poster")],
        22,
        1364,
        date(2024, 11, 14),
        None,
    ),
    (
        4406,
        "Forum search ignores tags – bug?",
        "Site Feedback",
        ["bug"],
        [("packetpusher", "Original Poster"), ("admin_ana", "Most Recent Poster")],
        3,
        112,
        date(2024, 11, 14),
        None,
    ),
]


def _dc_slug(title: str) -> str:
    return slug(title.replace("–", " "))


def _dc_href(tid: int, title: str) -> str:
    return f"{DC_HOST}/t/{_dc_slug(title)}/{tid}"


def _dc_row(position: int, item: tuple[Any, ...]) -> str:
    tid, title, category, tags, posters, replies, views, activity, excerpt = item
    href = _dc_href(tid, title)
    badge = ""
    if category != "Uncategorized":
        cslug, cid, colour = DC_CATEGORIES[category]
        badge = f"""<a href='/c/{cslug}/{cid}' class='badge-wrapper bullet'>
                  <span class='badge-category-bg' style='background-color: #{colour}'></span>
                  <span class='badge-category clear-badge'>
                    <span class='category-name'>{esc(category)}</span>
                  </span>
                </a>"""
    tags_html = ""
    if tags:
        parts = []
        for n, tag in enumerate(tags):
            parts.append(f"<a href='{DC_HOST}/tag/{tag}' class='discourse-tag'>{esc(tag)}</a>")
            if n < len(tags) - 1:
                parts.append(",&nbsp;")
        tags_html = f'<div class="discourse-tags">\n                    {"".join(parts)}\n                </div>'
    excerpt_html = f"<p class='excerpt'>\n                {excerpt}\n              </p>" if excerpt else ""
    avatars = []
    for n, (user, description) in enumerate(posters):
        extras = ("latest single" if len(posters) == 1 else "latest") if n == len(posters) - 1 else ""
        avatar = (
            f"{DC_HOST}/user_avatar/forum.rackroom.example/{user}/25/{1000 + len(user) * 37}_2.png"
            if user != "system"
            else f"{DC_HOST}/images/discourse-logo-sketch-small.png"
        )
        avatars.append(
            f"""<a href="{DC_HOST}/u/{user}" class="{extras}">
                <img width="25" height="25" src="{avatar}" class="avatar" title='{esc(user)} - {esc(description)}' aria-label='{esc(user)} - {esc(description)}'>
              </a>"""
        )
    title_meta = esc(title).replace("&#x27;", "&#39;")
    return f"""<tr class="topic-list-item">
          <td class="main-link topic-list-data" itemprop='itemListElement' itemscope itemtype='http://schema.org/ListItem'>
            <meta itemprop='name' content='{title_meta}'>
            <meta itemprop='url' content='{href}'>
            <meta itemprop='position' content='{position}'>
            <span class="link-top-line">
              <a href='{href}' class='title raw-link raw-topic-link'>{esc(title)}</a>
            </span>
            <div class="link-bottom-line">
                {badge}
                {tags_html}
            </div>
              {excerpt_html}
          </td>
          <td class='posters topic-list-data'>
              {"".join(avatars)}
          </td>
          <td class="replies num topic-list-data">
            <span class='posts' title='posts'>{replies}</span>
          </td>
          <td class="views num topic-list-data">
            <span class='views' title='views'>{views}</span>
          </td>
          <td class="num topic-list-data">
            {activity:%B} {activity.day}, {activity.year}
          </td>
        </tr>"""


def _dc_page(page: int, pages: int, items: list[Any], first: int) -> str:
    rows = "\n        ".join(_dc_row(first + n + 1, item) for n, item in enumerate(items))
    nav_parts = []
    head_links = []
    if page > 0:
        prev_url = "/latest" if page == 1 else f"/latest?page={page - 1}"
        nav_parts.append(
            f"<span itemprop='name'><a href='{prev_url}' rel='prev' itemprop='url'>&larr; previous page</a> &nbsp;</span>"
        )
        head_links.append(f'<link rel="prev" href="{prev_url}">')
    if page < pages - 1:
        nav_parts.append(
            f"<span itemprop='name'><b><a href='/latest?page={page + 1}' rel='next' itemprop='url'>next page &rarr;</a></b></span>"
        )
        head_links.append(f'<link rel="next" href="/latest?page={page + 1}">')
    nav = f"<div role='navigation' itemscope itemtype='http://schema.org/SiteNavigationElement'>\n    {''.join(nav_parts)}\n  </div>"
    crawler_nav = "".join(
        f"""<li itemscope itemtype='http://schema.org/SiteNavigationElement'>
          <span itemprop='name'>
            <a href='{h}' itemprop="url">{t} </a>
          </span>
        </li>"""
        for t, h in (
            ("Home", "/"),
            ("Categories", "/categories"),
            ("Guidelines", "/guidelines"),
            ("Terms of Service", "/tos"),
            ("Privacy Policy", "/privacy"),
        )
    )
    title = (
        "Rackroom Community - Homelab, networking and self-hosting"
        if page == 0
        else f"Latest topics - page {page + 1} - Rackroom Community"
    )
    return f"""<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>{title}</title>
    <meta name="description" content="A friendly forum for homelab builders: networking, storage, virtualization and self-hosted software.">
    <meta name="generator" content="Discourse 3.4.0.beta2 - https://github.com/discourse/discourse version 6d0a3b7c1f2e9a8b4c5d6e7f8a9b0c1d2e3f4a5b">
<link rel="icon" type="image/png" href="{DC_HOST}/uploads/default/optimized/1X/9c1e4b7a2d_2_32x32.png">
<link rel="apple-touch-icon" type="image/png" href="{DC_HOST}/uploads/default/optimized/1X/9c1e4b7a2d_2_180x180.png">
<meta name="theme-color" media="all" content="#ffffff">
<meta name="color-scheme" content="light">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, user-scalable=yes, viewport-fit=cover">
<link rel="canonical" href="{DC_HOST}/latest{"" if page == 0 else f"?page={page}"}" />
<link rel="search" type="application/opensearchdescription+xml" href="{DC_HOST}/opensearch.xml" title="Rackroom Community Search">
    <link href="/stylesheets/color_definitions_light-default__1_3f9e2a1c.css?__ws=forum.rackroom.example" media="all" rel="stylesheet" class="light-scheme"/>
    <link href="/stylesheets/desktop_5a8c0e6f.css?__ws=forum.rackroom.example" media="all" rel="stylesheet" data-target="desktop"  />
    <link href="/stylesheets/discourse-solved_5a8c0e6f.css?__ws=forum.rackroom.example" media="all" rel="stylesheet" data-target="discourse-solved"  />
    <meta property="og:site_name" content="Rackroom Community" />
<meta property="og:type" content="website" />
<meta name="twitter:card" content="summary" />
<meta property="og:url" content="{DC_HOST}/latest" />
<meta property="og:title" content="Rackroom Community" />
<meta property="og:description" content="A friendly forum for homelab builders: networking, storage, virtualization and self-hosted software." />
    {"".join(head_links)}
  </head>
  <body class="crawler browser-update">
    <header>
  <a href="/">
      <img src="{DC_HOST}/uploads/default/original/1X/4d2f8e0b1a.png" alt="Rackroom Community" id="site-logo" style="max-width: 150px;">
  </a>
    </header>
    <div id="main-outlet" class="wrap" role="main">
<div itemscope itemtype='http://schema.org/ItemList'>
  <meta itemprop='itemListOrder' content='http://schema.org/ItemListOrderDescending'>

  <table class='topic-list'>

    <thead class="topic-list-header">
      <tr class="topic-list-header-row">
        <th class="default topic-list-data">Topic</th>
        <th class="posters topic-list-data"></th>
        <th class="posts num topic-list-data">Replies</th>
        <th class="views num topic-list-data">Views</th>
        <th class="activity num topic-list-data">Activity</th>
      </tr>
    </thead>

    <tbody class="topic-list-body">
        {rows}
    </tbody>

  </table>
</div>

  {nav}
    </div>
    <footer class="container wrap">
      <nav class='crawler-nav'>
        <ul>
        {crawler_nav}
        </ul>
      </nav>
      <p class='powered-by-link'>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p>
    </footer>
  </body>
</html>"""


@eighth
def build_rackroom_community() -> None:
    s = Site(
        "rackroom-community",
        kind="forum topic list (Discourse crawler view /latest: posters only in avatar titles, raw views, date-only activity, ?page=N next page links)",
        start="latest/",
        description="Discourse's /latest as served to crawlers and browsers without JavaScript (2024): table.topic-list in a schema.org ItemList; tr.topic-list-item with meta name/url/position, a.title.raw-link.raw-topic-link (absolute), a category badge (none for Uncategorized), div.discourse-tags of a.discourse-tag joined by ',&nbsp;', a pinned welcome topic with p.excerpt, td.posters of avatar links whose img title is 'kvmkate - Original Poster' / '… - Frequent Poster' / '… - Most Recent Poster', raw replies and views ('4871') in titled spans, an unclassed cell with the last activity ('November 24, 2024'); 'next page →' / '← previous page' links to /latest?page=N (page 0 is /latest), the crawler layout's header, nav and 'Powered by Discourse' footer.",
    )
    pages = chunks(TOPICS, [10, 10, 8])
    first = 0
    for number, items in enumerate(pages):
        text = _dc_page(number, len(pages), items, first)
        s.list_page("latest/index.html" if number == 0 else f"latest@page={number}", text)
        first += len(items)
    for tid, title, category, tags, posters, replies, views, activity, _excerpt in TOPICS:
        s.expect(
            {
                "title": title,
                "url": _dc_href(tid, title),
                "category": category if category != "Uncategorized" else None,
                "tags": tags or None,
                "author": posters[0][0],
                "replies": replies,
                "views": views,
                "date": activity.isoformat(),
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# driftwood-notes: a Ghost 5 blog on the Casper theme, the tag page /tag/essays/: the gh-head
# navigation (search button, Sign in / Subscribe portal links), div.post-feed opening with the tag's own
# header, a section.post-card.post-card-large with the same title / excerpt classes, then
# article.post-card: a.post-card-image-link > img.post-card-image with srcset (absent on no-image
# posts) and a "Members only" / "Paid-members only" star badge on some, a.post-card-content-link >
# header (div.post-card-tags: span.post-card-primary-tag, a fire-icon "Featured" span on some; the
# h2.post-card-title) + div.post-card-excerpt (absent on some), footer.post-card-meta with
# time.post-card-meta-date[datetime] "Nov 20, 2024" and "5 min read"; nav.pagination "Page 1 of 3"
# with Newer / Older links to /tag/essays/page/N/, ghost_head's absolute rel=next and JSON-LD, the
# Portal and search scripts, a footer.
# ---------------------------------------------------------------------------------------------------

GH_HOST = "https://driftwoodnotes.example"
# (title, primary tag, date, reading minutes, excerpt or "", image, featured, access "public"|"members"|"paid")
POSTS: list[tuple[str, str, date, int, str, bool, bool, str]] = [
    (
        "The last ferry of the season",
        "Essays",
        date(2024, 12, 2),
        7,
        "On the final crossing to the island the café was already shuttered, the deckhands were counting lifejackets, and everyone aboard seemed to be saying goodbye to something.",
        True,
        True,
        "public",
    ),
    (
        "Notes from a week without a phone",
        "Notebook",
        date(2024, 11, 26),
        5,
        "Day three was the hardest. By day five I had started writing the time of every tide on the back of my hand, which felt like a fair trade.",
        True,
        False,
        "public",
    ),
    (
        "Why I walk the same beach every morning",
        "Walking",
        date(2024, 11, 20),
        5,
        "Repetition is not the opposite of discovery. The beach is never the same beach twice, and neither, it turns out, am I.",
        True,
        False,
        "public",
    ),
    ("Curlews, and the sound of a disappearing thing", "Birds", date(2024, 11, 13), 9, "", True, False, "members"),
    (
        "In praise of bad weather",
        "Essays",
        date(2024, 11, 6),
        4,
        "The best walks I have taken were the ones I almost cancelled: sideways rain, a closed café, and a sky that kept changing its mind.",
        False,
        False,
        "public",
    ),
    (
        "A field guide to shoreline rubbish",
        "Walking",
        date(2024, 10, 30),
        11,
        "Rope, bottle caps, a single glove. What washes up tells you about the sea's currents, and about us.",
        True,
        False,
        "public",
    ),
    (
        "The year I learned the names of clouds",
        "Essays",
        date(2024, 10, 22),
        6,
        "Cumulus, stratus, cirrus were easy. It was the in-between skies that taught me something about paying attention.",
        True,
        True,
        "public",
    ),
    (
        "Winter light on the estuary",
        "Photography",
        date(2024, 10, 15),
        3,
        "Six photographs from the mudflats at low tide, and what I was thinking when I took them.",
        True,
        False,
        "public",
    ),
    ("On keeping a tide table by the door", "Notebook", date(2024, 10, 8), 4, "", False, False, "public"),
    (
        "What the lighthouse keeper's logbook said",
        "History",
        date(2024, 10, 1),
        12,
        "Forty years of entries, most of them about the weather, a few about loneliness, and one about a whale that stayed for a week.",
        True,
        False,
        "paid",
    ),
    (
        "Walking the coast path in the wrong direction",
        "Walking",
        date(2024, 9, 24),
        8,
        "Every guidebook describes the route north to south. I went the other way, and the landscape kept surprising me.",
        True,
        False,
        "public",
    ),
    (
        "Small rituals for the end of summer",
        "Essays",
        date(2024, 9, 17),
        5,
        "A last swim, a jar of blackberry jam, a list of things to remember. The season ends whether we mark it or not.",
        True,
        False,
        "public",
    ),
    (
        "Oystercatchers are louder than you think",
        "Birds",
        date(2024, 9, 10),
        4,
        "They announce themselves to everyone on the beach, and they are not sorry about it.",
        True,
        False,
        "public",
    ),
    ("The sea wall and the people who built it", "History", date(2024, 9, 3), 10, "", True, False, "members"),
    (
        "A reading list for long evenings",
        "Notebook",
        date(2024, 8, 27),
        6,
        "Twelve books about the sea, the weather and walking, none of them new, all of them worth a second read.",
        False,
        False,
        "public",
    ),
    (
        "Saltmarsh at dawn",
        "Photography",
        date(2024, 8, 20),
        2,
        "Four frames, one heron, and the first pink light over the creek.",
        True,
        False,
        "public",
    ),
    (
        "Why essays, and why now",
        "Essays",
        date(2024, 8, 13),
        3,
        "A short note on what this newsletter is for, and why I keep writing long pieces about short walks.",
        False,
        True,
        "public",
    ),
    (
        "The ferryman's daughter",
        "History",
        date(2024, 8, 6),
        14,
        "She ran the crossing for thirty years after her father's death, and the village never once called her the ferryman.",
        True,
        False,
        "paid",
    ),
    (
        "Learning to swim in cold water",
        "Essays",
        date(2024, 7, 30),
        7,
        "The first minute is a shock, the second is a negotiation, the third is something close to joy.",
        True,
        False,
        "public",
    ),
    ("Sand martins in the cliff face", "Birds", date(2024, 7, 23), 5, "", True, False, "public"),
    (
        "A map of the places I have lost things",
        "Notebook",
        date(2024, 7, 16),
        6,
        "A pair of glasses at the harbour, a notebook on the dunes, my temper at the car park. A personal cartography.",
        True,
        False,
        "public",
    ),
    (
        "Storm days",
        "Essays",
        date(2024, 7, 9),
        5,
        "When the wind is too strong to walk, I sit by the window and watch the sea do all the work.",
        False,
        False,
        "public",
    ),
    (
        "Driftwood, and what it remembers",
        "Essays",
        date(2024, 7, 2),
        8,
        "Every piece on the tideline was a tree somewhere once. I have started trying to guess where.",
        True,
        False,
        "public",
    ),
    (
        "The harbour at closing time",
        "Photography",
        date(2024, 6, 25),
        3,
        "Boats coming in, nets going up, a dog waiting patiently for fish that never comes.",
        True,
        False,
        "public",
    ),
    (
        "Walking with my grandmother's compass",
        "Walking",
        date(2024, 6, 18),
        9,
        "It points a little west of north, which is exactly how she lived.",
        True,
        False,
        "members",
    ),
    (
        "First post: a beach, a notebook, a promise",
        "Essays",
        date(2024, 6, 11),
        2,
        "I am going to write about the same stretch of coast every week for a year. Here is why.",
        False,
        False,
        "public",
    ),
]
GH_TAG = "essays"


def _gh_slug(title: str) -> str:
    return slug(title)


def _gh_image(title: str, day: date) -> str:
    return f"/content/images/size/w600/{day:%Y}/{day:%m}/{_gh_slug(title)}.jpg"


STAR = '<svg width="20" height="20" viewBox="0 0 24 24" fill="none" xmlns="http://www.w3.org/2000/svg"><path d="M11.5 1.5L14.7 8l7.1 1-5.2 5 1.3 7.1-6.4-3.4-6.4 3.4 1.3-7.1-5.2-5 7.1-1z" fill="currentColor"/></svg>'
FIRE = '<svg width="16" height="17" viewBox="0 0 16 17" fill="none" xmlns="http://www.w3.org/2000/svg"><path d="M4.49365 4.58752C3.53115 6.03752 2.74365 7.70002 2.74365 9.25002C2.74365 10.6424 3.29678 11.9778 4.28134 12.9623C5.26591 13.9469 6.60127 14.5 7.99365 14.5C9.38604 14.5 10.7214 13.9469 11.706 12.9623C12.6905 11.9778 13.2437 10.6424 13.2437 9.25002C13.2437 6.00002 10.9937 3.50002 9.16865 1.68127L6.99365 6.25002L4.49365 4.58752Z" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"></path></svg>'


def _gh_card(item: tuple[Any, ...]) -> str:
    title, tag, day, minutes, excerpt, image, featured, access = item
    href = f"/{_gh_slug(title)}/"
    classes = (
        f"post-card post tag-{GH_TAG}"
        + (f" tag-{slug(tag)}" if slug(tag) != GH_TAG else "")
        + (" featured" if featured else "")
        + ("" if access == "public" else f" tag-hash-{access}")
        + ("" if image else " no-image")
    )
    image_html = ""
    if image:
        src = _gh_image(title, day)
        access_html = ""
        if access != "public":
            label = "Members only" if access == "members" else "Paid-members only"
            access_html = f"""
            <div class="post-card-access">
                {STAR}
                    {label}
            </div>"""
        image_html = f"""
    <a class="post-card-image-link" href="{href}">

        <img class="post-card-image"
            srcset="{src.replace("/w600/", "/w300/")} 300w,
                    {src} 600w,
                    {src.replace("/w600/", "/w1000/")} 1000w,
                    {src.replace("/w600/", "/w2000/")} 2000w"
            sizes="(max-width: 1000px) 400px, 800px"
            src="{src}"
            alt="{esc(title)}"
            loading="lazy"
        />
{access_html}
    </a>"""
    featured_html = f'\n                    <span class="post-card-featured">{FIRE} Featured</span>' if featured else ""
    excerpt_html = f'\n            <div class="post-card-excerpt">{esc(excerpt)}</div>' if excerpt else ""
    return f"""
<article class="{classes}">
{image_html}

    <div class="post-card-content">

        <a class="post-card-content-link" href="{href}">
            <header class="post-card-header">
                <div class="post-card-tags">
                        <span class="post-card-primary-tag">{esc(tag)}</span>{featured_html}
                </div>
                <h2 class="post-card-title">
                    {esc(title)}
                </h2>
            </header>{excerpt_html}
        </a>

        <footer class="post-card-meta">
            <time class="post-card-meta-date" datetime="{day.isoformat()}">{day:%b} {day.day}, {day.year}</time>
                <span class="post-card-meta-length">{minutes} min read</span>
        </footer>

    </div>

</article>"""


def _gh_page(page: int, pages: int, items: list[Any]) -> str:
    cards = "\n".join(_gh_card(item) for item in items)

    def link(n: int) -> str:
        return f"/tag/{GH_TAG}/" if n == 1 else f"/tag/{GH_TAG}/page/{n}/"

    header_card = ""
    if page == 1:
        header_card = """
        <section class="post-card post-card-large">

            <div class="post-card-image-link">
                <img class="post-card-image"
                    srcset="/content/images/size/w300/2024/06/essays-cover.jpg 300w,
                            /content/images/size/w600/2024/06/essays-cover.jpg 600w"
                    sizes="(max-width: 1000px) 400px, 800px"
                    src="/content/images/size/w600/2024/06/essays-cover.jpg"
                    alt="Essays"
                />
            </div>

            <div class="post-card-content">
            <div class="post-card-content-link">
                <header class="post-card-header">
                    <h2 class="post-card-title">Essays</h2>
                </header>
                <div class="post-card-excerpt">
                        Longer pieces about the coast, the weather and paying attention. A new one most Tuesdays.
                </div>
            </div>
            </div>

        </section>"""
    newer = (
        f'<a class="newer-posts" href="{link(page - 1)}"><span aria-hidden="true">&larr;</span> Newer Posts</a>'
        if page > 1
        else ""
    )
    older = (
        f'<a class="older-posts" href="{link(page + 1)}">Older Posts <span aria-hidden="true">&rarr;</span></a>'
        if page < pages
        else ""
    )
    head_links = ""
    if page > 1:
        head_links += f'\n    <link rel="prev" href="{GH_HOST}{link(page - 1)}">'
    if page < pages:
        head_links += f'\n    <link rel="next" href="{GH_HOST}{link(page + 1)}">'
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "Series",
            "publisher": {
                "@type": "Organization",
                "name": "Driftwood Notes",
                "url": f"{GH_HOST}/",
                "logo": {"@type": "ImageObject", "url": f"{GH_HOST}/favicon.ico", "width": 48, "height": 48},
            },
            "url": f"{GH_HOST}{link(page)}",
            "image": {
                "@type": "ImageObject",
                "url": f"{GH_HOST}/content/images/2024/06/essays-cover.jpg",
                "width": 2000,
                "height": 1333,
            },
            "name": "Essays",
            "mainEntityOfPage": f"{GH_HOST}{link(page)}",
            "description": "Longer pieces about the coast, the weather and paying attention. A new one most Tuesdays.",
        },
        indent=4,
    )
    nav = "".join(
        f'<li class="nav-{slug(t)}{" nav-current" if t == "Essays" else ""}"><a href="{GH_HOST}{h}">{t}</a></li>'
        for t, h in (
            ("Home", "/"),
            ("Essays", "/tag/essays/"),
            ("Walking", "/tag/walking/"),
            ("Birds", "/tag/birds/"),
            ("About", "/about/"),
        )
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>

    <title>Essays - Driftwood Notes</title>
    <meta charset="utf-8" />
    <meta http-equiv="X-UA-Compatible" content="IE=edge" />
    <meta name="HandheldFriendly" content="True" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />

    <link rel="preload" as="style" href="/assets/built/screen.css?v=3c1f2a9b04" />
    <link rel="preload" as="script" href="/assets/built/casper.js?v=3c1f2a9b04" />

    <link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=3c1f2a9b04" />

    <meta name="description" content="Longer pieces about the coast, the weather and paying attention. A new one most Tuesdays.">
    <link rel="icon" href="/favicon.ico" type="image/x-icon">
    <link rel="canonical" href="{GH_HOST}{link(page)}">
    <meta name="referrer" content="no-referrer-when-downgrade">{head_links}

    <meta property="og:site_name" content="Driftwood Notes">
    <meta property="og:type" content="website">
    <meta property="og:title" content="Essays - Driftwood Notes">
    <meta property="og:url" content="{GH_HOST}{link(page)}">
    <meta name="twitter:card" content="summary_large_image">

    <script type="application/ld+json">
{ld}
    </script>

    <meta name="generator" content="Ghost 5.101">
    <link rel="alternate" type="application/rss+xml" title="Driftwood Notes" href="{GH_HOST}/rss/">
    <script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.46/umd/portal.min.js" data-i18n="true" data-ghost="{GH_HOST}/" data-key="4b1a9e2f6c3d8e7a0f5b2c91d4" data-api="{GH_HOST}/ghost/api/content/" data-locale="en" crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content,
.gh-post-upgrade-cta {{
    display: flex;
    flex-direction: column;
    align-items: center;
}}</style>
    <script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~1.5/umd/sodo-search.min.js" data-key="4b1a9e2f6c3d8e7a0f5b2c91d4" data-styles="https://cdn.jsdelivr.net/ghost/sodo-search@~1.5/umd/main.css" data-sodo-search="{GH_HOST}/" data-locale="en" crossorigin="anonymous"></script>
    <script defer src="/public/cards.min.js?v=3c1f2a9b04"></script>
    <link rel="stylesheet" type="text/css" href="/public/cards.min.css?v=3c1f2a9b04">
    <script defer src="/public/member-attribution.min.js?v=3c1f2a9b04"></script><style>:root {{--ghost-accent-color: #2f6f73;}}</style>
</head>
<body class="tag-template tag-{GH_TAG} is-head-left-logo has-cover">
<div class="viewport">

    <header id="gh-head" class="gh-head outer">
        <div class="gh-head-inner inner">
            <div class="gh-head-brand">
                <a class="gh-head-logo no-image" href="{GH_HOST}">
                        Driftwood Notes
                </a>
                <button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round" stroke-linejoin="round" d="M21 21l-6-6m2-5a7 7 0 11-14 0 7 7 0 0114 0z"></path></svg></button>
                <button class="gh-burger" aria-label="Main Menu"></button>
            </div>

            <nav class="gh-head-menu">
                <ul class="nav">
    {nav}
</ul>

            </nav>

            <div class="gh-head-actions">
                        <button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round" stroke-linejoin="round" d="M21 21l-6-6m2-5a7 7 0 11-14 0 7 7 0 0114 0z"></path></svg></button>
                    <div class="gh-head-members">
                                <a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
                                <a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a>
                    </div>
            </div>
        </div>
    </header>

    <div class="site-content">

<main id="site-main" class="site-main outer">
<div class="inner posts">
    <div class="post-feed">
{header_card}
{cards}
    </div>

    <nav class="pagination">
    {newer}
    <span class="page-number">Page {page} of {pages}</span>
    {older}
</nav>

</div>
</main>

    </div>

    <footer class="site-footer outer">
        <div class="inner">
            <section class="copyright"><a href="{GH_HOST}">Driftwood Notes</a> &copy; 2024</section>
            <nav class="site-footer-nav">
                <ul class="nav">
    <li class="nav-sign-up"><a href="#/portal/">Sign up</a></li>
    <li class="nav-rss"><a href="{GH_HOST}/rss/">RSS</a></li>
</ul>

            </nav>
            <div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div>
        </div>
    </footer>

</div>

<script src="/assets/built/casper.js?v=3c1f2a9b04"></script>
<script>
$(document).ready(function () {{
    // Mobile Menu Trigger
    $('.gh-burger').click(function () {{
        $('body').toggleClass('gh-head-open');
    }});
    // FitVids - Makes video embeds responsive
    $(".gh-content").fitVids();
}});
</script>

</body>
</html>"""


@eighth
def build_driftwood_notes() -> None:
    s = Site(
        "driftwood-notes",
        kind="blog tag page (Ghost 5, Casper theme: post-card articles after a tag header card of the same classes, primary tags, '5 min read', /page/N/)",
        start=f"tag/{GH_TAG}/",
        description="A Ghost 5 blog on the Casper theme, the tag page /tag/essays/: gh-head navigation with search buttons and Sign in / Subscribe portal links; div.post-feed opening with the tag's header, a section.post-card.post-card-large with the same title / excerpt classes; article.post-card with a.post-card-image-link > img.post-card-image (srcset, absent on no-image posts, a 'Members only' / 'Paid-members only' star badge on some), a.post-card-content-link > header (span.post-card-primary-tag, a fire-icon 'Featured' span on some, h2.post-card-title) + div.post-card-excerpt (absent on some), footer.post-card-meta with time[datetime] 'Nov 20, 2024' and '5 min read'; nav.pagination 'Page 1 of 3' with Newer / Older Posts links to /tag/essays/page/N/, ghost_head's absolute rel=next/prev, JSON-LD Series, Portal and search scripts.",
    )
    pages = chunks(POSTS, [10, 10, 6])
    for number, items in enumerate(pages, 1):
        text = _gh_page(number, len(pages), items)
        s.list_page(f"tag/{GH_TAG}/index.html" if number == 1 else f"tag/{GH_TAG}/page/{number}/index.html", text)
    for title, tag, day, minutes, excerpt, image, _featured, _access in POSTS:
        s.expect(
            {
                "title": title,
                "url": f"/{_gh_slug(title)}/",
                "image": _gh_image(title, day) if image else None,
                "tag": tag,
                "date": day.isoformat(),
                "reading_time": minutes,
                "summary": excerpt or None,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in EIGHTH.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind']:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
