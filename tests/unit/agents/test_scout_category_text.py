"""A category page with a long text of its own: its cards stand first under its heading, the text
under the grid, and the cards are its records. A product page whose description comes before its
rail of other products, or whose price stands above a rail, stays a detail page."""

from __future__ import annotations

import lxml.html  # type: ignore[import-untyped]

from agents.heuristics.leadingrecords import lead_the_page
from agents.scout import analyze_page

URL = "https://teas.example/c/green-teas/"

ESSAY = (
    "<h2>Brewing a green tea well</h2>"
    "<p>A green tea does not like boiling water: count 70 to 80 degrees for a sencha and 50 to 60 degrees "
    "for a gyokuro. Use two to three grams for a cup and steep one to three minutes. Most Japanese teas "
    "can be steeped two or three times, each time a little longer than the last one.</p>"
    "<p>Our teas come from small gardens in China, Japan and Korea and are packed by hand in resealable "
    "bags of 50 or 100 grams, so that they keep their aroma for months after the bag is opened.</p>"
)
TEAS = [
    ("sencha", "Sencha Fukamushi", "12.90"),
    ("gyokuro", "Gyokuro Asahi", "24.50"),
    ("matcha", "Matcha Uji Ceremony", "19.00"),
    ("longjing", "Long Jing Dragon Well", "15.40"),
    ("bancha", "Bancha Hojicha", "8.20"),
    ("genmaicha", "Genmaicha with Matcha", "9.60"),
    ("kabusecha", "Kabusecha Okumidori", "16.80"),
    ("jasmine", "Jasmine Pearls", "14.10"),
]


def _cards(heading: str = "h2") -> str:
    return "".join(
        f'<div class="tile"><article class="card"><a href="/p/{slug}.html"><img src="/i/{slug}.jpg" alt="{name}"></a>'
        f'<{heading} class="card-title"><a href="/p/{slug}.html">{name}</a></{heading}>'
        f'<span class="price">${price}</span></article></div>'
        for slug, name, price in TEAS
    )


def _category(essay_above: bool = False) -> str:
    essay = f'<div class="extra-description">{ESSAY}</div>'
    return (
        "<html><head><title>Green teas</title></head><body><header><a href='/'>Teas</a></header><main>"
        '<section id="main"><div class="category-header"><h1>Green teas</h1>'
        "<p>Sencha, gyokuro, matcha: our green teas.</p></div>"
        f"{essay if essay_above else ''}<p>There are 8 products.</p>"
        f'<div class="products">{_cards()}</div>'
        f'<nav class="pagination"><a href="/c/green-teas/?page=2" rel="next">Next</a></nav>'
        f"{'' if essay_above else essay}</section></main><footer>Teas Ltd</footer></body></html>"
    )


def _product(rail_first: bool = False) -> str:
    description = f'<div class="description">{ESSAY}</div>'
    rail = f'<div class="products">{_cards("h3")}</div>'
    return (
        "<html><head><title>Sencha Asahi</title></head><body><header><a href='/'>Teas</a></header><main>"
        '<section id="main"><div class="product"><h1>Sencha Asahi</h1>'
        '<img src="/i/asahi.jpg" alt="Sencha Asahi"><span class="current-price">$18.40</span>'
        '<button type="submit">Add to cart</button></div>'
        f"{rail + description if rail_first else description + rail}"
        "</section></main><footer>Teas Ltd</footer></body></html>"
    )


def test_a_category_with_its_text_under_the_grid_is_a_list() -> None:
    profile = analyze_page(_category(), URL)
    assert profile.spec.mode == "list"
    assert profile.record_count == len(TEAS)
    assert profile.sample_records[0]["title"] == "Sencha Fukamushi"


def test_a_product_whose_description_precedes_a_rail_stays_a_detail_page() -> None:
    profile = analyze_page(_product(), URL)
    assert profile.spec.mode == "detail"
    assert profile.sample_records[0]["title"] == "Sencha Asahi"


