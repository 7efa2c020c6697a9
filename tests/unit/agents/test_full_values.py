"""A value shown cut, abbreviated or as a partial date, whole in an attribute of the same element:
the column reads the attribute ("CONF" titled "CONFIRMED", "3 weeks" titled with the date, "Thu
16:20" with a sort key); tooltips saying something else stay out, and dash runs are no value."""

from __future__ import annotations

from lxml import html as lxml_html

from agents.heuristics.fullslots import rounded_or_exact
from agents.heuristics.fullvalues import full_value, is_cut_of, is_partial_date, shows_less
from agents.heuristics.slots import Occurrence, Slot
from pipeline.core.normalize import normalize_value
from tests.unit.agents.conftest import spec_and_records

URL = "https://tracker.example/list"
TICKETS = [
    (501, "Crash when saving a draft offline", "Synchronisation", "ASSIGNED", "---", "2024-11-08 09:12:40", "09:12"),
    (502, "Dark mode ignores the accent colour", "Appearance", "NEW", "---", "2024-11-07 22:05:11", "Thu 22:05"),
    (503, "Export to CSV drops the header", "Import/Export", "CLOSED", "WONTFIX", "2024-11-05 13:00:02", "Tue 13:00"),
    (504, "Calendar invites show the wrong zone", "Calendar", "REOPENED", "---", "2024-10-30 08:45:19", "2024-10-30"),
    (505, "Search box loses focus after typing", "Search", "CLOSED", "FIXED", "2024-10-28 17:33:00", "2024-10-28"),
    (506, "Attachments over 20 MB fail silently", "Attachments", "NEW", "---", "2024-10-21 11:02:57", "2024-10-21"),
]


def _cut(value: str, width: int) -> str:
    return value[:width]


def _ticket_rows(with_titles: bool = True) -> str:
    rows = []
    for number, summary, area, state, outcome, changed, shown in TICKETS:
        cells = [(area, 10), (state, 4), (outcome, 4)]
        spans = "".join(
            f"<td><span title='{value}'>{_cut(value, width) if with_titles else value}</span></td>"
            for value, width in cells
        )
        rows.append(
            f"<tr class='ticket'><td><a href='/t/{number}'>{number}</a></td>{spans}"
            f"<td><a href='/t/{number}'>{summary}</a></td>"
            f"<td class='changed' data-sort-key='{changed}'>{shown}</td></tr>"
        )
    head = "<tr><th>ID</th><th>Area</th><th>State</th><th>Outcome</th><th>Summary</th><th>Changed</th></tr>"
    return f"<html><body><h1>Tickets</h1><table class='tickets'>{head}{''.join(rows)}</table></body></html>"


def _column(records: list[dict[str, object]], value: object) -> list[object] | None:
    """The column whose first record holds ``value``."""
    name = next((k for k, v in records[0].items() if v == value), None)
    return [r.get(name) for r in records] if name else None


def test_a_cut_or_abbreviated_text_is_cut_of_its_whole_value() -> None:
    assert is_cut_of("Packagin", "Packaging")
    assert is_cut_of("CONF", "CONFIRMED")
    assert is_cut_of("kemi.adebayo@exam...", "kemi.adebayo@example.org")
    assert is_cut_of("DOE", "Department of Energy")
    assert not is_cut_of("Status", "Status: open")  # a caption, then its value
    assert not is_cut_of("Name", "Click to sort")
    assert not is_cut_of("CONFIRMED", "CONFIRMED")


def test_a_date_shown_relative_or_without_its_year_is_partial() -> None:
    for shown in ("3 weeks", "47 min.", "2 years", "5 hours ago", "08:41:07", "Thu 16:20", "March 2", "yesterday"):
        assert is_partial_date(shown), shown
    for shown in ("2025-03-04", "42", "IMAP/POP", "3 bedrooms", "Ask (help)"):
        assert not is_partial_date(shown), shown
    assert shows_less("3 weeks", "2025-02-18 14:22:07 +0000")
    assert not shows_less("2025-03-04", "2025-03-04 10:00:00")  # the whole day a person writes down
    assert not shows_less("2025-03-04", "2025-03-04")


def test_a_tooltip_saying_something_else_is_no_value() -> None:
    def element(markup: str) -> lxml_html.HtmlElement:
        return lxml_html.fragment_fromstring(markup)

    assert full_value(element("<span title='Days since the last commit'>12</span>"), "12") is None
    assert full_value(element("<span title='Click to sort'>Name</span>"), "Name") is None
    assert full_value(element("<span title='Synchronisation'>Synchronis</span>"), "Synchronis") == (
        "title",
        "Synchronisation",
    )
    assert full_value(element("<td data-sort-key='2024-11-07 22:05:11'>Thu 22:05</td>"), "Thu 22:05") == (
        "data-sort-key",
        "2024-11-07 22:05:11",
    )


def test_cut_cells_are_read_whole_from_their_titles() -> None:
    _, records = spec_and_records(_ticket_rows(), URL)
    assert _column(records, "Synchronisation") == [t[2] for t in TICKETS]
    assert _column(records, "ASSIGNED") == [t[3] for t in TICKETS]
    outcome = next(name for name, value in records[2].items() if value == "WONTFIX")
    assert [r.get(outcome) for r in records] == [None, None, "WONTFIX", None, "FIXED", None]  # "---" is no value


