"""Nineteenth wave (b) of HELD-OUT corpus sites (issue #3), frozen before anybody measured the Scout on them.

* **trialregistry** — a clinical-trials registry's search results (ClinicalTrials.gov 2024–25, Angular SSR).
* **caselawhub** — a case-law search engine's opinion results (CourtListener 2024–25, Django + Bootstrap 3).
* **billtracker** — a legislature's legislation search (Congress.gov 2024–25 expanded view with bill trackers).

Run ``uv run python tests/sites/corpus/generate_held_out_nineteenth_b.py`` to rebuild them (the helpers and the
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
from urllib.parse import quote, quote_plus

sys.path.insert(0, str(Path(__file__).parent))

from generate import FROZEN, ROOT, Site, chunks, esc, slug

FROZEN |= {"trialregistry", "caselawhub", "billtracker"}

NINETEENTH_B: dict[str, Callable[[], None]] = {}


def nineteenth_b(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    NINETEENTH_B[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _hex(seed: str, length: int) -> str:
    """A stable pseudo-random hex string (ids, hashes, tokens)."""
    return hashlib.sha256(seed.encode()).hexdigest()[:length]


def _json_script(value: object) -> str:
    """JSON as sites inline it in a script: compact, with ``</`` kept out of the HTML parser's way."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).replace("</", "<\\/")


def _ordinal(day: int) -> str:
    """'1st', '22nd', '13th' as Django's ``S`` date format writes them."""
    if 10 <= day % 100 <= 20:
        return f"{day}th"
    return f"{day}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th') }"


# ---------------------------------------------------------------------------------------------------
# trialregistry (FROZEN): ClinicalTrials.gov-like search results, 2024–25 Angular SSR with USWDS classes
# ---------------------------------------------------------------------------------------------------

NG = '_ngcontent-ng-c2071946393=""'
NG_HOST = "_nghost-ng-c2071946393"
TR_QUERY = "cond=Long%20COVID"


@dataclass(frozen=True)
class Trial:
    """One study card of the search results."""

    nct_id: str
    title: str
    status: str
    conditions: tuple[str, ...]
    interventions: tuple[tuple[str, str], ...]  # (type, name); the card shows "Drug: name"
    sponsor: str
    phase: str | None
    start: str  # ISO date; the card shows it as is
    start_kind: str  # "Actual" or "Estimated"
    location: str | None
    more_locations: int = 0
    has_results: bool = False
    acronym: str | None = None

    @property
    def href(self) -> str:
        return f"/study/{self.nct_id}"


TRIALS = [
    Trial(
        "NCT05965739",
        "Efficacy of Low-Dose Naltrexone for Post-COVID-19 Fatigue: a Randomized Placebo-Controlled Trial",
        "Recruiting",
        ("Long COVID", "Post-COVID-19 Fatigue"),
        (("Drug", "Low-Dose Naltrexone"), ("Drug", "Placebo")),
        "University of British Columbia",
        "Phase 2",
        "2024-02-19",
        "Actual",
        "Vancouver, British Columbia, Canada",
        4,
        acronym="REVIVE-LDN",
    ),
    Trial(
        "NCT06161688",
        "Nirmatrelvir/Ritonavir for the Treatment of Long COVID Symptoms",
        "Active, not recruiting",
        ("Long COVID", "Post-Acute Sequelae of SARS-CoV-2 Infection"),
        (("Drug", "Nirmatrelvir/Ritonavir"), ("Other", "Placebo/Ritonavir")),
        "Stanford University",
        "Phase 2",
        "2023-11-27",
        "Actual",
        "Palo Alto, California, United States",
    ),
    Trial(
        "NCT05877508",
        "Structured Exercise Rehabilitation in Adults With Post-COVID Condition",
        "Completed",
        ("Post-COVID Condition",),
        (("Behavioral", "Supervised aerobic and resistance training"), ("Behavioral", "Usual care advice")),
        "Karolinska Institutet",
        None,
        "2023-05-02",
        "Actual",
        "Stockholm, Sweden",
        2,
        has_results=True,
    ),
    Trial(
        "NCT06212605",
        "Transcutaneous Auricular Vagus Nerve Stimulation for Cognitive Symptoms After COVID-19",
        "Recruiting",
        ("Long COVID", "Brain Fog", "Cognitive Impairment"),
        (("Device", "taVNS active stimulation"), ("Device", "Sham stimulation")),
        "Charité – Universitätsmedizin Berlin",
        "Not Applicable",
        "2024-04-08",
        "Actual",
        "Berlin, Germany",
    ),
    Trial(
        "NCT05858515",
        "Temelimab as a Disease-Modifying Therapy in Patients With Neuropsychiatric Symptoms in Post-COVID 19 or PASC Syndrome",
        "Completed",
        ("Post-Acute COVID-19 Syndrome",),
        (("Drug", "Temelimab"), ("Drug", "Placebo")),
        "GeNeuro SA",
        "Phase 2",
        "2022-06-14",
        "Actual",
        "Geneva, Switzerland",
        3,
        has_results=True,
    ),
    Trial(
        "NCT06296927",
        "Hyperbaric Oxygen Therapy for Post-COVID-19 Condition (HOT-LoCO)",
        "Recruiting",
        ("Long COVID",),
        (("Procedure", "Hyperbaric oxygen therapy"), ("Procedure", "Sham hyperbaric session")),
        "Linkoeping University",
        "Phase 2",
        "2024-05-13",
        "Actual",
        "Linköping, Sweden",
        1,
        acronym="HOT-LoCO",
    ),
    Trial(
        "NCT06387355",
        "Metformin to Reduce Long COVID After Acute SARS-CoV-2 Infection in Adults With Overweight",
        "Not yet recruiting",
        ("Long COVID", "COVID-19", "Overweight"),
        (("Drug", "Metformin ER"), ("Drug", "Placebo")),
        "University of Minnesota",
        "Phase 3",
        "2025-01-15",
        "Estimated",
        None,
    ),
    Trial(
        "NCT05911906",
        "Paced Breathing and Heart Rate Variability Biofeedback in Post-COVID Dysautonomia",
        "Enrolling by invitation",
        ("Postural Orthostatic Tachycardia Syndrome", "Long COVID"),
        (("Behavioral", "HRV biofeedback"),),
        "Mayo Clinic",
        "Not Applicable",
        "2023-08-21",
        "Actual",
        "Rochester, Minnesota, United States",
    ),
    Trial(
        "NCT06050512",
        "Coenzyme Q10 and Alpha-Lipoic Acid Supplementation in Post-COVID Fatigue",
        "Terminated",
        ("Post-COVID Fatigue",),
        (("Dietary Supplement", "Coenzyme Q10 + alpha-lipoic acid"), ("Dietary Supplement", "Placebo capsules")),
        "Aarhus University Hospital",
        "Phase 3",
        "2023-10-02",
        "Actual",
        "Aarhus, Denmark",
        has_results=True,
    ),
    Trial(
        "NCT06130033",
        "Online Cognitive Behavioural Therapy for Persistent Symptoms After COVID-19",
        "Recruiting",
        ("Long COVID", "Fatigue", "Anxiety"),
        (("Behavioral", "Internet-delivered CBT"), ("Behavioral", "Waitlist")),
        "Radboud University Medical Center",
        "Not Applicable",
        "2024-01-10",
        "Actual",
        "Nijmegen, Netherlands",
        6,
    ),
    Trial(
        "NCT05595369",
        "Baricitinib in Long COVID Neurocognitive Dysfunction (REVERSE-LC)",
        "Recruiting",
        ("Long COVID", "Neurocognitive Disorders"),
        (("Drug", "Baricitinib"), ("Drug", "Placebo")),
        "Vanderbilt University Medical Center",
        "Phase 3",
        "2024-09-03",
        "Actual",
        "Nashville, Tennessee, United States",
        11,
        acronym="REVERSE-LC",
    ),
    Trial(
        "NCT06442774",
        "Olfactory Training Combined With Platelet-Rich Plasma for Post-COVID Smell Loss",
        "Not yet recruiting",
        ("Anosmia", "Long COVID"),
        (("Biological", "Platelet-rich plasma injection"), ("Behavioral", "Olfactory training kit")),
        "University of Pennsylvania",
        "Phase 1/Phase 2",
        "2025-03-01",
        "Estimated",
        "Philadelphia, Pennsylvania, United States",
    ),
    Trial(
        "NCT05823896",
        "Vortioxetine for Post-COVID-19 Cognitive Deficits",
        "Completed",
        ("Post-COVID-19 Condition", "Cognitive Dysfunction"),
        (("Drug", "Vortioxetine"), ("Drug", "Placebo")),
        "University Health Network, Toronto",
        "Phase 2",
        "2022-09-12",
        "Actual",
        "Toronto, Ontario, Canada",
        has_results=True,
    ),
    Trial(
        "NCT06227728",
        "Inspiratory Muscle Training for Breathlessness in Long COVID",
        "Recruiting",
        ("Long COVID", "Dyspnea"),
        (("Device", "Threshold inspiratory muscle trainer"),),
        "University of Leicester",
        "Not Applicable",
        "2024-03-25",
        "Actual",
        "Leicester, United Kingdom",
        2,
    ),
    Trial(
        "NCT06027788",
        "Cohort Study of Immune Signatures in Post-Acute Sequelae of SARS-CoV-2 (PASC-IMMUNE)",
        "Active, not recruiting",
        ("Post-Acute Sequelae of SARS-CoV-2 Infection",),
        (),
        "National Institute of Allergy and Infectious Diseases (NIAID)",
        None,
        "2023-09-18",
        "Actual",
        "Bethesda, Maryland, United States",
        acronym="PASC-IMMUNE",
    ),
    Trial(
        "NCT06404112",
        "Low-Dose Aripiprazole for Long COVID-Related Fatigue and Brain Fog",
        "Withdrawn",
        ("Long COVID",),
        (("Drug", "Aripiprazole 0.5 mg"),),
        "Bateman Horne Center",
        "Phase 2",
        "2024-07-01",
        "Estimated",
        None,
    ),
    Trial(
        "NCT05965726",
        "Ivabradine Versus Placebo in Post-COVID Postural Tachycardia",
        "Recruiting",
        ("Postural Orthostatic Tachycardia Syndrome", "Long COVID"),
        (("Drug", "Ivabradine"), ("Drug", "Placebo")),
        "Hospital Clínic de Barcelona",
        "Phase 3",
        "2023-12-04",
        "Actual",
        "Barcelona, Spain",
        3,
    ),
    Trial(
        "NCT06344260",
        "Probiotic Formula SIM01 for Post-Acute COVID-19 Syndrome in Adults",
        "Completed",
        ("Post-Acute COVID-19 Syndrome",),
        (("Dietary Supplement", "SIM01"), ("Dietary Supplement", "Placebo sachet")),
        "Chinese University of Hong Kong",
        "Not Applicable",
        "2023-06-30",
        "Actual",
        "Hong Kong, Hong Kong",
    ),
    Trial(
        "NCT06501599",
        "Lithium Aspartate for Post-COVID Fatigue and Brain Fog",
        "Recruiting",
        ("Long COVID", "Fatigue"),
        (("Drug", "Lithium aspartate"), ("Drug", "Placebo")),
        "University at Buffalo",
        "Phase 2",
        "2024-10-14",
        "Actual",
        "Buffalo, New York, United States",
    ),
    Trial(
        "NCT06180265",
        "Pacing Education Programme for People Living With Long COVID (PACE-LC)",
        "Recruiting",
        ("Long COVID", "Post-Exertional Malaise"),
        (("Behavioral", "Group pacing programme"), ("Other", "Information leaflet")),
        "University of Exeter",
        "Not Applicable",
        "2024-02-05",
        "Actual",
        "Exeter, United Kingdom",
        7,
        acronym="PACE-LC",
    ),
    Trial(
        "NCT05839236",
        "Efficacy and Safety of Fluvoxamine in Long COVID (STOP-PASC-2)",
        "Suspended",
        ("Long COVID",),
        (("Drug", "Fluvoxamine"), ("Drug", "Placebo")),
        "Washington University School of Medicine",
        "Phase 2",
        "2023-04-17",
        "Actual",
        "St Louis, Missouri, United States",
        acronym="STOP-PASC-2",
    ),
    Trial(
        "NCT06398431",
        "Stellate Ganglion Block for Long COVID Parosmia",
        "Not yet recruiting",
        ("Parosmia", "Long COVID"),
        (("Procedure", "Stellate ganglion block"), ("Procedure", "Saline injection")),
        "Medical University of Vienna",
        "Phase 2",
        "2025-02-03",
        "Estimated",
        "Vienna, Austria",
    ),
    Trial(
        "NCT06011720",
        "Remote Cardiopulmonary Rehabilitation for Long COVID: a Pragmatic Trial",
        "Active, not recruiting",
        ("Long COVID",),
        (("Behavioral", "Tele-rehabilitation"), ("Behavioral", "Usual care")),
        "Oslo University Hospital",
        "Not Applicable",
        "2023-10-23",
        "Actual",
        "Oslo, Norway",
        5,
    ),
    Trial(
        "NCT06475703",
        "Nicotinamide Riboside in Post-COVID Cognitive Impairment",
        "Recruiting",
        ("Long COVID", "Cognitive Impairment"),
        (("Dietary Supplement", "Nicotinamide riboside"), ("Dietary Supplement", "Placebo")),
        "Massachusetts General Hospital",
        "Phase 2",
        "2024-08-26",
        "Actual",
        "Boston, Massachusetts, United States",
    ),
    Trial(
        "NCT05722717",
        "Long COVID in Children and Adolescents: Observational Registry (LoCoKids)",
        "Enrolling by invitation",
        ("Long COVID", "Pediatric"),
        (),
        "Murdoch Childrens Research Institute",
        None,
        "2023-02-01",
        "Actual",
        "Melbourne, Victoria, Australia",
        2,
        acronym="LoCoKids",
    ),
    Trial(
        "NCT06312085",
        "AXA1125 for Fatigue in Long COVID: a Phase 3 Study",
        "Not yet recruiting",
        ("Long COVID", "Fatigue"),
        (("Drug", "AXA1125"), ("Drug", "Placebo")),
        "Axcella Health, Inc",
        "Phase 3",
        "2025-05-20",
        "Estimated",
        None,
    ),
    Trial(
        "NCT05947500",
        "Intravenous Immunoglobulin in Long COVID Small Fiber Neuropathy",
        "Completed",
        ("Small Fiber Neuropathy", "Long COVID"),
        (("Biological", "IVIg"), ("Other", "Albumin placebo")),
        "National Institute of Neurological Disorders and Stroke (NINDS)",
        "Phase 2",
        "2022-11-07",
        "Actual",
        "Bethesda, Maryland, United States",
        has_results=True,
    ),
]
TR_SIZES = [10, 10, 7]

