"""One entity from the page's JSON-LD and its markup together, each field from the source that has it.

A Shopify product's JSON-LD names the SKU, brand and description but not the struck price shown
beside the sale price; a news CMS's names the section and the last edit but not the article.
The merged spec is read by the one extraction engine, so the spider reads it on every page.
"""

from __future__ import annotations

import json
from typing import cast

from agents.candidate import Page, page_text
from agents.fetch import FetchedPage, Fetcher
from agents.jsonld import jsonld_candidates
from agents.survey import survey_page
from pipeline.core.extract import extract_records
from tests.unit.agents.test_scout_detail_prices import BIGC, SHOPIFY

URL = "https://fieldhouse.example/products/linen-shirt"


class _NoNetwork:
    def fetch(self, url: str) -> FetchedPage:
        raise AssertionError(f"the survey fetched {url}")

    def render(self, url: str) -> FetchedPage:
        raise AssertionError(f"the survey rendered {url}")


def _survey(html: str, url: str = URL) -> tuple[FetchedPage, dict[str, object]]:
    page = FetchedPage(url=url, final_url=url, status=200, headers={}, body=html.encode())
    profile = survey_page(page, cast(Fetcher, _NoNetwork()))
    [record] = profile.sample_records
    return page, {"spec": profile.spec, **record}


def test_a_shopify_sale_keeps_json_lds_sku_and_the_markups_struck_price() -> None:
    _, record = _survey(SHOPIFY)

    assert record["sku"] == "FH-LS-01"  # only in the JSON-LD
    assert record["brand"] == "Fieldhouse"
    assert record["price"] == {"amount": 79.0, "currency": "USD"}
    assert record["original_price"] == {"amount": 99.0, "currency": "USD"}  # only in the markup
    assert str(record["text"]).endswith("mother-of-pearl buttons.")  # the description in full


def test_the_merged_spec_reads_another_product_of_the_site() -> None:
    page, record = _survey(SHOPIFY)
    other = (
        page.text.replace("Linen Shirt", "Field Jacket")
        .replace("FH-LS-01", "FH-FJ-07")
        .replace("79.0", "149.0")
        .replace("$79.00 USD", "$149.00 USD")
        .replace("$99.00 USD", "$189.00 USD")
    )

    [again] = extract_records(other, "https://fieldhouse.example/products/field-jacket", record["spec"])  # type: ignore[arg-type]

    assert again["title"] == "Field Jacket"
    assert again["sku"] == "FH-FJ-07"
    assert again["price"] == {"amount": 149.0, "currency": "USD"}
    assert again["original_price"] == {"amount": 189.0, "currency": "USD"}


BODY = (
    "Councillors approved the harbour scheme by seven votes to four after a five-hour meeting. The plan "
    "includes 120 homes, a new fish market and a marina with 80 berths; fishermen said it would push them "
    "out of the inner harbour, and the port authority promised a review of mooring fees before spring."
)
ARTICLE_LD = {
    "@context": "https://schema.org",
    "@graph": [
        {"@type": "WebSite", "name": "Coastal Gazette", "url": "https://gazette.example/"},
        {
            "@type": "NewsArticle",
            "headline": "Harbour plan approved",
            "datePublished": "2026-11-20T18:42:00+00:00",
            "dateModified": "2026-11-21T08:05:00+00:00",
            "author": [{"@type": "Person", "name": "Megan Rhys"}],
            "articleSection": "Local politics",
        },
    ],
}
ARTICLE = f"""<!doctype html><html lang="en"><head><title>Harbour plan approved | Coastal Gazette</title>
<script type="application/ld+json">{json.dumps(ARTICLE_LD)}</script></head>
<body class="article-template"><header class="site-header"><a class="logo" href="/">Coastal Gazette</a>
<nav><a href="/news/">News</a><a href="/sport/">Sport</a></nav></header>
<main id="main"><article class="story"><h1 class="story__headline">Harbour plan approved</h1>
<div class="story__byline">By <a rel="author" href="/authors/megan-rhys">Megan Rhys</a>
<time datetime="2026-11-20T18:42:00+00:00">20 November 2026</time></div>
<div class="story__body"><p>{BODY}</p></div></article></main>
<footer><p>&copy; Coastal Gazette</p></footer></body></html>"""


def test_a_news_articles_body_from_the_markup_and_its_last_edit_from_json_ld() -> None:
    _, record = _survey(ARTICLE, "https://gazette.example/news/harbour-plan/")

    assert record["text"] == BODY
    assert record["author"] == "Megan Rhys"
    assert record["date_modified"] == "2026-11-21T08:05:00+00:00"
    assert record["article_section"] == "Local politics"
    assert "date_published" not in record  # the markup's <time> says it already


def test_json_ld_only_pages_are_left_as_they_were() -> None:
    skeleton = SHOPIFY.split("<main")[0] + "<main id='MainContent'><div class='spinner'></div></main></body></html>"

    _, record = _survey(skeleton)

    assert record["sku"] == "FH-LS-01"
    assert "original_price" not in record


def test_a_repair_check_finds_json_ld_values_on_the_page() -> None:
    page, record = _survey(ARTICLE, "https://gazette.example/news/harbour-plan/")

    shown = page_text(record["spec"], Page(page.final_url, page.body))  # type: ignore[arg-type]

    assert "Local politics" in shown  # the Doctor's "values not on the page" test reads the scripts too


