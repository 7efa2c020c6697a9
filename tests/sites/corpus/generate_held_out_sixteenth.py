"""Sixteenth wave of HELD-OUT corpus sites (issue #3), frozen before anybody measured the Scout on them.

* **nimbuscast** — a weather site's daily forecast for one city (records = days).
* **gleisblick** — a German railway station's departures board (records = trains).
* **crateport** — a container-image registry's search results.

Run ``uv run python tests/sites/corpus/generate_held_out_sixteenth.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``). Every site here is **frozen**: never open its pages, expected
records or per-field results while working on the Scout.
"""

# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate import FROZEN, ROOT, Site, chunks, esc, slug

FROZEN |= {"nimbuscast", "gleisblick", "crateport"}

SIXTEENTH: dict[str, Callable[[], None]] = {}


def sixteenth(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    SIXTEENTH[func.__name__.removeprefix("build_").replace("_", "-")] = func
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
# nimbuscast (FROZEN): an AccuWeather-like daily forecast, 2024–25 server-rendered markup, ?page=N
# ---------------------------------------------------------------------------------------------------

NC_BASE = "/en/us/portland/97204/daily-weather-forecast/350473"
NC_FIRST = date(2025, 3, 14)
NC_FULL_DAYS = 15  # beyond day 15 the page shows the extended (summary-only) cards

# (day phrase, icon number, lowest and highest chance of precipitation)
NC_PHRASES: list[tuple[str, int, int, int]] = [
    ("Cloudy with a couple of showers", 12, 55, 75),
    ("Periods of rain", 18, 80, 96),
    ("Mostly cloudy", 6, 10, 25),
    ("Partly sunny", 3, 3, 12),
    ("Intervals of clouds and sunshine", 4, 5, 15),
    ("A shower in spots in the afternoon", 14, 40, 55),
    ("Rain, heavy at times; breezy", 18, 90, 99),
    ("Mostly sunny", 2, 1, 6),
    ("Cloudy and cooler with rain", 18, 85, 95),
    ("Sun and some clouds", 3, 2, 10),
    ("A couple of morning showers", 12, 50, 65),
    ("Cloudy; a bit of rain in the afternoon", 7, 60, 70),
]
NC_NIGHTS = [
    "Mostly cloudy",
    "Rain at times",
    "Clear to partly cloudy",
    "Cloudy with a shower in spots",
    "Partly cloudy",
    "Cloudy",
    "Patchy fog late",
    "A couple of showers",
]
NC_WINDS = ["S", "SSW", "SW", "WSW", "W", "NW", "N", "NNE", "E", "SE", "SSE"]
NC_UV = {1: "Low", 2: "Low", 3: "Moderate", 4: "Moderate", 5: "Moderate"}


@dataclass(frozen=True)
class Day:
    """One forecast day as the page shows it."""

    number: int
    day: date
    phrase: str
    icon: int
    high: int
    low: int
    precip: int
    full: bool
    night: str
    wind: str
    gusts: int
    uv: int
    realfeel: int
    thunder: int
    amount: float
    cloud: int

    @property
    def url(self) -> str:
        return f"{NC_BASE}?day={self.number}"

    @property
    def label(self) -> str:
        return "Today" if self.number == 1 else f"{self.day:%a}"

    @property
    def short(self) -> str:
        return f"{self.day.month}/{self.day.day}"


def _nc_day(number: int) -> Day:
    day = NC_FIRST + timedelta(days=number - 1)
    seed = f"nimbuscast-{number}"
    phrase, icon, low_p, high_p = NC_PHRASES[_number(seed + "p", 0, len(NC_PHRASES) - 1)]
    precip = _number(seed + "r", low_p, high_p)
    high = _number(seed + "h", 49, 58) + number // 5
    low = high - _number(seed + "l", 7, 14)
    wet = precip >= 40
    amount = round(_number(seed + "a", 4, 60) / 100, 2) if wet else 0.0
    return Day(
        number=number,
        day=day,
        phrase=phrase,
        icon=icon,
        high=high,
        low=low,
        precip=precip,
        full=number <= NC_FULL_DAYS,
        night=NC_NIGHTS[_number(seed + "n", 0, len(NC_NIGHTS) - 1)],
        wind=f"{NC_WINDS[_number(seed + 'w', 0, len(NC_WINDS) - 1)]} {_number(seed + 's', 4, 16)} mph",
        gusts=_number(seed + "g", 17, 34),
        uv=_number(seed + "u", 1, 2) if wet else _number(seed + "u", 3, 5),
        realfeel=high - _number(seed + "f", 1, 6),
        thunder=_number(seed + "t", 0, 12) if wet else _number(seed + "t", 0, 2),
        amount=amount,
        cloud=_number(seed + "c", 80, 99) if wet else _number(seed + "c", 25, 75),
    )


NC_DAYS = [_nc_day(n) for n in range(1, 26)]

NC_SVG_DROP = '<svg class="precip-icon" width="8" height="10" viewBox="0 0 8 10" aria-hidden="true"><path d="M4 0C4 0 0 4.5 0 6.5a4 4 0 0 0 8 0C8 4.5 4 0 4 0z" fill="#3c82c4"></path></svg>'


def _nc_card(d: Day) -> str:
    today = " is-today" if d.number == 1 else ""
    summary = f"""
      <a class="daily-forecast-card{today}" href="{d.url}" data-qa="dailyCard{d.number - 1}">
        <div class="info">
          <h2 class="date">
            <span class="module-header dow date">{d.label}</span>
            <span class="module-header sub date">{d.short}</span>
          </h2>
          <svg class="icon" data-src="/images/weathericons/{d.icon}.svg" data-eager="" alt="{esc(d.phrase)}" width="48" height="48"><use href="/images/weathericons/{d.icon}.svg#icon"></use></svg>
          <div class="temp">
            <span class="high">{d.high}&#xB0;</span>
            <span class="low">/{d.low}&#xB0;</span>
          </div>
          <div class="precip">
            {NC_SVG_DROP}
            {d.precip}%
          </div>
        </div>
        <div class="phrase">{esc(d.phrase)}</div>
      </a>"""
    if not d.full:
        return f"""
    <div class="daily-wrapper daily-wrapper--extended">{summary}
    </div>"""
    amount = f"{d.amount:.2f} in"
    hours = 0 if d.amount == 0 else max(1, round(d.amount * 20))
    return f"""
    <div class="daily-wrapper">{summary}
      <div class="half-day-card-content">
        <div class="panels">
          <div class="left">
            <p class="panel-item">RealFeel&#xAE;<span class="value">{d.realfeel}&#xB0;</span></p>
            <p class="panel-item">RealFeel Shade&#x2122;<span class="value">{d.realfeel - 3}&#xB0;</span></p>
            <p class="panel-item">Max UV Index<span class="value">{d.uv} ({NC_UV[d.uv]})</span></p>
            <p class="panel-item">Wind<span class="value">{d.wind}</span></p>
            <p class="panel-item">Wind Gusts<span class="value">{d.gusts} mph</span></p>
          </div>
          <div class="right">
            <p class="panel-item">Probability of Precipitation<span class="value">{d.precip}%</span></p>
            <p class="panel-item">Probability of Thunderstorms<span class="value">{d.thunder}%</span></p>
            <p class="panel-item">Precipitation<span class="value">{amount}</span></p>
            <p class="panel-item">Hours of Precipitation<span class="value">{hours}</span></p>
            <p class="panel-item">Cloud Cover<span class="value">{d.cloud}%</span></p>
          </div>
        </div>
        <div class="night-summary">
          <span class="night-label">Night:</span>
          <span class="night-phrase">{esc(d.night)}</span>
          <span class="night-low">Lo {d.low}&#xB0;</span>
        </div>
      </div>
    </div>"""


def _nc_ad(slot: int) -> str:
    return f"""
    <div class="ad-container daily-ad">
      <div class="ad-label">Advertisement</div>
      <div id="daily-ad-{slot}" class="ad" data-ad-unit="/6581/web/us/wx/daily/mid{slot}" data-ad-sizes="[[300,250],[728,90]]" style="min-height: 250px;"></div>
    </div>"""


NC_STORIES = [
    ("Atmospheric river to soak Pacific Northwest into next week", "severe-weather", "2 hours ago"),
    ("Snow levels to plunge in the Cascades as cold air returns", "winter-weather", "5 hours ago"),
    ("Spring allergy season arrives early across the West", "health", "1 day ago"),
    ("Why March is the windiest month for much of the US", "weather-forecasts", "2 days ago"),
]


def _nc_rail() -> str:
    stories = "\n".join(
        f"""        <a class="article" href="/en/{section}/{slug(title)}/{1_700_000 + i * 3313}">
          <img class="article-image" src="https://cms.accuweather.test/wp-content/uploads/2025/03/{slug(title)[:24]}.jpg?w=120" alt="" loading="lazy">
          <p class="article-title">{esc(title)}</p>
          <p class="article-date">{when}</p>
        </a>"""
        for i, (title, section, when) in enumerate(NC_STORIES)
    )
    nearby = "\n".join(
        f'<a class="nearby-location" href="/en/us/{slug(city)}/{zip_code}/weather-forecast/{key}"><span class="text title">{esc(city)}</span><span class="temp">{temp}&#xB0;</span></a>'
        for city, zip_code, key, temp in [
            ("Beaverton", "97005", "2626", 48),
            ("Gresham", "97030", "2633", 47),
            ("Vancouver", "98660", "331419", 49),
            ("Hillsboro", "97123", "2634", 47),
            ("Lake Oswego", "97034", "2636", 49),
        ]
    )
    return f"""
  <div class="page-column-2">
    <div class="ad-container right-rail-ad"><div class="ad-label">Advertisement</div><div id="rr-top" class="ad" style="min-height: 600px;"></div></div>
    <div class="content-module top-stories">
      <h3 class="module-title">Top Stories</h3>
{stories}
      <a class="cta-link" href="/en/weather-news">See all</a>
    </div>
    <div class="content-module nearby-locations">
      <h3 class="module-title">Nearby Locations</h3>
      {nearby}
    </div>
    <div class="content-module featured-stories">
      <h3 class="module-title">Featured Stories</h3>
      <a class="article" href="/en/weather-news/the-science-behind-a-pineapple-express/1700993"><p class="article-title">The science behind a Pineapple Express</p><p class="article-date">Mar 9, 2025</p></a>
      <div class="trc_related_container" data-placement="Right Rail Thumbnails"><span class="trc_sponsored">Sponsored</span>
        <a class="trc-item" href="https://sponsored.partner.test/c?id=77821" rel="nofollow sponsored"><span class="video-label">This Gutter Guard Is Taking Portland By Storm</span><span class="branding">LeafTrap</span></a>
      </div>
    </div>
  </div>"""


def _nc_pagination(page: int) -> str:
    labels = {1: "Days 1–10", 2: "Days 11–20", 3: "Days 21–25"}
    items = []
    for number, label in labels.items():
        href = f"{NC_BASE}?lang=en-us" if number == 1 else f"{NC_BASE}?lang=en-us&amp;page={number}"
        active = ' class="page-link is-active" aria-current="page"' if number == page else ' class="page-link"'
        items.append(f'<a{active} href="{href}">{label}</a>')
    nxt = (
        f'<a class="page-link next" href="{NC_BASE}?lang=en-us&amp;page={page + 1}" aria-label="Next 10 days">Next<svg class="chevron" width="8" height="12" aria-hidden="true"></svg></a>'
        if page < 3
        else ""
    )
    prev = (
        f'<a class="page-link prev" href="{NC_BASE}?lang=en-us{"" if page == 2 else "&amp;page=2"}" aria-label="Previous 10 days"><svg class="chevron chevron-left" width="8" height="12" aria-hidden="true"></svg>Prev</a>'
        if page > 1
        else ""
    )
    return f"""
    <div class="pagination-wrapper daily-pagination">
      {prev}
      {"".join(items)}
      {nxt}
    </div>"""


def _nc_page(page: int, days: list[Day]) -> str:
    cards = []
    for index, d in enumerate(days, 1):
        cards.append(_nc_card(d))
        if index in (3, 7) and len(days) > index:
            cards.append(_nc_ad(index))
    first, last = days[0], days[-1]
    extended_note = (
        '\n    <p class="extended-disclaimer">Extended forecasts beyond 15 days are based on long-range trends and climatology. <a href="/en/accuweather-difference">Learn more</a></p>'
        if not last.full
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="en-us" class="accuweather">
<head>
<meta charset="utf-8">
<title>Portland, OR Daily Weather | NimbusCast</title>
<meta name="description" content="Know what's coming with NimbusCast's extended daily forecasts for Portland, OR, United States. Up to 90 days of daily highs, lows, and precipitation chances.">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="https://www.nimbuscast.test{NC_BASE}">
<link rel="stylesheet" href="/static/css/daily.min.css?v=c1d4a3">
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"pageType":"daily","locationKey":"350473","country":"US","adminArea":"OR","page":{page}}});</script>
<script async src="https://securepubads.g.doubleclick.test/tag/js/gpt.js"></script>
</head>
<body class="daily-forecast-page en-us" data-qa="dailyForecastPage">
<div class="template-root">
  <div class="header-outer">
    <header class="header">
      <div class="header-left">
        <a class="header-logo" href="/en/us/portland/97204/weather-forecast/350473" aria-label="NimbusCast home"><svg class="logo" width="150" height="22" aria-hidden="true"></svg></a>
        <a class="header-city-link" href="/en/us/portland/97204/weather-forecast/350473"><h1 class="header-loc">Portland, OR</h1><span class="header-temp">49&#xB0;<span class="unit">F</span></span><svg class="header-weather-icon" data-src="/images/weathericons/7.svg" alt="Cloudy"></svg></a>
      </div>
      <form class="search-form" action="/en/search-locations" method="get" role="search"><input class="search-input" name="query" type="text" placeholder="Search your Address, City or Zip Code" autocomplete="off"><button type="submit" aria-label="Search"></button></form>
      <div class="header-right"><a class="header-link" href="/en/settings">Settings</a><button class="hamburger" aria-label="Menu"><span class="sr-only">Menu</span></button></div>
    </header>
    <nav class="subnav-items" aria-label="Forecast navigation">
      <a class="subnav-item" href="/en/us/portland/97204/weather-today/350473"><span>Today</span></a>
      <a class="subnav-item" href="/en/us/portland/97204/weather-radar/350473"><span>Radar</span></a>
      <a class="subnav-item" href="/en/us/portland/97204/minute-weather-forecast/350473"><span>MinuteCast&#xAE;</span></a>
      <a class="subnav-item" href="/en/us/portland/97204/hourly-weather-forecast/350473"><span>Hourly</span></a>
      <a class="subnav-item active" href="{NC_BASE}" aria-current="page"><span>Daily</span></a>
      <a class="subnav-item" href="/en/us/portland/97204/march-weather/350473"><span>Monthly</span></a>
      <a class="subnav-item" href="/en/us/portland/97204/air-quality-index/350473"><span>Air Quality</span></a>
    </nav>
  </div>
  <div class="glacier-ad top-ad"><div class="ad-label">Advertisement</div><div id="top" class="ad" style="min-height: 90px;"></div></div>
  <div class="two-column-page-content">
  <div class="page-column-1">
    <div class="content-module">
      <div class="module-header-wrapper">
        <h2 class="module-title">Daily</h2>
        <p class="module-subtitle">{first.short} &#x2013; {last.short}</p>
        <a class="module-header-link" href="/en/us/portland/97204/hourly-weather-forecast/350473">Hourly<svg class="chevron" aria-hidden="true"></svg></a>
      </div>
      <div class="cur-con-weather-card card-module" data-qa="curConWeatherCard">
        <h3 class="cur-con-weather-card__title">Current Weather</h3>
        <p class="cur-con-weather-card__subtitle">11:42 AM</p>
        <div class="temp-container"><div class="temp">49&#xB0;<span class="after-temp">F</span></div><div class="real-feel">RealFeel&#xAE; 45&#xB0;</div></div>
        <span class="phrase">Cloudy</span>
        <div class="details-container"><div class="spaced-content detail"><span class="label">Wind</span><span class="value">SSW 9 mph</span></div><div class="spaced-content detail"><span class="label">Wind Gusts</span><span class="value">21 mph</span></div><div class="spaced-content detail"><span class="label">Air Quality</span><span class="value">Fair</span></div></div>
      </div>
{"".join(cards)}{extended_note}
{_nc_pagination(page)}
    </div>
  </div>
{_nc_rail()}
  </div>
  <footer class="footer">
    <div class="footer-category"><h4>Company</h4><a href="/en/about">About NimbusCast</a><a href="/en/careers">Careers</a><a href="/en/press">Press</a></div>
    <div class="footer-category"><h4>Products &amp; Services</h4><a href="/en/enterprise">For Business</a><a href="/en/api">APIs</a><a href="/en/premium">Premium+</a></div>
    <div class="footer-legalese"><p>&#xA9; 2025 NimbusCast, Inc. "NimbusCast" and the sun design are registered trademarks of NimbusCast, Inc. All Rights Reserved.</p><a href="/en/privacy">Privacy Policy</a> | <a href="/en/tos">Terms of Use</a> | <a href="/en/cookie-settings">Cookie Settings</a></div>
  </footer>
