"""Thirteenth wave of open corpus sites (issue #3): copies of how three more well-known site families mark up
their result lists as they served them in 2024–2025 (an event search, a second-hand catalogue grid and a
"things to do" ranking), written and measured before any heuristic was changed for them.

* **ticketdash** — Ticketmaster's event search (``/search?q=jazz``, Next.js with styled-components:
  every class a ``sc-<hash>-N <hash>`` pair): the header (logo, Concerts / Sports / Arts, Theater &
  Comedy / Family / Cities menus, the location "Chicago, IL", Sign In / Register), the search box, the
  filter chips (All Dates / This Weekend / Price / Genre), tabs "Events (26)" / "Artists (4)", an
  "Artists" row of artist links on page 1, then ``ul[data-testid=eventList]`` of ``li`` items: a date
  block (``SEP`` / ``14`` spans, aria-hidden), the "Sat · 7:30 PM" line, the "Chicago, IL · Jazz
  Showcase" line, the event name, a visually-hidden copy of the whole card ("Sun Oct 12 2025 7:30 PM
  …"), status labels on some ("Presale" with an on-sale line, "Sold Out", "Canceled", "Rescheduled"),
  "From $45" on those with tickets, and a "Find tickets" / "More Info" link (absolute
  ``https://www.ticketdash.example/<name>-<city>-<state>-MM-DD-YYYY/event/<hex id>``) whose aria-label
  repeats the name, venue and date. A "Promoted" event item and an ad slot item sit in the list on
  page 1. "More Events" links ``/search?q=jazz&page=2`` then ``&page=3``; a JSON-LD array of
  ``MusicEvent``s per page, the footer of link lists and a OneTrust cookie banner. Ten, ten and six
  events. Written down: title, url, date (the year from the link), time, venue, city, price and
  currency, status.
* **secondcloset** — Vinted's catalogue search (``/catalog?search_text=denim+jacket``, Next.js app with
  the ``web_ui__`` design-system BEM classes and ``new-item-box__`` cards, ``data-testid`` on every
  part: ``product-item-id-<id>--…``): the header (logo, the search box with a "Catalogue" dropdown,
  "Sign up | Log in", "Sell now", the category bar), filter dropdowns (Category, Size, Brand,
  Condition, Colour, Price, Sort by) and the "denim jacket ×" chip, "Search results" with the
  count, then ``div.feed-grid`` of ``div.feed-grid__item`` cells, each a ``new-item-box__container``:
  the photo, an empty overlay link (``/items/<id>-<slug>?referrer=catalog``) whose ``title`` (and the
  image's ``alt``) reads "Levi's trucker jacket, brand: Levi's, condition: Very good, size: M, £18.00,
  £19.60 includes Buyer Protection" — the item's own title is shown nowhere else —, the favourite
  button with its count, the brand as the description title, "M · Very good" as the subtitle, the
  price "£18.00", and "£19.60 incl." beside a shield button ("Includes Buyer Protection"). Bumped
  items carry a "Bumped" label. On page 1 a "Promoted closet" block (member name, rating, "Follow",
  four of that member's items in the same card markup) and in-grid ad cells; a numbered pagination
  ``nav`` of ``&page=N`` links; a ``self.__next_f.push`` hydration script with each item; the footer and
  a cookie banner. Ten, ten and eight items. Written down: title, url (without the query), brand,
  size, condition, price and currency, total_price (buyer protection included) and favourites.
* **sightseer** — Tripadvisor's "Things to Do" list (``/Attractions-g188671-Activities-
  Bruges_West_Flanders_Province.html``, React with short hashed classes: ``biGQs _P fiohW``,
  ``BMQDV _F Gv wSSLS``): the header (logo, search, Discover / Trips / Review, currency, Sign in),
  breadcrumbs, "Things to Do in Bruges", category pills, a filter sidebar (Category, Type,
  Neighbourhood, Traveller rating, Awards), "Top Attractions in Bruges" with a "rankings" tooltip,
  then ``section[data-automation=WebPresentation_SingleFlexCardSection]`` cards: an
  ``article`` with a photo link and a "Save to a trip" button, an ``h3`` "1. Belfry of Bruges" (the rank
  inside the title text) in a link to ``/Attraction_Review-g188671-d<id>-Reviews-<Name>-Bruges_…
  .html``, a review link around an ``svg`` whose ``title`` reads "4.5 of 5 bubbles" and "(12,345)",
  the category line "Historic Sites • Churches & Cathedrals", "Open now" / "Closed now" on some, a
  review snippet in quotes, and a "Travellers' Choice" badge on some. "Sponsored" product cards
  (tours: "from $45 per adult", "Free cancellation") sit between them; a pager "Showing results
  1-10 of 27" with Previous / 1 2 3 / Next over ``-oa10-`` / ``-oa20-`` offsets; the footer and a
  OneTrust cookie banner. Ten, ten and seven attractions. Written down: rank, title (without the
  rank), url, rating, review_count and categories (a list).

Run ``uv run python tests/sites/corpus/generate_thirteenth.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**.
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import sys
import zlib
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc, slug

THIRTEENTH: dict[str, Callable[[], None]] = {}


def thirteenth(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    THIRTEENTH[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _hash(text: str, length: int = 6) -> str:
    """A stable lowercase hex token derived from ``text``."""
    digest = f"{zlib.crc32(text.encode()):08x}{zlib.crc32(text[::-1].encode()):08x}"
    return digest[:length]


def _letters(text: str, length: int = 5) -> str:
    """A stable mixed-case letter token, as CSS-in-JS and CSS-module class hashes are (``gSQXsi``)."""
    letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    number = zlib.crc32(text.encode()) * 7919 + zlib.crc32(text[::-1].encode())
    out = ""
    for _ in range(length):
        number, digit = divmod(number, len(letters))
        out += letters[digit]
    return out


def _cookie_banner(site: str, policy: str) -> str:
    """The OneTrust consent banner all three families load."""
    return f"""<div id="onetrust-consent-sdk"><div class="onetrust-pc-dark-filter ot-fade-in"></div>
<div id="onetrust-banner-sdk" class="otFlat ot-bottom" role="region" aria-label="Cookie banner" tabindex="0">
  <div role="dialog" aria-label="Privacy" aria-modal="true"><div class="ot-sdk-container"><div class="ot-sdk-row">
    <div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns"><div id="onetrust-policy">
      <h2 id="onetrust-policy-title">We value your privacy</h2>
      <div id="onetrust-policy-text">{esc(site)} and our partners use cookies and similar technologies to run the site, measure audiences and show you personalised ads. You can accept all, reject all or choose in the settings. <a class="ot-cookie-policy-link" href="{policy}" aria-label="More information about your privacy, opens in a new tab" rel="noopener" target="_blank">Cookie Policy</a></div>
    </div></div>
    <div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns"><div id="onetrust-button-group">
      <button id="onetrust-pc-btn-handler" class="cookie-setting-link">Cookie Settings</button>
      <button id="onetrust-reject-all-handler">Reject All</button>
      <button id="onetrust-accept-btn-handler">Accept All Cookies</button>
    </div></div>
  </div></div></div>
