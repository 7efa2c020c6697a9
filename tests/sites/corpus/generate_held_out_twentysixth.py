"""Held-out wave twenty-six: three list pages copied from their real 2024–25 platform markup with invented data,
and frozen before any heuristic saw them.

* **coregister** — Companies House's company name search (``/search/companies?q=…``, the ch.gov.uk Perl / Xslate
  service on GOV.UK Frontend 3 plus its own CSS): the cookie banner, the GOV.UK header 'Find and update company
  information', 'Companies House does not verify the accuracy of the information filed', the Sign in / Register bar,
  the search form, 'Advanced company search', h1 'Search results' and the All / Companies / Officers /
  Disqualifications tabs, three Mustache ``script[type=text/html]`` templates for search-as-you-type, then
  ``ul#results.results-list`` of ``li.type-company``: ``h3`` with a literal ``<!-- $item._score -->`` comment and
  ``a.govuk-link`` (title 'View company', a Piwik onclick), 'Matching previous names: <br/><span>…</span>' on a few,
  ``p.meta.crumbtrail`` '11845203 - Incorporated on 25 February 2019' or '… - Dissolved on 8 June 2021' and a bare
  address ``p``; ``ul#pager`` (Previous / numbered / Next) over ``?q=…&page=N`` and '47 matches found'. Twenty
  results a page. Written down: name, url, company_number, incorporated, dissolved, address, previous_names.
* **stagebeacon** — a concert-listings site's metro-area calendar on Songkick's Rails markup
  (``/metro-areas/<id>-uk-bristol``): the global header with search and log-in links, the metro header with a
  'Track' button, date-filter links and a min/max date form, ``p.upcoming-concerts-count``, then
  ``div#metro-area-calendar > ul.metro-area-calendar-listings`` where ``li.date-element`` headings ('Friday 14
  March 2025') come before the ``li.event-listings-element[title]`` events of that day: a ``div.microformat``
  JSON-LD MusicEvent, an empty ``time[datetime]``, ``a.thumb`` with a lazy ``img.artist-profile-image``, and
  ``div.artists-venue-location-wrapper`` with ``p.artists > a.event-link > span > strong`` (headliner) and a
  ``span.support`` line ('Gull Theory and Mira Kaye') on most, ``p.location`` with ``a.venue-link`` and
  ``span.city-name`` ('Bath, UK'). Fifty events a page, will_paginate's ``div.pagination`` over
  ``?page=N#metro-area-calendar``. Written down: artist, support, url, venue, city, date.
* **rookline** — a chess server's player game history on lichess's lila markup (``/@/<user>/all``): the
  ``header#top`` site navigation, the ``aside.page-menu__menu`` perf ratings, the ``user-show__header`` /
  ``us_profile`` profile box and Activity / Games tabs, the game-filter number menu, then ``div.games.infinite-scroll``
  of ``article.game-row.paginated``: an overlay link to the game, a mini board with ``data-state``, a header
  ``strong`` '3+2 • Blitz • Rated' and ``time.timeago[datetime]`` '3 days ago' (plus a tournament link on arena games),
  ``div.versus`` of two ``div.player`` (user link, ``br``, rating and a ``good`` / ``bad`` rating change; the engine's
  name instead on the computer game), ``div.result > span.win/loss`` ('Black resigned • White is victorious'; no class
  on draws), ``div.opening > strong`` and ``div.pgn`` '1. e4 c5 2. Nf3 d6 3. d4 cxd4 ... 31 moves'. Twelve games a
  page, a ``div.pager > a[rel=next]`` 'Next' to ``?page=N`` for the infinite scroll. Written down: url,
  time_control, speed, rated, date, tournament, white, white_rating, black, black_rating, result, opening, moves.

Run ``uv run python tests/sites/corpus/generate_held_out_twentysixth.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **frozen**.
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate import FROZEN, ROOT, Site, chunks, esc, slug

FROZEN |= {"coregister", "stagebeacon", "rookline"}

TWENTYSIXTH: dict[str, Callable[[], None]] = {}


def twentysixth(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    TWENTYSIXTH[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


# ---------------------------------------------------------------------------------------------------
# coregister: Companies House's company name search (ch.gov.uk, /search/companies), twenty results a page.
# ---------------------------------------------------------------------------------------------------

CR_CDN = "d1x7m9w4kq2ps8.cloudfront.net"
CR_QUERY = "bakehouse"
CR_PAGE_SIZES = [20, 20, 7]
CrCompany = tuple[str, str, str, str | None, str, list[str] | None]

#: (title, number, incorporated, dissolved or None, address snippet, matching previous names or None), in the
#: search's relevance order.
CR_COMPANIES: list[CrCompany] = [
    (
        "BAKEHOUSE LTD",
        "10385522",
        "2016-09-21",
        None,
        "Unit 4 Brunswick Court, Brunswick Street, Liverpool, England, L2 0UH",
        None,
    ),
    (
        "THE BAKEHOUSE LIMITED",
        "04917703",
        "2003-09-30",
        None,
        "The Old Forge, High Street, Chipping Campden, Gloucestershire, GL55 6AT",
        None,
    ),
    (
        "BAKEHOUSE 23 LTD",
        "14287613",
        "2022-08-09",
        None,
        "23 Towngate, Holmfirth, West Yorkshire, England, HD9 1HA",
        None,
    ),
    (
        "BAKEHOUSE & CO. (YORK) LTD",
        "13455120",
        "2021-06-17",
        None,
        "41 Fossgate, York, North Yorkshire, England, YO1 9TF",
        None,
    ),
    (
        "BAKEHOUSE COLLECTIVE C.I.C.",
        "12988453",
        "2020-11-03",
        None,
        "The Old Chapel, Chapel Street, Hebden Bridge, West Yorkshire, United Kingdom, HX7 8AU",
        None,
    ),
    (
        "BAKEHOUSE DELI LTD",
        "10582214",
        "2017-01-24",
        None,
        "C/O Walsh Taylor Oxford Chambers, Oxford Road, Guiseley, Leeds, West Yorkshire, LS20 9AT",
        None,
    ),
    (
        "BAKEHOUSE ON THE GREEN LTD",
        "11203958",
        "2018-02-15",
        None,
        "2 The Green, Bishopthorpe, York, England, YO23 2RA",
        None,
    ),
    (
        "BAKEHOUSE PROPERTIES (WHITBY) LIMITED",
        "05873921",
        "2006-07-13",
        None,
        "18 Skinner Street, Whitby, North Yorkshire, YO21 3AJ",
        None,
    ),
    ("BAKEHOUSE STUDIOS LLP", "OC398214", "2015-03-02", None, "14 Hoxton Square, London, N1 6NT", None),
    (
        "BAKEHOUSE KITCHEN BRIGHTON LTD",
        "11730562",
        "2018-12-17",
        "2022-09-13",
        "42 Gardner Street, Brighton, East Sussex, BN1 1UN",
        None,
    ),
    (
        "BAKEHOUSE SCOTLAND LIMITED",
        "SC612845",
        "2018-11-06",
        None,
        "7 Bruntsfield Place, Edinburgh, Scotland, EH10 4HN",
        None,
    ),
    (
        "BAKEHOUSE BELFAST LTD",
        "NI654321",
        "2018-06-12",
        None,
        "88 Botanic Avenue, Belfast, Northern Ireland, BT7 1JR",
        None,
    ),
    (
        "ABBEY MILL BAKEHOUSE LTD",
        "12093847",
        "2019-07-11",
        None,
        "Unit 2 Abbey Mill, Abbey Road, Knaresborough, North Yorkshire, England, HG5 8HY",
        None,
    ),
    (
        "ARTISAN BAKEHOUSE (SKIPTON) LIMITED",
        "09384721",
        "2015-01-14",
        "2021-06-08",
        "7 Sheep Street, Skipton, North Yorkshire, BD23 1JH",
        None,
    ),
    (
        "BEVERLEY BAKEHOUSE LIMITED",
        "08123577",
        "2012-06-28",
        "2018-10-02",
        "14 Saturday Market, Beverley, East Riding Of Yorkshire, HU17 8BB",
        None,
    ),
    (
        "BRIDGE STREET BAKEHOUSE LLP",
        "OC421873",
        "2018-03-22",
        None,
        "9 Bridge Street, Bradford, West Yorkshire, England, BD1 1RX",
        None,
    ),
    (
        "CALDER VALLEY BAKEHOUSE LTD",
        "13874002",
        "2022-01-26",
        None,
        "Unit 5 Walkley Mill, Burnley Road, Mytholmroyd, Hebden Bridge, West Yorkshire, England, HX7 5LH",
        None,
    ),
    (
        "COBBLE LANE BAKEHOUSE LTD",
        "11566230",
        "2018-09-12",
        "2023-01-10",
        "5 Cobble Lane, London, England, N1 1SP",
        None,
    ),
    (
        "CROFT BAKEHOUSE LIMITED",
        "04417781",
        "2002-04-16",
        None,
        "The Croft, Main Street, Hutton-Le-Hole, York, YO62 6UA",
        None,
    ),
    (
        "DALES BAKEHOUSE SUPPLIES LTD",
        "07788123",
        "2011-09-28",
        None,
        "Unit 14 Station Road Industrial Estate, Hawes, North Yorkshire, England, DL8 3NT",
        None,
    ),
    (
        "DOUBLE RISE BAKEHOUSE LTD",
        "15102744",
        "2023-08-30",
        None,
        "Office 4, 219 Kirkstall Road, Leeds, United Kingdom, LS4 2AS",
        None,
    ),
    (
        "EAST NEUK BAKEHOUSE LTD",
        "SC701934",
        "2021-06-28",
        None,
        "12 Shore Street, Anstruther, Fife, Scotland, KY10 3EA",
        None,
    ),
    ("FIELD & FLOUR BAKEHOUSE LTD", "12410098", "2020-01-20", None, "3 Northgate, Wakefield, England, WF1 3BJ", None),
    (
        "GATEHOUSE BAKEHOUSE LIMITED",
        "06655120",
        "2008-07-24",
        "2016-05-17",
        "The Gatehouse, Harewood, Leeds, LS17 9LQ",
        None,
    ),
    (
        "GRAIN STORE BAKEHOUSE LTD",
        "14739551",
        "2023-03-21",
        None,
        "Grain Store, Wharf Street, Sowerby Bridge, England, HX6 2AF",
        None,
    ),
    (
        "HARBOURSIDE BAKEHOUSE (FALMOUTH) LTD",
        "11021456",
        "2017-10-19",
        None,
        "C/O Purnells, Treverva Farm, Treverva, Penryn, Cornwall, TR10 9BL",
        None,
    ),
    (
        "HEATHERSIDE BAKEHOUSE LTD",
        "13090211",
        "2020-12-22",
        None,
        "1 Heatherside, Haworth, Keighley, West Yorkshire, England, BD22 8DS",
        None,
    ),
    (
        "ILKLEY BAKEHOUSE LTD",
        "10224731",
        "2016-06-09",
        "2019-09-24",
        "27 The Grove, Ilkley, United Kingdom, LS29 9EE",
        None,
    ),
    (
        "KILN YARD BAKEHOUSE LTD",
        "15588302",
        "2024-03-12",
        None,
        "Kiln Yard, Market Place, Easingwold, York, England, YO61 3AD",
        None,
    ),
    (
        "LITTLE GREEN BAKEHOUSE LTD",
        "12633980",
        "2020-05-28",
        None,
        "3 Little Green, Richmond, Surrey, England, TW9 1QH",
        None,
    ),
    (
        "MALTON BAKEHOUSE GROUP LIMITED",
        "10974226",
        "2017-09-20",
        None,
        "Talbot Yard Food Court, Yorkersgate, Malton, North Yorkshire, England, YO17 7FT",
        None,
    ),
    ("MARKET CROSS BAKEHOUSE LTD", "13601845", "2021-09-07", None, "2 Market Cross, Thirsk, England, YO7 1HQ", None),
    ("MILL RACE BAKEHOUSE LTD", "09120455", "2014-07-08", "2017-03-14", "Mill Race, Bridge End, Otley, LS21 3AU", None),
    (
        "NORTHGATE BAKEHOUSE LTD",
        "14010572",
        "2022-03-31",
        None,
        "56 Northgate, Canterbury, Kent, England, CT1 1BB",
        None,
    ),
    (
        "OLD BAKEHOUSE HOLDINGS LIMITED",
        "03912744",
        "2000-01-27",
        None,
        "The Old Bakehouse, Church Street, Tickhill, Doncaster, South Yorkshire, DN11 9LY",
        None,
    ),
    (
        "OVENBIRD BAKEHOUSE LTD",
        "15230067",
        "2023-10-25",
        None,
        "Flat 2, 11 Clarendon Road, Bristol, England, BS6 7EX",
        None,
    ),
    (
        "PENNINE BAKEHOUSE LIMITED",
        "02887342",
        "1994-01-11",
        None,
        "Pennine House, Leeds Road, Huddersfield, West Yorkshire, HD1 6NA",
        None,
    ),
    (
        "QUAYSIDE BAKEHOUSE HULL LTD",
        "11467290",
        "2018-07-17",
        "2022-04-05",
        "3 Humber Street, Hull, England, HU1 1TU",
        None,
    ),
    (
        "RHUBARB TRIANGLE BAKEHOUSE LTD",
        "13322809",
        "2021-04-08",
        None,
        "9 Cross Square, Wakefield, West Yorkshire, England, WF1 1PQ",
        None,
    ),
    (
        "RIVERSIDE BAKEHOUSE (OTLEY) LTD",
        "12801147",
        "2020-08-13",
        None,
        "Riverside Works, Gay Lane, Otley, England, LS21 1BR",
        None,
    ),
    (
        "SALT & CRUMB BAKEHOUSE LTD",
        "14552019",
        "2022-12-14",
        None,
        "4 Station Square, Saltburn-By-The-Sea, England, TS12 1AQ",
        None,
    ),
    ("SHAMBLES BAKEHOUSE LIMITED", "09765013", "2015-09-08", None, "18 Shambles, York, YO1 7LZ", None),
    (
        "SOURDOUGH BAKEHOUSE BRADFORD LTD",
        "12344098",
        "2019-12-04",
        "2024-02-20",
        "144 Manningham Lane, Bradford, England, BD8 7JF",
        None,
    ),
    (
        "TWO RIVERS BAKEHOUSE LTD",
        "13711466",
        "2021-11-01",
        None,
        "Unit 1 Aire Street Workshops, Aire Street, Castleford, England, WF10 1JL",
        None,
    ),
    (
        "WOLDS PANTRY LIMITED",
        "08871230",
        "2014-02-03",
        None,
        "The Granary, Main Street, Sledmere, Driffield, England, YO25 3XG",
        ["WOLDS BAKEHOUSE LIMITED"],
    ),
    (
        "HOLME VALLEY PANTRY LIMITED",
        "08844516",
        "2014-01-16",
        None,
        "84 Huddersfield Road, Holmfirth, West Yorkshire, HD9 3AZ",
        ["HOLME VALLEY BAKEHOUSE LIMITED"],
    ),
    (
        "CROFTERS KITCHEN LTD",
        "07342115",
        "2010-08-10",
        None,
        "14 Finkle Street, Kendal, Cumbria, LA9 4AB",
        ["CROFTERS BAKEHOUSE LTD", "CROFTERS BAKEHOUSE (KENDAL) LTD"],
    ),
]

CR_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def _cr_long_date(iso: str) -> str:
    """The search API's description date: '8 June 2021'."""
    day = date.fromisoformat(iso)
    return f"{day.day} {CR_MONTHS[day.month - 1]} {day.year}"


