"""Held-out wave twenty-nine, part C: three list pages copied from their real 2024–25 platform markup with invented
data, and frozen before any heuristic saw them.

* **ligasol** — a national football league's results pages, built like LaLiga's 2024–25 Next.js site
  (``/<competition>/resultados/2024-25/jornada-N``): styled-components ``styled__X-sc-hash-n`` class pairs, a OneTrust
  cookie banner, the sponsor strip and main navigation, the competition tabs (Resultados / Calendario /
  Clasificación / Estadísticas), season and gameweek drop-downs of links (played gameweeks only; later ones
  disabled) with 'Jornada anterior' / 'Jornada siguiente' arrows; the matches of one gameweek grouped by day under a
  'Martes, 27 de agosto de 2024' heading, each day a table of rows: kick-off '19:00', one match link holding the
  home shield (img alt), name and three-letter short name, the score '2 - 1' (or 'Aplazado') and the away side,
  and a broadcaster logo (img alt only); a display-ad slot after the first day and a fantasy-game promo after the
  second; a standings widget in the sidebar; ``__NEXT_DATA__`` holding the gameweek's matches with UTC dates. The
  start page is the latest gameweek (3), then 2 and 1. Ten matches a page. Written down: date, time, home_team,
  away_team, home_score, away_score, url, tv, status (the postponed match only).
* **addonwharf** — a browser add-on gallery's version history, built like addons.mozilla.org's 2024–25 React
  frontend (``/en-US/firefox/addon/<slug>/versions/``) as a logged-out visitor on another browser gets it: the
  Header (logo, Extensions / Themes / More…, blog / workshop / developer hub links, Log in, search form), the
  'download Firefox' notice, an AddonSummaryCard (icon, name, 'by' author link, rating), the version-history
  card 'Tab Lantern version history - 62 versions' with the 'Be careful with old versions!' warning, then
  ``li.AddonVersionCard`` items ('Latest version' / 'Older versions' headings on the first cards): ``h3`` 'Version
  5.2.1', 'Released Mar 4, 2025 - 597.57 KB', 'Works with firefox 115.0 and later, android 120.0 and
  later', 'Source code released under <a>licence</a>', optional release notes in a ShowMoreCard, a 'Download
  Firefox and get the extension' button and a 'Download file' link to the .xpi; the ``Paginate`` component
  (Previous / numbers / Next, 'Page 1 of 3') over ``?page=N``; the footer; the redux store as a
  ``script#redux-store-state`` JSON. 25 + 25 + 12 versions. Written down: version, url (the .xpi link), date,
  size, firefox_min, android_min (where shown), license, release_notes (where shown).
* **heyanavi** — a Japanese rental portal's ward listing, built like SUUMO 賃貸's 2024–25 building view
  (``/chintai/tokyo/sc_meguro/``, then ``?page=2`` / ``?page=3``): the Recruit-style header, breadcrumbs,
  h1 '目黒区の賃貸住宅[賃貸マンション・アパート]情報', the hit count, sort / display controls, then
  ``ul.l-cassetteitem`` of ``div.cassetteitem`` buildings: a lazy image block, the ``賃貸マンション`` type pill,
  ``div.cassetteitem_content-title`` (not a link), an address / station-access / '築12年' + '14階建' detail list,
  and ``table.cassetteitem_other`` with one ``tbody`` per room: checkbox, thumbnail, '3階', rent '12.5万円' and
  admin fee '10000円' (or '-'), deposit / key money ('-' or '12.5万円'), layout '1K' and area '25.5m²', a
  favourite button and the '詳細を見る' link to ``/chintai/jnc_…/?bc=…``; 'PR' new-condominium blocks among the
  buildings, a removals banner; ``div.pagination_set`` with ``p.pagination-parts`` 前へ / 次へ and an ``ol`` of
  numbers with ``span.pagination-current``; Adobe Analytics ``s.`` variables and a cookie notice. Written down per
  room: title, url, type, address, access, age_years, stories, floor, rent, currency, admin_fee, deposit,
  key_money, layout, area_m2.

Run ``uv run python tests/sites/corpus/generate_held_out_twentyninth_c.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **frozen**.
"""

# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate import FROZEN, ROOT, Site, chunks, esc, slug

FROZEN |= {"ligasol", "addonwharf", "heyanavi"}

TWENTYNINTH_C: dict[str, Callable[[], None]] = {}


