"""The Scout says why a list was given no next page: no candidate at all, a candidate the finders
turned down (and which rule did), or a page 2 a probe fetched and refused; each note carries a code."""

from __future__ import annotations

from agents.heuristics.pagerrefusals import CODES, note_codes, refusal_note
from agents.pageprobe import probe_param_pages
from agents.scout import analyze_page
from agents.steplinkprobe import step_link_pages
from agents.survey import probed_pages, surveyed
from pipeline.core.pagingspec import PaginationSpec
from pipeline.core.schemas import FieldSpec, ScraperSpec
from tests.unit.servedpages import ServedPages

HOST = "http://shelf.test"


def _cards(names: list[str], extra: str = "") -> str:
    return "".join(
        f'<li class="card"><h3><a href="/book/{n.replace(" ", "-")}">{n}</a></h3><p>{n} by someone</p>{extra}</li>'
        for n in names
    )


def _page(names: list[str], after: str = "", extra: str = "") -> bytes:
    body = f'<main><ul class="books">{_cards(names, extra)}</ul>{after}</main>'
    return f"<html><head><title>Books</title></head><body>{body}</body></html>".encode()


def _names(start: int, count: int = 4) -> list[str]:
    return [f"Book number {n}" for n in range(start, start + count)]


def _spec(url: str) -> ScraperSpec:
    return ScraperSpec(
        start_url=url,
        record_selector="ul.books li.card",
        fields=(FieldSpec(name="title", type="title", selector="h3 a"),),
        key_fields=("title",),
        pagination=PaginationSpec(),
    )


def _pagination_notes(body: bytes, url: str) -> list[str]:
    profile = analyze_page(body, url)
    assert profile.spec.pagination.kind == "none"
    return [n for n in profile.notes if n.startswith("pagination")]


def test_a_list_with_no_pager_at_all_says_so_with_its_code() -> None:
    notes = _pagination_notes(_page(_names(1)), f"{HOST}/books/")
    assert note_codes(notes) == ["no-pager"]
    assert notes[0] == f"pagination: none [no-pager] {CODES['no-pager']}"


def test_a_next_link_in_every_card_is_named_as_turned_down_inside_the_records() -> None:
    # Each card's "Weiter »" leads to its own book: read-more links, not a pager.
    cards = "".join(
        f'<li class="card"><h3>{n}</h3><p>{n} by someone</p><a href="/book/{i}">Weiter »</a></li>'
        for i, n in enumerate(_names(1))
    )
    body = f'<html><body><main><ul class="books">{cards}</ul></main></body></html>'.encode()
    notes = _pagination_notes(body, f"{HOST}/books/")
    assert note_codes(notes)[:2] == ["in-records", "in-records"]
    assert notes[0].startswith("pagination: none [in-records] no candidate was taken")
    assert "'Weiter »' -> /book/0" in notes[1] and CODES["in-records"] in notes[1]


def test_a_next_link_back_to_this_page_is_named_as_going_no_further() -> None:
    pager = '<nav class="pager"><a href="/books/?page=1">Next</a></nav>'
    notes = _pagination_notes(_page(_names(1), pager), f"{HOST}/books/?page=1")
    assert "not-onward" in note_codes(notes)


def test_a_load_more_button_naming_no_url_is_left_to_the_script_probe() -> None:
    notes = _pagination_notes(_page(_names(1), '<button class="more">Load more</button>'), f"{HOST}/books/")
    assert note_codes(notes) == ["scripted", "scripted"]


def test_a_page_2_link_whose_page_repeats_page_1_is_refused_with_the_reason() -> None:
    url = f"{HOST}/books/"
    pager = '<div class="nums"><span>1</span><a href="/books/?page=2">2</a><a href="/books/?page=3">3</a></div>'
    second = f"{url}?page=2"
    site = ServedPages({url: _page(_names(1), pager), second: _page(_names(1), pager)})
    refusals: list[str] = []
    assert step_link_pages(site.fetch(url), _spec(url), site, refusals=refusals) is None  # type: ignore[arg-type]
    assert note_codes(refusals) == ["page2-repeats"]
    assert refusals[0].startswith(f"pagination: refused [page2-repeats] {second}: {CODES['page2-repeats']}")


def test_a_page_2_link_answering_another_shape_is_refused_as_empty() -> None:
    url = f"{HOST}/books/"
    pager = '<div class="nums"><span>1</span><a href="/books/?page=2">2</a></div>'
    other = b"<html><body><div class='grid'><p>Nothing of the list's shape</p></div></body></html>"
    site = ServedPages({url: _page(_names(1), pager), f"{url}?page=2": other})
    refusals: list[str] = []
    assert step_link_pages(site.fetch(url), _spec(url), site, refusals=refusals) is None  # type: ignore[arg-type]
    assert note_codes(refusals) == ["page2-empty"]


def test_a_page_2_link_the_site_does_not_answer_is_refused_as_failed() -> None:
    url = f"{HOST}/books/"
    pager = '<div class="nums"><span>1</span><a href="/books/?page=2">2</a></div>'
    site = ServedPages({url: _page(_names(1), pager)})
    refusals: list[str] = []
    assert step_link_pages(site.fetch(url), _spec(url), site, refusals=refusals) is None  # type: ignore[arg-type]
    assert note_codes(refusals) == ["page2-failed"]


def test_a_script_pagers_page_2_repeating_page_1_is_refused_and_a_new_one_is_taken_without_note() -> None:
    url = f"{HOST}/books/"
    button = '<button class="more">Load more</button>'
    repeated = ServedPages({url: _page(_names(1), button), f"{url}?page=2": _page(_names(1), button)})
    refusals: list[str] = []
    found = probe_param_pages(repeated.fetch(url), _spec(url), repeated, refusals=refusals)  # type: ignore[arg-type]
    assert found is None and note_codes(refusals) == ["page2-repeats"]
    assert "a 'load more' control without a URL" in refusals[0]
    fresh = ServedPages({url: _page(_names(1), button), f"{url}?page=2": _page(_names(5), button)})
    refusals.clear()
    found = probe_param_pages(fresh.fetch(url), _spec(url), fresh, refusals=refusals)  # type: ignore[arg-type]
    assert found is not None and found.spec.kind == "page_param" and refusals == []


def test_refusal_notes_read_back_as_their_codes() -> None:
    notes = [refusal_note("page2-mostly-page1", "/b?page=2", "3 of 10 new"), "pagination: next link 'a' -> /x"]
    assert note_codes(notes) == ["page2-mostly-page1"]
    assert notes[0].endswith(f"{CODES['page2-mostly-page1']} (3 of 10 new)")


def test_a_list_the_probes_page_drops_its_none_headline_and_keeps_the_probes_note() -> None:
    # The finders see only a scripted "Load more" (headline: none); asked, ?page=2 answers new books.
    url = f"{HOST}/books/"
    button = '<button class="more">Load more</button>'
    site = ServedPages({url: _page(_names(1), button), f"{url}?page=2": _page(_names(5), button)})
    page = site.fetch(url)
    first, _ = surveyed(page, site)  # type: ignore[arg-type]
    assert any(n.startswith("pagination: none [") for n in first.notes)
    paged = probed_pages(page, first, site)  # type: ignore[arg-type]
    notes = [n for n in paged.notes if n.startswith("pagination")]
    assert paged.spec.pagination.kind == "page_param"
    assert not any(n.startswith("pagination: none") for n in notes), notes
    assert notes[-1].startswith("pagination:") and "none" not in notes[-1]
