"""Eighteenth wave (b): three open families of kinds the corpus held only in part, written and measured before any
heuristic was changed for them.

* **stackquery** — a Stack Overflow-like "Newest Questions" list (``/questions?tab=newest``) after the 2024–25
  markup: the top bar, the left navigation, a OneTrust consent banner, the mainbar header ("Newest Questions",
  "Ask Question", "24,118,306 questions", the Newest / Active / Bountied / Unanswered / More button group and a
  Filter toggle), then ``div#questions`` of ``div.s-post-summary`` items: a stats column of three
  ``s-post-summary--stats-item``s ("0" / "votes" with ``title="Score of 0"``, "1" / "answer" with the
  ``has-answers`` class and, when one is accepted, ``has-accepted-answer`` with a check icon, "12" / "views"),
  the content (``h3.s-post-summary--content-title`` link ``/questions/<id>/<slug>``, titles ending in
  "[duplicate]" on one, an excerpt cut near 200 characters with "..."), a meta row of ``ul.js-post-tag-list-wrapper``
  tags (``a.post-tag``) and an ``s-user-card s-user-card__minimal`` (16 px avatar link, user name link, reputation
  "1,234" / "12.3k" in a span titled "reputation score " or "reputation score 12,318", ``time.s-user-card--time``
  "asked" + ``span.relativetime`` "3 mins ago" titled "2025-03-14 09:12:44Z"). Two ``s-pagination`` blocks: the
  pages ("1", "2", "3", "4", "5", "…", "1607892", "Next" over ``?tab=newest&page=N``) and the page sizes (15 / 30 /
  50 "per page"). A sidebar (The Overflow Blog, Featured on Meta, Hot Network Questions with titles of other sites,
  an ad slot, Custom Filters, Watched Tags) and the footer. 15 questions a page, three pages. Written down: title,
  url, votes, answers, views, tags, excerpt, author, reputation (the exact number of the title attribute where the
  page abbreviates it), asked (the title attribute's timestamp).
* **careerflow** — a Workday career site (``/en-US/Halvorsen_Careers``, myworkdayjobs.com 2024–25): the HTML is a
  shell for the React app — a ``window.workday`` config (tenant, siteId, locale, CDN), a ``noscript`` notice, an
  empty ``div#root`` and the app bundle ``/wday/asset/uic-cxs-sites/cxs-sites-main.min.js``. The bundle reads the
  config and asks the CXS endpoint ``/wday/cxs/<tenant>/<site>/jobs`` for twenty postings at a time (Workday POSTs
  ``{"appliedFacets":{},"limit":20,"offset":0,"searchText":""}``; here the same request is a GET with
  ``?offset=N&limit=20``, as the bench's static server serves only GET). The answer is Workday's JSON: ``total``
  (only on the first page; later pages say 0, as Workday's do), ``jobPostings`` of ``title``, ``externalPath``
  ("/job/Oslo/Senior-Data-Engineer_R-10234"), ``locationsText`` ("Oslo, Norway" / "3 Locations"), ``postedOn``
  ("Posted Today" / "Posted Yesterday" / "Posted 3 Days Ago" / "Posted 30+ Days Ago") and ``bulletFields``
  (["R-10234"]), plus ``facets`` and ``userAuthenticated``. The app renders the ``data-automation-id`` DOM
  (jobFoundText "46 JOBS FOUND", ``a[data-automation-id=jobTitle]`` ``href="/en-US/Halvorsen_Careers/job/…"``,
  locations / postedOn ``dl``s with screen-reader ``dt``s, a subtitle ``li`` with the requisition id) and a
  pagination ``nav`` of buttons. 20, 20 and 6 postings. Written down: title, url (the link the page shows),
  location, posted, job_id.
* **pkgindex** — a PyPI-like project page (``/project/tablesift/``, pypi.org 2024–25, Warehouse markup): the
  fundraiser notice banner, the header with search, ``section.package-header`` (``h1.package-header__name``
  "tablesift 2.4.1", the ``#pip-command`` "pip install tablesift" with a copy button, a "Latest version" status
  badge, "Released: <time>Mar 14, 2025</time>"), ``p.package-description__summary``, the vertical tabs (Navigation,
  Verified details with Project links and Maintainers, Unverified details with Project links and ``Meta``: License,
  Author (a mailto link), Tags as ``span.package-keyword``s, Requires: Python >=3.9, Provides-Extra ``code``s),
  the Classifiers tree, then the panels: the rendered README (headings, badges, code blocks, a table), the Release
  history timeline (twelve versions with dates, pre-releases marked) and Download files (an sdist and a wheel with
  "Uploaded" dates, sizes and a hashes table). Footer, sponsors. One page. Written down: name, version, summary,
  released, license, author, maintainers, requires_python, homepage, documentation, source, keywords.

Run ``uv run python tests/sites/corpus/generate_eighteenth_b.py`` to rebuild them (the helpers and the conventions
are those of ``generate.py``; see the corpus README). Every site here is **open**.
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc, slug

EIGHTEENTH_B: dict[str, Callable[[], None]] = {}


def eighteenth_b(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    EIGHTEENTH_B[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


# ---------------------------------------------------------------------------------------------------
# stackquery: a Stack Overflow-like "Newest Questions" list.
# ---------------------------------------------------------------------------------------------------

#: title, tags, votes, answers, accepted, views, user, user id, reputation as shown, body.
SQ_QUESTIONS: list[tuple[str, list[str], int, int, bool, int, str, int, str, str]] = [
    (
        "How to keep the index when merging two pandas DataFrames with merge_asof?",
        ["python", "pandas", "dataframe"],
        0,
        0,
        False,
        4,
        "Ilse Vandermeer",
        21874562,
        "1",
        "I am joining sensor readings to calibration events with pd.merge_asof on a timestamp column. The result has a fresh RangeIndex and I lose the original index that I need later for plotting. Setting left_index=True raises MergeError: can only asof on a key for left. Is there a way to keep the left index without resetting it first?",
    ),
    (
        "Next.js 15 server action returns undefined when called from a client component",
        ["javascript", "reactjs", "next.js", "server-actions"],
        1,
        1,
        False,
        11,
        "tomasz.r",
        18203344,
        "412",
        "I moved my form submit handler to a server action in app/actions.ts and call it from a 'use client' component. The action runs (I can see the console.log on the server) but the awaited value in the component is always undefined. The action does return an object.",
    ),
    (
        "Rust borrow checker error E0502 when pushing to a Vec inside a for loop over its own iterator",
        ["rust", "borrow-checker"],
        -1,
        2,
        True,
        27,
        "kestrel_dev",
        9981234,
        "2,318",
        "I iterate over items.iter() and, for some of them, want to push a derived item to the same Vec. The compiler says cannot borrow `items` as mutable because it is also borrowed as immutable. I understand why, but what is the idiomatic way to do this without cloning the whole vector?",
    ),
    (
        "PostgreSQL: GENERATED ALWAYS AS column cannot reference another generated column",
        ["sql", "postgresql", "computed-columns"],
        0,
        0,
        False,
        6,
        "Aiyana Brooks",
        30112587,
        "37",
        'I have a table with a generated column total_cents and wanted a second generated column total_eur = total_cents / 100.0. Postgres 16 rejects it with ERROR: cannot use generated column "total_cents" in column generation expression. Is there a workaround short of a trigger?',
    ),
    (
        "Kotlin coroutine Flow collect is never called after switching to stateIn",
        ["android", "kotlin", "kotlin-coroutines", "kotlin-flow"],
        2,
        1,
        True,
        39,
        "Priya Raman",
        14452210,
        "5,904",
        "After converting my repository flow with stateIn(viewModelScope, SharingStarted.WhileSubscribed(5000), emptyList()) the collector in my Composable never fires again after the first emission, even though the database changes.",
    ),
    (
        "Why does Docker build cache miss on COPY requirements.txt every time in GitHub Actions?",
        ["docker", "github-actions", "dockerfile", "docker-buildx"],
        0,
        0,
        False,
        8,
        "Hugo Lindqvist",
        25567091,
        "89",
        "Locally the layer after COPY requirements.txt . is cached, but in CI every run reinstalls all packages. I use docker/build-push-action@v6 with cache-from: type=gha and cache-to: type=gha,mode=max. The file does not change between runs.",
    ),
    (
        "TypeScript: infer the return type of a generic function passed as an argument",
        ["typescript", "generics", "type-inference"],
        3,
        2,
        False,
        54,
        "mbakare",
        7712093,
        "12.3k",
        "I have a helper that takes a fetcher function and returns a hook. I want the hook's data type to be inferred from the fetcher's return type, but TypeScript widens it to unknown when the fetcher itself is generic.",
    ),
    (
        "Excel formula to count unique values in a filtered range",
        ["excel", "excel-formula"],
        0,
        1,
        False,
        15,
        "Dorothea Weiss",
        29980013,
        "11",
        "I need the number of distinct customer IDs in column B, but only for the rows visible after applying an AutoFilter. COUNTA(UNIQUE(B2:B500)) counts hidden rows too. I am on Microsoft 365.",
    ),
    (
        "Spring Boot 3.4 @Transactional not rolling back on checked exception",
        ["java", "spring-boot", "spring-transactions"],
        -2,
        1,
        True,
        31,
        "user29876543",
        29876543,
        "1",
        "My service method throws an IOException after saving two entities, but both rows stay in the database. I thought @Transactional would roll back any exception.",
    ),
    (
        "SwiftUI List selection binding not updating on macOS 15",
        ["swift", "swiftui", "macos"],
        0,
        0,
        False,
        3,
        "Jun Watanabe",
        16620981,
        "743",
        "On macOS 15 Sequoia my List(selection: $selectedID) no longer updates selectedID when I click a row. The same code works on macOS 14. The rows are NavigationLinks with value: item.id.",
    ),
    (
        "Go: context deadline exceeded even though the HTTP handler returns in 20 ms",
        ["go", "http", "context"],
        1,
        0,
        False,
        19,
        "Nils Ekberg",
        11203987,
        "3,120",
        "Clients calling my Go service randomly get context deadline exceeded after exactly 30 seconds. The handler logs show it finished in 20 ms. I set ReadTimeout and WriteTimeout to 30s on the http.Server.",
    ),
    (
        "How do I undo git rebase --onto after force pushing? [duplicate]",
        ["git", "git-rebase"],
        -3,
        0,
        False,
        22,
        "casey_m",
        27745610,
        "58",
        "I ran git rebase --onto main feature~3 feature and force-pushed to the remote. Now three commits are gone from the branch. Is there a way to get them back?",
    ),
    (
        "C++20 ranges: views::filter then views::transform calls the predicate twice",
        ["c++", "c++20", "std-ranges"],
        4,
        1,
        True,
        88,
        "Felipe Andrade",
        5520147,
        "24.8k",
        "When I pipe a vector through views::filter and then views::transform, the filter predicate is evaluated twice per element that passes. Is this expected and how do I avoid the double call when the predicate is expensive?",
    ),
    (
        "Flutter: RenderFlex overflowed by 42 pixels when the keyboard opens",
        ["flutter", "dart", "flutter-layout"],
        0,
        1,
        False,
        12,
        "Amara Okafor",
        24418800,
        "205",
        "My login screen is a Column inside a Scaffold. When the keyboard opens I get A RenderFlex overflowed by 42 pixels on the bottom. Wrapping it in SingleChildScrollView breaks my Spacer.",
    ),
    (
        "Azure Functions isolated worker: ILogger output missing in Application Insights",
        ["c#", "azure-functions", "azure-application-insights", ".net-8"],
        1,
        0,
        False,
        17,
        "Sebastian Krüger",
        13390456,
        "1,876",
        "After migrating from the in-process model to the .NET 8 isolated worker, my _logger.LogInformation calls no longer show up in Application Insights traces. Only the host logs appear.",
    ),
    (
        "Regex to match a word not preceded by a hash sign",
        ["regex", "regex-lookarounds"],
        0,
        2,
        True,
        26,
        "Léa Fontaine",
        22190764,
        "96",
        "I want to match the word todo anywhere in a line, except when it appears as a hashtag (#todo). My attempt \\btodo\\b also matches the hashtag.",
    ),
    (
        "Polars: rolling_mean over groups returns nulls for the first window",
        ["python", "python-polars"],
        2,
        1,
        False,
        41,
        "Marta Kowalczyk",
        2231867,
        "12.3k",
        "Using pl.col('value').rolling_mean(window_size=3).over('sensor_id') gives null for the first two rows of every group. I expected min_periods to default to 1.",
    ),
    (
        "Vue 3 defineModel with an object loses reactivity on nested property change",
        ["vue.js", "vuejs3", "vue-composition-api"],
        0,
        0,
        False,
        9,
        "Henrik Aalto",
        26650012,
        "167",
        "I use const settings = defineModel<Settings>() in a child component and change settings.value.theme. The parent never sees the change until I replace the whole object.",
    ),
    (
        "AWS Lambda Python 3.13 runtime: No module named '_cffi_backend'",
        ["python", "amazon-web-services", "aws-lambda", "cffi"],
        1,
        1,
        True,
        34,
        "Oscar Mbeki",
        19087755,
        "2,455",
        "I package my function with pip install -r requirements.txt -t package/ on my Mac and deploy the zip. At runtime cryptography fails with No module named '_cffi_backend'.",
    ),
    (
        "Laravel 11 queue worker stops processing jobs after Redis restart",
        ["php", "laravel", "redis", "laravel-queue"],
        0,
        0,
        False,
        5,
        "Rafael Moreira",
        28830914,
        "23",
        "When our Redis container restarts, php artisan queue:work keeps running but never picks up new jobs until I restart it manually. No exception is logged.",
    ),
    (
        "Can I use CSS :has() to style a label when its checkbox is checked?",
        ["html", "css", "css-selectors"],
        3,
        1,
        True,
        67,
        "Yuki Tanaka",
        8892310,
        "6,012",
        "My checkbox comes after the label text inside the label element. I want the label to get a background when checked. Is label:has(input:checked) supported everywhere now?",
    ),
    (
        "Pytest fixture with scope='session' runs once per module when using xdist",
        ["python", "pytest", "pytest-xdist"],
        0,
        1,
        False,
        14,
        "Greta Holm",
        23310876,
        "318",
        "My expensive database fixture has scope='session', but with pytest -n 4 it runs once per worker, and sometimes more often. How do I make it run once for the whole session?",
    ),
    (
        "Angular 19 signal input not updating when parent changes an array in place",
        ["angular", "angular-signals"],
        0,
        0,
        False,
        7,
        "Ivan Petrov",
        27102934,
        "451",
        "I pass an array to a child with input<Item[]>() and push to it in the parent. The child's computed() based on the input never recomputes.",
    ),
    (
        "MongoDB aggregation: $lookup with pipeline is very slow on 2 million documents",
        ["mongodb", "aggregation-framework", "mongodb-query"],
        1,
        1,
        False,
        29,
        "Khalid Rahman",
        17764402,
        "1,094",
        "A $lookup with let and a pipeline stage matching on two fields takes 40 seconds. There is a compound index on the foreign collection on both fields. explain() shows COLLSCAN inside the lookup.",
    ),
    (
        "Unity: OnTriggerEnter2D not called when the object is moved with transform.position",
        ["c#", "unity-game-engine", "physics"],
        0,
        2,
        True,
        46,
        "Nadia Farouk",
        20983310,
        "77",
        "My bullet prefab has a BoxCollider2D with Is Trigger checked and I move it in Update with transform.position += direction * speed * Time.deltaTime. OnTriggerEnter2D on the enemy never fires.",
    ),
    (
        "How to stream a large CSV download from FastAPI without loading it into memory",
        ["python", "fastapi", "streaming", "csv"],
        2,
        1,
        True,
        52,
        "Daniel Ortega",
        15540987,
        "3,785",
        "I query 2 million rows with SQLAlchemy and want to return them as a CSV download. Building the whole string first uses 3 GB of memory. StreamingResponse with a generator still seems to buffer.",
    ),
    (
        "Bash: read lines from a file into an array, keeping empty lines",
        ["bash", "shell", "arrays"],
        0,
        1,
        False,
        18,
        "Wendell Price",
        30004417,
        "2",
        "mapfile -t lines < file.txt works, but my colleague's script uses while read and loses the empty lines. Which one is correct and why does read drop them?",
    ),
    (
        "Terraform: for_each over a map of objects produces 'Invalid for_each argument' on plan",
        ["terraform", "terraform-provider-aws"],
        1,
        0,
        False,
        13,
        "Ingrid Solberg",
        21765093,
        "640",
        'The map keys depend on resource attributes that are only known after apply, and terraform plan fails with The "for_each" map includes keys derived from resource attributes that cannot be determined until apply.',
    ),
    (
        "R ggplot2: facet_wrap labels cut off when using coord_flip",
        ["r", "ggplot2", "facet-wrap"],
        0,
        0,
        False,
        10,
        "Chiara Bellini",
        24991573,
        "154",
        "My strip labels are long and with coord_flip() they get truncated. I tried theme(strip.text = element_text(size = 8)) but the text is still clipped.",
    ),
    (
        "Kubernetes pod stuck in ContainerCreating: failed to assign an IP address to container",
        ["kubernetes", "amazon-eks", "aws-vpc-cni"],
        2,
        1,
        False,
        37,
        "Tobias Lang",
        10087264,
        "8,214",
        "On our EKS cluster new pods stay in ContainerCreating and describe shows failed to assign an IP address to container. The subnet still has free addresses.",
    ),
    (
        "JavaScript Date shows the previous day when parsing '2025-03-14'",
        ["javascript", "date", "timezone"],
        5,
        3,
        True,
        112,
        "Sofia Marino",
        6609123,
        "15.6k",
        "new Date('2025-03-14') displays as March 13 for users in New York. Why does a date-only string get parsed as UTC but displayed in local time?",
    ),
    (
        "Django ORM: annotate with Count returns duplicated rows after adding a filter on a related field",
        ["python", "django", "django-orm"],
        0,
        1,
        False,
        16,
        "Mehmet Yilmaz",
        22874436,
        "402",
        "Article.objects.filter(tags__name__in=['a', 'b']).annotate(n=Count('comments')) gives inflated counts and duplicate articles. distinct() fixes the duplicates but not the counts.",
    ),
    (
        "WPF DataGrid: binding to a DataTable column whose name contains a dot",
        ["c#", "wpf", "datagrid", "data-binding"],
        0,
        0,
        False,
        4,
        "Anders Nyström",
        29110087,
        "13",
        "One of my DataTable columns is called Temp.Max. The DataGrid shows an empty column because the binding path treats the dot as a property separator.",
    ),
    (
        "Rails 8 Solid Queue jobs are enqueued but never performed in production",
        ["ruby-on-rails", "ruby", "solid-queue"],
        1,
        1,
        True,
        24,
        "Ellen Marsh",
        18876092,
        "1,230",
        "After upgrading to Rails 8 and switching to Solid Queue, jobs appear in the solid_queue_jobs table but never run. In development everything works.",
    ),
    (
        "NumPy: vectorised way to find the first index where a cumulative sum exceeds a threshold per row",
        ["python", "numpy", "vectorization"],
        3,
        2,
        True,
        58,
        "Arjun Mehta",
        9123876,
        "4,471",
        "For a 2D array, I want for each row the first column index where the cumulative sum exceeds a threshold. np.argmax(np.cumsum(a, axis=1) > t, axis=1) fails for rows that never exceed it.",
    ),
    (
        "Jetpack Compose LazyColumn scroll position resets after navigation back",
        ["android", "android-jetpack-compose", "lazycolumn"],
        0,
        1,
        False,
        21,
        "Lucas Ferreira",
        25530019,
        "288",
        "I use rememberLazyListState() in my list screen. When I navigate to the detail screen and back, the list scrolls to the top again.",
    ),
    (
        "SQL Server: MERGE statement deadlocks under concurrent inserts",
        ["sql-server", "t-sql", "deadlock", "merge"],
        1,
        0,
        False,
        30,
        "Patrick Doyle",
        13876520,
        "2,907",
        "Two sessions running the same MERGE for different keys deadlock several times a day. The deadlock graph shows key range locks on the primary key index.",
    ),
    (
        "How to type a dict of callables with different signatures in Python 3.12",
        ["python", "python-typing", "mypy"],
        0,
        0,
        False,
        6,
        "Johanna Richter",
        27998341,
        "61",
        "I keep a registry of handlers keyed by event name. Each handler takes a different event class. mypy complains when I call registry[name](event). Is a TypedDict with Callable values the right tool?",
    ),
    (
        "Electron app: contextBridge exposed API undefined in the renderer after enabling sandbox",
        ["javascript", "electron", "ipc"],
        0,
        1,
        False,
        19,
        "Mateo Ruiz",
        23356170,
        "134",
        "With sandbox: true in webPreferences my preload script runs, but window.api is undefined in the renderer. Without sandbox everything works.",
    ),
    (
        "Swift async let vs TaskGroup: which one to use for a fixed number of requests?",
        ["swift", "async-await", "swift-concurrency"],
        2,
        1,
        True,
        44,
        "Hannah Becker",
        11098732,
        "7,338",
        "I need to load a user, their settings and their avatar in parallel. async let reads nicely, but a colleague says TaskGroup is always better for cancellation.",
    ),
    (
        "Nginx returns 502 Bad Gateway for large uploads proxied to Node.js",
        ["node.js", "nginx", "reverse-proxy", "file-upload"],
        0,
        1,
        False,
        27,
        "Viktor Horvat",
        20014456,
        "515",
        "Uploads under 1 MB work, larger ones fail with 502. client_max_body_size is set to 50M in the server block. The Node.js app never logs the request.",
    ),
    (
        "Power BI: DAX measure to compare sales with the same weekday last year",
        ["powerbi", "dax"],
        0,
        0,
        False,
        8,
        "Fiona Gallagher",
        28765021,
        "39",
        "SAMEPERIODLASTYEAR compares March 14 with March 14, but I need the same weekday of the same ISO week last year. How do I write that measure?",
    ),
    (
        "Playwright test passes locally but times out in CI waiting for a locator",
        ["typescript", "playwright", "continuous-integration"],
        1,
        2,
        False,
        33,
        "Ben Carter",
        16652209,
        "960",
        "await page.getByRole('button', { name: 'Save' }).click() times out only in GitHub Actions. The trace shows the button is visible. Screenshots look identical.",
    ),
    (
        "Haskell: ambiguous type variable when using read inside a where clause",
        ["haskell", "type-inference"],
        3,
        1,
        True,
        49,
        "Olga Smirnova",
        4470912,
        "18.9k",
        "In a where clause I wrote n = read s and later use n only in a comparison with length xs. GHC reports Ambiguous type variable a0 arising from a use of read.",
    ),
    (
        "Elasticsearch 8: date_histogram buckets shifted by one hour after DST change",
        ["elasticsearch", "date-histogram", "timezone"],
        0,
        0,
        False,
        12,
        "Pieter de Vries",
        26119874,
        "212",
        "My daily buckets start at 01:00 instead of midnight for dates after the DST switch, even though I pass time_zone: Europe/Amsterdam in the aggregation.",
    ),
]
#: The exact reputation behind an abbreviated one (the page puts it in the span's title).
SQ_EXACT_REP = {"12.3k": 12318, "24.8k": 24791, "15.6k": 15602, "18.9k": 18944}
SQ_NOW = datetime(2025, 3, 14, 9, 15, 30)
SQ_PAGE_SIZE = 15


def _sq_relative(seconds: int) -> str:
    """Stack Overflow's relative time ('45 secs ago', '1 min ago', '3 mins ago', '1 hour ago')."""
    if seconds < 60:
        return f"{seconds} secs ago"
    minutes = seconds // 60
    if minutes < 60:
        return "1 min ago" if minutes == 1 else f"{minutes} mins ago"
    hours = minutes // 60
    return "1 hour ago" if hours == 1 else f"{hours} hours ago"


