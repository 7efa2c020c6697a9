"""The Scout on detail pages whose entity is declared by microdata or laid out as an infobox.

A product page with an up-sell list is one product, not a list of three; a wiki article whose
infobox is a table of label rows is one entity with those labels as fields.
"""

from __future__ import annotations

import pytest

from agents.scout import analyze_page

PRODUCT_URL = "https://peak.example/p/trail-runner-gtx.html"
PRODUCT = """<!doctype html><html><head><title>Trail Runner GTX | Peak Footwear</title></head><body>
<div class="header"><a class="logo" href="/">Peak Footwear</a><a class="cart" href="/cart">Cart (0)</a></div>
<div class="product-view" itemscope itemtype="http://schema.org/Product">
 <img itemprop="image" src="/media/trail-runner-gtx.jpg" alt="Trail Runner GTX">
 <div class="product-name"><h1 itemprop="name">Trail Runner GTX</h1></div>
 <p class="sku">SKU: <span itemprop="sku">PF-TR-2291</span></p>
 <div class="ratings" itemprop="aggregateRating" itemscope itemtype="http://schema.org/AggregateRating">
  <span itemprop="ratingValue">4.4</span> / <span itemprop="bestRating">5</span>
  <a href="#reviews"><span itemprop="reviewCount">57</span> Review(s)</a>
 </div>
 <div class="price-box" itemprop="offers" itemscope itemtype="http://schema.org/Offer">
  <span class="price" itemprop="price" content="99.99">£99.99</span>
  <meta itemprop="priceCurrency" content="GBP">
 </div>
 <div class="std" itemprop="description">Waterproof trail shoe with a lugged outsole.</div>
 <div class="review" itemprop="review" itemscope itemtype="http://schema.org/Review">
  <span itemprop="author">Sam</span> <span itemprop="reviewBody">Great grip.</span></div>
</div>
<div class="box-up-sell"><h2>You may also be interested in</h2><ul class="products-grid">
<li class="item"><a href="/p/road-runner.html" class="product-name">Road Runner</a>
 <span class="price">£79.99</span></li>
<li class="item"><a href="/p/fell-racer.html" class="product-name">Fell Racer</a><span class="price">£109.99</span></li>
<li class="item"><a href="/p/ultra-max.html" class="product-name">Ultra Max</a><span class="price">£139.99</span></li>
</ul></div></body></html>"""

ARTICLE_URL = "https://wiki.example/wiki/Lighthouse_of_Alexandria"
INFOBOX_ROWS = {"Location": "Pharos, Egypt", "Constructed": "c. 280 BC", "Height": "100 m (330 ft)"}
ARTICLE = """<!doctype html><html><head><title>Lighthouse of Alexandria - Wiki</title></head><body>
<div id="content"><h1 id="firstHeading">Lighthouse of Alexandria</h1>
<div id="bodyContent"><div id="siteSub">From the free encyclopedia</div>
<div id="mw-content-text"><table class="infobox"><tbody>
<tr><th colspan="2" class="infobox-above">Lighthouse of Alexandria</th></tr>
{rows}</tbody></table>
<p>The <b>Lighthouse of Alexandria</b> was a lighthouse built by the Ptolemaic Kingdom of Ancient Egypt.</p>
<p>It was one of the tallest man-made structures in the world for many centuries.</p>
</div></div></div></body></html>""".format(
    rows="".join(
        f'<tr><th scope="row" class="infobox-label">{label}</th><td class="infobox-data">{value}</td></tr>'
        for label, value in INFOBOX_ROWS.items()
    )
)

CAPITALS = {"France": "Paris", "Peru": "Lima", "Chad": "N'Djamena", "Fiji": "Suva"}
CAPITALS_TABLE = """<!doctype html><html><body><h1>Capitals</h1><table class="wikitable">
<tr><th>Country</th><th>Capital</th></tr>{rows}</table></body></html>""".format(
    rows="".join(f'<tr><th scope="row">{country}</th><td>{city}</td></tr>' for country, city in CAPITALS.items())
)


