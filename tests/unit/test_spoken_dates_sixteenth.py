"""The full date a screen reader hears beside a calendar badge without the year is the record's date."""

from __future__ import annotations

import pytest
from lxml import html

from agents.heuristics import spokendates
from agents.heuristics.spokendates import spoken_date
from agents.heuristics.templateslots import collect_slots
from pipeline.core.datetext import parse_date

EVENTS = [
    ("OCT", "12", "Sun", "Oct 12 2025", "Kamasi Washington"),
    ("NOV", "3", "Mon", "Nov 3 2025", "Esperanza Spalding"),
    ("JAN", "9", "Fri", "Jan 9 2026", "Snarky Puppy"),
]


def _cards(hidden_class: str) -> list[html.HtmlElement]:
    cards = "".join(
        f'<li><div aria-hidden="true"><span class="m">{m}</span><span class="d">{d}</span></div>'
        f'<h3>{name}</h3><span class="{hidden_class}">{w} {full} 7:30 PM {name}</span></li>'
        for m, d, w, full, name in EVENTS
    )
    return list(html.fromstring(f"<ul>{cards}</ul>").iterchildren("li"))


def test_a_screen_reader_copy_saying_the_year_is_a_value() -> None:
    for hidden in ("sr-only", "VisuallyHidden-sc-8buqks-0 lmhoCy"):
        found = [s.first_values() for s in collect_slots(_cards(hidden)) if s.kind == "text"]
        spoken = [f"{w} {full} 7:30 PM {name}" for _m, _d, w, full, name in EVENTS]
        assert spoken in found, hidden


def test_a_screen_reader_copy_without_a_year_or_shown_text_is_no_date() -> None:
    sr = html.fromstring('<span class="sr-only">Sun Oct 12 7:30 PM</span>')
    shown = html.fromstring("<span>Sun Oct 12 2025</span>")
    assert spoken_date(sr) is None and spoken_date(shown) is None


def test_a_screen_reader_copy_is_dated_once_however_often_the_scout_asks(monkeypatch: pytest.MonkeyPatch) -> None:
    parsed: list[str] = []

    def counted(text: str) -> str | None:
        parsed.append(text)
        return parse_date(text)

    monkeypatch.setattr(spokendates, "parse_date", counted)
    copy = html.fromstring('<span class="sr-only">Sat Feb 7 2026 8:00 PM Once Only</span>')
    assert spoken_date(copy) == spoken_date(copy) == "Sat Feb 7 2026 8:00 PM Once Only"
    assert parsed == ["Sat Feb 7 2026 8:00 PM Once Only"]
