"""Copies of public scraping sandboxes and JavaScript-backed pages, run through the real CLI.

Each site under tests/sites/practice copies the markup (and the JSON endpoints) of a well-known
practice site or framework; the test adds it with ``sdp add`` and checks the exported records
against what a person reading the site would write down.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import pytest

from tests.conftest import SITES, Site, _QuietHandler, serve, use_home
from tests.e2e.conftest import assert_ok, sdp, shared_home

pytestmark = pytest.mark.slow
PRACTICE = SITES / "practice"
LAPTOPS = json.loads((PRACTICE / "webscraper" / "expected.json").read_text(encoding="utf-8"))


class _PracticeHandler(_QuietHandler):
    """Like the real servers: query parameters in any order, pages served without an extension."""

    def translate_path(self, path: str) -> str:
        base, _, query = path.partition("?")
        query = query.split("#")[0]
        translated = super().translate_path(base)
        if not query:
            return translated
        folder, name = os.path.split(translated)
        wanted = sorted(parse_qsl(query, keep_blank_values=True))
        if os.path.isdir(folder):
            for entry in os.listdir(folder):
                stem, at, kept = entry.partition("@")
                if at and stem == name and sorted(parse_qsl(kept, keep_blank_values=True)) == wanted:
                    return os.path.join(folder, entry)
        return f"{translated}@{query}"

    def guess_type(self, path: str | os.PathLike[str]) -> str:
        name = os.path.basename(os.fspath(path))
        if "@" in name or "." not in name:
            try:
                with open(path, "rb") as body:
                    start = body.read(64).lstrip()[:1]
            except OSError:
                return "text/html"
            return "application/json" if start in (b"{", b"[") else "text/html"
        return super().guess_type(path)


def _serve(root: Path) -> Iterator[Site]:
    yield from serve(root, _PracticeHandler)


# The sites only serve files: one server each for the module, so that a page two tests read is
# added once (see ``added_once``).
@pytest.fixture(scope="module")
def webscraper() -> Iterator[Site]:
    yield from _serve(PRACTICE / "webscraper")


@pytest.fixture(scope="module")
def scrapethissite() -> Iterator[Site]:
    yield from _serve(PRACTICE / "scrapethissite")


@pytest.fixture(scope="module")
def toscrape() -> Iterator[Site]:
    yield from _serve(PRACTICE / "toscrape")


def _added(url: str, name: str) -> list[dict[str, Any]]:
    assert_ok(sdp("add", url, "--name", name))
    records: list[dict[str, Any]] = sdp("export", name, "--format", "json").json()
    return records


@pytest.fixture(scope="module")
def _added_homes() -> dict[tuple[str, str], tuple[Path, list[dict[str, Any]]]]:
    return {}


@pytest.fixture
def added_once(
    _added_homes: dict[tuple[str, str], tuple[Path, list[dict[str, Any]]]],
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> Callable[[str, str], list[dict[str, Any]]]:
    """``_added`` for a page several tests only read: added once in a home of its own, which the
    test then runs in."""

    def added(url: str, name: str) -> list[dict[str, Any]]:
        if (url, name) not in _added_homes:
            with shared_home(tmp_path_factory.mktemp(name) / "home") as home:
                _added_homes[url, name] = home, _added(url, name)
        home, records = _added_homes[url, name]
        use_home(monkeypatch, home)
        return records

    return added


def _amount(value: Any) -> float | None:
    return float(value["amount"]) if isinstance(value, dict) else None


def _check_laptops(records: list[dict[str, Any]], *, with_reviews: bool = True) -> None:
    assert len(records) == len(LAPTOPS)
    got = {(r["data"]["title"], _amount(r["data"]["price"])) for r in records}
    assert got == {(e["title"], e["price"]) for e in LAPTOPS}  # the whole title, not the card's "Asus VivoBook X4..."
    assert {r["data"]["description"] for r in records} == {e["description"] for e in LAPTOPS}
    if with_reviews:
        assert {(r["data"]["title"], r["data"]["reviews"], r["data"]["rating"]) for r in records} == {
            (e["title"], e["reviews"], float(e["stars"])) for e in LAPTOPS
        }


def test_webscraper_numbered_pagination(webscraper: Site) -> None:
    records = _added(webscraper.page("test-sites/e-commerce/static/computers/laptops"), "static")
    _check_laptops(records)
    assert {r["url"] for r in records} == {
        webscraper.page(f"test-sites/e-commerce/static/product/{e['id']}") for e in LAPTOPS
    }


@pytest.mark.parametrize("kind", ["more", "scroll"])
def test_webscraper_load_more_and_infinite_scroll(webscraper: Site, kind: str) -> None:
    _check_laptops(_added(webscraper.page(f"test-sites/e-commerce/{kind}/computers/laptops"), kind))


def test_webscraper_ajax_pagination_with_page_buttons(webscraper: Site) -> None:
    _check_laptops(_added(webscraper.page("test-sites/e-commerce/ajax/computers/laptops"), "ajax"), with_reviews=False)
    # The laptops are JSON in the page's data-items attribute: read as data, without a browser.
    code = assert_ok(sdp("show", "ajax", "--code")).out
    assert "::attr(data-items)" in code and "'render': 'http'" in code


def test_scrapethissite_films_come_from_the_ajax_call_in_the_script(
    scrapethissite: Site, added_once: Callable[[str, str], list[dict[str, Any]]]
) -> None:
    records = added_once(scrapethissite.page("pages/ajax-javascript/"), "oscars")
    films = json.loads((scrapethissite.root / "pages/ajax-javascript/@ajax=true&year=2015").read_text())
    got = {(r["data"]["title"], r["data"]["awards"], r["data"]["nominations"]) for r in records}
    assert got >= {(f["title"], f["awards"], f["nominations"]) for f in films}


def test_scrapethissite_films_of_every_year_the_page_lists(
    scrapethissite: Site, added_once: Callable[[str, str], list[dict[str, Any]]]
) -> None:
    records = added_once(scrapethissite.page("pages/ajax-javascript/"), "oscars")
    folder = scrapethissite.root / "pages/ajax-javascript"
    films = [f for year in folder.glob("@ajax=true&year=*") for f in json.loads(year.read_text())]
    assert len(films) > 12
    assert sorted((r["data"]["title"], r["data"]["year"]) for r in records) == sorted(
        (f["title"], f["year"]) for f in films
    )


def test_scrapethissite_json_endpoint_added_directly(scrapethissite: Site) -> None:
    url = scrapethissite.page("pages/ajax-javascript/?ajax=true&year=2015")
    records = _added(url, "oscars2015")
    films = json.loads((scrapethissite.root / "pages/ajax-javascript/@ajax=true&year=2015").read_text())
    assert {(r["data"]["title"], r["data"]["awards"]) for r in records} == {(f["title"], f["awards"]) for f in films}


def test_scrapethissite_hockey_teams_across_page_num(scrapethissite: Site) -> None:
    records = _added(scrapethissite.page("pages/forms/"), "hockey")
    teams = json.loads((scrapethissite.root / "expected-hockey.json").read_text())
    assert len(records) == len(teams)
    rows = {tuple(v for v in r["data"].values())[:4] for r in records}
    assert rows == {(t["name"], t["year"], t["wins"], t["losses"]) for t in teams}


def test_records_inside_the_pages_iframe_are_crawled_from_the_frame_and_the_user_is_told() -> None:
    for site in serve(SITES / "corpus" / "turtles-frames"):
        added = assert_ok(sdp("add", site.page("pages/frames/"), "--name", "turtles"))
        frame = site.page("pages/frames/?frame=i")
        assert f"note: the page's content is an iframe: its document {frame} was read instead" in added.out
        records = sdp("export", "turtles", "--format", "json").json()
        assert len(records) == 14 and all(r["url"].startswith(frame + "&family=") for r in records)
        shown = assert_ok(sdp("show", "turtles")).out
        assert f"crawl starts at {frame}" in shown


def test_quotes_tableful_records_span_the_quote_row_and_the_tags_row(
    toscrape: Site, added_once: Callable[[str, str], list[dict[str, Any]]]
) -> None:
    records = added_once(toscrape.page("tableful/"), "tableful")
    quotes = json.loads((toscrape.root / "expected-tableful.json").read_text(encoding="utf-8"))
    got = {(next(v for v in r["data"].values() if isinstance(v, str)), tuple(r["data"]["tags"])) for r in records}
    assert got == {(q["text"], tuple(q["tags"])) for q in quotes}


def test_quotes_tableful(toscrape: Site, added_once: Callable[[str, str], list[dict[str, Any]]]) -> None:
    records = added_once(toscrape.page("tableful/"), "tableful")
    quotes = json.loads((toscrape.root / "expected-tableful.json").read_text(encoding="utf-8"))
    # The cell reads "“…” Author: André Gide": the quote and its author come apart.
    assert {(r["data"]["quote"], r["data"]["author"]) for r in records} == {(q["text"], q["author"]) for q in quotes}
    shown = assert_ok(sdp("show", "tableful")).out  # the user sees where each part is cut
    assert "after 'Author:'" in shown and "before 'Author:'" in shown


def test_quotes_random_one_quote_marked_only_by_microdata(toscrape: Site) -> None:
    # /random shows one quote: no heading names it (the only <h1> is the site's name), no JSON-LD.
    records = _added(toscrape.page("random/"), "random")
    assert [r["data"] for r in records] == [
        {
            "text": "“The truth is, everyone is going to hurt you. You just got to find the ones worth suffering for.”",
            "author": "Bob Marley",
            "tags": ["friendship"],
        }
    ]


def test_books_category_page(toscrape: Site) -> None:
    records = _added(toscrape.page("catalogue/category/books/travel_2/index.html"), "travel")
    books = json.loads((toscrape.root / "expected-travel.json").read_text(encoding="utf-8"))
    got = {(r["data"]["title"], _amount(r["data"]["price"]), r["data"]["rating"], r["url"]) for r in records}
    words = {"One": 1.0, "Two": 2.0, "Three": 3.0, "Four": 4.0, "Five": 5.0}
    assert got == {(b["title"], b["price"], words[b["rating"]], toscrape.page(b["url"])) for b in books}


def test_nextjs_records_only_in_next_data() -> None:
    for site in _serve(PRACTICE / "nextjs"):
        records = _added(site.page("rent/berlin/"), "homes")
        homes = json.loads((site.root / "expected.json").read_text(encoding="utf-8"))
        got = {(r["data"]["title"], r["data"]["location_district"], r["data"]["bedrooms"]) for r in records}
        assert got == {(h["title"], h["location"]["district"], h["bedrooms"]) for h in homes}
        # One price, amount and currency, as a price read from the markup.
        assert sorted((_amount(r["data"]["price"]), r["data"]["price"]["currency"]) for r in records) == sorted(
            (float(h["price"]["amount"]), h["price"]["currency"]) for h in homes
        )


def test_nuxt_state_in_a_function_call() -> None:
    for site in _serve(PRACTICE / "nuxt"):
        records = _added(site.page("jobs/remote-python/"), "jobs")
        assert len(records) == 5
        by_url = {r["url"]: r["data"] for r in records}
        job = by_url[site.page("jobs/3185-django-developer")]
        assert (job["title"], job["company"]) == ("Django Developer", "Quillmark")
        assert all(len(str(v)) > 1 for r in records for v in r["data"].values())  # no "a" from the call's parameters
        # The values Nuxt passes as the call's arguments, put in place of its parameters.
        assert (job["location"], job["tags"], job["salary"]) == ("Remote (UK)", ["python", "django"], "£55k – £65k")
        assert by_url[site.page("jobs/3183-python-platform-engineer")].get("salary") is None  # void 0


def test_records_from_the_api_the_page_fetches() -> None:
    for site in _serve(PRACTICE / "fetchapi"):
        records = _added(site.page("whats-on/"), "events")
        events = json.loads((site.root / "expected.json").read_text(encoding="utf-8"))
        assert {(r["data"]["name"], r["data"]["venue"]) for r in records} == {(e["name"], e["venue"]) for e in events}
        assert {r["url"] for r in records} == {site.page(f"events/{500 + i}") for i in range(len(events))}
