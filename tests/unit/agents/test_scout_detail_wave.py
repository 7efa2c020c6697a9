"""Detail pages as well-known site families write them: a wiki infobox with reference marks, a
Magento price box, a property page's key facts, a Lever job posting, a WP Recipe Maker card and a
WooCommerce description tab. Each value is read from the page as it shows it, nothing invented.
"""

from __future__ import annotations

import json
from typing import Any, cast

from agents.fetch import FetchedPage, Fetcher
from agents.scout import analyze_page
from agents.survey import survey_page
from pipeline.core.extract import extract_records

WIKI = """<!DOCTYPE html><html lang="en"><head><title>Skerrymore Lighthouse - Lumenpedia</title></head>
<body><header class="vector-header"><a href="/wiki/Main_Page">Lumenpedia</a></header>
<main id="content" class="mw-body" role="main">
<header class="mw-body-header"><h1 id="firstHeading"><span class="mw-page-title-main">Skerrymore Lighthouse</span>
</h1></header>
<div id="mw-content-text"><div class="mw-parser-output">
<table class="infobox"><caption>Skerrymore Lighthouse</caption><tbody>
<tr><th scope="row" class="infobox-label">Constructed</th><td class="infobox-data">1844<sup id="cite_ref-1"
class="reference"><a href="#cite_note-1">[1]</a></sup></td></tr>
<tr><th scope="row" class="infobox-label">Height</th><td class="infobox-data">48 m (157 ft)<sup class="reference">
<a href="#cite_note-2">[2]</a></sup></td></tr>
<tr><th scope="row" class="infobox-label">Operator</th><td class="infobox-data"><a href="/wiki/NLB">Northern
Lighthouse Board</a><sup class="reference"><a href="#cite_note-3">[3]</a></sup></td></tr>
<tr><th scope="row" class="infobox-label">Range</th><td class="infobox-data">18 nmi (33 km; 21 mi)</td></tr>
<tr><th scope="row" class="infobox-label">Construction</th><td class="infobox-data">granite tower</td></tr>
<tr><th scope="row" class="infobox-label">Shape</th><td class="infobox-data">tapered cylindrical tower with balcony
and lantern</td></tr>
<tr><th scope="row" class="infobox-label">Markings</th><td class="infobox-data">unpainted tower, black lantern</td></tr>
<tr><th scope="row" class="infobox-label">Heritage</th><td class="infobox-data">category A listed building</td></tr>
<tr><th scope="row" class="infobox-label">Focal height</th><td class="infobox-data">46 m (151 ft)</td></tr>
<tr><th scope="row" class="infobox-label">Characteristic</th><td class="infobox-data">Fl W 10s</td></tr>
</tbody></table>
<p><b>Skerrymore Lighthouse</b> is an active lighthouse on a skerry south-west of Tiree in the Inner Hebrides,
completed in 1844 to a design by Alan Stevenson; it is the tallest lighthouse in Scotland.</p>
<div class="mw-heading mw-heading2"><h2 id="History">History</h2><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="?action=edit&amp;section=1">edit</a><span
class="mw-editsection-bracket">]</span></span></div>
<p>Work began in 1838 from a barracks on Tiree, where the stone was dressed before being shipped to the rock.</p>
<div role="navigation" class="navbox"><table class="navbox-inner"><tbody><tr><th scope="row" class="navbox-group">
Hebrides</th><td class="navbox-list"><div><ul><li><a href="/wiki/Hynish">Hynish</a></li>
<li><a href="/wiki/Dubh_Artach">Dubh Artach</a></li><li><a href="/wiki/Barra_Head">Barra Head</a></li></ul></div>
</td></tr></tbody></table></div>
</div></div></main></body></html>"""


def _record(html: str, url: str) -> dict[str, Any]:
    profile = analyze_page(html, url)
    assert profile.spec.mode == "detail"
    [record] = extract_records(html, url, profile.spec)
    return record


def test_a_wiki_infobox_reads_its_values_without_reference_marks() -> None:
    record = _record(WIKI, "https://lumenpedia.test/wiki/Skerrymore_Lighthouse")

    assert record["height"] == "48 m (157 ft)"  # not "48 m (157 ft) [2]"
    assert record["operator"] == "Northern Lighthouse Board"
    assert record["constructed"] == 1844
    assert record["range"] == "18 nmi (33 km; 21 mi)"


def test_edit_links_and_navboxes_are_no_fields_of_the_article() -> None:
    record = _record(WIKI, "https://lumenpedia.test/wiki/Skerrymore_Lighthouse")

    assert "[edit]" not in record.values()  # the "History [edit]" section heading
    assert not any("Hynish" in str(v) for k, v in record.items() if k != "text")  # the navbox row


