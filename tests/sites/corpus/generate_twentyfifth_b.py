"""Twenty-fifth wave, part B: three search / listing pages of a federal job board, a software review site and a
real-estate portal, copied from their real 2024–25 logged-out server-rendered markup and written before any
heuristic was changed for them.

* **meritlist** — a federal job search as USAJOBS renders its results page (``/search/results/?k=data%20analyst``,
  then ``&p=2`` and ``&p=3``): the USWDS chrome — ``section.usa-banner`` "An official website of the United States
  government" with its "Here's how you know" accordion (the .gov / HTTPS guidance), the ``usa-header`` with the
  logo, primary nav and Sign in, ``form.usa-search`` with What / Where inputs —, the filters sidebar (an
  ``usa-accordion`` of checkbox facets with counts: hiring path, remote, pay grade, department, work schedule),
  "Viewing 1 - 10 of 28 jobs" + a Sort by ``usa-select`` and a Save search button, then
  ``div.usajobs-search-results`` of ``div.usajobs-search-result--core[data-document-id]`` cards: ``h2 > a`` title
  to ``/job/<control number>``, ``div.usajobs-search-result--core__department`` and ``…__agency`` lines, the
  location (one city, "Anywhere in the U.S. (remote job)", or an ``a.usajobs-search-multiple-locations``
  "Multiple Locations" button whose city list sits in a hidden ``ul`` below it), icon + text items "Starting at
  $72,553 Per Year (GS 11)", "Open 03/01/2025 to 03/31/2025" and "Permanent • Full-time" (the bullet between two
  spans), a "This job is open to" ``ul`` of ``usa-tag`` hiring-path badges ("Open to the public", "Federal
  employees - Competitive service", "Veterans"…, each with a ``title`` tooltip), a save button; the USWDS
  ``nav.usa-pagination`` with ``li.usa-pagination__page-no > a.usa-pagination__button`` links
  (``aria-current`` on the current page), ``usa-pagination__arrow`` Previous / Next links with sprite icons
  and text spans (``k=data%20analyst&p=N``; three pages, so USWDS's bounded pager shows every page and no
  ``usa-pagination__overflow`` ellipsis), the identifier and footer, the DAP analytics snippet and the GTM tag.
  10 + 10 + 8 jobs. Written down: title, url, department, agency, location (as shown: "Multiple Locations" for
  the multi-city jobs), salary (text as shown), open_date, close_date (ISO), appointment, schedule, open_to
  (list of badge texts).
* **stackgrade** — a B2B software review site's category listing as G2 renders it
  (``/categories/project-management``, then ``?order=g2_score&page=2#product-list``): the Rails head (csrf
  meta, asset-host CSS / JS with digests, BreadcrumbList JSON-LD), the header (logo, search, "Write a Review",
  "For Vendors", Log In), a OneTrust consent banner, breadcrumbs, the h1 "Best Project Management Software",
  the category intro, a "Grid® for Project Management" block of logo links (duplicates, not records), the
  filter sidebar with counts, "28 Listings in Project Management Available" + sort select; then
  ``div#product-list`` of ``div.product-card.x-software-component-card[data-ordered-events-item=products]``
  cards: a logo link, ``div.product-card__product-name > a > div[itemprop=name]`` to
  ``/products/<slug>/reviews``, "By <a>Vendor</a>", a review link holding ``div.stars.stars-N`` and the "(1,234)"
  count, then "4.6" + " out of 5" spans (no rating block on unreviewed products: "No reviews yet"), award badge
  imgs whose only text is an ``alt``, the "Product Description" paragraph (clamped by CSS, with a "Show More" toggle on long ones), a
  "Categories" row of badge links, "Starting at $12 per user/month" pricing on some, a Compare checkbox and
  "Try for free" / "Get a quote" buttons; two "Sponsored" cards per page in the same markup with ``ad_id``
  tracking links (ads, not records); Kaminari's ``nav.pagination`` with ``span.page`` / ``span.prev`` /
  ``span.next`` / ``span.first`` / ``span.last`` over ``?order=g2_score&page=N#product-list`` (page 1 keeps only
  ``?order=g2_score#product-list``). 10 + 10 + 8 products. Written down: title, url, vendor, rating,
  reviews, summary, categories (list), price, currency, price_unit (where shown).
* **roofline** — a home search results page as Redfin renders its city pages
  (``/city/16409/CA/Sacramento``, then ``/page-2`` and ``/page-3``): Redfin's head (``meta`` robots / og /
  canonical with ``/page-N``, the genMain CSS), the header (logo, the search box, Buy / Rent / Sell / Mortgage /
  Real Estate Agents / Feed, Join / Sign in), the filters bar (For sale, Price, Beds / Baths, Home type, All
  filters, Save search), the h1 "Sacramento, CA Homes for Sale", the "34 homes •" summary + sort, an empty map
  container, then ``div.PhotosView > div.HomeCardsContainer`` of ``div.HomeCardContainer`` each holding a
  ``div.bp-Homecard`` (``a.bp-Homecard__Photo`` with the photo ``img`` whose alt is the address, a sash
  ``span.bp-Homecard__Sash--text`` "NEW 3 HRS AGO" / "OPEN SAT 1-3PM" / "HOT HOME" / "PRICE DROP" on some,
  favourite and X-out buttons, ``div.bp-Homecard__Content``: ``span.bp-Homecard__Price--value`` "$649,000",
  ``div.bp-Homecard__Stats`` with ``span.bp-Homecard__Stats--beds`` "3 beds", ``--baths`` "2 baths" and
  ``--sqft`` "<span class=bp-Homecard__LockedStat--value>1,540</span> sq ft" ("—" when unknown), the
  ``a.bp-Homecard__Address`` link, ``div.bp-Homecard__Attribution`` "Listing by X" on most) and the card's
  JSON-LD (an array of a SingleFamilyResidence / Residence and a Product with an Offer, absolute URLs on the
  real host); the ``div.PagingControls`` whose previous / next are JS-only ``button``s and whose numbered
  ``a.goToPage`` links reach ``/page-N`` (page 1 without a suffix), "Viewing page 1 of 3"; the
  ``root.__reactServerState`` script with the search's gis payload; the footer with the MLS disclaimer.
  12 + 12 + 10 homes. Written down: address, url, price, currency, beds, baths, sqft (where shown), tag (the
  sash text, where shown), broker (where shown).

Run ``uv run python tests/sites/corpus/generate_twentyfifth_b.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**.
"""

# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc, slug

TWENTYFIFTH_B: dict[str, Callable[[], None]] = {}


