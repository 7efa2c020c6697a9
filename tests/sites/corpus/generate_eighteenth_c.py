"""Eighteenth wave, part C: three list sites of live boards and listings, written and measured before any
heuristic was changed for them (an airport departures board, a stock screener of the most active shares and
a city's event list).

* **skyport-departures** — a European airport's "Departures" page (2024–25, BEM classes ``fp-flight__…``):
  a OneTrust cookie banner, the header, a flight search form with Terminal / Airline filters, a notice
  banner; under each day heading (``h2.fp-day`` "Friday 14 March 2025") a ``ul`` of flights, each one
  ``li.fp-flight.fp-flight--<status>`` holding one link to the flight page that wraps a grid: the
  scheduled ``time[datetime]`` (struck through when it changed, with the new time after a screen-reader
  "Expected"), the destination city and "(FRA)", the airline logo ``img`` whose ``alt`` is the airline, the
  flight number and the codeshares "LH 1234 / UA 9012 / AC 4411", "Terminal 2", "Gate K12" (a dash when no
  gate is known yet), the status badge ``fp-status--boarding`` "Boarding" / "Delayed 18:40" / "Cancelled"
  / "Departed 17:12" / "Gate open" / "Final call" / "Scheduled"; "Earlier flights" / "Later flights" links
  over time windows ``?date=2025-03-14&from=20:00``, the third window crossing midnight into a second day
  heading; an app promo, the footer. Written down: date (the day heading), time, estimated (where shown),
  flight, codeshares (list, where shown), destination, iata, airline, terminal, gate (where shown),
  status (as shown), url.
* **tickerboard** — a Yahoo-Finance-like "Most Active" screener (2024–25 redesign): the header with a
  search box, a market ticker strip of indices in the same ``fin-streamer`` elements, the tabs Most
  Active / Trending / Gainers / Losers, a "Rows per page" menu and "1-12 of 36"; a ``table.markets-table``
  of rows: a watchlist checkbox, the symbol link ``/quote/NVDA/`` (``span.symbol``) with the name in its
  ``title``, a sparkline ``svg``, the name cell, then ``fin-streamer`` cells carrying ``data-field`` /
  ``data-value`` / ``data-symbol``: price, change "+1.23" / "-2.75" and change percent "-2.27%" inside
  ``span.txt-positive`` / ``span.txt-negative``, volume "265.42M" (the raw count in ``data-value``), avg
  volume "312.46M" (plain text), market cap "2.91T", P/E "69.38" or "--", "52 Wk Change %" and the
  52-week range as two labels around a slider bar; an ad slot between rows 6 and 7, a "Top Gainers"
  sidebar of the same streamers, ``?count=12&offset=N`` prev / next buttons. Written down: symbol, name,
  url, price, change, change_percent, volume, avg_volume, market_cap, pe_ratio (where shown),
  change_52w, low_52w, high_52w.
* **nightlist** — a Luma-like city events page (Next.js 2024–25, styled-jsx ``jsx-…`` classes): the top
  bar, the city hero "What's happening in Berlin" with a subscribe button, category chips, a timeline of
  day sections ("Today Friday", "Tomorrow Saturday", "Mar 16 Sunday" in two divs), each event card
  with an empty overlay link ``a.event-link`` (``aria-label`` = title) to ``/<short code>``, the time "7:00
  PM", the ``h3`` title, "By A & B" hosts with avatars, the venue or "Online" beside an icon, a pill
  "Free" / "€12" / "Sold Out" / "Near capacity", the guests line (three avatars, "+58"), a cover image;
  ``__NEXT_DATA__`` carrying the same events with UTC ``start_at`` (a half past midnight party falls on the
  UTC day before) and ticket info; a "Load more" link ``?pagination_cursor=…`` to the next batch (pages 2
  and 3 are the same page with the next events). Written down: title, url, date (local day), time, host,
  venue, price (an amount where one is shown: 'Free' and 'Sold Out' are none), going.

Run ``uv run python tests/sites/corpus/generate_eighteenth_c.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**.
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import sys
import zlib
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc

EIGHTEENTH_C: dict[str, Callable[[], None]] = {}


def eighteenth_c(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    EIGHTEENTH_C[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _hash(text: str, length: int = 8, letters: str = "abcdefghijkmnpqrstuvwxyz23456789") -> str:
    """A stable pseudo-random token of ``letters`` (short codes, class suffixes, cursors)."""
    number = zlib.crc32(text.encode())
    out = []
    for _ in range(length):
        number, rest = divmod(number * 7919 + 13, len(letters))
        out.append(letters[rest])
    return "".join(out)


# ---------------------------------------------------------------------------------------------------
# skyport-departures: an airport departures board in time windows.
# ---------------------------------------------------------------------------------------------------

SP_DAY = date(2025, 3, 14)
# (scheduled, day offset, flight, codeshares, city, iata, airline, terminal, gate, status, status time)
SP_FLIGHTS: list[tuple[str, int, str, list[str], str, str, str, str, str | None, str, str | None]] = [
    ("17:05", 0, "LH 1857", ["UA 9012", "AC 4411"], "Frankfurt", "FRA", "Lufthansa", "2", "K12", "departed", "17:12"),
    ("17:10", 0, "EW 7621", [], "Düsseldorf", "DUS", "Eurowings", "1", "B04", "departed", "17:31"),
    ("17:25", 0, "KL 1784", ["DL 9417"], "Amsterdam", "AMS", "KLM", "1", "A17", "final-call", None),
    ("17:40", 0, "FR 2214", [], "Dublin", "DUB", "Ryanair", "1", "C21", "boarding", None),
    ("17:45", 0, "OS 128", ["LH 6331"], "Vienna", "VIE", "Austrian Airlines", "2", "K08", "boarding", None),
    (
        "18:00",
        0,
        "BA 961",
        ["IB 7433", "AA 6512"],
        "London Heathrow",
        "LHR",
        "British Airways",
        "1",
        "A09",
        "delayed",
        "18:40",
    ),
    ("18:15", 0, "VY 1823", [], "Barcelona", "BCN", "Vueling", "1", "C03", "gate-open", None),
    ("18:20", 0, "TK 1634", ["NH 5871"], "Istanbul", "IST", "Turkish Airlines", "1", "B11", "gate-open", None),
    ("18:35", 0, "U2 5394", [], "Milan Malpensa", "MXP", "easyJet", "1", "C14", "cancelled", None),
    ("18:50", 0, "SK 1672", ["LH 6127"], "Copenhagen", "CPH", "SAS", "2", "K15", "scheduled", None),
    (
        "19:05",
        0,
        "AF 1423",
        ["KL 2213", "DL 8570"],
        "Paris Charles de Gaulle",
        "CDG",
        "Air France",
        "1",
        "A04",
        "scheduled",
        None,
    ),
    ("19:20", 0, "LX 1111", ["LH 5753"], "Zurich", "ZRH", "Swiss", "2", "K03", "delayed", "20:05"),
    ("20:00", 0, "LH 2049", ["SQ 2391"], "Munich", "MUC", "Lufthansa", "2", "K21", "scheduled", None),
    ("20:10", 0, "W6 2281", [], "Budapest", "BUD", "Wizz Air", "1", "C07", "scheduled", None),
    ("20:25", 0, "EK 56", ["QF 8056"], "Dubai", "DXB", "Emirates", "1", "B02", "scheduled", None),
    ("20:40", 0, "TP 563", [], "Lisbon", "LIS", "TAP Air Portugal", "1", None, "scheduled", None),
    ("20:55", 0, "FR 1947", [], "Palma de Mallorca", "PMI", "Ryanair", "1", None, "delayed", "22:15"),
    ("21:05", 0, "LO 382", ["LH 6215"], "Warsaw", "WAW", "LOT Polish Airlines", "2", None, "scheduled", None),
    ("21:20", 0, "IB 3517", ["BA 7069"], "Madrid", "MAD", "Iberia", "1", None, "scheduled", None),
    ("21:30", 0, "EW 9582", [], "Stuttgart", "STR", "Eurowings", "1", None, "cancelled", None),
    ("21:45", 0, "QR 82", ["BA 6232"], "Doha", "DOH", "Qatar Airways", "1", None, "scheduled", None),
    ("22:05", 0, "A3 865", ["OA 4865"], "Athens", "ATH", "Aegean Airlines", "2", None, "scheduled", None),
    ("22:30", 0, "PC 1018", [], "Antalya", "AYT", "Pegasus", "1", None, "scheduled", None),
    ("23:10", 0, "DE 1526", [], "Hurghada", "HRG", "Condor", "1", None, "scheduled", None),
    ("23:35", 0, "XQ 141", [], "Izmir", "ADB", "SunExpress", "1", None, "delayed", "00:20"),
    ("23:55", 0, "ET 707", [], "Addis Ababa", "ADD", "Ethiopian Airlines", "1", None, "scheduled", None),
    ("05:50", 1, "LH 1851", ["UA 9006"], "Frankfurt", "FRA", "Lufthansa", "2", None, "scheduled", None),
    ("06:05", 1, "KL 1776", ["DL 9405"], "Amsterdam", "AMS", "KLM", "1", None, "scheduled", None),
    ("06:15", 1, "FR 2210", [], "Dublin", "DUB", "Ryanair", "1", None, "scheduled", None),
    ("06:30", 1, "OS 122", ["LH 6323"], "Vienna", "VIE", "Austrian Airlines", "2", None, "scheduled", None),
    ("06:45", 1, "BA 953", ["IB 7421"], "London Heathrow", "LHR", "British Airways", "1", None, "scheduled", None),
    ("07:00", 1, "U2 5390", [], "Milan Malpensa", "MXP", "easyJet", "1", None, "scheduled", None),
    ("07:10", 1, "SK 1668", [], "Copenhagen", "CPH", "SAS", "2", None, "scheduled", None),
]
SP_PAGES = [12, 11, 10]
SP_WINDOWS = ["17:00", "20:00", "23:00"]
SP_STATUS = {
    "departed": "Departed",
    "final-call": "Final call",
    "boarding": "Boarding",
    "delayed": "Delayed",
    "gate-open": "Gate open",
    "cancelled": "Cancelled",
    "scheduled": "Scheduled",
}


def _sp_href(number: int) -> str:
    base = "/en/flights/departures/"
    return base if number == 1 else f"{base}?date={SP_DAY.isoformat()}&from={SP_WINDOWS[number - 1]}"


def _sp_status(kind: str, at: str | None) -> str:
    return f"{SP_STATUS[kind]} {at}" if at else SP_STATUS[kind]


def _sp_flight(row: tuple[Any, ...], s: Site) -> str:
    sched, offset, flight, codeshares, city, iata, airline, terminal, gate, kind, at = row
    day = SP_DAY + timedelta(days=offset)
    code = flight.replace(" ", "")
    url = f"/en/flights/departures/{code.lower()}-{day:%Y%m%d}/"
    estimated = at if kind == "delayed" else None
    status = _sp_status(kind, at)
    time_html = (
        f'<del class="fp-flight__scheduled fp-flight__scheduled--changed"><time datetime="{day}T{sched}:00+01:00">{sched}</time></del> <span class="fp-flight__expected"><span class="visually-hidden">Expected </span>{estimated}</span>'
        if estimated
        else f'<time class="fp-flight__scheduled" datetime="{day}T{sched}:00+01:00">{sched}</time>'
    )
    shares = "".join(
        f'<span class="fp-flight__codeshare"><span class="fp-flight__sep" aria-hidden="true"> / </span>{esc(c)}</span>'
        for c in codeshares
    )
    gate_html = esc(gate) if gate else '<span aria-label="not yet assigned">–</span>'
    s.expect(
        {
            "date": day.isoformat(),
            "time": sched,
            "estimated": estimated,
            "flight": flight,
            "codeshares": codeshares or None,
            "destination": city,
            "iata": iata,
            "airline": airline,
            "terminal": terminal,
            "gate": gate,
            "status": status,
            "url": url,
        }
    )
    carrier = code[:2]
    return f"""<li class="fp-flight fp-flight--{kind}" data-flight-id="{code}-{day:%Y%m%d}" data-terminal="{terminal}">
  <a class="fp-flight__link" href="{url}" aria-label="Flight {esc(flight)} to {esc(city)}, scheduled {sched}, {esc(status)}">
    <div class="fp-flight__cell fp-flight__cell--time">{time_html}</div>
    <div class="fp-flight__cell fp-flight__cell--destination"><span class="fp-flight__city">{esc(city)}</span> <span class="fp-flight__iata">({iata})</span></div>
    <div class="fp-flight__cell fp-flight__cell--airline"><img class="fp-flight__logo" src="/media/airlines/{carrier}.svg" alt="{esc(airline)}" width="28" height="28" loading="lazy"/></div>
    <div class="fp-flight__cell fp-flight__cell--number"><span class="fp-flight__number">{esc(flight)}</span>{shares}</div>
    <div class="fp-flight__cell fp-flight__cell--terminal"><span class="fp-flight__label">Terminal</span> {terminal}</div>
    <div class="fp-flight__cell fp-flight__cell--gate"><span class="fp-flight__label">Gate</span> {gate_html}</div>
    <div class="fp-flight__cell fp-flight__cell--status"><span class="fp-status fp-status--{kind}">{esc(status)}</span></div>
    <span class="fp-flight__chevron" aria-hidden="true"><svg width="16" height="16" viewBox="0 0 16 16"><path d="M6 3l5 5-5 5"></path></svg></span>
  </a>