</div></div>"""


# ---------------------------------------------------------------------------------------------------
# ticketdash: Ticketmaster's event search results (2024–2025).
# ---------------------------------------------------------------------------------------------------

TD_HOST = "https://www.ticketdash.example"
TD_START = "search?q=jazz"
TD_PER_PAGE = 10
# (event id, name, venue, city, state code, state name, (year, month, day), time, price from or None, status or None)
TD_EVENTS: list[tuple[str, str, str, str, str, str, tuple[int, int, int], str, int | None, str | None]] = [
    (
        "04006318A1C42B7E",
        "Kamasi Washington: Fearless Movement Tour",
        "Thalia Hall",
        "Chicago",
        "IL",
        "illinois",
        (2025, 10, 12),
        "7:30 PM",
        45,
        None,
    ),
    (
        "1D00631B88E05F21",
        "Samara Joy",
        "Symphony Center",
        "Chicago",
        "IL",
        "illinois",
        (2025, 10, 14),
        "8:00 PM",
        62,
        "Presale",
    ),
    (
        "0B00630FD3A9C4A8",
        "Snarky Puppy - Somni Tour",
        "The Riviera Theatre",
        "Chicago",
        "IL",
        "illinois",
        (2025, 10, 17),
        "8:00 PM",
        39,
        None,
    ),
    (
        "04006322F7B16D90",
        "Chicago Jazz Orchestra: Ellington Sacred Concerts",
        "Auditorium Theatre",
        "Chicago",
        "IL",
        "illinois",
        (2025, 10, 18),
        "7:00 PM",
        35,
        None,
    ),
    (
        "1400631DE9077AB3",
        "Robert Glasper",
        "Metro",
        "Chicago",
        "IL",
        "illinois",
        (2025, 10, 23),
        "9:00 PM",
        None,
        "Sold Out",
    ),
    (
        "0700632A6B4E10CF",
        "Esperanza Spalding",
        "The Vic Theatre",
        "Chicago",
        "IL",
        "illinois",
        (2025, 10, 25),
        "8:00 PM",
        54,
        None,
    ),
    (
        "04006319C0D28E54",
        "Jazz at Lincoln Center Orchestra with Wynton Marsalis",
        "Rosemont Theatre",
        "Rosemont",
        "IL",
        "illinois",
        (2025, 11, 1),
        "7:30 PM",
        49,
        "Rescheduled",
    ),
    (
        "0B0063254FA1B7D6",
        "Cory Henry & The Funk Apostles",
        "House of Blues Chicago",
        "Chicago",
        "IL",
        "illinois",
        (2025, 11, 6),
        "8:00 PM",
        32,
        None,
    ),
    (
        "1D006320A8C3E91B",
        "Laufey: A Night at the Symphony",
        "Allstate Arena",
        "Rosemont",
        "IL",
        "illinois",
        (2025, 11, 8),
        "7:00 PM",
        79,
        "Presale",
    ),
    (
        "0400632E1D9B5C37",
        "Christian McBride's New Jawn",
        "Old Town School of Folk Music",
        "Chicago",
        "IL",
        "illinois",
        (2025, 11, 9),
        "7:00 PM",
        38,
        None,
    ),
    (
        "140063307B2F4A65",
        "Herbie Hancock",
        "Chicago Theatre",
        "Chicago",
        "IL",
        "illinois",
        (2025, 11, 14),
        "8:00 PM",
        89,
        None,
    ),
    (
        "0700631F3C8D2E40",
        "Jazz Is Dead: Adrian Younge & Ali Shaheed Muhammad",
        "Concord Music Hall",
        "Chicago",
        "IL",
        "illinois",
        (2025, 11, 15),
        "8:30 PM",
        None,
        "Canceled",
    ),
    (
        "0B006327E5A0913C",
        "Kenny G - The Miracles Holiday & Hits Tour",
        "Genesee Theatre",
        "Waukegan",
        "IL",
        "illinois",
        (2025, 11, 21),
        "7:30 PM",
        58,
        None,
    ),
    (
        "04006334A9E7C6D2",
        "Dirty Dozen Brass Band",
        "Park West",
        "Chicago",
        "IL",
        "illinois",
        (2025, 11, 22),
        "8:00 PM",
        35,
        None,
    ),
    (
        "1D00632C62B8F07E",
        "Pink Martini featuring China Forbes",
        "Symphony Center",
        "Chicago",
        "IL",
        "illinois",
        (2025, 11, 28),
        "8:00 PM",
        65,
        None,
    ),
    (
        "0400633805F4D9A1",
        "A Charlie Brown Christmas: Live on Stage with the Vince Guaraldi Trio",
        "Copernicus Center",
        "Chicago",
        "IL",
        "illinois",
        (2025, 12, 5),
        "3:00 PM",
        42,
        None,
    ),
    (
        "14006336D9A1B2C8",
        "Gregory Porter",
        "Chicago Theatre",
        "Chicago",
        "IL",
        "illinois",
        (2025, 12, 6),
        "8:00 PM",
        None,
        "Sold Out",
    ),
    (
        "0B00633A8E7C5D43",
        "The Bad Plus",
        "Thalia Hall",
        "Chicago",
        "IL",
        "illinois",
        (2025, 12, 11),
        "8:00 PM",
        30,
        None,
    ),
    (
        "070063397F0E2B96",
        "Postmodern Jukebox",
        "The Orpheum Theatre",
        "Madison",
        "WI",
        "wisconsin",
        (2025, 12, 12),
        "8:00 PM",
        44,
        None,
    ),
    (
        "0400633C3B6A8E1F",
        "Brian Culbertson: Winter Nights",
        "Pabst Theater",
        "Milwaukee",
        "WI",
        "wisconsin",
        (2025, 12, 13),
        "7:30 PM",
        52,
        "Presale",
    ),
    (
        "1D00633E91D4C7A0",
        "Preservation Hall Jazz Band: Creole Christmas",
        "Auditorium Theatre",
        "Chicago",
        "IL",
        "illinois",
        (2025, 12, 17),
        "7:30 PM",
        37,
        None,
    ),
    (
        "0B00634027F5E8B2",
        "Arturo Sandoval",
        "City Winery Chicago",
        "Chicago",
        "IL",
        "illinois",
        (2025, 12, 19),
        "7:00 PM",
        68,
        None,
    ),
    (
        "04006342C6B3A7E9",
        "Chris Botti",
        "Symphony Center",
        "Chicago",
        "IL",
        "illinois",
        (2025, 12, 27),
        "8:00 PM",
        72,
        None,
    ),
    (
        "14006345E0A9D1B3",
        "New Year's Eve with Marcus King & The Jazz Crusaders",
        "The Salt Shed",
        "Chicago",
        "IL",
        "illinois",
        (2025, 12, 31),
        "9:00 PM",
        95,
        None,
    ),
    (
        "0700634718E2C4F6",
        "Hiromi's Sonicwonder",
        "Thalia Hall",
        "Chicago",
        "IL",
        "illinois",
        (2026, 1, 16),
        "8:00 PM",
        41,
        None,
    ),
    (
        "0B0063497A3D6E08",
        "Jon Batiste: Solo Piano",
        "The Riviera Theatre",
        "Chicago",
        "IL",
        "illinois",
        (2026, 1, 24),
        "7:30 PM",
        None,
        "Sold Out",
    ),
]


def _td(component: str, part: int = 0) -> str:
    """A styled-components class pair: ``sc-<component hash>-<part> <rule hash>``."""
    return f"sc-{_hash(component, 8)}-{part} {_letters(component + str(part), 6)}"


def _td_day(event: tuple[Any, ...]) -> date:
    return date(*event[6])


def _td_url(event: tuple[Any, ...]) -> str:
    day = _td_day(event)
    return f"{TD_HOST}/{slug(event[1])}-{slug(event[3])}-{event[5]}-{day:%m-%d-%Y}/event/{event[0]}"


def _td_long_date(event: tuple[Any, ...]) -> str:
    day = _td_day(event)
    return f"{day:%a %b} {day.day} {day.year} {event[7]}"


def _td_card(event: tuple[Any, ...]) -> str:
    _id, name, venue, city, state, _state_name, _ymd, time, price, status = event
    day = _td_day(event)
    place = f"{city}, {state}"
    badges = ""
    if status:
        kind = {"Presale": "info", "Sold Out": "neutral", "Canceled": "error", "Rescheduled": "warning"}[status]
        badges = f'<div class="{_td("EventBadges")}"><span class="{_td("Badge", 1)}" data-testid="event-badge" data-variant="{kind}">{esc(status)}</span></div>'
    if status == "Presale":
        onsale = date.fromordinal(day.toordinal() - 40)
        badges += (
            f'<p class="{_td("OnsaleText")}">Onsale: <span>{onsale:%a} · {onsale:%b} {onsale.day} · 10:00 AM</span></p>'
        )
    price_html = (
        f'<div class="{_td("PriceText")}" data-testid="event-price"><span class="{_td("PriceText", 1)}">From</span> <span class="{_td("PriceText", 2)}">${price}</span></div>'
        if price is not None and status not in {"Sold Out", "Canceled"}
        else ""
    )
    button = "Find tickets" if status not in {"Sold Out", "Canceled"} else "More Info"
    label = f"{button} for {name} at {venue} on {_td_long_date(event)}"
    return f"""<li class="{_td("EventListItem", 1)}" data-testid="event-list-item">
  <div class="{_td("EventListItem", 3)}">
    <div class="{_td("DateBlock")}" aria-hidden="true"><span class="{_td("DateBlock", 1)}">{day.strftime("%b").upper()}</span><span class="{_td("DateBlock", 2)}">{day.day}</span></div>
    <div class="{_td("EventInfo")}">
      <div class="{_td("EventInfo", 1)}"><span class="{_td("EventInfo", 2)}">{day:%a}</span><span class="{_td("Separator")}" aria-hidden="true"> · </span><span class="{_td("EventInfo", 2)}">{esc(time)}</span></div>
      <div class="{_td("EventInfo", 3)}"><span class="{_td("EventInfo", 4)}">{esc(place)}</span><span class="{_td("Separator")}" aria-hidden="true"> · </span><span class="{_td("EventInfo", 4)}">{esc(venue)}</span></div>
      <div class="{_td("EventInfo", 5)}"><span class="{_td("EventName")}">{esc(name)}</span></div>
      <span class="VisuallyHidden-sc-8buqks-0 lmhoCy">{esc(_td_long_date(event))} {esc(name)} {esc(venue)} {esc(place)}</span>
      {badges}
    </div>
    {price_html}
    <div class="{_td("EventCta")}"><a href="{esc(_td_url(event))}" class="Button__StyledButton-sc-5p9fe5-0 {_letters("btn" + button)} {_td("EventCta", 1)}" data-testid="event-list-link" aria-label="{esc(label)}"><span class="{_td("EventCta", 2)}">{button}</span><svg class="{_td("Chevron")}" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true"><path d="M9 6l6 6-6 6"></path></svg></a></div>
  </div>
</li>"""


def _td_promoted() -> str:
    return f"""<li class="{_td("EventListItem", 1)} {_td("Promoted")}" data-testid="promoted-event-list-item">
  <div class="{_td("EventListItem", 3)}">
    <span class="{_td("PromotedLabel")}">Promoted</span>
    <div class="{_td("DateBlock")}" aria-hidden="true"><span class="{_td("DateBlock", 1)}">NOV</span><span class="{_td("DateBlock", 2)}">29</span></div>
    <div class="{_td("EventInfo")}">
      <div class="{_td("EventInfo", 1)}"><span class="{_td("EventInfo", 2)}">Sat</span><span class="{_td("Separator")}" aria-hidden="true"> · </span><span class="{_td("EventInfo", 2)}">7:00 PM</span></div>
      <div class="{_td("EventInfo", 3)}"><span class="{_td("EventInfo", 4)}">Chicago, IL</span><span class="{_td("Separator")}" aria-hidden="true"> · </span><span class="{_td("EventInfo", 4)}">United Center</span></div>
      <div class="{_td("EventInfo", 5)}"><span class="{_td("EventName")}">Trans-Siberian Orchestra: The Lost Christmas Eve</span></div>
    </div>
    <div class="{_td("PriceText")}" data-testid="event-price"><span class="{_td("PriceText", 1)}">From</span> <span class="{_td("PriceText", 2)}">$59</span></div>
    <div class="{_td("EventCta")}"><a href="{TD_HOST}/trans-siberian-orchestra-the-lost-christmas-eve-chicago-illinois-11-29-2025/event/0400633FFA1B2C3D?ad_id=td-promo-7781&amp;camefrom=SRP_PROMO" class="Button__StyledButton-sc-5p9fe5-0 {_letters("btnFind tickets")}" data-testid="event-list-link"><span>Find tickets</span></a></div>
  </div>
