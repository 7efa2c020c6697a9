"""Eleventh wave of open corpus sites (issue #3): copies of how three more well-known site families mark up
their lists as they served them in 2024–2025.

* **linkwork** — LinkedIn's logged-out job search (``/jobs/search?keywords=…&location=…``, page key
  ``d_jobs_guest_search``): the guest nav with Join now / Sign in, the keywords + location search bar,
  the filter bar of dropdown buttons whose radio and checkbox values carry counts ("Past week (9)"),
  "26 Analytics Engineer Jobs in New York, United States (4 new)", then ``ul.jobs-search__results-list``
  of ``li > div.base-card.base-search-card.job-search-card[data-entity-urn]``: a full-card link
  ``a.base-card__full-link`` (absolute ``/jobs/view/<slug>-<id>`` with the per-position tracking query
  ``?position=3&pageNum=0&refId=…&trackingId=…&trk=…``) holding an ``sr-only`` copy of the title, a lazy
  company logo (``data-delayed-url``, ghost image), ``h3.base-search-card__title`` and
  ``h4.base-search-card__subtitle > a.hidden-nested-link`` (the company) padded with newlines and
  spaces, ``div.base-search-card__metadata`` with ``span.job-search-card__location``, an optional
  ``span.job-search-card__salary-info`` ("$135,000.00/yr - $160,000.00/yr"), an optional
  ``div.job-posting-benefits`` insight ("Be an early applicant", "Actively Hiring") after an ``icon``
  element, and ``time.job-search-card__listdate[datetime]`` "2 weeks ago" (``…__listdate--new`` "9
  hours ago" on fresh posts); the "See more jobs" button (``infinite-scroller__show-more-button``) whose
  script fetches ``/jobs-guest/jobs/api/seeMoreJobPostings/search?<the page's query>&start=N`` (N = the
  cards shown so far) and appends the answer: bare ``<li>`` fragments of the same cards (``pageNum=1``,
  ``2``), an empty answer at the end; "You've viewed all jobs for this search", a job-alert sign-in
  section, the contextual sign-in modal, the cookie-consent global alert, ``<code>`` config blobs and
  the guest footer. Links are written down without the tracking query.
* **shredline** — Reddit's 2024–25 web UI on a subreddit (``/r/Sourdough/``, server-rendered web
  components): ``shreddit-app``, the header with the search box and Log In, the left nav, the
  community banner (``shreddit-subreddit-header`` with members / online counts), a Community highlights
  carousel of pinned posts (not part of the feed), ``shreddit-sort-dropdown``, then ``shreddit-feed`` of
  ``article > shreddit-post`` elements that carry the data in attributes (``post-title``, ``permalink``,
  ``content-href``, ``author``, ``score``, ``comment-count``, ``created-timestamp``, ``domain``,
  ``post-type``, ``id=t3_…``) around slotted light-DOM children: the credit bar "u/author • <faceplate-
  timeago ts><time datetime title>5 hr. ago</time>", a full-post link with a screen-reader copy of the
  title, the title link ``a[slot=title]``, ``shreddit-post-flair`` (absent on some), and per post type an
  image (alt "r/Sourdough - <title>"), a gallery carousel, a video player, a text preview, or an outbound
  link card showing the link's domain; the score and comment counts live only in the attributes (the
  action row is shadow DOM); one ``shreddit-ad-post`` "Promoted" per page with the same attributes; each
  page ends with a lazy ``faceplate-partial`` to ``/svc/shreddit/community-more-posts/hot/?after=<base64
  of t3_…>&…`` (written too: bare ``article`` fragments and the next partial) and a no-JS ``noscript``
  "Next page" link to ``/r/Sourdough/?after=t3_…``; the sidebar (about, rules, moderators, bookmarks),
  the cookie banner, JSON config scripts.
* **codepress** — the dev.to (Forem) tag feed ``/t/python``: the header (search, Log in, Create
  account), the tag's header card ("#python", description, Follow), Relevant / Latest / Top tabs, then
  ``div.crayons-story`` cards: a hidden full-card navigation link, a cover image on the first story,
  ``crayons-story__author-pic`` avatar (organisation logo plus a small author avatar on organisation
  posts, "Name for Org"), the author name twice (a mobile link and a ``profile-preview-card`` button with
  its dropdown repeating the name, Follow and a JSON ``data-info``), ``time[datetime]`` "Mar 14" (no
  year for this year, "Dec 30 '24" before), ``h2.crayons-story__title > a``, tag links
  "<span class=crayons-tag__prefix>#</span>python", "42<span class=hidden> reactions</span>" with the
  reaction icons, "7 comments" ("Add Comment" when none), "5 min read" and the save button; top-comment
  previews under some stories ("See all 12 comments"); a billboard card (``crayons-story billboard``,
  "Promoted", its own ``h2``) in the feed; a Kaminari pager ``?page=N`` (« First ‹ Prev 1 2 3 Next ›
  Last »); the tag sidebar (submission guidelines, about, moderators) and the Forem footer.

Run ``uv run python tests/sites/corpus/generate_eleventh.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**. They
were written, and measured, before any heuristic was changed for them.
"""

# ruff: noqa: E501

from __future__ import annotations

import base64
import json
import re
import sys
import zlib
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc, slug

ELEVENTH: dict[str, Callable[[], None]] = {}


