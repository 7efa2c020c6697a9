"""A page whose one declared entity owns things (a hotel, a restaurant, a product group) and lists
them as cards: the rooms, dishes or variants are its records. A hotel page with only its amenities,
or with a rail of hotels nearby, and a product's page with a rail of other products stay detail pages.
"""

from __future__ import annotations

import json

from agents.heuristics.dom import HtmlElement, analysing, build_index
from agents.heuristics.ownedcards import offers_of_owner, says_owner
from agents.heuristics.structured import read_structured
from agents.scout import analyze_page
from pipeline.core.extract import extract_records, make_selector
from pipeline.core.schemas import PageProfile

ROOMS = [
    ("Classic Double Room", "18 m²", "1 double bed", 2, 149),
    ("Superior Twin Room", "22 m²", "2 single beds", 2, 179),
    ("Deluxe King Room with River View", "28 m²", "1 king bed", 2, 229),
    ("Family Suite", "45 m²", "1 king bed, 2 bunk beds", 4, 319),
]
DISHES = [
    ("Caldo verde", "Kale and potato soup, chouriço", "6,50"),
    ("Bacalhau à Brás", "Salt cod, straw potatoes, egg, olives", "16,00"),
    ("Polvo à lagareiro", "Roast octopus, garlic oil, punched potatoes", "21,50"),
    ("Francesinha", "Steak sandwich, cheese, beer sauce, fries", "13,90"),
    ("Pastel de nata", "Custard tart, cinnamon", "2,20"),
]
VARIANTS = [("Black", "S", 24), ("Black", "M", 24), ("Black", "L", 26), ("White", "S", 22), ("White", "M", 22)]
VARIANTS += [("Navy", "L", 28)]


def _ld(entity: dict[str, object]) -> str:
    return f'<script type="application/ld+json">{json.dumps({"@context": "https://schema.org", **entity})}</script>'


def _hotel_with_rooms() -> str:
    """A hotel's own page: BEM classes, its description and amenities, then its rooms with a reserve form."""
    hotel = {
        "@type": "Hotel",
        "name": "Hotel Miramar Porto",
        "address": {"@type": "PostalAddress", "streetAddress": "Cais da Ribeira 5", "addressLocality": "Porto"},
        "priceRange": "€€",
    }
    cards = "".join(
        f"""<div class="room-card"><img src="/img/room-{i}.jpg" alt="">
<div class="room-card__body"><h3 class="room-card__name">{name}</h3>
<ul class="room-card__facts"><li><i class="ic-size"></i> {size}</li><li><i class="ic-bed"></i> {beds}</li>
<li><i class="ic-guests"></i> Sleeps {guests}</li></ul>
{'<p class="room-card__perk">Free cancellation</p>' if i % 2 == 0 else ""}
<div class="room-card__price"><span class="amount">€{price}</span> <span class="per">/ night</span></div>
<form action="/book" method="post"><input type="hidden" name="room" value="{i + 1}">
<button type="submit" class="btn">Reserve</button></form></div></div>"""
        for i, (name, size, beds, guests, price) in enumerate(ROOMS)
    )
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Hotel Miramar Porto – Official site</title>{_ld(hotel)}</head>
<body><header class="site-header"><a href="/" class="logo">Miramar Hotels</a>
<nav><a href="/porto">Porto</a><a href="/lisbon">Lisbon</a><a href="/contact">Contact</a></nav></header>
<main><section class="hotel-hero"><h1>Hotel Miramar Porto</h1>
<p class="address">Cais da Ribeira 5, 4050-510 Porto</p>
<p class="intro">A four-star hotel on the Ribeira waterfront, a short walk from the Dom Luís I bridge, with
rooms looking over the Douro river and the port cellars of Vila Nova de Gaia.</p></section>
<section class="amenities"><h2>Amenities</h2><ul><li>Free Wi-Fi</li><li>Breakfast buffet</li>
<li>24-hour front desk</li><li>Airport shuttle</li></ul></section>
<section class="rooms"><h2>Choose your room</h2>{cards}</section></main>
<footer><p>© 2026 Miramar Hotels</p></footer></body></html>"""


def _restaurant_menu() -> str:
    """A restaurant's page in utility classes: its address and hours, then its menu's dishes, no links."""
    restaurant = {"@type": "Restaurant", "name": "Tasca do Cais", "servesCuisine": "Portuguese", "telephone": "+351"}
    dishes = "".join(
        f"""<li class="flex justify-between gap-6 py-3 border-b"><div class="min-w-0">
