"""Twenty-first wave: the long tail of the small web built with static-site generators, three blog list
pages as the popular themes render them in 2024–25, written and measured before any heuristic was changed
for them.

* **papermod-notes** — a personal tech blog on Hugo with the PaperMod theme: the home list (``/``, then
  ``/page/2/`` and ``/page/3/``; ``/page/1/`` is Hugo's alias page that only refreshes to ``/``). Page 1
  opens with the ``article.first-entry.home-info`` greeting (not a post: an ``h1``, a paragraph and the
  social icons), then ``article.post-entry`` cards: an optional ``figure.entry-cover``,
  ``header.entry-header > h2.entry-hint-parent`` (a "Draft" hint ``span`` with an ``svg`` on one post that
  was published with ``buildDrafts``), ``div.entry-content > p`` holding Hugo's plain summary (cut at 70
  words with "..." on most, a front-matter description on some), ``footer.entry-footer`` reading
  ``<span title='2024-03-03 10:12:00 +0000 UTC'>March 3, 2024</span>&nbsp;·&nbsp;4 min&nbsp;·&nbsp;Author``
  (no reading time where ``ShowReadingTime`` is off, a guest author on a few), and an empty
  ``a.entry-link`` laid over the card with ``aria-label="post link to TITLE"`` — the only link of a card.
  A pinned post (front-matter ``weight``) comes first on page 1 out of date order. Ten posts a page,
  ``footer.page-footer > nav.pagination`` with "« Prev 1/3" / "Next 3/3 »" (``ShowPageNums``), the
  theme toggle, the "Go to Top" link. Written down: title, url, date, summary, reading_time, author.
* **minima-journal** — a Jekyll 4 blog on the Minima 2.5 theme with ``jekyll-paginate`` (v1, so only the
  home page pages, at ``/page2/`` and ``/page3/``): the Jekyll SEO tag block, ``header.site-header`` with
  the site title and the ``nav.site-nav`` hamburger checkbox, ``h2.post-list-heading`` "Posts",
  ``ul.post-list > li`` items of ``span.post-meta`` "Mar 3, 2024", ``h3 > a.post-link`` and, as
  ``show_excerpts`` is on, the post's first paragraph as HTML (inline ``code`` and links in some; a post
  that opens with a photo has only an ``img`` there, so nothing to write down); the forgotten
  "Welcome to Jekyll!" post at ``/jekyll/update/…`` at the very end; Minima's own pager (``ul.pagination``
  with the previous / next page *numbers* as links and "•" edges); ``p.rss-subscribe``; the
  ``footer.site-footer.h-card`` with the contact list, the social list of ``svg.svg-icon`` sprite icons
  and usernames, and the description. Written down: title, url, date, summary (where shown).
* **docusaurus-blog** — an open-source project's blog on Docusaurus 3.5 (``/blog``, ``/blog/page/2``,
  ``/blog/page/3``; links without a trailing slash, so the host redirects to the folder): the navbar
  (brand, Docs / Blog / Community, a version dropdown, GitHub, the colour toggle, the DocSearch button),
  an ``aside`` "Recent posts" sidebar (five titles under a year heading, the same on every page), a
  ``main`` of ``article`` items: ``header > h2 > a``, ``time[datetime]`` + " · " + "7 min read" (React's
  ``<!-- -->`` text separators), one author column per author (avatar ``img`` in a link, name link to
  ``/blog/authors/…`` or GitHub, a ``small.avatar__subtitle`` title; a guest author with no link and no
  avatar), ``div.markdown`` with the content above ``<!-- truncate -->`` (paragraphs, an image, an
  admonition; two short posts have no truncate marker and show their whole body with no "Read more"),
  ``footer`` with "Tags:" and ``ul > li > a.tag`` links and the "Read more" link whose ``aria-label``
  repeats the title; a Blog JSON-LD list of the page's posts; ``nav.pagination-nav`` "Newer entries" /
  "Older entries"; the dark footer of link columns. Written down: title, url, date, authors,
  reading_time, tags, summary (the first paragraph shown).

Run ``uv run python tests/sites/corpus/generate_twentyfirst.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**.
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc, slug

TWENTYFIRST: dict[str, Callable[[], None]] = {}


def twentyfirst(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    TWENTYFIRST[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _long_day(moment: datetime) -> str:
    """``March 3, 2024``."""
    return f"{moment:%B} {moment.day}, {moment.year}"


def _short_day(moment: datetime) -> str:
    """``Mar 3, 2024``."""
    return f"{moment:%b} {moment.day}, {moment.year}"


# ---------------------------------------------------------------------------------------------------
# papermod-notes: Hugo + PaperMod home list.
# ---------------------------------------------------------------------------------------------------

OWNER = "Inês Carvalho"

# (title, "YYYY-MM-DD HH:MM", minutes or None, author or None for the owner, summary, truncated, flags)
PAPERMOD: list[tuple[str, str, int | None, str | None, str, bool, str]] = [
    (
        "Start here: what this blog is about",
        "2023-06-02 09:00",
        2,
        None,
        "Notes on running Linux at home and at work, small Go tools, PostgreSQL tuning and the occasional rant about YAML. If you are new, these five posts are the best place to start.",
        False,
        "pinned",
    ),
    (
        "Moving my homelab from Proxmox to Incus",
        "2025-02-22 18:41",
        9,
        None,
        "After four years on Proxmox VE I moved the three mini PCs under my desk to Incus. This post covers why I switched, how the migration of eleven containers and two VMs went, what broke (networking, of course) and what I would do differently if I had to do it again next weekend. Spoiler: I would write the bridge config first and the",
        True,
        "cover",
    ),
    (
        "pg_stat_statements is the first thing I install",
        "2025-02-09 10:12",
        6,
        None,
        "Every PostgreSQL instance I touch gets pg_stat_statements before anything else. Here is the five-minute setup, the three queries I run against it every Monday, and how it found a 40 ms query that was called two million times a day by a forgotten cron job on a reporting replica nobody remembered we still",
        True,
        "",
    ),
    (
        "A tiny Go CLI for renaming photos by EXIF date",
        "2025-01-26 21:05",
        4,
        None,
        "I wanted my phone photos named 2025-01-26_210512.jpg instead of IMG_4471.jpg. The result is 180 lines of Go with one dependency, and it taught me more about EXIF timezones than I ever wanted to know.",
        False,
        "",
    ),
    (
        "Neovim in 2025: the config I actually use",
        "2025-01-11 08:30",
        12,
        None,
        "Every January I rewrite my Neovim config from scratch. This year it is 300 lines of Lua, lazy.nvim, the built-in LSP client, blink.cmp and exactly four colour schemes I will never switch between. Below is every plugin with one sentence on why it earned its place, plus the keymaps that took me longest to get used to after leaving",
        True,
        "draft",
    ),
    (
        "Year in review: 2024",
        "2024-12-30 16:00",
        5,
        None,
        "Twenty-one posts, one conference talk, a broken wrist and a lot of Postgres. A look back at what I wrote, what people read, and what I want to spend 2025 on.",
        False,
        "",
    ),
    (
        "Why I stopped using Docker Compose profiles",
        "2024-12-14 11:22",
        3,
        None,
        "Compose profiles looked like the clean way to keep optional services in one file. In practice they made every command longer and every teammate confused. Here is what we use instead: two override files and a Makefile with six targets that everyone on the team can read in under a minute without opening the",
        True,
        "",
    ),
    (
        "Reading EXPLAIN ANALYZE without losing your mind",
        "2024-11-30 09:47",
        14,
        None,
        "EXPLAIN ANALYZE output looks like a wall of numbers until you know which three to read first. This is the walkthrough I give every new backend developer on my team: actual rows against estimated rows, loops, and where the time really goes. We use a real slow query from our billing service and fix it in four",
        True,
        "cover",
    ),
    (
        "Guest post: backups nobody tests are not backups",
        "2024-11-16 14:05",
        7,
        "Tomás Reyes",
        "My friend Tomás runs infrastructure for a small hospital network. He wrote up how they moved from nightly dumps that nobody had ever restored to weekly automated restore drills with pgBackRest, and what the first drill revealed about their retention settings.",
        False,
        "",
    ),
    (
        "Systemd timers are better than cron (for me)",
        "2024-11-02 19:30",
        5,
        None,
        "I finally replaced the last crontab on my servers with systemd timers. Logging through journald, randomised delays, and OnCalendar expressions that I can actually test with systemd-analyze calendar before trusting them with anything that matters. The one thing I miss from cron is how short the file was, and even that",
        True,
        "",
    ),
    (
        "Notes from PGConf.EU 2024 in Athens",
        "2024-10-27 12:00",
        8,
        None,
        "Three days, forty-odd talks, too much coffee. My notes on the sessions about logical replication, the new incremental backup in PostgreSQL 17, and the hallway track where I learned more than in any of the talks I had planned to see on the first",
        True,
        "cover",
    ),
    (
        "Make your shell history useful with atuin",
        "2024-10-12 20:15",
        3,
        None,
        "Atuin stores shell history in SQLite and syncs it, encrypted, between machines. Two months in, it is the tool I miss first on a new laptop.",
        False,
        "",
    ),
    (
        "The 40-line Makefile I copy into every project",
        "2024-09-28 10:02",
        None,
        None,
        "Every repository I start gets the same Makefile: help target, lint, test, a dev server and a clean target that does not delete anything it should not. Here it is, line by line.",
        False,
        "",
    ),
    (
        "Debugging a DNS problem that was actually MTU",
        "2024-09-14 22:48",
        10,
        None,
        "It is always DNS, except when it is the MTU on a WireGuard tunnel that silently drops every response bigger than 1,380 bytes, which happens to be every DNSSEC-signed answer for one particular domain our payment provider uses. Here is how we found it with tcpdump, two laptops and a lot of patience on a Friday",
        True,
        "",
    ),
    (
        "Go generics, two years later",
        "2024-08-31 09:15",
        6,
        None,
        "When Go 1.18 shipped generics I expected to use them everywhere. Two years later our codebase has exactly nine generic functions. Here is where they paid off and where an interface or a bit of copy-paste was simply the better",
        True,
        "",
    ),
    (
        "Self-hosting Miniflux on a 4 euro VPS",
        "2024-08-17 17:40",
        4,
        None,
        "Miniflux is a minimalist feed reader written in Go that runs happily in 30 MB of RAM. My setup with Caddy, a managed Postgres I already had, and automatic updates.",
        False,
        "cover",
    ),
    (
        "Partial indexes saved our queue table",
        "2024-08-03 08:55",
        7,
        None,
        "Our jobs table had 90 million rows and 200 of them were ever pending at once. A partial index on the pending rows took the dequeue query from 800 ms to under a millisecond, and vacuum stopped being a weekly",
        True,
        "",
    ),
    (
        "Lessons from my first conference talk",
        "2024-07-20 13:30",
        5,
        None,
        "I gave my first talk at a local Go meetup in June. What I got wrong in the slides, what I would rehearse differently, and why nobody noticed the demo failing.",
        False,
        "",
    ),
    (
        "A sane ~/.ssh/config for many servers",
        "2024-07-06 21:10",
        3,
        None,
        "Host patterns, ProxyJump, ControlMaster and IdentitiesOnly: the four things that turned my SSH config from a mess into something I can actually share with new colleagues on their first day without an apology or a",
        True,
        "",
    ),
    (
        "Guest post: what I learned maintaining a Hugo theme",
        "2024-06-22 10:00",
        9,
        "Priya Raman",
        "Priya has maintained a popular Hugo theme for three years. She writes about semantic versioning for templates, the issues that never stop coming, and saying no kindly.",
        False,
        "",
    ),
    (
        "Ten years of Linux on the desktop",
        "2024-06-08 15:25",
        11,
        None,
        "My first Linux desktop was Ubuntu 14.04 on a ThinkPad X220 with a battery that lasted 40 minutes. A decade of distros, desktop environments and the laptop that finally just worked out of the box, suspend and all, in",
        True,
        "cover",
    ),
    (
        "Checking TLS certificates before they expire",
        "2024-05-25 09:40",
        2,
        None,
        "A twelve-line shell script, one systemd timer and an ntfy topic. It has warned me about three expiring certificates this year.",
        False,
        "",
    ),
    (
        "UUIDv7 primary keys in PostgreSQL",
        "2024-05-11 18:00",
        8,
        None,
        "Random UUIDv4 keys scatter inserts across the whole index. UUIDv7 keeps them ordered by time. Benchmarks on a 50-million-row table, the extension we used before PostgreSQL 18 ships a native function, and the one migration gotcha that bit us in production on a",
        True,
        "",
    ),
    (
        "How I take notes (and why it is plain Markdown)",
        "2024-04-27 11:11",
        None,
        None,
        "Obsidian, Logseq, Notion, Org mode: I tried them all and came back to a folder of Markdown files in Git. The workflow, the three scripts that glue it together, and the sync setup.",
        False,
        "",
    ),
    (
        "Writing a Prometheus exporter in an afternoon",
        "2024-04-13 14:45",
        6,
        None,
        "Our UPS speaks a serial protocol from 1998. Prometheus does not. A small Go exporter bridges the two, and this is how it works, from reading the serial port to the Grafana panel on the office",
        True,
        "",
    ),
    (
        "Hello, world (again)",
        "2023-05-20 10:00",
        1,
        None,
        "I deleted my old WordPress blog in 2021 and have missed writing ever since. This is the restart, on Hugo this time, with a theme I did not have to build myself.",
        False,
        "",
    ),
]

_DRAFT_SVG = '<svg xmlns="http://www.w3.org/2000/svg" height="20" viewBox="0 -960 960 960" fill="currentColor"><path d="M160-410v-60h300v60H160Zm0-165v-60h470v60H160Zm0-165v-60h470v60H160Zm360 580v-123l221-220q9-9 20-13t22-4q12 0 23 4.5t20 13.5l37 37q9 9 13 20t4 22q0 11-4.5 22.5T862.09-380L643-160H520Zm300-263-37-37 37 37ZM580-220h38l121-122-18-19-19-18-122 121v38Zm141-141-19-18 37 37-18-19Z" /></svg>'

_SOCIAL_GITHUB = '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M9 19c-5 1.5-5-2.5-7-3m14 6v-3.87a3.37 3.37 0 0 0-.94-2.61c3.14-.35 6.44-1.54 6.44-7A5.44 5.44 0 0 0 20 4.77 5.07 5.07 0 0 0 19.91 1S18.73.65 16 2.48a13.38 13.38 0 0 0-7 0C6.27.65 5.09 1 5.09 1A5.07 5.07 0 0 0 5 4.77a5.44 5.44 0 0 0-1.5 3.78c0 5.42 3.3 6.61 6.44 7A3.37 3.37 0 0 0 9 18.13V22"></path></svg>'
_SOCIAL_MASTODON = '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M21.58 13.913c-.29 1.469-2.592 3.121-5.238 3.396-1.379.184-2.737.368-4.185.276-2.368-.092-4.237-.551-4.237-.551 0 .184.014.459.043.643.308 2.294 2.317 2.478 4.22 2.57 1.922.091 3.632-.46 3.632-.46l.08 1.653s-1.344.734-3.738.918c-1.32.091-2.96-.092-4.89-.551C2.992 17.86 2.276 14.73 2.04 11.566c-.14-1.838-.07-3.583-.07-5.01C1.97 2.272 4.813 1.02 4.813 1.02 6.245.377 8.706.102 11.264.01h.063c2.559.092 5.02.367 6.452 1.01 0 0 2.843 1.252 2.843 5.537 0 0 .035 3.16-.392 5.356"></path><path d="M7.5 7.5v5"></path><path d="M12 7.5v5"></path><path d="M16.5 7.5v5"></path></svg>'
_SOCIAL_RSS = '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M4 11a9 9 0 0 1 9 9"></path><path d="M4 4a16 16 0 0 1 16 16"></path><circle cx="5" cy="19" r="1"></circle></svg>'


def _papermod_entry(post: tuple[str, str, int | None, str | None, str, bool, str]) -> str:
    title, stamp, minutes, author, summary, truncated, flags = post
    moment = datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    url = f"/posts/{slug(title)}/"
    cover = (
        f'\n  <figure class="entry-cover"><img loading="lazy" src="{url}cover.webp" alt="{esc(title)}">\n  </figure>'
        if "cover" in flags
        else ""
    )
    hint = (
        f'\n      <span class="entry-hint" title="Draft">\n        {_DRAFT_SVG}\n      </span>'
        if "draft" in flags
        else ""
    )
    meta = [f"<span title='{moment:%Y-%m-%d %H:%M:%S} +0000 UTC'>{_long_day(moment)}</span>"]
    if minutes is not None:
        meta.append(f"{minutes} min")
    meta.append(esc(author or OWNER))
    body = esc(summary) + ("..." if truncated else "")
    return f"""
