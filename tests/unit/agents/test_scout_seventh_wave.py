# ruff: noqa: E501
"""The mechanisms the seventh corpus wave asked for (issue #3), each on the smallest page showing it:
an optional first sibling (an urgency badge, a missing salary chip) that shifts the places of the
values after it, results laid beside a thumbnail in a one-row table on some records only, prose
under a wrapper whose class names a picture, and a rare product type priced in its own markup."""

from __future__ import annotations

import re

from agents.heuristics.phrases import shared_lead
from tests.unit.agents.conftest import list_page, spec_and_records

URL = "https://list.example/items/"
NAMES = [
    "Harbour Lights",
    "North Wind",
    "Salt and Stone",
    "Paper Moons",
    "The Quiet Field",
    "Orchard Days",
    "Iron Bridge",
    "Low Tide",
]


#: The result list these tests' cards sit in.
RESULTS = '<main><ul class="results">{}</ul></main>'


def _column(records: list[dict[str, object]], expected: list[object]) -> str | None:
    """The field whose values, record by record, are ``expected``."""
    return next((name for name in records[0] if [r.get(name) for r in records] == expected), None)


def test_an_optional_badge_before_the_date_leaves_the_date_its_place() -> None:
    # "Going fast" sits before the date on some cards only, in the same markup as the date.
    badges = {0: "Going fast", 3: "Almost full", 5: "Sales end soon"}
    cards = "".join(
        f'<li class="event"><div class="stack">{f"<p class=txt>{badges[i]}</p>" if i in badges else ""}'
        f'<a class="event-link" href="/e/{i}"><h3>{name}</h3></a><p class="txt">March {10 + i}, 2026</p>'
        f'<p class="venue">Hall {i}</p></div></li>'
        for i, name in enumerate(NAMES)
    )
    spec, records = spec_and_records(list_page(cards, RESULTS), URL)
    dates = [f"2026-03-{10 + i}" for i in range(len(NAMES))]
    read = {name: [str(r.get(name) or "")[:10] for r in records] for name in spec.field_names()}
    assert dates in read.values()
    assert _column(records, [badges.get(i) for i in range(len(NAMES))]) is not None


def test_a_salary_chip_missing_on_some_jobs_never_shows_the_job_type() -> None:
    # Two chips alike but for the salary's own class; some jobs show no salary, one no job type.
    salaries = {
        0: "$50,000 - $60,000 a year",
        1: "$40 - $55 an hour",
        3: "$68,000 - $82,000 a year",
        4: "$28.50 an hour",
        6: "$70,000 - $85,000 a year",
        7: "$4,800 - $6,200 a month",
    }
    kinds = ["Full-time", "Contract", "Full-time", "Part-time", None, "Full-time", "Contract", "Full-time"]

    def chips(i: int) -> str:
        salary = f'<li><div class="metadata salary-snippet">{salaries[i]}</div></li>' if i in salaries else ""
        kind = f'<li><div class="metadata">{kinds[i]}</div></li>' if kinds[i] else ""
        return f'<ul class="chips">{salary}{kind}</ul>'

    cards = "".join(
        f'<li class="job"><h2 class="job-title"><a href="/job/{i}">{name} Analyst</a></h2><span class="company">Firm {i}</span>{chips(i)}</li>'
        for i, name in enumerate(NAMES)
    )
    _spec, records = spec_and_records(list_page(cards, RESULTS), URL)
    assert _column(records, [salaries.get(i) for i in range(len(NAMES))]) is not None
    assert _column(records, kinds) is not None


def _result(i: int, name: str, thumbnail: bool) -> str:
    heading = f'<div class="result-heading"><a href="/wiki/{name.replace(" ", "_")}">{name}</a></div>'
    snippet = f'<div class="searchresult">{name} is a lighthouse on the coast, lit since {1800 + i} and still in service today</div>'
    data = f'<div class="result-data">{10 + i} KB ({1000 + i * 10} words)</div>'
    if not thumbnail:
        return f'<li class="result">{heading}{snippet}{data}</li>'
    picture = f'<td class="resultImage-thumbnail"><a href="/wiki/File:{i}.jpg" class="file"><img src="/thumb/{i}.jpg" alt=""></a></td>'
    return f'<li class="result with-quickview"><table class="resultImage"><tr>{picture}<td class="resultImage-text">{heading}{snippet}{data}</td></tr></table></li>'


