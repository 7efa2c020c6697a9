"""Seventeenth wave: three list sites of kinds the corpus did not hold yet (a football league table, a TV
listings grid and a band's tour dates), written and measured before any heuristic was changed for them.

* **matchtable** — a football league standings page after BBC Sport's 2024–25 markup (``/sport/football/
  northern-league/table``): the cookie banner ("Let us know you agree to cookies"), the global navigation, the
  sport sub-navigation, a "Table" / "Scores & Fixtures" / "Top Scorers" tab strip, a season select, then one
  ``table.ssrcss-…-Table`` with a caption, ``thead`` abbreviations with ``abbr title`` ("P" / "Played"), and
  20 ``tr`` rows: the rank in a ``span``, an ``aria-hidden`` movement arrow with a visually hidden "moved up 2
  places", the team cell (a crest ``img alt=""``, a full-name span shown on wide screens and a three-letter
  short name in a span hidden on wide screens, both inside the team link ``/sport/football/teams/<slug>``),
  played / won / drawn / lost / for / against as plain cells, the goal difference signed ("+12", "-3", "0"),
  points in ``strong``, and a form guide: an ``ol`` of five results (oldest first), each a coloured badge
  ``<span aria-hidden="true">W</span>`` with a visually hidden "Result Won" and a ``title`` tooltip
  "Won 2-1 v Harrowgate Rovers". Qualification zones are only row classes with a coloured left border and a
  legend under the table ("Promotion", "Play-offs", "Relegation"). A second table (top scorers: player,
  team, goals) sits in the sidebar, plus a "Latest" news rail, an advert slot and the footer. One page.
  Written down: position, team (the full name), url, played, won, drawn, lost, goals_for, goals_against,
  goal_difference (a signed number), points, form (the five letters as a list, as shown).
* **fernsehplan** — a German TV listings page after TV Spielfilm's 2024–25 "TV-Programm" grid
  (``/tv-programm/sendungen/?date=2025-03-14``): a Sourcepoint consent overlay, the header, day tabs
  ("Heute", "Morgen", "So 16.03." as links to ``?date=…&time=prime``, and in the same bar "Woche" to the week view), a time-slot select ("Primetime 20:15"), then one
  ``section.channel-row`` per channel: a channel cell (logo ``img`` whose ``alt`` is the channel name and a
  ``span.sr-only`` channel name) and a list of ``article.tv-program`` cards: ``time[datetime]`` with the
  local time "20:15" (the full datetime with ``+01:00`` in the attribute; programmes after midnight carry
  the next day), the title link ``/tv-programm/sendung/<slug>,<id>.html`` with ``title`` text, a sub line
  "Krimi | D 2024" or "Serie | S3 E4" (the episode only on series), a "Live" or "Neu" badge on some, a
  short description on some, a "Merken" button and a TIPP thumb icon on some. A "Jetzt im TV" sidebar
  repeating the running programmes, ad slots between channel rows, and the footer. Three days (three
  pages). Written down: channel, title, url, start (the full ISO datetime with its offset), episode
  (where shown), genre, badge (where shown).
* **lanternhollow** — a band's tour page on Squarespace 7.1 with the Bandsintown widget embedded
  (``/tour``): the Squarespace header and announcement bar, a ``sqs-block-code`` holding the widget's
  ``div.bit-widget`` markup: "Upcoming" / "Past" / "Request a show" tabs, the track/"Follow" button, then
  ``div.bit-event`` rows, each a date block ("FRI" / "14" / "MAR" in spans, the year only in the month
  group headings "March 2025"), a venue name, a location "Manchester, United Kingdom" (US cities as
  "Chicago, IL, United States"), a lineup line "with Paper Moths" on some, a "Festival" badge and a
  "Rescheduled from 2 Feb" note on some, and buttons: "Tickets" (an external ticket link), "Sold out"
  (a greyed ``span`` with no link) or "Notify me" (an ``a.bit-rsvp`` to a Bandsintown notify link).
  "Show past dates" leads to ``/tour/past`` (page two, past shows with the year in their date block, no
  buttons except "Cancelled" tags), whose "Older dates" link leads to ``/tour/past?page=2`` (page three).
  A newsletter block and the footer. Written down: date (ISO day), city, country, venue, url (the ticket
  link, only where one is shown), status (the button text "Tickets" / "Sold out" / "Notify me", or
  "Cancelled"), support (the support acts, as a list).

Run ``uv run python tests/sites/corpus/generate_seventeenth.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**.
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import sys
import zlib
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc, slug

SEVENTEENTH: dict[str, Callable[[], None]] = {}


def seventeenth(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    SEVENTEENTH[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _css(name: str) -> str:
    """An emotion-style class the way BBC's ssrcss classes look (``ssrcss-1x2abc7-Name``)."""
    number = zlib.crc32(name.encode())
    letters = "abcdefghijklmnopqrstuvwxyz0123456789"
    out = ""
    for _ in range(7):
        number, d = divmod(number, len(letters))
        out += letters[d]
    return f"ssrcss-{out}-{name}"


# ---------------------------------------------------------------------------------------------------
# matchtable: a BBC Sport-like league table (one page, 20 rows, a top scorers table beside it).
# ---------------------------------------------------------------------------------------------------

