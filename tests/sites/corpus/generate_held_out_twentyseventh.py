"""Held-out wave twenty-seven: three list pages copied from their real 2024–25 platform markup with invented data,
and frozen before any heuristic saw them.

* **ferrotrack** — an open-source project's bug tracker on MantisBT 2.x (``view_all_bug_page.php`` behind a temporary
  filter key, the stock Bootstrap 3 / ace admin skin as the anonymous user): the fixed navbar with the project
  menu and the anonymous user's Login / Signup menu, the collapsed sidebar (My View / View Issues / Change Log /
  Roadmap / Summary), breadcrumbs, the filter widget (a condensed table of filter-name links and their current
  values, a search box and Apply Filter), then the 'Viewing Issues (1 - 15 / 40)' widget: Print Reports / CSV
  Export / Excel Export buttons and an ace ``ul.pagination`` (First / Prev / numbers / Next / Last) over
  ``?filter=KEY&page_number=N``, ``table#buglist`` with sortable header links and rows of priority icon (title
  only), zero-padded ID link with a '[status] summary' title, notes and attachment counts (blank when none),
  '[Project]' + category, severity (bold from major up), a status square + status + '(handler)', the 'Y-m-d'
  updated date and the plain summary; the status legend and the 'Powered by Mantis Bug Tracker' footer. Fifteen
  issues a page. Written down: id, title, url, project, category, severity, status, assignee, notes, updated.
* **guangying-bbs** — a Chinese photography forum's board on Discuz! X3.5 (``forum.php?mod=forumdisplay&fid=N``, the
  default template as a guest): the top bar, the quick-login table, the nav and the search bar with hot
  searches, the breadcrumb, the board header (今日 / 主题 / 排名, 版主), thread-type tabs with counts, the
  top and bottom ``div.pg`` pagers (``strong`` current page, '下一页' ``a.nxt``, '/ 3 页'), ``#threadlisttableid``
  with ``tbody#stickthread_N`` rows on page one, a separator and ``tbody#normalthread_N`` rows: the folder
  icon, ``th.new`` / ``th.common`` with '[类型]' and ``a.s.xst`` title (+ attachment / heat / digest icons and an
  in-row page list), ``td.by`` author + date ('2025-3-2' or a relative '前天&nbsp;15:24' with the day in
  ``span[title]``), ``td.num`` replies link + views ``em``, last poster + last-post redirect link; the autopbn '下一页
  »' button. Fifteen threads a page (two stickies on page one). Written down: title, url, type, author, date,
  replies, views, last_poster, last_post_date.
* **swapnest** — a UK classifieds site's search results on Gumtree's 2024–25 React front end (``/search?...``):
  emotion ``css-*`` class pairs and ``data-q`` hooks, the header (logo, 'What are you looking for?' and location
  boxes, 'Post an ad', Login / Register), the category strip, breadcrumb, h1 with the ad count, a sort select,
  the filter sidebar (category counts, distance, price, seller type), ``article[data-q=search-result]`` tiles
  linking to ``/p/<category>/<slug>/<id>`` with an image carousel count, 'Featured' / 'Urgent' labels, title,
  location, price ('£1,150'), a description snippet and a relative posted age, ad slots and a partner tile
  between them, a numbered ``nav[data-q=pagination]`` with a 'Next' link to ``&page=N`` and ``__NEXT_DATA__``.
  Twenty ads a page. Written down: title, url, price, currency, location, description.

Run ``uv run python tests/sites/corpus/generate_held_out_twentyseventh.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **frozen**.
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).parent))

from generate import FROZEN, ROOT, Site, chunks, esc, slug

FROZEN |= {"ferrotrack", "guangying-bbs", "swapnest"}

TWENTYSEVENTH: dict[str, Callable[[], None]] = {}


def twentyseventh(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    TWENTYSEVENTH[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


# ---------------------------------------------------------------------------------------------------
# ferrotrack: MantisBT 2.x View Issues (view_all_bug_page.php, ace skin), fifteen issues a page.
# ---------------------------------------------------------------------------------------------------

FT_KEY = "67d1a2f3c4b85"
FT_PER_PAGE = 15
FT_CACHE = "a3f9c1e07b2d4e6f8a0b1c2d3e4f5a6b"
FT_PROJECTS = {"Kiln": 1, "Kiln Docs": 2, "kiln-cli": 3, "Website": 4}
FT_USERS = {"rvanloon": 3, "mkessler": 7, "tadeo": 12, "jsørensen": 15, "abhatt": 21}
FT_STATUS = {
    "new": 10,
    "feedback": 20,
    "acknowledged": 30,
    "confirmed": 40,
    "assigned": 50,
    "resolved": 80,
    "closed": 90,
}
FT_PRIORITY = {
    "immediate": "fa-exclamation-triangle fa-lg red",
    "urgent": "fa-arrow-up fa-lg red",
    "high": "fa-chevron-up fa-lg red",
    "normal": "",
    "low": "fa-chevron-down fa-lg grey",
}
FT_BOLD = {"major", "crash", "block"}
FtIssue = tuple[int, str, str, str, str, str | None, str, int, int, str, str, str | None]

#: (id, project, category, severity, status, handler, priority, notes, attachments, updated, summary, resolution),
#: in the filter's order: last updated first.
FT_ISSUES: list[FtIssue] = [
    (
        4127,
        "Kiln",
        "scheduler",
        "major",
        "assigned",
        "mkessler",
        "high",
        6,
        1,
        "2025-03-14",
        "Cron triggers fire twice after daylight saving change in Europe/Berlin",
        None,
    ),
    (
        4131,
        "kiln-cli",
        "packaging",
        "minor",
        "new",
        None,
        "normal",
        0,
        0,
        "2025-03-14",
        "Homebrew formula still points at the 3.1 tarball",
        None,
    ),
    (
        4098,
        "Kiln",
        "storage",
        "crash",
        "confirmed",
        None,
        "urgent",
        9,
        2,
        "2025-03-13",
        "Segfault in compaction when a segment file is truncated to zero bytes",
        None,
    ),
    (
        4130,
        "Kiln Docs",
        "tutorials",
        "text",
        "acknowledged",
        "rvanloon",
        "low",
        1,
        0,
        "2025-03-13",
        "Quickstart uses the removed --legacy-auth flag",
        None,
    ),
    (
        4112,
        "Kiln",
        "web ui",
        "minor",
        "resolved",
        "tadeo",
        "normal",
        4,
        1,
        "2025-03-13",
        "Job history table loses its sort order after auto-refresh",
        "fixed",
    ),
    (
        4129,
        "Kiln",
        "api",
        "feature",
        "new",
        None,
        "normal",
        0,
        0,
        "2025-03-12",
        "Expose retry count in GET /v2/jobs/{id}",
        None,
    ),
    (
        4076,
        "Kiln",
        "scheduler",
        "block",
        "feedback",
        "mkessler",
        "immediate",
        14,
        3,
        "2025-03-12",
        "Workers stop claiming jobs after Redis failover",
        None,
    ),
    (
        4125,
        "kiln-cli",
        "commands",
        "minor",
        "confirmed",
        None,
        "normal",
        2,
        0,
        "2025-03-12",
        "'kiln logs --follow' exits when the job is requeued",
        None,
    ),
    (
        4120,
        "Website",
        "downloads",
        "trivial",
        "resolved",
        "abhatt",
        "low",
        1,
        0,
        "2025-03-11",
        "Checksum file for 3.2.0 is linked with the wrong extension",
        "fixed",
    ),
    (
        4101,
        "Kiln",
        "storage",
        "major",
        "assigned",
        "jsørensen",
        "high",
        7,
        0,
        "2025-03-11",
        "Disk usage metric counts deleted segments until restart",
        None,
    ),
    (
        4128,
        "Kiln",
        "auth",
        "tweak",
        "new",
        None,
        "normal",
        0,
        0,
        "2025-03-11",
        "Allow OIDC group claim names with dots",
        None,
    ),
    (
        4093,
        "Kiln",
        "web ui",
        "minor",
        "closed",
        "tadeo",
        "normal",
        3,
        0,
        "2025-03-10",
        "Dark theme: tooltip text unreadable on the queue graph",
        "fixed",
    ),
    (
        4117,
        "Kiln Docs",
        "reference",
        "minor",
        "resolved",
        "rvanloon",
        "normal",
        2,
        0,
        "2025-03-10",
        "Configuration reference lists worker.max_jobs twice",
        "duplicate",
    ),
    (
        4124,
        "Kiln",
        "api",
        "major",
        "feedback",
        None,
        "high",
        5,
        1,
        "2025-03-10",
        "Pagination cursor skips jobs created in the same millisecond",
        None,
    ),
    (
        4088,
        "kiln-cli",
        "install",
        "minor",
        "acknowledged",
        None,
        "low",
        3,
        0,
        "2025-03-09",
        "Installer script fails on Alpine because of missing bash",
        None,
    ),
    (
        4122,
        "Kiln",
        "scheduler",
        "feature",
        "new",
        None,
        "normal",
        1,
        0,
        "2025-03-08",
        "Support ISO 8601 durations in retry_backoff",
        None,
    ),
    (
        4109,
        "Kiln",
        "storage",
        "major",
        "resolved",
        "jsørensen",
        "high",
        8,
        2,
        "2025-03-08",
        "WAL replay ignores checksum mismatch on the last record",
        "fixed",
    ),
    (
        4119,
        "Website",
        "blog",
        "text",
        "closed",
        "abhatt",
        "normal",
        0,
        0,
        "2025-03-07",
        "Broken link to the 2024 roadmap post",
        "fixed",
    ),
    (
        4115,
        "Kiln",
        "web ui",
        "minor",
        "confirmed",
        None,
        "normal",
        2,
        1,
        "2025-03-07",
        "Cancel button stays enabled for finished jobs",
        None,
    ),
    (
        4072,
        "Kiln",
        "auth",
        "major",
        "assigned",
        "mkessler",
        "high",
        11,
        0,
        "2025-03-06",
        "API tokens created before 3.0 cannot be revoked from the UI",
        None,
    ),
    (
        4121,
        "kiln-cli",
        "commands",
        "tweak",
        "new",
        None,
        "low",
        0,
        0,
        "2025-03-06",
        "Colour output ignores NO_COLOR",
        None,
    ),
    (
        4104,
        "Kiln Docs",
        "tutorials",
        "minor",
        "resolved",
        "rvanloon",
        "normal",
        3,
        0,
        "2025-03-05",
        "Kubernetes example misses the readiness probe",
        "fixed",
    ),
    (
        4116,
        "Kiln",
        "api",
        "minor",
        "feedback",
        None,
        "normal",
        4,
        0,
        "2025-03-05",
        "PATCH /v2/queues returns 500 on an empty body",
        None,
    ),
    (
        4058,
        "Kiln",
        "scheduler",
        "crash",
        "closed",
        "mkessler",
        "urgent",
        19,
        4,
        "2025-03-04",
        "Leader election loop after network partition heals",
        "fixed",
    ),
    (
        4113,
        "Kiln",
        "storage",
        "feature",
        "acknowledged",
        None,
        "normal",
        6,
        0,
        "2025-03-04",
        "Configurable zstd level for cold segments",
        None,
    ),
    (
        4107,
        "kiln-cli",
        "packaging",
        "minor",
        "closed",
        "abhatt",
        "normal",
        1,
        0,
        "2025-03-03",
        "Debian package conflicts with kiln-tools",
        "not fixable",
    ),
    (
        4111,
        "Kiln",
        "web ui",
        "trivial",
        "new",
        None,
        "low",
        0,
        0,
        "2025-03-03",
        "Favicon missing on the login page",
        None,
    ),
    (
        4095,
        "Kiln",
        "auth",
        "minor",
        "resolved",
        "tadeo",
        "normal",
        5,
        0,
        "2025-03-02",
        "Session cookie lacks SameSite attribute behind a proxy",
        "fixed",
    ),
    (
        4110,
        "Website",
        "downloads",
        "minor",
        "confirmed",
        None,
        "normal",
        1,
        1,
        "2025-03-01",
        "ARM64 tarball listed under x86_64",
        None,
    ),
    (
        4084,
        "Kiln",
        "api",
        "major",
        "assigned",
        "jsørensen",
        "high",
        9,
        1,
        "2025-02-28",
        "Webhook signatures computed over re-serialised JSON",
        None,
    ),
    (
        4106,
        "Kiln Docs",
        "reference",
        "text",
        "new",
        None,
        "normal",
        0,
        0,
        "2025-02-27",
        "Typo in the metrics table: kiln_jobs_inflight",
        None,
    ),
    (
        4102,
        "Kiln",
        "scheduler",
        "minor",
        "feedback",
        "mkessler",
        "normal",
        3,
        0,
        "2025-02-27",
        "Paused queues still count towards the concurrency limit",
        None,
    ),
    (
        4066,
        "kiln-cli",
        "commands",
        "major",
        "resolved",
        "tadeo",
        "high",
        7,
        1,
        "2025-02-26",
        "'kiln deploy' overwrites secrets with empty values",
        "fixed",
    ),
    (
        4100,
        "Kiln",
        "storage",
        "tweak",
        "closed",
        "jsørensen",
        "low",
        2,
        0,
        "2025-02-25",
        "Log a warning when fsync takes over one second",
        "fixed",
    ),
    (
        4097,
        "Kiln",
        "web ui",
        "minor",
        "acknowledged",
        None,
        "normal",
        1,
        0,
        "2025-02-24",
        "Date picker starts weeks on Sunday regardless of locale",
        None,
    ),
    (
        4091,
        "Website",
        "docs search",
        "minor",
        "closed",
        "abhatt",
        "normal",
        2,
        0,
        "2025-02-22",
        "Search returns results from the 2.x docs first",
        "won't fix",
    ),
    (4089, "Kiln", "auth", "feature", "new", None, "normal", 3, 0, "2025-02-21", "LDAP nested group support", None),
    (
        4085,
        "Kiln Docs",
        "tutorials",
        "minor",
        "confirmed",
        None,
        "low",
        0,
        0,
        "2025-02-20",
        "Upgrade guide does not mention the new default port",
        None,
    ),
    (
        4079,
        "Kiln",
        "api",
        "trivial",
        "resolved",
        "tadeo",
        "low",
        1,
        0,
        "2025-02-19",
        "OpenAPI spec marks job.tags as required",
        "fixed",
    ),
    (
        4070,
        "kiln-cli",
        "install",
        "major",
        "closed",
        "abhatt",
        "high",
        6,
        2,
        "2025-02-18",
        "Windows installer fails when the user name has a space",
        "fixed",
    ),
]


def _ft_id(number: int) -> str:
    return f"{number:07d}"


def _ft_href(page: int) -> str:
    return f"view_all_bug_page.php?filter={FT_KEY}&amp;page_number={page}"


def _ft_pagination(number: int, total: int) -> str:
    items = []
    if number == 1:
        items += ['<li class="disabled"><a>First</a></li>', '<li class="disabled"><a>Prev</a></li>']
    else:
        items += [
            f'<li class=""><a href="{_ft_href(1)}">First</a></li>',
            f'<li class=""><a href="{_ft_href(number - 1)}">Prev</a></li>',
        ]
    for page in range(1, total + 1):
        if page == number:
            items.append(f'<li class="active"><a>{page}</a></li>')
        else:
            items.append(f'<li class=""><a href="{_ft_href(page)}">{page}</a></li>')
    if number == total:
        items += ['<li class="disabled"><a>Next</a></li>', '<li class="disabled"><a>Last</a></li>']
    else:
        items += [
            f'<li class=""><a href="{_ft_href(number + 1)}">Next</a></li>',
            f'<li class=""><a href="{_ft_href(total)}">Last</a></li>',
        ]
    return '<div class="btn-group pull-right"><ul class="pagination small no-margin">' + " ".join(items) + "</ul></div>"


def _ft_user(name: str) -> str:
    return f'<a href="view_user_page.php?id={FT_USERS[name]}">{esc(name)}</a>'


def _ft_row(issue: FtIssue) -> str:
    number, project, category, severity, status, handler, priority, notes, files, updated, summary, resolution = issue
    icon = FT_PRIORITY[priority]
    prio = f'<i class="fa {icon}" title="{priority}"></i>' if icon else "&#160;"
    sev = f'<span class="bold">{severity}</span>' if severity in FT_BOLD else severity
    note_cell = f'<a href="view.php?id={number}#bugnotes">{notes}</a>' if notes else "&#160;"
    file_cell = (
        f'<a href="view.php?id={number}#attachments" title="View attachments"><i class="fa fa-paperclip"></i> {files}</a>'
        if files
        else "&#160;"
    )
    status_text = f'<span title="{esc(resolution)}">{status}</span>' if resolution else status
    owner = f' <span class="small"> ({_ft_user(handler)})</span>' if handler else ""
    return f"""<tr>
