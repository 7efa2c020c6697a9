"""Thirteenth wave, part C: three more well-known site families, written and measured before any heuristic
was changed for them (a used-car search, a recipe collection and an app top chart).

* **carmarket** — AutoTrader UK's used-car search (``/car-search?postcode=M1+1AE&price-to=20000``,
  Next.js with styled-components: ``at__sc-<hash>-N <hash>`` class pairs and ``data-testid`` hooks):
  the header (logo, Buy / Sell / Value / Lease / Electric / Bikes / Vans menus, Sign in), the
  filter sidebar (postcode, distance, make, model, price from/to, year, mileage, gearbox, fuel with
  counts), "2,148 results", the sort select, then ``ul[data-testid=desktop-search]`` of ``li``s, each
  a ``section[data-testid=trader-seller-listing]`` with an image carousel ("1/24"), a
  ``a[data-testid=search-listing-title]`` link (``/car-details/<15 digits>?sort=relevance&…``) around
  an ``h3`` "Volkswagen Golf", the variant ``p`` "1.5 TSI Life Euro 6 (s/s) 5dr", the price
  "£14,995", a "Great price" / "Good price" / "Fair price" indicator on most, a finance line
  "£245/mo (PCP)", an unlabelled spec ``ul`` ("2019 (69 reg)", "Hatchback", "32,000 miles", "1.5L",
  "148BHP", "Manual", "Petrol", "1 owner", "ULEZ"), the seller (dealer name + rating, or
  "Private seller") and "Manchester (12 miles)". A "Featured" listing (the first car) and a paid
  "Promoted" repeat of a page-2 car (same markup) sit on page 1, a lead-generation ad card (leasing deals "From £219/mo") and two ad slots
  in the list; a numbered ``nav[data-testid=pagination]`` over ``&page=N``; the footer and a
  consent banner. Ten, ten and six cars. Written down: title, url (with the search query every card carries), variant, price
  and currency, year, mileage, body_type, engine, power, transmission, fuel, seller, location,
  distance and price_indicator.
* **recipehub** — an Allrecipes collection (``/recipes/17562/dinner/``, Dotdash Meredith "mntl"
  components): the header (logo, search, Dinners / Meals / Ingredients / Occasions / Cuisines /
  Kitchen Tips / News menus, "Log In"), breadcrumbs, the h1 and intro, a "Popular categories"
  taxonomy nav, then ``div.mntl-taxonomysc-article-list`` of ``a.mntl-card-list-items`` cards
  (``data-doc-id``, ``data-tag`` with the card's taxonomy, ``data-ordinal``): the image, the
  ``card__content`` with a ``span.card__label`` content-type word ("Recipe" is *not* shown, only
  "Article" / "Gallery" / "Video"), ``span.card__title-text``, on recipes ``mntl-recipe-star-rating``
  of ``svg.icon-star`` / ``icon-star-half`` / ``icon-star-empty`` icons with no number, and
  "4,599 Ratings" (count + a ``span`` word), "By Chef John" on a few. Ad slots (``mntl-leaderboard``,
  ``mntl-native`` sponsored cards "Sponsored · Brand") sit in the grid; a "Load More" link
  (``?page=2``, enhanced by a script) below; the footer and a consent banner. Nine, nine and six
  cards. Written down: title, url, type (only where a label shows one), rating (stars counted),
  rating_count, author.
* **appreviews** — Google Play's top chart (``/store/apps/collection/topgrossing?hl=en_GB&gl=GB``,
  2024 Play Store: hashed Closure classes ``ULeU3b``, ``Si6A0c``, ``DdYX5``, ``wMUdtb``, ``w2kbF``):
  the top bar (logo, Games / Apps / Movies & TV / Books / Kids, search, help, account), the chart
  chips (Top free / Top grossing / Top paid) and category select, then ``div[role=list]`` of
  ``div[role=listitem]`` rows: the rank in its own ``div``, a full-row link
  (``/store/apps/details?id=<package>``) holding the icon, ``span.DdYX5`` name, a ``span.wMUdtb``
  line "Developer • Category" (bullet in its own span), a rating ``div[aria-label="Rated 4.5 stars out
  of five stars"]`` with ``span.w2kbF`` "4.5" and a star icon ligature, "Free" or "£2.99"
  (struck "£4.99" on one), flags "Contains ads" / "In-app purchases" on some. A "Suggested for you"
  sponsored row ("Ad" badge) and an ad shelf sit in the list; "See more" links ``&start=10`` /
  ``&start=20``; the footer. Ten, ten and eight apps. Written down: rank, title, url, developer,
  category, rating, price (none for "Free") and currency, flags (a list).

Run ``uv run python tests/sites/corpus/generate_thirteenth_c.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**.
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import sys
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc, slug

THIRTEENTH_C: dict[str, Callable[[], None]] = {}


def thirteenth_c(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    THIRTEENTH_C[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _letters(text: str, length: int = 6) -> str:
    """A stable mixed-case letter token, as styled-components and Closure class hashes are."""
    letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    number = zlib.crc32(text.encode()) * 7919 + zlib.crc32(text[::-1].encode())
    out = ""
    for _ in range(length):
        number, digit = divmod(number, len(letters))
        out += letters[digit]
    return out


def _consent(site: str) -> str:
    """A generic CMP consent dialog (the three families load Sourcepoint- or Funding-Choices-style ones)."""
    return f"""<div class="fc-consent-root" role="dialog" aria-modal="true" aria-label="Cookie consent"><div class="fc-dialog-container"><div class="fc-dialog">
  <h1 class="fc-dialog-headline">{esc(site)} asks for your consent to use your personal data to:</h1>
  <ul class="fc-stacks"><li>Personalised advertising and content, advertising and content measurement, audience research and services development</li><li>Store and/or access information on a device</li></ul>
  <p class="fc-dialog-body">Your personal data will be processed and information from your device (cookies, unique identifiers, and other device data) may be stored by, accessed by and shared with 143 TCF vendor(s) and 65 ad partner(s).</p>
  <div class="fc-footer-buttons"><button class="fc-button fc-cta-manage-options"><p class="fc-button-label">Manage options</p></button><button class="fc-button fc-cta-consent fc-primary-button"><p class="fc-button-label">Consent</p></button></div>
