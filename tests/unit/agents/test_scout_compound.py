# ruff: noqa: E501
"""Two values printed as one text (issue #3): a rank before a title, a rating before its count, an
author after a quote. The Scout proposes one field per value, cut with ``text_after`` /
``text_before``, and the engine cuts the same way; a text that only looks like two values stays whole."""

from __future__ import annotations

import pytest

from pipeline.core.extract import extract_records
from pipeline.core.textparts import text_part
from tests.unit.agents.conftest import spec_and_records

URL = "https://list.example/chart/"
NAMES = ["The Quiet Field", "12 Angry Jurors", "North Wind", "Salt and Stone", "Paper Moons", "Orchard Days"]


def _page(rows: str) -> str:
    return f'<html><head><title>Chart</title></head><body><nav><a href="/">Home</a></nav><main><ul class="chart">{rows}</ul></main></body></html>'


def test_a_rank_before_the_title_is_its_own_field() -> None:
    rows = "".join(
        f'<li class="item"><a href="/title/{i}"><h3 class="title">{i + 1}. {name}</h3></a><span class="year">{1990 + i}</span></li>'
        for i, name in enumerate(NAMES)
    )
    spec, records = spec_and_records(_page(rows), URL)
    assert [r["title"] for r in records] == NAMES  # "12 Angry Jurors" keeps its own number
    assert [r["rank"] for r in records] == [1, 2, 3, 4, 5, 6]
    title = next(f for f in spec.fields if f.name == "title")
    assert title.text_after == ". "


def test_a_rating_and_its_count_in_one_text_are_two_fields() -> None:
    rows = "".join(
        f'<li class="item"><a href="/book/{i}"><h3>{name}</h3></a><span class="minirating">{3.5 + i / 10:.2f} avg rating &mdash; {1000 + i * 37:,} ratings</span></li>'
        for i, name in enumerate(NAMES)
    )
    spec, records = spec_and_records(_page(rows), URL)
    assert [r["rating"] for r in records] == [3.5, 3.6, 3.7, 3.8, 3.9, 4.0]
    counts = [f.name for f in spec.fields if f.text_after == "—"]
    assert len(counts) == 1
    assert [r[counts[0]] for r in records] == [1000 + i * 37 for i in range(6)]


def test_an_author_after_the_quote_in_one_cell() -> None:
    quotes = [f"“{name} is the kind of place where every morning feels new.”" for name in NAMES]
    authors = ["André Gide", "Thomas A. Edison", "Eleanor Roosevelt", "Jane Austen", "Mark Twain", "Ada Lovelace"]
    rows = "".join(
        f'<tr><td style="padding: 1em">{q} Author: {a}</td></tr><tr><td>Tags: <a href="/tag/{i}">t{i}</a></td></tr>'
        for i, (q, a) in enumerate(zip(quotes, authors, strict=True))
    )
    html = f"<html><body><h1>Quotes</h1><table>{rows}</table></body></html>"
    _spec, records = spec_and_records(html, URL)
    assert [(r["quote"], r["author"]) for r in records] == list(zip(quotes, authors, strict=True))


@pytest.mark.parametrize(
    ("texts", "why"),
    [
        ([f"{d}. März 2024" for d in range(1, 7)], "German dates start with a day and a dot"),
        ([f"£{10 + i} – £{20 + i}" for i in range(6)], "a price range is one value"),
        (["1. Bundesliga"] * 6, "the same number on every record is no rank"),
        ([f"A slow start — then {name} finds its feet and runs" for name in NAMES], "prose joins clauses with dashes"),
        (
            [
                f"{city} ({n})"
                for city, n in zip(
                    ["Lyon", "Paris", "Nantes", "Lille", "Nice", "Brest"], [69, 75, 44, 59, 6, 29], strict=True
                )
            ],
            "brackets qualify a place",
        ),
    ],
)
def test_texts_that_only_look_like_two_values_stay_whole(texts: list[str], why: str) -> None:
    rows = "".join(
        f'<li class="item"><a href="/x/{i}"><h3>{name}</h3></a><span class="info">{text}</span></li>'
        for i, (name, text) in enumerate(zip(NAMES, texts, strict=True))
    )
    spec, _records = spec_and_records(_page(rows), URL)
    assert not [f for f in spec.fields if f.text_after or f.text_before], why


