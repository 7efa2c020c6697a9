from __future__ import annotations

import json

from agents.jsonld import jsonld_candidates
from pipeline.core.extract import extract_records
from pipeline.core.schemas import ScraperSpec

PRODUCT = {
    "@type": "Product",
    "name": "Oak Desk",
    "sku": "OD-1",
    "gtin13": "4006381333931",
    "color": "Natural oak",
    "brand": {"@type": "Brand", "name": "Woodwork"},
    "image": ["/img/desk-1.jpg", "/img/desk-2.jpg"],
    "description": "A solid oak desk.",
    "aggregateRating": {"ratingValue": "4.6", "reviewCount": 87},
    "offers": {"@type": "Offer", "price": "349.00", "priceCurrency": "EUR", "availability": "InStock"},
}


def _page(*documents: object) -> str:
    scripts = "".join(f'<script type="application/ld+json">{json.dumps(d)}</script>' for d in documents)
    return f"<html><head>{scripts}</head><body><div id='root'></div></body></html>"


def test_a_product_only_in_json_ld_becomes_one_record() -> None:
    organisation = {"@context": "https://schema.org", "@type": "Organization", "name": "Woodwork Ltd"}
    graph = {"@context": "https://schema.org", "@graph": [{"@type": "BreadcrumbList", "itemListElement": []}, PRODUCT]}
    page = _page(organisation, graph)
    [best, *_] = jsonld_candidates(page, "http://shop.test/p/oak-desk")
    spec = ScraperSpec(
        start_url="http://shop.test/p/oak-desk", mode="detail", fields=best.fields, json_source=best.source
    )
    [record] = extract_records(page, "http://shop.test/p/oak-desk", spec)
    assert record == {
        "title": "Oak Desk",
        "price": {"amount": 349.0, "currency": "EUR"},
        "image": "http://shop.test/img/desk-1.jpg",
        "rating": 4.6,
        "review_count": 87,
        "brand": "Woodwork",
        "gtin": "4006381333931",
        "sku": "OD-1",
        "color": "Natural oak",
        "description": "A solid oak desk.",
    }


def _only_record(page: str, url: str = "http://news.test/a") -> dict[str, object]:
    [best, *_] = jsonld_candidates(page, url)
    spec = ScraperSpec(start_url=url, mode="detail", fields=best.fields, json_source=best.source)
    [record] = extract_records(page, url, spec)
    return record


def test_an_article_is_titled_by_its_headline() -> None:
    article = {
        "@type": "NewsArticle",
        "headline": "Harbour plan approved",
        "datePublished": "2026-11-20T18:42:00+00:00",
        "author": [{"@type": "Person", "name": "Megan Rhys"}],
    }
    record = _only_record(_page(article))
    assert record["title"] == "Harbour plan approved"
    assert "headline" not in record
    assert record["author"] == "Megan Rhys"


def test_a_recipes_ingredients_and_steps_are_lists() -> None:
    recipe = {
        "@type": "Recipe",
        "name": "Lemon drizzle",
        "recipeIngredient": ["225g butter", "4 eggs"],
        "recipeInstructions": [
            {"@type": "HowToStep", "text": "Heat the oven."},
            {"@type": "HowToStep", "text": "Bake."},
        ],
        "keywords": "cake, lemon",
    }
    record = _only_record(_page(recipe), "http://bake.test/r/1")
    assert record["ingredients"] == ["225g butter", "4 eggs"]
    assert record["instructions"] == ["Heat the oven.", "Bake."]
    assert record["keywords"] == "cake, lemon"


def test_furniture_types_are_not_entities() -> None:
    page = _page({"@type": "WebSite", "name": "Shop", "url": "/"}, {"@type": "BreadcrumbList", "name": "x"})
    assert jsonld_candidates(page, "http://shop.test/") == []
    assert jsonld_candidates("<script type='application/ld+json'>{not json</script>", "http://shop.test/") == []


def test_people_and_places_named_in_json_ld_give_their_names() -> None:
    movie = {
        "@type": "Movie",
        "name": "Harbour Lights",
        "director": [{"@type": "Person", "name": "Ana Ruiz"}, {"@type": "Person", "name": "Tom Berg"}],
        "actor": [{"@type": "Person", "name": "Mia Chen", "url": "/name/nm1/"}],
        "productionCompany": {"@type": "Organization", "name": "North Pier Films"},
    }
    record = _only_record(_page(movie), "http://films.test/title/1/")
    assert record["director"] == ["Ana Ruiz", "Tom Berg"]
    assert record["actor"] == ["Mia Chen"]
    assert record["production_company"] == "North Pier Films"
