"""Ninth wave of HELD-OUT corpus sites (issue #3): copies of how three more well-known site families mark
up their lists, written and frozen before anybody measured the Scout on them.

* **homeplot** — a Zillow-like home search (2024): styled-components classes carrying the design
  system's version (``StyledPropertyCard-c11n-8-102-0__sc-jvwq6q-0``), ``article[data-test=property-card]``
  cards whose address is the link, ``<b>3</b> <abbr>bds</abbr>`` detail lists followed by " - House for
  sale", the brokerage on its own line, photo carousels, badges; only the first eight cards of a page are
  server-rendered, the others are empty ``data-renderstrat`` placeholders whose listings live in
  ``__NEXT_DATA__``; an ad slot and a home-loans card in the list; ``/austin-tx/2_p/`` pagination.
* **hatchlist** — a Product-Hunt-like daily leaderboard (2025): Next.js with Tailwind utilities and
  ``data-sentry-*`` attributes, ``section[data-test=post-item-N]`` rows whose name link reads "1. Name",
  a tagline link, topic links joined by bullets, comment and upvote buttons holding bare numbers, a
  promoted row of the same markup, an "upcoming launches" sidebar, RSC flight scripts; one page per day,
  linked by previous / next day arrows.
* **wanderplate** — a TripAdvisor-like restaurant list (2024): obfuscated utility classes, list items
  ``div[data-test=N_list_item]`` (``SL_list_item`` for sponsored ones), "1. Name" title links, bubble
  ratings only in an SVG ``<title>``, "2,431 reviews", cuisines and a price band in unlabelled spans, open
  / closed status, review quotes, Reserve buttons; filters with counts, ``-oa10-`` offset pagination.

Run ``uv run python tests/sites/corpus/generate_held_out_ninth.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **frozen**: never
open its pages, expected records or per-field results while working on the Scout.
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from generate import FROZEN, ROOT, Site, chunks, esc, slug

FROZEN |= {"homeplot", "hatchlist", "wanderplate"}

NINTH: dict[str, Callable[[], None]] = {}


def ninth(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    NINTH[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


# ---------------------------------------------------------------------------------------------------
# homeplot (FROZEN): a Zillow-like search results page for Austin, TX. ul.photo-cards of
# li.ListItem-… > article.property-card[data-test=property-card]; a photo header with badges and a Save
# button, a carousel; div.property-card-data with a.property-card-link > address, the price span, a
# StyledPropertyCardHomeDetailsList of <li><b>3</b> <abbr>bds</abbr></li> items followed by
# " - <!-- -->House for sale", and the brokerage in its own div (none for owners). The first eight cards
# are server-rendered; the rest are empty placeholders filled by script from __NEXT_DATA__ (listResults).
# ---------------------------------------------------------------------------------------------------

HP_HOST = "https://www.homeplot.example"
HP_V = "c11n-8-102-0"
HP_SRP = "srp-8-102-0"
HP_RENDERED = 8
# (street, zip, zpid, price, beds, baths, sqft, status, broker, badge, lot acres)
HOMES: list[
    tuple[str, str, int, int, int | None, int | None, int | None, str, str | None, str | None, float | None]
] = [
    (
        "1204 Alta Vista Ave",
        "78704",
        29473412,
        849000,
        3,
        2,
        1642,
        "House for sale",
        "KELLER WILLIAMS REALTY",
        "3 days on Homeplot",
        None,
    ),
    (
        "4511 Avenue D",
        "78751",
        29331785,
        1195000,
        4,
        3,
        2380,
        "House for sale",
        "Compass RE Texas, LLC",
        "Open: Sat 12-2pm",
        None,
    ),
    (
        "1800 S Lamar Blvd APT 312",
        "78704",
        2061443907,
        415000,
        1,
        1,
        748,
        "Condo for sale",
        "Redfin Corporation",
        "Price cut: $10,000 (3/4)",
        None,
    ),
    ("9305 Brown Bark Pl", "78727", 29408822, 525000, 3, 2, 1710, "House for sale", "eXp Realty, LLC", None, None),
    ("6702 Cool Breeze Dr", "78745", 29391544, 459900, 3, 2, None, "For sale by owner", None, "Listed by owner", None),
    (
        "2104 E 17th St UNIT 2",
        "78702",
        2057718140,
        679000,
        2,
        3,
        1406,
        "Townhouse for sale",
        "Moreland Properties",
        "Showcase",
        None,
    ),
    (
        "11900 Bullick Hollow Rd",
        "78726",
        2054901276,
        375000,
        None,
        None,
        None,
        "Lot / Land for sale",
        "Horizon Realty",
        None,
        2.15,
    ),
    (
        "5409 Jim Hogg Ave",
        "78756",
        29418006,
        989000,
        3,
        2,
        1933,
        "House for sale",
        "Gottesman Residential R.E.",
        "1 day on Homeplot",
        None,
    ),
    ("8516 Ardash Ln", "78759", 29479001, 615000, 4, 2, 2014, "House for sale", "Realty Austin", None, None),
    (
        "300 Bowie St APT 2304",
        "78703",
        2078412229,
        1350000,
        2,
        2,
        1588,
        "Condo for sale",
        "Kuper Sotheby's International Realty",
        "Showcase",
        None,
    ),
    (
        "7113 Thistle Hill Way",
        "78754",
        2063389455,
        389000,
        3,
        3,
        1652,
        "New construction",
        "Pulte Homes",
        "New construction",
        None,
    ),
    (
        "2807 Enfield Rd",
        "78703",
        29327118,
        2450000,
        4,
        4,
        3412,
        "House for sale",
        "Compass RE Texas, LLC",
        "Open: Sun 1-3pm",
        None,
    ),
    (
        "1505 Ridgemont Dr",
        "78723",
        29349512,
        549000,
        3,
        2,
        1288,
        "House for sale",
        "KELLER WILLIAMS REALTY",
        "Price cut: $25,000 (3/8)",
        None,
    ),
    (
        "4600 Mueller Blvd APT 1042",
        "78723",
        2089104412,
        325000,
        1,
        1,
        690,
        "Condo for sale",
        "Redfin Corporation",
        None,
        None,
    ),
    (
        "12401 Los Indios Trl",
        "78729",
        29460273,
        499000,
        3,
        2,
        1544,
        "House for sale",
        "JBGoodwin REALTORS",
        "5 days on Homeplot",
        None,
    ),
    (
        "6010 Shadow Valley Cv",
        "78731",
        29372290,
        1875000,
        5,
        5,
        4120,
        "House for sale",
        "Moreland Properties",
        "Showcase",
        None,
    ),
    ("1111 W 10th St APT 404", "78703", 2061107733, 735000, 2, 2, 1096, "Condo for sale", "Realty Austin", None, None),
    (
        "3408 Hollywood Ave",
        "78722",
        29344811,
        875000,
        3,
        3,
        1796,
        "House for sale",
        "Spyglass Realty",
        "Open: Sat 10am-12pm",
        None,
    ),
    ("9708 Quail Village Ln", "78758", 29417723, 429000, 3, 2, 1380, "House for sale", "eXp Realty, LLC", None, None),
    (
        "17200 Hamilton Pool Rd",
        "78738",
        2071144506,
        650000,
        None,
        None,
        None,
        "Lot / Land for sale",
        "Texas Ranch Brokers",
        None,
        5.03,
    ),
    (
        "2209 Westover Rd",
        "78703",
        29328905,
        1590000,
        3,
        3,
        2350,
        "House for sale",
        "Gottesman Residential R.E.",
        "Open: Sat 11am-1pm",
        None,
    ),
    (
        "7608 Long Point Dr",
        "78731",
        29386654,
        1120000,
        4,
        3,
        2876,
        "House for sale",
        "Compass RE Texas, LLC",
        None,
        None,
    ),
    (
        "1613 Haskell St",
        "78702",
        29339271,
        799000,
        2,
        2,
        1150,
        "House for sale",
        "Realty Austin",
        "2 days on Homeplot",
        None,
    ),
    (
        "8001 Anderson Mill Rd #12",
        "78729",
        2068811590,
        285000,
        2,
        2,
        1078,
        "Townhouse for sale",
        "Redfin Corporation",
        None,
        None,
    ),
    (
        "4204 Avenue F",
        "78751",
        29332060,
        1049000,
        3,
        2,
        1604,
        "House for sale",
        "KELLER WILLIAMS REALTY",
        "Price cut: $50,000 (2/27)",
        None,
    ),
    ("1417 Cedar Ave", "78702", 29337512, 615000, 2, 1, 896, "House for sale", "Spyglass Realty", None, None),
]
HP_LI = f"ListItem-{HP_V}__sc-13rwu5a-0 StyledListCardWrapper-{HP_SRP}__sc-wtsrtn-0 hKdzLV kgwlbT"
HP_AREA = f"StyledPropertyCardDataArea-{HP_V}__sc-10i1r6-0"


def _hp_address(street: str, zipcode: str) -> str:
    return f"{street}, Austin, TX {zipcode}"


def _hp_href(street: str, zipcode: str, zpid: int) -> str:
    words = street.replace("#", "").replace("/", " ").split()
    return f"{HP_HOST}/homedetails/{'-'.join(words)}-Austin-TX-{zipcode}/{zpid}_zpid/"


def _hp_photo(zpid: int, n: int) -> str:
    return f"https://photos.homeplotstatic.example/fp/{zpid:x}{n:02d}a7c3e9d1-p_e.jpg"


def _hp_details(beds: int | None, baths: int | None, sqft: int | None, acres: float | None) -> str:
    items = []
    if acres is not None:
        items.append(f"<li><b>{acres:g}</b> <abbr>acres lot</abbr></li>")
    else:
        items.append(f"<li><b>{beds}</b> <abbr>{'bd' if beds == 1 else 'bds'}</abbr></li>")
        items.append(f"<li><b>{baths}</b> <abbr>ba</abbr></li>")
        items.append(f"<li><b>{'--' if sqft is None else f'{sqft:,}'}</b> <abbr>sqft</abbr></li>")
    return f'<ul class="StyledPropertyCardHomeDetailsList-{HP_V}__sc-1j0som5-0 exCsDV">{"".join(items)}</ul>'


def _hp_card(item: tuple[Any, ...]) -> str:
    street, zipcode, zpid, price, beds, baths, sqft, status, broker, badge, acres = item
    address = _hp_address(street, zipcode)
    href = _hp_href(street, zipcode, zpid)
    slides = "".join(
        f'<li class="StyledCarouselSlide-{HP_V}__sc-1xe7d2d-0 gSbLsp" aria-hidden="{"false" if n == 0 else "true"}"><a tabindex="-1" class="Anchor-{HP_V}__sc-hn4bge-0 kxrUt carousel-photo" href="{href}" aria-hidden="true"><picture><source srcset="{_hp_photo(zpid, n).replace(".jpg", ".webp")}" type="image/webp"/><img src="{_hp_photo(zpid, n) if n == 0 else ""}" data-src="{_hp_photo(zpid, n)}" alt="{esc(address)}" class="Image-{HP_V}__sc-1rtmhsc-0 hsdwHN"/></picture></a></li>'
        for n in range(3)
    )
    badge_html = (
        f'<div class="StyledPropertyCardBadgeArea-{HP_V}__sc-wncxdw-0 cfKBnn"><span class="StyledPropertyCardBadge-{HP_V}__sc-6gojrl-0 kMcEjZ"><span class="StyledPropertyCardBadgeText-{HP_V}__sc-1ssxu0d-0 jSaGrx">{esc(badge)}</span></span></div>'
        if badge
        else ""
    )
    broker_html = f'<div class="{HP_AREA} kFpzEO">{esc(broker)}</div>' if broker else ""
    return f"""<li class="{HP_LI}"><div><div class="property-card-container" data-renderstrat="inline"><article class="StyledPropertyCard-{HP_V}__sc-jvwq6q-0 kbUUtf StyledPropertyCard-srp__sc-1o67r90-0 bdwyNr property-card list-card_for-sale list-card_not-saved" data-test="property-card" id="zpid_{zpid}" role="presentation">
