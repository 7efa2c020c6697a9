"""The Scout on a list outlined in nested sections: a department's own openings under its
heading, then sub-department sections (each opening with a lower heading) holding the rest."""

from __future__ import annotations

from agents.scout import analyze_page
from pipeline.core.extract import extract_records

Record = dict[str, object]
URL = "https://careers.example/board"

#: Faculty -> (its own courses, {programme: courses}): the last faculty has programmes only.
CATALOGUE: list[tuple[str, list[str], dict[str, list[str]]]] = [
    (
        "Sciences",
        ["General Chemistry", "Lab Safety Basics"],
        {
            "Physics": ["Classical Mechanics", "Optics and Waves", "Quantum Theory I"],
            "Biology": ["Cell Biology", "Field Ecology"],
        },
    ),
    ("Humanities", ["Academic Writing", "Logic and Argument"], {"History": ["Medieval Europe", "Modern Asia"]}),
    ("Arts", [], {"Music": ["Harmony", "Music History", "Composition"], "Film": ["Film Studies", "Editing"]}),
]


def _course(title: str, n: int) -> str:
    return (
        f'<div class="course" data-id="{n}"><a href="/courses/{n}">{title}</a><br>'
        f'<span class="campus">{"North" if n % 2 else "South"} Campus</span></div>'
    )


def _outlined_catalogue() -> str:
    count = iter(range(100, 200))
    blocks = []
    for faculty, own, programmes in CATALOGUE:
        inner = "".join(_course(t, next(count)) for t in own)
        for programme, courses in programmes.items():
            rows = "".join(_course(t, next(count)) for t in courses)
            inner += f'<section class="programme"><h4>{programme}</h4>{rows}</section>'
        blocks.append(f'<section class="faculty"><h3>{faculty}</h3>{inner}</section>')
    intro = "<h1>Course catalogue</h1><p>Every course we teach this year, by faculty and programme.</p>"
    return f"<html><body><div id='main'>{intro}{''.join(blocks)}</div></body></html>"


def _records(html: str) -> list[Record]:
    spec = analyze_page(html, URL).spec
    return [dict(r) for r in extract_records(html, URL, spec)]


def _titles() -> list[str]:
    return [t for _f, own, programmes in CATALOGUE for t in [*own, *(c for cs in programmes.values() for c in cs)]]


def test_records_directly_under_a_section_and_in_its_subsections_are_one_list() -> None:
    records = _records(_outlined_catalogue())
    assert [r["title"] for r in records] == _titles()
    assert records[0]["url"] == "https://careers.example/courses/100"
    assert records[-1]["title"] == "Editing"


def test_each_record_takes_the_top_heading_of_a_two_level_outline() -> None:
    records = _records(_outlined_catalogue())
    column = next(name for name, value in records[0].items() if value == "Sciences")
    faculties = [f for f, own, programmes in CATALOGUE for _ in [*own, *(c for cs in programmes.values() for c in cs)]]
    assert [r[column] for r in records] == faculties


def _list_with_one_related_section() -> str:
    main = "".join(_course(f"Evening class number {n}", n) for n in range(1, 9))
    related = "".join(_course(f"Partner course number {n}", n) for n in range(50, 54))
    more = f'<section class="more"><h3>Related</h3>{related}</section>'
    section = f'<section class="results"><h2>Evening classes</h2>{main}{more}</section>'
    return f"<html><body><div id='main'>{section}</div></body></html>"


def test_a_lone_nested_section_of_like_items_stays_out_of_the_list() -> None:
    titles = [r["title"] for r in _records(_list_with_one_related_section())]
    assert titles == [f"Evening class number {n}" for n in range(1, 9)]