<td class="column-edit"> &#160; </td>
<td class="column-priority">{prio}</td>
<td class="column-id"><a href="view.php?id={number}" title="[{status}] {esc(summary)}">{_ft_id(number)}</a></td>
<td class="column-bugnotes-count">{note_cell}</td>
<td class="column-attachments">{file_cell}</td>
<td class="column-category"><div class="align-left"><small class="project">[{esc(project)}]</small><br />{esc(category)}</div></td>
<td class="column-severity">{sev}</td>
<td class="column-status"><div class="align-left"><i class="fa fa-square fa-status-box status-{FT_STATUS[status]}-fg"></i> {status_text}{owner}</div></td>
<td class="column-last-modified">{updated}</td>
<td class="column-summary">{esc(summary)}</td>
</tr>"""


def _ft_sort(label: str, key: str, extra: str = "") -> str:
    return f'<a href="view_all_set.php?sort_add={key}&amp;dir=DESC&amp;type=2">{label}</a>{extra}'


def _ft_filters() -> str:
    cell = '<td class="small-caption">'
    names = [
        ("reporter_id", "Reporter", "any"),
        ("user_monitor", "Monitored By", "any"),
        ("handler_id", "Assigned To", "any"),
        ("show_category", "Category", "any"),
        ("show_severity", "Severity", "any"),
        ("show_resolution", "Resolution", "any"),
        ("show_profile", "Profile", "any"),
        ("show_status", "Status", "any"),
        ("hide_status", "Hide Status", "none"),
        ("show_build", "Product Build", "any"),
        ("show_version", "Product Version", "any"),
        ("show_fixed_in_version", "Fixed in Version", "any"),
        ("show_priority", "Priority", "any"),
        ("show_target_version", "Target Version", "any"),
        ("per_page", "Show", str(FT_PER_PAGE)),
        ("view_state", "View Status", "any"),
        ("sticky_issues", "Show Sticky Issues", "Yes"),
        ("note_user_id", "Note By", "any"),
        ("show_sort", "Sorting", "Updated Descending, ID Descending"),
        ("match_type", "Match Type", "All Conditions"),
        ("do_filter_by_date", "Date Submitted", "No"),
        ("relationship_type", "Relationships", "any"),
        ("tag_string", "Tags", "&#160;"),
    ]
    rows = []
    for group in chunks(names, [7, 7, 7, 2]):
        heads = "".join(
            f'{cell}<a href="view_filters_page.php?for_screen=1&amp;target_field={key}[]" id="{key}_filter">{label}</a></td>'
            for key, label, _v in group
        )
        values = "".join(
            f'<td class="small-caption" id="{key}_filter_target"><input type="hidden" name="{key}[]" value="0" />{value}</td>'
            for key, _l, value in group
        )
        rows.append(f'<tr class="row-category2">{heads}</tr>\n<tr class="row-1">{values}</tr>')
    return "\n".join(rows)


def _ft_page(number: int, total: int, issues: list[FtIssue], first: int) -> str:
    rows = "\n".join(_ft_row(i) for i in issues)
    count = len(FT_ISSUES)
    last = first + len(issues)
    projects = "\n".join(
        f'<li><a href="set_project.php?project_id={pid}" class="project-link"> {esc(name)} </a></li>'
        for name, pid in FT_PROJECTS.items()
    )
    legend = "".join(f'<td class="small-caption status-{code}-color">{name}</td>' for name, code in FT_STATUS.items())
    pager = _ft_pagination(number, total)
    return f"""<!DOCTYPE html>
<html>
<head>
	<meta http-equiv="Content-type" content="text/html; charset=utf-8" />
	<title>View Issues - Kiln Issue Tracker</title>
	<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=0" />
	<link rel="stylesheet" type="text/css" href="css/default.css?cache_key={FT_CACHE}" />
	<link rel="stylesheet" type="text/css" href="css/status_config.php?cache_key={FT_CACHE}" />
	<link rel="stylesheet" type="text/css" href="css/bootstrap-3.4.1.min.css" />
	<link rel="stylesheet" type="text/css" href="css/font-awesome-4.7.0.min.css" />
	<link rel="stylesheet" type="text/css" href="css/fonts.css" />
	<link rel="stylesheet" type="text/css" href="css/bootstrap-datetimepicker-4.17.47.min.css" />
	<link rel="stylesheet" type="text/css" href="css/ace.min.css" />
	<link rel="stylesheet" type="text/css" href="css/ace-mantis.css" />
	<link rel="stylesheet" type="text/css" href="css/ace-skins.min.css" />
	<link rel="shortcut icon" href="images/favicon.ico" type="image/x-icon" />
	<link rel="search" type="application/opensearchdescription+xml" title="MantisBT: Text Search" href="https://bugs.ferrotrack.dev/browser_search_plugin.php?type=text" />
	<link rel="search" type="application/opensearchdescription+xml" title="MantisBT: Issue Id" href="https://bugs.ferrotrack.dev/browser_search_plugin.php?type=id" />
	<script type="text/javascript" src="javascript_config.php?cache_key={FT_CACHE}"></script>
	<script type="text/javascript" src="javascript_translations.php?cache_key={FT_CACHE}"></script>
	<script type="text/javascript" src="js/jquery-3.7.1.min.js"></script>
	<script type="text/javascript" src="js/common.js"></script>
</head>
<body class="skin-3">
<div id="navbar" class="navbar navbar-default navbar-collapse navbar-fixed-top noprint">
<div id="navbar-container" class="navbar-container">
<button id="menu-toggler" type="button" class="navbar-toggle menu-toggler pull-left hidden-lg hidden-md" data-target="#sidebar">
<span class="sr-only">Toggle sidebar</span>
<span class="icon-bar"></span>
<span class="icon-bar"></span>
<span class="icon-bar"></span>
</button>
<div class="navbar-header">
<a href="my_view_page.php" class="navbar-brand">
<span class="smaller-75"> Kiln Issue Tracker </span>
</a>
<button type="button" class="navbar-toggle navbar-toggle-img collapsed pull-right hidden-sm hidden-md hidden-lg" data-toggle="collapse" data-target=".navbar-buttons,.navbar-menu">
<span class="sr-only">Toggle user menu</span>
<i class="fa fa-user fa-2x white ace-icon"></i>
</button>
</div>
<div class="navbar-buttons navbar-header navbar-collapse collapse">
<ul class="nav ace-nav">
<li id="dropdown_projects_menu" class="grey">
<a data-toggle="dropdown" href="#" class="dropdown-toggle">
&#160;All Projects&#160;
<i class="ace-icon fa fa-angle-down bigger-110"></i>
</a>
<ul id="projects-list" class=" dropdown-menu dropdown-menu-right dropdown-yellow dropdown-caret dropdown-close">
<li><div class="projects-searchbox"><input class="search form-control input-md" autofocus="autofocus" placeholder="Search" /></div></li>
<li class="divider"></li>
<li><div class="scrollable-menu"><ul class="list dropdown-yellow no-margin">
<li><a href="set_project.php?project_id=0" class="project-link"> All Projects </a></li>
<li class="divider"></li>
{projects}
</ul></div></li>
</ul>
</li>
<li class="grey">
<a data-toggle="dropdown" href="#" class="dropdown-toggle">
&#160;anonymous&#160;
<i class="ace-icon fa fa-angle-down bigger-110"></i>
</a>
<ul class="user-menu dropdown-menu dropdown-menu-right dropdown-yellow dropdown-caret dropdown-close">
<li><a href="login_page.php?return=%2Fview_all_bug_page.php"><i class="ace-icon fa fa-sign-in"> </i> Login</a></li>
<li><a href="signup_page.php"><i class="ace-icon fa fa-user-plus"> </i> Signup for a new account</a></li>
</ul>
</li>
</ul>
</div>
</div>
</div>
<div class="main-container" id="main-container">
<div id="sidebar" class="sidebar sidebar-fixed responsive compact ">
<ul class="nav nav-list">
<li>
<a href="my_view_page.php">
<i class="menu-icon fa fa-dashboard"></i>
<span class="menu-text"> My View </span>
</a>
<b class="arrow"></b>
</li>
<li class="active">
<a href="view_all_bug_page.php">
<i class="menu-icon fa fa-list-alt"></i>
<span class="menu-text"> View Issues </span>
</a>
<b class="arrow"></b>
</li>
<li>
<a href="changelog_page.php">
<i class="menu-icon fa fa-retweet"></i>
<span class="menu-text"> Change Log </span>
</a>
<b class="arrow"></b>
</li>
<li>
<a href="roadmap_page.php">
<i class="menu-icon fa fa-road"></i>
<span class="menu-text"> Roadmap </span>
</a>
<b class="arrow"></b>
</li>
<li>
<a href="summary_page.php">
<i class="menu-icon fa fa-bar-chart-o"></i>
<span class="menu-text"> Summary </span>
</a>
<b class="arrow"></b>
</li>
</ul>
<div id="sidebar-btn" class="sidebar-toggle sidebar-collapse">
<i data-icon2="ace-icon fa fa-angle-double-right" data-icon1="ace-icon fa fa-angle-double-left"
		class="ace-icon fa fa-angle-double-right"></i>
</div>
</div>
<div class="main-content">
<div id="breadcrumbs" class="breadcrumbs noprint">
<ul class="breadcrumb">
 <li><i class="fa fa-user home-icon active"></i>  Logged in as: <span class="italic">anonymous</span> </li>
