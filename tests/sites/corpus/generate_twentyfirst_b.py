"""Twenty-first wave, part B: three institutional pages of the long-tail web (2024–25 markup), written and
measured before any heuristic was changed for them.

* **uni-staffdir** — a university school's staff directory on Drupal 10: a View in *grid* style
  (``div.views-view-grid.horizontal.cols-3 > div.views-row > div.views-col``) of *fields* rows
  (``div.views-field.views-field-… > .field-content``): a photo (a placeholder silhouette on some), the
  name linked to the profile, the job title, research interests as a comma list of term links (none for
  professional-services staff), the e-mail as a ``mailto:`` link, the phone as a ``tel:`` link shown
  "+44 (0)1632 960412" (none for PhD students) and the office ("Room 2.14, Merrion Building"); an
  exposed filter form (role select, name search) and an A–Z glossary attachment; Drupal's pager with
  zero-based ``?page=N`` links (page one is ``?page=0``); a "Contact the school" sidebar block with its
  own address, phone and e-mail, a "Head of School" block repeating one person; breadcrumbs; Civic
  Cookie Control's config script. 12, 12 and 7 people. Written down: name, url, job_title,
  office, interests.
* **labpubs** — a research group's hand-written publications page (a Jekyll theme): a "Selected
  publications" block repeating four entries, then ``h2`` per year, with ``h3`` "Journal articles" /
  "Conference and workshop papers" in the busy years, each entry an ``li`` "A. Author, B. Author, and
  C. Author. <b>Title.</b> <i>Venue</i>, 2024." (group members underlined, "To appear" notes, pages),
  then [PDF] [DOI] [Code] [Slides] [BibTeX] links (not all on all) and a hidden ``pre`` BibTeX entry
  repeating the title; "Best Paper Award" badges; a theses section of ``p`` entries. One page, 26
  papers and 4 theses. Written down: title, authors (list), venue, year, doi (the link), pdf (the link).
* **council-meetings** — a town council's "Meetings calendar" (a council CMS, month by month): a
  ``table.meetings-table`` per month with a caption, rows of committee link, "Tuesday, 14 January
  2025" (a ``time`` whose ``datetime`` carries the moment), "7:00 PM", location, Agenda / Minutes (PDF links with size) / Video (YouTube) cells holding
  "Not yet published" or "—" when there is nothing, cancelled and postponed meetings flagged by a
  badge beside the name, the date struck; month pagination (``?month=2025-02``, "‹ December 2024" and
  "February 2025 ›"); an "Upcoming meetings" sidebar repeating the next three, a "Your councillors"
  block, a GOV.UK-style cookie banner. 11, 10 and 11 meetings. Written down: title, url, date (ISO with
  the time), location, agenda, minutes, status (where shown).

Run ``uv run python tests/sites/corpus/generate_twentyfirst_b.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**.
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc, slug

TWENTYFIRST_B: dict[str, Callable[[], None]] = {}


def twentyfirst_b(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    TWENTYFIRST_B[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


# ---------------------------------------------------------------------------------------------------
# uni-staffdir: a Drupal 10 staff directory (Views grid of fields rows), ?page=N zero-based.
# ---------------------------------------------------------------------------------------------------

UNI_BASE = "/computing/people/"
UNI_ROLES = [
    ("All", "All"),
    ("academic", "Academic staff"),
    ("research", "Research staff"),
    ("professional", "Professional services"),
    ("pgr", "Postgraduate researchers"),
]

#: name, job title, interests, e-mail local part, phone extension or None, office or None, photo.
Person = tuple[str, str, list[str], str, str | None, str | None, bool]

PEOPLE: list[Person] = [
    (
        "Dr Tomasz Adamczyk",
        "Lecturer in Cyber Security",
        ["Network security", "Intrusion detection", "Applied cryptography"],
        "t.adamczyk",
        "960231",
        "Room 3.07, Merrion Building",
        True,
    ),
    ("Ms Priya Anand", "School Manager", [], "p.anand", "960200", "Room G.02, Merrion Building", True),
    (
        "Professor Helen Ashworth",
        "Professor of Software Engineering",
        ["Formal methods", "Program verification", "Rust"],
        "h.ashworth",
        "960214",
        "Room 2.14, Merrion Building",
        True,
    ),
    (
        "Dr Kwame Asante",
        "Senior Lecturer in Data Science",
        ["Bayesian statistics", "Health data", "Causal inference"],
        "k.asante",
        "960262",
        "Room 2.21, Merrion Building",
        True,
    ),
    (
        "Mr Callum Baird",
        "PhD Researcher",
        ["Program synthesis", "Large language models"],
        "c.baird",
        None,
        "Room 4.01 (PGR office), Merrion Building",
        False,
    ),
    (
        "Dr Sofia Bellini",
        "Research Fellow",
        ["Computer vision", "Remote sensing"],
        "s.bellini",
        "960277",
        "Room 3.18, Dalton Annexe",
        True,
    ),
    (
        "Dr Rhys Bevan",
        "Lecturer in Human–Computer Interaction",
        ["Accessibility", "Voice interfaces", "Older adults and technology"],
        "r.bevan",
        "960245",
        "Room 1.09, Merrion Building",
        True,
    ),
    (
        "Professor Mei-Ling Chen",
        "Head of School and Professor of Machine Learning",
        ["Machine learning", "Optimisation", "Fairness in AI"],
        "m.chen",
        "960201",
        "Room 2.01, Merrion Building",
        True,
    ),
    (
        "Mrs Janet Cooper",
        "Teaching and Learning Administrator",
        [],
        "j.cooper",
        "960205",
        "Room G.04, Merrion Building",
        False,
    ),
    (
        "Dr Oluwaseun Davies",
        "Senior Lecturer in Distributed Systems",
        ["Cloud computing", "Consensus protocols", "Edge computing"],
        "o.davies",
        "960238",
        "Room 3.02, Merrion Building",
        True,
    ),
    (
        "Dr Aoife Doyle",
        "Lecturer in Computer Science Education",
        ["Programming pedagogy", "Assessment"],
        "a.doyle",
        "960249",
        None,
        True,
    ),
    (
        "Mr Daniel Esterhuizen",
        "Research Software Engineer",
        ["Research software", "High-performance computing"],
        "d.esterhuizen",
        "960281",
        "Room 3.20, Dalton Annexe",
        True,
    ),
    (
        "Dr Lucía Fernández",
        "Reader in Natural Language Processing",
        ["Natural language processing", "Low-resource languages", "Speech"],
        "l.fernandez",
        "960256",
        "Room 2.17, Merrion Building",
        True,
    ),
    (
        "Ms Hannah Fletcher",
        "PhD Researcher",
        ["Explainable AI"],
        "h.fletcher",
        None,
        "Room 4.01 (PGR office), Merrion Building",
        True,
    ),
    (
        "Professor Ian Gallagher",
        "Emeritus Professor",
        ["Compilers", "History of computing"],
        "i.gallagher",
        None,
        None,
        False,
    ),
    (
        "Dr Farah Haddad",
        "Lecturer in Artificial Intelligence",
        ["Reinforcement learning", "Robotics", "Multi-agent systems"],
        "f.haddad",
        "960266",
        "Room 3.11, Merrion Building",
        True,
    ),
    ("Mr Owen Hughes", "Technical Services Manager", [], "o.hughes", "960210", "Room B.03, Merrion Building", True),
    (
        "Dr Yuki Ishikawa",
        "Senior Research Associate",
        ["Quantum algorithms", "Quantum software"],
        "y.ishikawa",
        "960284",
        "Room 3.22, Dalton Annexe",
        True,
    ),
    (
        "Dr Marcus Jensen",
        "Senior Lecturer in Databases",
        ["Query optimisation", "Data provenance", "Stream processing"],
        "m.jensen",
        "960241",
        "Room 2.09, Merrion Building",
        True,
    ),
    (
        "Ms Grace Kariuki",
        "PhD Researcher",
        ["Algorithmic fairness", "Public-sector AI"],
        "g.kariuki",
        None,
        "Room 4.01 (PGR office), Merrion Building",
        False,
    ),
    (
        "Dr Ewan MacLeod",
        "Lecturer in Computer Graphics",
        ["Rendering", "Geometry processing"],
        "e.macleod",
        "960252",
        "Room 1.14, Merrion Building",
        True,
    ),
    (
        "Professor Ruth Okonjo",
        "Professor of Information Security and Director of Research",
        ["Privacy engineering", "Usable security", "Security economics"],
        "r.okonjo",
        "960220",
        "Room 2.03, Merrion Building",
        True,
    ),
    (
        "Dr Pavel Novák",
        "Research Associate",
        ["Formal methods", "Smart contracts"],
        "p.novak",
        "960286",
        "Room 3.24, Dalton Annexe",
        True,
    ),
    ("Mr Sunil Patel", "Student Experience Officer", [], "s.patel", "960207", "Room G.06, Merrion Building", True),
    (
        "Dr Chloé Renard",
        "Lecturer in Theoretical Computer Science",
        ["Automata theory", "Logic in computer science"],
        "c.renard",
        "960258",
        "Room 1.16, Merrion Building",
        True,
    ),
    (
        "Dr Benjamin Shaw",
        "Senior Lecturer and Director of Education",
        ["Software testing", "Computing education"],
        "b.shaw",
        "960233",
        "Room 2.05, Merrion Building",
        True,
    ),
    (
        "Ms Leah Sinclair",
        "PhD Researcher",
        ["Human–robot interaction", "Accessibility"],
        "l.sinclair",
        None,
        "Room 4.03 (PGR office), Merrion Building",
        True,
    ),
    (
        "Dr Anika Sørensen",
        "Lecturer in Bioinformatics",
        ["Genomics", "Sequence analysis", "Machine learning"],
        "a.sorensen",
        "960268",
        "Room 3.15, Merrion Building",
        False,
    ),
    (
        "Professor David Thornton",
        "Professor of Networked Systems",
        ["Internet measurement", "Network protocols", "5G"],
        "d.thornton",
        "960226",
        "Room 2.11, Merrion Building",
        True,
    ),
    (
        "Dr Nadia Volkova",
        "Teaching Fellow",
        ["Web development", "Computing education"],
        "n.volkova",
        "960271",
        "Room 1.20, Merrion Building",
        True,
    ),
    (
        "Mr Zhang Wei",
        "PhD Researcher",
        ["Graph neural networks", "Drug discovery"],
        "w.zhang",
        None,
        "Room 4.03 (PGR office), Merrion Building",
        True,
    ),
]

#: term ids for the interest links (Drupal taxonomy), assigned in order of first use.
UNI_TERMS: dict[str, int] = {}


def _uni_term(name: str) -> int:
    return UNI_TERMS.setdefault(name, 118 + 3 * len(UNI_TERMS))


def _uni_path(name: str) -> str:
    bare = name.split(" ", 1)[1]
    return f"/computing/people/{slug(bare)}"


def _uni_phone(ext: str) -> tuple[str, str]:
    return f"+44 (0)1632 {ext}", f"tel:+441632{ext}"


def _uni_row(person: Person) -> str:
    name, job, interests, mail, ext, office, photo = person
    path = _uni_path(name)
    image = (
        f'<img loading="lazy" src="/sites/default/files/styles/staff_portrait_300x300/public/staff/{slug(name.split(" ", 1)[1])}.jpg?itok=q{len(name)}Xk{ord(name[-1])}Zw" width="300" height="300" alt="{esc(name)}" class="image-style-staff-portrait-300x300" />'
        if photo
        else '<img loading="lazy" src="/themes/custom/halbury/images/person-placeholder.svg" width="300" height="300" alt="" class="placeholder" />'
    )
    fields = [
        f'<div class="views-field views-field-field-portrait"><div class="field-content"><a href="{path}" hreflang="en" tabindex="-1" aria-hidden="true">{image}</a></div></div>',
        f'<div class="views-field views-field-title"><h3 class="field-content person-card__name"><a href="{path}" hreflang="en">{esc(name)}</a></h3></div>',
        f'<div class="views-field views-field-field-job-title"><div class="field-content person-card__role">{esc(job)}</div></div>',
    ]
    if interests:
        links = ", ".join(f'<a href="/taxonomy/term/{_uni_term(t)}" hreflang="en">{esc(t)}</a>' for t in interests)
        fields.append(
            f'<div class="views-field views-field-field-research-interests"><span class="views-label views-label-field-research-interests">Research interests: </span><div class="field-content">{links}</div></div>'
        )
    email = f"{mail}@halbury.ac.uk"
    fields.append(
        f'<div class="views-field views-field-field-email"><span class="views-label views-label-field-email visually-hidden">Email</span><div class="field-content"><svg class="icon" aria-hidden="true" focusable="false"><use href="/themes/custom/halbury/images/icons.svg#envelope"></use></svg> <a href="mailto:{email}">{email}</a></div></div>'
    )
    if ext:
        shown, tel = _uni_phone(ext)
        fields.append(
            f'<div class="views-field views-field-field-telephone"><span class="views-label views-label-field-telephone visually-hidden">Telephone</span><div class="field-content"><svg class="icon" aria-hidden="true" focusable="false"><use href="/themes/custom/halbury/images/icons.svg#phone"></use></svg> <a href="{tel}">{shown}</a></div></div>'
        )
    if office:
        fields.append(
            f'<div class="views-field views-field-field-office-location"><span class="views-label views-label-field-office-location visually-hidden">Office</span><div class="field-content"><svg class="icon" aria-hidden="true" focusable="false"><use href="/themes/custom/halbury/images/icons.svg#building"></use></svg> {esc(office)}</div></div>'
        )
    return "\n            ".join(fields)


def _uni_grid(people: list[Person]) -> str:
    rows = []
    for r in range(0, len(people), 3):
        cols = []
        for c, person in enumerate(people[r : r + 3]):
            cols.append(
                f"""          <div class="views-col col-{c + 1}" style="width: 33.333333333333%;">
            {_uni_row(person)}
          </div>"""
            )
        rows.append(
            f'        <div class="views-row clearfix row-{r // 3 + 1}">\n' + "\n".join(cols) + "\n        </div>"
        )
    return '      <div class="views-view-grid horizontal cols-3 clearfix">\n' + "\n".join(rows) + "\n      </div>"


def _uni_pager(number: int, pages: int) -> str:
    items = []
    if number > 0:
        items.append(
            '<li class="pager__item pager__item--first"><a href="?page=0" title="Go to first page"><span class="visually-hidden">First page</span><span aria-hidden="true">« First</span></a></li>'
        )
        items.append(
            f'<li class="pager__item pager__item--previous"><a href="?page={number - 1}" title="Go to previous page" rel="prev"><span class="visually-hidden">Previous page</span><span aria-hidden="true">‹ Previous</span></a></li>'
        )
    for n in range(pages):
        if n == number:
            items.append(
                f'<li class="pager__item is-active"><a href="?page={n}" title="Current page" aria-current="page"><span class="visually-hidden">Current page</span>{n + 1}</a></li>'
            )
        else:
            items.append(
                f'<li class="pager__item"><a href="?page={n}" title="Go to page {n + 1}"><span class="visually-hidden">Page</span>{n + 1}</a></li>'
            )
    if number < pages - 1:
        items.append(
            f'<li class="pager__item pager__item--next"><a href="?page={number + 1}" title="Go to next page" rel="next"><span class="visually-hidden">Next page</span><span aria-hidden="true">Next ›</span></a></li>'
        )
        items.append(
            f'<li class="pager__item pager__item--last"><a href="?page={pages - 1}" title="Go to last page"><span class="visually-hidden">Last page</span><span aria-hidden="true">Last »</span></a></li>'
        )
    return (
        '<nav class="pager" role="navigation" aria-labelledby="pagination-heading">\n'
        '        <h4 id="pagination-heading" class="visually-hidden">Pagination</h4>\n'
        '        <ul class="pager__items js-pager__items">\n          '
        + "\n          ".join(items)
        + "\n        </ul>\n      </nav>"
    )


def _uni_filters() -> str:
    selected = ' selected="selected"'
    options = "".join(f'<option value="{v}"{selected if v == "All" else ""}>{t}</option>' for v, t in UNI_ROLES)
    letters = "".join(
        f'<li><a href="/computing/people/{ch.lower()}" hreflang="en">{ch}</a></li>' for ch in "ABCDEFGHIJKLMNOPRSTVWZ"
    )
    return f"""<div class="view-filters">
        <form class="views-exposed-form" data-drupal-selector="views-exposed-form-staff-directory-page-1" action="/computing/people" method="get" id="views-exposed-form-staff-directory-page-1" accept-charset="UTF-8">
  <div class="form--inline clearfix">
  <div class="js-form-item form-item js-form-type-textfield form-item-name js-form-item-name">
      <label for="edit-name">Search by name</label>
        <input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="30" maxlength="128" class="form-text" />
      </div>
