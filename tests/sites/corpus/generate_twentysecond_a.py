"""Twenty-second wave, part A: three list pages paginated the way server-side framework paginators render them,
copied from their real 2024–25 markup and written before any heuristic was changed for them.

* **pypennine-talks** — a regional Python conference's talk archive, a Django ``ListView`` (``paginate_by = 12``)
  in a Bootstrap 5 layout: the header's ``set_language`` POST form (``csrfmiddlewaretoken`` hidden input, a
  language select, "Go"), a GET search / filter form, the messages framework's ``div.alert`` (page 1 only), a
  "Featured keynote" hero card on page 1 repeating the first talk; ``div.row.row-cols-md-2 > div.col >
  article.card`` talks with a type badge, ``h2.h5.card-title > a``, speaker links, a ``list-inline`` of Django's
  default date format ("Sept. 13, 2025", "March 4, 2024"), room, "30 min" and level, a truncated abstract,
  tag pills in the card footer; then Django's documented pager verbatim: ``div.pagination > span.step-links``
  with "« first" / "previous" links (pages 2 and 3), ``span.current`` "Page 2 of 3." and "next" / "last »"
  (pages 1 and 2), all ``?page=N`` (page 1 is served again at ``?page=1``). 12 + 12 + 5 talks.
  Written down: title, url, speakers, date, room, duration, level, tags.
* **shelfswap** — a used-books marketplace on Rails 7.1 (importmap, Turbo, Stimulus: ``data-turbo-track``,
  ``data-controller`` / ``data-action`` hooks, a ``turbo-frame`` around the results with ``data-turbo-action=
  "advance"``, ``data-turbo-frame="_top"`` on record links, ``csrf-param`` / ``csrf-token`` metas, a flash
  partial), ``article.listing-card#listing_4821`` cards (cover, title link to ``/listings/4821-slug``, "by
  Author", condition badge · format, ``number_to_currency`` "£4.50" with a struck "£6.00" on reduced books and a
  postage line, "Sold by" seller link · town, a wishlist button); a "Featured" promoted card first on page 1 only;
  will_paginate 4's ``page_entries_info`` ("Displaying listings 11 - 20 of 27 in total") and its default
  ``LinkRenderer``: ``div.pagination[role=navigation]`` with ``span.previous_page.disabled`` "← Previous" on page
  1, ``a.previous_page[rel=prev]`` after, ``em.current[aria-current=page]``, numbered links with rel prev/next on
  the neighbours, ``a.next_page[rel=next]`` "Next →" and ``span.next_page.disabled`` on the last page; links
  ``/listings?page=N`` (page 1 linked as ``?page=1``). 10 + 10 + 7 listings.
  Written down: title, url, author, condition, format, price, currency, original_price, seller, location.
* **remotelane** — a remote-jobs board on Laravel 11 (Vite build assets, ``csrf-token`` meta, Alpine.js ``x-data``
  hooks, spatie cookie-consent banner) in Tailwind: two "Featured" pinned jobs above the list on page 1 only,
  then ``ul[role=list] > li`` job rows (logo, company, title link with an ``absolute inset`` overlay span,
  location / type / salary line with heroicon svgs, tag chips, ``time[datetime]`` "2 days ago"); Laravel's
  ``tailwind.blade.php`` paginator exactly as it renders: ``nav[role=navigation][aria-label="Pagination
  Navigation"]`` with the small-screen "« Previous" / "Next »" pair (spans when disabled), "Showing 11 to 20 of 28
  results", and the large-screen group whose prev / next are ``a[rel=prev|next]`` holding only an SVG chevron
  with ``aria-label="Next &amp;raquo;"`` (Blade's double escaping), ``span[aria-current=page]`` on the current
  number, ``span[aria-disabled=true]`` edges; ``/jobs?page=N`` links (page 1 linked as ``?page=1``).
  2 + 10, 10, 8 jobs. Written down: title, url, company, location, job_type, salary, tags, date.

Run ``uv run python tests/sites/corpus/generate_twentysecond_a.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**.
"""

# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc, slug

TWENTYSECOND_A: dict[str, Callable[[], None]] = {}