<article class="post-entry">{cover}
  <header class="entry-header">
    <h2 class="entry-hint-parent">{esc(title)}{hint}
    </h2>
  </header>
  <div class="entry-content">
    <p>{body}</p>
  </div>
  <footer class="entry-footer">{"&nbsp;·&nbsp;".join(meta)}</footer>
  <a class="entry-link" aria-label="post link to {esc(title)}" href="{url}"></a>
</article>
"""


def _papermod_page(number: int, pages: int, entries: str) -> str:
    home_info = (
        f"""
<article class="first-entry home-info">
  <header class="entry-header">
    <h1>Hi, I'm Inês 👋</h1>
  </header>
  <div class="entry-content">
    Backend developer in Porto. I write about PostgreSQL, Go, Linux and the homelab under my desk. Opinions are mine, typos too.
  </div>
  <footer class="entry-footer">
    <div class="social-icons">
      <a href="https://github.com/inescarvalho" target="_blank" rel="noopener noreferrer me" title="Github">{_SOCIAL_GITHUB}</a>
      <a href="https://hachyderm.io/@ines" target="_blank" rel="noopener noreferrer me" title="Mastodon">{_SOCIAL_MASTODON}</a>
      <a href="/index.xml" target="_blank" rel="noopener noreferrer me" title="Rss">{_SOCIAL_RSS}</a>
    </div>
  </footer>
