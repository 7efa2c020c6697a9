"""Records grouped in slots: talks inside time slots are the records (not the slots), day tabs
that differ in one query value are pages of one list, and a slot's heading reaches its talks."""

from __future__ import annotations

from lxml import html as lxml_html
from parsel import Selector

from agents.heuristics.dom import analysing, build_index
from agents.heuristics.grouping import heading_field
from agents.heuristics.pagination import find_pagination
from agents.heuristics.records import find_record_groups
from agents.heuristics.regroup import Group, prefer_whole_records
from pipeline.core.schemas import FieldSpec, ScraperSpec
from pipeline.core.valuepages import value_page_url

URL = "https://conf.test/2025/schedule/"


def _talk(code: str, title: str, speaker: str) -> str:
    return (
        f'<div class="talk" data-code="{code}"><span class="talk-type">Talk</span>'
        f'<a class="talk-title" href="/2025/talk/{code}/">{title}</a>'
        f'<div class="speakers"><a class="speaker" href="/2025/speaker/{code}/">{speaker}</a></div>'
        f'<span class="room">Hall {code[0]}</span></div>'
    )


def _slot(time: str, talks: str) -> str:
    return (
        f'<div class="time-block"><div class="time-block-time"><span>{time}</span></div>'
        f'<div class="time-block-talks">{talks}</div></div>'
    )


def _schedule(tabs: str = "") -> str:
    slots = [
        _slot("09:00", _talk("A1", "Opening keynote on open infrastructure", "Miriam Okafor")),
        _slot(
            "10:00",
            _talk("B2", "Postgres on Kubernetes without tears", "Jonas Reinholt")
            + _talk("C3", "Accessible forms for screen readers", "Lea Hoffmann"),
        ),
        _slot("10:30", '<div class="talk break"><div class="break-title">Coffee break</div></div>'),
        _slot(
            "11:00",
            _talk("D4", "Threat modelling your CI pipeline", "Sanjay Iyer")
            + _talk("E5", "Observability on a budget", "Priya Natarajan"),
        ),
        _slot("12:00", _talk("F6", "Small language models at the edge", "Tomas Ferreira")),
        _slot("13:30", _talk("G7", "Moving four hundred services to ARM", "Elena Marchetti")),
    ]
    return f"<html><body>{tabs}<main><h2>Tuesday, 16 September 2025</h2>{''.join(slots)}</main></body></html>"


def _tabs(current: int = 1, param: str = "day") -> str:
    links = "".join(
        f'<a class="day-tab{" active" if n == current else ""}" href="/2025/schedule/?{param}={n}"'
        f"{' aria-current=page' if n == current else ''}>Day {n}</a>"
        for n in (1, 2, 3)
    )
    return f'<div class="tabbed-days" role="tablist">{links}</div>'


def test_talks_inside_time_slots_are_the_records_not_the_slots() -> None:
    index = build_index(lxml_html.fromstring(_schedule()))
    with analysing(index):
        best = find_record_groups(index)[0]
    assert {m.get("data-code") for m in best.members} == {"A1", "B2", "C3", "D4", "E5", "F6", "G7"}


def test_day_tabs_differing_in_one_value_are_pages_of_one_list() -> None:
    page = Selector(text=_schedule(_tabs()), base_url=URL, type="html")
    found = find_pagination(page, URL)
    assert found.spec.kind == "param_values" and found.spec.param == "day"
    title = FieldSpec(name="title", selector="a")
    spec = ScraperSpec(start_url=URL, record_selector="div.talk", fields=(title,), pagination=found.spec)
    assert [value_page_url(spec, n) for n in (1, 2, 3)] == [f"{URL}?day=2", f"{URL}?day=3", None]


def test_tabs_of_a_sort_order_or_without_a_current_tab_are_no_pages() -> None:
    sort = Selector(text=_schedule(_tabs(param="sort")), base_url=URL, type="html")
    assert find_pagination(sort, URL).spec.kind == "none"
    unmarked = Selector(text=_schedule(_tabs(current=0)), base_url=URL, type="html")
    assert find_pagination(unmarked, URL).spec.kind == "none"
    elsewhere = "https://conf.test/2025/talks/"
    other_path = Selector(text=_schedule(_tabs()), base_url=elsewhere, type="html")
    assert find_pagination(other_path, elsewhere).spec.kind == "none"  # the tabs lead elsewhere


def test_a_slot_time_reaches_its_talks_though_a_break_slot_has_one_too() -> None:
    page = Selector(text=_schedule(), base_url=URL, type="html")
    starts = [n.root for n in page.css("div.talk[data-code]")]
    field = heading_field(page, starts, 1, {"title"})
    assert field is not None and field.scope == "preceding"
    assert "10:30" in page.css(field.selector).xpath("string()").getall()  # the break's slot matches too


def test_slots_holding_two_talks_are_no_wrappers_of_one_record_each() -> None:
    breaks = "".join(_slot(t, '<div class="talk break"><div>Lunch</div></div>') for t in ("12:30", "15:00"))
    root = lxml_html.fromstring(_schedule().replace("</main>", f"{breaks}</main>"))  # as many slots as talks
    index = build_index(root)
    talks = Group(members=root.xpath("//div[@data-code]"), similarity=1.0, score=10.0)
    slots = Group(members=root.xpath("//div[@class='time-block']"), similarity=0.9, score=9.0)
    with analysing(index):
        assert prefer_whole_records([talks, slots], index)[0] is talks
