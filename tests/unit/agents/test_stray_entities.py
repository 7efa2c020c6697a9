"""A list page whose head says "one entity": a JSON-LD ``Hotel`` of a featured hotel or of the site, a
``LocalBusiness`` of the agency, Open Graph ``product`` on a category page. The cards, each linking to a
page of its own, are the records; a product or hotel page naming its entity in its heading stays a
detail page whatever list of other items stands beside it.
"""

from __future__ import annotations

import json

from agents.scout import analyze_page
from pipeline.core.extract import extract_records
from pipeline.core.schemas import PageProfile

HOTELS = [
    ("Casa do Rio Boutique Hotel", "Alfama", 142, "8.9", 1204),
    ("Hotel Avenida Palace", "Baixa", 219, "9.1", 3320),
    ("Lisbon Loft Suites", "Chiado", 98, "8.2", 412),
    ("Memmo Principe Real", "Principe Real", 265, "9.3", 988),
    ("The Lumiares", "Bairro Alto", 188, "9.0", 1541),
    ("Pestana Palace Lisboa", "Alcantara", 176, "8.8", 2870),
    ("Hotel Britania Art Deco", "Avenida", 154, "9.2", 1766),
    ("Olissippo Lapa Palace", "Lapa", 390, "9.4", 870),
    ("Hotel da Baixa", "Baixa", 132, "8.7", 2204),
    ("Se Apartments Lisbon", "Se", 88, "8.1", 318),
]
TOURS = [
    ("Sintra and Cascais Day Trip", "8 hours", 79),
    ("Douro Valley Wine Tasting", "10 hours", 115),
    ("Lisbon Street Art Walk", "3 hours", 25),
    ("Arrabida Kayak and Snorkel", "5 hours", 59),
    ("Evora Roman Temple Tour", "9 hours", 89),
    ("Fado Night in Alfama", "2.5 hours", 45),
    ("Obidos Medieval Village", "6 hours", 65),
]
PRODUCTS = [
    "Aurora Desk Lamp",
    "Nimbus Floor Lamp",
    "Vega Pendant",
    "Orion Wall Light",
    "Lyra Reading Lamp",
    "Atlas Arc Lamp",
    "Helix Table Lamp",
    "Nova Clip Lamp",
]


def _slug(name: str) -> str:
    return name.lower().replace(" ", "-")


def _hotel_card(index: int, name: str, area: str, price: int, score: str, reviews: int) -> str:
    """A search result card as hotel sites write it: utility classes, icons, optional badges."""
    badge = '<span class="_3xk2 bg-emerald-600 text-xs">Free cancellation</span>' if index % 3 == 0 else ""
    deal = '<div class="_9fa1 text-red-700"><svg class="w-4"><use href="#ic-tag"/></svg><span>Late deal</span></div>'
    return f"""<div class="c6a1f2 relative flex gap-4 border rounded-lg p-3" data-testid="property-card">
<div class="e3b7c1 shrink-0"><a href="/hotel/pt/{_slug(name)}.html" tabindex="-1"><img class="h-44 object-cover"
 src="/img/{_slug(name)}.jpg" alt=""></a><button class="a91e absolute" aria-label="Save"><svg class="w-5">
<use href="#ic-heart"/></svg></button></div>
<div class="f5d902 flex-1 min-w-0"><div class="b0c1 flex justify-between"><div>
<h3 class="d1a8 text-lg font-bold"><a class="text-blue-800" href="/hotel/pt/{_slug(name)}.html"><div
 data-testid="title" class="fa3e">{name}</div></a></h3>
<div class="c88d text-sm"><span data-testid="address">{area}, Lisbon</span> · <a href="/map">Show on map</a></div>
</div><div class="ee11 flex gap-2" data-testid="review-score"><div class="text-xs">{reviews} reviews</div>
<div class="a3f2 bg-blue-900 text-white rounded" aria-label="Scored {score}">{score}</div></div></div>
{badge}{deal if index % 4 == 1 else ""}
<ul class="_7c2d mt-2 text-sm"><li class="flex"><svg class="w-3"><use href="#ic-check"/></svg>Breakfast included</li>
</ul>
<div class="d9c4 mt-3 flex flex-col items-end"><div class="text-xs">1 night, 2 adults</div>
<div class="text-xl font-bold" data-testid="price-and-discounted-price">€{price}</div>
<a class="bg-blue-600 text-white" href="/hotel/pt/{_slug(name)}.html#availability">See availability</a></div>
</div></div>"""


