"""Seventeenth wave, part C: three list sites of developer-facing platforms, written and measured before any
heuristic was changed for them (a security advisory database, a status page's incident history and a SaaS
product changelog).

* **advisorydb** — a GitHub Advisory Database style list (``/advisories/``, Primer classes, 2024–25): the
  global header, a "Sign up for free" banner, a Dependabot promo box, the tabs "GitHub reviewed advisories"
  / "Unreviewed advisories" with ``Counter`` spans, a search input holding ``type:reviewed``, a filters
  sidebar (Severity, Ecosystem, CWE) of ``a.filter-item`` links each with a ``span.count`` "1,204"; a
  ``Box`` whose header says "24 advisories" and holds Sort / Ecosystem select menus; ``Box-row`` rows, each
  a title link ``/advisories/GHSA-…`` (``h4``-sized ``Link--primary``), a severity ``Label`` ("Critical",
  "High", "Moderate", "Low", with a hidden " severity"), the CVSS score beside it on some ("9.8"), a
  "Reviewed" / "Unreviewed" / "Malware" label, a meta line "GHSA-xxxx-xxxx-xxxx · CVE-2025-… was published
  for <b>npm</b> · lodash <relative-time datetime=…>Mar 3, 2025</relative-time>" (no CVE on malware and on
  some others, "3 days ago" as the text of the newest), an "Affected versions: < 4.17.21" line on some;
  GitHub's ``div.pagination`` with ``em.current``, numbered links and "Previous" / "Next" over ``?page=N``;
  the footer. Written down: title, url, id (GHSA), cve (where shown), severity, score (where shown),
  ecosystem, package, date (the day of ``datetime``).
* **statushistory** — an Atlassian Statuspage incident history (``/history/``): the status page header with
  the logo and "Subscribe to updates" (a hidden subscribe form with Email / SMS / Slack / Webhook tabs), an
  "Incident History" heading with a component filter select and the quarter "Jan 2025 to Mar 2025" between
  "← Previous" (older quarter, ``?page=2``) and "Next →" (disabled on the newest); ``div.month`` blocks
  with ``h4.month-title`` "March <var>2025</var>" and an ``incident-list`` of ``div.incident-container``:
  the title link ``/incidents/<code>`` whose colour class is the impact (``impact-critical``,
  ``impact-major``, ``impact-minor``, ``impact-none``, ``impact-maintenance`` for scheduled maintenance; the container's ``data-react-props`` JSON also lists each
  incident's code, name, impact and ``created_at``),
  ``div.incident-message`` with the last update's text after a bold "Resolved" / "Completed" / "Postmortem"
  label, and ``div.secondary`` "Mar <var data-var=date>3</var>, <var data-var=time>14:02</var> - 15:40 UTC"
  (the year only in the month heading, the end day shown when it differs); months with "No incidents
  reported for this month."; the footer with "Powered by Atlassian Statuspage". Written down: title, url,
  impact (the word of the colour class), date (the start, full ISO datetime UTC as the props write it), summary (the update text).
* **changelogpage** — a SaaS product changelog (Linear / Vercel / Intercom "Changelog" style, Next.js with
  CSS-module classes): a promo bar, the header, "Changelog" heading with an RSS link and an email subscribe
  box (form, "No spam. Unsubscribe anytime."), a stream of ``article`` entries: a sticky date column with
  ``time[datetime]`` "March 13, 2025", the title link ``h2 > a`` to ``/changelog/<date>-<slug>``, tag pills
  ("New", "Improved", "Fixed", "API", "Integrations") on most, a hero image (``next/image`` with srcset and
  a blur placeholder) on some, paragraphs (the first is the summary), a "Read more →" link; some entries
  are "Fixes and improvements" digests of bullet lists only (no summary, the same title each time), and
  long entries end with their own "Fixes and improvements" sublist; an "Older posts →" / "← Newer posts"
  pager over ``/changelog/page/N/``; a footer. Written down: title, url, date, tags (list, where shown),
  summary (the first paragraph, where there is one), image (the ``src``, where shown).

Run ``uv run python tests/sites/corpus/generate_seventeenth_c.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**.
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import sys
import zlib
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc, slug

SEVENTEENTH_C: dict[str, Callable[[], None]] = {}


def seventeenth_c(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    SEVENTEENTH_C[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _hash(
    text: str, length: int = 5, letters: str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
) -> str:
    """A stable pseudo-random token of ``letters`` (CSS-module suffixes, advisory and incident ids)."""
    number = zlib.crc32(text.encode())
    out = []
    for _ in range(length):
        number, rest = divmod(number * 7919 + 13, len(letters))
        out.append(letters[rest])
    return "".join(out)


# ---------------------------------------------------------------------------------------------------
# advisorydb: a GitHub Advisory Database style list.
# ---------------------------------------------------------------------------------------------------

# (title, cve, severity, score, ecosystem, package, affected, published ISO, label)
AD_ROWS: list[tuple[str, str | None, str, float | None, str, str, str | None, str, str]] = [
    (
        "Prototype Pollution in lodash.mergeWith via constructor payloads",
        "CVE-2025-21801",
        "Critical",
        9.8,
        "npm",
        "lodash.mergewith",
        "< 4.6.3",
        "2025-03-14T19:45:23Z",
        "Reviewed",
    ),
    (
        "Jinja2 sandbox breakout through indirect reference to format method",
        "CVE-2025-27516",
        "Moderate",
        5.4,
        "pip",
        "jinja2",
        "<= 3.1.5",
        "2025-03-13T08:02:11Z",
        "Reviewed",
    ),
    (
        "Malicious code in noblox.js-proxy-server (npm)",
        None,
        "Critical",
        None,
        "npm",
        "noblox.js-proxy-server",
        None,
        "2025-03-12T22:17:40Z",
        "Malware",
    ),
    (
        "Next.js allows authorization bypass in middleware",
        "CVE-2025-29927",
        "Critical",
        9.1,
        "npm",
        "next",
        ">= 11.1.4, < 12.3.5",
        "2025-03-11T17:33:02Z",
        "Reviewed",
    ),
    (
        "Apache Tomcat: Potential RCE and/or information disclosure via partial PUT",
        "CVE-2025-24813",
        "Critical",
        9.8,
        "Maven",
        "org.apache.tomcat:tomcat-catalina",
        None,
        "2025-03-10T12:30:58Z",
        "Reviewed",
    ),
    (
        "golang.org/x/net vulnerable to HTML injection in tokenizer",
        "CVE-2025-22872",
        "Moderate",
        None,
        "Go",
        "golang.org/x/net",
        "< 0.38.0",
        "2025-03-07T20:04:45Z",
        "Reviewed",
    ),
    (
        "Rack has a Local File Inclusion in Rack::Static",
        "CVE-2025-27610",
        "High",
        7.5,
        "RubyGems",
        "rack",
        None,
        "2025-03-06T15:48:19Z",
        "Reviewed",
    ),
    (
        "Denial of service in image decoding of `image-rs` GIF frames",
        None,
        "Low",
        None,
        "Rust",
        "image",
        "< 0.25.6",
        "2025-03-05T09:12:37Z",
        "Unreviewed",
    ),
    (
        "Symfony allows changing the HTTP method via a crafted header",
        "CVE-2025-26211",
        "High",
        None,
        "Composer",
        "symfony/http-foundation",
        None,
        "2025-03-04T11:27:03Z",
        "Reviewed",
    ),
    (
        "Axios vulnerable to SSRF and credential leakage via absolute URL",
        "CVE-2025-27152",
        "High",
        7.7,
        "npm",
        "axios",
        ">= 1.0.0, < 1.8.2",
        "2025-03-03T18:59:51Z",
        "Reviewed",
    ),
    (
        "Microsoft Security Advisory: .NET Remote Code Execution",
        "CVE-2025-24070",
        "High",
        8.1,
        "NuGet",
        "Microsoft.AspNetCore.Identity",
        None,
        "2025-03-02T02:15:00Z",
        "Reviewed",
    ),
    (
        "Django denial-of-service in django.utils.text.wrap()",
        "CVE-2025-26699",
        "Moderate",
        5.3,
        "pip",
        "django",
        ">= 5.1, < 5.1.7",
        "2025-02-28T16:40:26Z",
        "Reviewed",
    ),
    (
        "Vite dev server bypasses server.fs.deny with ?raw??",
        "CVE-2025-30208",
        "Moderate",
        None,
        "npm",
        "vite",
        None,
        "2025-02-27T13:22:09Z",
        "Reviewed",
    ),
    (
        "Malicious code in ts-log-helper (npm)",
        None,
        "Critical",
        None,
        "npm",
        "ts-log-helper",
        None,
        "2025-02-26T07:51:33Z",
        "Malware",
    ),
    (
        "Spring Security authorization bypass for method security annotations on parameterized types",
        "CVE-2025-22223",
        "Moderate",
        5.3,
        "Maven",
        "org.springframework.security:spring-security-core",
        None,
        "2025-02-25T21:08:44Z",
        "Reviewed",
    ),
    (
        "Pillow buffer overflow when writing large BCn-encoded images",
        "CVE-2025-24798",
        "High",
        None,
        "pip",
        "pillow",
        "= 11.2.0",
        "2025-02-24T10:36:12Z",
        "Unreviewed",
    ),
    (
        "tokio broadcast channel calls clone in parallel without Sync bound",
        None,
        "Low",
        3.1,
        "Rust",
        "tokio",
        None,
        "2025-02-21T19:19:55Z",
        "Reviewed",
    ),
    (
        "Guzzle cross-domain cookie leakage",
        "CVE-2025-21617",
        "High",
        7.4,
        "Composer",
        "guzzlehttp/guzzle",
        "< 7.4.5",
        "2025-02-20T14:03:21Z",
        "Reviewed",
    ),
    (
        "Nokogiri updates packaged libxml2 to resolve use-after-free",
        "CVE-2025-24928",
        "High",
        None,
        "RubyGems",
        "nokogiri",
        None,
        "2025-02-19T08:44:07Z",
        "Reviewed",
    ),
    (
        "Arbitrary file write in Gradle Wrapper validation action",
        None,
        "Moderate",
        6.1,
        "GitHub Actions",
        "gradle/wrapper-validation-action",
        None,
        "2025-02-18T23:59:10Z",
        "Unreviewed",
    ),
    (
        "Cross-site scripting in @angular/platform-server via innerHTML",
        "CVE-2025-23001",
        "Moderate",
        None,
        "npm",
        "@angular/platform-server",
        "< 19.1.4",
        "2025-02-17T16:11:52Z",
        "Reviewed",
    ),
    (
        "Swift NIO HTTP/2 crash on malformed HEADERS frames",
        "CVE-2025-25010",
        "High",
        7.5,
        "Swift",
        "github.com/apple/swift-nio-http2",
        None,
        "2025-02-14T12:00:00Z",
        "Reviewed",
    ),
    (
        "Erlang/OTP SSH unauthenticated remote code execution",
        "CVE-2025-32433",
        "Critical",
        10.0,
        "Erlang",
        "ssh",
        "< 27.3.3",
        "2025-02-13T05:37:29Z",
        "Reviewed",
    ),
    (
        "Plug allows open redirect via double slash in path",
        None,
        "Low",
        None,
        "Erlang",
        "plug",
        None,
        "2025-02-12T17:25:48Z",
        "Unreviewed",
    ),
]
AD_PAGES = [10, 9, 5]
AD_NOW = datetime(2025, 3, 16, 9, 0, tzinfo=UTC)
AD_SEVERITY_CLASS = {
    "Critical": "Label--danger",
    "High": "Label--severe",
    "Moderate": "Label--attention",
    "Low": "Label--secondary",
}
AD_ECOSYSTEMS = [
    ("Composer", 4_412),
    ("Erlang", 38),
    ("GitHub Actions", 121),
    ("Go", 2_018),
    ("Maven", 5_207),
    ("npm", 3_861),
    ("NuGet", 671),
    ("pip", 3_390),
    ("Pub", 12),
    ("RubyGems", 905),
    ("Rust", 880),
    ("Swift", 37),
]


def _ad_ghsa(title: str) -> str:
    token = _hash(title, 12, "23456789cfghjmpqrvwx")
    return f"GHSA-{token[:4]}-{token[4:8]}-{token[8:]}"


def _ad_when(iso: str) -> str:
    """The server-rendered text of a ``relative-time``: a relative phrase for the last days, a date before."""
    moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    days = (AD_NOW - moment).days
    if days < 1:
        return f"{int((AD_NOW - moment).total_seconds() // 3600)} hours ago"
    if days < 4:
        return "yesterday" if days == 1 else f"{days} days ago"
    return f"{moment:%b} {moment.day}, {moment.year}"


def _ad_href(number: int) -> str:
    return "/advisories/" if number == 1 else f"/advisories/?page={number}"


def _ad_row(row: tuple[str, str | None, str, float | None, str, str, str | None, str, str], s: Site) -> str:
    title, cve, severity, score, ecosystem, package, affected, published, label = row
    ghsa = _ad_ghsa(title)
    s.expect(
        {
            "title": title,
            "url": f"/advisories/{ghsa}",
            "id": ghsa,
            "cve": cve,
            "severity": severity,
            "score": score,
            "ecosystem": ecosystem,
            "package": package,
            "date": published[:10],
        }
    )
    score_html = (
        f' <span class="text-small color-fg-muted text-mono" title="CVSS base score">{score:.1f}</span>'
        if score is not None
        else ""
    )
    label_cls = {"Reviewed": "Label--success", "Unreviewed": "Label--secondary", "Malware": "Label--done"}[label]
    cve_html = f' <span class="color-fg-muted">·</span> <span class="text-bold">{cve}</span>' if cve else ""
    affected_html = (
        f'<div class="text-small color-fg-muted mt-1"><span class="text-semibold">Affected versions:</span> <code class="f6">{esc(affected)}</code></div>'
        if affected
        else ""
    )
    return f"""<div class="Box-row Box-row--focus-gray p-0 js-navigation-item" data-advisory-id="{ghsa}">
  <div class="d-flex flex-items-start p-3">
    <div class="flex-shrink-0 pt-1 pr-2"><svg aria-hidden="true" height="16" viewBox="0 0 16 16" version="1.1" width="16" class="octicon octicon-shield color-fg-muted"><path d="M7.467.133a1.748 1.748 0 0 1 1.066 0l5.25 1.68A1.75 1.75 0 0 1 15 3.48V7c0 1.566-.32 3.182-1.303 4.682"></path></svg></div>
    <div class="flex-auto min-width-0 lh-condensed">
      <a href="/advisories/{ghsa}" class="Link--primary v-align-middle no-underline h4 js-navigation-open" data-hovercard-type="advisory">{esc(title)}</a>
      <span class="Label {AD_SEVERITY_CLASS[severity]} text-bold mr-1 v-align-middle" title="Severity: {severity.lower()}">{severity}<span class="sr-only"> severity</span></span>{score_html}
      <span class="Label {label_cls} v-align-middle ml-1">{label}</span>
      <div class="mt-1 text-small color-fg-muted">
        <span class="text-bold">{ghsa}</span>{cve_html}
        was published for <span class="text-bold">{esc(ecosystem)}</span> · <a class="Link--muted" href="/advisories/?query=affects%3A{esc(package)}">{esc(package)}</a>
        <relative-time datetime="{published}" class="no-wrap" tense="past">{_ad_when(published)}</relative-time>
      </div>
      {affected_html}
    </div>
    <div class="flex-shrink-0 d-none d-md-block text-right"><a class="Link--muted text-small" href="/advisories/{ghsa}#references" aria-label="References for {ghsa}"><svg aria-hidden="true" height="16" width="16" class="octicon octicon-link"><path d="m7.775 3.275"></path></svg></a></div>
  </div>