def test_a_microdata_product_beside_an_up_sell_list_is_one_product() -> None:
    profile = analyze_page(PRODUCT, PRODUCT_URL)

    assert profile.spec.mode == "detail"
    [record] = profile.sample_records
    assert record["title"] == "Trail Runner GTX"
    assert record["price"] == {"amount": 99.99, "currency": "GBP"}
    assert record["rating"] == 4.4
    assert record["review_count"] == 57
    assert record["sku"] == "PF-TR-2291"
    assert "review_body" not in record  # a review's property is the review's, not the product's


def test_an_infobox_of_label_rows_describes_one_entity() -> None:
    profile = analyze_page(ARTICLE, ARTICLE_URL)

    assert profile.spec.mode == "detail"
    [record] = profile.sample_records
    assert record["title"] == "Lighthouse of Alexandria"
    assert record["location"] == "Pharos, Egypt"
    assert record["constructed"] == "c. 280 BC"
    assert record["height"] == "100 m (330 ft)"


def test_a_two_column_table_with_a_header_row_stays_a_list() -> None:
    profile = analyze_page(CAPITALS_TABLE, "https://atlas.example/capitals")

    assert profile.spec.mode == "list"
    assert profile.record_count == len(CAPITALS)
    assert {tuple(r.values()) for r in profile.sample_records} == set(CAPITALS.items())


JOB = """<!doctype html><html><head><title>Job Application for Senior Data Engineer at Lumen Labs</title></head>
<body><div id="app_body">
<div id="header"><div class="company-name">at Lumen Labs</div><h1 class="app-title">Senior Data Engineer</h1>
<div class="location">Berlin, Germany (Hybrid)</div></div>
<div id="content"><p><strong>About Lumen Labs</strong></p>
<p>Lumen Labs builds energy analytics for 400 utilities across Europe, from Berlin and Lisbon.</p>
<p><strong>What you'll do</strong></p><ul><li>Design and run our streaming pipelines.</li>
<li>Own the data warehouse and its models.</li><li>Mentor two junior engineers.</li></ul>
<p><strong>What we offer</strong></p><ul><li>€75,000 – €90,000 a year</li><li>30 days of holiday</li>
<li>A learning budget of €1,500</li></ul></div>
<div id="application"><h2>Apply for this Job</h2><form><label>First Name *</label><input name="first_name">
<input type="submit" value="Submit Application"></form></div></div></body></html>"""

EVENT = """<!doctype html><html><head><title>Late Jazz Night Tickets</title></head><body>
<header class="global-header"><a href="/">tickets</a><a href="/signin/">Log In</a></header>
<main class="event-listing"><div class="event-details__main">
<time class="start-date" datetime="2026-12-10">Thursday, December 10</time>
<h1 class="event-title">Late Jazz Night at The Blue Room</h1>
<p class="summary">Four hours of live jazz with the Tomas Vega Quartet and guests.</p>
<section class="date-and-time"><h2>Date and time</h2><div>Thursday, December 10 · 8pm - midnight GMT</div></section>
<section class="location"><h2>Location</h2><div class="location-info">42 Harbour Street, Bristol BS1 4QA</div></section>
<section class="refund-policy"><h2>Refund Policy</h2><div>Refunds up to 7 days before event</div></section>
<section class="about"><h2>About this event</h2><div class="body"><p>The Tomas Vega Quartet returns to The Blue Room
for a late night of standards and originals. Doors open at 7:30pm; the first set starts at 8pm. Food is served
until 10pm, the bar stays open until midnight, and the second set features guests from the Bristol jazz scene.</p>
</div></section>
</div>
<section class="more-events"><h2>More events from this organiser</h2><ul>
<li class="event-card"><a href="/e/soul-sunday"><h3>Soul Sunday</h3></a><p>Sun, Dec 13</p><p>From £10.00</p></li>
<li class="event-card"><a href="/e/blues-jam"><h3>Blues Jam</h3></a><p>Wed, Dec 16</p><p>Free</p></li>
<li class="event-card"><a href="/e/nye-swing"><h3>NYE Swing Party</h3></a><p>Thu, Dec 31</p><p>From £25.00</p></li>
</ul></section></main></body></html>"""