#: (team, short name, won, drawn, lost, goals for, goals against, form oldest first, movement)
MT_TEAMS: list[tuple[str, str, int, int, int, int, int, str, int]] = [
    ("Harrowgate Rovers", "HAR", 19, 6, 3, 58, 24, "WWDWW", 0),
    ("Kingsmoor United", "KIN", 18, 5, 5, 61, 30, "WLWWD", 1),
    ("Castleford Athletic", "CAS", 17, 7, 4, 49, 27, "DWWLW", -1),
    ("Brackenbury Town", "BRA", 15, 8, 5, 44, 29, "WDDWW", 2),
    ("Millwater City", "MIL", 15, 6, 7, 47, 35, "LWWWL", 0),
    ("Saltmarsh Wanderers", "SAL", 14, 7, 7, 40, 31, "WWLDW", -2),
    ("Eastfield Albion", "EAS", 13, 8, 7, 42, 38, "DDWLW", 1),
    ("Redcliffe Borough", "RED", 12, 9, 7, 38, 33, "WDLDD", -1),
    ("Thornbury Park", "THO", 11, 10, 7, 35, 32, "DDDWL", 0),
    ("St Aldhelm's", "STA", 11, 7, 10, 37, 37, "LWLWW", 3),
    ("Ravensholme", "RAV", 10, 9, 9, 33, 34, "WLDLD", 0),
    ("Oakhampton Forest", "OAK", 10, 6, 12, 36, 41, "LLWDW", -2),
    ("Penrith Vale", "PEN", 9, 8, 11, 31, 36, "DLLWD", -1),
    ("Greystone Colliery", "GRE", 8, 10, 10, 29, 35, "DDLDW", 1),
    ("Whitby Harbour", "WHI", 8, 8, 12, 30, 40, "LWDLL", 0),
    ("Ashcombe Rangers", "ASH", 7, 9, 12, 28, 39, "DLDWL", -1),
    ("Fenwick Dynamo", "FEN", 6, 10, 12, 27, 41, "LDDLW", 1),
    ("Lowther Casuals", "LOW", 6, 7, 15, 25, 47, "LLLDW", -1),
    ("Northgate Villa", "NOR", 4, 9, 15, 22, 50, "DLLLD", 0),
    ("Cobham Sporting", "COB", 3, 7, 18, 19, 58, "LLDLL", 0),
]
MT_OPPONENTS = [t[0] for t in MT_TEAMS]
MT_SCORERS = [
    ("Callum Reid", "Kingsmoor United", 21),
    ("Tomás Okafor", "Harrowgate Rovers", 18),
    ("Jamie Ferris", "Millwater City", 15),
    ("Lewis Ndiaye", "Castleford Athletic", 14),
    ("Owen Pritchard", "Brackenbury Town", 12),
]
_RESULT_WORD = {"W": "Won", "D": "Drew", "L": "Lost"}
_RESULT_COLOUR = {"W": "#00a651", "D": "#b3b3b3", "L": "#d20000"}


def _mt_row(position: int, team: tuple[str, str, int, int, int, int, int, str, int]) -> str:
    name, short, won, drawn, lost, gf, ga, form, movement = team
    played = won + drawn + lost
    gd = gf - ga
    gd_text = f"+{gd}" if gd > 0 else str(gd)
    zone = "promotion" if position <= 2 else "playoff" if position <= 6 else "relegation" if position >= 18 else ""
    zone_colour = {"promotion": "#1d70b8", "playoff": "#4c2c92", "relegation": "#d4351c"}.get(zone, "transparent")
    if movement > 0:
        move = f'<span class="{_css("PositionChange")}" aria-hidden="true">▲</span><span class="{_css("VisuallyHidden")}">moved up {movement} place{"s" if movement > 1 else ""}</span>'
    elif movement < 0:
        move = f'<span class="{_css("PositionChange")}" aria-hidden="true">▼</span><span class="{_css("VisuallyHidden")}">moved down {-movement} place{"s" if movement < -1 else ""}</span>'
    else:
        move = f'<span class="{_css("PositionChange")}" aria-hidden="true">●</span><span class="{_css("VisuallyHidden")}">no movement</span>'
    items = []
    for k, letter in enumerate(form):
        opponent = MT_OPPONENTS[(position * 3 + k * 7) % 20]
        if opponent == name:
            opponent = MT_OPPONENTS[(position + 1) % 20]
        a, b = {"W": (2, 1), "D": (1, 1), "L": (0, 2)}[letter]
        if (position + k) % 3 == 0:
            a, b = a + 1, b + (1 if letter == "D" else 0)
        items.append(
            f"""<li class="{_css("FormItem")}"><div class="{_css("FormGuideItem")}" title="{_RESULT_WORD[letter]} {a}-{b} v {esc(opponent)}" data-testid="letter-content" style="background-color:{_RESULT_COLOUR[letter]}"><span aria-hidden="true">{letter}</span><span class="{_css("VisuallyHidden")}">Result {_RESULT_WORD[letter]}</span></div></li>"""
        )
    href = f"/sport/football/teams/{slug(name)}"
    return f"""
        <tr class="{_css("TableRowBody")} {zone}" data-zone="{zone or "none"}" style="border-left:4px solid {zone_colour}">
          <td class="{_css("TableCell")} {_css("RankCell")}"><span class="{_css("Rank")}">{position}</span>{move}</td>
          <td class="{_css("TableCell")} {_css("TeamCell")}">
            <div class="{_css("TeamWrapper")}">
              <img src="https://ichef.bbci.example/ace/standard/32/sport/crests/{slug(name)}.png" alt="" width="18" height="18" loading="lazy" class="{_css("Crest")}">
              <a href="{href}" class="{_css("TeamLink")}"><span class="{_css("TeamNameFull")}">{esc(name)}</span><span class="{_css("TeamNameShort")}" aria-hidden="true">{short}</span></a>
            </div>
          </td>
          <td class="{_css("TableCell")}">{played}</td>
          <td class="{_css("TableCell")} {_css("HideSmall")}">{won}</td>
          <td class="{_css("TableCell")} {_css("HideSmall")}">{drawn}</td>
          <td class="{_css("TableCell")} {_css("HideSmall")}">{lost}</td>
          <td class="{_css("TableCell")} {_css("HideMedium")}">{gf}</td>
          <td class="{_css("TableCell")} {_css("HideMedium")}">{ga}</td>
          <td class="{_css("TableCell")}">{gd_text}</td>
          <td class="{_css("TableCell")}"><strong class="{_css("Points")}">{won * 3 + drawn}</strong></td>
          <td class="{_css("TableCell")} {_css("FormCell")}"><ol class="{_css("FormList")}" aria-label="Last 5 results, oldest first">{"".join(items)}</ol></td>
        </tr>"""