</div>"""


def _ad_pager(number: int, total: int) -> str:
    prev = (
        f'<a class="previous_page" rel="prev" aria-label="Previous Page" href="{_ad_href(number - 1)}">Previous</a>'
        if number > 1
        else '<span class="previous_page disabled" aria-disabled="true">Previous</span>'
    )
    nxt = (
        f'<a class="next_page" rel="next" aria-label="Next Page" href="{_ad_href(number + 1)}">Next</a>'
        if number < total
        else '<span class="next_page disabled" aria-disabled="true">Next</span>'
    )
    links = "".join(
        f'<em class="current" data-total-pages="{total}" aria-current="page">{n}</em>'
        if n == number
        else f'<a aria-label="Page {n}" href="{_ad_href(n)}">{n}</a>'
        for n in range(1, total + 1)
    )
    return f'<nav class="paginate-container d-none d-sm-flex flex-sm-justify-center" aria-label="Pagination"><div role="navigation" aria-label="Pagination" class="pagination">{prev}{links}{nxt}</div></nav>'


def _ad_filters() -> str:
    sev = [("Critical", 1_204), ("High", 6_118), ("Moderate", 9_870), ("Low", 2_341)]
    sev_html = "".join(
        f'<a class="filter-item" href="/advisories/?query=severity%3A{name.lower()}"><span class="count">{count:,}</span>{name}</a>'
        for name, count in sev
    )
    eco_html = "".join(
        f'<a class="filter-item" href="/advisories/?query=ecosystem%3A{slug(name)}"><span class="count">{count:,}</span>{esc(name)}</a>'
        for name, count in AD_ECOSYSTEMS
    )
    return f"""<div class="col-12 col-md-3 float-left pr-md-4">
  <nav class="menu" aria-label="Advisory types"><a class="menu-item selected" aria-current="page" href="/advisories/?query=type%3Areviewed">GitHub reviewed <span class="Counter">21,533</span></a><a class="menu-item" href="/advisories/?query=type%3Aunreviewed">Unreviewed <span class="Counter">249,112</span></a><a class="menu-item" href="/advisories/?query=type%3Amalware">Malware <span class="Counter">14,902</span></a></nav>
  <h3 class="h6 color-fg-muted mt-4 mb-2">Severity</h3><nav class="filter-list small" aria-label="Severity">{sev_html}</nav>
  <h3 class="h6 color-fg-muted mt-4 mb-2">Ecosystems</h3><nav class="filter-list small" aria-label="Ecosystems">{eco_html}</nav>
  <h3 class="h6 color-fg-muted mt-4 mb-2">CWEs</h3><form action="/advisories/" class="mb-3"><input class="form-control input-sm width-full" name="query" placeholder="e.g. CWE-79" aria-label="Filter by CWE"/></form>
  <p class="text-small color-fg-muted">Advisories are published under <a href="https://creativecommons.org/licenses/by/4.0/">CC-BY 4.0</a>.</p>
