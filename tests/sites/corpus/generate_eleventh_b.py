"""Eleventh wave of open corpus sites, part B (issue #3): copies of how three more well-known site families
mark up their lists as they served them in 2024–2025:

* ``remotedesk`` — a RemoteOK category page (``/remote-dev-jobs``): the header with "Post a job", the
  search box and its emoji filter chips, an ``h1`` and its blurb, then one ``table#jobsboard`` whose
  jobs are ``tr.job[data-id][data-company][data-slug][data-url]`` rows: ``td.image`` with a lazy logo
  (or a letter placeholder), ``td.company.position.company_and_position`` holding ``a > h2[itemprop=title]``,
  ``h3[itemprop=name]`` in a company link, ``div.location.tooltip`` chips ("🌏 Worldwide",
  "💰 $80k - $120k" — no salary on some), a ``td.tags`` cell of ``a.action-add-tag > div.tag > h3``
  tag links, ``td.action`` with the Apply button (and "📌 Sticky" / "⭐ Featured" badges on highlighted
  rows), ``td.time > time[datetime]`` reading "3h" / "2d" / "1mo", and a JSON-LD ``JobPosting`` script
  per row (RemoteOK's "Anywhere" address placeholders, a salary range in numbers, the whole
  description); every job row is followed by a hidden ``tr.expand`` holding the description again;
  sticky jobs on top of page 1 only; Carbon ad rows (``tr.ad``) inside the table; a "Load more jobs"
  link to ``?offset=N`` that the infinite-scroll script takes over, the offset pages served whole.
* ``critboard`` — a Metacritic browse list (the 2024 Nuxt redesign,
  ``/browse/game/all/all/current-year/new/``): the global header, a OneTrust cookie banner, leaderboard
  and in-grid ad slots, "Best Video Games of 2025" with filter buttons and a sort select, then
  ``div.c-finderProductCard`` cards whose whole body is one ``a.c-finderProductCard_container``: a lazy
  ``picture``, ``h3.c-finderProductCard_titleHeading`` of two spans ("1." and the title), a meta line of
  the release date ("Mar 14, 2025"), "• Rated M" (missing on some) and the platform, a line-clamped
  description, a Metascore in a colour-classed ``div.c-siteReviewScore_green|_yellow|_red`` with its
  label ("Universal Acclaim"…) or "tbd", a user score out of 10 in the same widget (or "tbd"), a
  Must-Play badge on some; the ``c-navigationPagination`` pager over ``?page=N``; the list again in a
  minified ``window.__NUXT__`` function payload.
* ``modeshelf`` — a Zalando catalogue grid (``/mens-clothing-jackets/``): the header with
  Women / Men / Kids, the consent overlay ("That's OK"), breadcrumbs, "Men's Jackets" and "27 items",
  the category tree and filter buttons, then ``article`` cards of hashed classes (``z5x6ht _0xLoFW
  JT3_zV``…) with BEM flag and heart components: a lazy image link, flags ("-30%", "Deal", "New",
  "Sustainability"), an "Add to wish list" button, ``header`` with two ``h3``\\s (brand, then
  "Name - Type - colour"), the price ("£84.99") or the sale price beside "Originally:" and a struck
  price, "3 colours", and the sizes in stock as spans behind a screen-reader label; "Sponsored" cards
  with the same markup and tracked links in the grid, a promotion tile; the "Page 1 of 3" pager over
  ``?p=N``; the articles again in a rendering-engine hydration script (sponsored ones included).

Run ``uv run python tests/sites/corpus/generate_eleventh_b.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**. They were
written, and measured, before any heuristic was changed for them.
"""

# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc, slug

ELEVENTH_B: dict[str, Callable[[], None]] = {}


