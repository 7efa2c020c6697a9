"""A value before a status badge, a tab set's wrapper, identifiers with their scheme, a list beside
a rail of other items, and the page text that decides which JSON values are shown."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html  # type: ignore[import-untyped]
from parsel import Selector

from agents.heuristics.badgedtexts import text_before_badge
from agents.heuristics.identifiers import captioned_identifier_kind
from agents.heuristics.phrases import shared_number_label
from agents.heuristics.sitechrome import in_chrome
from agents.heuristics.textowner import owns_text
from agents.jsonscout import shown_share, shown_text
from tests.unit.agents.conftest import spec_and_records

URL = "https://pkgs.example/project/harborkit/"

RELEASES = [
    ("3.3.0b2", "pre-release", "2025-02-11"),
    ("3.3.0b1", "pre-release", "2025-01-20"),
    ("3.2.0", None, "2024-10-07"),
    ("3.2.0rc1", "pre-release", "2024-09-24"),
    ("3.1.4", None, "2024-08-30"),
    ("3.1.3", None, "2024-07-02"),
    ("3.1.2", "yanked", "2024-06-28"),
    ("3.1.1", None, "2024-05-14"),
    ("3.1.0", None, "2024-04-03"),
]


def _release(version: str, badge: str | None, day: str) -> str:
    kind = "warning" if badge == "pre-release" else "danger"
    shown = f'\n  {version}\n  <span class="badge badge--{kind}">{badge}</span>\n' if badge else f"\n  {version}\n"
    return (
        f'<div class="release"><a class="card release__card" href="/project/harborkit/{version}/">'
        f'<p class="release__version">{shown}</p>'
        f'<p class="release__version-date"><time datetime="{day}T09:00:00+0000">{day}</time></p></a></div>'
    )


#: The project's banner above its tabs: links and words enough that the tab set frames no page.
_HEADER = (
    '<div class="package-header">'
    + "".join(f"<p><a href='/v/{n}'>Version {n} notes</a></p>" for n in range(12))
    + "</div>"
)


def _release_page(wrapper: str = "{}") -> str:
    timeline = '<div class="release-timeline">' + "".join(_release(*r) for r in RELEASES) + "</div>"
    return (
        '<html><body><header class="site-header"><a href="/">Home</a></header><main id="content">'
        f"<h1>harborkit</h1>{_HEADER}{wrapper.format(timeline)}</main></body></html>"
    )


def _element(markup: str) -> lxml_html.HtmlElement:
    return lxml_html.fragment_fromstring(markup)


@pytest.mark.parametrize(
    ("markup", "lead"),
    [
        ('<p>3.3.0b2 <span class="badge badge--warning">pre-release</span></p>', "3.3.0b2"),
        ('<h3>Primavera Sound <span class="tag">Sold out</span></h3>', "Primavera Sound"),
        ('<p>1.0 <span class="pill">yanked</span></p>', "1.0"),
    ],
)
def test_the_text_before_a_status_badge_is_a_value_of_its_own(markup: str, lead: str) -> None:
    element = _element(markup)
    assert text_before_badge(element) == lead
    assert not owns_text(element)  # the badge is walked as a slot of its own


@pytest.mark.parametrize(
    "markup",
    [
        "<p>3.3.0b2 <span>pre-release</span></p>",  # no class calls the child a badge
        '<p>Status: <span class="badge">open</span></p>',  # a caption before the value
        '<p>Python <span class="tag-count">12</span></p>',  # a count, not a badge word
        '<p>3.1 <span class="badge">yanked</span> today</p>',  # text goes on after the child
    ],
)
def test_other_children_are_no_trailing_badge(markup: str) -> None:
    assert text_before_badge(_element(markup)) is None


def test_a_version_with_a_badge_on_some_releases_reads_both_values() -> None:
    _spec, records = spec_and_records(_release_page(), URL)
    assert [r.get("version") for r in records] == [v for v, _b, _d in RELEASES]
    badges = [r for r in records if any(v in ("pre-release", "yanked") for v in r.values())]
    assert len(badges) == sum(1 for _v, b, _d in RELEASES if b)
    badge_field = next(n for n, v in badges[0].items() if v == "pre-release")
    assert [r.get(badge_field) for r in records] == [b for _v, b, _d in RELEASES]


TABS = (
    '<div class="tabs-container"><div class="vertical-tabs"><nav class="vertical-tabs__tabs"><a href="#a">A</a></nav>'
    '<div class="vertical-tabs__panel"><div id="a" role="tabpanel">{}</div></div></div></div>'
)


def test_the_container_of_a_tab_set_and_its_panels_is_no_chrome() -> None:
    # A project header beside the tab set: the set frames no page, its chrome-sounding class is asked.
    banner = '<div class="package-header">' + "".join(f"<p><a href='/v/{n}'>v{n}</a></p>" for n in range(12)) + "</div>"
    page = lxml_html.fromstring(f"<html><body><main>{banner}{TABS.format('<p id=inside>x</p>')}</main></body></html>")
    inside = page.get_element_by_id("inside")
    assert not in_chrome(inside)


def test_a_list_inside_a_tab_panel_three_levels_down_is_the_pages_list() -> None:
    spec, records = spec_and_records(_release_page(TABS), URL)
    assert spec.mode == "list" and len(records) == len(RELEASES)


@pytest.mark.parametrize(
    ("texts", "kind"),
    [
        (["arXiv:2411.09812", "arXiv:2411.09690"], "arxiv"),
        (["PMID: 38012345", "PMID: 37999012"], "pmid"),
        (["arXiv:2411.09812", "score: 12"], None),
    ],
)
def test_an_identifier_written_with_its_scheme_is_one_value(texts: list[str], kind: str | None) -> None:
    assert captioned_identifier_kind(texts) == kind
    if kind is not None:
        assert shared_number_label(texts) is None  # "arXiv:" is no caption of a number


def test_a_caption_before_a_count_is_still_stripped() -> None:
    assert shared_number_label(["score: 3,456", "score: 12"]) == "score:"


def test_an_arxiv_id_is_read_as_shown() -> None:
    ids = ["2411.09812", "2411.09690", "2411.09755", "2411.09001", "2411.08870", "2411.08100"]
    cards = "".join(
        f'<li class="paper"><a class="title" href="/abs/{i}">Paper number {n} on archives</a>'
        f'<a class="abs" href="/abs/{i}">arXiv:{i}</a><span class="who">Author {n}</span></li>'
        for n, i in enumerate(ids)
    )
    spec, records = spec_and_records(
        f"<html><body><main><ul>{cards}</ul></main></body></html>", "https://x.example/list"
    )
    field = next(f for f in spec.fields if f.name == "arxiv")
    assert field.type == "text" and not field.strip_label
    assert [r["arxiv"] for r in records] == [f"arXiv:{i}" for i in ids]


def _dl_entry(n: int) -> str:
    return (
        f'<dt><a name="item{n}">[{n}]</a> <a href="/abs/2411.0{n:04d}" title="Abstract">arXiv:2411.0{n:04d}</a> '
        f'[<a href="/pdf/2411.0{n:04d}" title="Download PDF">pdf</a>]</dt>'
        f'<dd><div class="meta"><div class="list-title">Title number {n} of a paper on archives</div>'
        f'<div class="list-authors"><a href="/a/{n}">Author {n}</a>, <a href="/b/{n}">Other {n}</a></div>'
        f'<div class="list-subjects">Digital Libraries (cs.DL); Subject {n}</div></div></dd>'
    )


def _rail_card(n: int) -> str:
    return (
        f'<article class="product-card"><a href="/p/{n}"><img src="/i/{n}.jpg" alt="Lamp {n}"></a>'
        f'<h3><a href="/p/{n}">Copper Lamp {n}</a></h3><span class="price">${20 + n}.00</span>'
        f'<span class="note">Free delivery</span></article>'
    )


def test_entries_beside_a_rail_of_other_items_are_read_whole() -> None:
    entries = (
        '<div id="dlpage"><h3>Fri, 15 Nov 2024</h3><dl>' + "".join(_dl_entry(n) for n in range(1, 9)) + "</dl></div>"
    )
    rail = (
        '<section class="related"><h2>You may also like</h2><div class="rail">'
        + "".join(_rail_card(n) for n in range(8))
        + "</div></section>"
    )
    page = f"<html><body><main>{entries}{rail}</main></body></html>"
    spec, records = spec_and_records(page, "https://x.example/list/cs.DL/recent")
    assert spec.record_span == 2  # the dt with its identifier and links, then the dd
    assert all(str(r.get("url", "")).endswith(f"/abs/2411.0{n:04d}") for n, r in enumerate(records, 1))


def _shop_page(footer: str) -> str:
    return (
        '<html><body><header class="site-header"><nav><a href="/sale">Sale</a></nav></header>'
        '<main><h1>Products</h1><div id="grid"></div></main>'
        f'<footer class="site-footer">{footer}</footer>'
        '<div class="cookie-banner">We value your privacy</div></body></html>'
    )


def test_the_shown_text_leaves_the_sites_chrome_out() -> None:
    text = shown_text(Selector(text=_shop_page("<a href='/size'>Size guide</a>")))
    assert "Products" in text
    assert "Size guide" not in text and "Sale" not in text and "privacy" not in text
    records = [{"name": f"Hoodie {n}", "attr_1_name": "Size"} for n in range(6)]
    assert shown_share(records, "attr_1_name", text.casefold()) == 0.0


def test_a_chrome_classed_wrapper_holding_main_keeps_its_text() -> None:
    page = '<html><body><div class="page-header-wrapper"><main><p>Size chart for hoodies</p></main></div></body></html>'
    assert "Size chart" in shown_text(Selector(text=page))