</div>"""


def _ad_page(number: int, total: int, rows: list[tuple[Any, ...]], s: Site) -> str:
    body = "\n".join(_ad_row(row, s) for row in rows)
    first = sum(AD_PAGES[: number - 1]) + 1
    return f"""<!DOCTYPE html>
<html lang="en" data-color-mode="auto" data-light-theme="light" data-dark-theme="dark"><head><meta charset="utf-8"/><title>GitHub Advisory Database{"" if number == 1 else f" · Page {number}"}</title>
<meta name="description" content="Security vulnerability database inclusive of CVEs and GitHub originated security advisories from the world of open source software."/>
<link crossorigin="anonymous" media="all" rel="stylesheet" href="/assets/primer-react-css.5c2b7e1a.css"/><link rel="stylesheet" href="/assets/global-4f1a9e22b1.css"/></head>
<body class="logged-out env-production page-responsive">
<div class="position-relative js-header-wrapper"><a href="#start-of-content" class="px-2 py-4 color-bg-accent-emphasis color-fg-on-emphasis show-on-focus js-skip-to-content">Skip to content</a>
<header class="HeaderMktg header-logged-out js-details-container js-header Details f4 py-3" role="banner"><div class="container-xl d-flex flex-items-center"><a class="mr-lg-3 color-fg-inherit flex-order-2" href="https://github.example/" aria-label="Homepage"><svg height="32" aria-hidden="true" viewBox="0 0 24 24" width="32" class="octicon octicon-mark-github"><path d="M12 1C5.923 1 1 5.923 1 12"></path></svg></a>
<nav aria-label="Global" class="flex-1"><ul class="list-style-none d-flex"><li class="HeaderMenu-item"><button type="button" class="HeaderMenu-link border-0 width-full width-lg-auto px-0 px-lg-2 py-lg-2 no-wrap d-flex flex-items-center flex-justify-between js-details-target" aria-expanded="false">Product</button></li><li class="HeaderMenu-item"><button type="button" class="HeaderMenu-link" aria-expanded="false">Solutions</button></li><li class="HeaderMenu-item"><button type="button" class="HeaderMenu-link" aria-expanded="false">Resources</button></li><li class="HeaderMenu-item"><a class="HeaderMenu-link no-underline" href="/pricing">Pricing</a></li></ul></nav>
<div class="d-flex flex-items-center"><a href="/login?return_to=%2Fadvisories" class="HeaderMenu-link HeaderMenu-link--sign-in flex-shrink-0 no-underline">Sign in</a><a href="/signup?ref_cta=Sign+up&amp;source=header" class="HeaderMenu-link HeaderMenu-link--sign-up flex-shrink-0 d-flex flex-items-center no-underline border color-border-default rounded px-2 py-1">Sign up</a></div></div></header></div>
<div id="start-of-content" class="show-on-focus"></div>
<div class="flash flash-full flash-notice"><div class="px-2"><button class="flash-close js-flash-close" type="button" aria-label="Dismiss this message"><svg aria-hidden="true" height="16" width="16" class="octicon octicon-x"><path d="M3.72 3.72"></path></svg></button>Sign up for free to get notified about new advisories for the packages you depend on. <a href="/signup?source=advisories">Sign up for free</a></div></div>
<main id="js-pjax-container"><div class="container-lg p-responsive pt-4 pb-6">
<div class="d-flex flex-justify-between flex-items-center mb-3"><h1 class="h2 lh-condensed">GitHub Advisory Database</h1><a class="btn btn-sm" href="https://docs.github.example/code-security/security-advisories/working-with-global-security-advisories-from-the-github-advisory-database/about-the-github-advisory-database">Learn more</a></div>
<p class="color-fg-muted f5 mb-4">Security vulnerability database inclusive of CVEs and GitHub originated security advisories from the world of open source software.</p>
<div class="Box color-bg-subtle p-3 mb-4 d-flex flex-items-center"><svg aria-hidden="true" height="24" width="24" class="octicon octicon-dependabot mr-3"><path d="M12 1"></path></svg><div class="flex-auto"><strong>Dependabot alerts</strong><p class="mb-0 text-small color-fg-muted">Get notified when one of your dependencies has a vulnerability. Free for public repositories.</p></div><a class="btn btn-primary btn-sm" href="/features/security">Enable Dependabot</a></div>
<form class="subnav-search ml-0 mb-4" action="/advisories/" accept-charset="UTF-8" method="get" role="search"><input type="text" name="query" id="query" value="type:reviewed published:&gt;2025-02-10" class="form-control subnav-search-input width-full input-contrast" placeholder="Search by CVE/GHSA ID, package, severity, ecosystem, credit…" aria-label="Search advisories"/><svg aria-hidden="true" height="16" width="16" class="octicon octicon-search subnav-search-icon"><path d="M10.68 11.74"></path></svg></form>
<div class="d-md-flex">{_ad_filters()}
<div class="col-12 col-md-9 float-left">
<div class="Box">
  <div class="Box-header d-flex flex-items-center flex-justify-between"><h2 class="Box-title">{len(AD_ROWS)} advisories</h2><span class="color-fg-muted text-small">Showing {first}–{first + len(rows) - 1}</span>
    <div class="d-flex"><details class="details-reset details-overlay select-menu ml-3"><summary class="btn-link Link--muted select-menu-button" aria-haspopup="menu">Ecosystem</summary><details-menu class="select-menu-modal position-absolute right-0" role="menu"><div class="select-menu-list">{"".join(f'<a class="select-menu-item" role="menuitemradio" aria-checked="false" href="/advisories/?query=ecosystem%3A{slug(n)}"><span class="select-menu-item-text">{esc(n)}</span></a>' for n, _ in AD_ECOSYSTEMS)}</div></details-menu></details><details class="details-reset details-overlay select-menu ml-3"><summary class="btn-link Link--muted select-menu-button" aria-haspopup="menu">Sort</summary><details-menu class="select-menu-modal position-absolute right-0" role="menu"><div class="select-menu-list"><a class="select-menu-item" role="menuitemradio" aria-checked="true" href="/advisories/?query=sort%3Apublished-desc">Newest</a><a class="select-menu-item" role="menuitemradio" aria-checked="false" href="/advisories/?query=sort%3Apublished-asc">Oldest</a><a class="select-menu-item" role="menuitemradio" aria-checked="false" href="/advisories/?query=sort%3Aupdated-desc">Recently updated</a></div></details-menu></details></div>
  </div>
{body}
</div>
{_ad_pager(number, total)}
<p class="text-small color-fg-muted text-center mt-3"><svg aria-hidden="true" height="16" width="16" class="octicon octicon-light-bulb"><path d="M8 1.5"></path></svg> <strong>ProTip!</strong> Search for advisories that affect a package with <code>affects:</code> followed by its name.</p>
</div></div>
</div></main>
<footer class="footer pt-8 pb-6 f6 color-fg-muted p-responsive" role="contentinfo"><div class="d-flex flex-justify-center"><span>© 2025 GitHub, Inc.</span><nav aria-label="Footer"><ul class="list-style-none d-flex"><li class="mx-2"><a class="Link--secondary" href="/site/terms">Terms</a></li><li class="mx-2"><a class="Link--secondary" href="/site/privacy">Privacy</a></li><li class="mx-2"><a class="Link--secondary" href="/security">Security</a></li><li class="mx-2"><a class="Link--secondary" href="https://www.githubstatus.example/">Status</a></li><li class="mx-2"><a class="Link--secondary" href="/contact">Contact</a></li></ul></nav></div></footer>
<script crossorigin="anonymous" defer="defer" type="application/javascript" src="/assets/relative-time-element-7e3a1c.js"></script>
</body></html>"""


@seventeenth_c
def build_advisorydb() -> None:
    s = Site(
        "advisorydb",
        kind="security advisory database list (GitHub Advisory Database 2024–25, Primer: Box-row rows with a Link--primary title, severity Label 'Critical' + hidden ' severity' and a CVSS score '9.8' on some, 'Reviewed' / 'Unreviewed' / 'Malware' labels, meta line 'GHSA-… · CVE-… was published for npm · lodash' + relative-time[datetime] with 'Mar 3, 2025' or '3 days ago', 'Affected versions:' on some, filter sidebar of counts, div.pagination ?page=N)",
        start="advisories/",
        description="A GitHub Advisory Database style list (/advisories/, logged out, Primer classes 2024–25): the marketing header, a sign-up flash, a Dependabot promo box, a search input, a sidebar of type tabs with Counter spans, Severity / Ecosystems filter-item links with span.count '1,204' and a CWE input; a Box with '24 advisories', 'Showing 1–10', Ecosystem / Sort select menus; Box-row rows: a shield octicon, the title link /advisories/GHSA-xxxx-xxxx-xxxx, a severity Label ('Critical', 'High', 'Moderate', 'Low' with an sr-only ' severity') followed on some by the CVSS score ('9.8'), a 'Reviewed' / 'Unreviewed' / 'Malware' Label, the meta line 'GHSA-… · CVE-… was published for <b>npm</b> · <a>lodash</a>' with relative-time[datetime] ('2 days ago' / 'yesterday' for the newest, 'Mar 3, 2025' before; no CVE on malware and some others), an 'Affected versions: < 4.17.21' line on some, an icon-only references link; ten rows a page (9, then 5), div.pagination with Previous / em.current / numbered links / Next over ?page=N; a ProTip, the footer. Written down: title, url, id (GHSA), cve (where shown), severity, score (where shown), ecosystem, package, date (the day of datetime).",
    )
    pages = chunks(AD_ROWS, AD_PAGES)
    for number, rows in enumerate(pages, 1):
        path = "advisories/index.html" if number == 1 else _ad_href(number).lstrip("/").replace("?", "@")
        s.list_page(path, _ad_page(number, len(pages), rows, s))
    s.finish()


# ---------------------------------------------------------------------------------------------------
# statushistory: an Atlassian Statuspage incident history.
# ---------------------------------------------------------------------------------------------------

# (title, impact, start ISO (UTC), end ISO (UTC), label, update text)
SH_INCIDENTS: list[tuple[str, str, str, str, str, str]] = [
    (
        "Elevated API error rates in EU region",
        "major",
        "2025-03-27T14:02",
        "2025-03-27T15:40",
        "Resolved",
        "This incident has been resolved. A faulty load balancer configuration was rolled back and error rates are back to normal.",
    ),
    (
        "Delayed webhook deliveries",
        "minor",
        "2025-03-19T08:15",
        "2025-03-19T09:02",
        "Resolved",
        "Webhook deliveries have caught up with the backlog and are being delivered in real time.",
    ),
    (
        "Scheduled database maintenance",
        "maintenance",
        "2025-03-16T02:00",
        "2025-03-16T04:00",
        "Completed",
        "The scheduled maintenance has been completed.",
    ),
    (
        "Dashboard login failures for SSO users",
        "critical",
        "2025-03-03T21:47",
        "2025-03-04T00:31",
        "Postmortem",
        "We have published a postmortem describing the expired SAML signing certificate that caused this outage and the monitoring we are adding.",
    ),
    (
        "Increased latency for search queries",
        "minor",
        "2025-02-21T11:30",
        "2025-02-21T12:05",
        "Resolved",
        "Search latency has returned to normal after we added capacity to the indexing cluster.",
    ),
    (
        "Email notifications delayed",
        "none",
        "2025-02-11T16:20",
        "2025-02-11T18:45",
        "Resolved",
        "All queued notification emails have been sent. No emails were lost.",
    ),
    (
        "Partial outage of file uploads",
        "major",
        "2025-02-04T09:58",
        "2025-02-04T11:12",
        "Resolved",
        "Uploads are working again for all customers. Files that failed during the incident need to be uploaded again.",
    ),
    (
        "Degraded performance of mobile push notifications",
        "minor",
        "2025-01-08T19:03",
        "2025-01-08T20:40",
        "Resolved",
        "Push notifications are being delivered normally after our provider resolved an issue on their side.",
    ),
    (
        "Status page subscriptions not sending",
        "none",
        "2025-01-02T10:12",
        "2025-01-02T10:55",
        "Resolved",
        "Subscription emails for status updates are being sent again.",
    ),
    (
        "Major outage of the REST API",
        "critical",
        "2024-12-18T06:41",
        "2024-12-18T08:19",
        "Postmortem",
        "Our postmortem is now available: a database failover did not complete and API requests timed out for 98 minutes.",
    ),
    (
        "Billing page unavailable",
        "minor",
        "2024-12-09T13:26",
        "2024-12-09T13:58",
        "Resolved",
        "The billing page is available again. No payments were affected.",
    ),
    (
        "Scheduled network maintenance",
        "maintenance",
        "2024-12-01T01:00",
        "2024-12-01T03:30",
        "Completed",
        "The scheduled maintenance has been completed.",
    ),
    (
        "Slow CSV exports",
        "none",
        "2024-11-30T23:10",
        "2024-12-01T02:15",
        "Resolved",
        "Exports are completing within normal times after the export workers were scaled up.",
    ),
    (
        "Intermittent 502 errors on app.example.com",
        "major",
        "2024-11-14T17:05",
        "2024-11-14T17:52",
        "Resolved",
        "A bad deploy of our edge proxy was reverted and 502 errors have stopped.",
    ),
    (
        "Integrations sync delayed",
        "minor",
        "2024-10-22T07:44",
        "2024-10-22T10:30",
        "Resolved",
        "Integrations have finished syncing and are up to date.",
    ),
    (
        "Elevated error rates for GraphQL API",
        "major",
        "2024-10-03T15:12",
        "2024-10-03T16:01",
        "Resolved",
        "Error rates for the GraphQL API have returned to normal levels.",
    ),
    (
        "Scheduled maintenance of the reporting service",
        "maintenance",
        "2024-09-29T03:00",
        "2024-09-29T05:00",
        "Completed",
        "Reporting is available again. The maintenance has been completed.",
    ),
    (
        "Two-factor SMS codes delayed in some countries",
        "minor",
        "2024-09-12T12:18",
        "2024-09-12T14:47",
        "Resolved",
        "SMS codes are being delivered normally. Authenticator apps were not affected.",
    ),
    (
        "Outage of real-time collaboration",
        "critical",
        "2024-08-20T10:33",
        "2024-08-20T11:26",
        "Resolved",
        "Real-time collaboration is restored. Edits made during the outage were saved once connections recovered.",
    ),
    (
        "Webhook signature verification failures",
        "major",
        "2024-09-04T18:22",
        "2024-09-04T19:10",
        "Resolved",
        "Webhook signatures are valid again after a key rotation was completed on all delivery nodes.",
    ),
    (
        "Delayed data in analytics dashboards",
        "none",
        "2024-08-27T05:15",
        "2024-08-27T09:40",
        "Resolved",
        "Analytics dashboards are showing up-to-date data again.",
    ),
    (
        "Degraded performance for audit log search",
        "none",
        "2024-08-06T20:10",
        "2024-08-06T21:02",
        "Resolved",
        "Audit log search performance is back to normal.",
    ),
]
SH_QUARTERS = [
    [(2025, 3), (2025, 2), (2025, 1)],
    [(2024, 12), (2024, 11), (2024, 10)],
    [(2024, 9), (2024, 8), (2024, 7)],
]
SH_MONTHS = [
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


def _sh_href(number: int) -> str:
    return "/history/" if number == 1 else f"/history/?page={number}"


def _sh_code(title: str) -> str:
    return _hash(title, 12, "0123456789abcdefghijklmnopqrstuvwxyz")


def _sh_incident(row: tuple[str, str, str, str, str, str], s: Site) -> str:
    title, impact, start_iso, end_iso, label, text = row
    start, end = datetime.fromisoformat(start_iso), datetime.fromisoformat(end_iso)
    code = _sh_code(title)
    s.expect(
        {
            "title": title,
            "url": f"/incidents/{code}",
            "impact": impact,
            "date": f"{start_iso}:00.000Z",
            "summary": text,
        }
    )
    end_day = f'{end:%b} <var data-var="date">{end.day}</var>, ' if end.date() != start.date() else ""
    unix = int(start.replace(tzinfo=UTC).timestamp()) * 1000
    return f"""<div class="incident-container">
  <div class="incident-title font-large"><a class="impact-{impact}" href="/incidents/{code}">{esc(title)}</a></div>
  <div class="incident-message font-regular"><strong>{label}</strong> - {esc(text)}</div>
  <div class="secondary font-small color-secondary"><span data-datetime-unix="{unix}" data-time-zone="Etc/UTC" class="timestamp">{start:%b} <var data-var="date">{start.day}</var>, <var data-var="time">{start:%H:%M}</var></span> - <span class="timestamp">{end_day}<var data-var="time">{end:%H:%M}</var></span> UTC</div>
