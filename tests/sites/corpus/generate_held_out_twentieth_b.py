"""Twentieth wave (b) of HELD-OUT corpus sites (issue #3), frozen before anybody measured the Scout on them.

* **fedjournal** — a government gazette's document search (the US Federal Register's /documents/search, 2024–25).
* **bandfold-music** — a music store's search results as served without scripts (Bandcamp /search, 2024–25).
* **nupkgfind** — a package registry's search results (the NuGet Gallery /packages?q=…, 2024–25).

Run ``uv run python tests/sites/corpus/generate_held_out_twentieth_b.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``). Every site here is **frozen**: never open its pages, expected
records or per-field results while working on the Scout.
"""

# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate import FROZEN, ROOT, Site, chunks, esc, slug

FROZEN |= {"fedjournal", "bandfold-music", "nupkgfind"}

TWENTIETH_B: dict[str, Callable[[], None]] = {}


def twentieth_b(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    TWENTIETH_B[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _hex(seed: str, length: int) -> str:
    """A stable pseudo-random hex string (ids, hashes, signatures)."""
    return hashlib.sha256(seed.encode()).hexdigest()[:length]


def _num(seed: str, low: int, high: int) -> int:
    """A stable pseudo-random integer in [low, high]."""
    return low + int(_hex(seed, 12), 16) % (high - low + 1)


def _us_day(day: date) -> str:
    return day.strftime("%m/%d/%Y")


# ---------------------------------------------------------------------------------------------------
# fedjournal (FROZEN): the Federal Register's document search, newest first, 12 results a page
# ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FrDoc:
    """One Federal Register document as a search result shows it."""

    kind: str
    title: str
    agencies: tuple[str, ...]
    day: date
    abstract: str | None
    pages: int
    comments_close: date | None = None
    significant: bool = False

    @property
    def number(self) -> str:
        return f"{self.day.year}-{self.day.timetuple().tm_yday * 61 + _num(self.title, 0, 58):05d}"

    @property
    def url(self) -> str:
        return f"/documents/{self.day.year}/{self.day.month:02d}/{self.day.day:02d}/{self.number}/{slug(self.title)[:90].rstrip('-')}"


EPA = "Environmental Protection Agency"
FR_DOCS = [
    FrDoc(
        "Proposed Rule",
        "National Primary Drinking Water Regulations for Lead and Copper: Extension of the Compliance Date for Service Line Inventories",
        (EPA,),
        date(2025, 3, 14),
        "The Environmental Protection Agency (EPA) is proposing to extend by one year the date by which community and non-transient non-community water systems must submit an updated inventory of lead, galvanized requiring replacement and unknown service lines. EPA is not proposing to change any other requirement of the Lead and Copper Rule Improvements.",
        14,
        date(2025, 5, 13),
        True,
    ),
    FrDoc(
        "Notice",
        "Meeting of the National Drinking Water Advisory Council",
        (EPA,),
        date(2025, 3, 13),
        "Under the Federal Advisory Committee Act, the Environmental Protection Agency (EPA) gives notice of a virtual meeting of the National Drinking Water Advisory Council (NDWAC). The Council will discuss the implementation of the Consumer Confidence Report Rule revisions and receive updates on emerging contaminants.",
        2,
    ),
    FrDoc(
        "Notice",
        "Agency Information Collection Activities; Submission to the Office of Management and Budget for Review and Approval; Comment Request; Consumer Confidence Reports for Public Water Systems (Renewal)",
        (EPA,),
        date(2025, 3, 12),
        "The Environmental Protection Agency (EPA) has submitted an information collection request (ICR), Consumer Confidence Reports for Public Water Systems (EPA ICR Number 1720.13, OMB Control Number 2040-0205), to the Office of Management and Budget (OMB) for review and approval in accordance with the Paperwork Reduction Act.",
        3,
        date(2025, 4, 11),
    ),
    FrDoc(
        "Rule",
        "Fluopyram; Pesticide Tolerances",
        (EPA,),
        date(2025, 3, 11),
        "This regulation establishes tolerances for residues of fluopyram in or on multiple commodities that are identified and discussed later in this document. The Interregional Research Project Number 4 (IR-4) requested these tolerances under the Federal Food, Drug, and Cosmetic Act (FFDCA).",
        7,
    ),
    FrDoc(
        "Proposed Rule",
        "Revised Definition of “Waters of the United States”; Tribal and State Co-Regulator Listening Sessions",
        ("Engineers Corps", EPA),
        date(2025, 3, 10),
        "The Department of the Army, Corps of Engineers, and the Environmental Protection Agency are announcing listening sessions for Tribes and States on the definition of “waters of the United States” under the Clean Water Act, including how the definition interacts with source water protection for public drinking water supplies.",
        4,
        date(2025, 4, 24),
    ),
    FrDoc(
        "Notice",
        "Draft Toxicological Profile for Perfluoroalkyls; Request for Comments",
        ("Agency for Toxic Substances and Disease Registry",),
        date(2025, 3, 7),
        "The Agency for Toxic Substances and Disease Registry (ATSDR), within the Department of Health and Human Services (HHS), announces the opening of a docket to obtain comments on the updated Draft Toxicological Profile for Perfluoroalkyls, including new data on exposure through drinking water.",
        3,
        date(2025, 6, 5),
    ),
    FrDoc("Notice", "Environmental Impact Statements; Notice of Availability", (EPA,), date(2025, 3, 7), None, 1),
    FrDoc(
        "Notice",
        "Fiscal Year 2025 Allotments for the Drinking Water State Revolving Fund",
        (EPA,),
        date(2025, 3, 6),
        "The Environmental Protection Agency (EPA) announces the allotment of fiscal year 2025 appropriations for the Drinking Water State Revolving Fund to the States, the District of Columbia, the territories and American Indian and Alaska Native water systems.",
        5,
    ),
    FrDoc(
        "Presidential Document",
        "Delegation of Functions and Authority Under Section 1433 of the Safe Drinking Water Act",
        ("Executive Office of the President",),
        date(2025, 3, 5),
        None,
        1,
    ),
    FrDoc(
        "Notice",
        "Tentative Approval of Public Water System Supervision Program Revisions for the State of Montana",
        (EPA,),
        date(2025, 3, 4),
        "Notice is hereby given that the State of Montana has revised its Public Water System Supervision (PWSS) program by adopting regulations that correspond to the Revised Total Coliform Rule. The Environmental Protection Agency (EPA) has determined that these revisions are no less stringent than the corresponding Federal regulations.",
        2,
        date(2025, 4, 3),
    ),
    FrDoc(
        "Notice",
        "Bottled Water; Arsenic; Small Entity Compliance Guide; Availability",
        ("Food and Drug Administration",),
        date(2025, 3, 3),
        "The Food and Drug Administration (FDA or we) is announcing the availability of a guidance for industry entitled “Bottled Water: Arsenic; Small Entity Compliance Guide.” The small entity compliance guide (SECG) is intended to help small entities comply with the final rule on the allowable level of arsenic in bottled water.",
        2,
    ),
    FrDoc(
        "Proposed Rule",
        "Water and Waste Disposal Loans and Grants Program: Revisions to Eligibility for Drinking Water Systems in Persistent Poverty Counties",
        ("Agriculture Department", "Rural Utilities Service"),
        date(2025, 2, 28),
        "The Rural Utilities Service (RUS), an agency of the United States Department of Agriculture (USDA) Rural Development, proposes to amend the regulations of the Water and Waste Disposal Loans and Grants program to give priority to drinking water projects serving persistent poverty counties.",
        11,
        date(2025, 4, 29),
    ),
    FrDoc(
        "Notice",
        "Proposed Data Collection Submitted for Public Comment and Recommendations; Waterborne Disease and Outbreak Surveillance System",
        ("Centers for Disease Control and Prevention",),
        date(2025, 2, 27),
        "The Centers for Disease Control and Prevention (CDC), as part of its continuing effort to reduce public burden and maximize the utility of government information, invites the general public and other Federal agencies the opportunity to comment on a continuing information collection on waterborne disease outbreaks associated with drinking water and recreational water.",
        3,
        date(2025, 4, 28),
    ),
    FrDoc(
        "Rule",
        "Underground Injection Control Program; Class VI Primacy Application for the State of Arizona",
        (EPA,),
        date(2025, 2, 26),
        "The Environmental Protection Agency (EPA) is approving the State of Arizona's application to implement an Underground Injection Control program for Class VI geologic sequestration wells, which protect underground sources of drinking water during the injection of carbon dioxide.",
        9,
        None,
        True,
    ),
    FrDoc(
        "Notice",
        "Science Advisory Board Drinking Water Committee; Notice of Public Meeting",
        (EPA,),
        date(2025, 2, 25),
        "The Environmental Protection Agency (EPA) Science Advisory Board (SAB) Staff Office announces a public meeting of the SAB Drinking Water Committee to review the draft Sixth Contaminant Candidate List.",
        2,
    ),
    FrDoc(
        "Notice",
        "Notice of Availability of the Draft Environmental Assessment for the Drinking Water Treatment Plant at Joint Base Cape Cod, Massachusetts",
        ("Air Force Department",),
        date(2025, 2, 24),
        "The Department of the Air Force is issuing this notice to advise the public of the availability of the Draft Environmental Assessment (EA) for the construction and operation of a granular activated carbon drinking water treatment plant at Joint Base Cape Cod.",
        2,
        date(2025, 3, 26),
    ),
    FrDoc(
        "Notice",
        "Water Infrastructure Finance and Innovation Act (WIFIA) Program: Notice of Funding Availability for Fiscal Year 2025",
        (EPA,),
        date(2025, 2, 21),
        "The Environmental Protection Agency (EPA) is announcing the availability of funds for credit assistance under the Water Infrastructure Finance and Innovation Act (WIFIA) program and soliciting letters of interest from prospective borrowers for projects that improve drinking water and wastewater infrastructure.",
        6,
    ),
    FrDoc(
        "Proposed Rule",
        "Perchlorate: National Primary Drinking Water Regulation",
        (EPA,),
        date(2025, 2, 20),
        "The Environmental Protection Agency (EPA) is proposing a National Primary Drinking Water Regulation (NPDWR) and health-based Maximum Contaminant Level Goal (MCLG) for perchlorate, as required under the Safe Drinking Water Act.",
        38,
        date(2025, 4, 21),
        True,
    ),
    FrDoc(
        "Notice",
        "Agency Information Collection Activities; National Water-Quality Network Cooperator Survey",
        ("Geological Survey",),
        date(2025, 2, 19),
        "In accordance with the Paperwork Reduction Act of 1995, the U.S. Geological Survey (USGS) is proposing a new information collection to survey the Federal, State, Tribal and local cooperators that share data with the National Water-Quality Network.",
        2,
        date(2025, 4, 21),
    ),
    FrDoc(
        "Notice",
        "Tritium in Groundwater at Decommissioning Reactor Sites; Draft Regulatory Issue Summary",
        ("Nuclear Regulatory Commission",),
        date(2025, 2, 14),
        "The U.S. Nuclear Regulatory Commission (NRC) is requesting public comment on a draft regulatory issue summary that informs licensees of the NRC staff's expectations for monitoring tritium in groundwater that may reach drinking water aquifers near decommissioning reactor sites.",
        3,
        date(2025, 3, 17),
    ),
    FrDoc(
        "Notice",
        "Record of Decision for the Arkansas Valley Conduit, Colorado",
        ("Reclamation Bureau",),
        date(2025, 2, 12),
        "The Bureau of Reclamation has issued a Record of Decision on the Arkansas Valley Conduit, a pipeline that will deliver treated drinking water to 39 communities in southeastern Colorado.",
        2,
    ),
    FrDoc(
        "Notice",
        "Tribal Consultation on Sanitation Facilities Construction Priorities",
        ("Indian Health Service",),
        date(2025, 2, 10),
        None,
        1,
    ),
    FrDoc(
        "Rule",
        "National Primary Drinking Water Regulations: Technical Corrections to the PFAS Rule",
        (EPA,),
        date(2025, 2, 7),
        "The Environmental Protection Agency (EPA) is making technical corrections to the National Primary Drinking Water Regulation for per- and polyfluoroalkyl substances (PFAS). These corrections fix typographical errors and incorrect cross-references and do not change any requirement of the rule.",
        3,
    ),
    FrDoc(
        "Notice",
        "Notice of Intent To Prepare an Environmental Impact Statement for the Kettle Falls Regional Water Supply Project",
        ("Reclamation Bureau",),
        date(2025, 2, 5),
        "The Bureau of Reclamation intends to prepare an environmental impact statement for a regional water supply project that would provide a reliable source of drinking water to the communities of Kettle Falls, Colville and Marcus, Washington.",
        3,
        date(2025, 3, 7),
    ),
    FrDoc(
        "Notice",
        "Requests for Nominations of Candidates to the Drinking Water Committee of the Science Advisory Board",
        (EPA,),
        date(2025, 1, 31),
        "The Environmental Protection Agency (EPA) Science Advisory Board (SAB) Staff Office is requesting public nominations of technical experts to serve on the SAB Drinking Water Committee.",
        2,
    ),
    FrDoc(
        "Proposed Rule",
        "Approval of State Underground Injection Control Programs; Texas; Class VI Wells",
        (EPA,),
        date(2025, 1, 29),
        "The Environmental Protection Agency (EPA) proposes to approve the application from the State of Texas to revise its Underground Injection Control program under the Safe Drinking Water Act to include Class VI wells.",
        8,
        date(2025, 3, 31),
    ),
    FrDoc(
        "Notice",
        "Emergency Drinking Water Assistance Following Hurricane Helene; Extension of Cost Share",
        ("Federal Emergency Management Agency",),
        date(2025, 1, 27),
        "The Federal Emergency Management Agency (FEMA) is extending the period of 100 percent Federal funding for emergency protective measures, including the provision of emergency drinking water, in counties of North Carolina designated after Hurricane Helene.",
        2,
    ),
    FrDoc(
        "Rule",
        "Lead and Copper Rule Improvements; Correcting Amendments",
        (EPA,),
        date(2025, 1, 22),
        "The Environmental Protection Agency (EPA) is correcting the final rule titled “National Primary Drinking Water Regulations for Lead and Copper: Improvements (LCRI)”, which appeared in the Federal Register on October 30, 2024.",
        2,
    ),
    FrDoc(
        "Notice",
        "Drinking Water Infrastructure Needs Survey and Assessment; Information Collection Request",
        (EPA,),
        date(2025, 1, 16),
        "The Environmental Protection Agency (EPA) is planning to submit an information collection request (ICR) for the 2026 Drinking Water Infrastructure Needs Survey and Assessment to the Office of Management and Budget (OMB).",
        3,
        date(2025, 3, 17),
    ),
    FrDoc(
        "Notice",
        "Announcement of the Sixth Contaminant Candidate List; Draft",
        (EPA,),
        date(2025, 1, 14),
        "The Safe Drinking Water Act (SDWA) requires the Environmental Protection Agency (EPA) to publish a list of contaminants that are not subject to any proposed or promulgated national primary drinking water regulations, that are known or anticipated to occur in public water systems.",
        16,
        date(2025, 3, 17),
        True,
    ),
    FrDoc(
        "Notice",
        "Safe Drinking Water Act Public Water System Supervision Program Revision for the Navajo Nation",
        (EPA,),
        date(2025, 1, 10),
        None,
        1,
        date(2025, 2, 10),
    ),
    FrDoc(
        "Notice",
        "Meeting of the Drinking Water Subcommittee of the Board of Scientific Counselors",
        ("Environmental Protection Agency", "Office of Research and Development"),
        date(2025, 1, 8),
        "The Environmental Protection Agency (EPA), Office of Research and Development, gives notice of a virtual meeting of the Board of Scientific Counselors Drinking Water Subcommittee.",
        1,
    ),
]
FR_SIZES = [12, 12, 8]
FR_QUERY = "conditions%5Bterm%5D=drinking+water&order=newest"
FR_START_PAGE = 1480


def _fr_href(number: int) -> str:
    return f"/documents/search?{FR_QUERY}" + ("" if number == 1 else f"&page={number}")


def _fr_agencies_html(agencies: tuple[str, ...]) -> str:
    links = [f'<a href="/agencies/{slug(a)}">{esc(a)}</a>' for a in agencies]
    if len(links) == 1:
        return f"the {links[0]}"
    return "the " + ", the ".join(links[:-1]) + f" and the {links[-1]}"


def _fr_citations() -> dict[str, tuple[int, int]]:
    """FR page numbers grow with the publication day (older documents have lower pages)."""
    at, out = FR_START_PAGE, {}
    for doc in sorted(FR_DOCS, key=lambda d: (d.day, d.title)):
        at += _num(doc.title + "gap", 150, 420)
        out[doc.title] = (at, at + doc.pages - 1)
        at += doc.pages
    return out


FR_PAGES = _fr_citations()


def _fr_result(doc: FrDoc, rank: int) -> str:
    first, last = FR_PAGES[doc.title]
    article = "An" if doc.kind[0] in "AEIOU" else "A"
    kind_slug = {"Rule": "RULE", "Proposed Rule": "PRORULE", "Notice": "NOTICE", "Presidential Document": "PRESDOCU"}[
        doc.kind
    ]
    page_text = f"{first}" if first == last else f"{first}-{last}"
    pages = "1 page" if doc.pages == 1 else f"{doc.pages} pages"
    abstract = f'\n      <p class="description">{esc(doc.abstract)}</p>' if doc.abstract else ""
    comments = ""
    if doc.comments_close:
        comments = f'\n      <p class="comment-period"><span class="icon-fr2 icon-fr2-comment" aria-hidden="true"></span> Comments close on <a href="{doc.url}#open-comment">{_us_day(doc.comments_close)}</a></p>'
    significant = (
        '<span class="significant-flag" data-tooltip="This document is significant under Executive Order 12866.">Significant</span> '
        if doc.significant
        else ""
    )
    return f"""
    <li class="document-wrapper" data-document-number="{doc.number}" data-position="{rank}">
      <h5>{significant}<a href="{doc.url}">{esc(doc.title)}</a></h5>
      <p class="metadata">{article} <a class="document-type {kind_slug.lower()}" href="/documents/search?conditions%5Btype%5D%5B%5D={kind_slug}">{doc.kind}</a> by {_fr_agencies_html(doc.agencies)} on <a href="/documents/{doc.day.year}/{doc.day.month:02d}/{doc.day.day:02d}">{_us_day(doc.day)}</a></p>{abstract}{comments}
      <ul class="document-details inline">
        <li><span class="label">Document citation:</span> {90 if doc.day.year == 2025 else 89} FR {first}</li>
        <li><span class="label">Page:</span> {page_text} ({pages})</li>
        <li><span class="label">Document number:</span> {doc.number}</li>
        <li><a class="pdf" href="https://www.govinfo.gov/content/pkg/FR-{doc.day.isoformat()}/pdf/{doc.number}.pdf"><span class="icon-fr2 icon-fr2-pdf" aria-hidden="true"></span> Printed version: PDF</a></li>
      </ul>
    </li>"""


def _fr_pager(number: int, total: int) -> str:
    prev = (
        f'<a class="previous_page" rel="prev" href="{esc(_fr_href(number - 1))}">&#8592; Previous</a>'
        if number > 1
        else '<span class="previous_page disabled">&#8592; Previous</span>'
    )
    nxt = (
        f'<a class="next_page" rel="next" href="{esc(_fr_href(number + 1))}">Next &#8594;</a>'
        if number < total
        else '<span class="next_page disabled">Next &#8594;</span>'
    )
    nums = "".join(
        f'<em class="current" aria-label="Page {n}" aria-current="page">{n}</em>'
        if n == number
        else f'<a aria-label="Page {n}" href="{esc(_fr_href(n))}">{n}</a>'
        for n in range(1, total + 1)
    )
    return f'<div class="pagination" role="navigation" aria-label="Pagination">{prev} {nums} {nxt}</div>'


def _fr_facet(title: str, param: str, counts: dict[str, int]) -> str:
    items = "".join(
        f'<li><a href="/documents/search?{FR_QUERY}&amp;conditions%5B{param}%5D%5B%5D={slug(name)}"><span class="name">{esc(name)}</span> <span class="count">{count}</span></a></li>'
        for name, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    )
    return f'<div class="facet" data-facet="{param}"><h4>{title}</h4><ul class="facet-list">{items}</ul></div>'


def _fr_page(number: int, total: int, docs: list[FrDoc], offset: int) -> str:
    types: dict[str, int] = {}
    agencies: dict[str, int] = {}
    for doc in FR_DOCS:
        types[doc.kind] = types.get(doc.kind, 0) + 1
        for agency in doc.agencies:
            agencies[agency] = agencies.get(agency, 0) + 1
    results = "".join(_fr_result(doc, offset + i + 1) for i, doc in enumerate(docs))
    first, last = offset + 1, offset + len(docs)
    return f"""<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<title>Federal Register :: Search Results</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, follow">
<link rel="stylesheet" href="/assets/application-5d0c1f8b2e.css" media="all">
<link rel="alternate" type="application/rss+xml" title="Search results" href="/documents/search.rss?{esc(FR_QUERY)}">
<script>window.FR2 = window.FR2 || {{}}; FR2.Environment = "production"; FR2.searchConditions = {{"term":"drinking water","order":"newest"}};</script>
</head>
<body class="documents search">
<a class="skip-link" href="#main">Skip to main content</a>
<div id="usa-banner" class="usa-banner"><p>An official website of the United States government <button type="button" class="usa-banner__button" aria-expanded="false">Here's how you know</button></p></div>
<header id="header" class="site-header">
  <div class="container">
    <a href="/" class="logo" title="Federal Register"><span class="site-name">Federal Register</span> <span class="tagline">The Daily Journal of the United States Government</span></a>
    <nav class="main-nav" aria-label="Main">
      <ul>
        <li class="dropdown"><a href="/#sections">Sections</a><ul class="subnav"><li><a href="/money">Money</a></li><li><a href="/environment">Environment</a></li><li><a href="/world">World</a></li><li><a href="/science-and-technology">Science &amp; Technology</a></li><li><a href="/business-and-industry">Business &amp; Industry</a></li><li><a href="/health-and-public-welfare">Health &amp; Public Welfare</a></li></ul></li>
        <li class="dropdown"><a href="/agencies">Browse</a><ul class="subnav"><li><a href="/agencies">Agencies</a></li><li><a href="/topics">Topics (CFR Indexing Terms)</a></li><li><a href="/documents/2025/03/14">Dates</a></li><li><a href="/public-inspection/current">Public Inspection</a></li><li><a href="/presidential-documents">Presidential Documents</a></li></ul></li>
        <li><a href="/documents/search">Search</a></li>
        <li><a href="/reader-aids">Reader Aids</a></li>
        <li><a href="/my/clipboard">My FR</a></li>
      </ul>
    </nav>
    <form class="header-search" action="/documents/search" method="get" role="search"><label class="sr-only" for="header-term">Search the Federal Register</label><input id="header-term" type="text" name="conditions[term]" value="drinking water" placeholder="Search Documents"><button type="submit">Search</button></form>
  </div>
</header>
<div id="legal-status" class="notice info"><p><strong>Legal Status:</strong> This site displays a prototype of a “Web 2.0” version of the daily Federal Register. It is not an official legal edition of the Federal Register, and does not replace the official print version or the official electronic version on GPO's govinfo.gov. <a href="/reader-aids/using-federalregister-gov/understanding-the-federal-registers-legal-status">Learn more here</a>.</p></div>
<main id="main" class="container">
  <div class="search-header">
    <h1>Document Search</h1>
    <ul class="search-tabs" role="tablist">
      <li class="selected" role="tab" aria-selected="true"><a href="/documents/search?{esc(FR_QUERY)}">Documents <span class="count">{len(FR_DOCS)}</span></a></li>
      <li role="tab"><a href="/public-inspection/search?conditions%5Bterm%5D=drinking+water">Public Inspection <span class="count">2</span></a></li>
    </ul>
    <form id="document-search-form" class="search-form" action="/documents/search" method="get">
      <label for="conditions_term">Find</label> <input id="conditions_term" type="text" name="conditions[term]" value="drinking water">
      <input type="hidden" name="order" value="newest">
      <button type="submit" class="button">Search</button>
      <a href="#advanced" class="toggle-advanced">Advanced Search</a>
    </form>
  </div>
  <div class="row">
    <div class="col-md-9">
      <div class="result-summary">
        <p class="summary">Displaying {first} - {last} of <strong>{len(FR_DOCS)}</strong> documents matching <span class="term">“drinking water”</span> published since 01/01/2025</p>
        <p class="sort">Sort by: <a href="/documents/search?conditions%5Bterm%5D=drinking+water&amp;order=relevance">Relevance</a> | <strong>Newest</strong> | <a href="/documents/search?conditions%5Bterm%5D=drinking+water&amp;order=oldest">Oldest</a></p>
      </div>
      {_fr_pager(number, total)}
      <div id="search-results" class="search-results">
        <ul class="document-list results">{results}
        </ul>
      </div>
      {_fr_pager(number, total)}
      <div class="subscribe-box">
        <h3>Subscribe to these results</h3>
        <ul class="inline"><li><a href="/my/subscriptions/new?{esc(FR_QUERY)}" class="button">Email</a></li><li><a href="/documents/search.rss?{esc(FR_QUERY)}">RSS</a></li><li><a href="/api/v1/documents.csv?{esc(FR_QUERY)}">CSV</a></li><li><a href="/api/v1/documents.json?{esc(FR_QUERY)}">JSON</a></li></ul>
      </div>
    </div>
    <aside class="col-md-3 search-filters" aria-label="Narrow results">
      <h3>Narrow by</h3>
      {_fr_facet("Document Type", "type", types)}
      {_fr_facet("Agency", "agencies", agencies)}
      <div class="facet" data-facet="publication_date"><h4>Publication Date</h4><ul class="facet-list"><li><a href="/documents/search?{FR_QUERY}&amp;conditions%5Bpublication_date%5D%5Byear%5D=2025"><span class="name">2025</span> <span class="count">{len(FR_DOCS)}</span></a></li><li><a href="/documents/search?conditions%5Bterm%5D=drinking+water&amp;conditions%5Bpublication_date%5D%5Byear%5D=2024"><span class="name">2024</span> <span class="count">318</span></a></li></ul></div>
      <div class="facet" data-facet="topics"><h4>Topic</h4><ul class="facet-list"><li><a href="/topics/water-supply"><span class="name">Water supply</span> <span class="count">14</span></a></li><li><a href="/topics/environmental-protection"><span class="name">Environmental protection</span> <span class="count">12</span></a></li><li><a href="/topics/reporting-and-recordkeeping-requirements"><span class="name">Reporting and recordkeeping requirements</span> <span class="count">9</span></a></li><li><a href="/topics/intergovernmental-relations"><span class="name">Intergovernmental relations</span> <span class="count">6</span></a></li></ul></div>
    </aside>
  </div>
</main>
<footer id="footer" class="site-footer">
  <div class="container">
    <ul class="footer-links"><li><a href="/reader-aids/office-of-the-federal-register-blog">Blog</a></li><li><a href="/reader-aids/using-federalregister-gov">Using FederalRegister.Gov</a></li><li><a href="/developers/documentation/api/v1">Developer Tools</a></li><li><a href="/policy/privacy">Privacy</a></li><li><a href="/policy/accessibility">Accessibility</a></li><li><a href="/reader-aids/contact-us">Contact Us</a></li><li><a href="https://www.usa.gov/">USA.gov</a></li></ul>
    <p>The Office of the Federal Register publishes documents on behalf of Federal agencies but does not have any authority over their programs.</p>
  </div>
</footer>
<script src="/assets/application-9a7e2c4d10.js"></script>
</body>
</html>"""


@twentieth_b
def build_fedjournal() -> None:
    s = Site(
        "fedjournal",
        kind="government gazette document search (US Federal Register 2024–25: li.document-wrapper results, an h5 title link, 'A Proposed Rule by the Engineers Corps and the Environmental Protection Agency on 03/10/2025' metadata lines with type and agency links, description abstracts on most, 'Comments close on' dates, 'Document citation: 90 FR 12488' / 'Page:' / 'Document number:' details, Significant flags, facet counts, will_paginate &page=N)",
        start=_fr_href(1).lstrip("/"),
        description=(
            "The Federal Register's document search for 'drinking water', newest first (Rails, will_paginate): the .gov banner, "
            "the header (logo, Sections / Browse dropdowns, Search, Reader Aids, My FR, a header search box), the 'Legal Status' "
            "notice, 'Document Search' with Documents / Public Inspection tabs and counts, the search form, 'Displaying 1 - 12 of "
            "32 documents matching “drinking water”', a Sort by line (Relevance | Newest | Oldest), the pager above and below the "
            "list; ul.document-list of li.document-wrapper results: an h5 with an optional 'Significant' flag span before the "
            "title link to /documents/YYYY/MM/DD/<number>/<slug>, p.metadata 'A <type link> by the <agency links joined with ', "
            "the' and ' and the'> on <date link MM/DD/YYYY>', p.description abstracts (absent on some), 'Comments close on "
            "MM/DD/YYYY' on some, and a details list 'Document citation: 90 FR N', 'Page: N-M (K pages)', 'Document number: "
            "2025-NNNNN' and a 'Printed version: PDF' link to govinfo; a sidebar of facets with counts (Document Type, Agency, "
            "Publication Date, Topic), 'Subscribe to these results' (Email, RSS, CSV, JSON) and the footer. Pagination: "
            "will_paginate '← Previous' / 1 2 3 / 'Next →' over &page=N (page 1 is the bare search URL). Written down: title, "
            "url, type, agencies (list), date, abstract, citation, document_number, comments_close."
        ),
    )
    pages = chunks(FR_DOCS, FR_SIZES)
    offset = 0
    for number, docs in enumerate(pages, 1):
        s.list_page(_fr_href(number).lstrip("/").replace("?", "@"), _fr_page(number, len(pages), docs, offset))
        offset += len(docs)
    for doc in FR_DOCS:
        first, _ = FR_PAGES[doc.title]
        s.expect(
            {
                "title": doc.title,
                "url": doc.url,
                "type": doc.kind,
                "agencies": list(doc.agencies),
                "date": doc.day.isoformat(),
                "abstract": doc.abstract,
                "citation": f"{90 if doc.day.year == 2025 else 89} FR {first}",
                "document_number": doc.number,
                "comments_close": doc.comments_close.isoformat() if doc.comments_close else None,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# bandfold-music (FROZEN): a music store's search results without scripts (Bandcamp /search, all types)
# ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BcResult:
    """One Bandcamp search result: an album, a track, an artist or a label."""

    kind: str  # ALBUM, TRACK, ARTIST, LABEL
    title: str
    by: str = ""  # artist (albums and tracks) or location (artists and labels)
    album: str | None = None
    released: date | None = None
    tracks: int | None = None
    minutes: int | None = None
    genre: str | None = None
    tags: tuple[str, ...] = ()

    @property
    def host(self) -> str:
        owner = self.title if self.kind in ("ARTIST", "LABEL") else self.by
        return "https://" + slug(owner).replace("-", "") + ".bandcamp.com"

    @property
    def url(self) -> str:
        if self.kind == "ALBUM":
            return f"{self.host}/album/{slug(self.title)}"
        if self.kind == "TRACK":
            return f"{self.host}/track/{slug(self.title)}"
        return self.host

    @property
    def item_id(self) -> int:
        return _num(self.kind + self.title + self.by, 1_000_000_000, 4_290_000_000)


BC_RESULTS = [
    BcResult("ARTIST", "Saltmarsh", "Leeds, UK", genre="punk", tags=("punk", "hardcore", "leeds")),
    BcResult(
        "ALBUM",
        "Saltmarsh",
        "Hollin Vane",
        released=date(2024, 10, 4),
        tracks=8,
        minutes=36,
        tags=("folk", "alt-folk", "singer-songwriter", "Essex"),
    ),
    BcResult(
        "ALBUM",
        "Saltmarsh Lullabies",
        "Fenwick Shore",
        released=date(2025, 3, 7),
        tracks=9,
        minutes=41,
        tags=("ambient", "field recordings", "drone", "Norfolk"),
    ),
    BcResult(
        "TRACK",
        "Saltmarsh",
        "The Gannet Years",
        album="Low Country",
        released=date(2024, 6, 21),
        tags=("indie rock", "shoegaze"),
    ),
    BcResult(
        "ALBUM",
        "Saltmarsh Sessions Vol. 2",
        "Ada Kirrin & Tom Pell",
        released=date(2024, 11, 15),
        tracks=6,
        minutes=29,
        tags=("jazz", "improvisation", "double bass"),
    ),
    BcResult("LABEL", "Saltmarsh Tapes", "Norwich, UK"),
    BcResult(
        "TRACK",
        "Over the Saltmarsh at Dusk",
        "Mira Oduya",
        album="Estuary Cycles",
        released=date(2025, 1, 24),
        tags=("modern classical", "piano", "ambient"),
    ),
    BcResult(
        "ALBUM",
        "Saltmarsh / Shingle",
        "Kestrel Harbour",
        released=date(2019, 5, 3),
        tracks=2,
        minutes=11,
        tags=("experimental", "tape music"),
    ),
    BcResult(
        "ARTIST", "Saltmarsh Radio", "Portland, Oregon", genre="electronic", tags=("synthwave", "electronic", "outrun")
    ),
    BcResult(
        "TRACK",
        "Saltmarsh Road",
        "Josie Marlow",
        album="Rust Belt Hymnal",
        released=date(2024, 9, 13),
        tags=("country", "americana"),
    ),
    BcResult(
        "ALBUM",
        "Songs from the Saltmarsh",
        "The Wherry Band",
        released=date(2024, 8, 2),
        tracks=12,
        minutes=48,
        tags=("folk", "traditional", "sea shanties"),
    ),
    BcResult(
        "ALBUM",
        "Saltmarsh Requiem",
        "Greyhaven",
        released=date(2024, 3, 29),
        tracks=7,
        minutes=52,
        tags=("doom metal", "sludge", "post-metal"),
    ),
    BcResult(
        "TRACK",
        "Saltmarsh (Lowtide Remix)",
        "Fenwick Shore",
        album="Saltmarsh Remixes",
        released=date(2025, 2, 14),
        tags=("electronic", "ambient", "remix"),
    ),
    BcResult(
        "ALBUM",
        "Saltmarsh Remixes",
        "Fenwick Shore",
        released=date(2025, 2, 14),
        tracks=5,
        minutes=33,
        tags=("electronic", "ambient", "remix"),
    ),
    BcResult("ARTIST", "Saltmarsh Harriers", "Cape May, New Jersey", genre="rock", tags=("surf rock", "garage rock")),
    BcResult("TRACK", "Saltmarsh Lullaby", "Ruth Ellory", album="Night Feeds", released=date(2024, 10, 18)),
    BcResult(
        "ALBUM",
        "Marsh & Saltwater",
        "Teodor Vik",
        released=date(2024, 12, 6),
        tracks=10,
        minutes=44,
        tags=("drone", "field recordings", "Norway"),
    ),
    BcResult("LABEL", "Saltmarsh Records", "Savannah, Georgia"),
    BcResult(
        "ALBUM",
        "Saltmarsh Carols",
        "St. Brannoc Singers",
        released=date(2024, 12, 13),
        tracks=14,
        minutes=51,
        tags=("choral", "christmas", "classical"),
    ),
    BcResult("TRACK", "Saltmarsh Drive", "Lune Coast", released=date(2024, 7, 19), tags=("synthpop", "80s")),
    BcResult(
        "ALBUM",
        "Saltmarsh EP",
        "Oyster Catchers",
        released=date(2024, 4, 12),
        tracks=4,
        minutes=15,
        tags=("indie pop", "twee"),
    ),
    BcResult("ARTIST", "The Saltmarsh Ramblers", "Galway, Ireland", genre="folk", tags=("irish folk", "bluegrass")),
    BcResult(
        "TRACK",
        "Saltmarsh Spring",
        "Coastal Index",
        album="Wader",
        released=date(2024, 5, 31),
        tags=("idm", "electronica"),
    ),
    BcResult(
        "ALBUM",
        "Saltmarsh Sessions Vol. 1",
        "Ada Kirrin & Tom Pell",
        released=date(2024, 3, 1),
        tracks=5,
        minutes=31,
        tags=("jazz", "improvisation", "double bass"),
    ),
    BcResult(
        "ALBUM",
        "Where the Saltmarsh Ends",
        "Pale Heron",
        released=date(2025, 1, 10),
        tracks=11,
        minutes=46,
        tags=("post-rock", "instrumental"),
    ),
    BcResult(
        "TRACK",
        "Saltmarsh",
        "Niamh Corrie",
        album="Twelve Places",
        released=date(2024, 8, 30),
        tags=("folk", "singer-songwriter"),
    ),
    BcResult("LABEL", "Saltmarsh Sound", "Rotterdam, Netherlands"),
    BcResult(
        "ALBUM",
        "Saltmarsh Field Recordings 2023",
        "Wren Atwater",
        released=date(2023, 11, 1),
        tracks=3,
        minutes=62,
        tags=("field recordings", "nature", "sound art"),
    ),
]
BC_SIZES = [10, 10, 8]
BC_QUERY = "saltmarsh"
BC_PAGE_IDS = [_num(f"bcpage{n}", 1_000_000_000, 4_000_000_000) for n in range(4)]


def _bc_href(number: int) -> str:
    return f"/search?q={BC_QUERY}" if number == 1 else f"/search?page={number}&q={BC_QUERY}"


def _bc_day(day: date) -> str:
    return f"{day.strftime('%B')} {day.day}, {day.year}"


def _bc_result(r: BcResult, number: int, rank: int) -> str:
    letter = {"ALBUM": "a", "TRACK": "t", "ARTIST": "b", "LABEL": "b"}[r.kind]
    tracking = (
        f"?from=search&amp;search_item_id={r.item_id}&amp;search_item_type={letter}&amp;search_match_part=%3F"
        f"&amp;search_page_id={BC_PAGE_IDS[number]}&amp;search_page_no={number}&amp;search_rank={rank}&amp;search_sig={_hex(r.url + str(rank), 32)}"
    )
    href = r.url + tracking
    if r.kind in ("ARTIST", "LABEL"):
        art = f'<div class="art"><img src="https://f4.bcbits.com/img/{_num(r.title, 1_000_000, 39_999_999):010d}_3.jpg"></div>'
    else:
        art = f'<div class="art"><img src="https://f4.bcbits.com/img/a{_num(r.title + r.by + "art", 1_000_000_000, 4_290_000_000)}_7.jpg"></div>'
    lines = [f'<div class="itemtype">\n                {r.kind}\n            </div>']
    lines.append(
        f'<div class="heading">\n            <a href="{href}">\n                {esc(r.title)}\n            </a>\n        </div>'
    )
    if r.kind == "TRACK":
        sub = f"from {esc(r.album)} by {esc(r.by)}" if r.album else f"by {esc(r.by)}"
    elif r.kind == "ALBUM":
        sub = f"by {esc(r.by)}"
    else:
        sub = esc(r.by)
    lines.append(f'<div class="subhead">\n                {sub}\n        </div>')
    if r.released:
        lines.append(f'<div class="released">\n                released {_bc_day(r.released)}\n            </div>')
    if r.tracks:
        lines.append(
            f'<div class="length">\n                {r.tracks} tracks, {r.minutes} minutes\n            </div>'
        )
    if r.genre:
        lines.append(f'<div class="genre">\n                genre: {esc(r.genre)}\n            </div>')
    if r.tags:
        lines.append(
            f'<div class="tags data-search">\n                tags:\n                    {esc(", ".join(r.tags))}\n            </div>'
        )
    lines.append(f'<div class="itemurl">\n            <a href="{href}">{r.url}</a>\n        </div>')
    info = "\n        ".join(lines)
    data = esc(json.dumps({"type": letter, "id": r.item_id}, separators=(",", ":")))
    return f"""
<li class="searchresult data-search" data-search="{data}">
    <a class="artcont" href="{href}">
        {art}
    </a>
    <div class="result-info">
        {info}
    </div>
</li>"""


def _bc_pager(number: int, total: int) -> str:
    prev = f'<a class="prev" href="{esc(_bc_href(number - 1))}">&lt; previous</a>' if number > 1 else ""
    nxt = f'<a class="next" href="{esc(_bc_href(number + 1))}">next &gt;</a>' if number < total else ""
    nums = "".join(
        f'<li><span class="disabled">{n}</span></li>'
        if n == number
        else f'<li><a class="pagenum" href="{esc(_bc_href(n))}">{n}</a></li>'
        for n in range(1, total + 1)
    )
    return f'<div class="pager">\n    {prev}\n    <ul class="pagelist">{nums}</ul>\n    {nxt}\n</div>'


def _bc_page(number: int, total: int, results: list[BcResult], offset: int) -> str:
    items = "".join(_bc_result(r, number, offset + i + 1) for i, r in enumerate(results))
    blob = esc(
        json.dumps(
            {
                "search_page_id": BC_PAGE_IDS[number],
                "q": BC_QUERY,
                "page": number,
                "item_type": None,
                "is_mobile": False,
                "has_more": number < total,
            },
            separators=(",", ":"),
        )
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Search: saltmarsh | Bandcamp</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<link rel="shortcut icon" href="https://s4.bcbits.com/img/favicon/favicon-32x32.png">
<link rel="stylesheet" href="https://s4.bcbits.com/bundle/bundle/1/global-a4f1c8e2b6d39a0e7c51f2d84b9e3a61.css">
<link rel="stylesheet" href="https://s4.bcbits.com/bundle/bundle/1/search_page-0c9d7e3f15a2b48e6f0a9d2c7b81e534.css">
<script type="text/javascript" data-tralbum-collect-info="{{}}" data-search="{blob}" src="https://s4.bcbits.com/bundle/bundle/1/search_page-8e2b17c4d0f35a96b1e7c2a4f8d06b39.js"></script>
</head>
<body class="search-page no-touch">
<div id="cookie-control" class="cookie-control" role="dialog" aria-label="Cookie consent">
    <p>We use cookies and similar technologies to give you a better experience, improve performance, analyze traffic, and to personalize content. By continuing to browse this website you agree to the use of cookies. <a href="/privacy#cookies">Learn more</a></p>
    <button type="button" class="g-button outline" data-consent="necessary">Accept necessary only</button>
    <button type="button" class="g-button" data-consent="all">Accept all</button>
</div>
<div id="corphome-header" class="menubar-outer">
    <div class="menubar">
        <a class="logo" href="/" title="Bandcamp home"><span class="bc-logo" aria-label="bandcamp">bandcamp</span></a>
        <form class="search-form" action="/search" method="get" role="search">
            <label class="visually-hidden" for="search-input">Search and discover music</label>
            <input id="search-input" class="search-bar" type="text" name="q" value="saltmarsh" placeholder="Search and discover music" autocomplete="off">
            <button type="submit" class="search-submit" aria-label="Search"><svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path d="M11 6.5a4.5 4.5 0 1 1-9 0 4.5 4.5 0 0 1 9 0zm-1 4.2 4.3 4.3"/></svg></button>
        </form>
        <ul class="menubar-links">
            <li><a href="/discover">discover</a></li>
            <li><a href="https://daily.bandcamp.com/">bandcamp daily</a></li>
            <li><a href="/login?from=menubar">log in</a></li>
            <li><a href="/signup?from=menubar" class="signup">sign up</a></li>
        </ul>
    </div>
</div>
<div id="pgBd" class="yui-skin-sam">
<div class="search">
    <div class="leftcol">
        <div class="search-results-header">
            <h1 class="search-title">Search: <span class="search-term">saltmarsh</span></h1>
        </div>
        <div class="result-items-wrapper">
            <ul class="result-items">{items}
            </ul>
        </div>
        {_bc_pager(number, total)}
    </div>
    <div class="rightcol">
        <div class="search-filter">
            <h3>Show:</h3>
            <ul class="filter-list">
                <li class="selected"><a href="/search?q={BC_QUERY}">all</a></li>
                <li><a href="/search?q={BC_QUERY}&amp;item_type=b">artists and labels</a></li>
                <li><a href="/search?q={BC_QUERY}&amp;item_type=a">albums</a></li>
                <li><a href="/search?q={BC_QUERY}&amp;item_type=t">tracks</a></li>
                <li><a href="/search?q={BC_QUERY}&amp;item_type=f">fans</a></li>
            </ul>
        </div>
        <div class="search-promo">
            <h3>Bandcamp Daily</h3>
            <a href="https://daily.bandcamp.com/best-ambient/the-best-ambient-on-bandcamp-february-2025"><img src="https://f4.bcbits.com/img/0038562214_170.jpg" alt=""><span class="promo-title">The Best Ambient on Bandcamp: February 2025</span></a>
            <a href="https://daily.bandcamp.com/lists/field-recordings-coast"><img src="https://f4.bcbits.com/img/0038471033_170.jpg" alt=""><span class="promo-title">Eight Albums Made From the Sound of the Sea</span></a>
        </div>
    </div>
</div>
</div>
<div id="pgFt" class="footer">
    <ul class="footer-links">
        <li><a href="/about">about us</a></li>
        <li><a href="/jobs">jobs</a></li>
        <li><a href="/artists">sell your music</a></li>
        <li><a href="https://daily.bandcamp.com/">bandcamp daily</a></li>
        <li><a href="https://get.bandcamp.help/hc/en-us">help</a></li>
        <li><a href="/terms_of_use">terms of use</a></li>
        <li><a href="/privacy">privacy</a></li>
        <li><a href="/copyright">copyright policy</a></li>
        <li><a href="/gift_cards">gift cards</a></li>
    </ul>
    <p class="footer-switch"><a href="/search?q={BC_QUERY}&amp;m=1">switch to mobile view</a></p>
</div>
<script type="text/javascript" src="https://s4.bcbits.com/bundle/bundle/1/global_foot-3d9b0e71c2a45f86e1b7d40a9c25f3e8.js"></script>
</body>
</html>"""


@twentieth_b
def build_bandfold_music() -> None:
    s = Site(
        "bandfold-music",
        kind="music store search results (Bandcamp /search 2024–25 without scripts: li.searchresult items of mixed ALBUM / TRACK / ARTIST / LABEL itemtypes, heading links carrying ?from=search tracking queries, 'by Artist' / 'from Album by Artist' / location subheads, 'released March 7, 2025', '9 tracks, 41 minutes', 'genre:' and 'tags:' lines, a clean itemurl link, ?page=N&q= pager)",
        start=_bc_href(1).lstrip("/"),
        description=(
            "Bandcamp's site search for 'saltmarsh' with no type filter, as served before scripts run: the cookie consent "
            "bar, the menubar (logo, search box, discover, bandcamp daily, log in, sign up), 'Search: saltmarsh', "
            "ul.result-items of li.searchresult.data-search items (data-search JSON with the type letter and id), each an "
            "a.artcont image link and div.result-info: div.itemtype 'ALBUM' / 'TRACK' / 'ARTIST' / 'LABEL' (padded with "
            "whitespace), div.heading with the title link, div.subhead 'by Artist' on albums, 'from Album by Artist' or 'by "
            "Artist' on tracks, the location on artists and labels, div.released 'released March 7, 2025' on albums and "
            "tracks, div.length '9 tracks, 41 minutes' on albums, div.genre 'genre: punk' on artists, div.tags 'tags: a, b, "
            "c' on most, and div.itemurl showing the clean URL on the artist's subdomain; every result link carries a "
            "?from=search&search_item_id=…&search_page_no=N&search_rank=N&search_sig=… query. A right column of type filters "
            "(all / artists and labels / albums / tracks / fans) and two Bandcamp Daily promos, the footer. Pagination: "
            "div.pager with '< previous' / numbered li / 'next >' over /search?page=N&q=saltmarsh. Written down: type, title, "
            "url (the clean itemurl), artist, album, date, tracks, minutes, location, genre, tags (list)."
        ),
    )
    pages = chunks(BC_RESULTS, BC_SIZES)
    offset = 0
    for number, results in enumerate(pages, 1):
        s.list_page(_bc_href(number).lstrip("/").replace("?", "@"), _bc_page(number, len(pages), results, offset))
        offset += len(results)
    for r in BC_RESULTS:
        located = r.kind in ("ARTIST", "LABEL")
        s.expect(
            {
                "type": r.kind,
                "title": r.title,
                "url": r.url,
                "artist": None if located else r.by,
                "album": r.album,
                "date": r.released.isoformat() if r.released else None,
                "tracks": r.tracks,
                "minutes": r.minutes,
                "location": r.by if located else None,
                "genre": r.genre,
                "tags": list(r.tags) or None,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# nupkgfind (FROZEN): a package registry's search results (NuGet Gallery /packages?q=csv), 10 a page
# ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NuPkg:
    """One package as the gallery's search list shows it."""

    name: str
    owners: tuple[str, ...]
    downloads: str  # as shown: '592.4M'
    updated: date
    version: str
    tags: tuple[str, ...]
    description: str
    frameworks: tuple[str, ...] = ()
    reserved: bool = False
    deprecated: bool = False

    @property
    def url(self) -> str:
        return f"/packages/{self.name}/"

    @property
    def download_count(self) -> int:
        scale = {"K": 1_000, "M": 1_000_000, "B": 1_000_000_000}[self.downloads[-1]]
        return round(float(self.downloads[:-1]) * scale)


NU_PKGS = [
    NuPkg(
        "CsvHelper",
        ("JoshClose",),
        "592.4M",
        date(2025, 2, 6),
        "33.0.1",
        ("csv", "csvhelper", "comma", "separated", "value", "delimited"),
        "A library for reading and writing CSV files. Extremely fast, flexible, and easy to use. Supports reading and writing of custom class objects.",
        (".NET 6.0", ".NET Standard 2.0", ".NET Framework 4.6.2"),
    ),
    NuPkg(
        "Sylvan.Data.Csv",
        ("MarkPflug",),
        "4.1M",
        date(2024, 11, 20),
        "1.3.9",
        ("csv", "delimited", "data", "datareader", "dbdatareader", "parser"),
        "A .NET library for reading and writing delimited CSV data.",
        (".NET 6.0", ".NET Standard 2.0"),
    ),
    NuPkg(
        "ServiceStack.Text",
        ("ServiceStack",),
        "98.6M",
        date(2025, 1, 28),
        "8.5.2",
        ("JSON", "Text", "Serializer", "CSV", "JSV", "Dump", "PrettyPrint", "Fast"),
        ".NET's fastest JSON, JSV and CSV Text Serializers",
        (".NET 8.0", ".NET Standard 2.0", ".NET Framework 4.7.2"),
        reserved=True,
    ),
    NuPkg(
        "FileHelpers",
        ("MarcosMeli", "mcavigelli"),
        "35.8M",
        date(2020, 7, 30),
        "3.5.2",
        ("csv", "fixed-length", "import", "export", "file", "text", "delimited"),
        "The FileHelpers are an easy to use .NET library to read/write data from fixed length or delimited records in files, strings or streams",
        (".NET Standard 2.0", ".NET Framework 4.5"),
    ),
    NuPkg(
        "Csv",
        ("stevehansen",),
        "18.3M",
        date(2024, 6, 12),
        "2.0.93",
        ("csv", "parser"),
        "Really simple csv library",
        (".NET Standard 2.0", ".NET Framework 4.0"),
    ),
    NuPkg(
        "Sep",
        ("nietras",),
        "1.2M",
        date(2025, 3, 2),
        "0.9.0",
        ("csv", "separated", "values", "parser", "fast", "simd"),
        "World's Fastest .NET CSV Parser. Modern, minimal, fast, zero allocation, reading and writing of separated values (csv, tsv etc.). Cross-platform, trimmable and AOT/NativeAOT compatible.",
        (".NET 8.0", ".NET 9.0"),
    ),
    NuPkg(
        "ExcelDataReader",
        ("andersnm", "ian.copland", "ExcelDataReader"),
        "88.1M",
        date(2023, 5, 9),
        "3.7.0",
        ("excel", "xls", "xlsx", "csv"),
        "Lightweight and fast library written in C# for reading Microsoft Excel files",
        (".NET Standard 2.0", ".NET Framework 4.6.2"),
    ),
    NuPkg(
        "LumenWorksCsvReader",
        ("phatcher",),
        "12.7M",
        date(2018, 8, 22),
        "4.0.0",
        ("csv", "reader", "lumenworks"),
        "Extended version of Sébastien Lorion's fast CSV Reader",
        (".NET Standard 1.3", ".NET Framework 2.0"),
        deprecated=True,
    ),
    NuPkg(
        "ChoETL",
        ("Cinchoo",),
        "6.2M",
        date(2025, 1, 14),
        "1.2.1.68",
        ("ETL", "CSV", "XML", "JSON", "Parquet", "FixedLength"),
        "ETL framework for .NET (Parser / Writer for CSV, Flat, Xml, JSON, Key-Value, Parquet, Yaml, Avro formatted files)",
        (".NET Standard 2.0", ".NET Framework 4.6.1"),
    ),
    NuPkg(
        "MiniExcel",
        ("shps951023",),
        "7.8M",
        date(2025, 2, 19),
        "1.36.1",
        ("excel", "xlsx", "csv", "micro-helper", "mini", "openxml", "helper"),
        "Fast, Low-Memory, Easy Excel .NET helper to import/export/template spreadsheet",
        (".NET Standard 2.0", ".NET Framework 4.5"),
    ),
    NuPkg(
        "TinyCsvParser",
        ("bytefish",),
        "3.6M",
        date(2022, 10, 4),
        "2.7.0",
        ("csv", "parser"),
        "An easy to use and high-performance library for CSV parsing.",
        (".NET Standard 2.0",),
    ),
    NuPkg(
        "Microsoft.Data.Analysis",
        ("Microsoft", "dotnetframework", "MLNET"),
        "5.9M",
        date(2024, 11, 13),
        "0.22.0",
        ("ML.NET", "ML", "Machine Learning", "DataFrame"),
        "This package contains easy-to-use and high-performance libraries for data analysis and transformation.",
        (".NET 8.0", ".NET Standard 2.0"),
        reserved=True,
    ),
    NuPkg(
        "FSharp.Data",
        ("fsprojects", "dsyme", "Thorium"),
        "12.4M",
        date(2024, 10, 24),
        "6.4.1",
        ("F#", "fsharp", "data", "typeprovider", "WorldBank", "CSV", "HTML", "CSS", "JSON", "XML", "HTTP"),
        "Library of F# type providers and data access tools",
        (".NET Standard 2.0",),
    ),
    NuPkg(
        "NReco.Csv",
        ("NReco",),
        "2.6M",
        date(2024, 1, 9),
        "1.0.3",
        ("csv", "reader", "writer", "netstandard", "netcore"),
        "Fast and efficient CSV reader and writer for .NET Core / .NET Standard.",
        (".NET Standard 2.0",),
        reserved=True,
    ),
    NuPkg(
        "CsvTextFieldParser",
        ("tafs",),
        "1.5M",
        date(2022, 3, 17),
        "1.2.2",
        ("csv", "parser", "textfieldparser"),
        "A simple CSV parser based on Microsoft.VisualBasic.FileIO.TextFieldParser.",
        (".NET Standard 2.0", ".NET Framework 4.5"),
    ),
    NuPkg(
        "Deedle",
        ("fsprojects", "fslaborg"),
        "1.9M",
        date(2023, 3, 6),
        "3.0.0",
        ("F#", "fsharp", "data frame", "series", "statistics", "data science", "csv"),
        "Deedle implements efficient and robust frame and series data structures for manipulating with structured data.",
        (".NET Standard 2.0",),
    ),
    NuPkg(
        "CSVFile",
        ("tspence",),
        "843.2K",
        date(2024, 9, 30),
        "3.2.0",
        ("csv", "serialization", "deserialization", "rfc4180"),
        "Tiny and fast CSV and TSV parsing library (40kb) with zero dependencies.",
        (".NET 8.0", ".NET Standard 2.0", ".NET Framework 2.0"),
    ),
    NuPkg(
        "Cursively",
        ("airbreather",),
        "312.8K",
        date(2020, 4, 11),
        "1.2.0",
        ("csv",),
        "A fast, RFC 4180-conforming CSV reading library for .NET.",
        (".NET Standard 2.0",),
    ),
    NuPkg(
        "RecordParser",
        ("leandromoh",),
        "264.1K",
        date(2024, 4, 22),
        "2.3.0",
        ("csv", "parser", "fixed-length", "delimited", "span"),
        "Zero Allocation Writer/Reader Parser for .NET Core",
        (".NET 6.0", ".NET Standard 2.1"),
    ),
    NuPkg(
        "SoftCircuits.CsvParser",
        ("SoftCircuits",),
        "208.5K",
        date(2023, 6, 5),
        "4.5.0",
        ("csv", "csv-parser", "csv-reader", "csv-writer"),
        "Ultra fast CSV parser. Up to four times faster than CsvHelper. Includes CsvReader and CsvWriter classes, and methods to map columns to class properties.",
        (".NET 6.0", ".NET Standard 2.0"),
    ),
    NuPkg(
        "KBCsv",
        ("kentcb",),
        "1.1M",
        date(2019, 2, 15),
        "6.0.0",
        ("CSV", "data", "reader", "writer", "async", "performance"),
        "Efficiently reads and writes CSV data.",
        (".NET Standard 1.3", ".NET Framework 4.5"),
    ),
    NuPkg(
        "LINQtoCSV",
        ("mperdeck",),
        "2.1M",
        date(2014, 5, 19),
        "1.5.0",
        ("LINQ", "CSV"),
        "Easy to use library to use CSV and tab delimited files with LINQ queries.",
        (".NET Framework 3.5",),
    ),
    NuPkg(
        "Sylvan.Data",
        ("MarkPflug",),
        "1.9M",
        date(2024, 5, 8),
        "0.2.16",
        ("data", "datareader", "dbdatareader", "schema"),
        "A .NET library of types for working with data.",
        (".NET 6.0", ".NET Standard 2.0"),
    ),
    NuPkg(
        "Microsoft.VisualBasic",
        ("Microsoft", "dotnetframework"),
        "64.9M",
        date(2018, 5, 29),
        "10.3.0",
        (),
        "Provides types that support the Visual Basic runtime",
        (".NET Standard 2.0", ".NET Core 2.0"),
        reserved=True,
    ),
    NuPkg(
        "CsvHelper.Excel.Core",
        ("youngcm",),
        "2.9M",
        date(2023, 8, 14),
        "30.0.0",
        ("csv", "excel", "csvhelper", "xlsx"),
        "An implementation of ICsvParser and ICsvSerializer from CsvHelper that reads and writes using ClosedXml.",
        (".NET Standard 2.0",),
    ),
    NuPkg(
        "Open.Text.CSV",
        ("electricessence",),
        "38.4K",
        date(2022, 11, 2),
        "2.1.0",
        ("csv", "reader", "writer"),
        "A set of utilities for reading and writing CSV data.",
        (".NET Standard 2.1",),
    ),
    NuPkg(
        "Cesil",
        ("kevin-montrose",),
        "12.5K",
        date(2021, 1, 3),
        "0.9.0",
        ("csv", "serializer", "deserializer", "async"),
        "Modern CSV (De)Serializer",
        (".NET 5.0",),
    ),
]
NU_SIZES = [10, 10, 7]
NU_TOTAL = 2184
NU_MORE = "q=csv&includeComputedFrameworks=true&prerel=true&sortby=relevance"


def _nu_href(number: int) -> str:
    return f"/packages?{NU_MORE}&page={number}"


def _nu_package(pkg: NuPkg, index: int) -> str:
    owners = "\n                        ".join(
        f'<a href="/profiles/{esc(o)}" title="View {esc(o)}\'s profile">{esc(o)}</a>' for o in pkg.owners
    )
    reserved = (
        '<span class="reserved-indicator" data-content="The ID prefix of this package has been reserved for one of the owners of this package by NuGet.org." tabindex="0"><img class="reserved-indicator-icon" src="/Content/gallery/img/reserved-indicator.svg" alt="Prefix Reserved"></span>'
        if pkg.reserved
        else ""
    )
    deprecated = (
        '<span class="package-warning--deprecated" title="This package has been deprecated as it is legacy and is no longer maintained."><i class="ms-Icon ms-Icon--Warning" aria-hidden="true"></i> Deprecated</span>'
        if pkg.deprecated
        else ""
    )
    tags = ""
    if pkg.tags:
        links = "\n                            ".join(
            f'<a href="/packages?q=Tags%3A%22{esc(t.replace(" ", "%20").replace("#", "%23"))}%22" title="Search for {esc(t)}" class="package-tag" aria-label="Search for {esc(t)}">{esc(t)}</a>'
            for t in pkg.tags
        )
        tags = f"""
                    <li class="package-tags">
                        <span class="package-list-ellipsis"><i class="ms-Icon ms-Icon--Tag" aria-hidden="true"></i>
                            {links}
                        </span>
                    </li>"""
    frameworks = "".join(
        f'<span class="framework-badge-asset" data-framework="{esc(f)}">{esc(f)}</span>' for f in pkg.frameworks
    )
    icon = f"https://api.nuget.org/v3-flatcontainer/{pkg.name.lower()}/{pkg.version}/icon"
    return f"""
        <article class="package" role="listitem">
            <div class="row">
                <div class="col-sm-1 hidden-xs hidden-sm col-package-icon">
                    <img class="package-icon img-responsive" aria-hidden="true" alt="" src="{icon}" onerror="this.src='https://www.nuget.org/Content/gallery/img/default-package-icon.svg'; this.onerror = null;">
                </div>
                <div class="col-sm-11 package-details">
                    <div class="package-header">
                        <a class="package-title" href="{pkg.url}" data-track="search-selection" data-track-value="{index}" data-click-source="PackageSearch" data-package-id="{esc(pkg.name)}" data-package-version="{esc(pkg.version)}" data-use-version="False">{esc(pkg.name)}</a>
                        {reserved}{deprecated}
                        <span class="package-by">
                            by:
                        {owners}
                        </span>
                    </div>
                    <ul class="package-list">
                        <li>
                            <span class="package-list-ellipsis"><i class="ms-Icon ms-Icon--Download" aria-hidden="true"></i>
                                {pkg.downloads} total downloads
                            </span>
                        </li>
                        <li class="package-ellipsis">
                            <span class="package-list-ellipsis"><i class="ms-Icon ms-Icon--History" aria-hidden="true"></i>
                                last updated <span data-datetime="{pkg.updated.isoformat()}T{_num(pkg.name, 0, 23):02d}:{_num(pkg.name + "m", 0, 59):02d}:{_num(pkg.name + "s", 0, 59):02d}.{_num(pkg.name + "f", 0, 9999999):07d}+00:00">{pkg.updated.month}/{pkg.updated.day}/{pkg.updated.year}</span>
                            </span>
                        </li>
                        <li>
                            <span class="package-list-ellipsis"><i class="ms-Icon ms-Icon--Flag" aria-hidden="true"></i>
                                Latest version: <span class="text-nowrap">{esc(pkg.version)}</span>
                            </span>
                        </li>{tags}
                    </ul>
                    <div class="frameworks"><span class="sr-only">Compatible target framework(s)</span>{frameworks}</div>
                    <div class="package-details">{esc(pkg.description)}</div>
                </div>
            </div>
        </article>"""


def _nu_pager(number: int, total: int) -> str:
    prev = (
        f'<li class="previous"><a href="{esc(_nu_href(number - 1))}" aria-label="Previous page">Previous</a></li>'
        if number > 1
        else '<li class="previous disabled"><span aria-disabled="true">Previous</span></li>'
    )
    nxt = (
        f'<li class="next"><a href="{esc(_nu_href(number + 1))}" aria-label="Next page">Next</a></li>'
        if number < total
        else '<li class="next disabled"><span aria-disabled="true">Next</span></li>'
    )
    return f'<nav aria-label="More search results"><ul class="pager">{prev}{nxt}</ul></nav>'


def _nu_check(name: str, value: str, label: str) -> str:
    return f'<div class="checkbox"><label><input type="checkbox" name="{name}" value="{value}" data-framework-filter="{value}"> {label}</label></div>'


def _nu_page(number: int, total: int, pkgs: list[NuPkg], offset: int) -> str:
    items = "".join(_nu_package(p, offset + i) for i, p in enumerate(pkgs))
    frameworks = "".join(
        _nu_check("frameworks", v, label)
        for v, label in (
            ("net", ".NET"),
            ("netcoreapp", ".NET Core"),
            ("netstandard", ".NET Standard"),
            ("netframework", ".NET Framework"),
        )
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>NuGet Gallery | Packages matching csv</title>
    <link href="/Content/gallery/css/bootstrap.min.css?v=ZmUpTUGXL2F4XA2zqRvb7fp2Lx6ZnGp8z0Pq1b1yHJw1" rel="stylesheet" />
    <link href="/Content/gallery/css/site.min.css?v=4GtEw1nXcmMFq3l2ZtZ3Wf_x8gkQk2fVZ8yZl8q1w1I1" rel="stylesheet" />
    <link rel="search" type="application/opensearchdescription+xml" href="/opensearch.xml" title="NuGet.org" />
    <script>window.nuget = window.nuget || {{}}; window.nuget.searchState = {{"q":"csv","page":{number},"includeComputedFrameworks":true,"prerel":true,"sortby":"relevance"}};</script>
</head>
<body>
    <div id="cookieConsent" class="banner banner-info" role="alert" aria-live="polite">
        <p>This site uses cookies for analytics, personalized content and ads. By continuing to browse this site, you agree to this use. <a href="https://go.microsoft.com/fwlink/?linkid=845480">Learn more</a></p>
        <button type="button" class="btn btn-primary" data-cookie-consent="accept">Accept</button>
        <button type="button" class="btn btn-default" data-cookie-consent="reject">Reject</button>
        <button type="button" class="btn btn-link" data-cookie-consent="manage">Manage cookies</button>
    </div>
    <nav class="navbar navbar-inverse" role="navigation" aria-label="Main">
        <div class="container">
            <div class="row">
                <div class="col-sm-12 text-center">
                    <a href="#" class="showOnFocus" title="Skip To Content" role="button">Skip To Content</a>
                </div>
            </div>
            <div class="navbar-header">
                <a href="/" class="navbar-logo" aria-label="NuGet home"><img src="/Content/gallery/img/logo-header.svg" height="32" alt="NuGet home"></a>
            </div>
            <div class="navbar-collapse collapse" id="navbar">
                <ul class="nav navbar-nav" role="tablist">
                    <li class="active" role="presentation"><a role="tab" aria-selected="true" href="/packages"><span>Packages</span></a></li>
                    <li role="presentation"><a role="tab" href="/packages/manage/upload"><span>Upload</span></a></li>
                    <li role="presentation"><a role="tab" href="/stats"><span>Statistics</span></a></li>
                    <li role="presentation"><a role="tab" href="https://docs.microsoft.com/nuget/"><span>Documentation</span></a></li>
                    <li role="presentation"><a role="tab" href="/downloads"><span>Downloads</span></a></li>
                    <li role="presentation"><a role="tab" href="https://devblogs.microsoft.com/nuget/"><span>Blog</span></a></li>
                </ul>
                <ul class="nav navbar-nav navbar-right"><li><a href="/users/account/LogOn?returnUrl=%2Fpackages%3Fq%3Dcsv" title="Sign in to an existing NuGet.org account"><span>Sign in</span></a></li></ul>
            </div>
            <div class="container search-container">
                <form aria-label="Package search bar" action="/packages" method="get">
                    <div class="input-group">
                        <input name="q" type="text" class="form-control" id="search" aria-label="Enter packages to search" placeholder="Search for packages..." autocomplete="off" value="csv">
                        <span class="input-group-btn"><button class="btn btn-default btn-search" type="submit" title="Search for packages" aria-label="Search"><i class="ms-Icon ms-Icon--Search" aria-hidden="true"></i></button></span>
                    </div>
                </form>
            </div>
        </div>
    </nav>
    <section role="main" class="container main-container page-list-packages">
        <div class="row clearfix">
            <div class="col-md-3 search-filters" id="search-filters">
                <form id="search-filters-form" action="/packages" method="get">
                    <input type="hidden" name="q" value="csv">
                    <h2 class="filter-title">Filter by</h2>
                    <fieldset><legend>Frameworks</legend>{frameworks}
                        <div class="checkbox"><label><input type="checkbox" name="includeComputedFrameworks" value="true" checked> Include compatible frameworks</label></div>
                    </fieldset>
                    <fieldset><legend>Package type</legend>
                        <div class="radio"><label><input type="radio" name="packagetype" value="" checked> All types</label></div>
                        <div class="radio"><label><input type="radio" name="packagetype" value="dependency"> Dependency</label></div>
                        <div class="radio"><label><input type="radio" name="packagetype" value="dotnettool"> .NET tool</label></div>
                        <div class="radio"><label><input type="radio" name="packagetype" value="template"> Template</label></div>
                    </fieldset>
                    <fieldset><legend>Options</legend>
                        <div class="checkbox"><label><input type="checkbox" name="prerel" value="true" checked> Include prerelease</label></div>
                    </fieldset>
                    <label for="sortby">Sort by</label>
                    <select id="sortby" name="sortby" class="form-control"><option value="relevance" selected>Relevance</option><option value="totalDownloads-desc">Downloads</option><option value="created-desc">Recently updated</option></select>
                    <button type="submit" class="btn btn-brand">Apply</button> <a href="/packages?q=csv" class="btn btn-default">Reset</a>
                </form>
            </div>
            <div class="col-md-9">
                <div class="cell-controls">
                    <h1 class="ms-font-xl">{NU_TOTAL:,} packages returned for csv</h1>
                    <p class="search-results-page">Page {number}</p>
                </div>
                <div class="list-packages" role="list">{items}
                </div>
                {_nu_pager(number, total)}
            </div>
        </div>
    </section>
    <footer class="footer">
        <div class="container">
            <div class="row">
                <div class="col-md-6 footer-heading"><p><a href="https://www.nuget.org/policies/Contact">Contact</a></p><p>Got questions about NuGet or the NuGet Gallery?</p></div>
                <div class="col-md-6 footer-heading"><p><a href="https://status.nuget.org/">Status</a></p><p>Find out the service status of NuGet.org and its related services.</p></div>
            </div>
            <div class="row footer-release-info">
                <p>© Microsoft 2025 - <a href="/policies/About">About NuGet.org</a> - <a href="/policies/Terms">Terms of Use</a> - <a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy Policy</a> - <a href="https://www.microsoft.com/trademarks">Trademarks</a></p>
                <p>This deployment is running on commit a3f9c1e (Mar 11 2025)</p>
            </div>
        </div>
    </footer>
    <script src="/Scripts/gallery/site.min.js?v=Qm4cGk0y1Xq2pD5jJfM3sYl5bB8Vn7aH2wR9tU6eI0c1"></script>
    <script src="/Scripts/gallery/page-list-packages.min.js?v=r8Tc2vWm1ZfPqX6kLhN4yJ3sB9dG0aE5uO7iC2tV1w81"></script>
</body>
</html>"""


@twentieth_b
def build_nupkgfind() -> None:
    s = Site(
        "nupkgfind",
        kind="package registry search results (NuGet Gallery 2024–25: article.package rows in div.list-packages[role=list], a.package-title links with data-package-* attributes, 'by:' owner profile links, '592.4M total downloads', 'last updated' span[data-datetime] '2/6/2025', 'Latest version:', tag links to Tags:\"…\" searches, framework badges, Prefix Reserved / Deprecated marks, a Previous / Next pager over &page=N)",
        start="packages?q=csv",
        description=(
            "The NuGet Gallery's package search for 'csv' (ASP.NET MVC, Bootstrap 3 + Fluent UI icons): a Microsoft cookie "
            "banner, the navbar (Packages / Upload / Statistics / Documentation / Downloads / Blog, Sign in) and search box, a "
            "'Filter by' sidebar (framework checkboxes, package type radios, Include prerelease, a Sort by select, Apply / Reset), "
            "'2,184 packages returned for csv' and 'Page N'; div.list-packages of article.package rows: a package icon, "
            "a.package-title to /packages/<Id>/ with data-package-id / data-package-version, a Prefix Reserved image on some and a "
            "'Deprecated' warning on one, span.package-by 'by:' and one profile link per owner (several on some), a ul of "
            "'592.4M total downloads' (abbreviated K / M), 'last updated' + span[data-datetime] with an ISO timestamp shown as "
            "M/D/YYYY, 'Latest version: 33.0.1', tag links to /packages?q=Tags%3A%22tag%22 (no tags on one), "
            "framework badge spans after a sr-only label, and div.package-details with the description. Pagination: a "
            "Previous / Next pager only (no numbers) over /packages?q=csv&includeComputedFrameworks=true&prerel=true&"
            "sortby=relevance&page=N; the start URL is page 1 and page=1 serves it again. Written down: title, url, owners "
            "(list), downloads, date, version, tags (list), description."
        ),
    )
    pages = chunks(NU_PKGS, NU_SIZES)
    offset = 0
    for number, pkgs in enumerate(pages, 1):
        text = _nu_page(number, len(pages), pkgs, offset)
        if number == 1:
            s.list_page("packages@q=csv", text)
            s.write(_nu_href(1).lstrip("/").replace("?", "@"), text)
        else:
            s.list_page(_nu_href(number).lstrip("/").replace("?", "@"), text)
        offset += len(pkgs)
    for p in NU_PKGS:
        s.expect(
            {
                "title": p.name,
                "url": p.url,
                "owners": list(p.owners),
                "downloads": p.download_count,
                "date": p.updated.isoformat(),
                "version": p.version,
                "tags": list(p.tags) or None,
                "description": p.description,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in TWENTIETH_B.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(f"{name:20} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}")


if __name__ == "__main__":
    main()