def test_results_with_and_without_a_thumbnail_table_are_one_list() -> None:
    # MediaWiki's search: results with a picture put the same heading, snippet and data line in a
    # one-row table beside it. Most results have one; those without are records all the same.
    thumbnails = {0, 1, 3, 4, 6}
    cards = "".join(_result(i, name, i in thumbnails) for i, name in enumerate(NAMES))
    _spec, records = spec_and_records(list_page(cards, '<main><ul class="search-results">{}</ul></main>'), URL)
    assert [r["title"] for r in records] == NAMES
    assert [r["url"] for r in records] == [f"https://list.example/wiki/{n.replace(' ', '_')}" for n in NAMES]


def test_prose_under_a_class_naming_a_picture_stays_text() -> None:
    # "resultImage-text" wraps the snippet: the name says image, the values are sentences.
    cards = "".join(_result(i, name, True) for i, name in enumerate(NAMES))
    spec, records = spec_and_records(list_page(cards, '<main><ul class="search-results">{}</ul></main>'), URL)
    snippets = [
        f"{n} is a lighthouse on the coast, lit since {1800 + i} and still in service today"
        for i, n in enumerate(NAMES)
    ]
    name = _column(records, snippets)
    assert name is not None
    assert next(f for f in spec.fields if f.name == name).type == "text"


def test_a_rare_product_type_priced_in_its_own_markup_keeps_its_price() -> None:
    # One bundle among the products shows "From $149.00 To $219.00" instead of a plain price.
    def box(i: int) -> str:
        if i == 5:
            return '<div class="price-box"><p class="price-from">From <span class="price">$149.00</span></p><p class="price-to">To <span class="price">$219.00</span></p></div>'
        return (
            f'<div class="price-box"><span class="price-wrapper"><span class="price">${20 + i}.00</span></span></div>'
        )

    cards = "".join(
        f'<li class="product-item"><a class="product-link" href="/p/{i}">{name} Brake</a>{box(i)}<button class="tocart">Add to Cart</button></li>'
        for i, name in enumerate(NAMES)
    )
    spec, records = spec_and_records(list_page(cards, RESULTS), URL)
    prices = [f.name for f in spec.fields if f.type == "price"]
    assert len(prices) == 1
    amounts = [r[prices[0]]["amount"] if isinstance(r[prices[0]], dict) else None for r in records]  # type: ignore[index]
    assert amounts == [20.0 + i if i != 5 else 149.0 for i in range(len(NAMES))]


def test_a_highlighted_search_term_is_no_field() -> None:
    # The searched word is marked inside most results' titles (MediaWiki's search, whose links
    # carry the title whole): a fragment of the title, not a value.
    titles = [
        "Sumburgh Head Lighthouse",
        "Smeaton's Tower",
        "Cape Wrath Lighthouse",
        "Pharos (disambiguation)",
        "Northern Lighthouses",
        "Bell Rock Lighthouse",
    ]

    def marked(title: str) -> str:
        return re.sub(r"([Ll]ighthouses?)", r'<span class="searchmatch">\1</span>', title)

    cards = "".join(
        f'<li class="result"><div class="heading"><a href="/wiki/{i}" title="{t}">{marked(t)}</a></div>'
        f'<div class="snippet">{t} stands on the coast and has guided ships since {1800 + i * 7}.</div></li>'
        for i, t in enumerate(titles)
    )
    _spec, records = spec_and_records(list_page(cards, RESULTS), URL)
    assert [r["title"] for r in records] == titles
    assert not any(set(r.values()) & {"Lighthouse", "Lighthouses"} for r in records)


def test_a_caption_before_most_dates_is_stripped_where_it_shows() -> None:
    # Indeed: "Posted 3 days ago", and "Just posted" on today's jobs, which keeps its words.
    assert (
        shared_lead(["Posted 3 days ago", "Just posted", "Posted Today", "Posted 30+ days ago", "Posted 1 day ago"])
        == "Posted"
    )
    assert (
        shared_lead(["Updated on March 3, 2024", "Updated on May 1, 2025", "Updated on June 9, 2025"]) == "Updated on"
    )
    # Names that end in a number are whole values, not a caption and a count.
    assert shared_lead(["Topic 1", "Topic 2", "Topic 3", "Topic 4"]) is None