def _sq_excerpt(body: str) -> str:
    """The list's excerpt: the body cut near 200 characters on a word, with '...'."""
    if len(body) <= 200:
        return body
    return body[:200].rsplit(" ", 1)[0].rstrip(",.;:") + " ..."


def _sq_stat(number: int, unit: str, extra: str, title: str, icon: str = "") -> str:
    units = unit if number != 1 else unit.rstrip("s")
    return f"""<div class="s-post-summary--stats-item {extra}" title="{esc(title)}">
                {icon}<span class="s-post-summary--stats-item-number">{number}</span>
                <span class="s-post-summary--stats-item-unit">{units}</span>
            </div>"""


def _sq_summary(question: tuple[Any, ...], qid: int, asked: datetime, s: Site) -> str:
    title, tags, votes, answers, accepted, views, user, user_id, rep, body = question
    url = f"/questions/{qid}/{slug(title.removesuffix(' [duplicate]'))[:80].rstrip('-')}"
    user_url = f"/users/{user_id}/{slug(user)}"
    exact = SQ_EXACT_REP[rep] if rep in SQ_EXACT_REP else int(rep.replace(",", ""))
    rep_title = f"reputation score {exact:,}" if rep in SQ_EXACT_REP else "reputation score "
    stamp = asked.strftime("%Y-%m-%d %H:%M:%SZ")
    excerpt = _sq_excerpt(body)
    answer_class = ("has-answers has-accepted-answer" if accepted else "has-answers") if answers else ""
    answer_title = (
        "one of the answers was accepted as the correct answer"
        if accepted
        else f"{answers} answer{'s' if answers != 1 else ''}"
    )
    check = (
        '<svg aria-hidden="true" class="svg-icon iconCheckmarkSm" width="14" height="14" viewBox="0 0 14 14"><path d="M13 3.41 11.59 2 5 8.59 2.41 6 1 7.41l4 4z"></path></svg>'
        if accepted
        else ""
    )
    tag_items = "".join(
        f'<li class=\'d-inline mr4 js-post-tag-list-item\'><a href="/questions/tagged/{esc(t)}" class="post-tag flex--item mt0 js-tagname-{esc(t)}" title="show questions tagged &#39;{esc(t)}&#39;" aria-label="show questions tagged &#39;{esc(t)}&#39;" rel="tag" aria-labelledby="tag-{esc(t)}-tooltip-container" data-tag-menu-origin="Unknown">{esc(t)}</a></li>'
        for t in tags
    )
    s.expect(
        {
            "title": title,
            "url": url,
            "votes": votes,
            "answers": answers,
            "views": views,
            "tags": tags,
            "excerpt": excerpt,
            "author": user,
            "reputation": exact,
            "asked": stamp,
        }
    )
    return f"""
<div id="question-summary-{qid}" class="s-post-summary    js-post-summary" data-post-id="{qid}" data-post-type-id="1">
        <div class="s-post-summary--stats js-post-summary-stats">
            {_sq_stat(votes, "votes", "s-post-summary--stats-item__emphasized", f"Score of {votes}")}
            {_sq_stat(answers, "answers", answer_class, answer_title, check)}
            {_sq_stat(views, "views", "", f"{views} view{'s' if views != 1 else ''}")}
        </div>
    <div class="s-post-summary--content">
        <h3 class="s-post-summary--content-title">
            <a href="{url}" class="s-link">{esc(title)}</a>
        </h3>
        <div class="s-post-summary--content-excerpt">
            {esc(excerpt)}
        </div>
        <div class="s-post-summary--meta">
            <div class="s-post-summary--meta-tags d-inline-block tags js-tags {" ".join("t-" + esc(t) for t in tags)}">
                <ul class='ml0 list-ls-none js-post-tag-list-wrapper d-inline'>{tag_items}</ul>
            </div>
            <div class="s-user-card s-user-card__minimal">
                <a href="{user_url}" class="s-avatar s-avatar__16 s-user-card--avatar" data-user-id="{user_id}"><div class="gravatar-wrapper-16" data-user-id="{user_id}"><img src="https://www.gravatar.example/avatar/{(user_id * 2654435761) % 2**48:012x}?s=32&amp;d=identicon&amp;r=PG&amp;f=y&amp;so-version=2" alt="{esc(user)}&#39;s user avatar" width="16" height="16" class="s-avatar--image"></div></a>
                <div class="s-user-card--info">
                    <div class="s-user-card--link d-flex gs4">
                        <a href="{user_url}" class="flex--item">{esc(user)}</a>
                    </div>
                    <ul class="s-user-card--awards">
                        <li class="s-user-card--rep"><span class="todo-no-class-here" title="{rep_title}" dir="ltr">{rep}</span></li>
                    </ul>
                </div>
                <time class="s-user-card--time">asked <span title="{stamp}" class="relativetime">{_sq_relative(int((SQ_NOW - asked).total_seconds()))}</span></time>
            </div>
        </div>
    </div>
</div>"""


