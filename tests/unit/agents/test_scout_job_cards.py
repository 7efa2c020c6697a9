"""Job cards and feed posts: an unlinked title over a linked company, data kept in a custom
element's own attributes, and a salary range paid by the year."""

from __future__ import annotations

import lxml.html

from agents.heuristics import values
from agents.heuristics.attributes import data_name, data_values
from tests.unit.agents.conftest import list_page, spec_and_records

URL = "https://jobs.example/jobs/search?keywords=analyst"
JOBS = [
    ("Analytics Engineer", "Harborline Health"),
    ("Senior Data Analyst", "Quillmark"),
    ("BI Developer", "Tandem Pay"),
    ("Data Engineer", "Quillmark"),
    ("Analytics Lead", "Northwind Labs"),
    ("Staff Data Scientist", "Tandem Pay"),
    ("Junior Analyst", "Brightway"),
    ("Reporting Analyst", "Orchard Bank"),
]


def _column(records: list[dict[str, object]], expected: list[object]) -> str | None:
    """The name of the column holding ``expected``, record by record, if any."""
    for name in records[0]:
        if [r.get(name) for r in records] == expected:
            return name
    return None


def _job_card(i: int, title: str, company: str) -> str:
    # The whole card is one link holding only screen-reader text; the company name is a link too.
    slug = title.lower().replace(" ", "-")
    return (
        f'<li><div class="base-card job-card">'
        f'<a class="base-card__full-link" href="/jobs/view/{slug}-{4100 + i}?position={i + 1}&amp;trk=serp">'
        f'<span class="sr-only">{title}</span></a>'
        f'<div class="card-info"><h3 class="card-title">{title}</h3>'
        f'<h4 class="card-subtitle"><a class="nested-link" href="/company/{company.lower().replace(" ", "-")}">'
        f"{company}</a></h4>"
        f'<div class="card-meta"><span class="card-location">New York, NY</span>'
        f'<time datetime="2025-03-{10 + i}">{i + 1} days ago</time></div></div></div></li>'
    )


def test_an_unlinked_h3_title_wins_over_the_linked_h4_company_under_it() -> None:
    cards = "".join(_job_card(i, title, company) for i, (title, company) in enumerate(JOBS))
    spec, records = spec_and_records(list_page(cards, '<main><ul class="results">{}</ul></main>'), URL)
    title = next(f for f in spec.fields if f.name == "title")
    assert [r[title.name] for r in records] == [t for t, _ in JOBS]
    urls = [str(r.get("url") or "") for r in records]
    assert all("/jobs/view/" in u for u in urls), urls  # the card's own link, not the company's
    companies = [f"https://jobs.example/company/{c.lower().replace(' ', '-')}" for _, c in JOBS]
    assert _column(records, companies) is None  # the company's page leads on from the company shown


def _post(i: int, title: str) -> str:
    # The score and the comment count exist only in the custom element's attributes.
    return (
        f'<article class="w-full" aria-labelledby="post-title-t3_{i}">'
        f'<shreddit-post author="baker_{i}" author-id="t2_ab{i}" class="block" comment-count="{10 + i}" '
        f'created-timestamp="2025-03-{10 + i}T09:14:22.000000+0000" id="t3_x{i}" post-type="text" '
        f'score="{100 * i + 7}" feedindex="{i}" view-context="SubredditFeed" nd:visible="">'
        f'<div slot="credit-bar"><a href="/user/baker_{i}/">u/baker_{i}</a></div>'
        f'<a slot="title" href="/r/bread/comments/x{i}/{title.lower().replace(" ", "_")}/">{title}</a>'
        f"</shreddit-post></article>"
    )


def test_a_custom_elements_own_attributes_are_read_like_data_attributes() -> None:
    titles = [f"{t} loaf" for t, _ in JOBS]
    posts = "".join(_post(i, t) for i, t in enumerate(titles))
    _spec, records = spec_and_records(list_page(posts, '<main><div class="feed">{}</div></main>'), URL)
    assert _column(records, [100 * i + 7 for i in range(len(titles))]) is not None
    assert _column(records, [10 + i for i in range(len(titles))]) is not None


def test_a_custom_element_skips_its_global_and_flag_attributes() -> None:
    root = lxml.html.fromstring(
        '<html><body><story-card class="x" id="s1" slot="a" hidden="" role="article" tabindex="0" '
        'aria-label="Story" style="color:red" onclick="go()" open="open" pinned="true" kicker="Breaking" '
        "votes=\"42\"></story-card><div kicker='Local'></div></body></html>"
    )
    card, plain = root.xpath("//story-card")[0], root.xpath("//div")[0]
    assert data_values(card, on_record=True) == [("kicker", "Breaking"), ("votes", "42")]
    assert data_values(plain, on_record=True) == []  # a made-up attribute of a plain element is markup
    assert data_name("comment-count") == "comment_count"


def test_a_records_id_written_as_one_word_is_no_field() -> None:
    root = lxml.html.fromstring("<li data-rowID='31633' data-postid='77' data-votes='12'>x</li>")
    assert data_values(root, on_record=True) == [("data-votes", "12")]  # ``data-rowID``: the row's id


def test_a_salary_range_paid_by_the_year_is_a_range() -> None:
    assert values.is_price_range("$135,000.00/yr - $160,000.00/yr")
    assert values.is_price_range("$40/hr – $55/hr")
    assert values.is_price_range("€3,000 per month to €3,800 per month")
    assert not values.is_price_range("$135,000.00/yr")
    assert not values.is_price_range("$12.99/mo")
