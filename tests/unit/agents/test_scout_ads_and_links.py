"""Record links whose query names the record, ads told apart by what names them, and source lines.

"/site/foo/6492524.p?skuId=6492524" says the record's id twice: the query is kept. An ad caption's
utility class (``span.body-copy-sm``) that regular cards carry too never leaves them out. Ads under
a "Sponsored Results" heading are left out by their click-redirect link. A " | "-joined chapter
list is no source line.
"""

from __future__ import annotations

import pytest
from lxml import html

from agents.heuristics.adsections import section_ads
from agents.heuristics.bylines import source_line_cuts
from agents.heuristics.mainfields import has_tracking_query
from agents.scout import analyze_page
from pipeline.core.extract import extract_records
from tests.unit.agents.conftest import list_page, spec_and_records

URL = "https://shop.example/search?q=speaker"
NAMES = [
    "Copper Speaker",
    "Walnut Speaker",
    "Linen Headphones",
    "Stoneware Soundbar",
    "Oak Turntable",
    "Wool Earbuds",
    "Glass Subwoofer",
    "Iron Amplifier",
]


# --- a query repeating the record's id ---------------------------------------------------------------


def test_a_query_repeating_the_id_of_a_segment_with_an_extension_or_a_prefix_names_the_record() -> None:
    assert not has_tracking_query([f"/site/speaker-{n}/649252{n}.p?skuId=649252{n}" for n in range(3)])
    assert not has_tracking_query([f"/shop/sku649252{n}?id=649252{n}" for n in range(3)])
    assert not has_tracking_query([f"/item-649252{n}.html?item=649252{n}" for n in range(3)])
    assert has_tracking_query([f"/site/speaker-{n}/649252{n}.p?pos={n}" for n in range(3)])  # a place, not the id


def test_the_record_link_keeps_a_query_naming_its_id() -> None:
    cards = "".join(
        f'<li class="sku-item"><h4 class="sku-title"><a href="/site/{n.lower().replace(" ", "-")}/64925{i:02d}.p'
        f'?skuId=64925{i:02d}">{n}</a></h4><span class="price">${30 + i}.99</span></li>'
        for i, n in enumerate(NAMES)
    )
    _spec, records = spec_and_records(list_page(cards, '<main><ol class="sku-list">{}</ol></main>'), URL)
    assert records[0]["url"] == "https://shop.example/site/copper-speaker/6492500.p?skuId=6492500"


# --- an ad caption's utility class -------------------------------------------------------------------


def _item(i: int, name: str, *, inner: str = "") -> str:
    return (
        f'<li class="item">{inner}<h4 class="item-title"><a href="/p/{700 + i}">{name}</a></h4>'
        f'<span class="price">${40 + i}.99</span><span class="stock">{2 + i} left</span></li>'
    )


def _items(ad_caption: str, *, organic_extra: str = "") -> str:
    ad = _item(90, "Gold Plated Speaker", inner=ad_caption)
    cards = ad + "".join(_item(i, n, inner=organic_extra if i % 2 else "") for i, n in enumerate(NAMES))
    return list_page(cards, '<main><ul class="items">{}</ul></main>')


@pytest.mark.parametrize(
    "caption",
    [
        '<div class="flag"><span class="body-copy-sm">Sponsored</span></div>',
        '<div class="flag"><span class="sponsored-label body-copy-sm">Sponsored</span></div>',
    ],
)
def test_an_ad_caption_is_found_by_what_names_it_not_by_a_utility_class(caption: str) -> None:
    spec, records = spec_and_records(_items(caption), URL)
    assert [r["title"] for r in records] == NAMES
    assert "body-copy-sm" not in spec.record_selector
    # Another page of the site: regular items carry the same utility class, and all stay.
    note = '<span class="body-copy-sm">Free shipping</span>'
    other = _items(caption, organic_extra=note)
    assert [r["title"] for r in extract_records(other, URL, spec)] == NAMES