</li>"""


def _sp_page(number: int, total: int, rows: list[tuple[Any, ...]], s: Site) -> str:
    groups: list[tuple[date, list[tuple[Any, ...]]]] = []
    for row in rows:
        day = SP_DAY + timedelta(days=row[1])
        if not groups or groups[-1][0] != day:
            groups.append((day, []))
        groups[-1][1].append(row)
    body = "\n".join(
        f"""<section class="fp-day-group" aria-labelledby="day-{day}">
<h2 class="fp-day" id="day-{day}">{day:%A} {day.day} {day:%B %Y}</h2>
<div class="fp-board__head" aria-hidden="true"><span>Time</span><span>Destination</span><span>Airline</span><span>Flight</span><span>Terminal</span><span>Gate</span><span>Status</span></div>
<ul class="fp-flights">
{chr(10).join(_sp_flight(r, s) for r in flights)}
</ul>
</section>"""
        for day, flights in groups
    )
    earlier = (
        f'<a class="fp-pager__link fp-pager__link--earlier" href="{esc(_sp_href(number - 1))}"><svg width="12" height="12" aria-hidden="true"><path d="M8 2L4 6l4 4"></path></svg> Earlier flights</a>'
        if number > 1
        else '<a class="fp-pager__link fp-pager__link--earlier" href="/en/flights/departures/?date=2025-03-14&amp;from=14:00"><svg width="12" height="12" aria-hidden="true"><path d="M8 2L4 6l4 4"></path></svg> Earlier flights</a>'
    )
    later = (
        f'<a class="fp-pager__link fp-pager__link--later" href="{esc(_sp_href(number + 1))}">Later flights <svg width="12" height="12" aria-hidden="true"><path d="M4 2l4 4-4 4"></path></svg></a>'
        if number < total
        else '<p class="fp-pager__end">No further departures are published yet. The timetable is updated every morning.</p>'
    )
    window = SP_WINDOWS[number - 1]
    return f"""<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>Departures – Skyport Aldermoor Airport</title>