def test_a_job_posting_is_one_entity_not_its_bullet_points() -> None:
    profile = analyze_page(JOB, "https://boards.example/lumen/jobs/4021")

    assert profile.spec.mode == "detail"
    [record] = profile.sample_records
    assert record["title"] == "Senior Data Engineer"  # the h1 of a header block that is not the site's banner
    assert record["location"] == "Berlin, Germany (Hybrid)"
    assert record["company_name"] == "at Lumen Labs"
    assert "Mentor two junior engineers." in str(record["text"])


def test_an_events_labelled_sections_are_its_fields() -> None:
    profile = analyze_page(EVENT, "https://tickets.example/e/late-jazz-night")

    assert profile.spec.mode == "detail"
    [record] = profile.sample_records
    assert record["title"] == "Late Jazz Night at The Blue Room"
    assert record["summary"] == "Four hours of live jazz with the Tomas Vega Quartet and guests."
    assert record["location"] == "42 Harbour Street, Bristol BS1 4QA"
    assert record["refund_policy"] == "Refunds up to 7 days before event"
    assert str(record["text"]).startswith("The Tomas Vega Quartet returns")
    assert "Soul Sunday" not in str(record)  # the organiser's other events are not this one's


def test_a_list_page_before_its_script_runs_is_no_entity() -> None:
    """A heading, an empty list and a pager: the records come once a browser runs the page's
    script, so the Scout must say it found none (and rendering follows), not offer a detail page."""
    skeleton = """<!doctype html><html><body><header><nav><a href="/">Home</a></nav></header>
    <main><h1>Gadgets</h1><ul class="products"></ul>
    <div class="pager"><a class="next" href="page2.html">Next page</a></div></main>
    <script>document.querySelector("ul.products").innerHTML = "";</script></body></html>"""

    with pytest.raises(ValueError, match="no repeated records or main content"):
        analyze_page(skeleton, "https://gadgets.example/")


HASHED_URL = "https://jobs.example/acme/7c1d2e4f"
HASHED_POSTING = """<!doctype html><html><head><title>Acme - Senior Data Engineer, Payments</title></head><body>
<div class="css-1q2w3e"><a href="/acme">Acme</a></div>
<div class="css-9k8j7h"><div class="css-4r5t6y"><div class="css-0p9o8i">
 <h2>Senior Data Engineer, Payments</h2>
 <div class="css-7u6y5t"><div>Berlin, Germany</div><div>Data Platform</div><div>Full-time</div></div>
 <p class="css-6y7u8i">Posted on March 3, 2026</p>
</div></div>
<div class="css-3e4r5t"><p>We move money for two million shops. You will own the ledger's data pipelines,
from the event stream to the warehouse, and the tools our analysts use every day.</p>
<ul><li>Five years building data systems in Python</li><li>Kafka, Iceberg or similar</li></ul></div>
<div class="css-2w3e4r"><a href="/acme/7c1d2e4f/apply">Apply for this job</a></div></div>
<div class="css-5t6y7u"><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></div>
</body></html>"""


def test_a_detail_page_whose_every_class_is_a_build_hash_is_still_one_entity() -> None:
    """No class names the entity's block: the path to it by position is its selector, not the
    Open Graph fallback that would lose the posting's fields."""
    profile = analyze_page(HASHED_POSTING, HASHED_URL)

    assert profile.spec.mode == "detail"
    assert profile.spec.record_selector == "body > div:nth-of-type(2)"
    [record] = profile.sample_records
    assert record["title"] == "Senior Data Engineer, Payments"
    assert str(record["date"]).startswith("2026-03-03")
