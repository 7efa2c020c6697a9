"""Lists of the twelfth wave's families: a results page with a long legal footer, styled-components
classes with their display names, and a leaderboard split into sections by utility classes."""

from __future__ import annotations

from lxml import html as lxml_html

from agents.heuristics.classtokens import anchor_classes
from tests.unit.agents.conftest import spec_and_records

LEGAL = (
    "Homescout Group is committed to ensuring digital accessibility for individuals with disabilities. "
    "We are continuously working to improve the accessibility of our web experience for everyone, and we "
    "welcome feedback and accommodation requests. Real estate brokerage licences are listed on our licences page."
)


def _card(n: int) -> str:
    return (
        f'<li><article class="property-card"><a href="/homedetails/{n}-Elm-St/{n}_zpid/">'
        f"<address>{n} Elm St, Austin, TX 78757</address></a><span>${400 + n},000</span>"
        f"<ul><li><b>{n % 4 + 1}</b> bds</li><li><b>2</b> ba</li></ul></article></li>"
    )


def test_a_long_legal_footer_does_not_make_a_results_page_a_detail_page() -> None:
    cards = "".join(_card(n) for n in range(1, 10))
    html = (
        "<html><body><header><a href='/'>Homescout</a></header>"
        f"<div><h1>Austin TX Real Estate &amp; Homes For Sale</h1><ul class='photo-cards'>{cards}</ul></div>"
        f"<footer><div>{LEGAL}</div><p>{LEGAL}</p></footer></body></html>"
    )
    spec, records = spec_and_records(html, "https://homes.example/homes/for_sale/Austin/")
    assert spec.mode == "list"
    assert len(records) == 9


def test_styled_components_names_after_display_name_ids_are_no_anchors() -> None:
    element = lxml_html.fragment_fromstring(
        '<ul class="StyledPropertyCardHomeDetailsList-c11n-8-107-0__sc-1j0som5-0 lPBGgP details"></ul>'
    )
    assert anchor_classes(element) == ["details"]


def _row(rank: int, name: str, margin: str = "") -> str:
    return (
        f'<section class="group relative flex flex-row {margin}"><img class="rounded-xl" src="/t/{name}.png" alt="">'
        f'<div class="flex flex-col"><a class="text-16 font-semibold" href="/posts/{name.lower()}">{rank}. {name}</a>'
        f'<a class="text-16 text-secondary" href="/posts/{name.lower()}">The {name} tagline for makers</a></div>'
        f'<button class="flex flex-col"><p class="text-14">{100 + rank * 7}</p></button></section>'
    )


def test_one_list_split_in_sections_laid_out_by_utilities_is_one_list() -> None:
    today = "".join(_row(n, f"Tool{n}a") for n in range(1, 6))
    yesterday = "".join(_row(n, f"Tool{n}b") for n in range(1, 5))
    html = (
        '<html><body><main><div class="flex flex-col"><h2>Top Products Launching Today</h2>'
        f'<div class="flex flex-col">{today}</div></div>'
        '<div class="mt-12 flex flex-col"><h2>Yesterday\'s Top Products</h2>'
        f'<div class="flex flex-col">{yesterday}</div></div></main></body></html>'
    )
    _spec, records = spec_and_records(html, "https://launch.example/")
    assert len(records) == 9