</article>
"""
        if number == 1
        else ""
    )
    links = []
    if number > 1:
        prev = "/" if number == 2 else f"/page/{number - 1}/"
        links.append(f'    <a class="prev" href="{prev}">\n      «&nbsp;Prev&nbsp;{number - 1}/{pages}&nbsp;\n    </a>')
    if number < pages:
        links.append(
            f'    <a class="next" href="/page/{number + 1}/">\n      Next&nbsp;{number + 1}/{pages}&nbsp;»\n    </a>'
        )
    canonical = "https://inescarvalho.dev/" if number == 1 else f"https://inescarvalho.dev/page/{number}/"
    rel = "".join(
        [
            f'\n<link rel="prev" href="{"/" if number == 2 else f"/page/{number - 1}/"}">' if number > 1 else "",
            f'\n<link rel="next" href="/page/{number + 1}/">' if number < pages else "",
        ]
    )
    return f"""<!DOCTYPE html>
<html lang="en" dir="auto">

<head><meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="robots" content="index, follow">
<title>Inês Carvalho</title>
<meta name="keywords" content="postgresql, go, linux, homelab">
<meta name="description" content="Notes on PostgreSQL, Go, Linux and self-hosting.">
<meta name="author" content="{OWNER}">
<link rel="canonical" href="{canonical}">{rel}
<link crossorigin="anonymous" href="/assets/css/stylesheet.d72444526d7ecbdb0015438a7fa89054a658bf759d0542e2e5df81ce94b493ee.css" integrity="sha256-1yREUm1+y9sAFUOKf6iQVKZYv3WdBULi5d+BzpS0k+4=" rel="preload stylesheet" as="style">
<link rel="icon" href="/favicon.ico">
<link rel="apple-touch-icon" href="/apple-touch-icon.png">
<meta name="theme-color" content="#2e2e33">
<meta name="msapplication-TileColor" content="#2e2e33">
<link rel="alternate" type="application/rss+xml" href="/index.xml">
<noscript>
    <style>
        #theme-toggle,
        .top-link {{
            display: none;
        }}
    </style>
</noscript><meta property="og:title" content="Inês Carvalho">
<meta property="og:description" content="Notes on PostgreSQL, Go, Linux and self-hosting.">
<meta property="og:type" content="website">
<meta property="og:url" content="{canonical}">
<meta name="twitter:card" content="summary">
<script type="application/ld+json">
{{
  "@context": "https://schema.org",
  "@type": "Organization",
  "name": "Inês Carvalho",
  "url": "https://inescarvalho.dev/",
  "description": "Notes on PostgreSQL, Go, Linux and self-hosting.",
  "thumbnailUrl": "https://inescarvalho.dev/favicon.ico",
  "sameAs": [
      "https://github.com/inescarvalho", "https://hachyderm.io/@ines"
  ]
}}
</script>
</head>

<body class="list" id="top">
<script>
    if (localStorage.getItem("pref-theme") === "dark") {{
        document.body.classList.add('dark');
    }} else if (localStorage.getItem("pref-theme") === "light") {{
        document.body.classList.remove('dark')
    }} else if (window.matchMedia('(prefers-color-scheme: dark)').matches) {{
        document.body.classList.add('dark');
    }}

</script>

<header class="header">
    <nav class="nav">
        <div class="logo">
            <a href="/" accesskey="h" title="Inês Carvalho (Alt + H)">Inês Carvalho</a>
            <div class="logo-switches">
                <button id="theme-toggle" accesskey="t" title="(Alt + T)" aria-label="Toggle theme">
                    <svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M21 12.79A9 9 0 1 1 11.21 3 7 7 0 0 0 21 12.79z"></path></svg>
                    <svg id="sun" xmlns="http://www.w3.org/2000/svg" width="24" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><circle cx="12" cy="12" r="5"></circle><line x1="12" y1="1" x2="12" y2="3"></line><line x1="12" y1="21" x2="12" y2="23"></line></svg>
                </button>
            </div>
        </div>
        <ul id="menu">
            <li>
                <a href="/archives/" title="Archive">
                    <span>Archive</span>
                </a>
            </li>
            <li>
                <a href="/search/" title="Search (Alt &#43; /)" accesskey=/>
                    <span>Search</span>
                </a>
            </li>
            <li>
                <a href="/tags/" title="Tags">
                    <span>Tags</span>
                </a>
            </li>
            <li>
                <a href="/uses/" title="Uses">
                    <span>Uses</span>
                </a>
            </li>
        </ul>
    </nav>
</header>
<main class="main">
{home_info}{entries}
<footer class="page-footer">
  <nav class="pagination">
{chr(10).join(links)}
  </nav>
</footer>
    </main>

<footer class="footer">
        <span>&copy; 2025 <a href="/">Inês Carvalho</a></span> ·

    <span>
        Powered by
        <a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &
        <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a>
    </span>
</footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g">
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 6" fill="currentColor">
        <path d="M12 6H0l6-6z" />
    </svg>
</a>

<script>
    let menu = document.getElementById('menu')
    if (menu) {{
        menu.scrollLeft = localStorage.getItem("menu-scroll-position");
        menu.onscroll = function () {{
            localStorage.setItem("menu-scroll-position", menu.scrollLeft);
        }}
    }}

    document.querySelectorAll('a[href^="#"]').forEach(anchor => {{
        anchor.addEventListener("click", function (e) {{
            e.preventDefault();
            var id = this.getAttribute("href").substr(1);
            if (!window.matchMedia('(prefers-reduced-motion: reduce)').matches) {{
                document.querySelector(`[id='${{decodeURIComponent(id)}}']`).scrollIntoView({{
                    behavior: "smooth"
                }});
            }} else {{
                document.querySelector(`[id='${{decodeURIComponent(id)}}']`).scrollIntoView();
            }}
        }});
    }});

</script>
<script>
    var mybutton = document.getElementById("top-link");
    window.onscroll = function () {{
        if (document.body.scrollTop > 800 || document.documentElement.scrollTop > 800) {{
            mybutton.style.visibility = "visible";
            mybutton.style.opacity = "1";
        }} else {{
            mybutton.style.visibility = "hidden";
            mybutton.style.opacity = "0";
        }}
    }};

</script>
<script>
    document.getElementById("theme-toggle").addEventListener("click", () => {{
        if (document.body.className.includes("dark")) {{
            document.body.classList.remove('dark');
            localStorage.setItem("pref-theme", 'light');
        }} else {{
            document.body.classList.add('dark');
            localStorage.setItem("pref-theme", 'dark');
        }}
    }})

</script>
</body>

