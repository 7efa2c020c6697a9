"""The Scout's own pagination notes as the bench reads them from ``sdp show``: their codes, the decision each
list read on its first page only was given, and the counts the report prints (no site named)."""

from __future__ import annotations

from tests.bench.pagingshape import NO_NOTE, decision_code, note_shape, pager_codes, pager_kind
from tests.bench.scout_corpus import SiteResult, report, score

SHOWN = """shop  http://h/list/
  version 1 (production), code sha256 0123456789ab
  list records: ul li
  key: title
  pagination: none  (max 50 pages)
  notes:
    - fields: price read from its data attribute
    - pagination: none [scripted] no candidate was taken
    - pagination: refused [scripted] 'Load more' (button): it names no URL
    - pagination: refused [page2-repeats] http://h/list/?page=2: page 2 repeats page 1's records
    - pagination: refused [page2-repeats] http://h/list/?page=2: the same again
"""
EXPECTED = [{"title": f"Walnut serving tray number {n}"} for n in range(1, 10)]


def _result(part: int, codes: tuple[str, ...], frozen: bool = True, pager: str = "none") -> SiteResult:
    got = EXPECTED[: len(EXPECTED) // part]
    export = [{"entity_id": str(n), "url": "", "data": dict(r)} for n, r in enumerate(got)]
    result = score(EXPECTED, export, "http://h/", 3)
    return SiteResult("s", "k", frozen, result, 1.0, list_pages=3, pager=pager, pager_codes=codes)


def test_the_codes_are_read_in_order_once_each_and_the_pager_line_is_still_the_specs() -> None:
    assert pager_codes(SHOWN) == ("scripted", "page2-repeats")
    assert pager_kind(SHOWN) == "none"
    assert pager_codes("  pagination: next_link a.next (max 50 pages)\n") == ()


def test_a_lists_decision_is_its_last_reason_or_no_note() -> None:
    assert decision_code(("scripted", "page2-repeats")) == "page2-repeats"
    assert decision_code(()) == NO_NOTE


def test_lists_read_on_their_first_page_only_are_counted_by_decision_and_by_every_code() -> None:
    results = [
        _result(3, ("scripted", "page2-repeats")),
        _result(3, ("no-pager",)),
        _result(3, ("in-records", "page2-repeats")),
        _result(3, (), pager="next_link"),
        _result(1, ("no-pager",)),  # read to its end: not counted
    ]
    shape = note_shape(results)
    assert shape == (
        "4 lists read on their first page only, by decision: page2-repeats 2, no note 1, no-pager 1;"
        " codes named: page2-repeats 2, in-records 1, no-pager 1, scripted 1"
    )
    assert note_shape([_result(1, ())]) == "no list read on its first page only"


def test_the_report_prints_the_counts_for_frozen_sites_without_naming_one() -> None:
    table = report([_result(3, ("no-pager",)), _result(3, ("page2-empty",), frozen=False)])
    assert "Why the Scout paged no further, frozen: 1 lists read on their first page only, by decision: no-pager 1" in (
        table
    )
    assert "Why the Scout paged no further, non-frozen: 1 lists" in table and "page2-empty 1" in table