@seventeenth
def build_matchtable() -> None:
    """BBC Sport-like league table."""
    s = Site(
        "matchtable",
        kind="league standings table (BBC Sport 2024–25: ssrcss emotion classes, one table of 20 rows, rank + sr-only movement, crest img + full and short team names in one link, signed goal difference, W/D/L form badges with sr-only 'Result Won' and tooltips, zone colours only as row classes + a legend, a top scorers table in the sidebar; one page)",
        start="sport/football/northern-league/table/",
        description="A BBC Sport-style league table page: cookie banner, navigation, tabs, a season select, one table of 20 teams (rank with movement arrows and sr texts, crest + full name + a short name hidden on wide screens, P W D L F A GD Pts, a five-badge form guide with sr-only results and tooltips), zone colours as row classes and a legend, a top scorers table, a news rail and an advert. Written down: position, team, url, played, won, drawn, lost, goals_for, goals_against, goal_difference, points, form.",
    )
    rows = []
    for position, team in enumerate(MT_TEAMS, 1):
        rows.append(_mt_row(position, team))
        name, _short, won, drawn, lost, gf, ga, form, _m = team
        s.expect(
            {
                "position": position,
                "team": name,
                "url": f"/sport/football/teams/{slug(name)}",
                "played": won + drawn + lost,
                "won": won,
                "drawn": drawn,
                "lost": lost,
                "goals_for": gf,
                "goals_against": ga,
                "goal_difference": gf - ga,
                "points": won * 3 + drawn,
                "form": list(form),
            }
        )
    heads = [
        ("P", "Played"),
        ("W", "Won"),
        ("D", "Drawn"),
        ("L", "Lost"),
        ("F", "Goals For"),
        ("A", "Goals Against"),
        ("GD", "Goal Difference"),
        ("Pts", "Points"),
    ]
    head_cells = "".join(
        f'<th scope="col" class="{_css("TableHeading")}"><abbr title="{t}" class="{_css("Abbr")}">{a}</abbr><span class="{_css("VisuallyHidden")}">{t}</span></th>'
        for a, t in heads
    )
    scorers = "".join(
        f'<tr class="{_css("TableRowBody")}"><td>{i}</td><td><a href="/sport/football/players/{slug(p)}">{esc(p)}</a><span class="{_css("TeamSub")}">{esc(t)}</span></td><td>{g}</td></tr>'
        for i, (p, t, g) in enumerate(MT_SCORERS, 1)
    )
    news = "".join(
        f'<li class="{_css("PromoItem")}"><a href="/sport/football/{n}" class="{_css("PromoLink")}"><span>{esc(t)}</span></a><span class="{_css("MetadataText")}">{ago}</span></li>'
        for n, t, ago in [
            ("68123450", "Kingsmoor close gap with late winner at Penrith Vale", "2h"),
            ("68122981", "Cobham Sporting sack manager after ninth defeat in ten", "5h"),
            ("68120014", "Reid reaches 21 goals as title race tightens", "1d"),
        ]
    )
    page = f"""<!DOCTYPE html>
<html lang="en-GB" class="no-js">
<head>
  <meta charset="utf-8">
  <title>Northern League Table 2024/25 - Football - BBC Sport</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="canonical" href="https://www.bbc.example/sport/football/northern-league/table">
  <style>.{_css("VisuallyHidden")}{{clip:rect(0 0 0 0);clip-path:inset(50%);height:1px;overflow:hidden;position:absolute;width:1px}}@media (min-width:600px){{.{_css("TeamNameShort")}{{display:none}}}}@media (max-width:599px){{.{_css("TeamNameFull")}{{display:none}}.{_css("HideSmall")}{{display:none}}}}</style>
  <script>window.__INITIAL_DATA__={json.dumps({"page": {"id": "sport-football-table", "competition": "northern-league", "season": "2024-25"}, "analytics": {"producer": "SPORT"}})};</script>
</head>
<body>
  <div id="bbccookies" class="bbccookies-banner" role="region" aria-label="Cookie banner">
    <div class="bbccookies-banner__content"><h2>Let us know you agree to cookies</h2>
      <p>We use <a href="/usingthebbc/cookies/">cookies</a> to give you the best online experience. Please let us know if you agree to all of these cookies.</p>
      <button id="bbccookies-continue-button" class="bbccookies-button">Yes, I agree</button> <a href="/usingthebbc/cookies/how-can-i-change-my-bbc-cookie-settings/" class="bbccookies-button">No, take me to settings</a></div>
  </div>
  <header class="{_css("GlobalNavigation")}" role="banner">
    <a href="/" class="{_css("BrandingLink")}"><svg aria-hidden="true" focusable="false" viewBox="0 0 84 24"><path d="M0 0h24v24H0z"/></svg><span class="{_css("VisuallyHidden")}">BBC Homepage</span></a>
    <nav aria-label="BBC"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li><li><a href="/iplayer">iPlayer</a></li><li><a href="/sounds">Sounds</a></li></ul></nav>
    <a href="/account" class="{_css("AccountLink")}">Sign in</a>
  </header>
  <nav class="{_css("SportNavigation")}" aria-label="Sport"><ul><li><a href="/sport/football">Football</a></li><li><a href="/sport/cricket">Cricket</a></li><li><a href="/sport/formula1">Formula 1</a></li><li><a href="/sport/rugby-union">Rugby U</a></li><li><a href="/sport/tennis">Tennis</a></li></ul></nav>
  <main id="main-content" class="{_css("Main")}">
    <h1 class="{_css("Heading")}" id="main-heading">Northern League Table</h1>
    <nav aria-label="Northern League" class="{_css("SecondaryNavigation")}"><ul>
      <li><a href="/sport/football/northern-league">Home</a></li><li><a href="/sport/football/northern-league/scores-fixtures">Scores &amp; Fixtures</a></li>
      <li><a href="/sport/football/northern-league/table" aria-current="page">Table</a></li><li><a href="/sport/football/northern-league/top-scorers">Top Scorers</a></li></ul></nav>
    <div class="{_css("Grid")}">
      <div class="{_css("PrimaryColumn")}">
        <div class="{_css("SeasonSelect")}"><label for="season">Season</label><select id="season"><option selected>2024/25</option><option>2023/24</option><option>2022/23</option></select>
          <p class="{_css("UpdatedAt")}">Updated: <time datetime="2025-03-16T17:28:00Z">16 March 2025, 17:28 GMT</time></p></div>
        <table class="{_css("Table")} e3bga5w5" data-testid="football-table">
          <caption class="{_css("Caption")}"><span class="{_css("VisuallyHidden")}">Northern League table 2024/25</span></caption>
          <thead><tr class="{_css("TableRowHeader")}"><th scope="col" class="{_css("TableHeading")}"><span class="{_css("VisuallyHidden")}">Position</span></th><th scope="col" class="{_css("TableHeading")}">Team</th>{head_cells}<th scope="col" class="{_css("TableHeading")}">Form<span class="{_css("VisuallyHidden")}">, last 5 results, oldest first</span></th></tr></thead>
          <tbody>{"".join(rows)}
          </tbody>
        </table>
        <div class="{_css("Legend")}" aria-label="Key">
          <h3 class="{_css("LegendHeading")}">Key</h3>
          <ul><li><span class="{_css("Swatch")}" style="background:#1d70b8"></span>Promotion</li><li><span class="{_css("Swatch")}" style="background:#4c2c92"></span>Play-offs</li><li><span class="{_css("Swatch")}" style="background:#d4351c"></span>Relegation</li></ul>
          <p>Form guide: <span class="{_css("FormKey")}">W</span> Won, <span class="{_css("FormKey")}">D</span> Drew, <span class="{_css("FormKey")}">L</span> Lost. Teams level on points are separated by goal difference, then goals scored.</p>
        </div>
      </div>
      <aside class="{_css("SecondaryColumn")}">
        <div class="{_css("Advert")}" id="dotcom-mpu" data-ad-slot="mpu"><span class="{_css("AdLabel")}">Advertisement</span></div>
        <section aria-labelledby="top-scorers"><h2 id="top-scorers" class="{_css("SectionHeading")}">Top scorers</h2>
          <table class="{_css("Table")} {_css("CompactTable")}"><thead><tr><th>#</th><th>Player</th><th>Goals</th></tr></thead><tbody>{scorers}</tbody></table>
          <a href="/sport/football/northern-league/top-scorers" class="{_css("MoreLink")}">View all top scorers</a></section>
        <section aria-labelledby="latest"><h2 id="latest" class="{_css("SectionHeading")}">Latest</h2><ul class="{_css("PromoList")}">{news}</ul></section>
      </aside>
    </div>
  </main>
  <footer class="{_css("Footer")}" role="contentinfo"><ul><li><a href="/usingthebbc/terms">Terms of Use</a></li><li><a href="/aboutthebbc">About the BBC</a></li><li><a href="/usingthebbc/privacy">Privacy Policy</a></li><li><a href="/usingthebbc/cookies">Cookies</a></li></ul>
    <p>Copyright © 2025 BBC. The BBC is not responsible for the content of external sites.</p></footer>
</body>
</html>"""
    s.list_page("sport/football/northern-league/table/index.html", page)
    s.finish()