</div>"""


def _sh_props(number: int) -> dict[str, Any]:
    """The props the React history component hydrates from (Rails JSON: ISO times with milliseconds)."""
    months = []
    for year, month in SH_QUARTERS[number - 1]:
        rows = [r for r in SH_INCIDENTS if r[2].startswith(f"{year}-{month:02d}")]
        incidents = [
            {
                "code": _sh_code(r[0]),
                "name": r[0],
                "impact": r[1],
                "created_at": f"{r[2]}:00.000Z",
                "resolved_at": f"{r[3]}:00.000Z",
            }
            for r in rows
        ]
        months.append({"name": SH_MONTHS[month - 1], "year": year, "incidents": incidents})
    return {"months": months, "show_component_filter": True, "page": number}


def _sh_page(number: int, total: int, s: Site) -> str:
    months = []
    for year, month in SH_QUARTERS[number - 1]:
        rows = [r for r in SH_INCIDENTS if r[2].startswith(f"{year}-{month:02d}")]
        inner = (
            "\n".join(_sh_incident(r, s) for r in rows)
            if rows
            else '<div class="font-small color-secondary">No incidents reported for this month.</div>'
        )
        months.append(
            f'<div class="month"><h4 class="month-title font-largest border-color">{SH_MONTHS[month - 1]} <var data-var="year">{year}</var></h4><div class="incident-list">{inner}</div></div>'
        )
    first, last = SH_QUARTERS[number - 1][-1], SH_QUARTERS[number - 1][0]
    quarter = f"{SH_MONTHS[first[1] - 1][:3]} {first[0]} to {SH_MONTHS[last[1] - 1][:3]} {last[0]}"
    older = (
        f'<a class="previous-page border-color color-secondary" href="{_sh_href(number + 1)}">← Previous</a>'
        if number < total
        else '<span class="previous-page disabled border-color color-secondary">← Previous</span>'
    )
    newer = (
        f'<a class="next-page border-color color-secondary" href="{_sh_href(number - 1)}">Next →</a>'
        if number > 1
        else '<span class="next-page disabled border-color color-secondary">Next →</span>'
    )
    components = ["API", "Dashboard", "Webhooks", "Notifications", "Search", "Integrations", "Billing"]
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1.0"/><title>Northwind Cloud Status - Incident History</title>
<link rel="alternate" type="application/atom+xml" href="/history.atom" title="Northwind Cloud Status History Atom Feed"/><link rel="alternate" type="application/rss+xml" href="/history.rss" title="Northwind Cloud Status History RSS Feed"/>
<link rel="stylesheet" media="all" href="https://dka575ofm4ao0.cloudfront.example/assets/status/status_manifest-3c9f0e2a.css"/>
<style>.impact-critical{{color:#e74c3c}}.impact-major{{color:#e67e22}}.impact-minor{{color:#f1c40f}}.impact-none{{color:#333}}.impact-maintenance{{color:#3498db}}</style></head>
<body class="status history index" data-subscriptions-enabled="true">
<div class="layout-content status status-index history-index">
<div class="masthead-container basic"><div class="masthead has-logo"><div class="logo-container"><a href="https://www.northwind.example"><img alt="Northwind Cloud Logo" src="https://dka575ofm4ao0.cloudfront.example/pages-transactional_logos/retina/2041/logo.png"/></a></div>
<div class="updates-dropdown-container"><div class="show-updates-dropdown font-regular" tabindex="0" role="button" aria-haspopup="true">Subscribe to Updates</div>
<div class="updates-dropdown" style="display:none;" hidden=""><div class="updates-dropdown-nav"><a class="subscribe-nav-email active" href="#"><span class="icon-container email"></span></a><a class="subscribe-nav-sms" href="#"><span class="icon-container sms"></span></a><a class="subscribe-nav-slack" href="#"><span class="icon-container slack"></span></a><a class="subscribe-nav-webhook" href="#"><span class="icon-container webhook"></span></a><a class="subscribe-nav-rss" href="#"><span class="icon-container rss"></span></a></div>
<div class="updates-dropdown-section email"><div class="directions">Get email notifications whenever Northwind Cloud <strong>creates</strong>, <strong>updates</strong> or <strong>resolves</strong> an incident.</div><form action="/subscriptions" method="post"><label for="email">Email address:</label><input type="email" id="email" name="email" class="full-width"/><button class="flat-button full-width" type="submit">Subscribe via Email</button></form></div>
<div class="updates-dropdown-section sms" style="display:none"><div class="directions">Get text message notifications whenever Northwind Cloud <strong>creates</strong> or <strong>resolves</strong> an incident.</div><form action="/subscriptions" method="post"><label>Country code:</label><select name="phone_country"><option value="us">United States (+1)</option><option value="gb">United Kingdom (+44)</option><option value="de">Germany (+49)</option></select><label>Phone number:</label><input type="tel" name="phone_number"/><button class="flat-button full-width" type="submit">Subscribe via Text Message</button><div class="small">Message and data rates may apply. By subscribing you agree to the Atlassian Terms of Service, and the Atlassian Privacy Policy.</div></form></div>
</div></div></div></div>
<div class="container">
<div class="page-header"><h4 class="page-title font-largest color-primary">Incident History</h4>
<div class="filter-container"><label class="sr-only" for="component-filter">Filter components</label><select id="component-filter" class="component-filter font-regular"><option value="">All Components</option>{"".join(f"<option>{c}</option>" for c in components)}</select></div></div>
<div class="pagination font-large"><div class="pagination-container">{older}<span class="current border-color"><var data-var="months">{quarter}</var></span>{newer}</div></div>
<div class="months-container" data-react-class="HistoryIndex" data-react-props="{esc(json.dumps(_sh_props(number)))}">
{chr(10).join(months)}
</div>
<div class="pagination font-large"><div class="pagination-container">{older}<span class="current border-color"><var data-var="months">{quarter}</var></span>{newer}</div></div>
</div>
<div class="page-footer"><a href="/">← Current Status</a> <span class="powered-by"><a href="https://www.atlassian.example/software/statuspage?utm_campaign=status.northwind.example&amp;utm_content=SP-notifications&amp;utm_medium=powered-by&amp;utm_source=inapp" target="_blank">Powered by Atlassian Statuspage</a></span></div>
</div>
<script>window.pageColorData = {{"blue":"#3498DB","font":"#333333","green":"#2FCC66","light-font":"#AAAAAA","orange":"#E67E22","red":"#E74C3C","yellow":"#F1C40F"}};</script>
</body></html>"""


