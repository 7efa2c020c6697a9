"""Fourteenth wave, part B: three more well-known site families, written and measured before any heuristic
was changed for them (a repository's issue list, a film poster grid and a meetup group's events).

* **issuetrail** — a GitHub repository's Issues list (``/harborlight/beacon/issues?q=is%3Aissue+is%3Aopen``,
  the classic server-rendered Primer markup GitHub served to signed-out visitors in 2024): the
  global header (logo, Product / Solutions / Resources / Open Source / Enterprise / Pricing menus,
  search, Sign in / Sign up), the repository header (owner / name, Public badge, Notifications /
  Fork / Star counters, Code / Issues 26 / Pull requests 7 / Discussions / Actions / Security /
  Insights tabs), a "Pinned issues" strip of two cards, the search input and Labels / Milestones
  links, then ``div.Box`` with a ``div.table-list-header`` ("26 Open" / "411 Closed" tabs, Author /
  Label / Projects / Milestones / Assignee / Sort ``details`` menus whose items list users, labels
  and milestones) and ``div.js-navigation-container`` of ``div.Box-row`` rows (``id="issue_1234"``):
  a checkbox, the octicon, ``a.Link--primary`` title link (``/harborlight/beacon/issues/1234``),
  ``a.IssueLabel`` chips (``data-name``, ``--label-r/g/b`` colour variables), the "#1234 opened
  <relative-time datetime=…>3 days ago</relative-time> by <a>login</a>" line, a task-list progress
  ("2 of 5 tasks") and a milestone link on some; on the right a linked-PR icon on some, an
  ``AvatarStack`` of assignee avatars (``alt="@login"``) on some and a comment link
  (``aria-label="5 comments"``) only when there are comments. A ``div.paginate-container`` ("Previous",
  1 2 3, "Next" over ``?page=N&q=…``), the "ProTip!" line, the footer and a cookie banner. Ten, ten
  and six issues. Written down: number, title, url, labels (a list), author, date, comments,
  milestone, assignees (a list), tasks ("2 of 5").
* **filmlog** — Letterboxd's popular-films grid (``/films/popular/this/week/``, 2024): the header
  (logo, Sign in / Create account / Films / Lists / Members / Journal, search), the "Browse by" year /
  rating / popular / genre / service filter menus, "There are 1,024,567 films matching your filters",
  then ``ul.poster-list.-p125.-grid`` of ``li.poster-container`` items: a lazy
  ``div.really-lazy-load.film-poster`` carrying ``data-film-id``, ``data-film-slug``,
  ``data-film-name``, ``data-film-release-year`` and ``data-target-link`` around an empty-poster
  ``img`` whose ``alt`` is the title, an ``a.frame`` with ``data-original-title="Anora (2024)"`` and
  ``span.frame-title``; under each poster ``p.poster-viewingdata`` with a ``display-rating`` average
  ("4.1", the tooltip "Weighted average of 4.13 based on 812,409 ratings"; none on films too new to
  have one) and icon links with bare counts ("1.9M" watched, "742K" liked, the exact numbers in
  ``data-original-title`` tooltips). A Pro upsell banner and an ad slot sit above the grid, a
  "Popular reviews this week" sidebar repeats three posters (same ``film-poster`` markup); the
  ``div.pagination`` ("Previous" / "Next" + numbered pages ``/page/N/``), the footer. Nine, nine and
  eight films. Written down: title, url, year, rating, watched, likes.
* **meetgroup** — a Meetup group's events (``/ldn-data-engineering/events/``, Next.js with Tailwind
  and ``ds-`` design-system classes): the header (logo, search, "Start a new group", Log in /
  Sign up), the group header (name, "London, United Kingdom", "4,812 members · Public group",
  "Organised by"), About / Events / Members / Photos / Discussions tabs, "Upcoming" / "Past"
  event tabs, then a list of ``a[data-event-label]`` cards (``/ldn-data-engineering/events/305…/?eventOrigin=group_upcoming_events``):
  ``time[datetime="2025-03-20T18:30:00+00:00"]`` "Thu, Mar 20 · 6:30 PM GMT" (BST after March 30),
  an ``h3`` title, the venue line "Venue name · London" or "Online event" with an icon, a clamped
  description, an attendee avatar stack and "42 attendees", "Free" / "£5.00" on some, a "Waitlist"
  badge on full events, "Attend" / "Join waitlist" buttons. Infinite scroll: a hidden
  ``a[rel=next]`` to ``?type=upcoming&page=N`` whose page serves the next cards; the
  ``__NEXT_DATA__`` Apollo state; an "Events near you from other groups" carousel (same card
  markup, ``data-event-label="similar-event-card"``), a "Start a new group" promo, the footer and a
  cookie banner. Ten, ten and six events. Written down: title, url, date, time, venue, attendees,
  price (none for Free) and currency, status (Waitlist).

Run ``uv run python tests/sites/corpus/generate_fourteenth_b.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**.
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import sys
import zlib
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc, slug

FOURTEENTH_B: dict[str, Callable[[], None]] = {}


def fourteenth_b(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    FOURTEENTH_B[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _num(text: str, modulo: int) -> int:
    """A stable number from a text (avatar ids, film ids)."""
    return zlib.crc32(text.encode()) % modulo


# ---------------------------------------------------------------------------------------------------
# issuetrail: a GitHub repository's Issues list (classic Primer markup, 2024).
# ---------------------------------------------------------------------------------------------------

IT_REPO = "harborlight/beacon"
IT_QUERY = "q=is%3Aissue+is%3Aopen"
IT_START = f"{IT_REPO}/issues?{IT_QUERY}"
IT_NOW = datetime(2025, 3, 17, 11, 40, tzinfo=UTC)

IT_LABELS: dict[str, str] = {
    "bug": "d73a4a",
    "enhancement": "a2eeef",
    "documentation": "0075ca",
    "good first issue": "7057ff",
    "help wanted": "008672",
    "needs triage": "fbca04",
    "area: themes": "c5def5",
    "area: cli": "bfd4f2",
    "area: i18n": "d4c5f9",
    "performance": "f9d0c4",
    "regression": "b60205",
    "question": "d876e3",
    "windows": "1d76db",
}

# (number, title, labels, author, opened (UTC), comments, milestone, assignees, linked PRs, tasks)
IT_ISSUES: list[tuple[Any, ...]] = [
    (
        2291,
        "Live reload stops after editing a file inside a symlinked content folder",
        ["bug", "needs triage"],
        "tomasz-wilk",
        "2025-03-17T08:02:51Z",
        0,
        None,
        [],
        0,
        None,
    ),
    (
        2290,
        "Support `lastmod` from git history in the sitemap generator",
        ["enhancement", "area: cli"],
        "aiko-n",
        "2025-03-16T21:47:09Z",
        2,
        "v0.19",
        [],
        0,
        None,
    ),
    (
        2288,
        "Docs: the shortcode reference still shows the removed `figure` attributes",
        ["documentation", "good first issue"],
        "pbaranski",
        "2025-03-16T10:15:33Z",
        1,
        None,
        ["mei-lin-dev"],
        1,
        None,
    ),
    (
        2285,
        "Build time regressed from 4s to 19s on 0.18.2 with 3,000 pages",
        ["bug", "performance", "regression"],
        "oscarlindqvist",
        "2025-03-15T17:31:00Z",
        14,
        "v0.18.3",
        ["rkeller", "harborbot"],
        1,
        None,
    ),
    (
        2284,
        "`beacon new theme` scaffolds a config.toml with a tab instead of spaces",
        ["bug", "area: themes", "good first issue"],
        "devika-r",
        "2025-03-14T13:08:44Z",
        3,
        "v0.18.3",
        [],
        0,
        None,
    ),
    (
        2281,
        "Allow per-section pagination sizes in front matter",
        ["enhancement"],
        "jules-moreau",
        "2025-03-13T09:55:12Z",
        6,
        "v0.19",
        [],
        0,
        "0 of 3",
    ),
    (
        2279,
        "Windows: `beacon serve` fails with 'The filename, directory name, or volume label syntax is incorrect'",
        ["bug", "windows"],
        "kwame-asante",
        "2025-03-12T18:20:05Z",
        9,
        None,
        ["rkeller"],
        0,
        None,
    ),
    (
        2276,
        "Add a Portuguese (pt-BR) translation of the default theme strings",
        ["area: i18n", "help wanted"],
        "lucas-f-almeida",
        "2025-03-11T22:41:37Z",
        4,
        None,
        [],
        1,
        None,
    ),
    (
        2274,
        "RSS feed uses the build date instead of the page date for `<lastBuildDate>`",
        ["bug"],
        "hannah-okafor",
        "2025-03-10T07:12:19Z",
        0,
        "v0.18.3",
        [],
        0,
        None,
    ),
    (
        2270,
        "Question: how do I exclude drafts from the search index but keep them in `serve`?",
        ["question"],
        "mpetrov",
        "2025-03-08T15:03:58Z",
        5,
        None,
        [],
        0,
        None,
    ),
    (
        2266,
        "Image processing: AVIF output is 3x larger than the source JPEG at quality 80",
        ["bug", "performance"],
        "sofia-castellanos",
        "2025-03-06T11:27:40Z",
        11,
        "v0.19",
        ["mei-lin-dev"],
        0,
        None,
    ),
    (
        2263,
        "Theme components cannot override the base template's `<head>` blocks",
        ["enhancement", "area: themes"],
        "nils-bergstrom",
        "2025-03-05T19:44:21Z",
        7,
        None,
        [],
        0,
        "2 of 5",
    ),
    (
        2259,
        "Taxonomy pages are generated for terms used only in drafts",
        ["bug", "needs triage"],
        "chen-yufei",
        "2025-03-03T06:58:02Z",
        1,
        None,
        [],
        0,
        None,
    ),
    (
        2254,
        "Expose the word count and reading time to templates as page variables",
        ["enhancement", "good first issue"],
        "amara-diallo",
        "2025-02-28T14:36:50Z",
        8,
        "v0.19",
        ["devika-r"],
        1,
        None,
    ),
    (
        2250,
        "Markdown footnotes render with duplicate ids when a page is included twice",
        ["bug"],
        "fpieterse",
        "2025-02-26T09:09:09Z",
        2,
        None,
        [],
        0,
        None,
    ),
    (
        2246,
        "CLI: `--base-url` is ignored by `beacon check-links`",
        ["bug", "area: cli"],
        "ryo-tanaka",
        "2025-02-24T20:18:31Z",
        0,
        "v0.18.3",
        [],
        0,
        None,
    ),
    (
        2241,
        "Document the order in which config files are merged",
        ["documentation"],
        "ilse-vermeer",
        "2025-02-21T12:00:46Z",
        3,
        None,
        ["harborbot"],
        0,
        None,
    ),
    (
        2237,
        "Syntax highlighting: add the Gleam and Roc grammars",
        ["enhancement", "help wanted"],
        "olu-adeyemi",
        "2025-02-19T16:52:14Z",
        5,
        None,
        [],
        0,
        None,
    ),
    (
        2232,
        "Incremental builds rebuild every page after changing one data file",
        ["performance"],
        "rkeller",
        "2025-02-17T08:31:27Z",
        19,
        "v0.19",
        ["rkeller"],
        0,
        "1 of 4",
    ),
    (
        2228,
        'Arabic and Hebrew pages get `dir="ltr"` on the html element',
        ["bug", "area: i18n"],
        "yasmin-haddad",
        "2025-02-13T13:14:09Z",
        4,
        None,
        [],
        0,
        None,
    ),
    (
        2219,
        "Dark mode toggle flashes the light theme on first load",
        ["bug", "area: themes"],
        "g-marchetti",
        "2025-02-07T21:05:55Z",
        6,
        None,
        [],
        0,
        None,
    ),
    (
        2207,
        "Support `.beaconignore` for files that should not be copied to public/",
        ["enhancement"],
        "lea-schmitt",
        "2025-01-29T10:40:18Z",
        12,
        "v0.19",
        [],
        1,
        None,
    ),
    (
        2198,
        "`beacon deploy` to S3 leaves stale files when a page is renamed",
        ["bug", "help wanted"],
        "dmitri-sokolov",
        "2025-01-22T17:22:03Z",
        8,
        None,
        ["mei-lin-dev", "rkeller"],
        0,
        None,
    ),
    (
        2176,
        "Shortcodes inside tables break the table layout",
        ["bug", "needs triage"],
        "priya-menon",
        "2025-01-08T09:48:36Z",
        2,
        None,
        [],
        0,
        None,
    ),
    (
        2143,
        "Plugin API: hooks for before / after a page is rendered",
        ["enhancement"],
        "aiko-n",
        "2024-12-11T15:30:00Z",
        27,
        "v1.0",
        ["rkeller"],
        0,
        "3 of 8",
    ),
    (
        1987,
        "Roadmap to 1.0 — feedback wanted",
        ["question"],
        "rkeller",
        "2024-09-02T08:00:00Z",
        48,
        "v1.0",
        ["rkeller", "mei-lin-dev", "harborbot"],
        0,
        None,
    ),
]
IT_PINNED = [1987, 2143]
IT_MILESTONES = {"v0.18.3": 7, "v0.19": 8, "v1.0": 3}


def _it_when(stamp: str) -> str:
    """GitHub's relative-time text for a moment (as server-rendered for the fallback)."""
    moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    delta = IT_NOW - moment
    if delta < timedelta(days=1):
        hours = int(delta.total_seconds() // 3600)
        return f"{hours} hours ago" if hours > 1 else "1 hour ago"
    if delta < timedelta(days=2):
        return "yesterday"
    if delta < timedelta(days=30):
        return f"{delta.days} days ago"
    if moment.year == IT_NOW.year:
        return f"on {moment.strftime('%b')} {moment.day}"
    return f"on {moment.strftime('%b')} {moment.day}, {moment.year}"


def _it_title_time(stamp: str) -> str:
    moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    return f"{moment.strftime('%b')} {moment.day}, {moment.year}, {moment.strftime('%-I:%M %p')} GMT"


def _it_label(name: str) -> str:
    colour = IT_LABELS[name]
    r, g, b = (int(colour[i : i + 2], 16) for i in (0, 2, 4))
    return f'<a id="label-{_num(name, 999999):06x}" href="/{IT_REPO}/labels/{name.replace(" ", "%20").replace(":", "%3A")}" data-name="{esc(name)}" style="--label-r:{r};--label-g:{g};--label-b:{b};--label-h:{_num(name, 360)};--label-s:{_num(name + "s", 90)};--label-l:{_num(name + "l", 60) + 20};" data-view-component="true" class="IssueLabel hx_IssueLabel width-fit mb-1 mr-1 d-inline-flex">{esc(name)}</a>'


def _it_avatar(login: str, size: int) -> str:
    return f'<img class="from-avatar avatar-user" src="https://avatars.githubusercontent.com/u/{_num(login, 99999999)}?s={size * 2}&amp;v=4" width="{size}" height="{size}" alt="@{esc(login)}">'


def _it_row(issue: tuple[Any, ...]) -> str:
    number, title, labels, author, opened, comments, milestone, assignees, prs, tasks = issue
    label_html = "".join(_it_label(name) for name in labels)
    milestone_html = ""
    if milestone:
        milestone_html = f'<span class="issue-meta-section css-truncate issue-milestone ml-2 d-none d-md-inline"><svg aria-label="Milestone" role="img" height="16" viewBox="0 0 16 16" version="1.1" width="16" class="octicon octicon-milestone"><path d="M7.75 0a.75.75 0 0 1 .75.75V3h3.634c.414 0 .814.147 1.13.414l2.07 1.75a1.75 1.75 0 0 1 0 2.672l-2.07 1.75a1.75 1.75 0 0 1-1.13.414H8.5v5.25a.75.75 0 0 1-1.5 0V10H2.75A1.75 1.75 0 0 1 1 8.25v-3.5C1 3.784 1.784 3 2.75 3H7V.75A.75.75 0 0 1 7.75 0Z"></path></svg> <a class="Link--muted css-truncate css-truncate-target" title="{esc(milestone)}" href="/{IT_REPO}/milestone/{IT_MILESTONES[milestone]}">{esc(milestone)}</a></span>'
    tasks_html = ""
    if tasks:
        done, total = (int(part) for part in tasks.split(" of "))
        tasks_html = f'<span class="issue-meta-section task-progress ml-2 d-none d-md-inline"><svg aria-hidden="true" height="16" viewBox="0 0 16 16" version="1.1" width="16" class="octicon octicon-checklist"><path d="M2.5 1.75v11.5c0 .138.112.25.25.25h3.17a.75.75 0 0 1 0 1.5H2.75A1.75 1.75 0 0 1 1 13.25V1.75C1 .784 1.784 0 2.75 0h8.5C12.216 0 13 .784 13 1.75v7.736a.75.75 0 0 1-1.5 0V1.75a.25.25 0 0 0-.25-.25h-8.5a.25.25 0 0 0-.25.25Z"></path></svg><span class="task-progress-counts">{done} of {total}</span> tasks <span class="progress-bar v-align-middle"><span class="progress" style="width: {round(100 * done / total)}%"></span></span></span>'
    pr_html = ""
    if prs:
        pr_html = f'<span class="ml-2 flex-1 flex-shrink-0"><a class="Link--muted" aria-label="{prs} linked pull request" data-hovercard-type="pull_request" href="/{IT_REPO}/issues/{number}#ref-pullrequest-{_num(str(number), 9999999999)}"><svg aria-hidden="true" height="16" viewBox="0 0 16 16" version="1.1" width="16" class="octicon octicon-git-pull-request"><path d="M1.5 3.25a2.25 2.25 0 1 1 3 2.122v5.256a2.251 2.251 0 1 1-1.5 0V5.372A2.25 2.25 0 0 1 1.5 3.25Z"></path></svg> <span class="text-small text-bold">{prs}</span></a></span>'
    else:
        pr_html = '<span class="ml-2 flex-1 flex-shrink-0"></span>'
    assignee_html = '<span class="ml-2 flex-1 flex-shrink-0"></span>'
    if assignees:
        who = " and ".join(f"@{a}" for a in assignees)
        avatars = "".join(
            f'<a class="avatar avatar-user" aria-label="{esc(a)}’s assigned issues" data-hovercard-type="user" data-hovercard-url="/users/{esc(a)}/hovercard" href="/{IT_REPO}/issues?q=assignee%3A{esc(a)}+is%3Aopen">{_it_avatar(a, 20)}</a>'
            for a in assignees
        )
        stack = "AvatarStack--three-plus" if len(assignees) > 2 else ("AvatarStack--two" if len(assignees) == 2 else "")
        assignee_html = f'<span class="ml-2 flex-1 flex-shrink-0"><div class="AvatarStack AvatarStack--right ml-2 flex-1 flex-shrink-0 {stack}"><div class="AvatarStack-body tooltipped tooltipped-sw tooltipped-multiline tooltipped-align-right-1 mt-1" aria-label="Assigned to {esc(who)}">{avatars}</div></div></span>'
    comment_html = '<span class="ml-2 flex-1 flex-shrink-0"></span>'
    if comments:
        comment_html = f'<span class="ml-2 flex-1 flex-shrink-0"><a href="/{IT_REPO}/issues/{number}" class="Link--muted" aria-label="{comments} comment{"s" if comments > 1 else ""}"><svg aria-hidden="true" height="16" viewBox="0 0 16 16" version="1.1" width="16" class="octicon octicon-comment v-align-middle"><path d="M1 2.75C1 1.784 1.784 1 2.75 1h10.5c.966 0 1.75.784 1.75 1.75v7.5A1.75 1.75 0 0 1 13.25 12H9.06l-2.573 2.573A1.458 1.458 0 0 1 4 13.543V12H2.75A1.75 1.75 0 0 1 1 10.25Z"></path></svg> <span class="text-small text-bold">{comments}</span></a></span>'
    return f"""<div id="issue_{number}" class="Box-row Box-row--focus-gray p-0 mt-0 js-navigation-item js-issue-row" data-id="{2_600_000_000 + number * 37}">
  <div class="d-flex Box-row--drag-hide position-relative">
    <label class="flex-shrink-0 py-2 pl-3 d-none d-md-block"><input type="checkbox" data-check-all-item="" class="js-issues-list-check" name="issues[]" value="{number}" aria-labelledby="issue_{number}_link" autocomplete="off"></label>
    <div class="flex-shrink-0 pt-2 pl-3"><span class="tooltipped tooltipped-e" aria-label="Open issue"><svg class="octicon octicon-issue-opened open" title="Open" viewBox="0 0 16 16" version="1.1" width="16" height="16" aria-hidden="true"><path d="M8 9.5a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3Z"></path><path d="M8 0a8 8 0 1 1 0 16A8 8 0 0 1 8 0ZM1.5 8a6.5 6.5 0 1 0 13 0 6.5 6.5 0 0 0-13 0Z"></path></svg></span></div>
    <div class="flex-auto min-width-0 p-2 pr-3 pr-md-2">
      <a id="issue_{number}_link" class="Link--primary v-align-middle no-underline h4 js-navigation-open markdown-title" data-hovercard-type="issue" data-hovercard-url="/{IT_REPO}/issues/{number}/hovercard" href="/{IT_REPO}/issues/{number}">{esc(title)}</a>
      <span class="lh-default d-block d-md-inline">{label_html}</span>
      <div class="d-flex mt-1 text-small color-fg-muted">
        <span class="opened-by">#{number} opened <relative-time datetime="{opened}" class="no-wrap" title="{_it_title_time(opened)}">{_it_when(opened)}</relative-time> by <a class="Link--muted" title="Open issues created by {esc(author)}" data-hovercard-type="user" data-hovercard-url="/users/{esc(author)}/hovercard" href="/{IT_REPO}/issues?q=is%3Aissue+is%3Aopen+author%3A{esc(author)}">{esc(author)}</a></span>
        <span class="d-none d-md-inline-flex">{tasks_html}{milestone_html}</span>
      </div>
    </div>
    <div class="flex-shrink-0 col-4 col-md-3 pt-2 text-right pr-3 no-wrap d-flex hide-sm ">
      {pr_html}
      {assignee_html}
      {comment_html}
    </div>
  </div>
</div>"""


def _it_href(page: int) -> str:
    return IT_START if page == 1 else f"{IT_REPO}/issues?page={page}&{IT_QUERY}"


def _it_pinned() -> str:
    cards = []
    for number in IT_PINNED:
        issue = next(i for i in IT_ISSUES if i[0] == number)
        cards.append(
            f'<li class="d-flex flex-column col-12 col-md-4 pinned-issue-item" draggable="false"><div class="Box d-flex flex-column p-3 height-full"><div class="d-flex flex-items-start"><svg aria-label="Open issue" class="octicon octicon-issue-opened color-fg-open mr-2 flex-shrink-0" viewBox="0 0 16 16" width="16" height="16" role="img"><path d="M8 9.5a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3Z"></path></svg><a class="Link--primary text-bold flex-auto markdown-title" href="/{IT_REPO}/issues/{number}" data-hovercard-type="issue">{esc(issue[1])}</a></div><div class="d-flex flex-items-center text-small color-fg-muted mt-2"><span>#{number} opened <relative-time datetime="{issue[4]}" class="no-wrap">{_it_when(issue[4])}</relative-time> by <a class="Link--muted" href="/{esc(issue[3])}">{esc(issue[3])}</a></span><span class="ml-auto"><svg aria-hidden="true" class="octicon octicon-comment" width="16" height="16"></svg> {issue[5]}</span></div></div></li>'
        )
    return f'<div class="mb-3"><h2 class="f4 text-normal mb-2"><svg aria-hidden="true" class="octicon octicon-pin" width="16" height="16"></svg> Pinned issues</h2><ol class="d-flex flex-wrap list-style-none gutter-condensed mb-2 js-pinned-issues-reorder-list" data-sort-url="/{IT_REPO}/issues/pinned_issues/reorder">{"".join(cards)}</ol></div>'


def _it_menu(title: str, items: list[str], filter_word: str) -> str:
    options = "".join(
        f'<a class="SelectMenu-item" role="menuitemradio" aria-checked="false" href="/{IT_REPO}/issues?q=is%3Aissue+is%3Aopen+{filter_word}%3A{esc(item.replace(" ", "+").replace(":", "%3A"))}"><span class="SelectMenu-item-text">{esc(item)}</span></a>'
        for item in items
    )
    return f'<details class="details-reset details-overlay select-menu float-left" id="{slug(title)}-select-menu"><summary class="btn-link select-menu-button" aria-haspopup="menu" data-view-component="true">{title}</summary><details-menu class="SelectMenu SelectMenu--hasFilter" role="menu"><div class="SelectMenu-modal"><header class="SelectMenu-header"><span class="SelectMenu-title">Filter by {title.lower()}</span></header><div class="SelectMenu-filter"><input type="text" class="SelectMenu-input form-control" placeholder="Filter {title.lower()}s" aria-label="Filter {title.lower()}s"></div><div class="SelectMenu-list">{options}</div></div></details-menu></details>'


def _it_page(number: int, total_pages: int, issues: list[Any]) -> str:
    rows = "\n".join(_it_row(issue) for issue in issues)
    authors = sorted({i[3] for i in IT_ISSUES})[:12]
    assignees = sorted({a for i in IT_ISSUES for a in i[7]})
    menus = (
        _it_menu("Author", authors, "author")
        + _it_menu("Label", list(IT_LABELS), "label")
        + _it_menu("Projects", ["Beacon 1.0 board", "Docs overhaul"], "project")
        + _it_menu("Milestones", list(IT_MILESTONES), "milestone")
        + _it_menu("Assignee", assignees, "assignee")
        + _it_menu(
            "Sort",
            ["Newest", "Oldest", "Most commented", "Least commented", "Recently updated", "Least recently updated"],
            "sort",
        )
    )
    pages = []
    prev = (
        f'<a class="previous_page" rel="prev" aria-label="Previous Page" href="/{_it_href(number - 1).replace("&", "&amp;")}">Previous</a>'
        if number > 1
        else '<span class="previous_page disabled" aria-hidden="true">Previous</span>'
    )
    for n in range(1, total_pages + 1):
        pages.append(
            f'<em class="current" data-total-pages="{total_pages}" aria-current="page">{n}</em>'
            if n == number
            else f'<a aria-label="Page {n}" href="/{_it_href(n).replace("&", "&amp;")}">{n}</a>'
        )
    nxt = (
        f'<a class="next_page" rel="next" aria-label="Next Page" href="/{_it_href(number + 1).replace("&", "&amp;")}">Next</a>'
        if number < total_pages
        else '<span class="next_page disabled" aria-hidden="true">Next</span>'
    )
    nav_items = "".join(
        f'<li class="d-inline-flex"><a class="UnderlineNav-item {"selected" if t == "Issues" else ""}" href="/{IT_REPO}{p}" {"aria-current=page" if t == "Issues" else ""}><span data-content="{t}">{t}</span>{f" <span class=Counter title={c}>{c}</span>" if c else ""}</a></li>'
        for t, p, c in [
            ("Code", "", ""),
            ("Issues", "/issues", "26"),
            ("Pull requests", "/pulls", "7"),
            ("Discussions", "/discussions", ""),
            ("Actions", "/actions", ""),
            ("Security", "/security", ""),
            ("Insights", "/pulse", ""),
        ]
    )
    footer = "".join(
        f'<li class="mr-3"><a class="Link--secondary" href="https://docs.github.com/{slug(x)}">{x}</a></li>'
        for x in [
            "Terms",
            "Privacy",
            "Security",
            "Status",
            "Docs",
            "Contact",
            "Manage cookies",
            "Do not share my personal information",
        ]
    )
    return f"""<!DOCTYPE html>
<html lang="en" data-color-mode="auto" data-light-theme="light" data-dark-theme="dark" data-a11y-animated-images="system">
<head>
<meta charset="utf-8">
<title>Issues · {IT_REPO} · GitHub</title>
<meta name="description" content="A fast static site generator with batteries included. Contribute to {IT_REPO} development by creating an account on GitHub.">
<meta property="og:title" content="Issues · {IT_REPO}">
<meta name="octolytics-dimension-repository_nwo" content="{IT_REPO}">
<link rel="canonical" href="https://github.com/{_it_href(number).replace("&", "&amp;")}">
<link crossorigin="anonymous" media="all" rel="stylesheet" href="https://github.githubassets.com/assets/primer-8a4bf5fe.css">
</head>
<body class="logged-out env-production page-responsive" style="word-wrap: break-word;">
<div class="logged-out env-production page-responsive">
<div class="position-relative js-header-wrapper"><a href="#start-of-content" class="px-2 py-4 color-bg-accent-emphasis color-fg-on-emphasis show-on-focus js-skip-to-content">Skip to content</a>
<header class="HeaderMktg header-logged-out js-details-container js-header Details position-relative f4 py-3" role="banner"><div class="container-xl d-flex flex-column flex-lg-row flex-items-center p-responsive height-fit position-relative z-1"><a class="mr-lg-3 color-fg-inherit flex-order-2" href="https://github.com/" aria-label="Homepage"><svg height="32" aria-hidden="true" viewBox="0 0 24 24" width="32" class="octicon octicon-mark-github"><path d="M12 1C5.923 1 1 5.923 1 12c0 4.867 3.149 8.979 7.521 10.436"></path></svg></a>
<nav class="mt-0 px-3 px-lg-0 mb-3 mb-lg-0" aria-label="Global"><ul class="d-lg-flex list-style-none">{"".join(f'<li class="HeaderMenu-item position-relative flex-wrap flex-justify-between flex-items-center d-block d-lg-flex flex-lg-nowrap flex-lg-items-center js-details-container js-header-menu-item"><button type="button" class="HeaderMenu-link border-0 width-full width-lg-auto px-0 px-lg-2 py-lg-2 no-wrap d-flex flex-items-center flex-justify-between js-details-target" aria-expanded="false">{m}</button></li>' for m in ["Product", "Solutions", "Resources", "Open Source", "Enterprise"])}<li class="HeaderMenu-item"><a class="HeaderMenu-link no-underline px-0 px-lg-2 py-3 py-lg-2 d-block d-lg-inline-block" href="https://github.com/pricing">Pricing</a></li></ul></nav>
<div class="d-lg-flex flex-items-center mb-3 mb-lg-0 text-center text-lg-left ml-3"><qbsearch-input class="search-input" data-scope="repo:{IT_REPO}"><button type="button" class="header-search-button placeholder input-button form-control" aria-label="Search or jump to…"><span class="flex-1">Search or jump to...</span></button></qbsearch-input>
<a href="/login?return_to=https%3A%2F%2Fgithub.com%2F{IT_REPO.replace("/", "%2F")}%2Fissues" class="HeaderMenu-link HeaderMenu-link--sign-in flex-shrink-0 no-underline d-block d-lg-inline-block border border-lg-0 rounded rounded-lg-0 p-2 p-lg-0">Sign in</a>
<a href="/signup?ref_cta=Sign+up&amp;source=header-repo" class="HeaderMenu-link HeaderMenu-link--sign-up flex-shrink-0 d-flex d-lg-inline-block no-underline border color-border-default rounded px-2 py-1">Sign up</a></div></div></header></div>
<div id="start-of-content" class="show-on-focus"></div>
<div class="application-main " data-commit-hovercards-enabled data-discussion-hovercards-enabled data-issue-and-pr-hovercards-enabled>
<main id="js-repo-pjax-container">
<div id="repository-container-header" class="pt-3 hide-full-screen" style="background-color: var(--page-header-bgColor, var(--color-page-header-bg));" data-turbo-replace>
 <div class="d-flex flex-nowrap flex-justify-end mb-3 px-3 px-lg-5" style="gap: 1rem;"><div class="flex-auto min-width-0 width-fit"><div class="d-flex flex-wrap flex-items-center wb-break-word f3 text-normal"><svg aria-hidden="true" class="octicon octicon-repo color-fg-muted mr-2" width="16" height="16"></svg><span class="author flex-self-stretch" itemprop="author"><a class="url fn" rel="author" data-hovercard-type="organization" href="/harborlight">harborlight</a></span><span class="mx-1 flex-self-stretch color-fg-muted">/</span><strong itemprop="name" class="mr-2 flex-self-stretch"><a href="/{IT_REPO}">beacon</a></strong><span class="Label Label--secondary v-align-middle mr-1">Public</span></div></div>
 <ul class="pagehead-actions flex-shrink-0 d-none d-md-inline" style="padding: 2px 0;"><li><a href="/login?return_to=%2F{IT_REPO.replace("/", "%2F")}" rel="nofollow" class="btn-sm btn" aria-label="You must be signed in to change notification settings"><svg aria-hidden="true" class="octicon octicon-bell mr-2" width="16" height="16"></svg>Notifications</a></li><li><a icon="repo-forked" id="fork-button" href="/login?return_to=%2F{IT_REPO.replace("/", "%2F")}" rel="nofollow" class="btn-sm btn"><svg aria-hidden="true" class="octicon octicon-repo-forked mr-2" width="16" height="16"></svg>Fork <span id="repo-network-counter" title="612" class="Counter">612</span></a></li><li><div data-view-component="true" class="BtnGroup d-flex"><a href="/login?return_to=%2F{IT_REPO.replace("/", "%2F")}" rel="nofollow" aria-label="You must be signed in to star a repository" class="tooltipped tooltipped-sw btn-sm btn BtnGroup-item"><svg aria-hidden="true" class="octicon octicon-star v-align-text-bottom d-inline-block mr-2" width="16" height="16"></svg><span data-view-component="true" class="d-inline">Star</span> <span id="repo-stars-counter-star" aria-label="8412 users starred this repository" data-singular-suffix="user starred this repository" data-plural-suffix="users starred this repository" title="8,412" class="Counter js-social-count">8.4k</span></a></div></li></ul></div>
 <div id="responsive-meta-container" data-turbo-replace></div>
 <nav data-pjax="#js-repo-pjax-container" aria-label="Repository" data-view-component="true" class="js-repo-nav js-sidenav-container-pjax js-responsive-underlinenav overflow-hidden UnderlineNav px-3 px-md-4 px-lg-5"><ul data-view-component="true" class="UnderlineNav-body list-style-none">{nav_items}</ul></nav>
</div>
<turbo-frame id="repo-content-turbo-frame" target="_top" data-turbo-action="advance" class="">
<div id="repo-content-pjax-container" class="repository-content ">
<div class="clearfix container-xl px-md-4 px-lg-5 px-3 new-discussion-timeline">
{_it_pinned() if number == 1 else ""}
 <div class="d-flex flex-justify-between mb-md-3 flex-column-reverse flex-md-row flex-items-end">
  <div class="d-flex flex-items-center flex-justify-between mt-3 mt-md-0 col-12 col-md-auto"><div class="subnav-search float-left"><form class="subnav-search width-full" role="search" aria-label="Issues" data-turbo="false" action="/{IT_REPO}/issues" accept-charset="UTF-8" method="get"><input type="text" name="q" id="js-issues-search" value="is:issue is:open " class="form-control subnav-search-input input-contrast width-full" placeholder="Search all issues" aria-label="Search all issues"><svg aria-hidden="true" class="octicon octicon-search subnav-search-icon" width="16" height="16"></svg></form></div></div>
  <div class="d-flex flex-justify-between flex-items-center"><nav class="subnav" aria-label="Issue"><a class="js-selected-navigation-item subnav-item" href="/{IT_REPO}/labels"><svg aria-hidden="true" class="octicon octicon-tag" width="16" height="16"></svg> Labels <span title="13" class="Counter d-none d-md-inline">13</span></a><a class="js-selected-navigation-item subnav-item" href="/{IT_REPO}/milestones"><svg aria-hidden="true" class="octicon octicon-milestone" width="16" height="16"></svg> Milestones <span title="3" class="Counter d-none d-md-inline">3</span></a></nav><a class="btn btn-primary float-right" role="button" href="/login?return_to=%2F{IT_REPO.replace("/", "%2F")}%2Fissues%2Fnew"><span class="d-none d-md-block">New issue</span><span class="d-block d-md-none">New</span></a></div>
 </div>
 <div class="Box mt-3 Box--responsive hx_Box--firstRowRounded0" id="js-issues-toolbar" data-pjax="">
  <div class="Box-header d-flex flex-justify-between">
   <div class="mr-3 d-none d-md-block"><input type="checkbox" data-check-all="" aria-label="Select all issues" autocomplete="off"></div>
   <div class="table-list-filters flex-auto d-flex min-width-0"><div class="flex-auto d-none d-lg-block no-wrap"><div class="table-list-header-toggle states flex-auto pl-0"><a class="btn-link selected" data-ga-click="Issues, Table state, Open" href="/{IT_START}"><svg aria-hidden="true" class="octicon octicon-issue-opened" width="16" height="16"></svg> 26 Open</a> <a class="btn-link " data-ga-click="Issues, Table state, Closed" href="/{IT_REPO}/issues?q=is%3Aissue+is%3Aclosed"><svg aria-hidden="true" class="octicon octicon-check" width="16" height="16"></svg> 411 Closed</a></div></div>
   <div class="table-list-header-toggle no-wrap d-flex flex-auto flex-justify-between flex-sm-justify-start flex-lg-justify-end">{menus}</div></div>
  </div>
  <div aria-label="Issues" role="group" data-issues-list class="js-navigation-container js-active-navigation-container">
{rows}
  </div>
 </div>
 <div class="paginate-container d-none d-sm-flex flex-sm-justify-center"><div role="navigation" aria-label="Pagination" class="pagination">{prev}{"".join(pages)}{nxt}</div></div>
 <div class="protip"><svg aria-hidden="true" class="octicon octicon-light-bulb color-fg-muted" width="16" height="16"></svg> <strong>ProTip!</strong> Exclude everything labeled <code>bug</code> with <a href="/{IT_REPO}/issues?q=is%3Aissue+is%3Aopen+-label%3Abug">-label:bug</a>.</div>
</div>
</div>
</turbo-frame>
</main>
</div>
<footer class="footer pt-8 pb-6 f6 color-fg-muted p-responsive" role="contentinfo"><h2 class="sr-only">Footer</h2><div class="d-flex flex-items-center flex-shrink-0 mx-2"><svg aria-hidden="true" class="octicon octicon-mark-github" width="24" height="24"></svg><span>© 2025 GitHub,&nbsp;Inc.</span></div><nav aria-label="Footer"><h3 class="sr-only" id="sr-footer-heading">Footer navigation</h3><ul class="list-style-none d-flex flex-justify-center flex-wrap mb-2 mb-lg-0" aria-labelledby="sr-footer-heading">{footer}</ul></nav></footer>
<div id="ghcc" class="cookie-consent-banner position-fixed bottom-0 left-0 width-full color-bg-default border-top p-3" role="region" aria-label="Cookie banner"><p class="mb-2">We use optional cookies to improve your experience on our websites and to display personalized advertising based on your online activity. If you reject optional cookies, only cookies necessary to provide you the services will be used.</p><button class="btn btn-primary">Accept</button> <button class="btn">Reject</button> <a href="https://docs.github.com/site-policy/privacy-policies/github-cookies">Manage cookies</a></div>
</div>
</body>
</html>"""


@fourteenth_b
def build_issuetrail() -> None:
    s = Site(
        "issuetrail",
        kind="repository issue list (GitHub 2024 classic Primer markup: div.Box-row rows with id=issue_N, a.Link--primary titles, IssueLabel chips with colour variables, '#N opened <relative-time>3 days ago</relative-time> by login', task progress and milestone links, AvatarStack assignees as img alt '@login', comment links only when there are comments, a Pinned issues strip, Author / Label / Milestones / Assignee filter menus listing the same names, 'Next' over ?page=N&q=…)",
        start=IT_START,
        description="GitHub's issues list /harborlight/beacon/issues?q=is%3Aissue+is%3Aopen as served to signed-out visitors in 2024 (classic Primer markup): global header, repository header with counters and the UnderlineNav tabs, a 'Pinned issues' strip of two cards (page 1), the search form, Labels / Milestones links, then div.Box with a Box-header ('26 Open' / '411 Closed' toggles, Author / Label / Projects / Milestones / Assignee / Sort details menus whose SelectMenu items are users, labels and milestones) and div.js-navigation-container of div.Box-row#issue_N rows: checkbox, open-issue octicon, a.Link--primary title link, a.IssueLabel chips, span.opened-by '#N opened <relative-time datetime title>3 days ago</relative-time> by <a>login</a>', a task-progress span ('2 of 5 tasks') and a milestone link on some, then a linked-PR count, an AvatarStack of assignee avatars (img alt '@login') and a comment link with a bare count only when there are comments. div.paginate-container (Previous, 1 2 3, Next → ?page=N&q=…), a ProTip line, footer and a cookie banner. Ten, ten and six issues. Written down: number, title, url, labels (a list), author, date (ISO day of the relative-time datetime), comments (when shown), milestone, assignees (a list), tasks.",
    )
    pages = chunks(IT_ISSUES, [10, 10, 6])
    for number, issues in enumerate(pages, 1):
        s.list_page(_it_href(number).replace("?", "@"), _it_page(number, len(pages), issues))
    for issue in IT_ISSUES:
        number, title, labels, author, opened, comments, milestone, assignees, _prs, tasks = issue
        s.expect(
            {
                "number": number,
                "title": title,
                "url": f"/{IT_REPO}/issues/{number}",
                "labels": labels,
                "author": author,
                "date": opened[:10],
                "comments": comments or None,
                "milestone": milestone,
                "assignees": assignees or None,
                "tasks": tasks,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# filmlog: Letterboxd's popular films grid (2024).
# ---------------------------------------------------------------------------------------------------

FL_START = "films/popular/this/week/"

# (slug, name, year, average (None: too new), ratings, watched, liked)
FL_FILMS: list[tuple[Any, ...]] = [
    ("anora", "Anora", 2024, 4.13, 812409, 1_943_118, 742_305),
    ("the-brutalist", "The Brutalist", 2024, 4.02, 401377, 902_554, 301_262),
    ("conclave", "Conclave", 2024, 3.91, 655012, 1_512_870, 498_114),
    ("companion-2025", "Companion", 2025, 3.58, 88120, 214_903, 51_477),
    ("nosferatu-2024", "Nosferatu", 2024, 3.72, 702993, 1_684_230, 455_021),
    ("the-substance", "The Substance", 2024, 3.84, 1301544, 2_712_416, 1_048_733),
    ("a-complete-unknown", "A Complete Unknown", 2024, 3.69, 287604, 688_120, 176_459),
    ("mickey-17", "Mickey 17", 2025, None, 0, 61_208, 12_944),
    ("flow-2024", "Flow", 2024, 4.27, 389811, 842_557, 402_918),
    ("im-still-here-2024", "I'm Still Here", 2024, 4.34, 301255, 655_781, 318_406),
    ("dune-part-two", "Dune: Part Two", 2024, 4.41, 1918344, 3_804_611, 1_621_087),
    ("wicked-2024", "Wicked", 2024, 3.73, 823090, 1_744_902, 533_618),
    ("babygirl-2024", "Babygirl", 2024, 3.12, 160443, 402_118, 63_870),
    ("the-seed-of-the-sacred-fig", "The Seed of the Sacred Fig", 2024, 4.11, 121706, 268_445, 96_310),
    ("heretic-2024", "Heretic", 2024, 3.45, 498224, 1_102_556, 240_712),
    ("nickel-boys", "Nickel Boys", 2024, 3.98, 132881, 298_004, 104_223),
    ("sing-sing-2023", "Sing Sing", 2023, 4.05, 215790, 470_318, 161_905),
    ("the-monkey-2025", "The Monkey", 2025, None, 0, 38_402, 7_116),
    ("a-real-pain", "A Real Pain", 2024, 3.77, 301118, 689_254, 188_990),
    ("parasite-2019", "Parasite", 2019, 4.55, 3920117, 5_108_442, 2_904_331),
    ("challengers", "Challengers", 2024, 3.94, 1020418, 2_214_076, 890_452),
    ("emilia-perez", "Emilia Pérez", 2024, 1.88, 410523, 752_117, 70_334),
    ("the-wild-robot", "The Wild Robot", 2024, 4.19, 612045, 1_301_988, 510_662),
    ("queer-2024", "Queer", 2024, 3.41, 150388, 352_905, 74_208),
    ("oppenheimer-2023", "Oppenheimer", 2023, 4.18, 2705611, 4_402_350, 1_802_776),
    ("september-5", "September 5", 2024, 3.63, 40219, 102_443, 22_351),
]
FL_SIDEBAR = ["dune-part-two", "anora", "the-substance"]


def _fl_short(count: int) -> str:
    """Letterboxd's short counts: 1.9M, 742K, 9.4K, 812."""
    if count >= 1_000_000:
        return f"{count / 1_000_000:.1f}".removesuffix(".0") + "M"
    if count >= 10_000:
        return f"{count // 1000}K"
    if count >= 1000:
        return f"{count / 1000:.1f}".removesuffix(".0") + "K"
    return str(count)


def _fl_shown(count: int) -> float:
    """The number a person reads off the short count (1.9M → 1,900,000)."""
    text = _fl_short(count)
    factor = {"M": 1_000_000, "K": 1000}.get(text[-1], 1)
    return float(text.rstrip("MK")) * factor


def _fl_id(film_slug: str) -> int:
    return 100_000 + _num(film_slug, 1_200_000)


def _fl_poster(film: tuple[Any, ...], size: int, lazy_class: str) -> str:
    film_slug, name, year = film[0], film[1], film[2]
    film_id = _fl_id(film_slug)
    height = size * 3 // 2
    return f"""<div class="{lazy_class} poster film-poster film-poster-{film_id} linked-film-poster" data-image-width="{size}" data-image-height="{height}" data-film-id="{film_id}" data-film-name="{esc(name)}" data-film-slug="{film_slug}" data-poster-url="/film/{film_slug}/image-150/" data-film-release-year="{year}" data-new-list-with-film-action="/list/new/with/{film_slug}/" data-remove-from-watchlist-action="/film/{film_slug}/remove-from-watchlist/" data-add-to-watchlist-action="/film/{film_slug}/add-to-watchlist/" data-rate-action="/film/{film_slug}/rate/" data-mark-as-watched-action="/film/{film_slug}/mark-as-watched/" data-mark-as-not-watched-action="/film/{film_slug}/mark-as-not-watched/" data-film-link="/film/{film_slug}/" data-target-link="/film/{film_slug}/" data-target-link-target="" data-cache-busting-key="{_num(film_slug + "k", 0xFFFFFFFF):08x}" data-show-menu="true">
   <div><img src="https://s.ltrbxd.com/static/img/empty-poster-{size}.8112b435.png" class="image" width="{size}" height="{height}" alt="{esc(name)}"><span class="frame-title"></span></div>
   <a href="/film/{film_slug}/" class="frame has-menu" data-original-title="{esc(name)} ({year})"><span class="frame-title">{esc(name)} ({year})</span><span class="overlay"></span></a>
  </div>"""


def _fl_item(film: tuple[Any, ...]) -> str:
    film_slug, _name, _year, average, ratings, watched, liked = film
    rating_html = ""
    if average is not None:
        rating_html = f'<a href="/film/{film_slug}/ratings/" class="tooltip display-rating -micro" data-original-title="Weighted average of {average:.2f} based on {ratings:,} ratings">{average:.1f}</a>'
    return f"""<li class="poster-container" data-average-rating="{"" if average is None else f"{average:.2f}"}">
  {_fl_poster(film, 125, "really-lazy-load")}
  <p class="poster-viewingdata" data-item-id="film:{_fl_id(film_slug)}">{rating_html}<a href="/film/{film_slug}/members/" class="has-icon icon-watched icon-16 tooltip" data-original-title="Watched by {watched:,}&nbsp;members"><span class="icon"></span><span class="label">{_fl_short(watched)}</span></a><a href="/film/{film_slug}/likes/" class="has-icon icon-like icon-liked icon-16 tooltip" data-original-title="Liked by {liked:,}&nbsp;members"><span class="icon"></span><span class="label">{_fl_short(liked)}</span></a></p>
 </li>"""


def _fl_href(page: int) -> str:
    return FL_START if page == 1 else f"{FL_START}page/{page}/"


def _fl_page(number: int, total_pages: int, films: list[Any]) -> str:
    items = "\n ".join(_fl_item(film) for film in films)
    by_slug = {f[0]: f for f in FL_FILMS}
    sidebar = "".join(
        f'<li class="film-detail"><div class="film-detail-content">{_fl_poster(by_slug[s], 35, "really-lazy-load")}<h2 class="headline-3 prettify"><a href="/film/{s}/">{esc(by_slug[s][1])}</a> <small class="metadata"><a href="/films/year/{by_slug[s][2]}/">{by_slug[s][2]}</a></small></h2><p class="attribution"><strong class="name"><a href="/{u}/">{esc(u.title())}</a></strong> <span class="rating -green rated-{r}">{"★" * (r // 2)}{"½" if r % 2 else ""}</span></p><div class="body-text -prose collapsible-text"><p>{esc(t)}</p></div><p class="like-link-target"><span class="svg-action -like">Like review</span> <span class="like-count">{c} likes</span></p></div></li>'
        for s, u, r, t, c in [
            (
                "dune-part-two",
                "siskeltoebert",
                10,
                "the sandworm ride alone is worth the price of an IMAX ticket and my hearing",
                "18,204",
            ),
            ("anora", "ellie_watches", 9, "Mikey Madison, you are the moment", "9,771"),
            ("the-substance", "kurstbox", 7, "never eating a chicken leg again", "12,045"),
        ]
    )
    pages = "".join(
        f'<li class="paginate-page{" paginate-current" if n == number else ""}">{"<span>" + str(n) + "</span>" if n == number else f"<a href=/{_fl_href(n)}>{n}</a>"}</li>'
        for n in range(1, total_pages + 1)
    )
    pages += '<li class="paginate-page unseen-pages">…</li><li class="paginate-page"><a href="/films/popular/this/week/page/10001/">10001</a></li>'
    prev = (
        f'<div class="paginate-nextprev"><a class="previous" href="/{_fl_href(number - 1)}">Previous</a></div>'
        if number > 1
        else '<div class="paginate-nextprev paginate-disabled"><span class="previous">Previous</span></div>'
    )
    nxt = (
        f'<div class="paginate-nextprev"><a class="next" href="/{_fl_href(number + 1)}">Next</a></div>'
        if number < total_pages
        else '<div class="paginate-nextprev"><a class="next" href="/films/popular/this/week/page/4/">Next</a></div>'
    )
    browse = "".join(
        f'<li class="smenu-wrapper"><div class="smenu"><label>{label}<i class="ir s icon"></i></label><ul class="smenu-menu">{"".join(f"<li><a class=item href=/films/{p}/>{o}</a></li>" for o, p in options)}</ul></div></li>'
        for label, options in [
            (
                "Year",
                [
                    ("Upcoming", "upcoming"),
                    ("2020s", "decade/2020s"),
                    ("2010s", "decade/2010s"),
                    ("2000s", "decade/2000s"),
                ],
            ),
            ("Rating", [("Highest first", "by/rating"), ("Lowest first", "by/rating-lowest")]),
            (
                "Popular",
                [
                    ("All time", "popular"),
                    ("This year", "popular/this/year"),
                    ("This month", "popular/this/month"),
                    ("This week", "popular/this/week"),
                ],
            ),
            (
                "Genre",
                [
                    (g, f"genre/{slug(g)}")
                    for g in [
                        "Action",
                        "Animation",
                        "Comedy",
                        "Documentary",
                        "Drama",
                        "Horror",
                        "Romance",
                        "Science Fiction",
                        "Thriller",
                    ]
                ],
            ),
            ("Service", [(g, f"on/{slug(g)}") for g in ["Netflix", "Prime Video", "Disney Plus", "Max", "MUBI"]]),
        ]
    )
    footer = "".join(
        f'<li><a href="/{slug(x)}/">{x}</a></li>'
        for x in [
            "About",
            "Pro",
            "News",
            "Apps",
            "Podcast",
            "Year in Review",
            "Gifts",
            "Help",
            "Terms",
            "API",
            "Contact",
        ]
    )
    return f"""<!DOCTYPE html>
<html lang="en" class="no-mobile">
<head>
<meta charset="UTF-8">
<title>Popular films this week • Letterboxd</title>
<meta name="description" content="Letterboxd is a social platform for sharing your taste in film. Use it as a diary to record your opinion about films as you watch them, or just to keep track of films you’ve seen in the past.">
<link rel="canonical" href="https://filmlog.example/{_fl_href(number)}">
<link rel="stylesheet" href="https://s.ltrbxd.com/static/css/main.min.4fa7c1d2.css">
<script>var filmData = {{}}; var person = {{ loggedIn: false, username: "", useAdblockAwareAds: true }};</script>
</head>
<body class="films-browser logged-out" data-owner="">
<div class="site-header js-hide-in-app" id="header"><section><h1 class="site-logo"><a href="/" class="logo replace">Letterboxd — Your life in film</a></h1>
<nav class="main-nav"><ul class="navitems"><li class="navitem sign-in-menu"><a href="/sign-in/" class="label"><span>Sign in</span></a></li><li class="navitem create-account-menu"><a href="/create-account/" class="label">Create account</a></li><li class="navitem"><a href="/films/" class="label">Films</a></li><li class="navitem"><a href="/lists/" class="label">Lists</a></li><li class="navitem"><a href="/members/" class="label">Members</a></li><li class="navitem"><a href="/journal/" class="label">Journal</a></li><li class="navitem"><form id="search" action="/search/" method="get"><input type="search" name="q" id="search-q" placeholder="Search" autocomplete="off"><input type="submit" value="Search"></form></li></ul></nav></section></div>
<div class="banner banner-pro"><a href="/pro/" class="pro-message"><span class="pro-message-body">Upgrade to <strong>Pro</strong> to remove ads, add filters for services, and see extended stats.</span> <span class="button -action">Get Pro</span></a></div>
<div id="content" class="site-body">
<div class="content-wrap">
 <div class="banner banner-950 js-hide-in-app"><div id="div-gpt-ad-1716800000000-0" data-ad-slot="/6032/letterboxd/films-popular" style="width:950px;height:100px;"><span class="ad-label">Advertisement</span></div></div>
 <section class="section col-main overflow">
  <div class="cols-2 overflow"><h1 class="title-hero">Popular films this week</h1>
   <section class="section filter-bar"><ul class="sorting-selects"><li class="label">Browse by</li>{browse}</ul></section></div>
  <p class="ui-block-heading">There are 1,024,567 films matching your filters</p>
  <ul class="poster-list -p125 -grid -scaled128">
 {items}
  </ul>
  <div class="pagination">{prev}{nxt}<div class="paginate-pages"><ul>{pages}</ul></div></div>
 </section>
 <aside class="sidebar"><section class="section"><h2 class="section-heading"><a href="/reviews/popular/this/week/">Popular reviews this week</a></h2><ul class="film-list film-details-list">{sidebar}</ul></section>
  <section class="section"><h2 class="section-heading">Letterboxd Pro</h2><p>Get personalised stats, filter by streaming services, and no ads. <a href="/pro/">Find out more</a></p></section></aside>
</div>
</div>
<footer id="page-footer" class="site-footer js-hide-in-app"><div class="site-footer-container"><nav class="footer-nav"><ul>{footer}</ul></nav><p class="copyright">© Letterboxd Limited. Made by <a href="/hey/">fans</a> in Aotearoa New Zealand. Film data from <a href="https://www.themoviedb.org/">TMDb</a>.</p></div></footer>
<div id="cookie-consent" class="cookie-consent"><p>We use cookies to improve your experience and to serve relevant ads. <a href="/legal/cookie-policy/">Cookie policy</a></p><button class="button -action js-cookie-accept">Accept all</button> <button class="button js-cookie-reject">Reject non-essential</button></div>
<script src="https://s.ltrbxd.com/static/js/main.min.9d2e3f01.js"></script>
</body>
</html>"""


@fourteenth_b
def build_filmlog() -> None:
    s = Site(
        "filmlog",
        kind="film poster grid (Letterboxd 2024 popular films: ul.poster-list of li.poster-container, lazy div.film-poster with data-film-name / data-film-slug / data-film-release-year / data-target-link, an empty-poster img whose alt is the title, a.frame with data-original-title 'Title (2024)', display-rating '4.1' with a 'Weighted average of 4.13 based on …' tooltip, icon links with bare '1.9M' / '742K' counts, a popular-reviews sidebar of the same posters, /page/N/ pagination)",
        start=FL_START,
        description="Letterboxd's /films/popular/this/week/ grid as served in 2024: header (logo, Sign in, Create account, Films, Lists, Members, Journal, search), a Pro banner and an ad slot, 'Popular films this week' with the Browse by Year / Rating / Popular / Genre / Service smenu lists, 'There are 1,024,567 films matching your filters', then ul.poster-list.-p125.-grid of li.poster-container[data-average-rating]: div.really-lazy-load.film-poster with data-film-id / data-film-name / data-film-slug / data-film-release-year / data-target-link and many action URLs, an empty-poster img alt=title, a.frame[data-original-title='Title (Year)'] with span.frame-title; p.poster-viewingdata with a.display-rating '4.1' (tooltip 'Weighted average of 4.13 based on 812,409 ratings'; absent on two new films) and icon-watched / icon-like links whose labels are short counts ('1.9M', '742K') with exact tooltips. A 'Popular reviews this week' sidebar repeats three films in the same film-poster markup with review snippets; pagination (Previous / Next, 1 2 3 … 10001, /page/N/), footer, cookie banner. Nine, nine and eight films. Written down: title, url (/film/slug/), year, rating (the shown one-decimal average), watched and likes (the short counts as numbers).",
    )
    pages = chunks(FL_FILMS, [9, 9, 8])
    for number, films in enumerate(pages, 1):
        s.list_page(_fl_href(number) + "index.html", _fl_page(number, len(pages), films))
    for film in FL_FILMS:
        film_slug, name, year, average, _ratings, watched, liked = film
        s.expect(
            {
                "title": name,
                "url": f"/film/{film_slug}/",
                "year": year,
                "rating": None if average is None else round(average, 1),
                "watched": _fl_shown(watched),
                "likes": _fl_shown(liked),
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# meetgroup: a Meetup group's upcoming events (Next.js + Tailwind, 2024–25).
# ---------------------------------------------------------------------------------------------------

MG_GROUP = "ldn-data-engineering"
MG_START = f"{MG_GROUP}/events/"
MG_BST = datetime(2025, 3, 30, 1, 0)  # clocks go forward: GMT before, BST after

# (id, title, local start "YYYY-MM-DD HH:MM", venue (None: online), attendees, fee (None: none shown, 0: Free), waitlist, host)
MG_EVENTS: list[tuple[Any, ...]] = [
    (
        306118204,
        "Lakehouse Night: Iceberg vs Delta in production",
        "2025-03-20 18:30",
        "Thoughtworks London · London",
        118,
        0,
        False,
        "Priya Natarajan",
    ),
    (
        306140771,
        "Online: dbt Mesh in practice — splitting a 900-model project",
        "2025-03-25 12:30",
        None,
        212,
        None,
        False,
        "Tom Ashworth",
    ),
    (
        306162935,
        "Data Quality Clinic (small group, bring your pipelines)",
        "2025-03-27 18:00",
        "The Frontline Club · London",
        24,
        5.0,
        True,
        "Amara Okoye",
    ),
    (
        306201457,
        "Streaming at scale: Kafka, Flink and the cost of exactly-once",
        "2025-04-02 18:30",
        "Monzo HQ, Broadwalk House · London",
        140,
        0,
        False,
        "Priya Natarajan",
    ),
    (
        306233018,
        "Beginners' evening: your first data pipeline with Python",
        "2025-04-08 18:30",
        "CodeNode · London",
        80,
        0,
        True,
        "Jamie Liu",
    ),
    (
        306250642,
        "Online: Polars for pandas users — live coding session",
        "2025-04-10 13:00",
        None,
        167,
        None,
        False,
        "Tom Ashworth",
    ),
    (
        306288313,
        "Data Engineering Pub Quiz",
        "2025-04-16 19:00",
        "The Old Bank of England · London",
        60,
        5.0,
        False,
        "Amara Okoye",
    ),
    (
        306301975,
        "Orchestration showdown: Airflow 3, Dagster and Prefect",
        "2025-04-24 18:15",
        "Google for Startups Campus · London",
        132,
        0,
        False,
        "Priya Natarajan",
    ),
    (
        306334508,
        "Online: Reading query plans in Snowflake and BigQuery",
        "2025-04-29 18:00",
        None,
        96,
        None,
        False,
        "Jamie Liu",
    ),
    (
        306356127,
        "DuckDB in the browser and on the edge",
        "2025-05-07 18:30",
        "Cloudflare London · London",
        110,
        0,
        False,
        "Tom Ashworth",
    ),
    (
        306389340,
        "Data contracts: one year later (panel)",
        "2025-05-14 18:30",
        "Thoughtworks London · London",
        125,
        0,
        True,
        "Priya Natarajan",
    ),
    (
        306402861,
        "Hands-on workshop: Terraform for data platforms",
        "2025-05-17 10:00",
        "Makers Academy · London",
        30,
        25.0,
        False,
        "Amara Okoye",
    ),
    (
        306425596,
        "Online: Open-source lineage with OpenLineage and Marquez",
        "2025-05-21 12:30",
        None,
        143,
        None,
        False,
        "Jamie Liu",
    ),
    (
        306448022,
        "Vector databases for data engineers (not just for AI people)",
        "2025-05-28 18:30",
        "Elastic London · London",
        98,
        0,
        False,
        "Tom Ashworth",
    ),
    (
        306471739,
        "Summer social on the South Bank",
        "2025-06-05 18:00",
        "Founders Arms · London",
        74,
        None,
        False,
        "Amara Okoye",
    ),
    (
        306490215,
        "Cost engineering: cutting a £40k/month warehouse bill in half",
        "2025-06-11 18:30",
        "Wise, The Tea Building · London",
        150,
        0,
        True,
        "Priya Natarajan",
    ),
    (
        306512684,
        "Online: CDC with Debezium — lessons from three migrations",
        "2025-06-17 18:00",
        None,
        88,
        None,
        False,
        "Jamie Liu",
    ),
    (
        306533371,
        "Data Engineering Summit Fringe: lightning talks",
        "2025-06-26 18:00",
        "Shoreditch Town Hall · London",
        210,
        10.0,
        False,
        "Tom Ashworth",
    ),
    (
        306558092,
        "Testing data pipelines like software",
        "2025-07-03 18:30",
        "CodeNode · London",
        102,
        0,
        False,
        "Amara Okoye",
    ),
    (306579613, "Online: Building a semantic layer with Cube", "2025-07-09 12:30", None, 71, None, False, "Jamie Liu"),
    (
        306601247,
        "Real-time analytics with ClickHouse",
        "2025-07-16 18:30",
        "Monzo HQ, Broadwalk House · London",
        115,
        0,
        False,
        "Priya Natarajan",
    ),
    (
        306624938,
        "Mentoring night: careers in data engineering",
        "2025-07-23 18:00",
        "Google for Startups Campus · London",
        45,
        0,
        True,
        "Amara Okoye",
    ),
    (
        306648125,
        "Online: Apache Arrow and the composable data stack",
        "2025-07-30 18:00",
        None,
        64,
        None,
        False,
        "Tom Ashworth",
    ),
    (
        306669850,
        "Summer hackathon: open data for London boroughs",
        "2025-08-09 09:30",
        "Newspeak House · London",
        40,
        12.5,
        False,
        "Jamie Liu",
    ),
    (
        306691407,
        "Privacy engineering for data teams",
        "2025-08-20 18:30",
        "Thoughtworks London · London",
        57,
        0,
        False,
        "Priya Natarajan",
    ),
    (
        306712275,
        "Online: Year-two retrospective of our lakehouse migration",
        "2025-08-27 18:00",
        None,
        39,
        None,
        False,
        "Tom Ashworth",
    ),
]
MG_SIMILAR = [
    (306101122, "PyData London: March meetup", "2025-03-18 18:30", "Man Group · London", 220, "pydata-london"),
    (306177300, "London Rust Hack and Learn", "2025-03-26 18:30", "Tessl · London", 41, "rust-london-user-group"),
    (
        306190877,
        "Women in Data: spring networking",
        "2025-03-31 18:00",
        "Deloitte, New Street Square · London",
        160,
        "women-in-data-uk",
    ),
]


def _mg_moment(local: str) -> tuple[datetime, str]:
    """The local start as an aware datetime and its zone name (Europe/London)."""
    naive = datetime.strptime(local, "%Y-%m-%d %H:%M")
    if naive >= MG_BST:
        return naive.replace(tzinfo=timezone(timedelta(hours=1))), "BST"
    return naive.replace(tzinfo=UTC), "GMT"


def _mg_clock(moment: datetime) -> str:
    return moment.strftime("%-I:%M %p")


def _mg_time(local: str) -> str:
    moment, zone = _mg_moment(local)
    return f'<time datetime="{moment.isoformat()}" class="text-ds-neutral500 ds-font-small-bold uppercase">{moment.strftime("%a, %b")} {moment.day} · {_mg_clock(moment)} {zone}</time>'


def _mg_avatars(seed: str, count: int) -> str:
    shown = min(count, 4)
    return "".join(
        f'<li class="-ml-2 first:ml-0"><img src="https://secure.meetupstatic.com/photos/member/{_num(seed + str(i), 9)}/{_num(seed + str(i), 999)}/thumb_{_num(seed + str(i), 999_999_999)}.jpeg" alt="" class="h-6 w-6 rounded-full border-2 border-white object-cover" loading="lazy"></li>'
        for i in range(shown)
    )


def _mg_card(event: tuple[Any, ...], index: int) -> str:
    event_id, title, local, venue, attendees, fee, waitlist, _host = event
    where = (
        '<div class="flex items-center gap-1 text-ds-neutral500 ds-font-small"><svg class="h-4 w-4 shrink-0" aria-hidden="true"><use href="#video"></use></svg><span>Online event</span></div>'
        if venue is None
        else f'<div class="flex items-center gap-1 text-ds-neutral500 ds-font-small"><svg class="h-4 w-4 shrink-0" aria-hidden="true"><use href="#location"></use></svg><span class="line-clamp-1">{esc(venue)}</span></div>'
    )
    fee_html = ""
    if fee == 0:
        fee_html = '<span class="ds-font-small-bold text-ds-neutral500">Free</span>'
    elif fee:
        fee_html = f'<span class="ds-font-small-bold text-ds-neutral500">£{fee:.2f}</span>'
    badge = (
        '<span class="rounded-md bg-ds-yellow100 px-2 py-0.5 ds-font-tiny-bold text-ds-yellow700">Waitlist</span>'
        if waitlist
        else ""
    )
    button = "Join waitlist" if waitlist else "Attend"
    return f"""<li class="list-none" data-testid="event-list-item">
 <div class="relative flex flex-col gap-3 rounded-lg border border-ds-neutral100 bg-white p-4 hover:shadow-md sm:flex-row">
  <a id="event-card-e-{index}" data-event-label="event-card-{index}" data-event-category="GroupHome" data-event-id="{event_id}" class="absolute inset-0 z-0" href="/{MG_GROUP}/events/{event_id}/?eventOrigin=group_upcoming_events" aria-label="{esc(title)}"></a>
  <div class="relative w-full shrink-0 sm:w-52"><img alt="" src="https://secure.meetupstatic.com/photos/event/{_num(str(event_id), 9)}/{_num(str(event_id) + "e", 999)}/600_{_num(str(event_id), 999_999_999)}.webp" class="aspect-video w-full rounded-md object-cover" loading="lazy"></div>
  <div class="flex min-w-0 flex-1 flex-col gap-1">
   <div class="flex items-center gap-2">{_mg_time(local)}{badge}</div>
   <h3 class="ds-font-title-3 line-clamp-2 text-ds-neutral700">{esc(title)}</h3>
   {where}
   <p class="ds-font-body-small line-clamp-3 text-ds-neutral500">Join the London Data Engineering community for {esc(title[0].lower() + title[1:])}. Doors open 30 minutes before the start; talks are recorded where speakers agree.</p>
   <div class="mt-2 flex items-center justify-between">
    <div class="flex items-center gap-2"><ul class="flex">{_mg_avatars(str(event_id), attendees)}</ul><span class="ds-font-small text-ds-neutral500">{attendees} attendees</span></div>
    <div class="relative z-10 flex items-center gap-3">{fee_html}<button type="button" class="rounded-md border border-ds-primary500 px-4 py-1 ds-font-small-bold text-ds-primary500" data-event-label="rsvp-button">{button}</button><button type="button" aria-label="Share this event" class="text-ds-neutral500"><svg class="h-5 w-5" aria-hidden="true"><use href="#share"></use></svg></button></div>
   </div>
  </div>
 </div>
</li>"""


def _mg_similar(event: tuple[Any, ...], index: int) -> str:
    event_id, title, local, venue, attendees, group = event
    return f"""<li class="w-72 shrink-0"><div class="relative flex flex-col gap-2 rounded-lg border border-ds-neutral100 bg-white p-3">
  <a data-event-label="similar-event-card" data-event-category="GroupHome" class="absolute inset-0 z-0" href="/{group}/events/{event_id}/?eventOrigin=group_similar_events" aria-label="{esc(title)}"></a>
  <img alt="" src="https://secure.meetupstatic.com/photos/event/{_num(str(event_id), 9)}/600_{_num(str(event_id), 999_999_999)}.webp" class="aspect-video w-full rounded-md object-cover" loading="lazy">
  {_mg_time(local)}
  <h3 class="ds-font-title-3 line-clamp-2">{esc(title)}</h3>
  <p class="ds-font-small text-ds-neutral500">Hosted by {esc(group.replace("-", " ").title())}</p>
  <div class="flex items-center gap-1 text-ds-neutral500 ds-font-small"><span class="line-clamp-1">{esc(venue)}</span></div>
  <div class="flex items-center gap-2"><ul class="flex">{_mg_avatars(group, attendees)}</ul><span class="ds-font-small text-ds-neutral500">{attendees} attendees</span></div>
 </div></li>"""


def _mg_href(page: int) -> str:
    return MG_START if page == 1 else f"{MG_START}?type=upcoming&page={page}"


def _mg_page(number: int, total_pages: int, events: list[Any], first_index: int) -> str:
    cards = "\n".join(_mg_card(event, first_index + n) for n, event in enumerate(events))
    more = (
        f'<a href="/{_mg_href(number + 1).replace("&", "&amp;")}" rel="next" class="hidden" aria-hidden="true" tabindex="-1">Load more events</a><div class="flex justify-center py-6" data-testid="infinite-scroll-sentinel"><span class="animate-spin h-6 w-6 rounded-full border-2 border-ds-primary500 border-t-transparent" role="status" aria-label="Loading"></span></div>'
        if number < total_pages
        else ""
    )
    similar = "".join(_mg_similar(event, n) for n, event in enumerate(MG_SIMILAR))
    apollo = {
        f"Event:{e[0]}": {
            "__typename": "Event",
            "id": str(e[0]),
            "title": e[1],
            "dateTime": _mg_moment(e[2])[0].isoformat(),
            "going": e[4],
            "isOnline": e[3] is None,
            "eventType": "ONLINE" if e[3] is None else "PHYSICAL",
            "feeSettings": None if not e[5] else {"__typename": "FeeSettings", "amount": e[5], "currency": "GBP"},
        }
        for e in events
    }
    next_data = {
        "props": {
            "pageProps": {
                "__APOLLO_STATE__": {
                    **apollo,
                    "Group:3418871": {
                        "__typename": "Group",
                        "id": "3418871",
                        "name": "London Data Engineering Meetup",
                        "urlname": MG_GROUP,
                        "stats": {"memberCounts": {"all": 4812}},
                    },
                },
                "urlname": MG_GROUP,
                "eventType": "upcoming",
                "page": number,
            },
            "__N_SSP": True,
        },
        "page": "/[groupname]/events",
        "query": {"groupname": MG_GROUP, "type": "upcoming"},
        "buildId": "kX2p9Lq7RzT4v8bN1cY0e",
        "isFallback": False,
        "gssp": True,
        "locale": "en-US",
        "locales": [
            "en-US",
            "de-DE",
            "es-ES",
            "fr-FR",
            "it-IT",
            "ja-JP",
            "ko-KR",
            "nl-NL",
            "pl-PL",
            "pt-BR",
            "tr-TR",
            "th-TH",
        ],
    }
    tabs = "".join(
        f'<li><a href="/{MG_GROUP}/{p}" class="block border-b-2 px-4 py-3 ds-font-body-medium {"border-ds-primary500 text-ds-primary500" if t == "Events" else "border-transparent text-ds-neutral500"}" {"aria-current=page" if t == "Events" else ""}>{t}</a></li>'
        for t, p in [
            ("About", ""),
            ("Events", "events/"),
            ("Members", "members/"),
            ("Photos", "photos/"),
            ("Discussions", "discussions/"),
            ("More", "#"),
        ]
    )
    footer = "".join(
        f'<div><h3 class="ds-font-body-bold mb-3">{h}</h3><ul class="space-y-2">{"".join(f"<li><a class=ds-font-small href=/{slug(x)}/>{x}</a></li>" for x in links)}</ul></div>'
        for h, links in [
            ("Your Account", ["Sign up", "Log in", "Help", "Become an Affiliate"]),
            ("Discover", ["Groups", "Calendar", "Topics", "Cities", "Online Events", "Local Guides", "Make Friends"]),
            ("Meetup", ["About", "Blog", "Meetup Pro", "Careers", "Apps", "Podcast"]),
        ]
    )
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Events | London Data Engineering Meetup | Meetup</title>
<meta name="description" content="See upcoming and past events from London Data Engineering Meetup in London, United Kingdom. 4,812 members.">
<link rel="canonical" href="https://www.meetgroup.example/{MG_START}">
<link rel="preload" as="font" href="/_next/static/media/graphik-regular.woff2" crossorigin="anonymous">
<link rel="stylesheet" href="/_next/static/css/8c4f2b1e9a7d3c05.css">
</head>
<body>
<div id="__next">
<svg width="0" height="0" class="hidden"><symbol id="video" viewBox="0 0 24 24"><title>Online</title><path d="M3 6h12v12H3z"></path></symbol><symbol id="location" viewBox="0 0 24 24"><title>Location</title><path d="M12 2a7 7 0 0 0-7 7c0 5 7 13 7 13s7-8 7-13a7 7 0 0 0-7-7z"></path></symbol><symbol id="share" viewBox="0 0 24 24"><path d="M4 12v8h16v-8"></path></symbol></svg>
<header class="sticky top-0 z-50 border-b border-ds-neutral100 bg-white" data-testid="header"><div class="mx-auto flex max-w-screen-xl items-center justify-between px-4 py-3"><a href="/" aria-label="Meetup home" class="shrink-0"><svg class="h-8 w-24" aria-hidden="true"><use href="#logo"></use></svg></a>
<form action="/find/" class="mx-4 hidden flex-1 md:flex" role="search"><input type="search" name="keywords" placeholder="Search events" class="w-full rounded-l-lg border px-3 py-2 ds-font-body-small" aria-label="Search events"><input type="text" name="location" value="London, GB" class="w-48 border-y px-3 py-2 ds-font-body-small" aria-label="Location"><button class="rounded-r-lg bg-ds-red500 px-3 text-white" aria-label="Search">Search</button></form>
<nav class="flex items-center gap-4"><a href="/start/" class="ds-font-body-small-bold text-ds-primary500">Start a new group</a><a href="/login/" class="ds-font-body-small-bold">Log in</a><a href="/register/" class="rounded-lg bg-ds-primary500 px-4 py-2 text-white ds-font-body-small-bold">Sign up</a></nav></div></header>
<main class="bg-ds-neutral50">
 <section class="bg-white"><div class="mx-auto max-w-screen-xl px-4 py-6 md:flex md:gap-8">
  <img src="https://secure.meetupstatic.com/photos/event/3/a/1/6/highres_519284022.webp" alt="" class="aspect-video w-full rounded-lg object-cover md:w-1/2">
  <div class="mt-4 md:mt-0"><h1 class="ds-font-title-1 text-ds-neutral700"><a href="/{MG_GROUP}/">London Data Engineering Meetup</a></h1>
   <ul class="mt-4 space-y-2 ds-font-body-small text-ds-neutral500"><li><a href="/cities/gb/17/london/" class="underline">London, United Kingdom</a></li><li><a href="/{MG_GROUP}/members/">4,812 members</a> · Public group</li><li>Organised by <a href="/{MG_GROUP}/members/283910442/" class="ds-font-body-small-bold">Priya Natarajan</a> and <a href="/{MG_GROUP}/members/?op=leaders">3 others</a></li></ul>
   <div class="mt-4 flex gap-2"><button class="rounded-lg bg-ds-primary500 px-6 py-3 text-white ds-font-body-bold">Join this group</button><button class="rounded-lg border px-4 py-3" aria-label="Share">Share</button></div></div></div>
  <nav class="border-t border-ds-neutral100" aria-label="Group"><ul class="mx-auto flex max-w-screen-xl px-4">{tabs}</ul></nav></section>
 <div class="mx-auto max-w-screen-xl px-4 py-6 lg:flex lg:gap-8">
  <section class="flex-1">
   <div class="mb-4 flex items-center justify-between"><div role="tablist" class="flex gap-2"><a role="tab" aria-selected="true" href="/{MG_GROUP}/events/?type=upcoming" class="rounded-full bg-ds-primary500 px-4 py-1.5 text-white ds-font-small-bold">Upcoming</a><a role="tab" aria-selected="false" href="/{MG_GROUP}/events/?type=past" class="rounded-full border px-4 py-1.5 ds-font-small-bold">Past</a></div><a href="/{MG_GROUP}/events/calendar/" class="ds-font-small-bold text-ds-primary500">Calendar view</a></div>
   <ul class="flex flex-col gap-4" data-testid="events-list">
{cards}
   </ul>
   {more}
  </section>
  <aside class="mt-8 w-full lg:mt-0 lg:w-80"><div class="rounded-lg bg-white p-4"><h2 class="ds-font-title-3">Organisers</h2><ul class="mt-3 space-y-2">{"".join(f'<li class="flex items-center gap-2"><img alt="{esc(n)}" class="h-8 w-8 rounded-full" src="https://secure.meetupstatic.com/photos/member/{_num(n, 9)}/thumb_{_num(n, 999_999)}.jpeg"><span class="ds-font-small">{esc(n)}</span></li>' for n in ["Priya Natarajan", "Tom Ashworth", "Amara Okoye", "Jamie Liu"])}</ul></div>
   <div class="mt-4 rounded-lg bg-ds-primary50 p-4" data-testid="start-group-promo"><h2 class="ds-font-title-3">Start your own group</h2><p class="ds-font-small">Create a Meetup group and find your people. Organiser subscriptions from £16.99/month.</p><a href="/start/" class="mt-2 inline-block ds-font-small-bold text-ds-primary500">Get started</a></div></aside>
 </div>
 <section class="mx-auto max-w-screen-xl px-4 pb-8"><h2 class="ds-font-title-2 mb-4">Events near you from other groups</h2><ul class="flex gap-4 overflow-x-auto">{similar}</ul></section>
</main>
<footer class="bg-ds-neutral700 text-white"><div class="mx-auto max-w-screen-xl px-4 py-10"><div class="flex justify-between"><p class="ds-font-body-bold">Create your own Meetup group.</p><a href="/start/" class="rounded-lg border px-4 py-2">Get Started</a></div><div class="mt-8 grid grid-cols-3 gap-6">{footer}</div><p class="mt-8 ds-font-tiny">© 2025 Meetup · <a href="/terms/">Terms of Service</a> · <a href="/privacy/">Privacy Policy</a> · <a href="/cookie_policy/">Cookie Policy</a> · <a href="/help/">Help</a></p></div></footer>
<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container"><div class="ot-sdk-row"><div id="onetrust-group-container"><div id="onetrust-policy"><p id="onetrust-policy-text">We and our partners use cookies and similar technologies to personalise content and ads, to provide social media features and to analyse our traffic. <a href="/cookie_policy/">Cookie Policy</a></p></div></div><div id="onetrust-button-group-parent"><button id="onetrust-pc-btn-handler">Cookies Settings</button><button id="onetrust-reject-all-handler">Reject All</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div></div>
</div>
<script id="__NEXT_DATA__" type="application/json">{json.dumps(next_data, ensure_ascii=False)}</script>
<script src="/_next/static/chunks/webpack-3b8f1c2d.js" defer></script><script src="/_next/static/chunks/pages/%5Bgroupname%5D/events-6e1d0b4a.js" defer></script>
</body>
</html>"""


@fourteenth_b
def build_meetgroup() -> None:
    s = Site(
        "meetgroup",
        kind="group events list (Meetup 2024–25 Next.js: Tailwind + ds- classes, an empty full-card a[data-event-label] link with the title only in its aria-label beside the h3, time[datetime] 'Thu, Mar 20 · 6:30 PM GMT' without the year, venue or 'Online event' lines, '42 attendees' beside avatar stacks, 'Free' / '£5.00' on some, Waitlist badges, Upcoming / Past tabs, infinite scroll over a hidden rel=next ?type=upcoming&page=N link, a similar-events carousel of the same cards, __NEXT_DATA__)",
        start=MG_START,
        description="A Meetup group's events page /ldn-data-engineering/events/ as served in 2024–2025 (Next.js, Tailwind utilities and ds- design-system classes): header (logo, search with location, Start a new group, Log in, Sign up), group header (name, city, '4,812 members · Public group', organisers), About / Events / Members / Photos / Discussions tabs, Upcoming / Past pills, then ul[data-testid=events-list] of li cards: an empty absolutely-positioned a[data-event-label=event-card-N] (aria-label = title) to /ldn-data-engineering/events/<id>/?eventOrigin=group_upcoming_events, the image, time[datetime='2025-03-20T18:30:00+00:00'] 'Thu, Mar 20 · 6:30 PM GMT' (BST with +01:00 after March 30), a 'Waitlist' badge on full events, h3 title, venue line 'Venue · London' or 'Online event' after a sprite icon, a clamped description, avatar stack + '118 attendees', 'Free' or '£5.00' on some (online events show none), Attend / Join waitlist buttons. Infinite scroll: a hidden a[rel=next] 'Load more events' to ?type=upcoming&page=N (pages 2 and 3 are whole pages). An organisers aside, a 'Start your own group' promo, 'Events near you from other groups' carousel (same time / h3 / attendees markup, data-event-label=similar-event-card), footer, OneTrust banner, __NEXT_DATA__ with the Apollo state. Ten, ten and six events. Written down: title, url, date, time, venue ('Online event' for online ones), attendees, price (none for Free) and currency, status ('Waitlist').",
    )
    pages = chunks(MG_EVENTS, [10, 10, 6])
    index = 0
    for number, events in enumerate(pages, 1):
        path = MG_START + "index.html" if number == 1 else _mg_href(number).replace("?", "@")
        s.list_page(path, _mg_page(number, len(pages), events, index))
        index += len(events)
    for event in MG_EVENTS:
        event_id, title, local, venue, attendees, fee, waitlist, _host = event
        moment, _zone = _mg_moment(local)
        s.expect(
            {
                "title": title,
                "url": f"/{MG_GROUP}/events/{event_id}/?eventOrigin=group_upcoming_events",
                "date": moment.date().isoformat(),
                "time": _mg_clock(moment),
                "venue": venue or "Online event",
                "attendees": attendees,
                "price": fee or None,
                "currency": "GBP" if fee else None,
                "status": "Waitlist" if waitlist else None,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in FOURTEENTH_B.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