def twentyninth_c(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    TWENTYNINTH_C[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _hex(seed: str, length: int) -> str:
    return hashlib.sha1(seed.encode("utf-8")).hexdigest()[:length]


def _num(seed: str, modulo: int) -> int:
    return int(_hex(seed, 8), 16) % modulo


# ---------------------------------------------------------------------------------------------------
# ligasol: a football league's results by gameweek (LaLiga 2024–25 Next.js site), ten matches a page.
# ---------------------------------------------------------------------------------------------------

LS_COMP = "liga-sol"
LS_SEASON = "2024-25"
LS_BUILD = "Xk2b9QpL0vRz7TyN4mWcE"
#: (name, short name, shield id)
LS_TEAMS: list[tuple[str, str, int]] = [
    ("CD Almenara", "ALM", 1108),
    ("Real Castrillón CF", "RCA", 1112),
    ("Atlético Marítimo", "ATM", 1117),
    ("UD Sierra Norte", "USN", 1121),
    ("Club Atlético Valdeluz", "VAL", 1126),
    ("Real Oriola CF", "ORI", 1130),
    ("SD Ribera del Ebro", "RIB", 1134),
    ("Racing Costa Azahar", "RCZ", 1139),
    ("CF Montearagón", "MON", 1143),
    ("Deportivo Alcázar", "ALC", 1148),
    ("RSD Navarrete", "NAV", 1152),
    ("CD Tramontana", "TRA", 1157),
    ("CD Guadalmar", "GUA", 1161),
    ("Sporting Cantábrico", "SCA", 1166),
    ("Real Valmayor CF", "RVM", 1170),
    ("Atlántico CF", "ATL", 1175),
    ("CD Palmeral", "PAL", 1179),
    ("UD Las Dunas", "DUN", 1184),
    ("Club Deportivo Nevada", "NEV", 1188),
    ("CF Manzanares", "MAN", 1193),
]
LS_WEEKDAYS = ["Lunes", "Martes", "Miércoles", "Jueves", "Viernes", "Sábado", "Domingo"]
LS_MONTHS = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]
#: per gameweek: (day, kick-off times) in order
LS_SCHEDULE: dict[int, list[tuple[date, list[str]]]] = {
    1: [
        (date(2024, 8, 15), ["19:00"]),
        (date(2024, 8, 16), ["19:00", "21:30"]),
        (date(2024, 8, 17), ["17:00", "19:00", "21:30"]),
        (date(2024, 8, 18), ["17:00", "19:30", "21:30"]),
        (date(2024, 8, 19), ["21:30"]),
    ],
    2: [
        (date(2024, 8, 23), ["19:00", "21:30"]),
        (date(2024, 8, 24), ["17:00", "19:00", "21:30"]),
        (date(2024, 8, 25), ["17:00", "19:00", "21:30"]),
        (date(2024, 8, 26), ["19:30", "21:30"]),
    ],
    3: [
        (date(2024, 8, 27), ["19:00", "19:30", "21:30"]),
        (date(2024, 8, 28), ["19:00", "19:30", "21:30", "21:30"]),
        (date(2024, 8, 29), ["19:00", "19:30", "21:30"]),
    ],
}
LS_POSTPONED = (3, 8)  # gameweek 3, ninth match: the pitch was flooded
LS_TV = ["DAZN", "M+ Liga Sol"]
LS_GOALS = [0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 3, 3, 4]

#: (gameweek, index, day, time, home, away, home goals, away goals, tv, postponed)
LsMatch = tuple[int, int, date, str, int, int, int | None, int | None, str, bool]


def _ls_pairings(week: int) -> list[tuple[int, int]]:
    """The circle method: team 0 stays, the others rotate one step per gameweek."""
    n = len(LS_TEAMS)
    ring = list(range(1, n))
    ring = ring[-(week - 1) :] + ring[: -(week - 1)] if week > 1 else ring
    order = [0, *ring]
    pairs = []
    for i in range(n // 2):
        a, b = order[i], order[n - 1 - i]
        pairs.append((a, b) if (i + week) % 2 else (b, a))
    return pairs


def _ls_matches(week: int) -> list[LsMatch]:
    pairs = _ls_pairings(week)
    shuffled = sorted(pairs, key=lambda p: _hex(f"ls-order-{week}-{p[0]}-{p[1]}", 8))
    slots = [(day, time) for day, times in LS_SCHEDULE[week] for time in times]
    out: list[LsMatch] = []
    for index, ((home, away), (day, time)) in enumerate(zip(shuffled, slots, strict=True)):
        postponed = (week, index) == LS_POSTPONED
        hg = None if postponed else LS_GOALS[_num(f"ls-h-{week}-{home}", len(LS_GOALS))]
        ag = None if postponed else LS_GOALS[_num(f"ls-a-{week}-{away}", len(LS_GOALS))]
        tv = LS_TV[0] if _num(f"ls-tv-{week}-{index}", 5) else LS_TV[1]
        out.append((week, index, day, time, home, away, hg, ag, tv, postponed))
    return out


LS_WEEKS = {week: _ls_matches(week) for week in (1, 2, 3)}


def _ls_href(week: int) -> str:
    return f"/{LS_COMP}/resultados/{LS_SEASON}/jornada-{week}"


def _ls_url(match: LsMatch) -> str:
    home, away = LS_TEAMS[match[4]][0], LS_TEAMS[match[5]][0]
    return f"/partido/{LS_COMP}-{LS_SEASON}-jornada-{match[0]}-{slug(home)}-{slug(away)}"


def _ls_shield(team: int, size: int = 40) -> str:
    name, _, shield = LS_TEAMS[team]
    return f'<img src="https://assets.ligasol.es/assets/{_hex(f"shield{shield}", 4)}/shield/{shield}.png?w={size}" alt="{esc(name)}" width="{size}" height="{size}" loading="lazy" class="styled__ImageStyled-sc-17v9b6o-0 fSnXgD"/>'


def _ls_day_heading(day: date) -> str:
    return f"{LS_WEEKDAYS[day.weekday()]}, {day.day} de {LS_MONTHS[day.month - 1]} de {day.year}"


def _ls_row(match: LsMatch) -> str:
    week, index, _day, time, home, away, hg, ag, tv, postponed = match
    score = (
        '<p class="styled__TextStyled-sc-1mby3k1-0 styled__MatchStatus-sc-2bkjf4-3 hHtSmW kWzRfa">Aplazado</p>'
        if postponed
        else f'<p class="styled__TextStyled-sc-1mby3k1-0 styled__MatchResult-sc-2bkjf4-2 hHtSmW gVzAob">{hg} - {ag}</p>'
    )
    hour = "-" if postponed else time
    side = []
    for team, where in ((home, "local"), (away, "visitante")):
        name, short, _ = LS_TEAMS[team]
        side.append(
            f'<div class="styled__ShieldContainer-sc-1opls7r-0 styled__TeamContainer-sc-2bkjf4-1 cNhkcC jWvJcA" data-side="{where}">{_ls_shield(team)}<p class="styled__TextStyled-sc-1mby3k1-0 styled__TeamName-sc-2bkjf4-4 hHtSmW bPfLhy">{esc(name)}</p><p class="styled__TextStyled-sc-1mby3k1-0 styled__TeamShortName-sc-2bkjf4-5 hHtSmW eXyQmL" aria-hidden="true">{short}</p></div>'
        )
    tv_logo = f'<img src="https://assets.ligasol.es/assets/broadcasters/{slug(tv)}.png" alt="{esc(tv)}" width="64" height="24" loading="lazy" class="styled__ImageStyled-sc-17v9b6o-0 fSnXgD"/>'
    return f"""<tr class="styled__TableRow-sc-43wy8s-5 kPvKmz" data-match-id="{90412 + week * 100 + index}">
<td class="styled__TableCell-sc-43wy8s-3 jQdQiH"><p class="styled__TextStyled-sc-1mby3k1-0 hHtSmW">{hour}</p></td>
<td class="styled__TableCell-sc-43wy8s-3 styled__MatchCell-sc-43wy8s-7 jQdQiH hSqGtz"><a href="{_ls_url(match)}" class="link styled__MatchLink-sc-2bkjf4-0 dYVvxn">{side[0]}<div class="styled__MatchStyled-sc-2bkjf4-6 fPqWkR">{score}</div>{side[1]}</a></td>
<td class="styled__TableCell-sc-43wy8s-3 styled__TvCell-sc-43wy8s-8 jQdQiH lnNfTt"><div class="styled__TvContainer-sc-1v3k0qn-0 gnaHjo">{tv_logo}</div></td>
</tr>"""


def _ls_day(day: date, matches: list[LsMatch]) -> str:
    rows = "\n".join(_ls_row(m) for m in matches)
    return f"""<div class="styled__MatchesByDay-sc-43wy8s-0 eFvGhl">
<h3 class="styled__TextHeaderStyled-sc-1x6vmyv-0 styled__DayTitle-sc-43wy8s-9 gYwqHt dkrLcR">{_ls_day_heading(day)}</h3>
<table class="styled__TableStyled-sc-43wy8s-1 bgrtcr">
<thead class="styled__TableHead-sc-43wy8s-2 gRwUZo"><tr><th class="styled__TableHeadCell-sc-43wy8s-4 hPbRRz">HORA</th><th class="styled__TableHeadCell-sc-43wy8s-4 hPbRRz">PARTIDO</th><th class="styled__TableHeadCell-sc-43wy8s-4 hPbRRz">TV</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
</div>"""


def _ls_ad(slot: str) -> str:
    return f"""<div class="styled__AdContainer-sc-1g5t2pv-0 jbMkpD" data-ad-slot="{slot}"><p class="styled__TextStyled-sc-1mby3k1-0 styled__AdLabel-sc-1g5t2pv-1 hHtSmW cTMwHq">Publicidad</p><div id="div-gpt-ad-{slot}" class="adunit" data-adunit="/21743250/ligasol/resultados/{slot}" data-sizes="[[728,90],[970,90],[320,100]]" style="min-height:90px"></div></div>"""


def _ls_promo() -> str:
    return """<aside class="styled__PromoCard-sc-8d1qf4-0 hxgWPo" data-testid="fantasy-promo"><img src="https://assets.ligasol.es/assets/promo/fantasy-2425.jpg" alt="" width="120" height="80" loading="lazy"/><div class="styled__PromoText-sc-8d1qf4-1 bHfRzk"><p class="styled__TextStyled-sc-1mby3k1-0 hHtSmW">LIGA SOL FANTASY</p><h3 class="styled__TextHeaderStyled-sc-1x6vmyv-0 gYwqHt">Crea tu equipo y compite con tus amigos cada jornada</h3><a href="https://fantasy.ligasol.es/?utm_source=web&amp;utm_medium=resultados&amp;utm_campaign=fantasy2425" class="styled__ButtonStyled-sc-1q0jw6s-0 kRfTtU" target="_blank" rel="noopener">Jugar gratis</a></div></aside>"""


def _ls_standings() -> str:
    table = {t: [0, 0, 0, 0] for t in range(len(LS_TEAMS))}  # played, points, goals for, goals against
    for week in (1, 2, 3):
        for m in LS_WEEKS[week]:
            if m[9]:
                continue
            home, away, hg, ag = m[4], m[5], m[6] or 0, m[7] or 0
            for team, gf, ga in ((home, hg, ag), (away, ag, hg)):
                table[team][0] += 1
                table[team][1] += 3 if gf > ga else 1 if gf == ga else 0
                table[team][2] += gf
                table[team][3] += ga
    order = sorted(table, key=lambda t: (-table[t][1], -(table[t][2] - table[t][3]), -table[t][2], LS_TEAMS[t][0]))
    rows = "".join(
        f'<tr class="styled__StandingRow-sc-5uw3kq-2 eQmZcS"><td class="styled__Position-sc-5uw3kq-3 bYpWqa">{pos}</td><td class="styled__StandingTeam-sc-5uw3kq-4 cKdQzW">{_ls_shield(t, 24)}<span>{LS_TEAMS[t][1]}</span></td><td>{table[t][0]}</td><td>{table[t][2] - table[t][3]:+d}</td><td><strong>{table[t][1]}</strong></td></tr>'
        for pos, t in enumerate(order, 1)
    )
    return f"""<section class="styled__StandingsWidget-sc-5uw3kq-0 hMjRqB"><h2 class="styled__TextHeaderStyled-sc-1x6vmyv-0 gYwqHt">Clasificación</h2><table class="styled__StandingsTable-sc-5uw3kq-1 fWvNcP"><thead><tr><th>POS</th><th>CLUB</th><th>PJ</th><th>DG</th><th>PTS</th></tr></thead><tbody>{rows}</tbody></table><a href="/{LS_COMP}/clasificacion" class="link styled__LinkStyled-sc-3sk9yl-0 gKxPqz">Ver clasificación completa</a></section>"""


def _ls_week_menu(current: int) -> str:
    items = []
    for week in range(1, 39):
        if week == current:
            items.append(
                f'<li class="styled__DropdownItem-sc-d9k1bl-3 dKvFsQ selected" aria-selected="true"><span>Jornada {week}</span></li>'
            )
        elif week <= 3:
            items.append(
                f'<li class="styled__DropdownItem-sc-d9k1bl-3 dKvFsQ"><a href="{_ls_href(week)}" class="link">Jornada {week}</a></li>'
            )
        else:
            items.append(
                f'<li class="styled__DropdownItem-sc-d9k1bl-3 dKvFsQ disabled" aria-disabled="true"><span>Jornada {week}</span></li>'
            )
    prev = (
        f'<a href="{_ls_href(current - 1)}" class="link styled__ArrowButton-sc-d9k1bl-5 hGsWzt" aria-label="Jornada anterior"><svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path d="M10 3 5 8l5 5"/></svg></a>'
        if current > 1
        else '<span class="styled__ArrowButton-sc-d9k1bl-5 hGsWzt disabled" aria-disabled="true" aria-label="Jornada anterior"><svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path d="M10 3 5 8l5 5"/></svg></span>'
    )
    nxt = (
        f'<a href="{_ls_href(current + 1)}" class="link styled__ArrowButton-sc-d9k1bl-5 hGsWzt" aria-label="Jornada siguiente"><svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path d="m6 3 5 5-5 5"/></svg></a>'
        if current < 3
        else '<span class="styled__ArrowButton-sc-d9k1bl-5 hGsWzt disabled" aria-disabled="true" aria-label="Jornada siguiente"><svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path d="m6 3 5 5-5 5"/></svg></span>'
    )
    seasons = "".join(
        f'<li class="styled__DropdownItem-sc-d9k1bl-3 dKvFsQ{" selected" if s == LS_SEASON else ""}"><a href="/{LS_COMP}/resultados/{s}" class="link">Temporada {s.replace("-", "/")}</a></li>'
        for s in ("2024-25", "2023-24", "2022-23", "2021-22")
    )
    return f"""<div class="styled__FiltersContainer-sc-d9k1bl-0 fTnPzw">
<div class="styled__DropdownContainer-sc-d9k1bl-1 bQpXvN"><button type="button" class="styled__DropdownButton-sc-d9k1bl-2 eHxJwz" aria-haspopup="listbox">Temporada {LS_SEASON.replace("-", "/")}</button><ul class="styled__DropdownList-sc-d9k1bl-4 iRtGdn" role="listbox">{seasons}</ul></div>
<div class="styled__GameweekSelector-sc-d9k1bl-6 kCwJqt">{prev}<div class="styled__DropdownContainer-sc-d9k1bl-1 bQpXvN"><button type="button" class="styled__DropdownButton-sc-d9k1bl-2 eHxJwz" aria-haspopup="listbox">Jornada {current}</button><ul class="styled__DropdownList-sc-d9k1bl-4 iRtGdn" role="listbox">{"".join(items)}</ul></div>{nxt}</div>
</div>"""


def _ls_next_data(week: int) -> str:
    matches = [
        {
            "id": 90412 + m[0] * 100 + m[1],
            "name": f"{LS_TEAMS[m[4]][0]} - {LS_TEAMS[m[5]][0]}",
            "slug": _ls_url(m).removeprefix("/partido/"),
            "date": f"{m[2].isoformat()}T{int(m[3][:2]) - 2:02d}:{m[3][3:]}:00+00:00",
            "status": "Postponed" if m[9] else "FullTime",
            "home_team": {
                "id": LS_TEAMS[m[4]][2],
                "nickname": LS_TEAMS[m[4]][0],
                "shortname": LS_TEAMS[m[4]][1],
                "slug": slug(LS_TEAMS[m[4]][0]),
            },
            "away_team": {
                "id": LS_TEAMS[m[5]][2],
                "nickname": LS_TEAMS[m[5]][0],
                "shortname": LS_TEAMS[m[5]][1],
                "slug": slug(LS_TEAMS[m[5]][0]),
            },
            "home_score": m[6],
            "away_score": m[7],
            "tvs": [{"name": m[8], "slug": slug(m[8])}],
            "gameweek": {"week": m[0], "name": f"Jornada {m[0]}"},
        }
        for m in LS_WEEKS[week]
    ]
    data = {
        "props": {
            "pageProps": {
                "competition": {"slug": LS_COMP, "name": "LIGA SOL"},
                "season": {"name": "LIGA SOL 2024/25", "year": 2024},
                "gameweek": {"week": week, "name": f"Jornada {week}", "shortname": f"J{week}"},
                "matches": matches,
                "lang": "es",
            },
            "__N_SSP": True,
        },
        "page": "/[competition]/resultados/[season]/[gameweek]",
        "query": {"competition": LS_COMP, "season": LS_SEASON, "gameweek": f"jornada-{week}"},
        "buildId": LS_BUILD,
        "isFallback": False,
        "gssp": True,
        "locale": "es",
        "locales": ["es", "en", "fr", "pt"],
        "defaultLocale": "es",
        "scriptLoader": [],
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")


def _ls_page(week: int) -> str:
    matches = LS_WEEKS[week]
    days: list[tuple[date, list[LsMatch]]] = []
    for m in matches:
        if not days or days[-1][0] != m[2]:
            days.append((m[2], []))
        days[-1][1].append(m)
    blocks = []
    for i, (day, group) in enumerate(days):
        blocks.append(_ls_day(day, group))
        if i == 0:
            blocks.append(_ls_ad("resultados_middle_1"))
        if i == 1:
            blocks.append(_ls_promo())
    sponsors = "".join(
        f'<li><a href="{href}" target="_blank" rel="noopener" class="link"><img src="https://assets.ligasol.es/assets/sponsors/{slug(name)}.svg" alt="{name}" width="72" height="24"/></a></li>'
        for name, href in (
            ("Banco Meridiano", "https://www.bancomeridiano.es"),
            ("Cervezas Alhambra Norte", "https://www.alhambranorte.es"),
            ("Balón Estrella", "https://www.balonestrella.com"),
            ("Seguros Faro", "https://www.segurosfaro.es"),
        )
    )
    prev_link = f'<link rel="prev" href="https://www.ligasol.es{_ls_href(week - 1)}"/>' if week > 1 else ""
    return f"""<!DOCTYPE html>
<html lang="es">
<head>
<meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>Resultados LIGA SOL 2024/25 Jornada {week} | Liga Sol</title>
<meta name="description" content="Consulta todos los resultados de la jornada {week} de LIGA SOL en la temporada 2024/25: marcadores, horarios y televisiones de cada partido."/>
<link rel="canonical" href="https://www.ligasol.es{_ls_href(week)}"/>{prev_link}
<link rel="alternate" hrefLang="en" href="https://www.ligasol.es/en-GB/{LS_COMP}/results/{LS_SEASON}/gameweek-{week}"/>
<meta property="og:title" content="Resultados LIGA SOL 2024/25 Jornada {week}"/>
<meta property="og:image" content="https://assets.ligasol.es/assets/og/ligasol-2425.jpg"/>
<meta name="next-head-count" content="9"/>
<link rel="preload" href="/_next/static/media/ligasol-sans-bold.3f9a1c.woff2" as="font" type="font/woff2" crossorigin="anonymous"/>
<link rel="preload" href="/_next/static/css/5c1d0e8a7b2f9e31.css" as="style"/><link rel="stylesheet" href="/_next/static/css/5c1d0e8a7b2f9e31.css" data-n-g=""/>
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" type="text/javascript" charSet="UTF-8" data-domain-script="0190c5a4-7b1e-7d2f-9a3c-ligasol-es"></script>
<script>function OptanonWrapper() {{ window.dataLayer = window.dataLayer || []; window.dataLayer.push({{event: "OneTrustGroupsUpdated"}}); }}</script>
<script defer src="/_next/static/chunks/polyfills-42372ed130431b0a.js" noModule=""></script>
<script src="/_next/static/chunks/webpack-8b1f3c2e4d5a6f70.js" defer=""></script>
<script src="/_next/static/chunks/framework-2c79e2a64abdb08b.js" defer=""></script>
<script src="/_next/static/chunks/main-a1d2f3e4b5c6d7e8.js" defer=""></script>
<script src="/_next/static/chunks/pages/%5Bcompetition%5D/resultados/%5Bseason%5D/%5Bgameweek%5D-9e8d7c6b5a4f3e21.js" defer=""></script>
<script src="/_next/static/{LS_BUILD}/_buildManifest.js" defer=""></script>
<style data-styled="" data-styled-version="5.3.11">.kPvKmz{{border-bottom:1px solid #e6e6e6;}}.jQdQiH{{padding:12px 8px;vertical-align:middle;}}.dYVvxn{{display:grid;grid-template-columns:1fr 96px 1fr;align-items:center;color:inherit;text-decoration:none;}}.eXyQmL{{display:none;}}@media (max-width:767px){{.bPfLhy{{display:none;}}.eXyQmL{{display:block;}}}}.gVzAob{{font-weight:700;font-size:20px;text-align:center;}}.kWzRfa{{color:#d4001c;text-transform:uppercase;font-size:12px;text-align:center;}}.iRtGdn{{display:none;position:absolute;}}.dKvFsQ.disabled{{color:#b3b3b3;}}</style>
</head>
<body>
<div id="__next">
<div class="styled__LayoutStyled-sc-1d3p7vk-0 fGbLpA">
<div class="styled__SponsorsBar-sc-1yq4kd0-0 bIkxGg"><p class="styled__TextStyled-sc-1mby3k1-0 hHtSmW">Patrocinadores oficiales</p><ul>{sponsors}</ul></div>
<header class="styled__HeaderStyled-sc-1w4e0v2-0 cRnqYk">
<a href="/" class="link styled__LogoLink-sc-1w4e0v2-1 jKcWxP" aria-label="LIGA SOL"><svg width="120" height="40" viewBox="0 0 120 40" aria-hidden="true"><circle cx="20" cy="20" r="16"/></svg></a>
<nav class="styled__MainNav-sc-1w4e0v2-2 bvXcZl" aria-label="Navegación principal"><ul>
<li><a href="/{LS_COMP}" class="link">LIGA SOL</a></li><li><a href="/liga-plata" class="link">LIGA PLATA</a></li><li><a href="/clubes" class="link">Clubes</a></li><li><a href="/noticias" class="link">Noticias</a></li><li><a href="/videos" class="link">Vídeos</a></li><li><a href="/estadisticas-avanzadas" class="link">Estadísticas</a></li><li><a href="https://fantasy.ligasol.es" class="link" target="_blank" rel="noopener">Fantasy</a></li><li><a href="https://tienda.ligasol.es" class="link" target="_blank" rel="noopener">Tienda</a></li>
</ul></nav>
<div class="styled__HeaderActions-sc-1w4e0v2-3 eWpYtD"><button type="button" class="styled__SearchButton-sc-1w4e0v2-4 dPxQsZ" aria-label="Buscar"><svg width="20" height="20" aria-hidden="true"><circle cx="9" cy="9" r="7"/></svg></button><div class="styled__LanguageSelector-sc-1w4e0v2-5 hRkYtq"><button type="button" aria-haspopup="listbox">ES</button><ul role="listbox"><li><a href="/en-GB/{LS_COMP}/results/{LS_SEASON}/gameweek-{week}">EN</a></li><li><a href="/fr/{LS_COMP}/resultats/{LS_SEASON}/journee-{week}">FR</a></li><li><a href="/pt/{LS_COMP}/resultados/{LS_SEASON}/jornada-{week}">PT</a></li></ul></div><a href="https://id.ligasol.es/login" class="link styled__LoginLink-sc-1w4e0v2-6 gHmWvQ">Iniciar sesión</a></div>
</header>
<div class="styled__CompetitionHeader-sc-7n1qcz-0 kVxWpR"><img src="https://assets.ligasol.es/assets/competitions/liga-sol-2425.svg" alt="LIGA SOL" width="56" height="56"/><h1 class="styled__TextHeaderStyled-sc-1x6vmyv-0 styled__CompetitionTitle-sc-7n1qcz-1 gYwqHt bTqJxR">Resultados LIGA SOL</h1></div>
<nav class="styled__SubMenu-sc-7n1qcz-2 hWqYnE" aria-label="Secciones de la competición"><ul><li><a href="/{LS_COMP}" class="link">Inicio</a></li><li class="active"><a href="/{LS_COMP}/resultados" class="link" aria-current="page">Resultados</a></li><li><a href="/{LS_COMP}/calendario" class="link">Calendario</a></li><li><a href="/{LS_COMP}/clasificacion" class="link">Clasificación</a></li><li><a href="/{LS_COMP}/estadisticas" class="link">Estadísticas</a></li><li><a href="/{LS_COMP}/noticias" class="link">Noticias</a></li></ul></nav>
{_ls_ad("resultados_top")}
<main class="styled__MainContent-sc-1d3p7vk-1 lbXnQs">
<div class="styled__ResultsContainer-sc-43wy8s-10 gLbHcW">
{_ls_week_menu(week)}
<h2 class="styled__TextHeaderStyled-sc-1x6vmyv-0 styled__GameweekTitle-sc-43wy8s-11 gYwqHt fMqZcX">LIGA SOL 2024/25 · Jornada {week}</h2>
{chr(10).join(blocks)}
<p class="styled__TextStyled-sc-1mby3k1-0 styled__TimezoneNote-sc-43wy8s-12 hHtSmW dWkRzq">Horarios en hora peninsular española (CEST).</p>
</div>
<aside class="styled__Sidebar-sc-1d3p7vk-2 eLxRgC">{_ls_standings()}{_ls_ad("resultados_sidebar")}</aside>
</main>
<footer class="styled__FooterStyled-sc-5x8gq1-0 jHbVpL"><ul class="styled__FooterLinks-sc-5x8gq1-1 bRsWkT"><li><a href="/transparencia" class="link">Transparencia</a></li><li><a href="/aviso-legal" class="link">Aviso legal</a></li><li><a href="/politica-de-privacidad" class="link">Política de privacidad</a></li><li><a href="/politica-de-cookies" class="link">Política de cookies</a></li><li><a href="/contacto" class="link">Contacto</a></li></ul><p class="styled__TextStyled-sc-1mby3k1-0 hHtSmW">© Liga Sol de Fútbol Profesional 2024. Todos los derechos reservados.</p></footer>
</div>
</div>
<div id="onetrust-consent-sdk"><div class="onetrust-pc-dark-filter ot-fade-in"></div><div id="onetrust-banner-sdk" class="otFlat ot-wo-title vertical-align-content" tabindex="0" role="region" aria-label="Banner de cookies"><div class="ot-sdk-container"><div class="ot-sdk-row"><div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns"><div class="banner_logo"></div><div id="onetrust-policy"><div id="onetrust-policy-text">Utilizamos cookies propias y de terceros para analizar la navegación, mostrarte publicidad personalizada en función de tus hábitos y permitir el uso de redes sociales. Puedes aceptar todas las cookies, rechazarlas o configurar su uso. <a class="ot-cookie-policy-link" href="/politica-de-cookies" aria-label="Más información sobre tu privacidad, se abre en una nueva pestaña" rel="noopener" target="_blank">Política de cookies</a></div></div></div><div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns"><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Configurar cookies</button><button id="onetrust-reject-all-handler">Rechazar todas</button><button id="onetrust-accept-btn-handler">Aceptar todas las cookies</button></div></div></div></div></div></div>
<script id="__NEXT_DATA__" type="application/json">{_ls_next_data(week)}</script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
<script>window.googletag = window.googletag || {{cmd: []}}; googletag.cmd.push(function () {{ document.querySelectorAll(".adunit").forEach(function (el) {{ googletag.defineSlot(el.dataset.adunit, JSON.parse(el.dataset.sizes), el.id).addService(googletag.pubads()); }}); googletag.pubads().enableSingleRequest(); googletag.enableServices(); }});</script>
</body>
</html>"""


@twentyninth_c
def build_ligasol() -> None:
    s = Site(
        "ligasol",
        kind="football league results by gameweek (LaLiga 2024–25 Next.js site: styled-components styled__X-sc- class pairs, OneTrust banner, sponsor strip, competition sub-menu, season and gameweek drop-downs of links with 'Jornada anterior' / 'Jornada siguiente' arrows; one gameweek's matches grouped by day under 'Martes, 27 de agosto de 2024' headings, each day a table of rows: kick-off time, one match link with home shield img alt + name + hidden three-letter short name, '2 - 1' or 'Aplazado', the away side, and a broadcaster logo known only by its alt; a Publicidad slot after the first day and a fantasy promo after the second; standings widget in the sidebar; __NEXT_DATA__ with the matches in UTC; start = latest gameweek, then the two before)",
        start=f"{LS_COMP}/resultados/{LS_SEASON}/jornada-3",
        description="A national football league's results section copied from LaLiga's 2024–25 Next.js site, first three gameweeks of the 2024/25 season seen on 30 August 2024: the results page opens on the latest gameweek (3, midweek) and reaches gameweeks 2 and 1 through the 'Jornada anterior' arrow and the gameweek drop-down (a ul of links for the played gameweeks, disabled spans for 4–38). Head with canonical / rel prev, OneTrust stub, Next.js chunks and a styled-components style block; a sponsor strip, the header (logo, main navigation, search, language drop-down of links, 'Iniciar sesión'), the competition header h1 'Resultados LIGA SOL', the competition sub-menu, a top ad slot; the filters (season drop-down, gameweek selector), h2 'LIGA SOL 2024/25 · Jornada 3', then per day a div with an h3 'Martes, 27 de agosto de 2024' and a table (HORA / PARTIDO / TV) of rows: the kick-off time ('-' for the postponed match), a match link /partido/liga-sol-2024-25-jornada-N-<home>-<away> holding two ShieldContainer divs (shield img with the team's name as alt, a p with the name, an aria-hidden p with the short name shown only on phones) around the score p '2 - 1' or 'Aplazado', and the broadcaster's logo img (alt 'DAZN' / 'M+ Liga Sol'); a 'Publicidad' GPT slot after the first day and a 'LIGA SOL FANTASY' promo after the second; a timezone note; the sidebar standings table (short names only) and an ad slot; the footer; the OneTrust banner; __NEXT_DATA__ with the gameweek's matches (UTC dates, scores, tv). 10 + 10 + 10 matches, one postponed. Written down: date (the day heading, ISO), time (absent for the postponed match), home_team, away_team, home_score, away_score (both absent when postponed), url, tv, status ('Aplazado' on the postponed match only).",
    )
    for week in (3, 2, 1):
        s.list_page(f"{LS_COMP}/resultados/{LS_SEASON}/jornada-{week}/index.html", _ls_page(week))
    for week in (3, 2, 1):
        for m in LS_WEEKS[week]:
            s.expect(
                {
                    "date": m[2].isoformat(),
                    "time": None if m[9] else m[3],
                    "home_team": LS_TEAMS[m[4]][0],
                    "away_team": LS_TEAMS[m[5]][0],
                    "home_score": m[6],
                    "away_score": m[7],
                    "url": _ls_url(m),
                    "tv": m[8],
                    "status": "Aplazado" if m[9] else None,
                }
            )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# addonwharf: an add-on's version history (addons.mozilla.org 2024–25 frontend), 25 versions a page.
# ---------------------------------------------------------------------------------------------------

AW_SLUG = "tab-lantern"
AW_NAME = "Tab Lantern"
AW_ADDON_ID = 2718845
AW_PATH = f"en-US/firefox/addon/{AW_SLUG}/versions/"
AW_PER_PAGE = 25
AW_VERSIONS_ASC = [
    "1.0.0",
    "1.0.1",
    "1.1.0",
    "1.1.1",
    "1.2.0",
    "1.3.0",
    "1.3.1",
    "1.4.0",
    "2.0.0",
    "2.0.1",
    "2.0.2",
    "2.1.0",
    "2.2.0",
    "2.2.1",
    "2.3.0",
    "2.4.0",
    "2.4.1",
    "2.5.0",
    "3.0.0",
    "3.0.1",
    "3.1.0",
    "3.1.1",
    "3.2.0",
    "3.3.0",
    "3.3.1",
    "3.3.2",
    "3.4.0",
    "3.5.0",
    "3.5.1",
    "3.6.0",
    "3.6.1",
    "3.7.0",
    "4.0.0",
    "4.0.1",
    "4.0.2",
    "4.1.0",
    "4.1.1",
    "4.2.0",
    "4.2.1",
    "4.3.0",
    "4.4.0",
    "4.4.1",
    "4.5.0",
    "4.6.0",
    "4.6.1",
    "4.7.0",
    "4.8.0",
    "4.8.1",
    "5.0.0",
    "5.0.1",
    "5.0.2",
    "5.0.3",
    "5.0.4",
    "5.1.0",
    "5.1.1",
    "5.1.2",
    "5.1.3",
    "5.1.4",
    "5.1.5",
    "5.1.6",
    "5.2.0",
    "5.2.1",
]
AW_LATEST_DAY = date(2025, 3, 4)
AW_ANDROID_FROM = date(2023, 12, 14)
AW_MPL = ("Mozilla Public License, version 2.0", "https://www.mozilla.org/MPL/2.0/")
AW_GPL = ("GNU General Public License v3.0", "https://www.gnu.org/licenses/gpl-3.0.html")
#: release notes of the versions that have some (the others show none)
AW_NOTES: dict[str, str] = {
    "5.2.1": "Fixed the tab counter badge showing a stale number after restoring a session. Container colours are now kept when a group is moved to another window.",
    "5.2.0": "New: pin a whole group to the toolbar. The sidebar search now matches tab URLs as well as titles. Updated Czech, Japanese and Portuguese (Brazil) translations.",
    "5.1.6": "Fixed a crash of the options page when sync storage was full.",
    "5.1.5": "Restored the keyboard shortcut Alt+Shift+L, which some users lost after updating to 5.1.4.",
    "5.1.4": "Performance: groups with more than 500 tabs open about three times faster. Fixed drag and drop between two sidebars.",
    "5.1.2": "Fixed dark theme contrast in the popup.",
    "5.1.0": "Tab Lantern now works on Firefox for Android: open the add-on menu to see your groups. Settings are shared between devices through Firefox Sync.",
    "5.0.4": "Fixed groups disappearing when private browsing windows were closed.",
    "5.0.2": "Fixed the import of backups made with version 4.",
    "5.0.0": "A rewritten sidebar with nested groups, colour labels and a compact mode. Backups are now plain JSON files. Requires Firefox 115 or later.",
    "4.8.1": "Fixed the toolbar icon in high-contrast mode.",
    "4.8.0": "Added an option to discard tabs of collapsed groups to save memory.",
    "4.7.0": "Group titles can now hold emoji. New Turkish and Ukrainian translations.",
    "4.6.0": "Search across all windows from the popup.",
    "4.5.0": "Added automatic backups every day, kept for a week.",
    "4.4.0": "Manifest V3 preparations; no visible changes.",
    "4.2.0": "Middle-click a group to open all its tabs in a new window.",
    "4.0.0": "New icon and popup design. Dropped support for Firefox versions older than 91.",
    "3.7.0": "Added a context menu entry to move the current tab to a group.",
    "3.5.0": "Sessions are now saved every minute instead of every five minutes.",
    "3.3.0": "Support for container tabs.",
    "3.0.0": "The add-on is now released under the Mozilla Public License 2.0. Groups can be exported as bookmarks.",
    "2.4.0": "Added German, French and Spanish translations.",
    "2.0.0": "Tab groups are now shown in the sidebar.",
    "1.3.0": "Added a dark theme.",
    "1.0.0": "First release.",
}

#: (version, day, file id, size in bytes, firefox min, android min or None, licence, notes or None)
AwVersion = tuple[str, date, int, int, str, str | None, tuple[str, str], str | None]


def _aw_versions() -> list[AwVersion]:
    out: list[AwVersion] = []
    day = AW_LATEST_DAY
    file_id = 4458213
    for index, version in enumerate(reversed(AW_VERSIONS_ASC)):
        if index:
            day -= timedelta(days=9 + _num(f"aw-gap-{version}", 45))
            file_id -= 1800 + _num(f"aw-file-{version}", 9000)
        major = int(version.split(".")[0])
        size = 120_000 + (len(AW_VERSIONS_ASC) - index) * 7_900 + _num(f"aw-size-{version}", 4_000)
        firefox = {1: "60.0", 2: "68.0", 3: "78.0", 4: "91.0", 5: "115.0"}[major]
        if version >= "4.6.0" and major == 4:
            firefox = "102.0"
        android = "120.0" if day >= AW_ANDROID_FROM and version >= "5.1.0" else None
        licence = AW_MPL if major >= 3 else AW_GPL
        out.append((version, day, file_id, size, firefox, android, licence, AW_NOTES.get(version)))
    return out


AW_VERSIONS = _aw_versions()


def _aw_size(size: int) -> str:
    return f"{size / 1024:.2f} KB"


def _aw_day(day: date) -> str:
    return f"{day.strftime('%b')} {day.day}, {day.year}"


def _aw_file_url(v: AwVersion) -> str:
    return f"/firefox/downloads/file/{v[2]}/tab_lantern-{v[0]}.xpi"


def _aw_href(page: int) -> str:
    return f"/{AW_PATH}?page={page}"


def _aw_compat(v: AwVersion) -> str:
    text = f"Works with firefox {v[4]} and later"
    return f"{text}, android {v[5]} and later" if v[5] else text


def _aw_card(v: AwVersion, heading: str | None) -> str:
    head = f'<h2 class="AddonVersionCard-heading">{heading}</h2>' if heading else ""
    notes = (
        f'<section class="Card ShowMoreCard AddonVersionCard-releaseNotes ShowMoreCard--expanded Card--no-header Card--no-footer"><div class="Card-contents"><div class="ShowMoreCard-contents"><div>{esc(v[7])}</div></div></div></section>'
        if v[7]
        else ""
    )
    fx = f"https://www.mozilla.org/firefox/download/thanks/?s=direct&amp;utm_campaign=amo-fx-cta-{AW_ADDON_ID}&amp;utm_content=rta%3A{_hex('rta' + v[0], 24)}&amp;utm_medium=referral&amp;utm_source=addons.mozilla.org"
    return f"""<li class="AddonVersionCard{" AddonVersionCard--withHeading" if heading else ""}" id="version-{v[0]}">{head}<div class="AddonVersionCard-content">
<div class="AddonVersionCard-version-wrapper"><h3 class="AddonVersionCard-version">Version {v[0]}</h3></div>
<div class="AddonVersionCard-fileInfo">Released {_aw_day(v[1])} - {_aw_size(v[3])}</div>
<div class="AddonVersionCard-compatibility">{_aw_compat(v)}</div>
<div class="AddonVersionCard-license">Source code released under <a class="AddonVersionCard-licenseLink" href="{v[6][1]}" rel="noopener noreferrer" target="_blank">{esc(v[6][0])}</a></div>
{notes}<div class="AddonVersionCard-ctas"><div class="InstallButtonWrapper"><div class="GetFirefoxButton GetFirefoxButton--new"><a class="Button Button--action Button--puffy GetFirefoxButton-button" href="{fx}">Download Firefox and get the extension</a></div><a class="InstallButtonWrapper-download-link" href="{_aw_file_url(v)}">Download file</a></div></div>
</div></li>"""


def _aw_paginate(number: int, total: int) -> str:
    prev = (
        f'<a class="Button Button--cancel Paginate-item Paginate-item--previous" href="{_aw_href(number - 1)}">Previous</a>'
        if number > 1
        else '<button class="Button Button--cancel Button--disabled Paginate-item Paginate-item--previous" disabled="" type="button">Previous</button>'
    )
    nxt = (
        f'<a class="Button Button--cancel Paginate-item Paginate-item--next" href="{_aw_href(number + 1)}">Next</a>'
        if number < total
        else '<button class="Button Button--cancel Button--disabled Paginate-item Paginate-item--next" disabled="" type="button">Next</button>'
    )
    numbers = "".join(
        f'<a class="Button Button--cancel Paginate-item{" Paginate-item--current-page" if n == number else ""}" href="{_aw_href(n)}">{n}</a>'
        for n in range(1, total + 1)
    )
    return f'<div class="Paginate"><div class="Paginate-links">{prev}{numbers}{nxt}</div><div class="Paginate-page-number">Page {number} of {total}</div></div>'


def _aw_state(number: int, versions: list[AwVersion]) -> str:
    by_id = {
        str(9_100_000 + v[2] % 1_000_000): {
            "id": 9_100_000 + v[2] % 1_000_000,
            "version": v[0],
            "channel": "listed",
            "compatibility": {
                "firefox": {"min": v[4], "max": "*"},
                **({"android": {"min": v[5], "max": "*"}} if v[5] else {}),
            },
            "file": {
                "id": v[2],
                "created": f"{v[1].isoformat()}T{8 + _num('h' + v[0], 12):02d}:{_num('m' + v[0], 60):02d}:11Z",
                "size": v[3],
                "status": "public",
                "url": f"https://addonwharf.org{_aw_file_url(v)}",
                "permissions": ["storage", "tabs", "sessions", "menus", "contextualIdentities"],
            },
            "license": {"name": v[6][0], "url": v[6][1], "is_custom": False},
            "release_notes": v[7],
            "is_strict_compatibility_enabled": False,
        }
        for v in versions
    }
    state = {
        "api": {
            "clientApp": "firefox",
            "lang": "en-US",
            "regionCode": "GB",
            "userAgentInfo": {
                "browser": {"name": "Chrome", "version": "133.0.0.0", "major": "133"},
                "os": {"name": "Windows", "version": "10"},
            },
        },
        "addons": {
            "byID": {
                str(AW_ADDON_ID): {
                    "id": AW_ADDON_ID,
                    "slug": AW_SLUG,
                    "name": AW_NAME,
                    "type": "extension",
                    "guid": "{7c3e1a52-tab-lantern}",
                    "ratings": {"average": 4.6124, "bayesian_average": 4.6015, "count": 1873, "text_count": 611},
                    "average_daily_users": 48213,
                }
            }
        },
        "versions": {"byId": by_id, "bySlug": {AW_SLUG: {"versionIds": [int(k) for k in by_id], "loading": False}}},
        "addonsByAuthors": {},
        "site": {"readOnly": False, "notice": None},
        "pagination": {"page": number, "pageSize": AW_PER_PAGE, "count": len(AW_VERSIONS)},
    }
    return json.dumps(state, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")


def _aw_page(number: int, total: int, versions: list[AwVersion]) -> str:
    cards = []
    for i, v in enumerate(versions):
        heading = None
        if number == 1 and i == 0:
            heading = "Latest version"
        elif (number == 1 and i == 1) or (number > 1 and i == 0):
            heading = "Older versions"
        cards.append(_aw_card(v, heading))
    more_items = "".join(
        f'<li class="DropdownMenuItem DropdownMenuItem-link"><a href="{href}">{label}</a></li>'
        for label, href in (
            ("Dictionaries & Language Packs", "/en-US/firefox/language-tools/"),
            ("Other Browser Sites", None),
            ("Add-ons for Android", "/en-US/android/"),
        )
        if href
    )
    prev_link = f'<link rel="prev" href="https://addonwharf.org{_aw_href(number - 1)}"/>' if number > 1 else ""
    next_link = f'<link rel="next" href="https://addonwharf.org{_aw_href(number + 1)}"/>' if number < total else ""
    return f"""<!DOCTYPE html>
<html lang="en-US" dir="ltr">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title data-react-helmet="true">{AW_NAME} – Get this Extension for 🦊 Firefox (en-US)</title>
<meta data-react-helmet="true" name="description" content="Download {AW_NAME} for Firefox. Group, search and restore your tabs from a sidebar."/>
<meta data-react-helmet="true" name="robots" content="noindex, follow"/>
<link data-react-helmet="true" rel="canonical" href="https://addonwharf.org/{AW_PATH}{"" if number == 1 else f"?page={number}"}"/>{prev_link}{next_link}
<link rel="shortcut icon" href="https://addonwharf.org/static-frontend/favicon.5d2e0f8c.ico"/>
<link href="https://addonwharf.org/static-frontend/amo-2f7c9a41d3e8b6c5a0f1.css" integrity="sha512-{_hex("aw-css", 40)}" crossorigin="anonymous" rel="stylesheet" type="text/css"/>
<link rel="preload" href="https://addonwharf.org/static-frontend/Inter-roman-latin.var.3a9c2e1f.woff2" as="font" type="font/woff2" crossorigin="anonymous"/>
</head>
<body class="noscriptenabled">
<div id="react-view"><div class="App"><div class="Page-amo">
<header class="Header"><div class="Header-wrapper">
<div class="Header-content"><a class="Header-title" href="/en-US/firefox/"><span class="visually-hidden">Firefox Browser Add-ons</span></a></div>
<ul class="SectionLinks Header-SectionLinks"><li><a class="SectionLinks-link SectionLinks-link-extension SectionLinks-link--active" href="/en-US/firefox/extensions/">Extensions</a></li><li><a class="SectionLinks-link SectionLinks-link-theme" href="/en-US/firefox/themes/">Themes</a></li><li><div class="DropdownMenu SectionLinks-link SectionLinks-dropdown"><button class="DropdownMenu-button" title="More…" type="button"><span class="DropdownMenu-button-text">More…</span><svg class="Icon Icon-inverted-caret" aria-hidden="true" width="8" height="5"></svg></button><ul class="DropdownMenu-items" aria-hidden="true"><li class="DropdownMenuItem DropdownMenuItem-section">for Firefox</li>{more_items}</ul></div></li></ul>
<div class="Header-user-and-external-links"><a class="Header-blog-link Header-button" href="/blog/">Firefox Add-ons Blog</a><a class="Header-extension-workshop-link Header-button" href="https://extensionworkshop.com/?utm_source=addons.mozilla.org&amp;utm_medium=referral&amp;utm_content=header-link" target="_blank" rel="noopener noreferrer">Extension Workshop</a><a class="Header-developer-hub-link Header-button" href="/en-US/developers/" target="_blank" rel="noopener noreferrer">Developer Hub</a><a class="Button Button--none AuthenticateButton Header-authenticate-button Header-button" href="#login"><svg class="Icon Icon-user-dark" aria-hidden="true"></svg>Log in</a></div>
<form class="SearchForm Header-search-form" method="GET" action="/en-US/firefox/search/" data-no-csrf=""><label class="visually-hidden" for="AutoSearchInput-q">Find add-ons</label><div class="AutoSearchInput-search-box"><input autocomplete="off" class="AutoSearchInput-query" id="AutoSearchInput-q" maxlength="100" minlength="2" name="q" placeholder="Find add-ons" type="search" value=""/><button class="AutoSearchInput-submit-button" type="submit"><span class="visually-hidden">Search</span><svg class="Icon Icon-magnifying-glass" aria-hidden="true"></svg></button></div></form>
</div></header>
<div class="Notice Notice-warning GetFirefoxBanner Notice-dismissible"><div class="Notice-icon"></div><div class="Notice-column"><div class="Notice-content"><p class="Notice-text"><span class="GetFirefoxBanner-content">To use these add-ons, you'll need to <a class="Button Button--none GetFirefoxBanner-button" href="https://www.mozilla.org/firefox/download/thanks/?utm_source=addons.mozilla.org&amp;utm_medium=referral&amp;utm_campaign=non-fx-button&amp;utm_content=header-download-button">download Firefox</a></span></p></div></div><div class="Notice-dismisser"><button class="Notice-dismisser-button" type="button"><span class="visually-hidden">Dismiss this notice</span><svg class="Icon Icon-inline-content-close" aria-hidden="true"></svg></button></div></div>
<div class="App-content"><div class="App-content-wrapper">
<div class="AddonVersions"><div class="AddonVersions-wrapper">
<section class="Card AddonSummaryCard Card--no-footer"><header class="Card-header"><div class="Card-header-text"><div class="AddonSummaryCard-header"><div class="AddonSummaryCard-header-icon"><a href="/en-US/firefox/addon/{AW_SLUG}/"><img class="AddonSummaryCard-header-icon-image" src="https://addonwharf.org/user-media/addon_icons/2718/{AW_ADDON_ID}-64.png?modified=mcrushed" alt="Add-on icon"/></a></div><div class="AddonSummaryCard-header-text"><h1 class="visually-hidden">{AW_NAME} version history - {len(AW_VERSIONS)} versions</h1><h1 class="AddonTitle"><a href="/en-US/firefox/addon/{AW_SLUG}/">{AW_NAME}</a><span class="AddonTitle-author"> by <a href="/en-US/firefox/user/14250871/">Marit Ekholm</a></span></h1></div></div></div></header><div class="Card-contents"><div class="AddonSummaryCard-overallRatingStars"><div class="Rating Rating--small" title="Rated 4.6 out of 5"><div class="Rating-star Rating-selected-star"></div><div class="Rating-star Rating-selected-star"></div><div class="Rating-star Rating-selected-star"></div><div class="Rating-star Rating-selected-star"></div><div class="Rating-star Rating-half-star"></div></div><div class="AddonSummaryCard-addonAverage">4.6 Stars out of 5</div></div></div></section>
<section class="Card AddonVersionList CardList Card--no-footer"><header class="Card-header"><div class="Card-header-text">{AW_NAME} version history - {len(AW_VERSIONS)} versions</div></header><div class="Card-contents">
<div class="Notice Notice-warning AddonVersionList-warning"><div class="Notice-icon"></div><div class="Notice-column"><div class="Notice-content"><p class="Notice-text">Be careful with old versions! These versions are displayed for testing and reference purposes.</p><p class="Notice-text">You should always use the latest version of an add-on.</p></div></div></div>
<ul>
{chr(10).join(cards)}
</ul>
</div></section>
{_aw_paginate(number, total)}
</div></div>
</div></div>
<footer class="Footer"><div class="Footer-wrapper"><div class="Footer-mozilla-link-wrapper"><a class="Footer-mozilla-link" href="https://mozilla.org/" title="Go to Mozilla's homepage"><svg class="Icon Icon-mozilla" aria-hidden="true"></svg><span class="visually-hidden">Go to Mozilla's homepage</span></a></div>
<section class="Footer-amo-links"><h4 class="Footer-links-header"><a href="/en-US/firefox/">Add-ons</a></h4><ul class="Footer-links"><li><a href="/en-US/about">About</a></li><li><a class="Footer-blog-link" href="/blog/">Firefox Add-ons Blog</a></li><li><a class="Footer-extension-workshop-link" href="https://extensionworkshop.com/?utm_content=footer-link&amp;utm_medium=referral&amp;utm_source=addons.mozilla.org">Extension Workshop</a></li><li><a href="/en-US/developers/">Developer Hub</a></li><li><a class="Footer-developer-policies-link" href="https://extensionworkshop.com/documentation/publish/add-on-policies/">Developer Policies</a></li><li><a class="Footer-community-blog-link" href="https://blog.mozilla.com/addons">Community Blog</a></li><li><a href="https://discourse.mozilla-community.org/c/add-ons">Forum</a></li><li><a class="Footer-bug-report-link" href="https://developer.mozilla.org/docs/Mozilla/Add-ons/AMO/Policy/Contact">Report a bug</a></li><li><a href="/en-US/review_guide">Review Guide</a></li></ul></section>
<section class="Footer-browsers-links"><h4 class="Footer-links-header">Browsers</h4><ul class="Footer-links"><li><a class="Footer-desktop-link" href="https://www.mozilla.org/firefox/new/">Desktop</a></li><li><a class="Footer-mobile-link" href="https://www.mozilla.org/firefox/mobile/">Mobile</a></li><li><a class="Footer-enterprise-link" href="https://www.mozilla.org/firefox/enterprise/">Enterprise</a></li></ul></section>
<div class="Footer-language-picker"><div class="LanguagePicker"><label class="LanguagePicker-header" for="lang-picker">Change language</label><select class="LanguagePicker-selector" id="lang-picker"><option value="de">Deutsch</option><option value="en-GB">English (British)</option><option value="en-US" selected="">English (US)</option><option value="es-ES">Español (de España)</option><option value="fr">Français</option><option value="ja">日本語</option></select></div></div>
<div class="Footer-legal-links"><a href="https://www.mozilla.org/privacy/websites/">Privacy</a><a href="https://www.mozilla.org/privacy/websites/#cookies">Cookies</a><a href="https://www.mozilla.org/about/legal/amo-policies/">Legal</a></div>
<p class="Footer-copyright">Except where otherwise <a href="https://www.mozilla.org/en-US/about/legal/">noted</a>, content on this site is licensed under the <a href="https://creativecommons.org/licenses/by-sa/3.0/">Creative Commons Attribution Share-Alike License v3.0</a> or any later version.</p>
</div></footer>
</div></div></div>
<script type="application/json" id="redux-store-state">{_aw_state(number, versions)}</script>
<script async="" src="https://www.googletagmanager.com/gtag/js?id=G-B9CY1C9VBC"></script>
<script src="https://addonwharf.org/static-frontend/amo-a4d9e0f21b7c3e58d6f0.js" integrity="sha512-{_hex("aw-js", 40)}" crossorigin="anonymous"></script>
</body>
</html>"""


@twentyninth_c
def build_addonwharf() -> None:
    s = Site(
        "addonwharf",
        kind="add-on version history (addons.mozilla.org 2024–25 React frontend, logged out on another browser: Header with SectionLinks and a More… DropdownMenu, 'download Firefox' GetFirefoxBanner notice, AddonSummaryCard with icon / name / 'by' author / stars; a CardList 'Tab Lantern version history - 62 versions' with a 'Be careful with old versions!' Notice, ul of li.AddonVersionCard: h2 'Latest version' / 'Older versions' on the first cards, h3 'Version 5.2.1', fileInfo 'Released Mar 4, 2025 - 597.57 KB', compatibility 'Works with firefox 115.0 and later, android 120.0 and later', 'Source code released under <a>licence</a>', release notes in a ShowMoreCard on some, a 'Download Firefox and get the extension' button + 'Download file' .xpi link; the Paginate component Previous / 1 2 3 / Next + 'Page 1 of 3' over ?page=N (page 1 also as ?page=1); Mozilla footer; script#redux-store-state JSON)",
        start=AW_PATH,
        description="A browser add-on's version history copied from addons.mozilla.org's 2024–25 frontend, as a logged-out visitor on another browser gets it (25 versions a page, newest first): head with the react-helmet title and canonical, rel prev / next; the Header (logo link, Extensions / Themes / More… drop-down, Firefox Add-ons Blog / Extension Workshop / Developer Hub links, Log in, the 'Find add-ons' search form), the 'To use these add-ons, you'll need to download Firefox' notice; an AddonSummaryCard (icon, a visually-hidden h1 'Tab Lantern version history - 62 versions', h1.AddonTitle with the name link and ' by <a>Marit Ekholm</a>', rating stars and '4.6 Stars out of 5'); the version list card (header 'Tab Lantern version history - 62 versions', a warning Notice 'Be careful with old versions! …'), then li.AddonVersionCard#version-X items: h2 'Latest version' on page 1's first card and 'Older versions' on the next page-first card, h3 'Version 5.2.1', div.AddonVersionCard-fileInfo 'Released Mar 4, 2025 - 597.57 KB', div.AddonVersionCard-compatibility 'Works with firefox 115.0 and later' (+ ', android 120.0 and later' from 5.1.0), div.AddonVersionCard-license 'Source code released under <a>Mozilla Public License, version 2.0</a>' (GNU GPL v3 before 3.0.0), release notes in a ShowMoreCard on 26 versions, the GetFirefoxButton 'Download Firefox and get the extension' and a 'Download file' link to /firefox/downloads/file/<id>/tab_lantern-<version>.xpi; the Paginate block (Previous / numbered / Next links over ?page=N, disabled buttons at the ends, 'Page 1 of 3'); the Mozilla footer with a language picker; the redux store JSON (versions with UTC file dates and byte sizes). Page 1 is also served as ?page=1 (its number link). 25 + 25 + 12 versions. Written down: version, url (the .xpi link), date (ISO), size (as shown, '597.57 KB'), firefox_min, android_min (where shown), license, release_notes (where shown).",
    )
    pages = chunks(AW_VERSIONS, [AW_PER_PAGE, AW_PER_PAGE, len(AW_VERSIONS) - 2 * AW_PER_PAGE])
    for number, batch in enumerate(pages, 1):
        html = _aw_page(number, len(pages), batch)
        s.list_page(f"{AW_PATH}index.html" if number == 1 else f"{AW_PATH}@page={number}", html)
        if number == 1:
            s.write(f"{AW_PATH}@page=1", html)
    for v in AW_VERSIONS:
        s.expect(
            {
                "version": v[0],
                "url": _aw_file_url(v),
                "date": v[1].isoformat(),
                "size": _aw_size(v[3]),
                "firefox_min": v[4],
                "android_min": v[5],
                "license": v[6][0],
                "release_notes": v[7],
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# heyanavi: a Japanese rental portal's ward listing (SUUMO 賃貸 2024–25 building view), rooms per building.
# ---------------------------------------------------------------------------------------------------

HN_PATH = "chintai/tokyo/sc_meguro/"
#: (floor or None for '-', rent in 万円, admin fee in yen or None, deposit in 万円 or None, key money in 万円 or None,
#: layout, area in m²)
HnRoom = tuple[int | None, str, int | None, str | None, str | None, str, float]
#: (name, type, address, access lines, age in years (0: 新築), stories, rooms)
HnBuilding = tuple[str, str, str, list[str], int, int, list[HnRoom]]
HN_BUILDINGS: list[HnBuilding] = [
    (
        "パークフラッツ学芸大学",
        "賃貸マンション",
        "東京都目黒区鷹番２",
        ["東急東横線/学芸大学駅 歩4分", "東急東横線/祐天寺駅 歩17分", "東急目黒線/西小山駅 歩22分"],
        8,
        11,
        [
            (3, "13.2", 12000, "13.2", "13.2", "1LDK", 40.12),
            (5, "13.6", 12000, "13.6", "13.6", "1LDK", 40.12),
            (8, "9.85", 10000, "9.85", None, "1K", 25.6),
        ],
    ),
    (
        "ルミエール中目黒",
        "賃貸マンション",
        "東京都目黒区上目黒２",
        ["東急東横線/中目黒駅 歩6分", "東京メトロ日比谷線/中目黒駅 歩6分", "東急田園都市線/池尻大橋駅 歩14分"],
        21,
        7,
        [(2, "11.8", 8000, "11.8", "11.8", "1DK", 30.2), (6, "12.3", 8000, "12.3", "12.3", "1DK", 30.2)],
    ),
    (
        "祐天寺ハイツ",
        "賃貸アパート",
        "東京都目黒区祐天寺２",
        ["東急東横線/祐天寺駅 歩5分", "東急東横線/学芸大学駅 歩13分"],
        34,
        2,
        [(1, "6.9", 3000, None, None, "1K", 18.5)],
    ),
    (
        "グランメゾン自由が丘",
        "賃貸マンション",
        "東京都目黒区自由が丘１",
        ["東急東横線/自由が丘駅 歩3分", "東急大井町線/自由が丘駅 歩3分", "東急大井町線/緑が丘駅 歩12分"],
        15,
        8,
        [(4, "24.8", 15000, "49.6", "24.8", "2LDK", 62.3), (7, "26.5", 15000, "53", "26.5", "2LDK", 65.8)],
    ),
    (
        "目黒本町テラス",
        "賃貸テラス・タウンハウス",
        "東京都目黒区目黒本町５",
        ["東急目黒線/武蔵小山駅 歩9分", "東急目黒線/西小山駅 歩10分"],
        12,
        2,
        [(None, "19.5", None, "19.5", "19.5", "3LDK", 78.4)],
    ),
    (
        "リヴェール不動前",
        "賃貸マンション",
        "東京都目黒区下目黒３",
        ["東急目黒線/不動前駅 歩4分", "ＪＲ山手線/目黒駅 歩15分", "都営三田線/目黒駅 歩15分"],
        0,
        12,
        [
            (2, "10.9", 10000, "10.9", "10.9", "1K", 25.31),
            (3, "11", 10000, "11", "11", "1K", 25.31),
            (9, "16.8", 12000, "16.8", "16.8", "1LDK", 38.9),
            (12, "23.4", 15000, "23.4", "23.4", "2LDK", 55.02),
        ],
    ),
    (
        "碑文谷レジデンス",
        "賃貸マンション",
        "東京都目黒区碑文谷４",
        ["東急東横線/学芸大学駅 歩14分", "東急目黒線/西小山駅 歩12分"],
        27,
        5,
        [(3, "15.5", 10000, "15.5", None, "2DK", 45.6)],
    ),
    (
        "シャトー駒場",
        "賃貸マンション",
        "東京都目黒区駒場４",
        ["京王井の頭線/駒場東大前駅 歩6分", "京王井の頭線/池ノ上駅 歩9分"],
        42,
        4,
        [(1, "8.2", 5000, "8.2", "8.2", "1DK", 28.0), (4, "8.6", 5000, "8.6", "8.6", "1DK", 28.0)],
    ),
    (
        "ソレイユ都立大学",
        "賃貸アパート",
        "東京都目黒区中根１",
        ["東急東横線/都立大学駅 歩5分", "東急大井町線/緑が丘駅 歩11分"],
        6,
        3,
        [(2, "9.4", 6000, "9.4", None, "1K", 21.15), (3, "9.6", 6000, "9.6", None, "1K", 21.15)],
    ),
    (
        "青葉台ヒルズテラス",
        "賃貸マンション",
        "東京都目黒区青葉台３",
        ["東急田園都市線/池尻大橋駅 歩8分", "東急東横線/中目黒駅 歩12分", "東京メトロ日比谷線/中目黒駅 歩12分"],
        18,
        6,
        [(5, "32", 20000, "64", "32", "2LDK", 72.5)],
    ),
    (
        "メゾン洗足",
        "賃貸アパート",
        "東京都目黒区洗足２",
        ["東急目黒線/洗足駅 歩3分", "東急大井町線/北千束駅 歩8分"],
        19,
        2,
        [(1, "7.45", 4000, "7.45", None, "1K", 20.1), (2, "7.6", 4000, "7.6", None, "1K", 20.1)],
    ),
    (
        "アーバンパーク祐天寺",
        "賃貸マンション",
        "東京都目黒区中央町１",
        ["東急東横線/祐天寺駅 歩8分", "東急東横線/学芸大学駅 歩11分"],
        10,
        10,
        [
            (3, "11.4", 10000, "11.4", None, "1K", 26.04),
            (6, "11.7", 10000, "11.7", None, "1K", 26.04),
            (10, "19.9", 12000, "19.9", "19.9", "1LDK", 42.8),
        ],
    ),
    (
        "五本木コート",
        "賃貸マンション",
        "東京都目黒区五本木３",
        ["東急東横線/祐天寺駅 歩9分", "東急東横線/学芸大学駅 歩10分"],
        31,
        4,
        [(2, "12.8", 7000, "12.8", "12.8", "2DK", 42.0)],
    ),
    (
        "三田ガーデンレジデンス",
        "賃貸マンション",
        "東京都目黒区三田１",
        ["ＪＲ山手線/恵比寿駅 歩9分", "東京メトロ日比谷線/恵比寿駅 歩11分", "ＪＲ山手線/目黒駅 歩12分"],
        3,
        14,
        [
            (4, "15.6", 15000, "15.6", "15.6", "1K", 30.5),
            (11, "28.9", 20000, "28.9", "28.9", "1LDK", 52.6),
            (14, "45", 30000, "90", "45", "2LDK", 78.1),
        ],
    ),
    (
        "柿の木坂ハウス",
        "賃貸一戸建て",
        "東京都目黒区柿の木坂２",
        ["東急東横線/都立大学駅 歩12分", "東急東横線/学芸大学駅 歩19分"],
        25,
        2,
        [(None, "38", None, "76", "38", "4LDK", 112.35)],
    ),
    (
        "ラフィネ八雲",
        "賃貸マンション",
        "東京都目黒区八雲１",
        ["東急東横線/都立大学駅 歩7分"],
        14,
        5,
        [(2, "14.2", 8000, "14.2", None, "1LDK", 36.7), (4, "14.6", 8000, "14.6", None, "1LDK", 36.7)],
    ),
    (
        "目黒ステーションコート",
        "賃貸マンション",
        "東京都目黒区下目黒１",
        ["ＪＲ山手線/目黒駅 歩5分", "東京メトロ南北線/目黒駅 歩5分", "東急目黒線/不動前駅 歩10分"],
        17,
        13,
        [(7, "13.9", 12000, "13.9", None, "1K", 26.8), (9, "14.2", 12000, "14.2", None, "1K", 26.8)],
    ),
    (
        "原町ハイム",
        "賃貸アパート",
        "東京都目黒区原町１",
        ["東急目黒線/西小山駅 歩4分", "東急池上線/旗の台駅 歩12分"],
        29,
        2,
        [(2, "6.2", 2000, None, None, "1R", 16.2)],
    ),
    (
        "ヴェルデ東山",
        "賃貸マンション",
        "東京都目黒区東山２",
        ["東急田園都市線/池尻大橋駅 歩10分", "東急東横線/中目黒駅 歩15分"],
        9,
        6,
        [(1, "10.8", 9000, "10.8", "10.8", "1K", 25.0), (3, "17.4", 11000, "17.4", "17.4", "1LDK", 40.3)],
    ),
    (
        "大橋レジデンスタワー",
        "賃貸マンション",
        "東京都目黒区大橋１",
        ["東急田園都市線/池尻大橋駅 歩2分", "京王井の頭線/神泉駅 歩15分"],
        11,
        22,
        [
            (15, "21.5", 15000, "21.5", "21.5", "1LDK", 45.2),
            (18, "22.4", 15000, "22.4", "22.4", "1LDK", 45.2),
            (21, "36.8", 20000, "36.8", "36.8", "2LDK", 66.0),
        ],
    ),
    (
        "緑が丘パレス",
        "賃貸マンション",
        "東京都目黒区緑が丘２",
        ["東急大井町線/緑が丘駅 歩4分", "東急東横線/自由が丘駅 歩9分"],
        38,
        5,
        [(3, "9.8", 5000, "9.8", "9.8", "2DK", 40.5)],
    ),
    (
        "カーサ目黒南",
        "賃貸マンション",
        "東京都目黒区南３",
        ["東急東横線/都立大学駅 歩11分", "東急目黒線/西小山駅 歩14分"],
        20,
        3,
        [(1, "11.2", 6000, "11.2", None, "1LDK", 35.0), (2, "11.5", 6000, "11.5", None, "1LDK", 35.0)],
    ),
    (
        "中町グリーンハウス",
        "賃貸アパート",
        "東京都目黒区中町１",
        ["東急東横線/祐天寺駅 歩7分"],
        0,
        3,
        [
            (1, "9.1", 5000, "9.1", "9.1", "1K", 20.55),
            (2, "9.3", 5000, "9.3", "9.3", "1K", 20.55),
            (3, "9.5", 5000, "9.5", "9.5", "1K", 20.55),
        ],
    ),
    (
        "平町ガーデン",
        "賃貸マンション",
        "東京都目黒区平町１",
        ["東急東横線/都立大学駅 歩6分"],
        23,
        4,
        [(4, "16.5", 10000, "16.5", "16.5", "2LDK", 52.1)],
    ),
    (
        "目黒不動前ビル",
        "賃貸マンション",
        "東京都目黒区目黒３",
        ["東急目黒線/不動前駅 歩7分", "ＪＲ山手線/目黒駅 歩10分"],
        45,
        8,
        [(6, "8.5", 5000, "8.5", None, "1R", 22.3)],
    ),
    (
        "セレーナ上目黒",
        "賃貸マンション",
        "東京都目黒区上目黒５",
        ["東急東横線/祐天寺駅 歩10分", "東急東横線/中目黒駅 歩13分"],
        13,
        5,
        [(2, "12.1", 8000, "12.1", "12.1", "1DK", 31.4), (5, "18.9", 10000, "18.9", "18.9", "2DK", 45.0)],
    ),
    (
        "鷹番ブリーズ",
        "賃貸アパート",
        "東京都目黒区鷹番３",
        ["東急東横線/学芸大学駅 歩6分"],
        2,
        3,
        [(2, "10.2", 7000, "10.2", None, "1K", 23.4)],
    ),
]
HN_ROOMS = sum(len(b[6]) for b in HN_BUILDINGS)
HN_PILL = {
    "賃貸マンション": "util1",
    "賃貸アパート": "util2",
    "賃貸一戸建て": "util3",
    "賃貸テラス・タウンハウス": "util3",
}


def _hn_ids(building: int, room: int) -> tuple[str, str]:
    """The room's bc number and its jnc detail id."""
    bc = f"100{400_000_000 + _num(f'hn-bc-{building}-{room}', 99_999_999):09d}"
    jnc = f"jnc_000{90_000_000 + _num(f'hn-jnc-{building}-{room}', 9_999_999):09d}"
    return bc, jnc


def _hn_url(building: int, room: int) -> str:
    bc, jnc = _hn_ids(building, room)
    return f"/chintai/{jnc}/?bc={bc}"


def _hn_href(page: int) -> str:
    return f"/{HN_PATH}" if page == 1 else f"/{HN_PATH}?page={page}"


def _hn_area(area: float) -> str:
    return f"{area:g}"


def _hn_room(index: int, r_index: int, room: HnRoom) -> str:
    floor, rent, admin, deposit, key, layout, area = room
    bc, _ = _hn_ids(index, r_index)
    thumb = f"https://img01.heyanavi.jp/front/gazo/fr/bukken/{bc[-3:]}/{bc}/{bc}_gw.jpg"
    return f"""<tbody>
<tr class="js-cassette_link">
<td class="cassetteitem_other-checkbox cassetteitem_other-checkbox--newarrival js-cassetteitem_checkbox"><input type="checkbox" name="bc" value="{bc}" id="bc_{bc}" class="js-ikkatsuCB js-single_checkbox"/><label for="bc_{bc}"><span class="ui-icon ui-icon--checkbox"></span></label></td>
<td class="cassetteitem_other-thumbnail"><div class="casssetteitem_other-thumbnail js-view_gallery_images" data-imgs="{thumb},{thumb.replace("_gw", "_go")}"><img class="casssetteitem_other-thumbnail-img js-view_gallery_images-img" src="https://img01.heyanavi.jp/front/gazo/jj/common/img/blank.gif" rel="{thumb}" alt="" width="50" height="50"/></div></td>
<td>{f"{floor}階" if floor else "-"}</td>
<td><ul><li><span class="cassetteitem_price cassetteitem_price--rent"><span class="cassetteitem_other-emphasis ui-text--bold">{rent}万円</span></span></li><li><span class="cassetteitem_price cassetteitem_price--administration">{f"{admin}円" if admin else "-"}</span></li></ul></td>
<td><ul><li><span class="cassetteitem_price cassetteitem_price--deposit">{f"{deposit}万円" if deposit else "-"}</span></li><li><span class="cassetteitem_price cassetteitem_price--gratuity">{f"{key}万円" if key else "-"}</span></li></ul></td>
<td><ul><li><span class="cassetteitem_madori">{layout}</span></li><li><span class="cassetteitem_menseki">{_hn_area(area)}m<sup>2</sup></span></li></ul></td>
<td><div class="cassetteitem_other-fav js-clipkey" data-bc="{bc}"><span class="ui-icon ui-icon--favorite"></span><span class="cassetteitem_other-fav-text">追加</span></div></td>
<td class="ui-text--midium ui-text--bold"><a href="{_hn_url(index, r_index)}" class="js-cassette_link_href cassetteitem_other-linktext" target="_blank">詳細を見る</a></td>
</tr>
</tbody>"""


def _hn_cassette(index: int, b: HnBuilding) -> str:
    name, kind, address, access, age, stories, rooms = b
    image = f"https://img01.heyanavi.jp/front/gazo/fr/bukken/{index:03d}/{_hex(f'hn-img-{name}', 12)}_gw.jpg"
    access_html = "".join(f'<div class="cassetteitem_detail-text">{esc(a)}</div>' for a in access)
    return f"""<li>
<div class="cassetteitem">
<div class="cassetteitem-detail">
<div class="cassetteitem-detail-object"><div class="cassetteitem_object"><div class="cassetteitem_object-item"><img class="js-noContextMenu js-linkImage js-adjustImg" src="https://img01.heyanavi.jp/front/gazo/jj/common/img/blank.gif" rel="{image}" alt="{esc(name)}" width="150" height="150"/></div><div class="cassetteitem_object-item"><img class="js-noContextMenu js-linkImage js-adjustImg" src="https://img01.heyanavi.jp/front/gazo/jj/common/img/blank.gif" rel="{image.replace("_gw", "_go")}" alt="" width="150" height="150"/></div></div></div>
<div class="cassetteitem-detail-body">
<div class="cassetteitem_content">
<div class="cassetteitem_content-label"><span class="ui-pct ui-pct--{HN_PILL[kind]}">{kind}</span></div>
<div class="cassetteitem_content-title">{esc(name)}</div>
<div class="cassetteitem_content-body">
<ul class="cassetteitem_detail">
<li class="cassetteitem_detail-col1">{esc(address)}</li>
<li class="cassetteitem_detail-col2">{access_html}</li>
<li class="cassetteitem_detail-col3"><div>{"新築" if age == 0 else f"築{age}年"}</div><div>{stories}階建</div></li>
</ul>
</div>
</div>
</div>
</div>
<div class="cassetteitem-item">
<table class="cassetteitem_other">
<thead><tr><th class="cassetteitem_other-checkbox--head">&nbsp;</th><th>&nbsp;</th><th>階</th><th>賃料/管理費</th><th>敷金/礼金</th><th>間取り/専有面積</th><th>お気に入り</th><th>&nbsp;</th></tr></thead>
{chr(10).join(_hn_room(index, r, room) for r, room in enumerate(rooms))}
</table>
</div>
<div class="cassetteitem_other-footer"><div class="cassetteitem_other-footer-button"><a href="javascript:void(0);" class="js-ikkatsuToiawaseBtn ui-btn ui-btn--small">チェックした物件をまとめて問い合わせ</a></div></div>
</div>
</li>"""


def _hn_pr(page: int) -> str:
    name, place, price = [
        ("グランフォート目黒本町", "東京都目黒区目黒本町４", "7800万円～1億2900万円（予定）"),
        ("ザ・レジデンス学芸大学", "東京都目黒区鷹番１", "9400万円台～1億5000万円台（予定）"),
        ("プレミスト自由が丘ヒルズ", "東京都目黒区緑が丘１", "1億1000万円台～（予定）"),
    ][page - 1]
    return f"""<li class="cassetteitem--pr"><div class="cassetteitem_pr js-prCassette" data-pr-id="pr{_hex(name, 8)}"><span class="ui-pct ui-pct--pr">PR</span><p class="cassetteitem_pr-category">新築分譲マンション</p><a href="https://ad.heyanavi.jp/click?pid={_hex(name, 10)}&amp;to=%2Fms%2Fshinchiku%2Ftokyo%2Fsc_meguro%2F" class="cassetteitem_pr-title" rel="sponsored" target="_blank">{name}</a><p class="cassetteitem_pr-text">{place}／{price}</p><a href="https://ad.heyanavi.jp/click?pid={_hex(name, 10)}&amp;to=%2Fms%2Fshinchiku%2Fshiryou" class="ui-btn ui-btn--cv" rel="sponsored" target="_blank">資料請求（無料）</a></div></li>"""


def _hn_banner() -> str:
    return """<li class="cassetteitem--banner"><div class="ui-banner"><a href="https://hikkoshi.heyanavi.jp/?ar=030&amp;vos=hnchbanner" target="_blank" rel="noopener"><img src="https://img01.heyanavi.jp/front/gazo/jj/banner/hikkoshi_728x90.png" alt="引越し料金を一括見積もり　最大50％安くなる" width="728" height="90"/></a></div></li>"""


def _hn_pager(number: int, total: int) -> str:
    prev = f'<p class="pagination-parts"><a href="{_hn_href(number - 1)}">前へ</a></p>' if number > 1 else ""
    nxt = f'<p class="pagination-parts"><a href="{_hn_href(number + 1)}">次へ</a></p>' if number < total else ""
    items = "".join(
        f'<li><span class="pagination-current">{n}</span></li>'
        if n == number
        else f'<li><a href="{_hn_href(n)}">{n}</a></li>'
        for n in range(1, total + 1)
    )
    return f'<div class="pagination_set"><div class="pagination_set-nav">{prev}<ol class="pagination-parts">{items}</ol>{nxt}</div></div>'


def _hn_page(number: int, total: int, buildings: list[tuple[int, HnBuilding]]) -> str:
    items = []
    for i, (index, b) in enumerate(buildings):
        items.append(_hn_cassette(index, b))
        if i == 3:
            items.append(_hn_pr(number))
        if i == 7:
            items.append(_hn_banner())
    first = sum(len(b[6]) for b in HN_BUILDINGS[: buildings[0][0]]) + 1
    last = first + sum(len(b[6]) for _, b in buildings) - 1
    prev_link = f'<link rel="prev" href="https://heyanavi.jp{_hn_href(number - 1)}"/>' if number > 1 else ""
    next_link = f'<link rel="next" href="https://heyanavi.jp{_hn_href(number + 1)}"/>' if number < total else ""
    crumbs = [
        ("/", "不動産・住宅サイト ヘヤナビ"),
        ("/chintai/", "賃貸"),
        ("/chintai/kanto/", "関東"),
        ("/chintai/tokyo/", "東京都"),
        (None, "目黒区"),
    ]
    crumb_html = "".join(
        f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="{href}" itemprop="item"><span itemprop="name">{label}</span></a><meta itemprop="position" content="{n}"/></li>'
        if href
        else f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><span itemprop="name">{label}</span><meta itemprop="position" content="{n}"/></li>'
        for n, (href, label) in enumerate(crumbs, 1)
    )
    page_title = f"（{number}ページ目）" if number > 1 else ""
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8"/>
<meta http-equiv="X-UA-Compatible" content="IE=edge"/>
<title>目黒区の賃貸住宅[賃貸マンション・アパート]情報{page_title}【ヘヤナビ賃貸】</title>
<meta name="description" content="【ヘヤナビ】目黒区の賃貸（賃貸マンション・アパート）物件情報。{HN_ROOMS}件の物件から、家賃・間取り・駅からの距離などの条件で比較してお部屋探しができます。"/>
<meta name="keywords" content="目黒区,賃貸,マンション,アパート,一戸建て,お部屋探し"/>
<link rel="canonical" href="https://heyanavi.jp{_hn_href(number)}"/>{prev_link}{next_link}
<link rel="stylesheet" href="https://img01.heyanavi.jp/front/gazo/jj/common/css/base_jj.css?v=20250212"/>
<link rel="stylesheet" href="https://img01.heyanavi.jp/front/gazo/jj/chintai/css/ichiran.css?v=20250212"/>
<script src="https://img01.heyanavi.jp/front/gazo/jj/common/js/jquery-3.6.0.min.js"></script>
<script src="https://img01.heyanavi.jp/front/gazo/jj/chintai/js/ichiran.js?v=20250212" defer></script>
</head>
<body class="chintai ichiran">
<div id="js-header" class="l-header">
<div class="l-header-inner"><div class="l-header-logo"><a href="/"><img src="https://img01.heyanavi.jp/front/gazo/jj/common/img/logo.png" alt="不動産・住宅サイト ヘヤナビ" width="120" height="36"/></a></div>
<div class="l-header-category"><ul class="header-category"><li class="header-category-item is-current"><a href="/chintai/">賃貸</a></li><li class="header-category-item"><a href="/ms/shinchiku/">新築マンション</a></li><li class="header-category-item"><a href="/ms/chuko/">中古マンション</a></li><li class="header-category-item"><a href="/ikkodate/">新築一戸建て</a></li><li class="header-category-item"><a href="/chukoikkodate/">中古一戸建て</a></li><li class="header-category-item"><a href="/tochi/">土地</a></li><li class="header-category-item"><a href="/chumon/">注文住宅</a></li><li class="header-category-item"><a href="/baikyaku/">売却査定</a></li></ul></div>
<div class="l-header-util"><ul><li><a href="/jj/common/ichiran/JJ901FC004/?ar=030&amp;bs=040">お気に入り</a></li><li><a href="/jj/common/ichiran/JJ901FC002/?ar=030&amp;bs=040">閲覧履歴</a></li><li><a href="/edit/kensaku/">保存した条件</a></li><li><a href="https://myhn.heyanavi.jp/login">ログイン</a></li></ul></div></div>
</div>
<div id="wrapper" class="l-contents">
<div class="l-breadcrumb"><ol class="breadcrumb ui-breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">{crumb_html}</ol></div>
<div class="l-pankuzu-area"><h1 class="section_h1-header-title">目黒区の賃貸住宅[賃貸マンション・アパート]情報</h1></div>
<div id="js-leftColumnForm" class="l-contents-side"><form action="/jj/chintai/ichiran/FR301FC001/" method="get" name="js-sideForm">
<input type="hidden" name="ar" value="030"/><input type="hidden" name="bs" value="040"/><input type="hidden" name="ta" value="13"/><input type="hidden" name="sc" value="13110"/>
<div class="ui-section"><h2 class="ui-section-title">賃料</h2><select name="cb"><option value="0.0" selected>下限なし</option><option value="5.0">5.0万円</option><option value="8.0">8.0万円</option><option value="10.0">10.0万円</option></select>～<select name="ct"><option value="9999999" selected>上限なし</option><option value="10.0">10.0万円</option><option value="15.0">15.0万円</option><option value="20.0">20.0万円</option></select><label><input type="checkbox" name="co" value="1"/>管理費・共益費込み</label><label><input type="checkbox" name="co" value="2"/>礼金なし</label><label><input type="checkbox" name="co" value="3"/>敷金なし</label></div>
<div class="ui-section"><h2 class="ui-section-title">建物種別</h2><label><input type="checkbox" name="shkr1" value="03"/>マンション</label><label><input type="checkbox" name="shkr2" value="03"/>アパート</label><label><input type="checkbox" name="shkr3" value="03"/>一戸建て・その他</label></div>
<div class="ui-section"><h2 class="ui-section-title">間取りタイプ</h2><label><input type="checkbox" name="md" value="01"/>ワンルーム</label><label><input type="checkbox" name="md" value="02"/>1K</label><label><input type="checkbox" name="md" value="03"/>1DK</label><label><input type="checkbox" name="md" value="04"/>1LDK</label><label><input type="checkbox" name="md" value="06"/>2DK</label><label><input type="checkbox" name="md" value="07"/>2LDK</label></div>
<div class="ui-section"><h2 class="ui-section-title">駅徒歩</h2><label><input type="radio" name="et" value="9999999" checked/>指定しない</label><label><input type="radio" name="et" value="5"/>5分以内</label><label><input type="radio" name="et" value="10"/>10分以内</label></div>
<button type="submit" class="ui-btn ui-btn--search">この条件で検索する</button>
</form>
<div class="ui-section ui-section--mail"><a href="/jj/chintai/mail/FR301FJ001/?ar=030&amp;sc=13110" class="ui-btn ui-btn--sub">新着物件をメールで受け取る</a></div></div>
<div class="l-contents-main">
<div class="paginate_set"><div class="paginate_set-hit">{HN_ROOMS}<span>件</span></div><div class="paginate_set-range">{first}～{last}件を表示</div></div>
<div class="sortbox"><div class="sortbox_display"><ul><li class="sortbox_display-item is-active"><span>建物ごとに表示</span></li><li class="sortbox_display-item"><a href="/jj/chintai/ichiran/FR301FC005/?ar=030&amp;bs=040&amp;ta=13&amp;sc=13110">お部屋ごとに表示</a></li></ul></div>
<div class="sortbox_select"><select name="po1" class="js-sortSelect"><option value="25" selected>おすすめ順</option><option value="00">賃料＋管理費が安い順</option><option value="01">賃料＋管理費が高い順</option><option value="09">新着順</option><option value="04">駅から近い順</option><option value="16">専有面積が広い順</option></select></div></div>
<div id="js-bukkenList" class="l-cassetteitem-wrap">
<ul class="l-cassetteitem">
{chr(10).join(items)}
</ul>
</div>
{_hn_pager(number, total)}
<div class="ui-section ui-section--seo"><h2 class="ui-section-title">目黒区の駅から探す</h2><ul class="seo-linklist"><li><a href="/chintai/tokyo/ek_27580/">中目黒駅</a></li><li><a href="/chintai/tokyo/ek_07390/">学芸大学駅</a></li><li><a href="/chintai/tokyo/ek_39330/">祐天寺駅</a></li><li><a href="/chintai/tokyo/ek_26040/">都立大学駅</a></li><li><a href="/chintai/tokyo/ek_17640/">自由が丘駅</a></li><li><a href="/chintai/tokyo/ek_38630/">目黒駅</a></li><li><a href="/chintai/tokyo/ek_33290/">不動前駅</a></li></ul></div>
</div>
</div>
<div id="js-footer" class="l-footer"><ul class="footer-links"><li><a href="/edit/kaisha/">運営会社</a></li><li><a href="/edit/riyou/">利用規約</a></li><li><a href="/edit/privacy/">プライバシーポリシー</a></li><li><a href="/edit/cookie/">外部送信（Cookie等）について</a></li><li><a href="/edit/help/">ヘルプ</a></li></ul><p class="footer-copyright"><small>(C) Heyanavi Co., Ltd.</small></p></div>
<div id="js-cookieNotice" class="cookie-notice"><p class="cookie-notice-text">ヘヤナビでは、サービス向上や広告配信のためにCookie等を利用しています。詳しくは<a href="/edit/cookie/">外部送信（Cookie等）について</a>をご覧ください。</p><button type="button" class="cookie-notice-close js-cookieNoticeClose">閉じる</button></div>
<script>var s_account = "heyanaviprod"; var s = s_gi(s_account); s.pageName = "chintai:ichiran:FR301FC001:{number}"; s.channel = "chintai"; s.prop1 = "030"; s.prop2 = "13110"; s.prop7 = "{HN_ROOMS}"; s.eVar12 = "tatemono"; s.events = "event3";</script>
<script src="https://img01.heyanavi.jp/front/gazo/jj/common/js/s_code.js"></script>
</body>
</html>"""


@twentyninth_c
def build_heyanavi() -> None:
    s = Site(
        "heyanavi",
        kind="rental listings in Japanese, rooms grouped by building (SUUMO 賃貸 2024–25 ward list, 建物ごとに表示: ul.l-cassetteitem of div.cassetteitem buildings with lazy images, a ui-pct type pill, div.cassetteitem_content-title (not a link), address / station-access lines / '築12年' + '11階建' columns, then table.cassetteitem_other with one tbody per room: checkbox with the bc number, thumbnail, '3階' or '-', '12.5万円' rent + '10000円' or '-' admin fee, deposit / key money '13.2万円' or '-', layout '1LDK' + '40.12m<sup>2</sup>', favourite button and a '詳細を見る' link /chintai/jnc_…/?bc=…; PR new-condominium items and a removals banner among the buildings; hit count and 'N～M件を表示'; div.pagination_set with p.pagination-parts 前へ / 次へ and ol numbers with span.pagination-current over ?page=N; Adobe s. variables; a cookie notice)",
        start=HN_PATH,
        description="A Japanese rental portal's ward listing (rental flats and houses in Meguro, Tokyo) copied from SUUMO 賃貸's 2024–25 list in its default building view, 10 buildings a page: head with canonical / rel prev / next; the header (logo, category tabs 賃貸 / 新築マンション / …, お気に入り / 閲覧履歴 / ログイン), schema.org breadcrumbs, h1 '目黒区の賃貸住宅[賃貸マンション・アパート]情報', a left search form (rent, type, layout and walking-time inputs, a mail-alert button), the hit count '50件' and '1～19件を表示', a 建物ごとに表示 / お部屋ごとに表示 switch and the sort select; then ul.l-cassetteitem of li > div.cassetteitem: two lazy images (blank src, real URL in rel), the type pill span.ui-pct (賃貸マンション / 賃貸アパート / 賃貸一戸建て / 賃貸テラス・タウンハウス), div.cassetteitem_content-title with the building name (no link), ul.cassetteitem_detail: the address, one div per station line ('東急東横線/学芸大学駅 歩4分'), '築8年' or '新築' and '11階建'; table.cassetteitem_other whose thead names the columns (階, 賃料/管理費, 敷金/礼金, 間取り/専有面積) and one tbody per room: a checkbox (value = bc number), a thumbnail, the floor '3階' or '-', rent '13.2万円' and admin fee '12000円' or '-', deposit and key money ('13.2万円' or '-'), layout and area '40.12m<sup>2</sup>', a favourite button and the '詳細を見る' link /chintai/jnc_000…/?bc=100… (target _blank); a footer button per building; a 'PR' new-condominium item after the 4th building and a removals banner after the 8th; div.pagination_set (p.pagination-parts 前へ / 次へ, ol.pagination-parts with span.pagination-current) over ?page=N; station links, the footer, a cookie notice and Adobe Analytics s. variables. 10 + 10 + 7 buildings (19 + 20 + 11 rooms). Written down per room: title (the building), url, type, address, access (list of the station lines), age_years (0 for 新築), stories, floor (absent for '-'), rent (yen: '13.2万円' → 132000), currency (JPY), admin_fee (absent for '-'), deposit, key_money (absent for '-'), layout, area_m2.",
    )
    indexed = list(enumerate(HN_BUILDINGS))
    pages = chunks(indexed, [10, 10, len(indexed) - 20])
    for number, batch in enumerate(pages, 1):
        html = _hn_page(number, len(pages), batch)
        s.list_page(f"{HN_PATH}index.html" if number == 1 else f"{HN_PATH}@page={number}", html)
    for index, b in indexed:
        name, kind, address, access, age, stories, rooms = b
        for r, (floor, rent, admin, deposit, key, layout, area) in enumerate(rooms):
            s.expect(
                {
                    "title": name,
                    "url": _hn_url(index, r),
                    "type": kind,
                    "address": address,
                    "access": access,
                    "age_years": age,
                    "stories": stories,
                    "floor": floor,
                    "rent": round(float(rent) * 10000),
                    "currency": "JPY",
                    "admin_fee": admin,
                    "deposit": round(float(deposit) * 10000) if deposit else None,
                    "key_money": round(float(key) * 10000) if key else None,
                    "layout": layout,
                    "area_m2": area,
                }
            )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in TWENTYNINTH_C.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