TR_STATUS_CLASS = {
    "Recruiting": "recruiting",
    "Not yet recruiting": "not-yet-recruiting",
    "Active, not recruiting": "active-not-recruiting",
    "Enrolling by invitation": "enrolling-by-invitation",
    "Completed": "completed",
    "Terminated": "terminated",
    "Withdrawn": "withdrawn",
    "Suspended": "suspended",
}


def _tr_href(number: int) -> str:
    return f"/search?{TR_QUERY}" + (f"&page={number}" if number > 1 else "")


def _tr_row(label: str, value_html: str) -> str:
    return (
        f'<div {NG} class="hit-card-row ng-star-inserted"><span {NG} class="hit-card-label">{label}</span>'
        f'<div {NG} class="hit-card-value">{value_html}</div></div>'
    )


def _tr_card(rank: int, t: Trial) -> str:
    status = f'<span {NG} class="status-chip status-chip--{TR_STATUS_CLASS[t.status]}"><span {NG} class="usa-sr-only">Status: </span>{esc(t.status)}</span>'
    results = (
        f'<span {NG} class="results-chip ng-star-inserted"><ctg-icon {NG} name="check"></ctg-icon>Has Results</span>'
        if t.has_results
        else ""
    )
    conds = "".join(f'<li {NG} class="ng-star-inserted">{esc(c)}</li>' for c in t.conditions)
    rows = [_tr_row("Conditions", f'<ul {NG} class="usa-list usa-list--unstyled conditions-list">{conds}</ul>')]
    if t.interventions:
        items = "".join(
            f'<li {NG} class="ng-star-inserted"><span {NG} class="intervention-type">{esc(kind)}:</span> {esc(name)}</li>'
            for kind, name in t.interventions
        )
        rows.append(
            _tr_row("Interventions", f'<ul {NG} class="usa-list usa-list--unstyled interventions-list">{items}</ul>')
        )
    if t.location:
        more = (
            f' <span {NG} class="more-locations ng-star-inserted">and {t.more_locations} more location{"s" if t.more_locations > 1 else ""}</span>'
            if t.more_locations
            else ""
        )
        rows.append(_tr_row("Locations", f'<span {NG} class="location-text">{esc(t.location)}</span>{more}'))
    else:
        rows.append(_tr_row("Locations", f'<span {NG} class="text-base ng-star-inserted">No locations listed</span>'))
    rows.append(_tr_row("Sponsor", f"<span {NG}>{esc(t.sponsor)}</span>"))
    if t.phase:
        rows.append(_tr_row("Phase", f'<span {NG} class="phase-text">{esc(t.phase)}</span>'))
    rows.append(_tr_row(f"Study Start ({t.start_kind})", f'<span {NG} class="date-text">{t.start}</span>'))
    acronym = f'<span {NG} class="hit-card-acronym ng-star-inserted">{esc(t.acronym)}</span>' if t.acronym else ""
    return f"""
<ctg-search-hit-card {NG} _nghost-ng-c3378129084="" class="ng-star-inserted"><div _ngcontent-ng-c3378129084="" class="usa-card hit-card" data-rank="{rank}">
 <div _ngcontent-ng-c3378129084="" class="usa-card__container">
  <header _ngcontent-ng-c3378129084="" class="usa-card__header hit-card-header">
   <div _ngcontent-ng-c3378129084="" class="hit-card-top"><div class="usa-checkbox save-checkbox"><input class="usa-checkbox__input" id="save-{t.nct_id}" type="checkbox" value="{t.nct_id}"><label class="usa-checkbox__label" for="save-{t.nct_id}"><span class="usa-sr-only">Save {t.nct_id} to My Saved Studies</span></label></div>
    {status}{results}<span _ngcontent-ng-c3378129084="" class="nct-id">{t.nct_id}</span></div>
   <h2 _ngcontent-ng-c3378129084="" class="usa-card__heading hit-card-title"><a _ngcontent-ng-c3378129084="" class="hit-card-title-link" href="{t.href}?{TR_QUERY}&amp;rank={rank}">{esc(t.title)}</a></h2>{acronym}
  </header>
  <div _ngcontent-ng-c3378129084="" class="usa-card__body hit-card-body">{"".join(rows)}</div>
 </div>
</div></ctg-search-hit-card>"""


def _tr_state(items: list[Trial], number: int) -> str:
    """Angular's transfer state: the API answer the page was rendered from."""
    studies = [
        {
            "protocolSection": {
                "identificationModule": {"nctId": t.nct_id, "briefTitle": t.title, "acronym": t.acronym},
                "statusModule": {
                    "overallStatus": t.status.upper().replace(", ", "_").replace(" ", "_"),
                    "startDateStruct": {"date": t.start, "type": t.start_kind.upper()},
                },
                "sponsorCollaboratorsModule": {"leadSponsor": {"name": t.sponsor}},
                "conditionsModule": {"conditions": list(t.conditions)},
            },
            "hasResults": t.has_results,
        }
        for t in items
    ]
    state = {
        "search-results": {
            "b": {
                "totalCount": len(TRIALS),
                "studies": studies,
                "nextPageToken": _hex(f"tr{number}", 14) if number < 3 else None,
            },
            "h": {},
            "s": 200,
            "st": "OK",
            "u": f"/api/int/studies?cond=Long+COVID&agg.synonyms=true&page={number}",
        }
    }
    return _json_script(state)