def twentyfifth_b(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    TWENTYFIFTH_B[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _num(text: str, size: int = 9) -> int:
    """A stable number derived from ``text`` (the real sites use database ids)."""
    return int(hashlib.sha1(text.encode()).hexdigest()[:12], 16) % (10**size)


def _hex(text: str, size: int = 10) -> str:
    """A stable hex id derived from ``text``."""
    return hashlib.sha1(text.encode()).hexdigest()[:size]


def _us_day(day: str) -> str:
    """``2025-03-01`` → ``03/01/2025``."""
    d = date.fromisoformat(day)
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


# ---------------------------------------------------------------------------------------------------
# meritlist: USAJOBS search results, USWDS chrome, /search/results/?k=data%20analyst&p=N.
# ---------------------------------------------------------------------------------------------------

ML_QUERY = "data analyst"
ML_BASE = "/search/results/?k=data%20analyst"

#: Hiring path badge text → (css modifier, tooltip).
# fmt: off
ML_PATHS: dict[str, tuple[str, str]] = {
    "Open to the public": ("public", "U.S. Citizens, Nationals or those who owe allegiance to the U.S."),
    "Federal employees - Competitive service": ("fed-competitive", "Current or former competitive service federal employees."),
    "Federal employees - Excepted service": ("fed-excepted", "Current excepted service federal employees."),
    "Veterans": ("vet", "Veterans of the U.S. Armed Forces or in some cases their family members."),
    "Military spouses": ("mspouse", "Military spouses of active duty service members or whose spouse is a 100 percent disabled or deceased veteran."),
    "Individuals with a disability": ("disability", "Individuals who are eligible under Schedule A."),
    "Internal to an agency": ("land", "Current federal employees of this agency."),
    "Career transition (CTAP, ICTAP, RPL)": ("ctap", "Federal employees who meet the definition of a surplus or displaced employee."),
    "Recent graduates": ("graduates", "Individuals who have graduated from an accredited educational institute or certificate program within the last 2 years or 6 years for Veterans."),
}
# fmt: on

#: (control number, title, department, agency, locations, salary, open, close, appointment, schedule, hiring paths).
# fmt: off
ML_JOBS: list[tuple[int, str, str, str, list[str], str, str, str, str, str, list[str]]] = [
    (812345600, "Data Analyst", "Department of Veterans Affairs", "Veterans Health Administration", ["Denver, Colorado", "Aurora, Colorado", "Cheyenne, Wyoming", "Salt Lake City, Utah"], "Starting at $72,553 Per Year (GS 11)", "2025-03-03", "2025-03-17", "Permanent", "Full-time", ["Open to the public"]),
    (812311900, "Management and Program Analyst (Data Analytics)", "Department of Homeland Security", "Federal Emergency Management Agency", ["Washington, District of Columbia"], "Starting at $104,604 Per Year (GS 13)", "2025-03-05", "2025-03-19", "Permanent", "Full-time", ["Federal employees - Competitive service", "Career transition (CTAP, ICTAP, RPL)", "Veterans"]),
    (812287400, "IT Specialist (Data Management)", "Department of the Treasury", "Internal Revenue Service", ["Anywhere in the U.S. (remote job)"], "Starting at $88,520 Per Year (GS 12)", "2025-03-04", "2025-03-11", "Permanent", "Full-time", ["Open to the public", "Veterans"]),
    (812402100, "Health Data Analyst", "Department of Health and Human Services", "Centers for Disease Control and Prevention", ["Atlanta, Georgia"], "Starting at $86,962 Per Year (GS 12)", "2025-03-06", "2025-03-20", "Permanent", "Full-time", ["Open to the public"]),
    (812199300, "Statistician (Data Science)", "Department of Commerce", "U.S. Census Bureau", ["Suitland, Maryland"], "Starting at $73,939 Per Year (GS 11-12)", "2025-02-26", "2025-03-12", "Permanent", "Full-time", ["Open to the public", "Recent graduates"]),
    (812455800, "Supervisory Data Analyst", "Department of Defense", "Defense Logistics Agency", ["Fort Belvoir, Virginia", "Columbus, Ohio", "Philadelphia, Pennsylvania"], "Starting at $139,395 Per Year (GS 14)", "2025-03-07", "2025-03-21", "Permanent", "Full-time", ["Federal employees - Competitive service", "Internal to an agency"]),
    (812376500, "Budget Analyst (Data)", "Department of the Interior", "National Park Service", ["Lakewood, Colorado"], "Starting at $61,111 Per Year (GS 9)", "2025-03-03", "2025-03-14", "Term", "Full-time", ["Open to the public", "Individuals with a disability", "Military spouses"]),
    (812220700, "Data Analyst (Part-time)", "Department of Agriculture", "Food and Nutrition Service", ["Kansas City, Missouri"], "Starting at $32.47 Per Hour (GS 9)", "2025-02-28", "2025-03-13", "Temporary", "Part-time", ["Open to the public"]),
    (812498200, "Program Analyst (Data Analytics)", "Department of Justice", "Federal Bureau of Prisons", ["Anywhere in the U.S. (remote job)"], "Starting at $88,621 Per Year (GS 12-13)", "2025-03-10", "2025-03-24", "Permanent", "Full-time", ["Federal employees - Competitive service", "Veterans", "Individuals with a disability"]),
    (812264300, "Operations Research Analyst", "Department of the Army", "U.S. Army Corps of Engineers", ["Vicksburg, Mississippi"], "Starting at $80,985 Per Year (GS 12)", "2025-02-27", "2025-03-13", "Permanent", "Full-time", ["Open to the public"]),
    (812511600, "Data Analyst", "Other Agencies and Independent Organizations", "Environmental Protection Agency", ["Research Triangle Park, North Carolina", "Cincinnati, Ohio"], "Starting at $77,097 Per Year (GS 11-12)", "2025-03-10", "2025-03-31", "Permanent", "Full-time", ["Open to the public"]),
    (812338800, "Financial Data Analyst", "Department of the Treasury", "Bureau of the Fiscal Service", ["Parkersburg, West Virginia"], "Starting at $65,763 Per Year (GS 9-11)", "2025-03-04", "2025-03-18", "Permanent", "Full-time", ["Open to the public", "Federal employees - Competitive service"]),
    (812407300, "Data Scientist", "Department of Veterans Affairs", "Veterans Benefits Administration", ["Anywhere in the U.S. (remote job)"], "Starting at $117,962 Per Year (GS 13)", "2025-03-06", "2025-03-13", "Permanent", "Full-time", ["Federal employees - Competitive service", "Federal employees - Excepted service", "Veterans"]),
    (812153200, "Student Trainee (Data Analytics)", "Department of Energy", "Bonneville Power Administration", ["Portland, Oregon"], "Starting at $39,576 Per Year (GS 4-5)", "2025-02-24", "2025-03-10", "Internships", "Full-time", ["Open to the public"]),
    (812472900, "Quality Assurance Data Analyst", "Department of Defense", "Defense Health Agency", ["Falls Church, Virginia", "San Antonio, Texas"], "Starting at $99,200 Per Year (GS 13)", "2025-03-07", "2025-03-17", "Permanent", "Full-time", ["Federal employees - Competitive service", "Military spouses", "Individuals with a disability"]),
    (812386100, "Workforce Data Analyst", "Office of Personnel Management", "Office of Personnel Management", ["Washington, District of Columbia"], "Starting at $120,579 Per Year (GS 13)", "2025-03-05", "2025-03-19", "Permanent", "Full-time", ["Open to the public"]),
    (812241500, "Transportation Data Analyst", "Department of Transportation", "Federal Aviation Administration", ["Oklahoma City, Oklahoma"], "Starting at $74,675 Per Year (FV H)", "2025-02-28", "2025-03-14", "Permanent", "Full-time", ["Open to the public", "Veterans"]),
    (812529000, "Environmental Data Analyst", "Department of Commerce", "National Oceanic and Atmospheric Administration", ["Silver Spring, Maryland", "Boulder, Colorado", "Seattle, Washington"], "Starting at $72,553 Per Year (ZP 3)", "2025-03-11", "2025-03-25", "Term", "Full-time", ["Open to the public"]),
    (812310400, "Logistics Data Analyst", "Department of the Navy", "Naval Supply Systems Command", ["Mechanicsburg, Pennsylvania"], "Starting at $88,621 Per Year (GS 12)", "2025-03-03", "2025-03-10", "Permanent", "Full-time", ["Federal employees - Competitive service", "Career transition (CTAP, ICTAP, RPL)"]),
    (812433700, "Public Health Analyst (Data)", "Department of Health and Human Services", "Health Resources and Services Administration", ["Rockville, Maryland"], "Starting at $104,604 Per Year (GS 13)", "2025-03-06", "2025-03-12", "Permanent", "Full-time", ["Open to the public", "Veterans"]),
    (812177800, "Data Management Technician", "Department of the Air Force", "Air Force Materiel Command", ["Wright-Patterson AFB, Ohio"], "Starting at $47,372 Per Year (GS 7)", "2025-02-25", "2025-03-11", "Permanent", "Full-time", ["Open to the public"]),
    (812490500, "Crime Data Analyst", "Department of Justice", "Federal Bureau of Investigation", ["Clarksburg, West Virginia"], "Starting at $73,939 Per Year (GS 11)", "2025-03-10", "2025-03-24", "Permanent", "Full-time", ["Open to the public"]),
    (812356200, "Education Data Analyst", "Department of Education", "Institute of Education Sciences", ["Anywhere in the U.S. (remote job)"], "Starting at $99,200 Per Year (GS 12-13)", "2025-03-04", "2025-03-18", "Term", "Full-time", ["Open to the public", "Federal employees - Competitive service"]),
    (812298600, "Housing Data Analyst", "Department of Housing and Urban Development", "Office of Policy Development and Research", ["Washington, District of Columbia", "Chicago, Illinois", "Fort Worth, Texas", "Atlanta, Georgia"], "Starting at $88,621 Per Year (GS 12)", "2025-03-03", "2025-03-17", "Permanent", "Full-time", ["Federal employees - Competitive service"]),
    (812414400, "Wildland Fire Data Analyst", "Department of Agriculture", "Forest Service", ["Boise, Idaho"], "Starting at $61,111 Per Year (GS 9-11)", "2025-03-07", "2025-03-28", "Seasonal", "Full-time", ["Open to the public", "Veterans", "Individuals with a disability"]),
    (812268000, "Labor Economist (Data Analyst)", "Department of Labor", "Bureau of Labor Statistics", ["Washington, District of Columbia"], "Starting at $86,962 Per Year (GS 12)", "2025-02-27", "2025-03-13", "Permanent", "Full-time", ["Open to the public", "Recent graduates"]),
    (812537200, "Geospatial Data Analyst", "Department of the Interior", "U.S. Geological Survey", ["Sioux Falls, South Dakota"], "Starting at $80,985 Per Year (GS 11)", "2025-03-11", "2025-03-20", "Permanent", "Full-time", ["Open to the public"]),
    (812149100, "Data Analyst (Revenue Accounting)", "Other Agencies and Independent Organizations", "Social Security Administration", ["Baltimore, Maryland"], "Starting at $82,764 Per Year (GS 12)", "2025-02-24", "2025-03-10", "Permanent", "Full-time", ["Federal employees - Competitive service", "Internal to an agency"]),
]
# fmt: on

ML_PER_PAGE = 10


def _ml_href(number: int) -> str:
    return ML_BASE if number == 1 else f"{ML_BASE}&p={number}"


def _ml_location(job: tuple[int, str, str, str, list[str], str, str, str, str, str, list[str]]) -> str:
    return "Multiple Locations" if len(job[4]) > 1 else job[4][0]


def _ml_card(job: tuple[int, str, str, str, list[str], str, str, str, str, str, list[str]]) -> str:
    control, title, department, agency, locations, salary, opens, closes, appointment, schedule, paths = job
    if len(locations) > 1:
        cities = "".join(
            f'\n            <li class="usajobs-search-multiple-locations__item">{esc(c)}</li>' for c in locations
        )
        location = f"""<button type="button" class="usa-button usa-button--unstyled usajobs-search-multiple-locations" aria-expanded="false" aria-controls="locations-{control}" data-document-id="{control}">Multiple Locations</button>
          <ul class="usa-list usa-list--unstyled usajobs-search-multiple-locations__list" id="locations-{control}" hidden>{cities}
          </ul>"""
    else:
        location = f'<span class="usajobs-search-result--core__location-text">{esc(locations[0])}</span>'
    badges = "".join(
        f'\n            <li class="usajobs-search-result--core__hiring-path"><span class="usa-tag usajobs-hiring-path-tag usajobs-hiring-path-tag--{ML_PATHS[p][0]}" title="{esc(ML_PATHS[p][1])}">{esc(p)}</span></li>'
        for p in paths
    )
    return f"""
      <div class="usajobs-search-result--core" data-document-id="{control}" data-hiring-path="{",".join(ML_PATHS[p][0] for p in paths)}">
        <div class="usajobs-search-result--core__header">
          <h2 class="usajobs-search-result--core__title">
            <a href="/job/{control}" class="usajobs-search-result--core__title-link" data-document-id="{control}" itemprop="title">
              {esc(title)}
            </a>
          </h2>
          <button type="button" class="usa-button usa-button--unstyled usajobs-search-result--core__save" data-document-id="{control}" aria-label="Save {esc(title)}">
            <svg class="usa-icon" aria-hidden="true" focusable="false" role="img"><use xlink:href="/Content/uswds/img/sprite.svg#bookmark_border"></use></svg>
            <span>Save</span>
          </button>
        </div>
        <div class="usajobs-search-result--core__department">
          {esc(department)}
        </div>
        <div class="usajobs-search-result--core__agency">
          {esc(agency)}
        </div>
        <div class="usajobs-search-result--core__location">
          <svg class="usa-icon" aria-hidden="true" focusable="false" role="img"><use xlink:href="/Content/uswds/img/sprite.svg#location_on"></use></svg>
          {location}
        </div>
        <div class="usajobs-search-result--core__body">
          <p class="usajobs-search-result--core__item usajobs-search-result--core__item--salary">
            <svg class="usa-icon" aria-hidden="true" focusable="false" role="img"><use xlink:href="/Content/uswds/img/sprite.svg#attach_money"></use></svg>
            {esc(salary)}
          </p>
          <p class="usajobs-search-result--core__item usajobs-search-result--core__item--dates">
            <svg class="usa-icon" aria-hidden="true" focusable="false" role="img"><use xlink:href="/Content/uswds/img/sprite.svg#event"></use></svg>
            Open {_us_day(opens)} to {_us_day(closes)}
          </p>
          <p class="usajobs-search-result--core__item usajobs-search-result--core__item--work-type">
            <svg class="usa-icon" aria-hidden="true" focusable="false" role="img"><use xlink:href="/Content/uswds/img/sprite.svg#work"></use></svg>
            <span class="usajobs-search-result--core__appointment">{esc(appointment)}</span> &bull; <span class="usajobs-search-result--core__schedule">{esc(schedule)}</span>
          </p>
        </div>
        <div class="usajobs-search-result--core__hiring-paths">
          <h3 class="usajobs-search-result--core__hiring-paths-heading">This job is open to</h3>
          <ul class="usa-list usa-list--unstyled usajobs-search-result--core__hiring-path-list">{badges}
          </ul>
        </div>
      </div>"""


def _ml_pager(number: int, total: int) -> str:
    icon = '<svg class="usa-icon" aria-hidden="true" role="img"><use xlink:href="/Content/uswds/img/sprite.svg#navigate_{0}"></use></svg>'
    items = []
    if number > 1:
        items.append(
            f'<li class="usa-pagination__item usa-pagination__arrow"><a href="{esc(_ml_href(number - 1))}" class="usa-pagination__link usa-pagination__previous-page" aria-label="Previous page">{icon.format("before")}<span class="usa-pagination__link-text">Previous</span></a></li>'
        )
    for page in range(1, total + 1):
        current = ' usa-current" aria-current="page' if page == number else ""
        items.append(
            f'<li class="usa-pagination__item usa-pagination__page-no"><a href="{esc(_ml_href(page))}" class="usa-pagination__button{current}" aria-label="Page {page}{" of " + str(total) if page == total else ""}">{page}</a></li>'
        )
    if number < total:
        items.append(
            f'<li class="usa-pagination__item usa-pagination__arrow"><a href="{esc(_ml_href(number + 1))}" class="usa-pagination__link usa-pagination__next-page" aria-label="Next page"><span class="usa-pagination__link-text">Next</span>{icon.format("next")}</a></li>'
        )
    joined = "\n          ".join(items)
    return f"""
      <nav aria-label="Pagination" class="usa-pagination">
        <ul class="usa-pagination__list">
          {joined}
        </ul>
      </nav>"""


def _ml_facet(legend: str, name: str, options: list[tuple[str, str, int]], expanded: bool) -> str:
    boxes = "".join(
        f"""
              <div class="usa-checkbox">
                <input class="usa-checkbox__input" id="{name}-{slug(value)}" type="checkbox" name="{name}" value="{esc(value)}">
                <label class="usa-checkbox__label" for="{name}-{slug(value)}">{esc(label)} <span class="usajobs-facet-count">({count})</span></label>
              </div>"""
        for label, value, count in options
    )
    ident = f"facet-{name}"
    return f"""
          <h3 class="usa-accordion__heading">
            <button type="button" class="usa-accordion__button" aria-expanded="{"true" if expanded else "false"}" aria-controls="{ident}">{esc(legend)}</button>
          </h3>
          <div id="{ident}" class="usa-accordion__content"{"" if expanded else " hidden"}>
            <fieldset class="usa-fieldset">
              <legend class="usa-sr-only">{esc(legend)}</legend>{boxes}
            </fieldset>
          </div>"""


def _ml_page(
    number: int, total: int, jobs: list[tuple[int, str, str, str, list[str], str, str, str, str, str, list[str]]]
) -> str:
    first = (number - 1) * ML_PER_PAGE + 1
    last = first + len(jobs) - 1
    count = len(ML_JOBS)

    def tally(index: int) -> list[tuple[str, str, int]]:
        seen: dict[str, int] = {}
        for job in ML_JOBS:
            values = job[index] if isinstance(job[index], list) else [job[index]]
            for v in values:
                seen[str(v)] = seen.get(str(v), 0) + 1
        return [(k, k, c) for k, c in sorted(seen.items(), key=lambda kv: (-kv[1], kv[0]))]

    remote = sum(1 for j in ML_JOBS if j[4] == ["Anywhere in the U.S. (remote job)"])
    facets = "".join(
        [
            _ml_facet("Hiring path", "hp", [(p, ML_PATHS[p][0], c) for p, _v, c in tally(10)], True),
            _ml_facet("Remote", "rmi", [("Remote jobs only", "true", remote)], True),
            _ml_facet("Department", "d", tally(2)[:8], False),
            _ml_facet("Appointment type", "tm", tally(8), False),
            _ml_facet("Work schedule", "wt", tally(9), False),
            _ml_facet(
                "Security clearance",
                "sc",
                [("Not Required", "0", 15), ("Public Trust - Background Investigation", "9", 9), ("Secret", "2", 4)],
                False,
            ),
        ]
    )
    cards = "".join(_ml_card(j) for j in jobs)
    page_title = f"Search Results - data analyst{f' - Page {number}' if number > 1 else ''}"
    return f"""<!DOCTYPE html>
<html lang="en-US" class="no-js">
<head>
  <meta charset="utf-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{page_title} | MeritList</title>
  <meta name="description" content="MeritList is the Federal Government's official employment site. Search data analyst jobs across federal departments and agencies.">
  <meta name="robots" content="noindex, follow">
  <link rel="canonical" href="https://www.meritlist.example{esc(_ml_href(number))}">
  <meta name="msapplication-TileColor" content="#112e51">
  <link rel="icon" type="image/png" href="/Content/uswds/img/favicons/favicon-57.png">
  <link rel="stylesheet" href="/Content/uswds/css/uswds.min.css?v=3.8.1">
  <link rel="stylesheet" href="/Content/css/meritlist-search.min.css?v=20250304.1">
  <script src="/Content/uswds/js/uswds-init.min.js"></script>
  <script>document.documentElement.className = document.documentElement.className.replace('no-js', 'js');</script>
  <!-- Google Tag Manager -->
  <script>(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':
  new Date().getTime(),event:'gtm.js'}});var f=d.getElementsByTagName(s)[0],
  j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
  'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
  }})(window,document,'script','dataLayer','GTM-K7QX2L');</script>
  <!-- End Google Tag Manager -->
  <script async type="text/javascript" src="https://dap.digitalgov.gov/Universal-Federated-Analytics-Min.js?agency=OPM&amp;subagency=MeritList" id="_fed_an_ua_tag"></script>
</head>
<body class="search-results-page">
  <noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-K7QX2L" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
  <a class="usa-skipnav" href="#main-content">Skip to main content</a>
  <section class="usa-banner" aria-label="Official website of the United States government">
    <div class="usa-accordion">
      <header class="usa-banner__header">
        <div class="usa-banner__inner">
          <div class="grid-col-auto">
            <img aria-hidden="true" class="usa-banner__header-flag" src="/Content/uswds/img/us_flag_small.png" alt="">
          </div>
          <div class="grid-col-fill tablet:grid-col-auto" aria-hidden="true">
            <p class="usa-banner__header-text">An official website of the United States government</p>
            <p class="usa-banner__header-action">Here's how you know</p>
          </div>
          <button type="button" class="usa-accordion__button usa-banner__button" aria-expanded="false" aria-controls="gov-banner-default">
            <span class="usa-banner__button-text">Here's how you know</span>
          </button>
        </div>
      </header>
      <div class="usa-banner__content usa-accordion__content" id="gov-banner-default" hidden>
        <div class="grid-row grid-gap-lg">
          <div class="usa-banner__guidance tablet:grid-col-6">
            <img class="usa-banner__icon usa-media-block__img" src="/Content/uswds/img/icon-dot-gov.svg" role="img" alt="" aria-hidden="true">
            <div class="usa-media-block__body">
              <p><strong>Official websites use .gov</strong><br>A <strong>.gov</strong> website belongs to an official government organization in the United States.</p>
            </div>
          </div>
          <div class="usa-banner__guidance tablet:grid-col-6">
            <img class="usa-banner__icon usa-media-block__img" src="/Content/uswds/img/icon-https.svg" role="img" alt="" aria-hidden="true">
            <div class="usa-media-block__body">
              <p><strong>Secure .gov websites use HTTPS</strong><br>A <strong>lock</strong> (<span class="icon-lock"><svg xmlns="http://www.w3.org/2000/svg" width="52" height="64" viewBox="0 0 52 64" class="usa-banner__lock-image" role="img" aria-labelledby="banner-lock-description-default" focusable="false"><title id="banner-lock-title-default">Lock</title><desc id="banner-lock-description-default">Locked padlock icon</desc><path fill="#000000" fill-rule="evenodd" d="M26 0c10.493 0 19 8.507 19 19v9h3a4 4 0 0 1 4 4v28a4 4 0 0 1-4 4H4a4 4 0 0 1-4-4V32a4 4 0 0 1 4-4h3v-9C7 8.507 15.507 0 26 0zm0 8c-5.979 0-10.843 4.77-10.996 10.712L15 19v9h22v-9c0-6.075-4.925-11-11-11z"/></svg></span>) or <strong>https://</strong> means you've safely connected to the .gov website. Share sensitive information only on official, secure websites.</p>
            </div>
          </div>
        </div>
      </div>
    </div>
  </section>
  <div class="usa-overlay"></div>
  <header class="usa-header usa-header--basic meritlist-header">
    <div class="usa-nav-container">
      <div class="usa-navbar">
        <div class="usa-logo" id="basic-logo">
          <em class="usa-logo__text"><a href="/" title="MeritList home" aria-label="MeritList home"><img src="/Content/img/meritlist-logo.svg" alt="MeritList" width="160" height="32"></a></em>
        </div>
        <button type="button" class="usa-menu-btn">Menu</button>
      </div>
      <nav aria-label="Primary navigation" class="usa-nav">
        <button type="button" class="usa-nav__close"><img src="/Content/uswds/img/usa-icons/close.svg" role="img" alt="Close"></button>
        <ul class="usa-nav__primary usa-accordion">
          <li class="usa-nav__primary-item"><a href="/search/" class="usa-nav-link usa-current"><span>Search jobs</span></a></li>
          <li class="usa-nav__primary-item"><a href="/help/working-in-government/" class="usa-nav-link"><span>Working in government</span></a></li>
          <li class="usa-nav__primary-item"><a href="/help/" class="usa-nav-link"><span>Help</span></a></li>
          <li class="usa-nav__primary-item"><a href="/applicant/profile/" class="usa-nav-link meritlist-signin" data-analytics="sign-in"><span>Sign in</span></a></li>
        </ul>
      </nav>
    </div>
  </header>
  <main id="main-content" class="meritlist-search">
    <div class="meritlist-search__bar">
      <div class="grid-container">
        <form class="usa-search usa-search--big meritlist-search-form" role="search" action="/search/results/" method="get">
          <div class="grid-row grid-gap-sm">
            <div class="tablet:grid-col-5">
              <label class="usa-label" for="search-keyword">What</label>
              <input class="usa-input" id="search-keyword" type="search" name="k" value="{esc(ML_QUERY)}" placeholder="Keywords (e.g., nurse, HR specialist)" autocomplete="off">
            </div>
            <div class="tablet:grid-col-5">
              <label class="usa-label" for="search-location">Where</label>
              <input class="usa-input" id="search-location" type="search" name="l" value="" placeholder="City, state, zip or country" autocomplete="off">
            </div>
            <div class="tablet:grid-col-2">
              <button class="usa-button" type="submit"><span class="usa-search__submit-text">Search</span><img src="/Content/uswds/img/usa-icons-bg/search--white.svg" class="usa-search__submit-icon" alt="Search"></button>
            </div>
          </div>
        </form>
      </div>
    </div>
    <div class="grid-container">
      <div class="grid-row grid-gap-lg">
        <aside class="tablet:grid-col-3 meritlist-search-filters" aria-label="Search filters">
          <h2 class="meritlist-search-filters__heading">Filters</h2>
          <button type="button" class="usa-button usa-button--unstyled meritlist-search-filters__clear">Clear all filters</button>
          <div class="usa-accordion usa-accordion--multiselectable" data-allow-multiple>{facets}
          </div>
        </aside>
        <section class="tablet:grid-col-9 meritlist-search-main" aria-label="Search results">
          <div class="usajobs-grid usajobs-search-controls">
            <div class="usajobs-search-controls__results-count-container">
              <h2 class="usajobs-search-controls__results-count">Viewing {first} - {last} of {count} jobs</h2>
            </div>
            <div class="usajobs-search-controls__sort-container">
              <label class="usa-label usajobs-search-controls__sort-label" for="search_sort">Sort by</label>
              <select class="usa-select usajobs-search-controls__sort-control" id="search_sort" name="s">
                <option value="relevance" selected>Relevance</option>
                <option value="startdate">Open date</option>
                <option value="enddate">Closing date</option>
                <option value="agency">Agency</option>
                <option value="location">Location</option>
                <option value="title">Job title</option>
                <option value="salary">Salary</option>
              </select>
            </div>
            <button type="button" class="usa-button usa-button--outline usajobs-search-controls__save-search" data-requires-signin="true">Save search</button>
          </div>
          <div class="usajobs-search-results" id="search-results" aria-live="polite">{cards}
          </div>{_ml_pager(number, total)}
        </section>
      </div>
    </div>
  </main>
  <footer class="usa-footer usa-footer--slim">
    <div class="grid-container usa-footer__return-to-top"><a href="#">Return to top</a></div>
    <div class="usa-footer__primary-section">
      <div class="usa-footer__primary-container grid-row">
        <div class="mobile-lg:grid-col-8">
          <nav class="usa-footer__nav" aria-label="Footer navigation">
            <ul class="grid-row grid-gap">
              <li class="mobile-lg:grid-col-6 desktop:grid-col-auto usa-footer__primary-content"><a class="usa-footer__primary-link" href="/help/about/">About</a></li>
              <li class="mobile-lg:grid-col-6 desktop:grid-col-auto usa-footer__primary-content"><a class="usa-footer__primary-link" href="/help/faq/">FAQ</a></li>
              <li class="mobile-lg:grid-col-6 desktop:grid-col-auto usa-footer__primary-content"><a class="usa-footer__primary-link" href="/help/accessibility/">Accessibility</a></li>
              <li class="mobile-lg:grid-col-6 desktop:grid-col-auto usa-footer__primary-content"><a class="usa-footer__primary-link" href="/help/privacy/">Privacy Policy</a></li>
            </ul>
          </nav>
        </div>
      </div>
    </div>
  </footer>
  <div class="usa-identifier">
    <section class="usa-identifier__section usa-identifier__section--masthead" aria-label="Agency identifier">
      <div class="usa-identifier__container">
        <div class="usa-identifier__identity" aria-label="Agency description">
          <p class="usa-identifier__identity-domain">meritlist.example</p>
          <p class="usa-identifier__identity-disclaimer">An official website of the <a href="https://www.opm.gov/">Office of Personnel Management</a></p>
        </div>
      </div>
    </section>
    <nav class="usa-identifier__section usa-identifier__section--required-links" aria-label="Important links">
      <div class="usa-identifier__container">
        <ul class="usa-identifier__required-links-list">
          <li class="usa-identifier__required-links-item"><a href="https://www.opm.gov/about-us/" class="usa-identifier__required-link usa-link">About OPM</a></li>
          <li class="usa-identifier__required-links-item"><a href="https://www.opm.gov/information-management/privacy-policy/" class="usa-identifier__required-link usa-link">Privacy policy</a></li>
          <li class="usa-identifier__required-links-item"><a href="https://www.opm.gov/information-management/freedom-of-information-act/" class="usa-identifier__required-link usa-link">FOIA requests</a></li>
          <li class="usa-identifier__required-links-item"><a href="https://www.opm.gov/about-us/budget-performance/performance/" class="usa-identifier__required-link usa-link">Performance reports</a></li>
        </ul>
      </div>
    </nav>
    <section class="usa-identifier__section usa-identifier__section--usagov" aria-label="U.S. government information and services">
      <div class="usa-identifier__container">
        <div class="usa-identifier__usagov-description">Looking for U.S. government information and services?</div>
        <a href="https://www.usa.gov/" class="usa-link">Visit USA.gov</a>
      </div>
    </section>
  </div>
  <script src="/Content/uswds/js/uswds.min.js"></script>
  <script src="/Content/js/meritlist-search.min.js?v=20250304.1"></script>
  <script>
    window.meritlist = window.meritlist || {{}};
    window.meritlist.search = {{"Keyword":"{ML_QUERY}","Page":{number},"ResultsPerPage":{ML_PER_PAGE},"TotalCount":{count},"TotalPages":{total},"SortField":"relevance"}};
  </script>
</body>
</html>"""


@twentyfifth_b
def build_meritlist() -> None:
    s = Site(
        "meritlist",
        kind="federal job search results (USAJOBS 2024–25 with USWDS: usa-banner 'An official website of the United States government' + 'Here's how you know', usa-header, usa-search What / Where form, usa-accordion checkbox facets with counts, 'Viewing 1 - 10 of 28 jobs' + Sort by, div.usajobs-search-result--core cards: h2 > a title to /job/<control number>, department / agency lines, one city, 'Anywhere in the U.S. (remote job)' or a 'Multiple Locations' button over a hidden city list, 'Starting at $72,553 Per Year (GS 11)', 'Open 03/01/2025 to 03/31/2025', 'Permanent • Full-time', 'This job is open to' usa-tag hiring-path badges with title tooltips; nav.usa-pagination page-no buttons + Previous / Next arrows over &p=N; usa-identifier, DAP and GTM snippets)",
        start=ML_BASE.lstrip("/"),
        description=f"A federal job board's keyword search for 'data analyst' (meritlist.example{ML_BASE}, then &p=2 and &p=3) as USAJOBS renders its results page in 2024–25 on the U.S. Web Design System: the head (canonical, USWDS 3 CSS and uswds-init, the site's search CSS, Google Tag Manager, the Digital Analytics Program script tag), section.usa-banner with 'An official website of the United States government', the 'Here's how you know' accordion button and its hidden .gov / HTTPS guidance; header.usa-header with the logo and the primary nav (Search jobs / Working in government / Help / Sign in); form.usa-search.usa-search--big with What (k) and Where (l) inputs; an aside of filters: 'Clear all filters' and a multiselectable usa-accordion of fieldsets of usa-checkbox facets with counts (Hiring path, Remote, Department, Appointment type, Work schedule, Security clearance); the results column: 'Viewing 1 - 10 of 28 jobs', a Sort by usa-select and a Save search button, then div.usajobs-search-results of div.usajobs-search-result--core[data-document-id] cards — header with h2 > a.usajobs-search-result--core__title-link to /job/<control number> and an icon Save button; div.usajobs-search-result--core__department and __agency lines; div.__location with a sprite icon and either the city 'Denver, Colorado', 'Anywhere in the U.S. (remote job)', or a button 'Multiple Locations' (aria-controls) followed by a hidden ul of the cities; p.__item--salary 'Starting at $72,553 Per Year (GS 11)' (hourly '$32.47 Per Hour', other pay plans 'FV H', 'ZP 3'), p.__item--dates 'Open 03/03/2025 to 03/17/2025', p.__item--work-type 'Permanent &bull; Full-time' in two spans; div.__hiring-paths with h3 'This job is open to' and a ul of span.usa-tag hiring-path badges ('Open to the public', 'Federal employees - Competitive service', 'Veterans', 'Military spouses', 'Individuals with a disability', 'Internal to an agency', 'Career transition (CTAP, ICTAP, RPL)', 'Recent graduates', 'Federal employees - Excepted service') each with a tooltip title. nav.usa-pagination > ul.usa-pagination__list: li.usa-pagination__arrow a.usa-pagination__previous-page (from page 2) / __next-page (until page 2) with a sprite svg and span 'Previous' / 'Next', li.usa-pagination__page-no a.usa-pagination__button numbered 1–3 (usa-current + aria-current on the current one, aria-label 'Page 3 of 3' on the last); three pages, so the bounded pager has no overflow ellipsis. The slim usa-footer, the usa-identifier (domain, OPM links, USA.gov), the USWDS bundle and a window.meritlist.search settings object. 10 + 10 + 8 jobs. Written down: title, url, department, agency, location (as shown), salary (text), open_date, close_date (ISO), appointment, schedule, open_to (list of badge texts).",
    )
    pages = chunks(ML_JOBS, [10, 10, 8])
    for number, jobs in enumerate(pages, 1):
        s.list_page(_ml_href(number).lstrip("/").replace("?", "@"), _ml_page(number, len(pages), jobs))
    for job in ML_JOBS:
        control, title, department, agency, _locations, salary, opens, closes, appointment, schedule, paths = job
        s.expect(
            {
                "title": title,
                "url": f"/job/{control}",
                "department": department,
                "agency": agency,
                "location": _ml_location(job),
                "salary": salary,
                "open_date": opens,
                "close_date": closes,
                "appointment": appointment,
                "schedule": schedule,
                "open_to": paths,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# stackgrade: G2 category listing (Rails, Kaminari pager), /categories/project-management?order=g2_score&page=N.
# ---------------------------------------------------------------------------------------------------

SG_CATEGORY = "Project Management"
SG_BASE = "/categories/project-management"

#: (name, vendor, rating or None, reviews, description, categories, price or None, price unit, award badges).
# fmt: off
SG_PRODUCTS: list[tuple[str, str, float | None, int, str, list[str], float | None, str | None, list[str]]] = [
    ("Taskwell", "Taskwell, Inc.", 4.6, 11234, "Taskwell helps teams plan, track and ship work in one place, from sprint boards and Gantt timelines to workload views and automated status reports.", ["Project Management", "Task Management", "Work Management"], 10.99, "per user/month", ["Leader Spring 2025", "Users Love Us"]),
    ("Planloom", "Planloom Software", 4.5, 8412, "Planloom is a visual work OS where teams build boards, dashboards and automations to run projects, CRM pipelines and marketing calendars without code.", ["Project Management", "Work Management", "Project Collaboration"], 12, "per user/month", ["Leader Spring 2025", "Momentum Leader Spring 2025"]),
    ("Trellis Board", "Arbor Labs", 4.4, 13077, "Kanban boards, lists and cards that help teams organise anything, with Power-Ups for calendars, custom fields and integrations.", ["Project Management", "Task Management"], 5, "per user/month", ["Leader Spring 2025"]),
    ("Cadence PPM", "Cadence Systems", 4.2, 2381, "Enterprise project portfolio management with resource planning, financials, timesheets and scenario modelling for PMOs.", ["Project Portfolio Management", "Resource Management"], None, None, ["High Performer Enterprise Spring 2025"]),
    ("Sprintlane", "Sprintlane", 4.7, 1962, "A fast issue tracker built for software teams: cycles, roadmaps and triage with keyboard-first workflows and Git integrations.", ["Project Management", "Issue Tracking", "Agile Project Management"], 8, "per user/month", ["High Performer Spring 2025", "Easiest To Use"]),
    ("Wrike Nest", "Nestwork Corp.", 4.2, 4120, "Versatile work management for marketing and professional services teams, with request forms, proofing, cross-tagging and time tracking.", ["Project Management", "Professional Services Automation"], 9.8, "per user/month", []),
    ("Kanbanly", "Kanbanly Ltd", 4.5, 687, "Simple, focused Kanban for small teams: WIP limits, swimlanes and cycle-time charts without the setup overhead.", ["Task Management", "Agile Project Management"], 4, "per user/month", ["Best Est. ROI Small Business"]),
    ("Milestone HQ", "Milestone HQ", 4.3, 1540, "Client-facing project management for agencies, with shared timelines, approvals and invoicing in one workspace.", ["Project Management", "Project Collaboration"], 29, "per month", []),
    ("Orbit Work", "Orbit Technologies", 4.6, 3298, "Orbit Work brings docs, tasks, goals and chat together so teams stop switching apps, with over 15 views including Gantt and mind maps.", ["Project Management", "Work Management", "Task Management"], 7, "per user/month", ["Leader Spring 2025", "Users Love Us"]),
    ("Projectory", "Projectory GmbH", 4.1, 412, "German-hosted project management with GDPR-compliant data storage, resource planning and budget tracking for mid-sized companies.", ["Project Management", "Resource Management"], None, None, []),
    ("Gantry", "Gantry Software", 4.4, 2210, "Online Gantt chart software with drag-and-drop scheduling, dependencies, critical path and baselines for construction and engineering teams.", ["Project Management", "Gantt Chart"], 7.99, "per user/month", ["High Performer Spring 2025"]),
    ("Basecourse", "Basecourse LLC", 4.1, 5034, "All-in-one project management and team communication: message boards, to-dos, schedules, docs and group chat with flat pricing.", ["Project Management", "Project Collaboration"], 15, "per user/month", []),
    ("Teamgrid Pro", "Teamgrid", 4.3, 958, "Track tasks, time and budgets across client projects, with capacity forecasts and profitability reports.", ["Professional Services Automation", "Time Tracking"], 24, "per user/month", []),
    ("Flowdeck", "Flowdeck Inc.", 4.8, 236, "Flowdeck turns meeting notes into tracked action items and keeps projects moving with AI summaries and weekly digests.", ["Task Management", "AI Project Management"], None, None, ["Rising Star Spring 2025"]),
    ("Portfolio One", "Meridian Cloud", 4.0, 1187, "Strategic portfolio management that connects investment planning, demand intake and delivery across waterfall and agile teams.", ["Project Portfolio Management"], None, None, ["Leader Enterprise Spring 2025"]),
    ("Tasksy", "Tasksy", 4.5, 3467, "A to-do list and planner for individuals and small teams, with natural-language due dates, recurring tasks and shared projects.", ["Task Management", "To-Do List"], 4, "per user/month", ["Easiest To Use"]),
    ("Blueprint Works", "Blueprint Works", 4.2, 319, "Construction project management with RFIs, submittals, daily logs and drawing markups accessible from the job site.", ["Construction Project Management"], None, None, []),
    ("Scrumdesk", "Scrumdesk s.r.o.", 4.3, 544, "Backlog, sprint planning and retrospectives for Scrum teams, with story mapping and release burndown charts.", ["Agile Project Management", "Issue Tracking"], 6, "per user/month", []),
    ("Runway Plan", "Runway Plan", 4.6, 128, "Roadmapping for product managers: capture feedback, score ideas and publish public roadmaps that update automatically.", ["Product Roadmap", "Project Management"], 19, "per user/month", ["High Performer Small Business"]),
    ("Hive Central", "Hive Central Inc.", 4.6, 512, "Project management with built-in email, notes and time tracking, plus action cards that assign work from any message.", ["Project Management", "Task Management"], 12, "per user/month", []),
    ("Clearplan", "Clearplan Oy", None, 0, "Lightweight project planning for public-sector teams, hosted in the EU, with accessible Gantt and workload views.", ["Project Management"], None, None, []),
    ("Agilo", "Agilo Software", 4.0, 87, "Self-hosted agile project management and issue tracking for teams that need to keep data on their own servers.", ["Agile Project Management", "Issue Tracking"], None, None, []),
    ("Stride Projects", "Stride Labs", 4.4, 1876, "Stride Projects combines tasks, docs and a team calendar, with templates for launches, events and onboarding.", ["Project Management", "Project Collaboration"], 8.5, "per user/month", []),
    ("Taskpilot", "Taskpilot", 4.7, 64, "AI-assisted task planning that estimates effort, suggests assignees and rebalances schedules when priorities change.", ["AI Project Management", "Task Management"], 15, "per user/month", ["Rising Star Spring 2025"]),
    ("Ledgerline PSA", "Ledgerline", 4.1, 433, "Professional services automation for consultancies: project accounting, resource scheduling and client billing in one system.", ["Professional Services Automation", "Project Portfolio Management"], None, None, []),
    ("Workstack", "Workstack", 4.3, 2765, "Workstack is a flexible work platform with custom item types, automations and dashboards for operations teams.", ["Work Management", "Project Management"], 11, "per user/month", []),
    ("Nimbus Tasks", "Nimbus Apps", 3.9, 201, "Shared task lists and Kanban boards that sync with your calendar and email, for teams of up to 50 people.", ["Task Management"], 3, "per user/month", []),
    ("Ganttify", "Ganttify", None, 0, "Create Gantt charts from spreadsheets in seconds and share read-only timelines with stakeholders.", ["Gantt Chart"], 9, "per month", []),
]
# fmt: on

#: Sponsored cards, two a page (ads: not records).
# fmt: off
SG_SPONSORED: list[tuple[str, str, float | None, int, str, list[str], float | None, str | None, list[str]]] = [
    ("Worklane Enterprise", "Worklane", 4.5, 6120, "The work management platform trusted by enterprises to plan, manage and deliver strategic initiatives at scale.", ["Project Management", "Work Management"], 13.49, "per user/month", ["Leader Enterprise Spring 2025"]),
    ("Timesheetly", "Timesheetly Inc.", 4.6, 2014, "Time tracking and timesheets your team will actually fill in, with project budgets and one-click invoices.", ["Time Tracking"], 6, "per user/month", []),
    ("Docket PM", "Docket Systems", 4.3, 781, "Legal project management with matter budgets, task templates and court deadline calendaring.", ["Project Management"], None, None, []),
    ("Worklane Enterprise", "Worklane", 4.5, 6120, "The work management platform trusted by enterprises to plan, manage and deliver strategic initiatives at scale.", ["Project Management", "Work Management"], 13.49, "per user/month", ["Leader Enterprise Spring 2025"]),
    ("Formstack Flow", "Formstack Flow", 4.4, 955, "Automate intake requests and approvals, then hand work straight to your project boards.", ["Workflow Management"], 50, "per month", []),
    ("Timesheetly", "Timesheetly Inc.", 4.6, 2014, "Time tracking and timesheets your team will actually fill in, with project budgets and one-click invoices.", ["Time Tracking"], 6, "per user/month", []),
]
# fmt: on

SG_FACET_COUNTS = {
    "Small-Business (50 or fewer emp.)": 24,
    "Mid-Market (51-1000 emp.)": 22,
    "Enterprise (> 1000 emp.)": 15,
}


def _sg_slug(name: str) -> str:
    return slug(name)


def _sg_url(name: str) -> str:
    return f"/products/{_sg_slug(name)}/reviews"


def _sg_href(number: int) -> str:
    return (
        f"{SG_BASE}?order=g2_score#product-list"
        if number == 1
        else f"{SG_BASE}?order=g2_score&page={number}#product-list"
    )


def _sg_price(value: float) -> str:
    return f"${value:,.2f}" if value != int(value) else f"${int(value):,}"


def _sg_card(
    item: tuple[str, str, float | None, int, str, list[str], float | None, str | None, list[str]],
    position: int,
    *,
    sponsored: bool = False,
) -> str:
    name, vendor, rating, reviews, description, categories, price, unit, badges = item
    product_id = _num(name, 6)
    url = _sg_url(name)
    href = (
        f"{url}?ad_id={_num(name + 'ad', 5)}&amp;source=sponsored_listing&amp;placement=category_list"
        if sponsored
        else url
    )
    rating_html = (
        f"""
            <div class="d-f ai-c product-card__rating">
              <a class="link js-log-click" title="{esc(name)} Reviews" href="{url}#reviews" data-event-options='{{"event_name":"category_product_reviews_click","position":{position}}}'>
                <div class="d-f ai-c">
                  <div class="stars large xlarge stars-{round(rating * 2)}" aria-hidden="true"></div>
                  <span class="c-midnight-80 ml-half">({reviews:,})</span>
                </div>
              </a>
              <span class="fw-semibold ml-half">{rating}</span><span class="c-midnight-80"> out of 5</span>
            </div>"""
        if rating is not None
        else """
            <div class="d-f ai-c product-card__rating">
              <span class="c-midnight-80">No reviews yet</span>
            </div>"""
    )
    badge_html = ""
    if badges:
        imgs = "".join(
            f'<img class="product-card__badge" alt="{esc(b)}" width="46" height="52" loading="lazy" src="https://images.stackgrade.example/badges/{slug(b)}.svg">'
            for b in badges
        )
        badge_html = f'\n          <div class="product-card__badges d-f">{imgs}</div>'
    more = (
        '<button type="button" class="link product-listing__show-more" data-max-height-expand-trigger="">Show More</button>'
        if len(description) > 130
        else ""
    )
    desc_html = f"<p>{esc(description)}</p>{more}"
    chips = "".join(
        f'<a class="badge-pill badge-pill--category" href="/categories/{slug(c)}">{esc(c)}</a>' for c in categories
    )
    price_html = (
        f"""
          <div class="product-card__pricing">
            <span class="c-midnight-80">Starting at</span> <span class="fw-semibold">{_sg_price(price)}</span> <span class="c-midnight-80">{esc(unit or "")}</span>
          </div>"""
        if price is not None
        else ""
    )
    sponsored_html = (
        '\n        <div class="product-card__sponsored c-midnight-80 fw-semibold" data-sponsored="true">Sponsored</div>'
        if sponsored
        else ""
    )
    cta = (
        f'<a class="btn btn--primary js-log-click" rel="nofollow noopener" target="_blank" href="/products/{_sg_slug(name)}/visit?placement=category_list&amp;source=cta">Try for free</a>'
        if price is not None
        else f'<a class="btn btn--outline js-log-click" rel="nofollow" href="/products/{_sg_slug(name)}/quote_request?source=category_list">Get a quote</a>'
    )
    return f"""
      <div class="product-card x-software-component-card{" product-card--sponsored" if sponsored else ""}" data-ordered-events-item="products" data-ordered-events-item-id="{product_id}" data-ordered-events-item-position="{position}">{sponsored_html}
        <div class="product-card__head d-f">
          <div class="product-card__img">
            <a class="product-listing__img js-log-click" href="{href}"><img alt="{esc(name)}" class="lazy-image" width="60" height="60" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" data-deferred-image-src="https://images.stackgrade.example/uploads/product/image/small_square/small_square_{_hex(name, 24)}/{_sg_slug(name)}.png"></a>
          </div>
          <div class="product-card__info">
            <div class="product-card__product-name">
              <a class="js-log-click" href="{href}"><div itemprop="name" class="product-listing__product-name">{esc(name)}</div></a>
            </div>
            <div class="product-card__vendor c-midnight-80">By <a class="link" href="/sellers/{slug(vendor)}">{esc(vendor)}</a></div>{rating_html}
          </div>{badge_html}
        </div>
        <div class="product-card__body">
          <div class="product-card__description">
            <div class="fw-semibold mb-4th">Product Description</div>
            <div class="product-listing__paragraph" data-max-height-expand-type="text">{desc_html}</div>
          </div>
          <div class="product-card__categories d-f f-wrap ai-c">
            <span class="c-midnight-80 mr-half">Categories</span>{chips}
          </div>{price_html}
        </div>
        <div class="product-card__footer d-f jc-sb ai-c">
          <label class="checkbox compare-checkbox"><input type="checkbox" name="compare[]" value="{product_id}" data-compare-product="{_sg_slug(name)}"> Compare</label>
          {cta}
        </div>
      </div>"""


def _sg_pager(number: int, total: int) -> str:
    parts = []
    if number > 1:
        parts.append(f'<span class="first"><a href="{esc(_sg_href(1))}">&laquo; First</a></span>')
        parts.append(f'<span class="prev"><a rel="prev" href="{esc(_sg_href(number - 1))}">&lsaquo; Prev</a></span>')
    for page in range(1, total + 1):
        if page == number:
            parts.append(f'<span class="page current">{page}</span>')
        else:
            rel = ' rel="next"' if page == number + 1 else ' rel="prev"' if page == number - 1 else ""
            parts.append(f'<span class="page"><a{rel} href="{esc(_sg_href(page))}">{page}</a></span>')
    if number < total:
        parts.append(f'<span class="next"><a rel="next" href="{esc(_sg_href(number + 1))}">Next &rsaquo;</a></span>')
        parts.append(f'<span class="last"><a href="{esc(_sg_href(total))}">Last &raquo;</a></span>')
    joined = "\n        ".join(parts)
    return f"""
      <nav class="pagination" role="navigation" aria-label="pager">
        {joined}
      </nav>"""


def _sg_page(
    number: int,
    total: int,
    products: list[tuple[str, str, float | None, int, str, list[str], float | None, str | None, list[str]]],
) -> str:
    first = (number - 1) * 10
    cards = [_sg_card(p, first + i + 1) for i, p in enumerate(products)]
    ads = SG_SPONSORED[(number - 1) * 2 : number * 2]
    cards.insert(0, _sg_card(ads[0], 0, sponsored=True))
    cards.insert(min(6, len(cards)), _sg_card(ads[1], 0, sponsored=True))
    grid = "".join(
        f'<a class="grid-chart__product" href="{_sg_url(p[0])}" style="left:{12 + (i * 37) % 78}%;bottom:{20 + (i * 23) % 70}%"><img alt="{esc(p[0])}" width="24" height="24" src="https://images.stackgrade.example/uploads/product/image/small_square/small_square_{_hex(p[0], 24)}/{_sg_slug(p[0])}.png"></a>'
        for i, p in enumerate(SG_PRODUCTS[:8])
    )
    facet = "".join(
        f'<li><label class="checkbox"><input type="checkbox" name="segment[]" value="{slug(k)}"> {esc(k)} <span class="c-midnight-80">({v})</span></label></li>'
        for k, v in SG_FACET_COUNTS.items()
    )
    crumbs = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "BreadcrumbList",
            "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://www.stackgrade.example/"},
                {
                    "@type": "ListItem",
                    "position": 2,
                    "name": "Project Management Software",
                    "item": f"https://www.stackgrade.example{SG_BASE}",
                },
            ],
        }
    )
    head_links = []
    if number > 1:
        head_links.append(
            f'<link rel="prev" href="https://www.stackgrade.example{esc(_sg_href(number - 1).split("#")[0])}">'
        )
    if number < total:
        head_links.append(
            f'<link rel="next" href="https://www.stackgrade.example{esc(_sg_href(number + 1).split("#")[0])}">'
        )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Best Project Management Software in 2025: Compare Reviews on 200+ Products | Stackgrade</title>
  <meta name="description" content="Top Project Management Software. Choose the right Project Management Software using real-time, up-to-date product reviews from 98,412 verified user reviews.">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="csrf-param" content="authenticity_token">
  <meta name="csrf-token" content="Q3b2tYl4mZP0k8cW1n7xVd2HqJt5sLgE9aRz6uNcXoFeKpIy0wBmTvA4hS3jD8lG">
  <link rel="canonical" href="https://www.stackgrade.example{SG_BASE}{"" if number == 1 else f"?page={number}"}">
  {" ".join(head_links)}
  <meta property="og:title" content="Best Project Management Software">
  <meta property="og:type" content="website">
  <meta property="og:image" content="https://images.stackgrade.example/social/category-project-management.png">
  <link rel="stylesheet" href="https://assets.stackgrade.example/assets/application-5f0c2a9e81b34d7a6e2c1f0b9d8e7a6c5b4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f.css" media="all">
  <script src="https://assets.stackgrade.example/assets/application-9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b.js" defer></script>
  <script type="application/ld+json">{crumbs}</script>
  <script>
    window.dataLayer = window.dataLayer || [];
    window.dataLayer.push({{"page_type":"category","category_id":{_num(SG_CATEGORY, 4)},"category_name":"{SG_CATEGORY}","page_number":{number},"logged_in":false}});
  </script>
  <script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="6f1e2d3c-4b5a-4978-8a1b-2c3d4e5f6a7b" charset="UTF-8"></script>