<div class="js-form-item form-item js-form-type-select form-item-role js-form-item-role">
      <label for="edit-role">Staff type</label>
        <select data-drupal-selector="edit-role" id="edit-role" name="role" class="form-select">{options}</select>
      </div>
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit-staff-directory" type="submit" id="edit-submit-staff-directory" value="Apply" class="button js-form-submit form-submit" />
</div>
</div>
</form>
      </div>
      <div class="attachment attachment-before">
        <div class="views-element-container"><div class="view view-staff-directory view-id-staff_directory view-display-id-attachment_1 js-view-dom-id-0e6a41c5"><div class="view-content"><span class="views-summary-label">Browse by surname:</span><ul class="views-summary views-summary-unformatted glossary">{letters}</ul></div></div></div>
      </div>"""


def _uni_page(number: int, pages: int, people: list[Person], total: int) -> str:
    head = PEOPLE[7]
    first = number * 12 + 1
    title = "People" if number == 0 else f"People (page {number + 1})"
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#">
  <head>
    <meta charset="utf-8" />
    <meta name="description" content="Academic, research and professional services staff and postgraduate researchers in the School of Computing, Halbury University." />
    <link rel="canonical" href="https://www.halbury.ac.uk/computing/people" />
    <meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
    <meta name="MobileOptimized" content="width" />
    <meta name="HandheldFriendly" content="true" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <link rel="icon" href="/themes/custom/halbury/favicon.ico" type="image/vnd.microsoft.icon" />
    <title>{title} | School of Computing | Halbury University</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qm1pS0x3Y2hBZ.css?delta=0&amp;language=en&amp;theme=halbury&amp;include=eJx1jlEKwzAIhi-U4pGGTZwMKGbqQ9rTb10ZbA97-vn_D" />
    <script src="https://cc.cdn.civiccomputing.com/9/cookieControl-9.x.min.js"></script>
    <script>
      var config = {{
        apiKey: 'b1f0c6e8d2a94e7f9c3a5d8e2f4b6a1c0e9d7f25',
        product: 'PRO_MULTISITE',
        initialState: 'notify',
        position: 'LEFT',
        theme: 'DARK',
        text: {{
          title: 'This site uses cookies to store information on your computer.',
          intro: 'Some of these cookies are essential, while others help us to improve your experience by providing insights into how the site is being used.',
          necessaryTitle: 'Necessary Cookies',
          necessaryDescription: 'Necessary cookies enable core functionality. The website cannot function properly without these cookies.',
          acceptRecommended: 'Accept recommended settings'
        }},
        optionalCookies: [
          {{ name: 'analytics', label: 'Analytical Cookies', description: 'Analytical cookies help us to improve our website by collecting and reporting information on its usage.', cookies: ['_ga', '_gid', '_gat', '__utma', '__utmt', '__utmb', '__utmc', '__utmz', '__utmv'], onAccept: function(){{ gtag('consent', 'update', {{'analytics_storage': 'granted'}}); }}, onRevoke: function(){{ gtag('consent', 'update', {{'analytics_storage': 'denied'}}); }} }},
          {{ name: 'marketing', label: 'Marketing Cookies', description: 'We use marketing cookies to help us improve the relevancy of advertising campaigns you receive from us.', cookies: ['_fbp', 'IDE', 'test_cookie'], onAccept: function(){{}}, onRevoke: function(){{}} }}
        ],
        statement: {{ description: 'For more detailed information, please read our', name: 'Cookie Policy', url: 'https://www.halbury.ac.uk/legal/cookies', updated: '02/09/2024' }},
        branding: {{ fontColor: '#FFF', backgroundColor: '#1c2b4a', removeAbout: true }}
      }};
      CookieControl.load(config);
    </script>
  </head>
  <body class="path-computing page-view-staff-directory">
    <a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
    <div class="layout-container">
  <header role="banner" class="site-header">
    <div class="region region-header-top">
      <nav role="navigation" aria-labelledby="block-halbury-utility-menu" id="block-halbury-utility" class="block block-menu navigation menu--utility">
        <h2 class="visually-hidden" id="block-halbury-utility-menu">Utility</h2>
        <ul class="menu"><li class="menu-item"><a href="https://www.halbury.ac.uk/study">Study</a></li><li class="menu-item"><a href="https://www.halbury.ac.uk/research">Research</a></li><li class="menu-item"><a href="https://www.halbury.ac.uk/staff">Staff intranet</a></li><li class="menu-item"><a href="https://www.halbury.ac.uk/students">Current students</a></li></ul>
      </nav>
    </div>
    <div class="region region-header">
      <div id="block-halbury-site-branding" class="block block-system block-system-branding-block">
        <a href="https://www.halbury.ac.uk/" rel="home" class="site-logo"><img src="/themes/custom/halbury/logo.svg" alt="Halbury University" fetchpriority="high" /></a>
        <div class="site-name"><a href="/computing" rel="home">School of Computing</a></div>
      </div>
      <nav role="navigation" aria-labelledby="block-halbury-main-menu-menu" id="block-halbury-main-menu" class="block block-menu navigation menu--main">
        <h2 class="visually-hidden" id="block-halbury-main-menu-menu">Main navigation</h2>
        <ul class="menu"><li class="menu-item"><a href="/computing/about" data-drupal-link-system-path="node/3">About the school</a></li><li class="menu-item menu-item--expanded"><a href="/computing/study" data-drupal-link-system-path="node/4">Study with us</a></li><li class="menu-item menu-item--expanded"><a href="/computing/research" data-drupal-link-system-path="node/5">Research</a></li><li class="menu-item menu-item--active-trail"><a href="/computing/people" data-drupal-link-system-path="computing/people" class="is-active" aria-current="page">People</a></li><li class="menu-item"><a href="/computing/news" data-drupal-link-system-path="computing/news">News and events</a></li><li class="menu-item"><a href="/computing/contact" data-drupal-link-system-path="node/9">Contact</a></li></ul>
      </nav>
      <div class="search-block-form block block-search container-inline" data-drupal-selector="search-block-form" id="block-halbury-search-form" role="search">
        <form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8"><div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label"><label for="edit-keys" class="visually-hidden">Search</label><input title="Enter the terms you wish to search for." data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search" /></div><div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions--2"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Search" class="button js-form-submit form-submit" /></div></form>
      </div>
    </div>
  </header>
  <div class="region region-breadcrumb">
    <div id="block-halbury-breadcrumbs" class="block block-system block-system-breadcrumb-block">
      <nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
        <h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
        <ol>
          <li><a href="https://www.halbury.ac.uk/">Home</a></li>
          <li><a href="/computing">School of Computing</a></li>
          <li>People</li>
        </ol>
      </nav>
    </div>
  </div>
  <main role="main">
    <a id="main-content" tabindex="-1"></a>
    <div class="layout-content">
      <div class="region region-content">
        <div data-drupal-messages-fallback class="hidden"></div>
        <div id="block-halbury-page-title" class="block block-core block-page-title-block"><h1 class="page-title">People</h1></div>
        <div id="block-halbury-content" class="block block-system block-system-main-block">
    <div class="views-element-container"><div class="view view-staff-directory view-id-staff_directory view-display-id-page_1 js-view-dom-id-7f3c2a9be41d8c60a5e2">
      <div class="view-header">
        <p>Find academic, research and professional services staff and postgraduate researchers in the School of Computing. For media enquiries please contact the <a href="https://www.halbury.ac.uk/press-office">Press Office</a>.</p>
        <p class="result-count">Displaying {first} - {first + len(people) - 1} of {total}</p>
      </div>
      {_uni_filters()}
      <div class="view-content">
{_uni_grid(people)}
    </div>
      {_uni_pager(number, pages)}
    </div></div>
        </div>
      </div>
    </div>
    <aside class="layout-sidebar-second" role="complementary">
      <div class="region region-sidebar-second">
        <div id="block-halbury-contactthedepartment" class="block block-block-content block-block-content4f1e0c8a">
          <h2>Contact the school</h2>
          <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p><strong>School of Computing</strong><br>Merrion Building<br>Halbury University<br>Castle Road<br>Halbury HB2 7QT</p>
<p>Telephone: <a href="tel:+441632960000">+44 (0)1632 960000</a><br>Email: <a href="mailto:computing@halbury.ac.uk">computing@halbury.ac.uk</a></p>
<p>Reception is open Monday to Friday, 9:00am to 5:00pm.</p></div>
        </div>
        <div id="block-halbury-headofschool" class="block block-block-content block-block-content9a2d7e31">
          <h2>Head of School</h2>
          <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p><a href="{_uni_path(head[0])}">{esc(head[0])}</a><br>{esc(head[1])}<br><a href="mailto:{head[3]}@halbury.ac.uk">{head[3]}@halbury.ac.uk</a></p></div>
        </div>
        <nav role="navigation" aria-labelledby="block-halbury-people-menu" id="block-halbury-people" class="block block-menu navigation menu--people">
          <h2 id="block-halbury-people-menu">In this section</h2>
          <ul class="menu"><li class="menu-item"><a href="/computing/people" class="is-active" aria-current="page">Staff directory</a></li><li class="menu-item"><a href="/computing/people/research-groups">Research groups</a></li><li class="menu-item"><a href="/computing/people/honorary-and-visiting">Honorary and visiting staff</a></li><li class="menu-item"><a href="/computing/vacancies">Vacancies</a></li></ul>
        </nav>
      </div>
    </aside>
  </main>
  <footer role="contentinfo" class="site-footer">
    <div class="region region-footer">
      <div id="block-halbury-footeraddress" class="block block-block-content"><div class="field field--name-body field__item"><p>Halbury University, Castle Road, Halbury HB2 7QT, United Kingdom. Switchboard: +44 (0)1632 960100</p></div></div>
      <nav role="navigation" aria-labelledby="block-halbury-footer-menu" id="block-halbury-footer" class="block block-menu navigation menu--footer">
        <h2 class="visually-hidden" id="block-halbury-footer-menu">Footer</h2>
        <ul class="menu"><li class="menu-item"><a href="https://www.halbury.ac.uk/legal/accessibility">Accessibility</a></li><li class="menu-item"><a href="https://www.halbury.ac.uk/legal/cookies">Cookies</a></li><li class="menu-item"><a href="https://www.halbury.ac.uk/legal/privacy">Privacy notice</a></li><li class="menu-item"><a href="https://www.halbury.ac.uk/legal/freedom-of-information">Freedom of information</a></li><li class="menu-item"><a href="https://www.halbury.ac.uk/legal/modern-slavery">Modern slavery statement</a></li></ul>
      </nav>
      <p class="copyright">© Halbury University 2025. Registered charity number 1136559.</p>
    </div>
  </footer>
</div>
    </div>
    <script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","pathPrefix":"","currentPath":"computing\\/people","currentPathIsAdmin":false,"isFront":false,"currentLanguage":"en","currentQuery":{{"page":"{number}"}}}},"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,"views":{{"ajax_path":"\\/views\\/ajax","ajaxViews":{{"views_dom_id:7f3c2a9be41d8c60a5e2":{{"view_name":"staff_directory","view_display_id":"page_1","view_args":"","view_path":"\\/computing\\/people","view_base_path":"computing\\/people","view_dom_id":"7f3c2a9be41d8c60a5e2","pager_element":0}}}}}},"user":{{"uid":0,"permissionsHash":"4c2b0d0f8e1a7a3b"}}}}</script>
    <script src="/sites/default/files/js/js_Hn7c0qWl2.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=halbury&amp;include=eJx1jlEK"></script>
  </body>
</html>"""


