"""Twelfth wave of open corpus sites (issue #3): copies of how three more well-known site families mark up
their result lists as they served them in 2024–2025, where classes are mostly build hashes or utilities.

* **stayscape** — Airbnb's stay search (``/s/Lisbon--Portugal/homes``, server-rendered React with
  Linaria "atomic" classes): every class is a short build hash (``t1jojoys``, ``g1qv1ctd``,
  ``fb4nyux``) followed by a run of ``atm_xx_yyyyyy`` atoms and ``dir dir-ltr``, the same on every card.
  The header (logo, Stays / Experiences, the "Lisbon · Any week · Add guests" search pill, "Stayscape
  your home", the user menu), the category bar (radio labels with an icon and a name: "Amazing views",
  "Trending"…), the Filters button and a "Display total before taxes" switch, "26 homes within map
  area", then ``div[itemprop=itemList]`` of ``div[itemprop=itemListElement]`` cards, each opening with
  microdata ``meta`` (``name`` = the listing's own name, ``position``, ``url`` written without a scheme,
  "www.stayscape.example/rooms/N?adults=2&check_in=…") around ``div[data-testid=card-container]``
  (role group, ``aria-labelledby`` the title): an empty full-card link ``/rooms/N?<search query>``
  (aria-hidden), a photo carousel (five ``picture`` slides "1 of 5", previous / next buttons, dots), a
  "Guest favourite" or "Superhost" badge on some, a wishlist button ("Add to wishlist: <title>"), then
  ``div[data-testid=listing-card-title]`` "Apartment in Alfama" (not unique: several cards share it),
  ``div[data-testid=listing-card-subtitle]`` lines — ``span[data-testid=listing-card-name]`` (the
  listing's name), "2 beds" / "1 double bed", the free dates "Nov 3 – 8" or "Oct 27 – Nov 1" (no year)
  —, the price row "€128 night" (a struck "€150" before it on discounted stays, and a screen-reader
  copy "€128 per night, originally €150"), "€655 total before taxes", and the rating "4.92 (128)"
  beside a star inside a ``span[role=img]`` whose ``aria-label`` reads "4.92 out of 5 average rating,
  128 reviews" ("New" with "New place to stay" on unrated stays). The map pane holds one price pin
  button per card ("€128", again), zoom buttons and "Search as I move the map". A pagination ``nav``
  (aria-label "Search results pagination": ‹ 1 2 ›) links ``?tab_id=home_tab&…&pagination_search=true
  &cursor=<base64 of {"section_offset":2,"items_offset":18,"version":1}>``; "1 – 18 of 26 places to
  stay", the fees disclaimer, an "Inspiration for future getaways" tab panel of destination links, the
  three-column footer, the cookie banner, and a ``data-deferred-state-0`` JSON script with part of each
  result (id, name, rating label, price lines). Eighteen stays on page 1, eight on page 2. Written down:
  title, name, url (``/rooms/N`` without the query), beds, the dates as shown, the nightly price and
  currency, the struck price, the total, rating, review count and badge.
* **homescout** — Zillow's for-sale search (``/homes/for_sale/Austin,-TX_rb/``, Next.js with
  styled-components from Zillow's "c11n" constellation kit): class names are component names with
  version and hash suffixes (``StyledPropertyCardDataWrapper-c11n-8-107-0__sc-hfbvv9-0 gaxYWW``,
  ``PropertyCardWrapper__StyledPriceLine-srp-8-107-0__sc-16e8gqd-1``) next to a few stable words
  (``photo-cards``, ``property-card``, ``property-card-data``). The header (Buy / Rent / Sell / Home
  Loans / Agent finder, Manage Rentals / Advertise / Help / Sign In), the search box and filter buttons
  (For Sale, Price, Beds & Baths, Home Type, More, Save search), a map pane, "Austin TX Real Estate &
  Homes For Sale", "26 results", "Sort: Homes for You", then ``ul.photo-cards`` of ``li`` items: most
  hold a per-card JSON-LD script (``SingleFamilyResidence`` or ``Apartment``
  with floor size, address and geo; an extra ``Event`` for open houses) and ``article[data-test=
  property-card]#zpid_N``: ``a[data-test=property-card-link]`` (absolute https://www.homescout.example
  /homedetails/<address>/<zpid>_zpid/) around ``address[data-test=property-card-addr]``,
  ``span[data-test=property-card-price]`` "$525,000", a details ``ul`` of "<b>3</b> <abbr>bds</abbr>",
  "<b>2</b> <abbr>ba</abbr>", "<b>1,850</b> <abbr>sqft</abbr>" followed by the bare text node " - House
  for sale" (a lot shows "<b>0.26</b> <abbr>acres lot</abbr>" and no beds or baths), the broker line
  "LISTING BY: HILL COUNTRY HOMES GROUP", and a photo area with badges ("3 days on Homescout", "Price cut:
  $10K (3/1)", "Open: Sat 1-3pm", "Showcase"), the photo carousel ("1 of 24") and a save heart. Among the
  cards: an empty ``#nav-ad-container`` item, a "Homescout Home Loans" pre-qualification ad item, and an
  empty lazy-render placeholder ``li`` at the end. Pagination ``nav[aria-label=Pagination]`` of
  ``/homes/for_sale/Austin,-TX_rb/2_p/`` links (Previous page / 1 2 3 / Next page) with "Page 1 of 3";
  the SEO footer of link lists; a ``__NEXT_DATA__`` script whose ``searchPageState.cat1.searchResults.
  listResults`` repeats each card's data. Nine, nine and eight homes. Written down: address, url
  (absolute, as linked), price and currency, beds, baths, sqft, status ("House for sale") and broker.
* **launchpad** — Product Hunt's home page leaderboard (Next.js, Tailwind utilities only: ``flex
  flex-col gap-2 …``, ``text-16 font-semibold text-dark-gray``, no semantic class anywhere). The header
  (logo, search "Search ( ⌘ + k )", Launches / Products / News / Forums / Advertise menus, Subscribe,
  Sign in), then "Top Products Launching Today": ``section[data-test=post-item-N]`` rows, each a
  thumbnail link (``img`` with the product name as ``alt``; a ``video`` on one), ``a[data-test=post-
  name-N]`` "1. Notewise" (the rank inside the link text), the tagline in its own link, topic links
  joined by "•" spans ("Productivity • Developer Tools"), a comments button (speech-bubble svg and
  "58") and the vote button (``data-test=vote-button``, triangle svg and "482"). A "Promoted" row
  (``section[data-test=promoted-post]``, same layout, no rank, "Promoted" in place of the topics) after
  the third row, a "Show more" link (``/?page=2``, then ``/?page=3``) and "See all of today's
  products" (``/leaderboard/daily/2025/3/24/all``); on page 1 only, "Yesterday's Top Products" with
  five rows ranked 1–5 again and "See all of yesterday's top products". A right column of "Trending
  Forum Threads" (title, forum, votes, comments) and a newsletter box, the footer of links and a
  cookie notice. Ten, ten and four of today's products plus yesterday's five. Written down: rank,
  title (without the rank), url, tagline, topics (list), comments and votes.

Run ``uv run python tests/sites/corpus/generate_twelfth.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**. They
were written, and measured, before any heuristic was changed for them.
"""

# ruff: noqa: E501

from __future__ import annotations

import base64
import json
import sys
import zlib
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc, slug

TWELFTH: dict[str, Callable[[], None]] = {}


