"""A rating drawn as an ``<svg>``, end to end: its ``<title>`` is each record's rating."""

from __future__ import annotations

from tests.unit.agents.conftest import list_page, spec_and_records

RATINGS = ["4.5", "4.7", "4.0", "3.5", "5.0", "4.2"]


def test_a_rating_only_in_an_svg_title_is_the_records_rating() -> None:
    cards = "".join(
        f'<article class="xQz"><a class="bQm" href="/sight/{n}">'
        f'<h3 class="kLp">Sight number {n} of the town</h3></a>'
        f'<div class="jVd"><svg class="UcU" viewBox="0 0 128 24" aria-labelledby="r{n}">'
        f'<title id="r{n}">{rating} of 5 bubbles</title><path d="M 12 0z"></path></svg>'
        f'<span class="pZU">({100 + n * 7})</span></div></article>'
        for n, rating in enumerate(RATINGS)
    )
    spec, records = spec_and_records(list_page(cards), "http://sights.test/things-to-do")
    [field] = [f for f in spec.fields if f.type == "rating"]
    assert [r[field.name] for r in records] == [float(r) for r in RATINGS]