<meta name="description" content="Live departures at Skyport Aldermoor Airport: times, gates, terminals and flight status."/>
<link rel="stylesheet" href="/static/css/main.4c1a9e.css"/>
<script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="3f9e2c71-departures" async></script>
<script>window.dataLayer=window.dataLayer||[];window.dataLayer.push({{"pageType":"flightboard","boardType":"departures","window":"{window}"}});</script>
</head>
<body class="page page--flightboard">
<a class="skip-link" href="#main">Skip to content</a>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container"><div id="onetrust-policy"><h2 id="onetrust-policy-title">We value your privacy</h2><p id="onetrust-policy-text">We use cookies to show you live flight information, to remember your settings and to measure how our website is used. <a href="/en/privacy/cookies/">Cookie policy</a></p></div><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookie settings</button><button id="onetrust-reject-all-handler">Reject all</button><button id="onetrust-accept-btn-handler">Accept all cookies</button></div></div></div></div>
<header class="site-header"><div class="site-header__inner"><a class="site-header__logo" href="/en/"><img src="/static/img/skyport-logo.svg" alt="Skyport Aldermoor Airport" width="160" height="40"/></a>
<nav class="site-nav" aria-label="Main"><ul><li><a href="/en/flights/departures/" aria-current="page">Departures</a></li><li><a href="/en/flights/arrivals/">Arrivals</a></li><li><a href="/en/parking/">Parking</a></li><li><a href="/en/shopping-dining/">Shopping &amp; dining</a></li><li><a href="/en/travel-info/">Travel information</a></li></ul></nav>
<div class="site-header__tools"><a href="/de/flüge/abflug/" hreflang="de" lang="de">Deutsch</a><a href="/en/search/" aria-label="Search"><svg width="20" height="20" aria-hidden="true"><circle cx="9" cy="9" r="7"></circle></svg></a></div></div></header>
<main id="main" class="fp-board">
<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/en/">Home</a></li><li><a href="/en/flights/">Flights</a></li><li aria-current="page">Departures</li></ol></nav>
<h1 class="fp-board__title">Departures</h1>
<div class="fp-tabs" role="tablist"><a role="tab" aria-selected="true" class="fp-tabs__tab fp-tabs__tab--active" href="/en/flights/departures/">Departures</a><a role="tab" aria-selected="false" class="fp-tabs__tab" href="/en/flights/arrivals/">Arrivals</a></div>
<form class="fp-search" action="/en/flights/departures/" method="get" role="search"><label for="fp-q">Flight number, destination or airline</label><input id="fp-q" name="q" type="search" placeholder="e.g. LH 1857 or Frankfurt"/>
<label for="fp-date">Date</label><select id="fp-date" name="date"><option value="2025-03-13">Yesterday</option><option value="2025-03-14" selected>Today</option><option value="2025-03-15">Tomorrow</option></select>
<fieldset class="fp-filter"><legend>Terminal</legend><label><input type="checkbox" name="terminal" value="1"/> Terminal 1</label><label><input type="checkbox" name="terminal" value="2"/> Terminal 2</label></fieldset>
<label for="fp-airline">Airline</label><select id="fp-airline" name="airline"><option value="">All airlines</option><option value="LH">Lufthansa</option><option value="FR">Ryanair</option><option value="BA">British Airways</option><option value="KL">KLM</option><option value="EW">Eurowings</option></select>
<button type="submit" class="btn btn--primary">Search</button></form>
<div class="notice notice--info" role="status"><svg width="16" height="16" aria-hidden="true"><circle cx="8" cy="8" r="7"></circle></svg><p>Security checks in Terminal 1 are busy on Friday evenings. Please arrive at least 2 hours before departure. Last updated 17:58.</p></div>
<p class="fp-board__window">Showing departures from {window}</p>
<nav class="fp-pager fp-pager--top" aria-label="Time windows">{earlier}</nav>
{body}
<nav class="fp-pager fp-pager--bottom" aria-label="Time windows">{later}</nav>
<p class="fp-board__disclaimer">All times are local times. Flight information is supplied by the airlines and may change at short notice.</p>
</main>
<aside class="app-promo"><h2>Flight alerts on your phone</h2><p>Follow your flight in the Skyport app and get a push message when your gate opens.</p><a href="/en/app/">Get the app</a></aside>
<footer class="site-footer"><div class="site-footer__cols"><div><h3>Flights</h3><ul><li><a href="/en/flights/departures/">Departures</a></li><li><a href="/en/flights/arrivals/">Arrivals</a></li><li><a href="/en/destinations/">Destinations</a></li></ul></div><div><h3>Service</h3><ul><li><a href="/en/contact/">Contact</a></li><li><a href="/en/lost-found/">Lost &amp; found</a></li><li><a href="/en/accessibility/">Accessibility</a></li></ul></div></div><p>© 2025 Skyport Aldermoor Airport GmbH · <a href="/en/imprint/">Imprint</a> · <a href="/en/privacy/">Privacy</a></p></footer>
<script src="/static/js/flightboard.9b2e1d.js" defer></script>
</body></html>"""


@eighteenth_c
def build_skyport_departures() -> None:
    s = Site(
        "skyport-departures",
        kind="airport departures board (European airport 2024–25, BEM fp-flight__… classes: li.fp-flight--<status> rows each one link to the flight page wrapping time[datetime] (struck through + 'Expected' new time when delayed), 'Frankfurt (FRA)', airline logo img alt, 'LH 1857' + ' / UA 9012' codeshare spans, 'Terminal 2', 'Gate K12' or a dash, status badges 'Departed 17:12' / 'Boarding' / 'Delayed 18:40' / 'Cancelled'; grouped under h2 day headings 'Friday 14 March 2025'; 'Later flights' over ?date=…&from=20:00 time windows, the last crossing midnight)",
        start="en/flights/departures/",
        description="An airport's departures board (2024–25): a OneTrust cookie banner, header nav, breadcrumb, Departures / Arrivals tabs, a search form with date select, terminal checkboxes and an airline select, an info notice, 'Showing departures from 17:00'; day sections with h2 'Friday 14 March 2025', a hidden column header row and a ul of li.fp-flight.fp-flight--<status> rows, each a single a.fp-flight__link (aria-label 'Flight LH 1857 to Frankfurt, scheduled 17:05, Departed 17:12') wrapping cells: time[datetime] (del + 'Expected' sr text + the new time on delayed flights), span.fp-flight__city + '(FRA)', an airline logo img with the airline as alt, span.fp-flight__number + codeshare spans ' / UA 9012', 'Terminal' label + number, 'Gate' label + gate or an en dash, span.fp-status--<kind> 'Departed 17:12' / 'Final call' / 'Boarding' / 'Delayed 18:40' / 'Gate open' / 'Cancelled' / 'Scheduled'; 12, 11 and 10 flights over three time windows (?date=2025-03-14&from=20:00, &from=23:00; the third crosses midnight into 'Saturday 15 March 2025'), 'Earlier flights' / 'Later flights' links, an end note on the last; an app promo and the footer. Written down: date, time, estimated (delayed only), flight, codeshares (list, where shown), destination, iata, airline, terminal, gate (where shown), status (as shown), url.",
    )
    pages = chunks(SP_FLIGHTS, SP_PAGES)
    for number, rows in enumerate(pages, 1):
        path = _sp_href(number).lstrip("/").replace("?", "@").replace("&amp;", "&")
        if path.endswith("/"):
            path += "index.html"
        s.list_page(path, _sp_page(number, len(pages), rows, s))
    s.finish()


# ---------------------------------------------------------------------------------------------------
# tickerboard: a Yahoo-Finance-like "Most Active" stock screener.
# ---------------------------------------------------------------------------------------------------

# (symbol, name, price, change, volume, avg volume, market cap, P/E or None, 52-week change %, low, high)
TB_ROWS: list[tuple[str, str, float, float, float, float, str, float | None, float, float, float]] = [
    ("NVDA", "NVIDIA Corporation", 118.65, -2.75, 265.42e6, 312.46e6, "2.91T", 40.32, 27.41, 75.61, 153.13),
    ("TSLA", "Tesla, Inc.", 249.98, 9.13, 128.87e6, 98.33e6, "804.05B", 122.54, 43.15, 138.8, 488.54),
    ("PLTR", "Palantir Technologies Inc.", 86.24, 4.11, 97.12e6, 104.55e6, "202.18B", 454.42, 246.08, 20.33, 125.41),
    ("INTC", "Intel Corporation", 24.19, 1.47, 89.55e6, 92.1e6, "105.49B", None, -43.87, 17.67, 45.41),
    ("F", "Ford Motor Company", 9.87, -0.08, 71.2e6, 64.47e6, "39.12B", 6.76, -21.9, 9.06, 14.85),
    ("AAPL", "Apple Inc.", 213.49, -1.75, 60.1e6, 52.83e6, "3.21T", 33.93, 23.71, 164.08, 260.1),
    ("SOFI", "SoFi Technologies, Inc.", 11.62, 0.37, 58.9e6, 63.54e6, "12.71B", 31.41, 52.69, 6.01, 18.42),
    ("AMD", "Advanced Micro Devices, Inc.", 101.64, -3.02, 55.34e6, 40.87e6, "164.74B", 103.71, -47.11, 94.72, 227.3),
    ("RIVN", "Rivian Automotive, Inc.", 11.03, 0.56, 41.77e6, 38.25e6, "12.47B", None, 1.38, 8.26, 18.86),
    ("NIO", "NIO Inc.", 4.21, -0.14, 39.65e6, 52.11e6, "8.78B", None, -18.25, 3.61, 7.71),
    ("BAC", "Bank of America Corporation", 40.37, 0.51, 38.48e6, 36.92e6, "307.24B", 12.54, 11.36, 33.07, 48.08),
    ("AMZN", "Amazon.com, Inc.", 193.89, 2.84, 37.9e6, 41.06e6, "2.06T", 35.06, 9.84, 151.61, 242.52),
    ("SMCI", "Super Micro Computer, Inc.", 38.52, -2.41, 36.61e6, 58.8e6, "22.87B", 18.08, -58.61, 17.25, 122.9),
    ("MARA", "MARA Holdings, Inc.", 13.41, -0.92, 34.18e6, 37.45e6, "4.64B", 16.76, -49.86, 9.81, 30.28),
    ("AAL", "American Airlines Group Inc.", 10.86, 0.31, 33.09e6, 35.61e6, "7.14B", 9.87, -27.41, 9.07, 19.1),
    ("PFE", "Pfizer Inc.", 25.74, -0.19, 31.52e6, 39.88e6, "145.97B", 18.26, -2.68, 24.48, 31.54),
    ("HOOD", "Robinhood Markets, Inc.", 43.76, 1.98, 30.21e6, 42.39e6, "38.69B", 27.87, 155.75, 13.98, 66.91),
    ("GOOGL", "Alphabet Inc.", 163.99, -0.85, 29.77e6, 31.12e6, "1.99T", 20.37, 17.14, 140.53, 207.05),
    ("T", "AT&T Inc.", 27.14, 0.22, 29.05e6, 35.37e6, "195.29B", 18.22, 57.41, 16.69, 28.7),
    ("LCID", "Lucid Group, Inc.", 2.41, 0.06, 28.92e6, 32.07e6, "7.29B", None, -17.47, 1.93, 4.43),
    ("MSFT", "Microsoft Corporation", 388.56, -2.23, 27.68e6, 22.44e6, "2.89T", 31.29, -8.62, 376.91, 468.35),
    ("CCL", "Carnival Corporation & plc", 20.12, 0.88, 26.03e6, 24.19e6, "27.79B", 14.27, 24.57, 13.78, 28.72),
    ("WBD", "Warner Bros. Discovery, Inc.", 10.47, -0.29, 25.41e6, 29.76e6, "25.69B", None, 21.88, 6.64, 12.7),
    ("VALE", "Vale S.A.", 9.94, 0.12, 24.56e6, 31.05e6, "42.37B", 6.9, -17.15, 8.38, 13.4),
    ("SNAP", "Snap Inc.", 8.93, -0.31, 23.87e6, 27.66e6, "15.2B", None, -23.68, 8.28, 17.33),
    ("UBER", "Uber Technologies, Inc.", 74.02, 1.57, 22.91e6, 19.84e6, "154.81B", 16.27, -4.49, 54.84, 87),
    ("CSCO", "Cisco Systems, Inc.", 61.47, -0.64, 21.65e6, 20.51e6, "244.86B", 26.84, 23.01, 44.5, 66.5),
    ("XOM", "Exxon Mobil Corporation", 112.38, 1.26, 19.37e6, 16.05e6, "487.7B", 14.33, -1.57, 99.93, 126.34),
    ("KVUE", "Kenvue Inc.", 23.16, 0.14, 18.84e6, 14.3e6, "44.41B", 43.7, 12.16, 17.67, 24.46),
    (
        "PBR",
        "Petróleo Brasileiro S.A. - Petrobras",
        13.52,
        -0.11,
        18.22e6,
        19.63e6,
        "87.11B",
        8.18,
        -14.9,
        12.16,
        17.45,
    ),
]
TB_PAGES = [10, 10, 10]
TB_COUNT = 10
TB_HASH = "yf-5ejvw5"


def _tb_href(number: int) -> str:
    return (
        "/markets/stocks/most-active/"
        if number == 1
        else f"/markets/stocks/most-active/?count={TB_COUNT}&offset={(number - 1) * TB_COUNT}"
    )


def _tb_short(value: float) -> str:
    for limit, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")):
        if value >= limit:
            return f"{value / limit:.3f}".rstrip("0").rstrip(".") + suffix
    return f"{value:,.0f}"


def _tb_shown(text: str) -> int:
    """The number a short figure stands for, as a person would write it down ("265.42M" → 265420000)."""
    scale = {"T": 1e12, "B": 1e9, "M": 1e6, "K": 1e3}[text[-1]]
    return round(float(text[:-1]) * scale)


def _tb_signed(value: float, digits: int = 2, suffix: str = "") -> str:
    return f"{'+' if value > 0 else ''}{value:.{digits}f}{suffix}"


def _tb_trend(value: float) -> str:
    return "txt-positive" if value > 0 else "txt-negative" if value < 0 else "txt-neutral"


def _tb_streamer(symbol: str, field: str, value: object, text: str, *, trend: float | None = None) -> str:
    inner = f'<span class="{_tb_trend(trend)} {TB_HASH}">{text}</span>' if trend is not None else text
    trend_attr = "txt" if trend is not None else "none"
    return f'<fin-streamer class="{TB_HASH}" data-symbol="{symbol}" data-value="{value}" data-trend="{trend_attr}" data-field="{field}" active="">{inner}</fin-streamer>'


def _tb_market_cap_raw(text: str) -> int:
    scale = {"T": 1e12, "B": 1e9, "M": 1e6}[text[-1]]
    return int(round(float(text[:-1]) * scale, -5))


def _tb_row(row: tuple[Any, ...], s: Site) -> str:
    symbol, name, price, change, volume, avg, cap, pe, change_52w, low, high = row
    percent = round(change / (price - change) * 100, 4)
    url = f"/quote/{symbol}/"
    volume_text, avg_text = _tb_short(volume), _tb_short(avg)
    change_text = _tb_signed(change)
    percent_text = _tb_signed(percent, 2, "%")
    change_52w_text = _tb_signed(change_52w, 2, "%")
    slider = round((price - low) / (high - low) * 100, 2)
    s.expect(
        {
            "symbol": symbol,
            "name": name,
            "url": url,
            "price": price,
            "change": float(change_text),
            "change_percent": float(percent_text.rstrip("%")),
            "volume": _tb_shown(volume_text),
            "avg_volume": _tb_shown(avg_text),
            "market_cap": _tb_shown(cap),
            "pe_ratio": pe,
            "change_52w": float(change_52w_text.rstrip("%")),
            "low_52w": low,
            "high_52w": high,
        }
    )
    points = " ".join(f"{x * 6},{20 - (zlib.crc32(f'{symbol}{x}'.encode()) % 18)}" for x in range(15))
    colour = "#008a00" if change > 0 else "#d60a22"
    pe_html = f"{pe:.2f}" if pe is not None else "--"
    return f"""<tr class="row false {TB_HASH}" data-testid="data-table-v2-row">