def test_a_utility_class_is_the_last_resort_when_the_caption_words_are_in_every_card() -> None:
    # "Ad" is in "Add to cart" on every card: only the caption's own class tells the ad apart.
    cart = '<span class="cart">Add to cart</span>'
    ad = _item(90, "Gold Plated Speaker", inner=f'<span class="tag-x">Ad</span>{cart}')
    cards = ad + "".join(_item(i, n, inner=cart) for i, n in enumerate(NAMES))
    spec, records = spec_and_records(list_page(cards, '<main><ul class="items">{}</ul></main>'), URL)
    assert [r["title"] for r in records] == NAMES
    assert "tag-x" in spec.record_selector


# --- ads under a "Sponsored Results" heading ---------------------------------------------------------

PLACES = [
    "Menya Kouji",
    "Hakata Hideaway",
    "Kizuna Noodle Bar",
    "Tonkotsu Taro",
    "Shio and Smoke",
    "Mugen Ramen",
    "Yuzu Broth",
    "Bonito Bowl",
]
ADS = ["Noodle Nirvana", "Pho Kingdom", "Izakaya Tomo"]


def _slug(name: str) -> str:
    return name.lower().replace(" ", "-")


def _place(name: str, href: str, i: int) -> str:
    return (
        f'<li><div class="card"><h3><a href="{href}">{name}</a></h3>'
        f'<span class="score">{3.5 + i / 10:.1f}</span><span class="count">({100 + 37 * i} reviews)</span>'
        f'<p class="blurb">Broth number {i} is rich and {name.split(maxsplit=1)[0].lower()} style.</p></div></li>'
    )


def _places_page(ad_href: str) -> str:
    def heading(text: str) -> str:
        return f'<li><div class="title"><h2>{text}</h2></div></li>'

    ads = [_place(n, ad_href.format(slug=_slug(n), i=i), i) for i, n in enumerate(ADS)]
    places = [_place(n, f"/biz/{_slug(n)}?osq=Ramen", i + 3) for i, n in enumerate(PLACES)]
    items = [heading("Sponsored Results"), *ads[:2], heading("All results"), *places]
    items += [heading("Sponsored Results"), ads[2], heading("People also searched for")]
    return list_page("".join(items), '<main><ul class="results">{}</ul></main>')


def test_ads_under_a_sponsored_heading_are_left_out_by_their_click_redirect() -> None:
    redirect = "/adredir?ad_business_id=x{i}&amp;redirect_url=https%3A%2F%2Fplaces.example%2Fbiz%2F{slug}&amp;slot={i}"
    spec, records = spec_and_records(_places_page(redirect), "https://places.example/search?q=ramen")
    assert [r["title"] for r in records] == PLACES
    assert 'a[href*="redirect_url="]' in spec.record_selector


def test_ads_under_a_sponsored_heading_that_no_selector_tells_apart_are_kept() -> None:
    profile = analyze_page(_places_page("/biz/{slug}?osq=Ramen"), "https://places.example/search?q=ramen")
    records = extract_records(_places_page("/biz/{slug}?osq=Ramen"), "https://places.example/", profile.spec)
    assert [r["title"] for r in records] == [*ADS[:2], *PLACES, ADS[2]]  # never an organic record lost
    assert any("ad heading kept" in note for note in profile.notes)


def test_headings_before_every_record_are_titles_not_ad_sections() -> None:
    films = ["Ad Astra", "Heat", "Alien", "Arrival", "Gravity", "Solaris", "Sunshine", "Moon"]
    page = "".join(
        f'<h2>{f}</h2><div class="film"><a href="/f/{i}">{f}</a> {1990 + i}</div>' for i, f in enumerate(films)
    )
    root = html.fromstring(list_page(page))
    assert section_ads(root.cssselect("div.film")) == []


# --- source lines ------------------------------------------------------------------------------------


def test_a_chapter_list_is_not_a_source_line() -> None:
    chapters = [
        "Intro | Feeding the starter | Mixing the dough | Stretch and folds | Shaping | Baking",
        "Intro | Weak starter | Underproofing | Overproofing | Shaping tension",
        "Intro | Ice cube steam | Rice flour | Cold retard | Aliquot jar | Verdict",
    ]
    assert source_line_cuts(chapters) is None
    lines = [
        "A Smith - Journal of Tides, 2014 - tidepress.example",
        "C Lee - 1999 - books.example",
        "D Kim - Sea Letters, 2020",
    ]
    assert source_line_cuts(lines) is not None  # three parts at most, the host missing on some