@twentyfirst_b
def build_uni_staffdir() -> None:
    """A Drupal 10 school staff directory: a Views grid of person fields, ?page=N from zero."""
    s = Site(
        "uni-staffdir",
        kind="university staff directory (Drupal 10 Views grid of fields rows, 2024–25: views-view-grid > views-row > views-col cells of views-field-… divs; interests as a comma list of term links, absent for some; mailto/tel links with visually-hidden labels, icons; zero-based ?page=N pager whose page one is ?page=0; a 'Contact the school' block with its own phone and e-mail, a 'Head of School' block repeating a person; Civic Cookie Control config script)",
        start="computing/people/",
        description="A university school's staff directory on Drupal 10 (School of Computing, 'Halbury University', 2024–25 markup): a staff_directory View in grid style (div.views-view-grid.horizontal.cols-3 > div.views-row > div.views-col) of fields rows: the portrait (image style URL with ?itok=, a placeholder SVG for some), h3 name link to /computing/people/<slug> with the honorific ('Dr', 'Professor', 'Ms'), the job title, 'Research interests:' with a comma list of taxonomy term links (none for professional-services staff), the e-mail as a mailto link and the phone as a tel link shown '+44 (0)1632 960412' (behind visually-hidden labels and SVG icons; PhD researchers and the emeritus professor have no phone) and the office ('Room 2.14, Merrion Building', missing on some). Around it: a utility menu, main menu, search, breadcrumbs, 'Displaying 1 - 12 of 31', an exposed filter form (name, staff type select) and an A–Z glossary attachment, a 'Contact the school' sidebar block with the school's own address, phone and e-mail, a 'Head of School' block repeating one person, a footer with the switchboard number, Civic Cookie Control's config script, drupalSettings JSON. Drupal's pager with zero-based ?page=N (First/Previous/1/2/3/Next/Last; page one's own link is ?page=0, served as a copy of the first page). 12 + 12 + 7 people. Written down: name, url, job_title, office, interests (list); not the e-mail and phone, which the pipeline redacts by default.",
    )
    pages = chunks(PEOPLE, [12, 12, 7])
    for number, people in enumerate(pages):
        text = _uni_page(number, len(pages), people, len(PEOPLE))
        if number == 0:
            s.list_page(UNI_BASE.lstrip("/") + "index.html", text)
            s.write(UNI_BASE.lstrip("/") + "@page=0", text)  # the pager's own link to page one
        else:
            s.list_page(UNI_BASE.lstrip("/") + f"@page={number}", text)
        for name, job, interests, _mail, _ext, office, _photo in people:
            s.expect(
                {
                    "name": name,
                    "url": _uni_path(name),
                    "job_title": job,
                    # No e-mail or phone: the pipeline redacts both by default (privacy.redact_emails/phones).
                    "office": office,
                    "interests": interests or None,
                }
            )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# labpubs: a research group's hand-written publications page (one page, by year, BibTeX toggles).
