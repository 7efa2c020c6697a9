"""The Scout on tables whose records span bare rows, told apart only by what the rows hold."""

from __future__ import annotations

from agents.scout import analyze_page
from pipeline.core.extract import extract_records

QUOTES = [
    ("“Simplicity is the soul of efficiency.” Author: Austin Freeman", ["design", "work"]),
    ("“Talk is cheap. Show me the code.” Author: Linus Torvalds", ["code"]),
    ("“Programs must be written for people to read.” Author: Harold Abelson", ["code", "reading", "people"]),
    ("“Premature optimization is the root of all evil.” Author: Donald Knuth", ["speed"]),
    ("“Make it work, make it right, make it fast.” Author: Kent Beck", ["work", "speed"]),
    ("“Deleted code is debugged code.” Author: Jeff Sickel", ["code", "bugs"]),
]


def _page(rows: str) -> str:
    return (
        f"<html><head><title>Quotes</title></head><body><h1>Quotes</h1><table border='1'>{rows}</table></body></html>"
    )


def _quote_rows(next_row: bool) -> str:
    rows = ""
    for text, tags in QUOTES:
        links = " ".join(f'<a href="/tag/{t}/page/1/">{t}</a>' for t in tags)
        rows += f"<tr><td>{text}</td></tr><tr><td>Tags: {links}</td></tr>\n"
    return rows + ('<tr><td><a href="/page/2/">Next</a></td></tr>' if next_row else "")


def test_a_quote_row_and_its_tags_row_make_one_record_despite_the_next_row() -> None:
    body = _page(_quote_rows(next_row=True)).encode()
    profile = analyze_page(body, "https://quotes.example/tableful/")
    records = [dict(r) for r in extract_records(body, profile.url, profile.spec)]
    assert profile.spec.record_span == 2
    assert len(records) == len(QUOTES)  # not 13 rows, half of them without their quote
    texts = {name: value for name, value in records[0].items() if isinstance(value, str)}
    assert texts == {"quote": "“Simplicity is the soul of efficiency.”", "author": "Austin Freeman"}
    assert [r.get("tags") for r in records] == [tags for _text, tags in QUOTES]


def test_a_title_link_row_and_its_bare_byline_row_make_one_record() -> None:
    rows = "".join(
        f'<tr><td><a href="/story/{i}">Story number {i} about rivers</a></td></tr>'
        f"<tr><td>Posted: 2026-03-0{i} by writer{i}</td></tr>"
        for i in range(1, 8)
    )
    body = _page(rows).encode()
    profile = analyze_page(body, "https://news.example/")
    records = [dict(r) for r in extract_records(body, profile.url, profile.spec)]
    assert profile.spec.record_span == 2
    assert len(records) == 7
    assert records[2]["url"] == "https://news.example/story/3"
    assert any("writer3" in str(v) for v in records[2].values())


def test_rows_with_a_link_here_and_there_stay_one_record_each() -> None:
    linked = {1, 2, 5, 9}
    names = [f'<a href="/p/{i}">Player {i}</a>' if i in linked else f"Player {i}" for i in range(12)]
    rows = "".join(f"<tr><td>{name}</td><td>{10 + i}</td></tr>" for i, name in enumerate(names))
    body = _page(rows).encode()
    profile = analyze_page(body, "https://league.example/")
    records = [dict(r) for r in extract_records(body, profile.url, profile.spec)]
    assert profile.spec.record_span == 1
    assert len(records) == 12
