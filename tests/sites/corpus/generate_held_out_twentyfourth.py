"""Held-out wave twenty-four: three list pages copied from their real 2024–25 platform markup with invented data,
and frozen before any heuristic saw them.

* **kilnworks-tracker** — an open-source project's issue list on Redmine 5.1 (logged out): ``table.list.issues``
  with a th sort-link header row, ``tr.hascontextmenu.odd/even.issue.tracker-N.status-N.priority-N`` rows of
  ``td.id`` / ``td.tracker`` / ``td.status`` / ``td.priority`` / ``td.subject`` / ``td.assigned_to`` /
  ``td.fixed_version`` / ``td.updated_on`` cells, the filter and options fieldsets above, the sidebar of saved
  queries, ``span.pagination > ul.pages`` with « Previous / Next » and "(16-30/39)" / "Per page:", ``?page=N``.
  Written down: id, title, url, tracker, status, priority, assignee, target_version, updated.
* **stoneleaf-handbook** — a company handbook's search results on BookStack v24 (logged out, public): each result
  one ``a.entity-list-item`` wrapping a type icon, ``h4.entity-list-item-name`` with the matched word in
  ``<strong>``, the book › chapter path, an excerpt and tag items; a Laravel pager (``ul.pagination``), the
  advanced-search form beside it, ``/search?term=backup&page=N``. Written down: title, url, book, chapter, snippet,
  tags.
* **retrorigs-forum** — a vintage-computing forum's board on SMF 2.1 (Curve2, as a guest): child boards first,
  ``div#topic_container > div.windowbg`` topics (two stickies on page 1), "Started by", in-topic page links,
  "Replies: 12 / Views: 845" and a last-post link with its SMF long date; "Pages 1 2 3 ›" via
  ``index.php?board=4.N`` offsets. Written down: title, url, author, replies, views, last_poster, last_post_date.

Run ``uv run python tests/sites/corpus/generate_held_out_twentyfourth.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **frozen**.
"""

# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate import FROZEN, ROOT, Site, chunks, esc, slug

FROZEN |= {"kilnworks-tracker", "stoneleaf-handbook", "retrorigs-forum"}

TWENTYFOURTH: dict[str, Callable[[], None]] = {}