</div></div></div>"""


# ---------------------------------------------------------------------------------------------------
# carmarket: AutoTrader UK's used-car search results (2024–2025).
# ---------------------------------------------------------------------------------------------------

CM_START = "car-search?postcode=M1+1AE&price-to=20000"
CM_PER_PAGE = 10

# (id, title, variant, price, year, plate, body, miles, engine, bhp, gearbox, fuel, owners, seller, town, distance, indicator, finance)
CM_CARS: list[tuple[Any, ...]] = [
    (
        202409182736451,
        "Volkswagen Golf",
        "1.5 TSI Life Euro 6 (s/s) 5dr",
        14995,
        2019,
        "69",
        "Hatchback",
        32000,
        "1.5L",
        148,
        "Manual",
        "Petrol",
        1,
        "Bowker Volkswagen Manchester",
        "Manchester",
        3,
        "Great price",
        245,
    ),
    (
        202410023318870,
        "Ford Fiesta",
        "1.0T EcoBoost ST-Line Edition Euro 6 (s/s) 5dr",
        10490,
        2020,
        "70",
        "Hatchback",
        28410,
        "1.0L",
        94,
        "Manual",
        "Petrol",
        2,
        "Arnold Clark Stockport Vauxhall",
        "Stockport",
        7,
        "Good price",
        189,
    ),
    (
        202408291120334,
        "Toyota Yaris",
        "1.5 VVT-h Design E-CVT Euro 6 (s/s) 5dr",
        15750,
        2021,
        "21",
        "Hatchback",
        19876,
        "1.5L",
        114,
        "Automatic",
        "Petrol Hybrid",
        1,
        "Lookers Toyota Bolton",
        "Bolton",
        11,
        "Fair price",
        259,
    ),
    (
        202410057741202,
        "BMW 1 Series",
        "1.5 118i M Sport DCT Euro 6 (s/s) 5dr",
        17995,
        2019,
        "19",
        "Hatchback",
        41200,
        "1.5L",
        138,
        "Automatic",
        "Petrol",
        2,
        "Sytner BMW Manchester",
        "Manchester",
        2,
        "Good price",
        299,
    ),
    (
        202409301986543,
        "Nissan Qashqai",
        "1.3 DIG-T MH N-Connecta Euro 6 (s/s) 5dr",
        16480,
        2021,
        "71",
        "SUV",
        33050,
        "1.3L",
        138,
        "Manual",
        "Petrol Hybrid",
        1,
        None,
        "Salford",
        5,
        None,
        None,
    ),
    (
        202410110032987,
        "Kia Sportage",
        "1.6 T-GDi 2 Euro 6 (s/s) 5dr",
        13250,
        2019,
        "68",
        "SUV",
        52340,
        "1.6L",
        174,
        "Manual",
        "Petrol",
        3,
        "Vertu Kia Oldham",
        "Oldham",
        9,
        "Great price",
        219,
    ),
    (
        202407254458721,
        "Audi A3",
        "1.5 TFSI 35 Sport S Tronic Euro 6 (s/s) 5dr",
        19450,
        2020,
        "20",
        "Hatchback",
        30115,
        "1.5L",
        148,
        "Automatic",
        "Petrol",
        1,
        "Manchester Audi",
        "Manchester",
        4,
        "Fair price",
        329,
    ),
    (
        202409148829016,
        "Vauxhall Corsa",
        "1.2 SE Euro 6 5dr",
        8295,
        2020,
        "20",
        "Hatchback",
        38900,
        "1.2L",
        74,
        "Manual",
        "Petrol",
        2,
        "Evans Halshaw Vauxhall Wigan",
        "Wigan",
        17,
        "Good price",
        149,
    ),
    (
        202410016674533,
        "Tesla Model 3",
        "Long Range Auto 4WDE 4dr",
        19990,
        2019,
        "69",
        "Saloon",
        61230,
        None,
        440,
        "Automatic",
        "Electric",
        2,
        "Cinch Cars Trafford",
        "Trafford Park",
        6,
        "Great price",
        339,
    ),
    (
        202408313301477,
        "Mercedes-Benz A Class",
        "1.3 A180 Sport Executive 7G-DCT Euro 6 (s/s) 5dr",
        18750,
        2019,
        "69",
        "Hatchback",
        39870,
        "1.3L",
        134,
        "Automatic",
        "Petrol",
        1,
        "Mercedes-Benz of Stockport",
        "Stockport",
        8,
        "Fair price",
        315,
    ),
    (
        202410092214658,
        "Skoda Octavia",
        "2.0 TDI SE L DSG Euro 6 (s/s) 5dr",
        16995,
        2020,
        "70",
        "Estate",
        47500,
        "2.0L",
        148,
        "Automatic",
        "Diesel",
        1,
        "Skoda Bury",
        "Bury",
        10,
        "Good price",
        279,
    ),
    (
        202409227785310,
        "MINI Hatch",
        "1.5 Cooper Classic Steptronic Euro 6 (s/s) 3dr",
        13495,
        2019,
        "19",
        "Hatchback",
        29860,
        "1.5L",
        134,
        "Automatic",
        "Petrol",
        2,
        None,
        "Altrincham",
        12,
        "Good price",
        None,
    ),
    (
        202410048890127,
        "Hyundai Tucson",
        "1.6 T-GDi SE Nav Euro 6 (s/s) 5dr",
        15995,
        2020,
        "20",
        "SUV",
        36420,
        "1.6L",
        148,
        "Manual",
        "Petrol",
        1,
        "Hyundai Stockport",
        "Stockport",
        7,
        "Fair price",
        265,
    ),
    (
        202409075512396,
        "Peugeot 208",
        "1.2 PureTech Allure Euro 6 (s/s) 5dr",
        11250,
        2021,
        "71",
        "Hatchback",
        21300,
        "1.2L",
        99,
        "Manual",
        "Petrol",
        1,
        "Robins & Day Peugeot Manchester",
        "Manchester",
        4,
        "Great price",
        199,
    ),
    (
        202410143309881,
        "Honda Jazz",
        "1.5 h i-MMD EX eCVT Euro 6 (s/s) 5dr",
        17250,
        2020,
        "70",
        "Hatchback",
        18420,
        "1.5L",
        107,
        "Automatic",
        "Petrol Hybrid",
        1,
        "Holdcroft Honda",
        "Macclesfield",
        19,
        None,
        289,
    ),
    (
        202408226627045,
        "Volvo XC40",
        "2.0 D3 Momentum Auto Euro 6 (s/s) 5dr",
        19995,
        2019,
        "19",
        "SUV",
        55100,
        "2.0L",
        148,
        "Automatic",
        "Diesel",
        2,
        "Volvo Cars Manchester",
        "Manchester",
        5,
        "Fair price",
        335,
    ),
    (
        202409290043718,
        "Renault Clio",
        "1.0 TCe Iconic Euro 6 (s/s) 5dr",
        9495,
        2020,
        "20",
        "Hatchback",
        27650,
        "1.0L",
        99,
        "Manual",
        "Petrol",
        2,
        "Renault Rochdale",
        "Rochdale",
        13,
        "Good price",
        169,
    ),
    (
        202410109987654,
        "Seat Leon",
        "1.5 TSI EVO FR Euro 6 (s/s) 5dr",
        15495,
        2020,
        "70",
        "Hatchback",
        34780,
        "1.5L",
        148,
        "Manual",
        "Petrol",
        1,
        "Cargiant Warrington",
        "Warrington",
        18,
        "Great price",
        255,
    ),
    (
        202409187723410,
        "Mazda CX-5",
        "2.0 SKYACTIV-G Sport Nav+ Euro 6 (s/s) 5dr",
        18495,
        2019,
        "69",
        "SUV",
        44210,
        "2.0L",
        163,
        "Manual",
        "Petrol",
        2,
        None,
        "Sale",
        6,
        "Fair price",
        None,
    ),
    (
        202410036650019,
        "Land Rover Range Rover Evoque",
        "2.0 TD4 SE Tech Auto 4WD Euro 6 (s/s) 5dr",
        17995,
        2018,
        "18",
        "SUV",
        68900,
        "2.0L",
        178,
        "Automatic",
        "Diesel",
        3,
        "Stratstone Land Rover Wilmslow",
        "Wilmslow",
        12,
        "Good price",
        319,
    ),
    (
        202409252218765,
        "Ford Puma",
        "1.0T EcoBoost MHEV ST-Line Euro 6 (s/s) 5dr",
        15990,
        2021,
        "21",
        "SUV",
        24300,
        "1.0L",
        123,
        "Manual",
        "Petrol Hybrid",
        1,
        "TrustFord Manchester",
        "Manchester",
        3,
        "Great price",
        262,
    ),
    (
        202410127743209,
        "Citroen C3",
        "1.2 PureTech Shine Plus Euro 6 (s/s) 5dr",
        9990,
        2021,
        "21",
        "Hatchback",
        22150,
        "1.2L",
        82,
        "Manual",
        "Petrol",
        1,
        "Citroen Bolton",
        "Bolton",
        11,
        "Fair price",
        175,
    ),
    (
        202408308876150,
        "Nissan Leaf",
        "40kWh N-Connecta Auto 5dr",
        11495,
        2019,
        "19",
        "Hatchback",
        30990,
        None,
        148,
        "Automatic",
        "Electric",
        1,
        "Nissan Stockport",
        "Stockport",
        8,
        "Good price",
        199,
    ),
    (
        202409126632748,
        "Vauxhall Astra",
        "1.2 Turbo SRi Euro 6 (s/s) 5dr",
        10995,
        2020,
        "70",
        "Hatchback",
        36100,
        "1.2L",
        128,
        "Manual",
        "Petrol",
        2,
        "Hylands Vauxhall Eccles",
        "Eccles",
        6,
        None,
        185,
    ),
    (
        202410069912473,
        "Toyota C-HR",
        "1.8 VVT-h Design CVT Euro 6 (s/s) 5dr",
        16750,
        2019,
        "69",
        "SUV",
        39450,
        "1.8L",
        120,
        "Automatic",
        "Petrol Hybrid",
        2,
        "Jennings Toyota Bury",
        "Bury",
        10,
        "Good price",
        279,
    ),
    (
        202409053304286,
        "Fiat 500",
        "1.0 MHEV Lounge Euro 6 (s/s) 3dr",
        8750,
        2021,
        "21",
        "Hatchback",
        17600,
        "1.0L",
        69,
        "Manual",
        "Petrol Hybrid",
        1,
        None,
        "Stretford",
        4,
        "Great price",
        None,
    ),
]

CM_FEATURED = 0  # the first car of page 1 is a "Featured" listing
#: A paid "Promoted" placement on page 1 repeats a car listed in its own place on page 2.
CM_PROMOTED = 14
CM_RATINGS = {
    "Bowker Volkswagen Manchester": (4.7, 812),
    "Sytner BMW Manchester": (4.8, 1204),
    "Manchester Audi": (4.6, 930),
    "Cinch Cars Trafford": (4.5, 5310),
    "Cargiant Warrington": (4.3, 2109),
}


def _cm(component: str, part: int) -> str:
    """A styled-components class pair as AutoTrader's build emits them (``at__sc-1n64n0d-7 kRbYzM``)."""
    return f"at__sc-{_letters(component, 7).lower()}-{part} {_letters(component + str(part))}"


#: The search context every card link carries, the same on every card (kept: a person copies it).
_CM_QUERY = "sort=relevance&postcode=M1%201AE&price-to=20000&advertising-location=at_cars&fromsra"


def _cm_url(car: tuple[Any, ...]) -> str:
    return f"/car-details/{car[0]}"