def _hotel_results(entity: dict[str, object]) -> str:
    cards = "\n".join(_hotel_card(i, *hotel) for i, hotel in enumerate(HOTELS))
    facets = "".join(
        f'<div class="filter-row"><label><input type="checkbox" name="nflt" value="{v}"><span>{t}</span></label>'
        f'<span class="text-gray-500">{n}</span></div>'
        for v, t, n in [("class=5", "5 stars", 58), ("class=4", "4 stars", 212), ("fc=2", "Free cancellation", 604)]
    )
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Hotels in Lisbon – 642 properties found</title>
<script type="application/ld+json">{json.dumps(entity)}</script></head>
<body class="antialiased"><header class="_2a1c border-b"><a href="/" class="logo">staystack</a>
<nav class="flex gap-4"><a href="/stays">Stays</a><a href="/flights">Flights</a><a href="/login">Sign in</a></nav>
</header>
<main class="max-w-6xl mx-auto flex gap-6"><aside class="w-64"><h2>Filter by:</h2>{facets}</aside>
<div class="flex-1"><nav class="breadcrumb"><a href="/">Home</a> › <a href="/country/pt">Portugal</a> › Lisbon</nav>
<h1 class="text-2xl font-bold">Lisbon: 642 properties found</h1>
<div class="sort-bar"><button>Sort by: Our top picks</button></div>
<div class="results space-y-3">{cards}</div>
<nav class="pagination"><a href="?offset=0">1</a><a href="?offset=25">2</a>
<a href="?offset=25" rel="next">Next</a></nav>
</div></main>
<footer class="_ff01"><ul><li><a href="/about">About staystack</a></li><li><a href="/careers">Careers</a></li></ul>
<p>Copyright © 2026 staystack. All rights reserved.</p></footer></body></html>"""


FEATURED_HOTEL = {
    "@context": "https://schema.org",
    "@type": "Hotel",
    "name": "Hotel Avenida Palace",
    "url": "https://stays.example/hotel/pt/hotel-avenida-palace.html",
    "image": "https://stays.example/img/hotel-avenida-palace.jpg",
    "aggregateRating": {"@type": "AggregateRating", "ratingValue": "9.1", "reviewCount": "3320"},
}
SITE_HOTEL = {"@context": "https://schema.org", "@type": "Hotel", "name": "staystack Lisbon", "url": "/"}


def _tours_page() -> str:
    """A tour operator's listing: BEM classes, an ``ol`` of cards, the agency as a LocalBusiness."""
    agency = {
        "@context": "https://schema.org",
        "@type": "LocalBusiness",
        "name": "Lusitania Tours",
        "telephone": "+351 21 000 0000",
        "address": {"@type": "PostalAddress", "streetAddress": "Rua Augusta 10", "addressLocality": "Lisbon"},
    }
    cards = "\n".join(
        f"""<li class="tour-list__item"><article class="tour-card tour-card--{"bestseller" if i % 3 == 0 else "std"}">
<figure class="tour-card__media"><a href="/tours/{_slug(name)}/"><img src="/media/{_slug(name)}-640.webp"
 alt="{name}" loading="lazy"></a>{'<span class="tour-card__badge">Bestseller</span>' if i % 3 == 0 else ""}</figure>
<div class="tour-card__body"><h2 class="tour-card__title"><a href="/tours/{_slug(name)}/">{name}</a></h2>
<ul class="tour-card__facts"><li><i class="icon icon-clock" aria-hidden="true"></i> {duration}</li>
<li><i class="icon icon-users" aria-hidden="true"></i> Small group</li></ul>
<div class="tour-card__footer"><span class="tour-card__from">from</span>
<span class="tour-card__price">€{price}</span><a class="btn btn--primary" href="/tours/{_slug(name)}/#book">Book</a>
</div></div></article></li>"""
        for i, (name, duration, price) in enumerate(TOURS)
    )
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Day tours from Lisbon | Lusitania Tours</title>
<script type="application/ld+json">{json.dumps(agency)}</script></head>
<body><header class="site-header"><a class="site-header__logo" href="/">Lusitania Tours</a>
<nav class="site-nav"><a href="/tours/">Tours</a><a href="/about/">About us</a><a href="/contact/">Contact</a></nav>
</header>
<main class="page"><section class="page__intro"><h1 class="page__title">Day tours from Lisbon</h1>
<p>Small-group day trips with local guides, hotel pick-up included.</p></section>
<ol class="tour-list">{cards}</ol></main>
<footer class="site-footer"><p>Lusitania Tours, Rua Augusta 10, Lisbon · +351 21 000 0000</p></footer></body></html>"""


def _product_card(index: int, name: str, href: str) -> str:
    """A shop's product card as a Next.js site writes it: hashed CSS-module classes, a wishlist icon."""
    sale = '<s class="Price_was__P0q">€129,00</s>' if index % 3 == 1 else ""
    rating = (
        '<div class="Rating_root__aZ1" aria-label="Rated 4.5 out of 5">'
        + "".join('<svg class="Rating_star__k2" viewBox="0 0 20 20"><path d="M10 1l3 6z"/></svg>' for _ in range(5))
        + f'<span class="Rating_count__Qm9">({12 + index})</span></div>'
        if index % 2 == 0
        else ""
    )
    return f"""<li class="ProductGrid_item__7Hk"><article class="ProductCard_card__2Yz">
<div class="ProductCard_media__Nn1"><a href="{href}"><picture><source srcset="/cdn/{_slug(name)}.webp"><img
 src="/cdn/{_slug(name)}.jpg" alt="{name}"></picture></a><button class="Wishlist_btn__8sd" aria-label="Add to wishlist">
<svg viewBox="0 0 24 24"><path d="M12 21l-1-1z"/></svg></button></div>
<div class="ProductCard_body__4Rt"><h3 class="ProductCard_title__Q7s"><a href="{href}">{name}</a></h3>{rating}
<div class="Price_root__Hs1"><span class="Price_regular__Zz2">€{49 + 10 * index},00</span>{sale}</div></div>
</article></li>"""