</head>
<body class="categories categories--show" data-controller="category-page">
  <div class="sitewide-banner" role="region" aria-label="Announcement"><a href="/reports/grid-report-spring-2025">The Spring 2025 Grid&reg; Reports are here. See who leads in Project Management &rarr;</a></div>
  <header class="header x-header" role="banner">
    <div class="header__inner d-f ai-c">
      <a class="header__logo" href="/" aria-label="Stackgrade home"><img src="https://assets.stackgrade.example/assets/logo-stackgrade.svg" alt="Stackgrade" width="98" height="32"></a>
      <form class="header__search" action="/search" method="get" role="search">
        <label class="visually-hidden" for="query">Search</label>
        <input id="query" type="search" name="query" placeholder="search for software, categories, etc" autocomplete="off" data-controller="autocomplete">
      </form>
      <nav class="header__nav d-f ai-c" aria-label="Main">
        <a class="header__link" href="/categories">Software</a>
        <a class="header__link" href="/categories?category_type=service">Services</a>
        <a class="header__link" href="https://sell.stackgrade.example/">For Vendors</a>
        <a class="btn btn--small btn--secondary" href="/products/new-review?source=header">Write a Review</a>
        <a class="header__link" rel="nofollow" href="/identities/sign_in?return_to={SG_BASE}">Log In</a>
      </nav>
    </div>
  </header>
  <main id="main" class="category-page">
    <div class="page-container">
      <nav class="breadcrumbs" aria-label="Breadcrumbs">
        <ol class="breadcrumbs__list d-f">
          <li class="breadcrumbs__item"><a href="/">Home</a></li>
          <li class="breadcrumbs__item"><a href="/categories/collaboration-productivity">Collaboration &amp; Productivity Software</a></li>
          <li class="breadcrumbs__item" aria-current="page">Project Management Software</li>
        </ol>
      </nav>
      <div class="category-header">
        <h1 class="category-header__title">Best Project Management Software</h1>
        <div class="category-header__intro" data-max-height-expand-type="text">
          <p>Project management software helps teams plan, execute and track work. Products in this category show tasks on boards, lists or timelines, assign owners and due dates, and report progress to stakeholders. To qualify for inclusion in the Project Management category, a product must let users create and assign tasks, schedule them, and share project status with a team.</p>
        </div>
        <div class="category-header__meta c-midnight-80">Rankings are based on user reviews and market presence. <a class="link" href="/methodology">How we rank</a></div>
      </div>
      <section class="grid-chart" aria-label="Grid® for Project Management">
        <div class="grid-chart__header d-f jc-sb"><h2 class="grid-chart__title">Grid&reg; for Project Management</h2><a class="link" href="/reports/grid-report-spring-2025">View full report</a></div>
        <div class="grid-chart__plot">
          <span class="grid-chart__quadrant grid-chart__quadrant--leaders">Leaders</span><span class="grid-chart__quadrant grid-chart__quadrant--contenders">Contenders</span><span class="grid-chart__quadrant grid-chart__quadrant--high-performers">High Performers</span><span class="grid-chart__quadrant grid-chart__quadrant--niche">Niche</span>
          {grid}
        </div>
        <div class="grid-chart__axes c-midnight-80"><span>Satisfaction</span><span>Market Presence</span></div>
      </section>
      <div class="category-layout d-f">
        <aside class="category-filters" aria-label="Filters">
          <h2 class="category-filters__title">Filter By</h2>
          <div class="category-filters__group"><h3>Star Rating</h3><ul class="list--unstyled"><li><label class="checkbox"><input type="checkbox" name="rating" value="4"> 4 &amp; up <span class="c-midnight-80">(23)</span></label></li><li><label class="checkbox"><input type="checkbox" name="rating" value="3"> 3 &amp; up <span class="c-midnight-80">(26)</span></label></li></ul></div>
          <div class="category-filters__group"><h3>Market Segment</h3><ul class="list--unstyled">{facet}</ul></div>
          <div class="category-filters__group"><h3>Pricing</h3><ul class="list--unstyled"><li><label class="checkbox"><input type="checkbox" name="pricing[]" value="free_trial"> Free Trial Available <span class="c-midnight-80">(19)</span></label></li><li><label class="checkbox"><input type="checkbox" name="pricing[]" value="free"> Free <span class="c-midnight-80">(14)</span></label></li></ul></div>
          <div class="category-filters__group"><h3>Deployment</h3><ul class="list--unstyled"><li><label class="checkbox"><input type="checkbox" name="deployment[]" value="cloud"> Cloud / SaaS <span class="c-midnight-80">(27)</span></label></li><li><label class="checkbox"><input type="checkbox" name="deployment[]" value="on_premise"> On-Premise <span class="c-midnight-80">(4)</span></label></li></ul></div>
        </aside>
        <section class="category-products" aria-label="Products">
          <div class="category-products__controls d-f jc-sb ai-c">
            <h2 class="category-products__count"><span class="fw-semibold">{len(SG_PRODUCTS)}</span> Listings in {SG_CATEGORY} Available</h2>
            <label class="select"><span class="visually-hidden">Sort by</span>
              <select name="order" data-controller="sort-select">
                <option value="g2_score" selected>Stackgrade Sort</option>
                <option value="most_reviews">Most Reviews</option>
                <option value="highest_rated">Highest Rated</option>
                <option value="lowest_price">Lowest Price</option>
              </select>
            </label>
          </div>
          <div id="product-list" class="product-list" data-ordered-events-scope="category_product_list">{"".join(cards)}
          </div>{_sg_pager(number, total)}
        </section>
      </div>
    </div>
  </main>
  <footer class="footer x-footer">
    <div class="footer__columns d-f">
      <section><h2 class="footer__heading">Stackgrade</h2><ul class="list--unstyled"><li><a href="/about">About Us</a></li><li><a href="/careers">Careers</a></li><li><a href="/press">Press</a></li><li><a href="/contact">Contact</a></li></ul></section>
      <section><h2 class="footer__heading">Buyers</h2><ul class="list--unstyled"><li><a href="/categories">All Categories</a></li><li><a href="/compare">Compare Software</a></li><li><a href="/products/new-review?source=footer">Write a Review</a></li></ul></section>
      <section><h2 class="footer__heading">Vendors</h2><ul class="list--unstyled"><li><a href="https://sell.stackgrade.example/">Stackgrade for Vendors</a></li><li><a href="https://sell.stackgrade.example/advertising">Advertising</a></li></ul></section>
    </div>
    <p class="footer__legal c-midnight-80">&copy; 2025 Stackgrade, Inc. All Rights Reserved. <a href="/static/privacy">Privacy</a> <a href="/static/terms">Terms of Use</a> <a href="#" class="ot-sdk-show-settings">Your Privacy Choices</a></p>
  </footer>
  <div id="onetrust-consent-sdk">
    <div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner">
      <div id="onetrust-policy"><p id="onetrust-policy-text">We use cookies to provide the best site experience, analyse traffic and personalise ads. <a href="/static/privacy#cookies">Cookie Policy</a></p></div>
      <div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookie Settings</button><button id="onetrust-reject-all-handler">Reject All</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div>
    </div>
  </div>