SQ_HOT = [
    ("Why do some old maps show California as an island?", "history.stackexchange.example"),
    ("Is it safe to run a dehumidifier on an extension cord?", "diy.stackexchange.example"),
    ("How do I tell my manager I am overloaded without sounding lazy?", "workplace.stackexchange.example"),
    ("Proof that every tree with n vertices has n-1 edges", "math.stackexchange.example"),
    ("What does 'ad hoc' really mean in a legal context?", "english.stackexchange.example"),
    ("Why are airliner windows round?", "aviation.stackexchange.example"),
]


def _sq_pager(page: int, last: int = 1607892) -> str:
    items = []
    if page > 1:
        items.append(
            f'<a class="s-pagination--item js-pagination-item" href="/questions?tab=newest&amp;page={page - 1}" rel="prev" title="Go to page {page - 1}">Prev</a>'
        )
    for n in range(1, 6):
        if n == page:
            items.append(f'<div class="s-pagination--item is-selected" aria-current="page">{n}</div>')
        else:
            items.append(
                f'<a class="s-pagination--item js-pagination-item" href="/questions?tab=newest&amp;page={n}" title="Go to page {n}">{n}</a>'
            )
    items.append('<div class="s-pagination--item s-pagination--item__clear">&hellip;</div>')
    items.append(
        f'<a class="s-pagination--item js-pagination-item" href="/questions?tab=newest&amp;page={last}" title="Go to page {last}">{last}</a>'
    )
    items.append(
        f'<a class="s-pagination--item js-pagination-item" href="/questions?tab=newest&amp;page={page + 1}" rel="next" title="Go to page {page + 1}">Next</a>'
    )
    sizes = "".join(
        f'<a href="/questions?tab=newest&amp;pagesize={n}" title="Show {n} items per page" class="s-pagination--item js-pagination-item{" is-selected" if n == 15 else ""}">{n}</a>'
        for n in (15, 30, 50)
    )
    return f"""
    <div class="s-pagination site1 themed pager float-left">
        {"".join(items)}
    </div>
    <div class="s-pagination site1 themed pager-right float-right">
        {sizes}
        <div class="s-pagination--item s-pagination--item__clear">per page</div>
    </div>"""