@seventeenth_c
def build_statushistory() -> None:
    s = Site(
        "statushistory",
        kind="incident history (Atlassian Statuspage /history: div.month blocks with h4.month-title 'March <var>2025</var>', incident-container with the title link whose colour class is the impact (impact-major / impact-minor / impact-critical / impact-none / impact-maintenance), 'Resolved - …' last-update text, 'Mar <var>3</var>, <var>14:02</var> - 15:40 UTC' without the year, 'No incidents reported for this month.', quarter pager '← Previous' / 'Next →' over ?page=N)",
        start="history/",
        description="An Atlassian Statuspage incident history (/history/, the server-rendered theme): the masthead with the logo and a 'Subscribe to Updates' dropdown (hidden email / SMS / Slack / webhook forms), 'Incident History' with a component filter select, a quarter pager ('← Previous' to the older quarter at ?page=N, 'Jan 2025 to Mar 2025', 'Next →' disabled on the newest) above and below; div.month blocks with h4.month-title 'March <var data-var=year>2025</var>' and an incident-list of div.incident-container: div.incident-title > a[href=/incidents/<code>] whose only impact cue is its colour class (impact-critical, impact-major, impact-minor, impact-none, impact-maintenance), div.incident-message '<strong>Resolved</strong> - <update text>' (Completed for maintenance, Postmortem on some), div.secondary 'Mar <var>27</var>, <var>14:02</var> - <var>15:40</var> UTC' with the end day shown only when it differs (the year only in the month heading); months with 'No incidents reported for this month.'; the months container carries data-react-class=HistoryIndex and data-react-props JSON (code, name, impact, created_at / resolved_at as Rails ISO times with milliseconds, no update text); 3 months a page (9, 7 and 6 incidents), the footer 'Powered by Atlassian Statuspage'. Written down: title, url, impact (the colour class word), date (the start, full ISO datetime UTC), summary (the update text after the label).",
    )
    for number in range(1, len(SH_QUARTERS) + 1):
        path = "history/index.html" if number == 1 else _sh_href(number).lstrip("/").replace("?", "@")
        s.list_page(path, _sh_page(number, len(SH_QUARTERS), s))
    s.finish()