</body>
</html>"""


@twentyfifth_b
def build_stackgrade() -> None:
    s = Site(
        "stackgrade",
        kind="software category listing (G2 2024–25 category page, Rails: div#product-list of div.product-card.x-software-component-card cards, div[itemprop=name] name in a link to /products/<slug>/reviews, 'By <a>Vendor</a>', div.stars.stars-9 + '(1,234)' in a reviews link then '4.6' + ' out of 5' spans or 'No reviews yet', award badge imgs with only an alt, 'Product Description' paragraph + 'Show More' on long ones, 'Categories' badge-pill links, 'Starting at $12 per user/month' on some, Compare checkbox, two 'Sponsored' cards a page with ad_id links, a Grid® chart of logo links, OneTrust banner, Kaminari nav.pagination span.page / span.next over ?order=g2_score&page=N#product-list)",
        start=SG_BASE.lstrip("/"),
        description=f"A B2B software review site's 'Project Management' category (stackgrade.example{SG_BASE}, then ?order=g2_score&page=2#product-list and &page=3) as G2 renders its category pages in 2024–25: a Rails head (csrf meta, digest-named application CSS / JS on the asset host, canonical, rel prev / next, og meta, a BreadcrumbList JSON-LD, a dataLayer push, the OneTrust stub); a sitewide announcement; header.x-header with the logo, the search form, Software / Services / For Vendors links, 'Write a Review' and 'Log In'; breadcrumbs; h1 'Best Project Management Software', the category intro and 'How we rank'; a 'Grid® for Project Management' section whose plot holds eight positioned logo links (img alt = product name; duplicates of listed products, not records); a filter aside (Star Rating, Market Segment, Pricing, Deployment checkboxes with counts); '28 Listings in Project Management Available' + a sort select; div#product-list[data-ordered-events-scope] of div.product-card.x-software-component-card[data-ordered-events-item=products] cards: div.product-card__head with a lazy logo link (data-deferred-image-src), div.product-card__product-name > a > div[itemprop=name].product-listing__product-name, div.product-card__vendor 'By <a>Vendor</a>' to /sellers/<slug>, div.product-card__rating with a link titled 'X Reviews' holding div.stars.large.xlarge.stars-N (rating × 2) and span '(1,234)', then span.fw-semibold '4.6' + span ' out of 5' (or 'No reviews yet' on two unreviewed products), award badge imgs ('Leader Spring 2025', 'Users Love Us'…) with only an alt; div.product-card__body: 'Product Description' + div.product-listing__paragraph[data-max-height-expand-type=text] > p with the whole text (clamped by CSS) and a 'Show More' button after long ones, div.product-card__categories 'Categories' + a.badge-pill links, div.product-card__pricing 'Starting at' / '$12' / 'per user/month' spans on most; footer with a Compare checkbox and 'Try for free' (priced) or 'Get a quote' buttons. Two 'Sponsored' cards per page (first and after the fifth product) in the same markup with a div.product-card__sponsored label and ?ad_id=…&source=sponsored_listing links (ads, not records; two sponsored products appear twice). Kaminari's nav.pagination: span.first / span.prev (from page 2), span.page links (span.page.current for the current one, rel prev / next on neighbours), span.next / span.last (until page 2); page 1 is ?order=g2_score#product-list (no page param), others &page=N#product-list. Footer link columns and the OneTrust banner. 10 + 10 + 8 products. Written down: title, url, vendor, rating and reviews (absent when unreviewed), summary (the description), categories (list), price, currency, price_unit (absent when no price is shown).",
    )
    pages = chunks(SG_PRODUCTS, [10, 10, 8])
    base = SG_BASE.lstrip("/")
    for number, products in enumerate(pages, 1):
        text = _sg_page(number, len(pages), products)
        if number == 1:
            s.list_page(base + "/index.html", text)
            s.write(f"{base}@order=g2_score", text)
        else:
            s.list_page(f"{base}@order=g2_score&page={number}", text)
    for name, vendor, rating, reviews, description, categories, price, unit, _badges in SG_PRODUCTS:
        s.expect(
            {
                "title": name,
                "url": _sg_url(name),
                "vendor": vendor,
                "rating": rating,
                "reviews": reviews if rating is not None else None,
                "summary": description,
                "categories": categories,
                "price": price,
                "currency": "USD" if price is not None else None,
                "price_unit": unit,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# roofline: Redfin city search results, /city/16409/CA/Sacramento/page-N.
# ---------------------------------------------------------------------------------------------------

RF_BASE = "/city/16409/CA/Sacramento"
RF_HOST = "https://www.roofline.example"

#: (street, unit or None, zip, price, beds, baths, sqft or None, sash or None, broker or None, schema type).
# fmt: off
RF_HOMES: list[tuple[str, str | None, str, int, int, float, int | None, str | None, str | None, str]] = [
    ("4127 Fair Oaks Blvd", None, "95864", 649000, 3, 2, 1540, "NEW 3 HRS AGO", "Capitol Keys Real Estate", "SingleFamilyResidence"),
    ("2100 J St", "305", "95816", 415000, 2, 2, 1012, None, "Midtown Nest Realty", "Residence"),
    ("5521 Carlson Dr", None, "95819", 789000, 3, 2, 1688, "OPEN SAT 1-3PM", "River City Homes", "SingleFamilyResidence"),
    ("1438 Vallejo Way", None, "95818", 925000, 4, 2.5, 2210, "HOT HOME", "Land Park Realty Group", "SingleFamilyResidence"),
    ("7710 Lemon Hill Ave", None, "95824", 389000, 3, 1, 1096, "PRICE DROP", "Delta Oak Realty", "SingleFamilyResidence"),
    ("3315 Jasmine Ave", None, "95822", 512500, 3, 2, 1350, None, "Greenhaven Realty", "SingleFamilyResidence"),
    ("850 Del Paso Blvd", "12", "95815", 299000, 1, 1, 640, "NEW 22 HRS AGO", None, "Residence"),
    ("6209 Riverside Blvd", None, "95831", 579900, 4, 2, 1824, "OPEN SUN 11AM-1PM", "Greenhaven Realty", "SingleFamilyResidence"),
    ("2731 Castro Way", None, "95818", 1195000, 4, 3.5, 2960, None, "Land Park Realty Group", "SingleFamilyResidence"),
    ("4600 Natomas Central Dr", "214", "95834", 339000, 2, 2, 962, None, "Natomas Home Team", "Residence"),
    ("90 Coral Bay Ct", None, "95831", 699000, 4, 3, 2387, "3D WALKTHROUGH", "River City Homes", "SingleFamilyResidence"),
    ("5130 T St", None, "95819", 735000, 2, 1, 1204, "NEW 2 DAYS AGO", "Fab Forty Properties", "SingleFamilyResidence"),
    ("3021 Florin Perkins Rd", None, "95826", 429000, 3, 2, 1271, None, "Sierra Gold Brokers", "SingleFamilyResidence"),
    ("1817 P St", "B", "95811", 549000, 2, 2.5, 1320, "OPEN SAT 12-2PM", "Midtown Nest Realty", "Residence"),
    ("8145 Pocket Rd", None, "95831", 615000, 3, 2, None, None, "Greenhaven Realty", "SingleFamilyResidence"),
    ("4418 Marysville Blvd", None, "95838", 325000, 2, 1, 868, "PRICE DROP", "Delta Oak Realty", "SingleFamilyResidence"),
    ("2245 Portola Way", None, "95818", 1049000, 3, 2, 1918, "HOT HOME", "Land Park Realty Group", "SingleFamilyResidence"),
    ("6900 Gloria Dr", None, "95831", 538000, 3, 2, 1456, None, None, "SingleFamilyResidence"),
    ("3800 Cypress St", None, "95838", 359900, 3, 1.5, 1148, "NEW 5 HRS AGO", "Natomas Home Team", "SingleFamilyResidence"),
    ("725 Commons Dr", None, "95825", 479000, 3, 2.5, 1602, None, "Capitol Keys Real Estate", "Residence"),
    ("1509 28th St", None, "95816", 859000, 3, 2, 1733, "OPEN SUN 1-4PM", "Midtown Nest Realty", "SingleFamilyResidence"),
    ("9216 Lake Crest Way", None, "95826", 469000, 4, 2, 1540, None, "Sierra Gold Brokers", "SingleFamilyResidence"),
    ("3624 Dunsmuir Dr", None, "95833", 419000, 3, 2, 1290, "PRICE DROP", None, "SingleFamilyResidence"),
    ("301 Capitol Mall", "1802", "95814", 1250000, 3, 2.5, 2145, "3D WALKTHROUGH", "Capitol Keys Real Estate", "Residence"),
    ("5840 Franklin Blvd", None, "95824", 349000, 2, 1, None, None, "Delta Oak Realty", "SingleFamilyResidence"),
    ("2708 Sutterville Rd", None, "95820", 565000, 3, 1, 1188, "NEW 8 HRS AGO", "River City Homes", "SingleFamilyResidence"),
    ("4101 H St", None, "95819", 1389000, 5, 3, 3104, None, "Fab Forty Properties", "SingleFamilyResidence"),
    ("1120 Stockton Blvd", None, "95817", 459000, 3, 2, 1312, None, "Sierra Gold Brokers", "SingleFamilyResidence"),
    ("7351 Windbridge Dr", "B", "95831", 372000, 2, 1.5, 1040, "OPEN SAT 1-3PM", "Greenhaven Realty", "Residence"),
    ("4975 Laurelwood Way", None, "95835", 629000, 4, 3, 2450, None, "Natomas Home Team", "SingleFamilyResidence"),
    ("6121 Kenneth Ave", None, "95823", 415000, 3, 2, 1250, "HOT HOME", None, "SingleFamilyResidence"),
    ("215 Las Palmas Ave", None, "95815", 398000, 2, 1, 912, None, "Delta Oak Realty", "SingleFamilyResidence"),
    ("2920 Curtis Way", None, "95818", 699000, 3, 2, 1502, "NEW 1 DAY AGO", "Land Park Realty Group", "SingleFamilyResidence"),
    ("5408 Elvas Ave", None, "95819", 820000, 3, 2, 1650, None, "Fab Forty Properties", "SingleFamilyResidence"),
]
# fmt: on

RF_SIZES = [12, 12, 10]


def _rf_id(home: tuple[str, str | None, str, int, int, float, int | None, str | None, str | None, str]) -> int:
    return 18000000 + _num(home[0] + (home[1] or ""), 7)


def _rf_address(home: tuple[str, str | None, str, int, int, float, int | None, str | None, str | None, str]) -> str:
    street, unit, zip_code = home[0], home[1], home[2]
    return f"{street}{f' #{unit}' if unit else ''}, Sacramento, CA {zip_code}"


def _rf_url(home: tuple[str, str | None, str, int, int, float, int | None, str | None, str | None, str]) -> str:
    street, unit, zip_code = home[0], home[1], home[2]
    path = f"/CA/Sacramento/{street.replace(' ', '-')}-{zip_code}"
    if unit:
        path += f"/unit-{unit}"
    return f"{path}/home/{_rf_id(home)}"


def _rf_href(number: int) -> str:
    return RF_BASE if number == 1 else f"{RF_BASE}/page-{number}"


def _rf_geo(
    home: tuple[str, str | None, str, int, int, float, int | None, str | None, str | None, str],
) -> tuple[float, float]:
    n = _num(home[0], 6)
    return round(38.50 + (n % 1700) / 10000, 7), round(-121.55 + (n // 1700 % 1300) / 10000, 7)


def _rf_baths(baths: float) -> str:
    shown = f"{baths:g}"
    return f"{shown} bath" if baths == 1 else f"{shown} baths"


def _rf_card(
    home: tuple[str, str | None, str, int, int, float, int | None, str | None, str | None, str], index: int
) -> str:
    street, unit, zip_code, price, beds, baths, sqft, sash, broker, kind = home
    address = _rf_address(home)
    url = _rf_url(home)
    mls = f"22{_num(address, 6):06d}"
    lat, lng = _rf_geo(home)
    photo = f"https://ssl.cdn-roofline.example/photo/169/bigphoto/{mls[-3:]}/{mls}_0.jpg"
    floor = {"@type": "QuantitativeValue", "value": sqft, "unitCode": "FTK"} if sqft else None
    residence: dict[str, object] = {
        "@context": "http://schema.org",
        "name": address,
        "url": RF_HOST + url,
        "address": {
            "@type": "PostalAddress",
            "streetAddress": street + (f" #{unit}" if unit else ""),
            "addressLocality": "Sacramento",
            "addressRegion": "CA",
            "postalCode": zip_code,
            "addressCountry": "US",
        },
        "geo": {"@type": "GeoCoordinates", "latitude": lat, "longitude": lng},
        "numberOfRooms": beds,
    }
    if floor:
        residence["floorSize"] = floor
    residence["@type"] = kind
    product = {
        "@context": "http://schema.org",
        "@type": "Product",
        "name": address,
        "offers": {"@type": "Offer", "price": price, "priceCurrency": "USD"},
        "url": RF_HOST + url,
    }
    ld = json.dumps([residence, product], separators=(",", ":"))
    sash_html = (
        f'\n          <div class="bp-Homecard__Sash"><div class="bp-Homecard__Sash--item {"bp-Homecard__Sash--new" if sash.startswith("NEW") else "bp-Homecard__Sash--open" if sash.startswith("OPEN") else "bp-Homecard__Sash--info"}"><span class="bp-Homecard__Sash--text">{esc(sash)}</span></div></div>'
        if sash
        else ""
    )
    sqft_html = (
        f'<span class="bp-Homecard__Stats--sqft text-nowrap"><span class="bp-Homecard__LockedStat--value">{sqft:,}</span> <span class="bp-Homecard__LockedStat--label">sq ft</span></span>'
        if sqft
        else '<span class="bp-Homecard__Stats--sqft text-nowrap"><span class="bp-Homecard__LockedStat--value">&mdash;</span> <span class="bp-Homecard__LockedStat--label">sq ft</span></span>'
    )
    broker_html = (
        f"""
            <div class="bp-Homecard__Attribution">
              <img class="bp-Homecard__Attribution--logo" src="https://ssl.cdn-roofline.example/static-images/logos/mls_169.png" alt="MetroList" width="36" height="12" loading="lazy">
              <div class="bp-Homecard__Attribution__text">Listing by {esc(broker)}</div>
            </div>"""
        if broker
        else ""
    )
    load = 'fetchpriority="high"' if index < 2 else 'loading="lazy"'
    return f"""
      <div class="HomeCardContainer flex justify-center" id="MapHomeCard_{index}" data-rf-test-name="mapHomeCard">
        <div class="bp-Homecard bp-Homecard--autoWidth" tabindex="0" role="group" aria-label="{esc(address)}">
          <a class="bp-Homecard__Photo bp-Homecard__Photo--aspectRatio" href="{url}" tabindex="-1" aria-hidden="true">
            <div class="bp-Homecard__Photo--container"><img class="bp-Homecard__Photo--image" src="{photo}" alt="{esc(address)}" {load}></div>
            <div class="bp-Homecard__Photo--count"><svg class="bp-SvgIcon camera" aria-hidden="true" focusable="false"><use xlink:href="#svg-icon-camera"></use></svg>{12 + _num(mls, 2) % 28}</div>
          </a>{sash_html}
          <div class="bp-Homecard__Actions">
            <button type="button" class="bp-Button bp-Homecard__Action bp-Homecard__Action--favorite bp-Button__type--ghost" aria-label="Favorite button" data-rf-test-id="favoriteButton"><svg class="bp-SvgIcon heart" aria-hidden="true" focusable="false"><use xlink:href="#svg-icon-heart"></use></svg></button>
            <button type="button" class="bp-Button bp-Homecard__Action bp-Homecard__Action--xout bp-Button__type--ghost" aria-label="X-out button" data-rf-test-id="xoutButton"><svg class="bp-SvgIcon x-out" aria-hidden="true" focusable="false"><use xlink:href="#svg-icon-x-out"></use></svg></button>
          </div>
          <div class="bp-Homecard__Content">
            <div class="bp-Homecard__Price flex align-center">
              <span class="bp-Homecard__Price--value">${price:,}</span>
            </div>
            <div class="bp-Homecard__Stats">
              <span class="bp-Homecard__Stats--beds text-nowrap">{beds} {"bed" if beds == 1 else "beds"}</span><span class="bp-Homecard__Stats--baths text-nowrap">{_rf_baths(baths)}</span>{sqft_html}
            </div>
            <a class="bp-Homecard__Address flex align-center color-text-primary font-body-xsmall-compact" href="{url}" title="{esc(address)}">{esc(address)}</a>{broker_html}
          </div>
          <script type="application/ld+json">{ld}</script>
        </div>
      </div>"""


def _rf_pager(number: int, total: int) -> str:
    chevron = '<svg class="SvgIcon chevron-{0}-small" aria-hidden="true" focusable="false"><svg viewBox="0 0 24 24"><path d="{1}" fill-rule="evenodd"></path></svg></svg>'
    left = chevron.format("left", "M15.2 19.1L8.1 12l7.1-7.1 1.4 1.4L10.9 12l5.7 5.7z")
    right = chevron.format("right", "M8.8 19.1l-1.4-1.4 5.7-5.7-5.7-5.7 1.4-1.4 7.1 7.1z")
    prev = f'<button class="clickable buttonControl button-text" data-rf-test-id="react-data-paginate-previous" aria-label="Previous page"{" disabled" if number == 1 else ""}>{left}</button>'
    nxt = f'<button class="clickable buttonControl button-text" data-rf-test-id="react-data-paginate-next" aria-label="Next page"{" disabled" if number == total else ""}>{right}</button>'
    pages = "".join(
        f'<a href="{_rf_href(page)}" class="clickable goToPage{" selected" if page == number else ""}" data-rf-test-id="react-data-paginate-page-{page - 1}" title="Go to page {page}">{page}</a>'
        for page in range(1, total + 1)
    )
    return f"""
        <div class="PagingControls">
          {prev}{pages}{nxt}
        </div>
        <div class="homes summary">Viewing page {number} of {total} <span class="downloadLinkWrapper">(<a id="download-and-save" class="downloadLink" href="/stingray/api/gis-csv?al=1&amp;market=sacramento&amp;num_homes=350&amp;ord=redfin-recommended-asc&amp;page_number={number}&amp;region_id=16409&amp;region_type=6&amp;status=9&amp;uipt=1,2,3,4,5,6,7,8&amp;v=8" rel="nofollow">Download All</a>)</span></div>"""


def _rf_state() -> str:
    homes = []
    for home in RF_HOMES:
        street, unit, zip_code, price, beds, baths, sqft, sash, _broker, _kind = home
        lat, lng = _rf_geo(home)
        address = _rf_address(home)
        record: dict[str, object] = {
            "mlsId": {"label": "MLS#", "value": f"22{_num(address, 6):06d}"},
            "propertyId": _rf_id(home),
            "listingId": 200000000 + _num(address + "l", 8),
            "price": {"value": price, "level": 1},
            "beds": beds,
            "baths": baths,
            "sqFt": {"value": sqft, "level": 1} if sqft else {"level": 1},
            "streetLine": {"value": street, "level": 1},
            "unitNumber": {"value": f"#{unit}", "level": 1} if unit else {"level": 1},
            "city": "Sacramento",
            "state": "CA",
            "zip": zip_code,
            "latLong": {"value": {"latitude": lat, "longitude": lng}, "level": 1},
            "url": _rf_url(home),
            "sashes": [{"sashTypeName": sash.title()}] if sash else [],
            "dataSourceId": 169,
            "searchStatus": 1,
        }
        homes.append(record)
    payload = {
        "version": 567,
        "errorMessage": "Success",
        "resultCode": 0,
        "payload": {"homes": homes, "dataSources": [{"id": 169, "mlsDisclaimerInfo": {"name": "MetroList"}}]},
    }
    text = "{}&&" + json.dumps(payload, separators=(",", ":"))
    key = "/stingray/api/gis?al=1&include_nearby_homes=true&market=sacramento&num_homes=350&ord=redfin-recommended-asc&page_number=1&region_id=16409&region_type=6&sf=1,2,3,5,6,7&status=9&uipt=1,2,3,4,5,6,7,8&v=8"
    cache = {"ReactServerAgent.cache": {"dataCache": {key: {"res": {"text": text, "status": 200}, "loading": False}}}}
    return json.dumps(cache, separators=(",", ":")).replace("</", "<\\/")


def _rf_page(
    number: int,
    total: int,
    homes: list[tuple[str, str | None, str, int, int, float, int | None, str | None, str | None, str]],
) -> str:
    first = sum(RF_SIZES[: number - 1])
    cards = "".join(_rf_card(h, first + i) for i, h in enumerate(homes))
    context = json.dumps(
        {
            "requestContext": {
                "pageType": "search",
                "isBot": False,
                "deviceType": "desktop",
                "marketName": "sacramento",
                "regionId": 16409,
                "regionType": 6,
                "pageNumber": number,
            },
            "siteConfig": {"cdnHost": "ssl.cdn-roofline.example", "assetPath": "/stingray/static/"},
        },
        separators=(",", ":"),
    )
    canonical = RF_HOST + _rf_href(number)
    rels = ""
    if number > 1:
        rels += f'\n  <link rel="prev" href="{RF_HOST}{_rf_href(number - 1)}">'
    if number < total:
        rels += f'\n  <link rel="next" href="{RF_HOST}{_rf_href(number + 1)}">'
    return f"""<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
  <meta charset="utf-8">
  <title>Sacramento, CA Real Estate - Sacramento Homes for Sale{f" (Page {number})" if number > 1 else ""} | Roofline</title>
  <meta name="description" content="Search {len(RF_HOMES)} homes for sale in Sacramento, CA. View listing photos, review sales history, and use our detailed filters to find the perfect place.">
  <meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0">
  <meta name="robots" content="max-image-preview:large">
  <link rel="canonical" href="{canonical}">{rels}
  <meta property="og:title" content="Sacramento, CA Homes for Sale | Roofline">
  <meta property="og:image" content="https://ssl.cdn-roofline.example/static-images/logos/roofline-og.png">
  <meta property="og:url" content="{canonical}">
  <link rel="preconnect" href="https://ssl.cdn-roofline.example">
  <link rel="stylesheet" href="https://ssl.cdn-roofline.example/stingray/static/css/genMain.5a7c1e93.css">
  <link rel="stylesheet" href="https://ssl.cdn-roofline.example/stingray/static/css/search.2f4e8b10.css">
  <script>window.rfDataLayer = window.rfDataLayer || []; window.rfDataLayer.push({{"pageType":"search","regionId":16409,"market":"sacramento","page":{number}}});</script>
