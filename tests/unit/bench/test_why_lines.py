"""The bench lines saying why (icon markup, pager link shape, detail step, survey trace, watched render), each on a
hand-made page, in shape only."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml.html import fragment_fromstring

import agents.survey as survey
from agents.fetch import FetchedPage
from agents.scout import analyze_page
from tests.bench.detailwhy import detail_why
from tests.bench.factrows import _items
from tests.bench.iconmarkup import icon_markup, shape
from tests.bench.linkshape import link_shape, number_step, text_shape
from tests.bench.probetrace import codes, tracing, unpaged_step
from tests.bench.renderwatch import Watched, summary
from tests.bench.scout_corpus import fold

URL = "http://site.invalid/shop/"


def test_shapes_keep_signs_and_hide_letters_and_digits() -> None:
    assert shape("fa fa-bed2") == "aa aa-aaa9"
    assert text_shape("Next  page 12 »") == "w w N »"


@pytest.mark.parametrize(
    ("item", "said"),
    [
        (
            '<li><i class="ico ico-bed"></i><b>3</b></li>',
            "i[class=aaa aaa-aaa] ::before via class only just before the value, known word, unread",
        ),
        (
            '<li><span style="background-image:url(x.png)"></span><b>3</b></li>',
            "span[style=background-image] just before the value, no known word",
        ),
        ('<li><img src="/i/bath.svg"><b>3</b></li>', "img[src=…/aaaa.svg] just before the value, known word"),
        (
            '<li><svg><use href="#zz-fork"/></svg><b>3</b></li>',
            "svg>use[href=#aa-aaaa] just before the value, no known word",
        ),
        ('<li><b class="pic-a1">3</b></li>', "b[class=aaa-a9] ::before via class only on the item, no known word"),
        (
            '<li><a class="btn" href="#r" title="Replies"><i class="ico ico-reply"></i></a><b>3</b></li>',
            "a[class=aaa href title]>i[class=aaa aaa-aaaaa] ::before via class only just before the value, no known",
        ),
        ("<li><b>3</b></li>", "no icon element, no known word"),
    ],
)
def test_the_icons_markup_is_said_in_shape(item: str, said: str) -> None:
    value = fragment_fromstring(item).find("b")
    assert icon_markup(value).startswith(said)


def test_a_row_whose_icons_differ_by_place_names_their_markup() -> None:
    from agents.heuristics.slots import Occurrence, Slot

    per_record = {}
    for n in range(4):
        row = fragment_fromstring(
            f'<ul><li><i class="k-x1"></i><b>{n}</b></li><li><i class="k-x2"></i><b>{n}</b></li></ul>'
        )
        per_record[n] = [Occurrence(b, b.text_content()) for b in row.iter("b")]
    said = _items(Slot(key=(), kind="text", many=True, per_record=per_record))
    markup = "i[class=a-a9] ::before via class only just before the value, no known word, unread"
    assert said == f"bare items, icons differ by place [{markup} ×8]"


def test_a_pager_links_text_picture_place_and_step_are_shaped() -> None:
    page = fragment_fromstring(
        '<nav><a href="/shop/?page=1">1</a><a href="/shop/?page=2">2</a>'
        '<a href="/shop/?page=2" title="x"><img alt="Go on" src="/img/arrow-r.png" class="ic"></a></nav>'
    )
    link = page.findall("a")[2]
    said = link_shape(link, "http://site.invalid/shop/?page=1")
    assert said == (
        "text empty, picture img alt=aa aa src=…/aaaaa-a.png class=aa, in a nav block of 2 other links, 2 numbered,"
        " page 1's address, one number +1"
    )
    assert number_step("http://h/a/", "http://h/a/page/2/") == "another address, a number more"


def _product_page() -> str:
    cards = "".join(
        f'<li class="card"><a href="/p/{n}">Oak side table model {n}</a><span class="price">€{100 + n}</span></li>'
        for n in range(6)
    )
    entity = '{"@context":"https://schema.org","@type":"Product","name":"Walnut dining table","offers":{"price":"899"}}'
    para = "<p>" + "This solid walnut dining table seats six people and is finished by hand with oil. " * 8 + "</p>"
    return (
        f'<html><head><script type="application/ld+json">{entity}</script></head><body><main>'
        f'<h1>Walnut dining table</h1><p class="price">€899</p>{para}{para}<h2>You may also like</h2>'
        f"<ul>{cards}</ul></main></body></html>"
    )


CARD_TITLES = {fold(f"Oak side table model {n}") for n in range(6)}


def test_the_detail_step_names_its_parts() -> None:
    said = detail_why(_product_page(), "http://site.invalid/p/x", CARD_TITLES, fold)
    assert said == (
        "best list: side block: says detail (JSON-LD Product); are_items yes, 6 cards (min 5), price of its own yes,"
        " JSON-LD items 0, name in heading yes, shared words 1.00 (of 3/3); owner no; titles' group is the best list"
    )


def test_codes_of_pagination_notes() -> None:
    assert codes(["pagination: none [no-pager] x", "other", "pagination: next link"]) == ["no-pager", "uncoded"]


def _list_page() -> FetchedPage:
    cards = "".join(
        f'<li class="card"><h3><a href="/item/{n}">Walnut serving tray number {n}</a></h3><p>${n}9.00</p></li>'
        for n in range(8)
    )
    body = f"<html><body><main><ul>{cards}</ul></main></body></html>".encode()
    return FetchedPage(URL, URL, 200, {"content-type": "text/html"}, body)


def test_the_said_unpaged_step_is_named() -> None:
    page = _list_page()
    profile = analyze_page(page.text, URL)
    assert profile.spec.mode == "list"
    profile = profile.model_copy(update={"notes": tuple(n for n in profile.notes if not n.startswith("pagination:"))})
    assert unpaged_step(page, profile).startswith("why_no_pager said ")
    noted = profile.model_copy(update={"notes": (*profile.notes, "pagination: none [no-pager] because")})
    assert unpaged_step(page, noted) == "a pagination note already [no-pager]"


@pytest.fixture
def refusing_probe(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    def step_link_pages(*_: object, refusals: list[str]) -> None:
        refusals.append("pagination: refused [page2-repeats] page 2 repeats page 1")

    monkeypatch.setattr(survey, "PAGE_PROBES", (step_link_pages,))
    yield


@pytest.mark.usefixtures("refusing_probe")
def test_a_watched_probe_says_its_refusal() -> None:
    with tracing() as trace:
        (probe,) = survey.PAGE_PROBES  # the survey's probes as ``probed_pages`` runs them, watched
        probe(None, None, refusals=[])
    assert trace.probes == ["step_link_pages refused [page2-repeats]"]


def test_the_watched_render_is_summed_in_shape() -> None:
    watched = Watched(
        requests=[(URL, "document"), ("http://site.invalid/data/items.json", "fetch"), ("http://cdn.x/a.js", "script")],
        statuses={"http://site.invalid/data/items.json": 404},
        failed=["net::ERR_NAME_NOT_RESOLVED"],
        errors=["Uncaught TypeError: x is null at 12"],
    )
    said = summary(watched, URL, "/data/items.json", "titles not shown")
    assert said == (
        "JSON file requested, status 404; 3 requests (document 1, fetch 1, script 1); 1 to another host; 1 failed"
        " (net::ERR_NAME_NOT_RESOLVED 1); 1 console/page errors, first: w w: w w w w N; titles not shown"
    )
    moved = Watched(requests=[("http://site.invalid/shop/data/items.json", "fetch")])
    assert summary(moved, URL, "/data/items.json", "titles not shown").startswith("JSON file requested at another path")


def test_the_pager_links_look_carries_its_finer_shape() -> None:
    from tests.bench.pagercheck import describe_link

    link = fragment_fromstring('<p><a href="/shop/?page=2">1</a> <a href="/shop/?page=3">Next ›</a></p>').findall("a")[
        1
    ]
    said = describe_link(link, "http://site.invalid/shop/?page=2")
    assert said.endswith("; text w ›, in a p block of 1 other links, 1 numbered, page 1's address, one number +1")


def test_a_page_read_as_detail_says_its_step() -> None:
    from tests.bench.matchshape import _scout

    said = _scout(_product_page(), "http://site.invalid/p/x", CARD_TITLES, fold)
    assert said.startswith("a detail page with structured data; JSON-LD Product")
    assert said.endswith("; best list: side block: " + said.split("; best list: side block: ", 1)[1])
    assert "are_items yes, 6 cards (min 5)" in said


def test_the_file_holding_the_titles_is_named_by_kind(tmp_path: Path) -> None:
    from tests.bench.titlesource import holding_file

    (tmp_path / "data").mkdir()
    held = tmp_path / "data" / "items.json"
    held.write_text('{"items": [{"name": "Oak side table model 1"}, {"name": "Oak side table model 2"}]}')
    page = tmp_path / "index.html"
    page.write_text("<html><body>Oak side table model 1</body></html>")
    texts = {held: held.read_text(), page: page.read_text()}
    assert holding_file(texts, tmp_path, CARD_TITLES, fold) == (2, held, "/data/items.json")


def test_the_survey_traces_are_counted_by_shape() -> None:
    from tests.bench.scout_corpus import SiteResult, _guarded, _traces, score

    zero = score([{"title": "x"}], [], "http://h/")
    results = [SiteResult("a", "k", True, zero, 1.0, survey_trace=t) for t in ("no note → x", "no note → x", "")]
    assert _traces(results) == "no note → x ×2"
    assert _guarded(lambda: 1 / 0) == "line failed (ZeroDivisionError)"


def test_an_owners_page_read_as_detail_says_which_of_the_owners_conditions_failed() -> None:
    # A hotel's page whose priced cards each lead to another hotel: its neighbours, not its rooms.
    page = _product_page().replace('"@type":"Product"', '"@type":"Hotel"')
    said = detail_why(page, "http://site.invalid/p/x", CARD_TITLES, fold)
    assert "owner yes: cards' text share 0." in said
    assert "priced 1.00 (min 0.6), titled and distinct yes, lead elsewhere yes" in said