def _sq_page(page: int, body: str) -> str:
    hot = "".join(
        f'<li><div class="favicon favicon-{host.split(".")[0]}" title="{host}"></div><a href="https://{host}/questions/{4821 + i * 97}/{slug(t)}" class="js-gps-track question-hyperlink">{esc(t)}</a></li>'
        for i, (t, host) in enumerate(SQ_HOT)
    )
    return f"""<!DOCTYPE html>
<html class="html__responsive " lang="en">
<head>
    <title>Newest Questions - Stack Query</title>
    <link rel="shortcut icon" href="https://cdn.stackquery.example/Sites/stackquery/Img/favicon.ico?v=ec617d715196">
    <link rel="canonical" href="https://stackquery.example/questions{"?tab=newest&amp;page=" + str(page) if page > 1 else ""}">
    <meta name="viewport" content="width=device-width, height=device-height, initial-scale=1.0, minimum-scale=1.0">
    <meta property="og:type" content="website">
    <meta property="og:site_name" content="Stack Query">
    <script src="https://ajax.googleapis.example/ajax/libs/jquery/3.7.1/jquery.min.js"></script>
    <script src="https://cdn.stackquery.example/Js/stub.en.js?v=b8cdc9fd8d2d"></script>
    <link rel="stylesheet" type="text/css" href="https://cdn.stackquery.example/Shared/stacks.css?v=f1b7a4c4e3d5">
    <link rel="stylesheet" type="text/css" href="https://cdn.stackquery.example/Sites/stackquery/primary.css?v=bf9bdc2b08e9">
    <script>
        StackExchange.init({{"locale":"en","serverTime":1741943730,"routeName":"Questions/ListNewest","stackAuthUrl":"https://stackauth.example","networkMetaHostname":"meta.stackexchange.example","site":{{"name":"Stack Query","description":"Q&A for professional and enthusiast programmers","isNoticesTabEnabled":true,"enableNewTagCreationWarning":true,"insertSpaceAfterNameTabCompletion":false,"id":1,"cookieDomain":".stackquery.example"}},"user":{{"fkey":"","tid":"3e6f1c2a-9b7d-4c1e-8a55-0d4b2f7c9e13","rep":0,"isAnonymous":true,"isAnonymousNetworkWide":true}}}});
        StackExchange.using.setCacheBreakers({{"js/adops.en.js":"4bb1a6ec2b1f","js/ask.en.js":"7cf12c3d8f21","js/questions.en.js":"f3a9cb6e1d44"}});
    </script>
</head>
<body class="questions-page unified-theme">
    <div id="notify-container"></div>
    <a href="#content" class="s-link s-link__inherit show-on-focus skip-link">Skip to main content</a>
    <header class="s-topbar ps-fixed t0 l0 js-top-bar">
        <div class="s-topbar--container">
            <a href="#" class="s-topbar--menu-btn js-left-sidebar-toggle" role="menuitem" aria-haspopup="true" aria-controls="left-sidebar" aria-expanded="false"><span></span></a>
            <a class="s-topbar--logo js-gps-track" href="https://stackquery.example"><span class="-img _glyph">Stack Query</span></a>
            <ol class="s-navigation" role="presentation">
                <li class="md:d-none"><a href="https://stackquery.example/company" class="s-navigation--item js-gps-track">About</a></li>
                <li><a href="#" class="s-navigation--item js-gps-track js-products-menu" aria-controls="products-popover">Products</a></li>
                <li class="md:d-none"><a href="https://stackquery.example/teams" class="s-navigation--item js-gps-track">OverflowAI</a></li>
            </ol>
            <form id="search" role="search" action="/search" class="s-topbar--searchbar js-searchbar" autocomplete="off">
                <div class="s-topbar--searchbar--input-group">
                    <input name="q" type="text" role="combobox" placeholder="Search&#x2026;" value="" aria-label="Search" aria-controls="top-search" data-controller="s-popover" data-action="focus->s-popover#show" data-s-popover-placement="bottom-start" maxlength="240" class="s-input s-input__search js-search-field">
                </div>
            </form>
            <ol class="overflow-x-auto ml-auto -secondary grid ai-center list-reset h100 user-logged-out" role="menubar">
                <li class="-item searchbar-trigger"><a href="#" class="s-topbar--item js-searchbar-trigger" role="button" aria-label="Search" aria-haspopup="true" aria-controls="search"><svg aria-hidden="true" class="svg-icon iconSearch" width="18" height="18" viewBox="0 0 18 18"><path d="m18 16.5-5.14-5.18h-.35a7 7 0 1 0-1.19 1.19v.35L16.5 18zM12 7A5 5 0 1 1 2 7a5 5 0 0 1 10 0"></path></svg></a></li>
                <li role="none"><a href="https://stackquery.example/users/login?ssrc=head&amp;returnurl=https%3a%2f%2fstackquery.example%2fquestions%3ftab%3dNewest" class="s-topbar--item s-topbar--item__unset s-btn s-btn__filled ws-nowrap js-gps-track" role="menuitem" rel="nofollow">Log in</a></li>
                <li role="none"><a href="https://stackquery.example/users/signup?ssrc=head&amp;returnurl=https%3a%2f%2fstackquery.example%2fquestions%3ftab%3dNewest" class="s-topbar--item s-topbar--item__unset ml4 s-btn s-btn__primary ws-nowrap" role="menuitem" rel="nofollow">Sign up</a></li>
            </ol>
        </div>
    </header>
    <div class="container">
        <div id="left-sidebar" data-is-here-when="md lg" class="left-sidebar js-pinned-left-sidebar ps-relative">
            <div class="left-sidebar--sticky-container js-sticky-leftnav">
                <nav role="navigation">
                    <ol class="nav-links">
                        <li class="ps-relative"><a href="/" class="pl8 js-gps-track nav-links--link" aria-controls="" data-controller="" data-s-popover-placement="right" aria-current="false"><div class="d-flex ai-center"><div class="flex--item truncate">Home</div></div></a></li>
                        <li class="ps-relative youarehere"><a id="nav-questions" href="/questions" class="pl8 js-gps-track nav-links--link -link__with-icon" aria-current="true"><svg aria-hidden="true" class="svg-icon iconGlobe" width="18" height="18" viewBox="0 0 18 18"><path d="M9 1C4.64 1 1 4.64 1 9c0 4.36 3.64 8 8 8 4.36 0 8-3.64 8-8 0-4.36-3.64-8-8-8"></path></svg><span class="-link--channel-name">Questions</span></a></li>
                        <li class="ps-relative"><a id="nav-tags" href="/tags" class="pl8 js-gps-track nav-links--link" aria-current="false"><div class="d-flex ai-center"><div class="flex--item truncate">Tags</div></div></a></li>
                        <li class="ps-relative"><a id="nav-users" href="/users" class="pl8 js-gps-track nav-links--link" aria-current="false"><div class="d-flex ai-center"><div class="flex--item truncate">Users</div></div></a></li>
                        <li class="ps-relative"><a id="nav-companies" href="/jobs/companies" class="pl8 js-gps-track nav-links--link" aria-current="false"><div class="d-flex ai-center"><div class="flex--item truncate">Companies</div></div></a></li>
                        <li class="ps-relative"><a id="nav-labs" href="/labs" class="pl8 js-gps-track nav-links--link" aria-current="false"><div class="d-flex ai-center"><div class="flex--item truncate">Labs</div></div></a></li>
                        <li class="ps-relative"><a id="nav-collectives" href="/collectives" class="pl8 js-gps-track nav-links--link" aria-current="false"><div class="d-flex ai-center"><div class="flex--item truncate">Collectives</div></div></a></li>
                        <li class="ps-relative"><a href="/collectives/explore" class="pl8 js-gps-track nav-links--link" aria-current="false"><div class="d-flex ai-center"><div class="flex--item truncate">Explore Collectives</div></div></a></li>
                    </ol>
                </nav>
                <div class="left-sidebar--teams"><p class="fs-caption fc-black-600 mb4">Teams</p><p class="fs-fine">Ask questions, find answers and collaborate at work with Stack Query for Teams.</p><a href="https://stackquery.example/teams" class="s-btn s-btn__filled s-btn__xs">Try Teams for free</a></div>
            </div>
        </div>
        <div id="content" class="snippet-hidden">
            <div id="mainbar" role="main" aria-label="questions" class="">
                <div class="d-flex" data-controller="se-uql" data-se-uql-id="" data-se-uql-sanitize-tag-query="false">
                    <h1 class="flex--item fl1 fs-headline1 mb24">Newest Questions</h1>
                    <div class="ml12 aside-cta flex--item print:d-none">
                        <a class="ws-nowrap s-btn s-btn__filled" href="/questions/ask">Ask Question</a>
                    </div>
                </div>
                <div class="d-flex ai-center jc-space-between fw-wrap mb12">
                    <div class="flex--item fs-body3 mr12">24,118,306 questions</div>
                    <div class="d-flex fw-wrap">
                        <div class="flex--item s-btn-group js-filter-btn">
                            <a class="js-sort-preference-change youarehere is-selected flex--item s-btn s-btn__muted s-btn__outlined" href="/questions?tab=Newest" data-nav-xhref="" title="The most recently asked questions" data-value="Newest" aria-current="true">Newest</a>
                            <a class="js-sort-preference-change flex--item s-btn s-btn__muted s-btn__outlined" href="/questions?tab=Active" data-nav-xhref="" title="Questions with recent activity" data-value="Active">Active</a>
                            <a class="js-sort-preference-change flex--item s-btn s-btn__muted s-btn__outlined" href="/questions?tab=Bounties" data-nav-xhref="" title="Questions with an active bounty" data-value="Bounties"><div class="d-flex gsx gs8 ai-center"><div class="flex--item">Bountied</div><div class="flex--item s-badge s-badge__bounty s-badge__sm">27</div></div></a>
                            <a class="js-sort-preference-change flex--item s-btn s-btn__muted s-btn__outlined" href="/questions?tab=Unanswered" data-nav-xhref="" title="Questions with no answers" data-value="Unanswered">Unanswered</a>
                            <button class="flex--item s-btn s-btn__muted s-btn__outlined s-btn__dropdown" role="button" aria-controls="uql-more-popover" data-controller="s-popover" data-action="s-popover#toggle" data-s-popover-placement="bottom-end" aria-expanded="false">More</button>
                        </div>
                        <button class="s-btn s-btn__filled s-btn__sm s-btn__icon ws-nowrap" role="button" aria-expanded="false" aria-controls="uql-form" data-se-uql-target="toggleFormButton" data-action="se-uql#toggleForm">Filter</button>
                    </div>
                </div>
                <div id="questions" class=" flush-left">
{body}
                </div>
{_sq_pager(page)}
            </div>
            <div id="sidebar" class="show-votes" role="complementary" aria-label="sidebar">
                <div class="s-sidebarwidget s-sidebarwidget__yellow s-anchors s-anchors__grayscale mb16" data-tracker="cb=1">
                    <ul class="d-block p0 m0">
                        <li class="s-sidebarwidget--header s-sidebarwidget__small-bold-text fc-black-600 d:fc-black-900 bb bbw1">The Overflow Blog</li>
                        <li class="s-sidebarwidget--item d-flex px16"><div class="flex--item1 fl-shrink0"><svg aria-hidden="true" class="va-text-top svg-icon iconPencilSm" width="14" height="14" viewBox="0 0 14 14"><path d="m11.1 1.71 1.13 1.12c.2.2.2.51 0 .71L11.1 4.7 9.21 2.86l1.17-1.15c.2-.2.51-.2.71 0"></path></svg></div><div class="flex--item wmn0 ow-break-word"><a href="https://stackquery.blog/2025/03/13/the-evolution-of-developer-tooling/" class="js-gps-track" title="The evolution of developer tooling">The evolution of developer tooling</a></div></li>
                        <li class="s-sidebarwidget--item d-flex px16"><div class="flex--item1 fl-shrink0"><svg aria-hidden="true" class="va-text-top svg-icon iconPencilSm" width="14" height="14" viewBox="0 0 14 14"><path d="m11.1 1.71 1.13 1.12c.2.2.2.51 0 .71L11.1 4.7 9.21 2.86l1.17-1.15c.2-.2.51-.2.71 0"></path></svg></div><div class="flex--item wmn0 ow-break-word"><a href="https://stackquery.blog/2025/03/14/podcast-671/" class="js-gps-track" title="Why your test suite is slow (and how to fix it)">Why your test suite is slow (and how to fix it)</a></div></li>
                        <li class="s-sidebarwidget--header s-sidebarwidget__small-bold-text fc-black-600 d:fc-black-900 bb bbw1">Featured on Meta</li>
                        <li class="s-sidebarwidget--item d-flex px16"><div class="flex--item1 fl-shrink0"><div class="favicon favicon-stackexchangemeta" title="Meta Stack Exchange"></div></div><div class="flex--item wmn0 ow-break-word"><a href="https://meta.stackexchange.example/questions/406120/policy-update-on-generated-content" class="js-gps-track" title="Policy update on generated content">Policy update on generated content</a></div></li>
                        <li class="s-sidebarwidget--item d-flex px16"><div class="flex--item1 fl-shrink0"><div class="favicon favicon-stackoverflowmeta" title="Meta Stack Query"></div></div><div class="flex--item wmn0 ow-break-word"><a href="https://meta.stackquery.example/questions/433517/results-of-the-march-2025-survey" class="js-gps-track" title="Results of the March 2025 community survey">Results of the March 2025 community survey</a></div></li>
                    </ul>
                </div>
                <div id="dfp-tsb" class="everyonelovesstackoverflow everyoneloves__top-sidebar" data-adunit="/248424177/stackoverflow.com/sidebar/question-list" aria-label="Advertisement" role="complementary"></div>
                <div id="hot-network-questions" class="module tex2jax_ignore">
                    <h4><a href="https://stackexchange.example/questions?tab=hot" class="js-gps-track s-link s-link__inherit">Hot Network Questions</a></h4>
                    <ul>{hot}</ul>
                    <a href="#" class="show-more js-show-more js-gps-track">more hot questions</a>
                </div>
                <div class="s-sidebarwidget js-custom-filters mb16"><div class="s-sidebarwidget--header d-flex ai-center"><h2 class="flex--item fl-grow1 fs-body1 fw-normal">Custom Filters</h2></div><div class="s-sidebarwidget--content"><a class="s-link" href="/users/login?ssrc=custom-filters">Create a custom filter</a></div></div>
                <div class="s-sidebarwidget js-watched-tag-list mb16"><div class="s-sidebarwidget--header d-flex ai-center"><h2 class="flex--item fl-grow1 fs-body1 fw-normal">Watched Tags</h2></div><div class="s-sidebarwidget--content"><p>Sign in to customize your list.</p><a href="/users/login?ssrc=watched-tags" class="s-btn s-btn__filled s-btn__xs">Log in</a></div></div>
            </div>
        </div>
    </div>
    <footer id="footer" class="site-footer js-footer theme-dark__forced" role="contentinfo">
        <div class="site-footer--container">
            <nav class="site-footer--nav">
                <div class="site-footer--col"><h5 class="-title"><a href="https://stackquery.example" class="js-gps-track">Stack Query</a></h5><ul class="-list js-primary-footer-links"><li class="-item"><a href="/questions" class="js-gps-track -link">Questions</a></li><li class="-item"><a href="/help" class="js-gps-track -link">Help</a></li><li class="-item"><a href="https://chat.stackquery.example/" class="js-gps-track -link">Chat</a></li></ul></div>
                <div class="site-footer--col"><h5 class="-title"><a href="https://stackquery.example/company" class="js-gps-track">Company</a></h5><ul class="-list"><li class="-item"><a href="https://stackquery.example/company/about" class="-link">About</a></li><li class="-item"><a href="https://stackquery.example/company/press" class="-link">Press</a></li><li class="-item"><a href="https://stackquery.example/company/work-here" class="-link">Work Here</a></li><li class="-item"><a href="https://stackquery.example/legal/privacy-policy" class="-link">Privacy Policy</a></li><li class="-item"><a href="https://stackquery.example/legal/terms-of-service/public" class="-link">Terms of Service</a></li><li class="-item"><a href="#" class="-link js-cookie-settings">Cookie Settings</a></li></ul></div>
            </nav>
            <div class="site-footer--copyright fs-fine md:mt24">Site design / logo &#169; 2025 Stack Query Inc; user contributions licensed under <a href="https://stackquery.example/help/licensing">CC BY-SA</a>. <span id="svnrev">rev 2025.3.13.22916</span></div>
        </div>
    </footer>
    <div id="onetrust-consent-sdk" class="js-consent-banner">
        <div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner">
            <div class="ot-sdk-container"><div class="ot-sdk-row"><div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns"><div id="onetrust-policy"><h2 id="onetrust-policy-title">Your privacy</h2><div id="onetrust-policy-text">By clicking &#8220;Accept all cookies&#8221;, you agree Stack Query can store cookies on your device and disclose information in accordance with our <a href="https://stackquery.example/legal/cookie-policy">Cookie Policy</a>.</div></div></div>
            <div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns"><div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">Accept all cookies</button><button id="onetrust-reject-all-handler">Necessary cookies only</button><button id="onetrust-pc-btn-handler" class="cookie-setting-link">Customize settings</button></div></div></div></div>
        </div>
    </div>
</body>
</html>"""