# ---------------------------------------------------------------------------------------------------

LAB_MEMBERS = {"R. Lindqvist", "A. Osei", "T. Nakamura", "E. Whitfield", "S. Mahmoud", "L. Ferreira"}


class Pub:
    """One bibliography entry of the group's page."""

    def __init__(
        self,
        key: str,
        authors: list[str],
        title: str,
        venue: str,
        year: int,
        *,
        kind: str = "conference",
        extra: str = "",
        pdf: str | None = None,
        doi: str | None = None,
        code: str | None = None,
        slides: str | None = None,
        award: str | None = None,
        note: str | None = None,
    ) -> None:
        self.key, self.authors, self.title, self.venue, self.year = key, authors, title, venue, year
        self.kind, self.extra, self.pdf, self.doi, self.code = kind, extra, pdf, doi, code
        self.slides, self.award, self.note = slides, award, note


def _arxiv(number: str) -> str:
    return f"https://arxiv.org/pdf/{number}"


PUBS: list[Pub] = [
    Pub(
        "osei2025contracts",
        ["A. Osei", "M. Brandt", "R. Lindqvist"],
        "Refinement Types for Smart Contract Upgrades",
        "Proceedings of the ACM on Programming Languages (OOPSLA)",
        2025,
        kind="journal",
        extra="9(OOPSLA1):112:1–112:28",
        pdf="/assets/pdf/osei2025contracts.pdf",
        doi="https://doi.org/10.1145/3720461",
        code="https://github.com/trustsys-lab/upgrade-types",
    ),
    Pub(
        "nakamura2025fuzz",
        ["T. Nakamura", "E. Whitfield", "J. Okoro", "R. Lindqvist"],
        "Grammar-Aware Fuzzing of Configuration Languages with Learned Mutators",
        "IEEE Transactions on Software Engineering",
        2025,
        kind="journal",
        extra="51(3):845–862",
        doi="https://doi.org/10.1109/TSE.2025.3531207",
        code="https://github.com/trustsys-lab/confuzz",
    ),
    Pub(
        "whitfield2025rust",
        ["E. Whitfield", "R. Lindqvist"],
        "How Do Developers Use Unsafe Rust in Embedded Firmware? An Empirical Study",
        "Proceedings of the 47th International Conference on Software Engineering (ICSE)",
        2025,
        extra="pages 1402–1414",
        pdf="/assets/pdf/whitfield2025rust.pdf",
        doi="https://doi.org/10.1109/ICSE55347.2025.00118",
        slides="/assets/slides/whitfield2025rust.pdf",
        award="ACM SIGSOFT Distinguished Paper Award",
    ),
    Pub(
        "mahmoud2025llmspec",
        ["S. Mahmoud", "K. Järvinen", "A. Osei", "R. Lindqvist"],
        "Can Large Language Models Write Loop Invariants? A Benchmark and an Honest Evaluation",
        "Proceedings of the 33rd ACM International Conference on the Foundations of Software Engineering (FSE)",
        2025,
        note="To appear.",
        pdf=_arxiv("2502.11873"),
        code="https://github.com/trustsys-lab/invbench",
    ),
    Pub(
        "ferreira2025sbom",
        ["L. Ferreira", "D. Kowalczyk", "R. Lindqvist"],
        "Incomplete by Design: Measuring Dependency Drift in Software Bills of Materials",
        "arXiv preprint arXiv:2504.02291",
        2025,
        kind="preprint",
        pdf=_arxiv("2504.02291"),
    ),
    Pub(
        "lindqvist2025verified",
        ["R. Lindqvist"],
        "Verified Software in the Age of Generated Code",
        "Communications of the ACM",
        2025,
        kind="journal",
        extra="68(2):34–37",
        doi="https://doi.org/10.1145/3709882",
    ),
    Pub(
        "osei2024gas",
        ["A. Osei", "R. Lindqvist"],
        "Gas-Bounded Termination Proofs for EVM Bytecode",
        "Formal Aspects of Computing",
        2024,
        kind="journal",
        extra="36(2):9:1–9:31",
        pdf="/assets/pdf/osei2024gas.pdf",
        doi="https://doi.org/10.1145/3651154",
    ),
    Pub(
        "nakamura2024mutators",
        ["T. Nakamura", "R. Lindqvist"],
        "Learning Structure-Preserving Mutators from Bug Reports",
        "Empirical Software Engineering",
        2024,
        kind="journal",
        extra="29(4):88",
        doi="https://doi.org/10.1007/s10664-024-10477-2",
        code="https://github.com/trustsys-lab/bugmut",
    ),
    Pub(
        "whitfield2024borrow",
        ["E. Whitfield", "H. Lindgren", "R. Lindqvist"],
        "Borrow-Checker Errors Explained: A Study with Novice Rust Programmers",
        "Proceedings of the 2024 ACM SIGPLAN International Symposium on SPLASH-E",
        2024,
        extra="pages 21–32",
        pdf="/assets/pdf/whitfield2024borrow.pdf",
        doi="https://doi.org/10.1145/3689493.3689981",
        award="Best Paper Award",
    ),
    Pub(
        "mahmoud2024spec",
        ["S. Mahmoud", "A. Osei", "R. Lindqvist"],
        "SpecGen-Lite: Generating Dafny Specifications from Docstrings",
        "Proceedings of the 39th IEEE/ACM International Conference on Automated Software Engineering (ASE)",
        2024,
        extra="pages 1877–1889",
        pdf=_arxiv("2408.05522"),
        doi="https://doi.org/10.1145/3691620.3695334",
        code="https://github.com/trustsys-lab/specgen-lite",
        slides="/assets/slides/mahmoud2024spec.pdf",
    ),
    Pub(
        "kowalczyk2024ci",
        ["D. Kowalczyk", "L. Ferreira", "T. Nakamura", "R. Lindqvist"],
        "Flaky Builds, Flaky Blame: Attributing CI Failures in Monorepos",
        "Proceedings of the 21st International Conference on Mining Software Repositories (MSR)",
        2024,
        extra="pages 455–466",
        doi="https://doi.org/10.1145/3643991.3644907",
    ),
    Pub(
        "ferreira2024provenance",
        ["L. Ferreira", "R. Lindqvist"],
        "Reproducible Builds Are Not Enough: Provenance Gaps in Package Registries",
        "Workshop on Software Supply Chain Offensive Research and Ecosystem Defenses (SCORED)",
        2024,
        extra="pages 41–50",
        pdf="/assets/pdf/ferreira2024provenance.pdf",
        doi="https://doi.org/10.1145/3689944.3696160",
    ),
    Pub(
        "osei2024tutorial",
        ["A. Osei", "S. Mahmoud"],
        "Dafny for Smart Contract Developers (Tutorial)",
        "Formal Methods Teaching Workshop (FMTea)",
        2024,
        slides="/assets/slides/osei2024tutorial.pdf",
    ),
    Pub(
        "nakamura2024grammars",
        ["T. Nakamura", "B. Adeyemi", "R. Lindqvist"],
        "Inferring Input Grammars from Parser Error Messages",
        "arXiv preprint arXiv:2411.07730",
        2024,
        kind="preprint",
        pdf=_arxiv("2411.07730"),
        code="https://github.com/trustsys-lab/errgram",
    ),
    Pub(
        "lindqvist2024keynote",
        ["R. Lindqvist", "A. Osei", "E. Whitfield", "T. Nakamura", "S. Mahmoud"],
        "Lightweight Verification for Heavyweight Systems: Five Years of Lessons",
        "Proceedings of the 16th NASA Formal Methods Symposium (NFM)",
        2024,
        extra="LNCS 14627, pages 3–20",
        pdf="/assets/pdf/lindqvist2024keynote.pdf",
        doi="https://doi.org/10.1007/978-3-031-60698-4_1",
    ),
    Pub(
        "osei2023upgrade",
        ["A. Osei", "R. Lindqvist"],
        "Upgradeable Proxies Considered Harmful? A Study of 40,000 Contracts",
        "Proceedings of the 45th International Conference on Software Engineering (ICSE)",
        2023,
        extra="pages 1021–1033",
        pdf="/assets/pdf/osei2023upgrade.pdf",
        doi="https://doi.org/10.1109/ICSE48619.2023.00093",
        code="https://github.com/trustsys-lab/proxy-study",
    ),
    Pub(
        "whitfield2023embedded",
        ["E. Whitfield", "P. Santos", "R. Lindqvist"],
        "Memory-Safe Drivers for Microcontrollers: An Experience Report",
        "Proceedings of the ACM SIGOPS 29th Symposium on Operating Systems Principles Workshops (PLOS)",
        2023,
        extra="pages 14–21",
        doi="https://doi.org/10.1145/3623759.3624546",
    ),
    Pub(
        "nakamura2023fuzzing",
        ["T. Nakamura", "R. Lindqvist"],
        "Coverage Is Not Enough: Semantic Feedback for YAML Fuzzers",
        "Proceedings of the 32nd ACM SIGSOFT International Symposium on Software Testing and Analysis (ISSTA)",
        2023,
        extra="pages 771–783",
        pdf="/assets/pdf/nakamura2023fuzzing.pdf",
        doi="https://doi.org/10.1145/3597926.3598101",
        code="https://github.com/trustsys-lab/yamlfuzz",
        award="Best Artifact Award",
    ),
    Pub(
        "mahmoud2023survey",
        ["S. Mahmoud"],
        "Specification Mining: A Survey for Practitioners",
        "ACM Computing Surveys",
        2023,
        kind="journal",
        extra="56(1):17:1–17:37",
        doi="https://doi.org/10.1145/3603120",
    ),
    Pub(
        "lindqvist2023teaching",
        ["R. Lindqvist", "E. Whitfield"],
        "Teaching Verification with Auto-Active Provers in a First-Year Course",
        "Proceedings of the 54th ACM Technical Symposium on Computer Science Education (SIGCSE)",
        2023,
        extra="pages 612–618",
        doi="https://doi.org/10.1145/3545945.3569790",
        slides="/assets/slides/lindqvist2023teaching.pdf",
    ),
    Pub(
        "ferreira2023typosquat",
        ["L. Ferreira", "M. Oyelaran", "R. Lindqvist"],
        "Typosquatting in the Long Tail: Name Confusion in Small Package Ecosystems",
        "arXiv preprint arXiv:2309.14412",
        2023,
        kind="preprint",
        pdf=_arxiv("2309.14412"),
    ),
    Pub(
        "osei2022evm",
        ["A. Osei", "R. Lindqvist"],
        "A Mechanised Semantics for EVM Gas Accounting",
        "Proceedings of the 13th International Conference on Interactive Theorem Proving (ITP)",
        2022,
        extra="LIPIcs 237, pages 25:1–25:18",
        pdf="/assets/pdf/osei2022evm.pdf",
        doi="https://doi.org/10.4230/LIPIcs.ITP.2022.25",
    ),
    Pub(
        "nakamura2022config",
        ["T. Nakamura", "J. Okoro", "R. Lindqvist"],
        "Misconfiguration Bugs in Infrastructure-as-Code: A Taxonomy",
        "Journal of Systems and Software",
        2022,
        kind="journal",
        extra="191:111387",
        doi="https://doi.org/10.1016/j.jss.2022.111387",
    ),
    Pub(
        "lindqvist2022rust",
        ["R. Lindqvist", "E. Whitfield", "C. Hallberg"],
        "Ownership Types in Practice: Mining Rust Compiler Errors at Scale",
        "Proceedings of the 36th European Conference on Object-Oriented Programming (ECOOP)",
        2022,
        extra="LIPIcs 222, pages 12:1–12:27",
        pdf="/assets/pdf/lindqvist2022rust.pdf",
        doi="https://doi.org/10.4230/LIPIcs.ECOOP.2022.12",
        code="https://github.com/trustsys-lab/rusterr",
    ),
    Pub(
        "mahmoud2022docstrings",
        ["S. Mahmoud", "R. Lindqvist"],
        "From Docstrings to Contracts: Mining Preconditions from Python Libraries",
        "Proceedings of the 19th International Conference on Mining Software Repositories (MSR)",
        2022,
        extra="pages 301–312",
        doi="https://doi.org/10.1145/3524842.3528489",
    ),
    Pub(
        "ferreira2022registry",
        ["L. Ferreira"],
        "What's in a Lockfile? Reproducibility in Four Package Managers",
        "Workshop on Reproducible Builds (co-located with ESEC/FSE)",
        2022,
        pdf="/assets/pdf/ferreira2022registry.pdf",
    ),
]