def _cr_description(number: str, incorporated: str, dissolved: str | None) -> str:
    if dissolved:
        return f"{number} - Dissolved on {_cr_long_date(dissolved)}"
    return f"{number} - Incorporated on {_cr_long_date(incorporated)}"


def _cr_item(position: int, company: CrCompany) -> str:
    title, number, incorporated, dissolved, address, previous = company
    snippet = ""
    if previous:
        snippet = f"""
                                    <p class="meta crumbtrail inset">Matching previous names: <br/><span>{esc(" · ".join(previous))}</span></p>"""
    return f"""                            <li class="type-company">
                                <h3>
                                    <!-- $item._score -->
                                    <a class="govuk-link" href="/company/{number}"
                                         onclick="javascript:_paq.push(['trackEvent', 'SearchSuggestions', 'SearchResult-{position}' ]);"title="View company">
                                        {esc(title)}
                                    </a>
                                </h3>{snippet}
                                <p class="meta crumbtrail"> {_cr_description(number, incorporated, dissolved)} </p>
                                <p>{esc(address)}</p>
                            </li>"""


def _cr_href(page: int) -> str:
    return f"/search/companies?q={CR_QUERY}&amp;page={page}"


def _cr_pager(number: int, total: int, hits: int) -> str:
    items = []
    if number > 1:
        items.append(
            f"""                <li>
                    <a class="page govuk-link govuk-pagination__link" id="previous-page" href="{_cr_href(number - 1)}">
                        Previous
                    </a>
                </li>"""
        )
    for page in range(1, total + 1):
        if page == number:
            items.append(
                f"""                <li>
                            <span class="govuk-visually-hidden">Page </span>
                            <span id="page-{page}" class="page">{page}</span>
                            <span class="govuk-visually-hidden"> of {total}</span>
                </li>"""
            )
        else:
            items.append(
                f"""                <li>
                            <a id="page-{page}" class="page" href="{_cr_href(page)}">
                            <span class="govuk-visually-hidden">Page </span>{page}<span class="govuk-visually-hidden"> of {total}</span></a>
                </li>"""
            )
    if number < total:
        items.append(
            f"""                <li>
                    <a class="page govuk-link govuk-pagination__link" id="next-page" href="{_cr_href(number + 1)}">
                        Next
                    </a>
                </li>"""
        )
    joined = "\n".join(items)
    return f"""    <div class="search-meta" id="search-meta">
        <ul class="pager" id="pager">
{joined}
        </ul>
        <p>
            {hits}
                matches
            found
        </p>
    </div><!-- ends search-meta -->"""


CR_CROWN = "M25 30.2c3.5 1.5 7.7-.2 9.1-3.7 1.5-3.6-.2-7.8-3.9-9.2-3.6-1.4-7.6.3-9.1 3.9-1.4 3.5.3 7.5 3.9 9zM9 39.5c3.6 1.5 7.8-.2 9.2-3.7 1.5-3.6-.2-7.8-3.9-9.1-3.6-1.5-7.6.2-9.1 3.8-1.4 3.5.3 7.5 3.8 9zM4.4 57.2c3.5 1.5 7.7-.2 9.1-3.8 1.5-3.6-.2-7.7-3.9-9.1-3.5-1.5-7.6.3-9.1 3.8-1.4 3.5.3 7.6 3.9 9.1zm38.3-21.4c3.5 1.5 7.7-.2 9.1-3.8 1.5-3.6-.2-7.7-3.9-9.1-3.6-1.5-7.6.3-9.1 3.8-1.3 3.6.4 7.7 3.9 9.1zm64.4-5.6c-3.6 1.5-7.8-.2-9.1-3.7-1.5-3.6.2-7.8 3.8-9.2 3.6-1.4 7.7.3 9.2 3.9 1.3 3.5-.4 7.5-3.9 9zm15.9 9.3c-3.6 1.5-7.7-.2-9.1-3.7-1.5-3.6.2-7.8 3.7-9.1 3.6-1.5 7.7.2 9.2 3.8 1.5 3.5-.3 7.5-3.8 9zm4.7 17.7c-3.6 1.5-7.8-.2-9.2-3.8-1.5-3.6.2-7.7 3.9-9.1 3.6-1.5 7.7.3 9.2 3.8 1.3 3.5-.4 7.6-3.9 9.1zM89.3 35.8c-3.6 1.5-7.8-.2-9.2-3.8-1.4-3.6.2-7.7 3.9-9.1 3.6-1.5 7.7.3 9.2 3.8 1.4 3.6-.3 7.7-3.9 9.1zM69.7 17.7l8.9 4.7V9.3l-8.9 2.8c-.2-.3-.5-.6-.9-.9L72.4 0H59.6l3.5 11.2c-.3.3-.6.5-.9.9l-8.8-2.8v13.1l8.8-4.7c.3.3.6.7.9.9l-5 15.4v.1c-.2.8-.4 1.6-.4 2.4 0 4.1 3.1 7.5 7 8.1h.2c.3 0 .7.1 1 .1.4 0 .7 0 1-.1h.2c4-.6 7.1-4.1 7.1-8.1 0-.8-.1-1.7-.4-2.4V34l-5.1-15.4c.4-.2.7-.6 1-.9z"

CR_HIT_TEMPLATES = """<script id="noresults-template" type="text/html">
    <div class="grid-row">
        <div class="column-two-thirds">
                <article id="no-results-js" class="text">
                        <h2 class="heading-large">No results found</h2>
                        <p>
                            There are no results that match your search. Try searching again using different search criteria.
                        </p>
                </article>
        </div>
    </div>
</script>

<script id="tabs-template" type="text/html">
    <div id="search-results-tabs-js" class="filter-bar js-tabs">
        <ul class="search-tabs">
    <li id='all-tab'>
        <label class="visuallyhidden" for="search_all">Search for companies or officers</label>
        <a id='search_all' href="/search?#q={{term}}" >All</a><span name="is_selected" id=search_all_is_selected class="visuallyhidden"></span>
    </li>
    <li id='companies-tab'>
        <label class="visuallyhidden" for="search_companies">Search for companies</label>
        <a id='search_companies' href="/search/companies?#q={{term}}" >Companies</a><span name="is_selected" id=search_companies_is_selected class="visuallyhidden"></span>
    </li>
    <li id='officers-tab'>
        <label class="visuallyhidden" for="search_officers">Search for officers</label>
        <a id='search_officers' href="/search/officers?#q={{term}}" >Officers</a><span name="is_selected" id=search_officers_is_selected class="visuallyhidden"></span>
\t\t</li>
    <li id="disqualifications-tab">
        <label class="visuallyhidden" for="search_disqualifications">Search for disqualfied officers</label>
        <a id="search_disqualifications" href="/search/disqualified-officers?#q={{term}}"  onclick="javascript:_paq.push(['trackEvent', 'Disqualifications', 'SearchTabs']);">Disqualifications</a><span name="is_selected" id=search_disqualifications_is_selected class="visuallyhidden"></span>
    </li>
</ul>
    </div>
</script>

<script id="hit-template" type="text/html">
{{#type_is_company}}
    <li class="type-company">
        <h3>
            <a href="{{url}}"title="View company" class="govuk-link"> {{{title}}}</a>
        </h3>
        {{#snippet}}<p class="meta crumbtrail inset">Matching previous names:<br/><span>{{{ snippet }}}</span></p>{{/snippet}}
        <p class="meta crumbtrail"> {{{description}}} </p>
        <p>{{{ address_snippet }}}</p>
    </li>
{{/type_is_company}}

{{#type_is_officer}}
    <li class="type-officer">
        <h3><a href="{{url}}" class="govuk-link">{{{title}}}</a></h3>
        {{#snippet}}<p class="meta crumbtrail inset">Matching appointment names:<br/><span>{{{ snippet }}}</span></p>{{/snippet}}
        <p class="meta crumbtrail"> {{{description}}} </p>
        <p>{{{ address_snippet }}}</p>
    </li>
{{/type_is_officer}}

{{#type_is_disqualified-officer}}
    <li class="type-disqualified-officer">
        <h3><a href="{{url}}" class="govuk-link">{{{title}}}</a></h3>
        {{#snippet}}<p class="meta crumbtrail inset">Matching disqualification names:<br/><span>{{{ snippet }}}</span></p>{{/snippet}}
        <p class="meta crumbtrail"> {{{description}}} </p>
        <p>{{{ address_snippet }}}</p>
    </li>
{{/type_is_disqualified-officer}}
</script>"""


