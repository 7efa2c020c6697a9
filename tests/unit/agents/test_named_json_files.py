"""A list page whose markup holds no records, whose app script sits on a host that cannot be reached, and
which names its list's JSON file literally (a script's string, a data attribute, a preload link, a config
object, two constants joined): the file, on the page's own host, is read as the list when its records
carry titles; a file of settings, translations or a menu is not, and the markup's own records stay first."""

from __future__ import annotations

import json
from typing import Any

import pytest
from parsel import Selector

from agents.builder import build_spider
from agents.heuristics.titledrecords import holds_titles
from agents.namedjson import _script_paths, named_json_files
from agents.survey import probed_pages, survey_page
from pipeline.core.exceptions import NoRecordsFound
from pipeline.core.extract import make_selector
from pipeline.core.schemas import PageProfile
from tests.unit.servedpages import UnloadedScripts, crawl

SITE = "https://shop.example"
PAGE = f"{SITE}/catalog/tables"
UNREACHABLE = '<script src="https://cdn.invalid.example/app.js"></script>'
ITEMS = [
    {"id": 40 + n, "title": f"Walnut side table, oiled, model {n}", "price": f"{120 + n}.00", "slug": f"table-{n}"}
    for n in range(1, 8)
]


def _shell(head: str = "", body: str = "", script: str = "") -> bytes:
    """The page as served: the site's chrome around an empty mount, the app script on another host."""
    inline = f"<script>{script}</script>" if script else ""
    return (
        f"<html><head><title>Side tables</title>{UNREACHABLE}{head}</head><body>"
        "<header><nav><a href='/'>Home</a> <a href='/catalog'>Catalog</a> <a href='/about'>About</a></nav></header>"
        f"<main><h1>Side tables</h1><div id='app'></div>{body}</main><footer>Shop Example, since 1998</footer>"
        f"{inline}</body></html>"
    ).encode()


def _site(page: bytes, files: dict[str, Any]) -> UnloadedScripts:
    served = {PAGE: page} | {SITE + path: json.dumps(document).encode() for path, document in files.items()}
    return UnloadedScripts(served, is_json=lambda url: ".json" in url)


def _scouted(site: UnloadedScripts) -> PageProfile:
    first = site.fetch(PAGE)
    return probed_pages(first, survey_page(first, site), site)


def _named(page: bytes) -> list[str]:
    return named_json_files(make_selector(page, PAGE), PAGE)


# --- the files a page names -------------------------------------------------------------------------


def test_the_files_a_page_names_in_scripts_attributes_and_links_are_found_on_its_own_host() -> None:
    assert _named(_shell(script='fetch("data/listings.json").then(r => r.json()).then(draw)')) == [
        f"{SITE}/catalog/data/listings.json"
    ]
    assert _named(_shell(body="<section data-src='/api/items.json'></section>")) == [f"{SITE}/api/items.json"]
    assert _named(_shell(head="<link rel='preload' as='fetch' href='/feeds/all' crossorigin>")) == [f"{SITE}/feeds/all"]
    assert _named(_shell(script='window.CONFIG = {"endpoint": "/feeds/x.json", "theme": "dark"};')) == [
        f"{SITE}/feeds/x.json"
    ]
    # one script, other hosts' files and stylesheets left out
    foreign = _shell(
        head="<link rel='preload' as='style' href='/site.css'>", script='get("https://cdn.invalid.example/a.json")'
    )
    assert _named(foreign) == []


def test_a_file_named_by_joined_pieces_or_a_page_template_is_found_as_a_first_view_asks_it() -> None:
    joined = _shell(script='var BASE = "/api"; var PATH = "/items.json"; App.load(BASE + PATH);')
    assert _named(joined) == [f"{SITE}/api/items.json"]
    template = _shell(script='const ROOT = "/data"; App.load(`${ROOT}/tables.json`);')
    assert _named(template) == [f"{SITE}/data/tables.json"]
    paged = _shell(script='var n = 1; App.load("/api/items.json?page=" + n);')
    assert _named(paged) == [f"{SITE}/api/items.json?page=1"]
    by_offset = _shell(script='App.load("list.json?offset=" + start);')
    assert _named(by_offset) == [f"{SITE}/catalog/list.json?offset=0"]


# --- what reads as a list -----------------------------------------------------------------------------


def test_records_with_titles_are_a_list_labels_and_settings_are_not() -> None:
    assert holds_titles(ITEMS)
    assert holds_titles([{"headline": f"Council approves the new bridge over the river, phase {n}"} for n in range(4)])
    menu = [{"label": label, "href": f"/{label.lower()}"} for label in ("Home", "Shop", "Journal", "Contact")]
    assert not holds_titles(menu)
    settings = [{"key": f"checkout.step_{n}", "value": n * 10} for n in range(5)]
    assert not holds_titles(settings)
    links = [{"name": f"/catalog/page-{n}/index.html"} for n in range(5)]
    assert not holds_titles(links)
    assert not holds_titles(ITEMS[:2])  # two items are no list