# ---------------------------------------------------------------------------------------------------
# fernsehplan: a TV Spielfilm-like TV listings grid (German), one page per day.
# ---------------------------------------------------------------------------------------------------

FP_CHANNELS = {"ard": "Das Erste", "zdf": "ZDF", "rtl": "RTL", "arte": "arte"}
#: per day: (channel key, "HH:MM", title, genre, episode, badge, description, next day?)
FP_DAYS: list[tuple[date, list[tuple[str, str, str, str, str, str, str, bool]]]] = [
    (
        date(2025, 3, 14),
        [
            (
                "ard",
                "20:15",
                "Der Kommissar und das Meer",
                "Krimi",
                "",
                "",
                "Robert Anders ermittelt im Fall eines toten Fischers auf Gotland.",
                False,
            ),
            ("ard", "21:45", "Tagesthemen", "Nachrichten", "", "Live", "", False),
            ("zdf", "20:15", "Der Alte", "Krimi", "S47 E3", "Neu", "", False),
            (
                "zdf",
                "21:15",
                "SOKO Leipzig",
                "Krimi",
                "S24 E11",
                "",
                "Ein Brandanschlag auf ein Café führt das Team in die Hausbesetzerszene.",
                False,
            ),
            ("zdf", "22:30", "heute-show", "Satire", "", "", "", False),
            (
                "rtl",
                "20:15",
                "Let's Dance",
                "Show",
                "S18 E4",
                "Live",
                "Die Kennenlernshow geht in die vierte Runde.",
                False,
            ),
            ("rtl", "23:15", "Temptation Island VIP", "Reality", "S5 E2", "", "", False),
            (
                "arte",
                "20:15",
                "Der Tunnel",
                "Thriller",
                "",
                "",
                "Zwei Ermittler an der deutsch-dänischen Grenze.",
                False,
            ),
            ("arte", "21:50", "Die Kathedralen Europas", "Doku", "S1 E2", "Neu", "", False),
            ("arte", "00:05", "Tracks East", "Magazin", "", "", "", True),
        ],
    ),
    (
        date(2025, 3, 15),
        [
            (
                "ard",
                "20:15",
                "Sportschau",
                "Sport",
                "",
                "Live",
                "Bundesliga, 26. Spieltag: das Topspiel des Abends.",
                False,
            ),
            ("ard", "22:00", "Tatort", "Krimi", "", "", "", False),
            (
                "zdf",
                "20:15",
                "Ein starkes Team",
                "Krimi",
                "",
                "Neu",
                "Otto und Linett ermitteln in Berlin-Kreuzberg.",
                False,
            ),
            ("zdf", "21:45", "Das aktuelle Sportstudio", "Sport", "", "Live", "", False),
            ("rtl", "20:15", "Wer wird Millionär?", "Quiz", "", "", "", False),
            (
                "rtl",
                "22:45",
                "Die Bergretter",
                "Serie",
                "S15 E6",
                "",
                "Eine Lawine verschüttet zwei Skitourengeher.",
                False,
            ),
            ("arte", "20:15", "Ein Sommer in Lissabon", "Drama", "", "", "", False),
            (
                "arte",
                "21:45",
                "Jazz an der Seine",
                "Musik",
                "",
                "Neu",
                "Ein Konzertabend aus dem Pariser Sunset.",
                False,
            ),
            ("arte", "23:30", "Kurzschluss", "Magazin", "S12 E9", "", "", False),
            ("arte", "00:25", "Square Idee", "Magazin", "", "", "", True),
        ],
    ),
    (
        date(2025, 3, 16),
        [
            (
                "ard",
                "20:15",
                "Tatort: Schattenmann",
                "Krimi",
                "",
                "Neu",
                "Kommissarin Lindholm und ein Cold Case in Göttingen.",
                False,
            ),
            ("ard", "21:45", "Caren Miosga", "Talkshow", "", "Live", "", False),
            ("zdf", "20:15", "Rosamunde Pilcher", "Romanze", "", "", "", False),
            ("zdf", "21:45", "Die Wache", "Krimi", "S2 E4", "", "Ein Einbruch im Polizeirevier selbst.", False),
            ("rtl", "20:15", "Jurassic World: Ein neues Zeitalter", "Abenteuer", "", "", "", False),
            ("rtl", "23:05", "Spiegel TV Magazin", "Reportage", "", "", "", False),
            (
                "arte",
                "20:15",
                "Die Schatzinsel",
                "Abenteuer",
                "",
                "",
                "Robert Louis Stevensons Klassiker in der Verfilmung von 1950.",
                False,
            ),
            ("arte", "22:05", "Lang Lang spielt Chopin", "Musik", "", "", "", False),
        ],
    ),
]
FP_WEEKDAY = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"]


