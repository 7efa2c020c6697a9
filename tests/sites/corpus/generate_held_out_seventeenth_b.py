"""Seventeenth wave (b) of HELD-OUT corpus sites (issue #3), frozen before anybody measured the Scout on them.

* **studiegids-dalburg** — a Dutch university's course catalogue search.
* **canalhouse-reviews** — a travel site's guest-reviews page of one hotel.

Run ``uv run python tests/sites/corpus/generate_held_out_seventeenth_b.py`` to rebuild them (the helpers and
the conventions are those of ``generate.py``). Every site here is **frozen**: never open its pages, expected
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

FROZEN |= {"studiegids-dalburg", "canalhouse-reviews"}

SEVENTEENTH_B: dict[str, Callable[[], None]] = {}


def seventeenth_b(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    SEVENTEENTH_B[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _hex(seed: str, length: int) -> str:
    """A stable pseudo-random hex string (ids, hashes, tokens)."""
    return hashlib.sha256(seed.encode()).hexdigest()[:length]


def _number(seed: str, low: int, high: int) -> int:
    """A stable pseudo-random integer in [low, high]."""
    return low + int(_hex(seed, 8), 16) % (high - low + 1)


def _json_script(value: object) -> str:
    """JSON as sites inline it in a script: compact, with ``</`` kept out of the HTML parser's way."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).replace("</", "<\\/")


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
# studiegids-dalburg (FROZEN): a university course catalogue search (Next.js + CSS modules, 2024–25)
# ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Course:
    """One course of the catalogue."""

    code: str
    title: str
    ects: float
    level: str
    department: str
    term: str
    instructor: str | None
    language: str
    description: str

    @property
    def url(self) -> str:
        return f"/en/courses/2025-2026/{self.code}/{slug(self.title)}/"


SG_COURSES = [
    Course(
        "4032INTDS",
        "Introduction to Data Science",
        5,
        "Bachelor year 1",
        "Institute of Computing Sciences",
        "Semester 1, Block 1",
        "dr. M.J. (Maarten) van den Berg",
        "English",
        "Hands-on introduction to the data science workflow: collecting, cleaning, exploring and visualising data with Python and pandas.",
    ),
    Course(
        "4032STAT2",
        "Statistics for Data Analysis",
        6,
        "Bachelor year 2",
        "Mathematical Institute",
        "Semester 1, Block 2",
        "prof.dr. E.A. Kuipers",
        "English",
        "Probability models, estimation, hypothesis testing and linear regression, with weekly R labs on real data sets.",
    ),
    Course(
        "5082DBSY6",
        "Databases",
        6,
        "Bachelor year 2",
        "Institute of Computing Sciences",
        "Semester 2, Block 3",
        "dr. S. (Sanne) Bakker",
        "English",
        "Relational modelling, SQL, transactions and indexing; students design and build a PostgreSQL application in teams.",
    ),
    Course(
        "5082DATAV",
        "Data Visualisation",
        5,
        "Bachelor year 3",
        "Institute of Computing Sciences",
        "Semester 2, Block 4",
        "dr. L. Okonkwo",
        "English",
        "Perception, colour and chart grammar; interactive visualisation with D3 and Vega-Lite for exploratory analysis.",
    ),
    Course(
        "7301ETHDA",
        "Data Ethics and Law",
        5,
        "Master",
        "Faculty of Law – eLaw Centre",
        "Semester 1, Block 2",
        "mr.dr. J. de Wit",
        "English",
        "GDPR, algorithmic fairness and accountability: the legal and ethical limits of data-driven decision making.",
    ),
    Course(
        "6013B0234",
        "Inleiding Data-analyse",
        6,
        "Bachelor year 1",
        "Psychologie – Methodologie en Statistiek",
        "Semester 1, Blok 1",
        "dr. P. Verhoeven",
        "Dutch",
        "Beschrijvende statistiek, visualisatie en eerste stappen in SPSS en R voor eerstejaarsstudenten psychologie.",
    ),
    Course(
        "5284MLRN6",
        "Machine Learning",
        6,
        "Master",
        "Institute of Computing Sciences",
        "Semester 1, Block 1",
        "prof.dr. A. (Aylin) Demir",
        "English",
        "Supervised and unsupervised learning, model selection and evaluation; from linear models to gradient boosting.",
    ),
    Course(
        "5284DLRN6",
        "Deep Learning",
        6,
        "Master",
        "Institute of Computing Sciences",
        "Semester 2, Block 3",
        None,
        "English",
        "Neural networks, backpropagation, convolutional and recurrent architectures and transformers, implemented in PyTorch.",
    ),
    Course(
        "4411GEODA",
        "Geographic Data Analysis",
        7.5,
        "Bachelor year 3",
        "Faculty of Archaeology",
        "Semester 2, Block 4",
        "dr. R. Haverkamp",
        "English",
        "Spatial data, coordinate systems and GIS; point pattern analysis and predictive modelling of archaeological sites.",
    ),
    Course(
        "5082NLPR6",
        "Natural Language Processing",
        6,
        "Master",
        "Centre for Linguistics",
        "Semester 2, Block 3",
        "dr. Y. Chen",
        "English",
        "Text representation, language models and sequence labelling; practical sessions with spaCy and Hugging Face.",
    ),
    Course(
        "4032BIGD5",
        "Big Data Infrastructures",
        5,
        "Master",
        "Institute of Computing Sciences",
        "Semester 1, Block 2",
        "dr.ir. K. Mulder",
        "English",
        "Distributed storage and processing with Spark and Kafka; the cost and energy of computing at scale.",
    ),
    Course(
        "2100DSOC5",
        "Data and Society",
        5,
        "Bachelor year 2",
        "Institute of Public Administration",
        "Semester 1, Block 2",
        "dr. F. el Amrani",
        "English",
        "How governments and platforms collect and use data, and what that means for citizens, democracy and trust.",
    ),
    Course(
        "6013B0412",
        "Multivariate Statistiek",
        6,
        "Bachelor year 2",
        "Psychologie – Methodologie en Statistiek",
        "Semester 2, Blok 3",
        "prof.dr. H.J. Smit",
        "Dutch",
        "Meervoudige regressie, variantieanalyse en factoranalyse, met nadruk op interpretatie en rapportage in APA-stijl.",
    ),
    Course(
        "5082RESM6",
        "Research Methods in Computer Science",
        3,
        "Master",
        "Institute of Computing Sciences",
        "Semester 1, Block 1",
        "dr. T. Visser",
        "English",
        "Formulating research questions, experimental design and reproducibility; writing and reviewing a research proposal.",
    ),
    Course(
        "4032TSAN5",
        "Time Series Analysis",
        5,
        "Bachelor year 3",
        "Mathematical Institute",
        "Semester 2, Block 4",
        "dr. I. Novak",
        "English",
        "Stationarity, ARIMA and state-space models, forecasting and evaluation, with applications in finance and climate.",
    ),
    Course(
        "7301DGOV5",
        "Digital Governance",
        5,
        "Master",
        "Institute of Public Administration",
        "Semester 2, Block 3",
        "prof.dr. B. Jansen",
        "English",
        "Algorithmic government, open data and digital public infrastructure, explored through Dutch and European case studies.",
    ),
    Course(
        "5284RLRN6",
        "Reinforcement Learning",
        6,
        "Master",
        "Institute of Computing Sciences",
        "Semester 2, Block 4",
        "dr. A. Moerland",
        "English",
        "Markov decision processes, dynamic programming, Q-learning and policy gradients; a project on a simulated robot.",
    ),
    Course(
        "4032PROG1",
        "Programming in Python",
        5,
        "Bachelor year 1",
        "Institute of Computing Sciences",
        "Semester 1, Block 1",
        "drs. E. Hoekstra",
        "English",
        "Variables, control flow, functions and data structures; weekly programming assignments graded automatically.",
    ),
    Course(
        "2200BIOD6",
        "Biodiversity Data Science",
        6,
        "Master",
        "Institute of Biology",
        "Semester 1, Block 2",
        "dr. N. Rahman",
        "English",
        "Species occurrence data, remote sensing and species distribution models for conservation questions.",
    ),
    Course(
        "5082HCID5",
        "Human-Centred Data Science",
        5,
        "Bachelor year 3",
        "Institute of Computing Sciences",
        "Semester 1, Block 2",
        "dr. C. Lambrechts",
        "English",
        "Qualitative and quantitative methods for studying how people create, interpret and are affected by data systems.",
    ),
    Course(
        "4032CAPS1",
        "Data Science Capstone Project",
        15,
        "Bachelor year 3",
        "Institute of Computing Sciences",
        "Semester 2, Block 3–4",
        None,
        "English",
        "Teams of four solve a data problem posed by an external partner, from scoping to a final report and demo day.",
    ),
    Course(
        "1801ECON6",
        "Econometrics I",
        6,
        "Bachelor year 2",
        "Economics",
        "Semester 1, Block 1",
        "dr. D. Kaya",
        "English",
        "Linear regression, instrumental variables and panel data with an emphasis on causal questions in economics.",
    ),
    Course(
        "5082PRIV5",
        "Privacy Engineering",
        5,
        "Master",
        "Institute of Computing Sciences",
        "Semester 2, Block 4",
        "dr. M. Rossi",
        "English",
        "Anonymisation, differential privacy and secure computation, and how to build them into data pipelines.",
    ),
    Course(
        "6013M0120",
        "Causale Inferentie",
        5,
        "Master",
        "Psychologie – Methodologie en Statistiek",
        "Semester 2, Blok 3",
        "dr. W. Koster",
        "Dutch",
        "Potentiële uitkomsten, gerichte acyclische grafen en propensityscores voor observationeel onderzoek.",
    ),
    Course(
        "4411DHUM5",
        "Digital Humanities Lab",
        5,
        "Bachelor year 2",
        "Faculty of Humanities",
        "Semester 1, Block 2",
        "dr. J. Boersma",
        "English",
        "Digitised archives, text mining and network analysis applied to historical sources, with a public-facing project.",
    ),
]