def twentyfourth(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    TWENTYFOURTH[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _num(text: str, modulo: int) -> int:
    """A stable pseudo-random number derived from ``text``."""
    return int(hashlib.sha1(text.encode()).hexdigest()[:8], 16) % modulo


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
# kilnworks-tracker: a Redmine 5.1 issue list of a public project.
# ---------------------------------------------------------------------------------------------------

#: (id, tracker, status, priority, subject, assignee or None, target version or None, "YYYY-MM-DD HH:MM")
KT_ISSUES: list[tuple[int, str, str, str, str, str | None, str | None, str]] = [
    (
        4187,
        "Defect",
        "New",
        "Normal",
        "UMF table shows negative silica after removing a frit",
        None,
        None,
        "2025-03-14 19:42",
    ),
    (
        4186,
        "Feature",
        "New",
        "Low",
        "Allow cone 04 as a firing target in recipe presets",
        None,
        None,
        "2025-03-14 11:05",
    ),
    (
        4185,
        "Defect",
        "Confirmed",
        "High",
        "Recipe import from CSV drops the last line when there is no trailing newline",
        "Mira Holt",
        "2.4.1",
        "2025-03-13 22:18",
    ),
    (
        4183,
        "Patch",
        "Needs feedback",
        "Normal",
        "Add Danish translation of the material editor",
        "Jonas Brask",
        None,
        "2025-03-13 15:30",
    ),
    (
        4182,
        "Defect",
        "New",
        "Normal",
        "Thermal expansion column is blank for materials added through the API",
        None,
        None,
        "2025-03-13 09:12",
    ),
    (
        4180,
        "Feature",
        "Confirmed",
        "Normal",
        "Show the Si:Al ratio on the printable recipe card",
        "Mira Holt",
        "2.5.0",
        "2025-03-12 19:47",
    ),
    (
        4179,
        "Defect",
        "In Progress",
        "Urgent",
        "Login loop after upgrading to 2.4.0 with LDAP authentication",
        "Tobias Wern",
        "2.4.1",
        "2025-03-12 14:20",
    ),
    (4176, "Defect", "New", "Low", "Typo in the help text for 'Loss on ignition'", None, "2.4.1", "2025-03-11 21:03"),
    (4175, "Feature", "New", "Normal", "Export glaze line blends as a grid image", None, None, "2025-03-11 12:55"),
    (
        4173,
        "Defect",
        "Needs feedback",
        "Normal",
        "Batch weights round to whole grams even when 0.1 g precision is set",
        "Priya Nand",
        None,
        "2025-03-10 17:36",
    ),
    (
        4172,
        "Patch",
        "Confirmed",
        "Normal",
        "Use decimal.js for batch scaling to avoid floating point drift",
        "Priya Nand",
        "2.5.0",
        "2025-03-10 08:14",
    ),
    (
        4170,
        "Defect",
        "In Progress",
        "High",
        "Material search ignores accented letters (e.g. 'Feldspath potassique')",
        "Jonas Brask",
        "2.4.1",
        "2025-03-09 13:00",
    ),
    (4168, "Feature", "New", "Low", "Dark mode for the recipe editor", None, None, "2025-03-08 20:22"),
    (
        4167,
        "Defect",
        "New",
        "Normal",
        "Duplicate recipe keeps the original's revision history",
        None,
        None,
        "2025-03-08 10:48",
    ),
    (
        4165,
        "Feature",
        "Confirmed",
        "Normal",
        "Support cone 10 reduction limit formulas from the 2023 tables",
        "Mira Holt",
        "2.5.0",
        "2025-03-07 16:05",
    ),
    (
        4162,
        "Defect",
        "New",
        "High",
        "Server error 500 when a material name contains an ampersand",
        None,
        "2.4.1",
        "2025-03-07 11:40",
    ),
    (4161, "Patch", "New", "Normal", "Docker image: run as a non-root user", None, None, "2025-03-06 18:29"),
    (
        4158,
        "Defect",
        "Confirmed",
        "Normal",
        "Chart legend overlaps the axis labels on narrow screens",
        "Anouk Vries",
        None,
        "2025-03-06 07:52",
    ),
    (4157, "Feature", "New", "Normal", "REST API: filter recipes by firing atmosphere", None, None, "2025-03-05 22:10"),
    (
        4155,
        "Defect",
        "Needs feedback",
        "Low",
        "Colorant percentages added twice in the printed batch sheet",
        "Anouk Vries",
        None,
        "2025-03-05 15:44",
    ),
    (4151, "Feature", "New", "Low", "Keyboard shortcut to add a material row", None, None, "2025-03-04 19:18"),
    (
        4150,
        "Defect",
        "In Progress",
        "Normal",
        "Oxide weights wrong for materials with boron and lithium together",
        "Tobias Wern",
        "2.4.1",
        "2025-03-04 09:27",
    ),
    (
        4148,
        "Defect",
        "New",
        "Normal",
        "Password reset mail is sent in English regardless of the user language",
        None,
        None,
        "2025-03-03 17:02",
    ),
    (
        4146,
        "Feature",
        "Confirmed",
        "High",
        "Warn when a recipe exceeds the durability limits for functional ware",
        "Mira Holt",
        "2.5.0",
        "2025-03-02 14:35",
    ),
    (
        4143,
        "Patch",
        "Needs feedback",
        "Low",
        "Fix deprecation warnings on Python 3.13",
        "Priya Nand",
        None,
        "2025-03-01 11:11",
    ),
    (
        4140,
        "Defect",
        "New",
        "Normal",
        "Material library sync fails behind an HTTP proxy",
        None,
        None,
        "2025-02-28 16:40",
    ),
    (
        4139,
        "Feature",
        "New",
        "Normal",
        "Attach test tile photos to a recipe revision",
        None,
        "2.5.0",
        "2025-02-27 20:05",
    ),
    (
        4137,
        "Defect",
        "Confirmed",
        "Low",
        "Sorting the recipe list by date puts undated recipes first",
        "Anouk Vries",
        None,
        "2025-02-27 09:31",
    ),
    (
        4134,
        "Defect",
        "New",
        "Urgent",
        "Data loss: unsaved changes discarded when the session expires",
        None,
        "2.4.1",
        "2025-02-26 13:58",
    ),
    (4131, "Feature", "New", "Low", "Add Orton cone chart to the help pages", None, None, "2025-02-25 18:44"),
    (
        4129,
        "Defect",
        "In Progress",
        "Normal",
        "Stull chart points are misplaced when the zoom level is changed",
        "Jonas Brask",
        "2.5.0",
        "2025-02-24 10:02",
    ),
    (4126, "Patch", "New", "Normal", "Update the Spanish locale", None, None, "2025-02-23 15:16"),
    (
        4122,
        "Feature",
        "Needs feedback",
        "Normal",
        "Share a recipe by public link without an account",
        "Tobias Wern",
        None,
        "2025-02-21 12:27",
    ),
    (4119, "Defect", "New", "Low", "Tooltip for 'Flux ratio' cut off in Safari", None, None, "2025-02-20 19:53"),
    (
        4117,
        "Defect",
        "Confirmed",
        "Normal",
        "Material costs ignore the currency chosen in settings",
        "Priya Nand",
        "2.5.0",
        "2025-02-19 08:39",
    ),
    (
        4112,
        "Feature",
        "New",
        "Normal",
        "Import recipes from the Digitalfire XML format",
        None,
        None,
        "2025-02-17 14:12",
    ),
    (4108, "Defect", "New", "Normal", "Recipe notes lose line breaks after editing", None, None, "2025-02-15 21:47"),
    (
        4104,
        "Feature",
        "Confirmed",
        "Low",
        "Let admins hide the community material library",
        "Mira Holt",
        None,
        "2025-02-13 10:25",
    ),
    (
        4101,
        "Defect",
        "Needs feedback",
        "Normal",
        "PDF export draws oxide bars outside the page margin",
        "Anouk Vries",
        None,
        "2025-02-11 16:58",
    ),
]
KT_PAGE_SIZES = [15, 15, 9]
KT_BASE = "/projects/glazecalc/issues"
KT_TRACKERS = {"Defect": 1, "Feature": 2, "Patch": 3}
KT_STATUSES = {"New": 1, "In Progress": 2, "Confirmed": 7, "Needs feedback": 4}
KT_PRIORITIES = {
    "Low": (3, "priority-lowest"),
    "Normal": (4, "priority-default"),
    "High": (5, "priority-high2"),
    "Urgent": (6, "priority-highest"),
}
KT_USERS = {"Mira Holt": 5, "Jonas Brask": 12, "Tobias Wern": 3, "Priya Nand": 27, "Anouk Vries": 41}
KT_VERSIONS = {"2.4.1": 58, "2.5.0": 57}


def _kt_time(stamp: str) -> str:
    """Redmine's default English format: ``03/14/2025 07:42 PM``."""
    day, clock = stamp.split(" ")
    year, month, dom = day.split("-")
    hour, minute = (int(part) for part in clock.split(":"))
    return f"{month}/{dom}/{year} {(hour % 12) or 12:02d}:{minute:02d} {'PM' if hour >= 12 else 'AM'}"


def _kt_row(index: int, issue: tuple[int, str, str, str, str, str | None, str | None, str]) -> str:
    ident, tracker, status, priority, subject, assignee, version, stamp = issue
    prio_id, prio_class = KT_PRIORITIES[priority]
    cycle = "odd" if index % 2 == 0 else "even"
    assignee_html = f'<a class="user active" href="/users/{KT_USERS[assignee]}">{esc(assignee)}</a>' if assignee else ""
    version_html = f'<a href="/versions/{KT_VERSIONS[version]}">{esc(version)}</a>' if version else ""
    classes = f"hascontextmenu {cycle} issue tracker-{KT_TRACKERS[tracker]} status-{KT_STATUSES[status]} priority-{prio_id} {prio_class}"
    return f"""    <tr id="issue-{ident}" class="{classes}">
      <td class="checkbox hide-when-print"><input type="checkbox" name="ids[]" value="{ident}" autocomplete="off" /></td>
      <td class="id"><a href="/issues/{ident}">{ident}</a></td>
      <td class="tracker">{esc(tracker)}</td>
      <td class="status">{esc(status)}</td>
      <td class="priority">{esc(priority)}</td>
      <td class="subject"><a href="/issues/{ident}">{esc(subject)}</a></td>
      <td class="assigned_to">{assignee_html}</td>
      <td class="fixed_version">{version_html}</td>
      <td class="updated_on">{_kt_time(stamp)}</td>
      <td class="buttons hide-when-print"><a title="Actions" class="icon-only icon-actions js-contextmenu" href="#">Actions</a></td>
    </tr>"""


def _kt_sort_th(column: str, caption: str) -> str:
    if column == "id":
        return f'<th class="id"><a title="Sort by &quot;#&quot;" class="sort desc icon icon-sorted-asc" href="{KT_BASE}?sort=id">#</a></th>'
    return f'<th class="{column}"><a title="Sort by &quot;{caption}&quot;" href="{KT_BASE}?sort={column}%2Cid%3Adesc">{caption}</a></th>'


def _kt_pagination(number: int, total_pages: int, first: int, last: int, count: int) -> str:
    def href(page: int) -> str:
        return f"{KT_BASE}?page={page}"

    items: list[str] = []
    if number > 1:
        items.append(f'<li class="previous page"><a accesskey="p" href="{href(number - 1)}">« Previous</a></li>')
    else:
        items.append('<li class="previous page"><span>« Previous</span></li>')
    for page in range(1, total_pages + 1):
        if page == number:
            items.append(f'<li class="current"><span>{page}</span></li>')
        else:
            items.append(f'<li class="page"><a href="{href(page)}">{page}</a></li>')
    if number < total_pages:
        items.append(f'<li class="next page"><a accesskey="n" href="{href(number + 1)}">Next »</a></li>')
    else:
        items.append('<li class="next page"><span>Next »</span></li>')
    return (
        f'<span class="pagination"><ul class="pages">{"".join(items)}</ul><span><span class="items">({first}-{last}/{count})</span> '
        f'<span class="per-page">Per page: <span class="selected">15</span>, <a href="{KT_BASE}?per_page=30">30</a>, <a href="{KT_BASE}?per_page=60">60</a></span></span></span>'
    )


def _kt_page(
    number: int, total_pages: int, issues: list[tuple[int, str, str, str, str, str | None, str | None, str]], first: int
) -> str:
    rows = "\n".join(_kt_row(i, issue) for i, issue in enumerate(issues))
    last = first + len(issues) - 1
    headers = "\n      ".join(
        _kt_sort_th(column, caption)
        for column, caption in [
            ("id", "#"),
            ("tracker", "Tracker"),
            ("status", "Status"),
            ("priority", "Priority"),
            ("subject", "Subject"),
            ("assigned_to", "Assignee"),
            ("fixed_version", "Target version"),
            ("updated_on", "Updated"),
        ]
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge"/>
<title>Issues - GlazeCalc - Kilnworks Redmine</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Redmine" />
<meta name="keywords" content="issue,bug,tracker" />
<meta name="csrf-param" content="authenticity_token" />
<meta name="csrf-token" content="q0h8Zk3cM1xYbVtS2pU7fLr9eW4nA6oJ5iK8gT1dR0sHcF2vE7mB3yQ9xN4wP6zL" />
<link rel='shortcut icon' href='/favicon.ico?1709210345' />
<link rel="stylesheet" media="all" href="/stylesheets/jquery/jquery-ui-1.13.2.css?1709210345" />
<link rel="stylesheet" media="all" href="/stylesheets/tribute-5.1.3.css?1709210345" />
<link rel="stylesheet" media="all" href="/stylesheets/application.css?1709210345" />
<link rel="stylesheet" media="all" href="/stylesheets/responsive.css?1709210345" />
<script src="/javascripts/jquery-3.6.1-ui-1.13.2-ujs-6.1.7.6.js?1709210345"></script>
<script src="/javascripts/tribute-5.1.3.min.js?1709210345"></script>
<script src="/javascripts/tablesort-5.2.1.min.js?1709210345"></script>
<script src="/javascripts/application.js?1709210345"></script>
<script src="/javascripts/responsive.js?1709210345"></script>
<script>
//<![CDATA[
$(window).on('load', function(){{ warnLeavingUnsaved('The current page contains unsaved text that will be lost if you leave this page.'); }});
//]]>
</script>
<script>
//<![CDATA[
rm = window.rm || {{}};rm.AutoComplete = rm.AutoComplete || {{}};rm.AutoComplete.dataSources = JSON.parse('{{"issues":"/issues/auto_complete?project_id=glazecalc\\u0026q=","wiki_pages":"/projects/glazecalc/wiki/auto_complete?q="}}');
//]]>
</script>
<link rel="alternate" type="application/atom+xml" title="Issues" href="https://redmine.kilnworks.example/projects/glazecalc/issues.atom" />
<link rel="alternate" type="application/atom+xml" title="Details of all changes" href="https://redmine.kilnworks.example/projects/glazecalc/issues/changes.atom" />
<script src="/javascripts/context_menu.js?1709210345"></script><link rel="stylesheet" media="screen" href="/stylesheets/context_menu.css?1709210345" />
</head>
<body class="project-glazecalc has-main-menu controller-issues action-index avatars-off">

<div id="wrapper">

<div class="flyout-menu js-flyout-menu">
        <div class="flyout-menu__search">
            <form action="/projects/glazecalc/search" accept-charset="UTF-8" name="form-7f3a2c1e" method="get"><input name="utf8" type="hidden" value="&#x2713;" autocomplete="off" />
            <input type="hidden" name="issues" value="1" autocomplete="off" />
            <label class="search-magnifier search-magnifier--flyout" for="flyout-search">&#9906;</label>
            <input type="text" name="q" id="flyout-search" class="small js-search-input" placeholder="Search" />
</form>        </div>
        <h3>Project</h3>
        <span class="js-project-menu"></span>
        <h3>General</h3>
        <span class="js-general-menu"></span>
        <span class="js-sidebar flyout-menu__sidebar"></span>
        <h3>Profile</h3>
        <span class="js-profile-menu"></span>
</div>

<div id="wrapper2">
<div id="wrapper3">
<div id="top-menu">
    <div id="account">
        <ul><li><a class="login" href="/login?back_url=https%3A%2F%2Fredmine.kilnworks.example%2Fprojects%2Fglazecalc%2Fissues">Sign in</a></li><li><a class="register" href="/account/register">Register</a></li></ul>    </div>

    <ul><li><a class="home" href="/">Home</a></li><li><a class="projects" href="/projects">Projects</a></li><li><a class="help" href="https://www.redmine.org/guide">Help</a></li></ul></div>

<div id="header">

    <a href="#" class="mobile-toggle-button js-flyout-menu-toggle-button"></a>

    <div id="quick-search">
        <form action="/projects/glazecalc/search" accept-charset="UTF-8" name="form-1b9e4d07" method="get"><input name="utf8" type="hidden" value="&#x2713;" autocomplete="off" />
        <input type="hidden" name="scope" autocomplete="off" />
        <input type="hidden" name="issues" value="1" autocomplete="off" />
        <label for='q'>
          <a accesskey="4" href="/projects/glazecalc/search?scope=">Search</a>:
        </label>
        <input type="text" name="q" id="q" size="20" class="small" accesskey="f" data-auto-complete="true" />
</form>        <div id="project-jump" class="drdn"><span class="drdn-trigger">GlazeCalc</span><div class="drdn-content"><div class="quick-search"><input type="text" name="q" id="projects-quick-search" value="" class="autocomplete" data-automcomplete-url="/projects/autocomplete.js?jump=issues" autocomplete="off" /></div><div class="drdn-items projects selection"></div><div class="drdn-items all-projects selection"><a class="selected" href="/projects?jump=issues">All Projects</a></div></div></div>
    </div>

    <h1><span class="current-project">GlazeCalc</span></h1>

    <div id="main-menu" class="tabs">
        <ul><li><a class="overview" href="/projects/glazecalc">Overview</a></li><li><a class="activity" href="/projects/glazecalc/activity">Activity</a></li><li><a class="roadmap" href="/projects/glazecalc/roadmap">Roadmap</a></li><li><a class="issues selected" href="/projects/glazecalc/issues">Issues</a></li><li><a class="news" href="/projects/glazecalc/news">News</a></li><li><a class="wiki" href="/projects/glazecalc/wiki">Wiki</a></li><li><a class="boards" href="/projects/glazecalc/boards">Forums</a></li><li><a class="repository" href="/projects/glazecalc/repository">Repository</a></li></ul>
        <div class="tabs-buttons" style="display:none;">
            <button class="tab-left" onclick="moveTabLeft(this); return false;"></button>
            <button class="tab-right" onclick="moveTabRight(this); return false;"></button>
        </div>
    </div>
</div>

<div id="main" class="">
    <div id="sidebar">
            <h3>Issues</h3>

<ul>
<li><a href="/projects/glazecalc/issues?set_filter=1">View all issues</a></li>
  <li><a href="/projects/glazecalc/issues/report">Summary</a></li>
</ul>

<ul>
  <li><a href="/projects/glazecalc/issues/calendar">Calendar</a></li>
  <li><a href="/projects/glazecalc/issues/gantt">Gantt</a></li>
</ul>

<h3>Custom queries</h3><ul class="queries"><li><a class="query" href="/projects/glazecalc/issues?query_id=14">Open defects for 2.4.1</a></li><li><a class="query" href="/projects/glazecalc/issues?query_id=9">Patches waiting for review</a></li><li><a class="query" href="/projects/glazecalc/issues?query_id=21">Translations</a></li><li><a class="query" href="/projects/glazecalc/issues?query_id=3">Recently closed</a></li></ul>


    </div>

    <div id="content">

        <div class="contextual">
  <a class="icon icon-add new-issue" href="/projects/glazecalc/issues/new">New issue</a>
</div>

<h2>Issues</h2>

<form id="query_form" action="/projects/glazecalc/issues" accept-charset="UTF-8" method="get"><input name="utf8" type="hidden" value="&#x2713;" autocomplete="off" />
  <input type="hidden" name="set_filter" id="set_filter" value="1" autocomplete="off" />
  <div id="query_form_with_buttons" class="hide-when-print">
    <div id="query_form_content">
    <fieldset id="filters" class="collapsible ">
      <legend onclick="toggleFieldset(this);" class="icon icon-expanded">Filters</legend>
      <div style="">
        <script>
//<![CDATA[
var operatorLabels = {{"=":"is","!":"is not","o":"open","c":"closed","*":"any","!*":"none"}};
var operatorByType = {{"list":["=","!"],"list_status":["o","=","!","c","*"],"list_optional":["=","!","!*","*"]}};
var availableFilters = {{"status_id":{{"type":"list_status","name":"Status","remote":true,"values":[["New","1"],["In Progress","2"],["Needs feedback","4"],["Confirmed","7"],["Resolved","3"],["Closed","5"],["Rejected","6"]]}},"tracker_id":{{"type":"list","name":"Tracker","values":[["Defect","1"],["Feature","2"],["Patch","3"]]}},"priority_id":{{"type":"list","name":"Priority","values":[["Low","3"],["Normal","4"],["High","5"],["Urgent","6"]]}}}};
var labelDayPlural = "days";
var filtersUrl = "\\/queries\\/filter?project_id=glazecalc\\u0026type=IssueQuery";
$(document).ready(function(){{
  initFilters();
  addFilter("status_id", "o", [""]);
}});
//]]>
</script>
<table id="filters-table">
</table>

<div class="add-filter">
<label for="add_filter_select">Add filter</label>
<select id="add_filter_select"><option value="">&nbsp;</option>
<option value="status_id">Status</option>
<option value="tracker_id">Tracker</option>
<option value="priority_id">Priority</option>
<option value="author_id">Author</option>
<option value="assigned_to_id">Assignee</option>
<option value="fixed_version_id">Target version</option>
<option value="category_id">Category</option>
<option value="subject">Subject</option>
<option value="created_on">Created</option>
<option value="updated_on">Updated</option></select>
</div>

<input type="hidden" name="f[]" id="f_" value="" autocomplete="off" />
      </div>
    </fieldset>

      <fieldset id="options" class="collapsible collapsed">
        <legend onclick="toggleFieldset(this);" class="icon icon-collapsed">Options</legend>
          <div class="hidden">
            <table id="list-definition" class="">
              <tr>
                <td class="field"><label for="available_c">Columns</label></td>
                <td><select name="c[]" id="selected_c" multiple="multiple" size="10" class="query-columns"><option value="tracker">Tracker</option>
<option value="status">Status</option>
<option value="priority">Priority</option>
<option value="subject">Subject</option>
<option value="assigned_to">Assignee</option>
<option value="fixed_version">Target version</option>
<option value="updated_on">Updated</option></select></td>
              </tr>
              <tr>
                <td class="field"><label for='group_by'>Group results by</label></td>
                <td><select name="group_by" id="group_by"><option value="">&nbsp;</option><option value="project">Project</option>
<option value="tracker">Tracker</option>
<option value="status">Status</option>
<option value="priority">Priority</option>
<option value="assigned_to">Assignee</option>
<option value="fixed_version">Target version</option></select></td>
              </tr>
            </table>
          </div>
      </fieldset>
    </div>

    <p class="buttons">
      <a href="#" onclick="$(&quot;#query_form&quot;).submit(); return false;" class="icon icon-checked">Apply</a>
      <a class="icon icon-reload" href="/projects/glazecalc/issues?set_filter=1&amp;sort=">Clear</a>
    </p>
  </div>

</form>


<form data-cm-url="/issues/context_menu" action="/projects/glazecalc/issues" accept-charset="UTF-8" method="post"><input name="utf8" type="hidden" value="&#x2713;" autocomplete="off" /><input type="hidden" name="authenticity_token" value="Ux7pK2mR9cQ4vT8sW1yB6eL3nA0oJ5iH7gF2dS9kZ4xC8bV1mN6qP3wE0rT5yU2i" autocomplete="off" />
<input type="hidden" name="back_url" value="/projects/glazecalc/issues" autocomplete="off" />
<input type="hidden" name="c[]" value="tracker" autocomplete="off" /><input type="hidden" name="c[]" value="status" autocomplete="off" /><input type="hidden" name="c[]" value="priority" autocomplete="off" /><input type="hidden" name="c[]" value="subject" autocomplete="off" /><input type="hidden" name="c[]" value="assigned_to" autocomplete="off" /><input type="hidden" name="c[]" value="fixed_version" autocomplete="off" /><input type="hidden" name="c[]" value="updated_on" autocomplete="off" />
<div class="autoscroll">
<table class="list issues odd-even sort-by-id sort-desc">
  <thead>
    <tr>
      <th class="checkbox hide-when-print">
        <input type="checkbox" name="check_all" id="check_all" value="" class="toggle-selection" title="Check all/Uncheck all" autocomplete="off" />
      </th>
      {headers}
      <th class="buttons hide-when-print"></th>
    </tr>
  </thead>
  <tbody>
{rows}
  </tbody>
</table>
</div>
</form>
{_kt_pagination(number, total_pages, first, last, len(KT_ISSUES))}


<p class="other-formats hide-when-print">Also available in:  <span><a class="atom" rel="nofollow" href="/projects/glazecalc/issues.atom">Atom</a></span>
  <span><a class="csv" rel="nofollow" onclick="showModal(&#39;csv-export-options&#39;, &#39;350px&#39;); return false;" href="/projects/glazecalc/issues.csv">CSV</a></span>
  <span><a class="pdf" rel="nofollow" href="/projects/glazecalc/issues.pdf">PDF</a></span>
</p>

<div id="csv-export-options" style="display:none;">
  <h3 class="title">CSV export options</h3>
  <form id="csv-export-form" action="/projects/glazecalc/issues.csv" accept-charset="UTF-8" method="get"><input name="utf8" type="hidden" value="&#x2713;" autocomplete="off" />
  <input type="hidden" name="set_filter" value="1" autocomplete="off" /><input type="hidden" name="f[]" value="status_id" autocomplete="off" /><input type="hidden" name="op[status_id]" value="o" autocomplete="off" />
  <p>
    <label><input type="radio" name="c[]" id="c_" value="" checked="checked" autocomplete="off" /> Selected columns</label><br />
    <label><input type="radio" name="c[]" id="c_all_inline" value="all_inline" autocomplete="off" /> All columns</label>
  </p>
  <p class="buttons">
    <input type="submit" value="Export" onclick="hideModal(this);" data-disable-with="Export" />
    <a href="#" onclick="hideModal(this); return false;">Cancel</a>
  </p>
</form></div>


        <div style="clear:both;"></div>
    </div>
</div>
<div id="footer">
    Powered by <a target="_blank" rel="noopener" href="https://www.redmine.org/">Redmine</a> &copy; 2006-2024 Jean-Philippe Lang
</div>

<div id="ajax-indicator" style="display:none;"><span>Loading...</span></div>
<div id="ajax-modal" style="display:none;"></div>

</div>
</div>
</div>
</body>
</html>"""


@twentyfourth
def build_kilnworks_tracker() -> None:
    s = Site(
        "kilnworks-tracker",
        kind="issue tracker list (Redmine 5.1 as a guest: table.list.issues with th sort links, tr.hascontextmenu.odd/even.issue.tracker-N.status-N.priority-N rows, td.id / td.tracker / td.status / td.priority / td.subject / td.assigned_to / td.fixed_version / td.updated_on cells, empty cells when unassigned, '03/14/2025 07:42 PM' dates, Filters / Options fieldsets, saved-query sidebar, span.pagination ul.pages '« Previous' / 'Next »' + '(16-30/39)' + 'Per page:', ?page=N)",
        start="projects/glazecalc/issues",
        description="An open-source glaze-calculator project's public Redmine 5.1 issue list (the default 'open' query, sorted by id descending, 15 a page): top menu (Home / Projects / Help, Sign in / Register), header with quick search, project jump and main-menu tabs (Overview … Repository), a sidebar (View all issues / Summary, Calendar / Gantt, four custom queries), the filter form (filters script with JSON, add-filter select, collapsed Options fieldset with column and group-by selects, Apply / Clear), then the context-menu form with hidden c[] inputs and table.list.issues: a checkbox th and th sort links (#, Tracker, Status, Priority, Subject, Assignee, Target version, Updated), rows tr#issue-N of a checkbox, the id link, bare tracker / status / priority texts, the subject link to /issues/N, an assignee a.user link (empty cell on most), a target version link to /versions/N (empty on most), '03/14/2025 07:42 PM' and an 'Actions' context-menu link; below it span.pagination > ul.pages with li.previous / li.current / li.page / li.next (a span when disabled, accesskey links otherwise), '(1-15/39)' and 'Per page: 15, 30, 60'; 'Also available in: Atom | CSV | PDF', a hidden CSV export dialog, 'Powered by Redmine'. ?page=1 serves page 1 again. 15 + 15 + 9 issues. Written down: id, title, url, tracker, status, priority, assignee, target_version, updated (ISO day).",
    )
    pages = chunks(KT_ISSUES, KT_PAGE_SIZES)
    first = 1
    for number, issues in enumerate(pages, 1):
        html = _kt_page(number, len(pages), issues, first)
        if number == 1:
            s.list_page("projects/glazecalc/issues", html)
            s.write("projects/glazecalc/issues@page=1", html)
        else:
            s.list_page(f"projects/glazecalc/issues@page={number}", html)
        first += len(issues)
    for ident, tracker, status, priority, subject, assignee, version, stamp in KT_ISSUES:
        s.expect(
            {
                "id": ident,
                "title": subject,
                "url": f"/issues/{ident}",
                "tracker": tracker,
                "status": status,
                "priority": priority,
                "assignee": assignee,
                "target_version": version,
                "updated": stamp.split(" ")[0],
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# stoneleaf-handbook: BookStack v24 search results for "backup".
# ---------------------------------------------------------------------------------------------------

#: (type, name, book or None, chapter or None, excerpt, tags)
SH_RESULTS: list[tuple[str, str, str | None, str | None, str, list[str]]] = [
    (
        "page",
        "Backup Policy",
        "IT Operations",
        "Policies",
        "Every production system is backed up nightly to two locations. This policy sets out what is backed up, how long it is kept and who may restore it.",
        ["policy", "backup"],
    ),
    (
        "chapter",
        "Backup and Restore",
        "IT Operations",
        None,
        "Procedures for scheduling, checking and restoring backups of servers, databases and laptops.",
        [],
    ),
    (
        "page",
        "Restoring a File from the Nightly Backup",
        "IT Operations",
        "Backup and Restore",
        "Open the restore console, pick the date of the backup you need and browse to the folder. Restores of more than 5 GB need a ticket.",
        ["how-to"],
    ),
    (
        "page",
        "Laptop Backup with Time Machine",
        "IT Operations",
        "Endpoints",
        "Mac laptops back up to the office NAS whenever they are on the office network. Plug in at least once a week.",
        ["mac", "how-to"],
    ),
    (
        "page",
        "Database Backup Schedule",
        "IT Operations",
        "Backup and Restore",
        "PostgreSQL is dumped at 01:30 and 13:30; the WAL archive is shipped every five minutes to the offsite bucket.",
        ["postgres"],
    ),
    (
        "book",
        "Disaster Recovery Plan",
        None,
        None,
        "What we do when a site, a cloud region or a key supplier is lost: roles, contact trees, recovery targets and the yearly test.",
        ["drp"],
    ),
    (
        "page",
        "Offsite Backup Rotation",
        "IT Operations",
        "Backup and Restore",
        "Tapes leave the building every Friday with the courier and come back after four weeks. Keep the log sheet in the server room.",
        [],
    ),
    (
        "page",
        "Checking Backup Reports",
        "IT Operations",
        "Backup and Restore",
        "Each morning the on-call engineer reads the backup report and opens a ticket for any job marked Failed or Warning.",
        ["on-call"],
    ),
    (
        "page",
        "Backup Retention Periods",
        "Compliance",
        "Records Management",
        "Financial records are kept for seven years, payroll backups for six, email archives for three.",
        ["retention", "policy"],
    ),
    (
        "page",
        "Restore Test Results 2024",
        "Disaster Recovery Plan",
        "Tests",
        "All twelve quarterly restore tests passed; the slowest full restore took 3 hours 40 minutes against a target of 4 hours.",
        ["drp", "report"],
    ),
    (
        "page",
        "Recovery Point and Recovery Time Objectives",
        "Disaster Recovery Plan",
        None,
        "For each service the RPO says how much data we can lose and the RTO how long it may be down.",
        ["drp"],
    ),
    (
        "page",
        "Backing Up Shared Drives",
        "IT Operations",
        "File Services",
        "Shared drives are snapshotted every hour and kept for 30 days. Users can restore their own files from the Previous Versions tab.",
        [],
    ),
    (
        "page",
        "Encryption Keys for Backups",
        "Security",
        "Key Management",
        "Backup encryption keys are held in the vault under the path backup/prod. Two people must approve any export of a key.",
        ["security", "vault"],
    ),
    (
        "page",
        "Onboarding Checklist for IT Staff",
        "People",
        "Onboarding",
        "Week one: get access to the ticket queue, the backup console and the monitoring dashboards; shadow the on-call engineer.",
        ["onboarding"],
    ),
    (
        "chapter",
        "Backup Tooling",
        "Engineering Handbook",
        None,
        "Notes on the scripts and services we use for backups of build servers and developer databases.",
        [],
    ),
    (
        "page",
        "Restic Cheat Sheet",
        "Engineering Handbook",
        "Backup Tooling",
        "restic snapshots, restic restore latest --target /tmp/restore, restic forget --keep-daily 7 --prune.",
        ["cli"],
    ),
    (
        "page",
        "Mobile Device Backup",
        "IT Operations",
        "Endpoints",
        "Company phones back up to the managed cloud account. Personal phones must not hold customer data.",
        ["mobile"],
    ),
    (
        "page",
        "What to Do if a Backup Fails",
        "IT Operations",
        "Backup and Restore",
        "Re-run the job once. If it fails again, check the disk space on the target and the job log, then escalate to the storage team.",
        ["on-call", "how-to"],
    ),
    (
        "page",
        "Email Archive and Backup",
        "IT Operations",
        "Email",
        "Mailboxes are archived after 90 days and backed up with the rest of the cloud tenant once a day.",
        [],
    ),
    (
        "page",
        "Ransomware Response",
        "Security",
        "Incident Response",
        "Disconnect affected machines, do not pay, and check that the last clean backup is intact before anything is restored.",
        ["security", "incident"],
    ),
    (
        "page",
        "Server Room Access",
        "Facilities",
        None,
        "Only IT staff and the facilities manager hold badges for the server room. Visitors must be escorted and signed in.",
        [],
    ),
    (
        "page",
        "Cloud Storage Lifecycle Rules",
        "Engineering Handbook",
        "Cloud",
        "Objects in the backups bucket move to cold storage after 30 days and are deleted after 400.",
        ["aws"],
    ),
    (
        "page",
        "Printer Setup",
        "IT Operations",
        "Endpoints",
        "Add the printer from the self-service portal. Scans are saved to your home folder, which is included in the nightly backup.",
        [],
    ),
    (
        "page",
        "Backup Job Naming Convention",
        "IT Operations",
        "Backup and Restore",
        "Name jobs site-system-frequency, for example ldn-erp-daily. Do not use spaces.",
        ["standards"],
    ),
    (
        "page",
        "Annual DR Test Runbook",
        "Disaster Recovery Plan",
        "Tests",
        "Book the test window two months ahead, announce it to all staff and restore the ERP from backup at the secondary site.",
        ["drp", "runbook"],
    ),
    (
        "page",
        "Virtual Machine Snapshots Are Not Backups",
        "Engineering Handbook",
        "Backup Tooling",
        "Snapshots live on the same storage as the VM. Use them before a change, then delete them within 72 hours.",
        [],
    ),
    (
        "page",
        "Data Classification",
        "Compliance",
        None,
        "Confidential data must be encrypted at rest, including in backups and exports.",
        ["policy"],
    ),
    (
        "page",
        "Supplier Contacts for Recovery",
        "Disaster Recovery Plan",
        None,
        "Phone numbers and contract references for the backup provider, the colocation site and the network carrier.",
        ["drp", "contacts"],
    ),
    (
        "page",
        "Leaver Process",
        "People",
        "Offboarding",
        "On the last day IT disables the account; the mailbox and home folder are kept in backup for 90 days.",
        [],
    ),
    (
        "page",
        "NAS Firmware Updates",
        "IT Operations",
        "File Services",
        "Update the NAS on the second Tuesday of the month, after the weekly backup has completed.",
        ["maintenance"],
    ),
    (
        "page",
        "Git Repository Mirrors",
        "Engineering Handbook",
        "Source Control",
        "All repositories are mirrored every night to a second provider as an extra backup.",
        ["git"],
    ),
    (
        "page",
        "Budget Lines for Infrastructure",
        "Finance",
        "Budgets",
        "Storage and backup licences are budgeted under cost centre 4410.",
        [],
    ),
    (
        "page",
        "Tape Library Maintenance",
        "IT Operations",
        "Backup and Restore",
        "Clean the drives monthly with the cleaning cartridge in slot 24 and replace it after 50 uses.",
        ["maintenance"],
    ),
    (
        "page",
        "Home Working Equipment",
        "People",
        None,
        "Staff working from home must connect to the VPN at least once a week so their laptop can back up.",
        ["remote"],
    ),
    (
        "page",
        "Change Freeze Calendar",
        "IT Operations",
        None,
        "No changes to storage, backup or network systems between 15 December and 5 January.",
        [],
    ),
    (
        "page",
        "Configuration Backups for Network Devices",
        "IT Operations",
        "Network",
        "Switch and firewall configurations are pulled nightly by the config tool and kept for a year.",
        ["network"],
    ),
    (
        "page",
        "Audit Evidence Requests",
        "Compliance",
        "Audits",
        "Auditors usually ask for backup reports, restore test results and the access list for the backup console.",
        ["audit"],
    ),
    (
        "page",
        "Developer Database Seeds",
        "Engineering Handbook",
        "Databases",
        "Never load a production backup into a developer database. Use the anonymised seed instead.",
        ["postgres", "security"],
    ),
    (
        "page",
        "Retired Systems Register",
        "IT Operations",
        None,
        "When a system is retired its final backup is kept for the retention period of its data, then destroyed.",
        [],
    ),
    (
        "page",
        "Incident Report: Failed Backups in March",
        "Security",
        "Incident Reports",
        "A full target disk caused four nights of failed backups before the alert was noticed.",
        ["incident", "report"],
    ),
    (
        "page",
        "Office Move Checklist",
        "Facilities",
        None,
        "Take a full backup of the local servers before the movers arrive and check it can be read.",
        [],
    ),
    (
        "page",
        "Wiki Editing Guidelines",
        "About This Handbook",
        None,
        "This handbook is backed up with the other internal services; page history is kept for ever.",
        [],
    ),
    (
        "page",
        "Glossary",
        "About This Handbook",
        None,
        "Backup: a copy of data kept so that it can be restored after loss. See also Snapshot and Archive.",
        [],
    ),
    (
        "page",
        "Storage Capacity Planning",
        "IT Operations",
        "File Services",
        "Backup storage grows about 4% a month; order more disks when free space falls below 20%.",
        ["planning"],
    ),
    (
        "page",
        "Archiving Old Projects",
        "Engineering Handbook",
        None,
        "Move finished project folders to the archive share; they are kept in backup but not on fast storage.",
        [],
    ),
]
SH_PAGE_SIZES = [20, 20, 5]
SH_TERM = "backup"


def _sh_slug(text: str) -> str:
    return slug(text)


def _sh_url(result: tuple[str, str, str | None, str | None, str, list[str]]) -> str:
    kind, name, book, _chapter, _excerpt, _tags = result
    if kind == "book":
        return f"/books/{_sh_slug(name)}"
    if kind == "chapter":
        return f"/books/{_sh_slug(book or '')}/chapter/{_sh_slug(name)}"
    return f"/books/{_sh_slug(book or '')}/page/{_sh_slug(name)}"


def _sh_mark(text: str) -> str:
    """BookStack's search formatter wraps matched terms in ``<strong>``."""
    out: list[str] = []
    lower = text.lower()
    at = 0
    while True:
        found = lower.find(SH_TERM, at)
        if found < 0:
            out.append(esc(text[at:]))
            break
        end = found + len(SH_TERM)
        while end < len(text) and text[end].isalpha():
            end += 1
        out.append(esc(text[at:found]))
        out.append(f"<strong>{esc(text[found:end])}</strong>")
        at = end
    return "".join(out)


SH_ICONS = {
    "page": '<svg class="svg-icon" data-icon="page" role="presentation" viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg"><path d="M14 2H6c-1.1 0-2 .9-2 2v16c0 1.1.9 2 2 2h12c1.1 0 2-.9 2-2V8l-6-6zM6 20V4h7v5h5v11H6z"/></svg>',
    "chapter": '<svg class="svg-icon" data-icon="chapter" role="presentation" viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg"><path d="M6 2h12v20l-6-4-6 4z"/></svg>',
    "book": '<svg class="svg-icon" data-icon="book" role="presentation" viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg"><path d="M18 2H6c-1.1 0-2 .9-2 2v16c0 1.1.9 2 2 2h12c1.1 0 2-.9 2-2V4c0-1.1-.9-2-2-2zM6 4h5v8l-2.5-1.5L6 12V4z"/></svg>',
}
SH_CHEVRON = '<svg class="svg-icon" data-icon="chevron-right" role="presentation" viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg"><path d="M10 6 8.59 7.41 13.17 12l-4.58 4.59L10 18l6-6z"/></svg>'
SH_TAG = '<svg class="svg-icon" data-icon="tag" role="presentation" viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg"><path d="M21.41 11.58l-9-9C12.05 2.22 11.55 2 11 2H4c-1.1 0-2 .9-2 2v7c0 .55.22 1.05.59 1.42l9 9c.36.36.86.58 1.41.58.55 0 1.05-.22 1.41-.59l7-7c.37-.36.59-.86.59-1.41 0-.55-.23-1.06-.59-1.42zM5.5 7C4.67 7 4 6.33 4 5.5S4.67 4 5.5 4 7 4.67 7 5.5 6.33 7 5.5 7z"/></svg>'


def _sh_item(index: int, result: tuple[str, str, str | None, str | None, str, list[str]]) -> str:
    kind, name, book, chapter, excerpt, tags = result
    path = ""
    if kind != "book" and book:
        path = f'\n\n            <span class="text-book">{esc(book)}</span>'
        if chapter:
            path += f'\n                            <span class="text-muted entity-list-item-path-sep">{SH_CHEVRON}</span> <span class="text-chapter">{esc(chapter)}</span>'
    tag_html = ""
    if tags:
        tag_items = "".join(
            f'<div class="tag-item primary-background-light" data-name="{esc(tag)}" data-value="">\n            <div class="tag-name"><span>{SH_TAG}{esc(tag)}</span></div>\n        </div>\n'
            for tag in tags
        )
        tag_html = f'\n\n    <div class="entity-item-tags mt-xs">\n        {tag_items}    </div>'
    ident = 300 + _num(name, 2600)
    return f"""<a href="{_sh_url(result)}" class="{kind}  entity-list-item" data-entity-type="{kind}" data-entity-id="{ident}">
    <span role="presentation" class="icon text-{kind}">{SH_ICONS[kind]}</span>
    <div class="content">
            <h4 class="entity-list-item-name break-text">{_sh_mark(name)}</h4>
            <div class="entity-item-snippet">
{path}

    <p class="text-muted break-text">{_sh_mark(excerpt)}</p>
</div>{tag_html}

    </div>
</a>"""


def _sh_pager(number: int, total: int) -> str:
    def href(page: int) -> str:
        return f"/search?term={SH_TERM}&amp;page={page}"

    items: list[str] = []
    if number == 1:
        items.append(
            '<li class="disabled" aria-disabled="true" aria-label="&laquo; Previous">\n                <span aria-hidden="true">&lsaquo;</span>\n            </li>'
        )
    else:
        items.append(
            f'<li>\n                <a href="{href(number - 1)}" rel="prev" aria-label="&laquo; Previous">&lsaquo;</a>\n            </li>'
        )
    for page in range(1, total + 1):
        if page == number:
            items.append(f'<li class="active" aria-current="page"><span>{page}</span></li>')
        else:
            items.append(f'<li><a href="{href(page)}">{page}</a></li>')
    if number < total:
        items.append(
            f'<li>\n                <a href="{href(number + 1)}" rel="next" aria-label="Next &raquo;">&rsaquo;</a>\n            </li>'
        )
    else:
        items.append(
            '<li class="disabled" aria-disabled="true" aria-label="Next &raquo;">\n                <span aria-hidden="true">&rsaquo;</span>\n            </li>'
        )
    joined = "\n                                    ".join(items)
    return f"""<nav>
        <ul class="pagination">
            {joined}
        </ul>
    </nav>"""


def _sh_type_filter(entity: str, label: str) -> str:
    return f"""<label class="toggle-switch toggle-switch-{entity}">
    <input type="checkbox" name="types[]" value="{entity}" checked>
    <span class="toggle-switch-inner"></span>
    <span class="label">{label}</span>
</label>"""


def _sh_page(number: int, total: int, results: list[tuple[str, str, str | None, str | None, str, list[str]]]) -> str:
    items = "\n".join(_sh_item(i, r) for i, r in enumerate(results))
    return f"""<!DOCTYPE html>
<html lang="en"
      dir="ltr"
      class="">
<head>
    <title>Search - Stoneleaf Handbook</title>

    <!-- Meta -->
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width">
    <meta name="token" content="8nJ3kW0qL5vR2xT7yP9cB4mA6sD1fG3hK8zX0eU5">
    <meta name="base-url" content="https://handbook.stoneleaf.example">
    <meta name="theme-color" content="#206ea7"/>

    <!-- Social Cards Meta -->
    <meta property="og:title" content="Search - Stoneleaf Handbook">
    <meta property="og:url" content="https://handbook.stoneleaf.example/search?term={SH_TERM}{"&amp;page=" + str(number) if number > 1 else ""}">

    <!-- Styles -->
    <link rel="stylesheet" href="https://handbook.stoneleaf.example/dist/styles.css?version=v24.12.1">

    <!-- Icons -->
    <link rel="icon" type="image/png" sizes="256" href="https://handbook.stoneleaf.example/icon.png">
    <link rel="icon" type="image/png" sizes="180" href="https://handbook.stoneleaf.example/icon-180.png">
    <link rel="manifest" href="https://handbook.stoneleaf.example/manifest.json">

    <!-- Custom Styles & Head Content -->
    <style>
    :root {{
        --color-primary: #206ea7;
        --color-primary-light: rgba(32,110,167,0.15);
        --color-link: #206ea7;
        --color-bookshelf: #a94747;
        --color-book: #077b70;
        --color-chapter: #af4d0d;
        --color-page: #206ea7;
        --color-page-draft: #7e50b1;
    }}
    </style>

    <!-- Translations for JS -->
    <script type="module" src="https://handbook.stoneleaf.example/dist/app.js?version=v24.12.1" nonce="Zk8pR2vT5xW9"></script>
</head>
<body class="" component="shortcuts">

    <a class="px-m py-s skip-to-content-link" href="#main-content">Skip to main content</a>
    <div component="notification" option:notification:type="success" option:notification:auto-hide="true" style="display: none;"><span class="notification-text"></span><div class="dismiss">✕</div></div>

    <header id="header" component="header-mobile-toggle" class="primary-background print-hidden">
    <div class="grid mx-l">

        <div>
            <a href="https://handbook.stoneleaf.example" data-shortcut="home_view" class="logo">
                <span class="logo-text">Stoneleaf Handbook</span>
            </a>
            <button type="button" refs="header-mobile-toggle@toggle" title="Expand Header Menu" aria-expanded="false" class="mobile-menu-toggle hide-over-l">☰</button>
        </div>

        <div class="flex-container-column items-center justify-center hide-under-l">
            <div class="search-box flexible" component="global-search" option:global-search:url="https://handbook.stoneleaf.example/search/suggest">
    <form action="https://handbook.stoneleaf.example/search" method="GET" class="search-box flexible" role="search" tabindex="0">
        <button id="header-search-box-button" refs="global-search@button" type="submit" aria-label="Search" tabindex="-1"><svg class="svg-icon" data-icon="search" role="presentation" viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg"><path d="M15.5 14h-.79l-.28-.27A6.471 6.471 0 0 0 16 9.5 6.5 6.5 0 1 0 9.5 16c1.61 0 3.09-.59 4.23-1.57l.27.28v.79l5 4.99L20.49 19l-4.99-5zm-6 0C7.01 14 5 11.99 5 9.5S7.01 5 9.5 5 14 7.01 14 9.5 11.99 14 9.5 14z"/></svg></button>
        <input id="header-search-box-input" refs="global-search@input" type="text" name="term" data-shortcut="global_search" autocomplete="off" aria-label="Search" placeholder="Search" value="{SH_TERM}">
        <div refs="global-search@suggestions" class="global-search-suggestions card">
            <div refs="global-search@loading" class="text-center px-m global-search-loading"><div class="loading-container"><div></div><div></div><div></div></div></div>
            <div refs="global-search@suggestion-results" class="px-m"></div>
            <button class="text-button card-footer-link" type="submit">View All</button>
        </div>
    </form>
</div>
        </div>

        <nav refs="header-mobile-toggle@menu" class="header-links">
            <div class="links text-center">
                <a href="https://handbook.stoneleaf.example/search" data-shortcut="search_view" class="hide-over-l"><svg class="svg-icon" data-icon="search" role="presentation" viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg"><path d="M15.5 14h-.79l-.28-.27A6.471 6.471 0 0 0 16 9.5 6.5 6.5 0 1 0 9.5 16c1.61 0 3.09-.59 4.23-1.57l.27.28v.79l5 4.99L20.49 19l-4.99-5z"/></svg>Search</a>
                <a href="https://handbook.stoneleaf.example/shelves" data-shortcut="shelves_view"><svg class="svg-icon" data-icon="bookshelf" role="presentation" viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg"><path d="M2 20h20v2H2zM4 4h3v14H4zm5 0h3v14H9zm6.3.6 2.9-.8 3.6 13.5-2.9.8z"/></svg>Shelves</a>
                <a href="https://handbook.stoneleaf.example/books" data-shortcut="books_view"><svg class="svg-icon" data-icon="books" role="presentation" viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg"><path d="M4 6H2v14c0 1.1.9 2 2 2h14v-2H4V6zm16-4H8c-1.1 0-2 .9-2 2v12c0 1.1.9 2 2 2h12c1.1 0 2-.9 2-2V4c0-1.1-.9-2-2-2z"/></svg>Books</a>
                <a href="https://handbook.stoneleaf.example/login"><svg class="svg-icon" data-icon="login" role="presentation" viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg"><path d="M11 7 9.6 8.4l2.6 2.6H2v2h10.2l-2.6 2.6L11 17l5-5-5-5zm9 12h-8v2h8c1.1 0 2-.9 2-2V5c0-1.1-.9-2-2-2h-8v2h8v14z"/></svg>Log in</a>
            </div>
        </nav>

    </div>
</header>

    <div id="content" onclick="" class="block">
            <div class="container mt-xl" id="search-system">

        <div class="grid right-focus reverse-collapse gap-xl">
            <div>
                <div>
                    <h5>Advanced Search</h5>

                    <form method="get" action="https://handbook.stoneleaf.example/search">
                        <h6>Search Terms</h6>
                        <input type="text" name="search" value="{SH_TERM}">

                        <h6>Content Type</h6>
                        <div class="form-group">
                            {_sh_type_filter("page", "Page")}
                            {_sh_type_filter("chapter", "Chapter")}
                            <br>
                            {_sh_type_filter("book", "Book")}
                            {_sh_type_filter("bookshelf", "Shelf")}
                        </div>

                        <h6>Exact Matches</h6>
                        <div component="add-remove-rows" option:add-remove-rows:remove-selector="button.text-neg" option:add-remove-rows:row-selector=".flex-container-row">
    <div class="flex-container-row">
        <input type="text" name="exact[]" value="">
        <button type="button" aria-label="Remove" class="text-neg text-button icon-button p-xs"><svg class="svg-icon" data-icon="close" role="presentation" viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg"><path d="M19 6.41 17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z"/></svg></button>
    </div>
    <button refs="add-remove-rows@add" type="button" class="text-button">Add Term</button>
</div>

                        <h6>Tag Searches</h6>
                        <div component="add-remove-rows" option:add-remove-rows:remove-selector="button.text-neg" option:add-remove-rows:row-selector=".flex-container-row">
    <div class="flex-container-row">
        <input type="text" name="tags[]" value="">
        <button type="button" aria-label="Remove" class="text-neg text-button icon-button p-xs"><svg class="svg-icon" data-icon="close" role="presentation" viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg"><path d="M19 6.41 17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z"/></svg></button>
    </div>
    <button refs="add-remove-rows@add" type="button" class="text-button">Add Term</button>
</div>

                        <h6>Date Options</h6>
                        <div component="optional-input" class="search-date-filter">
    <label for="search_filter_updated_after">Updated After</label>
    <input type="date" name="filters[updated_after]" id="search_filter_updated_after" value="" pattern="[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}">
</div>
                        <div component="optional-input" class="search-date-filter">
    <label for="search_filter_updated_before">Updated Before</label>
    <input type="date" name="filters[updated_before]" id="search_filter_updated_before" value="" pattern="[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}">
</div>
                        <div component="optional-input" class="search-date-filter">
    <label for="search_filter_created_after">Created After</label>
    <input type="date" name="filters[created_after]" id="search_filter_created_after" value="" pattern="[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}">
</div>
                        <div component="optional-input" class="search-date-filter">
    <label for="search_filter_created_before">Created Before</label>
    <input type="date" name="filters[created_before]" id="search_filter_created_before" value="" pattern="[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}">
</div>

                        <input type="hidden" name="extras" value="">
                        <button type="submit" class="button">Update Search</button>
                    </form>

                </div>
            </div>
            <div>
                <div class="card content-wrap">
                    <h1 class="list-heading">Search Results</h1>

                    <form action="https://handbook.stoneleaf.example/search" method="GET" class="search-box flexible hide-over-l">
                        <input value="{SH_TERM}" type="text" name="term"
                               placeholder="Search">
                        <button type="submit"
                                aria-label="Search"
                                tabindex="-1"><svg class="svg-icon" data-icon="search" role="presentation" viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg"><path d="M15.5 14h-.79l-.28-.27A6.471 6.471 0 0 0 16 9.5 6.5 6.5 0 1 0 9.5 16c1.61 0 3.09-.59 4.23-1.57l.27.28v.79l5 4.99L20.49 19l-4.99-5z"/></svg></button>
                    </form>

                    <h6 class="text-muted">{len(SH_RESULTS)} total results found</h6>
                    <div class="book-contents">
                        <div class="entity-list ">
{items}
    </div>
                    </div>

                    {_sh_pager(number, total)}

                </div>
            </div>
        </div>

    </div>
    </div>

    <footer class="print-hidden">
        <a href="https://handbook.stoneleaf.example/privacy" target="_blank" class="text-muted">Privacy Policy</a>
        <a href="https://handbook.stoneleaf.example/terms" target="_blank" class="text-muted">Terms of Service</a>
    </footer>

    <div id="back-to-top" class="primary-background print-hidden">
        <div class="inner">
            <svg class="svg-icon" data-icon="chevron-up" role="presentation" viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg"><path d="M7.41 15.41 12 10.83l4.59 4.58L18 14l-6-6-6 6z"/></svg> <span>Back to top</span>
        </div>
    </div>

    </body>
</html>"""


@twentyfourth
def build_stoneleaf_handbook() -> None:
    s = Site(
        "stoneleaf-handbook",
        kind="knowledge-base search results (BookStack v24.12 as a public guest: div.entity-list of a.entity-list-item results, each one link wrapping a page / chapter / book svg icon, h4.entity-list-item-name with the matched word in <strong>, div.entity-item-snippet with span.text-book › span.text-chapter path and an excerpt p, entity-item-tags of tag-item divs; '45 total results found', the Advanced Search form beside it, a Laravel ul.pagination of ‹ / numbers / › with rel=prev/next, /search?term=backup&page=N)",
        start="search?term=backup",
        description="A company handbook's public BookStack v24.12 search for 'backup' (20 results a page): the primary-background header (logo text, global search box with suggestions, Shelves / Books / Log in links with svg icons), the Advanced Search form (search terms, Page / Chapter / Book / Shelf toggles, exact-match and tag rows, four date filters, Update Search), then the results card: h1 'Search Results', a mobile search form, '45 total results found', div.entity-list of a.entity-list-item[data-entity-type][data-entity-id] links (page, chapter and book results: the icon span, h4.entity-list-item-name with <strong> around each 'backup…' word, div.entity-item-snippet holding span.text-book and, for pages in chapters, a chevron span and span.text-chapter, then the excerpt p with <strong> marks; books have no path; an entity-item-tags block of div.tag-item[data-name] items on some), and a Laravel default paginator nav > ul.pagination (disabled ‹ span on page 1, li.active span, numbered links, rel=next ›); footer policy links, a back-to-top button. Links go to /books/<book>/page/<slug>, /books/<book>/chapter/<slug>, /books/<slug>. 20 + 20 + 5 results. Written down: title, url, book, chapter, snippet (the excerpt), tags.",
    )
    pages = chunks(SH_RESULTS, SH_PAGE_SIZES)
    for number, results in enumerate(pages, 1):
        html = _sh_page(number, len(pages), results)
        if number == 1:
            s.list_page(f"search@term={SH_TERM}", html)
            s.write(f"search@term={SH_TERM}&page=1", html)
        else:
            s.list_page(f"search@term={SH_TERM}&page={number}", html)
    for result in SH_RESULTS:
        kind, name, book, chapter, excerpt, tags = result
        s.expect(
            {
                "title": name,
                "url": _sh_url(result),
                "book": book if kind != "book" else None,
                "chapter": chapter if kind != "book" else None,
                "snippet": excerpt,
                "tags": tags or None,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# retrorigs-forum: an SMF 2.1 message index (Curve2) seen by a guest.
# ---------------------------------------------------------------------------------------------------

#: (topic id, subject, starter, starter id or None for a guest, replies, views, last poster, last poster id, "YYYY-MM-DD HH:MM:SS", sticky, locked)
RR_TOPICS: list[tuple[int, str, str, int | None, int, int, str, int | None, str, bool, bool]] = [
    (
        2210,
        "Read first: board rules and how to post photos",
        "Kestrel",
        1,
        3,
        18204,
        "Kestrel",
        1,
        "2024-11-02 10:14:07",
        True,
        True,
    ),
    (
        5871,
        "Amiga 500 recap guide (with part lists for rev 5, 6A and 8A)",
        "capfiend",
        88,
        64,
        41327,
        "deneb_a",
        402,
        "2025-03-09 21:40:33",
        True,
        False,
    ),
    (
        7412,
        "A1200 won't boot after PSU swap - black screen, power LED on",
        "tomasz_k",
        1204,
        17,
        845,
        "capfiend",
        88,
        "2025-03-14 19:42:11",
        False,
        False,
    ),
    (
        7410,
        "Atari STE DMA sound crackles on the left channel",
        "lynx_rider",
        977,
        8,
        312,
        "lynx_rider",
        977,
        "2025-03-14 16:05:52",
        False,
        False,
    ),
    (
        7409,
        "Found a boxed CD32 at a car boot sale",
        "Ophelia",
        1450,
        23,
        1290,
        "Bitplane",
        233,
        "2025-03-14 11:27:40",
        False,
        False,
    ),
    (
        7405,
        "Gotek with FlashFloppy: which firmware for the ST?",
        "hatari_fan",
        610,
        11,
        604,
        "Kestrel",
        1,
        "2025-03-13 22:18:09",
        False,
        False,
    ),
    (
        7401,
        "WTB: Kickstart 3.1 ROM for A600",
        "Guest_Ron",
        None,
        2,
        198,
        "deneb_a",
        402,
        "2025-03-13 15:30:21",
        False,
        False,
    ),
    (
        7398,
        "Mega ST keyboard - replacement domes?",
        "Stefan R.",
        1322,
        6,
        277,
        "lynx_rider",
        977,
        "2025-03-13 09:12:45",
        False,
        False,
    ),
    (
        7394,
        "Show us your setup (2025 edition)",
        "Bitplane",
        233,
        142,
        9811,
        "Ophelia",
        1450,
        "2025-03-12 19:47:03",
        False,
        False,
    ),
    (
        7390,
        "A3000 battery leak damage - is this board savable?",
        "wetwipe",
        1511,
        31,
        2204,
        "capfiend",
        88,
        "2025-03-12 14:20:38",
        False,
        False,
    ),
    (
        7387,
        "Best SD to IDE adapter for the A1200 in 2025?",
        "grobbler",
        1488,
        19,
        1126,
        "hatari_fan",
        610,
        "2025-03-11 21:03:16",
        False,
        False,
    ),
    (
        7381,
        "Falcon030 CT60 owners - anyone still running one?",
        "Nova",
        801,
        12,
        734,
        "Nova",
        801,
        "2025-03-11 12:55:59",
        False,
        False,
    ),
    (
        7377,
        "Paula filter mod: before and after recordings",
        "deneb_a",
        402,
        9,
        503,
        "tomasz_k",
        1204,
        "2025-03-10 17:36:27",
        False,
        False,
    ),
    (
        7372,
        "Locked: duplicate of the PSU thread",
        "Kestrel",
        1,
        0,
        88,
        "Kestrel",
        1,
        "2025-03-10 08:14:50",
        False,
        True,
    ),
    (
        7368,
        "Sprites flicker in Turrican II on my 520STFM",
        "PixelPete",
        1533,
        5,
        264,
        "lynx_rider",
        977,
        "2025-03-09 13:00:02",
        False,
        False,
    ),
    (
        7361,
        "Retr0bright on an A1200 case: results after two weeks",
        "Ophelia",
        1450,
        27,
        1877,
        "wetwipe",
        1511,
        "2025-03-08 20:22:14",
        False,
        False,
    ),
    (
        7357,
        "Help identifying a Zorro II card (photos)",
        "grobbler",
        1488,
        14,
        689,
        "Bitplane",
        233,
        "2025-03-08 10:48:31",
        False,
        False,
    ),
    (
        7350,
        "ST monochrome monitor SM124 - whine and no picture",
        "Stefan R.",
        1322,
        7,
        355,
        "capfiend",
        88,
        "2025-03-07 16:05:09",
        False,
        False,
    ),
    (
        7346,
        "Workbench 3.2.2 vs 3.1.4 on a stock A1200",
        "tomasz_k",
        1204,
        38,
        2731,
        "Nova",
        801,
        "2025-03-07 11:40:44",
        False,
        False,
    ),
    (
        7341,
        "Where to buy new floppy drive belts for the A500?",
        "Guest_Lou",
        None,
        4,
        241,
        "deneb_a",
        402,
        "2025-03-06 18:29:56",
        False,
        False,
    ),
    (
        7335,
        "Atari Lynx screen mod kits compared",
        "lynx_rider",
        977,
        21,
        1402,
        "PixelPete",
        1533,
        "2025-03-06 07:52:20",
        False,
        False,
    ),
    (
        7330,
        "CDTV remote not working - IR receiver test?",
        "wetwipe",
        1511,
        3,
        176,
        "wetwipe",
        1511,
        "2025-03-05 22:10:35",
        False,
        False,
    ),
    (
        7324,
        "Copper bars tutorial in assembler (part 3)",
        "Bitplane",
        233,
        16,
        1189,
        "hatari_fan",
        610,
        "2025-03-05 15:44:18",
        False,
        False,
    ),
    (7319, "My A4000 restoration log", "Nova", 801, 57, 4023, "Ophelia", 1450, "2025-03-04 19:18:47", False, False),
    (
        7313,
        "TOS 2.06 on a 1040STE: worth it?",
        "hatari_fan",
        610,
        10,
        566,
        "Stefan R.",
        1322,
        "2025-03-04 09:27:13",
        False,
        False,
    ),
    (
        7306,
        "Amiga mouse to USB adapter recommendations",
        "PixelPete",
        1533,
        6,
        301,
        "grobbler",
        1488,
        "2025-03-03 17:02:40",
        False,
        False,
    ),
    (
        7300,
        "Power supply fan noise on the A2000",
        "deneb_a",
        402,
        4,
        219,
        "tomasz_k",
        1204,
        "2025-03-02 14:35:25",
        False,
        False,
    ),
    (
        7294,
        "Photos from the Midlands retro fair",
        "Ophelia",
        1450,
        12,
        988,
        "Kestrel",
        1,
        "2025-03-01 11:11:58",
        False,
        False,
    ),
    (
        7289,
        "Atari SC1224 colour monitor - replacing the flyback",
        "Stefan R.",
        1322,
        9,
        447,
        "capfiend",
        88,
        "2025-02-28 16:40:06",
        False,
        False,
    ),
    (
        7283,
        "Which accelerator for an A500 on a budget?",
        "grobbler",
        1488,
        25,
        1655,
        "Nova",
        801,
        "2025-02-27 20:05:32",
        False,
        False,
    ),
    (
        7277,
        "Cleaning yellowed keycaps without bleach",
        "wetwipe",
        1511,
        7,
        392,
        "Bitplane",
        233,
        "2025-02-27 09:31:49",
        False,
        False,
    ),
    (
        7270,
        "ST MIDI timing vs modern DAWs - test results",
        "Nova",
        801,
        13,
        801,
        "lynx_rider",
        977,
        "2025-02-26 13:58:22",
        False,
        False,
    ),
    (
        7264,
        "Found: manuals for the A590 hard drive",
        "tomasz_k",
        1204,
        2,
        154,
        "deneb_a",
        402,
        "2025-02-25 18:44:10",
        False,
        False,
    ),
    (
        7258,
        "ADF files won't load from USB on the Gotek",
        "Guest_Sam",
        None,
        5,
        288,
        "hatari_fan",
        610,
        "2025-02-24 10:02:57",
        False,
        False,
    ),
    (
        7251,
        "Best games that use the STE blitter",
        "PixelPete",
        1533,
        19,
        1031,
        "Stefan R.",
        1322,
        "2025-02-23 15:16:41",
        False,
        False,
    ),
    (
        7245,
        "Replacing the A1200 keyboard membrane",
        "capfiend",
        88,
        8,
        619,
        "wetwipe",
        1511,
        "2025-02-21 12:27:03",
        False,
        False,
    ),
]
RR_PAGE_SIZES = [15, 15, 6]
RR_PER_PAGE = 15
RR_BOARD = 4
RR_HOST = ""


def _rr_time(stamp: str) -> str:
    """SMF's default long time format: ``March 14, 2025, 07:42:11 PM``."""
    day, clock = stamp.split(" ")
    year, month, dom = (int(part) for part in day.split("-"))
    hour, minute, second = (int(part) for part in clock.split(":"))
    return f"{MONTHS[month - 1]} {dom:02d}, {year}, {(hour % 12) or 12:02d}:{minute:02d}:{second:02d} {'PM' if hour >= 12 else 'AM'}"


def _rr_member(name: str, ident: int | None) -> str:
    if ident is None:
        return esc(name)
    return f'<a href="{RR_HOST}/index.php?action=profile;u={ident}" title="View the profile of {esc(name)}">{esc(name)}</a>'


def _rr_topic(topic: tuple[int, str, str, int | None, int, int, str, int | None, str, bool, bool]) -> str:
    ident, subject, starter, starter_id, replies, views, last, last_id, stamp, sticky, locked = topic
    first_msg = ident * 11 + 3
    last_msg = first_msg + replies * 2 + _num(subject, 9)
    classes = "windowbg" + (" sticky" if sticky else "") + (" locked" if locked else "")
    icons = ""
    if locked:
        icons += '\n\t\t\t\t\t\t\t\t<span class="main_icons lock"></span>'
    if sticky:
        icons += '\n\t\t\t\t\t\t\t\t<span class="main_icons sticky"></span>'
    pages = ""
    if replies >= 15:
        count = replies // 15 + 1
        links = " ".join(
            f'<a class="nav_page" href="{RR_HOST}/index.php?topic={ident}.{(p - 1) * 15}">{p}</a>'
            for p in range(1, min(count, 3) + 1)
        )
        if count > 4:
            links += f' <span class="expand_pages" onclick="expandPages(this, \'{RR_HOST}/index.php?topic={ident}.%1$d\', 45, {(count - 1) * 15}, 15);"> ... </span>'
        if count > 3:
            links += f' <a class="nav_page" href="{RR_HOST}/index.php?topic={ident}.{(count - 1) * 15}">{count}</a>'
        pages = f'<span id="pages{first_msg}" class="topic_pages"><span class="main_icons plus"></span> {links}</span>'
    bold = " bold_text" if sticky else ""
    return f"""
				<div class="{classes}">
					<div class="board_icon">
						<img src="{RR_HOST}/Themes/default/images/post/{"exclamation" if sticky else "xx"}.png" alt="">

					</div>
					<div class="info info_block">
						<div >
							<div class="icons floatright">{icons}
							</div>
							<div class="message_index_title">

								<span class="preview{bold}" title="">
									<span id="msg_{first_msg}"><a href="{RR_HOST}/index.php?topic={ident}.0">{esc(subject)}</a></span>
								</span>
							</div>
							<p class="floatleft">
								Started by {_rr_member(starter, starter_id)}
							</p>
							{pages}
							<br class="clear">
						</div><!-- #topic_[first_post][id] -->
					</div><!-- .info -->
					<div class="board_stats centertext">
						<p>Replies: {replies:,}<br>Views: {views:,}</p>
					</div>
					<div class="lastpost">
						<p><a href="{RR_HOST}/index.php?topic={ident}.msg{last_msg}#new">{_rr_time(stamp)}</a><br>by {_rr_member(last, last_id)}</p>
					</div>
				</div><!-- $topic[css_class] -->"""


def _rr_page_index(number: int, total: int) -> str:
    def href(page: int) -> str:
        return f"{RR_HOST}/index.php?board={RR_BOARD}.{(page - 1) * RR_PER_PAGE}"

    parts = ['<span class="pages">Pages</span>']
    if number > 1:
        parts.append(
            f'<a class="nav_page" href="{href(number - 1)}"><span class="main_icons previous_page"></span></a> '
        )
    for page in range(1, total + 1):
        if page == number:
            parts.append(f'<span class="current_page">{page}</span> ')
        else:
            parts.append(f'<a class="nav_page" href="{href(page)}">{page}</a> ')
    if number < total:
        parts.append(f'<a class="nav_page" href="{href(number + 1)}"><span class="main_icons next_page"></span></a> ')
    return "".join(parts)


def _rr_linktree() -> str:
    return f"""
				<div class="navigate_section">
					<ul>
						<li>
							<a href="{RR_HOST}/index.php"><span>Retro Rigs Forum</span></a>
						</li>
						<li>
							<span class="dividers"> &#9658; </span>
							<a href="{RR_HOST}/index.php#c2"><span>Hardware</span></a>
						</li>
						<li class="last">
							<span class="dividers"> &#9658; </span>
							<a href="{RR_HOST}/index.php?board={RR_BOARD}.0"><span>Amiga &amp; Atari ST</span></a>
						</li>
					</ul>
				</div><!-- .navigate_section -->"""


def _rr_buttons() -> str:
    return f"""
		<div class="buttonlist floatright">

				<a class="button button_strip_notify" href="{RR_HOST}/index.php?action=notifyboard;sa=on;board={RR_BOARD}.0"><span class="main_icons notify"></span><span>Notify</span></a>
				<a class="button button_strip_markread" href="{RR_HOST}/index.php?action=markasread;sa=board;board={RR_BOARD}.0"><span class="main_icons read_button"></span><span>Mark read</span></a>
		</div>"""


def _rr_page(
    number: int, total: int, topics: list[tuple[int, str, str, int | None, int, int, str, int | None, str, bool, bool]]
) -> str:
    body = "".join(_rr_topic(t) for t in topics)
    start = (number - 1) * RR_PER_PAGE
    title_suffix = f" - Page {number}" if number > 1 else ""
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
	<meta charset="UTF-8">
	<link rel="stylesheet" href="{RR_HOST}/Themes/default/css/index.css?smf214_1706035012">
	<link rel="stylesheet" href="{RR_HOST}/Themes/default/css/responsive.css?smf214_1706035012">
	<style>
	img.avatar {{ max-width: 65px !important; max-height: 65px !important; }}
	</style>
	<script>
		var smf_theme_url = "{RR_HOST}/Themes/default";
		var smf_default_theme_url = "{RR_HOST}/Themes/default";
		var smf_images_url = "{RR_HOST}/Themes/default/images";
		var smf_smileys_url = "{RR_HOST}/Smileys";
		var smf_smiley_sets = "fugue,alienine";
		var smf_smiley_sets_default = "fugue";
		var smf_avatars_url = "{RR_HOST}/avatars";
		var smf_scripturl = "{RR_HOST}/index.php";
		var smf_iso_case_folding = false;
		var smf_charset = "UTF-8";
		var smf_session_id = "3f9a1c7e2b5d8046a1e9c3b7d2f5a8e0";
		var smf_session_var = "e4c1b7a";
		var smf_member_id = 0;
		var ajax_notification_text = 'Loading...';
		var help_popup_heading_text = 'A little lost? Let me explain:';
		var banned_text = 'Sorry Guest, you are banned from using this forum!';
		var smf_txt_expand = 'Expand';
		var smf_txt_shrink = 'Shrink';
		var smf_collapseAlt = 'Hide';
		var smf_expandAlt = 'Show';
		var smf_quote_expand = false;
		var allow_xhjr_credentials = false;
	</script>
	<script src="{RR_HOST}/Themes/default/scripts/jquery-3.6.3.min.js"></script>
	<script src="{RR_HOST}/Themes/default/scripts/smf_jquery_plugins.js?smf214_1706035012"></script>
	<script src="{RR_HOST}/Themes/default/scripts/script.js?smf214_1706035012"></script>
	<script src="{RR_HOST}/Themes/default/scripts/theme.js?smf214_1706035012"></script>
	<script>
	var smf_you_sure ='Are you sure you want to do this?';
	</script>
	<title>Amiga &amp; Atari ST{title_suffix}</title>
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<meta property="og:site_name" content="Retro Rigs Forum">
	<meta property="og:title" content="Amiga &amp; Atari ST{title_suffix}">
	<meta property="og:url" content="{RR_HOST}/index.php?board={RR_BOARD}.{start}">
	<meta property="og:description" content="Repairs, upgrades and software for the Commodore Amiga and Atari ST/STE/Falcon families.">
	<meta name="description" content="Repairs, upgrades and software for the Commodore Amiga and Atari ST/STE/Falcon families.">
	<meta name="theme-color" content="#557EA0">
	<link rel="canonical" href="{RR_HOST}/index.php?board={RR_BOARD}.{start}">
	<link rel="help" href="{RR_HOST}/index.php?action=help">
	<link rel="contents" href="{RR_HOST}/index.php">
	<link rel="search" href="{RR_HOST}/index.php?action=search">
	<link rel="alternate" type="application/rss+xml" title="Retro Rigs Forum - RSS" href="{
        RR_HOST
    }/index.php?action=.xml;type=rss2;board={RR_BOARD}">
	<link rel="alternate" type="application/atom+xml" title="Retro Rigs Forum - Atom" href="{
        RR_HOST
    }/index.php?action=.xml;type=atom;board={RR_BOARD}">{
        f'''
	<link rel="next" href="{RR_HOST}/index.php?board={RR_BOARD}.{start + RR_PER_PAGE}">'''
        if number < total
        else ""
    }{
        f'''
	<link rel="prev" href="{RR_HOST}/index.php?board={RR_BOARD}.{start - RR_PER_PAGE}">'''
        if number > 1
        else ""
    }
	<link rel="index" href="{RR_HOST}/index.php?board={RR_BOARD}.0">
</head>
<body id="chrome" class="action_messageindex board_{RR_BOARD}">
<div id="footerfix">
	<div id="top_section">
		<div class="inner_wrap">
			<ul class="floatleft welcome">
				<li>Welcome to <strong>Retro Rigs Forum</strong>. Please <a href="{
        RR_HOST
    }/index.php?action=login" onclick="return reqOverlayDiv(this.href, 'Log in', 'login');">log in</a> or <a href="{
        RR_HOST
    }/index.php?action=signup">sign up</a>.</li>
			</ul>
			<form id="languages_form" method="get" class="floatright">
				<select id="language_select" name="language" onchange="this.form.submit()">
					<option value="english" selected="selected">English</option>
					<option value="german">Deutsch</option>
				</select>
				<noscript>
					<input type="submit" value="Go">
				</noscript>
			</form>
			<form id="search_form" class="floatright" action="{
        RR_HOST
    }/index.php?action=search2" method="post" accept-charset="UTF-8">
				<input type="search" name="search" value="">&nbsp;
				<select name="search_selection">
					<option value="all">Entire forum </option>
					<option value="board" selected>This board</option>
				</select>
				<input type="hidden" name="sd_brd" value="{RR_BOARD}">
				<input type="submit" name="search2" value="Search" class="button">
				<input type="hidden" name="advanced" value="0">
			</form>
		</div><!-- .inner_wrap -->
	</div><!-- #top_section -->
	<div id="header">
		<h1 class="forumtitle">
			<a id="top" href="{RR_HOST}/index.php">Retro Rigs Forum</a>
		</h1>
		<img id="smflogo" src="{
        RR_HOST
    }/Themes/default/images/smflogo.svg" alt="Simple Machines Forum" title="Simple Machines Forum">
	</div>
	<div id="wrapper">
		<div id="upper_section">
			<div id="inner_section">
				<div id="inner_wrap" class="hide_720">
					<div class="user">
						<time datetime="2025-03-15T08:02:17Z">March 15, 2025, 08:02:17 AM</time>
					</div>
					<div class="news">
						<h2>News: </h2>
						<p>The spring swap meet is on 12 April - tables are free for members, see the Events board.</p>
					</div>
				</div>
				<a class="mobile_user_menu">
					<span class="menu_icon"></span>
					<span class="text_menu">Main Menu</span>
				</a>
				<div id="main_menu">
					<div id="mobile_user_menu" class="popup_container">
						<div class="popup_window description">
							<div class="popup_heading">Main Menu
								<a href="javascript:void(0);" class="main_icons hide_popup"></a>
							</div>

					<ul class="dropmenu menu_nav">
						<li class="button_home">
							<a class="active" href="{RR_HOST}/index.php">
								<span class="main_icons home"></span><span class="textmenu">Home</span>
							</a>
						</li>
						<li class="button_help">
							<a href="{RR_HOST}/index.php?action=help">
								<span class="main_icons help"></span><span class="textmenu">Help</span>
							</a>
						</li>
						<li class="button_search">
							<a href="{RR_HOST}/index.php?action=search">
								<span class="main_icons search"></span><span class="textmenu">Search</span>
							</a>
						</li>
						<li class="button_login">
							<a href="{RR_HOST}/index.php?action=login">
								<span class="main_icons login"></span><span class="textmenu">Login</span>
							</a>
						</li>
						<li class="button_signup">
							<a href="{RR_HOST}/index.php?action=signup">
								<span class="main_icons regcenter"></span><span class="textmenu">Sign up</span>
							</a>
						</li>
					</ul><!-- .menu_nav -->
						</div>
					</div>
				</div>
				{_rr_linktree()}
			</div><!-- #inner_section -->
		</div><!-- #upper_section -->
		<div id="content_section">
			<div id="main_content_section">
	<div id="display_head" class="information">
		<h2 class="display_title">Amiga &amp; Atari ST</h2>
		<p>Repairs, upgrades and software for the Commodore Amiga and Atari ST/STE/Falcon families.</p>
	</div>
	<div id="board_{RR_BOARD}_childboards" class="boardindex_table main_container">
		<div class="cat_bar">
			<h3 class="catbg">Child Boards</h3>
		</div>
		<div id="board_17" class="up_contain ">
			<div class="board_icon">
				<a href="{RR_HOST}/index.php?board=17.0" class="board_off" title="No New Posts"></a>
			</div>
			<div class="info">
				<a class="subject mobile_subject" href="{RR_HOST}/index.php?board=17.0" id="b17">
					Amiga Software &amp; Demos
				</a>
				<div class="board_description">WHDLoad, demoscene productions and homebrew for the Amiga.</div>
			</div><!-- .info -->
			<div class="board_stats">
				<p>
					Posts: 4,812<br>
					Topics: 611
				</p>
			</div>
			<div class="lastpost lpr_border">
				<p><span class="postby"><strong>Last post</strong> by <a href="{
        RR_HOST
    }/index.php?action=profile;u=233">Bitplane</a></span><br>in <a href="{
        RR_HOST
    }/index.php?topic=7411.msg81534#new" title="Re: Lotus II on a Vampire card">Re: Lotus II on a Vampire ...</a><br>on March 14, 2025, 06:20:44 PM</p>
			</div>
		</div><!-- #board_[id] -->
		<div id="board_18" class="up_contain ">
			<div class="board_icon">
				<a href="{RR_HOST}/index.php?board=18.0" class="board_off" title="No New Posts"></a>
			</div>
			<div class="info">
				<a class="subject mobile_subject" href="{RR_HOST}/index.php?board=18.0" id="b18">
					Atari Software &amp; MIDI
				</a>
				<div class="board_description">GEM software, Cubase and Notator, games and demos for the ST family.</div>
			</div><!-- .info -->
			<div class="board_stats">
				<p>
					Posts: 2,145<br>
					Topics: 298
				</p>
			</div>
			<div class="lastpost lpr_border">
				<p><span class="postby"><strong>Last post</strong> by <a href="{
        RR_HOST
    }/index.php?action=profile;u=801">Nova</a></span><br>in <a href="{
        RR_HOST
    }/index.php?topic=7408.msg81502#new" title="Re: Notator SL on a Mega STE">Re: Notator SL on a Mega S...</a><br>on March 13, 2025, 11:58:02 PM</p>
			</div>
		</div><!-- #board_[id] -->
	</div><!-- #board_[current_board]_childboards -->
	<div class="pagesection">
		{_rr_buttons()}
		<div class="pagelinks floatleft">
			<a href="#bot" class="button">Go Down</a>
			{_rr_page_index(number, total)}
		</div>
	</div>
		<div id="messageindex">
			<div class="information">
				0 Members and 3 Guests are viewing this board.
			</div>
			<div class="title_bar" id="topic_header">
				<div class="board_icon"></div>
				<div class="info"><a href="{RR_HOST}/index.php?board={RR_BOARD}.{
        start
    };sort=subject">Subject</a> / <a href="{RR_HOST}/index.php?board={RR_BOARD}.{
        start
    };sort=starter">Started by</a></div>
				<div class="board_stats centertext"><a href="{RR_HOST}/index.php?board={RR_BOARD}.{
        start
    };sort=replies">Replies</a> / <a href="{RR_HOST}/index.php?board={RR_BOARD}.{start};sort=views">Views</a></div>
				<div class="lastpost"><a href="{RR_HOST}/index.php?board={RR_BOARD}.{
        start
    };sort=last_post">Last post <span class="main_icons sort_down"></span></a></div>
			</div><!-- #topic_header -->
			<div id="topic_container">{body}
			</div><!-- #topic_container -->
		</div><!-- #messageindex -->
	<div class="pagesection">
		{_rr_buttons()}
		<div class="pagelinks floatleft">
			<a href="#main_content_section" class="button" id="bot">Go Up</a>
			{_rr_page_index(number, total)}
		</div>
	</div>
	{_rr_linktree()}
	<script>
		var oQuickModifyTopic = new QuickModifyTopic({{
			aHidePrefixes: Array("lockicon", "stickyicon", "pages", "newicon"),
			bMouseOnDiv: false,
		}});
	</script>
	<div class="tborder" id="topic_icons">
		<div class="information">
			<p class="floatright" id="message_index_jump_to"></p>
			<p class="floatleft">
				<span class="main_icons poll centericon"></span> Poll<br>
				<img src="{
        RR_HOST
    }/Themes/default/images/post/moved.png" alt="" class="centericon sizefix"> Moved Topic<br>
			</p>
			<p>
				<span class="main_icons lock centericon"></span> Locked Topic<br>
				<span class="main_icons sticky centericon"></span> Sticky Topic<br>
			</p>
			<script>
				if (typeof(window.XMLHttpRequest) != "undefined")
					aJumpTo[aJumpTo.length] = new JumpTo({{
						sContainerId: "message_index_jump_to",
						sJumpToTemplate: "<label class=\\"smalltext jump_to\\" for=\\"%select_id%\\">Jump to<" + "/label> %dropdown_list%",
						iCurBoardId: {RR_BOARD},
						iCurBoardChildLevel: 0,
						sCurBoardName: "Amiga &amp; Atari ST",
						sBoardChildLevelIndicator: "==",
						sBoardPrefix: "=> ",
						sCatSeparator: "-----------------------------",
						sCatPrefix: "",
						sGoButtonLabel: "Go"
					}});
			</script>
			<br class="clear">
		</div><!-- .information -->
	</div><!-- #topic_icons -->
	<div id="mobile_action" class="popup_container">
		<div class="popup_window description">
			<div class="popup_heading">User actions
				<a href="javascript:void(0);" class="main_icons hide_popup"></a>
			</div>
			{_rr_buttons()}
		</div>
	</div>
			</div><!-- #main_content_section -->
		</div><!-- #content_section -->
	</div><!-- #wrapper -->
