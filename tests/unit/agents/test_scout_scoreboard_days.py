"""A scoreboard's day pages: the date picker's "Next week" arrow is no pager beside a bar of day
tabs, the match link is the one of its own template among team links, and the one date heading
above the day's matches dates them all."""

from __future__ import annotations

from parsel import Selector

from agents.heuristics.pagination import find_pagination
from tests.unit.agents.conftest import spec_and_records

BASE = "https://scores.test"
URL = f"{BASE}/football/scoreboard?date=20250315"
TEAMS = [
    ("Ashford", 4101),
    ("Brookfield", 4102),
    ("Deanbridge", 4103),
    ("Elmwood", 4104),
    ("Farley Town", 4105),
    ("Greystone", 4106),
    ("Hollins", 4107),
    ("Jessop United", 4108),
]


def _day_bar(arrow_label: str) -> str:
    days = "".join(
        f'<li class="{"day day--active" if d == 15 else "day"}"><a href="/football/scoreboard?date=202503{d}"'
        f"{' aria-current=true' if d == 15 else ''}>Mar {d}</a></li>"
        for d in range(12, 19)
    )
    arrow = (
        f'<a class="picker-arrow" aria-label="{arrow_label}" href="/football/scoreboard?date=20250322"><svg></svg></a>'
    )
    return f'<div class="picker"><ul class="days">{days}</ul>{arrow}</div>'


def _team(side: str, n: int) -> str:
    name, team_id = TEAMS[n]
    slug = name.lower().replace(" ", "-")
    return (
        f'<li class="team team--{side}"><a class="team-link" href="/football/team/_/id/{team_id}/{slug}">{name}</a>'
        f'<span class="goals">{(n * 3 + len(side)) % 4}</span></li>'
    )


def _match(n: int, buttons: str) -> str:
    game = 704512 + n * 7
    return (
        f'<section class="match" id="{game}"><div class="status">FT</div>'
        f'<ul class="teams">{_team("home", n)}{_team("away", 7 - n)}</ul>'
        f'<div class="venue">Ground {n + 1}</div>{buttons.format(game=game)}</section>'
    )


def _scoreboard(heading: str, buttons: str) -> str:
    matches = "".join(_match(n, buttons) for n in range(4))
    return (
        f"<html><body><header><a href='/'>Scores</a></header><h1>League scores</h1>{_day_bar('Next week')}"
        f'<section class="day"><header><h3 class="day-title">{heading}</h3></header>'
        f'<div class="matches">{matches}</div></section><footer><a href="/about">About</a></footer></body></html>'
    )


SINGLE_BUTTON = (
    '<div class="buttons"><a class="button" href="/football/match/_/gameId/{game}/report">Gamecast</a></div>'
)
TWO_BUTTONS = (
    '<div class="buttons"><a class="button" href="/football/match/_/gameId/{game}/report">Gamecast</a>'
    '<a class="button" href="/football/match/_/gameId/{game}/report#highlights">Highlights</a></div>'
)


def _page(body: str) -> Selector:
    return Selector(text=f"<html><body>{body}</body></html>", base_url=URL, type="html")


def test_a_next_week_arrow_gives_way_to_the_day_tabs_it_sits_beside() -> None:
    finding = find_pagination(_page(_day_bar("Next week")), URL)
    assert finding.spec.kind == "param_values"
    assert finding.spec.param == "date"
    assert "20250316" in finding.spec.values


def test_a_next_day_arrow_with_no_day_tabs_still_pages() -> None:
    arrow = '<a class="picker-arrow" aria-label="Next day" href="/football/scoreboard?date=20250316"><svg></svg></a>'
    finding = find_pagination(_page(arrow), URL)
    assert finding.spec.kind == "next_link"


def test_a_plain_next_label_is_still_a_pager() -> None:
    arrow = '<a class="arrow" aria-label="Next page" href="/football/scoreboard?page=2"><svg></svg></a>'
    assert find_pagination(_page(arrow), f"{BASE}/football/scoreboard").spec.kind == "next_link"


def test_the_match_link_is_the_one_apart_from_the_team_links_template() -> None:
    _spec, records = spec_and_records(_scoreboard("Matchday 27", SINGLE_BUTTON), URL)
    assert records[0]["url"] == f"{BASE}/football/match/_/gameId/704512/report"
    assert records[1]["url"] == f"{BASE}/football/match/_/gameId/704519/report"


def test_the_first_button_naming_the_cards_id_is_the_record_link() -> None:
    _spec, records = spec_and_records(_scoreboard("Matchday 27", TWO_BUTTONS), URL)
    assert [r["url"] for r in records[:2]] == [
        f"{BASE}/football/match/_/gameId/704512/report",
        f"{BASE}/football/match/_/gameId/704519/report",
    ]


def test_one_full_date_heading_above_every_record_dates_them() -> None:
    _spec, records = spec_and_records(_scoreboard("Saturday, March 15, 2025", SINGLE_BUTTON), URL)
    assert len(records) == 4
    assert all(str(r.get("date", "")).startswith("2025-03-15") for r in records)


def test_a_heading_that_is_no_full_date_gives_no_date() -> None:
    for heading in ("Matchday 27", "March 2025"):
        spec, _records = spec_and_records(_scoreboard(heading, SINGLE_BUTTON), URL)
        assert not any(f.type == "date" for f in spec.fields), heading


def test_paths_of_one_template_part_where_they_name_a_thing() -> None:
    from agents.heuristics.mainfields import _part_in_section

    team = "/soccer/team/_/id/4101/harbour-city"
    assert _part_in_section(team, "/soccer/team/_/id/4116/crestmoor")  # two teams
    assert not _part_in_section(team, "/soccer/match/_/gameId/704512/harbour-city-crestmoor")  # two kinds
    assert _part_in_section("/teams/ashford", "/teams/brookfield")
    # Two slugs of one post (one cut short), the second holding a number: one thing.
    assert not _part_in_section(
        "/r/til/comments/1bf88hm/the_tower_grows_15_cm_in_summer", "/r/til/comments/1bf88hm/the_tower_grows_15_cm"
    )