<p class="font-semibold text-lg">{name}</p><p class="text-sm text-stone-500">{what}</p></div>
<p class="shrink-0 font-mono">{price} €</p></li>"""
        for name, what, price in DISHES
    )
    return f"""<!doctype html><html lang="pt"><head><meta charset="utf-8"><title>Tasca do Cais</title>
{_ld(restaurant)}</head><body class="bg-stone-50"><div class="max-w-3xl mx-auto px-4">
<header class="py-6 flex justify-between"><a class="text-2xl" href="/">Tasca do Cais</a>
<a class="btn" href="/reservas">Reservar mesa</a></header>
<h1 class="text-4xl font-serif">Tasca do Cais</h1>
<p class="text-stone-600">Rua da Alfândega 12, Porto · Terça a domingo, 12h–23h</p>
<h2 class="mt-8 text-2xl">Menu</h2><ul class="divide-y">{dishes}</ul>
<footer class="py-8 text-sm">Tasca do Cais, Lda.</footer></div></body></html>"""


def _product_group() -> str:
    """A page Open Graph calls a ``product.group``, with a JSON-LD ``Product``: one row per variant."""
    product = {"@type": "Product", "name": "Organic Cotton Tee", "offers": {"@type": "Offer", "price": "22"}}
    rows = "".join(
        f"""<div class="variant-row"><div class="variant-row__name">{colour} / {size}</div>
<div class="variant-row__sku">TEE-01-{colour[0]}{size}</div><div class="variant-row__price">€{price},00</div>
<button class="add" data-variant="{1000 + i}">Add to cart</button></div>"""
        for i, (colour, size, price) in enumerate(VARIANTS)
    )
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Organic Cotton Tee | Threadly</title>
<meta property="og:type" content="product.group"><meta property="og:title" content="Organic Cotton Tee">
{_ld(product)}</head><body><header><a href="/">Threadly</a><a href="/cart">Cart</a></header>
<main><h1>Organic Cotton Tee</h1><img src="/cdn/tee.jpg" alt=""><p class="lead">Our everyday tee in heavyweight
organic cotton, cut straight with a ribbed collar. Pick a colour and a size below; every tee ships within two
days.</p><div class="variants">{rows}</div></main><footer><a href="/help">Help</a></footer></body></html>"""


