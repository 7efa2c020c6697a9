"""Twenty-seventh wave, part D: a Jira Data Center issue navigator, a Sylius shop category and an OLX Portugal
search, copied from their real 2024–25 markup as a logged-out visitor gets it and written before any heuristic
was changed for them.

* **brightwater-issues** — the public Jira Data Center 9.12 of an open-source data-tooling foundation, the issue
  navigator in list view for ``project = HAL ORDER BY created DESC`` (``/issues/?jql=…``, then ``&startIndex=25``
  / ``&startIndex=50``; the instance shows 25 issues a page to anonymous users). The Jira chrome: the AUI header
  (logo, Dashboards / Projects / Issues drop-down triggers, quick search, help menu, "Log In"), the collapsed
  filter sidebar (System filters, "Find filters"), the basic-search criteria bar (Project / Type / Status /
  Assignee buttons, "Contains text", "More", the Advanced link), the results bar ("1–25 of 62", export / columns
  buttons), then ``table#issuetable`` in ``issuetable-web-component``: sortable ``th`` headers (T, Key, Summary,
  Assignee, Reporter, P, Status, Resolution, Created, Updated, Due), ``tr.issuerow[data-issuekey]`` rows with
  ``td.issuetype`` (a hidden link + the type icon whose alt is the type), ``td.issuekey`` and ``td.summary``
  (sub-tasks carry the parent key link first) links to ``/browse/KEY``, user-hover assignee / reporter links with
  avatars (``em`` "Unassigned"), the priority icon (alt), ``jira-issue-status-lozenge`` spans, the resolution
  (``em`` "Unresolved"), ``time[datetime]`` "12/Mar/25 2:31 PM" created / updated cells, an empty due cell and
  the actions drop-down; the ``div.pagination`` pager (``data-start-index`` links), and the initial table state
  again as JSON in ``data-issue-table-model-state``. 25 + 25 + 12 issues. Written down: key, title, url, type,
  assignee, reporter, priority, status, resolution, created, updated.
* **ziarnko-kawa** — a Polish speciality-coffee roaster's shop on Sylius 1.13 with the default Semantic UI shop
  theme, category "Kawa ziarnista" (``/pl_PL/taxons/kawa/kawa-ziarnista``, then ``?page=2`` / ``?page=3``; 18 a
  page). The Sylius shop: the inverted top menu (currency / locale drop-downs, "Zaloguj się", "Zarejestruj"),
  the header with the logo and the cart button "0,00 zł", the taxon menu of drop-downs, the breadcrumb, the
  left column of sibling taxons, the h1 "monster" header with the taxon description, the search / clear form
  over ``criteria[search][value]``, the "Pokaż 9 / 18 / 27" and "Sortuj" inline drop-downs, ``div.ui.three.cards``
  of ``div.ui.fluid.card``: a dimmable image link with "Zobacz więcej", ``a.header.sylius-product-name`` and
  ``div.sylius-product-price`` "49,00 zł" (with ``div.sylius-product-original-price > del`` on discounted
  products; no price when the product has no enabled variant), Pagerfanta's Semantic UI pager
  (``div.ui.pagination.menu``), a newsletter segment and the footer. 18 + 18 + 11 products. Written down: title,
  url, price, currency, original_price.
* **bazarino** — a Portuguese general classifieds site built like OLX Portugal (olx.pt, 2024–25, React server
  rendering with emotion ``css-xxxx`` classes), category Desporto e Lazer › Bicicletas searched for "btt"
  (``/desporto-e-lazer/bicicletas/q-btt/``, then ``?page=2`` / ``?page=3``; 32 a page). The page: cookie
  banner, header (logo, Mensagens, heart, "A tua conta", "Publicar anúncio"), the search form ("O que
  procuras?" / "Todo o país"), breadcrumbs, the filter bar (Categoria, Preço de / até, Estado, Tipo, Tamanho
  do quadro), "Encontrámos 90 resultados", sort select, ``div[data-testid=listing-grid]`` of
  ``div[data-cy=l-card]`` cards: an image link, ``div[data-cy=ad-card-title]`` with the title link around an
  ``h4`` and ``p[data-testid=ad-price]`` "350 €" + "Negociável" / "Troca" / "Grátis",
  a condition chip "Usado" / "Novo" / "Recondicionado", ``p[data-testid=location-date]`` "Lisboa, Arroios -
  06 de março de 2025" or "… - Hoje às 14:32" / "Renovado em 02 de março de 2025", a "Destaque" label on
  promoted cards, the favourite button; an ad slot between cards, the ``pagination-list`` pager, the footer and
  ``window.__PRERENDERED_STATE__`` (a JSON string of the listing). 32 + 32 + 26 ads. Written down: title, url,
  price, currency, negotiable, condition, location, date (ISO day where absolute, as shown where relative).

Each site is a plain static copy; its conventions are those of ``generate.py`` (see the corpus README). Every
site here is **open**.
"""

# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import NamedTuple
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc, slug

TWENTYSEVENTH_D: dict[str, Callable[[], None]] = {}


