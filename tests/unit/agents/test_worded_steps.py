"""A link saying "next" in words ("Later trains", "Older entries") to the list's own address with a
query value moved on (``?slot=evening``) is followed when the site answers it with new records,
though its address names no page number."""

from __future__ import annotations

from parsel import Selector

from agents.heuristics.pagination import find_pagination
from agents.heuristics.steplinks import step_link
from agents.steplinkprobe import step_link_pages
from pipeline.core.extract import next_page_url
from pipeline.core.pagingspec import PaginationSpec
from pipeline.core.schemas import FieldSpec, ScraperSpec
from tests.unit.servedpages import ServedPages

HOST = "http://trains.test"
URL = f"{HOST}/timetable"


def _page(names: list[str], after: str, card_link: str = "", header: str = "") -> bytes:
    rows = "".join(
        f'<tr class="run"><td><a href="/run/{n.replace(" ", "-")}">{n}</a>{card_link}</td><td>{n} via Ash</td></tr>'
        for n in names
    )
    header = f'<header><a href="/">Home</a>{header}</header>'
    footer = f'<div class="board-foot">{after}</div>' if after else ""
    return f"<html><body>{header}<main><table class='board'>{rows}</table>{footer}</main></body></html>".encode()


def _spec(pagination: PaginationSpec | None = None) -> ScraperSpec:
    return ScraperSpec(
        start_url=URL,
        record_selector="table.board tr.run",
        fields=(FieldSpec(name="train", type="title", selector="td a"),),
        key_fields=("train",),
        pagination=pagination or PaginationSpec(),
    )


def _names(start: int) -> list[str]:
    return [f"Train {n}" for n in range(start, start + 3)]


def _later(slot: str, words: str = "Later trains") -> str:
    return f'<a class="board-later" href="/timetable?slot={slot}">{words}</a>'


def test_later_words_to_the_list_with_a_moved_query_value_are_followed() -> None:
    site = ServedPages(
        {
            URL: _page(_names(1), _later("afternoon")),
            f"{URL}?slot=afternoon": _page(_names(4), _later("evening")),
            f"{URL}?slot=evening": _page(_names(7), ""),
        }
    )
    assert find_pagination(Selector(text=site.pages[URL].decode()), URL).spec.kind == "none"
    found = step_link_pages(site.fetch(URL), _spec(), site)  # type: ignore[arg-type]
    assert found is not None and found.spec.kind == "next_link"
    assert site.asked == [URL, f"{URL}?slot=afternoon"]  # one request
    spec = _spec(found.spec)
    second = f"{URL}?slot=afternoon"
    assert next_page_url(site.pages[second], second, spec, page_number=2) == f"{URL}?slot=evening"
    last = f"{URL}?slot=evening"
    assert next_page_url(site.pages[last], last, spec, page_number=3) is None


def test_older_entries_to_a_cursor_value_is_a_step() -> None:
    page = _page(_names(1), '<a href="/timetable?before=2025-03-01">Older entries</a>')
    found = step_link(Selector(text=page.decode()), URL)
    assert found is not None and found.url == f"{URL}?before=2025-03-01" and found.pagination is None


def test_a_page_answering_the_same_records_is_no_pager() -> None:
    site = ServedPages({URL: _page(_names(1), _later("b")), f"{URL}?slot=b": _page(_names(1), "")})
    assert step_link_pages(site.fetch(URL), _spec(), site) is None  # type: ignore[arg-type]


def test_a_link_to_another_path_is_no_step() -> None:
    page = _page(_names(1), '<a href="/timetable/archive?slot=b">Later trains</a>')
    assert step_link(Selector(text=page.decode()), URL) is None


def test_two_ways_on_are_no_step() -> None:
    page = _page(_names(1), _later("b") + _later("c", "Later services"))
    assert step_link(Selector(text=page.decode()), URL) is None


def test_a_records_own_later_link_is_no_step() -> None:
    card = '<a href="/timetable?slot=b">Later trains</a>'
    page = _page(_names(1), "", card_link=card)
    assert step_link(Selector(text=page.decode()), URL, "table.board tr.run") is None


def test_words_that_say_nothing_of_next_are_no_step() -> None:
    page = _page(_names(1), '<a href="/timetable?slot=b">Evening</a>')
    assert step_link(Selector(text=page.decode()), URL) is None


def test_a_link_in_the_site_header_is_no_step() -> None:
    page = _page(_names(1), "", header=_later("night"))
    assert step_link(Selector(text=page.decode()), URL) is None