@eighteenth_b
def build_stackquery() -> None:
    """A Stack Overflow-like newest questions list, three pages of fifteen."""
    s = Site(
        "stackquery",
        kind="Q&A question list (Stack Overflow /questions?tab=newest 2024–25: div.s-post-summary items with a stats column of 'N votes' / 'N answers' (has-answers / has-accepted-answer classes, a check icon) / 'N views' items titled 'Score of N', an h3 title link, a '...' excerpt, ul.js-post-tag-list-wrapper a.post-tag tags, an s-user-card__minimal with avatar, user link, reputation '1,234' / '12.3k' titled 'reputation score 12,318', 'asked' + span.relativetime '3 mins ago' titled '2025-03-14 09:12:44Z', s-pagination ?tab=newest&page=N plus a per-page pager, Hot Network Questions sidebar, OneTrust banner)",
        start="questions?tab=newest",
        description="A Stack Overflow-like Newest Questions list (2024–2025 markup): top bar, left navigation, header with 'Ask Question', '24,118,306 questions' and the Newest / Active / Bountied / Unanswered / More filter buttons, 15 s-post-summary items per page (stats column of votes / answers / views with has-answers and has-accepted-answer classes, h3 title link, excerpt cut at ~200 characters with '...', tag list, minimal user card with avatar, user link, reputation '1,234' or '12.3k' with the exact count in its title, 'asked 3 mins ago' whose span title is the UTC timestamp), a page pager over ?tab=newest&page=N and a per-page pager, sidebar (Overflow Blog, Featured on Meta, an ad slot, Hot Network Questions from other sites, Custom Filters, Watched Tags), footer, OneTrust banner. Written down: title, url, votes, answers, views, tags, excerpt, author, reputation (exact), asked (the title attribute's timestamp).",
    )
    rng = random.Random(1814)
    asked = SQ_NOW - timedelta(seconds=47)
    qid = 79512388
    for page, questions in enumerate(chunks(SQ_QUESTIONS, [SQ_PAGE_SIZE] * 3), start=1):
        body = []
        for question in questions:
            body.append(_sq_summary(question, qid, asked, s))
            asked -= timedelta(seconds=rng.randint(40, 170))
            qid -= rng.randint(1, 6)
        path = "questions@tab=newest" if page == 1 else f"questions@tab=newest&page={page}"
        s.list_page(path, _sq_page(page, "\n".join(body)))
    s.finish()


# ---------------------------------------------------------------------------------------------------
# careerflow: a Workday career site, an empty React shell over the CXS jobs endpoint.
# ---------------------------------------------------------------------------------------------------

CF_TENANT, CF_SITE = "halvorsen", "Halvorsen_Careers"
CF_LIMIT = 20
CF_TITLES = [
    "Senior Data Engineer",
    "Service Technician - Marine Propulsion",
    "Product Manager, Fleet Analytics",
    "Finance Business Partner (12-month contract)",
    "Embedded Software Engineer - Battery Systems",
    "HSEQ Coordinator",
    "Field Service Engineer, Offshore",
    "Graduate Programme 2025 - Engineering",
    "Procurement Specialist",
    "Senior Mechanical Design Engineer",
    "Customer Success Manager - APAC",
    "IT Support Technician",
    "Principal Naval Architect",
    "Payroll Administrator",
    "Cloud Platform Engineer (Azure)",
    "Electrical Commissioning Engineer",
    "Sales Manager, Ferries & RoPax",
    "Technical Writer",
    "UX Designer - Bridge Systems",
    "Warehouse Operative (Night Shift)",
    "Project Controller",
    "Cyber Security Analyst",
    "Hydrodynamics Specialist",
    "Legal Counsel, Commercial Contracts",
    "Apprentice Marine Electrician",
    "Quality Engineer - Supplier Development",
    "Machine Learning Engineer, Predictive Maintenance",
    "Talent Acquisition Partner",
    "Hardware Test Engineer",
    "Regional Service Manager - Americas",
    "Senior Frontend Developer (React)",
    "Spare Parts Coordinator",
    "Systems Engineer - Dynamic Positioning",
    "Accounts Payable Specialist (Polish speaking)",
    "Site Manager, Shipyard Retrofit",
    "Data Analyst - Commercial Excellence",
    "Automation Engineer (PLC)",
    "Internship - Sustainability Reporting",
    "Product Owner, Digital Services",
    "Welding Inspector",
    "Head of Treasury",
    "Logistics Planner",
    "DevOps Engineer",
    "Training Instructor - Simulator Centre",
    "Marketing Communications Specialist",
    "Senior Electrical Engineer - High Voltage",
]
CF_LOCATIONS = [
    ("Oslo, Norway", "Oslo"),
    ("Bergen, Norway", "Bergen"),
    ("Gdansk, Poland", "Gdansk"),
    ("Houston, TX", "Houston-TX"),
    ("Singapore", "Singapore"),
    ("Rotterdam, Netherlands", "Rotterdam"),
    ("Aberdeen, United Kingdom", "Aberdeen"),
    ("Ulsteinvik, Norway", "Ulsteinvik"),
]
CF_POSTED = [
    "Posted Today",
    "Posted Yesterday",
    "Posted 2 Days Ago",
    "Posted 3 Days Ago",
    "Posted 5 Days Ago",
    "Posted 8 Days Ago",
    "Posted 14 Days Ago",
    "Posted 21 Days Ago",
    "Posted 30+ Days Ago",
]


def _cf_postings() -> list[dict[str, Any]]:
    """The postings Workday's endpoint answers with (and the records a person writes down from the page)."""
    rng = random.Random(4620)
    postings = []
    for index, title in enumerate(CF_TITLES):
        job_id = f"R-{10234 + index * 7 + rng.randint(0, 5)}"
        shown, segment = rng.choice(CF_LOCATIONS)
        if index % 9 == 4:
            shown = f"{rng.choice([2, 3])} Locations"
        path_title = "".join(c if c.isalnum() else "-" for c in title)
        postings.append(
            {
                "title": title,
                "externalPath": f"/job/{segment}/{path_title}_{job_id}",
                "locationsText": shown,
                "postedOn": rng.choice(CF_POSTED),
                "bulletFields": [job_id],
            }
        )
    return postings


CF_SHELL = """<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="robots" content="noindex">
<title>Careers at Halvorsen Maritime</title>
<meta name="description" content="Explore careers at Halvorsen Maritime: engineering, service, digital and business roles in Norway, Poland, Singapore, the Netherlands, the UK and the US.">
<meta property="og:title" content="Careers at Halvorsen Maritime">
<meta property="og:type" content="website">
<meta property="og:image" content="/halvorsen/assets/logo?fmt=png">
<link rel="icon" href="/wday/asset/uic-cxs-sites/favicon.ico">
<link rel="stylesheet" href="/wday/asset/uic-cxs-sites/cxs-sites-main.min.css">
<script>
window.workday = window.workday || {
  tenant: "halvorsen",
  siteId: "Halvorsen_Careers",
  requestLocale: "en-US",
  supportedLocales: ["en-US", "nb-NO", "pl-PL"],
  clientOrigin: "https://halvorsen.wd3.myworkdayjobs.example",
  language: "en-US",
  locale: "en-US",
  useLanguageBundle: true,
  cdnEndpoint: "/wday/asset/uic-cxs-sites",
  environment: "PROD",
  dataCenter: "WD3",
  pageTitle: "Careers at Halvorsen Maritime",
  token: "f3c1e2d4-8a7b-4c9e-b1d2-5e6f7a8b9c0d",
  hasOneTrust: false
};
</script>
<script src="/wday/asset/uic-cxs-sites/cxs-sites-main.min.js" defer></script>
</head>
<body>
<noscript>
  <div class="noscript-message">
    <p>JavaScript is required to use this website. Please enable JavaScript in your browser settings and reload the page.</p>
  </div>
</noscript>
<div id="root"></div>
<div id="wd-popup-root"></div>
</body>
</html>"""

#: Workday's React bundle, reduced to what a logged-out visitor of the job list runs: the header, the search bar and
#: facet buttons, the result list rendered from the CXS answer, and the button pager. Class names are emotion's.
CF_BUNDLE = r"""/*! cxs-sites-main 2025.10.17 | (c) Workday, Inc. */
(()=>{"use strict";var W=window.workday||{},L=20,T=0,O=0;
function e(t,a,c){var n=document.createElement(t);for(var k in a||{})k==="className"?n.className=a[k]:n.setAttribute(k,a[k]);[].concat(c||[]).forEach(function(x){n.append(x)});return n}
function u(p){return"/wday/cxs/"+W.tenant+"/"+W.siteId+p}
function q(o){return fetch(u("/jobs")+"?offset="+o+"&limit="+L,{method:"GET",headers:{Accept:"application/json","Accept-Language":W.locale}}).then(function(r){if(!r.ok)throw new Error("CXS "+r.status);return r.json()})}
function dl(id,label,value){return e("div",{className:"css-zoser8"},e("div",{className:"css-248241","data-automation-id":id},e("dl",{},[e("dt",{className:"css-y8qsrx"},label),e("dd",{className:"css-129m7dg"},value)])))}
function job(j){return e("li",{className:"css-1q2dra3"},[
e("div",{className:"css-qiqmbt"},e("div",{className:"css-b3pn3b"},e("h3",{},e("a",{"data-automation-id":"jobTitle","data-uxi-element-id":"jobItem",href:"/"+W.locale+"/"+W.siteId+j.externalPath,className:"css-19uc56f"},j.title)))),
dl("locations","locations",j.locationsText),dl("postedOn","posted on",j.postedOn),
e("ul",{"data-automation-id":"subtitle",className:"css-14a0imc"},(j.bulletFields||[]).map(function(b){return e("li",{className:"css-h2nt8k"},b)}))])}
function pager(){var n=Math.ceil(T/L),cur=O/L+1,ol=e("ol",{className:"css-d0xaqq"});
ol.append(e("li",{},e("button",{"aria-label":"previous","data-uxi-widget-type":"stepToPreviousButton",className:"css-1f0k2dk",type:"button"},"\u2039")));
for(var i=1;i<=n;i++){var b=e("button",{"aria-label":"page "+i,"data-uxi-widget-type":"paginationPageButton","data-uxi-query-id":String((i-1)*L),className:i===cur?"css-1kz9gsv":"css-bdu1f5",type:"button"},String(i));if(i===cur)b.setAttribute("aria-current","page");b.addEventListener("click",function(ev){show(Number(ev.currentTarget.dataset.uxiQueryId))});ol.append(e("li",{},b))}
var nx=e("button",{"aria-label":"next","data-uxi-widget-type":"stepToNextButton",className:"css-1f0k2dk",type:"button"},"\u203a");nx.addEventListener("click",function(){if(O+L<T)show(O+L)});ol.append(e("li",{},nx));
return e("nav",{"aria-label":"pagination",className:"css-3z7fsk"},[ol,e("p",{className:"css-4sk7j7"},(O+1)+" - "+Math.min(O+L,T)+" of "+T+" jobs")])}
function chrome(){return e("div",{className:"css-1ur5ezh","data-automation-id":"jobSearchPage"},[
e("header",{"data-automation-id":"header",className:"css-1pvdtbr"},[e("a",{href:"/"+W.locale+"/"+W.siteId,"data-automation-id":"logoLink",className:"css-16x7z3o"},e("img",{src:"/halvorsen/assets/logo",alt:"Halvorsen Maritime logo"})),
e("button",{"data-automation-id":"languagePicker",className:"css-10k0nse",type:"button"},"English"),e("button",{"data-automation-id":"utilityButtonSignIn",className:"css-10k0nse",type:"button"},"Sign In")]),
e("div",{"data-automation-id":"jobSearchPageHeader",className:"css-1h8aoda"},[e("h2",{"data-automation-id":"pageHeaderTitleText",className:"css-1hxpldq"},"Shape the future of clean shipping"),
e("form",{"data-automation-id":"keywordSearchForm",role:"search"},[e("input",{"data-automation-id":"keywordSearchInput",placeholder:"Search for jobs or keywords","aria-label":"Search for jobs or keywords",type:"text"}),e("button",{"data-automation-id":"keywordSearchButton",type:"submit"},"Search")])]),
e("div",{"data-automation-id":"facetPanel",className:"css-1mrjw2v"},[["distanceLocation","Distance / Location"],["jobFamilyGroup","Job Category"],["locations","Locations"],["timeType","Time Type"],["workerSubType","Worker Sub-Type"]].map(function(f){return e("button",{"data-automation-id":f[0],className:"css-1rkgi9z",type:"button","aria-haspopup":"true"},f[1])})),
e("section",{"data-automation-id":"jobResults",className:"css-8j5iuw"},[e("p",{"data-automation-id":"jobFoundText",className:"css-12psxof"},""),e("ul",{role:"list",className:"css-8j5iuw"}),e("div",{"data-automation-id":"pagination"})]),
e("footer",{"data-automation-id":"footer",className:"css-oeaxgi"},[e("p",{},"\u00a9 2025 Workday, Inc. All rights reserved."),e("a",{href:"https://www.linkedin.example/company/halvorsen-maritime","data-automation-id":"socialLinkLinkedIn"},"LinkedIn"),e("a",{href:"https://halvorsen-maritime.example/privacy","data-automation-id":"footerPrivacyLink"},"Privacy")])])}
function show(o){return q(o).then(function(d){if(o===0||d.total)T=d.total;O=o;var s=document.querySelector("[data-automation-id=jobResults]");
s.querySelector("[data-automation-id=jobFoundText]").textContent=T+" JOBS FOUND";var ul=s.querySelector("ul[role=list]");ul.setAttribute("aria-label","Page "+(O/L+1)+" of "+Math.ceil(T/L));ul.replaceChildren.apply(ul,d.jobPostings.map(job));
s.querySelector("[data-automation-id=pagination]").replaceChildren(pager());window.scrollTo(0,0)})}
function boot(){var r=document.getElementById("root");r.replaceChildren(chrome());document.title=W.pageTitle||"Careers";return show(0)}
document.readyState==="loading"?document.addEventListener("DOMContentLoaded",boot):boot();
})();
"""

