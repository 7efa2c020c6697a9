# ruff: noqa: E501
"""Values kept as a person reads them: an age stays "6 months ago" when it is a part of a longer
text, a salary range with its currency and period stays one value, a record's title is words and
never a number, a caption before every value ("Gehalt:") is stripped, and a card linking to
another host does not hide that the records' queries only track."""

from __future__ import annotations

from parsel import Selector

from agents.heuristics.compound import split_compounds
from agents.heuristics.mainfields import has_tracking_query
from agents.heuristics.phrases import shared_lead
from agents.heuristics.pictured import is_pictured_name
from agents.heuristics.templateslots import collect_slots
from agents.heuristics.valuetypes import kind_from_values, type_from_values
from tests.unit.agents.conftest import spec_and_records

URL = "https://list.example/search/"
NAMES = ["Quiet Harbour", "North Wind", "Salt and Stone", "Paper Moons", "Orchard Days", "Lantern Row"]


def _page(rows: str) -> str:
    return f'<html><head><title>List</title></head><body><nav><a href="/">Home</a></nav><main><ul class="results">{rows}</ul></main></body></html>'


def test_an_age_split_from_a_longer_text_stays_as_written() -> None:
    ages = ["6 months ago", "5 months ago", "a year ago", "2 years ago", "3 days ago", "8 months ago"]
    rows = "".join(
        f'<li class="pkg"><h3><a href="/package/p{i}">{name}</a></h3><span class="meta">published {i + 1}.{i}.0 • {age}</span></li>'
        for i, (name, age) in enumerate(zip(NAMES, ages, strict=True))
    )
    spec, records = spec_and_records(_page(rows), URL)
    dates = [f for f in spec.fields if f.name == "date"]
    assert len(dates) == 1
    assert dates[0].type == "text"  # as a whole "3 days ago" field is typed
    assert [r["date"] for r in records] == ages


def test_ages_name_a_date_but_are_stored_as_text() -> None:
    ages = ["6 months ago", "5 months ago", "3 days ago"]
    assert kind_from_values(ages) == "date"
    assert type_from_values(ages) == "text"
    assert type_from_values(["12 March 2024", "3 May 2024", "9 June 2024"]) == "date"


def _slots(html: str, css: str) -> list[object]:
    records = [r.root for r in Selector(text=html).css(css)]
    return list(split_compounds(collect_slots(records)))


def test_a_salary_range_with_currency_and_period_is_one_value() -> None:
    salaries = [
        "60.000 – 75.000 € / Jahr",
        "55.000 – 68.000 € / Jahr",
        "48.000 – 58.000 € / Jahr",
        "70.000 – 85.000 € / Jahr",
        "65.000 – 80.000 € / Jahr",
        "42.000 – 50.000 € / Jahr",
    ]
    rows = "".join(
        f'<li class="job"><h2><a href="/j/{i}">{name}</a></h2><span class="firma">Firma {name}</span><span class="gehalt">{pay}</span></li>'
        for i, (name, pay) in enumerate(zip(NAMES, salaries, strict=True))
    )
    spec, records = spec_and_records(_page(rows), URL)
    pay = [f for f in spec.fields if any(r.get(f.name) == salaries[0] for r in records)]
    assert len(pay) == 1, [f.name for f in spec.fields]
    assert [r[pay[0].name] for r in records] == salaries
    assert pay[0].text_after is None and pay[0].text_before is None


def test_a_salary_range_beside_another_value_is_still_cut_from_it() -> None:
    texts = [
        "€75,000 – €90,000 · Full-time",
        "€85,000 – €105,000 · Part-time",
        "€60,000 – €70,000 · Full-time",
        "€50,000 – €65,000 · Contract",
        "€40,000 – €45,000 · Full-time",
        "€90,000 – €120,000 · Contract",
    ]
    rows = "".join(
        f'<li class="job"><h2><a href="/j/{i}">{name}</a></h2><span class="pay">{t}</span></li>'
        for i, (name, t) in enumerate(zip(NAMES, texts, strict=True))
    )
    spec, records = spec_and_records(_page(rows), URL)
    ranges = [f.name for f in spec.fields if records[0].get(f.name) == "€75,000 – €90,000"]
    assert len(ranges) == 1
    assert [r[ranges[0]] for r in records] == [t.split(" · ")[0] for t in texts]