</li>"""


def _td_ad_slot(n: int) -> str:
    return f"""<li class="{_td("AdSlotItem")}" aria-hidden="true"><div class="{_td("AdSlot")}" id="gpt-ad-srp-inlist-{n}" data-ad-unit="/8264/td-web-srp/inlist_{n}" data-testid="ad-slot"><span class="{_td("AdSlot", 1)}">Advertisement</span><div style="width:728px;height:90px"></div></div></li>"""


def _td_jsonld(events: list[Any]) -> str:
    items = [
        {
            "@context": "https://schema.org",
            "@type": "MusicEvent",
            "name": e[1],
            "url": _td_url(e),
            "startDate": f"{_td_day(e).isoformat()}",
            "eventStatus": "https://schema.org/EventCancelled"
            if e[9] == "Canceled"
            else (
                "https://schema.org/EventRescheduled" if e[9] == "Rescheduled" else "https://schema.org/EventScheduled"
            ),
            "location": {
                "@type": "Place",
                "name": e[2],
                "address": {
                    "@type": "PostalAddress",
                    "addressLocality": e[3],
                    "addressRegion": e[4],
                    "addressCountry": "US",
                },
            },
        }
        for e in events
    ]
    return json.dumps(items, ensure_ascii=False).replace("</", "<\\/")


def _td_page(number: int, total_pages: int, events: list[Any], total: int) -> str:
    items = [_td_card(e) for e in events]
    if number == 1:
        items.insert(0, _td_promoted())
        items.insert(5, _td_ad_slot(1))
    elif number == 2:
        items.insert(6, _td_ad_slot(2))
    more = (
        f'<div class="{_td("LoadMore")}"><a class="Button__StyledButton-sc-5p9fe5-0 {_letters("btnMore")} {_td("LoadMore", 1)}" href="/search?q=jazz&amp;page={number + 1}" data-testid="load-more-button" role="button">More Events</a></div>'
        if number < total_pages
        else f'<p class="{_td("EndOfList")}">You have reached the end of the list.</p>'
    )
    artists = ""
    if number == 1:
        names = [
            ("Kamasi Washington", 1148202, 3),
            ("Samara Joy", 2871143, 2),
            ("Snarky Puppy", 1522867, 4),
            ("Esperanza Spalding", 1229370, 1),
        ]
        artists = (
            f"""<section class="{_td("ArtistRow")}" aria-labelledby="artists-heading"><h2 id="artists-heading" class="{_td("SectionTitle")}">Artists</h2><ul class="{_td("ArtistRow", 1)}">"""
            + "".join(
                f'<li class="{_td("ArtistCard")}"><a href="/{slug(a)}-tickets/artist/{aid}" class="{_td("ArtistCard", 1)}"><img src="https://s1.tdimg.example/dam/a/{_hash(a, 3)}/{_hash(a, 12)}_RETINA_PORTRAIT_3_2.jpg" alt="" width="160" height="107"><span class="{_td("ArtistCard", 2)}">{esc(a)}</span><span class="{_td("ArtistCard", 3)}">{n} Events</span></a></li>'
                for a, aid, n in names
            )
            + "</ul></section>"
        )
    footer_cols = {
        "Helpful Links": [
            "Help/FAQ",
            "Sell",
            "My Account",
            "Contact Us",
            "Gift Cards",
            "Refunds and Exchanges",
            "Do Not Sell or Share My Personal Information",
        ],
        "Our Network": [
            "Live Nation",
            "House of Blues",
            "Front Gate Tickets",
            "TicketWeb",
            "universe",
            "NFL",
            "NBA",
            "NHL",
        ],
        "About Us": ["Who We Are", "Ticketdash Blog", "Ticketing Truths", "Careers", "Ticket Your Event", "Innovation"],
        "Friends & Partners": ["PayPal", "Allianz", "AWS"],
    }
    footer = "".join(
        f'<div class="{_td("FooterColumn")}"><h3 class="{_td("FooterColumn", 1)}">{esc(h)}</h3><ul>'
        + "".join(f'<li><a href="/{slug(x)}" class="{_td("FooterLink")}">{esc(x)}</a></li>' for x in xs)
        + "</ul></div>"
        for h, xs in footer_cols.items()
    )
    return f"""<!DOCTYPE html>
<html lang="en-us">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Search results for "jazz" | Ticketdash</title>
<meta name="description" content="Find tickets for jazz concerts and events near you on Ticketdash.">
<link rel="canonical" href="{TD_HOST}/search?q=jazz">
<script type="application/ld+json">{_td_jsonld(events)}</script>
</head>
<body>
<div id="__next">
<a href="#main-content" class="{_td("SkipLink")}">Skip to main content</a>
<header class="{_td("Header")}" data-testid="header">
  <div class="{_td("Header", 1)}">
    <a href="/" class="{_td("Logo")}" aria-label="Ticketdash home"><svg viewBox="0 0 240 30" width="160" height="20" aria-hidden="true"><path d="M0 0h240v30H0z"></path></svg></a>
    <nav aria-label="Main" class="{_td("MainNav")}"><ul class="{_td("MainNav", 1)}">
      <li><button class="{_td("NavButton")}" aria-expanded="false">Concerts</button></li>
      <li><button class="{_td("NavButton")}" aria-expanded="false">Sports</button></li>
      <li><button class="{_td("NavButton")}" aria-expanded="false">Arts, Theater &amp; Comedy</button></li>
      <li><button class="{_td("NavButton")}" aria-expanded="false">Family</button></li>
      <li><button class="{_td("NavButton")}" aria-expanded="false">Cities</button></li>
    </ul></nav>
    <div class="{_td("HeaderRight")}"><button class="{_td("LocationButton")}" aria-label="Change location, current location Chicago, IL"><svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true"><path d="M12 2a7 7 0 017 7c0 5-7 13-7 13S5 14 5 9a7 7 0 017-7z"></path></svg><span>Chicago, IL</span></button><a href="/member" class="{_td("SignIn")}">Sign In/Register</a></div>
  </div>
  <form class="{_td("SearchBar")}" action="/search" method="get" role="search"><label for="search-input" class="VisuallyHidden-sc-8buqks-0 lmhoCy">Search for artists, venues, and events</label><input id="search-input" name="q" value="jazz" placeholder="Search for artists, venues, and events" autocomplete="off"><button type="submit" class="{_td("SearchButton")}">Search</button></form>
</header>
<main id="main-content" class="{_td("SearchPage")}">
  <h1 class="{_td("PageTitle")}">Search results for "jazz"</h1>
  <div class="{_td("FilterBar")}" role="toolbar" aria-label="Filters">
    <button class="{_td("FilterChip")}" aria-pressed="true">All Dates</button>
    <button class="{_td("FilterChip")}" aria-pressed="false">This Weekend</button>
    <button class="{_td("FilterChip")}" aria-pressed="false">Price</button>
    <button class="{_td("FilterChip")}" aria-pressed="false">Genre</button>
    <button class="{_td("FilterChip")}" aria-pressed="false">Within 50 miles</button>
  </div>
  <div class="{_td("Tabs")}" role="tablist"><button role="tab" aria-selected="true" class="{_td("Tab")}">Events ({total})</button><button role="tab" aria-selected="false" class="{_td("Tab")}">Artists (4)</button></div>
  {artists}
  <section class="{_td("EventsSection")}" aria-labelledby="events-heading">
    <h2 id="events-heading" class="{_td("SectionTitle")}">Events</h2>
    <p class="{_td("ResultCount")}">{total} Results</p>
    <ul class="{_td("EventList")}" data-testid="eventList">
{"".join(items)}
    </ul>
    {more}
  </section>
  <aside class="{_td("FanGuarantee")}"><h2>Ticketdash Fan Guarantee</h2><p>Buy tickets with confidence: every ticket is verified, and if your event is canceled you get a refund.</p><a href="/fan-guarantee">Learn more</a></aside>
</main>
<footer class="{_td("Footer")}">
  <div class="{_td("Footer", 1)}">{footer}</div>
  <div class="{_td("Footer", 2)}"><p>By continuing past this page, you agree to our <a href="/terms-of-use">Terms of Use</a>.</p><p>© 1999-2025 Ticketdash. All rights reserved.</p><ul><li><a href="/privacy">Privacy Policy</a></li><li><a href="/cookie-policy">Cookie Policy</a></li><li><a href="/manage-my-cookies">Manage my cookies and ad choices</a></li></ul></div>