<td class="cell sticky {TB_HASH}" style="width: 150px"><span class="{TB_HASH}"><div class="select {TB_HASH}"><input type="checkbox" aria-label="Select {symbol}" class="{TB_HASH}"/></div><span class="ticker-wrapper {TB_HASH}"><a href="{url}" title="{esc(name)}" class="loud-link fin-size-medium ticker noPadding {TB_HASH}" data-testid="table-cell-ticker" aria-label="{esc(name)}"><div class="name {TB_HASH}"><span class="symbol {TB_HASH}">{symbol}</span></div></a></span></span></td>
<td class="cell {TB_HASH}"><span class="sparkline {TB_HASH}"><svg width="84" height="22" viewBox="0 0 84 22" aria-hidden="true"><polyline fill="none" stroke="{colour}" stroke-width="1.5" points="{points}"></polyline></svg></span></td>
<td class="cell {TB_HASH}" style="width: 200px"><div title="{esc(name)}" class="tw-pl-4 {TB_HASH}">{esc(name)}</div></td>
<td class="cell {TB_HASH}"><span class="{TB_HASH}">{_tb_streamer(symbol, "regularMarketPrice", price, f"{price:,.2f}")}</span></td>
<td class="cell {TB_HASH}"><span class="{TB_HASH}">{_tb_streamer(symbol, "regularMarketChange", change, change_text, trend=change)}</span></td>
<td class="cell {TB_HASH}"><span class="{TB_HASH}">{_tb_streamer(symbol, "regularMarketChangePercent", percent, percent_text, trend=change)}</span></td>
<td class="cell {TB_HASH}"><span class="{TB_HASH}">{_tb_streamer(symbol, "regularMarketVolume", int(volume), volume_text)}</span></td>
<td class="cell {TB_HASH}"><span class="{TB_HASH}">{avg_text}</span></td>
<td class="cell {TB_HASH}"><span class="{TB_HASH}">{_tb_streamer(symbol, "marketCap", _tb_market_cap_raw(cap), cap)}</span></td>
<td class="cell {TB_HASH}"><span class="{TB_HASH}">{pe_html}</span></td>
<td class="cell {TB_HASH}"><span class="{TB_HASH}"><span class="{_tb_trend(change_52w)} {TB_HASH}">{change_52w_text}</span></span></td>
<td class="cell {TB_HASH}"><div class="fiftyTwoWeekRange {TB_HASH}"><span class="label {TB_HASH}">{low:,.2f}</span><div class="bar {TB_HASH}"><div class="slider {TB_HASH}" style="left: {slider}%"></div></div><span class="label {TB_HASH}">{high:,.2f}</span></div></td>
</tr>"""


TB_INDICES = [
    ("^GSPC", "S&P 500", 5638.94, 117.42, 2.13),
    ("^DJI", "Dow 30", 41488.19, 674.62, 1.65),
    ("^IXIC", "Nasdaq", 17754.09, 451.07, 2.61),
    ("^RUT", "Russell 2000", 2044.1, 50.41, 2.53),
    ("CL=F", "Crude Oil", 67.18, 0.63, 0.95),
    ("GC=F", "Gold", 3001.1, 11.8, 0.39),
]


def _tb_page(number: int, total: int, rows: list[tuple[Any, ...]], s: Site) -> str:
    row_html = [_tb_row(r, s) for r in rows]
    ad = f'<tr class="ad-row {TB_HASH}"><td colspan="12"><div class="sdaContainer {TB_HASH}" id="defaultLREC-sticky" data-ad-unit="MON-1"><div class="ad-label">Advertisement</div><a href="https://ads.example/click?id=7731" rel="nofollow sponsored"><img src="https://ads.example/cr/7731.jpg" alt="Trade with $0 commissions – Open an account" width="728" height="90"/></a></div></td></tr>'
    body = "\n".join([*row_html[:6], ad, *row_html[6:]])
    strip = "".join(
        f'<li class="box-item {TB_HASH}"><a href="/quote/{esc(sym)}/" class="{TB_HASH}" title="{esc(name)}"><span class="symbol {TB_HASH}">{esc(name)}</span>{_tb_streamer(sym, "regularMarketPrice", price, f"{price:,.2f}")}{_tb_streamer(sym, "regularMarketChange", change, _tb_signed(change), trend=change)}{_tb_streamer(sym, "regularMarketChangePercent", pct, "(" + _tb_signed(pct, 2, "%") + ")", trend=change)}</a></li>'
        for sym, name, price, change, pct in TB_INDICES
    )
    gainers = "".join(
        f'<li class="{TB_HASH}"><a href="/quote/{sym}/" class="{TB_HASH}"><span class="symbol {TB_HASH}">{sym}</span><span class="longName {TB_HASH}">{esc(name)}</span>{_tb_streamer(sym, "regularMarketPrice", price, f"{price:,.2f}")}{_tb_streamer(sym, "regularMarketChangePercent", pct, _tb_signed(pct, 2, "%"), trend=pct)}</a></li>'
        for sym, name, price, pct in [
            ("APLD", "Applied Digital Corporation", 6.82, 18.4),
            ("OKLO", "Oklo Inc.", 31.27, 14.93),
            ("RGTI", "Rigetti Computing, Inc.", 8.61, 12.7),
            ("IONQ", "IonQ, Inc.", 22.48, 11.05),
            ("CORZ", "Core Scientific, Inc.", 9.75, 9.81),
        ]
    )
    first = (number - 1) * TB_COUNT + 1
    last = first + len(rows) - 1
    total_rows = len(TB_ROWS)
    prev_btn = (
        f'<a class="icon-btn {TB_HASH}" href="{esc(_tb_href(number - 1))}" aria-label="Goto previous page" data-testid="prev-page-button"><svg width="24" height="24" aria-hidden="true"><path d="M15 6l-6 6 6 6"></path></svg></a>'
        if number > 1
        else f'<button class="icon-btn {TB_HASH}" disabled="" aria-label="Goto previous page" data-testid="prev-page-button"><svg width="24" height="24" aria-hidden="true"><path d="M15 6l-6 6 6 6"></path></svg></button>'
    )
    next_btn = (
        f'<a class="icon-btn {TB_HASH}" href="{esc(_tb_href(number + 1))}" aria-label="Goto next page" data-testid="next-page-button"><svg width="24" height="24" aria-hidden="true"><path d="M9 6l6 6-6 6"></path></svg></a>'
        if number < total
        else f'<button class="icon-btn {TB_HASH}" disabled="" aria-label="Goto next page" data-testid="next-page-button"><svg width="24" height="24" aria-hidden="true"><path d="M9 6l6 6-6 6"></path></svg></button>'
    )
    heads = [
        ("symbol", "Symbol"),
        ("sparkline", ""),
        ("companyshortname", "Name"),
        ("intradayprice", "Price"),
        ("intradaypricechange", "Change"),
        ("percentchange", "Change %"),
        ("dayvolume", "Volume"),
        ("avgdailyvol3m", "Avg Vol (3M)"),
        ("intradaymarketcap", "Market Cap"),
        ("peratio.lasttwelvemonths", "P/E Ratio<br/>(TTM)"),
        ("fiftytwowkpercentchange", "52 Wk Change %"),
        ("fiftyTwoWeekRange", "52 Wk Range"),
    ]
    sort_icon = f'<span class="sort-icon {TB_HASH}"><svg width="16" height="16" aria-hidden="true"><path d="M8 4l4 4H4z"></path></svg></span>'
    head_html = "".join(
        f'<th class="{TB_HASH}" data-testid-header="{key}"><div class="{TB_HASH}">{label}{"" if key in ("sparkline", "fiftyTwoWeekRange") else sort_icon}</div></th>'
        for key, label in heads
    )
    state = {
        "screener": {
            "id": "most_actives",
            "count": TB_COUNT,
            "offset": (number - 1) * TB_COUNT,
            "total": total_rows,
            "symbols": [r[0] for r in rows],
        }
    }
    return f"""<!DOCTYPE html>