def _fp_url(title: str, channel: str, day: date, hhmm: str) -> str:
    number = 10_000_000 + zlib.crc32(f"{title}{channel}{day}{hhmm}".encode()) % 9_000_000
    return f"/tv-programm/sendung/{slug(title)},{number}.html"


def _fp_card(item: tuple[str, str, str, str, str, str, str, bool], day: date, index: int) -> tuple[str, dict[str, Any]]:
    channel, hhmm, title, genre, episode, badge, blurb, next_day = item
    shown = day + timedelta(days=1 if next_day else 0)
    start = datetime.fromisoformat(f"{shown.isoformat()}T{hhmm}:00+01:00").isoformat()
    href = _fp_url(title, channel, day, hhmm)
    sub = f"{genre} | {episode}" if episode else f"{genre} | D {2023 + index % 3}" if index % 2 else genre
    badge_html = f'<span class="tv-program__badge tv-program__badge--{badge.lower()}">{badge}</span>' if badge else ""
    tipp = (
        '<span class="tv-program__tipp" title="TV SPIELFILM Tipp"><svg class="icon icon-thumb-up" aria-hidden="true"><use href="#thumb-up"></use></svg><span class="sr-only">Tipp</span></span>'
        if index % 4 == 1
        else ""
    )
    blurb_html = f'<p class="tv-program__text">{esc(blurb)}</p>' if blurb else ""
    card = f"""
          <article class="tv-program js-program{" tv-program--live" if badge == "Live" else ""}" data-broadcast-id="{href.rsplit(",", 1)[1].removesuffix(".html")}" data-channel="{channel}">
            <div class="tv-program__time"><time datetime="{start}">{hhmm}</time>{badge_html}</div>
            <div class="tv-program__body">
              <a href="{href}" class="tv-program__title js-track-link" title="{esc(title)}" data-tracking='{{"event":"program_click","channel":"{channel}"}}'><strong>{esc(title)}</strong></a>
              <span class="tv-program__genre">{esc(sub)}</span>
              {blurb_html}
            </div>
            <div class="tv-program__actions">{tipp}<button type="button" class="tv-program__remember js-remember" aria-label="{esc(title)} merken"><svg class="icon icon-bookmark" aria-hidden="true"><use href="#bookmark"></use></svg></button></div>
          </article>"""
    record = {
        "channel": FP_CHANNELS[channel],
        "title": title,
        "url": href,
        "start": start,
        "episode": episode or None,
        "genre": genre,
        "badge": badge or None,
    }
    return card, record


def _fp_tabs(current: date) -> str:
    """The day tabs: the days the listings hold, then a link to the week view (another path)."""
    tabs = []
    for k in range(3):
        day = date(2025, 3, 14) + timedelta(days=k)
        label = "Heute" if k == 0 else "Morgen" if k == 1 else f"{FP_WEEKDAY[day.weekday()]} {day:%d.%m.}"
        attrs = ' aria-current="page" class="day-tabs__item is-active"' if day == current else ' class="day-tabs__item"'
        tabs.append(
            f'<li><a href="/tv-programm/sendungen/?date={day.isoformat()}&amp;time=prime"{attrs}>{label}</a></li>'
        )
    tabs.append(
        '<li><a href="/tv-programm/wochenuebersicht/" class="day-tabs__item day-tabs__item--week">Woche</a></li>'
    )
    return "".join(tabs)


