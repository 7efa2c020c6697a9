"""Held-out wave twenty-nine: three list pages copied from their real 2024–25 platform markup with invented data,
and frozen before any heuristic saw them.

* **caseroll** — a national court-judgment archive's search results on the UK National Archives' Find Case Law
  service (ds-caselaw-public-ui, its 2024–25 Django templates): the TNA cookie banner ('This website uses cookies',
  Accept / Reject / Set cookie preferences), the page header with the logo, service introduction and a govuk-header
  navigation, a beta phase banner, breadcrumbs, the results search component (query field, applied-filter chips, a
  court / tribunal checkbox list, date from / to, party and judge fields), 'We found 27 judgments', an order-by
  select, ``ul.judgment-listing__list`` of ``li`` > ``span.judgment-listing__judgment``: a title link (with
  ``?query=`` after the document URI ``/ewca/civ/2025/318``), ``span.judgment-listing__court``,
  ``span.judgment-listing__neutralcitation`` '[2025] EWCA Civ 318' and ``time.judgment-listing__date`` '11 Mar 2025',
  then a 'Matching text sample:' with ``mark`` highlights; 'End of results' on the last page and
  ``nav.pagination`` of chevrons and numbered links over ``&page=N``; a feedback panel and the Open Justice Licence
  footer. 10 + 10 + 7 decisions. Written down: title, url, court, citation, date.
* **bunkhopper** — a hostel booking platform's city search on Hostelworld's 2024–25 Nuxt PWA (``/pwa/s?q=…&page=N``):
  a OneTrust consent banner, the header, the search summary bar, sort / filter / map controls, 'Showing 48
  properties', a 'Featured' sponsored card on top of each page, ``div.property-card`` links to
  ``/pwa/hosteldetails.php/<Name>/Porto/<id>?from=…``: name, rating block ('9.3', 'Superb', '(2,345)') or a 'New'
  pill, 'Hostel - 0.6km from city centre', facility chips, 'Privates From €64.20' / 'Dorms From €21.90' (or 'No
  privates available'), app and Hoscars promo tiles among the cards, a numbered pager and ``window.__NUXT__``.
  20 + 20 + 8 properties. Written down: title, url, type, distance, rating, rating_text, review_count, dorm_price,
  private_price, currency, facilities.
* **listenbury** — an audiobook store's search on Audible UK's 2024–25 search page (``/search?keywords=…``): the
  Amazon-style cookie preferences banner, the top bar and search box, facet column, '1 - 20 of 46 results', a sort
  select, ``li.bc-list-item.productListItem`` rows of a cover, ``h3.bc-heading`` title link to
  ``/pd/<Slug>-Audiobook/<ASIN>?qid=…``, an optional subtitle, ``li.authorLabel`` 'By:', ``li.narratorLabel``
  'Narrated by:' (one or two links), an optional ``li.seriesLabel`` 'Series: <a>…</a>, Book 2', ``li.runtimeLabel``
  'Length: 9 hrs and 4 mins', ``li.releaseDateLabel`` 'Release date: 14-03-25' (dd-mm-yy), ``li.languageLabel``,
  ``li.ratingsLabel`` '4.5 out of 5 stars' + '1,234 ratings' (or 'Not rated yet'), a buy box 'Regular price:
  £19.99'; a membership promo row among the results and ``ul.pagingElements`` with ``a.pageNumberElement`` links
  over ``&page=N``. 20 + 20 + 6 audiobooks. Written down: title, url, subtitle, author, narrators, series, length,
  date, rating, rating_count, price, currency.

Run ``uv run python tests/sites/corpus/generate_held_out_twentyninth.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **frozen**.
"""

# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
import sys
import unicodedata
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate import FROZEN, ROOT, Site, chunks, esc

FROZEN |= {"caseroll", "bunkhopper", "listenbury"}

TWENTYNINTH: dict[str, Callable[[], None]] = {}