CF_CSS = """.css-1q2dra3{list-style:none;padding:16px 0;border-bottom:1px solid #e4e8ec}.css-19uc56f{color:#0875e1;font-size:18px;font-weight:500;text-decoration:none}
.css-y8qsrx{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}.css-129m7dg{margin:0;color:#5e6a75;font-size:14px}.css-h2nt8k{list-style:none;color:#5e6a75;font-size:13px}
.css-12psxof{font-weight:700;letter-spacing:.05em;text-transform:uppercase}.css-1kz9gsv{background:#0875e1;color:#fff;border-radius:50%}.css-bdu1f5{background:none}"""


def _cf_facets(postings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    counts: dict[str, int] = {}
    for p in postings:
        counts[p["locationsText"]] = counts.get(p["locationsText"], 0) + 1
    return [
        {
            "facetParameter": "jobFamilyGroup",
            "descriptor": "Job Category",
            "values": [
                {"descriptor": d, "id": f"{abs(n * 7919):032x}", "count": n}
                for d, n in [
                    ("Engineering", 17),
                    ("Service & Operations", 11),
                    ("Digital & IT", 8),
                    ("Business Functions", 10),
                ]
            ],
        },
        {
            "facetParameter": "locations",
            "descriptor": "Locations",
            "values": [
                {"descriptor": d, "id": f"{i * 104729:032x}", "count": n}
                for i, (d, n) in enumerate(sorted(counts.items()), start=1)
                if not d.endswith("Locations")
            ],
        },
        {
            "facetParameter": "timeType",
            "descriptor": "Time Type",
            "values": [
                {"descriptor": "Full time", "id": "9f0e1d2c3b4a59687766554433221100", "count": 43},
                {"descriptor": "Part time", "id": "00112233445566778899aabbccddeeff", "count": 3},
            ],
        },
    ]


@eighteenth_b
def build_careerflow() -> None:
    """A Workday career site: an empty shell, a bundle, and the jobs endpoint in pages of twenty."""
    s = Site(
        "careerflow",
        kind="JS-only job list (Workday career site, myworkdayjobs.com 2024–25: an empty React shell with a window.workday config and a same-origin app bundle that calls the CXS endpoint /wday/cxs/<tenant>/<site>/jobs (a GET with ?offset=N&limit=20 here; Workday POSTs) answering {total, jobPostings: [{title, externalPath, locationsText, postedOn 'Posted 3 Days Ago', bulletFields ['R-10234']}], facets} with total 0 after the first page, and renders data-automation-id rows (jobTitle links /en-US/<site>/job/…, locations / postedOn dl's with hidden dt's, subtitle requisition ids), '46 JOBS FOUND' and a button-only pager)",
        start=f"en-US/{CF_SITE}",
        description="A Workday external career site: the HTML is an empty #root with a window.workday config (tenant, siteId, locale) and the app bundle /wday/asset/uic-cxs-sites/cxs-sites-main.min.js, which fetches /wday/cxs/halvorsen/Halvorsen_Careers/jobs?offset=N&limit=20 (Workday's answer: total on the first page only, jobPostings with title, externalPath, locationsText, postedOn and bulletFields, facets, userAuthenticated) and renders the header, search bar, facet buttons, '46 JOBS FOUND', job rows with data-automation-id hooks (title link /en-US/Halvorsen_Careers/job/<location>/<Title>_<R-id>, locations, 'Posted 3 Days Ago', requisition id) and a pager of page buttons (no links). 20, 20 and 6 postings. Written down: title, url (the link the page shows), location, posted, job_id.",
    )
    postings = _cf_postings()
    s.write(f"en-US/{CF_SITE}/index.html", CF_SHELL)
    s.write("wday/asset/uic-cxs-sites/cxs-sites-main.min.js", CF_BUNDLE)
    s.write("wday/asset/uic-cxs-sites/cxs-sites-main.min.css", CF_CSS)
    for offset, page in zip((0, 20, 40), chunks(postings, [20, 20, 6]), strict=True):
        answer = {
            "total": len(postings) if offset == 0 else 0,
            "jobPostings": page,
            "facets": _cf_facets(postings) if offset == 0 else [],
            "userAuthenticated": False,
        }
        s.list_page(
            f"wday/cxs/{CF_TENANT}/{CF_SITE}/jobs@offset={offset}&limit={CF_LIMIT}",
            json.dumps(answer, ensure_ascii=False),
        )
        for p in page:
            s.expect(
                {
                    "title": p["title"],
                    "url": f"/en-US/{CF_SITE}{p['externalPath']}",
                    "location": p["locationsText"],
                    "posted": p["postedOn"],
                    "job_id": p["bulletFields"][0],
                }
            )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# pkgindex: a PyPI-like project page (Warehouse markup).
# ---------------------------------------------------------------------------------------------------

PI_NAME, PI_VERSION = "ledgerline", "3.2.0"
PI_SUMMARY = "Typed, streaming readers for bank statement formats (CAMT.053, MT940, OFX)"
PI_RELEASES = [
    ("3.2.0", "2025-03-14T09:12:44+0000", "Mar 14, 2025", False),
    ("3.2.0rc1", "2025-03-02T17:40:11+0000", "Mar 2, 2025", True),
    ("3.1.2", "2025-01-21T08:05:37+0000", "Jan 21, 2025", False),
    ("3.1.1", "2024-12-09T13:22:50+0000", "Dec 9, 2024", False),
    ("3.1.0", "2024-11-18T10:47:03+0000", "Nov 18, 2024", False),
    ("3.0.1", "2024-09-30T15:31:29+0000", "Sep 30, 2024", False),
    ("3.0.0", "2024-09-12T11:02:14+0000", "Sep 12, 2024", False),
    ("3.0.0b2", "2024-08-27T19:18:45+0000", "Aug 27, 2024", True),
    ("2.6.4", "2024-06-03T07:55:12+0000", "Jun 3, 2024", False),
    ("2.6.3", "2024-04-15T16:09:58+0000", "Apr 15, 2024", False),
    ("2.6.0", "2024-02-06T12:40:33+0000", "Feb 6, 2024", False),
    ("2.5.1", "2023-11-28T09:14:21+0000", "Nov 28, 2023", False),
]
PI_CLASSIFIERS = [
    ("Development Status", ["5 - Production/Stable"]),
    ("Intended Audience", ["Developers", "Financial and Insurance Industry"]),
    ("License", ["OSI Approved :: MIT License"]),
    ("Operating System", ["OS Independent"]),
    (
        "Programming Language",
        ["Python :: 3", "Python :: 3.9", "Python :: 3.10", "Python :: 3.11", "Python :: 3.12", "Python :: 3.13"],
    ),
    ("Topic", ["Office/Business :: Financial :: Accounting", "Software Development :: Libraries :: Python Modules"]),
    ("Typing", ["Typed"]),
]
PI_KEYWORDS = ["bank", "statements", "camt", "mt940", "ofx", "parser", "accounting"]
PI_MAINTAINERS = ["mjablonski", "sofie-k"]


def _pi_hex(seed: str, length: int) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice("0123456789abcdef") for _ in range(length))


def _pi_file(filename: str, size: str, kind: str) -> str:
    return f"""
          <div class="file">
            <div class="file__graphic"><i class="far fa-file" aria-hidden="true"></i></div>
            <div class="card file__card">
              <a href="https://files.pkgindex.example/packages/{_pi_hex(filename, 2)}/{_pi_hex(filename + "b", 2)}/{_pi_hex(filename + "c", 60)}/{filename}">{filename}</a>
              ({size} <a href="#{filename}" class="sr-only-focusable" data-controller="clipboard">view details</a>)
              <p class="file__meta">Uploaded <time datetime="2025-03-14T09:12:44+0000" data-controller="localized-time" data-localized-time-relative="true" data-localized-time-show-time="false">Mar 14, 2025</time>
                <code>{kind}</code></p>
            </div>
          </div>"""


def _pi_hashes(filename: str) -> str:
    rows = "".join(
        f'<tr><th scope="row">{algo}</th><td><code>{_pi_hex(filename + algo, length)}</code></td><td class="table__align-right"><button type="button" class="button button--small copy-tooltip copy-tooltip-w" data-action="clipboard#copy" data-clipboard-target="source" data-clipboard-tooltip-value="Copy to clipboard">Copy</button></td></tr>'
        for algo, length in (("SHA256", 64), ("MD5", 32), ("BLAKE2b-256", 64))
    )
    return f"""
        <div class="file-hashes" id="{filename}">
          <h4>File details</h4>
          <p>Details for the file <code>{filename}</code>.</p>
          <h5>File metadata</h5>
          <ul><li>Download URL: <a href="https://files.pkgindex.example/packages/{filename}">{filename}</a></li><li>Upload date: <time datetime="2025-03-14T09:12:44+0000">Mar 14, 2025</time></li><li>Size: {"84.2 kB" if filename.endswith(".gz") else "41.7 kB"}</li><li>Tags: {"Source" if filename.endswith(".gz") else "Python 3"}</li><li>Uploaded using Trusted Publishing? Yes</li><li>Uploaded via: twine/6.1.0 CPython/3.12.9</li></ul>
          <h5>File hashes</h5>
          <table class="table table--hashes"><caption class="sr-only">Hashes for {filename}</caption><thead><tr><th scope="col">Algorithm</th><th scope="col">Hash digest</th><th></th></tr></thead><tbody>{rows}</tbody></table>
          <p><a href="/help/#verify-hashes">Learn more about hashes</a>.</p>
        </div>"""


