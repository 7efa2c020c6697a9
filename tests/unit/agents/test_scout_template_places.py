# ruff: noqa: E501
"""Ownership decided per place of the record template (issue #3): a value split by a joining mark
("shelf / name") and a caption line whose owner flips from record to record are one field each,
and rows of two different tables beside each other are two lists."""

from __future__ import annotations

from agents.heuristics.dom import build_index
from agents.heuristics.records import find_record_groups
from agents.heuristics.templateslots import collect_slots
from agents.heuristics.textowner import owns_text
from pipeline.core.extract import make_selector
from tests.unit.agents.conftest import list_page, spec_and_records

URL = "https://library.example/shelves"

BOOKS = [
    ("north-wing", "salt-and-ink", "Letters of a harbour town, bound in blue cloth.", "Maps (M2)", ["Trade (T1)"]),
    ("east-wing", "moth-hours", "Night walks through a botanical garden.", "Essays (E4)", []),
    (
        "attic",
        "copper-bells",
        "A bell founder's ledgers from 1881 to 1902.",
        "History (H3)",
        ["Crafts (C5)", "Music (U1)"],
    ),
    ("cellar", "quiet-rooms", "Floor plans of houses built without corridors.", "Architecture (A7)", []),
    ("north-wing", "river-index", "A gazetteer of streams too small for maps.", "Maps (M2)", []),
    ("annex", "late-frost", "Orchard diaries kept by three generations.", "Gardens (G9)", ["Weather (W2)"]),
]


def _card(shelf: str, name: str, blurb: str, main: str, others: list[str]) -> str:
    rest = "".join(f"; {other}" for other in others)
    return (
        '<article class="book-card">'
        f'<h3 class="book-name"><a class="plain" href="/{shelf}/{name}"><svg class="icon-book" aria-hidden="true"></svg>'
        f'<span class="dim">\n  {shelf} /\n</span>\n  {name}\n</a></h3>'
        f'<p class="blurb">{blurb}</p>'
        f'<div class="topics"><span class="caption">Topics:</span>\n  <span class="main-topic">{main}</span>{rest}\n</div>'
        "</article>"
    )


def _page() -> str:
    return list_page("".join(_card(*book) for book in BOOKS))


def _cards() -> list:
    page = make_selector(_page(), URL)
    return [node.root for node in page.css("article.book-card")]


def test_a_lead_ending_in_a_joining_mark_is_owned_with_the_text_after_it() -> None:
    link = _cards()[0].xpath(".//h3/a")[0]
    assert owns_text(link)
    assert not owns_text(link.xpath("./span")[0].getparent().getparent())  # the heading only wraps it


def test_the_whole_joined_name_is_the_title_of_every_record() -> None:
    _spec, records = spec_and_records(_page(), URL)
    titles = [next((v for v in r.values() if isinstance(v, str) and " / " in v), None) for r in records]
    assert titles == [f"{shelf} / {name}" for shelf, name, *_rest in BOOKS]
    assert not any(v == f"{BOOKS[0][0]} /" for r in records for v in r.values())


def test_a_place_owned_by_the_element_on_some_records_and_its_child_on_others_is_one_slot() -> None:
    slots = [s for s in collect_slots(_cards()) if s.kind == "text" and "topics" in "/".join(s.key)]
    assert len(slots) == 1
    (slot,) = slots
    assert slot.key[-1].startswith("div.topics")
    assert slot.strip_label == "Topics:"
    expected = [main + "".join(f"; {o}" for o in others) for *_rest, main, others in BOOKS]
    assert [occ[0].value for _n, occ in sorted(slot.per_record.items())] == expected


def test_the_topics_field_reads_every_record_without_its_caption() -> None:
    spec, records = spec_and_records(_page(), URL)
    field = next(f for f in spec.fields if "topics" in f.selector)
    expected = [main + "".join(f"; {o}" for o in others) for *_rest, main, others in BOOKS]
    assert [r[field.name] for r in records] == expected


def _table(caption: str, head: list[str], rows: list[list[str]], classes: str = "datatable") -> str:
    header = "<tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr>"
    body = "".join(
        f'<tr><td>{row[0]}</td><td><a href="/wiki/{row[1].replace(" ", "_")}">{row[1]}</a></td>'
        + "".join(f"<td>{cell}</td>" for cell in row[2:])
        + "</tr>"
        for row in rows
    )
    return f'<table class="{classes}"><caption>{caption}</caption><tbody>{header}{body}</tbody></table>'


LIGHTHOUSES = [
    [str(i + 1), name, county, str(height), str(year)]
    for i, (name, county, height, year) in enumerate(
        [
            ("Gull Point Light", "Westmarch", 61, 1874),
            ("Harrow Rock Light", "Eastfold", 54, 1902),
            ("Cinder Head Light", "Westmarch", 49, 1866),
            ("Marram Spit Light", "Lowdale", 47, 1911),
            ("Tern Island Light", "Eastfold", 44, 1859),
            ("Old Quay Light", "Lowdale", 40, 1925),
            ("Brine Cove Light", "Northey", 38, 1890),
        ]
    )
]
KEEPERS = [
    ["Gull Point Light", "Ada Marsh", "1874–1901", "27 years"],
    ["Harrow Rock Light", "Tom Fenwick", "1902–1930", "28 years"],
    ["Cinder Head Light", "Lew Garrow", "1866–1890", "24 years"],
    ["Tern Island Light", "Ruth Kell", "1859–1888", "29 years"],
]


def _two_tables(second_head: list[str], classes: str = "datatable sortable") -> str:
    main = _table("Lighthouses by height", ["Rank", "Name", "County", "Height (m)", "Lit"], LIGHTHOUSES, classes)
    other = _table("First keepers", second_head, [["x", *row] for row in KEEPERS])
    return (
        '<html><body><header class="site"><a href="/">Home</a></header><main><div class="article-body">'
        f"<h2>Tallest</h2>{main}<h2>Keepers</h2>{other}</div></main></body></html>"
    )


def _row_groups(html: str) -> list[int]:
    """The sizes of the row groups, best first."""
    index = build_index(make_selector(html, URL).root)
    return [len(g.members) for g in find_record_groups(index) if g.members[0].tag == "tr"]


KEEPER_HEAD = ["Mark", "Light", "Keeper", "Years", "Service"]


def test_rows_of_a_second_table_with_another_header_are_not_records_of_the_first() -> None:
    html = _two_tables(KEEPER_HEAD)
    assert _row_groups(html)[0] == len(LIGHTHOUSES)
    _spec, records = spec_and_records(html, URL)
    assert len(records) == len(LIGHTHOUSES)
    assert not any("Ada Marsh" in str(r.values()) for r in records)


def test_rows_of_one_of_tables_no_class_tells_apart_are_named_by_the_table_place() -> None:
    html = _two_tables(KEEPER_HEAD, classes="datatable")
    assert _row_groups(html)[:2] == [len(LIGHTHOUSES), len(LIGHTHOUSES) + len(KEEPERS)]
    spec, records = spec_and_records(html, URL)
    assert len(records) == len(LIGHTHOUSES)  # the first table named by its place among its siblings
    assert ":nth-of-type(1)" in spec.record_selector


def test_rows_of_tables_sharing_their_header_row_are_one_list() -> None:
    head = ["Rank", "Name", "County", "Height (m)", "Lit"]
    html = _two_tables(head).replace("First keepers", "More lighthouses")
    assert len(LIGHTHOUSES) + len(KEEPERS) in _row_groups(html)