SG_QUERY = "q=data&academicYear=2025-2026"
SG_BASE = "en/courses/search"
SG_CSS = {
    k: f"{k}__{_hex('sg' + k, 5)}"
    for k in (
        "CourseCard_card",
        "CourseCard_code",
        "CourseCard_title",
        "CourseCard_meta",
        "CourseCard_item",
        "CourseCard_desc",
        "CourseCard_badge",
        "CourseCard_fav",
        "Results_list",
        "Results_count",
        "Pager_root",
        "Pager_link",
        "Pager_active",
        "Promo_card",
        "Facet_group",
        "Facet_option",
    )
}


def _sg_page_href(number: int) -> str:
    return f"/{SG_BASE}?{SG_QUERY}" + (f"&page={number}" if number > 1 else "")


def _sg_card(c: Course) -> str:
    css = SG_CSS
    lang_badge = "Taught in Dutch" if c.language == "Dutch" else "Taught in English"
    exchange = (
        f'<span class="{css["CourseCard_badge"]} badge badge--outline">Open to exchange students</span>'
        if _number(c.code, 0, 2) == 0
        else ""
    )
    ects = f"{c.ects:g}".replace(".", ",") if c.language == "Dutch" else f"{c.ects:g}"
    instructor = (
        f'<li class="{css["CourseCard_item"]}"><svg aria-hidden="true" class="icon"><use href="#icon-person"></use></svg><span class="sr-only">Coordinator: </span><span>{esc(c.instructor)}</span></li>'
        if c.instructor
        else ""
    )
    return f"""
      <li class="{css["Results_list"]}-item">
        <article class="{css["CourseCard_card"]}" data-course-id="{_number(c.code, 100000, 999999)}" data-testid="course-card">
          <div class="CourseCard_head__p9Tz1">
            <span class="{css["CourseCard_code"]}"><span class="sr-only">Course code </span>{esc(c.code)}</span>
            <span class="{css["CourseCard_badge"]} badge badge--level">{esc(c.level)}</span>
            <button type="button" class="{css["CourseCard_fav"]}" aria-pressed="false" aria-label="Add {esc(c.title)} to my favourites"><svg aria-hidden="true" class="icon"><use href="#icon-star"></use></svg></button>
          </div>
          <h3 class="{css["CourseCard_title"]}"><a href="{c.url}" class="stretched-link">{esc(c.title)}</a></h3>
          <ul class="{css["CourseCard_meta"]}">
            <li class="{css["CourseCard_item"]}"><svg aria-hidden="true" class="icon"><use href="#icon-credits"></use></svg><span class="sr-only">Credits: </span>{ects} EC</li>
            <li class="{css["CourseCard_item"]}"><svg aria-hidden="true" class="icon"><use href="#icon-building"></use></svg><span class="sr-only">Department: </span>{esc(c.department)}</li>
            <li class="{css["CourseCard_item"]}"><svg aria-hidden="true" class="icon"><use href="#icon-calendar"></use></svg><span class="sr-only">Teaching period: </span>{esc(c.term)}</li>
            {instructor}
          </ul>
          <p class="{css["CourseCard_desc"]}">{esc(c.description)}</p>
          <div class="CourseCard_badges__Hq81e"><span class="{css["CourseCard_badge"]} badge">{lang_badge}</span>{exchange}</div>
        </article>
      </li>"""


