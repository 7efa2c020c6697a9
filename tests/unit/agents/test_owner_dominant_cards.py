"""An owner's page made almost wholly of cards is their list, priced or not and wherever they lead: a hotel
chain's "our hotels", a tour operator's tours. A hotel's own page keeps its nearby hotels as a side block
beside its description, and so do cards holding a small share of the page.
"""

from __future__ import annotations

import json

from agents.heuristics.dom import analysing, build_index
from agents.heuristics.ownedcards import offers_of_owner
from agents.heuristics.structured import read_structured
from agents.scout import analyze_page
from pipeline.core.extract import extract_records, make_selector

HOTELS = [
    ("Miramar Ribeira", "Porto", "Rooms over the Douro, a rooftop bar and breakfast on the terrace."),
    ("Miramar Baixa", "Lisbon", "A restored townhouse two streets from Rossio, with a quiet inner garden."),
    ("Miramar Sé", "Braga", "Beside the cathedral, with a spa in the old wine cellars below."),
    ("Miramar Mar", "Cascais", "On the bay, its pool looking over the fishing boats and the marina."),
    ("Miramar Vale", "Douro Valley", "Among the vineyards, with tastings from the family estate each evening."),
    ("Miramar Ria", "Aveiro", "By the canals, bicycles lent free to every guest for the salt pans."),
    ("Miramar Serra", "Sintra", "In the hills under the palaces, with fires lit in the lounge all winter."),
]
TOURS = [
    ("Alfama by night", "3 hours", "Fado houses, tiled stairways and the old Moorish walls after dark."),
    ("Arrábida coast by kayak", "Full day", "Paddle the limestone cliffs and swim in the hidden coves."),
    ("Port cellars and rabelo boats", "Half day", "Taste three houses' tawnies, then cross the river."),
    ("Évora and the megaliths", "Full day", "The Roman temple, the bone chapel and the Almendres stones."),
    ("Óbidos and Nazaré", "Full day", "Walk the castle walls, then watch the big waves from the fort."),
    ("Sintra palaces", "Full day", "Pena, Regaleira's initiation well and the Moorish castle ridge."),
]


def _ld(entity: dict[str, object]) -> str:
    return f'<script type="application/ld+json">{json.dumps({"@context": "https://schema.org", **entity})}</script>'