def _cm_href(page: int) -> str:
    return CM_START if page == 1 else f"{CM_START}&page={page}"


def _cm_card(car: tuple[Any, ...], position: int, label: str | None) -> str:
    (
        cid,
        title,
        variant,
        price,
        year,
        plate,
        body,
        miles,
        engine,
        bhp,
        gearbox,
        fuel,
        owners,
        seller,
        town,
        distance,
        indicator,
        finance,
    ) = car
    href = f"{_cm_url(car)}?{esc(_CM_QUERY)}"
    specs = [f"{year} ({plate} reg)", body, f"{miles:,} miles"]
    if engine:
        specs.append(engine)
    specs += [f"{bhp}BHP", gearbox, fuel, f"{owners} owner{'s' if owners > 1 else ''}"]
    if fuel != "Diesel" and year >= 2019:
        specs.append("ULEZ")
    spec_html = "".join(f'<li class="{_cm("spec-item", 1)}">{esc(s)}</li>' for s in specs)
    badge = (
        f'<span class="{_cm("listing-badge", 2)}" data-testid="{label.lower()}-listing-label">{label}</span>'
        if label
        else ""
    )
    mip = (
        f'<p class="{_cm("mip", 3)}" data-testid="mip-indicator"><svg aria-hidden="true" width="12" height="12" class="{_cm("mip-icon", 1)}"><use href="#mip-{slug(indicator)}"></use></svg>{indicator}</p>'
        if indicator
        else ""
    )
    fin = (
        f'<p class="{_cm("finance", 4)}" data-testid="search-listing-finance"><span>£{finance}/mo</span> <span class="{_cm("finance", 5)}">(PCP)</span></p>'
        if finance
        else ""
    )
    if seller:
        rating = CM_RATINGS.get(seller)
        stars = (
            f'<span class="{_cm("seller-rating", 1)}" aria-label="Rated {rating[0]} out of 5"><svg aria-hidden="true" width="12" height="12"><use href="#star"></use></svg>{rating[0]}</span> <span class="{_cm("seller-rating", 2)}">({rating[1]:,} reviews)</span>'
            if rating
            else ""
        )
        seller_html = f'<p class="{_cm("seller", 1)}" data-testid="search-listing-seller">{esc(seller)}</p>{stars}'
    else:
        seller_html = f'<p class="{_cm("seller", 1)}" data-testid="search-listing-seller-type">Private seller</p>'
    photos = 8 + cid % 30
    return f"""<li class="{_cm("listing-item", 0)}" data-testid="id-{cid}">
 <section class="{_cm("listing", 0)}" data-testid="trader-seller-listing" id="{cid}" data-standout-type="{label.upper() if label else "NONE"}" data-position="{position}">
  <div class="{_cm("media", 1)}"><div class="{_cm("carousel", 0)}" data-testid="image-carousel"><a href="{href}" tabindex="-1" aria-hidden="true"><img src="https://m.atcdn.carmarket.example/a/media/w480h360/{cid:x}.jpg" alt="" loading="{"eager" if position < 3 else "lazy"}" width="480" height="360"></a>
   <span class="{_cm("carousel", 2)}">1/{photos}</span><button type="button" aria-label="Previous image" class="{_cm("carousel", 3)}"></button><button type="button" aria-label="Next image" class="{_cm("carousel", 3)}"></button></div>
   <button type="button" class="{_cm("save", 1)}" data-testid="save-advert-button" aria-label="Save this advert"><svg aria-hidden="true" width="20" height="20"><use href="#heart"></use></svg></button></div>
  <div class="{_cm("content", 0)}">
   {badge}
   <a href="{href}" class="{_cm("title-link", 7)}" data-testid="search-listing-title"><h3 class="{_cm("title", 8)}">{esc(title)}</h3></a>
   <p class="{_cm("subtitle", 1)}" data-testid="search-listing-subtitle">{esc(variant)}</p>
   <div class="{_cm("price-wrap", 0)}"><span class="{_cm("price", 5)}" data-testid="search-listing-price">£{price:,}</span>{mip}</div>
   {fin}
   <ul class="{_cm("specs", 9)}" data-testid="search-listing-specs">{spec_html}</ul>
   <div class="{_cm("seller-wrap", 0)}" data-testid="search-listing-seller-info">{seller_html}<p class="{_cm("location", 1)}"><svg aria-hidden="true" width="12" height="12"><use href="#pin"></use></svg><span data-testid="search-listing-location">{esc(town)} ({distance} mile{"s" if distance > 1 else ""})</span></p></div>
  </div>
 </section>
</li>"""


def _cm_lead_card() -> str:
    return f"""<li class="{_cm("listing-item", 0)}" data-testid="leasing-lead-gen">
 <section class="{_cm("leadgen", 0)}"><span class="{_cm("listing-badge", 2)}">Ad</span>
  <a href="/cars/leasing?utm_source=srp&amp;utm_medium=leadgen" class="{_cm("title-link", 7)}"><h3 class="{_cm("title", 8)}">Brand new car leasing deals</h3></a>
  <p class="{_cm("subtitle", 1)}">Drive a new Volkswagen Polo from £219/mo with free delivery</p>
  <span class="{_cm("price", 5)}">From £219/mo</span><a href="/cars/leasing" class="{_cm("leadgen", 3)}">View deals</a>
 </section>
</li>"""


def _cm_ad_slot(n: int) -> str:
    return f'<li class="{_cm("ad-item", 0)}" data-testid="ad-slot"><div class="{_cm("ad", 1)}"><span class="{_cm("ad", 2)}">Advertisement</span><div id="gpt-ad-srp-{n}" data-ad-unit="/1234/carmarket/srp/inline{n}" style="min-height:250px"></div></div></li>'


def _cm_listing_types(number: int, cars: list[Any]) -> list[tuple[Any, str]]:
    """The page's listings in the order of its hydration data, the Promoted repeat included."""
    listed = [(car, "FEATURED" if number == 1 and n == CM_FEATURED else "NORMAL") for n, car in enumerate(cars)]
    if number == 1:
        listed.insert(4, (CM_CARS[CM_PROMOTED], "PROMOTED"))
    return listed


def _cm_page(number: int, total_pages: int, cars: list[Any]) -> str:
    first = (number - 1) * CM_PER_PAGE
    items = []
    for n, car in enumerate(cars):
        label = "Featured" if number == 1 and n == CM_FEATURED else None
        items.append(_cm_card(car, first + n + 1, label))
    if number == 1:
        items.insert(5, _cm_card(CM_CARS[CM_PROMOTED], 0, "Promoted"))
        items.insert(4, _cm_lead_card())
        items.insert(8, _cm_ad_slot(1))
    elif number == 2:
        items.insert(6, _cm_ad_slot(2))
    pager = []
    if number > 1:
        pager.append(
            f'<a href="/{_cm_href(number - 1).replace("&", "&amp;")}" class="{_cm("pager", 2)}" data-testid="pagination-previous" aria-label="Previous page">Previous</a>'
        )
    pager.append(f'<ul class="{_cm("pager", 3)}">')
    for page in range(1, total_pages + 1):
        if page == number:
            pager.append(f'<li><span class="{_cm("pager", 4)}" aria-current="page">{page}</span></li>')
        else:
            pager.append(
                f'<li><a href="/{_cm_href(page).replace("&", "&amp;")}" class="{_cm("pager", 5)}" aria-label="Page {page}">{page}</a></li>'
            )
    pager.append("</ul>")
    if number < total_pages:
        pager.append(
            f'<a href="/{_cm_href(number + 1).replace("&", "&amp;")}" class="{_cm("pager", 2)}" data-testid="pagination-next" aria-label="Next page">Next</a>'
        )

    def facet(name: str, options: list[tuple[str, int]]) -> str:
        opts = "".join(
            f'<li><label class="{_cm("facet-option", 1)}"><input type="checkbox" name="{slug(name)}" value="{esc(o)}"> {esc(o)} <span class="{_cm("facet-count", 2)}">({c:,})</span></label></li>'
            for o, c in options
        )
        return f'<fieldset class="{_cm("facet", 0)}" data-testid="filter-{slug(name)}"><legend>{esc(name)}</legend><ul>{opts}</ul></fieldset>'

    sidebar = "".join(
        [
            f'<div class="{_cm("facet", 0)}"><label for="postcode">Postcode</label><input id="postcode" name="postcode" value="M1 1AE"><label for="distance">Distance</label><select id="distance" name="radius"><option>National</option><option>Within 10 miles</option><option selected>Within 20 miles</option></select></div>',
            f'<div class="{_cm("facet", 0)}"><label for="make">Make</label><select id="make" name="make"><option>Any</option><option>Audi (142)</option><option>BMW (188)</option><option>Ford (301)</option><option>Volkswagen (276)</option></select><label for="price-to">Price to</label><select id="price-to" name="price-to"><option>£10,000</option><option>£15,000</option><option selected>£20,000</option></select></div>',
            facet("Gearbox", [("Manual", 1240), ("Automatic", 908)]),
            facet("Fuel type", [("Petrol", 1288), ("Diesel", 402), ("Petrol Hybrid", 296), ("Electric", 162)]),
            facet("Body type", [("Hatchback", 1011), ("SUV", 688), ("Estate", 162), ("Saloon", 143)]),
            facet("Year", [("2021 and newer", 402), ("2019 and newer", 1216), ("2017 and newer", 1820)]),
        ]
    )
    nav = "".join(
        f'<li><a href="/{p}" class="{_cm("nav-link", 1)}">{t}</a></li>'
        for p, t in [
            ("cars", "Buy a car"),
            ("selling", "Sell my car"),
            ("car-valuation", "Value my car"),
            ("cars/leasing", "Lease a car"),
            ("cars/electric", "Electric cars"),
            ("bikes", "Bikes"),
            ("vans", "Vans"),
        ]
    )
    footer = "".join(
        f'<div class="{_cm("footer-col", 1)}"><h2 class="{_cm("footer-h", 2)}">{h}</h2><ul>{"".join(f"<li><a href=/{slug(x)}>{x}</a></li>" for x in links)}</ul></div>'
        for h, links in [
            ("Buying", ["Used cars", "New cars", "Car leasing", "Car finance", "Car reviews"]),
            ("Selling", ["Sell my car", "Value my car", "Part exchange"]),
            ("About", ["About us", "Careers", "Contact us", "Terms and conditions", "Privacy notice", "Cookies"]),
        ]
    )
    results_json = json.dumps(
        {
            "searchResults": {
                "page": number,
                "totalResults": 2148,
                "listings": [
                    {"advertId": str(c[0]), "title": c[1], "price": c[3], "type": t}
                    for c, t in _cm_listing_types(number, cars)
                ],
            }
        }
    )
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Used cars for sale under £20,000 near Manchester | CarMarket UK</title>
<meta name="description" content="Find used cars for sale near Manchester on CarMarket UK, the UK's largest digital automotive marketplace.">
<link rel="canonical" href="https://www.carmarket.example/{_cm_href(number).replace("&", "&amp;")}">
<style>.{_cm("listing", 0).split()[1]}{{display:grid}}</style>
</head>
<body>
<div id="__next">
<header class="{_cm("header", 0)}" data-testid="header"><a href="/" class="{_cm("logo", 1)}" aria-label="CarMarket home"><svg width="160" height="28" aria-hidden="true"><use href="#logo"></use></svg></a>
 <nav aria-label="Main" class="{_cm("nav", 0)}"><ul>{nav}</ul></nav>
 <a href="/sign-in" class="{_cm("sign-in", 1)}" data-testid="sign-in">Sign in</a></header>
