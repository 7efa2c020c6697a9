"""The Scout on records that do not sit in one element: two table rows, a dt and its dd, the day
heading above a group of cards, and counts named only by an icon."""

from __future__ import annotations

from agents.scout import analyze_page
from pipeline.core.extract import extract_records
from pipeline.core.schemas import FieldSpec, ScraperSpec

Record = dict[str, object]


def _records(body: str, url: str) -> tuple[ScraperSpec, list[Record]]:
    profile = analyze_page(body, url)
    return profile.spec, [dict(r) for r in extract_records(body, url, profile.spec)]


def _column(records: list[Record], value: object) -> str:
    """The name of the field holding ``value`` in the first record."""
    return next(name for name, found in records[0].items() if found == value)


def _two_row_table() -> str:
    rows = []
    for n, (title, points, user, comments) in enumerate(
        [
            ("A tiny Lisp in 300 lines of Go", 211, "ada", 40),
            ("Why the printer still jams", 150, "grace", 12),
            ("Notes from a week without email", 97, "linus", 3),
            ("Solar panels on a narrowboat", 64, "ken", 28),
        ],
        1,
    ):
        rows.append(
            f'<tr class="row-title"><td>{n}.</td><td><a class="headline" href="/s/{n}">{title}</a></td></tr>'
            f'<tr><td></td><td class="sub"><span class="votes">{points} points</span> by '
            f'<a class="user" href="/u/{user}">{user}</a> | <a href="/s/{n}#c">{comments} comments</a></td></tr>'
            '<tr class="pad"></tr>'
        )
    return f'<html><body><table class="stories">{"".join(rows)}</table></body></html>'


def test_a_record_spanning_two_table_rows_keeps_both() -> None:
    spec, records = _records(_two_row_table(), "https://news.example/")
    assert spec.record_span == 2
    assert len(records) == 4
    first = records[0]
    assert first["title"] == "A tiny Lisp in 300 lines of Go"
    assert first["url"] == "https://news.example/s/1"
    assert first[_column(records, 211.0)] == 211.0
    assert "ada" in first.values()
    assert records[-1]["title"] == "Solar panels on a narrowboat"
    assert records[-1][_column(records, 211.0)] == 64.0
    assert 28.0 in records[-1].values()  # the comments of the last story, from its second row


def _changelog() -> str:
    names = ["libfoo", "barkit", "quxdb", "zap", "ember", "mote", "tidy", "gale", "pyrite", "loom", "sift", "knot"]
    days = ["Tue, 3 Mar 2026", "Mon, 2 Mar 2026", "Sun, 1 Mar 2026"]
    blocks = []
    for d, day in enumerate(days):
        pairs = "".join(
            f'<dt><a class="pkg-name" href="/p/{name}/1.{n}.0">{name}</a> <span class="ver">1.{n}.0</span></dt>'
            f'<dd><p class="about">Release notes of {name}</p><p class="who">by <a href="/u/dev{n}">dev{n}</a></p></dd>'
            for n, name in enumerate(names[4 * d : 4 * d + 4], 4 * d)
        )
        blocks.append(f'<h3 class="day">{day} (<span>4</span> releases)</h3><dl class="log">{pairs}</dl>')
    return f'<html><body><main id="feed">{"".join(blocks)}</main></body></html>'


def test_dt_dd_pairs_are_one_record_and_take_the_day_of_their_heading() -> None:
    spec, records = _records(_changelog(), "https://pkgs.example/recent")
    assert spec.record_span == 2
    assert len(records) == 12
    assert records[0]["title"] == "libfoo"
    assert records[0]["url"] == "https://pkgs.example/p/libfoo/1.0.0"
    assert "Release notes of libfoo" in records[0].values()
    assert "1.0.0" in records[0].values()  # a version stays text, never 100
    assert "dev0" in records[0].values()  # from the dd, beside the dt's name
    assert [r["date"][:10] for r in records] == ["2026-03-03"] * 4 + ["2026-03-02"] * 4 + ["2026-03-01"] * 4  # type: ignore[index]
    date_field = next(f for f in spec.fields if f.name == "date")
    assert date_field.scope == "preceding"