def eleventh(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    ELEVENTH[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _hash(text: str, length: int = 10) -> str:
    """A stable lowercase token derived from ``text`` (ids, tracking tokens, image names)."""
    digest = f"{zlib.crc32(text.encode()):08x}{zlib.crc32(text[::-1].encode()):08x}"
    return digest[:length]


def _b64(text: str) -> str:
    """A base64 token as tracking ids are written (``+``, ``/`` and ``=`` kept)."""
    return base64.b64encode(zlib.compress(text.encode())[:16]).decode()


# ---------------------------------------------------------------------------------------------------
# linkwork: LinkedIn's logged-out job search (jobs-guest-frontend, 2024–2025).
# ---------------------------------------------------------------------------------------------------

LW_HOST = "https://www.linkwork.example"
LW_NOW = date(2025, 3, 24)
LW_QUERY = "keywords=Analytics+Engineer&location=New+York&geoId=102571732&trk=public_jobs_jobs-search-bar_search-submit&position=1&pageNum=0"
LW_SEE_MORE = "/jobs-guest/jobs/api/seeMoreJobPostings/search"
LW_REF = "Xk3vTq0bS7yq1n2pJm4h8Q%3D%3D"
# (job id, title, company, company slug, location, salary or None, posted day, hours ago (fresh posts) or None,
#  insight or None)
LW_JOBS: list[tuple[int, str, str, str, str, str | None, date, int | None, str | None]] = [
    (
        4187652301,
        "Analytics Engineer",
        "Harborline Health",
        "harborline-health",
        "New York, NY",
        "$135,000.00/yr - $160,000.00/yr",
        date(2025, 3, 23),
        None,
        "Be an early applicant",
    ),
    (
        4183310492,
        "Senior Analytics Engineer",
        "Quillmark",
        "quillmark",
        "New York, NY",
        None,
        date(2025, 3, 17),
        None,
        "Actively Hiring",
    ),
    (
        4176624018,
        "Analytics Engineer II",
        "Brightwater Media Group",
        "brightwater-media-group",
        "New York City Metropolitan Area",
        "$120,000.00/yr - $145,000.00/yr",
        date(2025, 3, 10),
        None,
        None,
    ),
    (
        4189901175,
        "Analytics Engineer (dbt)",
        "Pennant Labs",
        "pennant-labs",
        "Brooklyn, NY",
        None,
        date(2025, 3, 24),
        9,
        "Be an early applicant",
    ),
    (
        4181237730,
        "Analytics Engineer, Growth",
        "Tandem Pay",
        "tandempay",
        "New York, United States",
        "$150,000.00/yr - $185,000.00/yr",
        date(2025, 3, 20),
        None,
        None,
    ),
    (
        4160054921,
        "Data & Analytics Engineer",
        "Corbel Insurance",
        "corbel-insurance",
        "Jersey City, NJ",
        None,
        date(2025, 2, 21),
        None,
        None,
    ),
    (
        4180449813,
        "Analytics Engineer",
        "Lumen & Vine",
        "lumen-and-vine",
        "New York, NY",
        None,
        date(2025, 3, 19),
        None,
        "Actively Hiring",
    ),
    (
        4172208836,
        "Staff Analytics Engineer",
        "Northgate Markets",
        "northgate-markets",
        "New York, NY",
        "$190,000.00/yr - $230,000.00/yr",
        date(2025, 3, 12),
        None,
        None,
    ),
    (
        4186671129,
        "Analytics Engineer - Contract",
        "Keystone Talent Partners",
        "keystone-talent-partners",
        "New York, NY",
        "$70.00/hr - $85.00/hr",
        date(2025, 3, 22),
        None,
        "Be an early applicant",
    ),
    (
        4165503387,
        "Junior Analytics Engineer",
        "Fieldhouse Sports Network",
        "fieldhouse-sports-network",
        "Stamford, CT",
        None,
        date(2025, 3, 3),
        None,
        None,
    ),
    (
        4182256640,
        "Lead Analytics Engineer",
        "Marigold Commerce",
        "marigold-commerce",
        "New York, NY",
        "$175,000.00/yr - $205,000.00/yr",
        date(2025, 3, 18),
        None,
        "Actively Hiring",
    ),
    (
        4178830052,
        "Analytics Engineer, Finance",
        "Ostrander Capital",
        "ostrander-capital",
        "New York, NY",
        None,
        date(2025, 3, 11),
        None,
        None,
    ),
    (
        4188120964,
        "Analytics Engineer",
        "Copperleaf Learning",
        "copperleaf-learning",
        "Hoboken, NJ",
        None,
        date(2025, 3, 24),
        20,
        "Be an early applicant",
    ),
    (
        4170091248,
        "Senior Analytics Engineer - Marketplace",
        "Stoop",
        "stoop-inc",
        "New York City Metropolitan Area",
        "$160,000.00/yr - $190,000.00/yr",
        date(2025, 3, 7),
        None,
        None,
    ),
    (
        4184476315,
        "Analytics Engineer, Product",
        "Parcelwise",
        "parcelwise",
        "New York, NY",
        None,
        date(2025, 3, 21),
        None,
        None,
    ),
    (
        4158812607,
        "Business Intelligence & Analytics Engineer",
        "Greyfriars Hospitality",
        "greyfriars-hospitality",
        "White Plains, NY",
        "$105,000.00/yr - $125,000.00/yr",
        date(2025, 2, 18),
        None,
        None,
    ),
    (
        4179904471,
        "Analytics Engineer",
        "Atlas Rail Partners",
        "atlas-rail-partners",
        "Newark, NJ",
        None,
        date(2025, 3, 14),
        None,
        "Actively Hiring",
    ),
    (
        4185539982,
        "Analytics Engineer (Hybrid)",
        "Meridian Bank",
        "meridian-bank",
        "New York, NY",
        "$128,000.00/yr - $152,000.00/yr",
        date(2025, 3, 21),
        None,
        None,
    ),
    (
        4174418820,
        "Senior Analytics Engineer, Data Platform",
        "Kitestring",
        "kitestring-io",
        "New York, United States",
        None,
        date(2025, 3, 8),
        None,
        None,
    ),
    (
        4187003319,
        "Analytics Engineer I",
        "Hollis & Grant",
        "hollis-and-grant",
        "New York, NY",
        None,
        date(2025, 3, 23),
        None,
        "Be an early applicant",
    ),
    (
        4168842295,
        "Analytics Engineer",
        "Verity Health Plans",
        "verity-health-plans",
        "Long Island City, NY",
        "$118,000.00/yr - $140,000.00/yr",
        date(2025, 3, 1),
        None,
        None,
    ),
    (
        4181190056,
        "Principal Analytics Engineer",
        "Cobalt Freight",
        "cobalt-freight",
        "New York, NY",
        None,
        date(2025, 3, 19),
        None,
        "Actively Hiring",
    ),
    (
        4177725513,
        "Analytics Engineer - Customer Insights",
        "Sable Beauty",
        "sable-beauty",
        "New York, NY",
        "$110,000.00/yr - $135,000.00/yr",
        date(2025, 3, 13),
        None,
        None,
    ),
    (
        4162230874,
        "Analytics Engineer",
        "Driftline Games",
        "driftline-games",
        "Brooklyn, NY",
        None,
        date(2025, 2, 24),
        None,
        None,
    ),
    (
        4186120347,
        "Analytics Engineering Manager",
        "Quillmark",
        "quillmark",
        "New York, NY",
        "$200,000.00/yr - $240,000.00/yr",
        date(2025, 3, 22),
        None,
        None,
    ),
    (
        4175564408,
        "Analytics Engineer, Risk",
        "Tandem Pay",
        "tandempay",
        "New York, United States",
        None,
        date(2025, 3, 10),
        None,
        None,
    ),
]
LW_FILTERS = [
    (
        "f_TPR",
        "Date posted",
        "Any time",
        "radio",
        [
            ("", "Any time (26)"),
            ("r2592000", "Past month (22)"),
            ("r604800", "Past week (12)"),
            ("r86400", "Past 24 hours (2)"),
        ],
    ),
    (
        "f_C",
        "Company",
        "Company",
        "checkbox",
        [
            ("2481377", "Quillmark (2)"),
            ("10427719", "Tandem Pay (2)"),
            ("3317852", "Harborline Health (1)"),
            ("60912", "Northgate Markets (1)"),
            ("88141032", "Marigold Commerce (1)"),
        ],
    ),
    ("f_JT", "Job type", "Job type", "checkbox", [("F", "Full-time (24)"), ("C", "Contract (2)")]),
    (
        "f_E",
        "Experience level",
        "Experience level",
        "checkbox",
        [("2", "Entry level (3)"), ("4", "Mid-Senior level (19)"), ("5", "Director (1)")],
    ),
    (
        "f_SB2",
        "Salary",
        "Salary",
        "radio",
        [("", "Any (26)"), ("5", "$100,000+ (11)"), ("7", "$140,000+ (6)"), ("9", "$180,000+ (3)")],
    ),
    ("f_WT", "On-site/remote", "Remote", "checkbox", [("1", "On-site (9)"), ("3", "Hybrid (14)"), ("2", "Remote (3)")]),
]


def _lw_ago(posted: date, hours: int | None) -> str:
    """LinkedIn's relative list date: "9 hours ago", "1 day ago", "2 weeks ago", "1 month ago"."""
    if hours is not None:
        return f"{hours} hours ago"
    days = (LW_NOW - posted).days
    if days < 7:
        return "1 day ago" if days == 1 else f"{days} days ago"
    if days < 28:
        weeks = days // 7
        return "1 week ago" if weeks == 1 else f"{weeks} weeks ago"
    return "1 month ago"


def _lw_job_path(job: tuple[Any, ...]) -> str:
    job_id, title, company = job[0], job[1], job[2]
    return f"/jobs/view/{slug(title)}-at-{slug(company)}-{job_id}"


def _lw_card(job: tuple[Any, ...], position: int, page_num: int) -> str:
    job_id, title, company, company_slug, location, salary, posted, hours, insight = job
    tracking = quote(_b64(f"{job_id}-{position}"), safe="")
    href = f"{LW_HOST}{_lw_job_path(job)}?position={position}&amp;pageNum={page_num}&amp;refId={LW_REF}&amp;trackingId={tracking}&amp;trk=public_jobs_jserp-result_search-card"
    logo = f"https://media.licdn.example/dms/image/v2/C4E0BAQ{_hash(company_slug, 12)}/company-logo_100_100/company-logo_100_100/0/16{_hash(company, 8)}?e=2147483647&amp;v=beta&amp;t={_hash(company_slug + 't', 16)}"
    salary_html = (
        f"""
          <span class="job-search-card__salary-info">
            {esc(salary)}
          </span>
"""
        if salary
        else ""
    )
    insight_html = (
        f"""
            <div class="job-posting-benefits text-sm">
              <icon class="job-posting-benefits__icon" data-delayed-url="https://static.licdn.example/aero-v1/sc/h/8m0hwh8ox9qmm2y8zl0oyt2zt" data-svg-class-name="job-posting-benefits__icon-svg"></icon>
              <span class="job-posting-benefits__text">
                {esc(insight)}
              </span>
            </div>
"""
        if insight
        else ""
    )
    date_class = (
        "job-search-card__listdate--new"
        if hours is not None or (LW_NOW - posted).days <= 1
        else "job-search-card__listdate"
    )
    return f"""<li>
    <div class="base-card relative w-full hover:no-underline focus:no-underline base-card--link base-search-card base-search-card--link job-search-card" data-entity-urn="urn:li:jobPosting:{job_id}" data-impression-id="jobs-search-result-{position - 1}" data-reference-id="{LW_REF.replace("%3D", "=")}" data-tracking-id="{_b64(f"{job_id}-{position}")}" data-column="1" data-row="{position}">
      <a class="base-card__full-link absolute top-0 right-0 bottom-0 left-0 p-0 z-[2]" href="{href}" data-tracking-control-name="public_jobs_jserp-result_search-card" data-tracking-client-ingraph data-tracking-will-navigate>
        <span class="sr-only">
            {esc(title)}
        </span>
      </a>
      <div class="search-entity-media">
        <img class="artdeco-entity-image artdeco-entity-image--square-4" data-delayed-url="{logo}" data-ghost-classes="artdeco-entity-image--ghost" data-ghost-url="https://static.licdn.example/aero-v1/sc/h/6puxblwmhnodu6fjircz4dn4h" alt="{esc(company)}">
      </div>
      <div class="base-search-card__info">
        <h3 class="base-search-card__title">
          {esc(title)}
        </h3>
        <h4 class="base-search-card__subtitle">
          <a class="hidden-nested-link" data-tracking-client-ingraph data-tracking-control-name="public_jobs_jserp-result_job-search-card-subtitle" data-tracking-will-navigate href="{LW_HOST}/company/{company_slug}?trk=public_jobs_jserp-result_job-search-card-subtitle">
            {esc(company)}
          </a>
        </h4>
        <div class="base-search-card__metadata">
          <span class="job-search-card__location">
            {esc(location)}
          </span>
{salary_html}{insight_html}
            <time class="{date_class}" datetime="{posted.isoformat()}">
              {_lw_ago(posted, hours)}
            </time>
        </div>
      </div>
    </div>
  </li>"""


def _lw_filters() -> str:
    out = []
    for name, legend, label, kind, values in LW_FILTERS:
        inputs = "".join(
            f"""
            <div class="filter-values-container__filter-value">
              <input type="{kind}" id="{name}-{n}" name="{name}" value="{esc(value)}"{" checked" if n == 0 and kind == "radio" else ""} form="jserp-filters">
              <label for="{name}-{n}">
                {esc(text)}
              </label>
            </div>"""
            for n, (value, text) in enumerate(values)
        )
        out.append(f"""
        <li class="filter">
          <div class="filter-dropdown filter-dropdown--{name}">
            <button class="filter-button filter-button--dropdown" aria-expanded="false" aria-label="{esc(legend)} filter. Clicking this button displays all {esc(legend)} filter options." data-tracking-control-name="public_jobs_{name}">
              {esc(label)}
              <icon class="filter-button__icon" data-delayed-url="https://static.licdn.example/aero-v1/sc/h/cyolgscd0imw2ldqppkrb84vo"></icon>
            </button>
            <div class="filter-values-container" role="group">
              <fieldset>
                <legend class="sr-only">{esc(legend)} filter options</legend>{inputs}
              </fieldset>
              <button class="filter__submit-button" data-tracking-control-name="public_jobs_{name}_done" type="submit" form="jserp-filters">Done</button>
            </div>
          </div>
        </li>""")
    return "".join(out)


LW_SCRIPT = """
(function () {
  /* jobs-guest-frontend: infinite-scroller.js (trimmed) */
  var list = document.querySelector(".jobs-search__results-list");
  var button = document.querySelector(".infinite-scroller__show-more-button");
  var viewedAll = document.querySelector(".see-more-jobs__viewed-all");
  var path = JSON.parse(document.getElementById("seeMoreJobPostingsApiPath").textContent.replace(/^\\s*<!--|-->\\s*$/g, ""));
  var loading = false;
  function loadMore() {
    if (loading) { return; }
    loading = true;
    var params = new URLSearchParams(window.location.search);
    params.set("start", String(list.querySelectorAll(":scope > li").length));
    fetch(path + "?" + params.toString(), { credentials: "same-origin", headers: { "csrf-token": window.jsCsrfToken || "" } })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        loading = false;
        if (!html.trim()) {
          button.classList.remove("infinite-scroller__show-more-button--visible");
          viewedAll.classList.remove("hidden");
          return;
        }
        list.insertAdjacentHTML("beforeend", html);
      });
  }
  button.addEventListener("click", loadMore);
  window.addEventListener("scroll", function () {
    if (window.innerHeight + window.scrollY >= document.body.offsetHeight - 300) { loadMore(); }
  }, { passive: true });
})();
"""


def _lw_page(cards: str, total: int) -> str:
    cookie = """
  <div id="artdeco-global-alert-container" class="z-[10000] fixed bottom-0 left-0 right-0" aria-live="polite">
    <section class="artdeco-global-alert artdeco-global-alert--NOTICE artdeco-global-alert--COOKIE_CONSENT" role="dialog" aria-label="Cookie consent">
      <div class="artdeco-global-alert__body flex justify-between items-center">
        <div class="artdeco-global-alert__content">
          <p class="artdeco-global-alert__message">
            Linkwork and 3rd parties use essential and non-essential cookies to provide, secure, analyze and improve our Services, and to show you relevant ads (including <strong>professional and job ads</strong>) on and off Linkwork. Learn more in our <a class="artdeco-global-alert__link" href="https://www.linkwork.example/legal/cookie-policy" data-tracking-control-name="ga-cookie.consent.learn-more">Cookie Policy</a>.
          </p>
          <p class="artdeco-global-alert__message">Select Accept to consent or Reject to decline non-essential cookies for this use. You can update your choices at any time in your <a class="artdeco-global-alert__link" href="https://www.linkwork.example/mypreferences/g/guest-cookies">settings</a>.</p>
        </div>
        <div class="artdeco-global-alert-action__wrapper">
          <button action-type="ACCEPT" data-tracking-control-name="ga-cookie.consent.accept.v4" data-control-name="ga-cookie.consent.accept.v4" class="artdeco-global-alert-action artdeco-button artdeco-button--inverse artdeco-button--2 artdeco-button--primary" type="button">Accept</button>
          <button action-type="DENY" data-tracking-control-name="ga-cookie.consent.deny.v4" data-control-name="ga-cookie.consent.deny.v4" class="artdeco-global-alert-action artdeco-button artdeco-button--inverse artdeco-button--2 artdeco-button--primary" type="button">Reject</button>
        </div>
      </div>
    </section>
  </div>"""
    footer_links = [
        ("About", "https://about.linkwork.example?trk=public_jobs_footer-about"),
        ("Accessibility", "https://www.linkwork.example/accessibility?trk=public_jobs_footer-accessibility"),
        ("User Agreement", "https://www.linkwork.example/legal/user-agreement?trk=public_jobs_footer-user-agreement"),
        ("Privacy Policy", "https://www.linkwork.example/legal/privacy-policy?trk=public_jobs_footer-privacy-policy"),
        (
            "Your California Privacy Choices",
            "https://www.linkwork.example/legal/california-privacy-disclosure?trk=public_jobs_footer-california-privacy-rights-act",
        ),
        ("Cookie Policy", "https://www.linkwork.example/legal/cookie-policy?trk=public_jobs_footer-cookie-policy"),
        (
            "Copyright Policy",
            "https://www.linkwork.example/legal/copyright-policy?trk=public_jobs_footer-copyright-policy",
        ),
        ("Brand Policy", "https://brand.linkwork.example/policies?trk=public_jobs_footer-brand-policy"),
        (
            "Guest Controls",
            "https://www.linkwork.example/psettings/guest-controls?trk=public_jobs_footer-guest-controls",
        ),
        (
            "Community Guidelines",
            "https://www.linkwork.example/legal/professional-community-policies?trk=public_jobs_footer-community-guide",
        ),
    ]
    footer = "".join(
        f'\n        <li class="li-footer__item"><a class="li-footer__item-link" data-tracking-control-name="public_jobs_footer-{slug(text)}" data-tracking-will-navigate href="{href}">{esc(text)}</a></li>'
        for text, href in footer_links
    )
    nav_links = "".join(
        f'\n          <li><a href="{LW_HOST}/{path}?trk=public_jobs_nav-header-{slug(text)}" data-tracking-control-name="public_jobs_nav-header-{slug(text)}" data-tracking-will-navigate class="top-nav-link flex justify-center items-center h-[52px] hover:text-color-text visited:hover:text-color-text hover:no-underline"><icon class="top-nav-link__icon flex h-3 w-3 flex-shrink-0 justify-center" data-delayed-url="https://static.licdn.example/aero-v1/sc/h/{_hash(text, 25)}"></icon><span class="top-nav-link__label-text font-sans text-xs leading-regular text-center font-regular whitespace-nowrap">{esc(text)}</span></a></li>'
        for text, path in (
            ("Articles", "pulse/topics/home/"),
            ("People", "pub/dir/+/+"),
            ("Learning", "learning/search"),
            ("Jobs", "jobs/search"),
            ("Games", "games"),
            ("Get the app", "mobile"),
        )
    )
    config = json.dumps(
        {"keywords": "Analytics Engineer", "location": "New York", "geoId": "102571732", "pageSize": 10, "total": total}
    )
    return f"""<!DOCTYPE html>
<html lang="en">
  <head>
    <meta name="pageKey" content="d_jobs_guest_search">
    <meta name="linkwork:pageTag" content="urlType=jserp_custom;emptyResult=false">
    <meta name="locale" content="en_US">
    <meta id="config" data-app-version="2.0.2111" data-call-tree-id="AAYw{_hash("calltree", 18)}==" data-multiproduct-name="jobs-guest-frontend" data-service-name="jobs-guest-frontend" data-browser-id="3f0c{_hash("browser", 20)}" data-enable-page-view-heartbeat-tracking data-page-instance="urn:li:page:d_jobs_guest_search;{_hash("instance", 16)}==" data-disable-jsbeacon-pagekey-suffix="false" data-member-id="0" data-should-use-full-url-in-pve-path="true">
    <meta name="description" content="Today's top 26 Analytics Engineer jobs in New York, United States. Leverage your professional network, and get hired. New Analytics Engineer jobs added daily.">
    <meta property="og:title" content="26 Analytics Engineer jobs in New York, United States (4 new)">
    <meta property="og:site_name" content="Linkwork">
    <meta property="og:image" content="https://static.licdn.example/aero-v1/sc/h/c45fy346jw096z9pbphyyhdz7">
    <meta name="twitter:card" content="summary">
    <meta name="robots" content="noarchive">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <link rel="canonical" href="{LW_HOST}/jobs/analytics-engineer-jobs-new-york-ny">
    <link rel="icon" href="https://static.licdn.example/aero-v1/sc/h/al2o9zrvru7aqj8e1x2rzsrca">
    <link rel="stylesheet" href="https://static.licdn.example/aero-v1/sc/h/4x9i4f5g3bqeu3dvv7hc8x5rz">
    <title>26 Analytics Engineer jobs in New York, United States (4 new)</title>
  </head>
  <body dir="ltr">
    <a href="#main-content" class="skip-link btn-md btn-primary absolute z-11 -top-[100vh] focus:top-0">Skip to main content</a>
    <code id="i18n_sign_in_modal_title" style="display: none"><!--"Sign in to view more jobs"--></code>
    <code id="seeMoreJobPostingsApiPath" style="display: none"><!--"{LW_SEE_MORE}"--></code>
    <code id="jobsSearchConfig" style="display: none"><!--{esc(config)}--></code>
    <code id="isClsFixActive" style="display: none"><!--false--></code>
{cookie}
    <div class="base-serp-page">
      <header class="base-serp-page__header global-alert-offset sticky-header">
        <nav class="nav pt-1.5 pb-2 flex items-center justify-between relative flex-nowrap babymamabear:py-1.5 nav--minified-mobile babybear:flex-wrap" aria-label="Primary">
          <a href="{LW_HOST}/?trk=public_jobs_nav-header-logo" class="nav__logo-link link-no-visited-state z-1 mr-auto babybear:z-0 hover:no-underline focus:no-underline" data-tracking-control-name="public_jobs_nav-header-logo" data-tracking-will-navigate>
            <span class="sr-only">Linkwork</span>
            <icon class="block text-color-brand w-[102px] h-[26px] babybear:hidden" data-test-id="nav-logo" data-delayed-url="https://static.licdn.example/aero-v1/sc/h/8fkga714vy9b2wk5auqo5reeb"></icon>
          </a>
          <section class="base-search-bar w-full h-full" data-searchbar-type="JOBS">
            <form class="base-search-bar__form w-full flex babymamabear:flex-col" role="search" action="/jobs/search" method="get">
              <section class="dismissable-input text-input search-input keywords-input">
                <input aria-controls="job-search-bar-keywords-typeahead-list" aria-label="Search job titles or companies" autocomplete="off" class="dismissable-input__input font-sans text-md text-color-text bg-color-transparent flex items-center flex-1 focus:outline-none placeholder:text-color-text-secondary" id="job-search-bar-keywords" maxlength="500" name="keywords" placeholder="Search job titles or companies" type="search" value="Analytics Engineer">
                <button class="dismissable-input__button dismissable-input__button--hide" data-tracking-control-name="public_jobs_dismissable-input-clear" type="button"><label class="sr-only">Clear text</label><icon class="dismissable-input__button-icon"></icon></button>
              </section>
              <ul id="job-search-bar-keywords-typeahead-list" role="listbox" class="typeahead-input__dropdown container-raised absolute w-full overflow-y-auto" hidden></ul>
              <section class="dismissable-input text-input search-input location-input">
                <input aria-controls="job-search-bar-location-typeahead-list" aria-label="Location" autocomplete="off" class="dismissable-input__input" id="job-search-bar-location" maxlength="500" name="location" placeholder="Location" type="search" value="New York">
              </section>
              <input name="geoId" type="hidden" value="102571732">
              <input name="trk" type="hidden" value="public_jobs_jobs-search-bar_search-submit">
              <button class="base-search-bar__submit-btn block basis-[44px] flex-shrink-0 cursor-pointer" type="submit" aria-label="Search" data-tracking-control-name="public_jobs_jobs-search-bar_base-search-bar-search-submit"><icon class="base-search-bar__search-icon"></icon></button>
            </form>
          </section>
          <ul class="top-nav-menu flex items-center babybear:w-full babybear:justify-between justify-start w-max pt-0.5 papabear:pl-1 papabear:border-l-1 papabear:border-solid papabear:border-color-border-faint">{nav_links}
          </ul>
          <div class="nav__cta-container order-3 flex gap-x-1 justify-end min-w-[100px] flex-nowrap flex-shrink-0 babybear:flex-wrap flex-2">
            <a class="nav__button-tertiary btn-md btn-tertiary" href="{LW_HOST}/signup/cold-join?source=guest_homepage&amp;trk=public_jobs_nav-header-join" data-tracking-control-name="public_jobs_nav-header-join" data-test-live-nav-primary-cta data-tracking-will-navigate>Join now</a>
            <a class="nav__button-secondary btn-md btn-secondary-emphasis" href="{LW_HOST}/login?emailAddress=&amp;fromSignIn=&amp;fromSignIn=true&amp;trk=public_jobs_nav-header-signin" data-tracking-control-name="public_jobs_nav-header-signin" data-tracking-will-navigate>Sign in</a>
          </div>
        </nav>
        <section class="filters" aria-label="Search filters">
          <form id="jserp-filters" class="filters__form" action="/jobs/search" method="get">
            <input type="hidden" name="keywords" value="Analytics Engineer"><input type="hidden" name="location" value="New York"><input type="hidden" name="geoId" value="102571732">
          </form>
          <ul class="filters__list">{_lw_filters()}
          </ul>
        </section>
      </header>
      <div class="base-serp-page__content">
        <main id="main-content" class="two-pane-serp-page__results" role="main">
          <section class="two-pane-serp-page__results-list">
            <div class="results-context-header">
              <h1 class="results-context-header__context">
                <span class="results-context-header__job-count">{total}</span>
                <span class="results-context-header__query-search">Analytics Engineer Jobs in New York, United States</span>
              </h1>
              <span class="results-context-header__new-jobs">(4 new)</span>
              <div class="job-alert-redirect-section" data-tracking-control-name="public_jobs_job-alert-redirect">
                <p class="job-alert-redirect-section__text">Get notified about new Analytics Engineer jobs in New York, United States.</p>
                <a class="job-alert-redirect-section__cta btn-sm btn-secondary" href="{LW_HOST}/login?session_redirect=%2Fjobs%2Fsearch%3Fkeywords%3DAnalytics%2BEngineer&amp;emailAddress=&amp;fromSignIn=&amp;trk=public_jobs_job-alert-redirect">Sign in to create job alert</a>
              </div>
            </div>
            <ul class="jobs-search__results-list">
  {cards}
            </ul>
            <button class="infinite-scroller__show-more-button infinite-scroller__show-more-button--visible" aria-label="See more jobs" data-tracking-client-ingraph data-tracking-control-name="infinite-scroller_show-more" data-tracking-litms type="button">
              See more jobs
            </button>
            <div class="px-1.5 flex inline-notification text-color-signal-positive see-more-jobs__viewed-all hidden" type="success" role="alert">
              <icon class="inline-notification__icon w-[20px] h-[20px] shrink-0 mr-[10px] inline-block" data-delayed-url="https://static.licdn.example/aero-v1/sc/h/9zhm3eh2dq7vh2muo8xnfikxh"></icon>
              <p class="inline-notification__text text-sm leading-regular">
                You've viewed all jobs for this search
              </p>
            </div>
          </section>
          <section class="two-pane-serp-page__detail-view" aria-label="Job details">
            <div class="details-pane__content details-pane__content--show"></div>
          </section>
        </main>
      </div>
      <div class="contextual-sign-in-modal base-contextual-sign-in-modal" data-impression-id="public_jobs_contextual-sign-in-modal">
        <div class="modal modal--contextual-sign-in" data-outlet="base-contextual-sign-in-modal">
          <div class="modal__overlay flex items-center bg-color-background-scrim justify-center fixed bottom-0 left-0 right-0 top-0 opacity-0 invisible pointer-events-none z-[1000]" aria-hidden="true">
            <section aria-modal="true" role="dialog" aria-labelledby="base-contextual-sign-in-modal-modal-header" tabindex="-1" class="max-h-full modal__wrapper overflow-auto p-0 bg-color-surface max-w-[1128px] min-h-[160px] relative scale-[0.25] shadow-sm shadow-color-border-faint transition invisible">
              <button class="modal__dismiss btn-tertiary h-[40px] w-[40px] p-0 rounded-full indent-0 contextual-sign-in-modal__modal-dismiss absolute right-0 m-[20px] cursor-pointer" aria-label="Dismiss" data-tracking-control-name="public_jobs_contextual-sign-in-modal_modal_dismiss"><icon class="contextual-sign-in-modal__modal-dismiss-icon"></icon></button>
              <div class="modal__main w-full">
                <div class="contextual-sign-in-modal__screen contextual-sign-in-modal__context-screen flex flex-col my-4 mx-3">
                  <img class="inline-block relative rounded-[50%] w-16 h-16 contextual-sign-in-modal__img m-auto" data-delayed-url="https://static.licdn.example/aero-v1/sc/h/dbvmk0tsk0o0hd59fi64z3own" alt="">
                  <h2 class="contextual-sign-in-modal__context-screen-title font-sans text-xl text-color-text my-2 mx-4 text-center" id="base-contextual-sign-in-modal-modal-header">Sign in to view more jobs</h2>
                  <div class="contextual-sign-in-modal__sign-in-form">
                    <form class="sign-in-form" action="{LW_HOST}/uas/login-submit" method="post" novalidate>
                      <input name="loginCsrfParam" value="{_hash("csrf", 32)}" type="hidden">
                      <div class="flex flex-col"><label for="session_key" class="input__label">Email or phone</label><input class="input__input" type="text" id="session_key" name="session_key" autocomplete="username" required></div>
                      <div class="flex flex-col"><label for="session_password" class="input__label">Password</label><input class="input__input" type="password" id="session_password" name="session_password" autocomplete="current-password" required><button type="button" class="password-input__toggle">Show</button></div>
                      <a class="font-sans text-md font-bold link leading-regular sign-in-form__forgot-password--with-cta" href="{LW_HOST}/uas/request-password-reset?trk=public_jobs_contextual-sign-in-modal_sign-in-modal_forgot_password">Forgot password?</a>
                      <button class="btn-md btn-primary flex-shrink-0 cursor-pointer sign-in-form__submit-btn--full-width" type="submit">Sign in</button>
                    </form>
                    <p class="contextual-sign-in-modal__join-now m-auto font-sans text-md text-color-text">New to Linkwork? <a href="{LW_HOST}/signup/cold-join?trk=public_jobs_contextual-sign-in-modal_sign-in-modal_join-link" class="font-bold">Join now</a></p>
                  </div>
                </div>
              </div>
            </section>
          </div>
        </div>
      </div>
      <footer class="li-footer bg-transparent w-full">
        <ul class="li-footer__list flex flex-wrap flex-row items-start justify-start w-full h-auto min-h-[50px] my-[0px] mx-auto py-3 px-2 papabear:w-[1128px] papabear:p-0">
        <li class="li-footer__item font-sans text-xs text-color-text-solid-secondary flex flex-shrink-0 justify-start p-1 relative w-50% papabear:justify-center papabear:w-auto"><span class="sr-only">Linkwork</span><icon class="li-footer__copy-logo text-color-logo-brand-alt inline-block self-center h-[14px] w-[56px] mr-1"></icon><span class="li-footer__copy-text flex items-center">&copy; 2025</span></li>{footer}
        <li class="li-footer__item"><div class="collapsible-dropdown collapsible-dropdown--footer collapsible-dropdown--up flex items-center relative hyphens-auto language-selector z-2"><ul class="collapsible-dropdown__list hidden container-raised absolute w-auto overflow-y-auto flex-col items-stretch z-1 bottom-[100%] top-auto" role="menu" tabindex="-1"><li class="language-selector__item" role="menuitem" lang="de_DE"><a class="language-selector__link" href="{LW_HOST}/jobs/search?{LW_QUERY.replace("&", "&amp;")}&amp;_l=de_DE" aria-label="Deutsch (German)">Deutsch (German)</a></li><li class="language-selector__item" role="menuitem" lang="es_ES"><a class="language-selector__link" href="{LW_HOST}/jobs/search?{LW_QUERY.replace("&", "&amp;")}&amp;_l=es_ES" aria-label="Español (Spanish)">Español (Spanish)</a></li><li class="language-selector__item" role="menuitem" lang="fr_FR"><a class="language-selector__link" href="{LW_HOST}/jobs/search?{LW_QUERY.replace("&", "&amp;")}&amp;_l=fr_FR" aria-label="Français (French)">Français (French)</a></li></ul><button class="language-selector__button select-none relative pr-2 font-sans text-xs font-bold text-color-text-low-emphasis hover:text-color-link-hover hover:cursor-pointer focus:text-color-link-focus focus:outline-dotted focus:outline-1" aria-expanded="false" data-tracking-control-name="footer-lang-dropdown_trigger"><span class="language-selector__label-text mr-0.5 break-words">Language</span><icon class="language-selector__label-chevron w-2 h-2 absolute top-0 right-0"></icon></button></div></li>
        </ul>
      </footer>
    </div>
    <script src="https://static.licdn.example/aero-v1/sc/h/3q6v7tm1fyk3bd3etvuxaak0z" async></script>
    <script>{LW_SCRIPT}</script>
    <script type="text/javascript">window.lnkd = window.lnkd || {{}}; window.lnkd.trackingPageKey = "d_jobs_guest_search"; window.jsCsrfToken = "ajax:{_hash("ajax", 19)}";</script>
  </body>
</html>"""


@eleventh
def build_linkwork() -> None:
    s = Site(
        "linkwork",
        kind="job search (LinkedIn guest 2024–25: base-card full-card links with tracking queries, padded h3/h4, listdate 'N weeks ago', insights, a 'See more jobs' button loading seeMoreJobPostings fragments)",
        start=f"jobs/search?{LW_QUERY}",
        description="LinkedIn's logged-out job search (jobs-guest-frontend, page key d_jobs_guest_search, 2024–2025): the guest nav (Articles / People / Learning / Jobs / Games / Get the app, Join now / Sign in), the keywords + location search bar, a filter bar of dropdown buttons whose radio / checkbox values carry counts ('Past week (12)'), '26 Analytics Engineer Jobs in New York, United States (4 new)', a job-alert sign-in section; ul.jobs-search__results-list of li > div.base-card.base-search-card.job-search-card[data-entity-urn=urn:li:jobPosting:N]: a full-card a.base-card__full-link (absolute /jobs/view/<title>-at-<company>-<id> with ?position=N&pageNum=N&refId=…&trackingId=…&trk=…) holding an sr-only title copy, a lazy company logo (data-delayed-url, ghost url), h3.base-search-card__title and h4.base-search-card__subtitle > a.hidden-nested-link (company, /company/<slug>?trk=…) padded with newlines, div.base-search-card__metadata with span.job-search-card__location, an optional span.job-search-card__salary-info ('$135,000.00/yr - $160,000.00/yr', '$70.00/hr - $85.00/hr'), an optional div.job-posting-benefits insight after an <icon> ('Be an early applicant', 'Actively Hiring') and time.job-search-card__listdate[datetime] '2 weeks ago' (time.job-search-card__listdate--new '9 hours ago' / '1 day ago'); ten cards on the page, then the 'See more jobs' button whose inline script reads the API path from a <code> blob and fetches /jobs-guest/jobs/api/seeMoreJobPostings/search?<the page's query>&start=<cards shown> (bare <li> fragments of the same cards, pageNum=1 and 2; start=26 answers nothing, and 'You've viewed all jobs for this search' shows); the cookie-consent global alert, the contextual sign-in modal, a details pane, the guest footer with a language selector. Links are written down without the per-position tracking query.",
    )
    pages = chunks(LW_JOBS, [10, 10, 6])
    first = 0
    for number, jobs in enumerate(pages):
        cards = "\n  ".join(_lw_card(job, n, number) for n, job in enumerate(jobs, 1))
        if number == 0:
            s.list_page(f"jobs/search@{LW_QUERY}", _lw_page(cards, len(LW_JOBS)))
        else:
            s.list_page(f"{LW_SEE_MORE.lstrip('/')}@{LW_QUERY}&start={first}", cards)
        first += len(jobs)
    s.write(f"{LW_SEE_MORE.lstrip('/')}@{LW_QUERY}&start={first}", "")
    for job in LW_JOBS:
        _id, title, company, _cs, location, salary, posted, _hours, insight = job
        s.expect(
            {
                "title": title,
                "url": f"{LW_HOST}{_lw_job_path(job)}",
                "company": company,
                "location": location,
                "salary": salary,
                "date": posted.isoformat(),
                "insight": insight,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# shredline: Reddit's 2024–2025 web UI ("shreddit") on a subreddit feed, server-rendered web components.
# ---------------------------------------------------------------------------------------------------

SL_HOST = "https://www.shredline.example"
SL_SUB = "Sourdough"
SL_NOW = datetime(2025, 3, 20, 18, 0, 0)
SL_SUB_ID = "t5_2s4qn"
# (id36, title, author, flair or None, score, comments, created (UTC), post type, extra: image / gallery
#  size / text preview / outbound link)
SL_POSTS: list[tuple[str, str, str, str | None, int, int, str, str, Any]] = [
    (
        "1jfq2k9",
        "My first loaf after three months of trying — finally an open crumb!",
        "crumb_wizard",
        "Crumb Shot",
        1243,
        142,
        "2025-03-20T09:14:22",
        "image",
        None,
    ),
    (
        "1jfm8d1",
        "Starter smells like nail polish remover after feeding. Is it dead?",
        "flourishing_fern",
        "Help!",
        87,
        64,
        "2025-03-20T04:02:51",
        "text",
        "Fed 1:1:1 with AP flour yesterday evening, kitchen is about 64°F. This morning it smells strongly of acetone and there's grey liquid on top. It doubled on day 9 but hasn't risen since. Should I discard more or switch to whole wheat?",
    ),
    (
        "1jfk3x7",
        "Why your bulk ferment is probably too short (with aliquot jar photos)",
        "levain_larry",
        "Discussion",
        612,
        98,
        "2025-03-19T22:40:10",
        "gallery",
        6,
    ),
    (
        "1jfi0a4",
        "The Serious Eats guide to hydration percentages finally made it click for me",
        "oven_spring_sue",
        "Recipe",
        341,
        37,
        "2025-03-19T19:11:05",
        "link",
        "https://www.seriouseats.example/sourdough-hydration-guide-8712345",
    ),
    (
        "1jfgw2p",
        "Scoring a wheat stalk pattern in slow motion",
        "lame_duck_bakes",
        None,
        2210,
        88,
        "2025-03-19T16:55:43",
        "video",
        None,
    ),
    (
        "1jffk81",
        "Rye starter vs. white starter side by side, same feeding schedule",
        "dutchoven_dan",
        "Starter",
        158,
        21,
        "2025-03-19T13:20:18",
        "image",
        None,
    ),
    (
        "1jfd9rq",
        "Does anyone else bake straight from the fridge without preheating the Dutch oven?",
        "cold_retard_carla",
        "Discussion",
        74,
        112,
        "2025-03-19T08:47:30",
        "text",
        "I've seen the cold oven method on a few blogs and tried it twice this week. Oven spring was maybe 80% of my usual, but the bottom crust was so much better. Curious if anyone does this every bake.",
    ),
    (
        "1jfbb0e",
        "Gummy crumb every single time — what am I doing wrong?",
        "banneton_ben",
        "Help!",
        39,
        52,
        "2025-03-19T03:15:09",
        "image",
        None,
    ),
    (
        "1jf9q6m",
        "Millstone's new whole grain calculator is actually useful",
        "millstone_maya",
        "Recipe",
        205,
        19,
        "2025-03-18T21:42:57",
        "link",
        "https://www.millstonebaking.example/tools/whole-grain-calculator",
    ),
    (
        "1jf7z3t",
        "Sourdough cinnamon rolls for my daughter's 10th birthday",
        "proofing_patty",
        "Success!",
        987,
        45,
        "2025-03-18T17:30:00",
        "gallery",
        4,
    ),
    (
        "1jf5t8c",
        "I made a spreadsheet to track 90 bakes. Here's what actually changed my oven spring",
        "data_dough",
        "Discussion",
        1530,
        203,
        "2025-03-18T12:05:44",
        "text",
        "Tracked flour, hydration, starter peak time, bulk rise %, cold retard hours and oven temp for every bake since October. Biggest single factor by far was bulk rise percentage, not hydration. Sheet linked in the comments.",
    ),
    (
        "1jf42mm",
        "Found my grandmother's 1950s starter notes in a recipe box",
        "heirloom_hannah",
        None,
        3120,
        156,
        "2025-03-18T07:58:12",
        "image",
        None,
    ),
    (
        "1jf2ev0",
        "Ear for days (75% hydration, 20% whole wheat)",
        "ear_chaser",
        "Crumb Shot",
        448,
        33,
        "2025-03-18T02:44:31",
        "image",
        None,
    ),
    (
        "1jf0h5s",
        "Is a proofing box worth it in a cold apartment?",
        "chilly_kitchen",
        "Help!",
        52,
        71,
        "2025-03-17T22:16:09",
        "text",
        "My place sits around 60°F all winter and bulk takes forever. I've tried the oven with the light on but it gets too hot. Is a dedicated proofing box worth the money or is there a cheaper trick?",
    ),
    (
        "1jeyr1b",
        "The Perfect Loaf: understanding levain build timing",
        "loaf_nerd",
        "Recipe",
        276,
        24,
        "2025-03-17T18:03:27",
        "link",
        "https://www.theperfectloaf.example/levain-build-timing/",
    ),
    (
        "1jex6kd",
        "Time-lapse of my starter on a 1:5:5 feed at 78°F",
        "jarwatcher",
        "Starter",
        689,
        40,
        "2025-03-17T14:41:50",
        "video",
        None,
    ),
    (
        "1jevm3w",
        "Focaccia Friday: rosemary, flaky salt and way too much olive oil",
        "focaccia_fiend",
        "Success!",
        1102,
        61,
        "2025-03-17T10:22:15",
        "gallery",
        3,
    ),
    (
        "1jeu0zz",
        "PSA: check your banneton for mould before it's too late",
        "liner_lena",
        "Discussion",
        533,
        87,
        "2025-03-17T05:09:38",
        "image",
        None,
    ),
    (
        "1jesg7f",
        "Why does my loaf spread flat after I turn it out?",
        "pancake_loaf",
        "Help!",
        61,
        93,
        "2025-03-16T23:50:02",
        "text",
        "Shaping feels tight, it holds in the banneton overnight, but the moment I turn it onto the parchment it slumps into a frisbee. 72% hydration, bread flour, 5 hour bulk at 74°F.",
    ),
    (
        "1jeqy4u",
        "Baking bread in a 200-year-old communal oven in Portugal",
        "wanderbread",
        None,
        1877,
        74,
        "2025-03-16T19:37:46",
        "image",
        None,
    ),
    (
        "1jepd2n",
        "Spelt sourdough: 100% wholegrain, no added yeast, 82% hydration",
        "spelt_sam",
        "Recipe",
        167,
        22,
        "2025-03-16T15:12:09",
        "text",
        "Recipe: 500 g wholegrain spelt, 410 g water, 100 g stiff levain, 11 g salt. Autolyse 30 min, three sets of coil folds, bulk 4 h at 76°F, shape, 12 h cold retard, bake 20 min lid on at 250°C then 25 min lid off.",
    ),
    (
        "1jennr8",
        "My starter 'Clint Yeastwood' turned two today",
        "yeastwood_fan",
        "Starter",
        2450,
        131,
        "2025-03-16T11:05:33",
        "image",
        None,
    ),
    (
        "1jem1ha",
        "Test Kitchen ran a blind test of home-milled vs. bagged flour",
        "milling_around",
        "Discussion",
        388,
        66,
        "2025-03-16T06:48:20",
        "link",
        "https://www.testkitchen.example/articles/8123-home-milled-flour-blind-test",
    ),
    (
        "1jekf6y",
        "First attempt at a Danish rye (rugbrød) — dense but delicious",
        "rugbrod_rasmus",
        "Success!",
        214,
        18,
        "2025-03-16T02:31:57",
        "gallery",
        2,
    ),
    (
        "1jeit09",
        "How do you keep the bottom from burning in a cast iron combo cooker?",
        "scorched_scott",
        "Help!",
        45,
        58,
        "2025-03-15T21:19:44",
        "text",
        "Every loaf comes out with a black bottom even with parchment. I bake at 260°C for 20 min lid on then 230°C lid off. Tried a baking sheet on the rack below and it helped a bit.",
    ),
    (
        "1jeh7fs",
        "Shaping a batard, narrated for beginners",
        "shaping_shira",
        None,
        756,
        29,
        "2025-03-15T16:02:11",
        "video",
        None,
    ),
]
SL_FLAIR_COLOURS = {
    "Crumb Shot": "#FF8717",
    "Help!": "#FF4500",
    "Discussion": "#0079D3",
    "Recipe": "#46D160",
    "Starter": "#DDBD37",
    "Success!": "#7193FF",
}
# (page, position before which it sits, id36, brand, title, body, link, domain, cta)
SL_ADS = [
    (
        1,
        3,
        "1ad7h3k",
        "HearthMillFlour",
        "Stone-milled flour, delivered fresh. Try our Bakers' Sampler — 20% off your first order",
        "Six freshly milled flours, from high-extraction wheat to whole rye. Milled to order in Vermont.",
        "https://www.hearthmill.example/bakers-sampler?utm_source=shredline&utm_medium=paid&utm_campaign=sampler_q1",
        "hearthmill.example",
        "Shop Now",
    ),
    (
        2,
        4,
        "1ad9x2m",
        "BrodformHome",
        "Proof smarter: the Brødform folding proofing box holds your dough at exactly 78°F",
        "Collapsible, quiet and accurate to 1°F. Free shipping in the US.",
        "https://www.brodform.example/proofing-box?utm_source=shredline&utm_medium=cpc&utm_campaign=spring25",
        "brodform.example",
        "Learn More",
    ),
]
SL_HIGHLIGHTS = [
    ("1jbz0w2", "Weekly Help Thread — ask your starter and shaping questions here (March 17, 2025)", "AutoModerator"),
    ("18kq4vd", "Read before posting: the r/Sourdough FAQ and crumb-shot guide", "sourdough_mods"),
]
SL_RULES = [
    ("Be kind", "Critique the bread, not the baker. Personal attacks, insults and gatekeeping will be removed."),
    ("Sourdough only", "Posts must be about naturally leavened baking. Commercial-yeast-only bakes belong elsewhere."),
    (
        "Crumb shots for bake posts",
        "Posts showing a finished loaf should include a crumb shot, or one in the comments within an hour.",
    ),
    (
        "No selling or self-promotion",
        "Limit links to your own blog, shop or channel to one in ten of your posts and comments.",
    ),
    ("Use the weekly help thread", "Quick starter questions go in the pinned weekly thread."),
]


def _sl_slug(title: str) -> str:
    """Reddit's permalink slug: lowercase words joined by underscores, cut to about fifty characters."""
    words = re.sub(r"[^a-z0-9]+", " ", title.lower().replace("'", "")).split()
    out = ""
    for word in words:
        if len(out) + len(word) + 1 > 50:
            break
        out = f"{out}_{word}" if out else word
    return out


def _sl_permalink(post_id: str, title: str) -> str:
    return f"/r/{SL_SUB}/comments/{post_id}/{_sl_slug(title)}/"


def _sl_ago(created: datetime) -> str:
    """faceplate-timeago's short format: "42 min. ago", "5 hr. ago", "1 day ago", "3 days ago"."""
    seconds = int((SL_NOW - created).total_seconds())
    if seconds < 3600:
        return f"{seconds // 60} min. ago"
    if seconds < 86400:
        return f"{seconds // 3600} hr. ago"
    days = seconds // 86400
    return "1 day ago" if days == 1 else f"{days} days ago"


def _sl_title_time(created: datetime) -> str:
    hour = created.hour % 12 or 12
    return f"{created.strftime('%A, %B')} {created.day}, {created.year} at {hour}:{created.strftime('%M:%S')} {'AM' if created.hour < 12 else 'PM'} UTC"


def _sl_timeago(created: datetime) -> str:
    stamp = created.strftime("%Y-%m-%dT%H:%M:%S")
    return f'<faceplate-timeago class="whitespace-nowrap" ts="{stamp}.000Z" format="short"><time datetime="{stamp}.000Z" title="{_sl_title_time(created)}">{_sl_ago(created)}</time></faceplate-timeago>'


def _sl_credit_bar(author: str, created: datetime, promoted: bool = False) -> str:
    when = '<span class="text-12 text-neutral-content-weak">Promoted</span>' if promoted else _sl_timeago(created)
    return f"""<div slot="credit-bar" class="flex justify-between text-12 gap-xs items-center -my-2xs">
    <span class="flex gap-xs items-center pe-xs truncate">
      <faceplate-hovercard class="nd:visible" data-id="user-hover-card" label="{esc(author)} details" enter-delay="500" leave-delay="150" position="bottom-start">
        <faceplate-tracker source="post_credit_bar" action="click" noun="user_profile">
          <a href="/user/{esc(author)}/" class="flex items-center text-neutral-content visited:text-neutral-content-weak font-bold a cursor-pointer no-visited no-underline hover:no-underline" aria-label="Author: {esc(author)}">
            <span class="inline-flex items-center max-w-full"><span class="whitespace-nowrap text-ellipsis overflow-hidden">u/{esc(author)}</span></span>
          </a>
        </faceplate-tracker>
      </faceplate-hovercard>
      <span class="created-separator text-neutral-content-weak" aria-hidden="true">•</span>
      {when}
    </span>
    <shreddit-post-overflow-menu class="inline-block" slot="overflow-menu" permalink-as-comments="" post-id="" author-name="{esc(author)}"></shreddit-post-overflow-menu>
  </div>"""


def _sl_image(name: str, title: str, lazy: bool) -> str:
    loading, priority = ("lazy", "") if lazy else ("eager", ' fetchpriority="high"')
    return f'<img src="https://preview.redd.shredline.example/{name}.jpeg?width=640&amp;crop=smart&amp;auto=webp&amp;s={_hash(name + "s", 40)}" srcset="https://preview.redd.shredline.example/{name}.jpeg?width=320&amp;crop=smart&amp;auto=webp&amp;s={_hash(name + "t", 40)} 320w, https://preview.redd.shredline.example/{name}.jpeg?width=640&amp;crop=smart&amp;auto=webp&amp;s={_hash(name + "s", 40)} 640w" sizes="(min-width: 1415px) 750px, (min-width: 768px) 50vw, 100vw" alt="r/{SL_SUB} - {esc(title)}" class="i18n-post-media-img preview-img media-lightbox-img max-h-[100vw] h-full w-full object-contain relative" loading="{loading}"{priority}>'


def _sl_body(post: tuple[Any, ...], lazy: bool) -> str:
    post_id, title, _author, _flair, _score, _comments, _created, kind, extra = post
    name = f"{_sl_slug(title).replace('_', '-')[:40]}-v0-{_hash(post_id, 12)}"
    if kind == "image":
        return f"""<div slot="post-media-container" class="cursor-pointer">
    <shreddit-aspect-ratio class="block relative w-full overflow-hidden xs:rounded-[16px]" style="--max-height: min(100%, 540px); --aspectRatio: 0.75">
      <shreddit-media-lightbox-listener><div class="relative h-full w-full">{_sl_image(name, title, lazy)}</div></shreddit-media-lightbox-listener>
    </shreddit-aspect-ratio>
  </div>"""
    if kind == "gallery":
        slides = "".join(
            f'<li slot="page-{n}" class="h-full w-full flex justify-center items-center overflow-hidden">{_sl_image(f"{name}-{n}", title, lazy or n > 1)}</li>'
            for n in range(1, extra + 1)
        )
        return f"""<div slot="post-media-container" class="cursor-pointer">
    <gallery-carousel class="block relative overflow-hidden xs:rounded-[16px]" post-id="t3_{post_id}" item-count="{extra}">
      <ul class="list-none m-0 p-0">{slides}</ul>
      <span slot="counter" class="absolute top-xs right-xs text-12 bg-[rgba(0,0,0,0.6)] text-global-white px-xs rounded-full">1/{extra}</span>
    </gallery-carousel>
  </div>"""
    if kind == "video":
        return f"""<div slot="post-media-container" class="cursor-pointer">
    <shreddit-player-2 class="block relative w-full overflow-hidden xs:rounded-[16px]" src="https://v.redd.shredline.example/{_hash(post_id + "v", 13)}/HLSPlaylist.m3u8?a=1745107200%2C{_hash(post_id, 20)}&amp;v=1&amp;f=sd" preview="https://external-preview.redd.shredline.example/{name}.png?format=pjpg&amp;auto=webp&amp;s={_hash(post_id + "p", 40)}" post-id="t3_{post_id}" autoplay muted loop aspect-ratio="0.5625">
      <img slot="poster" src="https://external-preview.redd.shredline.example/{name}.png?width=640&amp;format=pjpg&amp;auto=webp&amp;s={_hash(post_id + "q", 40)}" alt="" loading="lazy">
    </shreddit-player-2>
  </div>"""
    if kind == "text":
        return f"""<div slot="text-body" class="mb-xs overflow-hidden">
    <a href="{_sl_permalink(post_id, title)}" class="no-underline hover:no-underline" tabindex="-1">
      <div class="md feed-card-text-preview text-ellipsis line-clamp-3 xs:line-clamp-6 text-14"><p>{esc(extra)}</p></div>
    </a>
  </div>"""
    domain = re.sub(r"^https?://(www\.)?", "", extra).split("/")[0]
    return f"""<div slot="post-media-container" class="relative">
    <faceplate-tracker source="post" action="click" noun="outbound_link">
      <a class="no-underline flex gap-xs items-center justify-between border-sm border-solid border-neutral-border-weak rounded-[16px] p-md" href="{esc(extra)}" rel="noopener nofollow ugc" target="_blank">
        <span class="flex flex-col"><span class="text-14 font-semibold">{esc(title)}</span><span class="text-12 text-neutral-content-weak">{esc(domain)}</span></span>
        <img class="rounded-[8px] object-cover w-[120px] h-[80px]" src="https://external-preview.redd.shredline.example/{name}.jpeg?width=140&amp;height=93&amp;crop=140:93,smart&amp;auto=webp&amp;s={_hash(post_id + "l", 40)}" alt="" loading="lazy">
        <svg rpl="" fill="currentColor" height="16" icon-name="external-outline" viewBox="0 0 20 20" width="16" xmlns="http://www.w3.org/2000/svg"><path d="M14.111 12.5l3.304-3.303a5.5 5.5 0 00-7.778-7.778L6.334 4.722l1.06 1.06 3.304-3.302a4 4 0 015.657 5.656l-3.304 3.303 1.06 1.06z"></path></svg>
      </a>
    </faceplate-tracker>
  </div>"""


def _sl_domain(post: tuple[Any, ...]) -> str:
    kind, extra = post[7], post[8]
    if kind == "link":
        return re.sub(r"^https?://(www\.)?", "", extra).split("/")[0]
    return {
        "image": "i.redd.shredline.example",
        "gallery": "shredline.example",
        "video": "v.redd.shredline.example",
        "text": f"self.{SL_SUB}",
    }[kind]


def _sl_content_href(post: tuple[Any, ...]) -> str:
    post_id, title, kind, extra = post[0], post[1], post[7], post[8]
    if kind == "link":
        return str(extra)
    if kind == "image":
        return f"https://i.redd.shredline.example/{_hash(post_id + 'i', 13)}.jpeg"
    if kind == "video":
        return f"https://v.redd.shredline.example/{_hash(post_id + 'v', 13)}"
    if kind == "gallery":
        return f"{SL_HOST}/gallery/{post_id}"
    return f"{SL_HOST}{_sl_permalink(post_id, title)}"


def _sl_flair(flair: str | None) -> str:
    if not flair:
        return ""
    query = quote(f'flair_name:"{flair}"', safe="")
    return f"""<shreddit-post-flair slot="post-flair" class="inline-block">
    <a href="/r/{SL_SUB}/?f={query}" class="no-underline">
      <span class="bg-tone-4 inline-block truncate max-w-full text-12 font-normal align-text-bottom box-border px-[6px] rounded-[20px] leading-4 max-w-full py-xs !px-sm leading-4 h-xl inline-flex" style="background-color: {SL_FLAIR_COLOURS[flair]};"><div class="flair-content [&amp;_a]:text-current text-ellipsis overflow-hidden text-12 font-normal">{esc(flair)}</div></span>
    </a>
  </shreddit-post-flair>"""


def _sl_post(post: tuple[Any, ...], index: int, lazy: bool) -> str:
    post_id, title, author, flair, score, comments, created_text, kind, _extra = post
    created = datetime.fromisoformat(created_text)
    permalink = _sl_permalink(post_id, title)
    return f"""<article class="w-full m-0" aria-labelledby="post-title-t3_{post_id}">
<shreddit-post author="{esc(author)}" author-id="t2_{_hash(author, 8)}" class="block xs:mt-xs xs:-mx-xs xs:px-xs xs:rounded-[16px] pt-xs nd:pt-xs bg-neutral-background focus-within:bg-neutral-background-hover hover:bg-neutral-background-hover xs:mb-xs px-md py-2xs my-2xs nd:visible" comment-count="{comments}" content-href="{esc(_sl_content_href(post))}" created-timestamp="{created_text}.{(index * 137) % 1000:03d}000+0000" domain="{esc(_sl_domain(post))}" icon="https://styles.redditmedia.shredline.example/{SL_SUB_ID}/styles/communityIcon_8y1f3t0ksk9c1.png" id="t3_{post_id}" item-state="" permalink="{permalink}" post-language="en" post-title="{esc(title)}" post-type="{kind}" score="{score}" subreddit-id="{SL_SUB_ID}" subreddit-prefixed-name="r/{SL_SUB}" user-id="" view-context="SubredditFeed" vote-type="" view-type="cardView" feedindex="{index}">
  {_sl_credit_bar(author, created)}
  <a slot="full-post-link" class="absolute inset-0" href="{permalink}" target="_self"><faceplate-screen-reader-content>{esc(title)}</faceplate-screen-reader-content></a>
  <a id="post-title-t3_{post_id}" slot="title" href="{permalink}" class="block font-semibold text-neutral-content-strong m-0 visited:text-neutral-content-weak text-16 xs:text-18 mb-2xs xs:mb-xs overflow-hidden" data-ks-id="t3_{post_id}">
        {esc(title)}
      </a>
  {_sl_flair(flair)}
  {_sl_body(post, lazy)}
</shreddit-post>
</article>
<hr class="border-0 border-b-sm border-solid border-b-neutral-border-weak">"""


def _sl_ad(ad: tuple[Any, ...]) -> str:
    _page, _pos, ad_id, brand, title, body, link, domain, cta = ad
    return f"""<shreddit-ad-post class="block relative cursor-pointer bg-neutral-background focus-within:bg-neutral-background-hover hover:bg-neutral-background-hover xs:rounded-[16px] px-md py-2xs my-2xs" id="t3_{ad_id}" ad-type="link" author="u_{brand}" post-title="{esc(title)}" permalink="/user/{brand}/comments/{ad_id}/{_sl_slug(title)}/" content-href="{esc(link)}" domain="{domain}" created-timestamp="2025-03-01T00:00:00.000000+0000" score="0" comment-count="0" post-type="link" is-promoted="" allow-comments="false" impression-id="{_hash(ad_id + "imp", 24)}" view-type="cardView">
  {_sl_credit_bar(f"{brand}", datetime(2025, 3, 1), promoted=True)}
  <a slot="full-post-link" class="absolute inset-0" href="{esc(link)}" rel="noopener nofollow sponsored" target="_blank"><faceplate-screen-reader-content>{esc(title)}</faceplate-screen-reader-content></a>
  <a slot="title" href="{esc(link)}" class="block font-semibold text-neutral-content-strong m-0 text-16 xs:text-18 mb-2xs xs:mb-xs" rel="noopener nofollow sponsored">{esc(title)}</a>
  <div slot="text-body" class="text-14 mb-xs"><p>{esc(body)}</p></div>
  <div slot="post-media-container"><img src="https://preview.redd.shredline.example/ad-{ad_id}.jpg?width=640&amp;auto=webp&amp;s={_hash(ad_id, 40)}" alt="" loading="lazy" class="w-full rounded-[16px]"></div>
  <div slot="cta-container" class="flex justify-between items-center mt-xs"><span class="text-12 text-neutral-content-weak">{domain}</span><a slot="cta-button" class="button button-secondary button-small px-sm" href="{esc(link)}" rel="noopener nofollow sponsored" target="_blank">{cta}</a></div>
</shreddit-ad-post>
<hr class="border-0 border-b-sm border-solid border-b-neutral-border-weak">"""


def _sl_cursor(post_id: str) -> str:
    return quote(base64.b64encode(f"t3_{post_id}".encode()).decode(), safe="")


def _sl_partial_query(after_id: str, page: int) -> str:
    return f"after={_sl_cursor(after_id)}&t=DAY&name={SL_SUB}&feedLength={page * 11}&adDistance=3"


def _sl_feed_items(page: int, posts: list[Any], first_index: int) -> str:
    ads = {ad[1]: ad for ad in SL_ADS if ad[0] == page}
    out = []
    for n, post in enumerate(posts):
        if n in ads:
            out.append(_sl_ad(ads[n]))
        out.append(_sl_post(post, first_index + n, lazy=page > 1 or n > 2))
    return "\n".join(out)


def _sl_more(page: int, posts: list[Any], has_more: bool) -> str:
    if not has_more:
        return ""
    last = posts[-1][0]
    return f"""<faceplate-partial loading="lazy" src="/svc/shreddit/community-more-posts/hot/?{_sl_partial_query(last, page).replace("&", "&amp;")}" method="GET" name="{SL_SUB}" class="block">
  <div slot="loading" class="flex flex-col gap-md">
    <div class="h-[400px] rounded-[16px] bg-neutral-background-weak animate-pulse"></div>
    <div class="h-[400px] rounded-[16px] bg-neutral-background-weak animate-pulse"></div>
  </div>
</faceplate-partial>
<noscript><a href="/r/{SL_SUB}/?after=t3_{last}" rel="nofollow next" class="button button-secondary w-full mt-md">Next page</a></noscript>"""


def _sl_sidebar() -> str:
    rules = "".join(
        f"""
        <faceplate-expandable-section-helper class="block">
          <details class="p-0 m-0 bg-transparent border-none rounded-none">
            <summary aria-expanded="false" class="list-none"><li role="presentation" class="relative list-none"><div class="flex justify-between relative px-md gap-[0.5rem] text-secondary hover:text-secondary-hover py-2xs"><span class="flex items-center gap-xs min-w-0 shrink"><span class="text-14 text-secondary-weak">{n}</span><span class="flex flex-col justify-center min-w-0 shrink py-[var(--rem6)]"><span class="text-14">{esc(name)}</span></span></span></div></li></summary>
            <div class="px-md text-14 md text-neutral-content"><p>{esc(text)}</p></div>
          </details>
        </faceplate-expandable-section-helper>"""
        for n, (name, text) in enumerate(SL_RULES, 1)
    )
    mods = "".join(
        f'<li class="flex items-center gap-xs py-2xs"><faceplate-tracker source="community_menu" action="click" noun="moderator"><a href="/user/{m}/" class="text-14 text-neutral-content">u/{m}</a></faceplate-tracker></li>'
        for m in ("starter_steward", "levain_librarian", "AutoModerator")
    )
    return f"""<aside id="right-sidebar-container" class="right-sidebar-container" aria-label="Community information">
  <div id="right-sidebar-contents" class="bg-neutral-background-weak rounded-[16px] overflow-hidden">
    <div class="px-md py-sm">
      <h2 class="text-16 font-bold">r/{SL_SUB}</h2>
      <p class="text-14 text-neutral-content-weak" data-testid="no-edit-description-block">A place to share naturally leavened bread: starters, bakes, crumb shots and troubleshooting.</p>
      <div class="flex gap-xs text-12 text-neutral-content-weak"><faceplate-tracker source="community_menu" action="view" noun="created_date"><span><faceplate-date-helper>Created Jun 13, 2009</faceplate-date-helper></span></faceplate-tracker><span>•</span><span>Public</span></div>
      <div class="flex gap-lg mt-sm">
        <div><faceplate-number number="1312456" pretty>1.3M</faceplate-number><p class="text-12 text-neutral-content-weak">Members</p></div>
        <div><span class="inline-block w-[8px] h-[8px] rounded-full bg-kiwi-300"></span> <faceplate-number number="812" pretty>812</faceplate-number><p class="text-12 text-neutral-content-weak">Online</p></div>
        <div><p class="text-12 font-bold">Top 1%</p><p class="text-12 text-neutral-content-weak">Rank by size</p></div>
      </div>
    </div>
    <hr class="border-0 border-b-sm border-solid border-b-neutral-border-weak">
    <div class="px-md py-sm"><h2 class="text-12 font-semibold uppercase text-neutral-content-weak">Community bookmarks</h2>
      <div class="flex flex-col gap-xs"><a class="button button-secondary button-small" href="/r/{SL_SUB}/wiki/index/">Wiki</a><a class="button button-secondary button-small" href="/r/{SL_SUB}/wiki/faq/">FAQ</a><a class="button button-secondary button-small" href="https://discord.shredline.example/sourdough">Discord</a></div></div>
    <hr class="border-0 border-b-sm border-solid border-b-neutral-border-weak">
    <div class="py-sm"><h2 class="px-md text-12 font-semibold uppercase text-neutral-content-weak">r/{SL_SUB} Rules</h2><ol class="list-none m-0 p-0">{rules}
    </ol></div>
    <hr class="border-0 border-b-sm border-solid border-b-neutral-border-weak">
    <div class="px-md py-sm"><h2 class="text-12 font-semibold uppercase text-neutral-content-weak">Moderators</h2><a class="button button-secondary button-small" href="/message/compose?to=/r/{SL_SUB}">Message Mods</a><ul class="list-none p-0 m-0">{mods}</ul><a href="/r/{SL_SUB}/about/moderators/" class="text-12">View all moderators</a></div>
  </div>
</aside>"""


def _sl_highlights() -> str:
    cards = "".join(
        f"""
      <li class="shrink-0"><community-highlight-card post-id="t3_{pid}" post-title="{esc(title)}" permalink="{_sl_permalink(pid, title)}" author="{author}" is-pinned="" class="block w-[246px] h-[160px] rounded-[16px] border-sm border-solid border-neutral-border-weak p-md">
        <a href="{_sl_permalink(pid, title)}" class="no-underline text-neutral-content-strong"><span class="flex items-center gap-xs text-12 text-neutral-content-weak"><svg fill="currentColor" height="16" icon-name="pin-fill" viewBox="0 0 20 20" width="16"><path d="M10 1l2 5h5l-4 3 1.5 5.5L10 11l-4.5 3.5L7 9 3 6h5l2-5z"></path></svg> Community highlight</span><h3 class="text-14 font-semibold line-clamp-3 m-0">{esc(title)}</h3></a>
      </community-highlight-card></li>"""
        for pid, title, author in SL_HIGHLIGHTS
    )
    return f"""<community-highlight-carousel class="block mb-md" aria-label="Community highlights">
    <h2 class="text-12 font-semibold uppercase text-neutral-content-weak m-0 mb-xs">Community highlights</h2>
    <ul class="list-none m-0 p-0 flex gap-md overflow-x-auto">{cards}
    </ul>
  </community-highlight-carousel>"""


def _sl_page(page: int, feed: str, more: str) -> str:
    nav = "".join(
        f'<li><faceplate-tracker source="nav" action="click" noun="{slug(t)}"><a href="{h}" class="flex items-center gap-sm px-md py-xs text-14 text-secondary no-underline"><span class="flex shrink-0"><svg fill="currentColor" height="20" icon-name="{slug(t)}-outline" viewBox="0 0 20 20" width="20"><path d="M10 2l8 7h-2v8H4V9H2l8-7z"></path></svg></span><span>{esc(t)}</span></a></faceplate-tracker></li>'
        for t, h in (("Home", "/"), ("Popular", "/r/popular/"), ("Explore", "/explore/"), ("All", "/r/all/"))
    )
    resources = "".join(
        f'<li><a href="{h}" class="flex items-center gap-sm px-md py-xs text-14 text-secondary no-underline"><span>{esc(t)}</span></a></li>'
        for t, h in (
            ("About Shredline", "/about/"),
            ("Advertise", "https://ads.shredline.example/"),
            ("Help", "https://support.shredline.example/"),
            ("Blog", "https://blog.shredline.example/"),
            ("Careers", "/careers/"),
            ("Press", "/press/"),
            ("Communities", "/best/communities/1/"),
            ("Best of Shredline", "/posts/2025/global/"),
            ("Topics", "/topics/a-1/"),
        )
    )
    title = f"r/{SL_SUB}" if page == 1 else f"r/{SL_SUB} - page {page}"
    highlights = _sl_highlights() if page == 1 else ""
    return f"""<!DOCTYPE html>
<html lang="en-US" class="theme-beta">
<head>
  <meta charset="UTF-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{title}</title>
  <meta name="description" content="A place to share naturally leavened bread: starters, bakes, crumb shots and troubleshooting.">
  <meta property="og:title" content="r/{SL_SUB}">
  <meta property="og:site_name" content="Shredline">
  <meta property="og:image" content="https://styles.redditmedia.shredline.example/{SL_SUB_ID}/styles/communityIcon_8y1f3t0ksk9c1.png">
  <link rel="canonical" href="{SL_HOST}/r/{SL_SUB}/">
  <link rel="alternate" type="application/rss+xml" title="RSS" href="{SL_HOST}/r/{SL_SUB}/.rss">
  <link rel="preload" as="style" href="https://www.redditstatic.shredline.example/shreddit/en-US/core-0f0e7a1b.css">
  <link rel="stylesheet" href="https://www.redditstatic.shredline.example/shreddit/en-US/core-0f0e7a1b.css">
  <script type="module" src="https://www.redditstatic.shredline.example/shreddit/en-US/app-6b0c1d2e.js" async></script>
  <script type="application/json" id="shreddit-client-config">{{"baseUrl":"{SL_HOST}","subredditName":"{SL_SUB}","subredditId":"{SL_SUB_ID}","sort":"hot","isLoggedOut":true,"feedPageSize":10,"adDistance":3}}</script>
</head>
<body class="v2 m-0 theme-beta">
<shreddit-app app-name="shreddit" class="block" routename="community_page" pagetype="community" nonce="{_hash("nonce", 22)}" locale="en-US" user-logged-in="false" spa-navigation="true">
  <reddit-header-large class="sticky top-0 z-[4]">
    <header class="v2 flex items-center justify-between h-header-large px-md border-b-sm border-solid border-neutral-border" role="banner">
      <a href="/" aria-label="Home" class="flex items-center gap-xs no-underline"><span class="text-18 font-bold text-neutral-content-strong">shredline</span></a>
      <search-dynamic-id-cache-controller class="flex-grow max-w-[750px]"><form action="/search/" method="get" role="search" class="flex items-center"><input type="hidden" name="restrict_sr" value="1"><input type="hidden" name="sr_detail" value="1"><label class="sr-only" for="search-input">Search in r/{SL_SUB}</label><input id="search-input" name="q" type="search" autocomplete="off" placeholder="Search in r/{SL_SUB}" class="w-full rounded-full px-md py-xs"></form></search-dynamic-id-cache-controller>
      <span class="flex items-center gap-xs">
        <faceplate-tracker source="nav" action="click" noun="get_app"><a href="https://shredline.app.link/get-app" class="button button-secondary button-small">Get App</a></faceplate-tracker>
        <faceplate-tracker source="nav" action="click" noun="login"><a href="/login/" id="login-button" class="button button-primary button-small">Log In</a></faceplate-tracker>
        <activate-feature name="MoreOptionsMenu"><button class="button button-plain button-small" aria-label="Open settings menu"><svg fill="currentColor" height="20" icon-name="overflow-horizontal-fill" viewBox="0 0 20 20" width="20"><path d="M6 10a2 2 0 11-4 0 2 2 0 014 0zm6 0a2 2 0 11-4 0 2 2 0 014 0zm6 0a2 2 0 11-4 0 2 2 0 014 0z"></path></svg></button></activate-feature>
      </span>
    </header>
  </reddit-header-large>
  <div class="grid-container grid-full">
    <flex-left-nav-container id="left-sidebar-container" class="left-sidebar-container">
      <nav aria-label="Primary" id="left-sidebar" class="w-[272px] px-md"><ul class="list-none m-0 p-0">{nav}</ul>
        <hr class="border-0 border-b-sm border-solid border-b-neutral-border-weak">
        <faceplate-expandable-section-helper open><details open><summary class="text-12 uppercase text-neutral-content-weak px-md">Resources</summary><ul class="list-none m-0 p-0">{resources}</ul></details></faceplate-expandable-section-helper>
        <p class="text-12 text-neutral-content-weak px-md"><a href="/policies/content-policy/">Shredline Rules</a> · <a href="/policies/privacy-policy/">Privacy Policy</a> · <a href="/policies/user-agreement/">User Agreement</a> · Shredline, Inc. © 2025. All rights reserved.</p>
      </nav>
    </flex-left-nav-container>
    <div class="main-container">
      <main class="main w-full flex-grid--main-container-card right-sidebar-xs" id="main-content">
        <shreddit-subreddit-header class="block" prefixed-name="r/{SL_SUB}" display-name="{SL_SUB}" subscribers="1312456" active="812" subreddit-id="{SL_SUB_ID}">
          <div class="community-banner h-[64px] xs:h-[128px] rounded-[16px] bg-cover" style="background-image: url('https://styles.redditmedia.shredline.example/{SL_SUB_ID}/styles/bannerBackgroundImage_3kq9t1bs1zwc1.jpg')"></div>
          <div class="flex items-end justify-between px-md"><div class="flex items-end gap-sm"><img class="rounded-full w-[88px] h-[88px] border-4 border-solid border-neutral-background" src="https://styles.redditmedia.shredline.example/{SL_SUB_ID}/styles/communityIcon_8y1f3t0ksk9c1.png" alt="r/{SL_SUB} icon"><h1 class="text-32 font-bold m-0">r/{SL_SUB}</h1></div>
            <shreddit-subreddit-header-buttons class="flex gap-xs"><a class="button button-bordered button-small" href="/login/?dest=%2Fr%2F{SL_SUB}%2Fsubmit">Create Post</a><faceplate-tracker source="community_header" action="click" noun="join"><button class="button button-primary button-small">Join</button></faceplate-tracker></shreddit-subreddit-header-buttons></div>
        </shreddit-subreddit-header>
        {highlights}
        <div class="flex items-center justify-between px-md my-xs">
          <shreddit-sort-dropdown header-text="Sort by" sort-event="change_sort" picker-type="post-sort">
            <button slot="selected-item" class="button button-plain button-small" aria-haspopup="true">Hot</button>
            <div slot="dropdown-items"><a href="/r/{SL_SUB}/best/">Best</a><a href="/r/{SL_SUB}/hot/" aria-current="true">Hot</a><a href="/r/{SL_SUB}/new/">New</a><a href="/r/{SL_SUB}/top/">Top</a><a href="/r/{SL_SUB}/rising/">Rising</a></div>
          </shreddit-sort-dropdown>
          <shreddit-layout-event-setter><button class="button button-plain button-small" aria-label="View: Card">Card</button><button class="button button-plain button-small" aria-label="View: Compact">Compact</button></shreddit-layout-event-setter>
        </div>
        <shreddit-feed reload-url="/svc/shreddit/community-more-posts/hot/?name={SL_SUB}" class="nd:visible">
{feed}
{more}
        </shreddit-feed>
      </main>
      {_sl_sidebar()}
    </div>
  </div>
  <reddit-cookie-banner class="fixed bottom-0 left-0 right-0 z-[5]" data-nosnippet>
    <section class="flex flex-col md:flex-row items-center gap-md p-md bg-neutral-background rounded-t-[16px] shadow-lg" aria-label="Cookie notice">
      <p class="text-14 m-0">Shredline and its partners use cookies and similar technologies to provide you with a better experience. By accepting all cookies, you agree to our use of cookies to deliver and maintain our services and site, improve the quality of Shredline, personalize Shredline content and advertising, and measure the effectiveness of advertising. By rejecting non-essential cookies, Shredline may still use certain cookies to ensure the proper functionality of our platform. For more information, please see our <a href="https://www.shredline.example/policies/cookies">Cookie Notice</a> and our <a href="https://www.shredline.example/policies/privacy-policy">Privacy Policy</a>.</p>
      <div class="flex gap-xs shrink-0"><button class="button button-secondary" id="reject-nonessential-cookies-button" type="button">Reject Optional Cookies</button><button class="button button-primary" id="accept-all-cookies-button" type="button">Accept All</button></div>
    </section>
  </reddit-cookie-banner>
  <shreddit-async-loader bundlename="login_dialog"></shreddit-async-loader>
  <faceplate-toast-container></faceplate-toast-container>
</shreddit-app>
<script type="application/json" id="shreddit-experiments">{{"feeds_autoplay":"enabled","community_highlights_carousel":"enabled","ads_feed_distance":3}}</script>
<script>window.__SHREDDIT_PERF_MARK__ = Date.now(); (function(){{var s=document.createElement("script");s.src="https://www.redditstatic.shredline.example/shreddit/en-US/tracking-3a4b5c6d.js";document.head.appendChild(s);}})();</script>
</body>
</html>"""


@eleventh
def build_shredline() -> None:
    s = Site(
        "shredline",
        kind="subreddit feed (Reddit 2024–25 shreddit: shreddit-post custom elements with the data in attributes, faceplate-timeago, flair, a Promoted ad post, faceplate-partial 'after' pages)",
        start=f"r/{SL_SUB}/",
        description="Reddit's 2024–2025 web UI on a subreddit (shreddit, server-rendered web components, logged out): shreddit-app with reddit-header-large (search in the community, Get App, Log In), the left nav (Home / Popular / Explore / All, Resources), shreddit-subreddit-header (banner, icon, r/Sourdough, Create Post / Join), a Community highlights carousel of two pinned posts (community-highlight-card with post-title / permalink attributes; not part of the feed), shreddit-sort-dropdown (Hot) and a Card / Compact toggle; shreddit-feed of article > shreddit-post elements carrying the data in attributes (post-title, permalink, content-href, author, author-id, score, comment-count, created-timestamp '2025-03-20T09:14:22.000000+0000', domain, post-type image / gallery / video / text / link, id t3_…, feedindex) around slotted light-DOM children: div[slot=credit-bar] with 'u/author' in a hovercard link, '•' and faceplate-timeago[ts] > time[datetime][title] '5 hr. ago' / '2 days ago', an overflow menu; a[slot=full-post-link] holding faceplate-screen-reader-content (a title copy); a[slot=title] padded with whitespace; shreddit-post-flair (absent on some); per post type an image (alt 'r/Sourdough - <title>'), a gallery-carousel of lazy images with '1/6', a shreddit-player-2 with a poster, a text preview (div.md.feed-card-text-preview), or an outbound link card repeating the title and showing the link's domain; the score and the comment count exist only in the attributes (the vote and comment buttons are shadow DOM); one shreddit-ad-post per page with the same attributes (author u_Brand, 'Promoted' instead of a time, a CTA button, a utm-tagged outbound link); ten posts per page, then a lazy faceplate-partial to /svc/shreddit/community-more-posts/hot/?after=<base64 of t3_…>&t=DAY&name=Sourdough&feedLength=N&adDistance=3 (served too: bare article fragments with the next partial) and a noscript 'Next page' link to /r/Sourdough/?after=t3_<last post> (full pages, six posts on the last); the right sidebar (about with members / online faceplate-numbers, bookmarks, five rules in details elements, moderators), the cookie banner, JSON config scripts. Posts are written down with the permalink as url, the author without 'u/', the score and comment count from the attributes, the date as the UTC day of created-timestamp, and the domain for link posts only (the one post type whose card shows it).",
    )
    pages = chunks(SL_POSTS, [10, 10, 6])
    first = 0
    for number, posts in enumerate(pages, 1):
        has_more = number < len(pages)
        feed = _sl_feed_items(number, posts, first)
        more = _sl_more(number, posts, has_more)
        if number == 1:
            s.list_page(f"r/{SL_SUB}/index.html", _sl_page(number, feed, more))
        else:
            after = pages[number - 2][-1][0]
            s.list_page(f"r/{SL_SUB}/@after=t3_{after}", _sl_page(number, feed, more))
            partial = f"svc/shreddit/community-more-posts/hot/@{_sl_partial_query(after, number - 1)}"
            s.write(partial, f"{feed}\n{more}")
        first += len(posts)
    for post in SL_POSTS:
        post_id, title, author, flair, score, comments, created, kind, _extra = post
        s.expect(
            {
                "title": title,
                "url": _sl_permalink(post_id, title),
                "author": author,
                "flair": flair,
                "score": score,
                "comments": comments,
                "date": created[:10],
                "domain": _sl_domain(post) if kind == "link" else None,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# codepress: the dev.to (Forem) tag feed /t/python (2024–2025).
# ---------------------------------------------------------------------------------------------------

CP_HOST = "https://codepress.example"
CP_TAG = "python"
CP_YEAR = 2025
# (id, author, username, organisation (name, slug) or None, title, published (UTC), tags, reactions,
#  comments, reading minutes, cover image, top comments shown)
CP_STORIES: list[tuple[int, str, str, tuple[str, str] | None, str, str, list[str], int, int, int, bool, bool]] = [
    (
        2341187,
        "Ana Ribeiro",
        "anaribeiro",
        None,
        "Python 3.13's free-threaded build: what actually got faster",
        "2025-03-14T09:12:45Z",
        ["python", "performance", "programming"],
        142,
        23,
        9,
        True,
        False,
    ),
    (
        2339904,
        "Marcus Oyelaran",
        "moyelaran",
        ("AWS Community Builders", "aws-builders"),
        "Deploying a FastAPI app to Lambda with zero cold-start tricks",
        "2025-03-13T16:40:02Z",
        ["python", "aws", "serverless", "fastapi"],
        87,
        9,
        12,
        False,
        False,
    ),
    (
        2345512,
        "Priya Raman",
        "priyaraman",
        None,
        "uv replaced pip, pipx, pyenv and poetry on my machine — here's the setup",
        "2025-03-18T07:05:31Z",
        ["python", "tooling", "productivity"],
        213,
        41,
        6,
        False,
        True,
    ),
    (
        2337760,
        "Tomás Keegan",
        "tkeegan",
        None,
        "A gentle introduction to descriptors",
        "2025-03-11T12:00:00Z",
        ["python", "tutorial", "beginners"],
        56,
        4,
        8,
        False,
        False,
    ),
    (
        2346021,
        "Hana Watanabe",
        "hanaw",
        None,
        "Polars vs. pandas on a 40 GB CSV: a practical benchmark",
        "2025-03-18T21:18:09Z",
        ["python", "dataengineering", "pandas", "polars"],
        98,
        17,
        11,
        False,
        False,
    ),
    (
        2333198,
        "Diego Alvarez",
        "dalvarez",
        None,
        "Stop writing __init__ by hand: dataclasses, attrs and Pydantic compared",
        "2025-03-07T14:22:51Z",
        ["python", "webdev", "pydantic"],
        64,
        0,
        7,
        False,
        False,
    ),
    (
        2347790,
        "Lena Fischer",
        "lenafischer",
        ("Sentinel Labs", "sentinel-labs"),
        "How we cut our Django test suite from 14 minutes to 90 seconds",
        "2025-03-19T10:45:00Z",
        ["django", "python", "testing", "ci"],
        176,
        28,
        10,
        False,
        False,
    ),
    (
        2328841,
        "Kwame Mensah",
        "kwamecodes",
        None,
        "Building a CLI with Typer in 15 minutes",
        "2025-03-02T08:30:17Z",
        ["python", "cli", "beginners"],
        1,
        1,
        4,
        False,
        False,
    ),
    (
        2344436,
        "Sofia Marchetti",
        "sofiam",
        None,
        "asyncio.TaskGroup is the best thing that happened to my scrapers",
        "2025-03-17T19:03:44Z",
        ["python", "asyncio", "webscraping"],
        45,
        6,
        6,
        False,
        False,
    ),
    (
        2298317,
        "Ravi Chandran",
        "ravichandran",
        None,
        "Ten Python one-liners I actually use at work",
        "2024-12-30T11:11:11Z",
        ["python", "productivity", "tips"],
        389,
        57,
        3,
        False,
        False,
    ),
    (
        2343002,
        "Julia Novak",
        "julianovak",
        None,
        "Type hints for people who hate type hints",
        "2025-03-16T13:27:35Z",
        ["python", "typing", "mypy"],
        121,
        33,
        8,
        False,
        False,
    ),
    (
        2336651,
        "Omar Haddad",
        "omarhaddad",
        None,
        "Writing a tiny Redis clone in pure Python",
        "2025-03-10T17:50:20Z",
        ["python", "database", "learning"],
        74,
        8,
        14,
        False,
        False,
    ),
    (
        2341920,
        "Inês Duarte",
        "inesduarte",
        ("Pythonistas PT", "pythonistas-pt"),
        "Packaging a Python library in 2025: pyproject.toml only",
        "2025-03-15T09:00:00Z",
        ["python", "packaging", "opensource"],
        58,
        12,
        9,
        False,
        False,
    ),
    (
        2331075,
        "Ben Whitaker",
        "benwhitaker",
        None,
        "Why my Flask app leaked memory (and how tracemalloc found it)",
        "2025-03-05T22:14:56Z",
        ["python", "flask", "debugging"],
        39,
        0,
        7,
        False,
        False,
    ),
    (
        2345899,
        "Mei Lin",
        "meilin",
        None,
        "Pattern matching beyond the basics",
        "2025-03-18T15:31:12Z",
        ["python", "programming"],
        0,
        0,
        5,
        False,
        False,
    ),
    (
        2339127,
        "Arjun Patel",
        "arjunpatel",
        None,
        "From Jupyter notebook to production pipeline with Dagster",
        "2025-03-12T06:48:39Z",
        ["python", "dataengineering", "mlops"],
        67,
        5,
        13,
        False,
        False,
    ),
    (
        2306618,
        "Chloé Bernard",
        "chloebernard",
        None,
        "I taught my kids Python with Pygame Zero — here's our first game",
        "2025-01-08T18:20:00Z",
        ["python", "gamedev", "education"],
        231,
        44,
        6,
        False,
        True,
    ),
    (
        2342288,
        "Nikolai Petrov",
        "npetrov",
        None,
        "Profiling Python with py-spy in production without restarts",
        "2025-03-15T20:09:27Z",
        ["python", "performance", "devops"],
        83,
        11,
        8,
        False,
        False,
    ),
    (
        2337302,
        "Grace Okafor",
        "graceokafor",
        None,
        "SQLAlchemy 2.0 style queries: a cheat sheet",
        "2025-03-10T11:36:48Z",
        ["python", "sql", "sqlalchemy"],
        152,
        14,
        5,
        False,
        False,
    ),
    (
        2346670,
        "Yusuf Demir",
        "yusufdemir",
        None,
        "Let's build a tiny web framework to understand WSGI",
        "2025-03-19T04:12:03Z",
        ["python", "webdev", "tutorial"],
        29,
        3,
        16,
        False,
        False,
    ),
    (
        2329910,
        "Elena Sokolova",
        "esokolova",
        None,
        "Regex in Python without tears",
        "2025-03-03T15:55:21Z",
        ["python", "regex", "beginners"],
        47,
        2,
        6,
        False,
        False,
    ),
    (
        2301233,
        "Tariq Hussain",
        "tariqh",
        ("Kestrel Data", "kestrel-data"),
        "Our migration from Celery to Dramatiq, one year later",
        "2024-12-17T10:30:00Z",
        ["python", "celery", "architecture"],
        118,
        19,
        11,
        False,
        False,
    ),
    (
        2340555,
        "Hannah Schultz",
        "hannahschultz",
        None,
        "The walrus operator: five places it genuinely helps",
        "2025-03-13T08:08:08Z",
        ["python", "programming", "cleancode"],
        61,
        7,
        4,
        False,
        False,
    ),
    (
        2335504,
        "Pedro Lima",
        "pedrolima",
        None,
        "Scraping JavaScript-heavy sites with Playwright for Python",
        "2025-03-09T19:44:15Z",
        ["python", "playwright", "webscraping", "automation"],
        94,
        12,
        10,
        False,
        False,
    ),
    (
        2344907,
        "Aisha Bello",
        "aishabello",
        None,
        "My first open-source PR to CPython got merged!",
        "2025-03-17T12:00:59Z",
        ["python", "opensource", "career"],
        402,
        61,
        4,
        False,
        True,
    ),
    (
        2326673,
        "Felix Wagner",
        "felixwagner",
        None,
        "Building a RAG chatbot with nothing but SQLite and sentence-transformers",
        "2025-02-27T16:16:16Z",
        ["python", "ai", "sqlite", "llm"],
        187,
        22,
        15,
        False,
        False,
    ),
]
CP_COMMENTS = {
    2345512: [
        (
            "Dmitri Volkov",
            "dvolkov",
            "2025-03-18T09:40:00Z",
            "The uv python pin trick alone saved me an afternoon of pyenv shims. Great write-up.",
        ),
        (
            "Laura Chen",
            "laurachen",
            "2025-03-18T12:02:10Z",
            "Does uv tool install handle entry points the same way pipx does?",
        ),
    ],
    2306618: [
        (
            "Sam Okoro",
            "samokoro",
            "2025-01-09T07:15:42Z",
            "Pygame Zero is such an underrated teaching tool. My nephew loved the bouncing-ball example.",
        ),
        ("Maya Singh", "mayasingh", "2025-01-10T20:31:05Z", "Saving this for the school holidays, thank you!"),
    ],
    2344907: [
        (
            "Ethan Brooks",
            "ethanbrooks",
            "2025-03-17T14:20:00Z",
            "Congratulations! The first merged PR is the hardest one.",
        )
    ],
}
CP_TAG_COLOUR = "#2f6aa1"
# (page, position before which it sits, id, sponsor, heading, text, link)
CP_BILLBOARDS = [
    (
        1,
        3,
        1187,
        "Neonbase",
        "Postgres on Neonbase — get the Free Plan",
        "No credit card required. The database you love, on a serverless platform designed to help you build reliable and scalable applications faster.",
        "https://neonbase.example/?ref=codepress&bb=1187",
    ),
    (
        2,
        5,
        1204,
        "Sentrix",
        "Debug Python faster with Sentrix",
        "Trace slow Django views and Celery tasks down to the line. Free for up to 5k errors a month.",
        "https://sentrix.example/for/python/?utm_source=codepress&utm_medium=billboard&utm_campaign=feed",
    ),
]
CP_REACTION_ICONS = [
    ("sparkle-heart", "5f9bee3767e18deb1bb725290cb151c25234768a0e9a2bd39370c382d02920cf"),
    ("multi-unicorn", "b44d6f8c23cdd00964192bedc38af3e82463978aa611b4365bd33a0f1f4f3e97"),
    ("exploding-head", "ea2a9ea18b7a4a0a6bcd26aeab3cb6b2be1cfeecb1a01fcafad4d78d84ba2aef"),
    ("raised-hands", "a3cfbbe03b0d7b7ff52b3a7b8f6e4b6e6f7d1b4e3b16c1e8c2b2b0f6f4d3c1a2"),
    ("fire", "f60e7a582391810302117f987b22a8ef04a2fe0df7e3258a5f49332df1cec71e"),
]


def _cp_slug(story: tuple[Any, ...]) -> str:
    return f"{slug(story[4])}-{_hash(str(story[0]), 4)}"


def _cp_url(story: tuple[Any, ...]) -> str:
    owner = story[3][1] if story[3] else story[2]
    return f"{CP_HOST}/{owner}/{_cp_slug(story)}"


def _cp_moment(stamp: str) -> datetime:
    return datetime.fromisoformat(stamp.replace("Z", "+00:00"))


def _cp_shown_date(stamp: str) -> str:
    """Forem's feed date: "Mar 14" this year, "Dec 30 '24" before."""
    moment = _cp_moment(stamp)
    day = f"{moment.strftime('%b')} {moment.day}"
    return day if moment.year == CP_YEAR else f"{day} '{moment.strftime('%y')}"


def _cp_avatar(username: str, size: int) -> str:
    return f"https://media2.codepress.example/dynamic/image/width={size},height={size},fit=cover,gravity=auto,format=auto/https%3A%2F%2Fcodepress-uploads.s3.amazonaws.example%2Fuploads%2Fuser%2Fprofile_image%2F{zlib.crc32(username.encode()) % 900000 + 100000}%2F{_hash(username, 8)}-{_hash(username + 'x', 4)}.png"


def _cp_author(story: tuple[Any, ...]) -> str:
    sid, name, username, org = story[0], story[1], story[2], story[3]
    user_id = zlib.crc32(username.encode()) % 900000 + 100000
    info = json.dumps({"id": user_id, "className": "User", "style": "full", "name": name})
    if org:
        pic = f"""<div class="crayons-story__author-pic">
                <a class="crayons-logo crayons-logo--l" href="/{org[1]}">
                  <img alt="{esc(org[0])} logo" src="https://media2.codepress.example/dynamic/image/width=90,height=90,fit=cover,gravity=auto,format=auto/https%3A%2F%2Fcodepress-uploads.s3.amazonaws.example%2Fuploads%2Forganization%2Fprofile_image%2F{zlib.crc32(org[1].encode()) % 9000 + 1000}%2F{_hash(org[1], 8)}.png" class="crayons-logo__image" loading="lazy">
                </a>
                <a href="/{username}" class="crayons-avatar crayons-avatar--s absolute -right-2 -bottom-2 border-solid border-2 border-base-inverted">
                  <img src="{_cp_avatar(username, 50)}" alt="{username} profile" class="crayons-avatar__image" loading="lazy">
                </a>
              </div>"""
        org_html = f"""
                  <span>
                    <span class="crayons-story__tertiary fw-normal"> for </span><a href="/{org[1]}" class="crayons-story__secondary fw-medium">{esc(org[0])}</a>
                  </span>"""
    else:
        pic = f"""<div class="crayons-story__author-pic">
                <a href="/{username}" class="crayons-avatar crayons-avatar--l">
                  <img src="{_cp_avatar(username, 90)}" alt="{username} profile" class="crayons-avatar__image" loading="lazy">
                </a>
              </div>"""
        org_html = ""
    return f"""{pic}
              <div>
                <div>
                  <a href="/{username}" class="crayons-story__secondary fw-medium m:hidden">
                    {esc(name)}
                  </a>
                  <div class="profile-preview-card relative mb-4 s:mb-0 fw-medium hidden m:inline-block">
                    <button id="story-author-preview-trigger-{sid}" aria-controls="story-author-preview-content-{sid}" class="profile-preview-card__trigger fs-s crayons-btn crayons-btn--ghost p-1 -ml-1 -my-2" aria-label="{esc(name)} profile details">
                      {esc(name)}
                    </button>
                    <div id="story-author-preview-content-{sid}" class="profile-preview-card__content crayons-dropdown p-4 pt-0 branded-7" style="border-top-color: var(--card-color);" data-repositioning-dropdown="true" data-testid="profile-preview-card">
                      <div class="gap-4 grid">
                        <div class="-mt-4">
                          <a href="/{username}" class="flex">
                            <span class="crayons-avatar crayons-avatar--xl mr-2 shrink-0"><img src="{_cp_avatar(username, 90)}" class="crayons-avatar__image" alt="" loading="lazy"></span>
                            <span class="crayons-link crayons-subtitle-2 mt-5">{esc(name)}</span>
                          </a>
                        </div>
                        <div class="print-hidden">
                          <button class="crayons-btn follow-action-button whitespace-nowrap follow-user w-100" data-info="{esc(info)}">Follow</button>
                        </div>
                        <div class="author-preview-metadata-container" data-author-id="{user_id}"></div>
                      </div>
                    </div>
                  </div>{org_html}
                </div>
                <a href="{_cp_url(story)}" class="crayons-story__tertiary fs-xs"><time datetime="{story[5]}">{_cp_shown_date(story[5])}</time><span class="time-ago-indicator-initial-placeholder" data-seconds="{int(_cp_moment(story[5]).timestamp())}"></span></a>
              </div>"""


def _cp_reactions(story: tuple[Any, ...]) -> str:
    sid, count = story[0], story[7]
    if not count:
        return ""
    icons = "".join(
        f'<span class="crayons_icon_container"><img src="https://assets.codepress.example/assets/{name}-{digest}.svg" width="18" height="18"></span>'
        for name, digest in CP_REACTION_ICONS[: min(5, 1 + count // 40)]
    )
    word = "reaction" if count == 1 else "reactions"
    return f"""<a href="{_cp_url(story)}" class="crayons-btn crayons-btn--s crayons-btn--ghost crayons-btn--icon-left" data-reaction-count data-reactable-id="{sid}">
                    <div class="multiple_reactions_aggregate">
                      <span class="multiple_reactions_icons_container" dir="rtl">{icons}</span>
                      <span class="aggregate_reactions_counter">{count}<span class="hidden s:inline">&nbsp;{word}</span></span>
                    </div>
                  </a>"""


CP_COMMENT_SVG = '<svg class="crayons-icon" width="24" height="24" xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="{aid}"><title id="{aid}">Comments</title><path d="M10.5 5h3a6 6 0 110 12v2.625c-3.75-1.5-9-3.75-9-8.625a6 6 0 016-6zM12 15.5h1.5a4.501 4.501 0 001.722-8.657A4.5 4.5 0 0013.5 6.5h-3A4.5 4.5 0 006 11c0 2.707 1.846 4.475 6 6.36V15.5z"></path></svg>'


def _cp_comments(story: tuple[Any, ...]) -> str:
    sid, title, count = story[0], story[4], story[6 + 2]
    svg = CP_COMMENT_SVG.format(aid=f"a{_hash(str(sid), 24)}")
    if count:
        word = "comment" if count == 1 else "comments"
        label = f'{count}<span class="hidden s:inline">&nbsp;{word}</span>'
    else:
        label = '<span class="hidden s:inline">Add Comment</span>'
    return f"""<a href="{_cp_url(story)}#comments" class="crayons-btn crayons-btn--s crayons-btn--ghost crayons-btn--icon-left flex items-center" aria-label="Add a comment to post - {esc(title)}">
                    {svg}
                    {label}
                  </a>"""


def _cp_top_comments(story: tuple[Any, ...]) -> str:
    if not story[11]:
        return ""
    rows = []
    for name, username, stamp, text in CP_COMMENTS[story[0]]:
        rows.append(f"""
              <div class="crayons-comment cursor-pointer" role="presentation" data-content-user-id="{zlib.crc32(username.encode()) % 900000 + 100000}">
                <div class="crayons-comment__meta flex items-start">
                  <a href="/{username}" class="crayons-avatar crayons-avatar--l mr-2 shrink-0"><img src="{_cp_avatar(username, 64)}" width="32" height="32" alt="{username} profile image" class="crayons-avatar__image" loading="lazy"></a>
                  <div class="crayons-comment__inner flex-1">
                    <div class="crayons-comment__header"><a href="/{username}" class="crayons-story__secondary fw-medium fs-s">{esc(name)}</a><span class="crayons-story__tertiary fs-s"> • </span><a href="{_cp_url(story)}#comment-{_hash(username, 5)}" class="crayons-story__tertiary fs-s"><time datetime="{stamp}">{_cp_shown_date(stamp)}</time></a></div>
                    <div class="crayons-comment__body text-styles text-styles--tertiary"><p>{esc(text)}</p></div>
                  </div>
                </div>
              </div>""")
    return f"""
            <div class="crayons-story__comments">{"".join(rows)}
              <div class="crayons-story__comments__actions"><a href="{_cp_url(story)}#comments" class="crayons-btn crayons-btn--secondary fs-s" data-tracking-name="see_all_comments_on_feed">See all {story[8]} comments</a></div>
            </div>"""


CP_BOOKMARK = '<span class="bm-initial"><svg class="crayons-icon c-btn__icon" width="24" height="24" viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg"><path d="M6.75 4.5h10.5a.75.75 0 01.75.75v14.357a.375.375 0 01-.575.318L12 16.523l-5.426 3.401A.375.375 0 016 19.607V5.25a.75.75 0 01.75-.75zM16.5 6h-9v11.574l4.5-2.82 4.5 2.82V6z"></path></svg></span><span class="bm-success"><svg class="crayons-icon c-btn__icon" width="24" height="24" viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg"><path d="M6.75 4.5h10.5a.75.75 0 01.75.75v14.357a.375.375 0 01-.575.318L12 16.523l-5.426 3.401A.375.375 0 016 19.607V5.25a.75.75 0 01.75-.75z"></path></svg></span>'


def _cp_story(story: tuple[Any, ...]) -> str:
    sid, _name, username, _org, title, _stamp, tags, _r, _c, minutes, cover, _top = story
    url = _cp_url(story)
    cover_html = (
        f"""
        <div class="crayons-article__cover crayons-article__cover__image__feed">
          <a href="{url}" class="crayons-article__cover__image__feed crayons-story__cover__image" style="aspect-ratio: auto 1000 / 420;" title="{esc(title)}">
            <img src="https://media2.codepress.example/dynamic/image/width=1000,height=420,fit=cover,gravity=auto,format=auto/https%3A%2F%2Fcodepress-uploads.s3.amazonaws.example%2Fuploads%2Farticles%2F{_hash(str(sid), 20)}.png" width="1000" height="420" style="background-color:#dddddd;" class="crayons-article__cover__image__feed" alt="Cover image for {esc(title)}">
          </a>
        </div>"""
        if cover
        else ""
    )
    tag_links = "".join(
        f"""
                <a class="crayons-tag crayons-tag--monochrome" href="/t/{t}"><span class="crayons-tag__prefix">#</span>{t}</a>"""
        for t in tags
    )
    return f"""<div class="crayons-story" data-content-user-id="{zlib.crc32(username.encode()) % 900000 + 100000}" data-feed-content-id="{sid}">
      <a href="{url}" aria-labelledby="article-link-{sid}" class="crayons-story__hidden-navigation-link">{esc(title)}</a>
      <div role="presentation">{cover_html}
        <div class="crayons-story__body crayons-story__body-full_post">
          <div class="crayons-story__top">
            <div class="crayons-story__meta">
              {_cp_author(story)}
            </div>
          </div>
          <div class="crayons-story__indention">
            <h2 class="crayons-story__title crayons-story__title-full_post">
              <a href="{url}" data-preload-image="" id="article-link-{sid}">
                {esc(title)}
              </a>
            </h2>
            <div class="crayons-story__tags">{tag_links}
            </div>
            <div class="crayons-story__bottom">
              <div class="crayons-story__details">
                  {_cp_reactions(story)}
                  {_cp_comments(story)}
              </div>
              <div class="crayons-story__save">
                <small class="crayons-story__tertiary fs-xs mr-2">
                  {minutes} min read
                </small>
                <button type="button" id="article-save-button-{sid}" class="c-btn c-btn--icon-alone bookmark-button" data-reactable-id="{sid}" data-article-author-id="{zlib.crc32(username.encode()) % 900000 + 100000}" aria-label="Save post {esc(title)} to reading list" title="Save post {esc(title)} to reading list">
                  {CP_BOOKMARK}
                </button>
              </div>
            </div>
          </div>{_cp_top_comments(story)}
        </div>
      </div>
    </div>"""


def _cp_billboard(bb: tuple[Any, ...]) -> str:
    _page, _pos, bid, sponsor, heading, text, link = bb
    return f"""<div class="crayons-story billboard js-billboard" data-display-unit data-id="{bid}" data-category-click="click" data-category-impression="impression" data-context-type="tag" data-special="" data-article-id="" data-type-of="external" data-placement-area="feed_first" data-insert-into="main_feed">
      <div class="crayons-story__body">
        <div class="crayons-story__top flex justify-between">
          <div class="crayons-story__meta flex items-center">
            <div class="crayons-story__author-pic"><img src="https://media2.codepress.example/dynamic/image/width=90,height=90/https%3A%2F%2Fcodepress-uploads.s3.amazonaws.example%2Fuploads%2Forganization%2Fprofile_image%2F{bid}%2F{_hash(sponsor, 8)}.png" alt="{esc(sponsor)} logo" class="crayons-logo__image" loading="lazy"></div>
            <div>
              <p class="crayons-story__secondary fw-medium m-0">{esc(sponsor)}</p>
              <p class="crayons-story__tertiary fs-xs m-0">Promoted</p>
            </div>
          </div>
          <div class="relative">
            <button id="sponsorship-dropdown-trigger-{bid}" aria-controls="sponsorship-dropdown-{bid}" aria-expanded="false" aria-haspopup="true" aria-label="Toggle dropdown menu" class="crayons-btn crayons-btn--ghost crayons-btn--icon crayons-btn--s sponsorship-dropdown-trigger"><svg class="crayons-icon" width="24" height="24" xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="{_hash("dd" + str(bid), 20)}"><title id="{_hash("dd" + str(bid), 20)}">Dropdown menu</title><path fill-rule="evenodd" clip-rule="evenodd" d="M7 12a2 2 0 11-4 0 2 2 0 014 0zm7 0a2 2 0 11-4 0 2 2 0 014 0zm5 2a2 2 0 100-4 2 2 0 000 4z"></path></svg></button>
            <div id="sponsorship-dropdown-{bid}" class="crayons-dropdown right-0 top-100 p-1">
              <ul class="p-0 m-0 list-none">
                <li><a href="/billboards" class="crayons-link crayons-link--block" rel="noopener">What's a billboard?</a></li>
                <li><a href="/settings/customization#sponsors" class="crayons-link crayons-link--block" rel="noopener">Manage preferences</a></li>
                <li><button class="crayons-link crayons-link--block w-100 ta-left sponsorship-report-ad" data-billboard-id="{bid}" type="button">Report billboard</button></li>
              </ul>
            </div>
          </div>
        </div>
        <div class="crayons-story__indention">
          <div class="text-styles text-styles--billboard">
            <p><a href="{esc(link)}"><img src="https://media2.codepress.example/dynamic/image/width=775,height=,fit=scale-down,gravity=auto,format=auto/https%3A%2F%2Fcodepress-uploads.s3.amazonaws.example%2Fuploads%2Farticles%2Fbb{bid}.png" alt="Image description" width="775" height="326"></a></p>
            <h2><a href="{esc(link)}">{esc(heading)}</a></h2>
            <p>{esc(text)}</p>
            <p><a href="{esc(link)}" class="ltag_cta ltag_cta--branded" role="button">Get started →</a></p>
          </div>
        </div>
      </div>
    </div>"""


def _cp_link(page: int) -> str:
    return f"/t/{CP_TAG}" if page == 1 else f"/t/{CP_TAG}?page={page}"


def _cp_pager(page: int, pages: int) -> str:
    """Kaminari's default paginator, as a Rails app renders it."""
    parts = []
    if page > 1:
        parts.append(f'<span class="first"><a href="{_cp_link(1)}">&laquo; First</a></span>')
        parts.append(f'<span class="prev"><a rel="prev" href="{_cp_link(page - 1)}">&lsaquo; Prev</a></span>')
    for n in range(1, pages + 1):
        if n == page:
            parts.append(f'<span class="page current">{n}</span>')
        else:
            rel = ' rel="prev"' if n == page - 1 else ' rel="next"' if n == page + 1 else ""
            parts.append(f'<span class="page"><a{rel} href="{_cp_link(n)}">{n}</a></span>')
    if page < pages:
        parts.append(f'<span class="next"><a rel="next" href="{_cp_link(page + 1)}">Next &rsaquo;</a></span>')
        parts.append(f'<span class="last"><a href="{_cp_link(pages)}">Last &raquo;</a></span>')
    return (
        '<nav class="pagination crayons-layout__content" role="navigation" aria-label="pager">\n    '
        + "\n    ".join(parts)
        + "\n  </nav>"
    )


def _cp_page(page: int, pages: int, stories: list[Any]) -> str:
    ads = {bb[1]: bb for bb in CP_BILLBOARDS if bb[0] == page}
    items = []
    for n, story in enumerate(stories):
        if n in ads:
            items.append(_cp_billboard(ads[n]))
        items.append(_cp_story(story))
    feed = "\n    ".join(items)
    footer_links = "".join(
        f'<li class="footer__nav-item"><a href="{h}" class="c-link c-link--block">{esc(t)}</a></li>'
        for t, h in (
            ("Home", "/"),
            ("DEV++", "/++"),
            ("Podcasts", "/pod"),
            ("Videos", "/videos"),
            ("Tags", "/tags"),
            ("Help", "/help"),
            ("Advertise", "/advertise"),
            ("About", "/about"),
            ("Contact", "/contact"),
            ("Code of Conduct", "/code-of-conduct"),
            ("Privacy Policy", "/privacy"),
            ("Terms of use", "/terms"),
        )
    )
    mods = "".join(
        f'<li class="flex items-center mb-2"><a href="/{u}" class="crayons-avatar crayons-avatar--l mr-2"><img src="{_cp_avatar(u, 64)}" class="crayons-avatar__image" alt="{u} profile image" loading="lazy"></a><a href="/{u}" class="crayons-link fw-medium">{esc(n)}</a></li>'
        for n, u in (("Grace Okafor", "graceokafor"), ("Ravi Chandran", "ravichandran"), ("Mira Kowalski", "mirak"))
    )
    canonical = f"{CP_HOST}{_cp_link(page)}"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Python - Codepress Community</title>
  <meta name="last-updated" content="2025-03-20 18:02:11 UTC">
  <meta name="user-signed-in" content="false">
  <meta name="head-cached-at" content="1742493731">
  <meta name="environment" content="production">
  <link rel="stylesheet" href="https://assets.codepress.example/assets/minimal-1f3cd37c7f5c0cbd7e0cd46dd4e6e3e2c1a0b6d0e7f8a9b0c1d2e3f4a5b6c7d8.css" media="all" id="main-minimal-stylesheet">
  <link rel="stylesheet" href="https://assets.codepress.example/assets/views-4a2d8e1f0b9c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e.css" media="all" id="main-views-stylesheet">
  <meta name="viewport" content="width=device-width, initial-scale=1.0, viewport-fit=cover">
  <link rel="canonical" href="{canonical}">
  <meta name="description" content="import antigravity">
  <meta property="og:type" content="website">
  <meta property="og:url" content="{canonical}">
  <meta property="og:title" content="Python">
  <meta property="og:site_name" content="Codepress Community">
  <meta name="twitter:site" content="@thecodepressteam">
  <link rel="search" href="{CP_HOST}/open-search.xml" type="application/opensearchdescription+xml" title="Codepress Community">
  <script src="https://assets.codepress.example/assets/base-b1c2d3e4f5a6.js" defer></script>
  <script src="https://assets.codepress.example/assets/application-c2d3e4f5a6b7.js" defer></script>
</head>
<body class="sans-serif-article-body default-header" data-user-status="logged-out" data-is-root-subforem="true" data-side-nav-visible="false" data-community-name="Codepress Community" data-locale="en" data-honeybadger-key="hbp_{_hash("hb", 30)}" data-deployed-at="2025-03-20T16:41:09Z" data-latest-commit-id="{_hash("commit", 40)}" data-ga-tracking="" data-cookie-banner-user-context="off" data-cookie-banner-platform-context="off" data-algolia-id="{_hash("algolia", 10).upper()}" data-algolia-search-key="{_hash("algoliakey", 32)}" data-algolia-display="false" data-dynamic-url-component="bmar11" data-ga4-tracking-id="G-{_hash("ga4", 10).upper()}">
  <link rel="stylesheet" href="https://assets.codepress.example/assets/crayons-a1b2c3d4e5f6.css" media="all" id="crayons-stylesheet">
  <div id="body-styles"><style>:root {{ --accent-brand-lighter-rgb: 100, 113, 255; --accent-brand-rgb: 59, 73, 223; }}</style></div>
  <div id="audiocontent" data-podcast=""></div>
  <header id="topbar" class="crayons-header topbar print-hidden">
    <span id="route-change-target" tabindex="-1"></span>
    <a href="#main-content" class="skip-content-link">Skip to content</a>
    <div class="crayons-header__container">
      <span class="inline-block m:hidden"><button class="c-btn c-btn--icon-alone js-hamburger-trigger mx-2" aria-label="Navigation menu"><svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" role="img" aria-labelledby="menu-title" class="crayons-icon"><title id="menu-title">Navigation menu</title><path d="M3 4h18v2H3V4zm0 7h18v2H3v-2zm0 7h18v2H3v-2z"></path></svg></button></span>
      <a href="/" class="site-logo" aria-label="Codepress Community Home"><svg class="logo" width="50" height="40" viewBox="0 0 50 40" xmlns="http://www.w3.org/2000/svg"><rect width="50" height="40" rx="3"></rect><path fill="#fff" d="M19.099 23.508c0 1.31-.423 2.388-1.27 3.234-.838.839-1.942 1.258-3.312 1.258h-4.403V12.277h4.492c1.31 0 2.385.423 3.224 1.27.846.838 1.269 1.912 1.269 3.223v6.738z"></path></svg></a>
      <div class="crayons-header--search js-search-form" id="header-search">
        <form accept-charset="UTF-8" method="get" action="/search" role="search"><div class="crayons-fields crayons-fields--horizontal"><div class="crayons-field flex-1 relative"><input id="search-input" class="crayons-header--search-input crayons-textfield js-search-input" type="text" name="q" placeholder="Search..." autocomplete="off" aria-label="Search term"><button type="submit" aria-label="Search" class="c-btn c-btn--icon-alone absolute inset-px right-auto mt-0 py-0"><svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" role="img" aria-labelledby="search-title" class="crayons-icon"><title id="search-title">Search</title><path d="M18.031 16.617l4.283 4.282-1.415 1.415-4.282-4.283A8.96 8.96 0 0111 20c-4.968 0-9-4.032-9-9s4.032-9 9-9 9 4.032 9 9a8.96 8.96 0 01-1.969 5.617z"></path></svg></button><a class="crayons-header--search-brand-indicator" href="https://www.algolia.example/developers/?utm_source=codepress" target="_blank" rel="noopener noreferrer">Powered by Algolia</a></div></div></form>
      </div>
      <div class="flex items-center h-100 ml-auto">
        <div class="flex" id="authentication-top-nav-actions">
          <span class="hidden m:block"><a href="/enter" class="c-link c-link--block mr-2 whitespace-nowrap ml-auto" data-no-instant>Log in</a></span>
          <a href="/enter?state=new-user" data-tracking-id="ca_top_nav" data-tracking-source="top_navbar" class="c-cta c-cta--branded whitespace-nowrap mr-2" data-no-instant>Create account</a>
        </div>
      </div>
    </div>
  </header>
  <div id="active-broadcast" class="broadcast-wrapper"></div>
  <div id="page-content" class="wrapper stories stories-index" data-current-page="stories-index">
    <div id="page-content-inner">
      <div class="brand-bg" style="--tag-bg: rgba(47, 106, 161, 0.10); --tag-prefix: {CP_TAG_COLOUR}; --tag-bg-hover: rgba(47, 106, 161, 0.10); --tag-prefix-hover: {CP_TAG_COLOUR};">
        <header class="crayons-layout crayons-layout--limited-l pb-0 tag-header">
          <div class="crayons-card p-3 m:p-6 l:p-8 flex flex-col s:flex-row" style="border-top: 1rem solid {CP_TAG_COLOUR};">
            <div class="flex-1 pr-4">
              <div class="flex items-center">
                <h1 class="crayons-title fw-bold"><span class="crayons-tag__prefix" style="color: {CP_TAG_COLOUR};">#</span>{CP_TAG}</h1>
              </div>
              <p class="mt-3 fs-base m:fs-l color-base-70">import antigravity</p>
              <div class="flex items-center mt-4 gap-2">
                <button class="crayons-btn follow-action-button" data-info='{{"id":25,"className":"Tag","name":"python"}}' data-follow-action-button>Follow</button>
                <button class="crayons-btn crayons-btn--outlined" data-info='{{"id":25,"className":"Tag","name":"python"}}'>Hide</button>
              </div>
            </div>
            <div class="shrink-0 hidden s:block"><img src="https://media2.codepress.example/dynamic/image/width=160,height=160/https%3A%2F%2Fcodepress-uploads.s3.amazonaws.example%2Fuploads%2Fbadge%2Fbadge_image%2F21%2Fpython.png" width="160" height="160" alt="python logo"></div>
          </div>
        </header>
        <div class="crayons-layout crayons-layout--limited-l crayons-layout--2-cols">
          <aside class="crayons-layout__sidebar-left" aria-label="Tag information">
            <div class="crayons-card crayons-card--secondary p-4 mb-4">
              <h2 class="crayons-subtitle-1 mb-2">Submission Guidelines</h2>
              <div class="text-styles fs-s"><p>Posts tagged #python should be about the Python language, its ecosystem and community. Please include code samples where they help and use a more specific tag for framework questions.</p></div>
            </div>
            <div class="crayons-card crayons-card--secondary p-4 mb-4">
              <h2 class="crayons-subtitle-1 mb-2">About #{CP_TAG}</h2>
              <div class="text-styles fs-s"><p>Python is a high-level, general-purpose programming language whose design philosophy emphasises code readability.</p></div>
              <p class="fs-s color-base-60 mt-3">198,412 Posts Published</p>
            </div>
            <div class="crayons-card crayons-card--secondary p-4">
              <h2 class="crayons-subtitle-1 mb-2">#{CP_TAG} moderators</h2>
              <ul class="list-none p-0 m-0">{mods}</ul>
            </div>
          </aside>
          <main class="crayons-layout__content articles-list" id="main-content" data-follow-button-container="true">
            <nav class="crayons-tabs mb-2 flex items-center" aria-label="View tagged posts by">
              <ul class="crayons-tabs__list">
                <li><a data-text="Relevant" href="/t/{CP_TAG}" class="crayons-tabs__item crayons-tabs__item--current" aria-current="page">Relevant</a></li>
                <li><a data-text="Latest" href="/t/{CP_TAG}/latest" class="crayons-tabs__item">Latest</a></li>
                <li><a data-text="Top" href="/t/{CP_TAG}/top/week" class="crayons-tabs__item">Top</a></li>
              </ul>
            </nav>
            <div id="index-container" data-params='{{"tag_names":["python"],"sort_by":"hotness_score","sort_direction":"desc"}}' data-which="tag" data-tag="python" data-feed="base-feed" data-articles-since="0">
              <div class="substories" id="substories">
    {feed}
              </div>
              <div class="loading-articles" id="loading-articles">loading...</div>
            </div>
  {_cp_pager(page, pages)}
          </main>
        </div>
      </div>
    </div>
  </div>
  <footer id="footer" class="crayons-footer print-hidden">
    <div id="footer-container" class="crayons-footer__container">
      <p class="fs-s crayons-footer__description"><a class="c-link c-link--branded fw-medium" aria-label="Codepress Community Home" href="/">Codepress Community</a> — A constructive and inclusive social network for software developers. With you every step of your journey.</p>
      <ul class="footer__nav-links flex justify-center flex-wrap fs-s p-0">{footer_links}</ul>
      <div class="fs-s"><p>Built on <a class="c-link c-link--branded" href="https://www.forem.example">Forem</a> — the <a target="_blank" rel="noopener" class="c-link c-link--branded" href="https://code.forem.example">open source</a> software that powers Codepress and other inclusive communities.</p><p>Made with love and <a target="_blank" rel="noopener" class="c-link c-link--branded" href="https://www.rubyonrails.example">Ruby on Rails</a>. Codepress Community <span title="copyright">&copy;</span> 2016 - 2025.</p></div>
    </div>
  </footer>
  <div id="snack-zone"></div>
  <div id="runtime-banner-container"></div>
  <script>document.body.dataset.loaded = "true";</script>
</body>
</html>"""


@eleventh
def build_codepress() -> None:
    s = Site(
        "codepress",
        kind="developer blog feed (dev.to / Forem 2024–25 tag page: crayons-story cards, 'Mar 14' dates without the year, #tag links, reactions / comments / min read, billboard ads, ?page=N)",
        start=f"t/{CP_TAG}",
        description="The dev.to (Forem) tag feed /t/python as served to a logged-out reader (2024–2025): the crayons header (logo, Algolia search, Log in / Create account), the tag's header card ('#python' with a prefix span, 'import antigravity', Follow / Hide), a left sidebar (Submission Guidelines, About #python, moderators), Relevant / Latest / Top crayons-tabs, then div#substories of div.crayons-story[data-feed-content-id] cards: a hidden a.crayons-story__hidden-navigation-link with the title, a cover image on the first story, div.crayons-story__author-pic (avatar, or an organisation logo plus a small author avatar), the author name twice (a mobile a.crayons-story__secondary and a profile-preview-card button whose dropdown repeats the name with Follow and a JSON data-info), ' for <Org>' on organisation posts, a.crayons-story__tertiary > time[datetime] 'Mar 14' (no year for 2025, \"Dec 30 '24\" before) + a time-ago placeholder, h2.crayons-story__title > a (absolute /<user or org>/<slug>-<4 chars> links, title padded), div.crayons-story__tags of a.crayons-tag '<span class=crayons-tag__prefix>#</span>python', reactions '142<span class=hidden> reactions</span>' beside reaction icon images (nothing when none), comments '23<span> comments</span>' after an svg with a <title> ('Add Comment' when none), small '9 min read', a save button whose aria-label and title repeat the title; top-comment previews under three stories (commenter, date, text, 'See all 41 comments'); a billboard card (div.crayons-story.billboard, sponsor, 'Promoted', a dropdown, its own h2 link and CTA) in the feed on pages 1 and 2; a Kaminari pager (« First ‹ Prev 1 2 3 Next › Last ») of /t/python?page=N links; the Forem footer. Tags are written down without the '#' prefix; reactions and comments are absent where the card shows no number.",
    )
    pages = chunks(CP_STORIES, [10, 10, 6])
    for number, stories in enumerate(pages, 1):
        text = _cp_page(number, len(pages), stories)
        if number == 1:
            s.list_page(f"t/{CP_TAG}/index.html", text)
        else:
            s.list_page(f"t/{CP_TAG}@page={number}", text)
    s.write(f"t/{CP_TAG}@page=1", _cp_page(1, len(pages), pages[0]))
    for story in CP_STORIES:
        _sid, name, _user, _org, title, stamp, tags, reactions, comments, minutes, _cover, _top = story
        s.expect(
            {
                "title": title,
                "url": _cp_url(story),
                "author": name,
                "date": _cp_moment(stamp).date().isoformat(),
                "tags": tags,
                "reactions": reactions or None,
                "comments": comments or None,
                "reading_time": minutes,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in ELEVENTH.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
