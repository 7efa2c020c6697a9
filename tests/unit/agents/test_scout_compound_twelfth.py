# ruff: noqa: E501
"""Compound values of the twelfth corpus wave: ranks that count again from 1 in a second section
(Product Hunt's Today and Yesterday), a stay written "Nov 3 – 8" (Airbnb), "4.92 (128)" beside
"New" (Airbnb's unrated homes), and "published 4.1.0 • 6 months ago" (npm)."""

from __future__ import annotations

import pytest

from agents.heuristics import values
from agents.heuristics.kindnames import is_ranking
from agents.heuristics.phrases import fixed_lead, is_placeholder
from agents.heuristics.valuetypes import CLOCK
from tests.unit.agents.conftest import list_page, spec_and_records

URL = "https://list.example/search/"
NAMES = [
    "Notewise",
    "Pixelmint",
    "Loopback 2.0",
    "Fathom Deck",
    "Quillbox",
    "Stackpilot",
    "Tidy Tabs",
    "Murmur",
    "Ledgerly",
    "Driftboard",
]


def _cards(texts: list[str], cls: str) -> str:
    return "".join(
        f'<li class="card"><h3 class="name"><a href="/p/{i}">{NAMES[i]}</a></h3><span class="{cls}">{text}</span>'
        f'<p class="blurb">The {NAMES[i].lower()} tool for teams of {i + 2}</p></li>'
        for i, text in enumerate(texts)
    )


# --- 1. ranks that count again from 1 --------------------------------------------------------------


def test_ranks_in_the_title_that_restart_in_a_second_section_are_split_off() -> None:
    ranks = [1, 2, 3, 4, 5, 6, 1, 2, 3, 4]  # today's six, then yesterday's four
    cards = "".join(
        f'<li class="post"><a class="post-name" href="/posts/{i}">{rank}. {name}</a><p class="tagline">Tagline {i}</p></li>'
        for i, (rank, name) in enumerate(zip(ranks, NAMES, strict=True))
    )
    spec, records = spec_and_records(list_page(f'<ul class="posts">{cards}</ul>'), URL)
    title = next(f for f in spec.fields if f.type == "title")
    assert [r[title.name] for r in records] == NAMES
    assert [r["rank"] for r in records] == ranks


def test_a_bare_rank_that_restarts_is_named_rank() -> None:
    ranks = [1, 2, 3, 4, 5, 6, 1, 2, 3, 4]
    cards = "".join(
        f'<li class="post"><b>{rank}</b><a href="/posts/{i}">{name}</a></li>'
        for i, (rank, name) in enumerate(zip(ranks, NAMES, strict=True))
    )
    spec, records = spec_and_records(list_page(f'<ul class="posts">{cards}</ul>'), URL)
    assert [r["rank"] for r in records] == ranks
    assert next(f for f in spec.fields if f.name == "rank").type == "number"


@pytest.mark.parametrize(
    ("ranks", "ranked"),
    [
        ([1, 2, 3, 4, 1, 2, 3], True),  # two sections
        ([11, 12, 13, 14, 1, 2], True),  # page two of a chart, then a second chart
        ([1, 1, 1, 1, 1, 1], False),  # the same number everywhere
        ([1, 2, 1, 2, 1, 2], False),  # no run long enough to rank
        ([1, 2, 3, 4, 1], False),  # a run of one record
        ([1, 2, 3, 5, 6, 7], False),  # a gap
    ],
)
def test_what_counts_as_a_ranking(ranks: list[int], ranked: bool) -> None:
    assert is_ranking({place: float(rank) for place, rank in enumerate(ranks)}) is ranked


# --- 2. a range of days with the month written once ------------------------------------------------


def test_a_range_of_days_stays_one_value_as_shown() -> None:
    stays = ["Nov 3 – 8", "Nov 10 – 15", "Oct 27 – Nov 1", "Nov 17 – 22", "Dec 1 – 6", "Nov 24 – 29"]
    spec, records = spec_and_records(list_page(f'<ul class="results">{_cards(stays, "dates")}</ul>'), URL)
    stay = next(f for f in spec.fields if f.selector == "span.dates")
    assert [r[stay.name] for r in records] == stays
    assert not any(f.text_before or f.text_after for f in spec.fields)


