"""Nineteenth wave, part C: two list sites built the way 2024–25 apps build them, written and measured
before any heuristic was changed for them (a football scoreboard and a Notion-published database table).
A third, a clinical-trial search over a JSON API, was left out: a held-out site of the same product had
been frozen first.

* **scorecentre** — an ESPN-like soccer scoreboard of one league: a date strip of day links
  ``?date=20250315``, a league dropdown, ad slots; per day a ``section.Card`` headed "Saturday, March 15,
  2025" holding ``section.Scoreboard`` cards, each with two ``li.ScoreboardScoreCell__Item`` rows (home
  first: logo ``img``, team link, "(12-5-3)" record, score, ``ScoreboardScoreCell__Item--winner``), the
  status "FT" / "HT" / "75'" / "Postponed" / a kick-off time "3:00 PM", the venue and city, a TV
  network, goal scorers, "Gamecast" / "Highlights" buttons to ``/soccer/match/_/gameId/…``. Three days
  (the start day, then the next two through the strip). Written down: date, home_team, away_team,
  home_score, away_score (where played), status, venue, url (the Gamecast link).
* **notionboard** — a Notion-published public roadmap (Notion Sites 2024–25): the topbar with
  "Get Notion free", a cover and icon, the title and description, view tabs, then
  ``div.notion-table-view`` with a header row of property cells (svg icon + "Name" / "Status" / …) and
  ``div.notion-collection-item`` rows of ``div.notion-table-view-cell[data-col-index]`` cells, inline styles
  everywhere: the title link ``/Dark-mode-for-the-editor-<32 hex>``, a status pill with a dot, tag pills
  with inline background colours, "March 14, 2025", an avatar + owner name, a priority pill; a "Load more"
  row and a "Calculate" footer row. One page of 40 rows. Written down: name, url, status, tags (list),
  date, owner, priority (where shown).

Run ``uv run python tests/sites/corpus/generate_nineteenth_c.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**.
"""

# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc, slug

NINETEENTH_C: dict[str, Callable[[], None]] = {}