def twentyninth(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    TWENTYNINTH[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _hex(seed: str, length: int) -> str:
    return hashlib.sha1(seed.encode("utf-8")).hexdigest()[:length]


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


# ---------------------------------------------------------------------------------------------------
# caseroll: a national case-law archive's search (Find Case Law 2024–25), 'service charge' newest first.
# ---------------------------------------------------------------------------------------------------

CR_QUERY = "query=service+charge&order=-date"
CR_PER_PAGE = 10
#: court key → (court name, neutral citation pattern, document URI pattern)
CR_COURTS = {
    "uksc": ("United Kingdom Supreme Court", "[{y}] UKSC {n}", "/uksc/{y}/{n}"),
    "ewca-civ": ("Court of Appeal (Civil Division)", "[{y}] EWCA Civ {n}", "/ewca/civ/{y}/{n}"),
    "ewhc-ch": ("High Court (Chancery Division)", "[{y}] EWHC {n} (Ch)", "/ewhc/ch/{y}/{n}"),
    "ewhc-kb": ("High Court (King's Bench Division)", "[{y}] EWHC {n} (KB)", "/ewhc/kb/{y}/{n}"),
    "ewhc-tcc": ("High Court (Technology and Construction Court)", "[{y}] EWHC {n} (TCC)", "/ewhc/tcc/{y}/{n}"),
    "ukut-lc": ("Upper Tribunal (Lands Chamber)", "[{y}] UKUT {n} (LC)", "/ukut/lc/{y}/{n}"),
    "ukftt-pc": ("First-tier Tribunal (Property Chamber)", "[{y}] UKFTT {n} (PC)", "/ukftt/pc/{y}/{n}"),
    "ewcc": ("County Court", "[{y}] EWCC {n}", "/ewcc/{y}/{n}"),
}
#: (case name, court key, number, handed down, matching text sample with the hit in **…**)
CrCase = tuple[str, str, int, str, str]
CR_CASES: list[CrCase] = [
    (
        "Marlowe Court (Hove) RTM Company Ltd v Adeyemi & Ors",
        "ukut-lc",
        71,
        "2025-03-13",
        "the demand for the interim **service charge** was not served with the summary of rights and obligations",
    ),
    (
        "Grosvenor Park Estates Ltd v The Leaseholders of Kingfisher Wharf",
        "ewca-civ",
        318,
        "2025-03-11",
        "whether the cost of the waking watch was recoverable through the **service charge** under clause 4.2",
    ),
    (
        "Ashdown House Freehold Ltd v Pellegrini",
        "ukut-lc",
        66,
        "2025-03-06",
        "the tribunal was entitled to find that the **service charge** year ran from 25 March",
    ),
    (
        "Halcyon Tower, 12 Marsh Road, London E14 9RT",
        "ukftt-pc",
        241,
        "2025-03-04",
        "an application under section 27A for a determination of the **service charge** payable for 2022/23",
    ),
    (
        "Bromley Housing Trust v Okonkwo",
        "ewcc",
        14,
        "2025-02-27",
        "arrears of rent and **service charge** of £4,812.36 at the date of issue",
    ),
    (
        "Fairhaven Estates (No 2) Ltd v Dunmore",
        "ewhc-ch",
        455,
        "2025-02-25",
        "the reserve fund held on trust under the **service charge** provisions of the head lease",
    ),
    (
        "Sutherland Quay Management Ltd v Patel & Anor",
        "ukut-lc",
        52,
        "2025-02-20",
        "the consultation requirements applied to the qualifying works funded through the **service charge**",
    ),
    (
        "London Borough of Eastwick v Hartley-Moss",
        "ewca-civ",
        201,
        "2025-02-18",
        "a secure tenant's liability for a **service charge** for the district heating scheme",
    ),
    (
        "Cavendish Mews, 4-18 Cavendish Mews North, Bristol BS8 1QT",
        "ukftt-pc",
        198,
        "2025-02-13",
        "the estimated **service charge** budget included a management fee of £310 per unit",
    ),
    (
        "Orchard Lane Freehold Co Ltd v Brannigan",
        "ukut-lc",
        44,
        "2025-02-11",
        "the cost of replacing the lift was a proper **service charge** item",
    ),
    (
        "Kestrel Estates Ltd v Leaseholders of Meridian House",
        "uksc",
        6,
        "2025-02-05",
        "remediation costs which, under Schedule 8 to the 2022 Act, cannot be passed on through the **service charge**",
    ),
    (
        "Bellwether Housing Association v Nwosu",
        "ewhc-kb",
        312,
        "2025-01-30",
        "the claim for possession was founded on **service charge** arrears alone",
    ),
    (
        "Thamesmead Point Ltd v Arcus Building Contractors Ltd",
        "ewhc-tcc",
        147,
        "2025-01-28",
        "sums which the employer had already recovered from the lessees by way of **service charge**",
    ),
    (
        "Regent Gate Management Co Ltd v Sandhu",
        "ukut-lc",
        29,
        "2025-01-23",
        "the lessee's covenant to pay the **service charge** on account on the usual quarter days",
    ),
    (
        "Willowbrook Court, Harrogate HG1 5LN",
        "ukftt-pc",
        117,
        "2025-01-21",
        "an order under section 20C limiting the landlord's costs through the **service charge**",
    ),
    (
        "Hanover Place Residents Company Ltd v Lindqvist",
        "ewcc",
        3,
        "2025-01-16",
        "the balancing **service charge** for the year ended 31 December 2023",
    ),
    (
        "Parkside Developments (Leeds) Ltd v Chaudhry",
        "ewca-civ",
        42,
        "2025-01-14",
        "an estate rent charge and a **service charge** payable to different parties",
    ),
    (
        "Ferrier v Albion Wharf Ltd",
        "ukut-lc",
        11,
        "2025-01-09",
        "insurance commission retained by the managing agent and charged to the **service charge**",
    ),
    (
        "Re St Aldhelm's Court Management Ltd",
        "ewhc-ch",
        38,
        "2025-01-07",
        "the directors' conduct in relation to the **service charge** accounts",
    ),
    (
        "Corbridge Lodge, 2 Station Approach, Newcastle upon Tyne NE3 1HY",
        "ukftt-pc",
        64,
        "2024-12-19",
        "the reasonableness of the **service charge** for cleaning and gardening",
    ),
    (
        "Aldgate Residential Ltd v Mensah-Bonsu",
        "ukut-lc",
        318,
        "2024-12-17",
        "whether a **service charge** demand signed by the agent was valid",
    ),
    (
        "Quayside Heights Ltd v Farrow & Ors",
        "ewhc-ch",
        3304,
        "2024-12-12",
        "the variation of leases under Part 4 so as to apportion the **service charge** by floor area",
    ),
    (
        "Millbank Tower Leaseholders' Association v Tenfold Properties Ltd",
        "ukut-lc",
        309,
        "2024-12-10",
        "recognition of the association for the purposes of **service charge** consultation",
    ),
    (
        "Southwark Riverside Housing Co-operative v Ibekwe",
        "ewcc",
        41,
        "2024-12-05",
        "a counterclaim for disrepair set off against the **service charge**",
    ),
    (
        "Harcourt Buildings Ltd v Delacroix",
        "ewca-civ",
        1522,
        "2024-12-03",
        "the meaning of 'reasonably incurred' in the **service charge** clause",
    ),
    (
        "Beacon Rise, 45 Queen's Road, Brighton BN1 3XE",
        "ukftt-pc",
        33,
        "2024-11-28",
        "the landlord's failure to provide **service charge** accounts for three years",
    ),
    (
        "Lambourne Estate Management Ltd v Gill",
        "ukut-lc",
        297,
        "2024-11-26",
        "the costs of the major works were not payable as a **service charge** until the works were complete",
    ),
]
CR_FILTER_COURTS = [
    ("uksc", "United Kingdom Supreme Court", "2014–2025"),
    ("ukpc", "Privy Council", "2014–2025"),
    ("ewca/civ", "Court of Appeal Civil Division", "2003–2025"),
    ("ewca/crim", "Court of Appeal Criminal Division", "2003–2025"),
    ("ewhc/ch", "Chancery Division of the High Court", "2003–2025"),
    ("ewhc/kb", "King's / Queen's Bench Division of the High Court", "2003–2025"),
    ("ewhc/tcc", "Technology and Construction Court", "2003–2025"),
    ("ewcc", "County Court", "2019–2025"),
    ("ukut/lc", "Upper Tribunal (Lands Chamber)", "2015–2025"),
    ("ukftt/pc", "First-tier Tribunal (Property Chamber)", "2022–2025"),
]


def _cr_court(case: CrCase) -> tuple[str, str, str]:
    name, ncn, uri = CR_COURTS[case[1]]
    year = case[3][:4]
    return name, ncn.format(y=year, n=case[2]), uri.format(y=year, n=case[2])


def _cr_href(page: int) -> str:
    return f"/search?{CR_QUERY.replace('&', '&amp;')}&amp;page={page}"


def _cr_shown(day: str) -> str:
    moment = date.fromisoformat(day)
    return f"{moment.day:02d} {_MONTHS[moment.month - 1]} {moment.year}"


def _cr_item(case: CrCase) -> str:
    title, _, _, day, sample = case
    court, ncn, uri = _cr_court(case)
    before, hit, after = sample.split("**")
    return f"""<li>
        <span class="judgment-listing__judgment">
          <span>
            <span class="judgment-listing__title">
              <a href="{uri}?query=service+charge">{esc(title)}</a>
            </span>
            <span class="judgment-listing__court">{esc(court)}</span>
          </span>
          <span>
            <span class="judgment-listing__neutralcitation">{ncn}</span>
            <time class="judgment-listing__date" datetime="{day}">{_cr_shown(day)}</time>
          </span>
        </span>
        <span class="judgment-listing__matches">
          <span class="judgment-listing__result-term-matching">Matching text sample:</span>
          <p data-match-count="{len(title) % 7 + 1}">… {esc(before)}<mark>{hit}</mark>{esc(after)} …</p>
        </span>
      </li>"""


def _cr_pagination(number: int, total: int) -> str:
    prev = (
        f'<a class="pagination__page-chevron-previous" href="{_cr_href(number - 1)}"><span>Previous page</span></a>'
        if number > 1
        else '<span class="pagination__page-chevron-previous--disabled"><span>Previous page</span></span>'
    )
    nxt = (
        f'<a class="pagination__page-chevron-next" href="{_cr_href(number + 1)}"><span>Next page</span></a>'
        if number < total
        else '<span class="pagination__page-chevron-next--disabled"><span>Next page</span></span>'
    )
    pages = []
    for page in range(1, total + 1):
        if page == number:
            pages.append(
                f'<li class="pagination__list-item"><a class="pagination__page-link-current" href="{_cr_href(page)}" aria-label="Current page, Page {page}" aria-current="true"><span>Current page </span>{page}</a></li>'
            )
        else:
            pages.append(
                f'<li class="pagination__list-item"><a class="pagination__page-link" href="{_cr_href(page)}" aria-label="Go to page {page}"><span>Page </span>{page}</a></li>'
            )
    return f"""<nav class="pagination" aria-label="Results pagination">
  <h3>Results pagination</h3>
  <ul class="pagination__list">
    <li class="pagination__list-item">{prev}</li>
    <li class="pagination__list-pages"><ol>{"".join(pages)}</ol></li>
    <li class="pagination__list-item">{nxt}</li>
  </ul>
</nav>"""


def _cr_page(number: int, total: int, cases: list[CrCase]) -> str:
    items = "\n      ".join(_cr_item(case) for case in cases)
    courts = "\n".join(
        f'<div class="results-search-component__court-option"><input class="results-search-component__checkbox" type="checkbox" name="court" id="court-{code.replace("/", "-")}" value="{code}"/><label class="results-search-component__court-label" for="court-{code.replace("/", "-")}">{esc(name)} <span class="results-search-component__court-years">{years}</span></label></div>'
        for code, name, years in CR_FILTER_COURTS
    )
    end = (
        """<div class="no-results-message"><h2 class="no-results-message__heading">End of results</h2><p>You have reached the end of the results. Try a new search or <a href="/search?query=service+charge">reset your filters</a>.</p><p>Some judgments and decisions from before 2003 are not held on this service. <a href="/about-this-service#section-coverage">Find out what records are available</a>.</p></div>"""
        if number == total
        else ""
    )
    canonical = f"https://caselaw.recordoffice.test/search?{CR_QUERY.replace('&', '&amp;')}" + (
        f"&amp;page={number}" if number > 1 else ""
    )
    return f"""<!DOCTYPE html>
<html lang="en-gb">
<head>
<meta charset="utf-8">
<meta http-equiv="x-ua-compatible" content="ie=edge">
<title>Search results - Find Case Law - The National Record Office</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="robots" content="noindex,nofollow">
<meta name="description" content="Find Case Law provides public access to court judgments and tribunal decisions.">
<link rel="canonical" href="{canonical}">
<link rel="icon" href="/static/images/favicons/favicon.{_hex("fav", 12)}.png">
<link href="/static/css/main.{_hex("css", 12)}.css" rel="stylesheet">
<script>
window.dataLayer = window.dataLayer || [];
window.waffle = {{"flags": {{"history_timeline": false, "advanced_search_help": true, "search_ordering_new": false}}, "switches": {{}}, "samples": {{}}}};
</script>
<script>(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':new Date().getTime(),event:'gtm.js'}});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','GTM-WP9D4XQ');</script>
<script defer src="/static/js/dist/app.{_hex("app", 12)}.js"></script>
</head>
<body class="govuk-template__body">
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-WP9D4XQ" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
<a href="#main-content" class="skip-link">Skip to main content</a>
<div id="ds-cookie-consent-banner" class="cookie-banner" role="region" aria-label="Cookie banner" data-module="cookie-banner">
  <div class="cookie-banner__container" role="region" aria-label="Cookies on The National Record Office">
    <h2 class="cookie-banner__heading">This website uses cookies</h2>
    <p class="cookie-banner__text">We place some essential cookies on your device to make this website work.</p>
    <p class="cookie-banner__text">We'd like to use additional cookies to remember your settings and understand how you use our services.</p>
    <p class="cookie-banner__text">This information will help us make improvements to the website.</p>
    <div class="cookie-banner__buttons">
      <button type="button" class="cookie-banner__button" data-action="accept" value="accept">Accept optional cookies</button>
      <button type="button" class="cookie-banner__button" data-action="reject" value="reject">Reject optional cookies</button>
      <a class="cookie-banner__link" href="/cookies">Set cookie preferences</a>
    </div>
  </div>
</div>
<header class="page-header" id="start-of-document">
  <div class="page-header__container">
    <a href="https://www.recordoffice.test/" class="page-header__logo" title="The National Record Office"><svg width="160" height="43" viewBox="0 0 160 43" role="img" aria-label="The National Record Office"><title>The National Record Office</title><path d="M0 0h160v43H0z" fill="currentColor"/></svg></a>
    <div class="service-introduction">
      <span class="service-introduction__separator"></span>
      <p class="service-introduction__header"><a href="/">Find Case Law</a></p>
      <p class="service-introduction__helper-text">Judgments and decisions from 2001 onwards</p>
    </div>
    <div class="govuk-header__content">
      <nav aria-label="Menu" class="govuk-header__navigation">
        <button type="button" class="govuk-header__menu-button govuk-js-header-toggle" aria-controls="navigation" hidden>Menu</button>
        <ul id="navigation" class="govuk-header__navigation-list">
          <li class="govuk-header__navigation-item"><a class="govuk-header__link" title="Home" href="/">Home</a></li>
          <li class="govuk-header__navigation-item"><a class="govuk-header__link" title="About" href="/about-this-service">About</a></li>
          <li class="govuk-header__navigation-item"><a class="govuk-header__link" title="Courts and tribunals" href="/courts-and-tribunals">Courts and tribunals</a></li>
          <li class="govuk-header__navigation-item"><a class="govuk-header__link" title="Help and guidance" href="/help-and-guidance">Help and guidance</a></li>
          <li class="govuk-header__navigation-item"><a class="govuk-header__link" title="Re-use Find Case Law records" href="/re-use-find-case-law-records">Re-use Find Case Law records</a></li>
        </ul>
      </nav>
    </div>
  </div>
</header>
<div class="phase-banner">
  <p class="phase-banner__content"><strong class="phase-banner__tag">Beta</strong> <span class="phase-banner__text">This is a new service – your <a href="https://www.smartsurvey.test/s/FCL-feedback/" target="_blank" rel="noopener">feedback (opens in a new tab)</a> will help us to improve it.</span></p>
</div>
<main id="main-content" class="container">
  <nav class="breadcrumbs" aria-label="Breadcrumb">
    <ol class="breadcrumbs__list">
      <li class="breadcrumbs__list-item"><a href="/">Find Case Law</a></li>
      <li class="breadcrumbs__list-item" aria-current="page">Search results</li>
    </ol>
  </nav>
  <div class="results">
    <h1>Search results</h1>
    <div class="results-search-component">
      <form action="/search" id="analytics-results-filters">
        <input type="hidden" name="order" value="-date" />
        <div class="results-search-component__container js-results-facets-wrapper">
          <div class="results-search-component__search-field">
            <label for="search_term" class="results-search-component__search-label">Search for judgments and decisions</label>
            <div class="results-search-component__search-input-container"><input class="results-search-component__search-term-input" id="search_term" name="query" type="text" value="service charge" /><input type="submit" value="Search" class="results-search-component__search-submit-button" /></div>
          </div>
          <div class="results-search-component__filters-row">
            <div class="results-search-component__applied-filters">
              <h2 class="results-search-component__applied-filters-heading">Applied filters</h2>
              <ul class="results-search-component__removable-options">
                <li class="results-search-component__removable-options-item"><a class="results-search-component__removable-options-link" href="/search?order=-date" title="Remove Query: service charge"><span class="results-search-component__removable-options-key">Query:</span> <span class="results-search-component__removable-options-value-text">service charge</span></a></li>
              </ul>
              <a class="results-search-component__removable-options-link--clear" href="/search">Clear all filters</a>
            </div>
            <div class="results-search-component__control-container js-results-control-container"></div>
          </div>
          <details class="results-search-component__filters" data-module="filters">
            <summary class="results-search-component__filters-summary">Filter results</summary>
            <fieldset class="results-search-component__fieldset">
              <legend>Courts and tribunals</legend>
              {courts}
            </fieldset>
            <fieldset class="results-search-component__fieldset results-search-component__date-fieldset">
              <legend>Date</legend>
              <div class="results-search-component__date-group"><span>From</span><label for="from_date_0">Day</label><input id="from_date_0" name="from_date_0" type="text" inputmode="numeric" size="2"/><label for="from_date_1">Month</label><input id="from_date_1" name="from_date_1" type="text" inputmode="numeric" size="2"/><label for="from_date_2">Year</label><input id="from_date_2" name="from_date_2" type="text" inputmode="numeric" size="4"/></div>
              <div class="results-search-component__date-group"><span>To</span><label for="to_date_0">Day</label><input id="to_date_0" name="to_date_0" type="text" inputmode="numeric" size="2"/><label for="to_date_1">Month</label><input id="to_date_1" name="to_date_1" type="text" inputmode="numeric" size="2"/><label for="to_date_2">Year</label><input id="to_date_2" name="to_date_2" type="text" inputmode="numeric" size="4"/></div>
            </fieldset>
            <div class="results-search-component__field"><label for="party">Party name</label><input id="party" name="party" type="text"/></div>
            <div class="results-search-component__field"><label for="judge">Judge name</label><input id="judge" name="judge" type="text"/></div>
            <div class="results-search-component__field"><label for="neutral_citation">Neutral citation</label><input id="neutral_citation" name="neutral_citation" type="text" placeholder="[2022] EWCA Civ 123"/></div>
            <input type="submit" value="Apply filters" class="results-search-component__filters-submit-button" />
          </details>
        </div>
      </form>
    </div>
    <div class="results__container">
      <div class="results__list-layout-container">
        <div class="results__result-controls-container">
          <div class="results__result-header">
            <p class="results__results-intro">We found {len(CR_CASES)} judgments</p>
            <a class="results__atom-feed-link" href="/atom.xml?{CR_QUERY.replace("&", "&amp;")}" title="Subscribe to these results">Subscribe (Atom feed)</a>
          </div>
          <div class="result-controls">
            <form action="/search" method="get" id="analytics-result-controls">
              <input type="hidden" name="query" value="service charge"/>
              <label for="order_by">Order results by</label>
              <select class="result-controls__order-by" id="order_by" name="order">
                <option value="relevance">Relevance</option>
                <option value="-date" selected>Newest</option>
                <option value="date">Oldest</option>
              </select>
              <label for="per_page">Results per page</label>
              <select class="result-controls__per-page" id="per_page" name="per_page">
                <option value="10" selected>10</option>
                <option value="25">25</option>
                <option value="50">50</option>
              </select>
              <input type="submit" value="Apply" class="result-controls__button">
            </form>
          </div>
        </div>
        <div class="results__result-list-container">
          <h2>Results listing</h2>
          <ul class="judgment-listing__list{" judgment-listing__list--last-page" if number == total else ""}">
      {items}
          </ul>
          {end}
          {_cr_pagination(number, total)}
        </div>
      </div>
    </div>
  </div>
  <div class="help-improve-this-service">
    <h2 class="help-improve-this-service__heading">Help us improve this service</h2>
    <p>Tell us about your experience of searching for judgments so that we can make it better.</p>
    <a class="help-improve-this-service__link" href="https://www.smartsurvey.test/s/FCL-feedback/?page=search" target="_blank" rel="noopener">Take a short survey (opens in new tab)</a>
  </div>
</main>
<footer class="judgments-footer">
  <div class="judgments-footer__container">
    <h2 class="judgments-footer__heading">Footer</h2>
    <ul class="judgments-footer__links">
      <li><a class="judgments-footer__link" href="/about-this-service">About this service</a></li>
      <li><a class="judgments-footer__link" href="/accessibility-statement">Accessibility statement</a></li>
      <li><a class="judgments-footer__link" href="/privacy-notice">Privacy notice</a></li>
      <li><a class="judgments-footer__link" href="/terms-of-use">Terms of use</a></li>
      <li><a class="judgments-footer__link" href="/contact-us">Contact us</a></li>
      <li><a class="judgments-footer__link" href="/cookies">Cookies</a></li>
    </ul>
    <p class="judgments-footer__licence"><img class="judgments-footer__licence-logo" src="/static/images/open-justice-licence.svg" alt="" width="41" height="17"> All content is available under the <a class="judgments-footer__link" href="/open-justice-licence">Open Justice Licence</a>, except where otherwise stated.</p>
    <p class="judgments-footer__copyright">© Crown copyright</p>
  </div>
</footer>
</body>
</html>"""


@twentyninth
def build_caseroll() -> None:
    s = Site(
        "caseroll",
        kind="court judgments search results on a national archive's case-law service (UK Find Case Law, ds-caselaw-public-ui 2024–25 Django templates: TNA cookie banner, page header with logo + service introduction + govuk-header navigation, beta phase banner, breadcrumbs, results search component with applied-filter chips and a court checkbox / date / party / judge filter form, 'We found 27 judgments', order-by and per-page selects, ul.judgment-listing__list of li > span.judgment-listing__judgment: title link with ?query= after the document URI, span.judgment-listing__court, span.judgment-listing__neutralcitation, time.judgment-listing__date '11 Mar 2025', a 'Matching text sample:' with <mark>; 'End of results' panel on the last page; nav.pagination chevrons and numbered links over &page=N; feedback panel and Open Justice Licence footer)",
        start=f"search?{CR_QUERY}",
        description="A national archive's court-judgment search for 'service charge' ordered newest first, copied from the UK National Archives' Find Case Law service (ds-caselaw-public-ui 2024–25) as a visitor gets it: head with a noindex robots tag, canonical, a waffle-flag object and GTM; the TNA cookie banner ('This website uses cookies', Accept / Reject optional cookies, Set cookie preferences); the page header (record-office logo, 'Find Case Law' + 'Judgments and decisions from 2001 onwards', Home / About / Courts and tribunals / Help and guidance / Re-use Find Case Law records), a Beta phase banner, breadcrumbs, h1 'Search results'; the results search component (query field, an applied 'Query: service charge' chip, Clear all filters, a details 'Filter results' form of court / tribunal checkboxes with year ranges, from / to date fields, party, judge and neutral-citation fields); 'We found 27 judgments', an Atom feed link, order-by and per-page selects; h2 'Results listing' and ul.judgment-listing__list (10 a page): li > span.judgment-listing__judgment > (span > span.judgment-listing__title > a to the document URI such as /ukut/lc/2025/71 with ?query=service+charge, span.judgment-listing__court) + (span > span.judgment-listing__neutralcitation '[2025] UKUT 71 (LC)', time.judgment-listing__date[datetime] '13 Mar 2025'), then span.judgment-listing__matches ('Matching text sample:' + a p with a <mark> hit); the last page adds an 'End of results' message; nav.pagination with Previous / Next chevrons (disabled spans at the ends) and numbered links over /search?query=service+charge&order=-date&page=N (page 1 linked as &page=1 too); a 'Help us improve this service' panel and the footer (Open Justice Licence, Crown copyright). 10 + 10 + 7 decisions. Written down: title (case name as shown), url (the document URI without the ?query), court, citation (neutral citation), date (handed down).",
    )
    pages = chunks(CR_CASES, [CR_PER_PAGE, CR_PER_PAGE, len(CR_CASES) - 2 * CR_PER_PAGE])
    for number, batch in enumerate(pages, 1):
        html = _cr_page(number, len(pages), batch)
        if number == 1:
            s.list_page(f"search@{CR_QUERY}", html)
            s.write(f"search@{CR_QUERY}&page=1", html)
        else:
            s.list_page(f"search@{CR_QUERY}&page={number}", html)
    for case in CR_CASES:
        court, ncn, uri = _cr_court(case)
        s.expect(
            {
                "title": case[0],
                "url": uri,
                "court": court,
                "citation": ncn,
                "date": case[3],
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# bunkhopper: a hostel booking platform's city search (Hostelworld 2024–25 PWA), Porto, 20 properties a page.
# ---------------------------------------------------------------------------------------------------

BK_QUERY = "q=Porto,%20Portugal&country=Portugal&city=Porto&type=city&id=85&from=2025-05-14&to=2025-05-17&guests=2"
BK_STAY = "from=2025-05-14&to=2025-05-17&guests=2"
BK_PER_PAGE = 20
#: (name, id, type, rating (None: 'New'), reviews, km from the centre, dorm price, private price, facility chips, badge)
BkProperty = tuple[str, int, str, float | None, int, float, float | None, float | None, list[str], str | None]
BK_PROPERTIES: list[BkProperty] = [
    (
        "Gato Azul Hostel",
        312845,
        "Hostel",
        9.4,
        3120,
        0.4,
        21.90,
        68.40,
        ["Free WiFi", "Free breakfast"],
        "Hoscars 2025 winner",
    ),
    ("Ribeira Social Hostel", 287113, "Hostel", 9.1, 2045, 0.7, 24.50, 79.00, ["Free WiFi", "Bar"], None),
    (
        "Casa Aliados Guesthouse",
        301972,
        "Guesthouse",
        8.8,
        412,
        0.2,
        None,
        72.00,
        ["Free WiFi", "Free cancellation"],
        None,
    ),
    ("Bolhão Backpackers", 265430, "Hostel", 9.0, 1567, 0.3, 19.80, 61.00, ["Free WiFi", "Kitchen"], None),
    ("The Cork Tree Hostel", 318806, "Hostel", None, 0, 1.1, 17.60, 55.20, ["Free cancellation"], "New"),
    ("Miragaia River Lodge", 249901, "Hostel", 8.6, 980, 0.9, 23.00, 84.50, ["Free WiFi", "River view"], None),
    ("Cedofeita Art Hostel", 276554, "Hostel", 9.2, 1843, 0.8, 20.40, 66.00, ["Free WiFi", "Free walking tour"], None),
    ("Yellow Tram Suites", 293310, "Hotel", 8.4, 356, 0.6, None, 96.00, ["Free WiFi", "24-hour reception"], None),
    (
        "Santa Catarina Hostel & Rooftop",
        258876,
        "Hostel",
        8.9,
        2711,
        0.5,
        22.30,
        74.80,
        ["Rooftop bar", "Free WiFi"],
        None,
    ),
    ("Porto Azulejo House", 240117, "Guesthouse", 9.3, 622, 0.4, None, 81.00, ["Free breakfast"], None),
    ("Clérigos Corner Hostel", 271209, "Hostel", 8.7, 1398, 0.3, 25.10, 70.20, ["Free WiFi", "Lockers"], None),
    ("Bonfim Garden Hostel", 305541, "Hostel", 9.0, 488, 1.6, 16.90, 52.00, ["Garden", "Kitchen"], None),
    ("Douro Nomad Hostel", 283372, "Hostel", 8.3, 1120, 1.2, 18.40, None, ["Free WiFi", "Co-working space"], None),
    (
        "Rua das Flores Apartments",
        299108,
        "Apartment",
        9.1,
        204,
        0.5,
        None,
        118.00,
        ["Kitchen", "Free cancellation"],
        None,
    ),
    ("Lapa Loft Hostel", 262845, "Hostel", 7.8, 734, 1.4, 15.50, 49.90, ["Free WiFi"], None),
    ("Sé Cathedral Hostel", 245566, "Hostel", 8.5, 1902, 0.4, 21.00, 63.50, ["Free WiFi", "Bar"], None),
    ("Casa do Poeta", 310087, "Guesthouse", 9.5, 187, 0.7, None, 88.00, ["Free breakfast", "Free WiFi"], None),
    ("Boavista Surf Hostel", 278810, "Hostel", 8.2, 655, 3.8, 18.90, 58.00, ["Surf lessons", "Free WiFi"], None),
    ("Trindade Station Hostel", 267734, "Hostel", 8.0, 1284, 0.6, 17.20, 54.30, ["Free WiFi", "Lockers"], None),
    ("Foz Beach House", 314390, "Hostel", None, 0, 5.9, 26.00, 92.00, ["Beach nearby"], "New"),
    (
        "Galeria Hostel Porto",
        252298,
        "Hostel",
        9.3,
        2467,
        0.9,
        23.60,
        77.40,
        ["Free WiFi", "Free dinner"],
        "Hoscars 2025 winner",
    ),
    ("Mercado Guesthouse", 288451, "Guesthouse", 8.1, 142, 0.5, None, 64.00, ["Free WiFi"], None),
    ("Invicta Pod Hostel", 296620, "Hostel", 7.6, 893, 1.0, 14.80, None, ["Pod beds", "Free WiFi"], None),
    ("Vinho Verde Hostel", 273985, "Hostel", 8.9, 1016, 0.7, 20.00, 69.00, ["Free wine tasting", "Bar"], None),
    (
        "Casa da Música Rooms",
        281604,
        "Guesthouse",
        8.6,
        301,
        2.3,
        None,
        59.50,
        ["Free WiFi", "Free cancellation"],
        None,
    ),
    ("Passeio Alegre Hostel", 259017, "Hostel", 7.2, 410, 4.7, 16.30, 51.00, ["Garden"], None),
    ("Fontainhas View Hostel", 302218, "Hostel", 9.0, 538, 1.1, 19.40, 62.80, ["River view", "Free WiFi"], None),
    ("Almada 112 Hostel", 266059, "Hostel", 8.4, 1755, 0.3, 22.80, 71.00, ["Free WiFi", "24-hour reception"], None),
    ("Porto Camping Prelada", 238844, "Campsite", 7.4, 265, 4.2, None, 42.00, ["Parking", "Swimming pool"], None),
    ("Massarelos Riverside Hostel", 290773, "Hostel", 8.7, 671, 1.7, 18.10, 57.90, ["River view", "Kitchen"], None),
    ("Flores Boutique Hotel", 284215, "Hotel", 9.2, 298, 0.4, None, 139.00, ["Free breakfast", "Free WiFi"], None),
    ("Hostel da Batalha", 255632, "Hostel", 6.8, 522, 0.5, 13.90, 45.00, ["Free WiFi"], None),
    ("Campanhã Rail Hostel", 297486, "Hostel", 7.9, 361, 2.1, 15.70, 48.60, ["Lockers", "Kitchen"], None),
    ("Casa Vermelha Guesthouse", 308734, "Guesthouse", 8.8, 96, 1.3, None, 67.00, ["Garden", "Free breakfast"], None),
    ("The Lodge Ribeira", 243901, "Hostel", 8.5, 1387, 0.8, 27.40, 88.20, ["River view", "Bar"], None),
    ("Matosinhos Surf House", 295017, "Hostel", 9.1, 402, 8.6, 21.50, 65.00, ["Surf lessons", "Free breakfast"], None),
    ("Vitória Hostel", 269920, "Hostel", 8.0, 847, 0.6, 18.00, None, ["Free WiFi", "Bar"], None),
    ("Marquês Guest Rooms", 286647, "Guesthouse", 7.7, 119, 1.5, None, 53.00, ["Free WiFi"], None),
    ("Porto Wine Hostel", 251176, "Hostel", 8.6, 2234, 0.9, 20.90, 72.50, ["Free wine tasting", "Free WiFi"], None),
    ("Paranhos Student Hostel", 303355, "Hostel", 6.9, 188, 3.1, 12.50, 39.00, ["Kitchen"], None),
    ("Baixa Studios", 315562, "Apartment", None, 0, 0.3, None, 104.00, ["Kitchen", "Free cancellation"], "New"),
    ("Arrábida Bridge Hostel", 277208, "Hostel", 8.3, 476, 2.6, 17.80, 56.40, ["Free WiFi", "Garden"], None),
    ("Hostel Pedra Antiga", 248063, "Hostel", 8.9, 1129, 0.5, 23.30, 76.00, ["Free WiFi", "Free breakfast"], None),
    ("Rio Douro Rooms", 292589, "Guesthouse", 7.5, 233, 1.9, None, 49.00, ["River view"], None),
    ("Costa Nova Hostel Porto", 282931, "Hostel", 8.1, 357, 1.3, 16.60, 52.80, ["Free WiFi", "Kitchen"], None),
    ("Quinta do Covelo Hostel", 309648, "Hostel", 9.0, 121, 2.4, 18.20, 60.00, ["Garden", "Parking"], None),
    ("São Bento Sleep Hostel", 263017, "Hostel", 7.3, 2048, 0.2, 19.00, 58.90, ["24-hour reception"], None),
    ("Leça Beach Hostel", 299874, "Hostel", 8.4, 167, 9.4, 20.50, 64.50, ["Beach nearby", "Bar"], None),
]
#: The sponsored card on top of every page (not a record).
BK_FEATURED: BkProperty = (
    "Douro Loft Hostel & Suites",
    316204,
    "Hostel",
    9.0,
    744,
    0.8,
    28.90,
    94.00,
    ["Free WiFi", "Rooftop bar"],
    None,
)


def _bk_slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return "-".join(part for part in ascii_name.replace("&", "").split() if part)


def _bk_url(prop: BkProperty) -> str:
    return f"/pwa/hosteldetails.php/{_bk_slug(prop[0])}/Porto/{prop[1]}"


def _bk_href(page: int) -> str:
    return f"/pwa/s?{BK_QUERY.replace('&', '&amp;')}&amp;page={page}"


def _bk_keyword(rating: float) -> str:
    if rating >= 9.0:
        return "Superb"
    if rating >= 8.0:
        return "Fabulous"
    if rating >= 7.0:
        return "Very Good"
    return "Good"


def _bk_image(prop_id: int, n: int) -> str:
    return f"https://a.bunkstatic.test/image/upload/f_auto,q_auto,w_350,h_215,c_fill/propertyimages/{str(prop_id)[0]}/{prop_id}/{_hex(f'img{prop_id}{n}', 20)}.jpg"


def _bk_price(label: str, kind: str, price: float | None) -> str:
    if price is None:
        return f'<div class="property-accommodation-price {kind} unavailable"><span class="accommodation-label">No {kind} available</span></div>'
    return f'<div class="property-accommodation-price {kind}"><span class="accommodation-label">{label}</span><strong class="current-price">€{price:.2f}</strong></div>'


def _bk_card(prop: BkProperty, position: int, featured: bool = False) -> str:
    name, prop_id, kind, rating, reviews, km, dorm, private, facilities, badge = prop
    if rating is None:
        rating_html = '<div class="property-rating"><span class="new-label">New</span></div>'
    else:
        rating_html = f'<div class="property-rating"><div class="rating-score"><span class="icon-rating-star" aria-hidden="true"></span><span class="score">{rating:.1f}</span><span class="keyword">{_bk_keyword(rating)}</span><span class="num-reviews">({reviews:,})</span></div></div>'
    badge_html = (
        f'<span class="promo-badge{" promo-badge--hoscars" if badge and "Hoscars" in badge else ""}">{esc(badge)}</span>'
        if badge and badge != "New"
        else ""
    )
    chips = "".join(f'<li class="facility-tag">{esc(f)}</li>' for f in facilities)
    sponsored = (
        '<span class="featured-label" title="Featured properties pay a fee to appear here">Featured</span>'
        if featured
        else ""
    )
    return f"""<div class="property-card{" property-card--featured" if featured else ""}" data-v-5c2e7a1d="">
<a class="property-card-container" href="{_bk_url(prop)}?{BK_STAY.replace("&", "&amp;")}" target="_blank" rel="noopener" data-property-id="{prop_id}" data-position="{position}">
<div class="property-image-wrapper"><div class="carousel" data-count="{5 + prop_id % 6}"><img class="property-image" src="{_bk_image(prop_id, 0)}" alt="{esc(name)}" width="350" height="215" loading="lazy"><button class="carousel-arrow next" type="button" aria-label="Next image"></button></div>{badge_html}{sponsored}<button class="wishlist-button" type="button" aria-label="Save {esc(name)} to wishlist"><svg class="icon-heart" width="20" height="20" aria-hidden="true"><use href="#heart-line"></use></svg></button></div>
<div class="property-info-container">
<div class="property-header">{rating_html}<h2 class="property-name">{esc(name)}</h2><div class="property-distance"><span class="property-type">{kind}</span><span class="dot"> - </span><span class="distance-description">{km:.1f}km from city centre</span></div><ul class="property-facilities">{chips}</ul></div>
<div class="property-accommodation-prices">{_bk_price("Privates From", "privates", private)}{_bk_price("Dorms From", "dorms", dorm)}</div>
</div>
</a>
</div>"""


def _bk_promo(slot: int) -> str:
    if slot == 1:
        return """<div class="search-promo-tile search-promo-tile--app" data-promo="app-download"><div class="promo-content"><p class="promo-title">Book on the go</p><p class="promo-text">Download the app to join the chat, see who's going and get app-only deals.</p><a class="promo-button" href="https://bunkhopper.app.link/search-promo" rel="noopener">Get the app</a></div><img src="https://a.bunkstatic.test/static/promos/app-phone-2x.png" alt="" width="120" height="160" loading="lazy"></div>"""
    return """<div class="search-promo-tile search-promo-tile--hoscars" data-promo="hoscars-2025"><div class="promo-content"><p class="promo-title">The Hoscars 2025 are here</p><p class="promo-text">Meet the best hostels in the world, voted for by millions of travellers.</p><a class="promo-button" href="/hoscars">See the winners</a></div></div>"""


def _bk_pagination(number: int, total: int) -> str:
    prev = (
        f'<a class="pagination-prev" href="{_bk_href(number - 1)}" aria-label="Previous page">‹</a>'
        if number > 1
        else '<span class="pagination-prev disabled" aria-disabled="true">‹</span>'
    )
    nxt = (
        f'<a class="pagination-next" href="{_bk_href(number + 1)}" aria-label="Next page">›</a>'
        if number < total
        else '<span class="pagination-next disabled" aria-disabled="true">›</span>'
    )
    items = "".join(
        f'<span class="pagination-item current" aria-current="page">{page}</span>'
        if page == number
        else f'<a class="pagination-item" href="{_bk_href(page)}">{page}</a>'
        for page in range(1, total + 1)
    )
    return f'<nav class="pagination" aria-label="Pagination">{prev}{items}{nxt}</nav>'


def _bk_state(number: int, total: int, props: list[BkProperty]) -> str:
    state = {
        "layout": "default",
        "data": [{}],
        "serverRendered": True,
        "state": {
            "search": {
                "location": {"id": 85, "name": "Porto", "country": "Portugal", "type": "city"},
                "dates": {"from": "2025-05-14", "to": "2025-05-17"},
                "guests": 2,
                "pagination": {"page": number, "totalPages": total, "numberOfItems": len(BK_PROPERTIES)},
                "properties": [
                    {
                        "id": p[1],
                        "name": p[0],
                        "type": p[2].upper(),
                        "isNew": p[3] is None,
                        "overallRating": None
                        if p[3] is None
                        else {"overall": round(p[3] * 10), "numberOfRatings": p[4]},
                        "distance": {"value": p[5], "units": "km"},
                        "lowestDormPricePerNight": None
                        if p[6] is None
                        else {"value": f"{p[6]:.2f}", "currency": "EUR"},
                        "lowestPrivatePricePerNight": None
                        if p[7] is None
                        else {"value": f"{p[7]:.2f}", "currency": "EUR"},
                        "facilities": p[8],
                    }
                    for p in props
                ],
            },
            "user": {"isLoggedIn": False, "currency": "EUR", "locale": "en"},
        },
    }
    return json.dumps(state, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")


def _bk_page(number: int, total: int, props: list[BkProperty], first: int) -> str:
    cards = [_bk_card(BK_FEATURED, 0, featured=True)]
    for i, prop in enumerate(props):
        cards.append(_bk_card(prop, first + i + 1))
        if i == 5:
            cards.append(_bk_promo(1))
        if i == 13:
            cards.append(_bk_promo(2))
    return f"""<!DOCTYPE html>
<html lang="en" data-n-head="%7B%22lang%22:%7B%22ssr%22:%22en%22%7D%7D">
<head>
<meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<title>Hostels in Porto from €13 | Best Porto Hostels 2025 | Bunkhopper</title>
<meta data-n-head="ssr" data-hid="description" name="description" content="Compare {len(BK_PROPERTIES)} hostels in Porto, Portugal. Book online with free cancellation on most properties. Guaranteed lowest prices.">
<meta data-n-head="ssr" data-hid="robots" name="robots" content="noindex, follow">
<link data-n-head="ssr" rel="canonical" href="https://www.bunkhopper.test/st/hostels/europe/portugal/porto/">
<link rel="preload" href="/pwa/_nuxt/{_hex("runtime", 20)}.js" as="script"><link rel="preload" href="/pwa/_nuxt/{_hex("commons", 20)}.js" as="script"><link rel="preload" href="/pwa/_nuxt/{_hex("app", 20)}.js" as="script">
<link rel="stylesheet" href="/pwa/_nuxt/css/{_hex("css", 20)}.css">
<script src="https://cdn.cookielaw.test/scripttemplates/otSDKStub.js" data-domain-script="{_hex("ot", 8)}-{_hex("ot1", 4)}-{_hex("ot2", 4)}-{_hex("ot3", 4)}-{_hex("ot4", 12)}" async></script>
<script>function OptanonWrapper() {{ window.dataLayer = window.dataLayer || []; window.dataLayer.push({{event: "OneTrustGroupsUpdated"}}); }}</script>
</head>
<body>
<svg xmlns="http://www.w3.org/2000/svg" style="display:none"><symbol id="heart-line" viewBox="0 0 24 24"><path d="M12 21l-1.5-1.3C5 15 2 12.3 2 8.5 2 5.4 4.4 3 7.5 3c1.7 0 3.4.8 4.5 2.1C13.1 3.8 14.8 3 16.5 3 19.6 3 22 5.4 22 8.5c0 3.8-3 6.5-8.5 11.2L12 21z"/></symbol></svg>
<div data-server-rendered="true" id="__nuxt"><div id="__layout"><div class="search-page" data-v-7a1b3c44="">
<header class="main-header" data-v-2f8e1a90=""><div class="header-inner"><a href="/" class="logo" aria-label="Bunkhopper home"><svg width="150" height="26" role="img"><title>Bunkhopper</title><path d="M0 0h150v26H0z"/></svg></a><nav class="header-nav"><a href="/blog" class="header-link">Travel blog</a><a href="/hoscars" class="header-link">Hoscars</a><a href="/pwa/wds/login" class="header-link header-link--login">Log in</a><a href="/pwa/wds/signup" class="header-link header-link--signup">Sign up</a><button type="button" class="header-currency" aria-label="Change currency">EUR</button><button type="button" class="header-language" aria-label="Change language">EN</button></nav></div></header>
<div class="search-bar-summary" data-v-6d2c1e8a=""><button type="button" class="search-summary-button"><span class="summary-location">Porto, Portugal</span><span class="summary-dates">14 May - 17 May</span><span class="summary-guests">2 Guests</span></button></div>
<div class="search-controls"><div class="search-controls-inner"><button type="button" class="control-button sort-button" aria-haspopup="listbox">Sort: <strong>Top picks</strong></button><button type="button" class="control-button filter-button">Filters</button><a class="control-button map-button" href="/pwa/s?{BK_QUERY.replace("&", "&amp;")}&amp;page=1&amp;view=map">Map</a></div></div>
<main class="search-results-container">
<h1 class="search-title">Hostels in Porto</h1>
<div class="search-results-info"><p class="results-count">Showing {len(BK_PROPERTIES)} properties</p><p class="price-info">Prices shown are per night and include taxes and fees. <button type="button" class="link-button">How we rank properties</button></p></div>
<div class="property-list">
{chr(10).join(cards)}
</div>
{_bk_pagination(number, total)}
</main>
<section class="seo-links"><h2>Popular hostel searches</h2><ul><li><a href="/st/hostels/europe/portugal/lisbon/">Hostels in Lisbon</a></li><li><a href="/st/hostels/europe/portugal/lagos/">Hostels in Lagos</a></li><li><a href="/st/hostels/europe/spain/madrid/">Hostels in Madrid</a></li><li><a href="/st/hostels/europe/portugal/coimbra/">Hostels in Coimbra</a></li></ul></section>
<footer class="main-footer"><div class="footer-columns"><div><h3>About us</h3><a href="/about">About Bunkhopper</a><a href="/careers">Careers</a><a href="/press">Press</a></div><div><h3>Work with us</h3><a href="/property-signup">Add your property</a><a href="/affiliates">Affiliate program</a></div><div><h3>Help</h3><a href="/help">Help centre</a><a href="/terms">Terms and conditions</a><a href="/privacy">Privacy policy</a><a href="/cookies">Cookie policy</a></div></div><p class="footer-legal">© 2025 Bunkhopper Ltd. All rights reserved.</p></footer>
</div></div></div>
<div id="onetrust-consent-sdk"><div class="onetrust-pc-dark-filter ot-fade-in"></div><div id="onetrust-banner-sdk" class="otFlat bottom ot-wo-title" tabindex="0" role="region" aria-label="Cookie banner"><div role="dialog" aria-label="Privacy"><div class="ot-sdk-container"><div class="ot-sdk-row"><div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns"><div id="onetrust-policy"><div id="onetrust-policy-text">We use cookies and similar technologies to personalise content and ads, to provide social media features and to analyse our traffic. We also share information about your use of our site with our social media, advertising and analytics partners. <a class="ot-cookie-policy-link" href="/cookies" aria-label="More information about your privacy, opens in a new tab" rel="noopener" target="_blank">Cookie Policy</a></div></div></div><div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns"><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookie Settings</button><button id="onetrust-reject-all-handler">Reject All</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div></div></div></div></div>
<script>window.__NUXT__={_bk_state(number, total, props)};</script>
<script src="/pwa/_nuxt/{_hex("runtime", 20)}.js" defer></script><script src="/pwa/_nuxt/{_hex("commons", 20)}.js" defer></script><script src="/pwa/_nuxt/{_hex("app", 20)}.js" defer></script>
</body>
</html>"""


@twentyninth
def build_bunkhopper() -> None:
    s = Site(
        "bunkhopper",
        kind="hostel search results (Hostelworld 2024–25 Nuxt PWA /pwa/s?q=…&page=N: OneTrust consent banner, header, search summary bar, sort / filters / map controls, 'Showing 48 properties', a 'Featured' sponsored card on top of every page, div.property-card > a.property-card-container to /pwa/hosteldetails.php/<Name>/Porto/<id>?from=…: carousel image, optional promo badge, div.rating-score (score '9.4', keyword 'Superb', '(3,120)') or a 'New' pill, h2.property-name, 'Hostel - 0.4km from city centre', facility chips, 'Privates From €68.40' / 'Dorms From €21.90' or 'No privates available'; app / Hoscars promo tiles among the cards; nav.pagination ‹ 1 2 3 ›; window.__NUXT__ state with 0–100 ratings)",
        start=f"pwa/s?{BK_QUERY}&page=1",
        description="A hostel booking platform's city search for Porto (14–17 May, 2 guests), copied from Hostelworld's 2024–25 Nuxt PWA as a logged-out visitor gets it (default 'Top picks' order, 20 properties a page): head with noindex robots, a canonical to the city landing page, Nuxt preloads and the OneTrust stub; an SVG sprite; the header (logo, Travel blog, Hoscars, Log in / Sign up, currency and language buttons); the search summary bar (Porto, Portugal · 14 May - 17 May · 2 Guests); Sort / Filters / Map controls; h1 'Hostels in Porto', 'Showing 48 properties' and a price note; div.property-list: first on every page a 'Featured' sponsored card (the same property each time, not a record), then div.property-card items, each one a.property-card-container to /pwa/hosteldetails.php/<Name-With-Hyphens>/Porto/<id>?from=2025-05-14&to=2025-05-17&guests=2 holding a carousel image, an optional promo badge ('Hoscars 2025 winner'), a wishlist button, div.property-rating (span.score '9.4', span.keyword 'Superb' / 'Fabulous' / 'Very Good' / 'Good', span.num-reviews '(3,120)'; or a 'New' label with no score), h2.property-name, div.property-distance ('Hostel' / 'Guesthouse' / 'Hotel' / 'Apartment' / 'Campsite' + ' - ' + '0.4km from city centre'), ul.property-facilities chips, and the prices 'Privates From' / 'Dorms From' + '€68.40' (or 'No privates available' / 'No dorms available'); an app-download promo after the 6th and a Hoscars promo after the 14th card; nav.pagination '‹ 1 2 3 ›' over &page=N; SEO links, footer, the OneTrust banner (Cookie Settings / Reject All / Accept All Cookies) and window.__NUXT__ (the page's properties with ratings on a 0–100 scale). 20 + 20 + 8 properties. Written down: title, url (the details path without the dates query), type, distance, rating, rating_text, review_count (absent for new ones), dorm_price, private_price (absent where not available), currency, facilities.",
    )
    pages = chunks(BK_PROPERTIES, [BK_PER_PAGE, BK_PER_PAGE, len(BK_PROPERTIES) - 2 * BK_PER_PAGE])
    first = 0
    for number, batch in enumerate(pages, 1):
        s.list_page(f"pwa/s@{BK_QUERY}&page={number}", _bk_page(number, len(pages), batch, first))
        first += len(batch)
    for prop in BK_PROPERTIES:
        name, _, kind, rating, reviews, km, dorm, private, facilities, _ = prop
        s.expect(
            {
                "title": name,
                "url": _bk_url(prop),
                "type": kind,
                "distance": f"{km:.1f}km from city centre",
                "rating": rating,
                "rating_text": None if rating is None else _bk_keyword(rating),
                "review_count": None if rating is None else reviews,
                "dorm_price": dorm,
                "private_price": private,
                "currency": "EUR",
                "facilities": facilities,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# listenbury: an audiobook store's search (Audible UK 2024–25 search page), 'cosy mystery', 20 a page.
# ---------------------------------------------------------------------------------------------------

LB_KEYWORDS = "keywords=cosy+mystery"
LB_PER_PAGE = 20
LB_QID = "1741956000"
#: (title, subtitle, author, narrators, series, book number, hours, minutes, release day, rating (None: not rated
#: yet), ratings, price, in the membership catalogue)
LbBook = tuple[str, str | None, str, list[str], str | None, int | None, int, int, str, float | None, int, float, bool]
LB_BOOKS: list[LbBook] = [
    (
        "The Vicarage Fête Murders",
        None,
        "Harriet Lomax",
        ["Rosalind Pryce"],
        "The Little Dunmow Mysteries",
        1,
        9,
        14,
        "2024-06-13",
        4.5,
        3214,
        18.99,
        True,
    ),
    (
        "Death at the Tearooms",
        "A Cornish Cosy Mystery",
        "Penny Tregarthen",
        ["Morwenna Hale"],
        "Polcarrow Bay Mysteries",
        3,
        7,
        42,
        "2025-01-09",
        4.5,
        1187,
        14.39,
        False,
    ),
    (
        "Murder on the Allotment",
        None,
        "Geraldine Fosse",
        ["Simon Ashdown"],
        None,
        None,
        8,
        5,
        "2023-09-28",
        4.0,
        902,
        16.99,
        True,
    ),
    (
        "A Body in the Bookshop",
        "The Hay-on-Wye Mysteries, Book 2",
        "Margot Ellery",
        ["Bethan Lloyd"],
        "The Hay-on-Wye Mysteries",
        2,
        10,
        31,
        "2024-11-21",
        4.5,
        2468,
        19.99,
        False,
    ),
    (
        "The Poisoned Pudding",
        None,
        "Agnes Whitlow",
        ["Fenella Crouch", "Roger Manning"],
        "Mrs Pettigrew Investigates",
        4,
        6,
        58,
        "2025-02-27",
        None,
        0,
        12.99,
        False,
    ),
    (
        "Knit One, Kill Two",
        None,
        "Dorothy Pennell",
        ["Sally Brightwell"],
        "The Knitting Circle Mysteries",
        1,
        7,
        3,
        "2022-04-14",
        4.0,
        4371,
        9.99,
        True,
    ),
    (
        "The Lighthouse Keeper's Secret",
        "A Gripping Cosy Crime Novel",
        "Elspeth Mair",
        ["Catriona Bell"],
        None,
        None,
        11,
        12,
        "2024-08-01",
        4.5,
        655,
        21.99,
        False,
    ),
    (
        "Mystery at Mulberry Manor",
        None,
        "Clara Ashworth",
        ["James Holloway"],
        "The Mulberry Manor Mysteries",
        1,
        8,
        47,
        "2023-03-16",
        4.0,
        1529,
        17.49,
        True,
    ),
    (
        "Scones, Scandal and Sudden Death",
        None,
        "Penny Tregarthen",
        ["Morwenna Hale"],
        "Polcarrow Bay Mysteries",
        4,
        7,
        55,
        "2025-03-13",
        None,
        0,
        14.39,
        False,
    ),
    (
        "The Bell Ringer's Last Peal",
        None,
        "Harriet Lomax",
        ["Rosalind Pryce"],
        "The Little Dunmow Mysteries",
        2,
        9,
        36,
        "2024-10-10",
        4.5,
        1873,
        18.99,
        True,
    ),
    (
        "Murder Most Floral",
        "A Garden Centre Mystery",
        "Winifred Crane",
        ["Alison Marsh"],
        "Bloom & Doom Mysteries",
        1,
        6,
        41,
        "2023-05-04",
        3.5,
        388,
        11.99,
        False,
    ),
    (
        "The Canal Boat Killing",
        None,
        "Tobias Wren",
        ["Peter Kearney"],
        "A Narrowboat Mystery",
        2,
        8,
        19,
        "2024-02-22",
        4.0,
        721,
        15.99,
        True,
    ),
    (
        "A Fatal Flutter",
        None,
        "Agnes Whitlow",
        ["Fenella Crouch"],
        "Mrs Pettigrew Investigates",
        1,
        7,
        20,
        "2021-07-08",
        4.5,
        5602,
        9.99,
        True,
    ),
    (
        "The Silent Choir",
        "Book 5 of the Yorkshire Dales Mysteries",
        "Martha Keeling",
        ["David Thwaite"],
        "Yorkshire Dales Mysteries",
        5,
        10,
        8,
        "2024-09-19",
        4.5,
        2011,
        20.99,
        False,
    ),
    (
        "Death by Darjeeling",
        None,
        "Lavinia Hart",
        ["Priya Moss"],
        "The Teashop Detective",
        1,
        7,
        13,
        "2022-11-03",
        4.0,
        3340,
        12.99,
        True,
    ),
    (
        "Murder at the Village Show",
        None,
        "Geraldine Fosse",
        ["Simon Ashdown"],
        None,
        None,
        8,
        29,
        "2025-03-06",
        None,
        0,
        16.99,
        False,
    ),
    (
        "The Beekeeper's Alibi",
        None,
        "Imogen Thrale",
        ["Harriet Vane-Lyle"],
        "The Hive Mysteries",
        3,
        9,
        2,
        "2024-05-30",
        4.0,
        489,
        17.99,
        False,
    ),
    (
        "An Inconvenient Corpse",
        "A 1920s Cosy Mystery",
        "Cecily Forbes-Hamilton",
        ["Rupert Astley"],
        "Lady Evelyn Mysteries",
        1,
        9,
        51,
        "2023-01-26",
        4.5,
        2795,
        19.99,
        True,
    ),
    (
        "The Quiz Night Murders",
        None,
        "Tobias Wren",
        ["Peter Kearney", "Grace Ibbotson"],
        None,
        None,
        6,
        37,
        "2024-12-12",
        4.0,
        318,
        13.99,
        False,
    ),
    (
        "Mince Pies and Murder",
        "A Christmas Cosy Mystery",
        "Dorothy Pennell",
        ["Sally Brightwell"],
        "The Knitting Circle Mysteries",
        6,
        5,
        48,
        "2024-11-07",
        4.5,
        1442,
        9.99,
        True,
    ),
    (
        "Death Comes to Bramble Cottage",
        None,
        "Clara Ashworth",
        ["James Holloway"],
        "The Mulberry Manor Mysteries",
        2,
        8,
        12,
        "2023-10-19",
        4.0,
        1004,
        17.49,
        True,
    ),
    (
        "The Cricket Club Conspiracy",
        None,
        "Hugo Fairbairn",
        ["Nicholas Rowe-Finch"],
        None,
        None,
        10,
        44,
        "2024-07-04",
        3.5,
        267,
        18.49,
        False,
    ),
    (
        "Arsenic and Old Lace Doilies",
        None,
        "Winifred Crane",
        ["Alison Marsh"],
        "Bloom & Doom Mysteries",
        2,
        6,
        55,
        "2023-11-30",
        4.0,
        207,
        11.99,
        False,
    ),
    (
        "The Harbourmaster's Daughter",
        "A Polcarrow Bay Mystery",
        "Penny Tregarthen",
        ["Morwenna Hale"],
        "Polcarrow Bay Mysteries",
        1,
        7,
        28,
        "2022-06-23",
        4.5,
        2856,
        14.39,
        True,
    ),
    (
        "A Murder of Crows",
        None,
        "Imogen Thrale",
        ["Harriet Vane-Lyle"],
        "The Hive Mysteries",
        1,
        8,
        40,
        "2022-09-15",
        4.0,
        1137,
        17.99,
        True,
    ),
    (
        "The Antiques Fair Affair",
        None,
        "Lavinia Hart",
        ["Priya Moss"],
        "The Teashop Detective",
        3,
        7,
        6,
        "2024-03-21",
        4.5,
        1590,
        12.99,
        False,
    ),
    (
        "Who Killed the Mayor of Little Wickham?",
        None,
        "Bernard Quilley",
        ["Bernard Quilley"],
        None,
        None,
        5,
        22,
        "2023-06-08",
        3.5,
        154,
        8.99,
        False,
    ),
    (
        "The Haunting of Hollowmere Hall",
        "A Cosy Paranormal Mystery",
        "Ottilie Vance",
        ["Florence Kemp"],
        "Hollowmere Mysteries",
        1,
        9,
        17,
        "2024-10-24",
        4.0,
        846,
        16.49,
        True,
    ),
    (
        "Death on the Branch Line",
        None,
        "Tobias Wren",
        ["Peter Kearney"],
        "A Narrowboat Mystery",
        1,
        8,
        3,
        "2023-04-20",
        4.5,
        1362,
        15.99,
        True,
    ),
    (
        "The Case of the Missing Marmalade",
        None,
        "Agnes Whitlow",
        ["Fenella Crouch"],
        "Mrs Pettigrew Investigates",
        2,
        6,
        44,
        "2022-02-10",
        4.5,
        3987,
        9.99,
        True,
    ),
    (
        "Fatal Frost",
        "A Yorkshire Dales Mystery",
        "Martha Keeling",
        ["David Thwaite"],
        "Yorkshire Dales Mysteries",
        1,
        9,
        48,
        "2021-11-18",
        4.5,
        6120,
        14.99,
        True,
    ),
    (
        "Murder at the Manor Fête",
        None,
        "Cecily Forbes-Hamilton",
        ["Rupert Astley"],
        "Lady Evelyn Mysteries",
        3,
        10,
        5,
        "2025-02-13",
        None,
        0,
        19.99,
        False,
    ),
    (
        "The Book Club Killer",
        None,
        "Margot Ellery",
        ["Bethan Lloyd"],
        "The Hay-on-Wye Mysteries",
        1,
        9,
        58,
        "2023-08-17",
        4.5,
        3002,
        19.99,
        True,
    ),
    (
        "Dead Man's Handkerchief",
        None,
        "Hugo Fairbairn",
        ["Nicholas Rowe-Finch"],
        None,
        None,
        11,
        26,
        "2022-05-26",
        4.0,
        512,
        18.49,
        False,
    ),
    (
        "A Sprinkle of Suspicion",
        "A Bakery Cosy Mystery",
        "Josie Carrow",
        ["Lily Ambrose"],
        "The Flour Power Mysteries",
        1,
        6,
        18,
        "2024-01-11",
        4.0,
        623,
        10.99,
        True,
    ),
    (
        "The Jam Jar Murders",
        None,
        "Josie Carrow",
        ["Lily Ambrose"],
        "The Flour Power Mysteries",
        2,
        6,
        33,
        "2024-06-27",
        4.0,
        402,
        10.99,
        True,
    ),
    (
        "Death of a Bridge Player",
        None,
        "Geraldine Fosse",
        ["Simon Ashdown"],
        None,
        None,
        7,
        49,
        "2021-09-30",
        4.0,
        1876,
        12.99,
        True,
    ),
    (
        "The Kingfisher Inn Mystery",
        None,
        "Elspeth Mair",
        ["Catriona Bell", "Ewan Rattray"],
        None,
        None,
        12,
        2,
        "2025-01-23",
        4.5,
        97,
        21.99,
        False,
    ),
    (
        "Murder in Miniature",
        "A Dolls' House Mystery",
        "Ottilie Vance",
        ["Florence Kemp"],
        None,
        None,
        7,
        11,
        "2023-12-07",
        3.5,
        233,
        13.49,
        False,
    ),
    (
        "The Verger's Tale",
        None,
        "Harriet Lomax",
        ["Rosalind Pryce"],
        "The Little Dunmow Mysteries",
        3,
        9,
        9,
        "2025-03-20",
        None,
        0,
        18.99,
        False,
    ),
    (
        "Tea and Treachery",
        None,
        "Lavinia Hart",
        ["Priya Moss"],
        "The Teashop Detective",
        2,
        7,
        24,
        "2023-07-13",
        4.5,
        2213,
        12.99,
        True,
    ),
    (
        "Foul Play at the Fun Run",
        None,
        "Bernard Quilley",
        ["Bernard Quilley"],
        None,
        None,
        4,
        57,
        "2024-04-18",
        3.0,
        61,
        8.99,
        False,
    ),
    (
        "The Weather Vane Murders",
        "Book 2 of the Hollowmere Mysteries",
        "Ottilie Vance",
        ["Florence Kemp"],
        "Hollowmere Mysteries",
        2,
        8,
        50,
        "2025-02-06",
        4.5,
        188,
        16.49,
        False,
    ),
    (
        "A Stitch in Crime",
        None,
        "Dorothy Pennell",
        ["Sally Brightwell"],
        "The Knitting Circle Mysteries",
        2,
        7,
        15,
        "2022-08-25",
        4.5,
        2644,
        9.99,
        True,
    ),
    (
        "Homicide at the Hunt Ball",
        None,
        "Cecily Forbes-Hamilton",
        ["Rupert Astley"],
        "Lady Evelyn Mysteries",
        2,
        9,
        38,
        "2024-01-25",
        4.5,
        1705,
        19.99,
        True,
    ),
    (
        "The Last Orders Mystery",
        None,
        "Martha Keeling",
        ["David Thwaite"],
        "Yorkshire Dales Mysteries",
        3,
        9,
        27,
        "2023-02-09",
        4.5,
        3318,
        17.99,
        True,
    ),
]


def _lb_slug(title: str) -> str:
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    words = "".join(c if c.isalnum() or c == " " else " " for c in ascii_title.replace("'", "")).split()
    return "-".join(words)


def _lb_asin(seed: str) -> str:
    alphabet = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"
    digest = int(_hex(f"asin{seed}", 16), 16)
    chars = []
    for _ in range(8):
        digest, rest = divmod(digest, len(alphabet))
        chars.append(alphabet[rest])
    return "B0" + "".join(chars)


def _lb_url(book: LbBook) -> str:
    return f"/pd/{_lb_slug(book[0])}-Audiobook/{_lb_asin(book[0])}"


def _lb_length(hours: int, minutes: int) -> str:
    parts = []
    if hours:
        parts.append(f"{hours} hr{'s' if hours != 1 else ''}")
    if minutes:
        parts.append(f"{minutes} min{'s' if minutes != 1 else ''}")
    return " and ".join(parts)


def _lb_shown_day(day: str) -> str:
    year, month, dom = day.split("-")
    return f"{dom}-{month}-{year[2:]}"


def _lb_series_text(book: LbBook) -> str | None:
    return None if book[4] is None else f"{book[4]}, Book {book[5]}"


def _lb_href(page: int, ref: str) -> str:
    return f"/search?{LB_KEYWORDS}&amp;page={page}&amp;ref={ref}&amp;pf_rd_p={LB_PF_RD_P}"


LB_PF_RD_P = f"{_hex('pfrdp', 8)}-{_hex('pfrdp1', 4)}-{_hex('pfrdp2', 4)}-{_hex('pfrdp3', 4)}-{_hex('pfrdp4', 12)}"


def _lb_tracking(position: int, kind: str, n: int = 1) -> str:
    return f"ref_pageloadid=not_applicable&amp;pf_rd_p={LB_PF_RD_P}&amp;plink={_hex(f'plink{position}{kind}{n}', 16)}&amp;ref=a_search_c3_l{kind}_1_{position}_{n}"


def _lb_stars(rating: float) -> str:
    icons = []
    for n in range(1, 6):
        if rating >= n:
            icons.append(
                '<i aria-hidden="true" class="bc-icon bc-fill-progress bc-icon-star-fill-s1 bc-icon-star-fill bc-size-small bc-color-progress"></i>'
            )
        elif rating >= n - 0.5:
            icons.append(
                '<i aria-hidden="true" class="bc-icon bc-fill-progress bc-icon-star-half-s1 bc-icon-star-half bc-size-small bc-color-progress"></i>'
            )
        else:
            icons.append(
                '<i aria-hidden="true" class="bc-icon bc-fill-base bc-icon-star-empty-s1 bc-icon-star-empty bc-size-small bc-color-base"></i>'
            )
    return "".join(icons)


def _lb_item(book: LbBook, position: int) -> str:
    title, subtitle, author, narrators, series, number, hours, minutes, day, rating, count, price, member = book
    asin = _lb_asin(title)
    href = f"{_lb_url(book)}?qid={LB_QID}&amp;sr=1-{position}&amp;{_lb_tracking(position, 'Product')}"
    cover = f"https://m.media-listenbury.test/images/I/{_hex('cover' + title, 11)}._SL500_.jpg"
    author_link = f'<a class="bc-link bc-color-link" tabindex="0" href="/author/{_lb_slug(author)}/{_lb_asin("author" + author)}?{_lb_tracking(position, "Author")}">{esc(author)}</a>'
    narrator_links = ", ".join(
        f'<a class="bc-link bc-color-link" tabindex="0" href="/search?searchNarrator={name.replace(" ", "+")}&amp;{_lb_tracking(position, "Narrator", n)}">{esc(name)}</a>'
        for n, name in enumerate(narrators, 1)
    )
    subtitle_html = (
        f'<li class="bc-list-item subtitle"><span class="bc-text bc-size-base bc-color-secondary">{esc(subtitle)}</span></li>'
        if subtitle
        else ""
    )
    series_html = (
        f'<li class="bc-list-item seriesLabel"><span class="bc-text bc-size-small bc-color-secondary">Series: <a class="bc-link bc-color-link" tabindex="0" href="/series/{_lb_slug(series)}-Audiobooks/{_lb_asin("series" + series)}?{_lb_tracking(position, "Series")}">{esc(series)}</a>, Book {number}</span></li>'
        if series
        else ""
    )
    if rating is None:
        rating_html = '<li class="bc-list-item ratingsLabel"><span class="bc-text bc-size-small bc-color-secondary">Not rated yet</span></li>'
    else:
        rating_html = f'<li class="bc-list-item ratingsLabel"><span aria-hidden="true" class="bc-text bc-pub-offscreen">{rating:g} out of 5 stars</span>{_lb_stars(rating)}<span class="bc-text bc-pub-offscreen">{rating:g} out of 5 stars</span><span class="bc-text bc-size-small bc-color-secondary">{count:,} rating{"s" if count != 1 else ""}</span></li>'
    member_html = (
        '<div class="bc-row-responsive bc-spacing-top-s1"><span class="bc-badge bc-badge-tag bc-badge-tag-small bc-color-background-base"><span class="bc-text bc-badge-text bc-size-mini bc-color-base">Included in Membership</span></span></div>'
        if member
        else ""
    )
    sample = f"https://samples.listenbury.test/bk/adbl/{int(_hex('s' + title, 6), 16) % 900000 + 100000:06d}/bk_adbl_{int(_hex('s' + title, 6), 16) % 900000 + 100000:06d}_sample.mp3"
    return f"""<li class="bc-list-item productListItem" id="product-list-item-{asin}" aria-label="{esc(title)}">
<div class="bc-row-responsive bc-spacing-top-s2">
<div class="bc-col-responsive bc-col-10">
<div class="bc-row-responsive">
<div class="bc-col-responsive bc-spacing-top-none bc-col-2"><div class="bc-row-responsive bc-spacing-none bc-spacing-top-none bc-spacing-medium-top-s2"><a class="bc-link bc-color-link" tabindex="-1" href="{href}"><img class="bc-pub-block bc-image-inset-border js-only-element" src="{cover}" alt="{esc(title)} audiobook cover art" width="500" height="500" loading="lazy"></a></div></div>
<div class="bc-col-responsive bc-col-6">
<div class="bc-row-responsive bc-spacing-none"><div class="bc-col-responsive bc-col-12"><span class="bc-pub-offscreen">Audiobook</span>
<ul class="bc-list bc-list-nostyle">
<li class="bc-list-item"><h3 class="bc-heading bc-color-link bc-pub-break-word bc-size-medium"><a class="bc-link bc-color-link" tabindex="0" href="{href}">{esc(title)}</a></h3></li>
{subtitle_html}
<li class="bc-list-item authorLabel"><span class="bc-text bc-size-small bc-color-secondary">By: {author_link}</span></li>
<li class="bc-list-item narratorLabel"><span class="bc-text bc-size-small bc-color-secondary">Narrated by: {narrator_links}</span></li>
{series_html}
<li class="bc-list-item runtimeLabel"><span class="bc-text bc-size-small bc-color-secondary">Length: {_lb_length(hours, minutes)}</span></li>
<li class="bc-list-item releaseDateLabel"><span class="bc-text bc-size-small bc-color-secondary">Release date:  {_lb_shown_day(day)}</span></li>
<li class="bc-list-item languageLabel"><span class="bc-text bc-size-small bc-color-secondary">Language: English</span></li>
{rating_html}
</ul>{member_html}
</div></div>
</div>
</div>
</div>
<div class="bc-col-responsive bc-col-2">
<div id="adbl-buy-box-area-{asin}" class="adbl-buy-box-area">
<p id="buybox-regular-price-{asin}" class="bc-text buybox-regular-price bc-spacing-none bc-size-base bc-color-base"><span class="bc-text bc-size-base bc-color-secondary">Regular price: </span><span class="bc-text bc-size-base bc-color-base">£{price:.2f}</span></p>
<div class="bc-row-responsive bc-spacing-top-s1"><span class="bc-button bc-button-primary bc-button-small"><a class="bc-button-text" href="/freetrial?asin={asin}&amp;source_code=ADBFT30D0402" role="button"><span class="bc-text bc-button-text-inner bc-size-action-small">Try for £0.00</span></a></span></div>
<form method="post" action="/cart/ajax/add?asin={asin}" class="adbl-add-to-cart-form"><input type="hidden" name="asin" value="{asin}"><input type="hidden" name="token" value="{_hex("tok" + asin, 32)}"><span class="bc-button bc-button-secondary bc-button-small"><button class="bc-button-text" type="submit"><span class="bc-text bc-button-text-inner bc-size-action-small">Add to basket</span></button></span></form>
<span class="bc-button bc-button-simple bc-button-small"><button class="bc-button-text" type="button" aria-label="Add to Wish List: {esc(title)}"><span class="bc-text bc-button-text-inner bc-size-action-small">Add to Wish List</span></button></span>
<div class="adblBuyBoxSample"><button class="bc-button-text" type="button" data-mp3="{sample}" aria-label="Play sample of {esc(title)}"><i class="bc-icon bc-icon-play-s1" aria-hidden="true"></i>Sample</button></div>
</div>
</div>
</div>
</li>"""


def _lb_promo() -> str:
    return """<li class="bc-list-item adbl-search-promo" data-widget="membership-upsell"><div class="bc-box bc-box-padding-base bc-color-background-tertiary"><h3 class="bc-heading bc-size-base">Listen free for 30 days</h3><p class="bc-text bc-size-small">Members get 1 credit every month to pick any title, plus unlimited listening to thousands of included audiobooks and podcasts. £8.99/month after 30 days. Cancel anytime.</p><span class="bc-button bc-button-primary bc-button-small"><a class="bc-button-text" href="/ep/freetrial?source_code=ADBSRP30D0309&amp;ref=a_search_c5_upsell" role="button"><span class="bc-text bc-button-text-inner bc-size-action-small">Try for £0.00</span></a></span></div></li>"""


def _lb_pager(number: int, total: int) -> str:
    if number > 1:
        prev = f'<span class="bc-button bc-button-secondary prevButton bc-button-small"><a class="bc-button-text" href="{_lb_href(number - 1, "a_search_c4_pagePrev")}" aria-label="Previous page" role="button"><span class="bc-text bc-button-text-inner bc-size-action-small"><i aria-hidden="true" class="bc-icon bc-fill-base bc-icon-chevron-left-s2 bc-icon-chevron-left bc-size-small bc-color-base"></i></span></a></span>'
    else:
        prev = '<span class="bc-button bc-button-secondary prevButton bc-button-disabled bc-button-small"><button class="bc-button-text" disabled type="button" aria-label="Previous page"><span class="bc-text bc-button-text-inner bc-size-action-small"><i aria-hidden="true" class="bc-icon bc-fill-base bc-icon-chevron-left-s2 bc-icon-chevron-left bc-size-small bc-color-base"></i></span></button></span>'
    if number < total:
        nxt = f'<span class="bc-button bc-button-secondary nextButton bc-button-small"><a class="bc-button-text" href="{_lb_href(number + 1, "a_search_c4_pageNext")}" aria-label="Next page" role="button"><span class="bc-text bc-button-text-inner bc-size-action-small"><i aria-hidden="true" class="bc-icon bc-fill-base bc-icon-chevron-right-s2 bc-icon-chevron-right bc-size-small bc-color-base"></i></span></a></span>'
    else:
        nxt = '<span class="bc-button bc-button-secondary nextButton bc-button-disabled bc-button-small"><button class="bc-button-text" disabled type="button" aria-label="Next page"><span class="bc-text bc-button-text-inner bc-size-action-small"><i aria-hidden="true" class="bc-icon bc-fill-base bc-icon-chevron-right-s2 bc-icon-chevron-right bc-size-small bc-color-base"></i></span></button></span>'
    pages = "".join(
        f'<li class="bc-list-item bc-spacing-s0_5 bc-spacing-top-none"><span class="bc-text bc-pub-offscreen">Current page</span><span class="bc-text pageNumberElement bc-size-base bc-color-base" aria-current="page">{page}</span></li>'
        if page == number
        else f'<li class="bc-list-item bc-spacing-s0_5 bc-spacing-top-none"><a class="bc-link refinementFormLink pageNumberElement bc-color-link" aria-label="page {page}" href="{_lb_href(page, f"a_search_c4_pageNum_{page - 1}")}">{page}</a></li>'
        for page in range(1, total + 1)
    )
    return f"""<div class="bc-row-responsive bc-spacing-top-s3"><div class="bc-col-responsive bc-col-12"><div class="bc-row-responsive bc-spacing-none"><ul class="bc-list pagingElements bc-list-nostyle bc-spacing-none">
<li class="bc-list-item bc-spacing-s0_5 bc-spacing-top-none">{prev}</li>{pages}<li class="bc-list-item bc-spacing-s0_5 bc-spacing-top-none">{nxt}</li>
</ul></div></div></div>"""


LB_FACETS = [
    (
        "Categories",
        [
            ("Mystery, Thriller &amp; Suspense", 41),
            ("Literature &amp; Fiction", 12),
            ("Romance", 3),
            ("Children's Audiobooks", 2),
        ],
    ),
    (
        "Length",
        [("Under 1 hour", 0), ("1 to 3 hours", 0), ("3 to 6 hours", 3), ("6 to 10 hours", 36), ("Over 10 hours", 7)],
    ),
    ("Release date", [("Last 30 days", 4), ("Last 90 days", 9), ("Coming soon", 1)]),
    ("Price", [("Under £10", 9), ("£10 - £15", 15), ("£15 - £20", 19), ("Over £20", 3)]),
    ("Language", [("English", 46)]),
]


def _lb_page(number: int, total: int, books: list[LbBook], first: int) -> str:
    rows = []
    for i, book in enumerate(books):
        rows.append(_lb_item(book, first + i + 1))
        if i == 7 and number < total:
            rows.append(_lb_promo())
    facets = "".join(
        f'<div class="bc-section bc-spacing-top-s2"><h2 class="bc-heading bc-size-base">{name}</h2><ul class="bc-list bc-list-nostyle">'
        + "".join(
            f'<li class="bc-list-item"><a class="bc-link refinementFormLink bc-color-base" href="/search?{LB_KEYWORDS}&amp;{name.lower().replace(" ", "_")}={n}&amp;ref=a_search_l1_feature_{n}">{label} <span class="bc-text bc-color-secondary">({count})</span></a></li>'
            for n, (label, count) in enumerate(values)
            if count
        )
        + "</ul></div>"
        for name, values in LB_FACETS
    )
    last = first + len(books)
    return f"""<!DOCTYPE html>
<html lang="en-GB" class="a-no-js">
<head>
<script>var ue_t0=ue_t0||+new Date();</script>
<meta charset="utf-8">
<title>Search results for cosy mystery | Listenbury.co.uk</title>
<meta name="robots" content="noindex">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="https://www.listenbury.test/search?{LB_KEYWORDS}">
<link rel="stylesheet" href="https://m.media-listenbury.test/images/G/02/audibleweb/css/bc-core-{_hex("bccss", 8)}.css">
<link rel="stylesheet" href="https://m.media-listenbury.test/images/G/02/audibleweb/css/search-page-{_hex("srcss", 8)}.css">
<script>window.ue_ihb = (window.ue_ihb || window.ueinit || 0) + 1; var ue_id = "{_hex(f"ueid{number}", 20).upper()}", ue_mid = "A2I9A3Q2GNFNGQ", ue_sn = "www.listenbury.test", ue_furl = "fls-eu.listenbury.test";</script>
<script src="https://m.media-listenbury.test/images/G/01/AUIClients/AudibleWebAssets-{_hex("assets", 10)}.min.js" defer></script>
</head>
<body class="a-m-gb a-aui_72554-c a-aui_template_weblab_cache_333406-c">
<div id="sp-cc" class="adbl-cookie-consent" role="region" aria-label="Cookie preferences"><div id="sp-cc-wrapper"><div class="sp-cc-text"><h2 class="bc-heading bc-size-medium">Select your cookie preferences</h2><p class="bc-text bc-size-small">We use cookies and similar tools that are necessary to enable you to make purchases, to enhance your shopping experiences and to provide our services, as detailed in our <a href="/legal/cookies">Cookie notice</a>. We also use these cookies to understand how customers use our services (for example, by measuring site visits) so we can make improvements.</p><p class="bc-text bc-size-small">If you agree, we'll also use cookies to complement your shopping experience across the Listenbury stores as described in our Cookie notice. Your choice applies to using first-party and third-party advertising cookies on this service.</p></div><form id="sp-cc-form" method="post" action="/privacyprefs/consent"><span class="bc-button bc-button-primary"><button id="sp-cc-accept" class="bc-button-text" type="submit" name="accept" value="all">Accept cookies</button></span><span class="bc-button bc-button-secondary"><button id="sp-cc-rejectall-link" class="bc-button-text" type="submit" name="accept" value="none">Decline</button></span><a id="sp-cc-customize" class="bc-link" href="/privacyprefs/preferences">Customise cookies</a></form></div></div>
<div id="top-0" class="adbl-header"><header class="bc-container"><div class="bc-row-responsive"><a class="adbl-logo" href="/?ref_pageloadid=not_applicable&amp;ref=a_search_t1_navLogo" aria-label="Listenbury.co.uk Home"><svg width="113" height="34" role="img"><title>Listenbury</title><path d="M0 0h113v34H0z"/></svg></a>
<nav class="ui-it-header-nav" aria-label="Main"><a class="bc-link" href="/ep/freetrial?ref=a_search_t1_header_0">Try Listenbury free</a><a class="bc-link" href="/categories?ref=a_search_t1_header_1">Browse</a><a class="bc-link" href="/ep/membership?ref=a_search_t1_header_2">Membership</a><a class="bc-link" href="/help?ref=a_search_t1_header_3">Help</a><a class="bc-link" href="/signin?ref=a_search_t1_header_4">Sign in</a></nav>
<form id="header-search-form" class="adbl-search-form" action="/search" method="get" role="search"><label class="bc-pub-offscreen" for="header-search">Search</label><input id="header-search" type="search" name="keywords" value="cosy mystery" placeholder="Find your next great listen" autocomplete="off" class="bc-input ui-it-search-input"><button type="submit" class="bc-button-text" aria-label="Submit search"><i aria-hidden="true" class="bc-icon bc-icon-search-s2"></i></button></form>
</div></header></div>
<div class="adbl-main">
<div id="center-0" class="bc-container bc-spacing-top-s2"><div class="bc-row-responsive"><h1 class="bc-heading bc-color-base bc-size-extra-large">Results for "cosy mystery"</h1></div>
<div class="bc-row-responsive bc-spacing-top-s1"><div class="bc-col-responsive bc-col-12"><div class="bc-box bc-box-padding-small bc-color-background-secondary adbl-search-banner"><span class="bc-text bc-size-small">New members: get your first audiobook free, then 1 credit a month. <a class="bc-link" href="/ep/freetrial?source_code=ADBSRB30D0309">Learn more</a></span></div></div></div>
</div>
<div id="center-1" class="bc-container"><div class="bc-row-responsive">
<div class="bc-col-responsive bc-col-3"><div class="adbl-search-refinements"><h2 class="bc-heading bc-size-medium">Refine results</h2><div class="bc-section"><label class="bc-checkbox"><input type="checkbox" name="feature_six_browse-bin" value="18685580031"> <span class="bc-text">Included in Membership</span></label></div>{facets}</div></div>
<div class="bc-col-responsive bc-col-9">
<div class="bc-row-responsive bc-spacing-s1"><div class="bc-col-responsive bc-col-6"><span class="bc-text bc-size-base bc-color-base">{first + 1} - {last} of {len(LB_BOOKS)} results</span></div>
<div class="bc-col-responsive bc-col-6 bc-text-right"><form action="/search" method="get" class="adbl-sort-form"><input type="hidden" name="keywords" value="cosy mystery"><label for="sort-by" class="bc-label-wrapper"><span class="bc-text bc-size-small">Sort by</span></label><span class="bc-dropdown bc-dropdown-small"><select id="sort-by" name="sort" class="bc-input bc-input-small"><option value="" selected>Relevance</option><option value="popularity-rank">Popularity</option><option value="pubdate-desc-rank">Release date</option><option value="price-asc-rank">Price – low to high</option><option value="price-desc-rank">Price – high to low</option><option value="review-rank">Avg. customer rating</option></select></span></form></div></div>
<div class="adbl-impression-container"><div id="product-list-a11y-skiplink-target"><span class="bc-pub-offscreen" tabindex="-1">Search results</span>
<ul class="bc-list bc-spacing-none bc-spacing-top-s1">
{chr(10).join(rows)}
</ul></div></div>
{_lb_pager(number, total)}
</div>
</div></div>
</div>
<footer class="adbl-footer bc-container"><div class="bc-row-responsive"><ul class="bc-list bc-list-nostyle"><li class="bc-list-item"><a class="bc-link" href="/legal/conditions-of-use">Conditions of Use</a></li><li class="bc-list-item"><a class="bc-link" href="/legal/privacy-notice">Privacy Notice</a></li><li class="bc-list-item"><a class="bc-link" href="/legal/cookies">Cookies Notice</a></li><li class="bc-list-item"><a class="bc-link" href="/legal/interest-based-ads">Interest-Based Ads</a></li></ul><p class="bc-text bc-size-mini bc-color-secondary">© Copyright 1997 - 2025 Listenbury Ltd or its affiliates</p></div></footer>
<script>P.when("search-page", "ready").execute(function (page) {{ page.init({{"keywords": "cosy mystery", "page": {number}, "pageSize": {LB_PER_PAGE}, "total": {len(LB_BOOKS)}}}); }});</script>
<script>var ue_t1 = +new Date(); window.ue_ihe = (window.ue_ihe || 0) + 1;</script>
</body>
</html>"""


@twentyninth
def build_listenbury() -> None:
    s = Site(
        "listenbury",
        kind="audiobook store search results (Audible UK 2024–25 search page: Amazon-style 'Select your cookie preferences' banner, header with search box, a membership banner, refine-results facet column, '1 - 20 of 46 results', sort select; ul.bc-list of li.bc-list-item.productListItem rows: cover link, h3.bc-heading title link to /pd/<Slug>-Audiobook/<ASIN>?qid=…, optional li.subtitle, li.authorLabel 'By:', li.narratorLabel 'Narrated by:' with one or two links, optional li.seriesLabel 'Series: <a>…</a>, Book 2', li.runtimeLabel 'Length: 9 hrs and 14 mins', li.releaseDateLabel 'Release date:  13-06-24' (dd-mm-yy), li.languageLabel, li.ratingsLabel '4.5 out of 5 stars' + star icons + '3,214 ratings' or 'Not rated yet'; buy box 'Regular price: £18.99', 'Try for £0.00', Add to basket, sample button; a membership promo row after the 8th result on pages 1–2; ul.pagingElements with prev / next buttons and a.pageNumberElement links over &page=N&ref=…)",
        start=f"search?{LB_KEYWORDS}",
        description="An audiobook store's search for 'cosy mystery', copied from Audible UK's 2024–25 search page as a logged-out visitor gets it (relevance order, 20 a page): head with the ue_ timing scripts, noindex and a canonical; the 'Select your cookie preferences' banner (Accept cookies / Decline / Customise cookies); the header (logo, Try free / Browse / Membership / Help / Sign in, the search box holding the query); h1 'Results for \"cosy mystery\"' and a new-member banner; a Refine results column (Included in Membership checkbox, Categories / Length / Release date / Price / Language links with counts); '1 - 20 of 46 results' and a Sort by select; ul.bc-list of li.bc-list-item.productListItem[id=product-list-item-<ASIN>][aria-label=title]: a cover link, h3.bc-heading > a title link to /pd/<Title-Slug>-Audiobook/<ASIN>?qid=…&sr=1-N&…&ref=a_search_c3_lProduct_1_N_1, an optional li.subtitle, li.authorLabel 'By: ' + an /author/ link, li.narratorLabel 'Narrated by: ' + one or two /search?searchNarrator= links joined by ', ', an optional li.seriesLabel 'Series: ' + a /series/ link + ', Book 3', li.runtimeLabel 'Length: 9 hrs and 14 mins', li.releaseDateLabel 'Release date:  13-06-24' (day-month-two-digit-year), li.languageLabel 'Language: English', li.ratingsLabel (an offscreen '4.5 out of 5 stars' twice around five star icons, '3,214 ratings'; 'Not rated yet' on new titles), an 'Included in Membership' badge on some; the buy box ('Regular price: £18.99', Try for £0.00, Add to basket form, Add to Wish List, a sample button with data-mp3); a membership upsell li after the 8th result on pages 1 and 2 (not a record); ul.pagingElements (prevButton / nextButton, the current page as a span, a.refinementFormLink.pageNumberElement links /search?keywords=cosy+mystery&page=N&ref=a_search_c4_pageNum_<N-1>&pf_rd_p=…, next / previous with ref=a_search_c4_pageNext / pagePrev); the footer and a P.when init script. 20 + 20 + 6 audiobooks. Written down: title, url (the /pd/ path without the query), subtitle (where shown), author, narrators (list), series (as shown after 'Series: '), length (as shown), date (release), rating, rating_count (absent when not rated), price, currency.",
    )
    pages = chunks(LB_BOOKS, [LB_PER_PAGE, LB_PER_PAGE, len(LB_BOOKS) - 2 * LB_PER_PAGE])
    first = 0
    for number, batch in enumerate(pages, 1):
        html = _lb_page(number, len(pages), batch, first)
        first += len(batch)
        # Every href the pager gives this page: the numbered link, and Next (from the page before) / Prev (after).
        kinds = ["Next"] * (number > 1) + ["Prev"] * (number < len(pages))
        variants = [f"{LB_KEYWORDS}&page={number}&ref=a_search_c4_pageNum_{number - 1}&pf_rd_p={LB_PF_RD_P}"]
        variants += [f"{LB_KEYWORDS}&page={number}&ref=a_search_c4_page{kind}&pf_rd_p={LB_PF_RD_P}" for kind in kinds]
        if number == 1:
            s.list_page(f"search@{LB_KEYWORDS}", html)
        else:
            s.list_page(f"search@{variants.pop(0)}", html)
        for query in variants:
            s.write(f"search@{query}", html)
    for book in LB_BOOKS:
        title, subtitle, author, narrators, _, _, hours, minutes, day, rating, count, price, _ = book
        s.expect(
            {
                "title": title,
                "url": _lb_url(book),
                "subtitle": subtitle,
                "author": author,
                "narrators": narrators,
                "series": _lb_series_text(book),
                "length": _lb_length(hours, minutes),
                "date": day,
                "rating": rating,
                "rating_count": None if rating is None else count,
                "price": price,
                "currency": "GBP",
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in TWENTYNINTH.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
