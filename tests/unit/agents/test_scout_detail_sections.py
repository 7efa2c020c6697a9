"""The Scout on a detail page laid out as Django Oscar (books.toscrape.com) lays out a product:
stars drawn by CSS from a class word, and the description after a "Product Description" heading
that sits alone in a wrapper of its own, one of several alike section headings."""

from __future__ import annotations

from agents.scout import analyze_page
from pipeline.core.extract import extract_records

URL = "https://books.example/catalogue/a-light-in-the-attic_1000/index.html"
DESCRIPTION = (
    "It's hard to imagine a world without A Light in the Attic. This now-classic collection of poetry "
    "and drawings from Shel Silverstein celebrates its 20th anniversary with this special edition."
)
PAGE = f"""<!doctype html><html lang="en-us"><head><title>A Light in the Attic | Books</title></head><body>
<header class="header"><a href="/">Books to Scrape</a></header>
<ul class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/poetry">Poetry</a></li>
<li class="active">A Light in the Attic</li></ul>
<article class="product_page">
  <div class="row">
    <div class="col-sm-6"><div class="item active">
      <img src="/media/fe/72/attic.jpg" alt="A Light in the Attic"></div></div>
    <div class="col-sm-6 product_main">
      <h1>A Light in the Attic</h1>
      <p class="price_color">£51.77</p>
      <p class="instock availability"><i class="icon-ok"></i> In stock (22 available)</p>
      <p class="star-rating Three"><i class="icon-star"></i><i class="icon-star"></i><i class="icon-star"></i>
      <i class="icon-star"></i><i class="icon-star"></i></p>
    </div>
  </div>
  <div id="product_description" class="sub-header"><h2>Product Description</h2></div>
  <p>{DESCRIPTION}</p>
  <div class="sub-header"><h2>Product Information</h2></div>
  <table class="table table-striped">
    <tr><th>UPC</th><td>a897fe39b1053632</td></tr>
    <tr><th>Price (excl. tax)</th><td>£51.77</td></tr>
    <tr><th>Number of reviews</th><td>0</td></tr>
  </table>
</article>
<footer class="footer"><p>Demo site. Prices and ratings were randomly assigned and have no real meaning,
as this footer says at a length that a description would have.</p></footer>
</body></html>"""


def test_stars_drawn_from_a_class_word_are_the_rating() -> None:
    profile = analyze_page(PAGE.encode(), URL)
    [record] = extract_records(PAGE, URL, profile.spec)
    assert record["rating"] == 3.0
    assert record["title"] == "A Light in the Attic"


def test_the_block_after_a_description_heading_is_the_description() -> None:
    profile = analyze_page(PAGE.encode(), URL)
    [record] = extract_records(PAGE, URL, profile.spec)
    described = [name for name, value in record.items() if value == DESCRIPTION]
    assert len(described) == 1
    # Read by the heading's wrapper, not by position: a paragraph added above stays out of it.
    moved = PAGE.replace(
        '<div id="product_description"',
        '<p class="note">Free delivery on all orders today.</p><div id="product_description"',
    )
    [again] = extract_records(moved, URL, profile.spec)
    assert again[described[0]] == DESCRIPTION
    assert record["upc"] == "a897fe39b1053632"
