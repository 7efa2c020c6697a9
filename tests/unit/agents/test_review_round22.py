"""Review round 22: a hostile ``content`` attribute, day headings read as A–Z initials."""

from __future__ import annotations

import re

import pytest
from lxml import html
from parsel import Selector

from agents.heuristics import values
from agents.heuristics.assemble import build_profile
from agents.heuristics.grouping import heading_field
from agents.heuristics.linkindex import files_by_initial


class _LengthsSeen:
    """Stands in for the number pattern and keeps the length of every text it is asked to match."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.lengths = pattern, [0]

    def match(self, text: str) -> re.Match[str] | None:
        self.lengths.append(len(text))
        return self.pattern.match(text)


def test_number_check_skips_long_texts_before_matching(monkeypatch: pytest.MonkeyPatch) -> None:
    # "1", a run of spaces, "!": the number pattern backtracks over every split of the run (1 s).
    seen = _LengthsSeen(values.NUMBER)
    monkeypatch.setattr(values, "NUMBER", seen)
    assert not values.is_number("1" + " " * 10_000 + "!")
    assert max(seen.lengths) == 0  # turned down by its length, never matched
    assert values.is_number("3 comments:") and values.is_number("(1,284)")


def test_spaced_microdata_content_never_reaches_the_number_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    # An itemprop's ``content`` is only stripped, not cleaned: its inner spaces reached ``is_number``
    # (14.9 s on this page before the length came first, 0.35 s after).
    pad = " " * 4000
    cards = "".join(
        f"<li class='card' itemscope><h3 class='t'><a href='/p/{n}'>Item number {n}</a></h3>"
        f"<span class='price'>${n}.99</span><span class='s'>in stock</span><b>new</b>"
        f"<meta itemprop='sku' content='{n}{pad}x{n}'></li>"
        for n in range(572)
    )
    body = f"<html><body><ul class='list'>{cards}</ul></body></html>"
    assert sum(1 for _ in html.fromstring(body).iter()) >= 4000
    seen = _LengthsSeen(values.NUMBER)
    monkeypatch.setattr(values, "NUMBER", seen)
    build_profile(body, "https://shop.example/list")
    assert len(seen.lengths) > 1  # the check ran over the page's texts
    assert max(seen.lengths) <= 30


def test_day_headings_over_times_are_no_initials() -> None:
    days = ["12 March", "12 March", "13 March", "13 March"]
    talks = ["18:00 Keynote", "20:00 Jazz night", "18:00 Poetry", "20:00 Film"]
    assert not files_by_initial(days, talks)
    # An index still files its entries under their initials.
    assert files_by_initial(["A", "B", "0–9", "#"], ["Adiantum", "Blechnum", "3D printing", "42"])
    assert files_by_initial(["D cont.", "E"], ["Dryopteris", "Equisetum"])


def test_schedule_keeps_its_day_headings() -> None:
    days = ["12 March", "13 March", "14 March"]
    html_text = (
        "<html><body><main>"
        + "".join(
            f"<h3>{day}</h3>"
            + "".join(
                f"<div class='ev'><span class='time'>{hour}:00</span> "
                f"<a href='/e/{day[:2]}{hour}'>Talk {hour}</a></div>"
                for hour in (18, 20)
            )
            for day in days
        )
        + "</main></body></html>"
    )
    page = Selector(text=html_text)
    starts = [s.root for s in page.css("div.ev")]
    field = heading_field(page, starts, 1, set())
    assert field is not None and field.selector == "main > h3"