<main class="{_cm("main", 0)}" id="main">
 <div class="{_cm("search-header", 0)}"><h1 class="{_cm("h1", 1)}" data-testid="search-results-title">2,148 results</h1><p>Used cars for sale under £20,000 within 20 miles of M1 1AE</p>
  <label for="sort">Sort by</label><select id="sort" name="sort" data-testid="sort-select"><option value="relevance" selected>Relevance</option><option value="price-asc">Price (Lowest)</option><option value="price-desc">Price (Highest)</option><option value="distance">Distance</option><option value="mileage">Mileage</option><option value="year-desc">Age (Newest first)</option></select></div>
 <div class="{_cm("layout", 0)}">
  <aside class="{_cm("filters", 0)}" data-testid="filters-panel"><h2>Filters</h2>{sidebar}<button type="button" class="{_cm("filters", 3)}">Save search</button></aside>
  <div class="{_cm("results", 0)}">
   <ul class="{_cm("results-list", 1)}" data-testid="desktop-search">
{"".join(items)}
   </ul>
   <nav class="{_cm("pager", 1)}" data-testid="pagination" aria-label="Pagination">{"".join(pager)}<p class="{_cm("pager", 6)}">Page {number} of {total_pages}</p></nav>
  </div>
 </div>
 <section class="{_cm("seo", 0)}"><h2>Popular used car searches near Manchester</h2><ul><li><a href="/cars/used/ford/fiesta">Used Ford Fiesta</a></li><li><a href="/cars/used/volkswagen/golf">Used Volkswagen Golf</a></li><li><a href="/cars/used/vauxhall/corsa">Used Vauxhall Corsa</a></li></ul></section>