</html>
"""


@twentyfirst
def build_papermod_notes() -> None:
    s = Site(
        "papermod-notes",
        kind="personal tech blog home list (Hugo + PaperMod 2024–25: a first-entry home-info greeting that is not a post, article.post-entry cards whose only link is an empty a.entry-link overlay with aria-label 'post link to TITLE', h2.entry-hint-parent with a Draft hint svg on one, div.entry-content plain summaries cut with '...', footer.entry-footer \"<span title='2024-03-03 10:12:00 +0000 UTC'>March 3, 2024</span>&nbsp;·&nbsp;4 min&nbsp;·&nbsp;Author\" with no reading time on some and guest authors, a pinned post out of date order, entry-cover figures on some, nav.pagination '« Prev 1/3' / 'Next 3/3 »' over /page/N/, /page/1/ an alias refresh page)",
        start="/",
        description="A Portuguese backend developer's blog on Hugo 0.140 with the PaperMod theme (baseURL '/', so permalinks are root-relative), the home list: the header (logo link with accesskey, the theme-toggle button with moon / sun svgs, the menu Archive / Search / Tags / Uses), on page 1 only the article.first-entry.home-info greeting (h1 'Hi, I'm Inês 👋', a sentence, social-icon links Github / Mastodon / Rss), then article.post-entry cards: figure.entry-cover lazy images on some, header.entry-header > h2.entry-hint-parent with the title (one post carries span.entry-hint[title=Draft] with an svg: it was deployed with buildDrafts), div.entry-content > p with Hugo's plainified summary (auto summaries cut at 70 words end in '...'; front-matter summaries are whole sentences), footer.entry-footer = span[title='2025-02-22 18:41:00 +0000 UTC'] 'February 22, 2025' &nbsp;·&nbsp; '9 min' &nbsp;·&nbsp; author (ShowReadingTime off on two posts; two guest posts by other authors), and an empty a.entry-link[aria-label='post link to …'] stretched over the card — the card's only link. The pinned 'Start here' post (front-matter weight) opens page 1 with a 2023 date. Ten posts a page (10, 10, 6), footer.page-footer > nav.pagination with a.prev '«&nbsp;Prev&nbsp;1/3' and a.next 'Next&nbsp;2/3&nbsp;»' (ShowPageNums), link rel=prev / next in the head; /page/1/ is Hugo's alias page (meta refresh to /). The footer ('Powered by Hugo & PaperMod'), the Go-to-top link and the theme scripts. Written down: title, url, date, summary, reading_time, author.",
    )
    pages = chunks(PAPERMOD, [10, 10, 6])
    for number, posts in enumerate(pages, 1):
        entries = "".join(_papermod_entry(post) for post in posts)
        path = "index.html" if number == 1 else f"page/{number}/index.html"
        s.list_page(path, _papermod_page(number, len(pages), entries))
        for title, stamp, minutes, author, summary, truncated, _flags in posts:
            s.expect(
                {
                    "title": title,
                    "url": f"/posts/{slug(title)}/",
                    "date": stamp[:10],
                    "summary": summary + ("..." if truncated else ""),
                    "reading_time": minutes,
                    "author": author or OWNER,
                }
            )
    s.write(
        "page/1/index.html",
        '<!DOCTYPE html><html lang="en"><head><title>/</title><link rel="canonical" href="/"><meta name="robots" content="noindex"><meta charset="utf-8"><meta http-equiv="refresh" content="0; url=/"></head></html>',
    )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# minima-journal: Jekyll 4 + Minima 2.5 home with jekyll-paginate.
# ---------------------------------------------------------------------------------------------------

# (title, "YYYY-MM-DD", categories path or "", excerpt HTML (None: the first paragraph is a photo))
MINIMA: list[tuple[str, str, str, str | None]] = [
    (
        "Recording dawn chorus on the Somerset Levels",
        "2025-03-02",
        "",
        "I set the alarm for 4:10 and still arrived late: the blackbirds had started before the first train. Notes on a cold morning at Shapwick Heath with a pair of omni mics and a lot of patience.",
    ),
    (
        "A cheap wind jammer that actually works",
        "2025-02-16",
        "",
        "Furry windshields cost more than the microphones they cover. This one is made from a £6 faux-fur offcut, a hair tie and a 3D-printed ring, and it takes 20 dB off a gusty day.",
    ),
    ("Field notes: February", "2025-02-01", "", None),
    (
        "Why I record at 96 kHz (and then downsample)",
        "2025-01-19",
        "",
        "Not because anyone can hear above 20 kHz, but because bats can, and pitch-shifting a 48 kHz file an octave down leaves nothing to listen to. A short post with two spectrograms.",
    ),
    (
        "Batch-renaming recorder files with <code>ffprobe</code>",
        "2025-01-05",
        "",
        "My Zoom F3 names files <code>ZOOM0047.WAV</code>. A twenty-line script reads the BWF timestamp with <code>ffprobe</code> and renames each take to the date and time it started.",
    ),
    (
        "Twelve months, twelve soundscapes",
        "2024-12-28",
        "",
        "One recording a month for a year, all from the same gate at the end of the lane. You can hear the seasons turn, and also the new bypass.",
    ),
    (
        "Hydrophones for under fifty pounds",
        "2024-12-08",
        "",
        "A piezo disc, some plasti-dip and a length of guitar cable. I built three and dropped them in the rhyne behind the house; the water boatmen are <em>loud</em>.",
    ),
    (
        "Notes on the Sound Walk at Wells",
        "2024-11-24",
        "",
        "Eighteen of us walked a mile around the cathedral close without speaking. Afterwards everyone had heard something different, and nobody had heard the same bell.",
    ),
    (
        "Backing up 2 TB of WAV files without crying",
        "2024-11-10",
        "",
        'Two copies on disks in the house, one in a friend\'s loft, and <a href="https://restic.net/">restic</a> doing the work every Sunday night. The setup, and the one restore test that failed.',
    ),
    (
        "Tawny owls in the churchyard",
        "2024-10-27",
        "",
        "They call from the yews from about half past six. I left a recorder running on a gravestone for three nights, with the vicar's permission, and got nine hours of owls and one fox.",
    ),
    (
        "Editing in Audacity vs. Reaper",
        "2024-10-13",
        "",
        "I edited in Audacity for six years. Reaper costs $60 and changed how I work: non-destructive edits, proper markers and a batch processor. A fair comparison for nature recordists.",
    ),
    (
        "Autumn storms from inside a barn",
        "2024-09-29",
        "",
        "The roof is corrugated iron and the rain on it sounds like applause. Three recordings from Storm Ashley, with the door open and shut.",
    ),
    (
        "The parabolic dish I should not have bought",
        "2024-09-15",
        "",
        "A 56 cm dish brings a distant wren right up to your ear and also every aeroplane. What it is good for, what it is not, and why it now lives under the stairs.",
    ),
    ("Field notes: August", "2024-09-01", "", None),
    (
        "Recording the tide at Kilve",
        "2024-08-18",
        "",
        "Kilve beach has the second-largest tidal range in the world and a foreshore of grey shale that rattles as the water drains. An hour either side of low water, in stereo.",
    ),
    (
        "Metadata that will still make sense in 20 years",
        "2024-08-04",
        "",
        "Place, date, time, kit, weather, what you heard and what you did not expect. I keep it in the WAV's iXML chunk <em>and</em> in a CSV beside it, because formats die.",
    ),
    (
        "Crickets, cicadas and a very confused dog",
        "2024-07-21",
        "",
        "A week in the Cévennes with a small recorder and no plan. The night chorus was so dense I could not find the edges of it.",
    ),
    (
        "Choosing a first field recorder in 2024",
        "2024-07-07",
        "",
        "Everyone asks, so here is my answer: buy the cheapest recorder with proper preamps and good battery life, and spend the rest on a train ticket somewhere quiet.",
    ),
    (
        "Swifts over Bridgwater",
        "2024-06-23",
        "",
        "They scream in circles over the high street from mid-May to early August. A recording from the car-park roof, at 9 pm, with the traffic mostly gone.",
    ),
    (
        "How loud is a meadow?",
        "2024-06-09",
        "",
        "I took a calibrated SPL meter into a hay meadow on a still June morning: 31 dBA at dawn, 44 dBA at noon, and 70 dBA when a tractor started two fields away.",
    ),
    ("Field notes: May", "2024-06-01", "", None),
    (
        "Nightingales at Paxton Pits",
        "2024-05-12",
        "",
        "A long drive for one bird, but what a bird. Four songs recorded between 11 pm and 2 am, with a train in the middle of the best one.",
    ),
    (
        "Making a contact mic from a piezo buzzer",
        "2024-04-28",
        "",
        "Contact mics hear what is inside things: fence wires in the wind, a tree in a storm, a kettle coming to the boil. Here is a build for about £3 and twenty minutes of soldering.",
    ),
    (
        "Spring at the reservoir",
        "2024-04-14",
        "",
        "Great crested grebes, a chiffchaff that would not stop and the constant hum of the pumping station. Three short pieces from Durleigh.",
    ),
    (
        "Why this blog moved to Jekyll",
        "2024-03-31",
        "",
        "WordPress wanted updates every week and my hosting bill kept going up. Now it is Markdown in a Git repository and GitHub Pages, and I can write on the train.",
    ),
    (
        "Listening to ice",
        "2024-02-25",
        "",
        "A frozen pond creaks, pings and sings when the temperature drops. Two nights in January with a hydrophone pushed through a hole in the ice.",
    ),
    (
        "Winter robins sing at night",
        "2024-01-28",
        "",
        "Under the street lights of town centres, robins sing right through the night in winter. I recorded one outside a bank at 3 am and got some funny looks.",
    ),
    (
        "Welcome to Jekyll!",
        "2023-01-14",
        "jekyll/update",
        'You’ll find this post in your <code class="language-plaintext highlighter-rouge">_posts</code> directory. Go ahead and edit it and re-build the site to see your changes. You can rebuild the site in many different ways, but the most common way is to run <code class="language-plaintext highlighter-rouge">jekyll serve</code>, which launches a web server and auto-regenerates your site when a file is updated.',
    ),
]


def _minima_url(title: str, day: str, categories: str) -> str:
    prefix = f"/{categories}" if categories else ""
    return f"{prefix}/{day.replace('-', '/')}/{slug(title)}.html"


def _minima_item(post: tuple[str, str, str, str | None]) -> str:
    title, day, categories, excerpt = post
    moment = datetime.strptime(day, "%Y-%m-%d")
    if excerpt is None:
        name = slug(title)
        excerpt_html = f'<p><img src="/assets/img/{name}.jpg" alt="" /></p>\n'
    else:
        excerpt_html = f"<p>{excerpt}</p>\n"
    return f"""<li><span class="post-meta">{_short_day(moment)}</span>
        <h3>
          <a class="post-link" href="{_minima_url(title, day, categories)}">
            {esc(title)}
          </a>
        </h3>{excerpt_html}</li>"""


def _minima_page(number: int, pages: int, items: str) -> str:
    prev = (
        f'<li><a href="{"/" if number == 2 else f"/page{number - 1}/"}" class="previous-page">{number - 1}</a></li>'
        if number > 1
        else '<li><div class="pager-edge">•</div></li>'
    )
    nxt = (
        f'<li><a href="/page{number + 1}/" class="next-page">{number + 1}</a></li>'
        if number < pages
        else '<li><div class="pager-edge">•</div></li>'
    )
    canonical = "https://owenpryce.net/" if number == 1 else f"https://owenpryce.net/page{number}/"
    seo_rel = "".join(
        [
            f'\n<link rel="prev" href="https://owenpryce.net{"/" if number == 2 else f"/page{number - 1}/"}" />'
            if number > 1
            else "",
            f'\n<link rel="next" href="https://owenpryce.net/page{number + 1}/" />' if number < pages else "",
        ]
    )
    title = (
        "Listening Post | Field recordings and notes from Somerset"
        if number == 1
        else f"Listening Post | Page {number} of {pages} for Field recordings and notes from Somerset"
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head>
  <meta charset="utf-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="viewport" content="width=device-width, initial-scale=1"><!-- Begin Jekyll SEO tag v2.8.0 -->
<title>{title}</title>
<meta name="generator" content="Jekyll v4.3.4" />
<meta property="og:title" content="Listening Post" />
<meta name="author" content="Owen Pryce" />
<meta property="og:locale" content="en_US" />
<meta name="description" content="Field recordings, kit notes and the occasional long walk. Mostly birds, mostly Somerset." />
<meta property="og:description" content="Field recordings, kit notes and the occasional long walk. Mostly birds, mostly Somerset." />
<link rel="canonical" href="{canonical}" />
<meta property="og:url" content="{canonical}" />
<meta property="og:site_name" content="Listening Post" />
<meta property="og:type" content="website" />{seo_rel}
<meta name="twitter:card" content="summary" />
<meta property="twitter:title" content="Listening Post" />
<script type="application/ld+json">
{{"@context":"https://schema.org","@type":"WebSite","author":{{"@type":"Person","name":"Owen Pryce"}},"description":"Field recordings, kit notes and the occasional long walk. Mostly birds, mostly Somerset.","headline":"Listening Post","name":"Listening Post","url":"https://owenpryce.net/"}}</script>
<!-- End Jekyll SEO tag -->
<link rel="stylesheet" href="/assets/main.css"><link type="application/atom+xml" rel="alternate" href="https://owenpryce.net/feed.xml" title="Listening Post" /></head>
<body><header class="site-header" role="banner">

  <div class="wrapper"><a class="site-title" rel="author" href="/">Listening Post</a><nav class="site-nav">
        <input type="checkbox" id="nav-trigger" class="nav-trigger" />
        <label for="nav-trigger">
          <span class="menu-icon">
            <svg viewBox="0 0 18 15" width="18px" height="15px">
              <path d="M18,1.484c0,0.82-0.665,1.484-1.484,1.484H1.484C0.665,2.969,0,2.304,0,1.484l0,0C0,0.665,0.665,0,1.484,0 h15.032C17.335,0,18,0.665,18,1.484L18,1.484z M18,7.516C18,8.335,17.335,9,16.516,9H1.484C0.665,9,0,8.335,0,7.516l0,0 c0-0.82,0.665-1.484,1.484-1.484h15.032C17.335,6.031,18,6.696,18,7.516L18,7.516z M18,13.516C18,14.335,17.335,15,16.516,15H1.484 C0.665,15,0,14.335,0,13.516l0,0c0-0.82,0.665-1.483,1.484-1.483h15.032C17.335,12.031,18,12.695,18,13.516L18,13.516z"/>
            </svg>
          </span>
        </label>

        <div class="trigger"><a class="page-link" href="/about/">About</a><a class="page-link" href="/recordings/">Recordings</a><a class="page-link" href="/kit/">Kit</a></div>
      </nav></div>
</header>
<main class="page-content" aria-label="Content">
      <div class="wrapper">
        <div class="home"><h2 class="post-list-heading">Posts</h2>
    <ul class="post-list">{items}</ul>

      <div class="pager">
        <ul class="pagination">{prev}
          <li><div class="current-page">{number}</div></li>{nxt}
        </ul>
      </div>

    <p class="rss-subscribe">subscribe <a href="/feed.xml">via RSS</a></p></div>

      </div>
    </main><footer class="site-footer h-card">
  <data class="u-url" href="/"></data>

  <div class="wrapper">

    <h2 class="footer-heading">Listening Post</h2>

    <div class="footer-col-wrapper">
      <div class="footer-col footer-col-1">
        <ul class="contact-list">
          <li class="p-name">Owen Pryce</li><li><a class="u-email" href="mailto:owen@owenpryce.net">owen@owenpryce.net</a></li></ul>
      </div>

      <div class="footer-col footer-col-2"><ul class="social-media-list"><li><a href="https://github.com/owenpryce"><svg class="svg-icon"><use xlink:href="/assets/minima-social-icons.svg#github"></use></svg> <span class="username">owenpryce</span></a></li><li><a href="https://www.flickr.com/photos/owenpryce"><svg class="svg-icon"><use xlink:href="/assets/minima-social-icons.svg#flickr"></use></svg> <span class="username">owenpryce</span></a></li><li><a href="https://mastodon.social/@owenpryce" rel="me"><svg class="svg-icon"><use xlink:href="/assets/minima-social-icons.svg#mastodon"></use></svg> <span class="username">owenpryce</span></a></li></ul>
</div>

      <div class="footer-col footer-col-3">
        <p>Field recordings, kit notes and the occasional long walk. Mostly birds, mostly Somerset.</p>
      </div>
    </div>

  </div>

</footer>
</body>

</html>
"""


