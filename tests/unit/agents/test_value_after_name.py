"""A name with a short value of another kind in a named child after it (a package's version inside
its heading): two values, whatever the name's length."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html  # type: ignore[import-untyped]

from agents.heuristics.badgedtexts import text_before_badge
from agents.heuristics.textowner import owns_text
from tests.unit.agents.conftest import list_page, spec_and_records

URL = "https://gems.example/search?query=sitemap"

GEMS = [
    ("sitemap", "0.3.4"),
    ("jekyll-sitemapper", "1.5.0"),
    ("xml-sitemap", "1.3.3"),
    ("middleman-sitemapper", "0.2.0"),
    ("rails-sitemap", "2.3.1"),
    ("sitemap_forge", "6.4.1"),
    ("spree_sitemapper", "5.1.0"),
    ("sitemapgen", "0.9.12"),
]


def _gem(name: str, version: str) -> str:
    return (
        f'<a class="gems__gem" href="/gems/{name}"><span class="gems__gem__info">'
        f'<h2 class="gems__gem__name">\n  {name}\n  <span class="gems__gem__version">{version}</span>\n</h2>'
        f'<p class="gems__gem__desc">A sitemap generator for Ruby sites, number {len(name)}.</p></span></a>'
    )


def _element(markup: str) -> lxml_html.HtmlElement:
    return lxml_html.fragment_fromstring(markup)


@pytest.mark.parametrize(
    ("markup", "lead"),
    [
        ('<h2 class="name">sitemap <span class="version">0.3.4</span></h2>', "sitemap"),
        ('<h3>Oak side table <span class="sku">SKU-20931</span></h3>', "Oak side table"),
    ],
)
def test_a_named_value_after_a_name_is_a_value_of_its_own(markup: str, lead: str) -> None:
    element = _element(markup)
    assert text_before_badge(element) == lead
    assert not owns_text(element)


@pytest.mark.parametrize(
    "markup",
    [
        "<h2>The <em>best</em> pans</h2>",  # a word of the heading, text after it
        "<h2>Top picks <em>10</em></h2>",  # emphasis without a class
        '<p class="price">12 <span class="cents">99</span></p>',  # a price in pieces
        '<p>From <span class="amount">€12.00</span></p>',  # a price after its lead-in
        '<h2>sitemap <span class="version">latest release</span></h2>',  # words, not a value
        '<h2>sitemap <span class="version"><b>0.3.4</b></span></h2>',  # nested markup
        '<time>asked <span class="relativetime">2 mins ago</span></time>',  # a lead-in before a date
        '<p>Python <span class="count">12</span></p>',  # a count after its word
    ],
)
def test_one_value_stays_whole(markup: str) -> None:
    assert text_before_badge(_element(markup)) is None


def test_each_gem_gives_its_name_and_its_version_whatever_the_name_length() -> None:
    html = list_page("".join(_gem(*g) for g in GEMS), '<main><div class="l-wrap--b">{}</div></main>')
    _, records = spec_and_records(html, URL)
    assert len(records) == len(GEMS)
    for record, (name, version) in zip(records, GEMS, strict=True):
        shown = set(record.values())
        assert name in shown, record
        assert version in shown, record