#: author, title, degree line, year, pdf
THESES: list[tuple[str, str, str, int, str | None]] = [
    ("A. Osei", "Verified Upgrades for Smart Contracts", "PhD thesis", 2024, "/assets/pdf/theses/osei-phd-2024.pdf"),
    ("C. Hallberg", "Usability of Ownership Types", "PhD thesis", 2023, "/assets/pdf/theses/hallberg-phd-2023.pdf"),
    ("J. Okoro", "Fuzzing Infrastructure-as-Code Pipelines", "MSc thesis", 2022, None),
    (
        "P. Santos",
        "Rust on the Edge: Porting a Sensor Network Stack",
        "MSc thesis",
        2022,
        "/assets/pdf/theses/santos-msc-2022.pdf",
    ),
]
LAB_INSTITUTION = "Aldermoor Institute of Technology"

LAB_SELECTED = ["whitfield2025rust", "mahmoud2024spec", "osei2023upgrade", "lindqvist2022rust"]


def _lab_name(author: str) -> str:
    return f"<u>{esc(author)}</u>" if author in LAB_MEMBERS else esc(author)


def _lab_authors(authors: list[str]) -> str:
    names = [_lab_name(a) for a in authors]
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return f"{names[0]} and {names[1]}"
    return ", ".join(names[:-1]) + f", and {names[-1]}"


def _lab_bibtex(pub: Pub) -> str:
    kind = {"journal": "article", "conference": "inproceedings", "preprint": "misc"}[pub.kind]
    field = {"journal": "journal", "conference": "booktitle", "preprint": "howpublished"}[pub.kind]
    authors = " and ".join(f"{a.split('. ', 1)[1]}, {a.split('. ', 1)[0]}." for a in pub.authors)
    lines = [
        f"@{kind}{{{pub.key},",
        f"  author    = {{{authors}}},",
        f"  title     = {{{{{pub.title}}}}},",
        f"  {field:<9} = {{{pub.venue}}},",
        f"  year      = {{{pub.year}}},",
    ]
    if pub.doi:
        lines.append(f"  doi       = {{{pub.doi.removeprefix('https://doi.org/')}}},")
    return "\n".join(lines) + "\n}"


def _lab_links(pub: Pub) -> str:
    links = []
    if pub.pdf:
        links.append(f'[<a href="{pub.pdf}">PDF</a>]')
    if pub.doi:
        links.append(f'[<a href="{pub.doi}">DOI</a>]')
    if pub.code:
        links.append(f'[<a href="{pub.code}">Code</a>]')
    if pub.slides:
        links.append(f'[<a href="{pub.slides}">Slides</a>]')
    links.append(f'[<a href="javascript:void(0)" onclick="toggleBib(\'bib-{pub.key}\')">BibTeX</a>]')
    return "\n    ".join(links)


def _lab_entry(pub: Pub, *, tag: str = "li", with_bib: bool = True) -> str:
    extra = f", {esc(pub.extra)}" if pub.extra else ""
    note = f" {esc(pub.note)}" if pub.note else ""
    award = (
        f'\n    <span class="award"><img src="/assets/img/trophy.svg" alt="" width="14" height="14"> {esc(pub.award)}</span>'
        if pub.award
        else ""
    )
    bib = (
        f'\n    <pre class="bibtex" id="bib-{pub.key}" style="display:none">{esc(_lab_bibtex(pub))}</pre>'
        if with_bib
        else ""
    )
    attr = f' id="{pub.key}"' if with_bib else ""
    return f"""<{tag}{attr}>
    {_lab_authors(pub.authors)}.
    <b>{esc(pub.title)}.</b>
    <i>{esc(pub.venue)}</i>{extra}, {pub.year}.{note}{award}
    <br>
    {_lab_links(pub)}{bib}
  </{tag}>"""


def _lab_list(pubs: list[Pub]) -> str:
    entries = "\n  ".join(_lab_entry(p) for p in pubs)
    return f'<ul class="publist">\n  {entries}\n</ul>'


def _lab_year(year: int) -> str:
    pubs = [p for p in PUBS if p.year == year]
    if len(pubs) >= 8:
        journals = [p for p in pubs if p.kind == "journal"]
        others = [p for p in pubs if p.kind != "journal"]
        return f"""<h2 id="y{year}">{year}</h2>
<h3>Journal articles</h3>
{_lab_list(journals)}
<h3>Conference and workshop papers</h3>
{_lab_list(others)}"""
    return f'<h2 id="y{year}">{year}</h2>\n{_lab_list(pubs)}'


def _lab_thesis(author: str, title: str, degree: str, year: int, pdf: str | None) -> str:
    link = f' [<a href="{pdf}">PDF</a>]' if pdf else ""
    return f'<p class="thesis">{_lab_name(author)}. <b>{esc(title)}.</b> <i>{degree}</i>, {LAB_INSTITUTION}, {year}.{link}</p>'


