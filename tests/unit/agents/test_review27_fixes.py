"""Menu items in Bootstrap's markup, bad hrefs, and a hostile script for the page-state ids."""

from __future__ import annotations

import lxml.html

from agents.heuristics.linkfolders import link_folder, links_into_one_folder
from agents.heuristics.menulinks import _is_menu_item
from agents.heuristics.profilenames import _is_profile_of
from agents.heuristics.stateids import page_state_ids
from agents.scout import analyze_page
from pipeline.core.normalize import normalize_value
from tests.unit.growth import assert_linear


def test_first_item_of_a_list_the_toggle_opens_is_a_menu_item() -> None:
    record = lxml.html.fromstring(
        '<div><a href="/paper/1">Title</a><div class="dropdown"><a class="dropdown-toggle" href="#">Cite</a>'
        '<ul class="dropdown-menu"><li><a href="/bib/1">BibTeX</a></li><li><a href="/ris/1">RIS</a></li></ul>'
        "</div></div>"
    )
    verdicts = {a.text: _is_menu_item(a, record) for a in record.iter("a")}
    # the toggle only opens the menu (``menulinks._opens_menu``): no field either
    assert verdicts == {"Title": False, "Cite": True, "BibTeX": True, "RIS": True}


def test_a_bad_href_has_no_folder_and_names_no_profile() -> None:
    link = lxml.html.fromstring('<a href="http://[oops/user/odile"><span title="odile">O</span></a>')
    assert link_folder(link) is None
    assert links_into_one_folder(link)
    span = link.find(".//span")
    assert span is not None
    assert not _is_profile_of(span, "odile")


def _state_page(length: int) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(
        '<html><body><script>{"productId": "8799448"} ' + "a" * length + "</script><p>x</p></body></html>"
    )


def test_page_state_ids_read_a_long_word_in_linear_time() -> None:
    assert page_state_ids(_state_page(1_000_000)) == frozenset({"8799448"})
    assert_linear(_state_page, page_state_ids, 250_000)


def test_the_first_sign_written_names_the_amount() -> None:
    from pipeline.core.numbertext import parse_price

    assert parse_price("$11 (approx. Rs 900)") == {"amount": 11.0, "currency": "USD"}
    assert parse_price("€12 (RM 55)") == {"amount": 12.0, "currency": "EUR"}
    assert parse_price("R$ 12,90") == {"amount": 12.9, "currency": "BRL"}
    assert parse_price("Rs. 1,299 (US$ 15)") == {"amount": 1299.0, "currency": "INR"}


def test_a_list_whose_links_are_malformed_still_builds() -> None:
    """Tag links the page wrote badly (``http://[oops/``) leave a list of cards readable: no
    heuristic lets the address's ``ValueError`` out of the Scout."""
    cards = "".join(
        f'<div class="card"><h3><a href="/item/{n}">Item number {n}</a></h3><p class="price">${n}.99</p>'
        f'<a class="tag" href="http://[oops/tag/{n}">tag {n}</a></div>'
        for n in range(1, 7)
    )
    profile = analyze_page(f"<html><body><main>{cards}</main></body></html>", "https://shop.test/list")
    assert profile.spec.record_selector == "div.card"
    assert [r["title"] for r in profile.sample_records][:2] == ["Item number 1", "Item number 2"]


def test_the_engine_reads_a_malformed_address_as_no_value() -> None:
    assert normalize_value("url", "http://[oops/tag/1", base_url="https://shop.test/list") is None
    assert normalize_value("image", ["/a.png", "http://[oops/b.png"], base_url="https://shop.test/") == [
        "https://shop.test/a.png"
    ]