</main>
<footer class="{_cm("footer", 0)}">{footer}<p>© CarMarket Limited 2025. All rights reserved. CarMarket Limited is authorised and regulated by the Financial Conduct Authority (FRN: 735711) as a credit broker, not a lender.</p></footer>
{_consent("CarMarket")}
<script id="__NEXT_DATA__" type="application/json">{results_json}</script>
</div>
</body>
</html>"""


@thirteenth_c
def build_carmarket() -> None:
    s = Site(
        "carmarket",
        kind="used-car search results (AutoTrader UK 2024–25: styled-components at__sc- class pairs, data-testid hooks, '2019 (69 reg)' / '32,000 miles' / '1.5L' / '148BHP' in an unlabelled spec list, '£245/mo (PCP)' finance lines, Great / Good / Fair price indicators, dealer names with ratings or 'Private seller', 'Manchester (12 miles)', a Featured listing and a Promoted repeat of a later car, a leasing lead-gen card, &page=N)",
        start=CM_START,
        description="AutoTrader UK's used-car search /car-search?postcode=M1+1AE&price-to=20000 as served in 2024–2025 (Next.js, styled-components class pairs such as 'at__sc-abcdefg-7 kRbYzM', data-testid hooks): header, filter sidebar with counts, '2,148 results' and the sort select, then ul[data-testid=desktop-search] of li > section[data-testid=trader-seller-listing]: image carousel '1/24', a[data-testid=search-listing-title] > h3 'Volkswagen Golf' (link /car-details/<id>?sort=relevance&…), the variant p, '£14,995', a 'Great price' indicator on most, '£245/mo (PCP)' on most, an unlabelled spec ul ('2019 (69 reg)', 'Hatchback', '32,000 miles', '1.5L', '148BHP', 'Manual', 'Petrol', '1 owner', 'ULEZ'; no engine size on electric cars), the dealer name (with a rating on some) or 'Private seller', and 'Manchester (3 miles)'. Page 1 has a Featured listing (the first car) and a paid 'Promoted' repeat of a car listed again on page 2 (same markup; __NEXT_DATA__ lists it with type PROMOTED and only id, title and price per listing), a leasing lead-gen 'Ad' card and an ad slot; a numbered pagination nav over &page=N; footer, consent dialog, __NEXT_DATA__. Ten, ten and six cars. Written down: title, url (with the search query every card carries), variant, price and currency, year, mileage (miles), body_type, engine, power (bhp), transmission, fuel, seller (dealers only), location, distance (miles), price_indicator.",
    )
    pages = chunks(CM_CARS, [CM_PER_PAGE, CM_PER_PAGE, len(CM_CARS) - 2 * CM_PER_PAGE])
    for number, cars in enumerate(pages, 1):
        s.list_page(_cm_href(number).replace("?", "@"), _cm_page(number, len(pages), cars))
    for car in CM_CARS:
        (
            _,
            title,
            variant,
            price,
            year,
            _,
            body,
            miles,
            engine,
            bhp,
            gearbox,
            fuel,
            _,
            seller,
            town,
            distance,
            indicator,
            _,
        ) = car
        s.expect(
            {
                "title": title,
                "url": f"{_cm_url(car)}?{_CM_QUERY}",
                "variant": variant,
                "price": float(price),
                "currency": "GBP",
                "year": year,
                "mileage": miles,
                "body_type": body,
                "engine": engine,
                "power": bhp,
                "transmission": gearbox,
                "fuel": fuel,
                "seller": seller,
                "location": town,
                "distance": distance,
                "price_indicator": indicator,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# recipehub: an Allrecipes collection page (Dotdash Meredith "mntl" components, 2024–2025).
# ---------------------------------------------------------------------------------------------------

RH_HOST = "https://www.recipehub.example"
RH_START = "recipes/17562/dinner/"

# (doc id, kind, title, path, rating, rating count, author, tag)
RH_CARDS: list[tuple[Any, ...]] = [
    (6584021, "Recipe", "Easy Chicken Parmesan", "recipe/223042/chicken-parmesan/", 4.8, 4599, None, "Chicken Breast"),
    (
        6590177,
        "Recipe",
        "Marry Me Chicken",
        "recipe/8421914/marry-me-chicken/",
        4.7,
        1234,
        "Nicole McLaughlin",
        "Chicken",
    ),
    (
        6612045,
        "Gallery",
        "25 Quick Weeknight Dinners Ready in 30 Minutes",
        "gallery/quick-weeknight-dinners/",
        None,
        None,
        None,
        "Quick and Easy",
    ),
    (
        6578310,
        "Recipe",
        "Boilermaker Tailgate Chili",
        "recipe/78299/boilermaker-tailgate-chili/",
        4.8,
        2893,
        None,
        "Beef Chili",
    ),
    (6577784, "Recipe", "Lasagna Soup", "recipe/279460/lasagna-soup/", 4.5, 812, None, "Soup"),
    (
        6620911,
        "Article",
        "The One Pan I Use for Almost Every Weeknight Dinner",
        "article/best-pan-weeknight-dinner/",
        None,
        None,
        "Mackenzie Schieck",
        "Kitchen Tips",
    ),
    (6581256, "Recipe", "Chef John's Salmon", "recipe/228285/chef-johns-salmon/", 4.6, 3317, "Chef John", "Salmon"),
    (6573398, "Recipe", "Easy Meatloaf", "recipe/16354/easy-meatloaf/", 4.5, 7421, None, "Meatloaf"),
    (
        6609870,
        "Recipe",
        "Sheet Pan Sausage and Vegetables",
        "recipe/8396512/sheet-pan-sausage-and-vegetables/",
        4.4,
        96,
        None,
        "Sheet Pan Dinners",
    ),
    (
        6579003,
        "Recipe",
        "Baked Teriyaki Chicken",
        "recipe/9023/baked-teriyaki-chicken/",
        4.6,
        4512,
        None,
        "Chicken Thighs",
    ),
    (
        6615532,
        "Gallery",
        "15 Ground Beef Dinners for Busy Nights",
        "gallery/ground-beef-dinners/",
        None,
        None,
        None,
        "Ground Beef",
    ),
    (6582614, "Recipe", "Taco Bake", "recipe/235710/taco-bake/", 4.3, 388, None, "Casseroles"),
    (
        6574220,
        "Recipe",
        "Shrimp Scampi with Pasta",
        "recipe/229960/shrimp-scampi-with-pasta/",
        4.6,
        2187,
        None,
        "Shrimp",
    ),
    (
        6588105,
        "Recipe",
        "Million Dollar Spaghetti",
        "recipe/228823/million-dollar-spaghetti/",
        4.7,
        1456,
        "Carolyn Casner",
        "Pasta",
    ),
    (
        6618843,
        "Article",
        "What's the Difference Between Broiling and Baking?",
        "article/broil-vs-bake/",
        None,
        None,
        None,
        "Cooking Techniques",
    ),
    (6576651, "Recipe", "Stuffed Peppers", "recipe/16330/stuffed-peppers/", 4.3, 1929, None, "Stuffed Peppers"),
    (
        6580132,
        "Recipe",
        "Beef Stroganoff for Instant Pot",
        "recipe/262022/beef-stroganoff-for-instant-pot/",
        4.6,
        1087,
        None,
        "Instant Pot",
    ),
    (
        6586520,
        "Recipe",
        "Honey Garlic Pork Chops",
        "recipe/229111/honey-garlic-pork-chops/",
        4.5,
        672,
        None,
        "Pork Chops",
    ),
    (
        6575548,
        "Recipe",
        "World's Best Lasagna",
        "recipe/23600/worlds-best-lasagna/",
        4.8,
        19826,
        "John Chandler",
        "Lasagna",
    ),
    (
        6614470,
        "Gallery",
        "12 Vegetarian Dinners Even Meat Lovers Will Enjoy",
        "gallery/vegetarian-dinners-meat-lovers/",
        None,
        None,
        None,
        "Vegetarian",
    ),
    (6583390, "Recipe", "One-Pot Chicken Alfredo", "recipe/8412133/one-pot-chicken-alfredo/", 4.2, 57, None, "Pasta"),
    (
        6577102,
        "Recipe",
        "Slow Cooker Pulled Pork",
        "recipe/141678/slow-cooker-pulled-pork/",
        4.7,
        5240,
        None,
        "Pulled Pork",
    ),
    (
        6621304,
        "Article",
        "I Tried 5 Ways to Cook Rice and This One Won",
        "article/best-way-to-cook-rice/",
        None,
        None,
        "Rachel Johnson",
        "Rice",
    ),
    (6587761, "Recipe", "Quick Black Bean Tacos", "recipe/8533921/quick-black-bean-tacos/", 3.9, 21, None, "Tacos"),
]

RH_SPONSORED = [
    (
        "Sponsored",
        "Idaho Potato Commission",
        "Crispy Smashed Potatoes Three Ways",
        "https://ad.recipehub.example/click?creative=idaho-potatoes",
    ),
    (
        "Sponsored",
        "Kerrygold",
        "Pub-Style Cheddar Burgers",
        "https://ad.recipehub.example/click?creative=kerrygold-burgers",
    ),
]


def _rh_shown(rating: float) -> float:
    """The rating as the icons show it: rounded to the nearest half star."""
    return round(rating * 2) / 2


def _rh_stars(rating: float, card: int) -> str:
    """Star icons only: the rating is never written as a number on a card."""
    shown = _rh_shown(rating)
    full = int(shown)
    half = shown > full
    icons = ['<svg class="icon icon-star mntl-recipe-star-rating__icon"><use href="#icon-star"></use></svg>'] * full
    if half:
        icons.append(
            '<svg class="icon icon-star-half mntl-recipe-star-rating__icon"><use href="#icon-star-half"></use></svg>'
        )
    icons += [
        '<svg class="icon icon-star-empty mntl-recipe-star-rating__icon"><use href="#icon-star-empty"></use></svg>'
    ] * (5 - len(icons))
    return f'<div id="mntl-recipe-star-rating_{card}-0" class="comp recipe-card-meta__rating mntl-recipe-star-rating mntl-recipe-star-rating--small">{"".join(icons)}</div>'


def _rh_card(card: tuple[Any, ...], ordinal: int, list_n: int) -> str:
    doc_id, kind, title, path, rating, count, author, tag = card
    cid = f"mntl-card-list-items_{list_n}-0-{ordinal - 1}" if ordinal > 1 else f"mntl-card-list-items_{list_n}-0"
    label = "" if kind == "Recipe" else f'<span class="card__label"><span class="card__label-text">{kind}</span></span>'
    meta = ""
    if rating is not None:
        meta = f'<div class="mntl-recipe-card-meta">{_rh_stars(rating, ordinal)}<div class="mntl-recipe-card-meta__rating-count"><div class="mntl-recipe-card-meta__rating-count-number">{count:,}<span class="recipe-card-meta__rating-count-text"> Ratings</span></div></div></div>'
    byline = f'<div class="card__byline" data-byline="By {esc(author)}">By {esc(author)}</div>' if author else ""
    return f"""<a id="{cid}" class="comp mntl-card-list-items mntl-universal-card mntl-document-card mntl-card card card--no-image" data-doc-id="{doc_id}" data-tax-levels="" data-tag="{esc(tag)}" data-ordinal="{ordinal}" href="{RH_HOST}/{path}" data-cta="">
<div class="loc card__top"><div class="card__media mntl-universal-image card__media universal-image__container"><div class="img-placeholder" style="padding-bottom:66.6%;"><img data-src="https://www.recipehub.example/thmb/{_letters(title, 12)}=/282x188/filters:no_upscale():max_bytes(150000):strip_icc()/{slug(title)}-4x3.jpg" width="282" height="188" alt="{esc(title)}" class="card__img universal-image__image lazyload"></div></div></div>
<div class="card__content" data-tag="{esc(tag)}">{label}<span class="card__title"><span class="card__title-text">{esc(title)}</span></span>{meta}{byline}</div>
</a>"""


def _rh_sponsored(ad: tuple[str, str, str, str], n: int) -> str:
    label, brand, title, href = ad
    return f"""<a id="mntl-native_{n}-0" class="comp mntl-native mntl-card card card--sponsored" href="{href}" rel="sponsored nofollow" data-ordinal="ad">
