"""A record laid out as two like blocks (Bootstrap's ``d-flex`` halves in a row aligned with
``align-items-start``) holds one field per place, not lists: the alignment utility names no list,
and a block linking to a profile, a topic and tags is a part of the record, not a list item."""

from __future__ import annotations

from lxml import html as lxml_html

from agents.heuristics.siblings import is_repeated_list
from tests.unit.agents.conftest import list_page, spec_and_records

URL = "https://board.example/c/kettles"
ROWS = [
    ("Gooseneck spout drips after descaling", "ines", "kettles", 14, 212),
    ("Which variable kettle holds 96 degrees best?", "pavel", "buying", 9, 1804),
    ("Lid hinge replacement part numbers", "ines", "repairs", 3, 97),
    ("Boil-dry protection keeps tripping", "ruth_k", "repairs", 21, 3390),
    ("Matte black coating is flaking", "pavel", "kettles", 6, 405),
]


def _row(number: int, title: str, author: str, tag: str, posts: int, views: int) -> str:
    last = ROWS[-number][1]
    return (
        f'<li class="entry d-flex flex-row align-items-start">'
        f'<div class="d-flex col-7"><div class="who"><a href="/user/{author}">{author}</a></div>'
        f'<div class="main"><h3 class="title"><a href="/topic/{number}">{title}</a></h3>'
        f'<a href="/tags/{tag}">{tag}</a></div></div>'
        f'<div class="d-flex col-5"><div class="stats"><span class="posts">{posts} posts</span>'
        f'<span class="views">{views} views</span></div>'
        f'<div class="last"><a href="/user/{last}">{last}</a> replied</div></div></li>'
    )


def test_two_blocks_of_a_record_hold_fields_not_lists() -> None:
    rows = "".join(_row(n, *row) for n, row in enumerate(ROWS, start=1))
    records = spec_and_records(list_page(f'<ul class="topics">{rows}</ul>'), URL)[1]
    assert len(records) == len(ROWS)
    assert not [k for k, v in records[0].items() if isinstance(v, list)]
    assert [r.get("title") for r in records] == [row[0] for row in ROWS]


def test_chips_linking_into_one_folder_stay_a_list() -> None:
    def chips(*tags: str) -> list[lxml_html.HtmlElement]:
        block = lxml_html.fragment_fromstring(
            "<div class='row align-items-center'>"
            + "".join(f"<div class='chip'><a href='/tags/{t}'>{t}</a></div>" for t in tags)
            + "</div>"
        )
        return list(block)

    assert is_repeated_list([chips("tea", "oolong"), chips("coffee", "tea"), chips("mate", "green")])