def _plain(html_text: str) -> str:
    """The text of an excerpt as a reader sees it (this data holds only simple inline tags)."""
    out: list[str] = []
    inside = False
    for char in html_text:
        if char == "<":
            inside = True
        elif char == ">":
            inside = False
        elif not inside:
            out.append(char)
    return "".join(out).replace("&amp;", "&")


@twentyfirst
def build_minima_journal() -> None:
    s = Site(
        "minima-journal",
        kind="personal blog home (Jekyll 4 + Minima 2.5 with jekyll-paginate: ul.post-list > li of span.post-meta 'Mar 3, 2024', h3 > a.post-link with whitespace-padded titles and /YYYY/MM/DD/slug.html links, the first paragraph as an HTML excerpt with code / em / links, photo-only excerpts on monthly notes, the leftover 'Welcome to Jekyll!' post under /jekyll/update/, Minima's number pager of previous / next page numbers and '•' edges over /pageN/, Jekyll SEO tag, h-card footer with svg sprite social icons)",
        start="/",
        description="A field-recording blog on Jekyll 4.3 with the Minima 2.5 gem theme and jekyll-paginate v1 (paginate: 10, paginate_path /page:num/), hosted on GitHub Pages: the Jekyll SEO tag block (title, og:*, canonical, rel prev / next, WebSite JSON-LD), header.site-header with a.site-title and nav.site-nav (checkbox nav-trigger, the hamburger svg, a.page-link About / Recordings / Kit), div.home with h2.post-list-heading 'Posts' and ul.post-list > li: span.post-meta 'Mar 2, 2025', h3 > a.post-link (the title padded by newlines and spaces) to /YYYY/MM/DD/slug.html, and — show_excerpts is on — the post's first paragraph as Jekyll renders it (inline code, em and an external link in some; the three 'Field notes' posts open with a photo, so their excerpt is only an <img alt=''>); the very last post is the untouched 'Welcome to Jekyll!' of a new site, at /jekyll/update/2023/01/14/welcome-to-jekyll.html. Minima's pager div.pager > ul.pagination: a.previous-page / a.next-page whose text is the page *number*, div.current-page, div.pager-edge '•' where there is none; ten posts a page (10, 10, 8) at /, /page2/, /page3/; p.rss-subscribe; footer.site-footer.h-card (h2.footer-heading, a contact list with the name and a mailto link, ul.social-media-list of svg.svg-icon <use> sprite icons + span.username, the site description). Written down: title, url, date, summary (the excerpt's text, where there is one).",
    )
    pages = chunks(MINIMA, [10, 10, 8])
    for number, posts in enumerate(pages, 1):
        items = "".join(_minima_item(post) for post in posts)
        path = "index.html" if number == 1 else f"page{number}/index.html"
        s.list_page(path, _minima_page(number, len(pages), items))
        for title, day, categories, excerpt in posts:
            s.expect(
                {
                    "title": title,
                    "url": _minima_url(title, day, categories),
                    "date": day,
                    "summary": _plain(excerpt) if excerpt is not None else None,
                }
            )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# docusaurus-blog: Docusaurus 3.5 blog list pages.
# ---------------------------------------------------------------------------------------------------

# key: (name, title, link or None, avatar or None, author page or None)
AUTHORS: dict[str, tuple[str, str, str | None, str | None, bool]] = {
    "mkowalski": (
        "Marta Kowalski",
        "Core maintainer",
        "https://github.com/mkowalski",
        "https://github.com/mkowalski.png",
        True,
    ),
    "dchen": (
        "David Chen",
        "Maintainer, Rust bindings",
        "https://github.com/dchen-dev",
        "https://github.com/dchen-dev.png",
        True,
    ),
    "aokonkwo": (
        "Ada Okonkwo",
        "Developer advocate",
        "https://x.com/adaokonkwo",
        "https://github.com/aokonkwo.png",
        True,
    ),
    "lmeyer": (
        "Lukas Meyer",
        "Contributor",
        "https://github.com/lukasmeyer",
        "https://github.com/lukasmeyer.png",
        False,
    ),
    "sgarcia": (
        "Sofía García",
        "Release manager",
        "https://github.com/sofiagarcia",
        "https://github.com/sofiagarcia.png",
        True,
    ),
    "guest": ("Hannah Whitfield", "Platform engineer at Brightmoor", None, None, False),
}

