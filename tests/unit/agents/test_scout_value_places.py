"""Look-alike siblings of hashed cards told apart by the kind of value each holds.

With every class a build hash, a salary chip and a job-type chip, or "4,512 Want to read" and
"1,890 Have read", are the same element. Where an optional one is missing, counting places
shifts the others; the kind of value (a price, a date, "Rated M", a count and what it counts,
words) does not. A text followed by its shortened copy is one value, and a salary chip before a
job-type chip is no price range.
"""

from __future__ import annotations

from lxml import html

from agents.heuristics.dom import HtmlElement
from agents.heuristics.siblings import sibling_mode
from agents.heuristics.templateslots import collect_slots
from agents.heuristics.valueplaces import value_kind, value_places
from tests.unit.agents.conftest import spec_and_records

URL = "https://games.example/browse/"
GAMES = ["Tidebreaker", "Paper Lanterns", "Ironclad Tactics", "Neon Drift", "Crown of Ash", "Hollow Kiln"]
RATINGS = ["M", "E", "T", None, "E10+", "M"]
PLATFORMS = ["PlayStation 5", "PC", "Nintendo Switch", "Xbox Series X", "PC", "PlayStation 5"]


def _runs(markup: str) -> list[list[HtmlElement]]:
    """One run of ``span`` siblings per ``div`` of ``markup``."""
    root = html.fromstring(f"<section>{markup}</section>")
    return [list(div.iterchildren("span")) for div in root.iterchildren("div")]


def _game(i: int) -> str:
    rated = f'<span class="css-7f"><span class="css-8a">•</span> Rated {RATINGS[i]}</span>' if RATINGS[i] else ""
    return (
        f'<div class="css-1a"><a class="css-2b" href="/game/{i}/"><h3 class="css-3c">{GAMES[i]}</h3>'
        f'<div class="css-4d"><span class="css-5e">Mar {14 - i}, 2025</span>{rated}'
        f'<span class="css-7f"><span class="css-8a">•</span> {PLATFORMS[i]}</span></div></a></div>'
    )


def test_a_missing_rating_shifts_no_platform_into_its_place() -> None:
    page = f'<html><body><main><div class="css-0z">{"".join(_game(i) for i in range(6))}</div></main></body></html>'
    spec, records = spec_and_records(page, URL)
    # Its own place holds only "Rated …" texts, so the caption is found and left out.
    rated = next(f for f in spec.fields if f.strip_label == "Rated")
    assert [r.get(rated.name) for r, want in zip(records, RATINGS, strict=True) if want] == [x for x in RATINGS if x]
    assert any([r.get(f.name) for r in records] == PLATFORMS for f in spec.fields)


def test_reader_counts_are_one_field_each_not_a_list() -> None:
    counts = [(4512, 301, 1890), (2304, None, 788), (412, 18, 156), (187, 6, 92), (12, None, 3)]
    cards = "".join(
        f'<li class="css-1a"><h3 class="css-2b"><a href="/works/{n}">Book number {n}</a></h3>'
        f'<span class="css-3c"><span class="css-4d">{want:,} Want to read</span>'
        + (f'<span class="css-4d">{reading} Currently reading</span>' if reading is not None else "")
        + f'<span class="css-4d">{done:,} Have read</span></span></li>'
        for n, (want, reading, done) in enumerate(counts)
    )
    root = html.fromstring(f"<ul>{cards}</ul>")
    slots = collect_slots(list(root.iterchildren("li")))
    wanted = next(s for s in slots if s.kind == "text" and "Want to read" in s.first_values()[0])
    assert not wanted.many
    assert [[o.value for o in wanted.per_record[n]] for n in range(5)] == [[f"{c[0]:,} Want to read"] for c in counts]


def test_value_kinds_and_their_places() -> None:
    runs = _runs(
        "<div><span>$50,000 - $60,000 a year</span><span>Full-time</span></div>"
        "<div><span>Contract</span></div>"
        "<div><span>From $22 an hour</span><span>Part-time</span></div>"
        "<div><span>$28.50 an hour</span></div>"
    )
    assert [[value_kind(e) for e in run] for run in runs] == [
        ["price", "words"],
        ["words"],
        ["price", "words"],
        ["price"],
    ]
    assert value_places(runs) == [[0, 1], [1], [0, 1], [0]]


def test_a_list_of_words_has_no_value_places() -> None:
    runs = _runs("<div><span>Python</span><span>Django</span></div><div><span>SQL</span></div>")
    assert value_places(runs) is None


def test_a_text_and_its_shortened_copy_are_one_value() -> None:
    full = [
        "Chrononutrition is an emerging field that examines the timing of food intake in relation to the clock",
        "Night-shift nurses ate a standard dinner at 18:00 or at 23:00 for two weeks each",
        "We identified 31 human studies of time-restricted eating that measured the gut microbiome",
    ]
    runs = _runs("".join(f"<div><span>{t}</span><span>{t[:48]}…</span></div>" for t in full))
    assert sibling_mode(runs) == "single"


def test_one_and_many_of_a_count_are_one_kind() -> None:
    [one, many] = html.fromstring("<div><span>1 review</span><span>1,204 Reviews</span></div>")
    assert value_kind(one) == value_kind(many) == "count:review"