def _tr_page(number: int, total: int, items: list[Trial]) -> str:
    first = sum(TR_SIZES[: number - 1]) + 1
    last = first + len(items) - 1
    cards = "".join(_tr_card(first + i, t) for i, t in enumerate(items))
    pager = []
    if number > 1:
        pager.append(
            f'<li class="usa-pagination__item usa-pagination__arrow"><a href="{esc(_tr_href(number - 1))}" class="usa-pagination__link usa-pagination__previous-page" aria-label="Previous page"><span class="usa-pagination__link-text">Previous</span></a></li>'
        )
    for n in range(1, total + 1):
        current = ' usa-current" aria-current="page' if n == number else ""
        pager.append(
            f'<li class="usa-pagination__item usa-pagination__page-no"><a href="{esc(_tr_href(n))}" class="usa-pagination__button{current}" aria-label="Page {n}">{n}</a></li>'
        )
    if number < total:
        pager.append(
            f'<li class="usa-pagination__item usa-pagination__arrow"><a href="{esc(_tr_href(number + 1))}" class="usa-pagination__link usa-pagination__next-page" aria-label="Next page"><span class="usa-pagination__link-text">Next</span></a></li>'
        )
    filters = "".join(
        f'<div class="usa-checkbox"><input class="usa-checkbox__input" id="f-{slug(label)}" type="checkbox"><label class="usa-checkbox__label" for="f-{slug(label)}">{label}</label></div>'
        for label in [
            "Not yet recruiting",
            "Recruiting",
            "Enrolling by invitation",
            "Active, not recruiting",
            "Completed",
            "Suspended",
            "Terminated",
            "Withdrawn",
        ]
    )
    return f"""<!DOCTYPE html>
<html lang="en" data-critters-container><head>
<meta charset="utf-8"><title>Long COVID | Search results | ClinicalTrials.gov</title>
<base href="/"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Search results for studies about Long COVID on the trial registry.">
<link rel="stylesheet" href="styles.6f1c9a0b2d4e8f73.css" media="print" onload="this.media='all'">
<link rel="canonical" href="https://trialregistry.example/search?{TR_QUERY}">
</head>
<body><ctg-root ng-version="17.3.12" ng-server-context="ssr">
<section class="usa-banner" aria-label="Official website of the United States government"><div class="usa-accordion"><header class="usa-banner__header"><div class="usa-banner__inner"><div class="grid-col-auto"><img class="usa-banner__header-flag" src="assets/uswds/img/us_flag_small.png" alt=""></div><div class="grid-col-fill"><p class="usa-banner__header-text">An official website of the United States government</p><p class="usa-banner__header-action" aria-hidden="true">Here’s how you know</p></div><button type="button" class="usa-accordion__button usa-banner__button" aria-expanded="false" aria-controls="gov-banner-default"><span class="usa-banner__button-text">Here’s how you know</span></button></div></header></div></section>
<ctg-site-header {NG}><header {NG} class="usa-header usa-header--extended"><div {NG} class="usa-navbar"><div {NG} class="usa-logo"><a {NG} href="/" title="ClinicalTrials.gov home"><img {NG} src="assets/images/ctg-logo.svg" alt="ClinicalTrials.gov"></a></div><button {NG} type="button" class="usa-menu-btn">Menu</button></div>
 <nav {NG} aria-label="Primary navigation" class="usa-nav"><ul {NG} class="usa-nav__primary usa-accordion"><li {NG} class="usa-nav__primary-item"><button {NG} class="usa-accordion__button usa-nav__link"><span {NG}>Find Studies</span></button></li><li {NG} class="usa-nav__primary-item"><button {NG} class="usa-accordion__button usa-nav__link"><span {NG}>Study Basics</span></button></li><li {NG} class="usa-nav__primary-item"><button {NG} class="usa-accordion__button usa-nav__link"><span {NG}>Submit Studies</span></button></li><li {NG} class="usa-nav__primary-item"><button {NG} class="usa-accordion__button usa-nav__link"><span {NG}>Data and API</span></button></li><li {NG} class="usa-nav__primary-item"><a {NG} href="/about-site/about-ctg" class="usa-nav__link"><span {NG}>About Site</span></a></li></ul>
 <div {NG} class="usa-nav__secondary"><a {NG} href="/my-saved-studies" class="saved-link"><ctg-icon {NG} name="bookmark"></ctg-icon>Saved Studies (0)</a></div></nav></header></ctg-site-header>
<div class="usa-alert usa-alert--info usa-alert--slim ctg-site-alert" role="region" aria-label="Site alert"><div class="usa-alert__body"><p class="usa-alert__text">Some PRS users may experience delays receiving verification emails. See <a href="/about-site/new">What’s New</a> for the latest updates to the modernized site.</p></div></div>
<main id="main-content" class="ctg-main">
 <ctg-search-results-page {NG_HOST}="">
  <div class="search-header grid-container"><h1 class="search-heading">Search results</h1>
   <div class="search-chips"><span class="usa-tag filter-chip">Condition/disease: Long COVID <button aria-label="Remove Long COVID filter">×</button></span><a href="/search" class="clear-link">Clear all</a></div>
   <div class="search-toolbar"><p class="results-count" aria-live="polite">Viewing {first}-{last} out of {len(TRIALS)} studies</p>
    <div class="toolbar-actions"><button class="usa-button usa-button--outline"><ctg-icon name="download"></ctg-icon>Download</button><button class="usa-button usa-button--outline"><ctg-icon name="view"></ctg-icon>Display Options</button>
     <label class="usa-label" for="sort">Sort by</label><select class="usa-select" id="sort"><option selected>Relevance</option><option>Last Update Posted (newest)</option><option>Study Start (newest)</option></select></div>
    <div class="view-tabs" role="tablist"><button role="tab" aria-selected="true" class="tab-active">Card View</button><button role="tab" aria-selected="false">Table View</button><button role="tab" aria-selected="false">Map View</button></div></div></div>
  <div class="grid-container results-layout"><div class="grid-row grid-gap">
   <aside class="grid-col-3 filter-panel" aria-label="Filters"><h2 class="filter-heading">Filters</h2><fieldset class="usa-fieldset"><legend class="usa-legend">Study Status</legend>{filters}</fieldset>
    <fieldset class="usa-fieldset"><legend class="usa-legend">Eligibility Criteria</legend><label class="usa-label" for="age">Age</label><input class="usa-input" id="age" placeholder="Age in years"><div class="usa-checkbox"><input class="usa-checkbox__input" id="hv" type="checkbox"><label class="usa-checkbox__label" for="hv">Accepts healthy volunteers</label></div></fieldset>
    <fieldset class="usa-fieldset"><legend class="usa-legend">Study Phase</legend><div class="usa-checkbox"><input class="usa-checkbox__input" id="p1" type="checkbox"><label class="usa-checkbox__label" for="p1">Phase 1</label></div><div class="usa-checkbox"><input class="usa-checkbox__input" id="p2" type="checkbox"><label class="usa-checkbox__label" for="p2">Phase 2</label></div><div class="usa-checkbox"><input class="usa-checkbox__input" id="p3" type="checkbox"><label class="usa-checkbox__label" for="p3">Phase 3</label></div></fieldset>
    <button class="usa-button">Apply Filters</button></aside>
   <div class="grid-col-9 results-content-area"><ctg-search-results-list {NG}><div {NG} class="results-list" role="list">{cards}</div></ctg-search-results-list>
    <nav aria-label="Pagination" class="usa-pagination"><ul class="usa-pagination__list">{"".join(pager)}</ul></nav>
    <div class="results-per-page"><label class="usa-label" for="pp">Results per page</label><select class="usa-select" id="pp"><option selected>10</option><option>25</option><option>50</option><option>100</option></select></div>
   </div></div></div>
 </ctg-search-results-page>
</main>
<ctg-site-footer><footer class="usa-footer"><div class="usa-footer__primary-section"><nav class="usa-footer__nav" aria-label="Footer navigation"><ul class="grid-row"><li class="usa-footer__primary-content"><a class="usa-footer__primary-link" href="/about-site/disclaimer">Disclaimer</a></li><li class="usa-footer__primary-content"><a class="usa-footer__primary-link" href="/about-site/accessibility">Accessibility</a></li><li class="usa-footer__primary-content"><a class="usa-footer__primary-link" href="/about-site/privacy">Viewers and Players</a></li><li class="usa-footer__primary-content"><a class="usa-footer__primary-link" href="/about-site/foia">Freedom of Information Act</a></li><li class="usa-footer__primary-content"><a class="usa-footer__primary-link" href="https://www.hhs.example/">HHS Vulnerability Disclosure</a></li></ul></nav></div>
 <div class="usa-footer__secondary-section"><p>National Library of Medicine · 8600 Rockville Pike, Bethesda, MD 20894</p><p class="ctg-version">v2.14.3</p></div></footer></ctg-site-footer>
</ctg-root>
<script id="ng-state" type="application/json">{_tr_state(items, number)}</script>
<script src="runtime.3b8a4e6c.js" type="module"></script><script src="polyfills.9d1e2f77.js" type="module"></script><script src="main.c04f5a91e2b8d316.js" type="module"></script>
</body></html>"""


