"""A pager of step links ("← Previous", "Next →") names the page beside this one, not the last:
only numbered or "Last" links bound how many pages a crawl asks for."""

from __future__ import annotations

from parsel import Selector

from agents.heuristics.pageurls import page_param

_URL = "https://status.example/history/"


def _max_pages(links: str, next_url: str) -> int | None:
    found = page_param(_URL, next_url, Selector(text=f"<html><body><div class='pager'>{links}</div></body></html>"))
    return found.spec.max_pages if found is not None else None


def test_a_pager_of_step_links_leaves_the_page_count_open() -> None:
    links = '<a class="previous-page" href="/history/?page=2">← Previous</a><span>Jan 2025 to Mar 2025</span>'
    assert _max_pages(links, "https://status.example/history/?page=2") == 50


def test_an_arrow_alone_names_no_last_page() -> None:
    assert _max_pages('<a href="?page=2">»</a>', "https://status.example/history/?page=2") == 50


def test_numbered_and_last_links_bound_the_page_count() -> None:
    numbered = "".join(f'<a href="?page={n}">{n}</a>' for n in range(2, 6))
    assert _max_pages(numbered, "https://status.example/history/?page=2") == 5
    # With a step onward and no page marked last, 5 may end a window only (tests/unit/agents/test_windowed_pagers.py).
    assert _max_pages(numbered + '<a href="?page=2">Next ›</a>', "https://status.example/history/?page=2") == 50
    last = '<a href="?page=2">Next</a><a href="?page=9">Last »</a>'
    assert _max_pages(last, "https://status.example/history/?page=2") == 9