<div class="StyledPropertyCardPhotoWrapper-{HP_V}__sc-204bo4-0 gyiDZn"><div class="StyledPropertyCardPhotoHeader-{HP_V}__sc-1f3tn2y-0 eLUQyh">{badge_html}<div class="StyledPropertyCardSaveButton-{HP_V}__sc-6b6tgp-0 fqTVcz"><button type="button" class="StyledHeartButton-{HP_V}__sc-1vdwq9w-0 dLvhzA" aria-label="Save" aria-pressed="false"><svg viewBox="0 0 32 32" aria-hidden="true" focusable="false" role="img" class="Icon-{HP_V}__sc-13llmml-0 hWZJUS"><title>Save this home</title><path d="M27.66 6.19a7.85 7.85 0 00-11 .7L16 7.6l-.65-.7a7.85 7.85 0 00-11-.7 8.37 8.37 0 00-.58 11.9l11.8 12.62a.6.6 0 00.86 0l11.8-12.62a8.37 8.37 0 00-.57-11.9z"></path></svg></button></div></div>
<div class="StyledPropertyCardPhotoBody-{HP_V}__sc-128t811-0 bmKMzX"><section aria-label="Property photos" class="Carousel-{HP_V}__sc-1g6pn8k-0 hEEDFT"><ul class="CarouselSlides-{HP_V}__sc-1g6pn8k-1 fSZxZT">{slides}</ul><button type="button" class="CarouselButton-{HP_V}__sc-dkq9e5-0 kwBWlW" aria-label="Previous photo"><svg viewBox="0 0 32 32" aria-hidden="true" focusable="false" role="img"><title>Chevron Left</title><path d="M21.7 25.3L12.4 16l9.3-9.3-1.4-1.4L9.6 16l10.7 10.7z"></path></svg></button><button type="button" class="CarouselButton-{HP_V}__sc-dkq9e5-0 kwBWlW" aria-label="Next photo"><svg viewBox="0 0 32 32" aria-hidden="true" focusable="false" role="img"><title>Chevron Right</title><path d="M10.3 6.7l9.3 9.3-9.3 9.3 1.4 1.4L22.4 16 11.7 5.3z"></path></svg></button><span class="CarouselCount-{HP_V}__sc-1g6pn8k-2 bOFlsq" aria-hidden="true"><span>1</span> of <span>{18 + zpid % 23}</span></span></section></div></div>
<div class="StyledPropertyCardDataWrapper-{HP_V}__sc-hfbvv9-0 etwreV property-card-data"><a href="{href}" class="{HP_AREA} jnnxAW property-card-link" data-test="property-card-link" tabindex="0"><address data-test="property-card-addr">{esc(address)}</address></a><div class="{HP_AREA} fDSTNn"><div class="PropertyCardWrapper__StyledPriceGridContainer-{HP_SRP}__sc-16e8gqd-0 kSsByo"><span data-test="property-card-price" class="PropertyCardWrapper__StyledPriceLine-{HP_SRP}__sc-16e8gqd-1 vjmXt">${price:,}</span></div><div class="StyledPropertyCardDataArea-{HP_V}__sc-10i1r6-0 dbDWjx">{_hp_details(beds, baths, sqft, acres)}<!-- --> - <!-- -->{esc(status)}</div></div>{broker_html}<div class="StyledPropertyCardDataArea-{HP_V}__sc-10i1r6-0 eBJOKT"><button type="button" class="StyledIconButton-{HP_V}__sc-1pffleb-0 ielXUp" aria-label="More" aria-haspopup="menu"><svg viewBox="0 0 32 32" aria-hidden="true" focusable="false" role="img"><title>More</title><circle cx="16" cy="7" r="2.5"></circle><circle cx="16" cy="16" r="2.5"></circle><circle cx="16" cy="25" r="2.5"></circle></svg></button></div></div>
</article></div></div></li>"""


def _hp_placeholder() -> str:
    return (
        f'<li class="{HP_LI}"><div class="StyledCard-{HP_V}__sc-rmiu6p-0 fIXvdB" data-renderstrat="timeout"></div></li>'
    )


def _hp_loans_card() -> str:
    return f"""<li class="{HP_LI}"><div class="StyledCard-{HP_V}__sc-rmiu6p-0 gAzPtX srp-loans-card" data-test="search-list-loans-card"><div class="Flex-{HP_V}__sc-n94bjd-0 jLQjry"><img src="https://www.homeplotstatic.example/s3/homepage/static/HomeLoansLogo.svg" alt="Homeplot Home Loans" width="120" height="24"/><h3 class="Text-{HP_V}__sc-aiai24-0 StyledHeading-{HP_V}__sc-s7fcif-0 fSfBhW">Get pre-qualified for a home loan</h3><p class="Text-{HP_V}__sc-aiai24-0 dFxMdJ">Find out how much you could borrow in about 3 minutes. It won't affect your credit score.</p><a class="StyledButton-{HP_V}__sc-wpcbcc-0 hbEfSE" href="{HP_HOST}/homeloans/preapproval/?source=SRP_Card">Get started</a><p class="Text-{HP_V}__sc-aiai24-0 kHeRng">Homeplot Home Loans, LLC. NMLS #10287. Equal Housing Lender.</p></div></div></li>"""


def _hp_ad_slot() -> str:
    return f'<li class="{HP_LI}"><div class="StyledCard-{HP_V}__sc-rmiu6p-0 fIXvdB" data-test="search-list-first-ad"><div id="div-gpt-ad-srp-list-1" class="nativeAdContainer" data-ad-unit="/7449/srp/list_native"></div></div></li>'


def _hp_list_result(item: tuple[Any, ...]) -> dict[str, Any]:
    street, zipcode, zpid, price, beds, baths, sqft, status, broker, badge, acres = item
    result: dict[str, Any] = {
        "zpid": str(zpid),
        "id": str(zpid),
        "rawHomeStatusCd": "ForSale",
        "marketingStatusSimplifiedCd": "For Sale by Owner" if broker is None else "For Sale by Agent",
        "imgSrc": _hp_photo(zpid, 0),
        "hasImage": True,
        "detailUrl": _hp_href(street, zipcode, zpid),
        "statusType": "FOR_SALE",
        "statusText": status,
        "countryCurrency": "$",
        "price": f"${price:,}",
        "unformattedPrice": price,
        "address": _hp_address(street, zipcode),
        "addressStreet": street,
        "addressCity": "Austin",
        "addressState": "TX",
        "addressZipcode": zipcode,
        "isUndisclosedAddress": False,
        "beds": beds,
        "baths": baths,
        "area": sqft,
        "latLong": {"latitude": round(30.22 + (zpid % 97) / 400, 6), "longitude": round(-97.83 + (zpid % 89) / 400, 6)},
        "isZillowOwned": False,
        "flexFieldText": badge or "",
        "flexFieldType": "daysOnZillow" if badge and "days" in badge else "homeInsight",
        "hdpData": {
            "homeInfo": {
                "zpid": zpid,
                "streetAddress": street,
                "zipcode": zipcode,
                "city": "Austin",
                "state": "TX",
                "price": float(price),
                "homeType": {
                    "House for sale": "SINGLE_FAMILY",
                    "For sale by owner": "SINGLE_FAMILY",
                    "New construction": "SINGLE_FAMILY",
                    "Condo for sale": "CONDO",
                    "Townhouse for sale": "TOWNHOUSE",
                    "Lot / Land for sale": "LOT",
                }[status],
                "homeStatus": "FOR_SALE",
                "livingArea": float(sqft) if sqft else None,
                "lotAreaValue": acres,
                "lotAreaUnit": "acres" if acres else None,
                "currency": "USD",
                "country": "USA",
            }
        },
        "brokerName": broker,
        "carouselPhotosComposable": {
            "baseUrl": "https://photos.homeplotstatic.example/fp/{photoKey}-p_e.jpg",
            "photoData": [{"photoKey": f"{zpid:x}0{n}a7c3e9d1"} for n in range(3)],
        },
    }
    return {k: v for k, v in result.items() if v is not None}


