"""The pieces of a date inside a read ``time[datetime]``, and prose under a screen-reader class."""

from __future__ import annotations

from lxml import html

from pipeline.core.screenreader import for_screen_readers
from tests.unit.agents.conftest import list_page, spec_and_records

URL = "https://events.example/events/list/"
#: (title, day, start shown, end shown); an all-day event shows its day alone.
EVENTS = [
    ("Songwriters night", 14, "7:00 pm", "9:00 pm"),
    ("Seed swap morning", 15, "10:00 am", "12:30 pm"),
    ("Bike repair class", 18, "6:30 pm", "8:00 pm"),
    ("Park clean-up day", 22, None, None),
    ("Tamale workshop", 20, "5:30 pm", "8:30 pm"),
    ("Chamber music", 23, "3:00 pm", "4:30 pm"),
]
BLURBS = [
    "Six songwriters share one stage tonight. Doors open half an hour before the first set begins.",
    "Bring seeds you saved last year and leave with something new for the garden beds.",
    "Fix a flat and adjust your brakes with the co-op mechanics. Loaner stands are provided.",
    "Meet at any park entrance with friends. Gloves, bags and hot coffee are provided all morning.",
    "Masa, fillings and folding technique from a family recipe. Everyone takes home a dozen.",
    "A string quartet plays Haydn under the old timber roof of the hall. Seats are unreserved.",
]


def _card(n: int, title: str, day: int, start: str | None, end: str | None, hide: str) -> str:
    shown = f"March {day} @ {start}" if start else f"March {day}"
    closing = f' - <span class="event-end">{end}</span>' if end else ""
    return (
        f'<li class="event-row"><time class="event-datetime" datetime="2025-03-{day}">'
        f'<span class="event-start">{shown}</span>{closing}</time>'
        f'<h3><a class="event-link" href="/event/{n}/">{title}</a></h3>'
        f'<span class="venue">Hall {n + 1}</span>'
        f'<div class="event-description {hide}"><p>{BLURBS[n]}</p></div></li>'
    )


def _records(hide: str = "a11y-hidden") -> list[dict[str, object]]:
    cards = "".join(_card(n, *event, hide) for n, event in enumerate(EVENTS))
    return spec_and_records(list_page(f"<ul>{cards}</ul>"), URL)[1]


def test_the_clock_after_the_day_is_the_time_and_the_clock_closing_the_range_its_end() -> None:
    records = _records()
    assert [r.get("time") for r in records] == [start for _, _, start, _ in EVENTS]
    assert [r.get("end_time") for r in records] == [end for *_, end in EVENTS]
    assert [str(r["date"])[:10] for r in records] == [f"2025-03-{day}" for _, day, *_ in EVENTS]
    # The day inside the piece only repeats the attribute: no second date with a guessed year.
    assert not [k for k in records[0] if k.startswith("date") and k != "date"]


def test_a_paragraph_under_a_screen_reader_class_is_content() -> None:
    records = _records()
    assert [next(v for k, v in r.items() if "description" in k) for r in records] == BLURBS


def test_screen_reader_phrases_stay_hidden() -> None:
    phrases = [
        '<span class="sr-only">Original price was: $45.00. Current price is: $36.00.</span>',
        '<a class="screen-reader-text" href="#main">Skip to content</a>',
        '<h2 class="visually-hidden">Posts navigation</h2>',
        '<p class="sr-only">Use the arrow keys to move between the days of the calendar below.</p>',
        '<div class="sr-only"><p>Opens in a new window</p></div>',
    ]
    for phrase in phrases:
        assert for_screen_readers(html.fragment_fromstring(phrase)), phrase
    block = html.fragment_fromstring(f'<div class="a11y-hidden"><p>{BLURBS[0]}</p></div>')
    assert not for_screen_readers(block)