PI_README = """
<h1>ledgerline</h1>
<p><a href="https://github.com/ledgerline/ledgerline/actions/workflows/ci.yml" rel="nofollow"><img alt="CI" src="https://camo.pkgindex.example/4f1a2b3c/ci-badge.svg"></a>
<a href="https://pkgindex.example/project/ledgerline/" rel="nofollow"><img alt="PyPI version" src="https://camo.pkgindex.example/5a6b7c8d/pypi-badge.svg"></a>
<a href="https://docs.ledgerline.dev/en/stable/" rel="nofollow"><img alt="Documentation" src="https://camo.pkgindex.example/9e8d7c6b/docs-badge.svg"></a>
<img alt="License: MIT" src="https://camo.pkgindex.example/1f2e3d4c/license-badge.svg"></p>
<p><strong>ledgerline</strong> reads the statement files your bank exports and hands you typed Python objects, one transaction at a time. It never loads a whole file into memory, so a ten-year CAMT.053 archive is as cheap to read as last month's MT940.</p>
<ul>
<li>Streaming readers for CAMT.053 / CAMT.054 (ISO 20022), SWIFT MT940 / MT942 and OFX 1.x / 2.x</li>
<li>Dataclass models with <code>Decimal</code> amounts and timezone-aware booking dates</li>
<li>Balance checks: opening balance + transactions = closing balance, per statement</li>
<li>Optional pandas and Polars export (<code>pip install ledgerline[pandas]</code>)</li>
</ul>
<h2>Installation</h2>
<pre lang="console"><code>$ pip install ledgerline
</code></pre>
<p>ledgerline supports Python 3.9 and newer and has no required dependencies.</p>
<h2>Quick start</h2>
<pre lang="python"><span class="kn">from</span> <span class="nn">ledgerline</span> <span class="kn">import</span> <span class="n">open_statement</span>

<span class="k">with</span> <span class="n">open_statement</span><span class="p">(</span><span class="s2">"2025-02.xml"</span><span class="p">)</span> <span class="k">as</span> <span class="n">statement</span><span class="p">:</span>
    <span class="nb">print</span><span class="p">(</span><span class="n">statement</span><span class="o">.</span><span class="n">account</span><span class="o">.</span><span class="n">iban</span><span class="p">,</span> <span class="n">statement</span><span class="o">.</span><span class="n">closing_balance</span><span class="p">)</span>
    <span class="k">for</span> <span class="n">tx</span> <span class="ow">in</span> <span class="n">statement</span><span class="o">.</span><span class="n">transactions</span><span class="p">():</span>
        <span class="nb">print</span><span class="p">(</span><span class="n">tx</span><span class="o">.</span><span class="n">booked</span><span class="p">,</span> <span class="n">tx</span><span class="o">.</span><span class="n">amount</span><span class="p">,</span> <span class="n">tx</span><span class="o">.</span><span class="n">counterparty</span><span class="p">)</span>
</pre>
<h2>Supported formats</h2>
<table>
<thead><tr><th>Format</th><th>Versions</th><th>Read</th><th>Write</th><th>Since</th></tr></thead>
<tbody>
<tr><td>CAMT.053</td><td>001.02 – 001.13</td><td>yes</td><td>yes</td><td>1.0</td></tr>
<tr><td>CAMT.054</td><td>001.02 – 001.13</td><td>yes</td><td>no</td><td>2.3</td></tr>
<tr><td>MT940 / MT942</td><td>SWIFT SR2024</td><td>yes</td><td>yes</td><td>1.0</td></tr>
<tr><td>OFX</td><td>1.0.3, 2.2</td><td>yes</td><td>no</td><td>3.1</td></tr>
</tbody>
</table>
<h2>What's new in 3.2</h2>
<ul>
<li>CAMT.053 version 001.13 (SR2025)</li>
<li><code>Statement.check_balances()</code> reports every gap instead of stopping at the first</li>
<li>Python 3.13 wheels; Python 3.8 is no longer supported</li>
</ul>
<p>See the <a href="https://docs.ledgerline.dev/en/stable/changelog.html" rel="nofollow">changelog</a> for the full list.</p>
<h2>Licence</h2>
<p>MIT. Copyright (c) 2021–2025 Marek Jabłoński and contributors.</p>
"""


def _pi_link(href: str, icon: str, text: str) -> str:
    return f'<li><a class="vertical-tabs__tab vertical-tabs__tab--with-icon vertical-tabs__tab--condensed" href="{href}" rel="nofollow"><i class="{icon}" aria-hidden="true"></i>{text}</a></li>'


def _pi_classifier(group: str, value: str) -> str:
    query = f"{group} :: {value}".replace(" ", "+").replace("::", "%3A%3A").replace("/", "%2F")
    return f'<li><a href="/search/?c={esc(query)}">{esc(value)}</a></li>'


def _pi_sidebar() -> str:
    maintainers = "".join(
        f'<span class="sidebar-section__maintainer"><a href="/user/{m}/" aria-label="{m}"><span class="sidebar-section__user-gravatar sidebar-section__user-gravatar--small"><img src="https://pkgindex-camo.example/{_pi_hex(m, 40)}?s=50" height="50" width="50" alt="Avatar for {m} from gravatar.com" title="Avatar for {m} from gravatar.com"></span><span class="sidebar-section__user-gravatar-text">{m}</span></a></span>'
        for m in PI_MAINTAINERS
    )
    keywords = "".join(
        f'<span class="package-keyword">{k}{"," if i < len(PI_KEYWORDS) - 1 else ""}</span>'
        for i, k in enumerate(PI_KEYWORDS)
    )
    classifiers = "".join(
        f"<li><strong>{group}</strong><ul>{''.join(_pi_classifier(group, v) for v in values)}</ul></li>"
        for group, values in PI_CLASSIFIERS
    )
    return f"""
      <div class="vertical-tabs__tabs">
        <div class="sidebar-section">
          <h3 class="sidebar-section__title">Navigation</h3>
          <nav aria-label="Navigation for ledgerline">
            <ul class="vertical-tabs__list" role="tablist">
              <li role="tab"><a id="description-tab" href="#description" data-project-tabs-target="tab" data-action="project-tabs#onTabClick" class="vertical-tabs__tab vertical-tabs__tab--with-icon vertical-tabs__tab--is-active" aria-selected="true" aria-label="Project description. Focus will be moved to the description."><i class="fa fa-align-left" aria-hidden="true"></i>Project description</a></li>
              <li role="tab"><a id="history-tab" href="#history" data-project-tabs-target="tab" data-action="project-tabs#onTabClick" class="vertical-tabs__tab vertical-tabs__tab--with-icon" aria-label="Release history. Focus will be moved to the history panel."><i class="fa fa-history" aria-hidden="true"></i>Release history</a></li>
              <li role="tab"><a id="files-tab" href="#files" data-project-tabs-target="tab" data-action="project-tabs#onTabClick" class="vertical-tabs__tab vertical-tabs__tab--with-icon" aria-label="Download files. Focus will be moved to the project files."><i class="fa fa-download" aria-hidden="true"></i>Download files</a></li>
            </ul>
          </nav>
        </div>
        <div class="sidebar-section verified">
          <h3 class="sidebar-section__title">Verified details <small><i class="fa fa-circle-check check" aria-hidden="true"></i></small></h3>
          <small>These details have been <a href="https://docs.pkgindex.example/project_metadata/#verified-details" target="_blank" rel="noopener">verified by PkgIndex</a></small>
          <div class="sidebar-section__project-links">
            <h6>Project links</h6>
            <ul class="vertical-tabs__list">{_pi_link("https://github.com/ledgerline/ledgerline", "fab fa-github", "Source")}</ul>
          </div>
          <div class="sidebar-section__repository"><h6>GitHub Statistics</h6><ul class="vertical-tabs__list"><li><a class="vertical-tabs__tab vertical-tabs__tab--with-icon vertical-tabs__tab--condensed" href="https://github.com/ledgerline/ledgerline/stargazers"><i class="fa fa-star" aria-hidden="true"></i><strong>Stars:</strong> <span class="github-repo-info__item" data-github-repo-info-target="stargazersCount">1,482</span></a></li><li><a class="vertical-tabs__tab vertical-tabs__tab--with-icon vertical-tabs__tab--condensed" href="https://github.com/ledgerline/ledgerline/network/members"><i class="fa fa-code-branch" aria-hidden="true"></i><strong>Forks:</strong> <span class="github-repo-info__item">117</span></a></li><li><a class="vertical-tabs__tab vertical-tabs__tab--with-icon vertical-tabs__tab--condensed" href="https://github.com/ledgerline/ledgerline/issues"><i class="fa fa-exclamation-circle" aria-hidden="true"></i><strong>Open issues:</strong> <span class="github-repo-info__item">23</span></a></li></ul></div>
          <div class="sidebar-section__maintainers"><h6>Maintainers</h6>{maintainers}</div>
          <div class="sidebar-section__meta"><h6>Meta</h6><ul><li><span><strong>Requires:</strong> Python &gt;=3.9</span></li></ul></div>
        </div>
        <div class="sidebar-section unverified">
          <h3 class="sidebar-section__title">Unverified details</h3>
          <small>These details have <strong>not</strong> been verified by PkgIndex</small>
          <div class="sidebar-section__project-links">
            <h6>Project links</h6>
            <ul class="vertical-tabs__list">{_pi_link("https://ledgerline.dev", "fas fa-home", "Homepage")}{_pi_link("https://docs.ledgerline.dev/en/stable/", "fas fa-book", "Documentation")}{_pi_link("https://docs.ledgerline.dev/en/stable/changelog.html", "fas fa-scroll", "Changelog")}{_pi_link("https://github.com/ledgerline/ledgerline/issues", "fas fa-bug", "Issues")}</ul>
          </div>
          <div class="sidebar-section__meta">
            <h6>Meta</h6>
            <ul>
              <li><span><strong>License:</strong> MIT License</span></li>
              <li><span><strong>Author:</strong> <a href="mailto:marek@ledgerline.dev">Marek Jabłoński</a></span></li>
              <li><span><strong>Tags</strong> {keywords}</span></li>
              <li><span><strong>Requires:</strong> Python &gt;=3.9</span></li>
              <li><span><strong>Provides-Extra:</strong> <code>pandas</code>, <code>polars</code>, <code>dev</code></span></li>
            </ul>
          </div>
        </div>
        <div class="sidebar-section">
          <h3 class="sidebar-section__title">Classifiers</h3>
          <ul class="sidebar-section__classifiers">{classifiers}</ul>
        </div>
        <div class="sidebar-section"><h3 class="sidebar-section__title">Report project as malware</h3><a class="button button--primary" href="/project/ledgerline/report" rel="nofollow">Report project as malware</a></div>
      </div>"""


def _pi_history() -> str:
    out = []
    for index, (version, stamp, shown, pre) in enumerate(PI_RELEASES):
        badges = '<span class="badge">This version</span>' if index == 0 else ""
        if pre:
            badges += '<span class="badge badge--warning">pre-release</span>'
        cls = (
            "release release--latest release--current" if index == 0 else ("release release--pre" if pre else "release")
        )
        node = "blue-cube.small.svg" if index == 0 else "white-cube.small.svg"
        out.append(
            f'<div class="{cls}"><div class="release__meta">{badges}</div><div class="release__graphic"><div class="release__line"></div><img class="release__node" alt="" src="/static/images/{node}"></div><a class="card release__card" href="/project/ledgerline/{version}/"><p class="release__version">{version}</p><p class="release__version-date"><time datetime="{stamp}" data-controller="localized-time" data-localized-time-relative="true" data-localized-time-show-time="false">{shown}</time></p></a></div>'
        )
    return "\n            ".join(out)


