"""Which parts a page shows and how its records name them.

A package page opened on its "Release history" tab lists its releases: the panel whose tab is
selected is what the page shows, whatever its place among the panels. Hashed classes name no part,
but an attribute whose word-like values differ between a card's parts and come back card after
card does (``data-ui="job-title"``), whatever it is called. A place line is kept whole beside its
city and its country, and a line that is a country's name alone holds no city.
"""

from __future__ import annotations

from lxml import html as lxml_html

from agents.heuristics.dom import HtmlElement
from agents.heuristics.partattributes import part_attributes
from agents.heuristics.tabpanels import in_secondary_tab_panel
from tests.unit.agents.conftest import spec_and_records

URL = "https://jobs.example/acme/"
RELEASES = ["3.2.0", "3.1.4", "3.1.3", "3.1.2", "3.1.1", "3.1.0"]


def _package_page(shown: str) -> str:
    tabs = "".join(
        f'<li role="tab"><a id="{name}-tab" href="#{name}" class="tab{" tab--is-active" if name == shown else ""}" '
        f'aria-selected="{"true" if name == shown else "false"}">{name.title()}</a></li>'
        for name in ("description", "history")
    )
    cards = "".join(
        f'<div class="release"><a class="card" href="/project/kit/{v}/"><p class="version">{v}</p>'
        f'<p class="date"><time datetime="2024-0{i + 1}-02">Jan {i + 2}, 2024</time></p></a></div>'
        for i, v in enumerate(RELEASES)
    )
    return (
        '<html><body><main><h1 class="package-name">kit 3.2.0</h1><ul role="tablist">'
        f"{tabs}</ul>"
        '<div id="description" role="tabpanel" aria-labelledby="description-tab"><p>A toolkit.</p></div>'
        f'<div id="history" role="tabpanel" aria-labelledby="history-tab"><h2>Release history</h2>{cards}</div>'
        "</main></body></html>"
    )


def _releases_and_heading(shown: str) -> tuple[list[HtmlElement], HtmlElement]:
    root = lxml_html.fromstring(_package_page(shown))
    return root.xpath("//div[@class='release']"), root.xpath("//h1")[0]


def test_the_selected_tab_panel_is_what_the_page_shows() -> None:
    releases, heading = _releases_and_heading("history")
    assert not in_secondary_tab_panel(releases, heading)
    releases, heading = _releases_and_heading("description")
    assert in_secondary_tab_panel(releases, heading)


JOBS = [
    ("Backend Engineer", "Engineering", "Full time", "Berlin, Germany"),
    ("Data Engineer", "Data", "Full time", "Germany"),
    ("Account Executive", None, "Part time", "Munich, Germany"),
    ("Product Designer", "Design", "Contract", "Lisbon, Portugal"),
    ("Support Lead", "Operations", None, "Madrid, Spain"),
    ("Working Student", "Operations", "Part time", "Berlin, Germany"),
]


def _job(number: int, title: str, department: str | None, kind: str | None, place: str) -> str:
    parts = [(department, "job-department"), (kind, "job-type")]
    spans = "".join(f'<span class="s--3vx-H" data-ui="{hook}">{text}</span>' for text, hook in parts if text)
    return (
        f'<li class="s--1vo9F" data-ui="job"><a href="/acme/j/{number:04d}/" class="s--1OnOt">'
        f'<h3 class="s--3TJHk" data-ui="job-title"><span>{title}</span></h3>'
        f'<div class="s--1Sarc" data-ui="job-location">{place}</div><div class="s--1QTGO">'
        f"{spans}</div></a></li>"
    )


def _careers_page(departments: list[str] | None = None) -> str:
    jobs = "".join(_job(n, *job) for n, job in enumerate(JOBS) if departments is None or job[1] in departments)
    return (
        '<html><body><header class="s--2xYz1"><a href="/">Acme</a></header><main>'
        f'<h2>Current openings</h2><ul class="s--3aBc7" data-ui="list">{jobs}</ul></main></body></html>'
    )


def test_an_attribute_naming_each_part_of_a_record_is_a_hook() -> None:
    assert part_attributes(lxml_html.fromstring(_careers_page())) == ("data-ui",)
    # One value per card, differing between cards, is a value of the card, not the name of a part.
    cards = "".join(f'<div class="card" data-category="{c}"><h3>{t}</h3><p>{p}</p></div>' for t, c, _, p in JOBS)
    assert part_attributes(lxml_html.fromstring(f"<html><body><main>{cards}</main></body></html>")) == ()


def test_parts_are_named_and_kept_apart_by_their_attribute() -> None:
    _spec, records = spec_and_records(_careers_page(), URL)
    assert len(records) == len(JOBS)
    department = next(k for k, v in records[0].items() if v == "Engineering")
    kind = next(k for k, v in records[0].items() if v == "Full time")
    assert [r.get(department) for r in records] == [d for _, d, _, _ in JOBS]
    assert [r.get(kind) for r in records] == [k for _, _, k, _ in JOBS]


def test_a_place_line_is_kept_whole_beside_its_city_and_country() -> None:
    _spec, records = spec_and_records(_careers_page(), URL)
    assert [r.get("location") for r in records] == [p for *_, p in JOBS]
    assert [r.get("city") for r in records] == ["Berlin", None, "Munich", "Lisbon", "Madrid", "Berlin"]
    assert [r.get("country") for r in records] == ["Germany", "Germany", "Germany", "Portugal", "Spain", "Germany"]
