# ruff: noqa: E501
"""A page's one entity marked only by microdata, with no heading to name it (issue #3): its
properties are the fields, each read by its ``itemprop``."""

from __future__ import annotations

from agents.scout import analyze_page
from pipeline.core.extract import extract_records

URL = "https://quotes.example/random"


def _page(body: str) -> str:
    return f'<html><head><title>Quotes</title></head><body><header><h1><a href="/">Quotes</a></h1></header><main>{body}</main></body></html>'


QUOTE = """<div class="quote" itemscope itemtype="http://schema.org/CreativeWork">
  <span class="text" itemprop="text">“Simplicity is the soul of efficiency.”</span>
  <span>by <span itemprop="author" itemscope itemtype="http://schema.org/Person"><small itemprop="name">Austin Freeman</small></span>
  <a href="/author/Austin-Freeman">(about)</a></span>
  <time itemprop="dateCreated" datetime="1925-05-01">1925</time>
  <div class="tags">Tags: <a class="tag" itemprop="keywords" href="/tag/design/">design</a> <a class="tag" itemprop="keywords" href="/tag/work/">work</a></div>
</div>"""


def test_the_properties_of_the_one_item_are_the_fields() -> None:
    html = _page(QUOTE)
    profile = analyze_page(html, URL)
    assert profile.spec.mode == "detail"
    records = [dict(r) for r in extract_records(html, URL, profile.spec)]
    assert records == [
        {
            "text": "“Simplicity is the soul of efficiency.”",
            "author": "Austin Freeman",
            "date": "1925-05-01T00:00:00+00:00",
            "tags": ["design", "work"],
        }
    ]
    assert all("itemprop" in f.selector for f in profile.spec.fields)  # the site's own names, not positions


def test_two_items_side_by_side_are_no_single_entity() -> None:
    html = _page(QUOTE + QUOTE.replace("Simplicity", "Brevity"))
    try:
        profile = analyze_page(html, URL)
    except ValueError:
        return  # two quotes make no list worth proposing, and no one entity either
    assert not any("microdata item" in note for note in profile.notes)  # neither quote is "the" entity


def test_a_nested_items_name_is_not_the_entitys() -> None:
    # The brand (a nested item with its own "name") comes before the product's name.
    product = """<div class="card" itemscope itemtype="https://schema.org/Product">
      <div itemprop="brand" itemscope itemtype="https://schema.org/Brand"><span itemprop="name">Acme</span></div>
      <span class="product-name" itemprop="name">Trail lamp 300</span>
      <div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><span itemprop="price" content="49.00">€49.00</span><meta itemprop="priceCurrency" content="EUR"></div>
      <span itemprop="sku">TL-300</span>
    </div>"""
    html = _page(product)
    profile = analyze_page(html, URL)
    (record,) = [dict(r) for r in extract_records(html, URL, profile.spec)]
    assert record["title"] == "Trail lamp 300"
    assert record["brand"] == "Acme"
    assert record["price"] == {"amount": 49.0, "currency": "EUR"}
