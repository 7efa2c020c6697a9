"""Values that only their wrapper's place tells apart once class names are hashed: a card's
second list, and every item of a run after its caption."""

from __future__ import annotations

from lxml import html

from agents.heuristics.fieldcandidates import candidates
from tests.unit.agents.conftest import list_page, spec_and_records

URL = "https://jobs.example/search/"
SKILLS = [["PHP", "Laravel", "MySQL"], ["Java", "Kotlin"], ["Go", "gRPC", "Kubernetes"], ["Python", "Django"]]
TOWNS = ["Essen", "Bochum", "Dortmund", "Hagen"]


def _job(n: int) -> str:
    skills = "".join(f'<li class="q1w2e3">{s}</li>' for s in SKILLS[n % len(SKILLS)])
    return (
        f'<article class="a9f3k2"><div class="b7d1x0">'
        f'<h2 class="c4m8z1"><a href="/job/{n}">Engineer number {n}</a></h2>'
        f'<ul class="d2k9p4"><li class="q1w2e3">{TOWNS[n % len(TOWNS)]}</li><li class="q1w2e3">Full time</li></ul>'
        f'<ul class="f6h3j8">{skills}</ul></div></article>'
    )


def test_a_cards_second_list_is_found_by_its_place() -> None:
    spec, records = spec_and_records(list_page("".join(_job(n) for n in range(8))), URL)
    [skills] = [f.name for f in spec.fields if f.selector == "ul:nth-of-type(2) > li"]
    assert records[0][skills] == ["PHP", "Laravel", "MySQL"]
    assert records[1][skills] == ["Java", "Kotlin"]


def test_a_wrapper_among_alike_siblings_is_offered_by_its_place() -> None:
    record = html.fromstring(_job(0))
    skill = record.xpath("//ul[2]/li[1]")[0]
    found = candidates(record, skill)
    assert "ul:nth-of-type(2) > li" in found
    assert "ul:nth-last-of-type(1) > li" in found


def test_every_item_after_a_caption_is_offered() -> None:
    record = html.fromstring(
        '<div class="x1y2z3"><h3>Linen shirt</h3><div><span>Available sizes:</span>'
        "<span>S</span><span>M</span><span>L</span></div></div>"
    )
    first = record.xpath("//span[2]")[0]
    assert 'span:contains("Available sizes:") ~ span' in candidates(record, first)