@seventeenth
def build_fernsehplan() -> None:
    """TV Spielfilm-like TV listings, three days."""
    s = Site(
        "fernsehplan",
        kind="TV listings grid (TV Spielfilm 2024–25, German: channel rows of program cards, time[datetime] with +01:00 and after-midnight programmes, genre + episode sub lines split by a pipe ('Krimi', 'S3 E4'), Live / Neu badges, optional descriptions, day tabs as pages over ?date= with a 'Woche' link to another path in the same bar, a 'Jetzt im TV' sidebar repeating programmes, consent overlay, ads)",
        start="tv-programm/sendungen/?date=2025-03-14&time=prime",
        description="A German TV listings page: consent overlay, header, day tabs (Heute / Morgen / So 16.03.) linking ?date=… and a Woche link to the week view, a prime-time grid of channel rows (logo + sr-only channel name) each holding program cards (time element with a full datetime, title link, 'Genre | S3 E4' or 'Genre | D 2024' line, Live / Neu badges, short texts on some, Tipp icons, a remember button), a 'Jetzt im TV' sidebar, ads between rows and a footer. Three days of 10, 10 and 8 programmes. Written down: channel, title, url, start, episode, genre, badge.",
    )
    for day, items in FP_DAYS:
        by_channel: dict[str, list[str]] = {k: [] for k in FP_CHANNELS}
        for index, item in enumerate(items):
            card, record = _fp_card(item, day, index)
            by_channel[item[0]].append(card)
            s.expect(record)
        rows = []
        for n, (key, name) in enumerate(FP_CHANNELS.items()):
            rows.append(
                f"""
        <section class="channel-row" data-channel="{key}">
          <div class="channel-row__channel"><a href="/tv-programm/sender/{key}/" class="channel-logo"><img src="/static/logos/{key}.svg" alt="{esc(name)}" width="60" height="30"><span class="sr-only">{esc(name)}</span></a></div>
          <div class="channel-row__programs">{"".join(by_channel[key])}
          </div>
        </section>"""
            )
            if n == 1:
                rows.append(
                    '<div class="ad-container ad-container--billboard" id="ad-billboard-2" data-ad-position="inline"><span class="ad-label">Anzeige</span></div>'
                )
        now = items[0], items[2], items[5]
        sidebar = "".join(
            f'<li class="now-on-tv__item"><span class="now-on-tv__channel">{FP_CHANNELS[c]}</span> <a href="{_fp_url(t, c, day, h)}">{esc(t)}</a> <span class="now-on-tv__progress" style="width:{30 + 10 * i}%"></span></li>'
            for i, (c, h, t, *_rest) in enumerate(now)
        )
        path = f"tv-programm/sendungen/@date={day.isoformat()}&time=prime"
        label = f"{FP_WEEKDAY[day.weekday()]}, {day:%d.%m.%Y}"
        page = f"""<!DOCTYPE html>
<html lang="de">
<head>
  <meta charset="utf-8">
  <title>TV-Programm {label} – Primetime | fernsehplan</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href="/assets/css/main.4c1f2a.css">
  <script>window._sp_queue=[];window._sp_={{config:{{accountId:1234,baseEndpoint:"https://cdn.privacy-mgmt.example"}}}};</script>
</head>
<body class="page-tv-program">
  <div id="sp_message_container_912345" class="sp_message_container" style="display:block">
    <div class="message-component message-row"><p>Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und Werbung zu messen.</p>
      <button class="message-component message-button sp_choice_type_11" title="Akzeptieren">Akzeptieren</button><button class="message-component message-button sp_choice_type_12" title="Einstellungen">Einstellungen</button></div>
  </div>
  <svg style="display:none"><symbol id="thumb-up" viewBox="0 0 24 24"><path d="M1 21h4V9H1z"/></symbol><symbol id="bookmark" viewBox="0 0 24 24"><path d="M17 3H7v18l5-3 5 3z"/></symbol></svg>
  <header class="header"><a href="/" class="header__logo"><img src="/static/logo.svg" alt="fernsehplan"></a>
    <nav class="header__nav"><ul><li><a href="/tv-programm/sendungen/">TV-Programm</a></li><li><a href="/tv-tipps/">TV-Tipps</a></li><li><a href="/filme/">Filme</a></li><li><a href="/serien/">Serien</a></li><li><a href="/streaming/">Streaming</a></li></ul></nav>
    <form class="header__search" action="/suche/"><input type="search" name="q" placeholder="Sendung, Film, Star suchen"><button>Suchen</button></form></header>
  <div class="ad-container ad-container--superbanner" id="ad-superbanner"><span class="ad-label">Anzeige</span></div>
  <main class="tv-program-page">
    <h1 class="headline">TV-Programm heute: Was läuft um 20:15?</h1>
    <nav class="day-tabs" aria-label="Tag wählen"><ul>{_fp_tabs(day)}</ul></nav>
    <div class="filter-bar"><label>Uhrzeit <select name="time"><option>Jetzt</option><option selected>Primetime 20:15</option><option>22:00</option><option>Ganzer Tag</option></select></label>
      <label>Sender <select name="channels"><option>Hauptsender</option><option>Alle Sender</option></select></label>
      <p class="filter-bar__date">{label}</p></div>
    <div class="channel-grid">{"".join(rows)}
    </div>
  </main>
  <aside class="sidebar"><section class="now-on-tv"><h2>Jetzt im TV</h2><ul>{sidebar}</ul></section>
    <section class="teaser"><h2>Streaming-Tipps</h2><ul><li><a href="/streaming/neu-auf-netflix/">Neu auf Netflix im März</a></li><li><a href="/streaming/ard-mediathek-tipps/">Die besten Serien in der Mediathek</a></li></ul></section></aside>
  <footer class="footer"><ul><li><a href="/impressum/">Impressum</a></li><li><a href="/datenschutz/">Datenschutz</a></li><li><a href="/agb/">AGB</a></li><li><a href="#" onclick="window._sp_.gdpr.loadPrivacyManagerModal(1);return false">Privatsphäre</a></li></ul><p>© 2025 fernsehplan – alle Angaben ohne Gewähr</p></footer>
</body>
</html>"""
        s.list_page(path, page)
    s.finish()


# ---------------------------------------------------------------------------------------------------
# lanternhollow: a band's Squarespace tour page with the Bandsintown widget (upcoming + two past pages).
# ---------------------------------------------------------------------------------------------------

#: (ISO day, venue, city, country or US state, status, support acts, festival?, rescheduled from)
LH_SHOWS: list[tuple[str, str, str, str, str, list[str], bool, str]] = [
    # upcoming (page 1)
    ("2025-03-14", "Gorilla", "Manchester", "United Kingdom", "Tickets", ["Paper Moths"], False, ""),
    ("2025-03-15", "The Leadmill", "Sheffield", "United Kingdom", "Sold out", ["Paper Moths"], False, ""),
    ("2025-03-18", "King Tut's Wah Wah Hut", "Glasgow", "United Kingdom", "Tickets", [], False, "2 Feb"),
    ("2025-03-21", "Electric Ballroom", "London", "United Kingdom", "Tickets", ["Paper Moths", "Juno Vale"], False, ""),
    ("2025-04-03", "Paradiso Noord", "Amsterdam", "Netherlands", "Tickets", [], False, ""),
    ("2025-04-05", "Lido", "Berlin", "Germany", "Sold out", ["Hollow Pines"], False, ""),
    ("2025-04-06", "Molotow", "Hamburg", "Germany", "Tickets", ["Hollow Pines"], False, ""),
    ("2025-05-24", "Primavera Sound", "Barcelona", "Spain", "Tickets", [], True, ""),
    ("2025-06-12", "Thalia Hall", "Chicago", "IL, United States", "Notify me", [], False, ""),
    ("2025-06-14", "Bowery Ballroom", "New York", "NY, United States", "Notify me", ["Cold Harbour"], False, ""),
    # past (page 2)
    ("2024-11-30", "Whelan's", "Dublin", "Ireland", "", [], False, ""),
    ("2024-11-28", "Limelight 2", "Belfast", "United Kingdom", "", ["Ferns"], False, ""),
    ("2024-11-23", "Trinity Centre", "Bristol", "United Kingdom", "Cancelled", [], False, ""),
    ("2024-11-22", "Hare & Hounds", "Birmingham", "United Kingdom", "", ["Ferns"], False, ""),
    ("2024-08-17", "Green Man", "Crickhowell", "United Kingdom", "", [], True, ""),
    ("2024-07-06", "Roskilde Festival", "Roskilde", "Denmark", "", [], True, ""),
    ("2024-05-11", "Botanique", "Brussels", "Belgium", "", ["Maple Static"], False, ""),
    ("2024-05-09", "La Maroquinerie", "Paris", "France", "", ["Maple Static"], False, ""),
    ("2024-05-08", "Bitterzoet", "Amsterdam", "Netherlands", "", [], False, ""),
    ("2024-05-04", "Scala", "London", "United Kingdom", "", ["Maple Static", "Tilde"], False, ""),
    # older (page 3)
    ("2023-10-14", "The Garage", "Glasgow", "United Kingdom", "", [], False, ""),
    ("2023-10-12", "Brudenell Social Club", "Leeds", "United Kingdom", "", ["Tilde"], False, ""),
    ("2023-10-11", "Rough Trade", "Nottingham", "United Kingdom", "", [], False, ""),
    ("2023-08-26", "End of the Road", "Salisbury", "United Kingdom", "", [], True, ""),
    ("2023-04-29", "Oslo Hackney", "London", "United Kingdom", "", ["Tilde"], False, ""),
    ("2023-04-28", "The Louisiana", "Bristol", "United Kingdom", "Cancelled", [], False, ""),
]
LH_ARTIST = "Lantern Hollow"