def twentysecond_a(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    TWENTYSECOND_A[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _hex(text: str, size: int = 10) -> str:
    """A stable id derived from ``text`` (the real sites use random ones)."""
    return hashlib.sha1(text.encode()).hexdigest()[:size]


# ---------------------------------------------------------------------------------------------------
# pypennine-talks: Django ListView + Bootstrap 5, the documented "step-links" pager.
# ---------------------------------------------------------------------------------------------------

#: Django's default DATE_FORMAT "N j, Y" abbreviates months the Associated Press way.
DJANGO_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]

#: (kind, title, speakers, ISO day, room, minutes, level, tags, abstract, has video).
PP_TALKS: list[tuple[str, str, list[str], str, str, int, str, list[str], str, bool]] = [
    (
        "Keynote",
        "Thirty Years of Python, One Mill Town at a Time",
        ["Dr. Helen Ashworth"],
        "2025-09-13",
        "Main Hall",
        45,
        "All levels",
        ["community", "history"],
        "How a language written for a research institute ended up running the dye works, the council and the bus timetable of a Pennine valley — and what that says about where Python goes next.",
        True,
    ),
    (
        "Talk",
        "Typed Pipelines with Pydantic v2",
        ["Oliver Brennan"],
        "2025-09-13",
        "Weavers' Room",
        30,
        "Intermediate",
        ["typing", "data"],
        "Validation at the edges and plain dataclasses in the middle: a tour of the patterns that kept our ingestion code honest after the v2 migration.",
        True,
    ),
    (
        "Talk",
        "DuckDB for People Who Think They Need Spark",
        ["Priya Chandrasekar"],
        "2025-09-13",
        "Main Hall",
        30,
        "Beginner",
        ["data", "databases"],
        "Most of our 'big data' fitted on a laptop. Here is how we found out, and the three queries that convinced finance.",
        True,
    ),
    (
        "Tutorial",
        "Your First Django App, Deployed by Lunch",
        ["Sam Okafor", "Lucy Pemberton"],
        "2025-09-13",
        "Room 3",
        90,
        "Beginner",
        ["django", "deployment"],
        "Bring a laptop: we go from startproject to a running site behind a real domain, with the database, static files and secrets done properly.",
        False,
    ),
    (
        "Talk",
        "What the GIL Removal Means for Your Code",
        ["Tomasz Wierzbicki"],
        "2025-09-13",
        "Weavers' Room",
        30,
        "Advanced",
        ["performance", "cpython"],
        "Free-threaded CPython is here as an option. We measure three real workloads and find the places where the locks you never saw start to matter.",
        True,
    ),
    (
        "Lightning",
        "Five Minutes of uv",
        ["Grace Holroyd"],
        "2025-09-13",
        "Main Hall",
        5,
        "All levels",
        ["packaging"],
        "One tool, five commands, no more 'works on my machine'.",
        False,
    ),
    (
        "Talk",
        "Accessible Forms in Django Templates",
        ["Megan Thwaite"],
        "2025-09-14",
        "Room 3",
        30,
        "Intermediate",
        ["django", "accessibility"],
        "Labels, errors and focus order: the small template changes that made our council's forms usable with a screen reader.",
        True,
    ),
    (
        "Talk",
        "Testing Async Code Without Tears",
        ["Kwabena Mensah"],
        "2025-09-14",
        "Weavers' Room",
        30,
        "Intermediate",
        ["async", "testing"],
        "pytest-asyncio, anyio and the event-loop fixtures that stopped our flaky tests — with the failures we hit on the way.",
        True,
    ),
    (
        "Talk",
        "From Notebook to Package",
        ["Elif Demir"],
        "2025-09-14",
        "Main Hall",
        30,
        "Beginner",
        ["packaging", "data"],
        "A research group's journey from a folder of notebooks to a versioned, tested library their colleagues can pip install.",
        True,
    ),
    (
        "Keynote",
        "The Maintainers Are Tired",
        ["Rosa Lindgren"],
        "2025-09-14",
        "Main Hall",
        45,
        "All levels",
        ["community", "open source"],
        "Funding, burnout and succession in the projects we all depend on, from someone who has been on both sides of the issue tracker.",
        True,
    ),
    (
        "Talk",
        "Geospatial Python on the Moors",
        ["Harriet Booth", "Daniel Kaye"],
        "2024-09-14",
        "Weavers' Room",
        30,
        "Intermediate",
        ["gis", "data"],
        "Mapping peat restoration across two national parks with GeoPandas, Shapely 2 and a lot of drone imagery.",
        True,
    ),
    (
        "Talk",
        "Structural Pattern Matching in Practice",
        ["Arjun Mehta"],
        "2024-09-14",
        "Main Hall",
        30,
        "Intermediate",
        ["language"],
        "Three years after 3.10: where match statements made our parser clearer, and where we quietly went back to if/elif.",
        True,
    ),
    (
        "Keynote",
        "Python in the Classroom, Twenty Years On",
        ["Prof. Janet McAllister"],
        "2024-09-14",
        "Main Hall",
        45,
        "All levels",
        ["education", "community"],
        "What changed, what didn't, and why the turtle module is still undefeated.",
        True,
    ),
    (
        "Talk",
        "Building a Search Engine for the Local Archive",
        ["Chris Dobson"],
        "2024-09-14",
        "Room 3",
        30,
        "Intermediate",
        ["search", "django"],
        "Postgres full-text search, trigram similarity and a Django admin that volunteers actually like using.",
        False,
    ),
    (
        "Tutorial",
        "Polars from Zero",
        ["Nadia Rahman"],
        "2024-09-14",
        "Room 3",
        90,
        "Beginner",
        ["data"],
        "Lazy frames, expressions and the group-bys that replace your pandas loops, in a hands-on session with a real bus-punctuality data set.",
        False,
    ),
    (
        "Talk",
        "Observability for Small Teams",
        ["Ben Whitaker"],
        "2024-09-14",
        "Weavers' Room",
        30,
        "Intermediate",
        ["operations"],
        "OpenTelemetry, structured logs and one dashboard: enough to sleep at night without a platform team.",
        True,
    ),
    (
        "Lightning",
        "My Bread Proofing Box Runs MicroPython",
        ["Ellie Sutcliffe"],
        "2024-09-14",
        "Main Hall",
        5,
        "All levels",
        ["hardware", "micropython"],
        "A Pico W, a heat mat and a very patient sourdough starter.",
        True,
    ),
    (
        "Talk",
        "Descriptors Demystified",
        ["Marcus Lee"],
        "2024-09-15",
        "Weavers' Room",
        30,
        "Advanced",
        ["language"],
        "Properties, methods and ORMs all rest on one protocol. We build each of them from scratch in twenty lines.",
        True,
    ),
    (
        "Talk",
        "Writing Documentation People Read",
        ["Hannah Greenwood"],
        "2024-09-15",
        "Main Hall",
        30,
        "Beginner",
        ["documentation"],
        "Tutorials, how-tos, reference and explanation: the Diátaxis framework applied to a small library, before and after.",
        True,
    ),
    (
        "Talk",
        "Securing Django in 2024",
        ["Yusuf Adeyemi"],
        "2024-09-15",
        "Room 3",
        30,
        "Intermediate",
        ["django", "security"],
        "CSP, permissions policies and the settings checklist we run on every new project.",
        True,
    ),
    (
        "Talk",
        "Rust Extensions with PyO3 and Maturin",
        ["Ingrid Havelock"],
        "2024-09-15",
        "Weavers' Room",
        30,
        "Advanced",
        ["performance", "rust"],
        "When NumPy is not enough: moving one hot loop into Rust, and shipping wheels for every platform from CI.",
        True,
    ),
    (
        "Talk",
        "Hiring Juniors Is a Skill",
        ["Aaron Firth", "Sophie Castle"],
        "2024-09-15",
        "Main Hall",
        30,
        "All levels",
        ["community", "careers"],
        "What two small agencies learned from taking on six apprentices in three years.",
        True,
    ),
    (
        "Talk",
        "A Gentle Introduction to asyncio",
        ["Laura Pickersgill"],
        "2023-09-16",
        "Main Hall",
        30,
        "Beginner",
        ["async"],
        "Coroutines, tasks and the event loop explained with a kitchen and too many pans.",
        True,
    ),
    (
        "Talk",
        "Migrating a Monolith to Django 4.2 LTS",
        ["Owen Radcliffe"],
        "2023-09-16",
        "Weavers' Room",
        30,
        "Intermediate",
        ["django"],
        "Fourteen years of code, three major versions, zero downtime. Mostly.",
        True,
    ),
    (
        "Keynote",
        "Software Is a Craft, and Crafts Have Guilds",
        ["Dr. Femi Adebayo"],
        "2023-09-16",
        "Main Hall",
        45,
        "All levels",
        ["community"],
        "What the weavers of the Calder valley can teach us about mentoring and quality.",
        True,
    ),
    (
        "Talk",
        "Property-Based Testing with Hypothesis",
        ["Katie Marsden"],
        "2023-09-16",
        "Room 3",
        30,
        "Intermediate",
        ["testing"],
        "Let the computer find the edge cases: strategies, shrinking and the bug in our date parser that nobody believed.",
        True,
    ),
    (
        "Talk",
        "Packaging Python in 2023",
        ["Rob Heywood"],
        "2023-09-16",
        "Weavers' Room",
        30,
        "Intermediate",
        ["packaging"],
        "pyproject.toml everywhere, setup.py nowhere, and what to do about that one C extension.",
        False,
    ),
    (
        "Lightning",
        "Regex Crosswords",
        ["Tariq Hussain"],
        "2023-09-16",
        "Main Hall",
        5,
        "All levels",
        ["fun"],
        "Five minutes, three puzzles, one prize.",
        False,
    ),
    (
        "Talk",
        "Data Classes vs attrs vs Pydantic",
        ["Charlotte Dunn"],
        "2023-09-17",
        "Main Hall",
        30,
        "Intermediate",
        ["typing", "language"],
        "An honest comparison with benchmarks, error messages and the migration paths between them.",
        True,
    ),
]
PP_PER_PAGE = 12


def _django_date(iso: str) -> str:
    day = date.fromisoformat(iso)
    return f"{DJANGO_MONTHS[day.month - 1]} {day.day}, {day.year}"


def _pp_url(talk: tuple[str, str, list[str], str, str, int, str, list[str], str, bool]) -> str:
    return f"/talks/{talk[3][:4]}/{slug(talk[1])}/"


def _pp_badge(kind: str) -> str:
    colour = {"Keynote": "text-bg-warning", "Tutorial": "text-bg-info", "Lightning": "text-bg-light border"}.get(
        kind, "text-bg-secondary"
    )
    return f'<span class="badge {colour}">{kind}</span>'


def _pp_card(talk: tuple[str, str, list[str], str, str, int, str, list[str], str, bool]) -> str:
    kind, title, speakers, day, room, minutes, level, tags, abstract, video = talk
    url = _pp_url(talk)
    speaker_links = ", ".join(
        f'<a href="/speakers/{slug(name)}/" class="link-body-emphasis">{esc(name)}</a>' for name in speakers
    )
    video_link = (
        f'\n\t\t\t\t\t<a href="https://www.youtube.com/watch?v={_hex(title, 11)}" class="small link-secondary" target="_blank" rel="noopener"><i class="bi bi-youtube" aria-hidden="true"></i> Video</a>'
        if video
        else ""
    )
    words = abstract.split()
    short = " ".join(words[:22]) + (" …" if len(words) > 22 else "")
    tag_links = "\n".join(
        f'\t\t\t\t\t<a href="/talks/?tag={slug(tag)}" class="badge rounded-pill text-bg-light text-decoration-none">{esc(tag)}</a>'
        for tag in tags
    )
    return f"""			<div class="col">
				<article class="card h-100 shadow-sm talk-card" id="talk-{_hex(title, 6)}">
					<div class="card-body">
						<div class="d-flex justify-content-between align-items-center mb-2">
							{_pp_badge(kind)}{video_link}
						</div>
						<h2 class="h5 card-title"><a href="{url}" class="text-decoration-none">{esc(title)}</a></h2>
						<p class="card-subtitle mb-2 text-body-secondary">{speaker_links}</p>
						<ul class="list-inline small text-body-secondary mb-2">
							<li class="list-inline-item"><i class="bi bi-calendar-event" aria-hidden="true"></i> {_django_date(day)}</li>
							<li class="list-inline-item"><i class="bi bi-geo-alt" aria-hidden="true"></i> {esc(room)}</li>
							<li class="list-inline-item"><i class="bi bi-clock" aria-hidden="true"></i> {minutes} min</li>
							<li class="list-inline-item"><i class="bi bi-bar-chart" aria-hidden="true"></i> {esc(level)}</li>
						</ul>
						<p class="card-text">{esc(short)}</p>
					</div>
					<div class="card-footer bg-transparent border-top-0">
{tag_links}
					</div>
				</article>
			</div>"""


def _django_pager(number: int, total: int) -> str:
    """The pagination block of Django's ListView documentation, as the template renders it."""
    before = ""
    if number > 1:
        before = f"""
            <a href="?page=1">&laquo; first</a>
            <a href="?page={number - 1}">previous</a>
        """
    after = ""
    if number < total:
        after = f"""
            <a href="?page={number + 1}">next</a>
            <a href="?page={total}">last &raquo;</a>
        """
    return f"""<div class="pagination">
    <span class="step-links">
        {before}

        <span class="current">
            Page {number} of {total}.
        </span>

        {after}
    </span>
</div>"""


def _pp_hero(talk: tuple[str, str, list[str], str, str, int, str, list[str], str, bool]) -> str:
    kind, title, speakers, day, room, minutes, _level, _tags, abstract, _video = talk
    return f"""<section class="p-4 p-md-5 mb-4 rounded-3 bg-body-tertiary border featured-talk">
		<div class="row align-items-center">
			<div class="col-lg-8">
				<p class="text-uppercase small fw-semibold text-warning-emphasis mb-1">Featured {kind.lower()}</p>
				<h2 class="display-6 fw-bold"><a href="{_pp_url(talk)}" class="link-body-emphasis text-decoration-none">{esc(title)}</a></h2>
				<p class="lead">{esc(abstract)}</p>
				<p class="mb-0 text-body-secondary">{esc(", ".join(speakers))} &middot; {_django_date(day)} &middot; {esc(room)} &middot; {minutes} min</p>
			</div>
			<div class="col-lg-4 d-none d-lg-block text-center">
				<img src="/media/talks/{slug(title)[:40]}.jpg.600x400_q85_crop.jpg" class="img-fluid rounded-3" alt="" width="600" height="400" loading="lazy">
			</div>
		</div>
	</section>"""


def _pp_page(
    number: int,
    total: int,
    talks: list[tuple[str, str, list[str], str, str, int, str, list[str], str, bool]],
    count: int,
) -> str:
    cards = "\n".join(_pp_card(talk) for talk in talks)
    first = (number - 1) * PP_PER_PAGE + 1
    last = first + len(talks) - 1
    messages = (
        """<div class="container mt-3">
		<div class="alert alert-info alert-dismissible fade show" role="alert">
			Videos from PyPennine 2025 are now online &mdash; thank you to our AV volunteers!
			<button type="button" class="btn-close" data-bs-dismiss="alert" aria-label="Close"></button>
		</div>
	</div>"""
        if number == 1
        else ""
    )
    hero = _pp_hero(PP_TALKS[0]) if number == 1 else ""
    title_suffix = f" (page {number})" if number > 1 else ""
    years = sorted({t[3][:4] for t in PP_TALKS}, reverse=True)
    year_items = "\n".join(
        f'\t\t\t\t<li class="list-group-item d-flex justify-content-between align-items-center"><a href="/talks/?year={y}" class="text-decoration-none">PyPennine {y}</a><span class="badge text-bg-primary rounded-pill">{sum(1 for t in PP_TALKS if t[3].startswith(y))}</span></li>'
        for y in years
    )
    all_tags = sorted({tag for t in PP_TALKS for tag in t[7]})
    tag_cloud = " ".join(
        f'<a href="/talks/?tag={slug(tag)}" class="badge text-bg-light text-decoration-none">{esc(tag)}</a>'
        for tag in all_tags
    )
    return f"""<!DOCTYPE html>
<html lang="en-gb" data-bs-theme="light">
<head>
	<meta charset="utf-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<title>Talk archive{title_suffix} | PyPennine</title>
	<meta name="description" content="Every talk, tutorial and keynote from PyPennine, the Python conference of the South Pennines.">
	<link rel="canonical" href="https://pypennine.org.uk/talks/{"" if number == 1 else f"?page={number}"}">
	<link href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css" rel="stylesheet" integrity="sha384-QWTKZyjpPEjISv5WaRU9OFeRpok6YctnYmDr5pNlyT2bRjXh0JMhjY6hW+ALEwIH" crossorigin="anonymous">
	<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap-icons@1.11.3/font/bootstrap-icons.min.css">
	<link rel="stylesheet" href="/static/css/site.4f1c2a9e0b7d.css">
	<link rel="icon" href="/static/img/favicon.3a8e11d2c4f0.svg" type="image/svg+xml">
</head>
<body class="d-flex flex-column min-vh-100">
	<a class="visually-hidden-focusable" href="#content">Skip to main content</a>
	<header class="border-bottom">
		<nav class="navbar navbar-expand-lg bg-body">
			<div class="container">
				<a class="navbar-brand fw-bold" href="/"><img src="/static/img/logo.91b0d3e2aa41.svg" alt="" width="32" height="32" class="d-inline-block align-text-top me-1">PyPennine</a>
				<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainNav" aria-controls="mainNav" aria-expanded="false" aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button>
				<div class="collapse navbar-collapse" id="mainNav">
					<ul class="navbar-nav me-auto mb-2 mb-lg-0">
						<li class="nav-item"><a class="nav-link" href="/2025/">2025</a></li>
						<li class="nav-item"><a class="nav-link active" aria-current="page" href="/talks/">Talks</a></li>
						<li class="nav-item"><a class="nav-link" href="/speakers/">Speakers</a></li>
						<li class="nav-item"><a class="nav-link" href="/sponsors/">Sponsors</a></li>
						<li class="nav-item"><a class="nav-link" href="/code-of-conduct/">Code of conduct</a></li>
						<li class="nav-item"><a class="nav-link" href="/about/">About</a></li>
					</ul>
					<form action="/i18n/setlang/" method="post" class="d-flex me-2">
						<input type="hidden" name="csrfmiddlewaretoken" value="k3VqZ8nT1pXr0cYw7sLd2hJb9mFa4gE6uQoNiRtBz5xCvHyUeWj8KsPlAdMf3Gn1">
						<input name="next" type="hidden" value="/talks/{"" if number == 1 else f"?page={number}"}">
						<select name="language" class="form-select form-select-sm" aria-label="Language">
							<option value="en-gb" selected>English (en-gb)</option>
							<option value="cy">Cymraeg (cy)</option>
							<option value="pl">polski (pl)</option>
						</select>
						<input type="submit" value="Go" class="btn btn-sm btn-outline-secondary ms-1">
					</form>
					<a class="btn btn-sm btn-primary" href="/accounts/login/?next=/talks/">Log in</a>
				</div>
			</div>
		</nav>
	</header>
	{messages}
	<main id="content" class="container my-4 flex-grow-1">
		<nav aria-label="breadcrumb">
			<ol class="breadcrumb">
				<li class="breadcrumb-item"><a href="/">Home</a></li>
				<li class="breadcrumb-item active" aria-current="page">Talk archive</li>
			</ol>
		</nav>
		<h1 class="mb-3">Talk archive</h1>
		{hero}
		<div class="row g-4">
			<div class="col-lg-9">
				<form method="get" action="/talks/" class="row g-2 align-items-end mb-3" role="search">
					<div class="col-md-5"><label for="id_q" class="form-label small">Search</label><input type="search" name="q" class="form-control" placeholder="Title, speaker or abstract" id="id_q"></div>
					<div class="col-md-3"><label for="id_year" class="form-label small">Year</label><select name="year" class="form-select" id="id_year"><option value="" selected>All years</option>{"".join(f'<option value="{y}">{y}</option>' for y in years)}</select></div>
					<div class="col-md-3"><label for="id_level" class="form-label small">Level</label><select name="level" class="form-select" id="id_level"><option value="" selected>Any level</option><option value="beginner">Beginner</option><option value="intermediate">Intermediate</option><option value="advanced">Advanced</option><option value="all">All levels</option></select></div>
					<div class="col-md-1"><button type="submit" class="btn btn-outline-primary w-100">Filter</button></div>
				</form>
				<p class="text-body-secondary small">Showing talks {first}&ndash;{last} of {count}</p>
				<div class="row row-cols-1 row-cols-md-2 g-3">
{cards}
				</div>
				<div class="mt-4">
{_django_pager(number, total)}
				</div>
			</div>
			<aside class="col-lg-3">
				<div class="card mb-3">
					<div class="card-header">Browse by year</div>
					<ul class="list-group list-group-flush">
{year_items}
					</ul>
				</div>
				<div class="card mb-3">
					<div class="card-header">Topics</div>
					<div class="card-body">{tag_cloud}</div>
				</div>
				<div class="card">
					<div class="card-body">
						<h2 class="h6">Speak at PyPennine 2026</h2>
						<p class="small mb-2">Our call for proposals opens in March. First-time speakers get a mentor.</p>
						<a href="/2026/cfp/" class="btn btn-sm btn-outline-primary">Read the CFP</a>
					</div>
				</div>
			</aside>
		</div>
	</main>
	<footer class="border-top py-4 mt-auto bg-body-tertiary">
		<div class="container d-flex flex-wrap justify-content-between small text-body-secondary">
			<p class="mb-0">&copy; 2025 PyPennine CIC &middot; Company no. 12874401 &middot; Hebden Bridge</p>
			<ul class="nav">
				<li class="nav-item"><a href="/privacy/" class="nav-link px-2 text-body-secondary">Privacy</a></li>
				<li class="nav-item"><a href="https://fosstodon.org/@pypennine" class="nav-link px-2 text-body-secondary" rel="me">Mastodon</a></li>
				<li class="nav-item"><a href="https://github.com/pypennine" class="nav-link px-2 text-body-secondary">GitHub</a></li>
			</ul>
		</div>
	</footer>
	<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js" integrity="sha384-YvpcrYf0tY3lHB60NNkmXc5s9fDVZLESaAA55NDzOxhy9GkcIdslK1eN7N6jIeHz" crossorigin="anonymous"></script>
	<script defer data-domain="pypennine.org.uk" src="https://plausible.io/js/script.js"></script>
</body>
</html>"""


@twentysecond_a
def build_pypennine_talks() -> None:
    s = Site(
        "pypennine-talks",
        kind="conference talk archive (Django ListView in Bootstrap 5: set_language POST form with csrfmiddlewaretoken, messages alert, featured keynote hero on page 1, article.card talks with Django 'Sept. 13, 2025' dates, the documented div.pagination > span.step-links pager '« first' / 'previous' / 'Page 2 of 3.' / 'next' / 'last »' over ?page=N)",
        start="talks/",
        description="A regional Python conference's talk archive (pypennine.org.uk/talks/) served by a Django ListView with paginate_by = 12 in a Bootstrap 5.3 layout (2024–25): a navbar with the set_language form (POST to /i18n/setlang/, a hidden csrfmiddlewaretoken and next input, a language select, a 'Go' submit) and a 'Log in' button; the messages framework's dismissible div.alert on page 1; a breadcrumb, h1 'Talk archive', on page 1 only a 'Featured keynote' hero (section.bg-body-tertiary, display-6 title link, full abstract, speakers · date · room · minutes) repeating the first talk; a GET filter form (search input, year and level selects); 'Showing talks 1–12 of 29'; div.row.row-cols-md-2 > div.col > article.card.talk-card: a type badge (Talk / Keynote / Tutorial / Lightning) and a 'Video' YouTube link on most, h2.h5.card-title > a to /talks/<year>/<slug>/, p.card-subtitle of comma-separated speaker links (two speakers on three talks), a ul.list-inline of icon + text items (Django's default date format 'Sept. 13, 2025' / 'March 4, 2024', room, '30 min', level), an abstract cut with truncatewords ' …', tag pills (a.badge.rounded-pill to /talks/?tag=x) in the card footer; then Django's documented pager verbatim: div.pagination > span.step-links with '« first' (?page=1) and 'previous' links on pages 2 and 3, span.current 'Page 2 of 3.', 'next' and 'last »' links on pages 1 and 2; page 1 is served again at ?page=1. A sidebar of year counts (list-group), a tag cloud and a CFP card; the footer. 12 + 12 + 5 talks. Written down: title, url, speakers (list), date, room, duration (minutes), level, tags (list); the hero keynote once.",
    )
    pages = chunks(PP_TALKS, [12, 12, 5])
    for number, talks in enumerate(pages, 1):
        text = _pp_page(number, len(pages), talks, len(PP_TALKS))
        if number == 1:
            s.list_page("talks/index.html", text)
            s.write("talks/@page=1", text)
        else:
            s.list_page(f"talks/@page={number}", text)
    for talk in PP_TALKS:
        _kind, title, speakers, day, room, minutes, level, tags, _abstract, _video = talk
        s.expect(
            {
                "title": title,
                "url": _pp_url(talk),
                "speakers": speakers,
                "date": day,
                "room": room,
                "duration": minutes,
                "level": level,
                "tags": tags,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# shelfswap: Rails 7.1 + Turbo/Stimulus, will_paginate 4's default LinkRenderer.
# ---------------------------------------------------------------------------------------------------

#: (id, title, author or None, condition, format, price, original price or None, postage, seller, town).
SW_LISTINGS: list[tuple[int, str, str | None, str, str, float, float | None, float, str, str]] = [
    (
        4821,
        "The Remains of the Day",
        "Kazuo Ishiguro",
        "Very good",
        "Paperback",
        4.5,
        None,
        2.8,
        "bookish_bea",
        "Leeds",
    ),
    (4819, "A Fine Balance", "Rohinton Mistry", "Good", "Paperback", 5.0, 6.0, 2.8, "marginalia", "York"),
    (4817, "The Secret History", "Donna Tartt", "Like new", "Hardback", 9.5, None, 3.6, "oxfam_ilkley", "Ilkley"),
    (4816, "Wolf Hall", "Hilary Mantel", "Good", "Paperback", 3.75, None, 2.8, "tom_reads", "Halifax"),
    (4812, "The Penguin Book of English Verse", None, "Acceptable", "Paperback", 2.0, None, 2.8, "marginalia", "York"),
    (4810, "Middlemarch", "George Eliot", "Good", "Paperback", 3.0, None, 2.8, "secondchapter", "Sheffield"),
    (4809, "Piranesi", "Susanna Clarke", "Very good", "Hardback", 8.0, 10.0, 3.6, "bookish_bea", "Leeds"),
    (4805, "The Overstory", "Richard Powers", "Good", "Paperback", 5.5, None, 2.8, "dalesbooks", "Skipton"),
    (
        4803,
        "Small Things Like These",
        "Claire Keegan",
        "Like new",
        "Paperback",
        4.0,
        None,
        1.95,
        "tom_reads",
        "Halifax",
    ),
    (4801, "Birdsong", "Sebastian Faulks", "Acceptable", "Paperback", 1.5, None, 2.8, "oxfam_ilkley", "Ilkley"),
    (
        4798,
        "The Hare with Amber Eyes",
        "Edmund de Waal",
        "Very good",
        "Paperback",
        4.25,
        None,
        2.8,
        "secondchapter",
        "Sheffield",
    ),
    (4796, "Gilead", "Marilynne Robinson", "Good", "Paperback", 3.5, 4.5, 2.8, "marginalia", "York"),
    (4793, "The Road", "Cormac McCarthy", "Very good", "Paperback", 3.0, None, 2.8, "pennine_pages", "Hebden Bridge"),
    (4790, "Atonement", "Ian McEwan", "Good", "Paperback", 2.5, None, 2.8, "dalesbooks", "Skipton"),
    (4788, "The Mirror & the Light", "Hilary Mantel", "Like new", "Hardback", 11.0, 14.0, 3.6, "bookish_bea", "Leeds"),
    (4785, "Never Let Me Go", "Kazuo Ishiguro", "Good", "Paperback", 3.25, None, 2.8, "tom_reads", "Halifax"),
    (4781, "Lanny", "Max Porter", "Very good", "Hardback", 6.0, None, 3.6, "pennine_pages", "Hebden Bridge"),
    (4780, "Collins Bird Guide", "Lars Svensson", "Good", "Paperback", 12.5, None, 3.6, "dalesbooks", "Skipton"),
    (4777, "Shuggie Bain", "Douglas Stuart", "Acceptable", "Paperback", 2.25, None, 2.8, "oxfam_ilkley", "Ilkley"),
    (4774, "The Years", "Annie Ernaux", "Like new", "Paperback", 6.5, None, 1.95, "marginalia", "York"),
    (4770, "Hamnet", "Maggie O'Farrell", "Very good", "Paperback", 4.0, 5.0, 2.8, "secondchapter", "Sheffield"),
    (4768, "The Essex Serpent", "Sarah Perry", "Good", "Paperback", 3.0, None, 2.8, "tom_reads", "Halifax"),
    (
        4765,
        "Ordnance Survey Explorer OL21: South Pennines",
        None,
        "Good",
        "Map",
        4.5,
        None,
        1.95,
        "pennine_pages",
        "Hebden Bridge",
    ),
    (4761, "Cloud Atlas", "David Mitchell", "Acceptable", "Paperback", 1.75, None, 2.8, "bookish_bea", "Leeds"),
    (4759, "Klara and the Sun", "Kazuo Ishiguro", "Like new", "Hardback", 7.5, None, 3.6, "secondchapter", "Sheffield"),
    (
        4756,
        "The Country Diary of an Edwardian Lady",
        "Edith Holden",
        "Good",
        "Hardback",
        5.0,
        None,
        3.6,
        "oxfam_ilkley",
        "Ilkley",
    ),
    (4752, "H is for Hawk", "Helen Macdonald", "Very good", "Paperback", 3.5, None, 2.8, "dalesbooks", "Skipton"),
]
SW_CONDITION_CLASS = {"Like new": "like-new", "Very good": "very-good", "Good": "good", "Acceptable": "acceptable"}


def _gbp(amount: float) -> str:
    """Rails' number_to_currency with unit '£'."""
    return f"£{amount:,.2f}"


def _sw_url(listing: tuple[int, str, str | None, str, str, float, float | None, float, str, str]) -> str:
    return f"/listings/{listing[0]}-{slug(listing[1])}"


def _sw_card(
    listing: tuple[int, str, str | None, str, str, float, float | None, float, str, str], *, featured: bool
) -> str:
    ident, title, author, condition, fmt, price, original, postage, seller, town = listing
    url = _sw_url(listing)
    author_html = f'\n      <p class="listing-card__author">by {esc(author)}</p>' if author else ""
    was = (
        f'<del class="listing-card__was" aria-label="Was {_gbp(original)}">{_gbp(original)}</del> ' if original else ""
    )
    ribbon = '\n  <span class="listing-card__ribbon">Featured</span>' if featured else ""
    classes = "listing-card listing-card--featured" if featured else "listing-card"
    reduced = '<span class="badge badge--sale">Reduced</span>' if original else ""
    return f"""<article class="{classes}" id="listing_{ident}" data-controller="wishlist" data-wishlist-listing-id-value="{ident}" data-wishlist-saved-value="false">{ribbon}
  <a href="{url}" class="listing-card__cover" data-turbo-frame="_top">
    <img src="/rails/active_storage/representations/proxy/eyJfcmFpbHMiOnsiZGF0YSI6{_hex(title, 16)}/cover.jpg" alt="" loading="lazy" width="160" height="240">
  </a>
  <div class="listing-card__body">
    <h3 class="listing-card__title"><a href="{url}" data-turbo-frame="_top">{esc(title)}</a></h3>{author_html}
    <p class="listing-card__meta">
      <span class="condition condition--{SW_CONDITION_CLASS[condition]}">{condition}</span>
      <span aria-hidden="true">&middot;</span>
      <span class="listing-card__format">{fmt}</span>
    </p>
    <p class="listing-card__price">{was}<strong>{_gbp(price)}</strong> {reduced}
      <small class="listing-card__postage">+ {_gbp(postage)} postage</small>
    </p>
    <p class="listing-card__seller">Sold by <a href="/users/{seller}" data-turbo-frame="_top">{seller}</a> &middot; {esc(town)}</p>
    <button type="button" class="listing-card__save" data-action="wishlist#toggle" data-wishlist-target="button" aria-pressed="false">
      <svg class="icon" aria-hidden="true" width="16" height="16"><use href="/assets/icons-5b1f0c9e.svg#heart"></use></svg>
      <span class="visually-hidden">Save {esc(title)}</span>
    </button>
  </div>
</article>"""


def _will_paginate(number: int, total: int) -> str:
    """will_paginate 4.0's default ActionView LinkRenderer output (elements joined by a space)."""

    def href(page: int) -> str:
        return f"/listings?page={page}"

    parts: list[str] = []
    if number > 1:
        parts.append(
            f'<a class="previous_page" aria-label="Previous page" rel="prev" href="{href(number - 1)}">&#8592; Previous</a>'
        )
    else:
        parts.append('<span class="previous_page disabled" aria-label="Previous page">&#8592; Previous</span>')
    for page in range(1, total + 1):
        if page == number:
            parts.append(f'<em class="current" aria-label="Page {page}" aria-current="page">{page}</em>')
        else:
            rel = ' rel="prev"' if page == number - 1 else ' rel="next"' if page == number + 1 else ""
            parts.append(f'<a aria-label="Page {page}"{rel} href="{href(page)}">{page}</a>')
    if number < total:
        parts.append(
            f'<a class="next_page" aria-label="Next page" rel="next" href="{href(number + 1)}">Next &#8594;</a>'
        )
    else:
        parts.append('<span class="next_page disabled" aria-label="Next page">Next &#8594;</span>')
    return f'<div class="pagination" role="navigation" aria-label="Pagination">{" ".join(parts)}</div>'


def _sw_page(
    number: int,
    total: int,
    listings: list[tuple[int, str, str | None, str, str, float, float | None, float, str, str]],
    first: int,
    count: int,
) -> str:
    cards = "\n".join(_sw_card(listing, featured=number == 1 and index == 0) for index, listing in enumerate(listings))
    last = first + len(listings) - 1
    entries = f"Displaying listings <b>{first}&nbsp;-&nbsp;{last}</b> of <b>{count}</b> in total"
    flash = (
        """<div id="flash" class="flash-container">
      <div class="flash flash--notice" role="status" data-controller="flash" data-action="animationend->flash#remove">Welcome! Browse freely &mdash; you only need an account to buy or sell.</div>
    </div>"""
        if number == 1
        else '<div id="flash" class="flash-container"></div>'
    )
    conditions = "\n".join(
        f'          <li><label><input type="checkbox" name="condition[]" value="{SW_CONDITION_CLASS[c]}" data-action="filters#submit"> {c} <span class="count">({sum(1 for x in SW_LISTINGS if x[3] == c)})</span></label></li>'
        for c in SW_CONDITION_CLASS
    )
    return f"""<!DOCTYPE html>
<html lang="en-GB">
  <head>
    <title>Second-hand books for sale{"" if number == 1 else f" – page {number}"} | ShelfSwap</title>
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <meta name="csrf-param" content="authenticity_token" />
<meta name="csrf-token" content="Zk3n1XbQ0v8yLr2M9tWc4PqFh7JsA6dEoUiGx5KmNzYl_BwTeCgRjVp-HaSfD0q9uXIE2yOb8nL4tWcMkQ1Z7g" />
    <meta name="turbo-prefetch" content="true">
    <meta name="view-transition" content="same-origin">
    <link rel="stylesheet" href="/assets/application-8f3c1d2e.css" data-turbo-track="reload" />
    <script type="importmap" data-turbo-track="reload">{{
  "imports": {{
    "application": "/assets/application-2b7e9a41.js",
    "@hotwired/turbo-rails": "/assets/turbo.min-c85b4c5f.js",
    "@hotwired/stimulus": "/assets/stimulus.min-dd364f16.js",
    "@hotwired/stimulus-loading": "/assets/stimulus-loading-3576ce92.js",
    "controllers/application": "/assets/controllers/application-368d9887.js",
    "controllers/flash_controller": "/assets/controllers/flash_controller-0e2c7a11.js",
    "controllers/wishlist_controller": "/assets/controllers/wishlist_controller-71fa03bd.js",
    "controllers/filters_controller": "/assets/controllers/filters_controller-9d4b2c60.js"
  }}
}}</script>
<link rel="modulepreload" href="/assets/application-2b7e9a41.js">
<link rel="modulepreload" href="/assets/turbo.min-c85b4c5f.js">
<link rel="modulepreload" href="/assets/stimulus.min-dd364f16.js">
<script type="module">import "application"</script>
  </head>

  <body data-controller="navigation" class="page page--listings">
    <header class="site-header">
      <a href="/" class="site-header__logo"><img src="/assets/shelfswap-logo-3e0a9b2f.svg" alt="ShelfSwap" width="140" height="32"></a>
      <form class="site-search" action="/listings" accept-charset="UTF-8" method="get" data-turbo-frame="listings" data-controller="search" data-action="input->search#debounce">
        <label for="q" class="visually-hidden">Search books</label>
        <input type="search" name="q" id="q" placeholder="Title, author or ISBN" autocomplete="off" data-search-target="input" />
        <button type="submit">Search</button>
      </form>
      <nav class="site-header__nav">
        <a href="/listings/new" data-turbo-frame="_top">Sell a book</a>
        <a href="/wanted">Wanted</a>
        <a href="/users/sign_in">Log in</a>
        <form class="button_to" method="post" action="/users/sign_up_intent"><button class="btn btn--primary" type="submit">Sign up</button><input type="hidden" name="authenticity_token" value="pQ7x2LmN8cVb4TfR1sKj9HgYw3ZeA0UoDiP6_Fq5nBt" autocomplete="off" /></form>
      </nav>
    </header>
    {flash}
    <main class="layout layout--sidebar">
      <aside class="filters" data-controller="filters">
        <form action="/listings" accept-charset="UTF-8" method="get" data-filters-target="form" data-turbo-frame="listings">
        <h2 class="filters__heading">Condition</h2>
        <ul class="filters__list">
{conditions}
        </ul>
        <h2 class="filters__heading">Format</h2>
        <ul class="filters__list">
          <li><label><input type="checkbox" name="format[]" value="paperback" data-action="filters#submit"> Paperback</label></li>
          <li><label><input type="checkbox" name="format[]" value="hardback" data-action="filters#submit"> Hardback</label></li>
          <li><label><input type="checkbox" name="format[]" value="map" data-action="filters#submit"> Maps &amp; guides</label></li>
        </ul>
        <h2 class="filters__heading">Price</h2>
        <p><input type="number" name="min_price" placeholder="£ min" step="0.5"> – <input type="number" name="max_price" placeholder="£ max" step="0.5"></p>
        <button type="submit" class="btn">Apply</button>
        </form>
        <section class="wanted-teaser">
          <h2>Looking for something?</h2>
          <p>Post a <a href="/wanted/new">Wanted</a> ad and we'll email you when a copy is listed.</p>
        </section>
      </aside>

      <turbo-frame id="listings" data-turbo-action="advance" target="_top">
        <div class="results-header">
          <h1>Books for sale</h1>
          <p class="page-entries">{entries}</p>
          <form action="/listings" method="get" class="sort-form" data-controller="auto-submit">
            <label for="sort">Sort by</label>
            <select name="sort" id="sort" data-action="auto-submit#submit"><option selected="selected" value="newest">Newest first</option>
<option value="price_asc">Price: low to high</option>
<option value="price_desc">Price: high to low</option></select>
          </form>
        </div>
        <div class="listing-grid" id="listings_grid">
{cards}
        </div>
        <div class="pagination-wrapper">
          {_will_paginate(number, total)}
        </div>
      </turbo-frame>
    </main>
    <footer class="site-footer">
      <nav>
        <a href="/about">About ShelfSwap</a>
        <a href="/help/selling">Selling guide</a>
        <a href="/help/postage">Postage &amp; packing</a>
        <a href="/terms">Terms</a>
        <a href="/privacy">Privacy</a>
      </nav>
      <p>ShelfSwap Ltd &middot; Registered in England &amp; Wales no. 14182273 &middot; Books find new shelves since 2021.</p>
    </footer>
  </body>
</html>"""


@twentysecond_a
def build_shelfswap() -> None:
    s = Site(
        "shelfswap",
        kind="used-books marketplace (Rails 7.1 + Turbo/Stimulus: turbo-frame results, data-controller / data-action hooks, article.listing-card#listing_N cards, '£4.50' with struck originals, a Featured card on page 1; will_paginate 4's div.pagination: span.previous_page.disabled '← Previous', em.current, a[rel=next], a.next_page[rel=next] 'Next →' over /listings?page=N)",
        start="listings",
        description="A used-books marketplace on Rails 7.1 (2024–25): importmap tags (script type=importmap data-turbo-track=reload, modulepreload links, import 'application'), csrf-param / csrf-token metas, turbo-prefetch; a header with a GET search form targeting the turbo-frame, Sell / Wanted / Log in links and a button_to Sign up form with an authenticity_token; a flash partial (a notice on page 1, empty after); a filters sidebar (Stimulus filters controller: condition checkboxes with counts, formats, a price range) and a 'Wanted' teaser; turbo-frame#listings[data-turbo-action=advance] holding h1 'Books for sale', will_paginate's page_entries_info 'Displaying listings <b>11&nbsp;-&nbsp;20</b> of <b>27</b> in total', a sort select, then div.listing-grid of article.listing-card#listing_<id> (data-controller=wishlist): a cover link (Active Storage proxy URL), h3.listing-card__title > a to /listings/<id>-<slug> (data-turbo-frame=_top), p.listing-card__author 'by Kazuo Ishiguro' (missing on an anthology and a map), a meta line with span.condition.condition--good 'Good' · span.listing-card__format 'Paperback', the price as number_to_currency '£4.50' in strong, after a del '£6.00' and before a 'Reduced' badge on reduced books, '+ £2.80 postage', 'Sold by <a>seller</a> · Town', a wishlist button with a hidden 'Save <title>'; on page 1 only, the first card is promoted: listing-card--featured with a 'Featured' ribbon; will_paginate 4.0's default LinkRenderer: div.pagination[role=navigation][aria-label=Pagination] of span.previous_page.disabled '← Previous' on page 1 (a.previous_page[rel=prev] after), numbered a[aria-label='Page N'] with rel=prev / rel=next on the neighbours, em.current[aria-current=page], a.next_page[rel=next] 'Next →' (span.next_page.disabled on the last page), links /listings?page=N (page 1 linked as ?page=1 and served there again). 10 + 10 + 7 listings. Written down: title, url, author, condition, format, price, currency, original_price (reduced books), seller, location.",
    )
    pages = chunks(SW_LISTINGS, [10, 10, 7])
    first = 1
    for number, listings in enumerate(pages, 1):
        text = _sw_page(number, len(pages), listings, first, len(SW_LISTINGS))
        first += len(listings)
        if number == 1:
            s.list_page("listings/index.html", text)
            s.write("listings@page=1", text)
        else:
            s.list_page(f"listings@page={number}", text)
    for listing in SW_LISTINGS:
        _ident, title, author, condition, fmt, price, original, _postage, seller, town = listing
        s.expect(
            {
                "title": title,
                "url": _sw_url(listing),
                "author": author,
                "condition": condition,
                "format": fmt,
                "price": price,
                "currency": "GBP",
                "original_price": original,
                "seller": seller,
                "location": town,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# remotelane: Laravel 11 + Tailwind, the framework's tailwind.blade.php paginator.
# ---------------------------------------------------------------------------------------------------

#: (id, title, company, location, job type, salary or None, tags, ISO moment, shown age).
RL_JOBS: list[tuple[int, str, str, str, str, str | None, list[str], str, str]] = [
    (
        1432,
        "Senior Laravel Developer",
        "Parcelwise",
        "Europe only",
        "Full-time",
        "€70k – €90k",
        ["PHP", "Laravel", "MySQL"],
        "2025-03-12T09:14:00Z",
        "2 days ago",
    ),
    (
        1429,
        "Staff Product Designer",
        "Loomly Health",
        "Worldwide",
        "Full-time",
        "$140k – $170k",
        ["Figma", "Design systems"],
        "2025-03-11T15:40:00Z",
        "3 days ago",
    ),
    (
        1441,
        "Backend Engineer (Go)",
        "Tidewater Analytics",
        "UTC-5 to UTC+1",
        "Full-time",
        "$110k – $135k",
        ["Go", "PostgreSQL", "Kubernetes"],
        "2025-03-14T08:02:00Z",
        "5 hours ago",
    ),
    (
        1440,
        "Customer Success Manager",
        "Shiftboard",
        "United Kingdom",
        "Full-time",
        "£45k – £55k",
        ["SaaS", "Support"],
        "2025-03-14T06:30:00Z",
        "7 hours ago",
    ),
    (
        1438,
        "Frontend Engineer, Vue",
        "Kettle & Crane",
        "Europe only",
        "Contract",
        "€450 – €550 / day",
        ["Vue", "TypeScript", "Tailwind CSS"],
        "2025-03-13T17:12:00Z",
        "20 hours ago",
    ),
    (
        1437,
        "Technical Writer",
        "Hexlet Docs",
        "Worldwide",
        "Part-time",
        None,
        ["Documentation", "API"],
        "2025-03-13T11:45:00Z",
        "1 day ago",
    ),
    (
        1435,
        "DevOps Engineer",
        "Bramble Cloud",
        "Americas",
        "Full-time",
        "$120k – $150k",
        ["AWS", "Terraform", "CI/CD"],
        "2025-03-13T09:20:00Z",
        "1 day ago",
    ),
    (
        1434,
        "Full-Stack Developer (Laravel + Livewire)",
        "Tillpoint",
        "UTC±3",
        "Full-time",
        "€55k – €70k",
        ["PHP", "Laravel", "Livewire"],
        "2025-03-12T16:05:00Z",
        "2 days ago",
    ),
    (
        1431,
        "Data Analyst",
        "Quarry Labs",
        "United States",
        "Full-time",
        "$85k – $100k",
        ["SQL", "dbt", "Looker"],
        "2025-03-12T08:50:00Z",
        "2 days ago",
    ),
    (
        1428,
        "Engineering Manager, Platform",
        "Loomly Health",
        "Worldwide",
        "Full-time",
        "$180k – $210k",
        ["Leadership", "Platform"],
        "2025-03-11T13:00:00Z",
        "3 days ago",
    ),
    (
        1426,
        "iOS Developer",
        "Wayfarer Maps",
        "Europe only",
        "Full-time",
        None,
        ["Swift", "SwiftUI"],
        "2025-03-11T07:35:00Z",
        "3 days ago",
    ),
    (
        1425,
        "Support Engineer (Weekends)",
        "Shiftboard",
        "Worldwide",
        "Part-time",
        "£24 / hour",
        ["Support", "Linux"],
        "2025-03-10T18:22:00Z",
        "4 days ago",
    ),
    (
        1423,
        "Machine Learning Engineer",
        "Nimbus Retail",
        "Canada",
        "Full-time",
        "CA$150k – CA$175k",
        ["Python", "PyTorch", "MLOps"],
        "2025-03-10T10:10:00Z",
        "4 days ago",
    ),
    (
        1420,
        "Senior Rails Engineer",
        "Pebble Payroll",
        "UTC-8 to UTC-3",
        "Full-time",
        "$150k – $175k",
        ["Ruby", "Rails", "PostgreSQL"],
        "2025-03-09T14:48:00Z",
        "5 days ago",
    ),
    (
        1418,
        "Growth Marketer",
        "Kettle & Crane",
        "Europe only",
        "Contract",
        None,
        ["SEO", "Content"],
        "2025-03-08T09:00:00Z",
        "6 days ago",
    ),
    (
        1417,
        "QA Automation Engineer",
        "Tillpoint",
        "Worldwide",
        "Full-time",
        "€45k – €60k",
        ["Playwright", "TypeScript"],
        "2025-03-07T12:30:00Z",
        "1 week ago",
    ),
    (
        1415,
        "Site Reliability Engineer",
        "Bramble Cloud",
        "Europe only",
        "Full-time",
        "€85k – €105k",
        ["Kubernetes", "Prometheus", "Go"],
        "2025-03-07T08:15:00Z",
        "1 week ago",
    ),
    (
        1412,
        "Product Manager, Billing",
        "Pebble Payroll",
        "Americas",
        "Full-time",
        "$140k – $160k",
        ["Product", "Payments"],
        "2025-03-06T16:40:00Z",
        "1 week ago",
    ),
    (
        1410,
        "Junior PHP Developer",
        "Parcelwise",
        "Portugal",
        "Full-time",
        "€28k – €34k",
        ["PHP", "Symfony"],
        "2025-03-06T09:05:00Z",
        "1 week ago",
    ),
    (
        1408,
        "Security Engineer",
        "Quarry Labs",
        "United States",
        "Full-time",
        "$160k – $190k",
        ["AppSec", "Cloud security"],
        "2025-03-05T13:25:00Z",
        "1 week ago",
    ),
    (
        1405,
        "Content Designer",
        "Wayfarer Maps",
        "United Kingdom",
        "Freelance",
        "£350 / day",
        ["UX writing"],
        "2025-03-04T10:00:00Z",
        "1 week ago",
    ),
    (
        1402,
        "Senior Data Engineer",
        "Nimbus Retail",
        "UTC-5 to UTC+1",
        "Full-time",
        "$130k – $155k",
        ["Python", "Airflow", "Snowflake"],
        "2025-03-03T08:45:00Z",
        "1 week ago",
    ),
    (
        1399,
        "Developer Advocate",
        "Hexlet Docs",
        "Worldwide",
        "Full-time",
        None,
        ["DevRel", "JavaScript"],
        "2025-03-01T11:11:00Z",
        "1 week ago",
    ),
    (
        1396,
        "Android Engineer",
        "Wayfarer Maps",
        "Europe only",
        "Full-time",
        "€65k – €80k",
        ["Kotlin", "Jetpack Compose"],
        "2025-02-28T15:00:00Z",
        "2 weeks ago",
    ),
    (
        1394,
        "Head of Operations",
        "Shiftboard",
        "United Kingdom",
        "Full-time",
        "£70k – £85k",
        ["Operations"],
        "2025-02-27T09:30:00Z",
        "2 weeks ago",
    ),
    (
        1391,
        "Laravel Developer (Filament)",
        "Kettle & Crane",
        "Europe only",
        "Contract",
        "€400 – €500 / day",
        ["PHP", "Laravel", "Filament"],
        "2025-02-26T10:20:00Z",
        "2 weeks ago",
    ),
    (
        1388,
        "Solutions Engineer",
        "Tidewater Analytics",
        "Americas",
        "Full-time",
        "$120k – $140k + commission",
        ["Sales engineering", "SQL"],
        "2025-02-25T14:05:00Z",
        "2 weeks ago",
    ),
    (
        1385,
        "Accessibility Specialist",
        "Loomly Health",
        "Worldwide",
        "Part-time",
        None,
        ["WCAG", "Audit"],
        "2025-02-24T08:00:00Z",
        "2 weeks ago",
    ),
    (
        1383,
        "Billing Support Specialist",
        "Pebble Payroll",
        "Philippines",
        "Full-time",
        "$1,800 / month",
        ["Support", "Billing"],
        "2025-02-21T03:40:00Z",
        "3 weeks ago",
    ),
    (
        1380,
        "Principal Engineer",
        "Quarry Labs",
        "United States",
        "Full-time",
        "$210k – $240k",
        ["Architecture", "Python"],
        "2025-02-20T17:55:00Z",
        "3 weeks ago",
    ),
]
RL_FEATURED = 2
RL_PER_PAGE = 10

SVG_PREV = '<path fill-rule="evenodd" d="M12.707 5.293a1 1 0 010 1.414L9.414 10l3.293 3.293a1 1 0 01-1.414 1.414l-4-4a1 1 0 010-1.414l4-4a1 1 0 011.414 0z" clip-rule="evenodd" />'
SVG_NEXT = '<path fill-rule="evenodd" d="M7.293 14.707a1 1 0 010-1.414L10.586 10 7.293 6.707a1 1 0 011.414-1.414l4 4a1 1 0 010 1.414l-4 4a1 1 0 01-1.414 0z" clip-rule="evenodd" />'


def _rl_url(job: tuple[int, str, str, str, str, str | None, list[str], str, str]) -> str:
    return f"/jobs/{slug(job[1])}-{slug(job[2])}-{job[0]}"


def _rl_job(job: tuple[int, str, str, str, str, str | None, list[str], str, str], *, featured: bool) -> str:
    ident, title, company, location, job_type, salary, tags, moment, age = job
    li_class = (
        "relative flex justify-between gap-x-6 px-4 py-5 bg-amber-50 ring-2 ring-inset ring-amber-300 hover:bg-amber-100 sm:px-6"
        if featured
        else "relative flex justify-between gap-x-6 px-4 py-5 hover:bg-gray-50 sm:px-6"
    )
    badge = (
        '\n\t\t\t\t<span class="ml-2 inline-flex items-center rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-800 ring-1 ring-inset ring-amber-600/20">Featured</span>'
        if featured
        else ""
    )
    salary_html = (
        f"""
				<span class="inline-flex items-center gap-1"><svg class="h-4 w-4 text-gray-400" viewBox="0 0 20 20" fill="currentColor" aria-hidden="true"><path d="M10.75 10.818v2.614A3.13 3.13 0 0011.888 13c.482-.315.612-.648.612-.875 0-.227-.13-.56-.612-.875a3.13 3.13 0 00-1.138-.432z" /></svg>{esc(salary)}</span>"""
        if salary
        else ""
    )
    chips = "\n".join(
        f'\t\t\t\t<span class="inline-flex items-center rounded-md bg-gray-50 px-2 py-1 text-xs font-medium text-gray-600 ring-1 ring-inset ring-gray-500/10">{esc(tag)}</span>'
        for tag in tags
    )
    return f"""	<li class="{li_class}" wire:key="job-{ident}">
		<div class="flex min-w-0 gap-x-4">
			<img class="h-12 w-12 flex-none rounded-md bg-gray-50 object-contain" src="/storage/logos/{slug(company)}.png" alt="{esc(company)} logo" loading="lazy">
			<div class="min-w-0 flex-auto">
				<p class="text-sm leading-6 text-gray-500">{esc(company)}</p>
				<h3 class="text-base font-semibold leading-6 text-gray-900">
					<a href="{_rl_url(job)}"><span class="absolute inset-x-0 -top-px bottom-0"></span>{esc(title)}</a>{badge}
				</h3>
				<div class="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs leading-5 text-gray-500">
				<span class="inline-flex items-center gap-1"><svg class="h-4 w-4 text-gray-400" viewBox="0 0 20 20" fill="currentColor" aria-hidden="true"><path fill-rule="evenodd" d="M9.69 18.933l.003.001C9.89 19.02 10 19 10 19s.11.02.308-.066l.002-.001.006-.003.018-.008a5.741 5.741 0 00.281-.14c.186-.096.446-.24.757-.433.62-.384 1.445-.966 2.274-1.765C15.302 14.988 17 12.493 17 9A7 7 0 103 9c0 3.492 1.698 5.988 3.355 7.584a13.731 13.731 0 002.273 1.765 11.842 11.842 0 00.976.544l.062.029.018.008.006.003zM10 11.25a2.25 2.25 0 100-4.5 2.25 2.25 0 000 4.5z" clip-rule="evenodd" /></svg>{esc(location)}</span>
				<span class="inline-flex items-center gap-1"><svg class="h-4 w-4 text-gray-400" viewBox="0 0 20 20" fill="currentColor" aria-hidden="true"><path fill-rule="evenodd" d="M6 3.75A2.75 2.75 0 018.75 1h2.5A2.75 2.75 0 0114 3.75v.443c.572.055 1.14.122 1.706.2C17.053 4.582 18 5.75 18 7.07v3.469c0 1.126-.694 2.191-1.83 2.54-1.952.599-4.024.921-6.17.921s-4.219-.322-6.17-.921C2.694 12.73 2 11.665 2 10.539V7.07c0-1.321.947-2.489 2.294-2.676A41.047 41.047 0 016 4.193V3.75z" clip-rule="evenodd" /></svg>{esc(job_type)}</span>{salary_html}
				</div>
				<div class="mt-2 flex flex-wrap gap-1">
{chips}
				</div>
			</div>
		</div>
		<div class="hidden shrink-0 sm:flex sm:flex-col sm:items-end">
			<p class="text-xs leading-5 text-gray-500"><time datetime="{moment}">{age}</time></p>
			<button type="button" class="relative z-10 mt-2 text-xs font-medium text-indigo-600 hover:text-indigo-500" x-data="{{ saved: false }}" x-on:click="saved = !saved" x-text="saved ? 'Saved' : 'Save'">Save</button>
		</div>
	</li>"""


def _laravel_tailwind_pager(number: int, total_pages: int, first: int, last: int, total: int) -> str:
    """Laravel 11's resources/views/vendor/pagination/tailwind.blade.php as it renders (lang/en/pagination.php)."""

    def href(page: int) -> str:
        return f"/jobs?page={page}"

    prev_label = "&amp;laquo; Previous"  # {{ __('pagination.previous') }}: Blade escapes the entity again
    next_label = "Next &amp;raquo;"
    if number == 1:
        small_prev = """<span class="relative inline-flex items-center px-4 py-2 text-sm font-medium text-gray-500 bg-white border border-gray-300 cursor-default leading-5 rounded-md dark:text-gray-600 dark:bg-gray-800 dark:border-gray-600">
                    &laquo; Previous
                </span>"""
        big_prev = f"""<span aria-disabled="true" aria-label="{prev_label}">
                        <span class="relative inline-flex items-center px-2 py-2 text-sm font-medium text-gray-500 bg-white border border-gray-300 cursor-default rounded-l-md leading-5 dark:bg-gray-800 dark:border-gray-600" aria-hidden="true">
                            <svg class="w-5 h-5" fill="currentColor" viewBox="0 0 20 20">
                                {SVG_PREV}
                            </svg>
                        </span>
                    </span>"""
    else:
        small_prev = f"""<a href="{href(number - 1)}" class="relative inline-flex items-center px-4 py-2 text-sm font-medium text-gray-700 bg-white border border-gray-300 leading-5 rounded-md hover:text-gray-500 focus:outline-none focus:ring ring-gray-300 focus:border-blue-300 active:bg-gray-100 active:text-gray-700 transition ease-in-out duration-150 dark:bg-gray-800 dark:border-gray-600 dark:text-gray-300 dark:focus:border-blue-700 dark:active:bg-gray-700 dark:active:text-gray-300">
                    &laquo; Previous
                </a>"""
        big_prev = f"""<a href="{href(number - 1)}" rel="prev" class="relative inline-flex items-center px-2 py-2 text-sm font-medium text-gray-500 bg-white border border-gray-300 rounded-l-md leading-5 hover:text-gray-400 focus:z-10 focus:outline-none focus:ring ring-gray-300 focus:border-blue-300 active:bg-gray-100 active:text-gray-500 transition ease-in-out duration-150 dark:bg-gray-800 dark:border-gray-600 dark:active:bg-gray-700 dark:focus:border-blue-800" aria-label="{prev_label}">
                        <svg class="w-5 h-5" fill="currentColor" viewBox="0 0 20 20">
                            {SVG_PREV}
                        </svg>
                    </a>"""
    if number < total_pages:
        small_next = f"""<a href="{href(number + 1)}" class="relative inline-flex items-center px-4 py-2 ml-3 text-sm font-medium text-gray-700 bg-white border border-gray-300 leading-5 rounded-md hover:text-gray-500 focus:outline-none focus:ring ring-gray-300 focus:border-blue-300 active:bg-gray-100 active:text-gray-700 transition ease-in-out duration-150 dark:bg-gray-800 dark:border-gray-600 dark:text-gray-300 dark:focus:border-blue-700 dark:active:bg-gray-700 dark:active:text-gray-300">
                    Next &raquo;
                </a>"""
        big_next = f"""<a href="{href(number + 1)}" rel="next" class="relative inline-flex items-center px-2 py-2 -ml-px text-sm font-medium text-gray-500 bg-white border border-gray-300 rounded-r-md leading-5 hover:text-gray-400 focus:z-10 focus:outline-none focus:ring ring-gray-300 focus:border-blue-300 active:bg-gray-100 active:text-gray-500 transition ease-in-out duration-150 dark:bg-gray-800 dark:border-gray-600 dark:active:bg-gray-700 dark:focus:border-blue-800" aria-label="{next_label}">
                        <svg class="w-5 h-5" fill="currentColor" viewBox="0 0 20 20">
                            {SVG_NEXT}
                        </svg>
                    </a>"""
    else:
        small_next = """<span class="relative inline-flex items-center px-4 py-2 ml-3 text-sm font-medium text-gray-500 bg-white border border-gray-300 cursor-default leading-5 rounded-md dark:text-gray-600 dark:bg-gray-800 dark:border-gray-600">
                    Next &raquo;
                </span>"""
        big_next = f"""<span aria-disabled="true" aria-label="{next_label}">
                        <span class="relative inline-flex items-center px-2 py-2 -ml-px text-sm font-medium text-gray-500 bg-white border border-gray-300 cursor-default rounded-r-md leading-5 dark:bg-gray-800 dark:border-gray-600" aria-hidden="true">
                            <svg class="w-5 h-5" fill="currentColor" viewBox="0 0 20 20">
                                {SVG_NEXT}
                            </svg>
                        </span>
                    </span>"""
    numbers: list[str] = []
    for page in range(1, total_pages + 1):
        if page == number:
            numbers.append(f"""<span aria-current="page">
                                    <span class="relative inline-flex items-center px-4 py-2 -ml-px text-sm font-medium text-gray-500 bg-white border border-gray-300 cursor-default leading-5 dark:bg-gray-800 dark:border-gray-600">{page}</span>
                                </span>""")
        else:
            numbers.append(f"""<a href="{href(page)}" class="relative inline-flex items-center px-4 py-2 -ml-px text-sm font-medium text-gray-700 bg-white border border-gray-300 leading-5 hover:text-gray-500 focus:z-10 focus:outline-none focus:ring ring-gray-300 focus:border-blue-300 active:bg-gray-100 active:text-gray-700 transition ease-in-out duration-150 dark:bg-gray-800 dark:border-gray-600 dark:text-gray-400 dark:hover:text-gray-300 dark:active:bg-gray-700 dark:focus:border-blue-800" aria-label="Go to page {page}">
                                        {page}
                                    </a>""")
    number_html = "\n                                            ".join(numbers)
    return f"""<nav role="navigation" aria-label="Pagination Navigation" class="flex items-center justify-between">
            <div class="flex justify-between flex-1 sm:hidden">
                {small_prev}

                {small_next}
            </div>

            <div class="hidden sm:flex-1 sm:flex sm:items-center sm:justify-between">
                <div>
                    <p class="text-sm text-gray-700 leading-5 dark:text-gray-400">
                        Showing
                                                    <span class="font-medium">{first}</span>
                            to
                            <span class="font-medium">{last}</span>
                                                of
                        <span class="font-medium">{total}</span>
                        results
                    </p>
                </div>

                <div>
                    <span class="relative z-0 inline-flex rtl:flex-row-reverse shadow-sm rounded-md">
                        {big_prev}

                                                                                                                                                    {number_html}

                        {big_next}
                    </span>
                </div>
            </div>
        </nav>"""


def _rl_page(
    number: int,
    total_pages: int,
    featured: list[tuple[int, str, str, str, str, str | None, list[str], str, str]],
    jobs: list[tuple[int, str, str, str, str, str | None, list[str], str, str]],
    first: int,
    total: int,
) -> str:
    featured_html = ""
    if featured:
        items = "\n".join(_rl_job(job, featured=True) for job in featured)
        featured_html = f"""<section aria-labelledby="featured-heading" class="mb-8">
				<h2 id="featured-heading" class="text-sm font-semibold uppercase tracking-wide text-amber-700">Featured jobs</h2>
				<ul role="list" class="mt-3 divide-y divide-amber-200 overflow-hidden rounded-xl bg-white shadow-sm">
{items}
				</ul>
			</section>"""
    rows = "\n".join(_rl_job(job, featured=False) for job in jobs)
    last = first + len(jobs) - 1
    companies = sorted({job[2] for job in RL_JOBS})
    company_options = "".join(f'<option value="{slug(c)}">{esc(c)}</option>' for c in companies)
    return f"""<!DOCTYPE html>
<html lang="en" class="h-full bg-gray-50">
    <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="csrf-token" content="Yx9TqL3mWv0cK8rN2bF5hJ7sD1gP4eA6uZ0oRiQtVnXl">

        <title>Remote jobs{"" if number == 1 else f" - Page {number}"} | RemoteLane</title>
        <meta name="description" content="Hand-checked remote jobs in engineering, design, product and support. New roles every weekday.">
        <link rel="canonical" href="https://remotelane.io/jobs{"" if number == 1 else f"?page={number}"}">

        <link rel="preconnect" href="https://fonts.bunny.net">
        <link href="https://fonts.bunny.net/css?family=inter:400,500,600&display=swap" rel="stylesheet" />

        <link rel="preload" as="style" href="https://remotelane.io/build/assets/app-BqR3v1xT.css" /><link rel="modulepreload" href="https://remotelane.io/build/assets/app-Cz8kP0wL.js" /><link rel="stylesheet" href="https://remotelane.io/build/assets/app-BqR3v1xT.css" data-navigate-track="reload" /><script type="module" src="https://remotelane.io/build/assets/app-Cz8kP0wL.js" data-navigate-track="reload"></script>
    </head>
    <body class="h-full font-sans antialiased">
        <div class="min-h-full" x-data="{{ mobileMenuOpen: false }}">
            <header class="bg-white shadow-sm">
                <nav class="mx-auto flex max-w-7xl items-center justify-between p-4 lg:px-8" aria-label="Global">
                    <a href="/" class="-m-1.5 p-1.5 flex items-center gap-2"><img class="h-8 w-auto" src="/images/logo.svg" alt=""><span class="font-semibold text-gray-900">RemoteLane</span></a>
                    <div class="hidden lg:flex lg:gap-x-8">
                        <a href="/jobs" class="text-sm font-semibold leading-6 text-indigo-600">Jobs</a>
                        <a href="/companies" class="text-sm font-semibold leading-6 text-gray-900">Companies</a>
                        <a href="/salaries" class="text-sm font-semibold leading-6 text-gray-900">Salaries</a>
                        <a href="/blog" class="text-sm font-semibold leading-6 text-gray-900">Blog</a>
                    </div>
                    <div class="flex items-center gap-x-4">
                        <a href="/login" class="text-sm font-semibold leading-6 text-gray-900">Log in</a>
                        <a href="/post-a-job" class="rounded-md bg-indigo-600 px-3 py-2 text-sm font-semibold text-white shadow-sm hover:bg-indigo-500">Post a job &mdash; $299</a>
                        <button type="button" class="lg:hidden" x-on:click="mobileMenuOpen = true"><span class="sr-only">Open main menu</span><svg class="h-6 w-6" fill="none" viewBox="0 0 24 24" stroke-width="1.5" stroke="currentColor" aria-hidden="true"><path stroke-linecap="round" stroke-linejoin="round" d="M3.75 6.75h16.5M3.75 12h16.5m-16.5 5.25h16.5" /></svg></button>
                    </div>
                </nav>
            </header>

            <main class="mx-auto max-w-7xl px-4 py-8 lg:px-8">
                <div class="lg:grid lg:grid-cols-4 lg:gap-x-8">
                    <aside class="hidden lg:block">
                        <form method="GET" action="/jobs" class="space-y-6">
                            <div>
                                <label for="search" class="block text-sm font-medium text-gray-700">Keyword</label>
                                <input type="text" name="search" id="search" value="" class="mt-1 block w-full rounded-md border-gray-300 shadow-sm focus:border-indigo-500 focus:ring-indigo-500 sm:text-sm" placeholder="e.g. Laravel">
                            </div>
                            <fieldset>
                                <legend class="block text-sm font-medium text-gray-700">Job type</legend>
                                <div class="mt-2 space-y-2 text-sm text-gray-600">
                                    <label class="flex items-center gap-2"><input type="checkbox" name="type[]" value="full-time" class="rounded border-gray-300 text-indigo-600"> Full-time</label>
                                    <label class="flex items-center gap-2"><input type="checkbox" name="type[]" value="part-time" class="rounded border-gray-300 text-indigo-600"> Part-time</label>
                                    <label class="flex items-center gap-2"><input type="checkbox" name="type[]" value="contract" class="rounded border-gray-300 text-indigo-600"> Contract</label>
                                    <label class="flex items-center gap-2"><input type="checkbox" name="type[]" value="freelance" class="rounded border-gray-300 text-indigo-600"> Freelance</label>
                                </div>
                            </fieldset>
                            <div>
                                <label for="company" class="block text-sm font-medium text-gray-700">Company</label>
                                <select id="company" name="company" class="mt-1 block w-full rounded-md border-gray-300 py-2 pl-3 pr-10 text-base sm:text-sm"><option value="">Any company</option>{company_options}</select>
                            </div>
                            <button type="submit" class="w-full rounded-md bg-white px-3 py-2 text-sm font-semibold text-gray-900 shadow-sm ring-1 ring-inset ring-gray-300 hover:bg-gray-50">Filter</button>
                        </form>
                        <div class="mt-8 rounded-xl bg-indigo-50 p-4 text-sm text-indigo-900">
                            <h2 class="font-semibold">Get new jobs by email</h2>
                            <form method="POST" action="/newsletter" class="mt-2 flex gap-2" x-data="{{ sending: false }}" x-on:submit="sending = true">
                                <input type="hidden" name="_token" value="Yx9TqL3mWv0cK8rN2bF5hJ7sD1gP4eA6uZ0oRiQtVnXl" autocomplete="off">
                                <input type="email" name="email" required placeholder="you@example.com" class="min-w-0 flex-1 rounded-md border-gray-300 text-sm">
                                <button type="submit" class="rounded-md bg-indigo-600 px-3 py-1.5 font-semibold text-white" x-bind:disabled="sending">Subscribe</button>
                            </form>
                        </div>
                    </aside>

                    <div class="lg:col-span-3">
                        <div class="mb-6 flex items-end justify-between">
                            <div>
                                <h1 class="text-2xl font-bold tracking-tight text-gray-900">Remote jobs</h1>
                                <p class="mt-1 text-sm text-gray-500">{total} open roles from companies that hire remotely by default.</p>
                            </div>
                            <select name="sort" class="rounded-md border-gray-300 text-sm" onchange="window.location = '/jobs?sort=' + this.value" aria-label="Sort jobs"><option value="latest" selected>Latest</option><option value="salary">Highest salary</option></select>
                        </div>

                        {featured_html}

                        <ul role="list" class="divide-y divide-gray-100 overflow-hidden bg-white shadow-sm ring-1 ring-gray-900/5 sm:rounded-xl">
{rows}
                        </ul>

                        <div class="mt-6">
                            {_laravel_tailwind_pager(number, total_pages, first, last, total)}
                        </div>
                    </div>
                </div>
            </main>

            <footer class="mt-12 border-t border-gray-200 bg-white">
                <div class="mx-auto max-w-7xl px-4 py-8 text-sm text-gray-500 lg:px-8 md:flex md:items-center md:justify-between">
                    <nav class="flex flex-wrap gap-x-6"><a href="/about" class="hover:text-gray-900">About</a><a href="/pricing" class="hover:text-gray-900">Pricing</a><a href="/rss" class="hover:text-gray-900">RSS</a><a href="/privacy" class="hover:text-gray-900">Privacy</a><a href="/terms" class="hover:text-gray-900">Terms</a></nav>
                    <p class="mt-4 md:mt-0">&copy; 2025 RemoteLane. Built with Laravel.</p>
                </div>
            </footer>
        </div>

        <div class="js-cookie-consent cookie-consent fixed bottom-0 inset-x-0 pb-2 z-50">
            <div class="max-w-7xl mx-auto px-6">
                <div class="p-4 md:p-2 rounded-lg bg-yellow-100">
                    <div class="flex items-center justify-between flex-wrap">
                        <div class="max-w-full flex-1 items-center md:w-0 md:inline">
                            <p class="md:ml-3 text-black cookie-consent__message">
                                Your experience on this site will be improved by allowing cookies.
                            </p>
                        </div>
                        <div class="mt-2 flex-shrink-0 w-full sm:mt-0 sm:w-auto">
                            <button class="js-cookie-consent-agree cookie-consent__agree cursor-pointer flex items-center justify-center px-4 py-2 rounded-md text-sm font-medium text-yellow-800 bg-yellow-400 hover:bg-yellow-300">
                                Allow cookies
                            </button>
                        </div>
                    </div>
                </div>
            </div>
        </div>

        <script>
            window.laravelCookieConsent = (function () {{
                const COOKIE_VALUE = 1;
                const COOKIE_DOMAIN = 'remotelane.io';
                function consentWithCookies() {{
                    setCookie('laravel_cookie_consent', COOKIE_VALUE, 7300);
                    hideCookieDialog();
                }}
                function cookieExists(name) {{
                    return (document.cookie.split('; ').indexOf(name + '=' + COOKIE_VALUE) !== -1);
                }}
                function hideCookieDialog() {{
                    const dialogs = document.getElementsByClassName('js-cookie-consent');
                    for (let i = 0; i < dialogs.length; ++i) {{
                        dialogs[i].style.display = 'none';
                    }}
                }}
                function setCookie(name, value, expirationInDays) {{
                    const date = new Date();
                    date.setTime(date.getTime() + (expirationInDays * 24 * 60 * 60 * 1000));
                    document.cookie = name + '=' + value
                        + ';expires=' + date.toUTCString()
                        + ';domain=' + COOKIE_DOMAIN
                        + ';path=/'
                        + ';samesite=lax';
                }}
                if (cookieExists('laravel_cookie_consent')) {{
                    hideCookieDialog();
                }}
                const buttons = document.getElementsByClassName('js-cookie-consent-agree');
                for (let i = 0; i < buttons.length; ++i) {{
                    buttons[i].addEventListener('click', consentWithCookies);
                }}
                return {{
                    consentWithCookies: consentWithCookies,
                    hideCookieDialog: hideCookieDialog
                }};
            }})();
        </script>
    </body>
</html>"""


@twentysecond_a
def build_remotelane() -> None:
    s = Site(
        "remotelane",
        kind="remote-jobs board (Laravel 11 + Tailwind: ul[role=list] job rows with an absolute-inset title link, icon + text meta, tag chips, time[datetime] '2 days ago', two Featured jobs on page 1 only; Laravel's tailwind.blade.php paginator: nav[aria-label='Pagination Navigation'] with the small-screen '« Previous' / 'Next »' pair, 'Showing 11 to 20 of 28 results', SVG-only a[rel=prev|next] with aria-label 'Next &amp;raquo;', span[aria-current=page], span[aria-disabled=true] edges, /jobs?page=N)",
        start="jobs",
        description="A remote-jobs board built on Laravel 11 (2024–25): csrf-token meta, Vite build assets, Bunny fonts, Alpine.js x-data / x-on hooks; a header (Jobs / Companies / Salaries / Blog, Log in, 'Post a job — $299'); a filter sidebar (GET form: keyword, job-type checkboxes, company select) and a newsletter POST form with the _token input; h1 'Remote jobs', '28 open roles …', a sort select; on page 1 only a 'Featured jobs' section of two amber-ringed rows with a 'Featured' badge (pinned, outside the paginated count); then ul[role=list] > li rows (wire:key): company logo img, p company, h3 > a to /jobs/<title-slug>-<company-slug>-<id> with an empty span.absolute.inset-x-0 overlay before the title, a meta line of inline-flex spans each led by a heroicon svg (location 'Europe only' / 'UTC-5 to UTC+1', job type, salary '€70k – €90k' / '£24 / hour', missing on five), ring-1 tag chips, a right column with time[datetime=ISO] '2 days ago' / '1 week ago' and an Alpine 'Save' button; Laravel's default paginator view (tailwind.blade.php) exactly as rendered: nav[role=navigation][aria-label='Pagination Navigation'] > a sm:hidden pair ('« Previous' as a span on page 1, 'Next »' as a span on the last page, links otherwise), a hidden sm:flex block with 'Showing <span>11</span> to <span>20</span> of <span>28</span> results' and a shadow-sm group: the previous control (span[aria-disabled=true][aria-label='&amp;laquo; Previous'] around an aria-hidden span with an svg chevron on page 1; a[rel=prev][aria-label='&amp;laquo; Previous'] with only the svg after), page numbers (a[aria-label='Go to page N'], the current one span[aria-current=page] > span), and the next control (a[rel=next][aria-label='Next &amp;raquo;'] with only an svg; span[aria-disabled=true] on the last page); Blade's {{ }} escapes the translation's entity a second time in the aria-labels. Links are /jobs?page=N (page 1 linked as ?page=1, served there again). A spatie/laravel-cookie-consent banner and its script. 2 featured + 10, 10, 8 jobs. Written down: title, url, company, location, job_type, salary (as text), tags (list), date (ISO day of time[datetime]); featured jobs once.",
    )
    featured, regular = RL_JOBS[:RL_FEATURED], RL_JOBS[RL_FEATURED:]
    pages = chunks(regular, [10, 10, 8])
    first = 1
    for number, jobs in enumerate(pages, 1):
        text = _rl_page(number, len(pages), featured if number == 1 else [], jobs, first, len(regular))
        first += len(jobs)
        if number == 1:
            s.list_page("jobs/index.html", text)
            s.write("jobs@page=1", text)
        else:
            s.list_page(f"jobs@page={number}", text)
    for job in RL_JOBS:
        _ident, title, company, location, job_type, salary, tags, moment, _age = job
        s.expect(
            {
                "title": title,
                "url": _rl_url(job),
                "company": company,
                "location": location,
                "job_type": job_type,
                "salary": salary,
                "tags": tags,
                "date": moment[:10],
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in TWENTYSECOND_A.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