# (title, slug or None for the date path, "YYYY-MM-DD", minutes, authors, tags, summary paragraph, extra body, truncated)
DOCUSAURUS: list[tuple[str, str | None, str, int, list[str], list[str], str, str, bool]] = [
    (
        "Tern 3.0 is out",
        "tern-3.0",
        "2025-03-04",
        9,
        ["mkowalski", "sgarcia"],
        ["release", "announcement"],
        "Tern 3.0 is here: a new incremental compiler written in Rust, a plugin API that finally has types, and builds that are up to four times faster on large monorepos.",
        '<p><img decoding="async" loading="lazy" alt="Tern 3.0 banner" src="/assets/images/tern-3-banner-5b1f0c2e.png" width="1600" height="800" class="img_ev3q"></p>',
        True,
    ),
    (
        "How we made incremental builds 4× faster",
        None,
        "2025-02-18",
        14,
        ["dchen"],
        ["performance", "internals", "rust"],
        "The new compiler keeps a persistent dependency graph on disk and only re-checks the modules whose public surface changed. This post walks through the graph format and the three dead ends we hit on the way.",
        "",
        True,
    ),
    (
        "Tern 3.0 release candidate",
        "tern-3.0-rc",
        "2025-02-03",
        4,
        ["sgarcia"],
        ["release"],
        "The first release candidate for Tern 3.0 is available on npm under the next tag. Please try it on your projects and report anything that breaks before the final release.",
        '<div class="theme-admonition theme-admonition-warning admonition_xJq3 alert alert--warning"><div class="admonitionHeading_Gvgb"><span class="admonitionIcon_Rf37"><svg viewBox="0 0 16 16"><path fill-rule="evenodd" d="M8.893 1.5c-.183-.31-.52-.5-.887-.5s-.703.19-.886.5L.138 13.499a.98.98 0 0 0 0 1.001c.193.31.53.501.886.501h13.964c.367 0 .704-.19.877-.5a1.03 1.03 0 0 0 .01-1.002L8.893 1.5zm.133 11.497H6.987v-2.003h2.039v2.003zm0-3.004H6.987V5.987h2.039v4.006z"></path></svg></span>warning</div><div class="admonitionContent_BuS1"><p>Node.js 18 is no longer supported from 3.0 on.</p></div></div>',
        True,
    ),
    (
        "Typed plugins: a migration guide",
        None,
        "2025-01-21",
        11,
        ["mkowalski"],
        ["plugins", "guide"],
        "Plugins now declare their hooks with a typed definePlugin helper. Most plugins need three small changes; this guide shows them on a real plugin, step by step.",
        "",
        True,
    ),
    (
        "Community call recap: January 2025",
        None,
        "2025-01-09",
        3,
        ["aokonkwo"],
        ["community"],
        "Sixty people joined the first community call of the year. We talked about the 3.0 roadmap, the new Discord forum channels and the plugin showcase.",
        "<p>The recording is on our YouTube channel, and the next call is on February 13.</p>",
        False,
    ),
    (
        "Our 2024 in numbers",
        None,
        "2024-12-20",
        6,
        ["aokonkwo", "mkowalski"],
        ["community", "announcement"],
        "Two million weekly downloads, 412 contributors and one very long issue about source maps. A look back at the year in Tern.",
        "",
        True,
    ),
    (
        "Tern 2.9: source maps you can trust",
        "tern-2.9",
        "2024-12-02",
        7,
        ["sgarcia"],
        ["release"],
        "Tern 2.9 rewrites source map generation: maps are now exact for every transform, including the ones plugins add, and the new --map-check flag verifies them in CI.",
        "",
        True,
    ),
    (
        "Building Tern plugins in Rust",
        None,
        "2024-11-14",
        12,
        ["dchen", "lmeyer"],
        ["plugins", "rust", "guide"],
        "Plugins can now be written in Rust and loaded as WebAssembly. We build a small plugin that strips debug calls, and compare it with the same plugin in TypeScript.",
        "",
        True,
    ),
    (
        "Case study: 40-minute CI down to 6 at Brightmoor",
        None,
        "2024-10-29",
        8,
        ["guest"],
        ["case study", "performance"],
        "Brightmoor's web platform has 1,800 packages in one repository. Hannah Whitfield explains how remote caching and Tern's affected-graph command cut their CI time.",
        "",
        True,
    ),
    (
        "Tern 2.8",
        "tern-2.8",
        "2024-10-08",
        5,
        ["sgarcia"],
        ["release"],
        "Tern 2.8 adds the affected command, watch mode for workspaces and better error messages for circular imports.",
        "",
        True,
    ),
    (
        "Why we are moving the compiler to Rust",
        None,
        "2024-09-17",
        10,
        ["mkowalski", "dchen"],
        ["internals", "rust", "announcement"],
        "After a year of prototypes we have decided to rewrite the Tern compiler in Rust. This post explains what changes for users (nothing, we hope) and for contributors (quite a lot).",
        "",
        True,
    ),
    (
        "Debugging slow builds with tern profile",
        None,
        "2024-08-27",
        6,
        ["lmeyer"],
        ["guide", "performance"],
        "tern profile records a trace of every build step that you can open in Perfetto. We use it on a slow example project and find two easy wins.",
        "",
        True,
    ),
    (
        "Tern 2.7",
        "tern-2.7",
        "2024-08-06",
        4,
        ["sgarcia"],
        ["release"],
        "Tern 2.7 brings import attributes, a JSON schema for tern.config.json and faster cold starts.",
        "",
        True,
    ),
    (
        "Meet the maintainers: David Chen",
        None,
        "2024-07-16",
        5,
        ["aokonkwo"],
        ["community"],
        "David has maintained the Rust bindings since 2022. We asked him about his setup, his favourite bug and what he would change about Tern.",
        "",
        True,
    ),
    (
        "Monorepo support, one year on",
        None,
        "2024-06-25",
        9,
        ["mkowalski"],
        ["monorepo", "internals"],
        "Workspaces landed in Tern 2.0 a year ago. What worked, what did not, and what we are changing in the next releases based on your feedback.",
        "",
        True,
    ),
    (
        "Tern 2.6",
        "tern-2.6",
        "2024-06-04",
        3,
        ["sgarcia"],
        ["release"],
        "A small release: Node.js 22 support and two fixes for Windows paths.",
        "<ul><li>Node.js 22 is now tested in CI.</li><li>Paths with spaces work in the watch mode on Windows.</li></ul>",
        False,
    ),
    (
        "Writing a custom resolver",
        None,
        "2024-05-14",
        8,
        ["lmeyer"],
        ["plugins", "guide"],
        "Resolvers decide where an import points. We write one that maps @app/ imports to a folder and falls back to the default resolver for everything else.",
        "",
        True,
    ),
    (
        "Tern at JSNation 2024",
        None,
        "2024-04-23",
        2,
        ["aokonkwo"],
        ["community", "events"],
        "We will be at JSNation in Amsterdam on June 13 and 17. Come to our booth for stickers and a live demo of the new profiler.",
        "",
        True,
    ),
    (
        "Tern 2.5: faster type stripping",
        "tern-2.5",
        "2024-04-02",
        6,
        ["sgarcia", "dchen"],
        ["release", "performance"],
        "Tern 2.5 strips TypeScript types without a full parse when it can, which makes development builds about 30% faster on typical projects.",
        "",
        True,
    ),
    (
        "Testing plugins with tern/testing",
        None,
        "2024-03-12",
        7,
        ["mkowalski"],
        ["plugins", "guide", "testing"],
        "The new tern/testing package runs a plugin against fixture files and snapshots the output. Here is how we test our own plugins with it.",
        "",
        True,
    ),
    (
        "Security release 2.4.3",
        "security-2.4.3",
        "2024-02-27",
        2,
        ["sgarcia"],
        ["security", "release"],
        "Tern 2.4.3 fixes a path traversal in the dev server when it is exposed to the network. Please upgrade if you run tern dev with --host.",
        "",
        True,
    ),
    (
        "Tern 2.4",
        "tern-2.4",
        "2024-02-06",
        5,
        ["sgarcia"],
        ["release"],
        "Tern 2.4 adds environment-specific config files and a new --json reporter for CI systems.",
        "",
        True,
    ),
    (
        "What we learned from 300 bug reports",
        None,
        "2024-01-16",
        12,
        ["mkowalski", "aokonkwo"],
        ["community", "internals"],
        "We read every bug report from 2023 and sorted them into buckets. The results changed our priorities for this year.",
        "",
        True,
    ),
    (
        "Tern 2.3",
        "tern-2.3",
        "2023-12-12",
        4,
        ["sgarcia"],
        ["release"],
        "Tern 2.3 ships CSS modules support and a smaller install size.",
        "",
        True,
    ),
    (
        "Welcome to the Tern blog",
        "welcome",
        "2023-11-28",
        1,
        ["mkowalski"],
        ["announcement"],
        "This is where we will post release notes, deep dives into how Tern works and stories from the community.",
        "",
        True,
    ),
]