</div><!-- #footerfix -->
	<div id="footer">
		<div class="inner_wrap">
		<ul>
			<li class="floatright"><a href="{RR_HOST}/index.php?action=help">Help</a> | <a href="{
        RR_HOST
    }/index.php?action=agreement">Terms and Rules</a> | <a href="#top_section">Go Up &#9650;</a></li>
			<li class="copyright"><a href="{
        RR_HOST
    }/index.php?action=credits" title="License" target="_blank" rel="noopener">SMF 2.1.4 &copy; 2023</a>, <a href="https://www.simplemachines.org" title="Simple Machines" target="_blank" rel="noopener">Simple Machines</a></li>
		</ul>
		<p>Page created in 0.061 seconds with 21 queries.</p>
		</div>
	</div><!-- #footer -->
<script>
window.addEventListener("DOMContentLoaded", function() {{
	function triggerCron()
	{{
		$.get('{RR_HOST}' + "/cron.php?ts=1742025735");
	}}
	window.setTimeout(triggerCron, 1);
}});
</script>
</body>
</html>"""


@twentyfourth
def build_retrorigs_forum() -> None:
    s = Site(
        "retrorigs-forum",
        kind="forum board topic list (SMF 2.1.4 Curve2 as a guest: a Child Boards block of div.up_contain boards first, div#topic_container > div.windowbg topics with div.message_index_title > span.preview > span#msg_N > a, 'Started by' + profile link or a guest's plain name, in-topic span.topic_pages links, div.board_stats 'Replies: 64<br>Views: 41,327', div.lastpost 'March 14, 2025, 07:42:11 PM<br>by' link, sticky / locked classes and icons, 'Pages 1 2 3' span.current_page / a.nav_page with icon-only next / previous arrows above and below, index.php?board=4.N offsets)",
        start="index.php?board=4.0",
        description="A vintage-computing forum's 'Amiga & Atari ST' board on SMF 2.1.4 (Curve2, seen by a guest, 15 topics a page): the welcome line with log in / sign up, language and search forms, h1.forumtitle, the news line, the dropmenu (Home / Help / Search / Login / Sign up), the linktree above and below; the board description, a Child Boards block with two boards (subject links, descriptions, Posts / Topics counts, last-post lines on every page); a pagesection with Notify / Mark read buttons, 'Go Down' and 'Pages 1 2 3' (span.current_page, a.nav_page, an icon-only a.nav_page with span.main_icons.next_page / previous_page), '0 Members and 3 Guests are viewing this board.', the topic_header sort links, then div#topic_container of div.windowbg topics (two stickies, 'windowbg sticky' with a bold preview span, on page 1 only; two locked topics with a lock icon): a post-icon img, div.message_index_title > span.preview > span#msg_N > a to index.php?topic=N.0, p.floatleft 'Started by' + a profile link (title 'View the profile of X') or the guest's plain name, span.topic_pages links 1 2 3 … N on long topics, div.board_stats p 'Replies: 64<br>Views: 41,327', div.lastpost p with the time link to index.php?topic=N.msgM#new ('March 14, 2025, 07:42:11 PM') then 'by' + member link; a pagesection again with 'Go Up', the topic-icon legend and jump-to script, the footer 'SMF 2.1.4 © 2023, Simple Machines'. head link rel=next / prev; pages are index.php?board=4.0 / 4.15 / 4.30. 15 + 15 + 6 topics. Written down: title, url, author, replies, views, last_poster, last_post_date (ISO day).",
    )
    pages = chunks(RR_TOPICS, RR_PAGE_SIZES)
    for number, topics in enumerate(pages, 1):
        s.list_page(f"index.php@board={RR_BOARD}.{(number - 1) * RR_PER_PAGE}", _rr_page(number, len(pages), topics))
    for ident, subject, starter, _sid, replies, views, last, _lid, stamp, _sticky, _locked in RR_TOPICS:
        s.expect(
            {
                "title": subject,
                "url": f"{RR_HOST}/index.php?topic={ident}.0",
                "author": starter,
                "replies": replies,
                "views": views,
                "last_poster": last,
                "last_post_date": stamp.split(" ")[0],
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in TWENTYFOURTH.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
