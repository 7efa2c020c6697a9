"""A station's name with its code in brackets in a classed child ("Oslo <span class=code>(OSL)</span>"),
and a platform column whose values are mostly figures but one a code ("B7"): the name is read on
every row whatever its length, and the platform keeps its letters."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html  # type: ignore[import-untyped]

from agents.heuristics.badgedtexts import text_before_badge
from agents.heuristics.textowner import owns_text
from agents.heuristics.valuetypes import type_from_values
from tests.unit.agents.conftest import spec_and_records

URL = "https://trains.example/departures"

TRAINS = [
    ("08:05", "IC 101", "Oslo Central Station", "OSL", "3"),
    ("08:12", "RE 220", "Bergen", "BGO", "7"),
    ("08:20", "IC 103", "Hamar", "HMR", "B7"),
    ("08:31", "RE 224", "Lillehammer", "LHM", "1"),
    ("08:45", "IC 105", "Trondheim Sentralstasjon", "TRD", "12"),
    ("08:52", "RE 226", "Moss", "MSS", "4"),
    ("09:03", "IC 107", "Drammen", "DRM", "9"),
    ("09:15", "RE 228", "Gol", "GOL", "2"),
]


def _row(time: str, train: str, town: str, code: str, platform: str) -> str:
    return (
        f'<tr class="train-row"><td class="col-time"><time datetime="2025-03-15T{time}">{time}</time></td>'
        f'<td class="col-train"><a href="/trains/{train.replace(" ", "").lower()}">{train}</a></td>'
        f'<td class="col-to">{town} <span class="code">({code})</span></td>'
        f'<td class="col-platform">{platform}</td></tr>'
    )


def _page() -> str:
    rows = "".join(_row(*t) for t in TRAINS)
    return (
        '<html lang="en"><head><title>Departures</title></head><body><header><a href="/">Home</a></header>'
        '<main><h1>Departures</h1><table class="board"><thead><tr><th>Time</th><th>Train</th><th>To</th>'
        f"<th>Platform</th></tr></thead><tbody>{rows}</tbody></table></main></body></html>"
    )


@pytest.mark.parametrize(
    ("markup", "lead"),
    [
        ('<td>Oslo Central Station <span class="code">(OSL)</span></td>', "Oslo Central Station"),
        ('<td>Gol <span class="code">(GOL)</span></td>', "Gol"),
        ('<p>Microsoft <span class="ticker">[MSFT]</span></p>', "Microsoft"),
    ],
)
def test_a_bracketed_code_after_a_name_is_a_value_of_its_own(markup: str, lead: str) -> None:
    element = lxml_html.fragment_fromstring(markup)
    assert text_before_badge(element) == lead
    assert not owns_text(element)


@pytest.mark.parametrize(
    "markup",
    [
        '<h3>Dune <span class="year">(2021)</span></h3>',  # a year, not a code
        '<p>Reviews <span class="count">(12)</span></p>',  # a count after its word
        '<p>Oak <span class="state">(sold)</span></p>',  # a word, not a code
        '<p>Gol <span class="code">(GOL)</span> today</p>',  # text after the child
    ],
)
def test_other_brackets_stay_as_they_were(markup: str) -> None:
    assert text_before_badge(lxml_html.fragment_fromstring(markup)) is None


def test_every_row_gives_its_town_whatever_its_length() -> None:
    _, records = spec_and_records(_page(), URL)
    assert len(records) == len(TRAINS)
    for record, (_time, _train, town, code, _platform) in zip(records, TRAINS, strict=True):
        shown = set(map(str, record.values()))
        assert town in shown, record
        assert any(code in value for value in shown), record


def test_a_platform_column_with_a_code_keeps_its_letters() -> None:
    _, records = spec_and_records(_page(), URL)
    platforms = [next((v for v in r.values() if str(v) in ("B7", "7")), None) for r in records[1:3]]
    assert platforms == ["7", "B7"], records[:3]


@pytest.mark.parametrize(
    ("texts", "kind"),
    [
        (["4", "9", "6", "11", "US2", "5", "1"], "text"),  # a gate: "US2" is no 2
        (["3", "B12", "7", "A3", "10"], "text"),
        (["4", "9", "6", "11", "3", "5", "1"], "number"),
        (["12 km", "8 km", "3 km", "15 km"], "number"),  # a unit after the figure
        (["1.2k", "3M", "450", "12"], "number"),  # magnitudes after the figure
    ],
)
def test_numbers_must_be_numbers_as_shown(texts: list[str], kind: str) -> None:
    assert type_from_values(texts) == kind