def _category_page() -> str:
    """A category page whose platform writes ``og:type product`` on every shop page."""
    cards = "\n".join(_product_card(i, name, f"/products/{_slug(name)}") for i, name in enumerate(PRODUCTS))
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Lamps | Lumio</title>
<meta property="og:type" content="product"><meta property="og:title" content="Lamps">
<meta property="og:description" content="Desk, floor and pendant lamps."></head>
<body><div id="__next"><header class="Header_root__Xy"><a class="Header_logo__1" href="/">Lumio</a>
<a href="/cart">Bag (0)</a></header><main class="Page_main__J2">
<nav class="Breadcrumbs_root__A"><a href="/">Home</a> / <a href="/c/lighting">Lighting</a></nav>
<section class="Hero_root__K8"><h1 class="Hero_title__P">Lamps</h1><p class="Hero_lead__m">Light up every corner with
our lamps: warm desk lamps for focused work, floor lamps for reading nooks and pendants that anchor a dining table.
Every lamp takes a standard E27 or GU10 bulb and ships free over €50.</p></section>
<ul class="ProductGrid_grid__Vd1">{cards}</ul>
<nav class="Pagination_root__z" aria-label="Pages"><a href="/c/lamps" aria-current="page">1</a>
<a href="/c/lamps?page=2">2</a><a href="/c/lamps?page=3">3</a><a href="/c/lamps?page=2" rel="next">Next</a></nav></main>
<footer class="Footer_root__w"><a href="/help/shipping">Shipping</a><a href="/help/returns">Returns</a></footer>
</div></body></html>"""


def _product_page(*, jsonld: bool) -> str:
    """A product page: its name in the heading, its price and cart form beside it, a rail of other products."""
    name = "Aurora Desk Lamp"
    entity = {"@context": "https://schema.org", "@type": "Product", "name": f"Lumio {name}", "sku": "AUR-01"}
    cards = "\n".join(_product_card(i, other, f"/products/{_slug(other)}") for i, other in enumerate(PRODUCTS[1:]))
    script = f'<script type="application/ld+json">{json.dumps(entity)}</script>' if jsonld else ""
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{name} | Lumio</title>
<meta property="og:type" content="product"><meta property="og:title" content="{name}">{script}</head>
<body><div id="__next"><header class="Header_root__Xy"><a href="/">Lumio</a></header><main class="Page_main__J2">
<div class="PDP_layout__a1"><div class="PDP_gallery__b2"><img src="/cdn/aurora-1.jpg" alt=""></div>
<div class="PDP_info__c3"><h1 class="PDP_title__d4">{name}</h1>
<div class="Price_root__Hs1"><span class="Price_regular__Zz2">€89,00</span></div>
<p class="PDP_lead__e5">A brass desk lamp with a dimmable LED and a weighted base.</p>
<form class="PDP_form__f6" action="/cart/add"><button type="submit">Add to bag</button></form></div></div>
<ul class="ProductGrid_grid__Vd1">{cards}</ul></main></div></body></html>"""


