"""One entity's page read as one record: prose that opens with a bold name, chrome words inside
compound classes, a booking form's offers, a hidden heading, rounded counts, shortened links,
and a tab strip that is no pager."""

from __future__ import annotations

import lxml.html  # type: ignore[import-untyped]
from parsel import Selector

from agents.heuristics.bodytext import has_body_text, prose_text
from agents.heuristics.dom import HtmlElement
from agents.heuristics.exactcounts import exact_reading
from agents.heuristics.numberedpager import after_current
from agents.heuristics.offernames import offer_names
from agents.heuristics.shownnames import shown_title
from agents.heuristics.sitechrome import is_chrome
from agents.heuristics.websitelinks import shows_its_address, website_link
from agents.scout import analyze_page
from pipeline.core.extract import extract_records

PROSE = (
    "finds the tables in PDFs, HTML pages and spreadsheets and gives them back as typed data "
    "frames. It keeps merged header cells, multi-line rows and footnotes apart, and it is fast: a "
    "300-page annual report takes under four seconds on a laptop."
)


def _element(html: str, xpath: str) -> HtmlElement:
    found = lxml.html.fromstring(html).xpath(xpath)
    assert found, xpath
    return found[0]


def test_a_paragraph_opening_with_a_bold_name_is_prose() -> None:
    paragraph = _element(f"<div><p><strong>tablesift</strong> {PROSE}</p></div>", "//p")
    assert prose_text(paragraph).startswith("tablesift finds the tables")
    assert has_body_text(paragraph.getparent(), [])


def test_old_phrasing_tags_and_line_breaks_stay_in_the_paragraph() -> None:
    # <tt>, <big>, <nobr> are inline as <code> is (older generators still write them); a <br> breaks a line,
    # not the paragraph.
    paragraph = _element(f"<div><p><tt>tablesift</tt> <big>finds</big><br>{PROSE}</p></div>", "//p")
    assert prose_text(paragraph).startswith("tablesift finds")
    assert "tables in PDFs" in prose_text(paragraph)


def test_a_block_child_is_no_part_of_the_paragraph() -> None:
    block = _element(f"<div>Intro <ul><li>{PROSE}</li></ul></div>", "//div")
    assert prose_text(block) == "Intro"


def _repository(rows: int = 13) -> str:
    files = "".join(
        f'<tr class="react-directory-row"><td><a href="/acme/tablesift/blob/main/f{i}.py">f{i}.py</a></td>'
        f'<td><a href="/acme/tablesift/commit/{i}">fix: case {i}</a></td><td>{i} days ago</td></tr>'
        for i in range(rows)
    )
    return (
        '<html><head><title>o/r</title></head><body><main><div itemscope itemtype="http://schema.org/SoftwareSourceCode">'
        '<h1 class="sr-only">acme/tablesift</h1>'
        '<div id="repository-container-header"><a rel="author" href="/acme">acme</a> / '
        '<strong itemprop="name"><a href="/acme/tablesift">tablesift</a></strong>'
        '<a href="/login">Star <span class="Counter" title="1,237">1.2k</span></a></div>'
        f"<table><tbody>{files}</tbody></table>"
        f'<article class="markdown-body"><p><strong>tablesift</strong> {PROSE}</p></article>'
        '<div class="Layout-sidebar"><h2>About</h2><p class="f4">Fast, typed table extraction</p>'
        '<a title="https://tablesift.readthedocs.io" href="https://tablesift.readthedocs.io">tablesift.readthedocs.io</a>'
        '<a href="/acme/tablesift/stargazers"><strong>1.2k</strong> stars</a></div>'
        "</div></main></body></html>"
    )


def test_a_repository_home_with_a_file_table_is_one_entity() -> None:
    html = _repository()
    url = "https://code.example/acme/tablesift"
    profile = analyze_page(html, url)
    assert profile.spec.mode == "detail"
    record = dict(next(iter(extract_records(html, url, profile.spec))))
    assert record["title"] == "tablesift"
    assert "acme" in record.values()
    assert "https://tablesift.readthedocs.io" in record.values()


def test_a_chrome_word_after_a_content_part_is_no_chrome() -> None:
    page = lxml.html.fromstring(
        '<div><table class="hprt-table hprt-table-long-language"></table><div class="card-header"></div>'
        '<div class="site-header"></div><ul class="wp-block-navigation"></ul><div class="language-picker"></div></div>'
    )
    table, card, site, menu, picker = list(page)
    assert not is_chrome(table) and not is_chrome(card)
    assert is_chrome(site) and is_chrome(menu) and is_chrome(picker)


def test_a_booking_form_with_prices_is_no_chrome() -> None:
    booking = _element(
        '<div><form action="/book"><table><tr><td>Double room</td><td>€142</td></tr></table>'
        '<button type="submit">I\'ll reserve</button></form></div>',
        "//form",
    )
    search = _element('<div><form action="/search"><input name="q"><button>Search</button></form></div>', "//form")
    assert not is_chrome(booking)
    assert is_chrome(search)


def test_a_heading_hidden_from_sight_yields_to_the_shown_name() -> None:
    page = lxml.html.fromstring(_repository(2))
    container = page.xpath("//*[@itemscope]")[0]
    heading = page.xpath("//h1")[0]
    assert shown_title(heading, container).get("itemprop") == "name"