def _cr_page(number: int, total: int, companies: list[CrCompany], first: int) -> str:
    items = "\n".join(_cr_item(first + i + 1, c) for i, c in enumerate(companies))
    cdn = CR_CDN
    return f"""<!DOCTYPE html>
<html lang="en" class="govuk-template">
  <head>


    <meta http-equiv="content-type" content="text/html; charset=UTF-8">

      <!-- Company numbers are not taken as a phone number -->
      <meta name="format-detection" content="telephone=no">

    <title data-id="search_companies">Search for {CR_QUERY} - Find and update company information - GOV.UK</title>

    <meta name="description" content="Free company information from Companies House including registered office address, filing history, accounts, annual return, officers, charges, business activity">

    <script>
      (function(){{if(navigator.userAgent.match(/IEMobile\\/10\\.0/)){{var d=document,c="appendChild",a=d.createElement("style");a[c](d.createTextNode("@-ms-viewport{{width:auto!important}}"));d.getElementsByTagName("head")[0][c](a);}}}})();
    </script>
    <link href="//{cdn}/stylesheets/govuk-frontend/v3.11.0/govuk-frontend-3.11.0.min.css" rel="stylesheet" />
    <link rel="shortcut icon" href="//{cdn}/images/govuk-frontend/v3.5.0/images/favicon.ico" type="image/x-icon">

    <!-- For third-generation iPad with high-resolution Retina display: --><link rel="apple-touch-icon-precomposed" sizes="144x144" href="//{cdn}/images/apple-touch-icon-144x144.png">
    <!-- For iPhone with high-resolution Retina display: --><link rel="apple-touch-icon-precomposed" sizes="114x114" href="//{cdn}/images/apple-touch-icon-114x114.png">
    <!-- For first- and second-generation iPad: --><link rel="apple-touch-icon-precomposed" sizes="72x72" href="//{cdn}/images/apple-touch-icon-72x72.png">
    <!-- For non-Retina iPhone, iPod Touch, and Android 2.1+ devices: --><link rel="apple-touch-icon-precomposed" href="//{cdn}/images/apple-touch-icon-57x57.png">

    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta property="og:image" content="//{cdn}/images/opengraph-image.jpg">

    <!-- Companies House Styles and Scripts -->

    <link href="//{cdn}/stylesheets/ch.gov.uk.css" media="screen" rel="stylesheet" type="text/css">
    <link href="//{cdn}/stylesheets/print.css" media="print" rel="stylesheet" type="text/css">
    <link href="//{cdn}/stylesheets/jquery-ui.css" rel="stylesheet" />

    <!-- Global config of Require.js -->
    <script>var global = global || {{}}; global.CDN_ROOT = '//{cdn}'</script>
    <script src='//{cdn}/javascripts/vendor/require.js'></script>
    <script src='//{cdn}/javascripts/app/accounts-pdf.js'></script>
    <script src='//{cdn}/javascripts/lib/details-polyfill.js'></script>
    <script src='//{cdn}/javascripts/app/generate-document.js'></script>
    <script src='//{cdn}/javascripts/app/update-filing-history-link.js'></script>
    <script src='//{cdn}/javascripts/vendor/jquery-1.12.4.min.js'></script>
    <script>
    require(['//{cdn}/javascripts/require-global-config.js'], function () {{
      console.log('Loaded require-global-config.js');
      // Specific to this 'action'
          require(['//{cdn}/javascripts/app/feedback.js'], function () {{
              console.log('Required feedback.js.');
          }});
          require(['//{cdn}/javascripts/app/search.js'], function () {{
              console.log('Required search.js.');
          }});
    }});
    </script>

    <!-- End of Companies House Styles and Scripts -->

    <link rel="search" type="application/opensearchdescription+xml" href="/opensearch.xml">

    <!-- IE specific CSS rule to add support for main elements -->
    <style>
      @media all and (-ms-high-contrast:none)
       {{
       main {{ display: block }}
       }}
    </style>
  </head>

  <body class="govuk-template__body">
    <script>
      document.body.className += ' js-enabled';
    </script>

    <div class="entire-wrapper">
    <div id="cookie-banner" class="govuk-cookie-banner" role="region" aria-label="Cookies on Companies House services" hidden>
      <div id="accept-or-reject-message" class="govuk-cookie-banner__message govuk-width-container" hidden>
        <div class="govuk-grid-row">
          <div class="govuk-grid-column-two-thirds">
            <h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on Companies House services</h2>
            <div class="govuk-cookie-banner__content">
              <p>We use some essential cookies to make our services work.</p>
              <p>We'd also like to use analytics cookies so we can understand how you use our services and to make improvements.</p>
            </div>
          </div>
        </div>
        <div class="govuk-button-group">
          <button id="accept-cookies-button" type="button" class="govuk-button" data-module="govuk-button">
            Accept analytics cookies
          </button>
          <button id="reject-cookies-button" type="button" class="govuk-button" data-module="govuk-button">
            Reject analytics cookies
          </button>
          <a class="govuk-link" href="/help/cookies">View cookies</a>
        </div>
      </div>
      <div id="accepted-cookies-message" class="govuk-cookie-banner__message govuk-width-container" role="alert" hidden>
        <div class="govuk-grid-row">
          <div class="govuk-grid-column-two-thirds">
            <div class="govuk-cookie-banner__content">
              <p>You've accepted analytics cookies. You can <a class="govuk-link" href="/help/cookies">change your cookie settings</a> at any time.</p>
            </div>
          </div>
        </div>
        <div class="govuk-button-group">
          <button id="hide-accepted-message-button" class="govuk-button" data-module="govuk-button">
            Hide this message
          </button>
        </div>
      </div>
      <div id="rejected-cookies-message" class="govuk-cookie-banner__message govuk-width-container" role="alert" hidden>
        <div class="govuk-grid-row">
          <div class="govuk-grid-column-two-thirds">
            <div class="govuk-cookie-banner__content">
              <p>You've rejected analytics cookies. You can <a class="govuk-link" href="/help/cookies">change your cookie settings</a> at any time.</p>
            </div>
          </div>
        </div>
        <div class="govuk-button-group">
          <button id="hide-rejected-message-button" class="govuk-button" data-module="govuk-button">
            Hide this message
          </button>
        </div>
      </div>
    </div>
    <div id="skiplink-container">
        <div>
        <!--$alternative_skiplink provides a different ID as #content contains styling which can throw off certain screens-->
          <a href="#content" class="govuk-skip-link">Skip to main content</a>
        </div>
    </div>

      <header class="govuk-header" role="banner" data-module="govuk-header">
        <div class="govuk-header__container govuk-width-container">
          <div class="govuk-header__logo">
            <a href="https://www.gov.uk/" class="govuk-header__link govuk-header__link--homepage"  onClick="javascript:_paq.push(['trackEvent', 'GOVUKLogo', 'GOVUK Homepage']);">
              <span class="govuk-header__logotype">
                <svg aria-hidden="true" focusable="false" class="govuk-header__logotype-crown" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 132 97" height="30" width="36">
                  <path fill="currentColor" fill-rule="evenodd" d="{CR_CROWN}"></path>
                  <image src="/assets/images/govuk-logotype-crown.png" xlink:href="data:," display="none" class="govuk-header__logotype-crown-fallback-image" width="36" height="32"></image>
                </svg>
                <span class="govuk-header__logotype-text">
                  GOV.UK
                </span>
              </span>
            </a>
          </div>
          <div class="govuk-header__content">
            <a href="/" class="govuk-header__link govuk-header__link--service-name" title="Go to the Companies House homepage" onClick="javascript:_paq.push(['trackEvent', 'CHLogo', 'Homepage']);" id="logo">
              Find and update company information
            </a>
          </div>
        </div>
      </header>

    <main id="page-container" class="search search govuk-width-container" role="main">

          <div>

    <div class="small-text"><a class="govuk-link" href="http://resources.companieshouse.gov.uk/serviceInformation.shtml#compInfo" target="_blank">Companies House does not verify the accuracy of the information filed<span class="govuk-visually-hidden">(link opens a new window)</span></a></div>
      </div>

          <div class="js-toggle-nav" id="global-nav">
                <a id="user-signin-mobile" href="/signin" class="sign-in govuk-link">Sign in / Register</a>
                <nav role="navigation" class="content mobile-hidden">
                    <ul id="navigation">

                          <li class="unauthenticated"><a class="govuk-link" id="user-signin" href="/signin">Sign in / Register</a></li>

                      </ul>
                </nav>
          </div>

      <div id="search-container">

<div class="column-full-width">

    <form id="content" action="/search/companies" method="get" accept-charset="utf-8" role="search" class="search-header js-search-hash">

    <div class="search-bar-active">
        <div class="searchfield">
         <input type="search" class="govuk-input" autocomplete="off" name="q" id="site-search-text" title="Search" value="">
        <button type="submit" id="search-submit" class="search-submit gem-c-search__submit">Search</button>
        <p id='slowsearch' class='slow-search-msg' style='display:none'>Please press ENTER to search</p>
        </div>
    </div>

</form>

    <a class="govuk-link piwik-event" data-id="advanced-company-search" data-event-id="Advanced company search" href="/advanced-search" target="_blank">Advanced company search<span class="govuk-visually-hidden">Link opens in new window</span></a>

<h1 class="govuk-heading-l govuk-!-margin-top-5 govuk-!-margin-bottom-0"> Search results </h1>
<div id="search-results-tabs" class="filter-bar">
\t<ul class="search-tabs">
\t        <li id='all-tab'>
                <label class="govuk-visually-hidden" for="search_all">Search for companies or officers</label>
\t            <a id='search_all' class="govuk-link" href="/search?q={CR_QUERY}" >All</a>
\t        </li>
\t        <li id='companies-tab' class="active">
\t            <a id="search_companies" class="govuk-link" href="#"><span class="govuk-visually-hidden>Search for </span>Companies</a><span class="govuk-visually-hidden"> selected</span>
\t        </li>

\t        <li id='officers-tab'>
                <label class="govuk-visually-hidden" for="search_officers">Search for officers</label>
\t            <a id='search_officers' class="govuk-link" href="/search/officers?q={CR_QUERY}" >Officers</a>
\t        </li>

            <li id="disqualifications-tab">
                <label class="govuk-visually-hidden" for="search_disqualifications">Search for disqualified officers</label>
                <a id="search_disqualifications" class="govuk-link" href="/search/disqualified-officers?q={CR_QUERY}"  onclick="javascript:_paq.push(['trackEvent', 'Disqualifications', 'SearchTabs']);">Disqualifications</a>
            </li>
\t</ul>
</div>

{CR_HIT_TEMPLATES}


    <div class="grid-row">
        <div class="column-two-thirds">

            <article id="services-information-results">

        \t\t\t<h1 class="govuk-visually-hidden">Search the register – results</h1>
                    <h2 class="govuk-visually-hidden">All results</h2>
\t\t\t\t<ul id='results' class="results-list">

{items}
                </ul>

        </div>

    </div>
</article><!-- search-container -->

{_cr_pager(number, total, len(CR_COMPANIES))}
    </div><!-- column-end -->
      </div>

    </main>

    <!--end main-->
    <div class="push"></div>

  </div> <!-- end of entire-wrapper -->

  <div id="chs-customer-insights">
    <a class="govuk-link" href="https://www.smartsurvey.co.uk/s/getcompanyinformation/" target="_blank" onclick="javascript:_paq.push(['trackEvent', 'Beta', 'Feedback']);">Tell us what you think of this service<span class="govuk-visually-hidden">(link opens a new window)</span></a>
        <a id="feedback-link" class="govuk-link secondary-customer-insights" target="_blank">Is there anything wrong with this page?<span class="govuk-visually-hidden">(link opens a new window)</span></a>
  </div>

  <div class="blue-footer-border"></div>

  <footer id="footer" class="govuk-footer " role="contentinfo">
        <div class="govuk-width-container ">
          <div class="govuk-footer__meta">
            <div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
              <h2 class="govuk-visually-hidden">Support links</h2>
              <ul class="govuk-footer__inline-list">
                <li class="govuk-footer__inline-list-item">
                  <a class="govuk-footer__link" href="http://resources.companieshouse.gov.uk/legal/termsAndConditions.shtml" target="_blank">
                    Policies
                    <span class="visuallyhidden">
                      Link opens in new tab
                    </span>
                  </a>
                </li>
                <li class="govuk-footer__inline-list-item">
                  <a class="govuk-footer__link" href="/help/cookies">
                    Cookies
                  </a>
                </li>
                <li class="govuk-footer__inline-list-item">
                  <a class="govuk-footer__link" href="https://www.gov.uk/government/organisations/companies-house#org-contacts" target="_blank">
                    Contact us
                    <span class="visuallyhidden">
                      Link opens in new tab
                    </span>
                  </a>
                </li>
                <li class="govuk-footer__inline-list-item">
                  <a class="govuk-footer__link" href="/help/accessibility-statement">
                    Accessibility statement
                  </a>
                </li>
                <li class="govuk-footer__inline-list-item">
                  <a class="govuk-footer__link" href="https://developer.companieshouse.gov.uk/" target="_blank">
                    Developers
                    <span class="visuallyhidden">
                      Link opens in new tab
                    </span>
                  </a>
                </li>
              </ul>
              <span class="govuk-footer__inline-list-item">
                  Built by <a class="govuk-footer__link" href="https://www.gov.uk/government/organisations/companies-house" rel="license">Companies House</a>
              </span>
            </div>
            <div class="govuk-footer__meta-item">
              <a class="govuk-footer__link govuk-footer__copyright-logo underline" href="https://www.nationalarchives.gov.uk/information-management/re-using-public-sector-information/uk-government-licensing-framework/crown-copyright/">© Crown copyright</a>
            </div>
          </div>
        </div>
      </footer>

      <div id="global-app-error" class="app-error hidden"></div>

    <!-- BEGIN Companies House Scripts -->
<!-- Piwik -->
<script type="text/javascript">
  var _paq = _paq || [];

  var path = document.location.pathname;

  var docTitle = document.title;

  _paq.push(['setCustomVariable', 1,'VisitorStatus','NotSignedIn','visit']);
  _paq.push(['setCustomVariable', 2,'CompanyStatus','NotAuthorised','visit']);
  _paq.push(['setDownloadClasses', "download"]);
  _paq.push(['trackPageView']);
  _paq.push(['enableLinkTracking']);
  (function() {{
    var u=(("https:" == document.location.protocol) ? "https" : "http") + "://matomo.identity.company-information.service.gov.uk/";
    _paq.push(['setTrackerUrl', u+'piwik.php']);
    _paq.push(['setSiteId', 24]);
    var d=document, g=d.createElement('script'), s=d.getElementsByTagName('script')[0]; g.type='text/javascript';
    g.defer=true; g.async=true; g.src=u+'piwik.js'; s.parentNode.insertBefore(g,s);
  }})();
</script>

<script>
  var _paq = _paq || [];

  // Bind piwik event listener to element(s) with an 'id' attribute
  // matching each object provided in the 'identifiers' array.
  function bindPiwikListener() {{
    $('.piwik-event').each(function() {{
      $(this).click(function(){{
        _paq.push(['trackEvent', $(document).find("title").data("id").toLowerCase(), $(this).data('event-id').toLowerCase()]);
      }});
    }});
  }}

  $(document).ready(function () {{
    bindPiwikListener();
  }});
</script>
<!-- End Piwik Code -->

      <script>
        document.getElementById("feedback-link").setAttribute("href", "/help/feedback?sourceurl=" +  window.location.href);
      </script>
    <!-- End of Companies House Scripts -->
  </body>
</html>"""


