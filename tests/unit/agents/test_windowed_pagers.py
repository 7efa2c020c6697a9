"""A pager's highest number bounds the crawl only when the pager shows it is the last page: a window
("1 2 3 4 5 … Next" of twenty pages) leaves the count open, and the crawl stops where the pages do."""

from __future__ import annotations

import pytest
from parsel import Selector

from agents.heuristics.pageurls import numbered_param, offset_param, page_param
from agents.heuristics.steplinks import step_link
from agents.pageprobe import scripted_paging
from pipeline.core.pagingspec import DEFAULT_MAX_PAGES

URL = "https://shop.example/lamps"


def _page(pager: str) -> Selector:
    cards = "".join(f'<div class="card"><a href="/p/{n}">Lamp {n}</a><p>A lamp…</p></div>' for n in range(6))
    return Selector(text=f"<html><body><main>{cards}<nav class='pages'>{pager}</nav></main></body></html>")


def _links(numbers: list[int | str], *, name: str = "page", scale: int = 1) -> str:
    """Numbers as links ("1 2 … 20"; 1 the current page, unlinked), "…" a gap."""
    shown = []
    for number in numbers:
        if number == 1:
            shown.append('<span class="current">1</span>')
        elif isinstance(number, int):
            shown.append(f'<a href="?{name}={(number - 1) * scale if scale > 1 else number}">{number}</a>')
        else:
            shown.append(f"<span>{number}</span>")
    return " ".join(shown)


def _max_pages(pager: str) -> int:
    found = page_param(URL, f"{URL}?page=2", _page(pager))
    assert found is not None
    return found.spec.max_pages


NEXT = '<a rel="next" href="?page=2">Next ›</a>'


def test_a_window_of_five_of_twenty_pages_is_no_cap_at_five() -> None:
    assert _max_pages(_links([1, 2, 3, 4, 5, "…"]) + NEXT) == DEFAULT_MAX_PAGES


def test_a_pager_that_lists_every_page_and_no_next_keeps_its_count() -> None:
    assert _max_pages(_links([1, 2, 3])) == 3


@pytest.mark.parametrize(
    "pager",
    [
        _links([1, 2, 3, "…", 20]) + NEXT,  # WordPress, phpBB
        _links([1, 2, 3, 4, 5, 6, 7, 8, "…", 19, 20]) + NEXT,  # Laravel: two numbers after the gap
        _links([1, 2, 3, 4, 5]) + NEXT + '<a href="?page=20">Last »</a>',  # Drupal
        _links([1, 2, 3]) + NEXT + '<a href="?page=20" aria-label="Go to last page">»|</a>',
        _links([1, 2, 3]) + NEXT + '<a rel="last" href="?page=20">End</a>',
    ],
)
def test_a_page_shown_as_the_last_is_the_cap(pager: str) -> None:
    assert _max_pages(pager) == 20


def test_a_next_step_past_the_numbers_leaves_the_count_open() -> None:
    # "1 2 3 Next" may be a window as well as a whole list: the crawl finds the end itself.
    assert _max_pages(_links([1, 2, 3]) + NEXT) == DEFAULT_MAX_PAGES


def test_a_jump_to_the_next_window_is_no_last_page() -> None:
    # Magento's "…" link names the first page of the next window.
    assert _max_pages(_links([1, 2, 3, 4, 5]) + '<a class="page jump" href="?page=6">...</a>') == DEFAULT_MAX_PAGES


def test_a_page_past_every_linked_number_still_gets_the_default_cap_not_one_page() -> None:
    page = _page('<a href="?page=1">1</a> <a href="?page=2">2</a> <span>3</span> <a href="?page=4">Next</a>')
    found = numbered_param(page, f"{URL}?page=3")
    assert found is not None and (found.spec.start, found.spec.max_pages) == (3, DEFAULT_MAX_PAGES)


def test_an_offset_pager_reads_its_window_the_same_way() -> None:
    next_offset = '<a href="?start=10">Next</a>'
    shown_last = offset_param(URL, f"{URL}?start=10", _page(_links([1, 2, 3, "…", 20], name="start", scale=10)))
    window = offset_param(URL, f"{URL}?start=10", _page(_links([1, 2, 3, 4, 5, "…"], name="start", scale=10)))
    assert shown_last is not None and shown_last.spec.max_pages == 20
    assert window is not None and window.spec.max_pages == DEFAULT_MAX_PAGES
    with_next = offset_param(URL, f"{URL}?start=10", _page(_links([1, 2, 3], name="start", scale=10) + next_offset))
    assert with_next is not None and with_next.spec.max_pages == DEFAULT_MAX_PAGES


def test_the_step_link_reader_reads_the_window_the_same_way() -> None:
    window = step_link(_page(_links([1, 2, 3, 4, 5, "…"]) + '<a href="?page=2">›</a>'), URL)
    whole = step_link(_page(_links([1, 2, 3, "…", 20])), URL)
    assert window is not None and window.pagination is not None
    assert whole is not None and whole.pagination is not None
    assert (window.pagination.max_pages, whole.pagination.max_pages) == (DEFAULT_MAX_PAGES, 20)


def _buttons(labels: list[str]) -> Selector:
    shown = "".join(
        f'<button data-page="{label}">{label}</button>' if label.isdigit() else f"<span>{label}</span>"
        for label in labels
    )
    return Selector(text=f'<html><body><div class="pagination">{shown}</div></body></html>')


def test_numbered_buttons_give_their_last_page_only_when_they_show_it() -> None:
    assert scripted_paging(_buttons(["1", "2", "3"])) == ("numbered page buttons without links", 3)
    assert scripted_paging(_buttons(["1", "2", "3", "…", "20"])) == ("numbered page buttons without links", 20)
    window = _buttons(["1", "2", "3", "4", "5", "…"])
    assert scripted_paging(window) == ("numbered page buttons without links", None)
