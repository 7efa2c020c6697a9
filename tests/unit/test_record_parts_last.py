"""The last record of a spanning list stops at a sibling of a kind standing between no two records."""

from __future__ import annotations

from lxml import html

from pipeline.core.recordparts import record_parts, record_roots


def _texts(body: str, span: int) -> list[list[str]]:
    root = html.fromstring(body)
    nodes = root.xpath("//h2")
    return [[part.text_content() for part in record] for record in record_roots(nodes, span)]


def test_the_last_record_leaves_the_pager_after_it() -> None:
    body = (
        "<div><h2>A</h2><div class='by'>a</div><p>ex A</p><h2>B</h2><div class='by'>b</div>"
        "<h2>C</h2><div class='by'>c</div><p class='older'>Older posts</p></div>"
    )
    assert _texts(body, 3)[-1] == ["C", "c"]


def test_the_last_record_keeps_parts_the_others_show() -> None:
    body = "<div><h2>A</h2><div class='by'>a</div><p>ex A</p><h2>B</h2><div class='by'>b</div><p>ex B</p></div>"
    assert _texts(body, 3) == [["A", "a", "ex A"], ["B", "b", "ex B"]]


def test_a_lone_record_under_its_parent_spans_as_before() -> None:
    body = "<section><div><h2>A</h2><p>a</p><p class='x'>more</p></div></section>"
    assert _texts(body, 3) == [["A", "a", "more"]]


def test_record_parts_are_the_page_elements_each_record_reads() -> None:
    root = html.fromstring(
        "<div><h4>Vol</h4><p>A</p><div class='abs'>a</div><p>B</p><p>C</p><div class='abs'>c</div>"
        "<nav class='pager'>Next</nav></div>"
    )
    nodes = root.xpath("//p")
    parts = record_parts(nodes, 2)
    assert [[e.text_content() for e in record] for record in parts] == [["A", "a"], ["B"], ["C", "c"]]
    assert all(part.getparent() is root for record in parts for part in record)  # the page's own, no copies