# ---------------------------------------------------------------------------------------------------
# changelogpage: a SaaS product changelog.
# ---------------------------------------------------------------------------------------------------

# (title, ISO day, tags, image?, paragraphs, bullets). A title of "Fixes and improvements" is a digest entry.
CL_FIXES = "Fixes and improvements"
CL_ENTRIES: list[tuple[str, str, list[str], bool, list[str], list[str]]] = [
    (
        "Customer requests",
        "2025-03-13",
        ["New"],
        True,
        [
            "Customer requests bring feedback from support tools straight into your issues, so the team can see who asked for what.",
            "Link a request to an existing issue or create a new one from the Intercom, Zendesk and Front sidebars.",
        ],
        ["Requests show the customer's company and revenue", "Filter issues by number of requests"],
    ),
    (
        CL_FIXES,
        "2025-03-11",
        [],
        False,
        [],
        [
            "Fixed a bug where the cycle graph double-counted moved issues",
            "Markdown tables now paste correctly from Google Docs",
            "Improved loading time of large projects by 30%",
            "The command menu remembers your last search",
        ],
    ),
    (
        "Project updates in Slack",
        "2025-03-06",
        ["Integrations", "Improved"],
        True,
        [
            "Project updates can now be posted automatically to a Slack channel each week, with the health of the project and a short summary."
        ],
        [],
    ),
    (
        "Webhooks for comments and reactions",
        "2025-02-27",
        ["API"],
        False,
        [
            "Webhooks now fire for comment edits, deletions and emoji reactions, and every payload includes the actor who triggered it."
        ],
        ["New `Reaction` webhook resource", "Payloads include `updatedFrom` for edits"],
    ),
    (
        "Dark mode for the desktop app",
        "2025-02-20",
        ["New", "Improved"],
        True,
        [
            "The desktop app follows your system theme and gets a refreshed dark palette with higher contrast for labels and priorities."
        ],
        [],
    ),
    (
        "Faster search",
        "2025-02-13",
        ["Improved"],
        False,
        [
            "Search results now appear as you type, and matches in comments and descriptions are highlighted in the results list."
        ],
        [],
    ),
    (
        CL_FIXES,
        "2025-02-07",
        ["Fixed"],
        False,
        [],
        [
            "Fixed due dates shifting by a day for users west of UTC",
            "Sub-issues keep their order after a bulk move",
            "Fixed a crash when opening an archived project",
        ],
    ),
    (
        "Time in status",
        "2025-01-30",
        ["New"],
        True,
        [
            "See how long an issue spent in each workflow state from the new Time in status panel, and chart the averages across a team."
        ],
        ["Export time in status as CSV", "Available on Business and Enterprise plans"],
    ),
    (
        "Rate limit headers on every API response",
        "2025-01-23",
        ["API"],
        False,
        [
            "Every response of the GraphQL API now carries X-RateLimit-Requests-Remaining and X-RateLimit-Complexity-Remaining headers."
        ],
        [],
    ),
    (
        "Triage responsibility",
        "2025-01-16",
        ["New"],
        True,
        [
            "Assign a rotating triage owner per team, synced from your PagerDuty or Opsgenie schedule, so new issues never sit unattended."
        ],
        [],
    ),
    (
        CL_FIXES,
        "2025-01-09",
        [],
        False,
        [],
        [
            "Emoji picker supports skin tones",
            "Fixed an issue where drafts were lost after signing out",
            "Improved keyboard navigation in the board view",
        ],
    ),
    (
        "Bulk editing from the list view",
        "2024-12-19",
        ["Improved"],
        False,
        [
            "Select issues with shift-click and change their status, assignee, labels or cycle in one go from the new floating toolbar."
        ],
        [],
    ),
    (
        "SAML just-in-time provisioning",
        "2024-12-12",
        ["New", "Fixed"],
        True,
        [
            "Members who sign in through your identity provider are now created automatically with the role you choose for them."
        ],
        ["SCIM group sync is now generally available"],
    ),
    (
        "Zapier actions for projects",
        "2024-12-05",
        ["Integrations"],
        False,
        ["Create and update projects from Zapier, and trigger zaps when a project changes state or gets a new update."],
        [],
    ),
    (
        CL_FIXES,
        "2024-11-28",
        ["Fixed", "Improved"],
        False,
        [],
        [
            "Fixed notification badges not clearing on mobile",
            "Attachments upload in parallel",
            "Copying an issue link includes its title",
        ],
    ),
    (
        "Issue templates with sub-issues",
        "2024-11-21",
        ["New"],
        True,
        [
            "Templates can now include sub-issues, so a single click sets up the whole checklist for a launch or an onboarding."
        ],
        [],
    ),
    (
        "GraphQL API: pagination cursors for history",
        "2024-11-14",
        ["API"],
        False,
        ["The issue history connection now supports cursor pagination and returns up to 250 entries per page."],
        [],
    ),
    (
        "Mobile app: offline mode",
        "2024-11-07",
        ["New", "Improved"],
        True,
        ["The iOS and Android apps keep working without a connection and sync your changes once you are back online."],
        ["Pull to refresh on every list"],
    ),
    (
        "Custom views for projects",
        "2024-10-31",
        ["Improved"],
        False,
        ["Save filters, grouping and ordering of projects as a custom view and share it with your workspace."],
        [],
    ),
    (
        CL_FIXES,
        "2024-10-24",
        [],
        False,
        [],
        ["Fixed a rare sync conflict on estimates", "Improved rendering speed of long comment threads"],
    ),
]
CL_PAGES = [8, 7, 5]