def _doc_url(post: tuple[str, str | None, str, int, list[str], list[str], str, str, bool]) -> str:
    title, name, day = post[0], post[1], post[2]
    return f"/blog/{name}" if name else f"/blog/{day.replace('-', '/')}/{slug(title)}"


def _doc_author(key: str) -> str:
    name, role, link, avatar, page = AUTHORS[key]
    href = f"/blog/authors/{key}" if page else link
    photo = (
        f'<a href="{href}" class="avatar__photo-link"><img class="avatar__photo authorImage_XqGP" src="{avatar}" alt="{esc(name)}"></a>'
        if avatar and href
        else ""
    )
    name_html = (
        f'<a href="{href}"><span class="authorName_yefp">{esc(name)}</span></a>'
        if href
        else f'<span class="authorName_yefp">{esc(name)}</span>'
    )
    return f'<div class="col col--6 authorCol_Hf19"><div class="avatar margin-bottom--sm">{photo}<div class="avatar__intro authorDetails_lV9A"><div class="avatar__name">{name_html}</div><small class="authorTitle_nd0D" title="{esc(role)}">{esc(role)}</small><div class="authorSocials_rSDt"></div></div></div></div>'


def _doc_article(post: tuple[str, str | None, str, int, list[str], list[str], str, str, bool]) -> str:
    title, _name, day, minutes, authors, tags, summary, extra, truncated = post
    url = _doc_url(post)
    moment = datetime.strptime(day, "%Y-%m-%d")
    tag_items = "".join(
        f'<li class="tag_QGVx"><a rel="tag" class="tag_zVej tagRegular_sFm0" href="/blog/tags/{slug(tag)}">{esc(tag)}</a></li>'
        for tag in tags
    )
    read_more = (
        f'<div class="col text--right col--3"><a aria-label="Read more about {esc(title)}" href="{url}"><b>Read more</b></a></div>'
        if truncated
        else ""
    )
    return f'<article class="margin-bottom--xl"><header><h2 class="title_f1Hy"><a href="{url}">{esc(title)}</a></h2><div class="container_mt6G margin-vert--md"><time datetime="{day}T00:00:00.000Z">{_long_day(moment)}</time> · <!-- -->{minutes} min read</div><div class="margin-top--md margin-bottom--sm row">{"".join(_doc_author(key) for key in authors)}</div></header><div class="markdown"><p>{esc(summary)}</p>\n{extra}</div><footer class="row docusaurus-mt-lg"><div class="col col--9"><b>Tags:</b><ul class="tags_jXut padding--none margin-left--sm">{tag_items}</ul></div>{read_more}</footer></article>'


def _doc_ld(posts: list[tuple[str, str | None, str, int, list[str], list[str], str, str, bool]], number: int) -> str:
    base = "https://tern.build"
    page = f"{base}/blog" if number == 1 else f"{base}/blog/page/{number}"
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@id": page,
        "@type": "Blog",
        "mainEntityOfPage": page,
        "headline": "Blog",
        "description": "News, release notes and deep dives from the Tern team",
        "blogPost": [
            {
                "@type": "BlogPosting",
                "@id": base + _doc_url(post),
                "mainEntityOfPage": base + _doc_url(post),
                "url": base + _doc_url(post),
                "headline": post[0],
                "name": post[0],
                "description": post[6],
                "datePublished": f"{post[2]}T00:00:00.000Z",
                "author": [
                    {
                        k: v
                        for k, v in {
                            "@type": "Person",
                            "name": AUTHORS[key][0],
                            "description": AUTHORS[key][1],
                            "url": AUTHORS[key][2],
                            "image": AUTHORS[key][3],
                        }.items()
                        if v
                    }
                    for key in post[4]
                ],
                "keywords": post[5],
                "isPartOf": {"@type": "Blog", "@id": f"{base}/blog", "name": "Blog"},
            }
            for post in posts
        ],
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _doc_page(
    number: int, pages: int, posts: list[tuple[str, str | None, str, int, list[str], list[str], str, str, bool]]
) -> str:
    recent = "".join(
        f'<li class="sidebarItem__DBe"><a class="sidebarItemLink_mo7H" href="{_doc_url(post)}">{esc(post[0])}</a></li>'
        for post in DOCUSAURUS[:5]
    )
    links = []
    if number > 1:
        newer = "/blog" if number == 2 else f"/blog/page/{number - 1}"
        links.append(
            f'<a class="pagination-nav__link pagination-nav__link--prev" href="{newer}"><div class="pagination-nav__label">Newer entries</div></a>'
        )
    if number < pages:
        links.append(
            f'<a class="pagination-nav__link pagination-nav__link--next" href="/blog/page/{number + 1}"><div class="pagination-nav__label">Older entries</div></a>'
        )
    articles = "".join(_doc_article(post) for post in posts)
    canonical = "https://tern.build/blog" if number == 1 else f"https://tern.build/blog/page/{number}"
    footer_cols = [
        (
            "Docs",
            [
                ("Getting started", "/docs/intro"),
                ("Configuration", "/docs/config"),
                ("Plugins", "/docs/plugins"),
                ("API reference", "/docs/api"),
            ],
        ),
        (
            "Community",
            [
                ("Discord", "https://discord.gg/tern"),
                ("GitHub Discussions", "https://github.com/tern-build/tern/discussions"),
                ("Mastodon", "https://fosstodon.org/@tern"),
            ],
        ),
        (
            "More",
            [
                ("Blog", "/blog"),
                ("Changelog", "https://github.com/tern-build/tern/blob/main/CHANGELOG.md"),
                ("GitHub", "https://github.com/tern-build/tern"),
            ],
        ),
    ]
    ext = '<svg width="13.5" height="13.5" aria-hidden="true" viewBox="0 0 24 24" class="iconExternalLink_nPIU"><path fill="currentColor" d="M21 13v10h-21v-19h12v2h-10v15h17v-8h2zm3-12h-10.988l4.035 4-6.977 7.07 2.828 2.828 6.977-7.07 4.125 4.172v-11z"></path></svg>'
    blank = ' target="_blank" rel="noopener noreferrer"'
    footer = "".join(
        f'<div class="col footer__col"><div class="footer__title">{head}</div><ul class="footer__items clean-list">'
        + "".join(
            f'<li class="footer__item"><a class="footer__link-item" href="{href}"{blank if href.startswith("http") else ""}>{esc(text)}{ext if href.startswith("http") else ""}</a></li>'
            for text, href in items
        )
        + "</ul></div>"
        for head, items in footer_cols
    )
    return f"""<!doctype html>
<html lang="en" dir="ltr" class="blog-wrapper blog-list-page plugin-blog plugin-id-default" data-has-hydrated="false">
<head>
<meta charset="UTF-8">
<meta name="generator" content="Docusaurus v3.5.2">
<title data-rh="true">Blog | Tern</title><meta data-rh="true" name="viewport" content="width=device-width,initial-scale=1"><meta data-rh="true" name="twitter:card" content="summary_large_image"><meta data-rh="true" property="og:image" content="https://tern.build/img/social-card.png"><meta data-rh="true" property="og:url" content="{canonical}"><meta data-rh="true" property="og:locale" content="en"><meta data-rh="true" name="docusaurus_locale" content="en"><meta data-rh="true" name="docsearch:language" content="en"><meta data-rh="true" property="og:title" content="Blog | Tern"><meta data-rh="true" name="description" content="News, release notes and deep dives from the Tern team"><meta data-rh="true" property="og:description" content="News, release notes and deep dives from the Tern team"><meta data-rh="true" name="docusaurus_tag" content="blog_posts_list"><meta data-rh="true" name="docsearch:docusaurus_tag" content="blog_posts_list"><link data-rh="true" rel="icon" href="/img/favicon.ico"><link data-rh="true" rel="canonical" href="{canonical}"><link data-rh="true" rel="alternate" href="{canonical}" hreflang="en"><link data-rh="true" rel="alternate" href="{canonical}" hreflang="x-default"><link data-rh="true" rel="preconnect" href="https://W4KP0XQ7ZD-dsn.algolia.net" crossorigin="anonymous"><script data-rh="true" type="application/ld+json">{_doc_ld(posts, number)}</script><link rel="alternate" type="application/rss+xml" href="/blog/rss.xml" title="Tern RSS Feed">
<link rel="alternate" type="application/atom+xml" href="/blog/atom.xml" title="Tern Atom Feed">
<link rel="search" type="application/opensearchdescription+xml" title="Tern" href="/opensearch.xml"><link rel="stylesheet" href="/assets/css/styles.8d2f4e1a.css">
<script src="/assets/js/runtime~main.3c7b9a41.js" defer="defer"></script>
<script src="/assets/js/main.e6a1f0d2.js" defer="defer"></script>
</head>
<body class="navigation-with-keyboard">
<script>!function(){{function t(t){{document.documentElement.setAttribute("data-theme",t)}}var e=function(){{try{{return new URLSearchParams(window.location.search).get("docusaurus-theme")}}catch(t){{}}}}()||function(){{try{{return window.localStorage.getItem("theme")}}catch(t){{}}}}();t(null!==e?e:"light")}}(),function(){{try{{const n=new URLSearchParams(window.location.search).entries();for(var[t,e]of n)if(t.startsWith("docusaurus-data-")){{var a=t.replace("docusaurus-data-","data-");document.documentElement.setAttribute(a,e)}}}}catch(t){{}}}}()</script><div id="__docusaurus"><div role="region" aria-label="Skip to main content"><a class="skipToContent_fXgn" href="#__docusaurus_skipToContent_fallback">Skip to main content</a></div><div class="theme-announcement-bar announcementBar_mb4j" style="background-color:#0b5cad;color:#fff" role="banner"><div class="content_knG7 announcementBarContent_xLdY">⭐️ Tern 3.0 is out! <a target="_blank" rel="noopener noreferrer" href="/blog/tern-3.0">Read the release post</a> ⭐️</div><button type="button" aria-label="Close" class="clean-btn close closeButton_CVFx announcementBarClose_gvF7"><svg viewBox="0 0 15 15" width="14" height="14"><g stroke="currentColor" stroke-width="3.1"><path d="M.75.75l13.5 13.5M14.25.75L.75 14.25"></path></g></svg></button></div><nav aria-label="Main" class="navbar navbar--fixed-top"><div class="navbar__inner"><div class="navbar__items"><button aria-label="Toggle navigation bar" aria-expanded="false" class="navbar__toggle clean-btn" type="button"><svg width="30" height="30" viewBox="0 0 30 30" aria-hidden="true"><path stroke="currentColor" stroke-linecap="round" stroke-miterlimit="10" stroke-width="2" d="M4 7h22M4 15h22M4 23h22"></path></svg></button><a class="navbar__brand" href="/"><div class="navbar__logo"><img src="/img/logo.svg" alt="Tern logo" class="themedComponent_mlkZ themedComponent--light_NVdE"><img src="/img/logo-dark.svg" alt="Tern logo" class="themedComponent_mlkZ themedComponent--dark_xIcU"></div><b class="navbar__title text--truncate">Tern</b></a><a class="navbar__item navbar__link" href="/docs/intro">Docs</a><a aria-current="page" class="navbar__item navbar__link navbar__link--active" href="/blog">Blog</a><a class="navbar__item navbar__link" href="/community">Community</a></div><div class="navbar__items navbar__items--right"><div class="navbar__item dropdown dropdown--hoverable dropdown--right"><a class="navbar__link" aria-haspopup="true" aria-expanded="false" role="button" href="/docs/intro">3.0</a><ul class="dropdown__menu"><li><a class="dropdown__link" href="/docs/intro">3.0</a></li><li><a class="dropdown__link" href="/docs/2.x/intro">2.x</a></li><li><a class="dropdown__link" href="/docs/1.x/intro">1.x</a></li></ul></div><a href="https://github.com/tern-build/tern" target="_blank" rel="noopener noreferrer" class="navbar__item navbar__link">GitHub{ext}</a><div class="toggle_vylO colorModeToggle_DEke"><button class="clean-btn toggleButton_gllP toggleButtonDisabled_aARS" type="button" disabled="" title="Switch between dark and light mode (currently light mode)" aria-label="Switch between dark and light mode (currently light mode)" aria-live="polite"><svg viewBox="0 0 24 24" width="24" height="24" class="lightToggleIcon_pyhR"><path fill="currentColor" d="M12,9c1.65,0,3,1.35,3,3s-1.35,3-3,3s-3-1.35-3-3S10.35,9,12,9 M12,7c-2.76,0-5,2.24-5,5s2.24,5,5,5s5-2.24,5-5 S14.76,7,12,7L12,7z"></path></svg></button></div><div class="navbarSearchContainer_Bca1"><button type="button" class="DocSearch DocSearch-Button" aria-label="Search (Command+K)"><span class="DocSearch-Button-Container"><svg width="20" height="20" class="DocSearch-Search-Icon" viewBox="0 0 20 20" aria-hidden="true"><path d="M14.386 14.386l4.0877 4.0877-4.0877-4.0877c-2.9418 2.9419-7.7115 2.9419-10.6533 0-2.9419-2.9418-2.9419-7.7115 0-10.6533 2.9418-2.9419 7.7115-2.9419 10.6533 0 2.9419 2.9418 2.9419 7.7115 0 10.6533z" stroke="currentColor" fill="none" fill-rule="evenodd" stroke-linecap="round" stroke-linejoin="round"></path></svg><span class="DocSearch-Button-Placeholder">Search</span></span><span class="DocSearch-Button-Keys"></span></button></div></div></div><div role="presentation" class="navbar-sidebar__backdrop"></div></nav><div id="__docusaurus_skipToContent_fallback" class="main-wrapper mainWrapper_z2l0"><div class="container margin-vert--lg"><div class="row"><aside class="col col--3"><nav class="sidebar_re4s thin-scrollbar" aria-label="Blog recent posts navigation"><div class="sidebarItemTitle_pO2u margin-bottom--md">Recent posts</div><div role="group"><h3 class="yearGroupHeading_rMGB">2025</h3><ul class="sidebarItemList_Yudw clean-list">{recent}</ul></div></nav></aside><main class="col col--7">{articles}<nav class="pagination-nav" aria-label="Blog list page navigation">{"".join(links)}</nav></main></div></div></div><footer class="footer footer--dark"><div class="container container-fluid"><div class="row footer__links">{footer}</div><div class="footer__bottom text--center"><div class="footer__copyright">Copyright © 2025 The Tern contributors. Built with Docusaurus.</div></div></div></footer></div>
</body>
</html>
"""


