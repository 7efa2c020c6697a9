"""A fact found by its marks matches as its records write them: any case, a short unit not inside a word.

A car's "1.6L" engine is read by its unit, yet ``:contains("L")`` also finds the "LPG" fuel beside
it: a unit of one or two letters is read after the figure's last digit ("6L"). A mileage written
"48,000 km" on one card and "52,000 KM" on the next is found by both.
"""

from __future__ import annotations

from agents.heuristics.factfilters import _marks
from tests.unit.agents.conftest import list_page, spec_and_records

FUELS = ["Diesel", "LPG", "Petrol", "LPG", "Diesel", "Petrol", "LPG", "Diesel", "Petrol", "LPG"]
ENGINES = ["1.6L", "2.0L", None, "1.4L", "1.8L", None, "2.2L", "1.5L", "1.2L", None]


def _car(i: int) -> str:
    facts = [str(2010 + i), ENGINES[i], f"{(i * 11 + 5) * 1000:,} km", FUELS[i]]
    items = "".join(f'<li class="spec">{f}</li>' for f in facts if f)
    return (
        f'<article class="car"><h2><a href="/cars/{i}">Skoda Octavia {i}</a></h2>'
        f'<p class="price">€{8000 + i * 900:,}</p><ul class="specs">{items}</ul></article>'
    )


def test_a_short_unit_is_not_found_inside_a_word() -> None:
    spec, records = spec_and_records(list_page("".join(_car(i) for i in range(10))), "https://cars.example/")
    engine = next(f for f in spec.fields if records[0].get(f.name) == "1.6L")
    assert [r.get(engine.name) for r in records] == ENGINES
    fuel = next(f for f in spec.fields if records[0].get(f.name) == "Diesel")
    assert [r.get(fuel.name) for r in records] == FUELS


def test_a_short_unit_mark_carries_the_figure_before_it() -> None:
    marks = _marks(["1.6L", "2.0L", "1.4L"], expand=True)
    assert marks is not None and "6L" in marks and "L" not in marks
    assert not any(m in "LPG" for m in marks)
    spaced = _marks(["2 L", "1.5 L"], expand=True)
    assert spaced is not None and "5 L" in spaced and not any(m in "Petrol LPG" for m in spaced)


def test_a_unit_written_in_two_cases_is_found_in_both() -> None:
    marks = _marks(["48,000 km", "52,000 KM", "9,500 km"], expand=True)
    assert marks is not None
    assert any(m in "52,000 KM" for m in marks) and any(m in "48,000 km" for m in marks)
    miles = _marks(["48,000 miles", "52,000 MILES"], expand=True)
    assert miles == ["MILES", "miles"]


SPACED = ["1.6 L", "2.0 L", None, "1.4 L", "1.8 L", None, "2.2 L", "1.5 L", "1.2 L", None]


def _spaced_car(i: int) -> str:
    """A car whose engine the page writes with a no-break space: "1.6&nbsp;L"."""
    engine = SPACED[i].replace(" ", "&nbsp;") if SPACED[i] else None
    facts = [str(2010 + i), engine, f"{(i * 11 + 5) * 1000:,} km", FUELS[i]]
    items = "".join(f'<li class="spec">{f}</li>' for f in facts if f)
    return (
        f'<article class="car"><h2><a href="/cars/{i}">Skoda Octavia {i}</a></h2>'
        f'<p class="price">€{8000 + i * 900:,}</p><ul class="specs">{items}</ul></article>'
    )


def test_a_short_unit_after_a_no_break_space_is_found_as_the_page_writes_it() -> None:
    spec, records = spec_and_records(list_page("".join(_spaced_car(i) for i in range(10))), "https://cars.example/")
    engine = next(f for f in spec.fields if records[0].get(f.name) in ("1.6 L", 1.6))
    assert [r.get(engine.name) is not None for r in records] == [e is not None for e in SPACED]
    marks = _marks(["1.6 L", "2.0 L"], expand=True)
    assert marks is not None and "6\xa0L" in marks and "6 L" in marks