</head>
<body class="route-SearchPage customer-ui-react" data-rf-test-name="body">
  <svg xmlns="http://www.w3.org/2000/svg" style="display:none"><symbol id="svg-icon-heart" viewBox="0 0 24 24"><path d="M12 21l-1.4-1.3C5.4 15 2 11.9 2 8.1 2 5 4.4 2.6 7.5 2.6c1.7 0 3.4.8 4.5 2.1 1.1-1.3 2.8-2.1 4.5-2.1C19.6 2.6 22 5 22 8.1c0 3.8-3.4 6.9-8.6 11.6z"></path></symbol><symbol id="svg-icon-x-out" viewBox="0 0 24 24"><path d="M19 6.4L17.6 5 12 10.6 6.4 5 5 6.4 10.6 12 5 17.6 6.4 19l5.6-5.6 5.6 5.6 1.4-1.4-5.6-5.6z"></path></symbol><symbol id="svg-icon-camera" viewBox="0 0 24 24"><path d="M9 3L7.2 5H4a2 2 0 00-2 2v12a2 2 0 002 2h16a2 2 0 002-2V7a2 2 0 00-2-2h-3.2L15 3H9zm3 15a5 5 0 110-10 5 5 0 010 10z"></path></symbol></svg>
  <div id="content" data-react-server-root-id="0" data-react-server-timing-offset="128">
    <div data-react-server-container="0">
      <header class="Header GlobalHeader" data-rf-test-id="header">
        <div class="Header__inner flex align-center">
          <a class="Header__logo" href="/" title="Roofline"><img src="https://ssl.cdn-roofline.example/static-images/logos/roofline-logo.svg" alt="Roofline Real Estate" width="116" height="28"></a>
          <form class="SearchBox" action="/stingray/do/query-location" method="get" role="search"><label class="visuallyHidden" for="search-box-input">City, Address, School, Agent, ZIP</label><input id="search-box-input" class="search-input-box" type="search" name="location" value="Sacramento, CA" placeholder="City, Address, School, Agent, ZIP" autocomplete="off"><button type="submit" class="inline-block SearchButton" aria-label="submit search" data-rf-test-name="searchButton"><svg class="SvgIcon search" aria-hidden="true"><use xlink:href="#svg-icon-search"></use></svg></button></form>
          <nav class="Header__nav" aria-label="Main menu">
            <ul class="flex">
              <li><a href="/buy">Buy</a></li><li><a href="/rent">Rent</a></li><li><a href="/sell">Sell</a></li><li><a href="/mortgage">Mortgage</a></li><li><a href="/real-estate-agents">Real Estate Agents</a></li><li><a href="/feed">Feed</a></li>
            </ul>
          </nav>
          <div class="Header__account"><button type="button" class="bp-Button bp-Button__type--secondary" data-rf-test-id="join-signin">Join / Sign in</button></div>
        </div>
      </header>
      <div class="SearchPage">
        <div class="FiltersContainer" data-rf-test-id="filters-container">
          <div class="FilterBar flex">
            <button type="button" class="bp-Button ExposedSearchFilter ExposedSearchFilter--forSale" aria-haspopup="dialog">For sale</button>
            <button type="button" class="bp-Button ExposedSearchFilter" aria-haspopup="dialog">Price</button>
            <button type="button" class="bp-Button ExposedSearchFilter" aria-haspopup="dialog">Beds/baths</button>
            <button type="button" class="bp-Button ExposedSearchFilter" aria-haspopup="dialog">Home type</button>
            <button type="button" class="bp-Button AllFiltersButton" aria-haspopup="dialog">All filters</button>
            <button type="button" class="bp-Button bp-Button__type--primary SaveSearchButton" data-rf-test-id="save-search-button">Save search</button>
          </div>
        </div>
        <div class="HomeViews flex">
          <div class="MapContainer" id="map-container" aria-label="Map of homes for sale" data-rf-test-id="map-container"><div class="GoogleMapView placeholder"></div></div>
          <div class="ResultsContainer" data-rf-test-id="results-container">
            <div class="SearchResultsHeader">
              <h1 class="collapsedListView">Sacramento, CA Homes for Sale</h1>
              <div class="descriptionAndModeContainer flex justify-between">
                <div class="homes summary">{len(RF_HOMES)} homes &bull;</div>
                <div class="SortMenu"><span>Sort by</span> <button type="button" class="bp-Button SortMenu__button" aria-haspopup="listbox">Recommended</button></div>
              </div>
            </div>
            <div class="PhotosView reversePosition" data-rf-test-id="photos-view">
              <div class="HomeCardsContainer flex flex-wrap">{cards}
              </div>
            </div>
            <div class="PagingControlsContainer">{_rf_pager(number, total)}
            </div>
            <div class="SeoLinks"><h2>Sacramento neighborhoods</h2><ul class="seoLinkList"><li><a href="/neighborhood/13491/CA/Sacramento/Land-Park">Land Park homes for sale</a></li><li><a href="/neighborhood/13502/CA/Sacramento/Midtown">Midtown homes for sale</a></li><li><a href="/neighborhood/13510/CA/Sacramento/East-Sacramento">East Sacramento homes for sale</a></li><li><a href="/neighborhood/13518/CA/Sacramento/Natomas-Park">Natomas Park homes for sale</a></li><li><a href="/neighborhood/13530/CA/Sacramento/Pocket">Pocket homes for sale</a></li></ul></div>
          </div>
        </div>
      </div>
      <footer class="Footer" data-rf-test-id="footer">
        <div class="Footer__links flex"><a href="/about">About</a><a href="/careers">Careers</a><a href="/press">Press</a><a href="/about/privacy-notice">Privacy</a><a href="/about/terms-of-use">Terms of Use</a><a href="/about/do-not-sell">Do Not Sell or Share My Personal Information</a></div>
        <p class="Footer__disclaimer">Based on information from MetroList Services, Inc. as of March 14, 2025. All data, including all measurements and calculations of area, is obtained from various sources and has not been, and will not be, verified by broker or MLS. All information should be independently reviewed and verified for accuracy.</p>
        <p class="Footer__copyright">Copyright: &copy; 2025 Roofline. All rights reserved. California DRE #01521930</p>
      </footer>
    </div>
  </div>
  <script>(function(root){{root.__reactServerState = root.__reactServerState || {{}};root.__reactServerState.InitialContext = {context};root.__reactServerState.ServerState = {_rf_state()};}})(window);</script>
  <script src="https://ssl.cdn-roofline.example/stingray/static/js/vendor.7e1c3d9a.bundle.js" defer></script>
  <script src="https://ssl.cdn-roofline.example/stingray/static/js/search.4b9d2f61.bundle.js" defer></script>