MAGENTO = """<!doctype html><html lang="en"><head><title>Summit 45L Trekking Pack</title></head>
<body class="catalog-product-view" itemtype="http://schema.org/Product" itemscope="itemscope">
<header class="page-header"><a class="logo" href="/">Ridgeway</a></header>
<main id="maincontent" class="page-main"><div class="columns"><div class="column main">
<div class="product-info-main"><div class="page-title-wrapper product"><h1 class="page-title">
<span class="base" itemprop="name">Summit 45L Trekking Pack</span></h1></div>
<div class="product-info-price"><div class="price-box price-final_price" data-role="priceBox">
<span class="special-price"><span class="price-container" itemprop="offers" itemscope
itemtype="http://schema.org/Offer"><span class="price-label">Special Price</span>
<span id="product-price-1432" data-price-amount="119" class="price-wrapper "><span class="price">$119.00</span></span>
<meta itemprop="price" content="119"/><meta itemprop="priceCurrency" content="USD"/></span></span>
<span class="old-price"><span class="price-container"><span class="price-label">Regular Price</span>
<span id="old-price-1432" data-price-amount="149" class="price-wrapper "><span class="price">$149.00</span></span>
</span></span></div>
<div class="product-info-stock-sku"><div class="stock available" title="Availability"><span>In stock</span></div>
<div class="product attribute sku"><strong class="type">SKU</strong><div class="value" itemprop="sku">RW-SP45</div>
</div></div></div></div>
<div class="product info detailed"><div class="data item content" id="additional">
<table class="data table additional-attributes"><tbody>
<tr><th class="col label" scope="row">Volume</th><td class="col data">45 L</td></tr>
<tr><th class="col label" scope="row">Weight</th><td class="col data">1.6 kg</td></tr>
<tr><th class="col label" scope="row">Pockets</th><td class="col data">7</td></tr>
</tbody></table></div></div></div></div></main></body></html>"""


def test_a_magento_price_is_read_where_it_shows_its_currency() -> None:
    record = _record(MAGENTO, "https://ridgeway.test/summit-45l.html")

    # The microdata <meta itemprop=price content=119> carries no currency; "$119.00" beside it does.
    assert record["price"] == {"amount": 119.0, "currency": "USD"}
    assert record["original_price"] == {"amount": 149.0, "currency": "USD"}


def test_a_stock_line_is_the_availability_and_measures_keep_their_units() -> None:
    record = _record(MAGENTO, "https://ridgeway.test/summit-45l.html")

    assert record["availability"] == "In stock"
    assert record["volume"] == "45 L"  # a measure, copied with its unit, as "1.6 kg" is
    assert record["pockets"] == 7


PROPERTY = """<!DOCTYPE html><html lang="en-GB"><head><title>3 bedroom house for sale in Ferndale Road</title></head>
<body><header class="_3r6Zq"><a href="/">Brickmove</a></header><main class="_1kck3">
<article class="_2fFy6"><div class="_1gfnq"><span>£625,000</span></div><small>Guide Price</small>
<h1 class="_2uQQ3">Ferndale Road, Brixton, London, SW9</h1><div class="_2nk2x">Added on 14/03/2026</div>
<dl class="_3gIoc">
<div class="_3mqo4"><dt class="IXkFv"><span>PROPERTY TYPE</span></dt><dd class="_1hV1k"><span><p>Terraced</p></span>
</dd></div>
<div class="_3mqo4"><dt class="IXkFv"><span>BEDROOMS</span></dt><dd class="_1hV1k"><svg width="24" height="24"><use
href="#bed"></use></svg><span><p>×3</p></span></dd></div>
<div class="_3mqo4"><dt class="IXkFv"><span>BATHROOMS</span></dt><dd class="_1hV1k"><svg width="24" height="24"><use
href="#bath"></use></svg><span><p>×2</p></span></dd></div>
<div class="_3mqo4"><dt class="IXkFv"><span>TENURE</span></dt><dd class="_1hV1k"><span><p>Freehold</p></span></dd></div>
</dl>
<div class="OD0O7"><h2>Property description</h2><div>A handsome three-bedroom Victorian terrace a short walk from
the Tube, the market and Brockwell Park, with original fireplaces and a south-facing garden.</div></div>
</article></main></body></html>"""


def test_key_facts_repeated_like_records_are_the_propertys_own() -> None:
    record = _record(PROPERTY, "https://brickmove.test/properties/148213374")

    assert record["bedrooms"] == 3  # "×3" beside a bed icon
    assert record["bathrooms"] == 2
    assert record["property_type"] == "Terraced"
    assert record["tenure"] == "Freehold"