</footer>
</div>
{_cookie_banner("Ticketdash", "/cookie-policy")}
<script id="__NEXT_DATA__" type="application/json">{json.dumps({"props": {"pageProps": {"query": "jazz", "page": number, "total": total}}, "page": "/search", "buildId": "tdweb-4.88.1"})}</script>
</body>
</html>"""


@thirteenth
def build_ticketdash() -> None:
    s = Site(
        "ticketdash",
        kind="event search (Ticketmaster 2024–25: styled-components sc- classes, ul[data-testid=eventList] items, 'OCT' / '12' date blocks without the year, 'Sun · 7:30 PM' and 'Chicago, IL · Venue' lines, visually-hidden card copies, Presale / Sold Out / Canceled / Rescheduled labels, 'From $45', 'Find tickets' / 'More Info' links with aria-labels, a Promoted item and ad slots, 'More Events' ?page=N, JSON-LD MusicEvents)",
        start=TD_START,
        description="Ticketmaster's event search /search?q=jazz as served in 2024–2025 (Next.js, styled-components 'sc-<hash>-N <hash>' classes): header menus, a location button, the search bar, filter chips, 'Events (26)' / 'Artists (4)' tabs, an Artists row of artist links on page 1, then ul[data-testid=eventList] of li items: an aria-hidden date block ('OCT' / '12'), 'Sun · 7:30 PM', 'Chicago, IL · Thalia Hall', the event name, a VisuallyHidden copy 'Sun Oct 12 2025 7:30 PM <name> <venue> <city>', status badges on some (Presale with an 'Onsale:' line, Sold Out, Canceled, Rescheduled), 'From $45' on events with tickets, and a 'Find tickets' / 'More Info' link (absolute /<name>-<city>-<state>-MM-DD-YYYY/event/<hex id>) with an aria-label; a Promoted event item and ad-slot items in the list; 'More Events' /search?q=jazz&page=N; per-page JSON-LD MusicEvents; footer and a OneTrust banner. Ten, ten and six events. Dates are written down as ISO days (the year is in the link), the time and status as shown.",
    )
    pages = chunks(TD_EVENTS, [TD_PER_PAGE, TD_PER_PAGE, len(TD_EVENTS) - 2 * TD_PER_PAGE])
    for number, events in enumerate(pages, 1):
        text = _td_page(number, len(pages), events, len(TD_EVENTS))
        s.list_page(TD_START.replace("?", "@") if number == 1 else f"search@q=jazz&page={number}", text)
    for event in TD_EVENTS:
        _id, name, venue, city, state, _sn, _ymd, time, price, status = event
        has_price = price is not None and status not in {"Sold Out", "Canceled"}
        s.expect(
            {
                "title": name,
                "url": _td_url(event),
                "date": _td_day(event).isoformat(),
                "time": time,
                "venue": venue,
                "city": f"{city}, {state}",
                "price": price if has_price else None,
                "currency": "USD" if has_price else None,
                "status": status,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# secondcloset: Vinted's catalogue search grid (2024–2025).
# ---------------------------------------------------------------------------------------------------

SC_HOST = "https://www.secondcloset.example"
SC_START = "catalog?search_text=denim+jacket"
SC_SIZES = [10, 10, 8]
# (item id, title, brand, size, condition, price, favourites, bumped)
SC_ITEMS: list[tuple[int, str, str, str, str, float, int, bool]] = [
    (5012873341, "Levi's trucker jacket vintage", "Levi's", "M", "Very good", 18.00, 12, False),
    (5013092217, "Oversized denim jacket light wash", "Zara", "S", "Good", 9.50, 4, True),
    (4998217760, "Lee Rider sherpa lined jacket", "Lee", "L", "Very good", 32.00, 27, False),
    (5010554902, "Cropped denim jacket", "H&M", "UK 10", "New without tags", 7.00, 2, False),
    (4987123045, "Wrangler 90s denim jacket dark blue", "Wrangler", "XL", "Good", 21.00, 9, False),
    (5014438871, "Carhartt WIP Helston jacket", "Carhartt WIP", "M", "New with tags", 65.00, 41, False),
    (5009876612, "Denim jacket with borg collar", "Topman", "L", "Satisfactory", 6.00, 1, False),
    (5011327754, "Levi's Sherpa Trucker Jacket", "Levi's", "S", "Very good", 35.00, 18, True),
    (4991542230, "Acid wash denim jacket 80s", "Vintage", "M", "Good", 14.00, 7, False),
    (5015602219, "Agolde cropped denim jacket", "AGOLDE", "XS", "Very good", 58.00, 23, False),
    (5002987143, "Tommy Jeans oversized trucker", "Tommy Jeans", "M", "Very good", 24.00, 11, False),
    (5016110458, "Kids denim jacket age 8", "Next", "8 years / 128 cm", "Good", 4.50, 0, False),
    (4979820016, "Patchwork denim jacket", "Urban Outfitters", "S", "New with tags", 38.00, 15, False),
    (5008344172, "Diesel denim jacket distressed", "Diesel", "L", "Good", 29.00, 6, True),
    (5013907735, "Mango boxy denim jacket", "Mango", "M", "New without tags", 16.00, 8, False),
    (4994410528, "Calvin Klein Jeans trucker jacket black", "Calvin Klein Jeans", "XL", "Very good", 22.00, 3, False),
    (5017025561, "Levi's Type III trucker", "Levi's", "L", "Very good", 27.50, 19, False),
    (4985563307, "Embroidered denim jacket flowers", "Vintage", "UK 12", "Satisfactory", 11.00, 5, False),
    (5011980126, "Weekday Core denim jacket", "Weekday", "S", "Good", 19.00, 2, False),
    (5005721894, "Ralph Lauren denim chore jacket", "Ralph Lauren", "M", "Very good", 45.00, 30, False),
    (4990037751, "Pepe Jeans pinner jacket", "Pepe Jeans", "M", "Good", 15.00, 1, False),
    (5014765503, "ASOS Design denim jacket with cord collar", "ASOS", "L", "New with tags", 20.00, 4, False),
    (5000219987, "Dickies denim chore coat", "Dickies", "XL", "Very good", 31.00, 9, True),
    (4983392614, "Gap icon denim jacket", "Gap", "XS", "Good", 12.00, 2, False),
    (5016678820, "Replay denim jacket", "Replay", "M", "Very good", 26.00, 6, False),
    (4996025139, "Stradivarius cropped denim jacket", "Stradivarius", "S", "Good", 8.00, 0, False),
    (5012240948, "A.P.C. work jacket raw denim", "A.P.C.", "M", "Very good", 95.00, 52, False),
    (4988871506, "New Look longline denim jacket", "New Look", "UK 14", "Satisfactory", 5.00, 1, False),
]
# The member of the "Promoted closet" block on page 1 and four of their items (not search results).
SC_CLOSET = (
    "vintagevault_uk",
    4.9,
    1284,
    [
        (5001112223, "Y2K baggy jeans", "Vintage", "W32", "Good", 22.00, 14),
        (5001112240, "Harrington jacket navy", "Baracuta", "L", "Very good", 48.00, 21),
        (5001112257, "90s windbreaker", "Nike", "M", "Good", 26.00, 9),
        (5001112291, "Corduroy shirt brown", "Vintage", "L", "Very good", 17.00, 3),
    ],
)


def _gbp(amount: float) -> str:
    return f"£{amount:,.2f}"


def _sc_total(price: float) -> float:
    """The buyer-protection total: a £0.70 fixed fee plus 5 % of the price."""
    return round(price + 0.70 + price * 0.05, 2)


def _sc_item_url(item_id: int, title: str) -> str:
    return f"{SC_HOST}/items/{item_id}-{slug(title)}"


def _sc_text(*modifiers: str) -> str:
    return "web_ui__Text__text " + " ".join(f"web_ui__Text__{m}" for m in modifiers)


def _sc_card(
    item_id: int,
    title: str,
    brand: str,
    size: str,
    condition: str,
    price: float,
    favourites: int,
    bumped: bool,
    *,
    closet: bool = False,
) -> str:
    tid = f"product-item-id-{item_id}"
    summary = f"{title}, brand: {brand}, condition: {condition}, size: {size}, {_gbp(price)}, {_gbp(_sc_total(price))} includes Buyer Protection"
    bump = (
        f'<div class="new-item-box__bump u-flexbox u-align-items-center" data-testid="{tid}--bump-text"><span class="{_sc_text("caption", "left", "muted")}">Bumped</span></div>'
        if bumped
        else ""
    )
    referrer = "closet-promotion" if closet else "catalog"
    favourite_count = f'<span class="{_sc_text("caption", "left", "muted")}">{favourites}</span>' if favourites else ""
    return f"""<div class="new-item-box__container" data-testid="{tid}">
  <div class="u-position-relative u-min-height-none u-flex-auto new-item-box__image-container">
    <div class="web_ui__Image__image web_ui__Image__cover web_ui__Image__portrait web_ui__Image__scaled web_ui__Image__ratio" data-testid="{tid}--image"><img class="web_ui__Image__content" data-testid="{tid}--image--img" src="https://images1.secondcloset.example/t/{_hash(str(item_id), 12)}/310x430/{item_id}.webp" alt="{esc(summary)}" loading="lazy"></div>
    <a href="{SC_HOST}/items/{item_id}-{slug(title)}?referrer={referrer}" class="new-item-box__overlay new-item-box__overlay--clickable" data-testid="{tid}--overlay-link" title="{esc(summary)}"></a>
    <div class="new-item-box__favourite-icon"><button class="u-background-white u-flexbox u-align-items-center {_letters("fav" + referrer)}" type="button" aria-pressed="false" aria-label="Add to favourites" data-testid="{tid}--favourite"><span class="web_ui__Icon__icon web_ui__Icon__greyscale-level-2"><svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path d="M8 14s-6-3.6-6-8a3 3 0 016-1 3 3 0 016 1c0 4.4-6 8-6 8z"></path></svg></span>{favourite_count}</button></div>
  </div>
  <div class="new-item-box__summary">
    {bump}
    <div class="new-item-box__description" data-testid="{tid}--description-title"><p class="{_sc_text("caption", "left", "truncated")}">{esc(brand)}</p></div>
    <div class="new-item-box__description" data-testid="{tid}--description-subtitle"><p class="{_sc_text("caption", "left", "muted", "truncated")}">{esc(size)} · {esc(condition)}</p></div>
    <div class="title-content"><p class="{_sc_text("caption", "left", "muted")}" data-testid="{tid}--price-text">{_gbp(price)}</p></div>
    <div class="u-flexbox u-align-items-center"><button type="button" class="u-flexbox u-align-items-center {_letters("bp" + referrer)}" aria-label="Includes Buyer Protection" data-testid="{tid}--service-fee-included-button"><span class="{_sc_text("subtitle", "left", "clickable", "underline-none")}">{_gbp(_sc_total(price))} incl.</span><span class="web_ui__Icon__icon web_ui__Icon__primary-default"><svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true"><path d="M6 0l5 2v4c0 3-2 5-5 6-3-1-5-3-5-6V2z"></path></svg></span></button></div>
  </div>
