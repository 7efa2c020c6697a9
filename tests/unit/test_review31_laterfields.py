"""Review 31: the pooled page of a long first page."""

from __future__ import annotations

from agents.heuristics.laterfields import MAX_POOLED_RECORDS, _pooled_page
from tests.unit.growth import assert_linear


def _page(prefix: str, count: int) -> str:
    items = "".join(f"<li class='item'><a href='/p/{prefix}{i}'>Item {prefix}{i}</a></li>" for i in range(count))
    return f"<html><body><ul>{items}</ul></body></html>"


def test_a_first_page_at_the_pool_cap_and_a_longer_second_page_do_not_crash() -> None:
    # page 1 fills the pool already, so no later record is placed, and page 2 runs past page 1's last
    pages = [
        (_page("a", MAX_POOLED_RECORDS), "https://x.example/list"),
        (_page("b", MAX_POOLED_RECORDS + 1), "https://x.example/list?page=2"),
    ]
    assert _pooled_page("li.item", pages) is None


def test_place_counts_stay_linear_in_a_record_of_many_alike_children() -> None:
    # a code-search hit or a long post: hundreds of <span>s side by side in each record
    from lxml import html

    from agents.heuristics.laterfields import _place_counts

    def records(spans: int) -> list[html.HtmlElement]:
        record = "<div class='r'>" + "".join(f"<span>w{i}</span>" for i in range(spans)) + "</div>"
        return html.fromstring("<div>" + record * 10 + "</div>").findall("div")

    assert_linear(records, _place_counts, 250)