def test_partial_dates_are_read_whole_from_the_sort_key() -> None:
    _, records = spec_and_records(_ticket_rows(), URL)
    days = [str(r.get("changed") or r.get("date") or "")[:10] for r in records]
    assert days == [t[5][:10] for t in TICKETS]


def test_titles_repeating_their_text_everywhere_are_not_read() -> None:
    spec, records = spec_and_records(_ticket_rows(with_titles=False), URL)
    assert _column(records, "Synchronisation") == [t[2] for t in TICKETS]
    assert not any(f.attribute == "title" for f in spec.fields)


REPOS = [
    ("tools/forge", "age-days", "2025-03-12 08:12:44 +0000", "3 days"),
    ("tools/anvil", "age-weeks", "2025-01-30 04:12:44 +0000", "6 weeks"),
    ("tools/tongs", "age-days", "2025-03-06 06:12:44 +0000", "9 days"),
    ("libs/ember", "age-years", "2022-12-24 07:12:44 +0000", "2 years"),
    ("libs/bellows", "age-hours", "2025-03-15 05:00:44 +0000", "5 hours"),
    ("libs/slag", "age-weeks", "2025-02-26 09:12:44 +0000", "2 weeks"),
    ("docs/guide", "age-mins", "2025-03-15 09:25:44 +0000", "47 min."),
    ("docs/site", "age-hours", "2025-03-14 14:42:44 +0000", "20 hours"),
    ("docs/notes", "age-years", "2021-01-05 03:12:44 +0000", "4 years"),
]


def test_an_age_is_read_as_the_date_in_its_title_and_its_class_word_is_no_field() -> None:
    rows = "".join(
        f"<tr><td class='repo'><a href='/{name}/'>{name}</a></td><td><a href='/{name}/'>The {name} repository</a></td>"
        f"<td><span class='{age}' title='{moment}'>{shown}</span></td></tr>"
        for name, age, moment, shown in REPOS
    )
    head = "<tr><th>Name</th><th>Description</th><th>Idle</th></tr>"
    page = f"<html><body><table class='list'>{head}{rows}</table></body></html>"
    spec, records = spec_and_records(page, "https://git.example/")
    dates = [f for f in spec.fields if f.type == "date"]
    assert [f.attribute for f in dates] == ["title"]
    assert [str(r[dates[0].name])[:10] for r in records] == [m[:10] for _, _, m, _ in REPOS]
    assert not any(v in ("days", "weeks", "years") for r in records for v in r.values())


def test_a_relative_text_inside_a_read_time_is_no_column_of_its_own() -> None:
    moments = ["2025-03-15T08:55:23Z", "2025-03-15T05:51:26Z", "2025-03-12T20:31:44Z", "2025-03-07T15:31:25Z"]
    shown = ["1 hour ago", "4 hours ago", "3 days ago", "March 7"]
    cards = "".join(
        f"<article class='topic'><h2><a href='/t/{i}'>Topic number {i} about books</a></h2>"
        f"<footer><span class='votes'>{i + 3} votes</span><time datetime='{m}' title='{m.replace('T', ' ')}'>"
        f"<span class='full'>{s}</span></time></footer></article>"
        for i, (m, s) in enumerate(zip(moments, shown, strict=True))
    )
    _, records = spec_and_records(f"<html><body><main><ol>{cards}</ol></main></body></html>", "https://forum.example/")
    assert not any(v in shown for r in records for v in r.values())
    assert any(str(v).startswith("2025-03-15") for v in records[0].values())


def test_a_run_of_dashes_is_no_value() -> None:
    for dashes in ("---", "--", "— —", "–"):
        assert normalize_value("text", dashes, base_url=URL) is None
    assert normalize_value("text", "-5", base_url=URL) == "-5"


def test_a_control_naming_its_record_is_no_value_shown_cut() -> None:
    def element(markup: str) -> lxml_html.HtmlElement:
        return lxml_html.fragment_fromstring(markup)

    button = "<button class='quick-add' aria-label='Quick add Dune Parka'>Quick add</button>"
    assert full_value(element(button), "Quick add") is None
    chip = "<span role='button' title='Save Dune Parka'>Save</span>"
    assert full_value(element(chip), "Save") is None


def _slot(kind: str, texts: list[str], attribute: str | None = None) -> Slot:
    slot = Slot(key=("td~3", "span"), kind=kind, attribute=attribute)
    for number, text in enumerate(texts):
        slot.per_record[number] = [Occurrence(lxml_html.fragment_fromstring("<span/>"), text)]
    return slot


def test_a_caption_the_same_on_every_record_is_not_read_from_its_varying_title() -> None:
    names = ["Dune Parka", "Fell Fleece", "Tor Shell"]
    shown = _slot("text", ["Compare"] * 3)
    kept = rounded_or_exact([shown, _slot("tooltip", [f"Compare {n}" for n in names], "title")])
    assert kept == [shown]
    cut = _slot("text", ["Synchronis", "Calendar", "Search"])
    whole = _slot("tooltip", ["Synchronisation", "Calendar", "Search"], "title")
    assert rounded_or_exact([cut, whole]) == [whole]
    ages = _slot("text", ["3 days"] * 3)  # one age shown alike, three days meant
    moments = _slot("tooltip", ["2025-03-12 08:12", "2025-03-11 09:00", "2025-03-12 01:00"], "title")
    assert rounded_or_exact([ages, moments]) == [moments]


def test_a_number_its_title_explains_is_not_cut() -> None:
    assert not is_cut_of("9.2", "9.2 based on 2,851,234 user ratings")
    assert not shows_less("128", "128 downloads this week")