</body>
</html>"""


@twentyfifth_b
def build_roofline() -> None:
    s = Site(
        "roofline",
        kind="real-estate search results (Redfin 2024–25 city page: div.HomeCardsContainer of div.HomeCardContainer > div.bp-Homecard, photo link with the address as img alt, sash 'NEW 3 HRS AGO' / 'OPEN SAT 1-3PM' / 'HOT HOME' on some, favorite / x-out buttons, span.bp-Homecard__Price--value '$649,000', bp-Homecard__Stats beds / baths / sqft spans ('— sq ft' when unknown) separated only by CSS, a.bp-Homecard__Address, 'Listing by X' attribution on most, per-card JSON-LD array (Residence + Product Offer) with absolute URLs, PagingControls with JS-only prev / next buttons and numbered a.goToPage links to /page-N, 'Viewing page 1 of 3' + a Download All CSV link, root.__reactServerState with every home's gis JSON inside a string)",
        start=RF_BASE.lstrip("/"),
        description=f"A real-estate portal's Sacramento, CA for-sale search (roofline.example{RF_BASE}, then {RF_BASE}/page-2 and /page-3) as Redfin renders its city pages in 2024–25: the head (canonical with /page-N, rel prev / next, og meta, the genMain and search CSS on the static CDN, an rfDataLayer push), an inline SVG sprite, div#content[data-react-server-root-id] holding header.GlobalHeader (logo, the location SearchBox form, Buy / Rent / Sell / Mortgage / Real Estate Agents / Feed, 'Join / Sign in' button), the FilterBar (For sale / Price / Beds/baths / Home type / All filters / Save search buttons), an empty map container, the results column: h1 'Sacramento, CA Homes for Sale', '34 homes &bull;' + a 'Sort by Recommended' button, then div.PhotosView > div.HomeCardsContainer of div.HomeCardContainer#MapHomeCard_N[data-rf-test-name=mapHomeCard], each a div.bp-Homecard[role=group][aria-label=address]: a.bp-Homecard__Photo (aria-hidden, tabindex -1) with img.bp-Homecard__Photo--image (alt = the address) and a photo count, div.bp-Homecard__Sash with span.bp-Homecard__Sash--text ('NEW 3 HRS AGO', 'OPEN SAT 1-3PM', 'HOT HOME', 'PRICE DROP', '3D WALKTHROUGH'; on 19 of 34), favorite and X-out icon buttons, div.bp-Homecard__Content: span.bp-Homecard__Price--value '$649,000', div.bp-Homecard__Stats of span.bp-Homecard__Stats--beds '3 beds' / '1 bed', --baths '2 baths' / '2.5 baths' / '1 bath', --sqft with LockedStat value '1,540' + label 'sq ft' (an em dash on two homes), with no separator text between them, a.bp-Homecard__Address 'street[ #unit], Sacramento, CA zip' to /CA/Sacramento/<Street-With-Hyphens>-<zip>[/unit-N]/home/<id>, div.bp-Homecard__Attribution (MLS logo img + 'Listing by X', absent on four homes), and a script[type=application/ld+json] array of a SingleFamilyResidence / Residence (name, absolute url, PostalAddress, geo, numberOfRooms, floorSize when known) and a Product with an Offer (price, USD). div.PagingControls: button[data-rf-test-id=react-data-paginate-previous] / -next (no href, disabled at the ends) around a.goToPage numbered links (page 1 to the bare city URL, 'selected' on the current one), then 'Viewing page 1 of 3 (Download All)' with a gis-csv link; SEO neighbourhood links; the footer with the MLS disclaimer; an inline script setting root.__reactServerState.InitialContext and .ServerState whose ReactServerAgent.cache dataCache holds the gis API answer as a '{{}}&&'-prefixed JSON string with all 34 homes (the map's pins, on every page). 12 + 12 + 10 homes. Written down: address, url, price, currency, beds, baths, sqft (absent when '—'), tag (the sash text, where shown), broker (the name after 'Listing by ', where shown).",
    )
    pages = chunks(RF_HOMES, RF_SIZES)
    for number, homes in enumerate(pages, 1):
        s.list_page(_rf_href(number).lstrip("/") + "/index.html", _rf_page(number, len(pages), homes))
    for home in RF_HOMES:
        _street, _unit, _zip, price, beds, baths, sqft, sash, broker, _kind = home
        s.expect(
            {
                "address": _rf_address(home),
                "url": _rf_url(home),
                "price": price,
                "currency": "USD",
                "beds": beds,
                "baths": baths,
                "sqft": sqft,
                "tag": sash,
                "broker": broker,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in TWENTYFIFTH_B.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