@twentyfirst
def build_docusaurus_blog() -> None:
    s = Site(
        "docusaurus-blog",
        kind="open-source project blog list (Docusaurus 3.5 2024–25: article items of header > h2 > a, time[datetime] + ' · <!-- -->7 min read', one authorCol per author with avatar link, name link to /blog/authors/… or GitHub and a title, a guest author without link or avatar, div.markdown content above <!-- truncate --> with images / admonitions / lists, two untruncated posts without 'Read more', 'Tags:' ul of a.tag links, 'Read more' links labelled with the title, a 'Recent posts' sidebar repeating five titles, an announcement bar link to a post, Blog JSON-LD, nav.pagination-nav 'Newer entries' / 'Older entries' over /blog/page/N without a trailing slash, footer link columns)",
        start="blog",
        description="The blog of an open-source build tool ('Tern') on Docusaurus 3.5.2 with the classic theme, /blog then /blog/page/2 and /blog/page/3 (trailingSlash unset: links have no slash and the static host redirects to the folder): an announcement bar linking the 3.0 release post, the navbar (brand with light / dark logos, Docs / Blog / Community, a version dropdown 3.0 / 2.x / 1.x, GitHub with the external-link svg, the colour-mode toggle, the DocSearch button), an aside nav 'Blog recent posts navigation' with 'Recent posts' and a 2025 year group of the five newest titles (the same on every page), and a main column of ten, ten and five article.margin-bottom--xl items: header > h2.title_f1Hy > a (slug URLs /blog/tern-3.0 for releases, date URLs /blog/2025/02/18/slug for the rest), div.container_mt6G with time[datetime='2025-03-04T00:00:00.000Z'] 'March 4, 2025' · <!-- -->'9 min read', a row of col--6 authorCol per author (a.avatar__photo-link > img.avatar__photo with the name as alt, div.avatar__name > a > span 'Marta Kowalski' to /blog/authors/<key> or to the author's GitHub / X, small.authorTitle 'Core maintainer'; one guest author has neither link nor avatar), div.markdown with the content above the truncate marker (a first paragraph, then on some a banner image, a warning admonition, a list; two short posts are not truncated: their whole body, and no 'Read more'), footer.row with b 'Tags:' + ul > li > a.tag_zVej[rel=tag] to /blog/tags/<slug> and a 'Read more' link (aria-label 'Read more about <title>'); a data-rh JSON-LD Blog with the page's BlogPosting list (headline, url, description, datePublished, authors, keywords); nav.pagination-nav[aria-label='Blog list page navigation'] 'Newer entries' / 'Older entries'; the dark footer of three link columns. Written down: title, url, date, authors, reading_time, tags, summary (the first paragraph).",
    )
    pages = chunks(DOCUSAURUS, [10, 10, 5])
    for number, posts in enumerate(pages, 1):
        path = "blog/index.html" if number == 1 else f"blog/page/{number}/index.html"
        s.list_page(path, _doc_page(number, len(pages), posts))
        for post in posts:
            s.expect(
                {
                    "title": post[0],
                    "url": _doc_url(post),
                    "date": post[2],
                    "authors": [AUTHORS[key][0] for key in post[4]],
                    "reading_time": post[3],
                    "tags": post[5],
                    "summary": post[6],
                }
            )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in TWENTYFIRST.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