# --- the survey ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("page", "files"),
    [
        (_shell(script='fetch("data/listings.json").then(draw)'), {"/catalog/data/listings.json": {"items": ITEMS}}),
        (_shell(body="<div data-src='/api/items.json'></div>"), {"/api/items.json": {"data": {"results": ITEMS}}}),
        (_shell(head="<link rel='preload' as='fetch' href='/data/bare.json'>"), {"/data/bare.json": ITEMS}),
        (_shell(script='var CONFIG = {"endpoint": "feeds/tables.json"};'), {"/catalog/feeds/tables.json": ITEMS}),
        (_shell(script='var B = "/api"; var P = "/items.json"; load(B + P);'), {"/api/items.json": {"items": ITEMS}}),
    ],
    ids=["relative-fetch", "data-attribute", "preload", "config-object", "joined-constants"],
)
def test_a_page_without_records_reads_the_json_file_it_names(page: bytes, files: dict[str, Any]) -> None:
    profile = _scouted(_site(page, files))
    assert profile.spec.mode == "list" and profile.spec.json_source is not None
    assert profile.record_count == len(ITEMS)
    assert [r["title"] for r in profile.sample_records] == [item["title"] for item in ITEMS]
    assert any("the JSON file the page names" in note for note in profile.notes)


def test_a_file_of_titles_only_is_a_list_of_one_field() -> None:
    chapters = [{"title": f"Chapter {n}: the long road home"} for n in range(1, 6)]
    profile = _scouted(_site(_shell(script='load("/data/chapters.json")'), {"/data/chapters.json": chapters}))
    assert [r["title"] for r in profile.sample_records] == [c["title"] for c in chapters]


def test_the_page_names_its_translations_and_menu_before_its_list_and_only_the_list_is_read() -> None:
    entries = {"entries": [{"label": label, "href": f"/{label.lower()}"} for label in ("Home", "Shop", "Journal")]}
    strings = {"locale": "en", "strings": {"cart": "Add to cart", "checkout": "Proceed to checkout"}}
    page = _shell(
        head="<link rel='preload' as='fetch' href='/i18n/en.json'>",
        script='App.init({"nav": "data/links.json", "list": "data/tables.json"});',
    )
    files = {"/i18n/en.json": strings, "/catalog/data/links.json": entries, "/catalog/data/tables.json": ITEMS}
    profile = _scouted(_site(page, files))
    assert profile.spec.json_source is not None
    assert profile.spec.json_source.endpoint == f"{SITE}/catalog/data/tables.json"
    assert profile.record_count == len(ITEMS)


def test_a_page_naming_only_its_menu_and_settings_still_has_no_records() -> None:
    entries = [{"label": label, "href": f"/{label.lower()}"} for label in ("Home", "Shop", "Journal", "Help")]
    options = {"options": [{"key": f"ui.panel_{n}", "value": n} for n in range(5)]}
    page = _shell(body="<div data-config='settings/ui.json'></div>", script='App.init({"nav": "data/links.json"});')
    with pytest.raises(NoRecordsFound):
        _scouted(_site(page, {"/catalog/data/links.json": entries, "/catalog/settings/ui.json": options}))


def test_the_markups_own_records_stay_first() -> None:
    cards = "".join(
        f"<li class='card'><h2><a href='/p/{n}'>Oak bench number {n} with drawer</a></h2>"
        f"<span class='price'>${200 + n}.00</span></li>"
        for n in range(1, 6)
    )
    page = _shell(body=f"<ul class='products'>{cards}</ul>", script='fetch("data/other.json")')
    profile = _scouted(_site(page, {"/catalog/data/other.json": {"items": ITEMS}}))
    assert profile.spec.json_source is None
    assert [r["title"] for r in profile.sample_records][:2] == [
        "Oak bench number 1 with drawer",
        "Oak bench number 2 with drawer",
    ]


# --- what `sdp add` builds and crawls --------------------------------------------------------------


def test_the_built_spider_exports_the_named_files_records() -> None:
    site = _site(
        _shell(body="<div data-src='/api/items.json'></div>"), {"/api/items.json": {"data": {"results": ITEMS}}}
    )
    built = build_spider("tables", _scouted(site), site)
    records = crawl(built.spec, site)
    assert [r["title"] for r in records] == [item["title"] for item in ITEMS]
    assert built.spec.json_source is not None and built.spec.json_source.endpoint == f"{SITE}/api/items.json"


def test_a_bracketed_parameter_appended_to_a_json_file_is_left_out() -> None:
    """``"/data/items.json?filter[type]=" + t``: the value is unknown, the file is still tried, without it."""
    html = (
        '<html><body><script>var t = document.querySelector("#t").value;'
        'load("/data/items.json?filter[type]=" + t); load("/data/all.json?a=1&sort[by]=" + s);</script></body></html>'
    )
    assert _script_paths(Selector(text=html)) == ["/data/items.json", "/data/all.json?a=1"]
