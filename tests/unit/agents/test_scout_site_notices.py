"""A site's accessibility, cookie or copyright notice below a list, in a plain ``div`` with hashed
classes, is no article: the page stays a list page."""

from __future__ import annotations

from agents.heuristics.sitenotices import is_site_notice
from tests.unit.agents.conftest import spec_and_records

URL = "https://homes.example/for-sale/springfield/"
NOTICE = (
    "Example Homes Group is committed to ensuring digital accessibility for individuals with disabilities. "
    "We are continuously working to improve the accessibility of our web experience for everyone, and we "
    "welcome feedback and accommodation requests."
)
STREETS = ["Elm St", "Oak Ave", "Pine Rd", "Birch Ln", "Cedar Ct", "Maple Dr", "Ash Way", "Willow Pl"]


def _card(i: int, street: str) -> str:
    return (
        f'<li class="c1"><article class="c2"><a class="c3" href="/homedetails/{i}_zpid/">'
        f'<address class="c4">{10 + i} {street}</address></a><span class="c5">${300 + i},000</span>'
        f'<ul class="c6"><li><b>{i % 4 + 1}</b> <abbr>bds</abbr></li></ul></article></li>'
    )


def _page(notice: str) -> str:
    cards = "".join(_card(i, s) for i, s in enumerate(STREETS))
    links = "".join(f'<li><a href="/city-{n}/">City {n} real estate homes for sale</a></li>' for n in range(30))
    return (
        '<html><head><title>Homes</title></head><body><div class="a1"><div class="a2">'
        f'<h1 class="a3">Springfield Homes For Sale</h1><ul class="a4">{cards}</ul>'
        f'<div class="a5"><p class="a6">{notice}</p><ul class="a7">{links}</ul></div>'
        "</div></div></body></html>"
    )


def test_an_accessibility_notice_below_the_list_leaves_a_list_page() -> None:
    spec, records = spec_and_records(_page(NOTICE), URL)
    assert spec.mode == "list"
    assert len(records) == len(STREETS)


def test_notices_are_told_by_their_words() -> None:
    assert is_site_notice(NOTICE)
    assert is_site_notice("We use cookies to improve your browsing experience. Read our privacy policy to learn more.")
    assert is_site_notice("© 2025 Example Homes Group. All rights reserved. Equal housing opportunity.")


def test_text_about_cookies_is_no_notice() -> None:
    recipe = (
        "These brown butter cookies are crisp at the edges and chewy in the middle. Chill the dough for an hour "
        "so that the cookies keep their shape, and bake them on the middle shelf."
    )
    assert not is_site_notice(recipe)
    hotel = (
        "The accommodation is accessible by lift, and guests with disabilities can ask for a room on the ground floor."
    )
    assert not is_site_notice(hotel)
    assert not is_site_notice("Photo © Ana Ruiz. The old harbour at dawn, before the fishing boats come back in.")
    assert not is_site_notice(NOTICE + " " + recipe * 6)  # a long text naming accessibility is an article
