"""The Scout on detail pages, on the shared cheese site, on pages without records, and the
invariant that matters most: every value it proposes exists in the page."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from agents.scout import analyze_page
from pipeline.core.extract import extract_records, next_page_url
from pipeline.core.schemas import PageProfile

SITES = Path(__file__).resolve().parents[2] / "sites" / "scout"
CHEESE = Path("/work/shared/checks/site/index.html")
LIST_FIXTURES = {
    "bookstore.html": "https://books.example/index.html",
    "quotes.html": "https://quotes.example/",
    "hn.html": "https://news.example.com/news",
    "blog.html": "https://kitchen.example.com/",
    "shop_microdata.html": "https://leafandcup.example/shop/tea?page=2",
    "events_jsonld.html": "https://events.example.org/whats-on",
    "jobs.html": "https://remotedesk.example/jobs",
    "countries_table.html": "https://wiki.example/wiki/List",
    "realestate_tailwind.html": "https://homes.example/portland-or/homes",
    "news_list.html": "https://gazette.example/news/latest",
    "nav_heavy.html": "https://clinic.example/team",
    "product_detail.html": "https://shop.example/p/v60",
    "article_detail.html": "https://gazette.example/news/2024/05/trams",
    "woocommerce_shop.html": "https://hearthandloom.example/shop/page/2/",
    "shopify_collection.html": "https://northfieldsupply.example/collections/all?page=2",
    "wordpress_archive.html": "https://slowtrails.example/page/3/",
    "books_catalogue.html": "http://books.toscrape.example/catalogue/category/books/mystery_3/page-2.html",
    "discourse_latest.html": "https://forum.hearthlabs.example/latest",
    "github_repositories.html": "https://github.com/mkarlsson?tab=repositories",
    "stackoverflow_questions.html": "https://stackoverflow.com/questions?tab=newest",
    "indeed_jobs.html": "https://www.indeed.com/jobs?q=python+developer&l=Austin%2C+TX",
    "craigslist_rows.html": "https://sfbay.craigslist.org/search/apa",
    "imdb_chart.html": "https://www.imdb.com/chart/top/",
    "reddit_old.html": "https://old.reddit.com/",
    "wikipedia_table.html": "https://en.wikipedia.org/wiki/List_of_largest_cities",
    "ebay_search.html": "https://www.ebay.com/sch/i.html?_nkw=iphone+12",
}


@pytest.mark.parametrize("name", sorted(LIST_FIXTURES))
def test_every_proposed_value_occurs_in_the_page(
    name: str, values_from_page: Callable[[bytes, str, PageProfile], None]
) -> None:
    body = (SITES / name).read_bytes()
    profile = analyze_page(body, LIST_FIXTURES[name])
    assert profile.sample_records
    values_from_page(body, LIST_FIXTURES[name], profile)


@pytest.mark.parametrize("name", sorted(LIST_FIXTURES))
def test_profiles_are_deterministic_and_well_formed(name: str) -> None:
    body = (SITES / name).read_bytes()
    first, second = analyze_page(body, LIST_FIXTURES[name]), analyze_page(body, LIST_FIXTURES[name])
    assert first == second
    names = first.spec.field_names()
    assert len(names) == len(set(names))
    assert all(0 < f.confidence <= 1 for f in first.spec.fields)
    assert all("nth-child" not in f.selector for f in first.spec.fields)
    assert "nth" not in first.spec.record_selector


@pytest.mark.skipif(not CHEESE.exists(), reason="shared checks not mounted")
def test_cheese_site() -> None:
    body = CHEESE.read_bytes()
    url = "http://127.0.0.1:8000/"
    profile = analyze_page(body, url)
    records = extract_records(body, url, profile.spec)
    assert profile.title == "The Cheese Cellar — page 1"
    assert profile.spec.record_selector == "ul.grid > li.card"
    assert len(records) == 5
    assert profile.spec.field_names() == ["title", "url", "origin", "price"]
    assert records[0] == {
        "title": "Comté 18 months",
        "url": "http://127.0.0.1:8000/cheese/comte-18-months.html",
        "origin": "France",
        "price": {"amount": 24.9, "currency": "EUR"},
    }
    assert records[-1]["title"] == "Stilton"
    assert records[-1]["origin"] == "England"
    assert profile.spec.key_fields == ("url",)
    assert profile.spec.pagination.next_selector == "a.next"
    assert next_page_url(body, url, profile.spec, page_number=1) == "http://127.0.0.1:8000/page2.html"


@pytest.mark.skipif(not CHEESE.exists(), reason="shared checks not mounted")
def test_cheese_last_page_has_no_next_link() -> None:
    body = (CHEESE.parent / "page3.html").read_bytes()
    profile = analyze_page(body, "http://127.0.0.1:8000/page3.html")
    assert len(extract_records(body, profile.url, profile.spec)) == 2
    assert profile.spec.pagination.kind == "none"


def test_product_detail_page() -> None:
    body = (SITES / "product_detail.html").read_bytes()
    profile = analyze_page(body, "https://shop.example/p/v60")
    spec = profile.spec
    assert spec.mode == "detail"
    assert spec.record_selector == "main#main"
    assert spec.field_names() == [
        "title",
        "price",
        "original_price",
        "image",
        "text",
        "sku",
        "brand",
        "material",
        "capacity",
        "weight",
        "availability",
    ]
    (record,) = profile.sample_records
    assert record["title"] == "Hario V60 Ceramic Dripper, size 02"
    assert record["price"] == {"amount": 24.0, "currency": "GBP"}  # not the struck-out £28.00
    assert record["original_price"] == {"amount": 28.0, "currency": "GBP"}  # which is the price before the sale
    assert record["image"] == "https://shop.example/img/v60-white-1200.jpg"
    assert str(record["text"]).startswith("The V60 is named for its 60° cone angle.")
    assert record["sku"] == "VDC-02W"
    assert record["availability"] == "In stock – ships in 1–2 working days"  # beside the title, named by its class
    assert record["material"] == "Ceramic (Arita porcelain)"
    # Review dates and authors belong to the reviews, not to the product.
    assert "date" not in record and "author" not in record
    assert spec.pagination.kind == "none"


def test_article_detail_page() -> None:
    body = (SITES / "article_detail.html").read_bytes()
    profile = analyze_page(body, "https://gazette.example/news/2024/05/trams")
    assert profile.spec.mode == "detail"
    assert profile.spec.record_selector == "article.story"
    assert profile.spec.field_names() == [
        "title",
        "date",
        "author",
        "image",
        "text",
        "summary",
        "author_role",
        "image_caption",
        "category",
    ]
    (record,) = profile.sample_records
    assert record["title"] == "Trams return to Mill Street after seventy years"
    assert record["author_role"] == "Transport correspondent"  # "By Priya Shah, Transport correspondent"
    assert record["image_caption"] == "Workers laying track on Mill Street last week."
    assert record["category"] == "Transport"  # the kicker above the headline
    assert str(record["summary"]).startswith("Track-laying has begun")  # the standfirst under the headline
    assert record["author"] == "Priya Shah"
    assert record["date"] == "2024-05-10T07:00:00+00:00"
    assert str(record["text"]).endswith("within five years of opening.")


def test_meta_tags_rescue_a_page_rendered_by_javascript() -> None:
    body = """<html><head><title>Widget</title>
    <meta property="og:title" content="Blue Widget"><meta property="og:type" content="product">
    <meta property="og:image" content="/img/blue.jpg"><meta property="product:price:amount" content="9.99">
    </head><body><div id="root"></div><script src="/app.js"></script></body></html>"""
    profile = analyze_page(body, "https://shop.example/w/blue")
    assert profile.spec.mode == "detail"
    assert profile.sample_records[0]["title"] == "Blue Widget"
    assert profile.sample_records[0]["image"] == "https://shop.example/img/blue.jpg"


@pytest.mark.parametrize(
    "body",
    [
        (SITES / "login.html").read_bytes(),
        b"",
        "   ",
        "<html><body></body></html>",
        "<html><body><nav><ul>"
        + "".join(f"<li><a href='/{i}'>Item {i}</a></li>" for i in range(30))
        + "</ul></nav></body></html>",
    ],
    ids=["login-form", "empty-bytes", "blank", "empty-body", "navigation-only"],
)
def test_pages_without_records_raise_a_clear_error(body: bytes | str) -> None:
    with pytest.raises(ValueError, match=r"https://example\.test/page"):
        analyze_page(body, "https://example.test/page")


def test_jsonld_only_records_are_reported() -> None:
    body = """<html><head><script type="application/ld+json">{"@type": "ItemList", "itemListElement": [
      {"@type": "ListItem", "position": 1, "item": {"@type": "Product", "name": "Alpha"}},
      {"@type": "ListItem", "position": 2, "item": {"@type": "Product", "name": "Beta"}}]}</script>
      </head><body><div id="app"></div></body></html>"""
    with pytest.raises(ValueError, match="JSON-LD"):
        analyze_page(body, "https://spa.example/")


def test_the_visible_next_link_on_this_host_beats_a_head_link_to_another_host() -> None:
    # A CMS configured for its canonical address writes an absolute rel=next to that host; the
    # copy being read is served elsewhere (a mirror, staging, the apex instead of www).
    cards = "".join(
        f'<article class="post-card"><h2 class="post-card-title"><a href="/p/{n}/">Essay number {n} on rivers</a></h2>'
        f'<p class="post-card-excerpt">Some words about essay {n} and what it says.</p></article>'
        for n in range(8)
    )
    page = (
        '<html><head><link rel="next" href="https://canonical.example/tag/essays/page/2/"></head><body>'
        f'<main><div class="post-feed">{cards}</div>'
        '<nav class="pagination"><a class="older-posts" href="/tag/essays/page/2/">Older Posts →</a></nav>'
        "</main></body></html>"
    )
    url = "http://mirror.test/tag/essays/"
    profile = analyze_page(page, url)
    assert next_page_url(page, url, profile.spec, page_number=1) == "http://mirror.test/tag/essays/page/2/"


def test_a_head_link_to_another_host_is_still_followed_when_nothing_else_leads_on() -> None:
    cards = "".join(
        f'<article class="post-card"><h2><a href="/p/{n}/">Essay number {n} on rivers</a></h2></article>'
        for n in range(8)
    )
    page = f'<html><head><link rel="next" href="https://www.other.example/page/2/"></head><body><main>{cards}</main></body></html>'
    url = "http://other.example/"
    profile = analyze_page(page, url)
    assert next_page_url(page, url, profile.spec, page_number=1) == "https://www.other.example/page/2/"