<div class="loc card__top"><div class="card__media"><img src="https://ad.recipehub.example/creative/{slug(title)}.jpg" alt="" width="282" height="188"></div></div>
<div class="card__content"><span class="card__label"><span class="card__label-text">{label} · {esc(brand)}</span></span><span class="card__title"><span class="card__title-text">{esc(title)}</span></span></div>
</a>"""


def _rh_path(page: int) -> str:
    return RH_START if page == 1 else f"{RH_START}?page={page}"


def _rh_page(number: int, total_pages: int, cards: list[Any], first: int) -> str:
    items = [_rh_card(card, first + n, number) for n, card in enumerate(cards)]
    if number < 3:
        items.insert(4, _rh_sponsored(RH_SPONSORED[number - 1], number))
    items.insert(
        len(items) // 2 + 2,
        f'<div id="mntl-leaderboard-flex_{number}-0" class="comp mntl-leaderboard-flex mntl-flexible-leaderboard mntl-flexible-ad mntl-gpt-adunit gpt leaderboard" data-ad-width="728" data-ad-height="90"><div id="leaderboard-flex-{number}" class="wrapper"></div></div>',
    )
    more = ""
    if number < total_pages:
        more = f'<div class="comp mntl-load-more" id="mntl-load-more_1-0"><a class="mntl-load-more__button button button--contained-standard" href="/{_rh_path(number + 1)}" data-page="{number + 1}" rel="next">Load More</a></div>'
    taxonomy = "".join(
        f'<li class="comp mntl-taxonomy-nodes__item"><a class="mntl-taxonomy-nodes__link mntl-text-link" href="{RH_HOST}/recipes/{n}/{slug(t)}/"><span class="link__wrapper">{t}</span></a></li>'
        for n, t in [
            (1947, "Quick and Easy Dinners"),
            (17235, "Healthy Dinners"),
            (94044, "Dinners for Two"),
            (22992, "One-Pot Meals"),
            (1552, "Sheet Pan Dinners"),
            (201, "Chicken Recipes"),
        ]
    )
    nav = "".join(
        f'<li class="global-nav__list-item"><a class="global-nav__list-item-link" href="{RH_HOST}/{slug(t)}/"><span class="link__wrapper">{t}</span></a></li>'
        for t in [
            "Dinners",
            "Meals",
            "Ingredients",
            "Occasions",
            "Cuisines",
            "Kitchen Tips",
            "News",
            "Features",
            "About Us",
        ]
    )
    return f"""<!DOCTYPE html>
<html lang="en" class="comp html mntl-html no-js">
<head>
<meta charset="utf-8">
<title>Dinner Recipes</title>
<meta name="description" content="Find easy dinner recipes for tonight, including quick chicken dinners, pasta, casseroles and sheet-pan suppers, with ratings and reviews from home cooks.">
<link rel="canonical" href="{RH_HOST}/{RH_START}">
<script type="application/ld+json">[{{"@context":"http://schema.org","@type":"BreadcrumbList","itemListElement":[{{"@type":"ListItem","position":1,"item":{{"@id":"{RH_HOST}/recipes/","name":"Recipes"}}}},{{"@type":"ListItem","position":2,"item":{{"@id":"{RH_HOST}/{RH_START}","name":"Dinner"}}}}]}}]</script>
</head>
<body class="mntl-body taxonomySc-body" data-page-number="{number}">
<div class="mntl-notification-banner"></div>
<header id="header_1-0" class="comp header mntl-header">
 <div class="header__logo"><a href="{RH_HOST}/" class="mntl-text-link" rel="home"><svg class="logo" aria-label="RecipeHub"><use href="#logo"></use></svg></a></div>
 <form class="general-search" action="{RH_HOST}/search" role="search"><input type="text" name="q" placeholder="Find a recipe or ingredient" aria-label="Search"><button type="submit" class="general-search__button">Search</button></form>
 <nav id="global-nav_1-0" class="comp global-nav"><ul class="global-nav__list">{nav}</ul></nav>
 <a href="{RH_HOST}/account/signin" class="mntl-text-link header__account">Log In</a>
</header>
<main id="main" class="loc main">
 <div id="mntl-leaderboard-header_1-0" class="comp mntl-leaderboard-header mntl-gpt-adunit gpt leaderboard"><div id="leaderboard" class="wrapper"></div></div>
 <ul id="mntl-breadcrumbs_1-0" class="comp breadcrumbs mntl-breadcrumbs"><li class="mntl-breadcrumbs__item"><a href="{RH_HOST}/recipes/" class="mntl-breadcrumbs__link"><span class="link__wrapper">Recipes</span></a></li></ul>
 <section class="comp taxonomysc-heading">
  <h1 id="mntl-taxonomysc-heading_1-0" class="comp mntl-taxonomysc-heading mntl-text-block">Dinner Recipes</h1>
  <div id="mntl-taxonomysc-intro_1-0" class="comp mntl-taxonomysc-intro mntl-text-block">Find easy dinner recipes for tonight, from quick chicken dinners and pasta to casseroles and sheet-pan suppers, rated and reviewed by home cooks.</div>
 </section>
 <nav id="mntl-taxonomy-nodes_1-0" class="comp mntl-taxonomy-nodes"><h2 class="mntl-taxonomy-nodes__heading">Popular categories</h2><ul class="mntl-taxonomy-nodes__list">{taxonomy}</ul></nav>
 <div id="mntl-taxonomysc-article-list-group_1-0" class="comp mntl-taxonomysc-article-list-group mntl-block">
  <div id="mntl-taxonomysc-article-list_1-0" class="comp mntl-taxonomysc-article-list mntl-document-card-list mntl-card-list mntl-block">
{"".join(items)}
  </div>
 </div>
 {more}
</main>
<footer id="mntl-footer_1-0" class="comp mntl-footer">
 <nav class="mntl-footer__nav"><ul>{"".join(f'<li><a href="{RH_HOST}/{slug(t)}">{t}</a></li>' for t in ["About Us", "Editorial Process", "Anti-Racism Pledge", "Privacy Policy", "Product Vetting", "Terms of Service", "Advertise", "Careers", "Contact"])}</ul></nav>
 <p class="mntl-footer__copyright">RecipeHub is part of the People Inc. publishing family. © 2025 People Inc. All rights reserved.</p>