@pytest.mark.parametrize(
    ("start", "end", "ranged"),
    [
        ("Nov 3", "8", True),
        ("Oct 27", "Nov 1", True),
        ("3", "8 Nov", True),
        ("Nov 3", "45", False),
        ("Nov 3", "2 guests", False),
        ("12", "8", False),
    ],
)
def test_the_ends_of_a_range_of_days(start: str, end: str, ranged: bool) -> None:
    assert values.is_date_range(start, end) is ranged


# --- 3. a rating and its count, and "New" where there are none ---------------------------------------


@pytest.mark.parametrize("new", [False, True])
def test_a_score_and_its_count_in_brackets_are_two_fields(new: bool) -> None:
    scores = [
        "4.92 (128)",
        "4.81 (342)",
        "4.88 (61)",
        "4.95 (517)",
        "4.71 (233)",
        "4.97 (89)",
        "4.86 (174)",
        "4.79 (402)",
    ]
    if new:
        scores[3] = "New"  # a home with no reviews yet
    _spec, records = spec_and_records(list_page(f'<ul class="results">{_cards(scores, "stats")}</ul>'), URL)
    expected = [(None, None) if s == "New" else (float(s.split()[0]), int(s.split("(")[1].rstrip(")"))) for s in scores]
    assert [(r["rating"], r["review_count"]) for r in records] == expected


def test_a_placeholder_is_one_word_without_digits() -> None:
    assert is_placeholder("New") and is_placeholder("—") and is_placeholder("TBD")
    assert not is_placeholder("Nach Vereinbarung") and not is_placeholder("4.92") and not is_placeholder("2 nights")


def test_a_score_past_59_is_no_time_of_day() -> None:
    assert CLOCK.match("4.59") and CLOCK.match("19:30")
    assert not CLOCK.match("4.92") and not CLOCK.match("8.75")


# --- 4. a fixed word before a split part --------------------------------------------------------------


def test_a_fixed_word_before_a_version_is_a_caption() -> None:
    lines = [
        f"published {v} • {age}"
        for v, age in zip(
            ["4.1.0", "1.11.13", "2.30.1", "3.5.0", "3.6.0", "5.0.3"],
            ["6 months ago", "5 months ago", "a year ago", "7 months ago", "3 months ago", "2 years ago"],
            strict=True,
        )
    ]
    spec, records = spec_and_records(list_page(f'<ul class="results">{_cards(lines, "meta")}</ul>'), URL)
    versions = next(f for f in spec.fields if f.text_before == "•")
    assert (versions.name, versions.strip_label) == ("version", "published")
    assert [r[versions.name] for r in records] == ["4.1.0", "1.11.13", "2.30.1", "3.5.0", "3.6.0", "5.0.3"]


def test_a_fixed_word_after_the_cut_is_cut_after() -> None:
    lines = [
        f"{n} downloads • updated {d}"
        for n, d in zip(
            [12, 340, 56, 78, 910, 23],
            ["Mar 3, 2024", "Jan 9, 2024", "Feb 1, 2024", "Apr 4, 2024", "May 5, 2024", "Jun 6, 2024"],
            strict=True,
        )
    ]
    spec, records = spec_and_records(list_page(f'<ul class="results">{_cards(lines, "meta")}</ul>'), URL)
    dated = next(f for f in spec.fields if f.type == "date")
    assert dated.text_after == "updated"
    assert str(records[0][dated.name]).startswith("2024-03-03")


@pytest.mark.parametrize(
    ("texts", "lead"),
    [
        (["published 4.1.0", "published 1.11.13"], "published"),
        (["Updated 3 days ago", "Updated Mar 3, 2024"], "Updated"),
        (["Room 12", "Room 14"], None),  # a name ending in a number
        (["published 4.1.0", "published 4.1.0"], None),  # one constant text
        (["published 4.1.0", "released 1.2.0"], None),
    ],
)
def test_what_counts_as_a_fixed_lead(texts: list[str], lead: str | None) -> None:
    assert fixed_lead(texts) == lead
