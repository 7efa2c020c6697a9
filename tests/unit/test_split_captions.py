"""Captions written apart from their colon ("<span>Level</span><span>: </span><span>Beginner</span>"):
the value is keyed and found by its caption wherever an optional pair before it is missing, the
caption and the colon are no values; and a summary written as paragraphs in a box of its own is
read whole."""

from __future__ import annotations

from lxml import html as lxml_html

from agents.heuristics.labels import label_of
from agents.heuristics.labelslots import is_caption_slot
from agents.heuristics.splitcaptions import captions_a_value, is_colon_mark, split_caption
from agents.heuristics.templateslots import collect_slots
from agents.heuristics.textowner import is_separator
from tests.unit.agents.conftest import list_page, spec_and_records

URL = "https://learn.example.ac.uk/course/index.php?categoryid=7"
LEVELS = ["Beginner", "Intermediate", "Advanced", "All levels"]
TWO = [
    "Start Arabic from scratch with plenty of speaking practice in pairs and small groups.",
    "The exam fee is included, and you can sit the exam at the college in the final week.",
]


def _pair(label: str, value: str) -> str:
    return (
        f'<div class="customfield"><span class="customfieldname">{label}</span>'
        f'<span class="customfieldseparator">: </span><span class="customfieldvalue">{value}</span></div>'
    )


def _course(number: int, paragraphs: list[str] | None = None, level: bool | None = None) -> str:
    pairs = []
    if number % 4 != 1 if level is None else level:  # no level on some: the start date comes first there
        pairs.append(_pair("Level", LEVELS[number % 4]))
    if number % 5 != 2:
        pairs.append(_pair("Start date", f"Tuesday, {number + 1} April 2025"))
    if number % 3 != 0:
        pairs.append(_pair("Fee", f"£{100 + number * 7}.00"))
    text = paragraphs or [f"Learn everyday phrases in course {number} with plenty of speaking practice in pairs."]
    summary = "\n".join(f"<p>{p}</p>" for p in text)
    return (
        f'<div class="coursebox" data-courseid="{number}"><h3 class="coursename">'
        f'<a href="/course/view.php?id={number}">Spanish course {number}</a></h3>'
        f'<div class="summary"><div class="no-overflow">{summary}</div></div>'
        f'<div class="customfields-container">{"".join(pairs)}</div></div>'
    )


def _fragment(markup: str) -> lxml_html.HtmlElement:
    return lxml_html.fragment_fromstring(markup, create_parent="div")


# --- the caption, the colon and the value --------------------------------------------------


def test_a_value_after_a_colon_mark_is_named_by_the_caption_before_it() -> None:
    root = _fragment(_pair("Start date", "Tuesday, 22 April 2025"))
    name, colon, value = root[0]
    assert split_caption(value) == "Start date"
    assert label_of(value) == ("Start date", False)
    assert captions_a_value(name)
    assert is_colon_mark(colon) and is_separator(colon)
    assert not captions_a_value(value)


def test_a_colon_in_the_captions_tail_names_the_value_too() -> None:
    root = _fragment("<b>Fee</b>: <span>£149.00</span>")
    assert split_caption(root[1]) == "Fee"
    assert captions_a_value(root[0])


def test_a_figure_or_a_link_before_a_colon_is_no_caption() -> None:
    clock = _fragment("<span>10</span><span>:</span><span>45</span>")
    assert split_caption(clock[2]) is None and not captions_a_value(clock[0])
    linked = _fragment('<a href="/u/ana">Ana</a><span>: </span><span>Great course</span>')
    assert split_caption(linked[2]) is None


def test_values_are_found_by_their_caption_wherever_a_pair_is_missing() -> None:
    page = list_page("".join(_course(n) for n in range(20)), '<main><div class="courses">{}</div></main>')
    spec, records = spec_and_records(page, URL)
    by_name = {f.name: f for f in spec.fields}
    assert {"level", "start_date"} <= set(by_name)
    assert ':contains("Level")' in by_name["level"].selector
    # No column holds the captions or the colon.
    for record in records:
        assert not {"Level", "Start date", "Fee", ":"} & {v for v in record.values() if isinstance(v, str)}
    assert records[1]["level"] is None and str(records[1]["start_date"]).startswith("2025-04-02")
    assert records[2]["start_date"] is None
    assert all(r["level"] == LEVELS[n % 4] for n, r in enumerate(records) if n % 4 != 1)


def test_pairs_are_told_apart_by_their_caption_not_their_place() -> None:
    root = lxml_html.fromstring(list_page("".join(_course(n) for n in range(12))))
    slots = collect_slots(root.cssselect("div.coursebox"))
    dated = [s for s in slots if s.kind == "text" and s.key[-1].endswith("{Start date}")]
    assert len(dated) == 1 and len(dated[0].per_record) == 10
    assert "%caption:start date" in dated[0].key[-2]
    names = [s for s in slots if s.kind == "text" and s.key[-1] == "span.customfieldname"]
    assert len(names) == 3 and all(is_caption_slot(s, constant=True) for s in names)
    assert not any(is_caption_slot(s, constant=False) for s in slots if s.label and s.key[-1].endswith("}"))


def test_the_caption_is_preferred_where_the_sample_shows_every_pair() -> None:
    # The records checked show a level every time; later ones (the next page) leave it out.
    cards = "".join(_course(n, level=n < 14) for n in range(20))
    spec, records = spec_and_records(list_page(cards, '<main><div class="courses">{}</div></main>'), URL)
    assert ':contains("Level")' in {f.name: f for f in spec.fields}["level"].selector
    assert records[16]["level"] is None and str(records[16]["start_date"]).startswith("2025-04-17")


# --- a summary in paragraphs ---------------------------------------------------------------


def test_a_summary_of_paragraphs_in_its_own_box_is_read_whole() -> None:
    cards = "".join(_course(n, TWO if n % 3 == 0 else None) for n in range(12))
    _, records = spec_and_records(list_page(cards, '<main><div class="courses">{}</div></main>'), URL)
    assert records[0]["summary"] == " ".join(TWO)
    assert records[1]["summary"] == "Learn everyday phrases in course 1 with plenty of speaking practice in pairs."


def test_paragraphs_sharing_their_box_with_a_sublist_keep_their_lead() -> None:
    cards = "".join(_course(n, TWO if n % 3 == 0 else None) for n in range(12))
    cards = cards.replace("</p></div></div>", "</p><h4>Fixes</h4><ul><li>One</li></ul></div></div>", 3)
    _, records = spec_and_records(list_page(cards, '<main><div class="courses">{}</div></main>'), URL)
    assert records[0]["summary"] == TWO[0]
