"""Tenth wave of open corpus sites, part B (issue #3): copies of how three more well-known site families
mark up their lists as they served them in 2024–2025:

* ``teamboard`` — a Greenhouse job board (the classic ``boards.greenhouse.io/<company>`` page): the
  company logo and ``h1`` "Current Job Openings at …", the company's own intro HTML (a benefits ``ul``,
  an equal-opportunity paragraph), a "Filter by" form of ``select#offices-select`` and
  ``select#departments-select`` (sub-departments indented with ``&nbsp;``) with an empty
  ``#filter-count``; then one ``section.level-0`` per department (``h3[id]``), its own
  ``div.opening`` rows (``department_id`` / ``office_id`` / ``data-office-N`` / ``data-department-N``
  attributes, an ``a[data-mapped]`` title link, a ``<br>``, ``span.location``) and nested
  ``section.child.level-1`` sub-departments (``h4[id]``) whose openings carry both department ids;
  a department with only sub-departments has no rows of its own; no dates; one page; the "Powered by"
  footer and the jQuery filter script.
* ``voltaisle`` — a Best Buy search result list (``/site/searchpage.jsp?st=…``): the header with its
  search form and deal links, facets with counts, a sort select, ``ol.sku-item-list`` of
  ``li.sku-item[data-sku-id]``: a lazy product image, ``h4.sku-title > a``, "Model:" and "SKU:" labelled
  ``span.sku-value``s, colour swatch links to sibling SKUs on some, "Rating 4.6 out of 5 stars with
  1,234 reviews" for screen readers beside star SVGs and a visible "(1,234)" (or "Not Yet Reviewed"),
  ``div.priceView-customer-price`` with an ``aria-hidden`` "$199.99" and a screen-reader sentence, "Save
  $50" and "Was $249.99" (again for screen readers) on deals, "Open-Box: from $154.99" offers, badges,
  pickup / shipping lines, "Add to Cart" or a disabled "Sold Out" button, Compare / Save controls;
  sponsored items with the same markup and a "Sponsored" label; a "Recently viewed" strip; a pager of
  ``?cp=N&st=…`` links (page 1 also at ``?cp=1&st=…``).
* ``duckfind`` — a DuckDuckGo HTML results page (``html.duckduckgo.com/html/?q=…``): the XHTML header
  with its POST search form and region / time selects, a zero-click Wikipedia abstract on page 1, two
  ``result--ad`` results (``y.js?ad_domain=…`` links, an "Ad" badge) on page 1, then
  ``div.result.results_links.results_links_deep.web-result > div.result__body``: ``h2.result__title >
  a.result__a`` whose href is a ``//duckfind.example/l/?uddg=<encoded target>&rut=<hash>`` redirect,
  ``span.result__icon`` favicon link, ``a.result__url`` display URL padded with whitespace, an optional
  ``<span>&nbsp; &nbsp; 2024-09-12T00:00:00.0000000</span>`` date, ``a.result__snippet`` with ``<b>``
  highlights; pagination is the real no-JS ``div.nav-link`` POST form (Next / Previous with hidden
  ``q, s, nextParams, v, o, dc, api, vqd, kl`` inputs), and the next pages are also served at the GET
  address those fields make (``/html/?q=…&s=10&nextParams=&v=l&o=json&dc=11&api=d.js&vqd=…&kl=wt-wt``),
  which DuckDuckGo answers too.

Links are written down as the page links them: duckfind's record links are the ``/l/?uddg=`` redirects
(the target only exists URL-encoded in them and, without its scheme, as the display URL, which is its
own field).

Run ``uv run python tests/sites/corpus/generate_tenth_b.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**. They were
written, and measured, before any heuristic was changed for them.
"""

# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from urllib.parse import quote, urlencode

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc, slug

TENTH_B: dict[str, Callable[[], None]] = {}