@nineteenth_b
def build_trialregistry() -> None:
    s = Site(
        "trialregistry",
        kind="clinical-trials registry search",
        start=_tr_href(1).lstrip("/"),
        description=(
            "A clinical-trials registry's search results for the condition 'Long COVID' (ClinicalTrials.gov 2024–25 modernized "
            "site, Angular 17 SSR): USWDS classes plus _ngcontent-ng-c… attributes and ng-star-inserted on everything, "
            "ctg-search-hit-card elements each holding a usa-card with a save checkbox (sr-only 'Save NCT… to My Saved Studies'), "
            "a status chip with an sr-only 'Status: ' prefix, an optional 'Has Results' chip, the NCT number, an h2 title link "
            "carrying ?cond=…&rank=N, an optional acronym under the title, then label/value rows (Conditions and Interventions "
            "as unstyled lists with 'Drug:' / 'Behavioral:' type spans, Locations with 'and N more locations' or 'No locations "
            "listed', Sponsor, an optional Phase, 'Study Start (Actual)' / '(Estimated)' with an ISO date); a gov banner, a site "
            "alert, a filter sidebar, card/table/map tabs, a 'Viewing 1-10 out of 27 studies' line, USWDS pagination over "
            "&page=N and the API answer again in the ng-state transfer-state script. Written down: nct_id, title, url, status, "
            "url (the link as it stands, with ?cond=…&rank=N), conditions, interventions (names without the type), sponsor, phase, start_date, has_results (only where the chip shows)."
        ),
    )
    pages = chunks(TRIALS, TR_SIZES)
    for number, items in enumerate(pages, 1):
        s.list_page(_tr_href(number).lstrip("/").replace("?", "@"), _tr_page(number, len(pages), items))
    for rank, t in enumerate(TRIALS, 1):
        s.expect(
            {
                "nct_id": t.nct_id,
                "title": t.title,
                "url": f"{t.href}?{TR_QUERY}&rank={rank}",
                "status": t.status,
                "conditions": list(t.conditions),
                "interventions": [name for _, name in t.interventions] or None,
                "sponsor": t.sponsor,
                "phase": t.phase,
                "start_date": t.start,
                "has_results": True if t.has_results else None,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# caselawhub (FROZEN): CourtListener-like opinion search results, 2024–25 Django templates on Bootstrap 3
# ---------------------------------------------------------------------------------------------------

CL_QUERY = "q=%22fair+use%22+software&type=o&order_by=score+desc"


@dataclass(frozen=True)
class Opinion:
    """One case-law search result."""

    cluster_id: int
    name: str
    court: str
    court_id: str
    filed: date
    status: str  # "Precedential" / "Non-Precedential" / "Unknown"
    citations: tuple[str, ...]
    docket: str | None
    cited_by: int
    snippet: str  # with <mark> around the query words

    @property
    def href(self) -> str:
        return f"/opinion/{self.cluster_id}/{slug(self.name)[:75].rstrip('-')}/"


OPINIONS = [
    Opinion(
        4876123,
        "Oracle America, Inc. v. Google Inc.",
        "Court of Appeals for the Federal Circuit",
        "cafc",
        date(2018, 3, 27),
        "Precedential",
        ("886 F.3d 1179", "126 U.S.P.Q. 2d 1141"),
        "17-1118",
        214,
        "… we conclude that Google’s use of the 37 Java API packages was not <mark>fair</mark> as a matter of law. We therefore reverse the district court’s decisions denying Oracle’s motions for JMOL and remand for a trial on damages. The <mark>fair</mark> <mark>use</mark> doctrine …",
    ),
    Opinion(
        5061712,
        "Sega Enterprises Ltd. v. Accolade, Inc.",
        "Court of Appeals for the Ninth Circuit",
        "ca9",
        date(1993, 1, 6),
        "Precedential",
        ("977 F.2d 1510",),
        "92-15655",
        1187,
        "… disassembly is a <mark>fair</mark> <mark>use</mark> of the copyrighted work, as a matter of law, where disassembly is the only way to gain access to the ideas and functional elements embodied in a copyrighted computer program …",
    ),
    Opinion(
        7421930,
        "Brightline Data Systems, LLC v. Quillfeather Analytics, Inc.",
        "District Court, N.D. California",
        "cand",
        date(2024, 2, 14),
        "Non-Precedential",
        (),
        "3:22-cv-05531",
        3,
        "… Quillfeather argues that copying the header files was a <mark>fair</mark> <mark>use</mark> because the headers are needed for interoperability with Brightline’s <mark>software</mark> development kit …",
    ),
    Opinion(
        6612458,
        "Harrow Labs, Inc. v. Tenmile Robotics Corp.",
        "Court of Appeals for the Second Circuit",
        "ca2",
        date(2022, 8, 30),
        "Precedential",
        ("45 F.4th 612",),
        "21-1937",
        41,
        "… the fourth factor weighs against <mark>fair</mark> <mark>use</mark> where the copy of the firmware served as a market substitute for the licensed <mark>software</mark> …",
    ),
    Opinion(
        9214006,
        "Penrose Media Group v. Atlas Scholastic Software",
        "District Court, S.D. New York",
        "nysd",
        date(2024, 9, 9),
        "Non-Precedential",
        (),
        "1:23-cv-07218",
        0,
        "… the transformative character of a <mark>software</mark> feature that indexes copyrighted textbooks is a question of <mark>fair</mark> <mark>use</mark> that cannot be resolved on the pleadings …",
    ),
    Opinion(
        3391207,
        "Sony Computer Entertainment, Inc. v. Connectix Corp.",
        "Court of Appeals for the Ninth Circuit",
        "ca9",
        date(2000, 2, 10),
        "Precedential",
        ("203 F.3d 596",),
        "99-15852",
        642,
        "… we conclude that the intermediate copies made and used by Connectix during the course of its reverse engineering of the Sony BIOS were protected as a <mark>fair</mark> <mark>use</mark> …",
    ),
    Opinion(
        8803544,
        "Kettleby Instruments v. Nordvale Systems AB",
        "Court of Appeals for the Federal Circuit",
        "cafc",
        date(2023, 11, 21),
        "Non-Precedential",
        (),
        "2022-2104",
        2,
        "… the district court did not err in declining to reach <mark>fair</mark> <mark>use</mark>, having found no protectable expression in the calibration <mark>software</mark> menus …",
    ),
    Opinion(
        9488127,
        "Andersen v. Stability AI Ltd.",
        "District Court, N.D. California",
        "cand",
        date(2024, 8, 12),
        "Non-Precedential",
        (),
        "3:23-cv-00201",
        18,
        "… Defendants contend training on the images was a <mark>fair</mark> <mark>use</mark>, an affirmative defense the Court will not decide at this stage …",
    ),
    Opinion(
        2264519,
        "Lewis Galoob Toys, Inc. v. Nintendo of America, Inc.",
        "Court of Appeals for the Ninth Circuit",
        "ca9",
        date(1992, 5, 21),
        "Precedential",
        ("964 F.2d 965",),
        "91-16008",
        398,
        "… even if the Game Genie created a derivative work, its use by consumers in their homes would be a <mark>fair</mark> <mark>use</mark> …",
    ),
    Opinion(
        7733018,
        "Marlow Learning Co. v. Fenwick Educational Software, Inc.",
        "Court of Appeals for the Seventh Circuit",
        "ca7",
        date(2023, 4, 3),
        "Precedential",
        ("64 F.4th 833",),
        "22-1410",
        27,
        "… a teacher-facing <mark>software</mark> tool that reproduced the worksheets verbatim did not transform them, and the <mark>fair</mark> <mark>use</mark> defense fails …",
    ),
    Opinion(
        5510296,
        "Google LLC v. Oracle America, Inc.",
        "Supreme Court of the United States",
        "scotus",
        date(2021, 4, 5),
        "Precedential",
        ("593 U.S. 1", "141 S. Ct. 1183", "209 L. Ed. 2d 311"),
        "18-956",
        1364,
        "… we conclude that Google’s copying of the Java SE API, which included only those lines of code that were needed to allow programmers to put their accrued talents to work in a new and transformative program, was a <mark>fair</mark> <mark>use</mark> of that material as a matter of law …",
    ),
    Opinion(
        9355871,
        "Thomson Reuters Enterprise Centre GmbH v. Ross Intelligence Inc.",
        "District Court, D. Delaware",
        "ded",
        date(2025, 2, 11),
        "Non-Precedential",
        (),
        "1:20-cv-00613",
        9,
        "… Ross’s use is not transformative because it uses the headnotes as AI data to create a legal research tool to compete with Westlaw. The <mark>fair</mark> <mark>use</mark> factors …",
    ),
    Opinion(
        4420735,
        "Wall Data Inc. v. Los Angeles County Sheriff’s Department",
        "Court of Appeals for the Ninth Circuit",
        "ca9",
        date(2006, 5, 17),
        "Precedential",
        ("447 F.3d 769",),
        "03-56559",
        301,
        "… installing the <mark>software</mark> onto more computers than the licenses allowed was not a <mark>fair</mark> <mark>use</mark>, whatever the Department’s efficiency motives …",
    ),
    Opinion(
        8120347,
        "Corvane Health v. Tidewater Clinical Solutions",
        "Court of Appeals for the Fourth Circuit",
        "ca4",
        date(2023, 6, 26),
        "Non-Precedential",
        (),
        "22-1588",
        1,
        "… we agree that the scraping of the schedule data fell outside <mark>fair</mark> <mark>use</mark> where the <mark>software</mark> reproduced the database’s selection and arrangement …",
    ),
    Opinion(
        6907712,
        "SAS Institute, Inc. v. World Programming Ltd.",
        "Court of Appeals for the Federal Circuit",
        "cafc",
        date(2023, 4, 6),
        "Precedential",
        ("64 F.4th 1319",),
        "21-1542",
        36,
        "… the district court did not abuse its discretion in applying the abstraction-filtration-comparison test before reaching <mark>fair</mark> <mark>use</mark> …",
    ),
    Opinion(
        9598832,
        "Quarry Hill Games, LLC v. Obsidian Forge Studios",
        "District Court, W.D. Washington",
        "wawd",
        date(2025, 1, 27),
        "Unknown",
        (),
        "2:24-cv-00419",
        0,
        "… the modding tool copies the engine’s <mark>software</mark> only transiently, which Plaintiff says forecloses any <mark>fair</mark> <mark>use</mark> argument at summary judgment …",
    ),
    Opinion(
        1743386,
        "Vault Corp. v. Quaid Software Ltd.",
        "Court of Appeals for the Fifth Circuit",
        "ca5",
        date(1988, 6, 20),
        "Precedential",
        ("847 F.2d 255",),
        "87-3335",
        224,
        "… the RAMKEY feature served a legitimate purpose, and the archival exception rather than <mark>fair</mark> <mark>use</mark> governs copies of <mark>software</mark> made by its owner …",
    ),
    Opinion(
        7019542,
        "Ashgrove Systems Inc. v. Belltower Municipal Software",
        "Court of Appeals for the First Circuit",
        "ca1",
        date(2022, 12, 15),
        "Precedential",
        ("55 F.4th 208",),
        "21-1873",
        12,
        "… copying the user-interface screens of the tax-assessment <mark>software</mark> for a competing product was not excused as <mark>fair</mark> <mark>use</mark> …",
    ),
    Opinion(
        3108876,
        "Micro Star v. FormGen Inc.",
        "Court of Appeals for the Ninth Circuit",
        "ca9",
        date(1998, 6, 16),
        "Precedential",
        ("154 F.3d 1107",),
        "97-55067",
        210,
        "… Micro Star’s <mark>fair</mark> <mark>use</mark> defense fails; the MAP files are derivative works that tell new Duke Nukem stories …",
    ),
    Opinion(
        9012274,
        "Lindqvist v. Parallax Imaging Software, Inc.",
        "District Court, D. Massachusetts",
        "mad",
        date(2024, 5, 30),
        "Non-Precedential",
        (),
        "1:23-cv-11742",
        4,
        "… discovery will bear on whether the thumbnails were a transformative and therefore <mark>fair</mark> <mark>use</mark> …",
    ),
    Opinion(
        2871654,
        "Assessment Technologies of WI, LLC v. WIREdata, Inc.",
        "Court of Appeals for the Seventh Circuit",
        "ca7",
        date(2003, 5, 8),
        "Precedential",
        ("350 F.3d 640",),
        "03-1125",
        167,
        "… extracting the raw data from the Market Drive <mark>software</mark> is not an infringement, and if it were, it would be a <mark>fair</mark> <mark>use</mark> …",
    ),
    Opinion(
        8467390,
        "Redwing Tutoring, Inc. v. Crestline Publishing",
        "Court of Appeals for the Eleventh Circuit",
        "ca11",
        date(2023, 9, 5),
        "Non-Precedential",
        (),
        "22-12844",
        0,
        "… the <mark>software</mark> quiz generator copied the test bank wholesale; the <mark>fair</mark> <mark>use</mark> factors do not favor Redwing …",
    ),
    Opinion(
        6325017,
        "Authors Guild v. Google, Inc.",
        "Court of Appeals for the Second Circuit",
        "ca2",
        date(2015, 10, 16),
        "Precedential",
        ("804 F.3d 202",),
        "13-4829",
        548,
        "… Google’s unauthorized digitizing of copyright-protected works, creation of a search functionality, and display of snippets from those works are non-infringing <mark>fair</mark> <mark>uses</mark> …",
    ),
    Opinion(
        9650319,
        "Pinecrest Logistics Software v. Haulwise, Inc.",
        "District Court, N.D. Illinois",
        "ilnd",
        date(2025, 3, 4),
        "Non-Precedential",
        (),
        "1:24-cv-02266",
        0,
        "… Haulwise’s <mark>fair</mark> <mark>use</mark> counterclaim is dismissed without prejudice …",
    ),
    Opinion(
        5790043,
        "Tiffin Mapworks, LLC v. Cairn Outdoors Co.",
        "Court of Appeals for the Tenth Circuit",
        "ca10",
        date(2021, 7, 19),
        "Precedential",
        ("7 F.4th 1002",),
        "20-1264",
        15,
        "… trail maps rendered by the app’s <mark>software</mark> from Tiffin’s surveyed data are not a <mark>fair</mark> <mark>use</mark> …",
    ),
    Opinion(
        4102958,
        "Allen v. Academic Games League of America, Inc.",
        "Court of Appeals for the Ninth Circuit",
        "ca9",
        date(1996, 2, 5),
        "Precedential",
        ("89 F.3d 614",),
        "94-56001",
        88,
        "… because we hold that the games were not copied, we need not reach the <mark>fair</mark> <mark>use</mark> question …",
    ),
]
CL_SIZES = [10, 10, 6]


def _cl_href(number: int) -> str:
    return f"/?{CL_QUERY}" + (f"&page={number}" if number > 1 else "")


def _cl_meta(header: str, value_html: str) -> str:
    return f'<div class="inline-block"><span class="meta-data-header">{header}:</span>\n        <span class="meta-data-value">{value_html}</span></div>'


def _cl_result(o: Opinion) -> str:
    meta = [
        _cl_meta("Court", esc(o.court)),
        f'<div class="inline-block"><span class="meta-data-header">Date Filed:</span>\n        <time class="meta-data-value" datetime="{o.filed.isoformat()}">{o.filed:%B} {_ordinal(o.filed.day)}, {o.filed.year}</time></div>',
        _cl_meta("Status", esc(o.status)),
    ]
    if o.citations:
        meta.append(_cl_meta("Citations", esc(", ".join(o.citations))))
    if o.docket:
        meta.append(_cl_meta("Docket Number", esc(o.docket)))
    if o.cited_by:
        meta.append(_cl_meta("Cited By", f'<a href="/?q=cites%3A({o.cluster_id})" rel="nofollow">{o.cited_by:,}</a>'))
    return f"""
<article>
  <h3 class="bottom serif">
    <a href="{esc(o.href + "?" + CL_QUERY)}" class="visitable" data-court-id="{o.court_id}">{esc(o.name)}</a>
  </h3>
  <div class="bottom">
    {"".join(meta)}
  </div>
  <div class="search-snippet"><p>{o.snippet}</p></div>
  <div class="col-sm-12 result-links">
    <a href="/?q=related%3A{o.cluster_id}&amp;type=o" class="btn btn-default btn-xs" rel="nofollow"><i class="fa fa-sitemap gray"></i> Related Cases</a>
    <a href="/opinion/{o.cluster_id}/authorities/" class="btn btn-default btn-xs" rel="nofollow"><i class="fa fa-book gray"></i> Authorities</a>
    <a href="https://storage.caselawhub.example/pdf/{o.filed:%Y/%m/%d}/{slug(o.name)[:40]}.pdf" class="btn btn-default btn-xs" rel="nofollow"><i class="fa fa-file-pdf-o gray"></i> Download PDF</a>
  </div>
</article>"""


def _cl_page(number: int, total: int, items: list[Opinion]) -> str:
    results = "".join(_cl_result(o) for o in items)
    counts = {
        status: sum(o.status == status for o in OPINIONS) for status in ("Precedential", "Non-Precedential", "Unknown")
    }
    prev_link = (
        f'<li class="previous"><a href="{esc(_cl_href(number - 1))}" rel="prev"><i class="fa fa-caret-left no-underline"></i>&nbsp;Previous</a></li>'
        if number > 1
        else '<li class="previous disabled"><a><i class="fa fa-caret-left no-underline"></i>&nbsp;Previous</a></li>'
    )
    next_link = (
        f'<li class="next"><a href="{esc(_cl_href(number + 1))}" rel="next">Next&nbsp;<i class="fa fa-caret-right no-underline"></i></a></li>'
        if number < total
        else '<li class="next disabled"><a>Next&nbsp;<i class="fa fa-caret-right no-underline"></i></a></li>'
    )
    courts = "".join(
        f'<div class="checkbox"><label><input type="checkbox" name="court_{cid}" checked> {esc(name)}</label></div>'
        for cid, name in [
            ("scotus", "Supreme Court"),
            ("ca1", "First Circuit"),
            ("ca2", "Second Circuit"),
            ("ca9", "Ninth Circuit"),
            ("cafc", "Federal Circuit"),
            ("cand", "N.D. California"),
        ]
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta http-equiv="Content-Language" content="en"/>
  <meta charset="utf-8"/>
  <meta name="viewport" content="width=device-width, initial-scale=1"/>
  <title>Search Results for "fair use" software – CaseLawHub</title>
  <meta name="robots" content="noindex"/>
  <link rel="stylesheet" href="/static/css/bootstrap.min.css?v=1733"/>
  <link rel="stylesheet" href="/static/css/font-awesome.css"/>
  <link rel="stylesheet" href="/static/css/override.css?v=1733" type="text/css" media="screen, projection"/>
  <script defer data-domain="caselawhub.example" src="https://plausible.caselawhub.example/js/script.js"></script>
</head>
<body class="">
<div class="container round-bottom">
  <div class="alert alert-info alert-dismissible hidden-print text-center" role="alert" id="donate-banner"><button type="button" class="close" data-dismiss="alert" aria-label="Close"><span aria-hidden="true">&times;</span></button>
    <strong>CaseLawHub is a project of a non-profit.</strong> We rely on donors to keep the archive free. <a href="/donate/?referrer=search-banner" class="btn btn-danger btn-sm">Donate Now</a></div>
  <nav class="navbar navbar-default" role="navigation">
    <div class="navbar-header"><button type="button" class="navbar-toggle" data-toggle="collapse" data-target="#navbar-collapse"><span class="sr-only">Toggle navigation</span><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></button>
      <a class="navbar-brand" href="/"><img src="/static/png/logo.png" alt="CaseLawHub" width="172" height="30"></a></div>
    <div class="collapse navbar-collapse" id="navbar-collapse"><ul class="nav navbar-nav">
      <li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">Search <span class="caret"></span></a><ul class="dropdown-menu"><li><a href="/">Case Law</a></li><li><a href="/?type=r">RECAP Archive</a></li><li><a href="/?type=oa">Oral Arguments</a></li><li><a href="/?type=p">Judges</a></li></ul></li>
      <li><a href="/alerts/">Alerts</a></li><li><a href="/help/api/">APIs</a></li><li><a href="/about/">About</a></li></ul>
      <ul class="nav navbar-nav navbar-right"><li><a href="/sign-in/?next=/">Sign in / Register</a></li></ul></div>
  </nav>
  <div class="row">
    <div class="col-sm-12"><form action="/" method="get" id="search-form" role="search"><div class="input-group input-group-lg"><input class="form-control" name="q" id="id_q" type="search" value="&quot;fair use&quot; software" autocomplete="off"><input type="hidden" name="type" value="o"><span class="input-group-btn"><button type="submit" class="btn btn-primary" name="search"><i class="fa fa-search"></i> Search</button></span></div></form></div>
  </div>
  <div class="row">
    <div class="col-sm-3 hidden-xs" id="sidebar">
      <div class="sidebar-section"><a href="/alert/new/?{esc(CL_QUERY)}" class="btn btn-success btn-lg btn-block" rel="nofollow"><i class="fa fa-bell-o"></i> Get Alerts</a></div>
      <div class="sidebar-section"><h4 class="bottom">Order By</h4><select class="form-control" name="order_by" id="id_order_by"><option value="score desc" selected>Relevance</option><option value="dateFiled desc">Newest first</option><option value="dateFiled asc">Oldest first</option><option value="citeCount desc">Most cited first</option></select></div>
      <div class="sidebar-section"><h4 class="bottom">Precedential Status</h4><div class="checkbox"><label><input type="checkbox" checked> Precedential ({counts["Precedential"]})</label></div><div class="checkbox"><label><input type="checkbox" checked> Non-Precedential ({counts["Non-Precedential"]})</label></div><div class="checkbox"><label><input type="checkbox"> Unknown Status ({counts["Unknown"]})</label></div></div>
      <div class="sidebar-section"><h4 class="bottom">Filed After</h4><input type="text" class="form-control" placeholder="MM/DD/YYYY"><h4 class="bottom">Filed Before</h4><input type="text" class="form-control" placeholder="MM/DD/YYYY"></div>
      <div class="sidebar-section"><h4 class="bottom">Jurisdictions <a href="#court-picker" data-toggle="modal" class="small">(Select)</a></h4>{courts}</div>
      <div class="sidebar-section"><h4 class="bottom">Tip</h4><p class="gray">Use <code>cites:(12345)</code> to find opinions citing a case, and quotes for phrases.</p></div>
    </div>
    <div class="col-sm-9" id="search-results">
      <ul class="nav nav-tabs" role="tablist"><li class="active"><a href="/?{esc(CL_QUERY)}">Case Law <span class="badge">{len(OPINIONS)}</span></a></li><li><a href="/?q=%22fair+use%22+software&amp;type=r">RECAP Archive</a></li><li><a href="/?q=%22fair+use%22+software&amp;type=oa">Oral Arguments</a></li><li><a href="/?q=%22fair+use%22+software&amp;type=p">Judges</a></li></ul>
      <h2 class="inline" id="result-count">{len(OPINIONS)} Results</h2> <span class="gray small">&nbsp;Page {number} of {total}</span>
      <div class="alert alert-warning hidden-print" id="recap-tip"><i class="fa fa-lightbulb-o"></i> Looking for filings? Install the RECAP extension to contribute PACER documents you buy.</div>
      {results}
      <div class="row"><div class="col-xs-12 text-center"><ul class="pager">{prev_link}<li><span class="gray">Page {number} of {total}</span></li>{next_link}</ul></div></div>
    </div>
  </div>
  <footer class="row" id="footer"><div class="col-sm-12 text-center"><ul class="list-inline"><li><a href="/terms/">Terms &amp; Privacy</a></li><li><a href="/faq/">FAQ</a></li><li><a href="/coverage/">Coverage</a></li><li><a href="/contact/">Contact</a></li><li><a href="/donate/">Donate</a></li></ul><p class="gray small">CaseLawHub, a project of the Open Dockets Foundation · Public-domain opinions; metadata CC BY-ND.</p></div></footer>
</div>
<script src="/static/js/jquery/jquery-3.4.1.min.js"></script>
<script src="/static/js/bootstrap.min.js"></script>
<script src="/static/js/base.js?v=1733"></script>
</body>
</html>"""


@nineteenth_b
def build_caselawhub() -> None:
    s = Site(
        "caselawhub",
        kind="case-law search results",
        start=_cl_href(1).lstrip("/"),
        description=(
            "A case-law search engine's opinion results for '\"fair use\" software' (CourtListener 2024–25, Django templates "
            "on Bootstrap 3, no record classes): bare article elements of an h3.bottom.serif a.visitable case-name link "
            "carrying the search query, a div.bottom of div.inline-block pairs span.meta-data-header 'Court:' / 'Date Filed:' "
            "/ 'Status:' / 'Citations:' / 'Docket Number:' / 'Cited By:' with span.meta-data-value values (the date a "
            "time[datetime] shown as 'March 27th, 2018', several citations comma-joined, no Citations on unpublished "
            "district orders, Cited By as a cites:(id) link with thousands commas and absent at zero), a search-snippet "
            "paragraph with mark highlights, Related Cases / Authorities / Download PDF buttons; a donation banner, a "
            "Bootstrap navbar, a sidebar of alerts / order / status / date / court filters, result-type tabs with badges, "
            "'26 Results' and a Previous / Next pager over &page=N. Written down: title, url, court, date, status, "
            "citations (list), docket_number, cited_by (where shown), snippet (text without the highlights)."
        ),
    )
    pages = chunks(OPINIONS, CL_SIZES)
    for number, items in enumerate(pages, 1):
        s.list_page(_cl_href(number).lstrip("/").replace("?", "@"), _cl_page(number, len(pages), items))
    for o in OPINIONS:
        s.expect(
            {
                "title": o.name,
                "url": f"{o.href}?{CL_QUERY}",
                "court": o.court,
                "date": o.filed.isoformat(),
                "status": o.status,
                "citations": list(o.citations) or None,
                "docket_number": o.docket,
                "cited_by": o.cited_by or None,
                "snippet": o.snippet.replace("<mark>", "").replace("</mark>", ""),
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# billtracker (FROZEN): Congress.gov-like legislation search, 2024–25 expanded view with bill trackers
# ---------------------------------------------------------------------------------------------------

BT_SEARCH = quote(
    json.dumps({"congress": ["118"], "source": "legislation", "search": "flood insurance"}, separators=(",", ":")),
    safe="",
).replace("%20", "+")
BT_KINDS = {
    "H.R.": ("house-bill", "BILL", ["Introduced", "Passed House", "Passed Senate", "To President", "Became Law"]),
    "S.": ("senate-bill", "BILL", ["Introduced", "Passed Senate", "Passed House", "To President", "Became Law"]),
    "H.Res.": ("house-resolution", "RESOLUTION", ["Introduced", "Agreed to in House"]),
    "S.Res.": ("senate-resolution", "RESOLUTION", ["Introduced", "Agreed to in Senate"]),
}


@dataclass(frozen=True)
class Bill:
    """One legislation result."""

    kind: str  # "H.R.", "S.", "H.Res.", "S.Res."
    number: int
    title: str
    sponsor: str  # as the member link shows it
    introduced: date
    cosponsors: int
    committees: str | None  # as shown: "House - Financial Services; Agriculture | Senate - …"
    latest_date: date
    latest_action: str
    stage: str
    report: str | None = None

    @property
    def code(self) -> str:
        return f"{self.kind}{self.number}"

    @property
    def path(self) -> str:
        return f"/bill/118th-congress/{BT_KINDS[self.kind][0]}/{self.number}"

    @property
    def chamber(self) -> str:
        return "House" if self.kind.startswith("H") else "Senate"

    def member_href(self) -> str:
        name = self.sponsor.split(" ", 1)[1].split(" [")[0]
        last, first = name.split(", ", 1)
        return f"/member/{slug(first + ' ' + last)}/{last[0].upper()}{int(_hex('m' + name, 8), 16) % 1000000:06d}"


BILLS = [
    Bill(
        "H.R.",
        4429,
        "NFIP Reauthorization and Reform Act of 2023",
        "Rep. Thibodeaux, Claire [R-LA-1]",
        date(2023, 6, 29),
        14,
        "House - Financial Services",
        date(2023, 6, 29),
        "Referred to the House Committee on Financial Services.",
        "Introduced",
    ),
    Bill(
        "S.",
        2142,
        "National Flood Insurance Program Extension Act of 2023",
        "Sen. Okafor, Daniel [D-NJ]",
        date(2023, 6, 22),
        3,
        "Senate - Banking, Housing, and Urban Affairs",
        date(2023, 6, 22),
        "Read twice and referred to the Committee on Banking, Housing, and Urban Affairs.",
        "Introduced",
    ),
    Bill(
        "H.R.",
        5860,
        "Continuing Appropriations Act, 2024 and Other Extensions Act",
        "Rep. Kessler, Tom [R-OK-4]",
        date(2023, 9, 30),
        0,
        None,
        date(2023, 9, 30),
        "Became Public Law No: 118-15.",
        "Became Law",
    ),
    Bill(
        "H.R.",
        1872,
        "Flood Insurance Affordability and Transparency Act",
        "Rep. Moreau, Lydia [D-FL-23]",
        date(2023, 3, 28),
        27,
        "House - Financial Services",
        date(2023, 4, 11),
        "Referred to the Subcommittee on Housing and Insurance.",
        "Introduced",
    ),
    Bill(
        "S.",
        3011,
        "Flood Insurance Claims Fairness Act",
        "Sen. Vance-Holloway, Ruth [D-NY]",
        date(2023, 10, 4),
        5,
        "Senate - Banking, Housing, and Urban Affairs",
        date(2023, 10, 4),
        "Read twice and referred to the Committee on Banking, Housing, and Urban Affairs.",
        "Introduced",
    ),
    Bill(
        "H.Res.",
        612,
        'Expressing support for the designation of the week of March 11, 2024, as "National Flood Safety Awareness Week".',
        "Rep. Delgado, Marisol [D-TX-34]",
        date(2024, 3, 12),
        9,
        "House - Oversight and Accountability",
        date(2024, 3, 12),
        "Referred to the House Committee on Oversight and Accountability.",
        "Introduced",
    ),
    Bill(
        "H.R.",
        7024,
        "Disaster Mitigation and Flood Resilience Investment Act of 2024",
        "Rep. Brannigan, Kevin [R-NC-3]",
        date(2024, 1, 17),
        41,
        "House - Transportation and Infrastructure; Financial Services",
        date(2024, 5, 15),
        "Reported (Amended) by the Committee on Transportation and Infrastructure. H. Rept. 118-498, Part I.",
        "Introduced",
        "H. Rept. 118-498,Part 1",
    ),
    Bill(
        "S.",
        1744,
        "Repetitive Flood Loss Buyout Act",
        "Sen. Castellanos, Irene [D-NM]",
        date(2023, 5, 25),
        2,
        "Senate - Homeland Security and Governmental Affairs",
        date(2024, 6, 12),
        "Committee on Homeland Security and Governmental Affairs. Ordered to be reported with an amendment in the nature of a substitute favorably.",
        "Introduced",
    ),
    Bill(
        "H.R.",
        2516,
        "Flood Maps Modernization and Homeowner Empowerment Pilot Program Act",
        "Rep. Haverford, James [R-SC-1]",
        date(2023, 4, 5),
        11,
        "House - Financial Services",
        date(2024, 2, 6),
        "Passed/agreed to in House: On motion to suspend the rules and pass the bill, as amended Agreed to by the Yeas and Nays: (2/3 required): 394 - 21 (Roll no. 37).",
        "Passed House",
    ),
    Bill(
        "H.R.",
        8152,
        "Private Flood Insurance Parity Act",
        "Rep. Lindqvist, Erik [R-MN-2]",
        date(2024, 4, 26),
        6,
        "House - Financial Services",
        date(2024, 4, 26),
        "Referred to the House Committee on Financial Services.",
        "Introduced",
    ),
    Bill(
        "S.",
        4367,
        "Small Business Flood Insurance Relief Act",
        "Sen. Whitcombe, Alan [R-LA]",
        date(2024, 5, 16),
        0,
        "Senate - Banking, Housing, and Urban Affairs",
        date(2024, 5, 16),
        "Read twice and referred to the Committee on Banking, Housing, and Urban Affairs.",
        "Introduced",
    ),
    Bill(
        "H.R.",
        6813,
        "Community Flood Protection and Levee Certification Act",
        "Rep. Achterberg, Nora [D-IA-1]",
        date(2023, 12, 14),
        4,
        "House - Transportation and Infrastructure",
        date(2023, 12, 15),
        "Referred to the Subcommittee on Water Resources and Environment.",
        "Introduced",
    ),
    Bill(
        "S.Res.",
        388,
        "A resolution recognizing the 55th anniversary of the National Flood Insurance Program and the homeowners and communities it protects.",
        "Sen. Okafor, Daniel [D-NJ]",
        date(2023, 9, 28),
        12,
        None,
        date(2023, 9, 28),
        "Submitted in the Senate. The resolution was agreed to without amendment and with a preamble by Unanimous Consent.",
        "Agreed to in Senate",
    ),
    Bill(
        "H.R.",
        3105,
        "Homeowner Flood Insurance Premium Cap Act",
        "Rep. Pruitt, Samantha [R-TX-14]",
        date(2023, 5, 5),
        19,
        "House - Financial Services",
        date(2023, 5, 5),
        "Referred to the House Committee on Financial Services.",
        "Introduced",
    ),
    Bill(
        "H.R.",
        9747,
        "Continuing Appropriations and Extensions Act, 2025",
        "Rep. Kessler, Tom [R-OK-4]",
        date(2024, 9, 24),
        0,
        "House - Appropriations; Budget",
        date(2024, 9, 26),
        "Became Public Law No: 118-83.",
        "Became Law",
    ),
    Bill(
        "S.",
        2780,
        "Coastal Communities Flood Mitigation Grants Act",
        "Sen. Harlan, Beatrice [D-ME]",
        date(2023, 9, 12),
        4,
        "Senate - Commerce, Science, and Transportation",
        date(2024, 7, 31),
        "Passed Senate with an amendment by Unanimous Consent.",
        "Passed Senate",
    ),
    Bill(
        "H.R.",
        4988,
        "NFIP Policyholder Bill of Rights Act",
        "Rep. Moreau, Lydia [D-FL-23]",
        date(2023, 7, 27),
        8,
        "House - Financial Services",
        date(2023, 7, 27),
        "Referred to the House Committee on Financial Services.",
        "Introduced",
    ),
    Bill(
        "H.R.",
        7519,
        "Flood Insurance Data Transparency Act",
        "Rep. Yamasaki, Ken [D-CA-7]",
        date(2024, 2, 29),
        2,
        "House - Financial Services",
        date(2024, 3, 5),
        "Referred to the Subcommittee on Housing and Insurance.",
        "Introduced",
    ),
    Bill(
        "S.",
        3558,
        "Rural Flood Insurance Access Act",
        "Sen. Burkhalter, Wade [R-AR]",
        date(2024, 1, 11),
        1,
        "Senate - Banking, Housing, and Urban Affairs",
        date(2024, 1, 11),
        "Read twice and referred to the Committee on Banking, Housing, and Urban Affairs.",
        "Introduced",
    ),
    Bill(
        "H.R.",
        6249,
        "Mitigation Credit for Elevated Homes Act",
        "Rep. Brannigan, Kevin [R-NC-3]",
        date(2023, 11, 7),
        7,
        "House - Financial Services; Ways and Means",
        date(2023, 11, 7),
        "Referred to the Committee on Financial Services, and in addition to the Committee on Ways and Means, for a period to be subsequently determined by the Speaker.",
        "Introduced",
    ),
    Bill(
        "H.R.",
        8990,
        "Stormwater Flooding Relief for Urban Neighborhoods Act",
        "Rep. Ruiz-Ocampo, Ana [D-IL-4]",
        date(2024, 7, 11),
        15,
        "House - Transportation and Infrastructure; Financial Services",
        date(2024, 7, 12),
        "Referred to the Subcommittee on Water Resources and Environment.",
        "Introduced",
    ),
    Bill(
        "S.",
        4803,
        "Flood Insurance Wildfire Burn Scar Coverage Act",
        "Sen. Castellanos, Irene [D-NM]",
        date(2024, 7, 25),
        1,
        "Senate - Banking, Housing, and Urban Affairs",
        date(2024, 7, 25),
        "Read twice and referred to the Committee on Banking, Housing, and Urban Affairs.",
        "Introduced",
    ),
    Bill(
        "H.R.",
        5377,
        "Biggert-Waters Affordability Restoration Act",
        "Rep. Thibodeaux, Claire [R-LA-1]",
        date(2023, 9, 12),
        22,
        "House - Financial Services",
        date(2023, 9, 12),
        "Referred to the House Committee on Financial Services.",
        "Introduced",
    ),
    Bill(
        "H.R.",
        10112,
        "Flood Insurance Continuity for Disaster Survivors Act",
        "Rep. Delgado, Marisol [D-TX-34]",
        date(2024, 11, 14),
        3,
        "House - Financial Services",
        date(2024, 11, 14),
        "Referred to the House Committee on Financial Services.",
        "Introduced",
    ),
    Bill(
        "S.",
        5362,
        "American Relief Act, 2025",
        "Sen. Whitcombe, Alan [R-LA]",
        date(2024, 12, 18),
        0,
        None,
        date(2024, 12, 21),
        "Presented to President.",
        "To President",
    ),
    Bill(
        "H.Res.",
        1297,
        "Urging the Federal Emergency Management Agency to extend the Risk Rating 2.0 transition glide path for primary residences.",
        "Rep. Haverford, James [R-SC-1]",
        date(2024, 6, 11),
        0,
        "House - Financial Services",
        date(2024, 6, 11),
        "Referred to the House Committee on Financial Services.",
        "Introduced",
    ),
]
BT_SIZES = [10, 10, 6]


def _bt_href(number: int) -> str:
    return f"/search?q={BT_SEARCH}&pageSize=10" + (f"&page={number}" if number > 1 else "")


def _bt_bill_href(rank: int, b: Bill) -> str:
    return f"{b.path}?q={BT_SEARCH}&s=1&r={rank}"


def _bt_tracker(b: Bill) -> str:
    stages = BT_KINDS[b.kind][2]
    reached = stages.index(b.stage)
    items = []
    for i, stage in enumerate(stages):
        cls = " ".join(
            c
            for c in (
                "first" if i == 0 else "",
                "passed" if i < reached else "",
                "selected" if i == reached else "",
                "last" if i == len(stages) - 1 else "",
            )
            if c
        )
        info = ""
        if i == reached:
            action_date = b.introduced if i == 0 else b.latest_date
            info = (
                '<div class="sol-step-info">Array\n(\n    [actionDate] =&gt; '
                f"{action_date.isoformat()}\n    [displayText] =&gt; {esc(stage if i else 'Introduced in ' + b.chamber)}\n    [externalActionCode] =&gt; {1000 + 3000 * i}\n"
                f"    [description] =&gt; {esc(stage)}\n    [chamberOfAction] =&gt; {b.chamber}\n)\n</div>"
            )
        items.append(f'<li class="{cls}">{esc(stage)}{info}</li>')
    return f'<span class="result-item result-tracker"><strong>Tracker:</strong> <span class="hide_fromsighted">This {"bill" if BT_KINDS[b.kind][1] == "BILL" else "resolution"} has the status {esc(b.stage)}</span><div class="bill_progress"><ol class="bill_progress" aria-hidden="true">{"".join(items)}</ol></div></span>'


def _bt_result(rank: int, b: Bill) -> str:
    url = esc(_bt_bill_href(rank, b))
    cos = (
        f'(<a href="{esc(b.path)}/cosponsors?q={BT_SEARCH}&amp;s=1&amp;r={rank}&amp;overview=closed#tabs">{b.cosponsors}</a>)'
        if b.cosponsors
        else "(0)"
    )
    rows = [
        f'<span class="result-item"><strong>Sponsor:</strong> <a href="{b.member_href()}" target="_blank">{esc(b.sponsor)}</a> (Introduced {b.introduced:%m/%d/%Y}) <strong>Cosponsors:</strong> {cos}</span>',
    ]
    if b.committees:
        rows.append(f'<span class="result-item"><strong>Committees:</strong> {esc(b.committees)}</span>')
    if b.report:
        rows.append(
            f'<span class="result-item"><strong>Committee Report:</strong> <a href="/congressional-report/118th-congress/house-report/{b.report.split("-")[1].split(",")[0]}/1">{esc(b.report)}</a></span>'
        )
    rows.append(
        f'<span class="result-item"><strong>Latest Action:</strong> {b.chamber} - {b.latest_date:%m/%d/%Y} {esc(b.latest_action)} (<a href="{esc(b.path)}/all-actions?q={BT_SEARCH}&amp;s=1&amp;r={rank}&amp;overview=closed#tabs">All Actions</a>)</span>'
    )
    rows.append(_bt_tracker(b))
    congress_years = "118th Congress (2023-2024)"
    return f"""
<li class="expanded">
<span class="visualIndicator">{BT_KINDS[b.kind][1]}</span>
<span class="result-heading"><a href="{url}">{b.code}</a> — {congress_years}</span>
<span class="result-title">{esc(b.title)}</span>
{"".join(rows)}
</li>"""


def _bt_page(number: int, total: int, items: list[Bill]) -> str:
    first = sum(BT_SIZES[: number - 1]) + 1
    results = "".join(_bt_result(first + i, b) for i, b in enumerate(items))
    nav = []
    if number > 1:
        nav.append(
            f'<a class="prev" href="{esc(_bt_href(number - 1))}"><i class="fa fa-chevron-left"></i><span class="visually-hidden">Previous page</span></a>'
        )
    nav.append(f'<span class="results-number">{first}-{first + len(items) - 1} of {len(BILLS)}</span>')
    if number < total:
        nav.append(
            f'<a class="next" href="{esc(_bt_href(number + 1))}"><span class="visually-hidden">Next page</span><i class="fa fa-chevron-right"></i></a>'
        )
    page_select = "".join(
        f'<option value="{n}"{" selected" if n == number else ""}>{n}</option>' for n in range(1, total + 1)
    )
    pagination = f'<div class="pagination">{"".join(nav)}<label for="page-select">Page</label><select id="page-select" class="page-select" onchange="goToPage(this.value)">{page_select}</select><span> of {total}</span></div>'
    facets = "".join(
        f'<li class="facetbox-shownrow"><a href="/search?q={quote_plus(label)}" rel="nofollow"><input type="checkbox" aria-hidden="true" tabindex="-1"> {esc(label)} <span class="count">[{count}]</span></a></li>'
        for label, count in [
            ("Bills", sum(BT_KINDS[b.kind][1] == "BILL" for b in BILLS)),
            ("Resolutions", sum(BT_KINDS[b.kind][1] == "RESOLUTION" for b in BILLS)),
        ]
    )
    status_facets = "".join(
        f'<li class="facetbox-shownrow"><input type="checkbox" aria-hidden="true" tabindex="-1"> {esc(label)} <span class="count">[{count}]</span></li>'
        for label, count in [
            (stage, sum(b.stage == stage for b in BILLS))
            for stage in (
                "Introduced",
                "Passed House",
                "Passed Senate",
                "Agreed to in Senate",
                "To President",
                "Became Law",
            )
        ]
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Search: Legislation | BillTracker | Library of the Legislature</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/css/legislation.css?v=2024.12.10">
<link rel="stylesheet" href="/css/font-awesome.min.css">
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"event":"search","searchTerm":"flood insurance","searchResults":{len(BILLS)}}});</script>
</head>
<body class="search-page">
<a href="#main" class="skip-link">Skip to main content</a>
<div id="top-banner" class="alert-banner" role="region" aria-label="Announcement"><p><strong>New:</strong> Try the updated member profile pages and the committee schedule beta. <a href="/help/whats-new">Learn more</a> <button class="close-banner" aria-label="Dismiss">×</button></p></div>
<header id="header"><div class="wrapper"><a id="logo" href="/"><img src="/img/logo-billtracker.svg" alt="BillTracker.example"></a>
 <form id="search" action="/search" method="get" role="search"><label for="search-source" class="visually-hidden">Search source</label><select id="search-source" name="source"><option value="legislation" selected>Current Legislation</option><option value="all">All Sources</option><option value="members">Members</option><option value="congrecord">Congressional Record</option><option value="comreports">Committee Reports</option></select><input type="text" id="search-main" name="q" value="flood insurance" aria-label="Search"><button type="submit" id="search-submit"><i class="fa fa-search"></i><span class="visually-hidden">Search</span></button><a href="/advanced-search/legislation" class="advanced">Advanced Searches</a></form>
 <nav id="main-menu" aria-label="Main"><ul><li><a href="/legislation">Legislation</a></li><li><a href="/members">Members</a></li><li><a href="/committees">Committees</a></li><li><a href="/congressional-record">Congressional Record</a></li><li><a href="/browse">Browse</a></li><li><a href="/help">Help</a></li></ul></nav></div></header>
<main id="main" class="wrapper">
 <div id="breadcrumb"><a href="/">Home</a> &gt; <a href="/search">Search</a> &gt; Legislation</div>
 <h1 class="search-heading">Search Results</h1>
 <div class="search-summary"><p>Showing results for <strong>flood insurance</strong> in <strong>118th Congress (2023-2024)</strong>. <a href="/search?q=%7B%22search%22%3A%22flood+insurance%22%7D">Search all congresses</a></p></div>
 <div id="search-container" class="row">
  <div id="facets" class="col-facets" role="complementary">
   <h2 class="facets-heading">Refine by:</h2>
   <div class="facetbox"><h3 class="facetbox-title">Legislation Type</h3><ul class="facetbox-list">{facets}</ul></div>
   <div class="facetbox"><h3 class="facetbox-title">Status of Legislation</h3><ul class="facetbox-list">{status_facets}</ul></div>
   <div class="facetbox"><h3 class="facetbox-title">Chamber of Origin</h3><ul class="facetbox-list"><li><input type="checkbox" aria-hidden="true"> House <span class="count">[{sum(b.chamber == "House" for b in BILLS)}]</span></li><li><input type="checkbox" aria-hidden="true"> Senate <span class="count">[{sum(b.chamber == "Senate" for b in BILLS)}]</span></li></ul></div>
  </div>
  <div id="main-results" class="col-results">
   <div class="search-row"><div class="basic-search-tune-number"><label for="pageSize">Per Page</label><select id="pageSize" name="pageSize"><option>10</option><option>25</option><option>100</option><option>250</option></select>
     <label for="pageSort">Sort</label><select id="pageSort" name="pageSort"><option selected>Relevance</option><option>Latest Action — Newest to Oldest</option><option>Title — Alphabetical</option></select>
     <span class="view-toggle"><a class="active" href="#">Expanded View</a> | <a href="#" rel="nofollow">Compact View</a></span></div>
    {pagination}</div>
   <div id="main-results-list">
    <ol class="basic-search-results-lists expanded-view" start="{first}">{results}
    </ol>
   </div>
   <div class="search-row bottom">{pagination}</div>
  </div>
 </div>
</main>
<footer id="footer"><div class="wrapper"><ul class="footer-links"><li><a href="/about">About</a></li><li><a href="/help/faq">FAQs</a></li><li><a href="/accessibility">Accessibility</a></li><li><a href="/legal">Legal</a></li><li><a href="/contact">Contact Us</a></li><li><a href="/help/api">API</a></li></ul><p class="footer-note">BillTracker.example is a demonstration of the official source for legislative information. Data updated nightly.</p></div></footer>
<script src="/js/legislation.min.js?v=2024.12.10"></script>
<script>function goToPage(n){{var u=new URL(location.href);u.searchParams.set("page",n);location.href=u.toString();}}</script>
</body>
</html>"""


@nineteenth_b
def build_billtracker() -> None:
    s = Site(
        "billtracker",
        kind="legislation search results",
        start=_bt_href(1).lstrip("/"),
        description=(
            "A legislature's legislation search for 'flood insurance' in the 118th Congress (Congress.gov 2024–25 expanded "
            "view, server-rendered, the query a URL-encoded JSON object): ol.basic-search-results-lists > li.expanded items "
            "of bare spans, a 'BILL' / 'RESOLUTION' span.visualIndicator, span.result-heading with the 'H.R.4429' link "
            "(carrying ?q=…&s=1&r=N) and '— 118th Congress (2023-2024)', span.result-title, then span.result-item rows led by "
            "strong labels: 'Sponsor:' member link 'Rep. Thibodeaux, Claire [R-LA-1]' + '(Introduced 06/29/2023)' + "
            "'Cosponsors:' '(14)' as a link or a bare '(0)' on one line, 'Committees:' (missing on some), an optional "
            "'Committee Report:', 'Latest Action:' 'House - 06/29/2023 Referred to …' + an '(All Actions)' link, and "
            "'Tracker:' with a hide_fromsighted status sentence and an aria-hidden ol.bill_progress of stages whose selected "
            "li leaks a PHP print_r 'Array ( [actionDate] => … )' div; an announcement banner, search form, facet boxes "
            "with [counts], per-page / sort selects and a prev / '1-10 of 26' / next / page-select pagination at the top and "
            "the bottom over &pageSize=10&page=N. Written down: number, url, title, sponsor, introduced, cosponsors, "
            "committees (as shown), latest_action_date, latest_action (text without chamber and date), status (the selected stage)."
        ),
    )
    pages = chunks(BILLS, BT_SIZES)
    for number, items in enumerate(pages, 1):
        s.list_page(_bt_href(number).lstrip("/").replace("?", "@"), _bt_page(number, len(pages), items))
    for rank, b in enumerate(BILLS, 1):
        s.expect(
            {
                "number": b.code,
                "url": _bt_bill_href(rank, b),
                "title": b.title,
                "sponsor": b.sponsor,
                "introduced": b.introduced.isoformat(),
                "cosponsors": b.cosponsors,
                "committees": b.committees,
                "latest_action_date": b.latest_date.isoformat(),
                "latest_action": b.latest_action,
                "status": b.stage,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in NINETEENTH_B.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(f"{name:20} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}")


if __name__ == "__main__":
    main()