def twentyseventh_d(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    TWENTYSEVENTH_D[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _num(text: str, size: int = 9) -> int:
    """A stable number derived from ``text`` (the real sites use database ids)."""
    return int(hashlib.sha1(text.encode()).hexdigest()[:12], 16) % (10**size)


# ---------------------------------------------------------------------------------------------------
# brightwater-issues: Jira Data Center 9.12 issue navigator, list view, anonymous.
# ---------------------------------------------------------------------------------------------------

JR_JQL = "project = HAL ORDER BY created DESC"
JR_Q = quote(JR_JQL, safe="")
JR_PAGE = 25

JR_USERS = {
    "mkowal": "Marta Kowalczyk",
    "dvance": "Daniel Vance",
    "tokafor": "Tobi Okafor",
    "lrenard": "Léa Renard",
    "shiga": "Sora Higashi",
    "pnair": "Priya Nair",
    "jhollis": "Jonas Hollis",
    "ebrandt": "Emil Brandt",
    "acosta": "Ana Costa",
    "rwhite": "Rowan White",
}

JR_TYPES = {
    "Bug": ("10303", "A problem which impairs or prevents the functions of the product."),
    "Improvement": ("10310", "An improvement or enhancement to an existing feature or task."),
    "New Feature": ("10311", "A new feature of the product, which has yet to be developed."),
    "Task": ("10318", "A task that needs to be done."),
    "Sub-task": ("10316", "The sub-task of the issue"),
    "Wish": ("10300", "General wishlist item."),
}

JR_PRIORITIES = {
    "Blocker": "Blocks development and/or testing work, production could not run.",
    "Critical": "Crashes, loss of data, severe memory leak.",
    "Major": "Major loss of function.",
    "Minor": "Minor loss of function, or other problem where easy workaround is present.",
    "Trivial": "Cosmetic problem like misspelt words or misaligned text.",
}

JR_STATUS = {
    "Open": ("blue-gray", "new"),
    "In Progress": ("yellow", "indeterminate"),
    "Patch Available": ("yellow", "indeterminate"),
    "Reopened": ("blue-gray", "new"),
    "Resolved": ("green", "done"),
    "Closed": ("green", "done"),
}

# type|priority|status|resolution|assignee|reporter|parent offset|summary
JR_RAW = """\
Bug|Major|Open||-|tokafor||Parquet writer drops timezone on TIMESTAMP WITH LOCAL TIME ZONE columns
Improvement|Minor|Open||-|pnair||Expose row-group statistics in the CLI `inspect` command
Bug|Critical|In Progress||mkowal|dvance||Deadlock in ShuffleBuffer when spill directory is on a full volume
Task|Major|Open||-|mkowal||Upgrade Arrow dependency to 17.0.0
Sub-task|Minor|Open||shiga|mkowal|1|Update Arrow-dependent integration tests for 17.0.0
New Feature|Major|Patch Available||lrenard|lrenard||Support reading Iceberg v2 position delete files
Bug|Minor|Resolved|Fixed|jhollis|rwhite||Typo in error message for unsupported compression codec
Bug|Major|Open||-|acosta||CSV reader treats quoted empty string as NULL
Improvement|Major|In Progress||dvance|dvance||Reduce allocations in dictionary-encoded string comparisons
Wish|Trivial|Open||-|rwhite||Colourised output for `halyard diff`
Bug|Blocker|Resolved|Fixed|mkowal|ebrandt||Release 3.4.0 artifacts are missing the shaded Guava classes
Task|Minor|Closed|Done|pnair|pnair||Move nightly benchmarks to the new CI runners
Bug|Major|Reopened||tokafor|shiga||S3 multipart upload retries reuse an expired part ETag
Sub-task|Major|In Progress||tokafor|tokafor|-1|Add regression test with a mocked expiring session
Improvement|Minor|Open||-|jhollis||Document the `halyard.io.buffer.size` option
Bug|Major|Resolved|Duplicate|-|acosta||Schema evolution fails when a nested field is renamed
New Feature|Minor|Open||-|lrenard||Add `--dry-run` flag to the compaction tool
Bug|Critical|Patch Available||shiga|pnair||Off-by-one in page index when the last page has exactly one row
Improvement|Major|Resolved|Fixed|ebrandt|ebrandt||Vectorised decoding for DELTA_BINARY_PACKED
Bug|Minor|Closed|Cannot Reproduce|-|rwhite||Windows path separator breaks partition discovery
Task|Major|Open||acosta|mkowal||Write migration guide for the 4.0 configuration keys
Bug|Major|Open||-|dvance||Memory leak in ZSTD decompressor pool under high concurrency
Sub-task|Minor|Resolved|Fixed|acosta|acosta|-2|Rename deprecated keys in example configuration files
Improvement|Trivial|Closed|Won't Fix|-|tokafor||Make the banner in the REPL optional
Bug|Major|In Progress||jhollis|jhollis||Predicate pushdown ignores IS NOT DISTINCT FROM
New Feature|Major|Open||-|pnair||Native reader for Avro object container files
Bug|Minor|Resolved|Fixed|lrenard|shiga||Progress bar overflows at more than 100 input files
Bug|Critical|Open||-|ebrandt||Corrupted output when two writers target the same partition directory
Improvement|Minor|Patch Available||rwhite|rwhite||Accept `~` in local file URIs
Task|Minor|Resolved|Done|mkowal|mkowal||Publish 3.4.1 release notes
Bug|Major|Closed|Fixed|dvance|acosta||Decimal(38, 10) overflow when summing large partitions
Wish|Minor|Open||-|jhollis||Shell completion for zsh and fish
Bug|Minor|Open||-|lrenard||`halyard cat` prints binary columns as Java object ids
Improvement|Major|Open||shiga|tokafor||Parallelise footer reads when listing many small files
Sub-task|Major|Open||-|shiga|-1|Benchmark footer reads on 10k-file partitions
Bug|Major|Resolved|Fixed|tokafor|pnair||Bloom filter false negatives for UUID columns
New Feature|Minor|Resolved|Fixed|ebrandt|lrenard||Support `LIMIT` in the preview command
Bug|Trivial|Closed|Fixed|-|rwhite||Broken link to the contributor guide in README
Task|Major|In Progress||pnair|mkowal||Set up dependency vulnerability scanning
Bug|Major|Open||-|acosta||Nested list of structs is written with wrong repetition levels
Improvement|Minor|Resolved|Fixed|jhollis|dvance||Log the effective configuration at startup
Bug|Critical|Closed|Fixed|mkowal|tokafor||NullPointerException on empty input directory
Bug|Minor|Reopened||lrenard|ebrandt||Help text for `--partition-by` is truncated
Improvement|Major|Open||-|shiga||Allow custom key-value metadata on written files
Sub-task|Minor|Closed|Done|shiga|shiga|-1|Add the metadata option to the Python bindings
New Feature|Major|Open||-|jhollis||Read from HTTP range-request sources
Bug|Major|Resolved|Not A Problem|-|rwhite||Row count differs from `wc -l` on files with embedded newlines
Task|Trivial|Closed|Done|acosta|acosta||Remove the unused Travis configuration
Bug|Blocker|Closed|Fixed|dvance|mkowal||Data loss when compaction is interrupted by SIGTERM
Improvement|Minor|Open||-|lrenard||Show byte sizes in human-readable units
Bug|Major|Resolved|Fixed|ebrandt|pnair||INT96 timestamps read one day off before 1582
Wish|Trivial|Open||-|tokafor||Logo in the documentation header is blurry on HiDPI screens
Bug|Minor|Closed|Duplicate|-|jhollis||CSV reader treats quoted empty strings as nulls
New Feature|Major|Resolved|Fixed|pnair|acosta||Support Brotli compression
Improvement|Major|Closed|Fixed|tokafor|tokafor||Cache decoded dictionaries across row groups
Bug|Major|Open||-|dvance||Timeouts on GCS when listing more than 10k objects
Task|Minor|Resolved|Done|rwhite|rwhite||Add CODEOWNERS for the connector modules
Bug|Critical|Resolved|Fixed|shiga|lrenard||Writer produces invalid file when a batch has zero rows
Sub-task|Minor|Resolved|Fixed|shiga|shiga|-1|Unit test for zero-row batches
Improvement|Trivial|Open||-|ebrandt||Sort the output of `halyard ls` by name
Bug|Major|Closed|Fixed|mkowal|acosta||Column projection ignored when reading with a glob pattern
Task|Major|Closed|Done|dvance|dvance||Create the HAL project in Jira and import GitHub issues
"""


class JRIssue(NamedTuple):
    id: int
    key: str
    type: str
    priority: str
    status: str
    resolution: str | None
    assignee: str | None
    reporter: str
    parent: str | None
    summary: str
    created: datetime
    updated: datetime


def _jr_issues() -> list[JRIssue]:
    rows = [line.split("|") for line in JR_RAW.strip().splitlines()]
    out: list[JRIssue] = []
    moment = datetime(2025, 3, 14, 16, 47)
    number = 482
    keys: list[str] = []
    for index, (kind, prio, status, res, assignee, reporter, parent, summary) in enumerate(rows):
        key = f"HAL-{number - index}"
        keys.append(key)
        moment -= timedelta(hours=7 + _num(key, 2) % 41, minutes=_num(key + "m", 2) % 60)
        updated = moment + timedelta(hours=_num(key + "u", 3) % 300 + 1, minutes=_num(key + "v", 2) % 60)
        updated = min(updated, datetime(2025, 3, 14, 17, 58))
        parent_key = None
        if parent:
            parent_key = keys[index - 1] if parent == "1" else keys[index + int(parent)]
        out.append(
            JRIssue(
                10000 + _num(key, 5),
                key,
                kind,
                prio,
                status,
                res or None,
                None if assignee == "-" else assignee,
                reporter,
                parent_key,
                summary,
                moment,
                updated,
            )
        )
    return out


JR_ISSUES = _jr_issues()


def _jr_when(moment: datetime) -> str:
    hour = moment.hour % 12 or 12
    return f"{moment.day:02d}/{moment.strftime('%b')}/{moment.strftime('%y')} {hour}:{moment.minute:02d} {'AM' if moment.hour < 12 else 'PM'}"


def _jr_user(login: str | None, role: str) -> str:
    if login is None:
        return "<em>Unassigned</em>"
    name = JR_USERS[login]
    return (
        f'<span class="tinylink"><a class="user-hover user-avatar" rel="{login}" id="{role}_{login}" href="/secure/ViewProfile.jspa?name={login}">'
        f'<span class="aui-avatar aui-avatar-xsmall"><span class="aui-avatar-inner"><img src="/secure/useravatar?size=xsmall&amp;ownerId={login}&amp;avatarId={10330 + _num(login, 2)}" alt="{esc(name)}" loading="lazy"></span></span>{esc(name)}</a></span>'
    )


def _jr_time(moment: datetime) -> str:
    return f'<span title="{_jr_when(moment)}"><time datetime="{moment.strftime("%Y-%m-%dT%H:%M:%S")}+0000">{_jr_when(moment)}</time></span>'


def _jr_row(issue: JRIssue) -> str:
    avatar, tip = JR_TYPES[issue.type]
    colour, category = JR_STATUS[issue.status]
    link = f'data-issue-key="{issue.key}" href="/browse/{issue.key}"'
    parent = ""
    if issue.parent:
        parent_summary = next(i.summary for i in JR_ISSUES if i.key == issue.parent)
        parent = (
            f'<a class="parentIssue" href="/browse/{issue.parent}" title="{esc(parent_summary)}">{issue.parent}</a>\n'
        )
    resolution = "<em>Unresolved</em>" if issue.resolution is None else esc(issue.resolution)
    return f"""<tr id="issuerow{issue.id}" rel="{issue.id}" data-issuekey="{issue.key}" class="issuerow">
<td class="issuetype"><a class="hidden-link issue-link" {link} tabindex="-1" title="{issue.key}"></a><img src="/secure/viewavatar?size=xsmall&amp;avatarId={avatar}&amp;avatarType=issuetype" height="16" width="16" border="0" align="absmiddle" alt="{issue.type}" title="{issue.type} - {esc(tip)}"></td>
<td class="issuekey">
<a class="issue-link" {link}>{issue.key}</a>
</td>
<td class="summary"><p>
{parent}<a class="issue-link" {link}>{esc(issue.summary)}</a>
</p>
</td>
<td class="assignee">{_jr_user(issue.assignee, "assignee")}</td>
<td class="reporter">{_jr_user(issue.reporter, "reporter")}</td>
<td class="priority"><img src="/images/icons/priorities/{issue.priority.lower()}.svg" title="{issue.priority} - {esc(JR_PRIORITIES[issue.priority])}" alt="{issue.priority}" height="16" width="16"></td>
<td class="status"><span class=" jira-issue-status-lozenge aui-lozenge jira-issue-status-lozenge-{colour} jira-issue-status-lozenge-{category} aui-lozenge-subtle jira-issue-status-lozenge-max-width-medium" data-tooltip="&lt;span class=&quot;jira-issue-status-tooltip-title&quot;&gt;{issue.status}&lt;/span&gt;">{issue.status}</span></td>
<td class="resolution">{resolution}</td>
<td class="created">{_jr_time(issue.created)}</td>
<td class="updated">{_jr_time(issue.updated)}</td>
<td class="duedate">&nbsp;</td>
<td class="issue_actions"><div class="action-dropdown aui-dd-parent"><a class="aui-dropdown-trigger aui-dd-link icon-tools-small issue-actions-trigger trigger-happy" id="actions_{issue.id}" title="Actions" href="/rest/api/1.0/issues/{issue.id}/ActionsAndOperations?atl_token=BQ93-4XKD-7Q1N-LM2P_0c6b1f3e9a7d2c4b_lout"><span>Actions</span></a></div></td>
</tr>"""


JR_COLUMNS = [
    ("issuetype", "T", "Issue Type"),
    ("issuekey", "Key", "Key"),
    ("summary", "Summary", "Summary"),
    ("assignee", "Assignee", "Assignee"),
    ("reporter", "Reporter", "Reporter"),
    ("priority", "P", "Priority"),
    ("status", "Status", "Status"),
    ("resolution", "Resolution", "Resolution"),
    ("created", "Created", "Created"),
    ("updated", "Updated", "Updated"),
    ("duedate", "Due", "Due Date"),
]


def _jr_href(start: int) -> str:
    return f"/issues/?jql={JR_Q}" + (f"&amp;startIndex={start}" if start else "")


def _jr_pager(start: int, total: int) -> str:
    pages = (total + JR_PAGE - 1) // JR_PAGE
    current = start // JR_PAGE
    parts = []
    if current > 0:
        prev = (current - 1) * JR_PAGE
        parts.append(
            f'<a class="icon icon-previous" href="{_jr_href(prev)}" data-start-index="{prev}"><span>&lt;&lt; Previous</span></a>'
        )
    for page in range(pages):
        if page == current:
            parts.append(f"<strong>{page + 1}</strong>")
        else:
            parts.append(f'<a href="{_jr_href(page * JR_PAGE)}" data-start-index="{page * JR_PAGE}">{page + 1}</a>')
    if current < pages - 1:
        nxt = (current + 1) * JR_PAGE
        parts.append(
            f'<a class="icon icon-next" href="{_jr_href(nxt)}" data-start-index="{nxt}"><span>Next &gt;&gt;</span></a>'
        )
    return f'<div class="pagination" data-displayable-total="{total}">\n' + "\n".join(parts) + "\n</div>"


def _jr_page(start: int, issues: list[JRIssue]) -> str:
    total = len(JR_ISSUES)
    heads = "\n".join(
        f'<th class="colHeaderLink sortable headerrow-{cid}" rel="{cid}:ASC" data-id="{cid}" onclick="window.document.location=\'/issues/?jql=project%20%3D%20HAL%20ORDER%20BY%20{cid}%20ASC\'"><span title="Sort By {title}">{label}</span></th>'
        if cid != "created"
        else f'<th class="active colHeaderLink sortable descending headerrow-{cid}" rel="{cid}:ASC" data-id="{cid}"><span title="Sort By {title}">{label}</span><span class="aui-icon aui-icon-small aui-iconfont-down">Descending order - Click to sort in ascending order</span></th>'
        for cid, label, title in JR_COLUMNS
    )
    rows = "\n".join(_jr_row(issue) for issue in issues)
    table = f"""<table id="issuetable" class="grid"><thead><tr class="rowHeader">
{heads}
<th class="headerrow-actions"><span class="aui-icon aui-icon-small aui-iconfont-configure">Columns</span></th>
</tr></thead>
<tbody>
{rows}
</tbody></table>"""
    state = {
        "issueTable": {
            "displayed": len(issues),
            "end": start + len(issues),
            "issueIds": [issue.id for issue in issues],
            "issueKeys": [issue.key for issue in issues],
            "jiraHasIssues": True,
            "page": start // JR_PAGE,
            "pageSize": JR_PAGE,
            "startIndex": start,
            "total": total,
            "columnSortJql": {cid: f"project = HAL ORDER BY {cid} ASC" for cid, _, _ in JR_COLUMNS},
            "columns": [cid for cid, _, _ in JR_COLUMNS],
            "sortBy": {"fieldId": "created", "order": "DESC"},
            "table": table,
        }
    }
    end = start + len(issues)
    systems = [
        "My open issues",
        "Reported by me",
        "All issues",
        "Open issues",
        "Done issues",
        "Viewed recently",
        "Created recently",
        "Resolved recently",
        "Updated recently",
    ]
    filters = "\n".join(
        f'<li><a class="filter-link" href="/issues/?filter=-{n}" data-filter-id="-{n}" title="{s}">{s}</a></li>'
        for n, s in enumerate(systems, 1)
    )
    login = quote(f"/issues/?jql={JR_JQL}" + (f"&startIndex={start}" if start else ""), safe="")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=Edge"/>
<meta name="application-name" content="JIRA" data-name="jira" data-version="9.12.15">
<meta name="ajs-server-scheme" content="https"><meta name="ajs-server-port" content="443"><meta name="ajs-server-name" content="issues.brightwater.dev">
<meta name="ajs-context-path" content=""><meta name="ajs-version-number" content="9.12.15"><meta name="ajs-build-number" content="9120015">
<meta name="ajs-is-anonymous" content="true"><meta name="ajs-remote-user" content=""><meta name="ajs-atl-token" content="BQ93-4XKD-7Q1N-LM2P_0c6b1f3e9a7d2c4b_lout">
<meta name="ajs-keyboard-shortcuts-enabled" content="true">
<title>[HAL] Issue Navigator - Brightwater Foundation JIRA</title>
<link rel="shortcut icon" href="/s/-6p2x1j/9120015/1dlckms/_/images/fav-jsw.png">
<link rel="search" type="application/opensearchdescription+xml" href="/osd.jsp" title="[HAL] Issue Navigator - Brightwater Foundation JIRA"/>
<link type="text/css" rel="stylesheet" href="/s/4a1d1f0d6c5f1a6b2d9e/9120015/1dlckms/11ea7d7e1e0e3c2b/_/download/contextbatch/css/_super/batch.css" data-wrm-key="_super" data-wrm-batch-type="context" media="all">
<link type="text/css" rel="stylesheet" href="/s/c7b0a93f5e2d/9120015/1dlckms/f2e3c1b7d9a4/_/download/contextbatch/css/jira.navigator.kickass,jira.global,atl.general,-_super/batch.css?agile_global_admin_condition=true&amp;jag=true" data-wrm-key="jira.navigator.kickass" data-wrm-batch-type="context" media="all">
<script type="text/javascript" src="/s/8d2e7c6a1b4f/9120015/1dlckms/11ea7d7e1e0e3c2b/_/download/contextbatch/js/_super/batch.js?locale=en-US" data-wrm-key="_super" data-wrm-batch-type="context" data-initially-rendered></script>
<script type="text/javascript" src="/s/ae51c4f92b10/9120015/1dlckms/f2e3c1b7d9a4/_/download/contextbatch/js/jira.navigator.kickass,jira.global,atl.general,-_super/batch.js?locale=en-US" data-wrm-key="jira.navigator.kickass" data-wrm-batch-type="context" data-initially-rendered></script>
<meta name="decorator" content="panel-general">
</head>
<body id="jira" class="aui-layout aui-theme-default page-type-navigator ka ajax-issue-search-and-view" data-version="9.12.15">
<div id="page">
<header id="header" role="banner">
<a class="aui-skip-link" href="/login.jsp?os_destination={login}">Log in</a><a class="aui-skip-link" href="#main">Skip to main content</a>
<nav class="aui-header aui-dropdown2-trigger-group" role="navigation" data-aui-responsive="true"><div class="aui-header-inner">
<div class="aui-header-primary"><span id="logo" class="aui-header-logo aui-header-logo-custom"><a href="https://issues.brightwater.dev/secure/MyJiraHome.jspa"><img src="/s/-6p2x1j/9120015/1dlckms/_/jira-logo-scaled.png" alt="Brightwater Foundation JIRA" /></a></span>
<ul class="aui-nav">
<li><a href="/secure/Dashboard.jspa" class=" aui-nav-link aui-dropdown2-trigger jira-dropdown2-ajax" id="home_link" aria-haspopup="true" aria-controls="home_link-content" title="View and manage your dashboards" accesskey="d" elementtiming="app-header">Dashboards</a><div id="home_link-content" class="aui-dropdown2 aui-style-default" data-aui-dropdown2-ajax-key="home_link"></div></li>
<li><a href="/browse/HAL" class=" aui-nav-link aui-dropdown2-trigger jira-dropdown2-ajax" id="browse_link" aria-haspopup="true" aria-controls="browse_link-content" title="View recent projects and browse a list of projects" accesskey="p">Projects</a><div id="browse_link-content" class="aui-dropdown2 aui-style-default" data-aui-dropdown2-ajax-key="browse_link"></div></li>
<li><a href="/issues/" class=" aui-nav-link aui-dropdown2-trigger jira-dropdown2-ajax" id="find_link" aria-haspopup="true" aria-controls="find_link-content" title="Search for issues and view recent issues" accesskey="i">Issues</a><div id="find_link-content" class="aui-dropdown2 aui-style-default" data-aui-dropdown2-ajax-key="find_link"></div></li>
</ul></div>
<div class="aui-header-secondary"><ul class="aui-nav">
<li id="quicksearch-menu"><form action="/secure/QuickSearch.jspa" method="get" id="quicksearch" class="aui-quicksearch dont-default-focus ajs-dirty-warning-exempt"><input id="quickSearchInput" autocomplete="off" class="search" type="text" title="Search" placeholder="Search" name="searchString" accessKey="q" /><input type="submit" class="hidden" value="Search"></form></li>
<li id="system-help-menu"><a class="aui-nav-link aui-dropdown2-trigger aui-dropdown2-trigger-arrowless" id="help_menu" aria-haspopup="true" aria-owns="system-help-menu-content" href="https://docs.atlassian.com/jira/jcore-docs-0912/" target="_blank" title="Help"><span class="aui-icon aui-icon-small aui-iconfont-question-filled">Help</span></a><div id="system-help-menu-content" class="aui-dropdown2 aui-style-default"><div class="aui-dropdown2-section"><ul class="aui-list-truncate"><li><a class="aui-nav-link" href="/secure/ViewKeyboardShortcuts!default.jspa" id="keyshortscuthelp">Keyboard Shortcuts</a></li><li><a class="aui-nav-link" href="/secure/AboutPage.jspa" id="view_about">About Jira</a></li><li><a class="aui-nav-link" href="/secure/credits/AroundTheWorld!default.jspa" id="view_credits">Jira Credits</a></li></ul></div></div></li>
<li id="user-options"><a class="aui-nav-link login-link" href="/login.jsp?os_destination={login}">Log In</a></li>
</ul></div></div></nav>
</header>
<div id="announcement-banner" class="alertHeader"><p>The Brightwater issue tracker is read-only for anonymous users. Please <a href="https://github.com/brightwater-foundation/halyard/blob/main/CONTRIBUTING.md">read the contributor guide</a> before filing a new issue. Sign-ups are open again.</p></div>
<section id="content" role="main">
<div class="navigator-container navigator-sidebar-collapsed">
<div class="navigator-sidebar" aria-label="Filters sidebar"><div class="ui-sidebar"><div class="filter-panel-section"><h4 class="filter-title">Filters</h4><a class="new-search aui-button aui-button-subtle" href="/issues/?jql=" title="Start a new search">New search</a><a class="find-filters" href="/secure/ManageFilters.jspa?filterView=search" title="Search for filters">Find filters</a></div>
<div class="filter-panel-section"><h4 class="filter-title">System filters</h4><ul class="filter-list system-filters">
{filters}
</ul></div></div></div>
<div class="navigator-body"><div class="contained-content">
<header class="saved-search-selector"><div class="search-header-view"><div class="saved-search-operations"><button class="aui-button aui-button-subtle expand-sidebar" title="Expand the filters sidebar"><span class="aui-icon aui-icon-small aui-iconfont-sidebar-link">Expand</span></button></div><h1 class="search-title" title="Search">Search</h1><div class="header-views"><a class="aui-button aui-dropdown2-trigger header-views-menu" href="#layout-switcher-options" aria-owns="layout-switcher-options">Views</a><div id="layout-switcher-options" class="aui-dropdown2 aui-style-default"><ul><li><a class="aui-list-item-link" data-layout-key="split-view" href="#">Detail View</a></li><li><a class="aui-list-item-link aui-dropdown2-checked" data-layout-key="list-view" href="#">List View</a></li></ul></div></div></div></header>
<form class="aui navigator-search" action="#" method="post" onsubmit="return false">
<div class="search-container" data-mode="basic"><div class="search-field-container">
<ul class="criteria-list">
<li data-id="project" class="criteria-selector-container"><button type="button" class="criteria-selector aui-button aui-button-subtle drop-arrow" data-id="project"><div class="criteria-wrap"><span class="fieldLabel">Project:</span> Halyard</div></button></li>
<li data-id="issuetype" class="criteria-selector-container"><button type="button" class="criteria-selector aui-button aui-button-subtle drop-arrow" data-id="issuetype"><div class="criteria-wrap"><span class="fieldLabel">Type:</span> All</div></button></li>
<li data-id="status" class="criteria-selector-container"><button type="button" class="criteria-selector aui-button aui-button-subtle drop-arrow" data-id="status"><div class="criteria-wrap"><span class="fieldLabel">Status:</span> All</div></button></li>
<li data-id="assignee" class="criteria-selector-container"><button type="button" class="criteria-selector aui-button aui-button-subtle drop-arrow" data-id="assignee"><div class="criteria-wrap"><span class="fieldLabel">Assignee:</span> All</div></button></li>
<li class="text-query-container"><input class="search-entry text medium-field" id="searcher-query" name="text" placeholder="Contains text" type="text" value=""></li>
<li><button type="button" class="aui-button aui-button-subtle add-criteria drop-arrow">More</button></li>
<li><button class="aui-button aui-button-primary search-button" type="submit" original-title="Search for issues"><span class="aui-icon aui-icon-small aui-iconfont-search">Search</span></button></li>
<li><a class="switcher-item aui-button aui-button-link" data-id="advanced" href="#">Advanced</a></li>
</ul></div></div>
</form>
<div class="navigator-group"><div class="results-panel navigator-item">
<div class="navigator-content" data-issue-table-model-state="{esc(json.dumps(state, separators=(",", ":")))}">
<div class="issue-table-info-bar navigator-results"><div class="aui-group"><div class="aui-item"><span class="results-count-text"><span class="results-count-start">{start + 1}</span>–<span class="results-count-end">{end}</span> of <span class="results-count-total results-count-link">{total}</span></span><a class="refresh-table" href="#" title="Refresh results"><span class="aui-icon aui-icon-small aui-iconfont-refresh">Refresh results</span></a></div>
<div class="aui-item"><ul class="header-operations"><li><a class="aui-button aui-button-subtle aui-dropdown2-trigger" id="jira-share-trigger" href="#">Share</a></li><li><a class="aui-button aui-button-subtle aui-dropdown2-trigger" id="AJS_DROPDOWN__78" aria-owns="export-options" href="#">Export</a></li><li><a class="aui-button aui-button-subtle column-picker-trigger" href="#">Columns</a></li></ul></div></div></div>
<div class="issue-table-container"><div><issuetable-web-component data-content="issues">
{table}
</issuetable-web-component></div></div>
<div class="end-of-stable-message"></div>
{_jr_pager(start, total)}
</div>
</div></div>
</div></div>
</div>
</section>
<footer id="footer" role="contentinfo"><section class="footer-body"><ul class="atlassian-footer"><li>Atlassian Jira <a class="seo-link" rel="nofollow" href="https://www.atlassian.com/software/jira">Project Management Software</a></li><li>(v9.12.15#9120015-<span title="a1b2c3d4e5f6" data-commit-id="a1b2c3d4e5f6">sha1:a1b2c3d</span>)</li><li><a id="about-link" rel="nofollow" href="/secure/AboutPage.jspa/secure/AboutPage.jspa">About Jira</a></li><li><a id="footer-report-problem-link" rel="nofollow" href="/secure/CreateIssue!default.jspa">Report a problem</a></li></ul><p class="atlassian-footer"><span class="licensemessage">Powered by a free Atlassian <a rel="nofollow" href="https://www.atlassian.com/software/views/opensource-community-additional-resources-licenses">Jira open source license</a> for Brightwater Foundation. Try Jira - <a rel="nofollow" href="https://www.atlassian.com/software/jira">bug tracking software</a> for your team.</span></p><div id="footer-logo"><a rel="nofollow" href="https://www.atlassian.com/">Atlassian</a></div></section></footer>
</div>
<script type="text/javascript">window.WRM=window.WRM||{{}};window.WRM._unparsedData=window.WRM._unparsedData||{{}};WRM._unparsedData["com.atlassian.jira.jira-issue-nav-components:issuenav.issue-table-state"]="{esc(json.dumps({"startIndex": start, "total": total}))}";</script>
</body>
</html>"""


@twentyseventh_d
def build_brightwater_issues() -> None:
    s = Site(
        "brightwater-issues",
        kind="issue navigator table (Jira Data Center 9.12 list view, anonymous: AUI header, collapsed filter sidebar, basic-search criteria buttons, '1–25 of 62', table#issuetable inside issuetable-web-component with sortable headers, tr.issuerow[data-issuekey] rows: td.issuetype with a hidden link + type icon (alt), td.issuekey and td.summary links to /browse/KEY (sub-tasks with a parent key link first), user-hover assignee / reporter links with avatars or em 'Unassigned', priority icon (alt), jira-issue-status-lozenge spans, em 'Unresolved', time[datetime] '12/Mar/25 2:31 PM' created / updated, an empty due cell and an actions trigger; div.pagination with data-start-index links over &startIndex=N; the table state again as JSON in data-issue-table-model-state)",
        start=f"issues/?jql={JR_Q}",
        description="The public Jira Data Center 9.12 of an open-source data-tooling foundation (issues.brightwater.dev), issue navigator in list view for 'project = HAL ORDER BY created DESC' as an anonymous visitor gets it in 2025, 25 issues a page (startIndex=25, startIndex=50). 25 + 25 + 12 issues. Written down: key, title (summary), url, type (icon alt), assignee, reporter, priority (icon alt), status, resolution (None when Unresolved), created, updated (ISO days).",
    )
    pages = chunks(JR_ISSUES, [JR_PAGE, JR_PAGE, len(JR_ISSUES) - 2 * JR_PAGE])
    for number, issues in enumerate(pages):
        start = number * JR_PAGE
        path = f"issues/@jql={JR_Q}" + (f"&startIndex={start}" if start else "")
        s.list_page(path, _jr_page(start, issues))
    for issue in JR_ISSUES:
        s.expect(
            {
                "key": issue.key,
                "title": issue.summary,
                "url": f"/browse/{issue.key}",
                "type": issue.type,
                "assignee": JR_USERS[issue.assignee] if issue.assignee else None,
                "reporter": JR_USERS[issue.reporter],
                "priority": issue.priority,
                "status": issue.status,
                "resolution": issue.resolution,
                "created": issue.created.strftime("%Y-%m-%d"),
                "updated": issue.updated.strftime("%Y-%m-%d"),
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# ziarnko-kawa: Sylius 1.13 shop (default Semantic UI theme), Polish locale, taxon "Kawa ziarnista".
# ---------------------------------------------------------------------------------------------------

ZK_BASE = "/pl_PL/taxons/kawa/kawa-ziarnista"
ZK_PAGE = 18

# name|price|original price|0 when the product has no enabled variant
ZK_RAW = """\
Etiopia Yirgacheffe Kochere 250 g|49.00||
Kolumbia Huila Finca El Paraíso 250 g|59.00||
Brazylia Cerrado Mineiro 1 kg|129.00|149.00|
Kenia Nyeri AA Gatomboya 250 g|64.00||
Gwatemala Huehuetenango 250 g|47.00||
Espresso Ziarnko Klasyczne 1 kg|119.00||
Rwanda Nyamasheke Natural 250 g|56.00|62.00|
Kostaryka Tarrazú Honey 250 g|58.00||
Peru Cajamarca Organic 500 g|79.00||
Honduras Santa Barbara 250 g|49.00||0
Etiopia Guji Hambela Natural 250 g|54.00||
Salwador Finca Santa Rita Pacamara 250 g|69.00||
Mieszanka Poranna 500 g|64.00|72.00|
Indonezja Sumatra Gayo 250 g|52.00||
Burundi Kayanza Washed 250 g|55.00||
Nikaragua Jinotega 250 g|46.00||
Espresso Crema Bezkofeinowe 250 g|44.00||
Meksyk Chiapas Altura 250 g|45.00||
Tanzania Kilimanjaro Peaberry 250 g|61.00||
Kolumbia Decaf Sugarcane 250 g|52.00||
Panama Boquete Geisha 100 g|119.00||
Uganda Mount Elgon Bugisu 250 g|48.00|53.00|
Jemen Haraz Mocha 100 g|139.00||0
Brazylia Sul de Minas Yellow Bourbon 250 g|45.00||
Etiopia Sidamo Bensa 250 g|53.00||
Espresso Ziarnko Jasne 1 kg|139.00||
Kenia Kirinyaga Peaberry 250 g|66.00||
Papua Nowa Gwinea Sigri 250 g|57.00|63.00|
Boliwia Caranavi 250 g|58.00||
Ekwador Loja Typica Mejorado 250 g|89.00||
Mieszanka Świąteczna 250 g|49.00|59.00|
Wietnam Robusta Fine Da Lat 500 g|39.00||
Indie Monsooned Malabar 250 g|44.00||
Kolumbia Cauca Pink Bourbon 250 g|72.00||
Etiopia Limu Natural 1 kg|169.00||
Gwatemala Antigua La Azotea 250 g|54.00||
Zestaw degustacyjny 4 × 100 g|79.00|89.00|
Dominikana Barahona 250 g|59.00||0
Rwanda Huye Mountain 250 g|54.00||
Kostaryka Las Lajas Black Honey 250 g|74.00||
Brazylia Mogiana Natural 500 g|69.00||
Salwador Pacas Anaerobic 250 g|76.00||
Espresso Ziarnko Ciemne 1 kg|115.00|125.00|
Etiopia Kaffa Forest 250 g|58.00||
Kolumbia Tolima Planadas 250 g|56.00||
Mieszanka Cold Brew 500 g|62.00||
Peru Chirinos Geisha 100 g|95.00||
"""


class ZKProduct(NamedTuple):
    name: str
    slug: str
    price: float | None
    original: float | None


def _zk_products() -> list[ZKProduct]:
    out = []
    for line in ZK_RAW.strip().splitlines():
        name, price, original, enabled = line.split("|")
        out.append(
            ZKProduct(
                name,
                slug(name.replace("×", "x")),
                None if enabled == "0" else float(price),
                float(original) if original and enabled != "0" else None,
            )
        )
    return out


ZK_PRODUCTS = _zk_products()


def _zk_money(amount: float) -> str:
    whole, cents = f"{amount:.2f}".split(".")
    if len(whole) > 3:
        whole = whole[:-3] + "\u00a0" + whole[-3:]
    return f"{whole},{cents}\u00a0zł"


def _zk_card(product: ZKProduct) -> str:
    href = f"/pl_PL/products/{product.slug}"
    digest = hashlib.sha1(product.slug.encode()).hexdigest()
    price = ""
    if product.price is not None:
        if product.original is not None:
            price += f'\n            <div class="sylius-product-original-price" ><del>{_zk_money(product.original)}</del></div>'
        price += f'\n            <div class="sylius-product-price" >{_zk_money(product.price)}</div>'
    return f"""<div class="ui fluid card" >
    <a href="{href}" class="blurring dimmable image">
        <div class="ui dimmer">
            <div class="content">
                <div class="center">
                    <div class="ui inverted button">Zobacz więcej</div>
                </div>
            </div>
        </div>
        <img src="https://sklep.ziarnko.pl/media/cache/sylius_shop_product_thumbnail/{digest[:2]}/{digest[2:4]}/{digest[4:20]}.jpg" alt="{esc(product.name)}" class="ui bordered image" />
    </a>
    <div class="content" >
        <a href="{href}" class="header sylius-product-name" >{esc(product.name)}</a>{price}
    </div>
</div>"""


def _zk_href(page: int, query: str = "") -> str:
    if page == 1 and not query:
        return ZK_BASE
    return f"{ZK_BASE}?page={page}" + query if page > 1 else f"{ZK_BASE}?{query.lstrip('&')}"


def _zk_pager(page: int, pages: int) -> str:
    items = []
    if page == 1:
        items.append('<a class="item disabled">&larr; Poprzednia</a>')
    else:
        items.append(f'<a class="item" href="{_zk_href(page - 1)}" rel="prev">&larr; Poprzednia</a>')
    for number in range(1, pages + 1):
        if number == page:
            items.append(f'<a class="item active">{number}</a>')
        else:
            items.append(f'<a class="item" href="{_zk_href(number)}">{number}</a>')
    if page == pages:
        items.append('<a class="item disabled">Następna &rarr;</a>')
    else:
        items.append(f'<a class="item" href="{_zk_href(page + 1)}" rel="next">Następna &rarr;</a>')
    return '<div class="ui pagination menu">\n    ' + "\n    ".join(items) + "\n</div>"


ZK_TAXONS = [
    (
        "kawa",
        "Kawa",
        [
            ("kawa-ziarnista", "Kawa ziarnista"),
            ("kawa-mielona", "Kawa mielona"),
            ("kawa-w-kapsulkach", "Kawa w kapsułkach"),
            ("kawa-bezkofeinowa", "Kawa bezkofeinowa"),
        ],
    ),
    (
        "herbata",
        "Herbata",
        [
            ("herbata-czarna", "Herbata czarna"),
            ("herbata-zielona", "Herbata zielona"),
            ("napary-ziolowe", "Napary ziołowe"),
        ],
    ),
    (
        "akcesoria",
        "Akcesoria",
        [("mlynki", "Młynki"), ("drippery-i-filtry", "Drippery i filtry"), ("kawiarki", "Kawiarki"), ("wagi", "Wagi")],
    ),
    ("prezenty", "Prezenty", [("zestawy", "Zestawy"), ("karty-podarunkowe", "Karty podarunkowe")]),
]


def _zk_page(page: int, pages: int, products: list[ZKProduct]) -> str:
    menu = "\n".join(
        f'<div class="ui dropdown item"><span class="text">{label}</span><i class="dropdown icon"></i><div class="menu">'
        + "".join(
            f'<a href="/pl_PL/taxons/{code}/{child}" class="item">{child_label}</a>' for child, child_label in children
        )
        + "</div></div>"
        for code, label, children in ZK_TAXONS
    )
    side = "\n".join(
        f'<a href="/pl_PL/taxons/kawa/{child}" class="item{" active" if child == "kawa-ziarnista" else ""}">{label}</a>'
        for child, label in ZK_TAXONS[0][2]
    )
    cards = "\n".join(_zk_card(product) for product in products)
    limits = "".join(f'<a class="item" href="{ZK_BASE}?limit={n}">{n}</a>' for n in (9, 18, 27))
    sorts = [
        ("Według pozycji", ""),
        ("od A do Z", "sorting%5Bname%5D=asc"),
        ("od Z do A", "sorting%5Bname%5D=desc"),
        ("Najnowsze", "sorting%5BcreatedAt%5D=desc"),
        ("Najstarsze", "sorting%5BcreatedAt%5D=asc"),
        ("Najtańsze", "sorting%5Bprice%5D=asc"),
        ("Najdroższe", "sorting%5Bprice%5D=desc"),
    ]
    sort_items = "".join(
        f'<a class="item" href="{ZK_BASE}{"?" + q if q else ""}" data-text="{label}">{label}</a>' for label, q in sorts
    )
    canonical = _zk_href(page)
    intro = (
        '<div class="sub header">Świeżo palona kawa ziarnista z naszej palarni w Poznaniu. Palimy we wtorki i czwartki, wysyłamy w ciągu 48 godzin od palenia.</div>'
        if page == 1
        else ""
    )
    return f"""<!DOCTYPE html>

<html lang="pl_PL">
<head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">

    <title>Palarnia Ziarnko | Kawa ziarnista</title>

    <meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
    <link rel="canonical" href="https://sklep.ziarnko.pl{canonical}" />

    <link rel="stylesheet" href="/build/shop/shop-entry.83c1e2a4.css">

    <link rel="icon" type="image/x-icon" href="/build/shop/images/favicon.ico" />
</head>

<body class="pushable" >

<div class="ui sidebar vertical menu">
    <a href="/pl_PL/" class="item">Strona główna</a>
    {menu}
</div>

<div class="pusher">
    <div id="menu" class="ui large sticky inverted stackable menu">
        <div class="ui container">
            <div class="item">
                <span class="ui text">Darmowa dostawa od 150 zł · Palimy we wtorki i czwartki</span>
            </div>
            <div class="right stackable menu">
                <div class="ui dropdown item" id="sylius-currency-selector">
                    <span class="text sylius-active-currency">zł PLN</span>
                    <i class="dropdown icon"></i>
                    <div class="menu">
                        <a href="/switch-currency/EUR" class="item sylius-available-currency">€ EUR</a>
                    </div>
                </div>
                <div class="ui dropdown item" id="sylius-locale-selector">
                    <span class="text sylius-active-locale">Polski</span>
                    <i class="dropdown icon"></i>
                    <div class="menu">
                        <a href="/switch-locale/en_US" class="item sylius-available-locale">angielski</a>
                    </div>
                </div>
                <a href="/pl_PL/login" class="item">Zaloguj się</a>
                <a href="/pl_PL/register" class="item">Zarejestruj</a>
            </div>
        </div>
    </div>

    <div class="ui container">
        <header>
            <div class="ui stackable two column grid">
                <div class="column">
                    <a href="/pl_PL/"><img src="/build/shop/images/logo.b3f9a1c2.png" alt="Palarnia Ziarnko" class="ui small image" /></a>
                </div>
                <div class="middle aligned column">
                    <div class="ui right floated buttons">
                        <div class="ui circular cart button" id="sylius-cart-button">
                            <i class="cart icon"></i>
                            <span id="sylius-cart-total">0,00&nbsp;zł</span>
                        </div>
                    </div>
                    <div class="ui flowing basic cart popup">
                        <div class="ui active loader"></div>
                        <p class="ui center aligned segment">Twój koszyk jest pusty.</p>
                    </div>
                </div>
            </div>
            <div class="ui large stackable menu">
                <a href="/pl_PL/" class="item">Strona główna</a>
                {menu}
                <a href="/pl_PL/blog" class="item">Blog</a>
            </div>
        </header>

        <div class="ui breadcrumb">
            <a href="/pl_PL/" class="section">Strona główna</a>
            <div class="divider"> / </div>
            <a href="/pl_PL/taxons/kawa" class="section">Kawa</a>
            <div class="divider"> / </div>
            <div class="active section">Kawa ziarnista</div>
        </div>

        <div class="ui hidden divider"></div>

        <div class="ui stackable grid">
            <div class="four wide column">
                <div class="ui fluid vertical menu">
                    <div class="header item">Kawa</div>
                    {side}
                </div>
                <div class="ui segment">
                    <h4 class="ui header">Jak palimy?</h4>
                    <p>Każda partia jest profilowana osobno. Na opakowaniu znajdziesz datę palenia i rekomendowane metody parzenia.</p>
                    <a href="/pl_PL/o-palarni" class="ui basic fluid button">O palarni</a>
                </div>
            </div>
            <div class="twelve wide column">
                <h1 class="ui monster section dividing header">
                    Kawa ziarnista
                    {intro}
                </h1>

                <div class="ui segment">
                    <form method="get" action="{ZK_BASE}" class="ui loadable form">
                        <div class="ui fluid action input">
                            <input type="text" id="criteria_search_value" name="criteria[search][value]" placeholder="Szukaj" />
                            <button type="submit" class="ui primary icon labeled button"><i class="search icon"></i> Szukaj</button>
                            <a href="{ZK_BASE}" class="ui negative icon labeled button"><i class="cancel icon"></i> Wyczyść</a>
                        </div>
                    </form>
                </div>

                <div class="ui clearing basic segment">
                    <div class="ui right floated small header">
                        <div class="content">
                            Pokaż
                            <div class="ui inline dropdown">
                                <div class="text">{ZK_PAGE}</div>
                                <i class="dropdown icon"></i>
                                <div class="menu">{limits}</div>
                            </div>
                        </div>
                    </div>
                    <div class="ui right floated small header">
                        <div class="content">
                            Sortuj
                            <div class="ui inline dropdown">
                                <div class="text">Według pozycji</div>
                                <i class="dropdown icon"></i>
                                <div class="menu">{sort_items}</div>
                            </div>
                        </div>
                    </div>
                </div>

                <div class="ui three cards" id="products">
{cards}
                </div>
                <div class="ui hidden divider"></div>
                {_zk_pager(page, pages)}
            </div>
        </div>
    </div>

    <div class="ui inverted vertical footer segment">
        <div class="ui container">
            <div class="ui inverted divided equal height stackable grid">
                <div class="four wide column">
                    <h4 class="ui inverted header">Palarnia Ziarnko</h4>
                    <div class="ui inverted link list">
                        <a href="/pl_PL/o-palarni" class="item">O nas</a>
                        <a href="/pl_PL/kontakt/" class="item">Kontakt</a>
                        <a href="/pl_PL/regulamin" class="item">Regulamin</a>
                        <a href="/pl_PL/polityka-prywatnosci" class="item">Polityka prywatności</a>
                    </div>
                </div>
                <div class="four wide column">
                    <h4 class="ui inverted header">Zakupy</h4>
                    <div class="ui inverted link list">
                        <a href="/pl_PL/dostawa-i-platnosci" class="item">Dostawa i płatności</a>
                        <a href="/pl_PL/zwroty" class="item">Zwroty i reklamacje</a>
                        <a href="/pl_PL/hurt" class="item">Oferta dla kawiarni</a>
                    </div>
                </div>
                <div class="eight wide column">
                    <h4 class="ui inverted header">Newsletter</h4>
                    <p>Zapisz się, a damy Ci znać o nowych mikrolotach. Na start -10% na pierwsze zamówienie.</p>
                    <form id="footer-newsletter-form" class="ui form" action="/pl_PL/newsletter/subscribe" method="post">
                        <div class="ui action input"><input type="email" name="email" placeholder="Twój adres e-mail"><button class="ui button" type="submit">Zapisz się</button></div>
                        <input type="hidden" name="_token" value="c1c8d5a1e9.Qk3xV0-lq8_2WfTm7yVn1vN0pV3f6o1zAq2Hqs3vY5w">
                    </form>
                </div>
            </div>
            <div class="ui inverted section divider"></div>
            <p>&copy; Palarnia Ziarnko sp. z o.o. 2025 · Sklep działa na <a href="https://sylius.com" target="_blank">Sylius</a></p>
        </div>
    </div>
</div>

<div class="ui small basic modal" id="confirmation-modal">
    <div class="ui icon header"><i class="warning sign icon"></i> Potwierdź swoje działanie</div>
    <div class="content"><p>Czy na pewno chcesz wykonać tę operację?</p></div>
    <div class="actions"><div class="ui red basic cancel inverted button"><i class="remove icon"></i> Nie</div><a class="ui green ok inverted button" id="confirmation-button"><i class="checkmark icon"></i> Tak</a></div>
</div>

<script src="/build/shop/runtime.2f1e8a0c.js"></script>
<script src="/build/shop/shop-entry.6d0b4c9e.js"></script>

<div class="ui dimmer fullscreen" id="loading-dimmer"><div class="ui loader"></div></div>
</body>
</html>"""


@twentyseventh_d
def build_ziarnko_kawa() -> None:
    s = Site(
        "ziarnko-kawa",
        kind="product category (Sylius 1.13 shop, default Semantic UI theme, Polish: div.ui.three.cards#products of div.ui.fluid.card with a dimmable image link ('Zobacz więcej' dimmer), a.header.sylius-product-name and div.sylius-product-price '49,00 zł' with nbsp, div.sylius-product-original-price > del on discounted products, no price when no variant is enabled; sidebar of sibling taxons, search / clear form, 'Pokaż 9 / 18 / 27' and 'Sortuj' inline drop-downs, Pagerfanta's Semantic UI div.ui.pagination.menu '← Poprzednia' / numbers / 'Następna →' over ?page=N)",
        start="pl_PL/taxons/kawa/kawa-ziarnista",
        description="A Polish speciality-coffee roaster's shop (sklep.ziarnko.pl) on Sylius 1.13 with the default Semantic UI shop theme, taxon Kawa › Kawa ziarnista as a visitor gets it in 2025, 18 a page (?page=2, ?page=3). 18 + 18 + 11 products. Written down: title, url, price, currency (PLN), original_price (on discounted products); three products without an enabled variant show no price.",
    )
    pages = chunks(ZK_PRODUCTS, [ZK_PAGE, ZK_PAGE, len(ZK_PRODUCTS) - 2 * ZK_PAGE])
    for number, products in enumerate(pages, 1):
        path = ZK_BASE.lstrip("/") + ("/index.html" if number == 1 else f"@page={number}")
        s.list_page(path, _zk_page(number, len(pages), products))
    for product in ZK_PRODUCTS:
        s.expect(
            {
                "title": product.name,
                "url": f"/pl_PL/products/{product.slug}",
                "price": product.price,
                "currency": "PLN" if product.price is not None else None,
                "original_price": product.original,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# bazarino: OLX Portugal-style classifieds search (React SSR, emotion classes), Bicicletas, q "btt".
# ---------------------------------------------------------------------------------------------------

BZ_BASE = "/desporto-e-lazer/bicicletas/q-btt/"
BZ_PAGE = 32
BZ_MONTHS = [
    "janeiro",
    "fevereiro",
    "março",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
]

BZ_TITLES = [
    "Bicicleta BTT Rockrider ST 520 tamanho L",
    "BTT Trek Marlin 7 2022 - M",
    "Bicicleta BTT roda 29 Scott Aspect 950",
    "Specialized Rockhopper Comp 29 tamanho S",
    "BTT criança roda 24 Btwin",
    "Cannondale Trail 5 29er quadro XL",
    "Orbea Onna 40 29 como nova",
    "BTT suspensão total Canyon Neuron 6",
    "Bicicleta elétrica BTT Riverside 500E",
    "Giant Talon 3 - tamanho M - pouco uso",
    "BTT Merida Big Nine 100 roda 29",
    "Troco BTT por bicicleta de estrada",
    "Bicicleta BTT antiga para restauro",
    "Cube Aim Race 27.5 tamanho S",
    "BTT Focus Whistler 3.7",
    "Lapierre Edge 3.9 - revista",
    "BTT Berg Cairon 29 travões hidráulicos",
    "Kona Lava Dome roda 27.5",
    "Scott Spark 970 suspensão total",
    "BTT roda 26 Shimano 21 velocidades",
    "Rockrider XC 100 tamanho M 2023",
    "Bicicleta BTT senhora Btwin Rockrider 500",
    "Santa Cruz Chameleon R+ quadro L",
    "BTT carbono Orbea Alma M50",
    "Mondraker Chrono 29 tamanho L",
    "BTT criança roda 20 Rockrider ST 500",
    "Specialized Epic Comp carbono 2021",
    "Conor 8500 29 BTT",
    "Bicicleta BTT Lombardo Sestriere 300",
    "BTT Ghost Kato 2.9 AL",
    "Whyte 905 hardtail aço",
    "BTT elétrica Cube Reaction Hybrid Pro 625",
    "Bicicleta BTT Coluer Poison 29",
    "BTT Rockrider ST 100 como nova",
    "Trek Fuel EX 5 Gen 6 tamanho M",
    "Canyon Grand Canyon 7 - XL",
    "BTT Polygon Xtrada 6 1x11",
    "Quadro BTT alumínio 29 tamanho M",
    "Bicicleta BTT Megamo Natural 40",
    "Cannondale Scalpel HT Carbon 4",
    "BTT Haibike Seet HardSeven 2.0",
    "Ofereço BTT roda 26 para peças",
    "Scott Scale 980 tamanho L",
    "Bicicleta BTT Btwin Rockrider 340",
    "BTT Merida One-Twenty 400",
    "Orbea Occam H30 suspensão total",
    "BTT Giant Fathom 29 2",
    "Bicicleta de montanha Rockrider AM 100 S",
    "BTT YT Jeffsy Core 2 tamanho L",
    "Commencal Meta TR Essential",
    "BTT Specialized Stumpjumper Alloy",
    "Bicicleta BTT Berria Bravo 2.2",
    "BTT Cube Analog 27.5 tamanho XS",
    "BTT Radon Cragger 8.0",
    "Bicicleta BTT Moma Bikes 29 SHIMANO",
    "Rockrider E-ST 100 elétrica tamanho M",
    "BTT Trek X-Caliber 8 2023",
    "BTT Vitus Nucleus 29 VRS",
    "Bicicleta BTT Kross Level 1.0",
    "BTT Niner Air 9 RDO quadro M",
    "BTT Nukeproof Scout 290 Comp",
    "Bicicleta BTT usada roda 27.5",
    "BTT Ducati MIG-S elétrica",
    "Cannondale Habit 4 2022 tamanho M",
    "BTT Scott Contessa Active 20 senhora",
    "Bicicleta BTT Fuji Nevada 29 1.7",
    "BTT Rose Count Solo 3",
    "Orbea MX 40 29 tamanho M",
    "BTT GT Avalanche Sport",
    "Bicicleta BTT Btwin Rockrider 8.1",
    "BTT Marin Bobcat Trail 3",
    "BTT Lapierre XR 729 carbono",
    "Bicicleta BTT Decathlon Rockrider ST 530",
    "BTT Transition Scout Alloy",
    "BTT Merida eBig.Nine 400",
    "Bicicleta BTT Rali Hydra 29",
    "BTT Polygon Siskiu T8",
    "Specialized Chisel Comp tamanho M",
    "BTT Mondraker Foxy R",
    "Bicicleta BTT Orbea MX 50 criança 24",
    "BTT Cube Stereo 120 HPC",
    "BTT Scott Genius 930",
    "Bicicleta BTT BH Spike 29",
    "BTT Ibis Ripmo AF",
    "BTT Giant Trance X 29 3",
    "Bicicleta BTT Rockrider ST 120 azul",
    "BTT Kona Honzo ESD",
    "BTT Canyon Spectral 125 AL 6",
    "BTT Trek Roscoe 7 tamanho L",
    "Bicicleta BTT Coluer Bliss 29 senhora",
]

BZ_PLACES = [
    "Lisboa, Arroios",
    "Porto, Paranhos",
    "Braga, São Vicente",
    "Sintra, Algueirão-Mem Martins",
    "Coimbra, Santo António dos Olivais",
    "Vila Nova de Gaia, Mafamude",
    "Almada, Laranjeiro",
    "Setúbal, São Sebastião",
    "Leiria, Marrazes",
    "Aveiro, Esgueira",
    "Faro, Montenegro",
    "Viseu, Ranhados",
    "Matosinhos, Senhora da Hora",
    "Cascais, Carcavelos",
    "Guimarães, Azurém",
    "Oeiras, Paço de Arcos",
    "Loures, Sacavém",
    "Évora, Malagueira",
    "Funchal, Santo António",
    "Seixal, Amora",
]


class BZAd(NamedTuple):
    id: int
    code: str
    title: str
    price: int | None
    label: str
    condition: str | None
    place: str
    shown: str
    date: str
    promoted: bool
    delivery: bool


def _bz_ads() -> list[BZAd]:
    out = []
    now = datetime(2025, 3, 14, 18, 10)
    moment = now
    for index, title in enumerate(BZ_TITLES):
        key = f"bz{index}"
        promoted = index % 32 in (0, 1, 2)
        moment -= timedelta(minutes=11 + _num(key, 3) % 420)
        if title.startswith("Troco"):
            price, label = None, "Troca"
        elif title.startswith("Ofereço"):
            price, label = 0, "Grátis"
        else:
            base = 90 + _num(key + "p", 4) % 2400
            if any(
                w in title
                for w in ("elétrica", "carbono", "Carbon", "Santa Cruz", "Ibis", "YT", "Spectral", "Stereo", "Fuel")
            ):
                base += 1100
            price = base // 10 * 10
            label = "Negociável" if _num(key + "n", 2) % 3 == 0 else ""
        condition = (
            None if index % 7 == 5 else ("Novo" if index % 9 == 2 else "Recondicionado" if index % 13 == 4 else "Usado")
        )
        place = BZ_PLACES[_num(key + "l", 3) % len(BZ_PLACES)]
        if moment.date() == now.date():
            shown = f"Hoje às {moment.hour:02d}:{moment.minute:02d}"
            date = shown
        else:
            shown = f"{moment.day:02d} de {BZ_MONTHS[moment.month - 1]} de {moment.year}"
            date = moment.strftime("%Y-%m-%d")
        if promoted:
            refreshed = moment - timedelta(days=9 + index)
            shown = f"Renovado em {refreshed.day:02d} de {BZ_MONTHS[refreshed.month - 1]} de {refreshed.year}"
            date = refreshed.strftime("%Y-%m-%d")
        code = "ID" + "".join(
            "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"[(_num(key + str(i), 4) >> 2) % 56]
            for i in range(5)
        )
        out.append(
            BZAd(
                600000000 + _num(key, 8) % 99999999,
                code,
                title,
                price,
                label,
                condition,
                place,
                shown,
                date,
                promoted,
                _num(key + "d", 2) % 4 == 0,
            )
        )
    return out


BZ_ADS = _bz_ads()


def _bz_url(ad: BZAd) -> str:
    return f"/d/anuncio/{slug(ad.title)}-{ad.code}.html"


def _bz_price(ad: BZAd) -> str:
    if ad.price is None:
        return f'<p data-testid="ad-price" class="css-6j1qjp">{ad.label}</p>'
    if ad.price == 0:
        return f'<p data-testid="ad-price" class="css-6j1qjp">{ad.label}</p>'
    amount = f"{ad.price:,}".replace(",", ".")
    negotiable = f'<span class="css-1vxklie">{ad.label}</span>' if ad.label else ""
    return f'<p data-testid="ad-price" class="css-6j1qjp">{amount} €{negotiable}</p>'


def _bz_card(ad: BZAd) -> str:
    href = _bz_url(ad)
    digest = hashlib.sha1(ad.code.encode()).hexdigest()
    img = f"https://ireland.apollo.olxcdn.bazarino.pt/v1/files/{digest[:24]}-PT/image;s=1000x700"
    featured = (
        '<div data-testid="adCard-featured" class="css-1jh69qu"><div class="css-1sfy5a4">Destaque</div></div>'
        if ad.promoted
        else ""
    )
    condition = (
        f'<span title="{ad.condition}" class="css-iudov9"><span class="css-1rv1ldl">{ad.condition}</span></span>'
        if ad.condition
        else ""
    )
    delivery = (
        '<div class="css-1ve4xyv"><div data-testid="delivery-badge" class="css-cx9wfs"><svg width="16" height="16" viewBox="0 0 24 24" class="css-1ebm6d8"><path fill="currentColor" d="M3 6h11v9H3zm11 3h4l3 3v3h-7z"></path></svg><span class="css-1lcjqnd">Entrega OLX disponível</span></div></div>'
        if ad.delivery
        else ""
    )
    return f"""<div data-cy="l-card" data-testid="l-card" data-visually-ready-trigger-element="true" id="{ad.id}" class="css-l9drzq"><div class="css-1sw7q4x"><div type="list" class="css-1g5933j"><div class="css-1ut25fa"><a class="css-qo0cxu" href="{href}"><div type="list" class="css-gl6djm"><div class="css-gwhqbt"><img src="{img}" srcset="{img.replace("1000x700", "200x0")} 200w,{img.replace("1000x700", "300x0")} 300w,{img.replace("1000x700", "400x0")} 400w" alt="{esc(ad.title)}" sizes="216px" class="css-8wsg1m"></div></div></a>{featured}</div><div type="list" class="css-1apmciz"><div data-cy="ad-card-title" class="css-u2ayx9"><a class="css-qo0cxu" href="{href}"><h4 class="css-1s3qyje">{esc(ad.title)}</h4></a>{_bz_price(ad)}</div><div class="css-1h3klwn">{condition}</div>{delivery}<div class="css-odp1qd"><p data-testid="location-date" class="css-1mwdrlh">{esc(ad.place)} - {ad.shown}</p><div color="text-global-secondary" class="css-1kfqt7f"><span data-testid="adAddToFavorites" class="css-1ctlgiy"><svg width="1em" height="1em" viewBox="0 0 24 24" data-testid="favorite-icon" class="css-1bb5ol7"><path fill="currentColor" fill-rule="evenodd" d="M20.219 10.367 12 20.419 3.806 10.4A3.96 3.96 0 0 1 3 8c0-2.206 1.795-4 4-4a4.004 4.004 0 0 1 3.868 3h2.264A4.003 4.003 0 0 1 17 4c2.206 0 4 1.794 4 4 0 .868-.279 1.698-.781 2.367"></path></svg></span></div></div></div></div></div></div>"""


def _bz_href(page: int) -> str:
    return BZ_BASE if page == 1 else f"{BZ_BASE}?page={page}"


def _bz_pager(page: int, pages: int) -> str:
    items = []
    if page > 1:
        items.append(
            f'<a data-testid="pagination-back" href="{_bz_href(page - 1)}" class="css-1mi714g"><svg width="1em" height="1em" viewBox="0 0 24 24" class="css-1qx5dsr"><path fill="currentColor" d="M14.29 4.29 7.58 11v2l6.71 6.71h1.42v-1.42L9.42 12l6.29-6.29V4.29z"></path></svg></a>'
        )
    lis = []
    for number in range(1, pages + 1):
        active = " pagination-item__active css-ps94ux" if number == page else " css-ps94ux"
        lis.append(
            f'<li data-testid="pagination-list-item" class="pagination-item{active}"><a class="css-1mi714g" href="{_bz_href(number)}">{number}</a></li>'
        )
    items.append(f'<ul data-testid="pagination-list" class="pagination-list css-1vdlgt7">{"".join(lis)}</ul>')
    if page < pages:
        items.append(
            f'<a data-testid="pagination-forward" href="{_bz_href(page + 1)}" class="css-1mi714g"><svg width="1em" height="1em" viewBox="0 0 24 24" class="css-1qx5dsr"><path fill="currentColor" d="m9.71 4.29 6.71 6.71v2l-6.71 6.71H8.29v-1.42L14.58 12 8.29 5.71V4.29z"></path></svg></a>'
        )
    return f'<div data-testid="pagination-wrapper" class="css-4mw0p4"><section class="css-j8u5qq">{"".join(items)}</section></div>'


def _bz_state(page: int, ads: list[BZAd]) -> str:
    state = {
        "listing": {
            "listing": {
                "ads": [
                    {
                        "id": ad.id,
                        "title": ad.title,
                        "url": "https://www.bazarino.pt" + _bz_url(ad),
                        "price": {
                            "displayValue": _bz_price(ad).split(">", 1)[1].split("<")[0],
                            "regularPrice": {
                                "value": ad.price,
                                "currencyCode": "EUR",
                                "negotiable": ad.label == "Negociável",
                            }
                            if ad.price
                            else None,
                            "free": ad.price == 0,
                            "exchange": ad.price is None,
                        },
                        "location": {"cityName": ad.place.split(", ")[0], "districtName": ad.place.split(", ")[1]},
                        "isPromoted": ad.promoted,
                        "params": [
                            {
                                "key": "state",
                                "name": "Estado",
                                "normalizedValue": (ad.condition or "").lower(),
                                "value": ad.condition,
                            }
                        ]
                        if ad.condition
                        else [],
                    }
                    for ad in ads
                ],
                "totalElements": len(BZ_ADS),
                "totalPages": 3,
                "currentPage": page,
            }
        },
        "site": {"countryCode": "pt", "locale": "pt"},
    }
    return json.dumps(json.dumps(state, ensure_ascii=False), ensure_ascii=False).replace("</", "<\\/")


def _bz_page(page: int, pages: int, ads: list[BZAd]) -> str:
    cards = [_bz_card(ad) for ad in ads]
    cards.insert(
        8,
        '<div class="css-1dp6pbg"><div id="div-gpt-listing-middle" data-testid="qa-advert-slot" class="css-1b4hdy5"><div class="css-7j4o2z">Publicidade</div></div></div>',
    )
    filters = """<div data-testid="listing-filters" class="css-1h9bxbo"><form data-testid="listing-filters-form" class="css-1nww2fn"><div class="css-1l2ntqg"><p class="css-1t0tfi1">Categoria</p><div data-testid="category-dropdown" class="css-1rt7a04"><div class="css-1ixsdbk"><span class="css-1m3ru8w">Bicicletas</span></div></div></div>
<div data-testid="range-from-and-to-inputs-wrapper" class="css-1l2ntqg"><p class="css-1t0tfi1">Preço</p><div class="css-1hrzszu"><input type="text" inputmode="numeric" name="range-from-input" data-testid="range-from-input" placeholder="De" class="css-bmvyqb" value=""><input type="text" inputmode="numeric" name="range-to-input" data-testid="range-to-input" placeholder="Até" class="css-bmvyqb" value=""></div></div>
<div class="css-1l2ntqg"><p class="css-1t0tfi1">Estado</p><div data-testid="flyout-toggle" class="css-1m8dyib"><span class="css-1nb1qxw">Todos</span></div></div>
<div class="css-1l2ntqg"><p class="css-1t0tfi1">Tipo</p><div data-testid="flyout-toggle" class="css-1m8dyib"><span class="css-1nb1qxw">Todos</span></div></div>
<div class="css-1l2ntqg"><p class="css-1t0tfi1">Tamanho do quadro</p><div data-testid="flyout-toggle" class="css-1m8dyib"><span class="css-1nb1qxw">Todos</span></div></div>
<label class="css-1b8tibm"><input type="checkbox" name="courier" class="css-1jyrlrv"><span>Entrega OLX disponível</span></label></form></div>"""
    return f"""<!DOCTYPE html><html lang="pt"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>Btt - Bicicletas - Desporto e Lazer - Bazarino.pt</title><meta name="description" content="Btt em Bicicletas no Bazarino.pt! Anúncios de bicicletas novas e usadas em todo o país. Compra e venda em segurança."/><link rel="canonical" href="https://www.bazarino.pt{_bz_href(page)}"/><meta name="robots" content="index, follow"/><link rel="preconnect" href="https://ireland.apollo.olxcdn.bazarino.pt"/><link rel="stylesheet" href="https://static.bazarino.pt/static/bazarinopt/packed/font/a6a6e2f0b3.css"/><style data-emotion="css-global 1s5oiyb">html{{font-family:Geologica,sans-serif;}}</style><style data-emotion="css l9drzq 1sw7q4x 1apmciz u2ayx9 6j1qjp odp1qd 1mwdrlh">.css-l9drzq{{width:100%;}}.css-6j1qjp{{font-weight:600;}}</style><script type="application/ld+json">{{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{{"@type":"ListItem","position":1,"name":"Página principal","item":"https://www.bazarino.pt/"}},{{"@type":"ListItem","position":2,"name":"Desporto e Lazer","item":"https://www.bazarino.pt/desporto-e-lazer/"}},{{"@type":"ListItem","position":3,"name":"Bicicletas","item":"https://www.bazarino.pt/desporto-e-lazer/bicicletas/"}}]}}</script></head><body><div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Aviso de cookies"><div class="ot-sdk-container"><p id="onetrust-policy-text">Utilizamos cookies e tecnologias semelhantes para personalizar conteúdos e anúncios e analisar o tráfego. <a href="/ajuda/politica-de-cookies/">Política de cookies</a></p><button id="onetrust-pc-btn-handler">Definições de cookies</button><button id="onetrust-accept-btn-handler">Aceitar</button></div></div></div>
<div id="hydrate-root"><div class="css-1p85e15"><header data-testid="header" class="css-1a7xr4f"><div class="css-9m2mll"><a href="/" data-testid="header-logo" class="css-1dyx5sq" aria-label="Bazarino - página principal"><svg width="56" height="32" viewBox="0 0 56 32" class="css-mm8cc8"><path fill="currentColor" d="M4 4h48v24H4z"></path></svg></a><nav class="css-1yqmzbc"><a href="/mensagens/" data-testid="header-messages" class="css-q8r2g6"><span class="css-1xqdx1i">Mensagens</span></a><a href="/favoritos/" data-testid="observed-ads" class="css-q8r2g6" aria-label="Anúncios guardados"><svg width="24" height="24" viewBox="0 0 24 24" class="css-1bb5ol7"><path fill="currentColor" d="M12 21 3 10a5 5 0 0 1 9-5 5 5 0 0 1 9 5z"></path></svg></a><a href="/conta/" data-testid="myolx-link" class="css-q8r2g6"><span class="css-1xqdx1i">A tua conta</span></a><a href="/adding/" data-testid="post-new-ad-button" class="css-1ysv1s7">Publicar anúncio</a></nav></div></header>
<div class="css-1l1r91c"><form data-testid="search-form" action="/ads/" class="css-1b8tibm"><div class="css-15e91pq"><input type="search" name="q" id="search" data-testid="search-input" placeholder="O que procuras?" autoComplete="off" class="css-11gr8gq" value="btt"/></div><div class="css-15e91pq"><input type="text" id="location-input" data-testid="location-search-input" placeholder="Todo o país" autoComplete="off" class="css-11gr8gq" value=""/></div><button type="submit" data-testid="search-submit" class="css-b0rw8t">Pesquisar</button></form></div>
<main class="css-1ci0fas"><ol data-testid="breadcrumbs" class="css-7dfllt"><li data-testid="breadcrumb-item" class="css-7dfllt"><a href="/" class="css-tyi2d1">Página principal</a></li><li data-testid="breadcrumb-item" class="css-7dfllt"><a href="/desporto-e-lazer/" class="css-tyi2d1">Desporto e Lazer</a></li><li data-testid="breadcrumb-item" class="css-7dfllt"><a href="/desporto-e-lazer/bicicletas/" class="css-tyi2d1">Bicicletas</a></li></ol>
{filters}
<div data-testid="listing-count-msg" class="css-n9feq4"><span data-testid="total-count" class="css-7ddzao">Encontrámos {len(BZ_ADS)} resultados</span></div>
<div class="css-j0t2x2"><div class="css-1ew5ajt"><span class="css-1usgbq3">Ordenar por:</span><div data-testid="sorting-dropdown" class="css-1m8dyib"><span class="css-1nb1qxw">Mais recentes</span></div></div><div data-testid="view-type-toggle" class="css-1kkjs0q"><button aria-label="Vista em lista" data-testid="list-view" class="css-1pyrqpm" aria-pressed="true"></button><button aria-label="Vista em grelha" data-testid="gallery-view" class="css-1pyrqpm" aria-pressed="false"></button></div></div>
<div data-testid="listing-grid" class="css-j0t2x2">
{chr(10).join(cards)}
</div>
{_bz_pager(page, pages)}
<div data-testid="seo-links" class="css-1b6kbc0"><h2 class="css-1kfh6v6">Pesquisas relacionadas</h2><ul class="css-q8m2tw"><li><a href="/desporto-e-lazer/bicicletas/q-btt-29/" class="css-tyi2d1">btt 29</a></li><li><a href="/desporto-e-lazer/bicicletas/q-bicicleta-eletrica/" class="css-tyi2d1">bicicleta elétrica</a></li><li><a href="/desporto-e-lazer/bicicletas/q-bicicleta-estrada/" class="css-tyi2d1">bicicleta estrada</a></li><li><a href="/desporto-e-lazer/bicicletas/q-rockrider/" class="css-tyi2d1">rockrider</a></li></ul></div>
</main>
<footer data-testid="footer" class="css-1i2wn9m"><div class="css-19zgkjh"><ul class="css-1lm2ah9"><li><a href="/app/">Aplicação móvel</a></li><li><a href="/ajuda/">Ajuda</a></li><li><a href="/anuncios-promovidos/">Anúncios promovidos</a></li><li><a href="/empresas/">Para empresas</a></li><li><a href="/termos/">Termos de utilização</a></li><li><a href="/privacidade/">Política de privacidade</a></li><li><a href="/mapa-do-site/">Mapa do site</a></li><li><a href="/regioes/">Mapa de regiões</a></li></ul><p class="css-1h8kaxw">© 2025 Bazarino Portugal</p></div></footer>
</div></div>
<script>window.__PRERENDERED_STATE__= {_bz_state(page, ads)};</script>
<script src="https://static.bazarino.pt/static/bazarinopt/packed/client/app.2c3f1b8a9e.js" defer></script>
</body></html>"""


@twentyseventh_d
def build_bazarino() -> None:
    s = Site(
        "bazarino",
        kind="classifieds search rows (OLX Portugal 2024–25, Portuguese: React SSR with emotion css-xxxx classes, div[data-testid=listing-grid] of div[data-cy=l-card] cards: image link, div[data-cy=ad-card-title] with the title link around an h4 and p[data-testid=ad-price] '1.250 €' + span 'Negociável' or 'Troca' / 'Grátis', condition chip 'Usado' / 'Novo' / 'Recondicionado', an 'Entrega OLX disponível' badge on some, p[data-testid=location-date] 'Lisboa, Arroios - 06 de março de 2025' / 'Hoje às 14:32' / 'Renovado em …' on 'Destaque' promoted cards, an ad slot between cards, data-testid pagination-list over ?page=N, window.__PRERENDERED_STATE__ as a JSON string)",
        start=BZ_BASE.lstrip("/"),
        description="A Portuguese general classifieds site built like OLX Portugal (bazarino.pt), Desporto e Lazer › Bicicletas searched for 'btt' as a visitor gets it in March 2025, 32 a page (?page=2, ?page=3), three 'Destaque' (promoted) cards at the top of each page. 32 + 32 + 26 ads. Written down: title, url, price (None for 'Troca', 0 for 'Grátis'), currency (EUR when priced), negotiable (True when 'Negociável' is shown), condition, location, date (ISO day; 'Hoje às HH:MM' kept as shown).",
    )
    pages = chunks(BZ_ADS, [BZ_PAGE, BZ_PAGE, len(BZ_ADS) - 2 * BZ_PAGE])
    for number, ads in enumerate(pages, 1):
        path = BZ_BASE.lstrip("/") + ("index.html" if number == 1 else f"@page={number}")
        s.list_page(path, _bz_page(number, len(pages), ads))
    for ad in BZ_ADS:
        s.expect(
            {
                "title": ad.title,
                "url": _bz_url(ad),
                "price": ad.price,
                "currency": "EUR" if ad.price else None,
                "negotiable": True if ad.label == "Negociável" else None,
                "condition": ad.condition,
                "location": ad.place,
                "date": ad.date,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in TWENTYSEVENTH_D.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