@twentyfirst_b
def build_labpubs() -> None:
    """A research group's one-page publication list: bibliography entries by year, selected ones repeated."""
    s = Site(
        "labpubs",
        kind="research group publications page (hand-written Jekyll page, 2024–25: h2 per year, h3 by type in busy years, each entry an li 'A. Author, B. Author, and C. Author. <b>Title.</b> <i>Venue</i>, pages, 2024.' with [PDF] [DOI] [Code] [Slides] [BibTeX] links, not all on all; award badges; a hidden pre BibTeX per entry repeating the title; a 'Selected publications' block repeating four; a theses section of p entries; one page)",
        start="publications/",
        description="The publications page of a university research group (Trustworthy Systems Lab, 'Aldermoor Institute of Technology'), a hand-written page in a minimal Jekyll theme: a nav bar (Home, People, Publications, Software, Teaching, Join us), a 'Selected publications' box at the top repeating four entries (without their BibTeX), a year index, then one h2 per year (2025 to 2022) with h3 'Journal articles' / 'Conference and workshop papers' under the busy year. Every entry is an li of plain text: the authors ('A. Osei, M. Brandt, and R. Lindqvist.', group members underlined), <b>Title.</b>, <i>Venue</i> followed by volume or pages, the year, sometimes 'To appear.', an award badge with a trophy image on some, then after a br the links [PDF] (own /assets/pdf/ file or arXiv), [DOI] (https://doi.org/…), [Code] (GitHub), [Slides], [BibTeX] (a javascript: toggle of a hidden pre holding the BibTeX entry, which repeats the title and venue); not every entry has every link. A 'Theses' section lists PhD and MSc theses as p entries ('<u>A. Osei</u>. <b>Title.</b> <i>PhD thesis</i>, Aldermoor Institute of Technology, 2024. [PDF]'). A footer with the lab's address. One page, 26 papers and 4 theses. Written down: title, authors (list), venue, year, doi (link), pdf (link).",
    )
    years = sorted({p.year for p in PUBS}, reverse=True)
    by_key = {p.key: p for p in PUBS}
    selected = "\n  ".join(_lab_entry(by_key[k], tag="p", with_bib=False) for k in LAB_SELECTED)
    index = " · ".join(f'<a href="#y{y}">{y}</a>' for y in years) + ' · <a href="#theses">Theses</a>'
    sections = "\n\n".join(_lab_year(y) for y in years)
    theses = "\n".join(_lab_thesis(*t) for t in THESES)
    text = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Publications | Trustworthy Systems Lab</title>
<meta name="generator" content="Jekyll v4.3.3" />
<meta property="og:title" content="Publications" />
<meta name="description" content="Papers, preprints and theses from the Trustworthy Systems Lab at Aldermoor Institute of Technology." />
<link rel="canonical" href="https://tsl.aldermoor.ac.uk/publications/" />
<link rel="stylesheet" href="/assets/css/main.css">
<link rel="alternate" type="application/rss+xml" title="Trustworthy Systems Lab" href="/feed.xml">
<script>
function toggleBib(id) {{
  var el = document.getElementById(id);
  el.style.display = (el.style.display === 'none') ? 'block' : 'none';
}}
</script>
</head>
<body>
<header class="site-header" role="banner">
  <div class="wrapper">
    <a class="site-title" rel="author" href="/"><img src="/assets/img/tsl-logo.png" alt="" height="32"> Trustworthy Systems Lab</a>
    <nav class="site-nav">
      <div class="trigger">
        <a class="page-link" href="/">Home</a>
        <a class="page-link" href="/people/">People</a>
        <a class="page-link active" href="/publications/">Publications</a>
        <a class="page-link" href="/software/">Software</a>
        <a class="page-link" href="/teaching/">Teaching</a>
        <a class="page-link" href="/join/">Join us</a>
      </div>
    </nav>
  </div>
</header>
<main class="page-content" aria-label="Content">
<div class="wrapper">
<article class="post">
<header class="post-header"><h1 class="post-title">Publications</h1></header>
<div class="post-content">
<p>Below is a list of our papers, preprints and theses. Members of the lab are <u>underlined</u>. You can also find us on <a href="https://dblp.org/pid/142/7781.html">DBLP</a> and <a href="https://scholar.google.com/citations?user=Qf3kL2EAAAAJ">Google Scholar</a>. Copyright of published papers rests with the publishers; the PDFs here are authors' versions.</p>

<div class="selected-box">
<h2 id="selected">Selected publications</h2>
  {selected}
</div>

<p class="year-index">Jump to: {index}</p>

{sections}

<h2 id="theses">Theses</h2>
{theses}

<p class="updated"><em>Last updated: 14 April 2025.</em></p>
</div>
</article>
</div>
</main>
<footer class="site-footer">
  <div class="wrapper">
    <p>Trustworthy Systems Lab · School of Informatics · Aldermoor Institute of Technology · 12 Foundry Lane, Aldermoor AM4 2XB</p>
    <p><a href="https://github.com/trustsys-lab">GitHub</a> · <a href="https://mastodon.social/@trustsyslab">Mastodon</a> · <a href="mailto:tsl-admin@aldermoor.ac.uk">tsl-admin@aldermoor.ac.uk</a></p>
  </div>