def _agenda() -> str:
    column = []
    for day, events in (
        ("Friday 10 April 2026", [("19:30", "String quartet", "€ 12,50"), ("21:00", "Late jazz", "€ 8")]),
        ("Saturday 11 April 2026", [("11:00", "Flea market", "€ 2"), ("20:00", "Puppet theatre", "€ 9,90")]),
        ("Sunday 12 April 2026", [("15:00", "Choir concert", "€ 15")]),
    ):
        column.append(f"<h2>{day}</h2>")
        column.extend(
            f'<div class="event"><span class="event-time">{time}</span>'
            f'<a class="event-title" href="/e/{title.lower().replace(" ", "-")}">{title}</a>'
            f'<span class="event-price">{price}</span></div>'
            for time, title, price in events
        )
    return f'<html><body><h1>Agenda</h1><div class="agenda">{"".join(column)}</div></body></html>'


def test_cards_under_day_headings_take_the_date_from_the_heading_and_keep_their_time() -> None:
    _spec, records = _records(_agenda(), "https://city.example/agenda")
    assert len(records) == 5
    assert records[0]["title"] == "String quartet"
    assert records[0]["date"] == "2026-04-10T00:00:00+00:00"
    assert records[0]["time"] == "19:30"  # a time of day, not a made-up date
    assert records[0]["price"] == {"amount": 12.5, "currency": "EUR"}
    assert records[2]["date"] == "2026-04-11T00:00:00+00:00"
    assert records[4]["date"] == "2026-04-12T00:00:00+00:00"
    assert records[4]["time"] == "15:00"


def _icon_cards() -> str:
    homes = [("Sea View", 3, 2, 6), ("Mill House", 2, 1, 4), ("The Barn", 4, 3, 8), ("Rose Cottage", 1, 1, 2)]
    cards = []
    for name, beds, baths, guests in homes:
        cards.append(
            f'<li class="home"><h3><a href="/h/{name.replace(" ", "-").lower()}">{name}</a></h3><ul class="stats">'
            f'<li class="stat"><svg class="ico"><use href="#ico-bed"></use></svg>{beds}</li>'
            f'<li class="stat"><img src="/i/bath.svg" alt="Bathrooms">{baths}</li>'
            f'<li class="stat"><i class="icon-guests"></i>{guests}</li></ul></li>'
        )
    return f'<html><body><ul class="homes">{"".join(cards)}</ul></body></html>'


def test_counts_named_only_by_their_icon_are_separate_fields_found_by_the_icon() -> None:
    spec, records = _records(_icon_cards(), "https://stay.example/")
    assert len(records) == 4
    first = records[0]
    assert first["title"] == "Sea View"
    beds, baths, guests = _column(records, 3.0), _column(records, 2.0), _column(records, 6.0)
    assert "bed" in beds and "bath" in baths and "guests" in guests
    assert [r[beds] for r in records] == [3.0, 2.0, 4.0, 1.0]
    assert [r[baths] for r in records] == [2.0, 1.0, 3.0, 1.0]
    assert [r[guests] for r in records] == [6.0, 4.0, 8.0, 2.0]
    selectors = {f.name: f.selector for f in spec.fields}
    assert "#ico-bed" in selectors[beds]  # found by its icon, so a missing count shifts nothing


def test_old_specs_without_spans_or_headings_extract_as_before() -> None:
    body = "<html><body><ul><li><b>a</b></li><li><b>b</b></li></ul></body></html>"
    spec = ScraperSpec(
        start_url="https://x.example/", record_selector="li", fields=(FieldSpec(name="t", selector="b"),)
    )
    assert spec.record_span == 1 and spec.fields[0].scope == "record"
    assert extract_records(body, spec.start_url, spec) == [{"t": "a"}, {"t": "b"}]


def test_a_preceding_field_reads_the_last_heading_before_each_record() -> None:
    body = "<html><body><h2>One</h2><p>a</p><p>b</p><h2>Two</h2><p>c</p></body></html>"
    spec = ScraperSpec(
        start_url="https://x.example/",
        record_selector="p",
        fields=(FieldSpec(name="t"), FieldSpec(name="group", selector="h2", scope="preceding")),
    )
    assert extract_records(body, spec.start_url, spec) == [
        {"t": "a", "group": "One"},
        {"t": "b", "group": "One"},
        {"t": "c", "group": "Two"},
    ]