def _lh_event(
    index: int, show: tuple[str, str, str, str, str, list[str], bool, str], *, past: bool
) -> tuple[str, dict[str, Any]]:
    day_iso, venue, city, country, status, support, festival, moved = show
    day = date.fromisoformat(day_iso)
    event_id = 104_800_000 + zlib.crc32(f"{day_iso}{venue}".encode()) % 900_000
    event_link = f"https://www.bandsintown.example/e/{event_id}-lantern-hollow-at-{slug(venue)}?came_from=267&amp;utm_medium=web&amp;app_id=js_lanternhollow.com"
    url = None
    if status == "Tickets":
        url = f"https://www.bandsintown.example/t/{event_id}?app_id=js_lanternhollow.com&came_from=267&utm_source=public_api&utm_medium=widget"
        button = f'<a class="bit-button bit-offers" href="{esc(url)}" target="_blank" rel="noopener nofollow" aria-label="Tickets for {esc(venue)} ({esc(city)}) on {day:%b %d, %Y}"><span class="bit-button-text">Tickets</span></a>'
    elif status == "Sold out":
        button = '<span class="bit-button bit-button-disabled bit-offers-sold-out" aria-disabled="true">Sold out</span>'
    elif status == "Notify me":
        button = f'<a class="bit-button bit-rsvp" href="https://www.bandsintown.example/e/{event_id}?came_from=267&amp;trigger=notify_me" target="_blank" rel="noopener nofollow">Notify me</a>'
    elif status == "Cancelled":
        button = '<span class="bit-event-cancelled">Cancelled</span>'
    else:
        button = ""
    year = f'<div class="bit-date-year">{day.year}</div>' if past else ""
    lineup = f'<div class="bit-lineup">with {", ".join(esc(a) for a in support)}</div>' if support else ""
    badge = '<span class="bit-festival-tag">Festival</span>' if festival else ""
    note = f'<div class="bit-event-note bit-rescheduled">Rescheduled from {moved}</div>' if moved else ""
    location = f"{city}, {country}"
    html_text = f"""
        <div class="bit-event{" bit-past-event" if past else ""}" data-event-id="{event_id}" role="listitem">
          <a class="bit-event-data" href="{event_link}" target="_blank" rel="noopener nofollow" aria-label="{esc(LH_ARTIST)} at {esc(venue)}">
            <div class="bit-details-inner-wrapper">
              <div class="bit-date" aria-hidden="true"><div class="bit-date-weekday">{f"{day:%a}".upper()}</div><div class="bit-date-day">{day.day:02d}</div><div class="bit-date-month">{f"{day:%b}".upper()}</div>{year}</div>
              <div class="bit-titleWrapper">
                <div class="bit-venue">{esc(venue)} {badge}</div>
                <div class="bit-location">{esc(location)}</div>
                {lineup}{note}
              </div>
            </div>
          </a>
          <div class="bit-offers-container">{button}</div>
        </div>"""
    record = {
        "date": day_iso,
        "city": city,
        "country": country.rsplit(", ", 1)[-1],
        "venue": venue,
        "url": url,
        "status": status or None,
        "support": support or None,
    }
    return html_text, record