<html lang="en-US" class="desktop dark-mode-off"><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>Most Active Stocks Today: Top Traded Shares - Tickerboard Finance</title>
<meta name="description" content="See the list of the most active stocks today, including share price change and percentage, trading volume, intraday highs and lows, and day charts."/>
<link rel="canonical" href="https://finance.tickerboard.example/markets/stocks/most-active/"/>
<link rel="stylesheet" href="https://s.tbimg.example/aaq/finance/svelte/css/app.b41c2a.css"/>
<script>window.YAHOO=window.YAHOO||{{}};window.YAHOO.context={{"region":"US","lang":"en-US","site":"finance","pageName":"markets-stocks-most-active"}};</script>
</head>
<body class="{TB_HASH}">
<div id="consent-page" class="consent-overlay" hidden=""><div class="con-wizard"><h2>We value your privacy</h2><p>We and our partners store and/or access information on a device, such as cookies, and process personal data.</p><button name="agree" value="agree">Accept all</button><button name="reject" value="reject">Reject all</button></div></div>
<header class="{TB_HASH}" id="ybar"><div class="ybar-inner {TB_HASH}"><a class="logo {TB_HASH}" href="/">Tickerboard Finance</a>
<form class="search {TB_HASH}" action="/lookup" role="search"><input type="text" name="s" placeholder="Search for news, symbols or companies" aria-label="Search query"/><button type="submit" aria-label="Search"><svg width="18" height="18" aria-hidden="true"><circle cx="8" cy="8" r="6"></circle></svg></button></form>
<nav class="{TB_HASH}" aria-label="Finance"><ul><li><a href="/">My Portfolio</a></li><li><a href="/news/">News</a></li><li><a href="/markets/" aria-current="page">Markets</a></li><li><a href="/research/">Research</a></li><li><a href="/personal-finance/">Personal Finance</a></li><li><a href="/videos/">Videos</a></li></ul></nav>
<a class="signin {TB_HASH}" href="https://login.tickerboard.example/">Sign in</a></div></header>
<section class="marketsSummary {TB_HASH}" aria-label="Market summary"><ul class="carousel-top {TB_HASH}">{strip}</ul></section>
<main class="{TB_HASH}" id="nimbus-app">
<nav class="breadcrumbs {TB_HASH}" aria-label="Breadcrumb"><ul><li><a href="/markets/">Markets</a></li><li><a href="/markets/stocks/">Stocks</a></li><li>Most Active</li></ul></nav>
<section class="{TB_HASH}"><div class="header {TB_HASH}"><h1 class="{TB_HASH}">Most Active Stocks</h1><p class="{TB_HASH}">Stocks ordered in descending order by intraday trade volume.</p></div>
<div class="tabs {TB_HASH}" role="tablist"><a role="tab" class="tab active {TB_HASH}" aria-selected="true" href="/markets/stocks/most-active/">Most Active</a><a role="tab" class="tab {TB_HASH}" aria-selected="false" href="/markets/stocks/trending/">Trending Now</a><a role="tab" class="tab {TB_HASH}" aria-selected="false" href="/markets/stocks/gainers/">Top Gainers</a><a role="tab" class="tab {TB_HASH}" aria-selected="false" href="/markets/stocks/losers/">Top Losers</a><a role="tab" class="tab {TB_HASH}" aria-selected="false" href="/markets/stocks/52-week-gainers/">52 Week Gainers</a></div>
<div class="toolbar {TB_HASH}"><div class="total {TB_HASH}">{first}-{last} of {total_rows} results</div><button class="secondary-btn fin-size-small {TB_HASH}" data-ylk="elm:btn;slk:add to portfolio">Add to Portfolio</button><button class="secondary-btn fin-size-small {TB_HASH}" data-ylk="elm:btn;slk:edit columns">Edit Columns</button></div>
<div class="tableContainer {TB_HASH}"><div class="table-container {TB_HASH}"><table class="markets-table freeze-col {TB_HASH}" data-testid="table-container"><colgroup></colgroup>
<thead class="{TB_HASH}"><tr class="{TB_HASH}">{head_html}</tr></thead>
<tbody class="{TB_HASH}">
{body}
</tbody></table></div></div>
<div class="paginationContainer {TB_HASH}"><div class="rowsPerPage {TB_HASH}"><span class="{TB_HASH}">Rows per page</span><div class="menuContainer {TB_HASH}"><button class="menuBtn {TB_HASH}" aria-haspopup="listbox" data-value="{TB_COUNT}">{TB_COUNT}</button><ul class="menu {TB_HASH}" role="listbox" hidden=""><li role="option">10</li><li role="option">25</li><li role="option">50</li><li role="option">100</li></ul></div></div>
<div class="buttons {TB_HASH}"><button class="icon-btn {TB_HASH}" {"disabled=''" if number == 1 else ""} aria-label="Goto first page" data-testid="first-page-button"><svg width="24" height="24" aria-hidden="true"><path d="M6 6v12"></path></svg></button>{prev_btn}<div class="total {TB_HASH}">{first}-{last} of {total_rows}</div>{next_btn}</div></div>
</section>
<aside class="sidebar {TB_HASH}"><section class="{TB_HASH}" data-testid="top-gainers"><h3 class="{TB_HASH}">Top Gainers</h3><ul class="{TB_HASH}">{gainers}</ul><a href="/markets/stocks/gainers/" class="{TB_HASH}">View more</a></section>
<div class="sdaContainer {TB_HASH}" data-ad-unit="LREC"><div class="ad-label">Advertisement</div><iframe title="3rd party ad content" width="300" height="250" src="about:blank"></iframe></div>
<section class="{TB_HASH}"><h3 class="{TB_HASH}">Related news</h3><ul class="{TB_HASH}"><li><a href="/news/stocks-rally-inflation-data-cools-143102214.html">Stocks rally as inflation data cools more than expected</a></li><li><a href="/news/chip-stocks-slide-export-rules-161855093.html">Chip stocks slide on fresh export-rule worries</a></li></ul></section></aside>
</main>
<footer class="{TB_HASH}"><p>Data Disclaimer: quotes are delayed at least 15 minutes. Market data provided by an exchange partner.</p><ul><li><a href="/terms">Terms</a></li><li><a href="/privacy">Privacy Policy</a></li><li><a href="/about">About Our Ads</a></li></ul><p>© 2025 Tickerboard. All rights reserved.</p></footer>
<script type="application/json" data-sveltekit-fetched="" data-url="https://query1.finance.tickerboard.example/v1/finance/screener/predefined/saved?scrIds=most_actives&amp;count={TB_COUNT}&amp;start={(number - 1) * TB_COUNT}">{json.dumps(state)}</script>
<script src="https://s.tbimg.example/aaq/finance/svelte/js/app.7f2d90.js" defer></script>
</body></html>"""


@eighteenth_c
def build_tickerboard() -> None:
    s = Site(
        "tickerboard",
        kind="stock screener table (Yahoo-Finance-like 'Most Active' 2024–25: table.markets-table rows, symbol link /quote/X/ with the name in its title, sparkline svg, fin-streamer cells with data-field / data-value for price, change '+1.23' / '-2.75' and '%' in txt-positive / txt-negative spans, volume '265.42M', avg volume text, market cap '2.9T', P/E or '--', 52 Wk Change %, 52-week range labels around a slider; an ad row, index ticker strip and Top Gainers sidebar in the same streamers, ?count=10&offset=N icon buttons)",
        start="markets/stocks/most-active/",
        description="A Yahoo-Finance-like 'Most Active' screener (2024–25 Svelte redesign, hashed yf-… classes): a hidden consent wizard, the header with a lookup search and nav, a market summary strip of indices (each a link with fin-streamer price, change and '(+2.13%)'), breadcrumbs, h1 'Most Active Stocks', tabs Most Active / Trending Now / Top Gainers / Top Losers / 52 Week Gainers, '1-10 of 30 results' and Add to Portfolio / Edit Columns buttons; a table.markets-table with th[data-testid-header] heads Symbol / (sparkline) / Name / Price / Change / Change % / Volume / Avg Vol (3M) / Market Cap / P/E Ratio (TTM) / 52 Wk Change % / 52 Wk Range; rows tr.row of td.cell: a watchlist checkbox and the symbol link /quote/NVDA/ (title and aria-label the name, span.symbol), a sparkline svg polyline, the name div, fin-streamer elements (data-symbol, data-value raw, data-field regularMarketPrice / regularMarketChange / regularMarketChangePercent / regularMarketVolume / marketCap) holding '118.65', '+9.13' / '-2.75' and '-2.27%' inside txt-positive / txt-negative spans, '265.42M', plain '312.46M' avg volume, '2.9T', P/E '40.32' or '--', a coloured '+27.41%', and the 52-week range as '75.61' and '153.13' labels around a slider bar; an Advertisement row after the sixth row; 'Rows per page 10' menu and first / previous / next icon buttons (links over ?count=10&offset=10, 20; disabled buttons at the ends); a Top Gainers sidebar of the same streamers, an ad iframe, related news, the footer, a SvelteKit fetched-data script of the symbols. Written down: symbol, name, url, price, change, change_percent, volume, avg_volume, market_cap, pe_ratio (where not '--'), change_52w, low_52w, high_52w.",
    )
    pages = chunks(TB_ROWS, TB_PAGES)
    for number, rows in enumerate(pages, 1):
        path = _tb_href(number).lstrip("/").replace("?", "@")
        if path.endswith("/"):
            path += "index.html"
        s.list_page(path, _tb_page(number, len(pages), rows, s))
    s.finish()


# ---------------------------------------------------------------------------------------------------
# nightlist: a Luma-like city event list (Next.js, styled-jsx classes, __NEXT_DATA__, a cursor link).
# ---------------------------------------------------------------------------------------------------

NL_TODAY = date(2025, 3, 14)
NL_TZ = timezone(timedelta(hours=1))  # Berlin in March, before the clocks change
# (day offset, local time "HH:MM", title, hosts, venue or None when online, price pill or None, going, cover)
NL_EVENTS: list[tuple[int, str, str, list[str], str | None, str | None, int, bool]] = [
    (
        0,
        "18:00",
        "Founders & Coffee: Spring Pitch Night",
        ["Ana Ruiz", "Tomás Feld"],
        "Factory Berlin Görlitzer Park",
        "Free",
        58,
        True,
    ),
    (0, "18:30", "Intro to Rust for Data Engineers", ["Rustaceans Berlin"], "Online", "Free", 212, True),
    (0, "19:00", "Ceramics & Natural Wine Evening", ["Lehm Studio"], "Lehm Studio Neukölln", "€35", 14, True),
    (
        0,
        "19:00",
        "AI Tinkerers Berlin – March Demos",
        ["Jonas Meier", "Priya Natarajan"],
        "betahaus Kreuzberg",
        "Sold Out",
        140,
        True,
    ),
    (0, "19:30", "Queer Book Club: Giovanni's Room", ["Buchhandlung Rosa"], "Buchhandlung Rosa", None, 22, False),
    (0, "20:00", "Analog Photo Walk After Dark", ["Kiez Shooters"], "Warschauer Brücke", "€12", 31, True),
    (
        0,
        "21:00",
        "Lo-Fi Listening Session: Japanese City Pop",
        ["Vinyl Keller", "DJ Hikari"],
        "Vinyl Keller Friedrichshain",
        "€8",
        67,
        True,
    ),
    (0, "23:00", "Tresor Late: Modular Techno Live", ["Dock Eleven Collective"], "Tresor", "€18", 305, True),
    (1, "00:30", "Afterhours: Minimal & Dub", ["Sub Signal"], "://about blank", "€15", 189, True),
    (
        1,
        "10:00",
        "Saturday Run Club – Tempelhofer Feld 10K",
        ["Kiez Runners"],
        "Tempelhofer Feld, Columbiadamm entrance",
        "Free",
        96,
        True,
    ),
    (
        1,
        "11:00",
        "Climate Tech Breakfast",
        ["Green Stack Berlin", "Lea Hoffmann"],
        "Impact Hub Berlin",
        "€5",
        44,
        False,
    ),
    (1, "12:00", "Product Design Portfolio Reviews", ["Design Buddies"], "Online", "Free", 378, True),
    (1, "14:00", "Sourdough Masterclass", ["Brotzeit Kollektiv"], "Markthalle Neun", "Sold Out", 20, True),
    (1, "15:00", "Urban Sketching in Museumsinsel", ["Urban Sketchers Berlin"], "Altes Museum steps", "Free", 53, True),
    (
        1,
        "17:00",
        "Web3 Without the Hype: Builders Meetup",
        ["Chain Reaction", "Mo Haddad"],
        "Full Node",
        "€10",
        82,
        True,
    ),
    (1, "19:00", "Improv Comedy Jam (English)", ["Comedy Café Berlin"], "Comedy Café Berlin", "€12", 71, True),
    (1, "20:00", "Salsa Social & Beginner Class", ["Salsa Sur"], "Clärchens Ballhaus", "€9", 118, True),
    (1, "22:00", "Disco Dive: 70s & 80s Edits", ["Glitterbox Berlin"], "Kater Blau", "€20", 240, True),
    (1, "23:59", "Warehouse Rave: Industrial Hours", ["Null Raum"], "Griessmuehle", "Sold Out", 512, True),
    (2, "10:30", "Flea Market Treasure Hunt", ["Mauerpark Friends"], "Mauerpark", None, 37, False),
    (2, "12:00", "Sunday Brunch for Newcomers", ["Berlin Expats", "Sofia Greco"], "Café Frieda", "€25", 29, True),
    (2, "14:00", "Startup Legal 101: GmbH vs UG", ["Kanzlei Vogt"], "Online", "Free", 164, True),
    (2, "16:00", "Kombucha Brewing Workshop", ["Ferment Lab"], "Ferment Lab Wedding", "€40", 12, True),
    (2, "18:00", "Poetry Slam: Neue Stimmen", ["Slam Berlin"], "Lido", "€7", 88, True),
    (2, "19:30", "Jazz at the Kiosk", ["Kiosk Quartett"], "Späti Jazz Bar", "Free", 41, False),
    (3, "08:00", "Morning Yoga by the Spree", ["Flow Collective"], "Spreepark Pier", "Free", 26, True),
    (3, "12:30", "Lunch & Learn: Accessibility Audits", ["a11y Berlin"], "Online", "Free", 231, True),
    (3, "18:00", "React Berlin Meetup #94", ["React Berlin", "Kai Brenner"], "Zalando Tech Hub", "Free", 176, True),
    (3, "18:30", "Women in Data Science Dinner", ["WiDS Berlin"], "Mädchen Bar", "€15", 48, True),
    (3, "19:00", "Board Game Night: Euro Classics", ["Meeple Haus"], "Spielwiese Café", "€5", 35, True),
    (3, "19:30", "Film Club: Wings of Desire at 38", ["Kino Kollektiv"], "Babylon Kino", "€9", 102, True),
    (3, "20:00", "Open Mic for Songwriters", ["Sonic Room"], "Madame Claude", None, 19, False),
]
NL_PAGES = [12, 10, 10]
NL_CITY = "berlin"


def _nl_code(title: str) -> str:
    return _hash(title, 8)


def _nl_cursor(number: int) -> str:
    return "evt-" + _hash(f"cursor{number}", 14, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def _nl_href(number: int) -> str:
    return f"/{NL_CITY}/" if number == 1 else f"/{NL_CITY}/?pagination_cursor={_nl_cursor(number)}"


def _nl_time(local: datetime) -> str:
    return local.strftime("%I:%M %p").lstrip("0")


def _nl_start(row: tuple[Any, ...]) -> datetime:
    offset, hhmm = row[0], row[1]
    hour, minute = map(int, hhmm.split(":"))
    day = NL_TODAY + timedelta(days=offset)
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=NL_TZ)


def _nl_heading(day: date) -> tuple[str, str]:
    if day == NL_TODAY:
        return "Today", day.strftime("%A")
    if day == NL_TODAY + timedelta(days=1):
        return "Tomorrow", day.strftime("%A")
    return f"{day:%b} {day.day}", day.strftime("%A")


JSX = "jsx-2418720335"


def _nl_avatar(name: str) -> str:
    return f'<div class="{JSX} avatar-wrapper small"><div class="avatar" style="background-image:url(https://images.nightlist.example/avatars/{_hash(name, 6)}.png)" title="{esc(name)}"></div></div>'


def _nl_card(row: tuple[Any, ...], s: Site) -> str:
    _, _, title, hosts, venue, price, going, cover = row
    local = _nl_start(row)
    code = _nl_code(title)
    url = f"/{code}"
    host_text = " & ".join(hosts)
    s.expect(
        {
            "title": title,
            "url": url,
            "date": local.date().isoformat(),
            "time": _nl_time(local),
            "host": host_text,
            "venue": venue,
            # "Free" and "Sold Out" are no amount: a price column leaves them empty (as meetgroup's).
            "price": price if price not in ("Free", "Sold Out") else None,
            "going": going,
        }
    )
    online = venue == "Online"
    venue_icon = (
        '<svg width="14" height="14" viewBox="0 0 24 24" aria-hidden="true"><rect x="2" y="5" width="14" height="14" rx="2"></rect></svg>'
        if online
        else '<svg width="14" height="14" viewBox="0 0 24 24" aria-hidden="true"><path d="M12 2a7 7 0 0 0-7 7c0 5 7 13 7 13s7-8 7-13a7 7 0 0 0-7-7z"></path></svg>'
    )
    pill_class = {"Free": "pill-free", "Sold Out": "pill-sold-out"}.get(price or "", "pill-paid")
    pill = f'<div class="{JSX} pill {pill_class}">{esc(price)}</div>' if price else ""
    guests = "".join(_nl_avatar(f"{title}-guest-{i}") for i in range(3))
    cover_html = (
        f'<div class="{JSX} cover-image"><img src="https://images.nightlist.example/event-covers/{code}.webp?w=280&amp;h=280&amp;fit=cover" alt="" loading="lazy" width="140" height="140"/></div>'
        if cover
        else f'<div class="{JSX} cover-image placeholder" aria-hidden="true"></div>'
    )
    return f"""<div class="{JSX} card-wrapper">