@twentysixth
def build_coregister() -> None:
    s = Site(
        "coregister",
        kind="company register name search (Companies House ch.gov.uk /search/companies 2024–25, GOV.UK Frontend 3 + the service's own CSS: a search form with an empty box, Advanced company search link, 'Search results' + All / Companies / Officers / Disqualifications tabs, Mustache hit templates in script tags, ul#results.results-list of li.type-company: h3 > a.govuk-link with a literal '<!-- $item._score -->' comment before it, optional 'Matching previous names: <br/><span>A · B</span>', p.meta.crumbtrail '11845203 - Incorporated on 25 February 2019' or 'NUMBER - Dissolved on 8 June 2021', bare address p; ul.pager of Previous / numbered / Next links over ?q=…&page=N and '47 matches found')",
        start=f"search/companies?q={CR_QUERY}",
        description="Companies House's company name search for 'bakehouse' (20 results a page, relevance order) as a signed-out visitor gets it: the Xslate base template (telephone-number meta, a title with data-id, GOV.UK Frontend 3.11 CSS, apple-touch icons, require.js and the app's scripts), the hidden cookie banner, skip link, govuk-header (crown + 'GOV.UK', 'Find and update company information' with Piwik onClicks), 'Companies House does not verify the accuracy of the information filed', the Sign in / Register nav; the search form (an empty q box, Search button, slow-search message), 'Advanced company search' link, h1 'Search results', the search-tabs list (All / Companies active / Officers / Disqualifications with ?q= links), three text/html script templates (noresults, tabs, hit — Mustache {{placeholders}} for the search-as-you-type JS); then article#services-information-results with visually hidden h1 / h2 and ul#results.results-list of li.type-company: h3 holding the literal comment '<!-- $item._score -->' and a.govuk-link to /company/NUMBER (onclick _paq SearchResult-N, title 'View company', the upper-case name padded with whitespace), on three companies p.meta.crumbtrail.inset 'Matching previous names: <br/><span>WOLDS BAKEHOUSE LIMITED</span>' (two names joined by ' · ' on one), p.meta.crumbtrail ' 11845203 - Incorporated on 25 February 2019 ' or ' 09384721 - Dissolved on 8 June 2021 ' (Scottish SC…, Northern Irish NI… and LLP OC… numbers among them), a bare p with the address snippet 'Unit 4 Brunswick Court, Brunswick Street, Liverpool, England, L2 0UH'; div#search-meta > ul#pager (Previous, li with a visually hidden 'Page ' / span#page-N.page current / ' of 3', a#page-N.page links, Next) over /search/companies?q=bakehouse&page=N, and '47 matches found'; the customer-insights links, govuk-footer and the Piwik script. Page 1 is also served at &page=1. 20 + 20 + 7 companies. Written down: name, url, company_number, incorporated (ISO, on live companies), dissolved (ISO, on dissolved ones), address, previous_names (list, three companies).",
    )
    pages = chunks(CR_COMPANIES, CR_PAGE_SIZES)
    first = 0
    for number, batch in enumerate(pages, 1):
        html = _cr_page(number, len(pages), batch, first)
        if number == 1:
            s.list_page(f"search/companies@q={CR_QUERY}", html)
            s.write(f"search/companies@q={CR_QUERY}&page=1", html)
        else:
            s.list_page(f"search/companies@q={CR_QUERY}&page={number}", html)
        first += len(batch)
    for title, number, incorporated, dissolved, address, previous in CR_COMPANIES:
        s.expect(
            {
                "name": title,
                "url": f"/company/{number}",
                "company_number": number,
                "incorporated": None if dissolved else incorporated,
                "dissolved": dissolved,
                "address": address,
                "previous_names": previous,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# stagebeacon: a Songkick metro-area calendar (Rails, will_paginate), fifty events a page.
# ---------------------------------------------------------------------------------------------------

SB_HOST = "https://www.stagebeacon.com"
SB_METRO = "/metro-areas/24608-uk-bristol"
SB_PER_PAGE = 50
SB_FIRST_DAY = date(2025, 3, 14)
SB_TOTAL = 117

#: (name, id, street, city, postcode, lat, lng)
SB_VENUES: list[tuple[str, int, str, str, str, float, float]] = [
    ("The Lantern Hold", 4471023, "Hotwell Road", "Bristol", "BS8 4RU", 51.4497, -2.6121),
    ("Anchor Works", 3990218, "Feeder Road", "Bristol", "BS2 0SB", 51.4474, -2.5693),
    ("Harbour Hall", 18723, "Canon's Road", "Bristol", "BS1 5UH", 51.4509, -2.6002),
    ("The Fathom Room", 2294511, "Welsh Back", "Bristol", "BS1 4SP", 51.4521, -2.5929),
    ("St Werburgh's Chapel", 3100754, "Mina Road", "Bristol", "BS2 9YT", 51.4671, -2.5765),
    ("Millpond Yard", 4020881, "Millpond Street", "Bristol", "BS5 0PQ", 51.4652, -2.5817),
    ("The Bell Foundry", 2871930, "Bath Street", "Bristol", "BS1 6HL", 51.4540, -2.5877),
    ("Gasworks Social", 4333190, "Albert Road", "Bristol", "BS2 0XS", 51.4443, -2.5712),
    ("Redcliffe Undercroft", 3587712, "Redcliffe Hill", "Bristol", "BS1 6SP", 51.4486, -2.5906),
    ("Clifton Parish Rooms", 1984402, "Princess Victoria Street", "Bristol", "BS8 4BX", 51.4559, -2.6208),
    ("The Tobacco Barn", 3721005, "Raleigh Road", "Bristol", "BS3 1QX", 51.4415, -2.6134),
    ("The Pump Cellar", 2459310, "Stall Street", "Bath", "BA1 1LZ", 51.3811, -2.3597),
    ("Walcot Assembly", 3320184, "Walcot Street", "Bath", "BA1 5BG", 51.3858, -2.3587),
    ("Pier Pavilion", 4109977, "The Beach", "Clevedon", "BS21 7QU", 51.4413, -2.8611),
    ("Seafront Ballroom", 1873320, "Royal Parade", "Weston-super-Mare", "BS23 1BE", 51.3494, -2.9801),
    ("The Dye House", 3950663, "Willow Vale", "Frome", "BA11 1BG", 51.2306, -2.3209),
]
#: Bristol venues host most nights; the towns around it a few.
SB_VENUE_WEIGHTS = [9, 7, 6, 8, 4, 5, 6, 5, 4, 3, 4, 4, 3, 2, 2, 2]

SB_HEADLINERS = [
    # bands
    "Gull Theory",
    "Paper Lanterns Club",
    "The Velvet Tideline",
    "Marrow & Pine",
    "Saltmarsh Radio",
    "Cinder Youth",
    "The Hollow Orchard",
    "Low Tide Choir",
    "Brass Kestrel",
    "Neon Allotment",
    "The Quiet Ferries",
    "Glasshouse Weather",
    "Fennel",
    "The Copper Reeds",
    "Moth Parade",
    "Harbour Static",
    "Silver Oaks Revival",
    "The Lidos",
    "Kitefield",
    "Wax Moon",
    "The Granite Hours",
    "Pylon Hearts",
    "Bramble Union",
    "The Midnight Ferrymen",
    "Coral Debt",
    "Static Gardens",
    "Ivory Fox",
    "The Slow Escalators",
    "Night Bus Orchestra",
    "Dune Echo",
    "The Wrenfields",
    "Porcelain Dogs",
    "Tidal Bloom",
    "Seaglass",
    "The Cormorants",
    "Velour Riot",
    "Ashgrove",
    "Lemon Ghosts",
    "The Kiln Brothers",
    "Polar Picnic",
    "Quayside Kids",
    "The Anvil Sisters",
    "Soft Machinery",
    "Ferric",
    "The Long Divide",
    "Marigold Engine",
    "Blue Lagoon Club",
    "The Understudies",
    "Hinterland Hum",
    "Cobalt Parade",
    "Gravel & Gold",
    "The Drowned Bells",
    "Magpie Static",
    "Tin Roof Saints",
    "Rust Belt Choir",
    "The Clay Pigeons Society",
    "Orchard Lights",
    "Sleeper Cell Disco",
    "Hush Harbour",
    "The Weathervanes",
    # solo artists
    "Mira Kaye",
    "Tomasz Wren",
    "Elodie Marsh",
    "Kwame Osei-Bright",
    "Ruby Calloway",
    "Jonah Fell",
    "Priya Castellan",
    "Ada Lovell",
    "Hamish Redford",
    "Nia Okafor",
    "Felix Amberley",
    "Saoirse Doolan",
    "Marcus Heale",
    "Iris Vantongeren",
    "Callum Reyes",
    "Lottie Brennan",
    "Yusuf Adeyemi",
    "Clara Weatherby",
    "Dev Sandhu",
    "Ottilie Frost",
    "Benji Hart",
    "Maeve Corcoran",
    "Theo Lindqvist",
    "Anya Petrova",
    "Rory McAllister",
    "Esme Larkin",
    "Jude Okonjo",
    "Freya Holt",
    "Sol Ramirez",
    "Hattie Quinn",
    "Laurie Dunmore",
    "Imani Blake",
    "Noah Ashdown",
    "Talia Sørensen",
    "Gabe Moreno",
    "Poppy Ellison",
    "Arlo Vance",
    "Zara Whitlock",
    "Idris Penhaligon",
    "Martha Keyes",
    # DJs, ensembles and the rest
    "DJ Lumen",
    "Kid Ferro",
    "LÜNA",
    "Sister Ocean",
    "Mr Halcyon",
    "Severnside Sinfonietta",
    "Avon Jazz Collective",
    "Big Nell & The Northern Lights",
    "Okra Funk Unit",
    "Tessellate",
    "MC Harbourside",
    "Brightwater Big Band",
    "Juniper Lane Trio",
    "Skylark Steel Band",
    "Heron",
    "4am Telephone",
    "Yuki Tanabe Quartet",
]
SB_SUPPORTS = [
    "Brightling",
    "Cassie Moor",
    "The Pale Harbour",
    "Fox & Fathom",
    "Wilder Ones",
    "Sam Okoro",
    "Dovetail",
    "Little Cranes",
    "Ghost Orchid",
    "Halfmoon Social",
    "Eliza Penn",
    "Lowlight",
    "The Shoals",
    "Corvid Kids",
    "Nettle",
    "Amber Haze",
    "Kit Rowntree",
    "Starling Street",
    "Meadowsweet",
    "Jasper Quill",
    "Ruin Garden",
    "Blue Heron Band",
    "Tamsin Vale",
    "The Fold",
    "Otter Pop",
    "Grey Lag",
    "Violet Dunes",
    "Harry Esk",
    "Flint & Feather",
    "Mellow Static",
    "Paper Boats",
    "Iona Wells",
    "Chalk Hill",
    "Sunday Driver",
    "Matilda Rose",
    "The Ninth Wave",
    "Luca Benn",
    "Cloudberry",
    "Orla Finch",
    "Mossbank",
    "Tiger Moth",
    "Beth Carrow",
    "Riverlight",
    "Pocket Suns",
    "Hazel Grey",
    "Night Swimmers",
    "Kestrel Quay",
    "Alder",
    "Wynn",
    "Fen Hollow",
]
#: Artists without a profile photo get the default avatar.
SB_NO_PHOTO = {
    "Severnside Sinfonietta",
    "Heron",
    "Okra Funk Unit",
    "Tessellate",
    "Juniper Lane Trio",
    "Kid Ferro",
    "Arlo Vance",
}


class SbEvent:
    """One concert of the calendar."""

    def __init__(
        self,
        index: int,
        day: date,
        time: str | None,
        artist: str,
        artist_id: int,
        support: list[str],
        venue: tuple[str, int, str, str, str, float, float],
    ) -> None:
        self.index = index
        self.day = day
        self.time = time
        self.artist = artist
        self.artist_id = artist_id
        self.support = support
        self.venue = venue
        self.concert_id = 42108311 + index * 613 + (index * index) % 97

    @property
    def url(self) -> str:
        return f"/concerts/{self.concert_id}-{slug(self.artist)}-at-{slug(self.venue[0])}"

    @property
    def city(self) -> str:
        return f"{self.venue[3]}, UK"


def _sb_events() -> list[SbEvent]:
    rng = random.Random(2026)
    artists = list(SB_HEADLINERS)
    rng.shuffle(artists)
    assert len(set(artists)) == SB_TOTAL == len(artists)
    events: list[SbEvent] = []
    day = SB_FIRST_DAY
    while len(events) < SB_TOTAL:
        busy = day.weekday() in (3, 4, 5)
        count = min(rng.randint(5, 8) if busy else rng.randint(2, 5), SB_TOTAL - len(events))
        taken: set[int] = set()
        for _ in range(count):
            venue_at = rng.choices(range(len(SB_VENUES)), weights=SB_VENUE_WEIGHTS)[0]
            while venue_at in taken:
                venue_at = (venue_at + 1) % len(SB_VENUES)
            taken.add(venue_at)
            artist = artists[len(events)]
            n_support = rng.choice([0, 1, 1, 1, 2, 2, 3])
            support = rng.sample(SB_SUPPORTS, n_support)
            time = rng.choice(["19:00", "19:30", "19:30", "20:00", "20:00", "18:30", "21:00", None])
            if artist.startswith(("DJ ", "MC ", "Sleeper Cell", "Kid Ferro")):
                time = rng.choice(["22:00", "23:00"])
            artist_id = 9104233 + SB_HEADLINERS.index(artist) * 7919 % 3_000_000
            events.append(SbEvent(len(events), day, time, artist, artist_id, support, SB_VENUES[venue_at]))
        day += timedelta(days=1)
    return events


SB_MONTHS = CR_MONTHS
SB_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _sb_long_day(day: date) -> str:
    return f"{SB_WEEKDAYS[day.weekday()]} {day.day} {SB_MONTHS[day.month - 1]} {day.year}"


def _sb_offset(day: date) -> str:
    # British Summer Time starts on the last Sunday of March (30 March 2025).
    return "+0100" if day >= date(2025, 3, 30) else "+0000"


def _sb_support_text(names: list[str]) -> str:
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


def _sb_image(event: SbEvent, size: str = "huge_avatar") -> str:
    if event.artist in SB_NO_PHOTO:
        return f"//assets.sbcdn.net/images/default_images/{size}/default-artist-2f8e41a7.png"
    return f"//images.sbcdn.net/images/media/profile_images/artists/{event.artist_id}/{size}"


def _sb_jsonld(event: SbEvent) -> str:
    name, venue_id, street, city, postcode, lat, lng = event.venue
    performers = [
        {
            "@type": "MusicGroup",
            "name": event.artist,
            "sameAs": f"{SB_HOST}/artists/{event.artist_id}-{slug(event.artist)}",
            "image": "https:" + _sb_image(event, "large_avatar"),
        }
    ]
    for i, support in enumerate(event.support):
        sid = 7310021 + SB_SUPPORTS.index(support) * 4133 + i
        performers.append(
            {"@type": "MusicGroup", "name": support, "sameAs": f"{SB_HOST}/artists/{sid}-{slug(support)}"}
        )
    start = event.day.isoformat() + (f"T{event.time}:00" if event.time else "")
    data = [
        {
            "@context": "http://schema.org",
            "@type": "MusicEvent",
            "name": f"{event.artist} @ {name}",
            "url": f"{SB_HOST}{event.url}?utm_medium=organic&utm_source=microformat",
            "description": f"{event.artist} live at {name} on {event.day.day} {SB_MONTHS[event.day.month - 1][:3]} {event.day.year}",
            "image": "https:" + _sb_image(event, "large_avatar"),
            "eventStatus": "https://schema.org/EventScheduled",
            "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
            "location": {
                "@type": "Place",
                "name": name,
                "sameAs": f"{SB_HOST}/venues/{venue_id}-{slug(name)}",
                "address": {
                    "@type": "PostalAddress",
                    "streetAddress": street,
                    "addressLocality": city,
                    "postalCode": postcode,
                    "addressCountry": "UK",
                },
                "geo": {"@type": "GeoCoordinates", "latitude": lat, "longitude": lng},
            },
            "startDate": start,
            "endDate": event.day.isoformat(),
            "performer": performers,
            "offers": [
                {
                    "@type": "Offer",
                    "url": f"{SB_HOST}{event.url}?utm_medium=organic&utm_source=microformat",
                    "category": "primary",
                }
            ],
        }
    ]
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")


def _sb_event(event: SbEvent) -> str:
    name, venue_id = event.venue[0], event.venue[1]
    stamp = f"{event.day.isoformat()}T{event.time}:00{_sb_offset(event.day)}" if event.time else event.day.isoformat()
    support = (
        f'\n              <span class="support">{esc(_sb_support_text(event.support))}</span>' if event.support else ""
    )
    placeholder = "//assets.sbcdn.net/images/default_images/col2/default-artist-9b4c20d1.png"
    return f"""      <li title="{_sb_long_day(event.day)}" class="event-listings-element">
        <div class="microformat"><script type="application/ld+json">{_sb_jsonld(event)}</script></div>
        <time datetime="{stamp}"></time>
        <div class="event-details-wrapper">
          <a href="{event.url}" class="thumb" data-analytics-label="metro_area_calendar_thumb">
            <img class="artist-profile-image lazy" data-src="{_sb_image(event)}" src="{placeholder}" alt="{esc(event.artist)}" width="70" height="70">
          </a>
          <div class="artists-venue-location-wrapper">
            <p class="artists">
              <a class="event-link chevron-wrapper" href="{event.url}" data-analytics-label="metro_area_calendar_event">
              <span><strong class="">{esc(event.artist)}</strong></span>{support}
              </a>
            </p>
            <p class="location">
              <span><a class="venue-link" href="/venues/{venue_id}-{slug(name)}">{esc(name)}</a>, <span class="city-name">{esc(event.city)}</span></span>
            </p>
          </div>
        </div>
      </li>"""


def _sb_listing(events: list[SbEvent]) -> str:
    out = []
    shown: date | None = None
    for event in events:
        if event.day != shown:
            out.append(
                f'      <li class="date-element"><time datetime="{event.day.isoformat()}">{_sb_long_day(event.day)}</time></li>'
            )
            shown = event.day
        out.append(_sb_event(event))
    return "\n".join(out)


def _sb_href(page: int) -> str:
    return f"{SB_METRO}?page={page}#metro-area-calendar"


def _sb_pagination(number: int, total: int) -> str:
    parts = []
    if number > 1:
        parts.append(
            f'<a class="previous_page" rel="prev" aria-label="Previous page" href="{_sb_href(number - 1)}">&#8592; Previous</a>'
        )
    else:
        parts.append(
            '<span class="previous_page disabled" aria-disabled="true" aria-label="Previous page">&#8592; Previous</span>'
        )
    for page in range(1, total + 1):
        if page == number:
            parts.append(f'<em class="current" aria-label="Page {page}" aria-current="page">{page}</em>')
        else:
            rel = ' rel="next"' if page == number + 1 else ' rel="prev"' if page == number - 1 else ""
            parts.append(f'<a{rel} aria-label="Page {page}" href="{_sb_href(page)}">{page}</a>')
    if number < total:
        parts.append(
            f'<a class="next_page" rel="next" aria-label="Next page" href="{_sb_href(number + 1)}">Next &#8594;</a>'
        )
    else:
        parts.append('<span class="next_page disabled" aria-disabled="true" aria-label="Next page">Next &#8594;</span>')
    return '<div class="pagination" role="navigation" aria-label="Pagination">' + " ".join(parts) + "</div>"


def _sb_page(number: int, total: int, events: list[SbEvent]) -> str:
    canonical = SB_HOST + SB_METRO + (f"?page={number}" if number > 1 else "")
    rel_links = ""
    if number > 1:
        rel_links += (
            f'\n  <link rel="prev" href="{SB_HOST}{SB_METRO}' + (f"?page={number - 1}" if number > 2 else "") + '">'
        )
    if number < total:
        rel_links += f'\n  <link rel="next" href="{SB_HOST}{SB_METRO}?page={number + 1}">'
    venues = "\n".join(
        f'          <li><a href="/venues/{vid}-{slug(name)}">{esc(name)}</a> <span class="city">{esc(city)}</span></li>'
        for name, vid, _, city, *_ in SB_VENUES[:8]
    )
    return f"""<!DOCTYPE html>
<html lang="en" class="no-js" xmlns:og="http://ogp.me/ns#">
<head>
  <meta charset="utf-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <title>Bristol Concerts, Gigs &amp; Tour Dates 2025 &amp; 2026 | Stagebeacon</title>
  <meta name="description" content="Find concerts in Bristol, UK. Get tickets for upcoming gigs and festivals in Bristol and never miss your favourite artists live.">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="canonical" href="{canonical}">{rel_links}
  <meta property="og:title" content="Bristol Concerts, Gigs &amp; Tour Dates 2025 &amp; 2026">
  <meta property="og:type" content="website">
  <meta property="og:url" content="{canonical}">
  <meta property="og:image" content="https://assets.sbcdn.net/images/og/stagebeacon-og-1200.png">
  <meta property="og:site_name" content="Stagebeacon">
  <meta name="twitter:card" content="summary">
  <meta name="twitter:site" content="@stagebeacon">
  <meta name="csrf-param" content="authenticity_token">
  <meta name="csrf-token" content="hX2v9QJkq3v0yZf4t1cWm7oN8pL5sR6dT0uY2aB4cE6gI8kM0oQ2sU4wY6zA8bC0dE2fG4hJ6kL8mN0pQ2rS4t==">
  <link rel="stylesheet" href="//assets.sbcdn.net/assets/application-4c1f9e2b7a.css" media="all">
  <link rel="stylesheet" href="//assets.sbcdn.net/assets/metro_areas-91d3b07c55.css" media="all">
  <link rel="shortcut icon" href="//assets.sbcdn.net/images/favicon-5e2a1b.ico">
  <script type="application/ld+json">{{"@context":"http://schema.org","@type":"WebSite","name":"Stagebeacon","url":"{SB_HOST}/","potentialAction":{{"@type":"SearchAction","target":"{SB_HOST}/search?query={{search_term_string}}","query-input":"required name=search_term_string"}}}}</script>
  <script>
    window.dataLayer = window.dataLayer || [];
    window.dataLayer.push({{"page_type":"metro_area","metro_area_id":24608,"metro_area_name":"Bristol","page_number":{number},"logged_in":false}});
    (function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':new Date().getTime(),event:'gtm.js'}});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','GTM-K7W3QZ2');
  </script>
  <script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" type="text/javascript" charset="UTF-8" data-domain-script="9c4e1f2a-7b3d-4e5f-8a1c-2d3e4f5a6b7c"></script>
  <script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
</head>
<body class="metro-areas show logged-out" data-controller="metro_areas" data-action="show">
  <noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-K7W3QZ2" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
  <div id="fb-root"></div>
  <header id="global-header" class="global-header" role="banner">
    <div class="container">
      <a class="logo" href="/" data-analytics-label="global_header_logo">
        <img src="//assets.sbcdn.net/images/logos/stagebeacon-logo-white-3a9d.svg" alt="Stagebeacon" width="132" height="28">
      </a>
      <form class="search-form" id="global-search" action="/search" accept-charset="UTF-8" method="get" role="search">
        <input name="utf8" type="hidden" value="&#x2713;">
        <input type="hidden" name="type" value="initial">
        <label class="visually-hidden" for="global-search-query">Search</label>
        <input type="text" name="query" id="global-search-query" placeholder="Search for artists, venues and events" autocomplete="off">
        <button type="submit" class="search-button" aria-label="Search"><span class="icon icon-search"></span></button>
      </form>
      <nav class="global-nav" aria-label="Main">
        <ul>
          <li><a href="/discover" data-analytics-label="global_header_discover">Discover</a></li>
          <li><a href="/festivals" data-analytics-label="global_header_festivals">Festivals</a></li>
          <li><a href="/apps" data-analytics-label="global_header_apps">Get the app</a></li>
        </ul>
      </nav>
      <div class="account-nav">
        <a class="login" href="/session/new?success_url=%2Fmetro-areas%2F24608-uk-bristol">Log in</a>
        <a class="signup button" href="/signup?success_url=%2Fmetro-areas%2F24608-uk-bristol">Sign up</a>
      </div>
    </div>
  </header>

  <div id="content" class="container">
    <div class="component metro-area-header">
      <div class="metro-area-header-info">
        <h1 class="h0">Bristol</h1>
        <p class="metro-area-region">Concerts and gigs in Bristol, Bath and the surrounding area, UK</p>
      </div>
      <div class="metro-area-header-actions">
        <a class="button track-button" href="/session/new?success_url=%2Fmetro-areas%2F24608-uk-bristol%2Ftrack" data-analytics-label="metro_area_track">Track</a>
        <span class="tracking-count">4,318 people tracking Bristol</span>
      </div>
    </div>

    <div class="row">
      <div class="primary col-8">
        <div class="component metro-area-calendar" id="metro-area-calendar">
          <div class="metro-area-calendar-filters">
            <ul class="date-filter-links">
              <li class="selected"><a href="{SB_METRO}">All upcoming</a></li>
              <li><a href="{SB_METRO}/tonight">Tonight</a></li>
              <li><a href="{SB_METRO}/this-weekend">This weekend</a></li>
              <li><a href="{SB_METRO}/this-month">This month</a></li>
            </ul>
            <form class="date-filter-form" action="{SB_METRO}" accept-charset="UTF-8" method="get">
              <fieldset>
                <legend>Choose dates</legend>
                <label for="filters_minDate">From</label>
                <input type="text" name="filters[minDate]" id="filters_minDate" value="03/14/2025" placeholder="MM/DD/YYYY" class="datepicker">
                <label for="filters_maxDate">To</label>
                <input type="text" name="filters[maxDate]" id="filters_maxDate" value="" placeholder="MM/DD/YYYY" class="datepicker">
                <button type="submit" class="button secondary">Update</button>
              </fieldset>
            </form>
          </div>
          <p class="upcoming-concerts-count"><b>{SB_TOTAL}</b> upcoming concerts in Bristol</p>
          <ul class="metro-area-calendar-listings">
{_sb_listing(events)}
          </ul>
          {_sb_pagination(number, total)}
        </div>
      </div>

      <div class="secondary col-4">
        <div class="component app-promo">
          <h3>Never miss another show</h3>
          <p>Track your favourite artists and we'll tell you when they play near you.</p>
          <a class="button" href="/apps">Get the free app</a>
        </div>
        <div class="ad-container mpu" id="div-gpt-ad-metro-mpu-1" data-ad-unit="/21783904/stagebeacon/metro_area/mpu_1" data-sizes="[[300,250],[300,600]]"></div>
        <div class="component popular-venues">
          <h3>Popular venues in Bristol</h3>
          <ul>
{venues}
          </ul>
          <a class="see-all" href="{SB_METRO}/venues">See all venues</a>
        </div>
        <div class="component nearby-metro-areas">
          <h3>Nearby metro areas</h3>
          <ul>
            <li><a href="/metro-areas/24611-uk-cardiff">Cardiff</a></li>
            <li><a href="/metro-areas/24589-uk-gloucester">Gloucester</a></li>
            <li><a href="/metro-areas/24563-uk-exeter">Exeter</a></li>
            <li><a href="/metro-areas/24502-uk-swindon">Swindon</a></li>
          </ul>
        </div>
        <div class="ad-container mpu" id="div-gpt-ad-metro-mpu-2" data-ad-unit="/21783904/stagebeacon/metro_area/mpu_2" data-sizes="[[300,250]]"></div>
      </div>
    </div>
  </div>

  <footer id="global-footer" role="contentinfo">
    <div class="container">
      <div class="footer-columns">
        <div class="footer-column">
          <h4>Stagebeacon</h4>
          <ul>
            <li><a href="/about">About us</a></li>
            <li><a href="/jobs">Jobs</a></li>
            <li><a href="/press">Press</a></li>
            <li><a href="https://blog.stagebeacon.com">Blog</a></li>
          </ul>
        </div>
        <div class="footer-column">
          <h4>Artists &amp; venues</h4>
          <ul>
            <li><a href="/artists-and-managers">For artists</a></li>
            <li><a href="/venues-and-promoters">For venues and promoters</a></li>
            <li><a href="/developer">Developers</a></li>
          </ul>
        </div>
        <div class="footer-column">
          <h4>Help</h4>
          <ul>
            <li><a href="https://support.stagebeacon.com">Support</a></li>
            <li><a href="/terms">Terms of use</a></li>
            <li><a href="/privacy">Privacy policy</a></li>
            <li><a href="#" class="ot-sdk-show-settings">Cookie settings</a></li>
          </ul>
        </div>
      </div>
      <p class="copyright">&copy; 2025 Stagebeacon Ltd. All rights reserved.</p>
    </div>
  </footer>
  <div id="onetrust-consent-sdk">
    <div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner" style="display:none">
      <div class="ot-sdk-container">
        <div id="onetrust-policy">
          <p id="onetrust-policy-text">We and our partners use cookies to personalise content and ads, to provide social media features and to analyse our traffic. <a href="/privacy#cookies" class="ot-cookie-policy-link">Cookie policy</a></p>
        </div>
        <div id="onetrust-button-group">
          <button id="onetrust-pc-btn-handler">Cookie settings</button>
          <button id="onetrust-reject-all-handler">Reject all</button>
          <button id="onetrust-accept-btn-handler">Accept all cookies</button>
        </div>
      </div>
    </div>
  </div>
  <script src="//assets.sbcdn.net/assets/vendor-0b7e4d21c3.js"></script>
  <script src="//assets.sbcdn.net/assets/application-7a2c91fe40.js"></script>
  <script>
    window.googletag = window.googletag || {{cmd: []}};
    googletag.cmd.push(function() {{
      document.querySelectorAll('.ad-container').forEach(function (el) {{
        googletag.defineSlot(el.dataset.adUnit, JSON.parse(el.dataset.sizes), el.id).addService(googletag.pubads());
      }});
      googletag.pubads().setTargeting('metro', '24608');
      googletag.enableServices();
    }});
  </script>
</body>
</html>"""


@twentysixth
def build_stagebeacon() -> None:
    s = Site(
        "stagebeacon",
        kind="concert listings for a metro area (Songkick Rails markup 2024–25: ul.metro-area-calendar-listings mixing li.date-element day headings with li.event-listings-element[title='Friday 14 March 2025'] events: div.microformat JSON-LD MusicEvent, empty time[datetime], a.thumb + lazy img.artist-profile-image, div.artists-venue-location-wrapper > p.artists > a.event-link > span > strong headliner + span.support 'A, B and C' on most, p.location a.venue-link + span.city-name 'Bath, UK'; p.upcoming-concerts-count; will_paginate div.pagination over ?page=N#metro-area-calendar)",
        start="metro-areas/24608-uk-bristol",
        description="A concert-listings site's Bristol metro-area calendar (fifty events a page, soonest first, from Friday 14 March 2025): head with canonical / rel prev-next, og tags, a WebSite JSON-LD, a GTM dataLayer, the OneTrust stub and GPT; header#global-header (logo, a /search form with utf8 / type=initial / query, Discover / Festivals / Get the app, Log in / Sign up); div.metro-area-header (h1 'Bristol', the region line, a Track button and '4,318 people tracking Bristol'); div#metro-area-calendar with date-filter links (All upcoming / Tonight / This weekend / This month), a 'Choose dates' form of filters[minDate] / filters[maxDate] inputs, p.upcoming-concerts-count '<b>117</b> upcoming concerts in Bristol', then ul.metro-area-calendar-listings: li.date-element > time[datetime=2025-03-14] 'Friday 14 March 2025' before the first event of each day (repeated at the top of pages 2 and 3), and per event li.event-listings-element[title=<long day>] > div.microformat > script[type=application/ld+json] (a one-item array: MusicEvent 'Artist @ Venue', absolute url with utm params, location Place with PostalAddress and geo, startDate without offset, endDate, performer MusicGroups for headliner and support acts, offers), an empty time[datetime='2025-03-14T19:30:00+0000'] (date only on some; +0100 from 30 March), div.event-details-wrapper > a.thumb (lazy img.artist-profile-image with data-src, default avatar for some) + div.artists-venue-location-wrapper: p.artists > a.event-link.chevron-wrapper > span > strong (headliner) + span.support ('Gull Theory', 'A and B' or 'A, B and C'; missing on some), p.location > span > a.venue-link to /venues/<id>-<slug>, ', ', span.city-name ('Bristol, UK', 'Bath, UK', 'Clevedon, UK', 'Weston-super-Mare, UK', 'Frome, UK'); will_paginate div.pagination (← Previous / em.current / numbered links / Next →, rel prev/next, aria-labels) over /metro-areas/24608-uk-bristol?page=N#metro-area-calendar (page 1 also served at ?page=1); the sidebar (app promo, two GPT ad containers, 'Popular venues in Bristol' links, nearby metro areas) and the footer + hidden OneTrust banner. 50 + 50 + 17 events. Written down: artist (the headliner), support (list, absent when none), url (/concerts/<id>-<artist>-at-<venue>), venue, city, date (ISO day).",
    )
    events = _sb_events()
    pages = chunks(events, [SB_PER_PAGE, SB_PER_PAGE, SB_TOTAL - 2 * SB_PER_PAGE])
    base = SB_METRO.lstrip("/")
    for number, batch in enumerate(pages, 1):
        html = _sb_page(number, len(pages), batch)
        if number == 1:
            s.list_page(base, html)
            s.write(f"{base}@page=1", html)
        else:
            s.list_page(f"{base}@page={number}", html)
    for event in events:
        s.expect(
            {
                "artist": event.artist,
                "support": event.support or None,
                "url": event.url,
                "venue": event.venue[0],
                "city": event.city,
                "date": event.day.isoformat(),
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# rookline: a lichess (lila) player's game history, /@/<user>/all, twelve games a page.
# ---------------------------------------------------------------------------------------------------

RL_USER = "KestrelGambit"
RL_ASSETS = "https://rk1.org/assets"
RL_NOW = datetime(2025, 3, 17, 18, 20, 0, tzinfo=UTC)
RL_PER_PAGE = 12
RL_TOURNAMENT = ("bZ4kQm7R", "Hourly Blitz Arena")
#: One game row's data (the fields are listed above RL_GAMES).
RlGame = tuple[
    str,
    str,
    str,
    str,
    bool,
    str,
    str,
    int | None,
    int,
    int | None,
    int | None,
    str,
    str | None,
    str,
    str,
    int,
    bool,
    bool,
]
RL_ICONS = {
    "Bullet": "\ue047",
    "Blitz": "\ue048",
    "Rapid": "\ue049",
    "Classical": "\ue04a",
    "Correspondence": "\ue04b",
    "ai": "\ue03b",
}

#: (id, created, speed, clock ("3+2" or "3 days"), rated, user colour, opponent (None = engine level), opponent
#:  rating (None = engine), user rating, user diff, opponent diff, end status, winner colour or None,
#:  opening, first six plies, plies, in the arena, user provisional)
RL_GAMES: list[RlGame] = [
    (
        "Qm3TxV8a",
        "2025-03-17T16:41:07.412Z",
        "Blitz",
        "3+2",
        True,
        "white",
        "halfopenfile",
        1561,
        1538,
        7,
        -7,
        "resign",
        "white",
        "Sicilian Defense: Alapin Variation",
        "e4 c5 c3 Nf6 e5 Nd5",
        61,
        False,
        False,
    ),
    (
        "Hb7KpR2z",
        "2025-03-17T16:22:50.108Z",
        "Blitz",
        "3+2",
        True,
        "black",
        "Borislav_K",
        1512,
        1545,
        -7,
        6,
        "mate",
        "white",
        "Italian Game: Giuoco Pianissimo",
        "e4 e5 Nf3 Nc6 Bc4 Bc5",
        47,
        False,
        False,
    ),
    (
        "Wn4c9LdE",
        "2025-03-16T20:14:33.950Z",
        "Blitz",
        "5+0",
        True,
        "white",
        "tidalpawn",
        1590,
        1543,
        2,
        -2,
        "draw",
        None,
        "Queen's Gambit Declined: Exchange Variation",
        "d4 d5 c4 e6 cxd5 exd5",
        58,
        False,
        False,
    ),
    (
        "Ty8GmQ1s",
        "2025-03-16T19:58:02.233Z",
        "Blitz",
        "5+0",
        True,
        "black",
        "RiverRookery",
        1502,
        1538,
        5,
        -5,
        "outoftime",
        "black",
        "London System",
        "d4 Nf6 Bf4 d5 e3 c5",
        88,
        False,
        False,
    ),
    (
        "Pk2RvX7n",
        "2025-03-16T11:03:45.671Z",
        "Rapid",
        "10+0",
        True,
        "white",
        "sundaysicilian",
        1655,
        1624,
        -5,
        5,
        "resign",
        "black",
        "Caro-Kann Defense: Advance Variation",
        "e4 c6 d4 d5 e5 Bf5",
        70,
        False,
        False,
    ),
    (
        "Lz6NbW3c",
        "2025-03-15T21:40:12.005Z",
        "Bullet",
        "1+0",
        True,
        "black",
        "flaggingfrank",
        1388,
        1385,
        6,
        -6,
        "outoftime",
        "black",
        "Scandinavian Defense: Main Line",
        "e4 d5 exd5 Qxd5 Nc3 Qa5",
        84,
        False,
        False,
    ),
    (
        "Xc1DfH8q",
        "2025-03-15T21:37:55.380Z",
        "Bullet",
        "1+0",
        True,
        "white",
        "flaggingfrank",
        1381,
        1392,
        -7,
        7,
        "outoftime",
        "black",
        "Scotch Game",
        "e4 e5 Nf3 Nc6 d4 exd4",
        96,
        False,
        False,
    ),
    (
        "Rv5JsK2m",
        "2025-03-15T21:35:20.744Z",
        "Bullet",
        "1+0",
        True,
        "black",
        "flaggingfrank",
        1374,
        1399,
        -7,
        7,
        "mate",
        "white",
        "Vienna Game",
        "e4 e5 Nc3 Nf6 f4 d5",
        39,
        False,
        False,
    ),
    (
        "Ng9WqT4b",
        "2025-03-15T14:12:09.127Z",
        "Rapid",
        "15+10",
        True,
        "white",
        "MossyBishop",
        1622,
        1617,
        7,
        -7,
        "mate",
        "white",
        "Ruy Lopez: Berlin Defense",
        "e4 e5 Nf3 Nc6 Bb5 Nf6",
        73,
        False,
        False,
    ),
    (
        "Bd2YhL6p",
        "2025-03-14T22:05:31.562Z",
        "Blitz",
        "3+0",
        True,
        "black",
        "ZugzwangZoe",
        1577,
        1543,
        -5,
        5,
        "resign",
        "white",
        "French Defense: Tarrasch Variation",
        "e4 e6 d4 d5 Nd2 c5",
        52,
        True,
        False,
    ),
    (
        "Fs7MvC3k",
        "2025-03-14T21:58:44.019Z",
        "Blitz",
        "3+0",
        True,
        "white",
        "pawnstorm_ella",
        1498,
        1538,
        5,
        -5,
        "resign",
        "white",
        "Pirc Defense",
        "e4 d6 d4 Nf6 Nc3 g6",
        43,
        True,
        False,
    ),
    (
        "Jq4ZtP9w",
        "2025-03-14T21:51:17.846Z",
        "Blitz",
        "3+0",
        True,
        "black",
        "KnightOwl_Rhys",
        1534,
        1538,
        0,
        0,
        "stalemate",
        None,
        "Queen's Pawn Game: Accelerated London System",
        "d4 Nf6 Bf4 e6 e3 c5",
        121,
        True,
        False,
    ),
    (
        "Cw8RkD5y",
        "2025-03-13T19:31:40.293Z",
        "Blitz",
        "5+3",
        True,
        "white",
        "quietqueenside",
        1549,
        1532,
        6,
        -6,
        "timeout",
        "white",
        "English Opening: King's English Variation",
        "c4 e5 Nc3 Nf6 g3 d5",
        54,
        False,
        False,
    ),
    (
        "Mh3PxB7f",
        "2025-03-13T19:12:03.507Z",
        "Blitz",
        "5+3",
        True,
        "black",
        "Vasquez_Daniel",
        1610,
        1536,
        -4,
        4,
        "mate",
        "white",
        "King's Indian Attack",
        "Nf3 d5 g3 Nf6 Bg2 c6",
        67,
        False,
        False,
    ),
    (
        "Ea6LnS2v",
        "2025-03-12T18:47:26.888Z",
        "Rapid",
        "10+5",
        True,
        "white",
        "sundaysicilian",
        1648,
        1616,
        1,
        -1,
        "threefold",
        None,
        "Sicilian Defense: Najdorf Variation",
        "e4 c5 Nf3 d6 d4 cxd4",
        64,
        False,
        False,
    ),
    (
        "Ug2VmK9r",
        "2025-03-11T20:33:58.120Z",
        "Blitz",
        "3+2",
        False,
        "white",
        "OwlAtMidnight",
        1480,
        1536,
        None,
        None,
        "resign",
        "white",
        "Danish Gambit",
        "e4 e5 d4 exd4 c3 dxc3",
        31,
        False,
        False,
    ),
    (
        "Oy5QcF1h",
        "2025-03-11T20:20:14.675Z",
        "Blitz",
        "3+2",
        False,
        "black",
        "OwlAtMidnight",
        1476,
        1536,
        None,
        None,
        "outoftime",
        "white",
        "Ponziani Opening",
        "e4 e5 Nf3 Nc6 c3 Nf6",
        79,
        False,
        False,
    ),
    (
        "Iz7BdW4t",
        "2025-03-09T15:06:39.431Z",
        "Rapid",
        "10+0",
        True,
        "black",
        "Halvorsen_T",
        1597,
        1610,
        6,
        -6,
        "resign",
        "black",
        "Catalan Opening: Open Defense",
        "d4 Nf6 c4 e6 g3 d5",
        80,
        False,
        False,
    ),
    (
        "Sx3FgJ8e",
        "2025-03-08T12:44:51.903Z",
        "Rapid",
        "15+10",
        False,
        "white",
        None,
        None,
        1610,
        None,
        None,
        "mate",
        "white",
        "Bishop's Opening",
        "e4 e5 Bc4 Nf6 d3 c6",
        57,
        False,
        False,
    ),
    (
        "Gv9HwN5a",
        "2025-03-06T21:18:30.316Z",
        "Blitz",
        "3+2",
        True,
        "white",
        "Borislav_K",
        1519,
        1531,
        5,
        -5,
        "outoftime",
        "white",
        "Petrov's Defense: Classical Attack",
        "e4 e5 Nf3 Nf6 Nxe5 d6",
        93,
        False,
        False,
    ),
    (
        "Dk4TrY2x",
        "2025-03-06T21:02:11.058Z",
        "Blitz",
        "3+2",
        True,
        "black",
        "lumberjack_lou",
        1466,
        1527,
        4,
        -4,
        "mate",
        "black",
        "Bird Opening",
        "f4 d5 Nf3 g6 e3 Bg7",
        44,
        False,
        False,
    ),
    (
        "Yb1NsE6g",
        "2025-03-05T19:40:55.782Z",
        "Correspondence",
        "3 days",
        True,
        "white",
        "LetterboxLeo",
        1731,
        1500,
        -162,
        4,
        "resign",
        "black",
        "Nimzo-Indian Defense: Rubinstein Variation",
        "d4 Nf6 c4 e6 Nc3 Bb4",
        85,
        False,
        True,
    ),
    (
        "Ah8PlZ3u",
        "2025-03-04T20:27:08.244Z",
        "Blitz",
        "5+0",
        True,
        "black",
        "ZugzwangZoe",
        1569,
        1532,
        -5,
        5,
        "resign",
        "white",
        "Ruy Lopez: Exchange Variation",
        "e4 e5 Nf3 Nc6 Bb5 a6",
        48,
        False,
        False,
    ),
    (
        "Vt6CeM1j",
        "2025-03-04T20:09:37.961Z",
        "Blitz",
        "5+0",
        True,
        "white",
        "pawnstorm_ella",
        1507,
        1527,
        5,
        -5,
        "resign",
        "white",
        "Alekhine Defense: Modern Variation",
        "e4 Nf6 e5 Nd5 d4 d6",
        41,
        False,
        False,
    ),
    (
        "Kp2XzQ7b",
        "2025-03-02T16:55:42.590Z",
        "Rapid",
        "10+0",
        True,
        "white",
        "chalkdustchess",
        1588,
        1616,
        -7,
        7,
        "mate",
        "black",
        "Slav Defense: Modern Line",
        "d4 d5 c4 c6 Nf3 Nf6",
        70,
        False,
        False,
    ),
    (
        "Wf9SjB4n",
        "2025-03-01T13:31:19.137Z",
        "Rapid",
        "10+0",
        True,
        "black",
        "Oakham_Chess",
        1604,
        1615,
        1,
        -1,
        "insufficient",
        None,
        "Dutch Defense: Leningrad Variation",
        "d4 f5 g3 Nf6 Bg2 g6",
        102,
        False,
        False,
    ),
    (
        "Hr3MgV8d",
        "2025-02-28T21:44:03.826Z",
        "Blitz",
        "3+2",
        True,
        "white",
        "halfopenfile",
        1552,
        1533,
        -6,
        6,
        "outoftime",
        "black",
        "Caro-Kann Defense: Classical Variation",
        "e4 c6 d4 d5 Nc3 dxe4",
        110,
        False,
        False,
    ),
    (
        "Ln7DqC2s",
        "2025-02-27T19:06:16.471Z",
        "Rapid",
        "15+10",
        True,
        "black",
        "MossyBishop",
        1611,
        1621,
        -6,
        6,
        "resign",
        "white",
        "Four Knights Game: Spanish Variation",
        "e4 e5 Nf3 Nc6 Nc3 Nf6",
        76,
        False,
        False,
    ),
    (
        "Zc5KbT9f",
        "2025-02-25T20:12:48.009Z",
        "Rapid",
        "10+5",
        True,
        "white",
        "Fennwick",
        1574,
        1614,
        7,
        -7,
        "resign",
        "white",
        "Grünfeld Defense: Exchange Variation",
        "d4 Nf6 c4 g6 Nc3 d5",
        63,
        False,
        False,
    ),
    (
        "Qs1WvH6y",
        "2025-02-24T18:30:27.355Z",
        "Rapid",
        "10+0",
        True,
        "black",
        "tidalpawn",
        1583,
        1621,
        -7,
        7,
        "outoftime",
        "white",
        "Owen Defense",
        "e4 b6 d4 Bb7 Bd3 e6",
        75,
        False,
        False,
    ),
]
RL_AI_LEVEL = 4
#: A handful of final positions for the mini boards (board part of the FEN, last move).
RL_BOARDS = [
    ("r4rk1/pp3ppp/2n1b3/3qp3/8/2P2N2/PP1Q1PPP/R3KB1R", "d8d5"),
    ("6k1/5pp1/7p/3Q4/8/6P1/5PKP/4r3", "e8e1"),
    ("2r3k1/p4ppp/1p2p3/8/3P4/P3P3/1P3PPP/2R3K1", "c7c8"),
    ("8/8/4k3/8/2K5/8/8/8", "d5c4"),
    ("r1b2rk1/pp1n1ppp/2p1p3/q7/2BP4/2N2N2/PP3PPP/R2Q1RK1", "d8a5"),
    ("5rk1/1b3ppp/p3p3/1p6/4P3/1BN5/PPP3PP/3R2K1", "f6f8"),
    ("r2q1rk1/ppp2ppp/2np1n2/2b1p3/2B1P1b1/2PP1N2/PP3PPP/RNBQR1K1", "c8g4"),
    ("7k/6pp/8/8/8/8/5qPP/7K", "f3f2"),
]


def _rl_ago(stamp: str) -> str:
    """The server-side preload of lichess's timeago: '1 hour ago', '3 days ago', '2 weeks ago'."""
    seconds = int((RL_NOW - datetime.fromisoformat(stamp.replace("Z", "+00:00"))).total_seconds())
    for size, unit in ((7 * 86400, "week"), (86400, "day"), (3600, "hour"), (60, "minute")):
        if seconds >= size:
            n = seconds // size
            return f"{n} {unit}{'' if n == 1 else 's'} ago"
    return "right now"


def _rl_result(status: str, winner: str | None, plies: int) -> str:
    loser = None if winner is None else ("black" if winner == "white" else "white")
    # The side to move after the last ply: white after an even number of plies.
    turn = "white" if plies % 2 == 0 else "black"
    # The mated or flagged side is the one to move: keep the data honest.
    assert status not in ("mate", "outoftime") or loser in (None, turn), (status, winner, plies)
    if status == "mate":
        text = "Checkmate"
    elif status == "resign":
        text = f"{(loser or 'white').capitalize()} resigned"
    elif status == "outoftime":
        text = f"{(loser or turn).capitalize()} time out"
    elif status == "timeout":
        text = f"{(loser or 'white').capitalize()} left the game"
    elif status == "stalemate":
        text = "Stalemate"
    elif status == "draw":
        text = "Draw by mutual agreement"
    elif status == "threefold":
        text = "Threefold repetition • Draw"
    elif status == "insufficient":
        text = "Insufficient material • Draw"
    else:
        raise ValueError(status)
    if winner:
        text += f" • {winner.capitalize()} is victorious"
    return text


def _rl_diff(diff: int | None) -> str:
    if diff is None:
        return ""
    if diff == 0:
        return " <span>±0</span>"
    return f" <good>+{diff}</good>" if diff > 0 else f" <bad>−{-diff}</bad>"


def _rl_user_link(name: str) -> str:
    return f'<a class="user-link ulpt" href="/@/{name}">{name}</a>'


def _rl_pgn(sans: str, plies: int) -> str:
    moves = sans.split()
    pairs = [f"{i // 2 + 1}. {' '.join(moves[i : i + 2])}" for i in range(0, len(moves), 2)]
    return " ".join(pairs) + (f" ... {1 + (plies - 1) // 2} moves " if plies > 6 else "")


def _rl_game(index: int, game: RlGame) -> str:
    (
        gid,
        created,
        speed,
        clock,
        rated,
        color,
        opp,
        opp_rating,
        rating,
        diff,
        opp_diff,
        status,
        winner,
        opening,
        sans,
        plies,
        arena,
        provisional,
    ) = game
    board, last = RL_BOARDS[index % len(RL_BOARDS)]
    href = f"/{gid}" if color == "white" else f"/{gid}/black"
    clock_html = f'<span title="Correspondence">{clock}</span>' if speed == "Correspondence" else clock
    source = f"<strong>{clock_html} • {speed} • {'Rated' if rated else 'Casual'}</strong>"
    context = (
        f' • <a data-icon="\ue05c" class="text" href="/tournament/{RL_TOURNAMENT[0]}">{RL_TOURNAMENT[1]}</a>'
        if arena
        else ""
    )
    me = f"{_rl_user_link(RL_USER)}<br>{rating}{'?' if provisional else ''}{_rl_diff(diff)}"
    them = (
        f"<span>Stockfish level {RL_AI_LEVEL}</span>"
        if opp is None
        else f"{_rl_user_link(opp)}<br>{opp_rating}{_rl_diff(opp_diff)}"
    )
    white, black = (me, them) if color == "white" else (them, me)
    result_cls = "" if winner is None else (' class="win"' if winner == color else ' class="loss"')
    icon = RL_ICONS["ai"] if opp is None else RL_ICONS[speed]
    return f"""<article class="game-row paginated"><a class="game-row__overlay" href="{href}"></a><div class="game-row__board"><span class="mini-board mini-board--init cg-wrap is2d" data-state="{board},{color},{last}"><cg-container><cg-board></cg-board></cg-container></span></div><div class="game-row__infos"><div class="header" data-icon="{icon}"><div class="header__text">{source}<time class="timeago" datetime="{created}">{_rl_ago(created)}</time>{context}</div></div><div class="versus"><div class="player white">{white}</div><div class="swords" data-icon="\ue06d"></div><div class="player black">{black}</div></div><div class="result"><span{result_cls}>{_rl_result(status, winner, plies)}</span></div><div class="opening"><strong>{esc(opening)}</strong><div class="pgn">{_rl_pgn(sans, plies)}</div></div></div></article>"""


def _rl_counts() -> dict[str, int]:
    games = RL_GAMES
    return {
        "all": len(games),
        "rated": sum(1 for g in games if g[4]),
        "win": sum(1 for g in games if g[12] is not None and g[12] == g[5]),
        "loss": sum(1 for g in games if g[12] is not None and g[12] != g[5]),
        "draw": sum(1 for g in games if g[12] is None),
    }


def _rl_side() -> str:
    rated = [g for g in RL_GAMES if g[4]]

    def nb(speed: str) -> int:
        return sum(1 for g in rated if g[2] == speed)

    def perf(
        key: str, name: str, icon: str, title: str, rating: str, progress: str, games: int, empty: bool = False
    ) -> str:
        cls = ' class="empty"' if empty else ""
        unit = "game" if games == 1 else "games"
        return f'<a data-icon="{icon}" title="{title}"{cls} href="/@/{RL_USER}/perf/{key}"><span><h3>{name}</h3><rating><strong>{rating}</strong> {progress} <span>{games:,} {unit}</span></rating></span><i data-icon="\ue046"></i></a>'

    return "".join(
        [
            '<div class="side sub-ratings">',
            perf(
                "bullet",
                "Bullet",
                RL_ICONS["Bullet"],
                "Very fast games: less than 3 minutes",
                "1385",
                '<bad class="rp">14</bad>',
                nb("Bullet"),
            ),
            perf(
                "blitz",
                "Blitz",
                RL_ICONS["Blitz"],
                "Fast games: 3 to 8 minutes",
                "1545",
                '<good class="rp">13</good>',
                nb("Blitz"),
            ),
            perf(
                "rapid",
                "Rapid",
                RL_ICONS["Rapid"],
                "Rapid games: 8 to 25 minutes",
                "1619",
                '<bad class="rp">9</bad>',
                nb("Rapid"),
            ),
            perf(
                "classical",
                "Classical",
                RL_ICONS["Classical"],
                "Classical games: 25 minutes and more",
                "1500?",
                "",
                0,
                empty=True,
            ),
            perf(
                "correspondence",
                "Correspondence",
                RL_ICONS["Correspondence"],
                "Correspondence games: one or several days per move",
                "1338?",
                "",
                nb("Correspondence"),
            ),
            "<hr>",
            f'<a data-icon="\ue05e" title="Chess tactics trainer" href="/training/dashboard/30/home?u={RL_USER}"><span><h3>Puzzles</h3><rating><strong>1804</strong> <good class="rp">22</good> <span>212 puzzles</span></rating></span><i data-icon="\ue046"></i></a>',
            f'<a data-icon="\ue062" href="/storm/dashboard/{RL_USER}"><span><h3>Puzzle Storm</h3><rating><strong>21</strong> <span>6 runs</span></rating></span><i data-icon="\ue046"></i></a>',
            '<a data-icon="\ue063" class="empty" href="/racer"><span><h3>Puzzle Racer</h3><rating><strong>0</strong></rating></span><i data-icon="\ue046"></i></a>',
            '<a data-icon="\ue064" href="/streak"><span><h3>Puzzle Streak</h3><rating><strong>14</strong> <span>3 runs</span></rating></span><i data-icon="\ue046"></i></a>',
            "</div>",
        ]
    )


def _rl_header() -> str:
    counts = _rl_counts()
    return f"""<div class="box__top user-show__header"><h1><span class="user-link offline" data-href="/@/{RL_USER}"><i class="line"></i>{RL_USER}</span></h1><div class="trophies"></div></div><div class="user-show__social"><div class="number-menu"><a href="/@/{RL_USER}/tournaments/recent" class="nm-item" data-toints="23"><strong>23</strong><br>tournament points</a><a href="/study/by/{RL_USER}" class="nm-item"><strong>2</strong><br>studies</a><a class="nm-item" href="/forum/search?text=user%3A{RL_USER}&amp;page=1"><strong>7</strong><br>forum posts</a></div><div class="user-actions btn-rack"><a class="btn-rack__btn" href="/@/{RL_USER}/tv" title="Watch games" data-icon="\ue06e"></a><a class="btn-rack__btn relation-button" href="/?user={RL_USER}#friend" title="Challenge to a game" data-icon="\ue06d"></a><a class="btn-rack__btn" href="/analysis#explorer/{RL_USER}" title="Opening explorer" data-icon="\ue066"></a><a class="btn-rack__btn" href="/@/{RL_USER}/download" title="Export games" data-icon="\ue067"></a></div></div><div id="us_profile"><div class="rating-history-container"><div class="rating-history-container__time-selector"></div><div class="spinner" aria-label="loading"><svg viewBox="-2 -2 54 54"><g mask="url(#mask)" fill="none"><path id="a" stroke-width="3.779" d="m21.78 12.64c-1.284 8.436 8.943 12.7 14.54 17.61 3 2.632 4.412 4.442 5.684 7.93"></path></g></svg></div></div><div class="profile-side"><div class="user-infos"><strong class="name">Ewan Hargreaves</strong><p class="bio">Club player from Leeds. Mostly blitz, slowly learning the Najdorf. Happy to play rapid rematches.</p><div class="stats"><span class="location">Leeds</span><span class="flag"><img src="{RL_ASSETS}/images/flags/GB.png"> United Kingdom</span><p class="thin">Member since 9 Oct 2022</p><p class="thin">Active <time class="timeago" datetime="2025-03-17T16:49:31.000Z">1 hour ago</time></p><p>Time spent playing: 2 days, 4 hours and 11 minutes</p><div class="social_links col2"></div><div class="teams col2"><strong>Teams</strong><a class="text" href="/team/leeds-chess-club">Leeds Chess Club</a></div></div></div><a class="insight" href="/insights/{RL_USER}" data-icon="\ue068"><span><strong>Chess Insights</strong><em>Analytics from {RL_USER}'s games</em></span></a></div></div><div class="angles number-menu number-menu--tabs menu-box-pop"><a data-tab="activity" class="nm-item to-activity" href="/@/{RL_USER}">Activity</a><a data-tab="games" class="nm-item to-games active" href="/@/{RL_USER}/all">{counts["all"]} games</a></div>"""


def _rl_filters() -> str:
    counts = _rl_counts()
    items = [("all", "games"), ("rated", "rated"), ("win", "wins"), ("loss", "losses"), ("draw", "draws")]
    out = [
        f'<a class="nm-item to-{key}{" active" if key == "all" else ""}" href="/@/{RL_USER}/{key}"><strong>{counts[key]}</strong><br>{label}</a>'
        for key, label in items
    ]
    out.append(
        f'<a class="nm-item to-search" href="/@/{RL_USER}/search"><i data-icon="\ue069"></i><br>Advanced search</a>'
    )
    return '<div class="number-menu number-menu--tabs menu-box-pop" id="games">' + "".join(out) + "</div>"


RL_NAV = """<nav id="topnav" class="hover"><section><a href="/"><span class="play">Play</span><span class="home">rookline.org</span></a><div role="group"><a href="/?any#hook">Create lobby game</a><a href="/tournament">Arena tournaments</a><a href="/swiss">Swiss tournaments</a><a href="/simul">Simultaneous exhibitions</a><a href="/variant">Chess variants</a></div></section><section><a href="/training">Puzzles</a><div role="group"><a href="/training">Puzzles</a><a href="/training/themes">Puzzle Themes</a><a href="/training/dashboard/30">Puzzle Dashboard</a><a href="/streak">Puzzle Streak</a><a href="/storm">Puzzle Storm</a><a href="/racer">Puzzle Racer</a></div></section><section><a href="/learn">Learn</a><div role="group"><a href="/learn">Chess basics</a><a href="/practice">Practice</a><a href="/training/coordinate">Coordinates</a><a href="/study">Study</a><a href="/coach">Coaches</a></div></section><section><a href="/tv">Watch</a><div role="group"><a href="/broadcast">Broadcasts</a><a href="/tv">Rookline TV</a><a href="/games">Current games</a><a href="/streamer">Streamers</a><a href="/video">Video library</a></div></section><section><a href="/player">Community</a><div role="group"><a href="/player">Players</a><a href="/team/all">Teams</a><a href="/forum">Forum</a><a href="/blog/community">Blog</a></div></section><section><a href="/analysis">Tools</a><div role="group"><a href="/analysis">Analysis board</a><a href="/opening">Opening explorer</a><a href="/editor">Board editor</a><a href="/paste">Import game</a><a href="/games/search">Advanced search</a></div></section></nav>"""


def _rl_page(number: int, total: int, games: list[RlGame], first: int) -> str:
    counts = _rl_counts()
    title = f"{RL_USER} {counts['all']} games" + (f" - page {number}" if number > 1 else "")
    rows = "".join(_rl_game(first + i, g) for i, g in enumerate(games))
    pager = (
        f'<div class="pager"><a rel="next" href="/@/{RL_USER}/all?page={number + 1}">Next</a></div>'
        if number < total
        else ""
    )
    referrer = f"%2F%40%2F{RL_USER}%2Fall" + (f"%3Fpage%3D{number}" if number > 1 else "")
    chart = json.dumps(
        [
            {"name": "Bullet", "points": [[2024, 10, 2, 1452], [2025, 2, 15, 1385]]},
            {
                "name": "Blitz",
                "points": [[2022, 9, 9, 1500], [2023, 5, 3, 1471], [2024, 1, 20, 1516], [2025, 2, 17, 1545]],
            },
            {"name": "Rapid", "points": [[2023, 0, 14, 1582], [2024, 6, 2, 1633], [2025, 2, 16, 1619]]},
            {"name": "Correspondence", "points": [[2025, 2, 12, 1338]]},
        ],
        separators=(",", ":"),
    )
    return f"""<!DOCTYPE html><html lang="en-GB" class="dark"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1,viewport-fit=cover"><meta http-equiv="Content-Security-Policy" content="default-src 'self' https://rk1.org; connect-src 'self' blob: data: https://rk1.org wss://socket1.rookline.org wss://socket2.rookline.org https://explorer.rookline.ovh; style-src 'self' 'unsafe-inline' https://rk1.org; frame-src 'self' https://rk1.org https://www.youtube.com; worker-src 'self' https://rk1.org; img-src 'self' blob: data: *; script-src 'nonce-m4KpX2qB7zT9vW1c' 'self' https://rk1.org; font-src 'self' https://rk1.org; base-uri 'none';"><meta name="theme-color" content="#2e2a24"><title>{title} • rookline.org</title><link href="{RL_ASSETS}/css/common.theme.all.3b7c5d41.css" rel="stylesheet"><link href="{RL_ASSETS}/css/site.f1e2d3c4.css" rel="stylesheet"><link href="{RL_ASSETS}/css/user.show.a9b8c7d6.css" rel="stylesheet"><meta content="Free online chess server. Play chess in a clean interface. No registration, no ads, no plugin required. Play chess with the computer, friends or random opponents." name="description"><link rel="mask-icon" href="{RL_ASSETS}/logo/rookline.svg" color="black"><link id="favicon" rel="icon" type="image/png" href="{RL_ASSETS}/logo/rookline-favicon-32.png" sizes="32x32"><link rel="manifest" href="/manifest.json"><link title="rookline.org" type="application/opensearchdescription+xml" rel="search" href="/opensearch.xml"><meta name="google" content="notranslate"><link rel="preload" href="{RL_ASSETS}/font/rookline.woff2" as="font" type="font/woff2" crossorigin><link rel="modulepreload" href="{RL_ASSETS}/compiled/site.B3kd81Qa.js"><link rel="modulepreload" href="{RL_ASSETS}/compiled/bits.user.C1nPq7Rz.js"><link rel="modulepreload" href="{RL_ASSETS}/compiled/bits.infiniteScroll.Dm2x0aLk.js"></head><body class="dark coords-in" data-sound-set="standard" data-socket-domains="socket1.rookline.org,socket2.rookline.org" data-asset-url="https://rk1.org" data-asset-version="8a1f0c" data-nonce="m4KpX2qB7zT9vW1c" data-theme="dark" data-board="brown" data-piece-set="cburnett" data-board3d="Woodi" data-piece-set3d="Basic"><form id="blind-mode" action="/toggle-blind-mode" method="POST"><input type="hidden" name="enable" value="1"><input type="hidden" name="redirect" value="/@/{RL_USER}/all"><button type="submit">Accessibility: Enable blind mode</button></form><header id="top"><div class="site-title-nav"><input type="checkbox" id="tn-tg" class="topnav-toggle fullscreen-toggle" autocomplete="off" aria-label="Navigation"><label for="tn-tg" class="fullscreen-mask"></label><label for="tn-tg" class="hbg"><span class="hbg__in"></span></label><h1 class="site-title"><a href="/"><div class="site-icon" data-icon="\ue000"></div><div class="site-name">rookline<span>.org</span></div></a></h1>{RL_NAV}</div><div class="site-buttons"><div id="clinput"><a class="link" aria-label="Search"><span data-icon="\ue069"></span></a><input spellcheck="false" autocomplete="false" aria-label="Search" placeholder="Search" enterkeyhint="search"></div><div class="dasher"><button class="toggle anon link" title="Preferences" aria-label="Preferences" data-icon="\ue06a"></button><div id="dasher_app" class="dropdown"></div></div><a href="/login?referrer={referrer}" class="signin button button-empty">Sign in</a></div></header><div id="main-wrap" class="is2d"><main class="page-menu" data-username="{RL_USER}"><aside class="page-menu__menu">{_rl_side()}</aside><div class="page-menu__content box user-show">{_rl_header()}<div class="angle-content">{_rl_filters()}<div class="search__result"><div class="games infinite-scroll">{rows}{pager}</div></div></div></div></main></div><a id="reconnecting" class="link text" data-icon="\ue06b">Reconnecting</a><script type="module" src="{RL_ASSETS}/compiled/site.B3kd81Qa.js"></script><script type="module" src="{RL_ASSETS}/compiled/bits.infiniteScroll.Dm2x0aLk.js"></script><script type="module" src="{RL_ASSETS}/compiled/bits.user.C1nPq7Rz.js"></script><script nonce="m4KpX2qB7zT9vW1c">site.load.then(()=>{{site.asset.loadEsm('bits.infiniteScroll');site.asset.loadEsm('bits.user',{{init:{{"i18n":{{"following":"Following","unfollow":"Unfollow","follow":"Follow","blocked":"Blocked","block":"Block"}}}}}});site.asset.loadPageEsm('chart.ratingHistory',{{init:{{"data":{chart}}}}})}})</script></body></html>"""


@twentysixth
def build_rookline() -> None:
    s = Site(
        "rookline",
        kind="player game history (lichess lila 2024–25 /@/<user>/all: header#top site nav, aside.page-menu__menu perf ratings, user-show__header / us_profile / angles tabs, the game-filter number-menu, div.games.infinite-scroll of article.game-row.paginated: a.game-row__overlay link, mini-board data-state, header strong '3+2 • Blitz • Rated' + time.timeago '3 days ago' (+ ' • ' arena link), div.versus of two div.player (user link, br, rating + good/bad diff; engine name on the computer game), div.result > span.win/loss, div.opening > strong + div.pgn '1. e4 c5 ... 31 moves'; div.pager > a[rel=next] 'Next' to ?page=N)",
        start=f"@/{RL_USER}/all",
        description="A club player's game history on a lichess-style chess server (lila markup, 12 games a page, newest first, as a logged-out visitor sees it): a one-line HTML document with a CSP meta, theme and user.show CSS, module preloads; the blind-mode form; header#top (hamburger toggles, h1.site-title 'rookline.org', nav#topnav of six sections with link groups, the search input, the dasher button and a Sign in link with ?referrer); main.page-menu[data-username]: aside.page-menu__menu > div.side.sub-ratings (Bullet / Blitz / Rapid / Classical / Correspondence perf links with h3, rating > strong '1545' and a good/bad progress, 'N games'; Puzzles, Puzzle Storm, Racer, Streak); div.user-show: the header (h1 user-link, empty trophies), user-show__social ('23 tournament points', '2 studies', '7 forum posts' number items, btn-rack icons), #us_profile (rating-history spinner, name 'Ewan Hargreaves', bio, location, flag, 'Member since 9 Oct 2022', 'Active' timeago, time spent playing, teams, Chess Insights link), the angles tabs (Activity / '30 games' active); angle-content: the #games number-menu (30 games, 27 rated, 13 wins, 13 losses, 4 draws, Advanced search) and div.search__result > div.games.infinite-scroll of article.game-row.paginated: a.game-row__overlay (/<id> for games as white, /<id>/black as black), div.game-row__board > span.mini-board[data-state='<board fen>,<colour>,<uci>'] > cg-container > cg-board, div.game-row__infos: div.header[data-icon] > div.header__text > strong '3+2 • Blitz • Rated' ('<span title=Correspondence>3 days</span> • Correspondence • Rated', 'Casual' on three) + time.timeago[datetime=ISO] preloaded '1 hour ago' / '3 days ago' / '2 weeks ago' (+ ' • ' a.text to /tournament/<id> 'Hourly Blitz Arena' on three arena games); div.versus > div.player.white / div.swords / div.player.black, each a.user-link.ulpt + br + the rating ('1500?' provisional) and a <good>+7</good> / <bad>−7</bad> / <span>±0</span> change (none in casual games; the engine side is a bare span 'Stockfish level 4'); div.result > span.win / span.loss (no class on draws) 'Black resigned • White is victorious', 'White time out • Black is victorious', 'Checkmate • White is victorious', 'Threefold repetition • Draw', 'Stalemate'…; div.opening > strong (ECO name) + div.pgn '1. e4 c5 2. c3 Nf6 3. e5 Nd5 ... 31 moves '; then div.pager > a[rel=next] 'Next' to /@/KestrelGambit/all?page=N (the infinite-scroll hook; absent on the last page); the reconnecting link and module scripts with the rating-chart JSON. 12 + 12 + 6 games. Written down: url, time_control, speed, rated (Rated / Casual), date (ISO day of the time's datetime), tournament (arena games), white, white_rating, black, black_rating (absent for the engine), result, opening, moves.",
    )
    pages = chunks(RL_GAMES, [RL_PER_PAGE, RL_PER_PAGE, len(RL_GAMES) - 2 * RL_PER_PAGE])
    first = 0
    for number, games in enumerate(pages, 1):
        html = _rl_page(number, len(pages), games, first)
        path = f"@/{RL_USER}/all" if number == 1 else f"@/{RL_USER}/all@page={number}"
        s.list_page(path, html)
        first += len(games)
    for (
        gid,
        created,
        speed,
        clock,
        rated,
        color,
        opp,
        opp_rating,
        rating,
        _diff,
        _opp_diff,
        status,
        winner,
        opening,
        _sans,
        plies,
        arena,
        _prov,
    ) in RL_GAMES:
        me, my_rating = RL_USER, rating
        them = f"Stockfish level {RL_AI_LEVEL}" if opp is None else opp
        white, white_rating, black, black_rating = (
            (me, my_rating, them, opp_rating) if color == "white" else (them, opp_rating, me, my_rating)
        )
        s.expect(
            {
                "url": f"/{gid}" if color == "white" else f"/{gid}/black",
                "time_control": clock,
                "speed": speed,
                "rated": "Rated" if rated else "Casual",
                "date": created[:10],
                "tournament": RL_TOURNAMENT[1] if arena else None,
                "white": white,
                "white_rating": white_rating,
                "black": black,
                "black_rating": black_rating,
                "result": _rl_result(status, winner, plies),
                "opening": opening,
                "moves": 1 + (plies - 1) // 2,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in TWENTYSIXTH.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