</footer>
</body>
</html>"""
    s.list_page("publications/index.html", text)
    for year in years:
        pubs = [p for p in PUBS if p.year == year]
        if len(pubs) >= 8:
            pubs = [p for p in pubs if p.kind == "journal"] + [p for p in pubs if p.kind != "journal"]
        for pub in pubs:
            s.expect(
                {
                    "title": pub.title,
                    "authors": pub.authors,
                    "venue": pub.venue,
                    "year": pub.year,
                    "doi": pub.doi,
                    "pdf": pub.pdf,
                }
            )
    for author, title, degree, year, pdf in THESES:
        s.expect(
            {"title": title, "authors": [author], "venue": f"{degree}, {LAB_INSTITUTION}", "year": year, "pdf": pdf}
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# council-meetings: a town council's meetings calendar, one table per month, ?month=YYYY-MM.
# ---------------------------------------------------------------------------------------------------

CM_BASE = "/council/meetings/"
CM_TODAY = date(2025, 3, 5)
CM_PLACES = {
    "chamber": "Council Chamber, Kelsworth Town Hall, Market Place",
    "room2": "Committee Room 2, Kelsworth Town Hall",
    "centre": "Kelsworth Community Centre, Mill Lane",
    "library": "Meeting Room, Kelsworth Library",
    "online": "Online (Microsoft Teams)",
    "academy": "Kelsworth Academy, Sixth Form Centre",
}
CM_CODES = {
    "Full Council": "FC",
    "Extraordinary Full Council": "EFC",
    "Planning and Highways Committee": "PH",
    "Finance and General Purposes Committee": "FGP",
    "Environment and Open Spaces Committee": "EOS",
    "Community and Events Committee": "CE",
    "Staffing Committee": "STF",
    "Neighbourhood Plan Steering Group": "NPSG",
    "Allotments Working Group": "AWG",
    "Grants Panel": "GP",
    "Youth Council": "YC",
    "Annual Town Meeting": "ATM",
}

#: day, "HH:MM", committee, place, agenda, minutes ("approved" / "draft" / None), video id, status, note.
Meeting = tuple[date, str, str, str, bool, str | None, str | None, str | None, str | None]

MEETINGS: list[Meeting] = [
    (date(2025, 1, 7), "19:00", "Planning and Highways Committee", "room2", True, "approved", None, None, None),
    (
        date(2025, 1, 9),
        "19:00",
        "Finance and General Purposes Committee",
        "chamber",
        True,
        "approved",
        None,
        None,
        None,
    ),
    (date(2025, 1, 13), "18:30", "Staffing Committee", "room2", True, "approved", None, None, None),
    (date(2025, 1, 14), "19:00", "Full Council", "chamber", True, "approved", "q3VbX8kLm2A", None, None),
    (
        date(2025, 1, 16),
        "19:00",
        "Environment and Open Spaces Committee",
        "room2",
        False,
        None,
        None,
        "Cancelled",
        "This meeting has been cancelled as there is no business to transact.",
    ),
    (date(2025, 1, 21), "19:00", "Planning and Highways Committee", "room2", True, "approved", None, None, None),
    (date(2025, 1, 23), "18:00", "Community and Events Committee", "centre", True, "approved", None, None, None),
    (
        date(2025, 1, 27),
        "19:00",
        "Extraordinary Full Council",
        "chamber",
        True,
        "approved",
        "Hn4pR7tYw0c",
        None,
        "To set the budget and precept for 2025/26.",
    ),
    (date(2025, 1, 28), "10:00", "Allotments Working Group", "online", True, "approved", None, None, None),
    (date(2025, 1, 29), "19:00", "Neighbourhood Plan Steering Group", "library", True, "approved", None, None, None),
    (date(2025, 1, 30), "14:00", "Grants Panel", "room2", True, "approved", None, None, None),
    (date(2025, 2, 4), "19:00", "Planning and Highways Committee", "room2", True, "approved", None, None, None),
    (
        date(2025, 2, 6),
        "19:00",
        "Finance and General Purposes Committee",
        "chamber",
        True,
        "approved",
        None,
        None,
        None,
    ),
    (date(2025, 2, 11), "19:00", "Full Council", "chamber", True, "approved", "bT6wE1sQz9M", None, None),
    (date(2025, 2, 13), "19:00", "Environment and Open Spaces Committee", "room2", True, "draft", None, None, None),
    (date(2025, 2, 18), "19:00", "Planning and Highways Committee", "room2", True, "draft", None, None, None),
    (
        date(2025, 2, 20),
        "18:00",
        "Community and Events Committee",
        "centre",
        True,
        None,
        None,
        "Postponed",
        "Postponed to Thursday, 6 March 2025.",
    ),
    (date(2025, 2, 24), "18:30", "Staffing Committee", "room2", True, "draft", None, None, None),
    (date(2025, 2, 25), "19:00", "Neighbourhood Plan Steering Group", "library", True, None, None, None, None),
    (date(2025, 2, 26), "16:30", "Youth Council", "academy", True, None, None, None, None),
    (date(2025, 2, 27), "14:00", "Grants Panel", "room2", False, None, None, "Cancelled", None),
    (date(2025, 3, 4), "19:00", "Planning and Highways Committee", "room2", True, None, None, None, None),
    (
        date(2025, 3, 6),
        "18:00",
        "Community and Events Committee",
        "centre",
        True,
        None,
        None,
        None,
        "Rescheduled from 20 February.",
    ),
    (date(2025, 3, 6), "19:30", "Finance and General Purposes Committee", "chamber", True, None, None, None, None),
    (
        date(2025, 3, 11),
        "19:00",
        "Full Council",
        "chamber",
        True,
        None,
        None,
        None,
        "This meeting will be streamed live on the council's YouTube channel.",
    ),
    (date(2025, 3, 13), "19:00", "Environment and Open Spaces Committee", "room2", False, None, None, None, None),
    (date(2025, 3, 18), "19:00", "Planning and Highways Committee", "room2", False, None, None, None, None),
    (
        date(2025, 3, 20),
        "19:00",
        "Annual Town Meeting",
        "centre",
        True,
        None,
        None,
        None,
        "All residents of Kelsworth are welcome to attend.",
    ),
    (date(2025, 3, 24), "18:30", "Staffing Committee", "room2", False, None, None, "Cancelled", None),
    (date(2025, 3, 25), "19:00", "Neighbourhood Plan Steering Group", "library", False, None, None, None, None),
    (date(2025, 3, 26), "10:00", "Allotments Working Group", "online", False, None, None, None, None),
    (date(2025, 3, 27), "14:00", "Grants Panel", "room2", False, None, None, None, None),
]


def _cm_id(meeting: Meeting) -> int:
    return 2140 + MEETINGS.index(meeting) * 3


def _cm_url(meeting: Meeting) -> str:
    day, _, committee = meeting[:3]
    return f"/council/meetings/{_cm_id(meeting)}/{slug(committee)}-{day.day}-{day:%B-%Y}".lower()


def _cm_day(day: date) -> str:
    return f"{day:%A}, {day.day} {day:%B %Y}"


def _cm_time(hhmm: str) -> str:
    hour, minute = (int(x) for x in hhmm.split(":"))
    return f"{(hour - 1) % 12 + 1}:{minute:02d} {'AM' if hour < 12 else 'PM'}"


def _cm_pdf(meeting: Meeting, what: str) -> str:
    day, _, committee = meeting[:3]
    return f"/uploads/meetings/{day:%Y/%m}/{CM_CODES[committee]}-{what}-{day:%d-%m-%Y}.pdf"


def _cm_size(meeting: Meeting, what: str) -> str:
    return f"{90 + (_cm_id(meeting) * (7 if what == 'Agenda' else 13)) % 400} KB"


def _cm_row(meeting: Meeting) -> str:
    day, hhmm, committee, place, agenda, minutes, video, status, note = meeting
    flag = (
        f' <strong class="govuk-tag govuk-tag--{"red" if status == "Cancelled" else "yellow"} meeting-status">{status}</strong>'
        if status
        else ""
    )
    note_html = f'<p class="govuk-body-s meeting-note">{esc(note)}</p>' if note else ""
    stamp = f'<time datetime="{day.isoformat()}T{hhmm}:00+00:00">{_cm_day(day)}</time>'
    shown_day = f"<del>{stamp}</del>" if status else stamp
    if agenda:
        agenda_cell = f'<a class="govuk-link" href="{_cm_pdf(meeting, "Agenda")}">Agenda <span class="file-meta">(PDF, {_cm_size(meeting, "Agenda")})</span></a>'
    elif status:
        agenda_cell = '<span class="govuk-hint">—</span>'
    else:
        agenda_cell = '<span class="govuk-hint">Not yet published</span>'
    if minutes:
        label = "Minutes" if minutes == "approved" else "Draft minutes"
        what = "Minutes" if minutes == "approved" else "Draft-Minutes"
        minutes_cell = f'<a class="govuk-link" href="{_cm_pdf(meeting, what)}">{label} <span class="file-meta">(PDF, {_cm_size(meeting, "Minutes")})</span></a>'
    elif status or day >= CM_TODAY:
        minutes_cell = '<span class="govuk-hint">—</span>'
    else:
        minutes_cell = '<span class="govuk-hint">Not yet published</span>'
    video_cell = (
        f'<a class="govuk-link" href="https://www.youtube.com/watch?v={video}" rel="external">Watch on YouTube<span class="govuk-visually-hidden"> ({esc(committee)}, {day.day} {day:%B})</span></a>'
        if video
        else '<span class="govuk-hint">—</span>'
    )
    row_class = f" meeting--{status.lower()}" if status else ""
    return f"""        <tr class="govuk-table__row meeting{row_class}">
          <th scope="row" class="govuk-table__header meeting__name"><a class="govuk-link" href="{_cm_url(meeting)}">{esc(committee)}</a>{flag}{note_html}</th>
          <td class="govuk-table__cell meeting__date">{shown_day}</td>
          <td class="govuk-table__cell meeting__time">{_cm_time(hhmm)}</td>
          <td class="govuk-table__cell meeting__location">{esc(CM_PLACES[place])}</td>
          <td class="govuk-table__cell meeting__agenda">{agenda_cell}</td>
          <td class="govuk-table__cell meeting__minutes">{minutes_cell}</td>
          <td class="govuk-table__cell meeting__video">{video_cell}</td>
        </tr>"""


def _cm_month_label(month: tuple[int, int]) -> str:
    return date(month[0], month[1], 1).strftime("%B %Y")


def _cm_href(month: tuple[int, int]) -> str:
    return f"?month={month[0]}-{month[1]:02d}"


def _cm_pagination(prev: tuple[int, int] | None, nxt: tuple[int, int]) -> str:
    arrow_prev = '<svg class="govuk-pagination__icon govuk-pagination__icon--prev" xmlns="http://www.w3.org/2000/svg" height="13" width="15" aria-hidden="true" focusable="false" viewBox="0 0 15 13"><path d="m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z"></path></svg>'
    arrow_next = '<svg class="govuk-pagination__icon govuk-pagination__icon--next" xmlns="http://www.w3.org/2000/svg" height="13" width="15" aria-hidden="true" focusable="false" viewBox="0 0 15 13"><path d="m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z"></path></svg>'
    parts = []
    if prev:
        parts.append(
            f'<div class="govuk-pagination__prev"><a class="govuk-link govuk-pagination__link" href="{_cm_href(prev)}" rel="prev">{arrow_prev}<span class="govuk-pagination__link-title">Previous<span class="govuk-visually-hidden"> month</span></span><span class="govuk-visually-hidden">:</span><span class="govuk-pagination__link-label">{_cm_month_label(prev)}</span></a></div>'
        )
    parts.append(
        f'<div class="govuk-pagination__next"><a class="govuk-link govuk-pagination__link" href="{_cm_href(nxt)}" rel="next">{arrow_next}<span class="govuk-pagination__link-title">Next<span class="govuk-visually-hidden"> month</span></span><span class="govuk-visually-hidden">:</span><span class="govuk-pagination__link-label">{_cm_month_label(nxt)}</span></a></div>'
    )
    return (
        '<nav class="govuk-pagination govuk-pagination--block" aria-label="Pagination">\n      '
        + "\n      ".join(parts)
        + "\n    </nav>"
    )


def _cm_upcoming() -> str:
    upcoming = [m for m in MEETINGS if m[0] > CM_TODAY and not m[7]][:3]
    items = "\n".join(
        f'<li><a class="govuk-link" href="{_cm_url(m)}">{esc(m[2])}</a><br><span class="govuk-body-s">{m[0].day} {m[0]:%b} at {_cm_time(m[1]).lower().replace(" ", "")}</span></li>'
        for m in upcoming
    )
    return f'<h2 class="govuk-heading-s">Upcoming meetings</h2>\n<ul class="govuk-list govuk-list--spaced">\n{items}\n</ul>'


def _cm_page(month: tuple[int, int], body: str, pagination: str) -> str:
    label = _cm_month_label(month)
    committees = sorted({m[2] for m in MEETINGS} - {"Extraordinary Full Council", "Annual Town Meeting"})
    options = "".join(f'<option value="{slug(c)}">{esc(c)}</option>' for c in committees)
    return f"""<!DOCTYPE html>
<html lang="en" class="govuk-template">
<head>
  <meta charset="utf-8">
  <title>Meetings calendar: {label} - Kelsworth Town Council</title>
  <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
  <meta name="theme-color" content="#0b0c0c">
  <link rel="icon" sizes="48x48" href="/assets/images/favicon.ico">
  <link rel="stylesheet" href="/assets/css/main.min.css?v=5.7.1">