def test_a_product_whose_rail_comes_before_its_description_stays_a_detail_page() -> None:
    profile = analyze_page(_product(rail_first=True), URL)
    assert profile.spec.mode == "detail"
    assert profile.sample_records[0]["title"] == "Sencha Asahi"


def _parts(page: str) -> tuple[lxml.html.HtmlElement, lxml.html.HtmlElement, list[lxml.html.HtmlElement]]:
    root = lxml.html.fromstring(page)
    return root, root.xpath("//h1")[0], root.xpath("//div[@class='tile']")


def test_cards_under_the_heading_lead_the_page() -> None:
    assert lead_the_page(*_parts(_category()), URL)


def test_a_long_text_between_the_heading_and_the_cards_is_the_pages_own() -> None:
    """Beyond a short intro: more than three long paragraphs are an entity's body."""
    root, heading, tiles = _parts(_category(essay_above=True).replace(ESSAY, ESSAY * 4))
    assert not lead_the_page(root, heading, tiles, URL)


def test_a_short_text_before_many_cards_that_page_on_is_an_intro() -> None:
    root, heading, tiles = _parts(_category(essay_above=True))
    assert lead_the_page(root, heading, tiles, URL)


def test_a_price_between_the_heading_and_the_cards_is_the_entitys_own() -> None:
    assert not lead_the_page(*_parts(_product(rail_first=True)), URL)


def test_a_few_cards_are_a_rail_not_a_list() -> None:
    root, heading, tiles = _parts(_category())
    assert not lead_the_page(root, heading, tiles[:5], URL)


def test_rows_without_a_title_or_a_price_are_no_cards() -> None:
    rows = "".join(f'<tr><td><a href="/wiki/{slug}">{name}</a></td><td>1998</td></tr>' for slug, name, _ in TEAS)
    page = f"<html><body><main><h1>Green teas</h1><table>{rows}</table><p>{ESSAY}</p></main></body></html>"
    root = lxml.html.fromstring(page)
    assert not lead_the_page(root, root.xpath("//h1")[0], root.xpath("//tr"), URL)


def test_the_look_for_cards_under_the_heading_is_bounded() -> None:
    """Cards found only past ten thousand elements of filler under the heading are not taken as
    leading the page, and the walk does not read the filler to its end."""
    filler = "<i></i>" * 12_000
    page = f"<html><body><main><h1>Green teas</h1><div>{filler}</div>{_cards()}</main></body></html>"
    root = lxml.html.fromstring(page)
    assert lead_the_page(*_parts(_category()), URL)
    assert not lead_the_page(root, root.xpath("//h1")[0], root.xpath("//div[@class='tile']"), URL)


def _strip(cards: str) -> str:
    return f'<section class="strip"><h2>Trending now</h2><div class="grid">{cards}</div></section>'


def test_a_strip_of_stories_inside_the_article_under_its_heading_stays_a_part_of_the_article() -> None:
    page = (
        "<html><body><main><article><h1>Harbour plan approved after a long meeting</h1>"
        f"<div class='byline'>By Megan Rhys</div>{_strip(_cards('h3'))}{ESSAY}</article></main></body></html>"
    )
    assert analyze_page(page, URL).spec.mode == "detail"


def test_a_byline_with_its_date_before_the_cards_makes_them_a_story_s_strip() -> None:
    page = (
        "<html><body><main><h1>Harbour plan approved after a long meeting</h1>"
        f"<div class='byline'>20 November 2026</div>{_strip(_cards('h3'))}{ESSAY}</main></body></html>"
    )
    root = lxml.html.fromstring(page)
    assert not lead_the_page(root, root.xpath("//h1")[0], root.xpath("//div[@class='tile']"), URL)


def test_a_price_split_into_parts_before_the_cards_is_the_entitys_own() -> None:
    buy = '<div class="buy"><span class="price"><span class="cur">$</span><span class="amt">64</span></span></div>'
    page = f"<html><body><main><h1>Stoneware teapot</h1>{buy}{_strip(_cards('h3'))}{ESSAY}</main></body></html>"
    root = lxml.html.fromstring(page)
    assert not lead_the_page(root, root.xpath("//h1")[0], root.xpath("//div[@class='tile']"), URL)