def _hotel_with_amenities(nearby: bool) -> str:
    """A hotel's page with its facilities (no price), and maybe a rail of other hotels' priced cards."""
    hotel = {"@type": "Hotel", "name": "Hotel Miramar Porto"}
    amenities = "".join(
        f'<li class="amenity"><i class="ic"></i><span>{a}</span></li>'
        for a in ["Free Wi-Fi", "Breakfast buffet", "Fitness centre", "Airport shuttle", "Rooftop bar", "Laundry"]
    )
    others = ["Casa da Ribeira", "Porto Bay Suites", "Hotel Douro Vista", "Infante Sagres Palace"]
    rail = "".join(
        f"""<article class="nearby"><a href="/hotels/{n.lower().replace(" ", "-")}"><img src="/i/{i}.jpg" alt="">
<h3>{n}</h3></a><p>{0.3 + i / 10:.1f} km away</p><p class="price">from €{98 + 21 * i}</p></article>"""
        for i, n in enumerate(others)
    )
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hotel Miramar Porto</title>
{_ld(hotel)}</head><body><header><a href="/">Miramar Hotels</a></header>
<main><h1>Hotel Miramar Porto</h1><p class="address">Cais da Ribeira 5, 4050-510 Porto</p>
<p>A four-star hotel on the Ribeira waterfront, a short walk from the Dom Luís I bridge, with rooms looking over
the Douro river and the port cellars of Vila Nova de Gaia. Breakfast is served on the terrace from 7 to 11.</p>
<h2>Facilities</h2><ul class="amenities">{amenities}</ul>
<h2>Location</h2><p>Ten minutes from São Bento station on foot; the metro stops at Jardim do Morro.</p>
{'<div class="nearby-list">' + rail + "</div>" if nearby else ""}</main></body></html>"""


def _titles(profile: PageProfile, html: str, url: str) -> list[str]:
    return [str(r.get("title")) for r in extract_records(html, url, profile.spec)]


def test_hotel_page_listing_its_rooms_reads_the_rooms() -> None:
    url = "https://miramar.example/porto/"
    html = _hotel_with_rooms()
    profile = analyze_page(html, url)
    assert profile.spec.mode == "list"
    assert _titles(profile, html, url) == [r[0] for r in ROOMS]


def test_restaurant_page_listing_its_menu_reads_the_dishes() -> None:
    url = "https://tasca.example/"
    html = _restaurant_menu()
    profile = analyze_page(html, url)
    assert profile.spec.mode == "list"
    records = extract_records(html, url, profile.spec)
    first = profile.spec.fields[0].name  # no heading and no link: the dish's name is its first text
    assert [r.get(first) for r in records] == [d[0] for d in DISHES]
    assert all(r.get("price") for r in records)


def test_product_group_page_lists_its_variants() -> None:
    url = "https://threadly.example/products/organic-cotton-tee"
    html = _product_group()
    profile = analyze_page(html, url)
    assert profile.spec.mode == "list"
    assert len(extract_records(html, url, profile.spec)) == len(VARIANTS)


def test_hotel_page_with_amenities_or_hotels_nearby_stays_a_detail_page() -> None:
    for nearby in (False, True):
        profile = analyze_page(_hotel_with_amenities(nearby), "https://miramar.example/porto/")
        assert profile.spec.mode == "detail"
        assert profile.sample_records[0]["title"] == "Hotel Miramar Porto"


def _h1(html: str) -> HtmlElement:
    return make_selector(html, "https://x.example/").root.xpath("//h1")[0]


def test_owner_kinds_come_from_json_ld_microdata_or_open_graph() -> None:
    product = read_structured(make_selector(_product_group(), "https://threadly.example/p"))
    assert says_owner(product)  # Open Graph's product.group over a JSON-LD Product
    plain = '<html><head>{}</head><body><div itemscope itemtype="{}"><h1>Name</h1></div></body></html>'
    page = plain.format('<meta property="og:type" content="product">', "https://schema.org/Product")
    assert not says_owner(read_structured(make_selector(page, "https://x.example/")), _h1(page))
    page = plain.format("", "https://schema.org/Hostel")
    assert says_owner(read_structured(make_selector(page, "https://x.example/")), _h1(page))
    page = plain.format(_ld({"@type": "CollectionPage", "name": "Summer"}), "")
    assert says_owner(read_structured(make_selector(page, "https://x.example/")))


def _offers(cards: str, url: str, count: int | None = None) -> bool:
    """Whether the ``li`` cards of a page under a JSON-LD Hotel are read as the hotel's offers."""
    hotel = _ld({"@type": "Hotel", "name": "Hotel Miramar"})
    page = make_selector(
        f"<html><head>{hotel}</head><body><main><h1>Hotel Miramar</h1><ul>{cards}</ul></main></body></html>", url
    )
    index = build_index(page.root)
    with analysing(index):
        members = page.root.xpath("//li")[:count]
        heading = page.root.xpath("//h1")[0]
        content = page.root.xpath("//main")[0]
        return offers_of_owner(index, read_structured(page), heading, members, content, url)


def test_cards_leading_to_pages_elsewhere_are_no_offers_of_the_owner() -> None:
    rooms = [("Room A", "/porto/rooms/a"), ("Room B", "/porto/rooms/b"), ("Room C", "/porto/rooms/c")]
    cards = "".join(
        f'<li><a href="{href}"><h3>{name}</h3></a><p>€{100 + i}</p></li>' for i, (name, href) in enumerate(rooms)
    )
    assert _offers(cards, "https://miramar.example/porto/")  # pages under the hotel's
    assert not _offers(cards, "https://miramar.example/lisbon/")  # another hotel's rooms
    assert _offers(cards.replace("/porto/rooms/", "/book?room="), "https://miramar.example/lisbon/")  # one action
    assert not _offers(cards, "https://miramar.example/porto/", 2)  # too few
    assert not _offers(cards.replace("€", "No. "), "https://miramar.example/porto/")  # no price: no offer