def eleventh_b(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    ELEVENTH_B[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _hex(seed: str, length: int = 8) -> str:
    """A stable hash-looking token."""
    return hashlib.sha1(seed.encode()).hexdigest()[:length]


# ---------------------------------------------------------------------------------------------------
# remotedesk: a RemoteOK category page (2024–2025).
# ---------------------------------------------------------------------------------------------------

RD_HOST = "https://remotedesk.example"
RD_NOW = datetime(2025, 3, 14, 9, 0, tzinfo=UTC)


class RemoteJob(NamedTuple):
    job_id: int
    title: str
    company: str
    location: str  # with its emoji, as the chip shows it
    salary: str | None  # "$80k - $120k"
    tags: list[str]
    posted: datetime
    badge: str  # "" / "sticky" / "featured"
    logo: bool


def _rd(
    job_id: int,
    title: str,
    company: str,
    location: str,
    salary: str | None,
    tags: list[str],
    posted: str,
    badge: str = "",
    logo: bool = True,
) -> RemoteJob:
    return RemoteJob(
        job_id, title, company, location, salary, tags, datetime.fromisoformat(posted).replace(tzinfo=UTC), badge, logo
    )


RD_JOBS: list[RemoteJob] = [
    # page 1: two sticky jobs, then the newest
    _rd(
        1089301,
        "Senior Backend Engineer",
        "Lattice Forge",
        "🌏 Worldwide",
        "$120k - $160k",
        ["golang", "backend", "postgres", "senior"],
        "2025-03-04T16:20:11",
        "sticky",
    ),
    _rd(
        1089288,
        "Staff Product Designer",
        "Hollowbrook",
        "🇺🇸 United States",
        "$140k - $180k",
        ["design", "figma", "ux", "senior"],
        "2025-03-06T12:03:40",
        "sticky",
    ),
    _rd(
        1089466,
        "Full Stack Developer (React / Node)",
        "Parcelnest",
        "🌏 Worldwide",
        "$70k - $100k",
        ["react", "node", "typescript", "full stack"],
        "2025-03-14T05:41:27",
    ),
    _rd(
        1089459,
        "DevOps Engineer",
        "Kitewire",
        "🇪🇺 Europe",
        "$80k - $110k",
        ["devops", "kubernetes", "aws", "terraform"],
        "2025-03-13T22:10:05",
        logo=False,
    ),
    _rd(
        1089431,
        "Customer Support Specialist",
        "Brightloom",
        "🌏 Worldwide",
        None,
        ["support", "customer success", "non tech"],
        "2025-03-13T10:02:54",
    ),
    _rd(
        1089420,
        "Senior Data Engineer",
        "Quarry Labs",
        "🇨🇦 Canada",
        "$130k - $150k",
        ["data", "python", "airflow", "senior"],
        "2025-03-12T18:30:00",
        "featured",
    ),
    _rd(
        1089397,
        "iOS Engineer",
        "Tapfield",
        "🌎 Americas",
        "$90k - $130k",
        ["ios", "swift", "mobile"],
        "2025-03-12T09:15:19",
    ),
    _rd(
        1089385,
        "Technical Writer",
        "Docksmith",
        "🌏 Worldwide",
        "$60k - $85k",
        ["writing", "docs", "api"],
        "2025-03-11T14:02:03",
    ),
    _rd(
        1089372,
        "Machine Learning Engineer",
        "Northvale AI",
        "🇬🇧 United Kingdom",
        "$110k - $150k",
        ["machine learning", "python", "pytorch"],
        "2025-03-11T08:45:31",
    ),
    _rd(
        1089360,
        "Head of Growth Marketing",
        "Cobalt & Pine",
        "🌏 Worldwide",
        None,
        ["marketing", "growth", "seo", "exec"],
        "2025-03-10T19:00:12",
        logo=False,
    ),
    # page 2 (?offset=10)
    _rd(
        1089344,
        "Rust Systems Engineer",
        "Ferrous Cloud",
        "🇪🇺 Europe",
        "$100k - $140k",
        ["rust", "systems", "linux"],
        "2025-03-10T07:22:48",
    ),
    _rd(
        1089330,
        "Frontend Engineer (Vue)",
        "Minthouse",
        "🌏 Worldwide",
        "$60k - $90k",
        ["vue", "javascript", "frontend"],
        "2025-03-09T15:40:00",
        "featured",
    ),
    _rd(
        1089318,
        "Site Reliability Engineer",
        "Pagerloft",
        "🇺🇸 United States",
        "$150k - $190k",
        ["sre", "kubernetes", "go", "senior"],
        "2025-03-08T21:05:37",
    ),
    _rd(
        1089302,
        "Sales Development Representative",
        "Ledgerly",
        "🌎 Americas",
        "$50k - $70k",
        ["sales", "saas", "non tech"],
        "2025-03-07T13:18:22",
    ),
    _rd(
        1089297,
        "QA Automation Engineer",
        "Testbeam",
        "🌏 Worldwide",
        None,
        ["qa", "playwright", "typescript"],
        "2025-03-06T10:51:09",
        logo=False,
    ),
    _rd(
        1089281,
        "Android Developer",
        "Ridewell",
        "🇮🇳 India",
        "$30k - $50k",
        ["android", "kotlin", "mobile"],
        "2025-03-05T04:33:16",
    ),
    _rd(
        1089276,
        "Security Engineer",
        "Vaultline",
        "🇪🇺 Europe",
        "$120k - $150k",
        ["security", "cloud", "aws"],
        "2025-03-03T17:12:44",
    ),
    _rd(
        1089260,
        "Product Manager, Payments",
        "Coinpath",
        "🌏 Worldwide",
        "$110k - $140k",
        ["product", "payments", "fintech"],
        "2025-03-01T11:27:30",
    ),
    _rd(
        1089254,
        "Python Developer",
        "Fieldnote",
        "🇩🇪 Germany",
        "$70k - $95k",
        ["python", "django", "backend"],
        "2025-02-27T08:09:55",
    ),
    # page 3 (?offset=19)
    _rd(
        1089239,
        "Engineering Manager",
        "Brightloom",
        "🌏 Worldwide",
        "$160k - $200k",
        ["management", "engineering", "senior"],
        "2025-02-24T16:44:02",
    ),
    _rd(
        1089221,
        "Data Analyst",
        "Quarry Labs",
        "🌎 Americas",
        "$60k - $80k",
        ["data", "sql", "analytics"],
        "2025-02-20T12:00:41",
    ),
    _rd(
        1089217,
        "Shopify Developer",
        "Cartwheel Studio",
        "🌏 Worldwide",
        None,
        ["shopify", "liquid", "ecommerce"],
        "2025-02-18T09:36:18",
        logo=False,
    ),
    _rd(
        1089203,
        "Community Manager",
        "Guildhall Games",
        "🇪🇺 Europe",
        "$45k - $60k",
        ["community", "gaming", "non tech"],
        "2025-02-13T19:58:07",
    ),
    _rd(
        1089188,
        "Elixir Engineer",
        "Phoenixline",
        "🌏 Worldwide",
        "$90k - $120k",
        ["elixir", "backend", "phoenix"],
        "2025-02-07T06:14:50",
    ),
    _rd(
        1089172,
        "Video Editor",
        "Reelcraft",
        "🌏 Worldwide",
        "$40k - $55k",
        ["video", "content", "non tech"],
        "2025-01-30T22:47:13",
    ),
    _rd(
        1089160,
        "Blockchain Engineer",
        "Hashgrove",
        "🌏 Worldwide",
        "$100k - $180k",
        ["web3", "solidity", "crypto"],
        "2025-01-21T14:25:39",
    ),
]
RD_PAGES = [10, 9, 7]

RD_LOCATION_TIPS = {
    "Worldwide": "This job is 100% remote and you can work from anywhere in the world",
    "Europe": "This job is remote but you need to be located in Europe",
    "Americas": "This job is remote but you need to be located in North, Central or South America",
}


def _rd_place(location: str) -> str:
    """The location chip without its emoji ("🌏 Worldwide" → "Worldwide")."""
    return location.split(" ", 1)[1]


def _rd_slug(job: RemoteJob) -> str:
    return f"remote-{slug(job.title)}-{slug(job.company)}-{job.job_id}"


def _rd_age(posted: datetime) -> str:
    """RemoteOK's short age: "3h", "2d", "1mo"."""
    delta = RD_NOW - posted
    hours = int(delta.total_seconds() // 3600)
    if hours < 24:
        return f"{hours}h"
    if delta.days < 30:
        return f"{delta.days}d"
    return f"{delta.days // 30}mo"


def _rd_bounds(salary: str) -> tuple[int, int]:
    low, high = (int(part.strip().strip("$k")) * 1000 for part in salary.split("-"))
    return low, high


def _rd_description(job: RemoteJob) -> str:
    place = _rd_place(job.location)
    return (
        f"{job.company} is hiring a remote {job.title}. You will work with a small, fully distributed team on "
        f"{', '.join(job.tags[:2])} and ship to production from week one. We value written communication, "
        f"autonomy and kindness. This position is open to candidates in {place}."
    )


def _rd_json_ld(job: RemoteJob) -> str:
    data: dict[str, object] = {
        "@context": "http://schema.org",
        "@type": "JobPosting",
        "datePosted": job.posted.isoformat(),
        "description": _rd_description(job),
        "employmentType": "FULL_TIME",
        "hiringOrganization": {
            "@type": "Organization",
            "name": job.company,
            "url": f"{RD_HOST}/remote-companies/{slug(job.company)}",
            "logo": {"@type": "ImageObject", "url": f"{RD_HOST}/assets/img/jobs/{_hex(job.company, 32)}.png"},
        },
        "jobLocation": [
            {
                "address": {
                    "@type": "PostalAddress",
                    "addressCountry": "Anywhere",
                    "addressRegion": "Anywhere",
                    "streetAddress": "Anywhere",
                    "postalCode": "Anywhere",
                    "addressLocality": "Anywhere",
                }
            }
        ],
        "applicantLocationRequirements": {"@type": "Country", "name": "Anywhere"},
        "jobLocationType": "TELECOMMUTE",
        "occupationalCategory": job.title,
        "workHours": "Flexible",
        "title": job.title,
        "validThrough": (job.posted + timedelta(days=90)).isoformat(),
        "industry": "Startups",
        "image": f"{RD_HOST}/assets/img/jobs/{_hex(job.company, 32)}.png",
    }
    if job.salary:
        low, high = _rd_bounds(job.salary)
        data["baseSalary"] = {
            "@type": "MonetaryAmount",
            "currency": "USD",
            "value": {"@type": "QuantitativeValue", "minValue": low, "maxValue": high, "unitText": "YEAR"},
        }
    return json.dumps(data, ensure_ascii=False)


def _rd_row(job: RemoteJob, number: int) -> str:
    slug_ = _rd_slug(job)
    href = f"/remote-jobs/{slug_}"
    classes = f"job job-{job.job_id}"
    style = ""
    if job.badge:
        classes += f" {job.badge} highlight"
        style = ' style="--highlight-color:#fff5cc;background-color:#fff5cc"'
    if job.logo:
        logo = f'<img class="logo lazy" src="/assets/img/loading.svg" data-src="{RD_HOST}/assets/img/jobs/{_hex(job.company, 32)}.png?{job.job_id}" alt="{esc(job.company)}" width="48" height="48">'
    else:
        logo = f'<div class="has-no-logo" style="background-color:#{_hex(job.company, 6)}">{esc(job.company[:1])}</div>'
    place = _rd_place(job.location)
    tip = RD_LOCATION_TIPS.get(place, f"This job is remote but you need to be located in {place}")
    chips = [f'<div class="location tooltip" title="{esc(tip)}">{esc(job.location)}</div>']
    if job.salary:
        chips.append(
            f'<div class="location tooltip" title="The salary range the company says it pays for this job">💰 {esc(job.salary)}</div>'
        )
    tags = "\n        ".join(
        f'<a class="no-border tooltip-set action-add-tag" href="/remote-{slug(tag)}-jobs" title="Browse {esc(tag)} jobs"><div class="tag tag-{n} {slug(tag)}-tag action-add-tag"><h3>{esc(tag)}</h3></div></a>'
        for n, tag in enumerate(job.tags)
    )
    badge = ""
    if job.badge == "sticky":
        badge = '<span class="sticky-badge tooltip" title="This job is pinned to the top">📌 Sticky</span>'
    elif job.badge == "featured":
        badge = '<span class="featured-badge tooltip" title="This job is highlighted">⭐ Featured</span>'
    return f"""
    <tr class="{classes}" data-id="{job.job_id}" data-slug="{slug_}" data-company="{esc(job.company)}" data-url="{href}" data-href="{href}" data-offset="{number}"{style}>
      <td class="image{" has-logo" if job.logo else ""}">
        <a href="{href}" tabindex="-1">{logo}</a>
      </td>
      <td class="company position company_and_position">
        <a class="preventLink" itemprop="url" href="{href}">
          <h2 itemprop="title">{esc(job.title)}</h2>
        </a>
        <span itemprop="hiringOrganization" itemscope itemtype="http://schema.org/Organization"><a class="companyLink" href="/remote-companies/{slug(job.company)}"><h3 itemprop="name">{esc(job.company)}</h3></a></span>
        {"".join(chips)}
      </td>
      <td class="tags">
        {tags}
      </td>
      <td class="action">
        {badge}
        <a class="button action-apply" href="/l/{job.job_id}" rel="nofollow" target="_blank">Apply</a>
        <div class="action-buttons"><a class="action-edit" href="/edit/{job.job_id}" rel="nofollow" title="Edit job">✏️</a><a class="action-report" href="/report/{job.job_id}" rel="nofollow" title="Report job">⚠️</a></div>
      </td>
      <td class="time"><time datetime="{job.posted.isoformat()}">{_rd_age(job.posted)}</time></td>
      <script type="application/ld+json">{_rd_json_ld(job)}</script>
    </tr>
    <tr class="expand expand-{job.job_id}" data-id="{job.job_id}" style="display:none">
      <td colspan="5">
        <div class="description" itemprop="description"><div class="html"><p>{esc(_rd_description(job))}</p>
          <p><strong>Salary and compensation</strong><br>{esc(job.salary + " (USD per year)") if job.salary else "No salary data published by company so we estimated salary based on similar jobs related to " + esc(", ".join(job.tags))}</p>
          <p><strong>Location</strong><br>{esc(place)}</p></div></div>
        <div class="expandContents"><a class="button action-apply" href="/l/{job.job_id}" rel="nofollow">Apply for this position</a>
          <p class="apply-note">👉 Please reference you found the job on Remote Desk, this helps us get more companies to post here, thanks!</p></div>
      </td>
    </tr>"""


RD_ADS = [
    ("Build faster with Neonbase – serverless Postgres that scales to zero. Start free.", "neonbase"),
    ("Ship secure code from day one. Try Codeshield free for 14 days.", "codeshield"),
]


def _rd_ad(index: int) -> str:
    text, advertiser = RD_ADS[index]
    return f"""
    <tr class="ad" data-ad="{advertiser}">
      <td colspan="5">
        <div id="carbonads"><span><span class="carbon-wrap">
          <a href="https://srv.carbonads.example/ads/click/x/GTND42JY?segment=placement:remotedeskcom;" class="carbon-img" target="_blank" rel="noopener sponsored"><img src="https://srv.carbonads.example/static/30242/{_hex(advertiser, 20)}" alt="ads via Carbon" border="0" height="100" width="130" style="max-width:130px"></a>
          <a href="https://srv.carbonads.example/ads/click/x/GTND42JY?segment=placement:remotedeskcom;" class="carbon-text" target="_blank" rel="noopener sponsored">{esc(text)}</a>
        </span><a href="http://carbonads.example/?utm_source=remotedeskcom&amp;utm_medium=ad_via_link&amp;utm_campaign=in_unit&amp;utm_term=carbon" class="carbon-poweredby" target="_blank" rel="noopener sponsored">ads via Carbon</a></span></div>
        <script async type="text/javascript" src="//cdn.carbonads.example/carbon.js?serve=CKYIE23N&amp;placement=remotedeskcom" id="_carbonads_js"></script>
      </td>
    </tr>"""


RD_CHIPS = [
    ("🧑‍💻 Dev", "/remote-dev-jobs"),
    ("🎨 Design", "/remote-design-jobs"),
    ("📈 Marketing", "/remote-marketing-jobs"),
    ("💁 Customer support", "/remote-customer-support-jobs"),
    ("🤝 Sales", "/remote-sales-jobs"),
    ("🛠️ DevOps", "/remote-devops-jobs"),
    ("🤖 AI", "/remote-ai-jobs"),
    ("🌏 Worldwide", "/remote-jobs-worldwide"),
]


def _rd_page(number: int, jobs: list[RemoteJob], offset: int, next_offset: int | None) -> str:
    rows: list[str] = []
    for at, job in enumerate(jobs):
        rows.append(_rd_row(job, offset + at))
        if number == 1 and at == 4:
            rows.append(_rd_ad(0))
        if number == 2 and at == 3:
            rows.append(_rd_ad(1))
    chips = "\n      ".join(f'<a class="tag-filter" href="{href}">{esc(label)}</a>' for label, href in RD_CHIPS)
    if next_offset is not None:
        more = f'<div class="load-more-wrapper"><a class="button load-more" href="/remote-dev-jobs/?offset={next_offset}" data-offset="{next_offset}">Load more jobs ↓</a><img class="loading-spinner" src="/assets/img/loading.svg" alt="" style="display:none"></div>'
    else:
        more = '<div class="load-more-wrapper end"><p>🎉 You have seen all remote dev jobs posted in the last 60 days. <a href="/remote-dev-jobs/?offset=0">Back to the top</a></p></div>'
    canonical = f"{RD_HOST}/remote-dev-jobs" + (f"?offset={offset}" if offset else "")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Remote Dev Jobs in March 2025 💻 {len(RD_JOBS) * 12}+ Remote Developer Jobs | Remote Desk</title>
  <meta name="description" content="Looking for a remote dev job? Remote Desk is the #1 remote job board with remote developer jobs from startups paying in USD.">
  <link rel="canonical" href="{canonical}">
  <link rel="stylesheet" href="/assets/css/styles.css?1741870000">
  <script type="application/ld+json">{{"@context":"https://schema.org","@type":"WebSite","url":"{RD_HOST}/","potentialAction":{{"@type":"SearchAction","target":"{RD_HOST}/remote-{{search_term_string}}-jobs","query-input":"required name=search_term_string"}}}}</script>
  <script async src="https://www.googletagmanager.example/gtag/js?id=G-9QK3R8ZB1L"></script>
</head>
<body class="page-jobs">
  <div class="gdpr-banner" id="gdpr" role="dialog" aria-label="Cookies">
    <p>🍪 We use cookies for analytics and to remember your filters. <a href="/privacy">Privacy policy</a></p>
    <button class="button action-gdpr-accept">Okay</button>
  </div>
  <div class="header">
    <a class="logo" href="/"><img src="/assets/img/logo.svg" alt="Remote Desk" width="36" height="36"> Remote Desk</a>
    <div class="nav">
      <a href="/remote-jobs">🏠 Remote jobs</a>
      <a href="/remote-companies">🏢 Companies</a>
      <a href="/remote-salaries">💰 Salaries</a>
      <a href="/hiring">📈 Stats</a>
      <a href="/login">Log in</a>
      <a class="button action-post-job" href="/hire-remotely">Post a remote job</a>
    </div>
  </div>
  <div class="search-container">
    <form action="/remote-jobs" method="get" class="search-form">
      <input type="text" name="search" id="search" autocomplete="off" placeholder="🔍 Search [type any job title, skill or location]">
    </form>
    <div class="tag-filters">
      {chips}
    </div>
  </div>
  <div class="header-text">
    <h1>Remote Dev Jobs</h1>
    <p>Looking for a remote developer job? Remote Desk lists remote dev jobs from startups and tech companies, hiring worldwide. New jobs every hour.</p>
    <p class="subscribe"><a href="/subscribe?tag=dev">📩 Get a daily email of new remote dev jobs</a> · <a href="/remote-dev-jobs.rss">RSS</a></p>
  </div>
  <div class="container">
    <table id="jobsboard" class="jobsboard">
      <tbody>{"".join(rows)}
      </tbody>
    </table>
    {more}
  </div>
  <div class="footer">
    <div class="footer-links">
      <a href="/about">About</a> · <a href="/faq">FAQ</a> · <a href="/remote-work-statistics">Remote work stats</a> · <a href="/api">API</a> · <a href="/terms">Terms</a> · <a href="/privacy">Privacy</a>
    </div>
    <div class="footer-tags">
      <a href="/remote-javascript-jobs">Remote JavaScript jobs</a> <a href="/remote-python-jobs">Remote Python jobs</a> <a href="/remote-react-jobs">Remote React jobs</a> <a href="/remote-golang-jobs">Remote Golang jobs</a> <a href="/remote-rust-jobs">Remote Rust jobs</a>
    </div>
    <p>© 2025 Remote Desk. Made remotely.</p>
  </div>
  <script src="/assets/js/jquery.min.js"></script>
  <script>
    var offset = {offset + len(jobs)};
    $(window).on('scroll', function () {{
      if ($(window).scrollTop() + $(window).height() > $(document).height() - 1200 && !window.loading) {{
        window.loading = true;
        $.get('/?&action=get_jobs&offset=' + offset, function (html) {{ $('#jobsboard tbody').append(html); offset += 20; window.loading = false; }});
      }}
    }});
    $('.load-more').on('click', function (e) {{ e.preventDefault(); $(window).trigger('scroll'); }});
    $('#jobsboard').on('click', 'tr.job', function (e) {{ if ($(e.target).closest('a').length) return; $('.expand-' + $(this).data('id')).toggle(); }});
    $(function () {{ $('img.lazy').each(function () {{ this.src = $(this).data('src'); }}); }});
  </script>
</body>
</html>"""


@eleventh_b
def build_remotedesk() -> None:
    s = Site(
        "remotedesk",
        kind="job board (RemoteOK 2024–25: one table of tr.job rows, h2 title / h3 company / emoji location and '💰 $80k - $120k' chips, tag links as h3s, time[datetime] '3d', JSON-LD JobPosting per row, hidden expand rows, sticky / featured rows, Carbon ad rows, ?offset=N)",
        start="remote-dev-jobs/",
        description="A RemoteOK category page (2024–2025): a cookie banner, the header with 'Post a remote job', the search box with emoji filter chips, 'Remote Dev Jobs' with a blurb; table#jobsboard of tr.job[data-id][data-slug][data-company][data-url] rows: td.image (lazy logo or a letter placeholder), td.company.position.company_and_position with a > h2[itemprop=title], h3[itemprop=name] in a company link, div.location.tooltip chips ('🌏 Worldwide', '💰 $80k - $120k', no salary on some), td.tags of a.action-add-tag > div.tag > h3 links, td.action with Apply (and '📌 Sticky' / '⭐ Featured' on highlighted rows), td.time > time[datetime] '3h' / '2d' / '1mo', a JSON-LD JobPosting script per row (Anywhere placeholders, baseSalary numbers, the description); each row followed by a hidden tr.expand with the description, 'Salary and compensation' and 'Location'; two sticky jobs on top of page 1 only; Carbon ad rows in the table; a 'Load more jobs' link to /remote-dev-jobs/?offset=N (served whole) taken over by an infinite-scroll script.",
    )
    pages = chunks(RD_JOBS, RD_PAGES)
    offset = 0
    for number, jobs in enumerate(pages, 1):
        next_offset = offset + len(jobs) if number < len(pages) else None
        text = _rd_page(number, jobs, offset, next_offset)
        if number == 1:
            s.list_page("remote-dev-jobs/index.html", text)
            s.write("remote-dev-jobs/@offset=0", text)
        else:
            s.list_page(f"remote-dev-jobs/@offset={offset}", text)
        offset += len(jobs)
    for job in RD_JOBS:
        s.expect(
            {
                "title": job.title,
                "url": f"/remote-jobs/{_rd_slug(job)}",
                "company": job.company,
                "location": _rd_place(job.location),
                "salary": job.salary,
                "tags": job.tags,
                "date": job.posted.date().isoformat(),
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# critboard: a Metacritic browse list (2024–2025 Nuxt redesign).
# ---------------------------------------------------------------------------------------------------

CB_BASE = "/browse/game/all/all/current-year/new/"
CB_IMG = "https://www.critboard.example/a/img/resize/"


class Game(NamedTuple):
    slug: str
    title: str
    released: date
    certificate: str | None  # "M" (shown "Rated M")
    platform: str
    metascore: int | None  # None: "tbd"
    user_score: float | None  # None: "tbd"
    summary: str
    must_play: bool = False


CB_GAMES: list[Game] = [
    Game(
        "tidebreaker",
        "Tidebreaker",
        date(2025, 3, 14),
        "M",
        "PlayStation 5",
        88,
        8.1,
        "A storm-wrecked harbour town hides a cult that worships the tides. Fight your way through flooded streets with a harpoon, a lantern and whatever the sea gives back.",
    ),
    Game(
        "paper-lanterns-of-oru",
        "Paper Lanterns of Oru",
        date(2025, 3, 13),
        "E",
        "Nintendo Switch",
        81,
        8.6,
        "Fold, float and glide through a village of living paper in this gentle puzzle adventure about a lamp-maker's apprentice.",
    ),
    Game(
        "ironclad-tactics-reforged",
        "Ironclad Tactics: Reforged",
        date(2025, 3, 11),
        "T",
        "PC",
        74,
        6.2,
        "The cult turn-based steampunk card battler returns with a rebuilt campaign, online play and every expansion included.",
    ),
    Game(
        "neon-drift-2049",
        "Neon Drift 2049",
        date(2025, 3, 11),
        "E10+",
        "Xbox Series X",
        67,
        5.4,
        "Arcade street racing across a rain-soaked megacity, with a synth soundtrack and a career mode that never quite gets going.",
    ),
    Game(
        "the-last-orchard",
        "The Last Orchard",
        date(2025, 3, 7),
        None,
        "PC",
        92,
        8.9,
        "A farming sim set after the collapse: graft, prune and trade your way to keeping the last apple varieties alive.",
        True,
    ),
    Game(
        "crown-of-ash",
        "Crown of Ash",
        date(2025, 3, 6),
        "M",
        "PlayStation 5",
        90,
        7.7,
        "A punishing action RPG about a deposed queen who returns to a kingdom she burned. Sprawling, cruel and often breathtaking.",
        True,
    ),
    Game(
        "goblin-accountants",
        "Goblin Accountants",
        date(2025, 3, 5),
        "T",
        "PC",
        79,
        8.3,
        "Balance the books of a dungeon economy. Spreadsheet strategy with a surprisingly sharp sense of humour.",
    ),
    Game(
        "starfall-protocol",
        "Starfall Protocol",
        date(2025, 3, 4),
        "T",
        "Xbox Series X",
        58,
        4.1,
        "A squad-based sci-fi shooter whose live-service ambitions swamp a promising campaign.",
    ),
    Game(
        "hollow-kiln",
        "Hollow Kiln",
        date(2025, 2, 28),
        "E10+",
        "Nintendo Switch",
        85,
        None,
        "A hand-drawn metroidvania inside a pottery kiln, where every firing changes the map.",
    ),
    Game(
        "dead-reckoning-76",
        "Dead Reckoning '76",
        date(2025, 2, 27),
        "M",
        "PlayStation 5",
        44,
        3.2,
        "A Cold War submarine thriller undone by clumsy stealth and a story that sinks without trace.",
    ),
    Game(
        "mossy-stones",
        "Mossy Stones",
        date(2025, 2, 25),
        "E",
        "PC",
        None,
        None,
        "Build dry-stone walls across a windswept valley in this meditative construction toy.",
    ),
    Game(
        "velvet-heist",
        "Velvet Heist",
        date(2025, 2, 21),
        "M",
        "PC",
        83,
        7.9,
        "Plan the job, pick the crew, and improvise when it all goes wrong: a stylish 1970s heist roguelite.",
    ),
    Game(
        "kart-kingdom-turbo",
        "Kart Kingdom Turbo",
        date(2025, 2, 20),
        "E",
        "Nintendo Switch",
        76,
        7.2,
        "Forty tracks, sixteen racers and a battle mode that steals the show.",
    ),
    Game(
        "ember-and-oath",
        "Ember & Oath",
        date(2025, 2, 18),
        "T",
        "PlayStation 5",
        71,
        6.8,
        "A tactical RPG of feuding houses whose great writing is buried under grind.",
    ),
    Game(
        "signal-lost",
        "Signal Lost",
        date(2025, 2, 14),
        None,
        "PC",
        87,
        8.8,
        "Decode radio transmissions from a vanished research station in this tense, text-driven mystery.",
    ),
    Game(
        "grove-keepers",
        "Grove Keepers",
        date(2025, 2, 13),
        "E10+",
        "Xbox Series X",
        64,
        None,
        "Co-op forest defence for up to four players, with more ideas than polish.",
    ),
    Game(
        "orbital-freight",
        "Orbital Freight",
        date(2025, 2, 11),
        "E",
        "PC",
        80,
        8.0,
        "Haul cargo between space stations with real orbital mechanics and a cosy cockpit.",
    ),
    Game(
        "blood-moon-rising",
        "Blood Moon Rising",
        date(2025, 2, 7),
        "M",
        "PlayStation 5",
        52,
        5.9,
        "A gothic hack-and-slash with gorgeous art direction and a combat system that never clicks.",
    ),
    Game(
        "pocket-planets",
        "Pocket Planets",
        date(2025, 2, 6),
        "E",
        "Nintendo Switch",
        78,
        8.4,
        "Tiny worlds, big ideas: a physics puzzler about building ecosystems in jars.",
    ),
    Game(
        "the-cartographers-debt",
        "The Cartographer's Debt",
        date(2025, 2, 4),
        "T",
        "PC",
        94,
        9.1,
        "Chart an unknown continent for a creditor who wants every coastline you draw. A narrative masterpiece.",
        True,
    ),
    Game(
        "ultra-striker-25",
        "Ultra Striker 25",
        date(2025, 1, 31),
        "E",
        "Xbox Series X",
        69,
        2.8,
        "This year's football sim adds women's leagues and little else.",
    ),
    Game(
        "fathom-deep",
        "Fathom Deep",
        date(2025, 1, 30),
        "T",
        "PlayStation 5",
        84,
        8.2,
        "An underwater survival game with a real sense of dread below the thermocline.",
    ),
    Game(
        "brick-by-brick-city",
        "Brick by Brick: City",
        date(2025, 1, 28),
        "E",
        "PC",
        None,
        7.4,
        "A colourful city builder made entirely of toy bricks.",
    ),
    Game(
        "nightwatch-precinct",
        "Nightwatch Precinct",
        date(2025, 1, 24),
        "M",
        "PC",
        73,
        7.0,
        "Run a police station in a city of monsters. Clever, grim and a little too long.",
    ),
    Game(
        "sky-whale-sanctuary",
        "Sky Whale Sanctuary",
        date(2025, 1, 23),
        "E",
        "Nintendo Switch",
        82,
        8.7,
        "Care for migrating sky whales in a floating sanctuary. Relaxing and quietly moving.",
    ),
    Game(
        "warfront-1918",
        "Warfront 1918",
        date(2025, 1, 21),
        "M",
        "Xbox Series X",
        38,
        2.1,
        "A First World War shooter with broken matchmaking and little to say about its setting.",
    ),
]
CB_PAGES = [10, 10, 6]


def _cb_colour(score: float, out_of: int) -> str:
    """Metacritic's score colours: green from 75 (7.5), yellow from 50 (5.0), red below."""
    value = score * (100 / out_of)
    return "green" if value >= 75 else "yellow" if value >= 50 else "red"


def _cb_label(score: float, out_of: int) -> str:
    value = score * (100 / out_of)
    if value >= 90:
        return "Universal Acclaim"
    if value >= 75:
        return "Generally Favorable"
    if value >= 50:
        return "Mixed or Average"
    if value >= 20:
        return "Generally Unfavorable"
    return "Overwhelming Dislike"


def _cb_score(kind: str, score: float | None) -> str:
    """The score widget: Metascore out of 100 ("critic") or user score out of 10 ("user")."""
    out_of = 100 if kind == "critic" else 10
    name = "Metascore" if kind == "critic" else "User score"
    if score is None:
        colour, shown, label, title = "tbd", "tbd", "tbd", f"{name} tbd"
    else:
        shown = str(score) if kind == "critic" else f"{score:.1f}"
        colour, label, title = _cb_colour(score, out_of), _cb_label(score, out_of), f"{name} {shown} out of {out_of}"
    shape = "" if kind == "critic" else " c-siteReviewScore_user"
    return f"""<div class="c-finderProductCard_score c-finderProductCard_score-{kind}">
              <div class="c-siteReviewScore_background c-siteReviewScore_background-{kind}_medium">
                <div data-v-e408cafe title="{title}" class="c-siteReviewScore u-flexbox-column u-flexbox-alignCenter u-flexbox-justifyCenter g-text-bold c-siteReviewScore_{colour}{shape} g-color-gray90 c-siteReviewScore_xsmall"><span data-v-e408cafe>{shown}</span></div>
              </div>
              <div class="c-finderProductCard_scoreInfo u-flexbox-column">
                <span class="c-finderProductCard_scoreSublabel u-text-overflow-ellipsis">{"Metascore" if kind == "critic" else "User Score"}</span>
                <span class="c-finderProductCard_scoreLabel u-text-overflow-ellipsis g-text-xsmall">{label}</span>
              </div>
            </div>"""


def _cb_day(day: date) -> str:
    return f"{day.strftime('%b')} {day.day}, {day.year}"


def _cb_card(rank: int, game: Game) -> str:
    rating = (
        f'<span class="c-finderProductCard_metaItem c-finderProductCard_metaItem-certificate u-text-capitalize"><span class="u-text-bullet">•</span> Rated {esc(game.certificate)}</span>'
        if game.certificate
        else ""
    )
    badge = (
        '<div class="c-finderProductCard_badge"><img class="c-finderProductCard_badgeIcon" src="/a/neutron/images/logos/badge/must-play.svg" alt="Must-Play" width="44" height="44"></div>'
        if game.must_play
        else ""
    )
    return f"""
        <div class="c-finderProductCard c-finderProductCard-game" data-v-3e4f1b7c>
          <a href="/game/{game.slug}/" class="c-finderProductCard_container g-color-gray80 u-grid" data-v-3e4f1b7c>
            <div class="c-finderProductCard_leftContent">
              <div class="c-finderProductCard_img g-height-100 g-width-100">
                <picture class="c-cmsImage c-cmsImage-loaded" data-v-2c1e1b8a><source type="image/webp" media="(max-width: 1023px)" srcset="{CB_IMG}/fit-cover/1x1/quality-80/width-164/height-164/catalog/provider/6/3/6-{_hex(game.slug, 10)}.jpg"><img src="{CB_IMG}/fit-cover/1x1/quality-80/width-164/height-164/catalog/provider/6/3/6-{_hex(game.slug, 10)}.jpg" alt="{esc(game.title)}" loading="lazy" decoding="async"></picture>
              </div>
              {badge}
            </div>
            <div class="c-finderProductCard_info u-flexbox-column">
              <div class="c-finderProductCard_title" data-title="{esc(game.title)}">
                <h3 class="c-finderProductCard_titleHeading"><span>{rank}.</span> <span>{esc(game.title)}</span></h3>
              </div>
              <div class="c-finderProductCard_meta">
                <span class="u-text-uppercase">{_cb_day(game.released)}</span>
                {rating}
                <span class="c-finderProductCard_metaItem c-finderProductCard_metaItem-platform"><span class="u-text-bullet">•</span> {esc(game.platform)}</span>
              </div>
              <div class="c-finderProductCard_description u-text-line-clamp-2"><span>{esc(game.summary)}</span></div>
              <div class="c-finderProductCard_scores u-flexbox">
                {_cb_score("critic", game.metascore)}
                {_cb_score("user", game.user_score)}
              </div>
            </div>
          </a>
        </div>"""


def _cb_ad(slot: str) -> str:
    return f"""
        <div class="c-adDisplay_container c-adDisplay_container-{slot}" data-v-5f1c2a0e>
          <div class="c-adDisplay_label g-text-xxsmall">Advertisement</div>
          <div id="{slot}-{_hex(slot, 4)}" class="c-adDisplay" data-ad-unit="/8264/aw-critboard/games/browse" data-ad-pos="{slot}" data-ad-sizes="[[300,250],[728,90]]"></div>
        </div>"""


def _cb_link(page: int) -> str:
    return f"{CB_BASE}?page={page}"


def _cb_pager(page: int, pages: int) -> str:
    prev = (
        f'<span class="c-navigationPagination_item c-navigationPagination_item--prev enabled"><a href="{_cb_link(page - 1)}" class="c-navigationPagination_itemButton" aria-label="Previous page"><span class="c-navigationPagination_itemButtonContent u-flexbox u-flexbox-alignCenter u-flexbox-justifyCenter"><svg class="c-globalIcon" viewBox="0 0 24 24" aria-hidden="true"><path d="M15 6l-6 6 6 6"></path></svg> Previous</span></a></span>'
        if page > 1
        else '<span class="c-navigationPagination_item c-navigationPagination_item--prev disabled"><span class="c-navigationPagination_itemButton"><span class="c-navigationPagination_itemButtonContent u-flexbox u-flexbox-alignCenter u-flexbox-justifyCenter"><svg class="c-globalIcon" viewBox="0 0 24 24" aria-hidden="true"><path d="M15 6l-6 6 6 6"></path></svg> Previous</span></span></span>'
    )
    items = []
    for n in range(1, pages + 1):
        if n == page:
            items.append(
                f'<span class="c-navigationPagination_item c-navigationPagination_item--page c-navigationPagination_item--current" aria-current="page"><span class="c-navigationPagination_itemButtonContent u-flexbox u-flexbox-alignCenter u-flexbox-justifyCenter">{n}</span></span>'
            )
        else:
            items.append(
                f'<span class="c-navigationPagination_item c-navigationPagination_item--page enabled"><a href="{_cb_link(n)}" class="c-navigationPagination_itemButton"><span class="c-navigationPagination_itemButtonContent u-flexbox u-flexbox-alignCenter u-flexbox-justifyCenter">{n}</span></a></span>'
            )
    nxt = (
        f'<span class="c-navigationPagination_item c-navigationPagination_item--next enabled"><a href="{_cb_link(page + 1)}" class="c-navigationPagination_itemButton" aria-label="Next page"><span class="c-navigationPagination_itemButtonContent u-flexbox u-flexbox-alignCenter u-flexbox-justifyCenter">Next <svg class="c-globalIcon" viewBox="0 0 24 24" aria-hidden="true"><path d="M9 6l6 6-6 6"></path></svg></span></a></span>'
        if page < pages
        else '<span class="c-navigationPagination_item c-navigationPagination_item--next disabled"><span class="c-navigationPagination_itemButton"><span class="c-navigationPagination_itemButtonContent u-flexbox u-flexbox-alignCenter u-flexbox-justifyCenter">Next</span></span></span>'
    )
    return f"""
      <div class="c-navigationPagination u-flexbox u-flexbox-alignCenter u-flexbox-justifyCenter g-outer-spacing-top-large" data-v-7b2a3c11>
        {prev}
        <span class="c-navigationPagination_pages u-flexbox u-flexbox-alignCenter">{"".join(items)}</span>
        {nxt}
      </div>"""


def _js(value: object) -> str:
    return json.dumps(value, ensure_ascii=False).replace("</", "<\\/")


def _cb_nuxt(first: int, games: list[Game], total: int) -> str:
    """The Nuxt 2 payload: a minified function whose arguments hold the repeated values."""
    items = []
    for rank, game in enumerate(games, first):
        critic = (
            f"{{score:{game.metascore},reviewCount:{40 + rank * 3},max:100}}"
            if game.metascore
            else "{score:null,reviewCount:2,max:100}"
        )
        items.append(
            f"{{id:{100_000 + rank * 17},type:a,typeId:b,title:{_js(game.title)},slug:{_js(game.slug)},rank:{rank},"
            f"premiereYear:{game.released.year},releaseDate:{_js(game.released.isoformat())},rating:{_js(game.certificate or '')},"
            f"description:{_js(game.summary)},criticScoreSummary:{critic},mustSee:{'c' if game.must_play else 'd'},"
            f"platforms:[{{name:{_js(game.platform)}}}],image:{{bucketType:e,bucketPath:{_js('/provider/6/3/6-' + _hex(game.slug, 10) + '.jpg')}}}}}"
        )
    return (
        'window.__NUXT__=(function(a,b,c,d,e){return {layout:"default",data:[{}],fetch:{"data-v-3e4f1b7c:0":'
        f"{{totalResults:{total},offset:{first - 1},limit:10,items:[{','.join(items)}]}}}},"
        'state:{user:{loggedIn:d},gdpr:{consented:d}},serverRendered:c,routePath:"' + CB_BASE + '"}}'
        '("game-title",13,true,false,"catalog"));'
    )


def _cb_page(page: int, pages: int, games: list[Game], first: int) -> str:
    cards: list[str] = []
    for at, game in enumerate(games):
        cards.append(_cb_card(first + at, game))
        if at == 5:
            cards.append(_cb_ad("mobile-incontent"))
    return f"""<!DOCTYPE html>
<html lang="en" data-n-head-ssr data-n-head="%7B%22lang%22:%7B%22ssr%22:%22en%22%7D%7D">
<head>
  <meta charset="utf-8">
  <title>Best Video Games of 2025 - Critboard</title>
  <meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1">
  <meta data-n-head="ssr" data-hid="description" name="description" content="Browse the newest video games of 2025 with their Metascores and user scores.">
  <link data-n-head="ssr" rel="canonical" href="https://www.critboard.example{CB_BASE}{"" if page == 1 else f"?page={page}"}">
  <link rel="preload" href="/_nuxt/app.4c1e8d2.js" as="script">
  <link rel="stylesheet" href="/_nuxt/css/8f0a2b1.css">
</head>
<body>
  <div id="onetrust-consent-sdk">
    <div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner">
      <div class="ot-sdk-container"><div class="ot-sdk-row">
        <div id="onetrust-policy"><div id="onetrust-policy-text">We and our partners use cookies and similar technologies to personalise content and ads, and to analyse our traffic. <a href="/privacy-policy/" aria-label="More information about your privacy">Privacy Policy</a></div></div>
        <div id="onetrust-button-group-parent"><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookie Settings</button><button id="onetrust-reject-all-handler">Reject All</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div>
      </div></div>
    </div>
  </div>
  <div id="__nuxt"><div id="__layout"><div class="c-layoutDefault" data-v-1b2c3d4e>
    <header class="c-globalHeader g-outer-spacing-bottom-medium" data-v-6a7b8c9d>
      <div class="c-globalHeader_container u-flexbox">
        <a href="/" class="c-globalHeader_logo" aria-label="Critboard home"><svg class="c-globalHeader_logoSvg" viewBox="0 0 140 32" aria-hidden="true"><path d="M0 0h32v32H0z"></path></svg></a>
        <nav class="c-globalHeader_menu" aria-label="Main">
          <ul class="c-globalHeader_menuList u-flexbox">
            <li class="c-globalHeader_menuItem"><a href="/game/">Games</a></li>
            <li class="c-globalHeader_menuItem"><a href="/movie/">Movies</a></li>
            <li class="c-globalHeader_menuItem"><a href="/tv/">TV Shows</a></li>
            <li class="c-globalHeader_menuItem"><a href="/music/">Music</a></li>
            <li class="c-globalHeader_menuItem"><a href="/news/">News</a></li>
          </ul>
        </nav>
        <form class="c-globalSearch" action="/search/" method="get" role="search"><input class="c-globalSearch_input" type="search" name="q" placeholder="Search" aria-label="Search"></form>
        <a href="/login/" class="c-globalHeader_login">Log In</a>
      </div>
    </header>
    {_cb_ad("leaderboard-top")}
    <div class="c-productListings g-grid-container" data-v-8d9e0f1a>
      <div class="c-productListings_header">
        <nav class="c-breadcrumbs" aria-label="Breadcrumb"><a href="/">Home</a> / <a href="/game/">Games</a> / <span>Browse</span></nav>
        <h1 class="c-productListings_title g-text-xxlarge">Best Video Games of 2025</h1>
        <p class="c-productListings_count g-text-small">{len(CB_GAMES)} Results</p>
      </div>
      <div class="c-productListings_filters u-flexbox">
        <button class="c-globalButton c-filterButton" type="button"><span class="c-globalButton_label">Filter</span></button>
        <button class="c-globalButton c-filterChip" type="button">Release Type: New</button>
        <button class="c-globalButton c-filterChip" type="button">Year: 2025</button>
        <div class="c-productListings_sort"><label for="sort-by">Sort By:</label><select id="sort-by" name="sort"><option value="metascore">Metascore</option><option value="userscore">User Score</option><option value="new" selected>Newest Releases</option><option value="old">Oldest Releases</option><option value="title">A-Z</option></select></div>
      </div>
      <div class="c-productListings_grid g-grid-container u-grid-columns">{"".join(cards)}
      </div>
      {_cb_pager(page, pages)}
    </div>
    <aside class="c-productListings_sidebar">
      <h2 class="g-text-large">Trending Now</h2>
      <ul class="c-trendingList"><li><a href="/game/the-cartographers-debt/">The Cartographer's Debt</a></li><li><a href="/game/crown-of-ash/">Crown of Ash</a></li><li><a href="/movie/the-quiet-meridian/">The Quiet Meridian</a></li></ul>
      {_cb_ad("rail-top")}
    </aside>
    <footer class="c-globalFooter g-outer-spacing-top-large" data-v-9a0b1c2d>
      <div class="c-globalFooter_links u-flexbox">
        <a href="/about-critboard/">About Us</a><a href="/about-metascores/">How We Score</a><a href="/faq/">FAQ</a><a href="/contact-us/">Contact Us</a><a href="/privacy-policy/">Privacy Policy</a><a href="/terms-of-use/">Terms of Use</a><a href="#" class="ot-sdk-show-settings">Cookie Settings</a>
      </div>
      <p class="c-globalFooter_copyright g-text-xxsmall">© 2025 Critboard, a Fandom-style company. All rights reserved.</p>
    </footer>
  </div></div></div>
  <script>{_cb_nuxt(first, games, len(CB_GAMES))}</script>
  <script src="/_nuxt/app.4c1e8d2.js" defer></script>
</body>
</html>"""


@eleventh_b
def build_critboard() -> None:
    s = Site(
        "critboard",
        kind="review-score browse list (Metacritic 2024–25 Nuxt: c-finderProductCard cards as one link, '1.' rank span before the title, 'Mar 14, 2025' / '• Rated M' / platform meta, colour-classed Metascore and user-score widgets with 'tbd', window.__NUXT__ payload, ?page=N)",
        start=CB_BASE.lstrip("/"),
        description="A Metacritic browse list (2024–2025): a OneTrust cookie banner, the global header (Games / Movies / TV Shows / Music / News, search, Log In), leaderboard / in-grid / rail ad slots ('Advertisement'), breadcrumbs, 'Best Video Games of 2025', '26 Results', filter chips and a sort select; div.c-finderProductCard cards whose whole body is a.c-finderProductCard_container: a lazy picture, a Must-Play badge on some, h3.c-finderProductCard_titleHeading with a '1.' rank span and a title span, a meta line of the release date ('Mar 14, 2025'), '• Rated M' (missing on some) and '• PlayStation 5', a line-clamped description, the Metascore in a colour-classed c-siteReviewScore_green / _yellow / _red div (title 'Metascore 88 out of 100', 'tbd' on two) with its label ('Universal Acclaim'…), the user score out of 10 in the same widget ('tbd' on some); a 'Trending Now' sidebar; the c-navigationPagination pager over ?page=N (page 1 also at ?page=1); the page's items again in a minified window.__NUXT__ function payload.",
    )
    pages = chunks(CB_GAMES, CB_PAGES)
    first = 1
    for number, games in enumerate(pages, 1):
        text = _cb_page(number, len(pages), games, first)
        if number == 1:
            s.list_page(CB_BASE.strip("/") + "/index.html", text)
            s.write(CB_BASE.strip("/") + "/@page=1", text)
        else:
            s.list_page(CB_BASE.strip("/") + f"/@page={number}", text)
        first += len(games)
    for rank, game in enumerate(CB_GAMES, 1):
        s.expect(
            {
                "rank": rank,
                "title": game.title,
                "url": f"/game/{game.slug}/",
                "date": game.released.isoformat(),
                "certificate": game.certificate,
                "platform": game.platform,
                "metascore": game.metascore,
                "user_score": game.user_score,
                "summary": game.summary,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# modeshelf: a Zalando catalogue grid (2024–2025).
# ---------------------------------------------------------------------------------------------------

MS_BASE = "/mens-clothing-jackets/"
MS_IMG = "https://img01.modeshelf-static.example/article/spp-media-p1"


class Jacket(NamedTuple):
    sku: str
    brand: str
    name: str  # "Name - Type - colour"
    price: float
    was: float | None
    colours: int  # 1: nothing shown
    sizes: list[str]  # empty: nothing shown
    flags: list[str]  # "Deal" / "New" / "Sustainability"
    sponsored: bool = False


MS_JACKETS: list[Jacket] = [
    # page 1
    Jacket(
        "TH342T0BC-Q11",
        "The North Face",
        "1996 RETRO NUPTSE JACKET - Down jacket - black",
        300.00,
        None,
        4,
        ["S", "M", "L", "XL"],
        [],
    ),
    Jacket(
        "LE222T0AK-K11",
        "Levi's®",
        "TYPE III TRUCKER - Denim jacket - rockridge",
        60.00,
        100.00,
        3,
        ["XS", "S", "M", "L", "XL", "XXL"],
        ["Deal"],
    ),
    Jacket(
        "PAR22T02F-Q11",
        "Patagonia",
        "BETTER SWEATER - Fleece jacket - black",
        119.95,
        None,
        5,
        ["M", "L"],
        ["Sustainability"],
        sponsored=True,
    ),
    Jacket(
        "CA322T04D-O11",
        "Carhartt WIP",
        "DETROIT JACKET - Light jacket - hamilton brown",
        125.99,
        179.99,
        2,
        ["S", "M", "L"],
        [],
    ),
    Jacket(
        "ON322T0A9-Q11",
        "ONLY & SONS",
        "ONSJAKE - Bomber Jacket - black",
        27.99,
        39.99,
        3,
        ["XS", "S", "M", "L", "XL"],
        ["Deal"],
    ),
    Jacket(
        "TO122T0D5-K11",
        "Tommy Hilfiger",
        "NEW YORK BOMBER - Bomber Jacket - desert sky",
        169.99,
        None,
        1,
        ["M", "L", "XL"],
        ["New"],
    ),
    Jacket(
        "JA222T1HL-Q11",
        "Jack & Jones",
        "JJEROCKY PUFFER - Winter jacket - black",
        34.99,
        64.99,
        4,
        ["S", "M", "L", "XL", "XXL"],
        [],
    ),
    Jacket(
        "RA622T018-C11", "Rains", "LONG JACKET - Waterproof jacket - black", 109.00, None, 6, [], ["Sustainability"]
    ),
    Jacket("SE622T0AM-B11", "Selected Homme", "SLHTHOMAS - Wool coat - camel", 111.99, 159.99, 2, ["M", "L"], ["Deal"]),
    Jacket(
        "AR122T0AX-Q11", "Armani Exchange", "BLOUSON - Light jacket - navy", 189.00, None, 1, [], [], sponsored=True
    ),
    Jacket(
        "AD122T0M1-Q11",
        "adidas Originals",
        "FIREBIRD TRACK TOP - Training jacket - black/white",
        64.95,
        None,
        7,
        ["XS", "S", "M", "L"],
        [],
    ),
    Jacket("SU222T01N-J11", "Superdry", "EVEREST PARKA - Winter coat - deep navy", 104.99, 149.99, 3, ["S", "M"], []),
    # page 2
    Jacket(
        "CO422T08W-Q11",
        "Columbia",
        "STEENS MOUNTAIN 2.0 FULL ZIP - Fleece jacket - collegiate navy",
        32.00,
        50.00,
        8,
        ["S", "M", "L", "XL"],
        ["Deal"],
    ),
    Jacket(
        "BA522T046-Q11", "Barbour", "ASHBY WAX JACKET - Light jacket - olive", 279.00, None, 3, ["M", "L", "XL"], []
    ),
    Jacket(
        "NI122T0K2-Q11",
        "Nike Sportswear",
        "CLUB COACHES - Light jacket - black",
        59.99,
        None,
        2,
        ["XS", "S", "M", "L", "XL"],
        [],
        sponsored=True,
    ),
    Jacket(
        "ZA922T03H-O11",
        "Zalando Essentials",
        "Light jacket - olive",
        34.99,
        None,
        4,
        ["S", "M", "L", "XL", "XXL"],
        ["New"],
    ),
    Jacket(
        "FJ222T01X-M11",
        "Fjällräven",
        "GREENLAND WINTER JACKET - Winter jacket - dark navy",
        220.00,
        275.00,
        2,
        ["M", "L"],
        ["Sustainability"],
    ),
    Jacket("HU722T0CE-Q11", "HUGO", "BOMBER - Bomber Jacket - black", 149.99, 249.99, 1, ["S", "M"], ["Deal"]),
    Jacket(
        "DR622T0B4-K11",
        "Dr. Denim",
        "BRANDON - Denim jacket - mid retro blue",
        44.99,
        74.99,
        2,
        ["XS", "S", "M", "L"],
        [],
    ),
    Jacket("SC122T0AB-Q11", "Schott NYC", "PERFECTO - Leather jacket - black", 599.00, None, 1, ["M", "L", "XL"], []),
    Jacket("PE122T01C-J11", "Pepe Jeans", "PINNER - Waterproof jacket - dulwich", 89.90, 129.90, 3, [], []),
    Jacket(
        "CH122T015-Q11", "Champion", "HOODED FULL ZIP - Light jacket - black", 49.95, None, 5, ["S", "M", "L", "XL"], []
    ),
    # page 3
    Jacket(
        "HE222T04B-Q11",
        "Helly Hansen",
        "CREW MIDLAYER JACKET - Sailing jacket - navy",
        112.00,
        160.00,
        4,
        ["S", "M", "L", "XL", "XXL"],
        ["Deal"],
    ),
    Jacket(
        "CA522T0A2-K11",
        "Calvin Klein",
        "PADDED HOODED - Winter jacket - black",
        159.99,
        None,
        2,
        ["M", "L"],
        [],
        sponsored=True,
    ),
    Jacket(
        "MA622T02Y-A11", "Mango", "HARRINGTON - Light jacket - stone", 59.99, None, 2, ["S", "M", "L", "XL"], ["New"]
    ),
    Jacket("WE722T00P-Q11", "Wellensteyn", "SCHNEEZAUBER - Winter jacket - black", 399.95, 499.95, 1, ["L", "XL"], []),
    Jacket(
        "NE822T04R-C11",
        "New Balance",
        "ATHLETICS WOVEN JACKET - Windbreaker - black",
        84.99,
        None,
        3,
        ["XS", "S", "M"],
        [],
    ),
    Jacket(
        "PO222T0FB-Q11",
        "Polo Ralph Lauren",
        "BAYPORT - Light jacket - newport navy",
        249.00,
        None,
        4,
        ["S", "M", "L", "XL"],
        [],
    ),
    Jacket(
        "GA122T0B6-Q11",
        "G-Star",
        "UTILITY PADDED - Winter jacket - dark black",
        129.95,
        219.95,
        2,
        [],
        ["Deal", "Sustainability"],
    ),
    Jacket("ST322T02X-K11", "STRELLSON", "CLASSIC - Short coat - navy", 179.95, None, 1, ["M", "L", "XL"], []),
]
MS_PAGES = [12, 10, 8]


def _ms_href(item: Jacket) -> str:
    return f"/{slug(item.brand)}-{slug(item.name)}-{item.sku.lower()}.html"


def _ms_link(item: Jacket) -> str:
    """Sponsored cards link through the ad server's tracking parameters."""
    if item.sponsored:
        return f"{_ms_href(item)}?_rfl=en_GB&amp;sp_cid={_hex(item.sku, 12)}&amp;sp_pos=tile&amp;sp_src=catalog"
    return _ms_href(item)


def _ms_money(amount: float) -> str:
    return f"£{amount:,.2f}"


def _ms_discount(item: Jacket) -> int | None:
    if item.was is None:
        return None
    return -round((item.was - item.price) / item.was * 100)


def _ms_flags(item: Jacket) -> str:
    flags: list[str] = []
    discount = _ms_discount(item)
    if discount is not None:
        flags.append(
            f'<li class="_0xLoFW z-flag z-flag--discount"><span class="sDq_FX lystZ1 dgII7d HlZ_Tf zN9KaA">{discount}%</span></li>'
        )
    for flag in item.flags:
        flags.append(
            f'<li class="_0xLoFW z-flag z-flag--{slug(flag)}"><span class="sDq_FX lystZ1 FxZV-M HlZ_Tf zN9KaA">{esc(flag)}</span></li>'
        )
    if not flags:
        return ""
    return f'<ul class="_0xLoFW _78xIQ- EJ4MLB z-flags" aria-label="Product flags">{"".join(flags)}</ul>'


def _ms_price(item: Jacket) -> str:
    if item.was is None:
        return f"""<p class="_0Qm8W1 _7Cm1F9 FxZV-M pVrzNP"><span class="sDq_FX lystZ1 FxZV-M HlZ_Tf">{_ms_money(item.price)}</span></p>"""
    return f"""<p class="_0Qm8W1 _7Cm1F9 FxZV-M pVrzNP"><span class="sDq_FX lystZ1 dgII7d Km7l2y">{_ms_money(item.price)}</span></p>
              <p class="_0Qm8W1 _7Cm1F9 FxZV-M _4F506m"><span class="sDq_FX lystZ1 FxZV-M HlZ_Tf">Originally: </span><span class="sDq_FX lystZ1 FxZV-M _65i7kZ r9BRio">{_ms_money(item.was)}</span></p>"""


def _ms_article(item: Jacket, position: int) -> str:
    href = _ms_link(item)
    image = f"{MS_IMG}/{_hex(item.sku, 32)}.jpg"
    sponsored = (
        '<span class="sDq_FX lystZ1 FxZV-M _2Pvyxl z-flag z-flag--sponsored" data-testid="sponsored-label">Sponsored</span>'
        if item.sponsored
        else ""
    )
    colours = (
        f'<span class="sDq_FX lystZ1 FxZV-M HlZ_Tf _1JZbWN">{item.colours} colours</span>' if item.colours > 1 else ""
    )
    sizes = ""
    if item.sizes:
        spans = "".join(
            f'<span class="sDq_FX lystZ1 FxZV-M HlZ_Tf _0xLoFW z-size">{esc(size)}</span>' for size in item.sizes
        )
        sizes = f'<div class="_0xLoFW _7ckuOK mROyo1 z-sizes"><span class="zds-visually-hidden">Available sizes:</span>{spans}</div>'
    return f"""
        <article role="link" class="z5x6ht _0xLoFW JT3_zV mo6ZnF _78xIQ-" data-card-type="{"SPONSORED" if item.sponsored else "SHOPPABLE"}" data-position="{position}">
          <div class="_5qdMrS _75qWlu iOzucJ JT3_zV _Qe9k6">
            <a href="{href}" class="_LM JT3_zV CKDt_l LyRfpJ" tabindex="-1" aria-hidden="true">
              <figure class="_0xLoFW _78xIQ- EJ4MLB JT3_zV"><div class="KVKCn3 u-C3dd jDGwVr mo6ZnF KLaowZ"><img alt="{esc(item.brand)} {esc(item.name)}" class="sDq_FX lystZ1 FxZV-M _2Pvyxl JT3_zV EKabf7 mo6ZnF _1RurXL mo6ZnF _7ZONEy" src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 3 4'/%3E" data-src="{image}?imwidth=300&amp;filter=packshot" loading="lazy"></div></figure>
            </a>
            {_ms_flags(item)}
            <button type="button" aria-label="Add to wish list" aria-pressed="false" class="DJxzzA u9KIT8 uEg2FS U_OhzR ZkIJC- Vn-7c- FCIprz heWLCX z-heart-button"><svg class="zds-icon RC794g X9n9TI DlJ4rT _5Yd-hZ" height="1em" width="1em" focusable="false" fill="currentColor" viewBox="0 0 24 24" aria-hidden="true"><path d="M17.488 1.11h-.146a6.552 6.552 0 0 0-5.35 2.81A6.57 6.57 0 0 0 6.62 1.116 6.406 6.406 0 0 0 .09 7.428c0 7.672 11.028 15.028 11.497 15.338a.745.745 0 0 0 .826 0c.47-.31 11.496-7.666 11.496-15.351a6.432 6.432 0 0 0-6.42-6.304z"></path></svg></button>
          </div>
          <div class="_0xLoFW _78xIQ- EJ4MLB JT3_zV _5H8Cjl">
            {sponsored}
            <a href="{href}" class="_LM JT3_zV CKDt_l LyRfpJ">
              <header class="_0xLoFW _78xIQ- EJ4MLB">
                <div class="_0xLoFW _78xIQ- EJ4MLB JT3_zV"><h3 class="FtrEr_ lystZ1 FxZV-M HlZ_Tf ZkIJC- r9BRio qXofat EKabf7 nBq1-s _2MyPg2">{esc(item.brand)}</h3><h3 class="sDq_FX lystZ1 FxZV-M HlZ_Tf ZkIJC- r9BRio qXofat EKabf7 nBq1-s _2MyPg2">{esc(item.name)}</h3></div>
              </header>
              <section class="_0xLoFW _78xIQ- EJ4MLB">
              {_ms_price(item)}
              </section>
            </a>
            <div class="_0xLoFW _78xIQ- EJ4MLB JT3_zV KcfEm9">{colours}</div>
            {sizes}
          </div>
        </article>"""


MS_PROMO = """
        <article class="z5x6ht _0xLoFW JT3_zV mo6ZnF _78xIQ- _9bD4Ef" data-card-type="PROMOTION">
          <a href="/campaigns/outerwear-edit/?_rfl=en_GB" class="_LM JT3_zV CKDt_l LyRfpJ">
            <div class="_0xLoFW _78xIQ- EJ4MLB JT3_zV zN9KaA z-promo-tile">
              <p class="sDq_FX lystZ1 dgII7d HlZ_Tf">The Outerwear Edit</p>
              <p class="sDq_FX lystZ1 FxZV-M HlZ_Tf">Up to 40% off selected coats and jackets</p>
              <span class="sDq_FX lystZ1 FxZV-M HlZ_Tf _2MyPg2">Shop now</span>
            </div>
          </a>
        </article>"""


def _ms_page_link(page: int) -> str:
    return MS_BASE if page == 1 else f"{MS_BASE}?p={page}"


def _ms_pager(page: int, pages: int) -> str:
    prev = (
        f'<a class="DJxzzA PgtkyN _8gMFr_ z-pager-prev" href="{_ms_page_link(page - 1)}" aria-label="previous page" title="previous page"><svg class="zds-icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M15 6l-6 6 6 6"></path></svg></a>'
        if page > 1
        else '<span class="DJxzzA PgtkyN _8gMFr_ z-pager-prev" aria-disabled="true"><svg class="zds-icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M15 6l-6 6 6 6"></path></svg></span>'
    )
    nxt = (
        f'<a class="DJxzzA PgtkyN _8gMFr_ z-pager-next" href="{_ms_page_link(page + 1)}" aria-label="next page" title="next page"><svg class="zds-icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M9 6l6 6-6 6"></path></svg></a>'
        if page < pages
        else '<span class="DJxzzA PgtkyN _8gMFr_ z-pager-next" aria-disabled="true"><svg class="zds-icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M9 6l6 6-6 6"></path></svg></span>'
    )
    return f"""
      <nav class="_0xLoFW _78xIQ- EJ4MLB JT3_zV z-pager" aria-label="pagination">
        {prev}
        <span class="sDq_FX lystZ1 FxZV-M HlZ_Tf">Page {page} of {pages}</span>
        {nxt}
      </nav>"""


def _ms_hydrate(items: list[Jacket]) -> str:
    """The rendering engine's hydration data: an Apollo-like cache of the page's articles."""
    cache: dict[str, object] = {}
    for item in items:
        cache[f"Product:ern:product::{item.sku}"] = {
            "__typename": "Product",
            "sku": item.sku,
            "name": item.name,
            "brand": {"__typename": "Brand", "name": item.brand},
            "uri": f"https://www.modeshelf.example{_ms_href(item)}",
            "displayPrice": {
                "__typename": "DisplayPrice",
                "original": {
                    "formatted": _ms_money(item.was or item.price),
                    "amount": round((item.was or item.price) * 100),
                },
                "promotional": {"formatted": _ms_money(item.price), "amount": round(item.price * 100)}
                if item.was
                else None,
                "discount": {"formatted": f"{_ms_discount(item)}%"} if item.was else None,
            },
            "isSponsored": item.sponsored,
            "family": {"__typename": "ProductFamily", "colorCount": item.colours},
        }
    data = {"graphqlCache": cache, "experiments": {"catalog-grid-density": "control"}, "locale": "en-GB"}
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")


ARIA_CURRENT = ' aria-current="page"'
MS_CATEGORIES = [
    ("Jackets", MS_BASE, True),
    ("Down jackets", "/mens-clothing-jackets-down-jackets/", False),
    ("Winter jackets", "/mens-clothing-winter-jackets/", False),
    ("Light jackets", "/mens-clothing-jackets-light-jackets/", False),
    ("Denim jackets", "/mens-clothing-jackets-denim-jackets/", False),
    ("Leather jackets", "/mens-clothing-jackets-leather-jackets/", False),
    ("Fleece jackets", "/mens-clothing-fleece-jackets/", False),
    ("Coats", "/mens-clothing-coats/", False),
]


def _ms_page(page: int, pages: int, items: list[Jacket]) -> str:
    articles: list[str] = []
    for at, item in enumerate(items):
        articles.append(_ms_article(item, at + 1))
        if page == 1 and at == 5:
            articles.append(MS_PROMO)
    categories = "\n          ".join(
        f'<li><a href="{href}" class="{"_ZDS_REF_SCOPE_ z-category z-category--active" if active else "z-category"}"{ARIA_CURRENT if active else ""}>{esc(name)}</a></li>'
        for name, href, active in MS_CATEGORIES
    )
    filters = "".join(
        f'<button type="button" class="DJxzzA u9KIT8 uEg2FS z-filter-button" aria-haspopup="true" aria-expanded="false">{label}<svg class="zds-icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M6 9l6 6 6-6"></path></svg></button>'
        for label in ("Sort", "Size", "Brand", "Colour", "Price", "Material", "Length", "Sale", "Sustainability")
    )
    shown = sum(1 for item in MS_JACKETS if not item.sponsored)
    return f"""<!DOCTYPE html>
<html lang="en-GB" dir="ltr">
<head>
  <meta charset="utf-8">
  <title>Men's Jackets | Buy online at Modeshelf</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="Men's jackets from top brands: bomber jackets, down jackets, denim jackets and more. Free delivery and returns.">
  <link rel="canonical" href="https://www.modeshelf.example{_ms_page_link(page)}">
  <link rel="stylesheet" href="https://assets.modeshelf-static.example/rendering-engine/static/css/main.{_hex("css" + str(page), 8)}.css">
  <script type="application/ld+json">{{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{{"@type":"ListItem","position":1,"name":"Men","item":"https://www.modeshelf.example/men-home/"}},{{"@type":"ListItem","position":2,"name":"Clothing","item":"https://www.modeshelf.example/mens-clothing/"}},{{"@type":"ListItem","position":3,"name":"Jackets","item":"https://www.modeshelf.example{MS_BASE}"}}]}}</script>
</head>
<body class="z-body">
  <div id="consent-root">
    <div class="_0xLoFW _78xIQ- EJ4MLB z-consent" role="dialog" aria-modal="true" aria-labelledby="consent-title">
      <h2 id="consent-title" class="sDq_FX lystZ1 dgII7d">We use cookies and similar technologies</h2>
      <p class="sDq_FX lystZ1 FxZV-M">We use cookies to make our website work, to improve it, and to show you personalised content and ads, also on other sites. You can change your mind at any time in the Privacy Preferences.</p>
      <button type="button" class="DJxzzA u9KIT8 uEg2FS z-consent-settings">Settings</button>
      <button type="button" class="DJxzzA u9KIT8 uEg2FS z-consent-accept" id="uc-btn-accept-banner">That's OK</button>
    </div>
  </div>
  <div id="z-navicat-header-root">
    <header class="z-navicat-header">
      <div class="z-navicat-header_topBar"><a href="/faq/">Help and contact</a><span>Free delivery and returns*</span><span>100-day return policy</span></div>
      <div class="z-navicat-header_main">
        <nav class="z-navicat-header_gender"><a href="/women-home/">Women</a><a href="/men-home/" aria-current="page">Men</a><a href="/kids-home/">Kids</a></nav>
        <a href="/men-home/" class="z-navicat-header_logo" aria-label="Modeshelf"><svg viewBox="0 0 120 24" aria-hidden="true"><path d="M0 0h120v24H0z"></path></svg></a>
        <form class="z-navicat-header_search" action="/catalogue/" role="search"><input type="search" name="q" placeholder="Search" aria-label="Search"></form>
        <a href="/myaccount/">Your account</a><a href="/wardrobe/">Wish list</a><a href="/cart/">Bag</a>
      </div>
      <nav class="z-navicat-header_categories"><a href="/mens-new-in/">New in</a><a href="/mens-clothing/">Clothing</a><a href="/mens-shoes/">Shoes</a><a href="/mens-sports/">Sports</a><a href="/mens-accessories/">Accessories</a><a href="/mens-premium/">Premium</a><a href="/mens-brands/">Brands</a><a href="/mens-sale/">Sale %</a></nav>
    </header>
  </div>
  <main class="_0xLoFW _78xIQ- EJ4MLB z-catalog">
    <nav aria-label="breadcrumb" class="z-breadcrumb"><ul class="_0xLoFW"><li><a href="/men-home/">Men</a></li><li><a href="/mens-clothing/">Clothing</a></li><li><span aria-current="page">Jackets</span></li></ul></nav>
    <div class="_0xLoFW _78xIQ- EJ4MLB z-catalog_header">
      <h1 class="sDq_FX lystZ1 dgII7d HlZ_Tf">Men's Jackets</h1>
      <span class="sDq_FX lystZ1 FxZV-M HlZ_Tf">{shown} items</span>
    </div>
    <div class="_0xLoFW u9KIT8 _7ckuOK z-catalog_body">
      <aside class="_0xLoFW _78xIQ- EJ4MLB z-catalog_sidebar">
        <ul class="z-category-tree">
          {categories}
        </ul>
      </aside>
      <div class="_0xLoFW _78xIQ- EJ4MLB z-catalog_main">
        <div class="_0xLoFW u9KIT8 _7ckuOK z-filters">{filters}</div>
        <div class="_0xLoFW _78xIQ- EJ4MLB JT3_zV z-grid" data-testid="catalog-grid">{"".join(articles)}
        </div>
        {_ms_pager(page, pages)}
      </div>
    </div>
    <section class="_0xLoFW z-seo-text"><h2>Men's jackets for every season</h2><p>From a light Harrington in spring to a down jacket for the coldest days, find your next jacket from brands such as The North Face, Levi's® and Barbour.</p></section>
  </main>
  <footer class="z-footer">
    <div class="z-footer_columns">
      <div><h4>Help and contact</h4><ul><li><a href="/faq/">FAQ</a></li><li><a href="/returns/">Returns</a></li><li><a href="/delivery/">Delivery</a></li></ul></div>
      <div><h4>About us</h4><ul><li><a href="/company/">Corporate info</a></li><li><a href="/jobs/">Careers</a></li><li><a href="/sustainability/">Sustainability</a></li></ul></div>
      <div><h4>Newsletter</h4><form action="/newsletter/" method="post"><input type="email" name="email" placeholder="Your email address"><button type="submit">Sign up</button></form></div>
    </div>
    <p class="z-footer_legal">*Free delivery on orders over £29.90. © 2025 Modeshelf SE</p>
  </footer>
  <script class="re-data-el-hydrate" type="application/json" id="re-1-{_hex("hydrate" + str(page), 6)}">{_ms_hydrate(items)}</script>
  <script src="https://assets.modeshelf-static.example/rendering-engine/static/js/main.{_hex("js", 8)}.js" defer></script>
</body>
</html>"""


@eleventh_b
def build_modeshelf() -> None:
    s = Site(
        "modeshelf",
        kind="product catalogue (Zalando 2024–25: article cards of hashed classes and BEM flags, brand h3 + 'Name - Type - colour' h3, 'Originally:' struck prices, '-30%' flags, '3 colours', size spans, Sponsored cards, hydration JSON, ?p=N)",
        start=MS_BASE.lstrip("/"),
        description="A Zalando catalogue page (2024–2025): a consent dialog ('That's OK' / Settings), the header (Help and contact, Women / Men / Kids, search, Your account / Wish list / Bag, category nav), breadcrumbs, 'Men's Jackets' and '26 items', a category tree and filter buttons; a grid of article[role=link] cards of hashed classes (z5x6ht _0xLoFW JT3_zV…) with BEM flag / heart components: a lazy image link (aria-hidden), ul.z-flags ('-30%', 'Deal', 'New', 'Sustainability'), an 'Add to wish list' heart button, a header of two h3s (brand, then 'NAME - Type - colour'), the price ('£300.00') or the sale price above 'Originally: £100.00' (struck), 'N colours' when there are several, and span sizes behind a visually hidden 'Available sizes:' (none on some); four 'Sponsored' cards with the same markup and tracked links (?_rfl=…&sp_cid=…), a promotion tile on page 1; a 'Page 1 of 3' pager of previous / next icon links over ?p=N; the articles (sponsored ones too) in a re-data-el-hydrate JSON cache.",
    )
    pages = chunks(MS_JACKETS, MS_PAGES)
    for number, items in enumerate(pages, 1):
        text = _ms_page(number, len(pages), items)
        if number == 1:
            s.list_page(MS_BASE.strip("/") + "/index.html", text)
        else:
            s.list_page(MS_BASE.strip("/") + f"/@p={number}", text)
    for item in MS_JACKETS:
        if item.sponsored:
            continue
        s.expect(
            {
                "title": item.name,
                "url": _ms_href(item),
                "brand": item.brand,
                "price": item.price,
                "currency": "GBP",
                "original_price": item.was,
                "discount": _ms_discount(item),
                "colours": item.colours if item.colours > 1 else None,
                "sizes": item.sizes or None,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in ELEVENTH_B.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