<a aria-label="{esc(title)}" class="{JSX} event-link content-link" href="{url}"></a>
<div class="{JSX} content-card hoverable actionable">
<div class="{JSX} event-content">
  <div class="{JSX} info">
    <div class="{JSX} event-time"><span class="{JSX}">{_nl_time(local)}</span>{'<span class="' + JSX + ' live-dot">LIVE</span>' if False else ""}</div>
    <h3 class="{JSX}">{esc(title)}</h3>
    <div class="{JSX} hosts"><div class="{JSX} avatar-stack">{"".join(_nl_avatar(h) for h in hosts)}</div><div class="{JSX} text-ellipses">By {esc(host_text)}</div></div>
    <div class="{JSX} attribute"><div class="{JSX} icon">{venue_icon}</div><div class="{JSX} text-ellipses">{esc(venue)}</div></div>
    <div class="{JSX} bottom-row">{pill}<div class="{JSX} guests"><div class="{JSX} avatar-stack">{guests}</div><div class="{JSX} guest-count">+{going}</div></div></div>
  </div>
  {cover_html}
</div>
</div>
</div>"""


def _nl_entry(row: tuple[Any, ...]) -> dict[str, Any]:
    _, _, title, hosts, venue, price, going, cover = row
    start = _nl_start(row)
    code = _nl_code(title)
    cents = int(price.lstrip("€")) * 100 if price and price.startswith("€") else 0
    return {
        "api_id": f"evt-{_hash(title + 'id', 14)}",
        "event": {
            "api_id": f"evt-{_hash(title + 'id', 14)}",
            "name": title,
            "url": code,
            "start_at": start.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            "end_at": (start + timedelta(hours=3)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            "timezone": "Europe/Berlin",
            "location_type": "online" if venue == "Online" else "offline",
            "geo_address_info": None
            if venue == "Online"
            else {"mode": "shown", "address": venue, "city": "Berlin", "country": "Germany"},
            "cover_url": f"https://images.nightlist.example/event-covers/{code}.webp" if cover else None,
        },
        "hosts": [{"api_id": f"usr-{_hash(h, 10)}", "name": h} for h in hosts],
        "guest_count": going + 3,
        "ticket_info": {
            "is_free": price == "Free",
            "is_sold_out": price == "Sold Out",
            "price": {"cents": cents, "currency": "eur"} if cents else None,
        },
    }


def _nl_page(number: int, total: int, rows: list[tuple[Any, ...]], s: Site) -> str:
    groups: list[tuple[date, list[tuple[Any, ...]]]] = []
    for row in rows:
        day = _nl_start(row).date()
        if not groups or groups[-1][0] != day:
            groups.append((day, []))
        groups[-1][1].append(row)
    sections = []
    for day, events in groups:
        label, weekday = _nl_heading(day)
        cards = "\n".join(_nl_card(r, s) for r in events)
        sections.append(
            f"""<div class="{JSX} timeline-section">