def _hp_pager(page: int, pages: int) -> str:
    def link(n: int) -> str:
        return "/austin-tx/" if n == 1 else f"/austin-tx/{n}_p/"

    prev = (
        f'<a rel="prev" class="StyledButton-{HP_V}__sc-wpcbcc-0 PaginationButton-{HP_V}__sc-10pfq9e-0 jSzScB" title="Previous page" href="{link(page - 1)}"><svg viewBox="0 0 32 32" aria-hidden="true" focusable="false" role="img" class="Icon-{HP_V}__sc-13llmml-0"><title>Previous page</title><path d="M21.7 25.3L12.4 16l9.3-9.3-1.4-1.4L9.6 16l10.7 10.7z"></path></svg></a>'
        if page > 1
        else f'<a rel="prev" aria-disabled="true" class="StyledButton-{HP_V}__sc-wpcbcc-0 PaginationButton-{HP_V}__sc-10pfq9e-0 jSzScB" title="Previous page"><svg viewBox="0 0 32 32" aria-hidden="true" focusable="false" role="img" class="Icon-{HP_V}__sc-13llmml-0"><title>Previous page</title><path d="M21.7 25.3L12.4 16l9.3-9.3-1.4-1.4L9.6 16l10.7 10.7z"></path></svg></a>'
    )
    nxt = (
        f'<a rel="next" class="StyledButton-{HP_V}__sc-wpcbcc-0 PaginationButton-{HP_V}__sc-10pfq9e-0 jSzScB" title="Next page" href="{link(page + 1)}"><svg viewBox="0 0 32 32" aria-hidden="true" focusable="false" role="img" class="Icon-{HP_V}__sc-13llmml-0"><title>Next page</title><path d="M10.3 6.7l9.3 9.3-9.3 9.3 1.4 1.4L22.4 16 11.7 5.3z"></path></svg></a>'
        if page < pages
        else f'<a rel="next" aria-disabled="true" class="StyledButton-{HP_V}__sc-wpcbcc-0 PaginationButton-{HP_V}__sc-10pfq9e-0 jSzScB" title="Next page"><svg viewBox="0 0 32 32" aria-hidden="true" focusable="false" role="img" class="Icon-{HP_V}__sc-13llmml-0"><title>Next page</title><path d="M10.3 6.7l9.3 9.3-9.3 9.3 1.4 1.4L22.4 16 11.7 5.3z"></path></svg></a>'
    )
    current = 'aria-current="page" aria-pressed="true" '
    numbers = "".join(
        f'<li class="PaginationNumberItem-{HP_V}__sc-bnmlxt-0 cA-Ddyj"><a {current if n == page else ""}class="StyledButton-{HP_V}__sc-wpcbcc-0 PaginationButton-{HP_V}__sc-10pfq9e-0 hDkrTc" title="Page {n}" href="{link(n)}">{n}</a></li>'
        for n in range(1, pages + 1)
    )
    return f"""<div class="search-pagination"><nav role="navigation" aria-label="Pagination"><ul class="PaginationList-{HP_V}__sc-14rlw6v-0 kNIidk"><li class="PaginationJumpItem-{HP_V}__sc-18wdg2l-0 hXnsHb">{prev}</li>{numbers}<li class="PaginationJumpItem-{HP_V}__sc-18wdg2l-0 hXnsHb">{nxt}</li></ul></nav><div class="Text-{HP_V}__sc-aiai24-0 kAdUNz">Page {page} of {pages}</div></div>"""


