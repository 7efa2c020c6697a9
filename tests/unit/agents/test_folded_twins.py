"""Code once written twice, now one: the value a script appends to an address (``scriptcalls`` and
``namedjson``), a place's name (``placewords`` through ``names.slugify``), a fact's class words
(``classmarks`` through ``classtokens.semantic_classes``), and the ways to page 2 (``pagetwo``)."""

from __future__ import annotations

from lxml import html as lxml_html  # type: ignore[import-untyped]
from parsel import Selector

from agents.heuristics.classmarks import class_marks
from agents.heuristics.placewords import place_labels
from agents.namedjson import named_json_files
from agents.pagetwo import guessed_pagination, named_page, page_two_candidates
from agents.scriptcalls import appended_filled, called_urls

SITE = "https://shop.example"
YEARS = '<nav><a class="year-link" href="#" id="2015">2015</a><a class="year-link" href="#" id="2014">2014</a>'
YEARS += '<a class="year-link" href="#" id="2013">2013</a></nav>'


def _page(script: str, body: str = "") -> Selector:
    return Selector(text=f"<html><body><main>{body}</main><script>{script}</script></body></html>")


# --- the value a script appends -----------------------------------------------------------------


def test_a_page_number_an_offset_or_a_cursor_is_filled_as_a_first_view_asks_it_in_either_mode() -> None:
    page = _page("")
    for drop in (False, True):
        assert appended_filled(page, "/api/items?page=", drop_unknown=drop) == ["/api/items?page=1"]
        assert appended_filled(page, "/api/items?start=", drop_unknown=drop) == ["/api/items?start=0"]
        assert appended_filled(page, "/api/items?cursor=", drop_unknown=drop) == ["/api/items?cursor="]
        assert appended_filled(page, "/api/items/", drop_unknown=drop) == []  # a path's id: unknowable
        assert appended_filled(page, "/api/items.json", drop_unknown=drop) == ["/api/items.json"]


def test_another_value_takes_the_controls_choices_or_is_dropped() -> None:
    page = _page("", YEARS)
    tried = ["/films/?ajax=true&year=2015", "/films/?ajax=true&year=2014"]
    assert appended_filled(page, "/films/?ajax=true&year=") == tried
    assert appended_filled(page, "/films/?ajax=true&year=", drop_unknown=True) == ["/films/?ajax=true"]
    assert appended_filled(page, "/films.json?year=", drop_unknown=True) == ["/films.json"]


def test_both_callers_fill_alike() -> None:
    calls = _page('fetch("/films/?ajax=true&year=" + year); fetch("/feed?cursor=" + c);', YEARS)
    assert called_urls(calls, f"{SITE}/films/") == [
        f"{SITE}/films/?ajax=true&year=2015",
        f"{SITE}/films/?ajax=true&year=2014",
        f"{SITE}/feed?cursor=",
    ]
    files = _page('App.load("/api/items.json?year=" + y); App.load("/api/feed.json?cursor=" + c);', YEARS)
    # a JSON file's cursor is filled as a request call's is: empty, no token yet (test_first_view_asks)
    assert named_json_files(files, f"{SITE}/catalog") == [f"{SITE}/api/items.json", f"{SITE}/api/feed.json?cursor="]
    paged = _page('App.load("/api/items.json?lang=en&page=" + n); App.load("list.json?offset=" + o);')
    assert named_json_files(paged, f"{SITE}/catalog/") == [
        f"{SITE}/api/items.json?lang=en&page=1",
        f"{SITE}/catalog/list.json?offset=0",
    ]


# --- a place's name ----------------------------------------------------------------------------------


def test_a_place_is_named_as_slugify_writes_a_field_name() -> None:
    row = lxml_html.fragment_fromstring(
        '<ul><li><span title="Größe">L</span></li><li><span title="Matériau">Oak</span></li>'
        '<li><span title="2 Türen">x</span></li><li class="spec spec-fuelType">y</li><li class="spec spec-body">z</li>'
        "<li>w</li></ul>"
    )
    items = list(row)
    # letters beyond ASCII are written as their base letters, not cut out ("gr_sse", "mat_riau")
    assert place_labels([[items[0][0]], [items[1][0]]]) == ["grosse", "materiau"]
    # a caption opening with a figure still names its place, as every field name is kept a name
    assert place_labels([[items[2][0]], [items[3]], [items[4]], [items[5]]]) == ["f_2_turen", "fuel_type", "body", None]


# --- a fact's class words ---------------------------------------------------------------------------


def _runs(markup: str) -> list[list[lxml_html.HtmlElement]]:
    rows = lxml_html.fragment_fromstring(markup, create_parent="div")
    return [[e for e in row if isinstance(e.tag, str)] for row in rows]


def test_styled_components_names_mark_no_place() -> None:
    styled = '<p><b class="sc-a1b2c3-0 hCbzGp">3</b><b class="sc-a1b2c3-1 jKlMnP">2</b></p>'
    assert class_marks(_runs(styled * 3)) == {}
    marked = (
        '<p><b class="sc-a1b2c3-0 hCbzGp fact fact--bed">3</b><b class="sc-a1b2c3-1 jKlMnP fact fact--bath">2</b></p>'
    )
    runs = _runs(marked * 3)
    marks = class_marks(runs)
    assert [marks[id(e)].word for run in runs for e in run] == ["bed", "bath"] * 3


def test_hashes_and_utilities_still_mark_no_place() -> None:
    hashed = '<p><b class="n css-1x2y3z4">3</b><b class="n css-9q8w7e6">2</b></p>'
    assert class_marks(_runs(hashed * 3)) == {}
    utility = '<p><b class="n mt-2">3</b><b class="n px-4">2</b></p>'
    assert class_marks(_runs(utility * 3)) == {}


# --- the ways to page 2 ----------------------------------------------------------------------------


def test_page_two_is_asked_as_the_links_print_it_before_the_guess_from_the_address() -> None:
    url = f"{SITE}/list"
    html = Selector(
        text='<html><body><ul><li>a</li></ul><nav class="pagination"><span>1</span><a href="/list?p=2">2</a>'
        '<a href="/list?p=3">3</a><a href="/list?p=2">Next</a></nav></body></html>'
    )
    guess = guessed_pagination(url, 10, 3)
    assert (guess.param, guess.start, guess.max_pages) == ("page", 1, 3)
    assert [(c.param, c.start) for c in page_two_candidates(html, url, guess)] == [("p", 1), ("page", 1)]
    offset = guessed_pagination(f"{SITE}/list?start=0&limit=20", 20, None)
    assert (offset.kind, offset.param, offset.step) == ("offset", "start", 20)
    assert named_page(f"{SITE}/list?seite=2") == ("seite", "2")
    assert named_page(f"{SITE}/list?p=x") is None
