"""Thirteenth wave of open corpus sites, part B (issue #3): copies of how three more well-known site
families marked up their pages as they served them in 2024–2025:

* ``govfinder`` — a GOV.UK finder (``/search/news-and-communications?keywords=flooding&order=updated-newest``,
  finder-frontend and the publishing components): the ``gem-c-cookie-banner`` ("Cookies on GOV.UK",
  Accept / Reject additional cookies), the super navigation header (Menu / Search toggles and their
  Topics and Government activity link lists), breadcrumbs, ``h1.gem-c-title__text`` "News and
  communications", "Get emails" / "Subscribe to feed" links; a left column of filters (the keyword
  input, ``app-c-expander`` sections of ``gem-c-option-select`` checkbox lists with counts: Topic,
  Organisation, Person, World location, and an "Updated" date range); on the right
  "27 results", facet tags ("Containing flooding" with a remove button), the "Sort by" select, then
  ``ul.gem-c-document-list > li.gem-c-document-list__item``: the title link
  (``a.gem-c-document-list__item-title`` with ``data-ga4-ecommerce-*`` attributes), a description
  ``p``, and ``ul.gem-c-document-list__item-metadata`` of ``li.gem-c-document-list__attribute``
  "Type: Press release", "Updated: <time datetime>14 March 2025</time>" and "From: Department
  for Environment, Food &amp; Rural Affairs and Environment Agency" (several organisations joined
  by commas and "and", while organisation names hold commas themselves); ten results a page; the
  ``gem-c-pagination`` previous / next links "Next page" + "2 of 3" to ``&page=N``; the "Is this
  page useful?" feedback component and the footer (Topics, Government activity, OGL, © Crown
  copyright).
* ``mediumtag`` — a Medium topic feed (``/tag/data-science/recommended``, 2024–25): atomic hashed
  classes only (``be b bg z dx``…), the header (logo, search, Write, Sign up / Sign in), the
  member upsell, the topic header ("Data Science", "Topic · 1.1M Followers · 412K Stories",
  Follow), related-topic pills, "Recommended stories"; then ``article[data-testid=post-preview]``
  cards: the author's avatar ``img`` (its ``alt`` is the name) and name link to ``/@user``, "in"
  and the publication's link on some (personal posts have none), a ``div[role=link][data-href]``
  around the title ``h2`` and the subtitle ``h3`` (absent on some), a thumbnail; a footer line with
  the member-only star (an ``svg`` and a hidden "Member-only story"), "5 min read", "·", "Mar 14"
  (this year's dates without the year, older ones "Dec 3, 2024"), a clap icon with "1.2K" (absent
  at zero), a response icon with a count (absent at zero), "Add to list" and "More" buttons; every
  link carries a ``?source=…`` tracking query. Nine cards a page, a "Show more" link to ``?page=N``,
  a "Who to follow" aside, the privacy bar "To make Medium work, we log user data…", and
  ``window.__APOLLO_STATE__`` with the page's posts (epoch-millisecond dates, fractional reading
  times, clap counts).
* ``estatepage`` — a Zoopla property details page (``/for-sale/details/68412935/``, the 2024–25
  Next.js app router): hashed vanilla-extract classes (``_1olqsf91 _194zg6t3``) beside
  ``data-testid`` hooks, a consent banner, the header, breadcrumbs, a gallery ("1/18", floorplan,
  virtual tour), "Guide price" above the price "£450,000" and a "£3,913 per sq. ft"-style secondary
  line, "3 bed semi-detached house for sale" and the ``address``, icon-labelled "3 beds" / "1 bath"
  / "2 receptions" / "1,150 sq. ft", listing chips (Freehold, Chain free, Garden, Parking),
  "Listed on 3rd Mar 2025", "Features and description" with a key features list and the
  description, "Council tax band: C", "EPC rating: D", the agent box (logo ``alt``, name, address,
  a ``tel:`` link "Call 01273 918442"), a listing history (first listed at a different price and
  a reduction, both dated), a mortgage and stamp duty panel, local area stations and schools with
  distances, similar properties with prices, an ad slot, a BreadcrumbList JSON-LD and the
  ``self.__next_f.push`` payload.

Run ``uv run python tests/sites/corpus/generate_thirteenth_b.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**. They were
written, and measured, before any heuristic was changed for them.
"""

# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc, slug

THIRTEENTH_B: dict[str, Callable[[], None]] = {}