</footer>
{_consent("RecipeHub")}
<script>(function(){{var b=document.querySelector('.mntl-load-more__button');if(!b)return;b.addEventListener('click',function(e){{e.preventDefault();fetch(b.href).then(function(r){{return r.text()}}).then(function(t){{var d=new DOMParser().parseFromString(t,'text/html');var l=document.querySelector('.mntl-taxonomysc-article-list');d.querySelectorAll('.mntl-taxonomysc-article-list > a').forEach(function(a){{l.appendChild(a)}});var n=d.querySelector('.mntl-load-more__button');if(n){{b.href=n.href}}else{{b.remove()}}}})}})}})();</script>
</body>
</html>"""


@thirteenth_c
def build_recipehub() -> None:
    s = Site(
        "recipehub",
        kind="recipe collection (Allrecipes 2024–25 taxonomy page: mntl-card-list-items cards as one link, 'Article' / 'Gallery' labels only on non-recipes, star ratings only as svg icon classes, '4,599 Ratings', 'By' bylines on a few, native sponsored cards, a 'Load More' link over ?page=N)",
        start=RH_START,
        description="An Allrecipes collection page /recipes/17562/dinner/ as served in 2024–2025 (Dotdash Meredith 'mntl' components): header with global nav, leaderboard ad, breadcrumbs, h1 and intro, a 'Popular categories' taxonomy nav, then div.mntl-taxonomysc-article-list of a.mntl-card-list-items cards (absolute hrefs, data-doc-id, data-tag, data-ordinal): the image (alt = title), div.card__content with span.card__label 'Article' / 'Gallery' on non-recipes only, span.card__title-text, on recipes a mntl-recipe-star-rating of svg.icon-star / icon-star-half / icon-star-empty (no number anywhere) and '4,599 Ratings', and 'By Chef John' bylines on a few. A mntl-native 'Sponsored · Brand' card on pages 1–2 and a leaderboard ad in the grid; a 'Load More' link to ?page=N (a script appends the next page's cards); footer and consent dialog. Nine, nine and six cards. Written down: title, url, type (only where a label shows it), rating (stars counted, halves as .5), rating_count, author.",
    )
    pages = chunks(RH_CARDS, [9, 9, 6])
    first = 1
    for number, cards in enumerate(pages, 1):
        s.list_page(
            _rh_path(number).replace("?", "@") if number > 1 else RH_START + "index.html",
            _rh_page(number, len(pages), cards, first),
        )
        first += len(cards)
    for _, kind, title, path, rating, count, author, _ in RH_CARDS:
        s.expect(
            {
                "title": title,
                "url": f"{RH_HOST}/{path}",
                "type": kind if kind != "Recipe" else None,
                "rating": _rh_shown(rating) if rating is not None else None,
                "rating_count": count,
                "author": author,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# appreviews: Google Play's top chart (2024–2025 Play Store web).
# ---------------------------------------------------------------------------------------------------

AR_START = "store/apps/collection/topgrossing?hl=en_GB&gl=GB"

# (package, name, developer, category, rating, price, original price, flags)
AR_APPS: list[tuple[Any, ...]] = [
    (
        "com.spotify.music",
        "Spotify: Music and Podcasts",
        "Spotify AB",
        "Music & Audio",
        4.3,
        0.0,
        None,
        ["Contains ads", "In-app purchases"],
    ),
    ("com.tinder", "Tinder Dating App: Chat & Date", "Tinder LLC", "Dating", 3.7, 0.0, None, ["In-app purchases"]),
    ("com.disney.disneyplus", "Disney+", "Disney", "Entertainment", 4.4, 0.0, None, ["In-app purchases"]),
    ("com.bumble.app", "Bumble Dating App: Meet & Date", "Bumble Inc.", "Dating", 3.9, 0.0, None, ["In-app purchases"]),
    (
        "com.google.android.apps.subscriptions.red",
        "Google One",
        "Google LLC",
        "Productivity",
        4.4,
        0.0,
        None,
        ["In-app purchases"],
    ),
    (
        "com.duolingo",
        "Duolingo: Language Lessons",
        "Duolingo",
        "Education",
        4.6,
        0.0,
        None,
        ["Contains ads", "In-app purchases"],
    ),
    ("com.netflix.mediaclient", "Netflix", "Netflix, Inc.", "Entertainment", 4.1, 0.0, None, None),
    (
        "com.amazon.avod.thirdpartyclient",
        "Amazon Prime Video",
        "Amazon Mobile LLC",
        "Entertainment",
        4.2,
        0.0,
        None,
        ["In-app purchases"],
    ),
    ("com.mojang.minecraftpe", "Minecraft", "Mojang", "Arcade", 4.6, 7.49, None, ["In-app purchases"]),
    (
        "com.calm.android",
        "Calm - Sleep, Meditate, Relax",
        "Calm.com, Inc.",
        "Health & Fitness",
        4.4,
        0.0,
        None,
        ["In-app purchases"],
    ),
    ("com.hinge.app", "Hinge Dating App: Match & Date", "Hinge, Inc.", "Dating", 3.6, 0.0, None, ["In-app purchases"]),
    ("com.strava", "Strava: Run, Bike, Hike", "Strava Inc.", "Health & Fitness", 4.5, 0.0, None, ["In-app purchases"]),
    ("com.openai.chatgpt", "ChatGPT", "OpenAI", "Productivity", 4.7, 0.0, None, ["In-app purchases"]),
    (
        "com.audible.application",
        "Audible: Audiobooks & Podcasts",
        "Audible, Inc.",
        "Books & Reference",
        4.5,
        0.0,
        None,
        ["In-app purchases"],
    ),
    (
        "com.picsart.studio",
        "Picsart AI Photo Editor, Video",
        "PicsArt, Inc.",
        "Photography",
        4.1,
        0.0,
        None,
        ["Contains ads", "In-app purchases"],
    ),
    (
        "com.truecaller",
        "Truecaller: Caller ID & Block",
        "Truecaller",
        "Communication",
        4.5,
        0.0,
        None,
        ["Contains ads", "In-app purchases"],
    ),
    ("com.nianticlabs.pokemongo", "Pokémon GO", "Niantic, Inc.", "Adventure", 4.1, 0.0, None, ["In-app purchases"]),
    (
        "com.headspace.android",
        "Headspace: Meditation & Sleep",
        "Headspace for Meditation, Mindfulness and Sleep",
        "Health & Fitness",
        4.5,
        0.0,
        None,
        ["In-app purchases"],
    ),
    (
        "com.teslacoilsw.launcher.prime",
        "Nova Launcher Prime",
        "Branch Metrics",
        "Personalisation",
        4.5,
        2.99,
        4.99,
        None,
    ),
    (
        "com.myfitnesspal.android",
        "MyFitnessPal: Calorie Counter",
        "MyFitnessPal, Inc.",
        "Health & Fitness",
        4.3,
        0.0,
        None,
        ["Contains ads", "In-app purchases"],
    ),
    (
        "com.linkedin.android",
        "LinkedIn: Jobs & Business News",
        "LinkedIn",
        "Business",
        4.3,
        0.0,
        None,
        ["In-app purchases"],
    ),
    (
        "com.adobe.lrmobile",
        "Lightroom Photo & Video Editor",
        "Adobe",
        "Photography",
        4.5,
        0.0,
        None,
        ["In-app purchases"],
    ),
    ("com.ninjakiwi.bloonstd6", "Bloons TD 6", "ninja kiwi", "Strategy", 4.8, 5.99, None, ["In-app purchases"]),
    (
        "com.microsoft.office.officehubrow",
        "Microsoft 365 (Office)",
        "Microsoft Corporation",
        "Productivity",
        4.6,
        0.0,
        None,
        ["In-app purchases"],
    ),
    (
        "com.babbel.mobile.android.en",
        "Babbel - Learn Languages",
        "Babbel",
        "Education",
        4.6,
        0.0,
        None,
        ["In-app purchases"],
    ),
    (
        "com.youneedabudget.evergreen.app",
        "YNAB — Budget, Save, Plan",
        "You Need A Budget",
        "Finance",
        4.7,
        0.0,
        None,
        ["In-app purchases"],
    ),
    ("fm.poolside.radio", "Poolside FM Radio", "Poolside Labs", "Music & Audio", 4.2, 1.99, None, None),
    ("com.shazam.android", "Shazam: Find Music & Concerts", "Apple", "Music & Audio", 4.6, 0.0, None, ["Contains ads"]),
]

AR_PER_PAGE = 10


def _ar_href(page: int) -> str:
    return AR_START if page == 1 else f"{AR_START}&start={(page - 1) * AR_PER_PAGE}"


def _ar_money(amount: float) -> str:
    return f"£{amount:,.2f}"


def _ar_row(rank: int, app: tuple[Any, ...]) -> str:
    package, name, developer, category, rating, price, original, flags = app
    price_html = '<span class="VfPpfd VixbEe"><span>Free</span></span>' if not price else ""
    if price:
        struck = f'<span class="SUZt4c P8AFK">{_ar_money(original)}</span> ' if original else ""
        price_html = f'<span class="VfPpfd VixbEe">{struck}<span aria-label="Buy for {_ar_money(price)}">{_ar_money(price)}</span></span>'
    flag_html = ""
    if flags:
        flag_html = f'<div class="ulKokd"><span class="UIuSk">{" · ".join(esc(f) for f in flags)}</span></div>'
    return f"""<div class="ULeU3b Utde2e" role="listitem" jscontroller="tKHFxf" jsaction="rcuQ6b:WYd;">
 <div class="VfPpkd-WsjYwc VfPpkd-WsjYwc-OWXEXe-INsAgc KC1dQ Usd1Ac AaN0Dd Y8RQXd">
  <div class="Epkrse" aria-hidden="true">{rank}</div>
  <a class="Si6A0c itIJzb" href="/store/apps/details?id={package}" aria-label="{esc(name)}" jslog="38003; 1:500|CAIaKQoXChVjb20{_letters(package, 8)}; track:click,impression">
   <div class="j2FCNc"><img src="https://play-lh.appreviews.example/{_letters(package, 22)}=s64-rw" srcset="https://play-lh.appreviews.example/{_letters(package, 22)}=s128-rw 2x" class="T75of stzEZd" aria-hidden="true" alt="Thumbnail image" loading="lazy" width="64" height="64">
    <div class="cXFu1"><div class="ubGTjb"><span class="DdYX5">{esc(name)}</span></div>
     <div class="ubGTjb"><span class="wMUdtb">{esc(developer)}</span><span aria-hidden="true" class="sT93pb w2kbF">•</span><span class="wMUdtb">{esc(category)}</span></div>
     <div class="ubGTjb"><div style="display: inline-flex; align-items: center;" aria-label="Rated {rating} stars out of five stars" role="img"><span class="w2kbF">{rating}</span><span class="Q4fJQd"><i class="google-material-icons notranslate ERwvCb" aria-hidden="true">star</i></span></div></div>
     <div class="ubGTjb">{price_html}</div>
     {flag_html}
    </div>
   </div>
  </a>
 </div>
</div>"""


def _ar_ad_row(n: int) -> str:
    return f"""<div class="ULeU3b Utde2e" role="listitem" data-ad-slot="{n}">
 <div class="VfPpkd-WsjYwc VfPpkd-WsjYwc-OWXEXe-INsAgc KC1dQ Usd1Ac AaN0Dd Y8RQXd">
  <div class="Epkrse" aria-hidden="true"><span class="fbVMoe">Ad</span></div>
  <a class="Si6A0c itIJzb" href="/store/apps/details?id=com.rosettastone.mobile.{n}&amp;referrer=utm_source%3Dgoogle%26utm_medium%3Dsponsored" aria-label="Rosetta Stone: Learn Languages">
   <div class="j2FCNc"><img src="https://play-lh.appreviews.example/ad-{n}=s64-rw" class="T75of stzEZd" alt="Thumbnail image" width="64" height="64">
    <div class="cXFu1"><div class="ubGTjb"><span class="DdYX5">Rosetta Stone: Learn Languages</span></div>
     <div class="ubGTjb"><span class="wMUdtb">Rosetta Stone LLC</span><span aria-hidden="true" class="sT93pb w2kbF">•</span><span class="wMUdtb">Education</span></div>
     <div class="ubGTjb"><div style="display: inline-flex; align-items: center;" aria-label="Rated 4.6 stars out of five stars" role="img"><span class="w2kbF">4.6</span><span class="Q4fJQd"><i class="google-material-icons notranslate ERwvCb" aria-hidden="true">star</i></span></div></div>
     <div class="ubGTjb"><span class="VfPpfd VixbEe"><span>Free</span></span></div>
    </div>
   </div>
  </a>
 </div>