</div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="region" aria-label="Cookie banner"><div id="onetrust-policy"><h2 id="onetrust-policy-title">We value your privacy</h2><p id="onetrust-policy-text">We and our partners use cookies to deliver forecasts for your location, to personalize ads and to analyze our traffic.</p></div><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Manage Choices</button><button id="onetrust-reject-all-handler">Reject All</button><button id="onetrust-accept-btn-handler">Accept All</button></div></div></div>
<script src="/static/js/daily.bundle.js?v=c1d4a3" defer></script>
</body>
</html>"""


@sixteenth
def build_nimbuscast() -> None:
    s = Site(
        "nimbuscast",
        kind="daily weather forecast (AccuWeather-like: a-card per day with 'Today' / weekday and '3/14' dates, '54°' / '/41°' temps, RealFeel panels, night phrase, ad slots, extended summary-only cards, 'Days 1–10' ?page=N)",
        start=f"{NC_BASE.lstrip('/')}?lang=en-us",
        description="An AccuWeather-like daily forecast for Portland, OR (2024–2025 server-rendered markup): the header with the city and current temperature, the subnav (Today, Radar, MinuteCast, Hourly, Daily, Monthly, Air Quality), a top ad, a 'Current Weather' card, then one div.daily-wrapper per day: an a.daily-forecast-card (h2.date with 'Today' or a weekday and '3/14', a weather icon, span.high '54°' and span.low '/41°', a precipitation drop with '65%', div.phrase), and for the first fifteen days a half-day panel (RealFeel®, RealFeel Shade™, Max UV Index '2 (Low)', Wind 'SSW 12 mph', Wind Gusts, Probability of Precipitation / Thunderstorms, Precipitation '0.18 in', Hours of Precipitation, Cloud Cover) and a 'Night:' phrase; days 16 and after are summary cards only, with an extended-forecast disclaimer. Ad slots after the third and seventh cards; a right rail (ad, Top Stories with '2 hours ago', Nearby Locations with temperatures, Featured Stories and a sponsored item); 'Days 1–10 / 11–20 / 21–25' pagination over &page=N; footer and a OneTrust banner. Ten, ten and five days. Written down: date (--MM-DD: the page shows no year), url, condition, high, low, precip_chance, wind, wind_gusts, uv_index, night (the last four on the full cards only).",
    )
    pages = chunks(NC_DAYS, [10, 10, 5])
    for page, days in enumerate(pages, 1):
        path = f"{NC_BASE.lstrip('/')}@lang=en-us" if page == 1 else f"{NC_BASE.lstrip('/')}@lang=en-us&page={page}"
        s.list_page(path, _nc_page(page, days))
    for d in NC_DAYS:
        s.expect(
            {
                "date": f"--{d.day:%m-%d}",
                "url": d.url,
                "condition": d.phrase,
                "high": d.high,
                "low": d.low,
                "precip_chance": d.precip,
                "wind": d.wind if d.full else None,
                "wind_gusts": d.gusts if d.full else None,
                "uv_index": d.uv if d.full else None,
                "night": d.night if d.full else None,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# gleisblick (FROZEN): a bahnhof.de-like departures board, 2024–25 Next.js + CSS-module markup, German
# ---------------------------------------------------------------------------------------------------

GB_DAY = date(2025, 3, 14)
GB_STATION = "Köln Hbf"


@dataclass(frozen=True)
class Abfahrt:
    """One departure as the board shows it."""

    time: str
    train: str
    number: int
    destination: str
    via: tuple[str, ...]
    platform: str
    delay: int | None = None  # minutes; None = on time
    cancelled: bool = False
    planned_platform: str | None = None  # set when the platform was changed
    message: str | None = None

    @property
    def expected_time(self) -> str | None:
        if self.delay is None or self.cancelled:
            return None
        hour, minute = (int(x) for x in self.time.split(":"))
        total = hour * 60 + minute + self.delay
        return f"{total // 60:02d}:{total % 60:02d}"

    @property
    def product(self) -> str:
        return self.train.split()[0]

    @property
    def status(self) -> str | None:
        if self.cancelled:
            return "Fahrt fällt aus"
        if self.message:
            return self.message
        return "pünktlich" if self.delay is None else None


GB_ABFAHRTEN = [
    Abfahrt("14:02", "RE 1", 10122, "Aachen Hbf", ("Köln-Ehrenfeld", "Horrem", "Düren"), "5", delay=3),
    Abfahrt("14:05", "S 11", 31139, "Bergisch Gladbach", ("Köln Trimbornstr.", "Köln-Mülheim", "Köln-Holweide"), "11"),
    Abfahrt(
        "14:08",
        "ICE 521",
        521,
        "München Hbf",
        ("Siegburg/Bonn", "Frankfurt(M) Flughafen Fernbf", "Mannheim Hbf", "Stuttgart Hbf"),
        "4",
        delay=12,
        planned_platform="5",
        message="Verzögerungen im Betriebsablauf",
    ),
    Abfahrt("14:10", "RB 25", 11533, "Marienheide", ("Köln Trimbornstr.", "Rösrath", "Overath"), "10"),
    Abfahrt("14:14", "IC 2013", 2013, "Stuttgart Hbf", ("Bonn Hbf", "Koblenz Hbf", "Mainz Hbf"), "2", delay=5),
    Abfahrt("14:17", "RE 5", 28521, "Koblenz Hbf", ("Köln Süd", "Brühl", "Bonn Hbf"), "6", cancelled=True),
    Abfahrt("14:20", "ICE 14", 14, "Bruxelles-Midi", ("Aachen Hbf", "Liège-Guillemins"), "8"),
    Abfahrt("14:23", "S 12", 31247, "Au (Sieg)", ("Köln Trimbornstr.", "Porz (Rhein)", "Troisdorf"), "10", delay=2),
    Abfahrt(
        "14:27",
        "RE 7",
        10733,
        "Rheine",
        ("Köln-Mülheim", "Solingen Hbf", "Wuppertal Hbf", "Hagen Hbf"),
        "9",
        delay=7,
        message="Verspätung eines vorausfahrenden Zuges",
    ),
    Abfahrt(
        "14:29",
        "ICE 947",
        947,
        "Berlin Ostbahnhof",
        ("Düsseldorf Hbf", "Duisburg Hbf", "Hamm (Westf) Hbf", "Hannover Hbf"),
        "7",
    ),
    Abfahrt(
        "14:32",
        "RE 9",
        10925,
        "Siegen Hbf",
        ("Köln Trimbornstr.", "Troisdorf", "Siegburg/Bonn", "Au (Sieg)"),
        "11",
        delay=4,
    ),
    Abfahrt(
        "14:35",
        "FLX 1241",
        1241,
        "Hamburg-Altona",
        ("Düsseldorf Hbf", "Essen Hbf", "Münster (Westf) Hbf", "Osnabrück Hbf", "Bremen Hbf"),
        "3",
        delay=18,
        message="Verspätung aus vorheriger Fahrt",
    ),
    Abfahrt("14:38", "S 19", 31945, "Düren", ("Köln-Ehrenfeld", "Horrem", "Sindorf"), "10"),
    Abfahrt(
        "14:41",
        "RB 27",
        11321,
        "Koblenz Hbf",
        ("Köln Trimbornstr.", "Porz (Rhein)", "Troisdorf", "Bonn-Beuel"),
        "6",
        delay=1,
    ),
    Abfahrt(
        "14:44",
        "ICE 1124",
        1124,
        "Hamburg-Altona",
        ("Wuppertal Hbf", "Hagen Hbf", "Dortmund Hbf", "Münster (Westf) Hbf", "Bremen Hbf"),
        "5",
        message="Umgekehrte Wagenreihung",
    ),
    Abfahrt("14:48", "RE 8", 10825, "Mönchengladbach Hbf", ("Köln Hansaring", "Dormagen", "Neuss Hbf"), "2"),
    Abfahrt(
        "14:50",
        "ICE 613",
        613,
        "München Hbf",
        ("Bonn Hbf", "Koblenz Hbf", "Mainz Hbf", "Mannheim Hbf"),
        "4",
        delay=25,
        message="Reparatur am Zug",
    ),
    Abfahrt(
        "14:53",
        "S 6",
        30657,
        "Essen Hbf",
        ("Köln-Mülheim", "Leverkusen Mitte", "Langenfeld (Rhld)", "Düsseldorf Hbf"),
        "11",
    ),
    Abfahrt(
        "14:55",
        "IC 2227",
        2227,
        "Frankfurt (Main) Hbf",
        ("Bonn Hbf", "Remagen", "Andernach", "Koblenz Hbf"),
        "3",
        delay=6,
    ),
    Abfahrt(
        "14:58",
        "RE 6",
        10637,
        "Minden (Westf)",
        ("Köln Messe/Deutz", "Düsseldorf Hbf", "Duisburg Hbf", "Dortmund Hbf"),
        "9",
        cancelled=True,
    ),
    Abfahrt("15:01", "RB 38", 11631, "Bedburg (Erft)", ("Köln-Ehrenfeld", "Pulheim", "Stommeln"), "1"),
    Abfahrt(
        "15:04",
        "ICE 10",
        10,
        "Berlin Ostbahnhof",
        ("Wuppertal Hbf", "Hagen Hbf", "Hamm (Westf) Hbf", "Bielefeld Hbf", "Hannover Hbf"),
        "7",
        delay=9,
    ),
    Abfahrt("15:08", "S 11", 31141, "Düsseldorf Flughafen Terminal", ("Köln Hansaring", "Dormagen", "Neuss Hbf"), "10"),
    Abfahrt(
        "15:12",
        "ICE 105",
        105,
        "Basel SBB",
        ("Bonn Hbf", "Koblenz Hbf", "Mainz Hbf", "Mannheim Hbf", "Karlsruhe Hbf"),
        "8",
        delay=4,
        planned_platform="6",
        message="Heute abweichend Gleis 8",
    ),
    Abfahrt("15:15", "RE 1", 10124, "Aachen Hbf", ("Köln-Ehrenfeld", "Horrem", "Düren"), "5"),
    Abfahrt(
        "15:20",
        "IC 2024",
        2024,
        "Hamburg-Altona",
        ("Düsseldorf Hbf", "Duisburg Hbf", "Essen Hbf", "Gelsenkirchen Hbf", "Münster (Westf) Hbf"),
        "3",
        delay=2,
    ),
]

GB_PAGE_STARTS = ["1400", "1431", "1500"]


def _gb_cls(component: str, name: str) -> str:
    """A Next.js CSS-module class: ``Component_name__hash``."""
    return f"{component}_{name}__{_hex(component + name, 5)}"


def _gb_icon(product: str) -> str:
    kind = {"ICE": "ice", "IC": "ic", "EC": "ic", "FLX": "flix", "RE": "regional", "RB": "regional", "S": "sbahn"}[
        product
    ]
    return f'<svg class="{_gb_cls("TransportIcon", "icon")}" width="24" height="24" aria-hidden="true" focusable="false"><use href="/_next/static/media/transport.7c1e2b.svg#{kind}"></use></svg>'


def _gb_row(a: Abfahrt) -> str:
    row = _gb_cls("DepartureRow", "row")
    time_html = f'<time class="{_gb_cls("DepartureRow", "planned")}" datetime="{GB_DAY.isoformat()}T{a.time}:00+01:00"><span class="sr-only">Planmäßige Abfahrt </span>{a.time}</time>'
    if a.cancelled:
        time_html = f"<s>{time_html}</s>"
        state = f'<span class="{_gb_cls("DepartureRow", "cancelled")}"><svg class="{_gb_cls("Icon", "warning")}" aria-hidden="true"></svg>Fahrt fällt aus</span>'
    elif a.delay is None:
        state = f'<span class="{_gb_cls("DepartureRow", "onTime")}">pünktlich</span>'
    else:
        state = (
            f'<span class="{_gb_cls("DepartureRow", "delayed")}"><span class="sr-only">Voraussichtlich </span>'
            f'<time datetime="{GB_DAY.isoformat()}T{a.expected_time}:00+01:00">{a.expected_time}</time></span>'
            f'<span class="{_gb_cls("DepartureRow", "delayBadge")}" aria-label="{a.delay} Minuten später">+{a.delay}</span>'
        )
    if a.planned_platform:
        platform = (
            f'<span class="{_gb_cls("Platform", "platform")} {_gb_cls("Platform", "changed")}"><span class="sr-only">Gleis </span>'
            f'<s aria-label="ursprünglich Gleis {a.planned_platform}">{a.planned_platform}</s> <strong>{a.platform}</strong></span>'
        )
    else:
        platform = (
            f'<span class="{_gb_cls("Platform", "platform")}"><span class="sr-only">Gleis </span>{a.platform}</span>'
        )
    via = "".join(f'<li class="{_gb_cls("ViaList", "stop")}">{esc(stop)}</li>' for stop in a.via)
    message = ""
    if a.message or a.cancelled:
        text = a.message or "Fahrt fällt aus"
        message = f'\n          <p class="{_gb_cls("DepartureRow", "message")}" role="note"><svg class="{_gb_cls("Icon", "info")}" aria-hidden="true"></svg>{esc(text)}</p>'
    cancelled = f" {_gb_cls('DepartureRow', 'isCancelled')}" if a.cancelled else ""
    journey = _hex(f"gleisblick-{a.train}-{a.time}", 12)
    return f"""
        <li class="{row}{cancelled}" data-journey-id="{journey}">
          <button type="button" class="{_gb_cls("DepartureRow", "toggle")}" aria-expanded="false" aria-controls="details-{journey}">
          <div class="{_gb_cls("DepartureRow", "time")}">{time_html}</div>
          <div class="{_gb_cls("DepartureRow", "state")}">{state}</div>
          <div class="{_gb_cls("DepartureRow", "line")}">{_gb_icon(a.product)}<span class="{_gb_cls("LineLabel", "label")} {_gb_cls("LineLabel", a.product.lower())}">{esc(a.train)}</span></div>
          <div class="{_gb_cls("DepartureRow", "destination")}">
            <span class="sr-only">Richtung </span><span class="{_gb_cls("DepartureRow", "destinationName")}">{esc(a.destination)}</span>
            <span class="{_gb_cls("ViaList", "label")}">über</span><ul class="{_gb_cls("ViaList", "list")}">{via}</ul>
          </div>
          <div class="{_gb_cls("DepartureRow", "platform")}">{platform}</div>
          <svg class="{_gb_cls("DepartureRow", "chevron")}" aria-hidden="true"></svg>
          </button>{message}
          <div id="details-{journey}" class="{_gb_cls("DepartureRow", "details")}" hidden>
            <p>Zugnummer {a.number}</p>
          </div>
        </li>"""


def _gb_next_data(page: int, rows: list[Abfahrt]) -> str:
    departures = [
        {
            "journeyID": f"20250314-{_hex(f'gleisblick-{a.train}-{a.time}', 8)}",
            "timeSchedule": f"{GB_DAY.isoformat()}T{a.time}:00+01:00",
            "timeDelayed": None if a.expected_time is None else f"{GB_DAY.isoformat()}T{a.expected_time}:00+01:00",
            "platform": a.platform,
            "platformSchedule": a.planned_platform or a.platform,
            "canceled": a.cancelled,
            "destination": {"name": a.destination},
            "viaStops": [{"name": stop} for stop in a.via],
            "lineName": a.train,
            "trainNumber": str(a.number),
            "type": a.product,
            "messages": [{"text": a.message, "type": "DELAY" if a.delay else "INFO"}] if a.message else [],
        }
        for a in rows
    ]
    data = {
        "props": {
            "pageProps": {
                "station": {"name": GB_STATION, "evaNumber": "8000207", "slug": "koeln-hbf", "category": 1},
                "boardType": "departures",
                "date": GB_DAY.isoformat(),
                "from": GB_PAGE_STARTS[page - 1],
                "departures": departures,
                "_sentryTraceData": _hex(f"gleisblick-trace-{page}", 32),
            },
            "__N_SSP": True,
        },
        "page": "/[station]/abfahrt",
        "query": {"station": "koeln-hbf"}
        if page == 1
        else {"station": "koeln-hbf", "datum": GB_DAY.isoformat(), "zeit": GB_PAGE_STARTS[page - 1]},
        "buildId": "Wq3xT0bn4sYfZ1LrJh9Qe",
        "isFallback": False,
        "gssp": True,
        "locale": "de",
        "locales": ["de", "en"],
        "defaultLocale": "de",
        "scriptLoader": [],
    }
    return f'<script id="__NEXT_DATA__" type="application/json">{_json_script(data)}</script>'


def _gb_pager(page: int) -> tuple[str, str]:
    earlier = (
        f'<a class="{_gb_cls("BoardPager", "button")}" href="/koeln-hbf/abfahrt/{"" if page == 2 else f"?datum={GB_DAY.isoformat()}&amp;zeit={GB_PAGE_STARTS[page - 2]}"}"><svg class="{_gb_cls("Icon", "arrowUp")}" aria-hidden="true"></svg>Frühere Abfahrten</a>'
        if page > 1
        else f'<a class="{_gb_cls("BoardPager", "button")}" href="/koeln-hbf/abfahrt/?datum={GB_DAY.isoformat()}&amp;zeit=1330"><svg class="{_gb_cls("Icon", "arrowUp")}" aria-hidden="true"></svg>Frühere Abfahrten</a>'
    )
    later = (
        f'<a class="{_gb_cls("BoardPager", "button")}" href="/koeln-hbf/abfahrt/?datum={GB_DAY.isoformat()}&amp;zeit={GB_PAGE_STARTS[page]}" rel="next">Spätere Abfahrten<svg class="{_gb_cls("Icon", "arrowDown")}" aria-hidden="true"></svg></a>'
        if page < 3
        else ""
    )
    return earlier, later


def _gb_page(page: int, rows: list[Abfahrt]) -> str:
    earlier, later = _gb_pager(page)
    chips = "".join(
        f'<a class="{_gb_cls("FilterChips", "chip")}{" " + _gb_cls("FilterChips", "active") if value == "alle" else ""}" href="/koeln-hbf/abfahrt/?verkehrsmittel={value}"{" aria-current=true" if value == "alle" else ""}>{label}</a>'
        for value, label in [
            ("alle", "Alle"),
            ("fern", "Fernverkehr"),
            ("regio", "Regionalverkehr"),
            ("sbahn", "S-Bahn"),
        ]
    )
    banner = ""
    if page == 1:
        banner = f"""
      <div class="{_gb_cls("Notice", "notice")} {_gb_cls("Notice", "warning")}" role="status">
        <h3 class="{_gb_cls("Notice", "title")}">Bauarbeiten zwischen Köln Hbf und Köln Messe/Deutz</h3>
        <p>Vom 17.03.2025 (21:00 Uhr) bis 24.03.2025 (05:00 Uhr) fahren einzelne Züge des Fern- und Regionalverkehrs nicht über die Hohenzollernbrücke. <a href="/koeln-hbf/aktuelles/bauarbeiten-hohenzollernbruecke">Mehr erfahren</a></p>
      </div>"""
    return f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Abfahrt {GB_STATION} | Gleisblick – Ihr Bahnhof</title>
<meta name="description" content="Aktuelle Abfahrten am Bahnhof {GB_STATION}: Echtzeit-Informationen zu Zügen, Gleisen und Verspätungen.">
<link rel="canonical" href="https://www.gleisblick.test/koeln-hbf/abfahrt">
<link rel="preload" href="/_next/static/media/DBSans-Regular.2b4f1a.woff2" as="font" type="font/woff2" crossorigin="">
<link rel="stylesheet" href="/_next/static/css/4e1b2c7a9d0f3e55.css" data-n-g="">
<link rel="stylesheet" href="/_next/static/css/a81c0d9f2b6e4c13.css" data-n-p="">
<script type="application/ld+json">{_json_script({"@context": "https://schema.org", "@type": "TrainStation", "name": GB_STATION, "address": {"@type": "PostalAddress", "streetAddress": "Trankgasse 11", "postalCode": "50667", "addressLocality": "Köln", "addressCountry": "DE"}, "geo": {"@type": "GeoCoordinates", "latitude": 50.9430, "longitude": 6.9589}})}</script>
</head>
<body>
<div id="__next">
  <a class="{_gb_cls("SkipLink", "link")}" href="#main">Zum Hauptinhalt springen</a>
  <header class="{_gb_cls("Header", "header")}">
    <a class="{_gb_cls("Header", "logo")}" href="/" aria-label="Gleisblick Startseite"><svg width="48" height="34" aria-hidden="true"></svg></a>
    <nav class="{_gb_cls("Header", "nav")}" aria-label="Hauptnavigation"><a href="/koeln-hbf">Bahnhof</a><a href="/koeln-hbf/service-ausstattung">Service &amp; Ausstattung</a><a href="/koeln-hbf/parken">Parken</a><a href="/koeln-hbf/einkaufen">Einkaufen &amp; Gastronomie</a></nav>
    <form class="{_gb_cls("StationSearch", "form")}" action="/suche" role="search"><label class="sr-only" for="station-search">Bahnhof suchen</label><input id="station-search" name="q" placeholder="Bahnhof suchen"><button type="submit" aria-label="Suchen"></button></form>
    <button class="{_gb_cls("Header", "lang")}" type="button" aria-label="Sprache wählen">DE</button>
  </header>
  <nav class="{_gb_cls("Breadcrumb", "breadcrumb")}" aria-label="Brotkrumennavigation"><ol><li><a href="/">Startseite</a></li><li><a href="/koeln-hbf">{GB_STATION}</a></li><li aria-current="page">Abfahrt</li></ol></nav>
  <main id="main" class="{_gb_cls("StationBoardPage", "main")}">
    <div class="{_gb_cls("StationBoardPage", "header")}">
      <h1 class="{_gb_cls("StationBoardPage", "title")}">{GB_STATION}</h1>
      <div class="{_gb_cls("BoardTabs", "tabs")}" role="tablist"><a role="tab" aria-selected="true" class="{_gb_cls("BoardTabs", "tab")} {_gb_cls("BoardTabs", "selected")}" href="/koeln-hbf/abfahrt/">Abfahrt</a><a role="tab" aria-selected="false" class="{_gb_cls("BoardTabs", "tab")}" href="/koeln-hbf/ankunft/">Ankunft</a></div>
      <form class="{_gb_cls("BoardForm", "form")}" action="/koeln-hbf/abfahrt/" method="get">
        <label>Datum <input type="date" name="datum" value="{GB_DAY.isoformat()}"></label>
        <label>Uhrzeit <input type="time" name="zeit" value="{GB_PAGE_STARTS[page - 1][:2]}:{GB_PAGE_STARTS[page - 1][2:]}"></label>
        <button type="submit">Aktualisieren</button>
      </form>
      <div class="{_gb_cls("FilterChips", "chips")}" aria-label="Verkehrsmittel filtern">{chips}</div>
    </div>{banner}
    <section class="{_gb_cls("DepartureBoard", "board")}" aria-labelledby="board-heading">
      <h2 id="board-heading" class="{_gb_cls("DepartureBoard", "heading")}">Abfahrten <span class="{_gb_cls("DepartureBoard", "date")}">Freitag, 14. März 2025</span></h2>
      <p class="{_gb_cls("DepartureBoard", "updated")}">Stand: {["13:58", "14:29", "14:58"][page - 1]} Uhr · Alle Angaben ohne Gewähr</p>
      <div class="{_gb_cls("BoardPager", "pager")}">{earlier}</div>
      <div class="{_gb_cls("DepartureBoard", "head")}" aria-hidden="true"><span>Zeit</span><span>Aktuell</span><span>Zug</span><span>Richtung</span><span>Gleis</span></div>
      <ul class="{_gb_cls("DepartureBoard", "list")}">{"".join(_gb_row(a) for a in rows)}
      </ul>
      <div class="{_gb_cls("BoardPager", "pager")}">{later}</div>
    </section>
    <aside class="{_gb_cls("StationSidebar", "sidebar")}">
      <section class="{_gb_cls("InfoCard", "card")}"><h2>Reisezentrum</h2><p>Mo–Fr 05:30–22:00 Uhr<br>Sa, So 07:00–21:00 Uhr</p><a href="/koeln-hbf/service-ausstattung#reisezentrum">Alle Öffnungszeiten</a></section>
      <section class="{_gb_cls("InfoCard", "card")}"><h2>DB Lounge</h2><p>Täglich 05:00–23:00 Uhr, Gleis 1, Eingang Querbahnsteig</p></section>
      <section class="{_gb_cls("InfoCard", "card")}"><h2>Aufzüge &amp; Rolltreppen</h2><p><span class="{_gb_cls("Status", "broken")}">2 außer Betrieb</span> · Aufzug zu Gleis 6/7, Rolltreppe zu Gleis 10/11</p><a href="/koeln-hbf/aufzuege">Zur Übersicht</a></section>
      <section class="{_gb_cls("InfoCard", "card")}"><h2>Adresse</h2><address>Trankgasse 11<br>50667 Köln</address></section>
    </aside>
  </main>
  <footer class="{_gb_cls("Footer", "footer")}"><nav><a href="/impressum">Impressum</a><a href="/datenschutz">Datenschutz</a><a href="/barrierefreiheit">Erklärung zur Barrierefreiheit</a><a href="/kontakt">Kontakt</a></nav><p>© 2025 Gleisblick</p></footer>
</div>
<div id="usercentrics-root" role="dialog" aria-modal="true" aria-label="Datenschutzeinstellungen"><div class="uc-banner"><h2>Datenschutzeinstellungen</h2><p>Wir nutzen Cookies und ähnliche Technologien, um unser Angebot zu verbessern und die Nutzung zu analysieren. Sie können Ihre Einwilligung jederzeit widerrufen.</p><button type="button" data-testid="uc-deny-all-button">Nur notwendige</button><button type="button" data-testid="uc-more-button">Einstellungen</button><button type="button" data-testid="uc-accept-all-button">Alle akzeptieren</button></div></div>
{_gb_next_data(page, rows)}
<script src="/_next/static/chunks/webpack-2c9e1f0b3a.js" defer=""></script>
<script src="/_next/static/chunks/pages/%5Bstation%5D/abfahrt-8d41c6a2e7.js" defer=""></script>
</body>
</html>"""