def _sg_promo() -> str:
    return f"""
      <li class="{SG_CSS["Results_list"]}-item">
        <aside class="{SG_CSS["Promo_card"]} {SG_CSS["CourseCard_card"]}" data-testid="promo-card">
          <span class="{SG_CSS["CourseCard_badge"]} badge badge--level">Minor</span>
          <h3 class="{SG_CSS["CourseCard_title"]}"><a href="/en/minors/data-science-for-everyone/">Minor Data Science for Everyone</a></h3>
          <ul class="{SG_CSS["CourseCard_meta"]}"><li class="{SG_CSS["CourseCard_item"]}">30 EC</li><li class="{SG_CSS["CourseCard_item"]}">Semester 1</li></ul>
          <p class="{SG_CSS["CourseCard_desc"]}">Looking for more? Combine five data courses into a minor. Applications close 1 May.</p>
        </aside>
      </li>"""


def _sg_facets() -> str:
    groups = {
        "Level": [("Bachelor year 1", 4), ("Bachelor year 2", 7), ("Bachelor year 3", 5), ("Master", 9)],
        "Language": [("English", 22), ("Dutch", 3)],
        "Teaching period": [("Semester 1", 13), ("Semester 2", 12)],
        "Credits": [("3 EC", 1), ("5 EC", 11), ("6 EC", 11), ("7.5 EC", 1), ("15 EC", 1)],
    }
    out = []
    for name, options in groups.items():
        opts = "".join(
            f'<li class="{SG_CSS["Facet_option"]}"><label><input type="checkbox" name="{slug(name)}" value="{esc(slug(o))}"> {esc(o)} <span class="count">({n})</span></label></li>'
            for o, n in options
        )
        out.append(f'<fieldset class="{SG_CSS["Facet_group"]}"><legend>{esc(name)}</legend><ul>{opts}</ul></fieldset>')
    return "\n".join(out)


def _sg_page(number: int, courses: list[Course], pages: int, first: int) -> str:
    cards = [_sg_card(c) for c in courses]
    if number == 1:
        cards.insert(4, _sg_promo())
    links = []
    if number > 1:
        links.append(
            f'<a class="{SG_CSS["Pager_link"]}" href="{esc(_sg_page_href(number - 1))}" rel="prev"><span aria-hidden="true">‹</span><span class="sr-only">Previous page</span></a>'
        )
    for n in range(1, pages + 1):
        if n == number:
            links.append(
                f'<span class="{SG_CSS["Pager_link"]} {SG_CSS["Pager_active"]}" aria-current="page">{n}</span>'
            )
        else:
            links.append(
                f'<a class="{SG_CSS["Pager_link"]}" href="{esc(_sg_page_href(n))}" aria-label="Page {n}">{n}</a>'
            )
    if number < pages:
        links.append(
            f'<a class="{SG_CSS["Pager_link"]}" href="{esc(_sg_page_href(number + 1))}" rel="next"><span class="sr-only">Next page</span><span aria-hidden="true">›</span></a>'
        )
    ld = {
        "@context": "https://schema.org",
        "@type": "ItemList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": first + i,
                "item": {
                    "@type": "Course",
                    "name": c.title,
                    "courseCode": c.code,
                    "url": f"https://studiegids.dalburg.example{c.url}",
                    "provider": {"@type": "CollegeOrUniversity", "name": "Universiteit Dalburg"},
                },
            }
            for i, c in enumerate(courses)
        ],
    }
    build = _hex(f"sg-build-{number}", 21)
    next_data = {
        "props": {
            "pageProps": {
                "query": {"q": "data", "academicYear": "2025-2026", "page": number},
                "total": len(SG_COURSES),
                "locale": "en",
            }
        },
        "page": "/[locale]/courses/search",
        "buildId": build,
    }
    return f"""<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<title>Search results for "data" – Course catalogue 2025–2026 – Universiteit Dalburg</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="https://studiegids.dalburg.example{esc(_sg_page_href(number))}">
<link rel="stylesheet" href="/_next/static/css/{_hex("sgcss", 16)}.css">
<script type="application/ld+json">{_json_script(ld)}</script>
<script id="Cookiebot" src="https://consent.cookiebot.example/uc.js" data-cbid="{_hex("cb", 8)}-{_hex("cb2", 4)}" async></script>
</head>
<body>
<div id="CybotCookiebotDialog" role="dialog" aria-modal="true" aria-label="Cookie consent" class="CybotCookiebotDialogActive">
  <h2 id="CybotCookiebotDialogBodyContentTitle">This website uses cookies</h2>
  <div id="CybotCookiebotDialogBodyContentText">We use functional cookies to make the course catalogue work, and – with your permission – analytics cookies to improve it.</div>
  <button id="CybotCookiebotDialogBodyButtonDecline">Only necessary cookies</button>
  <button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll">Allow all cookies</button>
</div>
<svg xmlns="http://www.w3.org/2000/svg" style="display:none"><symbol id="icon-star" viewBox="0 0 24 24"><title>Favourite</title><path d="M12 2l3 7h7l-6 4 2 8-6-5-6 5 2-8-6-4h7z"/></symbol><symbol id="icon-credits" viewBox="0 0 24 24"><title>Credits</title><path d="M4 4h16v16H4z"/></symbol><symbol id="icon-building" viewBox="0 0 24 24"><title>Department</title><path d="M3 21V3h18v18z"/></symbol><symbol id="icon-calendar" viewBox="0 0 24 24"><title>Period</title><path d="M3 5h18v16H3z"/></symbol><symbol id="icon-person" viewBox="0 0 24 24"><title>Coordinator</title><circle cx="12" cy="8" r="4"/></symbol></svg>
<div id="__next">
<a class="skip-link sr-only" href="#main">Skip to main content</a>
<header class="Header_root__kQ2zP">
  <div class="Header_top__o1Bn3"><a href="/en/" class="Header_logo__Jx7aL"><img src="/static/logo-dalburg.svg" alt="Universiteit Dalburg" width="160" height="40"></a>
    <nav aria-label="Language"><a href="/nl/vakken/zoeken?q=data&amp;studiejaar=2025-2026" hreflang="nl">NL</a> <span aria-current="true">EN</span></nav>
    <a class="Header_login__d3Fz0" href="/en/login/">Log in with your university account</a></div>
  <nav class="Header_nav__ZZ81c" aria-label="Main"><ul><li><a href="/en/programmes/">Programmes</a></li><li><a href="/en/courses/" aria-current="page">Courses</a></li><li><a href="/en/minors/">Minors</a></li><li><a href="/en/exchange/">Exchange</a></li></ul></nav>
</header>
<div class="Banner_root__t6VuW" role="status"><strong>Registration for Semester 2 opens 1 December.</strong> Register for courses and exams via uSis before 15 December. <a href="/en/registration/">Read more</a></div>
<nav aria-label="Breadcrumb" class="Breadcrumb_root__u2fNq"><ol><li><a href="/en/">Course catalogue</a></li><li><a href="/en/courses/">Courses 2025–2026</a></li><li aria-current="page">Search</li></ol></nav>
<main id="main" class="Search_layout__vM0qA">
  <aside class="Search_filters__3fRk2" aria-label="Filters">
    <form action="/{SG_BASE}" method="get"><input type="hidden" name="academicYear" value="2025-2026">
      <label for="q" class="sr-only">Search courses</label><input id="q" type="search" name="q" value="data">
      <select name="academicYear" aria-label="Academic year"><option value="2025-2026" selected>2025–2026</option><option value="2024-2025">2024–2025</option></select>
      {_sg_facets()}
      <button type="submit">Apply filters</button>
    </form>
  </aside>
  <section class="Search_results__Wc0sT" aria-labelledby="results-heading">
    <h1 id="results-heading">Courses matching “data”</h1>
    <p class="{SG_CSS["Results_count"]}" aria-live="polite"><strong>{len(SG_COURSES)}</strong> courses found · showing {first}–{first + len(courses) - 1}</p>
    <div class="Search_sort__rp4Wn"><label for="sort">Sort by</label><select id="sort" name="sort"><option>Relevance</option><option>Course code</option><option>Title (A–Z)</option></select></div>
    <ol class="{SG_CSS["Results_list"]}" start="{first}">
{"".join(cards)}
    </ol>
    <nav class="{SG_CSS["Pager_root"]}" aria-label="Pagination">{"".join(links)}</nav>
  </section>
</main>
<footer class="Footer_root__s9sLk">
  <div><h2>Universiteit Dalburg</h2><p>Rapenburg 70, 2311 EZ Dalburg</p><p>The course catalogue is published under the Teaching and Examination Regulations (OER); in case of discrepancies the OER prevails.</p></div>
  <ul><li><a href="/en/contact/">Contact</a></li><li><a href="/en/accessibility/">Accessibility</a></li><li><a href="/en/privacy/">Privacy statement</a></li><li><a href="#" onclick="Cookiebot.renew()">Cookie settings</a></li></ul>
  <p>© 2025 Universiteit Dalburg</p>
</footer>
</div>
<script id="__NEXT_DATA__" type="application/json">{_json_script(next_data)}</script>
<script src="/_next/static/chunks/pages/_app-{_hex("sgapp", 16)}.js" defer></script>
</body>
</html>"""


