"""A category opening with a short intro of its own ("Our green teas come from…") before its grid
is a list page; an entity's body before a rail of other items (a story with its byline, a long
article, a product with its price or its features, a recipe, a wiki article with its tables)
stays a detail page."""

from __future__ import annotations

from agents.scout import analyze_page

URL = "https://teas.example/c/green-teas/"

INTRO = (
    "<p>Our green teas come from small gardens in China, Japan and Korea. A green tea does not like boiling "
    "water: count 70 to 80 degrees for a sencha and 50 to 60 degrees for a gyokuro, and steep it one to "
    "three minutes.</p>"
    "<p>Each tea is packed by hand in resealable bags of 50 or 100 grams, so that it keeps its aroma for "
    "months after the bag is opened. Most Japanese teas can be steeped two or three times, each time a "
    "little longer.</p>"
)
PARAGRAPHS = [
    "<p>The harbour authority voted on Tuesday to extend the northern quay by 120 metres, a project first "
    "proposed a decade ago and shelved twice for want of money. Work is to start next spring, weather "
    "permitting.</p>",
    "<p>Fishing crews welcomed the decision, saying the present quay is too short for the boats that now "
    "land most of the catch, which wait for hours at anchor on busy mornings in the high season.</p>",
    "<p>Residents of the old town were less pleased. They fear months of lorries on the narrow coast road "
    "and asked the authority to bring the stone in by barge instead, as was done in the eighties.</p>",
    "<p>The authority said it would study the idea. A public meeting is planned for next month in the town "
    "hall, where the engineers will present the plans and answer the residents' questions.</p>",
    "<p>The cost is put at 14 million, two thirds of it from the regional fund; the rest is to come from "
    "higher mooring fees over the next ten years, a point the fishing crews have yet to accept.</p>",
]
NAMES = [
    "Sencha Fukamushi",
    "Gyokuro Asahi",
    "Matcha Uji",
    "Long Jing",
    "Bancha Hojicha",
    "Genmaicha",
    "Kabusecha",
    "Jasmine Pearls",
    "Bi Luo Chun",
    "Kukicha",
    "Tamaryokucha",
    "Shincha",
]
PAGER = '<nav class="pagination"><a href="?page=2">2</a><a href="?page=2" rel="next">Next</a></nav>'


def _cards(count: int, *, priced: bool = True) -> str:
    return "".join(
        f'<li class="tile"><a href="/p/{n}.html"><img src="/i/{n}.jpg" alt=""></a>'
        f'<h3><a href="/p/{n}.html">{name}</a></h3>'
        + (f'<span class="price">${10 + n}.90</span>' if priced else "")
        + "</li>"
        for n, name in enumerate(NAMES[:count])
    )


def _page(title: str, between: str, cards: str, after: str = "") -> str:
    return (
        "<html><body><header><a href='/'>Site</a></header><main>"
        f"<h1>{title}</h1>{between}<ul class='grid'>{cards}</ul>{after}"
        "</main><footer>Site Ltd</footer></body></html>"
    )


def test_a_category_with_an_intro_above_its_grid_is_a_list() -> None:
    profile = analyze_page(_page("Green teas", INTRO, _cards(12)), URL)
    assert profile.spec.mode == "list"
    assert profile.record_count == 12


def test_fewer_cards_under_an_intro_are_a_list_when_the_page_pages_on() -> None:
    profile = analyze_page(_page("Green teas", INTRO, _cards(8), PAGER), URL)
    assert profile.spec.mode == "list"
    assert profile.record_count == 8


def test_fewer_cards_under_a_short_text_and_no_pager_are_a_rail() -> None:
    story = "".join(PARAGRAPHS[:2])
    assert analyze_page(_page("Quay to be extended", story, _cards(8, priced=False)), URL).spec.mode == "detail"


def test_a_story_with_its_byline_before_more_stories_is_a_detail_page() -> None:
    byline = '<p class="byline">By Ann Lee · <time datetime="2024-03-12">12 March 2024</time></p>'
    page = _page("Quay to be extended", byline + "".join(PARAGRAPHS[:3]), _cards(12, priced=False), PAGER)
    profile = analyze_page(page, URL)
    assert profile.spec.mode == "detail"
    assert profile.sample_records[0]["title"] == "Quay to be extended"


def test_a_long_article_before_cards_is_a_detail_page() -> None:
    page = _page("Quay to be extended", "".join(PARAGRAPHS), _cards(12, priced=False), PAGER)
    assert analyze_page(page, URL).spec.mode == "detail"


def test_a_product_with_its_price_before_similar_products_is_a_detail_page() -> None:
    own = '<span class="price">$18.40</span><button>Add to cart</button>' + INTRO
    assert analyze_page(_page("Sencha Asahi", own, _cards(12)), URL).spec.mode == "detail"


def test_a_product_with_its_features_before_similar_products_is_a_detail_page() -> None:
    features = "<ul><li>Organic</li><li>50 g resealable bag</li><li>Grown in Shizuoka</li></ul>"
    assert analyze_page(_page("Sencha Asahi", INTRO + features, _cards(12)), URL).spec.mode == "detail"


def test_a_recipe_before_more_recipes_is_a_detail_page() -> None:
    recipe = (
        PARAGRAPHS[0] + "<h2>Ingredients</h2><ul><li>2 eggs</li><li>100 g flour</li><li>1 cup milk</li></ul>"
        "<h2>Method</h2><ol><li>Whisk the eggs into the flour.</li><li>Add the milk.</li><li>Bake.</li></ol>"
    )
    assert analyze_page(_page("Pancakes", recipe, _cards(12, priced=False)), URL).spec.mode == "detail"


def test_a_wiki_article_with_a_table_before_cards_is_a_detail_page() -> None:
    table = "<table><tr><th>Year</th><th>Length</th></tr><tr><td>1900</td><td>200 m</td></tr></table>"
    article = PARAGRAPHS[0] + table + PARAGRAPHS[1]
    assert analyze_page(_page("Northern quay", article, _cards(12, priced=False)), URL).spec.mode == "detail"


def test_a_wiki_article_with_a_table_of_linked_rows_is_a_detail_page() -> None:
    rows = "".join(
        f'<tr><td><a href="/wiki/{n}">{name}</a></td><td>{1990 + n}</td></tr>' for n, name in enumerate(NAMES)
    )
    page = _page("Green tea", "".join(PARAGRAPHS[:2]), "", f"<table>{rows}</table>")
    assert analyze_page(page, URL).spec.mode == "detail"