</div>"""


def _sc_ad_cell(n: int) -> str:
    return f"""<div class="feed-grid__item feed-grid__item--full-row"><div class="ad-container ad-container--catalog ad-container--rectangle" id="div-gpt-ad-catalog-{n}" data-testid="ad-container"><span class="{_sc_text("caption", "center", "muted")}">Advertisement</span><div class="ad-placeholder" style="min-height:250px"></div></div></div>"""


def _sc_closet() -> str:
    member, rating, reviews, items = SC_CLOSET
    cards = "".join(f'<div class="closet__item">{_sc_card(*item, False, closet=True)}</div>' for item in items)
    return f"""<div class="feed-grid__item feed-grid__item--full-row"><div class="closet-container" data-testid="closet-promotion">
  <div class="web_ui__Cell__cell web_ui__Cell__default web_ui__Cell__navigating" data-testid="closet-promotion--header">
    <div class="web_ui__Cell__content"><div class="web_ui__Cell__heading"><span class="{_sc_text("caption", "left", "muted")}">Promoted closet</span></div>
      <div class="web_ui__Cell__title"><a href="/member/18273645-{member}" class="{_sc_text("title", "left")}">{member}</a></div>
      <div class="web_ui__Cell__body"><div class="web_ui__Rating__rating" aria-label="Member rating {rating} out of 5"><span class="web_ui__Rating__stars"></span><span class="{_sc_text("caption", "left")}">{reviews:,}</span></div></div></div>
    <div class="web_ui__Cell__suffix"><button class="web_ui__Button__button web_ui__Button__outlined web_ui__Button__small web_ui__Button__primary" type="button"><span class="web_ui__Button__label">Follow</span></button></div>
  </div>
  <div class="closet closet--wide">{cards}<div class="closet__item closet__item--collage"><a href="/member/18273645-{member}" class="{_sc_text("body", "center")}">See all 212 items</a></div></div>
</div></div>"""


def _sc_href(page: int) -> str:
    return f"/catalog?search_text=denim+jacket&amp;page={page}"


def _sc_page(number: int, total_pages: int, items: list[Any], total: int) -> str:
    cells = [
        f'<div class="feed-grid__item"><div class="feed-grid__item-content">{_sc_card(*item)}</div></div>'
        for item in items
    ]
    if number == 1:
        cells.insert(4, _sc_closet())
        cells.insert(9, _sc_ad_cell(1))
    elif number == 2:
        cells.insert(8, _sc_ad_cell(2))
    pager = (
        [
            f'<a href="{_sc_href(number - 1)}" class="web_ui__Pagination__chevron" aria-label="Previous page" data-testid="catalog-pagination--prev-page"></a>'
        ]
        if number > 1
        else []
    )
    for page in range(1, total_pages + 1):
        if page == number:
            pager.append(
                f'<span class="web_ui__Pagination__page web_ui__Pagination__selected" aria-current="page" data-testid="catalog-pagination--page-{page}">{page}</span>'
            )
        else:
            pager.append(
                f'<a href="{_sc_href(page)}" class="web_ui__Pagination__page" data-testid="catalog-pagination--page-{page}">{page}</a>'
            )
    if number < total_pages:
        pager.append(
            f'<a href="{_sc_href(number + 1)}" class="web_ui__Pagination__chevron" aria-label="Next page" data-testid="catalog-pagination--next-page"></a>'
        )
    categories = [
        "Women",
        "Men",
        "Designer",
        "Kids",
        "Home",
        "Electronics",
        "Entertainment",
        "Hobbies & collectables",
        "Sport",
    ]
    nav = "".join(
        f'<li class="main-navigation-categories__item"><a href="/catalog/{slug(c)}" class="main-navigation-categories__link">{esc(c)}</a></li>'
        for c in categories
    )
    filters = "".join(
        f'<div class="filters__filter" data-testid="catalog--{slug(f)}-filter"><button type="button" class="web_ui__Chip__chip web_ui__Chip__outlined web_ui__Chip__medium" aria-haspopup="true"><span class="web_ui__Chip__text">{esc(f)}</span><span class="web_ui__Icon__icon"><svg width="12" height="12" aria-hidden="true"></svg></span></button></div>'
        for f in ["Category", "Size", "Brand", "Condition", "Colour", "Price", "Material", "Sort by"]
    )
    hydration = json.dumps(
        [
            1,
            json.dumps(
                {
                    "catalogItems": {
                        "ids": [i[0] for i in items],
                        "byId": {
                            str(i[0]): {
                                "id": i[0],
                                "title": i[1],
                                "brand_title": i[2],
                                "size_title": i[3],
                                "status": i[4],
                                "price": {"amount": f"{i[5]:.2f}", "currency_code": "GBP"},
                                "total_item_price": {"amount": f"{_sc_total(i[5]):.2f}", "currency_code": "GBP"},
                                "favourite_count": i[6],
                                "is_promoted": i[7],
                                "url": _sc_item_url(i[0], i[1]),
                            }
                            for i in items
                        },
                    },
                    "pagination": {
                        "current_page": number,
                        "total_pages": total_pages,
                        "total_entries": total,
                        "per_page": 10,
                    },
                }
            ),
        ],
        ensure_ascii=False,
    ).replace("</", "<\\/")
    footer_cols = {
        "Secondcloset": ["About Secondcloset", "Careers", "Sustainability", "Press", "Advertising"],
        "Discover": ["How it works", "Item verification", "Mobile apps", "Infoboard", "Secondcloset Pro"],
        "Help": ["Help Centre", "Selling", "Buying", "Trust and safety"],
    }
    footer = "".join(
        f'<div class="main-footer__links-section"><h2 class="{_sc_text("subtitle", "left")}">{esc(h)}</h2><ul class="main-footer__links-list">'
        + "".join(
            f'<li class="main-footer__links-list-item"><a href="/{slug(x)}" class="{_sc_text("subtitle", "left", "clickable")}">{esc(x)}</a></li>'
            for x in xs
        )
        + "</ul></div>"
        for h, xs in footer_cols.items()
    )
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Denim jacket | Secondcloset</title>
<meta name="description" content="Shop second-hand denim jacket on Secondcloset: buy and sell pre-loved fashion.">
<link rel="canonical" href="{SC_HOST}/catalog?search_text=denim+jacket{"" if number == 1 else f"&amp;page={number}"}">
<link rel="stylesheet" href="/_next/static/css/{_hash("sc-css", 16)}.css">
</head>
<body class="u-background-white">
<div class="l-header" data-testid="header">
  <header class="l-header__main"><div class="l-container u-flexbox u-align-items-center">
    <a href="/" class="l-header__logo" aria-label="Secondcloset logo, go to homepage"><svg width="84" height="44" aria-hidden="true"><path d="M0 0h84v44H0z"></path></svg></a>
    <div class="u-flex-grow l-header__search"><form class="search-bar" role="search" action="/catalog" data-testid="search-bar">
      <div class="search-bar__type"><button type="button" class="web_ui__Button__button web_ui__Button__filled web_ui__Button__default web_ui__Button__primary" aria-haspopup="listbox" data-testid="search-bar--type-selector"><span class="web_ui__Button__label">Catalogue</span></button></div>
      <input id="search_text" name="search_text" class="web_ui__Input__value" type="search" value="denim jacket" placeholder="Search for items" autocomplete="off" data-testid="search-text--input">
    </form></div>
    <div class="l-header__actions u-flexbox"><a href="/member/signup/select_type?ref_url=%2Fcatalog" class="web_ui__Button__button web_ui__Button__outlined web_ui__Button__small web_ui__Button__primary" data-testid="header--login-button"><span class="web_ui__Button__label">Sign up | Log in</span></a><a href="/items/new" class="web_ui__Button__button web_ui__Button__filled web_ui__Button__small web_ui__Button__primary" data-testid="side-bar-sell-btn"><span class="web_ui__Button__label">Sell now</span></a><button type="button" class="web_ui__Button__button web_ui__Button__flat" aria-label="Language: English (EN)">EN</button></div>
  </div></header>
  <nav class="main-navigation-categories" aria-label="Catalogue"><ul class="main-navigation-categories__list l-container">{nav}<li class="main-navigation-categories__item"><a href="/about" class="main-navigation-categories__link">About</a></li><li class="main-navigation-categories__item"><a href="/our-platform" class="main-navigation-categories__link">Our platform</a></li></ul></nav>
</div>
<main class="site-content"><div class="l-container"><div class="site-content__content-section">
  <div class="u-ui-margin-top-large" data-testid="catalog-filters">
    <div class="filters u-flexbox u-flex-wrap">{filters}</div>
    <div class="u-flexbox u-ui-margin-top-medium" data-testid="catalog-selected-filters"><div class="web_ui__Chip__chip web_ui__Chip__filled web_ui__Chip__small"><span class="web_ui__Chip__text">denim jacket</span><button type="button" aria-label="Remove filter denim jacket" class="web_ui__Chip__suffix">×</button></div><button type="button" class="web_ui__Button__button web_ui__Button__flat web_ui__Button__small"><span class="web_ui__Button__label">Clear filters</span></button></div>
  </div>
  <div class="u-flexbox u-justify-content-between u-ui-padding-vertical-medium"><h1 class="{_sc_text("heading", "left")}">Search results</h1><span class="{_sc_text("caption", "left", "muted")}" data-testid="catalog-items-count">{total} results</span><button type="button" class="web_ui__Button__button web_ui__Button__outlined web_ui__Button__small" data-testid="catalog--subscribe-search"><span class="web_ui__Button__label">Save search</span></button></div>
  <div class="feed-grid" data-testid="grid-container">
{"".join(cells)}
  </div>
  <nav class="web_ui__Pagination__pagination" aria-label="Pagination" data-testid="catalog-pagination">{"".join(pager)}</nav>
</div></div></main>
<footer class="main-footer"><div class="l-container"><div class="main-footer__links">{footer}</div>
  <div class="main-footer__social"><a href="https://www.facebook.com/secondcloset" aria-label="Facebook">Facebook</a><a href="https://www.instagram.com/secondcloset" aria-label="Instagram">Instagram</a><a href="https://www.linkedin.com/company/secondcloset" aria-label="LinkedIn">LinkedIn</a></div>
  <div class="main-footer__privacy-section"><a href="/privacy-policy">Privacy Centre</a><a href="/cookie-policy">Cookie Policy</a><button type="button" id="ot-sdk-btn" class="ot-sdk-show-settings">Cookie Settings</button><a href="/terms-and-conditions">Terms &amp; Conditions</a><a href="/our-platform">Our platform</a></div>
</div></footer>
{_cookie_banner("Secondcloset", "/cookie-policy")}
<script>(self.__next_f=self.__next_f||[]).push({hydration})</script>
</body>
</html>"""