def _lh_page(title: str, body: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>{title} — Lantern Hollow</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href="https://static1.squarespace.example/static/versioned-site-css/64f1/12/5c5a/site.css">
  <script>Static = window.Static || {{}}; Static.SQUARESPACE_CONTEXT = {json.dumps({"website": {"siteTitle": "Lantern Hollow"}, "templateId": "5c5a519771c10ba3470d8101", "collectionId": "64f1a2"})};</script>
</head>
<body class="collection-type-page header-layout-nav-center tweak-global-animations-enabled">
  <div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><a href="/store" class="sqs-announcement-bar-url"><p>New album <em>Salt &amp; Ember</em> out 7 March — pre-order the vinyl</p></a><span class="sqs-announcement-bar-close" role="button" aria-label="Close Announcement">×</span></div></div>
  <header id="header" class="header theme-col--primary" data-section-theme="dark"><div class="header-inner">
    <div class="header-title"><a href="/" class="header-title-text">LANTERN HOLLOW</a></div>
    <nav class="header-nav"><div class="header-nav-item"><a href="/music">Music</a></div><div class="header-nav-item header-nav-item--active"><a href="/tour" aria-current="page">Tour</a></div><div class="header-nav-item"><a href="/store">Store</a></div><div class="header-nav-item"><a href="/about">About</a></div></nav>
    <div class="header-actions"><a href="https://instagram.example/lanternhollow" aria-label="Instagram"><svg class="social-icon"><use href="#instagram-unauth-icon"></use></svg></a><a href="https://open.spotify.example/artist/5hX" aria-label="Spotify"><svg class="social-icon"><use href="#spotify-unauth-icon"></use></svg></a></div>
  </div></header>
  <main id="page" class="container" role="main">
    <article class="sections" id="sections" data-page-sections="64f1a2c0">
      <section class="page-section layout-engine-section background-width--full-bleed section-height--medium" data-section-theme="white">
        <div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page" id="page-64f1a2">
          <div class="row sqs-row"><div class="col sqs-col-12 span-12">
            <div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><h1 style="white-space:pre-wrap;">{title}</h1><p class="sqs-html-content">Salt &amp; Ember tour 2025. VIP upgrades are limited — see the FAQ below.</p></div></div>
            <div class="sqs-block code-block sqs-block-code" data-block-type="23"><div class="sqs-block-content">
              {body}
            </div></div>
            <div class="sqs-block newsletter-block sqs-block-newsletter"><div class="newsletter-form-wrapper"><h2>Be the first to hear about new dates</h2><form class="newsletter-form"><input type="email" name="email" placeholder="Email Address" aria-label="Email Address"><button type="submit" class="newsletter-form-button">Sign Up</button></form><p>We respect your privacy.</p></div></div>
            <div class="sqs-block accordion-block"><ul class="accordion-items-container"><li class="accordion-item"><h4 class="accordion-item__title">Are the shows all ages?</h4><div class="accordion-item__description"><p>UK shows are 14+ (under 16s accompanied by an adult) unless stated otherwise.</p></div></li></ul></div>
          </div></div>
        </div></div></div>
      </section>
    </article>
  </main>
  <footer class="sections" id="footer-sections"><section class="page-section"><div class="content"><p>© 2025 Lantern Hollow. Management: <a href="mailto:mgmt@lanternhollow.example">mgmt@lanternhollow.example</a></p><p><a href="/privacy">Privacy</a> · <a href="/cookie-policy">Cookie policy</a></p></div></section></footer>
  <div class="sqs-cookie-banner-v2" role="region" aria-label="Cookie banner"><div class="sqs-cookie-banner-v2-cta-container"><p>This website uses cookies to improve your experience.</p><button class="sqs-cookie-banner-v2-accept">Accept</button><button class="sqs-cookie-banner-v2-decline">Decline</button></div></div>
</body>
</html>"""


def _lh_widget(tab: str, groups: str, footer: str) -> str:
    upcoming = ' class="bit-nav-active" aria-selected="true"' if tab == "upcoming" else ""
    past = ' class="bit-nav-active" aria-selected="true"' if tab == "past" else ""
    return f"""<script charset="utf-8" src="https://widgetv3.bandsintown.example/main.min.js"></script>
              <div class="bit-widget-initializer" data-artist-name="id_15513072" data-display-local-dates="false" data-display-past-dates="true" data-auto-style="false" data-text-color="#FFFFFF" data-link-color="#c9a227" data-display-limit="10" data-display-start-time="false" data-display-lineup="true" data-display-play-my-city="true" data-separator-color="rgba(124,124,124,0.25)"></div>
              <div class="bit-widget-container"><div class="bit-widget bit-layout-desktop">
                <div class="bit-top-track-button"><a class="bit-track-artist-header" href="https://www.bandsintown.example/artist-subscribe/15513072?came_from=267" target="_blank">Follow</a> <span class="bit-followers">12,408 followers</span></div>
                <div class="bit-nav-bar" role="tablist"><a href="/tour" role="tab"{upcoming}>Upcoming</a><a href="/tour/past" role="tab"{past}>Past</a><a href="https://www.bandsintown.example/artist-request/15513072" role="tab" target="_blank">Request a Show</a></div>
                <div class="bit-events-container" role="list">{groups}
                </div>
                {footer}
                <div class="bit-logo-container"><a href="https://www.bandsintown.example/" target="_blank" class="bit-logo-link">Powered by Bandsintown</a></div>
              </div></div>"""


def _lh_groups(shows: list[tuple[str, str, str, str, str, list[str], bool, str]], *, past: bool, s: Site) -> str:
    out, month = [], ""
    for index, show in enumerate(shows):
        day = date.fromisoformat(show[0])
        if not past and f"{day:%B %Y}" != month:
            month = f"{day:%B %Y}"
            out.append(f'\n                  <div class="bit-month-header" role="presentation">{month}</div>')
        html_text, record = _lh_event(index, show, past=past)
        out.append(html_text)
        s.expect(record)
        if not past and index == 3:
            out.append(
                '\n        <div class="bit-play-my-city"><p>Don\'t see your city?</p><a class="bit-button bit-play-my-city-button" href="https://www.bandsintown.example/artist-request/15513072" target="_blank">Request a show</a></div>'
            )
    return "".join(out)


@seventeenth
def build_lanternhollow() -> None:
    """A band's Squarespace tour page with the Bandsintown widget."""
    s = Site(
        "lanternhollow",
        kind="band tour dates (Squarespace 7.1 page + Bandsintown widget 2024–25: bit-event rows, FRI / 14 / MAR date blocks with the year only in month headings, 'City, Country' lines, 'with …' support lines, Festival tags, 'Rescheduled from' notes, Tickets links / greyed Sold out spans / Notify me links, a 'Request a show' row, Upcoming / Past tabs and 'Show past dates' / 'Older dates' pages)",
        start="tour",
        description="A band's tour page on Squarespace: announcement bar, header, a code block holding the Bandsintown widget (Follow button, Upcoming / Past / Request a Show tabs, month headings 'March 2025', bit-event rows with an uppercase weekday / day / month date block, venue with a Festival tag on some, 'City, Country' location, 'with …' support line, 'Rescheduled from 2 Feb' note, and a Tickets link, a greyed Sold out span or a Notify me link), a 'Request a show' row between events, 'Show past dates' to /tour/past and 'Older dates' to /tour/past?page=2 (past rows carry the year, no buttons except Cancelled), a newsletter block, an FAQ accordion, a cookie banner. 10, 10 and 6 shows. Written down: date, city, country, venue, url (the ticket link), status, support.",
    )
    pages = chunks(LH_SHOWS, [10, 10, 6])
    groups = _lh_groups(pages[0], past=False, s=s)
    footer = '<div class="bit-show-more-past"><a class="bit-button bit-past-dates-button" href="/tour/past">Show past dates</a></div>'
    s.list_page("tour/index.html", _lh_page("Tour", _lh_widget("upcoming", groups, footer)))
    groups = _lh_groups(pages[1], past=True, s=s)
    footer = '<div class="bit-show-more-past"><a class="bit-button" href="/tour">Upcoming dates</a> <a class="bit-button bit-older-dates" href="/tour/past?page=2" rel="next">Older dates</a></div>'
    s.list_page("tour/past/index.html", _lh_page("Past shows", _lh_widget("past", groups, footer)))
    groups = _lh_groups(pages[2], past=True, s=s)
    footer = '<div class="bit-show-more-past"><a class="bit-button" href="/tour/past" rel="prev">Newer dates</a></div>'
    s.list_page("tour/past@page=2", _lh_page("Past shows", _lh_widget("past", groups, footer)))
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in SEVENTEENTH.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
