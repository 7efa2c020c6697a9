"""A restaurant's menu page: the site's own business in its JSON-LD, a menu of priced dishes with
dietary markers, bare food prices beside the drinks' "£7.50".

The business node is who runs the site, not the page's one entity; a "menu" of dishes at their
prices is content, not navigation; an abbreviation whose modifier class repeats its text ("V" in
``diet-v``) is a flag, not a caption; and a price field's bare amounts take the currency its other
records show.
"""

from __future__ import annotations

import json

from lxml import html as lxml_html
from parsel import Selector

from agents.heuristics.sitechrome import is_chrome
from agents.heuristics.structured import read_structured
from tests.unit.agents.conftest import spec_and_records

URL = "https://bistro.example/menu/"
DISHES = [
    ("Soup of the day", "7.5", ["V"], "Ask your server, always seasonal"),
    ("Heritage beetroot", "9", ["V", "GF"], "Goat's curd, candied walnuts"),
    ("Cornish crab on toast", "13.5", [], "Brown crab mayonnaise, dill"),
    ("Burrata", "12", ["V", "GF"], "Roast tomatoes, basil oil"),
    ("Charred hispi cabbage", "8.5", ["VG"], "Miso butter, crispy shallots"),
    ("Pan-roasted hake", "24", ["GF"], "Brown shrimp, samphire"),
    ("Confit duck leg", "22", [], "Puy lentils, smoked bacon"),
    ("House white", "£7.50", ["VG"], "Picpoul de Pinet, by the glass"),
    ("Pale ale", "£6", [], "Local brewery, on draught"),
    ("Sparkling water", "£3.50", ["VG"], "Large bottle"),
]


FOOTER_LINKS = "".join(f'<li><a href="/page-{n}/">Page {n}</a></li>' for n in range(40))


def _graph(main_entity: bool = False, url: str = "https://bistro.example/") -> str:
    page: dict[str, object] = {"@type": "WebPage", "@id": URL, "url": URL, "name": "Menu"}
    if main_entity:
        page["mainEntity"] = {"@id": "https://bistro.example/#organization"}
    business = {
        "@type": "Restaurant",
        "@id": "https://bistro.example/#organization",
        "name": "The Example Bistro",
        "url": url,
        "servesCuisine": "Modern British",
    }
    return json.dumps({"@context": "https://schema.org", "@graph": [page, business]})


def _dish(name: str, price: str, diets: list[str], about: str) -> str:
    marks = "".join(f'<abbr class="diet diet-{d.lower()}" title="{d}">{d}</abbr> ' for d in diets)
    return (
        f'<li class="dish"><p class="dish-title">{name}</p><span class="dish-diets">{marks}</span>'
        f'<div class="dish-price">{price}</div><div class="dish-about"><p>{about}</p></div></li>'
    )


def _page(graph: str | None = None, menu_class: str = "food-menu", section_class: str = "menu-section") -> str:
    dishes = "".join(_dish(*d) for d in DISHES)
    script = f'<script type="application/ld+json">{graph}</script>' if graph else ""
    return (
        f'<html lang="en-GB"><head><title>Menu</title>{script}</head><body>'
        '<header class="site-header"><nav><a href="/">Home</a> <a href="/menu/">Menu</a> '
        '<a href="/contact/">Contact</a></nav></header>'
        "<main><h1>Our menu</h1><p>Seasonal cooking from local produce, served all day.</p>"
        f'<div id="{menu_class}-1" class="{menu_class}"><ul class="{section_class}">{dishes}</ul></div></main>'
        f"<footer><p>The Example Bistro, 14 Court Street</p><ul>{FOOTER_LINKS}</ul></footer></body></html>"
    )


def test_the_sites_own_business_is_no_main_entity() -> None:
    assert not read_structured(Selector(text=_page(_graph()))).says_detail
    # The page's subject when the page says so, or when the business's url is this page.
    assert read_structured(Selector(text=_page(_graph(main_entity=True)))).says_detail
    assert read_structured(Selector(text=_page(_graph(url=URL)))).says_detail