def test_a_rounded_count_reads_its_exact_copy() -> None:
    page = lxml.html.fromstring(
        '<div><span id="a" title="1,237">1.2k</span><a aria-label="15,234 points"><b id="b">15.2k</b></a>'
        '<p><strong id="c">1.2k</strong> stars</p><span id="d" title="1,900">1.2k</span></div>'
    )
    own = page.get_element_by_id("a")
    assert exact_reading(own, page) == (own, "title")
    points = page.get_element_by_id("b")
    assert exact_reading(points, page) == (points.getparent(), "aria-label")
    # Two copies of "1.2k" whose figures disagree: no exact figure (1,900 is no 1.2k anyway).
    assert exact_reading(page.get_element_by_id("c"), page) == (own, "title")


def test_a_link_showing_its_shortened_address_is_read_from_its_href() -> None:
    assert shows_its_address(_element('<a href="https://www.acme.com/about">acme.com/about…</a>', "//a"))
    assert not shows_its_address(_element('<a href="https://acme.com/">Visit us</a>', "//a"))
    assert not shows_its_address(_element('<a href="https://other.org/">acme.com</a>', "//a"))


def test_a_tab_strip_after_the_current_tab_is_no_next_page() -> None:
    tabs = (
        '<div class="page-responsive"><nav aria-label="Repository"><ul>'
        '<li><a href="/acme/r" aria-current="page">Code</a></li><li><a href="/acme/r/issues">Issues 41</a></li>'
        "</ul></nav></div>"
    )
    url = "https://code.example/acme/r"
    assert after_current(Selector(text=tabs), url) is None
    pager = (
        '<ul class="pagination"><li class="active"><a href="?page=1">1</a></li><li><a href="?page=2">2</a></li></ul>'
    )
    assert after_current(Selector(text=pager), url) is not None


def test_prose_opening_with_a_link_beside_a_list_of_other_pages_keeps_the_list() -> None:
    rows = "".join(
        f'<tr><td><a href="/wiki/Tower_{i}">Tower {i}</a></td><td>{300 + i} m</td><td>{2000 + i}</td></tr>'
        for i in range(12)
    )
    html = (
        "<html><body><main><h1>List of tallest towers</h1>"
        f'<p>This <a href="/wiki/List">list</a> {PROSE}</p><table>{rows}</table></main></body></html>'
    )
    assert analyze_page(html, "https://wiki.example/wiki/List_of_tallest_towers").spec.mode == "list"


def test_the_rooms_of_a_booking_form_are_one_list_of_offers() -> None:
    rows = "".join(
        f'<tr><td><h3><a href="#RD{i}">{name}</a></h3></td><td>€{140 + i}</td>'
        f'<td><select name="n{i}"><option>0</option><option>1</option></select></td></tr>'
        for i, name in enumerate(["Standard Double Room", "Deluxe Double Room", "Junior Suite"])
    )
    page = Selector(
        text=f'<main><form id="rooms"><table>{rows}</table><button type="submit">Reserve</button></form></main>'
    )
    container = page.root.xpath("//main")[0]
    offers = offer_names(page.css("main")[0], container, set())
    assert offers is not None and offers.many
    assert page.css(offers.selector + " ::text").getall() == [
        "Standard Double Room",
        "Deluxe Double Room",
        "Junior Suite",
    ]


def test_a_permalink_to_the_page_itself_is_no_website() -> None:
    html = (
        '<html><head><link rel="canonical" href="https://wiki.example/wiki/Tower"></head><body><main>'
        '<p>Retrieved from <a href="https://wiki.example/wiki/Tower">https://wiki.example/wiki/Tower</a></p>'
        "</main></body></html>"
    )
    container = lxml.html.fromstring(html).xpath("//main")[0]
    assert website_link(container, set()) is None


def test_a_list_reads_a_rounded_count_from_its_aria_label() -> None:
    cards = "".join(
        f'<li class="post"><h3><a href="/p/{i}">Post number {i} about bread</a></h3>'
        f'<span class="score" aria-label="{15 + i},{234 + i} points">{15 + i}.2k</span>'
        f"<span class='who'>user{i}</span></li>"
        for i in range(8)
    )
    html = f"<html><body><main><ul>{cards}</ul></main></body></html>"
    url = "https://forum.example/top"
    profile = analyze_page(html, url)
    first = dict(next(iter(extract_records(html, url, profile.spec))))
    assert 15234 in first.values() or "15,234 points" in first.values()


def test_a_board_whose_cards_link_below_its_own_address_stays_a_list() -> None:
    """Greenhouse lists a company's jobs at ``/acme/`` and shows each at ``/acme/jobs/N``: the cards
    lead below the page's address, yet they are other pages, not parts of one entity."""
    cards = "".join(
        f'<div class="opening"><a href="/acme/jobs/44178{i}004">Engineer {i}, Platform</a>'
        f'<span class="location">Remote, {city}</span></div>'
        for i, city in enumerate(["Berlin", "London", "Lisbon", "Dublin", "Paris", "Madrid", "Oslo"])
    )
    html = (
        '<html><body><div id="main"><h1>Current openings at Acme</h1>'
        f'<div id="intro"><p><strong>Acme</strong> {PROSE}</p></div>'
        f'<section class="level-0"><h3>Engineering</h3>{cards}</section></div></body></html>'
    )
    profile = analyze_page(html, "https://boards.example/acme/")
    assert profile.spec.mode == "list"
    assert [r["title"] for r in profile.sample_records][:3] == [
        "Engineer 0, Platform",
        "Engineer 1, Platform",
        "Engineer 2, Platform",
    ]
