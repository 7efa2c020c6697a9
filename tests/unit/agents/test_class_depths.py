# ruff: noqa: E501
"""A value of one class that a few cards wrap once more (a verified employer's name inside a
badge row) is read on every card: the rare place joins the common slot, so the selector does
not steer around the wrapped cards (``classdepths``)."""

from __future__ import annotations

from parsel import Selector

from agents.heuristics.classdepths import joined_class_depths
from agents.heuristics.slots import Occurrence, Slot
from agents.heuristics.templateslots import collect_slots
from pipeline.core.extract import make_selector
from tests.unit.agents.conftest import list_page, spec_and_records

URL = "https://jobs.example/search?q=nurse"

#: Employers repeat from card to card, as they do on a job board.
JOBS = [
    ("Ward nurse", "Northgate Trust", False),
    ("Theatre nurse", "Riverside Clinic", False),
    ("Night nurse", "Northgate Trust", True),
    ("Practice nurse", "Hillview Surgery", False),
    ("Community nurse", "Riverside Clinic", False),
    ("School nurse", "Northgate Trust", False),
    ("Clinic nurse", "Hillview Surgery", False),
    ("Agency nurse", "Riverside Clinic", False),
    ("Care home nurse", "Oakfield Care", True),
    ("Triage nurse", "Northgate Trust", False),
    ("Dental nurse", "Hillview Surgery", False),
    ("Mental health nurse", "Riverside Clinic", False),
]


def _card(number: int, title: str, employer: str, verified: bool) -> str:
    name = f'<span class="employer">{employer}</span>'
    if verified:
        name = f'<div class="verified"><svg class="icon" aria-hidden="true"></svg>{name}<em class="tick">Verified</em></div>'
    return (
        f'<article class="job"><h2><a href="/jobs/{700 + number}">{title}</a></h2>'
        f'<div class="meta">{name}<span class="salary">£{28 + number},000</span></div></article>'
    )


def _page(jobs: list[tuple[str, str, bool]]) -> str:
    return list_page("".join(_card(n, *j) for n, j in enumerate(jobs)))


def test_a_wrapped_employer_is_read_with_the_others() -> None:
    spec, records = spec_and_records(_page(JOBS), URL)
    employer = next(f for f in spec.fields if records[0].get(f.name) == "Northgate Trust")
    assert [r.get(employer.name) for r in records] == [e for _t, e, _v in JOBS]


def test_the_selector_reads_wrapped_cards_of_the_next_page() -> None:
    spec, _records = spec_and_records(_page(JOBS), URL)
    employer = next(f for f in spec.fields if "employer" in f.selector)
    later = [(t, e, True) for t, e, _v in JOBS[:4]]
    cards = make_selector(_page(later), URL).css(spec.record_selector)
    assert [c.css(employer.selector.removesuffix("::text") + "::text").get() for c in cards] == [
        e for _t, e, _v in later
    ]


def _slot(key: tuple[str, ...], values: dict[int, str], records: list[Selector]) -> Slot:
    slot = Slot(key=key, kind="text")
    for number, value in values.items():
        slot.per_record[number] = [Occurrence(records[number].css("span.employer")[0].root, value)]
    return slot


def test_a_rare_slot_of_another_kind_stays_apart() -> None:
    sample = make_selector(_page(JOBS), URL).css("article.job")
    main = _slot(("div.meta", "span.employer"), {n: e for n, (_t, e, v) in enumerate(JOBS) if not v}, sample)
    rare = _slot(("div.meta", "div.verified", "span.employer"), {2: "12 March 2025", 8: "14 March 2025"}, sample)
    assert joined_class_depths([main, rare], sample) == [main, rare]


def test_the_common_and_rare_places_are_one_slot() -> None:
    sample = make_selector(_page(JOBS), URL).css("article.job")
    slots = [s for s in collect_slots([r.root for r in sample]) if s.key and s.key[-1] == "span.employer"]
    assert len(slots) == 2  # the walk keys them apart by path
    joined = [s for s in joined_class_depths(slots, sample) if s.key[-1] == "span.employer"]
    assert len(joined) == 1 and len(joined[0].per_record) == len(JOBS)


def test_a_class_saying_how_text_looks_joins_nothing() -> None:
    """``text-sm`` sizes any small line of a card: a rare one elsewhere is another value."""
    cards = "".join(
        f'<article class="job"><h2><a href="/jobs/{n}">{t}</a></h2>'
        + ('<div class="extra"><span class="text-sm">Closing soon</span></div>' if v else "")
        + f'<div class="meta">{"" if v else f"<span class=text-sm>{e}</span>"}</div></article>'
        for n, (t, e, v) in enumerate(JOBS)
    )
    sample = make_selector(list_page(cards), URL).css("article.job")
    slots = [s for s in collect_slots([r.root for r in sample]) if s.key and s.key[-1] == "span.text-sm"]
    assert len(slots) == 2
    assert joined_class_depths(slots, sample) == slots