def test_the_engine_cuts_text_as_the_spec_says() -> None:
    assert text_part("4.34 avg rating — 9,385,123 ratings", None, "—") == "4.34 avg rating"
    assert text_part("4.34 avg rating — 9,385,123 ratings", "—", None) == "9,385,123 ratings"
    assert text_part("“Words.” AUTHOR: Ana", "author:", None) == "Ana"  # the literal is found in any case
    assert text_part("no label here", "Author:", None) == ""  # nothing after a missing label
    assert text_part("no separator", None, " · ") == "no separator"  # before a missing one: all of it
    assert text_part("Balance · -12.50", "·", None) == "-12.50"  # a minus sign is no separator
    assert text_part("/docs/guide/", None, "#") == "/docs/guide/"  # an end that was not cut stays as it is
    # A mark that ends in a space also ends the part at the end of the text, where nothing follows it.
    assert text_part("doi: 10.1/ab.c. Epub 2024", "doi:", ". ") == "10.1/ab.c"
    assert text_part("doi: 10.1/ab.c.", "doi:", ". ") == "10.1/ab.c"
    assert text_part("doi: 10.1/ab.c", "doi:", ". ") == "10.1/ab.c"


def test_a_data_line_of_three_values_is_three_fields() -> None:
    # MediaWiki's search results: "54 KB (6,123 words) - 10:52, 27 February 2024".
    lines = [f"{10 + i} KB ({1000 + i * 111:,} words) - 10:5{i}, {i + 1} February 2024" for i in range(6)]
    rows = "".join(
        f'<li class="item"><a href="/wiki/{i}"><h3>{name}</h3></a><div class="result-data">{line}</div></li>'
        for i, (name, line) in enumerate(zip(NAMES, lines, strict=True))
    )
    spec, records = spec_and_records(_page(rows), URL)
    cut = [f for f in spec.fields if f.selector == spec.fields[-1].selector and (f.text_after or f.text_before)]
    assert len(cut) == 3
    got = [[r[f.name] for f in cut] for r in records]
    assert got[0] == ["10 KB", 1000, "2024-02-01T10:50:00+00:00"]  # a size keeps its unit
    assert [row[1] for row in got] == [1000 + i * 111 for i in range(6)]


def test_brackets_in_a_title_belong_to_the_title() -> None:
    rows = "".join(
        f'<li class="item"><a href="/film/{i}"><h3>{name} ({1990 + i})</h3></a><span class="votes">{100 + i} votes</span></li>'
        for i, name in enumerate(NAMES)
    )
    spec, records = spec_and_records(_page(rows), URL)
    assert [r["title"] for r in records] == [f"{name} ({1990 + i})" for i, name in enumerate(NAMES)]
    assert not [f for f in spec.fields if f.text_after or f.text_before]


def test_a_hyphen_cut_holds_on_a_page_with_hyphenated_names() -> None:
    # The sample has no hyphen inside a name; the next page does ("Spider-Man"): the cut keeps its spaces.
    def page(names: list[str]) -> str:
        rows = "".join(
            f'<li class="item"><a href="/t/{i}"><h3>Track {i}</h3></a><span class="meta">{name} - {i + 2}:4{i}</span></li>'
            for i, name in enumerate(names)
        )
        return _page(rows)

    spec, _records = spec_and_records(page(["Intro", "Outro", "Ballad", "Reprise", "Finale", "Overture"]), URL)
    later = [dict(r) for r in extract_records(page(["Spider-Man", "X-Ray", "A", "B", "C", "D"]), URL, spec)]
    cut = next(f for f in spec.fields if f.text_before)
    assert cut.text_before == " - "
    assert [r[cut.name] for r in later][:2] == ["Spider-Man", "X-Ray"]


def test_a_place_with_its_distance_in_brackets_is_two_fields() -> None:
    # Dealer and store finders: "Springfield, OR (3 mi.)", "Harbour Café (1.2 km)": the brackets
    # hold a measure with its unit, not a code qualifying the name as "Lyon (69)" does.
    places = ["Salem, OR", "Eugene, OR", "Bend, OR", "Medford, OR", "Albany, OR", "Corvallis, OR"]
    rows = "".join(
        f'<li class="item"><a href="/car/{i}"><h3>{name}</h3></a><span class="dist">{place} ({3 + i * 4} mi.)</span></li>'
        for i, (name, place) in enumerate(zip(NAMES, places, strict=True))
    )
    spec, records = spec_and_records(_page(rows), URL)
    cut = [f for f in spec.fields if f.selector == "span.dist"]
    assert len(cut) == 2
    assert [r[cut[0].name] for r in records] == places
    assert [r[cut[1].name] for r in records] == [3 + i * 4 for i in range(6)]