@seventeenth_b
def build_studiegids_dalburg() -> None:
    s = Site(
        "studiegids-dalburg",
        kind="university course catalogue search (Next.js, CSS-module classes)",
        start=f"{SG_BASE}?{SG_QUERY}",
        description="A Dutch university's course catalogue search results in English, three pages.",
    )
    sizes = [10, 10, 5]
    pages = chunks(SG_COURSES, sizes)
    first = 1
    for number, courses in enumerate(pages, start=1):
        path = f"{SG_BASE}@{SG_QUERY}" + (f"&page={number}" if number > 1 else "")
        s.list_page(path, _sg_page(number, courses, len(pages), first))
        first += len(courses)
    for c in SG_COURSES:
        s.expect(
            {
                "code": c.code,
                "title": c.title,
                "url": c.url,
                "ects": c.ects,
                "level": c.level,
                "department": c.department,
                "term": c.term,
                "instructor": c.instructor,
                "description": c.description,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# canalhouse-reviews (FROZEN): a Tripadvisor-like hotel review page, 2024–25 markup
# ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Review:
    """One guest review."""

    reviewer: str
    location: str | None
    contributions: int
    rating: int
    stay: tuple[int, int]
    written: date
    title: str
    text: str
    trip_type: str | None
    response: bool = False

    @property
    def review_id(self) -> int:
        return 980000000 + _number(self.reviewer + self.title, 1000000, 9999999)

    @property
    def url(self) -> str:
        return f"/ShowUserReviews-g188590-{CH_HOTEL_ID}-r{self.review_id}-{CH_SLUG}.html"

    @property
    def stay_text(self) -> str:
        return f"{MONTHS[self.stay[1] - 1]} {self.stay[0]}"


CH_HOTEL = "Canal House Lindengracht"
CH_HOTEL_ID = "d2310457"
CH_SLUG = "Canal_House_Lindengracht-Amsterdam_North_Holland_Province"
CH_PATH = f"Hotel_Review-g188590-{CH_HOTEL_ID}-Reviews-{CH_SLUG}.html"

CH_REVIEWS = [
    Review(
        "Claire M",
        "Manchester, United Kingdom",
        14,
        5,
        (2025, 3),
        date(2025, 3, 18),
        "A little gem in the Jordaan",
        "We stayed three nights in the garden room and loved every minute. The bed was huge and comfortable, breakfast was freshly made each morning and Marieke gave us a hand-drawn map of her favourite cafés. The stairs are steep, as in every canal house, but staff carried our cases up without being asked.",
        "Travelled as a couple",
        True,
    ),
    Review(
        "TravellingTom88",
        "Austin, Texas",
        231,
        4,
        (2025, 3),
        date(2025, 3, 11),
        "Great location, tiny bathroom",
        "Perfect base for walking everywhere: Anne Frank House is ten minutes away and the Noordermarkt is on the doorstep. The room was spotless and quiet at night. Only downside is the bathroom, which is very small, and the shower pressure could be better.",
        "Travelled solo",
    ),
    Review(
        "Anke V",
        "Utrecht, The Netherlands",
        3,
        5,
        (2025, 2),
        date(2025, 3, 2),
        "Warm welcome on a cold weekend",
        "Booked this as a birthday surprise for my husband. Tea and stroopwafels on arrival, a beautiful view over the canal and a breakfast that kept us going until dinner. We will be back in spring.",
        "Travelled as a couple",
        True,
    ),
    Review(
        "Rafael G",
        "Madrid, Spain",
        47,
        3,
        (2025, 2),
        date(2025, 2, 24),
        "Charming but noisy on Saturday",
        "The house is beautiful and the staff are lovely. However our room faced the street and on Saturday night there was noise from a bar until 2 am. Ask for a room at the back if you are a light sleeper.",
        "Travelled with friends",
    ),
    Review(
        "Jessica L",
        None,
        1,
        5,
        (2025, 1),
        date(2025, 2, 9),
        "Best breakfast in Amsterdam",
        "Homemade granola, local cheeses, eggs any way you like and proper coffee. The room was cosy and had everything we needed. Check-in was easy even though we arrived late.",
        "Travelled as a couple",
    ),
    Review(
        "WanderingWill",
        "Melbourne, Australia",
        512,
        4,
        (2025, 1),
        date(2025, 1, 30),
        "Lovely stay, book early",
        "We booked four months ahead and still only got the last room. Worth it: quiet, clean, friendly, and a short tram ride to Centraal. The only thing missing is a lift, so pack light.",
        "Travelled with family",
    ),
    Review(
        "Sophie D",
        "Lyon, France",
        22,
        5,
        (2024, 12),
        date(2025, 1, 6),
        "Christmas in a canal house",
        "The house was decorated for Christmas and felt like staying with friends. Our hosts recommended a wonderful Indonesian restaurant nearby and helped us book the light festival cruise.",
        "Travelled with family",
        True,
    ),
    Review(
        "Mark_H",
        "Dublin, Ireland",
        9,
        2,
        (2024, 12),
        date(2024, 12, 19),
        "Not as pictured",
        "The photos show a large room with canal views but we were given a small attic room overlooking the courtyard. It was clean, but for the price we expected more. Breakfast was good.",
        "Business",
        True,
    ),
    Review(
        "Yuki T",
        "Osaka, Japan",
        65,
        5,
        (2024, 11),
        date(2024, 12, 2),
        "Quiet, clean and very kind staff",
        "Everything was perfect. The staff explained the area in detail, lent us umbrellas and kept our luggage after check-out. The room was very clean and the bed comfortable.",
        "Travelled solo",
    ),
    Review(
        "Ben & Lotte",
        "Antwerp, Belgium",
        31,
        4,
        (2024, 11),
        date(2024, 11, 20),
        "Good value for Amsterdam",
        "Hotels in Amsterdam are expensive, but this felt fair for the location and quality. Free coffee and tea all day, bikes to rent at the door, and a very helpful host.",
        "Travelled as a couple",
    ),
    Review(
        "Daniel K",
        "Berlin, Germany",
        104,
        5,
        (2024, 10),
        date(2024, 11, 4),
        "Would stay here again in a heartbeat",
        "Second visit and just as good as the first. The canal-view room is worth the extra. Walking distance to the Jordaan's best brown cafés and the Saturday market.",
        "Travelled as a couple",
    ),
    Review(
        "Priya S",
        "London, United Kingdom",
        18,
        4,
        (2024, 10),
        date(2024, 10, 22),
        "Beautiful old house",
        "A real 17th-century canal house with beams and a spiral staircase. Room a bit dark but very atmospheric. Breakfast room gets busy at 9, come early.",
        "Travelled with friends",
    ),
    Review(
        "gert-jan1962",
        "Groningen, The Netherlands",
        2,
        5,
        (2024, 10),
        date(2024, 10, 14),
        "Perfect for a city weekend",
        "Mooi hotel, great staff and an excellent bed. We walked everywhere and never needed public transport. Highly recommended.",
        None,
    ),
    Review(
        "Olivia R",
        "Toronto, Canada",
        7,
        1,
        (2024, 9),
        date(2024, 9, 29),
        "Booking mix-up spoiled our trip",
        "Our reservation had been cancelled without notice and we were moved to a sister property across town for the first night. Staff apologised but the refund took weeks.",
        "Travelled with family",
        True,
    ),
    Review(
        "Marco P",
        "Milan, Italy",
        83,
        4,
        (2024, 9),
        date(2024, 9, 16),
        "Very pleasant stay",
        "Room clean and comfortable, good breakfast and a great area for restaurants. The stairs are very steep so not for everyone.",
        "Business",
    ),
    Review(
        "Hannah W",
        "Leeds, United Kingdom",
        5,
        5,
        (2024, 8),
        date(2024, 9, 3),
        "Felt like home",
        "Lovely host, lovely room, lovely breakfast. We sat in the little garden every evening with a glass of wine. A peaceful place in a busy city.",
        "Travelled as a couple",
    ),
    Review(
        "Lukas B",
        "Vienna, Austria",
        40,
        3,
        (2024, 8),
        date(2024, 8, 21),
        "Hot in August",
        "Nice house and great location, but the room had no air conditioning and only a small fan. In a heatwave that made sleeping difficult.",
        "Travelled as a couple",
        True,
    ),
    Review(
        "Emma J",
        "Stockholm, Sweden",
        12,
        5,
        (2024, 7),
        date(2024, 8, 2),
        "Wonderful hosts",
        "From the first email to check-out everything was handled with care. They even remembered our daughter's birthday with a small cake at breakfast.",
        "Travelled with family",
    ),
    Review(
        "NomadNina",
        None,
        976,
        4,
        (2024, 7),
        date(2024, 7, 18),
        "Solid choice in the Jordaan",
        "Clean, quiet room and friendly staff. Wi-Fi was fast enough for video calls, which matters to me. Breakfast is extra but worth it.",
        "Travelled solo",
    ),
    Review(
        "Chris O",
        "Cape Town, South Africa",
        26,
        5,
        (2024, 6),
        date(2024, 7, 1),
        "Ten out of ten",
        "Honestly could not fault it. Great location, great people, great room. Ask about the history of the house, it's fascinating.",
        "Travelled with friends",
    ),
    Review(
        "Isabel F",
        "Lisbon, Portugal",
        8,
        4,
        (2024, 6),
        date(2024, 6, 19),
        "Charming and central",
        "Lovely room overlooking the canal and a very good breakfast. Our only complaint is that the walls are thin.",
        "Travelled as a couple",
    ),
    Review(
        "Peter N",
        "Copenhagen, Denmark",
        59,
        5,
        (2024, 5),
        date(2024, 6, 5),
        "A proper Amsterdam experience",
        "Staying in a canal house is something everyone should do once. This one is well run, spotless and full of character.",
        None,
    ),
    Review(
        "Laura C",
        "Boston, Massachusetts",
        4,
        4,
        (2024, 5),
        date(2024, 5, 27),
        "Great for a first visit",
        "The hosts gave us tips that made our first trip to Amsterdam easy. Room small but well designed, very clean.",
        "Travelled with friends",
    ),
    Review(
        "Tomasz Z",
        "Kraków, Poland",
        15,
        5,
        (2024, 4),
        date(2024, 5, 8),
        "King's Day in the Jordaan",
        "We came for King's Day and the location could not have been better. The hosts were patient with a house full of orange-clad guests!",
        "Travelled with friends",
    ),
    Review(
        "Aisha K",
        "Birmingham, United Kingdom",
        1,
        3,
        (2024, 4),
        date(2024, 4, 21),
        "Okay but overpriced",
        "The room was fine and clean but small for what we paid, and the breakfast selection was limited for vegans.",
        "Travelled solo",
    ),
    Review(
        "Hugo L",
        "Ghent, Belgium",
        37,
        5,
        (2024, 3),
        date(2024, 4, 2),
        "Quiet oasis",
        "After long days of museums it was wonderful to come back to such a calm, friendly place. Excellent beds.",
        "Travelled as a couple",
    ),
]

CH_CLS = {
    k: _hex("ch" + k, 5)
    for k in (
        "card",
        "head",
        "name",
        "meta",
        "bubbles",
        "title",
        "body",
        "text",
        "more",
        "stay",
        "trip",
        "written",
        "resp",
        "foot",
        "pager",
    )
}


def _ch_bubbles(rating: int) -> str:
    circles = "".join(
        f'<path d="M {12 + 26 * i} 0 C 5.389 0 0 5.383 0 12 s 5.383 12 12 12 c 6.617 0 12-5.383 12-12 S 18.617 0 12 0" class="{"fill" if i < rating else "empty"}"></path>'
        for i in range(5)
    )
    return f'<svg class="UctUV d H0 hzzSG" viewBox="0 0 128 24" width="88" height="16" aria-labelledby=":lithium-r{_hex(str(rating), 3)}:"><title id=":lithium-r{_hex(str(rating), 3)}:">{rating}.0 of 5 bubbles</title>{circles}</svg>'


def _ch_card(r: Review) -> str:
    c = CH_CLS
    handle = slug(r.reviewer).replace("-", "")
    loc = (
        f'<span class="{c["meta"]} biGQs _P pZUbB osNWb"><span class="mjxGJ">{esc(r.location)}</span></span>'
        if r.location
        else ""
    )
    contrib = f"{r.contributions:,} contribution{'s' if r.contributions != 1 else ''}"
    trip = (
        f'<div class="{c["trip"]} RpeCd"><span class="DlAxN">Trip type:</span> {esc(r.trip_type)}</div>'
        if r.trip_type
        else ""
    )
    resp = ""
    if r.response:
        resp = f"""
          <div class="{c["resp"]} FAgzF" data-test-target="review-owner-response">
            <div class="biGQs _P fiohW ncFvv">Response from Marieke V, Owner at {esc(CH_HOTEL)}</div>
            <div class="biGQs _P pZUbB ncFvv osNWb">Responded {r.written.day + 2 if r.written.day < 26 else 28} {MONTHS[r.written.month - 1]} {r.written.year}</div>
            <div class="biGQs _P pZUbB KxBGd"><span class="JguWG">Dear guest, thank you for taking the time to share your experience. We have passed your comments on to the whole team and hope to welcome you again.</span></div>
            <div class="biGQs _P pZUbB ncFvv osNWb">This response is the subjective opinion of the management representative and not of Tripadvisor LLC.</div>
          </div>"""
    photos = ""
    if _number(r.title, 0, 3) == 0:
        photos = "".join(
            f'<button class="ajoIU _S B-" type="button" aria-label="Open photo {i + 1}"><img src="https://media.canalhouse.example/photo-s/{_hex(r.title + str(i), 8)}.jpg" alt="" width="100" height="100" loading="lazy"></button>'
            for i in range(2)
        )
        photos = f'<div class="QMDbC _T">{photos}</div>'
    return f"""
      <div class="_c" data-automation="reviewCard" data-reviewid="{r.review_id}">
        <div class="{c["card"]} azLzJ MI Gi z Z BB pBVnE" data-test-target="HR_CC_CARD">
          <div class="{c["head"]} xMxrO">
            <div class="mwPje f M k"><a href="/Profile/{handle}" target="_self" aria-label="Profile of {esc(r.reviewer)}" class="BMQDV _F Gv wSSLS SwZTJ FGwzt ukgoS"><img width="40" height="40" alt="" src="https://media.canalhouse.example/avatar/{_hex(handle, 10)}.jpg"></a></div>
            <div class="XExLl">
              <span class="{c["name"]} biGQs _P fiohW fOtGX"><a href="/Profile/{handle}" class="BMQDV _F Gv wSSLS SwZTJ FGwzt ukgoS">{esc(r.reviewer)}</a></span>
              <div class="vYLts">{loc}<span class="{c["meta"]} biGQs _P pZUbB osNWb"><span class="IugUm">{contrib}</span></span></div>
            </div>
            <div class="kQjeB"><button type="button" class="BrOJk u j z _F wSSLS tIqAi unMkR" aria-label="Click to open more options"><svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path d="M5 14a2 2 0 1 0 0-4 2 2 0 0 0 0 4"></path></svg></button></div>
          </div>
          <div class="{c["bubbles"]} VVbkp" data-test-target="review-rating">{_ch_bubbles(r.rating)}</div>
          <div class="{c["title"]} biGQs _P fiohW qWPrE ncFvv fOtGX" data-test-target="review-title"><a href="{r.url}" class="BMQDV _F Gv wSSLS SwZTJ FGwzt ukgoS"><span class="yCeTE">{esc(r.title)}</span></a></div>
          <div class="{c["body"]} _T FKffI bmUTE" data-test-target="review-body">
            <div class="fIrGe _T bgMZj" style="line-break: normal; cursor: auto;"><div class="biGQs _P pZUbB KxBGd"><span class="{c["text"]} JguWG"><span class="yCeTE">{esc(r.text)}</span></span></div></div>
            <div class="lszDU"><button type="button" class="{c["more"]} UikNM _G B- _S _W _T c G_ wSSLS ACvVd" aria-expanded="false"><span class="biGQs _P ttuOS">Read more</span></button></div>
          </div>
          {photos}
          <div class="{c["stay"]} RpeCd"><span class="DlAxN">Date of stay:</span> {esc(r.stay_text)}</div>
          {trip}
          <div class="{c["foot"]} TreSq"><div class="{c["written"]} biGQs _P pZUbB ncFvv osNWb">Written {r.written.day} {MONTHS[r.written.month - 1]} {r.written.year}</div>
            <div class="biGQs _P pZUbB ncFvv osNWb">This review is the subjective opinion of a Tripadvisor member and not of Tripadvisor LLC. Tripadvisor performs checks on reviews as part of our industry-leading trust &amp; safety standards.</div></div>
          <div class="aaYSM"><button type="button" class="BrOJk u j z _F wSSLS tIqAi unMkR" aria-label="Click to add helpful vote"><span class="biGQs _P FwFXZ">Helpful</span></button> <button type="button" class="BrOJk u j z _F wSSLS tIqAi unMkR" aria-label="Share">Share</button></div>
          {resp}
        </div>
      </div>"""


def _ch_href(offset: int) -> str:
    return f"/{CH_PATH}" + (f"?or={offset}" if offset else "")


def _ch_ad(slot: int) -> str:
    return f"""
      <div class="ZOXEZ" data-automation="inlineAd-{slot}"><div class="uwSyb">Advertisement</div>
        <div id="gpt-ad-hr-review-{slot}" class="ad-slot" data-ad-unit="/1234/tripadvisor/hotel_review/inline" style="min-height:250px">
          <a href="https://ads.example/click?id={_hex(str(slot), 12)}" rel="sponsored nofollow"><img src="https://ads.example/creative/{_hex("cr" + str(slot), 10)}.jpg" alt="Book your Amsterdam canal cruise – 20% off this week" width="300" height="250"></a>
        </div></div>"""


def _ch_page(number: int, reviews: list[Review], pages: int, offset: int) -> str:
    cards = [_ch_card(r) for r in reviews]
    cards.insert(3, _ch_ad(number))
    total = len(CH_REVIEWS)
    links = []
    if number > 1:
        links.append(
            f'<a class="BrOJk u j z _F wSSLS tIqAi unMkR" href="{_ch_href((number - 2) * 10)}" aria-label="Previous page" data-smoke-attr="pagination-previous-arrow"><svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path d="M10.3 12l6.4 6.4-1.4 1.4L7.5 12l7.8-7.8 1.4 1.4z"></path></svg></a>'
        )
    for n in range(1, pages + 1):
        if n == number:
            links.append(f'<span aria-current="page" class="biGQs _P ttuOS">{n}</span>')
        else:
            links.append(
                f'<a class="BrOJk u j z _F wSSLS tIqAi unMkR" href="{_ch_href((n - 1) * 10)}" aria-label="Page {n}">{n}</a>'
            )
    if number < pages:
        links.append(
            f'<a class="BrOJk u j z _F wSSLS tIqAi unMkR" href="{_ch_href(number * 10)}" aria-label="Next page" data-smoke-attr="pagination-next-arrow"><svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path d="M13.7 12L7.3 5.6l1.4-1.4 7.8 7.8-7.8 7.8-1.4-1.4z"></path></svg></a>'
        )
    counts = {s: sum(1 for r in CH_REVIEWS if r.rating == s) for s in range(5, 0, -1)}
    labels = {5: "Excellent", 4: "Very good", 3: "Average", 2: "Poor", 1: "Terrible"}
    histogram = "".join(
        f'<li><label><input type="checkbox" name="trating" value="{s}"> {labels[s]} <span class="biGQs _P pZUbB osNWb">{n}</span></label></li>'
        for s, n in counts.items()
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "Hotel",
        "name": CH_HOTEL,
        "url": f"https://www.canalhouse.example/{CH_PATH}",
        "image": "https://media.canalhouse.example/photo-o/1a/2b/canal-house-lindengracht.jpg",
        "priceRange": "£168 - £254 (Based on Average Rates for a Standard Room)",
        "address": {
            "@type": "PostalAddress",
            "streetAddress": "Lindengracht 114",
            "addressLocality": "Amsterdam",
            "postalCode": "1015 KN",
            "addressCountry": "NL",
        },
        "aggregateRating": {"@type": "AggregateRating", "ratingValue": "4.4", "reviewCount": str(total)},
    }
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{esc(CH_HOTEL)} - UPDATED 2025 Prices, Reviews &amp; Photos (Amsterdam, The Netherlands) - B&amp;B - Tripadvisor</title>
<meta name="description" content="{esc(CH_HOTEL)}, Amsterdam: See {total} traveller reviews, 42 candid photos, and great deals for {esc(CH_HOTEL)}, ranked #38 of 412 B&amp;Bs / inns in Amsterdam.">
<link rel="canonical" href="https://www.canalhouse.example{_ch_href(offset)}">
{f'<link rel="next" href="https://www.canalhouse.example{_ch_href(offset + 10)}">' if number < pages else ""}
<script type="application/ld+json">{_json_script(ld)}</script>
<link rel="stylesheet" href="https://static.canalhouse.example/assets/{_hex("chcss", 12)}.css">
</head>
<body class="ltr domn_en_GB lang_en_GB long_prices globalNav2011_reset hr_tabs_placement_test tabs_below_meta">
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container"><div id="onetrust-policy"><p id="onetrust-policy-text">We use cookies and similar technologies to personalise content and ads, and to analyse our traffic. <a href="/CookiePolicy">Cookie Policy</a></p></div><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Manage preferences</button><button id="onetrust-reject-all-handler">Reject all</button><button id="onetrust-accept-btn-handler">I Accept</button></div></div></div></div>
<div id="lithium-root">
<header class="IJnYM" data-automation="header"><a href="/" class="kOhhR" aria-label="Tripadvisor"><img src="https://static.canalhouse.example/img2/brand_refresh/Tripadvisor_lockup_horizontal.svg" alt="Tripadvisor" width="190" height="40"></a>
  <form action="/Search" role="search" class="qIGbJ"><input type="search" name="q" placeholder="Search" aria-label="Search"></form>
  <nav class="jTsGg" aria-label="Main"><a href="/Tourism-g188590-Amsterdam_North_Holland_Province-Vacations.html">Discover</a><a href="/Trips">Trips</a><a href="/Review">Review</a><a href="/RegistrationController" class="sign-in">Sign in</a></nav></header>
<nav class="KCtFq" aria-label="Breadcrumbs"><ol><li><a href="/Tourism-g188553-The_Netherlands-Vacations.html">Europe</a></li><li><a href="/Tourism-g188553-The_Netherlands-Vacations.html">The Netherlands</a></li><li><a href="/Tourism-g188590-Amsterdam_North_Holland_Province-Vacations.html">Amsterdam</a></li><li><a href="/Hotels-g188590-Amsterdam_North_Holland_Province-Hotels.html">Amsterdam Hotels</a></li><li><span>{esc(CH_HOTEL)}</span></li></ol></nav>
<div class="ppuFV _T Z BB" data-test-target="hotel-header">
  <h1 id="HEADING" class="biGQs _P hzzSG rRtyp">{esc(CH_HOTEL)}</h1>
  <div class="grdwI P"><a href="#REVIEWS" class="iUttq">{_ch_bubbles(4)}<span class="biGQs _P pZUbB KxBGd">4.4</span> <span class="biGQs _P pZUbB osNWb">({total} reviews)</span></a> <span class="biGQs _P pZUbB hmDzD">#38 of 412 B&amp;Bs / inns in Amsterdam</span></div>
  <div class="aVUMb"><span class="biGQs _P pZUbB KxBGd">Lindengracht 114, 1015 KN Amsterdam The Netherlands</span></div>
</div>
<section class="cfvmD" data-automation="hotel-offers"><h2>Compare prices</h2>
  <div class="XbPsh"><div class="premium_offer">Booking.com <strong>£186</strong> <a href="/Commerce?p=BookingCom&amp;src={_hex("o1", 8)}" rel="nofollow">View deal</a></div>
  <div class="premium_offer">Expedia.co.uk <strong>£192</strong> <a href="/Commerce?p=Expedia&amp;src={_hex("o2", 8)}" rel="nofollow">View deal</a></div>
  <div class="premium_offer">Hotels.com <strong>£192</strong> <a href="/Commerce?p=HotelsCom&amp;src={_hex("o3", 8)}" rel="nofollow">View deal</a></div>
  <p class="biGQs _P ncFvv">Prices are the average nightly price provided by our partners and may not include all taxes and fees. Sponsored</p></div>
</section>
<div class="ui_columns"><div class="ui_column is-8">
<div id="REVIEWS" class="ppr_rup ppr_priv_hr_community_content" data-automation="reviews-section">
  <div class="ratings_and_types"><h2 class="biGQs _P fiohW hzzSG">Reviews ({total})</h2>
    <div class="CVuwV"><div class="biGQs _P fiohW uuBRH">Traveller rating</div><ul class="kdCdj">{histogram}</ul></div>
    <div class="CVuwV"><div class="biGQs _P fiohW uuBRH">Traveller type</div><ul><li><label><input type="checkbox"> Families</label></li><li><label><input type="checkbox"> Couples</label></li><li><label><input type="checkbox"> Solo</label></li><li><label><input type="checkbox"> Business</label></li><li><label><input type="checkbox"> Friends</label></li></ul></div>
    <div class="CVuwV"><div class="biGQs _P fiohW uuBRH">Popular mentions</div><div class="kdCdj"><button class="PTrfg">canal house</button><button class="PTrfg">breakfast</button><button class="PTrfg">steep stairs</button><button class="PTrfg">jordaan</button></div></div>
    <div class="biGQs _P pZUbB osNWb">Showing results {offset + 1}-{offset + len(reviews)} of {total}</div>
  </div>
  <div class="LbPSX" data-test-target="reviews-tab">
{"".join(cards)}
  </div>
  <div class="{CH_CLS["pager"]} OvVFl j" data-automation="reviewsPagination">{"".join(links)}</div>
</div>
</div>
<div class="ui_column is-4"><aside class="tqNsC" data-automation="nearbyHotels"><h2>Hotels nearby</h2>
  <div class="nearby"><a href="/Hotel_Review-g188590-d1876543-Reviews-Hotel_Brouwersgracht-Amsterdam_North_Holland_Province.html">Hotel Brouwersgracht</a> {_ch_bubbles(4)} <span>812 reviews</span> <span>£214</span></div>
  <div class="nearby"><a href="/Hotel_Review-g188590-d654321-Reviews-The_Noordermarkt_Inn-Amsterdam_North_Holland_Province.html">The Noordermarkt Inn</a> {_ch_bubbles(5)} <span>96 reviews</span> <span>£176</span></div>
</aside></div></div>
<footer class="hjKlP"><p>© 2025 Tripadvisor LLC All rights reserved.</p><ul><li><a href="/pages/terms.html">Terms of Use</a></li><li><a href="/pages/privacy.html">Privacy and Cookies Statement</a></li><li><a href="/pages/cookie_consent.html">Cookie consent</a></li></ul></footer>
</div>
<script>window.__WEB_CONTEXT__={{pageManifest:{{"locale":"en-GB","currency":"GBP","page":"Hotel_Review","offset":{offset}}}}};</script>
</body>
</html>"""


@seventeenth_b
def build_canalhouse_reviews() -> None:
    s = Site(
        "canalhouse-reviews",
        kind="hotel guest reviews (Tripadvisor-like, svg bubble ratings)",
        start=CH_PATH,
        description="One Amsterdam B&B's guest reviews on a Tripadvisor-like page, three pages of ten via ?or=N.",
    )
    pages = chunks(CH_REVIEWS, [10, 10, 6])
    for number, reviews in enumerate(pages, start=1):
        offset = (number - 1) * 10
        path = CH_PATH + (f"@or={offset}" if offset else "")
        s.list_page(path, _ch_page(number, reviews, len(pages), offset))
    for r in CH_REVIEWS:
        s.expect(
            {
                "title": r.title,
                "url": r.url,
                "reviewer": r.reviewer,
                "location": r.location,
                "contributions": r.contributions,
                "rating": r.rating,
                "date": r.written.isoformat(),
                "stay_date": r.stay_text,
                "trip_type": r.trip_type,
                "text": r.text,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in SEVENTEENTH_B.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(f"{name:20} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}")


if __name__ == "__main__":
    main()