def _cl_css(component: str, name: str) -> str:
    return f"{component}_{name}__{_hash(component + name)}"


def _cl_href(number: int) -> str:
    return "/changelog/" if number == 1 else f"/changelog/page/{number}/"


def _cl_day(iso: str) -> str:
    moment = datetime.fromisoformat(iso)
    return f"{moment:%B} {moment.day}, {moment.year}"


def _cl_entry(row: tuple[str, str, list[str], bool, list[str], list[str]], s: Site) -> str:
    title, day, tags, has_image, paragraphs, bullets = row
    url = f"/changelog/{day}-{slug(title)}"
    image = (
        f"/_next/static/media/changelog-{day}-{slug(title)}.{_hash(title, 8, '0123456789abcdef')}.png"
        if has_image
        else None
    )
    s.expect(
        {
            "title": title,
            "url": url,
            "date": day,
            "tags": tags or None,
            "summary": paragraphs[0] if paragraphs else None,
            "image": image,
        }
    )
    tags_html = (
        f'<ul class="{_cl_css("Tags", "list")}" aria-label="Categories">'
        + "".join(
            f'<li class="{_cl_css("Tag", "tag")} {_cl_css("Tag", slug(t))}"><span class="{_cl_css("Tag", "dot")}" aria-hidden="true"></span>{esc(t)}</li>'
            for t in tags
        )
        + "</ul>"
        if tags
        else ""
    )
    image_html = (
        f'<a href="{url}" class="{_cl_css("ChangelogEntry", "imageLink")}" tabindex="-1" aria-hidden="true"><img alt="" loading="lazy" width="1600" height="900" decoding="async" data-nimg="1" class="{_cl_css("ChangelogEntry", "image")}" style="color:transparent;background-size:cover;background-image:url(&quot;data:image/svg+xml;charset=utf-8,%3Csvg xmlns=%27http://www.w3.org/2000/svg%27%3E%3C/svg%3E&quot;)" srcset="/_next/image?url={image}&amp;w=1920&amp;q=75 1x, /_next/image?url={image}&amp;w=3840&amp;q=75 2x" src="{image}"/></a>'
        if image
        else ""
    )
    paras = "".join(f"<p>{esc(p)}</p>" for p in paragraphs)
    if title == CL_FIXES:
        list_html = "<ul>" + "".join(f"<li>{esc(b)}</li>" for b in bullets) + "</ul>"
        more = ""
    else:
        list_html = (
            (f'<h3 id="fixes-{day}">{CL_FIXES}</h3><ul>' + "".join(f"<li>{esc(b)}</li>" for b in bullets) + "</ul>")
            if bullets
            else ""
        )
        more = f'<a class="{_cl_css("ChangelogEntry", "readMore")}" href="{url}">Read more <span aria-hidden="true">→</span></a>'
    return f"""<article class="{_cl_css("ChangelogEntry", "root")}" id="{day}-{slug(title)}">
  <div class="{_cl_css("ChangelogEntry", "meta")}"><a href="{url}" class="{_cl_css("ChangelogEntry", "dateLink")}"><time dateTime="{day}T00:00:00.000Z">{_cl_day(day)}</time></a></div>
  <div class="{_cl_css("ChangelogEntry", "content")}">
    {image_html}
    <h2 class="{_cl_css("ChangelogEntry", "title")}"><a href="{url}">{esc(title)}</a></h2>
    {tags_html}
    <div class="{_cl_css("Prose", "prose")}">{paras}{list_html}</div>
    {more}
  </div>
</article>"""