<div class="{JSX} line"></div>
<div class="{JSX} timeline-title sticky"><div class="{JSX} date-title"><div class="{JSX} date">{label}</div><div class="{JSX} weekday">{weekday}</div></div></div>
<div class="{JSX} timeline-events">
{cards}
</div>
</div>"""
        )
    more = (
        f'<div class="{JSX} load-more"><a class="{JSX} btn luma-button secondary" href="{esc(_nl_href(number + 1))}" data-cursor="{_nl_cursor(number + 1)}"><span class="{JSX} label">Load more</span></a></div>'
        if number < total
        else f'<div class="{JSX} end-of-list">That\'s everything for now. <a href="/create">Host an event</a></div>'
    )
    data = {
        "props": {
            "pageProps": {
                "initialData": {
                    "kind": "discover-place",
                    "data": {
                        "place": {
                            "api_id": "discplace-Nq1XkB4e",
                            "name": "Berlin",
                            "slug": NL_CITY,
                            "timezone": "Europe/Berlin",
                        },
                        "events": [_nl_entry(r) for r in rows],
                        "has_more": number < total,
                        "next_cursor": _nl_cursor(number + 1) if number < total else None,
                    },
                },
                "hostname": "nightlist.example",
            }
        },
        "page": "/[slug]",
        "query": {"slug": NL_CITY} if number == 1 else {"slug": NL_CITY, "pagination_cursor": _nl_cursor(number)},
        "buildId": "Xb4pTq7sLw2mR9",
        "isFallback": False,
        "gssp": True,
        "scriptLoader": [],
    }
    chips = "".join(
        f'<a class="{JSX} chip" href="/discover?category={c.lower()}">{c}</a>'
        for c in ["Tech", "Food & Drink", "AI", "Arts & Culture", "Climate", "Fitness", "Wellness", "Crypto"]
    )
    return f"""<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>Berlin Events · Nightlist</title><meta name="description" content="Discover the most popular events in Berlin. Tech meetups, parties, workshops and more."/><meta property="og:title" content="What's happening in Berlin"/><meta property="og:image" content="https://images.nightlist.example/discovery/berlin-og.png"/><link rel="preload" as="font" href="/_next/static/media/inter-var.woff2" crossorigin="anonymous"/><link rel="stylesheet" href="/_next/static/css/52c8a1f09e3d.css"/><noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script><script src="/_next/static/chunks/webpack-5a1c0e3b.js" defer=""></script><script src="/_next/static/chunks/pages/%5Bslug%5D-8d7f2e.js" defer=""></script></head>