def _hotel_page() -> str:
    """A hotel's own page: its name in the heading, its description, a list of other hotels nearby."""
    cards = "\n".join(_hotel_card(i, *hotel) for i, hotel in enumerate(HOTELS) if i != 1)
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hotel Avenida Palace, Lisbon</title>
<script type="application/ld+json">{json.dumps(FEATURED_HOTEL)}</script></head>
<body><header class="_2a1c"><a href="/" class="logo">staystack</a></header>
<main class="max-w-6xl mx-auto"><div class="hp-header"><h1 class="text-2xl font-bold">Hotel Avenida Palace</h1>
<div class="text-sm">Rua 1º de Dezembro 123, Baixa, 1200-359 Lisbon</div></div>
<div class="hp-description"><p>Set in a 19th-century palace beside Rossio Square, Hotel Avenida Palace offers
classically decorated rooms with marble bathrooms, a grand lounge bar and a daily buffet breakfast.</p></div>
<div class="results space-y-3">{cards}</div></main></body></html>"""


def _titles(profile: PageProfile, html: str, url: str) -> list[str]:
    records = extract_records(html, url, profile.spec)
    return [str(r.get("title")) for r in records]


def test_hotel_results_with_a_featured_hotel_in_json_ld_read_every_hotel() -> None:
    url = "https://stays.example/searchresults.html?ss=Lisbon"
    html = _hotel_results(FEATURED_HOTEL)
    profile = analyze_page(html, url)
    assert profile.spec.mode == "list"
    assert _titles(profile, html, url) == [h[0] for h in HOTELS]


def test_hotel_results_with_the_site_as_a_hotel_in_json_ld_read_every_hotel() -> None:
    url = "https://stays.example/searchresults.html?ss=Lisbon"
    html = _hotel_results(SITE_HOTEL)
    profile = analyze_page(html, url)
    assert profile.spec.mode == "list"
    assert _titles(profile, html, url) == [h[0] for h in HOTELS]


def test_tour_listing_of_an_agency_declared_as_a_local_business_reads_the_tours() -> None:
    url = "https://tours.example/tours/"
    html = _tours_page()
    profile = analyze_page(html, url)
    assert profile.spec.mode == "list"
    assert _titles(profile, html, url) == [t[0] for t in TOURS]


def test_category_page_open_graph_calls_a_product_reads_the_products() -> None:
    url = "https://shop.example/c/lamps"
    html = _category_page()
    profile = analyze_page(html, url)
    assert profile.spec.mode == "list"
    assert _titles(profile, html, url) == PRODUCTS


def test_product_page_with_a_rail_of_other_products_stays_a_detail_page() -> None:
    for jsonld in (True, False):
        profile = analyze_page(_product_page(jsonld=jsonld), "https://shop.example/products/aurora-desk-lamp")
        assert profile.spec.mode == "detail"
        assert profile.sample_records[0]["title"] == "Aurora Desk Lamp"


def test_hotel_page_with_hotels_nearby_stays_a_detail_page() -> None:
    profile = analyze_page(_hotel_page(), "https://stays.example/hotel/pt/hotel-avenida-palace.html")
    assert profile.spec.mode == "detail"
    assert profile.sample_records[0]["title"] == "Hotel Avenida Palace"


def test_a_heading_that_words_the_entity_otherwise_still_names_it() -> None:
    from agents.heuristics.strayentities import _names

    assert _names("apple iphone 15 pro max 256gb", "iphone 15 pro max – 256 gb")
    assert _names("hotel avenida palace", "avenida palace hotel, lisbon")
    assert not _names("hotel avenida palace", "hotels in lisbon: 642 properties found")
    assert not _names("staystack", "hotels in lisbon")
    assert not _names("staystack lisbon", "lisbon: 642 properties found")  # the site, in the town it lists