def _cl_page(number: int, total: int, rows: list[tuple[Any, ...]], s: Site) -> str:
    body = "\n".join(_cl_entry(row, s) for row in rows)
    newer = (
        f'<a class="{_cl_css("Pager", "link")}" href="{_cl_href(number - 1)}"><span aria-hidden="true">←</span> Newer posts</a>'
        if number > 1
        else "<span></span>"
    )
    older = (
        f'<a class="{_cl_css("Pager", "link")}" href="{_cl_href(number + 1)}">Older posts <span aria-hidden="true">→</span></a>'
        if number < total
        else ""
    )
    subscribe = f"""<aside class="{_cl_css("Subscribe", "root")}"><h2 class="{_cl_css("Subscribe", "title")}">Get the changelog in your inbox</h2><p>A short email every two weeks with what we shipped.</p><form class="{_cl_css("Subscribe", "form")}" action="/api/changelog/subscribe" method="post"><label class="sr-only" for="subscribe-email-{number}">Email</label><input id="subscribe-email-{number}" name="email" type="email" placeholder="you@company.com" required=""/><button type="submit">Subscribe</button></form><p class="{_cl_css("Subscribe", "fine")}">No spam. Unsubscribe anytime.</p></aside>"""
    data = {
        "props": {
            "pageProps": {
                "page": number,
                "totalPages": total,
                "entries": [{"slug": f"{r[1]}-{slug(r[0])}", "publishedAt": r[1]} for r in rows],
            }
        },
        "page": "/changelog/[[...page]]",
        "buildId": "k2Jq8xVb3nRt",
    }
    return f"""<!DOCTYPE html>
<html lang="en" class="__variable_3a0388 __variable_c1e5c9"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/><title>Changelog{"" if number == 1 else f" – Page {number}"} – Northwind</title><meta name="description" content="New features, improvements and fixes to Northwind."/><link rel="alternate" type="application/rss+xml" title="Northwind Changelog" href="/changelog/rss.xml"/><link rel="stylesheet" href="/_next/static/css/8a1f2e4c9b7d.css" data-precedence="next"/></head>
<body><div id="__next">
<div class="{_cl_css("Announcement", "bar")}" role="region" aria-label="Announcement"><a href="/blog/series-c">Northwind raises $82M Series C <span aria-hidden="true">→</span></a><button aria-label="Dismiss announcement" class="{_cl_css("Announcement", "close")}"><svg width="12" height="12" aria-hidden="true"><path d="M1 1l10 10"></path></svg></button></div>
<header class="{_cl_css("Header", "root")}"><nav class="{_cl_css("Header", "nav")}" aria-label="Main"><a href="/" class="{_cl_css("Header", "logo")}" aria-label="Northwind home"><svg width="24" height="24" aria-hidden="true"><circle cx="12" cy="12" r="10"></circle></svg></a><ul class="{_cl_css("Header", "links")}"><li><a href="/features">Features</a></li><li><a href="/method">Method</a></li><li><a href="/customers">Customers</a></li><li><a aria-current="page" href="/changelog/">Changelog</a></li><li><a href="/pricing">Pricing</a></li><li><a href="/contact">Contact</a></li></ul><div class="{_cl_css("Header", "actions")}"><a href="/login">Log in</a><a class="{_cl_css("Button", "primary")}" href="/signup">Sign up</a></div></nav></header>
<main class="{_cl_css("Changelog", "main")}">
<div class="{_cl_css("Changelog", "hero")}"><h1 class="{_cl_css("Changelog", "heading")}">Changelog</h1><p>New updates and improvements to Northwind.</p><a href="/changelog/rss.xml" class="{_cl_css("Changelog", "rss")}" aria-label="RSS feed"><svg width="16" height="16" aria-hidden="true"><path d="M2 2"></path></svg></a><a href="https://x.example/northwindapp" class="{_cl_css("Changelog", "follow")}">Follow us on X</a></div>
{subscribe if number == 1 else ""}
<div class="{_cl_css("Changelog", "entries")}">
{body}
</div>
<nav class="{_cl_css("Pager", "root")}" aria-label="Pagination">{newer}{older}</nav>
{subscribe if number > 1 else ""}
</main>
<footer class="{_cl_css("Footer", "root")}"><div class="{_cl_css("Footer", "columns")}"><div><h3>Product</h3><ul><li><a href="/features">Features</a></li><li><a href="/integrations">Integrations</a></li><li><a href="/changelog/">Changelog</a></li><li><a href="/download">Download</a></li></ul></div><div><h3>Company</h3><ul><li><a href="/about">About</a></li><li><a href="/careers">Careers</a></li><li><a href="/blog">Blog</a></li></ul></div><div><h3>Resources</h3><ul><li><a href="/docs">Docs</a></li><li><a href="/developers">Developers</a></li><li><a href="https://status.northwind.example">Status</a></li></ul></div></div><p class="{_cl_css("Footer", "legal")}">© 2025 Northwind Software, Inc. <a href="/privacy">Privacy</a> <a href="/terms">Terms</a></p></footer>
</div><script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script></body></html>"""


@seventeenth_c
def build_changelogpage() -> None:
    s = Site(
        "changelogpage",
        kind="SaaS product changelog (Linear / Vercel style Next.js 2024–25, CSS-module classes: article entries with a date column time[dateTime] 'March 13, 2025', h2 title link /changelog/<day>-<slug>, tag pills New / Improved / Fixed / API / Integrations on most, a next/image hero on some, first paragraph, 'Read more →', 'Fixes and improvements' digest entries of bullets only, a subscribe box, 'Older posts →' / '← Newer posts' over /changelog/page/N/)",
        start="changelog/",
        description="A SaaS product changelog (Linear / Vercel / Intercom style, Next.js with CSS-module classes such as ChangelogEntry_title__Ab3dE, 2024–25): an announcement bar, the header nav with 'Changelog' current, a hero 'Changelog' with an RSS icon link and 'Follow us on X', an email subscribe box (label, input, Subscribe, 'No spam. Unsubscribe anytime.') above the entries on page one and below them on the others; article entries: a date column whose link to the entry wraps time[dateTime] 'March 13, 2025', a next/image hero (lazy, blur placeholder, srcset over /_next/image) inside an aria-hidden link on some, the h2 title link /changelog/<day>-<slug>, a ul of tag pills with dot spans ('New', 'Improved', 'Fixed', 'API', 'Integrations'; none on some), a prose div of paragraphs and, on long entries, an h3 'Fixes and improvements' sublist, a 'Read more →' link; 'Fixes and improvements' digest entries (the same title each time) of bullets only, without paragraphs or Read more; 8, 7 and 5 entries, '← Newer posts' / 'Older posts →' over /changelog/page/N/; a footer and a __NEXT_DATA__ of slugs and days only. Written down: title, url, date, tags (list, where shown), summary (the first paragraph, where there is one), image (the src, where shown).",
    )
    pages = chunks(CL_ENTRIES, CL_PAGES)
    for number, rows in enumerate(pages, 1):
        s.list_page(_cl_href(number).lstrip("/") + "index.html", _cl_page(number, len(pages), rows, s))
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in SEVENTEENTH_C.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
