"""A dated calendar opened on the current period: its records lie behind "Previous"."""

from __future__ import annotations

from parsel import Selector

from agents.heuristics.prevlinks import previous_link
from agents.periodprobe import backward_pages
from pipeline.core.extract import next_page_url
from pipeline.core.pagingspec import PaginationSpec
from pipeline.core.schemas import FieldSpec, ScraperSpec
from tests.unit.servedpages import ServedPages

BASE = "http://council.test/meetings/"


def _month(rows: list[str], before: str | None, after: str | None) -> bytes:
    body = "".join(f'<tr><th><a href="/m/{r}">{r}</a></th><td>7pm</td></tr>' for r in rows)
    table = f"<table class='meetings'>{body}</table>" if rows else "<p>No meetings published yet.</p>"
    pager = '<nav class="pagination" aria-label="Pagination">'
    if before:
        pager += f'<div class="pagination__prev"><a href="?month={before}" rel="prev">Previous month</a></div>'
    if after:
        pager += f'<div class="pagination__next"><a href="?month={after}" rel="next">Next month</a></div>'
    return f"<html><body><main>{table}{pager}</nav></main></body></html>".encode()


def _spec(pagination: PaginationSpec) -> ScraperSpec:
    return ScraperSpec(
        start_url=BASE,
        record_selector="table.meetings tr",
        fields=(FieldSpec(name="title", type="title", selector="th a"),),
        key_fields=("title",),
        pagination=pagination,
    )


NEXT = _spec(PaginationSpec(kind="next_link", next_selector='a[rel~="next"]'))


def _calendar(april: list[str]) -> ServedPages:
    return ServedPages(
        {
            BASE: _month(["Council 4 Mar", "Planning 11 Mar"], "2025-02", "2025-04"),
            f"{BASE}?month=2025-04": _month(april, "2025-03", "2025-05"),
            f"{BASE}?month=2025-02": _month(["Council 4 Feb", "Planning 11 Feb"], "2025-01", "2025-03"),
            f"{BASE}?month=2025-01": _month(["Council 7 Jan"], None, "2025-02"),
        }
    )


def test_a_calendar_whose_next_month_is_empty_is_read_back_through_previous() -> None:
    site = _calendar([])
    found = backward_pages(site.fetch(BASE), NEXT, site)  # type: ignore[arg-type]
    assert found is not None
    assert (found.spec.kind, found.spec.next_selector) == ("next_link", 'a[rel~="prev"]')
    assert "brings no new records" in found.note
    # The chain goes on from February to January, and stops there.
    february = site.pages[f"{BASE}?month=2025-02"]
    assert next_page_url(february, f"{BASE}?month=2025-02", _spec(found.spec), page_number=2) == f"{BASE}?month=2025-01"
    january = site.pages[f"{BASE}?month=2025-01"]
    assert next_page_url(january, f"{BASE}?month=2025-01", _spec(found.spec), page_number=3) is None


def test_a_list_whose_next_page_holds_records_keeps_its_direction() -> None:
    site = _calendar(["Council 1 Apr"])
    assert backward_pages(site.fetch(BASE), NEXT, site) is None  # type: ignore[arg-type]
    assert site.asked == [BASE, f"{BASE}?month=2025-04"]  # the previous page is not even asked


def test_a_previous_page_with_nothing_new_changes_nothing() -> None:
    site = _calendar([])
    site.pages[f"{BASE}?month=2025-02"] = site.pages[BASE]  # the server ignores the month
    assert backward_pages(site.fetch(BASE), NEXT, site) is None  # type: ignore[arg-type]


def test_a_list_with_only_a_previous_link_follows_it() -> None:
    site = _calendar([])
    site.pages[BASE] = _month(["Council 4 Mar", "Planning 11 Mar"], "2025-02", None)
    found = backward_pages(site.fetch(BASE), _spec(PaginationSpec()), site)  # type: ignore[arg-type]
    assert found is not None and found.note.startswith("pagination: previous link") and "no next page" in found.note


def test_the_previous_link_is_found_by_its_words_or_its_class() -> None:
    url = "http://blog.test/archive/2025/03/"
    worded = '<a href="/">Home</a><a href="/archive/2025/02/">‹ Previous</a><a href="/archive/2025/04/">Next ›</a>'
    assert previous_link(Selector(text=worded), url) == ('a:contains("Previous")', "/archive/2025/02/")
    marked = '<ul><li class="pager-prev"><a href="/archive/2025/02/">February</a></li></ul>'
    assert previous_link(Selector(text=marked), url) == ("li.pager-prev > a", "/archive/2025/02/")
    assert previous_link(Selector(text='<a href="/archive/2025/04/">Next ›</a><a href="#">‹</a>'), url) is None


def test_a_previous_link_off_the_pages_own_site_is_never_fetched() -> None:
    site = _calendar([])
    page = site.pages[BASE].replace(b'href="?month=2025-02"', b'href="http://169.254.169.254/latest/"')
    site.pages[BASE] = page
    assert backward_pages(site.fetch(BASE), NEXT, site) is None  # type: ignore[arg-type]
    assert not any("169.254" in url for url in site.asked)