def test_an_added_on_line_is_the_date() -> None:
    record = _record(PROPERTY, "https://brickmove.test/properties/148213374")

    assert str(record["date"]).startswith("2026-03-14")  # day first on an en-GB page


LEVER = """<!DOCTYPE html><html><head><title>Fernwave - Senior Data Engineer</title>
<script type="application/ld+json">{ld}</script></head>
<body><div class="main-header"><a class="main-header-logo" href="https://fernwave.test"><img alt="Fernwave logo"
src="/logo.png"></a></div><div class="content-wrapper posting-page"><div class="content">
<div class="section page-centered posting-header"><div class="posting-headline"><h2>Senior Data Engineer</h2>
<div class="posting-categories"><div href="#" class="sort-by-time posting-category location">Lisbon, Portugal /</div>
<div href="#" class="sort-by-team posting-category department">Engineering – Data Platform /</div>
<div href="#" class="sort-by-commitment posting-category commitment">Full-time /</div>
<div href="#" class="sort-by-time posting-category workplaceTypes">Hybrid</div></div></div></div>
<div class="section page-centered"><div><h3>What you will do</h3><ul class="posting-requirements plain-list">
<li>Own the pipelines that reconcile card and SEPA payments, end to end.</li>
<li>Design our next event store on Kafka and Apache Iceberg.</li>
<li>Mentor two mid-level engineers and review their designs.</li>
<li>Talk to accountants about double-entry bookkeeping.</li></ul></div></div>
<div class="section page-centered"><div><h3>Pay range</h3><div class="posting-requirements">
<div>€62,000 - €78,000 a year</div></div></div></div></div></div></body></html>"""
JOB_LD = {
    "@context": "http://schema.org",
    "@type": "JobPosting",
    "title": "Senior Data Engineer",
    "datePosted": "2026-03-09",
    "employmentType": "FULL_TIME",
    "hiringOrganization": {"@type": "Organization", "name": "Fernwave"},
}


class _NoNetwork:
    def fetch(self, url: str) -> FetchedPage:
        raise AssertionError(f"the survey fetched {url}")

    def render(self, url: str) -> FetchedPage:
        raise AssertionError(f"the survey rendered {url}")


def _surveyed(html: str, url: str) -> dict[str, Any]:
    page = FetchedPage(url=url, final_url=url, status=200, headers={}, body=html.encode())
    profile = survey_page(page, cast(Fetcher, _NoNetwork()))
    assert profile.record_count == 1
    [record] = extract_records(html, url, profile.spec)
    return record


def test_a_job_posting_titled_by_an_h2_is_one_entity_not_a_list_of_its_bullets() -> None:
    record = _surveyed(LEVER.format(ld=json.dumps(JOB_LD)), "https://jobs.lever.test/fernwave/7c1d/")

    assert record["title"] == "Senior Data Engineer"
    assert record["company"] == "Fernwave"  # the JSON-LD's hiringOrganization
    assert record["location"] == "Lisbon, Portugal"  # without the " /" that separates the categories
    assert record["department"] == "Engineering – Data Platform"
    assert record["commitment"] == "Full-time"
    assert "€62,000 - €78,000 a year" in record.values()  # a salary range is copied whole


RECIPE_LD = {
    "@context": "https://schema.org",
    "@type": "Recipe",
    "name": "Beef Ragù",
    "recipeYield": ["6", "6 servings"],
    "prepTime": "PT20M",
    "recipeIngredient": ["1 kg beef chuck", "2 tbsp olive oil"],
    "nutrition": {"@type": "NutritionInformation", "calories": "512 kcal"},
}
AD = '<div class="adthrive-ad adthrive-content"><span class="ad-label">Advertisement</span></div>'
BLOG = """<!DOCTYPE html><html lang="en-US"><head><title>Beef Ragù - Thyme &amp; Ember</title>{ld}</head>
<body><header class="site-header"><a href="/">Thyme &amp; Ember</a></header><main class="content">
<article class="post type-post entry"><header class="entry-header"><h1 class="entry-title">Beef Ragù</h1>
<p class="entry-meta">By <span class="entry-author-name">Marta Keane</span></p>
<div class="wprm-recipe-snippet"><a href="#recipe">Jump to Recipe</a> <a href="/print">Print Recipe</a></div></header>
<div class="entry-content"><p>There is a particular kind of quiet that falls over a kitchen when a pot of ragù has been
in the oven for two hours, and this recipe is how to get there with a cheap cut of beef.</p>{ad}
<p>Chuck has enough connective tissue to melt into the sauce over three hours, which gives you the glossy texture
of a restaurant ragù.</p>{ad}
<div class="wprm-recipe-container"><div class="wprm-recipe"><h2 class="wprm-recipe-name">Beef Ragù</h2>
<div class="wprm-recipe-rating"><span class="wprm-recipe-rating-average">4.86</span> from 37 votes</div>
<div class="wprm-recipe-block-container wprm-recipe-servings-container"><span
class="wprm-recipe-details-label">Servings </span><span class="wprm-recipe-servings-with-unit"><span
class="wprm-recipe-servings">6</span> <span class="wprm-recipe-servings-unit">servings</span></span></div>
<div class="wprm-recipe-block-container wprm-recipe-cuisine-container"><span
class="wprm-recipe-details-label">Cuisine </span><span class="wprm-recipe-cuisine">Italian</span></div>
<div class="wprm-recipe-block-container wprm-recipe-course-container"><span
class="wprm-recipe-details-label">Course </span><span class="wprm-recipe-course">Main Course</span></div>
</div></div></div></article></main></body></html>"""