</head>
<body class="govuk-template__body">
  <script>document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');</script>
  <div class="govuk-cookie-banner" data-nosnippet role="region" aria-label="Cookies on Kelsworth Town Council">
    <div class="govuk-cookie-banner__message govuk-width-container">
      <div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
        <h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on Kelsworth Town Council</h2>
        <div class="govuk-cookie-banner__content">
          <p class="govuk-body">We use some essential cookies to make this website work.</p>
          <p class="govuk-body">We'd like to set additional cookies to understand how you use the website and to embed meeting videos from YouTube.</p>
        </div>
      </div></div>
      <div class="govuk-button-group">
        <button type="button" class="govuk-button" data-module="govuk-button" value="accept">Accept additional cookies</button>
        <button type="button" class="govuk-button" data-module="govuk-button" value="reject">Reject additional cookies</button>
        <a class="govuk-link" href="/cookies">View cookies</a>
      </div>
    </div>
  </div>
  <a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
  <header class="govuk-header" data-module="govuk-header">
    <div class="govuk-header__container govuk-width-container">
      <div class="govuk-header__logo"><a href="/" class="govuk-header__link govuk-header__link--homepage"><img src="/assets/images/kelsworth-crest.svg" alt="" width="36" height="40"> <span class="govuk-header__logotype-text">Kelsworth Town Council</span></a></div>
      <nav aria-label="Menu" class="govuk-header__navigation">
        <button type="button" class="govuk-header__menu-button govuk-js-header-toggle" aria-controls="navigation" hidden>Menu</button>
        <ul id="navigation" class="govuk-header__navigation-list">
          <li class="govuk-header__navigation-item"><a class="govuk-header__link" href="/council/">Your council</a></li>
          <li class="govuk-header__navigation-item govuk-header__navigation-item--active"><a class="govuk-header__link" href="/council/meetings/" aria-current="page">Meetings</a></li>
          <li class="govuk-header__navigation-item"><a class="govuk-header__link" href="/council/councillors/">Councillors</a></li>
          <li class="govuk-header__navigation-item"><a class="govuk-header__link" href="/services/">Services</a></li>
          <li class="govuk-header__navigation-item"><a class="govuk-header__link" href="/whats-on/">What's on</a></li>
          <li class="govuk-header__navigation-item"><a class="govuk-header__link" href="/contact/">Contact us</a></li>
        </ul>
      </nav>
    </div>
  </header>
  <div class="govuk-width-container">
    <nav class="govuk-breadcrumbs" aria-label="Breadcrumb">
      <ol class="govuk-breadcrumbs__list">
        <li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/">Home</a></li>
        <li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/council/">Your council</a></li>
        <li class="govuk-breadcrumbs__list-item">Meetings</li>
      </ol>
    </nav>
    <main class="govuk-main-wrapper" id="main-content" role="main">
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <span class="govuk-caption-l">Meetings calendar</span>
          <h1 class="govuk-heading-l">{label}</h1>
          <p class="govuk-body">Meetings of the council and its committees are open to the public and press unless stated otherwise. Agendas are published at least three clear working days before each meeting. Minutes are published in draft and approved at the next meeting.</p>
          <form class="meeting-filter" method="get" action="/council/meetings/">
            <div class="govuk-form-group">
              <label class="govuk-label" for="committee">Committee</label>
              <select class="govuk-select" id="committee" name="committee"><option value="">All committees</option>{options}</select>
            </div>
            <input type="hidden" name="month" value="{month[0]}-{month[1]:02d}">
            <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Filter</button>
          </form>
{body}
    {pagination}
        </div>
        <div class="govuk-grid-column-one-third">
          <aside class="app-related-items" role="complementary">
            {_cm_upcoming()}
            <h2 class="govuk-heading-s">Your councillors</h2>
            <p class="govuk-body-s">Kelsworth Town Council has 15 councillors representing four wards. <a class="govuk-link" href="/council/councillors/">Find your councillor</a>.</p>
            <h2 class="govuk-heading-s">Speaking at a meeting</h2>
            <p class="govuk-body-s">Members of the public may speak for up to three minutes during public participation. Please contact the Town Clerk by noon on the day of the meeting: <a class="govuk-link" href="mailto:clerk@kelsworth-tc.gov.uk">clerk@kelsworth-tc.gov.uk</a> or 01632 960750.</p>
            <h2 class="govuk-heading-s">Related content</h2>
            <ul class="govuk-list govuk-!-font-size-16">
              <li><a class="govuk-link" href="/council/standing-orders/">Standing orders (PDF)</a></li>
              <li><a class="govuk-link" href="/council/committees/">Committees and terms of reference</a></li>
              <li><a class="govuk-link" href="https://www.youtube.com/@KelsworthTownCouncil">Meeting videos on YouTube</a></li>
            </ul>
          </aside>
        </div>
      </div>
    </main>
  </div>
  <footer class="govuk-footer" role="contentinfo">
    <div class="govuk-width-container">
      <div class="govuk-footer__meta">
        <div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
          <h2 class="govuk-visually-hidden">Support links</h2>
          <ul class="govuk-footer__inline-list">
            <li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/accessibility/">Accessibility statement</a></li>
            <li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/cookies/">Cookies</a></li>
            <li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/privacy/">Privacy notice</a></li>
            <li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/transparency/">Transparency code</a></li>
          </ul>
          <p class="govuk-body-s">Kelsworth Town Council, Town Hall, Market Place, Kelsworth KW1 4TH. Office open Monday to Thursday, 9:30am to 1:00pm.</p>
        </div>
        <div class="govuk-footer__meta-item">© Kelsworth Town Council 2025</div>
      </div>
    </div>
  </footer>
  <script type="module" src="/assets/js/govuk-frontend.min.js"></script>
  <script type="module">import {{ initAll }} from '/assets/js/govuk-frontend.min.js'; initAll();</script>
</body>
</html>"""


def _cm_table(month: tuple[int, int], meetings: list[Meeting]) -> str:
    rows = "\n".join(_cm_row(m) for m in meetings)
    return f"""          <table class="govuk-table meetings-table">
            <caption class="govuk-table__caption govuk-table__caption--m">Meetings in {_cm_month_label(month)}</caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">Meeting</th>
                <th scope="col" class="govuk-table__header">Date</th>
                <th scope="col" class="govuk-table__header">Time</th>
                <th scope="col" class="govuk-table__header">Location</th>
                <th scope="col" class="govuk-table__header">Agenda</th>
                <th scope="col" class="govuk-table__header">Minutes</th>
                <th scope="col" class="govuk-table__header">Video</th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
{rows}
            </tbody>
          </table>"""


@twentyfirst_b
def build_council_meetings() -> None:
    """A town council's meetings calendar: one govuk-table per month, month pagination."""
    s = Site(
        "council-meetings",
        kind="town council meetings calendar (a council CMS on GOV.UK Frontend, 2024–25: one govuk-table per month, the committee as a th link with Cancelled/Postponed tags and notes, 'Tuesday, 14 January 2025' and '7:00 PM' in separate cells, Agenda / Minutes / Draft minutes PDF links with sizes, 'Not yet published' or '—' placeholders, YouTube video links; ?month=YYYY-MM pagination back from the current month; an 'Upcoming meetings' sidebar repeating three)",
        start="council/meetings/",
        description="The meetings calendar of an English town council (Kelsworth Town Council) on a small CMS built with GOV.UK Frontend (2024–25): a cookie banner, the GOV.UK-style header and navigation, breadcrumbs, 'Meetings calendar' caption and the month as the h1, a committee filter form, then a table.govuk-table.meetings-table captioned 'Meetings in March 2025' whose rows are th[scope=row] with the committee's link to the meeting page (plus a govuk-tag 'Cancelled' or 'Postponed' and a p note on some: 'Postponed to Thursday, 6 March 2025.', 'Rescheduled from 20 February.'), the date 'Tuesday, 14 January 2025' in a time element whose datetime holds the start with its offset (struck through for cancelled and postponed meetings), the time '7:00 PM', the location, an Agenda link '(PDF, 212 KB)', a Minutes or 'Draft minutes' link, 'Watch on YouTube' on Full Council meetings; empty cells read 'Not yet published' or '—'. The start page is the current month (March 2025, mostly upcoming meetings without papers), govuk-pagination links go back to ?month=2025-02 and ?month=2025-01 and forward to April (an empty month: 'No meetings have been published for April 2025 yet.'); January has no previous link (older meetings are on an archive site). A sidebar lists the next three 'Upcoming meetings' (repeats), the clerk's e-mail and phone, related links. 11 + 10 + 11 meetings. Written down: title (the committee), url, date (ISO with the time, UK offset), location, agenda (link), minutes (link, draft or approved), status (Cancelled / Postponed, where shown).",
    )
    months = [(2025, 3), (2025, 2), (2025, 1)]
    for month in months:
        meetings = [m for m in MEETINGS if (m[0].year, m[0].month) == month]
        prev = (month[0], month[1] - 1) if month[1] > 1 else None
        body = _cm_table(month, meetings)
        if prev is None:
            body += '\n          <p class="govuk-body govuk-!-margin-top-4">Looking for an older meeting? Papers for meetings before January 2025 are on our <a class="govuk-link" href="https://archive.kelsworth-tc.gov.uk/meetings">previous website</a>.</p>'
        text = _cm_page(month, body, _cm_pagination(prev, (month[0], month[1] + 1)))
        if month == (2025, 3):
            s.list_page(CM_BASE.lstrip("/") + "index.html", text)
            s.write(CM_BASE.lstrip("/") + "@month=2025-03", text)  # the pager's own link from February
        else:
            s.list_page(CM_BASE.lstrip("/") + f"@month={month[0]}-{month[1]:02d}", text)
        for m in meetings:
            day, hhmm, committee, _place, agenda, minutes, _video, status, _note = m
            minutes_what = "Minutes" if minutes == "approved" else "Draft-Minutes"
            s.expect(
                {
                    "title": committee,
                    "url": _cm_url(m),
                    "date": f"{day.isoformat()}T{hhmm}:00+00:00",
                    "location": CM_PLACES[_place],
                    "agenda": _cm_pdf(m, "Agenda") if agenda else None,
                    "minutes": _cm_pdf(m, minutes_what) if minutes else None,
                    "status": status,
                }
            )
    april = '          <p class="govuk-body">No meetings have been published for April 2025 yet.</p>'
    s.write(CM_BASE.lstrip("/") + "@month=2025-04", _cm_page((2025, 4), april, _cm_pagination((2025, 3), (2025, 5))))
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in TWENTYFIRST_B.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