def thirteenth_b(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    THIRTEENTH_B[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _hex(seed: str, length: int = 8) -> str:
    """A stable hash-looking token."""
    return hashlib.sha1(seed.encode()).hexdigest()[:length]


def _base36(seed: str, length: int) -> str:
    """A stable lowercase base-36 token."""
    number = int(hashlib.sha1(seed.encode()).hexdigest(), 16)
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while len(out) < length:
        number, rest = divmod(number, 36)
        out += digits[rest]
    return out


MONTHS = [
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


# ---------------------------------------------------------------------------------------------------
# govfinder: a GOV.UK finder (news and communications, 2024–2025).
# ---------------------------------------------------------------------------------------------------

GF_PATH = "/search/news-and-communications"
GF_QUERY = "keywords=flooding&order=updated-newest"
GF_PER_PAGE = 10

DEFRA = "Department for Environment, Food & Rural Affairs"
EA = "Environment Agency"


class Notice(NamedTuple):
    title: str
    section: str  # news / speeches
    description: str
    kind: str
    updated: date
    organisations: list[str]


GF_NOTICES = [
    Notice(
        "Flood warnings remain in place across the Midlands after heavy rain",
        "news",
        "River levels on the Severn and the Trent are expected to stay high into the weekend, with more rain forecast on Sunday.",
        "Press release",
        date(2025, 3, 14),
        [EA],
    ),
    Notice(
        "£2.65 billion flood defence programme passes 500 completed schemes",
        "news",
        "Schemes finished since 2021 now better protect more than 200,000 homes and businesses in England.",
        "News story",
        date(2025, 3, 13),
        [DEFRA, EA],
    ),
    Notice(
        "Floods Minister's speech at the Flood and Coast conference 2025",
        "speeches",
        "The Floods Minister sets out the government's priorities for flood resilience and the new funding formula.",
        "Speech",
        date(2025, 3, 12),
        [DEFRA],
    ),
    Notice(
        "Farmers affected by flooding urged to apply for recovery grants",
        "news",
        "The Farming Recovery Fund reopens for eligible farmers in 12 counties, with grants of up to £25,000.",
        "Press release",
        date(2025, 3, 11),
        ["Rural Payments Agency"],
    ),
    Notice(
        "Winter flooding: update on the government response",
        "speeches",
        "A written statement to Parliament on the response to flooding in January and February 2025.",
        "Statement to Parliament",
        date(2025, 3, 10),
        [DEFRA],
    ),
    Notice(
        "New flood barrier opens in Shrewsbury town centre",
        "news",
        "The demountable barrier on Frankwell Quay will protect 140 properties from the River Severn.",
        "News story",
        date(2025, 3, 7),
        [EA],
    ),
    Notice(
        "Government response to the EFRA Committee report on flood resilience in England",
        "news",
        "The government accepts 14 of the committee's 18 recommendations on maintaining flood defences.",
        "Government response",
        date(2025, 3, 6),
        [DEFRA],
    ),
    Notice(
        "Welsh Secretary visits communities hit by Storm Bert",
        "news",
        "The Secretary of State for Wales met residents, volunteers and emergency services in Pontypridd.",
        "News story",
        date(2025, 3, 5),
        ["Office of the Secretary of State for Wales"],
    ),
    Notice(
        "A38 reopens after flood repairs near Burton upon Trent",
        "news",
        "Both carriageways are open again after three weeks of drainage repairs and resurfacing.",
        "Press release",
        date(2025, 3, 4),
        ["National Highways"],
    ),
    Notice(
        "Flood Re levy cut will lower home insurance costs",
        "news",
        "The reduced levy takes effect from April and is expected to save households in high-risk areas up to £60 a year.",
        "News story",
        date(2025, 3, 3),
        ["HM Treasury", DEFRA, "Flood Re"],
    ),
    Notice(
        "Community flood resilience fund: 40 projects selected",
        "news",
        "Local groups will share £6 million for property flood resilience, volunteer flood wardens and early warning sensors.",
        "Press release",
        date(2025, 2, 28),
        [DEFRA, EA],
    ),
    Notice(
        "PM remarks on visiting flood-hit communities in Yorkshire: 27 February 2025",
        "speeches",
        "The Prime Minister thanked emergency responders and announced extra support for affected households.",
        "Speech",
        date(2025, 2, 27),
        ["Prime Minister's Office, 10 Downing Street"],
    ),
    Notice(
        "Bellwin scheme activated for councils affected by flooding",
        "news",
        "Councils in the East Midlands can claim back the immediate costs of responding to the floods.",
        "News story",
        date(2025, 2, 26),
        ["Ministry of Housing, Communities and Local Government"],
    ),
    Notice(
        "Environment Agency chair: we must adapt to a wetter climate",
        "speeches",
        "A speech on adapting places, infrastructure and communities to more frequent and more severe flooding.",
        "Speech",
        date(2025, 2, 25),
        [EA],
    ),
    Notice(
        "Flood recovery framework activated for Leicestershire and Northamptonshire",
        "news",
        "Households and businesses flooded in February can apply for council tax and business rates relief.",
        "Press release",
        date(2025, 2, 24),
        ["Ministry of Housing, Communities and Local Government"],
    ),
    Notice(
        "UK sends flood response experts to Valencia",
        "news",
        "A team of UK flood rescue specialists is supporting the Spanish authorities after severe flash flooding.",
        "News story",
        date(2025, 2, 21),
        ["Foreign, Commonwealth & Development Office"],
    ),
    Notice(
        "Joint flood forecasting service launches new 5-day outlook",
        "news",
        "The Flood Forecasting Centre now publishes a county-level flood risk outlook five days ahead.",
        "Press release",
        date(2025, 2, 20),
        ["Met Office", EA],
    ),
    Notice(
        "Flooding in the South West: oral statement",
        "speeches",
        "An oral statement to the House of Commons on flooding in Devon, Cornwall and Somerset.",
        "Oral statement to Parliament",
        date(2025, 2, 19),
        [DEFRA],
    ),
    Notice(
        "Natural flood management projects to receive £25 million",
        "news",
        "Leaky dams, wetlands and tree planting in 60 catchments will slow the flow of water.",
        "Press release",
        date(2025, 2, 18),
        [DEFRA, EA, "Natural England"],
    ),
    Notice(
        "Insurers asked to speed up flood claims",
        "news",
        "The Floods Minister has written to the Association of British Insurers about claims handling after Storm Bert.",
        "News story",
        date(2025, 2, 17),
        [DEFRA],
    ),
    Notice(
        "Armed forces support flood response in Lincolnshire",
        "news",
        "Around 80 soldiers are helping to fill sandbags and evacuate residents near Wainfleet.",
        "Press release",
        date(2025, 2, 14),
        ["Ministry of Defence"],
    ),
    Notice(
        "Thames Barrier closes for the 220th time",
        "news",
        "The barrier was closed on two consecutive tides to protect London from a tidal surge.",
        "News story",
        date(2025, 2, 13),
        [EA],
    ),
    Notice(
        "Flood defence investment to 2035: statement",
        "speeches",
        "A written statement on capital funding for flood and coastal erosion risk management.",
        "Statement to Parliament",
        date(2025, 2, 12),
        ["HM Treasury", DEFRA],
    ),
    Notice(
        "Scottish Secretary meets flood-affected businesses in Brechin",
        "news",
        "The Secretary of State for Scotland heard how firms on River Street are recovering.",
        "News story",
        date(2025, 2, 11),
        ["Scotland Office"],
    ),
    Notice(
        "Schools closed by flooding: advice for headteachers published",
        "news",
        "New advice covers remote education, exam arrangements and claiming for repairs.",
        "Press release",
        date(2025, 2, 10),
        ["Department for Education"],
    ),
    Notice(
        "Funding boost for internal drainage boards",
        "news",
        "An extra £50 million will help drainage boards modernise pumping stations.",
        "Press release",
        date(2025, 2, 7),
        [DEFRA],
    ),
    Notice(
        "Environment Secretary's speech to the NFU Conference 2025",
        "speeches",
        "The Environment Secretary on food security, farm payments and water management.",
        "Speech",
        date(2025, 2, 6),
        [DEFRA],
    ),
]


def _gf_day(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _gf_url(notice: Notice) -> str:
    return f"/government/{notice.section}/{slug(notice.title)}"


def _gf_orgs(names: list[str]) -> str:
    """GOV.UK's to_sentence: 'A', 'A and B', 'A, B and C'."""
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


def _gf_link(page: int) -> str:
    return f"{GF_PATH}?{GF_QUERY}" + (f"&page={page}" if page > 1 else "")


def _gf_item(notice: Notice, index: int) -> str:
    url = _gf_url(notice)
    content_id = f"{_hex(url, 8)}-{_hex(url + 'a', 4)}-4{_hex(url + 'b', 3)}-{_hex(url + 'c', 4)}-{_hex(url + 'd', 12)}"
    return f"""
      <li class="gem-c-document-list__item">
        <div class="gem-c-document-list__item-title">
          <a data-ga4-ecommerce-path="{esc(url)}" data-ga4-ecommerce-content-id="{content_id}" data-ga4-ecommerce-row="1" data-ga4-ecommerce-index="{index}" class="govuk-link gem-c-document-list__item-link" href="{esc(url)}">{esc(notice.title)}</a>
        </div>
        <p class="gem-c-document-list__item-description">{esc(notice.description)}</p>
        <ul class="gem-c-document-list__item-metadata">
          <li class="gem-c-document-list__attribute">Type: {esc(notice.kind)}</li>
          <li class="gem-c-document-list__attribute">Updated: <time datetime="{notice.updated.isoformat()}">{_gf_day(notice.updated)}</time></li>
          <li class="gem-c-document-list__attribute">From: {esc(_gf_orgs(notice.organisations))}</li>
        </ul>
      </li>"""


def _gf_option_select(
    key: str, title: str, options: list[tuple[str, int]], *, checked: str | None = None, closed: bool = True
) -> str:
    boxes = "".join(
        f"""
            <div class="govuk-checkboxes__item">
              <input type="checkbox" name="{key}[]" id="{key}-{slug(label)}" value="{slug(label)}" class="govuk-checkboxes__input"{" checked" if label == checked else ""}>
              <label for="{key}-{slug(label)}" class="govuk-label govuk-checkboxes__label">{esc(label)} ({count})</label>
            </div>"""
        for label, count in options
    )
    return f"""
      <div class="app-c-expander" data-module="app-c-expander" data-open-on-load="{str(not closed).lower()}">
        <h2 class="app-c-expander__heading"><span class="app-c-expander__title js-toggle">{esc(title)}</span>
          <svg version="1.1" xmlns="http://www.w3.org/2000/svg" class="app-c-expander__icon app-c-expander__icon--up" aria-hidden="true" focusable="false"><path d="m798.16 609.84l-256-256c-16.683-16.683-43.691-16.683-60.331 0l-256 256c-16.683 16.683-16.683 43.691 0 60.331s43.691 16.683 60.331 0l225.84-225.84 225.84 225.84c16.683 16.683 43.691 16.683 60.331 0s16.683-43.691 0-60.331z"/></svg>
        </h2>
        <div class="app-c-expander__content js-content" id="{key}-content">
          <div class="gem-c-option-select" data-module="option-select" data-filter-element="" id="{key}">
            <div class="gem-c-option-select__container js-options-container" tabindex="-1">
              <div class="gem-c-option-select__container-inner js-auto-height-inner">
                <fieldset class="govuk-fieldset"><legend class="govuk-fieldset__legend govuk-fieldset__legend--m gem-c-legend govuk-visually-hidden">{esc(title)}</legend>
                  <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">{boxes}
                  </div>
                </fieldset>
              </div>
            </div>
          </div>
        </div>
      </div>"""


def _gf_filters() -> str:
    organisations = [
        (DEFRA, 11),
        (EA, 9),
        ("HM Treasury", 2),
        ("Ministry of Housing, Communities and Local Government", 2),
        ("Department for Education", 1),
        ("Ministry of Defence", 1),
        ("Natural England", 1),
        ("Rural Payments Agency", 1),
    ]
    topics = [
        ("Environment", 19),
        ("Government", 4),
        ("Business and industry", 2),
        ("Education, training and skills", 1),
        ("Defence and armed forces", 1),
    ]
    people = [("Emma Hardy", 4), ("Steve Reed", 3), ("Keir Starmer", 1)]
    locations = [("Spain", 1), ("Netherlands", 0)]
    return f"""
    <div class="govuk-grid-column-one-third">
      <div id="finder-keyword-search" class="app-c-search-container">
        <div class="gem-c-search govuk-!-display-none-print gem-c-search--on-white" data-module="gem-toggle-input-class-on-focus">
          <label for="finder-keyword-search-input" class="gem-c-search__label">Search</label>
          <div class="gem-c-search__item-wrapper">
            <input enterkeyhint="search" class="gem-c-search__item gem-c-search__input js-class-toggle" id="finder-keyword-search-input" name="keywords" title="Search" type="search" value="flooding">
            <div class="gem-c-search__item gem-c-search__submit-wrapper"><button class="gem-c-search__submit" type="submit" enterkeyhint="search">Search<svg class="gem-c-search__icon" width="27" height="27" viewBox="0 0 27 27" fill="none" xmlns="http://www.w3.org/2000/svg" aria-hidden="true" focusable="false"><circle cx="12.0161" cy="11.0161" r="8.51613" stroke="currentColor" stroke-width="3"/><line x1="17.8668" y1="17.3587" x2="26.4475" y2="25.9393" stroke="currentColor" stroke-width="3"/></svg></button></div>
          </div>
        </div>
      </div>
      <div class="govuk-!-margin-bottom-4" id="filter-heading"><h2 class="govuk-heading-s">Filter</h2></div>
      <div class="facets" data-module="mobile-filters-modal" id="facet-wrapper">
        {_gf_option_select("topic", "Topic", topics)}
        {_gf_option_select("organisations", "Organisation", organisations)}
        {_gf_option_select("people", "Person", people)}
        {_gf_option_select("world_locations", "World location", locations)}
        <div class="app-c-expander" data-module="app-c-expander" data-open-on-load="false">
          <h2 class="app-c-expander__heading"><span class="app-c-expander__title js-toggle">Updated</span></h2>
          <div class="app-c-expander__content js-content" id="public_timestamp-content">
            <div class="govuk-form-group gem-c-input"><label for="public_timestamp[from]" class="gem-c-label govuk-label govuk-label--s">Updated after</label>
              <div id="hint-from" class="gem-c-hint govuk-hint">For example, 2005 or 21/11/2014</div>
              <input aria-describedby="hint-from" class="gem-c-input govuk-input" id="public_timestamp[from]" name="public_timestamp[from]" spellcheck="false" type="text"></div>
            <div class="govuk-form-group gem-c-input"><label for="public_timestamp[to]" class="gem-c-label govuk-label govuk-label--s">Updated before</label>
              <div id="hint-to" class="gem-c-hint govuk-hint">For example, 2005 or 21/11/2014</div>
              <input aria-describedby="hint-to" class="gem-c-input govuk-input" id="public_timestamp[to]" name="public_timestamp[to]" spellcheck="false" type="text"></div>
          </div>
        </div>
        <button class="gem-c-button govuk-button app-c-button--secondary js-close-filters" type="submit">Filter results</button>
      </div>
    </div>"""


def _gf_pagination(page: int, pages: int) -> str:
    items = ""
    if page > 1:
        items += f"""
        <li class="gem-c-pagination__item gem-c-pagination__item--previous">
          <a href="{esc(_gf_link(page - 1))}" class="govuk-link gem-c-pagination__link" rel="prev" data-ga4-link='{{"event_name":"navigation","type":"pagination","text":"Previous page"}}'>
            <span class="gem-c-pagination__link-title"><svg class="gem-c-pagination__link-icon" xmlns="http://www.w3.org/2000/svg" height="13" width="17" aria-hidden="true" focusable="false" viewBox="0 0 17 13"><path d="m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z"/></svg><span class="gem-c-pagination__link-text">Previous<span class="govuk-visually-hidden"> page</span></span></span>
            <span class="govuk-visually-hidden">:</span>
            <span class="gem-c-pagination__link-label">{page - 1} of {pages}</span>
          </a>
        </li>"""
    if page < pages:
        items += f"""
        <li class="gem-c-pagination__item gem-c-pagination__item--next">
          <a href="{esc(_gf_link(page + 1))}" class="govuk-link gem-c-pagination__link" rel="next" data-ga4-link='{{"event_name":"navigation","type":"pagination","text":"Next page"}}'>
            <span class="gem-c-pagination__link-title"><span class="gem-c-pagination__link-text">Next<span class="govuk-visually-hidden"> page</span></span><svg class="gem-c-pagination__link-icon" xmlns="http://www.w3.org/2000/svg" height="13" width="17" aria-hidden="true" focusable="false" viewBox="0 0 17 13"><path d="m10.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z"/></svg></span>
            <span class="govuk-visually-hidden">:</span>
            <span class="gem-c-pagination__link-label">{page + 1} of {pages}</span>
          </a>
        </li>"""
    return f"""
      <nav class="gem-c-pagination" role="navigation" aria-label="Pagination">
        <ul class="gem-c-pagination__list">{items}
        </ul>
      </nav>"""


GF_TOPICS = [
    ("Benefits", "/browse/benefits"),
    ("Births, death, marriages and care", "/browse/births-deaths-marriages"),
    ("Business and self-employed", "/browse/business"),
    ("Childcare and parenting", "/browse/childcare-parenting"),
    ("Citizenship and living in the UK", "/browse/citizenship"),
    ("Crime, justice and the law", "/browse/justice"),
    ("Disabled people", "/browse/disabilities"),
    ("Driving and transport", "/browse/driving"),
    ("Education and learning", "/browse/education"),
    ("Employing people", "/browse/employing-people"),
    ("Environment and countryside", "/browse/environment-countryside"),
    ("Housing and local services", "/browse/housing-local-services"),
    ("Money and tax", "/browse/tax"),
    ("Passports, travel and living abroad", "/browse/abroad"),
    ("Visas and immigration", "/browse/visas-immigration"),
    ("Working, jobs and pensions", "/browse/working"),
]
GF_ACTIVITY = [
    ("Departments", "/government/organisations"),
    ("News", "/search/news-and-communications"),
    ("Guidance and regulation", "/search/guidance-and-regulation"),
    ("Research and statistics", "/search/research-and-statistics"),
    ("Policy papers and consultations", "/search/policy-papers-and-consultations"),
    ("Transparency", "/search/transparency-and-freedom-of-information-releases"),
    ("How government works", "/government/how-government-works"),
    ("Get involved", "/government/get-involved"),
]


def _gf_links(links: list[tuple[str, str]], cls: str) -> str:
    return "".join(
        f'<li class="{cls}__item"><a class="govuk-link {cls}__link" href="{href}">{esc(text)}</a></li>'
        for text, href in links
    )


def _gf_page(page: int, pages: int, items: list[Notice], total: int) -> str:
    first_index = (page - 1) * GF_PER_PAGE
    results = "".join(_gf_item(notice, first_index + number + 1) for number, notice in enumerate(items))
    canonical = f"https://www.gov.example{_gf_link(page)}"
    return f"""<!DOCTYPE html>
<html lang="en" class="govuk-template govuk-template--rebranded">
<head>
  <meta charset="utf-8">
  <title>News and communications - GOV.UK</title>
  <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
  <meta name="theme-color" content="#1d70b8">
  <link rel="stylesheet" href="/assets/finder-frontend/application-3b1e2c4f.css">
  <link rel="canonical" href="{esc(canonical)}">
  <link rel="alternate" type="application/atom+xml" href="/search/news-and-communications.atom?keywords=flooding">
  <meta name="description" content="Find news and communications from government">
  <meta name="govuk:format" content="finder">
  <meta name="govuk:publishing-app" content="rummager">
  <meta name="govuk:rendering-app" content="finder-frontend">
  <meta name="govuk:schema-name" content="finder">
  <meta name="govuk:content-id" content="622e9691-4b4f-4e9c-bce1-098b0c4f5ee2">
  <meta name="govuk:search-result-count" content="{total}">
  <meta name="robots" content="noindex">
  <meta property="og:site_name" content="GOV.UK">
  <meta property="og:title" content="News and communications">
</head>
<body class="govuk-template__body gem-c-layout-for-public">
  <script>document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');</script>
  <div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" data-module="cookie-banner" data-nosnippet role="region" aria-label="Cookies on GOV.UK">
    <div class="govuk-cookie-banner js-banner-wrapper" role="region" aria-label="Cookies on GOV.UK">
      <div class="gem-c-cookie-banner__message govuk-cookie-banner__message govuk-width-container">
        <div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
          <h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on GOV.UK</h2>
          <div class="govuk-cookie-banner__content">
            <p class="govuk-body">We use some essential cookies to make this website work.</p>
            <p class="govuk-body">We’d like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.</p>
            <p class="govuk-body">We also use cookies set by other sites to help us deliver content from their services.</p>
          </div>
        </div></div>
        <div class="js-confirmation-buttons govuk-button-group">
          <button class="gem-c-button govuk-button" type="submit" data-module="gem-track-click" data-accept-cookies="true" data-cookie-types="all">Accept additional cookies</button>
          <button class="gem-c-button govuk-button" type="submit" data-module="gem-track-click" data-reject-cookies="true">Reject additional cookies</button>
          <a class="govuk-link" href="/help/cookies">View cookies</a>
        </div>
      </div>
    </div>
  </div>
  <a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
  <header role="banner" data-module="super-navigation-mega-menu" class="gem-c-layout-super-navigation-header">
    <div class="gem-c-layout-super-navigation-header__container govuk-width-container">
      <div class="gem-c-layout-super-navigation-header__header-logo">
        <a class="govuk-header__link govuk-header__link--homepage" href="/" id="logo" aria-label="Go to the GOV.UK homepage">
          <svg xmlns="http://www.w3.org/2000/svg" focusable="false" role="img" viewBox="0 0 324 60" height="30" width="162" fill="currentcolor" class="govuk-header__logotype" aria-label="GOV.UK"><title>GOV.UK</title><path d="M22.6 10.4c-1 .4-2-.1-2.4-1-.4-.9.1-2 1-2.4.9-.4 2 .1 2.4 1s-.1 2-1 2.4m-5.9 6.7c-.9.4-2-.1-2.4-1-.4-.9.1-2 1-2.4.9-.4 2 .1 2.4 1s-.1 2-1 2.4"/></svg>
        </a>
      </div>
      <nav aria-labelledby="super-navigation-menu-heading" class="gem-c-layout-super-navigation-header__content" data-module="ga4-event-tracker">
        <h2 id="super-navigation-menu-heading" class="govuk-visually-hidden">Navigation menu</h2>
        <div class="gem-c-layout-super-navigation-header__navigation-item">
          <button aria-controls="super-navigation-menu" aria-expanded="false" aria-label="Show navigation menu" class="gem-c-layout-super-navigation-header__navigation-top-toggle-button" id="super-navigation-menu-toggle" type="button" hidden><span class="gem-c-layout-super-navigation-header__navigation-top-toggle-button-inner">Menu</span></button>
          <div id="super-navigation-menu" hidden class="gem-c-layout-super-navigation-header__navigation-dropdown-menu">
            <div class="govuk-grid-row gem-c-layout-super-navigation-header__navigation-items">
              <div class="govuk-grid-column-two-thirds-from-desktop"><h3 class="govuk-heading-m">Services and information</h3><ul class="govuk-list gem-c-layout-super-navigation-header__navigation-second-items">{_gf_links(GF_TOPICS, "gem-c-layout-super-navigation-header__navigation-second")}</ul></div>
              <div class="govuk-grid-column-one-third-from-desktop"><h3 class="govuk-heading-m">Government activity</h3><ul class="govuk-list gem-c-layout-super-navigation-header__navigation-second-items">{_gf_links(GF_ACTIVITY, "gem-c-layout-super-navigation-header__navigation-second")}</ul></div>
            </div>
          </div>
        </div>
        <div class="gem-c-layout-super-navigation-header__search-item">
          <button id="super-search-menu-toggle" class="gem-c-layout-super-navigation-header__search-toggle-button" aria-controls="super-search-menu" aria-expanded="true" aria-label="Hide search menu" type="button" hidden><span class="govuk-visually-hidden">Search GOV.UK</span></button>
          <a class="gem-c-layout-super-navigation-header__search-item-link" href="/search"><span class="govuk-visually-hidden">Search GOV.UK</span></a>
        </div>
      </nav>
    </div>
  </header>
  <div class="govuk-width-container">
    <div class="gem-c-breadcrumbs govuk-breadcrumbs govuk-breadcrumbs--collapse-on-mobile" data-module="ga4-link-tracker">
      <ol class="govuk-breadcrumbs__list"><li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/">Home</a></li></ol>
    </div>
    <main class="govuk-main-wrapper" id="main-content" role="main">
      <form method="get" action="{GF_PATH}" id="js-finder-form" class="js-finder-form" data-module="ga4-finder-tracker">
        <div class="govuk-grid-row">
          <div class="govuk-grid-column-two-thirds">
            <div class="gem-c-heading govuk-!-margin-bottom-6"><h1 class="gem-c-title__text govuk-heading-xl">News and communications</h1></div>
          </div>
          <div class="govuk-grid-column-one-third">
            <div class="gem-c-subscription-links govuk-!-display-none-print" data-module="gem-toggle">
              <h2 class="govuk-visually-hidden">Subscriptions</h2>
              <ul class="gem-c-subscription-links__list">
                <li class="gem-c-subscription-links__list-item"><a class="govuk-link gem-c-subscription-links__link gem-c-subscription-links__link--email-alerts" href="/search/news-and-communications/email-signup?keywords=flooding" data-ga4-link='{{"event_name":"navigation","type":"subscribe","index_link":1,"index_total":2,"section":"Top"}}'><svg aria-hidden="true" class="gem-c-subscription-links__icon" width="18" height="18" viewBox="0 0 36 36"><path fill="currentColor" d="M2 6h32v24H2z"/></svg>Get emails</a></li>
                <li class="gem-c-subscription-links__list-item"><a class="govuk-link gem-c-subscription-links__link gem-c-subscription-links__link--feed" href="/search/news-and-communications.atom?keywords=flooding"><svg aria-hidden="true" class="gem-c-subscription-links__icon" width="18" height="18" viewBox="0 0 36 36"><path fill="currentColor" d="M4 4h4v28H4z"/></svg>Subscribe to feed</a></li>
              </ul>
            </div>
          </div>
        </div>
        <div class="govuk-grid-row">
          {_gf_filters()}
          <div class="govuk-grid-column-two-thirds js-live-search-results-block filtered-results" id="js-results">
            <div class="result-region-header">
              <div class="result-region-header__counter" id="js-result-count" aria-live="assertive">
                <h2 class="govuk-heading-s govuk-!-margin-bottom-2">{total} results</h2>
              </div>
              <div id="js-facet-tag-wrapper" class="facet-tags__container" aria-live="assertive">
                <div class="facet-tags" data-module="remove-filter">
                  <div class="facet-tags__group">
                    <p class="facet-tags__preposition">Containing</p>
                    <div class="facet-tag">
                      <p class="facet-tag__text">flooding</p>
                      <button type="button" class="facet-tag__remove" aria-label="Remove filter flooding" data-module="remove-filter-link" data-track-label="flooding" data-facet="keywords" data-value="flooding" data-name="keywords">&#x2715;</button>
                    </div>
                  </div>
                </div>
              </div>
              <div id="js-sort-options" class="sort-options">
                <div class="govuk-form-group gem-c-select">
                  <label class="govuk-label" for="order">Sort by</label>
                  <select name="order" id="order" class="govuk-select js-order-results" data-ga4-change-category="update-sort select">
                    <option value="most-viewed">Most viewed</option>
                    <option value="relevance">Relevance</option>
                    <option value="updated-newest" selected="selected">Updated (newest)</option>
                    <option value="updated-oldest">Updated (oldest)</option>
                  </select>
                </div>
              </div>
            </div>
            <div id="js-found" class="finder-results js-finder-results" data-module="gem-track-click ga4-auto-tracker ga4-link-tracker" data-ga4-ecommerce-start-index="{first_index + 1}" data-ga4-list-title="News and communications" data-ga4-search-query="flooding">
              <ul class="gem-c-document-list gem-c-document-list--no-underline govuk-!-margin-bottom-5">{results}
              </ul>
            </div>
            <div id="js-pagination">{_gf_pagination(page, pages)}
            </div>
          </div>
        </div>
      </form>
      <div class="gem-c-feedback govuk-!-display-none-print" data-module="feedback ga4-event-tracker">
        <div class="gem-c-feedback__prompt gem-c-feedback__js-show js-prompt" tabindex="-1">
          <div class="gem-c-feedback__prompt-content">
            <div class="gem-c-feedback__prompt-questions js-prompt-questions">
              <div class="gem-c-feedback__prompt-question-answer">
                <h2 class="gem-c-feedback__prompt-question">Is this page useful?</h2>
                <ul class="gem-c-feedback__option-list">
                  <li class="gem-c-feedback__option-list-item govuk-visually-hidden" hidden><a class="gem-c-feedback__prompt-link" role="button" hidden href="/contact/govuk">Maybe</a></li>
                  <li class="gem-c-feedback__option-list-item"><button class="govuk-button gem-c-feedback__prompt-link js-page-is-useful" type="button">Yes <span class="govuk-visually-hidden">this page is useful</span></button></li>
                  <li class="gem-c-feedback__option-list-item"><button class="govuk-button gem-c-feedback__prompt-link js-toggle-form js-page-is-not-useful" type="button" aria-controls="page-is-not-useful">No <span class="govuk-visually-hidden">this page is not useful</span></button></li>
                </ul>
              </div>
            </div>
            <div class="gem-c-feedback__prompt-questions gem-c-feedback__prompt-questions--something-is-wrong js-prompt-questions">
              <button class="govuk-button gem-c-feedback__prompt-link js-toggle-form js-something-is-wrong" type="button" aria-controls="something-is-wrong">Report a problem with this page</button>
            </div>
          </div>
        </div>
      </div>
    </main>
  </div>
  <footer class="gem-c-layout-footer govuk-footer" role="contentinfo">
    <div class="govuk-width-container">
      <div class="govuk-footer__navigation">
        <div class="govuk-grid-column-two-thirds"><h2 class="govuk-footer__heading govuk-heading-m">Services and information</h2><ul class="govuk-footer__list govuk-footer__list--columns-2">{_gf_links(GF_TOPICS, "govuk-footer")}</ul></div>
        <div class="govuk-grid-column-one-third"><h2 class="govuk-footer__heading govuk-heading-m">Government activity</h2><ul class="govuk-footer__list">{_gf_links(GF_ACTIVITY, "govuk-footer")}</ul></div>
      </div>
      <hr class="govuk-footer__section-break">
      <div class="govuk-footer__meta">
        <div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
          <h2 class="govuk-visually-hidden">Support links</h2>
          <ul class="govuk-footer__inline-list">
            <li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/help">Help</a></li>
            <li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/help/privacy-notice">Privacy</a></li>
            <li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/help/cookies">Cookies</a></li>
            <li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/help/accessibility-statement">Accessibility statement</a></li>
            <li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/contact">Contact</a></li>
            <li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/help/terms-conditions">Terms and conditions</a></li>
            <li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/cymraeg" lang="cy">Rhestr o Wasanaethau Cymraeg</a></li>
            <li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/government/organisations/government-digital-service">Government Digital Service</a></li>
          </ul>
          <svg aria-hidden="true" focusable="false" class="govuk-footer__licence-logo" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 483.2 195.7" height="17" width="41"><path fill="currentColor" d="M421.5 142.8V.1l-50.7 32.3v161.1h112.4v-50.7zm-122.3-9.6A47.12 47.12 0 0 1 221 97.8c0-26 21.1-47.1 47.1-47.1 16.7 0 31.4 8.7 39.7 21.8l42.7-27.2A97.63 97.63 0 0 0 268.1 0c-36.5 0-68.3 20.1-85.1 49.7A98 98 0 0 0 97.8 0C43.9 0 0 43.9 0 97.8s43.9 97.8 97.8 97.8c36.5 0 68.3-20.1 85.1-49.7a97.76 97.76 0 0 0 149.6 25.4l19.4 22.2h3v-87.8h-80l24.3 27.5zM97.8 145c-26 0-47.1-21.1-47.1-47.1s21.1-47.1 47.1-47.1 47.2 21 47.2 47S123.8 145 97.8 145"/></svg>
          <span class="govuk-footer__licence-description">All content is available under the <a class="govuk-footer__link" href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/" rel="license">Open Government Licence v3.0</a>, except where otherwise stated</span>
        </div>
        <div class="govuk-footer__meta-item"><a class="govuk-footer__link govuk-footer__copyright-logo" href="https://www.nationalarchives.gov.uk/information-management/re-using-public-sector-information/uk-government-licensing-framework/crown-copyright/">© Crown copyright</a></div>
      </div>
    </div>
  </footer>
  <script src="/assets/finder-frontend/application-9c0d2a1b.js" type="module"></script>
</body>
</html>"""


@thirteenth_b
def build_govfinder() -> None:
    s = Site(
        "govfinder",
        kind="government finder search results (GOV.UK 2024–25 finder-frontend: li.gem-c-document-list__item with a title link, description p and a metadata list 'Type: …' / 'Updated: <time>14 March 2025</time>' / 'From: A, B and C' of organisations whose names hold commas, option-select facets with counts, facet tags, a Sort by select, gem-c-pagination 'Next page' + '2 of 3' links to &page=N, cookie banner, feedback component)",
        start=f"search/news-and-communications?{GF_QUERY}",
        description="A GOV.UK finder (news and communications) searched for 'flooding', newest first: the cookie banner, the super navigation header, breadcrumbs, 'News and communications', Get emails / Subscribe to feed, the filter column (the keyword input, Topic / Organisation / Person / World location checkbox lists with counts, an Updated date range), '27 results', the 'Containing flooding' facet tag, the Sort by select; ten gem-c-document-list items a page: the title link with data-ga4-ecommerce attributes, a description, and the metadata list 'Type: Press release', 'Updated: 14 March 2025' (a time element), 'From: Department for Environment, Food & Rural Affairs and Environment Agency'; previous / next links 'Next page' + '2 of 3' to &page=N; the 'Is this page useful?' component and the footer.",
    )
    pages = chunks(GF_NOTICES, [GF_PER_PAGE, GF_PER_PAGE, len(GF_NOTICES) - 2 * GF_PER_PAGE])
    for number, items in enumerate(pages, start=1):
        name = _gf_link(number).lstrip("/").replace("?", "@")
        s.list_page(name, _gf_page(number, len(pages), items, len(GF_NOTICES)))
    s.write(
        "index.html",
        '<!doctype html><html><head><title>GOV.UK</title></head><body><main><h1>Welcome to GOV.UK</h1><p><a href="/search/news-and-communications">News and communications</a></p></main></body></html>',
    )
    for notice in GF_NOTICES:
        s.expect(
            {
                "title": notice.title,
                "url": _gf_url(notice),
                "description": notice.description,
                "type": notice.kind,
                "date": notice.updated.isoformat(),
                "organisations": notice.organisations,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# mediumtag: a Medium topic feed (/tag/data-science/recommended, 2024–2025).
# ---------------------------------------------------------------------------------------------------

MT_TAG = "data-science"
MT_PATH = f"/tag/{MT_TAG}/recommended"
MT_TODAY = date(2025, 3, 15)
MT_IMG = "https://miro.medium.example/v2"
MT_PUBLICATIONS = {
    "tds": ("Towards Data Science", "towards-data-science"),
    "tai": ("Towards AI", "towards-artificial-intelligence"),
    "luc": ("Level Up Coding", "gitconnected"),
    "dsc": ("Data Science Collective", "data-science-collective"),
    "av": ("Analytics Vidhya", "analytics-vidhya"),
    "pipe": ("Python in Plain English", "python-in-plain-english"),
}


class Story(NamedTuple):
    title: str
    subtitle: str | None
    author: str
    handle: str
    publication: str | None
    published: date
    minutes: int
    claps: int
    responses: int
    member: bool


MT_STORIES = [
    Story(
        "Why Your Train/Test Split Is Lying to You",
        "Data leakage hides in places most tutorials never mention — here are the five I see most often",
        "Marta Kowalczyk",
        "martakowalczyk",
        "tds",
        date(2025, 3, 14),
        9,
        1213,
        23,
        True,
    ),
    Story(
        "I Replaced Pandas with Polars for a Month. Here’s What Broke",
        "A practical diary of a migration, with benchmarks you can reproduce",
        "Daniel Okafor",
        "dokafor",
        "luc",
        date(2025, 3, 13),
        7,
        2461,
        41,
        True,
    ),
    Story(
        "The Quiet Death of the Data Dashboard",
        None,
        "Priya Raman",
        "priya.raman",
        None,
        date(2025, 3, 13),
        5,
        864,
        17,
        False,
    ),
    Story(
        "A Visual Guide to Attention Variants in Modern LLMs",
        "MHA, MQA, GQA and MLA, explained with one running example",
        "Sebastian Lindqvist",
        "slindqvist",
        "tds",
        date(2025, 3, 12),
        14,
        3120,
        36,
        True,
    ),
    Story(
        "SQL Window Functions: The 20% That Does 80% of the Work",
        "ROW_NUMBER, LAG and running totals, with queries you can paste",
        "Hannah Whitfield",
        "hwhitfield",
        "dsc",
        date(2025, 3, 11),
        6,
        517,
        8,
        True,
    ),
    Story(
        "Stop Using Accuracy for Imbalanced Classes",
        "And what to report to your stakeholders instead",
        "Arjun Mehta",
        "arjunmehta",
        "tai",
        date(2025, 3, 10),
        8,
        198,
        3,
        False,
    ),
    Story(
        "What Nobody Tells You About Your First Year as a Data Scientist",
        None,
        "Chloé Martin",
        "chloe.martin",
        None,
        date(2025, 3, 9),
        11,
        12400,
        214,
        True,
    ),
    Story(
        "Building a Feature Store with DuckDB and Parquet",
        "A lightweight alternative for teams that do not need Feast",
        "Tomás Ferreira",
        "tferreira",
        "tds",
        date(2025, 3, 7),
        12,
        742,
        12,
        True,
    ),
    Story(
        "Bayesian A/B Testing in 50 Lines of Python",
        "A small, honest implementation with PyMC and a decision rule",
        "Yuki Tanaka",
        "yukitanaka",
        "pipe",
        date(2025, 3, 6),
        6,
        91,
        0,
        False,
    ),
    Story(
        "Causal Inference for the Working Analyst",
        "Difference-in-differences without the jargon",
        "Elena Petrova",
        "epetrova",
        "tds",
        date(2025, 3, 5),
        16,
        1890,
        27,
        True,
    ),
    Story(
        "My Notebook Template After Five Years of Kaggle",
        None,
        "Kwame Asante",
        "kwameasante",
        "av",
        date(2025, 3, 4),
        4,
        356,
        5,
        False,
    ),
    Story(
        "Time Series Forecasting Is Mostly Feature Engineering",
        "Lags, calendars and holidays beat a bigger model almost every time",
        "Laura Becker",
        "laurabecker",
        "dsc",
        date(2025, 3, 3),
        10,
        1045,
        19,
        True,
    ),
    Story(
        "The Case Against Jupyter in Production",
        "Notebooks are for thinking. Pipelines are for running.",
        "Omar Haddad",
        "ohaddad",
        "luc",
        date(2025, 2, 28),
        7,
        2700,
        88,
        True,
    ),
    Story(
        "Embeddings Explained Like You Are a Librarian",
        None,
        "Sofia Rossi",
        "sofiarossi",
        None,
        date(2025, 2, 26),
        8,
        640,
        14,
        True,
    ),
    Story(
        "How We Cut Our BigQuery Bill by 63%",
        "Partitioning, clustering and three queries we should never have written",
        "Ben Carter",
        "bencarter",
        "tds",
        date(2025, 2, 24),
        9,
        1530,
        22,
        False,
    ),
    Story(
        "A Gentle Introduction to Conformal Prediction",
        "Prediction intervals that actually hold, for any model",
        "Ines Duarte",
        "inesduarte",
        "tai",
        date(2025, 2, 21),
        13,
        488,
        6,
        True,
    ),
    Story(
        "Data Contracts: A Year In",
        "What worked, what we dropped, and the YAML we still use",
        "Michael Zhang",
        "mzhang",
        "dsc",
        date(2025, 2, 18),
        11,
        302,
        4,
        True,
    ),
    Story(
        "You Probably Don’t Need a Vector Database",
        None,
        "Rachel Green",
        "rgreen.data",
        None,
        date(2025, 2, 14),
        6,
        5800,
        131,
        True,
    ),
    Story(
        "Gradient Boosting From Scratch, Step by Step",
        "Build the algorithm behind XGBoost in NumPy to finally understand it",
        "Mateus Lima",
        "mateuslima",
        "tds",
        date(2025, 2, 10),
        18,
        926,
        11,
        True,
    ),
    Story(
        "Cleaning Messy Survey Data with R and the Tidyverse",
        "A worked example on a real public dataset",
        "Grace O'Neill",
        "graceoneill",
        "av",
        date(2025, 2, 3),
        7,
        64,
        0,
        False,
    ),
    Story(
        "Ten Plots Every Data Scientist Should Know",
        "From ECDFs to ridgelines, with matplotlib and seaborn code",
        "Lukas Schmidt",
        "lschmidt",
        "pipe",
        date(2025, 1, 27),
        8,
        2210,
        9,
        False,
    ),
    Story(
        "LLM Evaluation Is a Data Science Problem",
        "Sampling, labelling and confidence intervals for your eval sets",
        "Amara Nwosu",
        "amaranwosu",
        "tds",
        date(2025, 1, 16),
        12,
        1360,
        25,
        True,
    ),
    Story(
        "I Analysed 10 Years of My Spotify Data",
        None,
        "Jonas Berg",
        "jonasberg",
        None,
        date(2025, 1, 8),
        6,
        430,
        12,
        False,
    ),
    Story(
        "The Statistics of Flaky Tests",
        "Why your CI fails at random, modelled as a Bernoulli process",
        "Nadia Karim",
        "nadiakarim",
        "luc",
        date(2024, 12, 19),
        9,
        271,
        2,
        True,
    ),
    Story(
        "Feature Importance Is Not Causality",
        "SHAP values, permutation importance and what they cannot tell you",
        "Pedro Alves",
        "pedroalves",
        "tds",
        date(2024, 12, 3),
        10,
        1780,
        31,
        True,
    ),
    Story(
        "From Excel to Python: A Migration Playbook for Finance Teams",
        "Replace VLOOKUP, pivot tables and macros one step at a time",
        "Sarah Collins",
        "sarahcollins",
        "dsc",
        date(2024, 11, 20),
        15,
        3900,
        57,
        True,
    ),
]
MT_PER_PAGE = 9


def _mt_hash(story: Story) -> str:
    return _hex("medium" + story.title, 12)


def _mt_path(story: Story) -> str:
    owner = MT_PUBLICATIONS[story.publication][1] if story.publication else f"@{story.handle}"
    return f"/{owner}/{slug(story.title)}-{_mt_hash(story)}"


def _mt_source(position: int) -> str:
    return f"?source=topic_portal_recommended_stories---------{position}-85----------data_science----------{_hex('src' + str(position), 8)}_{_hex('s2' + str(position), 4)}----------"


def _mt_href(story: Story, position: int) -> str:
    return _mt_path(story) + _mt_source(position)


def _mt_expected_day(day: date) -> str:
    """The day as written down: ISO, or ``--MM-DD`` where the card leaves this year's year out (the
    year a reader infers depends on the day the page is read, not on the page)."""
    return day.isoformat() if day.year != MT_TODAY.year else f"--{day:%m-%d}"


def _mt_date(day: date) -> str:
    """Medium drops the year of this year's dates."""
    text = f"{MONTHS[day.month - 1][:3]} {day.day}"
    return text if day.year == MT_TODAY.year else f"{text}, {day.year}"


def _mt_count(number: int) -> str:
    """1213 → '1.2K', 12400 → '12K', 864 → '864'."""
    if number < 1000:
        return str(number)
    thousands = number / 1000
    text = f"{thousands:.1f}" if thousands < 10 else f"{thousands:.0f}"
    return text.removesuffix(".0") + "K"


def _mt_shown(number: int) -> int:
    """The count a reader sees (and writes down): '1.2K' is 1,200."""
    if number < 1000:
        return number
    thousands = number / 1000
    return round(float(f"{thousands:.1f}" if thousands < 10 else f"{thousands:.0f}") * 1000)


STAR = '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" fill="none" viewBox="0 0 64 64"><path fill="#FFC017" d="m39.637 40.831-5.771 15.871a1.99 1.99 0 0 1-3.732 0l-5.771-15.87a2.02 2.02 0 0 0-1.194-1.195L7.298 33.866a1.99 1.99 0 0 1 0-3.732L23.169 24.363a2.02 2.02 0 0 0 1.194-1.194l5.771-15.871a1.99 1.99 0 0 1 3.732 0l5.771 15.87a2.02 2.02 0 0 0 1.194 1.195l15.871 5.771a1.99 1.99 0 0 1 0 3.732l-15.87 5.771a2.02 2.02 0 0 0-1.195 1.194"></path></svg>'
CLAP = '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" fill="none" viewBox="0 0 16 16"><path fill="#6B6B6B" fill-rule="evenodd" d="m3.672 10.167 2.138 2.14h-.002c1.726 1.722 4.337 2.436 5.96.81 1.472-1.45 1.806-3.68.76-5.388l-1.815-3.484c-.353-.524-.849-1.22-1.337-.958-.49.261 0 1.56 0 1.56l.78 1.932L6.43 2.866c-.837-.958-1.467-1.108-1.928-.647-.33.33-.266.856.477 1.598.501.503 1.888 1.957 1.888 1.957.17.174.083.485-.093.655a.56.56 0 0 1-.34.163.43.43 0 0 1-.317-.135s-2.4-2.469-2.803-2.87c-.344-.346-.803-.54-1.194-.15-.408.406-.273 1.065.11 1.447.345.346 2.31 2.297 2.685 2.67l.062.06c.17.175.269.628.093.8-.193.195-.453.298-.678.076-.06-.06-.22-.22-.443-.448-.569-.578-1.5-1.52-2.058-2.079-.286-.286-.739-.373-1.08-.058-.392.34-.29.99.084 1.367l.765.763s.003.004.005.005z" clip-rule="evenodd"></path></svg>'
BUBBLE = '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" fill="none" viewBox="0 0 16 16" class="qp"><path fill="#6B6B6B" d="M12.344 11.458A5.28 5.28 0 0 0 14 7.526C14 4.483 11.391 2 8.051 2S2 4.483 2 7.527c0 3.051 2.712 5.526 6.059 5.526a6.6 6.6 0 0 0 1.758-.236q.255.223.554.414c.784.51 1.626.768 2.512.768a.37.37 0 0 0 .355-.214.37.37 0 0 0-.03-.384 4.7 4.7 0 0 1-.857-1.958v.014z"></path></svg>'
BOOKMARK = '<svg xmlns="http://www.w3.org/2000/svg" width="25" height="25" fill="none" viewBox="0 0 25 25" class="ay"><path fill="#000" d="M18 2.5a.5.5 0 0 1 1 0V5h2.5a.5.5 0 0 1 0 1H19v2.5a.5.5 0 1 1-1 0V6h-2.5a.5.5 0 0 1 0-1H18zM7 7a1 1 0 0 1 1-1h3.5a.5.5 0 0 0 0-1H8a2 2 0 0 0-2 2v14a.5.5 0 0 0 .805.396L12.5 17l5.695 4.396A.5.5 0 0 0 19 21v-8.5a.5.5 0 0 0-1 0v7.485l-5.195-4.012a.5.5 0 0 0-.61 0L7 19.985z"></path></svg>'
DOTS = '<svg xmlns="http://www.w3.org/2000/svg" width="25" height="25" viewBox="0 0 25 25" class="ay"><path fill="currentColor" fill-rule="evenodd" d="M5 12.5q0 .828.586 1.414.585.585 1.414.586.828 0 1.414-.586.585-.585.586-1.414 0-.828-.586-1.414A1.93 1.93 0 0 0 7 10.5q-.828 0-1.414.586-.585.585-.586 1.414m5.617 0q0 .828.586 1.414.585.585 1.414.586.828 0 1.414-.586.585-.585.586-1.414 0-.828-.586-1.414a1.93 1.93 0 0 0-1.414-.586q-.828 0-1.414.586-.585.585-.586 1.414m5.6 0q0 .828.586 1.414.585.585 1.432.586.828 0 1.414-.586.585-.585.586-1.414 0-.828-.586-1.414a1.93 1.93 0 0 0-1.414-.586q-.828 0-1.432.586-.585.585-.586 1.414" clip-rule="evenodd"></path></svg>'


def _mt_card(story: Story, position: int) -> str:
    href = _mt_href(story, position)
    source = _mt_source(position)
    avatar = f"{MT_IMG}/resize:fill:40:40/1*{_hex('av' + story.handle, 22)}.jpeg"
    thumb = f"{MT_IMG}/resize:fill:320:214/1*{_hex('th' + story.title, 22)}.png"
    publication = ""
    if story.publication:
        name, path = MT_PUBLICATIONS[story.publication]
        publication = f"""
              <div class="oc od ab q"><p class="be b nt z dx">in</p></div>
              <div class="ab q"><div class="bm" aria-hidden="false"><a class="af ag ah ai aj ak al am an ao ap aq ar as at ab q" href="/{path}{source}" rel="noopener follow"><p class="be b nt z nu nv nw nx ny nz oa ob bj">{esc(name)}</p></a></div></div>"""
    subtitle = (
        f'<div class="qu l"><h3 class="be b fm z nu qv nw nx qw nz ob dx">{esc(story.subtitle)}</h3></div>'
        if story.subtitle
        else ""
    )
    member = (
        f'<div class="ab q qk"><div class="bm" aria-hidden="false"><div class="ab q" aria-label="Member-only story" role="img">{STAR}</div></div></div>'
        if story.member
        else ""
    )
    claps = (
        f'<div class="ab q qo ra"><div class="bm" aria-hidden="false"><div class="ab q">{CLAP}<span class="be b bg z dx">{_mt_count(story.claps)}</span></div></div></div>'
        if story.claps
        else ""
    )
    responses = (
        f'<div class="ab q qo"><div class="bm" aria-hidden="false"><a class="af ag ah ai aj ak al am an ao ap aq ar as at ab q" href="{_mt_path(story)}{source}#responses" aria-label="responses"><div class="ab q">{BUBBLE}<span class="be b bg z dx"><span class="pw-responses-count rb rc">{story.responses}</span></span></div></a></div></div>'
        if story.responses
        else ""
    )
    return f"""
      <article class="nd ne nf ng nh ni nj nk meteredContent" data-testid="post-preview">
        <div class="l"><div class="l">
          <div role="link" tabindex="0" data-href="{_mt_path(story)}" class="ab cm nl nm">
            <div class="nn no np ab q">
              <div class="ab q">
                <div class="nq l"><a href="/@{story.handle}{source}" rel="noopener follow"><div class="l dx"><img alt="{esc(story.author)}" class="l fa by dd de cx" src="{avatar}" width="20" height="20" loading="lazy"><div class="ns by l dd de fo n ay kw"></div></div></a></div>
                <div class="nr ab q"><div class="bm" aria-hidden="false"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" href="/@{story.handle}{source}" rel="noopener follow"><p class="be b nt z nu nv nw nx ny nz oa ob bj">{esc(story.author)}</p></a></div></div>{publication}
              </div>
            </div>
            <div class="oe of og oh oi l">
              <div class="ab cn">
                <div class="oj ok ol om on oo op oq or os ot ou ab q">
                  <div class="ov ow ox oy l">
                    <a class="af ag ah ai aj ak al am an ao ap aq ar as at" href="{href}" rel="noopener follow">
                      <div class="oz pa"><h2 class="be kl pb pc pd pe pf pg ph pi pj pk pl pm pn po pp pq pr bj">{esc(story.title)}</h2></div>
                      {subtitle}
                    </a>
                  </div>
                  <div class="qb qc qd qe qf qg"><img alt="{esc(story.title)}" class="by qh" src="{thumb}" width="160" height="107" loading="lazy"></div>
                </div>
              </div>
            </div>
            <div class="qi qj qk ql ab q">
              <div class="qm ab q">
                {member}
                <span class="be b bg z dx"><div class="ab q"><span>{story.minutes} min read</span><div class="qn qo l" aria-hidden="true"><span class="be b bg z dx"><span>·</span></span></div><span>{_mt_date(story.published)}</span></div></span>
                {claps}
                {responses}
              </div>
              <div class="ab q qp">
                <div class="qq l"><button aria-label="Show less like this" class="af fk ah ai aj ak al qr an ao ap qs qt qu at"><svg xmlns="http://www.w3.org/2000/svg" width="25" height="25" fill="none" viewBox="0 0 25 25"><path fill="#6B6B6B" fill-rule="evenodd" d="M12.5 3.5a9 9 0 1 0 0 18 9 9 0 0 0 0-18m-10 9c0-5.523 4.477-10 10-10s10 4.477 10 10-4.477 10-10 10-10-4.477-10-10" clip-rule="evenodd"></path></svg></button></div>
                <div class="qq l"><button aria-controls="addToCatalogBookmarkButton" aria-expanded="false" aria-label="Add to list bookmark button" data-testid="headerBookmarkButton" class="af fk ah ai aj ak al qr an ao ap qs qt qu at">{BOOKMARK}</button></div>
                <div class="qq l"><button aria-controls="storyPreviewOverflowMenu" aria-expanded="false" aria-label="More options" class="af fk ah ai aj ak al qr an ao ap qs qt qu at">{DOTS}</button></div>
              </div>
            </div>
          </div>
        </div></div>
      </article>"""


MT_WRITERS = [
    ("Cassie Kozyrkov", "kozyrkov", "Chief Decision Scientist. Speaker. Writer."),
    ("Towards Data Science", "towards-data-science", "Your home for data science and AI."),
    ("Will Koehrsen", "williamkoehrsen", "Data scientist and writer."),
]


def _mt_apollo(stories: list[Story]) -> str:
    state: dict[str, object] = {}
    for story in stories:
        post_id = _mt_hash(story)
        state[f"Post:{post_id}"] = {
            "__typename": "Post",
            "id": post_id,
            "title": story.title,
            "mediumUrl": f"https://medium.example{_mt_path(story)}",
            "firstPublishedAt": int(datetime_ms(story.published)),
            "readingTime": story.minutes + 0.2641509433962264,
            "clapCount": story.claps,
            "postResponses": {"__typename": "PostResponses", "count": story.responses},
            "isLocked": story.member,
            "creator": {"__ref": f"User:{_hex('u' + story.handle, 12)}"},
            "collection": {"__ref": f"Collection:{_hex('c' + story.publication, 12)}"} if story.publication else None,
            "extendedPreviewContent": {"__typename": "PreviewContent", "subtitle": story.subtitle or ""},
        }
        state[f"User:{_hex('u' + story.handle, 12)}"] = {
            "__typename": "User",
            "id": _hex("u" + story.handle, 12),
            "name": story.author,
            "username": story.handle,
        }
    return json.dumps(state, ensure_ascii=False).replace("</", "<\\/")


def datetime_ms(day: date) -> float:
    """Epoch milliseconds of a day at 08:14 UTC (Medium stores publication times so)."""
    return datetime(day.year, day.month, day.day, 8, 14, tzinfo=UTC).timestamp() * 1000


def _mt_page(page: int, pages: int, stories: list[Story], first: int) -> str:
    cards = "".join(_mt_card(story, first + number) for number, story in enumerate(stories))
    more = (
        f'<div class="sb sc ab"><a class="be b bg z sd se sf sg sh si sj sk sl sm sn" href="{MT_PATH}?page={page + 1}" rel="next">Show more</a></div>'
        if page < pages
        else ""
    )
    topics = [
        "Machine Learning",
        "Python",
        "Data Visualization",
        "Artificial Intelligence",
        "Deep Learning",
        "Statistics",
        "Big Data",
        "Data Analysis",
    ]
    pills = "".join(
        f'<a class="af ag ah ai aj ak al am an ao ap aq ar as at tb" href="/tag/{slug(t)}"><div class="tc td te tf ab q"><span class="be b bg z bj">{esc(t)}</span></div></a>'
        for t in topics
    )
    writers = "".join(
        f'<li class="ug uh l"><div class="ab q"><a href="/@{h}"><img alt="{esc(n)}" class="l fa by ui uj cx" src="{MT_IMG}/resize:fill:64:64/1*{_hex(h, 22)}.jpeg" width="32" height="32"></a><div class="uk l"><a href="/@{h}"><h2 class="be gi ul um bj">{esc(n)}</h2></a><p class="be b bg z dx">{esc(bio)}</p></div><button class="be b bg z un uo up uq ur">Follow</button></div></li>'
        for n, h, bio in MT_WRITERS
    )
    return f"""<!doctype html><html lang="en"><head><meta data-rh="true" charset="utf-8"><title data-rh="true">Data Science – Medium</title><meta data-rh="true" name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1"><meta data-rh="true" name="theme-color" content="#000000"><meta data-rh="true" property="og:site_name" content="Medium"><meta data-rh="true" name="description" content="Read stories about Data Science on Medium. Discover smart, unique perspectives on Data Science and the topics that matter most to you like Machine Learning, Python, AI, Artificial Intelligence, Data Analysis, Deep Learning, Programming, Technology, and Statistics."><link data-rh="true" rel="canonical" href="https://medium.example{MT_PATH}"><link rel="preconnect" href="https://glyph.medium.example" crossorigin=""><style type="text/css" data-fela-rehydration="612" data-fela-type="STATIC">html{{box-sizing:border-box;-webkit-text-size-adjust:100%}}*, *:before, *:after{{box-sizing:inherit}}body{{margin:0;padding:0;text-rendering:optimizeLegibility}}</style><style type="text/css" data-fela-rehydration="612" data-fela-type="RULE">.a{{font-family:medium-content-sans-serif-font, -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Oxygen, Ubuntu, Cantarell, "Open Sans", "Helvetica Neue", sans-serif}}.be{{font-family:sohne, "Helvetica Neue", Helvetica, Arial, sans-serif}}.bj{{color:rgba(36, 36, 36, 1)}}.dx{{color:rgba(107, 107, 107, 1)}}.kl{{font-weight:700}}</style></head>
<body><div id="root"><div class="a b c"><div class="d e f g h i j k"></div>
<div class="l c"><div class="l m n o c">
  <div class="p q r s t u v w x y z ab ac"><div class="ab q ad ae">
    <a class="af ag ah ai aj ak al am an ao ap aq ar as at ab" aria-label="Homepage" data-testid="headerMediumLogo" href="/?source=---top_nav_layout_nav----------------------------------"><svg xmlns="http://www.w3.org/2000/svg" width="719" height="160" fill="none" viewBox="0 0 719 160" class="au av aw"><path fill="#242424" d="m174.104 9.734.215-.047V8.02H130.39L89.6 103.89 48.81 8.021H1.472v1.666l.212.047c8.018 1.81 12.09 4.509 12.09 14.242V137.93c0 9.734-4.087 12.433-12.106 14.243l-.212.047v1.671h32.118v-1.665l-.213-.048c-8.018-1.809-12.089-4.509-12.089-14.242V30.586l52.399 123.305h2.972l53.925-126.743V140.75c-.687 7.688-4.721 10.062-11.982 11.701l-.215.05v1.652h55.948v-1.652l-.215-.05c-7.269-1.639-11.4-4.013-12.087-11.701l-.037-116.774h.037c0-9.733 4.071-12.432 12.087-14.242"></path></svg></a>
    <div class="ax h"><div class="ab ay az ba hb q bc bd"><div class="bm" aria-hidden="false"><div class="be bf bg bh"><svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" fill="none" viewBox="0 0 24 24"><path fill="currentColor" fill-rule="evenodd" d="M4.092 11.06a6.95 6.95 0 1 1 13.9 0 6.95 6.95 0 0 1-13.9 0m6.95-8.05a8.05 8.05 0 1 0 5.13 14.26l3.75 3.75a.56.56 0 1 0 .79-.79l-3.73-3.73A8.05 8.05 0 0 0 11.042 3z" clip-rule="evenodd"></path></svg></div><input role="combobox" aria-controls="search-results" aria-expanded="false" aria-label="search" data-testid="headerSearchInput" tabindex="0" class="ay bi bj bk z bl bm bn bo bp bq br bs bt bu" placeholder="Search" value=""></div></div></div>
  </div>
  <div class="h k w fg fh"><div class="fi ab"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" data-testid="headerWriteButton" href="/new-story" rel="noopener follow"><div class="be b bg z dx fj fk ab q fl fm"><svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" fill="none" viewBox="0 0 24 24" aria-label="Write"><path fill="currentColor" d="M14 4a.5.5 0 0 0 0-1zm7 6a.5.5 0 0 0-1 0zm-7-7H4v1h10zM3 4v16h1V4zm1 17h16v-1H4zm17-1V10h-1v10zm-1 1a1 1 0 0 0 1-1h-1zM3 20a1 1 0 0 0 1 1v-1zM4 3a1 1 0 0 0-1 1h1z"></path></svg><div class="dt l">Write</div></div></a></div>
    <div class="fn fo ab"><span><a class="be b bg z fp fq fr fs ft fu fv fw fx fy fz ga gb gc gd ge" data-testid="headerSignUpButton" href="/m/signin?operation=register&amp;redirect=https%3A%2F%2Fmedium.example%2Ftag%2Fdata-science%2Frecommended" rel="noopener follow">Sign up</a></span></div>
    <div class="gf gg gh"><span><a class="af ag ah ai aj ak al am an ao ap aq ar as at" data-testid="headerSignInButton" href="/m/signin?operation=login&amp;redirect=https%3A%2F%2Fmedium.example%2Ftag%2Fdata-science%2Frecommended" rel="noopener follow">Sign in</a></span></div>
  </div>
  </div>
  <div class="gi gj ab"><p class="be b bg z bj">Get unlimited access to the best of Medium for less than $1/week.</p><a class="be b bg z gk gl gm" href="/plans?source=upgrade_membership---nav_full------------------------------------">Become a member</a></div>
</div></div>
<div class="gn go gp gq gr l">
  <div class="ab cb"><div class="ci bh gs gt gu gv">
    <div class="gw gx l"><div class="ab gy gz"><h1 class="be ha hb hc hd he hf bj">Data Science</h1></div>
      <div class="hg ab q"><p class="be b bg z dx"><span>Topic</span><span class="hh"> · </span><span>1.1M Followers</span><span class="hh"> · </span><span>412K Stories</span></p></div>
      <div class="hi ab"><button class="be b bg z hj hk hl hm hn ho hp hq hr">Follow</button></div>
    </div>
    <div class="sx sy l"><div class="ab q sz ta" role="list" aria-label="Related topics">{pills}</div></div>
    <div class="ti tj l"><h2 class="be tk tl tm bj">Recommended stories</h2></div>
    <div class="tn to l"><div class="tp tq tr ab">
      <div class="ts tt l">{cards}
      </div>
      {more}
    </div></div>
  </div>
  <div class="ud ue l"><aside class="uf l"><h2 class="be b dy z bj">Who to follow</h2><ul class="ab co">{writers}</ul><a class="be b bg z dx" href="/me/suggestions/people">See more suggestions</a></aside></div>
  </div>
</div>
<div class="vc vd l"><div class="ab cb"><div class="ci bh gs gt gu gv"><div class="ab q ve vf"><a class="be b vg z dx" href="https://help.medium.example/hc/en-us">Help</a><a class="be b vg z dx" href="https://medium.statuspage.example/">Status</a><a class="be b vg z dx" href="/about?autoplay=1">About</a><a class="be b vg z dx" href="/jobs-at-medium/work-at-medium-959d1a85284e">Careers</a><a class="be b vg z dx" href="mailto:pressinquiries@medium.example">Press</a><a class="be b vg z dx" href="https://blog.medium.example/">Blog</a><a class="be b vg z dx" href="https://policy.medium.example/medium-privacy-policy-f03bf92035c9">Privacy</a><a class="be b vg z dx" href="https://policy.medium.example/medium-terms-of-service-9db0094a1e0f">Terms</a><a class="be b vg z dx" href="https://speechify.example/medium">Text to speech</a><a class="be b vg z dx" href="/business">Teams</a></div></div></div></div>
<div class="vh vi vj vk vl vm vn vo vp l" role="alert"><div class="ab q vq"><p class="be b bg z vr">To make Medium work, we log user data. By using Medium, you agree to our <a class="af ag ah ai aj ak al am an ao ap aq ar as at" href="https://policy.medium.example/medium-privacy-policy-f03bf92035c9">Privacy Policy</a>, including cookie policy.</p><button aria-label="close" class="vs vt vu"><svg width="29" height="29" class="vv"><path d="m20.13 8.11-5.61 5.61-5.6-5.61-.81.8 5.61 5.61-5.61 5.61.8.8 5.61-5.6 5.61 5.6.8-.8-5.6-5.6 5.6-5.62"></path></svg></button></div></div>
</div></div>
<script>window.__BUILD_ID__="main-20250314-181209-4b2c1a7e0f"</script><script>window.__GRAPHQL_URI__ = "https://medium.example/_/graphql"</script><script>window.__PRELOADED_STATE__ = {{"config":{{"nodeEnv":"production","version":"main-20250314-181209-4b2c1a7e0f","target":"production","productName":"Medium"}},"navigation":{{"branch":"","currentLocation":"https:\\u002F\\u002Fmedium.example\\u002Ftag\\u002Fdata-science\\u002Frecommended","host":"medium.example","hostname":"medium.example"}}}}</script><script>window.__APOLLO_STATE__ = {_mt_apollo(stories)}</script><script src="https://cdn-client.medium.example/lite/static/js/manifest.8a4d2e1b.js"></script><script src="https://cdn-client.medium.example/lite/static/js/main.3f9c1b2a.js"></script>
</body></html>"""


@thirteenth_b
def build_mediumtag() -> None:
    s = Site(
        "mediumtag",
        kind="topic feed (Medium 2024–25: atomic hashed classes only, article[data-testid=post-preview] cards, avatar alt + author link, 'in' + publication link on some, h2 title + h3 subtitle in a link inside a div[role=link][data-href], member-only star svg, '9 min read · Mar 14' without this year's year, '1.2K' claps, response counts, ?source= tracking on every link, a 'Show more' link to ?page=N, __APOLLO_STATE__)",
        start=MT_PATH.lstrip("/"),
        description="A Medium topic feed (Data Science, recommended stories): the header (logo, search, Write, Sign up / Sign in), the member upsell, 'Data Science' with 'Topic · 1.1M Followers · 412K Stories' and Follow, related-topic pills, 'Recommended stories'; nine article[data-testid=post-preview] cards a page of atomic classes only: the author's avatar (alt = name) and name link to /@user, 'in' and a publication link on most, the title h2 and a subtitle h3 (absent on some) in one link with a ?source= query, a thumbnail whose alt repeats the title, a member-only star (an svg in a role=img labelled 'Member-only story'), '9 min read · Mar 14' (the year only on last year's stories), claps '1.2K' behind an icon (absent at zero), a response count link (absent at zero), 'Show less like this' / 'Add to list' / 'More options' buttons; a 'Show more' link to ?page=N, a 'Who to follow' aside, the footer, the 'To make Medium work, we log user data' bar and window.__APOLLO_STATE__ with exact clap counts and epoch dates.",
    )
    pages = chunks(MT_STORIES, [MT_PER_PAGE, MT_PER_PAGE, len(MT_STORIES) - 2 * MT_PER_PAGE])
    first = 0
    for number, stories in enumerate(pages, start=1):
        text = _mt_page(number, len(pages), stories, first)
        first += len(stories)
        s.list_page(MT_PATH.lstrip("/") + ("/index.html" if number == 1 else f"@page={number}"), text)
    for story in MT_STORIES:
        s.expect(
            {
                "title": story.title,
                "url": _mt_path(story),  # the post's own address: ``?source=`` only tracks the click
                "author": story.author,
                "publication": MT_PUBLICATIONS[story.publication][0] if story.publication else None,
                "subtitle": story.subtitle,
                "date": _mt_expected_day(story.published),
                "reading_time": story.minutes,
                "claps": _mt_shown(story.claps) if story.claps else None,
                "responses": story.responses or None,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# estatepage: a Zoopla property details page (2024–2025 Next.js app router).
# ---------------------------------------------------------------------------------------------------

EP_ID = "68412935"
EP_PATH = f"/for-sale/details/{EP_ID}/"
EP_IMG = "https://lid.zoocdn.example/645/430"
EP_FEATURES = [
    "Three bedroom semi-detached house",
    "Two reception rooms",
    "Refitted kitchen with utility area",
    "South-west facing rear garden",
    "Off-street parking for two cars",
    "Close to Hollingbury Park and Preston Park station",
    "No onward chain",
]
EP_RECORD = {
    "title": "3 bed semi-detached house for sale",
    "price": 450000,
    "currency": "GBP",
    "address": "Hollingbury Crescent, Brighton BN1",
    "bedrooms": 3,
    "bathrooms": 1,
    "receptions": 2,
    "size": "1,150 sq. ft",
    "tenure": "Freehold",
    "council_tax_band": "C",
    "epc_rating": "D",
    "agent": "Coastline Estates - Brighton",
    # No "phone": the pipeline redacts phone numbers by default (privacy settings), so under the
    # bench's default settings the agent's number is, rightly, never exported as written.
    "date": "2025-03-03",
    "key_features": EP_FEATURES,
}
EP_SIMILAR = [
    ("68390114", "£465,000", "3 bed semi-detached house for sale", "Ditchling Road, Brighton BN1", 3, 2, 1),
    ("68277560", "£435,000", "3 bed terraced house for sale", "Stanmer Villas, Brighton BN1", 3, 1, 2),
    ("67981203", "£475,000", "4 bed semi-detached house for sale", "Carden Avenue, Brighton BN1", 4, 1, 2),
    ("68420871", "£440,000", "3 bed end terrace house for sale", "Hollingdean Terrace, Brighton BN1", 3, 1, 1),
]


def _ep(role: str) -> str:
    """A vanilla-extract class: '_' + a base-36 hash + a digit (one per style of one component)."""
    return f"_{_base36('ep' + role, 6)}{len(role) % 10}"


def _ep_icon(name: str) -> str:
    return f'<svg class="{_ep("icon")}" aria-hidden="true" focusable="false" width="24" height="24"><use href="/static/icons/sprite-c1d2.svg#{name}-medium"></use></svg>'


LAZY = ' loading="lazy"'


def _ep_similar(card: tuple[str, str, str, str, int, int, int]) -> str:
    listing, price, title, address, beds, baths, receptions = card
    return f"""
            <li class="{_ep("similar-item")}" data-testid="similar-property-card">
              <a href="/for-sale/details/{listing}/" class="{_ep("similar-link")}">
                <img src="{EP_IMG}/{_hex("sim" + listing, 32)}.jpg" alt="" width="240" height="160" loading="lazy">
                <p class="{_ep("similar-price")} {_ep("text-l")}">{price}</p>
                <h3 class="{_ep("similar-title")} {_ep("text-s")}">{title}</h3>
                <address class="{_ep("similar-address")} {_ep("text-s")}">{address}</address>
                <ul class="{_ep("amenities")}"><li>{_ep_icon("bedroom")}<span>{beds} beds</span></li><li>{_ep_icon("bathroom")}<span>{baths} bath{"s" if baths > 1 else ""}</span></li><li>{_ep_icon("chair")}<span>{receptions} reception{"s" if receptions > 1 else ""}</span></li></ul>
              </a>
            </li>"""


def _ep_flight() -> str:
    """The app router's RSC payload: the listing, escaped twice, among component references."""
    listing = {
        "listingId": EP_ID,
        "displayAddress": EP_RECORD["address"],
        "pricing": {
            "label": "£450,000",
            "value": 450000,
            "qualifier": "guide_price",
            "currency": "GBP",
            "pricePerFloorAreaUnit": {"label": "£391/sq. ft"},
        },
        "counts": {"numBedrooms": 3, "numBathrooms": 1, "numLivingRooms": 2},
        "propertyType": "semi_detached",
        "tenure": {"tenureType": "freehold"},
        "epc": {"rating": "D"},
        "councilTaxBand": "C",
        "branch": {"name": "Coastline Estates", "branchName": "Brighton", "phone": "01273 918442", "branchId": 48213},
        "publishedOn": "2025-03-03T10:41:07",
        "priceHistory": {
            "firstPublished": {"firstPublishedDate": "2025-03-03T10:41:07", "priceLabel": "£475,000"},
            "priceChanges": [{"priceChangeDate": "2025-03-21T09:02:55", "priceLabel": "£450,000", "isPriceDrop": True}],
        },
    }
    chunk = '6:["$","$L1e",null,{"listingDetails":' + json.dumps(listing) + "}]\n"
    return "self.__next_f.push([1," + json.dumps(chunk) + "])"


def _ep_page() -> str:
    features = "".join(
        f'<li class="{_ep("feature-item")}"><p class="{_ep("text-m")}">{esc(f)}</p></li>' for f in EP_FEATURES
    )
    breadcrumbs = [
        ("Home", "/"),
        ("For sale", "/for-sale/"),
        ("Property for sale in Brighton", "/for-sale/property/brighton/"),
        ("BN1", "/for-sale/property/brighton/bn1/"),
    ]
    crumbs = "".join(
        f'<li class="{_ep("crumb")}"><a href="{h}" class="{_ep("crumb-link")}">{esc(t)}</a></li>'
        for t, h in breadcrumbs
    )
    jsonld = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": i + 1, "name": t, "item": f"https://www.zoopla.example{h}"}
            for i, (t, h) in enumerate(breadcrumbs)
        ],
    }
    gallery = "".join(
        f'<li class="{_ep("gallery-item")}"><picture><source srcset="{EP_IMG}/{_hex("g" + str(i), 32)}.webp" type="image/webp"><img src="{EP_IMG}/{_hex("g" + str(i), 32)}.jpg" alt="Picture No. {i:02d}" width="645" height="430"{LAZY if i > 1 else ""}></picture></li>'
        for i in range(1, 5)
    )
    similar = "".join(_ep_similar(card) for card in EP_SIMILAR)
    description = (
        "<p>Coastline Estates are delighted to offer this extended three bedroom semi-detached family home on a quiet crescent in Hollingbury, "
        "moments from Hollingbury Park, the golf course and local shops.</p>"
        "<p>On the ground floor an entrance hall leads to a bay-fronted living room, a separate dining room opening onto the garden, and a "
        "refitted kitchen with a utility area and a downstairs WC. Upstairs there are two double bedrooms, a generous single and a modern family bathroom.</p>"
        "<p>Outside, the south-west facing rear garden is mainly laid to lawn with a raised decked terrace and a timber shed; the block-paved driveway "
        "offers off-street parking for two cars. Preston Park station is 1.1 miles away, with direct trains to London Victoria and London Bridge.</p>"
        "<p>Viewing is highly recommended. Offered with no onward chain.</p>"
    )
    return f"""<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>3 bed semi-detached house for sale in Hollingbury Crescent, Brighton BN1 - Zoopla</title><meta name="description" content="3 bedroom semi-detached house for sale in Hollingbury Crescent, Brighton BN1 for £450,000. Marketed by Coastline Estates, Brighton"><link rel="canonical" href="https://www.zoopla.example{EP_PATH}"><meta property="og:title" content="3 bed semi-detached house for sale in Hollingbury Crescent, Brighton BN1"><meta property="og:image" content="{EP_IMG}/{_hex("g1", 32)}.jpg"><meta property="og:type" content="website"><link rel="stylesheet" href="/_next/static/css/4a1c6e2b9d0f3e71.css"><script type="application/ld+json">{json.dumps(jsonld)}</script></head>
<body class="{_ep("body")}">
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat ot-bnr-w-logo" role="region" aria-label="Cookie banner"><div class="ot-sdk-container"><div class="ot-sdk-row"><div id="onetrust-group-container"><div id="onetrust-policy"><h2 id="onetrust-policy-title">We value your privacy</h2><div id="onetrust-policy-text">We and our partners use cookies and similar technologies to personalise content and ads, provide social media features and analyse our traffic. You can choose which cookies you accept. <a href="/privacy/cookies/" aria-label="More information about your privacy">Cookie policy</a></div></div></div><div id="onetrust-button-group-parent"><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Manage preferences</button><button id="onetrust-reject-all-handler">Reject all</button><button id="onetrust-accept-btn-handler">Accept all</button></div></div></div></div></div></div>
<header class="{_ep("header")}" data-testid="header"><div class="{_ep("header-inner")}"><a href="/" class="{_ep("logo")}" aria-label="Zoopla homepage"><svg class="{_ep("logo-svg")}" width="97" height="24" aria-hidden="true"><use href="/static/icons/logo.svg#logo"></use></svg></a>
  <nav aria-label="Main" class="{_ep("nav")}"><ul class="{_ep("nav-list")}"><li><a href="/for-sale/">For sale</a></li><li><a href="/to-rent/">To rent</a></li><li><a href="/house-prices/">House prices</a></li><li><a href="/new-homes/">New homes</a></li><li><a href="/valuation/">Agent valuation</a></li><li><a href="/discover/">Discover</a></li></ul></nav>
  <div class="{_ep("header-actions")}"><a href="/myaccount/saved-properties/" class="{_ep("saved")}">{_ep_icon("heart")}<span>Saved</span></a><a href="/signin/" class="{_ep("signin")}" data-testid="sign-in-button">Sign in</a></div></div></header>
<main id="main-content" class="{_ep("main")}">
  <nav aria-label="Breadcrumb" class="{_ep("breadcrumbs")}"><ol class="{_ep("crumb-list")}">{crumbs}</ol></nav>
  <div class="{_ep("back-row")}"><a href="/for-sale/property/brighton/bn1/?q=BN1&amp;search_source=refine" class="{_ep("back")}" data-testid="back-to-search">{_ep_icon("chevron-left")}Back to results</a>
    <div class="{_ep("share")}"><button type="button" aria-label="Save this property" class="{_ep("save-button")}" data-testid="save-listing">{_ep_icon("heart")}<span>Save</span></button><button type="button" class="{_ep("share-button")}" aria-label="Share this property">{_ep_icon("share")}<span>Share</span></button></div></div>
  <section aria-label="Property images" class="{_ep("gallery")}" data-testid="gallery"><ol class="{_ep("gallery-list")}">{gallery}</ol>
    <div class="{_ep("gallery-controls")}"><span class="{_ep("gallery-count")}" aria-live="polite">1/18</span><button type="button" class="{_ep("gallery-tab")}">{_ep_icon("floorplan")}Floor plan</button><button type="button" class="{_ep("gallery-tab")}">{_ep_icon("video")}Virtual tour</button><button type="button" class="{_ep("gallery-tab")}">{_ep_icon("map")}Map</button></div></section>
  <div class="{_ep("layout")}">
    <div class="{_ep("layout-main")}">
      <section aria-labelledby="listing-summary-details-heading" class="{_ep("summary")}" data-testid="listing-summary-details">
        <div class="{_ep("price-block")}" data-testid="price-section">
          <p class="{_ep("qualifier")} {_ep("text-s")}">Guide price</p>
          <p class="{_ep("price")} {_ep("text-xl")}" data-testid="price">£450,000</p>
          <p class="{_ep("price-per")} {_ep("text-s")}">£391/sq. ft</p>
        </div>
        <h1 id="listing-summary-details-heading" class="{_ep("heading")}"><span class="{_ep("title")} {_ep("text-l")}">3 bed semi-detached house for sale</span></h1>
        <address class="{_ep("address")} {_ep("text-m")}">Hollingbury Crescent, Brighton BN1</address>
        <ul class="{_ep("amenities")}" data-testid="listing-summary-amenities">
          <li class="{_ep("amenity")}">{_ep_icon("bedroom")}<p class="{_ep("amenity-text")} {_ep("text-m")}">3 beds</p></li>
          <li class="{_ep("amenity")}">{_ep_icon("bathroom")}<p class="{_ep("amenity-text")} {_ep("text-m")}">1 bath</p></li>
          <li class="{_ep("amenity")}">{_ep_icon("chair")}<p class="{_ep("amenity-text")} {_ep("text-m")}">2 receptions</p></li>
          <li class="{_ep("amenity")}">{_ep_icon("dimensions")}<p class="{_ep("amenity-text")} {_ep("text-m")}">1,150 sq. ft</p></li>
        </ul>
        <ul class="{_ep("tags")}" data-testid="listing-tags"><li class="{_ep("tag")}">Freehold</li><li class="{_ep("tag")}">Chain free</li><li class="{_ep("tag")}">Garden</li><li class="{_ep("tag")}">Parking/garage</li></ul>
        <p class="{_ep("listed")} {_ep("text-s")}" data-testid="listing-date">Listed on 3rd Mar 2025</p>
      </section>
      <div class="{_ep("ad")}" data-testid="ad-slot-inline"><p class="{_ep("ad-label")}">Advertisement</p><div id="dfp-ad-inline-1" data-google-query-id="CKqR5c7x-YoDFQ"><iframe title="3rd party ad content" width="300" height="250" src="about:blank"></iframe></div></div>
      <section aria-labelledby="features-heading" class="{_ep("features")}" data-testid="listing-features">
        <h2 id="features-heading" class="{_ep("section-heading")} {_ep("text-l")}">Features and description</h2>
        <ul class="{_ep("feature-list")}">{features}</ul>
        <div class="{_ep("description")}" data-testid="listing_description"><h3 class="{_ep("sub-heading")}">Property description</h3>{description}</div>
        <button type="button" class="{_ep("read-more")}" aria-expanded="false">Read more</button>
      </section>
      <section aria-labelledby="key-info-heading" class="{_ep("key-info")}" data-testid="key-information">
        <h2 id="key-info-heading" class="{_ep("section-heading")} {_ep("text-l")}">Key information</h2>
        <ul class="{_ep("key-info-list")}">
          <li class="{_ep("key-info-item")}">{_ep_icon("key")}<p class="{_ep("text-m")}">Tenure: Freehold</p><button type="button" class="{_ep("info-button")}" aria-label="What is tenure?">{_ep_icon("info")}</button></li>
          <li class="{_ep("key-info-item")}">{_ep_icon("council-tax")}<p class="{_ep("text-m")}">Council tax band: C</p></li>
          <li class="{_ep("key-info-item")}">{_ep_icon("epc")}<p class="{_ep("text-m")}">EPC rating: D</p><a href="/epc/{EP_ID}/" class="{_ep("epc-link")}">View EPC graph</a></li>
          <li class="{_ep("key-info-item")}">{_ep_icon("wifi")}<p class="{_ep("text-m")}">Broadband: Ultrafast 1000Mb</p></li>
        </ul>
      </section>
      <section aria-labelledby="history-heading" class="{_ep("history")}" data-testid="listing-history">
        <h2 id="history-heading" class="{_ep("section-heading")} {_ep("text-l")}">Listing history</h2>
        <ol class="{_ep("history-list")}">
          <li class="{_ep("history-item")}"><p class="{_ep("text-s")}">Price reduced</p><p class="{_ep("text-m")}">£450,000</p><p class="{_ep("text-s")}">21st Mar 2025</p></li>
          <li class="{_ep("history-item")}"><p class="{_ep("text-s")}">First listed</p><p class="{_ep("text-m")}">£475,000</p><p class="{_ep("text-s")}">3rd Mar 2025</p></li>
        </ol>
        <p class="{_ep("text-s")}">Last sold: £312,500 in Jun 2016</p>
      </section>
      <section aria-labelledby="local-heading" class="{_ep("local")}" data-testid="local-area">
        <h2 id="local-heading" class="{_ep("section-heading")} {_ep("text-l")}">Local area information</h2>
        <h3 class="{_ep("sub-heading")}">Nearest stations</h3>
        <ul class="{_ep("poi-list")}"><li>{_ep_icon("train")}<p>London Road (Brighton)</p><p>0.8 miles</p></li><li>{_ep_icon("train")}<p>Moulsecoomb</p><p>0.9 miles</p></li><li>{_ep_icon("train")}<p>Preston Park</p><p>1.1 miles</p></li></ul>
        <h3 class="{_ep("sub-heading")}">Nearest schools</h3>
        <ul class="{_ep("poi-list")}"><li>{_ep_icon("school")}<p>Hertford Junior School</p><p>Primary · Good</p><p>0.3 miles</p></li><li>{_ep_icon("school")}<p>Patcham High School</p><p>Secondary · Good</p><p>1.4 miles</p></li></ul>
      </section>
    </div>
    <aside class="{_ep("layout-aside")}">
      <section aria-labelledby="agent-heading" class="{_ep("agent")}" data-testid="agent-details">
        <h2 id="agent-heading" class="{_ep("visually-hidden")}">Marketed by</h2>
        <a href="/find-agents/branch/coastline-estates-brighton-48213/" class="{_ep("agent-link")}" data-testid="agent-branch-link"><img src="https://st.zoocdn.example/zoopla_static_agent_logo_(48213).png" alt="Coastline Estates - Brighton logo" width="120" height="60" class="{_ep("agent-logo")}"><p class="{_ep("agent-name")} {_ep("text-m")}">Coastline Estates - Brighton</p></a>
        <address class="{_ep("agent-address")} {_ep("text-s")}">112 Ditchling Road, Brighton BN1 4SG</address>
        <a href="tel:01273918442" class="{_ep("agent-phone")}" data-testid="agent-phone-number">{_ep_icon("phone")}<span class="{_ep("visually-hidden")}">Call</span> 01273 918442</a>
        <button type="button" class="{_ep("agent-cta")}" data-testid="agent-email-button">Request a viewing</button>
        <button type="button" class="{_ep("agent-cta-secondary")}" data-testid="agent-details-button">Email agent</button>
      </section>
      <section aria-labelledby="mortgage-heading" class="{_ep("mortgage")}" data-testid="mortgage-calculator">
        <h2 id="mortgage-heading" class="{_ep("section-heading")} {_ep("text-m")}">Mortgage calculator</h2>
        <p class="{_ep("text-s")}">Monthly repayment</p><p class="{_ep("text-l")}">£2,134</p>
        <label>Property price<input type="text" value="£450,000" name="propertyPrice"></label>
        <label>Deposit<input type="text" value="£45,000" name="deposit"></label><p class="{_ep("text-s")}">10%</p>
        <label>Interest rate<input type="text" value="4.5%" name="rate"></label>
        <label>Repayment period<input type="text" value="25 years" name="term"></label>
        <p class="{_ep("text-s")}">Stamp duty: £10,000 (first-time buyers: £7,500)</p>
      </section>
      <div class="{_ep("ad")}" data-testid="ad-slot-sidebar"><p class="{_ep("ad-label")}">Advertisement</p><div id="dfp-ad-mpu"></div></div>
    </aside>
  </div>
  <section aria-labelledby="similar-heading" class="{_ep("similar")}" data-testid="similar-properties">
    <h2 id="similar-heading" class="{_ep("section-heading")} {_ep("text-l")}">Similar properties</h2>
    <ul class="{_ep("similar-list")}">{similar}
    </ul>
  </section>
  <p class="{_ep("disclaimer")} {_ep("text-xs")}">Property descriptions and related information displayed on this page, with the exception of Zoopla's own information, are marketing materials provided by Coastline Estates - Brighton, and do not constitute property particulars. Listing ID: {EP_ID}</p>
</main>
<footer class="{_ep("footer")}"><div class="{_ep("footer-inner")}"><ul class="{_ep("footer-list")}"><li><a href="/about/">About Zoopla</a></li><li><a href="/careers/">Careers</a></li><li><a href="/help/">Help &amp; contact</a></li><li><a href="/privacy/">Privacy notice</a></li><li><a href="/privacy/cookies/">Cookie policy</a></li><li><a href="/terms/">Terms of use</a></li><li><a href="/sitemap/">Sitemap</a></li></ul><p class="{_ep("text-xs")}">© Zoopla Limited 2025</p></div></footer>
<script src="/_next/static/chunks/webpack-8c2f1a9e.js" async=""></script>
<script>(self.__next_f=self.__next_f||[]).push([0])</script>
<script>{_ep_flight()}</script>
</body></html>"""


@thirteenth_b
def build_estatepage() -> None:
    s = Site(
        "estatepage",
        kind="detail page (Zoopla property 2024–25: hashed vanilla-extract classes + data-testid hooks, 'Guide price' above the price, h1 title + address element, icon-labelled '3 beds' / '1 bath' / '2 receptions', listing chips, 'Listed on 3rd Mar 2025', 'Tenure: Freehold' / 'Council tax band: C' / 'EPC rating: D' lines, agent tel: link, listing history, RSC payload)",
        start=EP_PATH.lstrip("/"),
        description="A Zoopla property details page (Next.js app router, 2024–2025): a OneTrust banner, the header, breadcrumbs (and a BreadcrumbList JSON-LD), 'Back to results', a gallery ('1/18', Floor plan, Virtual tour), 'Guide price' above the price p[data-testid=price] '£450,000' and '£391/sq. ft', the h1 '3 bed semi-detached house for sale', the address element, icon-labelled amenities '3 beds' / '1 bath' / '2 receptions' / '1,150 sq. ft', listing chips (Freehold, Chain free…), 'Listed on 3rd Mar 2025', an ad slot, 'Features and description' (a feature list and the description), Key information lines 'Tenure: Freehold', 'Council tax band: C', 'EPC rating: D', 'Broadband: …', a listing history (first listed at £475,000 on 3rd Mar 2025, reduced to £450,000 on 21st Mar 2025), local stations and schools, the agent box (logo alt, name link, address, a tel: link), a mortgage calculator with prices in inputs, similar properties with their prices and amenities, the footer and a self.__next_f.push payload.",
    )
    s.list_page(f"{EP_PATH.strip('/')}/index.html", _ep_page())
    s.write(
        "index.html",
        f'<!doctype html><html><head><title>Zoopla</title></head><body><main><h1>Zoopla</h1><p><a href="{EP_PATH}">3 bed semi-detached house for sale</a></p></main></body></html>',
    )
    s.expect(dict(EP_RECORD))
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in THIRTEENTH_B.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