def test_the_websites_publisher_is_the_sites_own_business_however_its_type_is_spelt() -> None:
    graph = json.loads(_graph())
    business = graph["@graph"][1]
    business["@id"] = "https://bistro.example/#bistro"
    site = {"@type": "Website", "url": "https://bistro.example/", "publisher": {"@id": business["@id"]}}
    graph["@graph"].append(site)
    graph["@graph"][0]["@type"] = "Webpage"
    assert not read_structured(Selector(text=_page(json.dumps(graph)))).says_detail
    graph["@graph"][0]["mainEntity"] = {"@id": business["@id"]}  # unless the page says it is about it
    assert read_structured(Selector(text=_page(json.dumps(graph)))).says_detail


def test_a_menu_of_priced_dishes_is_content() -> None:
    root = lxml_html.fromstring(_page())
    (menu,) = root.xpath("//div[@id='food-menu-1']")
    assert not is_chrome(menu)
    links = '<div class="main-menu"><a href="/a">A</a><a href="/b">B</a><a href="/c">C</a></div>'
    page = _page().replace("<main>", f"{links}<main>")
    (nav,) = lxml_html.fromstring(page).xpath("//div[@class='main-menu']")
    assert is_chrome(nav)


def test_a_menu_page_lists_its_dishes() -> None:
    _spec, records = spec_and_records(_page(_graph()), URL)
    assert len(records) == len(DISHES)


def test_dietary_markers_are_one_list() -> None:
    _spec, records = spec_and_records(_page(menu_class="dish-list", section_class="course"), URL)
    names = [name for name, *_ in DISHES]
    title = next(k for k, v in records[0].items() if v == names[0])
    assert [r[title] for r in records] == names
    diets = next(k for k, v in records[1].items() if v == ["V", "GF"])
    assert [r.get(diets) or [] for r in records] == [d for _, _, d, _ in DISHES]


def test_bare_prices_take_the_currency_the_field_shows() -> None:
    spec, records = spec_and_records(_page(menu_class="dish-list", section_class="course"), URL)
    price = next(f.name for f in spec.fields if f.type == "price")
    assert [r[price] for r in records][:2] == [
        {"amount": 7.5, "currency": "GBP"},
        {"amount": 9.0, "currency": "GBP"},
    ]
    assert all(isinstance(r[price], dict) and r[price]["currency"] == "GBP" for r in records)


def _rail() -> str:
    cards = "".join(
        f'<li class="card"><a href="/shop/{n}/"><img src="/img/{n}.jpg" alt=""></a>'
        f'<h3><a href="/shop/{n}/">Gift hamper number {n}</a></h3><p class="price">£{30 + n}.00</p></li>'
        for n in range(8)
    )
    return f'<section class="rail"><h2>You may also like</h2><ul class="cards">{cards}</ul></section>'


def test_a_menu_beside_a_rail_of_other_items_is_still_the_pages_list() -> None:
    # The rail's linked cards outscore dishes that link nowhere; the dishes hold the page's content.
    page = _page(menu_class="dish-list", section_class="course").replace("</main>", "</main>" + _rail())
    spec, records = spec_and_records(page, URL)
    assert spec.mode == "list"
    assert len(records) == len(DISHES)
    assert "Soup of the day" in records[0].values()


def test_a_products_spec_rows_beside_a_rail_stay_a_part_of_the_product() -> None:
    # Unlinked label/value rows hold most of the text, but the product's own price stands above them.
    specs = "".join(
        f'<li class="spec"><span class="k">{label}</span><span class="v">{value}</span></li>'
        for label, value in (
            ("Material", "Solid brass with a lacquered finish"),
            ("Shade", "Adjustable, 18 cm across, brushed inside"),
            ("Height", "Forty-six centimetres at full reach"),
            ("Base", "Weighted cast iron with a felt underside"),
            ("Cable", "Two metres of braided fabric, in grey"),
            ("Switch", "A toggle on the shade, rated for years"),
            ("Bulb", "E27 fitting, up to sixty watts, not included"),
            ("Warranty", "Five years on every part of the lamp"),
        )
    )
    page = (
        '<html><body><main><h1>Brass task lamp</h1><span class="price">$189.00</span>'
        f'<ul class="specs">{specs}</ul></main>{_rail()}</body></html>'
    )
    spec, records = spec_and_records(page, URL)
    assert spec.mode == "detail"
    assert len(records) == 1
