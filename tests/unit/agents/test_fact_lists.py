"""A row of facts set as look-alike items is one field per fact; a tag list stays one list.

A house card's ``li.feature`` items "3 bd", "2 ba", "1,250 sqft", a car's "2019", "48,000 km",
"Diesel", "Manual", a job's "Berlin", "Hybrid", "Full-time", "Senior" badges: each place holds
its own kind of fact, even where a card leaves one out. A post's topics come from one vocabulary
at any place, as many as it has: one list.
"""

from __future__ import annotations

from agents.heuristics.factlists import fact_places
from tests.unit.agents.conftest import list_page, spec_and_records

STREETS = ["Oak", "Elm", "Pine", "Maple", "Birch", "Cedar", "Ash", "Willow", "Spruce", "Fir"]


def _house(i: int) -> str:
    facts = [f"{2 + i % 4} bd", f"{1 + i % 3} ba", f"{800 + i * 110:,} sqft"]
    if i == 4:
        facts = [facts[0], facts[2]]  # no bathroom count on this card
    items = "".join(f'<li class="feature">{f}</li>' for f in facts)
    return (
        f'<div class="property"><a class="property-link" href="/homes/{i}"><h3>{100 + i} {STREETS[i]} St</h3></a>'
        f'<div class="property-price">${300 + i * 25},000</div><ul class="features">{items}</ul></div>'
    )


FUELS = ["Diesel", "Petrol", "Electric", "Hybrid", "Diesel", "Petrol", "Diesel", "Petrol", "Electric", "Diesel"]


def _car(i: int) -> str:
    facts = [str(2012 + i), f"{(i * 13 + 7) * 1000:,} km", FUELS[i], ["Manual", "Automatic"][i % 2]]
    if i == 6:
        del facts[2]  # no fuel named
    items = "".join(f'<li class="spec">{f}</li>' for f in facts)
    return (
        f'<article class="car"><h2><a href="/cars/{i}">Volkswagen Golf {i}</a></h2>'
        f'<p class="price">€{9000 + i * 1500:,}</p><ul class="specs-list">{items}</ul></article>'
    )


CITIES = ["Berlin", "Munich", "Hamburg", "Potsdam", "Cologne", "Frankfurt", "Leipzig", "Dresden", "Bremen", "Berlin"]
ROLES = ["Python Developer", "Data Engineer", "Frontend Engineer", "DevOps Engineer", "Product Manager"]


def _job(i: int) -> str:
    facts = [CITIES[i], ["Hybrid", "Remote", "On-site"][i % 3], ["Full-time", "Part-time", "Contract"][i % 3]]
    facts.append(["Senior", "Junior", "Mid-level", "Lead"][i % 4])
    badges = "".join(f'<span class="badge badge-light">{f}</span>' for f in facts)
    return (
        f'<div class="job-card"><h3><a href="/jobs/{i}">{ROLES[i % 5]} {i}</a></h3>'
        f'<div class="job-tags">{badges}</div></div>'
    )


TOPICS = [
    ["python", "web"],
    ["async", "python", "testing"],
    ["rust"],
    ["web", "django", "python"],
    ["testing", "async"],
    ["django", "web", "databases", "python"],
    ["python", "rust"],
    ["databases", "testing", "web"],
    ["async"],
    ["web", "python", "async"],
]


def _post(i: int) -> str:
    tags = "".join(f'<a class="tag" href="/tag/{t}">{t}</a>' for t in TOPICS[i])
    return (
        f'<article class="post"><h2><a href="/posts/{i}">Notes on building service number {i}</a></h2>'
        f'<time datetime="2024-01-{i + 1:02d}">Jan {i + 1}, 2024</time><div class="tags">{tags}</div></article>'
    )


def _fields(cards: str) -> tuple[dict[str, str], list[dict[str, object]]]:
    spec, records = spec_and_records(list_page(cards), "https://listings.example/search")
    return {f.name: f.type for f in spec.fields}, records


def test_house_facts_are_one_field_each_with_a_missing_one() -> None:
    fields, records = _fields("".join(_house(i) for i in range(10)))
    assert "tags" not in fields.values()
    assert {"bedrooms", "bathrooms", "size"} <= set(fields)
    assert [r["bathrooms"] for r in records[3:6]] == [1, None, 3]
    assert records[4]["size"] == 1240


def test_car_facts_are_named_by_what_they_are() -> None:
    fields, records = _fields("".join(_car(i) for i in range(10)))
    assert "tags" not in fields.values()
    assert {"year", "mileage", "fuel", "transmission"} <= set(fields)
    assert records[0]["year"] == 2012 and records[0]["mileage"] == 7000
    assert [r["fuel"] for r in records[:3]] == ["Diesel", "Petrol", "Electric"]
    assert records[6]["transmission"] == "Manual"


def test_job_badges_of_one_class_are_four_facts() -> None:
    fields, records = _fields("".join(_job(i) for i in range(10)))
    assert "tags" not in fields.values()
    assert records[1]["location"] == "Munich"
    assert records[1]["workplace"] == "Remote"
    assert records[1]["employment_type"] == "Part-time"
    assert records[1]["level"] == "Junior"


def test_topics_stay_one_list() -> None:
    fields, records = _fields("".join(_post(i) for i in range(10)))
    lists = [name for name, kind in fields.items() if kind == "tags"]
    assert len(lists) == 1
    assert [r[lists[0]] for r in records] == TOPICS


def test_places_line_up_a_shorter_run_by_its_kinds() -> None:
    full = ["w:berlin", "w:full-time", "price"]
    runs = [full, ["w:munich", "w:part-time", "price"], ["w:hamburg", "w:full-time"], ["w:bremen", "price"]]
    runs += [["w:berlin", "w:contract", "price"], ["w:köln", "w:part-time", "price"]]
    assert fact_places(runs) == [[0, 1, 2], [0, 1, 2], [0, 1], [0, 2], [0, 1, 2], [0, 1, 2]]


def test_words_met_at_two_places_are_a_list() -> None:
    runs = [["w:python", "w:web"], ["w:web", "w:async"], ["w:python", "w:async"], ["w:rust", "w:web"]]
    assert fact_places(runs) is None


def test_a_row_of_like_words_in_one_fixed_order_is_no_facts() -> None:
    sizes = ["w:xs", "w:s", "w:m", "w:l", "w:xl"]
    assert fact_places([sizes, sizes, sizes[1:], sizes, sizes[:-1]]) is None


LABELS = [
    ["bug", "cli"],
    ["enhancement"],
    ["docs", "help wanted"],
    ["bug"],
    ["bug", "theme"],
    ["enhancement", "cli"],
    ["docs"],
    ["bug", "cli"],
]


def _issue(i: int) -> str:
    chips = "".join(f'<a class="IssueLabel" href="/labels/{t}">{t}</a>' for t in LABELS[i])
    return (
        f'<li class="issue"><h3><a class="title" href="/issues/{i}">Issue number {i} in the tracker</a></h3>'
        f'<span class="meta">#{100 + i} opened by user{i}</span><div class="chips-row">{chips}</div></li>'
    )


def test_labels_whose_places_no_shape_tells_apart_stay_one_list() -> None:
    spec, records = spec_and_records(
        list_page("".join(_issue(i) for i in range(len(LABELS))), '<main><ul class="issues">{}</ul></main>'),
        "https://tracker.example/issues",
    )
    fields = {f.name: f.type for f in spec.fields}
    lists = [name for name, kind in fields.items() if kind == "tags"]
    assert len(lists) == 1
    assert [r[lists[0]] for r in records] == LABELS