def _hp_page(page: int, pages: int, items: list[Any]) -> str:
    cells: list[str] = []
    for n, item in enumerate(items):
        if n == 3 and page == 1:
            cells.append(_hp_ad_slot())
        if n == 5 and page == 2:
            cells.append(_hp_loans_card())
        cells.append(_hp_card(item) if n < HP_RENDERED else _hp_placeholder())
    query_state = {
        "pagination": {} if page == 1 else {"currentPage": page},
        "isMapVisible": True,
        "mapBounds": {"west": -98.06, "east": -97.48, "south": 30.09, "north": 30.52},
        "regionSelection": [{"regionId": 10221, "regionType": 6}],
        "filterState": {"sort": {"value": "globalrelevanceex"}},
        "isListVisible": True,
        "usersSearchTerm": "Austin, TX",
    }
    next_data = json.dumps(
        {
            "props": {
                "pageProps": {
                    "searchPageState": {
                        "user": {"isLoggedIn": False, "hasHousingConnectorPermission": False},
                        "mapState": {"customRegionPolygonWkt": None, "schoolPolygonWkt": None},
                        "regionState": {
                            "regionInfo": [
                                {
                                    "regionType": 6,
                                    "regionId": 10221,
                                    "regionName": "Austin",
                                    "displayName": "Austin TX",
                                    "isPointRegion": False,
                                }
                            ]
                        },
                        "queryState": query_state,
                        "cat1": {
                            "searchResults": {
                                "listResults": [_hp_list_result(item) for item in items],
                                "mapResults": [],
                                "relaxedResults": [],
                            },
                            "searchList": {
                                "totalResultCount": len(HOMES),
                                "resultsPerPage": 10,
                                "totalPages": pages,
                                "listResultsTitle": "Austin TX Real Estate & Homes For Sale",
                            },
                        },
                    },
                    "_sentryTraceData": "c0a7e3d1b9f24c2e8d51f0a6b3c7e9d2-9f1b2c3d4e5f6a7b-0",
                }
            },
            "page": "/search/GenericSearchPage",
            "query": {"searchQueryState": json.dumps(query_state, separators=(",", ":"))},
            "buildId": "srp-prod-2024-11-19-a7c3e9d",
            "isFallback": False,
            "gssp": True,
            "scriptLoader": [],
        },
        separators=(",", ":"),
    )
    canonical = f"{HP_HOST}/austin-tx/" if page == 1 else f"{HP_HOST}/austin-tx/{page}_p/"
    filters = "".join(
        f'<div class="filter-button-container"><button type="button" class="StyledButton-{HP_V}__sc-wpcbcc-0 StyledFilterButton-{HP_SRP}__sc-1ad6y5e-0 gYbcrj" aria-expanded="false" aria-haspopup="dialog">{label}<svg viewBox="0 0 32 32" aria-hidden="true" focusable="false" role="img"><title>Chevron Down</title><path d="M29.41 8.59a2 2 0 00-2.83 0L16 19.17 5.41 8.59a2 2 0 00-2.82 2.82l12 12a2 2 0 002.82 0l12-12a2 2 0 000-2.82z"></path></svg></button></div>'
        for label in ("For Sale", "Price", "Beds &amp; Baths", "Home Type", "More")
    )
    nearby = "".join(
        f'<li><a href="/{slug(city)}-tx/">{city} Real Estate</a></li>'
        for city in (
            "Round Rock",
            "Pflugerville",
            "Cedar Park",
            "Georgetown",
            "Leander",
            "Kyle",
            "Buda",
            "Manor",
            "Lakeway",
            "Dripping Springs",
        )
    )
    zips = "".join(
        f'<li><a href="/austin-tx-{z}/">{z} Real Estate</a></li>'
        for z in ("78704", "78745", "78702", "78703", "78731", "78751", "78723", "78759")
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>Austin TX Real Estate - Austin TX Homes For Sale | Homeplot</title>
<meta name="description" content="Homeplot has {len(HOMES)} homes for sale in Austin TX. View listing photos, review sales history, and use our detailed real estate filters to find the perfect place."/>
<link rel="canonical" href="{canonical}"/>
<meta property="og:title" content="Austin TX Real Estate &amp; Homes For Sale"/>
<link rel="preconnect" href="https://photos.homeplotstatic.example"/>
<style data-styled="true" data-styled-version="5.3.11">.kbUUtf{{position:relative;display:flex;flex-direction:column;border-radius:8px;box-shadow:0 2px 4px rgba(0,0,0,.1)}}.vjmXt{{font-size:20px;font-weight:700;line-height:24px}}.exCsDV{{display:inline-flex;list-style:none;margin:0;padding:0}}.exCsDV li+li::before{{content:"|";margin:0 4px;color:#a7a6ab}}.kFpzEO{{font-size:12px;line-height:16px;color:#54545a;text-transform:uppercase}}</style>
</head>
<body class="srp-page"><div id="__next"><div class="srp-page-container" id="search-page-react-content">
<header class="page-header" role="banner"><nav class="pfs__nav" aria-label="Main"><ul class="pfs__nav-list"><li><a href="/homes/for_sale/">Buy</a></li><li><a href="/homes/for_rent/">Rent</a></li><li><a href="/sell/">Sell</a></li><li><a href="/homeloans/">Home Loans</a></li><li><a href="/professionals/real-estate-agent-reviews/">Find an Agent</a></li></ul><a class="pfs__logo" href="/"><img src="https://www.homeplotstatic.example/s3/pfs/static/homeplot-logo.svg" alt="Homeplot Real Estate"/></a><ul class="pfs__nav-list"><li><a href="/rental-manager/">Manage Rentals</a></li><li><a href="/advertise/">Advertise</a></li><li><a href="/help/">Help</a></li><li><a href="/user/acct/login/">Sign In</a></li></ul></nav></header>
<div class="search-page-header"><div class="search-bar"><form role="search" class="SearchBoxForm-{HP_SRP}__sc-1u2p8dh-0"><label for="srp-search-box" class="VisuallyHidden-{HP_V}__sc-t8tewe-0 dUpBua">Search</label><input type="text" id="srp-search-box" placeholder="Address, neighborhood, city, ZIP" value="Austin, TX" autocomplete="off"/><button type="submit" aria-label="Submit search"><svg viewBox="0 0 32 32" aria-hidden="true" focusable="false" role="img"><title>Search</title><path d="M29.41 26.59l-7.12-7.12a11 11 0 10-2.83 2.83l7.12 7.12a2 2 0 002.83-2.83zM6 13a7 7 0 117 7 7 7 0 01-7-7z"></path></svg></button></form></div><div class="filter-bar" role="toolbar" aria-label="Filters">{filters}<button type="button" class="StyledButton-{HP_V}__sc-wpcbcc-0 save-search-button dIXmPD">Save search</button></div></div>
<div class="search-page-container"><div id="search-page-map-container" class="search-page-map-container"><div id="search-page-map" class="search-page-map" aria-label="Interactive map"><div class="map-placeholder" data-renderstrat="client"></div></div></div>
<div id="search-page-list-container" class="search-page-list-container">
<div class="search-page-list-header"><h1 class="Text-{HP_V}__sc-aiai24-0 StyledHeading-{HP_V}__sc-s7fcif-0 iwtOLP">Austin TX Real Estate &amp; Homes For Sale</h1><div class="search-subtitle"><span class="result-count">{len(HOMES)} results</span><div class="sort-options"><button type="button" class="StyledTextButton-{HP_V}__sc-n1gfmh-0 gjdIBf" aria-haspopup="listbox"><span class="VisuallyHidden-{HP_V}__sc-t8tewe-0 dUpBua">Sort by </span>Sort: Homes for You</button></div></div></div>
<div id="grid-search-results" class="result-list-container"><ul class="List-{HP_V}__sc-1smrmqp-0 StyledSearchListWrapper-{HP_SRP}__sc-1ieen0c-0 kquqgw gLCZxh photo-cards photo-cards_extra-attribution">
{chr(10).join(cells)}
</ul>
{_hp_pager(page, pages)}
</div>
<div class="search-list-seo"><h2>Nearby cities</h2><ul class="seo-links">{nearby}</ul><h2>Popular ZIP codes</h2><ul class="seo-links">{zips}</ul></div>
<div class="search-list-disclaimer"><p>Homeplot Group is committed to ensuring digital accessibility for individuals with disabilities. Listing information is deemed reliable but is not guaranteed. Data provided by ACTRIS, updated every 15 minutes.</p></div>
</div></div>
<footer class="site-footer"><ul><li><a href="/corp/About.htm">About</a></li><li><a href="/z/research/">Research</a></li><li><a href="/careers/">Careers</a></li><li><a href="/corp/Terms.htm">Terms of use</a></li><li><a href="/z/privacy/">Privacy Notice</a></li><li><a href="/z/cookie-preference/">Cookie Preference</a></li></ul><p>&copy; 2006-2024 Homeplot</p></footer>
</div></div>
<script id="__NEXT_DATA__" type="application/json">{next_data}</script>
<script src="https://www.homeplotstatic.example/s3/search-page-next/_next/static/chunks/pages/search/GenericSearchPage-a7c3e9d1b2.js" defer></script>
<script>window.__pfs_analytics = window.__pfs_analytics || []; window.__pfs_analytics.push(["pageView", {{"page": "srp", "region": "10221"}}]);</script>
</body></html>"""


@ninth
def build_homeplot() -> None:
    s = Site(
        "homeplot",
        kind="real-estate search cards (Zillow-like: versioned styled-components classes, <b>/<abbr> detail lists, lazily rendered cards, /N_p/ pages)",
        start="austin-tx/",
        description="A Zillow-like search results page for Austin TX (2024): ul.photo-cards of li.ListItem-c11n-… > article.property-card[data-test=property-card] with a badge area ('3 days on Homeplot', 'Open: Sat 12-2pm', 'Price cut: …', 'Showcase'), a Save button, a photo carousel with alts repeating the address; div.property-card-data with a.property-card-link > address, span[data-test=property-card-price] '$849,000', a StyledPropertyCardHomeDetailsList of '<b>3</b> <abbr>bds</abbr>' / 'ba' / 'sqft' ('--' when unknown; '<b>2.15</b> <abbr>acres lot</abbr>' for land) followed by ' - House for sale', the brokerage in its own div (none for owners); only the first eight cards of a page are rendered, the rest are empty data-renderstrat placeholders whose listings are only in __NEXT_DATA__ listResults; an empty native ad slot and a home-loans card in the list; a filter bar, 'Sort: Homes for You', a map placeholder, a Pagination nav with Previous / Next page icon links and /austin-tx/N_p/ pages, SEO link lists of nearby cities and ZIP codes.",
    )
    pages = chunks(HOMES, [10, 10, 6])
    for page, items in enumerate(pages, 1):
        text = _hp_page(page, len(pages), items)
        s.list_page("austin-tx/index.html" if page == 1 else f"austin-tx/{page}_p/index.html", text)
    for street, zipcode, zpid, price, beds, baths, sqft, status, broker, _badge, acres in HOMES:
        s.expect(
            {
                "address": _hp_address(street, zipcode),
                "url": _hp_href(street, zipcode, zpid),
                "price": price,
                "currency": "USD",
                "beds": beds,
                "baths": baths,
                "sqft": sqft,
                "lot_acres": acres,
                "status": status,
                "broker": broker,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# hatchlist (FROZEN): a Product-Hunt-like daily leaderboard, one page per day (/leaderboard/daily/Y/M/D)
# linked by previous / next day arrows. Each launch is a section[data-test=post-item-ID] with a
# thumbnail link, a name link reading "1. Name", a tagline link, topic links joined by bullets, a
# comment button and an upvote button holding bare numbers; a promoted row of the same markup, a
# "Coming soon" sidebar of upcoming launches, period tabs, a Featured / All toggle, RSC flight scripts.
# ---------------------------------------------------------------------------------------------------

PH_CDN = "https://hatch-files.hatchlistcdn.example"
# (day, [(name, tagline, topics, upvotes, comments, post id)])
LAUNCH_DAYS: list[tuple[date, list[tuple[str, str, list[str], int, int, int]]]] = [
    (
        date(2025, 3, 12),
        [
            (
                "Orbit Notes",
                "Turn meeting chaos into shareable notes",
                ["Productivity", "Meetings", "Artificial Intelligence"],
                612,
                84,
                938411,
            ),
            (
                "Ferrule",
                "Open-source feature flags that live in your repo",
                ["Developer Tools", "Open Source", "GitHub"],
                547,
                61,
                938377,
            ),
            (
                "Palette Pilot",
                "Generate accessible color systems from one brand color",
                ["Design Tools", "Accessibility"],
                433,
                47,
                938402,
            ),
            ("Tallyho", "Split group trip costs without the spreadsheet", ["Fintech", "Travel"], 389, 52, 938265),
            (
                "Quillstream",
                "Your newsletter, rewritten for every reader",
                ["Email Newsletters", "Writing", "Artificial Intelligence"],
                341,
                29,
                938390,
            ),
            (
                "Burrow for Mac",
                "A keyboard-first file finder that reads your mind",
                ["Mac", "Productivity"],
                296,
                33,
                938318,
            ),
            (
                "Sproutly",
                "Plant care reminders tuned to your local weather",
                ["Android", "iOS", "Home"],
                214,
                18,
                938254,
            ),
            (
                "Linterloop",
                "Code review comments that fix themselves",
                ["Developer Tools", "Artificial Intelligence"],
                187,
                22,
                938436,
            ),
            ("Headcount HQ", "Org charts that update from your HRIS", ["SaaS", "Human Resources"], 142, 11, 938299),
        ],
    ),
    (
        date(2025, 3, 11),
        [
            (
                "Murmur",
                "Voice notes that turn into tasks",
                ["Productivity", "iOS", "Artificial Intelligence"],
                701,
                93,
                937962,
            ),
            (
                "Stackbill",
                "Usage-based billing in an afternoon",
                ["Payments", "SaaS", "Developer Tools"],
                498,
                57,
                937940,
            ),
            ("Kerning Club", "A daily typography game for designers", ["Design Tools", "Games"], 402, 64, 938001),
            (
                "Lumen Dash",
                "Self-hosted analytics that respects privacy",
                ["Analytics", "Privacy", "Open Source"],
                377,
                41,
                937915,
            ),
            ("Trailpack", "Plan multi-day hikes with offline maps", ["Outdoors", "Maps", "Travel"], 265, 30, 937987),
            (
                "Cadence Coach",
                "An AI running coach that adapts every week",
                ["Health & Fitness", "Artificial Intelligence"],
                233,
                27,
                937899,
            ),
            (
                "Snippetbox 2.0",
                "Share code snippets that run in the browser",
                ["Developer Tools", "Education"],
                198,
                19,
                938012,
            ),
            (
                "Fieldnote",
                "Research repository for product teams",
                ["User Experience", "Productivity"],
                161,
                14,
                937954,
            ),
            (
                "Pantry Pal",
                "Recipes from what's already in your fridge",
                ["Food & Drink", "Artificial Intelligence"],
                120,
                9,
                937871,
            ),
        ],
    ),
    (
        date(2025, 3, 10),
        [
            (
                "Relay Rooms",
                "Async standups with video, not meetings",
                ["Remote Work", "Productivity", "Video"],
                655,
                71,
                937512,
            ),
            (
                "Glyphsmith",
                "Turn sketches into icon sets",
                ["Design Tools", "Artificial Intelligence"],
                512,
                58,
                937488,
            ),
            ("Dockwatch", "Know when your containers drift from main", ["Developer Tools", "DevOps"], 384, 36, 937530),
            ("Budgetbird", "Zero-based budgeting for couples", ["Fintech", "Personal Finance"], 329, 45, 937467),
            (
                "Inkwell Journal",
                "Private journaling with end-to-end encryption",
                ["Writing", "Privacy", "iOS"],
                274,
                25,
                937541,
            ),
            ("Shiftboard Lite", "Free rota planning for small cafes", ["SaaS", "Small Business"], 206, 17, 937409),
            (
                "Waveform Studio",
                "Podcast editing by editing the transcript",
                ["Podcasting", "Audio", "Artificial Intelligence"],
                181,
                23,
                937556,
            ),
            ("Tiny Tutor", "Bite-sized maths practice for kids", ["Education", "Kids", "iPad"], 97, 8, 937433),
        ],
    ),
]
# One promoted row per day page: (name, tagline, external link)
PH_ADS = [
    ("Brightdesk CRM", "The CRM that fills itself in", "https://brightdesk.example/?ref=hatchlist_ad"),
    ("Nimbus VPN", "Private browsing on every device", "https://nimbusvpn.example/lp/hatch?utm_source=hatchlist"),
    ("Formcraft", "Forms your customers actually finish", "https://formcraft.example/?via=hatchlist"),
]
PH_UPCOMING = [
    ("Cobalt Mail", "An inbox that sorts itself by what matters", 1284),
    ("Pixelpress", "Print-ready brochures from a prompt", 733),
    ("Quietly", "Focus sessions with friends, muted", 518),
]
PH_COMMENT_ICON = '<svg width="16" height="16" viewBox="0 0 16 16" fill="none" xmlns="http://www.w3.org/2000/svg" class="text-secondary" aria-hidden="true"><path d="M2.5 3.5a1 1 0 011-1h9a1 1 0 011 1v6.2a1 1 0 01-1 1H7l-3 2.6v-2.6h-.5a1 1 0 01-1-1z" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round"></path></svg>'
PH_VOTE_ICON = '<svg width="16" height="16" viewBox="0 0 16 16" fill="none" xmlns="http://www.w3.org/2000/svg" class="text-dark-gray" aria-hidden="true"><path d="M6.58 2.98a1.6 1.6 0 012.84 0l4.4 8.14A1.6 1.6 0 0112.42 13.5H3.58a1.6 1.6 0 01-1.4-2.38z" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round"></path></svg>'


def _ph_slug(name: str) -> str:
    return str(slug(name.replace(".", "-")))


def _ph_day_path(day: date) -> str:
    return f"/leaderboard/daily/{day.year}/{day.month}/{day.day}"


def _ph_day_text(day: date) -> str:
    return f"{day:%B} {day.day}, {day.year}"


def _ph_topics(topics: list[str]) -> str:
    links = [
        f'<a class="text-14 font-normal text-secondary hover:underline" href="/topics/{slug(t)}" data-sentry-element="Link" data-sentry-source-file="index.tsx">{esc(t)}</a>'
        for t in topics
    ]
    sep = '<span class="text-14 text-gray-400" aria-hidden="true">•</span>'
    return sep.join(links)


def _ph_item(rank: int, item: tuple[str, str, list[str], int, int, int]) -> str:
    name, tagline, topics, votes, comments, pid = item
    href = f"/posts/{_ph_slug(name)}"
    thumb = f"{PH_CDN}/{pid}/{pid * 7 % 99991:05d}-thumb.png?auto=format&amp;fit=crop&amp;w=48&amp;h=48&amp;dpr=2"
    return f"""<section class="group relative isolate flex cursor-pointer flex-row items-start gap-4 rounded-xl px-0 py-4 transition-all sm:-mx-4 sm:p-4 hover:bg-gray-50" data-test="post-item-{pid}" data-sentry-component="PostItem" data-sentry-source-file="index.tsx">
<a href="{href}" class="flex-none" tabindex="-1" aria-hidden="true" data-sentry-element="Link" data-sentry-source-file="index.tsx"><img alt="{esc(name)}" width="48" height="48" loading="lazy" decoding="async" class="size-12 rounded-lg" src="{thumb}"/></a>
<div class="flex min-w-0 flex-1 flex-col items-start gap-0.5">
<span class="text-16 font-semibold leading-6 text-dark-gray" data-test="post-name-{pid}"><a href="{href}" data-sentry-element="Link" data-sentry-source-file="index.tsx">{rank}. {esc(name)}</a></span>
<a class="text-16 font-normal leading-6 text-secondary" href="{href}" data-sentry-element="Link" data-sentry-source-file="index.tsx">{esc(tagline)}</a>
<div class="flex flex-row flex-wrap items-center gap-2" data-sentry-component="TagList" data-sentry-source-file="index.tsx">{_ph_topics(topics)}</div>
</div>
<div class="flex flex-none flex-row gap-2">
<button type="button" class="flex size-12 flex-col items-center justify-center gap-1 rounded-xl border-2 border-gray-200 bg-white transition-all hover:border-gray-300" data-sentry-element="Button" data-sentry-source-file="index.tsx">{PH_COMMENT_ICON}<p class="text-14 font-semibold leading-none text-dark-gray">{comments}</p></button>
<button type="button" data-test="vote-button" class="flex size-12 flex-col items-center justify-center gap-1 rounded-xl border-2 border-gray-200 bg-white transition-all hover:border-brand-500" data-sentry-element="VoteButton" data-sentry-source-file="index.tsx"><div class="flex flex-col items-center gap-1">{PH_VOTE_ICON}<p class="text-14 font-semibold leading-none text-dark-gray">{votes}</p></div></button>
</div>
</section>"""


def _ph_ad(ad: tuple[str, str, str]) -> str:
    name, tagline, link = ad
    return f"""<section class="group relative isolate flex cursor-pointer flex-row items-start gap-4 rounded-xl px-0 py-4 transition-all sm:-mx-4 sm:p-4 hover:bg-gray-50" data-test="ad-item" data-sentry-component="AdItem" data-sentry-source-file="index.tsx">
<a href="{link}" class="flex-none" rel="sponsored noopener" target="_blank" tabindex="-1" aria-hidden="true"><img alt="{esc(name)}" width="48" height="48" loading="lazy" class="size-12 rounded-lg" src="{PH_CDN}/ads/{slug(name)}.png?auto=format&amp;w=48&amp;h=48"/></a>
<div class="flex min-w-0 flex-1 flex-col items-start gap-0.5">
<span class="text-16 font-semibold leading-6 text-dark-gray"><a href="{link}" rel="sponsored noopener" target="_blank">{esc(name)}</a></span>
<a class="text-16 font-normal leading-6 text-secondary" href="{link}" rel="sponsored noopener" target="_blank">{esc(tagline)}</a>
<div class="flex flex-row flex-wrap items-center gap-2"><span class="text-14 font-normal text-secondary">Promoted</span></div>
</div>
<div class="flex flex-none flex-row gap-2"><button type="button" aria-label="Hide this promotion" class="flex size-12 flex-col items-center justify-center rounded-xl border-2 border-gray-200 bg-white"><svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true"><path d="M1 1l10 10M11 1L1 11" stroke="currentColor" stroke-width="1.5"></path></svg></button></div>
</section>"""


def _ph_flight(day: date, items: list[tuple[str, str, list[str], int, int, int]]) -> str:
    """The RSC payload chunks Next.js streams after the HTML (a part of the data, script-escaped)."""
    posts = [
        {
            "__typename": "Post",
            "id": str(pid),
            "name": name,
            "slug": _ph_slug(name),
            "tagline": tagline,
            "votesCount": votes,
            "commentsCount": comments,
            "dailyRank": str(rank),
            "topics": {"edges": [{"node": {"name": t, "slug": slug(t)}} for t in topics]},
        }
        for rank, (name, tagline, topics, votes, comments, pid) in enumerate(items[:4], 1)
    ]
    chunk = (
        "1f:"
        + json.dumps(
            ["$", "$L20", None, {"date": day.isoformat(), "featured": True, "initialPosts": posts}],
            separators=(",", ":"),
        )
        + "\n"
    )
    return "\n".join(
        [
            "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
            '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:I[\\"7301\\",[\\"static/chunks/7301-5c1a0b9e.js\\"],\\"default\\"]\\n"])</script>',
            f"<script>self.__next_f.push([1,{json.dumps(chunk)}])</script>",
        ]
    )


def _ph_page(index: int, day: date, items: list[tuple[str, str, list[str], int, int, int]]) -> str:
    rows = [_ph_item(rank, item) for rank, item in enumerate(items, 1)]
    rows.insert(3, _ph_ad(PH_ADS[index]))
    prev_day = LAUNCH_DAYS[index + 1][0] if index + 1 < len(LAUNCH_DAYS) else date.fromordinal(day.toordinal() - 1)
    prev_link = f'<a aria-label="Previous day" class="flex size-9 items-center justify-center rounded-full border border-gray-200 hover:bg-gray-50" href="{_ph_day_path(prev_day)}" data-sentry-element="Link"><svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path d="M10 3L5 8l5 5" stroke="currentColor" stroke-width="1.5" fill="none"></path></svg></a>'
    if index == 0:
        next_link = '<span aria-disabled="true" class="flex size-9 items-center justify-center rounded-full border border-gray-100 text-gray-300"><svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path d="M6 3l5 5-5 5" stroke="currentColor" stroke-width="1.5" fill="none"></path></svg></span>'
    else:
        next_link = f'<a aria-label="Next day" class="flex size-9 items-center justify-center rounded-full border border-gray-200 hover:bg-gray-50" href="{_ph_day_path(LAUNCH_DAYS[index - 1][0])}" data-sentry-element="Link"><svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path d="M6 3l5 5-5 5" stroke="currentColor" stroke-width="1.5" fill="none"></path></svg></a>'
    week = day.isocalendar().week
    tabs = "".join(
        f'<a class="rounded-full px-4 py-2 text-14 font-semibold {"bg-gray-900 text-white" if label == "Daily" else "text-secondary hover:bg-gray-100"}" href="{href}">{label}</a>'
        for label, href in (
            ("Daily", _ph_day_path(day)),
            ("Weekly", f"/leaderboard/weekly/{day.year}/{week}"),
            ("Monthly", f"/leaderboard/monthly/{day.year}/{day.month}"),
            ("Yearly", f"/leaderboard/yearly/{day.year}"),
        )
    )
    upcoming = "".join(
        f'<li class="flex flex-row items-center gap-3 py-2"><img alt="{esc(n)}" width="32" height="32" loading="lazy" class="size-8 rounded-md" src="{PH_CDN}/upcoming/{slug(n)}.png?w=32&amp;h=32"/><div class="flex min-w-0 flex-1 flex-col"><a class="text-14 font-semibold text-dark-gray" href="/products/{slug(n)}/coming-soon">{esc(n)}</a><span class="truncate text-12 text-secondary">{esc(t)}</span></div><button type="button" class="rounded-full border border-gray-200 px-3 py-1 text-12 font-semibold">Notify me</button><span class="sr-only">{f} followers</span></li>'
        for n, t, f in PH_UPCOMING
    )
    forum = "".join(
        f'<li class="py-2"><a class="text-14 text-dark-gray hover:underline" href="/p/general/{slug(t)}">{esc(t)}</a><div class="text-12 text-secondary">{c} comments</div></li>'
        for t, c in (
            ("What is the one tool you could not work without this year?", 214),
            ("Launching solo: how did you get your first 100 upvotes?", 96),
            ("Show us your desk setup", 153),
        )
    )
    return f"""<!DOCTYPE html><html lang="en" class="__variable_3a0388 __variable_c1e5c9"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<link rel="preload" as="font" href="/_next/static/media/a34f9d1faa5f3315-s.p.woff2" crossorigin="" type="font/woff2"/>
<link rel="stylesheet" href="/_next/static/css/8f2e5c1d9a7b3e40.css" data-precedence="next"/>
<title>Best of {_ph_day_text(day)} | Hatchlist</title>
<meta name="description" content="The best new products launched on Hatchlist on {_ph_day_text(day)}: every launch of the day, ranked by the community's upvotes."/>
<link rel="canonical" href="https://www.hatchlist.example{_ph_day_path(day)}"/>
<meta property="og:image" content="https://www.hatchlist.example/api/og/leaderboard?date={day.isoformat()}"/>
<script src="/_next/static/chunks/webpack-2c5d1b0a8e3f7d61.js" async=""></script>
</head><body class="bg-white text-dark-gray antialiased">
<div class="flex min-h-screen flex-col">
<header class="sticky top-0 z-20 border-b border-gray-100 bg-white" data-sentry-component="Header" data-sentry-source-file="index.tsx"><div class="mx-auto flex h-16 max-w-7xl flex-row items-center gap-6 px-6">
<a href="/" aria-label="Hatchlist home" class="flex-none"><svg width="40" height="40" viewBox="0 0 40 40" aria-hidden="true"><circle cx="20" cy="20" r="20" fill="#FF6154"></circle><path d="M17 12h6a5 5 0 010 10h-6v6h-3V12z" fill="#fff"></path></svg></a>
<div class="relative hidden md:block"><label for="header-search" class="sr-only">Search</label><input id="header-search" type="text" placeholder="Search ( / )" class="h-10 w-64 rounded-full bg-gray-50 pl-10 text-14"/></div>
<nav class="hidden flex-row gap-6 text-14 font-semibold text-secondary lg:flex" aria-label="Main"><button type="button" aria-haspopup="menu">Best Products</button><button type="button" aria-haspopup="menu">Launches</button><a href="/news">News</a><a href="/discussions">Forums</a><a href="/advertise">Advertise</a></nav>
<div class="ml-auto flex flex-row items-center gap-3"><a href="/posts/new" class="rounded-full border border-gray-200 px-4 py-2 text-14 font-semibold">Submit</a><a href="/login" class="rounded-full bg-brand-500 px-4 py-2 text-14 font-semibold text-white">Sign in</a></div>
</div></header>
<main class="mx-auto w-full max-w-7xl flex-1 px-6 py-8"><div class="flex flex-row gap-10">
<div class="flex min-w-0 flex-1 flex-col gap-6" data-sentry-component="LeaderboardPage" data-sentry-source-file="page.tsx">
<div class="flex flex-row items-center justify-between gap-4"><h1 class="text-24 font-semibold leading-8 text-dark-gray sm:text-32">Best of {_ph_day_text(day)}</h1><div class="flex flex-row gap-2">{prev_link}{next_link}</div></div>
<nav class="flex flex-row gap-2" aria-label="Leaderboard period">{tabs}</nav>
<div class="flex flex-row items-center gap-2 text-14" role="tablist"><a role="tab" aria-selected="true" class="font-semibold text-dark-gray underline underline-offset-4" href="{_ph_day_path(day)}">Featured</a><span class="text-gray-300">|</span><a role="tab" aria-selected="false" class="text-secondary" href="{_ph_day_path(day)}/all">All</a></div>
<div class="flex flex-col" data-sentry-component="LeaderboardList" data-sentry-source-file="index.tsx">
{chr(10).join(rows)}
</div>
<p class="text-14 text-secondary">Looking for more? <a class="underline" href="{_ph_day_path(day)}/all">See all of {_ph_day_text(day)}'s launches</a></p>
</div>
<aside class="hidden w-[300px] flex-none flex-col gap-8 lg:flex">
<section class="rounded-xl border border-gray-100 p-4"><h2 class="mb-2 text-16 font-semibold">Coming soon</h2><ul class="flex flex-col divide-y divide-gray-100">{upcoming}</ul><a class="mt-2 block text-14 font-semibold text-brand-500" href="/coming-soon">View all</a></section>
<section class="rounded-xl border border-gray-100 p-4"><h2 class="mb-2 text-16 font-semibold">Trending forum threads</h2><ul class="flex flex-col">{forum}</ul></section>
<section class="rounded-xl bg-gray-50 p-4"><h2 class="text-16 font-semibold">Get the best of Hatchlist, daily</h2><p class="text-14 text-secondary">Join 150,000+ makers reading the daily digest.</p><form class="mt-3 flex flex-row gap-2"><label for="newsletter-email" class="sr-only">Email</label><input id="newsletter-email" type="email" placeholder="Your email" class="h-10 flex-1 rounded-full border px-4 text-14"/><button type="submit" class="rounded-full bg-dark-gray px-4 text-14 font-semibold text-white">Subscribe</button></form></section>
</aside>
</div></main>
<footer class="border-t border-gray-100 py-8"><div class="mx-auto flex max-w-7xl flex-row flex-wrap gap-6 px-6 text-14 text-secondary"><a href="/about">About</a><a href="/faq">FAQs</a><a href="/newsletter">Newsletter</a><a href="/stories">Stories</a><a href="/apps">Apps</a><a href="/terms">Terms</a><a href="/privacy">Privacy</a><span>&copy; 2025 Hatchlist</span></div></footer>
</div>
{_ph_flight(day, items)}
<script src="/_next/static/chunks/main-app-9b1f3c7e2d5a4086.js" async=""></script>
</body></html>"""


@ninth
def build_hatchlist() -> None:
    s = Site(
        "hatchlist",
        kind="daily launches leaderboard (Product-Hunt-like: 'N. Name' links, tagline links, bullet-joined topics, bare vote / comment numbers, one page per day)",
        start=_ph_day_path(LAUNCH_DAYS[0][0]).lstrip("/"),
        description="A Product-Hunt-like daily leaderboard (2025, Next.js with Tailwind utilities and data-sentry-* attributes): 'Best of March 12, 2025' with previous / next day arrow links (the start day's next arrow disabled), Daily / Weekly / Monthly / Yearly tabs, a Featured / All toggle; section[data-test=post-item-ID] rows with a thumbnail link, span[data-test=post-name-ID] > a '1. Orbit Notes', a tagline link, topic links joined by '•' spans, a comment button and a vote button holding bare numbers in p elements; one promoted row a page (data-test=ad-item, 'Promoted', external sponsored links, no counts); a 'Coming soon' sidebar of upcoming launches with Notify me buttons, trending forum threads with comment counts, a newsletter box, RSC flight scripts with part of the data; three day pages (/leaderboard/daily/2025/3/12, /11, /10).",
    )
    for index, (day, items) in enumerate(LAUNCH_DAYS):
        s.list_page(f"{_ph_day_path(day).lstrip('/')}/index.html", _ph_page(index, day, items))
        for rank, (name, tagline, topics, votes, comments, _pid) in enumerate(items, 1):
            s.expect(
                {
                    "rank": rank,
                    "title": name,
                    "url": f"/posts/{_ph_slug(name)}",
                    "tagline": tagline,
                    "topics": topics,
                    "upvotes": votes,
                    "comments": comments,
                    "date": day.isoformat(),
                }
            )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# wanderplate (FROZEN): a TripAdvisor-like restaurant list for Boston. div[data-test-target=
# restaurants-list] of div[data-test=N_list_item] cards (SL_list_item for sponsored ones, unnumbered),
# obfuscated utility classes; the title link reads "1. Name"; the rating lives only in an SVG <title>
# ("4.5 of 5 bubbles") beside "2,431 reviews"; cuisines and a price band are unlabelled spans; open /
# closed status, two review quotes, Reserve buttons, Travelers' Choice marks; a filter sidebar with
# counts and -oa10- offset pagination.
# ---------------------------------------------------------------------------------------------------

TA_GEO = "g60745"
TA_CITY = "Boston_Massachusetts"
TA_MEDIA = "https://dynamic-media-cdn.wanderplate.example/media/photo-o"
# (name, location id, rating, reviews, cuisines, price band or None, status, quotes, travellers' choice, reserve)
EATERIES: list[tuple[str, int, float, int, list[str], str | None, str, tuple[str, str], bool, bool]] = [
    (
        "Harborline Oyster Bar",
        1152043,
        4.5,
        2431,
        ["Seafood", "American", "Bar"],
        "$$ - $$$",
        "Open now",
        ("Best raw bar on the waterfront", "Lobster roll worth the wait"),
        True,
        True,
    ),
    (
        "Trattoria Lucca",
        2380114,
        5.0,
        1187,
        ["Italian", "Pizza"],
        "$$ - $$$",
        "Closed now",
        ("Handmade pasta like in Tuscany", "Cozy and friendly"),
        True,
        True,
    ),
    (
        "The Salt Cellar",
        1037765,
        4.5,
        3012,
        ["American", "Steakhouse"],
        "$$$$",
        "Open now",
        ("Perfect anniversary dinner", "The ribeye was outstanding"),
        True,
        True,
    ),
    (
        "Cafe Alcazar",
        4410672,
        4.5,
        652,
        ["Spanish", "Mediterranean"],
        "$$ - $$$",
        "Closes in 25 min",
        ("Great tapas and sangria", "Lively atmosphere"),
        False,
        True,
    ),
    (
        "Dumpling Lantern",
        8823051,
        4.5,
        903,
        ["Chinese", "Asian"],
        "$",
        "Open now",
        ("Soup dumplings are a must", "Cheap and cheerful"),
        False,
        False,
    ),
    (
        "North End Pastry Co.",
        3318470,
        4.5,
        1544,
        ["Bakeries", "Dessert", "Cafe"],
        "$",
        "Open now",
        ("Cannoli heaven", "Expect a line"),
        True,
        False,
    ),
    (
        "Beacon & Vine",
        12043387,
        4.0,
        412,
        ["American", "Wine Bar"],
        "$$$$",
        "Closed now",
        ("Excellent wine list", "Pricey but worth it"),
        False,
        True,
    ),
    (
        "Saffron Table",
        7765120,
        4.5,
        287,
        ["Indian", "Vegetarian Friendly"],
        "$$ - $$$",
        "Open now",
        ("Best curry in town", "Attentive staff"),
        False,
        True,
    ),
    (
        "Lobster Pot Shack",
        15560203,
        4.0,
        1876,
        ["Seafood", "Quick Bites"],
        "$$ - $$$",
        "Open now",
        ("Classic New England chowder", "Touristy but tasty"),
        False,
        False,
    ),
    (
        "Kaze Ramen Bar",
        19984401,
        4.5,
        199,
        ["Japanese", "Soups"],
        "$",
        "Closed now",
        ("Rich tonkotsu broth", "Tiny place, go early"),
        False,
        False,
    ),
    (
        "Fenway Smokehouse",
        10451927,
        4.0,
        1033,
        ["Barbecue", "American"],
        "$$ - $$$",
        "Open now",
        ("Brisket melts in your mouth", "Great before a game"),
        False,
        True,
    ),
    (
        "Osteria Bianca",
        6641802,
        4.5,
        476,
        ["Italian", "Mediterranean"],
        "$$$$",
        "Open now",
        ("Truffle risotto was divine", "Romantic setting"),
        True,
        True,
    ),
    (
        "Little Saigon Kitchen",
        9231174,
        4.5,
        341,
        ["Vietnamese", "Asian"],
        "$",
        "Closes in 40 min",
        ("Pho just like Hanoi", "Quick lunch spot"),
        False,
        False,
    ),
    (
        "Clover & Crumb",
        23318806,
        5.0,
        88,
        ["Cafe", "Healthy"],
        None,
        "Open now",
        ("Lovely brunch spot", "Great oat latte"),
        False,
        False,
    ),
    (
        "Commonwealth Tavern",
        1183542,
        4.0,
        2210,
        ["American", "Pub", "Bar"],
        "$$ - $$$",
        "Open now",
        ("Solid pub food", "Big beer selection"),
        False,
        True,
    ),
    (
        "Casa Mezcal",
        13340095,
        4.5,
        615,
        ["Mexican", "Latin"],
        "$$ - $$$",
        "Closed now",
        ("Amazing mole", "Margaritas are strong"),
        False,
        True,
    ),
    (
        "The Chowder Hall",
        1019933,
        4.0,
        2987,
        ["Seafood", "American"],
        "$$ - $$$",
        "Open now",
        ("Chowder in a bread bowl", "Historic building"),
        False,
        False,
    ),
    (
        "Bistro Marceau",
        2067721,
        4.5,
        534,
        ["French", "European"],
        "$$$$",
        "Open now",
        ("Steak frites done right", "Charming Parisian feel"),
        True,
        True,
    ),
    (
        "Taverna Kyma",
        11890623,
        4.5,
        402,
        ["Greek", "Mediterranean"],
        "$$ - $$$",
        "Open now",
        ("Grilled octopus was perfect", "Generous portions"),
        False,
        True,
    ),
    (
        "Seoul Garden BBQ",
        17783340,
        4.0,
        268,
        ["Korean", "Barbecue"],
        "$$ - $$$",
        "Closes in 15 min",
        ("Fun tabletop grilling", "Good for groups"),
        False,
        False,
    ),
    (
        "Back Bay Burger Co.",
        14427018,
        4.5,
        733,
        ["American", "Fast Food"],
        "$",
        "Open now",
        ("Juicy smash burgers", "Fries are addictive"),
        False,
        False,
    ),
    (
        "Peking Pavilion",
        1078254,
        4.0,
        880,
        ["Chinese", "Seafood"],
        "$$ - $$$",
        "Closed now",
        ("Peking duck for the table", "Old school Chinatown"),
        False,
        True,
    ),
    (
        "Vine Street Pizzeria",
        16652390,
        4.5,
        211,
        ["Pizza", "Italian"],
        "$",
        "Open now",
        ("Crispy thin crust", "Friendly owners"),
        False,
        False,
    ),
    (
        "Marrow",
        25190117,
        5.0,
        64,
        ["American", "Contemporary"],
        "$$$$",
        "Open now",
        ("Tasting menu was inventive", "Impeccable service"),
        False,
        True,
    ),
    (
        "Tide & Thyme",
        20114876,
        4.5,
        379,
        ["Seafood", "Mediterranean"],
        "$$$$",
        "Open now",
        ("Halibut cooked perfectly", "Beautiful harbor views"),
        True,
        True,
    ),
    (
        "Anjali's",
        18803245,
        4.5,
        156,
        ["Indian", "Asian"],
        None,
        "Closed now",
        ("Homestyle thali", "Hidden gem"),
        False,
        False,
    ),
    (
        "Waterfront Grille",
        1142981,
        3.5,
        1420,
        ["American", "Seafood"],
        "$$ - $$$",
        "Open now",
        ("Nice patio, slow service", "Good location"),
        False,
        True,
    ),
    (
        "Sugar Birch Creamery",
        22870154,
        5.0,
        97,
        ["Dessert", "Cafe"],
        "$",
        "Open now",
        ("Maple ice cream is a must", "Cute little shop"),
        False,
        False,
    ),
]
# One sponsored card at the top of each page: (name, location id, rating, reviews, cuisines, price band)
TA_ADS = [
    ("Porterhouse Club", 27760231, 4.5, 1904, ["Steakhouse", "American"], "$$$$"),
    ("Lantern Dim Sum House", 26654118, 4.0, 522, ["Chinese", "Asian"], "$$ - $$$"),
    ("Copper Kettle Brewhouse", 28001547, 4.0, 311, ["American", "Bar"], "$$ - $$$"),
]
TA_PER_PAGE = 10
TA_TITLE = "biGQs _P fiohW alXOW NwcxK GzNcM ytVPx UTQMg RnEEZ ngXxk"
TA_LINK = "BMQDV _F Gv wSSLS SwZTJ FGwzt ukgoS"
TA_SMALL = "biGQs _P pZUbB osNWb"
TA_META = "biGQs _P pZUbB hmDzD"
TA_BUBBLE = "M 12 0C5.388 0 0 5.388 0 12s5.388 12 12 12 12-5.38 12-12c0-6.612-5.38-12-12-12z"
TA_HALF = "M 12 0C5.388 0 0 5.388 0 12s5.388 12 12 12 12-5.38 12-12c0-6.612-5.38-12-12-12zm0 2a9.983 9.983 0 019.995 10 10 10 0 01-10 10z"


def _ta_slug(name: str) -> str:
    words = "".join(c if c.isalnum() or c == " " else " " for c in name.replace("'", "")).split()
    return "_".join(words)


def _ta_href(name: str, location_id: int) -> str:
    return f"/Restaurant_Review-{TA_GEO}-d{location_id}-Reviews-{_ta_slug(name)}-{TA_CITY}.html"


def _ta_list_href(page: int) -> str:
    return (
        f"/Restaurants-{TA_GEO}-{TA_CITY}.html"
        if page == 1
        else f"/Restaurants-{TA_GEO}-oa{(page - 1) * TA_PER_PAGE}-{TA_CITY}.html"
    )


def _ta_bubbles(rating: float, label_id: str) -> str:
    paths = []
    for n in range(5):
        d = (
            TA_BUBBLE
            if rating >= n + 1
            else TA_HALF
            if rating > n
            else "M 12 0C5.388 0 0 5.388 0 12s5.388 12 12 12 12-5.38 12-12c0-6.612-5.38-12-12-12zm0 2a10 10 0 110 20 10 10 0 010-20z"
        )
        paths.append(f'<path d="{d}" transform="translate({n * 26} 0)"></path>')
    return f'<svg class="UctUV d H0" viewBox="0 0 128 24" width="88" height="16" aria-labelledby="{label_id}"><title id="{label_id}">{rating:.1f} of 5 bubbles</title>{"".join(paths)}</svg>'


def _ta_card(
    position: str,
    name: str,
    location_id: int,
    rating: float,
    reviews: int,
    cuisines: list[str],
    price: str | None,
    extra: str,
    label_id: str,
) -> str:
    href = _ta_href(name, location_id)
    meta = f'<span class="{TA_META}"><span class="YECgr">{esc(", ".join(cuisines))}</span></span>'
    if price:
        meta += f'<span class="{TA_META} ZvrsW"><span class="YECgr">{esc(price)}</span></span>'
    photo = f"{TA_MEDIA}/{location_id % 251:02x}/{location_id % 97:02x}/{location_id % 13:02x}/{location_id % 61:02x}/{_ta_slug(name).lower()}.jpg?w=400&amp;h=400&amp;s=1"
    return f"""<div class="vIjFZ AIbhI" data-test="{position}_list_item" data-automation="restaurantCard"><div class="RfBGI"><div class="hErYn"><a href="{href}" class="{TA_LINK.replace(" FGwzt ukgoS", "")}" aria-label="{esc(name)}" tabindex="-1"><div class="aZaaD w _Z GA" style="height:100%;width:100%"><picture class="NhWcC _R mdkdE afQPz eXZKw" style="width:100%;height:100%"><img src="{photo}" alt="" width="400" height="400" loading="lazy"/></picture></div></a><div class="rUJCw"><button class="BrOJk u j z _F wSSLS tIqAi WvUea" type="button" aria-label="Save to a trip" aria-pressed="false"><svg viewBox="0 0 24 24" width="20px" height="20px" class="d Vb UmNoP" aria-hidden="true"><path d="M12 20.7l-.6-.5C6.1 15.9 2.5 12.8 2.5 8.9 2.5 6 4.7 3.8 7.5 3.8c1.8 0 3.5.9 4.5 2.3 1-1.4 2.7-2.3 4.5-2.3 2.8 0 5 2.2 5 5.1 0 3.9-3.6 7-8.9 11.3z"></path></svg></button></div></div>
<div class="UJwRo"><div class="XIWnB z y"><div class="{TA_TITLE}"><a href="{href}" class="{TA_LINK}" target="_self">{extra}{esc(name)}</a></div></div>
<div class="jVDab W f u w GOdjs"><a href="{href}#REVIEWS" class="{TA_LINK.replace(" FGwzt ukgoS", "")}"><div class="f Y">{_ta_bubbles(rating, label_id)}<span class="{TA_SMALL}">{reviews:,} reviews</span></div></a></div>
<div class="hHMDb _R Me"><div class="ZvrsW f">{meta}</div></div>"""


def _ta_eatery(rank: int, item: tuple[Any, ...]) -> str:
    name, lid, rating, reviews, cuisines, price, status, quotes, choice, reserve = item
    href = _ta_href(name, lid)
    head = _ta_card(str(rank), name, lid, rating, reviews, cuisines, price, f"{rank}. ", f":lithium-r{rank * 7:x}:")
    status_class = "WlYyy diXIH" if status.startswith("Open") else "WlYyy kKfMN"
    choice_html = (
        '<div class="ADrDk"><svg viewBox="0 0 24 24" width="16px" height="16px" class="d Vb icjEL" aria-hidden="true"><path d="M12 2a7 7 0 00-4 12.7V22l4-2 4 2v-7.3A7 7 0 0012 2z"></path></svg><span class="biGQs _P pZUbB hmDzD">Travelers\' Choice</span></div>'
        if choice
        else ""
    )
    reserve_html = (
        f'<div class="WxJyz"><a href="/RestaurantReservation-{TA_GEO}-d{lid}-{_ta_slug(name)}.html" class="BrOJk u j z _F wSSLS tIqAi unMkR" rel="nofollow"><span class="biGQs _P ttuOS">Reserve</span></a></div>'
        if reserve
        else ""
    )
    quote_html = "".join(
        f'<div class="alPVI eNNhq PgLKC tnGGX"><a href="{href}#REVIEWS" class="{TA_LINK.replace(" FGwzt ukgoS", "")}"><span class="{TA_META}">“{esc(q)}”</span></a></div>'
        for q in quotes
    )
    return f"""{head}
<div class="hHMDb _R Me"><div class="{status_class}"><span class="{TA_META}">{esc(status)}</span></div></div>
{choice_html}<div class="EDdgS">{quote_html}</div>{reserve_html}
</div></div></div>"""


def _ta_sponsored(ad: tuple[Any, ...]) -> str:
    name, lid, rating, reviews, cuisines, price = ad
    head = _ta_card("SL", name, lid, rating, reviews, cuisines, price, "", f":lithium-s{lid % 4096:x}:")
    return f"""{head}
<div class="hHMDb _R Me"><div class="WlYyy diXIH"><span class="{TA_META}">Open now</span></div></div>
<div class="lTgWV"><span class="biGQs _P pZUbB avBIb">Sponsored</span><button type="button" class="BrOJk u j z _F wSSLS tIqAi" aria-label="Why am I seeing this ad?"><svg viewBox="0 0 24 24" width="14px" height="14px" aria-hidden="true"><circle cx="12" cy="12" r="9"></circle></svg></button></div>
</div></div></div>"""


def _ta_filters() -> str:
    groups = [
        (
            "Establishment type",
            [
                ("Restaurants", 1812),
                ("Quick Bites", 602),
                ("Coffee &amp; Tea", 318),
                ("Dessert", 141),
                ("Bars &amp; Pubs", 287),
                ("Bakeries", 74),
            ],
        ),
        ("Meals", [("Breakfast", 212), ("Brunch", 301), ("Lunch", 1122), ("Dinner", 1704), ("Late Night", 96)]),
        ("Price", [("Cheap Eats", 512), ("Mid-range", 1245), ("Fine Dining", 144)]),
        (
            "Cuisines",
            [
                ("American", 612),
                ("Italian", 301),
                ("Seafood", 255),
                ("Chinese", 198),
                ("Mexican", 140),
                ("Japanese", 121),
                ("Indian", 87),
            ],
        ),
    ]
    out = []
    for title, options in groups:
        rows = "".join(
            f'<li><label class="Wxcgj"><input type="checkbox" class="OJbok"/><span class="{TA_META}">{label}</span><span class="{TA_SMALL}">({count:,})</span></label></li>'
            for label, count in options
        )
        out.append(
            f'<div class="QWzxT"><div class="biGQs _P fiohW kSNRl">{title}</div><ul class="IMvrX">{rows}</ul></div>'
        )
    return "".join(out)


def _ta_pager(page: int, pages: int, first: int, last: int, total: int) -> str:
    prev = (
        f'<a href="{_ta_list_href(page - 1)}" aria-label="Previous page" class="BrOJk u j z _F wSSLS tIqAi unMkR" data-smoke-attr="pagination-previous-arrow"><svg viewBox="0 0 24 24" width="24px" height="24px" class="d Vb egaXP" aria-hidden="true"><path d="M10.304 12.053l4.947-4.947-1.414-1.414-6.36 6.36 6.36 6.363 1.415-1.414z"></path></svg></a>'
        if page > 1
        else '<button disabled="" aria-label="Previous page" class="BrOJk u j z _F wSSLS tIqAi unMkR qTRcx" data-smoke-attr="pagination-previous-arrow"><svg viewBox="0 0 24 24" width="24px" height="24px" class="d Vb egaXP" aria-hidden="true"><path d="M10.304 12.053l4.947-4.947-1.414-1.414-6.36 6.36 6.36 6.363 1.415-1.414z"></path></svg></button>'
    )
    nxt = (
        f'<a href="{_ta_list_href(page + 1)}" aria-label="Next page" class="BrOJk u j z _F wSSLS tIqAi unMkR" data-smoke-attr="pagination-next-arrow"><svg viewBox="0 0 24 24" width="24px" height="24px" class="d Vb egaXP" aria-hidden="true"><path d="M13.696 12.053l-4.947-4.947 1.414-1.414 6.36 6.36-6.36 6.363-1.415-1.414z"></path></svg></a>'
        if page < pages
        else '<button disabled="" aria-label="Next page" class="BrOJk u j z _F wSSLS tIqAi unMkR qTRcx" data-smoke-attr="pagination-next-arrow"><svg viewBox="0 0 24 24" width="24px" height="24px" class="d Vb egaXP" aria-hidden="true"><path d="M13.696 12.053l-4.947-4.947 1.414-1.414 6.36 6.36-6.36 6.363-1.415-1.414z"></path></svg></button>'
    )
    numbers = "".join(
        f'<div class="vYLts"><span aria-current="page" class="biGQs _P ttuOS"><span class="iDGJP">{n}</span></span></div>'
        if n == page
        else f'<div class="vYLts"><a href="{_ta_list_href(n)}" aria-label="{n}" class="BrOJk u j z _F wSSLS tIqAi ZxMbm"><span class="biGQs _P ttuOS">{n}</span></a></div>'
        for n in range(1, pages + 1)
    )
    return f'<div class="mkNHR"><div class="biGQs _P pZUbB osNWb">Showing results {first}-{last} of {total}</div><div class="YFudb j">{prev}<div class="IGLCo j">{numbers}</div>{nxt}</div></div>'


def _ta_page(page: int, pages: int, items: list[Any], first_rank: int) -> str:
    cards = [_ta_sponsored(TA_ADS[page - 1])]
    cards += [_ta_eatery(first_rank + n, item) for n, item in enumerate(items)]
    crumbs = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "BreadcrumbList",
            "itemListElement": [
                {
                    "@type": "ListItem",
                    "position": 1,
                    "name": "United States",
                    "item": "https://www.wanderplate.example/Tourism-g191-United_States-Vacations.html",
                },
                {
                    "@type": "ListItem",
                    "position": 2,
                    "name": "Massachusetts (MA)",
                    "item": "https://www.wanderplate.example/Tourism-g28942-Massachusetts-Vacations.html",
                },
                {
                    "@type": "ListItem",
                    "position": 3,
                    "name": "Boston",
                    "item": f"https://www.wanderplate.example/Tourism-{TA_GEO}-{TA_CITY}-Vacations.html",
                },
                {"@type": "ListItem", "position": 4, "name": "Boston Restaurants"},
            ],
        },
        separators=(",", ":"),
    )
    context = json.dumps(
        {
            "pageManifest": {
                "locale": "en-US",
                "currency": "USD",
                "servlet": "Restaurants",
                "geoId": int(TA_GEO[1:]),
                "offset": (page - 1) * TA_PER_PAGE,
                "locationIds": [item[1] for item in items],
                "features": ["restaurants_list_redesign", "sl_list_item_v2", "open_hours_badge"],
            },
            "urqlSsrData": {"hydrated": False},
        },
        separators=(",", ":"),
    )
    cuisines_strip = "".join(
        f'<a href="/Restaurants-{TA_GEO}-c{cid}-{TA_CITY}.html" class="BrOJk u j z _F wSSLS tIqAi Fkdmo"><span class="biGQs _P fiohW ngXxk">{label}</span></a>'
        for cid, label in (
            (4, "Seafood"),
            (26, "Italian"),
            (9, "American"),
            (11, "Chinese"),
            (10, "Brunch"),
            (20, "Pizza"),
        )
    )
    first = (page - 1) * TA_PER_PAGE + 1
    return f"""<!DOCTYPE html>
<html lang="en-US" xmlns:og="http://opengraphprotocol.org/schema/"><head><meta charset="utf-8"/>
<title>THE 10 BEST Restaurants in Boston (Updated March 2025) - Wanderplate</title>
<meta name="description" content="Best Dining in Boston, Massachusetts: See {2431 + 1187:,} Wanderplate traveler reviews of {len(EATERIES)} Boston restaurants and search by cuisine, price, location, and more."/>
<link rel="canonical" href="https://www.wanderplate.example{_ta_list_href(page)}"/>
<meta name="robots" content="index, follow"/>
<script type="application/ld+json">{crumbs}</script>
<link rel="stylesheet" href="https://static.wanderplate.example/assets/lithium/b7e1c0a9d2.css"/>
</head>
<body class="t-restaurants" data-page="Restaurants"><div id="lithium-root">
<header class="NTxAd" role="banner"><div class="EzzBP"><a href="/" aria-label="Wanderplate" class="ypuqF"><img src="https://static.wanderplate.example/img2/brand_refresh/Wanderplate_lockup_horizontal.svg" alt="Wanderplate" width="172" height="36"/></a><form role="search" class="Jhgym"><label for="global-search" class="Rtlkb">Search</label><input id="global-search" type="search" placeholder="Search" autocomplete="off"/></form><nav class="NfjxQ" aria-label="Main"><a href="/Tourism-g191-United_States-Vacations.html" class="BrOJk u j z _F wSSLS">Discover</a><a href="/Trips" class="BrOJk u j z _F wSSLS">Trips</a><a href="/UserReviewEdit" class="BrOJk u j z _F wSSLS">Review</a><button type="button" class="BrOJk u j z _F wSSLS tIqAi">USD</button><a href="/RegistrationController" class="BrOJk u j z _F wSSLS tIqAi bCRPE">Sign in</a></nav></div></header>
<main class="hFAPE"><div class="kbiIv">
<nav aria-label="Breadcrumbs" class="iqMYR"><ol class="kkRga"><li><a href="/Tourism-g191-United_States-Vacations.html" class="{TA_LINK.replace(" FGwzt ukgoS", "")}">United States</a></li><li><a href="/Tourism-g28942-Massachusetts-Vacations.html" class="{TA_LINK.replace(" FGwzt ukgoS", "")}">Massachusetts (MA)</a></li><li><a href="/Tourism-{TA_GEO}-{TA_CITY}-Vacations.html" class="{TA_LINK.replace(" FGwzt ukgoS", "")}">Boston</a></li><li><span class="{TA_SMALL}">Boston Restaurants</span></li></ol></nav>
<h1 class="biGQs _P fiohW uuBRH">Restaurants in Boston</h1>
<div class="ZJVFX"><div class="biGQs _P fiohW kSNRl">Popular cuisines</div><div class="pDqpu">{cuisines_strip}</div></div>
<div class="mwQNI"><aside class="eaTED" aria-label="Filters"><div class="biGQs _P fiohW ncFvv">Filters</div>{_ta_filters()}</aside>
<div class="hSJvG"><div class="pQTuJ"><button type="button" class="BrOJk u j z _F wSSLS tIqAi iXbSB">Open now</button><button type="button" class="BrOJk u j z _F wSSLS tIqAi iXbSB">Reservations</button><button type="button" class="BrOJk u j z _F wSSLS tIqAi iXbSB">Online ordering</button><div class="XoKMv"><span class="{TA_SMALL}">Sort by:</span><button type="button" class="BrOJk u j z _F wSSLS tIqAi" aria-haspopup="listbox">Featured</button></div></div>
<div class="eVFlv"><span class="{TA_SMALL}">{len(EATERIES)} results match your filters</span></div>
<div class="TgJRV" data-test-target="restaurants-list">
{chr(10).join(cards)}
</div>
{_ta_pager(page, pages, first, first + len(items) - 1, len(EATERIES))}
</div></div>
<div class="tMDnf"><div class="biGQs _P fiohW kSNRl">Frequently Asked Questions about Boston restaurants</div><ul class="kLqdM"><li><button type="button" aria-expanded="false">Which restaurants in Boston are the best for families with children?</button></li><li><button type="button" aria-expanded="false">Which restaurants in Boston are the most romantic?</button></li><li><button type="button" aria-expanded="false">Which restaurants in Boston are the best for cheap eats?</button></li></ul></div>
</div></main>
<footer class="iuZMt"><div class="kLLoR"><ul><li><a href="/AboutUs">About Wanderplate</a></li><li><a href="/SiteIndex">Site Map</a></li><li><a href="/Careers">Careers</a></li><li><a href="/PrivacyPolicy">Privacy and Cookies Statement</a></li><li><a href="/Terms">Terms of Use</a></li></ul><p class="biGQs _P pZUbB osNWb">&copy; 2025 Wanderplate LLC All rights reserved.</p></div></footer>
</div>
<script>window.__WEB_CONTEXT__={{pageManifest:{context}}};</script>
<script async src="https://static.wanderplate.example/assets/lithium/restaurants-list.a9c3e1f07d.js"></script>
</body></html>"""


@ninth
def build_wanderplate() -> None:
    s = Site(
        "wanderplate",
        kind="restaurant list (TripAdvisor-like: obfuscated classes, 'N. Name' links, bubble ratings in an SVG title, sponsored cards, -oaN- offset pages)",
        start=f"Restaurants-{TA_GEO}-{TA_CITY}.html",
        description="A TripAdvisor-like restaurant list for Boston (2024): div[data-test-target=restaurants-list] of div[data-test=N_list_item] cards with short obfuscated classes ('biGQs _P fiohW', 'BMQDV _F Gv wSSLS'), a photo link, a Save to a trip button, the title link '1. Harborline Oyster Bar', the rating only as an SVG <title> '4.5 of 5 bubbles' beside '2,431 reviews' (in a #REVIEWS link), cuisines ('Seafood, American, Bar') and a price band ('$$ - $$$', absent on some) in unlabelled spans, 'Open now' / 'Closed now' / 'Closes in 25 min', Travelers' Choice marks, two quoted review snippets, Reserve links on some; one sponsored card a page (data-test=SL_list_item, unnumbered, 'Sponsored'), breadcrumbs and a JSON-LD BreadcrumbList, a popular-cuisines strip, a filter sidebar with counts, 'Showing results 1-10 of 28', previous / numbered / next links to -oa10- / -oa20- pages, a window.__WEB_CONTEXT__ blob.",
    )
    pages = chunks(EATERIES, [10, 10, 8])
    rank = 1
    for page, items in enumerate(pages, 1):
        s.list_page(_ta_list_href(page).lstrip("/"), _ta_page(page, len(pages), items, rank))
        rank += len(items)
    for rank, (name, lid, rating, reviews, cuisines, price, _status, _quotes, _choice, _reserve) in enumerate(
        EATERIES, 1
    ):
        s.expect(
            {
                "rank": rank,
                "title": name,
                "url": _ta_href(name, lid),
                "rating": rating,
                "review_count": reviews,
                "cuisines": cuisines,
                "price_range": price,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in NINTH.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(f"{name:20} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}")


if __name__ == "__main__":
    main()
