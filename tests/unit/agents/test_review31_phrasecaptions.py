"""Review 31: a shared first word of a place is no caption."""

from __future__ import annotations

from agents.heuristics.assemble import build_profile
from tests.unit.agents.test_compound_glued_parts import _column, _records


def _page() -> str:
    kinds, quarters = ["rent", "sale"], ["Mitte", "Pankow", "Kreuzberg", "Neukölln", "Wedding", "Moabit"]
    cards = "".join(
        f"<li class='card'><h3><a href='/x/{i}'>Bright flat no {i} with balcony</a></h3>"
        f"<p class='price'>{900 + i * 50} €</p>"
        f"<p class='meta'>Apartment for {kinds[i % 2]} · Berlin {quarters[i % 6]}</p></li>"
        for i in range(12)
    )
    return f"<html><body><ul class='results'>{cards}</ul></body></html>"


def test_a_city_shared_by_every_district_stays_in_the_value() -> None:
    profile = build_profile(_page(), "https://x.example/search")
    values = [str(v) for r in profile.sample_records for v in r.values()]
    assert "berlin" not in {f.name for f in profile.spec.fields}
    assert any("Berlin Mitte" in v for v in values)


# --- the mend: shared words that open a name, or a phrase, are no caption ----------------------------

DISTRICTS = ["Brooklyn", "Queens", "Harlem", "Bronx", "Chelsea", "Soho"]


def test_a_two_word_city_before_each_district_is_no_caption() -> None:
    texts = [
        f"Posted by {n} · New York {d}" for n, d in zip(["ann", "bo", "cy", "di", "ed", "fa"], DISTRICTS, strict=True)
    ]
    records = _records(texts)
    assert not any("new_york" in r for r in records)
    assert _column(records, [f"New York {d}" for d in DISTRICTS])


def test_a_link_word_before_one_lower_case_word_is_a_phrase_not_a_caption() -> None:
    texts = [f"Apartment for {k} · Sold by {s}" for k, s in zip(["rent", "sale"] * 3, DISTRICTS, strict=True)]
    records = _records(texts)
    assert not any("apartment_for" in r for r in records)


def test_a_participle_still_captions_a_capitalised_value() -> None:
    places = ["Lisbon", "Porto", "Madrid", "Seville", "Rome", "Milan"]
    topics = ["Travel", "Food", "Travel", "Design", "Food", "Travel"]
    records = _records([f"Posted in {t} | Tagged {p}" for t, p in zip(topics, places, strict=True)])
    assert _column(records, places) and _column(records, topics)