</ul>
<div id="breadcrumbs-toolbar" class="nav-search">
<form id="form-search" class="form-search" method="post" action="jump_to_bug.php">
<span class="input-icon">
<input type="text" name="bug_id" autocomplete="off" class="nav-search-input" placeholder="Issue #" />
<i class="fa fa-search nav-search-icon"></i>
</span>
</form>
</div>
</div>
<div class="page-content">
<div class="row">
<div class="col-md-12 col-xs-12">
<div class="filter-box">
<form method="post" name="filters" id="filters_form_open" action="view_all_set.php?f=3">
<input type="hidden" name="type" value="1" />
<input type="hidden" name="page_number" value="{number}" />
<input type="hidden" name="view_type" value="simple" />
<div id="filter" class="widget-box widget-color-blue2 ">
<div class="widget-header widget-header-small">
<h4 class="widget-title lighter">
<i class="ace-icon fa fa-filter"></i>
Filters</h4>
<div class="widget-toolbar">
<div class="widget-menu">
<a href="#" data-action="settings" data-toggle="dropdown">
<i class="ace-icon fa fa-bars bigger-125"></i>
</a>
<ul class="dropdown-menu dropdown-menu-right dropdown-yellow dropdown-caret dropdown-closer">
<li><a href="view_all_set.php?type=3&amp;view_type=advanced"><i class="ace-icon fa fa-toggle-off"></i>&#160;&#160;Advanced Filters</a></li>
<li><a href="permalink_page.php?url=https%3A%2F%2Fbugs.ferrotrack.dev%2Fsearch.php%3Fproject_id%3D0%26sticky%3Don%26sort%3Dlast_updated%26dir%3DDESC%26hide_status%3D-2%26match_type%3D0"><i class="ace-icon fa fa-link"></i>&#160;&#160;Create Permalink</a></li>
</ul>
</div>
<a id="filter-toggle" data-action="collapse" href="#">
<i class="1 ace-icon fa bigger-125 fa-chevron-up"></i>
</a>
</div>
</div>
<div class="widget-body collapse in" id="filter_open">
<div class="widget-main no-padding">
<div class="table-responsive">
<table class="table table-bordered table-condensed filters">
{_ft_filters()}
</table>
</div>
</div>
<div class="widget-toolbox padding-8 clearfix">
<div class="btn-toolbar pull-left">
<div class="form-inline">
<label><input type="text" id="filter-search-txt" class="input-sm" size="16" name="search" placeholder="Search" value="" /></label>
<input type="submit" class="btn btn-primary btn-sm btn-white btn-round no-float" name="filter_submit" value="Apply Filter" />
</div>
</div>
</div>
</div>
</div>
</form>
</div>
<div class="space-10"></div>
<div class="col-md-12 col-xs-12 no-padding">
<div class="widget-box widget-color-blue2">
<div class="widget-header widget-header-small">
<h4 class="widget-title lighter">
<i class="ace-icon fa fa-columns"></i>
Viewing Issues ({first + 1} - {last} / {count})</h4>
</div>
<div class="widget-body">
<div class="widget-toolbox padding-8 clearfix">
<div class="btn-toolbar">
<div class="btn-group pull-left">
<a class="btn btn-primary btn-white btn-sm btn-round" href="print_all_bug_page.php?filter={FT_KEY}">Print Reports</a>
<a class="btn btn-primary btn-white btn-sm btn-round" href="csv_export.php?filter={FT_KEY}">CSV Export</a>
<a class="btn btn-primary btn-white btn-sm btn-round" href="excel_xml_export.php?filter={FT_KEY}">Excel Export</a>
</div>
{pager}
</div>
</div>
<div class="widget-main no-padding">
<div class="table-responsive checkbox-range-selection">
<table id="buglist" class="table table-bordered table-condensed table-hover table-striped">
<thead>
<tr class="buglist-headers">
<th class="column-edit"> &#160; </th>
<th class="column-priority">{_ft_sort("P", "priority")}</th>
<th class="column-id">{_ft_sort("ID", "id")}</th>
<th class="column-bugnotes-count"><i class="fa fa-comments blue" title="# Notes"></i></th>
<th class="column-attachments"><i class="fa fa-paperclip blue" title="# Attachments"></i></th>
<th class="column-category">{_ft_sort("Category", "category_id")}</th>
<th class="column-severity">{_ft_sort("Severity", "severity")}</th>
<th class="column-status">{_ft_sort("Status", "status")}</th>
<th class="column-last-modified">{_ft_sort("Updated", "last_updated", ' <i class="fa fa-caret-down fa-lg blue"></i>')}</th>
<th class="column-summary">{_ft_sort("Summary", "summary")}</th>
</tr>
</thead>
<tbody>
{rows}
</tbody>
</table>
</div>
</div>
<div class="widget-toolbox padding-8 clearfix">
<div class="btn-toolbar">
{pager}
</div>
</div>
</div>
</div>
</div>
</div>
<div class="col-md-12 col-xs-12">
<div class="space-10"></div>
<div class="table-responsive">
<table class="status-legend-table table table-bordered table-condensed">
<tr>
{legend}
</tr>
</table>
</div>
</div>
</div>
</div>
<div class="clearfix"></div>
<div class="space-20"></div>
<div class="footer noprint">
<div class="footer-inner">
<div class="footer-content">
<div class="col-md-6 col-xs-12 no-padding">
<address>
<strong>Powered by <a href="https://www.mantisbt.org" title="bug tracking software">Mantis Bug Tracker</a>: a free and open source web based bug tracking system.</strong> <br>
<small>Copyright &copy;2000 - 2025 MantisBT Team</small><br>
<small>Contact <a href="mailto:bugs@ferrotrack.dev" title="Contact the webmaster via e-mail.">administrator</a> for assistance</small><br>
</address>
</div>
<div class="col-md-6 col-xs-12">
<div class="pull-right" id="powered-by-mantisbt-logo">
<a href="https://www.mantisbt.org" title="Mantis Bug Tracker: a free and open source web based bug tracking system."><img src="images/mantis_logo.png" width="102" height="35" alt="Powered by Mantis Bug Tracker: a free and open source web based bug tracking system." /></a>
</div>
</div>
</div>
</div>
</div>
<a class="btn-scroll-up btn btn-sm btn-inverse display" id="btn-scroll-up" href="#">
<i class="ace-icon fa fa-angle-double-up icon-only bigger-110"></i>
</a>
</div>
</div>
<input type="hidden" id="redirect-delay" value="2" />
<script type="text/javascript" src="js/bootstrap-3.4.1.min.js"></script>
<script type="text/javascript" src="js/moment-with-locales-2.29.4.min.js"></script>
<script type="text/javascript" src="js/bootstrap-datetimepicker-4.17.47.min.js"></script>
<script type="text/javascript" src="js/typeahead.jquery-1.3.4.min.js"></script>
<script type="text/javascript" src="js/list-1.5.0.min.js"></script>
<script type="text/javascript" src="js/ace.min.js"></script>
</body>
</html>"""


@twentyseventh
def build_ferrotrack() -> None:
    s = Site(
        "ferrotrack",
        kind="bug tracker issue list (MantisBT 2.x view_all_bug_page.php, stock ace skin, anonymous: fixed navbar with a project menu and Login / Signup, compact sidebar, the filter widget as a condensed table of filter links and values, 'Viewing Issues (1 - 15 / 40)' widget with Print / CSV / Excel buttons and an ace ul.pagination First / Prev / numbers / Next / Last over ?filter=KEY&page_number=N, table#buglist: priority icons with titles only, zero-padded ID links titled '[status] summary', notes / attachment counts blank when none, '[Project]' small + category, bold severities from major up, status square + status + '(handler)' link, Y-m-d updated, plain summary text; status legend table and the MantisBT footer)",
        start=f"view_all_bug_page.php?filter={FT_KEY}",
        description="The bug tracker of an open-source job scheduler ('Kiln Issue Tracker') on MantisBT 2.x with the default ace skin, viewed anonymously with All Projects selected and a temporary filter (updated descending, 15 a page): navbar-brand, the projects dropdown (All Projects + four projects), the anonymous user menu (Login, Signup for a new account); the sidebar (My View, View Issues active, Change Log, Roadmap, Summary); breadcrumbs 'Logged in as: anonymous' and the Issue # jump box; the Filters widget (a table.filters of 23 filter names as links to view_filters_page.php and their values 'any' / 'none' / '15' / 'Updated Descending, ID Descending', a Search box and Apply Filter); the 'Viewing Issues (1 - 15 / 40)' widget with Print Reports / CSV Export / Excel Export and the pagination above and below the table; table#buglist with header links to view_all_set.php?sort_add=…; each row: column-edit blank, priority as an fa icon titled 'high' / 'urgent' / 'immediate' / 'low' (nothing for normal), a.view.php?id=N link '0004127' titled '[assigned] summary', notes count link to #bugnotes, attachment count link with a paperclip (blank cells when zero), small.project '[Kiln]' + br + category, severity (span.bold for major / crash / block), an fa-square status box + status (in span[title=resolution] when resolved / closed) + ' (handler)' user link, the updated date '2025-03-14', the summary as plain text; then the status legend and the 'Powered by Mantis Bug Tracker' footer. 15 + 15 + 10 issues. Written down: id (number), title (summary), url, project, category, severity, status, assignee, notes (absent when the cell is blank), updated (ISO).",
    )
    pages = chunks(FT_ISSUES, [FT_PER_PAGE, FT_PER_PAGE, len(FT_ISSUES) - 2 * FT_PER_PAGE])
    first = 0
    for number, batch in enumerate(pages, 1):
        html = _ft_page(number, len(pages), batch, first)
        if number == 1:
            s.list_page(f"view_all_bug_page.php@filter={FT_KEY}", html)
            s.write(f"view_all_bug_page.php@filter={FT_KEY}&page_number=1", html)
        else:
            s.list_page(f"view_all_bug_page.php@filter={FT_KEY}&page_number={number}", html)
        first += len(batch)
    for number, project, category, severity, status, handler, _prio, notes, _files, updated, summary, _res in FT_ISSUES:
        s.expect(
            {
                "id": number,
                "title": summary,
                "url": f"/view.php?id={number}",
                "project": project,
                "category": category,
                "severity": severity,
                "status": status,
                "assignee": handler,
                "notes": notes or None,
                "updated": updated,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# guangying-bbs: a Discuz! X3.5 board (forum.php?mod=forumdisplay), fifteen threads a page.
# ---------------------------------------------------------------------------------------------------

GY_FID = 45
GY_PER_PAGE = 15
GY_HASH = "9c4e7a21"
GY_NOW = datetime(2025, 3, 14, 16, 20)
GY_TYPES = {"器材": 12, "作品": 13, "技术": 14, "交流": 15, "二手": 16}
GY_TYPE_COUNTS = {"器材": 3542, "作品": 6120, "技术": 2217, "交流": 4890, "二手": 1657}
GyThread = tuple[int, str, str, str, int, datetime, int, int, str, datetime, str]

#: (tid, type, title, author, uid, posted, replies, views, last poster, last post, flags) — flags: 'p' picture
#: attachment, 'd' digest, 'h' hot, 'n' new reply, 'g' agreed.
GY_STICKY: list[GyThread] = [
    (
        208731,
        "交流",
        "【版规】数码摄影版发帖规范及二手交易须知（2025年修订）",
        "镜头后的猫",
        10231,
        datetime(2025, 1, 2, 10, 15),
        86,
        40215,
        "镜头后的猫",
        datetime(2025, 3, 9, 22, 41),
        "d",
    ),
    (
        226514,
        "作品",
        "【活动】三月“城市早春”主题摄影月赛征稿开始啦",
        "光影小编",
        3,
        datetime(2025, 3, 1, 9, 0),
        142,
        18362,
        "北门老周",
        datetime(2025, 3, 14, 15, 52),
        "ph",
    ),
]

_GY_NORMAL_RAW: list[tuple[int, str, str, str, int, str, int, int, str, str, str]] = [
    (
        228102,
        "器材",
        "索尼A7C2和尼康Z6III到底怎么选？纠结一周了",
        "阿杰不拍照",
        88123,
        "2025-03-14 09:12",
        37,
        1284,
        "胶片里的海",
        "2025-03-14 16:05",
        "hn",
    ),
    (
        228097,
        "作品",
        "周末去了趟婺源，油菜花还没全开",
        "山间一棵树",
        45120,
        "2025-03-14 08:30",
        12,
        486,
        "风吹麦浪",
        "2025-03-14 15:47",
        "pn",
    ),
    (
        228066,
        "技术",
        "人像逆光拍摄总是脸黑，求大佬指点曝光思路",
        "小橘子酱",
        91377,
        "2025-03-13 21:40",
        21,
        903,
        "老法师王工",
        "2025-03-14 14:58",
        "n",
    ),
    (
        227990,
        "二手",
        "出一支腾龙28-75 G2 索尼口 95新 带UV",
        "拍拍就好",
        67012,
        "2025-03-13 13:05",
        8,
        412,
        "拍拍就好",
        "2025-03-14 13:20",
        "p",
    ),
    (
        228110,
        "交流",
        "大家平时修图用Lightroom还是Capture One？",
        "夜行的猫头鹰",
        30411,
        "2025-03-14 11:26",
        19,
        377,
        "灰度",
        "2025-03-14 12:39",
        "n",
    ),
    (
        227948,
        "作品",
        "【扫街】上海武康路的一个午后（9P）",
        "北门老周",
        12088,
        "2025-03-12 17:44",
        26,
        1530,
        "镜头后的猫",
        "2025-03-14 11:02",
        "pdg",
    ),
    (
        227871,
        "器材",
        "富士X100VI等了三个月终于到手，简单开箱",
        "暖暖的快门",
        77801,
        "2025-03-11 20:18",
        44,
        3211,
        "Leo_摄",
        "2025-03-14 09:47",
        "ph",
    ),
    (
        228045,
        "技术",
        "星轨堆栈用什么软件？Starstax在Mac上打不开",
        "追星的人",
        54233,
        "2025-03-13 10:02",
        6,
        245,
        "夜空守望",
        "2025-03-14 01:15",
        "",
    ),
    (
        227702,
        "交流",
        "新手第一台相机预算五千，求推荐",
        "柠檬不酸",
        99015,
        "2025-03-10 19:33",
        58,
        4120,
        "阿杰不拍照",
        "2025-03-13 23:30",
        "h",
    ),
    (
        228011,
        "作品",
        "雨后的西湖断桥，手机也能拍出氛围感",
        "江南烟雨",
        23876,
        "2025-03-12 22:10",
        15,
        688,
        "山间一棵树",
        "2025-03-13 21:06",
        "p",
    ),
    (
        227956,
        "二手",
        "收一台佳能R6一代，快门数两万以内，坐标杭州",
        "杭城小李",
        81244,
        "2025-03-12 18:30",
        4,
        301,
        "拍拍就好",
        "2025-03-13 18:44",
        "",
    ),
    (
        227615,
        "器材",
        "适马新出的28-105 F2.8实拍样张分享",
        "Leo_摄",
        40562,
        "2025-03-09 14:20",
        33,
        2876,
        "胶片里的海",
        "2025-03-13 16:12",
        "pg",
    ),
    (
        227980,
        "技术",
        "RAW格式转档后色彩发灰是什么原因",
        "灰度",
        15730,
        "2025-03-12 20:51",
        11,
        520,
        "老法师王工",
        "2025-03-13 10:28",
        "",
    ),
    (
        227533,
        "交流",
        "你们出门扫街会带几支镜头？",
        "风吹麦浪",
        36641,
        "2025-03-08 12:07",
        72,
        5034,
        "暖暖的快门",
        "2025-03-12 22:55",
        "h",
    ),
    (
        227890,
        "作品",
        "夜色中的重庆洪崖洞（多图慎入）",
        "夜行的猫头鹰",
        30411,
        "2025-03-11 23:48",
        19,
        1422,
        "江南烟雨",
        "2025-03-12 21:17",
        "pd",
    ),
    (
        227744,
        "技术",
        "偏振镜到底该不该买？实测对比图",
        "老法师王工",
        5021,
        "2025-03-10 21:15",
        28,
        2210,
        "小橘子酱",
        "2025-03-12 19:40",
        "p",
    ),
    (
        227821,
        "器材",
        "尼康Z 50mm f/1.2 S 值得入手吗",
        "胶片里的海",
        61208,
        "2025-03-11 09:36",
        17,
        985,
        "Leo_摄",
        "2025-03-12 15:03",
        "",
    ),
    (
        227409,
        "二手",
        "出闲置：大疆Pocket 3 全能套装，只用过两次",
        "数码控小陈",
        72390,
        "2025-03-07 16:22",
        22,
        1876,
        "杭城小李",
        "2025-03-12 10:11",
        "p",
    ),
    (
        227655,
        "交流",
        "拍鸟入坑三个月的一点心得",
        "林间飞羽",
        48833,
        "2025-03-09 20:40",
        31,
        2654,
        "追星的人",
        "2025-03-11 22:36",
        "pdg",
    ),
    (
        227598,
        "作品",
        "胶片记录：青海湖的冬天",
        "胶片里的海",
        61208,
        "2025-03-09 10:05",
        24,
        1988,
        "北门老周",
        "2025-03-11 18:20",
        "p",
    ),
    (
        227480,
        "技术",
        "闪光灯离机引闪入门，TTL和手动怎么选",
        "光与影的距离",
        29317,
        "2025-03-08 09:18",
        14,
        1107,
        "灰度",
        "2025-03-11 08:49",
        "",
    ),
    (
        227302,
        "器材",
        "对比测试：三款百元级三脚架谁更稳",
        "数码控小陈",
        72390,
        "2025-03-06 15:40",
        19,
        2433,
        "柠檬不酸",
        "2025-03-10 21:12",
        "p",
    ),
    (
        227511,
        "交流",
        "有没有一起去川西拍日照金山的？四月初出发",
        "山间一棵树",
        45120,
        "2025-03-08 11:30",
        40,
        3120,
        "风吹麦浪",
        "2025-03-10 17:58",
        "h",
    ),
    (
        227367,
        "作品",
        "老城厢的烟火气（黑白11P）",
        "北门老周",
        12088,
        "2025-03-07 08:44",
        16,
        1320,
        "夜行的猫头鹰",
        "2025-03-10 09:26",
        "p",
    ),
    (
        227288,
        "技术",
        "如何在Photoshop里做自然的天空替换",
        "光与影的距离",
        29317,
        "2025-03-06 13:27",
        9,
        865,
        "江南烟雨",
        "2025-03-09 22:03",
        "",
    ),
    (
        227204,
        "二手",
        "出佳能EF 70-200 F4L IS 一代 成色好",
        "杭城小李",
        81244,
        "2025-03-05 19:02",
        13,
        944,
        "数码控小陈",
        "2025-03-09 14:37",
        "",
    ),
    (
        227150,
        "器材",
        "手机摄影和相机差距还有多大？iPhone 16 Pro对比A7M4",
        "暖暖的快门",
        77801,
        "2025-03-05 10:11",
        65,
        6210,
        "阿杰不拍照",
        "2025-03-08 23:44",
        "ph",
    ),
    (
        227096,
        "交流",
        "摄影比赛投稿有什么需要注意的",
        "小橘子酱",
        91377,
        "2025-03-04 20:33",
        12,
        790,
        "光影小编",
        "2025-03-08 10:05",
        "",
    ),
    (
        227011,
        "作品",
        "早春的玉渊潭，樱花含苞待放",
        "林间飞羽",
        48833,
        "2025-03-04 07:50",
        20,
        1544,
        "山间一棵树",
        "2025-03-07 19:21",
        "p",
    ),
    (
        226958,
        "技术",
        "长曝光拍瀑布，ND镜选几档合适",
        "追星的人",
        54233,
        "2025-03-03 18:16",
        17,
        1389,
        "老法师王工",
        "2025-03-07 12:40",
        "",
    ),
    (
        226903,
        "器材",
        "徕卡Q3 43使用一个月的感受",
        "Leo_摄",
        40562,
        "2025-03-03 11:45",
        29,
        3877,
        "胶片里的海",
        "2025-03-06 22:18",
        "pg",
    ),
    (
        226855,
        "二手",
        "转让：Peak Design 相机背包 30L 灰色",
        "柠檬不酸",
        99015,
        "2025-03-02 21:30",
        5,
        402,
        "柠檬不酸",
        "2025-03-06 09:55",
        "",
    ),
    (
        226790,
        "交流",
        "一直用自动挡拍照是不是很丢人",
        "夜空守望",
        64107,
        "2025-03-02 14:06",
        47,
        3560,
        "灰度",
        "2025-03-05 20:30",
        "h",
    ),
    (
        226712,
        "作品",
        "苏州平江路的雨天（12P）",
        "江南烟雨",
        23876,
        "2025-03-01 16:58",
        18,
        1211,
        "北门老周",
        "2025-03-05 11:12",
        "p",
    ),
    (
        226640,
        "技术",
        "夜景人像怎么控制噪点",
        "小橘子酱",
        91377,
        "2025-02-28 22:25",
        10,
        934,
        "光与影的距离",
        "2025-03-04 17:46",
        "",
    ),
    (
        226581,
        "器材",
        "老镜头转接微单，哪些值得玩",
        "胶片里的海",
        61208,
        "2025-02-28 10:40",
        36,
        2907,
        "数码控小陈",
        "2025-03-04 09:03",
        "d",
    ),
    (
        226507,
        "交流",
        "分享一下我的修图预设（免费）",
        "灰度",
        15730,
        "2025-02-27 19:12",
        83,
        7421,
        "暖暖的快门",
        "2025-03-03 21:27",
        "pdh",
    ),
    (
        226433,
        "作品",
        "冬日里的哈尔滨冰雪大世界",
        "夜行的猫头鹰",
        30411,
        "2025-02-26 23:05",
        14,
        1098,
        "林间飞羽",
        "2025-03-02 15:50",
        "p",
    ),
    (
        226389,
        "二手",
        "出尼康Z fc 银色 带16-50套头 箱说全",
        "拍拍就好",
        67012,
        "2025-02-26 12:30",
        9,
        870,
        "杭城小李",
        "2025-03-01 18:14",
        "",
    ),
]

GY_NORMAL: list[GyThread] = [
    (
        t,
        kind,
        title,
        author,
        uid,
        datetime.fromisoformat(posted),
        replies,
        views,
        last,
        datetime.fromisoformat(last_at),
        flags,
    )
    for t, kind, title, author, uid, posted, replies, views, last, last_at, flags in sorted(
        _GY_NORMAL_RAW, key=lambda r: r[9], reverse=True
    )
]


def _gy_day(moment: datetime) -> str:
    return f"{moment.year}-{moment.month}-{moment.day}"


def _gy_full(moment: datetime) -> str:
    return f"{_gy_day(moment)} {moment:%H:%M}"


def _gy_relative(moment: datetime) -> str | None:
    """Discuz's 'u' date format: a relative text within the week, else None."""
    today = GY_NOW.replace(hour=0, minute=0)
    if moment >= today:
        minutes = int((GY_NOW - moment).total_seconds() // 60)
        if minutes >= 60:
            return f"{minutes // 60}&nbsp;小时前"
        if minutes > 30:
            return "半小时前"
        return f"{minutes}&nbsp;分钟前"
    days = (today - moment).days
    if days == 0:
        return f"昨天&nbsp;{moment:%H:%M}"
    if days == 1:
        return f"前天&nbsp;{moment:%H:%M}"
    if days < 6:
        return f"{days + 1}&nbsp;天前"
    return None


def _gy_date(moment: datetime, full: bool) -> str:
    rel = _gy_relative(moment)
    shown = _gy_full(moment) if full else _gy_day(moment)
    if rel is None:
        return shown
    return f'<span title="{shown}">{rel}</span>'


def _gy_href(page: int) -> str:
    return f"forum.php?mod=forumdisplay&amp;fid={GY_FID}&amp;page={page}"


def _gy_pg(number: int, total: int) -> str:
    parts = []
    if number > 1:
        parts.append(f'<a href="{_gy_href(number - 1)}" class="prev">&nbsp;&nbsp;</a>')
    for page in range(1, total + 1):
        parts.append(f"<strong>{page}</strong>" if page == number else f'<a href="{_gy_href(page)}">{page}</a>')
    parts.append(
        f"""<label><input type="text" name="custompage" class="px" size="2" title="输入页码，按回车快速跳转" value="{number}" onkeydown="if(event.keyCode==13) {{window.location='forum.php?mod=forumdisplay&amp;fid={GY_FID}&amp;page='+this.value;; doane(event);}}" /><span title="共 {total} 页"> / {total} 页</span></label>"""
    )
    if number < total:
        parts.append(f'<a href="{_gy_href(number + 1)}" class="nxt">下一页</a>')
    return '<div class="pg">' + "".join(parts) + "</div>"


def _gy_row(thread: GyThread, page: int, sticky: bool) -> str:
    tid, kind, title, author, uid, posted, replies, views, last, last_at, flags = thread
    link = f"forum.php?mod=viewthread&amp;tid={tid}&amp;extra=page%3D{page}"
    body = "stickthread" if sticky else "normalthread"
    if sticky:
        icon = f'<a href="{link}" title="本版置顶主题 - 新窗口打开" target="_blank">\n<img src="static/image/common/pin_1.gif" alt="本版置顶" />\n</a>'
    elif "n" in flags:
        icon = f'<a href="{link}" title="有新回复 - 新窗口打开" target="_blank">\n<img src="static/image/common/folder_new.gif" />\n</a>'
    else:
        icon = f'<a href="{link}" title="新窗口打开" target="_blank">\n<img src="static/image/common/folder_common.gif" />\n</a>'
    style = ' style="font-weight: bold;color: #EE1B2E;"' if sticky and "d" in flags else ""
    extras = []
    if "p" in flags:
        extras.append(
            '<img src="static/image/filetype/image_s.gif" alt="attach_img" title="图片附件" align="absmiddle" />'
        )
    if "h" in flags:
        extras.append(
            f'<img src="static/image/common/hot_{min(3, 1 + views // 3000)}.gif" align="absmiddle" alt="heatlevel" title="热度: {replies * 3}" />'
        )
    if "g" in flags:
        extras.append('<img src="static/image/common/agree.gif" align="absmiddle" alt="agree" title="帖子被加分" />')
    if "d" in flags:
        extras.append('<img src="static/image/common/digest_1.gif" align="absmiddle" alt="digest" title="精华 1" />')
    if "n" in flags:
        extras.append(f'<a href="forum.php?mod=redirect&amp;tid={tid}&amp;goto=lastpost#lastpost" class="xi1">New</a>')
    pages = (replies + 1 + 9) // 10
    if pages > 1:
        shown = list(range(2, min(pages, 6) + 1))
        tail = (
            f'..<a href="forum.php?mod=viewthread&tid={tid}&amp;extra=page%3D{page}&amp;page={pages}">{pages}</a>'
            if pages > 6
            else ""
        )
        extras.append(
            '<span class="tps">&nbsp;...'
            + "".join(
                f'<a href="forum.php?mod=viewthread&tid={tid}&amp;extra=page%3D{page}&amp;page={p}">{p}</a>'
                for p in shown
            )
            + tail
            + "</span>"
        )
    today = ' class="xi1"' if posted.date() == GY_NOW.date() else ""
    return f"""<tbody id="{body}_{tid}">
<tr>
<td class="icn">
{icon}
</td>
<th class="{"new" if "n" in flags else "common"}">
<a href="javascript:;" id="content_{tid}" class="showcontent y" title="更多操作" onclick="CONTENT_TID='{tid}';CONTENT_ID='{body}_{tid}';showMenu({{'ctrlid':this.id,'menuid':'content_menu'}})"></a>
<a class="tdpre y" href="javascript:void(0);" onclick="previewThread('{tid}', '{body}_{tid}');">预览</a>
<em>[<a href="forum.php?mod=forumdisplay&fid={GY_FID}&amp;filter=typeid&amp;typeid={GY_TYPES[kind]}">{kind}</a>]</em> <a href="{link}"{style} onclick="atarget(this)" class="s xst">{esc(title)}</a>
{chr(10).join(extras)}
</th>
<td class="by">
<cite>
<a href="home.php?mod=space&amp;uid={uid}" c="1">{esc(author)}</a></cite>
<em><span{today}>{_gy_date(posted, False)}</span></em>
</td>
<td class="num"><a href="{link}" class="xi2">{replies}</a><em>{views}</em></td>
<td class="by">
<cite><a href="home.php?mod=space&username={quote(last)}" c="1">{esc(last)}</a></cite>
<em><a href="forum.php?mod=redirect&tid={tid}&goto=lastpost#lastpost">{_gy_date(last_at, True)}</a></em>
</td>
</tr>
</tbody>"""


def _gy_page(number: int, total: int, threads: list[GyThread]) -> str:
    rows = []
    if number == 1:
        rows += [_gy_row(t, number, True) for t in GY_STICKY]
        rows.append(
            """<tbody id="separatorline">
<tr class="ts">
<td>&nbsp;</td>
<th><a href="javascript:;" onclick="hideStickThread()" title="隐藏置顶帖" class="showhide y">隐藏置顶帖</a>&nbsp;</th><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td>
</tr>
</tbody>"""
        )
    else:
        rows.append(
            """<tbody id="separatorline" class="emptb"><tr><td class="icn"></td><th></th><td class="by"></td><td class="num"></td><td class="by"></td></tr></tbody>"""
        )
    rows += [_gy_row(t, number, False) for t in threads]
    types = "".join(
        f'<li><a href="forum.php?mod=forumdisplay&amp;fid={GY_FID}&amp;filter=typeid&amp;typeid={tid}">{name}<span class="xg1 num">{GY_TYPE_COUNTS[name]}</span></a></li>'
        for name, tid in GY_TYPES.items()
    )
    pg = _gy_pg(number, total)
    title_page = f" - 第{number}页" if number > 1 else ""
    autopbn = (
        f'<a class="bm_h" href="javascript:;" rel="forum.php?mod=forumdisplay&fid={GY_FID}&page={number + 1}" curpage="{number}" id="autopbn" totalpage="{total}" picstyle="0" forumdefstyle="">下一页 &raquo;</a>\n<script src="data/cache/autopbn.js?Xa1" type="text/javascript"></script>'
        if number < total
        else ""
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>数码摄影{title_page} -  光影部落 -  Powered by Discuz!</title>
<meta name="keywords" content="数码摄影" />
<meta name="description" content="器材讨论、作品交流、后期技术与二手交易 ,光影部落" />
<meta name="generator" content="Discuz! X3.5" />
<meta name="author" content="Discuz! Team and Comsenz UI Team" />
<meta name="copyright" content="2001-2025 Discuz! Team." />
<meta name="MSSmartTagsPreventParsing" content="True" />
<meta http-equiv="MSThemeCompatible" content="Yes" />
<link rel="stylesheet" type="text/css" href="data/cache/style_1_common.css?Xa1" /><link rel="stylesheet" type="text/css" href="data/cache/style_1_forum_forumdisplay.css?Xa1" /><script type="text/javascript">var STYLEID = '1', STATICURL = 'static/', IMGDIR = 'static/image/common', VERHASH = 'Xa1', charset = 'utf-8', discuz_uid = '0', cookiepre = 'gybl_2132_', cookiedomain = '', cookiepath = '/', showusercard = '1', attackevasive = '0', disallowfloat = 'newthread', creditnotice = '1|威望|,2|金钱|,3|贡献|', defaultstyle = '', REPORTURL = 'aHR0cHM6Ly9iYnMuZ3Vhbmd5aW5nLmV4YW1wbGUvZm9ydW0ucGhw', SITEURL = 'https://bbs.guangying-bbs.cn/', JSPATH = 'data/cache/', CSSPATH = 'data/cache/style_', DYNAMICURL = '';</script>
<script src="data/cache/common.js?Xa1" type="text/javascript"></script>
<meta name="application-name" content="光影部落" />
<meta name="msapplication-tooltip" content="光影部落" />
<meta name="msapplication-task" content="name=论坛;action-uri=https://bbs.guangying-bbs.cn/forum.php;icon-uri=https://bbs.guangying-bbs.cn/static/image/common/bbs.ico" />
<link rel="archives" title="光影部落" href="https://bbs.guangying-bbs.cn/archiver/" />
<link rel="alternate" type="application/rss+xml" title="光影部落 - 数码摄影" href="https://bbs.guangying-bbs.cn/forum.php?mod=rss&fid={GY_FID}&amp;auth=0" />
<script src="data/cache/forum.js?Xa1" type="text/javascript"></script>
</head>

<body id="nv_forum" class="pg_forumdisplay" onkeydown="if(event.keyCode==27) return false;">
<div id="append_parent"></div><div id="ajaxwaitid"></div>
<div id="toptb" class="cl">
<div class="wp">
<div class="z"><a href="javascript:;"  onclick="setHomepage('https://bbs.guangying-bbs.cn/');">设为首页</a><a href="https://bbs.guangying-bbs.cn/"  onclick="addFavorite(this.href, '光影部落');return false;">收藏本站</a></div>
<div class="y">
<a id="switchblind" href="javascript:;" onclick="toggleBlind(this)" title="开启辅助访问" class="switchblind">开启辅助访问</a>
<a href="javascript:;" id="switchwidth" onclick="widthauto(this)" title="切换到宽版" class="switchwidth">切换到宽版</a>
</div>
</div>
</div>

<div id="hd">
<div class="wp">
<div class="hdc cl"><h2><a href="./" title="光影部落"><img src="static/image/common/logo.png" alt="光影部落" class="boardlogo" id="boardlogo" border="0" /></a></h2><script src="data/cache/logging.js?Xa1" type="text/javascript"></script>
<form method="post" autocomplete="off" id="lsform" action="member.php?mod=logging&amp;action=login&amp;loginsubmit=yes&amp;infloat=yes&amp;lssubmit=yes" onsubmit="return lsSubmit();">
<div class="fastlg cl">
<span id="return_ls" style="display:none"></span>
<div class="y pns">
<table cellspacing="0" cellpadding="0">
<tr>
<td><label for="ls_username">账号</label></td>
<td><input type="text" name="username" id="ls_username" class="px vm xg1"  value="用户名/Email" onfocus="if(this.value == '用户名/Email'){{this.value = '';this.className = 'px vm';}}" onblur="if(this.value == ''){{this.value = '用户名/Email';this.className = 'px vm xg1';}}" tabindex="901" /></td>
<td class="fastlg_l"><label for="ls_cookietime"><input type="checkbox" name="cookietime" id="ls_cookietime" class="pc" value="2592000" tabindex="903" />自动登录</label></td>
<td>&nbsp;<a href="javascript:;" onclick="showWindow('login', 'member.php?mod=logging&action=login&viewlostpw=1')">找回密码</a></td>
</tr>
<tr>
<td><label for="ls_password">密码</label></td>
<td><input type="password" name="password" id="ls_password" class="px vm" size="10" autocomplete="off" tabindex="902" /></td>
<td class="fastlg_l"><button type="submit" class="pn vm" tabindex="904" style="width: 75px;"><em>登录</em></button></td>
<td>&nbsp;<a href="member.php?mod=register" class="xi2 xw1">立即注册</a></td>
</tr>
</table>
<input type="hidden" name="formhash" value="{GY_HASH}" />
<input type="hidden" name="quickforward" value="yes" />
<input type="hidden" name="handlekey" value="ls" />
</div>
</div>
</form>
</div>

<div id="nv">
<a href="javascript:;" id="qmenu" onmouseover="delayShow(this, function () {{showMenu({{'ctrlid':'qmenu','pos':'34!','ctrlclass':'a','duration':2}});showForummenu({GY_FID});}})">快捷导航</a>
<ul><li class="a" id="mn_forum" ><a href="forum.php" hidefocus="true" title="BBS"  >论坛<span>BBS</span></a></li><li id="mn_N2a3c" ><a href="forum.php?mod=guide" hidefocus="true" title="Guide"  >导读<span>Guide</span></a></li><li id="mn_N12a7" ><a href="misc.php?mod=ranklist" hidefocus="true" title="Ranklist"  >排行榜<span>Ranklist</span></a></li><li id="mn_N5d41" ><a href="forum.php?mod=collection" hidefocus="true" title="Collection"  >淘帖<span>Collection</span></a></li></ul>
</div>
<div class="p_pop h_pop" id="mn_userapp_menu" style="display: none"></div><div id="mu" class="cl">
</div><div id="scbar" class="cl">
<form id="scbar_form" method="post" autocomplete="off" onsubmit="searchFocus($('scbar_txt'))" action="search.php?searchsubmit=yes" target="_blank">
<input type="hidden" name="mod" id="scbar_mod" value="search" />
<input type="hidden" name="formhash" value="{GY_HASH}" />
<input type="hidden" name="srchtype" value="title" />
<input type="hidden" name="srhfid" value="{GY_FID}" />
<input type="hidden" name="srhlocality" value="forum::forumdisplay" />
<table cellspacing="0" cellpadding="0">
<tr>
<td class="scbar_icon_td"></td>
<td class="scbar_txt_td"><input type="text" name="srchtxt" id="scbar_txt" value="请输入搜索内容" autocomplete="off" x-webkit-speech speech /></td>
<td class="scbar_type_td"><a href="javascript:;" id="scbar_type" class="xg1 showmenu" onclick="showMenu(this.id)" hidefocus="true">搜索</a></td>
<td class="scbar_btn_td"><button type="submit" name="searchsubmit" id="scbar_btn" sc="1" class="pn pnc" value="true"><strong class="xi2">搜索</strong></button></td>
<td class="scbar_hot_td">
<div id="scbar_hot">
<strong class="xw1">热搜: </strong>

<a href="search.php?mod=forum&amp;srchtxt=%E5%AF%8C%E5%A3%ABX100VI&amp;formhash={GY_HASH}&amp;searchsubmit=true&amp;source=hotsearch" target="_blank" class="xi2" sc="1">富士X100VI</a>



<a href="search.php?mod=forum&amp;srchtxt=%E6%A8%B1%E8%8A%B1&amp;formhash={GY_HASH}&amp;searchsubmit=true&amp;source=hotsearch" target="_blank" class="xi2" sc="1">樱花</a>



<a href="search.php?mod=forum&amp;srchtxt=%E4%BA%8C%E6%89%8B%E9%95%9C%E5%A4%B4&amp;formhash={GY_HASH}&amp;searchsubmit=true&amp;source=hotsearch" target="_blank" class="xi2" sc="1">二手镜头</a>

</div>
</td>
</tr>
</table>
</form>
</div>
<ul id="scbar_type_menu" class="p_pop" style="display: none;"><li><a href="javascript:;" rel="curforum" fid="{GY_FID}" >本版</a></li><li><a href="javascript:;" rel="forum" class="curtype">帖子</a></li><li><a href="javascript:;" rel="user">用户</a></li></ul>
<script type="text/javascript">
initSearchmenu('scbar', '');
</script>
</div>
</div>

<div id="wp" class="wp">
<style id="diy_style" type="text/css"></style>
<!--[diy=diynavtop]--><div id="diynavtop" class="area"></div><!--[/diy]-->
<div id="pt" class="bm cl">
<div class="z">
<a href="./" class="nvhm" title="首页">光影部落</a> <em>&raquo;</em><a href="forum.php">论坛</a> <em>&rsaquo;</em> <a href="forum.php?gid=1">器材与摄影</a> <em>&rsaquo;</em> <a href="forum.php?mod=forumdisplay&fid={GY_FID}">数码摄影</a></div>
</div>
<div class="wp">
<!--[diy=diy1]--><div id="diy1" class="area"></div><!--[/diy]-->
</div>
<div class="boardnav">
<div id="ct" class="wp cl">
<div class="mn">
<div class="bm bml pbn">
<div class="bm_h cl">
<span class="o"><img id="forum_rules_{GY_FID}_img" src="static/image/common/collapsed_no.gif" title="收起/展开" alt="收起/展开" onclick="toggle_collapse('forum_rules_{GY_FID}')" /></span><span class="y"><a href="home.php?mod=spacecp&amp;ac=favorite&amp;type=forum&amp;id={GY_FID}&amp;handlekey=favoriteforum&amp;formhash={GY_HASH}" id="a_favorite" class="fa_fav" onclick="showWindow(this.id, this.href, 'get', 0);">收藏本版 <strong class="xi1" id="number_favorite" >(<span id="number_favorite_num">1288</span>)</strong></a>
<span class="pipe">|</span><a href="forum.php?mod=rss&amp;fid={GY_FID}&amp;auth=0" class="fa_rss" target="_blank" title="RSS">订阅</a>
</span>
<h1 class="xs2">
<a href="forum.php?mod=forumdisplay&fid={GY_FID}">数码摄影</a>
<span class="xs1 xw0 i">今日: <strong class="xi1">37</strong><span class="pipe">|</span>主题: <strong class="xi1">18426</strong><span class="pipe">|</span>排名: <strong class="xi1" title="上次排名:3">2</strong><b class="ico_increase">&nbsp;</b></span></h1>
</div>
<div class="bm_c cl pbn">
<div id="forum_rules_{GY_FID}" style="">
<div class="ptn xg2">器材讨论、作品交流、后期技术与二手交易。发帖请选择分类，二手交易请注明所在城市。</div>
</div>
<div class="pbn">版主: <span class="xi2"><a href="home.php?mod=space&username=%E9%95%9C%E5%A4%B4%E5%90%8E%E7%9A%84%E7%8C%AB" class="notabs" c="1">镜头后的猫</a>, <a href="home.php?mod=space&username=%E8%80%81%E6%B3%95%E5%B8%88%E7%8E%8B%E5%B7%A5" class="notabs" c="1">老法师王工</a></span></div>
</div>
</div>

<div class="drag">
<!--[diy=diy4]--><div id="diy4" class="area"></div><!--[/diy]-->
</div>

<div id="pgt" class="bm bw0 pgs cl">
<span id="fd_page_top">{pg}</span>
<span class="pgb y"  ><a href="forum.php">返&nbsp;回</a></span>
<a href="javascript:;" id="newspecial" onmouseover="$('newspecial').id = 'newspecialtmp';this.id = 'newspecial';showMenu({{'ctrlid':this.id}})" onclick="showWindow('newthread', 'forum.php?mod=post&action=newthread&fid={GY_FID}')" title="发新帖"><img src="static/image/common/pn_post.png" alt="发新帖" /></a></div>
<ul id="thread_types" class="ttp bm cl">
<li id="ttp_all" class="xw1 a"><a href="forum.php?mod=forumdisplay&fid={GY_FID}">全部</a></li>
{types}
</ul>
<script type="text/javascript">showTypes('thread_types');</script>
<div id="threadlist" class="tl bm bmw">
<div class="th">
<table cellspacing="0" cellpadding="0">
<tr>
<th colspan="2">
<div class="tf">
<span id="atarget" onclick="setatarget(1)" class="y" title="在新窗口中打开帖子">新窗</span>
&nbsp;<a id="filter_special" href="javascript:;" class="showmenu xi2" onclick="showMenu(this.id)">全部主题</a>&nbsp;
<a href="forum.php?mod=forumdisplay&fid={GY_FID}&amp;filter=lastpost&amp;orderby=lastpost" class="xi2">最新</a>&nbsp;
<a href="forum.php?mod=forumdisplay&fid={GY_FID}&amp;filter=heat&amp;orderby=heats" class="xi2">热门</a>&nbsp;
<a href="forum.php?mod=forumdisplay&fid={GY_FID}&amp;filter=hot" class="xi2">热帖</a>&nbsp;
<a href="forum.php?mod=forumdisplay&fid={GY_FID}&amp;filter=digest&amp;digest=1" class="xi2">精华</a>&nbsp;
<a id="filter_dateline" href="javascript:;" class="showmenu xi2" onclick="showMenu(this.id)">更多</a>&nbsp;
<a id="filter_orderby" href="javascript:;" class="showmenu xi2" onclick="showMenu(this.id)">排序</a>&nbsp;
</div>
</th>
<td class="by">作者</td>
<td class="num">回复/查看</td>
<td class="by">最后发表</td>
</tr>
</table>
</div>
<div class="bm_c">
<script type="text/javascript">var lasttime = 1741940400;var listcolspan= '5';</script>
<div id="forumnew" style="display:none"></div>
<form method="post" autocomplete="off" name="moderate" id="moderate" action="forum.php?mod=topicadmin&amp;action=moderate&amp;fid={GY_FID}&amp;infloat=yes&amp;nopost=yes">
<input type="hidden" name="formhash" value="{GY_HASH}" />
<input type="hidden" name="listextra" value="page%3D{number}" />
<table summary="forum_{GY_FID}" cellspacing="0" cellpadding="0" id="threadlisttableid">
{chr(10).join(rows)}
</table><!-- end of table "forum_G[fid]" branch 1/3 -->
</form>
</div>
</div>
{autopbn}
<div id="filter_special_menu" class="p_pop" style="display:none" change="location.href='forum.php?mod=forumdisplay&fid={GY_FID}&filter='+$('filter_special').value">
<ul>
<li><a href="forum.php?mod=forumdisplay&fid={GY_FID}">全部主题</a></li>
<li><a href="forum.php?mod=forumdisplay&fid={GY_FID}&amp;filter=specialtype&amp;specialtype=poll">投票</a></li>
<li><a href="forum.php?mod=forumdisplay&fid={GY_FID}&amp;filter=specialtype&amp;specialtype=activity">活动</a></li>
</ul>
</div>
<div id="filter_dateline_menu" class="p_pop" style="display:none">
<ul class="pop_moremenu">
<li>时间: <a href="forum.php?mod=forumdisplay&fid={GY_FID}&amp;orderby=lastpost&amp;filter=dateline" class="xw1">全部时间</a><span class="pipe">|</span><a href="forum.php?mod=forumdisplay&fid={GY_FID}&amp;orderby=lastpost&amp;filter=dateline&amp;dateline=86400">一天</a><span class="pipe">|</span><a href="forum.php?mod=forumdisplay&fid={GY_FID}&amp;orderby=lastpost&amp;filter=dateline&amp;dateline=172800">两天</a><span class="pipe">|</span><a href="forum.php?mod=forumdisplay&fid={GY_FID}&amp;orderby=lastpost&amp;filter=dateline&amp;dateline=604800">一周</a></li>
</ul>
</div>
<div class="bm bw0 pgs cl">
<span id="fd_page_bottom">{pg}</span>
<span class="pgb y"><a href="forum.php">返&nbsp;回</a></span>
<a href="javascript:;" id="newspecialtmp" onmouseover="$('newspecial').id = 'newspecialtmp';this.id = 'newspecial';showMenu({{'ctrlid':this.id}})" onclick="showWindow('newthread', 'forum.php?mod=post&action=newthread&fid={GY_FID}')" title="发新帖"><img src="static/image/common/pn_post.png" alt="发新帖" /></a>
</div>
<!--[diy=diyfastposttop]--><div id="diyfastposttop" class="area"></div><!--[/diy]-->
<div class="drag">
<!--[diy=diyforumdisplaybottom]--><div id="diyforumdisplaybottom" class="area"></div><!--[/diy]-->
</div>
</div>
</div>
</div>
</div>

<div id="ft" class="wp cl">
<div id="flk" class="y">
<p>
<a href="archiver/" >Archiver</a><span class="pipe">|</span><a href="forum.php?mobile=yes" >手机版</a><span class="pipe">|</span><a href="forum.php?mod=misc&action=showdarkroom" >小黑屋</a><span class="pipe">|</span><strong><a href="https://bbs.guangying-bbs.cn/" target="_blank">光影部落</a></strong>
( <a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备2021038541号-1</a> )</p>
<p class="xs0">
GMT+8, 2025-3-14 16:20<span id="debuginfo">
, Processed in 0.048312 second(s), 22 queries
.
</span>
</p>
</div>
<div id="frt">
<p>Powered by <strong><a href="https://www.discuz.vip/" target="_blank">Discuz!</a></strong> <em>X3.5</em></p>
<p class="xs0">&copy; 2001-2025 <a href="https://code.dismall.com/" target="_blank">Discuz! Team</a>.</p>
</div></div>
<script src="home.php?mod=misc&ac=sendmail&rand=1741940400" type="text/javascript"></script>

<div id="scrolltop">
<span hidefocus="true"><a title="返回顶部" onclick="window.scrollTo('0','0')" class="scrolltopa" ><b>返回顶部</b></a></span>
<span hidefocus="true"><a href="forum.php?mod=forumdisplay&fid={GY_FID}" hidefocus="true" class="returnboard" title="返回版块"><b>返回版块</b></a></span>
</div>
<script type="text/javascript">_attachEvent(window, 'scroll', function () {{ showTopLink(); }});checkBlind();</script>
</body>
</html>"""


@twentyseventh
def build_guangying_bbs() -> None:
    s = Site(
        "guangying-bbs",
        kind="forum thread list, Chinese (Discuz! X3.5 forumdisplay, default template as a guest: toptb, quick-login table, nav, scbar with hot searches, #pt breadcrumb, board header 今日 / 主题 / 排名 + 版主, thread-type tabs with counts, div.pg pagers above and below ('strong' current page, '/ 3 页', a.nxt 下一页 to &page=N), table#threadlisttableid of tbody#stickthread_N (page one) / separatorline / tbody#normalthread_N: folder icon, th.new / th.common with '[类型]' em link, a.s.xst title, attachment / heat / agree / digest icons, New link, in-row span.tps page links, td.by cite author + em date ('2025-3-2' or a relative '前天&nbsp;15:24' whose day is in span[title]), td.num replies link + views em, last poster + lastpost redirect link with 'Y-n-j H:i' title; the autopbn 下一页 » button, footer with ICP number)",
        start=f"forum.php?mod=forumdisplay&fid={GY_FID}",
        description="A Chinese photography community ('光影部落') board '数码摄影' on Discuz! X3.5 with the default template, as a guest, sorted by last post (15 threads a page; page time GMT+8 2025-3-14 16:20): the XHTML doctype, meta generator 'Discuz! X3.5', cached CSS, the global JS variables; div#toptb (设为首页 / 收藏本站 / 开启辅助访问 / 切换到宽版), the logo and the fastlg login table (账号 / 密码 / 自动登录 / 找回密码 / 登录 / 立即注册); div#nv (论坛 / 导读 / 排行榜 / 淘帖); the search bar with three hot-search links; div#pt breadcrumb (光影部落 » 论坛 › 器材与摄影 › 数码摄影); the board header (收藏本版 (1288), 订阅, h1 '数码摄影' + 今日: 37 | 主题: 18426 | 排名: 2), the board rules line and two 版主 links; div#pgt with the top div.pg pager (prev arrow from page two, numbered links, strong current page, the custompage box '/ 3 页', a.nxt 下一页), 返回 and the 发新帖 image button; ul#thread_types (全部 + five types with span.num counts); div#threadlist: the th bar (新窗, 全部主题 / 最新 / 热门 / 热帖 / 精华 / 更多 / 排序, 作者, 回复/查看, 最后发表), then the moderate form's table#threadlisttableid: on page one two tbody#stickthread_N rows (pin icon, one bold red title) and tbody#separatorline '隐藏置顶帖', on later pages an empty separator; each tbody#normalthread_N: td.icn folder link, th.new / th.common with 更多操作 / 预览 links, em '[器材]' type link, a.s.xst title to forum.php?mod=viewthread&tid=N&extra=page%3DP, attachment / heat / agree / digest icons and a 'New' lastpost link on some, span.tps in-thread page links on long threads; td.by cite author link to home.php?mod=space&uid=N + em > span date ('2025-3-2', or within the week a relative '3&nbsp;小时前' / '昨天&nbsp;18:40' / '前天&nbsp;15:24' / '4&nbsp;天前' inside span[title='2025-3-12'], class xi1 when posted today); td.num a.xi2 replies + em views; td.by last poster link (urlencoded username) + em > a lastpost redirect with 'Y-n-j H:i' or the same relative form with span[title='2025-3-14 16:05']; the autopbn '下一页 »' button (rel holds the next page URL), filter menus, the bottom pager, footer (Archiver | 手机版 | 小黑屋, ICP number, GMT+8 time, Powered by Discuz! X3.5). 2 stickies + 15 + 15 + 9 threads. Written down: title, url (as on its page), type, author, date (ISO, posted), replies, views, last_poster, last_post_date (ISO day).",
    )
    pages = chunks(GY_NORMAL, [GY_PER_PAGE, GY_PER_PAGE, len(GY_NORMAL) - 2 * GY_PER_PAGE])
    for number, batch in enumerate(pages, 1):
        html = _gy_page(number, len(pages), batch)
        if number == 1:
            s.list_page(f"forum.php@mod=forumdisplay&fid={GY_FID}", html)
            s.write(f"forum.php@mod=forumdisplay&fid={GY_FID}&page=1", html)
        else:
            s.list_page(f"forum.php@mod=forumdisplay&fid={GY_FID}&page={number}", html)
    numbered = [(t, 1) for t in GY_STICKY] + [(t, i // GY_PER_PAGE + 1) for i, t in enumerate(GY_NORMAL)]
    for (tid, kind, title, author, _uid, posted, replies, views, last, last_at, _flags), page in numbered:
        s.expect(
            {
                "title": title,
                "url": f"/forum.php?mod=viewthread&tid={tid}&extra=page%3D{page}",
                "type": kind,
                "author": author,
                "date": posted.date().isoformat(),
                "replies": replies,
                "views": views,
                "last_poster": last,
                "last_post_date": last_at.date().isoformat(),
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# swapnest: Gumtree UK search results (2024–25 React front end), twenty ads a page.
# ---------------------------------------------------------------------------------------------------

SN_QUERY = "search_category=bicycles&search_location=Bristol&q=road+bike"
SN_PER_PAGE = 20
SN_BUILD = "k8Zq2V0xRmT4cW1pLh7sN"
SnAd = tuple[int, str, int, str, str, str, int, bool, bool]

#: (id, title, price in pounds, location, description snippet, posted age, photo count, featured, urgent), in
#: the search's order (featured ads lead each page).
SN_ADS: list[SnAd] = [
    (
        1489027311,
        "Specialized Allez Sport road bike 56cm - serviced",
        375,
        "Clifton, Bristol",
        "Aluminium frame, Shimano Sora 9 speed, new chain and cassette last month. Minor scuffs on top tube, rides perfectly.",
        "3 hours ago",
        8,
        True,
        False,
    ),
    (
        1488710452,
        "Trek Domane AL 2 Disc 2023 54cm",
        520,
        "Bishopston, Bristol",
        "Barely used, bought last spring. Hydraulic disc upgrade, tubeless ready wheels. Receipt available.",
        "1 day ago",
        11,
        True,
        True,
    ),
    (
        1489101876,
        "Carrera Zelos road bike, 20 inch frame",
        140,
        "Fishponds, Bristol",
        "Good starter bike. 14 gears, recently new brake pads. Collection only.",
        "18 mins ago",
        5,
        False,
        False,
    ),
    (
        1489093340,
        "Boardman SLR 8.9 carbon road bike - size M",
        895,
        "Redland, Bristol",
        "Full carbon, Shimano 105 R7000 groupset, Mavic Aksium wheels. Garage kept, never crashed.",
        "42 mins ago",
        12,
        False,
        False,
    ),
    (
        1489088219,
        "Ladies Giant Avail road bike small",
        210,
        "Keynsham, Bristol",
        "Lovely light bike in white and teal. Compact chainset, good for hills. Pedals included.",
        "1 hour ago",
        6,
        False,
        False,
    ),
    (
        1489075102,
        "Vintage Raleigh Record Sprint 1982 - restored",
        260,
        "Totterdown, Bristol",
        "Reynolds 531 frame, resprayed in original red. New bar tape and tyres. A real head-turner.",
        "2 hours ago",
        9,
        False,
        False,
    ),
    (
        1489061958,
        "Cube Attain GTC Race carbon 58cm",
        1150,
        "Portishead, Bristol",
        "2022 model, Shimano 105 hydraulic discs. Upgraded Fulcrum Racing 400 wheels. Some chips on the fork.",
        "3 hours ago",
        10,
        False,
        False,
    ),
    (
        1489044730,
        "Road bike for spares or repair",
        35,
        "Kingswood, Bristol",
        "Frame and forks fine, gears need new cables. Ideal project. Cash on collection.",
        "4 hours ago",
        3,
        False,
        True,
    ),
    (
        1489032187,
        "Cannondale CAAD Optimo 3 Sora 51cm",
        430,
        "Southville, Bristol",
        "Ridden about 600 miles. Comes with two bottle cages and a saddle bag.",
        "5 hours ago",
        7,
        False,
        False,
    ),
    (
        1489019925,
        "Ribble CGR AL gravel/road bike, large",
        640,
        "Horfield, Bristol",
        "Shimano GRX, 40mm tyres, mudguard mounts. Perfect commuter or winter bike.",
        "6 hours ago",
        9,
        False,
        False,
    ),
    (
        1488994061,
        "Kids road bike 24 inch wheels - Frog 67",
        285,
        "Westbury-on-Trym, Bristol",
        "Outgrown, lightweight aluminium frame. Fits roughly 8 to 11 years.",
        "9 hours ago",
        6,
        False,
        False,
    ),
    (
        1488976530,
        "BTwin Triban RC 120 road bike size L",
        180,
        "St George, Bristol",
        "Flat pedals, kickstand fitted. A few marks but mechanically sound.",
        "11 hours ago",
        4,
        False,
        False,
    ),
    (
        1488951277,
        "Orbea Orca M30 carbon 55cm Ultegra",
        1350,
        "Clifton, Bristol",
        "Selling as moving abroad. Shimano Ultegra mechanical, carbon seatpost, Continental GP5000s.",
        "13 hours ago",
        14,
        False,
        True,
    ),
    (
        1488932814,
        "Claud Butler San Remo road bike",
        95,
        "Bedminster, Bristol",
        "Older bike but runs well. Friction shifters, some rust on bolts.",
        "16 hours ago",
        5,
        False,
        False,
    ),
    (
        1488910396,
        "Merida Scultura 400 2021 - 52cm",
        690,
        "Frenchay, Bristol",
        "Shimano 105, carbon fork, well maintained. Bike shop service in January.",
        "20 hours ago",
        8,
        False,
        False,
    ),
    (
        1488887105,
        "Pinarello Prima road bike 53cm, Campagnolo",
        480,
        "Long Ashton, Bristol",
        "Classic Italian frame, Campagnolo Veloce groupset. New handlebar tape.",
        "1 day ago",
        7,
        False,
        False,
    ),
    (
        1488863471,
        "Voodoo Limba road bike 54cm",
        150,
        "Lockleaze, Bristol",
        "8 speed Claris, mudguards fitted. Used for commuting, some wear on the saddle.",
        "1 day ago",
        4,
        False,
        False,
    ),
    (
        1488841620,
        "Felt FR60 road bike 56cm",
        395,
        "Filton, Bristol",
        "Lightweight alloy frame, Shimano Tiagra. Comes with Look Keo pedals.",
        "1 day ago",
        6,
        False,
        False,
    ),
    (
        1488815093,
        "Genesis Croix de Fer 10 - medium",
        560,
        "Easton, Bristol",
        "Steel all-road bike, Tiagra 4700, mechanical discs, rack and mudguards included.",
        "1 day ago",
        9,
        False,
        False,
    ),
    (
        1488790544,
        "Ladies Liv Langma Advanced 2 - XS",
        1050,
        "Henleaze, Bristol",
        "Carbon race bike, 105 groupset, SRAM power meter not included. Very good condition.",
        "2 days ago",
        10,
        False,
        False,
    ),
    (
        1488772209,
        "Cervelo R3 frame + Dura-Ace 9000 build, 54cm",
        1480,
        "Clifton, Bristol",
        "Upgraded over the years: Dura-Ace 9000 groupset, Zipp bars, Hunt carbon wheels.",
        "2 days ago",
        13,
        True,
        False,
    ),
    (
        1488765911,
        "Triban RC 500 disc road bike M/L",
        330,
        "Brislington, Bristol",
        "Mechanical discs, flared bars, 32mm tyres. New chain in February.",
        "2 days ago",
        7,
        True,
        False,
    ),
    (
        1488749386,
        "Specialized Dolce women's road bike 51cm",
        290,
        "Downend, Bristol",
        "Light, comfortable, Shimano Claris. Bought new in 2020, ridden occasionally.",
        "2 days ago",
        6,
        False,
        False,
    ),
    (
        1488731052,
        "Dawes Galaxy touring bike 56cm - Reynolds 631",
        425,
        "Montpelier, Bristol",
        "Classic tourer, Deore rear mech, front and rear racks. Ready for a big trip.",
        "2 days ago",
        8,
        False,
        False,
    ),
    (
        1488712847,
        "Giant TCR Advanced 2 2020 - size M",
        925,
        "Stoke Gifford, Bristol",
        "Carbon frame, 105 hydraulic, tubeless setup. Small scratch near the bottom bracket.",
        "3 days ago",
        11,
        False,
        False,
    ),
    (
        1488694415,
        "Road bike helmet and shoes bundle with bike",
        120,
        "Hanham, Bristol",
        "Apollo road bike, helmet size M, SPD-SL shoes size 43. Selling together only.",
        "3 days ago",
        5,
        False,
        False,
    ),
    (
        1488671930,
        "Bianchi Via Nirone 7 Sora 55cm",
        460,
        "Redland, Bristol",
        "Celeste green, Sora 9 speed, serviced at Bike Shed last month.",
        "3 days ago",
        9,
        False,
        False,
    ),
    (
        1488653276,
        "Scott Speedster 40 road bike 56cm",
        310,
        "Yate, Bristol",
        "Claris 8 speed, new tyres. Minor cosmetic marks, rides great.",
        "3 days ago",
        6,
        False,
        False,
    ),
    (
        1488632018,
        "Single speed road bike fixie, 58cm",
        130,
        "Stokes Croft, Bristol",
        "Flip-flop hub, bullhorn bars, front brake. Light and quick around town.",
        "4 days ago",
        4,
        False,
        False,
    ),
    (
        1488611739,
        "Canyon Endurace CF 7 2022 size L",
        1275,
        "Bradley Stoke, Bristol",
        "Carbon endurance bike, 105 Di2 upgrade not included, stock 105 mechanical.",
        "4 days ago",
        12,
        False,
        True,
    ),
    (
        1488590402,
        "Raleigh Criterium Sport road bike",
        120,
        "Kingswood, Bristol",
        "14 speed, hybrid-style saddle. Fine for leisure rides.",
        "4 days ago",
        3,
        False,
        False,
    ),
    (
        1488568824,
        "Planet X London Road SRAM Rival 1x, large",
        720,
        "Bishopsworth, Bristol",
        "All-road, 1x11 Rival hydraulic, thru-axles. Well looked after.",
        "5 days ago",
        8,
        False,
        False,
    ),
    (
        1488547190,
        "Wilier GTR Team road bike 57cm",
        850,
        "Clifton, Bristol",
        "Shimano 105 11 speed, carbon frame, Fulcrum wheels. New bottom bracket.",
        "5 days ago",
        10,
        False,
        False,
    ),
    (
        1488525331,
        "Women's Trek Lexa road bike 50cm",
        250,
        "Whitchurch, Bristol",
        "Lovely condition, Shimano Claris, comes with bottle cage and lights.",
        "6 days ago",
        7,
        False,
        False,
    ),
    (
        1488503966,
        "Lapierre Xelius SL carbon 53cm",
        1190,
        "Pill, Bristol",
        "Ultegra 6800, Mavic Ksyrium Elite wheels, new tyres. Light climbing bike.",
        "6 days ago",
        11,
        False,
        False,
    ),
    (
        1488482475,
        "Apollo Paradox road bike 54cm",
        70,
        "Lawrence Hill, Bristol",
        "Needs a new rear tyre, otherwise works. Collection only please.",
        "1 week ago",
        3,
        False,
        False,
    ),
    (
        1488460107,
        "Boardman ADV 8.9 gravel bike, medium",
        780,
        "Thornbury, Bristol",
        "Carbon gravel bike, SRAM Apex 1x, 42mm tyres. Used on road mostly.",
        "1 week ago",
        9,
        False,
        False,
    ),
    (
        1488438829,
        "Fuji Sportif 2.1 road bike 56cm",
        340,
        "Chipping Sodbury, Bristol",
        "Endurance geometry, Shimano Sora. Recently serviced.",
        "1 week ago",
        6,
        False,
        False,
    ),
    (
        1488417455,
        "Condor Fratello steel road bike, 55cm",
        875,
        "Clifton, Bristol",
        "Columbus steel, Shimano 105, Hunt wheels, full mudguards. Beautiful bike.",
        "1 week ago",
        10,
        False,
        False,
    ),
    (
        1488396038,
        "Carrera Virtuoso road bike, small",
        165,
        "Patchway, Bristol",
        "Light alloy frame, 16 speed. Comes with pump and lock.",
        "1 week ago",
        5,
        False,
        False,
    ),
    (
        1488374680,
        "Ridley Fenix SL Disc 105, size M",
        1020,
        "Backwell, Bristol",
        "Endurance carbon, hydraulic discs, tubeless wheels. Regularly serviced.",
        "2 weeks ago",
        11,
        True,
        False,
    ),
    (
        1488353141,
        "Cube Attain road bike 53cm",
        390,
        "Ashton Gate, Bristol",
        "Shimano Claris, disc brakes. Good condition.",
        "2 weeks ago",
        6,
        True,
        False,
    ),
    (
        1488331772,
        "Road bike turbo trainer + bike",
        220,
        "Nailsea, Bristol",
        "Old Trek 1.1 with Elite turbo trainer and riser block.",
        "2 weeks ago",
        5,
        False,
        False,
    ),
    (
        1488310299,
        "Eddy Merckx EMX-3 carbon 56cm",
        990,
        "Clevedon, Bristol",
        "Campagnolo Athena 11 speed, Shamal wheels, great condition for age.",
        "2 weeks ago",
        12,
        False,
        False,
    ),
    (
        1488288832,
        "Kona Rove AL 700 - 54cm",
        540,
        "Fishponds, Bristol",
        "Gravel/road, flared bars, Tiagra. Tyres nearly new.",
        "3 weeks ago",
        7,
        False,
        False,
    ),
    (
        1488267460,
        "Saracen Hack gravel road bike, L",
        295,
        "Emersons Green, Bristol",
        "Steel frame, Sora, mechanical discs. Small rust spot on chainstay.",
        "3 weeks ago",
        4,
        False,
        False,
    ),
]

SN_CATS = [
    ("Road Bikes", 412),
    ("Gravel & Cyclocross Bikes", 97),
    ("Hybrid Bikes", 188),
    ("Vintage & Retro Bikes", 54),
    ("Women's Bikes", 73),
    ("Kids' Bikes", 21),
]


def _sn_money(pounds: int) -> str:
    return f"£{pounds:,}"


def _sn_href(page: int) -> str:
    query = SN_QUERY.replace("&", "&amp;")
    return f"/search?{query}" if page == 1 else f"/search?{query}&amp;page={page}"


def _sn_url(ad: SnAd) -> str:
    return f"/p/bicycles/{slug(ad[1])}/{ad[0]}"


def _sn_tile(ad: SnAd, position: int) -> str:
    number, title, price, location, text, age, photos, featured, urgent = ad
    labels = []
    if featured:
        labels.append('<span class="css-1ph4f4u e1g0fh2s1" data-q="tile-featured-label">Featured</span>')
    if urgent:
        labels.append('<span class="css-o1x8ru e1g0fh2s0" data-q="tile-urgent-label">Urgent</span>')
    label_html = f'<div class="css-n3v4xk e1g0fh2s2">{"".join(labels)}</div>' if labels else ""
    return f"""<article class="css-1bq4cr8 e25keea22" data-q="search-result" data-ad-id="{number}" data-position="{position}">
<a class="css-1qz3tdf e25keea21" data-q="search-result-anchor" href="{_sn_url(ad)}">
<div class="css-1n9lx2b e25keea20" data-q="tile-image">
<figure class="css-13vhf7y e1mtnvpc1"><img class="css-1c0w1yd e1mtnvpc0" src="https://img.swapnest.co.uk/ad/{number}/0/300x225.jpg" alt="{esc(title)}" loading="{"eager" if position < 4 else "lazy"}" width="300" height="225"/></figure>
<div class="css-19qb9n7 e25keea19" data-q="image-count"><svg aria-hidden="true" class="css-w8bq3u e1gvjp3c0" viewBox="0 0 24 24"><use href="#icon-camera"></use></svg><span>{photos}</span></div>
<button class="css-1eag5w4 e1bx5hd10" type="button" aria-label="Save ad" data-q="favourite-button"><svg aria-hidden="true" viewBox="0 0 24 24"><use href="#icon-heart"></use></svg></button>
</div>
<div class="css-1dknh3u e25keea18">
{label_html}
<div class="css-1uk1gs8 e25keea17" data-q="tile-title">{esc(title)}</div>
<div class="css-hbjyjw e25keea16" data-q="tile-location">{esc(location)}</div>
<div class="css-1ygzid9 e25keea15" data-q="tile-price">{_sn_money(price)}</div>
<div class="css-1ykmg0g e25keea14" data-q="tile-description">{esc(text)}</div>
<div class="css-1l0qy2f e25keea13"><div class="css-zu7i7k e25keea12" data-q="tile-datePosted">{age}</div></div>
</div>
</a>
</article>"""


def _sn_ad_slot(index: int) -> str:
    return f"""<div class="css-5kpq0h e1x2zadq0" data-q="adsense-tile" id="tile-ad-slot-{index}" data-slot-name="srp-tile-{index}"><div class="css-1xdhyk6 e1x2zadq1">Advertisement</div><div id="div-gpt-ad-srp-tile-{index}" style="min-height:250px"></div></div>"""


def _sn_partner() -> str:
    return """<div class="css-9cvq1m e1tbx9ox0" data-q="partnership-tile"><a class="css-1p1wdyr e1tbx9ox1" href="https://ad.doubleclick.net/ddm/trackclk/N1234.swapnest/B31880241.404416;dc_trk_aid=587123;dc_trk_cid=2149" rel="sponsored noopener" target="_blank"><span class="css-1xdhyk6 e1x2zadq1">Sponsored</span><div class="css-1x7yy3h e1tbx9ox2">Ride to work and save up to 47% with Cyclescheme</div><div class="css-15m6qyx e1tbx9ox3">Check your eligibility in two minutes</div></a></div>"""


def _sn_pagination(number: int, total: int) -> str:
    parts = []
    if number > 1:
        parts.append(
            f'<a class="css-1o5dgbf e1gpqrhm3" data-q="pagination-back-page" aria-label="Previous page" href="{_sn_href(number - 1)}"><svg aria-hidden="true" viewBox="0 0 24 24"><use href="#icon-chevron-left"></use></svg><span>Previous</span></a>'
        )
    for page in range(1, total + 1):
        if page == number:
            parts.append(
                f'<span class="css-15ekhgd e1gpqrhm1" aria-current="page" data-q="pagination-current-page">{page}</span>'
            )
        else:
            parts.append(
                f'<a class="css-u2iefw e1gpqrhm2" data-q="pagination-link" aria-label="Page {page}" href="{_sn_href(page)}">{page}</a>'
            )
    if number < total:
        parts.append(
            f'<a class="css-1o5dgbf e1gpqrhm0" data-q="pagination-forward-page" aria-label="Next page" href="{_sn_href(number + 1)}"><span>Next</span><svg aria-hidden="true" viewBox="0 0 24 24"><use href="#icon-chevron-right"></use></svg></a>'
        )
    return '<nav class="css-1c1ylbx e1gpqrhm4" aria-label="pagination" data-q="pagination">' + "".join(parts) + "</nav>"


def _sn_next_data(number: int, ads: list[SnAd], total: int) -> str:
    listings = [
        {
            "id": str(a[0]),
            "title": a[1],
            "price": {"amount": a[2] * 100, "currency": "GBP", "displayPrice": _sn_money(a[2])},
            "location": a[3],
            "description": a[4],
            "age": a[5],
            "imageCount": a[6],
            "isFeatured": a[7],
            "isUrgent": a[8],
            "url": _sn_url(a),
            "category": {"id": "10442", "seoName": "bicycles"},
        }
        for a in ads
    ]
    data = {
        "props": {
            "pageProps": {
                "searchResults": {
                    "listings": listings,
                    "totalCount": len(SN_ADS),
                    "page": number,
                    "pageSize": SN_PER_PAGE,
                    "totalPages": total,
                },
                "searchParams": {
                    "search_category": "bicycles",
                    "search_location": "Bristol",
                    "q": "road bike",
                    "distance": 10,
                },
                "experiments": {"SRP_TILE_V3": "B", "GTP_1420": "A"},
            },
            "__N_SSP": True,
        },
        "page": "/search",
        "query": {"search_category": "bicycles", "search_location": "Bristol", "q": "road bike"}
        | ({"page": str(number)} if number > 1 else {}),
        "buildId": SN_BUILD,
        "isFallback": False,
        "gssp": True,
        "locale": "en-GB",
        "locales": ["en-GB"],
        "defaultLocale": "en-GB",
        "scriptLoader": [],
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")


def _sn_page(number: int, total: int, ads: list[SnAd], first: int) -> str:
    tiles = []
    for i, ad in enumerate(ads):
        tiles.append(_sn_tile(ad, first + i + 1))
        if i == 4:
            tiles.append(_sn_ad_slot(1))
        if i == 11:
            tiles.append(_sn_partner())
        if i == 15:
            tiles.append(_sn_ad_slot(2))
    cats = "\n".join(
        f'<li class="css-6tq0j4 e1yk7a1u1"><a class="css-1pt3m7x e1yk7a1u0" href="/search?search_category={slug(name)}&amp;search_location=Bristol&amp;q=road+bike">{esc(name)} <span class="css-c1w9y3 e1yk7a1u2">({count})</span></a></li>'
        for name, count in SN_CATS
    )
    shown_to = first + len(ads)
    prev_link = f'<link rel="prev" href="https://www.swapnest.co.uk{_sn_href(number - 1)}"/>' if number > 1 else ""
    next_link = f'<link rel="next" href="https://www.swapnest.co.uk{_sn_href(number + 1)}"/>' if number < total else ""
    return f"""<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>Road Bike for Sale in Bristol | Bikes &amp; Bicycles | Swapnest</title><meta name="description" content="Find a road bike in Bristol on Swapnest, the #1 site for Bikes &amp; Bicycles for Sale classifieds ads in the UK."/><link rel="canonical" href="https://www.swapnest.co.uk{_sn_href(number)}"/>{prev_link}{next_link}<meta property="og:site_name" content="Swapnest"/><meta name="robots" content="noindex, follow"/><link rel="preconnect" href="https://img.swapnest.co.uk"/><link rel="preload" href="/_next/static/media/Inter-Variable.woff2" as="font" type="font/woff2" crossorigin="anonymous"/><style data-emotion="css-global 0">html{{-webkit-text-size-adjust:100%;}}body{{margin:0;font-family:Inter,Helvetica,Arial,sans-serif;color:#3c3241;background:#f8f8f8;}}</style><style data-emotion="css 1bq4cr8 1qz3tdf 1n9lx2b 1uk1gs8 hbjyjw 1ygzid9 1ykmg0g">.css-1bq4cr8{{position:relative;background:#fff;border-radius:8px;box-shadow:0 1px 3px rgba(0,0,0,.12);}}.css-1qz3tdf{{display:flex;gap:16px;padding:12px;color:inherit;text-decoration:none;}}.css-1uk1gs8{{font-size:16px;font-weight:600;line-height:22px;}}.css-hbjyjw{{font-size:14px;color:#635b67;}}.css-1ygzid9{{font-size:18px;font-weight:700;margin-top:8px;}}.css-1ykmg0g{{font-size:14px;color:#635b67;overflow:hidden;display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;}}</style><link rel="preload" href="/_next/static/css/4f0a2c8e1b7d9a35.css" as="style"/><link rel="stylesheet" href="/_next/static/css/4f0a2c8e1b7d9a35.css" data-n-g=""/><noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-42372ed130431b0a.js"></script><script src="/_next/static/chunks/webpack-8d1c3b2e0a5f7c96.js" defer=""></script><script src="/_next/static/chunks/framework-2c79e2a64abdb08b.js" defer=""></script><script src="/_next/static/chunks/main-6c4f2b8e03d1a7f5.js" defer=""></script><script src="/_next/static/chunks/pages/_app-1d9e0f3a7b2c5e48.js" defer=""></script><script src="/_next/static/chunks/pages/search-a0b8c7d6e5f41327.js" defer=""></script><script src="/_next/static/{SN_BUILD}/_buildManifest.js" defer=""></script><script src="/_next/static/{SN_BUILD}/_ssgManifest.js" defer=""></script></head><body><div id="__next"><div class="css-1hq0fts e1ci9w6v0">
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container"><div id="onetrust-policy"><h2 id="onetrust-policy-title">We value your privacy</h2><div id="onetrust-policy-text">We and our partners use cookies and similar technologies to personalise content and ads, and to analyse our traffic. <a href="/privacy-notice" aria-label="More information about your privacy">Privacy notice</a></div></div><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Manage preferences</button><button id="onetrust-accept-btn-handler">Accept all</button></div></div></div></div>
<header class="css-1m2nsfa e1q5t9ci0" data-q="header"><div class="css-1ivbw1b e1q5t9ci1">
<a class="css-10aw4vr e1q5t9ci2" href="/" data-q="header-logo" aria-label="Swapnest home"><svg class="css-1d3vq0m e1q5t9ci3" viewBox="0 0 130 32" role="img"><title>Swapnest</title><use href="#logo-swapnest"></use></svg></a>
<form class="css-1k8e3pd e1ra6bsm0" action="/search" method="get" role="search" data-q="header-search-form">
<div class="css-dq0d6j e1ra6bsm1"><label class="css-1c6yt9k e1ra6bsm2" for="header-search-input">Search Swapnest</label><input id="header-search-input" class="css-1x4pd2i e1ra6bsm3" name="q" type="search" placeholder="What are you looking for?" autocomplete="off" value="road bike" data-q="search-bar-input"/></div>
<div class="css-dq0d6j e1ra6bsm1"><label class="css-1c6yt9k e1ra6bsm2" for="header-location-input">Location</label><input id="header-location-input" class="css-1x4pd2i e1ra6bsm3" name="search_location" type="text" placeholder="Town, city or postcode" value="Bristol" data-q="search-location-input"/></div>
<input type="hidden" name="search_category" value="bicycles"/>
<button class="css-1yb7vzl e1ra6bsm4" type="submit" data-q="search-button" aria-label="Search"><svg aria-hidden="true" viewBox="0 0 24 24"><use href="#icon-search"></use></svg></button>
</form>
<nav class="css-7e6z2p e1q5t9ci4" aria-label="Account"><a class="css-1b0kzqx e1q5t9ci5" href="/manage/ads" data-q="header-my-ads">My Ads</a><a class="css-1b0kzqx e1q5t9ci5" href="/login?redirect=%2Fsearch" data-q="header-login">Login/Register</a><a class="css-1e6f2zx e1q5t9ci6" href="/postad" data-q="header-post-ad">Post an ad</a></nav>
</div>
<nav class="css-z6b1ep e1s8d5uz0" aria-label="Categories" data-q="category-nav"><ul class="css-1pr1w2w e1s8d5uz1">
<li><a href="/cars-vans-motorbikes">Motors</a></li><li><a href="/for-sale">For Sale</a></li><li><a href="/business-services">Services</a></li><li><a href="/property-for-rent">Property</a></li><li><a href="/jobs">Jobs</a></li><li><a href="/community">Community</a></li><li><a href="/pets">Pets</a></li>
</ul></nav>
</header>
<main class="css-1v5ewh5 e1rv2p6m0" id="main-content">
<nav class="css-1ibmjm8 e1vuzc5j0" aria-label="Breadcrumb" data-q="breadcrumbs"><ol class="css-1b1cyvn e1vuzc5j1"><li><a href="/">Home</a></li><li><a href="/for-sale">For Sale</a></li><li><a href="/sports-leisure-travel">Sports, Leisure &amp; Travel</a></li><li><a href="/bicycles">Bikes &amp; Bicycles</a></li><li aria-current="page">Bristol</li></ol></nav>
<div class="css-12vb8ot e1rv2p6m1">
<aside class="css-18s9h5o e1y7u6ch0" data-q="filters-panel" aria-label="Filters">
<h2 class="css-1wn9tnv e1y7u6ch1">Filter results</h2>
<section class="css-1g1r6wz e1y7u6ch2" data-q="filter-category"><h3 class="css-4k1b6h e1y7u6ch3">Category</h3><ul class="css-1q2w6tu e1yk7a1u3">
{cats}
</ul></section>
<section class="css-1g1r6wz e1y7u6ch2" data-q="filter-distance"><h3 class="css-4k1b6h e1y7u6ch3">Distance</h3><select class="css-c7fx3b e1y7u6ch4" name="distance" aria-label="Distance"><option value="1">+ 1 mile</option><option value="3">+ 3 miles</option><option value="5">+ 5 miles</option><option value="10" selected="">+ 10 miles</option><option value="15">+ 15 miles</option><option value="30">+ 30 miles</option><option value="50">+ 50 miles</option><option value="100">+ 100 miles</option><option value="1000">Nationwide</option></select></section>
<section class="css-1g1r6wz e1y7u6ch2" data-q="filter-price"><h3 class="css-4k1b6h e1y7u6ch3">Price</h3><div class="css-1rtlx5u e1y7u6ch5"><input class="css-1x4pd2i e1ra6bsm3" name="min_price" inputmode="numeric" placeholder="Min £" aria-label="Minimum price"/><span>to</span><input class="css-1x4pd2i e1ra6bsm3" name="max_price" inputmode="numeric" placeholder="Max £" aria-label="Maximum price"/><button class="css-1yfbc2w e1y7u6ch6" type="button">Go</button></div></section>
<section class="css-1g1r6wz e1y7u6ch2" data-q="filter-seller_type"><h3 class="css-4k1b6h e1y7u6ch3">Seller type</h3><label class="css-lz3bkw e1y7u6ch7"><input type="checkbox" name="seller_type" value="private"/> Private <span>(768)</span></label><label class="css-lz3bkw e1y7u6ch7"><input type="checkbox" name="seller_type" value="trade"/> Trade <span>(77)</span></label></section>
</aside>
<section class="css-1nq0a6c e1rv2p6m2" aria-labelledby="srp-heading">
<div class="css-1u3gs3o e1rv2p6m3">
<h1 id="srp-heading" class="css-1jbuw9o e1rv2p6m4" data-q="srp-heading">Road Bike for Sale in Bristol</h1>
<p class="css-1hx0x2f e1rv2p6m5" data-q="search-result-count">{len(SN_ADS)} ads · showing {first + 1}–{shown_to}</p>
<div class="css-1mmk4cj e1rv2p6m6"><label for="srp-sort-by" class="css-1c6yt9k e1ra6bsm2">Sort by</label><select id="srp-sort-by" class="css-c7fx3b e1y7u6ch4" name="sort" data-q="sort-by"><option value="relevance" selected="">Most relevant</option><option value="date">Most recent first</option><option value="price_lowest_first">Price: Low to high</option><option value="price_highest_first">Price: High to low</option><option value="distance">Nearest first</option></select></div>
<button class="css-1s9h7y5 e1rv2p6m7" type="button" data-q="save-search-button"><svg aria-hidden="true" viewBox="0 0 24 24"><use href="#icon-bell"></use></svg>Set search alert</button>
</div>
<div class="css-1l2tf6d e1rv2p6m8" data-q="search-results">
{chr(10).join(tiles)}
</div>
{_sn_pagination(number, total)}
<div class="css-a5ho0t e1rv2p6m9" data-q="related-searches"><h2 class="css-1wn9tnv e1y7u6ch1">Related searches</h2><ul><li><a href="/search?search_category=bicycles&amp;search_location=Bristol&amp;q=carbon+road+bike">carbon road bike</a></li><li><a href="/search?search_category=bicycles&amp;search_location=Bristol&amp;q=gravel+bike">gravel bike</a></li><li><a href="/search?search_category=bicycles&amp;search_location=Bristol&amp;q=ladies+road+bike">ladies road bike</a></li><li><a href="/search?search_category=bicycles&amp;search_location=Bath&amp;q=road+bike">road bike Bath</a></li></ul></div>
</section>
</div>
</main>
<footer class="css-1t5x8ay e1fz8sxm0" data-q="footer"><div class="css-8t9k1g e1fz8sxm1">
<section><h3>Swapnest</h3><ul><li><a href="/info/about-us">About us</a></li><li><a href="/info/careers">Careers</a></li><li><a href="/press">Press</a></li><li><a href="/blog">Blog</a></li></ul></section>
<section><h3>Help &amp; Contact</h3><ul><li><a href="/help">Help</a></li><li><a href="/safety">Stay safe</a></li><li><a href="/contact">Contact us</a></li></ul></section>
<section><h3>More from us</h3><ul><li><a href="/popular-searches">Popular searches</a></li><li><a href="/locations">All locations</a></li><li><a href="/sitemap">Sitemap</a></li></ul></section>
<section><h3>Legal</h3><ul><li><a href="/terms">Terms of use</a></li><li><a href="/privacy-notice">Privacy notice</a></li><li><a href="/cookies">Cookies policy</a></li><li><button type="button" class="ot-sdk-show-settings">Cookie settings</button></li></ul></section>
</div><p class="css-1p0u2b4 e1fz8sxm2">Copyright © Swapnest Ltd 2025. All rights reserved.</p></footer>
</div></div><script id="__NEXT_DATA__" type="application/json">{_sn_next_data(number, ads, total)}</script><script async="" src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script></body></html>"""


@twentyseventh
def build_swapnest() -> None:
    s = Site(
        "swapnest",
        kind="classifieds search results (Gumtree UK 2024–25 React / Next.js front end: emotion css-* + e-prefixed class pairs, data-q hooks, a OneTrust cookie banner, header search + location boxes, Login/Register and Post an ad, category strip, breadcrumb, a filter aside with category counts / distance / price / seller type, h1 + '46 ads · showing 1–20', sort select, article[data-q=search-result] tiles as one a[data-q=search-result-anchor] to /p/bicycles/<slug>/<id>: image + photo count, Featured / Urgent labels, tile-title, tile-location 'Clifton, Bristol', tile-price '£1,150', tile-description, tile-datePosted '3 hours ago'; AdSense slots and a sponsored partner tile between the tiles; nav[data-q=pagination] numbered + Next over &page=N, rel prev / next links, __NEXT_DATA__ with the listings)",
        start=f"search?{SN_QUERY}",
        description="A UK classifieds site's search for 'road bike' in Bikes & Bicycles around Bristol on Gumtree's 2024–25 Next.js front end, as a logged-out visitor gets it (20 ads a page, relevance order, featured ads first on each page): head with canonical / rel prev / next, emotion style tags and Next chunks; the OneTrust banner (Manage preferences / Accept all); the header (logo, 'What are you looking for?' box holding 'road bike', location 'Bristol', My Ads, Login/Register, Post an ad), the category strip (Motors … Pets), breadcrumb (Home / For Sale / Sports, Leisure & Travel / Bikes & Bicycles / Bristol); the filter aside (category links with counts, distance select, min / max price, Private / Trade checkboxes with counts); h1 'Road Bike for Sale in Bristol', '46 ads · showing 1–20', the sort select and 'Set search alert'; div[data-q=search-results] of article[data-q=search-result][data-ad-id] tiles, each one a[data-q=search-result-anchor] to /p/bicycles/<slug>/<id> holding the image figure, a photo count, a save button, optional span Featured / Urgent labels, div[data-q=tile-title], tile-location, tile-price '£375' / '£1,150', tile-description and tile-datePosted ('18 mins ago', '1 day ago', '2 weeks ago'); 'Advertisement' AdSense slots after the 5th and 16th tiles and a Sponsored partner link tile after the 12th; nav[data-q=pagination] (Previous, numbers with an aria-current span, Next) over &page=N; related searches; the footer; script#__NEXT_DATA__ with the page's listings (price in pence and display price). 20 + 20 + 6 ads. Written down: title, url, price (number), currency (GBP), location, description.",
    )
    pages = chunks(SN_ADS, [SN_PER_PAGE, SN_PER_PAGE, len(SN_ADS) - 2 * SN_PER_PAGE])
    first = 0
    for number, batch in enumerate(pages, 1):
        html = _sn_page(number, len(pages), batch, first)
        path = f"search@{SN_QUERY}" if number == 1 else f"search@{SN_QUERY}&page={number}"
        s.list_page(path, html)
        first += len(batch)
    for ad in SN_ADS:
        s.expect(
            {
                "title": ad[1],
                "url": _sn_url(ad),
                "price": ad[2],
                "currency": "GBP",
                "location": ad[3],
                "description": ad[4],
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in TWENTYSEVENTH.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