def nineteenth_c(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    NINETEENTH_C[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _hex(text: str, length: int = 32) -> str:
    """A stable hex id (Notion page ids, tokens)."""
    return hashlib.sha1(text.encode()).hexdigest()[:length]


# ---------------------------------------------------------------------------------------------------
# scorecentre: an ESPN-like soccer scoreboard, one league, three days through the date strip.
# ---------------------------------------------------------------------------------------------------

SC_LEAGUE = "cpd.1"
SC_LEAGUE_NAME = "Coastal Premier Division"
SC_FIRST = date(2025, 3, 15)
# team: (id, stadium, city, W-D-L)
SC_TEAMS: dict[str, tuple[int, str, str, str]] = {
    "Harbour City": (4101, "Quayside Arena", "Portmere, England", "17-6-5"),
    "Kingsbridge Rovers": (4102, "Bridge Road", "Kingsbridge, England", "15-8-5"),
    "Ashford Vale": (4103, "Vale Park Stadium", "Ashford Vale, England", "14-6-8"),
    "Marlow Athletic": (4104, "The Meadow", "Marlow, England", "12-9-7"),
    "Saltcombe United": (4105, "Cliff Lane", "Saltcombe, England", "12-5-11"),
    "Westbury Town": (4106, "Westbury Community Stadium", "Westbury, England", "11-8-9"),
    "Ravensholme": (4107, "Raven's Nest", "Ravensholme, England", "11-7-10"),
    "Dunmore Wanderers": (4108, "Castle Park", "Dunmore, England", "10-9-9"),
    "Fenwick City": (4109, "Fenwick Road", "Fenwick, England", "10-7-11"),
    "Eastleigh Borough": (4110, "Silverlake Ground", "Eastleigh, England", "9-10-9"),
    "Port Talley": (4111, "Harbourside Stadium", "Port Talley, Wales", "9-8-11"),
    "Brackwater FC": (4112, "The Mill Ground", "Brackwater, England", "9-6-13"),
    "Oldcastle Albion": (4113, "Albion Park", "Oldcastle, England", "8-9-11"),
    "Stennet Rangers": (4114, "Stennet Lane", "Stennet, England", "8-7-13"),
    "Holloway Park": (4115, "Holloway Ground", "Holloway, England", "7-9-12"),
    "Crestmoor": (4116, "Moor Lane", "Crestmoor, England", "7-6-15"),
    "Lynford Town": (4117, "Lynford Recreation Ground", "Lynford, England", "6-8-14"),
    "Greyhaven": (4118, "The Lighthouse", "Greyhaven, Scotland", "5-7-16"),
    "Tollbridge United": (4119, "Tollbridge Road", "Tollbridge, England", "5-6-17"),
    "Norbury Celtic": (4120, "Celtic Park Road", "Norbury, England", "4-8-16"),
}
# (day offset, home, away, home score, away score, status, kick-off, network, scorers)
SC_MATCHES: list[tuple[int, str, str, int | None, int | None, str, str, str | None, str]] = [
    (0, "Harbour City", "Crestmoor", 3, 0, "FT", "12:30 PM", "ESPN+", "T. Okafor 12', 58'; L. Brandt 81'"),
    (
        0,
        "Kingsbridge Rovers",
        "Lynford Town",
        2,
        2,
        "FT",
        "3:00 PM",
        "ESPN+",
        "J. Wyatt 33'; M. Castell 45+2' | R. Duffy 60', 71'",
    ),
    (0, "Ashford Vale", "Greyhaven", 1, 0, "FT", "3:00 PM", None, "K. Mensah 88'"),
    (0, "Marlow Athletic", "Norbury Celtic", 0, 1, "FT", "3:00 PM", None, "| S. Ilic 54'"),
    (
        0,
        "Saltcombe United",
        "Tollbridge United",
        4,
        1,
        "FT",
        "3:00 PM",
        "ESPN+",
        "D. Reyes 5', 49'; A. Holm 62'; C. Yates 90+3' | F. Nowak 77'",
    ),
    (0, "Westbury Town", "Holloway Park", None, None, "Postponed", "3:00 PM", None, ""),
    (
        0,
        "Ravensholme",
        "Stennet Rangers",
        2,
        3,
        "FT",
        "3:00 PM",
        None,
        "B. Lowe 20'; G. Achterberg 66' | P. Sandoval 11', 38'; E. Mahrez 90+1'",
    ),
    (0, "Dunmore Wanderers", "Oldcastle Albion", 1, 1, "FT", "3:00 PM", None, "H. Quinn 51' | O. Pratt 84'"),
    (0, "Fenwick City", "Brackwater FC", 2, 0, "FT", "5:30 PM", "ESPN2", "N. Fofana 29'; I. Bakker 70'"),
    (0, "Eastleigh Borough", "Port Talley", 0, 0, "FT", "8:00 PM", "ESPN+", ""),
    (
        1,
        "Crestmoor",
        "Kingsbridge Rovers",
        1,
        2,
        "FT",
        "12:00 PM",
        "ESPN+",
        "Y. Dembele 40' | J. Wyatt 18'; T. Sorensen 90'",
    ),
    (1, "Lynford Town", "Harbour City", 0, 2, "FT", "2:00 PM", "ESPN", "| L. Brandt 8'; T. Okafor 55'"),
    (
        1,
        "Greyhaven",
        "Saltcombe United",
        2,
        2,
        "FT",
        "2:00 PM",
        "ESPN+",
        "W. Fraser 14', 73' | D. Reyes 30'; A. Holm 59'",
    ),
    (1, "Norbury Celtic", "Ravensholme", 1, 0, "FT", "2:00 PM", None, "S. Ilic 67'"),
    (1, "Tollbridge United", "Marlow Athletic", 0, 3, "FT", "4:30 PM", "ESPN2", "| V. Horvat 22'; R. Adeyemi 48', 85'"),
    (1, "Stennet Rangers", "Fenwick City", 1, 1, "FT", "4:30 PM", "ESPN+", "P. Sandoval 36' | N. Fofana 90+4'"),
    (
        1,
        "Oldcastle Albion",
        "Ashford Vale",
        2,
        1,
        "FT",
        "7:00 PM",
        "ESPN+",
        "O. Pratt 3'; J. Lindqvist 61' | K. Mensah 75'",
    ),
    (2, "Brackwater FC", "Eastleigh Borough", 1, 0, "FT", "5:30 PM", "ESPN+", "M. Odhiambo 44'"),
    (
        2,
        "Port Talley",
        "Dunmore Wanderers",
        2,
        2,
        "75'",
        "6:45 PM",
        "ESPN+",
        "G. Price 12'; G. Price 49' | H. Quinn 30'; A. Varga 70'",
    ),
    (2, "Holloway Park", "Crestmoor", 1, 1, "HT", "7:30 PM", "ESPN2", "T. Marsh 27' | Y. Dembele 39'"),
    (2, "Westbury Town", "Greyhaven", 0, 1, "HT", "7:30 PM", None, "| W. Fraser 22'"),
    (2, "Harbour City", "Norbury Celtic", None, None, "8:45 PM", "8:45 PM", "ESPN", ""),
    (2, "Lynford Town", "Tollbridge United", None, None, "9:00 PM", "9:00 PM", "ESPN+", ""),
]
SC_PAGES = [10, 7, 6]


def _sc_href(day: date) -> str:
    return f"/soccer/scoreboard/_/league/{SC_LEAGUE}?date={day:%Y%m%d}"


def _sc_game_id(index: int) -> int:
    return 704512 + index * 7


def _sc_competitor(team: str, score: int | None, side: str, winner: bool) -> str:
    tid, _, _, record = SC_TEAMS[team]
    winner_class = " ScoreboardScoreCell__Item--winner" if winner else ""
    score_html = (
        f'<div class="ScoreboardScoreCell_Linescores soccer flex justify-end"><div class="ScoreCell__Score h4 clr-gray-01 fw-heavy tar ScoreCell_Score--scoreboard pl2">{score}</div></div>'
        if score is not None
        else ""
    )
    return f"""<li class="ScoreboardScoreCell__Item flex items-center relative pb2 ScoreboardScoreCell__Item--{side}{winner_class}">
<div class="ScoreboardScoreCell__TeamContainer flex items-center"><div class="ScoreboardScoreCell__Logo mr3"><img alt="{esc(team)}" class="Image Logo Logo__sm" data-mptype="image" src="https://a.scorecdn.example/combiner/i?img=/i/teamlogos/soccer/500/{tid}.png&amp;h=40&amp;w=40" width="20" height="20"/></div>
<div class="ScoreCell__Team flex items-center"><div class="ScoreCell__TeamName ScoreCell__TeamName--shortDisplayName truncate db"><a class="AnchorLink" tabindex="0" href="/soccer/team/_/id/{tid}/{slug(team)}">{esc(team)}</a></div><span class="ScoreboardScoreCell__Record ml2 clr-gray-04 n10">({record})</span></div></div>
{score_html}
</li>"""


def _sc_scorers(text: str) -> str:
    if not text:
        return ""
    home, _, away = (part.strip() for part in text.partition("|"))
    goal_li = '<li class="SoccerPerformers__Competitor__Info__GoalsList">{}</li>'
    cells = "".join(
        f'<div class="SoccerPerformers__Competitor SoccerPerformers__Competitor--{side}"><ul class="SoccerPerformers__Competitor__Info">{"".join(goal_li.format(esc(g)) for g in goals.split("; ") if g)}</ul></div>'
        for side, goals in (("left", home), ("right", away))
    )
    return f'<div class="SoccerPerformers flex"><svg class="icon__svg" viewBox="0 0 24 24" aria-hidden="true"><use xlink:href="#icon__soccer"></use></svg>{cells}</div>'


def _sc_card(index: int, row: tuple[Any, ...]) -> str:
    _, home, away, hs, as_, status, kickoff, network, scorers = row
    game = _sc_game_id(index)
    match_slug = f"{slug(home)}-{slug(away)}"
    played = hs is not None
    final = status == "FT"
    state = "post" if final or status == "Postponed" else ("in" if played else "pre")
    stadium, city = SC_TEAMS[home][1], SC_TEAMS[home][2]
    time_html = (
        f'<div class="ScoreCell__Time ScoreboardScoreCell__Time h9 clr-gray-03">{esc(status)}</div>'
        if state != "pre"
        else f'<div class="ScoreCell__Time ScoreboardScoreCell__Time h9 clr-gray-03">{kickoff}</div>'
    )
    live = (
        '<span class="ScoreCell__LiveIndicator" aria-hidden="true"></span><span class="sr-only">Live</span>'
        if state == "in"
        else ""
    )
    net = (
        f'<div class="ScoreboardScoreCell__Network flex items-center"><div class="ScoreCell__NetworkItem">{network}</div></div>'
        if network
        else ""
    )
    buttons = f'<a class="AnchorLink Button Button--sm Button--anchorLink Button--alt mb4 w-100 mr2" href="/soccer/match/_/gameId/{game}/{match_slug}">Gamecast</a>'
    if final:
        buttons += f'<a class="AnchorLink Button Button--sm Button--anchorLink Button--alt mb4 w-100 mr2" href="/soccer/match/_/gameId/{game}/{match_slug}#highlights"><svg class="icon__svg" viewBox="0 0 24 24" aria-hidden="true"><use xlink:href="#icon__play"></use></svg>Highlights</a>'
    elif state == "pre":
        buttons += f'<a class="AnchorLink Button Button--sm Button--anchorLink Button--alt mb4 w-100 mr2" href="https://www.ticketpartner.example/soccer/{match_slug}-tickets?affiliate=scorecentre" rel="nofollow noopener" target="_blank">Tickets</a>'
    odds = '<div class="Odds__Message n9 clr-gray-04">Line: HOME -120 · o/u 2.5</div>' if state == "pre" else ""
    return f"""<section class="Scoreboard bg-clr-white flex flex-auto justify-between" id="{game}">
<div class="Scoreboard__Row flex w-100 Scoreboard__Row__Main"><div class="Scoreboard__Column flex-expand Scoreboard__Column--1 Scoreboard__Column--Score">
<div class="ScoreboardScoreCell pa4 soccer ScoreboardScoreCell--{state} ScoreboardScoreCell--tabletPlus" id="{game}-scoreCell">
<div class="ScoreboardScoreCell__Overview flex items-center justify-between w-100 mb3">{live}{time_html}{net}</div>
<div class="ScoreboardScoreCell__Competitors"><ul class="ScoreboardScoreCell__Competitors">
{_sc_competitor(home, hs, "home", final and hs is not None and as_ is not None and hs > as_)}
{_sc_competitor(away, as_, "away", final and hs is not None and as_ is not None and as_ > hs)}
</ul></div></div></div>
<div class="Scoreboard__Column flex-expand Scoreboard__Column--2"><div class="LocationDetail flex flex-column"><div class="LocationDetail__Item LocationDetail__Item--headline n8">{esc(stadium)}</div><div class="LocationDetail__Item n9 clr-gray-04">{esc(city)}</div></div>{_sc_scorers(scorers)}{odds}</div>
<div class="Scoreboard__Column flex-expand Scoreboard__Column--3 Scoreboard__Column--Callouts"><div class="Scoreboard__Callouts flex items-center mv4 flex-column">{buttons}</div></div>
</div></section>"""


def _sc_strip(current: date) -> str:
    current_attr = ' aria-current="true"'
    days = [current - timedelta(days=3) + timedelta(days=i) for i in range(7)]
    items = "".join(
        f'<div class="Carousel__Item {"Carousel__Item--active" if d == current else ""}"><a class="AnchorLink DatePicker__Day flex flex-column items-center" href="{esc(_sc_href(d))}" data-date="{d:%Y%m%d}"{current_attr if d == current else ""}><span class="DatePicker__DayName n10">{d:%a}</span><span class="DatePicker__DayDate n8">{d:%b} {d.day}</span></a></div>'
        for d in days
    )
    prev_week, next_week = current - timedelta(days=7), current + timedelta(days=7)
    return f"""<div class="ScoreboardScheduleDatePicker"><div class="DatePicker flex items-center">
<a class="AnchorLink DatePicker__Arrow DatePicker__Arrow--left" aria-label="Previous week" href="{esc(_sc_href(prev_week))}"><svg class="icon__svg" viewBox="0 0 24 24" aria-hidden="true"><use xlink:href="#icon__caret__left"></use></svg></a>
<div class="Carousel DatePicker__Carousel"><div class="Carousel__Inner flex">{items}</div></div>
<a class="AnchorLink DatePicker__Arrow DatePicker__Arrow--right" aria-label="Next week" href="{esc(_sc_href(next_week))}"><svg class="icon__svg" viewBox="0 0 24 24" aria-hidden="true"><use xlink:href="#icon__caret__right"></use></svg></a>
<button class="DatePicker__Calendar Button--unstyled" aria-label="Open calendar"><svg class="icon__svg" viewBox="0 0 24 24" aria-hidden="true"><use xlink:href="#icon__calendar"></use></svg></button>
</div></div>"""


def _sc_ad(slot: str, size: str) -> str:
    return f'<div class="ad-slot ad-slot-{slot}" data-slot-type="{slot}" data-slot-kvps="pos={slot}"><div class="ad-banner-wrapper" style="min-height:{size}"><span class="ad-label n10 clr-gray-05">Advertisement</span><div id="ad-{slot}-1" class="ad-container"></div></div></div>'


def _sc_page(day: date, rows: list[tuple[int, tuple[Any, ...]]]) -> str:
    heading = f"{day:%A}, {day:%B} {day.day}, {day.year}"
    cards_list = [_sc_card(i, r) for i, r in rows]
    if len(cards_list) > 4:
        cards_list.insert(4, _sc_ad("incontent", "250px"))
    cards = "\n".join(cards_list)
    leagues = "".join(
        f'<option value="{code}"{" selected" if code == SC_LEAGUE else ""}>{name}</option>'
        for code, name in (
            ("all", "All Soccer"),
            ("cpd.1", SC_LEAGUE_NAME),
            ("cpd.2", "Coastal Championship"),
            ("cpd.cup", "Coastal Cup"),
            ("uefa.champions", "UEFA Champions League"),
            ("usa.1", "MLS"),
        )
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"/>
<title>{SC_LEAGUE_NAME} Scores - ScoreCentre</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no"/>
<meta name="description" content="Live scores for every {SC_LEAGUE_NAME} match on ScoreCentre. Includes 2024-25 regular season match results and game highlights."/>
<meta property="og:title" content="{SC_LEAGUE_NAME} Scores - ScoreCentre"/>
<link rel="canonical" href="https://www.scorecentre.example/soccer/scoreboard/_/league/{SC_LEAGUE}"/>
<link rel="stylesheet" href="https://cdn.scorecentre.example/fitt/5d4e2b1-a/client/espnfitt/css/fusion-1f8c1cb6.css"/>
<script>window.__CONSENT__={{"region":"gb","tcf":true}};</script>
</head>
<body class="desktop prod"><div id="espnfitt"><div id="DataWrapper"><div id="fitt-analytics"><div class="bp-desktopbp-desktopUp">
<div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="dialog" aria-label="Cookie banner"><p id="onetrust-policy-text">We and our partners use cookies to personalise content and ads, to provide social media features and to analyse our traffic.</p><button id="onetrust-accept-btn-handler">Accept All</button><button id="onetrust-pc-btn-handler">Manage Preferences</button></div>
<header class="db Site__Header__Wrapper"><nav class="global-nav" aria-label="Global"><a class="global-nav__logo" href="/"><img src="/static/scorecentre-logo.svg" alt="ScoreCentre" width="84" height="21"/></a><ul class="global-nav__sports"><li><a href="/nfl/">NFL</a></li><li><a href="/nba/">NBA</a></li><li><a href="/nhl/">NHL</a></li><li><a class="active" href="/soccer/">Soccer</a></li><li><a href="/mlb/">MLB</a></li><li><a href="/watch/">Watch</a></li></ul><a class="global-nav__cta" href="/subscribe/">Subscribe Now</a></nav></header>
{_sc_ad("banner", "90px")}
<div class="PageLayout page-container cf PageLayout--desktopLg PageLayout--Soccer"><div class="PageLayout__Main">
<section class="Card"><div class="Wrapper Card__Content"><div class="flex items-center justify-between"><h1 class="headline headline__h1 dib">{SC_LEAGUE_NAME} Scores</h1>
<div class="dropdown dropdown--md"><label class="sr-only" for="league-select">League</label><select id="league-select" class="dropdown__select" aria-label="League">{leagues}</select></div></div>
{_sc_strip(day)}
</div></section>
<div id="fittPageContainer"><section class="Card gameModules"><header class="Card__Header Card__Header--presby"><div class="Card__Header__Title__Wrapper"><h3 class="Card__Header__Title Card__Header__Title--no-theme">{heading}</h3></div><div class="Card__Header__SubTitle n9">{SC_LEAGUE_NAME} · Matchday {27 + (day - SC_FIRST).days // 2}</div></header>
<div class="Card__Content">
{cards}
</div></section></div>
</div>
<aside class="PageLayout__RightAside"><section class="Card"><header class="Card__Header"><h3 class="Card__Header__Title">Standings</h3></header><div class="Card__Content"><table class="Table"><thead><tr><th>Team</th><th>GP</th><th>PTS</th></tr></thead><tbody>{"".join(f"<tr><td><a href='/soccer/team/_/id/{v[0]}/{slug(k)}'>{esc(k)}</a></td><td>28</td><td>{int(v[3].split('-')[0]) * 3 + int(v[3].split('-')[1])}</td></tr>" for k, v in list(SC_TEAMS.items())[:6])}</tbody></table><a class="AnchorLink" href="/soccer/standings/_/league/{SC_LEAGUE}">Full Standings</a></div></section>
{_sc_ad("sidebar", "600px")}
<section class="Card"><header class="Card__Header"><h3 class="Card__Header__Title">Top Headlines</h3></header><ul class="headlineStack__list"><li><a href="/soccer/story/_/id/44210873/harbour-city-title-race">Harbour City stretch lead as title race tightens</a></li><li><a href="/soccer/story/_/id/44211952/greyhaven-relegation">Greyhaven's survival bid gathers pace</a></li><li><a href="/soccer/story/_/id/44209014/transfer-rumours">Transfer Talk: Rovers eye summer move for winger</a></li></ul></section></aside>
</div>
<footer class="Site__Footer"><ul><li><a href="/terms">Terms of Use</a></li><li><a href="/privacy">Privacy Policy</a></li><li><a href="/privacy/choices">Your US State Privacy Rights</a></li><li><a href="/interest-based-ads">Interest-Based Ads</a></li></ul><p>Copyright: © ScoreCentre Enterprises, Inc. All rights reserved.</p></footer>
</div></div></div></div>
<script src="https://cdn.scorecentre.example/fitt/5d4e2b1-a/client/espnfitt/vendor-3e1f9c0a.js" defer></script>
</body></html>"""


@nineteenth_c
def build_scorecentre() -> None:
    s = Site(
        "scorecentre",
        kind="soccer scoreboard (ESPN-like 2024–25 fitt markup): per day a section.Card headed 'Saturday, March 15, 2025' holding section.Scoreboard cards, each two li.ScoreboardScoreCell__Item rows (home first; logo img alt, team link, '(17-6-5)' record, score, --winner class), the status 'FT' / 'HT' / \"75'\" / 'Postponed' / a kick-off time '8:45 PM', a TV network, LocationDetail venue + city, goal scorers, Gamecast / Highlights / Tickets buttons to /soccer/match/_/gameId/…; a date strip of day links ?date=20250316 (three days), a league select, ads",
        start=f"soccer/scoreboard/_/league/{SC_LEAGUE}?date={SC_FIRST:%Y%m%d}",
        description="An ESPN-like soccer scoreboard of one league (2024–25 fitt markup): a OneTrust banner, the global nav, a banner ad, h1 'Coastal Premier Division Scores' with a league select, a DatePicker strip of seven Carousel__Item day links (?date=20250312 … 20250318, the active one aria-current) and week arrows; a section.Card gameModules whose Card__Header__Title is the day 'Saturday, March 15, 2025' (+ 'Matchday 27'), then section.Scoreboard cards: ScoreboardScoreCell--post/in/pre with ScoreCell__Time 'FT' / 'HT' / \"75'\" / 'Postponed' / '8:45 PM' (a 'Live' sr-only mark while in play), a ScoreCell__NetworkItem 'ESPN+' on most, two li.ScoreboardScoreCell__Item rows (--home first, --away, --winner on the FT winner): logo img alt = team, a.AnchorLink team link in ScoreCell__TeamName, '(17-6-5)' record span, ScoreCell__Score (missing before kick-off and when postponed); LocationDetail stadium + 'Portmere, England'; SoccerPerformers goal lists; Gamecast (/soccer/match/_/gameId/704512/harbour-city-crestmoor), Highlights (#highlights, finished games) or Tickets (external, upcoming) buttons; an in-content ad after the fourth card; a standings / headlines sidebar and a footer. 10, 7 and 6 matches on 15, 16 and 17 March 2025 (the next days through the strip). Written down: date, home_team, away_team, home_score, away_score (where shown), status (as shown), venue (stadium), url (Gamecast).",
    )
    indexed = list(enumerate(SC_MATCHES))
    for offset, rows in enumerate(chunks(indexed, SC_PAGES)):
        day = SC_FIRST + timedelta(days=offset)
        assert all(r[0] == offset for _, r in rows)
        s.list_page(_sc_href(day).lstrip("/").replace("?", "@"), _sc_page(day, rows))
    for index, (offset, home, away, hs, as_, status, _kickoff, _net, _scorers) in indexed:
        s.expect(
            {
                "date": (SC_FIRST + timedelta(days=offset)).isoformat(),
                "home_team": home,
                "away_team": away,
                "home_score": hs,
                "away_score": as_,
                "status": status,
                "venue": SC_TEAMS[home][1],
                "url": f"/soccer/match/_/gameId/{_sc_game_id(index)}/{slug(home)}-{slug(away)}",
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# notionboard: a Notion-published public roadmap database shown as a table view.
# ---------------------------------------------------------------------------------------------------

NB_STATUS = {  # name: (text colour, pill background, dot colour)
    "Shipped": ("rgb(28, 56, 41)", "rgb(219, 237, 219)", "rgb(108, 155, 125)"),
    "In progress": ("rgb(24, 51, 71)", "rgb(211, 229, 239)", "rgb(91, 151, 189)"),
    "Planned": ("rgb(64, 44, 27)", "rgb(250, 222, 201)", "rgb(217, 115, 13)"),
    "Under consideration": ("rgb(50, 48, 44)", "rgba(227, 226, 224, 0.5)", "rgb(145, 145, 142)"),
}
NB_TAG_COLOURS = {
    "Editor": ("rgb(29, 40, 46)", "rgb(211, 229, 239)"),
    "Mobile": ("rgb(73, 41, 14)", "rgb(250, 222, 201)"),
    "API": ("rgb(50, 48, 44)", "rgb(227, 226, 224)"),
    "Integrations": ("rgb(65, 36, 84)", "rgb(232, 222, 238)"),
    "Performance": ("rgb(28, 56, 41)", "rgb(219, 237, 219)"),
    "Collaboration": ("rgb(76, 35, 55)", "rgb(245, 224, 233)"),
    "Security": ("rgb(93, 23, 21)", "rgb(255, 226, 221)"),
    "AI": ("rgb(64, 44, 27)", "rgb(253, 236, 200)"),
    "Billing": ("rgb(68, 42, 30)", "rgb(238, 224, 218)"),
}
NB_PRIORITY = {
    "High": ("rgb(93, 23, 21)", "rgb(255, 226, 221)"),
    "Medium": ("rgb(64, 44, 27)", "rgb(253, 236, 200)"),
    "Low": ("rgb(50, 48, 44)", "rgb(227, 226, 224)"),
}
NB_PEOPLE = {
    "Maya Chen": True,
    "Jonas Weber": True,
    "Priya Raman": False,
    "Tom Okonkwo": True,
    "Lea Fischer": False,
    "Diego Alvarez": True,
}
# (name, status, tags, target date or None, owner or None, priority or None)
NB_ROWS: list[tuple[str, str, list[str], date | None, str | None, str | None]] = [
    ("Dark mode for the editor", "Shipped", ["Editor"], date(2025, 1, 21), "Maya Chen", "High"),
    (
        "Offline mode on iOS and Android",
        "In progress",
        ["Mobile", "Performance"],
        date(2025, 4, 30),
        "Tom Okonkwo",
        "High",
    ),
    ("Public REST API v2", "In progress", ["API", "Integrations"], date(2025, 5, 15), "Jonas Weber", "High"),
    (
        "Slack notifications for mentions",
        "Shipped",
        ["Integrations", "Collaboration"],
        date(2025, 2, 4),
        "Diego Alvarez",
        "Medium",
    ),
    ("Two-factor authentication with passkeys", "Planned", ["Security"], date(2025, 6, 10), "Priya Raman", "High"),
    (
        "Faster search across large workspaces",
        "In progress",
        ["Performance"],
        date(2025, 3, 28),
        "Jonas Weber",
        "Medium",
    ),
    ("AI summaries of long documents", "Under consideration", ["AI", "Editor"], None, None, "Low"),
    ("Comment reactions", "Shipped", ["Collaboration"], date(2024, 12, 12), "Maya Chen", "Low"),
    ("Google Calendar sync", "Planned", ["Integrations"], date(2025, 7, 1), "Diego Alvarez", "Medium"),
    ("Annual billing with invoices by email", "Shipped", ["Billing"], date(2025, 1, 8), "Lea Fischer", "Medium"),
    ("Markdown import with front matter", "Planned", ["Editor", "API"], date(2025, 5, 30), "Maya Chen", None),
    ("Home screen widgets", "Under consideration", ["Mobile"], None, "Tom Okonkwo", "Low"),
    ("SAML single sign-on", "In progress", ["Security", "Billing"], date(2025, 4, 14), "Priya Raman", "High"),
    (
        "Version history for every page",
        "Shipped",
        ["Editor", "Collaboration"],
        date(2025, 2, 27),
        "Jonas Weber",
        "High",
    ),
    ("Webhooks for page changes", "Planned", ["API"], date(2025, 6, 24), "Jonas Weber", "Medium"),
    ("Live cursors in shared pages", "In progress", ["Collaboration"], date(2025, 3, 14), "Maya Chen", "Medium"),
    ("Zapier triggers for new tasks", "Shipped", ["Integrations"], date(2024, 11, 19), "Diego Alvarez", "Low"),
    ("Audit log export", "Planned", ["Security"], date(2025, 8, 5), "Priya Raman", "Medium"),
    ("AI-assisted tagging", "Under consideration", ["AI"], None, None, None),
    ("Reduce app start time by 40%", "In progress", ["Performance", "Mobile"], date(2025, 4, 2), "Tom Okonkwo", "High"),
    ("Team billing seats and proration", "Planned", ["Billing"], date(2025, 7, 15), "Lea Fischer", "Low"),
    ("Table formulas", "Under consideration", ["Editor"], None, "Maya Chen", "Medium"),
    ("GitHub pull request previews", "Shipped", ["Integrations", "API"], date(2025, 2, 18), "Diego Alvarez", "Medium"),
    (
        "Guest access with view-only links",
        "Shipped",
        ["Collaboration", "Security"],
        date(2024, 12, 3),
        "Priya Raman",
        "High",
    ),
    ("Handwriting on iPad", "Under consideration", ["Mobile", "Editor"], None, None, "Low"),
    ("Bulk export to PDF", "Planned", ["Editor"], date(2025, 6, 3), "Lea Fischer", None),
    ("Rate limits dashboard for API keys", "Planned", ["API", "Performance"], date(2025, 8, 19), "Jonas Weber", "Low"),
    ("Smart reminders", "In progress", ["AI", "Mobile"], date(2025, 5, 6), "Tom Okonkwo", "Medium"),
    ("Data residency in the EU", "In progress", ["Security"], date(2025, 9, 30), "Priya Raman", "High"),
    ("Microsoft Teams app", "Under consideration", ["Integrations"], None, None, "Medium"),
    ("Keyboard shortcut cheat sheet", "Shipped", ["Editor"], date(2024, 10, 22), "Maya Chen", "Low"),
    ("Student discount", "Shipped", ["Billing"], date(2024, 9, 2), "Lea Fischer", "Low"),
    ("Image compression on upload", "Shipped", ["Performance"], date(2025, 1, 29), "Tom Okonkwo", None),
    ("Shared templates gallery", "Planned", ["Collaboration"], date(2025, 7, 22), "Diego Alvarez", "Medium"),
    ("Natural-language search", "Under consideration", ["AI", "Performance"], None, "Jonas Weber", None),
    ("Android tablet layout", "Planned", ["Mobile"], date(2025, 6, 17), "Tom Okonkwo", "Medium"),
    (
        "Workspace-level permissions",
        "In progress",
        ["Security", "Collaboration"],
        date(2025, 4, 22),
        "Priya Raman",
        "High",
    ),
    ("Usage-based billing for API", "Under consideration", ["Billing", "API"], None, "Lea Fischer", "Low"),
    ("Embed Figma frames", "Shipped", ["Integrations", "Editor"], date(2025, 3, 4), "Diego Alvarez", "Medium"),
    ("Focus mode", "Planned", [], date(2025, 5, 20), None, "Low"),
]
NB_WIDTHS = [276, 150, 220, 150, 170, 120]
NB_ICONS = {
    "Name": (
        "typesTitle",
        "M0.637 3.312A.75.75 0 0 1 1.388 2.5h13.225a.75.75 0 0 1 0 1.5H1.388a.75.75 0 0 1-.75-.688M.637 8a.75.75 0 0 1 .75-.75h13.226a.75.75 0 0 1 0 1.5H1.388A.75.75 0 0 1 .638 8",
    ),
    "Status": (
        "typesStatus",
        "M8.75.75a.75.75 0 0 0-1.5 0v1.5a.75.75 0 0 0 1.5 0zM8 4.5a3.5 3.5 0 1 0 0 7 3.5 3.5 0 0 0 0-7",
    ),
    "Tags": ("typesMultipleSelect", "M1.91 2.5h8.83l3.35 5.5-3.35 5.5H1.91zm1.5 1.5v8h6.5l2.45-4-2.45-4z"),
    "Date": (
        "typesDate",
        "M3.75 2.5h8.5A1.75 1.75 0 0 1 14 4.25v8.5A1.75 1.75 0 0 1 12.25 14.5h-8.5A1.75 1.75 0 0 1 2 12.75v-8.5A1.75 1.75 0 0 1 3.75 2.5",
    ),
    "Owner": ("typesPerson", "M8 8.5a3 3 0 1 0 0-6 3 3 0 0 0 0 6M2.5 14c0-2.5 2.46-4 5.5-4s5.5 1.5 5.5 4z"),
    "Priority": ("typesSelect", "M8 15A7 7 0 1 0 8 1a7 7 0 0 0 0 14m-2.7-8.3L8 9.4l2.7-2.7z"),
}
NB_SPACE = "acme-notes.notion.site"
NB_TEXT = "color: rgb(55, 53, 47)"


def _nb_url(name: str) -> str:
    words = "".join(c if c.isalnum() or c == " " else " " for c in name).split()
    return f"/{'-'.join(words)}-{_hex('nb-' + name)}"


def _nb_pill(text: str, colour: str, background: str, *, dot: str | None = None) -> str:
    dot_html = (
        f'<div style="margin-inline-end: 5px; border-radius: 99px; height: 8px; width: 8px; flex-shrink: 0; background-color: {dot};"></div>'
        if dot
        else ""
    )
    radius = "10px" if dot else "3px"
    return f'<div style="display: inline-flex; align-items: center; flex-shrink: 1; min-width: 0px; max-width: 100%; height: 20px; border-radius: {radius}; padding-inline: {"7px 9px" if dot else "6px"}; font-size: 12px; line-height: 120%; color: {colour}; background: {background}; white-space: nowrap; overflow: hidden; margin: 0px 6px 6px 0px;">{dot_html}<span style="white-space: nowrap; overflow: hidden; text-overflow: ellipsis; display: inline-flex; align-items: center;">{esc(text)}</span></div>'


def _nb_cell(index: int, inner: str) -> str:
    return f'<div class="notion-table-view-cell" data-col-index="{index}" style="display: flex; position: relative; border-inline-end: 1px solid rgb(233, 233, 231); width: {NB_WIDTHS[index]}px; height: 100%; min-height: 32px; overflow: clip;"><div style="display: flex; overflow-x: clip; width: 100%; padding: 7px 8px 0px; flex-wrap: wrap; font-size: 14px;">{inner}</div></div>'


def _nb_person(name: str) -> str:
    if NB_PEOPLE[name]:
        avatar = f'<img alt="" src="https://lh3.googleusercontent.com/a/ACg8oc{_hex("av-" + name, 20)}=s100" referrerpolicy="same-origin" style="display: block; object-fit: cover; border-radius: 100%; width: 20px; height: 20px;"/>'
    else:
        avatar = f'<div style="width: 20px; height: 20px; border-radius: 100%; background: rgb(239, 239, 238); font-size: 11px; display: flex; align-items: center; justify-content: center; {NB_TEXT};">{name[0]}</div>'
    return f'<div style="display: flex; align-items: center; margin: 0px 8px 6px 0px;"><div style="margin-inline-end: 6px; flex-shrink: 0;">{avatar}</div><div style="white-space: nowrap; overflow: hidden; text-overflow: ellipsis;">{esc(name)}</div></div>'


def _nb_row(row: tuple[Any, ...]) -> str:
    name, status, tags, target, owner, priority = row
    block = _hex("block-" + name)
    block_id = f"{block[:8]}-{block[8:12]}-{block[12:16]}-{block[16:20]}-{block[20:]}"
    title = f'<a href="{_nb_url(name)}" rel="noopener noreferrer" style="display: block; color: inherit; text-decoration: none; width: 100%;"><div style="line-height: 1.5; white-space: pre-wrap; word-break: break-word; font-weight: 500;"><div style="display: inline-flex; align-items: center; margin-inline-end: 6px; vertical-align: -3px;"><svg role="graphics-symbol" viewBox="0 0 16 16" class="pageEmpty" style="width: 16px; height: 16px; display: block; fill: rgba(55, 53, 47, 0.45); flex-shrink: 0;"><path d="M4.36 1.5h7.28c.75 0 1.36.61 1.36 1.36v10.28c0 .75-.61 1.36-1.36 1.36H4.36C3.61 14.5 3 13.89 3 13.14V2.86c0-.75.61-1.36 1.36-1.36"></path></svg></div><span style="border-bottom: 0.05em solid rgba(55, 53, 47, 0.25);">{esc(name)}</span></div></a>'
    cells = [
        _nb_cell(0, title),
        _nb_cell(1, _nb_pill(status, *NB_STATUS[status][:2], dot=NB_STATUS[status][2])),
        _nb_cell(2, "".join(_nb_pill(t, *NB_TAG_COLOURS[t]) for t in tags)),
        _nb_cell(
            3,
            f'<div style="line-height: 1.5; white-space: nowrap;">{target:%B} {target.day}, {target.year}</div>'
            if target
            else "",
        ),
        _nb_cell(4, _nb_person(owner) if owner else ""),
        _nb_cell(5, _nb_pill(priority, *NB_PRIORITY[priority]) if priority else ""),
    ]
    return f'<div data-block-id="{block_id}" class="notion-selectable notion-page-block notion-collection-item" style="width: 100%;"><div style="display: flex; border-bottom: 1px solid rgb(233, 233, 231); {NB_TEXT};">{"".join(cells)}</div></div>'


def _nb_header() -> str:
    cells = []
    for index, (label, (icon, path)) in enumerate(NB_ICONS.items()):
        cells.append(
            f'<div class="notion-table-view-header-cell" style="display: flex; flex-shrink: 0; overflow: hidden; font-size: 14px; padding: 0px; width: {NB_WIDTHS[index]}px;"><div role="button" tabindex="0" style="user-select: none; transition: background 20ms ease-in; cursor: pointer; display: flex; align-items: center; height: 100%; width: 100%; padding: 0px 8px;"><div style="display: flex; align-items: center; line-height: 120%; min-width: 0px; font-size: 14px; color: rgba(55, 53, 47, 0.65);"><div style="margin-inline-end: 6px;"><svg role="graphics-symbol" viewBox="0 0 16 16" class="{icon}" style="width: 16px; height: 16px; display: block; fill: rgba(55, 53, 47, 0.45); flex-shrink: 0;"><path d="{path}"></path></svg></div><div style="white-space: nowrap; overflow: hidden; text-overflow: ellipsis;">{label}</div></div></div></div>'
        )
    return f'<div class="notion-table-view-header-row" style="display: flex; position: sticky; top: 0px; z-index: 82; height: 34px; background: white; box-shadow: rgb(233, 233, 231) 0px -1px 0px inset;">{"".join(cells)}</div>'


@nineteenth_c
def build_notionboard() -> None:
    s = Site(
        "notionboard",
        kind="Notion-published public roadmap database (Notion Sites 2024–25): div.notion-table-view with a header row of div cells (svg typesStatus/… icon + 'Name' / 'Status' / 'Tags' / 'Date' / 'Owner' / 'Priority') and div.notion-collection-item rows of div.notion-table-view-cell[data-col-index] cells, inline styles everywhere and no semantic classes inside: the title link /Dark-mode-for-the-editor-<32 hex>, a status pill with a coloured dot, tag pills with inline background colours, 'March 14, 2025', an avatar (img or initial) + owner name, a priority pill; empty cells on some rows; a 'Load more' row; one page of 40 rows",
        start="Public-Roadmap-7f2c9e1a4b3d4c5e8f6a0b1c2d3e4f5a",
        description="A Notion Sites published page (2024–25): #notion-app > notion-frame with a notion-topbar (breadcrumb 'Acme Notes / Public Roadmap', Search, 'Get Notion free'), a cover image and page icon, h1 'Public Roadmap', a description paragraph and a callout, then a notion-collection_view-block: the database title 'Roadmap', view tabs 'All items' / 'By status' / 'Timeline' as role=tab divs, a toolbar (Filter, Sort, Search svgs), div.notion-table-view holding a sticky header row of notion-table-view-header-cell divs (svg icons with classes typesTitle / typesStatus / typesMultipleSelect / typesDate / typesPerson / typesSelect + the property name) and 40 div.notion-selectable.notion-page-block.notion-collection-item rows (data-block-id uuid) of six div.notion-table-view-cell[data-col-index] cells, all inline-styled: title (a page svg + span inside an a href '/Dark-mode-for-the-editor-<32 hex>'), Status pill (border-radius 10px, a dot div, inline colour / background), Tags pills (0–2), Date 'January 21, 2025' (empty on ideas), Owner (a 20px round avatar img from lh3.googleusercontent.com or an initial, then the name; empty on some), Priority pill (empty on some); a 'Load more' role=button row and a 'Count 40' calculation row; the 'Built with Notion' badge and the app's scripts. Written down: name, url, status, tags (list, where any), date, owner, priority (where shown).",
    )
    rows = "\n".join(_nb_row(r) for r in NB_ROWS)
    views = "".join(
        f'<div role="tab" aria-selected="{"true" if i == 0 else "false"}" tabindex="0" style="display: flex; align-items: center; height: 28px; padding: 0px 8px; border-radius: 6px; font-size: 14px; white-space: nowrap; {"box-shadow: rgb(55, 53, 47) 0px 2px 0px; font-weight: 500;" if i == 0 else "color: rgba(55, 53, 47, 0.65);"}"><svg role="graphics-symbol" viewBox="0 0 16 16" class="{icon}" style="width: 14px; height: 14px; margin-inline-end: 6px; fill: currentcolor;"><path d="M2 3h12v10H2z"></path></svg>{name}</div>'
        for i, (name, icon) in enumerate(
            (("All items", "collectionTable"), ("By status", "collectionBoard"), ("Timeline", "collectionTimeline"))
        )
    )
    page = f"""<!DOCTYPE html>
<html lang="en" class="notion-html"><head>
<meta charset="utf-8"/>
<title>Public Roadmap</title>
<meta name="viewport" content="width=device-width,height=device-height,initial-scale=1,maximum-scale=1,user-scalable=no,viewport-fit=cover"/>
<meta name="description" content="What we're building at Acme Notes: shipped, in progress and planned features. Vote on ideas in our community."/>
<meta property="og:site_name" content="Acme Notes on Notion"/>
<meta property="og:title" content="Public Roadmap | Built with Notion"/>
<meta property="og:url" content="https://{NB_SPACE}/Public-Roadmap-7f2c9e1a4b3d4c5e8f6a0b1c2d3e4f5a"/>
<meta name="twitter:card" content="summary_large_image"/>
<link rel="icon" href="/image/emoji/1f5fa.svg"/>
<link rel="stylesheet" href="/_assets/app-1c9a7f2e4b.css"/>
<script>window.CONFIG={{"env":"production","isAdminMode":false,"siteDomain":"{NB_SPACE}","publicDomainName":"{NB_SPACE}"}};window.__pageLoadStart=performance.now();</script>
</head>
<body class="notion-body">
<div id="notion-app"><div class="notion-app-inner notion-light-theme" style="color: rgb(55, 53, 47); fill: currentcolor; line-height: 1.5; font-family: ui-sans-serif, -apple-system, BlinkMacSystemFont, &quot;Segoe UI Variable Display&quot;, &quot;Segoe UI&quot;, Helvetica, &quot;Apple Color Emoji&quot;, Arial, sans-serif; -webkit-font-smoothing: auto;">
<div class="notion-cursor-listener" style="width: 100vw; height: 100vh; position: relative; display: flex; flex: 1 1 0px; background: white; cursor: text;">
<main class="notion-frame" style="flex-grow: 0; flex-shrink: 1; display: flex; flex-direction: column; background: white; z-index: 1; height: 100vh; max-height: 100%; position: relative; width: 100%;">
<div class="notion-topbar" style="width: 100%; max-width: 100vw; height: 45px; opacity: 1; transition: opacity 700ms; position: relative; z-index: 100;"><div style="display: flex; justify-content: space-between; align-items: center; overflow: hidden; height: 45px; padding-left: 12px; padding-right: 10px;">
<div style="display: flex; align-items: center; line-height: 1.2; font-size: 14px; flex-grow: 0; margin-right: 8px; min-width: 0px;"><a href="/" style="display: flex; align-items: center; color: inherit; text-decoration: none;"><img src="/image/emoji/1f4dd.svg" alt="" style="width: 18px; height: 18px; margin-right: 6px;"/><span>Acme Notes</span></a><span style="margin: 0px 4px; color: rgba(55, 53, 47, 0.45);">/</span><span style="white-space: nowrap; overflow: hidden; text-overflow: ellipsis;">Public Roadmap</span></div>
<div style="display: flex; align-items: center; gap: 4px;"><div role="button" tabindex="0" aria-label="Search" style="display: flex; align-items: center; height: 28px; padding: 0px 8px; border-radius: 6px;"><svg role="graphics-symbol" viewBox="0 0 20 20" class="magnifyingGlass" style="width: 20px; height: 20px; fill: rgba(55, 53, 47, 0.85);"><path d="M8 2a6 6 0 1 0 3.6 10.8l4.3 4.3 1.1-1.1-4.3-4.3A6 6 0 0 0 8 2"></path></svg></div><a href="https://www.notion.so/signup?from=public_page" role="button" style="display: inline-flex; align-items: center; height: 28px; padding: 0px 12px; border-radius: 6px; background: rgb(35, 131, 226); color: white; font-size: 14px; font-weight: 500; text-decoration: none;">Get Notion free</a></div>
</div></div>
<div class="notion-scroller vertical" style="z-index: 1; display: flex; flex-direction: column; flex-grow: 1; position: relative; align-items: center; margin-right: 0px; margin-bottom: 0px; overflow: hidden auto;">
<div style="width: 100%; position: relative; z-index: 1;"><div style="position: relative; width: 100%; height: 30vh; max-height: 280px;"><img src="https://images.unsplash.com/photo-1507925921958-8a62f3d1a50d?ixlib=rb-4.0.3&amp;q=85&amp;fm=jpg&amp;crop=entropy&amp;cs=srgb&amp;w=4800" alt="" referrerpolicy="same-origin" style="display: block; object-fit: cover; width: 100%; height: 100%; object-position: center 50%;"/></div></div>
<div class="layout layout-wide" style="padding-bottom: 30vh; width: 100%;"><div class="layout-content">
<div style="position: relative; margin-top: -42px; width: 78px; height: 78px; font-size: 78px; line-height: 1.1;"><img class="notion-emoji" alt="🗺️" aria-label="🗺️" src="/image/emoji/1f5fa.svg" style="width: 78px; height: 78px;"/></div>
<div data-block-id="7f2c9e1a-4b3d-4c5e-8f6a-0b1c2d3e4f5a" class="notion-selectable notion-page-block" style="color: rgb(55, 53, 47); font-weight: 700; line-height: 1.2; font-size: 40px; cursor: text; display: flex; align-items: center; flex-grow: 1;"><h1 spellcheck="true" placeholder="New page" data-content-editable-leaf="true" contenteditable="false" style="max-width: 100%; width: 100%; white-space: pre-wrap; word-break: break-word; padding: 3px 2px; font-size: 1em; font-weight: inherit; margin: 0px;">Public Roadmap</h1></div>
<div class="notion-page-content" style="flex-shrink: 0; flex-grow: 1; max-width: 100%; display: flex; align-items: flex-start; flex-direction: column; font-size: 16px; line-height: 1.5; width: 100%; z-index: 4; padding-bottom: 30vh;">
<div data-block-id="1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d" class="notion-selectable notion-text-block" style="width: 100%; max-width: 1424px; margin-top: 2px; margin-bottom: 1px;"><div style="color: inherit; fill: inherit;"><div style="display: flex;"><div spellcheck="true" placeholder=" " data-content-editable-leaf="true" contenteditable="false" style="max-width: 100%; width: 100%; white-space: pre-wrap; word-break: break-word; caret-color: rgb(55, 53, 47); padding: 3px 2px;">Here is what the Acme Notes team is working on. Statuses are updated every Friday; dates are targets, not promises. Have an idea? <a href="https://community.acme-notes.example/ideas" style="cursor: pointer; color: inherit; word-wrap: break-word; text-decoration: inherit;" rel="noopener noreferrer" target="_blank"><span style="border-bottom: 0.05em solid rgba(55, 53, 47, 0.4); opacity: 0.7;">Post it in the community</span></a>.</div></div></div></div>
<div data-block-id="2c3d4e5f-6071-4b8c-9d0e-1f2a3b4c5d6e" class="notion-selectable notion-callout-block" style="width: 100%; max-width: 1424px; margin-top: 4px; margin-bottom: 4px;"><div style="display: flex; width: 100%; border-radius: 10px; border: 1px solid transparent; background: rgb(241, 241, 239); padding: 16px 16px 16px 12px;"><div style="margin-inline-end: 8px;"><img class="notion-emoji" alt="💡" src="/image/emoji/1f4a1.svg" style="width: 21.6px; height: 21.6px;"/></div><div style="display: flex; flex-direction: column; min-width: 0px; margin-left: 8px; width: 100%;"><div spellcheck="true" data-content-editable-leaf="true" contenteditable="false" style="max-width: 100%; width: 100%; white-space: pre-wrap; word-break: break-word; padding: 3px 2px;">New: our Q2 plan is live. Items marked High are committed for this quarter.</div></div></div></div>
<div data-block-id="3d4e5f60-7182-4c9d-8e1f-2a3b4c5d6e7f" class="notion-selectable notion-collection_view-block" style="width: 100%; margin-top: 4px; margin-bottom: 4px;"><div style="display: flex; flex-direction: column; width: 100%;">
<div style="display: flex; align-items: center; height: 42px; width: 100%; box-shadow: rgba(55, 53, 47, 0.09) 0px -1px 0px inset;"><div role="tablist" style="display: flex; align-items: center; gap: 2px; flex-grow: 1; overflow: hidden;">{views}</div>
<div style="display: flex; align-items: center; gap: 2px; color: rgba(55, 53, 47, 0.65);"><div role="button" tabindex="0" style="display: flex; align-items: center; height: 28px; padding: 0px 6px; border-radius: 6px; font-size: 14px;">Filter</div><div role="button" tabindex="0" style="display: flex; align-items: center; height: 28px; padding: 0px 6px; border-radius: 6px; font-size: 14px;">Sort</div><div role="button" tabindex="0" aria-label="Search" style="display: flex; align-items: center; height: 28px; padding: 0px 6px; border-radius: 6px;"><svg role="graphics-symbol" viewBox="0 0 20 20" class="magnifyingGlass" style="width: 16px; height: 16px; fill: currentcolor;"><path d="M8 2a6 6 0 1 0 3.6 10.8l4.3 4.3 1.1-1.1-4.3-4.3A6 6 0 0 0 8 2"></path></svg></div></div></div>
<div style="display: flex; align-items: center; min-height: 42px; padding-top: 4px;"><div style="font-size: 20px; font-weight: 700; line-height: 1.2; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; padding: 3px 2px;">Roadmap</div></div>
<div class="notion-table-view" style="position: relative; padding-left: 0px; padding-right: 0px; min-width: 100%;"><div style="position: relative; min-width: 1086px;">
{_nb_header()}
<div style="position: relative; isolation: isolate;">
{rows}
</div>
<div role="button" tabindex="0" style="user-select: none; transition: background 20ms ease-in; cursor: pointer; display: flex; align-items: center; height: 33px; width: 100%; padding-left: 8px; font-size: 14px; color: rgba(55, 53, 47, 0.5); border-bottom: 1px solid rgb(233, 233, 231);"><svg role="graphics-symbol" viewBox="0 0 16 16" class="arrowDown" style="width: 14px; height: 14px; margin-inline-end: 6px; fill: rgba(55, 53, 47, 0.35);"><path d="M8 12.5 3 7.5h10z"></path></svg>Load more</div>
<div style="display: flex; height: 32px; font-size: 12px; color: rgba(55, 53, 47, 0.5);"><div style="width: {NB_WIDTHS[0]}px; display: flex; align-items: center; justify-content: flex-end; padding-right: 8px;"><span style="text-transform: uppercase; letter-spacing: 1px; font-size: 10px; margin-right: 4px;">Count</span><span style="color: rgb(55, 53, 47);">{len(NB_ROWS)}</span></div><div style="width: {NB_WIDTHS[1]}px; display: flex; align-items: center; padding-left: 8px; opacity: 0;">Calculate</div></div>
</div></div>
</div></div>
</div></div></div>
</div>
<a href="https://www.notion.com/product/sites?utm_source=notion_site_badge" target="_blank" rel="noopener" style="position: fixed; right: 16px; bottom: 16px; display: flex; align-items: center; gap: 6px; height: 32px; padding: 0px 10px; border-radius: 8px; background: white; box-shadow: rgba(15, 15, 15, 0.1) 0px 0px 0px 1px, rgba(15, 15, 15, 0.1) 0px 2px 4px; font-size: 12px; color: rgb(55, 53, 47); text-decoration: none;"><svg viewBox="0 0 20 20" style="width: 16px; height: 16px;"><path d="M4 2h12v16H4z"></path></svg>Built with Notion</a>
</main></div></div></div>
<div id="notion-overlay-container" class="notion-overlay-container" data-overlay="true"></div>
<script src="/_assets/vendors~app-5a8e3c91f0.js" defer></script><script src="/_assets/app-1c9a7f2e4b.js" defer></script>
</body></html>"""
    s.list_page("Public-Roadmap-7f2c9e1a4b3d4c5e8f6a0b1c2d3e4f5a", page)
    for name, status, tags, target, owner, priority in NB_ROWS:
        s.expect(
            {
                "name": name,
                "url": _nb_url(name),
                "status": status,
                "tags": tags or None,
                "date": target.isoformat() if target else None,
                "owner": owner,
                "priority": priority,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in NINETEENTH_C.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