def test_a_single_text_range_gets_its_high_end_from_json_lds_aggregate_offer() -> None:
    offer = {"@type": "AggregateOffer", "lowPrice": "99.00", "highPrice": "119.00", "priceCurrency": "USD"}
    product = {"@context": "https://schema.org", "@type": "Product", "name": "Orbit Coffee Grinder", "offers": offer}
    script = f'<script type="application/ld+json">{json.dumps(product)}</script></head>'

    _, record = _survey(BIGC.replace("</head>", script), "https://cornerstone.example/orbit-coffee-grinder/")

    assert record["price"] == {"amount": 99.0, "currency": "USD"}  # "$99.00 - $119.00" in one <span>
    assert record["price_max"] == {"amount": 119.0, "currency": "USD"}  # declared by the JSON-LD
    assert record["original_price"] == {"amount": 129.0, "currency": "USD"}  # shown by the markup ("Was:")


def test_json_lds_strikethrough_price_is_the_original_price() -> None:
    offer = {
        "@type": "Offer",
        "price": 10.0,
        "priceCurrency": "USD",
        "priceSpecification": {
            "@type": "UnitPriceSpecification",
            "priceType": "https://schema.org/StrikethroughPrice",
            "price": 15.0,
            "priceCurrency": "USD",
        },
    }
    product = {"@context": "https://schema.org", "@type": "Product", "name": "Pour-over Kettle", "offers": offer}
    page = f"""<!doctype html><html><head><title>Pour-over Kettle</title>
    <script type="application/ld+json">{json.dumps(product)}</script></head>
    <body><div id="root"></div><script src="/static/app.js"></script></body></html>"""

    _, record = _survey(page, "https://kettles.example/p/pour-over")

    assert record["price"] == {"amount": 10.0, "currency": "USD"}
    assert record["original_price"] == {"amount": 15.0, "currency": "USD"}


def test_a_json_answer_added_directly_has_no_json_ld_and_raises_nothing() -> None:
    films = [{"title": "Spotlight", "year": 2015, "awards": 2}, {"title": "The Revenant", "year": 2015, "awards": 3}]

    assert jsonld_candidates(json.dumps(films), "https://films.example/?ajax=true&year=2015") == []


def test_a_list_shown_in_full_beats_a_thinner_copy_in_next_data() -> None:
    titles = [f"Film number {n}" for n in range(1, 13)]
    items = "".join(
        f'<li class="chart-item"><h3><a href="/title/tt{n:07d}/">{n}. {t}</a></h3>'
        f'<span class="year">{1990 + n}</span><span class="rating">{8 + n / 20:.1f}</span></li>'
        for n, t in enumerate(titles, start=1)
    )
    blob = {"props": {"pageProps": {"edges": [{"node": {"id": f"tt{n:07d}"}, "rank": n} for n in range(1, 13)]}}}
    page = f"""<!doctype html><html><head><title>Top films</title></head><body>
    <nav><a href="/">Home</a></nav><main><h1>Top films</h1><ul class="chart">{items}</ul></main>
    <script id="__NEXT_DATA__" type="application/json">{json.dumps(blob)}</script></body></html>"""
    url = "https://films.example/chart/top/"

    profile = survey_page(
        FetchedPage(url=url, final_url=url, status=200, headers={}, body=page.encode()), cast(Fetcher, _NoNetwork())
    )

    assert profile.spec.json_source is None  # the markup holds the twelve films too, with their titles
    assert profile.record_count == 12
    assert (profile.sample_records[0]["title"], profile.sample_records[0]["rank"]) == ("Film number 1", 1)


RECIPE_URL = "https://thyme.example/slow-braised-ragu/"
RECIPE = """<html><head><title>Slow-Braised Ragù - Thyme</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Recipe",
 "name": "Slow-Braised Ragù", "author": {"@type": "Person", "name": "Marta Keane"},
 "datePublished": "2026-02-18", "description": "A rich, slow-cooked beef ragù.",
 "prepTime": "PT20M", "cookTime": "PT180M", "totalTime": "PT3H20M", "recipeYield": "6",
 "recipeCuisine": "Italian", "recipeIngredient": ["1 kg beef chuck", "2 tbsp olive oil", "250 ml red wine"]}
</script></head><body><main><article><h1>Slow-Braised Ragù</h1>
<div class="recipe-card"><div class="recipe-times">
<div class="recipe-time"><span class="recipe-label">Prep Time</span> <span class="recipe-value">20 mins</span></div>
<div class="recipe-time"><span class="recipe-label">Cook Time</span> <span class="recipe-value">3 hrs</span></div>
<div class="recipe-time"><span class="recipe-label">Total Time</span>
<span class="recipe-value">3 hrs 20 mins</span></div>
</div><p class="recipe-summary">A rich, slow-cooked beef ragù.</p>
<ul class="ingredients"><li>1 kg beef chuck</li><li>2 tbsp olive oil</li><li>250 ml red wine</li></ul>
</div></article></main></body></html>"""


def test_durations_are_read_as_the_page_shows_them_not_as_iso_8601() -> None:
    _, record = _survey(RECIPE, RECIPE_URL)

    times = {name: value for name, value in record.items() if "time" in name}
    assert sorted(times.values()) == ["20 mins", "3 hrs", "3 hrs 20 mins"]  # not "PT20M", "PT180M"
    assert record["title"] == "Slow-Braised Ragù"