@sixteenth
def build_gleisblick() -> None:
    s = Site(
        "gleisblick",
        kind="railway departures board (bahnhof.de-like, German: Next.js CSS-module classes, li rows holding a button, time elements, 'pünktlich' / new time + '+12' badges, struck-through cancelled times and changed platforms, via lists, sr-only labels, notes under rows, 'Spätere Abfahrten' ?datum=…&zeit=HHMM, __NEXT_DATA__)",
        start="koeln-hbf/abfahrt/",
        description="A bahnhof.de-like departures board for Köln Hbf (2024–2025 Next.js, CSS-module classes 'DepartureRow_row__hash', German): the header, breadcrumb, h1, Abfahrt / Ankunft tabs, a date and time form, filter chips (Alle, Fernverkehr, Regionalverkehr, S-Bahn), a construction notice on page 1, 'Abfahrten Freitag, 14. März 2025' and 'Stand: 13:58 Uhr', a 'Frühere Abfahrten' link, then ul > li rows, each wrapping a button: the planned time in a time element with an sr-only 'Planmäßige Abfahrt', the state ('pünktlich', or an sr-only 'Voraussichtlich' + the new time + a '+12' badge, or 'Fahrt fällt aus' with the planned time struck through), a transport icon and the line 'ICE 521' / 'RE 1' / 'S 11', an sr-only 'Richtung' + destination, 'über' + a ul of via stops, the platform (sr-only 'Gleis', a changed one as the struck-through old number + the new one in strong), a note paragraph under some rows ('Verzögerungen im Betriebsablauf', 'Umgekehrte Wagenreihung', 'Fahrt fällt aus'), a hidden details block with the train number. 'Spätere Abfahrten' links to /koeln-hbf/abfahrt/?datum=2025-03-14&zeit=HHMM; a sidebar (Reisezentrum opening hours, DB Lounge, lifts, address), footer, a Usercentrics dialog, TrainStation JSON-LD and __NEXT_DATA__ holding the departures. Ten, ten and six trains. Written down: time, train, destination, via (a list), platform (the current one), expected_time and delay (delayed trains), status ('pünktlich', 'Fahrt fällt aus' or the note shown).",
    )
    pages = chunks(GB_ABFAHRTEN, [10, 10, 6])
    for page, rows in enumerate(pages, 1):
        path = (
            "koeln-hbf/abfahrt/index.html"
            if page == 1
            else f"koeln-hbf/abfahrt/@datum={GB_DAY.isoformat()}&zeit={GB_PAGE_STARTS[page - 1]}"
        )
        s.list_page(path, _gb_page(page, rows))
    for a in GB_ABFAHRTEN:
        s.expect(
            {
                "time": a.time,
                "train": a.train,
                "destination": a.destination,
                "via": list(a.via),
                "platform": a.platform,
                "expected_time": a.expected_time,
                "delay": None if a.cancelled else a.delay,
                "status": a.status,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# crateport (FROZEN): a Docker-Hub-like image search, 2024–25 Remix + MUI/emotion markup, &page=N
# ---------------------------------------------------------------------------------------------------

CP_QUERY = "postgres"
CP_BADGES = {"official": "Docker Official Image", "verified": "Verified Publisher", "oss": "Sponsored OSS"}
DB = "Databases & storage"


@dataclass(frozen=True)
class Image:
    """One repository in the search results."""

    name: str  # "postgres" (official) or "namespace/repo"
    badge: str | None  # a key of CP_BADGES
    publisher: str | None  # shown as "By …" (not on official images)
    description: str
    pulls: str  # as shown: "1B+"
    stars: str  # as shown: "14K"
    categories: tuple[str, ...]
    updated: str  # as shown: "2 days ago"

    @property
    def url(self) -> str:
        return f"/_/{self.name}" if self.badge == "official" else f"/r/{self.name}"


CP_IMAGES = [
    Image(
        "postgres",
        "official",
        None,
        "The PostgreSQL object-relational database system provides reliability and data integrity.",
        "1B+",
        "14K",
        (DB,),
        "2 days ago",
    ),
    Image(
        "tessellate/postgresql",
        "verified",
        "Tessellate Software",
        "Tessellate Secure Image for PostgreSQL, an open-source object-relational database known for reliability and data integrity.",
        "500M+",
        "1.1K",
        (DB,),
        "4 hours ago",
    ),
    Image(
        "geospan/postgis",
        "oss",
        "geospan",
        "PostgreSQL + PostGIS spatial database extender, built on top of the official postgres image.",
        "100M+",
        "2.3K",
        (DB,),
        "7 days ago",
    ),
    Image(
        "quarrylabs/pgbouncer",
        None,
        "quarrylabs",
        "Lightweight PgBouncer connection pooler for PostgreSQL, configured entirely by environment variables.",
        "10M+",
        "143",
        (DB, "Networking"),
        "a month ago",
    ),
    Image(
        "adminer",
        "official",
        None,
        "Database management in a single PHP file.",
        "100M+",
        "2.3K",
        (DB, "Developer tools"),
        "9 days ago",
    ),
    Image(
        "orbitci/postgres",
        "verified",
        "Orbit CI",
        "Convenience image for PostgreSQL in Orbit CI pipelines, with fsync off for faster tests.",
        "50M+",
        "24",
        (DB, "Integration & delivery"),
        "3 weeks ago",
    ),
    Image(
        "basalt/postgres",
        "oss",
        "basalt",
        "Postgres with all the extensions Basalt needs: pg_graphql, pg_net, pgsodium and more.",
        "10M+",
        "118",
        (DB,),
        "2 hours ago",
    ),
    Image(
        "pgvectorlab/pgvector",
        None,
        "pgvectorlab",
        "Open-source vector similarity search for Postgres. Exact and approximate nearest neighbour search.",
        "10M+",
        "97",
        (DB, "Machine learning & AI"),
        "5 days ago",
    ),
    Image(
        "tessellate/postgresql-repmgr",
        "verified",
        "Tessellate Software",
        "Tessellate Secure Image for PostgreSQL HA with repmgr, replication and automatic failover.",
        "100M+",
        "201",
        (DB,),
        "6 hours ago",
    ),
    Image(
        "exporterhub/postgres-exporter",
        None,
        "exporterhub",
        "Prometheus exporter for PostgreSQL server metrics.",
        "100M+",
        "89",
        ("Monitoring & observability",),
        "2 weeks ago",
    ),
    Image(
        "migrato/migrato",
        "verified",
        "Migrato",
        "Database migrations made easy: version control for your PostgreSQL, MySQL and SQL Server schemas.",
        "100M+",
        "402",
        (DB, "Developer tools"),
        "12 days ago",
    ),
    Image(
        "harborwatch/postgres-backup-s3",
        None,
        "harborwatch",
        "Backup PostgreSQL to S3 (supports periodic backups and retention).",
        "10M+",
        "215",
        (DB,),
        "8 months ago",
    ),
    Image(
        "crunchline/crunchy-postgres",
        "verified",
        "Crunchline Data",
        "Crunchline Certified PostgreSQL, hardened for production Kubernetes clusters.",
        "5M+",
        "27",
        (DB,),
        "a day ago",
    ),
    Image(
        "changestream/postgres",
        "oss",
        "changestream",
        "PostgreSQL image with logical decoding plugins for change data capture.",
        "10M+",
        "84",
        (DB,),
        "a month ago",
    ),
    Image(
        "graphfold/graphql-engine",
        "verified",
        "Graphfold",
        "Instant realtime GraphQL APIs on Postgres with fine-grained access control.",
        "100M+",
        "1.4K",
        ("API management", DB),
        "3 days ago",
    ),
    Image(
        "sqldoc/postgres-client",
        None,
        "sqldoc",
        "Minimal image with psql, pg_dump and pg_restore.",
        "1M+",
        "12",
        (DB, "Developer tools"),
        "4 months ago",
    ),
    Image(
        "patronix/spilo-16",
        None,
        "patronix",
        "Highly available PostgreSQL cluster using Patroni, with WAL archiving to object storage.",
        "5M+",
        "58",
        (DB,),
        "6 days ago",
    ),
    Image(
        "lumenbase/compute-node",
        "oss",
        "lumenbase",
        "Serverless Postgres compute node: storage and compute separated.",
        "1M+",
        "7",
        (DB,),
        "an hour ago",
    ),
    Image(
        "pgduck/pg_duckdb",
        None,
        "pgduck",
        "Postgres extension that embeds a columnar-vectorized analytics engine.",
        "100K+",
        "41",
        (DB, "Data science"),
        "2 weeks ago",
    ),
    Image(
        "tessellate/pgpool",
        "verified",
        "Tessellate Software",
        "Tessellate Secure Image for Pgpool-II, middleware between PostgreSQL servers and clients.",
        "10M+",
        "38",
        (DB, "Networking"),
        "5 hours ago",
    ),
    Image(
        "ubiq/postgres-alpine",
        None,
        "ubiq",
        "PostgreSQL on Alpine Linux with timezone data and locales.",
        "500K+",
        "3",
        (DB,),
        "2 years ago",
    ),
    Image(
        "walkeep/wal-g",
        None,
        "walkeep",
        "Archival and restoration tool for PostgreSQL WAL and base backups.",
        "1M+",
        "36",
        (DB,),
        "3 months ago",
    ),
    Image(
        "odysseydb/odyssey",
        "oss",
        "odysseydb",
        "Scalable PostgreSQL connection pooler with multi-threaded design.",
        "1M+",
        "19",
        (DB, "Networking"),
        "2 months ago",
    ),
    Image(
        "chartlane/postgresql-ha",
        "verified",
        "Chartlane",
        "PostgreSQL HA packaged by Chartlane: streaming replication behind a pooler.",
        "10M+",
        "53",
        (DB,),
        "9 hours ago",
    ),
    Image(
        "mirrorbay/postgres",
        None,
        "mirrorbay",
        "Mirror of the official postgres image for regions with rate limits.",
        "100K+",
        "0",
        (DB,),
        "3 days ago",
    ),
    Image(
        "metricbase/timescale-ha",
        "verified",
        "Metricbase",
        "Time-series database packaged as a PostgreSQL extension, HA images with Patroni.",
        "50M+",
        "96",
        (DB, "Monitoring & observability"),
        "10 hours ago",
    ),
    Image(
        "dbgate/dbgate",
        None,
        "dbgate",
        "Database manager for PostgreSQL, MySQL, SQL Server, MongoDB and SQLite, in the browser.",
        "5M+",
        "211",
        (DB, "Developer tools"),
        "11 days ago",
    ),
]

_CP_SCALE = {"K": 1_000, "M": 1_000_000, "B": 1_000_000_000}


def _cp_number(shown: str) -> int:
    """'1.1K' → 1100, '500M+' → 500000000, '27' → 27."""
    text = shown.rstrip("+")
    if text[-1] in _CP_SCALE:
        return round(float(text[:-1]) * _CP_SCALE[text[-1]])
    return int(text)


def _cp_css(seed: str) -> str:
    """An emotion class as MUI emits them: ``css-`` + a short base-36 hash."""
    value = int(_hex(seed, 10), 16)
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while value and len(out) < 7:
        value, rest = divmod(value, 36)
        out += digits[rest]
    return f"css-{out}"


def _cp_badge(image: Image) -> str:
    if image.badge is None:
        return ""
    icon = {"official": "OfficialImageIcon", "verified": "VerifiedPublisherIcon", "oss": "OpenSourceIcon"}[image.badge]
    return f"""<div data-testid="productBadge" class="MuiStack-root {_cp_css("badge-stack")}"><div class="MuiChip-root MuiChip-filled MuiChip-sizeSmall MuiChip-colorDefault {_cp_css("chip-" + image.badge)}"><svg class="MuiSvgIcon-root MuiSvgIcon-fontSizeSmall MuiChip-icon {_cp_css("svg-small")}" focusable="false" aria-hidden="true" viewBox="0 0 24 24" data-testid="{icon}"><path d="M12 2 4 5v6c0 5 3.4 9.7 8 11 4.6-1.3 8-6 8-11V5z"></path></svg><span class="MuiChip-label MuiChip-labelSmall {_cp_css("chip-label")}">{CP_BADGES[image.badge]}</span></div></div>"""


def _cp_card(index: int, image: Image) -> str:
    logo = image.name.replace("/", "%2F") if "/" in image.name else f"library%2F{image.name}"
    by = (
        f"""<span class="MuiTypography-root MuiTypography-caption {_cp_css("by")}">By&nbsp;<span class="{_cp_css("by-name")}">{esc(image.publisher)}</span></span><span class="MuiTypography-root MuiTypography-caption {_cp_css("dot")}" aria-hidden="true">•</span>"""
        if image.publisher
        else ""
    )
    chips = "".join(
        f'<div class="MuiChip-root MuiChip-outlined MuiChip-sizeSmall {_cp_css("cat-chip")}"><span class="MuiChip-label MuiChip-labelSmall {_cp_css("chip-label")}">{esc(category)}</span></div>'
        for category in image.categories
    )
    return f"""
        <a data-testid="imageSearchResult" href="{image.url}" class="MuiBox-root {_cp_css("result-card")}" data-index="{index}">
          <div class="MuiStack-root {_cp_css("card-row")}">
            <div class="MuiAvatar-root MuiAvatar-rounded MuiAvatar-colorDefault {_cp_css("avatar")}"><img alt="" src="https://hub.crateport.test/api/media/repos_logo/v1/{logo}?type=logo" class="MuiAvatar-img {_cp_css("avatar-img")}" loading="lazy"></div>
            <div class="MuiStack-root {_cp_css("card-main")}">
              <div class="MuiStack-root {_cp_css("title-row")}">
                <strong data-testid="product-title" class="MuiTypography-root MuiTypography-h6 {_cp_css("title")}">{esc(image.name)}</strong>
                {_cp_badge(image)}
              </div>
              <div class="MuiStack-root {_cp_css("meta-row")}">{by}<span class="MuiTypography-root MuiTypography-caption {_cp_css("updated")}">Updated {image.updated}</span></div>
              <p data-testid="description" class="MuiTypography-root MuiTypography-body2 {_cp_css("description")}">{esc(image.description)}</p>
              <div class="MuiStack-root {_cp_css("chips")}">{chips}</div>
            </div>
            <div class="MuiStack-root {_cp_css("card-stats")}">
              <div class="MuiStack-root {_cp_css("stat")}" aria-label="Pulls"><svg class="MuiSvgIcon-root MuiSvgIcon-fontSizeSmall {_cp_css("svg-small")}" focusable="false" aria-hidden="true" viewBox="0 0 24 24" data-testid="FileDownloadOutlinedIcon"><path d="M18 15v3H6v-3H4v3c0 1.1.9 2 2 2h12c1.1 0 2-.9 2-2v-3zm-1-4-1.41-1.41L13 12.17V4h-2v8.17L8.41 9.59 7 11l5 5z"></path></svg><p class="MuiTypography-root MuiTypography-body2 {_cp_css("stat-value")}">{image.pulls}</p></div>
              <div class="MuiStack-root {_cp_css("stat")}" aria-label="Stars"><svg class="MuiSvgIcon-root MuiSvgIcon-fontSizeSmall {_cp_css("svg-small")}" focusable="false" aria-hidden="true" viewBox="0 0 24 24" data-testid="StarOutlineIcon"><path d="m22 9.24-7.19-.62L12 2 9.19 8.63 2 9.24l5.46 4.73L5.82 21 12 17.27 18.18 21l-1.63-7.03z"></path></svg><p class="MuiTypography-root MuiTypography-body2 {_cp_css("stat-value")}">{image.stars}</p></div>
            </div>
          </div>
        </a>"""


def _cp_pagination(page: int, total: int) -> str:
    def href(number: int) -> str:
        return f"/search?q={CP_QUERY}" if number == 1 else f"/search?q={CP_QUERY}&amp;page={number}"

    item = f"MuiButtonBase-root MuiPaginationItem-root MuiPaginationItem-sizeMedium MuiPaginationItem-outlined MuiPaginationItem-rounded {_cp_css('page-item')}"
    parts = []
    if page > 1:
        parts.append(
            f'<li><a class="{item} MuiPaginationItem-previousNext" tabindex="0" href="{href(page - 1)}" aria-label="Go to previous page"><svg class="MuiSvgIcon-root {_cp_css("chev")}" aria-hidden="true" data-testid="NavigateBeforeIcon"></svg></a></li>'
        )
    else:
        parts.append(
            f'<li><button class="{item} MuiPaginationItem-previousNext Mui-disabled" tabindex="-1" type="button" disabled aria-label="Go to previous page"><svg class="MuiSvgIcon-root {_cp_css("chev")}" aria-hidden="true" data-testid="NavigateBeforeIcon"></svg></button></li>'
        )
    for number in range(1, total + 1):
        if number == page:
            parts.append(
                f'<li><button class="{item} Mui-selected MuiPaginationItem-page" tabindex="0" type="button" aria-current="true" aria-label="page {number}">{number}</button></li>'
            )
        else:
            parts.append(
                f'<li><a class="{item} MuiPaginationItem-page" tabindex="0" href="{href(number)}" aria-label="Go to page {number}">{number}</a></li>'
            )
    if page < total:
        parts.append(
            f'<li><a class="{item} MuiPaginationItem-previousNext" tabindex="0" href="{href(page + 1)}" aria-label="Go to next page"><svg class="MuiSvgIcon-root {_cp_css("chev")}" aria-hidden="true" data-testid="NavigateNextIcon"></svg></a></li>'
        )
    else:
        parts.append(
            f'<li><button class="{item} MuiPaginationItem-previousNext Mui-disabled" tabindex="-1" type="button" disabled aria-label="Go to next page"><svg class="MuiSvgIcon-root {_cp_css("chev")}" aria-hidden="true" data-testid="NavigateNextIcon"></svg></button></li>'
        )
    return f'<nav aria-label="pagination navigation" class="MuiPagination-root MuiPagination-outlined {_cp_css("pagination")}"><ul class="MuiPagination-ul {_cp_css("pagination-ul")}">{"".join(parts)}</ul></nav>'


def _cp_remix(page: int, images: list[Image]) -> str:
    results = []
    for image in images:
        namespace, _, repo = image.name.rpartition("/")
        stars = int(_cp_number(image.stars) * (1 + (_number(image.name, 0, 60) - 30) / 10000))
        results.append(
            {
                "id": _hex("crateport-" + image.name, 24),
                "name": repo,
                "slug": image.name,
                "type": "image",
                "publisher": {"id": _hex("pub-" + (namespace or "library"), 16), "name": image.publisher or "Docker"},
                "short_description": image.description,
                "badge": {"official": "official", "verified": "verified_publisher", "oss": "open_source"}.get(
                    image.badge or "", "none"
                ),
                "star_count": stars,
                "pull_count": image.pulls,
                "categories": [{"name": c, "slug": slug(c)} for c in image.categories],
                "operating_systems": [{"name": "linux", "label": "Linux"}],
                "architectures": [{"name": "amd64", "label": "x86-64"}, {"name": "arm64", "label": "ARM 64"}],
            }
        )
    context = {
        "url": f"/search?q={CP_QUERY}" + ("" if page == 1 else f"&page={page}"),
        "state": {
            "loaderData": {
                "root": {"locale": "en", "featureFlags": {"hubSearchV2": True, "scoutBanner": True}},
                "routes/search": {
                    "query": CP_QUERY,
                    "page": page,
                    "pageSize": 10,
                    "total": len(CP_IMAGES),
                    "results": results,
                },
            },
            "actionData": None,
            "errors": None,
        },
        "future": {"v3_fetcherPersist": True, "v3_relativeSplatPath": True},
    }
    return f"<script>window.__remixContext = {_json_script(context)};</script>"


def _cp_filters() -> str:
    def box(label: str, name: str) -> str:
        return f'<label class="MuiFormControlLabel-root {_cp_css("form-label")}"><span class="MuiCheckbox-root {_cp_css("checkbox")}"><input class="PrivateSwitchBase-input" type="checkbox" name="{name}" value="{slug(label)}"></span><span class="MuiTypography-root MuiTypography-body2">{esc(label)}</span></label>'

    categories = [
        "API management",
        "Content management system",
        "Data science",
        DB,
        "Developer tools",
        "Integration & delivery",
        "Machine learning & AI",
        "Monitoring & observability",
        "Networking",
        "Security",
        "Web servers",
    ]
    return f"""
      <aside class="MuiBox-root {_cp_css("filters")}" aria-label="Filters">
        <h2 class="MuiTypography-root MuiTypography-subtitle2 {_cp_css("filters-title")}">Filter by</h2>
        <div class="MuiStack-root"><h3 class="MuiTypography-root MuiTypography-overline">Products</h3>{box("Images", "type")}{box("Extensions", "type")}{box("Plugins", "type")}</div>
        <div class="MuiStack-root"><h3 class="MuiTypography-root MuiTypography-overline">Trusted content</h3>{box("Docker Official Image", "badges")}{box("Verified Publisher", "badges")}{box("Sponsored OSS", "badges")}</div>
        <div class="MuiStack-root"><h3 class="MuiTypography-root MuiTypography-overline">Operating systems</h3>{box("Linux", "operating_system")}{box("Windows", "operating_system")}</div>
        <div class="MuiStack-root"><h3 class="MuiTypography-root MuiTypography-overline">Architectures</h3>{"".join(box(a, "architecture") for a in ["ARM", "ARM 64", "IBM POWER", "IBM Z", "PowerPC 64 LE", "x86", "x86-64"])}</div>
        <div class="MuiStack-root"><h3 class="MuiTypography-root MuiTypography-overline">Categories</h3>{"".join(box(c, "categories") for c in categories)}</div>
      </aside>"""


def _cp_page(page: int, images: list[Image], total_pages: int) -> str:
    first = (page - 1) * 10 + 1
    last = first + len(images) - 1
    promo = (
        f"""
        <div class="MuiPaper-root MuiAlert-root MuiAlert-standardInfo {_cp_css("scout-promo")}" role="alert"><div class="MuiAlert-message"><strong>Know what's inside.</strong> Crateport Scout analyses every official image for vulnerabilities. <a href="/scout">Try Scout free</a></div></div>"""
        if page == 1
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{CP_QUERY} - Search Results | Crateport Hub</title>
<meta name="description" content="Search Crateport Hub for container images: official images, verified publishers and open-source projects.">
<link rel="stylesheet" href="/build/_assets/root-6QF2ZK4T.css">
<style data-emotion="css" data-s="">.{_cp_css("result-card")}{{display:block;border-bottom:1px solid #e1e2e6;padding:16px;text-decoration:none;color:inherit}}.{_cp_css("title")}{{font-size:16px;font-weight:600}}</style>
<script type="application/ld+json">{_json_script({"@context": "https://schema.org", "@type": "WebSite", "url": "https://hub.crateport.test/", "potentialAction": {"@type": "SearchAction", "target": "https://hub.crateport.test/search?q={search_term_string}", "query-input": "required name=search_term_string"}})}</script>
</head>
<body>
<div id="root">
  <div class="MuiBox-root {_cp_css("top-banner")}" role="banner"><p class="MuiTypography-root MuiTypography-body2">Crateport Desktop 4.39 is here: faster image builds and a new Scout dashboard. <a href="/desktop" class="MuiTypography-root MuiLink-root">Learn more</a></p><button class="MuiButtonBase-root MuiIconButton-root" aria-label="Dismiss"><svg aria-hidden="true" data-testid="CloseIcon"></svg></button></div>
  <header class="MuiPaper-root MuiAppBar-root MuiAppBar-positionSticky {_cp_css("appbar")}">
    <div class="MuiToolbar-root MuiToolbar-regular {_cp_css("toolbar")}">
      <a href="/" aria-label="Crateport Hub home"><svg class="{_cp_css("logo")}" width="113" height="28" aria-hidden="true"></svg></a>
      <form class="MuiBox-root {_cp_css("search-form")}" action="/search" role="search"><div class="MuiInputBase-root MuiOutlinedInput-root {_cp_css("search-input")}"><input aria-label="Search Crateport Hub" placeholder="Search Crateport Hub" name="q" value="{CP_QUERY}" class="MuiInputBase-input MuiOutlinedInput-input"><kbd>ctrl+K</kbd></div></form>
      <nav class="MuiStack-root {_cp_css("nav")}"><a class="MuiButtonBase-root MuiButton-root MuiButton-text" href="/explore">Explore</a><a class="MuiButtonBase-root MuiButton-root MuiButton-text" href="/repositories">My Hub</a><a class="MuiButtonBase-root MuiButton-root MuiButton-text" href="https://docs.crateport.test/">Docs</a><a class="MuiButtonBase-root MuiButton-root MuiButton-contained" href="/signup">Sign up</a><a class="MuiButtonBase-root MuiButton-root MuiButton-outlined" href="/login">Sign in</a></nav>
    </div>
  </header>
  <main class="MuiContainer-root MuiContainer-maxWidthXl {_cp_css("container")}">
    <div class="MuiStack-root {_cp_css("search-layout")}">
{_cp_filters()}
      <section class="MuiBox-root {_cp_css("results")}" aria-label="Search results">
        <div class="MuiTabs-root {_cp_css("tabs")}"><div class="MuiTabs-flexContainer" role="tablist"><a role="tab" aria-selected="true" class="MuiButtonBase-root MuiTab-root Mui-selected" href="/search?q={CP_QUERY}">All</a><a role="tab" aria-selected="false" class="MuiButtonBase-root MuiTab-root" href="/search?q={CP_QUERY}&amp;type=image">Images</a><a role="tab" aria-selected="false" class="MuiButtonBase-root MuiTab-root" href="/search?q={CP_QUERY}&amp;type=extension">Extensions</a><a role="tab" aria-selected="false" class="MuiButtonBase-root MuiTab-root" href="/search?q={CP_QUERY}&amp;type=plugin">Plugins</a></div></div>
        <div class="MuiStack-root {_cp_css("results-head")}">
          <p class="MuiTypography-root MuiTypography-body2 {_cp_css("count")}">{first} - {last} of {len(CP_IMAGES)} results for <strong>{CP_QUERY}</strong>.</p>
          <div class="MuiFormControl-root {_cp_css("sort")}"><label id="sort-label" class="MuiFormLabel-root">Sort by</label><div role="combobox" aria-labelledby="sort-label" aria-expanded="false" class="MuiSelect-select MuiInputBase-input">Best match</div><input aria-hidden="true" tabindex="-1" class="MuiSelect-nativeInput" value="best_match"></div>
        </div>{promo}
        <div class="MuiStack-root {_cp_css("result-list")}" data-testid="search-results">{"".join(_cp_card(first + i, image) for i, image in enumerate(images))}
        </div>
        <div class="MuiStack-root {_cp_css("pagination-row")}">{_cp_pagination(page, total_pages)}</div>
      </section>
    </div>
  </main>
  <footer class="MuiBox-root {_cp_css("footer")}"><nav><a href="/about">About</a><a href="/pricing">Pricing</a><a href="/legal/terms">Terms of Service</a><a href="/legal/privacy">Privacy</a><a href="/status">System status</a></nav><p class="MuiTypography-root MuiTypography-caption">© 2025 Crateport Inc. All rights reserved.</p></footer>
</div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div id="onetrust-policy"><p id="onetrust-policy-text">We use cookies to make our site work, to analyse how it is used and to personalise content. <a href="/legal/cookies">Cookie Policy</a></p></div><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookies Settings</button><button id="onetrust-reject-all-handler">Reject All</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div>
{_cp_remix(page, images)}
<script type="module" src="/build/entry.client-4LZT2N7Q.js"></script>
</body>
</html>"""


@sixteenth
def build_crateport() -> None:
    s = Site(
        "crateport",
        kind="container-image registry search (Docker-Hub-like 2024–25: Remix + MUI emotion css- classes, whole-card a[data-testid=imageSearchResult] links, product-title strong, Docker Official Image / Verified Publisher / Sponsored OSS chips, 'By …' captions, '1B+' / '1.1K' stats beside icons, category chips, filter sidebar, MUI pagination links &page=N, window.__remixContext)",
        start=f"search?q={CP_QUERY}",
        description="A Docker-Hub-like search /search?q=postgres (2024–2025 Remix app with MUI and emotion 'css-<hash>' classes): a dismissable top banner, the app bar with the search box, a 'Filter by' sidebar of checkboxes (Products, Trusted content, Operating systems, Architectures, Categories), All / Images / Extensions / Plugins tabs, '1 - 10 of 27 results for postgres.', a Sort by select, a Scout alert on page 1, then whole-card a[data-testid=imageSearchResult] links: an avatar image, strong[data-testid=product-title] 'postgres' or 'namespace/repo', a badge chip (Docker Official Image, Verified Publisher, Sponsored OSS) on some, 'By <publisher>' (not on official images) and 'Updated 2 days ago' captions, p[data-testid=description], outlined category chips, and on the right the pulls ('1B+', beside a download icon, aria-label Pulls) and stars ('1.1K', beside a star icon). MUI pagination (the current page a button, others links to &page=N), footer, a OneTrust banner, WebSite JSON-LD and window.__remixContext holding the results with exact star counts. Ten, ten and seven images. Written down: title, url (/_/name for official images, /r/namespace/repo otherwise), badge, publisher, description, pulls, stars (numbers, from the shown '1B+' / '1.1K'), categories (a list).",
    )
    pages = chunks(CP_IMAGES, [10, 10, 7])
    for page, images in enumerate(pages, 1):
        path = f"search@q={CP_QUERY}" if page == 1 else f"search@q={CP_QUERY}&page={page}"
        s.list_page(path, _cp_page(page, images, len(pages)))
    for image in CP_IMAGES:
        s.expect(
            {
                "title": image.name,
                "url": image.url,
                "badge": CP_BADGES[image.badge] if image.badge else None,
                "publisher": image.publisher,
                "description": image.description,
                "pulls": _cp_number(image.pulls),
                "stars": _cp_number(image.stars),
                "categories": list(image.categories),
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in SIXTEENTH.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(f"{name:20} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}")


if __name__ == "__main__":
    main()