def test_a_recipe_cards_captions_label_its_values_though_the_card_sits_among_ads() -> None:
    html = BLOG.format(ld="", ad=AD)
    record = _record(html, "https://thymeandember.test/beef-ragu/")

    assert record["cuisine"] == "Italian"  # "Cuisine" is a caption only by its class: no colon
    assert record["course"] == "Main Course"
    assert record["servings"] == "6 servings"
    assert "4.86 from 37 votes" not in record.values()  # the card's title heading is no label
    assert "Jump to Recipe Print Recipe" not in record.values()  # links beside the title are actions


def test_a_recipes_json_ld_gives_its_servings_and_calories() -> None:
    ld = f'<script type="application/ld+json">{json.dumps(RECIPE_LD)}</script>'
    record = _surveyed(BLOG.format(ld=ld, ad=AD), "https://thymeandember.test/beef-ragu/")

    assert record["servings"] == "6 servings"  # recipeYield ["6", "6 servings"]: the sentence
    assert record["calories"] == "512 kcal"
    assert record["cuisine"] == "Italian"  # shown by the card only, a short labelled value


WOO_TABS = """<!doctype html><html><head><title>Stoneware Mug</title></head><body>
<header class="site-header"><a href="/">Copper Kettle</a></header>
<main id="main" class="site-main"><div id="product-412" class="product type-product">
<div class="summary entry-summary"><h1 class="product_title entry-title">Stoneware Mug</h1>
<p class="price"><span class="woocommerce-Price-amount amount"><bdi>&pound;22.00</bdi></span></p></div>
<div class="woocommerce-tabs wc-tabs-wrapper"><ul class="tabs wc-tabs"><li><a href="#tab-description">Description</a>
</li></ul><div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--description panel entry-content wc-tab"
id="tab-description"><h2>Description</h2>
<p>A 350 ml mug thrown by hand in Devon from a speckled stoneware clay, glazed inside and out and fired twice.</p>
</div></div></div></main></body></html>"""


def test_a_woocommerce_description_tab_leaves_out_its_heading() -> None:
    record = _record(WOO_TABS, "https://kettle.example/product/stoneware-mug/")

    described = [v for v in record.values() if isinstance(v, str) and "350 ml mug" in v]
    assert described == [
        "A 350 ml mug thrown by hand in Devon from a speckled stoneware clay, glazed inside and out and fired twice."
    ]


def test_a_wiki_articles_text_is_its_lead_not_the_infobox_and_navboxes_around_it() -> None:
    record = _record(WIKI, "https://lumenpedia.test/wiki/Skerrymore_Lighthouse")

    assert record["text"] == (
        "Skerrymore Lighthouse is an active lighthouse on a skerry south-west of Tiree in the Inner Hebrides, "
        "completed in 1844 to a design by Alan Stevenson; it is the tallest lighthouse in Scotland."
    )


def test_a_list_of_features_under_its_heading_is_one_list_value() -> None:
    features = "".join(f"<li>{f}</li>" for f in ("Victorian terrace", "South-facing garden", "Chain free"))
    html = PROPERTY.replace(
        '<div class="OD0O7">',
        f'<div class="_1u12R"><h2>Key features</h2><ul class="_1uI3I">{features}</ul></div><div class="OD0O7">',
    )
    record = _record(html, "https://brickmove.test/properties/148213374")

    assert record["key_features"] == ["Victorian terrace", "South-facing garden", "Chain free"]