def _chain_page() -> str:
    """A hotel chain's "our hotels": a JSON-LD Hotel for the brand, then one unpriced card per hotel."""
    cards = "".join(
        f"""<article class="hotel-teaser"><a href="/hotels/{name.split()[1].lower()}/" class="hotel-teaser__link">
<img src="/img/{i}.jpg" alt=""></a><div class="hotel-teaser__body"><h2 class="hotel-teaser__name">
<a href="/hotels/{name.split()[1].lower()}/">{name}</a></h2><p class="hotel-teaser__city">{city}</p>
<p class="hotel-teaser__text">{text}</p><a class="btn" href="/hotels/{name.split()[1].lower()}/">Discover</a></div>
</article>"""
        for i, (name, city, text) in enumerate(HOTELS)
    )
    brand = {"@type": "Hotel", "name": "Miramar Hotels", "url": "https://miramar.example/"}
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Our hotels | Miramar</title>
{_ld(brand)}</head><body><header class="site-header"><a href="/" class="logo">Miramar Hotels</a>
<nav><a href="/hotels/">Hotels</a><a href="/offers/">Offers</a><a href="/contact/">Contact</a></nav></header>
<main><h1>Our hotels</h1><p>Seven houses in Portugal.</p><div class="hotel-grid">{cards}</div></main>
<footer><p>© 2026 Miramar Hotels</p></footer></body></html>"""


def _tours_page() -> str:
    """A tour operator's page in utility classes under a JSON-LD LocalBusiness: one card per tour."""
    cards = "".join(
        f"""<div class="rounded-xl shadow p-4 flex flex-col gap-2"><img class="rounded" src="/t/{i}.webp" alt="">
<a class="font-bold text-lg" href="/en/tours/{i + 101}-{name.split()[0].lower()}">{name}</a>
<span class="text-sm text-gray-500">{length}</span><p class="text-gray-700">{text}</p></div>"""
        for i, (name, length, text) in enumerate(TOURS)
    )
    operator = {"@type": "LocalBusiness", "name": "Lusitania Walks", "logo": "https://walks.example/logo.png"}
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tours – Lusitania Walks</title>
{_ld(operator)}</head><body><div class="max-w-6xl mx-auto"><nav class="flex gap-4"><a href="/">Home</a>
<a href="/en/tours/">Tours</a><a href="/en/about/">About</a></nav>
<h1 class="text-3xl">Lusitania Walks</h1><h2>Our tours</h2>
<div class="grid grid-cols-3 gap-6">{cards}</div></div></body></html>"""


def _hotel_with_rail() -> str:
    """A hotel's own page: a long description and its facilities, then a rail of unpriced hotels nearby."""
    rail = "".join(
        f"""<article class="nearby"><a href="/hotels/{name.split()[1].lower()}/"><h3>{name}</h3></a>
<p>{city}</p></article>"""
        for name, city, _ in HOTELS[1:6]
    )
    about = " ".join(text for _, _, text in HOTELS)
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Miramar Ribeira</title>
{_ld({"@type": "Hotel", "name": "Miramar Ribeira"})}</head><body><header><a href="/">Miramar Hotels</a></header>
<main><h1>Miramar Ribeira</h1><p class="address">Cais da Ribeira 5, 4050-510 Porto</p>
<p>A four-star hotel on the Ribeira waterfront, a short walk from the Dom Luís I bridge, with rooms looking over
the Douro river and the port cellars of Vila Nova de Gaia. Breakfast is served on the terrace from 7 to 11, and
the rooftop bar opens at six with the sunset over the river. {about}</p>
<h2>Facilities</h2><p>Free Wi-Fi in every room, a fitness centre, an airport shuttle on request, laundry and a
24-hour front desk; pets are welcome in the garden rooms, and parking is in the public car park next door.</p>
<h2>Other Miramar hotels</h2><div class="nearby-list">{rail}</div></main></body></html>"""


def test_hotel_chain_page_lists_its_hotels() -> None:
    url = "https://miramar.example/hotels/"
    html = _chain_page()
    profile = analyze_page(html, url)
    assert profile.spec.mode == "list"
    assert [r.get("title") for r in extract_records(html, url, profile.spec)] == [h[0] for h in HOTELS]


def test_tour_operator_page_lists_its_tours() -> None:
    url = "https://walks.example/en/tours/"
    html = _tours_page()
    profile = analyze_page(html, url)
    assert profile.spec.mode == "list"
    assert len(extract_records(html, url, profile.spec)) == len(TOURS)


def test_hotel_page_with_a_rail_of_other_hotels_stays_a_detail_page() -> None:
    profile = analyze_page(_hotel_with_rail(), "https://miramar.example/hotels/ribeira/")
    assert profile.spec.mode == "detail"
    assert profile.sample_records[0]["title"] == "Miramar Ribeira"


def test_unpriced_cards_leading_elsewhere_count_as_offers_only_when_they_fill_the_page() -> None:
    cards = "".join(
        f'<li><a href="/hotels/{i}/"><h3>{name}</h3></a><p>{city}. {text}</p></li>'
        for i, (name, city, text) in enumerate(HOTELS)
    )
    url = "https://miramar.example/hotels/ribeira/"
    for about, dominant in (("", True), ("<p>" + " ".join(t for _, _, t in HOTELS) * 2 + "</p>", False)):
        hotel = _ld({"@type": "Hotel", "name": "Miramar"})
        body = f"<main><h1>Miramar</h1>{about}<ul>{cards}</ul></main>"
        page = make_selector(f"<html><head>{hotel}</head><body>{body}</body></html>", url)
        index = build_index(page.root)
        with analysing(index):
            members = page.root.xpath("//li")
            heading, content = page.root.xpath("//h1")[0], page.root.xpath("//main")[0]
            assert offers_of_owner(index, read_structured(page), heading, members, content, url) is dominant


LINENS = [
    ("Nordlin", "Washed linen shirt", "€59,00"),
    ("Nordlin", "Linen drawstring trousers", "€69,00"),
    ("Casa Tela", "Linen camp-collar shirt", "€64,00"),
    ("Casa Tela", "Wide linen shorts", "€45,00"),
]


def _slug(name: str) -> str:
    return name.lower().replace(" ", "-")


def _group_page(own_price: bool) -> str:
    """A page Open Graph calls a ``product.group``: its story, then a card per product (an image link, the
    brand, the name linking to the product's page, its price); maybe a buy box of its own."""
    cards = "".join(
        f"""<div class="grid-item"><a href="/products/{_slug(name)}"><img src="/i/{i}.jpg" alt="">
</a><div class="grid-item__brand">{brand}</div><a class="grid-item__name" href="/products/{_slug(name)}">{name}</a>
<div class="grid-item__price">{price}</div>
<div class="grid-item__swatches">{i + 2} colours</div></div>"""
        for i, (brand, name, price) in enumerate(LINENS)
    )
    buy = '<div class="buy"><span class="buy__price">€229,00</span><button>Add the set</button></div>'
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Summer linen | Tela</title>
<meta property="og:type" content="product.group"><meta property="og:title" content="Summer linen"></head>
<body><header><a href="/">Tela</a><a href="/cart">Cart</a></header><main><h1>Summer linen</h1>
<p>Linen breathes, dries fast and softens with every wash: the cloth of hot summers. Ours comes from flax grown
in Normandy, is woven in Portugal and garment-washed so that it arrives soft.
Wash it cool and wear it creased.</p>{buy if own_price else ""}
<div class="grid">{cards}</div></main><footer><a href="/help">Help</a></footer></body></html>"""


def test_group_page_without_a_price_of_its_own_lists_its_products() -> None:
    url = "https://tela.example/collections/summer-linen"
    html = _group_page(own_price=False)
    profile = analyze_page(html, url)
    assert profile.spec.mode == "list"
    assert len(extract_records(html, url, profile.spec)) == len(LINENS)


def test_group_page_with_a_buy_box_keeps_cards_leading_elsewhere_as_a_side_block() -> None:
    assert analyze_page(_group_page(own_price=True), "https://tela.example/products/summer-set").spec.mode == "detail"