@eighteenth_b
def build_pkgindex() -> None:
    """A PyPI-like project page (Warehouse 2024–25 markup)."""
    s = Site(
        "pkgindex",
        kind="detail page (PyPI project 2024–25, Warehouse markup: h1.package-header__name 'ledgerline 3.2.0', #pip-command 'pip install ledgerline' with a copy button, 'Latest version' badge, 'Released:' + time 'Mar 14, 2025', package-description__summary, vertical-tabs sidebar with Verified details (Source link, GitHub statistics, Maintainers, a Meta 'Requires:') and Unverified details (Homepage / Documentation / Changelog / Issues links, Meta with 'License:', 'Author:' mailto link, Tags as span.package-keyword 'bank,' …, 'Requires: Python >=3.9', Provides-Extra codes), a Classifiers tree, the rendered README with badges, code blocks and a table, a twelve-release history timeline with pre-release badges, Download files with an sdist and a wheel, upload dates and hash tables)",
        start=f"project/{PI_NAME}/",
        description="A PyPI project page (2024–2025 Warehouse): fundraiser banner, header with search, the package header (name and version in one h1, pip command with a copy button, 'Latest version' badge, 'Released: Mar 14, 2025'), summary line, vertical tabs sidebar (Navigation, Verified details with the Source link, GitHub statistics, maintainers and 'Requires: Python >=3.9', Unverified details with Homepage / Documentation / Changelog / Issues, Meta with License, Author, Tags, Requires, Provides-Extra, the Classifiers tree, Report project as malware), the rendered README (badges, feature list, install and quick-start code, a formats table, what's new, licence), the release history (twelve versions, two pre-releases, their dates), Download files (sdist and wheel, sizes, upload dates, hash tables), footer with sponsors. Written down: name, version, summary, released, license, author, maintainers, requires_python, homepage, documentation, source, keywords.",
    )
    sdist, wheel = f"{PI_NAME}-{PI_VERSION}.tar.gz", f"{PI_NAME}-{PI_VERSION}-py3-none-any.whl"
    page = f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="defaultLanguage" content="en">
    <meta name="availableLanguages" content="en, es, fr, ja, pt-br, uk, el, de, zh-hans, zh-hant, ru, he, eo, ko">
    <title>ledgerline · PkgIndex</title>
    <meta name="description" content="{esc(PI_SUMMARY)}">
    <link rel="stylesheet" href="/static/css/warehouse-ltr.9c8f2b1e.css">
    <link rel="stylesheet" href="/static/css/fontawesome.c2f4e1a7.css">
    <link rel="icon" href="/static/images/favicon.35549fe8.ico" type="image/x-icon">
    <link rel="alternate" type="application/rss+xml" title="RSS: latest releases for ledgerline" href="/rss/project/ledgerline/releases.xml">
    <meta property="og:url" content="https://pkgindex.example/project/ledgerline/">
    <meta property="og:site_name" content="PkgIndex">
    <meta property="og:type" content="website">
    <meta property="og:title" content="ledgerline">
    <meta property="og:description" content="{esc(PI_SUMMARY)}">
    <link rel="search" type="application/opensearchdescription+xml" title="PkgIndex" href="/opensearch.xml">
    <script async data-ga-id="G-RJXK2P8Z1V" data-ga4-id="G-RJXK2P8Z1V" src="/static/js/warehouse.3b8f9e21.js"></script>
    <script defer src="/static/js/vendors-warehouse.e5f1c9b4.js"></script>
  </head>
  <body data-controller="viewport-toggle">
    <div id="sticky-notifications" class="stick-to-top js-stick-to-top">
      <div class="notification-bar notification-bar--banner" role="status"><span class="notification-bar__icon"><i class="fa fa-info-circle" aria-hidden="true"></i><span class="sr-only">Notification</span></span><span class="notification-bar__message">Our annual fundraiser is live: help keep the index free for everyone. <a href="https://donate.pkgindex.example/?utm_source=banner">Donate today</a></span><button type="button" title="Dismiss this notification" data-action="click->dismissable#dismiss" class="notification-bar__dismiss" aria-label="close"><i class="fa fa-times" aria-hidden="true"></i></button></div>
    </div>
    <header class="site-header ">
      <div class="site-container">
        <div class="split-layout">
          <div class="split-layout"><div><a class="site-header__logo" href="/"><img alt="PkgIndex" src="/static/images/logo-small.8998e9d1.svg"></a></div>
            <form class="search-form search-form--primary" action="/search/" role="search"><label for="search" class="sr-only">Search PkgIndex</label><input id="search" class="search-form__search" type="text" name="q" placeholder="Search projects" value="" autocomplete="off" autocapitalize="off" spellcheck="false" data-controller="search-focus" data-action="keydown@document->search-focus#focusSearchField" data-search-focus-target="searchField"><button type="submit" class="search-form__button"><i class="fa fa-search" aria-hidden="true"></i><span class="sr-only">Search</span></button></form>
          </div>
          <div data-controller="dropdown" class="horizontal-menu horizontal-menu--light horizontal-menu--tall">
            <nav class="horizontal-menu horizontal-menu--light horizontal-menu--tall hide-on-mobile" aria-label="Main navigation">
              <ul><li class="horizontal-menu__item"><a href="/help/" class="horizontal-menu__link">Help</a></li><li class="horizontal-menu__item"><a href="/sponsors/" class="horizontal-menu__link">Sponsors</a></li><li class="horizontal-menu__item"><a href="/account/login/?next=%2Fproject%2Fledgerline%2F" class="horizontal-menu__link">Log in</a></li><li class="horizontal-menu__item"><a href="/account/register/" class="horizontal-menu__link">Register</a></li></ul>
            </nav>
          </div>
        </div>
      </div>
    </header>
    <main id="content">
      <div class="banner">
        <div class="package-header">
          <div class="package-header__left">
            <h1 class="package-header__name">
              {PI_NAME} {PI_VERSION}
            </h1>
            <div data-controller="clipboard">
              <p class="package-header__pip-instructions">
                <span id="pip-command" data-clipboard-target="source">pip install {PI_NAME}</span>
                <button type="button" class="copy-tooltip copy-tooltip-s" data-action="clipboard#copy" data-clipboard-target="tooltip" data-clipboard-tooltip-value="Copy to clipboard">
                  <i class="fa fa-copy" aria-hidden="true"></i>
                  <span class="sr-only">Copy PIP instructions</span>
                </button>
              </p>
            </div>
          </div>
          <div class="package-header__right">
            <a class="status-badge status-badge--good" href="/project/{PI_NAME}/">
              <span>Latest version</span>
            </a>
            <p class="package-header__date">
              Released:
              <time datetime="2025-03-14T09:12:44+0000" data-controller="localized-time" data-localized-time-relative="true" data-localized-time-show-time="false">
                Mar 14, 2025
              </time>
            </p>
          </div>
        </div>
      </div>
      <div class="horizontal-section horizontal-section--grey horizontal-section--thin horizontal-section--package-description">
        <div class="site-container">
          <div class="package-description">
            <p class="package-description__summary">{esc(PI_SUMMARY)}</p>
          </div>
        </div>
      </div>
      <div data-controller="project-tabs">
        <div class="tabs-container">
          <div class="vertical-tabs">
{_pi_sidebar()}
            <div class="vertical-tabs__panel">
              <div class="vertical-tabs__tab--mobile" role="tablist"><a href="#description" class="vertical-tabs__tab vertical-tabs__tab--mobile vertical-tabs__tab--no-top-border vertical-tabs__tab--is-active" data-project-tabs-target="mobileTab" data-action="project-tabs#onTabClick">Project description</a></div>
              <div id="description" data-project-tabs-target="content" role="tabpanel" aria-labelledby="description-tab mobile-description-tab" tabindex="-1" class="vertical-tabs__content">
                <h2 class="page-title">Project description</h2>
                <div class="project-description">
{PI_README}
                </div>
              </div>
              <div class="vertical-tabs__tab--mobile" role="tablist"><a href="#history" class="vertical-tabs__tab vertical-tabs__tab--mobile" data-project-tabs-target="mobileTab" data-action="project-tabs#onTabClick">Release history</a></div>
              <div id="history" data-project-tabs-target="content" role="tabpanel" aria-labelledby="history-tab mobile-history-tab" tabindex="-1" class="vertical-tabs__content">
                <h2 class="page-title split-layout"><span>Release history</span><span class="reset-text margin-top"><a href="/help/#project-release-notifications">Release notifications</a> | <a href="/rss/project/ledgerline/releases.xml">RSS feed <i class="fa fa-rss" aria-hidden="true"></i></a></span></h2>
                <div class="release-timeline">
            {_pi_history()}
                </div>
              </div>
              <div class="vertical-tabs__tab--mobile" role="tablist"><a href="#files" class="vertical-tabs__tab vertical-tabs__tab--mobile" data-project-tabs-target="mobileTab" data-action="project-tabs#onTabClick">Download files</a></div>
              <div id="files" data-project-tabs-target="content" role="tabpanel" aria-labelledby="files-tab mobile-files-tab" tabindex="-1" class="vertical-tabs__content">
                <h2 class="page-title">Download files</h2>
                <p>Download the file for your platform. If you're not sure which to choose, learn more about <a href="https://packaging.pkgindex.example/tutorials/installing-packages/" title="External link" target="_blank" rel="noopener">installing packages</a>.</p>
                <h3>Source Distribution</h3>
{_pi_file(sdist, "84.2 kB", "Source")}
                <h3>Built Distribution</h3>
                <p>Filter files by name, interpreter, ABI, and platform.</p>
{_pi_file(wheel, "41.7 kB", "Python 3")}
                <h2 class="page-title">File details</h2>
{_pi_hashes(sdist)}
{_pi_hashes(wheel)}
              </div>
            </div>
          </div>
        </div>
      </div>
    </main>
    <footer class="footer">
      <div class="footer__logo"><img src="/static/images/white-cube.2351a86c.svg" alt="" class="-js-white-cube"></div>
      <div class="footer__menus">
        <div class="footer__menu"><h2>Help</h2><nav aria-label="Help navigation"><ul><li><a href="https://packaging.pkgindex.example/tutorials/installing-packages/" title="External link" target="_blank" rel="noopener">Installing packages</a></li><li><a href="https://packaging.pkgindex.example/tutorials/packaging-projects/" title="External link" target="_blank" rel="noopener">Uploading packages</a></li><li><a href="/help/">FAQs</a></li></ul></nav></div>
        <div class="footer__menu"><h2>About PkgIndex</h2><nav aria-label="About PkgIndex navigation"><ul><li><a href="https://blog.pkgindex.example" title="External link" target="_blank" rel="noopener">PkgIndex Blog</a></li><li><a href="/stats/">Statistics</a></li><li><a href="/trademarks/">Trademarks</a></li><li><a href="https://policies.pkgindex.example/terms-of-use" title="External link" target="_blank" rel="noopener">Terms of Use</a></li></ul></nav></div>
        <div class="footer__menu"><h2>Contributing to PkgIndex</h2><nav aria-label="How to contribute navigation"><ul><li><a href="/help/#feedback">Bugs and feedback</a></li><li><a href="https://github.com/pkgindex/warehouse" title="External link" target="_blank" rel="noopener">Contribute on GitHub</a></li><li><a href="/sponsors/">Become a sponsor</a></li></ul></nav></div>
      </div>
      <div class="footer__text">
        <p>Status: <a href="https://status.pkgindex.example" title="External link" target="_blank" rel="noopener"><span data-statuspage-domain="https://status.pkgindex.example">All Systems Operational</span></a></p>
        <p>Developed and maintained by the community. &copy; 2025 PkgIndex Foundation</p>
      </div>
      <div class="sponsors"><h2 class="sponsors__title">Supported by</h2><div class="sponsors__sponsor"><a class="sponsors__link" target="_blank" rel="noopener" href="https://aws.example/"><img class="sponsors__image" src="/static/images/sponsors/aws.svg" alt="" loading="lazy"><span class="sponsors__name">AWS</span><span class="sponsors__service">Cloud computing and Security Sponsor</span></a></div><div class="sponsors__sponsor"><a class="sponsors__link" target="_blank" rel="noopener" href="https://fastly.example/"><img class="sponsors__image" src="/static/images/sponsors/fastly.svg" alt="" loading="lazy"><span class="sponsors__name">Fastly</span><span class="sponsors__service">CDN</span></a></div><div class="sponsors__sponsor"><a class="sponsors__link" target="_blank" rel="noopener" href="https://sentry.example/"><img class="sponsors__image" src="/static/images/sponsors/sentry.svg" alt="" loading="lazy"><span class="sponsors__name">Sentry</span><span class="sponsors__service">Error logging</span></a></div></div>
    </footer>
  </body>
</html>"""
    s.list_page(f"project/{PI_NAME}/index.html", page)
    s.expect(
        {
            "name": PI_NAME,
            "version": PI_VERSION,
            "summary": PI_SUMMARY,
            "released": "2025-03-14",
            "license": "MIT License",
            "author": "Marek Jabłoński",
            "maintainers": PI_MAINTAINERS,
            "requires_python": "Python >=3.9",
            "homepage": "https://ledgerline.dev",
            "documentation": "https://docs.ledgerline.dev/en/stable/",
            "source": "https://github.com/ledgerline/ledgerline",
            "keywords": PI_KEYWORDS,
        }
    )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in EIGHTEENTH_B.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
