"""A script's endpoint answering the whole list at once is not beaten by the markup's first page
merely because the markup has a pager: only a first batch (about one page's records) is."""

from __future__ import annotations

from agents.designchoice import pages_where_data_does_not
from pipeline.core.pagingspec import PaginationSpec
from pipeline.core.schemas import FieldSpec, PageProfile, ScraperSpec
from pipeline.core.specparts import JsonSourceSpec

URL = "https://books.example/catalogue"
TITLES = [f"Book number {n:03d}" for n in range(200)]


def _markup(count: int) -> PageProfile:
    spec = ScraperSpec(
        start_url=URL,
        fields=[FieldSpec(name="title")],
        record_selector="li.book",
        pagination=PaginationSpec(kind="next_link", next_selector="a.next"),
    )
    records = tuple({"title": t} for t in TITLES[:count])
    return PageProfile(url=URL, final_url=URL, spec=spec, sample_records=records[:5], record_count=count)


def _data(count: int) -> PageProfile:
    source = JsonSourceSpec(location="script", script_selector="script#__NEXT_DATA__", records_path="items")
    fields = [FieldSpec(name=n, json_path=n) for n in ("title", "isbn", "author", "year")]
    spec = ScraperSpec(start_url=URL, fields=fields, json_source=source)
    records = tuple(
        {"title": t, "isbn": f"97800000{i:05d}", "author": "A", "year": "2001"} for i, t in enumerate(TITLES[:count])
    )
    return PageProfile(url=URL, final_url=URL, spec=spec, sample_records=records[:10], record_count=count)


def test_a_first_batch_loses_to_the_markups_pager() -> None:
    assert pages_where_data_does_not(_markup(20), _data(20))


def test_a_complete_answer_keeps_winning_over_a_paged_list() -> None:
    assert not pages_where_data_does_not(_markup(20), _data(200))