def twelfth(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    TWELFTH[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _hash(text: str, length: int = 10) -> str:
    """A stable lowercase token derived from ``text`` (ids, image names, hashed class names)."""
    digest = f"{zlib.crc32(text.encode()):08x}{zlib.crc32(text[::-1].encode()):08x}"
    return digest[:length]


def _alpha_hash(text: str, length: int = 6) -> str:
    """A stable mixed-case letter token, as styled-components' generated class names are (``gaxYWW``)."""
    letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    number = zlib.crc32(text.encode()) * 7919 + zlib.crc32(text[::-1].encode())
    out = ""
    for _ in range(length):
        number, digit = divmod(number, len(letters))
        out += letters[digit]
    return out


# ---------------------------------------------------------------------------------------------------
# stayscape: Airbnb's stay search results (2024–2025).
# ---------------------------------------------------------------------------------------------------

SS_HOST = "www.stayscape.example"
SS_PATH = "s/Lisbon--Portugal/homes"
SS_QUERY = "tab_id=home_tab&refinement_paths%5B%5D=%2Fhomes&query=Lisbon%2C%20Portugal&search_type=pagination&pagination_search=true"
SS_PER_PAGE = 18
SS_YEAR = 2025
# (listing id, kind, place, listing name, beds line, (check-in month, day), (check-out month, day),
#  nightly price, struck price or None, cleaning and service fees, rating or None, reviews, badge or None)
SS_STAYS: list[
    tuple[
        int, str, str, str, str, tuple[int, int], tuple[int, int], int, int | None, int, float | None, int, str | None
    ]
] = [
    (
        53912345,
        "Apartment",
        "Alfama",
        "Bright flat with river view",
        "2 beds",
        (11, 3),
        (11, 8),
        128,
        150,
        15,
        4.92,
        128,
        "Guest favourite",
    ),
    (
        41207733,
        "Loft",
        "Santa Maria Maior",
        "Azulejo loft near the Sé Cathedral",
        "1 bed",
        (11, 10),
        (11, 15),
        96,
        None,
        40,
        4.81,
        342,
        None,
    ),
    (
        812334907761022214,
        "Condo",
        "Graça",
        "Sunny terrace studio in Graça",
        "1 double bed",
        (10, 27),
        (11, 1),
        74,
        None,
        35,
        4.88,
        61,
        "Superhost",
    ),
    (
        22618490,
        "Apartment",
        "Lisbon",
        "Chiado suite with balcony",
        "2 beds",
        (11, 17),
        (11, 22),
        142,
        None,
        55,
        4.95,
        517,
        "Guest favourite",
    ),
    (
        30911256,
        "Room",
        "Bairro Alto",
        "Cosy room in a Bairro Alto townhouse",
        "1 bed",
        (11, 3),
        (11, 8),
        48,
        None,
        20,
        4.71,
        233,
        None,
    ),
    (
        1043881290117663045,
        "Apartment",
        "Alfama",
        "Tagus view penthouse & rooftop",
        "3 beds",
        (12, 1),
        (12, 6),
        215,
        260,
        70,
        4.97,
        89,
        "Guest favourite",
    ),
    (
        684120993,
        "Apartment",
        "Príncipe Real",
        "Príncipe Real garden apartment",
        "2 beds",
        (11, 24),
        (11, 29),
        119,
        None,
        45,
        4.86,
        174,
        None,
    ),
    (
        18842071,
        "Home",
        "Mouraria",
        "Typical Lisbon house in Mouraria",
        "4 beds",
        (11, 10),
        (11, 15),
        168,
        None,
        60,
        4.79,
        402,
        None,
    ),
    (
        1120587406622190331,
        "Apartment",
        "Cais do Sodré",
        "Minimalist studio steps from the market",
        "1 bed",
        (11, 3),
        (11, 8),
        82,
        None,
        30,
        None,
        0,
        None,
    ),
    (
        37410288,
        "Apartment",
        "Campo de Ourique",
        "Family flat with patio, Campo de Ourique",
        "5 beds",
        (12, 8),
        (12, 13),
        134,
        149,
        50,
        4.91,
        96,
        "Guest favourite",
    ),
    (
        716290448,
        "Loft",
        "Santos",
        "Riverside loft in the Santos design district",
        "2 beds",
        (11, 17),
        (11, 22),
        109,
        None,
        40,
        4.84,
        58,
        None,
    ),
    (
        25733119,
        "Guest suite",
        "Estrela",
        "Charming guest suite with private entrance",
        "1 double bed",
        (10, 27),
        (11, 1),
        67,
        None,
        25,
        4.93,
        611,
        "Superhost",
    ),
    (
        49910372,
        "Apartment",
        "Estrela",
        "Quiet 2BR near Jardim da Estrela",
        "3 beds",
        (11, 24),
        (11, 29),
        112,
        None,
        45,
        4.76,
        147,
        None,
    ),
    (
        963114580027,
        "Apartment",
        "Castelo",
        "Castle hill hideaway, tram 28 at the door",
        "2 beds",
        (11, 3),
        (11, 8),
        99,
        118,
        35,
        4.89,
        265,
        None,
    ),
    (
        1187730092215530118,
        "Condo",
        "Lisbon",
        "Art deco flat on Avenida da Liberdade",
        "2 beds",
        (12, 1),
        (12, 6),
        156,
        None,
        60,
        None,
        0,
        None,
    ),
    (
        33190854,
        "Cottage",
        "Belém",
        "Belém cottage near the monastery",
        "3 beds",
        (11, 10),
        (11, 15),
        121,
        None,
        50,
        4.91,
        203,
        "Guest favourite",
    ),
    (
        807711263,
        "Apartment",
        "Graça",
        "Miradouro view duplex",
        "3 beds",
        (11, 17),
        (11, 22),
        138,
        None,
        55,
        4.83,
        77,
        None,
    ),
    (
        27784513,
        "Loft",
        "Misericórdia",
        "Bohemian attic in Bica",
        "1 bed",
        (10, 27),
        (11, 1),
        88,
        None,
        30,
        4.68,
        389,
        None,
    ),
    (
        52230418,
        "Apartment",
        "Arroios",
        "Modern 1BR with lift in Anjos",
        "2 beds",
        (11, 24),
        (11, 29),
        79,
        89,
        30,
        4.74,
        42,
        None,
    ),
    (
        15508932,
        "Townhouse",
        "Alfama",
        "Alfama fado house with terrace",
        "6 beds",
        (12, 8),
        (12, 13),
        245,
        None,
        90,
        4.96,
        158,
        "Guest favourite",
    ),
    (
        1214409877310227751,
        "Apartment",
        "Baixa",
        "Studio by Praça do Comércio",
        "1 bed",
        (11, 3),
        (11, 8),
        91,
        None,
        35,
        None,
        0,
        None,
    ),
    (
        39901247,
        "Townhouse",
        "Lapa",
        "Tiled townhouse with courtyard in Lapa",
        "4 beds",
        (11, 10),
        (11, 15),
        198,
        229,
        80,
        4.87,
        64,
        "Superhost",
    ),
    (
        44125560,
        "Loft",
        "Alcântara",
        "Industrial loft by the LX Factory",
        "2 beds",
        (11, 17),
        (11, 22),
        103,
        None,
        40,
        4.82,
        119,
        None,
    ),
    (
        21066374,
        "Apartment",
        "Lisbon",
        "Sea-breeze flat near Cais do Sodré",
        "2 beds",
        (12, 1),
        (12, 6),
        115,
        None,
        45,
        4.72,
        286,
        None,
    ),
    (
        29918045,
        "Room",
        "Madragoa",
        "Boho room with breakfast in Madragoa",
        "1 bed",
        (10, 27),
        (11, 1),
        55,
        None,
        15,
        4.94,
        407,
        "Guest favourite",
    ),
    (
        958820341,
        "Apartment",
        "Parque das Nações",
        "Riverside apartment in Parque das Nações",
        "3 beds",
        (11, 24),
        (11, 29),
        124,
        None,
        50,
        4.85,
        36,
        None,
    ),
]
SS_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
SS_CATEGORIES = [
    ("Tag:8678", "Amazing views"),
    ("Tag:8522", "Trending"),
    ("Tag:5348", "Icons"),
    ("Tag:8536", "Beachfront"),
    ("Tag:8225", "Design"),
    ("Tag:8102", "Rooms"),
    ("Tag:677", "Historical homes"),
    ("Tag:8144", "Top cities"),
    ("Tag:5731", "Amazing pools"),
    ("Tag:8186", "Countryside"),
    ("Tag:7769", "OMG!"),
    ("Tag:8047", "Tiny homes"),
]
SS_INSPIRATION = {
    "Popular": [
        ("Porto", "Apartment rentals"),
        ("Sintra", "Villa rentals"),
        ("Cascais", "Beach house rentals"),
        ("Madrid", "Flat rentals"),
        ("Seville", "House rentals"),
        ("Lagos", "Holiday rentals"),
    ],
    "Arts & culture": [
        ("Évora", "Cottage rentals"),
        ("Coimbra", "Apartment rentals"),
        ("Óbidos", "House rentals"),
        ("Granada", "Flat rentals"),
    ],
    "Beach": [
        ("Ericeira", "Surf house rentals"),
        ("Comporta", "Villa rentals"),
        ("Albufeira", "Apartment rentals"),
        ("Tavira", "House rentals"),
    ],
}


def _atm(role: str, count: int = 6) -> str:
    """Linaria atomic classes as Airbnb's build emits them: a hash, ``atm_`` atoms, ``dir dir-ltr``."""
    lead = "".join(c for c in _hash(role, 12) if c.isalpha())[:1] or "c"
    atoms = " ".join(f"atm_{_hash(role + str(i), 2).replace('0', 'a')}_{_hash(str(i) + role, 7)}" for i in range(count))
    return f"{lead}{_hash('lead' + role, 7)} {atoms} dir dir-ltr"


def _ss_class(known: str, role: str, count: int = 6) -> str:
    """A component class Airbnb kept for years (``t1jojoys``) followed by its atoms."""
    return f"{known} {_atm(role, count).split(' ', 1)[1]}"


def _ss_cursor(offset: int) -> str:
    """Airbnb's pagination cursor: base64 JSON of the section and item offsets, ``=`` percent-encoded."""
    raw = json.dumps({"section_offset": 2, "items_offset": offset, "version": 1}, separators=(",", ":"))
    return base64.b64encode(raw.encode()).decode().replace("=", "%3D")


def _ss_page_path(offset: int) -> str:
    return f"/{SS_PATH}?{SS_QUERY}&cursor={_ss_cursor(offset)}"


def _ss_day(month_day: tuple[int, int]) -> date:
    return date(SS_YEAR, *month_day)


def _ss_dates(stay: tuple[Any, ...]) -> str:
    """ "Nov 3 – 8" within one month, "Oct 27 – Nov 1" across two (no year, as Airbnb shows them)."""
    (m1, d1), (m2, d2) = stay[5], stay[6]
    if m1 == m2:
        return f"{SS_MONTHS[m1 - 1]} {d1} – {d2}"
    return f"{SS_MONTHS[m1 - 1]} {d1} – {SS_MONTHS[m2 - 1]} {d2}"


def _ss_total(stay: tuple[Any, ...]) -> int:
    nights = (_ss_day(stay[6]) - _ss_day(stay[5])).days
    return int(stay[7] * nights + stay[9])


def _ss_title(stay: tuple[Any, ...]) -> str:
    return f"{stay[1]} in {stay[2]}"


def _ss_room_query(stay: tuple[Any, ...]) -> str:
    check_in, check_out = _ss_day(stay[5]).isoformat(), _ss_day(stay[6]).isoformat()
    return (
        f"adults=2&children=0&enable_m3_private_room=true&infants=0&pets=0&check_in={check_in}&check_out={check_out}"
        f"&source_impression_id=p3_1730{_hash(str(stay[0]), 6)}_P3{_hash('imp' + str(stay[0]), 14)}&previous_page_section_name=1000"
        f"&federated_search_id={_hash('fed', 8)}-{_hash('fed2', 4)}-{_hash('fed3', 4)}-{_hash('fed4', 4)}-{_hash('fed5', 12)}"
    )


def _ss_photo(stay_id: int, number: int) -> str:
    return f"https://a0.muscache.example/im/pictures/miso/Hosting-{stay_id}/original/{_hash(f'{stay_id}-{number}', 8)}-{_hash(f'p{number}{stay_id}', 4)}-4{_hash(f'q{number}', 3)}-{_hash(f'r{stay_id}', 4)}-{_hash(f's{number}{stay_id}', 12)}.jpeg?im_w=720"


_SS_STAR = '<svg viewBox="0 0 32 32" xmlns="http://www.w3.org/2000/svg" aria-hidden="true" role="presentation" focusable="false" style="display: block; height: 12px; width: 12px; fill: currentcolor;"><path fill-rule="evenodd" d="m15.1 1.58-4.13 8.88-9.86 1.27a1 1 0 0 0-.54 1.74l7.3 6.57-1.97 9.85a1 1 0 0 0 1.48 1.06l8.62-5 8.63 5a1 1 0 0 0 1.48-1.06l-1.97-9.85 7.3-6.57a1 1 0 0 0-.55-1.73l-9.86-1.28-4.12-8.88a1 1 0 0 0-1.82 0z"></path></svg>'
_SS_HEART = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" aria-hidden="true" role="presentation" focusable="false" style="display: block; fill: rgba(0, 0, 0, 0.5); height: 24px; width: 24px; stroke: var(--linaria-theme_palette-white); stroke-width: 2; overflow: visible;"><path d="M16 28c7-4.73 14-10 14-17a6.98 6.98 0 0 0-7-7c-1.8 0-3.58.68-4.95 2.05L16 8.1l-2.05-2.05a6.98 6.98 0 0 0-9.9 0A6.98 6.98 0 0 0 2 11c0 7 7 12.27 14 17z"></path></svg>'
_SS_CHEVRON_LEFT = '<svg viewBox="0 0 32 32" xmlns="http://www.w3.org/2000/svg" aria-hidden="true" role="presentation" focusable="false" style="display: block; fill: none; height: 12px; width: 12px; stroke: currentcolor; stroke-width: 4; overflow: visible;"><path fill="none" d="M20 28 8.7 16.7a1 1 0 0 1 0-1.4L20 4"></path></svg>'
_SS_CHEVRON_RIGHT = '<svg viewBox="0 0 32 32" xmlns="http://www.w3.org/2000/svg" aria-hidden="true" role="presentation" focusable="false" style="display: block; fill: none; height: 12px; width: 12px; stroke: currentcolor; stroke-width: 4; overflow: visible;"><path fill="none" d="m12 4 11.3 11.3a1 1 0 0 1 0 1.4L12 28"></path></svg>'


def _ss_price(stay: tuple[Any, ...]) -> str:
    price, was = stay[7], stay[8]
    shown = f"€{price}"
    total = f"€{_ss_total(stay):,}"
    if was:
        primary = f"""<span class="{_ss_class("_1aejdbt", "price-struck", 3)}" aria-hidden="true">€{was}</span> <span class="{_ss_class("_11jcbg2", "price-discounted", 3)}" aria-hidden="true">{shown}</span>"""
        reader = f"{shown} per night, originally €{was}"
    else:
        primary = f"""<span class="{_ss_class("_11jcbg2", "price-discounted", 3)}" aria-hidden="true">{shown}</span>"""
        reader = f"{shown} per night"
    return f"""<div class="{_ss_class("pquyp1l", "price-row")}" data-testid="price-availability-row" style="--pricing-guest-display-price-alignment: flex-start; --pricing-guest-display-price-flex-wrap: wrap;">
                  <div class="{_ss_class("_i5duul", "price-block", 2)}">
                    <div class="{_ss_class("_1jo4hgw", "price-primary", 3)}">{primary}<span class="{_ss_class("_tt122m", "price-qualifier", 2)}" aria-hidden="true">&nbsp;night</span></div>
                    <span class="{_ss_class("a8jt5op", "sr-only", 8)}">{reader}</span>
                    <div class="{_ss_class("_10d7v0r", "price-secondary", 3)}"><span class="{_ss_class("_hb913q", "price-total", 3)}">{total} total before taxes</span></div>
                  </div>
                </div>"""


def _ss_rating(stay: tuple[Any, ...]) -> str:
    rating, reviews = stay[10], stay[11]
    if rating is None:
        label, shown = "New place to stay", "New"
    else:
        label, shown = f"{rating:.2f} out of 5 average rating,  {reviews} reviews", f"{rating:.2f} ({reviews})"
    return f"""<div class="{_ss_class("t1a9j9y7", "rating-cell", 4)}"><span class="{_ss_class("r4a59j5", "rating", 5)}" role="img" aria-label="{label}"><span aria-hidden="true" class="{_ss_class("r1dxllyb", "rating-inner", 3)}">{_SS_STAR}<span class="{_ss_class("a8jt5op", "rating-sep", 2)}">&nbsp;</span>{shown}</span></span></div>"""


def _ss_img_attrs(position: int, slide: int) -> str:
    """The first photo of the page is the LCP target; later slides load lazily."""
    if slide > 1:
        return 'loading="lazy" '
    return 'elementtiming="LCP-target" ' if position == 1 else ""


def _ss_carousel(stay: tuple[Any, ...], position: int) -> str:
    stay_id, photos = stay[0], 5
    href = f"/rooms/{stay_id}?{_ss_room_query(stay)}"
    slides = "\n".join(
        f"""                      <div class="{_ss_class("cw9aemb", "slide", 4)}" aria-label="{n} of {photos}" role="group" aria-roledescription="slide"><a href="{esc(href)}" target="listing_{stay_id}" rel="noopener noreferrer nofollow" tabindex="-1" aria-hidden="true" class="{_ss_class("rfexzly", "slide-link", 3)}"><picture><source srcset="{esc(_ss_photo(stay_id, n))} 1x" media="(max-width: 743px)"><img class="{_ss_class("itu7ddv", "photo", 5)}" aria-hidden="true" alt="" decoding="async" {_ss_img_attrs(position, n)}src="{esc(_ss_photo(stay_id, n))}" data-original-uri="{esc(_ss_photo(stay_id, n).split("?")[0])}" style="object-fit: cover;"></picture></a></div>"""
        for n in range(1, photos + 1)
    )
    dots = "".join(
        f'<span class="{_ss_class("d1om2nrm", "dot-active" if n == 1 else "dot", 3)}" style="transform: scale({1 if n < 4 else 0.83});"></span>'
        for n in range(1, photos + 1)
    )
    badge = ""
    if stay[12]:
        badge = f"""<div class="{_ss_class("t1qa5xaj", "badge-area", 5)}"><div class="{_ss_class("t1mwk1n0", "badge", 5)}"><div class="{_ss_class("l1n8mlxn", "badge-label", 3)}" aria-hidden="true">{stay[12]}</div><span class="{_ss_class("a8jt5op", "sr-only", 8)}">{stay[12]}</span></div></div>"""
    return f"""<div class="{_ss_class("m1v28t5c", "carousel-frame", 7)}">
                  <div class="{_ss_class("cnjlbcx", "carousel", 5)}" role="group" aria-roledescription="carousel" aria-label="Photos of {esc(_ss_title(stay))}">
                    <div class="{_ss_class("c14whb16", "carousel-track", 4)}" aria-live="polite">
{slides}
                    </div>
                    <div class="{_ss_class("c1du4ti8", "carousel-nav", 3)}"><button aria-label="Previous image" type="button" class="{_ss_class("l1ovpqvx", "carousel-button", 6)}" disabled>{_SS_CHEVRON_LEFT}</button><button aria-label="Next image" type="button" class="{_ss_class("l1ovpqvx", "carousel-button", 6)}">{_SS_CHEVRON_RIGHT}</button></div>
                    <div class="{_ss_class("dxfpxl0", "dots", 3)}" aria-hidden="true">{dots}</div>
                  </div>
                  {badge}
                  <div class="{_ss_class("c1cjhaol", "wishlist-area", 4)}"><button type="button" class="{_ss_class("c1sd3vfu", "wishlist", 5)}" aria-label="Add to wishlist: {esc(_ss_title(stay))}" data-testid="listing-card-save-button"><span class="{_ss_class("a8jt5op", "sr-only", 8)}"></span>{_SS_HEART}</button></div>
                </div>"""


def _ss_card(stay: tuple[Any, ...], position: int) -> str:
    stay_id, name = stay[0], stay[3]
    check_in, check_out = _ss_day(stay[5]).isoformat(), _ss_day(stay[6]).isoformat()
    meta_url = f"{SS_HOST}/rooms/{stay_id}?adults=2&children=0&enable_m3_private_room=true&infants=0&pets=0&check_in={check_in}&check_out={check_out}&previous_page_section_name=1000"
    return f"""
        <div class="{_ss_class("df8mizf", "grid-cell", 3)}" style="--card-animation-delay: {(position - 1) % SS_PER_PAGE * 40}ms;">
          <div itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
            <meta itemprop="name" content="{esc(name)}">
            <meta itemprop="position" content="{position}">
            <meta itemprop="url" content="{esc(meta_url)}">
            <div class="{_ss_class("c4mnd7m", "card-shell", 4)}">
              <div class="{_ss_class("c1l1h97y", "card-shell-inner", 3)}">
                <div class="{_ss_class("cy5jw6o", "card-container", 9)}" aria-labelledby="title_{stay_id}" role="group" data-testid="card-container">
                  <a target="listing_{stay_id}" rel="noopener noreferrer nofollow" aria-hidden="true" tabindex="-1" class="{_ss_class("l1ovpqvx", "full-link", 10)}" href="{esc(f"/rooms/{stay_id}?{_ss_room_query(stay)}")}" aria-labelledby="title_{stay_id}"></a>
                  <div class="{_ss_class("c14dgvke", "card-body", 4)}">
                {_ss_carousel(stay, position)}
                <div class="{_ss_class("g1qv1ctd", "card-text", 8)}">
                  <div class="{_ss_class("t1jojoys", "title", 9)}" id="title_{stay_id}" data-testid="listing-card-title">{esc(_ss_title(stay))}</div>
                  <div class="{_ss_class("fb4nyux s1cjsi4j", "subtitle", 6)}" data-testid="listing-card-subtitle"><span class="{_ss_class("t6mzqp7", "subtitle-name", 6)}" data-testid="listing-card-name">{esc(name)}</span></div>
                  <div class="{_ss_class("fb4nyux s1cjsi4j", "subtitle", 6)}" data-testid="listing-card-subtitle"><span class="dir dir-ltr">{stay[4]}</span></div>
                  <div class="{_ss_class("fb4nyux s1cjsi4j", "subtitle", 6)}" data-testid="listing-card-subtitle"><span class="dir dir-ltr">{_ss_dates(stay)}</span></div>
                  <div class="{_ss_class("s1ukpptr", "price-and-rating", 4)}">
                {_ss_price(stay)}
                {_ss_rating(stay)}
                  </div>
                </div>
                  </div>
                </div>
              </div>
            </div>
          </div>
        </div>"""


def _ss_pins(stays: list[Any]) -> str:
    pins = []
    for n, stay in enumerate(stays):
        left, top = 40 + (stay[0] % 520), 60 + (stay[0] // 7 % 480)
        pins.append(
            f"""<div style="position: absolute; left: {left}px; top: {top}px; z-index: {n};"><button type="button" class="{_ss_class("b1oq7y7c", "map-pin", 6)}" data-testid="map/markers/BasePillMarker" aria-label="€{stay[7]}"><div class="{_ss_class("p1l4cwre", "map-pin-body", 3)}"><span class="{_ss_class("t1vqt7vc", "map-pin-text", 3)}">€{stay[7]}</span></div></button></div>"""
        )
    return "\n              ".join(pins)


def _ss_categories() -> str:
    labels = []
    for n, (tag, label) in enumerate(SS_CATEGORIES):
        checked = " checked" if n == 0 else ""
        labels.append(
            f"""<label class="{_ss_class("c1m9p2x8", "category", 5)}" for="category-{n}"><input class="{_ss_class("i1t6yl3r", "category-input", 2)}" type="radio" id="category-{n}" name="categoryScroller" value="{tag}"{checked}><div class="{_ss_class("c1vpkv5y", "category-body", 4)}"><img class="{_ss_class("i181yxiv", "category-icon", 3)}" src="https://a0.muscache.example/pictures/{_hash(tag, 8)}-{_hash(label, 4)}.jpg" alt="" width="24" height="24"><div class="{_ss_class("t1n1tzzx", "category-name", 4)}"><span>{esc(label)}</span></div></div></label>"""
        )
    return "\n          ".join(labels)


def _ss_inspiration() -> str:
    tabs, panels = [], []
    for n, (name, items) in enumerate(SS_INSPIRATION.items()):
        tabs.append(
            f'<button type="button" role="tab" id="tab--seo-{n}" aria-selected="{"true" if n == 0 else "false"}" class="{_ss_class("t1bfdl5l", "seo-tab", 4)}">{esc(name)}</button>'
        )
        links = "".join(
            f'<li class="{_ss_class("i8rnqv0", "seo-item", 3)}"><a href="/{slug(city)}-portugal/stays" class="{_ss_class("l1ovpqvx", "seo-link", 4)}"><span class="{_ss_class("t1x6f2rm", "seo-city", 3)}">{esc(city)}</span><span class="{_ss_class("s1ys8r6h", "seo-kind", 3)}">{esc(kind)}</span></a></li>'
            for city, kind in items
        )
        panels.append(
            f'<div role="tabpanel" id="panel--seo-{n}" aria-labelledby="tab--seo-{n}"{"" if n == 0 else " hidden"}><ul class="{_ss_class("g1c2nr3l", "seo-grid", 4)}">{links}</ul></div>'
        )
    return f"""<div class="{_ss_class("s1mfqo3f", "seo", 4)}">
      <h2 class="{_ss_class("h1n5m9g9", "seo-heading", 3)}">Inspiration for future getaways</h2>
      <div role="tablist" class="{_ss_class("t1ypx1cg", "seo-tabs", 4)}">{"".join(tabs)}</div>
      {"".join(panels)}
    </div>"""


def _ss_deferred_state(stays: list[Any]) -> str:
    results = []
    for stay in stays:
        price = {
            "price": f"€{stay[7]}",
            "qualifier": "night",
            "accessibilityLabel": f"€{stay[7]} per night" + (f", originally €{stay[8]}" if stay[8] else ""),
        }
        if stay[8]:
            price["originalPrice"] = f"€{stay[8]}"
        results.append(
            {
                "__typename": "StaySearchResult",
                "listing": {
                    "id": base64.b64encode(f"DemandStayListing:{stay[0]}".encode()).decode(),
                    "name": stay[3],
                    "title": _ss_title(stay),
                    "coordinate": {
                        "latitude": round(38.70 + stay[0] % 97 / 1000, 5),
                        "longitude": round(-9.16 + stay[0] % 89 / 1000, 5),
                    },
                },
                "avgRatingA11yLabel": f"{stay[10]:.2f} out of 5 average rating,  {stay[11]} reviews"
                if stay[10]
                else "New place to stay",
                "avgRatingLocalized": f"{stay[10]:.2f} ({stay[11]})" if stay[10] else "New",
                "structuredDisplayPrice": {
                    "primaryLine": price,
                    "secondaryLine": {"price": f"€{_ss_total(stay):,} total", "qualifier": "before taxes"},
                },
            }
        )
    state = {
        "niobeMinimalClientData": [
            [
                'StaysSearch:{"isLeanTreatment":false}',
                {"data": {"presentation": {"staysSearch": {"results": {"searchResults": results}}}}},
            ]
        ]
    }
    return json.dumps(state, ensure_ascii=False).replace("</", "<\\/")


def _ss_pagination(number: int, total_pages: int) -> str:
    offsets = [n * SS_PER_PAGE for n in range(total_pages)]
    if number == 1:
        prev = f'<button type="button" aria-label="Previous" class="{_ss_class("l1ovpqvx", "pager-arrow", 5)}" disabled>{_SS_CHEVRON_LEFT}</button>'
    else:
        prev = f'<a href="{esc(_ss_page_path(offsets[number - 2]))}" aria-label="Previous" class="{_ss_class("l1ovpqvx", "pager-arrow", 5)}">{_SS_CHEVRON_LEFT}</a>'
    if number == total_pages:
        nxt = f'<button type="button" aria-label="Next" class="{_ss_class("l1ovpqvx", "pager-arrow", 5)}" disabled>{_SS_CHEVRON_RIGHT}</button>'
    else:
        nxt = f'<a href="{esc(_ss_page_path(offsets[number]))}" aria-label="Next" class="{_ss_class("l1ovpqvx", "pager-arrow", 5)}">{_SS_CHEVRON_RIGHT}</a>'
    numbers = []
    for n, offset in enumerate(offsets, 1):
        if n == number:
            numbers.append(
                f'<button type="button" aria-current="page" class="{_ss_class("l1ovpqvx", "pager-current", 5)}" disabled>{n}</button>'
            )
        else:
            numbers.append(
                f'<a href="{esc(_ss_page_path(offset))}" aria-label="Page {n}" class="{_ss_class("l1ovpqvx", "pager-number", 5)}">{n}</a>'
            )
    first = (number - 1) * SS_PER_PAGE + 1
    last = min(number * SS_PER_PAGE, len(SS_STAYS))
    return f"""<div class="{_ss_class("p1j2gy66", "pager-wrap", 4)}">
          <nav aria-label="Search results pagination" class="{_ss_class("p1oyv1gx", "pager", 4)}"><div class="{_ss_class("p1hmm6a5", "pager-row", 3)}">{prev}{"".join(numbers)}{nxt}</div></nav>
          <div class="{_ss_class("s1oxnw1d", "pager-count", 3)}">{first} – {last} of {len(SS_STAYS)} places to stay</div>
        </div>"""


def _ss_page(number: int, total_pages: int, stays: list[Any]) -> str:
    first = (number - 1) * SS_PER_PAGE + 1
    cards = "".join(_ss_card(stay, first + n) for n, stay in enumerate(stays))
    footer_columns = {
        "Support": [
            "Help Centre",
            "AirCover",
            "Anti-discrimination",
            "Disability support",
            "Cancellation options",
            "Report neighbourhood concern",
        ],
        "Hosting": [
            "Stayscape your home",
            "AirCover for Hosts",
            "Hosting resources",
            "Community forum",
            "Hosting responsibly",
            "Join a free Hosting class",
        ],
        "Stayscape": ["Newsroom", "New features", "Careers", "Investors", "Gift cards", "Emergency stays"],
    }
    footer = "".join(
        f'<section class="{_ss_class("f1bx5ywk", "footer-col", 3)}"><h3 class="{_ss_class("trsc28b", "footer-heading", 3)}">{esc(heading)}</h3><ul class="{_ss_class("l7n4lsf", "footer-list", 3)}">'
        + "".join(
            f'<li class="{_ss_class("i1qnrrc4", "footer-item", 2)}"><a href="/help/{slug(item)}" class="{_ss_class("l1ovpqvx", "footer-link", 3)}">{esc(item)}</a></li>'
            for item in items
        )
        + "</ul></section>"
        for heading, items in footer_columns.items()
    )
    return f"""<!DOCTYPE html>
<html lang="en-GB" dir="ltr" data-is-hyperloop="true" data-is-async-local-storage="true">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Lisbon · Holiday Rentals &amp; Places to Stay | Stayscape</title>
  <meta name="description" content="Jan 25, 2025 – Find holiday rentals, cabins, beach houses, unique homes and experiences around the world – all made possible by Hosts on Stayscape.">
  <meta property="og:site_name" content="Stayscape">
  <meta property="og:title" content="Lisbon · Holiday Rentals &amp; Places to Stay">
  <meta name="robots" content="noindex, follow">
  <link rel="canonical" href="https://{SS_HOST}/lisbon-portugal/stays">
  <link rel="stylesheet" href="https://a0.muscache.example/airbnb/static/packages/web/common/frontend/core-guest-loop/{_hash("css", 10)}.css">
  <style data-linaria-atomic>.{_atm("sr-only").split()[0]}{{position:absolute;clip:rect(0 0 0 0)}}.a8jt5op{{clip:rect(0 0 0 0);height:1px;overflow:hidden;position:absolute;white-space:nowrap;width:1px}}._1aejdbt{{text-decoration:line-through;color:#6a6a6a}}</style>
</head>
<body class="{_ss_class("b1tdk0wk", "body", 3)}">
<div id="react-application" data-reactroot="">
  <div class="{_ss_class("c1yo0219", "app", 3)}">
    <div id="site-content" class="{_ss_class("s1n2c0p2", "site-content", 3)}">
    <header class="{_ss_class("h1xgmbid", "header", 6)}" data-testid="little-search-header">
      <div class="{_ss_class("c1kn6kxw", "header-row", 4)}">
        <a href="/" aria-label="Stayscape homepage" class="{_ss_class("l1ovpqvx", "logo", 4)}"><svg width="102" height="32" style="display: block;" aria-hidden="true"><path d="M29.3 22.7c-.2-.5-.4-1-.6-1.4"></path></svg></a>
        <nav aria-label="Search" class="{_ss_class("n1dk3hok", "header-tabs", 3)}"><a href="/s/homes" aria-current="page" class="{_ss_class("l1ovpqvx", "header-tab", 3)}">Stays</a><a href="/s/experiences" class="{_ss_class("l1ovpqvx", "header-tab", 3)}">Experiences</a></nav>
        <div class="{_ss_class("l1cwgi8b", "search-pill", 5)}" data-testid="little-search"><button type="button" class="{_ss_class("l1ovpqvx", "pill-button", 4)}" data-testid="little-search-location"><div class="{_ss_class("t1xgvrs1", "pill-text", 2)}">Lisbon</div></button><span class="{_ss_class("s1xb6fnh", "pill-sep", 2)}"></span><button type="button" class="{_ss_class("l1ovpqvx", "pill-button", 4)}" data-testid="little-search-anytime"><div class="{_ss_class("t1xgvrs1", "pill-text", 2)}">Any week</div></button><span class="{_ss_class("s1xb6fnh", "pill-sep", 2)}"></span><button type="button" class="{_ss_class("l1ovpqvx", "pill-button", 4)}" data-testid="little-search-guests"><div class="{_ss_class("t1xgvrs1", "pill-text", 2)}">2 guests</div></button><button type="button" aria-label="Search" class="{_ss_class("b1i5tqng", "pill-search", 3)}"><svg viewBox="0 0 32 32" aria-hidden="true"><path fill="none" d="M13 24a11 11 0 1 0 0-22 11 11 0 0 0 0 22zm8-3 9 9"></path></svg></button></div>
        <div class="{_ss_class("c1eu2ly6", "header-right", 3)}"><a href="/host/homes" class="{_ss_class("l1ovpqvx", "host-link", 3)}">Stayscape your home</a><button type="button" aria-label="Choose a language and currency" class="{_ss_class("l1ovpqvx", "globe", 3)}"><svg viewBox="0 0 16 16" aria-hidden="true"><path d="M8 .25a7.77 7.77 0 0 1 7.75 7.78"></path></svg></button><button type="button" aria-label="Main navigation menu" data-testid="cypress-headernav-profile" class="{_ss_class("c1grjlav", "user-menu", 4)}"><svg viewBox="0 0 32 32" aria-hidden="true"><g fill="none"><path d="M2 16h28M2 24h28M2 8h28"></path></g></svg><div class="{_ss_class("a1ldwxqf", "avatar", 2)}"><svg viewBox="0 0 32 32" aria-hidden="true"><path d="M16 .7C7.56.7.7 7.56.7 16S7.56 31.3 16 31.3"></path></svg></div></button></div>
      </div>
    </header>
    <div class="{_ss_class("c1eb9ciw", "category-bar", 5)}" data-testid="category-bar-filter-bar">
      <div class="{_ss_class("c6k6t5l", "category-scroller", 4)}" role="radiogroup" aria-label="Categories">
          {_ss_categories()}
      </div>
      <button type="button" class="{_ss_class("c1cvyr1y", "filters-button", 5)}" data-testid="category-bar-filter-button"><svg viewBox="0 0 16 16" aria-hidden="true"><path d="M5 8a3 3 0 0 1 2.83 2H14v2H7.83A3 3 0 1 1 5 8z"></path></svg><span>Filters</span><span class="{_ss_class("c1jvnbjb", "filter-count", 2)}">2</span></button>
      <div class="{_ss_class("c1x10o0l", "total-switch", 4)}"><label for="display-total" class="{_ss_class("l1ny1wc9", "total-switch-label", 2)}">Display total before taxes</label><button id="display-total" role="switch" aria-checked="false" type="button" class="{_ss_class("s1ttbn9u", "switch", 3)}"></button></div>
    </div>
    <main id="site-content-main" class="{_ss_class("m1xf4bdd", "main", 4)}">
      <div class="{_ss_class("c1kb1fq9", "split", 4)}">
      <div class="{_ss_class("c1ycf0fc", "list-pane", 5)}" data-testid="explore-list-pane">
        <div class="{_ss_class("h1r2kjuf", "heading-row", 3)}"><h1 class="{_ss_class("h1bz2yvq", "heading", 4)}" elementtiming="LCP-target"><span class="{_ss_class("s1yd3a6m", "heading-text", 3)}" data-testid="stays-page-heading">{len(SS_STAYS)} homes within map area</span></h1></div>
        <div class="{_ss_class("c1yrqt7s", "fee-note", 3)}"><span>Prices include all fees</span></div>
        <div itemprop="itemList" itemscope itemtype="http://schema.org/ItemList">
          <meta itemprop="numberOfItems" content="{len(stays)}">
          <div class="{_ss_class("gsgwcjk", "grid", 9)}">{cards}
          </div>
        </div>
        {_ss_pagination(number, total_pages)}
        <div class="{_ss_class("d1rdfno9", "disclaimer", 3)}"><p>Additional fees apply. Taxes may be added.</p></div>
      </div>
      <div class="{_ss_class("m1ngcxpw", "map-pane", 5)}" data-testid="map/GoogleMap" aria-label="Map" role="region">
        <div class="{_ss_class("m1q9ls6k", "map-controls", 3)}"><label class="{_ss_class("c1gjyh0g", "map-move", 2)}"><input type="checkbox" checked> Search as I move the map</label><button type="button" aria-label="Zoom in" class="{_ss_class("l1ovpqvx", "zoom", 3)}">+</button><button type="button" aria-label="Zoom out" class="{_ss_class("l1ovpqvx", "zoom", 3)}">−</button></div>
        <div class="{_ss_class("m1ga8d0o", "map-canvas", 3)}" style="position: relative; height: 100%;">
              {_ss_pins(stays)}
        </div>
        <div class="{_ss_class("m17yml2z", "map-credit", 2)}">Map data ©2025 Google · Terms · Report a map error</div>
      </div>
      </div>
    </main>
    {_ss_inspiration()}
    <footer class="{_ss_class("f1nqdtbu", "footer", 5)}" role="contentinfo">
      <div class="{_ss_class("f1g3yvcb", "footer-grid", 3)}">{footer}</div>
      <div class="{_ss_class("f1ouk3xq", "footer-bottom", 3)}"><div>© 2025 Stayscape, Inc.</div><span aria-hidden="true">·</span><a href="/terms/privacy_policy">Privacy</a><span aria-hidden="true">·</span><a href="/terms">Terms</a><span aria-hidden="true">·</span><a href="/sitemaps/v2">Sitemap</a><span aria-hidden="true">·</span><a href="/about/company-details">Company details</a><button type="button" class="{_ss_class("l1ovpqvx", "footer-locale", 2)}">English (GB)</button><button type="button" class="{_ss_class("l1ovpqvx", "footer-currency", 2)}"><span>€</span> EUR</button></div>
    </footer>
    </div>
    <div class="{_ss_class("c1fwfqeu", "cookie-banner", 5)}" role="dialog" aria-label="Your privacy" data-testid="main-cookies-banner-container">
      <div class="{_ss_class("c1hjpbr3", "cookie-text", 3)}"><h2>Your privacy</h2><p>We use cookies and similar technologies to help personalise content, tailor and measure ads, and provide a better experience. By clicking Accept all, you agree to this, as outlined in our <a href="/help/article/2866">Cookie Policy</a>. To change preferences or withdraw consent, please update your <a href="/account-settings/cookie-preferences">Cookie Preferences</a>.</p></div>
      <div class="{_ss_class("c1qnmf0y", "cookie-buttons", 3)}"><button type="button" class="{_ss_class("b1sec48q", "cookie-accept", 4)}">Accept all</button><button type="button" class="{_ss_class("b1sec48q", "cookie-reject", 4)}">Only necessary</button><button type="button" class="{_ss_class("l1ovpqvx", "cookie-prefs", 3)}">Cookie preferences</button></div>
    </div>
  </div>
</div>
<script id="data-deferred-state-0" data-deferred-state-0="true" type="application/json">{_ss_deferred_state(stays)}</script>
<script src="https://a0.muscache.example/airbnb/static/packages/web/en-GB/frontend/airmetro/browser/asyncRequire.{_hash("js", 8)}.js" defer></script>
</body>
</html>"""


@twelfth
def build_stayscape() -> None:
    s = Site(
        "stayscape",
        kind="holiday rentals search (Airbnb 2024–25: Linaria hash + atm_ classes, itemListElement microdata, 'Apartment in Alfama' titles shared by several cards, name / beds / 'Nov 3 – 8' subtitle lines, '€128 night' with struck prices and '€655 total before taxes', '4.92 (128)' ratings with aria-labels, 'New', map price pins, ?cursor= pages)",
        start=SS_PATH,
        description="Airbnb's stay search /s/Lisbon--Portugal/homes as served in 2024–2025: every class a Linaria build hash followed by atm_ atoms and 'dir dir-ltr'; the little-search header, a category radio bar, Filters and a 'Display total before taxes' switch, '26 homes within map area'; div[itemprop=itemList] of div[itemprop=itemListElement] cards (meta name = listing name, position, url without a scheme) around div[data-testid=card-container]: an empty aria-hidden full-card link /rooms/N?<search query>, a five-slide photo carousel, 'Guest favourite' / 'Superhost' badges on some, a wishlist button, div[data-testid=listing-card-title] 'Apartment in Alfama', subtitle lines (span[data-testid=listing-card-name], '2 beds', 'Nov 3 – 8' / 'Oct 27 – Nov 1'), the price row '€150 €128 night' (struck original on some, sr-only '€128 per night, originally €150'), '€655 total before taxes', a span[role=img] with aria-label '4.92 out of 5 average rating,  128 reviews' around '4.92 (128)' ('New' on unrated); a map pane of price pins; a pagination nav ('Search results pagination') of ?tab_id=…&cursor=<base64 JSON> links, '1 – 18 of 26 places to stay'; destination tabs, footer, cookie banner and a data-deferred-state JSON script. URLs are written down without the query; dates as shown (no year).",
    )
    pages = chunks(SS_STAYS, [SS_PER_PAGE, len(SS_STAYS) - SS_PER_PAGE])
    for number, stays in enumerate(pages, 1):
        text = _ss_page(number, len(pages), stays)
        if number == 1:
            s.list_page(f"{SS_PATH}/index.html", text)
            s.write(_ss_page_path(0).lstrip("/").replace("?", "@"), text)
        else:
            s.list_page(_ss_page_path((number - 1) * SS_PER_PAGE).lstrip("/").replace("?", "@"), text)
    for stay in SS_STAYS:
        s.expect(
            {
                "title": _ss_title(stay),
                "name": stay[3],
                "url": f"/rooms/{stay[0]}",
                "beds": int(stay[4].split()[0]),
                "dates": _ss_dates(stay),
                "price": stay[7],
                "currency": "EUR",
                "original_price": stay[8],
                "total_price": _ss_total(stay),
                "rating": stay[10],
                "review_count": stay[11] or None,
                "badge": stay[12],
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# homescout: Zillow's for-sale search results (2024–2025).
# ---------------------------------------------------------------------------------------------------

HS_HOST = "https://www.homescout.example"
HS_PATH = "homes/for_sale/Austin,-TX_rb/"
HS_KIT = "c11n-8-107-0"
HS_SRP = "srp-8-107-0"
# (zpid, street, zip, price, beds, baths, sqft or None, lot acres or None, status, broker, badges)
HS_HOMES: list[tuple[int, str, str, int, int | None, int | None, int | None, float | None, str, str, list[str]]] = [
    (
        29453512,
        "2104 Morrow St",
        "78757",
        525000,
        3,
        2,
        1850,
        None,
        "House for sale",
        "HILL COUNTRY HOMES GROUP",
        ["3 days on Homescout"],
    ),
    (
        2058904411,
        "1108 Kinney Ave UNIT 12",
        "78704",
        389000,
        2,
        2,
        1012,
        None,
        "Condo for sale",
        "LONESTAR KEYS REALTY",
        ["Price cut: $10K (3/1)"],
    ),
    (
        29361884,
        "7810 Callbluff Dr",
        "78749",
        615000,
        4,
        3,
        2464,
        None,
        "House for sale",
        "BLUEBONNET PROPERTIES",
        ["Open: Sat 1-3pm"],
    ),
    (
        83710045,
        "4511 Avenue C",
        "78751",
        899000,
        3,
        2,
        1610,
        None,
        "House for sale",
        "CAPITAL CITY REAL ESTATE, LLC",
        ["Showcase"],
    ),
    (
        2147021560,
        "6300 Riverside Dr UNIT 2107",
        "78741",
        274900,
        1,
        1,
        702,
        None,
        "Condo for sale",
        "EASTSIDE REALTY PARTNERS",
        ["Price cut: $5K (3/4)"],
    ),
    (
        29558871,
        "1402 Chicon St",
        "78702",
        749000,
        3,
        3,
        1988,
        None,
        "Townhouse for sale",
        "VIOLET CROWN HOMES",
        ["1 day on Homescout"],
    ),
    (
        2070338812,
        "9208 Tweed Berwick Dr",
        "78750",
        189000,
        None,
        None,
        None,
        0.26,
        "Lot / Land for sale",
        "HILL COUNTRY HOMES GROUP",
        ["14 days on Homescout"],
    ),
    (
        29327715,
        "3705 Greystone Dr",
        "78731",
        1150000,
        4,
        4,
        3210,
        None,
        "House for sale",
        "TARRYTOWN FINE HOMES",
        ["Open: Sun 2-4pm"],
    ),
    (
        2063811954,
        "5117 Ruby Red Dr",
        "78744",
        342500,
        3,
        2,
        1422,
        None,
        "New construction",
        "SUNLINE BUILDERS TEXAS",
        ["6 days on Homescout"],
    ),
    (
        29476602,
        "1811 W 38th St",
        "78731",
        675000,
        2,
        2,
        1280,
        None,
        "House for sale",
        "CAPITAL CITY REAL ESTATE, LLC",
        ["Price cut: $25K (2/27)"],
    ),
    (
        2089114237,
        "800 W 5th St UNIT 1204",
        "78703",
        599000,
        1,
        1,
        862,
        None,
        "Condo for sale",
        "DOWNTOWN AUSTIN LIVING",
        ["Showcase"],
    ),
    (
        29601150,
        "11506 Oak Trl",
        "78753",
        315000,
        3,
        2,
        1235,
        None,
        "House for sale",
        "LONESTAR KEYS REALTY",
        ["2 days on Homescout"],
    ),
    (
        29702249,
        "4703 Red Bluff Rd",
        "78702",
        850000,
        4,
        4,
        2240,
        None,
        "Multi-family home for sale",
        "EASTSIDE REALTY PARTNERS",
        [],
    ),
    (
        80112366,
        "2323 S Lamar Blvd UNIT 305",
        "78704",
        429000,
        2,
        2,
        1096,
        None,
        "Condo for sale",
        "BLUEBONNET PROPERTIES",
        ["Open: Sat 11am-1pm"],
    ),
    (
        29385527,
        "8413 Navidad Dr",
        "78735",
        1295000,
        5,
        4,
        4018,
        None,
        "House for sale",
        "TARRYTOWN FINE HOMES",
        ["Price cut: $50K (3/2)"],
    ),
    (
        2130662011,
        "7005 Lost Valley Loop",
        "78745",
        489000,
        4,
        3,
        2112,
        None,
        "Coming soon",
        "HILL COUNTRY HOMES GROUP",
        [],
    ),
    (
        29493018,
        "1207 Cullen Ave",
        "78757",
        569000,
        3,
        2,
        1544,
        None,
        "House for sale",
        "VIOLET CROWN HOMES",
        ["5 days on Homescout"],
    ),
    (
        2104477385,
        "2400 E Cesar Chavez St UNIT 218",
        "78702",
        365000,
        1,
        1,
        745,
        None,
        "Condo for sale",
        "DOWNTOWN AUSTIN LIVING",
        ["Price cut: $7.5K (3/3)"],
    ),
    (
        29811463,
        "6712 Bryonwood Dr",
        "78724",
        299900,
        3,
        2,
        1306,
        None,
        "New construction",
        "SUNLINE BUILDERS TEXAS",
        [],
    ),
    (
        29407719,
        "3100 Windsor Rd",
        "78703",
        2450000,
        5,
        5,
        4870,
        None,
        "House for sale",
        "TARRYTOWN FINE HOMES",
        ["Showcase", "Open: Sun 1-4pm"],
    ),
    (
        2076650021,
        "1500 Royal Crest Dr UNIT 148",
        "78741",
        219000,
        2,
        1,
        890,
        None,
        "Condo for sale",
        "EASTSIDE REALTY PARTNERS",
        ["21 days on Homescout"],
    ),
    (
        29593380,
        "4405 Clawson Rd",
        "78745",
        539000,
        3,
        3,
        1732,
        None,
        "Townhouse for sale",
        "BLUEBONNET PROPERTIES",
        ["Price cut: $15K (2/28)"],
    ),
    (
        2143380064,
        "Lot 7 Cuernavaca Dr",
        "78733",
        425000,
        None,
        None,
        None,
        1.12,
        "Lot / Land for sale",
        "HILL COUNTRY HOMES GROUP",
        [],
    ),
    (
        29441276,
        "5503 Martin Ave",
        "78751",
        725000,
        3,
        2,
        1520,
        None,
        "House for sale",
        "CAPITAL CITY REAL ESTATE, LLC",
        ["4 days on Homescout"],
    ),
    (
        29777830,
        "1613 Sanchez St",
        "78702",
        649900,
        3,
        3,
        1860,
        None,
        "House for sale",
        "VIOLET CROWN HOMES",
        ["Open: Sat 2-4pm"],
    ),
    (
        2120938861,
        "10901 Rustic Manor Ln",
        "78750",
        459000,
        3,
        2,
        1688,
        None,
        "House for sale",
        "LONESTAR KEYS REALTY",
        [],
    ),
]
HS_NEARBY = [
    "Round Rock",
    "Cedar Park",
    "Pflugerville",
    "Georgetown",
    "Kyle",
    "Leander",
    "Buda",
    "Lakeway",
    "Manor",
    "Bee Cave",
]
HS_ZIPS = ["78701", "78702", "78703", "78704", "78705", "78717", "78721", "78722", "78723", "78731"]


def _sc(component: str, sid: str, index: int = 0, kit: str = HS_KIT) -> str:
    """A styled-components class pair: ``Name-<kit>__sc-<id>-<n>`` and the generated ``gaxYWW`` one."""
    return f"{component}-{kit}__sc-{sid}-{index} {_alpha_hash(component + sid + str(index))}"


def _hs_address(home: tuple[Any, ...]) -> str:
    return f"{home[1]}, Austin, TX {home[2]}"


def _hs_url(home: tuple[Any, ...]) -> str:
    parts = f"{home[1]} Austin TX {home[2]}".split()
    return f"{HS_HOST}/homedetails/{'-'.join(parts)}/{home[0]}_zpid/"


def _hs_photo(zpid: int, number: int) -> str:
    return f"https://photos.homescoutstatic.example/fp/{_hash(f'{zpid}-{number}', 10)}{_hash(f'{number}-{zpid}', 22)}-p_e.jpg"


def _hs_latlong(home: tuple[Any, ...]) -> tuple[float, float]:
    return round(30.20 + home[0] % 211 / 1000, 6), round(-97.85 + home[0] % 199 / 1000, 6)


def _hs_jsonld(home: tuple[Any, ...]) -> str:
    lat, lng = _hs_latlong(home)
    kind = "Apartment" if "UNIT" in home[1] else "SingleFamilyResidence"
    data: dict[str, Any] = {"@type": kind, "@context": "http://schema.org", "name": _hs_address(home)}
    if home[6]:
        data["floorSize"] = {"@type": "QuantitativeValue", "@context": "http://schema.org", "value": f"{home[6]:,}"}
    data["address"] = {
        "@type": "PostalAddress",
        "@context": "http://schema.org",
        "streetAddress": home[1],
        "addressLocality": "Austin",
        "addressRegion": "TX",
        "postalCode": home[2],
    }
    data["geo"] = {"@type": "GeoCoordinates", "@context": "http://schema.org", "latitude": lat, "longitude": lng}
    data["url"] = _hs_url(home)
    scripts = [f'<script type="application/ld+json">{json.dumps(data, separators=(",", ":"))}</script>']
    for badge in home[10]:
        if badge.startswith("Open: "):
            event = {
                "@type": "Event",
                "@context": "http://schema.org",
                "name": f"Open House: {badge.removeprefix('Open: ')}",
                "location": {
                    "@type": "Place",
                    "@context": "http://schema.org",
                    "name": _hs_address(home),
                    "address": data["address"],
                },
                "url": _hs_url(home),
            }
            scripts.append(f'<script type="application/ld+json">{json.dumps(event, separators=(",", ":"))}</script>')
    return "".join(scripts)


def _hs_details(home: tuple[Any, ...]) -> str:
    items = []
    if home[7] is not None:
        items.append(f"<li><b>{home[7]}</b> <abbr>acres lot</abbr></li>")
    else:
        items.append(f"<li><b>{home[4]}</b> <abbr>bds</abbr></li>")
        items.append(f"<li><b>{home[5]}</b> <abbr>ba</abbr></li>")
        items.append(f"<li><b>{home[6]:,}</b> <abbr>sqft</abbr></li>")
    return f'<ul class="{_sc("StyledPropertyCardHomeDetailsList", "1j0som5")}">{"".join(items)}</ul> - {esc(home[8])}'


def _hs_card(home: tuple[Any, ...], index: int) -> str:
    zpid = home[0]
    badges = "".join(
        f'<span class="{_sc("StyledPropertyCardBadge", "6gojrl")}"><span class="{_sc("Text", "aiai24")} {_alpha_hash("badge-text")}">{esc(badge)}</span></span>'
        for badge in home[10]
    )
    photos = 18 + zpid % 17
    lazy = ' loading="lazy"' if index > 2 else ""
    return f"""
      <li class="{_sc("ListItem", "13rwu5a")} {_sc("StyledListCardWrapper", "wtsrtn", kit=HS_SRP)}">
        {_hs_jsonld(home)}
        <div class="property-card-module" data-renderstrat="inline">
          <article data-test="property-card" role="presentation" class="{_sc("StyledPropertyCard", "jvwq6q")} property-card" tabindex="0" id="zpid_{zpid}">
            <div class="{_sc("StyledPropertyCardDataWrapper", "hfbvv9")} property-card-data">
              <a href="{_hs_url(home)}" data-test="property-card-link" class="{_sc("StyledPropertyCardDataArea", "10i1r6")} property-card-link" tabindex="0"><address data-test="property-card-addr">{esc(_hs_address(home))}</address></a>
              <div class="{_sc("StyledPropertyCardDataArea", "10i1r6", 0)} {_alpha_hash("price-area")}">
                <div class="{_sc("PropertyCardWrapper__StyledPriceGridContainer", "16e8gqd", 0, HS_SRP)}"><div class="{_sc("PropertyCardWrapper__StyledPriceLine", "16e8gqd", 1, HS_SRP)}"><span data-test="property-card-price" class="{_sc("PropertyCardWrapper__StyledPriceLine", "16e8gqd", 1, HS_SRP)} {_alpha_hash("price")}">${home[3]:,}</span></div></div>
              </div>
              <div class="{_sc("StyledPropertyCardDataArea", "10i1r6", 0)} {_alpha_hash("details-area")}">{_hs_details(home)}</div>
              <div class="{_sc("StyledPropertyCardDataArea", "10i1r6", 0)} {_alpha_hash("broker-area")}">LISTING BY: {esc(home[9])}</div>
            </div>
            <div class="{_sc("StyledPropertyCardPhotoWrapper", "kxodkr")}">
              <div class="{_sc("StyledPropertyCardPhotoHeader", "1pwx1pk")}">
                <div class="{_sc("StyledPropertyCardBadgeArea", "wncxdy")}">{badges}</div>
                <button class="{_sc("StyledHeartButton", "1cfmnmm")}" aria-label="Save" aria-pressed="false" type="button"><svg viewBox="0 0 32 32" aria-hidden="true" focusable="false" role="img" class="{_sc("Icon", "13ffj9o")}"><title>Save this home</title><path d="M27.66 6.19a7.85 7.85 0 00-11 .13L16 7l-.65-.66a7.85 7.85 0 00-11-.13 8.23 8.23 0 00.09 11.59l.42.42L16 29.5l11.14-11.28.42-.42a8.23 8.23 0 00.1-11.61z"></path></svg></button>
              </div>
              <div class="{_sc("StyledPropertyCardPhotoBody", "1ab2x07")}" aria-roledescription="carousel" aria-label="Photos of {esc(_hs_address(home))}">
                <a href="{_hs_url(home)}" tabindex="-1" class="{_sc("Anchor", "hn4bge")} {_alpha_hash("photo-anchor")}"><picture><source type="image/webp" srcset="{_hs_photo(zpid, 1).replace(".jpg", ".webp")}"><img src="{_hs_photo(zpid, 1)}" alt="{esc(_hs_address(home))}" class="{_sc("Image", "1rtmhsc")}"{lazy}></picture></a>
                <button class="{_sc("StyledCarouselButton", "6x4cm9")}" aria-label="Go to previous photo" type="button"></button><button class="{_sc("StyledCarouselButton", "6x4cm9", 1)}" aria-label="Go to next photo" type="button"></button>
                <div class="{_sc("StyledPhotoIndicator", "ilsvvn")}" aria-hidden="true">1 of {photos}</div>
              </div>
            </div>
          </article>
        </div>
      </li>"""


def _hs_nav_ad() -> str:
    return f"""
      <li class="{_sc("ListItem", "13rwu5a")} {_sc("StyledListCardWrapper", "wtsrtn", kit=HS_SRP)}"><div id="nav-ad-container" class="nav-ad-container"><div class="nav-ad-empty"></div></div></li>"""


def _hs_loans_ad() -> str:
    return f"""
      <li class="{_sc("ListItem", "13rwu5a")} {_sc("StyledListCardWrapper", "wtsrtn", kit=HS_SRP)}">
        <div class="{_sc("StyledCard", "rmiu6p")} {_sc("StyledPromoCard", "b8fmnq", kit=HS_SRP)}" data-test="search-list-promo">
          <div class="{_sc("Text", "aiai24")}">Homescout Home Loans</div>
          <h3 class="{_sc("Heading", "ajpj7k")}">Find out how much house you can afford</h3>
          <p class="{_sc("Text", "aiai24", 1)}">Get pre-qualified in as little as 3 minutes. It won't affect your credit score.</p>
          <a href="/homeloans/pre-qualify/?source=SRP_card" class="{_sc("StyledTextButton", "n1gugh")}">Get pre-qualified</a>
          <p class="{_sc("Text", "aiai24", 2)}">Homescout Home Loans, LLC is an Equal Housing Lender. NMLS #10287.</p>
        </div>
      </li>"""


def _hs_placeholder() -> str:
    return f"""
      <li class="{_sc("ListItem", "13rwu5a")} {_sc("StyledListCardWrapper", "wtsrtn", kit=HS_SRP)}"><div data-renderstrat="timeout" class="{_sc("StyledCard", "rmiu6p")}"><div class="{_sc("StyledPropertyCardSkeleton", "1hxgphz", kit=HS_SRP)}" aria-hidden="true"></div></div></li>"""


def _hs_page_path(number: int) -> str:
    return f"/{HS_PATH}" if number == 1 else f"/{HS_PATH}{number}_p/"


def _hs_pagination(number: int, total: int) -> str:
    prev_attrs = 'aria-disabled="true" tabindex="-1"' if number == 1 else f'href="{_hs_page_path(number - 1)}"'
    next_attrs = 'aria-disabled="true" tabindex="-1"' if number == total else f'href="{_hs_page_path(number + 1)}"'
    items = [
        f'<li class="{_sc("PaginationJumpItem", "18wdg2l")}"><a rel="prev" {prev_attrs} title="Previous page" class="{_sc("StyledButton", "wpcbcc")}"><svg viewBox="0 0 32 32" aria-hidden="true" focusable="false" role="img"><title>Previous page</title><path d="M22.41 28.23a2 2 0 01-1.41-.59l-10.23-10.23a2 2 0 010-2.82L21 4.36"></path></svg></a></li>'
    ]
    for n in range(1, total + 1):
        current = ' aria-current="page" aria-pressed="true"' if n == number else ' aria-pressed="false"'
        items.append(
            f'<li class="{_sc("PaginationNumberItem", "bnmlxt")}"><a href="{_hs_page_path(n)}"{current} title="Page {n}" class="{_sc("StyledButton", "wpcbcc")}">{n}</a></li>'
        )
    items.append(
        f'<li class="{_sc("PaginationJumpItem", "18wdg2l")}"><a rel="next" {next_attrs} title="Next page" class="{_sc("StyledButton", "wpcbcc")}"><svg viewBox="0 0 32 32" aria-hidden="true" focusable="false" role="img"><title>Next page</title><path d="M9.59 28.23a2 2 0 001.41-.59l10.23-10.23a2 2 0 000-2.82L11 4.36"></path></svg></a></li>'
    )
    return f"""<div class="search-pagination">
          <nav role="navigation" aria-label="Pagination" class="{_sc("StyledPagination", "1xgnyy5")}"><ul class="{_sc("PaginationList", "14rlw6v")}">{"".join(items)}</ul></nav>
          <div class="{_sc("Text", "aiai24")} total-text">Page {number} of {total}</div>
        </div>"""


def _hs_next_data(number: int, total: int, homes: list[Any]) -> str:
    results = []
    for home in homes:
        lat, lng = _hs_latlong(home)
        flex = next((b for b in home[10] if "days on" in b or "day on" in b), None)
        result: dict[str, Any] = {
            "zpid": str(home[0]),
            "id": str(home[0]),
            "rawHomeStatusCd": "ForSale",
            "marketingStatusSimplifiedCd": "Coming Soon" if home[8] == "Coming soon" else "For Sale by Agent",
            "imgSrc": _hs_photo(home[0], 1),
            "hasImage": True,
            "detailUrl": _hs_url(home),
            "statusType": "FOR_SALE",
            "statusText": home[8],
            "price": f"${home[3]:,}",
            "unformattedPrice": home[3],
            "address": _hs_address(home),
            "addressStreet": home[1],
            "addressCity": "Austin",
            "addressState": "TX",
            "addressZipcode": home[2],
            "beds": home[4],
            "baths": home[5],
            "area": home[6],
            "latLong": {"latitude": lat, "longitude": lng},
            "isZillowOwned": False,
            "flexFieldText": flex,
            "brokerName": home[9],
            "isFavorite": False,
        }
        results.append({k: v for k, v in result.items() if v is not None})
    state = {
        "props": {
            "pageProps": {
                "searchPageState": {
                    "queryState": {
                        "pagination": {} if number == 1 else {"currentPage": number},
                        "usersSearchTerm": "Austin, TX",
                        "regionSelection": [{"regionId": 10221, "regionType": 6}],
                        "isMapVisible": True,
                        "filterState": {"sort": {"value": "globalrelevanceex"}},
                        "isListVisible": True,
                    },
                    "cat1": {
                        "searchResults": {"listResults": results, "mapResults": []},
                        "searchList": {"totalResultCount": len(HS_HOMES), "totalPages": total, "resultsPerPage": 9},
                    },
                },
                "pageKey": "srp",
            }
        },
        "page": "/search/SearchPage",
        "buildId": "sp-" + _hash("build", 8),
    }
    return json.dumps(state).replace("</", "<\\/")


def _hs_page(number: int, total: int, homes: list[Any]) -> str:
    cards = []
    for index, home in enumerate(homes):
        cards.append(_hs_card(home, index))
        if index == 1:
            cards.append(_hs_nav_ad())
        if index == 5 and number == 1:
            cards.append(_hs_loans_ad())
    cards.append(_hs_placeholder())
    nearby = "".join(f'<li><a href="/{slug(city)}-tx/">{esc(city)} real estate</a></li>' for city in HS_NEARBY)
    zips = "".join(f'<li><a href="/austin-tx-{z}/">{z} real estate</a></li>' for z in HS_ZIPS)
    title_suffix = "" if number == 1 else f" | Page {number}"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Austin TX Real Estate - Austin TX Homes For Sale{title_suffix} | Homescout</title>
  <meta name="description" content="Homescout has {len(HS_HOMES)} homes for sale in Austin TX. View listing photos, review sales history, and use our detailed real estate filters to find the perfect place.">
  <link rel="canonical" href="{HS_HOST}{_hs_page_path(number)}">
  <link rel="preload" href="https://s.homescoutstatic.example/s3/pfs/static/search-page/_next/static/css/{_hash("css-srp", 16)}.css" as="style">
  <style data-styled="active" data-styled-version="5.3.11">.{_alpha_hash("StyledPropertyCardDataWrapperhfbvv90")}{{display:flex;flex-direction:column;padding:8px 12px 12px}}.{_alpha_hash("PropertyCardWrapper__StyledPriceLine16e8gqd1")}{{font-size:20px;font-weight:700}}</style>
</head>
<body class="srp-body">
<div id="__next">
  <div class="{_sc("StyledLayout", "h8rp6k", kit=HS_SRP)}">
  <header class="{_sc("StyledHeader", "7x1y0k")} hs-site-header" role="banner">
    <nav aria-label="Main" class="{_sc("StyledNav", "1u4mjqq")}">
      <ul class="{_sc("StyledNavList", "yrtvnj")}">
        <li><a href="/homes/for_sale/">Buy</a></li><li><a href="/homes/for_rent/">Rent</a></li><li><a href="/sell/">Sell</a></li><li><a href="/homeloans/">Home Loans</a></li><li><a href="/professionals/real-estate-agent-reviews/">Agent finder</a></li>
      </ul>
      <a href="/" class="{_sc("StyledLogo", "1bc3ap7")}" aria-label="Homescout real estate"><svg viewBox="0 0 125 24" aria-hidden="true"><path d="M13.9 1.6c.1-.1.3-.1.4 0"></path></svg></a>
      <ul class="{_sc("StyledNavList", "yrtvnj", 1)}">
        <li><a href="/rental-manager/">Manage Rentals</a></li><li><a href="/agent-resources/">Advertise</a></li><li><a href="https://help.homescout.example/">Help</a></li><li><a href="/user/acct/login/" rel="nofollow">Sign In</a></li>
      </ul>
    </nav>
  </header>
  <div class="search-page-react-container">
    <section class="{_sc("StyledFilterBar", "1q8p4nq", kit=HS_SRP)}" aria-label="Search filters">
      <form role="search" class="{_sc("StyledSearchBox", "1b4bkx8", kit=HS_SRP)}"><label for="srp-search-box" class="{_sc("VisuallyHidden", "hbofjb")}">Search</label><input id="srp-search-box" type="text" value="Austin, TX" placeholder="Address, neighborhood, city, ZIP" autocomplete="off"><button type="submit" aria-label="Submit search"></button></form>
      <button type="button" class="{_sc("StyledFilterButton", "2tnccf", kit=HS_SRP)}" aria-expanded="false">For Sale</button>
      <button type="button" class="{_sc("StyledFilterButton", "2tnccf", kit=HS_SRP)}" aria-expanded="false">Price</button>
      <button type="button" class="{_sc("StyledFilterButton", "2tnccf", kit=HS_SRP)}" aria-expanded="false">Beds &amp; Baths</button>
      <button type="button" class="{_sc("StyledFilterButton", "2tnccf", kit=HS_SRP)}" aria-expanded="false">Home Type</button>
      <button type="button" class="{_sc("StyledFilterButton", "2tnccf", kit=HS_SRP)}" aria-expanded="false">More</button>
      <button type="button" class="{_sc("StyledSaveSearchButton", "1fgm2ej", kit=HS_SRP)}">Save search</button>
    </section>
    <div class="search-page-container">
      <div id="search-page-map-container" class="search-page-map-container">
        <div class="search-page-map" aria-label="Interactive map" role="region"><div class="map-loading">Loading…</div><div class="map-controls"><button type="button" aria-label="Zoom in">+</button><button type="button" aria-label="Zoom out">−</button><button type="button">Remove Boundary</button></div></div>
      </div>
      <div id="search-page-list-container" class="search-page-list-container">
        <div class="search-page-list-header">
          <h1 class="{_sc("Text", "aiai24")} search-title">Austin TX Real Estate &amp; Homes For Sale</h1>
          <div class="search-subtitle"><span class="result-count">{len(HS_HOMES)} results</span><div class="sort-options"><button type="button" class="{_sc("StyledTextButton", "n1gugh")}" aria-haspopup="listbox">Sort: Homes for You</button></div></div>
        </div>
        <div id="grid-search-results" class="result-list-container">
          <ul class="{_sc("List", "1smrmqp")} {_sc("StyledSearchListWrapper", "1ieen0c", kit=HS_SRP)} photo-cards photo-cards_extra-attribution">{"".join(cards)}
          </ul>
        </div>
        {_hs_pagination(number, total)}
        <div class="search-page-list-footer">
          <p class="{_sc("Text", "aiai24", 3)}">Homescout Group is committed to ensuring digital accessibility for individuals with disabilities. We are continuously working to improve the accessibility of our web experience for everyone, and we welcome feedback and accommodation requests.</p>
          <div class="seo-links">
            <h2>Nearby cities</h2><ul class="seo-link-list">{nearby}</ul>
            <h2>Nearby ZIP codes</h2><ul class="seo-link-list">{zips}</ul>
          </div>
        </div>
      </div>
    </div>
  </div>
  <footer class="{_sc("StyledFooter", "15k8jt5")} hs-site-footer" role="contentinfo">
    <ul class="{_sc("StyledFooterLinks", "1rcgy4n")}"><li><a href="/corp/About.htm">About</a></li><li><a href="/homescout-estimates/">Estimates</a></li><li><a href="/research/">Research</a></li><li><a href="/careers/">Careers</a></li><li><a href="/help/">Help</a></li><li><a href="/advertise/">Advertise</a></li><li><a href="/fair-housing-guide/">Fair Housing Guide</a></li><li><a href="/terms/">Terms of use</a></li><li><a href="/privacy-portal/">Privacy Portal</a></li><li><a href="/cookie-preference/">Cookie Preference</a></li><li><a href="/mobile-apps/">Mobile Apps</a></li></ul>
    <p>Homescout, Inc. holds real estate brokerage licenses in multiple states. Homescout (Canada), Inc. holds real estate brokerage licenses in multiple provinces. §442-H New York Standard Operating Procedures · §New York Fair Housing Notice · TREC: Information about brokerage services, Consumer protection notice.</p>
    <p>© 2006-2025 Homescout</p>
  </footer>
  </div>
</div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">We use cookies to personalize content and ads, to provide social media features and to analyze our traffic. <a href="/cookie-preference/">Cookie Policy</a></p><button id="onetrust-accept-btn-handler" type="button">Accept All Cookies</button><button id="onetrust-pc-btn-handler" type="button">Cookie Settings</button></div></div>
<script id="__NEXT_DATA__" type="application/json">{_hs_next_data(number, total, homes)}</script>
<script src="https://s.homescoutstatic.example/s3/pfs/static/search-page/_next/static/chunks/pages/_app-{_hash("app-js", 16)}.js" defer></script>
</body>
</html>"""


@twelfth
def build_homescout() -> None:
    s = Site(
        "homescout",
        kind="real-estate search results (Zillow 2024–25: styled-components c11n class names, ul.photo-cards of article[data-test=property-card], address / price / '<b>3</b> bds' details + bare ' - House for sale', 'LISTING BY:' broker line, badges, per-card JSON-LD, nav-ad / promo / placeholder items, __NEXT_DATA__, /2_p/ pages)",
        start=HS_PATH,
        description="Zillow's for-sale search /homes/for_sale/Austin,-TX_rb/ as served in 2024–2025 (Next.js, styled-components from the c11n kit: 'StyledPropertyCardDataWrapper-c11n-8-107-0__sc-hfbvv9-0 gaxYWW' class pairs beside a few stable words): header, search box and filter buttons, map pane, 'Austin TX Real Estate & Homes For Sale', '26 results', 'Sort: Homes for You'; ul.photo-cards of li items holding per-card JSON-LD (SingleFamilyResidence / Apartment with floor size, address, geo, url; an Event for open houses) and article[data-test=property-card]#zpid_N: a[data-test=property-card-link] (absolute https://www.homescout.example/homedetails/<address>/<zpid>_zpid/) around address[data-test=property-card-addr], span[data-test=property-card-price] '$525,000', a ul of '<b>3</b> <abbr>bds</abbr>' / ba / sqft items followed by the bare text ' - House for sale' (lots: '<b>0.26</b> <abbr>acres lot</abbr>'), 'LISTING BY: <broker>', then a photo area with badges ('3 days on Homescout', 'Price cut: $10K (3/1)', 'Open: Sat 1-3pm', 'Showcase'), a save heart, carousel buttons and '1 of 24'; an empty #nav-ad-container item after the second card, a 'Homescout Home Loans' pre-qualification card on page 1, an empty lazy-render placeholder li at the end; a Pagination nav (Previous page / 1 2 3 / Next page) of /homes/for_sale/Austin,-TX_rb/N_p/ links and 'Page 1 of 3'; SEO link lists, the footer, a OneTrust banner and __NEXT_DATA__ with searchPageState.cat1.searchResults.listResults. URLs are written down absolute, as linked.",
    )
    pages = chunks(HS_HOMES, [9, 9, 8])
    for number, homes in enumerate(pages, 1):
        s.list_page(f"{_hs_page_path(number).lstrip('/')}index.html", _hs_page(number, len(pages), homes))
    for home in HS_HOMES:
        s.expect(
            {
                "address": _hs_address(home),
                "url": _hs_url(home),
                "price": home[3],
                "currency": "USD",
                "beds": home[4],
                "baths": home[5],
                "sqft": home[6],
                "status": home[8],
                "broker": home[9],
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# launchpad: Product Hunt's home page leaderboard (2024–2025).
# ---------------------------------------------------------------------------------------------------

LP_TODAY = date(2025, 3, 24)
# (post id, name, tagline, topics, comments, votes)
LP_TODAY_POSTS: list[tuple[int, str, str, list[str], int, int]] = [
    (
        912345,
        "Notewise",
        "Turn every meeting into searchable notes",
        ["Productivity", "Meetings", "Artificial Intelligence"],
        58,
        612,
    ),
    (
        912377,
        "Pixelmint",
        "Generate on-brand product photos in seconds",
        ["Design Tools", "Marketing", "Artificial Intelligence"],
        41,
        534,
    ),
    (911980, "Loopback 2.0", "Collect, tag and close customer feedback loops", ["SaaS", "Customer Success"], 37, 482),
    (
        912102,
        "Fathom Deck",
        "Pitch decks that write themselves from your data",
        ["Presentations", "Productivity"],
        29,
        417,
    ),
    (912211, "Quillbox", "A calm inbox for newsletters", ["Email", "Reading"], 44, 395),
    (
        911874,
        "Stackpilot",
        "Deploy full-stack apps from a single YAML file",
        ["Developer Tools", "Open Source"],
        26,
        361,
    ),
    (912460, "Tidy Tabs", "Your browser tabs, grouped and asleep", ["Chrome Extensions", "Productivity"], 33, 338),
    (
        912018,
        "Cadence for Teams",
        "Async stand-ups in Slack that people actually read",
        ["Slack", "Remote Work", "Productivity"],
        21,
        305,
    ),
    (
        912533,
        "Murmur",
        "Private voice journaling with on-device AI",
        ["iOS", "Health & Fitness", "Artificial Intelligence"],
        39,
        287,
    ),
    (
        911902,
        "Ledgerly",
        "Bookkeeping for freelancers, done in five minutes a month",
        ["Fintech", "Freelance"],
        18,
        264,
    ),
    (912290, "Orbitdocs", "API docs your users will actually enjoy", ["Developer Tools", "API"], 15, 241),
    (912604, "Plotline", "Interactive charts from a spreadsheet link", ["Data Visualization", "Analytics"], 12, 226),
    (911955, "Sprout Sense", "Soil sensors that text you when plants are thirsty", ["Hardware", "Home"], 27, 213),
    (
        912148,
        "Hushly",
        "Noise cancelling for your video calls, without the CPU",
        ["Mac", "Audio", "Remote Work"],
        19,
        198,
    ),
    (
        912387,
        "Parcelpath",
        "Track every parcel from every carrier in one place",
        ["iOS", "Android", "Shopping"],
        11,
        182,
    ),
    (
        912071,
        "Keymap Studio",
        "Design and flash custom keyboard layouts visually",
        ["Developer Tools", "Hardware"],
        23,
        171,
    ),
    (912519, "Brieflet", "Summaries of long Slack threads, on demand", ["Slack", "Artificial Intelligence"], 9, 158),
    (911933, "Roamkit", "Plan group trips without the spreadsheet", ["Travel", "Productivity"], 14, 147),
    (912655, "Glyphsmith", "Turn sketches into variable fonts", ["Design Tools", "Typography"], 8, 133),
    (912244, "Shipnote", "Changelogs your customers will read", ["SaaS", "Marketing"], 7, 121),
    (
        912001,
        "Focusbell",
        "A Pomodoro timer that blocks distractions on every device",
        ["Productivity", "Mac"],
        10,
        109,
    ),
    (
        912312,
        "Querybird",
        "Ask your Postgres database questions in plain English",
        ["Developer Tools", "Artificial Intelligence", "Databases"],
        13,
        98,
    ),
    (912580, "Habitvault", "Habit tracker with streak insurance", ["iOS", "Health & Fitness"], 6, 84),
    (912199, "Tallyhive", "Split shared bills with housemates automatically", ["Fintech", "Android"], 5, 72),
]
LP_YESTERDAY_POSTS: list[tuple[int, str, str, list[str], int, int]] = [
    (911402, "Driftboard", "Infinite canvas for product roadmaps", ["Productivity", "Design Tools", "SaaS"], 73, 1024),
    (
        911366,
        "Codewhisk",
        "AI code review that learns your team's style",
        ["Developer Tools", "GitHub", "Artificial Intelligence"],
        64,
        702,
    ),
    (911510, "Pantryful", "Meal plans from what's already in your fridge", ["Food & Drink", "iOS"], 48, 566),
    (911288, "Relaymail", "Transactional email with a visual template builder", ["Email", "Developer Tools"], 31, 443),
    (911455, "Moodring", "Team pulse surveys in under 30 seconds", ["Human Resources", "Slack"], 22, 390),
]
LP_PROMOTED = [
    (
        "Framelane",
        "Build and launch websites without writing code",
        "https://framelane.example/?utm_source=launchpad&utm_medium=promoted",
    ),
    ("Pagepilot CRM", "The CRM that fills itself in", "https://pagepilot.example/crm?ref=launchpad"),
]
LP_THREADS = [
    ("What's your go-to stack for a weekend launch?", "p/general", 48, 112),
    ("How do you get your first 100 users in 2025?", "p/growth", 36, 87),
    ("Show us what you shipped this week 🚢", "p/makers", 29, 64),
    ("Is anyone still building browser extensions?", "p/developers", 17, 41),
]
LP_PER_PAGE = 10
LP_VIDEO_THUMB = {912533}

_LP_COMMENT_SVG = '<svg width="16" height="16" viewBox="0 0 16 16" fill="none" xmlns="http://www.w3.org/2000/svg" class="text-light-gray transition-all duration-300 group-hover:text-brand-500"><path d="M2.667 12.667v-8a2 2 0 0 1 2-2h6.666a2 2 0 0 1 2 2v4a2 2 0 0 1-2 2h-4.666L2.667 12.667Z" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round"></path></svg>'
_LP_VOTE_SVG = '<svg width="16" height="16" viewBox="0 0 16 16" fill="none" xmlns="http://www.w3.org/2000/svg" class="transition-all duration-300 group-hover:stroke-brand-500"><path d="M6.579 3.467c.71-1.067 2.132-1.067 2.842 0L12.975 8.8c.878 1.318.043 3.2-1.422 3.2H4.447c-1.464 0-2.3-1.882-1.421-3.2z" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round"></path></svg>'


def _lp_slug(name: str) -> str:
    return str(slug(name))


def _lp_thumb(post_id: int, name: str) -> str:
    if post_id in LP_VIDEO_THUMB:
        return f'<video autoplay loop muted playsinline class="rounded-xl" width="48" height="48" poster="https://ph-files.imgix.example/{_hash(name, 8)}-{_hash(str(post_id), 4)}.gif?auto=format&amp;frame=1&amp;w=48&amp;h=48"><source src="https://ph-files.imgix.example/{_hash(name, 8)}-{_hash(str(post_id), 4)}.mp4" type="video/mp4"></video>'
    src = f"https://ph-files.imgix.example/{_hash(name, 8)}-{_hash(str(post_id), 4)}-4{_hash(name + 'x', 3)}-{_hash(name + 'y', 12)}.png?auto=compress&amp;codec=mozjpeg&amp;cs=strip&amp;auto=format&amp;w=48&amp;h=48&amp;fit=crop&amp;frame=1"
    return f'<img loading="lazy" alt="{esc(name)}" class="rounded-xl" width="48" height="48" src="{src}&amp;dpr=1" srcset="{src}&amp;dpr=1 1x, {src}&amp;dpr=2 2x, {src}&amp;dpr=3 3x">'


def _lp_topics(topics: list[str]) -> str:
    parts = []
    for n, topic in enumerate(topics):
        if n:
            parts.append('<span class="text-14 text-light-gray">•</span>')
        parts.append(
            f'<a class="text-14 font-normal text-light-gray hover:underline" href="/topics/{slug(topic)}">{esc(topic)}</a>'
        )
    return "".join(parts)


def _lp_row(post: tuple[Any, ...], rank: int) -> str:
    post_id, name, tagline, topics, comments, votes = post
    href = f"/posts/{_lp_slug(name)}"
    return f"""
          <section class="group relative isolate flex flex-row items-start gap-4 rounded-xl py-4 transition-all duration-300 sm:items-center sm:gap-6 sm:p-4 sm:hover:bg-gray-50" data-test="post-item-{post_id}">
            <a href="{href}" class="flex-none" tabindex="-1" aria-hidden="true">{_lp_thumb(post_id, name)}</a>
            <div class="flex min-w-0 flex-1 flex-col items-start gap-1">
              <span class="text-16 font-semibold text-dark-gray"><a data-test="post-name-{post_id}" class="hover:underline" href="{href}">{rank}. {esc(name)}</a></span>
              <a class="text-16 font-normal text-secondary" href="{href}">{esc(tagline)}</a>
              <div class="flex flex-row flex-wrap items-center gap-2">{_lp_topics(topics)}</div>
            </div>
            <div class="flex flex-none flex-row gap-2">
              <button type="button" class="group flex h-12 w-12 flex-col items-center justify-center gap-1 rounded-xl border-2 border-gray-200 bg-white transition-all duration-300 hover:border-brand-500">{_LP_COMMENT_SVG}<p class="text-14 font-semibold leading-none text-dark-gray">{comments:,}</p></button>
              <button type="button" data-test="vote-button" class="group flex h-12 w-12 flex-col items-center justify-center gap-1 rounded-xl border-2 border-gray-200 bg-white transition-all duration-300 hover:border-brand-500"><div class="flex flex-col items-center">{_LP_VOTE_SVG}<p class="text-14 font-semibold leading-none text-dark-gray">{votes:,}</p></div></button>
            </div>
          </section>"""


def _lp_promoted(ad: tuple[str, str, str]) -> str:
    name, tagline, href = ad
    return f"""
          <section class="group relative isolate flex flex-row items-start gap-4 rounded-xl py-4 transition-all duration-300 sm:items-center sm:gap-6 sm:p-4 sm:hover:bg-gray-50" data-test="promoted-post">
            <a href="{esc(href)}" class="flex-none" tabindex="-1" aria-hidden="true" rel="noopener sponsored" target="_blank">{_lp_thumb(0, name)}</a>
            <div class="flex min-w-0 flex-1 flex-col items-start gap-1">
              <span class="text-16 font-semibold text-dark-gray"><a class="hover:underline" href="{esc(href)}" rel="noopener sponsored" target="_blank">{esc(name)}</a></span>
              <a class="text-16 font-normal text-secondary" href="{esc(href)}" rel="noopener sponsored" target="_blank">{esc(tagline)}</a>
              <div class="flex flex-row flex-wrap items-center gap-2"><span class="text-12 font-semibold uppercase text-light-gray">Promoted</span></div>
            </div>
            <div class="flex flex-none flex-row gap-2">
              <a href="{esc(href)}" rel="noopener sponsored" target="_blank" class="flex h-12 flex-row items-center justify-center rounded-xl border-2 border-gray-200 bg-white px-4 text-14 font-semibold text-dark-gray">Visit</a>
            </div>
          </section>"""


def _lp_page_path(number: int) -> str:
    return "/" if number == 1 else f"/?page={number}"


def _lp_leaderboard(day: date) -> str:
    return f"/leaderboard/daily/{day.year}/{day.month}/{day.day}/all"


def _lp_sidebar() -> str:
    threads = "".join(
        f"""<div class="flex flex-col gap-1 border-b border-gray-100 py-3"><a href="/{forum}/{slug(title)}" class="text-14 font-semibold text-dark-gray hover:underline">{esc(title)}</a><div class="flex flex-row items-center gap-2 text-12 text-light-gray"><a href="/{forum}" class="hover:underline">{forum}</a><span>•</span><span>{votes} upvotes</span><span>•</span><span>{comments} comments</span></div></div>"""
        for title, forum, votes, comments in LP_THREADS
    )
    return f"""<aside class="hidden w-[360px] flex-none flex-col gap-10 lg:flex">
        <div class="flex flex-col">
          <div class="mb-2 flex flex-row items-center justify-between"><h2 class="text-18 font-semibold text-dark-gray">Trending Forum Threads</h2><a href="/discussions" class="text-14 font-semibold text-brand-500">View all</a></div>
          {threads}
        </div>
        <div class="flex flex-col gap-3 rounded-xl bg-gray-50 p-6">
          <h2 class="text-18 font-semibold text-dark-gray">Get the best of Launchpad, daily</h2>
          <p class="text-14 text-secondary">The top launches, hand-picked stories and maker news in your inbox every morning.</p>
          <form class="flex flex-row gap-2" action="/newsletter/subscribe" method="post"><input type="email" name="email" placeholder="Your email" class="flex-1 rounded-lg border border-gray-200 px-3 py-2 text-14"><button type="submit" class="rounded-lg bg-brand-500 px-4 py-2 text-14 font-semibold text-white">Subscribe</button></form>
        </div>
      </aside>"""


def _lp_page(number: int, total: int, today: list[Any], first_rank: int) -> str:
    rows = []
    for n, post in enumerate(today):
        rows.append(_lp_row(post, first_rank + n))
        if n == 2 and number <= len(LP_PROMOTED):
            rows.append(_lp_promoted(LP_PROMOTED[number - 1]))
    more = ""
    if number < total:
        more = f'<a href="{_lp_page_path(number + 1)}" class="flex flex-row items-center justify-center rounded-full border-2 border-gray-200 bg-white px-6 py-3 text-14 font-semibold text-dark-gray hover:border-gray-300">Show more</a>'
    yesterday = ""
    if number == 1:
        yesterday_rows = "".join(_lp_row(post, n) for n, post in enumerate(LP_YESTERDAY_POSTS, 1))
        yesterday = f"""
        <div class="mt-12 flex flex-col">
          <h2 class="text-24 font-semibold text-dark-gray">Yesterday's Top Products</h2>
          <div class="flex flex-col">{yesterday_rows}
          </div>
          <a href="{_lp_leaderboard(LP_TODAY - timedelta(days=1))}" class="mt-4 flex flex-row items-center justify-center rounded-full border-2 border-gray-200 bg-white px-6 py-3 text-14 font-semibold text-dark-gray">See all of yesterday's top products</a>
        </div>"""
    return f"""<!DOCTYPE html>
<html lang="en" class="h-full">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Launchpad – The best new products in tech.{"" if number == 1 else f" (page {number})"}</title>
  <meta name="description" content="Launchpad is a curation of the best new products, every day. Discover the latest mobile apps, websites, and technology products that everyone's talking about.">
  <meta property="og:site_name" content="Launchpad">
  <link rel="canonical" href="https://www.launchpad.example{_lp_page_path(number)}">
  <link rel="stylesheet" href="/_next/static/css/{_hash("tailwind", 16)}.css">
</head>
<body class="h-full bg-white font-sans antialiased">
<div id="__next">
  <header class="sticky top-0 z-50 border-b border-gray-100 bg-white/95 backdrop-blur">
    <div class="mx-auto flex h-16 max-w-7xl flex-row items-center gap-4 px-4 sm:px-6">
      <a href="/" aria-label="Launchpad home" class="flex-none"><svg width="40" height="40" viewBox="0 0 40 40" aria-hidden="true"><circle cx="20" cy="20" r="20" fill="#DA552F"></circle></svg></a>
      <div class="relative hidden max-w-[260px] flex-1 md:flex"><input type="search" class="w-full rounded-full bg-gray-50 px-10 py-2 text-14" placeholder="Search ( ⌘ + k )" aria-label="Search"></div>
      <nav class="hidden flex-row items-center gap-6 lg:flex" aria-label="Main">
        <div class="group relative"><button type="button" class="text-16 font-medium text-secondary">Launches</button><div class="invisible absolute left-0 top-8 flex flex-col gap-2 rounded-xl bg-white p-4 shadow-lg group-hover:visible"><a href="/all" class="text-14">Launch archive</a><a href="/launch" class="text-14">Launch guide</a></div></div>
        <a href="/categories" class="text-16 font-medium text-secondary">Products</a>
        <div class="group relative"><button type="button" class="text-16 font-medium text-secondary">News</button><div class="invisible absolute left-0 top-8 flex flex-col gap-2 rounded-xl bg-white p-4 shadow-lg group-hover:visible"><a href="/newsletters" class="text-14">Newsletter</a><a href="/stories" class="text-14">Stories</a><a href="/changes" class="text-14">Changelog</a></div></div>
        <a href="/discussions" class="text-16 font-medium text-secondary">Forums</a>
        <a href="/sponsor" class="text-16 font-medium text-secondary">Advertise</a>
      </nav>
      <div class="ml-auto flex flex-row items-center gap-3"><a href="/newsletters" class="hidden text-14 font-semibold text-secondary sm:block">Subscribe</a><a href="/login" class="rounded-full bg-brand-500 px-4 py-2 text-14 font-semibold text-white">Sign in</a></div>
    </div>
  </header>
  <main class="mx-auto flex max-w-7xl flex-row gap-12 px-4 py-10 sm:px-6">
    <div class="flex min-w-0 flex-1 flex-col">
      <div class="flex flex-col">
        <h1 class="text-24 font-semibold text-dark-gray">Top Products Launching Today</h1>
        <div class="flex flex-col">{"".join(rows)}
        </div>
        <div class="mt-4 flex flex-col gap-3">
          {more}
          <a href="{_lp_leaderboard(LP_TODAY)}" class="flex flex-row items-center justify-center rounded-full border-2 border-gray-200 bg-white px-6 py-3 text-14 font-semibold text-dark-gray">See all of today's products</a>
        </div>
      </div>{yesterday}
    </div>
    {_lp_sidebar()}
  </main>
  <footer class="border-t border-gray-100 bg-white">
    <div class="mx-auto flex max-w-7xl flex-row flex-wrap gap-x-6 gap-y-2 px-4 py-8 text-14 text-light-gray sm:px-6">
      <a href="/about">About</a><a href="/faq">FAQs</a><a href="/legal">Terms</a><a href="/privacy">Privacy and Cookies</a><a href="https://twitter.example/launchpad">X.com</a><a href="https://www.linkedin.example/company/launchpad">LinkedIn</a><a href="/apps">Apps</a><a href="/sponsor">Advertise</a><span>© 2025 Launchpad</span>
    </div>
  </footer>
  <div class="fixed bottom-4 left-4 z-50 flex max-w-md flex-col gap-3 rounded-xl border border-gray-200 bg-white p-4 shadow-lg" role="dialog" aria-label="Cookie notice"><p class="text-14 text-secondary">We use cookies to improve your experience and for analytics. Learn more in our <a href="/privacy" class="underline">Privacy Policy</a>.</p><div class="flex flex-row gap-2"><button type="button" class="rounded-full bg-brand-500 px-4 py-2 text-14 font-semibold text-white">Accept</button><button type="button" class="rounded-full border border-gray-200 px-4 py-2 text-14 font-semibold text-dark-gray">Decline</button></div></div>
</div>
<script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{}}}},"page":"/","query":{{{"" if number == 1 else f'"page":"{number}"'}}},"buildId":"{_hash("lp-build", 21)}","isFallback":false,"gssp":true}}</script>
</body>
</html>"""


@twelfth
def build_launchpad() -> None:
    s = Site(
        "launchpad",
        kind="product launch leaderboard (Product Hunt 2024–25 home page: Tailwind-only classes, section[data-test=post-item-N] rows, '1. Name' with the rank in the link, tagline link, topic links joined by '•', comment and vote buttons with bare counts, a Promoted row, day sections, 'Show more' via ?page=N)",
        start="/",
        description="Product Hunt's home page as served in 2024–2025 (Next.js, Tailwind utility classes only): the header (logo, 'Search ( ⌘ + k )', Launches / Products / News / Forums / Advertise menus, Subscribe, Sign in), 'Top Products Launching Today' with section[data-test=post-item-N] rows: a thumbnail link (img alt = the name; a video on one), a[data-test=post-name-N] '1. Notewise' with the rank inside the text, the tagline as a second link, topic links with '•' separator spans, a comments button (svg + '58') and a vote button (data-test=vote-button, svg + '612', '1,024'); a 'Promoted' row (section[data-test=promoted-post], no rank, 'Promoted' instead of topics, 'Visit') after the third row on pages 1 and 2; 'Show more' (/?page=2, /?page=3) and 'See all of today's products' (/leaderboard/daily/2025/3/24/all); on page 1 'Yesterday's Top Products' ranked 1–5 again with its own 'See all' link; a right column of 'Trending Forum Threads' (title, forum, upvotes, comments) and a newsletter box; the footer, a cookie notice, __NEXT_DATA__. Ten, ten and four of today's products, yesterday's five on page 1. Titles are written down without the rank; topics as lists.",
    )
    pages = chunks(LP_TODAY_POSTS, [LP_PER_PAGE, LP_PER_PAGE, len(LP_TODAY_POSTS) - 2 * LP_PER_PAGE])
    rank = 1
    for number, posts in enumerate(pages, 1):
        text = _lp_page(number, len(pages), posts, rank)
        s.list_page("index.html" if number == 1 else f"@page={number}", text)
        rank += len(posts)
    for rank, post in [*enumerate(LP_TODAY_POSTS, 1), *enumerate(LP_YESTERDAY_POSTS, 1)]:
        _id, name, tagline, topics, comments, votes = post
        s.expect(
            {
                "rank": rank,
                "title": name,
                "url": f"/posts/{_lp_slug(name)}",
                "tagline": tagline,
                "topics": topics,
                "comments": comments,
                "votes": votes,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in TWELFTH.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
