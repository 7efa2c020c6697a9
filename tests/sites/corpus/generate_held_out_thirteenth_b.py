"""Thirteenth wave (b) of HELD-OUT corpus sites (issue #3), frozen before anybody measured the Scout on them.

* **talkslate** — a conference schedule app's day-by-day session list.
* **tomecrate** — a used and rare book marketplace's search results.

Run ``uv run python tests/sites/corpus/generate_held_out_thirteenth_b.py`` to rebuild them (the helpers and
the conventions are those of ``generate.py``). Every site here is **frozen**: never open its pages, expected
records or per-field results while working on the Scout.
"""

# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import quote_plus

sys.path.insert(0, str(Path(__file__).parent))

from generate import FROZEN, ROOT, Site, esc, slug

FROZEN |= {"talkslate", "tomecrate"}

THIRTEENTH_B: dict[str, Callable[[], None]] = {}


def thirteenth_b(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    THIRTEENTH_B[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _hex(seed: str, length: int) -> str:
    """A stable pseudo-random hex string (ids, hashes, tokens)."""
    return hashlib.sha256(seed.encode()).hexdigest()[:length]


def _number(seed: str, low: int, high: int) -> int:
    """A stable pseudo-random integer in [low, high]."""
    return low + int(_hex(seed, 8), 16) % (high - low + 1)


def _json_script(value: object) -> str:
    """JSON as sites inline it in a script: compact, with ``</`` kept out of the HTML parser's way."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).replace("</", "<\\/")


# ---------------------------------------------------------------------------------------------------
# talkslate (FROZEN): a Sched-like conference schedule, one page per day
# ---------------------------------------------------------------------------------------------------

TS_EVENT = "Tagus Data Summit 2025"
TS_DAYS = [date(2025, 5, 14), date(2025, 5, 15), date(2025, 5, 16)]
TS_TZ = "WEST"
TS_CDN = "https://static.talkslate.example"
TS_TYPES = {"Keynote": 1, "Talk": 2, "Workshop": 3, "Panel": 4, "Lightning Talks": 5, "Breaks": 6}


@dataclass
class Session:
    """One session of the programme (breaks have no page and no speakers)."""

    day: int
    start: str
    end: str
    venue: str
    kind: str
    title: str
    speakers: list[tuple[str, str]]
    full: bool = False
    slides: bool = False
    moderator: tuple[str, str] | None = None
    blurb: str = ""

    @property
    def code(self) -> str:
        alphabet = "0123456789abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ"
        value = _number(self.title, 10_000_000, 99_999_999)
        out = ""
        while value:
            value, digit = divmod(value, len(alphabet))
            out = alphabet[digit] + out
        return "1" + out[:4]

    @property
    def url(self) -> str:
        names = " ".join(name for name, _ in [*self.speakers, *([self.moderator] if self.moderator else [])])
        return f"/event/{self.code}/{slug(self.title + ' ' + names)[:90].strip('-')}"


TS_SESSIONS = [
    Session(0, "8:00am", "9:00am", "Foyer", "Breaks", "Registration & Welcome Coffee", []),
    Session(
        0,
        "9:00am",
        "9:30am",
        "Auditorium I",
        "Keynote",
        "Opening Keynote: Twenty Years of Open Data in Lisbon",
        [("Inês Carvalho", "Chief Data Officer, Câmara Municipal de Lisboa")],
        slides=True,
        blurb="How a city went from PDF tables to a live data portal, and what we would do differently.",
    ),
    Session(
        0,
        "9:45am",
        "10:25am",
        "Auditorium I",
        "Talk",
        "Polars at Scale: Lessons from a Year in Production",
        [("Tomás Ferreira", "Senior Data Engineer, Ondaverde")],
        slides=True,
        blurb="Memory, streaming and the three bugs that cost us a weekend.",
    ),
    Session(
        0,
        "9:45am",
        "10:25am",
        "Room 2.1",
        "Talk",
        "Forecasting Tram Ridership with Hierarchical Models",
        [("Marta Sousa", "Data Scientist, Carris Labs"), ("Diogo Lima", "Analytics Lead, Carris Labs")],
        blurb="Line, stop and hour: partial pooling when most stops see ten passengers a day.",
    ),
    Session(
        0,
        "9:45am",
        "11:15am",
        "Room 2.2",
        "Workshop",
        "Hands-on: Building Your First dbt Project",
        [("Ana Ribeiro", "Analytics Engineer, Fjord Analytics")],
        full=True,
        blurb="Bring a laptop with Python 3.11; we provide a DuckDB warehouse.",
    ),
    Session(0, "10:25am", "10:45am", "Foyer", "Breaks", "Coffee Break", []),
    Session(
        0,
        "10:45am",
        "11:25am",
        "Auditorium I",
        "Talk",
        "Causal Inference for Product Teams, Without the Jargon",
        [("Priya Raman", "Staff Data Scientist, Lumora")],
        blurb="Difference-in-differences explained with a feature launch that went wrong.",
    ),
    Session(
        0,
        "10:45am",
        "11:25am",
        "Room 2.1",
        "Talk",
        "Geospatial Joins That Don't Melt Your Laptop",
        [("Rui Antunes", "Independent")],
        slides=True,
        blurb="H3 indexes, spatial partitioning and knowing when to give up and use a database.",
    ),
    Session(
        0,
        "11:40am",
        "12:20pm",
        "Auditorium I",
        "Panel",
        "Panel: Who Owns the Data Platform?",
        [
            ("Sofia Almeida", "Head of Data, Norte Insights"),
            ("Nuno Rocha", "Platform Engineer, Vialis"),
            ("Leonor Costa", "Professor, Universidade de Lisboa"),
        ],
        moderator=("Carla Mendes", "CTO, Pescadata"),
        blurb="Central team, embedded analysts or a mesh: three answers and a moderator who has tried all of them.",
    ),
    Session(0, "12:20pm", "1:30pm", "Foyer", "Breaks", "Lunch", []),
    Session(
        0,
        "1:30pm",
        "2:10pm",
        "Room 2.1",
        "Lightning Talks",
        "Lightning Talks, Round One",
        [],
        blurb="Five minutes each; sign up at the registration desk until 11:00.",
    ),
    Session(
        0,
        "1:30pm",
        "3:00pm",
        "Room 2.2",
        "Workshop",
        "Workshop: Property-Based Testing for Data Pipelines",
        [("Hugo Martins", "Software Engineer, Tessel")],
        blurb="Let Hypothesis find the edge cases in your transformations.",
    ),
    Session(1, "8:30am", "9:00am", "Foyer", "Breaks", "Morning Coffee", []),
    Session(
        1,
        "9:00am",
        "9:40am",
        "Auditorium I",
        "Keynote",
        "Keynote: The Quiet Cost of Dashboards Nobody Reads",
        [("Sofia Almeida", "Head of Data, Norte Insights")],
        slides=True,
        blurb="We counted the views of 1,400 dashboards. The results were humbling.",
    ),
    Session(
        1,
        "9:55am",
        "10:35am",
        "Auditorium I",
        "Talk",
        "Vector Search in Postgres: A Field Report",
        [("Gonçalo Pires", "Backend Engineer, Mareta")],
        blurb="pgvector, HNSW indexes and the recall numbers nobody puts on slides.",
    ),
    Session(
        1,
        "9:55am",
        "10:35am",
        "Room 2.1",
        "Talk",
        "Privacy-Preserving Analytics with Differential Privacy",
        [("Leonor Costa", "Professor, Universidade de Lisboa")],
        slides=True,
        blurb="Epsilon budgets for people who publish statistics every week.",
    ),
    Session(
        1,
        "9:55am",
        "11:25am",
        "Room 2.2",
        "Workshop",
        "Tutorial: Time Series Anomaly Detection from Scratch",
        [("João Teixeira", "ML Engineer, Oceanix"), ("Beatriz Nunes", "Data Scientist, Oceanix")],
        full=True,
        blurb="From rolling z-scores to isolation forests on real buoy data.",
    ),
    Session(
        1,
        "11:00am",
        "11:40am",
        "Auditorium I",
        "Talk",
        "Migrating 400 Airflow DAGs Without Downtime",
        [("Nuno Rocha", "Platform Engineer, Vialis")],
        blurb="A migration plan, a shadow scheduler and a spreadsheet that saved us.",
    ),
    Session(
        1,
        "11:00am",
        "11:40am",
        "Room 2.1",
        "Talk",
        "What Fishing Fleets Taught Us About Sensor Data",
        [("Carla Mendes", "CTO, Pescadata")],
        blurb="Intermittent connectivity, salt water and clocks that drift by the hour.",
    ),
    Session(
        1,
        "11:55am",
        "12:35pm",
        "Auditorium I",
        "Talk",
        "LLM Evaluation Is a Data Problem",
        [("Rafael Gomes", "Research Engineer, Tessel")],
        slides=True,
        blurb="Golden sets, label drift and why your eval set needs a data contract.",
    ),
    Session(1, "12:35pm", "2:00pm", "Foyer", "Breaks", "Lunch", []),
    Session(
        1,
        "2:00pm",
        "2:40pm",
        "Room 2.1",
        "Talk",
        "Small Data, Big Decisions: Statistics for Tiny Samples",
        [("Helena Duarte", "Biostatistician, Instituto Ricardo Jorge")],
        blurb="Exact tests, Bayesian shrinkage and honest error bars for n = 12.",
    ),
    Session(2, "9:00am", "9:30am", "Foyer", "Breaks", "Morning Coffee", []),
    Session(
        2,
        "9:30am",
        "10:10am",
        "Auditorium I",
        "Talk",
        "Data Contracts in Practice: Two Years In",
        [("Marco Bianchi", "Principal Engineer, Lumora")],
        slides=True,
        blurb="Schemas in CI, breaking-change reviews and the contracts we deleted.",
    ),
    Session(
        2,
        "9:30am",
        "10:10am",
        "Room 2.1",
        "Talk",
        "Reproducible Notebooks with Nix",
        [("Eva Lindqvist", "Independent")],
        blurb="Pin everything, including the things you forgot were dependencies.",
    ),
    Session(
        2,
        "10:25am",
        "11:05am",
        "Auditorium I",
        "Talk",
        "Streaming Joins Explained with Trains",
        [("Pedro Silva", "Data Engineer, Comboio Labs")],
        blurb="Windows, watermarks and late arrivals, told with the Lisbon–Porto timetable.",
    ),
    Session(
        2,
        "10:25am",
        "11:55am",
        "Room 2.2",
        "Workshop",
        "Workshop: Accessible Charts for Everyone",
        [("Joana Freitas", "Designer, Grafia Studio")],
        full=True,
        blurb="Colour, contrast, alt text and tables that screen readers can follow.",
    ),
    Session(
        2,
        "11:20am",
        "12:00pm",
        "Room 2.1",
        "Talk",
        "Open Elections Data: Cleaning 50 Years of Results",
        [("Tiago Moreira", "Researcher, Observatório Cívico"), ("Sara Lopes", "Developer, Observatório Cívico")],
        slides=True,
        blurb="Parish boundaries change; the spreadsheets do not say so.",
    ),
    Session(
        2,
        "12:00pm",
        "12:40pm",
        "Auditorium I",
        "Lightning Talks",
        "Lightning Talks, Round Two",
        [],
        blurb="The second round of five-minute talks.",
    ),
    Session(2, "12:40pm", "2:00pm", "Foyer", "Breaks", "Lunch", []),
    Session(
        2,
        "2:00pm",
        "2:40pm",
        "Auditorium I",
        "Talk",
        "From Notebook to Product in a Week",
        [("Filipa Correia", "Product Analyst, Mareta")],
        blurb="A week-long sprint from a notebook to a tool forty people use.",
    ),
    Session(
        2,
        "2:45pm",
        "3:15pm",
        "Auditorium I",
        "Keynote",
        "Closing Keynote: Data Work as Care Work",
        [("Aisha Bello", "Director, Civic Signal")],
        blurb="Maintenance, documentation and the people who keep datasets alive.",
    ),
]

TS_VENUES = ["Auditorium I", "Room 2.1", "Room 2.2", "Foyer"]


def _ts_day_path(day: int) -> str:
    return f"/{TS_DAYS[day].isoformat()}/overview/"


def _ts_day_label(day: int, year: bool) -> str:
    when = TS_DAYS[day]
    text = f"{when:%A}, {when:%B} {when.day}"
    return f"{when:%A} {when:%B} {when.day}, {when.year}" if year else text


def _ts_person_href(name: str) -> str:
    return f"/speaker/{slug(name).replace('-', '_')}.{_hex(name, 5)}"


def _ts_person(name: str, role: str) -> str:
    initials = "".join(part[0] for part in name.split()[:2])
    return f"""<div class="sched-person-session"><div class="sched-avatar"><a href="{_ts_person_href(name)}"><span class="sched-avatar-initials" aria-hidden="true">{esc(initials)}</span></a></div><div class="sched-person-session-info"><h2><a href="{_ts_person_href(name)}">{esc(name)}</a></h2><div class="sched-event-details-role-company">{esc(role)}</div></div></div>"""


def _ts_event(session: Session) -> str:
    type_class = f"ev_{TS_TYPES[session.kind]}"
    if session.kind == "Breaks":
        return f"""
        <span class="event {type_class} sched-event-nolink" data-type="{session.kind}"><span class="name">{esc(session.title)}<span class="vs"></span><span class="venue">{esc(session.venue)}</span></span></span>"""
    badges = ""
    if session.full:
        badges += '<span class="sched-event-full" title="This session is at capacity">FULL</span>'
    if session.slides:
        badges += '<span class="sched-file-icon" title="Slides attached"><i class="sched-icon-paperclip" aria-hidden="true"></i><span class="sr-only">Slides attached</span></span>'
    roles = ""
    if session.speakers:
        heading = "Speaker" if len(session.speakers) == 1 else "Speakers"
        roles += f'<h4 class="sched-event-details-role-name">{heading}</h4>' + "".join(
            _ts_person(*person) for person in session.speakers
        )
    if session.moderator:
        roles += '<h4 class="sched-event-details-role-name">Moderator</h4>' + _ts_person(*session.moderator)
    when = f"{_ts_day_label(session.day, True)} {session.start} - {session.end} {TS_TZ}"
    return f"""
        <span class="event {type_class}" data-id="{_hex(session.title, 32)}">
          <a href="{session.url}" id="{_hex(session.title, 32)}" class="name">{esc(session.title)}<span class="vs"></span><span class="venue">{esc(session.venue)}</span></a>{badges}
          <a class="sched-addremove" href="/login?return=%2Fevent%2F{session.code}" title="Add this session to your schedule" rel="nofollow"><span class="sr-only">Add to My Sched</span></a>
        </span>
        <div class="sched-event-details">
          <div class="sched-event-details-timeandplace">{esc(when)}<br><a href="/venue/{quote_plus(session.venue)}">{esc(session.venue)}</a></div>
          {f'<div class="sched-event-details-roles">{roles}</div>' if roles else ""}
          <div class="tip-description">{esc(session.blurb)}</div>
          <div class="sched-event-type"><a href="/type/{quote_plus(session.kind)}" class="{type_class}">{esc(session.kind)}</a></div>
        </div>"""


def _ts_programme(day: int) -> str:
    slots: dict[str, list[Session]] = {}
    for session in TS_SESSIONS:
        if session.day == day:
            slots.setdefault(session.start, []).append(session)
    containers = []
    for start, sessions in slots.items():
        anchor = f"{TS_DAYS[day].isoformat()}-{_hex(start + str(day), 6)}"
        events = "".join(_ts_event(session) for session in sessions)
        containers.append(f"""
      <div class="sched-container" id="{anchor}">
        <h3 class="sched-time" id="t-{anchor}"><span class="sched-time-start">{start}</span> <span class="sched-time-zone">{TS_TZ}</span></h3>
        <div class="sched-container-inner">{events}
        </div>
      </div>""")
        if day == 1 and start == "11:00am":
            containers.append("""
      <div class="sched-sponsor-strip" role="complementary" aria-label="Sponsors">
        <span class="sched-sponsor-strip-label">Thanks to our Gold Sponsors</span>
        <a href="/sponsors#ondaverde" class="sched-sponsor-logo"><img src="https://static.talkslate.example/uploads/tagusdata2025/ondaverde.png" alt="Ondaverde"></a>
        <a href="/sponsors#lumora" class="sched-sponsor-logo"><img src="https://static.talkslate.example/uploads/tagusdata2025/lumora.png" alt="Lumora"></a>
        <a href="/sponsors#tessel" class="sched-sponsor-logo"><img src="https://static.talkslate.example/uploads/tagusdata2025/tessel.png" alt="Tessel"></a>
      </div>""")
    return "".join(containers)


def _ts_dates_nav(day: int) -> str:
    links = []
    for index, when in enumerate(TS_DAYS):
        current = ' class="sched-current-date" aria-current="page"' if index == day else ""
        links.append(
            f'<li><a href="{_ts_day_path(index)}"{current}><span class="sched-date-weekday">{when:%a}</span>, {when:%b} {when.day}</a></li>'
        )
    return "".join(links)


def _ts_pager(day: int) -> str:
    parts = []
    if day > 0:
        parts.append(
            f'<a class="sched-prev-day" href="{_ts_day_path(day - 1)}">&laquo; {esc(_ts_day_label(day - 1, False))}</a>'
        )
    if day + 1 < len(TS_DAYS):
        parts.append(
            f'<a class="sched-next-day" href="{_ts_day_path(day + 1)}">{esc(_ts_day_label(day + 1, False))} &raquo;</a>'
        )
    return f'<div class="sched-day-pager">{"".join(parts)}</div>'


def _ts_filters() -> str:
    types = "".join(
        f'<li><a class="ev_{number}" href="/type/{quote_plus(kind)}">{esc(kind)}</a></li>'
        for kind, number in TS_TYPES.items()
    )
    venues = "".join(f'<li><a href="/venue/{quote_plus(venue)}">{esc(venue)}</a></li>' for venue in TS_VENUES)
    return f"""
      <div class="sched-sidebar-box" id="sched-sidebar-filter-type"><h4>Filter by Type</h4><ul class="sched-filter-list">{types}</ul></div>
      <div class="sched-sidebar-box" id="sched-sidebar-filter-venue"><h4>Filter by Venue</h4><ul class="sched-filter-list">{venues}</ul></div>"""


def _ts_page(day: int) -> str:
    label = _ts_day_label(day, False)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{TS_EVENT}: Schedule for {esc(label)}</title>
<meta name="description" content="View the schedule of {TS_EVENT}, Lisbon, May 14 - 16, 2025: keynotes, talks, workshops and panels.">
<link rel="canonical" href="https://tagusdata2025.talkslate.example{_ts_day_path(day)}">
<link rel="stylesheet" href="{TS_CDN}/css/sched.min.css?v=20250402">
<link rel="stylesheet" href="/css/custom.css?v=18">
<script>var SCHED_EVENT = {_json_script({"name": TS_EVENT, "tz": "Europe/Lisbon", "start": TS_DAYS[0].isoformat(), "end": TS_DAYS[-1].isoformat(), "view": "expanded"})};</script>
</head>
<body class="sched-page-schedule sched-view-expanded">
<div id="sched-cookie-notice" class="sched-cookie-notice" role="dialog" aria-live="polite">This site uses cookies to remember your schedule and for analytics. <a href="/privacy">Learn more</a> <button type="button" class="sched-cookie-ok">OK</button></div>
<div id="sched-page">
  <header id="sched-header">
    <a id="sched-logo" href="/"><img src="/uploads/tagusdata2025/logo.png" alt="{TS_EVENT}"></a>
    <div id="sched-header-title"><h1>{TS_EVENT}</h1><p>May 14 - 16, 2025 &middot; Centro de Congressos, Lisbon, Portugal</p></div>
    <nav id="sched-menu" aria-label="Event menu"><ul><li class="sched-menu-active"><a href="/">Schedule</a></li><li><a href="/directory/speakers">Speakers</a></li><li><a href="/directory/attendees">Attendees</a></li><li><a href="/sponsors">Sponsors</a></li><li><a href="/info">Venue &amp; Travel</a></li><li><a href="/mobile">Mobile App</a></li><li><a href="/login" rel="nofollow">Log In</a></li></ul></nav>
  </header>
  <div id="sched-content">
    <aside id="sched-sidebar">
      <div class="sched-sidebar-box sched-signup"><p>Sign up or log in to bookmark your favorites and sync them to your phone or calendar.</p><a class="sched-button" href="/signup" rel="nofollow">Sign Up</a></div>
      <div class="sched-sidebar-box" id="sched-sidebar-dates"><h4>Dates</h4><ul class="sched-dates-list">{_ts_dates_nav(day)}</ul></div>
      {_ts_filters()}
      <div class="sched-sidebar-box sched-search"><form action="/search" method="get"><input type="search" name="q" placeholder="Search" aria-label="Search the schedule"></form></div>
    </aside>
    <main id="sched-content-inner">
      <div id="sched-views"><a href="/list/simple/">Simple</a> <a class="sched-view-current" href="{_ts_day_path(day)}">Expanded</a> <a href="/grid/">Grid</a> <a href="/print/" rel="nofollow">Print</a></div>
      <div class="sched-timezone-notice">Timezone: <strong>{TS_EVENT}</strong> is in <a href="#" class="sched-tz-toggle">Europe/Lisbon ({TS_TZ})</a>. Filter displayed times by your local timezone.</div>
      <div class="list-simple sched-expanded">
        <div class="sched-container-anchor" id="{TS_DAYS[day].isoformat()}"></div>
        <h3 class="sched-container-header" id="date-{TS_DAYS[day].isoformat()}">{esc(label)}</h3>{_ts_programme(day)}
      </div>
      {_ts_pager(day)}
    </main>
  </div>
  <footer id="sched-footer">
    <p>{TS_EVENT} &middot; <a href="/info#code-of-conduct">Code of Conduct</a> &middot; <a href="mailto:hello@tagusdata.example">Contact the organizers</a></p>
    <p class="sched-powered">Event scheduling powered by <a href="https://talkslate.example/?utm_source=tagusdata2025">Talkslate</a> &middot; <a href="https://talkslate.example/privacy">Privacy</a> &middot; <a href="https://talkslate.example/terms">Terms</a></p>
  </footer>
</div>
<script src="{TS_CDN}/js/sched.min.js?v=20250402" defer></script>
</body>
</html>"""


@thirteenth_b
def build_talkslate() -> None:
    s = Site(
        "talkslate",
        kind="conference schedule (Sched 2024–25 expanded day view: one page per day, sched-container time slots with parallel span.event sessions, a.name links with venue spans, details blocks with 'Wednesday May 14, 2025 9:45am - 10:25am WEST' lines, speaker and moderator blocks with roles, type links, FULL and slides badges, unlinked breaks, date links as pagination)",
        start=_ts_day_path(0).lstrip("/"),
        description="A Sched-like conference schedule (a three-day data conference in Lisbon), one page per day: cookie notice, header with the event name, dates and a menu, a sidebar with sign-up box, Dates links (the pagination), type and venue filters and search; view switcher and timezone notice; under an h3 day heading, one div.sched-container per start time (h3.sched-time '9:45am' + 'WEST') holding one or more parallel sessions: span.event.ev_N > a.name to /event/<code>/<slug> with the title, an empty span.vs and span.venue, optional FULL / slides badges and an add link; then div.sched-event-details with the date, time range, timezone and venue link, Speaker(s) / Moderator blocks (name link + role, company), a description and a type link. Breaks (registration, coffee, lunch) are unlinked spans without details. A Gold Sponsors strip between slots on day 2; previous / next day links at the bottom; a footer.",
    )
    for day in range(len(TS_DAYS)):
        s.list_page(_ts_day_path(day).lstrip("/") + "index.html", _ts_page(day))
    for session in TS_SESSIONS:
        if session.kind == "Breaks":
            continue
        s.expect(
            {
                "title": session.title,
                "url": session.url,
                "date": TS_DAYS[session.day].isoformat(),
                "time": session.start,
                "end_time": session.end,
                "venue": session.venue,
                "type": session.kind,
                "speakers": [name for name, _ in session.speakers] or None,
                "moderator": session.moderator[0] if session.moderator else None,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# tomecrate (FROZEN): an AbeBooks-like used and rare book marketplace, keyword search results
# ---------------------------------------------------------------------------------------------------

TC_QUERY = "arthur ransome"
TC_PER_PAGE = 10
TC_CDN = "https://pictures.tomecrate.example"
TC_LOCATIONS = {
    "UK": "United Kingdom",
    "US": "U.S.A.",
    "IE": "Ireland",
    "AU": "Australia",
}


@dataclass
class Copy:
    """One listing: a copy of a book offered by a seller."""

    title: str
    author: str
    publisher: str | None
    year: int | None
    binding: str
    condition: str
    jacket: str | None
    seller: str
    town: str
    country: str
    price: float
    shipping: float | None
    first_edition: bool = False
    signed: bool = False
    isbn10: str | None = None
    isbn13: str | None = None
    note: str = ""
    seller_image: bool = True
    quantity: int = 1

    @property
    def listing_id(self) -> int:
        return _number(self.title + self.seller + str(self.price), 30_000_000_000, 32_999_999_999)

    @property
    def location(self) -> str:
        return f"{self.town}, {TC_LOCATIONS[self.country]}"


TC_COPIES = [
    Copy(
        "Swallows and Amazons",
        "Ransome, Arthur",
        "Jonathan Cape",
        1930,
        "Hardcover",
        "Good",
        "No Jacket",
        "Addyman Books",
        "Hay-on-Wye",
        "UK",
        450.00,
        0.0,
        first_edition=True,
        note="First edition, first impression. Original green cloth, spine lettered in gilt, slightly faded. Endpaper maps by Steven Spurrier. Ownership inscription to front free endpaper. No dust jacket.",
    ),
    Copy(
        "Swallowdale",
        "Ransome, Arthur",
        "Jonathan Cape",
        1931,
        "Hardcover",
        "Very Good",
        "Good",
        "Peter Harrington Rare Books",
        "London",
        "UK",
        1250.00,
        15.00,
        first_edition=True,
        note="First edition. Illustrated by Clifford Webb. In the scarce dust jacket, price-clipped, with some chipping to the spine ends. A very good copy.",
    ),
    Copy(
        "Swallows and Amazons",
        "Ransome, Arthur",
        "Red Fox",
        2001,
        "Paperback",
        "Very Good",
        None,
        "World of Books Ltd",
        "Goring-By-Sea",
        "UK",
        3.47,
        0.0,
        isbn10="0099427206",
        isbn13="9780099427209",
        note="Pages are clean and are not marred by notes or folds of any kind. Book may have minor wear to the spine and cover.",
        seller_image=False,
        quantity=4,
    ),
    Copy(
        "Winter Holiday",
        "Ransome, Arthur",
        "Jonathan Cape",
        1933,
        "Hardcover",
        "Good",
        "Fair",
        "Jarndyce Antiquarian Booksellers",
        "London",
        "UK",
        385.00,
        8.50,
        first_edition=True,
        note="First edition. Illustrated by the author. Dust jacket with a 3cm loss at the head of the spine and browned; the book itself sound.",
    ),
    Copy(
        "Peter Duck",
        "Ransome, Arthur",
        "Jonathan Cape",
        1932,
        "Hardcover",
        "Good",
        None,
        "Barter Books Ltd",
        "Alnwick",
        "UK",
        95.00,
        4.95,
        note="Second impression. Blue cloth, a little rubbed at the corners; text block clean and tight.",
    ),
    Copy(
        "Coot Club",
        "Ransome, Arthur",
        "Puffin Books",
        1969,
        "Softcover",
        "Acceptable",
        None,
        "Oxfam Books Cambridge",
        "Cambridge",
        "UK",
        2.50,
        3.10,
        note="Puffin paperback. Heavily read, spine creased, pages tanned. A reading copy only.",
    ),
    Copy(
        "We Didn't Mean to Go to Sea",
        "Ransome, Arthur",
        "Jonathan Cape",
        1937,
        "Hardcover",
        "Very Good",
        "Very Good",
        "Between the Covers Rare Books",
        "Gloucester City, NJ",
        "US",
        2400.00,
        28.00,
        first_edition=True,
        note="First edition. A bright, fresh copy in an unusually nice dust jacket with only trivial wear at the extremities. Housed in a custom cloth chemise.",
    ),
    Copy(
        "Great Northern?",
        "Ransome, Arthur",
        "Jonathan Cape",
        1947,
        "Hardcover",
        "Fine",
        "Very Good",
        "Hawthorn Books",
        "Bristol",
        "UK",
        620.00,
        0.0,
        first_edition=True,
        signed=True,
        note="First edition. Signed by Arthur Ransome on the front free endpaper. Jacket lightly rubbed. A fine copy.",
    ),
    Copy(
        "The Big Six",
        "Ransome, Arthur",
        "Jonathan Cape",
        1940,
        "Hardcover",
        "Good",
        "Poor",
        "Kennys Bookshop and Art Galleries",
        "Galway",
        "IE",
        175.00,
        11.00,
        first_edition=True,
        note="First edition. Jacket in pieces, supplied loosely laid in. Boards marked.",
    ),
    Copy(
        "Pigeon Post",
        "Ransome, Arthur",
        "Vintage Children's Classics",
        2012,
        "Paperback",
        "New",
        None,
        "Book Depository Hard to Find",
        "London",
        "UK",
        8.99,
        0.0,
        isbn10="0099589133",
        isbn13="9780099589136",
        note="Brand new. We distribute directly for the publisher.",
        seller_image=False,
        quantity=12,
    ),
    Copy(
        "Missee Lee",
        "Ransome, Arthur",
        "Jonathan Cape",
        1941,
        "Hardcover",
        "Very Good",
        "Good",
        "Peter Harrington Rare Books",
        "London",
        "UK",
        850.00,
        15.00,
        first_edition=True,
        note="First edition. Illustrated by the author. Dust jacket a touch toned at the spine, otherwise bright.",
    ),
    Copy(
        "The Picts and the Martyrs",
        "Ransome, Arthur",
        "Jonathan Cape",
        1943,
        "Hardcover",
        "Good",
        "Fair",
        "Addyman Books",
        "Hay-on-Wye",
        "UK",
        240.00,
        0.0,
        first_edition=True,
        note="First edition, wartime economy standard paper. Jacket chipped and nicked.",
    ),
    Copy(
        "Secret Water",
        "Ransome, Arthur",
        "Godine",
        2002,
        "Softcover",
        "Like New",
        None,
        "Better World Books",
        "Mishawaka, IN",
        "US",
        11.62,
        9.13,
        isbn10="1567921663",
        isbn13="9781567921663",
        note="Former library book; may include library markings. Used book that is in excellent condition.",
        seller_image=False,
    ),
    Copy(
        "Racundra's First Cruise",
        "Ransome, Arthur",
        "George Allen & Unwin",
        1923,
        "Hardcover",
        "Good",
        None,
        "Greensleeves Nautical Books",
        "Lymington",
        "UK",
        325.00,
        6.00,
        first_edition=True,
        note="First edition. Blue cloth, frontispiece and plates from photographs, folding plan. Some foxing to the preliminaries.",
    ),
    Copy(
        "Old Peter's Russian Tales",
        "Ransome, Arthur",
        "T. C. & E. C. Jack",
        1916,
        "Hardcover",
        "Fair",
        None,
        "Any Amount of Books",
        "London",
        "UK",
        140.00,
        7.50,
        first_edition=True,
        note="First edition. Illustrated by Dmitri Mitrokhin. Pictorial cloth rubbed and soiled, hinges cracked but holding.",
    ),
    Copy(
        "Swallows and Amazons",
        "Ransome, Arthur",
        "Jonathan Cape",
        1958,
        "Hardcover",
        "Good",
        "Good",
        "Oxfam Books Cambridge",
        "Cambridge",
        "UK",
        12.00,
        3.10,
        note="Later impression in the uniform edition. Jacket price-clipped and a little frayed.",
    ),
    Copy(
        "Mainly About Fishing",
        "Ransome, Arthur",
        "A. & C. Black",
        1959,
        "Hardcover",
        "Very Good",
        "Good",
        "Coch-y-Bonddu Books",
        "Machynlleth",
        "UK",
        65.00,
        5.50,
        first_edition=True,
        note="First edition. Red cloth, jacket with some spotting. Ex-libris bookplate of a Welsh angling club.",
    ),
    Copy(
        "The Autobiography of Arthur Ransome",
        "Ransome, Arthur",
        "Jonathan Cape",
        1976,
        "Hardcover",
        "Very Good",
        "Very Good",
        "Barter Books Ltd",
        "Alnwick",
        "UK",
        22.00,
        4.95,
        first_edition=True,
        isbn10="0224012762",
        isbn13="9780224012768",
        note="First edition. Edited with a prologue and epilogue by Rupert Hart-Davis.",
    ),
    Copy(
        "Coot Club",
        "Ransome, Arthur",
        "Jonathan Cape",
        1934,
        "Hardcover",
        "Good",
        None,
        "Bookends of Fowey",
        "Fowey",
        "UK",
        110.00,
        5.00,
        first_edition=True,
        note="First edition. No jacket. Green cloth, spine faded, corners bumped; map endpapers.",
    ),
    Copy(
        "Swallows and Amazons",
        "Ransome, Arthur",
        "Godine",
        2010,
        "Softcover",
        "Good",
        None,
        "ThriftBooks-Atlanta",
        "AUSTELL, GA",
        "US",
        5.84,
        9.99,
        isbn10="1567920144",
        isbn13="9781567920147",
        note="Pages can have notes/highlighting. Spine may show signs of wear.",
        seller_image=False,
        quantity=2,
    ),
    Copy(
        "Bohemia in London",
        "Ransome, Arthur",
        "Chapman & Hall",
        1907,
        "Hardcover",
        "Good",
        None,
        "Jarndyce Antiquarian Booksellers",
        "London",
        "UK",
        280.00,
        8.50,
        first_edition=True,
        note="First edition of the author's first substantial book. Illustrated by Fred Taylor. Top edge gilt, cloth a little marked.",
    ),
    Copy(
        "Great Northern?",
        "Ransome, Arthur",
        "Red Fox",
        1993,
        "Paperback",
        "Very Good",
        None,
        "WeBuyBooks",
        "Rossendale",
        "UK",
        4.20,
        0.0,
        isbn10="0099963809",
        isbn13="9780099963806",
        seller_image=False,
    ),
    Copy(
        "Six Weeks in Russia in 1919",
        "Ransome, Arthur",
        "George Allen & Unwin",
        1919,
        "Softcover",
        "Fair",
        None,
        "Red Star Books",
        "Melbourne",
        "AU",
        96.00,
        24.00,
        first_edition=True,
        note="First edition. Printed wrappers, chipped, spine partly perished. Scarce.",
    ),
    Copy(
        "Winter Holiday",
        "Ransome, Arthur",
        "Puffin Books",
        1974,
        "Softcover",
        "Good",
        None,
        "Bookends of Fowey",
        "Fowey",
        "UK",
        3.00,
        5.00,
        note="Puffin paperback. Light reading creases.",
    ),
    Copy(
        "Arthur Ransome and Captain Flint's Trunk",
        "Hardyment, Christina",
        "Jonathan Cape",
        1984,
        "Hardcover",
        "Very Good",
        "Very Good",
        "Greensleeves Nautical Books",
        "Lymington",
        "UK",
        18.00,
        6.00,
        first_edition=True,
        isbn10="0224021842",
        isbn13="9780224021845",
        note="First edition. The search for the places and people behind the books.",
    ),
    Copy(
        "Signalling from Mars: The Letters of Arthur Ransome",
        "Ransome, Arthur; Hugh Brogan (ed.)",
        "Jonathan Cape",
        1997,
        "Hardcover",
        "Like New",
        "Like New",
        "Hawthorn Books",
        "Bristol",
        "UK",
        24.00,
        0.0,
        first_edition=True,
        isbn10="0224042394",
        isbn13="9780224042390",
    ),
]

# Featured-seller promotion boxes shown between results (not listings of this search).
TC_FEATURED = [
    ("Rare children's books", "/collections/childrens-rare-books/", "From £ 40.00"),
    ("Signed first editions", "/collections/signed-first-editions/", "From £ 75.00"),
    ("Nautical & sailing classics", "/collections/sailing-books/", "From £ 12.00"),
]


def _tc_money(amount: float) -> str:
    return f"£\u00a0{amount:,.2f}"


def _tc_search_url(offset: int) -> str:
    query = quote_plus(TC_QUERY)
    if offset == 0:
        return f"/servlet/SearchResults?kn={query}&sts=t&cm_sp=SearchF-_-topnav-_-Results"
    return f"/servlet/SearchResults?bsi={offset}&ds={TC_PER_PAGE}&kn={query}&sts=t&cm_sp=pan-_-srp-_-ptop"


def _tc_item_url(copy: Copy, position: int, part: str) -> str:
    search = quote_plus(f"kn={quote_plus(TC_QUERY)}&sts=t")
    return f"/servlet/BookDetailsPL?bi={copy.listing_id}&searchurl={search}&cm_sp=snippet-_-srp1-_-{part}{position}"


def _tc_description(copy: Copy) -> str:
    parts = [f"{copy.binding}.", f"Condition: {copy.condition}."]
    if copy.jacket:
        parts.append(f"Dust Jacket Condition: {copy.jacket}.")
    if copy.first_edition:
        parts.append("1st Edition.")
    if copy.signed:
        parts.append("Signed by Author(s).")
    if copy.note:
        parts.append(copy.note)
    return " ".join(parts)


def _tc_attributes(copy: Copy) -> list[str]:
    """The attribute chips a listing shows."""
    chips = []
    if copy.first_edition:
        chips.append("First Edition")
    if copy.signed:
        chips.append("Signed")
    if copy.jacket and copy.jacket != "No Jacket":
        chips.append("Dust Jacket")
    return chips


def _tc_item(copy: Copy, position: int) -> str:
    url_title = _tc_item_url(copy, position, "title")
    url_image = _tc_item_url(copy, position, "image")
    meta = [("name", copy.title), ("author", copy.author)]
    if copy.isbn13:
        meta.append(("isbn", copy.isbn13))
    if copy.publisher:
        meta.append(("publisher", copy.publisher))
    if copy.year:
        meta.append(("datePublished", str(copy.year)))
    meta.append(("bookFormat", copy.binding))
    if copy.first_edition:
        meta.append(("bookEdition", "1st Edition"))
    metas = "".join(f'<meta itemprop="{key}" content="{esc(value)}">' for key, value in meta)
    image_note = "Seller Image" if copy.seller_image else "Stock Image"
    pub = ""
    if copy.publisher or copy.year:
        pieces = []
        if copy.publisher:
            pieces.append(f'<span data-cy="listing-publisher">{esc(copy.publisher)}</span>')
        if copy.year:
            pieces.append(f'<span data-cy="listing-published-date">{copy.year}</span>')
        pub = f'<p class="pub-details" data-cy="listing-pub-details">Published by {", ".join(pieces)}</p>'
    isbn = ""
    if copy.isbn10 and copy.isbn13:
        isbn = f'<p class="isbn" data-cy="listing-isbn"><span class="isbn10">ISBN 10: <a href="/products/isbn/{copy.isbn10}/?cm_sp=bdp-_-ISBN10-_-PLP">{copy.isbn10}</a></span> <span class="isbn13">ISBN 13: <a href="/products/isbn/{copy.isbn13}/?cm_sp=bdp-_-ISBN13-_-PLP">{copy.isbn13}</a></span></p>'
    attributes = [
        f'<li class="attribute attribute--{slug(chip)}" data-cy="listing-attribute-{slug(chip)}">{chip}</li>'
        for chip in _tc_attributes(copy)
    ]
    attrs = f'<ul class="item-attributes">{"".join(attributes)}</ul>' if attributes else ""
    if copy.shipping is None:
        shipping = ""
    elif copy.shipping == 0:
        shipping = f'<p class="shipping" data-cy="listing-shipping"><span class="free-shipping">FREE shipping</span> <span class="shipping-destination">Within {TC_LOCATIONS["UK"]}</span></p>'
    else:
        where = (
            f"within {TC_LOCATIONS['UK']}"
            if copy.country == "UK"
            else f"from {TC_LOCATIONS[copy.country]} to {TC_LOCATIONS['UK']}"
        )
        shipping = f'<p class="shipping" data-cy="listing-shipping"><span class="shipping-cost">+ {_tc_money(copy.shipping)}</span> <span class="shipping-destination">Shipping {where}</span></p>'
    stars = 5 if _number(copy.seller, 0, 3) else 4
    quantity = f'<p class="quantity" data-cy="listing-quantity">Quantity: {copy.quantity}{" available" if copy.quantity > 1 else ""}</p>'
    return f"""
      <li data-cy="listing-item" class="cf result-item" id="book-{position}" itemscope itemtype="http://schema.org/Book" data-csa-c-item-id="{copy.listing_id}">
        {metas}
        <div itemprop="offers" itemscope itemtype="http://schema.org/Offer"><meta itemprop="price" content="{copy.price:.2f}"><meta itemprop="priceCurrency" content="GBP"><meta itemprop="itemCondition" content="{"NewCondition" if copy.condition == "New" else "UsedCondition"}"><meta itemprop="availability" content="InStock"></div>
        <div class="result-image" data-cy="listing-image"><a href="{esc(url_image)}" aria-hidden="true" tabindex="-1"><img class="srp-item-image" src="{TC_CDN}/inventory/md/{copy.listing_id}_1.jpg" alt="{esc(copy.title)}" loading="lazy" width="120"></a><p class="image-label">{image_note}</p></div>
        <div class="result-detail">
          <h2 class="title" data-cy="listing-title"><a itemprop="url" href="{esc(url_title)}" title="{esc(copy.title)}"><span>{esc(copy.title)}</span></a></h2>
          <p class="author" data-cy="listing-author"><strong>{esc(copy.author)}</strong></p>
          {pub}
          {isbn}
          {attrs}
          <div class="bookseller-info" data-cy="listing-seller-info">
            <p>Seller: <a data-cy="listing-seller-link" href="/{slug(copy.seller)}/{_number(copy.seller, 1_000_000, 89_999_999)}/sf">{esc(copy.seller)}</a>, <span class="seller-location" data-cy="listing-seller-location">{esc(copy.location)}</span></p>
            <p class="seller-rating"><a href="/docs/HelpCentre/seller-ratings/"><span class="star-rating" title="{stars}-star seller"><img src="{TC_CDN}/images/stars/{stars}.png" alt="Seller rating {stars} out of 5 stars"></span></a></p>
          </div>
          <p class="item-description" data-cy="listing-description"><span class="about-item">About this Item:</span> {esc(_tc_description(copy))} <span class="seller-ref">Seller Inventory # {_hex(copy.title + copy.seller, 8).upper()}</span></p>
          <a class="more-info" href="{esc(url_title)}">More information about this seller</a> | <a href="/servlet/ContactSeller?bi={copy.listing_id}" rel="nofollow">Contact seller</a>
        </div>
        <div class="srp-item-price-container">
          <p class="item-price" data-cy="listing-price">{_tc_money(copy.price)}</p>
          <p class="currency-convert"><a href="#" class="convert-currency" rel="nofollow">Convert currency</a></p>
          {shipping}
          {quantity}
          <form method="post" action="/servlet/ShopBasketPL" class="add-to-basket"><input type="hidden" name="action" value="add"><input type="hidden" name="bi" value="{copy.listing_id}"><button type="submit" class="button primary" data-cy="listing-add-to-basket">Add to basket</button></form>
        </div>
      </li>"""


def _tc_featured() -> str:
    boxes = "".join(
        f'<li class="featured-collection"><a href="{href}?cm_sp=srp-_-featured-_-collection"><img src="{TC_CDN}/collections/{slug(name)}.jpg" alt=""><span class="featured-collection-name">{esc(name)}</span><span class="featured-collection-price">{esc(price)}</span></a></li>'
        for name, href, price in TC_FEATURED
    )
    return f"""
      <li class="srp-featured-module" data-cy="featured-collections" aria-label="Featured collections">
        <h3 class="srp-featured-title">Featured collections</h3>
        <ul class="featured-collections">{boxes}</ul>
      </li>"""


def _tc_pagination(page: int, pages: int) -> str:
    items = []
    if page > 0:
        items.append(
            f'<a id="topbar-page-prev" data-cy="srp-pagination-previous" class="prev" href="{esc(_tc_search_url((page - 1) * TC_PER_PAGE))}">Previous</a>'
        )
    for number in range(pages):
        if number == page:
            items.append(f'<strong class="current" aria-current="page">{number + 1}</strong>')
        else:
            items.append(f'<a class="page" href="{esc(_tc_search_url(number * TC_PER_PAGE))}">{number + 1}</a>')
    if page + 1 < pages:
        items.append(
            f'<a id="bottomnav-page-next" data-cy="srp-pagination-next" class="next" href="{esc(_tc_search_url((page + 1) * TC_PER_PAGE))}">Next</a>'
        )
    return f'<nav class="pagination" id="bottombar-page-nav" aria-label="Search results pages">{" ".join(items)}</nav>'


TC_REFINE = {
    "Product Type": [
        ("All Product Types", 26),
        ("Books", 26),
        ("Magazines &amp; Periodicals", 0),
        ("Comics", 0),
        ("Sheet Music", 0),
        ("Art, Prints &amp; Posters", 0),
    ],
    "Condition": [
        ("All Conditions", 26),
        ("New", 1),
        ("As New, Fine or Near Fine", 3),
        ("Very Good or Better", 12),
        ("Good or Better", 23),
        ("Fair or Better", 25),
    ],
    "Binding": [("All Bindings", 26), ("Hardcover", 18), ("Softcover", 8)],
    "Collectible Attributes": [
        ("First Edition", 17),
        ("Signed", 1),
        ("Dust Jacket", 12),
        ("Seller-Supplied Images", 21),
        ("Not Print on Demand", 26),
    ],
    "Seller Location": [("All Locations", 26), ("United Kingdom", 21), ("U.S.A.", 3), ("Ireland", 1), ("Australia", 1)],
}


def _tc_refine() -> str:
    groups = []
    for name, options in TC_REFINE.items():
        key = slug(name)
        rows = "".join(
            f'<li><a href="/servlet/SearchResults?kn=arthur+ransome&amp;sts=t&amp;{key}={slug(label)}" rel="nofollow">{label}</a> <span class="count">({count})</span></li>'
            for label, count in options
        )
        groups.append(
            f'<section class="refinement" data-cy="refinement-{key}"><h3 class="refinement-title">{esc(name)}</h3><ul>{rows}</ul></section>'
        )
    groups.append(
        '<section class="refinement" data-cy="refinement-price"><h3 class="refinement-title">Price</h3><form class="price-range"><label>Min <input type="number" name="prl" placeholder="£"></label><label>Max <input type="number" name="prh" placeholder="£"></label><button type="submit">Go</button></form></section>'
    )
    groups.append(
        '<section class="refinement" data-cy="refinement-year"><h3 class="refinement-title">Publication Year</h3><form class="year-range"><label>From <input type="number" name="yrl"></label><label>To <input type="number" name="yrh"></label><button type="submit">Go</button></form></section>'
    )
    return "".join(groups)


def _tc_page(page: int, pages: int, items: str) -> str:
    total = len(TC_COPIES)
    first = page * TC_PER_PAGE + 1
    last = min(total, first + TC_PER_PAGE - 1)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Arthur Ransome - Tomecrate</title>
<meta name="description" content="Arthur Ransome - {total} results on Tomecrate: rare, used, signed and first edition books from independent booksellers.">
<meta name="robots" content="noindex, follow">
<link rel="stylesheet" href="{TC_CDN}/css/srp-2024.min.css?v=7b21">
<script>window.tcDataLayer = {_json_script({"pageType": "SearchResults", "keywords": TC_QUERY, "resultCount": total, "page": page + 1, "currency": "GBP", "site": "UK"})};</script>
</head>
<body class="srp">
<div id="cookie-consent-banner" class="cookie-consent" role="dialog" aria-labelledby="cookie-consent-title">
  <h2 id="cookie-consent-title">Select your cookie preferences</h2>
  <p>We use cookies and similar tools that are necessary to enable you to make purchases, to enhance your shopping experiences and to provide our services, as detailed in our <a href="/docs/Security/cookies/">Cookie notice</a>. We also use these cookies to understand how customers use our services so we can make improvements.</p>
  <div class="cookie-consent-buttons"><button type="button" id="accept-all-cookies" class="button primary">Accept cookies</button><button type="button" id="reject-all-cookies" class="button">Reject all</button><a href="/cookie-preferences/" class="button">Customise cookies</a></div>
</div>
<header id="header" class="header">
  <div class="header-top"><a href="/" class="logo" aria-label="Tomecrate home"><img src="{TC_CDN}/images/logo-tomecrate.svg" alt="Tomecrate" width="150"></a>
    <form id="header-searchbox" action="/servlet/SearchResults" method="get" role="search"><input type="hidden" name="sts" value="t"><input type="search" name="kn" value="{TC_QUERY}" aria-label="Keyword, author, title, ISBN"><button type="submit" class="button primary">Search</button></form>
    <a class="advanced-search" href="/servlet/SearchEntry">Advanced Search</a>
    <ul class="header-links"><li><a href="/servlet/MyAccount" rel="nofollow">My Account</a></li><li><a href="/servlet/ShopBasketPL" rel="nofollow" class="basket">Basket <span class="basket-count">0</span></a></li><li><a href="/docs/HelpCentre/">Help</a></li></ul></div>
  <nav class="header-nav" aria-label="Main"><ul><li><a href="/books/">Books</a></li><li><a href="/art-collectables/">Art &amp; Collectibles</a></li><li><a href="/rare-books/">Rare Books</a></li><li><a href="/first-editions/">First Editions</a></li><li><a href="/signed-books/">Signed Books</a></li><li><a href="/textbooks/">Textbooks</a></li><li><a href="/sell/">Sell with us</a></li></ul></nav>
</header>
<main id="main" class="srp-main">
  <nav class="breadcrumbs" aria-label="Breadcrumb"><a href="/">Home</a> &rsaquo; <span>Search results</span></nav>
  <div class="srp-header">
    <h1 class="search-title" data-cy="search-title">{TC_QUERY}</h1>
    <p class="search-count" data-cy="search-count">Showing {first} - {last} of {total} results</p>
    <form class="sort-by" method="get" action="/servlet/SearchResults"><label for="sortby">Sort By</label><select id="sortby" name="sortby"><option value="17" selected>Highest relevance first</option><option value="2">Price (low to high)</option><option value="1">Price (high to low)</option><option value="20">Publication year (oldest first)</option><option value="21">Publication year (newest first)</option><option value="0">Most recently added</option></select><input type="hidden" name="kn" value="{TC_QUERY}"></form>
  </div>
  <div class="srp-layout">
    <aside id="refinements" class="refinements" aria-label="Refine results">
      <h2 class="refinements-title">Refine results</h2>
      {_tc_refine()}
      <div class="want-box"><h3>Can't find what you're looking for?</h3><p>We'll notify you when a copy arrives. <a href="/servlet/Wants?kn={quote_plus(TC_QUERY)}" rel="nofollow">Create a Want</a></p></div>
    </aside>
    <section class="srp-results-container">
      <div class="related-searches" data-cy="related-searches"><span>Related searches:</span> <a href="/servlet/SearchResults?kn=swallows+and+amazons&amp;sts=t">swallows and amazons</a> · <a href="/servlet/SearchResults?kn=arthur+ransome+first+edition&amp;sts=t">arthur ransome first edition</a> · <a href="/servlet/SearchResults?kn=arthur+ransome+signed&amp;sts=t">arthur ransome signed</a></div>
      <ul id="srp-results" class="result-list" data-cy="search-results">{items}
      </ul>
      {_tc_pagination(page, pages)}
    </section>
  </div>
  <section class="recently-viewed" aria-label="Recently viewed"><h2>Recently viewed</h2><p>Items you view will appear here.</p></section>
</main>
<footer id="footer" class="footer">
  <div class="footer-columns"><div><h4>Let us help</h4><ul><li><a href="/docs/HelpCentre/">Help Centre</a></li><li><a href="/docs/HelpCentre/returns/">Returns</a></li><li><a href="/docs/HelpCentre/shipping/">Shipping rates</a></li></ul></div><div><h4>Make money with us</h4><ul><li><a href="/sell/">Sell on Tomecrate</a></li><li><a href="/affiliates/">Affiliate programme</a></li></ul></div><div><h4>Tomecrate</h4><ul><li><a href="/about/">About us</a></li><li><a href="/careers/">Careers</a></li><li><a href="/rare-books/">Rare Book Guide</a></li></ul></div></div>
  <p class="copyright">By using the website, you confirm that you have read, understood, and agreed to be bound by the <a href="/docs/Terms/">Terms and Conditions</a>. © 1996 - 2025 Tomecrate Europe GmbH and/or its affiliates. All rights reserved. <a href="/docs/Privacy/">Privacy Notice</a> · <a href="/docs/Security/cookies/">Cookies</a></p>
</footer>
<script src="{TC_CDN}/js/srp-2024.min.js?v=7b21" defer></script>
</body>
</html>"""


@thirteenth_b
def build_tomecrate() -> None:
    s = Site(
        "tomecrate",
        kind="used and rare book marketplace search (AbeBooks 2024–25: li.result-item[data-cy=listing-item] with schema.org Book meta tags, h2.title links to BookDetailsPL?bi=…&cm_sp=…title-N, 'Ransome, Arthur' authors, 'Published by X, 1930', ISBN 10 / 13 on some, First Edition / Signed / Dust Jacket attributes, 'Seller: Name, Town, Country' with star-image ratings, 'Hardcover. Condition: Good. Dust Jacket Condition: Fair.' descriptions, '£ 450.00' prices, '+ £ 4.95' or FREE shipping lines, a featured-collections module in the list, ?bsi=N&ds=10 offsets)",
        start=_tc_search_url(0).lstrip("/"),
        description="An AbeBooks-like keyword search ('arthur ransome', 26 copies, ten a page): a cookie-preferences banner, header with search box and basket, a category nav, the h1 query, 'Showing 1 - 10 of 26 results', a sort select, a Refine results column (product type, condition, binding, collectible attributes, seller location with counts, price and year ranges, a Create a Want box), related searches; ul#srp-results of li.result-item with itemprop meta tags (name, author, isbn, publisher, datePublished, bookFormat, bookEdition) and an Offer block, an image link ('Seller Image' / 'Stock Image'), h2.title > a to /servlet/BookDetailsPL?bi=<id>&searchurl=…&cm_sp=snippet-_-srp1-_-titleN, p.author 'Ransome, Arthur', 'Published by <publisher>, <year>', ISBN 10 / ISBN 13 lines on modern copies, First Edition / Signed / Dust Jacket attribute chips, 'Seller: <name>, <town>, <country>' with a star image, an 'About this Item:' description starting 'Hardcover. Condition: Good. Dust Jacket Condition: Fair. 1st Edition.' then the seller's notes and inventory number, a price '£ 450.00', 'Convert currency', '+ £ 4.95 Shipping within United Kingdom' / 'from U.S.A. to United Kingdom' or 'FREE shipping', 'Quantity: 1', Add to basket; several copies share a title; a featured-collections module (with 'From £ 40.00' prices) inside the list on page 1; Previous / numbered / Next pagination to ?bsi=10&ds=10&… and ?bsi=20&ds=10&…; recently viewed and a footer.",
    )
    pages = [TC_COPIES[at : at + TC_PER_PAGE] for at in range(0, len(TC_COPIES), TC_PER_PAGE)]
    for page, copies in enumerate(pages):
        items = []
        for index, copy in enumerate(copies):
            position = page * TC_PER_PAGE + index + 1
            items.append(_tc_item(copy, position))
            if page == 0 and index == 4:
                items.append(_tc_featured())
        target = _tc_search_url(page * TC_PER_PAGE).lstrip("/").replace("?", "@")
        s.list_page(target, _tc_page(page, len(pages), "".join(items)))
    for position, copy in enumerate(TC_COPIES, 1):
        s.expect(
            {
                "title": copy.title,
                "url": _tc_item_url(copy, position, "title"),
                "author": copy.author,
                "publisher": copy.publisher,
                "year": copy.year,
                "isbn": copy.isbn13,
                "binding": copy.binding,
                "condition": copy.condition,
                "dust_jacket": copy.jacket,
                "attributes": _tc_attributes(copy) or None,
                "seller": copy.seller,
                "location": copy.location,
                "price": copy.price,
                "currency": "GBP",
                "shipping": copy.shipping,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in THIRTEENTH_B.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(f"{name:20} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}")


if __name__ == "__main__":
    main()