<body><div id="__next"><div class="{JSX} page-wrapper">
<div class="{JSX} top-bar"><div class="{JSX} nav"><a class="{JSX} logo" href="/discover" aria-label="Nightlist"><svg width="20" height="20" aria-hidden="true"><path d="M4 4h12v12H4z"></path></svg></a><div class="{JSX} nav-links"><a href="/home">Events</a><a href="/calendars">Calendars</a><a class="active" href="/discover">Discover</a></div><div class="{JSX} right"><span class="{JSX} time">5:42 PM GMT+1</span><a href="/create" class="{JSX} btn">Create Event</a><a href="/signin" class="{JSX} btn luma-button">Sign In</a></div></div></div>
<div class="{JSX} page-content"><div class="{JSX} zm-container">
<div class="{JSX} place-hero"><div class="{JSX} place-icon"><img src="https://images.nightlist.example/discovery/berlin-icon.png" alt="" width="64" height="64"/></div><div class="{JSX} place-title"><div class="{JSX} eyebrow">What's happening in</div><h1 class="{JSX}">Berlin</h1></div><p class="{JSX} description">Discover the most popular events in Berlin and get notified about new events before they sell out.</p><button type="button" class="{JSX} btn luma-button primary">Subscribe</button></div>
<div class="{JSX} chips" aria-label="Categories">{chips}</div>
<div class="{JSX} timeline">
{"".join(sections)}
</div>
{more}
</div></div>
<div class="{JSX} footer"><a href="/discover">Discover</a><a href="/pricing">Pricing</a><a href="/help">Help</a><a href="/terms">Terms</a><a href="/privacy">Privacy</a><span>© 2025 Nightlist</span></div>
</div></div><script id="__NEXT_DATA__" type="application/json">{json.dumps(data, ensure_ascii=False)}</script></body></html>"""


@eighteenth_c
def build_nightlist() -> None:
    s = Site(
        "nightlist",
        kind="city events list (Luma-like Next.js 2024–25, styled-jsx classes: timeline sections under 'Today Friday' / 'Tomorrow Saturday' / 'Mar 16 Sunday' two-div headings, cards with an empty overlay a.event-link[aria-label] to /<code>, '7:00 PM', h3 title, 'By A & B' hosts, venue or 'Online' beside an icon, 'Free' / '€12' / 'Sold Out' pills on most, '+58' guests beside avatars, cover images on most; __NEXT_DATA__ events with UTC start_at; a 'Load more' link over ?pagination_cursor=evt-…)",
        start=f"{NL_CITY}/",
        description="A Luma-like city discovery page (Next.js pages router, styled-jsx jsx-… classes, 2024–25): a top bar with Events / Calendars / Discover, the local time and Create Event / Sign In, a place hero 'What's happening in' + h1 'Berlin' with a Subscribe button, category chips; a timeline of day sections whose sticky title is two divs ('Today' + 'Friday', 'Tomorrow' + 'Saturday', 'Mar 16' + 'Sunday'; the year nowhere in the text), each card a div.card-wrapper with an empty a.event-link (aria-label the title, href /<8-letter code>) over a content-card: the time '7:00 PM' (12-hour), the h3 title, host avatars + 'By Ana Ruiz & Tomás Feld', a pin or screen icon + the venue or 'Online', a bottom row with a pill 'Free' / '€35' / 'Sold Out' (missing on some) and three guest avatars + '+58', a cover img (a placeholder on some); 12, 10 and 10 events, a 'Load more' a.luma-button over ?pagination_cursor=evt-… (pages 2 and 3 are the same page with the next batch, their first day heading repeated), an end note on the last; a footer and __NEXT_DATA__ with the page's events (name, url code, start_at in UTC — a 00:30 Saturday party is '…-14T23:30:00.000Z' — hosts, guest_count counting the three avatars too, ticket_info with is_free / is_sold_out / price cents) and next_cursor. Written down: title, url, date (the local day), time, host, venue, price (an amount where one is shown: 'Free' and 'Sold Out' are none), going (the '+N').",
    )
    pages = chunks(NL_EVENTS, NL_PAGES)
    for number, rows in enumerate(pages, 1):
        path = _nl_href(number).lstrip("/").replace("?", "@")
        if path.endswith("/"):
            path += "index.html"
        s.list_page(path, _nl_page(number, len(pages), rows, s))
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in EIGHTEENTH_C.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