@thirteenth
def build_secondcloset() -> None:
    s = Site(
        "secondcloset",
        kind="second-hand catalogue grid (Vinted 2024–25: web_ui__ BEM and new-item-box__ classes, data-testid product-item-id-N--… parts, the item title only in an empty overlay link's title and the image alt, brand / 'M · Very good' / '£18.00' / '£19.60 incl.' buyer-protection lines, favourite counts, 'Bumped' items, a Promoted closet of look-alike cards, ad cells, &page=N pager, self.__next_f hydration)",
        start=SC_START,
        description="Vinted's catalogue /catalog?search_text=denim+jacket as served in 2024–2025: header (logo, search with a 'Catalogue' type selector, 'Sign up | Log in', 'Sell now', language), the category bar, filter chips (Category, Size, Brand, Condition, Colour, Price, Material, Sort by), a 'denim jacket ×' chip, 'Search results' / '28 results' / 'Save search', then div.feed-grid of div.feed-grid__item cells holding div.new-item-box__container[data-testid=product-item-id-N]: an image (alt = 'title, brand: B, condition: C, size: S, £P, £T includes Buyer Protection'), an empty overlay link /items/N-slug?referrer=catalog with the same text as its title, a favourite button with the count (none when 0), a 'Bumped' label on some, the brand, 'M · Very good', '£18.00' and a button '£19.60 incl.' (aria-label 'Includes Buyer Protection'); on page 1 a full-row 'Promoted closet' block (member, rating, Follow, four of the member's items in the same card markup, '?referrer=closet-promotion') and ad cells in the grid; a web_ui__Pagination nav of &page=N links; a self.__next_f.push hydration payload; footer, OneTrust banner. Ten, ten and eight items. URLs are written down without the referrer query (it tracks the click).",
    )
    pages = chunks(SC_ITEMS, SC_SIZES)
    for number, items in enumerate(pages, 1):
        text = _sc_page(number, len(pages), items, len(SC_ITEMS))
        s.list_page(
            SC_START.replace("?", "@") if number == 1 else f"catalog@search_text=denim+jacket&page={number}", text
        )
    for item_id, title, brand, size, condition, price, favourites, _bumped in SC_ITEMS:
        s.expect(
            {
                "title": title,
                "url": _sc_item_url(item_id, title),
                "brand": brand,
                "size": size,
                "condition": condition,
                "price": price,
                "currency": "GBP",
                "total_price": _sc_total(price),
                "favourites": favourites or None,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# sightseer: Tripadvisor's "Things to Do" attraction list (2024–2025).
# ---------------------------------------------------------------------------------------------------

SE_GEO = "g188671"
SE_PLACE = "Bruges_West_Flanders_Province"
SE_START = f"Attractions-{SE_GEO}-Activities-{SE_PLACE}.html"
SE_PER_PAGE = 10
# (location id, name, rating, reviews, categories, open now / closed now / None, review snippet, Travellers' Choice)
SE_SIGHTS: list[tuple[int, str, float, int, list[str], str | None, str, bool]] = [
    (
        190131,
        "Belfry of Bruges",
        4.5,
        12345,
        ["Historic Sites", "Churches & Cathedrals"],
        "Open now",
        "Climb the 366 steps for the best view of the city",
        True,
    ),
    (
        244613,
        "Historic Centre of Brugge",
        4.7,
        8760,
        ["Historic Walking Areas"],
        None,
        "Like walking through a fairy tale",
        True,
    ),
    (
        190133,
        "Basilica of the Holy Blood",
        4.4,
        6512,
        ["Churches & Cathedrals"],
        "Closed now",
        "Small but beautiful chapel in the Burg square",
        True,
    ),
    (1930452, "Bruges Canals", 4.7, 5108, ["Bodies of Water"], None, "A boat trip is a must", True),
    (190137, "Groeninge Museum", 4.3, 2890, ["Art Museums"], "Open now", "Flemish Primitives at their finest", False),
    (
        317451,
        "Church of Our Lady Bruges",
        4.5,
        4102,
        ["Historic Sites", "Churches & Cathedrals"],
        "Open now",
        "Michelangelo's Madonna is worth the ticket",
        True,
    ),
    (
        2359804,
        "De Halve Maan Brewery",
        4.6,
        7415,
        ["Breweries"],
        "Open now",
        "Great tour and the beer pipeline story",
        True,
    ),
    (190140, "Markt", 4.6, 9981, ["Points of Interest & Landmarks"], None, "The heart of the old town", False),
    (1027345, "Minnewater", 4.6, 3340, ["Bodies of Water", "Parks"], None, "The lake of love at sunset", False),
    (
        190146,
        "Begijnhof",
        4.5,
        3567,
        ["Historic Sites", "Religious Sites"],
        "Closed now",
        "Peaceful and quiet, away from the crowds",
        False,
    ),
    (3152276, "Choco-Story", 4.1, 2744, ["Speciality Museums"], "Open now", "Fun for kids, tasting at the end", False),
    (
        190143,
        "Burg Square",
        4.6,
        2310,
        ["Points of Interest & Landmarks", "Historic Sites"],
        None,
        "Gothic town hall and the basilica side by side",
        False,
    ),
    (
        1137621,
        "Rozenhoedkaai",
        4.7,
        1987,
        ["Points of Interest & Landmarks"],
        None,
        "The most photographed spot in Bruges",
        True,
    ),
    (
        2097556,
        "Historium Brugge",
        3.9,
        2655,
        ["Speciality Museums", "Points of Interest & Landmarks"],
        "Open now",
        "Interesting VR but a bit short",
        False,
    ),
    (
        190151,
        "Sint-Janshospitaal",
        4.4,
        1102,
        ["History Museums"],
        "Closed now",
        "Memling paintings in an old hospital",
        False,
    ),
    (
        4413785,
        "Bruges Beer Experience",
        4.3,
        1876,
        ["Speciality Museums", "Breweries"],
        "Open now",
        "The tasting with the audio guide is worth it",
        False,
    ),
    (
        190139,
        "Jerusalem Chapel",
        4.6,
        408,
        ["Churches & Cathedrals"],
        "Closed now",
        "A hidden gem built by the Adornes family",
        False,
    ),
    (
        2017854,
        "Windmills on the Kruisvest",
        4.5,
        1456,
        ["Points of Interest & Landmarks"],
        None,
        "Lovely walk along the ramparts",
        False,
    ),
    (
        190155,
        "St. Salvator's Cathedral",
        4.5,
        2001,
        ["Churches & Cathedrals"],
        "Open now",
        "Free entry and a stunning organ",
        False,
    ),
    (6711392, "Frietmuseum", 3.7, 1390, ["Speciality Museums"], "Open now", "Skip the museum, eat the fries", False),
    (190162, "Gruuthusemuseum", 4.4, 724, ["History Museums"], "Closed now", "Beautifully renovated palace", False),
    (1766245, "Astrid Park", 4.4, 512, ["Parks"], None, "A quiet green break", False),
    (
        3198003,
        "Bourgogne des Flandres Brewery",
        4.5,
        1033,
        ["Breweries"],
        "Open now",
        "Blend your own beer at the end of the tour",
        False,
    ),
    (
        190167,
        "Sint-Walburgakerk",
        4.6,
        298,
        ["Churches & Cathedrals"],
        "Closed now",
        "Baroque interior, almost empty of tourists",
        False,
    ),
    (2440917, "Bonifacius Bridge", 4.6, 836, ["Bridges"], None, "Small, romantic and very photogenic", False),
    (8812066, "Lace Centre", 4.0, 611, ["Speciality Museums"], "Open now", "Watch the lacemakers at work", False),
    (1592384, "Hof Arents", 4.5, 287, ["Gardens"], None, "Small park with the bridge and sculptures", False),
]
# Sponsored product cards (tours sold on the site): never records.
SE_SPONSORED = [
    (15642781, "Bruges Canal Cruise and Walking Tour with Belgian Chocolate Tasting", 4.9, 1203, 45, "Walking Tours"),
    (20338102, "Ghent and Bruges Day Trip from Brussels", 4.7, 2840, 89, "Day Trips"),
]


def _se_name_path(name: str) -> str:
    """Tripadvisor's name segment: words joined by underscores, punctuation dropped."""
    return "_".join(slug(name).split("-"))


def _se_url(sight: tuple[Any, ...]) -> str:
    return f"/Attraction_Review-{SE_GEO}-d{sight[0]}-Reviews-{_se_name_path(sight[1])}-{SE_PLACE}.html"


def _se_page_path(page: int) -> str:
    return SE_START if page == 1 else f"Attractions-{SE_GEO}-Activities-oa{(page - 1) * SE_PER_PAGE}-{SE_PLACE}.html"


def _se_bubbles(rating: float, label_id: str) -> str:
    """The bubble rating: five circles drawn in an svg titled 'x of 5 bubbles'."""
    circles = []
    for n in range(5):
        x = 12 + n * 26
        fill = rating - n
        shape = (
            f"M {x} 0C{x - 6.6} 0 {x - 12} 5.4 {x - 12} 12s5.4 12 12 12 12-5.4 12-12S{x + 6.6} 0 {x} 0z"
            if fill >= 1
            else (f"M {x} 2a10 10 0 010 20z" if fill >= 0.5 else f"M {x} 2a10 10 0 100 20 10 10 0 000-20z")
        )
        circles.append(f'<path d="{shape}" transform=""></path>')
    return f'<svg class="UctUV d H0" viewBox="0 0 128 24" width="68" height="12" aria-labelledby="{label_id}"><title id="{label_id}">{rating:.1f} of 5 bubbles</title>{"".join(circles)}</svg>'


def _se_card(rank: int, sight: tuple[Any, ...]) -> str:
    _loc, name, rating, reviews, categories, hours, snippet, choice = sight
    url = _se_url(sight)
    label_id = f":lithium-R{_hash(name, 5)}:"
    status = (
        f'<div class="biGQs _P pZUbB avBIb osNWb"><span class="{"KxBGd" if hours == "Open now" else "cOZxc"}">{hours}</span></div>'
        if hours
        else ""
    )
    award = (
        '<div class="CZhOL"><div class="f u"><svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true"><path d="M12 2l3 7h7l-5.5 4 2 7L12 16l-6.5 4 2-7L2 9h7z"></path></svg><span class="biGQs _P ttuOS">2025 Travellers\' Choice</span></div></div>'
        if choice
        else ""
    )
    return f"""<section class="mowmC" data-automation="WebPresentation_SingleFlexCardSection">
 <div class="hZuqH"><article class="GTuVU XJlaI">
  <div class="alPVI eNNhq PgLKC tnGGX">
   <div class="ncFvv osNWb">
    <a href="{url}" class="BMQDV _F Gv wSSLS SwZTJ" target="_self"><div class="kvlmx"><picture class="NhWcC _R mdkdE afQPz eXZKw"><img width="300" height="225" src="https://dynamic-media-cdn.sightseer.example/media/photo-o/{_hash(name, 2)}/{_hash(name, 2)}/{_hash(name, 2)}/{_hash(name, 2)}/caption.jpg?w=300&amp;h=300&amp;s=1" alt="" loading="lazy"></picture></div></a>
    <div class="pfXMF"><button type="button" class="BrOJk u j z _F wSSLS tIqAi unMkR" aria-label="Save to a trip"><svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path d="M12 20l-8-8a5 5 0 017-7l1 1 1-1a5 5 0 017 7z"></path></svg></button></div>
   </div>
   <div class="dxkoL">
    <header class="VLKGO"><div class="alPVI eNNhq PgLKC tnGGX yzLvM">
     <a href="{url}" class="BMQDV _F Gv wSSLS SwZTJ FGwzt ukgoS" target="_self"><h3 class="biGQs _P fiohW ngXxk"><div class="XfVdV o AIbhI">{rank}. {esc(name)}</div></h3></a>
    </div></header>
    <div class="hZuqH"><a href="{url}#REVIEWS" class="BMQDV _F Gv wSSLS SwZTJ FGwzt ukgoS" target="_self"><div class="jVDab W f u w GOdjs">{_se_bubbles(rating, label_id)}<span class="biGQs _P pZUbB osNWb">({reviews:,})</span></div></a></div>
    <div class="alPVI eNNhq PgLKC tnGGX"><div class="biGQs _P pZUbB hmDzD">{esc(" • ".join(categories))}</div></div>
    {status}
    <div class="nWHqT"><div class="biGQs _P pZUbB KxBGd">“{esc(snippet)}”</div></div>
    {award}
   </div>
  </div>
 </article></div>
</section>"""


def _se_sponsored(product: tuple[Any, ...]) -> str:
    pid, name, rating, reviews, price, kind = product
    url = f"/AttractionProductReview-{SE_GEO}-d{pid}-{_se_name_path(name)}-{SE_PLACE}.html"
    return f"""<section class="mowmC" data-automation="WebPresentation_SingleFlexCardSection">
 <div class="hZuqH"><article class="GTuVU XJlaI">
  <div class="alPVI eNNhq PgLKC tnGGX">
   <div class="ncFvv osNWb"><a href="{url}?ad=1&amp;pos=sp" class="BMQDV _F Gv wSSLS SwZTJ" target="_blank" rel="nofollow noopener"><div class="kvlmx"><picture class="NhWcC _R mdkdE afQPz eXZKw"><img width="300" height="225" src="https://dynamic-media-cdn.sightseer.example/media/attractions-splice-spp-674x446/{_hash(name, 8)}.jpg" alt="" loading="lazy"></picture></div></a></div>
   <div class="dxkoL">
    <div class="biGQs _P ttuOS"><span class="ngXxk">Sponsored</span></div>
    <header class="VLKGO"><div class="alPVI eNNhq PgLKC tnGGX yzLvM"><a href="{url}?ad=1&amp;pos=sp" class="BMQDV _F Gv wSSLS SwZTJ FGwzt ukgoS" target="_blank" rel="nofollow noopener"><h3 class="biGQs _P fiohW ngXxk"><div class="XfVdV o AIbhI">{esc(name)}</div></h3></a></div></header>
    <div class="hZuqH"><div class="jVDab W f u w GOdjs">{_se_bubbles(rating, f":lithium-S{_hash(name, 5)}:")}<span class="biGQs _P pZUbB osNWb">({reviews:,})</span></div></div>
    <div class="biGQs _P pZUbB hmDzD">{esc(kind)}</div>
    <div class="biGQs _P pZUbB avBIb osNWb">Free cancellation</div>
    <div class="alPVI eNNhq PgLKC tnGGX"><div class="biGQs _P fiohW avBIb fOtGX">from <span class="biGQs _P fiohW">${price}</span></div><div class="biGQs _P pZUbB avBIb osNWb">per adult</div></div>
   </div>
  </div>
 </article></div>
</section>"""


def _se_page(number: int, total_pages: int, sights: list[Any], first_rank: int, total: int) -> str:
    cards = [_se_card(first_rank + n, sight) for n, sight in enumerate(sights)]
    if number == 1:
        cards.insert(3, _se_sponsored(SE_SPONSORED[0]))
        cards.insert(8, _se_sponsored(SE_SPONSORED[1]))
    elif number == 2:
        cards.insert(5, _se_sponsored(SE_SPONSORED[0]))
    last = first_rank + len(sights) - 1
    pager = []
    if number > 1:
        pager.append(
            f'<a class="BrOJk u j z _F wSSLS tIqAi unMkR" href="/{_se_page_path(number - 1)}" aria-label="Previous page" data-smoke-attr="pagination-previous-arrow"><svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true"><path d="M15 6l-6 6 6 6"></path></svg></a>'
        )
    for page in range(1, total_pages + 1):
        if page == number:
            pager.append(
                f'<div class="aVzgG"><span class="biGQs _P pZUbB ZNjnF" aria-current="page">{page}</span></div>'
            )
        else:
            pager.append(
                f'<div class="aVzgG"><a class="BrOJk u j z _F wSSLS tIqAi iLxbI" href="/{_se_page_path(page)}" aria-label="{page}">{page}</a></div>'
            )
    if number < total_pages:
        pager.append(
            f'<a class="BrOJk u j z _F wSSLS tIqAi unMkR" href="/{_se_page_path(number + 1)}" aria-label="Next page" data-smoke-attr="pagination-next-arrow"><svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true"><path d="M9 6l6 6-6 6"></path></svg></a>'
        )
    pills = "".join(
        f'<a href="/Attractions-{SE_GEO}-Activities-c{c}-{SE_PLACE}.html" class="BMQDV _F Gv wSSLS SwZTJ hNpWR"><span class="biGQs _P ttuOS">{esc(n)}</span></a>'
        for c, n in [
            (42, "Tours"),
            (47, "Sights & Landmarks"),
            (49, "Museums"),
            (57, "Nature & Parks"),
            (36, "Food & Drink"),
            (26, "Shopping"),
        ]
    )
    facets = {
        "Category": [
            ("Sights & Landmarks", 64),
            ("Museums", 31),
            ("Tours", 412),
            ("Food & Drink", 58),
            ("Nature & Parks", 12),
        ],
        "Types": [("Churches & Cathedrals", 11), ("Speciality Museums", 14), ("Breweries", 6), ("Bodies of Water", 4)],
        "Traveller rating": [("4+ bubbles", 180), ("3+ bubbles", 236)],
        "Awards": [("Travellers' Choice", 9), ("Travellers' Choice Best of the Best", 1)],
    }
    sidebar = "".join(
        f'<div class="JfoTr"><div class="biGQs _P fiohW ncFvv">{esc(h)}</div>'
        + "".join(
            f'<label class="KkXkJ"><input type="checkbox" class="TUlwZ"><span class="biGQs _P pZUbB KxBGd">{esc(n)}</span><span class="biGQs _P pZUbB hmDzD">({c})</span></label>'
            for n, c in xs
        )
        + "</div>"
        for h, xs in facets.items()
    )
    footer_cols = {
        "About Sightseer": ["About Us", "Press", "Resources and Policies", "Careers", "Trust & Safety", "Contact us"],
        "Explore": ["Write a review", "Add a Place", "Join", "Travellers' Choice", "Help Centre"],
        "Do Business With Us": [
            "Owners",
            "Business Advantage",
            "Sponsored Placements",
            "Advertise with Us",
            "Access our Content API",
        ],
    }
    footer = "".join(
        f'<div class="ZjjJT"><div class="biGQs _P fiohW ngXxk">{esc(h)}</div><ul>'
        + "".join(f'<li><a href="/{slug(x)}" class="BMQDV _F Gv wSSLS SwZTJ">{esc(x)}</a></li>' for x in xs)
        + "</ul></div>"
        for h, xs in footer_cols.items()
    )
    crumbs = " ".join(
        f'<a href="/{p}" class="BMQDV _F Gv wSSLS SwZTJ"><span class="biGQs _P pZUbB KxBGd">{esc(n)}</span></a><span class="biGQs _P pZUbB KxBGd"> &gt; </span>'
        for p, n in [
            ("Tourism-g4-Europe-Vacations.html", "Europe"),
            ("Tourism-g188634-Belgium-Vacations.html", "Belgium"),
            ("Tourism-g188635-Flanders-Vacations.html", "Flanders"),
            ("Tourism-g188669-West_Flanders_Province-Vacations.html", "West Flanders Province"),
            (f"Tourism-{SE_GEO}-{SE_PLACE}-Vacations.html", "Bruges"),
        ]
    )
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>THE 15 BEST Things to Do in Bruges (2025) - Must-See Attractions</title>
<meta name="description" content="Things to Do in Bruges, Belgium: See Sightseer traveller reviews and photos of Bruges tourist attractions.">
<link rel="canonical" href="https://www.sightseer.example/{_se_page_path(number)}">
</head>
<body class="rebrand_2017 desktop_web Attractions">
<div id="lithium-root">
<header class="vXNxl" data-automation="globalNav"><div class="nOKRV">
  <a href="/" class="BMQDV _F Gv wSSLS SwZTJ" aria-label="Sightseer"><img src="https://static.sightseer.example/img2/brand_refresh/Sightseer_lockup_horizontal_secondary.svg" alt="Sightseer" width="190" height="30"></a>
  <form role="search" class="sUsfR" action="/Search"><input type="search" name="q" class="Vrugd" placeholder="Search" aria-label="Search"></form>
  <nav class="xXTvP" aria-label="Main"><a href="/Discover" class="BMQDV _F Gv wSSLS SwZTJ">Discover</a><a href="/Trips" class="BMQDV _F Gv wSSLS SwZTJ">Trips</a><a href="/UserReviewEdit" class="BMQDV _F Gv wSSLS SwZTJ">Review</a><button type="button" class="rmyCe _G B- z _S c Wc wSSLS jWkoZ QHaGY">GBP</button><a href="/RegistrationController" class="rmyCe _G B- z _S c Wc wSSLS jWkoZ sOtnj">Sign in</a></nav>
</div></header>
<main class="OTtkQ">
  <div class="vKZUk" data-automation="breadcrumbs">{crumbs}<span class="biGQs _P pZUbB KxBGd">Things to Do in Bruges</span></div>
  <h1 class="biGQs _P fiohW eIegw" data-automation="header_geo_title">Things to Do in Bruges</h1>
  <div class="ZoFLh" data-automation="AttractionsFilterPills">{pills}</div>
  <div class="jOKfD">
    <aside class="fKaNB" data-automation="filterSidebar"><div class="biGQs _P fiohW hzzSG">Filters</div>{sidebar}</aside>
    <div class="RnQXA">
      <div class="FfQVF"><h2 class="biGQs _P fiohW hzzSG">Top Attractions in Bruges</h2><button type="button" class="UikNM _G B- _S _W _T c G_ wSSLS QHaGY" aria-label="These rankings are informed by Sightseer data—we consider traveller reviews, ratings, number of page views, and user location."><svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true"><circle cx="12" cy="12" r="10"></circle></svg></button>
        <div class="biGQs _P pZUbB KxBGd"><button type="button" class="rmyCe _G B- z _S c Wc wSSLS jWkoZ">Sort by: Traveller favourites</button></div></div>
      <div class="dGZhB" data-automation="AppPresentation_VerticalListSection">
{"".join(cards)}
      </div>
      <div class="UCacc" data-automation="AppPresentation_PaginationLinksList">
        <div class="biGQs _P pZUbB KxBGd">Showing results {first_rank}-{last} of {total}</div>
        <div class="IGLCo">{"".join(pager)}</div>
      </div>
    </div>
  </div>
  <section class="SbXrA" data-automation="faqSection"><h2 class="biGQs _P fiohW hzzSG">Frequently Asked Questions about Bruges</h2>
    <details><summary>What are the top attractions to visit in Bruges?</summary><p>Belfry of Bruges, Historic Centre of Brugge and Basilica of the Holy Blood are popular with travellers.</p></details>
    <details><summary>What are the best activities to experience in Bruges?</summary><p>Canal cruises, brewery tours and chocolate workshops.</p></details>
  </section>
</main>
<footer class="cJQIV" data-automation="globalFooter"><div class="KiQPB">{footer}</div>
  <div class="ZmXwF"><span>© 2025 Sightseer LLC All rights reserved.</span> <a href="/pages/terms.html">Terms of Use</a> <a href="/pages/privacy.html">Privacy and Cookies Statement</a> <a href="/pages/cookies.html">Cookie consent</a> <a href="/SiteIndex">Site Map</a> <a href="/pages/service_howitworks.html">How the site works</a> <a href="/ContactUs">Contact us</a></div>
  <div class="biGQs _P pZUbB KxBGd">This is the version of our website addressed to speakers of English in the United Kingdom.</div>
</footer>
{_cookie_banner("Sightseer", "/pages/cookies.html")}
</div>
</body>
</html>"""


@thirteenth
def build_sightseer() -> None:
    s = Site(
        "sightseer",
        kind="things-to-do ranking (Tripadvisor 2024–25 Attractions list: short hashed classes, data-automation sections, '1. Belfry of Bruges' with the rank in the h3 text, bubble ratings only in an svg title '4.5 of 5 bubbles', '(12,345)' review counts, 'Historic Sites • Churches & Cathedrals' category lines, Open now / Closed now, quoted review snippets, Travellers' Choice badges, Sponsored tour cards with the same markup, -oa10- offset pages)",
        start=SE_START,
        description="Tripadvisor's 'Things to Do in Bruges' list /Attractions-g188671-Activities-Bruges_West_Flanders_Province.html as served in 2024–2025 (React, short hashed classes such as 'biGQs _P fiohW' and 'BMQDV _F Gv wSSLS SwZTJ'): header (logo, search, Discover / Trips / Review, currency, Sign in), breadcrumbs, h1, category pills, a filter sidebar with counts, 'Top Attractions in Bruges' with a rankings tooltip and 'Sort by', then section[data-automation=WebPresentation_SingleFlexCardSection] cards: an article with a photo link and 'Save to a trip', h3 '1. Belfry of Bruges' (rank inside the text) in a link to /Attraction_Review-g188671-d<id>-Reviews-<Name>-Bruges_West_Flanders_Province.html, a #REVIEWS link around an svg (title '4.5 of 5 bubbles', five path bubbles) and '(12,345)', the categories 'Historic Sites • Churches & Cathedrals', 'Open now' / 'Closed now' on some, a quoted review snippet, a '2025 Travellers' Choice' badge on some; 'Sponsored' tour cards (same classes, 'from $45', 'per adult', 'Free cancellation') between them; 'Showing results 1-10 of 27' with Previous / 1 2 3 / Next links over -oa10- / -oa20- offsets; an FAQ, the footer and a OneTrust banner. Ten, ten and seven attractions. Titles written down without the rank; categories as lists.",
    )
    pages = chunks(SE_SIGHTS, [SE_PER_PAGE, SE_PER_PAGE, len(SE_SIGHTS) - 2 * SE_PER_PAGE])
    rank = 1
    for number, sights in enumerate(pages, 1):
        s.list_page(_se_page_path(number), _se_page(number, len(pages), sights, rank, len(SE_SIGHTS)))
        rank += len(sights)
    for rank, sight in enumerate(SE_SIGHTS, 1):
        s.expect(
            {
                "rank": rank,
                "title": sight[1],
                "url": _se_url(sight),
                "rating": sight[2],
                "review_count": sight[3],
                "categories": sight[4],
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in THIRTEENTH.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
