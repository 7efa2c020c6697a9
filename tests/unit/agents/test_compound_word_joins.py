"""Facts joined by small words, no mark between them (``wordjoins``): "by Ana Ruiz on 12 March 2025",
"12 March 2025 in Travel", "in Travel by Ana Ruiz", "Posted 3 days ago in Jobs", "von Jana Schulz am
12. März 2025". Each fact gets a column of its own; a sentence holding the same words stays whole."""

from __future__ import annotations

from tests.unit.agents.conftest import list_page, spec_and_records

URL = "https://notes.example/blog/"
TITLES = ["Harbour lights", "A quiet week", "Winter bread", "The long road", "Small gardens", "Old chairs"]
PEOPLE = ["Ana Ruiz", "Tom Hale", "Ines Carvalho", "Sam Lee", "Jo Park", "Lena Vogt"]
DAYS = ["12 March 2025", "3 March 2025", "28 February 2025", "20 February 2025", "14 February 2025", "9 February 2025"]
ISO = ["2025-03-12", "2025-03-03", "2025-02-28", "2025-02-20", "2025-02-14", "2025-02-09"]
SECTIONS = ["Travel", "Food", "Home", "Travel", "Garden", "Food"]
AGES = ["3 days ago", "5 hours ago", "1 day ago", "2 weeks ago", "4 days ago", "6 hours ago"]


def _records(texts: list[str]) -> list[dict]:
    cards = "".join(
        f'<article class="post"><h2><a href="/posts/{i}/">{TITLES[i]}</a></h2><p class="meta">{text}</p></article>'
        for i, text in enumerate(texts)
    )
    _spec, records = spec_and_records(list_page(f'<div class="posts">{cards}</div>'), URL)
    return records


def _column(records: list[dict], wanted: list[object]) -> bool:
    """Whether some column of ``records`` holds exactly ``wanted`` (a date by its day)."""
    return any(
        [str(r.get(key))[: len(str(w))] for r, w in zip(records, wanted, strict=True)] == wanted for key in records[0]
    )


def test_a_name_after_by_and_a_day_after_on_are_two_values() -> None:
    records = _records([f"by {p} on {d}" for p, d in zip(PEOPLE, DAYS, strict=True)])
    assert _column(records, PEOPLE)
    assert _column(records, ISO)


def test_a_section_after_in_is_a_value_beside_the_day_before_it() -> None:
    records = _records([f"{d} in {s}" for d, s in zip(DAYS, SECTIONS, strict=True)])
    assert _column(records, SECTIONS)
    assert _column(records, ISO)


def test_a_section_and_a_name_joined_by_their_words_are_two_values() -> None:
    records = _records([f"in {s} by {p}" for s, p in zip(SECTIONS, PEOPLE, strict=True)])
    assert _column(records, SECTIONS)
    assert _column(records, PEOPLE)


def test_an_age_under_a_shared_caption_and_its_section_are_two_values() -> None:
    records = _records([f"Posted {a} in {s}" for a, s in zip(AGES, SECTIONS, strict=True)])
    assert _column(records, AGES)
    assert _column(records, SECTIONS)


def test_the_joining_words_of_other_languages_cut_too() -> None:
    tage = [
        "12. März 2025",
        "3. März 2025",
        "28. Februar 2025",
        "20. Februar 2025",
        "14. Februar 2025",
        "9. Februar 2025",
    ]
    records = _records([f"von {p} am {t}" for p, t in zip(PEOPLE, tage, strict=True)])
    assert _column(records, PEOPLE)
    assert _column(records, ISO)


def test_a_sentence_holding_the_same_words_stays_whole() -> None:
    texts = [
        "A walk in the park by the river",
        "Bread baked in the oven by the door",
        "Chairs mended in the shed by hand",
        "Seeds sown in the rain by the fence",
        "Notes kept in a box by the bed",
        "Boats moored in the bay by night",
    ]
    records = _records(texts)
    assert _column(records, texts)


def test_a_kind_of_place_in_a_district_stays_whole() -> None:
    texts = [
        f"{k} in {s}" for k, s in zip(["Loft", "Apartment", "Studio", "House", "Flat", "Cabin"], SECTIONS, strict=True)
    ]
    records = _records(texts)
    assert _column(records, texts)


def test_one_author_signing_every_post_is_still_a_value_beside_the_day() -> None:
    records = _records([f"by Ana Ruiz on {d}" for d in DAYS])
    assert _column(records, ["Ana Ruiz"] * len(DAYS))
    assert _column(records, ISO)


# --- a place line beside a word after a mark ------------------------------------------------------

PLACES = ["Lisbon, Portugal", "Berlin, Germany", "Porto, Portugal", "Madrid, Spain", "Paris, France", "Oslo, Norway"]
TYPES = ["Full-time", "Part-time", "Contract", "Full-time", "Internship", "Full-time"]


def test_a_place_line_and_the_word_after_its_mark_are_two_values() -> None:
    records = _records([f"{p} — {t}" for p, t in zip(PLACES, TYPES, strict=True)])
    assert _column(records, PLACES)
    assert _column(records, TYPES)


def test_two_place_lines_either_side_of_a_mark_stay_whole() -> None:
    texts = [f"{a} — {b}" for a, b in zip(PLACES, PLACES[1:] + PLACES[:1], strict=True)]
    records = _records(texts)
    assert _column(records, texts)


def test_a_day_opening_with_its_month_before_in_is_a_date_not_a_caption() -> None:
    days = [
        "March 12, 2025",
        "March 3, 2025",
        "February 28, 2025",
        "February 20, 2025",
        "February 14, 2025",
        "May 9, 2025",
    ]
    records = _records([f"{d} in {s}" for d, s in zip(days, SECTIONS, strict=True)])
    assert _column(records, SECTIONS)
    assert _column(records, ["2025-03-12", "2025-03-03", "2025-02-28", "2025-02-20", "2025-02-14", "2025-05-09"])
