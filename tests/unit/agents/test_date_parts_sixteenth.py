"""A date drawn in parts (weekday, day, month, year in sibling elements) and a unix time kept in a
``data-*`` attribute: each is one date field."""

from __future__ import annotations

from datetime import date

import lxml.html

from agents.heuristics.attributes import data_values, is_unix_time
from agents.heuristics.monthheadings import month_of
from pipeline.core.datetext import parse_date
from pipeline.core.epochs import epoch_date
from tests.unit.agents.conftest import list_page, spec_and_records

URL = "https://gigs.example/shows"
SHOWS = [
    ("2025-03-14", "The Crescent Hall", "Leeds"),
    ("2025-03-15", "Old Mill Rooms", "York"),
    ("2025-03-18", "Riverside Arena", "Bristol"),
    ("2025-04-03", "Northgate Club", "Utrecht"),
    ("2025-04-05", "Harbour Stage", "Hamburg"),
    ("2025-04-06", "Lantern Works", "Berlin"),
    ("2025-05-24", "Parc del Forum", "Barcelona"),
]
WRAPPER = '<main><h2>Tour dates</h2><ul class="shows">{}</ul></main>'


def _show(day: str, venue: str, city: str, *, year: bool = False) -> str:
    moment = date.fromisoformat(day)
    parts = [moment.strftime("%a").upper(), moment.strftime("%d"), moment.strftime("%b").upper()]
    parts += [str(moment.year)] if year else []
    names = ["weekday", "day", "month", "year"]
    block = "".join(f'<div class="when-{n}">{p}</div>' for n, p in zip(names, parts, strict=False))
    return (
        f'<li class="show"><div class="when">{block}</div><div class="info">'
        f'<h3 class="place"><a href="/shows/{day}">{venue}</a></h3><p class="city">{city}</p></div>'
        f'<a class="tickets" href="/tickets/{day}">Tickets</a></li>'
    )


def test_a_date_drawn_as_weekday_day_and_month_blocks_is_one_date_field() -> None:
    html = list_page("".join(_show(*show) for show in SHOWS), WRAPPER)
    spec, records = spec_and_records(html, URL)
    dates = [f for f in spec.fields if f.type == "date"]
    assert len(dates) == 1
    assert [str(r[dates[0].name])[:10] for r in records] == [show[0] for show in SHOWS]
    assert not any(f.name.endswith(("weekday", "month")) for f in spec.fields)  # no parts left over


def test_a_year_block_beside_the_parts_joins_the_date() -> None:
    html = list_page("".join(_show(*show, year=True) for show in SHOWS), WRAPPER)
    spec, records = spec_and_records(html, URL)
    dates = [f for f in spec.fields if f.type == "date"]
    assert [str(r[dates[0].name])[:10] for r in records] == [show[0] for show in SHOWS]


INCIDENTS = [
    ("1743084120000", "27", "14:02", "Elevated error rates"),
    ("1742372100000", "19", "08:15", "Delayed deliveries"),
    ("1742090400000", "16", "02:00", "Scheduled maintenance"),
    ("1741038420000", "3", "21:47", "Login failures"),
]


def test_a_unix_time_named_as_a_time_is_the_records_date_and_its_parts_go() -> None:
    cards = "".join(
        f'<div class="incident"><a class="incident-link" href="/incidents/{n}">{title}</a>'
        f'<div class="when"><span class="stamp" data-datetime-unix="{unix}">Mar <var>{d}</var>, <var>{t}</var></span>'
        f' - <span class="stamp"><var>23:59</var></span> UTC</div></div>'
        for n, (unix, d, t, title) in enumerate(INCIDENTS)
    )
    spec, records = spec_and_records(list_page(cards), URL)
    dates = [f for f in spec.fields if f.type == "date"]
    assert [f.attribute for f in dates] == ["data-datetime-unix"]
    assert records[0][dates[0].name] == "2025-03-27T14:02:00+00:00"
    shown = {str(v) for r in records for v in r.values()}
    assert "14:02" not in shown and "['27']" not in shown  # the instant's parts are not fields again


def test_only_a_unix_time_of_this_century_under_a_time_name_is_kept() -> None:
    root = lxml.html.fromstring(
        '<div data-timestamp="1743084120" data-time-zone="Etc/UTC" data-count="1743084120" '
        'data-ga-event-time="1743084120"></div>'
    )
    assert data_values(root, on_record=False) == [("data-timestamp", "1743084120")]
    assert is_unix_time("data-created-at-unix", "1743084120000")
    assert not is_unix_time("data-created-at-unix", "99999999999")  # 5138: no unix time of a page
    assert not is_unix_time("data-count", "1743084120")


def test_the_engine_reads_a_unix_time_as_a_utc_datetime() -> None:
    assert parse_date("1743084120") == "2025-03-27T14:02:00+00:00"
    assert parse_date("1743084120000") == "2025-03-27T14:02:00+00:00"
    assert epoch_date("4102444800") is None  # 2100 and later: a number, not an instant
    assert epoch_date("12345") is None


def test_a_month_heading_over_records_dated_in_that_month_is_no_field_of_its_own() -> None:
    months: dict[str, list[tuple[str, str, str]]] = {}
    for show in SHOWS:
        months.setdefault(date.fromisoformat(show[0]).strftime("%B %Y"), []).append(show)
    groups = "".join(
        f'<li class="month-heading">{month}</li>' + "".join(_show(*show, year=True) for show in shows)
        for month, shows in months.items()
    )
    spec, records = spec_and_records(list_page(groups, WRAPPER), URL)
    assert [str(r[f.name])[:10] for r in records for f in spec.fields if f.type == "date"] == [s[0] for s in SHOWS]
    assert not any("March 2025" in str(v) for r in records for v in r.values())


def test_only_a_month_and_its_year_name_a_month() -> None:
    assert month_of("March 2025") == "2025-03"
    assert month_of("Sept. 2024") == "2024-09"
    assert month_of("mars 2025") == "2025-03"
    assert month_of("Marketing 2025") is None
    assert month_of("Mar 14") is None


def test_a_unix_time_beside_a_full_datetime_only_repeats_it() -> None:
    cards = "".join(
        f'<div class="incident" data-timestamp="{unix}"><a class="incident-link" href="/incidents/{n}">{title}</a>'
        f'<span class="stamp"><time datetime="2025-03-{d.zfill(2)}T{t}:07Z">'
        f'Mar {d}, 2025</time></span><p class="note">Resolved after {n + 2} hours</p></div>'
        for n, (unix, d, t, title) in enumerate(INCIDENTS)
    )
    spec, _records = spec_and_records(list_page(cards), URL)
    assert [f.attribute for f in spec.fields if f.type == "date"] == ["datetime"]
