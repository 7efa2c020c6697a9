"""A hashtag bar's items read without their "#" mark; a rank ("#1") keeps its mark."""

from __future__ import annotations

from lxml import html

from agents.heuristics.hashtags import without_hash_marks
from agents.heuristics.slots import Slot
from agents.heuristics.templateslots import collect_slots


def _lists(rows: list[list[str]]) -> list[Slot]:
    cards = "".join(
        f"<li><p>Post {i}</p><div class=bar>"
        + "".join(f'<a href="/tags/{t}">#<span>{t}</span></a>' for t in row)
        + "</div></li>"
        for i, row in enumerate(rows)
    )
    records = list(html.fromstring(f"<ul>{cards}</ul>").iterchildren("li"))
    return [s for s in without_hash_marks(collect_slots(records)) if s.many and s.kind == "text"]


def test_hashtags_lose_their_mark() -> None:
    (tags,) = _lists([["bookbinding", "coptic"], ["bookbinding"], ["bookbinding", "paper"]])
    assert tags.strip_label == "#"
    assert [[o.value for o in found] for found in tags.per_record.values()] == [
        ["bookbinding", "coptic"],
        ["bookbinding"],
        ["bookbinding", "paper"],
    ]


def test_numbered_ranks_keep_their_mark() -> None:
    (ranks,) = _lists([["1", "4"], ["2"], ["3", "9"]])
    assert ranks.strip_label is None
