"""An inline icon's ``<desc>`` and ``<title>`` are no text of the element around it: a visitor never
sees the one and sees the other only as a tooltip. A drawing read itself still says its title (a
rating's "4.5 of 5 bubbles"), and an icon-only pager link is still named by its icon's title."""

from __future__ import annotations

from lxml import html as lxml_html  # type: ignore[import-untyped]
from parsel import Selector

from agents.heuristics.dom import full_text
from agents.heuristics.nextbuttons import _selectors
from agents.heuristics.nodevalues import picture_name
from agents.heuristics.pagination import find_pagination
from agents.heuristics.prevlinks import previous_link
from agents.scout import analyze_page
from pipeline.core.extract import extract_records, make_selector, next_page_url, node_text
from pipeline.core.pagingspec import PaginationSpec
from pipeline.core.schemas import FieldSpec, ScraperSpec

URL = "https://photos.test/s/photos/waves"
CHECK = (
    '<svg width="12" height="12" viewBox="0 0 32 32" aria-hidden="false"><desc lang="en-US">A checkmark inside'
    ' of a circle</desc><path d="M16 0C7.2 0 0 7.2 0 16z"></path></svg>'
)
HEART = '<svg aria-hidden="false"><title>Like</title><desc>A heart</desc><path d="M0 0"></path></svg>'
NAMES = ["Mara Quint", "Vera Holub", "Joel Okafor", "Anika Lindqvist", "Finn Calloway", "Tomás Herrera"]


def _cell(body: str) -> str:
    return node_text(make_selector(f"<html><body><div id='c'>{body}</div></body></html>", URL).css("#c")[0])


def test_an_icons_desc_and_title_are_no_text_of_the_element_around_it() -> None:
    assert _cell(f"<a href='/hire'>Available for hire {CHECK}</a>") == "Available for hire"
    assert _cell(f"<button>{HEART}</button> 12") == "12"


def test_text_an_svg_draws_still_shows() -> None:
    assert _cell('<svg><text x="0" y="9">Route 66</text></svg>') == "Route 66"


def test_a_drawing_read_itself_still_says_its_title() -> None:
    page = make_selector(f"<html><body><div id='r'>{HEART}</div></body></html>", URL)
    assert node_text(page.css("#r")[0]) == ""
    assert node_text(page.css("#r svg")[0]).startswith("Like")
    svg = lxml_html.fromstring('<div><svg role="img"><title>4.5 of 5 bubbles</title></svg></div>').find("svg")
    assert picture_name(svg) == (None, "4.5 of 5 bubbles")


def test_the_scouts_reading_agrees_with_the_engines() -> None:
    body = f"<html><body><div id='c'><span>Available for hire</span> {CHECK} <b>Leeds</b></div></body></html>"
    element = lxml_html.fromstring(body).get_element_by_id("c")
    assert full_text(element) == _cell(f"<span>Available for hire</span> {CHECK} <b>Leeds</b>")
    assert full_text(element) == "Available for hire Leeds"


def _grid() -> str:
    cards = "".join(
        f"""<figure class="photo"><a class="shot" href="/photos/wave-{n}"><img alt="a wave {n} at night"
 src="/img/{n}.jpg"></a><div class="by"><a class="author" href="/@{name.split()[0].lower()}">{name}</a>
 {f'<a class="hire" href="/hire">Available for hire {CHECK}</a>' if n % 2 else ""}
 <button class="like" type="button">{HEART}</button></div></figure>"""
        for n, name in enumerate(NAMES)
    )
    return f"<html><head><title>Waves</title></head><body><main><div class='grid'>{cards}</div></main></body></html>"


def test_no_proposed_or_extracted_value_holds_an_icons_desc() -> None:
    page = _grid()
    profile = analyze_page(page, URL)
    records = [dict(r) for r in extract_records(page, URL, profile.spec)]
    said = [str(v) for r in [*records, *profile.sample_records] for v in r.values()]
    assert "Available for hire" in said
    assert not any("checkmark" in v or "heart" in v.lower() for v in said)


def _pager(arrow: str) -> Selector:
    cards = "".join(f'<li class="home"><a href="/homes/{n}">Home {n}</a> <b>${n}00,000</b></li>' for n in range(6))
    body = f'<ul class="homes">{cards}</ul><nav class="pages"><ul>{arrow}</ul></nav>'
    return Selector(text=f"<html><body>{body}</body></html>", base_url=f"{URL}/2_p/", type="html")


def _icon_link(href: str, title: str) -> str:
    return f'<li><a class="pg" href="{href}"><svg aria-hidden="true"><title>{title}</title></svg></a></li>'


def test_an_icon_only_next_link_is_named_by_its_icons_title() -> None:
    icon = _icon_link("/s/photos/waves/3_p/", "Next page")
    found = find_pagination(_pager(icon), f"{URL}/2_p/").spec
    assert found.kind == "next_link"
    assert next_page_url(_pager(icon), f"{URL}/2_p/", _spec(found), page_number=2) == f"{URL}/3_p/"


def test_an_icon_only_previous_link_is_named_by_its_icons_title() -> None:
    icon = _icon_link("/s/photos/waves/1_p/", "Previous page")
    found = previous_link(_pager(icon), f"{URL}/2_p/")
    assert found is not None and found[1] == "/s/photos/waves/1_p/"
    assert "title" in found[0]


def test_an_icon_only_next_button_is_found_by_its_icons_title() -> None:
    button = lxml_html.fromstring(
        '<div><button class="x1" data-page="3"><svg><title>Next page</title></svg></button></div>'
    ).find("button")
    assert 'button[data-page]:has(svg > title:contains("Next page"))' in _selectors(button, "data-page")


def _spec(pagination: PaginationSpec) -> ScraperSpec:
    title = FieldSpec(name="title", type="title", selector="a")
    return ScraperSpec(start_url=URL, record_selector="li.home", fields=(title,), pagination=pagination)