</div>"""


def _ar_shelf() -> str:
    cards = "".join(
        f'<div class="ULeU3b neq64b"><a class="Si6A0c Gy4nib" href="/store/apps/details?id={p}"><img class="T75of" src="https://play-lh.appreviews.example/{_letters(p, 10)}=s256-rw" alt="Thumbnail image"><div class="ubGTjb"><span class="sT93pb DdYX5 OnEJge">{esc(n)}</span></div><div class="ubGTjb"><span class="sT93pb w2kbF">{r}</span><span class="Q4fJQd"><i class="google-material-icons notranslate ERwvCb" aria-hidden="true">star</i></span></div></a></div>'
        for p, n, r in [
            ("com.zhiliaoapp.musically", "TikTok", 4.2),
            ("com.whatsapp", "WhatsApp Messenger", 4.3),
            ("com.instagram.android", "Instagram", 4.1),
        ]
    )
    return f'<section class="oVnAB" aria-label="Suggested for you"><header class="cvmtZe"><h2 class="XfZNbf">Suggested for you</h2><span class="fbVMoe">Ads</span></header><div class="aoJE7e" role="list">{cards}</div></section>'


def _ar_page(number: int, total_pages: int, apps: list[Any], first_rank: int) -> str:
    rows = [_ar_row(first_rank + n, app) for n, app in enumerate(apps)]
    if number == 1:
        rows.insert(0, _ar_ad_row(1))
    if number == 2:
        rows.insert(5, _ar_ad_row(2))
    more = (
        f'<div class="W9yFB"><a class="VfPpkd-LgbsSe VfPpkd-LgbsSe-OWXEXe-dgl2Hf" href="/{_ar_href(number + 1).replace("&", "&amp;")}" aria-label="See more apps"><span class="VfPpkd-vQzf8d">See more</span></a></div>'
        if number < total_pages
        else ""
    )
    chips = "".join(
        f'<a class="VfPpkd-rOvkhd-Bz112c {"VfPpkd-rOvkhd-Bz112c-OWXEXe-gk6SMd" if c == "topgrossing" else ""}" role="tab" aria-selected="{"true" if c == "topgrossing" else "false"}" href="/store/apps/collection/{c}?hl=en_GB&amp;gl=GB"><span class="VfPpkd-YVzG2b">{t}</span></a>'
        for c, t in [("topselling_free", "Top free"), ("topgrossing", "Top grossing"), ("topselling_paid", "Top paid")]
    )
    tabs = "".join(
        f'<a class="WpHeLc VfPpkd-mRLv6 VfPpkd-RLmnJb" href="/store/{p}" aria-label="{t}"><span class="u4ICaf">{t}</span></a>'
        for p, t in [
            ("games", "Games"),
            ("apps", "Apps"),
            ("movies", "Films & TV"),
            ("books", "Books"),
            ("apps/category/FAMILY", "Children"),
        ]
    )
    footer = "".join(
        f'<div class="XfvgMd"><h3 class="Nfk26e">{h}</h3>{"".join(f"<a class=jtVQGd href=/store/{slug(x)}>{x}</a>" for x in links)}</div>'
        for h, links in [
            ("Google Play", ["Play Pass", "Play Points", "Gift cards", "Redeem", "Refund policy"]),
            ("Children and family", ["Parent guide", "Family sharing"]),
        ]
    )
    return f"""<!DOCTYPE html>
<html lang="en-GB" dir="ltr">
<head>
<meta charset="utf-8">
<title>Top grossing apps - Android Apps on AppReviews Play</title>
<meta name="description" content="The top grossing Android apps this week on AppReviews Play.">
<link rel="canonical" href="https://play.appreviews.example/{_ar_href(number).replace("&", "&amp;")}">
</head>
<body jscontroller="pjICDe" class="tQj5Y ghyPEc IqBfM ecJEib EWZcud cjGgHb d8Etdd LcUz9d">
<div id="yDmH0d" class="nyoS7c SoDlKd EWZcud">
<header class="FUUSdc zQTmif SSPGKf" role="banner"><div class="ZFlbhf"><a href="/store/games" class="f0UV3d" aria-label="AppReviews Play logo"><svg aria-hidden="true" width="124" height="28"><use href="#logo"></use></svg></a>
 <nav class="oQFdge" role="navigation">{tabs}</nav>
 <div class="oVwnsc"><button class="VfPpkd-Bz112c-LgbsSe" aria-label="Search Google Play"><i class="google-material-icons" aria-hidden="true">search</i></button><a class="VfPpkd-Bz112c-LgbsSe" href="/store/help" aria-label="Help Centre"><i class="google-material-icons" aria-hidden="true">help_outline</i></a><a class="gb_A" href="/accounts/ServiceLogin" aria-label="Sign in">Sign in</a></div></div></header>
<main class="kFwPee" role="main">
 <div class="dHpWnc"><h1 class="XfZNbf">Top charts</h1>
  <div class="VfPpkd-rOvkhd-Bz112c-lTBxed" role="tablist" aria-label="Charts">{chips}</div>
  <div class="EOtnTc"><label for="cat" class="VfPpkd-NLoerf-fmcmS">Categories</label><select id="cat" class="VfPpkd-TkwUic"><option selected>All apps</option><option>Art &amp; design</option><option>Business</option><option>Dating</option><option>Education</option><option>Entertainment</option><option>Finance</option><option>Health &amp; fitness</option><option>Music &amp; audio</option><option>Productivity</option></select></div>
 </div>
 <section class="oVnAB">
  <div class="ZmHEEd fLyRuc" role="list" aria-label="Top grossing apps">
{"".join(rows)}
  </div>
  {more}
 </section>
 {_ar_shelf() if number == 1 else ""}
</main>
<footer class="bqEWB" role="contentinfo"><div class="k3KLqf">{footer}</div><div class="HcyOxe"><a href="/intl/en_uk/policies/terms">Terms of Service</a> <a href="/intl/en_uk/policies/privacy">Privacy</a> <a href="/about/play-terms">About AppReviews Play</a> <a href="/developers">Developers</a> <span>United Kingdom (English (United Kingdom))</span> <span>All prices include VAT.</span></div></footer>
<script nonce="x7Qv">AF_initDataCallback({{key: 'ds:4', hash: '{number}', data:[[[{",".join(json.dumps([a[0], a[1], a[4]]) for a in apps)}]]], sideChannel: {{}}}});</script>
</div>
</body>
</html>"""


@thirteenth_c
def build_appreviews() -> None:
    s = Site(
        "appreviews",
        kind="app top chart (Google Play 2024–25: hashed Closure classes, role=listitem rows, the rank in its own div, a full-row link, 'Developer • Category' spans, 'Rated 4.5 stars out of five stars' aria-labels, 'Free' / '£2.99' prices, 'Contains ads · In-app purchases' flags, Ad rows, a 'See more' &start=N link)",
        start=AR_START,
        description="Google Play's top grossing chart /store/apps/collection/topgrossing?hl=en_GB&gl=GB as served in 2024–2025 (hashed Closure classes such as 'ULeU3b', 'Si6A0c itIJzb', 'DdYX5', 'wMUdtb', 'w2kbF'): top bar (logo, Games / Apps / Films & TV / Books / Children, search, help, sign in), 'Top charts' with Top free / Top grossing / Top paid tabs and a category select, then div[role=list] of div[role=listitem] rows: div.Epkrse rank, a full-row a.Si6A0c (/store/apps/details?id=<package>) with the icon, span.DdYX5 name, span.wMUdtb developer, '•', span.wMUdtb category, div[aria-label='Rated 4.5 stars out of five stars'] with span.w2kbF '4.5' and a 'star' icon ligature, 'Free' or '£2.99' (one struck '£4.99'), 'Contains ads · In-app purchases' on most. An 'Ad' row (same markup, rank replaced by 'Ad') on pages 1 and 2, a 'Suggested for you' Ads shelf on page 1; a 'See more' link to &start=10 / &start=20; footer; an AF_initDataCallback script. Ten, ten and eight apps. Written down: rank, title, url, developer, category, rating, price (none for Free) and currency (GBP when a price is shown), original_price, flags (a list).",
    )
    pages = chunks(AR_APPS, [AR_PER_PAGE, AR_PER_PAGE, len(AR_APPS) - 2 * AR_PER_PAGE])
    rank = 1
    for number, apps in enumerate(pages, 1):
        s.list_page(_ar_href(number).replace("?", "@"), _ar_page(number, len(pages), apps, rank))
        rank += len(apps)
    for rank, app in enumerate(AR_APPS, 1):
        package, name, developer, category, rating, price, original, flags = app
        s.expect(
            {
                "rank": rank,
                "title": name,
                "url": f"/store/apps/details?id={package}",
                "developer": developer,
                "category": category,
                "rating": rating,
                "price": price or None,  # "Free": no price, as the corpus writes free events
                "currency": "GBP" if price else None,
                "original_price": original,
                "flags": flags,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in THIRTEENTH_C.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