def tenth_b(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    TENTH_B[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _plain(marked: str) -> str:
    """The text a reader sees of a string whose highlights are written ``[[word]]``."""
    return marked.replace("[[", "").replace("]]", "")


def _bold(marked: str) -> str:
    """``[[word]]`` → ``<b>word</b>`` (the rest escaped)."""
    return esc(marked).replace("[[", "<b>").replace("]]", "</b>")


def _hex(seed: str, length: int = 64) -> str:
    """A stable hexadecimal token (tracking hashes, CSRF tokens)."""
    return hashlib.sha256(seed.encode()).hexdigest()[:length]


# ---------------------------------------------------------------------------------------------------
# teamboard: a Greenhouse job board, the classic boards.greenhouse.io/<company> page (2024–2025). div#wrapper >
# div#main: div#logo, h1 "Current Job Openings at Lumenfold", div#content with the company's own intro HTML
# (paragraphs, a benefits ul, an EEO note), div#filter-container with a "Filter by" form of two selects
# (offices, departments with indented sub-departments) and an empty #filter-count; then section.level-0 per
# department: h3[id], the department's own div.opening rows, then section.child.level-1 per sub-department
# (h4[id] and its openings, whose department_id lists the child and the parent). Each div.opening is
# a[data-mapped=true][href=/lumenfold/jobs/N] + <br> + span.location. One page, no dates. The footer
# "Powered by" logo link and privacy link, then the jQuery filter script.
# ---------------------------------------------------------------------------------------------------

TB_COMPANY = "Lumenfold"
TB_BOARD = "lumenfold"
TB_OFFICES = {
    "4009001004": "San Francisco",
    "4009002004": "New York",
    "4009003004": "London",
    "4009004004": "Toronto",
    "4009005004": "Remote",
}
# The office(s) of each location text, as Greenhouse maps them.
TB_LOCATION_OFFICES = {
    "San Francisco, CA": ["4009001004"],
    "New York, NY": ["4009002004"],
    "London, United Kingdom": ["4009003004"],
    "Toronto, Ontario, Canada": ["4009004004"],
    "Remote - US": ["4009005004"],
    "Remote - Canada": ["4009005004"],
    "New York, NY; San Francisco, CA": ["4009002004", "4009001004"],
    "San Francisco, CA or Remote (US)": ["4009001004", "4009005004"],
}
Opening = tuple[str, str, str]  # (job id, title as written (trailing space on one), location)
# (department id, name, its own openings, sub-departments [(id, name, openings)])
TB_DEPARTMENTS: list[tuple[str, str, list[Opening], list[tuple[str, str, list[Opening]]]]] = [
    (
        "4021001004",
        "Engineering",
        [
            ("4417823004", "Engineering Manager, Payments Core", "San Francisco, CA"),
            ("4420561004", "Staff Software Engineer, Ledger ", "New York, NY; San Francisco, CA"),
        ],
        [
            (
                "4021002004",
                "Platform Infrastructure",
                [
                    ("4398110004", "Senior Site Reliability Engineer", "Remote - US"),
                    ("4431207004", "Software Engineer II, Developer Platform", "Toronto, Ontario, Canada"),
                    ("4402948004", "Senior Security Engineer, Cloud", "Remote - US"),
                ],
            ),
            (
                "4021003004",
                "Mobile",
                [
                    ("4425516004", "Senior iOS Engineer", "New York, NY"),
                    ("4425517004", "Android Engineer", "Toronto, Ontario, Canada"),
                ],
            ),
            (
                "4021004004",
                "Data & Machine Learning",
                [
                    ("4389905004", "Machine Learning Engineer, Fraud Detection", "San Francisco, CA"),
                    ("4412330004", "Senior Data Engineer", "London, United Kingdom"),
                    ("4433871004", "Analytics Engineer", "Remote - Canada"),
                ],
            ),
        ],
    ),
    (
        "4021005004",
        "Product & Design",
        [
            ("4408712004", "Senior Product Manager, Card Issuing", "New York, NY"),
            ("4419034004", "Product Manager, Onboarding", "London, United Kingdom"),
        ],
        [
            (
                "4021006004",
                "Design",
                [
                    ("4415562004", "Senior Product Designer", "San Francisco, CA or Remote (US)"),
                    ("4427780004", "Content Designer (Contract)", "Remote - US"),
                ],
            ),
        ],
    ),
    (
        "4021007004",
        "Go-To-Market",
        [],
        [
            (
                "4021008004",
                "Sales",
                [
                    ("4391126004", "Account Executive, Mid-Market", "New York, NY"),
                    ("4391127004", "Account Executive, Enterprise (EMEA)", "London, United Kingdom"),
                    ("4406658004", "Sales Development Representative", "Toronto, Ontario, Canada"),
                    ("4429915004", "Solutions Engineer", "San Francisco, CA"),
                ],
            ),
            (
                "4021009004",
                "Marketing",
                [
                    ("4410248004", "Product Marketing Manager, Platform", "New York, NY"),
                    ("4432006004", "Lifecycle Marketing Manager", "Remote - US"),
                ],
            ),
        ],
    ),
    (
        "4021010004",
        "Customer Experience",
        [
            ("4399340004", "Customer Support Specialist (Bilingual French/English)", "Toronto, Ontario, Canada"),
            ("4416673004", "Implementation Manager", "New York, NY"),
            ("4426091004", "Support Operations Analyst", "Remote - US"),
        ],
        [],
    ),
    (
        "4021011004",
        "People & Operations",
        [("4403385004", "Recruiting Coordinator", "San Francisco, CA")],
        [
            (
                "4021012004",
                "Finance",
                [
                    ("4421149004", "Senior Accountant", "New York, NY"),
                    ("4434410004", "Financial Planning & Analysis Manager", "London, United Kingdom"),
                ],
            ),
        ],
    ),
]
TB_CDN = "https://boards.cdn.teamboard.example"
TB_LOGO = "https://s2-recruiting.cdn.teamboard.example/external_greenhouse_job_boards/logos/400/518/100/original/lumenfold_wordmark.png?1712931200"


def _tb_opening(job: Opening, department_ids: list[str]) -> str:
    job_id, title, location = job
    offices = TB_LOCATION_OFFICES[location]
    data = " ".join(
        [f'data-office-{office}="true"' for office in offices]
        + [f'data-department-{dept}="true"' for dept in department_ids]
    )
    return f"""<div class="opening" department_id="{",".join(department_ids)}" office_id="{",".join(offices)}" {data}>
      <a data-mapped="true" href="/{TB_BOARD}/jobs/{job_id}">{esc(title)}</a>
      <br>
      <span class="location">{esc(location)}</span>
    </div>"""


def _tb_section(department: tuple[str, str, list[Opening], list[tuple[str, str, list[Opening]]]]) -> str:
    dept_id, name, openings, children = department
    rows = "\n    ".join(_tb_opening(job, [dept_id]) for job in openings)
    subsections = "\n  ".join(
        f"""<section class="child level-1">
    <h4 id="{child_id}">{esc(child_name)}</h4>
    {chr(10).join("    " + _tb_opening(job, [child_id, dept_id]) for job in child_openings)}
  </section>"""
        for child_id, child_name, child_openings in children
    )
    return f"""<section class="level-0">
    <h3 id="{dept_id}">{esc(name)}</h3>
    {rows}
  {subsections}
</section>"""


def _tb_filter() -> str:
    offices = "".join(f'<option value="{oid}">{esc(name)}</option>' for oid, name in TB_OFFICES.items())
    departments = []
    for dept_id, name, _openings, children in TB_DEPARTMENTS:
        departments.append(f'<option value="{dept_id}">{esc(name)}</option>')
        departments.extend(
            f'<option value="{child_id}">&nbsp;&nbsp;&nbsp;&nbsp;{esc(child_name)}</option>'
            for child_id, child_name, _jobs in children
        )
    return f"""<div id="filter-container">
  <form id="filter-form" onsubmit="return false;" aria-labelledby="filter-by">
    <h2 id="filter-by" class="filter-title">Filter by</h2>
    <div class="filter-wrapper">
      <label for="offices-select">Office</label>
      <select id="offices-select" name="offices-select" class="filter-select">
        <option value="all">All Offices</option>{offices}
      </select>
    </div>
    <div class="filter-wrapper">
      <label for="departments-select">Department</label>
      <select id="departments-select" name="departments-select" class="filter-select">
        <option value="all">All Departments</option>{"".join(departments)}
      </select>
    </div>
  </form>
  <div id="filter-count" aria-live="polite"></div>
</div>"""


def _tb_page() -> str:
    sections = "\n\n".join(_tb_section(dept) for dept in TB_DEPARTMENTS)
    return f"""<!DOCTYPE html>
<html>
<head>
  <meta charset="utf-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Jobs at {TB_COMPANY}</title>
  <meta property="og:title" content="Jobs at {TB_COMPANY}">
  <meta property="og:description" content="Current job openings at {TB_COMPANY}">
  <meta property="og:image" content="{TB_LOGO}">
  <meta name="csrf-param" content="authenticity_token" />
  <meta name="csrf-token" content="{_hex("tb-csrf", 86)}" />
  <link rel="stylesheet" media="all" href="{TB_CDN}/assets/application-8d1e2f3a4b5c6d7e8f90a1b2c3d4e5f6.css" />
  <link rel="stylesheet" media="all" href="{TB_CDN}/assets/job_board-0f9e8d7c6b5a49382716a5b4c3d2e1f0.css" />
  <style type="text/css">
    body {{ font-family: "Inter", Helvetica, Arial, sans-serif; color: #1b1f3b; }}
    #main h1 {{ color: #1b1f3b; font-weight: 600; }}
    #main .opening a {{ color: #4f46e5; }}
    #main section.level-0 h3 {{ border-bottom: 1px solid #e4e4ee; padding-bottom: 6px; }}
    #main section.child h4 {{ color: #5b5f7a; }}
  </style>
  <script src="{TB_CDN}/assets/jquery-3.7.1.min-4c7f2e0e4b1d.js"></script>
  <script src="{TB_CDN}/assets/application-1f2e3d4c5b6a.js"></script>
</head>
<body>
<div id="wrapper">
  <div id="main">
    <div id="logo">
      <a href="https://www.lumenfold.example" target="_blank"><img alt="{TB_COMPANY} logo" src="{TB_LOGO}" /></a>
    </div>

    <h1>Current Job Openings at {TB_COMPANY}</h1>

    <div id="content">
      <p><strong>{TB_COMPANY}</strong> builds the payments and ledger infrastructure behind more than 4,000 fintech products. We are a team of 310 people across San Francisco, New York, London and Toronto, and we hire remotely in the US and Canada.</p>
      <p>Read about how we work on our <a href="https://www.lumenfold.example/blog/engineering" target="_blank">engineering blog</a>, or see <a href="https://www.lumenfold.example/careers/life-at-lumenfold" target="_blank">life at {TB_COMPANY}</a>.</p>
      <p><strong>What we offer</strong></p>
      <ul>
        <li>Medical, dental and vision coverage for you and your dependants</li>
        <li>Equity in a growing company</li>
        <li>16 weeks of paid parental leave</li>
        <li>A $1,500 yearly learning budget</li>
        <li>Flexible time off, and the week between Christmas and New Year off</li>
        <li>A home-office stipend for remote employees</li>
      </ul>
      <p><em>{TB_COMPANY} is an equal opportunity employer. We welcome applicants of every background and do not discriminate on the basis of race, religion, colour, national origin, gender, sexual orientation, age, marital status, veteran status or disability status. If you need an accommodation during the application process, email <a href="mailto:accommodations@lumenfold.example">accommodations@lumenfold.example</a>.</em></p>
    </div>

    {_tb_filter()}

{sections}

  </div>

  <div id="footer">
    <div class="powered-by">
      Powered by
      <a href="https://www.teamboard.example/?utm_source=job_board&amp;utm_medium=footer&amp;utm_campaign={TB_BOARD}" target="_blank">
        <img alt="Greenhouse Logo" src="{TB_CDN}/assets/greenhouse-logo-c1d2e3f4.png" width="100" />
      </a>
    </div>
    <div class="privacy-policy">
      Read our <a href="https://www.teamboard.example/privacy-policy" target="_blank">Privacy Policy</a>
    </div>
  </div>
</div>

<script type="text/javascript">
  $(function() {{
    var $offices = $('#offices-select'), $departments = $('#departments-select');
    function filterOpenings() {{
      var office = $offices.val(), department = $departments.val(), count = 0;
      $('.opening').each(function() {{
        var $opening = $(this);
        var show = (office === 'all' || $opening.data('office-' + office)) &&
                   (department === 'all' || $opening.data('department-' + department));
        $opening.toggle(!!show);
        if (show) {{ count++; }}
      }});
      $('section.level-0, section.child').each(function() {{
        $(this).toggle($(this).find('.opening:visible').length > 0);
      }});
      $('#filter-count').text(office === 'all' && department === 'all' ? '' : count + ' jobs');
    }}
    $offices.on('change', filterOpenings);
    $departments.on('change', filterOpenings);
  }});
</script>
</body>
</html>"""


@tenth_b
def build_teamboard() -> None:
    s = Site(
        "teamboard",
        kind="job board (Greenhouse classic board: openings under department h3 / sub-department h4 sections, div.opening > a + span.location, office and department filter selects, one page, no dates)",
        start=f"{TB_BOARD}/",
        description=f"A Greenhouse job board as boards.greenhouse.io served it (2024–2025): div#wrapper > div#main with div#logo, h1 'Current Job Openings at {TB_COMPANY}', div#content of the company's own intro HTML (paragraphs with links, a 'What we offer' ul of six benefits, an equal-opportunity note), div#filter-container with a 'Filter by' form of select#offices-select (All Offices + five offices) and select#departments-select (All Departments, departments and &nbsp;-indented sub-departments) and an empty #filter-count; then one section.level-0 per department: h3[id] with the department name, the department's own div.opening rows, then section.child.level-1 per sub-department (h4[id] and its rows). Each div.opening carries department_id / office_id lists and data-office-N / data-department-N attributes (a sub-department's rows list both ids) and holds a[data-mapped=true][href=/{TB_BOARD}/jobs/N] (one title with a trailing space), a <br> and span.location ('Remote - US', 'New York, NY; San Francisco, CA', 'San Francisco, CA or Remote (US)'). Go-To-Market has only sub-departments. 26 openings, no dates, one page (the real board is one page). The 'Powered by' footer with the vendor's logo link and privacy link, and the jQuery filter script.",
    )
    s.list_page(f"{TB_BOARD}/index.html", _tb_page())
    for _dept_id, name, openings, children in TB_DEPARTMENTS:
        for job_id, title, location in openings:
            s.expect(
                {
                    "title": title.strip(),
                    "url": f"/{TB_BOARD}/jobs/{job_id}",
                    "location": location,
                    "department": name,
                }
            )
        for _child_id, child_name, child_openings in children:
            for job_id, title, location in child_openings:
                s.expect(
                    {
                        "title": title.strip(),
                        "url": f"/{TB_BOARD}/jobs/{job_id}",
                        "location": location,
                        "department": name,
                        "team": child_name,
                    }
                )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# voltaisle: a Best Buy search result list (/site/searchpage.jsp?st=bluetooth+speaker, 2024–2025). The shop
# header (logo, search form, Menu / Stores / Cart, deal links), a breadcrumb, "26 items" and a sort select,
# a facet column (Category / Brand / Price / Customer Rating with counts), then ol.sku-item-list of
# li.sku-item[data-sku-id]: div.shop-sku-list-item > div.list-item.lv: a.image-link > img.product-image (lazy
# after the fourth), div.column-middle (badges, h4.sku-title > a, div.sku-model of "Model:" / "SKU:"
# span.sku-attribute-title + span.sku-value, colour variations with swatch links to sibling SKUs on some,
# div.ratings-reviews: a review link holding p.visually-hidden "Rating 4.8 out of 5 stars with 10,342
# reviews", star svgs and span.c-reviews "(10,342)", or "Not Yet Reviewed"), div.column-right (the price block:
# div.priceView-hero-price.priceView-customer-price with span[aria-hidden] "$99.99" + span.sr-only "Your price
# for this item is $99.99", and on deals "Save $30" + "Was $129.99" with a screen-reader copy; Open-Box "from
# $112.99" offers; fulfilment lines; "Add to Cart" or a disabled "Sold Out" button; Compare checkbox and Save
# button). Sponsored items use the same markup with a "Sponsored" label and a tracking query. A "Recently
# viewed" strip, pager links ?cp=N&st=…, the big footer.
# ---------------------------------------------------------------------------------------------------

VA_QUERY = "bluetooth+speaker"
VA_IMG = "https://pisces.voltaisle-static.example/image2/VoltAisle_US/images/products"
# (sku, title, model, price, was or None, rating or None, reviews, open-box from or None, sold out, badge or
#  None, other colours [(colour, sku)])
Speaker = tuple[
    int, str, str, float, float | None, float | None, int, float | None, bool, str | None, list[tuple[str, int]]
]
SPEAKERS: list[Speaker] = [
    (
        6492524,
        "JBL - Flip 6 Portable Waterproof Speaker - Black",
        "JBLFLIP6BLKAM",
        99.99,
        129.99,
        4.8,
        10342,
        None,
        False,
        "Top Deal",
        [("Blue", 6492525), ("Red", 6492526), ("Teal", 6492527)],
    ),
    (
        6587803,
        "Bose - SoundLink Flex (2nd Gen) Portable Bluetooth Speaker with Waterproof/Dustproof Design - Black",
        "887612-0100",
        149.00,
        None,
        4.7,
        1205,
        127.99,
        False,
        None,
        [("Blue Dusk", 6587804), ("Alpine Sage", 6587805)],
    ),
    (
        6577010,
        "Sony - ULT FIELD 1 Wireless Bluetooth Speaker - Black",
        "SRSULT10/B",
        99.99,
        129.99,
        4.6,
        2114,
        None,
        False,
        None,
        [],
    ),
    (
        6455012,
        "JBL - Charge 5 Portable Waterproof Speaker with Powerbank - Blue",
        "JBLCHARGE5BLUAM",
        139.99,
        179.99,
        4.8,
        15876,
        112.99,
        False,
        "Top Deal",
        [("Black", 6455013), ("Gray", 6455014)],
    ),
    (
        6579243,
        "Ultimate Ears - WONDERBOOM 4 Portable Bluetooth Speaker - Active Black",
        "984-001828",
        79.99,
        99.99,
        4.7,
        842,
        None,
        False,
        None,
        [],
    ),
    (
        6582156,
        "Bose - SoundLink Max Portable Bluetooth Speaker - Black",
        "883848-0100",
        399.00,
        None,
        4.8,
        1047,
        319.99,
        False,
        None,
        [("Blue Dusk", 6582157)],
    ),
    (
        6501823,
        "Insignia™ - Portable Bluetooth Speaker - Black",
        "NS-CSPBT22",
        24.99,
        39.99,
        4.3,
        612,
        None,
        False,
        None,
        [],
    ),
    (
        6576921,
        "Marshall - Emberton III Portable Bluetooth Speaker - Black & Brass",
        "1006234",
        169.99,
        None,
        4.7,
        158,
        None,
        False,
        "New!",
        [],
    ),
    (
        6575634,
        "JBL - Go 4 Portable Bluetooth Speaker - Blue",
        "JBLGO4BLUAM",
        49.99,
        None,
        4.7,
        903,
        None,
        True,
        None,
        [("Black", 6575635), ("Pink", 6575636)],
    ),
    (
        6548331,
        "Sony - XB100 Compact Bluetooth Speaker - Black",
        "SRSXB100/B",
        49.99,
        59.99,
        4.6,
        1871,
        None,
        False,
        None,
        [],
    ),
    (
        6575106,
        "Ultimate Ears - BOOM 4 Portable Wireless Bluetooth Speaker - Cobalt Blue",
        "984-001867",
        149.99,
        None,
        4.8,
        412,
        119.99,
        False,
        None,
        [],
    ),
    (
        6576163,
        "Beats - Pill Portable Wireless Bluetooth Speaker - Matte Black",
        "MW443LL/A",
        149.99,
        None,
        4.6,
        1534,
        None,
        False,
        None,
        [("Statement Red", 6576164), ("Champagne Gold", 6576165)],
    ),
    (
        6572876,
        "JBL - Xtreme 4 Portable Waterproof Speaker - Black",
        "JBLXTREME4BLKAM",
        299.99,
        379.99,
        4.7,
        687,
        239.99,
        False,
        "Top Deal",
        [],
    ),
    (
        6560447,
        "Soundcore - Motion 300 Wireless Hi-Res Portable Bluetooth Speaker - Frost Blue",
        "A3135031",
        79.99,
        None,
        4.5,
        221,
        None,
        False,
        None,
        [],
    ),
    (
        6535214,
        "Tribit - StormBox Micro 2 Portable Bluetooth Speaker - Black",
        "BTS11",
        59.99,
        None,
        4.6,
        389,
        None,
        True,
        None,
        [],
    ),
    (
        6594317,
        "Bose - SoundLink Home Bluetooth Speaker - Cool Gray",
        "889119-0100",
        219.00,
        None,
        None,
        0,
        None,
        False,
        "New!",
        [],
    ),
    (
        6577015,
        "Sony - ULT FIELD 7 Wireless Party Speaker - Black",
        "SRSULT70/B",
        499.99,
        649.99,
        4.8,
        301,
        424.99,
        False,
        None,
        [],
    ),
    (
        6500764,
        "Harman Kardon - Onyx Studio 8 Portable Bluetooth Speaker - Black",
        "HKOS8BLKAM",
        179.99,
        249.99,
        4.7,
        1122,
        None,
        False,
        None,
        [],
    ),
    (
        6541780,
        "Marshall - Middleton Portable Bluetooth Speaker - Black & Brass",
        "1006034",
        299.99,
        None,
        4.8,
        96,
        None,
        False,
        None,
        [],
    ),
    (
        6575649,
        "JBL - Clip 5 Portable Waterproof Speaker - Purple",
        "JBLCLIP5PURAM",
        79.99,
        None,
        4.7,
        455,
        None,
        False,
        None,
        [("Black", 6575650)],
    ),
    (
        6501837,
        "Insignia™ - Rugged Portable Bluetooth Speaker - Black",
        "NS-CSPBT25",
        49.99,
        None,
        3.9,
        74,
        None,
        False,
        None,
        [],
    ),
    (
        6588461,
        "Ultimate Ears - EVERBOOM Portable Bluetooth Speaker - Hyper Lime",
        "984-001893",
        249.99,
        None,
        4.8,
        63,
        None,
        True,
        None,
        [],
    ),
    (
        6593301,
        "LG - xboom Grab Portable Bluetooth Speaker - Black",
        "XG2TBK",
        99.99,
        149.99,
        4.5,
        27,
        None,
        False,
        None,
        [],
    ),
    (
        6453279,
        "Bang & Olufsen - Beosound A1 2nd Gen Portable Bluetooth Speaker - Black Anthracite",
        "1734000",
        299.00,
        399.00,
        4.6,
        448,
        254.99,
        False,
        None,
        [],
    ),
    (
        6571548,
        "Sonos - Roam 2 Portable Bluetooth Speaker - Black",
        "E22G1US1BLK",
        179.00,
        None,
        4.5,
        512,
        None,
        False,
        None,
        [("White", 6571549)],
    ),
    (
        6582900,
        "JBL - PartyBox Encore Essential 2 Portable Party Speaker - Black",
        "JBLPBENCESS2AM",
        299.99,
        349.99,
        4.6,
        118,
        None,
        False,
        None,
        [],
    ),
]
# (page, position on the page, sku, title, model, price, rating, reviews)
VA_SPONSORED: list[tuple[int, int, int, str, str, float, float, int]] = [
    (1, 1, 6571190, "Soundcore - Boom 2 Portable Bluetooth Speaker - Black", "A3138Z11", 129.99, 4.7, 612),
    (1, 6, 6548014, "Marshall - Willen II Portable Bluetooth Speaker - Black & Brass", "1006059", 129.99, 4.7, 233),
    (2, 4, 6536982, "Bose - SoundLink Micro Bluetooth Speaker - Black", "783342-0100", 99.00, 4.6, 8541),
    (3, 2, 6577012, "Sony - ULT FIELD 3 Wireless Bluetooth Speaker - Forest Gray", "SRSULT30/H", 149.99, 4.7, 394),
]
VA_STAR = '<svg class="c-stars-v2__star" viewBox="0 0 24 24" aria-hidden="true"><path d="M12 17.27 18.18 21l-1.64-7.03L22 9.24l-7.19-.61L12 2 9.19 8.63 2 9.24l5.46 4.73L5.82 21z"></path></svg>'


def _va_money(amount: float) -> str:
    return f"${amount:,.2f}"


def _va_save(amount: float) -> str:
    """Best Buy's "Save $30" (no cents when the saving is whole dollars)."""
    amount = round(amount, 2)
    return f"${amount:,.0f}" if amount == int(amount) else f"${amount:,.2f}"


def _va_href(sku: int, title: str) -> str:
    return f"/site/{slug(title)}/{sku}.p?skuId={sku}"


def _va_stars(rating: float) -> str:
    parts = []
    for n in range(1, 6):
        fill = "full" if rating >= n else ("half" if rating >= n - 0.5 else "empty")
        parts.append(VA_STAR.replace("c-stars-v2__star", f"c-stars-v2__star c-stars-v2__star--{fill}"))
    return "".join(parts)


def _va_rating(sku: int, title: str, rating: float | None, reviews: int) -> str:
    if rating is None:
        return f'<div class="ratings-reviews"><div class="c-ratings-reviews flex c-ratings-reviews-small align-items-center gap-50"><p class="visually-hidden">Not Yet Reviewed</p><div class="c-stars-v2 c-stars-small" aria-hidden="true">{_va_stars(0)}</div><span class="c-reviews order-2">Not Yet Reviewed</span></div></div>'
    return f'<div class="ratings-reviews"><a class="c-ratings-reviews-link" href="/site/reviews/{slug(title)}/{sku}?variant=A"><div class="c-ratings-reviews flex c-ratings-reviews-small align-items-center gap-50"><p class="visually-hidden">Rating {rating} out of 5 stars with {reviews:,} reviews</p><div class="c-stars-v2 c-stars-small" aria-hidden="true">{_va_stars(rating)}</div><span class="c-reviews order-2">({reviews:,})</span></div></a></div>'


def _va_price(price: float, was: float | None) -> str:
    deal = ""
    if was is not None:
        deal = f'<div class="pricing-price__savings-regular-price"><div class="pricing-price__savings pricing-price__savings--promo-red">Save {_va_save(was - price)}</div><div class="pricing-price__regular-price-content--block pricing-price__regular-price-content--block-mt"><div class="pricing-price__regular-price" data-testid="regular-price"><span aria-hidden="true">Was {_va_money(was)}</span><span class="sr-only">The previous price was {_va_money(was)}</span></div></div></div>'
    return f'<div class="sku-list-item-price"><div class="pricing-price" data-testid="medium-customer-price"><div class="priceView-hero-price priceView-customer-price" data-testid="customer-price"><span aria-hidden="true">{_va_money(price)}</span><span class="sr-only">Your price for this item is {_va_money(price)}</span></div>{deal}</div></div>'


def _va_colours(sku: int, title: str, colours: list[tuple[str, int]]) -> str:
    if not colours:
        return ""
    own = title.rsplit(" - ", 1)[-1]
    base = title.rsplit(" - ", 1)[0]
    swatches = [
        f'<li class="swatch selected"><a href="{_va_href(sku, title)}" aria-label="{esc(own)}" aria-current="true"><img alt="" src="{VA_IMG}/{str(sku)[:4]}/{sku}_sd.jpg;maxHeight=40;maxWidth=40" width="28" height="28"></a></li>'
    ]
    swatches += [
        f'<li class="swatch"><a href="{_va_href(other, f"{base} - {colour}")}" aria-label="{esc(colour)}"><img alt="" src="{VA_IMG}/{str(other)[:4]}/{other}_sd.jpg;maxHeight=40;maxWidth=40" width="28" height="28"></a></li>'
        for colour, other in colours
    ]
    return f'<div class="sku-variations"><div class="variation-info"><span class="variation-name">Color:</span> <span class="variation-value">{esc(own)}</span></div><ul class="variation-swatches">{"".join(swatches)}</ul></div>'


def _va_fulfilment(sold_out: bool, index: int) -> str:
    if sold_out:
        pickup, ship = "Unavailable nearby", "Unavailable in your area"
    else:
        pickup = ("Ready in 1 hour at Sunnyvale", "Ready tomorrow at Sunnyvale", "Ready in 1 hour at Mountain View")[
            index % 3
        ]
        ship = ("Get it by tomorrow", "Get it by Sat, Nov 16", "FREE Shipping by Mon, Nov 18")[index % 3]
    return f'<div class="fulfillment-fulfillment-summary"><div><p class="mb-100"><strong>Pickup:</strong> <span>{pickup}</span></p></div><div><p><strong>Shipping:</strong> <span>{ship}</span></p></div></div>'


def _va_item(
    sku: int,
    title: str,
    model: str,
    price: float,
    was: float | None,
    rating: float | None,
    reviews: int,
    open_box: float | None,
    sold_out: bool,
    badge: str | None,
    colours: list[tuple[str, int]],
    *,
    index: int,
    sponsored: bool = False,
) -> str:
    href = _va_href(sku, title)
    if sponsored:
        href += f"&amp;ref=212&amp;loc=sponsored-products&amp;adId={_hex(f'ad{sku}', 12)}"
    image = f"{VA_IMG}/{str(sku)[:4]}/{sku}_sd.jpg;maxHeight=200;maxWidth=300"
    loading = 'loading="eager"' if index < 4 else 'loading="lazy"'
    badge_html = (
        f'<div class="sku-badge"><span class="c-badge c-badge-{"deal" if badge == "Top Deal" else "new"}">{badge}</span></div>'
        if badge
        else ""
    )
    sponsored_html = (
        '<div class="sku-list-item-sponsored"><span class="sponsored-label body-copy-sm">Sponsored</span></div>'
        if sponsored
        else ""
    )
    open_box_html = (
        f'<div class="open-box-option"><a class="open-box-option__link" href="{_va_href(sku, title)}#buyingOptions"><div class="open-box-option__title">Open-Box:</div><div class="open-box-option__price-line">from <span class="open-box-option__price">{_va_money(open_box)}</span></div></a></div>'
        if open_box
        else ""
    )
    if sold_out:
        button = f'<button class="c-button c-button-disabled c-button-sm c-button-block add-to-cart-button" disabled="" type="button" data-sku-id="{sku}" data-button-state="SOLD_OUT" style="padding:0 8px">Sold Out</button>'
    else:
        button = f'<button class="c-button c-button-primary c-button-sm c-button-block c-button-icon c-button-icon-leading add-to-cart-button" type="button" data-sku-id="{sku}" data-button-state="ADD_TO_CART" style="padding:0 8px"><svg aria-hidden="true" role="img" viewBox="0 0 100 100" class="c-button-icon c-button-icon-leading"><use href="/~assets/bby/_img/int/plsvgdef-frontend/svg/cart.svg#cart"></use></svg>Add to Cart</button>'
    return f"""<li class="sku-item" data-sku-id="{sku}">
 <div class="shop-sku-list-item" id="shop-sku-list-item-{_hex(f"li{sku}", 8)}">
  <div class="list-item lv" data-sku-id="{sku}">
   <a class="image-link" href="{href}"><img class="product-image" alt="{esc(title)} - Front_Zoom" src="{image}" srcset="{image} 1x" {loading}></a>
   <div class="column-middle">
    {sponsored_html}{badge_html}
    <div class="information">
     <h4 class="sku-title"><a href="{href}">{esc(title)}</a></h4>
     <div class="sku-model">
      <div class="sku-attribute-title"><span class="sku-attribute-title">Model:</span>
       <span class="sku-value">{esc(model)}</span></div>
      <div class="sku-attribute-title"><span class="sku-attribute-title">SKU:</span>
       <span class="sku-value">{sku}</span></div>
     </div>
     {_va_colours(sku, title, colours)}
     {_va_rating(sku, title, rating, reviews)}
    </div>
   </div>
   <div class="column-right">
    {_va_price(price, was)}
    {open_box_html}
    {_va_fulfilment(sold_out, index)}
    <div class="sku-list-item-button"><div class="fulfillment-add-to-cart-button">{button}</div></div>
    <div class="sku-list-item-compare-checkbox"><div class="c-checkbox"><input id="compare-checkbox-{sku}" type="checkbox" class="c-checkbox-input" data-sku-id="{sku}"><label class="c-checkbox-label" for="compare-checkbox-{sku}"><span>Compare</span></label></div></div>
    <div class="sku-list-item-save"><button class="c-button-unstyled save-for-later" type="button" aria-label="Save {esc(title)}"><svg aria-hidden="true" viewBox="0 0 24 24" width="16" height="16"><path d="M12 21.35l-1.45-1.32C5.4 15.36 2 12.28 2 8.5 2 5.42 4.42 3 7.5 3c1.74 0 3.41.81 4.5 2.09C13.09 3.81 14.76 3 16.5 3 19.58 3 22 5.42 22 8.5c0 3.78-3.4 6.86-8.55 11.54L12 21.35z"></path></svg><span>Save</span></button></div>
   </div>
  </div>
 </div>
</li>"""


def _va_link(page: int) -> str:
    return f"/site/searchpage.jsp?cp={page}&amp;st={VA_QUERY}"


def _va_pager(page: int, pages: int) -> str:
    numbers = "".join(
        f'<li class="page-item"><a class="trans-button current-page-number" aria-current="page" aria-label="page {n}" href="{_va_link(n)}">{n}</a></li>'
        if n == page
        else f'<li class="page-item"><a class="trans-button page-number" aria-label="page {n}" href="{_va_link(n)}">{n}</a></li>'
        for n in range(1, pages + 1)
    )
    chevron_left = (
        '<svg aria-hidden="true" viewBox="0 0 32 32" width="12" height="12"><path d="M21 4 9 16l12 12"></path></svg>'
    )
    chevron_right = (
        '<svg aria-hidden="true" viewBox="0 0 32 32" width="12" height="12"><path d="m11 4 12 12-12 12"></path></svg>'
    )
    prev = (
        f'<a class="sku-list-page-prev" aria-label="Previous page" href="{_va_link(page - 1)}">{chevron_left}</a>'
        if page > 1
        else f'<a class="sku-list-page-prev disabled" aria-disabled="true" aria-label="Previous page" href="{_va_link(page)}" tabindex="-1">{chevron_left}</a>'
    )
    nxt = (
        f'<a class="sku-list-page-next" aria-label="Next page" href="{_va_link(page + 1)}">{chevron_right}</a>'
        if page < pages
        else f'<a class="sku-list-page-next disabled" aria-disabled="true" aria-label="Next page" href="{_va_link(page)}" tabindex="-1">{chevron_right}</a>'
    )
    return f'<div class="footer-pagination"><div class="pagination-container">{prev}<ol class="paging-list">{numbers}</ol>{nxt}</div></div>'


def _va_facets() -> str:
    def group(title: str, key: str, values: list[tuple[str, int]]) -> str:
        rows = "".join(
            f'<li class="facet-value"><div class="c-checkbox"><input type="checkbox" class="c-checkbox-input" id="{key}-{slug(v)}" data-facet-value="{esc(v)}"><label class="c-checkbox-label" for="{key}-{slug(v)}"><span class="c-facet-label">{esc(v)}</span> <span class="facet-count">({n})</span></label></div></li>'
            for v, n in values
        )
        return f'<section class="facet" data-facet="{key}"><h3 class="c-section-title heading-6 v-fw-medium">{title}</h3><ul class="facet-list">{rows}</ul></section>'

    return "".join(
        [
            group(
                "Category",
                "category_facet",
                [("Portable Bluetooth Speakers", 24), ("Party Speakers", 4), ("Wireless & Bluetooth Speakers", 2)],
            ),
            group(
                "Brand",
                "brand_facet",
                [
                    ("JBL", 7),
                    ("Bose", 4),
                    ("Sony", 4),
                    ("Ultimate Ears", 3),
                    ("Marshall", 3),
                    ("Insignia™", 2),
                    ("Beats", 1),
                    ("Soundcore", 2),
                ],
            ),
            group(
                "Price",
                "currentprice_facet",
                [
                    ("Less than $25", 1),
                    ("$25 - $49.99", 3),
                    ("$50 - $99.99", 9),
                    ("$100 - $149.99", 6),
                    ("$150 - $199.99", 3),
                    ("$200 - $249.99", 2),
                    ("$250 and Up", 6),
                ],
            ),
            group(
                "Customer Rating",
                "customerreviews_facet",
                [("4 & Up", 28), ("3 & Up", 29), ("Include Not Yet Reviewed", 30)],
            ),
        ]
    )


VA_RECENT = [
    (6451480, "Apple - AirPods Pro 2 (USB-C) - White", 189.99),
    (6505727, "Sonos - Era 100 Speaker - Black", 199.00),
    (6569871, "Anker - 20W USB-C Wall Charger - White", 14.99),
]


def _va_page(page: int, pages: int, items: list[Speaker], first: int) -> str:
    ads = {ad[1]: ad for ad in VA_SPONSORED if ad[0] == page}
    cells = []
    organic = iter(items)
    position, remaining = 1, len(items)
    while remaining or position in ads:
        if position in ads:
            _p, _pos, sku, title, model, price, rating, reviews = ads[position]
            cells.append(
                _va_item(
                    sku,
                    title,
                    model,
                    price,
                    None,
                    rating,
                    reviews,
                    None,
                    False,
                    None,
                    [],
                    index=position,
                    sponsored=True,
                )
            )
        else:
            item = next(organic)
            cells.append(_va_item(*item, index=position))
            remaining -= 1
        position += 1
    results = "\n".join(cells)
    recent = "".join(
        f'<li class="recently-viewed__item"><a href="{_va_href(sku, title)}"><img alt="{esc(title)}" src="{VA_IMG}/{str(sku)[:4]}/{sku}_sd.jpg;maxHeight=100;maxWidth=100" loading="lazy"><span class="recently-viewed__title">{esc(title)}</span></a><div class="recently-viewed__price">{_va_money(price)}</div></li>'
        for sku, title, price in VA_RECENT
    )
    last = first + len(items) - 1
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>bluetooth speaker - VoltAisle</title>
<meta name="description" content="Shop for bluetooth speaker at VoltAisle. Find low everyday prices and buy online for delivery or in-store pick-up.">
<link rel="canonical" href="https://www.voltaisle.example/site/searchpage.jsp?st={VA_QUERY}">
<link rel="stylesheet" href="https://www.voltaisle-static.example/~assets/bby/_com/shop/search-page/dist/client/css/search-page-6.0.3.css">
<script>window.__SEARCH_CONFIG__={{"st":"bluetooth speaker","cp":{page},"pageSize":18,"intl":"nosplash"}};</script>
<script async src="https://assets.adobedtm.example/launch-EN1f2e3d4c5b6a.min.js"></script>
</head>
<body class="size-l">
<a class="skip-to-content" href="#main-results">Skip to content</a>
<header class="shop-header" id="header">
 <div class="header-top"><a class="logo" href="/" aria-label="VoltAisle"><img alt="VoltAisle" src="https://www.voltaisle-static.example/~assets/bby/_com/header-footer/images/bby_logo-a1b2c3.png" width="54" height="34"></a>
  <button class="hamburger-menu-button" type="button" aria-label="Menu"><span>Menu</span></button>
  <form class="header-search-form" action="/site/searchpage.jsp" method="get" role="search"><label class="sr-only" for="gh-search-input">Search</label><input id="gh-search-input" class="search-input" name="st" type="search" autocomplete="off" placeholder="What can we help you find today?" value="bluetooth speaker"><button class="header-search-button" type="submit" title="submit search" aria-label="submit search"><svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20"><path d="M10 2a8 8 0 0 1 6.32 12.9l5.39 5.4-1.41 1.4-5.4-5.39A8 8 0 1 1 10 2z"></path></svg></button></form>
  <nav class="header-right"><a class="store-link" href="/site/store-locator">Sunnyvale</a> <a class="account-link" href="/identity/global/signin">Account</a> <a class="cart-link" href="/cart" aria-label="Cart, 0 items"><span>Cart</span></a></nav>
 </div>
 <nav class="bottom-nav" aria-label="Deals and services"><ul class="bottom-left-links"><li><a href="/site/misc/deal-of-the-day/pcmcat248000050016.c?id=pcmcat248000050016">Deal of the Day</a></li><li><a href="/site/misc/top-deals/pcmcat1563299784494.c?id=pcmcat1563299784494">Top Deals</a></li><li><a href="/site/misc/yes-we-sell-that/pcmcat1592935214853.c?id=pcmcat1592935214853">Yes, We Sell That</a></li><li><a href="/site/misc/memberships/pcmcat1670001542541.c?id=pcmcat1670001542541">My VoltAisle Memberships</a></li><li><a href="/site/misc/credit-cards/pcmcat102500050032.c?id=pcmcat102500050032">Credit Cards</a></li><li><a href="/site/misc/gift-cards/pcmcat1422914479036.c?id=pcmcat1422914479036">Gift Cards</a></li><li><a href="/site/misc/gift-ideas/pcmcat1668631651766.c?id=pcmcat1668631651766">Gift Ideas</a></li></ul></nav>
</header>
<main id="main" class="shop-search-page">
 <nav class="breadcrumb" aria-label="breadcrumb"><ol class="c-breadcrumbs-order-list"><li class="c-breadcrumbs-list-item"><a href="/">VoltAisle</a></li><li class="c-breadcrumbs-list-item"><span aria-current="page">"bluetooth speaker"</span></li></ol></nav>
 <div class="search-title-container"><h1 class="search-title">"bluetooth speaker"</h1><span class="item-count">26 items</span></div>
 <div class="row">
  <aside class="col-xs-3 facets-column" aria-label="Filters"><h2 class="heading-5">Filter &amp; Sort</h2>{_va_facets()}</aside>
  <div class="col-xs-9 results-column">
   <div class="sort-by-container"><label for="sort-by-select" class="sort-by-label">Sort by</label> <select id="sort-by-select" class="c-dropdown"><option value="Best-Match" selected>Best Match</option><option value="Price-Low-To-High">Price Low to High</option><option value="Price-High-To-Low">Price High to Low</option><option value="Customer-Rating">Customer Rating</option><option value="Best-Selling">Best Selling</option><option value="New-Arrivals">New Arrivals</option></select></div>
   <div class="results-summary"><span class="count">Showing {first + 1}-{last + 1} of 26 results</span></div>
   <div class="sku-list-wrapper">
    <ol class="sku-item-list" id="main-results">
{results}
    </ol>
   </div>
   {_va_pager(page, pages)}
  </div>
 </div>
 <section class="recently-viewed" aria-label="Recently viewed items"><h2 class="heading-5">Your Recently Viewed Items</h2><ul class="recently-viewed__list">{recent}</ul></section>
</main>
<footer class="shop-footer" id="footer">
 <div class="footer-links"><section><h3>Order &amp; Purchases</h3><ul><li><a href="/site/customer/myaccount">Check Order Status</a></li><li><a href="/site/help-topics/shipping-delivery-store-pickup/pcmcat204400050062.c?id=pcmcat204400050062">Shipping, Delivery &amp; Store Pickup</a></li><li><a href="/site/help-topics/returns-exchanges/pcmcat260800050014.c?id=pcmcat260800050014">Returns &amp; Exchanges</a></li><li><a href="/site/help-topics/price-match-guarantee/pcmcat290300050002.c?id=pcmcat290300050002">Price Match Guarantee</a></li></ul></section><section><h3>Support &amp; Services</h3><ul><li><a href="/site/electronics/customer-service/pcmcat1528819595254.c?id=pcmcat1528819595254">Visit our Support Center</a></li><li><a href="/services/geek-squad">Shop with an Expert</a></li><li><a href="/site/misc/trade-in-program/pcmcat133900050011.c?id=pcmcat133900050011">Trade-In Program</a></li></ul></section><section><h3>About VoltAisle</h3><ul><li><a href="https://corporate.voltaisle.example/">Corporate Information</a></li><li><a href="https://jobs.voltaisle.example/">Careers</a></li><li><a href="https://corporate.voltaisle.example/newsroom">News</a></li></ul></section></div>
 <div class="footer-legal"><a href="/site/help-topics/privacy-policy/pcmcat204400050067.c?id=pcmcat204400050067">Privacy</a> <a href="/site/help-topics/terms-and-conditions/pcmcat204400050066.c?id=pcmcat204400050066">Conditions of Use</a> <a href="/site/help-topics/accessibility/pcmcat1527702493549.c?id=pcmcat1527702493549">Accessibility</a> <span>© 2025 VoltAisle. All rights reserved.</span> <span>Prices and offers are subject to change.</span></div>
</footer>
</body>
</html>"""


@tenth_b
def build_voltaisle() -> None:
    s = Site(
        "voltaisle",
        kind="marketplace search results (Best Buy 2024–25: li.sku-item, h4.sku-title links, 'Model:' / 'SKU:' labelled spans, screen-reader price and rating copies, 'Was' / 'Save', Open-Box offers, Sold Out buttons, sponsored items, ?cp=N)",
        start=f"site/searchpage.jsp?st={VA_QUERY}",
        description="A Best Buy search result list (2024–2025) for 'bluetooth speaker': the shop header (logo, Menu, a GET search form, store / account / cart links, Deal of the Day / Top Deals / … links), a breadcrumb, '\"bluetooth speaker\"' and '26 items', a facet column (Category / Brand / Price / Customer Rating with counts), a sort select, 'Showing 1-10 of 26 results'; ol.sku-item-list of li.sku-item[data-sku-id] > div.shop-sku-list-item > div.list-item.lv: a.image-link > img.product-image (loading=lazy after the fourth), div.column-middle with 'Top Deal' / 'New!' badges on some, h4.sku-title > a (/site/<slug>/<sku>.p?skuId=<sku>), div.sku-model of 'Model:' / 'SKU:' span.sku-attribute-title + span.sku-value pairs, a 'Color:' variation line with swatch links to sibling SKUs on some, div.ratings-reviews with a review link holding p.visually-hidden 'Rating 4.8 out of 5 stars with 10,342 reviews', star svgs and span.c-reviews '(10,342)' (or 'Not Yet Reviewed' on one); div.column-right: div.priceView-hero-price.priceView-customer-price with span[aria-hidden] '$99.99' and span.sr-only 'Your price for this item is $99.99', on deals 'Save $30' and 'Was $129.99' (plus 'The previous price was $129.99' for screen readers), 'Open-Box: from $112.99' offers on some, Pickup / Shipping lines, an 'Add to Cart' button or a disabled 'Sold Out' one (three items), a Compare checkbox and a Save button. Four sponsored items (two on page 1) with the same markup, a 'Sponsored' label and a &ref=…&loc=sponsored-products&adId=… query. 'Your Recently Viewed Items' with prices under the list, a footer of link lists; a pager (disabled Previous, 1 2 3, Next) of /site/searchpage.jsp?cp=N&st=bluetooth+speaker links (page 1 also at ?cp=1&st=…).",
    )
    pages = chunks(SPEAKERS, [10, 10, 6])
    first = 0
    for number, items in enumerate(pages, 1):
        text = _va_page(number, len(pages), items, first)
        if number == 1:
            s.list_page(f"site/searchpage.jsp@st={VA_QUERY}", text)
        else:
            s.list_page(f"site/searchpage.jsp@cp={number}&st={VA_QUERY}", text)
        first += len(items)
    s.write(f"site/searchpage.jsp@cp=1&st={VA_QUERY}", _va_page(1, len(pages), pages[0], 0))
    for sku, title, model, price, was, rating, reviews, _open_box, _sold_out, _badge, _colours in SPEAKERS:
        s.expect(
            {
                "title": title,
                "url": _va_href(sku, title),
                "model": model,
                "sku": str(sku),
                "price": price,
                "currency": "USD",
                "original_price": was,
                "rating": rating,
                "review_count": reviews if rating is not None else None,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# duckfind: DuckDuckGo's HTML results (html.duckduckgo.com/html/?q=…, 2024–2025). The XHTML 1.0 page with IE
# conditional comments, a hidden state form, div#header with the logo link and the POST search form
# (input.search__input, a region select of 60 options, a time select), a zero-click Wikipedia abstract on
# page 1, then div.serp__results > div#links.results: two result--ad results on page 1 (y.js?ad_domain=…
# links, "Ad" badge), then div.result.results_links.results_links_deep.web-result > div.links_main.
# links_deep.result__body (with its "This is the visible part" comment): h2.result__title > a.result__a
# [rel=nofollow] whose href is the //duckfind.example/l/?uddg=<target, '-' encoded too>&rut=<64 hex>
# redirect; div.result__extras > div.result__extras__url: span.result__icon > a > img favicon,
# a.result__url whose text is the target without its scheme between newlines, and on some a
# <span>&nbsp; &nbsp; 2024-09-12T00:00:00.0000000</span>; a.result__snippet with <b> highlights; div.clear.
# Then div.nav-link forms (POST /html/, a "Previous" and / or "Next" submit and hidden q, s, nextParams, v,
# o, dc, api, vqd, kl inputs), the feedback button and a tracking pixel. The next pages are saved at the
# GET address their form's fields make, as DuckDuckGo answers that too.
# ---------------------------------------------------------------------------------------------------

DF_HOST = "duckfind.example"
DF_Q = "sourdough starter feeding ratio"
DF_VQD = "4-218840562963704522187398412660939177"
DF_PER_PAGE = 10
# (target url, title, snippet with [[highlights]], date shown or None)
DF_RESULTS: list[tuple[str, str, str, date | None]] = [
    (
        "https://www.kingarthurbaking.com/recipes/sourdough-starter-recipe",
        "Sourdough Starter Recipe | King Arthur Baking",
        "Learn how to make your own [[sourdough]] [[starter]] from scratch with just flour and water. Once it's established, [[feed]] it equal weights of flour and water — a 1:1:1 [[ratio]] of [[starter]], flour and water — once or twice a day.",
        date(2024, 9, 12),
    ),
    (
        "https://www.theperfectloaf.com/beginners-sourdough-starter/",
        "Easy Sourdough Starter: A Beginner's Guide | The Perfect Loaf",
        "My go-to [[feeding]] [[ratio]] for a mature [[sourdough]] [[starter]] is 1:5:5 (ripe [[starter]] : flour : water) once a day at warm room temperature, which keeps it strong without making it too sour.",
        date(2024, 11, 3),
    ),
    (
        "https://www.reddit.com/r/Sourdough/comments/17qk2xm/what_feeding_ratio_do_you_use_for_your_starter/",
        "What feeding ratio do you use for your starter? : r/Sourdough - Reddit",
        "I've been doing 1:1:1 twice a day but my [[starter]] peaks in about 3 hours and then collapses. Should I switch to a higher [[ratio]] like 1:2:2 or 1:3:3 so it lasts until I can mix my dough?",
        date(2023, 11, 8),
    ),
    (
        "https://www.seriouseats.com/how-to-make-sourdough-starter",
        "How to Make a Sourdough Starter - Serious Eats",
        "A [[sourdough]] [[starter]] is a culture of wild yeast and bacteria. Here's how to create one, how often to [[feed]] it and what the [[ratio]] of flour to water does to its activity and flavour.",
        None,
    ),
    (
        "https://en.wikipedia.org/wiki/Sourdough",
        "Sourdough - Wikipedia",
        "[[Sourdough]] is bread made by the fermentation of dough using wild lactobacillaceae and yeast. The [[starter]] is maintained by regular [[feeding]] (refreshment) with flour and water.",
        None,
    ),
    (
        "https://www.farmhouseonboone.com/sourdough-starter-feeding-schedule",
        "Sourdough Starter Feeding Schedule (Simple Guide) - Farmhouse on Boone",
        "How often should you [[feed]] a [[sourdough]] [[starter]]? Here is the simple daily and weekly [[feeding]] schedule I use, whether the [[starter]] lives on the counter or in the fridge.",
        date(2025, 1, 14),
    ),
    (
        "https://breadtopia.com/sourdough-starter-feeding-ratios/",
        "Sourdough Starter Feeding Ratios Explained - Breadtopia",
        "Why does the [[feeding]] [[ratio]] matter? A 1:1:1 [[feed]] peaks in 4 to 6 hours at 75°F, a 1:5:5 [[feed]] in 10 to 12 hours — pick the [[ratio]] that fits your baking schedule.",
        None,
    ),
    (
        "https://www.youtube.com/watch?v=8qCGTHZM8dk",
        "How I Feed My Sourdough Starter (1:5:5 ratio) - YouTube",
        "In this video I show exactly how I [[feed]] my [[sourdough]] [[starter]] every morning using a 1:5:5 [[ratio]], how I know when it has peaked, and how to store it.",
        date(2024, 2, 20),
    ),
    (
        "https://www.thekitchn.com/how-to-feed-sourdough-starter-23623402",
        "How to Feed a Sourdough Starter (Plus a Feeding Schedule) | The Kitchn",
        "[[Feeding]] a [[sourdough]] [[starter]] is simple: discard part of it, then add fresh flour and water. Here's the [[ratio]] we use, and how to adjust it for a busy week.",
        None,
    ),
    (
        "https://www.kingarthurbaking.com/blog/2020/04/08/why-discard-sourdough-starter",
        "Why do I need to discard sourdough starter? | King Arthur Baking",
        "Discarding keeps the [[starter]] at a manageable size and the [[feeding]] [[ratio]] high enough for the yeast to have fresh food. Without discarding you would soon need a bucket.",
        None,
    ),
    (
        "https://www.pantrymama.com/sourdough-starter-feeding-ratio/",
        "Sourdough Starter Feeding Ratio: Everything You Need To Know - The Pantry Mama",
        "Your [[sourdough]] [[starter]] [[feeding]] [[ratio]] decides how fast it peaks. Learn what 1:1:1, 1:2:2 and 1:10:10 mean and when to use each one.",
        date(2024, 6, 19),
    ),
    (
        "https://www.thefreshloaf.com/node/69834/starter-feeding-ratio-and-peak-time",
        "Starter feeding ratio and peak time | The Fresh Loaf",
        "I keep my [[starter]] at 100% hydration and [[feed]] 1:4:4 in the evening; it peaks around 8 am at 72°F. Raising the [[ratio]] to 1:8:8 in summer keeps it from overproofing.",
        None,
    ),
    (
        "https://www.culturesforhealth.com/learn/sourdough/sourdough-starter-maintenance/",
        "Sourdough Starter Maintenance: How to Feed and Store - Cultures for Health",
        "Learn how to maintain a [[sourdough]] [[starter]] on the counter or in the refrigerator, including [[feeding]] schedules and how to revive a neglected [[starter]].",
        None,
    ),
    (
        "https://www.bonappetit.com/story/sourdough-starter-guide",
        "Everything You Need to Know About Sourdough Starter | Bon Appétit",
        "From the first flour-and-water slurry to a bubbly, mature [[starter]]: how to [[feed]] it, what the [[ratio]] means, and what to do when it smells like nail polish remover.",
        date(2023, 5, 2),
    ),
    (
        "https://www.littlespoonfarm.com/sourdough-starter-recipe/",
        "Simple Sourdough Starter Recipe (No Discard!) - Little Spoon Farm",
        "This no-discard [[sourdough]] [[starter]] method builds the [[starter]] over 7 days with small daily [[feedings]], so you never throw flour away.",
        None,
    ),
    (
        "https://www.reddit.com/r/Breadit/comments/1b3x9qa/high_ratio_feedings_150_explained/",
        "High ratio feedings (1:50:50) explained : r/Breadit",
        "A 1:50:50 [[feed]] sounds extreme, but it lets a [[starter]] sit for 24 hours at warm temperatures without collapsing. Here's the math and my results over a month.",
        date(2024, 3, 1),
    ),
    (
        "https://www.weekendbakery.com/posts/sourdough-starter-hydration/",
        "Sourdough starter hydration: stiff or liquid? - Weekend Bakery",
        "A stiff [[starter]] (50–60% hydration) ferments more slowly than a liquid one. We explain how hydration and [[feeding]] [[ratio]] work together.",
        None,
    ),
    (
        "https://cooking.nytimes.com/guides/22-how-to-make-sourdough-starter",
        "How to Make Sourdough Starter - NYT Cooking",
        "All you need to make a [[sourdough]] [[starter]] is flour, water and time. [[Feed]] it daily and in about a week it will be ready to leaven bread.",
        None,
    ),
    (
        "https://www.sourdoughandolives.com/feeding-schedule-calculator",
        "Sourdough Starter Feeding Calculator - Sourdough&Olives",
        "Enter the temperature and the hour you want to bake, and this calculator suggests the [[feeding]] [[ratio]] that makes your [[starter]] peak right on time.",
        date(2025, 2, 7),
    ),
    (
        "https://www.instructables.com/Sourdough-Starter-Feeding-Ratios/",
        "Sourdough Starter Feeding Ratios : 6 Steps - Instructables",
        "Step 1: weigh your jar. Step 2: keep 20 g of [[starter]] and add 100 g flour and 100 g water for a 1:5:5 [[ratio]] …",
        None,
    ),
    (
        "https://biggerbolderbaking.com/how-to-feed-sourdough-starter/",
        "How to Feed Sourdough Starter - Bigger Bolder Baking",
        "Learn how to [[feed]] your [[sourdough]] [[starter]] to keep it alive and active, how much to discard, and the [[ratio]] of flour and water I use every day.",
        None,
    ),
    (
        "https://www.masterclass.com/articles/how-to-feed-sourdough-starter",
        "How to Feed Sourdough Starter: 4 Tips - MasterClass",
        "[[Feeding]] your [[sourdough]] [[starter]] regularly keeps the culture healthy. Learn the basic [[feeding]] [[ratio]] and four tips for a more active [[starter]].",
        date(2021, 9, 30),
    ),
    (
        "https://cooking.stackexchange.com/questions/121455/why-does-my-starter-peak-faster-with-a-111-ratio",
        "Why does my starter peak faster with a 1:1:1 ratio? - Seasoned Advice",
        "With less fresh flour per gram of [[starter]], the yeast runs out of food sooner, so a 1:1:1 [[feed]] peaks (and falls) faster than a 1:5:5 [[feed]] at the same temperature.",
        date(2023, 7, 14),
    ),
    (
        "https://www.allrecipes.com/article/sourdough-starter-tips/",
        "Sourdough Starter Tips and Troubleshooting - Allrecipes",
        "Hooch on top, no bubbles, a sour smell? Most [[starter]] problems come down to temperature and [[feeding]]. Here's how to fix them.",
        None,
    ),
    (
        "https://www.bbcgoodfood.com/howto/guide/how-make-sourdough-starter",
        "How to make a sourdough starter | BBC Good Food",
        "Make your own [[sourdough]] [[starter]] with our step-by-step guide, then keep it going with regular [[feeds]] of equal weights of flour and water.",
        date(2024, 1, 25),
    ),
    (
        "https://www.healthline.com/nutrition/sourdough-bread",
        "Sourdough Bread: Health Benefits, Nutrition and How to Make It - Healthline",
        "[[Sourdough]] bread is made by fermentation with a [[starter]] of wild yeast and lactic acid bacteria, which may make it easier to digest than regular bread.",
        None,
    ),
    (
        "https://www.sciencedirect.com/science/article/pii/S0740002023001168",
        "Microbial dynamics of sourdough starters under different refreshment ratios - ScienceDirect",
        "We followed 12 [[sourdough]] [[starters]] for 60 days under three refreshment [[ratios]] (1:1, 1:5 and 1:10) and measured pH, yeast counts and lactic acid bacteria.",
        date(2023, 10, 1),
    ),
]
# (title, advertiser domain, snippet)
DF_ADS = [
    (
        "Live Sourdough Starter - Ships in 1-2 Days",
        "breadtopia.com",
        "Active San Francisco-style [[sourdough]] [[starter]] with [[feeding]] instructions. Free shipping on orders over $49.",
    ),
    (
        "Banneton Proofing Baskets | Free Returns",
        "www.etsy.com",
        "Shop handmade rattan bannetons and [[sourdough]] kits from independent sellers. Find the perfect set for your kitchen.",
    ),
]
DF_REGIONS = [
    ("", "All Regions"),
    ("ar-es", "Argentina"),
    ("au-en", "Australia"),
    ("at-de", "Austria"),
    ("be-fr", "Belgium (fr)"),
    ("be-nl", "Belgium (nl)"),
    ("br-pt", "Brazil"),
    ("bg-bg", "Bulgaria"),
    ("ca-en", "Canada (en)"),
    ("ca-fr", "Canada (fr)"),
    ("ct-ca", "Catalonia"),
    ("cl-es", "Chile"),
    ("cn-zh", "China"),
    ("co-es", "Colombia"),
    ("hr-hr", "Croatia"),
    ("cz-cs", "Czech Republic"),
    ("dk-da", "Denmark"),
    ("ee-et", "Estonia"),
    ("fi-fi", "Finland"),
    ("fr-fr", "France"),
    ("de-de", "Germany"),
    ("gr-el", "Greece"),
    ("hk-tzh", "Hong Kong"),
    ("hu-hu", "Hungary"),
    ("in-en", "India (en)"),
    ("id-en", "Indonesia (en)"),
    ("ie-en", "Ireland"),
    ("il-en", "Israel (en)"),
    ("it-it", "Italy"),
    ("jp-jp", "Japan"),
    ("kr-kr", "Korea"),
    ("lv-lv", "Latvia"),
    ("lt-lt", "Lithuania"),
    ("my-en", "Malaysia (en)"),
    ("mx-es", "Mexico"),
    ("nl-nl", "Netherlands"),
    ("nz-en", "New Zealand"),
    ("no-no", "Norway"),
    ("pe-es", "Peru"),
    ("ph-en", "Philippines (en)"),
    ("pl-pl", "Poland"),
    ("pt-pt", "Portugal"),
    ("ro-ro", "Romania"),
    ("ru-ru", "Russia"),
    ("sg-en", "Singapore"),
    ("sk-sk", "Slovakia"),
    ("za-en", "South Africa"),
    ("es-es", "Spain (es)"),
    ("se-sv", "Sweden"),
    ("ch-de", "Switzerland (de)"),
    ("ch-fr", "Switzerland (fr)"),
    ("tw-tzh", "Taiwan"),
    ("th-en", "Thailand (en)"),
    ("tr-tr", "Turkey"),
    ("us-en", "US (English)"),
    ("us-es", "US (Spanish)"),
    ("ua-uk", "Ukraine"),
    ("uk-en", "United Kingdom"),
    ("vn-en", "Vietnam (en)"),
]


def _df_uddg(target: str) -> str:
    """The redirect link DuckDuckGo writes for a result: its target fully encoded (hyphens too)."""
    encoded = quote(target, safe="").replace("-", "%2D")
    return f"//{DF_HOST}/l/?uddg={encoded}&rut={_hex(target)}"


def _df_display(target: str) -> str:
    return target.split("://", 1)[1]


def _df_host(target: str) -> str:
    return _df_display(target).split("/", 1)[0]


def _df_form_fields(s: int) -> list[tuple[str, str]]:
    """The hidden inputs of a nav-link form, in the page's order (kl last)."""
    return [
        ("q", DF_Q),
        ("s", str(s)),
        ("nextParams", ""),
        ("v", "l"),
        ("o", "json"),
        ("dc", str(s + 1)),
        ("api", "d.js"),
        ("vqd", DF_VQD),
        ("kl", "wt-wt"),
    ]


def _df_get_path(s: int) -> str:
    """The saved file that answers the GET request a nav-link form's fields make."""
    return f"html/@{urlencode(_df_form_fields(s))}"


def _df_nav_form(label: str, s: int) -> str:
    hidden = "\n".join(
        f'                    <input type="hidden" name="{name}" value="{esc(value)}" />'
        for name, value in _df_form_fields(s)[:-1]
    )
    return f"""                <div class="nav-link">
                  <form action="/html/" method="post">
                    <input type="submit" class='btn btn--alt' value="{label}" />
{hidden}

                      <input name="kl" value="wt-wt" type="hidden" />
                  </form>
                </div>"""


def _df_result(target: str, title: str, snippet: str, shown: date | None) -> str:
    link = esc(_df_uddg(target))
    stamp = (
        f"""
                            <span>&nbsp; &nbsp; {shown.isoformat()}T00:00:00.0000000</span>
"""
        if shown
        else ""
    )
    return f"""                <div class="result results_links results_links_deep web-result ">
                  <div class="links_main links_deep result__body"> <!-- This is the visible part -->
                      <h2 class="result__title">
                        <a rel="nofollow" class="result__a" href="{link}">{esc(title)}</a>
                      </h2>
                      <div class="result__extras">
                        <div class="result__extras__url">
                          <span class="result__icon">
                            <a rel="nofollow" href="{link}">
                              <img class="result__icon__img" width="16" height="16" alt="" src="//external-content.{DF_HOST}/ip3/{_df_host(target)}.ico" name="i15" />
                            </a>
                          </span>
                          <a class="result__url" href="{link}">
                            {esc(_df_display(target))}
                          </a>
{stamp}
                        </div>
                      </div>
                        <a class="result__snippet" href="{link}">{_bold(snippet)}</a>
                    <div class="clear"></div>
                  </div>
                </div>"""


def _df_ad(n: int, title: str, domain: str, snippet: str) -> str:
    token = _hex(f"ad{n}{domain}")
    link = esc(
        f"https://{DF_HOST}/y.js?ad_domain={domain}&ad_provider=bingv7aa&ad_type=txad&eddgt={token[:24]}%3D%3D&rut={token}&u3=https%3A%2F%2Fwww.bing.com%2Faclick%3Fld%3De8{token[:40]}%26u%3DaHR0cHM6Ly9{domain}%252f&vqd={DF_VQD}&iurl=%7B1%7DIG%3D{token[:32].upper()}&CID={token[32:48].upper()}&ID=DevEx%2C5063.1"
    )
    return f"""                <div class="result results_links results_links_deep result--ad  result--ad--small">
                  <div class="links_main links_deep result__body">
                      <h2 class="result__title">
                        <a rel="nofollow" class="result__a" href="{link}">{esc(title)}</a>
                      </h2>
                      <div class="result__extras">
                        <div class="result__extras__url">
                          <span class="result__icon">
                            <a rel="nofollow" href="{link}">
                              <img class="result__icon__img" width="16" height="16" alt="" src="//external-content.{DF_HOST}/ip3/{domain}.ico" name="i15" />
                            </a>
                          </span>
                          <a class="result__url" href="{link}">
                            {domain}
                          </a>
                          <a rel="nofollow" class="badge--ad" href="https://{DF_HOST}/duckduckgo-help-pages/company/ads-by-microsoft-on-duckduckgo-private-search">Ad</a>
                        </div>
                      </div>
                        <a class="result__snippet" href="{link}">{_bold(snippet)}</a>
                    <div class="clear"></div>
                  </div>
                </div>"""


DF_ZCI = f"""      <div class="zci-wrapper">
        <div class="zci">
          <h1 class="zci__heading"><a rel="nofollow" href="https://en.wikipedia.org/wiki/Sourdough">Sourdough</a></h1>
          <div class="zci__result" id="zero_click_abstract">
            <a rel="nofollow" href="https://en.wikipedia.org/wiki/Sourdough"><img class="zci__image" src="//external-content.{DF_HOST}/iu/?u=https%3A%2F%2F{DF_HOST}%2Fi%2F5e1f0a1b.jpg&amp;f=1" name="zci__image" alt="Sourdough" /></a>
            Sourdough is a type of bread that uses the fermentation by naturally occurring yeast and lactobacillus bacteria to raise the dough. In addition to leavening the bread, the fermentation process produces lactic acid, which gives the bread its distinctive sour taste and improves its keeping qualities.
            <a rel="nofollow" href="https://en.wikipedia.org/wiki/Sourdough">More at Wikipedia</a>
          </div>
        </div>
      </div>
"""


def _df_page(page: int, pages: int, items: list[tuple[str, str, str, date | None]]) -> str:
    regions = "\n".join(f'              <option value="{value}" >{esc(name)}</option>' for value, name in DF_REGIONS)
    ads = "\n".join(_df_ad(n, *ad) for n, ad in enumerate(DF_ADS)) if page == 1 else ""
    results = "\n".join(_df_result(*item) for item in items)
    navs = []
    if page > 1:
        navs.append(_df_nav_form("Previous", (page - 2) * DF_PER_PAGE))
    if page < pages:
        navs.append(_df_nav_form("Next", page * DF_PER_PAGE))
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<!--[if IE 6]><html class="ie6" xmlns="http://www.w3.org/1999/xhtml"><![endif]-->
<!--[if IE 7]><html class="lt-ie8 lt-ie9" xmlns="http://www.w3.org/1999/xhtml"><![endif]-->
<!--[if IE 8]><html class="lt-ie9" xmlns="http://www.w3.org/1999/xhtml"><![endif]-->
<!--[if gt IE 8]><!--><html xmlns="http://www.w3.org/1999/xhtml"><!--<![endif]-->
<head>
  <meta http-equiv="content-type" content="text/html; charset=UTF-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=3.0, user-scalable=1" />
  <meta name="referrer" content="origin" />
  <meta name="HandheldFriendly" content="true" />
  <meta name="robots" content="noindex, nofollow" />
  <title>{esc(DF_Q)} at DuckFind</title>
  <link title="DuckFind (HTML)" type="application/opensearchdescription+xml" rel="search" href="//{DF_HOST}/opensearch_html_v2.xml" />
  <link href="//{DF_HOST}/favicon.ico" rel="shortcut icon" />
  <link rel="icon" href="//{DF_HOST}/favicon.ico" type="image/x-icon" />
  <link id="icon60" rel="apple-touch-icon" href="//{DF_HOST}/assets/icons/meta/DDG-iOS-icon_60x60.png?v=2"/>
  <link id="icon76" rel="apple-touch-icon" sizes="76x76" href="//{DF_HOST}/assets/icons/meta/DDG-iOS-icon_76x76.png?v=2"/>
  <link rel="image_src" href="//{DF_HOST}/assets/icons/meta/DDG-icon_256x256.png">
  <link rel="stylesheet" media="handheld, all" href="//{DF_HOST}/dist/h.276ddc0c15a4252ea5a2.css" type="text/css"/>
</head>

<body class="body--html">
  <a name="top" id="top"></a>

  <form action="/html/" method="post">
    <input type="text" name="state_hidden" id="state_hidden" />
  </form>

  <div>
    <div class="site-wrapper-border"></div>

    <div id="header" class="header cw header--html">
      <a title="DuckFind" href="/html/" class="header__logo-wrap"></a>

      <form name="x" class="header__form" action="/html/" method="post">
        <div class="search search--header">
          <input name="q" autocomplete="off" class="search__input" id="search_form_input_homepage" type="text" value="{esc(DF_Q)}" />
          <input name="b" id="search_button_homepage" class="search__button search__button--html" value="" title="Search" alt="Search" type="submit" />
        </div>

        <div class="frm__select">
          <select name="kl">
{regions}
          </select>
        </div>

        <div class="frm__select frm__select--last">
          <select class="" name="df">
              <option value="" selected>Any Time</option>
              <option value="d" >Past Day</option>
              <option value="w" >Past Week</option>
              <option value="m" >Past Month</option>
              <option value="y" >Past Year</option>
          </select>
        </div>
      </form>
    </div>

{DF_ZCI if page == 1 else ""}
      <!-- Web results are present -->
      <div>
        <div class="serp__results">
          <div id="links" class="results">

{ads}
{results}

{chr(10).join(navs)}

            <div class="feedback-btn">
              <a rel="nofollow" href="//{DF_HOST}/feedback.html" target="_new">Feedback</a>
            </div>
            <div class="clear"></div>
          </div>
        </div>
      </div> <!-- links wrapper //-->

  </div>

  <div id="bottom_spacing2"></div>

    <img src="//{DF_HOST}/t/sl_h"/>

</body>
</html>"""


@tenth_b
def build_duckfind() -> None:
    s = Site(
        "duckfind",
        kind="web search results (DuckDuckGo HTML: result__a links through /l/?uddg= redirects, display URLs, <b> snippets, raw ISO dates, ads on top, a POST 'Next' form with GET-able next pages)",
        start=f"html/?{urlencode([('q', DF_Q)])}",
        description="DuckDuckGo's no-JavaScript results page (html.duckduckgo.com/html/, 2024–2025) for 'sourdough starter feeding ratio': an XHTML 1.0 document with IE conditional comments, a hidden state form, div#header with the logo link and a POST search form (input.search__input, a 'kl' region select of 60 options, a 'df' time select); on page 1 a zero-click Wikipedia abstract (div.zci-wrapper, 'More at Wikipedia') and two div.result.result--ad results (y.js?ad_domain=… links through Bing, an 'Ad' badge link); then div.serp__results > div#links.results of div.result.results_links.results_links_deep.web-result > div.links_main.links_deep.result__body: h2.result__title > a.result__a[rel=nofollow] whose href is a //duckfind.example/l/?uddg=<target URL-encoded, hyphens as %2D>&rut=<64 hex> redirect, div.result__extras > div.result__extras__url with span.result__icon > a > img favicon, a.result__url whose text is the target without its scheme padded with newlines, and on some a <span>&nbsp; &nbsp; 2024-09-12T00:00:00.0000000</span>; a.result__snippet with <b> highlights; div.clear. The Wikipedia article is a result too. Pagination is div.nav-link POST forms to /html/ ('Previous' / 'Next' submits, hidden q, s, nextParams, v=l, o=json, dc, api=d.js, vqd, kl=wt-wt inputs); the next pages are saved at the GET address those fields make (/html/?q=…&s=10&nextParams=&v=l&o=json&dc=11&api=d.js&vqd=…&kl=wt-wt), which DuckDuckGo answers too (page 2's Previous form makes a second address of page 1). A feedback link and a tracking pixel close the page.",
    )
    pages = chunks(DF_RESULTS, [10, 10, 7])
    for number, items in enumerate(pages, 1):
        text = _df_page(number, len(pages), items)
        if number == 1:
            s.list_page(f"html/@{urlencode([('q', DF_Q)])}", text)
            s.write(_df_get_path(0), text)
        else:
            s.list_page(_df_get_path((number - 1) * DF_PER_PAGE), text)
    for target, title, snippet, shown in DF_RESULTS:
        s.expect(
            {
                "title": title,
                "url": _df_uddg(target),
                "display_url": _df_display(target),
                "snippet": _plain(snippet),
                "date": shown.isoformat() if shown else None,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in TENTH_B.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