def test_a_number_in_the_heading_is_not_the_title() -> None:
    scores = ["128", "97", "4.5", "1,204", "12", "31"]
    rows = "".join(
        f'<li class="card"><h3 class="score">{score}</h3><a class="name" href="/p/{i}">{name}</a><span class="who">Maker {i}</span></li>'
        for i, (name, score) in enumerate(zip(NAMES, scores, strict=True))
    )
    _spec, records = spec_and_records(_page(rows), URL)
    assert [r["title"] for r in records] == NAMES


def test_a_caption_with_its_colon_before_every_value_is_stripped() -> None:
    assert shared_lead(["Gehalt: 60.000 – 75.000 € / Jahr", "Gehalt: 18 € / Stunde", "Gehalt: TV-V EG 9"]) == "Gehalt:"
    assert shared_lead(["Gehalt: TV-V EG 9", "Gehalt: TV-V EG 9"]) is None  # one constant text
    assert shared_lead(["Ana: hello", "Ben: see you"]) is None  # each its own speaker


def test_a_card_on_another_host_does_not_hide_a_tracking_query() -> None:
    own = [f"https://www.shop.example/itm/3358120{i}?hash=item{i}:g:Abc{i}&amdata=enc{i}" for i in range(6)]
    assert has_tracking_query(["https://shop.example/itm/123456", *own])
    # An identifying query some records lack, on one host: kept (an edition of a work).
    editions = [f"/works/OL{i}W?edition=key%3A/books/OL{i}M" for i in range(6)]
    assert not has_tracking_query([*editions, "/works/OL99W"])


def test_a_name_beside_its_portrait_is_a_pictured_name() -> None:
    cards = "".join(
        f'<li class="c"><h3>Headline {i}</h3><div class="x"><span class="y">{who}</span></div>'
        + (f'<picture><img src="/p/{i}.png" alt="{who}"></picture>' if who != "Editorial" else "")
        + "</li>"
        for i, who in enumerate(["Editorial", "Zoe Kiernan", "Marcus Adeyemi"])
    )
    records = [r.root for r in Selector(text=f"<ul>{cards}</ul>").css("li.c")]
    slots = collect_slots(records)
    names = [s for s in slots if s.kind == "text" and "Zoe Kiernan" in s.first_values()]
    headlines = [s for s in slots if s.kind == "text" and "Headline 1" in s.first_values()]
    assert names and is_pictured_name(names[0])
    assert headlines and not is_pictured_name(headlines[0])


def test_rounded_counts_beside_exact_ones_of_the_same_unit_are_numbers() -> None:
    # A forum's stats: "412 views" beside "18.4k views" (a number span and a unit span).
    assert kind_from_values(["18.4k views", "412 views", "1.4k views", "980 views", "2.1k views"]) == "number"
    assert kind_from_values(["1.2k views", "3 replies", "7 likes", "12 km", "2.5k stars"]) == "text"
    shown = ["18.4k", "412", "1.4k", "980", "2.1k", "57"]
    rows = "".join(
        f'<li class="topic"><h3><a href="/topic/{i}">{name}</a></h3><ul class="stats">'
        f'<li class="stat-replies"><span class="num">{i * 3}</span> <span class="kind">replies</span></li>'
        f'<li class="stat-views"><span class="num">{views}</span> <span class="kind">views</span></li></ul></li>'
        for i, (name, views) in enumerate(zip(NAMES, shown, strict=True))
    )
    _spec, records = spec_and_records(_page(rows), URL)
    assert [18400, 412, 1400, 980, 2100, 57] in [[r.get(name) for r in records] for name in records[0]]
